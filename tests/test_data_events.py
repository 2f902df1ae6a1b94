"""The data-vocabulary paths of event detection (issue 13): which words the TimeML data calls
happenings, and what the paths find when switched on (they are off by default; bench/README.md,
"Data vocabulary")."""
import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.events import detect
from timeline_api.pipeline.events.vocabulary import happening_share
from timeline_api.pipeline.run import extract


def test_the_data_tells_happenings_from_states_and_reports():
    for word in ("bought", "killed", "founded", "arrests", "killing"):
        assert happening_share(word) >= detect.HAPPENING_SHARE, word
    for word in ("remained", "said", "expected", "hoped"):
        assert happening_share(word) < detect.NOT_A_HAPPENING_SHARE, word
    assert happening_share("zzyzxed") is None  # no evidence, no verdict


def _events(text, published="2014-12-29"):
    doc = Document(text=text, published=dt.date.fromisoformat(published), title="t", id="t")
    return [(m.trigger, m.date.start.isoformat() if m.date.start else None, m.status) for m in extract(doc).mentions]


CASES = [
    # an old past verb the data vouches for
    ("In 2008, the foundation bought the former funeral home on the corner.", "bought", "2008-01-01", "happened"),
    # the verb after an opening date, past the subject's apposition
    ("On Monday, two oil patches in the sea, close to the plane's last position, were located by helicopters.",
     "located", "2014-12-29", "happened"),
    # an announced verb on a date ahead
    ("The new game will launch on iPhone and iPad on January 15, the company said.",
     "launch", "2015-01-15", "scheduled"),
    # an event noun dated where it stands
    ("However, the loss of the airliner invites comparison with the 2009 crash of a French jet.",
     "crash", "2009-01-01", "happened"),
]


@pytest.mark.parametrize("text,trigger,day,status", CASES, ids=[c[1] for c in CASES])
def test_paths_find_the_happening_when_on_and_change_nothing_when_off(monkeypatch, text, trigger, day, status):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert (trigger, day, status) in _events(text)
    monkeypatch.delenv("TIMELINE_API_DATA_EVENTS")
    assert trigger not in [t for t, _, _ in _events(text)]


@pytest.mark.parametrize("text", [
    "The quake struck south of the capital at 1653 (2153 GMT) on Tuesday.",  # a time read as a year
    "Today is broadcast live and the running order is subject to change.",  # no announced happening
    "The song was originally a 1993 hit for a band from Georgia.",  # a past form used as a noun
    "Officials hoped to get relief supplies into the city on Friday.",  # a wish, not a schedule
])
def test_paths_add_nothing_where_the_haiti_reading_found_them_wrong(monkeypatch, text):
    off = _events(text, "2010-01-14")
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert _events(text, "2010-01-14") == off
