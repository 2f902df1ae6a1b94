"""A live-blog stamp gives one instant in two places (issue 12, dates).

"(Update 3 a.m. in Cairo, 8 p.m. ET)" opens an entry: both clocks are the page's, so
neither dates an event. Only the first was marked before; the second ("8 p.m. ET")
dated the entry's happening, often on a wrong day (a week back, or the next day).
Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import pytest

from timeline_api.pipeline.temporal import find_dates

BLOG = (
    "Here are the latest developments .\n"
    "-LRB- Update {first} , {second} -RRB- The ministry closed the border crossing .\n"
    "-LRB- Update 9:10 p.m. in Amman , 2:10 p.m. ET -RRB- Rescue teams reached the valley .\n"
    "-LRB- Update 8:45 p.m. in Amman , 1:45 p.m. ET -RRB- A convoy left the capital .\n"
)


def dated(text: str, published: str) -> dict[str, object]:
    return {t.text: t.date for t in find_dates(text, published)}


@pytest.mark.parametrize("first, second, home", [
    ("2 a.m. in Amman", "7 p.m. ET", "7 p.m. ET"),
    ("6:05 a.m. Friday in Amman", "11:05 p.m. Thursday ET", "11:05 p.m. Thursday"),
    ("1:38 a.m. Monday , Jordan ;", "6:38 p.m. Sunday ET", "6:38 p.m. Sunday"),
    ("10:15 p.m. Amman", "3:15 p.m. ET", "3:15 p.m. ET"),
])
def test_blog_clocks_the_second_clock_of_a_stamp_dates_nothing(first, second, home):
    found = dated(BLOG.format(first=first, second=second), "2012-03-08")
    assert home in found
    assert found[home] is None


def test_blog_clocks_a_clock_in_the_entry_text_still_dates():
    text = BLOG.format(first="2 a.m. in Amman", second="7 p.m. ET") + \
        "The talks ended at 4 p.m. on Thursday in Amman , officials said .\n"
    found = [t for t in find_dates(text, "2012-03-08") if "4 p.m." in t.text]
    assert found and found[0].date is not None


def test_blog_clocks_a_stamps_weekday_is_its_first_clocks():
    # the entry is Friday where it was written; "Thursday" is New York's evening before.
    # A past "Friday" in the blog is then this Friday, not last week's.
    text = ("-LRB- Update 6:05 a.m. Friday in Amman , 11:05 p.m. Thursday ET -RRB- Crowds gathered .\n"
            "-LRB- Update 5:40 a.m. Friday in Amman , 10:40 p.m. Thursday ET -RRB- Shops stayed shut .\n"
            "-LRB- Update 4:20 a.m. Friday in Amman , 9:20 p.m. Thursday ET -RRB- The army said Friday "
            "it had closed the roads .\n")
    values = {t.text: t.value for t in find_dates(text, "2012-03-08")}  # a Thursday
    assert values["Friday"] == "2012-03-09"
