"""Render a DateInterval in Extended Date/Time Format (ISO 8601-2 / EDTF level 1-2)."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import DateInterval

#: EDTF sub-year codes for seasons (level 1) and quarters (level 2), keyed by first month.
SEASON_CODES = {3: "21", 6: "22", 9: "23", 12: "24"}
QUARTER_CODES = {1: "33", 4: "34", 7: "35", 10: "36"}

#: Qualifiers that make one side of the interval open in EDTF.
OPEN_START = {"before", "by", "until"}
OPEN_END = {"after", "since"}


def _point(day: dt.date) -> str:
    return day.isoformat()


def _whole(interval: "DateInterval") -> str | None:
    """The single EDTF token naming the whole interval, when there is one."""
    start, end, precision = interval.start, interval.end, interval.precision
    if start is None or end is None:
        return None
    if precision == "day" and start == end:
        return _point(start)
    if precision == "month" and start.day == 1:
        return f"{start.year:04d}-{start.month:02d}"
    if precision == "year" and (start.month, start.day) == (1, 1) and start.year == end.year:
        return f"{start.year:04d}"
    if precision == "decade" and start.year % 10 == 0 and end.year == start.year + 9:
        return f"{start.year // 10:03d}X"
    if precision == "century" and start.year % 100 == 0 and end.year == start.year + 99:
        return f"{start.year // 100:02d}XX"
    if precision == "season" and start.month in SEASON_CODES and start.day == 1:
        return f"{start.year:04d}-{SEASON_CODES[start.month]}"
    if precision == "quarter" and start.month in QUARTER_CODES and start.day == 1:
        return f"{start.year:04d}-{QUARTER_CODES[start.month]}"
    return None


def to_edtf(interval: "DateInterval") -> str | None:
    """EDTF text for an interval; ``None`` when the event is undated."""
    start, end, qualifier = interval.start, interval.end, interval.qualifier
    if start is None and end is None:
        return None
    whole = _whole(interval) if qualifier in ("exact", "approximate") else None
    if whole is not None:
        return whole + ("~" if qualifier == "approximate" else "")
    if qualifier in OPEN_START:
        return f"../{_point(end or start)}"
    if qualifier in OPEN_END:
        return f"{_point(start or end)}/.."
    left = _point(start) if start else ".."
    right = _point(end) if end else ".."
    suffix = "~" if qualifier == "approximate" else ""
    return f"{left}{suffix}/{right}{suffix}"
