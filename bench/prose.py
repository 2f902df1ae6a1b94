"""Score the prose step (``timeline_api/pipeline/prose.py``) on the labelled sample.

``fixtures/prose/sample.jsonl`` holds 340 sentences the event detector turned
into mentions (drawn by ``fixtures/prose/draw_sample.py``), each labelled by
reading as ``event`` (news prose reporting a happening) or ``non_event`` with
its class. The step is scored as a non-event filter: precision = dropped
non-events / dropped, recall = dropped non-events / non-events (a sentence
counts as dropped when the step drops it, or drops every mention it gave); a dropped
``event`` row is a real happening lost, listed in full.

    PYTHONPATH=. python bench/prose.py                 # held-out half
    PYTHONPATH=. python bench/prose.py --split dev     # the half the rules were written on
    PYTHONPATH=. python bench/prose.py --split all -v  # every row's verdict
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from timeline_api.documents import read_path
from timeline_api.pipeline.run import extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "prose" / "sample.jsonl"
CORPUS = Path(os.environ.get("TIMELINE17", "/work/shared/corpora/timeline17"))


def verdicts(rows: list[dict]) -> dict[tuple[str, int], str | None]:
    """(document, sentence start) -> the drop reason, or None when the step keeps the sentence."""
    out: dict[tuple[str, int], str | None] = {}
    for name in sorted({r["document"] for r in rows}):
        found = extract(read_path(CORPUS / name)[0])
        kept = {m.start for m in found.mentions}
        # a sentence is dropped when the step drops it whole, or drops every mention it gave
        reasons = {d.sentence.start: d.reason for d in found.dropped if d.sentence.start not in kept}
        for row in rows:
            if row["document"] == name:
                out[(name, row["start"])] = reasons.get(row["start"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout", choices=("dev", "heldout", "all"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in SAMPLE.open(encoding="utf-8")]
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    found = verdicts(rows)
    by_class: Counter = Counter()
    caught: Counter = Counter()
    lost = []
    for row in rows:
        reason = found[(row["document"], row["start"])]
        kind = row["class"] or "event"
        by_class[kind] += 1
        if reason:
            caught[kind] += 1
            if row["label"] == "event":
                lost.append((row, reason))
        if args.verbose:
            print(f"{row['id']:>3} {kind:<9} {reason or '-':<45} {row['text'][:90]}")
    non_events = sum(n for k, n in by_class.items() if k != "event")
    dropped = sum(caught.values())
    right = dropped - caught["event"]
    print(f"split {args.split}: {len(rows)} sentences, {non_events} non-events, {dropped} dropped")
    print(f"precision {right}/{dropped} = {right / dropped if dropped else 0:.2f}; "
          f"recall {right}/{non_events} = {right / non_events if non_events else 0:.2f}; "
          f"real happenings dropped: {caught['event']} of {by_class['event']}")
    print("| class | sentences | dropped |")
    print("|---|---|---|")
    for kind, count in sorted(by_class.items(), key=lambda kv: (kv[0] == "event", -kv[1])):
        print(f"| {kind} | {count} | {caught[kind]} |")
    for row, reason in lost:
        print(f"LOST {row['id']} [{row['document']}] ({reason}) {row['text'][:160]}")


if __name__ == "__main__":
    main()
