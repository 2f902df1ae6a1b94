"""Weekdays a clause puts ahead, newspapers named for a weekday, and the day of a live
blog's entry (issue 12, dates, fourth pass). Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import pytest

from timeline_api.pipeline.temporal import find_dates
from timeline_api.pipeline.temporal.tense import ahead_in_clause

THURSDAY = "2012-03-08"


def values(text: str, published: str = THURSDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_dates(text, published)}


@pytest.mark.parametrize("sentence", [
    "A reporter for the Sunday Times was hurt in the shelling .",
    "The editor of the Sunday Telegraph , a former banker , resigned .",
    "A columnist for the Mail on Sunday resigned .",
])
def test_days_ahead_a_newspaper_named_for_a_weekday_is_no_date(sentence):
    assert values(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "The Sunday Times reported that the plant would close .",
    "The board told Britain 's Sunday Times that the plant would close .",
    "The Sunday Telegraph of London earlier reported the sale .",
])
def test_days_ahead_a_weekly_paper_that_reports_is_dated_by_its_issue(sentence):
    # published on a Monday: the paper's report is of the day before
    assert list(values(sentence, "2012-03-12").values()) == ["2012-03-11"]


@pytest.mark.parametrize("sentence, day", [
    ("The Times on Sunday reported a fall in exports .", "2012-03-04"),
    ("The minister wrote a column for the Sunday Times on Tuesday .", "2012-03-06"),
])
def test_days_ahead_a_paper_beside_a_weekday_keeps_the_day(sentence, day):
    found = values(sentence)
    assert day in found.values()
    assert len(found) == 1


@pytest.mark.parametrize("sentence, word, day", [
    # a past participle stands nearer the day than the future that governs it
    ("Engineers will seal the pipe in a so-called cold plug on Tuesday .", "Tuesday",
     "2012-03-13"),
    ("The findings are scheduled to be formally published on Monday .", "Monday", "2012-03-12"),
    ("Police braced for a march of farmers Wednesday as roads closed .", "Wednesday", "2012-03-14"),
    ("Delegates arrived early ahead of the vote on Tuesday in the assembly .", "Tuesday", "2012-03-13"),
    ("The agency expects the dam to be fully drained on Monday .", "Monday", "2012-03-12"),
])
def test_days_ahead_a_clause_that_looks_ahead_puts_the_weekday_ahead(sentence, word, day):
    assert values(sentence)[word] == day


@pytest.mark.parametrize("sentence, word, day", [
    # a plan told in the past, maybe over
    ("The inspections had been scheduled to run through Tuesday .", "Tuesday", "2012-03-06"),
    # the future is in the quote; the report is Tuesday's
    ("`` Prices will rise , '' the governor said Tuesday .", "Tuesday", "2012-03-06"),
    # "ahead" without "of", and "plans" the noun, look nowhere
    ("The offensive pressed ahead Monday as the rains stopped .", "Monday", "2012-03-05"),
    ("The council approved plans Monday to widen the harbour .", "Monday", "2012-03-05"),
])
def test_days_ahead_other_clauses_keep_the_weekday_back(sentence, word, day):
    assert values(sentence)[word] == day


@pytest.mark.parametrize("sentence, ahead", [
    ("Ferries stopped due to the fog on Monday .", False),  # a cause
    ("The ferry is due to sail on Monday .", True),  # a schedule
])
def test_days_ahead_due_to_looks_ahead_only_before_a_verb(sentence, ahead):
    assert ahead_in_clause(sentence, sentence.index("Monday")) is ahead


BLOG = (
    "Follow the latest here .\n"
    "-LRB- Update 1:10 a.m. in Tunis , 7:10 p.m. ET -RRB- `` Today the old order ends , '' an activist wrote .\n"
    "-LRB- Update 9:40 p.m. in Tunis , 3:40 p.m. ET -RRB- The speaker of parliament will talk to reporters later today .\n"
    "-LRB- Update 10:05 a.m. Friday in Tunis , 4:05 a.m. Friday ET -RRB- Crowds filled the avenue .\n"
    "-LRB- Update 11:30 p.m. in Tunis , 5:30 p.m. ET -RRB- Earlier today the cabinet met in the capital .\n"
    "-LRB- Update 10:50 p.m. in Tunis , 4:50 p.m. ET -RRB- Shops closed early .\n"
)


def test_days_ahead_an_entry_above_a_later_days_stamp_is_of_that_day():
    # published on a Thursday; the third entry is stamped Friday and the blog is newest
    # first, so the two entries above it are Friday's or later; the ones below are Thursday's
    found = [(t.text, t.value) for t in find_dates(BLOG, THURSDAY) if t.text.lower() == "today"]
    assert found == [("Today", "2012-03-09"), ("today", "2012-03-09"), ("today", "2012-03-08")]


def test_days_ahead_a_stamp_that_names_two_days_counts_the_earlier():
    # past midnight in Tunis, still Wednesday afternoon in New York: Wednesday's news
    text = ("-LRB- Update 12:20 a.m. Thursday in Tunis , 6:20 p.m. ET Wednesday -RRB- This afternoon "
            "a man stood alone in the square .\n"
            "-LRB- Update 11:45 p.m. in Tunis , 5:45 p.m. ET -RRB- The curfew began .\n"
            "-LRB- Update 11:05 p.m. in Tunis , 5:05 p.m. ET -RRB- Tanks moved in .\n")
    found = {t.text: t.value for t in find_dates(text, "2012-03-07")}  # a Wednesday
    assert found["This afternoon"] == "2012-03-07TAF"


def test_days_ahead_a_page_with_too_few_stamps_keeps_its_publication_day():
    text = ("-LRB- Update 10:05 a.m. Friday in Tunis -RRB- Crowds filled the avenue .\n"
            "Earlier today the cabinet met in the capital .\n")
    found = {t.text: t.value for t in find_dates(text, THURSDAY)}
    assert found["today"] == "2012-03-08"
