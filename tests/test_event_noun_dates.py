"""A date that modifies an event noun is that noun's own date, whatever boundary word stands
before the phrase: "since Tuesday's flood" dates the flood to Tuesday (the "since" relates the
sentence's other happening to it)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.pipeline.run import extract
from timeline_api.model import Document

PUBLISHED = dt.date(2031, 3, 9)  # a Sunday


def _mention(text: str, trigger: str):
    mentions = [m for m in extract(Document(text, PUBLISHED)).mentions if m.trigger.lower() == trigger]
    assert mentions, f"no {trigger!r} mention in {text!r}"
    return mentions[0]


@pytest.mark.parametrize("text, trigger, day", [
    ("More than 300 homes have been searched since Tuesday's bombing, the council said.", "bombing",
     dt.date(2031, 3, 4)),
    ("Relief convoys set off after the 2 March earthquake in the hills.", "earthquake", dt.date(2031, 3, 2)),
    ("Insurers have paid out little since the explosion on Thursday at the depot.", "explosion",
     dt.date(2031, 3, 6)),
])
def test_a_date_on_an_event_noun_is_the_nouns_own_date(text, trigger, day):
    m = _mention(text, trigger)
    assert (m.date.start, m.date.end, m.date.qualifier) == (day, day, "exact")


def test_a_boundary_word_still_bounds_what_the_date_does_not_modify():
    # the date is not the noun's own: the talks run until Friday
    m = _mention("The talks will continue until Friday, diplomats said.", "talks")
    assert m.date.qualifier == "until"


@pytest.mark.parametrize("trigger, title, expected", [
    ("struck", "The 6.1-magnitude tremor strikes the valley", "quake"),
    ("hit", "The island hit by a powerful earthquake", "quake"),
    ("said", "Earthquake survivors say aid is slow", "say"),  # a statement stays one
    ("killed", "Gunmen kill 14 villagers", "attack"),
])
def test_identity_reads_the_happening_a_verb_reports_from_its_subject(trigger, title, expected):
    from timeline_api.pipeline.identity import _happening, family

    assert _happening(family(trigger), trigger, title) == expected


@pytest.mark.parametrize("text, trigger, day", [
    # published on Sunday 9 March: Thursday's blast is the last Thursday, the 6th
    ("Divers searched the harbour after Thursday's explosion, which sank two tugs.", "explosion",
     dt.date(2031, 3, 6)),
    ("Relief flights resumed following Thursday's explosion at the depot.", "explosion", dt.date(2031, 3, 6)),
    # said ahead: the coming Tuesday
    ("Voters head to the polls ahead of Tuesday's election.", "election", dt.date(2031, 3, 11)),
])
def test_a_weekday_on_an_event_noun_looks_back_unless_the_sentence_looks_ahead(text, trigger, day):
    assert _mention(text, trigger).date.start == day
