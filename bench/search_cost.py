"""Store-level cost of the first page of a full-text search (issue 15), without HTTP.

    python bench/search_cost.py --db bench/out/bench.db ceasefire european

For each word: its number of hits, then the median wall and CPU time of
``service.list_event_page`` (the page's stored bodies and digests, as GET /events reads
them) for the first page in date order, the first page in -date order, and the page after it (through
the keyset cursor), over ``--runs`` runs after one warm-up. Run it with another
checkout first on the path (``PYTHONPATH=/work/main``) on a store of that checkout's
schema for a before/after.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from timeline_api import service
from timeline_api.store import db as store_db
from timeline_api.store.events import EventQuery


def timed(run, runs: int) -> tuple[float, float]:
    run()
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("words", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", help="write the numbers here")
    args = parser.parse_args(argv)
    db = store_db.connect(args.db, read_only=True)
    out = []
    for word in args.words:
        match = f'"{word}"'
        hits = db.execute("select count(*) from events_fts where events_fts match ?", [match]).fetchone()[0]
        row = {"word": word, "hits": hits}
        for label, sort in (("first page", "date"), ("first page -date", "-date")):
            row[label] = timed(lambda: service.list_event_page(db, EventQuery(q=match, sort=sort)), args.runs)
        after = service.list_event_page(db, EventQuery(q=match))[2]
        if after is not None:
            row["second page"] = timed(lambda: service.list_event_page(db, EventQuery(q=match, after=after)),
                                       args.runs)
        out.append(row)
        print(f"{word}: {hits:,} hits; " + "; ".join(
            f"{k} {v[0]:.2f} ms (cpu {v[1]:.2f})" for k, v in row.items() if isinstance(v, tuple)))
    # the yardstick: a first page without a search
    row = {"word": "(no q)", "first page": timed(lambda: service.list_event_page(db, EventQuery()), args.runs)}
    out.append(row)
    print(f"no q: first page {row['first page'][0]:.2f} ms (cpu {row['first page'][1]:.2f})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
