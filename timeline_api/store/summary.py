"""The key dates of a window: days ranked by the independent sources reporting a happening on them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils


@dataclass
class DateRanking:
    """How days are scored (GET /summary uses the defaults; bench/timeline17.py tries others).

    ``by``: ``events`` counts the citations of day-precise events dated to the day;
    ``citations`` counts every citation whose own date is that day, whichever event holds
    it (an event whose date went coarse still tells the day its sources gave).
    ``own_day``: whether a source's mention of its own publication day counts.
    """

    by: str = "events"
    own_day: bool = True


def rank_days(db: sqlite_utils.Database, from_day: int | None, to_day: int | None, limit: int,
              published: tuple[str | None, str | None] = (None, None),
              ranking: DateRanking = DateRanking()) -> list[dict]:
    """The ``limit`` best days of [from_day, to_day]: {day, importance, citations}, best first.

    A day's importance is the number of distinct story groups (copies of one story count
    once) citing a happening on that day; ties go to more citations, then the earlier day.
    Only sources published inside ``published`` (ISO days, inclusive, None = open) count.
    """
    if ranking.by == "citations":
        day = "c.date_start"
        source = "citations c"
        where = ["c.precision = 'day'"]
        bounds = [("c.date_start >= ?", _iso(from_day)), ("c.date_start <= ?", _iso(to_day))]
    else:
        day = "e.date_start"
        source = "events e join citations c on c.event_id = e.id"
        where = ["e.precision = 'day'", "e.span_class = 0"]
        bounds = [("e.sort_asc >= ?", from_day), ("e.sort_asc <= ?", to_day)]
    args: list = []
    for condition, value in bounds:
        if value is not None:
            where.append(condition)
            args.append(value)
    if published[0]:
        where.append("s.published >= ?")
        args.append(published[0])
    if published[1]:
        where.append("s.published <= ?")
        args.append(published[1])
    if not ranking.own_day:
        where.append(f"{day} != s.published")
    sql = f"""
        select {day} as day, count(distinct coalesce(s.story_id, s.id)) as importance,
               count(*) as citations
        from {source} join sources s on s.id = c.source_id
        where {' and '.join(where)}
        group by {day} order by importance desc, citations desc, day asc limit ?
    """
    return list(db.query(sql, [*args, int(limit)]))


def events_on_days(db: sqlite_utils.Database, days: list[str], per_day: int) -> dict[str, list[str]]:
    """Ids of the day-precise events of each day, most important first, ``per_day`` at most."""
    out: dict[str, list[str]] = {d: [] for d in days}
    if not days or per_day <= 0:
        return out
    marks = ",".join("?" for _ in days)
    sql = f"""
        select date_start, id from (
            select date_start, id, row_number() over (
                partition by date_start order by importance desc, citation_count desc, id desc) as n
            from events where precision = 'day' and span_class = 0 and date_start in ({marks})
        ) where n <= ? order by date_start, n
    """
    for row in db.execute(sql, [*days, int(per_day)]):
        out[row[0]].append(row[1])
    return out


def _iso(day: int | None) -> str | None:
    return None if day is None else dt.date.fromordinal(day).isoformat()
