"""Find event mentions in sentences and give each the date expression that belongs to it.

Steps, per sentence:

1. tokens and clauses (commas, semicolons, dashes, relative pronouns and
   subordinators, "that" after a reporting verb open a new clause);
2. triggers from the per-type tables, each checked against its context rule;
3. factuality: a trigger under a modal, a negation, a hypothetical or a
   wish ("may withdraw", "calls for the withdrawal", "no withdrawal") is not
   an event;
4. dates: each usable temporal expression goes to one trigger (see
   :func:`_attach`): the nearest trigger on its left in its own clause, the
   first trigger on its right when it opens its clause, the main clause's
   trigger when it sits in an opening adverbial clause ("On Wednesday, X
   denied ..."); "a day after", "two weeks later" relate two events and date
   neither;
5. mentions: triggers that share a date become one mention typed by
   :data:`TYPE_PRIORITY`; undated triggers become undated mentions only for
   types a reader cares about without a date (the fall of a regime, a
   deadly strike, a signed agreement), so that the merger can attach them to
   a dated report of the same happening elsewhere.

Smaller rules, each with its reason at the place it is applied: "Since
<dated event>, <clause>" and "which had then ..." pass a date on; "X last
week and Y on Monday" makes two mentions of one trigger and "in December
and January" one span; a demonstrative ("That double suicide bombing ...")
takes the date of the same-type mention in the sentence before; a dated
clause that no table covers gives its past-tense verb as an ``other``
trigger (recent dates only, never in quotations, first-person accounts or
market reports).
"""
from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace

from ..model import UNDATED, DateInterval, Document, EventMention, Sentence, Timex
from ..temporal.tense import ahead_in_clause
from ..temporal.vocab import UNPLANNED_EVENT_NOUNS
from .anchors import find_anchors, shifted
from .entities import Entity, find_entities, names
from . import fallback_filters as not_happening
from . import senses
from .narrative import anchor_undated
from .titles import keywords_for, summary_for, title_for
from .status import Context as StatusContext
from .status import status_of
from .vocabulary import (TYPE_PRIORITY, TriggerEntry, combined_pattern, context_words, gazetteer, happening_share,
                         light_verbs, normalize_form, phase_share)

_TOKEN = re.compile(r"-[LR][RSC]B-|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[-'’.]\w+)*|``|''|[^\w\s]")

_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "--", "-", "|"})  # brackets are asides, not clauses
_QUOTES = frozenset({"“", "”", '"', "``", "''", "‘", "’", "'"})
_CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "while", "but", "although", "though",
                           "because", "whereas", "when", "where"})
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})
_REPORTING = frozenset({"said", "says", "say", "stated", "told", "announced", "declared", "denied",
                        "confirmed", "added", "noted", "explained", "emphasized", "stressed",
                        "claimed", "warned", "mentioned", "reported", "believes", "believe",
                        "suggested", "insisted", "acknowledged", "out"})

_HEDGES = frozenset("""may might could would should can cannot likely unlikely possible possibility
    possibly potential potentially if whether unless plan plans planning intend intends intending
    intention want wants wanted seek seeks seeking request requests requested requesting requesting
    call calls calling demand demands demanding urge urges urged proposal proposed propose proposes
    consider considering considered expected expect expects hope hopes fear fears risk avoid prevent
    prevented prevents delay delaying postpone postponed review reviewed commitment commitments
    committed committing pledge pledged demands calls proposals talk talks discussions debate
    extend extending extension must needs need threat threaten threatened warning aim aims aimed
    ready prepared preparing prepare effort efforts attempt attempts attempting plot plotting stage
    staging try trying bid cries cry crying clamour clamor chants chanting""".split())
_DEADLINE_HEDGES = frozenset("""may might could would should can cannot likely unlikely possible possibly
    potential potentially if whether unless want wants wanted seek seeks seeking call calls calling demand demands
    demanding urge urges urged proposal proposed propose proposes hope hopes consider considering considered
    threat threaten threatened""".split())
_NEGATIONS = frozenset({"not", "n't", "no", "never", "without", "nor", "neither", "longer", "yet"})
_SCOPE_BREAKS = frozenset({"since", "after", "before", "following", "until", "when", "because", "amid"})
_FUTURE = frozenset({"will", "shall", "'ll", "going"})
#: Hedges that announce rather than doubt a happening dated ahead ("is expected to review the play Monday").
_SCHEDULING_HEDGES = frozenset({"plan", "plans", "planning", "expected", "expect", "expects", "ready", "prepared",
                                "preparing", "intend", "intends"})
_ANNOUNCING = frozenset({"announced", "announces", "declared", "confirmed", "confirms", "unveiled"})
_KILL_WORDS = re.compile(r"\b(?:kill(?:ed|s|ing)?|dead|died|deaths?|wounded|injured|casualties)\b", re.I)
_AGREEMENT_VERBS = re.compile(r"\b(?:sign(?:ed|s)?|reach(?:ed|es)?|conclud(?:ed|es)|struck|announc(?:ed|es)|agreed)\b", re.I)
_RELATIONAL_AFTER = re.compile(r"^\s*(?:after|before|later|earlier|prior\s+to|since\s+then|on)\b", re.I)
_DURATION_TEXT = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|few|some)"
    r"\s+(?:full\s+)?(?:day|week|month|year|hour|decade)s?$", re.I)
_VAGUE_TEXT = re.compile(r"^(?:now|currently|right\s+now|at\s+present|at\s+this\s+time|recently|"
                         r"the\s+past|in\s+the\s+past|the\s+future|in\s+the\s+future|nowadays|so\s+far)$", re.I)
_MISSION_WORDS = re.compile(
    r"\b(?:mission|missions|presence|troops|forces|deployment|operations?|occupation|activities|"
    r"combat\s+role|military|soldiers|personnel|coalition|army|staff|diplomats|embassy|peacekeepers|troop|"
    r"observers?|monitors?|services|consulate|consular|flights)\b", re.I)
_FORCE_WORDS = re.compile(
    r"\b(?:troops?|forces|soldiers|military|army|police|policemen|officers|marines|warships?|ships|aircraft|jets|"
    r"fighter|bombers?|drones|units?|brigades?|battalions?|divisions?|peacekeepers|personnel|mission|observers|"
    r"monitors|carriers?|submarines?|missiles?|batteries|guards?|reservists|contingent|task\s+force)\b", re.I)
_REGIME_WORDS = re.compile(r"\b(?:regime|government|president|dictator|dictatorship|monarchy|leader|rule|reign|presidency|junta|king|"
                           r"shah|emperor|prime\s+minister|dynasty|cabinet)\b", re.I)
_MILITARY = re.compile(
    r"\b(?:air|drone|missile|rocket|military|forces|army|jets?|warplanes?|aircraft|navy|troops|bomb(?:s|ing|ed)?|"
    r"targets?|targeted|killed|killing|wounded|militants?|fighters|rebels|positions|base|bases|artillery|"
    r"retaliat\w+|strategic)\b", re.I)
_VIOLENCE = re.compile(
    r"\b(?:blasts?|kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w+|bomb\w*|explo\w+|gun\w*|shot|shoot\w*|"
    r"fire[ds]?|rockets?|missiles?|drones?|mortars?|militants?|insurgents?|rebels?|fighters|troops|soldiers|forces|"
    r"army|military|police|armed|security|terror\w*|extremist\w*|suicide|bases?|convoy|checkpoint|civilians|"
    r"stormed|raid\w*|hostages?|factions|weapons?|isis|isil|islamic\s+state|al-qaeda|taliban|jihadi\w*|"
    r"territory|territories|swathes|parts\s+of|towns?|city|cities|villages?|province|stronghold|capital)\b", re.I)
_LABOUR = re.compile(r"(?:\bon|\bgeneral|\bhunger|\blabou?r|\bworkers['’]?|\bnationwide|\bteachers['’]?|\bpolice|"
                     r"\bdoctors['’]?|\btransport|\brail|\bpostal|\bnational|\bone-day|\b24-hour|\bunion)\s+$", re.I)


@dataclass
class _Token:
    text: str
    start: int  # offsets into the document text
    end: int
    clause: int = 0


@dataclass
class _Trigger:
    entry: TriggerEntry
    text: str
    start: int
    end: int
    token: int  # index of the first token
    type: str = ""
    timex: Timex | None = None
    date: DateInterval = UNDATED
    score: float = 1e9
    factual: bool = True
    absorbed: bool = False
    extra: list[Timex] = field(default_factory=list)  # further dates of coordinated participants
    derived: bool = False  # date inherited ("since" clause, "then"), not read off its own expression
    members: list["_Trigger"] = field(default_factory=list)


def detect_events(doc: Document, sentences: list[Sentence], timexes: list[Timex]) -> list[EventMention]:
    """Event mentions of ``doc``: one per happening a sentence reports, in text order."""
    # "the fall of Assad" is not autumn: a bare season word before "of" is the noun
    timexes = [t for t in timexes if not (
        re.fullmatch(r"(?:the\s+)?fall", t.text.strip(), re.I) and re.match(r"\s+of\b", doc.text[t.end:t.end + 5]))]
    usable = [t for t in timexes if _usable(t, doc.text)]
    mentions: list[EventMention] = []
    usable.sort(key=lambda t: t.start)
    timexes = sorted(timexes, key=lambda t: t.start)
    previous: list[EventMention] = []
    usable_starts, timex_starts = [t.start for t in usable], [t.start for t in timexes]
    for sentence in sentences:
        inside = _within(usable, sentence, usable_starts)
        blocking = _within(timexes, sentence, timex_starts)
        found = _sentence_mentions(doc, sentence, inside, blocking)
        _anaphora(found, previous)
        mentions.extend(found)
        previous = found
    anchor_undated(mentions, doc.text, doc.published, sentences, usable)
    return mentions


_ANAPHOR = re.compile(r"^(?:That|This|The|Those|These)\s+(?:[\w-]+\s+){0,2}$")


def _anaphora(found: list[EventMention], previous: list[EventMention]) -> None:
    """'... two blasts in Damascus in December. That double suicide bombing killed 44 people.'

    An undated mention that opens its sentence with a demonstrative refers back to
    the dated mention of the same type in the sentence before, and takes its date.
    """
    for mention in found:
        if mention.date is not UNDATED:
            continue
        lead = mention.quote[:max(0, mention.trigger_start - mention.start)]
        if not _ANAPHOR.match(lead):
            continue
        same = [p for p in previous if p.type == mention.type and p.date is not UNDATED]
        if len(same) == 1:
            mention.date = same[0].date
            for word in same[0].keywords:
                if word not in mention.keywords:
                    mention.keywords.append(word)


def _within(timexes: list[Timex], sentence: Sentence, starts: list[int]) -> list[Timex]:
    """The expressions (sorted by start, their starts in ``starts``) that lie inside the sentence.

    ``starts`` is built once per document: building it per sentence made a long text quadratic.
    """
    first = bisect.bisect_left(starts, sentence.start) if len(timexes) > 64 else 0
    out = []
    for t in timexes[first:]:
        if t.start >= sentence.end:
            break
        if t.start >= sentence.start and t.end <= sentence.end:
            out.append(t)
    return out


# -- tokens and clauses -----------------------------------------------------------------------

def _tokenize(sentence: Sentence) -> list[_Token]:
    tokens = [_Token(m.group(0), sentence.start + m.start(), sentence.start + m.end())
              for m in _TOKEN.finditer(sentence.text)]
    clause = 0
    for i, token in enumerate(tokens):
        word = token.text.lower()
        opens = word in _CLAUSE_WORDS and i > 0 and not token.text.isupper()  # "the WHO raised": a name
        if word == "that" and i > 0 and any(t.text.lower() in _REPORTING for t in tokens[max(0, i - 4):i]):
            opens = True
        if word in _CLAUSE_PUNCT or opens:
            clause += 1
        token.clause = clause
        if word in _CLAUSE_PUNCT:
            clause += 1  # punctuation sits alone; the words after it start afresh
    return tokens


def _token_at(tokens: list[_Token], offset: int) -> int:
    for i, token in enumerate(tokens):
        if token.end > offset:
            return i
    return len(tokens) - 1


def _clause_words(tokens: list[_Token], clause: int) -> list[str]:
    return [t.text.lower() for t in tokens if t.clause == clause]


def _is_relative(tokens: list[_Token], clause: int) -> bool:
    words = _clause_words(tokens, clause)
    return bool(words) and words[0] in _RELATIVE


# -- triggers ---------------------------------------------------------------------------------

def _find_triggers(doc_text: str, sentence: Sentence, tokens: list[_Token],
                   timexes: list[Timex]) -> list[_Trigger]:
    found: list[_Trigger] = []
    pattern, rows = combined_pattern()
    for match in pattern.finditer(sentence.text):
        for entry in rows.get(normalize_form(match.group(0)), ()):
            start = sentence.start + match.start()
            end = sentence.start + match.end()
            text = match.group(0)
            if text[0] in "'’":  # "'s fall": the trigger is the noun
                start += len(text) - len(text.lstrip("'’s"))
                text = doc_text[start:end].lstrip()
                start = end - len(text)
            if any(t.start <= start < t.end or t.start < end <= t.end for t in timexes):
                continue  # "the end of September" is a date, not an event
            if text[:1].isupper() and start > sentence.start and entry.type not in ("regime_change", "agreement") \
                    and not (entry.key in ("earthquake", "disaster") and not _INSTITUTION_NAME.match(doc_text[end:end + 60])):
                # "the Tsunami which struck Thailand" is one, not "the Oil Spill Prevention Act"
                continue  # "the United States": part of a name (an agreement's name is still an agreement)
            if not _context_ok(entry, doc_text, sentence, start, end, timexes):
                continue
            if entry.type == "statement" and entry.pos == "verb" and senses.not_saying(
                    text, doc_text[max(sentence.start, start - 60):start], doc_text[end:min(sentence.end, end + 80)]):
                continue  # "a page dubbed ``Syrian Revolution''", "what they said was an interview"
            found.append(_Trigger(entry, text, start, end, _token_at(tokens, start), type=entry.type))
    # longest match wins where triggers overlap ("drone strike" over "strike"); on the same words,
    # an entry whose context check held ("declared a curfew": a measure) over a bare one ("declared")
    found.sort(key=lambda t: (-(t.end - t.start), t.start, t.entry.needs is None))
    kept: list[_Trigger] = []
    for trigger in found:
        if all(trigger.end <= k.start or trigger.start >= k.end for k in kept):
            kept.append(trigger)
    kept.sort(key=lambda t: t.start)
    return kept


_INSTITUTION_NAME = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Act|Prevention|Commission|Agency|Fund|Relief|Centre|"
                               r"Center|Authority|Law|Bill|Program|Programme|Committee|Council|Task|Response|Unit|"
                               r"Team|Appeal|Institute|Office|Service|Trust|Foundation)\b")


def _names_leader(words: str) -> bool:
    """Whether the words name a ruler (or a capital whose fall ends a government)."""
    leaders = gazetteer()["leaders"]
    tokens = re.findall(r"[A-Za-z][\w-]*", words)
    return any(t in leaders or t.replace("al-", "") in leaders for t in tokens)


_DATE_PREP = r"(?:on|in|at|for|by|until|till|through|to|from|before|no\s+later\s+than|the|of|around|about|early|late|mid|next|this)"
_LEGAL_OBJECTS = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?(?:lawsuits?|suits?|complaints?|appeals?|charges|motions?|petitions?|"
                            r"claims?|injunctions?|objections?|for\s+bankruptcy|for\s+divorce)\b", re.I)
_OFFICIAL_OBJECTS = re.compile(r"^\s+(?:[\w'’-]+\s+){0,5}?(?:permits?|licen[cs]es?|laws?|bans?|orders?|rulings?|decisions?|"
                               r"sentences?|convictions?|contracts?|rules?|regulations?|measures?|bills?|decrees?|"
                               r"mergers?|deals?|approvals?|visas?|charges|lawsuits?|suits?|case|cases|appeals?|"
                               r"verdicts?|policy|policies|plans?|elections?|results?|votes?|resolutions?|nominations?|appointments?)\b", re.I)


def _date_within(timexes: list[Timex] | None, end: int, text: str, words: int) -> Timex | None:
    """The first date expression starting within ``words`` words after ``end`` (same sentence)."""
    for timex in timexes or ():
        if timex.start < end or timex.date is None or timex.date.start is None:
            continue
        gap = text[end:timex.start]
        if re.search(r"[.;!?]", gap) or len(gap.split()) > words:
            continue
        return timex
    return None


def _context_ok(entry: TriggerEntry, text: str, sentence: Sentence, start: int, end: int,
                timexes: list[Timex] | None = None) -> bool:
    before = text[max(sentence.start, start - 40):start]
    after = text[end:min(sentence.end, end + 80)]
    if entry.needs == "date_after":  # "set for March 24", "expires on July 1", "the verdict on Friday"
        timex = _date_within(timexes, end, text, 3)
        return timex is not None and all(
            re.fullmatch(_DATE_PREP, w, re.I) for w in text[end:timex.start].split())
    if entry.needs == "until_after":  # "gave the rebels until Sunday", "extend the truce until the end of March"
        timex = _date_within(timexes, end, text, 8)
        return timex is not None and bool(re.search(
            r"\b(?:until|till|through|to)\s+(?:the\s+)?$", text[end:timex.start], re.I))
    if entry.needs == "by_after":  # "fighters must leave Qasr by March 15"
        timex = _date_within(timexes, end, text, 12)
        return timex is not None and bool(re.search(
            r"\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?$", text[end:timex.start], re.I))
    if entry.needs == "ruling":  # "the court ruled that ...", "a judge ruled in favour of", not "Mubarak ruled Egypt"
        return bool(re.match(r"\s+(?:(?:on\s+\w+\s+)?that|in\s+favou?r|against|on|out|unconstitutional|illegal|legal|"
                             r"invalid|for)\b", after)) or bool(re.search(
                                 r"\b(?:court|judges?|tribunal|panel|justices?|magistrates?|jury|commission|regulators?|"
                                 r"arbitrators?|referee|umpire)\s+(?:[\w-]+\s+){0,3}$", before, re.I))
    if entry.needs == "operation_subject":  # "Operation Odyssey Dawn, which began Saturday", not "talks began"
        return bool(re.search(r"\b(?:operations?|offensives?|campaigns?|war|invasion|siege|bombardment|air\s+strikes|"
                              r"airstrikes|strikes|bombing|assault|incursion|Operation(?:\s+[A-Z][\w-]*)+)\s*,?\s*"
                              r"(?:(?:which|that)\s+)?(?:had\s+|has\s+)?$", before, re.I))
    if entry.needs == "start_after":  # "the UN mission to Haiti began in 2004", not "the UN mission said"
        return bool(re.match(r"(?:\s+(?:to|in|for|on))?(?:\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?\s*,?\s+"
                             r"(?:was\s+|were\s+|had\s+|has\s+)?(?:began|begun|started|set\s+up|established|"
                             r"deployed|arrived|launched)\b", after))
    if entry.needs == "legal_object":  # "filed the lawsuit", "lodged an appeal", not "filed a report"
        return bool(_LEGAL_OBJECTS.match(after))
    if entry.needs == "official_object":  # "struck down the permit", "blocked the merger", not "blocked the road"
        return bool(_OFFICIAL_OBJECTS.match(after))
    if entry.needs == "regime_subject":  # "the president fled the country", "Ben Ali was toppled"
        return bool(_REGIME_WORDS.search(" ".join(before.split()[-4:]))) or \
            bool(re.search(r"\b(?:President|King|Prime\s+Minister|Emir|Sultan|General|Colonel|leader|dictator)\s+"
                           r"(?:[A-Z][\w'’-]+\s+){1,3}$", before)) or _names_leader(" ".join(before.split()[-3:]))
    if entry.needs == "of_target":
        # "the fall of Assad / of the regime / of President X", not "the collapse of Lehman Brothers"
        target = re.match(r"\s+of\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)", after)
        if not target:
            return False
        words = target.group(1)
        return bool(_REGIME_WORDS.search(words)) or _names_leader(words)
    if entry.needs == "named_subject":
        if re.search(r"(?:\bregime|\bgovernment|\bpresident|\bleader|\bdictator)\s+$", before):
            return True
        name = re.search(r"\b([A-Z][\w’'-]+)\s+$", before)
        if re.search(r"\b(?:President|King|Queen|Prime\s+Minister|Premier|Emir|Sultan|Shah|Chancellor|Dictator)\s+"
                     r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:has|had|who|finally|formally)\s+)?$", before):
            return True  # "President Salim Darwish resigned", "Prime Minister Yanukovych stepped down"
        # "Assad fell", not "Prices fell" nor "Superior Bank collapsed"
        return bool(name) and _names_leader(name.group(1))
    if entry.needs == "named_object":  # "met with Mubarak", "X and Y met", not "friends who met her"
        parties = r"(?:officials|leaders|ministers|delegations?|envoys?|counterparts|diplomats|negotiators)"
        return bool(re.match(r"\s+(?:\w+\s+){0,2}?(?:with\s+)?(?:the\s+)?(?:[A-Z]|" + parties + ")", after)) \
            or bool(re.search(r"(?:\band\s+[A-Z][\w-]*|\b(?:two|both|three)\s+(?:sides|countries|leaders|"
                              r"governments|delegations)|" + parties + r")\s+$", before))
    if entry.needs == "military":
        if _LABOUR.search(before):
            return False
        word = text[start:end].lower()
        return " " in word or word.startswith("air") or bool(_MILITARY.search(sentence.text))
    if entry.needs == "violence":
        return bool(_VIOLENCE.search(sentence.text))
    if entry.needs == "signed_object":
        return bool(re.match(r"\s+(?:(?:an?|the|its|their|into|off\s+on|a\s+new|for|on\s+behalf)\b|(?:deal|agreement|accord|treaty|pact|"
                             r"ceasefire|memorandum|law|bill|decree|contract|order|protocol)s?\b)", after, re.I))
    if entry.needs == "of_or_possessive":
        return bool(re.match(r"\s+of\s+(?:the\s+)?[A-Za-z]", after)) or text[start - 2:start] in ("'s", "’s") \
            or bool(re.search(r"['’]s\s+$", before))
    if entry.needs == "named_subject_any":
        if re.search(r"\b(?:minister|president|premier|chancellor|governor|mayor|chairman|chairwoman|chief\s+executive|"
                     r"director|ceo|head|coach|manager|speaker|secretary|commissioner|ambassador|envoy|editor|"
                     r"bishop|general|commander|spokesman|spokeswoman)\s+(?:(?:has|had|who|then|later)\s+)?$",
                     before, re.I):
            return True  # "the minister resigned"
        if _role_subject(before):
            return True  # "the singer died"
        return bool(re.search(r"\b[A-Z][\w’'-]+\s+(?:(?:has|had|who)\s+)?$", before)) and \
            not re.fullmatch(r"\s*[A-Z][\w’'-]+\s+", text[sentence.start:start])
    if entry.needs == "place_object":  # "left Haiti on Sunday", "leave the country", not "left him" nor "leave room"
        return bool(re.match(r"\s+(?:(?:the\s+)?[A-Z][\w'’.-]+|the\s+(?:country|city|island|region|area|capital|"
                             r"port|ship|hospital|prison|embassy)\b)", after)) \
            and not re.search(r"\b(?:to|will|would|must|should|could|may|might)\s+$", before, re.I)
    if entry.needs == "date_before":  # "the 10 May 2009 recording", "a March 2003 memo"
        return any(t.end <= start and re.fullmatch(r"\s*(?:['’]s\s*)?(?:[A-Z][\w'’.-]*\s+){0,3}", text[t.end:start])
                   and t.date is not None
                   and t.date.start is not None for t in timexes or ())
    if entry.needs == "envoy_object":  # "is sending a very important envoy to Damascus", not "sent shockwaves"
        return bool(re.match(r"\s+(?:\S+\s+){0,4}?(?:envoys?|delegations?|delegates|emissar(?:y|ies)|mediators?|"
                             r"negotiators?|ministers?|representatives?)\b", after, re.I))
    if entry.needs == "disaster_subject":  # "the tsunami which struck Thailand", not "the army struck"
        return bool(re.search(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|hurricanes?|storms?|cyclones?|"
                              r"typhoons?|tornado(?:e?s)?|floods?|flooding|landslides?|mudslides?|avalanches?|"
                              r"eruptions?|droughts?|blizzards?|wildfires?|fires?|heat\s*waves?|outbreaks?|epidemics?|spill|slick)"
                              r"\b(?:\s+[\w'’-]+){0,5}\s*$", " ".join(before.split()[-7:]), re.I))
    if entry.needs == "study_subject":  # "research published on Tuesday", not "the hostages were released"
        return bool(re.search(r"\b(?:stud(?:y|ies)|report|research|survey|paper|findings|data|figures|statistics|"
                              r"analysis|review|audit)\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?$",
                              before, re.I))
    if entry.needs == "found_event":  # "the first case was confirmed", not "was found to be", "was found guilty"
        if re.match(r"\s+to\s+(?:have|be\s+(?:infected|carrying|positive|ill|sick|dead|missing|suffering))\b", after, re.I):
            return True  # "was confirmed to have the virus", "was found to be infected": a diagnosis
        return not re.match(r"\s+(?:to|that|guilty|innocent|liable|wanting|lacking|in\s+contempt)\b", after, re.I)
    if entry.needs == "court_object":  # "asked a federal appeals court Friday to delay", not "asked reporters"
        return bool(re.match(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:court|judge|tribunal|justices)\b", after, re.I))
    if entry.needs == "fire_event":  # "the fire at the drilling station", not "opened fire" nor "under fire"
        return bool(re.match(r"\s+(?:at|in|on\s+board|aboard|that|which|broke\s+out|swept|destroyed|gutted|raged)\b",
                             after, re.I)) and not re.search(
            r"\b(?:open(?:ed|s|ing)?|under|cease|return(?:ed)?|exchange(?:d)?\s+of|hold(?:s|ing)?|held|catch|caught|"
            r"set|sets|friendly|heavy|gun|rocket|mortar|artillery|sniper|machine-gun|live)\s+$", before, re.I)
    if entry.needs == "person_subject":  # "two passengers died", "Jackson died", not "the deal died"
        last = " ".join(before.split()[-4:])
        return bool(re.search(r"\b(?:he|she|they|who|people|persons|passengers|patients|children|babies|men|women|"
                              r"soldiers|civilians|workers|miners|victims|crew|pilgrims|migrants|residents|"
                              r"hostages|prisoners|detainees|inmates|others|\d[\d,]*|one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|dozens|hundreds|thousands)\b", last, re.I)) \
            or bool(re.search(r"\b[A-Z][\w'’-]+\s+(?:(?:has|had|who|later|reportedly)\s+)?$", before)) \
            or _role_subject(before)
    if entry.needs == "award_object":  # "won an Oscar in 2004", "was awarded the Nobel prize", not "won the vote"
        return bool(re.match(r"\s+(?:[\w'’.-]+\s+){0,4}?", after)) and any(
            m.start() < 40 for m in context_words("award_nouns").finditer(" ".join(after.split()[:6])))
    if entry.needs == "award_of":  # "his award of the Nobel prize", "the medal for bravery"
        return bool(re.match(r"\s+(?:of|for)\b", after)) or bool(re.search(r"(?:['’]s|\b(?:his|her|their))\s+$", before))
    if entry.needs == "document_object":  # "circulated a letter", "drew up plans", not "sent troops"
        head = " ".join(after.split()[:5])
        first = context_words("document_nouns").search(head)
        return first is not None and not re.search(r"\b(?:to|will|would|could|should)\s+$", before, re.I) \
            and not re.match(r"\s*(?:him|her|them|it|us|me)\b", after)
    if entry.needs == "panel_object":  # "appeared before a hearing in the House", not "appeared before dawn"
        return "court" in text[start:end].lower() or bool(
            context_words("panel_nouns").search(" ".join(after.split()[:6])))
    if entry.needs == "document_subject":  # "a letter demanding his resignation was circulated"
        return bool(context_words("document_nouns").search(" ".join(before.split()[-7:])))
    if entry.needs == "court_subject":  # "a federal court ordered the release", not "the general ordered"
        return bool(re.search(r"\b(?:court|judges?|tribunal|justices?|magistrates?|jury|juries|arbitrators?)\s+"
                              r"(?:(?:on\s+)?[\w'’.-]+\s+){0,3}$", before, re.I))
    if entry.needs == "legal_subject":  # "Ms Jackson's civil action, which seeks damages, was filed on Wednesday"
        lead = text[sentence.start:start]
        return bool(re.search(r"\b(?:lawsuits?|suits?|complaints?|appeals?|charges|motions?|petitions?|claims?|"
                              r"actions?|cases?|indictments?|injunctions?)\b", lead, re.I))
    if entry.needs == "document_dated":  # "the memo, dated September 14 2003", not "the dated buildings"
        timex = _date_within(timexes, end, text, 2)
        return timex is not None and bool(re.search(
            r"\b(?:memos?|memorandum|letters?|documents?|reports?|cables?|e-?mails?|notes?|orders?|directives?|"
            r"decrees?|contracts?|agreements?|messages?|filings?|minutes|papers?|warrants?)\s*,?\s*$", before, re.I))
    near = " ".join(before.split()[-5:] + after.split()[:5])
    if entry.needs == "law_near":
        return bool(re.search(r"\b(?:bill|law|legislation|resolution|budget|constitution|amendment|measure|"
                              r"treaty|referendum|decree|act|reform)s?\b", near, re.I))
    if entry.needs == "captive_near":
        return bool(re.search(r"\b(?:hostages?|prisoners?|detainees?|captives?|from\s+(?:prison|jail|custody)|"
                              r"kidnapped|abducted)\b", near, re.I))
    if entry.needs == "sanction_near":  # also "Sanctions the EU imposed in 2011 were lifted"
        wider = " ".join(text[max(sentence.start, start - 80):start].split()[-8:] + after.split()[:5])
        return bool(re.search(r"\b(?:sanctions?|ban|embargo|curfew|state\s+of\s+emergency|emergency\s+law|"
                              r"restrictions?|blockade|martial\s+law|no-fly\s+zone)\b", wider, re.I))
    if entry.needs == "quoted_label":
        return bool(re.match(r"\s+(?:\S+\s+){0,14}?(?:``|“|\")", after)) and not re.match(r"\s+(?:for|on|off)\b", after)
    if entry.needs == "site_near":
        return bool(re.search(r"\b(?:embass(?:y|ies)|consulates?|borders?|crossings?|airports?|bases?|airspace|"
                              r"ports?|schools|mosques?|churches|offices?|headquarters|parliament)\b",
                              " ".join(before.split()[-5:] + after.split()[:5]), re.I))
    if entry.needs == "crowd_near":
        around = " ".join(before.split()[-8:] + after.split()[:8])
        return bool(re.search(r"\b(?:people|protesters|demonstrators|supporters|opponents|crowds?|thousands|"
                              r"hundreds|dozens|students|workers|activists|opposition|residents|citizens|youths?|mourners|worshippers|"
                              r"pilgrims|fans|spectators|marchers|"
                              r"women|men|square|streets?|rally|march)\b", around, re.I)) \
            and not re.search(r"\b(?:prices?|shares?|stocks?|markets?|dollar|euro|yen|crude|oil|index|bonds?)\s+$",
                              before, re.I)
    if entry.needs == "ending_near":
        return bool(re.search(r"\b(?:end|ending|withdrawal|deadline|expiry|handover|transition|departure|"
                              r"pullout|mission|presence|ceasefire|truce|elections?|vote|referendum)\b",
                              " ".join(before.split()[-10:]), re.I))
    if entry.needs == "mission_near":
        around = " ".join(before.split()[-8:] + after.split()[:8])
        return bool(_MISSION_WORDS.search(around))
    if entry.needs == "force_near":  # "US forces were deployed", not "the funnel will be deployed"
        around = " ".join(before.split()[-8:] + after.split()[:8])
        return bool(_FORCE_WORDS.search(around))
    if entry.needs == "mission_of":
        return bool(re.match(r"\s+of\b", after)) and bool(_MISSION_WORDS.search(" ".join(after.split()[:8])))
    if entry.needs == "mission_object_verb":
        if re.search(r"\b(?:the|an?|its|their|his|her|this|that)\s+$", before, re.I):
            return False
        # "to end the coalition's mission", or intransitive "consular services ... would end"
        return bool(_MISSION_WORDS.search(" ".join(after.split()[:8]))) or bool(
            _MISSION_WORDS.search(" ".join(before.split()[-5:])))
    return True


def _role_subject(before: str) -> bool:
    """A person named by a role just before the verb: 'the singer', 'an elderly patient', 'the country's king'."""
    match = re.search(r"\b(?:the|a|an|his|her|their|its|this|that|['’]s)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+"
                      r"(?:(?:has|had|who|later|reportedly|then)\s+)?$", before, re.I)
    return bool(match) and bool(context_words("person_nouns").fullmatch(match.group(1)))


# -- factuality -------------------------------------------------------------------------------

def _factual(trigger: _Trigger, tokens: list[_Token], published: dt.date | None = None) -> bool:
    """False when the trigger sits under a modal, a negation, a wish or a hypothetical."""
    i = trigger.token
    clause = tokens[i].clause
    saying = trigger.type == "statement" and trigger.entry.pos == "verb"  # a speech noun is any happening
    window = 2 if saying else 6
    # the month "May" is no modal ("in the 10 May 2009 recording"): capitalized inside the sentence
    before = [t.text.lower() for k, t in enumerate(tokens[max(0, i - window):i], start=max(0, i - window))
              if t.clause == clause and not (t.text == "May" and k > 0 and tokens[k - 1].text not in _QUOTES)]
    for k in range(len(before) - 1, -1, -1):  # "have not launched attacks since Assad fell"
        if before[k] in _SCOPE_BREAKS:
            before = before[k + 1:]
            break
    if "or" in before[-3:] and trigger.timex is not None and trigger.type != "statement":
        return False  # one of two alternatives under discussion
    if any(w in _NEGATIONS for w in before):
        return False
    if saying:
        if before and before[-1] in ("'m", "am", "is", "are", "was", "were", "be", "been", "being"):
            return False  # "I'm told", "he was told": not somebody's statement
        return not any(w in _HEDGES for w in before)
    hedges = [w for w in before if w in _HEDGES]
    if trigger.entry is _SCHEDULED:
        hedges = [w for w in hedges if w not in _SCHEDULING_HEDGES]  # "plans to sign on Friday" is announced
    if hedges and _asserted_despite_hedge(trigger, tokens):
        hedges = []
    if trigger.type == "deadline" and trigger.entry.pos == "verb":
        # a deadline is itself an obligation: "must leave by", "a request ... is set for", "agreed to
        # extend ... until"; only a real modal or a wish makes it hypothetical
        hedges = [w for w in hedges if w in _DEADLINE_HEDGES]
    if hedges == ["would"] and published and trigger.date.end is not None and trigger.date.end < published:
        hedges = []  # narrative "would": "the president would be forced into exile two weeks ago"
    if hedges in (["would"], ["will"]) and published and trigger.date.start is not None \
            and trigger.date.start > published:
        hedges = []  # reported schedule: "services would end next Thursday"
    if hedges:
        return False
    if any(w in _FUTURE for w in before) and trigger.timex is None:
        return False
    # a subordinate "if"/"whether" anywhere earlier in the clause makes it hypothetical
    clause_words = [t.text.lower() for t in tokens[:i] if t.clause == clause]
    return not any(w in ("if", "whether", "unless") for w in clause_words)


_PAST_AFTER_RELATIVE = re.compile(r"(?:[a-z]{3,}ed|began|begun|broke|came|went|struck|spread|fell|rose|grew|"
                                   r"took|was|were|had)")


def _asserted_despite_hedge(trigger: _Trigger, tokens: list[_Token]) -> bool:
    """A hedge word before the trigger that does not reach it: a finite passive is the clause's own
    main verb ('a petition demanding a recount was submitted on Monday'), and an event noun followed by
    a past relative clause is asserted by that clause ('efforts to suppress protests that began six
    months ago')."""
    if re.match(r"(?:was|were)\s", trigger.text.lower()):
        return True
    if trigger.entry.pos != "noun":
        return False
    last = _last_token(tokens, trigger)
    following = [t.text.lower() for t in tokens[last + 1:last + 4]]
    return following[:1] in (["that"], ["which"]) and len(following) > 1 and (
        bool(_PAST_AFTER_RELATIVE.fullmatch(following[1])) or (
            following[1] in ("first", "initially", "originally", "only", "had", "have") and len(following) > 2
            and bool(_PAST_AFTER_RELATIVE.fullmatch(following[2]))))


# -- dates ------------------------------------------------------------------------------------

def _usable(timex: Timex, text: str) -> bool:
    date = timex.date
    if date is None or (date.start is None and date.end is None) or date.precision == "unknown":
        return False
    if timex.type not in ("DATE", "TIME"):
        return False
    words = timex.text.strip().lower()
    if _VAGUE_TEXT.match(words):
        return False
    # "a day after X", "two weeks later": the words relate two events, they date neither
    if _DURATION_TEXT.match(words) or re.search(r"\b(?:after|before|later|earlier)$", words):
        return False
    if re.match(r"^(?:a|an|one|two|three|\d+|several|few)\s", words) and _RELATIONAL_AFTER.match(text[timex.end:timex.end + 12]):
        return False
    return True


def _interval(timex: Timex, doc_text: str, following: Timex | None = None) -> DateInterval:
    date = timex.date
    assert date is not None
    if following is not None and following.date is not None and following.date.end and date.start \
            and following.date.end >= date.start and re.fullmatch(r"\s+and\s+", doc_text[timex.end:following.start]):
        # "in December and January": one span; "in 1861 and 1847" (out of order) two dates, not a span
        return replace(date, end=following.date.end, text=doc_text[timex.start:following.end])
    qualifier = date.qualifier
    before = doc_text[max(0, timex.start - 16):timex.start].lower()
    if qualifier == "exact":
        if re.search(r"\b(?:by|no later than)\s+(?:the\s+)?$", before):
            qualifier = "by"
        elif re.search(r"\bsince\s+$", before):
            qualifier = "since"
        elif re.search(r"\buntil\s+$", before):
            qualifier = "until"
    return replace(date, qualifier=qualifier, text=date.text or timex.text)


_POSSESSIVE_DATE = re.compile(r"\s*['’]s\s+(?:[\w.,-]+\s+){0,3}$")  # "Tuesday's 7.0-magnitude earthquake"
_ATTRIBUTIVE_DATE = re.compile(r"\s+(?:[\w.-]+\s+){0,2}$")  # "the 12 January earthquake", "the 2004 tsunami"
_DATE_AFTER_NOUN = re.compile(r"^\s+(?:of|on)\s+(?:the\s+)?$")  # "the earthquake of 12 January"


def _dates_the_noun(trigger: "_Trigger", timex: Timex, text: str) -> bool:
    """Whether the date expression is the trigger noun's own date, whatever word stands before
    it: "since Tuesday's earthquake" dates the earthquake to Tuesday (the "since" relates the
    sentence's other happening to it), as do "after the 12 January earthquake" and "before the
    earthquake of 12 January"."""
    if trigger.entry.pos != "noun":
        return False
    if timex.end <= trigger.start:
        between = text[timex.end:trigger.start]
        if _POSSESSIVE_DATE.fullmatch(between):
            return True
        # the expression may hold its boundary word: "after the 12 January"
        return bool(_ATTRIBUTIVE_DATE.fullmatch(between)) and (
            re.search(r"\bthe\s+$", text[max(0, timex.start - 6):timex.start], re.I) is not None
            or re.match(r"(?:(?:after|since|before|by|until|following)\s+)?the\s", text[timex.start:timex.end],
                        re.I) is not None)
    return bool(_DATE_AFTER_NOUN.match(text[trigger.end:timex.start]))


_WEEKDAY_TEXT = re.compile(r"^(?:(?:by|since|after|before|until|from|following|the\s+following|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)$", re.I)
#: How many days ahead of publication a weekday naming a held occasion stays ahead: "Saturday's
#: concert" in Friday's paper is tomorrow's, "Tuesday's earthquake" in Wednesday's last week's.
PLANNED_WITHIN_DAYS = 3
_AHEAD = re.compile(r"\b(?:will|shall|to\s+be|is\s+due|are\s+due|scheduled|planned|upcoming|next|ahead\s+of)\b",
                    re.I)


def _past_weekday(date: DateInterval, timex: Timex, sentence: Sentence, text: str,
                  published: dt.date, noun: str = "") -> DateInterval:
    """'Tuesday's earthquake' in Wednesday's paper is yesterday's, not next week's: a weekday that
    dates an event noun, read as after publication in a sentence that says nothing ahead, is
    the last such weekday ('following Tuesday's quake' is after it, not a week on).

    Not an occasion of the next few days that someone holds ("Saturday's concert" or "a
    meeting on Wednesday" in the paper of the day before: ``PLANNED_WITHIN_DAYS``), unless it
    is a happening nobody schedules (a quake, a blast, clashes); nor a day the clause itself
    looks ahead to ("is expected to vote on Tuesday": ``tense.ahead_in_clause``)."""
    words = (date.text or timex.text).strip()
    if date.start is None or date.start <= published or not _WEEKDAY_TEXT.match(words.replace("'s", "")):
        return date
    if _AHEAD.search(text[sentence.start:sentence.end]):
        return date
    held = noun.lower().split()[-1:] and noun.lower().split()[-1] not in UNPLANNED_EVENT_NOUNS
    if held and ((date.start - published).days <= PLANNED_WITHIN_DAYS or ahead_in_clause(text, timex.start)):
        return date  # "Thousands are expected to have died in Tuesday's earthquake": still last Tuesday's
    back = date.start - dt.timedelta(days=7 * -(-(date.start - published).days // 7))
    return replace(date, start=back, end=back)


def _attach(timex: Timex, triggers: list[_Trigger], tokens: list[_Token], doc_text: str) -> list[_Trigger]:
    """The trigger(s) the date expression belongs to (usually one)."""
    i = _token_at(tokens, timex.start)
    j = _token_at(tokens, max(timex.start, timex.end - 1))
    clause = tokens[i].clause
    chosen: list[_Trigger] = []
    if re.match(r"(?:\s?['’]s|['’])(?![\w'’])", doc_text[timex.end:timex.end + 4]):
        # "last month's market bombing", "Tuesday's attack": a possessive date dates the noun after it
        return [t for t in triggers if j < t.token <= j + 5][:1]
    if re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
                 timex.text) and re.search(r"\d", timex.text):
        # "the January 25 protest meetings", "the 10 May 2009 recording": a calendar date right before
        # an event noun names that event
        named = [t for t in triggers if t.token == j + 1 and t.entry.pos == "noun"]
        if named:
            return named
    if _PREMODIFIER.fullmatch(timex.text.strip()) and re.match(r"\s+[a-z]", doc_text[timex.end:timex.end + 3]):
        # "a first-quarter loss of 80 million on May 10": the quarter is the loss's, not the reporting's
        return [t for t in triggers if t.token in (j + 1, j + 2)][:1]
    if re.fullmatch(r"(?:the\s+)?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)", timex.text.strip()) and j + 1 < len(tokens) \
            and re.fullmatch(r"[A-Za-z][\w-]*", tokens[j + 1].text) and tokens[j + 1].text.lower() not in _ADJUNCT_NEXT \
            and tokens[j + 1].text.lower() not in _AUXILIARIES \
            and not (_VERB_LIKE.fullmatch(tokens[j + 1].text.lower()) and re.search(
                r"\b(?:in|on|since|by|until|till|from|during|before|after|through|of)\s+$",
                doc_text[max(0, timex.start - 12):timex.start], re.I)):  # "in March demanding": no premodifier
        # "the 2005 Nobel Peace Prize", "the 2000 election": the year modifies the next noun only
        # (past a name: "the 1989 Exxon Valdez disaster")
        k = j + 1
        while k < min(len(tokens) - 1, j + 4) and tokens[k].text[:1].isupper():
            k += 1
        following = [t for t in triggers if t.token in (j + 1, j + 2, k)]
        return following[:1]
    if _opens_item(timex, doc_text, tokens[0].start):
        # "... near the security buildings 10 May - Two suicide bombers blow themselves up ...": a
        # chronology's date opens the item after its dash, never the item before it
        return [t for t in triggers if t.start >= timex.end][:1]
    # "the events of 2014 when ISIS overran ...": the date also belongs to the when-clause
    if j + 1 < len(tokens) and tokens[j + 1].text.lower() == "when":
        after_when = [t for t in triggers if t.token > j + 1]
        if after_when:
            chosen.append(after_when[0])
    opener = _conjunct_opener(tokens, i, j)
    if opener is not None:
        # "X tightened sanctions and on Monday the king urged ...": the date opens the next conjunct
        # and is its happening's, never the one before "and"
        return chosen + _conjunct_trigger(triggers, tokens, opener, j)
    same = [t for t in triggers if tokens[t.token].clause == clause]
    left = [t for t in same if t.end <= timex.start]
    right = [t for t in same if t.start >= timex.end]
    if left:
        nearest = left[-1]
        if nearest.entry.pos == "noun" and len(left) > 1 and left[-2].entry.pos == "verb" \
                and left[-2].type != "statement" and nearest.token - _last_token(tokens, left[-2]) <= 3 \
                and not any(t.text.lower() in _SCOPE_BREAKS or t.text.lower() in ("during", "amid")
                            for t in tokens[_last_token(tokens, left[-2]) + 1:nearest.token]):
            # "filed the lawsuit in September", "extend the truce until March": the verb's date
            nearest = left[-2]
        gap = [tok.text.lower() for tok in tokens[_last_token(tokens, nearest) + 1:i]]
        # "wrote to Mr Blair on March 14": 'to' before a name is no verb
        verbish = [w for k, w in enumerate(gap) if _VERB_LIKE.fullmatch(w) and not (
            w == "to" and k + 1 < len(gap) and tokens[_last_token(tokens, nearest) + 2 + k].text[:1].isupper())]
        if nearest.type == "statement" and nearest.entry.pos == "verb" and len(gap) > 3 and verbish:
            # "France say military action could come as soon as Friday": the date is the
            # complement's, not the saying's ("briefed the Council in New York on Friday" is fine)
            return chosen
        chosen.append(nearest)
    elif right:
        # rightwards only from the front of the clause: "Iraq and the US in September announced",
        # not "friends who met her last week say"
        # (a capitalized word is a name, not a verb: "The United States on Thursday imposed")
        lead = [tok.text.lower() for tok in tokens[:i] if tok.clause == clause and not tok.text[:1].isupper()]
        if lead[:1] in ((["who"], ["which"], ["that"]) if data_paths_on() else (["who"], ["which"])) and not any(_VERB_LIKE.fullmatch(w) for w in lead[1:]):
            # "Mr Jones, who in March 2003 circulated a letter", "he noted that just last week security
            # services killed": the subordinate clause's own date
            lead = lead[1:]
        if not any(_VERB_LIKE.fullmatch(w) for w in lead):
            chosen.append(right[0])
        elif right[0].type == "statement" and right[0].entry.pos == "verb" \
                and all(w in _CONTACTED for w in lead if _VERB_LIKE.fullmatch(w)):
            # "a doctor contacted by phone in the evening said": one is reached when one speaks
            chosen.append(right[0])
    else:
        first_clause = next((tok.clause for tok in tokens if tok.text not in _CLAUSE_PUNCT
                             and tok.text.lower() not in _DISCOURSE), 0)  # "Meanwhile, this week, X announced"
        clause_tokens = [k for k, tok in enumerate(tokens) if tok.clause == clause]
        # an opening adverbial: "On Wednesday, ...", "Shafaq News/ On Wednesday, ...", not a whole
        # first clause that happens to mention a month ("The company expects ... its April orders, he said")
        opening = clause == first_clause and (i - clause_tokens[0] <= 4 or len(clause_tokens) <= 6)
        opening_words = [tok.text.lower() for tok in tokens if tok.clause == clause]
        if clause == first_clause and (_MEDIUM.match(" ".join(opening_words)) or opening_words[:1] in (
                ["speaking"], ["talking"], ["writing"], ["addressing"])):  # "Speaking in Caracas Monday, X proposed"
            # "In an interview released Tuesday, X warned ...", "In a statement on Wednesday, the
            # company said ...": the date is the statement's
            later = [t for t in triggers if t.start >= timex.end and t.type == "statement"
                     and not _is_relative(tokens, tokens[t.token].clause)]
            return chosen + later[:1]
        # only the words before the date ("Soon after taking over in 2007, ..."), not the date itself ("On May
        # 12": no modal) nor the main clause after it ("On May 12, executives including X appeared")
        lead_words = [tok.text.lower() for tok in tokens[:i] if tok.clause == clause]
        if opening and any(_VERBISH.fullmatch(w) or (_VERB_LIKE.fullmatch(w) and w not in ("that", "to"))
                           for w in lead_words):
            return chosen  # "Soon after taking over in 2007, the CEO told ...": the date is the taking over's
        if opening:  # "On Wednesday, the CF, which ..., denied": the main clause's trigger
            later = [t for t in triggers if t.start >= timex.end
                     and not _is_relative(tokens, tokens[t.token].clause) and not _participle_after_verb(t, tokens, j)
                     and not any(tok.text.lower() in ("before", "until", "since") for tok in tokens[max(0, t.token - 4):t.token])
                     and not _anchored(t, tokens, doc_text)
                     and not (t.type != "statement" and _RECOUNTED.search(doc_text, timex.end, t.start))]
            if later:
                chosen.append(later[0])
        elif _date_only_clause(tokens, clause, timex) and clause_tokens[0] > 0 \
                and tokens[clause_tokens[0] - 1].text in (":", ";", "--", "—", "–"):
            # "...used to such scares: three years ago, more than a thousand were evacuated": a date
            # standing alone after a colon opens the clause that follows
            later = [t for t in triggers if t.start >= timex.end and tokens[t.token].clause <= clause + 3
                     and not _is_relative(tokens, tokens[t.token].clause)]
            chosen.extend(later[:1])
        elif _MEDIUM.match(" ".join(opening_words)):
            # "Human Rights Watch, in a statement Wednesday, called for ...": an aside naming the medium
            # dates the statement that follows it
            later = [t for t in triggers if t.start >= timex.end and t.type == "statement"
                     and tokens[t.token].clause <= clause + 2 and not _is_relative(tokens, tokens[t.token].clause)]
            chosen.extend(later[:1])
        elif light_verbs().search(doc_text[tokens[clause_tokens[0]].start:timex.start]):
            # "The protest, organised by students, took place on Friday": the date of a clause that
            # only says something happened is the subject noun's, however far back it is
            nouns = [t for t in triggers if t.end <= timex.start and t.entry.pos == "noun"
                     and not _is_relative(tokens, tokens[t.token].clause)]
            if opening_words[:1] and opening_words[0] in _RELATIVE_OPENERS:
                # "an assault on Deraa, cradle of the revolt which began last month", "an attack on
                # the town, where the rebellion started in March": a relative clause's happening is
                # its antecedent's ("the revolt which began") or its own subject's, never an
                # earlier noun's
                nouns = [t for t in nouns[-1:] if opening_words[0] in _ANTECEDENT_OPENERS
                         and _antecedent(t, tokens, clause_tokens[0])]
            chosen.extend(nouns[:1])
        else:
            # a clause of its own with no trigger: its date may still complete the event just
            # before it ("clashes ..., late on Monday"), but never a statement's
            earlier = [t for t in triggers if t.end <= timex.start]
            # "... was turned away when trying to film the beach last week": a when-clause with no event
            # of its own gives its time to the event it hangs on, however long it is
            reach = 16 if opening_words[:1] in (["when"], ["while"]) and earlier \
                and tokens[earlier[-1].token].clause == clause - 1 else 8
            if earlier and earlier[-1].type != "statement" and i - _last_token(tokens, earlier[-1]) <= reach \
                    and not _in_time_clause(earlier[-1], tokens, doc_text, timex):
                chosen.append(earlier[-1])
    return chosen


#: A calendar date of a chronology's item, and the dash and head after it: a capitalized word that is
#: no month ("10 May - Two suicide bombers", "1998 - Hurricane Georges") or a count of something
#: ("- 27 people die"); not a range's other end ("22 April - 15 May", "April 21 - 22") nor a
#: parenthesis ("protests began February 15 -- Gadhafi 's forces ...").
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ITEM_DATE = re.compile(r"\d{1,2}[ \t]+" + _MONTH_ABBR + r"(?:[ \t]+\d{4})?|" + _MONTH_ABBR + r"[ \t]+\d{1,2}"
                        r"(?:[ \t]*,[ \t]*\d{4})?|\d{4}")
_ITEM_HEAD = re.compile(r"[ \t]+[-–][ \t]+(?:(?!" + _MONTH_ABBR + r"\b)[A-Z][\w'’-]*|\d[\d,.]*[ \t]+[a-z])")
#: Words after which a date is the object of a phrase, not an item's opening ("on Tuesday - 24
#: soldiers", "from 22 April - ...").
_ITEM_NOT_AFTER = re.compile(r"\b(?:on|in|at|by|from|since|until|till|through|between|of|to|and|or|during|before|"
                             r"after|than|for|the|a|an|as)\s*$|[-–—,(:]\s*$", re.I)


def _opens_item(timex: Timex, text: str, floor: int) -> bool:
    """Whether a calendar date opens an item of a chronology written as "DATE - what happened"
    ("23 Dec 2011 - 44 people killed in twin car bombs 10 Feb 2012 - 28 people killed ... 17 Mar -
    27 people die in explosions near security buildings 10 May - Two suicide bombers ..."): the
    sentence (from ``floor``) already holds such an item before it, a dash and an item's head follow
    it, and no preposition stands before it (the item before has ended)."""
    if _ITEM_DATE.fullmatch(timex.text.strip()) is None or not _ITEM_HEAD.match(text, timex.end):
        return False
    if _ITEM_NOT_AFTER.search(text[max(floor, timex.start - 12):timex.start]):
        return False
    before = text[floor:timex.start]
    return any(_ITEM_HEAD.match(before, m.end()) for m in _ITEM_DATE.finditer(before))


#: What may stand between "and"/"but" and a date that opens the next conjunct: "and on Monday",
#: "but late on Friday", "and then by Tuesday" (not "again": "reshaped in 2005 and again in 2007"
#: is one kind of happening twice); and the words that show the word before "and" ends another
#: date, so that the two dates are coordinated ("on Sunday and Monday", "in 2001 and 2006").
_CONJUNCT_LEAD = frozenset({"on", "in", "at", "by", "during", "early", "late", "then", "later", "the", "this"})
_DATE_WORD = re.compile(r"\d[\w./:-]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|days|night|morning|afternoon|"
                        r"evening|week|weeks|month|months|year|years|ago|today|yesterday|tonight|weekend|"
                        r"january|february|march|april|may|june|july|august|september|october|november|"
                        r"december", re.I)
#: Subjects that open a conjunct of their own after a date ("and on Monday the king ...", "and this
#: year he will ...").
_SUBJECT_START = re.compile(r"(?:the|a|an|his|her|its|their|our|he|she|it|they|we|i|you|some|many|most|several|"
                            r"officials|police|troops|protesters|rebels|[A-Z][\w.'’-]*)$")


def _conjunct_opener(tokens: list[_Token], i: int, j: int) -> int | None:
    """The index of the "and"/"but" whose conjunct the date expression (tokens ``i``..``j``) opens,
    or None. The date opens a conjunct when only a preposition or an adverb of time stands between
    it and the conjunction, a word ending another date is not right before the conjunction, and the
    conjunct goes on past the date with a subject or a verb of its own ("and on Monday the king
    urged", "and on Wednesday was trying", "and by Tuesday , the crew ran out"), not only a phrase
    ("and again in 2007 to help", "on Sunday and Monday in the capital")."""
    k = i - 1
    while k >= 0 and tokens[k].text.lower() in _CONJUNCT_LEAD and i - k <= 3:
        k -= 1
    if k <= 0 or tokens[k].text.lower() not in ("and", "but") or _DATE_WORD.fullmatch(tokens[k - 1].text):
        return None
    rest = [tok for tok in tokens[j + 1:] if tok.text not in (",", "--")][:3]
    if not rest or rest[0].text in _CLAUSE_PUNCT or rest[0].text in (".", "?", "!", "'s", "’s"):
        return None
    first = rest[0].text
    if _SUBJECT_START.fullmatch(first) or first.lower() in _AUXILIARIES or first.lower() in _FUTURE \
            or _past_form(first.lower()) or (first.lower() in _REPORTING and first.lower() != "out"):
        return k
    return None


def _before_conjunct_date(trigger: _Trigger, tokens: list[_Token]) -> bool:
    """Whether a verb taken for its date stands before the "and" of the conjunct that date opens
    ("The ferry hit a storm and by Tuesday , the crew ran out": Tuesday is not the storm's)."""
    if trigger.timex is None:
        return False
    i = _token_at(tokens, trigger.timex.start)
    opener = _conjunct_opener(tokens, i, _token_at(tokens, max(trigger.timex.start, trigger.timex.end - 1)))
    return opener is not None and trigger.token < opener


def _conjunct_trigger(triggers: list[_Trigger], tokens: list[_Token], opener: int, j: int) -> list[_Trigger]:
    """The happening of the conjunct a date opens: the first trigger after the date, in its own
    clause or, past a comma right after the date, in the next one; none if the conjunct has none."""
    clause = tokens[j].clause
    reach = {clause}
    after = [tok for tok in tokens[j + 1:] if tok.clause == clause]
    if not after and j + 2 < len(tokens):
        reach.add(tokens[j + 2].clause)  # "and by Tuesday , the crew ran out of fuel"
    found = [t for t in triggers if t.token > j and tokens[t.token].clause in reach
             and not _is_relative(tokens, tokens[t.token].clause)]
    return found[:1]


#: Words that open a clause placing its happening before or after the sentence's own.
_TIME_CLAUSE_OPENERS = frozenset({"before", "until", "since", "after"})


def _anchored(trigger: _Trigger, tokens: list[_Token], text: str) -> bool:
    """Whether the trigger is the happening that relation words of days or weeks ("a day after",
    "two days before", "11 weeks after") place against another, in the same phrase: its date is
    that other's, shifted (``_relative_anchors``), not a date the sentence gives elsewhere ("Sept.
    9, two days after the government announced the takeovers": the announcement was on 7
    September). "Moments before" or "hours after" may name a time of the same day ("shortly
    before 10 p.m., the attack resumed")."""
    anchors = [a for a in find_anchors(text, tokens[0].start, trigger.start)
               if a.end <= trigger.start and a.days and not a.approximate]  # not "moments"/"hours after"
    return bool(anchors) and trigger.token - _token_at(tokens, anchors[-1].end) <= 10 \
        and re.search(r"[,;]|--", text[anchors[-1].end:trigger.start]) is None


def _in_time_clause(trigger: _Trigger, tokens: list[_Token], text: str, timex: Timex) -> bool:
    """Whether the trigger stands in a time clause set off from the date's own by a comma: the
    date of the clause after it is not the time clause's ("A day after Mubarak stepped down,
    businesses readied themselves for Sunday", "Long before the crisis exploded, Barr called in
    January 2008"; but "until it merged with Amoco in 1998" is the merger's date)."""
    if _anchored(trigger, tokens, text):
        return True
    opened = any(tok.text.lower() in _TIME_CLAUSE_OPENERS for tok in tokens[max(0, trigger.token - 4):trigger.token])
    return opened and re.search(r"[,;]|--", text[trigger.end:timex.start]) is not None


#: Openers of a relative clause; of them, those whose subject is the noun just before; and the
#: prepositions a verbless phrase may open between that noun and the clause.
_RELATIVE_OPENERS = frozenset({"which", "that", "who", "where", "when", "whose", "whom"})
_ANTECEDENT_OPENERS = frozenset({"which", "that", "who"})
_ANTECEDENT_PHRASE = frozenset({"against", "of", "on", "in", "over", "for", "by", "with", "across", "to"})


def _antecedent(trigger: _Trigger, tokens: list[_Token], opener: int) -> bool:
    """Whether ``trigger`` is the noun a relative clause opening at token ``opener`` hangs on:
    right before it ("the revolt which began", "the protests, which erupted") or before a
    prepositional phrase with no verb ("the uprising against President Assad's rule, which
    began")."""
    gap = [tok.text.lower() for tok in tokens[_last_token(tokens, trigger) + 1:opener]]
    while gap and gap[-1] in _CLAUSE_PUNCT:  # "the protests, which erupted"
        gap.pop()
    if any(w in _CLAUSE_PUNCT for w in gap):
        return False  # "the assault on the city, cradle of the revolt which began": another noun's
    return not gap or (gap[0] in _ANTECEDENT_PHRASE and not any(
        _VERB_LIKE.fullmatch(w) and w != "to" for w in gap))


def _participle_after_verb(trigger: _Trigger, tokens: list[_Token], after: int) -> bool:
    """'On 4 February they blocked a resolution ... calling on Mr Assad to step down': an -ing trigger
    after a finite past verb is a modifier, not the main clause's event."""
    if not trigger.text.lower().split()[0].endswith("ing"):
        return False
    return any(re.fullmatch(r"[a-z]{3,}ed", t.text) or t.text in _IRREGULAR_PAST
               for t in tokens[after + 1:trigger.token])


#: Prepositions that place their object's happening after the sentence's own: "filed a
#: memorandum ahead of a hearing on 29 November" (the date is the hearing's).
_EARLIER_THAN = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|before|prior\s+to)\s+", re.I)
#: What ends the phrase that holds a date: a comma, a bracket, a quote mark.
_PHRASE_WALL = re.compile(r"[,;:()]|--|-LRB-|-RRB-|``|''")
#: Words that may stand between such a preposition and a date that is still the bound of the
#: sentence's own happening ("before dawn on Thursday", "before the end of March", "before
#: Friday prayers": the same day).
_BOUND_WORDS = frozenset({"the", "a", "an", "dawn", "daybreak", "noon", "midday", "midnight", "dusk", "sunrise",
                          "sunset", "nightfall", "prayers", "prayer", "first", "light", "end", "start", "beginning",
                          "close", "middle", "of", "on", "at", "in", "by", "late", "early", "about", "around",
                          "until", "then"})


def _later_object(timex: Timex, text: str, floor: int) -> int | None:
    """Where the phrase "before/ahead of/in advance of/prior to + a happening" that holds the date
    expression opens, when the date is that happening's ("in advance of Tuesday's hearing", "ahead
    of a 29 November hearing", "before he was released Monday", "before their defeat last winter");
    None when the date follows the preposition directly or only with words that bound a time
    ("before dawn Thursday", "before the end of March"). ``floor`` is where the clause begins."""
    start = max(floor, timex.start - 80)
    window = text[start:timex.start]
    # only within the date's own phrase: not past a comma, bracket or quote
    cut = max([m.end() for m in _PHRASE_WALL.finditer(window)], default=0)
    found = [m for m in _EARLIER_THAN.finditer(window) if m.start() >= cut]
    if not found:
        return None
    last = found[-1]
    between = re.findall(r"[\w'’-]+", window[last.end():])
    if len(between) > 8:
        return None
    if not any(w.lower() not in _BOUND_WORDS for w in between):
        # the date right after the preposition: still the happening's when it modifies a noun
        # ("ahead of Sunday's vote", "in advance of a 29 November hearing")
        noun = _DATE_MODIFIES.match(text, timex.end)
        if noun is None or noun.group(1).lower() in _NOT_NOUN or noun.group(1).lower() in _BOUND_WORDS \
                or re.fullmatch(r"[a-z]+(?:ed|ly)", noun.group(1)):
            return None
    return start + last.start()


#: Verbs whose "until/to/for + date" names when what they act on will happen, not when they act:
#: a postponement ("delayed until Thursday a vote", "the trial was adjourned until 3 August", "moved
#: the vote to Friday") or a preparation ("readied themselves for Sunday", "braced for Tuesday").
_RETIMING_VERB = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    r"reschedul(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|"
    r"br(?:ing|ings|ought)\s+forward)\b"
    r"|(?P<preparing>\b(?:prepar(?:e|es|ed|ing)|readi(?:ed|es)|ready(?:ing)?|brac(?:e|es|ed|ing)|"
    r"gear(?:s|ed|ing)?\s+up)\b)", re.I)


def _retimed(timex: Timex, text: str, floor: int) -> tuple[int, int] | None:
    """The span of the verb whose new or awaited date the expression is ("delay until Thursday a
    vote", "postponed the review until Thursday morning", "readied themselves for Sunday"), or None.
    The preposition ("until", "till", "to" after a postponement, "for" after a preparation) stands
    right before the date or opens it ("until Thursday"); the verb at most six words before it, in
    the same phrase."""
    head = re.match(r"(until|till|to|for)\s", timex.text, re.I)
    if head:
        prep, at = head.group(1).lower(), timex.start
    else:
        lead = max(floor, timex.start - 16)
        m = re.search(r"\b(until|till|to|for)\s+(?:the\s+)?$", text[lead:timex.start], re.I)
        if m is None:
            return None
        prep, at = m.group(1).lower(), lead + m.start()
    window_start = max(floor, at - 60)
    window = text[window_start:at]
    cut = max([m.end() for m in _PHRASE_WALL.finditer(window)], default=0)
    verbs = [m for m in _RETIMING_VERB.finditer(window) if m.start() >= cut]
    if not verbs:
        return None
    between = re.findall(r"[\w'’-]+", window[verbs[-1].end():])
    if len(between) > 6 or {w.lower() for w in between} & {"and", "but", "or"}:
        return None  # "has suspended Syria and given it until the end of the week": another verb's
    verb = verbs[-1]
    if (verb.group("preparing") is not None) != (prep == "for"):
        return None  # "moved to Thursday", "prepared for Sunday"; not "moved for", "prepared to"
    return window_start + verb.start(), window_start + verb.end()


def _retimed_object(trigger: "_Trigger", verb: tuple[int, int], timex: Timex, text: str) -> bool:
    """Whether the trigger is what the retiming verb acts on, so the new date is its own: a noun
    after the verb, up to a few words past the date ("delay until Thursday a vote"), or the
    subject right before a passive ("the vote was moved to Thursday")."""
    if trigger.entry.pos != "noun":
        return False
    if verb[1] <= trigger.start and trigger.start <= timex.end + 30:
        return True
    between = text[trigger.end:verb[0]]
    return re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,4}(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|be)\s+"
                        r"(?:[\w-]+\s+)?", between) is not None


def _outside_object(start: int, end: int, object_at: int, timex: Timex, text: str) -> bool:
    """Whether a word (``start``..``end``) lies outside the "before + happening" phrase that opens at
    ``object_at`` and holds the date: before it, or after the date past a comma ("Ahead of
    Sunday's vote, the opposition called ...")."""
    if end <= object_at:
        return True
    return start >= timex.end and _PHRASE_WALL.search(text, timex.end, start) is not None


#: A date expression followed by the noun it modifies: "Tuesday's hearing", "29 November hearing".
_DATE_MODIFIES = re.compile(r"(?:[ \t]*['’]s)?[ \t]+([a-z][a-z-]+)\b")
_NOT_NOUN = frozenset("""to and or but the a an of on in at by for from with as than that which who when if
    is are was were be been has have had will would can could may might should must""".split())


_DISCOURSE = frozenset({"meanwhile", "however", "separately", "also", "moreover", "still", "and", "but", "so", "yet",
                        "elsewhere", "nonetheless", "nevertheless", "instead", "indeed", "now", "then"})
_CONTACTED = frozenset({"contacted", "reached", "interviewed", "asked", "questioned", "speaking", "talking",
                        "telephoned", "phoned", "quoted", "visited"})
_PREMODIFIER = re.compile(r"(?:first|second|third|fourth|final|last)[- ](?:quarter|half)|fiscal\s+\d{4}|"
                          r"(?:Q[1-4]|H[12])(?:\s+\d{4})?", re.I)
_MEDIUM = re.compile(r"^(?:in|during|at|through|via)\s+(?:an?|the|his|her|its|their|a\s+joint|one)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:statement|interview|letter|speech|address|news\s+conference|press\s+conference|briefing|"
                     r"post|tweet|e-?mail|message|broadcast|video|report|testimony|remarks|op-ed|editorial|filing|"
                     r"communique|communiqué|announcement|appearance|hearing|sermon|column|order|decree|ruling|decision|"
                     r"notice|memo|directive|judgment|judgement|opinion|conversation|phone\s+call|telephone\s+call|call)s?\b", re.I)
_TALLY = re.compile(r"\b(?:toll|tally|number|count|figures?|cost|costs|casualties|victims|"
                    r"anniversary)\s+(?:(?:from|of|in|since)\s+)(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+|their\s+)?"
                    r"(?:[\w-]+\s+){0,2}$", re.I)
def _date_only_clause(tokens: list[_Token], clause: int, timex: Timex) -> bool:
    """The clause holds nothing but the date expression (and a preposition before it)."""
    words = [t for t in tokens if t.clause == clause]
    return bool(words) and all(timex.start <= t.start < timex.end or t.text.lower() in (
        "on", "in", "at", "by", "early", "late", "then", "and") for t in words)


#: "Sanctions imposed in 2011 were lifted": a year before an auxiliary ends its clause, it names no noun.
_AUXILIARIES = frozenset("""is are was were be been has have had will would shall should can could may might
    must do does did""".split())
_ADJUNCT_NEXT = frozenset("""following amid despite during over into through against near about ahead under
    amid unlike like without within across toward towards
    and or but when after before as while to at in on by for with from that which who
    because since until than then""".split())
_VERB_LIKE = re.compile(r"(?:who|which|that|whom|is|was|were|are|be|been|has|have|had|met|said|says|told|made|"
                        r"to|could|would|will|may|might|can|should|must|shall|"
                        r"took|gave|went|came|saw|got|held|left|set|put|say|do|does|did|[a-z]{2,}ed|[a-z]{3,}ing)")
_VERBISH = re.compile(r"(?!(?:during|morning|evening|according|including|following|ruling|building|"
                      r"meeting|beginning|spring|king|thing|nothing|something|anything|ceiling)$)[a-z]{3,}ing")


def _last_token(tokens: list[_Token], trigger: _Trigger) -> int:
    index = trigger.token
    while index + 1 < len(tokens) and tokens[index + 1].start < trigger.end:
        index += 1
    return index


def _distance(trigger: _Trigger, timex: Timex, tokens: list[_Token]) -> int:
    i = _token_at(tokens, timex.start)
    return abs(trigger.token - i)


# -- mentions ---------------------------------------------------------------------------------

def _sentence_mentions(doc: Document, sentence: Sentence, timexes: list[Timex],
                       blocking: list[Timex] | None = None) -> list[EventMention]:
    tokens = _tokenize(sentence)
    if len(tokens) < 4:
        return []
    triggers = _find_triggers(doc.text, sentence, tokens, timexes if blocking is None else blocking)
    if not triggers and not timexes:
        return []

    # "the death toll from the uprising passed 5,400 in January": the date is the toll's, not the uprising's
    # (but "the victims of the earthquake which shook the island on Tuesday": the relative clause is the quake's)
    datable = [t for t in triggers if not (t.entry.pos == "noun" and _TALLY.search(
        doc.text[max(sentence.start, t.start - 40):t.start]) and not re.match(
            r"\s+(?:[\w-]+\s+)?(?:which|that)\s", doc.text[t.end:t.end + 30]))]
    for timex in timexes:
        object_at = _later_object(timex, doc.text, sentence.start)
        retimed = _retimed(timex, doc.text, sentence.start)
        for trigger in _attach(timex, datable, tokens, doc.text):
            if object_at is not None and _outside_object(trigger.start, trigger.end, object_at, timex, doc.text):
                continue  # "delivered ... in advance of Tuesday's hearing": the hearing's date
            if retimed is not None and not _retimed_object(trigger, retimed, timex, doc.text):
                continue  # "the attack prompted the council to delay until Thursday a vote": the vote's date
            if _comparison_since(trigger, timex, doc.text, sentence.start):
                continue  # "the first time the army has been deployed since 1985": 1985 is no date of it
            if _since_another(trigger, timex, doc.text, sentence.start, doc.published):
                continue  # "400 killed since the mission began on 26 December": the mission's date
            if trigger.text.lower() in _PRESENT_REPORTING and not _recent(timex.date, doc.published):
                continue  # "In 2003 ..., Bogdanos says": the date is not the saying's
            if _past_saying_looks_ahead(trigger, timex, doc.published):
                continue  # "pledged legislation by August", "said it could happen next week": the complement's
            if _present_perfect(trigger, tokens) and timex.date.end is not None \
                    and timex.date.end < doc.published and not _recent(timex.date, doc.published) \
                    and not re.search(r"\b(?:since|for|over|during|in\s+the\s+(?:past|last))\s+(?:the\s+)?$",
                                      doc.text[max(0, timex.start - 20):timex.start], re.I):
                continue  # "... at the start of winter Experts have warned": a perfect is not dated in the past
            score = _distance(trigger, timex, tokens)
            if trigger.type == "other" and trigger.entry.pos == "noun" and score > 8 \
                    and not light_verbs().search(doc.text[trigger.end:timex.start]):
                continue  # "the oil spill ... three weeks from now": a topic noun is dated only up close
            if trigger.timex is not None and _coordinated(trigger.timex, timex, doc.text):
                # "were Indonesia last week and Liberia on Monday": one trigger, two dated events
                trigger.extra.append(timex)
                continue
            if score < trigger.score:
                if trigger.timex is not None:
                    trigger.extra = [t for t in trigger.extra if t is not timex]
                trigger.timex, trigger.score = timex, score
                later = [t for t in timexes if t.start > timex.end]
                trigger.date = _interval(timex, doc.text, later[0] if later else None)
                if _dates_the_noun(trigger, timex, doc.text):
                    trigger.date = _past_weekday(replace(trigger.date, qualifier="exact"), timex, sentence,
                                                 doc.text, doc.published, trigger.text)
    _speaker_takes_date(triggers, tokens)
    triggers = _split_coordinated(triggers, doc.text)
    triggers = sorted(triggers + _reported_happening(triggers, tokens), key=lambda t: t.start)
    triggers += [t for t in _fallback_triggers(doc.text, sentence, tokens, timexes, triggers, doc.published)
                 if not _before_conjunct_date(t, tokens)]
    if not triggers:
        return []

    _since_clause(triggers, tokens)
    _then_anaphora(triggers, tokens)
    _relative_anchors(triggers, tokens, sentence, doc.text, timexes)
    for trigger in triggers:
        trigger.factual = _factual(trigger, tokens, doc.published)
        trigger.type = _refine_type(trigger, doc.published, sentence.text,
                                    doc.text[max(sentence.start, trigger.start - 30):trigger.start])
        if trigger.type:  # the word's sense by its arguments ("met Dr Murray in 2005" is no talks)
            trigger.type = senses.retype(senses.Sense(
                trigger.type, trigger.entry.key, trigger.entry.pos, trigger.text,
                doc.text[max(sentence.start, trigger.start - 60):trigger.start],
                doc.text[trigger.end:min(sentence.end, trigger.end + 80)], sentence.text,
                trigger.date if trigger.date is not UNDATED else None, doc.published))
        if trigger.type == "deadline":
            trigger.type = _scheduled_type(trigger, tokens) or trigger.type
        if not trigger.type:
            trigger.factual, trigger.type = False, trigger.entry.type
    _announcements(triggers, tokens)

    live = [t for t in triggers if t.factual and not t.absorbed]
    groups = _group(live, tokens)
    entities = find_entities(sentence.text)
    kept = [(head, members) for head, members in groups
            if head.date is not UNDATED or _worth_undated(head, members, sentence, tokens)]
    mentions = []
    for head, members in kept:
        others = [m for h, ms in kept if h is not head for m in ms]
        participants = _participants(entities, sentence, tokens, members, others)
        mention = _mention(doc, sentence, head, members, entities, participants, tokens)
        reported = _frame_reports(head, triggers, tokens, timexes)
        if reported and mention.type == "statement":
            # the happening's type; its title, keywords and date stay the source line's
            mention = replace(mention, type=reported)
        mentions.append(mention)
    return mentions


#: Words that make a "since" date the term of a comparison: "the first time since 1985", "the
#: worst crisis since the 1930s", "the heaviest day of bombings since March", "its most
#: significant piece of good news since the April 20 explosion".
_COMPARISON = re.compile(r"\b(?:first|only|record|unprecedented|most|least|worst|best|biggest|largest|highest|"
                         r"lowest|strongest|weakest|longest|shortest|fastest|sharpest|greatest|fiercest|deepest|"
                         r"steepest|widest|toughest|harshest|hardest|smallest|slowest|closest|"
                         r"[a-z]{2,}iest)\b", re.I)


def _comparison_since(trigger: "_Trigger", timex: Timex, text: str, floor: int) -> bool:
    """Whether a "since" date is only what the trigger's happening is compared with: the
    happening is the first, the worst, the heaviest since then, so it is not then ("Egyptian
    soldiers moved onto the streets, the first time the army has been deployed to quell unrest
    since 1985"; "the flow was stopped for the first time since April"). The comparison word
    stands in the same phrase as the "since", about ten words before the trigger at most, or
    between it and the date. A date that names the noun after it stays that noun's ("the first talks
    since the November attack": the attack's date)."""
    if trigger.end > timex.start or _dates_the_noun(trigger, timex, text):
        return False
    if not (re.search(r"\bsince\s+(?:the\s+)?$", text[max(floor, timex.start - 12):timex.start], re.I)
            or re.match(r"since\s", timex.text, re.I)):
        return False
    window = text[max(floor, trigger.start - 60):timex.start]  # about ten words before the trigger
    cut = max([m.end() for m in _PHRASE_WALL.finditer(window)], default=0)
    return _COMPARISON.search(window, cut) is not None


#: Words that open a "since" clause about the happening just named ("the spill ... since it began").
_SINCE_SAME = frozenset({"it", "they", "this", "these", "that", "those"})


def _since_another(trigger: "_Trigger", timex: Timex, text: str, floor: int, published: dt.date | None) -> bool:
    """Whether the date stands in a "since" phrase that names another happening after the trigger
    ("more than 400 killed since the start of the monitors' mission on 26 December", "the first
    senior official to visit since the conflict erupted in February", "three visits since the
    disaster started in late April"): the date is that happening's; the trigger's runs from it to
    the time of writing, or is only compared with it. Not when the date follows "since" directly or
    only with words that bound a time ("since early March", "since the end of January"), nor when the
    phrase names the trigger's own happening again ("the oil spill ... since the spill began in
    mid-April", "protests ... since they erupted in March"), nor for a date after the time of writing
    (a "since" happening is past: "the first election since the revolution is to take place this
    weekend" dates the election)."""
    if trigger.end > timex.start or (published is not None and timex.date is not None
                                     and timex.date.start is not None and timex.date.start > published):
        return False
    window = text[max(floor, trigger.end):timex.start]
    found = list(re.finditer(r"\bsince\s+", window, re.I))
    if not found:
        return False
    between = window[found[-1].end():]
    if _PHRASE_WALL.search(between):
        return False
    words = [w.lower() for w in re.findall(r"[\w'’-]+", between)]
    if not words or len(words) > 10 or all(w in _BOUND_WORDS for w in words) or words[0] in _SINCE_SAME:
        return False
    head = trigger.text.split()[-1].lower()
    return not any(w == head or w.rstrip("s") == head.rstrip("s") for w in words)


_ASIDE = re.compile(r"\b(?:in\s+retaliation\s+(?:for|against)|in\s+response\s+to|according\s+to|citing)\b", re.I)


def _participants(entities: list[Entity], sentence: Sentence, tokens: list[_Token],
                  members: list[_Trigger], others: list[_Trigger]) -> list[Entity]:
    """Entities in the clauses of this mention: not those of another mention in the sentence,
    nor those in an aside ("in retaliation for ...", "according to ...")."""
    own = {tokens[m.token].clause for m in members}
    foreign = {tokens[m.token].clause for m in others} - own
    last_own = max(own)
    # a relative or participial clause after the event talks about someone else's doing
    # ("..., provoking Iran-backed groups, which called for ending the coalition's presence")
    # (each later clause looked at once, not once per token: a long sentence made that cubic)
    later = {tok.clause for tok in tokens if tok.clause > last_own}
    foreign |= {clause for clause in later if _is_relative(tokens, clause) or _clause_words(tokens, clause)[:1] in (
        ["provoking"], ["prompting"], ["saying"], ["adding"], ["citing"], ["according"], ["while"])}
    asides = [(sentence.start + m.start(), _clause_end(tokens, sentence.start + m.start()))
              for m in _ASIDE.finditer(sentence.text)]
    picked = []
    for entity in entities:
        offset = sentence.start + entity.start
        if tokens[_token_at(tokens, offset)].clause in foreign:
            continue
        if any(a <= offset < b for a, b in asides):
            continue
        picked.append(entity)
    return picked


def _clause_end(tokens: list[_Token], offset: int) -> int:
    index = _token_at(tokens, offset)
    clause = tokens[index].clause
    last = tokens[index]
    for token in tokens[index:]:
        if token.clause != clause:
            break
        last = token
    return last.end


#: Past-tense verbs that are not the '-ed' kind, for dated sentences no trigger table covers.
_IRREGULAR_PAST = frozenset("""began broke came fell found gave got held hit left lost made met ran rose sank saw
    sent shot spoke stood struck took threw went won wrote became brought built bought caught chose drove fled
    flew fought grew hung hid kept laid led lit paid put quit rode rang sold shut sought sat spent spread stole
    swore swept taught tore woke wore wept burst blew drew dug fed froze sped stuck withdrew overthrew undertook
    upheld shook swung slid split sprang dealt bled beat bit hurt""".split())
#: '-ed' words that report a state, an opinion or a plan rather than a happening.
_NOT_HAPPENINGS = frozenset("""expected estimated based seemed remained continued appeared needed wanted used
    related concerned involved required dated compared scheduled planned aimed hoped tried managed allowed
    considered called named described added noted believed reported said stated told claimed suggested
    proposed intended designed supposed owned listed priced valued worried interested surprised pleased
    tired limited mixed united advanced experienced turned updated posted witnessed looked learned quoted
    painted aired bobbed filed showed talked asked answered wondered watched waited""".split())
_MARKET = re.compile(r"(?:\bpercent\b|%|\bcents?\b|\byen\b|\bpoints\b|\bshares?\b|\bstocks?\b|\bprices?\b|"
                     r"\bbarrels?\b|\bbillion\b|\bmillion\b|\$)", re.I)
_FALLBACK = TriggerEntry(type="other", key="event", pos="verb", forms=(), needs=None,
                         pattern=re.compile(r"(?!)"))


def data_paths_on() -> bool:
    """Whether the data-vocabulary paths (issue 13) are on: past verbs of any age, event nouns
    and announced verbs that the TimeML data calls happenings, and the verb after an opening date
    past its subject, filtered by class (fallback_filters.py). Off by default: with the filters,
    146 of 185 entries they add over the eight Timeline17 stores, on three samples not tuned on,
    are real, specific, dated happenings (79%; the rule to switch them on asks 85%;
    bench/README.md, "Data vocabulary, third pass"). ``TIMELINE_API_DATA_EVENTS=1`` turns them on."""
    return os.environ.get("TIMELINE_API_DATA_EVENTS") == "1"


#: A happening announced for a date ahead ("will launch on December 15", "plans to sign on Friday").
_SCHEDULED = TriggerEntry(type="other", key="scheduled", pos="verb", forms=(), needs=None,
                          pattern=re.compile(r"(?!)"))
#: How often (occurrences.json) a verb must name a happening in the TimeML data: to date a past
#: verb of any age (the tables vouch for old events; the data can too: "In 2008, the foundation
#: bought"), to date a verb announced ahead, and below which a past verb is a state or a report.
HAPPENING_SHARE = 0.5
SCHEDULED_SHARE = 0.3
NOT_A_HAPPENING_SHARE = 0.15
#: Words scanned after an opening date for its clause's verb ("On July 17, Malaysia Airlines
#: Flight 17, another Boeing 777, was shot down"): past the subject and its appositions.
OPENING_SCAN = 25
_STOPS_SCAN = frozenset({"will", "would", "may", "might", "could", "can", "should", "must", "said", "says",
                         "if", "whether", "when", "after", "before", "because", "since", "until"})
_BEFORE_SCHEDULED = frozenset({"will", "shall", "to", "'ll"})
_SCHEDULING_TO = frozenset({"plans", "plan", "planned", "planning", "due", "set", "scheduled", "slated", "expected",
                            "going", "is", "are"})
_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _past_form(low: str) -> bool:
    return low in _IRREGULAR_PAST or bool(re.fullmatch(r"[a-z]{3,}ed", low) and low not in _NOT_HAPPENINGS)


def _past_happening(low: str, old: bool) -> bool:
    """A past-tense verb form that can report a dated happening; ``old``: its date is more than
    five years back, where only the data's verdict counts."""
    if not _past_form(low):
        return False
    share = happening_share(low)
    if share is not None and share < NOT_A_HAPPENING_SHARE and (phase_share(low) or 0) < NOT_A_HAPPENING_SHARE:
        return False  # "remained", "hoped", "expected": the data calls them states or intentions (but
        # "began", "ended": the start or end of something, TimeML's ASPECTUAL, dates it)
    return share is not None and share >= HAPPENING_SHARE if old else True


def _scheduled_verb(tokens: list[_Token], k: int) -> bool:
    """'will launch', 'plans to sign', 'will also perform': a happening announced ahead."""
    word = tokens[k].text
    if not re.fullmatch(r"[a-z]{3,}", word):
        return False
    lead = [t.text.lower() for t in tokens[max(0, k - 2):k]]
    if not lead or not (lead[-1] in _BEFORE_SCHEDULED or (len(lead) == 2 and lead[0] in ("will", "shall")
                                                           and re.fullmatch(r"[a-z]+ly|also|then|now", lead[1]))):
        return False
    if lead[-1] == "to" and (len(lead) < 2 or lead[0] not in _SCHEDULING_TO):
        return False  # "plans to sign", "is due to fly"; not "subject to change", "hoped to get", "a day to raise"
    share = happening_share(word)
    return share is not None and share >= SCHEDULED_SHARE


#: Saying verbs that can close a sentence as its source ("..., activists said").
_FRAME_VERBS = frozenset({"said", "says", "told", "reported", "added", "claimed", "confirmed"})


_SUBORDINATE_STOPS = frozenset({"who", "which", "that", "when", "where", "while", "whose", "how", "whether", "if",
                                "because", "after", "before", "until", "since", "as"})
#: Words before a past form that make it no main verb ("had forced", "housing for displaced people").
_NOT_AFTER = frozenset({"has", "have", "had", "to", "been", "being", "be", "would", "will", "for", "of", "in", "by",
                        "with", "from", "on", "at", "into"})
_REMOTE_WORDS = re.compile(r"\b(?:aircraft|planes?|jets?|warplanes?|helicopters?|drones?|air\s*strikes?|"
                           r"airstrikes|artillery|shell(?:s|ed|ing)?|mortars?|rockets?|missiles?|pounded|bombarded|"
                           r"sorties)\b", re.I)


_AIRCRAFT = re.compile(r"aircraft|planes?|jets?|warplanes?|helicopters?|drones?|sorties", re.I)
_FIRE_WORDS = re.compile(r"\b(?:hit|struck|bomb\w*|pound\w*|shell\w*|fired|destroy\w*|target\w*|kill\w*|"
                         r"took\s+out|attack\w*|raid\w*|strafed|blew\s+up)\b", re.I)


def _reported_type(content: list[_Token]) -> str:
    """What a reported clause with no table trigger is: fire from afar (artillery, rockets, aircraft
    that hit or bomb: a strike), killing or wounding (an attack), else other. Aircraft that only
    fly, land or are sent name no fire ("refused to let a plane land", "sent fighter aircraft")."""
    words = " ".join(t.text for t in content)
    remote = _REMOTE_WORDS.search(words)
    if remote and (not _AIRCRAFT.fullmatch(remote.group(0)) or _FIRE_WORDS.search(words)):
        return "strike"
    if _KILL_WORDS.search(words) or re.search(r"\b(?:shots|gunfire|explosives?|bombs?|attacks?|assaults?|ambush|"
                                              r"massacre|beaten|tortured)\b", words, re.I):
        return "attack"
    return "other"


def _reported_happening(triggers: list[_Trigger], tokens: list[_Token]) -> list[_Trigger]:
    """'On Thursday, rockets pounded Baba Amr, activists said': the date opens the reported clause
    and is the pounding's, not the saying's; the clause's past verb becomes the dated ('other')
    trigger and the closing frame keeps no date. Only where the frame ends the sentence after a
    comma, the reported clause has no table trigger and quotes no one."""
    if "reported-happening" not in senses.active:
        return []
    out: list[_Trigger] = []
    for frame in triggers:
        if frame.type != "statement" or frame.entry.pos != "verb" or frame.timex is None \
                or frame.text.lower() not in _FRAME_VERBS:
            continue
        k = frame.token
        comma = max((c for c in range(k) if tokens[c].text == ","), default=-1)
        if comma < 2 or k - comma > 7 or frame.timex.end > tokens[comma].start:
            continue
        speaker = [t.text.lower() for t in tokens[comma + 1:k]]
        rest = [t.text.lower() for t in tokens[k + 1:]]
        if any(_VERB_LIKE.fullmatch(w) for w in speaker) or len(rest) > 6 \
                or any(_VERB_LIKE.fullmatch(w) or w in ("that", ",") for w in rest):
            continue  # "..., he said on Monday that ..." or a longer sentence: the frame is not the source line
        content = tokens[:comma]
        if any(t.text in _QUOTES for t in tokens) or any(t is not frame and t.start < tokens[comma].start
                                                          for t in triggers):
            continue  # someone's quoted words, or a clause a table already types
        first = _token_at(tokens, frame.timex.start)
        begin = _token_at(tokens, max(frame.timex.start, frame.timex.end - 1)) + 1 if first <= 2 else 0
        for j in range(begin, comma):
            word, low = tokens[j].text, tokens[j].text.lower()
            if low in _SUBORDINATE_STOPS:
                break  # "..., when they sent a message": the main clause's verb comes first or not at all
            previous = tokens[j - 1].text.lower() if j else ""
            if word[:1].isupper() or not _past_form(low) or frame.timex.start <= tokens[j].start < frame.timex.end \
                    or previous in _DETERMINERS | _MODIFIERS or previous in _NOT_AFTER:
                continue
            happening = _Trigger(_FALLBACK, word, tokens[j].start, tokens[j].end, j, type=_reported_type(content))
            happening.timex, happening.date, happening.score = frame.timex, frame.date, abs(j - k)
            frame.timex, frame.date, frame.score = None, UNDATED, 1e9
            out.append(happening)
            break
    return out


#: Closing frames whose date can follow them ("..., a source told CNN on Friday"); a claim stays a claim.
_CLOSING_FRAMES = frozenset({"said", "says", "told", "reported", "confirmed"})
#: Words of a reported clause that make it no completed happening: a plan, a forecast, a possibility.
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "going",
                       "plans", "plan", "planned", "expects", "expected", "hopes", "wants", "intends", "due", "if",
                       "whether"})
_PERFECT_AUX = frozenset({"has", "have", "had", "been", "was", "were"})
#: Quotation marks (not the apostrophe of "Serbia 's", which the corpora's tokenising splits off).
_SPEECH_MARKS = frozenset({"“", "”", '"', "``", "''"})
#: Present states in a reported clause: what is so now is what the source says, not a happening
#: ("agencies remain shut out", "the virus that has killed 177 is a mongrel", "the Red Cross is pressing").
_STATE_NOW = frozenset({"is", "are", "am", "remain", "remains"})


def _frame_reports(head: _Trigger, triggers: list[_Trigger], tokens: list[_Token], timexes: list[Timex]) -> str:
    """'ElBaradei has been placed under house arrest, a security source told CNN Friday', 'Police
    detained six journalists, a network official confirmed Monday': a closing frame whose date
    follows it is the source line of the clause before it; the happening is what that clause
    reports, done (a past or perfect verb, no plan, no modal, no negation, no quotation), so the
    mention takes its type: the clause's own table triggers' if it has any, else what its words
    name (``_reported_type``). '' where the frame is no such line (the mention stays a statement)."""
    if "frame-reports" not in senses.active or head.type != "statement" or head.entry.pos != "verb" \
            or head.text.lower() not in _CLOSING_FRAMES or head.timex is None or head.timex.start < head.end:
        return ""
    k = head.token
    comma = max((c for c in range(k) if tokens[c].text == ","), default=-1)
    if comma < 3 or k - comma > 8:
        return ""
    speaker = [t.text.lower() for t in tokens[comma + 1:k]]
    rest = [t for t in tokens[k + 1:] if not head.timex.start <= t.start < head.timex.end]
    if any(w != "to" and _VERB_LIKE.fullmatch(w) for w in speaker) or len(rest) > 5 or any(
            t.text in (",", ";", ":") or t.text.lower() in ("that", "in", "after", "as")
            or (t.text.lower() != "to" and _VERB_LIKE.fullmatch(t.text.lower())) for t in rest):
        return ""  # "..., he said on Monday that ...", "... said Friday in a statement", "... said Friday after ...": not a source line
    words = [t.text.lower() for t in tokens[:comma]]
    told = [t for t in triggers if t is not head and t.start < tokens[comma].start]
    if any(t.text in _SPEECH_MARKS for t in tokens) or any(t.type == "statement" for t in told):
        return ""  # quoted words; a clause that is itself a saying ("the detectives also said ...")
    # the reported clause is the first one with no date of its own ("17 injured in an explosion on
    # the rig, and crews were fighting the fire"; "police circled the city before Friday prayers,
    # and X was placed under house arrest": the first clause is dated by its own words)
    cuts = [0] + [j for j in range(1, comma) if tokens[j].text == ";" or (
        tokens[j - 1].text == "," and words[j] in ("and", "but", "while", "as", "although", "though", "whereas"))] + [comma]
    clause = next(((a, b) for a, b in zip(cuts, cuts[1:]) if b > a and not any(
        tokens[a].start <= x.start < tokens[b - 1].end for x in timexes)), None)
    if clause is None:
        return ""
    if any(w in _NOT_DONE or w in _NEGATIONS or w in _STATE_NOW for w in words):
        return ""  # a plan, a possibility, a denial, a state anywhere in what is reported
    content, words = tokens[clause[0]:clause[1]], words[clause[0]:clause[1]]
    told = [t for t in told if content[0].start <= t.start < content[-1].end]
    done = False
    for j, t in enumerate(content):
        low, previous = t.text.lower(), words[j - 1] if j else ""
        participle = previous in _PERFECT_AUX and low != "been" and bool(re.fullmatch(r"[a-z]{2,}(?:en|wn|ne|ung|ught)", low))
        if t.text[:1].isupper() or not (_past_form(low) or participle or low == "died") \
                or previous in _DETERMINERS | _MODIFIERS:
            continue
        if previous in _NOT_AFTER and previous not in _PERFECT_AUX:
            continue  # "to disperse", "for displaced people"
        done = True
        break
    if not done:
        return ""
    # "journalists have been beaten during the demonstrations": the violence, not its setting
    # (a blast on a rig, toxic chemicals that kill: a disaster, as for a table's attack word)
    kinds = [t.type for t in told if t.type and t.type != "statement"]
    kinds.append(senses.violence_type(_reported_type(content), " ".join(words), _DISASTER))
    return min(kinds, key=TYPE_PRIORITY.index)


def _fallback_triggers(text: str, sentence: Sentence, tokens: list[_Token], timexes: list[Timex],
                       triggers: list[_Trigger], published: dt.date) -> list[_Trigger]:
    """A dated clause whose happening no table names ("a thousand were evacuated three years ago"):
    its past-tense main verb becomes an 'other' trigger; a clause dated ahead gives its announced
    verb ("will launch on December 15"). The TimeML data (occurrences.json) says which verbs name
    happenings; only those date an event more than five years back."""
    if sentence.text.lstrip()[:2] in ("``", "“", '"') or re.search(r"\b(?:I|we|my|our|me|us)\b", sentence.text):
        return []  # quotations and personal accounts
    if _MARKET.search(sentence.text):
        return []  # "shares rose 4.4 percent on Thursday": market moves are not on a news timeline
    if data_paths_on() and not_happening.first_person(sentence.text):
        return []  # "We failed to learn ...": the same with a capital
    used = {id(t.timex) for t in triggers if t.timex is not None} | {id(x) for t in triggers for x in t.extra}
    taken = {t.token for t in triggers}
    out: list[_Trigger] = []
    for timex in timexes:
        if id(timex) in used or timex.type != "DATE":
            continue
        date = _interval(timex, text)
        if date.qualifier in ("since", "until") or date.start is None or date.end is None:
            continue  # "has worked for the group since 1996": a state, not a happening
        if (date.end - published).days > 366:
            continue
        if _retimed(timex, text, sentence.start) is not None:
            continue  # "readied themselves for Sunday", "delayed until Thursday": no verb's own date
        old = (date.end - published).days < -5 * 366
        wide = data_paths_on()
        if old and not wide:
            continue  # a career's milestones decades ago: only the tables vouch for old events
        if old and re.fullmatch(r"\d{4}", timex.text.strip()) and not re.search(
                r"\b(?:in|of|the|since|by|a|an|from)\s+$", text[max(0, timex.start - 6):timex.start], re.I):
            continue  # "struck at 1653 (2153 GMT)": a bare number read as a year dates nothing old
        ahead = wide and date.start >= published  # "will announce on Friday" in Friday's paper
        if wide and not_happening.stamp_or_furniture(text, sentence.start, sentence.text, timex.start, timex.end):
            continue  # a page's or a byline's time stamp, a caption, words to the reader
        if wide and not_happening.nowadays(text, sentence.start, timex.start, timex.end):
            continue  # "Today, X is ...": nowadays, a state
        i = _token_at(tokens, timex.start)
        clause = tokens[i].clause
        noun = _event_noun(tokens, i, _token_at(tokens, max(timex.start, timex.end - 1)), taken) if wide else None
        if noun is not None and (not_happening.habit(tokens, noun) or not_happening.quoted_or_saying(tokens, noun)
                                 or not_happening.statistic_noun(tokens, noun)
                                 or not_happening.range_part(text, sentence.start, timex.start, timex.end)
                                 or not_happening.noun_over_a_window(text, sentence.start, timex.start, timex.end)
                                 or not_happening.noun_of_a_possibility(tokens, _token_at(tokens, max(timex.start, timex.end - 1)))):
            continue  # "the annual floods in July", a noun inside someone's quoted words, "growth in the quarter"
        if noun is not None:  # "the similar killing in 2013 of", "the 2009 crash of": the noun's own date
            if noun > i and date.qualifier in ("before", "after"):
                date = replace(date, qualifier="exact")  # "after the 1969 revolution": the revolution is in 1969
            trigger = _Trigger(_EVENT_NOUN, tokens[noun].text, tokens[noun].start, tokens[noun].end, noun,
                               type=_table_type(tokens[noun].text))
            trigger.timex, trigger.score, trigger.date = timex, abs(noun - i), date
            out.append(trigger)
            continue
        if any(tokens[t.token].clause == clause and not (wide and _topic_noun(t)) for t in triggers):
            continue  # the clause has its own event (its date may have gone elsewhere on purpose)
        candidates = [k for k in range(i - 1, -1, -1) if tokens[k].clause == clause][:10]
        last = _token_at(tokens, max(timex.start, timex.end - 1))
        if wide and not_happening.span(text, sentence.start, timex.start, timex.end, date.start, date.end):
            continue  # "In the past decade, a dearth of crises left it ...": how things went over a span
        if wide and not_happening.attributive_date(tokens, i, last):
            continue  # "by the 1918 flu virus", "Tuesday's tremor": the date is a noun's, not a verb's
        if len(candidates) <= 2 and wide:  # an opening date: the verb follows, past the subject
            candidates += _opening_scan(tokens, last)
        elif len(candidates) <= 2:  # an opening date: the verb follows
            candidates += [k for k in range(i + 1, len(tokens)) if tokens[k].clause in (clause, clause + 1)][:8]
        elif last + 1 < len(tokens) and tokens[last + 1].clause == clause:
            # "The administration on Friday backtracked on its plan": the verb right after the date
            candidates.insert(0, last + 1)
        object_at = _later_object(timex, text, sentence.start)
        if object_at is not None:  # "delivered ... in advance of Tuesday's hearing": no verb outside takes it
            candidates = [k for k in candidates if not _outside_object(tokens[k].start, tokens[k].end, object_at,
                                                                       timex, text)]
        for k in candidates:
            word = tokens[k].text
            low = word.lower()
            if k in taken or word[:1].isupper():
                continue
            if wide and (not_happening.apposition(tokens, k) or not_happening.gloss(tokens, k)
                         or not_happening.adjective_participle(tokens, k)):
                continue  # "the board, chaired by the mayor, published ...": the clause's verb is further on
            if wide and k < i and not_happening.subordinate(tokens, k, i):
                break  # "stayed with the bank after he graduated in 1952": the date is the other clause's
            if wide and _data_non_event(tokens, k, ahead):
                break  # the clause's verb tells a habit, a wish, a state or a quotation: no happening
            if ahead and _scheduled_verb(tokens, k):
                trigger = _Trigger(_SCHEDULED, word, tokens[k].start, tokens[k].end, k, type="other")
                trigger.timex, trigger.score, trigger.date = timex, abs(k - i), date
                out.append(trigger)
                break
            if not (_past_happening(low, old) if wide else _past_form(low)):
                continue
            if wide and k == last + 1 and i > 0 and tokens[i - 1].text.lower() in _DETERMINERS:
                continue  # "a 1993 hit": the date modifies a noun, no verb follows it
            if k > 0 and tokens[k - 1].text.lower() in ("has", "have", "'ve") and not _recent(
                    _interval(timex, text), published):
                continue  # "How the oil has spread ... 22 April - 15 May": a perfect takes no past date
            if k > 0 and tokens[k - 1].text.lower() in _MODIFIERS:
                continue  # "the troubled bank": an adjective
            if (_is_relative(tokens, tokens[k].clause) or any(
                    tok.text.lower() in ("that", "which", "who") for tok in tokens[max(0, k - 2):k])) and not (
                    low in ("began", "started", "opened", "ended") and timex.date.precision == "day"):
                # "the relief wells that began in May are ...": background, not the news; but "the second
                # relief well, which started 16 May": a day-precise start is an event of its own
                break
            trigger = _Trigger(_FALLBACK, word, tokens[k].start, tokens[k].end, k,
                               type=_table_type(word) if wide else "other")
            trigger.timex, trigger.score = timex, abs(k - i)
            trigger.date = date
            out.append(trigger)
            break
    return out


def _data_non_event(tokens: list[_Token], k: int, ahead: bool) -> bool:
    """Whether the verb candidate at ``k`` of the data paths reads as no happening (a habit, a wish or
    plan, a state, a quotation, a pronoun's happening, a past perfect, a mind or a mood; fallback_filters.py).
    Asked only of a word that would otherwise become the trigger: a scheduled verb ahead, else a past form."""
    low = tokens[k].text.lower()
    scheduled = ahead and _scheduled_verb(tokens, k)
    if not (scheduled or _past_form(low)):
        return False
    return (not_happening.habit(tokens, k) or not_happening.wish_or_plan(tokens, k)
            or (not scheduled and not_happening.state_reading(tokens, k))  # "is due to fly" is no infinitive state
            or not_happening.quoted_or_saying(tokens, k) or not_happening.anaphoric(tokens, k)
            or not_happening.tally(tokens, k)
            or (not scheduled and (not_happening.past_perfect(tokens, k) or not_happening.mental_state(tokens, k))))


_EVENT_NOUN = TriggerEntry(type="other", key="event noun", pos="noun", forms=(), needs=None,
                           pattern=re.compile(r"(?!)"))
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_NOUN_DATE_PREPS = frozenset({"in", "on", "at"})


def _event_noun(tokens: list[_Token], first: int, last: int, taken: set[int]) -> int | None:
    """The token of a happening noun the date expression (tokens ``first``..``last``) sits against:
    "the 2009 crash", "the similar killing in 2013", "the arrests on Tuesday morning". A noun is
    a word after a determiner (two words back at most) that the TimeML data calls a happening."""
    def happening_noun(k: int) -> bool:
        word = tokens[k].text
        if k in taken or not re.fullmatch(r"[a-z]{4,}", word) or re.fullmatch(r"[a-z]+ed", word) \
                or word in _IRREGULAR_PAST or word in ("rounds", "round"):
            return False  # "a 1993 hit", "doing the rounds on Sunday": not a happening noun
        if not any(tokens[d].text.lower() in _DETERMINERS or tokens[d].text in ("'s", "’s")
                   for d in range(max(0, k - 2), k)):
            return False  # (a possessive is a determiner: "Levy 's disappearance nine years ago")
        share = happening_share(word)
        return share is not None and share >= HAPPENING_SHARE

    if first > 0 and tokens[first - 1].text.lower() in _DETERMINERS and last + 1 < len(tokens) \
            and happening_noun(last + 1):
        return last + 1  # "the 2009 crash"
    lead = tokens[first].text.lower()
    if lead in _NOUN_DATE_PREPS and first > 0 and happening_noun(first - 1):
        return first - 1  # the expression holds its preposition: "killing [in 2013]"
    if first > 1 and tokens[first - 1].text.lower() in _NOUN_DATE_PREPS and happening_noun(first - 2):
        return first - 2  # "the arrests on [Tuesday morning]"
    if first > 0 and happening_noun(first - 1) and (tokens[last].text.lower() == "ago" or lead in ("last", "yesterday")):
        return first - 1  # "Levy 's disappearance [nine years ago]", "the raid [last week]"
    return None


def _table_type(word: str) -> str:
    """The type the trigger tables give the word, wherever its context rule failed; else 'other'."""
    rows = [row for row in combined_pattern()[1].get(normalize_form(word), ()) if row.needs is None]
    return rows[0].type if rows else "other"  # a row whose context rule failed says nothing ("The scare started")


def _topic_noun(trigger: _Trigger) -> bool:
    """An undated 'other' noun ("for their wedding anniversary"): a topic, not the clause's event."""
    return trigger.timex is None and trigger.entry.pos == "noun" and trigger.type == "other"


def _opening_scan(tokens: list[_Token], last: int) -> list[int]:
    """The tokens after an opening date where its clause's verb can be: up to the first verb-like
    stop ("said", a modal, a subordinator), skipping relative clauses and appositions' punctuation."""
    out = []
    for k in range(last + 1, min(len(tokens), last + 1 + OPENING_SCAN)):
        low = tokens[k].text.lower()
        if low in _STOPS_SCAN:
            break
        if low in _CLAUSE_PUNCT or low in _QUOTES or _is_relative(tokens, tokens[k].clause):
            continue  # "..., another Boeing 777, was shot down"; "Kidd Jordan - who founded ... -- will"
        out.append(k)
    return out


def _speaker_takes_date(triggers: list[_Trigger], tokens: list[_Token]) -> None:
    """'Thad Allen said in an interview Friday that ...', 'In an interview with CNN in September 2009,
    Saif al-Islam said ...': the dated statement is the saying, with its speaker, not the bare noun."""
    for noun in triggers:
        if noun.type != "statement" or noun.entry.pos != "noun" or noun.timex is None:
            continue
        lead = [t.text.lower() for t in tokens[max(0, noun.token - 4):noun.token]]
        if not any(w in ("in", "during", "at", "via", "through") for w in lead):
            continue  # only the medium of the saying ("said in an interview Friday"), not its topic
                      # ("said Gaddafi would make another speech on Saturday")
        verbs = [t for t in triggers if t.type == "statement" and t.entry.pos == "verb" and t.timex is None
                 and abs(t.token - noun.token) <= 14 and not _is_relative(tokens, tokens[t.token].clause)]
        if verbs:
            verb = min(verbs, key=lambda t: abs(t.token - noun.token))
            verb.timex, verb.date, verb.score = noun.timex, noun.date, noun.score
            noun.timex, noun.date, noun.score = None, UNDATED, 1e9


def _coordinated(first: Timex, second: Timex, text: str) -> bool:
    """Two date expressions joined by 'and' within a few words, each after its own participant."""
    a, b = sorted((first, second), key=lambda t: t.start)
    between = text[a.end:b.start]
    return bool(re.fullmatch(r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:on\s+|in\s+|at\s+)?", between))


def _split_coordinated(triggers: list[_Trigger], text: str) -> list[_Trigger]:
    out = []
    for trigger in triggers:
        out.append(trigger)
        for timex in trigger.extra:
            clone = replace(trigger, timex=timex, date=_interval(timex, text), extra=[], members=[])
            out.append(clone)
    return out


def _since_clause(triggers: list[_Trigger], tokens: list[_Token]) -> None:
    """'Since the outbreak of war in October, forces have been attacked ...': the main clause runs since then."""
    if not tokens or tokens[0].text.lower() != "since":
        return
    opening = tokens[0].clause
    comma = next((k for k, t in enumerate(tokens) if t.text == "," and t.clause >= opening), None)
    if comma is None:
        return
    dated = [t for t in triggers if t.token < comma and t.timex is not None]
    main = [t for t in triggers if t.token > comma and t.timex is None and t.type != "statement"
            and not _is_relative(tokens, tokens[t.token].clause)]
    if dated and main:
        source = dated[-1]
        main[0].timex = source.timex
        main[0].date = replace(source.date, qualifier="since")
        main[0].score = source.score + 5
        main[0].derived = True


def _then_anaphora(triggers: list[_Trigger], tokens: list[_Token]) -> None:
    """'... in 2014 to fight ISIS, which had then overrun ...': 'then' repeats the last date."""
    last = None
    for trigger in triggers:
        if trigger.timex is not None:
            last = trigger
            continue
        near = [t.text.lower() for t in tokens[max(0, trigger.token - 3):trigger.token]]
        if last is not None and "then" in near:
            trigger.timex, trigger.date, trigger.score = last.timex, last.date, last.score + 5
            trigger.derived = True


def _relative_anchors(triggers: list[_Trigger], tokens: list[_Token], sentence: Sentence, text: str,
                      timexes: list[Timex]) -> None:
    """'Schools closed on Tuesday, a day after the first case was confirmed': the event of the
    anchored clause takes the day of the sentence's dated event, shifted (see anchors.py). With no
    dated event, the date of the main clause does ('Shares rose on Thursday, a day after ...')."""
    for anchor in find_anchors(text, sentence.start, sentence.end):
        first = _token_at(tokens, anchor.end)
        anchored = next((t for t in triggers if t.start >= anchor.end and t.token - first <= 10), None)
        if anchored is None or anchored.timex is not None:
            continue
        references = [t for t in triggers if t is not anchored and t.timex is not None and not t.derived
                      and not anchor.start <= t.start < anchored.end]
        if references:
            reference = min(references, key=lambda t: abs(t.token - anchored.token))
            date, score = shifted(reference.date, anchor), reference.score + 5
        else:
            earlier = [t for t in timexes if t.end <= anchor.start and t.date is not None]
            if not earlier or _RECOUNTED.search(text, earlier[-1].end, anchor.start):
                # "On Tuesday the jury heard from the gardener, who recalled the panic in the minutes
                # after the singer was found": the day of a testimony is not the day it recounts
                continue
            date, score = shifted(_interval(earlier[-1], text), anchor), 5
        if date is None:
            continue
        anchored.timex = Timex(anchor.start, anchor.end, anchor.text, "DATE", date.start.isoformat(), None, date)
        anchored.date, anchored.score, anchored.derived = date, score, True


#: Words of testimony, which recounts an earlier time: a date before them is the testimony's ("Later
#: in the day the court heard from the chef ... in the moments after the star was found"). Not
#: "described" or "recalled" (a witness describes shelling of the same day; envoys are recalled).
_RECOUNTED = re.compile(r"\b(?:testif(?:y|ies|ied|ying)|testimony|recount(?:s|ed|ing)?|remember(?:s|ed|ing)?|"
                        r"(?:court|jury|jurors|inquest)\s+heard|told\s+(?:the\s+)?(?:court|jury|jurors|inquest|hearing))\b",
                        re.I)

_STATE_ATTACKER = re.compile(
    r"\b(?:US|U\.S\.|American|Israeli|Russian|Turkish|Iranian|Saudi(?:-led)?|NATO|coalition|Pakistani|"
    r"Ukrainian|Chinese|British|French|Syrian\s+government|government|army|military)\s+(?:[\w-]+\s+)?$")
_DISASTER = re.compile(
    r"\b(?:flu|influenza|virus|pandemic|epidemic|disease|infection|h1n1|h5n1|swine|earthquake|"
    r"quake|tsunami|hurricane|storm|cyclone|typhoon|flood(?:s|ing)?|landslide|drought|famine|crash|"
    r"accident|blaze|wildfire|spill|heat\s*wave|cholera|cancer|overdose|rig|oil|refinery|mine|reactor|"
    r"pipeline|gusher|well|plant|factory|chemicals?|boiler|gas\s+leak|fireworks)\b", re.I)


_PRESENT_REPORTING = frozenset({"says", "say", "warns", "denies", "confirms", "announces", "insists", "claims"})


#: A date expression that looks forward by its own words: a deadline ("by August", "till
#: August") or a count ahead ("next week", "two weeks from now", "the coming winter").
_FORWARD_WORDS = re.compile(r"^(?:by|until|till|no\s+later\s+than)\b|\b(?:next|coming|from\s+now|hence)\b", re.I)


def _past_saying_looks_ahead(trigger: _Trigger, timex: Timex, published: dt.date) -> bool:
    """Whether a date ahead of publication that looks forward belongs to what a past saying
    said, not to the saying: "She pledged legislation by August", "Dudley said the well could
    be plugged next week", "`` Two weeks from now , he will be in power , '' said an analyst"
    (written days or months before). A saying told in the past is not dated after the article."""
    date = timex.date
    if trigger.entry.type != "statement" or trigger.entry.pos != "verb" or date is None or date.start is None:
        return False
    word = trigger.text.lower().split()[0]
    if not (word.endswith("ed") or word in _PAST_SAYING_FORMS):
        return False
    return (date.start - published).days >= 2 and (
        date.qualifier in ("by", "until") or _FORWARD_WORDS.search(date.text or timex.text) is not None)


#: Irregular past forms of saying verbs ("said", "told" ...); regular ones end in "-ed".
_PAST_SAYING_FORMS = frozenset({"said", "told", "wrote", "spoke", "gave", "made", "took", "put"})


def _present_perfect(trigger: _Trigger, tokens: list[_Token]) -> bool:
    """'have warned', 'has also confirmed': English does not put a past date on these."""
    lead = [t.text.lower() for t in tokens[max(0, trigger.token - 2):trigger.token]]
    if not lead or trigger.entry.pos != "verb":
        return False
    if trigger.text.lower().split()[0] in ("been",):
        return False  # "has been confirmed" is a passive, dated like any other
    return lead[-1] in ("has", "have", "'ve") or (len(lead) == 2 and lead[0] in ("has", "have", "'ve")
                                                   and lead[1] in ("also", "already", "now", "since", "recently"))


def _recent(date: DateInterval, published: dt.date) -> bool:
    """Within the week before publication (a present-tense 'says' is not dated next month)."""
    return date.end is not None and date.start is not None and 0 <= (published - date.end).days <= 7 \
        or date.start is not None and date.end is not None and date.start <= published <= date.end


#: Remote fire that opens an operation: the operation is a strike campaign (ACLED air/missile strikes).
_REMOTE_FIRE = re.compile(r"\bwith\s+(?:the\s+)?(?:launch\s+of\s+|firing\s+of\s+)?(?:[\w,-]+\s+){0,5}?"
                          r"(?:missiles?|air\s*strikes?|airstrikes|air\s+raids?|bombing\s+raids?|drone\s+strikes?)\b",
                          re.I)
_CROWD_SIDE = re.compile(r"\b(?:protesters|demonstrators|rioters|marchers|strikers|students|fans|mourners|crowds?|"
                         r"riot\s+police|tear\s*gas|stones|rocks|petrol\s+bombs|Molotov|water\s+cannons?|rubber\s+bullets)\b|"
                         r"\bpro-\s*(?:[\w-]+\s+)?and\s+anti-[\w-]+\s+(?:supporters|camps|activists)\b", re.I)  # the crowd, or how a riot is fought ("pro- and anti-Mubarak supporters")
_ARMED_SIDE = re.compile(r"\b(?:rebels?|militants?|insurgents?|fighters|militias?|militiamen|gunmen|guerrillas?|"
                         r"tribesmen|army|troops|soldiers|forces\s+loyal)\b", re.I)


def _refine_type(trigger: _Trigger, published: dt.date, clause_text: str = "", before_text: str = "") -> str:
    """Ends of missions and withdrawals with a date still ahead, or a 'by' date, are deadlines;
    what a virus or an earthquake 'kills' or 'strikes' is a disaster, not an attack."""
    type_ = trigger.type
    date = trigger.date
    if type_ in ("attack", "strike"):  # "the quake killed 200" is a disaster; "jets bombed the oil port" a strike
        type_ = senses.violence_type(type_, clause_text, _DISASTER)
        if type_ == "other":
            return "other"
    if type_ == "attack" and trigger.entry.pos == "noun" and _STATE_ATTACKER.search(
            before_text) and _KILL_WORDS.search(clause_text):
        return "strike"  # "a US attack in Baghdad killed a commander": a state's deadly attack is a strike
    if type_ == "conflict" and trigger.entry.needs == "operation_subject" and _REMOTE_FIRE.search(clause_text):
        return "strike"  # "Operation X, which began Saturday with the launch of 110 cruise missiles"
    if type_ == "conflict" and senses.names_disaster(clause_text, _DISASTER) and not _VIOLENCE.search(clause_text):
        return ""  # "fighting an oil spill"
    if type_ == "conflict" and trigger.text.lower() in ("clashes", "clashed", "fighting", "scuffles") \
            and _CROWD_SIDE.search(clause_text) and not _ARMED_SIDE.search(clause_text):
        return "other"  # "clashes between police and protesters": a protest put down, not a war
    if type_ in ("withdrawal", "deadline") and date is not UNDATED:
        ahead = date.start is not None and date.start > published
        if ahead or date.qualifier in ("by", "until", "before"):
            return "deadline"
        if type_ == "deadline" and trigger.entry.pos == "verb":
            return "deadline"
    if type_ == "withdrawal" and trigger.entry.key == "end" and date is UNDATED:
        return "withdrawal"
    return type_


_SCHEDULING = frozenset({"set for", "scheduled for", "slated for", "planned for", "scheduled to", "set to begin",
                         "due on", "is due", "are due", "scheduled to begin", "scheduled to start", "due to begin",
                         "due to start", "set to start", "slated to begin", "slated to start"})
_NOT_SCHEDULED = frozenset({"deadline", "withdrawal", "statement"})


def _scheduled_type(trigger: _Trigger, tokens: list[_Token]) -> str:
    """'A hearing on the request is set for January 9': what is scheduled is a hearing (a legal event),
    not a deadline; the type of the event noun the scheduling verb's subject names, if there is one
    and the clause does not itself speak of a deadline or an end."""
    if trigger.entry.pos != "verb" or " ".join(trigger.text.lower().split()) not in _SCHEDULING:
        return ""
    clause = tokens[trigger.token].clause
    lead = [t for t in tokens[max(0, trigger.token - 10):trigger.token] if t.clause == clause]
    if all(t.text.lower() in ("is", "are", "was", "were", "has", "have", "had", "been", "now", "also", "still")
           for t in lead):
        # "The trial, which was postponed twice, is scheduled for Thursday": the subject clause
        lead = [t for t in tokens if t.clause == tokens[0].clause][:10]
    words = " ".join(t.text for t in lead)
    if re.search(r"\b(?:deadline|end|ending|expiry|expiration|withdrawal|departure|handover)\b", words, re.I):
        return ""
    pattern, rows = combined_pattern()
    found = ""
    for match in pattern.finditer(words):
        for entry in rows.get(normalize_form(match.group(0)), ()):
            if entry.pos == "noun" and entry.type not in _NOT_SCHEDULED:
                found = entry.type
    return found


def _announcements(triggers: list[_Trigger], tokens: list[_Token]) -> None:
    """'X announced an agreement': the announcement dates the agreement and is not a second event."""
    for k, trigger in enumerate(triggers):
        if trigger.type != "statement" or trigger.text.lower() not in _ANNOUNCING:
            continue
        for other in triggers[k + 1:]:
            if other.token - trigger.token > 6:
                break
            if other.type != "statement" and other.timex is None and other.factual:
                other.timex, other.date, other.score = trigger.timex, trigger.date, trigger.score
                trigger.absorbed = True
                break


def _group(triggers: list[_Trigger], tokens: list[_Token]) -> list[tuple[_Trigger, list[_Trigger]]]:
    """Triggers sharing a date (or hanging on a dated neighbour) become one mention."""
    by_timex: dict[tuple[int, bool], list[_Trigger]] = {}
    undated: list[_Trigger] = []
    for trigger in triggers:
        if trigger.timex is None:
            undated.append(trigger)
        else:
            by_timex.setdefault((id(trigger.timex), trigger.derived), []).append(trigger)
    groups = list(by_timex.values())
    leftovers: list[_Trigger] = []
    for trigger in undated:
        host = None
        for group in groups:
            for member in group:
                near = abs(member.token - trigger.token) <= 8
                same_clause = tokens[member.token].clause == tokens[trigger.token].clause
                if near and same_clause and not _stands_alone(trigger, tokens):
                    host = group
                elif same_clause and member.entry.pos == "verb" and trigger.entry.pos == "noun" \
                        and 0 < trigger.token - _last_token(tokens, member) <= 3:
                    host = group  # "signed an agreement last year": the noun is the dated verb's object
        if host is not None:
            host.append(trigger)
        else:
            leftovers.append(trigger)
    by_type: dict[str, list[_Trigger]] = {}
    for trigger in leftovers:
        by_type.setdefault(trigger.type, []).append(trigger)
    groups.extend(by_type.values())
    out = []
    for group in groups:
        group.sort(key=lambda t: t.start)
        head = min(group, key=lambda t: (TYPE_PRIORITY.index(t.type), t.start))
        if head.timex is None:
            dated = [t for t in group if t.timex is not None]
            if dated:
                head = dated[0]
        out.append((head, group))
    out.sort(key=lambda g: g[0].start)
    return out


def _stands_alone(trigger: _Trigger, tokens: list[_Token]) -> bool:
    """Undated triggers that are their own event even next to a dated one."""
    if trigger.type == "regime_change":
        return True
    if trigger.type == "agreement" and trigger.entry.pos == "noun":
        start = max(0, trigger.token - 4)
        return bool(_AGREEMENT_VERBS.search(" ".join(t.text for t in tokens[start:trigger.token])))
    return False


def _worth_undated(head: _Trigger, members: list[_Trigger], sentence: Sentence, tokens: list[_Token]) -> bool:
    """Undated mentions kept for the merger: regime falls, deadly strikes, concluded agreements."""
    if head.type == "regime_change":
        return True
    clause = tokens[head.token].clause
    clause_text = " ".join(t.text for t in tokens if t.clause == clause)
    if head.type in ("strike", "attack"):
        # one identifiable incident: "a US attack in Baghdad killed a commander", not "killing them"
        if head.entry.pos != "noun" or head.text.lower().endswith("s"):
            return False
        determiner = re.search(r"\b(?i:a|an|the|this|that|last|latest)\s+(?:(?:[A-Z][\w.-]*|\w+-[\w-]+|deadly|"
                               r"suicide|car|drone|missile|rocket|air|fatal|bomb|latest|new|major|massive|"
                               r"suspected|second|third|first|fresh|coordinated|militant|rebel|insurgent|terrorist|gun|mortar|"
                               r"knife|grenade|roadside|deadliest|bloody|armed|double|twin|triple)\s+){0,2}$",
                               sentence.text[:head.start - sentence.start])
        if determiner and _KILL_WORDS.search(clause_text):
            return True
        # a named happening: "the Sarnak bombing", "a week after a bombing in Sarnak", "the attack on the
        # Marriott": the merger attaches it to the dated report of the same incident, if there is one
        lead = sentence.text[:head.start - sentence.start]
        tail = sentence.text[head.end - sentence.start:]
        return bool(re.search(r"\b(?i:the|this|that)\s+(?:[A-Z][\w.-]*\s+){1,3}(?:[a-z]+\s+)?$", lead)) or bool(
            determiner and re.match(r"\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w-]+", tail))
    if head.type == "agreement":
        return any(m.entry.pos == "noun" for m in members) and bool(_AGREEMENT_VERBS.search(clause_text))
    return False


# -- building the mention ---------------------------------------------------------------------



def _mention(doc: Document, sentence: Sentence, head: _Trigger, members: list[_Trigger],
             entities: list[Entity], participants: list[Entity], tokens: list[_Token]) -> EventMention:
    # the dated triggers type the mention; undated neighbours only sharpen it
    # ("a deadline for the withdrawal by 2025", "an airstrike ... attacks")
    dated = [m.type for m in members if m.timex is not None] or [m.type for m in members]
    type_ = min(dated, key=TYPE_PRIORITY.index)
    # "today's summit has seen new deals signed": talks that ended in a concluded agreement
    type_ = senses.concluded_at_talks(type_, [(m.type, m.text, doc.text[max(sentence.start, m.start - 40):m.start],
                                              doc.text[m.end:min(sentence.end, m.end + 40)]) for m in members])
    others = {m.type for m in members}
    if type_ == "withdrawal" and "deadline" in others:
        type_ = "deadline"
    elif type_ == "attack" and "strike" in others:
        type_ = "strike"
    date, dated_by = head.date, head
    if date is UNDATED:
        for member in members:
            if member.date is not UNDATED:
                date, dated_by = member.date, member
                break
    status, relation = status_of(date, _status_context(doc.text, sentence, dated_by), type_, doc.published)
    title = title_for(doc.text, sentence, head, type_, entities, tokens)
    if not title.strip():  # a fragment with nothing to say around the trigger: its clause, shortened
        words = re.sub(r"-[LR][RSC]B-|``|''", " ", sentence.text[max(0, head.start - sentence.start - 40):]).split()
        title = " ".join(words[:10]).strip(" ,.;:") or head.text
        title = title[:1].upper() + title[1:]
    if type_ == "regime_change":
        # who fell is the event; who comments on it is not ("after the fall of X, Y said")
        participants = [e for e in participants if e.surface in title] or \
            [e for e in participants if e.kind == "place" and e.surface in title]
    if doc.outlet:  # the outlet's own name in a dateline ("Shafaq News/ On Wednesday") is no participant
        participants = [e for e in participants if e.name.lower() != doc.outlet.lower()]
    actors = names(participants, "actor")
    places = names(participants, "place")
    return EventMention(
        type=type_,
        title=title,
        summary=summary_for(sentence, head, date),
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
        date=date,
        trigger=head.text,
        trigger_start=head.start,
        actors=actors,
        places=places,
        keywords=keywords_for(title, head, members, actors, places, type_),
        status=status,
        relation=relation,
    )


def _status_context(text: str, sentence: Sentence, trigger: _Trigger) -> StatusContext:
    """The words around a trigger and its date that say whether it happened (status.py)."""
    timex = trigger.timex
    if timex is None:
        between = before_date = after_date = ""
    else:
        between = text[trigger.end:timex.start] if timex.start >= trigger.end else text[timex.end:trigger.start]
        before_date = text[max(sentence.start, timex.start - 30):timex.start]
        after_date = text[timex.end:min(sentence.end, timex.end + 15)]
    return StatusContext(lead=text[sentence.start:trigger.start], trigger=trigger.text, between=between,
                         before_date=before_date, after_date=after_date,
                         scheduling_trigger=" ".join(trigger.text.lower().split()) in _SCHEDULING,
                         key=trigger.entry.key)
