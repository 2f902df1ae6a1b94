"""Extractive headlines: the quote's own clause where a built title is cut or misreports it."""
from __future__ import annotations

import pytest

from timeline_api.pipeline import headline


@pytest.mark.parametrize("quote, trigger, expected", [
    ("Engineers sealed the leaking well on Thursday , officials said .", "sealed",
     "Engineers seal the leaking well"),
    ("ATHENS -LRB- Reuters -RRB- - Dock workers walked off the job at the main port , halting ferries .", "walked",
     "Dock workers walk off the job at the main port"),
    ("A preliminary hearing is scheduled to begin on 4 January where a judge will weigh the evidence .", "scheduled",
     "A preliminary hearing is scheduled to begin on 4 January"),
])
def test_headline_extract_cuts_the_clause_that_reports_the_happening(quote, trigger, expected):
    assert headline.extract(quote, trigger) == expected


@pytest.mark.parametrize("quote", [
    "They formed a band in late 2007 in a small flat in the east of the city .",  # who?
    "A local monitoring group , the Coordination Committee of the Eastern Valleys , which has counted "
    "the dead since the spring , said on Monday that dozens more had died .",  # no clause fits in 90 characters
    "`` We will not leave , '' the spokesman said .",  # a quotation
])
def test_headline_extract_gives_up_rather_than_cut_badly(quote):
    assert headline.extract(quote, "") is None


@pytest.mark.parametrize("title, quote", [
    ("Monitoring group killed", "A monitoring group said 40 people were killed in the shelling ."),
    ("Port authority closes the harbour", "The harbour was closed after the navy said mines had been found ."),
])
def test_headline_garbled_notices_a_subject_the_sentence_does_not_give(title, quote):
    assert headline.garbled(title, quote)


def test_headline_garbled_accepts_a_title_that_follows_its_sentence():
    assert headline.garbled("Dock workers walk off the job", "Dock workers walked off the job on Monday .") is None


@pytest.mark.parametrize("title", ["Formed", "Thursday gives speech", "Officials say they did not intend",
                                   "Despite the fact that he resigns", "Ministers meet to discuss the"])
def test_headline_suspect_marks_fragments_and_cut_titles(title):
    assert headline.suspect(title)


def test_headline_keeps_hyphenated_adjectives_as_written():
    assert "U.S.-based" in headline.extract("The U.S.-based bank Goldman Sachs raised its forecast for gas prices .", "")


def test_headline_extract_keeps_the_names_of_the_built_title():
    quote = "Inspectors found cracks in the dam at Lowmere last week and in the weir at Eastford on Monday ."
    assert headline.extract(quote, "found", keep="Cracks found in the weir at Eastford") is None
    assert headline.extract(quote, "found", keep="Cracks found in the dam at Lowmere") is not None
