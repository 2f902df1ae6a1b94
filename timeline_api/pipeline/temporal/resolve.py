"""Resolution: settle underspecified values against the anchor date.

``RESOLVERS`` is the dispatch table: one small function per kind of
``Pending`` value, each given the anchor (publication date) and the tense
of the sentence. ``interval`` turns a resolved TimeML value and modifier
into the inclusive calendar interval the event model uses. Nothing here
reads the clock: the anchor is always an argument.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from . import vocab
from .normalize import Pending

Tense = str | None  # "past", "future", "present" or None


def _month_value(year: int, month: int, day: int | None = None) -> str:
    if day is None:
        return f"{year:04d}-{month:02d}"
    day = min(day, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _week_value(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


#: Days added to the distance of a candidate year that contradicts the tense.
TENSE_PENALTY_DAYS = 200


def _nearest(anchor: dt.date, tense: Tense, candidates: list[tuple[dt.date, str]]) -> str:
    """The candidate nearest the anchor, candidates against the tense pushed away.

    "in October" in a January article is last October; in a past-tense
    sentence written in December, "in May" is this year's May, in a future
    one next year's. Ties go to the past (news reports what happened).
    """
    def cost(item):
        day = item[0]
        distance = abs((day - anchor).days)
        if (tense == "past" and day > anchor) or (tense == "future" and day < anchor):
            distance += TENSE_PENALTY_DAYS
        return (distance, day > anchor)
    return min(candidates, key=cost)[1]


def r_month(anchor: dt.date, tense: Tense, month: int, day: int | None) -> str:
    """A month (and day) without a year: the nearest one, the tense breaking the balance."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            middle = dt.date(year, month, 15)
            # a month that contains the anchor is at distance 0
            if (year, month) == (anchor.year, anchor.month):
                middle = anchor
            candidates.append((middle, _month_value(year, month)))
        else:
            last = calendar.monthrange(year, month)[1]
            candidates.append((dt.date(year, month, min(day, last)), _month_value(year, month, day)))
    return _nearest(anchor, tense, candidates)


def r_month_weekday(anchor: dt.date, tense: Tense, month: int, day: int, weekday: int) -> str:
    """"Monday, Oct. 26" without a year: the year (of the three around the
    anchor) in which that day falls on that weekday; else as a plain month day."""
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    if len(fits) == 1:
        return _month_value(fits[0], month, day)
    return r_month(anchor, tense, month, day)


#: How near (days) the next occurrence of a month day naming an event must be
#: to be taken for it ("the Nov. 6 election", written in October), with and
#: without a future tense in the sentence.
ATTRIBUTIVE_AHEAD_DAYS = {"future": 120, None: 45}


def r_attributive_day(anchor: dt.date, tense: Tense, month: int, day: int) -> str:
    """A month day naming an event ("the April 20 explosion"): the latest such day
    on or before the anchor, or the next one if it is near (``ATTRIBUTIVE_AHEAD_DAYS``)."""
    this_year = dt.date(anchor.year, month, min(day, calendar.monthrange(anchor.year, month)[1]))
    if this_year > anchor:
        ahead, back = this_year, anchor.year - 1
    else:
        ahead, back = None, anchor.year
        try:
            ahead = dt.date(anchor.year + 1, month, day)
        except ValueError:
            ahead = dt.date(anchor.year + 1, month, 28)
    limit = ATTRIBUTIVE_AHEAD_DAYS["future" if tense == "future" else None]
    if (ahead - anchor).days <= limit:
        return _month_value(ahead.year, month, day)
    return _month_value(back, month, day)


def r_past_month(anchor: dt.date, tense: Tense, month: int, day: int | None) -> str:
    """A yearless month governed by a finite past verb: never after the anchor.

    "died in a suicide attack in January", written in December: last January,
    however near the next one is. The anchor's own month stays itself.
    """
    if (month, day) == (anchor.month, None) or day is not None:
        return r_month(anchor, tense, month, day)
    year = anchor.year if month < anchor.month else anchor.year - 1
    return _month_value(year, month)


def r_future_month(anchor: dt.date, tense: Tense, month: int, day: int | None) -> str:
    """A yearless month governed by a future modal: never before the anchor's month.

    "will be named commander for a mission in December", written in March:
    this December, however near last December is; "will be held on Dec. 15",
    written in February, the coming Dec. 15.
    """
    if day is not None:
        year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        return _month_value(year, month, day)
    year = anchor.year if month >= anchor.month else anchor.year + 1
    return _month_value(year, month)


def r_not_after(anchor: dt.date, tense: Tense, month: int, day: int | None) -> str:
    """A yearless month (and day) that has begun by the anchor: the latest one.

    "since March", "the explosion on 20 April", "since the blowout on April
    20": what they date has happened, however near the next one is (the
    anchor's own month counts as begun).
    """
    if day is None:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return _month_value(year, month)
    year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    return _month_value(year, month, day)


def r_week_of(anchor: dt.date, tense: Tense, month: int, day: int, year: int | None) -> str:
    """"the week of March 6": the week of that day (its year as for "March 6")."""
    value = _month_value(year, month, day) if year else r_month(anchor, tense, month, day)
    return _week_value(dt.date.fromisoformat(value))


def r_month_in_year(anchor: dt.date, tense: Tense, month: int, offset: int) -> str:
    return _month_value(anchor.year + offset, month)


def r_relative_month(anchor: dt.date, tense: Tense, month: int, offset: int) -> str:
    """"last November" is the latest November before this month; "next" the first after.

    The month just before the anchor's is "last month" in English: "last
    March", written in April, is the March of the year before ("killed since
    last March", written on 2 April; TimeBank: "last February" written on 1
    March is the year before). Two or more months back stay in the year.
    """
    year = anchor.year
    if offset < 0 and (month >= anchor.month or month == anchor.month - 1):
        year -= 1
    elif offset > 0 and month <= anchor.month:
        year += 1
    return _month_value(year, month)


def r_decade(anchor: dt.date, tense: Tense, digit: int) -> str:
    """"the '90s": the latest decade with that digit that has begun by the anchor."""
    for century in (20, 19, 18):
        if century * 100 + digit * 10 <= anchor.year:
            return f"{century}{digit}"
    return f"19{digit}"


def _season_span(year: int, code: str) -> tuple[dt.date, dt.date]:
    first, months = vocab.SEASON_MONTHS[code]
    start = dt.date(year, first, 1)
    ey, em = _add_months(year, first, months - 1)
    return start, dt.date(ey, em, calendar.monthrange(ey, em)[1])


def _season_year_of(anchor: dt.date, code: str) -> int:
    """The year whose ``code`` season contains or is nearest to the anchor in that year."""
    if code == "WI" and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def r_season(anchor: dt.date, tense: Tense, code: str) -> str:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start, end = _season_span(year, code)
        point = anchor if start <= anchor <= end else start + (end - start) / 2
        candidates.append((point, f"{year:04d}-{code}"))
    return _nearest(anchor, tense, candidates)


def r_relative_season(anchor: dt.date, tense: Tense, code: str, offset: int) -> str:
    year = _season_year_of(anchor, code)
    start, end = _season_span(year, code)
    if offset < 0 and end >= anchor:
        year -= 1
    elif offset > 0 and start <= anchor:
        year += 1
    return f"{year:04d}-{code}"


def r_season_in_year(anchor: dt.date, tense: Tense, code: str, offset: int) -> str:
    """"the fall of last year": that season of the anchor's year moved by offset."""
    return f"{anchor.year + offset:04d}-{code}"


def r_quarter(anchor: dt.date, tense: Tense, q: int, offset: int | None) -> str:
    """A quarter: of the year named ("this year's", offset 0), else the nearest one.

    Nearest as for months: a quarter containing the anchor is at distance 0,
    others at their nearest day, the tense breaking the balance ("profits
    fell in the third quarter", written in May, is last year's; "expects
    growth in the first quarter", written in November, next year's). A
    quarter that ended less than ``REPORTING_DAYS`` ago is not pushed away
    by a future tense: its results are still to come ("expects to report
    third-quarter results", written in November).
    """
    if offset is not None:
        return f"{anchor.year + offset:04d}-Q{q}"

    def cost(year: int) -> tuple[int, bool]:
        start, end = dt.date(year, 3 * q - 2, 1), _last_day(year, 3 * q)
        distance = (start - anchor).days if start > anchor else max(0, (anchor - end).days)
        if (tense == "past" and start > anchor) or (
                tense == "future" and (anchor - end).days > REPORTING_DAYS):
            distance += TENSE_PENALTY_DAYS
        return distance, start > anchor
    year = min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)
    return f"{year:04d}-Q{q}"


#: Days after its end during which a quarter's results are still reported.
REPORTING_DAYS = 100


def r_half(anchor: dt.date, tense: Tense, h: int, offset: int) -> str:
    return f"{anchor.year + offset:04d}-H{h}"


def r_day(anchor: dt.date, tense: Tense, offset: int, part: str | None) -> str:
    day = anchor + dt.timedelta(days=offset)
    return day.isoformat() + (f"T{part}" if part else "")


def r_weekday(anchor: dt.date, tense: Tense, weekday: int, offset: int, part: str | None) -> str:
    """A weekday: "last"/"next" step strictly back/forward; otherwise the tense decides.

    Past tense takes the latest such day on or before the anchor, so "said
    Wednesday" in a Wednesday article is that same day; future tense the
    first on or after; present tense a day later in the anchor's week ahead
    ("the deadline is Friday", written on Thursday), else the one just past. Without any tense cue the nearest
    such day wins ("talks resume Friday" in a Wednesday article: two days on).
    """
    delta = weekday - anchor.isoweekday()
    if offset < 0:
        days = delta - 7 if delta >= 0 else delta
    elif offset > 0:
        days = delta + 7 if delta <= 0 else delta
    elif tense == "future" or (tense == "present" and delta > 0):
        days = delta + 7 if delta < 0 else delta
    elif tense is None and 0 < (delta % 7) < 4:
        days = delta % 7  # no tense at all: 1-3 days ahead is nearer than 4-6 back
    else:
        days = delta - 7 if delta > 0 else delta
    day = anchor + dt.timedelta(days=days)
    return day.isoformat() + (f"T{part}" if part else "")


def r_weekday_in_week(anchor: dt.date, tense: Tense, weekday: int, offset: int, part: str | None) -> str:
    """"Tuesday of last week": that weekday in the (ISO) week ``offset`` weeks from the anchor's."""
    day = anchor + dt.timedelta(weeks=offset, days=weekday - anchor.isoweekday())
    return day.isoformat() + (f"T{part}" if part else "")


SUNDAY = 7


def r_relative(anchor: dt.date, tense: Tense, unit: str, offset: int) -> str:
    """"last week", "this month", "next year": the anchor's unit moved by offset."""
    if unit == "day":
        return (anchor + dt.timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        if unit == "week" and offset == -1 and anchor.isoweekday() == SUNDAY:
            offset = 0  # "last week" written on a Sunday is the week it closes, not the one before
        value = _week_value(anchor + dt.timedelta(weeks=offset))
        return value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, offset)
        return _month_value(y, m)
    if unit == "quarter":
        y, m = _add_months(anchor.year, anchor.month, 3 * offset)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + offset:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + offset:02d}"
    return "PRESENT_REF"


def r_ago(anchor: dt.date, tense: Tense, unit: str, n: float) -> str:
    """"three years ago" (n = -3), "two weeks from now" (n = 2), at the unit's granularity."""
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=round(n))).isoformat()
    if unit in ("week", "weekend", "fortnight"):
        return _week_value(anchor + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, round(n))
        return _month_value(y, m)
    if unit == "quarter":
        y, m = _add_months(anchor.year, anchor.month, round(3 * n))
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit)
    if years is None:
        return "PAST_REF" if n < 0 else "FUTURE_REF"
    return f"{anchor.year + round(n * years):04d}"


def r_holiday(anchor: dt.date, tense: Tense, month: int, weekday: int, nth: int) -> str:
    """A moveable holiday without a year: the nearest, the tense breaking the balance."""
    from .normalize import nth_weekday

    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        value = nth_weekday(year, month, weekday, nth)
        candidates.append((dt.date.fromisoformat(value), value))
    return _nearest(anchor, tense, candidates)


def r_years_before(anchor: dt.date, tense: Tense, day: Pending, years: int) -> str:
    """"four years ago Wednesday": the day resolved as usual, moved back whole years."""
    when = dt.date.fromisoformat(resolve(day, anchor, tense)[:10])
    try:
        return when.replace(year=when.year - years).isoformat()
    except ValueError:  # February 29
        return when.replace(year=when.year - years, day=28).isoformat()


def r_weekend(anchor: dt.date, tense: Tense) -> str:
    """"the weekend": the one just past in a past-tense sentence, else this week's."""
    if tense == "past" and anchor.isoweekday() < 6:
        return _week_value(anchor - dt.timedelta(weeks=1)) + "-WE"
    return _week_value(anchor) + "-WE"


def c_clock(anchor: dt.date, tense: Tense, ctx: dict, day: Pending, hhmm: str) -> str:
    """A clock time on its day: the day named with it, else the day just mentioned, else the anchor."""
    return f"{resolve(day, anchor, tense, ctx)[:10]}T{hhmm}"


def c_day_part_in_context(anchor: dt.date, tense: Tense, ctx: dict, part: str) -> str:
    """"overnight": that part of the day just mentioned if it is at most three days
    before the anchor (a report on Friday's trading, published on Monday), else of the anchor."""
    day = ctx.get("day")
    if day and 0 <= (anchor - dt.date.fromisoformat(day)).days <= 3:
        return f"{day}T{part}"
    return f"{anchor.isoformat()}T{part}"


def c_same_day(anchor: dt.date, tense: Tense, ctx: dict) -> str:
    return ctx.get("day") or anchor.isoformat()


def c_quarter_anaphor(anchor: dt.date, tense: Tense, ctx: dict, back: int, latest: bool = False) -> str:
    """"the quarter", "the year-ago quarter": the quarter under discussion.

    That is the last quarter mentioned; without one, the quarter before the
    anchor's in a past-tense sentence (results are reported after a quarter
    ends), else the anchor's own. ``back`` = 1 for the same quarter a year
    earlier. "The latest quarter" has ended: a quarter after the one before
    the anchor's is not it unless it was reported in the past tense (a
    company's fiscal quarter: "reported a decline in fourth-quarter
    earnings"); "will take a fourth-quarter charge", written in October, does
    not make the fourth quarter the latest.
    """
    quarter = ctx.get("quarter")
    last_ended = r_relative(anchor, tense, "quarter", -1)
    if latest and (quarter is None or (quarter > last_ended and ctx.get("quarter_tense") != "past")):
        quarter = last_ended
    if quarter is None:
        quarter = last_ended if tense == "past" else r_relative(anchor, tense, "quarter", 0)
    year, q = int(quarter[:4]), quarter[-1]
    return f"{year - back:04d}-Q{q}"


def c_quarter_ending(anchor: dt.date, tense: Tense, ctx: dict, day: str | Pending, back: int) -> str:
    """"the quarter ended Sept. 30": the quarter under discussion if one was
    named (a company's fiscal quarters keep their own numbers: "its fiscal
    first quarter ... the quarter ended Sept. 30"), else the calendar quarter
    that holds most of the three months up to that day (a quarter ended July
    31 is mostly the second); ``back`` = 1 for "the year-ago quarter ended ..."."""
    if ctx.get("quarter"):
        return c_quarter_anaphor(anchor, tense, ctx, back)
    end = dt.date.fromisoformat(resolve(day, anchor, tense)[:10])
    middle = end - dt.timedelta(days=45)
    return f"{middle.year - back:04d}-Q{(middle.month - 1) // 3 + 1}"


def c_period_of_year(anchor: dt.date, tense: Tense, ctx: dict, year: int) -> str:
    """"the 1988 period": that year's part of the quarter under discussion."""
    quarter = ctx.get("quarter")
    return f"{year:04d}-Q{quarter[-1]}" if quarter else f"{year:04d}"


def c_ago(anchor: dt.date, tense: Tense, ctx: dict, unit: str, n: float) -> str:
    """"a year ago/earlier": in a report about a quarter, that quarter a year before."""
    quarter = ctx.get("quarter")
    if quarter and unit == "year" and n == -1:
        return f"{int(quarter[:4]) - 1:04d}-Q{quarter[-1]}"
    return r_ago(anchor, tense, unit, n)


def c_days_earlier(anchor: dt.date, tense: Tense, ctx: dict, unit: str, n: float) -> str:
    """"two days earlier", "a week earlier": counted back from the day last mentioned."""
    base = dt.date.fromisoformat(ctx["day"]) if ctx.get("day") else anchor
    return r_ago(base, tense, unit, -n)


def r_years_before_unit(anchor: dt.date, tense: Tense, unit: str, years: int) -> str:
    """"a year ago this month": the anchor's week or month, ``years`` years back."""
    try:
        back = anchor.replace(year=anchor.year - years)
    except ValueError:  # February 29
        back = anchor.replace(year=anchor.year - years, day=28)
    return r_relative(back, tense, unit, 0)


_UNIT_GRANULARITY = {"day": 10, "week": 10, "month": 7, "year": 4}


def c_anaphor(anchor: dt.date, tense: Tense, ctx: dict, unit: str, offset: int) -> str:
    """"that year", "the following day": the unit of the date last mentioned, moved by offset.

    Without a recent date fine enough for the unit, the anchor stands in.
    """
    ref = ctx.get("date")
    base = anchor
    if ref and len(ref) >= _UNIT_GRANULARITY[unit]:
        y, m, d = int(ref[:4]), int(ref[5:7] or 1) if len(ref) >= 7 else 1, int(ref[8:10]) if len(ref) >= 10 else 1
        base = dt.date(y, m, d)
    return r_relative(base, tense, unit, offset)


def c_weekday_anaphor(anchor: dt.date, tense: Tense, ctx: dict, weekday: int, offset: int,
                      part: str | None) -> str:
    """"the previous Friday", "the following Monday": from the day last mentioned."""
    ref = ctx.get("day")
    base = dt.date.fromisoformat(ref) if ref else anchor
    return r_weekday(base, tense, weekday, offset, part)


def c_month_anaphor(anchor: dt.date, tense: Tense, ctx: dict, month: int, offset: int) -> str:
    """"the previous November", "the following March": the latest such month
    before the month written shortly before (the first after it), which the
    tagger puts in ``ctx["recent_month"]`` ("In March 2003 ... the previous
    November": November 2002); without one, from the anchor as "last November"."""
    ref = ctx.get("recent_month")
    if not ref:
        return r_relative_month(anchor, tense, month, offset)
    year, ref_month = int(ref[:4]), int(ref[5:7])
    if offset < 0:
        return _month_value(year - 1 if month >= ref_month else year, month)
    return _month_value(year + 1 if month <= ref_month else year, month)


def c_year_of_sentence(anchor: dt.date, tense: Tense, ctx: dict) -> str:
    """"the year": the year of the date it stands in apposition to (``ctx["sentence_date"]``,
    set by the tagger: "In 1992, the year the party lost ..."), else the anchor's."""
    ref = ctx.get("sentence_date")
    return ref[:4] if ref else f"{anchor.year:04d}"


#: Resolvers that also read the discourse context (the quarter under discussion).
CONTEXT_RESOLVERS: dict[str, Callable[..., str]] = {
    "quarter_anaphor": c_quarter_anaphor, "period_of_year": c_period_of_year, "ago": c_ago,
    "anaphor": c_anaphor, "clock": c_clock, "same_day": c_same_day,
    "weekday_anaphor": c_weekday_anaphor, "quarter_ending": c_quarter_ending,
    "days_earlier": c_days_earlier, "day_part_in_context": c_day_part_in_context,
    "month_anaphor": c_month_anaphor, "year_of_sentence": c_year_of_sentence,
}

#: Resolver per kind of pending value.
RESOLVERS: dict[str, Callable[..., str]] = {
    "month": r_month, "month_weekday": r_month_weekday, "attributive_day": r_attributive_day, "not_after": r_not_after,
    "past_month": r_past_month, "future_month": r_future_month, "week_of": r_week_of, "month_in_year": r_month_in_year, "relative_month": r_relative_month,
    "decade": r_decade, "season": r_season, "relative_season": r_relative_season,
    "season_in_year": r_season_in_year,
    "quarter": r_quarter, "half": r_half, "day": r_day, "weekday": r_weekday,
    "weekday_in_week": r_weekday_in_week,
    "relative": r_relative, "weekend": r_weekend,
    "holiday": r_holiday, "years_before": r_years_before, "years_before_unit": r_years_before_unit,
}


def resolve(value: str | Pending, anchor: dt.date, tense: Tense, ctx: dict | None = None) -> str:
    """The TimeML value of a (possibly pending) value.

    ``ctx`` carries what the document said so far (``"quarter"``: the last
    quarter mentioned nearby), for the few expressions that refer back.
    """
    if isinstance(value, str):
        return value
    if value.kind in CONTEXT_RESOLVERS:
        return CONTEXT_RESOLVERS[value.kind](anchor, tense, ctx or {}, *value.args)
    return RESOLVERS[value.kind](anchor, tense, *value.args)


# --- calendar intervals --------------------------------------------------------

def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _iv_day(m):
    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    return d, d, "day"


def _iv_week(m):
    start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    if m[3]:
        return start + dt.timedelta(days=5), start + dt.timedelta(days=6), "week"
    return start, start + dt.timedelta(days=6), "week"


def _iv_month(m):
    y, mo = int(m[1]), int(m[2])
    return dt.date(y, mo, 1), _last_day(y, mo), "month"


def _iv_quarter(m):
    y, q = int(m[1]), int(m[2])
    return dt.date(y, 3 * q - 2, 1), _last_day(y, 3 * q), "quarter"


def _iv_half(m):
    y, h = int(m[1]), int(m[2])
    return dt.date(y, 6 * h - 5, 1), _last_day(y, 6 * h), "month"


def _iv_season(m):
    start, end = _season_span(int(m[1]), m[2])
    return start, end, "season"


def _iv_year(m):
    y = int(m[1])
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


def _iv_decade(m):
    y = int(m[1]) * 10
    return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), "decade"


def _iv_century(m):
    y = int(m[1]) * 100
    return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"


#: Value shapes that can be placed on the calendar.
INTERVALS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?$"), _iv_day),
    (re.compile(r"(\d{4})-W(\d\d)(-WE)?$"), _iv_week),
    (re.compile(r"(\d{4})-(\d\d)$"), _iv_month),
    (re.compile(r"(\d{4})-Q([1-4])$"), _iv_quarter),
    (re.compile(r"(\d{4})-H([12])$"), _iv_half),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)$"), _iv_season),
    (re.compile(r"(\d{4})$"), _iv_year),
    (re.compile(r"(\d{3})$"), _iv_decade),
    (re.compile(r"(\d{2})$"), _iv_century),
]

#: Qualifier the event model uses for each TimeML modifier.
MOD_QUALIFIERS: dict[str, str] = {
    "START": "early", "MID": "mid", "END": "late", "APPROX": "approximate",
    "LESS_THAN": "approximate", "MORE_THAN": "approximate",
    "EQUAL_OR_LESS": "approximate", "EQUAL_OR_MORE": "approximate",
    "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "after",
}


def _part(start: dt.date, end: dt.date, precision: str, mod: str) -> tuple[dt.date, dt.date]:
    """The early/mid/late part of an interval.

    Months: days 1-10, 11-20, 21-end. Years: Jan-Apr, May-Aug, Sep-Dec.
    Three-month spans (quarters, seasons): first, middle, last month.
    Decades: years 0-3, 4-6, 7-9. Anything else: thirds of the days.
    """
    if precision == "month" and start.day == 1 and end.month == start.month:
        cuts = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
        return start.replace(day=cuts[0]), start.replace(day=cuts[1])
    if precision == "year":
        months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return dt.date(start.year, months[0], 1), _last_day(start.year, months[1])
    if precision in ("quarter", "season"):
        k = {"START": 0, "MID": 1, "END": 2}[mod]
        y, mo = _add_months(start.year, start.month, k)
        return dt.date(y, mo, 1), _last_day(y, mo)
    if precision == "decade" and end.year - start.year == 9:
        years = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}[mod]
        return dt.date(start.year + years[0], 1, 1), dt.date(start.year + years[1], 12, 31)
    days = (end - start).days + 1
    if days < 3:
        return start, end  # "mid-weekend": two days have no thirds
    third = days // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


def interval(value: str, mod: str | None) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of a TimeML value, ``None`` if it has none."""
    for pattern, build in INTERVALS:
        m = pattern.match(value)
        if m:
            try:
                start, end, precision = build(m)
            except ValueError:
                return None
            if mod in ("START", "MID", "END") and precision != "day":
                start, end = _part(start, end, precision, mod)
            return start, end, precision
    return None
