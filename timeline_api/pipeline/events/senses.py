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


_PROPOSING = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|appeal(?:s|ed|ing)?(?:\s+to(?:\s+[\w'’-]+){1,3}?)?\s+for|call(?:s|ed|ing)?\s+for|"
    r"advocat(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|plead(?:s|ed|ing)?\s+for)\s+"
    r"(?:(?:a|an|the|new|fresh|immediate|direct|national|political|serious|proper|genuine|emergency|unconditional)\s+){0,3}$",
    re.I)


def _proposed_talks(s: Sense) -> str | None:
    """'Saleh offered dialogue with young people', 'appealed to rebel leaders for dialogue', 'called
    for an emergency meeting': talks offered, asked for or advocated are what someone said on the
    day (CAMEO puts an offer or an appeal to negotiate among verbal acts), not talks held."""
    if s.type != "negotiation" or s.key != "talks" or s.pos != "noun":
        return None
    if s.text.lower() not in ("talks", "dialogue", "negotiations", "negotiation", "meeting", "peace talks",
                              "consultations"):
        return None
    return "statement" if _PROPOSING.search(s.before) else None


_ON_AIR = re.compile(r"\b(?:on|in)\s+(?:(?:CNN|BBC|Fox|NBC|CBS|ABC|MSNBC|Al\s+Jazeera)\b|(?:the\s+|a\s+|his\s+|her\s+)?"
                     r"(?:air|television|TV|radio|program(?:me)?|show|broadcast|interview|podcast|blog)\b)", re.I)


def _discussed_aloud(s: Sense) -> str | None:
    """'Wedeman discussed the incident Friday on CNN', 'as we discussed when you were on the program',
    'as I discussed on Monday at the AMA': one person talking about a subject in public (a
    statement), not parties discussing it with each other."""
    if s.type != "negotiation" or s.text.lower() not in ("discussed", "discusses", "discuss"):
        return None
    if re.search(r"\b(?:as|what|that)\s+(?:I|we|you)\s+(?:have\s+|'ve\s+|just\s+)?$|\b(?:I|we)\s+(?:have\s+|'ve\s+)$",
                 s.before) or _ON_AIR.search(s.after[:60]):
        return "statement"
    return None


def _opening_statement(s: Sense) -> str | None:
    """'In Tuesday's opening statement, the prosecutor told the court ...', 'Barton apologised in his
    opening statement': a speaker's opening statement is what they said (statement); 'opening
    statements began on Monday', with nobody speaking, stays a step of the trial (other)."""
    if s.type != "other" or not s.text.lower().startswith("opening statement"):
        return None
    # "his opening statement", "Stupak 's opening statement"; not "Tuesday 's", "last week 's"
    speaker = re.search(r"\b(?:his|her|their)\s+$|\s*['’]s\s+$", s.before) and not re.search(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|today|yesterday)\s*['’]s\s+$", s.before, re.I)
    saying = re.search(r"\b(?:said|says|told|tells|argued|argues|apologi[sz]ed|claimed|accused|insisted|described)\b",
                       s.clause)
    return "statement" if speaker or saying else None


# -- operations that are no war -------------------------------------------------------------------

def _civil_operation(s: Sense) -> str | None:
    """'since an evacuation operation began Monday', 'the top kill operation started on Wednesday':
    an operation that moves people or works on a well is no military campaign (other)."""
    if s.type != "conflict" or s.key != "war" or s.text.lower() not in (
            "began", "begun", "started", "opened", "kicked off", "got under way", "got underway"):
        return None
    if re.search(r"\b(?:evacuation|rescue|relief|aid|humanitarian|clean-?up|recovery|salvage|search|airlift|"
                 r"repatriation|kill|containment|capping|drilling|vaccination|immuni[sz]ation)\s+operations?\s*,?\s*"
                 r"(?:(?:which|that)\s+)?(?:had\s+|has\s+)?$", s.before, re.I):
        return "other"
    return None


_BODY = re.compile(r"\b(?:board|cabinet|committee|(?:city|town|county|municipal|parish|school)\s+council|"
                   r"shareholders?['’]?|stockholders?['’]?|staff|faculty|caucus|party)\s+(?:['’]s\s+)?$", re.I)


def _body_meeting(s: Sense) -> str | None:
    """'a BP board meeting on Monday', 'after a cabinet meeting on Thursday', 'a Senate committee
    meeting', 'hours before a City Council meeting': one body's own meeting, where it decides or
    hears, is no talks between parties (other); 'a Security Council meeting' is states meeting
    and stays talks."""
    if s.type != "negotiation" or s.text.lower() not in ("meeting", "meetings"):
        return None
    return "other" if _BODY.search(s.before) else None


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


_POINT_TARGET = re.compile(r"\b(?:complex|base|compound|checkpoints?|convoy|building|offices?|embassy|station|post|"
                           r"headquarters|barracks|prison|hotel|bus|car|home|house|ship|vessel|patrol)\b", re.I)
_TERRITORY = re.compile(r"\s+(?:on|against|in|into)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:city|cities|town|towns|"
                        r"villages?|strongholds?|bastions?|areas?|neighbou?rhoods?|districts?|suburbs?|province|region|"
                        r"territory|positions|enclave)\b|(?:city\s+of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\b)[A-Z][\w'’-]+)")
_ARMY = re.compile(r"\b(?:troops|army|forces|tanks|soldiers|regime|government|military|rebels|fighters|loyalists|"
                   r"militias?)\b", re.I)


def _assault_on_territory(s: Sense) -> str | None:
    """'security forces launched an assault on opposition-held areas of the city', 'after renewing
    their assault on Hama, tanks and troops held their positions': an army's assault on a city or a
    region is a phase of the fighting (conflict, as ACLED counts a battle for territory), not one
    violent act; an assault on a base or a convoy stays an attack. 'Assault rifles' name weapons."""
    if s.type != "attack" or s.text.lower() not in ("assault", "assaults"):
        return None
    if re.match(r"\s+(?:rifles?|weapons|guns?|craft|vehicles|boats|ships|troops|teams?|course)\b", s.after, re.I):
        return "other"
    if not _ARMY.search(s.clause):
        return None
    territory = _TERRITORY.match(s.after)
    if territory and not _POINT_TARGET.search(territory.group(0) + " " + " ".join(s.after[territory.end():].split()[:2])):
        return "conflict"
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


_ADVERB_WELL = re.compile(r"\bas\s+well\b|\bwell[-‐‑]|\b(?:may|might|could|all\s+too|very|alive\s+and|so|too|quite|"
                          r"pretty|only)\s+well\b|\bwell\s+(?:above|below|over|under|before|after|beyond|into|known|"
                          r"ahead|aware|short)\b", re.I)
_FACILITIES = frozenset({"oil", "well", "refinery", "pipeline", "plant", "factory", "mine", "rig", "reactor", "boiler"})
_ARMED = re.compile(r"\b(?:forces|troops|rebels?|loyalists|gunmen|militants?|fighters|soldiers|army|NATO|warplanes|jets|"
                    r"air\s*strikes?|airstrikes?|artillery|rockets?|shell(?:s|ed|ing)|bombs?|pirates?|insurgents?|"
                    r"tribesmen|snipers?|militias?|militiam[ae]n|attackers|assailants|terrorists?|terrorism|suicide|saboteurs?|Gaddafi|Gadhafi|Qaddafi|"
                    r"Assad|regime)\b", re.I)


_FROM_THE_AIR = re.compile(r"\b(?:NATO|alliance|jets|warplanes|aircraft|planes|helicopters|drones|air\s*strikes?|"
                           r"airstrikes?)\b", re.I)


def _disaster_words(clause: str, disaster: re.Pattern) -> set[str]:
    return {word.lower() for word in disaster.findall(clause)}


def names_disaster(clause: str, disaster: re.Pattern) -> bool:
    """Whether a clause names a disaster, so that what 'killed' or 'struck' there is no attack: 'the
    quake killed 200', 'the explosion on the rig'. 'Well' as an adverb ('as well as', 'a well-known
    activist') is no oil well; and where only a facility is named (an oil port, a refinery, a
    pipeline) and an armed side is too, the violence is at the facility ('Gaddafi loyalists killed
    15 guards in an attack on an oil refinery', 'forces shelled the oil town of Brega')."""
    if "facility-violence" in active:
        clause = _ADVERB_WELL.sub(" ", clause)
    found = _disaster_words(clause, disaster)
    if not found:
        return False
    if "facility-violence" in active and found <= _FACILITIES and _ARMED.search(clause):
        return False
    return True


def violence_type(type_: str, clause: str, disaster: re.Pattern) -> str:
    """An attack's or a strike's type where its clause may name a disaster: 'other' for a disaster;
    where the disaster words were only a facility or an adverb ('NATO jets bombed the oil port',
    'the alliance targeted a bunker as well as depots'), an attack from the air is a strike."""
    if names_disaster(clause, disaster):
        return "other"
    if type_ == "attack" and "facility-violence" in active and _disaster_words(clause, disaster) \
            and _FROM_THE_AIR.search(clause):
        return "strike"
    return type_


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


_FORESEEN = re.compile(r"\s+(?:(?:of|to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:is|was|seems|seemed|appears|appeared|looks|looked)\s+"
                       r"(?:(?:very|so|now|still|all\s+but|increasingly)\s+)?(?:close|near|imminent|inevitable|"
                       r"(?:only\s+)?a\s+matter\s+of\s+(?:time|days|weeks))\b", re.I)


_CONJECTURED = re.compile(r"\s+(?:(?:of|to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:would|could|might|may|will)\s+(?!have\s+been\b|to\b)", re.I)


def _foreseen_fall(s: Sense) -> str | None:
    """'the capital's fall is very close', 'Mubarak's fall seems inevitable', 'the downfall of the
    regime was only a matter of time': a fall someone foresees has not happened (no event); the
    fall that did happen is told with a past verb or a date."""
    if s.type != "regime_change" or s.pos != "noun" or s.text.lower() not in ("fall", "downfall", "collapse", "ouster",
                                                                             "overthrow", "toppling", "removal"):
        return None
    if _FORESEEN.match(s.after):
        return NO_EVENT
    # "Assad's fall would leave Syria without a central authority", "a fall of the regime could herald":
    # an undated fall as the subject of a modal is a conjecture about the future
    if s.date is None and _CONJECTURED.match(s.after):
        return NO_EVENT
    return None


_THINGS = (r"barricades?|statues?|walls?|fences?|buildings?|houses?|homes|towers?|cranes?|wharf|piers?|poles?|trees?|"
           r"rigs?|platforms?|bridges?|roofs?|columns?|pylons?|posters?|portraits?|monuments?|cars?|trucks?|vehicles?|"
           r"shelves|stacks?|tents?")
_PHYSICAL_SUBJECT = re.compile(rf"\b(?:{_THINGS}|crane|rounds|shells?|rockets?|mortars?|bombs?|missiles?)\s+"
                               r"(?:(?:that|which|had|has|have|just|then|also|all)\s+){0,3}$", re.I)
_PROJECTILES = re.compile(r"\b(?:rounds|shells?|shelling|rockets?|mortars?|bombs?|missiles?)\s+(?:[\w'’-]+\s+){0,6}$", re.I)


def _physical_fall(s: Sense) -> str | None:
    """'protesters toppled barricades', 'the crane has toppled forward', 'the rig toppled into the
    sea', 'shells fell in Tunisia', 'the plan fell apart', 'he collapsed while delivering a speech':
    a thing or a body falling, not a ruler losing power. Shells that land are fire from afar
    (strike); the rest is other."""
    if s.type in ("regime_change", "other") and s.text.lower() == "fell" and _PROJECTILES.search(s.before) \
            and re.match(r"\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:in|on|into|near|inside|around)\b", s.after):
        return "strike"
    if s.type != "regime_change" or s.pos != "verb" or not re.match(r"(?:was\s+|were\s+)?(?:toppl|fell|collaps)",
                                                                    s.text.lower()):
        return None
    if re.match(rf"\s+(?:(?:the|a|an|some|several|two|three|its|their)\s+)?(?:[\w'’-]+\s+)?(?:{_THINGS})\b", s.after, re.I):
        return "other"  # "toppled barricades", "toppled the statue"
    if re.match(r"\s+(?:apart|over|down|forward|backward|sideways|to\s+the\s+ground|into\s+the\s+(?:sea|water|gulf|river)|"
                r"while|during|on\s+stage)\b", s.after, re.I):
        return "other"
    if _PHYSICAL_SUBJECT.search(s.before) or re.search(r"\b(?:in|by)\s+the\s+(?:quake|earthquake|storm|blast|explosion|"
                                                         r"wind|winds|hurricane)\b", s.after[:40], re.I):
        return "other"
    return None


_RULE = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,8}?(?:rule|regime|government|rulers|reign|dictatorship|"
                   r"monarchy|presidency|junta|cabinet|Soviet\s+Union|(?:Ottoman|Soviet|Russian|British|Roman)\s+Empire)\b")


def _collapse_of_rule(s: Sense) -> str | None:
    """'forced the collapse of Ben Ali's 23-year rule', 'the collapse of rulers in Egypt and Tunisia',
    'the collapse of the Soviet Union': the table's 'collapse' (a bank's, a market's: other) said of a
    rule or a state is a fall (regime_change)."""
    if s.type != "other" or s.pos != "noun" or s.text.lower() != "collapse":
        return None
    return "regime_change" if _RULE.match(s.after) else None


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


# -- armed entries into a place ------------------------------------------------------------------

_MOVING_IN = frozenset({"moved", "swept", "pushed", "rolled", "marched", "poured", "went", "advanced", "stormed", "drove"})
_ENTERING_SIDE = re.compile(r"\b(?:troops|forces|rebels|fighters|tanks|soldiers|army|militias?|militiam[ae]n|loyalists|"
                            r"insurgents|militants|gunmen|units|brigades?|battalions?)\s+(?:(?:had|have|has|then|finally|"
                            r"also|first|reportedly|eventually)\s+)?(?:(?:forcibly|quickly|later|again)\s+)?$", re.I)
_ENTERED_PLACE = re.compile(r"\s+(?:(?:into|in)\s+)?(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:city|capital|town|towns|"
                            r"villages?|quarters?|districts?|neighbou?rhoods?|suburbs?|areas?|outskirts|port|compound|"
                            r"stronghold|province|region|territory)\b|[A-Z][\w'’-]+)")


def _armed_entry(s: Sense) -> str | None:
    """'rebel forces entered the towns of Surman and Sabrata late Sunday', 'pro-Ouattara fighters
    entered Abidjan on Monday', 'ground troops moved into the besieged quarter': an armed side
    going into a place it fights for is a phase of the war (conflict: territory entered or
    overrun), where no table word names it and the fallback verb took it as other."""
    word = s.text.lower()
    if s.type != "other" or s.key != "event" or not (
            word in ("entered", "overran") or (word in _MOVING_IN and re.match(r"\s+(?:into|in)\b", s.after))):
        return None
    if not _ENTERING_SIDE.search(s.before) or not _ENTERED_PLACE.match(s.after):
        return None
    return "conflict"


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


_SEALED = re.compile(r"\b(?:sign(?:ed|s|ing)|reached|struck|concluded|sealed|clinched)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_SEALED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:were|was|have\s+been|has\s+been)\s+)?"
                           r"(?:signed|reached|struck|concluded|sealed|clinched)\b", re.I)
_AGREED_TO_MEET = re.compile(r"\s+(?:on\s+\w+\s+)?to\s+(?:meet|hold|attend|join|resume|start|begin|open|talk|negotiate|"
                             r"discuss|consider|convene)\b", re.I)


def concluded_at_talks(type_: str, members: list[tuple[str, str, str, str]]) -> str:
    """'Today's summit has seen new deals signed', 'dissident groups meeting in Istanbul agreed to
    recognise the council': the talks that a sentence dates ended in an agreement concluded there,
    so the happening is the agreement. ``members``: each trigger of the mention as (type, text,
    words before, words after). An agreement only mentioned ('discussed a ceasefire') or agreed
    talks ('agreed to meet on Saturday') leave the talks."""
    if type_ != "negotiation" or "concluded-at-talks" not in active:
        return type_
    for kind, text, before, after in members:
        word = text.lower()
        if kind != "agreement":
            continue
        if word in ("signed", "ratified", "ratifies") \
                or (word == "agreed" and not _AGREED_TO_MEET.match(after)) \
                or _SEALED.search(before) or _SEALED_AFTER.match(after):
            return "agreement"
    return type_


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
    "foreseen-fall": _foreseen_fall,
    "physical-fall": _physical_fall,
    "collapse-of-rule": _collapse_of_rule,
    "ended-other": _ended_other,
    "force-arrives": _force_arrives,
    "armed-entry": _armed_entry,
    "body-meeting": _body_meeting,
    "police-interview": _police_interview,
    "spoke-with": _spoke_with,
    "proposed-talks": _proposed_talks,
    "discussed-aloud": _discussed_aloud,
    "opening-statement": _opening_statement,
    "civil-operation": _civil_operation,
    "assault-on-territory": _assault_on_territory,
}

#: The rules in force (all of them; bench/types_diff.py narrows it to measure one).
active: set[str] = set(RULES) | set(SAYING_RULES) | {"reported-happening", "facility-violence", "concluded-at-talks",
                                                   "frame-reports"}


def retype(sense: Sense) -> str:
    """The type of the trigger's sense: the first rule that recognises it, else the table's type."""
    for name, rule in RULES.items():
        if name in active:
            found = rule(sense)
            if found is not None:
                return found
    return sense.type
