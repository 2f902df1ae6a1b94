"""Vocabularies of English temporal language, as data.

Every table maps surface words (lower case) to what they mean. The rule
patterns in ``rules.py`` are built from these keys and the normalizers look
the matched words up here, so adding a word is a one-line change.
"""
from __future__ import annotations

#: Month names and their abbreviations (a trailing period is optional in text).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Month names that are also ordinary words or given names: accepted alone
#: (without a day or year) only after a word from ``MONTH_LICENSORS``.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "apr"})

#: Words that make a following bare month name a date ("in May", "last March").
MONTH_LICENSORS = frozenset({
    "in", "since", "by", "until", "till", "before", "after", "during", "through",
    "from", "to", "of", "early", "mid", "late", "last", "next", "this", "and", "or",
    "between", "on", "for", "end", "beginning", "start", "middle", "past", "each",
    "every", "around", "as", "that",
})

#: ISO weekday numbers (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}

#: Cardinal number words. Compounds ("twenty-five") are summed by the parser.
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "a quarter": 0.25,
}

#: Quantity words that leave the number unspecified (TimeML writes ``X``).
VAGUE_NUMBERS = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "numerous", "various",
    "a couple more",
})

#: Ordinals, for quarters, halves and days of the month.
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "final": 4, "last": 4,
}

#: Calendar units: TimeML duration letter, whether it is a clock unit (PT...).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "weekend": ("WE", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
}

#: How a unit is written in a TimeML duration value: letter and multiplier.
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "S": ("S", 1), "M": ("M", 1), "H": ("H", 1), "D": ("D", 1), "W": ("W", 1),
    "WE": ("D", 2), "W2": ("W", 2), "Q": ("M", 3), "Y": ("Y", 1),
    "DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000),
}

#: Unit words for vague plural durations ("years", "months") -> TimeML value.
VAGUE_UNIT_VALUES: dict[str, str] = {
    "S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Y": "PXY",
    "DE": "PXY", "CE": "PXCE", "Q": "PXQ", "WE": "PXWE",
}

#: Seasons: TimeML code. Meteorological, northern hemisphere.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: Season words that are also common nouns, and the words after them that show
#: the noun ("the fall in oil prices", "since the fall from power", "the
#: spring into action"); a season is followed by a comma, a verb or a year.
SEASON_NOUNS: dict[str, frozenset[str]] = {
    "fall": frozenset({"in", "from", "to", "off", "out", "back", "into", "on", "against",
                       "below", "above", "was", "has", "had", "would", "could", "came"}),
    "spring": frozenset({"from", "to", "into", "up", "back", "out", "water", "in"}),
}

#: First month and number of months of each season. Winter starts in December
#: of the named year and runs into February of the next ("winter 2024" =
#: 2024-12-01..2025-02-28), the convention of the meteorological seasons.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3),
}

#: Parts of the day: TimeML code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI",
}

#: Relative offsets introduced by a determiner ("last year", "next month").
RELATIVE_WORDS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "present": 0, "the current": 0, "the present": 0,
    "this coming": 1, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "the coming": 1, "the next": 1, "the following": 1, "the previous": -1,
    "the last": -1, "the past": -1, "the preceding": -1, "the prior": -1,
}

#: Words for a whole day relative to the anchor.
DAY_WORDS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}

#: Part-of-a-period modifiers placed before an expression: TimeML mod and the
#: qualifier the event model uses.
PART_MODIFIERS: dict[str, tuple[str, str]] = {
    "early": ("START", "early"), "earlier": ("START", "early"),
    "the early": ("START", "early"),
    "the beginning of": ("START", "early"), "the start of": ("START", "early"),
    "beginning of": ("START", "early"), "start of": ("START", "early"),
    "the dawn of": ("START", "early"), "the first days of": ("START", "early"),
    "mid": ("MID", "mid"), "mid-": ("MID", "mid"), "the middle of": ("MID", "mid"),
    "middle of": ("MID", "mid"), "the mid": ("MID", "mid"), "the mid-": ("MID", "mid"),
    "late": ("END", "late"), "later": ("END", "late"), "the late": ("END", "late"),
    "end-": ("END", "late"), "start-": ("START", "early"),
    "the end of": ("END", "late"), "end of": ("END", "late"),
    "the close of": ("END", "late"), "the last days of": ("END", "late"),
}

#: Approximation and bound modifiers placed before an expression.
#: "about" and "over" stay out: TimeBank leaves them outside the span twice as
#: often as it takes them in ("over three years" is mostly "during three years").
APPROX_MODIFIERS: dict[str, str] = {
    "around": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "well over": "MORE_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
}

#: Approximation words that also apply to dates ("around 2019", "about Nov. 1").
DATE_APPROX_MODIFIERS = frozenset({"around", "approximately", "roughly"})

#: Modifiers after an expression ("1994 or later", "a year or so").
SUFFIX_MODIFIERS: dict[str, str] = {
    "or so": "APPROX", "or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER",
    "or earlier": "ON_OR_BEFORE", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS",
}

#: Words just before an expression that bound the event in time: the
#: qualifier of the calendar interval. They stay outside the TimeML span.
BOUNDARY_WORDS: dict[str, str] = {
    "by": "by", "no later than": "by", "not later than": "by", "as of": "by",
    "before": "before", "prior to": "before", "earlier than": "before",
    "ahead of": "before",
    "after": "after", "following": "after", "later than": "after",
    "no earlier than": "after", "not before": "after",
    "since": "since", "ever since": "since",
    "until": "until", "till": "until", "through": "until", "up until": "until",
    "up to": "until", "into": "until",
}

#: Vague references (TimeML ``*_REF``) and general present words.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at this time": "PRESENT_REF",
    "so far": "PRESENT_REF", "the present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF",
    "lately": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}

#: Idioms where "now" (and friends) is not a date.
REFERENCE_IDIOMS = (
    "now and then", "now and again", "every now and", "just now,", "now, now",
    "from now on", "today's",
)

#: Frequency adverbs (TimeML SET values).
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M",
    "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M",
}

#: Words that may follow a frequency adverb ("paid quarterly to holders",
#: "meets weekly and ..."); any other lower-case word after it makes it an
#: adjective, not a TimeML SET ("a quarterly dividend").
SET_ADVERB_FOLLOWERS = frozenset({
    "to", "and", "or", "but", "for", "in", "on", "at", "by", "from", "since", "until", "with",
    "as", "than", "since", "after", "before", "during", "through", "over", "under", "per",
    "is", "are", "was", "were", "will", "would", "the", "a", "an", "this", "that", "if",
    "when", "while", "because", "so", "until", "thereafter", "basis",
})

#: Named times of day: clock value.
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

#: Fixed-date holidays (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26),
}

#: Holidays on the n-th weekday of a month (n = -1: the last): (month, ISO weekday, n).
MOVEABLE_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "election day": (11, 2, 0),  # 0: the Tuesday after the first Monday
}

#: Words before "a year", "a day" that make it a rate ("$2 million a year", "24 hours a day").
RATE_WORDS = frozenset({
    "million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "dollars",
    "times", "once", "twice", "per", "hours", "flights", "seats", "units", "barrels", "tons",
})

#: Words that, after a number, show it is a count or an amount, not a year.
COUNT_NOUNS = frozenset({
    "people", "persons", "personnel", "troops", "soldiers", "men", "women", "children",
    "targets", "times", "members", "workers", "employees", "jobs", "shares", "units",
    "cars", "homes", "houses", "votes", "seats", "dollars", "euros", "pounds", "barrels",
    "tons", "tonnes", "miles", "kilometers", "km", "meters", "feet", "acres", "points",
    "cases", "deaths", "civilians", "fighters", "militants", "attacks", "rockets",
    "missiles", "drones", "vehicles", "refugees", "prisoners", "students", "patients",
    "words", "pages", "calories", "degrees", "percent", "per", "copies", "passengers",
})

#: Words that, before a number, show it is a label, not a year ("Resolution 1701", "Flight 1549").
LABEL_NOUNS = frozenset({
    "resolution", "resolutions", "no", "number", "flight", "route", "article", "articles",
    "section", "paragraph", "room", "page", "pages", "code", "highway", "interstate", "bill",
    "model", "version", "unit", "platform", "gate", "lot", "case", "item", "chapter", "rule",
    "law", "decree", "order", "batch", "serial", "id", "tel", "phone", "fax", "box", "suite",
    "apartment", "building", "block", "street", "avenue", "km", "kilometre", "kilometer",
    "mile", "miles", "exit", "bus", "train", "boeing", "airbus", "pos", "ps", "level",
})

#: Past-tense verbs that do not end in -ed (for resolving "Friday", "in May").
IRREGULAR_PAST = frozenset("""
was were had did said told went came took made met saw began left held gave got found
fell rose won lost sold bought paid spent thought felt kept led sent struck wrote spoke
broke chose became ran brought caught fought knew grew drew threw flew drove rode sang
stood understood began shot stole swore tore wore woke sank sat slept swept taught
withdrew overran undertook forgot forgave hid lay meant ate fled hung quit shut split
spread sought built bent lent dealt dug stuck swung won wound ago
died sued tied lied eyed owed vied burst shook
shrank slid sprang spun strove wept bled clung flung froze knelt leapt lit sped blew
""".split())

#: Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED = frozenset("""
need indeed red bed shed seed speed feed proceed exceed succeed breed weed bleed
hundred kindred steed deed creed greed heed embed naked wicked sacred hatred
rugged ragged beloved learned aged alleged supposed so-called limited united
""".split())

#: Past verbs in un- ("unveiled the plan in May"); other un-...-ed words are
#: adjectives ("on a still unspecified date in January", "unexpected").
UN_VERBS = frozenset("""
unveiled uncovered unleashed unlocked unloaded unfolded unearthed united unsealed untied
unraveled unravelled unblocked unfurled unplugged unpacked unseated unmasked unnerved
""".split())

#: Words that put what follows in the future.
FUTURE_WORDS = frozenset({
    "will", "'ll", "shall", "won't", "would", "might", "planned", "planning",
    "expects", "expect", "expected", "scheduled", "slated", "due", "upcoming", "intends",
    "intend", "tomorrow", "postponed", "deadline", "effective", "payable",
})

#: Auxiliaries that put a following participle in the future ("will be signed").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "to"})

#: Present-tense verbs (a present-tense report of a scheduled or current event).
PRESENT_WORDS = frozenset({"is", "are", "am", "says", "say", "does", "do"})

#: Words before an -ed word that make it an adjective ("the proposed deal", "its preferred shares").
DETERMINERS = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that",
    "these", "those", "some", "any", "no", "each", "every", "all", "both", "such", "more", "most",
})

#: Perfect auxiliaries: what they report has happened.
PERFECT_WORDS = frozenset({"has", "have", "hasn't", "haven't"})

#: The tense a future phrase's own verb gives an expression written before it
#: (the phrase puts what follows in the future). Past forms in -ed are "past",
#: other unlisted verbs "present". Example: "On Friday, the cabinet planned to
#: ..." (past), "On Friday the cabinet is set to ..." (future).
PHRASE_OWN_TENSE: dict[str, str] = {
    "going": "future", "is": "future", "are": "future", "set": "future", "about": "future",
    "due": "future", "ready": "present", "likely": "future", "was": "past", "were": "past",
    "been": "past", "be": "future", "plans": "future", "plan": "future", "wants": "future", "want": "future", "expects": "future",
    "expect": "future", "intends": "future", "intend": "future", "hopes": "future",
    "hope": "future", "aims": "future", "aim": "future", "agree": "future", "agrees": "future",
}

#: Future cue words that look forward only: an expression before them takes
#: their own tense ("the vote scheduled for Friday" is future; "On Friday, it
#: postponed the vote" is past).
FORWARD_ONLY_WORDS = frozenset({
    "planned", "planning", "expected", "scheduled", "slated", "postponed", "deadline",
    "effective", "payable", "due",
})


#: Modals that govern an expression in the future ("will vote in January").
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})

#: Words that, read back from an expression towards its verb, show the verb is
#: not a finite past one: "to" (an aim: "agreed to buy it in May"), modal and
#: future words. Example: "plans to vote in January" stops at "to".
GOVERNING_STOP_WORDS = frozenset({
    "to", "will", "would", "shall", "could", "should", "might", "may", "must", "can",
    "next", "upcoming", "until", "till", "by", "deadline", "scheduled", "planned", "due",
})

#: "the weekend" in a Monday or Tuesday article is the one just past unless the clause
#: before it looks ahead: a modal ("could hit the coast by the weekend", "may meet at the
#: weekend") or a word right before it that points forward ("until the weekend", "by the
#: weekend", "into the weekend", "look ahead to the weekend", "for the weekend").
WEEKEND_AHEAD_MODALS = frozenset({
    "will", "shall", "'ll", "would", "could", "may", "might", "can", "ca", "wo", "should", "must",
})
WEEKEND_AHEAD_BEFORE = frozenset({"by", "until", "till", "into", "to", "towards", "toward", "for", "before", "through"})
#: The weekdays (ISO numbers) on which "the weekend" without a look ahead, and "this weekend"
#: in a past-tense sentence, are the one past.
WEEKEND_PAST_ON = frozenset({1, 2})

#: Words that set a deadline: a "by"/"until" expression after them lies ahead
#: of the sentence's time. Example: "extended the ceasefire until Tuesday",
#: "must report by Friday"; "has/have/had" count only right before the
#: boundary word ("has until January 31", not "has fought until Tuesday").
DEADLINE_WORDS = frozenset({
    "extended", "extend", "extends", "gave", "give", "gives", "given", "granted", "grant",
    "deadline", "ultimatum", "must", "ordered", "orders", "order", "demanded", "demands",
    "told", "asked", "urged", "postponed", "delayed", "deferred", "adjourned",
    "needs", "need", "required", "requires", "expected", "expects",
    "due", "should", "will", "would", "'ll", "plans", "planned", "aims", "set",
})

#: Words before a possessive weekday that put its event ahead of the anchor
#: ("ahead of Sunday's election"); otherwise "Wednesday's ruling" is past.
AHEAD_OF_WORDS = frozenset({
    "ahead of", "before", "until", "for", "awaiting", "await", "awaits", "upcoming",
    "next", "this coming", "prepare for", "preparing for", "in the run-up to",
})

#: Reporting verbs. After an expression and a comma or quote mark they head a
#: reporting clause that does not govern the expression ("The minister will
#: travel on Friday, his office said": Friday is ahead).
REPORTING_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports",
    "stated", "states", "noted", "notes", "announced", "announces", "declared", "explained",
    "insisted", "claimed", "claims", "warned", "warns", "wrote", "writes", "predicted",
    "confirmed", "confirms", "acknowledged", "argued", "argues", "recalled", "replied",
})

#: Words that join a second verb phrase: a tense cue after one of them, behind
#: an expression, belongs to that other verb ("met him on Tuesday and will meet ...").
COORDINATORS = frozenset({"and", "but", "or", "then"})

#: Present-tense verbs of scheduled happenings: a weekday with them lies ahead
#: ("The election takes place on Sunday", "The president arrives Friday").
SCHEDULE_VERBS = frozenset("""
arrives arrive begins begin starts opens closes ends resumes resume convenes convene
meets travels departs returns visits hosts kicks takes goes expires lands
""".split())

#: Verbs whose past is their present ("The storm hit on Friday"): past cues
#: unless a determiner makes them nouns ("a hit") or an auxiliary or "to"
#: carries the tense ("will hit", "to cut").
SAME_FORM_PAST = frozenset({"hit", "cut", "put", "shut", "quit", "spread", "hurt", "beat"})

#: Nouns of happenings nobody schedules: a date they govern after "after" or
#: "since" has passed ("after the explosion aboard the rig on 20 April"), and
#: so has a date naming one ("the April 20 blowout"), whatever the tense of
#: the sentence ("will mark the first time since the explosion on 20 April").
UNPLANNED_EVENT_NOUNS = frozenset("""
explosion explosions blast blasts blowout spill leak earthquake quake quakes tsunami crash
crashes collision derailment attack attacks bombing bombings shooting shootings massacre
killing killings assassination murder murders death deaths ambush outbreak coup disaster
accident eruption flood floods flooding landslide mudslide collapse sinking hijacking
kidnapping abduction riot riots rampage stampede shelling clash clashes violence
""".split())

#: Words before such a noun that say it is over ("after the blast on 12 May").
AFTER_WORDS = frozenset({"after", "following", "since"})

#: Words that may follow such a noun when the date belongs to it: a preposition
#: ("the explosion aboard the rig on 20 April") or a relative word; not another
#: noun ("explosion victims on 20 April" names the victims, not the explosion).
EVENT_NOUN_FOLLOWERS = frozenset("""
in on at of off aboard near outside inside against across along during from by
""".split())

#: Heads of names that contain a date: "the January 25 Revolution", "the 25th of
#: January movement", "the April 6 Youth group", "the 6th of October bridge",
#: "the February 17 Martyrs Brigade". The date names the group, place or
#: movement; it is no date of the sentence's event. Lower case matches too.
DATE_NAME_HEADS = frozenset("""
revolution revolutionaries movement youth coalition bridge brigade brigades martyrs
alliance square street avenue stadium
""".split())

#: ... and heads that make a name only when capitalized ("the March 14 Front", but
#: "a May 26 party", "the January 25 uprising" are happenings of that day).
DATE_NAME_HEADS_CAPITALIZED = frozenset({"Party", "Front", "Group", "Uprising", "Revolution"})

#: Capitalized words that make a weekday the name of a newspaper ("told the Sunday
#: Times", "the Sunday Telegraph warned"): no date at all.
WEEKDAY_TITLE_HEADS = frozenset({
    "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Mail", "People",
    "Independent", "Tribune", "Star", "Sport",
})

#: ... and the papers named "X on Sunday" ("the Mail on Sunday"); not "the Times on
#: Sunday reported", a paper and a day.
SUNDAY_TITLE_HEADS = frozenset({"Mail", "Independent"})

#: Words that put a weekday later in the same clause ahead of the time of writing, whatever
#: verb stands nearer to it ("will try to plug the well in a so-called top kill on
#: Wednesday", "is expected to order on Thursday strengthened inspections", "braced for
#: protests Tuesday"). Not after "had", "was", "were" ("had been scheduled to continue
#: through Wednesday": a plan of the past, maybe over).
AHEAD_CLAUSE_WORDS = frozenset({
    "will", "shall", "'ll", "expected", "expects", "expect", "scheduled", "slated", "planned",
    "planning", "plans", "due", "ahead", "braced", "bracing", "awaiting", "upcoming",
    "prepared", "preparing", "readied", "readying",
})

#: ... and the word that must follow some of them: "ahead of" ("forged ahead Sunday" is
#: no look ahead), "due to" (not "due to the storm on Tuesday": see ``DETERMINERS``),
#: "planned to" (not "a memorial planned for Saturday was canceled": the plan may be over;
#: not "approved plans Sunday": a noun).
AHEAD_CLAUSE_FOLLOWERS = {"ahead": "of", "due": "to", "planned": "to", "planning": "to", "plans": "to"}

#: ... or one of the two words after them: "readied themselves for Sunday", "preparing for
#: talks on Monday" (not "the report prepared by the agency on Monday").
AHEAD_CLAUSE_NEAR_FOLLOWERS = {"prepared": "for", "preparing": "for", "readied": "for", "readying": "for"}
AHEAD_CLAUSE_BLOCKERS = frozenset({"had", "was", "were", "been", "would", "if"})

#: Words that end the clause a weekday is read in, reading back from it.
AHEAD_CLAUSE_WALLS = frozenset({
    "that", "which", "who", "whom", "whose", "because", "after", "when", "while", "but",
    "although", "though", "since", "and", "said", "says", "told", "added",
})

#: Adverbs between "is"/"are" and the verb of a progressive ("is also sending", "are now holding").
PROGRESSIVE_ADVERBS = frozenset({"also", "now", "still", "already", "again", "not", "even", "just"})
