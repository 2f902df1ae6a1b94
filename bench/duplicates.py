"""Duplicates at two precisions: coarse events beside a finer event of the same happening.

For every event dated to a week, month, quarter, season or year, the finer events of its kind
(identity's family) dated inside its interval that look like the same happening by a proxy:
both are not statements (one speaker says many things in a month), some citation of each
reports the same verb (the trigger's lemma: "suspended" / "suspends"), and the two share a
participant (a person, group or town, not a country) that a third of each event's citations
name. Prints per store the coarse events, those with such a finer twin, the citations they
hold, and why each of their citations stayed apart (identity's own rules, recomputed):

- ``span too long``: a year or a span over 92 days never picks one event (``may_join``);
- ``several fit`` / ``none fits``: how many finer events of its interval ``fits`` accepts;
- ``joins now``: the code at hand would join it (a store built by older code);
- ``joined``: it already sits in the event the code picks (a narrower span of its own).

    python bench/duplicates.py /work/t17/*.db --sample 20 --seed 1

The proxy was checked by reading a sample of pairs (bench/README.md, "Duplicates at two
precisions"); it counts, it does not judge.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from timeline_api import service  # noqa: E402
from timeline_api.pipeline import identity  # noqa: E402
from timeline_api.store.citations import IDENTITY_SELECT  # noqa: E402

COARSE = ("week", "month", "quarter", "season", "year")


def participants(m) -> frozenset[str]:
    return identity._participants(m)


def core(ms) -> set[str]:
    counts = Counter(t for m in ms for t in participants(m))
    need = max(1, -(-len(ms) // 3))
    return {t for t, k in counts.items() if k >= need}


def why_apart(db, m, seen, event_id) -> str:
    key = identity.block_key(m)
    if m.family == "say":
        return "statement"
    if key[1] == "span" and not identity.may_join(key):
        return "span too long"
    if not identity.may_join(key):
        return f"{key[1]} block"
    finer = service._finer_events(db, key, seen)
    joined, _ = identity.pick_one(m, list(finer.values()))
    if joined is not None:
        return "joins now" if not any(joined is c for k, c in finer.items() if k == event_id) else "joined"
    fitting = sum(1 for c in finer.values() if identity.fits(m, c, strict=True))
    return "none fits" if not fitting else "several fit"


def pairs(path: Path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    db = sqlite_utils.Database(conn)
    events = {r["id"]: dict(r) for r in conn.execute(
        "select id, title, date_start, date_end, precision from events")}
    members, seen = defaultdict(list), {}
    for row in conn.execute(IDENTITY_SELECT):
        members[row["event_id"]].append(service._row_mention(dict(row), seen))
    family = {e: Counter(m.family for m in ms).most_common(1)[0][0] for e, ms in members.items()}
    lemmas = {e: {m.lemma for m in ms if m.lemma} for e, ms in members.items()}
    cores = {e: core(ms) for e, ms in members.items()}
    fine = defaultdict(list)
    for e, ev in events.items():
        if e in members and ev["date_start"] and ev["precision"] not in COARSE:
            fine[family[e]].append(e)
    found = []
    for e, ev in events.items():
        if e not in members or ev["precision"] not in COARSE or not ev["date_start"] or family[e] == "say":
            continue
        twins = [f for f in fine[family[e]]
                 if ev["date_start"] <= events[f]["date_start"] and events[f]["date_end"] <= ev["date_end"]
                 and lemmas[e] & lemmas[f] and cores[e] & cores[f]]
        if twins:
            found.append((e, twins))
    return conn, db, events, members, seen, found


def report(path: Path, sample: int, rnd: random.Random) -> None:
    conn, db, events, members, seen, found = pairs(path)
    coarse = sum(1 for e in events.values() if e["precision"] in COARSE)
    reasons = Counter()
    for e, twins in found:
        for m in members[e]:
            reasons[why_apart(db, m, seen, e)] += 1
    held = sum(len(members[e]) for e, _ in found)
    print(f"| {path.stem} | {len(events)} | {coarse} | {len(found)} | {held} | "
          + ", ".join(f"{k} {v}" for k, v in reasons.most_common()) + " |")
    for e, twins in rnd.sample(found, min(sample, len(found))):
        ev = events[e]
        print(f"\n    {path.stem} {ev['precision']} {ev['date_start']}..{ev['date_end']} "
              f"({len(members[e])} citations): {ev['title']}")
        for m in members[e][:2]:
            quote = conn.execute("select quote from citations where id = ?", [m.ref["id"]]).fetchone()[0]
            print(f"      \"{quote[:200]}\"")
        f = max(twins, key=lambda x: len(members[x]))
        quote = conn.execute("select quote from citations where id = ?", [members[f][0].ref["id"]]).fetchone()[0]
        print(f"      twin {events[f]['date_start']} ({len(members[f])}): {events[f]['title']}\n"
              f"      \"{quote[:200]}\"")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print N pairs per store, quotes first")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    print("| store | events | coarse events | with a finer twin | their citations | why their citations stayed apart |")
    print("|---|---|---|---|---|---|")
    for path in args.stores:
        report(path, args.sample, rnd)


if __name__ == "__main__":
    main()
