"""Date errors found when the tagger read a topic's whole coverage (issue 12).

Each class has several phrasings of our own; none is a corpus sentence.
Rows: text, publication date, the expression's span, its TimeML value.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.pipeline.temporal import find_dates

#: What "since" opens, or the noun of a happening nobody schedules, has
#: happened: a yearless date in that phrase is not moved ahead by a future
#: verb elsewhere in the sentence.
HAPPENED = [
    ("Engineers hope the cap will hold, the first success since the blast on the platform on 12 May.",
     "2016-07-02", "12 May", "2016-05-12"),
    ("It will be the longest pause since the quake off the coast on March 3.", "2014-06-20", "March 3", "2014-03-03"),
    ("The line will reopen, closed after the derailment near the border on Sept. 9.", "2019-11-30", "Sept. 9",
     "2019-09-09"),
    ("Investigators will examine every report received since February 15, the prosecutor said.",
     "2011-03-03", "February 15", "2011-02-15"),
    ("The bank has moved quickly since December to rebuild its capital.", "2008-10-15", "December", "2007-12"),
    ("Prices have doubled since June.", "2012-06-20", "June", "2012-06"),
    ("Divers will search the wreck of the ferry, the worst accident since the sinking off the cape in October.",
     "2013-09-14", "October", "2012-10"),
    ("Flights will resume following the crash at the airport on 2 June.", "2015-05-20", "2 June", "2014-06-02"),
    ("The monument will honour victims of the August 4 explosion.", "2021-06-01", "August 4", "2020-08-04"),
    # a chronology's entry told in the past has happened; one in the present may be a schedule's
    ("Timeline:\nJuly 3: Two guards were wounded in a raid on the depot.\n", "2007-05-20", "July 3", "2006-07-03"),
    ("Losses so far:\n12 June - Sergeant Alan Cole, 29, drowned off the coast.\n", "2009-04-02", "12 June",
     "2008-06-12"),
    ("Steps:\n16 June: Engineers open a second line using pipes installed in May.\n", "2010-06-10", "16 June",
     "2010-06-16"),
    ("Schedule:\nJune 14: Opening match in the capital.\n", "2014-05-20", "June 14", "2014-06-14"),
    ("Photos:\nJuly 6: Boats lined up to stop the slick are seen from the air.\n", "2010-06-20", "July 6",
     "2010-07-06"),
    ("Keep in mind between now and Nov. 4: the senator was a sponsor of the bill.", "2008-09-19", "Nov. 4",
     "2008-11-04"),
    # "since" governs its own phrase only
    ("Prices are the highest since 2008, and futures for April rose.", "2011-03-04", "April", "2011-04"),
    ("He has not been home since then and will return on Tuesday.", "2010-06-10", "Tuesday", "2010-06-15"),
    # not a happening's noun: the verb governs
    ("The rebels will attack on Friday.", "2024-03-12", "Friday", "2024-03-15"),
    ("Ministers will visit the site on 20 April.", "2010-03-13", "20 April", "2010-04-20"),
    ("Since they will meet again on Monday, no statement is expected.", "2024-03-13", "Monday", "2024-03-18"),
    # a noun after the happening takes the date: "explosion victims on 20 April" is a ceremony's
    ("A memorial for the explosion victims will be held on June 30.", "2010-06-01", "June 30", "2010-06-30"),
    # the happening as a verb's object: the verb's tense
    ("Engineers hope relief wells will halt the spill in August.", "2010-07-01", "August", "2010-08"),
    ("The chief executive will be questioned about the disaster on Thursday.", "2010-06-14", "Thursday",
     "2010-06-17"),
]

#: "last <month>" for the month just before the anchor's is the year before
#: (the month just past is "last month"); two or more months back stay in the year.
LAST_MONTH_NAME = [
    ("At least 9,000 people have died in the conflict since last March.", "2012-04-02", "last March", "2011-03"),
    ("Exports have fallen every month since last October.", "2015-11-20", "last October", "2014-10"),
    ("Thousands have crossed the sea since last February.", "2011-05-14", "last February", "2011-02"),
    ("The plant closed last August.", "2013-12-01", "last August", "2013-08"),
]

#: "the previous/following <month>" counts from the date last mentioned.
MONTH_ANAPHORS = [
    ("The memo was written in March 2003. The council had voted the previous November.",
     "2005-04-27", "the previous November", "2002-11"),
    ("The treaty was signed in June 1998, and ratified the following March.",
     "2004-01-10", "the following March", "1999-03"),
    ("Talks began in June 2007; the previous April, the envoy had resigned.", "2012-05-05", "the previous April", "2007-04"),
    # with nothing mentioned before, from the anchor
    ("The envoy resigned the previous April.", "2012-05-05", "the previous April", "2011-04"),
]

#: "the year" in apposition to a date is that date's year; elsewhere the anchor's.
THE_YEAR = [
    ("Prices have risen since 2010, the year the mine opened.", "2013-02-02", "the year", "2010"),
    ("Output fell in 2010 and rose earlier in the year.", "2011-05-05", "the year", "2011"),
    ("In 1987, the year the market crashed, she left the bank.", "2009-10-10", "the year", "1987"),
    ("He joined the paper in 1974, the year the war ended.", "2005-08-08", "the year", "1974"),
    ("Profits rose in the year, the company said.", "2009-10-10", "the year", "2009"),
    # a date in another sentence is no reference
    ("She left in 1987. Sales will rise in the year, the firm said.", "2009-10-10", "the year", "2009"),
]


@pytest.mark.parametrize("text,published,span,value", HAPPENED + LAST_MONTH_NAME + MONTH_ANAPHORS + THE_YEAR)
def test_temporal_scale_values(text, published, span, value):
    found = {t.text: t for t in find_dates(text, published)}
    assert span in found, f"{span!r} not in {list(found)}"
    assert found[span].value == value
    assert found[span].date is not None


#: Dates inside names, virus names and page furniture date no event.
NAMES_AND_FURNITURE = [
    # (text, published, span or None when it must not be tagged at all)
    ("Leaders of the February 17 Revolution coalition met on Tuesday.", "2012-03-01", "February 17"),
    ("A rally called by the 6th of April movement drew thousands.", "2011-04-20", "the 6th of April"),
    ("Members of the March 14 Youth group marched to the square.", "2012-03-01", "March 14"),
    ("Riot police closed the 6th of October bridge.", "2011-02-01", "the 6th of October"),
    ("The shelling hit near the headquarters of the October 9 Brigade.", "2012-10-20", "October 9"),
    ("Page last updated at 09:14 GMT, Friday, 4 June 2010 10:14 UK\nThe spill grew.", "2010-06-04",
     "Friday, 4 June 2010"),
    ("Posted by: a reader | March 3, 2011 7:42 PM | Report abuse\nI disagree.", "2011-03-04", "March 3, 2011"),
    ("Posted by: a reader | March 3, 2011 7:42 PM | Report abuse\nI disagree.", "2011-03-04", "7:42 PM"),
    ("The prices rose sharply (Updated 9:30 p.m. in Cairo) as markets reopened.", "2011-02-02", "9:30 p.m."),
    ("updated: Tue Mar 15 2011 08:01:00 Rebels retreated from the port.", "2011-03-15", "08:01"),
]


@pytest.mark.parametrize("text,published,span", NAMES_AND_FURNITURE)
def test_temporal_scale_dates_nothing(text, published, span):
    found = {t.text: t for t in find_dates(text, published)}
    assert span in found, f"{span!r} not in {list(found)}"
    assert found[span].date is None


@pytest.mark.parametrize("text,published,year", [
    ("The first case of the 2009 A(H1N1) strain was confirmed on Monday.", "2009-06-01", "2009"),
    ("The WHO calls it pandemic (H1N1) 2009 in its updates.", "2009-07-01", "2009"),
    ("Vaccines against H1N1 (2009) arrived in October.", "2009-11-01", "2009"),
    ("Its genes resemble the 1918 H1N1 strain.", "2009-05-01", "1918"),
])
def test_temporal_scale_virus_names(text, published, year):
    assert year not in [t.text for t in find_dates(text, published)]


@pytest.mark.parametrize("text,published,span", [
    # the same words that are no furniture: a happening's date
    ("The report was published on Tuesday.", "2024-03-14", "Tuesday"),
    ("The company updated its forecast on May 2.", "2024-05-10", "May 2"),
    ("A May 26 party raised money for the hospital.", "2011-06-01", "May 26"),
    ("Crowds gathered for the January 25 uprising.", "2011-02-01", "January 25"),
    ("He was named Person of the Year in 2004.", "2009-01-01", "2004"),
])
def test_temporal_scale_still_dates(text, published, span):
    found = {t.text: t for t in find_dates(text, published)}
    assert span in found and found[span].date is not None


def test_temporal_scale_title_year_is_no_date():
    assert not any("Year" in t.text for t in find_dates("He was named Person of the Year in 2004.", "2009-01-01"))


def test_temporal_scale_names_are_no_reference():
    """A name's date is no reference for the anaphors after it."""
    text = "The January 25 Revolution coalition met. The next day the army spoke."
    found = {t.text: t for t in find_dates(text, "2012-02-10")}
    assert found["The next day"].value == "2012-02-11"


@pytest.mark.parametrize("text,published,span,value", [
    # a full date keeps its year, however its comma is spaced (tokenized text)
    ("The singer died on 25 June , 2009 at his home.", "2011-09-23", "25 June , 2009", "2009-06-25"),
    ("On Monday , 18 January , 2010 , the port reopened.", "2010-01-20", "Monday , 18 January , 2010", "2010-01-18"),
    ("The bomb was tested on 18 April , 1953 in the desert.", "2010-07-02", "18 April , 1953", "1953-04-18"),
    ("Rice was changed by the events of September , 2001.", "2005-01-16", "September , 2001", "2001-09"),
])
def test_temporal_scale_full_date_keeps_its_year(text, published, span, value):
    found = {t.text: t for t in find_dates(text, published)}
    assert span in found, f"{span!r} not in {list(found)}"
    assert found[span].value == value


def test_temporal_a_century_is_dated_to_its_own_precision():
    from timeline_api.pipeline.temporal import find_dates

    [timex] = [t for t in find_dates("The chapel dates from the 7th century .", dt.date(2010, 5, 1))
               if "century" in t.text]
    assert (timex.date.start, timex.date.end, timex.date.precision) == (
        dt.date(600, 1, 1), dt.date(699, 12, 31), "century")
