"""Plain dataclasses the extraction pipeline passes between its steps.

Nothing here knows about Flask or SQLite: the store and the API translate
these objects into rows and JSON.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Granularity of a calendar interval, finest first.
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")

#: How the words relate the event to the interval.
QUALIFIERS = (
    "exact", "approximate", "early", "mid", "late",
    "before", "by", "after", "since", "until",
)

#: Whether an event took place, is planned or expected, or is a limit or target, as its
#: sources tell it (the closed set the API serves and filters on):
#: ``happened``: reported as having taken place (or under way) when the source was published;
#: ``scheduled``: planned, expected or moved to its date, still ahead of the source;
#: ``deadline``: a date something must or should happen by, or a target.
STATUSES = ("happened", "scheduled", "deadline")

#: How the event's date relates to it: ``on`` (it happens within the interval), ``by``
#: (at the latest at its end), ``until`` (something lasts up to its end), ``from`` (it
#: starts then and goes on), ``before`` / ``after`` (some time before its start / after its end).
RELATIONS = ("on", "by", "until", "from", "before", "after")

#: The relation a date's own qualifier implies ("since 2014" starts an interval).
RELATION_OF_QUALIFIER = {"by": "by", "until": "until", "since": "from", "before": "before", "after": "after"}


@dataclass(frozen=True)
class DateInterval:
    """What a date expression means on the calendar: inclusive first and last day.

    ``start``/``end`` are ``None`` for an undated event (precision ``unknown``)
    and one of them may be ``None`` for an open interval ("since 2014" has no end).
    """

    start: dt.date | None
    end: dt.date | None
    precision: str = "unknown"
    qualifier: str = "exact"
    text: str = ""

    @property
    def edtf(self) -> str:
        """The interval in Extended Date/Time Format (ISO 8601-2)."""
        from .edtf import to_edtf  # local: edtf imports this module

        return to_edtf(self)

    def to_dict(self) -> dict:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "qualifier": self.qualifier,
            "text": self.text,
            "edtf": self.edtf,
        }


UNDATED = DateInterval(None, None, "unknown", "exact", "")


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text (TimeML TIMEX3 plus a calendar reading).

    ``start``/``end`` are character offsets into the text the tagger was given,
    ``text == source[start:end]``. ``type`` is DATE, TIME, DURATION or SET;
    ``value`` and ``mod`` follow TimeML (``2024-12-08``, ``2024-W37``, ``P3M``,
    ``PAST_REF``; ``START``, ``END``, ``BEFORE`` ...). ``date`` is the calendar
    interval for DATE and TIME expressions that name a point or span in time,
    ``None`` for durations, sets and references that cannot be placed.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    date: DateInterval | None = None

    def to_dict(self) -> dict:
        date = None
        if self.date is not None:
            date = {
                "start": self.date.start.isoformat() if self.date.start else None,
                "end": self.date.end.isoformat() if self.date.end else None,
                "precision": self.date.precision,
                "qualifier": self.date.qualifier,
            }
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "date": date,
        }


@dataclass(frozen=True)
class Document:
    """A news article as read from disk or a request, before it is stored."""

    text: str
    published: dt.date
    title: str = ""
    outlet: str = ""
    url: str = ""
    id: str | None = None
    language: str = "en"
    metadata: dict = field(default_factory=dict, hash=False, compare=False)
    published_raw: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets into the document text and the text itself."""

    start: int
    end: int
    text: str


@dataclass
class EventMention:
    """One sentence's report of one happening, with the date it gives.

    ``start``/``end`` are the offsets of the quoted sentence in the document
    text; ``trigger`` is the word that names the happening.
    """

    type: str
    title: str
    summary: str
    quote: str
    start: int
    end: int
    date: DateInterval
    trigger: str = ""
    trigger_start: int = -1
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    status: str = "happened"
    relation: str = "on"


@dataclass(frozen=True)
class Cited:
    """One stored citation of an event, as the steps after identity see it (titles, type)."""

    source_id: str
    published: str
    start: int
    trigger: str
    type: str
    title: str
    summary: str
    quote: str
    date: DateInterval
    #: empty in citations stored before statuses existed (describe derives them)
    status: str = ""
    relation: str = ""
    #: where the trigger stands in ``quote`` (-1: not stored)
    trigger_at: int = -1


@dataclass(frozen=True)
class EventView:
    """What the steps after identity decide about an event from its citations.

    ``date`` is the event's date, ``conflicts`` the indexes of citations whose dates
    disagree with it, ``best`` the index of the citation that names the event (its title
    and summary), ``type`` the event's type, ``status`` and ``relation`` what its
    sources say of it (``STATUSES``, ``RELATIONS``).
    """

    date: DateInterval
    conflicts: list[int]
    best: int
    type: str
    status: str = "happened"
    relation: str = "on"
    title: str | None = None  # a better headline than the naming citation's own title, if any
