"""The extraction pipeline: an ordered list of steps over one document.

split sentences -> keep news prose -> find and resolve dates -> detect and
type events. Each step is a plain function tested on its own; this module only
runs them in order.
Merging across documents happens later, against the store (see service.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .events import detect_events
from .model import Document, EventMention, Sentence, Timex
from .prose import Dropped, split_mentions, split_prose
from .sentences import split_sentences
from .temporal import find_dates


@dataclass
class Extraction:
    """What the pipeline found in one document."""

    document: Document
    sentences: list[Sentence]
    timexes: list[Timex]
    mentions: list[EventMention]
    #: sentences kept out of event detection (comments, captions, furniture) and mentions
    #: dropped after it (metaphors, empty frames), each with its reason
    dropped: list[Dropped] = field(default_factory=list)


def extract(doc: Document) -> Extraction:
    """Run every step of the pipeline over one document; pure, no I/O."""
    sentences, dropped = split_prose(doc, split_sentences(doc.text))
    timexes = find_dates(doc.text, doc.published)
    mentions, unreal = split_mentions(detect_events(doc, sentences, timexes), doc.published)
    return Extraction(doc, sentences, timexes, mentions, dropped + unreal)
