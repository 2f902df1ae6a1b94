"""What a change to dating does at scale: expressions over the Timeline17 articles, citations of stores.

    # every expression the tagger finds (the code on PYTHONPATH), one file per side
    PYTHONPATH=/tmp/old python bench/date_diff.py dump /tmp/d/old.json
    PYTHONPATH=$PWD python bench/date_diff.py dump /tmp/d/new.json
    python bench/date_diff.py timexes /tmp/d/old.json /tmp/d/new.json [--show REGEX]

    # citations of two stores of the same topics, built from scratch by each side
    python bench/date_diff.py stores /tmp/d/before /tmp/d/after EgyptianProtest SyrianCrisis ...

    # every event mention's date over a topic's articles, one file per side (no store, no identity)
    PYTHONPATH=/tmp/old python bench/date_diff.py mentions /tmp/d/old-m.json EgyptianProtest SyrianCrisis ...
    PYTHONPATH=$PWD python bench/date_diff.py mentions /tmp/d/new-m.json EgyptianProtest SyrianCrisis ...
    python bench/date_diff.py mention-diff /tmp/d/old-m.json /tmp/d/new-m.json

    # the seventh pass's suspects over the citations of stores (a suspect, not a verdict)
    python bench/date_diff.py suspects /tmp/d/before/*.db [--show REGEX]

    # the twelfth pass: page stamps dated after the publication day, and what re-anchoring would change
    python bench/date_diff.py late-stamps /work/s13b/*.db [--show --sample 30 --seed 12]

    # every event's title as the code on PYTHONPATH describes it from the stored citations, one file
    # per side, and the events whose title differs (the eleventh pass: titles, not dates, changed)
    PYTHONPATH=/tmp/old python bench/date_diff.py titles /tmp/d/old-t.json /tmp/d/stores/*.db
    PYTHONPATH=$PWD python bench/date_diff.py titles /tmp/d/new-t.json /tmp/d/stores/*.db
    python bench/date_diff.py title-diff /tmp/d/old-t.json /tmp/d/new-t.json

An expression is (document, offsets); it changes when its value or calendar interval does. A
citation is (source text, quote offsets, trigger); it changes when the multiset of its dates
does, or when it appears or goes (a mention that loses its only date may no longer be kept).
No gold timeline is read.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

CORPUS = Path("/work/shared/corpora/timeline17")
DEV = ("bpoil", "H1N1", "Finan", "haiti", "LibyaWar")


def _documents(topics: list[str] | None = None):
    """(key, document) for every readable article of the corpus, or of ``topics`` only."""
    from timeline_api import documents
    from timeline_api.errors import DocumentError

    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()
                         and (topics is None or p.name.rsplit("_", 1)[0] in topics)):
        for path in sorted(folder.iterdir()):
            try:
                docs = documents.read_path(path)
            except (DocumentError, OSError):
                continue
            for k, doc in enumerate(docs):
                yield f"{folder.name}/{path.name}#{k}", doc


def dump(out: str) -> None:
    from timeline_api.pipeline.temporal import find_dates

    found = {}
    for key, doc in _documents():
        found[key] = [str(doc.published)] + [
            (t.start, t.end, t.text, t.value, t.date and str(t.date.start), t.date and str(t.date.end))
            for t in find_dates(doc.text, doc.published)]
    Path(out).write_text(json.dumps(found))


def mentions(out: str, topics: list[str]) -> None:
    """Every event mention's date over the articles of ``topics`` (the code on PYTHONPATH): a cheaper
    view of what a store's citations would show, without identity."""
    from timeline_api.pipeline.run import extract

    found = {}
    for key, doc in _documents(topics):
        found[key] = [str(doc.published)] + [
            (m.trigger_start, m.trigger, m.date.start and str(m.date.start), m.date.end and str(m.date.end),
             m.date.text, m.quote) for m in extract(doc).mentions]
    Path(out).write_text(json.dumps(found))


def mention_diff(old: str, new: str) -> None:
    """The mentions whose date differs between two ``mentions`` dumps, and those that appear or go."""
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    counts: collections.Counter = collections.Counter()
    for key in sorted(set(a) | set(b)):
        da = {(m[0], m[1]): m for m in a.get(key, [])[1:]}
        db = {(m[0], m[1]): m for m in b.get(key, [])[1:]}
        for mk in sorted(set(da) | set(db), key=str):
            x, y = da.get(mk), db.get(mk)
            if x and y and x[2:4] == y[2:4]:
                continue
            kind = "gone" if not y else "new" if not x else "redated"
            counts[key.split("_")[0], kind] += 1
            row = x or y
            print(f"{key} {a.get(key, b.get(key))[0]} {kind} {mk[1]!r} {x and x[2:5]} -> {y and y[2:5]}: {row[5][:260]}")
    print(dict(counts))


def timexes(old: str, new: str, show: str | None) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    counts: collections.Counter = collections.Counter()
    total = 0
    lines = []
    for doc, rows in a.items():
        before = {(t[0], t[1]): t for t in rows[1:]}
        after = {(t[0], t[1]): t for t in b.get(doc, [None])[1:]}
        total += len(before)
        for key in sorted(set(before) | set(after)):
            x, y = before.get(key), after.get(key)
            if x is not None and y is not None and x[3:] == y[3:]:
                continue
            dated_x = bool(x and x[4] not in (None, "None"))
            dated_y = bool(y and y[4] not in (None, "None"))
            kind = "lost a date" if dated_x and not dated_y else "gained a date" if dated_y and not dated_x \
                else "changed"
            group = "dev" if doc.split("_")[0] in DEV else "other"
            counts[(kind, group)] += 1
            t = x or y
            lines.append(f"{doc} {rows[0]} {kind} {t[2]!r}: {x and x[3:]} -> {y and y[3:]}")
    print(f"{total} expressions, {sum(counts.values())} changed")
    for (kind, group), n in sorted(counts.items()):
        print(f"  {kind} ({group} topics): {n}")
    for line in lines:
        if show and re.search(show, line):
            print(line)


def titles(out: str, dbs: list[str]) -> None:
    """Every event's title, date and naming quote, described again from its stored citations."""
    import sqlite_utils

    from timeline_api.pipeline.describe import describe
    from timeline_api.store.events import citation_rows, cited_views

    found = {}
    for path in dbs:
        db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
        ids = [row[0] for row in db.execute("select id from events")]
        for k in range(0, len(ids), 500):
            for eid, cites in citation_rows(db, ids[k:k + 500]).items():
                views = cited_views(cites)
                view = describe(views)
                best = views[view.best]
                found[f"{Path(path).stem}/{eid}"] = [view.title if view.title is not None else best.title,
                                                     str(view.date.start), str(view.date.end), best.date.text,
                                                     cites[view.best]["published"], best.quote]
    Path(out).write_text(json.dumps(found))


def title_diff(old: str, new: str) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    counts: collections.Counter = collections.Counter()
    for key in sorted(set(a) & set(b)):
        if a[key][0] != b[key][0]:
            counts[key.split("/")[0]] += 1
            print(f"{key} [{b[key][3]!r} {b[key][1]}..{b[key][2]}] {a[key][0]!r} -> {b[key][0]!r}: {b[key][5][:240]}")
    print(f"{sum(counts.values())} of {len(a)} event titles changed: {dict(counts)}")


def _citations(db: str) -> dict:
    con = sqlite3.connect(db)
    out = collections.defaultdict(list)
    for h, pub, s, e, trig, ds, de, text, quote in con.execute(
            "select s.text_hash, s.published, c.start, c.end, c.trigger, c.date_start, c.date_end, c.date_text,"
            " c.quote from citations c join sources s on s.id = c.source_id"):
        out[(h, s, e, trig)].append((ds, de, text, pub, quote))
    return out


def stores(before: str, after: str, topics: list[str], show: bool) -> None:
    for topic in topics:
        a, b = _citations(f"{before}/{topic}.db"), _citations(f"{after}/{topic}.db")
        counts: collections.Counter = collections.Counter()
        for key in sorted(set(a) | set(b), key=str):
            da = sorted((x[0] or "", x[1] or "") for x in a.get(key, []))
            db = sorted((x[0] or "", x[1] or "") for x in b.get(key, []))
            if da == db:
                continue
            kind = "gone" if not db else "new" if not da else "redated"
            counts[kind] += 1
            if show:
                row = (a.get(key) or b.get(key))[0]
                print(f"  {topic} {kind} {row[3]} {key[3]!r} {da} -> {db} "
                      f"[{[x[2] for x in a.get(key, [])]} -> {[x[2] for x in b.get(key, [])]}]: {row[4][:240]}")
        dated = [sum(1 for v in side.values() for x in v if x[0]) for side in (a, b)]
        print(f"{topic}: {dict(counts)}; dated citations {dated[0]} -> {dated[1]}")


#: The seventh pass's suspects, each a pattern of the quote around a citation's date (a suspect,
#: not a verdict; see bench/README.md, "seventh pass").
_COMPARISON = re.compile(r"\b(?:first|only|record|unprecedented|most|least|worst|best|biggest|largest|highest|"
                         r"lowest|strongest|weakest|longest|fastest|sharpest|greatest|[a-z]{2,}iest)\b", re.I)
_RECOUNTING = re.compile(r"\b(?:testif\w+|testimony|recall\w*|recount\w*|remember\w*|describ\w+|echo\w*|"
                         r"heard\s+from|told\s+(?:the\s+)?(?:court|jury|jurors|inquest))\b", re.I)
_RETIMING = re.compile(r"\b(?:postpon|delay|adjourn|defer|reschedul|put\s+off|push\w*\s+back|mov(?:e|ed|es|ing)|"
                       r"prepar|readi|brac)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:until|till|to|for)\s+(?:the\s+)?$", re.I)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_UNPLANNED = set("""explosion explosions blast blasts blowout spill leak earthquake quake quakes tsunami crash crashes
    attack attacks bombing bombings shooting shootings massacre killing killings assassination murder death deaths
    ambush outbreak coup disaster accident collapse riot riots shelling clash clashes violence""".split())


def suspect_classes(quote: str, at: int, words: str, trigger: str, tpos: int, typ: str, day: tuple,
                    published: "dt.date") -> list[str]:
    """The classes of the seventh pass that a citation's date falls in."""
    out = []
    before, after = quote[max(0, at - 80):at], quote[at + len(words):]
    if re.search(r"\bsince\s+(?:the\s+)?$", before, re.I) or words.lower().startswith("since "):
        clause = re.split(r"[,;:]|--", quote[:at])[-1]
        named = re.match(r"(?:\s*['’]s)?\s+(?:[\w-]+\s+){0,2}?" + re.escape(trigger), after)
        if 0 <= tpos < at and not named and _COMPARISON.search(clause):
            out.append("comparison_since")
    if 0 <= tpos and tpos > at + len(words) and typ != "statement" and len(quote[:at].split()) <= 4 \
            and _RECOUNTING.search(quote, at + len(words), tpos):
        out.append("opening_date_past_recounting")
    start, end = day
    if _WEEKDAY.search(words) and start and start == end:
        back = (published - dt.date.fromisoformat(start)).days
        noun = re.match(r"(?:\s+(?:night|morning|afternoon|evening))?\s*['’]s\s+(?:[A-Z][\w.-]*\s+){0,2}([a-z][\w-]*)", after)
        occasion = noun.group(1) if noun else trigger.split()[-1].lower() if trigger else ""
        if 4 <= back <= 6 and occasion not in _UNPLANNED and (noun or re.search(
                r"\b(?:for|ahead\s+of|until)\s+(?:the\s+)?$", before, re.I) or re.match(r"(?:ahead|for|until)\b", words, re.I)):
            out.append("occasion_weekday_week_back")
    if start and int(start[:4]) == published.year and re.match(
            r"(?:\s*,?\s*(?:and|or)\s+\d{1,2}\s+[A-Z][a-z]+)?\s*,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", after) \
            and not re.search(r"\d{4}", words):
        out.append("yearless_day_that_year")
    if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", words.strip()) and (
            re.match(r"\s*(?::|GMT|BST|local\s+time|hrs|-LRB-\s*\d{4}\s*GMT)", after)
            or not quote[:at].strip()):
        out.append("clock_read_as_year")
    if _RETIMING.search(before) or re.match(r"(?:until|till|to)\s", words, re.I) and _RETIMING.search(
            before + words.split()[0] + " "):
        if not (0 <= tpos and at + len(words) <= tpos <= at + len(words) + 30):
            out.append("retimed_date_elsewhere")
    if 0 <= tpos < at and _CONJUNCT_OPENER.search(quote[:at]) and not _DATE_BEFORE_AND.search(quote[:at]) \
            and re.match(r"\s*[A-Za-z]", after) and not re.search(r"[,;:]|--", quote[tpos:at]):
        out.append("conjunct_date_dates_earlier")
    if re.search(r"\b(?:By|From)\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:,\s+[\w ]{0,40}?)?$", quote[:at]) \
            or re.search(r"\d{4}\s*:\s*$", quote[:at]) and re.search(r"\b(?:AM|PM|a\.m\.|p\.m\.)\s*(?:ET|EST|EDT|GMT)?$", words):
        out.append("byline_date")
    out.extend(_ninth_pass_classes(quote, at, words, tpos, trigger, day, published))
    out.extend(_eleventh_pass_classes(quote, at, words, tpos, trigger, day, published))
    if _WEEKDAY.fullmatch(re.sub(r"^(?:on|early|late)\s+", "", words.strip(), flags=re.I)) and start and start == end \
            and start < str(published) and _PROGRESSIVE_BEFORE.search(re.split(r"[,;:]|--", before)[-1]):
        out.append("progressive_weekday_past")
    return out


#: The eleventh pass's suspects (bench/README.md, "eleventh pass"): a participle after its noun that
#: holds its own date before the clause's main verb ("A Belgian ship captured by pirates two months
#: ago have been released": the capture's date, titled by the release); a noun in what a call asks
#: for, dated by it ("called for a rally on February 14"); a chronology's date with no dash before
#: its item ("... throughout the trial 29 September 2011 Jackson's bodyguard testifies"); a "Monday"
#: in a Sunday article read six days back.
_NOT_BEFORE_PARTICIPLE = set("""is are was were be been being has have had will would could may might can should
    must do does did not also who which that he she it they we i you and or but then first later jointly""".split())
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)|held|hit|shot|struck|seized|built|made|sent|caught|brought|found|lost|won|"
                         r"set|put|led|fought|begun|done")
_CALL = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:for|to)|"
                   r"invit(?:e|es|ed|ing))\b", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _eleventh_pass_classes(quote: str, at: int, words: str, tpos: int, trigger: str, day: tuple,
                           published: "dt.date") -> list[str]:
    out = []
    before, after = quote[:at], quote[at + len(words):]
    prev = re.findall(r"[\w'’-]+|[^\w\s]", quote[:tpos]) if tpos > 0 else []
    if 0 < tpos < at and _PARTICIPLE.fullmatch(trigger) and prev and prev[-1].lower() not in _NOT_BEFORE_PARTICIPLE \
            and re.fullmatch(r"[A-Za-z][\w'’-]*", prev[-1]) and not re.fullmatch(r"the|a|an|and|to|of", prev[-1], re.I) \
            and re.fullmatch(r"(?:\s+(?:by|in|at|on|from|of|near|off|into|to|for|with|during)\s+[^,;:]{0,70}?)?\s*"
                             r"(?:on|in|at|during|since|last|earlier)?\s*", quote[tpos + len(trigger):at]) \
            and re.match(r"(?:\s+(?:in|at|on|from|near|off|by)\s+[^,;:]{0,50}?)?\s+(?:is|are|was|were|has|have|had|"
                         r"will|would|could|remain\w*|expresses|shows?)\s", after):
        out.append("participle_date_titled_by_main_verb")
    calls = list(_CALL.finditer(quote[:tpos])) if tpos > 0 else []
    if calls and 0 < tpos < at and tpos - calls[-1].end() <= 60 and not re.search(r"[,;:]|--", quote[calls[-1].end():tpos]):
        out.append("called_for_noun_dated")
    if 0 <= tpos < at and re.fullmatch(r"\d{1,2}\s+" + _MONTHS + r"\s+\d{4}", words.strip()) \
            and re.match(r"\s+(?!" + _MONTHS + r"\b)[A-Z]", after) \
            and not re.search(r"\b(?:on|in|at|by|from|since|until|of|to|and|or|before|after|the)\s*$|[,(:-]\s*$", before, re.I):
        out.append("chronology_item_no_dash")
    if published.weekday() == 6 and day[0] and day[0] == day[1] and re.search(r"\bMonday\b", words) \
            and (published - dt.date.fromisoformat(day[0])).days == 6:
        out.append("sunday_monday_back")
    return out


#: The tenth pass's suspect: a bare weekday read back while a present progressive stands before it in
#: its clause ("It is sending an envoy to Damascus on Monday", written on a Sunday).
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|not\s+)?"
                                 r"[a-z]+ing\b(?:\s+[^\s]+){0,10}\s*(?:on\s+|early\s+|late\s+)?$", re.I)


#: The ninth pass's suspects (bench/README.md, "ninth pass"): a date in a "since" phrase that names
#: another happening, given to a trigger before "since" ("400 killed since the mission began on 26
#: December"); a chronology's date ("... security buildings 10 May - Two suicide bombers ...") given
#: to the item before its dash; and two classes counted and left: a count of days ago (loose by a
#: day in speech), a bare clock (a live-blog entry's hour, placed by the page's stamps).
_SINCE_PHRASE = re.compile(r"\bsince\s+((?:[\w'’-]+\s+){1,10})$", re.I)
_SINCE_BOUND = set("the a an dawn noon midnight end start beginning middle of on in at by early late".split())


def _ninth_pass_classes(quote: str, at: int, words: str, tpos: int, trigger: str, day: tuple,
                        published: "dt.date") -> list[str]:
    out = []
    before, after = quote[:at], quote[at + len(words):]
    m = _SINCE_PHRASE.search(before)
    if m and 0 <= tpos and tpos + len(trigger) <= m.start() and day[0] and day[0] <= str(published):
        named = [w.lower() for w in re.findall(r"[\w'’-]+", m.group(1))]
        head = (trigger.split() or [""])[-1].lower()
        if any(w not in _SINCE_BOUND for w in named) and named[0] not in ("it", "they", "this", "these") \
                and head not in named and head.rstrip("s") not in {w.rstrip("s") for w in named}:
            out.append("since_names_another")
    if 0 <= tpos < at and re.match(r"[ \t]+[-–][ \t]+(?:[A-Z]|\d[\d,.]*[ \t]+[a-z])", after) \
            and re.search(r"\d", words) and not re.search(r"(?:\b(?:on|in|at|by|from|to|of|and)|[-–,(])\s*$", before):
        out.append("chronology_item_next")
    if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days\s+ago\b", words, re.I):
        out.append("days_ago")
    if re.fullmatch(r"(?:(?:shortly|just)\s+)?(?:after|before|about|around|at|by)?\s*\d{1,2}(?::\d\d)?\s*"
                    r"(?:a\.m\.|p\.m\.|am|pm)(?:\s*(?:ET|GMT|EST|local time))?", words.strip(), re.I):
        out.append("bare_clock")
    return out


#: The eighth pass's suspect: a date right after "and"/"but" (and a preposition) that opens the
#: next conjunct ("tightened sanctions on Syria and on Monday King Abdullah urged"), given to a
#: trigger before it; not a date coordinated with another ("on Sunday and Monday").
_CONJUNCT_OPENER = re.compile(r"\b(?:and|but)\s+(?:(?:then|later|again|also)\s+)?(?:(?:early|late)\s+)?"
                              r"(?:(?:on|in|at|by|during)\s+)?(?:the\s+)?$", re.I)
_DATE_BEFORE_AND = re.compile(r"(?:\d|day|night|morning|evening|afternoon|week|month|year|January|February|March|"
                              r"April|May|June|July|August|September|October|November|December|ago|today|yesterday|"
                              r"tonight|between|from)\s+(?:and|but)\s+\S*\s*\S*$", re.I)


def suspects(dbs: list[str], show: str | None) -> None:
    """Count the seventh pass's classes over the dated citations of stores."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    totals: collections.Counter = collections.Counter()
    classes = ("comparison_since", "opening_date_past_recounting", "occasion_weekday_week_back",
               "yearless_day_that_year", "clock_read_as_year", "retimed_date_elsewhere",
               "conjunct_date_dates_earlier", "byline_date", "since_names_another", "chronology_item_next",
               "days_ago", "bare_clock", "progressive_weekday_past", "participle_date_titled_by_main_verb",
               "called_for_noun_dated", "chronology_item_no_dash", "sunday_monday_back")
    for db in dbs:
        store = Path(db).stem
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        published = {sid: dt.date.fromisoformat(pub[:10]) for sid, pub in con.execute("select id, published from sources")}
        for sid, s, trig, tstart, text, d0, d1, typ, quote in con.execute(
                "select source_id, start, trigger, trigger_start, date_text, date_start, date_end, type, quote"
                " from citations where date_start is not null and date_text is not null"):
            totals[store] += 1
            words = text.split(" [")[0]
            at = quote.find(words)
            if at < 0:
                continue
            tpos = tstart - s if tstart is not None else quote.find(trig or "")
            for cls in suspect_classes(quote, at, words, trig or "", tpos, typ, (d0, d1), published[sid]):
                counts[cls][store] += 1
                examples[cls].append(f"{store} {published[sid]} {published[sid]:%a} [{trig!r} {typ} <- {words!r} "
                                     f"{d0}..{d1}] {quote[:260]}")
    stores = list(totals)
    print("dated citations: " + ", ".join(f"{s} {totals[s]}" for s in stores))
    print("| class | " + " | ".join(stores) + " | all |")
    print("|---|" + "---|" * (len(stores) + 1))
    for cls in classes:
        print(f"| {cls} | " + " | ".join(str(counts[cls][s]) for s in stores) + f" | {sum(counts[cls].values())} |")
    for cls in classes:
        if show and re.search(show, cls):
            print(f"\n## {cls}")
            for line in examples[cls]:
                print("-", line)


def _day_stamps(text: str, published: dt.date):
    """(start, day) of every page-furniture timestamp of ``text`` that writes out a full day, and the
    ``Stamp``s that open an entry with such a day (the tagger's own reading, ``tagger.mark_roles``)."""
    from timeline_api.pipeline.temporal import tagger

    kept = tagger.select(tagger.tag(text))
    tagger.extend(text, kept)
    stamps = [s for s in tagger.mark_roles(text, kept) if s.day]
    furniture = {c.start for c in kept if c.role == "furniture"}
    days = [(t.start, dt.date.fromisoformat(str(t.value)[:10])) for t in tagger.find_dates(text, published)
            if t.start in furniture and re.fullmatch(r"\d{4}-\d\d-\d\d.*", str(t.value))]
    return days, stamps


def late_stamps(dbs: list[str], show: bool, sample: int, seed: int) -> None:
    """The twelfth pass: documents whose page stamps ("updated : Thu Mar 03 2011 23:59:00", "Posted by :
    X | September 17 , 2008", "-LRB- Update 4:08 a.m. Tuesday") name a day after the publication date,
    and the citations whose date would change if the whole document took its latest stamp's day as
    the reference for relative dates (the text after each stamp already does: ``tagger._references``).
    Also the relative-dated citations on lines of a topic page (three or more entry stamps with a full
    day) that carry no stamp of their own: they take the stamp above, another story's."""
    import random

    from timeline_api.pipeline.temporal import tagger

    docs = stamped = later = later14 = 0
    changed: list[tuple] = []
    unstamped: list[tuple] = []
    for db in dbs:
        store = Path(db).stem
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        for sid, pub, text in con.execute("select id, published, text from sources"):
            docs += 1
            published = dt.date.fromisoformat(pub[:10])
            days, stamps = _day_stamps(text, published)
            stamped += bool(days)
            if not any(d > published for _, d in days):
                continue
            later += 1
            later14 += any((d - published).days > 14 for _, d in days)
            cites = con.execute("select start, end, date_start, date_text, quote from citations where source_id = ?",
                                (sid,)).fetchall()
            own = {s for s, _ in days}
            before = tagger.find_dates(text, published)
            after = {(t.start, t.end): t for t in tagger.find_dates(text, max(d for _, d in days))}
            for t in before:
                u = after.get((t.start, t.end))
                if t.start in own or t.date is None or (u is not None and u.date == t.date):
                    continue
                for start, end, d0, _, quote in cites:
                    if start <= t.start < end and str(t.date.start) == d0:
                        new = str(u.date.start) if u is not None and u.date else None
                        changed.append((store, pub[:10], t.text, d0, new, quote[:240]))
            if len(stamps) >= 3:
                for start, end, d0, words, quote in cites:
                    line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", start) + 1 or len(text) + 1) - 1]
                    if start > stamps[0].end and d0 and words and not re.search(r"\d{4}", words) \
                            and not _FURNITURE_CUE_IN_LINE.search(line):
                        unstamped.append((store, pub[:10], words, d0, quote[:240]))
    print(f"documents {docs}; with a dated page stamp {stamped}; a stamp after the publication day {later}; "
          f"more than 14 days after {later14}")
    print(f"citations whose date changes if the whole document takes its latest stamp's day: {len(changed)}")
    print(f"relative-dated citations on unstamped lines of topic pages: {len(unstamped)}")
    if show:
        random.Random(seed).shuffle(changed)
        for row in changed[:sample]:
            print("- whole-document:", " | ".join(str(x) for x in row))
        for row in unstamped:
            print("- unstamped line:", " | ".join(str(x) for x in row))


#: A CNN topic page's entry stamp on a line ("... updated : Fri Apr 01 2011 21:00:00 Battles raged").
_FURNITURE_CUE_IN_LINE = re.compile(r"\bupdated\s*:", re.I)


#: Each command's positional arguments ("+": one or more).
_COMMANDS = {"mentions": ("out", "topics+"), "mention-diff": ("old", "new"), "dump": ("out",),
             "timexes": ("old", "new"), "stores": ("before", "after", "topics+"), "titles": ("out", "dbs+"),
             "title-diff": ("old", "new"), "suspects": ("dbs+",), "late-stamps": ("dbs+",)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    commands = {}
    for command, names in _COMMANDS.items():
        commands[command] = p = sub.add_parser(command)
        for name in names:
            p.add_argument(name.rstrip("+"), nargs="+" if name.endswith("+") else None)
    commands["timexes"].add_argument("--show", help="Print the changes whose line matches this regular expression.")
    commands["stores"].add_argument("--show", action="store_true", help="Print every changed citation.")
    commands["suspects"].add_argument("--show", help="Print the citations of the classes matching this regular "
                                                     "expression.")
    commands["late-stamps"].add_argument("--show", action="store_true", help="Print a random sample of the "
                                         "whole-document changes and every unstamped-line citation.")
    commands["late-stamps"].add_argument("--sample", type=int, default=30)
    commands["late-stamps"].add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    elif args.command == "mentions":
        mentions(args.out, args.topics)
    elif args.command == "mention-diff":
        mention_diff(args.old, args.new)
    elif args.command == "timexes":
        timexes(args.old, args.new, args.show)
    elif args.command == "titles":
        titles(args.out, args.dbs)
    elif args.command == "title-diff":
        title_diff(args.old, args.new)
    elif args.command == "suspects":
        suspects(args.dbs, args.show)
    elif args.command == "late-stamps":
        late_stamps(args.dbs, args.show, args.sample, args.seed)
    else:
        stores(args.before, args.after, args.topics, args.show)


if __name__ == "__main__":
    main()
