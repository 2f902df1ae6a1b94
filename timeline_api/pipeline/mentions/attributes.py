"""Tense, aspect, polarity and modality of a tagged event word, learned from TimeML instances.

Each attribute is its own small CRFsuite model (``attr-<name>.crfsuite``) that reads one
event at a time: the word's own features and the auxiliaries, modals, negations and
"to" before it ("would not have been sold": modality would, polarity NEG, aspect
PERFECTIVE). Values are TimeML's; modality is the modal word, lowercased, or "".
"""
from __future__ import annotations

import pycrfsuite

from .features import VOCABULARY

ATTRIBUTES = ("tense", "aspect", "polarity", "modality")
DEFAULTS = {"tense": "NONE", "aspect": "NONE", "polarity": "POS", "modality": ""}
#: CRFsuite labels cannot be empty
_EMPTY = "-"

_CHAIN = ("aux", "modal", "negation", "to")


def event_features(tagged, i: int) -> dict:
    """Features of the event word ``tagged.tokens[i]`` for its attributes."""
    feats = {k: v for k, v in tagged.features[i].items()
             if ":" not in k and not k.startswith(("bi", "date_", "left_"))}
    tokens = tagged.tokens
    chain = []
    # the verb group before the word: auxiliaries, modals, negation, adverbs between them
    for j in range(i - 1, max(-1, i - 7), -1):
        lower = tokens[j].text.lower()
        if any(lower in VOCABULARY[name] for name in _CHAIN):
            chain.append(lower)
            feats["chain=" + lower] = 1.0
        elif lower.endswith("ly") or lower in ("also", "still", "already", "just", "even", "yet", "ever"):
            continue
        else:
            feats["stop=" + lower] = 1.0
            break
    feats["chain"] = " ".join(reversed(chain)) or "-"
    if chain:
        feats["chain_last"] = chain[0]
    for k in (1, 2):
        if i + k < len(tokens):
            feats[f"+{k}:w"] = tokens[i + k].text.lower()
    return feats


def file_name(name: str) -> str:
    return f"attr-{name}.crfsuite"


def predict(models: dict, tagged, indices: list[int]) -> list[dict]:
    """The attributes of each event word at ``indices`` of one tagged sentence."""
    out = [dict(DEFAULTS) for _ in indices]
    if not indices:
        return out
    # each event is its own one-item sequence (a classifier, not a chain), converted once
    items = [pycrfsuite.ItemSequence([event_features(tagged, i)]) for i in indices]
    for name, model in models.items():
        values = [model.tag(item)[0] for item in items]
        for row, value in zip(out, values):
            row[name] = "" if value == _EMPTY else value
    return out


def label(value: str) -> str:
    """A gold attribute value as a CRFsuite label."""
    return value or _EMPTY
