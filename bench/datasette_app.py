"""Datasette over the benchmark store, with canned queries that return what our /events returns.

Each canned query returns, per event of the page, its id and its stored JSON
(``event_bodies.body``, what the API joins into a page): same events, same order
(start day, then id, first 50). Reading the stored JSON is the harder baseline
for us (an earlier version built each event's citations in SQL, which costs
Datasette far more). The window conditions are the ones a Datasette user writes
for "overlaps [from, to]": ``start_day <= :to_day and end_day >= :from_day``,
ordered by ``sort_asc, id`` (the store's indexes are in the file and SQLite's
planner picks among them); a search is the hit set of ``events_fts``, as a
Datasette user would write it. ``BENCH_SPAN_SQL=1`` swaps the month window for the
store's own span-class SQL, to separate what the query design buys from what
the HTTP layer costs.

Run with the same number of processes as the API (uvicorn supervises two
workers sharing one listening socket, as gunicorn does):

    BENCH_DB=bench/out/bench.db uvicorn --workers 2 --host 127.0.0.1 --port 8102 bench.datasette_app:app
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from datasette.app import Datasette

from timeline_api.store.schema import FTS_ROW_MASK, OPEN_START_DAY, SPAN_CLASS_MAX_DAYS

DB = os.environ.get("BENCH_DB", "bench/out/bench.db")
NAME = Path(DB).stem  # Datasette names a database after its file
PAGE = 50


def _fts_rowid() -> str:
    """The event rowid of an events_fts hit: the low bits of a date-keyed index (schema 5)."""
    conn = sqlite3.connect(Path(DB).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        sql = conn.execute("select sql from sqlite_master where name = 'events_fts'").fetchone()[0]
    finally:
        conn.close()
    return f"rowid & {FTS_ROW_MASK}" if "content=''" in sql else "rowid"


def _page(where: str) -> str:
    return (f"select e.id, b.body from events e join event_bodies b on b.event_id = e.id where {where} "
            f"order by e.sort_asc, e.id limit {PAGE}")


def _span_sql() -> str:
    """The store's span-class union for overlaps [:from_day, :to_day], written out for Datasette."""
    selects = []
    for cls, max_days in enumerate(SPAN_CLASS_MAX_DAYS):
        low = f":from_day - {max_days - 1}" if max_days is not None else str(OPEN_START_DAY)
        selects.append(
            f"select * from (select id, sort_asc from events where span_class = {cls} and "
            f"sort_asc between {low} and :to_day and end_day >= :from_day "
            f"order by sort_asc, id limit {PAGE})")
    ids = " union all ".join(selects)
    return (f"select p.id, b.body from (select id, sort_asc from ({ids}) order by sort_asc, id limit {PAGE}) p "
            "join event_bodies b on b.event_id = p.id order by p.sort_asc, p.id")


QUERIES = {
    "month": _page("e.start_day <= :to_day and e.end_day >= :from_day"),
    "year_type": _page("e.type = :type and e.start_day <= :to_day and e.end_day >= :from_day"),
    "type": _page("e.type = :type"),
    "fts": _page(f"e.rowid in (select {_fts_rowid()} from events_fts where events_fts match :q)"),
    "by_id": _page("e.id = :id"),
    "cursor": _page("(e.sort_asc, e.id) > (cast(:after_key as integer), :after_id)"),
    "no_filter": _page("1"),
}
if os.environ.get("BENCH_SPAN_SQL"):
    QUERIES["month"] = _span_sql()

_IMMUTABLE = bool(os.environ.get("BENCH_IMMUTABLE"))  # as the harness ran it: no locking, no change checks
datasette = Datasette(
    files=[] if _IMMUTABLE else [DB],
    immutables=[DB] if _IMMUTABLE else [],
    metadata={"databases": {NAME: {"queries": {k: {"sql": v} for k, v in QUERIES.items()}}}},
    # The default 1 s limit would turn the slow windows into errors; let every query finish.
    settings={"sql_time_limit_ms": 120_000, "num_sql_threads": 3},
)
app = datasette.app()
