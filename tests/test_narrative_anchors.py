"""Undated incident mentions dated by the words that do date them (events/narrative.py): the
relative clause of their noun, or the narration they continue; background references stay undated."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.run import extract

PUBLISHED = dt.date(2031, 3, 9)  # a Sunday


def _mentions(text: str, trigger: str):
    found = [m for m in extract(Document(text, PUBLISHED)).mentions if m.trigger.lower() == trigger]
    assert found, f"no {trigger!r} mention in {text!r}"
    return found


def _day(text: str, trigger: str):
    m = _mentions(text, trigger)[-1]
    return m.date.start if m.date.start == m.date.end else None


def test_the_relative_clause_of_the_noun_dates_it():
    text = ("Officials described the ambush at Korvan, in which nine guards were killed on 2 March, "
            "as the worst of the year.")
    m = _mentions(text, "ambush")[0]
    assert (m.date.start, m.date.end, m.date.qualifier, m.date.text) == (
        dt.date(2031, 3, 2), dt.date(2031, 3, 2), "exact", "2 March")


@pytest.mark.parametrize("second", [
    "A second bombing near the market killed three guards, the agency added.",
    "Two more villagers were wounded in the attack, according to the clinic.",
    "The attack on the depot wounded two more soldiers.",
    "A driver was killed by a mortar strike on the road out of town.",
])
def test_a_past_report_continuing_a_dated_violent_sentence_takes_its_day(second):
    first = "Rebels shelled a depot in Tarnow on Friday, killing four soldiers, the army said."
    trigger = next(w for w in ("bombing", "attack", "strike") if w in second)
    assert _day(f"{first}\n{second}\n", trigger) == dt.date(2031, 3, 7)


@pytest.mark.parametrize("second, trigger", [
    # a named incident is a reference, not the narration's next step
    ("The bombing at the Grand Hotel in Tarnow killed 40 people.", "bombing"),
    # background, in a relative clause
    ("It was not the first time the town had seen an attack that killed civilians.", "attack"),
    # the incident is not what the sentence reports happening
    ("Reporters saw the wounded at the site of the attack.", "attack"),
    # a word that moves the narration off its day
    ("Earlier a bombing near the market killed three guards.", "bombing"),
    # a definite incident whose target the dated sentence never named is another incident
    ("The attack on the radio station killed two guards.", "attack"),
    # a quotation
    ("\"The attack killed my brother,\" a resident said.", "attack"),
])
def test_references_and_quotes_stay_undated(second, trigger):
    first = "Rebels shelled a depot in Tarnow on Friday, killing four soldiers, the army said."
    found = [m for m in _mentions(f"{first}\n{second}\n", trigger) if m.quote.startswith(second[:12])]
    assert found and all(m.date.start is None for m in found)


def test_an_old_or_calm_dating_sentence_does_not_date_the_narration():
    calm = "The council met in Tarnow on Friday to discuss the budget.\nA second bombing killed three guards.\n"
    old = ("Rebels shelled a depot in Tarnow on 2 January, killing four soldiers.\n"
           "A second bombing killed three guards.\n")
    for text in (calm, old):
        assert all(m.date.start is None for m in _mentions(text, "bombing")), text


def test_a_named_incident_takes_the_day_the_article_gives_it_elsewhere():
    text = ("Villagers buried their dead after the ambush at Korvan, in which nine guards were killed on 2 March.\n"
            "Officials blamed the rebels for the Korvan ambush.\n")
    days = {m.quote[:9]: m.date.start for m in _mentions(text, "ambush")}
    assert days == {"Villagers": dt.date(2031, 3, 2), "Officials": dt.date(2031, 3, 2)}


def test_a_place_after_the_noun_is_not_a_name_for_another_mention():
    # many attacks happen in one town: "an attack in Tarnow" does not name the one of Friday
    text = ("Rebels carried out an attack in Tarnow on Friday, killing four soldiers.\n"
            "The council met to discuss the budget.\nResidents said the attack in Tarnow had killed civilians.\n")
    later = [m for m in _mentions(text, "attack") if m.quote.startswith("Residents")]
    assert later and all(m.date.start is None for m in later)
