"""The key dates of a window: days ranked by the independent sources reporting a happening on them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils


@dataclass
class DateRanking:
    """How days are scored (GET /summary uses the defaults; bench/timeline17.py --explore tries others).

    ``by`` says which citations count for a day: ``events``, those of the day-precise events
    dated to it; ``citations``, every citation whose own date is that day, whichever event
    holds it (an event whose date went coarse in a merge still carries the day each of its
    sources gave); ``union``, both. Date-F1 on the Timeline17 development topics
    (bench/README.md): events 0.613, citations 0.639, union 0.629. The default is ``union``:
    it is close to the best and keeps the numbers coherent, a day's importance is never
    below that of an event dated to it.
    ``own_day``: whether a source's mention of its own publication day counts (leaving it
    out lowered Date-F1: 0.623 by citations, 0.580 by events).
    """

    by: str = "union"
    own_day: bool = True


#: One arm of the ranking per way a citation can count for a day: (day column, tables,
#: conditions, the window's bounds on the day).
_ARMS = {
    "events": ("e.date_start", "events e join citations c on c.event_id = e.id",
               ["e.precision = 'day'", "e.span_class = 0"], ("e.sort_asc >= ?", "e.sort_asc <= ?")),
    "citations": ("c.date_start", "citations c", ["c.precision = 'day'"],
                  ("c.date_start >= ?", "c.date_start <= ?")),
}


def rank_days(db: sqlite_utils.Database, from_day: int | None, to_day: int | None, limit: int,
              published: tuple[str | None, str | None] = (None, None),
              ranking: DateRanking = DateRanking()) -> list[dict]:
    """The ``limit`` best days of [from_day, to_day]: {day, importance, citations}, best first.

    A day's importance is the number of distinct story groups (copies of one story count
    once) citing a happening on that day; ties go to more citations, then the earlier day.
    Only sources published inside ``published`` (ISO days, inclusive, None = open) count.
    """
    names = ("events", "citations") if ranking.by == "union" else (ranking.by,)
    selects, args = [], []
    for name in names:
        day, tables, where, (low, high) = _ARMS[name]
        where = list(where)
        for condition, value in ((low, from_day), (high, to_day)):
            if value is not None:
                where.append(condition)
                args.append(value if name == "events" else _iso(value))
        for condition, value in (("s.published >= ?", published[0]), ("s.published <= ?", published[1])):
            if value:
                where.append(condition)
                args.append(value)
        if not ranking.own_day:
            where.append(f"{day} != s.published")
        selects.append(f"select {day} as day, coalesce(s.story_id, s.id) as story, c.id as citation "
                       f"from {tables} join sources s on s.id = c.source_id where {' and '.join(where)}")
    # "union" (not "union all"): a citation counted by both arms for one day counts once.
    sql = f"""
        select day, count(distinct story) as importance, count(distinct citation) as citations
        from ({' union '.join(selects)})
        group by day order by importance desc, citations desc, day asc limit ?
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
