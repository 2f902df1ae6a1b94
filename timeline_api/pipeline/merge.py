"""Deciding whether a mention reports an event already on the timeline, and the date to show.

Pure functions over plain values: the store looks candidates up through its
indexes and hands them here; nothing in this module touches a database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import DateInterval, EventMention

#: Types that may describe the same happening (an airstrike is reported as a strike or an attack).
COMPATIBLE_TYPES = {
    "strike": {"strike", "attack"},
    "attack": {"attack", "strike", "conflict"},
    "conflict": {"conflict", "attack"},
    "agreement": {"agreement"},
    "negotiation": {"negotiation"},
    "deadline": {"deadline", "withdrawal"},
    "withdrawal": {"withdrawal", "deadline"},
    "deployment": {"deployment"},
    "regime_change": {"regime_change"},
    "statement": {"statement"},
    "other": {"other"},
}

#: Order of precisions from most to least precise, for picking the best date.
PRECISION_RANK = {p: i for i, p in enumerate(
    ("day", "week", "month", "quarter", "season", "year", "decade", "unknown"))}

#: How much shared vocabulary makes two mentions one happening.
#: Both dated and overlapping: a modest overlap suffices (the dates already agree).
#: Dates disagree (kept as a conflict) or one side undated: ask for much more.
THRESHOLDS = {"dates_overlap": 0.34, "dates_conflict": 0.6, "undated": 0.5}
#: Dates further apart than this are never the same happening, however alike the words.
MAX_CONFLICT_GAP_DAYS = 120
#: Statements are many and alike ("X said"); they only merge with the same speaker and day.
SAME_DAY_ONLY_TYPES = {"statement"}


@dataclass
class Cited:
    """One citation of a stored event: where it stands, its date and its own terms."""

    source_id: str
    start: int
    end: int
    date: DateInterval
    terms: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


@dataclass
class Candidate:
    """An event already stored, as the merge needs to see it.

    ``terms`` are the union over its citations; ``cited`` the citations one by one,
    when known. A mention is compared with the single citation it resembles most, so
    an event reported many times does not attract every mention that shares a word
    with one of its many sentences.
    """

    id: str
    type: str
    date: DateInterval
    terms: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    cited: list[Cited] = field(default_factory=list)


def mention_terms(mention: EventMention) -> set[str]:
    """The normalized words a mention is matched on: key terms, actors and places."""
    terms = {k.lower() for k in mention.keywords}
    terms |= {a.lower() for a in mention.actors}
    terms |= {p.lower() for p in mention.places}
    return {t for t in terms if t}


def types_compatible(a: str, b: str) -> bool:
    return b in COMPATIBLE_TYPES.get(a, {a})


def overlap(a: DateInterval, b: DateInterval) -> bool:
    """Whether two dated intervals share at least one day (open sides reach forever)."""
    a_start, a_end = a.start or dt.date.min, a.end or dt.date.max
    b_start, b_end = b.start or dt.date.min, b.end or dt.date.max
    return a_start <= b_end and b_start <= a_end


def gap_days(a: DateInterval, b: DateInterval) -> int:
    """Days between two intervals that do not overlap (0 when they do)."""
    if overlap(a, b):
        return 0
    a_start, a_end = a.start or dt.date.min, a.end or dt.date.max
    b_start, b_end = b.start or dt.date.min, b.end or dt.date.max
    return (b_start - a_end).days if a_end < b_start else (a_start - b_end).days


def is_dated(date: DateInterval) -> bool:
    return date.start is not None or date.end is not None


def may_match(mention: EventMention, candidate: Candidate) -> bool:
    """Whether type and dates alone leave a candidate a chance (match_score's checks
    that need neither its terms nor its citations, so the store can skip loading them)."""
    if not types_compatible(mention.type, candidate.type):
        return False
    dated_m, dated_c = is_dated(mention.date), is_dated(candidate.date)
    if mention.type in SAME_DAY_ONLY_TYPES:
        return dated_m and dated_c and mention.date.start == candidate.date.start \
            and mention.date.end == candidate.date.end
    if dated_m and dated_c and gap_days(mention.date, candidate.date) > MAX_CONFLICT_GAP_DAYS:
        return False
    return True


def term_similarity(a: set[str], b: set[str]) -> float:
    """Overlap coefficient: shared terms over the smaller set (short mentions match long ones)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _same_sentence_other_date(mention: EventMention, source_id: str | None, candidate: Candidate) -> bool:
    """The detector split one sentence into events with different dates: keep them apart."""
    if source_id is None or not is_dated(mention.date):
        return False
    return any(c.source_id == source_id and (c.start, c.end) == (mention.start, mention.end)
               and is_dated(c.date) and not overlap(c.date, mention.date)
               for c in candidate.cited)


def _closest(terms: set[str], candidate: Candidate) -> set[str]:
    """The terms of the candidate's citation most like the mention (all terms if unknown)."""
    if not candidate.cited:
        return candidate.terms
    return max((c.terms for c in candidate.cited), key=lambda t: (term_similarity(terms, t), len(terms & t)))


def _elsewhere_in_same_source(mention: EventMention, terms: set[str], source_id: str | None,
                              candidate: Candidate) -> bool:
    """'Protesters took to the streets in Egypt on Wednesday ... clashes Wednesday night in Suez': one
    article naming two places for two sentences of the same day reports two happenings."""
    if source_id is None or not mention.places or not candidate.cited:
        return False
    closest = max(candidate.cited, key=lambda c: (term_similarity(terms, c.terms), len(terms & c.terms)))
    if closest.source_id != source_id or not closest.places:
        return False
    mine = {p.lower() for p in mention.places}
    theirs = {p.lower() for p in closest.places}
    return not any(a == b or a in b or b in a for a in mine for b in theirs)


def match_score(mention: EventMention, terms: set[str], candidate: Candidate,
                source_id: str | None = None) -> float:
    """How well a mention fits a stored event: 0 for no, else the term similarity."""
    if not may_match(mention, candidate):
        return 0.0
    if _same_sentence_other_date(mention, source_id, candidate):
        return 0.0
    if _elsewhere_in_same_source(mention, terms, source_id, candidate):
        return 0.0
    closest = _closest(terms, candidate)
    similarity = term_similarity(terms, closest)
    dated_m, dated_c = is_dated(mention.date), is_dated(candidate.date)
    if mention.type in SAME_DAY_ONLY_TYPES:
        speaker = {a.lower() for a in mention.actors}
        same_day = dated_m and dated_c and mention.date.start == candidate.date.start \
            and mention.date.end == candidate.date.end
        if not (same_day and speaker and speaker & candidate.actors):
            return 0.0
        return similarity if similarity >= THRESHOLDS["dates_overlap"] else 0.0
    if dated_m and dated_c:
        if overlap(mention.date, candidate.date):
            needed = THRESHOLDS["dates_overlap"]
        elif gap_days(mention.date, candidate.date) <= MAX_CONFLICT_GAP_DAYS:
            needed = THRESHOLDS["dates_conflict"]
        else:
            return 0.0
    else:
        needed = THRESHOLDS["undated"]
    shared = len(terms & closest)
    if similarity < needed or shared < 2:
        return 0.0
    return similarity


def best_candidate(mention: EventMention, candidates: list[Candidate],
                   source_id: str | None = None) -> Candidate | None:
    """The stored event this mention most likely reports, or None for a new event.

    Ties prefer a dated event, then the more precise one, then the lower id, so
    the outcome does not depend on the order candidates were found in.
    """
    terms = mention_terms(mention)
    scored = []
    for candidate in candidates:
        score = match_score(mention, terms, candidate, source_id)
        if score > 0:
            rank = PRECISION_RANK.get(candidate.date.precision, len(PRECISION_RANK))
            scored.append((-score, not is_dated(candidate.date), rank, candidate.id, candidate))
    if not scored:
        return None
    return min(scored, key=lambda row: row[:4])[-1]


def _length(date: DateInterval) -> int:
    start, end = date.start or dt.date.min, date.end or dt.date.max
    return (end - start).days


def resolve_date(dates: list[DateInterval]) -> tuple[DateInterval, list[int]]:
    """The event's date from its citations' dates, and which citations disagree.

    The winner is the date most citations are consistent with (overlapping
    intervals), then the most precise, then the narrowest, then the first
    cited. Returns it and the indexes of the dates that do not overlap it.
    """
    dated = [(i, d) for i, d in enumerate(dates) if is_dated(d)]
    if not dated:
        first = next((d for d in dates), None)
        undated = DateInterval(None, None, "unknown", "exact", first.text if first else "")
        return undated, []

    def key(item):
        index, date = item
        support = sum(1 for _, other in dated if overlap(date, other))
        return (-support, PRECISION_RANK.get(date.precision, 99), _length(date), index)

    _, best = min(dated, key=key)
    conflicts = [i for i, d in dated if not overlap(best, d)]
    return best, conflicts
