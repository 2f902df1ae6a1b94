"""Date errors of the fifth audit pass (issue 12): a Sunday's "last week" and week ahead, stamps
that are a page's and not its news, and a date that belongs to the happening a "before"/"ahead
of" phrase names. Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.run import extract
from timeline_api.pipeline.temporal import find_dates

SUNDAY = "2013-04-14"
SATURDAY = "2013-04-13"
WEDNESDAY = "2013-04-10"


def values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_dates(text, published)}


def dates(text: str, published: str) -> dict[str, dt.date | None]:
    return {t.text: t.date.start if t.date else None for t in find_dates(text, published)}


def mention_dates(text: str, published: str) -> dict[str, str | None]:
    doc = Document(text=text, published=dt.date.fromisoformat(published))
    return {m.trigger: (m.date.start.isoformat() if m.date and m.date.start else None)
            for m in extract(doc).mentions}


# -- a Sunday's week ----------------------------------------------------------------------------

def test_sunday_last_week_is_the_week_the_sunday_closes():
    # 14 April 2013 is a Sunday: its ISO week runs 8-14 April
    assert values("Striking dockers blocked the port last week .", SUNDAY) == {"last week": "2013-W15"}


@pytest.mark.parametrize("published, week", [(SATURDAY, "2013-W14"), (WEDNESDAY, "2013-W14")])
def test_sunday_last_week_on_other_days_is_the_calendar_week_before(published, week):
    assert values("Striking dockers blocked the port last week .", published) == {"last week": week}


def test_sunday_last_weekend_and_next_week_keep_their_reading():
    found = values("The strike began last weekend and talks resume next week .", SUNDAY)
    assert found == {"last weekend": "2013-W14-WE", "next week": "2013-W16"}


# -- stamps of the page -------------------------------------------------------------------------

def test_stamps_a_page_date_before_last_updated_dates_nothing():
    text = ("9 April 2013 Last updated at 07:15 GMT A court in Lyon has convicted the ferry's owner "
            "of negligence .\nThe owner had denied the charges in March .")
    found = dates(text, "2013-04-09")
    assert found["9 April 2013"] is None
    assert found["March"] == dt.date(2013, 3, 1)


def test_stamps_a_page_date_after_its_headline_dates_nothing():
    text = "Ferry owner convicted in Lyon 9 April 2013 Last updated at 07:15 GMT The court ruled on Monday ."
    found = dates(text, "2013-04-09")
    assert found["9 April 2013"] is None
    assert found["Monday"] == dt.date(2013, 4, 8)


def test_stamps_an_afternoon_page_date_is_the_news_day_and_stays():
    text = "9 April 2013 Last updated at 16:40 GMT A court in Lyon has convicted the ferry's owner ."
    assert dates(text, "2013-04-09")["9 April 2013"] == dt.date(2013, 4, 9)


def test_stamps_a_date_in_prose_before_the_word_updated_is_kept():
    found = dates("The register was closed on 9 April 2013 and last updated in May .", "2013-06-01")
    assert found["9 April 2013"] == dt.date(2013, 4, 9)


BLOG = """Follow the day's events as they unfold .
-LRB- 9:40 p.m. Monday ET , 3:40 a.m. Tuesday in Kiev -RRB- Protesters held the square on Monday .
-LRB- 4:05 p.m. Monday ET , 10:05 p.m. Monday in Kiev -RRB- The mayor resigned Monday , officials said .
-LRB- 11:20 a.m. Monday ET , 5:20 p.m. Monday in Kiev -RRB- Police cleared two streets .
-LRB- 6:15 a.m. Monday ET , 12:15 p.m. Monday in Kiev -RRB- Crowds gathered early Tuesday morning , a witness said .
"""


def test_stamps_bracketed_clocks_opening_lines_are_a_live_blogs_stamps():
    # published on Sunday 14 April; the entries are of Monday 15 and the small hours of Tuesday 16
    found = [(t.text, t.date.start if t.date else None) for t in find_dates(BLOG, SUNDAY)]
    clocks = [(text, d) for text, d in found if "m." in text]
    # a stamp's first clock is the hour of its entry's news; the second, the same instant in
    # Kiev, dates nothing
    assert clocks == [("9:40 p.m. Monday", dt.date(2013, 4, 15)), ("3:40 a.m. Tuesday", None),
                      ("4:05 p.m. Monday", dt.date(2013, 4, 15)), ("10:05 p.m. Monday", None),
                      ("11:20 a.m. Monday", dt.date(2013, 4, 15)), ("5:20 p.m. Monday", None),
                      ("6:15 a.m. Monday", dt.date(2013, 4, 15)), ("12:15 p.m. Monday", None)]
    days = [(text, d) for text, d in found if "m." not in text]
    # not the Monday a week back; Tuesday is a day the stamps name
    assert days == [("Monday", dt.date(2013, 4, 15)), ("Monday", dt.date(2013, 4, 15)),
                    ("early Tuesday morning", dt.date(2013, 4, 16))]


def test_stamps_a_bracketed_clock_inside_prose_is_no_stamp():
    found = dates("The vote closed at 8 p.m. -LRB- 1 a.m. GMT Tuesday -RRB- and counting began .", WEDNESDAY)
    assert any(d is not None for d in found.values())


# -- "before / ahead of" + a happening ------------------------------------------------------------

@pytest.mark.parametrize("sentence, trigger", [
    ("The prosecution filed a brief to the judge in advance of Thursday 's sentencing .", "filed"),
    ("The prosecution filed a brief to the judge ahead of a 18 April sentencing .", "filed"),
    ("The rebels shelled the bridge before their retreat last winter .", "shelled"),
])
def test_earlier_than_a_date_of_the_later_happening_does_not_date_the_verb(sentence, trigger):
    found = mention_dates(sentence, WEDNESDAY)
    assert found.get(trigger) is None


@pytest.mark.parametrize("sentence, trigger, day", [
    ("Troops shelled the suburb before dawn on Tuesday .", "shelled", "2013-04-09"),
    ("Protesters marched before Friday prayers .", "marched", "2013-04-05"),
    ("Troops stormed the town after the funeral on Tuesday .", "stormed", "2013-04-09"),
])
def test_earlier_than_a_time_bound_or_after_keeps_the_date(sentence, trigger, day):
    assert mention_dates(sentence, WEDNESDAY).get(trigger) == day


def test_sunday_last_week_beside_a_day_of_the_closing_week_is_the_week_before():
    # Tuesday is a day of the week the Sunday closes: "last week" is set apart from it
    found = values("Norway signed the accord last week and Peru on Tuesday .", SUNDAY)
    assert found == {"last week": "2013-W14", "Tuesday": "2013-04-09"}


def test_sunday_last_week_beside_since_a_weekday_stays_the_closing_week():
    found = values("Rioters clashed with police last week and have stayed away since Saturday .", SUNDAY)
    assert found["last week"] == "2013-W15"
