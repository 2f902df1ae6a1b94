"""Whether a candidate title reads as a headline (``headline.ill_formed``), and ``describe``
choosing the best-formed candidate among an event's citations. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import headline
from timeline_api.pipeline.describe import describe


@pytest.mark.parametrize("title", [
    "Ferry sinks off the coast of Varnia",
    "Dockworkers strike at the port of Ostra",
    "Rescuers pulled from the rubble, officials say",
    "Patient taken to hospital with a high fever",
    "Earthquake in Norland",
    "Talks in Geneva between Varnia and Norland",
    "About 40 passengers rescued from the ferry",
    "The shipping line says it will suspend the route",  # the pronoun is the speaker

])
def test_ill_formed_accepts_clauses_and_clear_noun_phrases(title):
    assert headline.ill_formed(title) is None


@pytest.mark.parametrize("title, why", [
    ("Storm", "a fragment"),
    ("Rebels retake it after a week", "pronoun"),
    ("Will be reopened soon", "no subject"),
    ("Reopened after the repairs", "no subject"),
    ("Their ministers resign", "pronoun"),
    ("We report on the vote in Ostra", "pronoun"),
    ("Regulators say the merger of the two banks", "reported clause"),
    ("The council says He is leaving", "pronoun"),  # two sentences run together
    ("Ferry service to the islands suspended in early June", "date phrase"),
    ("Union leaders ask for the cancellation of thousands", "mid-phrase"),
    ("The mayor and the governor sign a letter promising", "mid-phrase"),
    ("About 40 sank rescues the crew", "two verbs"),
    ("In a statement publishes figures", "preposition"),
    ("Minister Ana Varga resigns", "subject is cut"),
    ("The agency says, \" The next", "stray"),
    ("Dinner of evening", ""),  # no verb, no name: a bare phrase
])
def test_ill_formed_names_why_a_title_is_no_headline(title, why):
    reason = headline.ill_formed(title)
    assert reason is not None and why in reason


def test_strip_date_drops_the_date_phrase_the_entry_shows_anyway():
    assert headline.strip_date("Ferry service suspended in early June") == "Ferry service suspended"
    assert headline.strip_date("Dockworkers strike on Monday, union says") == "Dockworkers strike, union says"
    assert headline.strip_date("Port reopens in Ostra") == "Port reopens in Ostra"
    assert headline.strip_date("The board will meet next week") == "The board will meet"
    assert headline.strip_date("Norland last had a flood 40 years ago") == "Norland last had a flood"
    # a date inside a list stays: cutting it would leave "visited and 9 May"
    assert headline.strip_date("Envoys visited on 2 May and 9 May") == "Envoys visited on 2 May and 9 May"


def _cite(title, quote, source, trigger="sank", start=100):
    day = DateInterval(dt.date(2011, 6, 3), dt.date(2011, 6, 3), "day", "3 June")
    return Cited(source, "2011-06-04", start, trigger, "accident", title, quote, quote, day)


def test_describe_takes_a_well_formed_title_from_another_citation_when_the_first_is_garbled():
    cites = [
        # the best-placed citation gives neither a clause nor a sound built title
        _cite("Sank and", "Sank and , they said , the rest of the crew .", "src_a", start=10),
        _cite("Ferry sinks off Varnia", "A ferry carrying 200 passengers sank off Varnia on 3 June .", "src_b"),
    ]
    view = describe(cites)
    title = view.title or cites[view.best].title
    assert headline.ill_formed(title) is None
    assert "Varnia" in title


def test_describe_keeps_the_naming_citations_own_well_formed_clause():
    cites = [
        _cite("Ferry sinks", "A ferry sank off Varnia on 3 June , the coastguard said .", "src_a", start=10),
        _cite("Boat sinks", "Another boat sank near Ostra on 3 June .", "src_b", start=900),
    ]
    view = describe(cites)
    assert view.best == 0
    assert "Varnia" in (view.title or cites[0].title)
