"""The filters of the data-vocabulary paths (issue 13, second pass): each class of non-event the
paths found at scale is kept out when the paths are on, and the default (paths off) is untouched.
Sentences are our own, written for each class."""
import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.events import fallback_filters as f
from timeline_api.pipeline.events.vocabulary import happening_share, phase_share
from timeline_api.pipeline.run import extract


def _triggers(text, published="2012-03-14"):
    doc = Document(text=text, published=dt.date.fromisoformat(published), title="t", id="t")
    return [(m.trigger, m.date.start.isoformat() if m.date.start else None) for m in extract(doc).mentions]


NON_EVENTS = {  # each found by the paths before this pass (checked against main at d75f71a)
    "stamp": "Jane Doe | 09:41 UK time , Tuesday , 13 March 2012 The ferry was towed into the harbour .",
    "stamp-after": "Monday , March 12 , 2012 ; 6:02 PM The ferry was towed into the harbour .",
    "broadcast": "First broadcast 12 March 2012 Two ferries sank in the strait .",
    "caption": "March 12 : In a photo taken from a helicopter , smoke rose over the depot .",
    "reader": "Last Monday your council seized the boats .",
    "habit": "Smugglers were often seized off the cape in the late 1980s .",
    "plan": "The council plans to open a new bridge in May .",
    "expected": "The operator is expected to launch the new ferry on March 20 .",
    "present-state": "On Tuesday the crossing is still being blocked by protesters .",
    "present-passive": "In 1980 there were ten ferries ; today 40 ferries are registered in the bay .",
    "reduced-relative": "On Monday the doubts expressed by engineers grew .",
    "emerged": "On Monday it emerged that the ferry had sunk .",
    "quotation": "As the essayist famously put it in 1841 : `` Nothing great was ever achieved without enthusiasm . ''",
    "anaphora": "That was what happened in 1957 .",
    "attributive": "Many towns were destroyed by the 1953 storm surge .",
    "possessive": "Tuesday 's storm was the worst ever known to hit the town .",
    "nowadays": "Today , the council policy is to listen to the fishermen .",
    "tally": "On Friday the number of stranded passengers rose to 4,000 .",
    "decade": "In the last decade , the operator quietly sold two ferries .",
    "span-start": "Starting in the late 1990s , cheap flights drew the tourists away from the ferries .",
    "window": "In the past year , the operator quietly sold two ferries .",
    "wish-past-relative": "The mayor hopes a second ferry , which the council says can carry 300 cars , will follow in April .",
    # third pass (bench/README.md, "Data vocabulary, third pass"): each gave an entry on main at 79c5394
    "past-perfect-by": "By Sunday , the flood water had reached the old mill .",
    "past-perfect-as-of": "As of Friday , some 2,300 people had signed up to the petition .",
    "past-perfect-already": "On Monday morning , the gales had already eased along the coast .",
    "mind": "Earlier this week , the skipper assumed the storm had passed .",
    "mood": "Last week , the fishermen were heartened by the new quota .",
    "range-between": "The repairs took place between May 2008 and June 2009 on the north pier .",
    "put-off-until": "The storm will delay the regatta until after Labor Day .",
    "count-exceeds": "In October , the number of empty berths exceeded the number of boats .",
    "capital-heading": "THE WORST FLOOD , MAY 4 , 1998 As the river rose , the town shut its schools .",
    "degree-state": "For sailors , today is a good time : their chances are as unlimited as the sea .",
    "statistic": "Investors were cheered by the modest growth in the third quarter .",
    "forecast": "The agency projects that the slick will move further east by Tuesday .",
    "other-clause": "He stayed with the bank after he graduated in 1952 , and worked his way up .",
    "noun-may-happen": "Forecasters say that strong winds on Sunday could push more oil onto the shore .",
    "article-of-the-day": "Today 's article in the local paper summed up the problem .",
    "quotation-end": "We will respond in kind to Saturday 's events , '' the skipper said .",
    "trend-over-window": "The harbour master said there had been a sharp increase in the past week in the number of boats .",
    "video-caption": "Mar 12 - Amateur video purports to show boats under fire , with several seriously injured .",
    "first-person": "We failed to learn the lessons of the flood 30 years ago , the mayor said .",
    "picture": "Taken at a boat show in May 2009 , the picture is one of several sent in by readers .",
    "count-went-from-to": "Last week , the club went from 2,000 members to 8,000 .",
    "as-usual": "On Wednesday morning , the skipper walked to his boat as usual .",
}


@pytest.mark.parametrize("name", sorted(NON_EVENTS))
def test_the_paths_make_no_entry_of_a_non_event(monkeypatch, name):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert _triggers(NON_EVENTS[name]) == [], name


HAPPENINGS = [
    ("In 1998, the shipyard sold its first ferry.", "sold", "1998-01-01"),
    ("On Monday, the harbour master, a former captain, was dismissed by the council.", "dismissed", "2012-03-12"),
    ("The blockade began on March 2 when fishermen moored their boats across the harbour mouth.",
     "began", "2012-03-02"),
    ("The operator will launch the new ferry on March 20, the company said.", "launch", "2012-03-20"),
    # a participle in an apposition is passed over for the clause's own verb
    ("In May 2009, the harbour board, chaired by the mayor, published a plan for new berths.",
     "published", "2009-05-01"),
    # third pass
    ("On Friday , the ferry sank off the cape .", "sank", "2012-03-09"),
    # a past perfect in a relative clause does not hide the clause's own verb
    ("On Monday , the mayor , who had long opposed the scheme , quit the harbour board .", "quit", "2012-03-12"),
    ("In 1998 , the yard sold its first ferry .", "sold", "1998-01-01"),
    ("The crew will return to the port on Friday .", "return", "2012-03-16"),
    # "as" before the date is a preposition here, and an adverb before the verb leaves it a verb
    ("Admiral Smith replaced him as chief of the fleet nine months ago .", "replaced", "2011-06-01"),
    ("The mayor and his wife reportedly stayed there in July 2009 for a holiday .", "stayed", "2009-07-01"),
]


@pytest.mark.parametrize("text,trigger,day", HAPPENINGS, ids=[h[1] for h in HAPPENINGS])
def test_the_paths_still_find_real_happenings(monkeypatch, text, trigger, day):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    assert (trigger, day) in _triggers(text)


def test_a_start_or_an_end_is_no_state_in_the_data():
    # TimeML calls "began" ASPECTUAL, rarely OCCURRENCE; counted together it dates a happening
    assert happening_share("began") < 0.15 <= phase_share("began")
    assert phase_share("remained") < 0.15 and phase_share("hoped") < 0.15


class _T:
    def __init__(self, text, clause=0):
        self.text, self.clause, self.start, self.end = text, clause, 0, 0


def _toks(words):
    return [_T(w) for w in words.split()]


def test_filters_read_their_class_on_plain_tokens():
    assert f.habit(_toks("boats were usually stopped there"), 3)
    assert not f.habit(_toks("boats were stopped there"), 2)
    assert f.wish_or_plan(_toks("officials want the bridge opened"), 4)
    assert not f.wish_or_plan(_toks("in May the bridge opened"), 4)  # the month is no modal
    assert f.state_reading(_toks("the road is now closed"), 4)
    assert not f.state_reading(_toks("the road was closed"), 3)
    assert f.quoted_or_saying(_toks("`` we never closed '' he said"), 3)
    assert f.anaphoric(_toks("this last happened in 1968"), 2)
    assert not f.anaphoric(_toks("the crash happened in 1968"), 2)
    assert f.attributive_date(_toks("the 1918 flu virus"), 0, 1)
    assert not f.attributive_date(_toks("in 1918 , the virus"), 0, 1)


@pytest.mark.parametrize("name,trigger", [("present-state", "blocked"), ("reader", "seized"),
                                          ("reduced-relative", "expressed")])
def test_the_filters_leave_the_default_detection_alone(monkeypatch, name, trigger):
    # with the paths off (the default) the older past-verb fallback reads these as it did before
    monkeypatch.delenv("TIMELINE_API_DATA_EVENTS", raising=False)
    assert trigger in [t for t, _ in _triggers(NON_EVENTS[name])]


def test_a_verb_announced_with_due_to_stays_scheduled(monkeypatch):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    doc = Document(text="A second relief convoy is due to reach the port on Friday .",
                   published=dt.date(2012, 3, 14), title="t", id="t")
    assert [(m.trigger, m.status) for m in extract(doc).mentions] == [("reach", "scheduled")]


def test_a_wire_stamp_year_dates_nothing(monkeypatch):
    monkeypatch.setenv("TIMELINE_API_DATA_EVENTS", "1")
    text = "2012 03 13 09:12 JST OSLO -LRB- Reuters -RRB- - The ferry operator cancelled its crossings on Monday ."
    assert _triggers(text) == [("cancelled", "2012-03-12")]  # Monday's, not the stamp's bare year
