"""Dates on pages written over several days, weekday lists and vague counts of years (issue 12).

The audit by reading found weekdays of live blogs and topic pages resolved against
the page's publication date, weekday lists resolved out of order and "more than two
decades ago" given one year. Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.pipeline.temporal import find_dates


def values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_dates(text, published)}


def values_after(text: str, published: str, marker: str) -> dict[str, str]:
    """Values of the expressions after ``marker`` (a text can name a weekday twice)."""
    at = text.index(marker)
    return {t.text: t.value for t in find_dates(text, published) if t.start >= at}


# -- a topic page: each story carries its own stamp ---------------------------------------------

TOPIC_PAGE = (
    "Latest stories on the region\n"
    "Dock workers end strike updated : Thu Mar 10 2011 09:15:00 Dock workers went back to work Wednesday "
    "after the port authority agreed to their terms .\n"
    "Court delays verdict updated : Mon Jun 20 2011 10:02:00 A court postponed its verdict yesterday "
    "and said it would rule on Friday .\n"
)


def test_temporal_pages_each_story_reads_its_weekdays_from_its_own_stamp():
    # published long after both stories; each story's words are its stamp's
    assert values_after(TOPIC_PAGE, "2011-12-01", "Dock workers went")["Wednesday"] == "2011-03-09"
    later = values_after(TOPIC_PAGE, "2011-12-01", "A court")
    assert later["yesterday"] == "2011-06-19"
    assert later["Friday"] == "2011-06-24"


def test_temporal_pages_text_before_the_first_stamp_keeps_the_publication_date():
    text = "The minister resigned on Tuesday .\n" + TOPIC_PAGE
    assert values(text, "2011-12-01")["Tuesday"] == "2011-11-29"


@pytest.mark.parametrize("clock,value", [
    # stamped in the evening (a US newsroom): the news may already be the next day's
    ("21:40:00", "2011-04-09"),
    # stamped in the morning: a Saturday before a Friday stamp is last week's
    ("08:40:00", "2011-04-02"),
])
def test_temporal_pages_a_late_stamp_may_carry_the_next_days_news(clock, value):
    text = f"Ferry sinks updated : Fri Apr 08 2011 {clock} Rescuers searched the bay on Saturday for survivors ."
    assert values(text, "2011-05-01")["Saturday"] == value


@pytest.mark.parametrize("footer", [
    "Page last updated at 16:20 GMT , Monday , 7 March 2011 16:20 UK",
    "Posted by : a reader | March 7 , 2011 4:20 PM | Report abuse",
])
def test_temporal_pages_a_footer_or_signature_stamps_nothing_after_it(footer):
    # what follows a footer or a comment's signature is not written at that time
    text = f"Talks opened in the capital .\n{footer}\nThe envoy left on Thursday ."
    assert values(text, "2011-04-20")["Thursday"] == "2011-04-14"


# -- live blogs: entries added after the page was first published -------------------------------

def live_blog(entries: list[str]) -> str:
    return "\n".join(entries) + "\n"


BLOG = live_blog([
    "-LRB- Update 9:05 p.m. local , 2:05 p.m. ET -RRB- The mayor told reporters Tuesday that the curfew stays .",
    "-LRB- Update 6:30 p.m. local , 11:30 a.m. ET -RRB- Crowds returned to the square on Monday .",
    "-LRB- Update 2:10 p.m. local , 7:10 a.m. ET -RRB- Marches began last week on Wednesday .",
])


def test_temporal_pages_live_blog_weekday_of_the_next_day():
    # published on a Monday, updated into Tuesday: "told reporters Tuesday" is that Tuesday,
    # not the Tuesday six days before
    found = values(BLOG, "2012-05-14")
    assert found["Tuesday"] == "2012-05-15"
    assert found["Monday"] == "2012-05-14"


def test_temporal_pages_two_stamps_are_no_live_blog():
    text = "\n".join(BLOG.splitlines()[:2])
    assert values(text, "2012-05-14")["Tuesday"] == "2012-05-08"


def test_temporal_pages_an_ordinary_article_keeps_the_week_before():
    assert values("The mayor told reporters Tuesday that the curfew stays .", "2012-05-14")["Tuesday"] == "2012-05-08"


def test_temporal_pages_a_weekday_in_a_stamp_sets_the_entries_day():
    # a blog published on a Tuesday whose stamps say Thursday: its entries are that Thursday's
    text = live_blog([
        "-LRB- Update 1:15 a.m. Thursday local , 6:15 p.m. ET Wednesday -RRB- Shots were heard near the palace Thursday .",
        "-LRB- Update 12:40 a.m. Thursday local -RRB- Two ministers quit on Thursday , state radio said .",
        "-LRB- Update 11:50 p.m. Wednesday local -RRB- Clashes on Wednesday left dozens hurt .",
    ])
    found = values_after(text, "2013-03-05", "Two ministers")
    assert found["Thursday"] == "2013-03-07"


# -- weekday lists run forward ------------------------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    # the first day named is the anchor's own: the list runs on from it, whatever the verb
    ("Envoys were to meet on Friday and Saturday in the port , officials said .", "2015-09-25",
     {"Friday": "2015-09-25", "Saturday": "2015-09-26"}),
    ("The panel holds sessions Monday and Wednesday in the capital .", "2015-09-21",
     {"Monday": "2015-09-21", "Wednesday": "2015-09-23"}),
    # the anchor's own weekday places the list even when named second
    ("The tanker was due to start pumping Sunday night or early Monday .", "2015-09-21",
     {"Sunday night": "2015-09-20TNI", "early Monday": "2015-09-21"}),
    ("The committee will sit Thursday and Friday in the old hall .", "2015-09-24",
     {"Thursday": "2015-09-24", "Friday": "2015-09-25"}),
    ("Ticket holders can rebook between Saturday and Tuesday at no cost .", "2015-09-24",
     {"Saturday": "2015-09-26", "Tuesday": "2015-09-29"}),
    ("Rallies were held on Friday , Saturday and Sunday across the country .", "2015-09-28",
     {"Friday": "2015-09-25", "Saturday": "2015-09-26", "Sunday": "2015-09-27"}),
    # two recent days named latest first stay as they are
    ("Letters sent Thursday and Wednesday by the aides were made public .", "2015-09-24",
     {"Thursday": "2015-09-24", "Wednesday": "2015-09-23"}),
])
def test_temporal_pages_listed_weekdays_run_forward(text, published, expected):
    found = values(text, published)
    assert {k: found.get(k) for k in expected} == expected


# -- vague counts of years ----------------------------------------------------------------------

@pytest.mark.parametrize("text,published,span,start,end", [
    # more than twenty years: the ten years up to twenty years back
    ("The mill closed more than two decades ago .", "2009-10-23", "more than two decades ago", 1980, 1989),
    # nearly thirty: the ten years after thirty years back
    ("She moved to the coast nearly 30 years ago .", "2011-02-03", "nearly 30 years ago", 1981, 1990),
    # about twenty: around twenty years back
    ("The bridge was built some 20 years ago .", "2012-05-01", "some 20 years ago", 1988, 1997),
    ("The rules changed less than a decade ago .", "2012-05-01", "less than a decade ago", 2002, 2011),
])
def test_temporal_pages_a_vague_count_of_decades_dates_a_decade(text, published, span, start, end):
    [t] = [t for t in find_dates(text, published) if t.text == span]
    assert (t.date.start, t.date.end, t.date.precision) == (dt.date(start, 1, 1), dt.date(end, 12, 31), "decade")


def test_temporal_pages_a_vague_count_of_a_few_years_keeps_its_year():
    [t] = find_dates("The firm was sold nearly three years ago .", "2011-02-03")
    assert (t.date.start.year, t.date.precision) == (2008, "year")


def test_temporal_pages_a_restated_year_dates_instead_of_the_vague_count():
    found = {t.text: t for t in find_dates("The pianist died more than two decades ago , in 1985 , in Paris .",
                                           "2009-10-23")}
    assert found["more than two decades ago"].date is None
    assert found["1985"].date.start == dt.date(1985, 1, 1)


def test_temporal_pages_the_timeml_value_keeps_the_count():
    # the TimeML value is what the count says; only the calendar reading is coarse
    assert values("The mill closed more than two decades ago .", "2009-10-23")["more than two decades ago"] == "1989"


def test_temporal_pages_part_of_a_weekend_is_never_inverted():
    [t] = find_dates("mid- last weekend", "1999-12-30")
    assert t.date.start <= t.date.end
