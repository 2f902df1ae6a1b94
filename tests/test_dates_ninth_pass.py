"""Date errors of the ninth audit pass (bench/README.md, "ninth pass").

A date inside a "since" phrase that names another happening is that happening's, not the one
before "since"; a chronology written as "DATE - what happened DATE - what happened" gives each
date to the item after its dash, not to the item before it. The sentences are made up for the
tests.
"""
import datetime as dt

from timeline_api.pipeline.model import Document
from timeline_api.pipeline.run import extract

D = dt.date


def dated(text: str, published: dt.date) -> dict[str, tuple]:
    """Each mention's trigger -> (start, end) of its date, None when undated."""
    mentions = extract(Document(text=text, published=published, title="t")).mentions
    return {m.trigger: (m.date.start, m.date.end) if m.date and m.date.start else None for m in mentions}


def _dates(text: str, published: dt.date) -> set:
    return {v for v in dated(text, published).values() if v}


def test_a_toll_since_another_happening_does_not_take_that_happenings_day():
    text = "Nearly 300 villagers have been killed since the start of the peace mission on 3 March ."
    assert (D(2013, 3, 3), D(2013, 3, 3)) not in _dates(text, D(2013, 4, 2))


def test_a_speech_is_not_dated_by_the_taking_of_office_it_follows():
    text = "The minister gave her first speech to parliament since taking office in March ."
    assert dated(text, D(2013, 11, 8)).get("speech") is None


def test_words_that_only_bound_a_time_after_since_name_no_other_happening():
    # "since dawn on Monday": no other happening is named, the date stays the raids'
    found = dated("Police detained 40 people in raids since dawn on Monday .", D(2013, 6, 17))
    assert found.get("raids") == (D(2013, 6, 17), D(2013, 6, 17))


def test_the_same_happening_named_again_after_since_keeps_its_date():
    text = "The oil spill has cut the company 's profits by a third since the spill began in late May ."
    assert dated(text, D(2013, 6, 17)).get("oil spill") == (D(2013, 5, 21), D(2013, 5, 31))
    text = "The army has answered the protests with tanks since they erupted in March ."
    assert dated(text, D(2013, 6, 17)).get("protests") == (D(2013, 3, 1), D(2013, 3, 31))


def test_each_chronology_date_dates_the_item_after_its_dash():
    text = ("Recent attacks 2 Jan 2013 - 31 people killed by a truck bomb in Kirkuk 9 Feb 2013 - "
            "12 people die in explosions near the central bank in Mosul 21 Mar - Gunmen storm a prison "
            "in Basra killing nine That is why officials are worried .")
    found = dated(text, D(2013, 4, 10))
    assert found.get("explosions") in (None, (D(2013, 2, 9), D(2013, 2, 9)))
    assert (D(2013, 2, 9), D(2013, 2, 9)) in found.values()
    assert (D(2013, 3, 21), D(2013, 3, 21)) in found.values()
    # the item of 9 February does not take 21 March, nor the item of 2 January 9 February
    assert found.get("explosions") != (D(2013, 3, 21), D(2013, 3, 21))
    assert found.get("killed") != (D(2013, 2, 9), D(2013, 2, 9))


def test_a_range_or_a_dated_phrase_before_a_dash_is_no_chronology_item():
    # "on Tuesday - 24 soldiers ...": an appositive after a dated phrase
    text = "Some 58 people died in fighting across the country on 4 June - 24 soldiers and 34 civilians ."
    assert dated(text, D(2013, 6, 5)).get("died") == (D(2013, 6, 4), D(2013, 6, 4))


def test_a_date_ahead_of_publication_is_no_since_date():
    # a "since" happening is past: the weekend ahead is the vote's own date
    text = "The first free vote since the revolution is to take place in the republic this weekend ."
    assert dated(text, D(2013, 1, 15)).get("vote") == (D(2013, 1, 19), D(2013, 1, 20))


def test_an_item_that_opens_the_sentence_keeps_its_date():
    text = "March 3 - Rebel fighters seize the northern airport after a week of heavy shelling ."
    assert (D(2013, 3, 3), D(2013, 3, 3)) in _dates(text, D(2013, 4, 10))
