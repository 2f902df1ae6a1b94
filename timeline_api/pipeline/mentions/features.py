"""Features of a token in its sentence, for the event-mention tagger.

``tokenize`` cuts a sentence into tokens with document offsets; ``sentence_features``
gives every token a feature dict (``token_features`` for one token) that CRFsuite
reads. Word knowledge comes from lemminflect (possible lemmas and Penn tags of a word
form) and from the small closed-class tables in ``vocabulary.json`` (auxiliaries,
determiners, light and reporting verbs ...); there is no morphology of our own. The
temporal tagger's expressions are features too: a token inside a date is not an event,
and a noun with a date right after it very often is ("the rollout on January 17").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lemminflect import getAllInflections, getAllLemmas

#: Words, contractions ("n't", "'s") and single other characters; hyphenated and dotted
#: words stay whole ("cease-fire", "U.S").
_TOKEN = re.compile(r"[A-Za-z]+(?=n't\b)|n't\b|['’](?:s|re|ve|ll|d|m)\b|\w+(?:[-'’.&]\w+)*|\S")


@dataclass(frozen=True)
class Token:
    start: int  # offsets into the document text
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _load_vocabulary() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files(__package__).joinpath("vocabulary.json").read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in raw.items() if not name.startswith("_")}


VOCABULARY = _load_vocabulary()


@lru_cache(maxsize=100_000)
def word_info(lower: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(possible universal POS, lemmas, possible Penn tags) of a lowercased word form."""
    lemmas = getAllLemmas(lower)
    pos = tuple(sorted(lemmas))
    lemma_set = tuple(sorted({l for ls in lemmas.values() for l in ls}))
    tags = set()
    for lemma in lemma_set:
        for tag, forms in getAllInflections(lemma).items():
            if lower in forms:
                tags.add(tag)
    return pos, lemma_set, tuple(sorted(tags))


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", word)
    shape = re.sub(r"[a-z]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


@lru_cache(maxsize=100_000)
def _classes(lower: str) -> tuple[str, ...]:
    return tuple(name for name, words in VOCABULARY.items() if lower in words)


@lru_cache(maxsize=100_000)
def _lexical(word: str) -> dict:
    """What a word form says by itself (shared: callers copy before changing it)."""
    lower = word.lower()
    pos, lemmas, tags = word_info(lower)
    out = {"w": lower, "shape": _shape(word), "suf2": lower[-2:], "suf3": lower[-3:], "suf4": lower[-4:]}
    if word[:1].isupper():
        out["title"] = 1.0
    for p in pos:
        out["pos=" + p] = 1.0
    if not pos:
        out["pos=none"] = 1.0
    # the set of tags a form can have ("VBD+VBN", "NN+VB+VBP"), or its closed class
    out["posset"] = "+".join(tags) or "+".join(_classes(lower)[:1]) or _shape(word)
    for lemma in lemmas:
        out["lemma=" + lemma] = 1.0
    for tag in tags:
        out["tag=" + tag] = 1.0
    for name in _classes(lower):
        out["voc=" + name] = 1.0
    return out


@lru_cache(maxsize=100_000)
def _window(word: str, k: int) -> dict:
    """The part of a neighbour's features worth carrying into a token's window, keyed by offset."""
    return {f"{k}:{key}": value for key, value in _short(word).items()}


@lru_cache(maxsize=100_000)
def _short(word: str) -> dict:
    lower = word.lower()
    pos, lemmas, tags = word_info(lower)
    out = {"w": lower}
    for lemma in lemmas:
        out["lemma=" + lemma] = 1.0
    for p in pos:
        out["pos=" + p] = 1.0
    for tag in tags:
        out["tag=" + tag] = 1.0
    for name in _classes(lower):
        out["voc=" + name] = 1.0
    if not pos and not _classes(lower):
        out["shape"] = _shape(word)
    return out


#: closed classes whose nearest member before a token is a feature of it
_LEFT = {name: "left_" + name for name in ("aux", "modal", "determiner", "preposition", "negation", "to")}
_LEFT["light_verb_forms"] = "left_light"


def timex_labels(tokens: list[Token], timexes) -> list[str | None]:
    """The TimeML type of the date expression each token is inside, or None."""
    labels: list[str | None] = [None] * len(tokens)
    j = 0
    spans = sorted((t.start, t.end, t.type) for t in timexes)
    for i, tok in enumerate(tokens):
        while j < len(spans) and spans[j][1] <= tok.start:
            j += 1
        if j < len(spans) and spans[j][0] < tok.end:
            labels[i] = spans[j][2]
    return labels


def token_features(tokens: list[Token], i: int, timex: list[str | None], lexical: list[dict],
                   short: list[dict]) -> dict:
    """Features of ``tokens[i]`` in its sentence (``timex``, ``lexical``, ``short`` are per token)."""
    feats = dict(lexical[i])
    n = len(tokens)
    if timex[i]:
        feats["in_timex"] = timex[i]
    for k in (-3, -2, -1, 1, 2, 3):
        j = i + k
        if 0 <= j < n:
            if k in (-3, 3):
                feats[f"{k}:w"] = short[j]["w"]
                continue
            feats.update(_window(tokens[j].text, k))
            if timex[j]:
                feats[f"{k}:timex"] = timex[j]
        else:
            feats[f"{k}:edge"] = 1.0
    w = lexical[i]["w"]
    prev = short[i - 1]["w"] if i > 0 else "<s>"
    nxt = short[i + 1]["w"] if i + 1 < n else "</s>"
    feats["bi-"] = prev + "|" + w
    feats["bi+"] = w + "|" + nxt
    feats["posset"] = lexical[i]["posset"]
    if i > 0:
        feats["posset-"] = lexical[i - 1]["posset"] + "|" + lexical[i]["posset"]
    if i + 1 < n:
        feats["posset+"] = lexical[i]["posset"] + "|" + lexical[i + 1]["posset"]
    # the nearest auxiliary, determiner or preposition within the last four tokens
    for j in range(i - 1, max(-1, i - 5), -1):
        lower = short[j]["w"]
        for name in _classes(lower):
            if name in _LEFT:
                feats.setdefault(_LEFT[name], lower)
    # a date expression after the word ("the rollout on January 17") or before it
    for k in range(1, 4):
        j = i + k
        if j >= n:
            break
        if timex[j] and not timex[i]:
            feats["date_after"] = float(k)
            feats["date_after_via"] = short[i + 1]["w"] if k > 1 else "-"
            break
    for k in range(1, 4):
        j = i - k
        if j < 0:
            break
        if timex[j] and not timex[i]:
            feats["date_before"] = float(k)
            break
    feats["bias"] = 1.0
    return feats


def sentence_features(tokens: list[Token], timexes) -> list[dict]:
    """The feature dict of every token of one sentence."""
    timex = timex_labels(tokens, timexes)
    lexical = [_lexical(t.text) for t in tokens]
    short = [_short(t.text) for t in tokens]
    return [token_features(tokens, i, timex, lexical, short) for i in range(len(tokens))]
