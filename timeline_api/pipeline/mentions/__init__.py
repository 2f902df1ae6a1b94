"""Event mentions learned from TimeML data: the step between date expressions and events.

``find_mentions(text, published)`` tags the event words of a text (TimeML EVENT: class,
tense, aspect, polarity, modality) with a CRF model shipped as package data;
``anchor.anchor_mentions`` gives each mention the date expression of its sentence it
belongs to. Feature code in ``features.py``, training in ``train.py`` (not imported at run
time), scores in bench/mentions.py.
"""
from __future__ import annotations

import datetime as dt

from ..model import Sentence, Timex
from ..temporal import find_dates
from .anchor import Anchoring, anchor_mentions, anchor_sentence
from .tagger import Mention, TaggedSentence, default_model, find_mentions, prepare, prepare_sentence

__all__ = ["Mention", "find_mentions", "anchored_mentions", "tagged_sentence"]


def anchored_mentions(text: str, published: dt.date | str) -> list[dict]:
    """Every mention of ``text`` as a dict, with the date expression it belongs to (or None)."""
    sentences = prepare(text, published, find_dates(text, published))
    mentions = default_model().tag(sentences, text)
    out = []
    for anchoring in anchor_mentions(sentences, mentions):
        row = anchoring.mention.to_dict()
        timex = anchoring.timex
        row["timex"] = None if timex is None else {
            "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
            "value": timex.value, "score": round(anchoring.score, 3)}
        out.append(row)
    return out


def tagged_sentence(text: str, sentence: Sentence, timexes: list[Timex]
                    ) -> tuple[TaggedSentence | None, list[Mention], list[Anchoring]]:
    """One sentence's mentions and the expression of the sentence each belongs to, without
    tense, aspect, polarity or modality: the cheap path for a caller that tags only the few
    sentences it needs (date-first candidates tag about 4% of a news article's sentences;
    bench/README.md, "Date-first candidates")."""
    tagged = prepare_sentence(text, sentence, timexes)
    if tagged is None:
        return None, [], []
    mentions = default_model().tag([tagged], text, with_attributes=False)
    dated = [t for t in tagged.timexes if t.start >= sentence.start and t.end <= sentence.end]
    return tagged, mentions, anchor_sentence(tagged.tokens, mentions, dated)
