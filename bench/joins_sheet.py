"""Citations that joined another event between two sets of stores, and a blind sheet of them.

Compares stores built from the same articles (before, after) citation by citation (source,
sentence start, trigger start). An 'after' event continues the 'before' event that gives it most
of its citations; its citations from other 'before' events *moved* into it. Prints events and
moves per store; with ``--out`` writes a seeded random sample of the moves, each with its quote
and the event it joined (title and up to three of the quotes it already held), no verdict.

    python bench/joins_sheet.py BEFORE_DIR AFTER_DIR --out bench/audit/dups3-moves.md --sample 30 --seed 5
"""
from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from pathlib import Path

from splits import TOPICS, citations


def moves(before: Path, after: Path):
    old, old_titles = citations(before)
    new, titles = citations(after)
    by_event = defaultdict(list)
    for key, row in new.items():
        if key in old:
            by_event[row["event_id"]].append(key)
    out = []
    for event, keys in by_event.items():
        host = Counter(old[k]["event_id"] for k in keys).most_common(1)[0][0]
        stayed = [new[k]["quote"] for k in keys if old[k]["event_id"] == host]
        out += [(titles[event], stayed, new[k]["quote"]) for k in keys if old[k]["event_id"] != host]
    return len(old_titles), len(titles), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--topics", nargs="*", default=list(TOPICS))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    everything = []
    print("| store | events | citations moved |\n|---|---|---|")
    for t in args.topics:
        b, a = args.before / f"{t}.db", args.after / f"{t}.db"
        if not (b.exists() and a.exists()):
            continue
        n_before, n_after, found = moves(b, a)
        print(f"| {t} | {n_before} -> {n_after} | {len(found)} |")
        everything += [(t, *f) for f in found]
    if args.out:
        rnd = random.Random(args.seed)
        picked = rnd.sample(everything, min(args.sample, len(everything)))
        lines = [f"# Citations that joined another event ({len(picked)} of {len(everything)}, seed {args.seed})",
                 "", "For each: does the citation report the same real-world happening as the event it joined?", ""]
        for n, (t, title, stayed, quote) in enumerate(picked, 1):
            lines += [f"## {n}. {t}", "", f"**Event it joined:** {title}", ""]
            lines += [f"> {q}" for q in stayed[:3]] + ["", f"**Citation:** {quote}", ""]
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
