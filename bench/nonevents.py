"""Non-event rules counted over whole topic stores: what each would remove, and a sample to read.

Reads the citations of stores ingested without the rules (one store per topic), rebuilds each
citation as the mention detection produced, and asks every rule whether it would drop it.
Prints per rule: citations removed, events left with no citation (removed whole), events touched;
with --sample N writes a seeded random N of each rule's removals (quote, trigger, date) for reading.
``--rules shipped`` (default) runs the rules of ``pipeline/prose.py``; ``--rules tried`` runs the
candidates measured and dropped (bench/README.md, "Non-events at scale"); ``--rules second`` the
candidates of the second pass (counterfactuals, teasers, fused headlines and captions, listings,
boilerplate; bench/README.md, "Non-events at scale, second pass"); ``--rules third`` those of the
third pass (demands, refusals, questions, pundits, tolls since a clause, and the forms dropped);
``--rules fourth`` those of the fourth pass (happenings supposed or foreseen, still to come in a
temporal clause, named as a goal, inside a condition, and the forms dropped);
``--blind N`` a seeded sample of the third pass's removals with no verdict, for an independent reader;
``--blind-fourth N`` the fourth pass's removals shuffled with ``--controls`` kept citations, and a key;
``--rules fifth`` the fifth pass's candidates (an indefinite event noun after a negation in its sentence,
a simple past dated more than 14 days after the article, a day that begins as its own subject);
``--blind-fifth N`` as ``--blind-fourth`` for the fifth pass's rule, controls with the same trigger words.

    PYTHONPATH=. python bench/nonevents.py /tmp/ne/base-*.db --sample 40 --seed 5 --out /tmp/ne/sample.md
    PYTHONPATH=. python bench/nonevents.py /tmp/ne/base-*.db --repeats 3 --sample 30 --seed 12
    PYTHONPATH=. python bench/nonevents.py /work/base/*.db --rules third --sample 40 --seed 31 --out /tmp/ne3/third.md
    PYTHONPATH=. python bench/nonevents.py /work/base/*.db --blind 40 --seed 2026 --out blind/removed.md
    PYTHONPATH=. python bench/nonevents.py /work/s13/*.db --rules fourth --sample 80 --seed 4 --out /tmp/ne4/s13.md
    PYTHONPATH=. python bench/nonevents.py /work/s13/*.db --blind-fourth 40 --controls 10 --seed 2026 \\
        --out bench/audit/nonevents4-removed.md
    PYTHONPATH=. python bench/nonevents.py /work/s13b/*.db --rules fifth --sample 80 --seed 5 --out /tmp/ne5/fifth.md
    PYTHONPATH=. python bench/nonevents.py /work/s13b/*.db --blind-fifth 40 --controls 12 --seed 2026 \\
        --out bench/audit/nonevents5-removed.md
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from timeline_api.model import DateInterval, EventMention
from timeline_api.pipeline import prose


def _day(text):
    return dt.date.fromisoformat(text) if text else None


def mentions(path: Path):
    """(event id, topic, published, outlet, mention) for every citation of a store."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    for row in conn.execute(
            "select c.*, s.published as published, s.outlet as outlet from citations c "
            "join sources s on s.id = c.source_id"):
        date = DateInterval(_day(row["date_start"]), _day(row["date_end"]), row["precision"] or "unknown",
                            row["qualifier"] or "exact", row["date_text"] or "")
        trigger_start = row["trigger_start"] if row["trigger_start"] is not None else -1
        mention = EventMention(row["type"], row["title"] or "", row["summary"] or "", row["quote"],
                               row["start"], row["end"], date, row["trigger"] or "", trigger_start,
                               status=row["status"] or "happened")
        yield row["event_id"], path.stem, row["published"], row["outlet"], mention


def shipped() -> dict:
    """The mention rules of the prose step that these measurements introduced (both passes)."""
    rules = prose.table()
    return {
        "statistic: running-total": lambda m, p: prose._running_total(m, rules),
        "plan: named-in-passing": lambda m, p: prose._plan_in_passing(m, rules, p),
        "plan: superseded": lambda m, p: prose._plan_lapsed(m, rules),
        "speculation: forecast": lambda m, p: prose._forecast(m, rules),
        "counterfactual: supposed": lambda m, p: prose._counterfactual(m, rules),
        "furniture: headline-noun-before-stamp": lambda m, p: prose._headline_noun(m, rules),
        "running_toll: since-clause": lambda m, p: prose._toll_since_clause(m),
        "demand: asked-for": lambda m, p: prose._demanded(m, rules),
        "negated: refused-or-failed": lambda m, p: prose._not_done(m, rules),
        "question: undated": lambda m, p: prose._undated_question(m),
        "analysis: pundits-say": lambda m, p: prose._pundits(m, rules),
        "speculation: supposed-or-foreseen": lambda m, p: prose._supposed(m, rules),
        "plan: not-yet-clause": lambda m, p: prose._not_yet(m, rules),
        "demand: named-as-goal": lambda m, p: prose._goal(m, rules),
        "hypothetical: if-clause": lambda m, p: prose._in_condition(m, rules),
        "scene: time-as-subject": lambda m, p: prose._time_as_subject(m, rules),
    }


#: the rules the third pass shipped (bench/README.md, "Non-events at scale, third pass")
THIRD_SHIPPED = ("running_toll: since-clause", "demand: asked-for", "negated: refused-or-failed",
                 "question: undated", "analysis: pundits-say")
#: the rules the fourth pass shipped (bench/README.md, "Non-events at scale, fourth pass")
FOURTH_SHIPPED = ("speculation: supposed-or-foreseen", "plan: not-yet-clause", "demand: named-as-goal",
                  "hypothetical: if-clause")
#: the rule the fifth pass shipped (bench/README.md, "Non-events at scale, fifth pass")
FIFTH_SHIPPED = ("scene: time-as-subject",)


# -- candidates measured and dropped (precision below 0.9 on a read sample) ------------------------

_COUNT = re.compile(r"\b(?:\d[\d,.]*(?:\s*(?:million|billion|m|bn))?|dozens|hundreds|thousands|tens of thousands|scores)\b", re.I)
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|already\s+|reportedly\s+|so far\s+)?(?:been\s+)?"
                      r"(?:(?:reported|confirmed)\s+)?$", re.I)
_PERIOD = re.compile(r"^(?:(?:over|in|during|for|within)\s+)?(?:this|the\s+(?:past|last)|so\s+far\s+this)\s+"
                     r"(?:(?:\w+|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?)$", re.I)
_HABIT = re.compile(r"\b(?:over the (?:past |last )?(?:years|decades|months)|for (?:many |several )?(?:years|decades|generations)"
                    r"|in recent (?:years|decades|months)|for (?:more than |nearly |almost |over )?(?:\w+|\d+) (?:years|decades)"
                    r"|(?:has|have|had) long\b)", re.I)
_CONDITION = frozenset({"violence", "unrest", "turmoil", "bloodshed", "chaos", "instability", "crisis", "tension",
                        "tensions", "upheaval", "fighting"})
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine)\b")
_QUOTED = re.compile(r"``.*?(?:''|$)")


def _before(m, n=60):
    at = m.trigger_start - m.start
    return m.quote[max(0, at - n):at] if at >= 0 else ""


def _after(m, n=60):
    at = m.trigger_start - m.start
    return m.quote[at + len(m.trigger):at + len(m.trigger) + n] if at >= 0 else ""


def period_total(m, p):
    """A count in the perfect over a running period, any trigger ('142,000 had arrived over the past year')."""
    if m.date.qualifier != "since" and not _PERIOD.match(m.date.text.strip()):
        return False
    return bool(_PERFECT.search(_before(m, 40))) and bool(_COUNT.search(m.quote))


_BREAK = re.compile(r"[,;:()]|\s--\s|``|''|\b(?:but|and|while|when|after|before|since|who|which|that|until)\b", re.I)


def _clause_before(m, n=50):
    before = _before(m, n)
    breaks = list(_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _clause_after(m, n=60):
    after = _after(m, n)
    found = _BREAK.search(after)
    return after[:found.start()] if found else after


def habitual(m, p):
    """'fought proxy battles over the years', 'have long complained': a state or a habit in the
    trigger's own clause, not a happening of a date."""
    return bool(_HABIT.search(_clause_before(m) + " " + m.trigger + " " + _clause_after(m)))


_PREDICT = re.compile(r"\b(?:(?:only )?a matter of time|predict\w*|forecasts?|prophes\w+|speculat\w+)\b", re.I)


def speculation(m, p):
    """A prediction governing the trigger ('only a matter of time until X fell', 'the predicted fall')."""
    return bool(_PREDICT.search(_before(m, 50)))


def first_person(m, p):
    """An interviewee's or a writer's own story: I/me/my outside quotation marks, not a statement."""
    return m.type != "statement" and bool(_FIRST_PERSON.search(_QUOTED.sub(" ", m.quote)))


_OWN = re.compile(r"\b(?:I|me|my|mine)\b")


def first_person_clause(m, p):
    """The speaker's own doing in the trigger's clause: 'I got caught up in a riot', 'she came to visit me'."""
    if m.type == "statement":
        return False
    before = " ".join(_QUOTED.sub(" ", _clause_before(m, 60)).split()[-8:])
    after = " ".join(_QUOTED.sub(" ", _clause_after(m, 30)).split()[:3])
    return bool(_OWN.search(before) or _OWN.search(after))


def plan_coarse(m, p):
    """A happening still to come dated only to a month, a season or a year ('elections later this year')."""
    return m.status == "scheduled" and m.date.precision in ("year", "season", "quarter", "month", "decade")


_WAS_PLANNED = re.compile(r"\b(?:had been|was|were)\s+(?:originally\s+|initially\s+|once\s+)?"
                          r"(?:scheduled|planned|due|supposed|meant|set|slated|expected)\b", re.I)


def plan_lapsed(m, p):
    """A plan told in the past ('the show, which had been scheduled for 25 June'): a plan, not a happening."""
    return bool(_WAS_PLANNED.search(_clause_before(m, 40) + " " + m.trigger + " " + _clause_after(m, 15)))


def question(m, p):
    """A question ('was this a coup ?') reports nothing."""
    return m.quote.rstrip().endswith("?")


_ASIDE = re.compile(r"\bI\s+(?:think|believe|guess|mean|suppose|hope|presume|know|would say|'d say)\b")


def first_person_own(m, p):
    """The speaker's own doing in the trigger's clause, not an aside ('I think')."""
    if m.type == "statement":
        return False
    before = " ".join(_ASIDE.sub(" ", _QUOTED.sub(" ", _clause_before(m, 60))).split()[-8:])
    after = " ".join(_QUOTED.sub(" ", _clause_after(m, 30)).split()[:3])
    return bool(_OWN.search(before) or _OWN.search(after))




def condition(m, p):
    """A condition noun as trigger ('fresh violence was reported'), no count in the sentence."""
    return m.trigger.lower() in _CONDITION and not _COUNT.search(m.quote)


def relative_biography(m, p):
    """'an actress who met X in 2005': a relative clause dated two or more years before publication."""
    old = m.date.end is not None and (p - m.date.end).days > 365 * 2
    return old and bool(re.search(r"\b(?:who|whom|whose)\s+(?:\w+\s+)?$", _before(m, 25)))


def tried() -> dict:
    """The candidates measured and dropped."""
    return {f.__name__: f for f in (period_total, habitual, speculation, condition, relative_biography,
                                    first_person, first_person_clause, first_person_own,
                                    plan_coarse, plan_lapsed, question)}


# -- second pass: counterfactuals, teasers, fused captions, listings, boilerplate -------------------

_AFTER_MODAL_HAVE = re.compile(r"\b(?:would|could|might|should|must)(?:\s+not|n't)?\s+have\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
# an inverted condition opens the sentence or follows "even"/"only"/"but": "Had the rebels marched",
# "Were Assad to fall", "Should talks fail"; a subject of at most four words, then the trigger
_INVERTED = re.compile(r"(?:^|\b(?:[Ee]ven|[Oo]nly|[Bb]ut|[Aa]nd)\s+|[,;]\s+|``\s+)(?:Had|Were|Should|had|were|should)\s+"
                       r"(?!(?:been|to|not|also|already|just|long|only|n't|this|that|it)\b)"
                       r"(?:[\w'`.-]+\s+){1,4}(?:to\s+)?$")
_CONSEQUENT = re.compile(r"\b(?:would|could|might)(?:\s+not|n't)?\s+(?:have|be|\w+)\b", re.I)


def counterfactual(m, p):
    """'Even had Mubarak stepped down on Thursday, it would have ...', 'X would have killed thousands':
    a happening supposed, not reported."""
    lead = _before(m, 80)
    if _AFTER_MODAL_HAVE.search(lead):
        return True
    found = _INVERTED.search(lead)
    if not found:
        return False
    opener = lead[found.start():].lstrip(" ,;`")
    if opener[:1].islower() and not re.match(r"(?:even|only|but|and)\s", opener, re.I):
        return False  # ", had fled": a past perfect, not an inversion
    return bool(_CONSEQUENT.search(m.quote[m.trigger_start - m.start:]))


_TEASER = re.compile(r"^[^.:]{5,90}\s:\s(?:CNN|BBC|Fox)\s+'s\s+(?:[A-Z][\w.-]+\s+){1,3}(?:[a-z]+s|is|was)\b")


def teaser(m, p):
    """A video teaser: 'Investigating the killing of a protester : CNN 's Nic Robertson investigates ...'."""
    return bool(_TEASER.search(m.quote))


#: where one text ends and another starts inside a sentence with no punctuation between them:
#: a sentence opener after a lower-case word ("... last June The estate of ..."), a page's
#: dateline ("... Thursday 13 January 2005 03.10 GMT The ..."), a timeline line's date after a
#: caption ("... clinic 21 November 2009 Court documents ..."); the offset is where the second starts
_OPENERS = "The|An|It|He|She|They|His|Her|Its|Their|This|These|There|In|On|At|After|When|But|Some|Many|More|Most"
# the word before the opener is wholly lower-case: a date or a name ends a heading line, not a text
_RUN_IN = re.compile(r"(?<![\w'-])[a-z][a-z'-]*\s+(?=(?:" + _OPENERS + r")\s+[a-z])")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: the stamp between a page's headline (and standfirst) and its lead: the Guardian's
#: "Thursday 13 January 2005 03.10 GMT", CNN's "updated : Sun May 08 2011 08:49:00", the BBC's
#: "Page last updated at 14:47 GMT , Wednesday , 28 September 2011" and "| 18:00 UK time , Saturday , 25 April 2009"
_STAMP = re.compile(r"(?<=\S)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{1,2}\s+(?:" + _MONTHS
                    + r")\s+\d{4}\s+\d{1,2}[.:]\d{2}\s+(?:BST|GMT|EST|EDT|CET)"
                    r"|updated\s*:\s*[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
                    r"|Page last updated at\s+\d{1,2}:\d{2}\s+GMT\s*,\s*\w+day\s*,\s*\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4}"
                    r"|\|\s*\d{1,2}:\d{2}\s+UK time\s*,\s*\w+day\s*,\s*\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4})\b")
_LINE_DATE = re.compile(r"(?<![\w'-])[a-z][a-z'-]*\s+(?=\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4}\s+[A-Z])")


def _boundaries(quote):
    return sorted({x.end() for pat in (_RUN_IN, _LINE_DATE) for x in pat.finditer(quote)})


def fused_date(m, p):
    """A trigger and the date it was given on two sides of a fused boundary: a headline or caption
    run into the next line ('Footage of the raid on Dr Murray 's clinic 21 November 2009 Court
    documents reveal ...'): the date belongs to the other text."""
    if not m.date.text or m.date.text.startswith("[") or m.trigger_start < m.start:
        return False
    cuts = _boundaries(m.quote)
    if not cuts:
        return False
    side = lambda at: sum(1 for c in cuts if c <= at)
    at = m.trigger_start - m.start
    places = [x.start() for x in re.finditer(re.escape(m.date.text), m.quote)]
    return bool(places) and all(side(x) != side(at) for x in places)


def fused_head(m, p):
    """A trigger in a headline or standfirst run into the lead before a page's time stamp
    ('... years before invasion Thursday 13 January 2005 03.10 GMT The US investigators ...')."""
    found = _STAMP.search(m.quote)
    return bool(found) and 0 <= m.trigger_start - m.start < found.start()


def _noun_forms():
    from timeline_api.pipeline.events.vocabulary import trigger_entries
    nouns = {f.lower() for e in trigger_entries() if e.pos == "noun" for f in e.forms}
    verbs = {f.lower() for e in trigger_entries() if e.pos != "noun" for f in e.forms}
    return nouns - verbs


_NOUNS = None


def fused_head_noun(m, p):
    """An event noun in a headline run into the lead before a page's time stamp, dated by nothing
    in the headline ('... years before invasion Thursday 13 January 2005 03.10 GMT The US ...'),
    speech nouns included (the shipped rule, prose._headline_noun, leaves statements out)."""
    global _NOUNS
    if _NOUNS is None:
        _NOUNS = _noun_forms()
    found = _STAMP.search(m.quote)
    if not found or not 0 <= m.trigger_start - m.start < found.start():
        return False
    head = m.quote[:found.start()]
    return m.trigger.lower() in _NOUNS and not (m.date.text and m.date.text in head)


def second() -> dict:
    """The candidates of the second pass."""
    return {f.__name__: f for f in (counterfactual, teaser, fused_date, fused_head, fused_head_noun)}


# -- third pass: demands, negations, questions, analysts, the outlet on air, fact-box tolls, plans -----
# (the candidates kept are in pipeline/prose.py and run here from there: see ``third``)

_NEGATED = re.compile(r"\b(?:not|n't|never|no\s+longer|failed\s+to|refused\s+to|declined\s+to)\b", re.I)


def negated_clause(m, p):
    """'did not mention Syria in remarks at a news briefing': a negation in the trigger's own clause
    (detection looks six tokens back; this reads the whole clause before the trigger)."""
    return bool(_NEGATED.search(_clause_before(m, 90)))


_DECLINED = re.compile(r"\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|fail(?:ed|s|ing))\s+to\s+$|"
                       r"\b(?:did|does|do|would|could|will|has|have|had)\s*(?:not|n't)\s+(?:\w+ly\s+)?$", re.I)


def declined(m, p):
    """'NATO refused to say Tuesday whether ...', 'did not mention Syria': a statement not made."""
    return m.type == "statement" and bool(_DECLINED.search(_before(m, 40)))


_INTERROGATIVE = re.compile(r"(?:^|[.:!?]\s+|''\s+|``\s+)(?:Did|Was|Were|Is|Are|Will|Would|Could|Should|Can|Has|Have|"
                            r"Had|Do|Does|Why|How|What|Who|Where|When|Which)\b[^.:!]*$")


def question_own(m, p):
    """The trigger inside the question itself (the last clause, which opens with an interrogative
    and runs to the '?'), dated or not."""
    if not m.quote.rstrip().endswith("?"):
        return False
    return bool(_INTERROGATIVE.search(_before(m, 200)))


_ON_AIR = re.compile(r"\b(?:on|to)\s+(?:CNN|the\s+BBC|BBC|Fox|MSNBC|CBS|ABC|NBC|Al\s+Jazeera|air|television|TV|radio)"
                     r"(?:\s+International|\s+'s|\s+News|\s+Radio)?\b", re.I)
_DISCUSS = re.compile(r"^(?:discuss\w*|talk\w*|describ\w*|recount\w*|appear\w*|report\w*|explain\w*|speak\w*|spoke|"
                      r"analy[sz]\w*|comment\w*|chat\w*|interview\w*)$", re.I)


def on_air(m, p):
    """'Wedeman discussed the incident Friday on CNN's American Morning': a broadcaster talking about
    the news on air, not the news."""
    return bool(_DISCUSS.match(m.trigger)) and bool(_ON_AIR.search(_after(m, 60)))


_PAST_PLAN = re.compile(r"\b(?:prepared|preparing|planned|planning|intended|intending|hoped|hoping|was\s+to|were\s+to|"
                        r"was\s+(?:set|due|going)\s+to|were\s+(?:set|due|going)\s+to|had\s+(?:planned|hoped|intended))\b", re.I)


def plan_past(m, p):
    """'as he prepared to embark on a series of 50 concerts in London in July': a plan told in the
    past tense, dated ahead of the report (background to the story, not its news)."""
    if m.status != "scheduled" or m.date.start is None or p is None or m.date.start <= p:
        return False
    return bool(_PAST_PLAN.search(_clause_before(m, 70)))


def third() -> dict:
    """The candidates of the third pass: those measured and dropped, then those shipped."""
    dropped = {f.__name__: f for f in (negated_clause, declined, question_own, on_air, plan_past)}
    return dropped | {name: rule for name, rule in shipped().items() if name in THIRD_SHIPPED}


# -- fourth pass: happenings supposed, foreseen, still to come, aimed at or conditional --------------
# (the candidates kept are in pipeline/prose.py and run here from there: see ``fourth``)

_PUNDIT = (r"(?:experts|analysts|observers|commentators|pundits|historians|scholars|academics|economists|"
           r"strategists|specialists|critics)")
_PUNDIT_FRAME = re.compile(r"\b" + _PUNDIT + r"(?:\s+(?:on|of|in|at|from)\s+(?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                           r"\s+(?:have\s+|had\s+|also\s+)?(?:said|say|says|believe|believes|think|thinks|argue|argued|"
                           r"argues|suggest|suggested|suggests|warn|warned|warns|note|noted|notes)\b(?:\s+that)?", re.I)
_PUNDIT_AFTER = re.compile(r",\s*(?:''\s*)?(?:said|say|says)\s+(?:(?:some|many|several|other|the|two|three|\w+)\s+)?"
                           + _PUNDIT + r"|,\s*(?:''\s*)?(?:(?:some|many|several|other|the)\s+)?" + _PUNDIT
                           + r"\s+(?:said|say|says)\b", re.I)


def pundit_content(m, p):
    """'Analysts said the protests are part of a ripple effect that began last month in Tunisia': the
    happening inside pundits' reading (their statement itself is dropped by the third pass)."""
    if m.type == "statement" or m.trigger_start < m.start:
        return False
    at = m.trigger_start - m.start
    return bool(_PUNDIT_FRAME.search(m.quote[:at])) or bool(_PUNDIT_AFTER.search(m.quote[at:]))


_SALES = re.compile(r"\b(?:sales|tickets?|prices?|shares|stocks|demand|rates|downloads|bookings|ratings|profits|"
                    r"revenues?|orders)\b", re.I)


def sales_metaphor(m, p):
    """'All of a sudden it exploded and we were selling 1,000 tickets an hour', 'when interest rates
    exploded': a verb of the metaphor rule's list with sales, prices or demand in the 80 characters before."""
    if m.type == "statement" or m.trigger.lower() not in prose.table().metaphor_verbs:
        return False
    return bool(_SALES.search(_before(m, 80)))


_REMEMBERED = re.compile(r"\b(?:will|would|shall)\s+(?:always\s+|forever\s+)?be\s+remembered\b|\bremembered\s+for\b", re.I)


def remembered(m, p):
    """'that day will be remembered for another death': a reflection on a happening, not its report."""
    return m.type != "statement" and bool(_REMEMBERED.search(m.quote))


_SUPPOSED_ANY = re.compile(r"^" + prose.table().supposed_modal.pattern[1:])


def supposed_dated(m, p):
    """The shipped modal form without its two limits (undated, no attack): 'the killing might affect ...'."""
    if m.type == "statement" or m.trigger_start < m.start:
        return False
    return bool(_SUPPOSED_ANY.search(_after(m, 80))) and not prose._supposed(m, prose.table())


def fourth() -> dict:
    """The candidates of the fourth pass: those measured and dropped, then those shipped."""
    dropped = {f.__name__: f for f in (pundit_content, sales_metaphor, remembered, supposed_dated)}
    return dropped | {name: rule for name, rule in shipped().items() if name in FOURTH_SHIPPED}


# -- fifth pass: denials of a happening, past tenses dated after the article, a day as its own subject --

_NEGATION = re.compile(r"\b(?:not|n't|never|no)\b", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an|any)\s+(?:[a-z-]+\s+)?$", re.I)
_SENTENCE_STOP = re.compile(r"[.;:?!]|\bbut\b", re.I)


def denied_indefinite(m, p):
    """An indefinite event noun ('a military coup', 'any airstrike') after a negation anywhere earlier in
    its sentence ('not something that sprang up ... as a result of a military coup'): the denial of
    the happening's own occurrence. Detection already drops a trigger six tokens after a negation."""
    at = m.trigger_start - m.start
    if at < 0 or m.type == "statement":
        return False
    before = m.quote[:at]
    stops = list(_SENTENCE_STOP.finditer(before))
    sentence = before[stops[-1].end():] if stops else before
    return bool(_INDEFINITE.search(before)) and bool(_NEGATION.search(sentence))


_SIMPLE_PAST = re.compile(r"^(?:[a-z]+ed|took|began|fell|met|held|fled|shot|hit|led|left|won|lost|fought|broke|came|"
                          r"went|made|gave|told|said|spoke|struck|rose|sent|put|quit|ran|sank|sought|caught|stood|"
                          r"brought|bought|sold|paid|wrote|drove|swept|spread|flew|threw|blew|grew|knew|saw|found|"
                          r"kept|became)$", re.I)
_AUXILIARY = re.compile(r"\b(?:to|be|been|being|will|would|shall|should|could|might|may|must|can|is|are|was|were|"
                        r"has|have|had|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


def past_after_article(m, p):
    """A simple past tense dated more than 14 days after the article ('as I said in October of this
    year' in a January article): a date resolved forward, so not a happening of its date."""
    if not (m.date.start and (m.date.start - p).days > 14):
        return False
    return bool(_SIMPLE_PAST.match(m.trigger or "")) and not _AUXILIARY.search(_before(m, 30))


def denied_undated(m, p):
    """The same, the noun undated ('They do not want to replace Mubarak by a military coup')."""
    return m.date.start is None and m.date.end is None and denied_indefinite(m, p)


_OWN_DENIAL = re.compile(r"^\s*(?:never\s+(?:happened|took\s+place|occurred)|(?:did|has|had|have)\s*(?:not|n't)\s+"
                         r"(?:happen|take\s+place|occur|materiali[sz]e|come\s+about))\b", re.I)
_NOT_A = re.compile(r"\bnot\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?$", re.I)


def denied_own(m, p):
    """The happening's own occurrence denied after it ('the coup never happened', 'the talks did not
    take place') or 'not a coup but ...'."""
    return bool(_OWN_DENIAL.search(_after(m, 40))) or (
        bool(_NOT_A.search(_before(m, 25))) and bool(re.match(r"^\s*,?\s*but\b", _after(m, 20))))


def fifth() -> dict:
    return {"denied: indefinite-after-negation": denied_indefinite,
            "denied: indefinite-after-negation, undated": denied_undated,
            "denied: own-occurrence": denied_own,
            "date: past-tense-after-article": past_after_article,
            "scene: time-as-subject": shipped()["scene: time-as-subject"]}


def repeated(stores, at_least: int, seed: int, sample: int) -> list[str]:
    """Sentences cited from ``at_least`` or more sources of one outlet published on two or more
    days (boilerplate by repetition): a count per store and a seeded sample of their citations."""
    lines, rows = [], []
    for store in stores:
        conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
        seen = defaultdict(lambda: (set(), set(), []))
        for source, outlet, published, quote, trigger, date_text in conn.execute(
                "select c.source_id, s.outlet, substr(s.published, 1, 10), c.quote, c.trigger, c.date_text "
                "from citations c join sources s on s.id = c.source_id"):
            sources, days, cited = seen[(outlet, re.sub(r"\W+", " ", quote.lower()).strip())]
            sources.add(source)
            days.add(published)
            cited.append((store.stem, outlet, published, trigger, date_text, quote))
        hits = [v for v in seen.values() if len(v[0]) >= at_least and len(v[1]) >= 2]
        lines.append(f"| {store.stem} | {len(hits)} sentences | {sum(len(v[2]) for v in hits)} citations |")
        rows += [row for v in hits for row in v[2]]
    picked = random.Random(seed).sample(rows, min(sample, len(rows)))
    lines += [f"{k}. [{t} {o} {p}] trigger **{tr}** date \"{d}\": {q}" for k, (t, o, p, tr, d, q) in enumerate(picked, 1)]
    return lines


def blind(stores, names, count: int, seed: int) -> str:
    """A seeded random ``count`` of the citations the rules ``names`` remove, over ``stores``, for an
    independent reader: quote, trigger, date and the title of the event it belonged to, and no word
    of which rule removed it or of anyone's verdict."""
    rules = {name: rule for name, rule in shipped().items() if name in names}
    rows = []
    for store in stores:
        conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
        titles = dict(conn.execute("select id, title from events"))
        for event, topic, published, outlet, mention in mentions(store):
            pub = dt.date.fromisoformat(published[:10])
            if any(rule(mention, pub) for rule in rules.values()):
                rows.append((topic, outlet, published[:10], titles.get(event, ""), mention))
    picked = random.Random(seed).sample(rows, min(count, len(rows)))
    lines = [f"# Citations for an independent reading (seed {seed}, {len(picked)} of {len(rows)})\n\n",
             "For each: is the quote's trigger a real happening of the date given (y / n)?\n"]
    for k, (topic, outlet, published, title, m) in enumerate(picked, 1):
        date = m.date.text or "(no date)"
        span = f"{m.date.start}..{m.date.end}" if m.date.start else "none"
        lines.append(f"\n{k}. [{topic} {outlet} {published}] event title: \"{title}\"\n"
                     f"   trigger **{m.trigger}** · date \"{date}\" ({m.date.precision}, {span})\n"
                     f"   > {m.quote}\n   Judgement: real happening y / n\n")
    return "".join(lines)


def blind_mixed(stores, names, count: int, controls: int, seed: int,
                same_trigger: bool = False) -> tuple[str, dict]:
    """A sheet for an independent reader and its key: the citations the rules ``names`` remove (one per
    distinct sentence, a seeded ``count`` at most) shuffled with ``controls`` citations the rules keep,
    drawn from the same stores among citations of the same types and dating (undated or not) as the
    removed ones (with ``same_trigger``, also with the same trigger words: "began", "dawned"), so that a
    reader cannot tell the removed from the kept. The sheet names no rule."""
    rules = {name: rule for name, rule in shipped().items() if name in names}
    removed, kept = {}, []
    for store in stores:
        conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
        titles = dict(conn.execute("select id, title from events"))
        for event, topic, published, outlet, mention in mentions(store):
            pub = dt.date.fromisoformat(published[:10])
            row = (topic, outlet, published[:10], titles.get(event, ""), mention)
            hit = [name for name, rule in rules.items() if rule(mention, pub)]
            if hit:
                removed.setdefault(" ".join(mention.quote.split()), (row, hit[0]))
            else:
                kept.append(row)
    rng = random.Random(seed)
    gone = sorted(removed.values(), key=lambda x: (x[0][0], x[0][4].quote))
    gone = rng.sample(gone, min(count, len(gone)))
    kinds = {(r[4].type, r[4].date.start is None) for r, _ in gone}
    alike = [r for r in kept if (r[4].type, r[4].date.start is None) in kinds]
    if same_trigger:
        words = {r[4].trigger.lower() for r, _ in gone}
        alike = [r for r in alike if r[4].trigger.lower() in words]
    items = [(r, "removed", name) for r, name in gone] + [(r, "kept", "") for r in rng.sample(alike, min(controls, len(alike)))]
    rng.shuffle(items)
    lines = [f"# Citations for an independent reading (seed {seed}, {len(items)} items)\n\n",
             "For each: does the quote report its trigger as a real happening (it took place; not supposed, "
             "foreseen, still to come, aimed at, or a condition)? Answer y / n, with a word of why if you like.\n"]
    key = {"seed": seed, "items": []}
    for k, (row, verdict, name) in enumerate(items, 1):
        topic, outlet, published, title, m = row
        date = m.date.text or "(no date)"
        span = f"{m.date.start}..{m.date.end}" if m.date.start else "none"
        lines.append(f"\n{k}. [{topic} {outlet} {published}] event title: \"{title}\"\n"
                     f"   trigger **{m.trigger}** · date \"{date}\" ({m.date.precision}, {span})\n"
                     f"   > {m.quote}\n   Judgement: real happening y / n\n")
        key["items"].append({"n": k, "side": verdict, "rule": name, "topic": topic, "trigger": m.trigger})
    return "".join(lines), key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rules", choices=("shipped", "tried", "second", "third", "fourth", "fifth"), default="shipped")
    parser.add_argument("--repeats", type=int, default=0,
                        help="instead of rules: sentences cited from this many sources of one outlet on 2+ days")
    parser.add_argument("--blind", type=int, default=0,
                        help="instead of counts: write to --out a seeded random N of the third pass's removals, unjudged")
    parser.add_argument("--blind-fourth", type=int, default=0,
                        help="instead of counts: write to --out up to N of the fourth pass's removals (one per sentence) "
                             "shuffled with --controls kept citations, and the key beside it (--out with .key.json)")
    parser.add_argument("--blind-fifth", type=int, default=0,
                        help="as --blind-fourth, for the fifth pass's removals; controls share their trigger words")
    parser.add_argument("--controls", type=int, default=10)
    args = parser.parse_args()
    if args.blind_fourth or args.blind_fifth:
        names, count = (FOURTH_SHIPPED, args.blind_fourth) if args.blind_fourth else (FIFTH_SHIPPED, args.blind_fifth)
        sheet, key = blind_mixed(args.stores, names, count, args.controls, args.seed, same_trigger=bool(args.blind_fifth))
        args.out.write_text(sheet, encoding="utf-8")
        args.out.with_suffix(".key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
        return
    if args.blind:
        args.out.write_text(blind(args.stores, THIRD_SHIPPED, args.blind, args.seed), encoding="utf-8")
        return
    if args.repeats:
        print("\n".join(repeated(args.stores, args.repeats, args.seed, args.sample)))
        return
    rules = {"shipped": shipped, "tried": tried, "second": second, "third": third, "fourth": fourth, "fifth": fifth}[args.rules]()
    print("| store | rule | citations removed | of citations | events removed whole | events touched |")
    print("|---|---|---|---|---|---|")
    removed = defaultdict(list)
    for store in args.stores:
        per_event = defaultdict(int)
        hits = defaultdict(lambda: defaultdict(int))
        total = 0
        for event, topic, published, outlet, mention in mentions(store):
            total += 1
            per_event[event] += 1
            pub = dt.date.fromisoformat(published[:10])
            for name, rule in rules.items():
                if rule(mention, pub):
                    hits[name][event] += 1
                    removed[name].append((topic, outlet, published[:10], mention))
        for name in rules:
            events = hits[name]
            whole = sum(1 for e, k in events.items() if k == per_event[e])
            print(f"| {store.stem} | {name} | {sum(events.values())} | {total} | {whole} | {len(events)} |")
    if args.sample and args.out:
        rng = random.Random(args.seed)
        lines = [f"# Non-event rule removals, seed {args.seed}, {args.sample} per rule\n"]
        for name, rows in removed.items():
            picked = rng.sample(rows, min(args.sample, len(rows)))
            lines.append(f"\n## {name} ({len(rows)} removed)\n")
            for k, (topic, outlet, published, m) in enumerate(picked, 1):
                lines.append(f"{k}. [{topic} {outlet} {published}] trigger **{m.trigger}** ({m.type}, "
                             f"{m.status}) date {m.date.precision} \"{m.date.text}\" {m.date.qualifier}: {m.quote}\n")
        args.out.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
