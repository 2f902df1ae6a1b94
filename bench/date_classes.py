"""Counts of the date-error classes of the issue-12 audit, over the Timeline17 articles.

The audit by reading (bench/audit/after-judgements.jsonl) found six kinds of wrong dates;
this script counts, over every article of ``../shared/corpora/timeline17`` (articles only:
no gold timeline is read), the expressions that fall in each kind, so a fix can be judged
on the corpus and not on the one quoted sentence:

- ``blog_weekday_week_back``: a bare weekday in a live blog (a page of three or more
  entries stamped "(Update 3:10 p.m. ...)") resolved five or more days before the page's
  publication date. Such blogs run from their publication day to a day or two after it
  (their stamps name those days), so a week back is the wrong week.
- ``item_stamp_mismatch``: a relative day ("Monday", "yesterday") after an item's own dated
  stamp ("updated : Fri Jan 14 2011 20:54:00", a topic page listing older stories) whose
  value is not what the same words give against the stamp's day.
- ``yearless_day_ahead_past``: a day and month without a year ("25 June") resolved after
  the publication date in a sentence whose verbs are all past.
- ``vague_ago_exact``: "decades/years ago" with a count and "more than", "nearly" ... given
  a value finer than a decade, or different from a year written beside it ("more than two
  decades ago, in 1986").
- ``inverted_pair``: two dates joined by "and" whose second ends before the first starts
  ("in 1861 and 1847"): the pair the events layer joins into one span.
- ``evening_in_weekly``: "this evening"/"tonight" on a page that presents a week's programme
  ("This week 's show ...").
- ``blog_second_clock_dates_event``: the second clock of a live-blog stamp ("-LRB- Update
  3 a.m. in Cairo , 8 p.m. ET -RRB-", one instant in two places) given as an event's date;
  the first clock was already page furniture.
- ``line_stamp_dates_event``: a "01 February 12 04:27 GMT" stamp that opens a page's text
  and is given as an event's date (not marked as furniture).
- ``blog_day_before_entry``: in a live blog, a day word resolved before the earliest day
  it can name from its entry ("today" that day, "yesterday" the day before, a bare weekday
  the six before), the entry's earliest day being the day its own
  stamp names ("Update 6:22 a.m. Friday in Cairo", the earlier of two: "12:16 a.m. Thursday
  in Cairo , 5:16 p.m. ET Wednesday" is Wednesday's), else the latest day named by a stamp
  below it (entries are newest first, so an entry above Friday's stamp is Friday or
  later). "Today" in an entry of 11 February on a page published on the 10th.
- ``lookahead_weekday_past``: a bare weekday resolved four or more days before the
  publication day although the sentence before it, from its last clause wall, looks ahead ("braced for protests on Tuesday", "are expected
  Friday", "will ...").
- ``weekday_newspaper``: a weekday that is part of a newspaper's name ("told the Sunday
  Times", "the Mail on Sunday") read as a date.
- ``earlier_later_not_at_anchor``: "earlier this year/month/week" ("earlier in the year")
  whose calendar reading does not end on the publication day or the day before, or "later
  this ..." whose reading does not start the day after it ("earlier this year" in a
  September article read as January-April).
- ``trailing_unit_calendar``: "the past year", "over the last month", "in the past week"
  read as a calendar unit that ends before the publication day ("over the past year" in
  July 2012 read as 2011), not "the last year of ...".
- ``weekend_ahead_early_week``: "the weekend" in a Monday-Wednesday article read as the
  coming weekend although the clause before it does not look ahead ("The moves follow
  attacks ... at the weekend", Tuesday).
- ``speculative_date``: a date after the reference day governed by "could", "may" or
  "might" ("the hearing could end later this week").

With ``--db`` the classes are counted over the citations of stores (each citation's date
is the expression its ``date_text`` names inside its quote), not over the articles:

    python bench/date_classes.py --db /tmp/s/EgyptianProtest.db /tmp/s/SyrianCrisis.db --show 10

    python bench/date_classes.py                 # counts per class and folder group
    python bench/date_classes.py --show 8        # also up to 8 examples per class
    python bench/date_classes.py --audit         # the audited wrong dates, read again
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sqlite3
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_api import documents  # noqa: E402
from timeline_api.errors import DocumentError  # noqa: E402
from timeline_api.pipeline.temporal import find_dates  # noqa: E402
from timeline_api.pipeline.temporal.tense import sentence_bounds  # noqa: E402

CORPUS = Path("/work/shared/corpora/timeline17")
DEV = ("bpoil", "H1N1", "Finan", "haiti", "LibyaWar")

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
BLOG_STAMP = re.compile(r"-LRB- Updated? \d", re.IGNORECASE)
ITEM_STAMP = re.compile(r"updated : (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3} \d\d \d{4}) \d\d:\d\d:\d\d")
BARE_WEEKDAY = re.compile(r"(?:on\s+)?%s(?:\s+(?:morning|afternoon|evening|night))?$" % WEEKDAY, re.IGNORECASE)
RELATIVE_DAY = re.compile(r"(?:(?:on\s+)?%s|yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$"
                          % WEEKDAY, re.IGNORECASE)
YEARLESS_DAY = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?%s|%s\s+\d{1,2}(?:st|nd|rd|th)?)$" % (MONTH, MONTH))
VAGUE_AGO = re.compile(r"\b(?:more than|over|nearly|almost|about|around|some|at least)\b.*\b(?:years|decades)\s+ago$",
                       re.IGNORECASE)
BLOG_STAMP_SPAN = re.compile(r"\bUpdated?\b[^\n]{0,80}?-RRB-")
LINE_STAMP = re.compile(r"^\d{1,2} %s \d\d \d\d:\d\d GMT" % MONTH, re.MULTILINE)
PAST_WORD = re.compile(r"\b(?:was|were|had|did|died|said|\w+ed)\b", re.IGNORECASE)
DAY_WORD = re.compile(r"(?:(?:on\s+|early\s+|late\s+)?%s|today|tonight|yesterday|this (?:morning|afternoon|evening))"
                      r"(?:\s+(?:morning|afternoon|evening|night))?$" % WEEKDAY, re.IGNORECASE)
STAMP_WEEKDAY = re.compile(WEEKDAY)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LOOK_AHEAD = re.compile(r"\b(?:will|'ll|shall|expected|expects?|due|set to|scheduled|slated|planned|plans?|planning"
                        r"|brac(?:ed|ing|e) for|prepar(?:ed|ing|e) for|ahead of|awaiting|upcoming|next|is to|are to"
                        r"|called for|calling for|vowed to|threatened to|going to|hopes? to)\b", re.IGNORECASE)
NEWSPAPER_AFTER = re.compile(r"[ \t]+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|People|Independent|Tribune"
                             r"|Star|Sport)\b")
NEWSPAPER_BEFORE = re.compile(r"\b(?:Mail|Independent)[ \t]+on[ \t]+$")
#: A weekday read back this far while its clause looks ahead is suspect: news dates most
#: past happenings by the last three days' weekdays.
LOOK_AHEAD_BACK_DAYS = 4
SPECULATIVE = re.compile(r"\b(?:could|may|might)\b(?:\s+\w+){0,8}\s*$", re.IGNORECASE)
CLAUSE_WALL = re.compile(r"[;:]|,\s*(?:but|and|while|although)\b|\b(?:that|which|who|because|after|before|when)\b",
                         re.IGNORECASE)
PRESENT_WORD = re.compile(r"\b(?:is|are|will|would|has|have|says|can|may|might|shall|to)\b", re.IGNORECASE)
#: "earlier this year", "later this month", "earlier in the week": a part of the unit that
#: holds the publication day, on one side of it.
EARLIER_LATER = re.compile(r"(earlier|later)\s+(?:this|in\s+the)\s+(year|month|week)$", re.IGNORECASE)
#: "over the past year", "in the last month": the span that ends at the publication day.
TRAILING_UNIT = re.compile(r"(?:(?:over|in|during|for|within|throughout)\s+)?the\s+(?:past|last)\s+(year|month|week)$",
                           re.IGNORECASE)
WEEKEND = re.compile(r"(?:(?:at|over|during|on)\s+)?the\s+weekend$", re.IGNORECASE)


def iter_documents(folders: list[Path]):
    for folder in folders:
        for path in sorted(folder.iterdir()):
            try:
                docs = documents.read_path(path)
            except (DocumentError, OSError):
                continue
            for doc in docs:
                yield folder.name, path.name, doc


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def blog_entry_floors(text: str, anchor: dt.date) -> list[tuple[int, int, dt.date]]:
    """(stamp start, stamp end, the earliest day its entry can be on) of a live blog's stamps.

    A stamp naming a weekday ("Update 6:22 a.m. Friday in Cairo") puts its entry on the
    first such day from the publication day on; entries are newest first, so an entry is
    no earlier than the latest day named by a stamp below it. Empty for other pages."""
    spans = list(BLOG_STAMP_SPAN.finditer(text))
    if len(BLOG_STAMP.findall(text)) < 3 or not spans:
        return []
    days: list[dt.date | None] = []
    for m in spans:
        named = [WEEKDAYS.index(w) + 1 for w in STAMP_WEEKDAY.findall(m.group(0))]
        # the earliest of its clocks' days: "12:16 a.m. Thursday in Cairo , 5:16 p.m. ET
        # Wednesday" carries Wednesday's news
        days.append(min((anchor + dt.timedelta(days=(iso - anchor.isoweekday()) % 7) for iso in named), default=None))
    out = []
    floor = anchor
    for k in range(len(spans) - 1, -1, -1):  # from the oldest entry (the last) up
        if days[k] is not None:
            floor = max(floor, days[k])
        out.append((spans[k].start(), spans[k].end(), days[k] or floor))
    return out[::-1]


def _clause_before(text: str, left: int, start: int) -> str:
    """The stretch of the sentence before an expression, from its last clause wall."""
    before = text[left:start]
    walls = [m.end() for m in CLAUSE_WALL.finditer(before)]
    return before[walls[-1]:] if walls else before


def classify(doc, timexes) -> list[tuple[str, str, str]]:
    """(class, timex text, value, sentence) of each expression that falls in a class."""
    text, anchor = doc.text, doc.published
    found = []

    def sentence(t):
        left, right = sentence_bounds(text, t.start, t.end)
        return text[left:right].replace("\n", " ")[:240]

    blog = len(BLOG_STAMP.findall(text)) >= 3
    stamps = [(m.start(), dt.datetime.strptime(m.group(1), "%b %d %Y").date(), m.end())
              for m in ITEM_STAMP.finditer(text)]
    weekly = re.search(r"\bthis week\s*'s\s+(?:show|programme|program|edition)\b", text, re.IGNORECASE)
    dated = {t.start: t for t in timexes}
    floors = blog_entry_floors(text, anchor)
    for k, t in enumerate(timexes):
        words = t.text.strip()
        day = _day(t.value) if t.type in ("DATE", "TIME") else None
        entry = [f for f in floors if f[1] <= t.start]
        # the earliest each kind of day word can name from its entry's day: "today" that day,
        # "yesterday" the one before, a weekday (said last) the six before
        earliest = 0 if re.match(r"(?:today|tonight|this)\b", words, re.IGNORECASE) else (
            1 if words.lower().startswith("yesterday") else 6)
        if entry and day and t.date is not None and DAY_WORD.match(words) \
                and day < entry[-1][2] - dt.timedelta(days=earliest):
            found.append(("blog_day_before_entry", t, sentence(t) + f"  [entry from {entry[-1][2]}]"))
        if day and t.date is not None and BARE_WEEKDAY.match(words) and (anchor - day).days >= LOOK_AHEAD_BACK_DAYS:
            left = sentence_bounds(text, t.start, t.end)[0]
            if LOOK_AHEAD.search(_clause_before(text, left, t.start)):
                found.append(("lookahead_weekday_past", t, sentence(t)))
        if re.fullmatch(WEEKDAY, words) and (NEWSPAPER_AFTER.match(text, t.end)
                                              or words == "Sunday"
                                              and NEWSPAPER_BEFORE.search(text, max(0, t.start - 20), t.start)):
            found.append(("weekday_newspaper", t, sentence(t)))
        if day and t.date is not None and t.date.start and t.date.start > anchor:
            left = sentence_bounds(text, t.start, t.end)[0]
            if SPECULATIVE.search(_clause_before(text, left, t.start)):
                found.append(("speculative_date", t, sentence(t)))
        if blog and day and BARE_WEEKDAY.match(words) and (anchor - day).days >= 5:
            found.append(("blog_weekday_week_back", t, sentence(t)))
        before = [s for s in stamps if s[0] < t.start]
        if before and day and RELATIVE_DAY.match(words) and t.date is not None:
            stamp_day = before[-1][1]
            seg_start = before[-1][2]
            # the same words read alone against the stamp's day (the day after it also counts
            # for a weekday: stamps written late in New York carry the next day's news)
            again = [u for u in find_dates(text[seg_start:], stamp_day) if u.start == t.start - seg_start]
            accepted = {again[0].value[:10]} if again else set()
            if again and re.match(WEEKDAY, words.split()[-1] if words.split()[0].lower() == "on" else words):
                accepted.add((stamp_day + dt.timedelta(days=1)).isoformat())
            if again and t.value[:10] not in accepted and stamp_day != anchor:
                found.append(("item_stamp_mismatch", t, sentence(t) + f"  [stamp {stamp_day}, expected {again[0].value}]"))
        if day and YEARLESS_DAY.match(words) and day > anchor:
            s = sentence(t)
            if PAST_WORD.search(s) and not PRESENT_WORD.search(s):
                found.append(("yearless_day_ahead_past", t, s))
        if t.type == "DATE" and VAGUE_AGO.search(words) and t.date is not None and t.date.start:
            # what the events layer gets (t.date), not the TimeML value, which keeps the count
            s = sentence(t)
            years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", s)}
            inside = {y for y in years if t.date.start.year <= y <= t.date.end.year}
            if t.date.precision == "year" or (years and not inside):
                found.append(("vague_ago_exact", t, s))
        if k + 1 < len(timexes) and t.date is not None and timexes[k + 1].date is not None:
            u = timexes[k + 1]
            if re.fullmatch(r"\s+and\s+", text[t.end:u.start]) and u.date.end and t.date.start \
                    and u.date.end < t.date.start:
                found.append(("inverted_pair", t, sentence(t)))
        m = EARLIER_LATER.match(words)
        if m and t.date is not None and t.date.start:
            # the publication day's side of its unit: "earlier" ends by it, "later" starts after it
            wrong = t.date.end < anchor - dt.timedelta(days=1) or t.date.end > anchor \
                if m.group(1).lower() == "earlier" else t.date.start > anchor + dt.timedelta(days=1) or t.date.start <= anchor
            if wrong:
                found.append(("earlier_later_not_at_anchor", t, sentence(t)))
        m = TRAILING_UNIT.match(words)
        if m and t.date is not None and t.date.end and t.date.end < anchor - dt.timedelta(days=1) \
                and not re.match(r"\s+of\b", text[t.end:t.end + 5]):
            found.append(("trailing_unit_calendar", t, sentence(t)))
        if WEEKEND.match(words) and t.date is not None and t.date.start and t.date.start > anchor \
                and anchor.isoweekday() <= 3:
            left = sentence_bounds(text, t.start, t.end)[0]
            if not LOOK_AHEAD.search(_clause_before(text, left, t.start)):
                found.append(("weekend_ahead_early_week", t, sentence(t)))
        if weekly and re.search(r"\b(?:this evening|tonight)\b", words, re.IGNORECASE):
            found.append(("evening_in_weekly", t, sentence(t)))
    for m in BLOG_STAMP_SPAN.finditer(text):
        for t in timexes:
            if m.start() < t.start < m.end() and t.date is not None and t.type in ("DATE", "TIME"):
                found.append(("blog_second_clock_dates_event", t, m.group(0)))
    for m in LINE_STAMP.finditer(text):
        t = dated.get(m.start())
        if t is not None and t.date is not None and t.date.start != anchor:
            found.append(("line_stamp_dates_event", t, sentence(t) + f"  [published {anchor}]"))
    return found


#: The audit's wrong dates that are the tagger's (bench/audit/after-judgements.jsonl): event,
#: article, words around the expression, the expression, the right reading (from the quote).
AUDITED = [
    ("ev_7ee839c191ccee3d", "EgyptianProtest_cnn/0077.txt", "told Sky News Monday", "Monday", "2011-01-31"),
    ("ev_3851cc0ce1c9dd2a", "EgyptianProtest_cnn/0160.txt", "journalists in Egypt Friday", "Friday", "2011-02-04"),
    ("ev_3851cc0ce1c9dd2a", "EgyptianProtest_cnn/0099.txt", "group condemned Friday", "Friday", "2011-01-14"),
    ("ev_91da75a9a64de277", "EgyptianProtest_cnn/0099.txt", "streets of Tunis Saturday", "Saturday", "2011-01-15"),
    ("ev_0ea47515b2147f4e", "MJ_bbc/0018.txt", "more than two decades ago", "more than two decades ago",
     "none (the 1986 beside it dates)"),
    ("ev_83f60bf73654697e", "MJ_bbc/0035.txt", "in 1861 and 1847", "1861", "1861 alone, not 1861..1847 (events layer)"),
    ("ev_e2c6b63cc0a423d3", "MJ_bbc/0028.txt", "death on 25 June", "25 June", "2009-06-25"),
    ("ev_1b5acff957fcf531", "MJ_bbc/0026.txt", "earlier this evening", "earlier this evening", "about 2010-04-14"),
    ("ev_f9fdb288e4bdb0b3", "SyrianCrisis_bbc/0077.txt", "01 February 12", "01 February 12",
     "2012-01-31 (the debate, not the page stamp)"),
]


def audited() -> None:
    print("| event | expression | value, calendar reading | right |")
    print("|---|---|---|---|")
    for event, name, words, span, right in AUDITED:
        doc = documents.read_path(CORPUS / name)[0]
        at = doc.text.index(words)
        found = [t for t in find_dates(doc.text, doc.published) if at <= t.start <= at + len(words) and t.text == span]
        shown = "-" if not found else (
            f"{found[0].value}, " + (f"{found[0].date.start}..{found[0].date.end}" if found[0].date else "no date"))
        print(f"| {event} | {span} | {shown} | {right} |")


CLASSES = ("blog_weekday_week_back", "item_stamp_mismatch", "yearless_day_ahead_past", "vague_ago_exact",
           "inverted_pair", "evening_in_weekly", "blog_second_clock_dates_event",
           "line_stamp_dates_event", "blog_day_before_entry", "lookahead_weekday_past", "weekday_newspaper",
           "speculative_date", "earlier_later_not_at_anchor", "trailing_unit_calendar", "weekend_ahead_early_week")


def citation_counts(dbs: list[str], show: int) -> None:
    """Each class counted over the citations of stores: the citations it dates, and their events."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    totals = collections.Counter()
    for db in dbs:
        store = Path(db).stem
        conn = sqlite3.connect(db)
        cites = collections.defaultdict(list)
        for row in conn.execute("SELECT source_id, start, \"end\", date_text, date_start, date_end, event_id "
                                "FROM citations WHERE date_text IS NOT NULL"):
            cites[row[0]].append(row[1:])
        for sid, text, published in conn.execute("SELECT id, text, published FROM sources"):
            if sid not in cites:
                continue
            doc = types.SimpleNamespace(text=text, published=dt.date.fromisoformat(published[:10]))
            timexes = find_dates(text, doc.published)
            by_start = collections.defaultdict(set)
            sentences = {}
            for cls, t, s in classify(doc, timexes):
                by_start[t.start].add(cls)
                sentences[t.start] = s
            for start, end, date_text, d0, d1, event in cites[sid]:
                totals[store] += 1
                words = date_text.split(" [")[0]
                hit = [t for t in timexes if start <= t.start and t.end <= end and words.endswith(t.text)]
                for t in hit[:1]:
                    for cls in by_start.get(t.start, ()):
                        counts[cls][store] += 1
                        examples[cls].append(f"{store} {sid} {doc.published} {t.text!r} -> cited {d0}..{d1}"
                                             f" ({event}): {sentences[t.start]}")
    stores = list(totals)
    print(f"citations with a date: " + ", ".join(f"{s} {totals[s]}" for s in stores) + "\n")
    print("| class | " + " | ".join(stores) + " | all |")
    print("|---|" + "---|" * (len(stores) + 1))
    for cls in CLASSES:
        c = counts[cls]
        print(f"| {cls} | " + " | ".join(str(c[s]) for s in stores) + f" | {sum(c.values())} |")
    if show:
        for cls in CLASSES:
            print(f"\n## {cls}")
            for line in examples[cls][:show]:
                print("-", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="Examples to print per class.")
    parser.add_argument("--folders", nargs="*", help="Only these folders (default: all).")
    parser.add_argument("--audit", action="store_true", help="Only the audited expressions, read again.")
    parser.add_argument("--db", nargs="+", help="Count over the citations of these stores instead.")
    args = parser.parse_args()
    if args.db:
        citation_counts(args.db, args.show)
        return
    if args.audit:
        audited()
        return
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir() and (not args.folders or p.name in args.folders))
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n_docs = n_timex = 0
    for folder, name, doc in iter_documents(folders):
        timexes = find_dates(doc.text, doc.published)
        n_docs += 1
        n_timex += len(timexes)
        group = "dev" if folder.split("_")[0] in DEV else "other"
        for cls, t, s in classify(doc, timexes):
            counts[cls][group] += 1
            examples[cls].append(f"{folder}/{name} {doc.published} {t.text!r} -> {t.value}: {s}")
    print(f"{n_docs} documents, {n_timex} expressions\n")
    print("| class | dev topics | other topics | all |")
    print("|---|---|---|---|")
    for cls in CLASSES:
        c = counts[cls]
        print(f"| {cls} | {c['dev']} | {c['other']} | {c['dev'] + c['other']} |")
    if args.show:
        for cls in CLASSES:
            print(f"\n## {cls}")
            for line in examples[cls][:args.show]:
                print("-", line)


if __name__ == "__main__":
    main()
