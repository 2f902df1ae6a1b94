"""Event identity: which mentions report one real-world happening.

One step with one data type in and out: a *block* of ``Mention`` values (every mention
of one kind of happening on one day, or with one coarse date) goes in, a list of
``Cluster`` values comes out, each a happening with its evidence. The result is a
function of the set of mentions alone, never of the order they arrived in: a block is
always clustered from scratch in a canonical order (earliest publication first), so a
store built from shuffled documents holds the same events.

The rules, precision before recall (a missed merge costs a reader a duplicate line; a
wrong merge destroys the entry):

- **Dates at their finest precision.** A day-precise mention only ever joins mentions of
  the same day. A coarser mention ("in April", "last week") joins a day's event only
  when exactly one event of its kind in its interval fits it; otherwise it stays with
  mentions of the same coarse date.
- **What happened.** Triggers must mean the same kind of happening (``families.json``:
  an explosion, a blast and a bombing are one family; the type label is not the fence).
- **To whom and where.** Named places at the same level must agree (Deraa is not
  Homs); statements need the same speaker; a common kind of happening ("killed",
  "said", "met") needs a shared participant, a rarer one at least a shared word. A
  country is no participant (every report from there names it, as a place or as an
  actor), nor is the trigger's own verb a shared word: a day, a kind and "Egypt" are
  not one happening.
- **Bounded growth.** A mention joins a cluster only if nothing in it speaks against the
  mention and it shares evidence with the cluster's first (seed) mention or with what a
  third of its members name (its core), so members stay consistent with the happening as a
  whole instead of drifting one link at a time.

Nothing here reads a database: the service loads a block from the store, calls
``cluster`` and writes the outcome back.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...model import DateInterval, EventMention

_HERE = Path(__file__).parent

#: Qualifiers under which a date says when the happening was (not before or after it).
_INSIDE = frozenset({"exact", "approximate", "early", "mid", "late"})
#: The longest coarse interval that may pick one day's event (a quarter); a year holds too
#: many happenings of one kind for "exactly one fits" to mean anything.
MAX_JOIN_SPAN_DAYS = 92


@lru_cache(maxsize=None)
def tables() -> dict:
    with open(_HERE / "families.json", encoding="utf-8") as handle:
        raw = json.load(handle)
    family_of = {}
    for family, lemmas in raw["families"].items():
        for lemma in lemmas:
            family_of[lemma] = family
    return {
        "family_of": family_of,
        "generic": frozenset(raw["generic"]),
        "light": frozenset(raw["light_verbs"]),
        "stop": frozenset(raw["stop_terms"]),
        "name_stop": frozenset(raw["name_stop"]),
        "countries": frozenset(p.lower() for p in raw["countries"]),
        "country_words": frozenset(w for p in raw["countries"] for w in p.lower().replace("-", " ").split()),
        "regions": frozenset(p.lower() for p in raw["regions"]),
        "family_words": {f: frozenset(ls) for f, ls in raw["families"].items()},
        "onset": frozenset(raw["onset"]),
    }


@lru_cache(maxsize=100_000)
def _lemma(word: str, pos: str) -> str:
    from lemminflect import getLemma  # a well-kept English lemmatizer; loaded on first use

    word = word.lower()
    for upos in ((pos,) if pos else ("VERB", "NOUN")):
        # its dictionary only: the out-of-vocabulary model costs a millisecond a word and
        # guesses at names ("Hayward"), which are no inflected forms anyway
        found = getLemma(word, upos=upos, lemmatize_oov=False)
        if found and found[0] != word:
            return found[0].lower()
    return word


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


@lru_cache(maxsize=20_000)
def family(trigger: str) -> str:
    """The kind of happening a trigger names ("exploded", "the blast" -> ``explode``)."""
    t = tables()
    words = [w for w in trigger.lower().replace("’", "'").split() if (w.isalpha() or "-" in w)
             and w not in _DETERMINERS]
    if not words:
        return "event"
    phrase = " ".join(words)
    if phrase in t["family_of"]:
        return t["family_of"][phrase]
    # "held talks", "launched air strikes": the meaning is in the noun after a light verb
    head = words[-1] if words[0] in t["light"] and len(words) > 1 else words[0]
    for pos in ("VERB", "NOUN"):
        lemma = _lemma(head, pos)
        if lemma in t["family_of"]:
            return t["family_of"][lemma]
    if head in t["family_of"]:
        return t["family_of"][head]
    return _lemma(head, "")


# ---------------------------------------------------------------- the data type

@dataclass(frozen=True)
class Mention:
    """What identity sees of one citation: when, what kind, who, where, which words."""

    key: tuple  # canonical order: (published, source_id, start, trigger_start)
    family: str
    type: str
    date: DateInterval
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    terms: frozenset[str] = frozenset()
    ref: object = field(default=None, compare=False, hash=False)  # the caller's handle
    # derived once (``make``): countries; actors and towns; the longer words of their names
    countries: frozenset[str] = frozenset()
    specific: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()  # actors that are not countries ("Egypt" speaks for no one)
    onset: bool = False  # it reports that the happening began ("since protests began in March")
    lemma: str = ""  # its trigger's own word ("suspended", "the suspension" -> "suspend")

    @property
    def source_id(self) -> str:
        return self.key[1]


@dataclass
class Cluster:
    """One happening: its mentions, seed first, and why each joined."""

    members: list[Mention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def seed(self) -> Mention:
        return self.members[0]

    def voices(self) -> list[Mention]:
        """One member per distinct (countries, speakers) reading: what ``fits`` compares."""
        if getattr(self, "_voices_of", None) != len(self.members):
            seen = {}
            for m in self.members[1:]:
                seen.setdefault((m.countries, m.speakers if m.family == "say" else None), m)
            self._voices, self._voices_of = list(seen.values()), len(self.members)
        return self._voices

    def core(self) -> frozenset[str]:
        """What a third of the members (and at least two) name: the happening's own
        participants and words ("deepwater horizon", "rig"), beyond what the seed says."""
        if getattr(self, "_core_of", None) != len(self.members):
            counts: dict[str, int] = {}
            for m in self.members:
                for term in _clues(m):
                    counts[term] = counts.get(term, 0) + 1
            need = max(2, -(-len(self.members) // 3))
            self._core, self._core_of = frozenset(t for t, k in counts.items() if k >= need), len(self.members)
        return self._core

    @property
    def id(self) -> str:
        return event_id(self.seed)


def _clues(m: Mention) -> frozenset[str]:
    """The words and names of a mention that can tie it to another, countries included (a
    country many of an event's reports name is weak evidence, see ``fits``)."""
    return m.terms | m.specific | m.name_words


def event_id(seed: Mention) -> str:
    """An event's id, from its seed mention: the same mentions give the same ids."""
    published, source_id, start, trigger_start = seed.key
    family, kind, first, last, _ = block_key(seed)
    # the date is part of the key: one sentence may report two happenings of one kind on
    # two dates ("cases confirmed in Indonesia last week and in Liberia on Monday")
    key = f"{source_id}:{start}:{trigger_start}:{family}:{kind}:{first}:{last}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def mention_of(mention: EventMention, published: str, source_id: str, ref=None) -> Mention:
    """Identity's view of a new mention of a source published on ``published``."""
    return make(published, source_id, mention.start, mention.trigger_start, mention.trigger,
                mention.type, mention.date, mention.actors, mention.places, mention.keywords, ref,
                title=mention.title)


def make(published: str, source_id: str, start: int, trigger_start: int, trigger: str, type_: str,
         date: DateInterval, actors, places, keywords, ref=None, title: str = "") -> Mention:
    fam = _happening(family(trigger), trigger, title)
    t = tables()
    actor_set = frozenset(a.lower() for a in actors if a)
    place_set = frozenset(p.lower() for p in places if p)
    lemma = _trigger_lemma(trigger)
    own = t["family_words"].get(fam, frozenset()) | {trigger.lower(), fam, lemma} | set(trigger.lower().split())
    # a keyword is a stem ("diagnos", "kil"): one that begins a word of the trigger's own
    # family is the trigger again, no evidence of a shared happening; so is its own verb
    # ("spoke" -> "speak", "left" -> "leave"), which every report of its kind says
    terms = frozenset(k.lower() for k in keywords
                      if k and k.lower() not in t["stop"] and k.lower() not in own
                      and _lemma(k, "") not in own and len(k) > 2
                      and not any(w.startswith(k.lower()) for w in own)) | actor_set | place_set \
        | _figures(title)
    countries, towns = _levels(place_set)
    # "Egypt" as an actor speaks for no one in particular: statements need a named speaker, and
    # of the people a sentence names, the speaker is the one its headline opens with ("Panetta
    # says ... Mubarak" is Panetta's statement)
    speakers = _speakers(actor_set - t["countries"], title) if fam == "say" else actor_set - t["countries"]
    specific = actor_set | towns
    name_words = frozenset(w for name in specific for w in name.replace("-", " ").split()
                           if len(w) >= 4 and w not in t["name_stop"])
    said = {k.lower() for k in keywords if k} | {w.strip(",.;:'\"").lower() for w in title.split()}
    onset = fam != "say" and bool(said & t["onset"])
    # what is compared across reports is spelled one way ("Gadhafi", "Gaddafi", "Qaddafi"):
    # outlets transliterate a name each their own way, and the name is then their only tie
    return Mention((published, source_id, start, trigger_start), fam, type_, date,
                   actor_set, place_set, _spelled(terms - t["onset"]), ref, countries, _spelled(specific),
                   _spelled(name_words), _spelled(speakers), onset, lemma)


def _spelled(names: frozenset[str]) -> frozenset[str]:
    return frozenset(_spelling(n) for n in names)


@lru_cache(maxsize=100_000)
def _spelling(name: str) -> str:
    """One spelling for a name's transliterations: "dh" and "kh" lose their h, a "q" is a "g",
    doubled letters are single and a final "y" is an "i" ("gadhafi", "qaddafi", "khadafy" ->
    "gadafi"; "assad" -> "asad"). Country names keep theirs: the country tables read them."""
    out = []
    for word in name.split(" "):
        if word in tables()["country_words"] or word.startswith("#"):
            out.append(word)
            continue
        w = word.replace("dh", "d").replace("kh", "k").replace("q", "g")
        w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1] or not c.isalpha())
        out.append(w[:-1] + "i" if len(w) > 3 and w.endswith("y") else w)
    return " ".join(out)


def _figures(title: str) -> frozenset[str]:
    """The counts a headline states ("kills 11 workers", "35,000 people"), as ``#11``: victims
    and crowds told by number tie two reports of one happening. Years and days of a month are
    dates, not counts."""
    out = set()
    words = title.replace(",", "").split()
    for i, word in enumerate(words):
        word = word.strip(".;:()'\"")
        if not word.isdigit() or 1900 <= int(word) <= 2100:
            continue
        near = {w.lower().strip(".,") for w in words[max(0, i - 1):i + 2]}
        if int(word) <= 31 and near & _MONTHS:
            continue
        out.add("#" + str(int(word)))
    return frozenset(out)


_MONTHS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


@lru_cache(maxsize=20_000)
def _trigger_lemma(trigger: str) -> str:
    """The verb a trigger's head word comes from, else its noun ("killing" -> "kill")."""
    words = [w for w in trigger.lower().split() if w.isalpha() and w not in _DETERMINERS]
    if not words:
        return ""
    head = words[-1] if words[0] in tables()["light"] and len(words) > 1 else words[0]
    verb = _lemma(head, "VERB")
    return verb if verb != head else _lemma(head, "NOUN")


@lru_cache(maxsize=50_000)
def _happening(fam: str, trigger: str, title: str) -> str:
    """The family of the happening a verb reports when its subject or agent names one of
    another kind: "the quake struck", "the city was hit by an earthquake" report the quake,
    not an attack. Only a named kind of happening that is not a common one counts (a
    statement, talks or a vote as subject says little)."""
    t = tables()
    if fam == "say":
        return fam  # "quake survivors say": a statement stays one
    words = [w.strip(",.;:'\"").lower() for w in title.split()]
    at = next((k for k, w in enumerate(words) if w.isalpha() and family(w) == fam), None)
    if at is None:
        return fam
    near = words[max(0, at - 3):at]
    if at + 1 < len(words) and words[at + 1] == "by":
        near += words[at + 2:at + 6]
    for w in near:
        other = t["family_of"].get(w) or t["family_of"].get(_lemma(w, "NOUN"))
        if other and other != fam and other != "say" and other not in t["generic"]:
            return other
    return fam


@lru_cache(maxsize=None)
def _say_forms() -> frozenset[str]:
    """Present and past forms of the statement family's verbs ("says", "told", "denies")."""
    from lemminflect import getInflection

    forms = set()
    for lemma in tables()["family_words"]["say"]:
        for tag in ("VBZ", "VBD", "VBP"):
            forms.update(getInflection(lemma, tag))
    return frozenset(forms)


def _speakers(actors: frozenset[str], title: str) -> frozenset[str]:
    """Of a statement's actors, those its headline names before the verb. None when the headline
    names someone else there ("CIA Director Leon Panetta says ... Mubarak": the entity finder
    missed Panetta, and Mubarak is no speaker of it); all when it names no one before a
    reporting verb."""
    words = title.lower().split()
    verb = next((i for i, w in enumerate(words) if w in _say_forms()), None)
    opening = " ".join(words[:verb if verb is not None else min(len(words), 4)])
    named = frozenset(a for a in actors if a in opening or any(
        len(w) >= 4 and w in opening.split() for w in a.replace("-", " ").split()[-1:]))
    if named:
        return named
    someone = verb is not None and any(w[:1].isupper() for w in title.split()[:verb])
    return frozenset() if someone else actors


# ---------------------------------------------------------------- dates

def day_of(date: DateInterval) -> int | None:
    """The day number of a day-precise date that says when the happening was, else None."""
    if date.precision == "day" and date.start is not None and date.start == date.end \
            and date.qualifier in _INSIDE:
        return date.start.toordinal()
    return None


def span_of(date: DateInterval) -> tuple[int, int] | None:
    """The (first, last) day numbers of a bounded coarse date, else None."""
    if date.start is None or date.end is None or day_of(date) is not None:
        return None
    return date.start.toordinal(), date.end.toordinal()


def qualifier_class(date: DateInterval) -> str:
    """Dates that say when a happening was ("in", "early", "about") compare with each other;
    "by", "until", "since", "after" and "before" each only with their own kind."""
    return "in" if date.qualifier in _INSIDE else date.qualifier


#: How far back an undated mention may reach for the one event it reports: a news
#: article's undated past tense is about the last weeks, not the last decade.
NEAR_DAYS = 183


#: The longest span of a block that may join a finer event (for looking such blocks up).
LONGEST_JOINING_SPAN = max(NEAR_DAYS, MAX_JOIN_SPAN_DAYS) + 1


def block_key(m: Mention) -> tuple:
    """Where a mention is clustered: ``(family, kind, first, last, rest)``.

    kind ``day``: day-precise (first = last = the day); ``span``: a bounded coarse date;
    ``near``: undated, looking back ``NEAR_DAYS`` from its publication; ``open``: what
    cannot be placed (an open interval), clustered with the same date text only.
    """
    day = day_of(m.date)
    if day is not None:
        return (m.family, "day", day, day, "in")
    span = span_of(m.date)
    if span is not None:
        return (m.family, "span", span[0], span[1], qualifier_class(m.date))
    if not _dated(m):
        published = dt.date.fromisoformat(m.key[0]).toordinal()
        return (m.family, "near", published - NEAR_DAYS, published, f"{m.key[1]}:{m.key[2]}:{m.key[3]}")
    return (m.family, "open", 0, 0, f"{m.date.qualifier}:{m.date.start}:{m.date.end}")


def may_join(key: tuple) -> bool:
    """Whether a mention in this block may join the one finer event that fits it.

    Statements never do (one speaker says many things in a month: only the day tells
    them apart); a long span holds too many happenings of a kind for one to be picked.
    """
    family, kind, first, last, _ = key
    if family == "say":
        return False
    return kind == "near" or (kind == "span" and last - first < MAX_JOIN_SPAN_DAYS)


# ---------------------------------------------------------------- pairwise evidence

@lru_cache(maxsize=20_000)
def _levels(places: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A mention's countries and its towns or cities (regions are neither)."""
    t = tables()
    return (frozenset(p for p in places if p in t["countries"]),
            frozenset(p for p in places if p not in t["countries"] and p not in t["regions"]))


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(x == y or x in y or y in x for x in a for y in b)


def conflict(a: Mention, b: Mention, towns: bool = True) -> str | None:
    """Why two mentions cannot be one happening, or None (``towns``: compare towns too)."""
    if a.family != b.family:
        return "different kinds of happening"
    a_broad, a_local = _levels(a.places)
    b_broad, b_local = _levels(b.places)
    if towns and a_local and b_local and not _related(a_local, b_local):
        return "different places"
    if a_broad and b_broad and not _related(a_broad, b_broad):
        return "different countries"
    if a.family == "say" and a.speakers and b.speakers and not (a.speakers & b.speakers):
        return "different speakers"
    return None


def evidence(a: Mention, b: Mention, strict: bool = False) -> str | None:
    """What two mentions of one kind of happening share that makes them one, or None.

    Statements need the same speaker. A common kind of happening ("killed", "met"), and
    one no family lists (its trigger's own lemma: "diagnosed", "arrived", "docked", whose
    rarity nothing vouches for), needs a shared actor or town, a name one calls in full and
    the other in part ("Jackson"), or two shared words: a country is shared by every report
    from it, named as a place or as an actor ("Egypt", "the United States"), and a day, a
    common kind and a country are no happening (``WEAK``; ``fits`` may still take it from
    what many of an event's reports name). A rarer kind needs any shared participant or
    word, a country where neither names someone the other does not, or nothing against it.
    The same report twice (a wire copy: the same verb, words and names) is one.
    """
    if a.family == "say":
        speakers = a.speakers & b.speakers
        return f"same speaker: {sorted(speakers)[0]}" if speakers else None
    if a.terms and a.terms == b.terms and a.lemma == b.lemma and a.actors == b.actors:
        return "the same report"
    shared = _not_countries(a.specific & b.specific)
    names = _not_countries((a.name_words & (b.terms | b.name_words)) | (b.name_words & a.terms))
    if not (_dated(a) and _dated(b)):
        # an undated mention ("the killing", "the fall of the regime") says nothing of when:
        # only a participant of its own ties it to a happening, not shared words or the kind's
        # beginning
        return f"shared participant: {sorted(shared or names)[0]}" if shared or names else None
    if shared:
        return f"shared participant: {sorted(shared)[0]}"
    if names:
        return f"shared participant: {sorted(names)[0]}"
    if a.onset and b.onset:
        # a background "since the uprising began in March" is told in every report of a
        # conflict: one kind of happening begins once in one interval (places still part them)
        return "the beginning of one kind of happening"
    words = _not_countries(a.terms & b.terms)
    countries = (a.terms & b.terms) - words
    if len(_distinct(countries)) >= 2 and (strict or not _named_apart(a, b)):
        # who did it where: "US forces attacked in Iraq" and "US bases in Iraq targeted" agree on
        # two countries; on one day neither may name someone the other does not (Biden calling
        # Suleiman and Clinton calling Shafiq both name Egypt and the United States), while a
        # coarse mention joins only the one event its interval holds (``pick_one``), and names
        # the sides of a campaign ("Iraqi armed groups", "the coalition") as it likes
        return f"shared countries: {', '.join(sorted(_distinct(countries))[:2])}"
    if strict or _common(a.family):
        if len(words) >= 2:
            return f"shared words: {', '.join(sorted(words)[:3])}"
        return f"{WEAK}: {sorted(countries)[0]}" if countries else None
    if words:
        return f"shared word: {sorted(words)[0]}"
    if countries:
        # a resignation in Egypt on one day is one resignation, unless each names its own man
        return None if _named_apart(a, b) else f"shared country: {sorted(countries)[0]}"
    if a.actors and b.actors:
        return None  # "the fall of Saddam" is not "the fall of Assad"
    # a rarer kind of happening (an explosion, a resignation) on one day, with nothing
    # said against it, is one happening
    return "same kind of happening, nothing said against it"


#: The evidence of a day and a country alone (``fits``).
WEAK = "the same country only"


def _not_countries(names: frozenset[str]) -> frozenset[str]:
    t = tables()
    return frozenset(n for n in names if n not in t["countries"] and n not in t["country_words"])


def _dated(m: Mention) -> bool:
    return m.date.start is not None or m.date.end is not None


def fits(m: Mention, cluster: Cluster, strict: bool = False, weak: bool = False) -> str | None:
    """The evidence for adding ``m`` to ``cluster``, or None when it does not fit.

    Nothing may speak against it: not the seed, and no member's country or speaker.
    Towns are compared with the seed only: the entity finder's town names are noisy
    ("Swiss", a newspaper's name), and one wrong name in one member must not shut a
    happening off from every later report. ``strict`` (a coarse or undated mention, whose
    date says little) asks for positive evidence as for a common kind of happening: a
    background "the fall of Saddam" must not join the one "fall" of its months. An undated
    mention needs a participant of its own shared with the seed (``evidence``): what many of
    the event's reports say is no evidence for it. A country shared with the seed and nothing
    more (``WEAK``) is no evidence; a country a third of the event's reports name is, for a
    mention that names no one the seed does not. With ``weak`` a fit by a country alone is
    returned as ``WEAK``, for ``pick_one`` to count the event as a candidate it may not join.
    """
    if conflict(m, cluster.seed):
        return None
    if m.countries or (m.family == "say" and m.speakers):
        if any(conflict(m, other, towns=False) for other in cluster.voices()):
            return None
    why = evidence(m, cluster.seed, strict)
    country_only = why if _weak(why) else None
    if (why is None or country_only) and m.family != "say" and len(cluster.members) >= 2 and _dated(m):
        why = None
        shared = _clues(m) & cluster.core()
        specific = _not_countries(shared)
        if specific:
            why = f"shared with many of its reports: {sorted(specific)[0]}"
        elif shared - specific and not _named_apart(m, cluster.seed):
            # a country a third of the event's reports name: the event is established by
            # better evidence, and the mention names no one the event does not
            why = f"a country many of its reports name: {sorted(shared - specific)[0]}"
    if why is None or _weak(why):
        # a country shared with the first report alone ties nothing
        return country_only if weak else None
    return why


def _weak(why: str | None) -> bool:
    return why is not None and why.startswith(WEAK)


def _common(family: str) -> bool:
    """A kind so common, or so little known, that a day and one word do not make one of it."""
    return family in tables()["generic"] or family not in tables()["family_words"]


def _named_apart(a: Mention, b: Mention) -> bool:
    """Whether each names a person, group or town and they share none (Clinton calling Shafiq
    is not Biden calling Suleiman, though both are about Egypt)."""
    own_a, own_b = _participants(a), _participants(b)
    return bool(own_a and own_b and not own_a & own_b and not _related(own_a, own_b))


# ---------------------------------------------------------------- clustering

def cluster(block: list[Mention], strict: bool = False) -> list[Cluster]:
    """Split a block of mentions into happenings, the same whatever order they came in.

    Mentions are taken in canonical order (earliest published first); each joins the
    cluster it fits with the most to show for it, else seeds a new one. Then, since an
    early report could not yet see what later ones would agree on, each member of a
    smaller cluster that fits a larger one (by the larger one's core) moves into it.
    """
    clusters: list[Cluster] = []
    for m in sorted(block, key=lambda x: x.key):
        best, best_why = None, None
        for c in clusters:
            why = fits(m, c, strict)
            if why is not None and (best is None or _strength(why) > _strength(best_why)):
                best, best_why = c, why
        if best is None:
            clusters.append(Cluster([m], ["seed"]))
        else:
            best.members.append(m)
            best.evidence.append(best_why)
    return _fold(clusters, strict)


def _fold(clusters: list[Cluster], strict: bool) -> list[Cluster]:
    ranked = sorted(clusters, key=lambda c: (-len(c.members), c.seed.key))
    kept: list[Cluster] = []
    for c in ranked:
        rest = []
        for m in c.members:
            host = next((big for big in kept if len(big.members) > len(c.members)
                         and fits(m, big, strict) is not None), None)
            if host is None:
                rest.append(m)
            else:
                host.evidence.append(fits(m, host, strict))
                host.members.append(m)
        if rest:
            kept.append(Cluster(rest, ["seed"] + [c.evidence[c.members.index(m)] for m in rest[1:]]))
    if not strict:
        kept = _absorb(kept)
    for c in kept:  # members in canonical order, seed first
        order = sorted(range(len(c.members)), key=lambda i: c.members[i].key)
        c.members, c.evidence = [c.members[i] for i in order], [c.evidence[i] for i in order]
        c.evidence[0] = "seed"
    return sorted(kept, key=lambda c: c.seed.key)


#: A day's piece joins a larger event only when that event has at least this many reports and
#: twice the piece's; each of the piece's own words must be used by this share of its reports.
ABSORB_MIN, ABSORB_SHARE = 4, 0.05

_MONTHS = frozenset(("january february march april may june july august september october "
                     "november december").split())


def _own_words(c: Cluster) -> frozenset[str]:
    """What a piece says of its happening beyond the country: the words and names a third of its
    reports use (at least two), or a single report's own; month names say nothing of what."""
    counts: dict[str, int] = {}
    for m in c.members:
        for term in _clues(m):
            counts[term] = counts.get(term, 0) + 1
    need = max(2, -(-len(c.members) // 3)) if len(c.members) > 1 else 1
    return _not_countries(frozenset(t for t, k in counts.items() if k >= need and t not in _MONTHS))


def _absorb(kept: list[Cluster]) -> list[Cluster]:
    """One day's happening left in pieces joins its main report: a smaller event of the day whose
    own words (``_own_words``) are each used by a twentieth of a larger event's reports, and none
    of whose reports names another country, town or speaker than the larger one's first report,
    moves whole into it ("a drilling rig explodes off the coast" and "an explosion kills 11
    workers" beside "the Deepwater Horizon rig explodes", all of 20 April). Members are compared
    one by one in ``fits`` and need evidence against the first report; a piece is judged by what
    its reports agree on, so a larger event's reports vouch for it as a whole. Statements never
    join this way (one speaker says many things a day). Largest first, so the result does not
    depend on the order of the pieces."""
    if len(kept) < 2 or max(len(c.members) for c in kept) < ABSORB_MIN:
        return kept
    ranked = sorted(kept, key=lambda c: (-len(c.members), c.seed.key))
    out: list[tuple[Cluster, dict[str, int]]] = []  # each event with how many of its reports use each word
    for c in ranked:
        host = None
        own = _own_words(c) if c.seed.family != "say" else frozenset()
        for big, counts in out if own else ():
            if len(big.members) < max(ABSORB_MIN, 2 * len(c.members)):
                continue
            if any(conflict(m, big.seed, towns=m is c.seed) for m in c.members):
                continue
            need = max(2, math.ceil(len(big.members) * ABSORB_SHARE))
            if all(counts.get(term, 0) >= need for term in own):
                host = (big, counts)
                break
        if host is None:
            counts = {}
            for m in c.members:
                for term in _clues(m):
                    counts[term] = counts.get(term, 0) + 1
            out.append((c, counts))
        else:
            big, counts = host
            for m in c.members:
                for term in _clues(m):
                    counts[term] = counts.get(term, 0) + 1
            words = ", ".join(sorted(own)[:3])
            big.members.extend(c.members)
            big.evidence.extend([f"a piece of the same day whose words its reports use: {words}"] * len(c.members))
    return [c for c, _ in out]


def _strength(why: str | None) -> int:
    if why is None:
        return -1
    return {"same speaker": 3, "shared participant": 3, "the same report": 3, "shared words": 2,
            "shared word": 1, "shared country": 1, "shared countries": 1}.get(
        why.split(":")[0], 0)


def outline(clusters: list[Cluster]) -> frozenset:
    """What a coarser mention's fit to these clusters depends on (``fits``): each cluster's
    id and seed, the countries and speakers its members name, how many hold more reports
    than it and its reports' ``size_class``. When a block's outline
    is unchanged after a new mention joined it, no coarser block needs deciding again."""
    out = set()
    sizes = sorted(len(c.members) for c in clusters)
    for c in clusters:
        # how many of the day's events hold more reports: a coarse mention several of them fit
        # joins the largest (``_largest_of_one_day``), so the order of their sizes is seen too
        larger = len(sizes) - bisect.bisect_right(sizes, len(c.members))
        out.add((c.id, c.seed.key, larger, size_class(len(c.members)), frozenset(
            (m.countries, m.speakers if m.family == "say" else None) for m in c.members[1:])))
    return frozenset(out)


def pick_one(m: Mention, finer: list[Cluster]) -> tuple[Cluster | None, str]:
    """The one more precisely dated event a coarse or undated mention reports, when exactly
    one of those in its interval fits it; else None and why not. An event the mention fits
    by a country alone is no event to join, but it is still a candidate: leaving it out would
    make another the only one (a "since protests began in March" would pick the one March day
    that tells a beginning, because the others share only the country with it)."""
    fitting = [(c, why) for c in finer if (why := fits(m, c, strict=True, weak=True)) is not None]
    if len(fitting) == 1 and not _weak(fitting[0][1]):
        return fitting[0][0], f"the only event of its kind in {m.date.text or 'its interval'}: {fitting[0][1]}"
    if len(fitting) > 1 and not _dated(m):
        finest = _the_day_within(m, fitting)
        if finest is not None:
            return finest
    if len(fitting) > 1 and m.date.precision == "week":
        singled = _singled_out(m, [c for c, why in fitting if not _weak(why)], finer)
        if singled is not None:
            return singled
    if len(fitting) > 1 and _dated(m):
        largest = _largest_of_one_day(fitting) or _most_reported(fitting)
        if largest is not None:
            return largest
    return None, ("no event of its kind in its interval fits" if not fitting
                  else f"{len(fitting)} events of its kind in its interval fit")


def _the_day_within(m: Mention, fitting: list[tuple[Cluster, str]]) -> tuple[Cluster, str] | None:
    """Of several events an undated mention fits, the one dated to a day when every other one
    is dated by an interval holding that day: the coarser ones may be the same happening told
    less precisely ("Mubarak's ouster last week" beside his fall on 11 February), and the day
    is the finest date consistent with all of them. Two days, or a span beside the day, leave
    it undecided. Not for a mention with a date of its own: "since protests began in March"
    fits every beginning in March, and the one of them that is a day is no more its own
    than a beginning that no report dates to a day. A common kind of happening also needs the
    same verb as the day's first report (Dr Murray's clinic "raid" is not the "death" that
    names him too)."""
    days = [(c, why) for c, why in fitting if day_of(c.seed.date) is not None]
    if len(days) != 1:
        return None
    (c, why), day = days[0], day_of(days[0][0].seed.date)
    if _weak(why) or (m.family in tables()["generic"] and m.lemma != c.seed.lemma):
        return None
    for other, _ in fitting:
        span = span_of(other.seed.date) if other is not c else (day, day)
        if span is None or not span[0] <= day <= span[1]:
            return None
    return c, f"the only day among the events of its kind that fit it, inside the others: {why}"


def _largest_of_one_day(fitting: list[tuple[Cluster, str]]) -> tuple[Cluster, str] | None:
    """Of several events a dated coarse mention fits, the one with the most reports when all of
    them are dated to one and the same day: the day's reports of one happening that the day's
    own clustering left in pieces ("Michael Jackson dies" beside "Dr Murray accused of causing
    the 50-year-old's death", both of 25 June), and "Jackson's death in June 2009" reports the
    happening, whose main piece is the largest. Only the day's own reports are counted (what the
    day's clustering decides, see ``outline``); a tie, or a largest piece the mention fits by a
    country alone, leaves it undecided (read at scale: the ties were the wrong joins)."""
    days = {day_of(c.seed.date) for c, _ in fitting}
    if len(days) != 1 or None in days:
        return None
    day = days.pop()
    ranked = sorted(((_reports_on(c, day), c, why) for c, why in fitting), key=lambda x: -x[0])
    (most, c, why), runner_up = ranked[0], ranked[1][0]
    if most <= runner_up or _weak(why):
        return None
    return c, f"the largest of {len(fitting)} events of its kind that fit it, all of one day: {why}"


def size_class(reports: int) -> int:
    """How many reports an event holds, on a doubling scale (1, 2-3, 4-7, 8-15, 16-31 ...): what
    ``_most_reported`` compares, and what ``outline`` shows of each event of a day."""
    return reports.bit_length()


#: The happening most reported of several a coarse mention fits: at least 16 reports of its day,
#: and three doublings (eight times) above each other one.
MOST_REPORTED_CLASS, MOST_REPORTED_GAP = 5, 3


def _most_reported(fitting: list[tuple[Cluster, str]]) -> tuple[Cluster, str] | None:
    """Of several events a dated coarse mention fits, one that its interval's reports overwhelmingly
    tell: a day's event eight times as reported as each other one ("the explosion on the
    Deepwater Horizon in April" beside the rig's explosion of 20 April, told by hundreds of
    reports, and pieces of it a few reports misdate). A day's own reports are counted (what
    ``outline`` shows, so the choice is made again when they cross a doubling), a coarser
    event's all; a largest one the mention fits by a country alone leaves it undecided."""
    def reports(c: Cluster) -> int:
        day = day_of(c.seed.date)
        return _reports_on(c, day) if day is not None else len(c.members)
    ranked = sorted(((size_class(reports(c)), c, why) for c, why in fitting), key=lambda x: -x[0])
    (top, c, why), runner_up = ranked[0], ranked[1][0]
    if day_of(c.seed.date) is None or top < MOST_REPORTED_CLASS or top - runner_up < MOST_REPORTED_GAP \
            or _weak(why):
        return None
    return c, f"the most reported of {len(fitting)} events of its kind that fit it: {why}"


def _reports_on(c: Cluster, day: int) -> int:
    return sum(1 for m in c.members if day_of(m.date) == day)


def _singled_out(m: Mention, fitting: list[Cluster], finer: list[Cluster]) -> tuple[Cluster, str] | None:
    """The one of several fitting events that a week-dated mention ("last week", "at the
    weekend") plainly reports, or None.

    Read at scale (bench/README.md, "Duplicates at two precisions"), a coarse mention that
    several events of its kind fit names the right one only where all of these hold: of the
    events of its kind in its week, that one alone has a first report naming a participant of
    the mention (a person, group or town, not a country); both report the same verb ("suspended"
    and "suspends", not "visited" and "arrived"); both tell or both do not tell a beginning; and
    they share two things more than the kind (names or words). Months fail these too often
    (the launch of air strikes in March is not NATO's taking them over on 31 March): a month
    holds too many happenings of one kind for a shared name to pick one. Only the first reports
    (seeds) are read, so the choice changes only when ``outline`` does.
    """
    own = _participants(m)
    named = [_participants(c.seed) & own for c in finer]
    alone = [(c, names - set().union(*named[:i], *named[i + 1:]))
             for i, (c, names) in enumerate(zip(finer, named))]
    alone = [(c, names) for c, names in alone if names and any(c is f for f in fitting)]
    if len(alone) != 1:
        return None
    c, names = alone[0]
    if not names or m.onset != c.seed.onset or not m.lemma or m.lemma != c.seed.lemma:
        return None
    shared = _distinct((m.terms & c.seed.terms) - tables()["countries"] - m.countries)
    if len(shared) < 2:
        return None
    return c, f"the only event of its kind in {m.date.text or 'its week'} naming {sorted(names)[0]}: " \
              f"{', '.join(sorted(shared)[:3])}"


def _participants(m: Mention) -> frozenset[str]:
    """Who and where a mention names, as a name or its longer words, countries left out."""
    t = tables()
    return frozenset(n for n in m.specific | m.name_words
                     if n not in t["countries"] and n not in t["country_words"] and n not in m.countries)


def _distinct(terms: frozenset[str]) -> set[str]:
    """Shared terms counted once per name ("muammar gaddafi" and "gaddafi" are one)."""
    return {x for x in terms if not any(x != o and x in o.split() for o in terms)}


# ---------------------------------------------------------------- the event's date

PRECISION_RANK = {p: i for i, p in enumerate(
    ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"))}


def _overlap(a: DateInterval, b: DateInterval) -> bool:
    return _meets((a.start, a.end), (b.start, b.end))


def _meets(a: tuple, b: tuple) -> bool:
    """Whether two (start, end) bounds share a day (None: open on that side)."""
    return (a[0] or dt.date.min) <= (b[1] or dt.date.max) and (b[0] or dt.date.min) <= (a[1] or dt.date.max)


def _length(date: DateInterval) -> int:
    start, end = date.start or dt.date.min, date.end or dt.date.max
    return (end - start).days


def resolve_date(dates: list[DateInterval]) -> tuple[DateInterval, list[int]]:
    """The event's date from its citations' dates, and the indexes of those that disagree.

    The most precise date wins (a day beats the month it lies in), then the one most
    other dates are consistent with, then the narrowest, then the first cited: coarse
    evidence never outvotes a precise date it contains.
    """
    dated = [(i, d) for i, d in enumerate(dates) if d.start is not None or d.end is not None]
    if not dated:
        first = next(iter(dates), None)
        return DateInterval(None, None, "unknown", "exact", first.text if first else ""), []

    spans: dict[tuple, int] = {}  # each distinct (start, end) and how many dates have it
    for _, d in dated:
        spans[(d.start, d.end)] = spans.get((d.start, d.end), 0) + 1
    support_of: dict[tuple, int] = {}  # how many dates each one is consistent with

    def key(item):
        index, date = item
        span = (date.start, date.end)
        if span not in support_of:
            support_of[span] = sum(k for other, k in spans.items() if _meets(span, other))
        support = support_of[span]
        return (PRECISION_RANK.get(date.precision, 99), date.qualifier not in _INSIDE,
                -support, _length(date), index)

    _, best = min(dated, key=key)
    return best, [i for i, d in dated if not _overlap(best, d)]
