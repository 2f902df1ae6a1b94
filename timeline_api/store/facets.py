"""Counts of the events matching a query, by type, status, year and month (GET /events/facets)."""
from __future__ import annotations

import sqlite_utils

from .events import EventQuery, _filters, _overlap_arms
from .schema import OPEN_END_DAY, OPEN_START_DAY, events_fts_by_date

#: Precisions fine enough for an event to be counted in a month.
MONTH_PRECISIONS = ("day", "week", "month")


def _matching(query: EventQuery, by_date: bool) -> tuple[str, list]:
    """SQL for the ids, types and dates of every event the /events query would list.

    The same conditions as ``events.query_events`` without paging: the window as
    one bounded arm per span class (the arms are disjoint, so ``union all``
    counts each event once), then the window-free filters.
    """
    where, args = _filters(query, by_date)
    if query.from_day is None and query.to_day is None:
        arms, arm_args = ["1"], [[]]
    elif query.match == "within":
        upper = query.to_day if query.to_day is not None else OPEN_END_DAY
        arms = ["sort_asc between ? and ? and end_day <= ? and span_class >= 0"]
        arm_args = [[query.from_day if query.from_day is not None else OPEN_START_DAY, upper, upper]]
    else:
        arms, arm_args = _overlap_arms(query.from_day, query.to_day)
    selects, params = [], []
    for arm, arm_params in zip(arms, arm_args):
        selects.append("select id, type, status, date_start, date_end, precision, span_class from events "
                       f"where {' and '.join([arm] + where)}")
        params += list(arm_params) + list(args)
    return " union all ".join(selects), params


def facet_counts(db: sqlite_utils.Database, query: EventQuery) -> dict:
    """Totals and counts by type and status (largest first), by year and by month (calendar order)."""
    matched, params = _matching(query, bool(query.q) and events_fts_by_date(db))
    month_marks = ",".join("?" for _ in MONTH_PRECISIONS)
    sql = f"""
        with matched as ({matched})
        select 'type' as facet, type as value, count(*) as n from matched group by type
        union all
        select 'status', status, count(*) from matched group by status
        union all
        select 'year', substr(coalesce(date_start, date_end), 1, 4), count(*) from matched
            where span_class >= 0 group by 2
        union all
        select 'month', substr(coalesce(date_start, date_end), 1, 7), count(*) from matched
            where span_class >= 0 and precision in ({month_marks}) group by 2
        union all
        select 'undated', null, count(*) from matched where span_class < 0
    """
    by: dict[str, list[tuple[str, int]]] = {"type": [], "status": [], "year": [], "month": []}
    undated = 0
    for row in db.execute(sql, params + list(MONTH_PRECISIONS)).fetchall():
        facet, value, n = row
        if facet == "undated":
            undated = n
        else:
            by[facet].append((value, n))
    by_type = dict(sorted(by["type"], key=lambda item: (-item[1], item[0])))
    total = sum(by_type.values())
    return {
        "total": total,
        "dated": total - undated,
        "undated": undated,
        "by_type": by_type,
        "by_status": dict(sorted(by["status"], key=lambda item: (-item[1], item[0]))),
        "by_year": dict(sorted(by["year"])),
        "by_month": dict(sorted(by["month"])),
    }
