"""What is news prose: drop the sentences of a page that are not, before event detection.

A news page carries more than its report: reader comments, photo captions and
headlines above a wire story, explainer graphics and tickers repeated on every
page of an outlet, credit and promotion lines. Read as prose they yield
"events" that then title the largest clusters of a store ("Officials write",
"This was completed at 1930 CDT"). This step keeps them out, and says why for
each sentence it drops, so the drop can be audited.

The rules are data (``prose.json``), each with the class of non-event it finds
and an example it must match. Two kinds of evidence come from the whole
document rather than one sentence:

- a comment section runs to the end of the page, so a rule with scope
  ``rest`` drops its sentence and every later one (the first comment header or
  the notice that opens the section is enough);
- on a "have your say" page the readers' answers follow the questions put to
  them, and above a wire story's "(Reuters) -" tag sit its caption and headline.

Cross-document repetition (one explainer box in a hundred articles) cannot be
seen from one document; the rules find such boxes by their form instead.

After detection, ``split_mentions`` drops the mentions a sentence of real
prose can still yield that report no happening: a metaphor (an abstract noun
doing a physical thing: "unrest exploded"), an empty frame (a speaker and a
speech verb with nothing said), running tolls and totals, tenures, statistics
over a period, plans named in passing or told as superseded, forecasts,
counterfactuals ("even had X resigned, ..."), an event noun in a page's
headline run into its lead across the page's time stamp, a happening named as
what someone demands ("demanded the ouster of ...") or refused or failed to do
("failed to reach a deal"), an undated question ("was this a coup ?"), and
analysts' general reading told as their statement ("..., experts said Thursday"),
an undated happening supposed or foreseen ("any regime change would reverberate",
"the fall of the regime is very close"), still to come in a present-tense temporal
clause ("will not stop until the regime is toppled"), named as a goal ("their goal
remains regime change") or inside a condition ("if ..., the consequences would be ..."),
and a day that begins or ends as its own subject ("Thursday began as a day of ...").
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .events.vocabulary import trigger_entries
from .model import Document, EventMention, Sentence

_TABLE = Path(__file__).with_name("prose.json")

#: How far into a page the questions to readers of a "have your say" page reach.
_READER_CALL_WINDOW = 25
#: A wire tag this many lines into the text still opens the body (headline,
#: caption and byline lines come first); further down it is a quoted wire story.
_WIRE_TAG_LINES = 3


@dataclass(frozen=True)
class Rule:
    """One pattern of non-prose, as read from ``prose.json``."""

    name: str
    kind: str
    scope: str
    pattern: re.Pattern
    why: str
    example: str
    outlets: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Dropped:
    """A sentence (or one mention of it) the step kept out of the events, and why."""

    sentence: Sentence
    kind: str
    rule: str
    mention: EventMention | None = None

    @property
    def reason(self) -> str:
        return f"{self.kind}: {self.rule}"


@dataclass(frozen=True)
class _Table:
    rules: tuple[Rule, ...]
    reader_call: re.Pattern
    debate_marker: re.Pattern
    wire_tag: re.Pattern
    metaphor_subjects: frozenset[str]
    metaphor_verbs: frozenset[str]
    function_words: frozenset[str]
    speech_verbs: frozenset[str]
    min_content_words: int
    tenure_triggers: frozenset[str]
    measured_change: re.Pattern
    coarse_precisions: frozenset[str]
    total_period: re.Pattern
    total_perfect: re.Pattern
    plan_precisions: frozenset[str]
    plan_preposition: re.Pattern
    plan_lapsed: re.Pattern
    forecast: re.Pattern
    inverted_condition: re.Pattern
    consequent: re.Pattern
    modal_perfect: re.Pattern
    headline_stamp: re.Pattern
    demand_verbs: re.Pattern
    demand_gap: re.Pattern
    not_done: re.Pattern
    pundits_before: re.Pattern
    pundits_after: re.Pattern
    pundit_speech: frozenset[str]
    supposed_modal: re.Pattern
    supposed_likely: re.Pattern
    not_yet_lead: re.Pattern
    not_yet_passive: re.Pattern
    not_yet_participles: frozenset[str]
    goal: re.Pattern
    condition_opener: re.Pattern
    condition_consequence: re.Pattern
    time_subject_lead: re.Pattern
    time_subject_verbs: frozenset[str]


@lru_cache(maxsize=1)
def table() -> _Table:
    """The rule table, compiled once."""
    raw = json.loads(_TABLE.read_text(encoding="utf-8"))
    rules = tuple(
        Rule(r["name"], r["class"], r["scope"],
             re.compile(r["pattern"], re.IGNORECASE if r.get("ignore_case") else 0),
             r["why"], r["example"], frozenset(r.get("outlets", ())))
        for r in raw["rules"])
    return _Table(rules, re.compile(raw["reader_call"]["pattern"]),
                  re.compile(raw["debate_marker"]["pattern"]),
                  re.compile(raw["wire_tag"]["pattern"]),
                  frozenset(raw["metaphor"]["subjects"]), frozenset(raw["metaphor"]["verbs"]),
                  frozenset(raw["empty_frame"]["function_words"]), frozenset(raw["empty_frame"]["speech_verbs"]),
                  raw["empty_frame"]["min_content_words"],
                  frozenset(raw["tenure"]["triggers"]),
                  re.compile(raw["measured_change"]["pattern"], re.IGNORECASE),
                  frozenset(raw["measured_change"]["coarse"]),
                  re.compile(raw["running_total"]["period"], re.IGNORECASE),
                  re.compile(raw["running_total"]["perfect"], re.IGNORECASE),
                  frozenset(raw["plan"]["coarse"]),
                  # the preposition, then at most four words (determiners, adjectives, a date) up to the trigger
                  re.compile(r"\b(?:" + "|".join(re.escape(p) for p in raw["plan"]["prepositions"])
                             + r")\s+(?:[\w'`-]+\s+){0,4}$", re.IGNORECASE),
                  re.compile(raw["plan"]["lapsed"], re.IGNORECASE),
                  re.compile(raw["forecast"]["pattern"], re.IGNORECASE),
                  re.compile(raw["counterfactual"]["inverted"]),
                  re.compile(raw["counterfactual"]["consequent"], re.IGNORECASE),
                  re.compile(raw["counterfactual"]["modal_perfect"], re.IGNORECASE),
                  re.compile(raw["headline_stamp"]["pattern"]),
                  re.compile(raw["demand"]["verbs"], re.IGNORECASE),
                  re.compile(raw["demand"]["gap"]),
                  re.compile(raw["not_done"]["pattern"], re.IGNORECASE),
                  *_pundit_patterns(raw["pundits"]["nouns"]),
                  frozenset(raw["pundits"]["speech_verbs"]),
                  # the modal follows the event noun and what its phrase holds ("the fall of the regime would")
                  re.compile("^" + raw["supposed"]["np_tail"] + raw["supposed"]["modal"]),
                  re.compile("^" + raw["supposed"]["np_tail"] + raw["supposed"]["likely"], re.IGNORECASE),
                  re.compile(raw["not_yet"]["lead"], re.IGNORECASE),
                  re.compile(raw["not_yet"]["passive"], re.IGNORECASE),
                  frozenset(raw["not_yet"]["participles"]),
                  re.compile(raw["goal"]["pattern"]),
                  re.compile(raw["condition"]["opener"]),
                  re.compile(raw["condition"]["consequence"]),
                  re.compile(raw["time_subject"]["lead"]),
                  frozenset(raw["time_subject"]["verbs"]))


def _pundit_patterns(nouns: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """The pundits just before their speech verb ('experts on the region said', 'Eurasia Group analysts
    have said'), and just after it ('..., said analysts at a bank', 'say some experts')."""
    names = "(?:" + "|".join(re.escape(n) for n in nouns) + ")"
    before = re.compile(r"\b" + names + r"(?:\s+(?:on|of|in|at|from)\s+(?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                        r"\s+(?:have\s+|had\s+|also\s+)?$", re.IGNORECASE)
    after = re.compile(r"^\s*(?:(?:some|many|several|other|independent|western|regional|military|political|legal|"
                       r"industry|oil|market|security|health|the|two|three)\s+)*" + names + r"\b", re.IGNORECASE)
    return before, after


def split_prose(doc: Document, sentences: list[Sentence]) -> tuple[list[Sentence], list[Dropped]]:
    """``sentences`` of ``doc`` parted into news prose (kept, in order) and the dropped, each with its reason."""
    rules = table()
    verdicts: list[tuple[str, str] | None] = [None] * len(sentences)
    _above_wire_tag(doc.text, sentences, verdicts, rules.wire_tag)
    _have_your_say(sentences, verdicts, rules)
    rest: tuple[str, str] | None = None
    # the sentence splitter drops some comment headers as furniture ('... | Reply'), so
    # headers are looked for in the text itself: the section starts where the first one does
    opening = _comment_section(doc, rules)
    for index, sentence in enumerate(sentences):
        if rest is None and opening is not None and sentence.end > opening[0]:
            rest = opening[1]
        if rest is not None:
            verdicts[index] = verdicts[index] or rest
            continue
        for rule in rules.rules:
            if rule.outlets and doc.outlet.lower() not in rule.outlets:
                continue
            if rule.pattern.search(sentence.text):
                verdicts[index] = (rule.kind, rule.name)
                if rule.scope == "rest":
                    rest = (rule.kind, rule.name)
                break
    kept = [s for s, v in zip(sentences, verdicts) if v is None]
    dropped = [Dropped(s, *v) for s, v in zip(sentences, verdicts) if v is not None]
    return kept, dropped


def _comment_section(doc: Document, rules: _Table) -> tuple[int, tuple[str, str]] | None:
    """Where the first comment header of ``doc`` starts, and its rule; None without one."""
    first = None
    for rule in rules.rules:
        if rule.scope != "rest" or rule.pattern.pattern.startswith("^"):
            continue  # an opener anchored to a sentence start is matched sentence by sentence
        if rule.outlets and doc.outlet.lower() not in rule.outlets:
            continue
        found = rule.pattern.search(doc.text)
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), (rule.kind, rule.name))
    return first


def _above_wire_tag(text: str, sentences: list[Sentence], verdicts: list, wire_tag: re.Pattern) -> None:
    """Sentences on the lines above a wire story's '(Reuters) -' tag are its caption and headline."""
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        if number >= _WIRE_TAG_LINES:
            return
        if wire_tag.search(line):
            break
        offset += len(line)
    else:
        return
    for index, sentence in enumerate(sentences):
        if sentence.end <= offset:
            verdicts[index] = ("caption", "above-wire-tag")


def _have_your_say(sentences: list[Sentence], verdicts: list, rules: _Table) -> None:
    """On a page of readers' answers, every sentence after the last question put to readers is a comment."""
    window = sentences[:_READER_CALL_WINDOW]
    if not any(rules.debate_marker.search(s.text) for s in window):
        return
    last_call = max(i for i, s in enumerate(window)
                    if rules.reader_call.search(s.text) or rules.debate_marker.search(s.text))
    for index in range(last_call + 1, len(sentences)):
        verdicts[index] = verdicts[index] or ("comment", "have-your-say-answers")


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


#: The checks ``split_mentions`` asks, in order, each with the kind and reason it drops a mention
#: for: the first that holds decides, so the order is part of the rules (a new check goes where its
#: kind should win over the ones after it).
_CHECKS: tuple[tuple[str, str, Callable[[EventMention, dict, dt.date | None], bool]], ...] = (
    ("metaphor", "abstract-subject", lambda m, r, p: _metaphor(m, r)),
    ("empty_frame", "nothing-said", lambda m, r, p: _empty_frame(m, r)),
    ("running_toll", "since-count", lambda m, r, p: _running_toll(m)),
    ("background", "tenure-since", lambda m, r, p: _tenure(m, r)),
    ("statistic", "measured-change", lambda m, r, p: _measured_change(m, r)),
    ("statistic", "running-total", lambda m, r, p: _running_total(m, r)),
    ("plan", "named-in-passing", lambda m, r, p: _plan_in_passing(m, r, p)),
    ("plan", "superseded", lambda m, r, p: _plan_lapsed(m, r)),
    ("speculation", "forecast", lambda m, r, p: _forecast(m, r)),
    ("counterfactual", "supposed", lambda m, r, p: _counterfactual(m, r)),
    ("furniture", "headline-noun-before-stamp", lambda m, r, p: _headline_noun(m, r)),
    ("running_toll", "since-clause", lambda m, r, p: _toll_since_clause(m)),
    ("demand", "asked-for", lambda m, r, p: _demanded(m, r)),
    ("negated", "refused-or-failed", lambda m, r, p: _not_done(m, r)),
    ("question", "undated", lambda m, r, p: _undated_question(m)),
    ("analysis", "pundits-say", lambda m, r, p: _pundits(m, r)),
    ("speculation", "supposed-or-foreseen", lambda m, r, p: _supposed(m, r)),
    ("plan", "not-yet-clause", lambda m, r, p: _not_yet(m, r)),
    ("demand", "named-as-goal", lambda m, r, p: _goal(m, r)),
    ("hypothetical", "if-clause", lambda m, r, p: _in_condition(m, r)),
    ("scene", "time-as-subject", lambda m, r, p: _time_as_subject(m, r)),
)


def split_mentions(mentions: list[EventMention],
                   published: dt.date | None = None) -> tuple[list[EventMention], list[Dropped]]:
    """``mentions`` (of a document published on ``published``) parted into those that report a
    happening and the dropped (metaphors, empty frames, running tolls and totals, tenures,
    statistics over a period, plans in passing or superseded, forecasts, counterfactuals,
    event nouns in a headline fused with the lead, happenings asked for or refused, undated
    questions, pundits' readings, happenings supposed or foreseen, still to come in a temporal
    clause, named as a goal or inside a condition, a day that begins or ends as its own subject)."""
    rules = table()
    kept: list[EventMention] = []
    dropped: list[Dropped] = []
    for mention in mentions:
        kind = next(((name, why) for name, why, holds in _CHECKS if holds(mention, rules, published)), None)
        if kind is None:
            kept.append(mention)
        else:
            sentence = Sentence(mention.start, mention.end, mention.quote)
            dropped.append(Dropped(sentence, *kind, mention=mention))
    return kept, dropped


_DEATHS = re.compile(r"\b(?:kill|killed|killing|die|died|dead|death|deaths|perished)\b", re.I)
_COUNT = re.compile(r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|tens of thousands|scores)\b", re.I)


def _running_toll(mention: EventMention) -> bool:
    """'More than 5,000 civilians have been killed since March': a count of deaths from a date
    up to the report is no happening of that date; each report's figure is its own, and
    pooled under the start of the count they make one entry of many days' statements. So is
    a count in the perfect over the period still running ('hundreds of people have been killed
    this month', 'dozens have died in the past week'): the toll so far, not a day's killing."""
    if not _DEATHS.search(mention.trigger):
        return False  # "attacked 100 times since October" counts happenings of a campaign; deaths are its toll
    if mention.date.qualifier != "since" and not _so_far(mention):
        return False
    # the count stands before the trigger ("2,000 have died") or after it ("has killed 257 of 420")
    return bool(_COUNT.search(mention.quote))


_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:now\s+|already\s+|reportedly\s+)?(?:been\s+)?"
                             r"(?:(?:reported|confirmed)\s+)?$", re.I)
_RUNNING_PERIOD = re.compile(r"^(?:this|the\s+past|the\s+last|so\s+far\s+this)\s+(?:week|month|year)$", re.I)


def _so_far(mention: EventMention) -> bool:
    """A perfect-tense count over the week, month or year that the report is still in."""
    if mention.date.precision not in ("week", "month", "year") or mention.trigger_start < mention.start:
        return False
    before = mention.quote[max(0, mention.trigger_start - mention.start - 40):mention.trigger_start - mention.start]
    return bool(_PERFECT_BEFORE.search(before)) and bool(_RUNNING_PERIOD.match(mention.date.text.strip()))


def _tenure(mention: EventMention, rules: _Table) -> bool:
    """'Gadhafi has ruled since 1969': how long a reign has lasted, dated by its open start."""
    return mention.date.qualifier == "since" and mention.trigger.lower() in rules.tenure_triggers


def _measured_change(mention: EventMention, rules: _Table) -> bool:
    """'Output fell 4 percent in the quarter': a figure's change over a period, not a day's happening.

    Only a coarse or open date ("since April") marks the period: a day's move in a market
    ("shares fell 5 percent on Monday") is reported as that day's news and stays.
    """
    if mention.date.precision not in rules.coarse_precisions and mention.date.qualifier != "since":
        return False
    if mention.type == "statement":
        return bool(rules.measured_change.search(mention.quote))
    at = mention.trigger_start - mention.start
    return any(found.start() <= at < found.end() for found in rules.measured_change.finditer(mention.quote))


#: Where a clause ends, for reading the words that govern a trigger: punctuation, quotation
#: marks, conjunctions and subordinators ("when", "after", "which" ...).
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s--\s|``|''|\b(?:but|and|while|when|after|before|since|who|which|that|until)\b",
                           re.IGNORECASE)


def _lead(mention: EventMention, chars: int) -> str:
    """Up to ``chars`` characters of the quote before the trigger ('' when its place is unknown)."""
    at = mention.trigger_start - mention.start
    return mention.quote[max(0, at - chars):at] if at >= 0 else ""


def _clause_lead(mention: EventMention, chars: int) -> str:
    """The trigger's own clause before it, within ``chars`` characters."""
    lead = _lead(mention, chars)
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    return lead[breaks[-1].end():] if breaks else lead


def _clause_tail(mention: EventMention, chars: int) -> str:
    """The trigger's own clause after it, within ``chars`` characters."""
    at = mention.trigger_start - mention.start
    if at < 0:
        return ""
    tail = mention.quote[at + len(mention.trigger):at + len(mention.trigger) + chars]
    found = _CLAUSE_BREAK.search(tail)
    return tail[:found.start()] if found else tail


def _running_total(mention: EventMention, rules: _Table) -> bool:
    """'8,000 people have fled in the past week': a count as the subject of a perfect verb over a
    running period (or since a date) is a total so far, for any kind of happening."""
    if mention.date.qualifier != "since" and not rules.total_period.match(mention.date.text.strip()):
        return False
    if not rules.total_perfect.search(_lead(mention, 40)):
        return False
    subject = _clause_lead(mention, 80)
    if mention.date.text:
        subject = subject.replace(mention.date.text, " ")  # "since 1963" is no count
    return bool(_COUNT.search(subject))


def _plan_in_passing(mention: EventMention, rules: _Table, published: dt.date | None) -> bool:
    """'losses in congressional elections in November': a coarse-dated happening still to come,
    named in a prepositional phrase of a sentence about something else."""
    if mention.status != "scheduled" or mention.date.precision not in rules.plan_precisions:
        return False
    if published is not None and mention.date.end is not None and mention.date.end < published:
        return False  # a past date read as a plan is a misread happening: keep it
    lead = _lead(mention, 40)
    if _FINITE_PAST.search(mention.trigger) and not _AUXILIARY_BEFORE.search(lead):
        return False  # "lawmakers in July voted": a verb of its own clause, not a noun in the phrase
    if _MODAL_BEFORE.search(lead):
        return False  # "... and will be completed in the spring": the clause's own verb, told as a plan
    return bool(rules.plan_preposition.search(lead)) and not re.search(r"[,;:]\s*(?:[\w'`-]+\s+){0,4}$", lead)


_FINITE_PAST = re.compile(r"ed$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|to)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?$",
                           re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _plan_lapsed(mention: EventMention, rules: _Table) -> bool:
    """'The show, which had been scheduled for 25 June': a plan told as superseded."""
    clause = f"{_clause_lead(mention, 50)} {mention.trigger} {_clause_tail(mention, 20)}"
    return bool(rules.plan_lapsed.search(clause))


def _forecast(mention: EventMention, rules: _Table) -> bool:
    """'The storm is forecast to hit on Sunday': a prediction, unless the mention is the statement making it."""
    return mention.type != "statement" and bool(rules.forecast.search(_lead(mention, 60)))


def _counterfactual(mention: EventMention, rules: _Table) -> bool:
    """'Even had the king abdicated on Monday, it would have changed little', 'the flood would
    have damaged the harbour': a happening supposed under a condition, not reported."""
    lead = _lead(mention, 80)
    if rules.modal_perfect.search(lead):
        return True
    if not rules.inverted_condition.search(lead):
        return False
    # the inversion is a condition only when its consequence follows ("..., it would have")
    return bool(rules.consequent.search(mention.quote[mention.trigger_start - mention.start:]))


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Trigger forms that are only ever nouns in the trigger vocabulary ('explosion', 'invasion')."""
    entries = trigger_entries()
    verbs = {form.lower() for entry in entries if entry.pos != "noun" for form in entry.forms}
    return frozenset(form.lower() for entry in entries if entry.pos == "noun" for form in entry.forms) - verbs


def _headline_noun(mention: EventMention, rules: _Table) -> bool:
    """'... years before invasion Thursday 13 January 2005 03.10 GMT The US investigators ...':
    an event noun in a headline run into the lead takes a date that is not its own."""
    stamp = rules.headline_stamp.search(mention.quote)
    at = mention.trigger_start - mention.start
    if stamp is None or not 0 <= at < stamp.start() or mention.type == "statement":
        return False
    if mention.trigger.lower() not in _event_nouns():
        return False
    head = mention.quote[:stamp.start()]
    return not (mention.date.text and mention.date.text in head)


def _toll_since_clause(mention: EventMention) -> bool:
    """'About 200 people have been killed since the mission was renewed on Tuesday', '400 killed since
    the start of the mission on 26 December': a death count since a clause whose date is the start of
    the count, not of a killing (the date's own qualifier is exact, so ``_running_toll`` misses it)."""
    if not _DEATHS.search(mention.trigger) or not mention.date.text:
        return False
    at = mention.trigger_start - mention.start
    if at < 0:
        return False
    where = mention.quote.find(mention.date.text, at)
    return where > at and "since" in mention.quote[at:where].lower().split() \
        and bool(_COUNT.search(_lead(mention, 40)))


def _demanded(mention: EventMention, rules: _Table) -> bool:
    """'Crowds demanded the resignation of the governor': the happening asked for, not one that took
    place; the demand (a statement, a protest) is the sentence's other mention."""
    if mention.type == "statement":
        return False
    lead = _lead(mention, 70)
    return any(rules.demand_gap.match(lead[found.end():]) for found in rules.demand_verbs.finditer(lead))


def _not_done(mention: EventMention, rules: _Table) -> bool:
    """'The unions failed to reach a deal', 'the minister refused to sign the accord': not a happening."""
    return bool(rules.not_done.search(_lead(mention, 50)))


def _undated_question(mention: EventMention) -> bool:
    """'Was this the end of the old regime ?': a question with no date of its own asks, supposes or
    names a goal; a dated one usually presupposes a real happening and stays."""
    return mention.quote.rstrip().endswith("?") and mention.date.start is None and mention.date.end is None


def _pundits(mention: EventMention, rules: _Table) -> bool:
    """'The slump will outlast the winter, energy analysts said on Monday': analysts' reading of a
    situation, told as their statement, is no happening of the day."""
    if mention.type != "statement" or mention.trigger.lower() not in rules.pundit_speech:
        return False
    if rules.pundits_before.search(_lead(mention, 60)):
        return True
    if mention.trigger.lower() in ("told", "tell"):
        return False  # "the company told analysts": the analysts heard it
    at = mention.trigger_start - mention.start
    tail = mention.quote[at + len(mention.trigger):at + len(mention.trigger) + 60] if at >= 0 else ""
    return bool(rules.pundits_after.search(tail))


def _metaphor(mention: EventMention, rules: _Table) -> bool:
    """'The panic returned with force': the trigger's subject, just before it, is a mood."""
    if mention.trigger.lower() not in rules.metaphor_verbs or mention.trigger_start < mention.start:
        return False
    before = _WORD.findall(mention.quote[:mention.trigger_start - mention.start])
    return bool(before) and before[-1].lower() in rules.metaphor_subjects


def _empty_frame(mention: EventMention, rules: _Table) -> bool:
    """'The ministry said on Monday .': a statement whose sentence holds nothing but its frame."""
    if mention.type != "statement" or mention.trigger.lower() not in rules.speech_verbs:
        return False
    frame = {w.lower() for name in mention.actors for w in _WORD.findall(name)}
    frame |= {w.lower() for w in _WORD.findall(mention.date.text)}
    frame.add(mention.trigger.lower())
    content = [w for w in _WORD.findall(mention.quote)
               if w.lower() not in frame and w.lower() not in rules.function_words]
    return len(content) < rules.min_content_words


def _supposed(mention: EventMention, rules: _Table) -> bool:
    """'The impact of any regime change would reverberate', 'the fall of the regime is very close':
    the happening is the subject of a modal or of a predicate of likelihood, supposed or foreseen.
    The modal form takes undated mentions only, and no attack: a killing's effect is guessed at
    after it happened ('feared the killing might encourage ...')."""
    if mention.type == "statement" or mention.trigger_start < mention.start:
        return False
    tail = _tail(mention, 80)
    if rules.supposed_likely.search(tail):
        return True
    undated = mention.date.start is None and mention.date.end is None
    return undated and mention.type != "attack" and bool(rules.supposed_modal.search(tail))


def _tail(mention: EventMention, chars: int) -> str:
    """Up to ``chars`` characters of the quote after the trigger ('' when its place is unknown)."""
    at = mention.trigger_start - mention.start
    return mention.quote[at + len(mention.trigger):at + len(mention.trigger) + chars] if at >= 0 else ""


def _not_yet(mention: EventMention, rules: _Table) -> bool:
    """'They will not stop until the regime is toppled', 'talks only after the president steps
    down': an undated happening in a present-tense temporal clause has not happened yet."""
    if mention.type == "statement" or mention.trigger_start < mention.start:
        return False
    if mention.date.start is not None or mention.date.end is not None:
        return False
    first = mention.trigger.split()[0] if mention.trigger.split() else ""
    word = first.lower()
    if word in ("was", "were", "had", "did"):
        return False  # "before Gaddafi was overthrown": told as past
    lead = _lead(mention, 70)
    if not rules.not_yet_lead.search(lead):
        return False
    if rules.not_yet_passive.search(lead):  # "until the regime is toppled", "after he has been removed"
        return word.endswith("ed") or word in rules.not_yet_participles
    # "until Mubarak steps down", "once the leader resigns": a verb in the present, third person
    # ("after the storms", "after more clashes": a plural noun after its determiner is no verb)
    before = _WORD.findall(lead)
    if word in _event_nouns() or (before and before[-1].lower() in _DETERMINERS):
        return False
    return first[:1].islower() and word.isalpha() and word.endswith("s") and not word.endswith("ss")


_DETERMINERS = frozenset("""the a an its his her their our your my this these those that some any more further
    fresh new renewed of several many few two three four""".split())


def _goal(mention: EventMention, rules: _Table) -> bool:
    """'The opposition 's goal remains regime change': a happening named as an aim."""
    return mention.type != "statement" and bool(rules.goal.search(_lead(mention, 70)))


def _in_condition(mention: EventMention, rules: _Table) -> bool:
    """'If the regime is out of compliance with agreements it has signed , the consequences would
    be considerable': an undated trigger inside a condition whose consequence follows a comma."""
    if mention.trigger_start < mention.start or mention.date.start is not None or mention.date.end is not None:
        return False
    at = mention.trigger_start - mention.start
    openers = list(rules.condition_opener.finditer(mention.quote[:at]))
    if not openers:
        return False
    if re.search(r"[;:?!]|\s\.\s|\bthen\b", mention.quote[openers[-1].end():at]):
        return False  # the condition ended before the trigger
    return bool(rules.condition_consequence.search(mention.quote[at:]))


def _time_as_subject(mention: EventMention, rules: _Table) -> bool:
    """'Thursday began as a day of great anticipation', 'When Friday dawned': a stretch of time
    opening its own clause as the subject of its beginning or end sets a scene; it reports no
    happening (the one it introduces has its own trigger)."""
    if mention.trigger.lower() not in rules.time_subject_verbs:
        return False
    return bool(rules.time_subject_lead.search(_lead(mention, 60)))
