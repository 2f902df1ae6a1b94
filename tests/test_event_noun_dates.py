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


# A relative clause that only says something began or took place tells when its own subject did:
# the noun it hangs on (directly, or past a phrase such as "against the king"), or the subject
# inside a where-clause; never an earlier happening of the sentence.
PUBLISHED_2031 = dt.date(2031, 5, 20)


def _dated(text: str) -> dict[str, tuple]:
    return {m.trigger.lower(): (m.date.start, m.date.precision)
            for m in extract(Document(text, PUBLISHED_2031)).mentions if m.date.start}


@pytest.mark.parametrize("text, dated_noun, undated_noun", [
    ("In its report of the army's assault on the port city, cradle of the revolt which began last month, "
     "state television kept to the official account.", "revolt", "assault"),
    ("Dozens were killed in a crackdown in recent weeks on the protests, which began in February.",
     "protests", "crackdown"),
    ("The army's assault on the port city, heart of the rebellion which began last month, drew wide "
     "condemnation.", None, "assault"),
])
def test_a_relative_clause_dates_the_noun_it_hangs_on_not_an_earlier_happening(text, dated_noun, undated_noun):
    dated = _dated(text)
    assert undated_noun not in dated
    if dated_noun:
        assert dated_noun in dated


def test_a_relative_clause_past_a_phrase_still_dates_its_noun():
    dated = _dated("Oil exports have halted several times during the uprising against the king, "
                   "which began in February.")
    assert dated.get("uprising") == (dt.date(2031, 2, 1), "month")


def test_a_where_clause_dates_its_own_subject_not_the_happening_before_it():
    dated = _dated("Troops launched a fresh attack on the town of Deraa in the south of the country, "
                   "where the rebellion first started in February.")
    assert "attack" not in dated
