"""The event-mention step: tag a text's event words with their TimeML class and attributes.

``find_mentions(text, published)`` splits the text into sentences, tokenizes them,
reads the temporal tagger's expressions, and runs the CRF model shipped beside this
module (``mentions.crfsuite``, CRFsuite's own binary format: weights as data, nothing
unpickled). The model is loaded once, on first use. Training lives in ``train.py``.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from importlib import resources

import pycrfsuite

from ..model import Sentence, Timex
from ..sentences import split_sentences
from ..temporal import find_dates
from . import attributes
from .features import Token, sentence_features, tokenize

MODEL_FILE = "mentions.crfsuite"
NO_EVENT = "O"
#: A token is an event when the CRF's marginal probability that it is one reaches this;
#: below the 0.5 of plain decoding because the model errs towards "no event" (higher
#: precision than recall); the value is chosen by cross-validation in bench/mentions.py.
EVENT_THRESHOLD = 0.3


@dataclass(frozen=True)
class Mention:
    """An event mention: offsets into the text, the word, its TimeML class and attributes."""

    start: int
    end: int
    text: str
    cls: str
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    modality: str = ""
    sentence: int = 0  # index of its sentence in the document
    confidence: float = 1.0  # the CRF's marginal probability that the word is an event

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "class": self.cls,
                "tense": self.tense, "aspect": self.aspect, "polarity": self.polarity,
                "modality": self.modality or None, "sentence": self.sentence,
                "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class TaggedSentence:
    """A sentence as the mention step sees it: tokens, their features, the expressions in it."""

    sentence: Sentence
    tokens: list[Token]
    features: list[dict]
    timexes: list[Timex]


def prepare(text: str, published: dt.date | str, timexes: list[Timex] | None = None) -> list[TaggedSentence]:
    """Sentences of ``text`` with tokens and features (training reads the same)."""
    if timexes is None:
        timexes = find_dates(text, published)
    out = []
    for sentence in split_sentences(text):
        tagged = prepare_sentence(text, sentence, timexes)
        if tagged is not None:
            out.append(tagged)
    return out


def prepare_sentence(text: str, sentence: Sentence, timexes: list[Timex]) -> TaggedSentence | None:
    """One sentence of ``text`` with tokens and features (None when it has no token).

    A caller that needs only some sentences (a date no trigger table claims) calls this
    for each; ``prepare`` calls it for every sentence.
    """
    tokens = tokenize(text, sentence.start, sentence.end)
    if not tokens:
        return None
    inside = [t for t in timexes if t.start < sentence.end and t.end > sentence.start]
    return TaggedSentence(sentence, tokens, sentence_features(tokens, inside), inside)


def model_path(name: str = MODEL_FILE):
    """A model file shipped in this package (a Traversable)."""
    return resources.files(__package__).joinpath(name)


def _open(path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    with resources.as_file(path) as real:
        tagger.open(str(real))
    return tagger


class MentionModel:
    """The mention CRF and the attribute CRFs of one model folder."""

    def __init__(self, folder=None):
        folder = folder if folder is not None else resources.files(__package__)
        self.tagger = _open(folder / MODEL_FILE)
        self.attributes = {name: _open(folder / attributes.file_name(name)) for name in attributes.ATTRIBUTES
                           if (folder / attributes.file_name(name)).is_file()}
        # a CRFsuite tagger keeps state between tag() and marginal(): one caller at a time
        self.lock = threading.Lock()

    def tag(self, sentences: list[TaggedSentence], text: str, threshold: float = EVENT_THRESHOLD,
            with_attributes: bool = True) -> list[Mention]:
        """The mentions of prepared sentences: tokens whose event probability reaches ``threshold``.

        ``with_attributes=False`` leaves tense, aspect, polarity and modality at their
        defaults (a third of the cost; event detection reads factuality off the words).
        """
        labels = [label for label in self.tagger.labels() if label != NO_EVENT]
        mentions = []
        for index, tagged in enumerate(sentences):
            with self.lock:
                self.tagger.set(tagged.features)
                found, classes, confidences = [], [], []
                for i in range(len(tagged.tokens)):
                    event = 1.0 - self.tagger.marginal(NO_EVENT, i)
                    if event >= threshold:
                        found.append(i)
                        classes.append(max(labels, key=lambda label: self.tagger.marginal(label, i)))
                        confidences.append(event)
                values = attributes.predict(self.attributes if with_attributes else {}, tagged, found)
            for i, cls, confidence, attrs in zip(found, classes, confidences, values):
                tok = tagged.tokens[i]
                mentions.append(Mention(tok.start, tok.end, text[tok.start:tok.end], cls,
                                        sentence=index, confidence=confidence, **attrs))
        return mentions


_lock = threading.Lock()
_default: MentionModel | None = None


def default_model() -> MentionModel:
    """The shipped model, loaded on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = MentionModel()
    return _default


def find_mentions(text: str, published: dt.date | str, timexes: list[Timex] | None = None) -> list[Mention]:
    """Event mentions of ``text`` in order (``published`` anchors the temporal tagger)."""
    return default_model().tag(prepare(text, published, timexes), text)
