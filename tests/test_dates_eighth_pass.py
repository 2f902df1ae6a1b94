"""Date errors of the eighth audit pass (bench/README.md, "eighth pass").

A date that opens the second conjunct of a sentence ("... and on Monday the king urged ...")
belongs to that conjunct's happening, never to the one before "and". The sentences are made up
for the tests.
"""
import datetime as dt

from timeline_api.pipeline.model import Document
from timeline_api.pipeline.run import extract

D = dt.date


def dated(text: str, published: dt.date) -> dict[str, tuple]:
    """Each mention's trigger -> (start, end) of its date, None when undated."""
    mentions = extract(Document(text=text, published=published, title="t")).mentions
    return {m.trigger: (m.date.start, m.date.end) if m.date and m.date.start else None for m in mentions}


def test_background_before_and_does_not_take_the_next_conjuncts_weekday():
    text = "European governments have tightened the embargo on Iran and on Monday the Saudi king became " \
           "the first Gulf ruler to call for talks ."
    found = dated(text, D(2012, 5, 9))
    assert found.get("tightened") is None


def test_the_weekday_goes_to_the_verb_of_its_own_conjunct():
    text = "The army shelled the town and on Monday troops stormed it ."
    found = dated(text, D(2012, 5, 12))
    assert found.get("stormed") == (D(2012, 5, 7), D(2012, 5, 7))
    assert found.get("shelled") is None


def test_a_date_set_off_by_a_comma_after_and_dates_the_clause_after_it():
    text = "The regime orchestrated the beatings and on Friday , the UN rights office condemned the killings ."
    found = dated(text, D(2012, 5, 12))
    assert found.get("condemned") == (D(2012, 5, 11), D(2012, 5, 11))
    assert found.get("orchestrated") is None


def test_no_verb_before_and_is_dated_by_the_deadline_of_the_next_clause():
    text = "The ferry hit a storm and by Tuesday , the crew ran out of fuel ."
    assert (D(2012, 5, 15), D(2012, 5, 15)) not in dated(text, D(2012, 5, 12)).values()


def test_a_year_before_a_future_conjunct_does_not_date_the_finished_work():
    text = "The company has finished its audit and this year will be launching a new plan ."
    assert dated(text, D(2012, 5, 12)).get("finished") is None


def test_coordinated_dates_stay_with_their_one_happening():
    # two dates of one happening: "on Sunday and Monday", "on Sunday and on Monday"
    found = dated("Protesters marched on Sunday and Monday in the capital .", D(2012, 5, 12))
    assert found.get("marched") == (D(2012, 5, 6), D(2012, 5, 7))
    found = dated("The army shelled the town on Sunday and on Monday stormed it .", D(2012, 5, 12))
    assert found.get("shelled") == (D(2012, 5, 6), D(2012, 5, 6))


def test_a_date_after_and_that_only_ends_a_phrase_keeps_the_verb_before_it():
    # "and in March" with no subject or verb after it is the same happening's date
    found = dated("Rebels seized the airport in the north and in March .", D(2012, 5, 12))
    assert found.get("seized") == (D(2012, 3, 1), D(2012, 3, 31))
