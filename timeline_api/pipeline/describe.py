"""The step after identity: an event's date, type and the citation that names it.

Identity decides which citations report one happening; this step reads them as a
whole. The date is the most precise date consistent with the evidence
(``identity.resolve_date``). The type is the one most citations give. The title and
summary come from the citation that best describes the happening: one on the event's
own date, whose headline reads as a headline (a subject and a verb, not a fragment,
not too long), that sits early in its article, and that says what the other
citations say. The winner of the date alone is often a background sentence. The status
(happened, scheduled, deadline) is the one the latest reports give: a launch scheduled in
March's articles and reported as done in April's has happened. The relation of the date
is the one most citations on the event's date give.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

import datetime as dt

from ..model import RELATION_OF_QUALIFIER, Cited, EventView
from .events.status import Context, status_of
from . import headline, referents
from .identity import resolve_date

#: Longest headline a reader takes in at a glance (the events-at-scale issue: 90 characters).
MAX_TITLE = 90
_PRONOUN_START = re.compile(r"^(?:he|she|it|they|this|that|these|those|we|i|you|there)\b", re.I)
_FURNITURE = re.compile(r"-[LR][RSC]B-|``|''|https?:|www\.|\\/|\b(?:click|photo|pictured|caption|"
                        r"advertisement|read more|subscribe|copyright|getty|afp|file photo)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP = frozenset("""the a an of in on at to for and or but with by from as is are was were be
been has have had its his her their this that these those after before over into""".split())


@lru_cache(maxsize=50_000)
def title_quality(title: str) -> float:
    """How well a mention's title reads as a headline: higher is better, 0 is neutral.

    Cached: an event is described again from all its citations whenever a new one arrives,
    so a much-reported event would otherwise re-read hundreds of titles per document."""
    words = title.split()
    score = 0.0
    if len(words) < 3:
        score -= 3  # "Removed", "Unanimously passes"
    if len(title) > MAX_TITLE:
        score -= 2
    if not title[:1].isupper():
        score -= 2
    if _PRONOUN_START.match(title):
        score -= 2  # "He writes to BP": who?
    if _FURNITURE.search(title):
        score -= 3
    if title.rstrip().endswith((",", ":", ";", "-")):
        score -= 2
    if headline.suspect(title) and len(words) >= 3:
        score -= 2  # "Thursday gives speech", "... says they did not intend": cut or no subject
    if words and _verb_first(words[0]):
        score -= 2  # "Completed at 1930 CDT", "Took over the operations": no subject
    elif _finite_present(words):
        score += 1  # a headline: "Deepwater Horizon rig explodes", not "Explosion on the rig"
    return score


_DETERMINER = frozenset("the a an this that its his her their of to".split())


def _finite_present(words: list[str]) -> bool:
    """Whether a word after the first is a verb in the present tense after a subject
    ("BP caps the well", "Engineers remove the cap"), by lemminflect's inflection tables."""
    from lemminflect import getAllLemmas, getInflection

    for previous, word in zip(words, words[1:]):
        low = word.lower()
        if previous.lower() in _DETERMINER or not low.isalpha():
            continue
        plural_subject = previous.lower().endswith("s") and not previous.lower().endswith(("'s", "’s", "ss"))
        for lemma in getAllLemmas(low).get("VERB", ()):
            if low in getInflection(lemma, "VBZ") or (plural_subject and low == lemma):
                return True
    return False


def _verb_first(word: str) -> bool:
    """Whether a headline's first word can only be a verb (lemminflect's readings of it)."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word.lower().strip(".,;:'\""))
    return bool(readings) and ("VERB" in readings or "AUX" in readings) and not (
        {"NOUN", "PROPN"} & set(readings)) and not word[1:2].isupper()


def _content(title: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(title) if w.lower() not in _STOP}


def describe(cites: list[Cited], context: Callable[[int], str] | None = None) -> EventView:
    """Date, conflicts, naming citation and type of an event from its citations.

    ``context(i)``, where the store can give it, is the article's text before citation ``i``:
    a title that names its subject only as an earlier sentence did ("The leader agrees ...")
    is given the name that sentence used (``referents``)."""
    date, conflicts = resolve_date([c.date for c in cites])
    on_date = [i for i, c in enumerate(cites) if c.date == date]
    words = [_content(c.title) for c in cites]
    # How many other citations' titles share two or more words with this one: the
    # title that says what the others say.
    agree = [sum(1 for j, other in enumerate(words) if j != i and len(w & other) >= 2)
             for i, w in enumerate(words)]
    n = max(len(cites) - 1, 1)

    def score(i: int) -> tuple:
        c = cites[i]
        value = title_quality(c.title) + 2.0 * agree[i] / n - len(c.title) / 200
        if i in on_date:
            value += 3
        elif c.date.precision == date.precision:
            value += 1
        if c.start < 600:
            value += 1  # the lede, not the background paragraph
        return (-value, c.published, c.source_id, c.start)

    best = min(range(len(cites)), key=score)
    types = Counter(c.type for c in cites)
    top = max(types.values())
    # ties: the naming citation's type, then the alphabetically first
    tied = sorted(t for t, k in types.items() if k == top)
    type_ = cites[best].type if cites[best].type in tied else tied[0]
    status, relation = _status(cites, best, date)
    best, title = _headline(cites, best, sorted(range(len(cites)), key=score))
    if context is not None:
        title = _named(cites[best], title, lambda: context(best)) or title
    return EventView(date, conflicts, best, type_, status, relation, title)


def _named(c: Cited, title: str | None, before: Callable[[], str]) -> str | None:
    """The headline with an unnamed subject named from the article's earlier text ("The leader
    agrees" -> "Hosni Mubarak agrees"), or None where it has none, or none can be named for sure.
    The earlier text is read only for a title that needs it."""
    current = title or c.title
    if not referents.references(current):
        return None
    named = referents.name_references(current, before(), c.quote)
    return named if named and not headline.ill_formed(named) else None


def _headline(cites: list[Cited], best: int, ranked: list[int]) -> tuple[int, str | None]:
    """The naming citation and its headline (None: the title built at detection stands).

    Every candidate is checked for form (``headline.ill_formed``: a subject and a verb, nothing
    cut mid-phrase, no stray token, no date phrase) before it is taken, in this order: the naming
    citation's own clause (``headline.cut``; a blind reading of 65 events accepted 12 of 16 such
    titles and 27 of 65 built ones), its built title, then the clauses and built titles of the
    next best citations of the same event, then the old extractive cut. Where nothing is well
    formed, the first clause cut (or the built title) stands as before. A built "Fall of X" that
    reads well stays.
    """
    c = cites[best]
    bad = bool(headline.suspect(c.title) or headline.garbled(c.title, c.quote))
    if c.type == "regime_change" and not bad and c.title.startswith("Fall of "):
        return best, None
    first_cut: tuple[int, str] | None = None
    aside: tuple[int, str] | None = None  # a well-formed clause that names the happening in passing
    # the naming citation, then the next best of the same event
    candidates = [best] + [i for i in ranked if i != best][:8]
    trimmed: list[tuple[int, str | None, str]] = []  # (citation, title, the candidate it came from)
    good: list[tuple[float, int, str | None]] = []  # (preference, citation, title) of well-formed candidates
    for rank, i in enumerate(candidates):
        o = cites[i]
        if good and (rank > _RIVALS or o.date != c.date):
            break  # a well-formed title is in hand: only the next few citations of its date may beat it
        title = _cut(o.quote, o.trigger, o.trigger_at, o.date.text, o.type)
        title = headline.tidy(headline.strip_date(title)) if title else None
        passing = bool(title) and o.type != "statement" and headline.in_passing(title, o.trigger)
        if title and first_cut is None and (i == best or bad) and not (passing and not bad):
            first_cut = (i, title)
        if title and passing and aside is None and not headline.ill_formed(title) and headline.stated(title):
            aside = (i, title)
        if title and not passing:
            if not headline.ill_formed(title):
                if _rival(good, title):
                    good.append((_specific(title) - rank, i, title))
                continue
            trimmed.append((i, title, title))
        built = headline.tidy(headline.strip_date(o.title))
        if not headline.garbled(built, o.quote) and (i == best or not passing):
            # the built "Assassination of X" beats "Relations strained by the assassination"
            if not headline.ill_formed(built):
                if _rival(good, built):
                    good.append((_specific(built) - rank, i, None if built == o.title and i == best else built))
                continue
            trimmed.append((i, built, o.title))
    if good:
        # the naming citation's headline, unless one of the next citations of its date names who and
        # where more plainly ("The Arab League deploys ..." before "The league deploys ...")
        _, i, title = max(good, key=lambda g: (g[0], -candidates.index(g[1])))
        return i, title
    # a statement whose frame gives no headline ("Officials say"): the happening it reports
    # ("Protesters packed a car with explosives, witnesses said")
    for i in candidates:
        o = cites[i]
        # (a citation typed otherwise whose own title is the bare frame, "Serb official says", too)
        reported = headline.reported_happening(o.quote, o.trigger, o.trigger_at) \
            if o.type == "statement" or headline.bare_frame(o.title) else None
        lead = headline.report_lead(o.quote) if reported else 0  # "Photograph : X\/AP The ...": the sentence after it
        title = headline.cut(o.quote[lead:], reported[0], reported[1] - lead, o.date.text, "other") if reported else None
        title = headline.trim(headline.tidy(headline.strip_date(title))) if title else None
        if title:
            return i, title
    extracted = headline.extract(c.quote, c.trigger, keep=c.title)
    extracted = headline.strip_date(extracted) if extracted else None
    if extracted and not headline.ill_formed(extracted):
        return best, extracted
    # nothing reads as a headline as it stands: the first candidate that does once cut back to a
    # phrase boundary ("Businesses have all closed and are likely" -> "Businesses have all closed"),
    # else the naming sentence itself where it is short
    for i, title, source in trimmed:
        shorter = headline.trim(title)
        if shorter:
            return i, (None if shorter == source == cites[i].title and i == best else shorter)
    whole = headline.sentence_title(c.quote)
    if whole and not headline.ill_formed(whole):
        return best, whole
    # a clause that tells of the happening in passing ("Assad inherits power on the death of his
    # father") reads better than any title built from a phrase
    if aside:
        return aside
    # or a participle after its noun, a passive headline ("An affidavit made public"); or the trigger
    # noun with the phrase that names where or by whom ("Speech by NTC Chairman X")
    # or the clause of the verb whose object the event noun is ("Bush attends the G-20 meeting"): it
    # names who held the happening where the noun alone would be a bare "Meeting"
    for i in candidates:
        o = cites[i]
        verb = headline.governing_verb(o.quote, o.trigger, o.trigger_at)
        title = _cut(o.quote, verb[0], verb[1], o.date.text, "other") if verb else None
        title = headline.tidy(headline.strip_date(title)) if title else None
        if title and not headline.ill_formed(title) and o.trigger.lower() in title.lower():
            return i, title
    named: tuple[int, str] | None = None  # a two-word noun title that names whose ("NATO summit")
    for build in (headline.scene_title, headline.participle_title, headline.noun_title):
        for i in candidates:
            built = build(cites[i].quote, cites[i].trigger, cites[i].trigger_at)
            if built and not headline.ill_formed(built):
                return i, built
            if built and named is None and build is headline.noun_title and headline.noun_headline(built):
                named = (i, built)
    # or a two-word headline built at detection ("Unrest begins", "Workers die")
    for i in candidates:
        if headline.subject_verb(cites[i].title):
            return i, (None if i == best else cites[i].title)
    fallback = first_cut or ((best, extracted) if bad else (best, None))
    # a bare noun ("Meeting", "Coup", "Preliminary hearing") gives way to the noun with the name the
    # sentence gives it ("NATO meeting", "Mubarak's resignation"); a longer fallback keeps what it says
    if named and len((fallback[1] or cites[fallback[0]].title).split()) <= 2:
        return named
    return fallback


#: how many citations after the naming one may offer a plainer headline of the same date
_RIVALS = 3
#: subjects that name no one until the article has said who: "The league", "the city", "The pair"
_UNNAMED = frozenset("city town capital league group pair company country region area province bloc alliance "
                     "organisation organization agency body star singer".split())
_REFERRING = frozenset("he she it they his her its their him them".split())


def _specific(title: str) -> float:
    """How plainly a well-formed headline names who and where: names count for it (up to two),
    pronouns and an unnamed subject ("The league deploys ...", "the city") against it. In rank units:
    one point beats the naming citation's lead of one place."""
    words = title.split()
    names = sum(1 for w in words[1:] if w[:1].isupper() and w.strip(".,'’s").lower() not in _REFERRING)
    score = min(names, 2) * 0.5
    score -= sum(1 for w in words if w.lower().strip(".,") in _REFERRING) * 0.5
    score -= sum(1 for a, b in zip(words, words[1:]) if a.lower() == "the" and b.lower().strip(".,'’s") in _UNNAMED)
    return score


def _rival(good: list[tuple[float, int, str | None]], title: str) -> bool:
    """Whether a later well-formed headline may compete with the first one in hand: it tells the same
    happening in other words (two content words shared), so choosing it changes the wording only."""
    if not good:
        return True
    first = good[0][2]
    return first is None or len(_content(first) & _content(title)) >= 2


@lru_cache(maxsize=20_000)
def _cut(quote: str, trigger: str, at: int, date_text: str, kind: str) -> str | None:
    """``headline.cut``, kept for the next description of the same event (each new citation
    describes the event again from all its citations)."""
    return headline.cut(quote, trigger, at, date_text, kind)


_NO_CONTEXT = Context(lead="", trigger="", between="", before_date="", after_date="")


def _cited_status(c: Cited) -> tuple[str, str]:
    """A citation's (status, relation); one stored before statuses existed gets them from its date,
    type and publication date alone (status.status_of without the words around it)."""
    if c.status and c.relation:
        return c.status, c.relation
    try:
        published = dt.date.fromisoformat(c.published[:10])
    except (TypeError, ValueError):
        return "happened", RELATION_OF_QUALIFIER.get(c.date.qualifier, "on")
    return status_of(c.date, _NO_CONTEXT, c.type, published)


def _status(cites: list[Cited], best: int, date) -> tuple[str, str]:
    """The status the latest sources give (majority among them, ties to the naming citation),
    and the relation most citations on the event's own date give."""
    told = [_cited_status(c) for c in cites]
    latest = max(c.published for c in cites)
    recent = Counter(told[i][0] for i, c in enumerate(cites) if c.published == latest)
    top = max(recent.values())
    tied = sorted(s for s, k in recent.items() if k == top)
    status = told[best][0] if told[best][0] in tied else tied[0]
    on_date = Counter(told[i][1] for i, c in enumerate(cites) if c.date == date) or Counter([told[best][1]])
    top = max(on_date.values())
    tied = sorted(r for r, k in on_date.items() if k == top)
    relation = told[best][1] if told[best][1] in tied else tied[0]
    return status, relation
