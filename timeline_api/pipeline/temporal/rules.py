"""The rule table: what a temporal expression looks like, one example each.

Each rule is a regular expression written with macros (``{MONTH}``,
``{DAY}``, ``{YEAR}`` ...) that expand to alternations of the vocabulary in
``vocab.py``, the name of the normalizer that reads its match
(``normalize.NORMALIZERS``) and one example the tests check it matches.
The tagger runs every rule, keeps the longest non-overlapping matches and
then extends them with the modifiers of ``vocab.PART_MODIFIERS`` and
``vocab.APPROX_MODIFIERS``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocab


def _alternation(words) -> str:
    """Regex alternation of words, longest first, spaces matching any blank."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_NUMBER_WORDS = [w for w in vocab.NUMBERS if " " not in w or w.startswith("a ")
                 or w in ("couple of", "half a")]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_UNIT_WORDS = list(vocab.UNITS) + ["centuries", "millennia"]

#: Pattern macros. Each expands to one named group.
MACROS: dict[str, str] = {
    # abbreviations take an optional period; full names never swallow a full stop
    "MONTH": r"(?P<month>(?:%s)(?![a-z])|(?:%s)(?![a-z])\.?)" % (
        _alternation(w for w in vocab.MONTHS if len(w) > 4 or w in ("may", "june", "july")),
        _alternation(w for w in vocab.MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))),
    "WEEKDAY": r"(?P<weekday>(?:%s)\b|(?:tues|thurs)\b\.?)" % _alternation(
        w for w in vocab.WEEKDAYS if len(w) > 5),
    "DAY": r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b",
    "YEAR": r"(?P<year>(?:1[6-9]|20)\d\d)\b",
    "YEAR2": r"(?P<year2>(?:1[6-9]|20)\d\d)\b",
    "NUM": r"(?P<num>\d+(?:\.\d+)?(?:\s+1/2)?|(?:%s)(?:[\s-]+(?:%s))?|%s|%s)" % (
        _TENS, _ONES, _alternation(vocab.VAGUE_NUMBERS), _alternation(_NUMBER_WORDS)),
    "UNIT": r"(?P<unit>%s)" % _alternation(_UNIT_WORDS),
    "SEASON": r"(?P<season>%s)" % _alternation(vocab.SEASONS),
    "ORD": r"(?P<ord>%s)" % _alternation(vocab.ORDINALS),
    "REL": r"(?P<rel>this\s+past|this\s+coming|%s)" % _alternation(
        w for w in vocab.RELATIVE_WORDS if not w.startswith("the ")),
    "PART": r"(?P<part>%s)" % _alternation(vocab.DAY_PARTS),
    "DAYWORD": r"(?P<dayword>%s)" % _alternation(vocab.DAY_WORDS),
    "CLOCK": (r"(?P<clock>(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*"
              r"(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)|(?P<named>noon|midnight|midday)\b"
              r"|(?P<hour24>[01]\d|2[0-3]):?(?P<minute24>[0-5]\d)\s*(?:GMT|UTC|GMT\b|hours\b|hrs\b)"
              r"|(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)\b)"),
    "YEARWORDS": (r"(?P<yearwords>nineteen[\s-]+(?:%s)(?:[\s-]+(?:%s))?"
                  r"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:%s|ten|eleven|twelve|thirteen|fourteen|fifteen"
                  r"|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(?:%s))?))?)" % (
                      "ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty", _ONES, _ONES, _ONES)),
    "TZ": r"(?:\s+(?P<tz>local\s+time|GMT|UTC|[ECMP][SD]T|ET)\b)?",
    "HOLIDAY": r"(?P<holiday>%s)" % _alternation(list(vocab.HOLIDAYS) + list(vocab.MOVEABLE_HOLIDAYS)),
    "REFWORD": r"(?P<ref>%s)" % _alternation(vocab.REFERENCE_WORDS),
    "SETWORD": r"(?P<setword>%s)" % _alternation(vocab.SET_WORDS),
}


_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


@dataclass(frozen=True)
class Rule:
    """One pattern: its name, regex (with macros), normalizer, an example and its anchor."""

    name: str
    pattern: str
    normalizer: str
    example: str
    anchor: str  # key of ANCHORS: a word every match contains (for the fast scan)

    def compile(self, flags: int = 0) -> re.Pattern:
        """The expanded regex. Without flags it expects lower-cased text
        (the tagger lower-cases once: case-insensitive matching is twice as slow)."""
        expanded = _MACRO_REF.sub(lambda m: MACROS.get(m.group(1), m.group(0)), self.pattern)
        if not flags:
            expanded = _lower_pattern(expanded)
        return re.compile(expanded, flags)


def _lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes (\\S, \\W, \\D) and group names alone."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i):
            j = pattern.index(">", i)
            out.append(pattern[i:j + 1])
            i = j + 1
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


#: Anchors: patterns matched against each lower-case word (or run of digits)
#: of the text; every match of a rule contains a word its anchor matches. The
#: tagger looks for a rule's anchor first and runs the rule only near it,
#: which makes tagging several times faster than running every rule over the
#: whole text (a test checks both ways give the same result).
ANCHORS: dict[str, str] = {
    "digit": r"\d",
    "month": r"\b(?:%s)" % _alternation(vocab.MONTHS),
    "weekday": r"\b(?:mon|tue|wed|thu|fri|sat|sun)",
    "unit": r"\b(?:sec|min|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)",
    "season": r"\b(?:%s)" % _alternation(vocab.SEASONS),
    "period": r"\b(?:quarter|period)",
    "half": r"\bhalf\b",
    "codes": r"\b[qh][1-4]\b",
    "holiday": r"\b(?:%s)" % _alternation({w.split()[0] for w in list(vocab.HOLIDAYS) + list(vocab.MOVEABLE_HOLIDAYS)}),
    "dayword": r"\b(?:today|yesterday|tomorrow|day)\b",
    "daypart": r"\b(?:morning|afternoon|evening|night|overnight|midday|noon|tonight)",
    "year_words": r"\b(?:nineteen|thousand)\b",
    "decade_words": r"[a-z]*ties\b",
    "reference": r"\b(?:%s)" % _alternation({w.split()[-1] for w in vocab.REFERENCE_WORDS}),
    "set": r"\b(?:every|each|per|once|twice|times|%s)\b" % _alternation(vocab.SET_WORDS),
    "a_while": r"\bwhile\b",
    "clock": r"\d|(?:[ap]m?|noon|midnight|midday|gmt|utc|hours|hrs)\b",
}

#: How far (characters) a match may reach before and after its anchor.
ANCHOR_REACH = 48

#: Dates with a day, a month or a year named in digits or words. A comma may stand
#: apart ("25 June , 2009" in tokenized text): the year still belongs to the date.
_ABSOLUTE = [
    Rule("iso_date", r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
         r"(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::\d\d)?)?\b", "ymd", "2024-12-08", "digit"),
    Rule("numeric_date", r"(?<![\d/])(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
         r"(?P<year>(?:19|20)\d\d)\b", "ymd", "12/08/2024", "digit"),
    Rule("weekday_month_day_year", r"\b{WEEKDAY}\s*,?\s+{MONTH}\s*{DAY}(?:\s*,?\s+{YEAR})?",
         "ymd", "Sunday, December 8, 2024", "month"),
    Rule("weekday_day_month_year", r"\b{WEEKDAY}\s*,?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:\s*,?\s+{YEAR})?",
         "ymd", "Sunday 8 December 2024", "month"),
    # a BBC-style dateline opens the text or a line: day, month, two-digit year, clock time
    Rule("dateline_day_month_yy", r"(?:(?<=\n)|(?<![\s\S]))[ \t]*(?:updated:?\s+|published:?\s+)?"
         r"{DAY}\s+{MONTH}\s+(?P<year>\d\d)(?=,?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\b)",
         "ymd", "03 February 12 17:03 GMT", "month"),
    Rule("month_day_year", r"\b{MONTH}\s*{DAY}(?:\s*,\s*|\s+){YEAR}", "ymd", "December 8, 2024", "month"),
    Rule("day_month_year", r"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\s*,?\s+{YEAR}", "ymd",
         "8 December 2024", "month"),
    Rule("week_of", r"\bthe\s+week\s+of\s+{MONTH}\s*{DAY}(?:,?\s+{YEAR})?(?![,.]?\d)", "week_of",
         "the week of March 6", "month"),
    Rule("month_day", r"\b{MONTH}\s*{DAY}(?![,.]?\d)", "ymd", "Dec. 8", "month"),
    Rule("day_month", r"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}", "ymd", "the 8th of December", "month"),
    Rule("month_year", r"\b{MONTH}\s*,?\s+(?:of\s+)?{YEAR}", "ymd", "September 2025", "month"),
    Rule("month_relative_year", r"\b{MONTH}\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b",
         "month_relyear", "September of this year", "month"),
    Rule("relative_year_month", r"\b(?P<yrel>this|last|next)\s+year's\s+{MONTH}",
         "month_relyear", "last year's September", "month"),
    Rule("relative_month", r"\b{REL}\s+{MONTH}(?!\s*\d)", "relative_month", "last November", "month"),
    Rule("month", r"\b{MONTH}", "month", "in September", "month"),
    # a year is not part of a number, an amount or a code; "2014-15" and "2014-2016" are ranges
    Rule("year", r"(?:(?<=\d{4}[-–])|(?<=mid-)|(?<=early-)|(?<=late-)|(?<=end-)|(?<![\w$£€#.,/:–-]))"
         r"(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar\s+year|FY)\s*)?"
         r"{YEAR}(?![%/]|[.,:]\d|[-–]\d(?!\d(?:\d\d)?\b)|\s*(?:%|percent))", "year", "in 2014", "digit"),
    # "FY24", "FY 2024-25" is FY2024 (the year the fiscal year is named after comes first)
    Rule("fiscal_short", r"\bFY[\s-]?'?(?P<yy>\d\d)(?![\d%/])\b", "fiscal_short", "FY24", "digit"),
    Rule("year_words", r"\b(?:the\s+year\s+)?{YEARWORDS}\b", "year_words", "nineteen ninety-six", "year_words"),
    Rule("month_year_words", r"\b{MONTH},?\s+(?:of\s+)?{YEARWORDS}\b", "year_words",
         "January nineteen ninety-seven", "year_words"),
    Rule("season_year_words", r"\b(?:the\s+)?{SEASON}\s+(?:of\s+)?{YEARWORDS}\b", "year_words",
         "the winter of nineteen ninety-four", "year_words"),
    Rule("decade", r"\b(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s\b", "decade", "the 1990s", "digit"),
    Rule("short_decade", r"(?:\bthe\s+)?['’](?P<sdecade>[0-9]0)s\b", "decade", "the '90s", "digit"),
    Rule("word_decade", r"\b(?:the\s+)?(?P<wdecade>twenties|thirties|forties|fifties|sixties|"
         r"seventies|eighties|nineties)\b", "decade", "the nineties", "decade_words"),
    Rule("century", r"\b(?:the\s+)?(?P<century>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", "century",
         "the 20th century", "unit"),
    Rule("season_year", r"\b(?:the\s+)?{SEASON}\s+(?:of\s+)?{YEAR}", "season", "summer 2024", "season"),
    Rule("season_relative_year", r"\b(?:the\s+)?{SEASON}\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b",
         "season", "the fall of last year", "season"),
    Rule("year_season", r"\b{YEAR}\s+{SEASON}\b", "season", "2024 summer", "season"),
    Rule("relative_season", r"\b{REL}\s+{SEASON}\b", "season", "last fall", "season"),
    Rule("season", r"\b(?:the\s+)?{SEASON}\b", "season", "in the summer", "season"),
    Rule("quarter", r"\b(?:the\s+)?(?:(?P<yrel>this|last|next)\s+year's\s+|{YEAR}\s+)?"
         r"(?:fiscal[\s-]+)?{ORD}[\s-]+"
         r"(?:fiscal[\s-]+|calendar[\s-]+)?quarter(?![\w-])(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?"
         r"(?:{YEAR2}|(?P<yrel2>this|last|next)\s+year|the\s+year))?",
         "quarter", "the third quarter of 2025", "unit"),
    Rule("period_anaphor", r"\b(?:the|its)\s+(?:(?P<current>current|present)\s+|(?P<latest>latest|most\s+recent|recent)\s+|"
         r"(?:fiscal|same|comparable|corresponding)\s+)?(?:(?P<ago>year[\s-]+ago|year[\s-]+earlier|prior[\s-]+year)\s+)?"
         r"(?:fiscal[\s-]+)?(?:quarter|period)(?:\s+(?P<ago2>last\s+year|a\s+year\s+(?:ago|earlier|before)"
         r"|the\s+(?:previous|prior)\s+year)\b|(?![\w-]|\s+of\b))",
         "period_anaphor", "the corresponding period last year", "period"),
    Rule("year_period", r"\bthe\s+{YEAR}\s+(?:quarter|period)\b", "period_anaphor", "the 1988 period", "period"),
    Rule("year_end", r"\b(?:the\s+)?(?:(?P<part>end|beginning|start|middle|close)\s+of\s+the\s+"
         r"(?P<unit>year|month|week|decade)|year[\s-]+end|year's\s+end)\b", "year_part", "the end of the year", "unit"),
    Rule("weekend", r"\bthe\s+weekend\b", "weekend", "over the weekend", "unit"),
    Rule("the_year", r"\bthe\s+(?:(?P<which>full|current|current\s+fiscal|latest\s+fiscal|fiscal|"
         r"calendar|whole|entire)\s+)?year\b(?!['’-]|\s+(?:ago|earlier|before|after|later|of)\b)",
         "the_year", "for the full year", "unit"),
    Rule("quarter_code", r"\bQ(?P<qnum>[1-4])(?:[\s-]+{YEAR})?\b", "quarter", "Q3 2025", "codes"),
    Rule("half", r"\b(?:the\s+)?(?P<half>first|second|1st|2nd|latter|last)\s+half\s+(?:of\s+)?"
         r"(?:{YEAR}|(?P<yrel>this|last|next)\s+year|the\s+year)", "half",
         "the first half of 2025", "half"),
    Rule("half_code", r"\bH(?P<hnum>[12])[\s-]+{YEAR}", "half", "H1 2025", "codes"),
    Rule("holiday", r"\b{HOLIDAY}(?:\s*,?\s+{YEAR})?\b", "holiday", "Christmas Day", "holiday"),
]

#: Dates relative to the anchor.
_RELATIVE = [
    Rule("day_word", r"\b{DAYWORD}\b", "day_word", "yesterday", "dayword"),
    Rule("day_word_part", r"\b(?P<dayword>yesterday|tomorrow|today)\s+{PART}\b", "day_part",
         "yesterday afternoon", "dayword"),
    Rule("part_of_day", r"\b(?P<prel>this|last|tomorrow|early\s+this|late\s+this)\s+{PART}\b",
         "day_part", "this morning", "daypart"),
    Rule("modified_part_of_day", r"\b(?P<pmod>mid|early|late)[\s-]+(?P<part>morning|afternoon|evening)"
         r"(?:\s+(?P<dayword>yesterday|today|tomorrow))?\b", "day_part", "mid-afternoon yesterday", "daypart"),
    Rule("tonight", r"\b(?P<tonight>tonight|overnight)\b", "day_part", "tonight", "daypart"),
    Rule("weekday_of_week", r"\b{WEEKDAY}(?:\s+{PART})?\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week\b",
         "weekday_of_week", "Tuesday of last week", "weekday"),
    Rule("weekday", r"\b(?:{REL}\s+)?{WEEKDAY}(?:\s+{PART})?", "weekday", "last Thursday", "weekday"),
    Rule("anaphoric_unit", r"\b(?:(?P<part>earlier|later)\s+)?(?:the\s+(?P<arel>same|previous|following|next|"
         r"preceding|prior)|(?P<that>that)(?:\s+same)?)\s+(?P<unit>day|week|month|year)\b(?![-'’])",
         "anaphoric_unit", "later that year", "unit"),
    Rule("anaphoric_day_part", r"\b(?P<part>earlier|later)\s+in\s+the\s+day\b", "anaphoric_day_part",
         "later in the day", "unit"),
    Rule("anaphoric_part_of_day", r"(?<=\bin\s)the\s+(?P<dpart>morning|afternoon|evening)\b",
         "anaphoric_day_part", "in the evening", "daypart"),
    # "the day before", "the day after" standing alone (not "the day before the vote")
    Rule("day_before_after", r"\bthe\s+(?P<unit>day)\s+(?P<dir>before|after)\b"
         r"(?=\s*(?:[,.;:!?)]|$|and\b|but\b))",
         "day_before_after", "the day before", "unit"),
    Rule("anaphoric_part", r"\b(?:the\s+(?P<arel>next|following|previous)|(?P<that>that)(?:\s+same)?)\s+"
         r"(?P<part>morning|afternoon|evening|night)\b(?![-'’])", "anaphoric_part", "the next morning", "daypart"),
    Rule("relative_unit", r"\b(?:the\s+)?{REL}\s+(?P<unit>week|weekend|month|quarter|year|decade|century)"
         r"(?!s)\b", "relative_unit", "next month", "unit"),
    Rule("ago", r"\b{NUM}[\s-]+(?:(?:more|full|long)\s+)?{UNIT}s?\s+(?P<orso>or\s+so\s+)?(?P<dir>ago|earlier|before|later|from\s+now|hence|back)\b",
         "ago", "three years ago", "unit"),
    Rule("ago_day", r"\b{NUM}\s+years?\s+ago\s+(?:{WEEKDAY}|{DAYWORD}|this\s+(?P<aunit>week|month))\b", "ago_day",
         "four years ago Wednesday", "unit"),
    Rule("vague_ago", r"\b(?P<vague>(?:a\s+few|several|many|some|few)\s+)?(?P<unit>years|months|weeks|days|decades|"
         r"moments|hours|minutes)\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b",
         "vague_ago", "months ago", "unit"),
    Rule("year_ago", r"\b(?P<yearago>year|month|week)[\s-]+(?:ago|earlier)\b",
         "year_ago", "year-earlier", "unit"),
    Rule("reference", r"\b{REFWORD}\b", "reference", "currently", "reference"),
]

#: Durations, sets and clock times.
_OTHER = [
    Rule("duration", r"\b(?:(?P<det>the|a|an)\s+)?(?:(?P<drel>past|last|next|first|previous|"
         r"coming|following|final|initial|remaining|further|additional|another|same)\s+)?"
         r"{NUM}[\s-]+(?:(?:more|additional|straight|consecutive|full|long|trading|calendar|"
         r"business|working)\s+)?{UNIT}s?(?:[\s-]+(?P<suffix>long|old))?\b",
         "duration", "the past three months", "unit"),
    Rule("unit_long", r"\b(?P<unit>day|week|month|year|decade|century|hour)(?P<plural>s)?-long\b",
         "unit_long", "decades-long", "unit"),
    Rule("half_unit", r"\b(?:a\s+|one\s+)?half\s+(?:an?\s+)?(?P<unit>hour|day|year|century|decade)\b",
         "half_duration", "half an hour", "unit"),
    Rule("unit_and_half", r"\b(?:an?|one)\s+(?P<unit>hour|day|year|minute)\s+and\s+a\s+half\b",
         "half_duration", "an hour and a half", "unit"),
    Rule("vague_duration", r"\b(?:(?P<det>the)\s+)?(?P<vrel>past|last|next|coming|recent|previous|"
         r"few|several|many|following)\s+(?:few\s+|several\s+)?"
         r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
         "vague_duration", "the past weeks", "unit"),
    Rule("bare_plural_duration", r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)(?=\w+\s+(?:ago|after|before)\b))"
         r"(?P<unit>minutes|hours|days|weeks|months|years|"
         r"decades|centuries)\b", "vague_duration", "for years", "unit"),
    Rule("units_ahead", r"\bthe\s+(?P<unit>days|weeks|months|years|decades)\s+(?:ahead|to\s+come)\b",
         "vague_duration", "the weeks ahead", "unit"),
    Rule("a_while", r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bafter\s))a\s+(?:little\s+|long\s+|short\s+)?while\b",
         "a_while", "for a while", "a_while"),
    Rule("set_every", r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:{NUM}\s+)?"
         r"(?:{UNIT}s?|{WEEKDAY}s?)\b", "set", "every week", "set"),
    Rule("set_every_month", r"\b(?:every|each)\s+{MONTH}\b(?!\s*\d)", "set", "every July", "set"),
    Rule("set_every_season", r"\b(?:every|each)\s+{SEASON}\b", "set", "each summer", "set"),
    Rule("set_every_part", r"\b(?:every|each)\s+{PART}\b", "set", "every morning", "set"),
    Rule("set_times_a", r"\b(?P<times>once|twice|three\s+times|four\s+times)\s+(?:a|an|per|each)\s+"
         r"{UNIT}\b", "set", "twice a year", "set"),
    Rule("set_word", r"\b{SETWORD}\b", "set", "annually", "set"),
    Rule("set_weekdays", r"\b(?P<weekdays>mondays|tuesdays|wednesdays|thursdays|fridays|"
         r"saturdays|sundays)\b", "set", "on Sundays", "weekday"),
    Rule("set_weekday_parts", r"\b(?P<weekdays>monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday)\s+(?P<parts>mornings|afternoons|evenings|nights)\b", "set",
         "on Tuesday nights", "weekday"),
    Rule("clock", r"\b{CLOCK}{TZ}(?:,?\s+(?:on\s+)?(?:{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night)\b)?"
         r"|{DAYWORD}|{MONTH}\s*{DAY}(?!,?\s*(?:19|20)\d\d)))?", "clock",
         "12 p.m. local time", "clock"),
    Rule("clock_part", r"\b(?P<hour3>1[0-2]|[1-9])(?:\s+o'clock)?\s+in\s+the\s+"
         r"(?P<pp>morning|afternoon|evening|night)\b", "clock", "4 in the morning", "clock"),
    Rule("day_clock", r"\b(?:{WEEKDAY}|{DAYWORD})\s+(?:at\s+)?{CLOCK}{TZ}", "clock",
         "Wednesday at 10 a.m.", "clock"),
]

RULES: list[Rule] = _ABSOLUTE + _RELATIVE + _OTHER
#: Each rule with its regex for lower-cased text and its case-insensitive twin
#: (used on the rare text whose lower-casing changes its length).
COMPILED: list[tuple[Rule, re.Pattern, re.Pattern]] = [
    (r, r.compile(), r.compile(re.IGNORECASE)) for r in RULES]
COMPILED_ANCHORS: dict[str, re.Pattern] = {k: re.compile(v) for k, v in ANCHORS.items()}
assert all(r.anchor in ANCHORS for r in RULES)
