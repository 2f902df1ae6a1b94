"""Extraction cost per KB on hostile long sentences, from 1 KB to 1 MB (issue 14, item 1).

    python bench/long_sentences.py                      # every shape, 1 KB .. 1 MB
    python bench/long_sentences.py --sizes 1,16,64 --shapes march

Each shape repeats a short clause with no full stop, so the whole body is one
sentence: the case where detection, which compares every date with every trigger of
a sentence, used to cost the square of the length. A counter in each clause keeps
the pieces distinct (identical pieces are skipped as repeated furniture, which would
flatter the numbers). The time is the whole pipeline (``pipeline.run.extract``:
sentences, dates, events) as ``POST /extract`` and ``timeline-api extract`` run it,
best of ``--repeat`` runs; flat ms/KB across sizes means linear.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_api.pipeline.model import Document  # noqa: E402
from timeline_api.pipeline.run import extract  # noqa: E402

#: Clause templates ({i} is a counter): a trigger and a date in every few words.
SHAPES = {
    "march": "March {i} and ",
    "attack": "the army attacked the town on Monday {i} and ",
    "withdrew": "troops withdrew in May {i}, ",
    "words": "officials met delegates near station {i} ",
    "abbrev": "Gen. Sen. U.S. No. {i} ",
}


def body(shape: str, size: int) -> str:
    """A text of ``size`` characters made of the shape's clause, counted up."""
    parts, length, i = [], 0, 0
    while length < size:
        part = SHAPES[shape].format(i=i)
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size].rstrip() + "."


def measure(shape: str, kb: int, repeat: int) -> tuple[float, int]:
    doc = Document(text=body(shape, kb * 1024), published=dt.date(2024, 12, 27))
    best, found = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = extract(doc)
        best = min(best, time.perf_counter() - started)
        found = len(result.mentions)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,16,128,1024", help="Sizes in KB, comma-separated.")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="Shapes, comma-separated.")
    parser.add_argument("--repeat", type=int, default=2, help="Runs per size (the best counts).")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extract(Document(text="Warm-up: talks began on Monday.", published=dt.date(2024, 1, 1)))
    print("| shape | " + " | ".join(f"{kb} KB" for kb in sizes) + " | max/min |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for shape in args.shapes.split(","):
        per_kb = []
        cells = []
        for kb in sizes:
            seconds, found = measure(shape, kb, args.repeat if kb < 512 else 1)
            per_kb.append(seconds * 1000 / kb)
            cells.append(f"{per_kb[-1]:.1f} ms/KB ({found} ev)")
        print(f"| {shape} | " + " | ".join(cells) + f" | {max(per_kb) / min(per_kb):.2f} |", flush=True)


if __name__ == "__main__":
    main()
