"""A weekday after a present progressive, read ahead (issue 12, dates, tenth pass).

"The ministry is flying a delegation to Oslo on Monday" in a paper of a Friday speaks of a plan:
the coming Monday, not the Monday four days back. Our own phrasings, none a corpus sentence.
"""
from __future__ import annotations

import pytest

from timeline_api.pipeline.temporal import find_dates

FRIDAY = "2013-05-10"


def value(text: str, word: str, published: str = FRIDAY) -> str:
    return next(t.value for t in find_dates(text, published) if t.text.endswith(word))


@pytest.mark.parametrize("sentence, word, day", [
    ("The ministry is flying a delegation to Oslo on Monday .", "Monday", "2013-05-13"),
    ("Two unions are holding a joint congress on Tuesday , the organisers said .", "Tuesday", "2013-05-14"),
    ("The federation is also staging a referendum on Wednesday .", "Wednesday", "2013-05-15"),
    ("Several groups that are advertising a march on Tuesday were blocked online .", "Tuesday", "2013-05-14"),
    ("They 're opening a new clinic in the north on Monday .", "Monday", "2013-05-13"),
])
def test_tenth_pass_a_progressive_with_another_day_is_a_plan_ahead(sentence, word, day):
    assert value(sentence, word) == day


@pytest.mark.parametrize("sentence, word, day", [
    # the day before the paper: the report of that day, written then
    ("Farmers are driving tractors through the capital on Thursday .", "Thursday", "2013-05-09"),
    # a past verb nearer the day governs it
    ("Officials are questioning a clerk who resigned on Monday .", "Monday", "2013-05-06"),
    ("The bank was moving its staff to Leeds on Tuesday .", "Tuesday", "2013-05-07"),
    # the day dates an unplanned happening the progressive is about
    ("Police are investigating an explosion at the depot on Tuesday .", "Tuesday", "2013-05-07"),
    # a possessive is no "is": the ruling was given on Tuesday
    ("The firm tried to overturn the court 's ruling Tuesday that fined it .", "Tuesday", "2013-05-07"),
    # a possessive weekday names a day gone by
    ("Crews are clearing the wreckage of Tuesday 's derailment .", "Tuesday", "2013-05-07"),
    # another sentence whose full stop is missing
    ("The villagers are rebuilding their homes On Monday a lorry brought cement .", "Monday", "2013-05-06"),
])
def test_tenth_pass_a_progressive_does_not_move_other_days(sentence, word, day):
    assert value(sentence, word) == day
