"""Dates, eleventh pass: a participle's date titles the participle's happening.

"A ferry seized by rebels last month has been handed back" dates the seizure (the date stands in
the participle's phrase, before the main verb), so the event's headline must name the seizure, not
the handing back that the sentence reports as its news.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import headline
from timeline_api.pipeline.describe import describe


def _cite(quote: str, trigger: str, date_text: str, type_: str = "other", title: str = "Built title") -> Cited:
    day = DateInterval(dt.date(2026, 2, 6), dt.date(2026, 2, 6), "day", "exact", date_text)
    return Cited(source_id="s1", published="2026-03-04", start=0, trigger=trigger, type=type_, title=title,
                 summary=quote, quote=quote, date=day, trigger_at=quote.find(trigger))


@pytest.mark.parametrize("quote, trigger, date_text, expected", [
    ("A cargo ferry and its crew seized by rebels last month have been handed back to the port authority .",
     "seized", "last month", "A cargo ferry and its crew seized by rebels"),
    ("Dozens of students detained on Friday were freed without charge , their lawyers said .",
     "detained", "Friday", "Dozens of students detained"),
    ("A steel barrier lowered onto the damaged pipe on Sunday is holding back most of the leak .",
     "lowered", "Sunday", "A steel barrier lowered onto the damaged pipe"),
    ("The three aid workers abducted near the border in 2019 will be flown home this week .",
     "abducted", "in 2019", "The three aid workers abducted near the border"),
])
def test_headline_cut_names_the_participle_whose_phrase_holds_the_date(quote, trigger, date_text, expected):
    title = headline.cut(quote, trigger, quote.find(trigger), date_text, "other")
    assert title == expected
    assert not headline.ill_formed(title)


@pytest.mark.parametrize("quote, trigger, date_text", [
    # the participle is the finite verb: an object or a clause follows it
    ("The ministry confirmed on Monday there were two more cases in the capital .", "confirmed", "on Monday"),
    ("The two banks disclosed yesterday they are being investigated by regulators .", "disclosed", "yesterday"),
    # the date is the main verb's, after it
    ("Divers guided by engineers on the surface will start the repair on Saturday .", "guided", "on Saturday"),
    # a coordinated finite verb, not an auxiliary, follows the phrase
    ("About 300 villagers crossed into the valley on Wednesday and were given tents .", "crossed", "Wednesday"),
    # the words before the trigger are a clause, not a noun phrase
    ("Some analysts say the revolt reported in the north on Tuesday may have come too early .", "reported",
     "on Tuesday"),
    # another clause's subject inside the phrase: "the plan the council is drafting"
    ("New details emerged on Saturday into the plan the council is drafting for the harbour .", "emerged",
     "on Saturday"),
])
def test_headline_cut_keeps_the_main_clause_when_the_trigger_heads_no_reduced_subject(quote, trigger, date_text):
    title = headline.cut(quote, trigger, quote.find(trigger), date_text, "other")
    assert title is None or not title.endswith(trigger)


def test_a_statement_is_never_titled_as_a_bare_participle():
    quote = "Regional officials said on 2 May a flock of geese near the lake had caught the virus ."
    title = headline.cut(quote, "said", quote.find("said"), "on 2 May", "statement")
    assert title is None or "virus" in title  # the reported clause stays


def test_describe_titles_the_event_with_the_participle_its_date_belongs_to():
    quote = "A cargo ferry and its crew seized by rebels last month have been handed back , the ministry said on Sunday ."
    view = describe([_cite(quote, "seized", "last month", title="And its crew seized by rebels handed back")])
    assert view.title == "A cargo ferry and its crew seized by rebels"


def test_in_passing_does_not_reject_a_noun_phrase_and_its_participle():
    assert not headline.in_passing("A cargo ferry and its crew seized by rebels", "seized")
    # a clause whose verb comes first still names a participle after it in passing
    assert headline.in_passing("The council lobbies for a new tax approved by the assembly", "approved")
