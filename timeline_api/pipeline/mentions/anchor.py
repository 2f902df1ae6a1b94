"""Anchoring: which date expression of its sentence each event mention belongs to.

A pair (mention, expression) gets features of what lies between them: distance and
direction, other mentions and expressions in between, commas, clause and reporting words,
the preposition that opens the expression ("on", "by", "until"), the mention's class and
the expression's type. A CRFsuite model (``anchor.crfsuite``, each pair a one-item
sequence, labels ``yes``/``no``) scores every pair; a mention takes the expression it
scores highest. Learned from the TimeML event-timex links (TLINKs with ``eventInstanceID``
and ``relatedToTime``); ``RULES`` are the plain rules it is measured against in
bench/mentions.py.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from .features import VOCABULARY, Token

MODEL_FILE = "anchor.crfsuite"
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 100}

_CLAUSE = frozenset("that which who whom whose when while because although though after before since "
                    "if unless as until whereas".split())


@dataclass(frozen=True)
class Anchoring:
    """A mention and the date expression it belongs to (None: nothing in its sentence)."""

    mention: object
    timex: object | None
    score: float


def _index(tokens: list[Token], offset: int) -> int:
    for i, tok in enumerate(tokens):
        if tok.end > offset:
            return i
    return len(tokens) - 1


def pair_features(tokens: list[Token], mention, timex, mentions: list, timexes: list) -> dict:
    """Features of anchoring ``mention`` to ``timex`` in a sentence of ``tokens``."""
    m = _index(tokens, mention.start)
    t0, t1 = _index(tokens, timex.start), _index(tokens, max(timex.start, timex.end - 1))
    after = t0 > m
    lo, hi = (m + 1, t0) if after else (t1 + 1, m)
    between = [tok.text.lower() for tok in tokens[lo:hi]]
    distance = len(between)
    feats = {"bias": 1.0, "dir": "right" if after else "left", "dist": min(distance, 12),
             "dist_log": float(len(bin(distance + 1)) - 2), "cls": mention.cls,
             "type": getattr(timex, "type", "DATE"), "ev": tokens[m].text.lower()}
    feats["cls_dir"] = mention.cls + "|" + feats["dir"]
    opener = tokens[t0 - 1].text.lower() if t0 > 0 else "<s>"
    feats["opener"] = opener
    feats["opener_dir"] = opener + "|" + feats["dir"]
    between_mentions = sum(1 for other in mentions if other is not mention
                           and lo <= _index(tokens, other.start) < hi)
    between_timexes = sum(1 for other in timexes if other is not timex
                          and lo <= _index(tokens, other.start) < hi)
    feats["mentions_between"] = min(between_mentions, 4)
    feats["timexes_between"] = min(between_timexes, 3)
    feats["comma"] = min(between.count(","), 3)
    if any(w in _CLAUSE for w in between):
        feats["clause_between"] = 1.0
    if any(w in VOCABULARY["reporting"] for w in between):
        feats["report_between"] = 1.0
    if any(w in VOCABULARY["conjunction"] for w in between):
        feats["conj_between"] = 1.0
    if any(w in ('"', "``", "''", "“", "”") for w in between):
        feats["quote_between"] = 1.0
    # is this the closest expression on its side, and the closest overall?
    distances = []
    for other in timexes:
        o0 = _index(tokens, other.start)
        distances.append(abs(o0 - m))
    closest = min(distances) if distances else 0
    if abs(t0 - m) == closest:
        feats["nearest"] = 1.0
    feats["n_timexes"] = min(len(timexes), 4)
    feats["nearest_mention"] = 1.0 if not any(
        abs(_index(tokens, other.start) - t0) < abs(m - t0) for other in mentions if other is not mention) else 0.0
    return feats


def nearest(tokens, mention, candidates, mentions) -> object | None:
    """Rule: the expression closest in tokens (ties: the one after the mention)."""
    if not candidates:
        return None
    m = _index(tokens, mention.start)
    return min(candidates, key=lambda t: (abs(_index(tokens, t.start) - m), _index(tokens, t.start) < m))


def nearest_free(tokens, mention, candidates, mentions) -> object | None:
    """Rule: the closest expression no other mention stands closer to; else the closest."""
    if not candidates:
        return None
    m = _index(tokens, mention.start)
    free = []
    for t in candidates:
        t0 = _index(tokens, t.start)
        if all(abs(_index(tokens, o.start) - t0) >= abs(m - t0) for o in mentions if o is not mention):
            free.append(t)
    return nearest(tokens, mention, free or candidates, mentions)


RULES = {"nearest expression": nearest, "nearest expression no other mention is closer to": nearest_free}


class AnchorModel:
    """The learned pair scorer."""

    def __init__(self, path=None):
        path = path if path is not None else resources.files(__package__).joinpath(MODEL_FILE)
        self.tagger = pycrfsuite.Tagger()
        with resources.as_file(path) as real:
            self.tagger.open(str(real))
        self.lock = threading.Lock()

    def score(self, feats: dict) -> float:
        with self.lock:
            self.tagger.set([feats])
            return self.tagger.marginal("yes", 0)

    def choose(self, tokens, mention, candidates, mentions) -> tuple[object | None, float]:
        best, best_score = None, -1.0
        for timex in candidates:
            s = self.score(pair_features(tokens, mention, timex, mentions, candidates))
            if s > best_score:
                best, best_score = timex, s
        return best, best_score


_lock = threading.Lock()
_default: AnchorModel | None = None


def default_model() -> AnchorModel:
    global _default
    with _lock:
        if _default is None:
            _default = AnchorModel()
    return _default


def anchor_sentence(tokens: list[Token], mentions: list, timexes: list,
                    model: AnchorModel | None = None) -> list[Anchoring]:
    """Each mention of one sentence with the expression of that sentence it belongs to."""
    model = model or default_model()
    out = []
    for mention in mentions:
        timex, score = model.choose(tokens, mention, timexes, mentions) if timexes else (None, 0.0)
        out.append(Anchoring(mention, timex, score))
    return out


def anchor_mentions(sentences, mentions: list, model: AnchorModel | None = None) -> list[Anchoring]:
    """Anchor the mentions of a document, given its prepared sentences (``tagger.prepare``)."""
    by_sentence: dict[int, list] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    out = []
    for index, tagged in enumerate(sentences):
        found = by_sentence.get(index)
        if found:
            dated = [t for t in tagged.timexes if t.start >= tagged.sentence.start and t.end <= tagged.sentence.end]
            out += anchor_sentence(tagged.tokens, found, dated, model)
    return out


# --- training and scoring on TimeML (bench and training only) -------------------------------

def gold_cases(doc, examples):
    """(tokens, event, gold events, gold timexes, linked tids) per linked event of ``doc``.

    Every event of a sentence with a timex is a case; ``linked`` holds the timexes of its
    sentence it has a TLINK to, often none (the creation time and expressions of other
    sentences are not anchoring candidates here).
    """
    links: dict[str, set[str]] = {}
    for eid, tid, _ in doc.time_links:
        links.setdefault(eid, set()).add(tid)
    for ex in examples:
        s = ex.tagged.sentence
        events = [e for e in doc.events if s.start <= e.start and e.end <= s.end]
        timexes = [t for t in doc.timexes if s.start <= t.start and t.end <= s.end]
        tids = {t.tid for t in timexes}
        for event in events:
            if timexes:
                yield ex.tagged.tokens, event, events, timexes, links.get(event.eid, set()) & tids


def train(docs, prepared, folder: Path) -> AnchorModel:
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in docs:
        for tokens, event, events, timexes, linked in gold_cases(doc, prepared[doc.name]):
            for timex in timexes:
                trainer.append([pair_features(tokens, event, timex, events, timexes)],
                               ["yes" if timex.tid in linked else "no"])
    trainer.set_params(PARAMS)
    path = Path(folder) / MODEL_FILE
    trainer.train(str(path))
    return AnchorModel(path)


def within(words: int):
    """Rule for link detection: the nearest expression when at most ``words`` tokens away."""
    def rule(tokens, mention, candidates, mentions):
        best = nearest(tokens, mention, candidates, mentions)
        if best is None:
            return None
        m, t0 = _index(tokens, mention.start), _index(tokens, best.start)
        t1 = _index(tokens, max(best.start, best.end - 1))
        gap = t0 - m - 1 if t0 > m else m - t1 - 1
        return best if gap <= words else None
    return rule


def evaluate(docs, prepared, model: AnchorModel | None) -> dict:
    """Per method: accuracy on linked events (which expression) and link detection counts.

    ``correct``/``cases``: events with a same-sentence link, the method's choice among the
    sentence's expressions (no abstaining). ``tp``/``fp``/``fn``: link detection over every
    event of a sentence with an expression, where a method may say "none".
    """
    choosers = dict(RULES)
    detectors = {f"nearest expression within {n} words": within(n) for n in (2, 4, 8)}
    if model is not None:
        choosers["learned (anchor.crfsuite)"] = lambda tokens, ev, cands, evs: model.choose(tokens, ev, cands, evs)[0]

        def learned(tokens, ev, cands, evs):
            best, score = model.choose(tokens, ev, cands, evs)
            return best if score >= 0.5 else None
        detectors["learned (anchor.crfsuite), score >= 0.5"] = learned
    out = {name: {"cases": 0, "correct": 0, "multi_cases": 0, "multi_correct": 0, "tp": 0, "fp": 0, "fn": 0}
           for name in {**choosers, **detectors}}
    for doc in docs:
        for tokens, event, events, timexes, linked in gold_cases(doc, prepared[doc.name]):
            for name, method in choosers.items():
                if not linked:
                    continue
                ok = getattr(method(tokens, event, timexes, events), "tid", None) in linked
                row = out[name]
                row["cases"] += 1
                row["correct"] += ok
                if len(timexes) > 1:
                    row["multi_cases"] += 1
                    row["multi_correct"] += ok
            for name, method in detectors.items():
                chosen = method(tokens, event, timexes, events)
                row = out[name]
                if chosen is not None and chosen.tid in linked:
                    row["tp"] += 1
                else:
                    row["fp"] += chosen is not None
                    row["fn"] += bool(linked)
    return out


def merge(parts: list[dict]) -> dict:
    out: dict = {}
    for part in parts:
        for name, row in part.items():
            target = out.setdefault(name, {k: 0 for k in row})
            for k, v in row.items():
                target[k] += v
    return out


def format_table(result: dict) -> str:
    lines = ["| method | linked events | which expression: accuracy | with 2+ expressions | accuracy there |"
             " link detection P | R | F1 |", "|---|---|---|---|---|---|---|---|"]
    for name, r in result.items():
        acc = f"{100 * r['correct'] / r['cases']:.2f}" if r["cases"] else ""
        multi = f"{100 * r['multi_correct'] / r['multi_cases']:.2f}" if r["multi_cases"] else ""
        tp, fp, fn = r["tp"], r["fp"], r["fn"]
        if tp + fp + fn:
            p = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
            det = f"{100 * p:.2f} | {100 * rec:.2f} | {100 * f1:.2f}"
        else:
            det = " | | "
        lines.append(f"| {name} | {r['cases'] or ''} | {acc} | {r['multi_cases'] or ''} | {multi} | {det} |")
    return "\n".join(lines)
