"""Date-first candidates: learned event mentions anchored to a date no trigger table claims."""
import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline import mentions
from timeline_api.pipeline.events import detect
from timeline_api.pipeline.mentions.tagger import prepare, prepare_sentence
from timeline_api.pipeline.run import extract
from timeline_api.pipeline.sentences import split_sentences
from timeline_api.pipeline.temporal import find_dates

PUBLISHED = dt.date(2025, 1, 20)


def _mentions(text):
    return extract(Document(text=text, published=PUBLISHED)).mentions


@pytest.mark.parametrize("text,trigger,day", [
    # no trigger table names these happenings, and no past-tense verb sits beside the date
    ("Divers are to start repairing the harbour's main pier on Friday.", "repairing", "2025-01-24"),
    ("Italy announced that it will open a consulate on Tuesday in the port city.", "open", "2025-01-21"),
    ("Some villagers managed to flee the town on Sunday.", "flee", "2025-01-19"),
])
def test_candidates_learned_mention_of_an_unclaimed_date_is_an_event(text, trigger, day):
    found = [m for m in _mentions(text) if m.trigger == trigger]
    assert len(found) == 1
    assert found[0].type == "other"
    assert found[0].date.start.isoformat() == day == found[0].date.end.isoformat()


@pytest.mark.parametrize("text", [
    "Some villagers managed to flee the town in December.",  # a month: too coarse for a learned candidate
    "How the water has spread 2 January - 15 January across the plain.",  # a perfect with a past date
    "\u201cSome villagers managed to flee the town on Sunday,\u201d he said.",  # a quotation
    "We managed to flee the town on Sunday.",  # a first-person account
])
def test_candidates_learned_mentions_kept_out(text):
    assert not [m for m in _mentions(text) if m.trigger in ("flee", "spread")]


def test_candidates_tables_claim_their_dates_first(monkeypatch):
    """The mention model runs only on sentences holding a date that no table trigger took."""
    calls = []
    real = mentions.tagged_sentence

    def counted(text, sentence, timexes):
        calls.append(sentence.text)
        return real(text, sentence, timexes)

    monkeypatch.setattr(mentions, "tagged_sentence", counted)
    text = ("Rebels attacked the town on Monday. The talks collapsed on Tuesday. "
            "Some villagers managed to flee the town on Sunday.")
    found = _mentions(text)
    assert calls == ["Some villagers managed to flee the town on Sunday."]
    assert {m.trigger for m in found} >= {"attacked", "flee"}


def test_candidates_entry_rule_is_data():
    assert detect.ENTRY_CLASSES == {"OCCURRENCE", "I_ACTION", "ASPECTUAL"}
    assert not detect.ENTRY_CLASSES & {"REPORTING", "STATE", "I_STATE", "PERCEPTION"}
    assert detect.LEARNED_PRECISIONS == {"day", "week"}


def test_candidates_one_sentence_prepared_as_in_the_whole_text():
    """Tagging one sentence reads exactly the features the whole-text path (and training) reads."""
    text = ("The storm hit the coast on Monday. Engineers repaired the line on Tuesday, "
            "officials said. Talks resume next week.")
    timexes = find_dates(text, PUBLISHED)
    whole = prepare(text, PUBLISHED, timexes)
    alone = [prepare_sentence(text, s, timexes) for s in split_sentences(text)]
    assert [t.features for t in whole] == [t.features for t in alone if t is not None]
    assert [t.tokens for t in whole] == [t.tokens for t in alone if t is not None]
