"""Extraction as the map step of a distributed engine (Dask), merge kept in the store.

    python bench/dask_extract.py seeds/ --db bench/out/dask.db --workers 2

``timeline_api.pipeline.run.extract`` is a pure function of one document, so any
engine that can map a Python function over items can run it: here a Dask bag with
the multiprocessing scheduler (on a cluster, the same bag runs under
``dask.distributed``). The extractions come back to one process, which merges them
into the store with ``service.ingest_extraction`` in path order, one transaction
per document, exactly as ``timeline-api ingest`` does. ``--check`` ingests the same
paths with ``service.ingest_paths`` into a second store and asserts that both hold
the same events and citations.

Dask is a benchmark/example dependency only (``pip install -e '.[bench]'``); without it
the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def read_and_extract(path: str) -> list:
    """The map step: one file in, its documents' extractions out. No store, no globals."""
    from timeline_api import documents
    from timeline_api.pipeline.run import extract

    return [extract(doc) for doc in documents.read_path(Path(path))]


def snapshot(db) -> list[tuple]:
    """What the timeline holds, independent of ingestion timestamps."""
    events = db.execute("select id, type, title, date_start, date_end, precision, citation_count "
                        "from events order by id").fetchall()
    cites = db.execute("select event_id, source_id, start, end from citations "
                       "order by event_id, source_id, start").fetchall()
    return events + cites


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--check", action="store_true",
                        help="compare with timeline-api's own ingest_paths on the same paths")
    args = parser.parse_args(argv)
    try:
        import dask
        import dask.bag
    except ImportError:
        print("dask is not installed (pip install -e '.[bench]'); skipping", file=sys.stderr)
        return 0
    from timeline_api import documents, service
    from timeline_api.store import db as store_db

    files = [str(p) for p in documents.iter_paths(args.paths)]
    started = time.perf_counter()
    bag = dask.bag.from_sequence(files, npartitions=max(1, min(len(files), 4 * args.workers)))
    with dask.config.set(scheduler="processes", num_workers=args.workers):
        extracted = bag.map(read_and_extract).compute()
    mapped = time.perf_counter() - started
    store = store_db.connect(args.db)
    results = [service.ingest_extraction(store, x, f"{path}")
               for path, batch in zip(files, extracted) for x in batch]
    merged = time.perf_counter() - started - mapped
    added = sum(r.status == "added" for r in results)
    print(f"dask map: {len(files)} files extracted in {mapped:.1f}s on {args.workers} processes; "
          f"merged {added} new documents in {merged:.1f}s "
          f"({1000 * merged / max(1, len(results)):.0f} ms/doc)")
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            reference = store_db.connect(Path(tmp) / "reference.db")
            service.ingest_paths(reference, args.paths)
            same = snapshot(reference) == snapshot(store)
            reference.close()
        print(f"same events and citations as `timeline-api ingest`: {same}")
        if not same:
            return 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
