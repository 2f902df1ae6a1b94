"""The data-vocabulary paths, third pass (issue 13): the classes of non-event a reading of all
eight Timeline17 stores found among what the paths add, and what the paths still find. Sentences
are our own, written for each class."""
import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.events import fallback_filters as f
from timeline_api.pipeline.run import extract


def _triggers(text, published="2012-03-14"):
    doc = Document(text=text, published=dt.date.fromisoformat(published), title="t", id="t")
    return [(m.trigger, m.date.start.isoformat() if m.date.start else None) for m in extract(doc).mentions]


NON_EVENTS = {  # each gave an entry on the paths before this pass
    "past-perfect-by": "By Sunday , the flood water had reached the old mill .",
    "past-perfect-as-of": "As of Friday , some 2,300 people had signed up to the petition .",
    "past-perfect-already": "On Monday morning , the gales had already eased along the coast .",
    "mind": "Earlier this week , the skipper assumed the storm had passed .",
    "mood": "Last week , the fishermen were heartened by the new quota .",
    "range-between": "The repairs took place between May 2008 and June 2009 on the north pier .",
    "put-off-until": "The storm will delay the regatta until after Labor Day .",
    "count-exceeds": "In October , the number of empty berths exceeded the number of boats .",
    "capital-heading": "THE WORST FLOOD , MAY 4 , 1998 As the river rose , the town shut its schools .",
    "degree-state": "For sailors , today is a good time : their chances are as unlimited as the sea .",
    "statistic": "Investors were cheered by the modest growth in the third quarter .",
    "forecast": "The agency projects that the slick will move further east by Tuesday .",
    "other-clause": "He stayed with the bank after he graduated in 1952 , and worked his way up .",
    "noun-may-happen": "Forecasters say that strong winds on Sunday could push more oil onto the shore .",
    "article-of-the-day": "Today 's article in the local paper summed up the problem .",
    "quotation-end": "We will respond in kind to Saturday 's events , '' the skipper said .",
    "trend-over-window": "The harbour master said there had been a sharp increase in the past week in the number of boats .",
    "video-caption": "Mar 12 - Amateur video purports to show boats under fire , with several seriously injured .",
}


@pytest.mark.parametrize("name", sorted(NON_EVENTS))
def test_the_paths_make_no_entry_of_a_non_event(monkeypatch, name):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert _triggers(NON_EVENTS[name]) == [], name


def test_a_gloss_in_brackets_gives_way_to_the_clause_verb(monkeypatch):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    text = "On Tuesday , the harbour master -LRB- pronounced `` HAR-ber '' locally -RRB- , 61 , recounted the rescue ."
    found = [t for t, _ in _triggers(text)]
    assert "pronounced" not in found


HAPPENINGS = [
    ("On Friday , the ferry sank off the cape .", "sank", "2012-03-09"),
    # a past perfect in a relative clause does not hide the clause's own verb
    ("On Monday , the mayor , who had long opposed the scheme , quit the harbour board .", "quit", "2012-03-12"),
    ("In 1998 , the yard sold its first ferry .", "sold", "1998-01-01"),
    ("The crew will return to the port on Friday .", "return", "2012-03-16"),
    # "as" before the date is a preposition here, and an adverb before the verb leaves it a verb
    ("Admiral Smith replaced him as chief of the fleet nine months ago .", "replaced", "2011-06-01"),
    ("The mayor and his wife reportedly stayed there in July 2009 for a holiday .", "stayed", "2009-07-01"),
]


@pytest.mark.parametrize("text,trigger,day", HAPPENINGS, ids=[h[1] for h in HAPPENINGS])
def test_the_paths_still_find_real_happenings(monkeypatch, text, trigger, day):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert (trigger, day) in _triggers(text)


class _T:
    def __init__(self, text, clause=0):
        self.text, self.clause, self.start, self.end = text, clause, 0, 0


def _toks(words):
    return [_T(w) for w in words.split()]


def test_the_new_classes_read_plain_tokens():
    assert f.past_perfect(_toks("the oil had reached the marsh"), 3)
    assert f.past_perfect(_toks("the boats had already been sent"), 5)
    assert not f.past_perfect(_toks("the oil reached the marsh"), 2)
    assert not f.past_perfect(_toks("he had a meeting and reached a deal"), 5)
    assert f.mental_state(_toks("she assumed it was over"), 1)
    assert not f.mental_state(_toks("she signed it"), 1)
    assert f.gloss(_toks("Verdin -LRB- pronounced Ver-dan -RRB-"), 2)
    assert f.statistic_noun(_toks("the growth in May"), 1)
    assert f.anaphoric(_toks("as happened in Iraq"), 1)
    assert f.tally(_toks("the number of cases exceeded 100"), 4)
    assert f.past_perfect(_toks("two storms have struck already"), 3)
    assert not f.past_perfect(_toks("two storms have struck the coast"), 3)
    assert f.subordinate(_toks("he stayed after he graduated in 1952"), 1, 6)
    assert f.adjective_participle(_toks("the densely populated coast"), 2)
    assert not f.adjective_participle(_toks("troops quickly seized the port"), 2)
    assert not f.adjective_participle(_toks("his wife allegedly stayed there"), 3)
    assert not f.subordinate(_toks("she replaced him as commander in 2004"), 1, 6)
    assert f.statistic_noun(_toks("their losses in 2011"), 1)
    assert f.noun_of_a_possibility(_toks("winds on Sunday could push"), 2)
    assert not f.noun_of_a_possibility(_toks("the raid on Sunday killed two"), 3)
    assert not f.subordinate(_toks("he graduated in 1952"), 1, 3)


def test_a_happening_noun_after_a_relation_keeps_its_own_year(monkeypatch):
    # "after the 1969 revolution": the revolution is in 1969, not after it
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    doc = Document(text="The rebels greatly helped the town after the 1969 revolution .",
                   published=dt.date(2012, 3, 14), title="t", id="t")
    found = [(m.trigger, m.date.start.isoformat(), m.date.qualifier) for m in extract(doc).mentions]
    assert found == [("revolution", "1969-01-01", "exact")]


@pytest.mark.parametrize("sentence,date,is_range", [
    ("It ran between May 2008 and June 2009 .", "June 2009", True),
    ("It ran between May 2008 and June 2009 .", "May 2008", True),
    ("It ran from 2001 to 2008 .", "2008", True),
    ("the 2007-2008 slump", "2007", True),
    ("Boats sailed in March and April 2010 .", "March", False),
    ("It opened on 4 May 2008 .", "4 May 2008", False),
])
def test_a_range_end_is_told_from_a_date(sentence, date, is_range):
    start = sentence.index(date)
    assert f.range_part(sentence, 0, start, start + len(date)) is is_range
