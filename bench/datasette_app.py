"""Datasette over the benchmark store, with canned queries equivalent to our /events requests.

Each canned query returns what the API returns for the same request: the page
of events (same columns, same order: start day, then id, first 50) and, per
event, its citations with their source's title, outlet, url, published date
and metadata, as a JSON array built in SQL. The window conditions are the ones
a Datasette user writes for "overlaps [from, to]": ``start_day <= :to_day and
end_day >= :from_day``, ordered by ``sort_asc, id`` (the store's indexes are
in the file and SQLite's planner picks among them). ``BENCH_SPAN_SQL=1`` swaps
the month window for the store's own span-class SQL, to separate what the
query design buys from what the HTTP layer costs.

Run with the same number of processes as the API (uvicorn supervises two
workers sharing one listening socket, as gunicorn does):

    BENCH_DB=bench/out/bench.db uvicorn --workers 2 --host 127.0.0.1 --port 8102 bench.datasette_app:app
"""
from __future__ import annotations

import os
from pathlib import Path

from datasette.app import Datasette

from timeline_api.store.events import EVENT_COLUMNS
from timeline_api.store.schema import OPEN_START_DAY, SPAN_CLASS_MAX_DAYS

DB = os.environ.get("BENCH_DB", "bench/out/bench.db")
NAME = Path(DB).stem  # Datasette names a database after its file
PAGE = 50

_COLUMNS = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
_CITATIONS = """(
    select json_group_array(json_object(
        'source_id', c.source_id, 'title', s.title, 'outlet', s.outlet, 'url', s.url,
        'published', s.published, 'metadata', s.metadata, 'quote', c.quote, 'start', c.start,
        'end', c."end", 'trigger', c.trigger, 'date_start', c.date_start, 'date_end', c.date_end,
        'precision', c.precision, 'qualifier', c.qualifier, 'date_text', c.date_text))
    from (select * from citations where event_id = e.id order by rowid) c
    join sources s on s.id = c.source_id
) as citations"""


def _page(where: str) -> str:
    return (f"select {_COLUMNS}, {_CITATIONS} from events e where {where} "
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
    return (f"select {_COLUMNS}, {_CITATIONS} from (select id from ({ids}) order by sort_asc, id "
            f"limit {PAGE}) p join events e on e.id = p.id order by e.sort_asc, e.id")


QUERIES = {
    "month": _page("e.start_day <= :to_day and e.end_day >= :from_day"),
    "year_type": _page("e.type = :type and e.start_day <= :to_day and e.end_day >= :from_day"),
    "fts": _page("e.rowid in (select rowid from events_fts where events_fts match :q)"),
    "by_id": _page("e.id = :id"),
    "cursor": _page("(e.sort_asc, e.id) > (cast(:after_key as integer), :after_id)"),
    "no_filter": _page("1"),
}
if os.environ.get("BENCH_SPAN_SQL"):
    QUERIES["month"] = _span_sql()

datasette = Datasette(
    files=[DB],
    metadata={"databases": {NAME: {"queries": {k: {"sql": v} for k, v in QUERIES.items()}}}},
    # The default 1 s limit would turn the slow windows into errors; let every query finish.
    settings={"sql_time_limit_ms": 120_000, "num_sql_threads": 3},
)
app = datasette.app()
