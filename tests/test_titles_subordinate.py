"""Titles from a subordinate clause with its own subject and verb ("since the dam burst"), a
pronoun there that stands for the sentence's subject, and "N days ago" dropped without eating
the noun before it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from timeline_api.pipeline import headline


def _cut(sentence: str, trigger: str, kind: str = "other") -> str | None:
    return headline.cut(sentence, trigger, sentence.index(trigger), "", kind)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Fishing boats have stayed in port since the northern dam collapsed in heavy rain .", "collapsed",
     "The northern dam collapses in heavy rain"),
    ("Shops reopened in the old town after the flood waters receded .", "receded",
     "The flood waters recede"),
    ("The strike had lasted nine days before the union accepted a new pay offer .", "accepted",
     "The union accepts a new pay offer"),
])
def test_a_clause_after_since_after_or_before_with_its_own_subject_is_a_headline(sentence, trigger, expected):
    assert _cut(sentence, trigger) == expected


@pytest.mark.parametrize("sentence, trigger", [
    ("Fishing boats have stayed in port since the 2019 flood .", "flood"),
    # the verb belongs to the main clause, joined by "and": its subject is not the phrase after "since"
    ("The ministry has kept the files since 2004 and released them on Monday to reporters .", "released"),
    # a comma: the trigger's clause comes after the subordinate one, not inside it
    ("Two weeks after the harbour fire , the port authority reopened the eastern quay .", "reopened"),
])
def test_a_happening_named_in_passing_or_a_verb_outside_the_clause_is_not_cut_as_one(sentence, trigger):
    title = _cut(sentence, trigger)
    assert title is None or not title.lower().startswith(("the 2019", "2004", "the harbour fire"))


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Maria Okafor has campaigned for the hospital since her husband died there .", "died",
     "Maria Okafor's husband dies there"),
    ("Mr Lindqvist has refused every interview since he resigned from the board .", "resigned",
     "Mr Lindqvist resigns from the board"),
    ("The Corbridge Museum reopens on Friday two years after it closed for repairs .", "closed",
     "The Corbridge Museum closes for repairs"),
])
def test_a_pronoun_in_the_clause_stands_for_the_sentence_subject(sentence, trigger, expected):
    assert _cut(sentence, trigger) == expected


@pytest.mark.parametrize("sentence, trigger", [
    # another name stands between: "his" may be Peter's
    ("Anna Berg visited Peter Holm in hospital after his doctor called for help .", "called"),
    # a person's pronoun for a thing's name, a thing's pronoun for a person
    ("The Corbridge Museum has been quiet since he resigned from the board .", "resigned"),
    ("Maria Okafor has campaigned for years since it closed for repairs .", "closed"),
])
def test_a_pronoun_with_no_sure_antecedent_gives_no_headline_with_a_name(sentence, trigger):
    title = _cut(sentence, trigger)
    assert title is None or not any(n in title for n in ("Anna Berg", "Corbridge", "Okafor"))


def test_days_ago_is_dropped_without_the_noun_before_it():
    s = "Troops moved into the town four days ago to restore order , officials said ."
    title = _cut(s, "moved")
    assert title is not None and "into the town" in title and "ago" not in title
