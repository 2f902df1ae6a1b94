"""Whether a mention's event happened, is scheduled, or is a deadline, and how its date relates.

A step of event detection, run on each mention once its date is attached. The status
(``model.STATUSES``) reads the words around the trigger and the publication date: a
postponement ("pushed the launch back until April") names the launch, scheduled on its
new date; a "by" date or a deadline's words make a deadline; a date wholly before
publication happened; one ahead of it, or a future or scheduling verb ("will", "is set
for", "is due to") on an undated or current event, is scheduled. The relation
(``model.RELATIONS``) comes from the date's qualifier, and a "from"/"starting" before the
date opens an interval there ("from early 2026"). The cues are data (status.json).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import RELATION_OF_QUALIFIER, DateInterval

#: The words before the trigger that can govern it: its own clause, a few words back.
LEAD_WORDS = 6
#: ... and the subject too, for what a scheduling verb schedules.
SUBJECT_WORDS = 12
#: Longest stretch between a trigger and its date read for cues.
MAX_BETWEEN = 100
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s--\s|\b(?:but|and|while|although|said|says|after|before|when)\b", re.I)


@dataclass(frozen=True)
class Context:
    """The words around one mention's trigger and its date expression."""

    lead: str  # the sentence before the trigger
    trigger: str
    between: str  # between the trigger and its date expression (either order)
    before_date: str  # just before the date expression
    after_date: str  # just after it
    scheduling_trigger: bool = False  # the trigger is itself a scheduling verb ("is set for")
    key: str = ""  # the trigger's entry in triggers.json ("take effect", "schedule", "deadline" ...)


#: Triggers typed ``deadline`` that name a planned happening, not a limit: "the rules take effect
#: in May" is scheduled, "the rules took effect in May" happened.
SCHEDULE_KEYS = frozenset({"schedule", "take effect"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    table = json.loads(Path(__file__).with_name("status.json").read_text(encoding="utf-8"))
    out = {}
    for name, rows in table.items():
        if name.startswith("_"):
            continue
        alternatives = "|".join(f"(?:{row['pattern']})" for row in rows)
        if name == "starts":
            # "from the April explosion": a date before a noun is no start
            out[name] = re.compile(rf"(?<![\w-])(?:{alternatives})\s+$", re.I)
        elif name == "origins":
            out[name] = re.compile(rf"(?<![\w-])(?:{alternatives})\s+from\s+$", re.I)
        elif name == "range_end":
            out[name] = re.compile(rf"^\s*(?:{alternatives})\s", re.I)
        else:
            out[name] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
    return out


def governing_words(lead: str, words: int = LEAD_WORDS) -> str:
    """The last few words of the trigger's own clause before it."""
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end():]
    return " ".join(lead.split()[-words:])


def relation_of(date: DateInterval, context: Context) -> str:
    """How the date relates to the event (``model.RELATIONS``)."""
    relation = RELATION_OF_QUALIFIER.get(date.qualifier, "on")
    cues = _cues()
    if relation == "on" and date.start is not None and cues["starts"].search(context.before_date) \
            and not cues["origins"].search(context.before_date) \
            and not cues["range_end"].match(context.after_date):
        relation = "from"  # "from early 2026", not "from May to July"
    return relation


def status_of(date: DateInterval, context: Context, type_: str, published: dt.date) -> tuple[str, str]:
    """The (status, relation) of one mention."""
    cues = _cues()
    relation = relation_of(date, context)
    words = f"{governing_words(context.lead)} {context.trigger} {context.between[:MAX_BETWEEN]}"
    dated = date.start is not None or date.end is not None
    past = date.end is not None and date.end < published
    ahead = date.start is not None and date.start > published
    if dated and not past and cues["postponed"].search(words):
        # "NASA pushed the launch back until April": the launch, on its new date
        return "scheduled", "on"
    deadline_words = bool(cues["deadline"].search(words))
    if relation == "by" and (ahead or deadline_words or type_ == "deadline"):
        return "deadline", relation  # "by 2030"; not "by early Tuesday, 90,000 had signed up"
    planned = context.scheduling_trigger or context.key in SCHEDULE_KEYS
    # what is set for a date is a deadline when it is an end ("the end of the mission was set for
    # September"), read over the subject too
    ends = bool(cues["ends"].search(governing_words(context.lead, SUBJECT_WORDS)))
    if type_ == "deadline" and not (planned and not deadline_words and not ends):
        return "deadline", relation  # "a hearing is set for May 2" is scheduled, not a deadline
    if deadline_words and relation in ("until", "before") and not past:
        return "deadline", relation  # "the licence expires before 2027"
    if past:
        return "happened", relation
    if ahead or cues["scheduled"].search(words):
        # a past verb does not make a date ahead past: "the judge ordered a trial starting in
        # February", "the government announced elections for March" are still to come
        return "scheduled", relation
    return "happened", relation
