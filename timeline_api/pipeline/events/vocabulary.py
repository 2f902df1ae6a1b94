"""Load the event vocabularies (types, triggers, gazetteer, headline verbs) from their JSON tables."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent

#: Types in the order used to pick one type for several triggers that share a date.
TYPE_PRIORITY = (
    "regime_change", "deadline", "agreement", "strike", "attack", "withdrawal",
    "deployment", "conflict", "negotiation", "other", "statement",
)


def _load(name: str):
    with open(_HERE / name, encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class TriggerEntry:
    """One row of triggers.json: surface forms of one key, for one type."""

    type: str
    key: str
    pos: str
    forms: tuple[str, ...]
    needs: str | None
    pattern: re.Pattern


def _compile(forms: list[str]) -> re.Pattern:
    def body(form: str) -> str:
        return r"\s+".join(re.escape(word) for word in form.split())

    ordered = sorted(forms, key=len, reverse=True)
    # forms like "'s fall" start inside a word; the others must start one (one lookbehind for all)
    inside = [body(f) for f in ordered if f[0] in "'’"]
    whole = [body(f) for f in ordered if f[0] not in "'’"]
    parts = []
    if whole:
        parts.append(r"(?<![\w-])(?:" + "|".join(whole) + r")(?![\w-])")
    if inside:
        parts.append(r"(?:" + "|".join(inside) + r")(?![\w-])")
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=None)
def event_types() -> list[dict]:
    return _load("types.json")


@lru_cache(maxsize=None)
def trigger_entries() -> tuple[TriggerEntry, ...]:
    table = _load("triggers.json")
    entries = []
    for type_, rows in table.items():
        if type_.startswith("_"):
            continue
        for row in rows:
            entries.append(TriggerEntry(
                type=type_, key=row["key"], pos=row["pos"], forms=tuple(row["forms"]),
                needs=row.get("needs"), pattern=_compile(row["forms"]),
            ))
    return tuple(entries)


@lru_cache(maxsize=None)
def light_verbs() -> re.Pattern:
    """'took place', 'was held' ... followed by at most six words up to the end of the text searched."""
    forms = _load("triggers.json")["_light_verbs"]["forms"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
                      + r")(?:\s+\S+){0,6}\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def gazetteer() -> dict:
    return _load("gazetteer.json")


@lru_cache(maxsize=None)
def headline_verbs() -> dict[str, tuple[str, str]]:
    return {past: tuple(forms) for past, forms in _load("headline.json")["verbs"].items()}


@lru_cache(maxsize=None)
def combined_pattern() -> tuple[re.Pattern, dict[str, tuple[TriggerEntry, ...]]]:
    """One regex over every form of every row (longest first), and the rows each form belongs to.

    Matching a sentence once instead of once per row is what keeps detection fast.
    """
    by_form: dict[str, list[TriggerEntry]] = {}
    surfaces: list[str] = []
    for entry in trigger_entries():
        for form in entry.forms:
            by_form.setdefault(normalize_form(form), []).append(entry)
            for variant in {form, form.replace("'", "’"), form.replace("’", "'")}:
                if variant not in surfaces:
                    surfaces.append(variant)
    return _compile(surfaces), {form: tuple(rows) for form, rows in by_form.items()}


def normalize_form(text: str) -> str:
    """A matched or listed form, lower case with single spaces and one kind of apostrophe."""
    return " ".join(text.lower().replace("’", "'").split())


@lru_cache(maxsize=None)
def context_words(family: str) -> re.Pattern:
    """A word family of triggers.json's _context_words (person_nouns, award_nouns, document_nouns) as one
    case-insensitive whole-word regex, plural 's' allowed."""
    forms = _load("triggers.json")["_context_words"][family]
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, f.split()))
                                                 for f in sorted(forms, key=len, reverse=True)) + r")s?(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _occurrences() -> dict:
    return _load("occurrences.json")


#: A verb lemma or word form seen at least this often in the TimeML data can be judged by it.
MIN_EVIDENCE = 3


@lru_cache(maxsize=8192)
def happening_share(word: str) -> float | None:
    """How often ``word`` names a happening (a TimeML OCCURRENCE) in the TempEval-3 training data:
    by its verb lemma ("beheaded" -> "behead"), else by its form ("killing", "arrests"); None when
    the data has too little evidence to say (occurrences.json, built by build_occurrences.py)."""
    from lemminflect import getAllLemmas  # the same morphology the mention step uses

    table = _occurrences()
    low = word.lower()
    rows = [table["verb_lemmas"][lemma] for lemma in getAllLemmas(low, upos="VERB").get("VERB", ())
            if lemma in table["verb_lemmas"]]
    occurred, seen = sum(r[0] for r in rows), sum(r[1] for r in rows)
    if seen < MIN_EVIDENCE:
        occurred, seen = table["forms"].get(low, (0, 0))
        if seen < MIN_EVIDENCE and low in table["verb_lemmas"]:
            occurred, seen = table["verb_lemmas"][low]  # a noun spelt like its verb: "crash", "launch"
    return occurred / seen if seen >= MIN_EVIDENCE else None


@lru_cache(maxsize=8192)
def phase_share(word: str) -> float | None:
    """How often the verb of ``word`` names a happening or a phase of one (TimeML OCCURRENCE or
    ASPECTUAL: "began", "ended", "resumed") in the training data; None without evidence. A past
    verb below the state threshold on ``happening_share`` alone may still start or end something
    ("The scare started this month", "What began with an exploding rig on April 20")."""
    from lemminflect import getAllLemmas

    table = _occurrences()
    lemmas = [lemma for lemma in getAllLemmas(word.lower(), upos="VERB").get("VERB", ())
              if lemma in table["verb_lemmas"]]
    seen = sum(table["verb_lemmas"][lemma][1] for lemma in lemmas)
    if seen < MIN_EVIDENCE:
        return None
    occurred = sum(table["verb_lemmas"][lemma][0] + table.get("aspectual_lemmas", {}).get(lemma, 0)
                   for lemma in lemmas)
    return occurred / seen
