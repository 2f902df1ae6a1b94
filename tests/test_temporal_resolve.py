"""The resolution step on its own: the dispatch table, calendar intervals, tense."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.pipeline.temporal.normalize import Pending
from timeline_api.pipeline.temporal.resolve import (
    CONTEXT_RESOLVERS,
    RESOLVERS,
    interval,
    resolve,
)
from timeline_api.pipeline.temporal.tense import tense_at

WED = dt.date(2024, 12, 25)  # a Wednesday
JAN = dt.date(2024, 1, 10)   # a Wednesday in January


@pytest.mark.parametrize("pending,anchor,tense,expected", [
    (Pending("weekday", (3, 0, None)), WED, "past", "2024-12-25"),      # same weekday, past: that day
    (Pending("weekday", (3, 0, None)), WED, "future", "2024-12-25"),
    (Pending("weekday", (3, -1, None)), WED, None, "2024-12-18"),       # "last Wednesday"
    (Pending("weekday", (3, 1, None)), WED, None, "2025-01-01"),        # "next Wednesday"
    (Pending("weekday", (5, 0, None)), WED, "past", "2024-12-20"),
    (Pending("weekday", (5, 0, None)), WED, "future", "2024-12-27"),
    (Pending("weekday", (5, 0, None)), WED, None, "2024-12-27"),        # no tense: the nearest Friday
    (Pending("weekday", (1, 0, None)), WED, None, "2024-12-23"),        # the nearest Monday is behind
    (Pending("weekday", (4, -1, None)), JAN, None, "2024-01-04"),
    (Pending("weekday", (5, 0, "NI")), WED, "past", "2024-12-20TNI"),
    (Pending("month", (10, None)), JAN, "past", "2023-10"),
    (Pending("month", (10, None)), JAN, None, "2023-10"),              # nearest October
    (Pending("month", (5, None)), dt.date(2024, 12, 26), "past", "2024-05"),
    (Pending("month", (3, None)), dt.date(2024, 12, 26), "future", "2025-03"),
    (Pending("month", (9, None)), dt.date(2025, 2, 3), "past", "2024-09"),
    (Pending("month", (12, 8)), dt.date(2025, 2, 3), None, "2024-12-08"),
    (Pending("month", (2, 29)), dt.date(2025, 2, 3), None, "2025-02-28"),  # no 29th: the month's last day
    (Pending("month_in_year", (9, 0)), dt.date(2024, 12, 27), None, "2024-09"),
    (Pending("relative_month", (10, -1)), dt.date(1999, 12, 5), None, "1999-10"),
    # the month just before the anchor's is "last month": "last November" in December is a year back
    (Pending("relative_month", (11, -1)), dt.date(1999, 12, 5), None, "1998-11"),
    (Pending("relative_month", (12, -1)), dt.date(2024, 3, 14), None, "2023-12"),
    (Pending("relative_month", (1, 1)), dt.date(2024, 3, 14), None, "2025-01"),
    (Pending("relative", ("year", -1)), dt.date(2025, 2, 3), None, "2024"),
    (Pending("relative", ("week", -1)), JAN, None, "2024-W01"),
    (Pending("relative", ("week", 0)), dt.date(2021, 1, 2), None, "2020-W53"),  # ISO weeks
    (Pending("relative", ("weekend", -1)), dt.date(2024, 3, 12), None, "2024-W10-WE"),
    (Pending("relative", ("month", 1)), dt.date(2024, 12, 13), None, "2025-01"),
    (Pending("relative", ("quarter", -1)), dt.date(2024, 2, 1), None, "2023-Q4"),
    (Pending("relative", ("decade", 0)), dt.date(2024, 2, 1), None, "202"),
    (Pending("ago", ("year", -3)), dt.date(2024, 3, 13), None, "2021"),
    (Pending("ago", ("day", -5)), dt.date(2024, 3, 13), None, "2024-03-08"),
    (Pending("ago", ("month", -2)), dt.date(2024, 1, 13), None, "2023-11"),
    (Pending("season", ("WI",)), dt.date(2025, 1, 15), None, "2024-WI"),   # mid-winter belongs to Dec 2024
    (Pending("season", ("SU",)), dt.date(2024, 11, 14), "past", "2024-SU"),
    (Pending("relative_season", ("SU", -1)), dt.date(2024, 7, 10), None, "2023-SU"),
    (Pending("relative_season", ("SU", -1)), dt.date(2024, 12, 14), None, "2024-SU"),
    (Pending("relative_season", ("SP", 1)), dt.date(2024, 8, 1), None, "2025-SP"),
    (Pending("decade", (9,)), dt.date(2024, 1, 1), None, "199"),
    (Pending("decade", (2,)), dt.date(2024, 1, 1), None, "202"),
    (Pending("holiday", (11, 4, 4)), dt.date(2024, 12, 1), None, "2024-11-28"),
    (Pending("years_before", (Pending("weekday", (3, 0, None)), 4)), dt.date(2024, 3, 13), "past", "2020-03-13"),
])
def test_temporal_resolve_dispatch(pending, anchor, tense, expected):
    assert resolve(pending, anchor, tense) == expected


def test_temporal_resolve_every_kind_has_one_resolver():
    assert not set(RESOLVERS) & set(CONTEXT_RESOLVERS)


@pytest.mark.parametrize("ctx,pending,expected", [
    ({"quarter": "1989-Q3"}, Pending("quarter_anaphor", (0,)), "1989-Q3"),
    ({"quarter": "1989-Q3"}, Pending("quarter_anaphor", (1,)), "1988-Q3"),
    ({}, Pending("quarter_anaphor", (0,)), "1989-Q4"),
    ({"quarter": "1989-Q3"}, Pending("ago", ("year", -1)), "1988-Q3"),
    ({}, Pending("ago", ("year", -1)), "1988"),
    ({"date": "1998-03"}, Pending("anaphor", ("year", 0)), "1998"),
    ({"date": "1998-10-23"}, Pending("anaphor", ("day", 1)), "1998-10-24"),
    ({"date": "1998"}, Pending("anaphor", ("day", 1)), "1989-11-03"),   # a year is too coarse for a day
    ({"day": "1998-08-07"}, Pending("clock", (Pending("same_day", ()), "10:35")), "1998-08-07T10:35"),
    ({}, Pending("clock", (Pending("same_day", ()), "10:35")), "1989-11-02T10:35"),
])
def test_temporal_resolve_context(ctx, pending, expected):
    assert resolve(pending, dt.date(1989, 11, 2), None, ctx) == expected


@pytest.mark.parametrize("value,mod,expected", [
    ("2024-12-08", None, ("2024-12-08", "2024-12-08", "day")),
    ("2024-12-08T10:35", None, ("2024-12-08", "2024-12-08", "day")),
    ("2024-09", None, ("2024-09-01", "2024-09-30", "month")),
    ("2024-09", "START", ("2024-09-01", "2024-09-10", "month")),
    ("2024-09", "MID", ("2024-09-11", "2024-09-20", "month")),
    ("2024-09", "END", ("2024-09-21", "2024-09-30", "month")),
    ("2024-02", "END", ("2024-02-21", "2024-02-29", "month")),
    ("2025", "START", ("2025-01-01", "2025-04-30", "year")),
    ("2025", "MID", ("2025-05-01", "2025-08-31", "year")),
    ("2025", "END", ("2025-09-01", "2025-12-31", "year")),
    ("2024-W01", None, ("2024-01-01", "2024-01-07", "week")),
    ("2020-W53", None, ("2020-12-28", "2021-01-03", "week")),
    ("2024-W10-WE", None, ("2024-03-09", "2024-03-10", "week")),
    ("2025-Q3", None, ("2025-07-01", "2025-09-30", "quarter")),
    ("2025-Q3", "END", ("2025-09-01", "2025-09-30", "quarter")),
    ("2025-H1", None, ("2025-01-01", "2025-06-30", "month")),
    ("2024-SU", None, ("2024-06-01", "2024-08-31", "season")),
    ("2024-WI", None, ("2024-12-01", "2025-02-28", "season")),   # winter runs into the next year
    ("2023-WI", None, ("2023-12-01", "2024-02-29", "season")),
    ("199", None, ("1990-01-01", "1999-12-31", "decade")),
    ("197", "END", ("1977-01-01", "1979-12-31", "decade")),
    ("19", None, ("1900-01-01", "1999-12-31", "century")),
])
def test_temporal_interval(value, mod, expected):
    start, end, precision = interval(value, mod)
    assert (start.isoformat(), end.isoformat(), precision) == expected


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "P3M", "XXXX-WXX-1", "PXY", "2024-13", "2024-02-30"])
def test_temporal_interval_none_for_values_off_the_calendar(value):
    assert interval(value, None) is None


@pytest.mark.parametrize("sentence,word,expected", [
    ("The minister said Friday that talks will resume.", "Friday", "past"),
    ("The talks will resume on Friday, the minister said.", "Friday", "future"),
    ("The talks are set to resume Friday.", "Friday", "future"),
    ("Talks resumed on Friday.", "Friday", "past"),
    ("Talks have resumed since Friday.", "Friday", "past"),
    ("Talks resume Friday.", "Friday", "future"),
    ("Talks did resume on Friday.", "Friday", "past"),
    ("The company has no estimate of the loss for Friday.", "Friday", "present"),
    ("Prices have already fallen since Friday.", "Friday", "past"),
    ("The talks will resume on Friday, the minister said.", "Friday", "future"),
    ("The minister said on Friday, and repeated on Monday, that talks will resume.", "Friday", "past"),
    ("The deadline falls on Friday.", "Friday", "future"),
])
def test_temporal_tense_nearest_cue(sentence, word, expected):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected
