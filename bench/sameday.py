"""Coarse mentions kept apart because several events fit, where every fitting event is dated to
one and the same day: count them over stores (and those the code at hand joins to the largest of
them, ``identity._largest_of_one_day``), and print a seeded sample of the rest with quotes.

    python bench/sameday.py /work/final/*.db --sample 25 --seed 3
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


def cases(path: Path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    db = sqlite_utils.Database(conn)
    seen, blocks = {}, defaultdict(list)
    for row in conn.execute(IDENTITY_SELECT):
        m = service._row_mention(dict(row), seen)
        blocks[identity.block_key(m)].append(m)
    counts, found = Counter(), []
    for key, ms in blocks.items():
        if key[1] != "span" or not identity.may_join(key):
            continue
        finer = service._finer_events(db, key, seen)
        ids = {id(c): k for k, c in finer.items()}
        for m in ms:
            joined, why = identity.pick_one(m, list(finer.values()))
            if joined is not None:
                if why.startswith("the largest of"):
                    counts["joins the largest of one day"] += 1
                continue
            fitting = [(c, w) for c in finer.values()
                       if (w := identity.fits(m, c, strict=True, weak=True)) is not None]
            if len(fitting) < 2:
                continue
            counts["several fit"] += 1
            days = {identity.day_of(c.seed.date) for c, _ in fitting}
            if len(days) != 1 or None in days:
                continue
            counts["all on one day"] += 1
            strong = [c for c, w in fitting if not identity._weak(w)]
            if strong:
                counts["one day, some not by country alone"] += 1
                found.append((m, [ids[id(c)] for c, _ in fitting], strong))
    return conn, counts, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    everything = []
    for path in args.stores:
        conn, counts, found = cases(path)
        print(path.stem, dict(counts))
        everything += [(path.stem, conn, *f) for f in found]
    rnd = random.Random(args.seed)
    for store, conn, m, ids, strong in rnd.sample(everything, min(args.sample, len(everything))):
        quote = conn.execute("select quote from citations where id = ?", [m.ref["id"]]).fetchone()[0]
        print(f"\n## {store} {m.date.text!r} {m.family}: \"{quote[:240]}\"")
        big = max(strong, key=lambda c: (len(c.members), c.seed.key))
        for eid in ids:
            title, n = conn.execute("select title, (select count(*) from citations where event_id = e.id) "
                                    "from events e where id = ?", [eid]).fetchone()
            print(f"   - {eid} ({n}) {title}")
        print(f"   largest strong: {big.seed.date.start} ({len(big.members)}) first report:",
              conn.execute("select quote from citations where id = ?", [big.seed.ref["id"]]).fetchone()[0][:200])


if __name__ == "__main__":
    main()
