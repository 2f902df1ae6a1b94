"""Normalizers: read one rule's match into a (possibly underspecified) value.

A normalizer never looks at the publication date. What it cannot know
alone ("Friday", "in September", "last year") it returns as a ``Pending``
request that ``resolve.py`` settles against the anchor and the tense.
A normalizer returns ``None`` to reject a match (a false friend).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import vocab


@dataclass(frozen=True)
class Pending:
    """An underspecified value: the resolver to call and its arguments."""

    kind: str
    args: tuple = ()


@dataclass(frozen=True)
class Raw:
    """What a match means before resolution.

    ``start``/``end`` narrow the match when TimeML's span is shorter than
    what the rule needs to see ("a 10-year" -> "10-year").
    """

    type: str
    value: str | Pending
    mod: str | None = None
    start: int | None = None
    end: int | None = None


def _word(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").lower()).strip().rstrip(".")


def month_of(s: str) -> int:
    return vocab.MONTHS[_word(s)]


def weekday_of(s: str) -> int:
    return vocab.WEEKDAYS[_word(s)]


def number_of(s: str) -> float | None:
    """A cardinal in digits or words; ``None`` for vague quantities."""
    w = _word(s)
    if w in vocab.VAGUE_NUMBERS:
        return None
    if w in vocab.NUMBERS:
        return vocab.NUMBERS[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+1/2)?", w)
    if m:
        return float(m.group(1)) + (0.5 if "1/2" in w else 0)
    total = 0
    for part in re.split(r"[\s-]+", w):
        if part not in vocab.NUMBERS:
            return None
        total += vocab.NUMBERS[part]
    return total


def _is_capitalized(s: str) -> bool:
    return s[:1].isupper()


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z'-]+)\W*$", text[max(0, start - 30):start])
    return m.group(1).lower().rstrip("-") if m else ""  # "end-March": "end"


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\W*([A-Za-z'-]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


# --- absolute dates ----------------------------------------------------------

def n_ymd(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("month") and not _is_capitalized(g["month"]):
        return None
    month = int(g["mnum"]) if g.get("mnum") else month_of(g["month"]) if g.get("month") else None
    day = int(g["day"]) if g.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = g.get("year")
    if year and len(year) == 2:
        year = ("19" if int(year) > 40 else "20") + year
    if g.get("month") and day is not None and not year:
        # "May 5" is fine, but "may 2" in running text needs the capital.
        if _word(g["month"]) in vocab.AMBIGUOUS_MONTHS and "." not in g["month"] and \
                _word(g["month"]) == "may" and _previous_word(text, m.start()) in ("", "i", "we", "they", "it"):
            return None
    if year is None:
        if g.get("weekday") and day is not None:
            # "Monday, Oct. 26": the year in which that day is that weekday
            return Raw("DATE", Pending("month_weekday", (month, day, weekday_of(g["weekday"]))))
        return Raw("DATE", Pending("month", (month, day)))
    if day is None:
        return Raw("DATE", f"{year}-{month:02d}")
    value = f"{year}-{month:02d}-{day:02d}"
    if g.get("hour"):
        return Raw("TIME", f"{value}T{g['hour']}:{g['minute']}")
    return Raw("DATE", value)


def n_week_of(m: re.Match, text: str) -> Raw | None:
    """"the week of March 6": the (ISO) week that contains that day."""
    if not _is_capitalized(m.group("month")):
        return None
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    return Raw("DATE", Pending("week_of", (month_of(m.group("month")), day, year)))


def n_month(m: re.Match, text: str) -> Raw | None:
    name = m.group("month")
    if not _is_capitalized(name):
        return None
    w = _word(name)
    if len(w) <= 4 and w not in ("june", "july", "may", "sept") and "." not in name:
        return None  # "Jan", "Aug" alone: names and abbreviations of other things
    if w in vocab.AMBIGUOUS_MONTHS and _previous_word(text, m.start()) not in vocab.MONTH_LICENSORS:
        return None
    return Raw("DATE", Pending("month", (vocab.MONTHS[w], None)))


def n_month_relyear(m: re.Match, text: str) -> Raw | None:
    if not _is_capitalized(m.group("month")):
        return None
    offset = {"this": 0, "last": -1, "next": 1}[_word(m.group("yrel"))]
    return Raw("DATE", Pending("month_in_year", (month_of(m.group("month")), offset)))


def n_relative_month(m: re.Match, text: str) -> Raw | None:
    if not _is_capitalized(m.group("month")):
        return None
    rel = _word(m.group("rel"))
    offset = vocab.RELATIVE_WORDS.get(rel, 0)
    if rel == "this past":
        offset = -1
    the = re.search(r"\bthe\s+$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE)
    if rel in ("previous", "preceding", "prior", "following") and the:
        # "the previous November": counted from the date last mentioned, not from the anchor
        start = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - the.start())
        return Raw("DATE", Pending("month_anaphor", (month_of(m.group("month")), offset)), start=start)
    return Raw("DATE", Pending("relative_month", (month_of(m.group("month")), offset)))


#: A flu strain's code written next to a year makes the year part of the virus's
#: name: "the 2009 A(H1N1) virus", "pandemic (H1N1) 2009", "H1N1 (2009)", "the 1918
#: H1N1 strain" (the corpus's tokenized brackets, -LRB- -RRB-, too).
_STRAIN_AFTER = re.compile(r"\s*(?:A\s*)?(?:\(|-LRB-)?\s*H\d{1,2}N\d{1,2}\b", re.IGNORECASE)
_STRAIN_BEFORE = re.compile(r"\bH\d{1,2}N\d{1,2}\s*(?:\)|-RRB-)?\s*(?:\(|-LRB-)?\s*$", re.IGNORECASE)


def n_year(m: re.Match, text: str) -> Raw | None:
    year = int(m.group("year"))
    if _STRAIN_AFTER.match(text, m.end()) or _STRAIN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # a virus's name, not a date
    nxt = _next_word(text, m.end())
    if not m.groupdict().get("fiscal") and (nxt in vocab.COUNT_NOUNS or text[m.end():m.end() + 1] in "%$"):
        return None
    if _previous_word(text, m.start()) in vocab.LABEL_NOUNS:
        return None  # "Resolution 1701", "Flight 1549"
    if re.search(r"(?:©|\(c\)|copyright)\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
        return None  # page furniture: "© 2024 Reuters"
    if not 1600 <= year <= 2099:
        return None
    return Raw("DATE", f"{year:04d}")


def n_fiscal_short(m: re.Match, text: str) -> Raw | None:
    """"FY24": fiscal 2024 (a two-digit year after 50 is the 1900s)."""
    if m.group(0)[:2] != "FY":
        return None  # "fy" in lower case is no fiscal year
    yy = int(m.group("yy"))
    return Raw("DATE", f"{1900 + yy if yy > 50 else 2000 + yy:04d}")


_YEAR_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                   "seventy": 70, "eighty": 80, "ninety": 90}


def n_year_words(m: re.Match, text: str) -> Raw | None:
    words = [w for w in re.split(r"[\s-]+", _word(m.group("yearwords"))) if w != "and"]
    if words[0] == "nineteen":
        rest = words[1:]
        year = 1900 + sum(_YEAR_WORD_TENS.get(w, vocab.NUMBERS.get(w, 0)) for w in rest)
    else:
        rest = words[2:]
        year = 2000 + sum(_YEAR_WORD_TENS.get(w, vocab.NUMBERS.get(w, 0)) for w in rest)
        if not rest and not m.group(0).lower().startswith("the year") and not m.groupdict().get("month"):
            return None  # "two thousand" is usually a count
    g = m.groupdict()
    if g.get("month"):
        if not _is_capitalized(g["month"]):
            return None
        return Raw("DATE", f"{year}-{month_of(g['month']):02d}")
    if g.get("season"):
        return Raw("DATE", f"{year}-{vocab.SEASONS[_word(g['season'])]}")
    return Raw("DATE", f"{year}")


_WORD_DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def n_decade(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("decade"):
        return Raw("DATE", g["decade"][:3])
    digit = int(g["sdecade"][0]) if g.get("sdecade") else _WORD_DECADES[_word(g["wdecade"])]
    # "the '90s" / "the nineties": the 20th century's decade (news convention).
    return Raw("DATE", Pending("decade", (digit,)))


def n_century(m: re.Match, text: str) -> Raw | None:
    n = int(m.group("century"))
    if not 1 <= n <= 21:
        return None
    return Raw("DATE", f"{n - 1:02d}")


def n_season(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    code = vocab.SEASONS[_word(g["season"])]
    if g.get("year"):
        return Raw("DATE", f"{g['year']}-{code}")
    if g.get("yrel"):  # "the fall of last year"
        if _word(g["season"]) in vocab.SEASON_NOUNS and not re.match(r"the\s|\w+\s+of\s", m.group(0), re.I):
            return None  # "whose anniversaries fall this year": a verb
        return Raw("DATE", Pending("season_in_year", (code, {"this": 0, "last": -1, "next": 1}[_word(g["yrel"])])))
    if g.get("rel"):
        rel = _word(g["rel"])
        offset = -1 if rel == "this past" else vocab.RELATIVE_WORDS.get(rel, 0)
        return Raw("DATE", Pending("relative_season", (code, offset)))
    # A bare season word: "fall" and "spring" are also verbs and nouns, so
    # only a determiner or a time preposition makes them a season, and never
    # when something's follows ("the fall of Assad", "the spring of discontent").
    following = _next_word(text, m.end())
    if following == "of" or (_word(g["season"]) in vocab.SEASON_NOUNS and following in vocab.SEASON_NOUNS[_word(g["season"])]):
        return None  # "the fall of Assad", "the fall in prices", "the spring from which ..."
    has_the = m.group(0).lower().startswith("the")
    prev = _previous_word(text, m.start())
    if not has_the and prev not in ("in", "during", "this", "by", "since", "until", "early", "late", "mid", "of", "through"):
        return None
    if has_the and prev not in ("in", "during", "by", "since", "until", "over", "of", "through", "for", "before", "after"):
        return None
    return Raw("DATE", Pending("season", (code,)))


def n_quarter(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("qnum"):
        q = int(g["qnum"])
    else:
        q = vocab.ORDINALS[_word(g["ord"])]
        if q > 4:
            return None
    start = None
    if m.group(0)[:4].lower() == "the " and re.search(r"[a-z]-quarter", m.group(0), re.I):
        start = m.start() + 4  # "the third-quarter loss": TimeML tags the adjective only
    year = g.get("year") or g.get("year2")
    if year:
        return Raw("DATE", f"{year}-Q{q}", start=start)
    rel = g.get("yrel") or g.get("yrel2")
    # no year named: None, the nearest such quarter ("profits fell in the fourth
    # quarter", written in January, is last year's)
    offset = {"this": 0, "last": -1, "next": 1}.get(_word(rel)) if rel else None
    return Raw("DATE", Pending("quarter", (q, offset)), start=start)


def n_period_anaphor(m: re.Match, text: str) -> Raw | None:
    """"the quarter", "the latest period", "the year-ago quarter", "the 1988 period"."""
    g = m.groupdict()
    if g.get("year"):
        return Raw("DATE", Pending("period_of_year", (int(g["year"]),)))
    if g.get("current"):
        return Raw("DATE", Pending("relative", ("quarter", 0)))  # "the current quarter": the anchor's
    back = 1 if g.get("ago") or g.get("ago2") else 0
    return Raw("DATE", Pending("quarter_anaphor", (back, bool(g.get("latest")))))


def n_year_part(m: re.Match, text: str) -> Raw | None:
    """"year-end", "the end of the year", "the beginning of the month"."""
    g = m.groupdict()
    unit = _word(g.get("unit")) or "year"
    part = _word(g.get("part")) or "end"
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[part.split()[-1]]
    return Raw("DATE", Pending("relative", (unit, 0)), mod=mod)


def n_weekend(m: re.Match, text: str) -> Raw | None:
    return Raw("DATE", Pending("weekend", ()))


def n_half(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    h = int(g["hnum"]) if g.get("hnum") else (1 if _word(g["half"]) in ("first", "1st") else 2)
    if g.get("year"):
        return Raw("DATE", f"{g['year']}-H{h}")
    offset = {"this": 0, "last": -1, "next": 1}.get(_word(g.get("yrel")), 0)
    return Raw("DATE", Pending("half", (h, offset)))


def n_holiday(m: re.Match, text: str) -> Raw | None:
    name = _word(m.group("holiday"))
    if not _is_capitalized(m.group("holiday")):
        return None
    if name in vocab.MOVEABLE_HOLIDAYS:
        month, weekday, nth = vocab.MOVEABLE_HOLIDAYS[name]
        if m.group("year"):
            return Raw("DATE", nth_weekday(int(m.group("year")), month, weekday, nth))
        return Raw("DATE", Pending("holiday", (month, weekday, nth)))
    month, day = vocab.HOLIDAYS[name]
    if m.group("year"):
        return Raw("DATE", f"{m.group('year')}-{month:02d}-{day:02d}")
    return Raw("DATE", Pending("month", (month, day)))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> str:
    """The n-th ISO weekday of a month (n = -1: the last; 0: the Tuesday after the first Monday)."""
    import calendar
    import datetime as dt

    if nth == 0:
        first_monday = dt.date.fromisoformat(nth_weekday(year, month, 1, 1))
        return (first_monday + dt.timedelta(days=1)).isoformat()
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else -1]).isoformat()


def n_the_year(m: re.Match, text: str) -> Raw | None:
    """"the full year", "the fiscal year": this year; "for the year", "the year ended
    June 30", "throughout the fiscal year": a year's length."""
    if _next_word(text, m.end()) in ("ended", "ending", "to", "through"):
        return Raw("DURATION", "P1Y")
    prev = _previous_word(text, m.start())
    if prev == "throughout" or (prev in ("for", "over") and not m.group("which")):
        return Raw("DURATION", "P1Y")
    if re.search(r"\bYear$", m.group(0)) and not m.group("which"):
        return None  # a title: "Minister of the Year", "Album of the Year"
    if not m.group("which"):
        return Raw("DATE", Pending("year_of_sentence", ()))  # "In 1992, the year the party lost"
    return Raw("DATE", Pending("relative", ("year", 0)))


def n_unit_long(m: re.Match, text: str) -> Raw | None:
    unit = _unit_of(m.group("unit"))
    n = None if m.group("plural") else 1
    return Raw("DURATION", _duration_value(n, unit))


# --- relative dates ----------------------------------------------------------

def n_day_word(m: re.Match, text: str) -> Raw | None:
    if text[m.end():m.end() + 2] in ("'s", "’s") and _word(m.group("dayword")) == "today":
        return None  # "today's youth": the present in general
    return Raw("DATE", Pending("day", (vocab.DAY_WORDS[_word(m.group("dayword"))], None)))


def n_day_part(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("tonight"):
        if _word(g["tonight"]) == "overnight":  # the night of the day under discussion
            return Raw("TIME", Pending("day_part_in_context", ("NI",)))
        return Raw("TIME", Pending("day", (0, "NI")))
    part = vocab.DAY_PARTS[_word(g["part"])]
    if g.get("pmod"):  # "mid-afternoon", "early morning yesterday"
        offset = vocab.DAY_WORDS.get(_word(g.get("dayword")), 0)
        return Raw("TIME", Pending("day", (offset, part)), mod=vocab.PART_MODIFIERS[_word(g["pmod"])][0])
    word = _word(g.get("dayword") or g.get("prel"))
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word == "last" and part != "NI":
        return None
    return Raw("TIME", Pending("day", (offset, part)))


#: A capitalized word after a weekday, and one before "on" and a weekday.
_TITLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+on[ \t]+$")


#: What may follow a newspaper's name before the verb of its report: "the Sunday Times
#: newspaper said", "the Sunday Times of London reported", "The Sunday Times earlier reported".
_PAPER_VERB_AFTER = re.compile(r"(?:[ \t]+(?:newspaper|of[ \t]+London|also|earlier|has|had))*[ \t]+([a-z]+)\b")
#: ... and what may precede it when the paper is spoken to: "told Britain 's Sunday Times",
#: "speaking to the UK's Sunday Telegraph", "an interview with the Sunday Times".
_PAPER_TOLD_BEFORE = re.compile(r"\b(?:told|to|with)[ \t]+(?:the[ \t]+)?(?:(?:the[ \t]+)?(?:Britain|London|UK)[ \t]*['’]s[ \t]+"
                                r"|British[ \t]+)?$")


def _newspaper(m: re.Match, text: str) -> tuple[int, int] | None:
    """The span of a newspaper's name a weekday is part of: "the Sunday Times", "the Mail on Sunday"."""
    if m.group("rel") or m.group("part"):
        return None
    after = _TITLE_AFTER.match(text, m.end())
    if after and after.group(1) in vocab.WEEKDAY_TITLE_HEADS:
        return m.start(), after.end()
    before = _TITLE_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before and before.group(1) in vocab.SUNDAY_TITLE_HEADS and m.group("weekday") == "Sunday":
        return before.start(), m.end()
    return None


def _paper_reports(text: str, start: int, end: int) -> bool:
    """Whether a weekly paper named at ``start:end`` reports or is told something: its day
    is then the day of the issue ("the Sunday Times reported", "told the Sunday Times")."""
    verb = _PAPER_VERB_AFTER.match(text, end)
    return bool(verb and verb.group(1) in vocab.REPORTING_VERBS
                or _PAPER_TOLD_BEFORE.search(text, max(0, start - 40), start))


def n_weekday(m: re.Match, text: str) -> Raw | None:
    name = m.group("weekday")
    if not _is_capitalized(name):
        return None
    paper = _newspaper(m, text)
    if paper and not _paper_reports(text, *paper):
        # "Sunday Times reporter Marie Colvin", "the editor of the Sunday Times": a name;
        # but "the Sunday Times reported" dates the report by the paper's day
        return None
    rel = _word(m.group("rel"))
    part = vocab.DAY_PARTS[_word(m.group("part"))] if m.group("part") else None
    the = re.search(r"\bthe\s+$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE)
    if rel in ("previous", "preceding", "prior", "following") and the:
        # "the previous Friday": counted from the day last mentioned, not from the anchor
        offset = 1 if rel == "following" else -1
        start = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - the.start())
        return Raw("DATE", Pending("weekday_anaphor", (weekday_of(name), offset, part)), start=start)
    offset = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1,
              "this coming": 1, "following": 1, "upcoming": 1}.get(rel, 0)
    # TimeBank annotates "Friday morning" as a DATE more often than a TIME
    return Raw("DATE", Pending("weekday", (weekday_of(name), offset, part)))


def n_weekday_of_week(m: re.Match, text: str) -> Raw | None:
    """"Tuesday of last week", "Friday next week": that day of the week named."""
    if not _is_capitalized(m.group("weekday")):
        return None
    part = vocab.DAY_PARTS[_word(m.group("part"))] if m.group("part") else None
    offset = {"last": -1, "next": 1, "this": 0}[_word(m.group("wrel"))]
    return Raw("DATE", Pending("weekday_in_week", (weekday_of(m.group("weekday")), offset, part)))


def n_relative_unit(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    unit = _word(g["unit"])
    rel = _word(g["rel"])
    _word(m.group(0))
    offset = -1 if rel == "this past" else vocab.RELATIVE_WORDS.get(rel, 0)
    return Raw("DATE", Pending("relative", (unit, offset)))


def n_anaphoric_unit(m: re.Match, text: str) -> Raw | None:
    """"that year", "the following day", "later that month": relative to the date last mentioned."""
    g = m.groupdict()
    unit = _word(g["unit"])
    rel = _word(g.get("arel")) or "same"
    offset = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "next": 1}.get(rel, 0)
    if rel == "next" and unit != "day":
        return None  # "the next year" is mostly the anchor's next year: the relative rule reads it
    mod = {"earlier": "START", "later": "END"}.get(_word(g.get("part")))
    return Raw("DATE", Pending("anaphor", (unit, offset)), mod=mod)


def n_anaphoric_day_part(m: re.Match, text: str) -> Raw | None:
    """"later in the day", "in the evening": the day last mentioned (or the anchor), as news uses them."""
    mod = {"earlier": "START", "later": "END"}.get(_word(m.groupdict().get("part")))
    return Raw("DATE", Pending("anaphor", ("day", 0)), mod=mod)


def n_day_before_after(m: re.Match, text: str) -> Raw | None:
    """"the day before", "the day after": the day next to the day last mentioned."""
    offset = -1 if _word(m.group("dir")) == "before" else 1
    return Raw("DATE", Pending("anaphor", (_word(m.group("unit")), offset)))


def n_anaphoric_part(m: re.Match, text: str) -> Raw | None:
    """"the next morning", "that night": the day last mentioned (or the next one).

    Valued as the day, as TimeBank does ("the next morning" -> the next day).
    """
    g = m.groupdict()
    offset = {"next": 1, "following": 1, "previous": -1}.get(_word(g.get("arel")), 0)
    return Raw("DATE", Pending("anaphor", ("day", offset)))


def _duration_value(n: float | None, unit: str) -> str:
    code, clock = vocab.UNITS[unit]
    if n is None:
        return vocab.VAGUE_UNIT_VALUES[code]
    letter, mult = vocab.DURATION_UNITS[code]
    n = n * mult
    if n != int(n):
        return _fractional_duration(n, letter, clock)
    return f"P{'T' if clock else ''}{int(n)}{letter}"


#: How a fraction of a unit is written in the next smaller one: (unit, per unit, is clock).
_SMALLER_UNIT = {("Y", False): ("M", 12, False), ("M", False): ("D", 30, False),
                 ("W", False): ("D", 7, False), ("D", False): ("H", 24, True),
                 ("H", True): ("M", 60, True), ("M", True): ("S", 60, True)}


def _fractional_duration(n: float, letter: str, clock: bool) -> str:
    """"2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S, "1.5 weeks" -> P10DT12H."""
    whole, part = int(n), n - int(n)
    smaller = _SMALLER_UNIT.get((letter, clock))
    if smaller is None:
        return f"P{'T' if clock else ''}{n:g}{letter}"
    small, per, small_clock = smaller
    amount = part * per
    if letter == "W":  # weeks do not mix with days in ISO 8601: all in days
        return _fractional_duration(n * 7, "D", False) if (n * 7) != int(n * 7) else f"P{int(n * 7)}D"
    head = f"{whole}{letter}" if whole else ""
    if amount != int(amount):
        return f"P{'T' if clock else ''}{n:g}{letter}"
    if clock:
        return f"PT{head}{int(amount)}{small}"
    if small_clock:
        return f"P{head}T{int(amount)}{small}"
    return f"P{head}{int(amount)}{small}"


def _unit_of(s: str) -> str:
    w = _word(s)
    if w in ("centuries",):
        return "century"
    if w == "millennia":
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in vocab.UNITS else w


def n_ago(m: re.Match, text: str) -> Raw | None:
    n = number_of(m.group("num"))
    unit = _unit_of(m.group("unit"))
    direction = _word(m.group("dir"))
    if direction in ("later", "before", "after"):
        # "three days later": a length measured from an event, not from the anchor
        return Raw("DURATION", _duration_value(n, unit), end=m.start("dir") - 1)
    sign = 1 if direction in ("from now", "hence") else -1
    if n is None:
        return Raw("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit in ("second", "minute", "hour"):
        return Raw("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    mod = "APPROX" if m.groupdict().get("orso") else None
    if direction == "earlier" and unit in ("day", "night", "week"):
        # "two days earlier": before the day last mentioned (the anchor if none)
        return Raw("DATE", Pending("days_earlier", (unit, n)), mod=mod)
    return Raw("DATE", Pending("ago", (unit, sign * n)), mod=mod)


def n_ago_day(m: re.Match, text: str) -> Raw | None:
    """"four years ago Wednesday": that weekday (or day), the given years earlier."""
    n = number_of(m.group("num"))
    if n is None or n != int(n):
        return None
    g = m.groupdict()
    if g.get("aunit"):  # "a year ago this month": the anchor's month, n years back
        return Raw("DATE", Pending("years_before_unit", (_word(g["aunit"]), int(n))))
    if g.get("weekday"):
        day = Pending("weekday", (weekday_of(g["weekday"]), 0, None))
    else:
        day = Pending("day", (vocab.DAY_WORDS[_word(g["dayword"])], None))
    return Raw("DATE", Pending("years_before", (day, int(n))))


def n_vague_ago(m: re.Match, text: str) -> Raw | None:
    direction = _word(m.group("dir"))
    if direction in ("later", "before", "after"):
        unit = _unit_of(m.group("unit"))
        return Raw("DURATION", vocab.VAGUE_UNIT_VALUES[vocab.UNITS[unit][0]], end=m.start("dir") - 1)
    return Raw("DATE", "FUTURE_REF" if direction in ("later", "from now", "hence") else "PAST_REF")


def n_year_ago(m: re.Match, text: str) -> Raw | None:
    return Raw("DATE", Pending("ago", (_word(m.group("yearago")), -1)))


def n_reference(m: re.Match, text: str) -> Raw | None:
    word = _word(m.group("ref"))
    window = text[max(0, m.start() - 12):m.end() + 12].lower()
    for idiom in vocab.REFERENCE_IDIOMS:
        if idiom in window and word in idiom:
            return None
    return Raw("DATE", vocab.REFERENCE_WORDS[word])


# --- durations, sets, clock times ----------------------------------------------

def n_duration(m: re.Match, text: str) -> Raw | None:
    num = _word(m.group("num"))
    n = number_of(num)
    unit_word = _word(m.group("unit"))
    unit = _unit_of(unit_word)
    if m.group("suffix") and _word(m.group("suffix")) == "old":
        return None  # ages: "a 6-year-old", "52 years old"
    if unit == "second" and num in ("a", "an", "one"):
        return None  # "a second time"
    if unit == "quarter" and _next_word(text, m.end()) == "of":
        return None  # "three-quarters of the vote"
    if num in ("a", "an") and not m.group("drel") and not m.group("det"):
        before = text[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:\bonce|\btwice|\btimes)\W*$", before):
            return None  # "twice a year": the set rule takes it whole
        if re.search(r"[\d%]\W*$", before) or _previous_word(text, m.start()) in vocab.RATE_WORDS:
            return None  # "$2 million a year": a rate, which the corpora leave untagged
    start = None
    det = m.group("det")
    plural = text[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if plural and num in ("a", "an"):
        return None  # "a decades-long war": the article goes with the noun
    if det and not m.group("drel") and not plural and n is not None and n > 1:
        start = m.start("num")  # adjectival "a 10-year plan": TimeML tags "10-year"
    return Raw("DURATION", _duration_value(n, unit), start=start)


def n_half_duration(m: re.Match, text: str) -> Raw | None:
    unit = _unit_of(m.group("unit"))
    whole = m.group(0).lower()
    n = 1.5 if "and a half" in whole else 0.5
    code, _clock = vocab.UNITS[unit]
    if n == 0.5:
        half = {"H": "PT30M", "D": "PT12H", "Y": "P6M", "DE": "P5Y", "CE": "P50Y"}[code]
        return Raw("DURATION", half)
    return Raw("DURATION", _duration_value(n, unit))


def n_vague_duration(m: re.Match, text: str) -> Raw | None:
    unit = _unit_of(m.group("unit"))
    # "recent years", "coming months": an unspecified length (TimeBank, 6 to 4 for "recent");
    # "the past weeks", "the last few months": the recent past (TimeBank, 3 to 1)
    if _word(m.groupdict().get("vrel")) in ("past", "last", "previous"):
        return Raw("DATE", "PAST_REF")
    return Raw("DURATION", vocab.VAGUE_UNIT_VALUES[vocab.UNITS[unit][0]])


def n_a_while(m: re.Match, text: str) -> Raw | None:
    """"for a while": a length of unknown unit (TimeML PXX)."""
    return Raw("DURATION", "PXX")


def n_set(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("setword"):
        follower = re.match(r"[ \t]+([a-z][a-z-]*)", text[m.end():m.end() + 30])
        if follower and follower.group(1) not in vocab.SET_ADVERB_FOLLOWERS:
            return None  # an adjective: "a quarterly dividend", "the daily newspaper"
        return Raw("SET", vocab.SET_WORDS[_word(g["setword"])])
    if g.get("parts"):  # "Tuesday nights"
        part = vocab.DAY_PARTS[_word(g["parts"])[:-1]]
        return Raw("SET", f"XXXX-WXX-{weekday_of(g['weekdays'])}T{part}")
    if g.get("weekdays"):
        return Raw("SET", f"XXXX-WXX-{weekday_of(_word(g['weekdays'])[:-1])}")
    if g.get("month"):  # "every July"
        if not _is_capitalized(g["month"]):
            return None
        return Raw("SET", f"XXXX-{month_of(g['month']):02d}")
    if g.get("season"):  # "each summer"
        return Raw("SET", f"XXXX-{vocab.SEASONS[_word(g['season'])]}")
    if g.get("part"):  # "every morning"
        return Raw("SET", f"XXXX-XX-XXT{vocab.DAY_PARTS[_word(g['part'])]}")
    if g.get("weekday"):
        return Raw("SET", f"XXXX-WXX-{weekday_of(g['weekday'].rstrip('s'))}")
    unit = _unit_of(g["unit"])
    n = number_of(g["num"]) if g.get("num") else 1
    if g.get("other"):
        n = 2
    return Raw("SET", _duration_value(n or 1, unit))


#: A date written just before a digit-only clock time makes it a timestamp
#: ("March 5, 2012 10:30", "03 February 12 17:03").
_DATE_BEFORE_CLOCK = re.compile(r"(?:\b(?:19|20)\d\d|\b[A-Za-z]{3,9}\.?\s+\d\d)[,.]?\s+(?:at\s+)?$")


#: ... or just after it ("09:15, 4 March 2013", "10:30 GMT, Mon 3 Feb 2012").
_DATE_AFTER_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z][a-z]{2,8}\.?,?[ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
                               r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?)[ \t]+(?:19|20)\d\d\b")


def n_clock(m: re.Match, text: str) -> Raw | None:
    g = m.groupdict()
    if g.get("named"):
        hhmm = vocab.CLOCK_WORDS[_word(g["named"])]
    elif g.get("hour24"):
        hhmm = f"{int(g['hour24']):02d}:{g['minute24']}"
    elif g.get("hour3"):  # "4 in the morning", "9 o'clock in the evening"
        hour = int(g["hour3"]) % 12 + (12 if _word(g["pp"]) in ("afternoon", "evening") or
                                        (_word(g["pp"]) == "night" and int(g["hour3"]) >= 6) else 0)
        hhmm = f"{hour:02d}:00"
    elif g.get("hour2"):
        hhmm = f"{int(g['hour2']):02d}:{g['minute2']}"
        if not g.get("tz") and not g.get("weekday") and not g.get("dayword") and \
                not _DATE_BEFORE_CLOCK.search(text, max(0, m.start() - 40), m.start()) and \
                not _DATE_AFTER_CLOCK.match(text, m.end()):
            return None  # "3:2" scores and ratios; but "March 5, 2012 10:30" is a timestamp
    else:
        hour = int(g["hour"])
        if not 1 <= hour <= 12:
            return None
        pm = g["ampm"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
        hhmm = f"{hour:02d}:{g['minute'] or '00'}"
    day: Pending
    if g.get("month") and g.get("day"):
        day = Pending("month", (month_of(g["month"]), int(g["day"])))
    elif g.get("weekday"):
        day = Pending("weekday", (weekday_of(g["weekday"]), 0, None))
    elif g.get("dayword"):
        day = Pending("day", (vocab.DAY_WORDS[_word(g["dayword"])], None))
    else:
        day = Pending("same_day", ())
    return Raw("TIME", Pending("clock", (day, hhmm)))


#: Normalizer per rule (the ``normalizer`` field of ``rules.Rule``).
NORMALIZERS: dict[str, Callable[[re.Match, str], Raw | None]] = {
    "ymd": n_ymd, "week_of": n_week_of, "month": n_month, "month_relyear": n_month_relyear,
    "relative_month": n_relative_month, "year": n_year, "fiscal_short": n_fiscal_short, "year_words": n_year_words,
    "decade": n_decade, "century": n_century, "season": n_season, "quarter": n_quarter,
    "half": n_half, "holiday": n_holiday, "day_word": n_day_word, "day_part": n_day_part,
    "weekday": n_weekday, "weekday_of_week": n_weekday_of_week, "relative_unit": n_relative_unit, "anaphoric_unit": n_anaphoric_unit,
    "anaphoric_part": n_anaphoric_part, "day_before_after": n_day_before_after,
    "anaphoric_day_part": n_anaphoric_day_part,
    "ago": n_ago, "vague_ago": n_vague_ago, "ago_day": n_ago_day, "year_ago": n_year_ago,
    "reference": n_reference, "the_year": n_the_year, "unit_long": n_unit_long,
    "period_anaphor": n_period_anaphor, "year_part": n_year_part, "weekend": n_weekend,
    "duration": n_duration, "half_duration": n_half_duration, "a_while": n_a_while,
    "vague_duration": n_vague_duration, "set": n_set, "clock": n_clock,
}
