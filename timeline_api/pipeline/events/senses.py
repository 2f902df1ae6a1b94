"""Word senses: a trigger's type decided by its arguments, not by the word alone.

The trigger tables give each word one type; several words have senses that belong to another
type or to none, and the words around them tell which ("met Dr Murray in 2005" is an acquaintance,
"met Tuesday with ElBaradei" is talks; "a raid on the clinic" by police is a search, "a raid on
army positions" is an attack). Each rule below looks at one trigger and the words around it and
returns the type that sense belongs to, ``NO_EVENT`` where it names no happening, or None to leave
the table's type. Every rule was counted
over whole topic stores and a read sample of what it changes (bench/README.md, "Types at scale").

``RULES`` names every rule; ``active`` lets bench/types_diff.py measure one rule at a time.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateInterval


#: What a rule returns for a word that, in this sense, names no happening at all.
NO_EVENT = ""


@dataclass(frozen=True)
class Sense:
    """What a rule sees of one trigger: its table row's type and key, its words and their surroundings."""

    type: str
    key: str
    pos: str
    text: str  # the trigger as written
    before: str  # up to 60 characters of the sentence before the trigger
    after: str  # up to 80 characters of the sentence after it
    clause: str  # the whole sentence
    date: DateInterval | None
    published: dt.date | None


# -- negotiation: meetings and conferences that are not talks ------------------------------------

def _acquaintance(s: Sense) -> str | None:
    """'first met Ceausescu in 1989', 'an actress who met Dr Murray in 2005': a meeting known only
    to the year is how two people came to know each other, not talks on a day."""
    if s.type != "negotiation" or s.key != "talks" or s.text.lower() not in ("met", "meets", "meet"):
        return None
    if re.search(r"\bfirst\s+$", s.before, re.I):
        return "other"
    if s.date is not None and s.date.precision in ("year", "decade", "century"):
        return "other"
    return None


def _talks_about(s: Sense) -> str | None:
    """'Margaret Evison talks about her son': a person speaking, not negotiations."""
    if s.type != "negotiation" or s.text.lower() != "talks":
        return None
    if re.match(r"\s+(?:about|of)\b", s.after) and re.search(r"(?:\b[A-Z][\w'’-]+|\b(?:he|she|who))\s+$", s.before):
        return "statement"
    return None


_DIPLOMATIC = re.compile(
    r"\b(?:international|donors?|peace|summit|ministers?|ministerial|governments|countries|nations|delegat\w+|"
    r"envoys?|diplomats?|U\.?N\.?|United\s+Nations|League|Union|contact\s+group|G-?\d+|NATO|leaders|"
    r"foreign|bilateral|regional|reconstruction|postwar|creditors|opposition|Friends\s+of)\b|\bconference\s+(?:on|about)\s+[A-Z]|"
    r"\b[A-Z][a-z]+\s+conference\s+(?:on|about)\b", re.I)


def _conference(s: Sense) -> str | None:
    """A party, industry or academic conference (or a conference room) is a gathering, not talks
    between parties: negotiation needs a diplomatic word near it ('an international conference on
    Libya', 'a donor conference', 'a London conference of 40 governments')."""
    if s.type != "negotiation" or not s.text.lower().startswith("conference"):
        return None
    around = " ".join(s.before.split()[-8:]) + " " + s.text + " " + " ".join(s.after.split()[:8])
    if _DIPLOMATIC.search(around):
        return None
    if (re.match(r"\s+calls?\b", s.after) or re.search(r"\b(?:press|news)\s+$", s.before, re.I)) \
            and re.search(r"\b(?:said|says|told|tells|reporters|analysts|investors|briefed|announced)\b", s.clause):
        return "statement"  # "Wells said in a conference call Saturday": what was said, not talks
    return "other"


# -- attack: words spelt like an attack ------------------------------------------------------------

def _attack_modifier(s: Sense) -> str | None:
    """'attack helicopters fired missiles': aircraft that strike from the air (a strike); 'a heart
    attack', 'an asthma attack': an illness, whatever followed it (other)."""
    if s.type not in ("attack", "strike") or s.text.lower() not in ("attack", "attacks"):
        return None
    if re.search(r"\b(?:heart|asthma|panic|anxiety|epileptic|allergic|gout)\s+$", s.before, re.I):
        return "other"
    if re.match(r"\s+(?:helicopters?|aircraft|jets?|planes?|gunships?|drones?)\b", s.after, re.I):
        return "strike"
    return None


_WEATHER = re.compile(r"\b(?:snow\w*|blizzards?|winter|arctic|wintry|cold|icy|ice|freez\w+|weather|"
                      r"storms?|rain\w*|wind\w*|heat)\b", re.I)


def _weather_blast(s: Sense) -> str | None:
    """'another winter blast to hit the East Coast': weather, not a bombing."""
    if s.type != "attack" or not s.text.lower().startswith("blast"):
        return None
    near = " ".join(s.before.split()[-3:]) + " " + " ".join(s.after.split()[:4])
    return "other" if _WEATHER.search(near) else None


_SEARCHERS = re.compile(r"\b(?:police|detectives?|investigators?|agents|officers|FBI|DEA|prosecutors?|"
                        r"warrants?|search\w*|clinic|offices?|home|house|premises|tax|takeover|customs)\b", re.I)
_HARM = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|shot|shoot\w*|fire[ds]?|bomb\w*|"
                   r"explo\w+|rockets?|missiles?|mortars?|clashes|fighting|rebels?|fighters|positions|"
                   r"militants?|insurgents?|defectors|gunmen|captured|troops|soldiers|army|military)\b", re.I)


def _search_raid(s: Sense) -> str | None:
    """'the police raid on Dr Murray's clinic', 'a tax raid': a search or a seizure without
    violence is no attack (an arrest-like step: other); 'security forces killed students in a
    raid' stays one."""
    if s.type != "attack" or not s.text.lower().startswith("raid"):
        return None
    near = " ".join(s.before.split()[-6:]) + " " + " ".join(s.after.split()[:8])
    if _SEARCHERS.search(near) and not _HARM.search(s.clause):
        return "other"
    return None


# -- regime change that did not happen -------------------------------------------------------------

def _coup_attempt(s: Sense) -> str | None:
    """'a coup plot', 'a failed coup', 'coup attempt': an attempt or a charge, the regime stands."""
    if s.type != "regime_change" or not s.text.lower().startswith("coup"):
        return None
    if re.match(r"\s+(?:plots?|plotters?|attempts?|bids?|rumou?rs?|allegations?|charges?|conspiracy|try)\b",
                s.after, re.I) or re.search(r"\b(?:attempted|failed|foiled|abortive|alleged|thwarted|"
                                            r"botched|planned|plotting|plotted)\s+$", s.before, re.I):
        return "other"
    return None


_WISHED = re.compile(r"\b(?:push(?:es|ing)?|call(?:s|ed|ing)?|demand(?:s|ed|ing)?|cr(?:y|ies|ied)|campaign(?:s|ed|ing)?|"
                     r"press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|argu(?:e|es|ed|ing))\s+for\s+((?:[\w'’-]+\s+){0,6})$|"
                     r"\b(?:oppos(?:e|es|ed|ing)|against|matter\s+of\s+time\s+(?:before|until))\s+((?:[\w'’-]+\s+){0,6})$",
                     re.I)


def _wished_fall(s: Sense) -> str | None:
    """'pushing for the ouster of Gadhafi', 'cries for Mubarak's ouster', 'only a matter of time
    until the government fell': a fall wished for, opposed or foreseen has not happened (no event)."""
    if s.type != "regime_change":
        return None
    wish = _WISHED.search(s.before)
    if wish is None or re.search(r"\b(?:since|after|before|following|until|when|amid|during|despite)\b",
                                 wish.group(wish.lastindex), re.I):
        return None  # "called for a delay since Assad's fall": the fall is the time, not the wish
    return NO_EVENT


# -- endings that are not a withdrawal -------------------------------------------------------------

def _ended_other(s: Sense) -> str | None:
    """'battles ended a truce', 'sorties halted the forces' advance': fighting, not a pull-out;
    'ended his rule': a fall."""
    if s.type != "withdrawal" or s.pos != "verb" or s.key not in ("end", "withdrawal"):
        return None
    head = re.match(r"\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?"
                    r"(truces?|ceasefires?|cease-fires?|lull|calm|stalemate|standoff|stand-off|advances?|"
                    r"rule|reign|regime|presidency|dictatorship)\b", s.after, re.I)
    if not head:
        return None
    if head.group(1).lower() in ("rule", "reign", "regime", "presidency", "dictatorship"):
        return "regime_change"
    return "conflict" if _HARM.search(s.clause) else "other"


# -- arrivals of forces ---------------------------------------------------------------------------

_ARRIVING_FORCE = re.compile(r"\b(?:troops|soldiers|forces|monitors|observers|peacekeepers|marines|"
                             r"advance\s+team|(?:UN|U\.N\.)\s+team|contingent|battalions?|warships?|"
                             r"mission)\b", re.I)


def _force_arrives(s: Sense) -> str | None:
    """'The advance UN team arrived in Syria', 'the first monitors arrived': forces or monitors sent
    into an area (deployment), not a visit."""
    if s.type != "other" or s.key not in ("arrival", "visit") or not s.text.lower().startswith("arriv"):
        return None
    subject = " ".join(s.before.split()[-6:])
    return "deployment" if _ARRIVING_FORCE.search(subject) else None


# -- saying verbs that say nothing -----------------------------------------------------------------

_DETERMINED_NOUN = re.compile(r"\b(?i:a|an|the|its|their|his|her|this|that|one)\s+(?:[\w'’-]+\s+){0,2}?"
                              r"(?!(?:has|have|had|is|are|was|were|who|which)\b)[a-z][\w-]*\s+$")


def _naming(text: str, before: str, after: str) -> bool:
    """'a Facebook page dubbed "Syrian Revolution 2011"', 'an operation dubbed "top kill"': a
    participle giving a name, right after the noun it names, not someone saying something."""
    return text.lower() in ("called", "dubbed", "branded", "named", "described") \
        and bool(_DETERMINED_NOUN.search(before)) \
        and bool(re.match(r"\s+(?:(?:a|an|the)\s+)?(?:``|“|\"|')", after))


def _what_said(text: str, before: str, after: str) -> bool:
    """'what they said was an extensive interview', 'what it called the "crusader enemy"': a free
    relative naming something in the speaker's words; the sentence reports the thing."""
    if not re.search(r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", before, re.I):
        return False
    # "what the president said yesterday" is his statement; "what he said was a refusal" names a thing
    return text.lower() in ("called", "described", "termed", "dubbed", "branded") \
        or bool(re.match(r"\s+(?:was|were|is|are|would\s+be|had\s+been)\b", after))


SAYING_RULES = {"naming": _naming, "what-said": _what_said}


def not_saying(text: str, before: str, after: str) -> bool:
    """Whether a saying verb of the statement table is, here, no statement at all."""
    return any(rule(text, before, after) for name, rule in SAYING_RULES.items() if name in active)


# -- interviews that are questioning --------------------------------------------------------------

def _police_interview(s: Sense) -> str | None:
    """'police carried out an extensive interview with the doctor', 'detectives interviewed him':
    questioning by investigators is a step of an inquiry (other), not a public statement."""
    if s.type != "statement" or not s.text.lower().startswith("interview"):
        return None
    near = " ".join(s.before.split()[-10:]) + " " + " ".join(s.after.split()[:6])
    return "other" if re.search(r"\b(?:police|detectives?|investigators?|FBI|officers|prosecutors?|"
                                r"interrogat\w+|questioning)\b", near, re.I) else None


# -- conversations between officials --------------------------------------------------------------

_MEDIA = re.compile(r"(?:CNN|BBC|reporters|journalists|the\s+press|the\s+media|the\s+people|the\s+nation|"
                    r"crowds?|supporters|students|an?\s+|his\s+(?:mother|father|wife|family)|her\s+(?:mother|father|"
                    r"husband|family))\b", re.I)


def _spoke_with(s: Sense) -> str | None:
    """'Obama spoke to Cameron by telephone on Saturday', 'Gates spoke with his counterpart': two
    officials consulting (PLOVER CONSULT: talks), not a public statement ('spoke to reporters',
    'spoke at the UN' stay statements)."""
    if s.type != "statement" or s.text.lower() not in ("spoke", "speaks", "spoken"):
        return None
    match = re.match(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:with|to)\s+(.{0,40})", s.after)
    if not match or _MEDIA.match(match.group(1)):
        return None
    party = re.match(r"(?:[A-Z]|(?:his|her|their)\s+(?:counterparts?|equivalents?)|the\s+(?:leaders|heads|"
                     r"presidents?|prime\s+ministers?|foreign|defen[cs]e|king|emir)\b)", match.group(1))
    return "negotiation" if party or re.search(r"\bby\s+(?:tele)?phone\b", s.clause) else None


RULES = {
    "acquaintance": _acquaintance,
    "talks-about": _talks_about,
    "conference": _conference,
    "attack-modifier": _attack_modifier,
    "weather-blast": _weather_blast,
    "search-raid": _search_raid,
    "coup-attempt": _coup_attempt,
    "wished-fall": _wished_fall,
    "ended-other": _ended_other,
    "force-arrives": _force_arrives,
    "police-interview": _police_interview,
    "spoke-with": _spoke_with,
}

#: The rules in force (all of them; bench/types_diff.py narrows it to measure one).
active: set[str] = set(RULES) | set(SAYING_RULES) | {"reported-happening"}


def retype(sense: Sense) -> str:
    """The type of the trigger's sense: the first rule that recognises it, else the table's type."""
    for name, rule in RULES.items():
        if name in active:
            found = rule(sense)
            if found is not None:
                return found
    return sense.type
