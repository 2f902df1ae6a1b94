"""Entries one store has that another does not: what a detection change adds, to be read.

An entry is new when none of its citations (source, trigger offset) is in the other store.
Prints the counts and a seeded random sample of the new entries with their first two quotes.

    python bench/candidates_sample.py BEFORE.db AFTER.db --sample 36 --seed 2026
"""
from __future__ import annotations

import argparse
import random
import sqlite3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--sample", type=int, default=36)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    before, after = sqlite3.connect(args.before), sqlite3.connect(args.after)
    known = set(before.execute("select source_id, trigger_start from citations"))
    seen: dict[str, list[bool]] = {}
    for event_id, source_id, trigger_start in after.execute("select event_id, source_id, trigger_start from citations"):
        seen.setdefault(event_id, []).append((source_id, trigger_start) in known)
    new = sorted(e for e, flags in seen.items() if not any(flags))
    grown = sum(1 for flags in seen.values() if any(flags) and not all(flags))
    total = before.execute("select count(*) from events").fetchone()[0]
    print(f"events: before {total}, after {len(seen)}; entirely new {len(new)}; "
          f"existing with added citations {grown}; new citations {sum(not f for fl in seen.values() for f in fl)}")
    for i, event_id in enumerate(random.Random(args.seed).sample(new, min(args.sample, len(new)))):
        title, edtf, type_ = after.execute("select title, edtf, type from events where id = ?", (event_id,)).fetchone()
        cites = after.execute("select trigger, quote, date_text from citations where event_id = ?", (event_id,)).fetchall()
        print(f"\n[{i}] {title!r}  {edtf}  {type_}  sources {len(cites)}")
        for trigger, quote, date_text in cites[:2]:
            print(f"     ({trigger} / {date_text}) {quote[:300]}")


if __name__ == "__main__":
    main()
