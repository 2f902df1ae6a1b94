"""The data-vocabulary paths, third pass (issue 13): the classes of non-event a reading of all
eight Timeline17 stores found among what the paths add, read on plain tokens, and the cases that
need more than a sentence table (the sentence tables of this pass are in test_data_events_filters.py).
Sentences are our own, written for each class."""
import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.events import fallback_filters as f
from timeline_api.pipeline.run import extract
from tests.test_data_events_filters import _toks, _triggers


def test_a_gloss_in_brackets_gives_way_to_the_clause_verb(monkeypatch):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    text = "On Tuesday , the harbour master -LRB- pronounced `` HAR-ber '' locally -RRB- , 61 , recounted the rescue ."
    found = [t for t, _ in _triggers(text)]
    assert "pronounced" not in found


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
