"""Titles, sixth pass: long reported clauses cut where what was said keeps its verb, counts as
subjects ("at least 12 miners", "thousands"), cuts that would break a phrase, and the happening a
statement reports when the statement's own frame gives no headline. Sentences written for these
tests."""
from __future__ import annotations

from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import headline
from timeline_api.pipeline.describe import describe
from timeline_api.pipeline.events import grammar

import datetime as dt


def _at(sentence: str, word: str) -> int:
    return sentence.index(word)


def test_a_long_reported_clause_is_cut_after_what_was_said():
    s = ("The interior minister said Monday he will soon lift a two-year state of emergency in the "
         "three northern provinces of the country .")
    title = headline.cut(s, "said", _at(s, "said"), "Monday", "statement")
    assert title is not None
    assert "says he will soon lift a two-year state of emergency" in title
    assert "provinces of the country" not in title  # cut for length, at a phrase boundary


def test_a_long_reported_clause_that_would_lose_its_verb_gives_no_cut():
    s = ("The police chief said Tuesday whoever was behind the arson attack on the old harbour "
         "warehouse in the eastern district of the port city would be found and punished .")
    assert headline.cut(s, "said", _at(s, "said"), "Tuesday", "statement") is None


def test_at_least_a_number_is_a_subject():
    s = "On Friday , at least 12 miners died in a flooded shaft near the border , rescuers said ."
    title = headline.cut(s, "died", _at(s, "died"), "Friday", "other")
    assert title is not None and title.startswith("At least 12 miners die")


def test_a_cut_for_length_does_not_split_a_noun_from_its_of():
    s = ("The governor said Sunday she would extend the state of emergency declared after the floods "
         "in the valley by another month .")
    title = headline.cut(s, "said", _at(s, "said"), "Sunday", "statement")
    assert title is None or not title.endswith(("the state", "a state"))


def test_a_cut_for_length_does_not_leave_a_verb_without_its_particle():
    words = "Officials say the regional council will hand".split()
    assert headline._splits_phrase(words, "over control of the port to the army".split())
    assert not headline._splits_phrase("Storm floods the coastal road".split(), "in the north".split())
    # a count keeps its noun: "441,000 gallons | of oil" may be cut, "a state | of emergency" not
    assert not headline._splits_phrase("The cap traps about 4,000 gallons".split(), "of oil".split())
    assert headline._splits_phrase("He will end a long state".split(), "of emergency".split())



def test_counts_take_a_plural_verb():
    assert grammar.plural_subject("Thousands")
    assert grammar.plural_subject("hundreds")
    title = headline.cut("Thousands signed up for the clean-up crews last week , the county said .",
                         "signed", 10, "last week", "other")
    assert title is not None and title.startswith("Thousands sign ")


def test_the_happening_a_statement_reports_is_found_before_its_frame():
    s = "Rebel gunners shelled the airport overnight , destroying two hangars , a military spokesman said ."
    verb = headline.reported_happening(s, "said", _at(s, "said"))
    assert verb == ("shelled", _at(s, "shelled"))
    # the frame first: no content before it to name
    s2 = "A military spokesman said rebel gunners shelled the airport overnight ."
    assert headline.reported_happening(s2, "said", _at(s2, "said")) is None
    # a participle of a longer subject is not the content's verb
    s3 = ("Sandbags stacked along the river bank did not stop the water , the mayor said .")
    assert headline.reported_happening(s3, "said", _at(s3, "said")) is None
    # a clause joined by "and" before the speaker is another happening
    s4 = "The dam held overnight , and the mayor said the town was safe ."
    assert headline.reported_happening(s4, "said", _at(s4, "said")) is None


def test_describe_names_a_statement_by_what_it_reports_when_its_frame_is_empty():
    # "he said": a frame with no one to name ("He says ..." is no headline)
    s = "Rebel gunners shelled the airport overnight , destroying two hangars , he said on Sunday ."
    day = DateInterval(dt.date(2021, 5, 2), dt.date(2021, 5, 2), "day", "exact", "Sunday")
    cite = Cited("a", "2021-05-03", 0, "said", "statement", "Spokesman says", "", s, day,
                 trigger_at=_at(s, "said"))
    view = describe([cite])
    assert view.title is not None and view.title.startswith("Rebel gunners shell the airport")


def test_a_long_statement_gives_up_the_speakers_office_before_what_was_said():
    s = ("Northern Province Transport Minister Ilse Varga said on Monday the ferry company has agreed "
         "to resume the night crossings to the islands .")
    title = headline.cut(s, "said", _at(s, "said"), "Monday", "statement")
    assert title is not None
    assert title.startswith("Ilse Varga says the ferry company")
    assert title.endswith("to resume the night crossings to the islands") and len(title) <= headline.LIMIT


def test_a_speaker_cut_down_to_one_person_takes_says():
    s = ("Health and Safety Commissioner Ilse Varga said on Monday the ferry company has agreed to "
         "resume the night crossings to the two islands .")
    title = headline.cut(s, "said", _at(s, "said"), "Monday", "statement")
    assert title is not None and title.startswith("Ilse Varga says ")


def test_two_words_make_a_headline_only_with_a_common_noun_and_a_verb_that_stands_alone():
    assert headline.subject_verb("Strikes begin")
    assert headline.subject_verb("Talks collapse")
    assert headline.subject_verb("Unrest spreads")
    assert not headline.subject_verb("Officials say")      # nothing said
    assert not headline.subject_verb("Rebels seize")       # seized what?
    assert not headline.subject_verb("Valencia closes")    # a name alone: too often the wrong subject
    assert not headline.subject_verb("Tuesday begins")
    assert headline.ill_formed("Strikes begin")            # still no headline when a longer one reads


def test_describe_takes_a_two_word_headline_only_where_nothing_longer_reads():
    # the happening is told inside someone's quoted words, where no clause is cut
    s = '" We have stayed home since the strikes began , " a docker said .'
    day = DateInterval(dt.date(2021, 3, 1), dt.date(2021, 3, 1), "day", "exact", "")
    cite = Cited("a", "2021-03-09", 0, "began", "other", "Strikes that begin", "", s, day,
                 trigger_at=_at(s, "began"))
    other = Cited("b", "2021-03-10", 0, "began", "other", "Strikes begin", "",
                  '" The docks have been empty since the strikes began , " he said .', day,
                  trigger_at=46)
    assert describe([cite, other]).title == "Strikes begin"


def test_a_clause_that_reads_wins_over_a_two_word_headline():
    s = "Dock workers have stayed home since the strikes began , the port authority said ."
    day = DateInterval(dt.date(2021, 3, 1), dt.date(2021, 3, 1), "day", "exact", "")
    cite = Cited("a", "2021-03-09", 0, "began", "other", "Strikes that begin", "", s, day,
                 trigger_at=_at(s, "began"))
    assert describe([cite]).title == "The strikes begin"  # background: not the authority's claim



def test_an_actor_named_after_their_office_gives_way_too_when_the_clause_is_long():
    s = ("Regional Transport Commissioner Ilse Varga urged lawmakers on Monday to approve the emergency "
         "funding for the two ferry lines before the winter storms arrive .")
    title = headline.cut(s, "urged", _at(s, "urged"), "Monday", "statement")
    assert title is not None and title.startswith("Ilse Varga urges lawmakers to approve the emergency funding")
