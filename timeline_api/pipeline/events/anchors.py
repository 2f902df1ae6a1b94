"""Events dated only relative to another: 'Schools closed on Tuesday, a day after the first case was confirmed'.

The relation words ("a day after", "two weeks before", "hours after") date neither event by
themselves (the tagger's duration is not a date), but with the other event's day they date the
event of the anchored clause: the confirmation was on Monday. Only day and week distances are
resolved ("shortly after", "moments before" and "hours after" are the same day, approximately), and
only from a day-precise reference; "months after" and a bare "after" stay undated.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..model import DateInterval
from ..temporal.vocab import NUMBERS

_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}
_RELATION = re.compile(
    r"\b(?:(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+|(?P<the>the)\s+)?"
    r"(?P<unit>hours?|days?|weeks?)|(?P<soon>shortly|soon|just|immediately|moments|minutes))\s+(?P<dir>after|before)\s+",
    re.I)


@dataclass(frozen=True)
class Anchor:
    """Relation words in a sentence and the shift they put between two events."""

    start: int  # document offset of the relation words
    end: int  # document offset where the anchored clause begins
    days: int  # anchored event's date minus the reference event's date
    approximate: bool  # "hours after" may cross midnight
    text: str


def find_anchors(text: str, start: int, end: int) -> list[Anchor]:
    """The relation words between ``start`` and ``end`` of the document text."""
    out = []
    for match in _RELATION.finditer(text, start, end):
        if match.group("soon"):  # "shortly after", "moments before": the same day, roughly
            out.append(Anchor(match.start(), match.end(), 0, True, match.group(0).strip()))
            continue
        unit = match.group("unit").lower().rstrip("s")
        number = match.group("n")
        if number:
            count = int(number) if number.isdigit() else NUMBERS.get(number.lower())
        elif match.group("the") and unit in ("day", "week"):
            count = 1  # "the day after", "the week before"
        elif unit == "hour":
            count = 0  # "hours after": the same day, roughly
        else:
            continue  # "days after", "weeks before": too vague to date
        if count is None:
            continue
        days = int(count) * _UNIT_DAYS[unit]
        # "X, a day after Y": Y came a day before X
        sign = -1 if match.group("dir").lower() == "after" else 1
        out.append(Anchor(match.start(), match.end(), sign * days, unit == "hour", match.group(0).strip()))
    return out


def shifted(reference: DateInterval, anchor: Anchor) -> DateInterval | None:
    """The anchored event's date, from a day-precise reference date; None otherwise."""
    if reference.precision != "day" or reference.start is None or reference.start != reference.end:
        return None
    if reference.qualifier not in ("exact", "approximate"):
        return None
    day = reference.start + dt.timedelta(days=anchor.days)
    qualifier = "approximate" if anchor.approximate else reference.qualifier
    return replace(reference, start=day, end=day, qualifier=qualifier,
                   text=f"{anchor.text} [{reference.text}]")
