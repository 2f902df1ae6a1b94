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


@pytest.mark.parametrize("sentence, trigger, date_text, expected", [
    ("Rescue teams reached the valley over the weekend , the army said .", "reached", "the weekend",
     "Rescue teams reach the valley, the army says"),
    ("The sit-in lasted through Tuesday night , organisers said .", "lasted", "Tuesday",
     "The sit-in lasts, organisers say"),
    ("The ferry left the harbour on the morning of March 3 , the coastguard said .", "left", "March 3",
     "The ferry leaves the harbour, the coastguard says"),
])
def test_the_date_is_dropped_with_its_preposition(sentence, trigger, date_text, expected):
    title = headline.cut(sentence, trigger, sentence.index(trigger), date_text, "other")
    assert title == expected


def test_a_noun_trigger_that_is_its_clause_subject_gives_the_clause():
    s = "Trade has slowed since the strikes reached the ports , officials said ."
    title = headline.cut(s, "strikes", s.index("strikes"), "", "other")
    assert title is not None and title.startswith("The strikes reach the ports")


def test_a_date_in_a_possessive_keeps_the_preposition_before_it():
    s = "The alliance has done little since this year 's strikes reached the ports ."
    title = headline.cut(s, "strikes", s.index("strikes"), "since this year", "other")
    assert title == "The strikes reach the ports"


def test_a_one_word_speaker_that_is_a_singular_noun_is_a_name():
    s = "Ham said the air operations began on Saturday with strikes on the coast ."
    assert headline.cut(s, "began", s.index("began"), "Saturday", "conflict").endswith(", Ham says")
    s = "Activists said the air operations began on Saturday with strikes on the coast ."
    assert headline.cut(s, "began", s.index("began"), "Saturday", "conflict").endswith(", activists say")


def test_adjectives_joined_by_and_stay_adjectives():
    s = "The storm left four sailors missing and presumed drowned off the cape on Sunday ."
    title = headline.cut(s, "left", s.index("left"), "Sunday", "other")
    assert title is not None and "missing and presumed drowned" in title
    s = "The army shelled the town and killed six people on Sunday ."
    title = headline.cut(s, "shelled", s.index("shelled"), "Sunday", "attack")
    assert title == "The army shells the town and kills six people"


def test_a_cut_for_length_does_not_leave_a_verb_after_and_without_its_object():
    s = ("The regional governor said he will give up nearly twelve years as head of the northern "
         "province in October and hand over power to an elected council .")
    title = headline.cut(s, "said", s.index("said"), "", "statement")
    assert title is not None and not title.endswith(("and hand", "and hand over"))


def test_a_passive_future_names_its_own_trigger_and_a_modal_after_and_stays():
    s = "State radio said a blogger held for nine days will be released on Monday ."
    title = headline.cut(s, "released", s.index("released"), "Monday", "other")
    assert title is not None and "to be released" in title
    assert not headline.in_passing(title, "released")
    s = "The former minister is due to be sentenced on Tuesday and could receive a ten-year term ."
    title = headline.cut(s, "sentenced", s.index("sentenced"), "Tuesday", "other")
    assert title is not None and "and could receive" in title


def test_background_after_since_is_not_credited_to_the_speaker_of_the_sentence():
    s = "More than 400 people have been treated since the fire broke out at the depot , the ministry said ."
    title = headline.cut(s, "broke", s.index("broke"), "", "other")
    assert title == "The fire breaks out at the depot"
    s = "Two guards were hurt when a car bomb exploded at the gate , police said ."
    title = headline.cut(s, "exploded", s.index("exploded"), "", "attack")
    assert title is not None and title.endswith("police say")


def test_a_cut_for_length_prefers_not_to_strand_a_verb_of_intent_before_its_to():
    s = ("In June , Acme Mining chief executive Laura Brandt called on the government to lift the export ban "
         "on copper in an attempt to win back buyers when prices had seemed to be recovering .")
    title = headline.cut(s, "called", s.index("called"), "June", "statement")
    assert title == "Laura Brandt calls on the government to lift the export ban on copper"


def test_a_long_told_clause_gives_way_to_says_with_what_was_said():
    s = ("The harbour master told a packed news conference in the old customs house on Friday that the "
         "port would reopen to cargo ships within a week .")
    title = headline.cut(s, "told", s.index("told"), "Friday", "statement")
    assert title is not None and title.startswith("The harbour master says the port would reopen")


def test_a_title_naming_only_who_was_told_is_no_headline():
    assert headline.ill_formed("The harbour master tells a news conference")
    assert headline.ill_formed("Anna Berg tells Reuters")
    assert not headline.ill_formed("Anna Berg tells Reuters the port will reopen")


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("The minister resigned on Monday , according to a letter made public on Tuesday .", "made",
     "A letter made public"),
    ("Signed in March , the treaty opens the border to trade .", "Signed", "The treaty signed"),
    ("Rescuers pointed to a survey released last week by the coastguard .", "released", "A survey released"),
])
def test_a_participle_after_its_noun_gives_a_passive_headline(sentence, trigger, expected):
    assert headline.participle_title(sentence, trigger, sentence.index(trigger)) == expected


@pytest.mark.parametrize("sentence, trigger", [
    ("The ministry disclosed on Friday that two ferries had sunk .", "disclosed"),  # a subject and its verb
    ("The conflict in the north intensified in March .", "intensified"),  # the end of a larger subject
    ("The army warned villagers to leave .", "warned"),  # a verb with its object
])
def test_a_finite_past_verb_is_no_participle_title(sentence, trigger):
    assert headline.participle_title(sentence, trigger, sentence.index(trigger)) is None


def test_a_title_that_ends_before_its_to_is_cut_mid_phrase():
    assert headline.ill_formed("Port police say they did not intend") == "cut mid-phrase"
    assert headline.ill_formed("The union writes to the minister in an attempt") == "cut mid-phrase"
    assert not headline.ill_formed("Port police say they did not intend to reopen the case")


@pytest.mark.parametrize("sentence, trigger, kind, expected", [
    ("Farmers who had blocked the motorway for a week said on Monday they would lift the blockade .", "said",
     "statement", "Farmers say they would lift the blockade"),
    ("A reporter who was covering the march was detained on Friday near the station .", "detained", "other",
     "A reporter detained near the station"),
])
def test_a_relative_clause_before_the_verb_gives_way_to_the_noun_it_hangs_on(sentence, trigger, kind, expected):
    day = "Monday" if "Monday" in sentence else "Friday"
    assert headline.cut(sentence, trigger, sentence.index(trigger), day, kind) == expected


def test_a_relative_clause_does_not_give_its_verb_to_a_page_label():
    s = ("Harbour Radio/ On Monday, the regional ferry union (RFU), which represents most crews, "
         "rejected the operator's offer to extend the season.")
    title = headline.cut(s, "rejected", s.index("rejected"), "On Monday", "statement")
    assert title is None or not title.startswith("Harbour Radio")
