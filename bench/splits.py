"""What a change of identity did to the events of a store: citations moved out of an event, joins.

Compares two stores built from the same articles (before and after), citation by citation (a
citation is its source and its place in the text). For every event of the 'before' store with
two or more sources, the 'after' event holding most of its citations continues it; its other
citations were *moved out*. An event of the 'after' store that holds citations of two or more
'before' events *joined* them. Prints per store the events split and joined, by the before
event's sources (2-9 / 10+), and with ``--out FILE --sample N --seed S`` writes a blind sheet: N
random moved citations, each with its quote, the event it left (title and up to three quotes
that stayed), and nothing of any verdict, for a reader to judge "same happening or not".

    python bench/splits.py /work/base /work/wt/purity3/stores --out blind/splits.md --sample 30 --seed 12
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

TOPICS = ("Finan", "H1N1", "LibyaWar", "bpoil", "haiti", "EgyptianProtest", "MJ", "SyrianCrisis")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def citations(path: Path) -> tuple[dict, dict]:
    """(citation key -> row, event id -> title); a key is (source, sentence start, trigger start)."""
    conn = connect(path)
    rows = {}
    for r in conn.execute("select c.event_id, c.source_id, c.start, c.trigger_start, c.quote, s.published "
                          "from citations c join sources s on s.id = c.source_id"):
        rows[(r["source_id"], r["start"], r["trigger_start"])] = dict(r)
    titles = dict(conn.execute("select id, title from events").fetchall())
    return rows, titles


def compare(before: Path, after: Path) -> dict:
    old, old_titles = citations(before)
    new, _ = citations(after)
    events = defaultdict(list)
    for key, row in old.items():
        events[row["event_id"]].append(key)
    moved, split = [], Counter()
    for event_id, keys in events.items():
        sources = len({k[0] for k in keys})
        if sources < 2:
            continue
        where = Counter(new[k]["event_id"] for k in keys if k in new)
        if not where:
            continue
        home = min(where, key=lambda e: (-where[e], e))
        out = [k for k in keys if k in new and new[k]["event_id"] != home]
        stratum = "10+" if sources >= 10 else "2-9"
        split[stratum + " events"] += 1
        if out:
            split[stratum + " split"] += 1
            split[stratum + " citations moved out"] += len(out)
            stayed = [old[k]["quote"] for k in keys if k in new and new[k]["event_id"] == home]
            for k in out:
                moved.append({"store": before.stem, "quote": old[k]["quote"], "published": old[k]["published"],
                              "title": old_titles.get(event_id, ""), "sources": sources, "stayed": stayed})
    joined = defaultdict(set)
    for key, row in new.items():
        if key in old:
            joined[row["event_id"]].add(old[key]["event_id"])
    split["after events joining two or more before events"] = sum(1 for e in joined.values() if len(e) > 1)
    return {"counts": split, "moved": moved}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path, help="folder of stores (TOPIC.db) before the change")
    ap.add_argument("after", type=Path, help="folder of stores after the change")
    ap.add_argument("--topics", nargs="*", default=list(TOPICS))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args(argv)
    print("| store | events 2-9: split (citations moved out) | events 10+: split (citations moved out) "
          "| after events joining before events |")
    print("|---|---|---|---|")
    moved = []
    for topic in args.topics:
        result = compare(args.before / f"{topic}.db", args.after / f"{topic}.db")
        c = result["counts"]
        print(f"| {topic} | {c['2-9 split']} of {c['2-9 events']} ({c['2-9 citations moved out']}) "
              f"| {c['10+ split']} of {c['10+ events']} ({c['10+ citations moved out']}) "
              f"| {c['after events joining two or more before events']} |")
        moved += result["moved"]
    print(f"\n{len(moved)} citations moved out of multi-source events.")
    if args.out:
        rng = random.Random(args.seed)
        picked = rng.sample(moved, min(args.sample, len(moved)))
        lines = ["# Citations and events: same happening or not?", "",
                 f"{len(picked)} citations, drawn at random (seed {args.seed}). For each: is the citation "
                 "about the same real-world happening as the event (its title and the quotes shown)? "
                 "Answer same / different / unsure, with a reason.", ""]
        for n, m in enumerate(picked, 1):
            lines += [f"## {n}. {m['store']}", "", f"**Event:** {m['title']} ({m['sources']} sources)", "",
                      "Quotes of the event:", ""]
            lines += [f"- {q}" for q in rng.sample(m["stayed"], min(3, len(m["stayed"])))]
            lines += ["", f"**Citation** (published {m['published']}): {m['quote']}", "",
                      "Judgement: same / different / unsure - reason:", ""]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
