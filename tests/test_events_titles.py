"""Titles and types of event mentions on sentences written for these tests (not taken from articles)."""
import datetime as dt

import pytest

from timeline_api.pipeline.events import detect_events
from timeline_api.pipeline.model import DateInterval, Document, Timex
from timeline_api.pipeline.sentences import split_sentences

PUBLISHED = dt.date(2024, 12, 25)  # a Wednesday
D = dt.date


def _timex(text: str, words: str, start: dt.date, end: dt.date, precision: str = "day") -> Timex:
    at = text.index(words)
    return Timex(at, at + len(words), words, "DATE", start.isoformat(), None,
                 DateInterval(start, end, precision, "exact", words))


def detect(text: str, *spans):
    doc = Document(text=text, published=PUBLISHED, title="t")
    return detect_events(doc, split_sentences(text), [_timex(text, *span) for span in spans])


MONDAY = D(2024, 12, 23)


# -- types --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, spans, type_", [
    # a popular uprising is a protest movement, not a phase of armed war
    ("A popular uprising against the generals broke out in Varnia in March.",
     [("March", D(2024, 3, 1), D(2024, 3, 31), "month")], "other"),
    # a mission that begins is forces sent somewhere; a mission that speaks is not
    ("The peacekeeping mission to Norland began in 2019, after the civil war.",
     [("2019", D(2019, 1, 1), D(2019, 12, 31), "year")], "deployment"),
    ("The UN mission in Norland said on Monday that the roads were open.",
     [("on Monday", MONDAY, MONDAY)], "statement"),
])
def test_events_titles_types_from_the_tables(text, spans, type_):
    assert [m.type for m in detect(text, *spans) if m.date.start] == [type_]
