"""Actors and places in a span of text: the gazetteer first, then capitalized-phrase rules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import gazetteer


@dataclass(frozen=True)
class Entity:
    """A name found in the text: offsets into the text searched, surface form, canonical name."""

    start: int
    end: int
    surface: str
    name: str
    kind: str  # "actor" or "place"


#: Words that make a capitalized phrase an organisation.
_ORG_HEADS = frozenset(
    """Forces Force Council Framework Army Ministry Party Coalition Command Guard Corps
    Agency Organization Organisation Group Front Brigades Brigade Movement Committee
    Parliament Government Post News Times Institute Center Centre Alliance Union Authority
    Court Assembly Office Department Bank Company Navy Police Service Fund Association""".split()
)
#: Titles that announce a person's name.
_PERSON_TITLES = re.compile(
    r"(?:President|Prime Minister|Minister|Secretary|Gen\.|General|Major General|Colonel|"
    r"Col\.|MP|Senator|Sen\.|spokesman|spokeswoman|spokesperson|researcher|leader|"
    r"commander|Ayatollah|King|Prince|Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$"
)
_CAP_PHRASE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'-]*\.?|al-[A-Z][\w-]*)"
    r"(?:\s+(?:of\s+the\s+|of\s+|al-|bin\s+|ibn\s+|de\s+|-\s?)?(?:[A-Z][\w’'-]*|al-[A-Z][\w-]*))*"
)
_PLACE_PREPOSITIONS = re.compile(r"(?:\bin|\bat|\bnear|\bfrom|\bto|\bacross|\binto|\btowards?)\s+(?:the\s+)?$")
_NOT_NAMES = frozenset(
    """The A An In On At By For From With After Before Since As But And Or If When While Some Many
    This That These Those It Its He She They We I Our His Her Their According Despite Among Just
    Another Two One First Second Third Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December Right
    Regarding Months Years Weeks Days Therefore However Meanwhile Also Already Under So Yet Now
    Prolonged Fears Most EXCLUSIVE Iraqis Shiite Sunni Islamist Zionist During Every Between Through
    Throughout Within Without Against Until Following Amid Earlier Later Late Early Soon Mon Tue Wed
    Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Credit Photograph Photo Image
    Video Click Read Share Updated Posted Both Such Several All No Not Last Next Other Each Only
    Even Still Yesterday Today Tomorrow""".split()
)


@lru_cache(maxsize=None)
def _alias_pattern(kind: str) -> tuple[re.Pattern, dict]:
    table = gazetteer()[kind]
    names = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\.\w)"
    )
    return pattern, table


def find_entities(text: str) -> list[Entity]:
    """Actors and places in ``text``, in order of appearance, overlapping names resolved longest first."""
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(entity: Entity) -> None:
        found.append(entity)
        taken.append((entity.start, entity.end))

    capitals = gazetteer()["capitals"]
    actor_re, actors = _alias_pattern("actors")
    place_re, places = _alias_pattern("places")
    hits = [(m, "actor") for m in actor_re.finditer(text)] + [(m, "place") for m in place_re.finditer(text)]
    hits.sort(key=lambda h: (-(h[0].end() - h[0].start()), h[0].start()))
    for match, kind in hits:
        start, end = match.span()
        surface = match.group(0)
        if not free(start, end):
            continue
        before = text[:start]
        if kind == "place" and surface in capitals and not _PLACE_PREPOSITIONS.search(before[-12:]):
            # "Baghdad and Washington announced": the capital speaks for its government
            add(Entity(start, end, surface, capitals[surface], "actor"))
            continue
        if kind == "actor" and surface in places and _PLACE_PREPOSITIONS.search(before[-12:]):
            add(Entity(start, end, surface, places[surface], "place"))
            continue
        table = actors if kind == "actor" else places
        add(Entity(start, end, surface, table[surface], kind))

    for match in _CAP_PHRASE.finditer(text):
        start, end = match.span()
        surface = re.sub(r"[’']s?$", "", match.group(0)).rstrip(".")
        end = start + len(surface)
        words = surface.split()
        while words and words[0] in _NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
            surface = " ".join(words)
        while words and not free(start, end):  # "U.S. Air Force Chief ...": the gazetteer took "U.S."
            start += len(words[0]) + 1
            words = words[1:]
            while words and words[0] in ("of", "the", "al-", "bin", "-"):
                start += len(words[0]) + 1
                words = words[1:]
            surface = " ".join(words)
        if not words or not free(start, end) or len(surface) < 3 or "LRB" in surface or "RRB" in surface:
            continue
        if surface.isupper() and len(words) > 2:  # a shouted headline, not a name
            continue
        before = text[:start]
        at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\"“"
        speaks = re.match(r"\s+(?:said|says|told|stated|added|noted|explained|announced|denied|confirmed|warned)\b",
                          text[end:end + 12])
        if words[-1] in _ORG_HEADS or (speaks and len(words) <= 4):
            add(Entity(start, end, surface, surface, "actor"))
        elif _PERSON_TITLES.search(before[-25:]) and len(words) <= 5:
            add(Entity(start, end, surface, surface, "actor"))
        elif _PLACE_PREPOSITIONS.search(before[-12:]) and len(words) <= 4 and not at_sentence_start:
            add(Entity(start, end, surface, surface, "place"))
        elif len(words) >= 2 and all(w[:1].isupper() or w in ("of", "al-", "bin") for w in words):
            add(Entity(start, end, surface, surface, "actor"))
    found.sort(key=lambda e: e.start)
    return found


def names(entities: list[Entity], kind: str, limit: int = 6) -> list[str]:
    """Distinct canonical names of one kind, in order of appearance."""
    out: list[str] = []
    for entity in entities:
        if entity.kind == kind and entity.name not in out:
            out.append(entity.name)
    return out[:limit]
