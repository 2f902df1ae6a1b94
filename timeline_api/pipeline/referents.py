"""Who or where a headline's unnamed subject is, from the article's earlier sentences.

A title cut from one sentence names its subject only as that sentence does, and a sentence
leans on the ones before it: "The leader agreed Tuesday to not seek re-election" follows
"Egyptian President Hosni Mubarak is not gone"; "his songs topped the charts" follows
"Jackson's music"; "killed by armed gangs in the town" follows "the people of Jisr
al-Shughour". At describe time the store gives the article's text before the citation, and
this step puts the name in place of the description, conservatively: the nearest earlier
text that names anyone of the right kind must name exactly one (a person for "his", "the
singer", "the leader"; for a head of state's title, a person named with such an office
somewhere before; a town that is no country or capital for "the town"; one country for "the
capital", which becomes that country's capital; one place for "there"). Otherwise, or where
the title already names the referent or another of its kind, the title stays as it was.

Pronouns ("it", "he") are left alone: an earlier attempt that gave "he" to the last-named
person was right about a third of the time (bench/README.md, titles tenth pass).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .events.entities import _NOT_NAMES, _ORG_HEADS
from .events.vocabulary import gazetteer

#: how many sentences before the citation are read for a referent (nearest first)
WINDOW = 4
LIMIT = 90


@lru_cache(maxsize=1)
def _table() -> dict:
    with open(Path(__file__).with_name("referents.json"), encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class Reference:
    """An unnamed description in a title: where it stands, what kind of referent it needs."""

    start: int
    end: int
    kind: str  # person | head:<noun> | town | city | capital | there
    possessive: bool


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    t = _table()
    heads = set(t["heads"])
    people = sorted(t["person_nouns"], key=len, reverse=True)
    # "His" only: "Her" had no gender to check against the nearest name ("Her skull" given to the accused)
    out = [(re.compile(r"^His(?=\s+[a-z])"), "person-possessive")]
    for noun in people:
        kind = f"head:{noun}" if noun in heads else "person"
        # not "the president of the European Union", not "the leader Hosni Mubarak"
        out.append((re.compile(rf"\b[Tt]he\s+{noun}(?P<s>['’]s)?(?![\w-])(?!\s+(?:of|for|and)\b)(?!\s+[A-Z])"), kind))
    out.append((re.compile(r"\b[Tt]he\s+\d{1,3}-year-old(?P<s>['’]s)(?![\w-])"), "person"))
    for noun in _table()["place_nouns"]:
        out.append((re.compile(rf"\b[Tt]he\s+{noun}(?P<s>['’]s)?(?![\w-])(?!\s+(?:of|hall|council|centre|center)\b)"
                               rf"(?!,?\s+[A-Z])"), "town" if noun != "city" else "city"))
    out.append((re.compile(r"\b[Tt]he\s+capital(?P<s>['’]s)?(?![\w-])(?!\s+of\b)(?!,?\s+[A-Z])"), "capital"))
    # "Protests there": the adverb after a noun or a participle, not "there is", not "went there"
    out.append((re.compile(r"(?<=[a-z] )there\b(?!['’]s)(?!\s+(?:is|are|was|were|has|have|had|will|would|could|"
                           r"may|might|must|be|been|remain\w*|seems?|appears?)\b)"), "there"))
    return out


_TAIL_SPEAKER = re.compile(r",\s+[^,]{2,60}\s+(?:says|say)$")


def references(title: str) -> list[Reference]:
    """The unnamed descriptions of a title that this step may name, in order."""
    found: list[Reference] = []
    core = _TAIL_SPEAKER.sub("", title)  # "... in the town, Damascus says": the speaker is no apposition
    for pattern, kind in _patterns():
        for m in pattern.finditer(core):
            if any(m.start() < r.end and r.start < m.end() for r in found):
                continue
            possessive = kind == "person-possessive" or bool(m.groupdict().get("s"))
            found.append(Reference(m.start(), m.end(), kind.replace("-possessive", ""), possessive))
    return sorted(found, key=lambda r: r.start)


# ------------------------------------------------------------------ names in the earlier text

_SENTENCE = re.compile(r"\n+|(?<=[a-z0-9)][.!?])\s+(?=[`\"“]*[A-Z])")
_TOKEN = re.compile(r"\S+")
_CONNECTORS = frozenset("al- bin ibn de el- van von".split())
_PLACE_BEFORE = frozenset("in at near into outside towards toward across around".split())
_PLACE_OF = frozenset("""people residents town city village outskirts centre center streets north south east west
    northeast northwest southeast southwest""".split())


@dataclass(frozen=True)
class Name:
    """A name in the earlier text: its words, whether it names a person, a place or either (a name
    after "on", "to", "from", "of" could be both, and counts as a rival for both), and the office
    it was named with ("president", "prime minister"; "" for none)."""

    words: tuple[str, ...]
    kind: str  # person | place | either
    office: str = ""

    @property
    def key(self) -> str:
        return self.words[-1].lower() if self.kind == "person" else " ".join(self.words).lower()


def _known(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower().strip(".,;:'’\"")))


def _groups(text: str) -> list[tuple[list[str], str, str, str]]:
    """Runs of capitalised words in ``text``: (words, the word before, the two words before, the
    word after)."""
    tokens = _TOKEN.findall(text)
    out, run, before, before2 = [], [], "", ""
    for k, tok in enumerate(tokens + [""]):
        w = re.sub(r"['’]s$", "", tok.strip(",.;:!?\"“”()`'"))
        capital = bool(w[:1].isupper()) or (bool(run) and (w in _CONNECTORS or w.startswith(("al-", "el-"))))
        if capital:
            if not run:
                before = tokens[k - 1].lower() if k else ""
                before2 = tokens[k - 2].lower() if k > 1 else ""
            run.append(w)
            if tok[-1:] in ",.;:!?\"”)" and not re.fullmatch(r"[A-Z]\.", tok):  # "Kenneth R. Feinberg"
                out.append((run, before, before2, ""))
                run = []
            continue
        if run:
            out.append((run, before, before2, tok))
            run = []
    return out


def _attributive(after: str) -> bool:
    """Whether the word after a name makes it a modifier ("the Virginia Tech shootings", "Gaddafi
    forces"): a lowercase noun that is no verb."""
    from lemminflect import getAllLemmas

    if not after[:1].islower() or not after.isalpha():
        return False
    readings = getAllLemmas(after)
    return "NOUN" in readings and not {"VERB", "AUX"} & set(readings)


def _office(words: list[str], k: int) -> str:
    """The office that ends at word ``k - 1`` of ``words`` ("Prime Minister", "President"), or ""."""
    offices = {o.lower() for o in _table()["offices"]}
    if k > 1 and f"{words[k - 2]} {words[k - 1]}".lower() in offices:
        return f"{words[k - 2]} {words[k - 1]}".lower()
    return words[k - 1].lower() if k > 0 and words[k - 1].lower() in offices else ""


def names(text: str) -> list[Name]:
    """People and places named in ``text`` by the form of their names: a person's name ends in a word
    no English dictionary lists (lemminflect's tables) or follows an office; a place follows "in",
    "at", "near", "the people of", or is a listed place, and holds no dictionary word unless listed.
    Organisations, acronyms and buildings are no one's referent here."""
    t = _table()
    listed = set(gazetteer()["places"]) | set(t["countries"]) | set(t["capitals"].values())
    actors = set(gazetteer()["actors"])
    out: list[Name] = []
    for words, before, before2, after in _groups(text):
        if _attributive(after):
            continue
        # "Egyptian President Hosni Mubarak": the name is what follows the office
        office = _office([before2, before], 2)
        rest = list(words)
        for k in range(len(rest) - 1, 0, -1):
            if _office(rest, k):
                office, rest = _office(rest, k), rest[k:]
                break
        while rest and (rest[0] in _NOT_NAMES or _known(rest[0]) and " ".join(rest) not in listed):
            if rest[0].lower() in _PLACE_BEFORE | _EITHER_BEFORE:  # "In Homs , ...": the cue opens the run
                before2, before = before, rest[0].lower()
            rest = rest[1:]
        # "Damascus Officials said": a listed place run into the next sentence's first word
        listed_prefix = next((k for k in range(len(rest) - 1, 0, -1) if " ".join(rest[:k]) in listed), 0)
        if listed_prefix and _known(rest[listed_prefix]):
            rest = rest[:listed_prefix]
        while rest and (rest[-1] in _CONNECTORS or rest[-1] in _NOT_NAMES):  # "Hama Wednesday"
            rest = rest[:-1]
        if not rest or len(rest) > 4:
            continue
        phrase = " ".join(rest)
        if phrase.isupper() or rest[-1] in _ORG_HEADS or rest[-1] in t["not_places"] or phrase in actors:
            continue
        if phrase in gazetteer()["capitals"] and before not in _PLACE_BEFORE:
            continue  # "Damascus blames rebels": the capital speaks for its government
        plain = phrase in listed or not any(_known(w) for w in rest if w not in _CONNECTORS)
        if plain and (phrase in listed or before in _PLACE_BEFORE or (before == "of" and before2 in _PLACE_OF)):
            out.append(Name(tuple(rest), "place"))
        elif office or phrase in gazetteer()["leaders"]:
            out.append(Name(tuple(rest), "person", office))
        elif plain and before in _EITHER_BEFORE:
            out.append(Name(tuple(rest), "either"))
        elif not _known(rest[-1]):
            out.append(Name(tuple(rest), "person"))
    return out


_EITHER_BEFORE = frozenset("on to from of".split())


def _units(before: str, prefix: str) -> list[str]:
    """The text to read for a referent, nearest first: the citation's own words before the
    description, then the article's sentences before it, up to ``WINDOW``."""
    sentences = [s for s in _SENTENCE.split(before) if s.strip()]
    return [prefix] + sentences[::-1][:WINDOW]


def _person(name: Name, kind: str, everything: list[Name]) -> bool:
    """Whether ``name`` can be the person an unnamed description of ``kind`` stands for. A one-word
    name must be the last name of a fuller one the article gives, an office's or a listed leader's
    ("Jackson" after "Michael Jackson"); "the president" needs a person named as a president
    somewhere in the article, "the leader" one named with any head's office."""
    if name.kind == "place":
        return False
    key = name.words[-1].lower()
    known = [n for n in everything if n.kind != "place" and n.words[-1].lower() == key]
    leaders = {w.lower() for w in gazetteer()["leaders"]}
    if len(name.words) == 1 and not any(len(n.words) > 1 or n.office for n in known) and key not in leaders:
        return False
    if kind == "person":
        return True
    wanted = _HEAD_OFFICES.get(kind.split(":")[1])
    offices = {n.office for n in known if n.office}
    return bool(offices & wanted) if wanted else bool(offices) or key in leaders


#: the offices a head's description asks of its referent (None: any head's office or a listed leader)
_HEAD_OFFICES = {"president": {"president", "president-elect"}, "prime minister": {"prime minister", "pm", "premier"},
                 "premier": {"prime minister", "pm", "premier"}, "king": {"king"}}


def _place(name: Name, kind: str) -> bool:
    t = _table()
    phrase = " ".join(name.words)
    if kind == "there":
        return name.kind != "person"
    if name.kind == "person" or phrase in t["countries"] or phrase in ("Middle East", "Kurdistan"):
        return False
    capitals = set(t["capitals"].values()) | set(gazetteer()["capitals"])
    return kind == "city" or phrase not in capitals


def _capitals(unit: str) -> set[str]:
    """The capitals of the countries one stretch of text names (a capital counts for its country;
    a country with no capital listed counts as one that cannot be named)."""
    t = _table()
    found = set()
    for country in t["countries"]:
        if re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", unit):
            found.add(t["capitals"].get(country, "?" + country))
    for capital in set(t["capitals"].values()):
        if re.search(rf"(?<![\w-]){re.escape(capital)}(?![\w-])", unit):
            found.add(capital)
    return found


def referent(kind: str, before: str, prefix: str) -> str | None:
    """The name an unnamed description of ``kind`` stands for, or None: the nearest stretch of the
    earlier text that names anyone of the kind must name exactly one."""
    everything = names(before + " " + prefix)
    for unit in _units(before, prefix):
        if kind == "capital":
            found = _capitals(unit)
            if not found:
                continue
            if len(found) != 1 or next(iter(found)).startswith("?"):
                return None
            return next(iter(found))
        here = names(unit)
        if kind in ("town", "city", "there"):
            found = [n for n in here if _place(n, kind)]
        else:
            found = [n for n in here if n.kind != "place"]
            if found and not all(_person(n, kind, everything) for n in found):
                return None  # the nearest person named is not of the kind, or not surely one person
        if not found:
            continue
        keys = {n.key if n.kind != "either" else n.words[-1].lower() for n in found}
        if len(keys) != 1:
            return None
        if kind in ("town", "city", "there"):
            # a name after "on", "to", "from" ("loyal to Gbagbo", "shelling on Baba Amr") is a place only
            # where the article also names it as one
            places = {n.words for n in everything if n.kind == "place"}
            return " ".join(found[0].words) if found[0].kind == "place" or found[0].words in places else None
        # the fuller form of that person's name the article gives most often ("Michael Jackson" for
        # "Jackson"), unless it gives two ("Jesse Jackson" too): then the name as found
        key = keys.pop()
        forms = Counter(n.words for n in everything if n.kind != "place" and n.words[-1].lower() == key
                        and len(n.words) > 1)
        for words in list(forms):  # "Los Angeles Michael Jackson" (a dateline run in) is "Michael Jackson"
            shorter = next((words[k:] for k in range(1, len(words) - 1) if words[k:] in forms), None)
            if shorter:
                forms[shorter] += forms.pop(words)
        firsts = {words[0] for words in forms}
        name = forms.most_common(1)[0][0] if len(firsts) == 1 else found[0].words
        if len(name) > 3:
            return None
        if kind == "head:king" and name[0] != "King":
            name = ("King", *name)
        return " ".join(name)
    return None


#: words after which "there" is no place a reader can be told of by "in X" ("went there", "says there")
_NOT_THERE = frozenset("""go goes going went gone come comes came get gets got head heads headed down up back out
    arrive arrives arrived bring brings brought send sends sent travel travels travelled traveled fly flies flew
    that says said think thinks believe believes suggested suggests hope tells told""".split())


def _named_already(title: str, ref: Reference, name: str, before: str) -> bool:
    """Whether the title names the referent, or another of its kind, elsewhere: "Dr Murray accused of
    causing the 50-year-old's death" is about someone other than Murray, "Aleppo activist says ... in
    the city" may mean a district of Aleppo; the description stays."""
    rest = title[:ref.start] + " " + title[ref.end:]
    if re.search(rf"(?<![\w-]){re.escape(name.split()[-1])}(?![\w-])", rest):
        return True
    if ref.kind in ("town", "city", "there"):
        rest = _TAIL_SPEAKER.sub("", rest.rstrip())  # ", Damascus says": a speaker, not a place
        # a capital that speaks for its government ("..., Damascus says") names no other place
        listed = (set(gazetteer()["places"]) - set(gazetteer()["capitals"])) | {
            " ".join(n.words) for n in names(before) if n.kind != "person"}
        return any(n.kind != "person" for n in names(rest)) or any(
            re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", rest) for p in listed)
    return False


def name_references(title: str, before: str, quote: str) -> str | None:
    """``title`` with its unnamed descriptions replaced by the names the earlier text gives, or None
    when none can be named (or the result is too long for a headline)."""
    refs = references(title)
    if not refs:
        return None
    out, changed, last = [], False, 0
    for ref in refs:
        described = title[ref.start:ref.end]
        at = quote.lower().find(re.sub(r"['’]s$", "", described).lower())
        prefix = quote[:at] if at >= 0 else ""
        following = quote[at + len(described):] if at >= 0 else ""
        apposition = re.match(r"\s*,\s+((?:[A-Z][\w'’-]*|al-\w+)(?:\s+(?:[A-Z][\w'’-]*|al-\w+)){0,3})\s*(?:[,.;]|$)",
                              following)
        if apposition:
            name = apposition.group(1)  # "the capital , Tripoli": the sentence says which
        elif re.match(r"\s*(?:of\b|,\s+[A-Z]|[A-Z])", following):
            name = None  # "the leader of the rebel council": the sentence says whom, the title lost it
        else:
            name = referent(ref.kind, before, prefix)
        if name and _named_already(title, ref, name, before):
            name = None
        out.append(title[last:ref.start])
        if name and ref.kind == "there":
            before_word = title[:ref.start].split()[-1].lower()
            if before_word in _NOT_THERE:
                name = None
            else:
                name = "in " + name
        if name:
            out.append(name + ("'s" if ref.possessive else ""))
            changed = True
        else:
            out.append(described)
        last = ref.end
    out.append(title[last:])
    result = "".join(out)
    if not changed or len(result) > LIMIT:
        return None
    return result[:1].upper() + result[1:]
