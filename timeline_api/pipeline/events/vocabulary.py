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
    words: frozenset = frozenset()  # every word of every form: a cheap test before the regex


def _compile(forms: list[str]) -> re.Pattern:
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in form.split())
        # forms like "'s fall" start inside a word; the others must start one
        prefix = "" if form[0] in "'’" else r"(?<![\w-])"
        alternatives.append(prefix + body + r"(?![\w-])")
    return re.compile("|".join(alternatives), re.IGNORECASE)


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
                words=frozenset(w for form in row["forms"] for w in re.findall(r"[a-z]+", form.lower())
                                if w != "s"),
            ))
    return tuple(entries)


@lru_cache(maxsize=None)
def gazetteer() -> dict:
    return _load("gazetteer.json")


@lru_cache(maxsize=None)
def headline_verbs() -> dict[str, tuple[str, str]]:
    return {past: tuple(forms) for past, forms in _load("headline.json")["verbs"].items()}
