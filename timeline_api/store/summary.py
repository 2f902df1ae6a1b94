"""The key dates of a window: days ranked by the independent sources reporting a happening on them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils


@dataclass
class DateRanking:
    """How days are scored (GET /summary uses the defaults; bench/timeline17.py --explore tries others).

    ``by``: ``citations`` counts every day-precise citation of the day, whichever event
    holds it (an event whose date went coarse in a merge still carries the day each of its
    sources gave); ``events`` counts only the citations of day-precise events dated to
    the day. Measured on the Timeline17 development topics (bench/README.md): Date-F1
    0.639 by citations, 0.613 by events.
    ``own_day``: whether a source's mention of its own publication day counts (leaving
    it out: 0.623 by citations).
    """

    by: str = "citations"
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
    """Ids of the events of each day, ``per_day`` at most: first the day-precise events
    dated to it, then events of other dates holding a day-precise citation of it; each
    part most important first.
    """
    out: dict[str, list[str]] = {d: [] for d in days}
    if not days or per_day <= 0:
        return out
    marks = ",".join("?" for _ in days)
    sql = f"""
        select day, id from (
            select day, id, row_number() over (
                partition by day order by min(other_date), importance desc, citation_count desc, id desc) as n
            from (
                select date_start as day, id, 0 as other_date, importance, citation_count from events
                where precision = 'day' and span_class = 0 and date_start in ({marks})
                union all
                select c.date_start, e.id, 1, e.importance, e.citation_count
                from citations c join events e on e.id = c.event_id
                where c.precision = 'day' and c.date_start in ({marks})
                  and not (e.precision = 'day' and e.span_class = 0 and e.date_start = c.date_start)
            ) group by day, id
        ) where n <= ? order by day, n
    """
    for day, event_id in db.execute(sql, [*days, *days, int(per_day)]):
        out[day].append(event_id)
    return out


def _iso(day: int | None) -> str | None:
    return None if day is None else dt.date.fromordinal(day).isoformat()
