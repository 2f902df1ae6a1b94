"""Dates for undated incident mentions, from the words that do date them.

An undated mention (detect.py keeps only regime falls, identifiable attacks and strikes,
and concluded agreements undated) is mostly background: "the uprisings that toppled
Mubarak", "stop the killing", "since the fall of Tripoli". Those stay undated: the article's
own dates are not theirs. Three narrow cases do carry their date, measured on whole
Timeline17 topics and read (bench/README.md, "Undated mentions anchored"):

1. **its relative clause**: "the massacre at Houla, in which 108 people were killed on
   25 May", "the Midan explosion, which happened ... on Friday": the clause that follows
   the noun dates it, although the date attached to the clause's own verb;
2. **the narration it continues**: an attack or strike that a sentence with no date of its
   own reports as doing harm ("A second blast in the region killed four soldiers", "was
   wounded in the attack") right after a sentence that dates a violent happening to one
   recent day (within a week before publication) takes that day: news narration keeps its
   reference time until a new date is given (HeidelTime's reference time). A definite
   incident with a target ("the attack on the television network") must find its target in
   the sentences it continues (else it is another incident than theirs). Quotations,
   words that move the time ("earlier", "last week"), named incidents ("the Houla
   massacre": a reference, often to weeks before) and relative clauses ("an airstrike that
   killed ...": background) are left alone;
3. **its name elsewhere in the article**: "the Houla massacre" takes the one day another
   mention of the article gives the incident of that name ("the massacre at Houla, in which
   108 people were killed on 25 May"); only a name before the noun counts ("an attack in
   Misrata" is one of many there).

Not done, because the data says no: the publication day for a past or present-perfect
report in the lead (TimeML links such events BEFORE the creation time far more often than
on its day: bench/anchoring.py), and the previous sentence's date without the conditions of
rule 2 (about half right there, and worse read on Timeline17).

The date keeps the words that gave it (``text``); for rule 2 they are in the sentence before,
not in the quote.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import UNDATED, DateInterval, EventMention, Sentence, Timex

#: Types whose undated mentions are incidents a narration reports (regime falls and
#: agreements undated are background or hypothetical in nearly every case read).
INCIDENT_TYPES = frozenset({"attack", "strike"})

#: The incident is what the sentence reports happening: the subject of a past-tense harm verb
#: ("A second blast in the Aleppo region killed four soldiers"; no relative clause between:
#: "an airstrike that killed one of his children" is background) or its agent or cause
#: ("were wounded by a second mortar blast", "was wounded in the attack").
_HARM = r"(?:killed|wounded|injured|hurt|hit|struck|destroyed|damaged|wrecked|left\s+\d[\d,]*(?:\s+people)?\s+dead)"
_SUBJECT_OF = re.compile(r"^(?:\s+(?!(?:that|which|who|where|when)\b)[^\s,;:]+){0,8}?\s+(?:had\s+)?" + _HARM + r"\b", re.I)
_AGENT_OF = re.compile(r"\b" + _HARM + r"\s+(?:in|by|during)\s+(?:[\w.'-]+\s+){0,4}$", re.I)
#: A violent happening in the dating sentence (the narration is about the same kind of thing).
_VIOLENT = re.compile(r"\b(?:kill\w*|blasts?|bomb\w*|attack\w*|raids?|strikes?|struck|shell\w*|explosions?|"
                      r"wounded|injured|dead|fired|shot|assault\w*|ambush\w*)\b", re.I)
#: A named happening ("the Houla massacre", "the car bomb attack at the U.S. embassy in Nairobi"):
#: a reference to an incident the reader knows, often from weeks before, not the narration's next step.
_NAMED_BEFORE = re.compile(r"\b(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w.-]*\s+(?:[\w-]+\s+){0,2}$")
_NAMED_AFTER = re.compile(r"^\s+(?:at|in|on|near|outside|of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?[A-Z]")
_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+(?:[\w.-]+\s+){0,3}$")
#: Words that move the narration off its day ("Earlier a bomb attack ... killed three").
_SHIFT = re.compile(r"\b(?:earlier|later|previously|before\s+that|after\s+that|ago|since|once|"
                    r"last\s+(?:week|month|year)|in\s+the\s+past|the\s+day\s+before|the\s+previous)\b", re.I)
_QUOTE = re.compile(r"``|''|[\"“”]")
#: The noun's relative clause: its modifiers (a place, "of" + names), a comma, the relative word.
_RELATIVE = re.compile(r"^(?:\s+(?:at|in|on|of|near)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                       r"\s*,\s+(?:in\s+which|during\s+which|which|that|where|when)\s+[^,;]*$")
_RELATIVE_VERB = re.compile(r"\b(?:killed|died|happened|occurred|took\s+place|exploded|went\s+off|"
                            r"was\s+carried\s+out|were\s+shot|was\s+shot|left)\b", re.I)

NARRATIVE_DAYS = 7  # how far before publication a narrated day may lie


def _day(timex: Timex) -> bool:
    d = timex.date
    return d is not None and d.start is not None and d.start == d.end and d.precision == "day" \
        and timex.type in ("DATE", "TIME")


def _inside(timexes: list[Timex], start: int, end: int) -> list[Timex]:
    return [t for t in timexes if start <= t.start and t.end <= end]


_PLACE_OF = re.compile(r"^\s+(?:on|at|in|near|against|outside)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,2}[\w-]+)")


def _given(lead: str, tail: str, context: str) -> bool:
    """A definite incident with its target ("the attack on the television network") refers back: its
    target must be in the sentences it continues, else it is another incident than the one they date."""
    if not _DEFINITE.search(lead):
        return True
    target = _PLACE_OF.match(tail)
    if not target:
        return True
    words = [w for w in target.group(1).lower().split() if len(w) > 3]
    return not words or any(re.search(r"\b" + re.escape(w), context, re.I) for w in words)


def relative_clause_date(mention: EventMention, text: str, timexes: list[Timex]) -> Timex | None:
    """The day date of the relative clause right after the mention's noun, if the clause reports it."""
    trigger_end = mention.trigger_start + len(mention.trigger)
    for timex in _inside(timexes, trigger_end, mention.end):
        if not _day(timex):
            continue
        between = text[trigger_end:timex.start]
        if _RELATIVE.match(between) and _RELATIVE_VERB.search(between):
            return timex
        break  # only the first date after the noun
    return None


def narrated_date(mention: EventMention, text: str, published, sentence: int, sentences: list[Sentence],
                  timexes: list[Timex]) -> Timex | None:
    """The one recent day of the sentence before (or the one before that) a past-tense incident report continues."""
    if mention.type not in INCIDENT_TYPES or sentence <= 0:
        return None
    quote = text[mention.start:mention.end]
    if _QUOTE.search(quote) or _SHIFT.search(quote) or _inside(timexes, mention.start, mention.end):
        return None
    lead = quote[:mention.trigger_start - mention.start]
    tail = quote[mention.trigger_start - mention.start + len(mention.trigger):]
    if _NAMED_BEFORE.search(lead) or _DEFINITE.search(lead) and _NAMED_AFTER.match(tail):
        return None
    if not (_SUBJECT_OF.match(tail) or _AGENT_OF.search(lead)):
        return None
    for k in (sentence - 1, sentence - 2):
        if k < 0:
            return None
        before = sentences[k]
        found = _inside(timexes, before.start, before.end)
        if not found:
            continue
        dated = [t for t in found if t.date is not None and t.date.start is not None]
        if not dated:
            continue  # a duration or a vague time does not date the narration
        if not all(_day(t) for t in dated) or len({t.date.start for t in dated}) != 1:
            return None
        day = dated[0].date.start
        if not 0 <= (published - day).days <= NARRATIVE_DAYS or not _VIOLENT.search(before.text):
            return None
        if not _given(lead, tail, text[before.start:mention.start]):
            return None
        return dated[0]
    return None


_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
_NAME_BEFORE = re.compile(r"\b(?i:the|this|that|last\s+week's|last\s+month's)\s+(" + _NAME + r")\s+(?:[a-z][\w-]*\s+)?$")
_NAME_AFTER = re.compile(r"^\s+(?:at|in|on|near|outside)\s+(?:the\s+)?(" + _NAME + r")")
#: Capitalized words that name no place or target ("the U.S. attack" is not one incident).
_NOT_NAMES = frozenset({"US", "U.S.", "UN", "U.N.", "Nato", "NATO", "Israeli", "American", "British", "Syrian",
                        "Libyan", "Egyptian", "Iraqi", "French", "Russian", "Western", "Arab", "Islamist",
                        "Government", "Army", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday"})


def incident_name(mention: EventMention, before_only: bool = False) -> str:
    """The name an incident noun carries ("the Houla massacre", "the shooting at Fort Hood"), or ''.

    ``before_only``: only a name before the noun, the way a known incident is named ("an attack
    in Misrata" is one of many there; "the Houla massacre" is one).
    """
    at = mention.trigger_start - mention.start
    if at < 0:
        return ""
    lead, tail = mention.quote[:at], mention.quote[at + len(mention.trigger):]
    found = _NAME_BEFORE.search(lead) or (None if before_only else _NAME_AFTER.match(tail))
    if not found:
        return ""
    words = [w for w in found.group(1).split() if w not in _NOT_NAMES]
    return " ".join(words)


def named_date(mention: EventMention, mentions: list[EventMention]) -> DateInterval | None:
    """The one day another mention of the article gives the same named incident."""
    if mention.type not in INCIDENT_TYPES:
        return None
    name = incident_name(mention, before_only=True)
    if not name:
        return None
    days = {(m.date.start, m.date.text): m.date for m in mentions
            if m is not mention and m.type in INCIDENT_TYPES and m.date.start is not None
            and m.date.start == m.date.end and m.date.qualifier == "exact" and incident_name(m) == name}
    if len({day for day, _ in days}) != 1:
        return None
    return next(iter(days.values()))


def anchor_undated(mentions: list[EventMention], text: str, published, sentences: list[Sentence],
                   timexes: list[Timex]) -> None:
    """Date the undated mentions of one document that the rules above can date, in place."""
    index = {s.start: k for k, s in enumerate(sentences)}
    for mention in mentions:
        if mention.date is not UNDATED:
            continue
        timex = relative_clause_date(mention, text, timexes)
        if timex is None:
            k = index.get(mention.start)
            timex = None if k is None else narrated_date(mention, text, published, k, sentences, timexes)
        if timex is not None:
            mention.date = _as_date(timex)
    dated = {}
    for mention in mentions:
        if mention.date is UNDATED:
            date = named_date(mention, mentions)
            if date is not None:
                dated[id(mention)] = date
    for mention in mentions:  # after the search: a date given here does not date another mention
        if id(mention) in dated:
            mention.date = dated[id(mention)]


def _as_date(timex: Timex) -> DateInterval:
    assert timex.date is not None
    return replace(timex.date, qualifier="exact", text=timex.text)
