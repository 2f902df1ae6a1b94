"""Date errors of the sixth audit pass (issue 12): spans that end or start at the time of
writing ("earlier this year", "over the past year"). Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.pipeline.temporal import find_dates

SEPTEMBER = "2014-09-17"  # a Wednesday


def reading(text: str, published: str) -> dict[str, tuple]:
    return {t.text: (t.value, t.date and (t.date.start, t.date.end, t.date.precision, t.date.qualifier))
            for t in find_dates(text, published)}


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# -- "earlier this ...", "later this ..." ------------------------------------------------------

@pytest.mark.parametrize("words, start, end, precision", [
    ("earlier this year", "2014-01-01", "2014-09-16", "year"),
    ("earlier this month", "2014-09-01", "2014-09-16", "month"),
    ("earlier this week", "2014-09-15", "2014-09-16", "week"),
])
def test_earlier_this_unit_runs_from_its_start_to_the_day_before_writing(words, start, end, precision):
    found = reading(f"The union lodged its complaint {words} .", SEPTEMBER)
    value, date = found[words]
    assert date == (d(start), d(end), precision, "exact")
    assert value in ("2014", "2014-09", "2014-W38")  # the TimeML value is the unit's, as annotated


@pytest.mark.parametrize("words, start, end", [
    ("later this year", "2014-09-18", "2014-12-31"),
    ("later this month", "2014-09-18", "2014-09-30"),
])
def test_later_this_unit_runs_from_the_day_after_writing_to_its_end(words, start, end):
    _, date = reading(f"The ministry will publish its review {words} .", SEPTEMBER)[words]
    assert date[:2] == (d(start), d(end))


def test_earlier_this_year_in_february_does_not_reach_past_the_article():
    _, date = reading("Earlier this year the mayor resigned .", "2014-02-10")["Earlier this year"]
    assert date[:2] == (d("2014-01-01"), d("2014-02-09"))


def test_early_in_a_year_keeps_its_first_third():
    # "early" is a part of the unit, not a side of the time of writing
    _, date = reading("The bridge opened early this year .", SEPTEMBER)["early this year"]
    assert date[:2] == (d("2014-01-01"), d("2014-04-30"))


def test_later_that_year_said_of_another_year_keeps_its_last_third():
    found = reading("In 1998 the plant closed . Later that year the owner was charged .", SEPTEMBER)
    _, date = found["Later that year"]
    assert date[:2] == (d("1998-09-01"), d("1998-12-31"))


# -- "the past year", "over the last month" ----------------------------------------------------

@pytest.mark.parametrize("words, start", [
    ("the past year", "2013-09-17"),
    ("the last month", "2014-08-18"),
    ("the past week", "2014-09-11"),
])
def test_the_past_unit_is_the_span_up_to_the_time_of_writing(words, start):
    _, date = reading(f"Some 9,000 refugees crossed the border over {words} .", SEPTEMBER)[words]
    assert date[:2] == (d(start), d(SEPTEMBER))


def test_the_last_year_of_something_is_not_the_writer_s_span():
    # (what the tagger makes of it otherwise is not this rule's business: not a span to today)
    _, date = reading("He spent the last year of the war in hiding .", SEPTEMBER)["the last year"]
    assert date[1] != d(SEPTEMBER)


def test_last_year_without_the_stays_the_calendar_year():
    _, date = reading("Refugees crossed the border last year .", SEPTEMBER)["last year"]
    assert date[:2] == (d("2013-01-01"), d("2013-12-31"))


# -- "the weekend" early in the week -----------------------------------------------------------

TUESDAY = "2014-09-16"  # the weekend before is 13-14 September, the one after 20-21


@pytest.mark.parametrize("sentence", [
    "The new curfew follows riots in the port at the weekend .",
    "Talks are fragile after shelling over the weekend , monitors say .",
])
def test_the_weekend_early_in_the_week_is_the_one_just_past(sentence):
    _, date = reading(sentence, TUESDAY)["the weekend"]
    assert date[:2] == (d("2014-09-13"), d("2014-09-14"))


@pytest.mark.parametrize("sentence", [
    "The storm could reach the islands at the weekend .",
    "The strikers have until the weekend to accept the offer .",
    "Forecasters expect the rain to ease by the weekend .",
])
def test_the_weekend_looked_forward_to_is_the_coming_one(sentence):
    _, date = reading(sentence, TUESDAY)["the weekend"]
    assert date[:2] == (d("2014-09-20"), d("2014-09-21"))


def test_the_weekend_late_in_the_week_keeps_the_coming_one():
    _, date = reading("The new curfew follows riots in the port at the weekend .", "2014-09-18")["the weekend"]
    assert date[:2] == (d("2014-09-20"), d("2014-09-21"))


# -- a past saying is not dated by the forward date of what it said ------------------------------

def mention_dates(text: str, published: str) -> list[tuple[str, dt.date | None]]:
    from timeline_api.model import Document
    from timeline_api.pipeline.run import extract

    doc = Document(text=text, published=dt.date.fromisoformat(published))
    return [(m.trigger, m.date.start if m.date else None) for m in extract(doc).mentions]


@pytest.mark.parametrize("sentence", [
    "The governor pledged new safety rules by October .",
    "The harbour master said the channel could reopen next week .",
    "`` Three weeks from now , the rebels will hold the town , '' said a retired general .",
])
def test_a_past_saying_does_not_take_the_forward_date_it_reports(sentence):
    assert all(date is None or date <= d(SEPTEMBER) for _, date in mention_dates(sentence, SEPTEMBER))


def test_a_past_saying_keeps_its_own_day_and_a_past_by_date():
    found = dict(mention_dates("The harbour master said on Monday the channel could reopen next week .", SEPTEMBER))
    assert found["said"] == d("2014-09-15")
    found = dict(mention_dates("By 1995 , the minister told reporters the mine was closed .", SEPTEMBER))
    assert found["told"] == d("1995-01-01")


# -- "this weekend" told in the past early in the week -----------------------------------------

def test_this_weekend_in_a_past_sentence_early_in_the_week_is_the_one_just_past():
    _, date = reading("Turnout at the rallies topped 20,000 this weekend .", TUESDAY)["this weekend"]
    assert date[:2] == (d("2014-09-13"), d("2014-09-14"))


@pytest.mark.parametrize("sentence, published", [
    ("The band pulled out of this weekend 's festival .", TUESDAY),      # an event named by its weekend
    ("The summit will open this weekend .", TUESDAY),                    # ahead
])
def test_this_weekend_otherwise_keeps_the_coming_one(sentence, published):
    _, date = reading(sentence, published)["this weekend"]
    assert date[:2] == (d("2014-09-20"), d("2014-09-21"))
