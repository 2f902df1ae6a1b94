"""Find temporal expressions in English text and normalize them (TimeML TIMEX3).

The steps, each a plain function over plain data:

1. ``tag``: run every rule of ``rules.RULES``; each match goes through its
   normalizer, which may reject it (a false friend) or return a value,
   possibly underspecified.
2. ``select``: keep the longest non-overlapping matches.
3. ``extend``: attach modifiers written around a match ("early", "the end
   of", "about", "or so") and find the boundary word before it ("by",
   "since", "no later than").
4. ``resolve``: settle underspecified values against the publication date
   and the sentence's tense, and compute the calendar interval.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateInterval, Timex
from . import vocab
from .normalize import NORMALIZERS, Pending, Raw
from .resolve import MOD_QUALIFIERS, interval, resolve
from .rules import ANCHOR_REACH, COMPILED, COMPILED_ANCHORS, _alternation
from .tense import (ahead_in_clause, chronology_past, deadline_before, governing_tense, past_by_phrase, progressive_ahead,
                    sentence_bounds, tense_at)


@dataclass
class Candidate:
    """A match on its way to becoming a Timex."""

    start: int
    end: int
    rule: int
    raw: Raw
    mod: str | None = None
    qualifier_start: int = -1
    qualifier: str | None = None
    range_end: Candidate | None = None  # the other end of "from June to August"
    role: str | None = None  # "name", "furniture", "clock" or "restated": a date that dates no event (see ``mark_roles``)


def _anchor(published: dt.date | dt.datetime | str) -> dt.date:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    text = str(published).strip()
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"publication date not understood: {published!r}")


class CasedMatch:
    """A match found in the lower-cased text, read back from the original text.

    Normalizers need the original case ("May" the month, "may" the verb).
    """

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match, text: str):
        self._m, self._text = m, text

    def group(self, name: str | int = 0) -> str | None:
        s, e = self._m.span(name)
        return None if s < 0 else self._text[s:e]

    def groupdict(self) -> dict[str, str | None]:
        return {k: self.group(k) for k in self._m.groupdict()}

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)


#: Normalizers whose matches are ordinary lower-case words: Title Case inside
#: a sentence makes them a name ("ABC's This Week", "60 Minutes", "VOA Today").
_COMMON_WORD_NORMALIZERS = frozenset({"relative_unit", "duration", "day_word", "reference",
                                      "vague_duration"})


def _is_title_name(text: str, start: int, end: int) -> bool:
    words = re.findall(r"[A-Za-z]+", text[start:end])
    if not words or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, start - 3):start]
    return not (start == 0 or re.search(r"(?:[.!?\n:;]\s*|[\"“‘'`(\[-]\s*|^\s*)$", before))


_TOKEN = re.compile(r"[a-z]+\d?|\d+")

#: token -> names of the anchors it matches (memo; bounded by the vocabulary of the texts seen)
_TOKEN_ANCHORS: dict[str, tuple[str, ...]] = {}


def _token_anchors(token: str) -> tuple[str, ...]:
    names = _TOKEN_ANCHORS.get(token)
    if names is None:
        names = tuple(n for n, rx in COMPILED_ANCHORS.items() if rx.match(token))
        if len(_TOKEN_ANCHORS) < 200_000:
            _TOKEN_ANCHORS[token] = names
    return names


def _windows(lowered: str) -> dict[str, list[tuple[int, int]]]:
    """Per anchor, the merged stretches of text within reach of its occurrences.

    One pass over the words: each distinct word is matched against the
    anchors once (memoized), so this costs a dictionary lookup per word.
    """
    spans: dict[str, list[list[int]]] = {}
    for m in _TOKEN.finditer(lowered):
        names = _token_anchors(m.group())
        if not names:
            continue
        a, b = max(0, m.start() - ANCHOR_REACH), m.end() + ANCHOR_REACH
        for name in names:
            mine = spans.setdefault(name, [])
            if mine and a <= mine[-1][1]:
                mine[-1][1] = b
            else:
                mine.append([a, b])
    n = len(lowered)
    return {name: [(a, min(b, n)) for a, b in mine] for name, mine in spans.items()}


def _scan(rx: re.Pattern, haystack: str, windows: list[tuple[int, int]]):
    for a, b in windows:
        yield from rx.finditer(haystack, a, b)


def tag(text: str, full_scan: bool = False) -> list[Candidate]:
    """Every rule match its normalizer accepts (overlapping).

    Rules run only near their anchors; ``full_scan`` runs them over the whole
    text instead (slower, same result: the tests check that).
    """
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    haystack = lowered if same_length else text
    if full_scan:
        whole = [(0, len(haystack))]
        windows = {name: whole for name in COMPILED_ANCHORS}
    else:
        windows = _windows(lowered)
    found = []
    for index, (rule, rx, rx_any_case) in enumerate(COMPILED):
        normalizer = NORMALIZERS[rule.normalizer]
        matches = _scan(rx if same_length else rx_any_case, haystack, windows.get(rule.anchor, ()))
        for m in matches:
            if m.end() == m.start():
                continue
            raw = normalizer(CasedMatch(m, text) if same_length else m, text)
            if raw is not None:
                start = m.start() if raw.start is None else raw.start
                end = m.end() if raw.end is None else raw.end
                if rule.normalizer in _COMMON_WORD_NORMALIZERS and _is_title_name(text, start, end):
                    continue
                if start < end:
                    found.append(Candidate(start, end, index, raw))
    return found


def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then rule order; drop anything overlapping a kept match."""
    starts: list[int] = []  # kept spans, sorted by start (they never overlap)
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.rule, c.start)):
        i = bisect.bisect_left(starts, c.start)
        if i < len(kept) and kept[i].start < c.end:
            continue  # overlaps the next kept span
        if i > 0 and kept[i - 1].end > c.start:
            continue  # overlaps the previous one
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


_PART_RX = re.compile(r"(?:(?<=\W)|^)(?P<mod>%s)(?:\s+|-|(?<=-))$" % _alternation(
    vocab.PART_MODIFIERS), re.IGNORECASE)
_APPROX_RX = re.compile(r"(?:(?<=\W)|^)(?P<mod>%s)\s+$" % _alternation(vocab.APPROX_MODIFIERS),
                        re.IGNORECASE)
_SUFFIX_RX = re.compile(r"\s+(?P<mod>%s)\b" % _alternation(vocab.SUFFIX_MODIFIERS), re.IGNORECASE)
_BOUNDARY_RX = re.compile(r"(?:(?<=\W)|^)(?P<word>%s)\s+(?:the\s+)?$" % _alternation(
    vocab.BOUNDARY_WORDS), re.IGNORECASE)

#: Pending kinds that name a span on the calendar and take early/mid/late.
_PARTABLE = frozenset({"month", "month_weekday", "month_in_year", "relative_month", "decade", "season",
                       "relative_season", "quarter", "half", "relative", "weekday", "day",
                       "weekday_in_week", "season_in_year", "year_of_sentence", "month_anaphor"})


def _partable(raw: Raw) -> bool:
    if raw.type == "TIME" and isinstance(raw.value, Pending) and raw.value.kind == "day" \
            and raw.mod is None:
        return True  # "later this afternoon", "late tonight"
    if raw.type != "DATE":
        return False
    if isinstance(raw.value, Pending):
        return raw.value.kind in _PARTABLE
    return raw.value[:1].isdigit()


def _is_day(raw: Raw) -> bool:
    return isinstance(raw.value, Pending) and raw.value.kind in ("weekday", "day", "weekday_in_week")


def _approximable(raw: Raw) -> bool:
    return raw.type == "DURATION" or (isinstance(raw.value, Pending) and raw.value.kind == "ago")


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _attach_prefix(text: str, c: Candidate, window_start: int) -> None:
    """Take in "early", "the end of", "nearly", "around" ... written just before the match."""
    before = text[window_start:c.start]
    m = _PART_RX.search(before) if _partable(c.raw) else None
    if m and _norm(m.group("mod")) in ("earlier", "later") and _is_day(c.raw) and c.raw.type == "DATE":
        m = None  # "earlier Friday": TimeML leaves the adverb out
    if m:
        c.start = window_start + m.start("mod")
        c.mod = vocab.PART_MODIFIERS[_norm(m.group("mod"))][0]
        return
    m = _APPROX_RX.search(before)
    if m is None:
        return
    word = _norm(m.group("mod"))
    if _approximable(c.raw) or (_partable(c.raw) and not _is_day(c.raw)
                                and word in vocab.DATE_APPROX_MODIFIERS):
        c.start = window_start + m.start("mod")
        c.mod = vocab.APPROX_MODIFIERS[word]


def _attach_suffix(text: str, c: Candidate, limit: int) -> None:
    """Take in "or so", "or later" ... written just after the match."""
    m = _SUFFIX_RX.match(text, c.end, limit)
    if m and c.raw.type in ("DATE", "DURATION"):
        c.end = m.end()
        c.mod = c.mod or vocab.SUFFIX_MODIFIERS[_norm(m.group("mod"))]


def _find_boundary(text: str, c: Candidate, window_start: int) -> None:
    """The boundary word before the match ("by", "since", "no later than"): its qualifier."""
    before = text[max(window_start, c.start - 30):c.start]
    b = _BOUNDARY_RX.search(before)
    if b:
        c.qualifier = vocab.BOUNDARY_WORDS[_norm(b.group("word"))]
        c.qualifier_start = c.start - (len(before) - b.start("word"))


def extend(text: str, kept: list[Candidate]) -> None:
    """Attach modifiers before/after each match and find the boundary word before it.

    Extensions never reach into the neighbouring matches.
    """
    previous_end = 0
    for k, c in enumerate(kept):
        next_start = kept[k + 1].start if k + 1 < len(kept) else len(text)
        _attach_prefix(text, c, max(previous_end, c.start - 40))
        _attach_suffix(text, c, next_start)
        _find_boundary(text, c, previous_end)
        previous_end = c.end


#: How far back (characters) a mentioned day is the day of a bare clock time.
DAY_CONTEXT_CHARS = 300

#: What stands between a date and "the year" in apposition to it ("1974, the year ...").
_APPOSITION = re.compile(r"\s*(?:,|--|[-–—])\s*")

#: How far back (characters) a mentioned month is the reference of "the previous November".
MONTH_ANAPHOR_CHARS = 600

#: How far back (characters) a mentioned quarter stays the one under discussion.
QUARTER_CONTEXT_CHARS = 1500


#: A month day used as an adjective: "the" before it, a word after it.
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+[A-Za-z]")

#: Words before a possessive day that put its event ahead ("ahead of Sunday's vote").
_AHEAD_OF_RX = re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % _alternation(vocab.AHEAD_OF_WORDS), re.IGNORECASE)


#: Modifiers that make a count of years approximate ("more than", "nearly", "some").
_APPROXIMATE_MODS = frozenset({"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})

#: Years back from which an approximate count ("nearly 30 years ago") names a decade, not a year.
VAGUE_AGO_YEARS = 10

_UNIT_YEARS = {"year": 1, "decade": 10, "century": 100}


def _vague_long_ago(raw: Raw, mod: str | None) -> bool:
    value = raw.value
    return (mod in _APPROXIMATE_MODS and isinstance(value, Pending) and value.kind == "ago"
            and abs(value.args[1]) * _UNIT_YEARS.get(value.args[0], 0) >= VAGUE_AGO_YEARS)


#: Where the ten years of a vague count lie from the year it gives: "more than 20 years
#: ago" before it, "nearly 20 years ago" after it, "some 20 years ago" around it.
_VAGUE_SPAN = {"MORE_THAN": (-9, 0), "EQUAL_OR_MORE": (-9, 0), "LESS_THAN": (0, 9), "EQUAL_OR_LESS": (0, 9),
               "APPROX": (-4, 5)}


def _vague_years(year: int, mod: str) -> tuple[dt.date, dt.date, str]:
    low, high = _VAGUE_SPAN[mod]  # ten years or more back: the span never reaches the anchor's year
    return dt.date(year + low, 1, 1), dt.date(year + high, 12, 31), "decade"


_CLAUSE_WALL = re.compile(r"[,;:()\"“”`]|''|--|-[LR]RB-|\b(?:that|which|who|when|if|but|and|while)\b", re.IGNORECASE)


def _weekend_ahead(text: str, start: int) -> bool:
    """Whether "the weekend" at ``start`` is looked forward to: a forward word right before it
    ("until the weekend") or a modal in its clause ("could hit Florida at the weekend")."""
    left, _ = sentence_bounds(text, start, start)
    before = text[left:start]
    walls = [m.end() for m in _CLAUSE_WALL.finditer(before)]
    words = re.findall(r"[A-Za-z']+", before[walls[-1] if walls else 0:].lower())
    if words and words[-1] in vocab.WEEKEND_AHEAD_BEFORE:
        return True
    return any(w in vocab.WEEKEND_AHEAD_MODALS for w in words)


#: "earlier this year", "later this month": the part of the unit on one side of the time of writing.
_EARLIER_LATER = re.compile(r"(earlier|later)\s", re.IGNORECASE)
#: "the past year", "over the last month": the unit's length up to the time of writing.
_TRAILING = re.compile(r"the\s+(?:past|last)\s+(year|month|week)", re.IGNORECASE)
_TRAILING_DAYS = {"year": 365, "month": 30, "week": 6}


def _beside_anchor(text: str, c: Candidate, value: str, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    """The calendar reading of a span that ends or starts at the time of writing, else ``None``.

    "Earlier this year" written in September is January to the day before, not the
    year's first third (January-April, which TimeML's START gives); "later this month"
    the days after the anchor to the month's end. Only for the anchor's own unit ("this"):
    "later that year", said of 1998, keeps its last third. "The past year" and "over the last
    month" are the year (month, week) up to the anchor, not the calendar unit before it
    ("142,000 arrived over the past year", written in July 2012, is not 2011); "the last
    year of the war" is no span of the writer's.
    """
    words = text[c.start:c.end]
    m = _EARLIER_LATER.match(words)
    this = isinstance(c.raw.value, Pending) and c.raw.value.kind == "relative" and c.raw.value.args[1] == 0
    if m and this and c.qualifier is None:
        whole = interval(value, None)
        if whole is None or whole[2] == "day" or not whole[0] <= anchor <= whole[1]:
            return None
        if m.group(1).lower() == "earlier":
            return whole[0], max(whole[0], anchor - dt.timedelta(days=1))
        return min(whole[1], anchor + dt.timedelta(days=1)), whole[1]
    m = _TRAILING.fullmatch(words)
    if m and not re.match(r"\s*(?:of\b|'s?\s|’)", text[c.end:c.end + 4]) and re.match(r"\d{4}", value):
        return anchor - dt.timedelta(days=_TRAILING_DAYS[m.group(1).lower()]), anchor
    return None


#: What may stand between a vague expression and the date that restates it ("more
#: than two decades ago, in 1986").
_RESTATED_GAP = re.compile(r"\s*(?:,|--|-LRB-|\()\s*(?:in\s+|on\s+)?", re.IGNORECASE)


def _restated(text: str, c: Candidate, following: Candidate) -> None:
    """A vague "ago" restated by a written date right after it dates nothing itself:
    the written date does ("died more than two decades ago, in 1986")."""
    if c.role is None and isinstance(c.raw.value, Pending) and c.raw.value.kind == "ago" \
            and (c.mod or c.raw.mod) in _APPROXIMATE_MODS and isinstance(following.raw.value, str) \
            and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", following.raw.value) \
            and _RESTATED_GAP.fullmatch(text, c.end, following.start):
        c.role = "restated"


def _next_word_lower(text: str, end: int) -> str:
    m = re.match(r"[\s-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def _to_timex(text: str, c: Candidate, anchor: dt.date, ctx: dict) -> Timex:
    raw = c.raw
    tense = tense_at(text, c.start, c.end, ctx.setdefault("sentences", {})) \
        if isinstance(raw.value, Pending) else None
    if text[c.end:c.end + 2] in ("'s", "’s") and isinstance(raw.value, Pending) \
            and raw.value.kind == "weekday" and raw.value.args[1] == 0:
        # "get around Wednesday's ruling": a possessive day names what happened,
        # unless something awaits it ("ahead of Sunday's election")
        tense = "future" if _AHEAD_OF_RX.search(text, max(0, c.start - 30), c.start) else "past"

    happened = c.qualifier == "since" or (
        isinstance(raw.value, Pending) and raw.value.kind in ("month", "weekday")
        and c.qualifier not in ("by", "until")
        and (past_by_phrase(text, c.start) or chronology_past(text, c.start, c.end)))
    if happened:
        tense = "past"  # "since May", "since the explosion on 20 April": it has begun
    elif c.qualifier in ("by", "until"):
        # deadlines: "extended the offer until Nov. 20" looks forward from a past verb
        tense = "future" if deadline_before(text, c.start) else None
    if happened and isinstance(raw.value, Pending) and raw.value.kind == "month":
        raw = Raw(raw.type, Pending("not_after", raw.value.args), raw.mod)
    elif isinstance(raw.value, Pending) and raw.value.kind == "month" and raw.value.args[1] is not None \
            and _ATTRIBUTIVE_BEFORE.search(text, max(0, c.start - 6), c.start) \
            and _ATTRIBUTIVE_AFTER.match(text, c.end):
        # "the April 20 explosion", "the Nov. 6 election": a date naming an event is not
        # governed by the clause's verb ("will add Cuba to the casualties of the April
        # 20 explosion"): the last such day, unless the next one is near; an unplanned
        # happening ("the April 20 blowout") has happened
        unplanned = _next_word_lower(text, c.end) in vocab.UNPLANNED_EVENT_NOUNS
        raw = Raw(raw.type, Pending("not_after" if unplanned else "attributive_day", raw.value.args), raw.mod)
    elif tense in ("past", "future") and c.qualifier not in ("by", "until") and isinstance(raw.value, Pending) \
            and raw.value.kind == "month":
        governing = governing_tense(text, c.start, c.end, modal_only=raw.value.args[1] is not None)
        # a day with the month follows "will"/"shall" only ("will be held on Dec. 15"): a
        # past verb read back is too often an adjective there ("preferred shares on Oct. 31"),
        # "would be investigated" a report of the past
        if governing == "past" and raw.value.args[1] is None:  # "died ... in January"
            raw = Raw(raw.type, Pending("past_month", raw.value.args), raw.mod)
        elif governing == "future":  # "will ... in December", "will be held on Dec. 15"
            raw = Raw(raw.type, Pending("future_month", raw.value.args), raw.mod)
    if ctx.get("quarter_at", -10**9) < c.start - QUARTER_CONTEXT_CHARS:
        ctx.pop("quarter", None)
    if isinstance(raw.value, Pending) and raw.value.kind == "year_of_sentence":
        # "the year" in apposition to a date ("In 1992, the year the party lost") is its
        # year; elsewhere ("earlier in the year") the anchor's
        apposed = ctx.get("date_at", -1) >= 0 and _APPOSITION.fullmatch(text, ctx["date_at"], c.start)
        ctx["sentence_date"] = ctx.get("date") if apposed else None
    elif isinstance(raw.value, Pending) and raw.value.kind == "month_anaphor":
        # "the previous November" counts from a month written shortly before; a year alone
        # or a date paragraphs back is no narrative time ("sales fell compared with the
        # previous September": the anchor's)
        recent = ctx.get("date") if ctx.get("date_at", -1) >= c.start - MONTH_ANAPHOR_CHARS else None
        ctx["recent_month"] = recent if recent and len(recent) >= 7 else None
    if tense in ("past", "present") and isinstance(raw.value, Pending) and raw.value.kind == "weekday" \
            and raw.value.args[1] == 0 and not happened and ahead_in_clause(text, c.start):
        # "will try to plug the well in a so-called top kill on Wednesday", "is negotiating
        # ahead of the results on Tuesday" (written on a Sunday): the clause looks ahead,
        # whichever verb stands nearest the day
        tense = "future"
    if tense != "future" and isinstance(raw.value, Pending) and raw.value.kind == "weekday" \
            and raw.value.args[1] == 0 and not happened and not re.match(r"\s?['’]s\b", text[c.end:c.end + 3]) \
            and progressive_ahead(text, c.start) and dt.date.fromisoformat(resolve(raw.value, anchor, tense, ctx)[:10]) \
            <= anchor - dt.timedelta(days=PROGRESSIVE_WEEKDAY_BACK_DAYS):
        # "It is sending an envoy to Damascus on Monday" (a Sunday's paper), "the heads of several
        # missions are gathering on Monday" (a Thursday's): a present progressive with another day
        # tells a plan; the day before ("are flying over the Gulf on Wednesday" in Thursday's
        # paper) is the report of that day, written then
        tense = "future"
    if isinstance(raw.value, Pending) and raw.value.kind == "weekday" and raw.value.args[1] == 0 \
            and not happened and _FOR_BEFORE.search(text, max(0, c.start - 12), c.start) \
            and not re.match(r"[ \t]+[A-Z]", text[c.end:c.end + 3]) \
            and _occasion_after(text, c.end) not in vocab.UNPLANNED_EVENT_NOUNS \
            and dt.date.fromisoformat(resolve(raw.value, anchor, tense, ctx)[:10]) \
            <= anchor - dt.timedelta(days=FOR_WEEKDAY_BACK_DAYS):
        # "hearings were set for Tuesday", "flew in for Friday's wedding", "a special meeting for
        # Wednesday" (the paper of the Monday before), "the vote was moved to Thursday": what a
        # day is set or put off to is ahead, whatever
        # the verb's tense, unless a happening nobody schedules ("blame for Tuesday's attack")
        tense = "future"
    if tense != "past" and isinstance(raw.value, Pending) and raw.value.kind == "weekend" \
            and anchor.isoweekday() in vocab.WEEKEND_PAST_ON and not ahead_in_clause(text, c.start) \
            and not _weekend_ahead(text, c.start):
        # "follow attacks ... at the weekend", "protests beginning over the weekend", written on
        # a Monday or Tuesday: the weekend just past, whatever the sentence's main verb
        tense = "past"
    if tense == "past" and isinstance(raw.value, Pending) and raw.value.kind == "relative" \
            and raw.value.args == ("weekend", 0) and anchor.isoweekday() in vocab.WEEKEND_PAST_ON \
            and not re.match(r"\s?['’]s\b", text[c.end:c.end + 3]) and not ahead_in_clause(text, c.start) \
            and not _weekend_ahead(text, c.start):
        # "the failure this weekend of BP 's attempt", "crowds topped 50,000 this weekend", told
        # on a Monday or Tuesday: the weekend just past (not "this weekend 's festival")
        raw = Raw(raw.type, Pending("relative", ("weekend", -1)), raw.mod)
    if isinstance(raw.value, Pending) and raw.value.kind == "relative" and raw.value.args == ("week", -1) \
            and anchor.isoweekday() == 7 and _day_of_the_week_beside(text, c.start):
        # "Indonesia last week and Liberia on Monday" (a Sunday's paper): a day of the week just
        # ending is named beside it, so "last week" is the one before, as on any other day
        anchor -= dt.timedelta(days=1)
    if tense == "past" and isinstance(raw.value, Pending) and raw.value.kind == "weekday" \
            and ctx.get("past_end", anchor) > anchor:
        anchor = ctx["past_end"]  # the latest such weekday up to the page's last day (``_references``)
    value = resolve(raw.value, anchor, tense, ctx)
    if isinstance(raw.value, Pending) and raw.value.kind == "month" and ctx.get("date") \
            and _THAT_YEAR_AFTER.match(text, c.end):
        # "died on 25 June that year", "lobbied on 15 October and 9 November that year": the year
        # last named, not the nearest to the time of writing
        value = _in_year(raw.value, int(ctx["date"][:4]))
    if re.match(r"\d{4}-\d\d(?:-\d\d)?$|\d{4}$", value[:10]) and not (
            isinstance(raw.value, Pending)
            and raw.value.kind in ("anaphor", "relative", "day", "ago", "year_of_sentence")):
        ctx["date"], ctx["date_at"] = value[:10], c.end  # the reference for "that year", "the following day"
    if ctx.get("day_at", -10**9) < c.start - DAY_CONTEXT_CHARS:
        ctx.pop("day", None)
    if re.match(r"\d{4}-\d\d-\d\d", value) and raw.type in ("DATE", "TIME"):
        ctx["day"], ctx["day_at"] = value[:10], c.end  # the day a later bare clock time is on
    explicit = not isinstance(raw.value, Pending) or raw.value.kind in ("quarter", "quarter_ending") or (
        raw.value.kind == "quarter_anaphor" and raw.value.args[1:] == (True,))  # "the latest quarter"
    if explicit and re.fullmatch(r"\d{4}-Q[1-4]", value):
        # only a quarter named outright opens a topic; anaphors do not chain
        ctx["quarter"], ctx["quarter_at"], ctx["quarter_tense"] = value, c.end, tense
    mod = c.mod or raw.mod
    date = None
    if raw.type in ("DATE", "TIME") and c.role is None:  # a name or furniture dates nothing
        iv = interval(value, mod)
        if iv is not None:
            start, end, precision = iv
            qualifier = c.qualifier or MOD_QUALIFIERS.get(mod or "", "exact")
            qstart = c.qualifier_start if c.qualifier else c.start
            if _vague_long_ago(raw, mod) and precision == "year":
                # "more than two decades ago": some year of the ten before the one the count gives
                start, end, precision = _vague_years(start.year, mod)
            beside = _beside_anchor(text, c, value, anchor)
            if beside is not None:
                start, end = beside
                qualifier = c.qualifier or "exact"
            date = DateInterval(start, end, precision, qualifier, text[qstart:c.end])
    return Timex(c.start, c.end, text[c.start:c.end], raw.type, value, mod, date)


#: What may stand between a timestamp's clock time and its date ("12:03 GMT, Mon 3 Feb 2012").
_CLOCK_DATE_GAP = re.compile(r"[,\s]*(?:(?:%s)\.?,?\s*)?$" % _alternation(vocab.WEEKDAYS), re.IGNORECASE)


def _date_after_clock(text: str, c: Candidate, following: Candidate) -> None:
    """A bare clock time followed by a full date on its line takes that date's day."""
    value = c.raw.value
    if not (isinstance(value, Pending) and value.kind == "clock" and value.args[0] == Pending("same_day")):
        return
    after = following.raw.value
    if not (isinstance(after, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", after)):
        return
    if _CLOCK_DATE_GAP.match(text, c.end, following.start):
        c.raw = Raw(c.raw.type, Pending("clock", (after, value.args[1])), c.raw.mod, c.raw.start, c.raw.end)


#: What may stand between a clock time and the day named after it ("at 10:30 a.m.
#: local time (0730 GMT) on Tuesday"): blanks, commas, brackets, "on".
_CLOCK_DAY_GAP = re.compile(r"[\s,()\[\]]*(?:on\s+)?", re.IGNORECASE)

#: Pending kinds that name a day a clock time can be on.
_DAY_KINDS = frozenset({"weekday", "day", "month", "month_weekday"})


def _day_after_clock(text: str, kept: list[Candidate], k: int) -> None:
    """A bare clock time followed closely by a day takes that day, not the one before.

    "The blast happened at 10:30 a.m. local time (0730 GMT) on Tuesday": both
    clock times are Tuesday's. Other clock times in between are skipped.
    """
    c = kept[k]
    value = c.raw.value
    if not (isinstance(value, Pending) and value.kind == "clock" and value.args[0] == Pending("same_day")):
        return
    end = c.end
    for following in kept[k + 1:k + 4]:
        if not _CLOCK_DAY_GAP.fullmatch(text, end, following.start):
            return
        day = following.raw.value
        if isinstance(day, Pending) and day.kind == "clock":
            end = following.end
            continue
        if isinstance(day, Pending) and day.kind in _DAY_KINDS and following.raw.type == "DATE" and (
                day.kind != "month" or day.args[1] is not None):
            c.raw = Raw(c.raw.type, Pending("clock", (day, value.args[1])), c.raw.mod, c.raw.start, c.raw.end)
        return


#: What joins the two ends of a range ("from June to August", "May-July 2023") ...
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s+|\s*[-–]\s*", re.IGNORECASE)
#: ... or of a list that shares one year ("in April and May 2019", "on July 14, June 15 and May 16").
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+", re.IGNORECASE)
#: "between" before a list of two makes it a range ("between May and July").
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _yearless_month(raw: Raw) -> bool:
    return isinstance(raw.value, Pending) and raw.value.kind == "month"


def _link_range(text: str, c: Candidate, following: Candidate) -> None:
    """A yearless month (and day) that opens a range or a list takes its year from its end.

    "Between May and July 2023", "from March 3 to April 5, 2020", "in April and
    May 2019": the year written once. "From June to August" (both yearless): the
    two are resolved together (see ``_settle_range``); a list ("July 14, June 15
    and May 16") is not a range.
    """
    if not _yearless_month(c.raw):
        return
    is_range = _RANGE_GAP.fullmatch(text, c.end, following.start) is not None or (
        _LIST_GAP.fullmatch(text, c.end, following.start) is not None
        and _BETWEEN_BEFORE.search(text, max(0, c.start - 20), c.start) is not None)
    is_list = not is_range and _LIST_GAP.fullmatch(text, c.end, following.start) is not None
    end = following.raw.value
    if isinstance(end, str) and re.match(r"\d{4}-\d\d(?:-\d\d)?$", end) and (is_range or is_list):
        value = _range_start(c.raw.value, end) if is_range else _in_year(c.raw.value, int(end[:4]))
        c.raw = Raw(c.raw.type, value, c.raw.mod, c.raw.start, c.raw.end)
    elif is_range and _yearless_month(following.raw):
        c.range_end = following


def _bare_weekday(c: Candidate) -> bool:
    value = c.raw.value
    return isinstance(value, Pending) and value.kind == "weekday" and value.args[1] == 0 and c.role is None


def _weekday_run(text: str, kept: list[Candidate], k: int) -> list[Candidate]:
    """The weekdays listed from ``kept[k]`` on ("on Friday, Saturday and Sunday",
    "between Friday and Monday", "hearings Monday and Tuesday"), or [] if none."""
    run = [kept[k]]
    while len(run) < 7 and k + len(run) < len(kept):
        following = kept[k + len(run)]
        gap = (_LIST_GAP.fullmatch(text, run[-1].end, following.start)
               or _RANGE_GAP.fullmatch(text, run[-1].end, following.start))
        if not (gap and _bare_weekday(following)):
            break
        run.append(following)
    return run if len(run) > 1 and _bare_weekday(kept[k]) else []


#: Days a list of weekdays may run back, in the order written, before it is read as
#: having crossed into another week: "statements made Friday and Thursday" names two
#: recent days latest first; "hearings on Tuesday and Thursday" written on a Tuesday,
#: resolved one by one (today, and the Thursday five days back), has.
LIST_BACK_DAYS = 3


def _is_range(text: str, run: list[Candidate]) -> bool:
    return bool(_RANGE_GAP.fullmatch(text, run[0].end, run[1].start)
                or _BETWEEN_BEFORE.search(text, max(0, run[0].start - 20), run[0].start))


def _settle_weekdays(text: str, run: list[Candidate], anchor: dt.date, ctx: dict) -> None:
    """Listed weekdays that cross into another week when resolved one by one, and
    ranges of weekdays, run forward in the order written, each the first such day after
    the one before.

    Resolved one by one, "ministers were to meet on Friday and Saturday" written on a
    Friday would take today and last Saturday, "was expected to start Sunday night or
    early Monday" written on a Monday next Sunday and today. The list is placed by the
    day resolved with most confidence: the anchor's own weekday if one is named (it is
    the anchor), else the first; not by the tense of a verb like "were to" or "holds".
    """
    days = []
    for c in run:
        value = _to_timex(text, c, anchor, dict(ctx)).value
        if not re.match(r"\d{4}-\d\d-\d\d", value):
            return
        days.append(dt.date.fromisoformat(value[:10]))
    crosses = any((a - b).days > LIST_BACK_DAYS for a, b in zip(days, days[1:]))
    if not (crosses or _is_range(text, run)):
        return
    pivot = days.index(anchor) if anchor in days else 0
    for k in range(pivot - 1, -1, -1):  # before the pivot: the latest such day before the next one
        days[k] = days[k + 1] - dt.timedelta(days=(days[k + 1].isoweekday() - run[k].raw.value.args[0] - 1) % 7 + 1)
    for k in range(pivot + 1, len(run)):  # after it: the first such day after the one before
        days[k] = days[k - 1] + dt.timedelta(days=(run[k].raw.value.args[0] - days[k - 1].isoweekday()) % 7)
    for c, day in zip(run, days):
        part = c.raw.value.args[2]
        c.raw = Raw(c.raw.type, day.isoformat() + (f"T{part}" if part else ""), c.raw.mod, c.raw.start, c.raw.end)


def _in_year(md: Pending, year: int) -> str:
    month, day = md.args
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _ymd(value: str, last: bool) -> tuple[int, int, int]:
    return int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) >= 10 else (31 if last else 1)


def _range_start(start: Pending, end: str) -> str:
    """The value of a range's yearless start given its end's value: the latest before it."""
    month, day = start.args
    year = int(end[:4])
    if (month, day or 1) > _ymd(end, last=True)[1:]:
        year -= 1  # "from December to February 2024": December 2023
    return _in_year(start, year)


def _range_end(end: Pending, start: str) -> str:
    """The value of a range's yearless end given its start's value: the first after it."""
    month, day = end.args
    year = int(start[:4])
    if (month, day or 31) < _ymd(start, last=False)[1:]:
        year += 1  # "from December to February": the February after
    return _in_year(end, year)


def _settle_range(text: str, c: Candidate, anchor: dt.date, ctx: dict) -> None:
    """Both ends of a range yearless: each resolved as usual; if the start falls
    after the end, the one to move follows the sentence's tense ("From June to
    August, temperatures soared": June goes back; "the season runs from June 1
    to the end of November": November goes forward)."""
    following = c.range_end
    start = _to_timex(text, c, anchor, dict(ctx)).value
    end = _to_timex(text, following, anchor, dict(ctx)).value
    if not (re.match(r"\d{4}-\d\d", start) and re.match(r"\d{4}-\d\d", end)):
        return
    if _ymd(start, last=False) <= _ymd(end, last=True):
        c.raw = Raw(c.raw.type, start[:10], c.raw.mod, c.raw.start, c.raw.end)
        following.raw = Raw(following.raw.type, end[:10], following.raw.mod, following.raw.start, following.raw.end)
    elif tense_at(text, c.start, c.end, ctx.setdefault("sentences", {})) == "past":
        c.raw = Raw(c.raw.type, _range_start(c.raw.value, end), c.raw.mod, c.raw.start, c.raw.end)
        following.raw = Raw(following.raw.type, end[:10], following.raw.mod, following.raw.start, following.raw.end)
    else:
        following.raw = Raw(following.raw.type, _range_end(following.raw.value, start), following.raw.mod,
                            following.raw.start, following.raw.end)
        c.raw = Raw(c.raw.type, start[:10], c.raw.mod, c.raw.start, c.raw.end)


#: What joins "the quarter" to the day it ended on ("the quarter ended Sept. 30").
_QUARTER_ENDED_GAP = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|through)\s+(?:on\s+)?$",
                                re.IGNORECASE)


def _quarter_ending(text: str, c: Candidate, following: Candidate) -> None:
    """"the quarter ended Sept. 30": the quarter of the three months up to that day."""
    value = c.raw.value
    if not (isinstance(value, Pending) and value.kind == "quarter_anaphor"):
        return
    day = following.raw.value
    if isinstance(day, str):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            return
    elif not (day.kind in ("month", "month_weekday") and day.args[1] is not None):
        return
    if _QUARTER_ENDED_GAP.match(text[c.end:following.start]):
        c.raw = Raw(c.raw.type, Pending("quarter_ending", (day, value.args[0])), c.raw.mod,
                    c.raw.start, c.raw.end)


#: The word after a month day that makes it part of a name ("the January 25 Revolution").
_NAME_HEAD_AFTER = re.compile(r"[ \t]*(?:['’]s[ \t]+)?([A-Za-z]+)")

#: Page furniture that opens a timestamp: "Page last updated at 14:32 GMT, Monday, 3 May
#: 2010", "(Updated 9:30 p.m.)", "updated: Sun Jul 29 2012 08:01:00", "Posted by: reader
#: | September 24, 2008 3:28 PM | Report abuse", "Published: 10:32AM". Not "the report
#: was published on Tuesday" (a happening): the word must open a line or a bracket,
#: be followed by a colon, or be "last updated".
_FURNITURE_CUE = re.compile(
    r"\bposted\s+by\s*:?[^|\n]{1,60}\|"
    r"|\b(?:page\s+)?last\s+(?:updated|modified)\b(?:\s+(?:at|on))?"
    r"|\b(?:updated?|posted|published|modified)[ \t]*:"
    r"|(?:^|(?<=\n)|(?<=\()|(?<=-LRB-)|(?<=\|))[ \t]*(?:first\s+)?(?:updated?|posted|published|modified)\b"
    r"(?:[ \t]+(?:at|on))?"
    # a live blog's entry stamp with no word, a bracketed clock opening the line: "(12:30 p.m.
    # Monday ET, 6:30 p.m. Monday in Libya) The coalition flew ..."
    r"|(?:^|(?<=\n))[ \t]*(?:-LRB-|\()(?=[ \t]*\d\d?(?::\d\d)?[ \t]*[ap]\.?m\b)", re.IGNORECASE)

#: What may stand between a furniture word and its timestamp, and between the
#: timestamp's parts ("14:32 GMT, Monday, 3 May 2010 15:32 UK"; a live blog's "3 a.m. in
#: Cairo, 8 p.m. ET" or "1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET": one instant in two
#: places, both the stamp's, so the second clock dates no event either).
_FURNITURE_GAP = re.compile(r"(?:[ \t,;|:()./-]+|\b(?:in )?[A-Z][a-z]+(?=\s*[,;])|\b(?:UK|BST|GMT|UTC|EDT|EST|ET|at|on|LRB|RRB|[A-Z][a-z]{2,5}day"
                            r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?|\b\d\d?[:.]\d\d(?::\d\d)?\b)*")


#: The cues a page's own date may stand right before ("8 November 2011 Last updated at 06:28").
_STAMP_BEFORE_CUE = re.compile(r"(?:page\s+)?last\s+(?:updated|modified)\b.*", re.IGNORECASE | re.DOTALL)

#: The clock after such a cue ("Last updated at 06:28 GMT"), and the hour before which a
#: London page's date is not yet the day of its news.
_STAMP_CLOCK = re.compile(r"[ \t]*(\d\d?)[:.]\d\d\b")
EARLY_STAMP_HOUR = 12

#: Furniture cues that close what they stamp (a footer, a comment's signature): the text
#: after them is not theirs.
_CLOSING_CUE = re.compile(r"\s*(?:posted\s+by|(?:page\s+)?last\b)", re.IGNORECASE)


@dataclass
class Stamp:
    """A page's own timestamp that opens an entry: "updated : Fri Jan 14 2011
    20:54:00" before one story of a topic page, "(Update 3 p.m. Cairo, 8 a.m.
    ET)" before one entry of a live blog. The text after it, up to the next
    stamp, was written at that time."""

    end: int
    day: dt.date | None  # the day the stamp writes out in full, if it does
    weekday: int | None  # else a weekday it names ("Update 12:49 p.m. Friday"), ISO number
    hour: int | None  # its clock hour, if any
    weekdays: tuple[int, ...] = ()  # every weekday it names, one per clock


def mark_roles(text: str, kept: list[Candidate]) -> list[Stamp]:
    """Mark the dates that date no event: a month day inside a name ("the
    January 25 Revolution", "the 25th of January movement", "the April 6 Youth
    group"; ``vocab.DATE_NAME_HEADS``) and the timestamps of page furniture
    ("Page last updated at 14:32 GMT", "Posted by: ... | September 24, 2008 3:28
    PM"). They keep their values; the events layer finds no date on them.

    Returns the furniture timestamps that open an entry (see ``Stamp``), in order."""
    for c in kept:
        value = c.raw.value
        if isinstance(value, Pending) and value.kind in ("month", "month_weekday") and value.args[1] is not None:
            m = _NAME_HEAD_AFTER.match(text, c.end)
            if m and (m.group(1).lower() in vocab.DATE_NAME_HEADS or m.group(1) in vocab.DATE_NAME_HEADS_CAPITALIZED):
                c.role = "name"
    stamps: list[Stamp] = []
    if not kept or not _FURNITURE_CUE.search(text):
        return stamps
    starts = [c.start for c in kept]
    ends = [c.end for c in kept]
    for cue in _FURNITURE_CUE.finditer(text):
        k = bisect.bisect_right(ends, cue.start()) - 1
        clock = _STAMP_CLOCK.match(text, cue.end())
        if k >= 0 and _STAMP_BEFORE_CUE.fullmatch(cue.group(0)) \
                and re.fullmatch(r"[ \t,|]*", text[kept[k].end:cue.start()]) \
                and (cue.group(0)[:1] == "L" or re.fullmatch(
                    r"[ \t]*", text[text.rfind("\n", 0, kept[k].start) + 1:kept[k].start])) \
                and kept[k].raw.type in ("DATE", "TIME") and clock and int(clock.group(1)) < EARLY_STAMP_HOUR:
            # "8 November 2011 Last updated at 06:28 GMT" opening a page (or after its headline):
            # a morning stamp in London carries the news of the day before ("has been found
            # guilty" by a Los Angeles jury the evening before), so the page's date dates no
            # event; a stamp of the afternoon is the news day and stays a date
            kept[k].role = "furniture"
        k = bisect.bisect_left(starts, cue.end())
        end = cue.end()
        marked = []
        while k < len(kept) and _FURNITURE_GAP.fullmatch(text, end, kept[k].start) \
                and kept[k].raw.type in ("DATE", "TIME"):
            kept[k].role = "furniture"
            marked.append(kept[k])
            end = kept[k].end
            k += 1
        if marked and not _CLOSING_CUE.match(cue.group(0)):
            stamps.append(_stamp(text, marked, end))
        if marked and cue.group(0).strip() in ("(", "-LRB-"):
            # a wordless bracketed stamp's first clock is the hour its entry's news broke ("(8:48
            # a.m. ET, 2:28 p.m. in Libya) The government has decided on a cease-fire"): it keeps
            # dating that news, as it did; the second clock, the same instant elsewhere, does not
            marked[0].role = None
    return stamps


#: "for" right before a weekday, the occasion something is set, planned or bought for, or the
#: "until"/"to" of a postponement ("the vote was moved to Thursday").
_FOR_BEFORE = re.compile(r"\b(?:for|(?:postpon|delay|adjourn|defer|reschedul|mov|push)\w*[ \t]+(?:back[ \t]+)?"
                         r"(?:[\w'’-]+[ \t]+){0,3}?(?:until|till|to))[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: From how many days back a weekday "for" which something is set is read ahead instead: the
#: days 1-3 ahead are nearer than the same weekday 4-6 back.
FOR_WEEKDAY_BACK_DAYS = 4
#: From how many days back a weekday after a present progressive is read ahead instead ("is sending
#: an envoy on Monday"): the day before is often the day the report was written.
PROGRESSIVE_WEEKDAY_BACK_DAYS = 2


def _occasion_after(text: str, end: int) -> str:
    """The noun a weekday names ("Friday's wedding", "Tuesday 's Senate hearings", "Saturday
    night 's show"): the first word after the possessive and any parts of the day, lower case."""
    m = re.match(r"(?:[ \t]+(?:night|morning|afternoon|evening))?[ \t]*['’]s[ \t]+(?:[A-Z][\w.-]*[ \t]+){0,2}([a-z][\w-]*)",
                 text[end:end + 60])
    return m.group(1) if m else ""


#: "that year" / "the same year" after a yearless day, or after a list of them ("15 October and
#: 9 November that year").
_THAT_YEAR_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:and|or|to|-)[ \t]+(?:(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?"
    r"[A-Z][a-z]+\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?)?[ \t]*,?[ \t]+(?:of[ \t]+)?(?:that|the[ \t]+same)[ \t]+year\b")

#: A four-digit number that is a clock time: hours 00-23, minutes 00-59.
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: What follows a four-digit clock time written without a colon: a zone, "local time", "hrs",
#: or the same instant in GMT in brackets ("struck at 1653 (2153 GMT)").
_CLOCK_AFTER = re.compile(r"[ \t]*(?:GMT|BST|UTC|CET|EST|EDT|ET|local\s+time|hrs|hours|"
                          r"(?:\(|-LRB-)[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?:GMT|BST|UTC))\b")
#: An entry head of a live page: four digits before " : " ("1626 : Dominic Casciani Home affairs
#: correspondent"), or opening a line before a capital ("1704 A US rescue team ...").
_ENTRY_HEAD = re.compile(r"(?<![\w.,:/-])(\d{4})(?=[ \t]+:[ \t])|(?:^|(?<=\n))(\d{4})(?=[ \t]+[A-Z`'\"])", re.M)
#: Entry heads that make a page a live page timed by four-digit clocks.
CLOCK_PAGE_HEADS = 3


def _clock_numbers(text: str, kept: list[Candidate], anchor: dt.date) -> None:
    """Mark as clock times (role "clock": no date, like furniture) the four-digit numbers read as years that are clock times: one
    followed by a zone or its GMT twin ("The tremor hit at 1653 -LRB- 2153 GMT -RRB-"), and the
    entry heads of a live page timed that way (BBC live pages: "1450 : Iain Carter ... 1626 :
    Dominic Casciani"). A page is such a page when it has ``CLOCK_PAGE_HEADS`` or more heads, all
    of them clock times and one at least no year of its news (before 1900 or after the
    publication year): a chronology's heads ("1918 : The Spanish flu ... 1968 : Hong Kong flu")
    are years, and one of them is no clock."""
    bare = [c for c in kept if c.role is None and isinstance(c.raw.value, str) and c.raw.type == "DATE"
            and re.fullmatch(r"\d{4}", c.raw.value) and text[c.start:c.end] == c.raw.value]
    for c in bare:
        if _HHMM.fullmatch(c.raw.value) and _CLOCK_AFTER.match(text, c.end):
            c.role = "clock"
    heads = {m.start(m.lastindex): m.group(m.lastindex) for m in _ENTRY_HEAD.finditer(text)}
    if len(heads) < CLOCK_PAGE_HEADS or not all(_HHMM.fullmatch(h) for h in heads.values()) \
            or all(1900 <= int(h) <= anchor.year for h in heads.values()):
        return
    starts = set(heads)
    for c in bare:
        if c.start in starts:
            c.role = "clock"


def _stamp(text: str, marked: list[Candidate], end: int) -> Stamp:
    day = weekday = hour = None
    weekdays = []
    for c in marked:
        value = c.raw.value
        if isinstance(value, Pending) and value.kind == "clock":
            hour = int(value.args[1][:2])
            value = value.args[0]
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = dt.date.fromisoformat(value)
        elif isinstance(value, Pending) and value.kind == "weekday" and value.args[1] == 0:
            weekdays.append(value.args[0])
            if weekday is None:
                weekday = value.args[0]  # the first clock's: "4:33 a.m. Thursday in Cairo, 9:33 p.m. Wednesday ET"
    return Stamp(end, day, weekday, hour, tuple(weekdays))


#: Entry stamps that make a page a live blog: its entries were added after the page was
#: first published, so its news runs from the publication day to a day or two after it.
LIVE_BLOG_STAMPS = 3

#: From this clock hour on, a stamp's day may lag the news it carries by a day: a page
#: stamped 20:54 in New York carries news from where it is already the next day.
LATE_STAMP_HOUR = 17


def _references(anchor: dt.date, stamps: list[Stamp]) -> list[tuple[int, dt.date, dt.date]]:
    """(from offset, reference day, the latest day a past weekday may name) along the text.

    The publication date until the first stamp; after a stamp that writes its day out,
    that day (a topic page listing stories of other months: "updated : Tue Mar 01 2011
    17:03:00 ... resigned Monday" is 28 February), or the day after it when the stamp
    was written late in the day. A live blog's entries run from its publication day to
    the last day its stamps name ("Update 12:49 p.m. Friday"), at least the day after:
    a past weekday in it is the latest such day up to then ("told Sky News Monday" on a
    blog published on Sunday and updated on Monday), not the same weekday six days back.
    The entries are newest first, so a stamp's day says nothing of the entries below it,
    but every entry above it is of that day or later: from the first entry stamped with
    a day after the publication day ("Update 9:17 a.m. Friday in Cairo" in a Thursday
    blog) the reference is that day ("Today President Mubarak resigns" two entries up is
    Friday's), the earliest day the stamp names when its two clocks name two.
    """
    refs = [(0, anchor, anchor)]
    floors: list[dt.date | None] = [None] * len(stamps)
    if len(stamps) >= LIVE_BLOG_STAMPS:
        # every clock's day: "(11 p.m. Monday ET, 5 a.m. Tuesday in Libya)" names Tuesday too
        named = [_blog_day(anchor, w) for s in stamps if s.day is None for w in s.weekdays]
        past_end = max([anchor + dt.timedelta(days=1)] + named)
        refs = [(0, anchor, past_end)]
        # an entry is on the day its stamp names, or later than the entries below it: the
        # earliest day a stamp names, "12:16 a.m. Thursday in Cairo, 5:16 p.m. Wednesday ET"
        # being Wednesday's news (Cairo's clock passes midnight first)
        floor = anchor
        for k in range(len(stamps) - 1, -1, -1):
            if stamps[k].day is None and stamps[k].weekdays:
                floor = max(floor, min(_blog_day(anchor, w) for w in stamps[k].weekdays))
            floors[k] = floor
    for s, floor in zip(stamps, floors):
        if s.day is not None:
            late = s.hour is not None and s.hour >= LATE_STAMP_HOUR
            refs.append((s.end, s.day, s.day + dt.timedelta(days=1 if late else 0)))
        elif floor is not None:
            refs.append((s.end, floor, max(floor, refs[0][2])))
    return refs


#: A weekday named as a day of the current week: not "since Saturday" (a state that began
#: then), "last"/"next Monday", "Friday's".
_WEEKDAY_BESIDE = re.compile(r"(?<!since )(?<!last )(?<!next )(?<!this )(?<!until )"
                             r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s*['’]s)")


def _day_of_the_week_beside(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` names a weekday as a day of the current week."""
    left, right = sentence_bounds(text, start, start)
    return _WEEKDAY_BESIDE.search(text, left, right) is not None


def _blog_day(anchor: dt.date, weekday: int) -> dt.date:
    """The day a live-blog stamp's weekday names: the first such day from the publication day on."""
    return anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7)


def find_dates(text: str, published: dt.date | dt.datetime | str) -> list[Timex]:
    """Temporal expressions of ``text`` resolved against the publication date.

    Sorted by start offset and non-overlapping; ``text[t.start:t.end] == t.text``.
    """
    anchor = _anchor(published)
    if not text:
        return []
    kept = select(tag(text))
    extend(text, kept)
    refs = _references(anchor, mark_roles(text, kept))
    _clock_numbers(text, kept, anchor)
    out = []
    ctx: dict = {}
    aside: dict = {}
    r = 0
    for k, c in enumerate(kept):
        while r + 1 < len(refs) and refs[r + 1][0] <= c.start:
            r += 1
            if refs[r][1] != refs[r - 1][1]:
                ctx = {"sentences": ctx.get("sentences", {})}  # another story: nothing said before refers
        anchor, ctx["past_end"] = refs[r][1], refs[r][2]
        if k + 1 < len(kept):
            _date_after_clock(text, c, kept[k + 1])
            _day_after_clock(text, kept, k)
            _quarter_ending(text, c, kept[k + 1])
            _link_range(text, c, kept[k + 1])
            _restated(text, c, kept[k + 1])
        try:
            # names and furniture are no reference for the dates after them: a context of their own
            context = ctx if c.role is None else aside
            if c.role == "clock" and ctx.get("day_at", -10**9) < c.start - DAY_CONTEXT_CHARS:
                ctx.pop("day", None)  # read as a year, a clock time still ended the day last named
            run = _weekday_run(text, kept, k)
            if run:
                _settle_weekdays(text, run, anchor, context)
            if c.range_end is not None:
                _settle_range(text, c, anchor, context)
            out.append(_to_timex(text, c, anchor, context))
        except (ValueError, OverflowError, KeyError):
            continue  # an impossible date ("February 30") is not a date
    return out
