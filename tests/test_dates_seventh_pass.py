"""Date errors of the seventh audit pass, each as a class (bench/README.md, "seventh pass").

Comparison dates ("the first time since 1985"), a date given across a time clause, weekdays of
occasions a day or two ahead, "that year" after a yearless day, four-digit clock times read as
years, and the new date of a postponement. The sentences are made up for the tests.
"""
import datetime as dt

from timeline_api.pipeline.model import Document
from timeline_api.pipeline.run import extract
from timeline_api.pipeline.temporal import find_dates

D = dt.date


def dated(text: str, published: dt.date) -> dict[str, tuple]:
    """Each mention's trigger -> (start, end) of its date, None when undated."""
    mentions = extract(Document(text=text, published=published, title="t")).mentions
    return {m.trigger: (m.date.start, m.date.end) if m.date and m.date.start else None for m in mentions}


def value_of(text: str, words: str, published: dt.date):
    found = [t for t in find_dates(text, published) if t.text == words]
    assert found, [t.text for t in find_dates(text, published)]
    return found[0].date and (found[0].date.start, found[0].date.end)


# -- a "since" date that is only the term of a comparison ------------------------------------

def test_the_first_deployment_since_a_year_is_not_dated_that_year():
    text = "Troops took up positions in the capital , the first time the army has been deployed against " \
           "crowds since 1977 ."
    assert all(date is None or date[0].year != 1977 for date in dated(text, D(2012, 3, 10)).values())


def test_a_superlative_since_a_month_does_not_date_the_bombing_day():
    text = "Air strikes resumed on Wednesday night after a lull that followed the heaviest day of bombings " \
           "since March ."
    assert all(date is None or date[0].month != 3 for date in dated(text, D(2011, 6, 9)).values())


def test_a_date_naming_the_noun_after_since_stays_that_nouns():
    text = "Engineers halted the flow of gas on Thursday for the first time since the March 3 explosion " \
           "at the plant ."
    found = dated(text, D(2012, 7, 16))
    assert found.get("explosion") == (D(2012, 3, 3), D(2012, 3, 3))
    assert all(date is None or date[0].month == 7 for key, date in found.items() if key != "explosion")


# -- an opening date and a happening told in a time clause -------------------------------------

def test_an_opening_date_is_not_given_to_a_happening_after_after():
    text = "On Tuesday the jury heard from the gardener , who recalled the panic in the minutes after the " \
           "singer was found collapsed in the pool house ."
    assert (D(2011, 10, 4), D(2011, 10, 4)) not in dated(text, D(2011, 10, 5)).values()


def test_a_clause_opened_by_a_day_after_does_not_take_the_main_clauses_date():
    text = "A day after the king abdicated , shopkeepers and clerks prepared themselves for Monday , the first " \
           "day of trading ."
    found = dated(text, D(2013, 7, 6))
    assert found.get("abdicated") != (D(2013, 7, 8), D(2013, 7, 8))


# -- weekdays of occasions held a day or two ahead --------------------------------------------

def test_an_occasion_the_day_after_the_paper_is_tomorrow():
    text = "Stewards are making final checks for Saturday 's open-air concert in the park ."
    assert dated(text, D(2011, 10, 7)).get("concert") == (D(2011, 10, 8), D(2011, 10, 8))


def test_a_quake_named_by_its_weekday_days_later_is_last_weeks():
    text = "Survivors of Tuesday 's earthquake are still waiting for clean water ."
    assert dated(text, D(2010, 1, 16)).get("earthquake") == (D(2010, 1, 12), D(2010, 1, 12))


def test_a_day_something_was_set_for_lies_ahead_whatever_the_tense():
    assert value_of("Two committee hearings were set for Thursday , aides said .", "Thursday",
                    D(2010, 5, 11)) == (D(2010, 5, 13), D(2010, 5, 13))


def test_blame_for_a_bombing_keeps_the_bombing_in_the_past():
    assert value_of("A militant group claimed responsibility for Tuesday 's bombing of the base .", "Tuesday",
                    D(2011, 4, 30)) == (D(2011, 4, 26), D(2011, 4, 26))


def test_a_weekday_that_opens_a_name_is_not_read_ahead():
    assert value_of("He was joined by guests for The Monday Night Club .", "Monday Night",
                    D(2009, 10, 23)) == (D(2009, 10, 19), D(2009, 10, 19))


def test_ahead_of_a_weekday_looks_ahead_after_a_perfect():
    assert value_of("Thousands of seats have now been sold ahead of Sunday 's final .", "Sunday",
                    D(2012, 5, 18)) == (D(2012, 5, 20), D(2012, 5, 20))


# -- "that year" after a yearless day -------------------------------------------------------

def test_a_yearless_day_before_that_year_takes_the_year_last_named():
    text = "The company was founded in 1998 . It opened its first shop on 3 March that year ."
    assert value_of(text, "3 March", D(2010, 6, 1)) == (D(1998, 3, 3), D(1998, 3, 3))
    assert value_of(text, "that year", D(2010, 6, 1)) == (D(1998, 1, 1), D(1998, 12, 31))


def test_a_list_of_yearless_days_before_that_year():
    text = "The plan was drafted in 2005 . The minister was briefed on 2 May and 9 June that year ."
    assert value_of(text, "2 May", D(2010, 6, 1)) == (D(2005, 5, 2), D(2005, 5, 2))
    assert value_of(text, "9 June", D(2010, 6, 1)) == (D(2005, 6, 9), D(2005, 6, 9))


# -- four-digit clock times read as years ----------------------------------------------------

def test_a_clock_time_with_its_gmt_twin_is_no_year():
    text = "The ferry capsized at 1845 -LRB- 2345 GMT -RRB- on Monday , officials said ."
    assert value_of(text, "1845", D(2012, 1, 17)) is None
    assert value_of(text, "Monday", D(2012, 1, 17)) == (D(2012, 1, 16), D(2012, 1, 16))


def test_a_live_page_timed_by_four_digit_clocks_has_no_years_in_its_heads():
    text = "Live coverage of the summit .\n1745 : A spokesman says talks continue .\n" \
           "1810 : The minister arrives at the venue .\n2032 : Talks end without a deal ."
    for head in ("1745", "1810", "2032"):
        assert value_of(text, head, D(2011, 11, 7)) is None


def test_a_chronology_of_years_keeps_its_years():
    text = "Past pandemics :\n1918 : Spanish flu kills millions .\n1957 : Asian flu spreads .\n" \
           "1968 : Hong Kong flu ."
    assert value_of(text, "1957", D(2009, 4, 27)) == (D(1957, 1, 1), D(1957, 12, 31))


# -- the new date of a postponement -----------------------------------------------------------

def test_a_postponements_new_date_dates_no_other_happening():
    text = "The bombing led the council to postpone until Friday a vote on new sanctions ."
    found = dated(text, D(2012, 7, 18))
    assert found.get("bombing") != (D(2012, 7, 20), D(2012, 7, 20))


def test_an_adjournment_is_not_dated_by_the_day_it_adjourns_to():
    text = "Judge Hassan ordered that the trial of the former minister be adjourned until 3 August ."
    found = dated(text, D(2011, 7, 25))
    assert (D(2011, 8, 3), D(2011, 8, 3)) not in [found.get(k) for k in found if k != "trial"]


def test_the_thing_moved_keeps_its_new_date():
    text = "The vote was moved to Thursday after the bombing in the capital on Wednesday ."
    found = dated(text, D(2012, 7, 18))
    assert found.get("vote") == (D(2012, 7, 19), D(2012, 7, 19))
    assert found.get("bombing") == (D(2012, 7, 18), D(2012, 7, 18))
