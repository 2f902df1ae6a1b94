"""Properties of the temporal tagger on arbitrary text (hypothesis)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_api.pipeline.temporal import find_dates
from timeline_api.pipeline.temporal.resolve import interval

#: Words the rules care about, so generated text often looks like dates.
_WORDS = st.sampled_from([
    "May", "may", "March", "march", "We", "second", "Friday", "last", "next", "this", "year",
    "years", "ago", "early", "late", "mid-", "the", "end", "of", "by", "since", "until",
    "September", "2025", "1990s", "'90s", "Q3", "third", "quarter", "summer", "winter", "now",
    "2,500", "85", "$", "%", "12", "p.m.", "a.m.", "Dec.", "8,", "every", "week", "daily",
    "tonight", "Thanksgiving", "no", "later", "than", "around", "about", "-", ",", ".", "\n",
    "half", "an", "hour", "29", "February", "31", "0", "99", "2/30/2024", "1/1/2024",
    "İ", "ß", "ﬁ", "\u0130stanbul", "14:00", "GMT", "noon", "Tuesday", "H1", "nineteen",
    "ninety-six", "twenties", "fiscal", "year-ago", "period", "Christmas", "Day", "ago", "that",
    "following", "weekend", "centuries", "1/2", "10-year", "old", "recent", "per", "twice",
])
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))
_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=400, deadline=None)
@given(_TEXT, _DATES)
def test_temporal_never_raises_and_spans_are_sane(text, published):
    found = find_dates(text, published)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end  # sorted and non-overlapping
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.date is not None:
            assert t.date.start is not None and t.date.end is not None
            assert t.date.start <= t.date.end
            assert t.date.text.endswith(t.text)


@settings(max_examples=200, deadline=None)
@given(_DATES, st.sampled_from(["Friday", "last Friday", "next Friday", "in May", "last year",
                                "next month", "this week", "the third quarter", "last summer",
                                "two weeks ago", "Christmas", "in the winter"]))
def test_temporal_relative_dates_stay_near_the_anchor(published, phrase):
    (t,) = find_dates(f"They met {phrase}.", published)
    assert t.date is not None
    if t.date.start <= published <= t.date.end:
        return
    gap = min(abs((t.date.start - published).days), abs((t.date.end - published).days))
    assert gap <= 400


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A(?:1[6-9]|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\d|2[0-8]))?|-Q[1-4]|-H[12]"
                     r"|-(?:SP|SU|FA|WI)|-W(?:0[1-9]|[1-4]\d))?\Z", fullmatch=True),
       st.sampled_from([None, "START", "MID", "END"]))
def test_temporal_interval_of_any_value_is_ordered(value, mod):
    start, end, precision = interval(value, mod)
    assert start <= end
    assert precision in ("day", "week", "month", "quarter", "season", "year", "decade")


def test_temporal_long_texts_take_linear_time():
    """Thousands of expressions in one text: no quadratic step (selection, tense)."""
    import time

    text = "He said Friday the past year. " * 3000
    began = time.perf_counter()
    found = find_dates(text, "2024-01-10")
    assert len(found) == 6000
    assert time.perf_counter() - began < 20  # about 0.5 s on one core; generous for loaded CI


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_temporal_anchored_scan_equals_full_scan(text):
    from timeline_api.pipeline.temporal.tagger import select, tag

    fast = [(c.start, c.end, c.rule) for c in select(tag(text))]
    full = [(c.start, c.end, c.rule) for c in select(tag(text, full_scan=True))]
    assert fast == full
