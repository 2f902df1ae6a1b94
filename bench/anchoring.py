#!/usr/bin/env python3
"""Anchoring of events with no date of their own, checked against TimeML event-time links.

For every gold EVENT of ``../shared/tempeval/train`` whose sentence holds no date expression
(the case an undated mention is in), each rule proposes a date (an expression of an earlier
sentence, the document creation time) or abstains. The TLINKs of the event say whether the
proposal is right:

- **agrees**: the event is IS_INCLUDED in / DURING / SIMULTANEOUS with / IDENTITY to a timex
  (the creation time ``t0`` included) whose value is the proposed one;
- **contradicts**: such an inclusion link to a timex of another value, or a BEFORE/AFTER link to
  the proposed expression itself (for ``t0``: the event is before or after the publication day);
- **no evidence**: the event has no link that says either (TimeBank links only part of the pairs).

Accuracy = agrees / (agrees + contradicts). Gold tense/aspect are used for the tense conditions,
gold timexes and gold DCT for the candidates: this scores the rule, not the tagger.
``--pipeline`` also runs the detector (events/detect.py) on the same texts and scores the dates
its narrative anchoring gives to mentions that had none.

    python bench/anchoring.py [--pipeline]
    python bench/anchoring.py --compare OLD.db NEW.db [--show]   # two stores of one topic

``--compare`` counts undated citations and events in two stores of the same articles, the
citations the new one dates (keyed by source text, offset and trigger), and for each whether
it joined an existing event (with that event's other citations, to judge purity by reading).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))
DEFAULT_CORPUS = "/work/shared/tempeval/train"

from timeline_api.pipeline.mentions.timeml import read_corpus  # noqa: E402
from timeline_api.pipeline.sentences import split_sentences  # noqa: E402

INCLUDED = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"}
ORDERED = {"BEFORE", "AFTER", "IBEFORE", "IAFTER"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            out.append((pos, pos + len(block)))
        pos += len(block)
    return out


def _verdict(doc, eid: str, tid: str, value: str) -> str:
    values = {t.tid: t.value for t in doc.timexes}
    values["t0"] = doc.dct
    links = [(t, r) for e, t, r in doc.time_links if e == eid]
    agree = any(r in INCLUDED and values.get(t, "")[:len(value)] == value and values.get(t, "")[:10] == value[:10]
                for t, r in links)
    if agree:
        return "agrees"
    if any(r in INCLUDED and DAY.match(values.get(t, "")) for t, r in links) \
            or any(t == tid and r in ORDERED for t, r in links):
        return "contradicts"
    return "no evidence"


def candidates(doc):
    """(event, sentence index, paragraph index, first sentence of paragraph) for events with no timex in their sentence."""
    sentences = split_sentences(doc.text)
    paragraphs = _paragraphs(doc.text)

    def para(pos):
        return next((k for k, (a, b) in enumerate(paragraphs) if a <= pos < b), -1)

    for k, s in enumerate(sentences):
        own = [t for t in doc.timexes if s.start <= t.start < s.end]
        if own:
            continue
        for event in doc.events:
            if s.start <= event.start < s.end:
                yield event, k, sentences, para


def previous_timex(doc, k, sentences, para, event, back: int, same_paragraph: bool, day_only: bool):
    """The last DATE expression of the ``back`` sentences before sentence ``k``."""
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        s = sentences[j]
        if same_paragraph and para(s.start) != para(event.start):
            return None
        found = [t for t in doc.timexes if s.start <= t.start < s.end and t.type in ("DATE", "TIME")
                 and (DAY.match(t.value[:10]) if day_only else re.match(r"^\d{4}", t.value))]
        if found:
            return found[-1]
        if [t for t in doc.timexes if s.start <= t.start < s.end]:
            return None  # a sentence dated otherwise (a duration, a set, a vague time) breaks the chain
    return None


VIOLENT = re.compile(r"\b(?:kill\w*|blasts?|bomb\w*|attack\w*|raids?|strikes?|struck|shell\w*|explosions?|"
                     r"wounded|injured|dead|fired|shot|assault\w*|ambush\w*)\b", re.I)
PAST = {("PAST", "NONE"), ("PAST", "PERFECTIVE"), ("PRESENT", "PERFECTIVE")}


def rules():
    def prev(back, same_paragraph, day_only, past_only=False):
        def rule(doc, k, sentences, para, event):
            if past_only and (event.tense, event.aspect) not in PAST:
                return None
            t = previous_timex(doc, k, sentences, para, event, back, same_paragraph, day_only)
            return (t.tid, t.value[:10]) if t else None
        return rule

    def dct(lead: int, tenses):
        def rule(doc, k, sentences, para, event):
            if k >= lead or (event.tense, event.aspect) not in tenses:
                return None
            return ("t0", doc.dct)
        return rule

    def narrated(violent: bool):
        def rule(doc, k, sentences, para, event):
            if event.cls != "OCCURRENCE" or (event.tense, event.aspect) not in PAST:
                return None
            for j in (k - 1, k - 2):
                if j < 0:
                    return None
                s = sentences[j]
                found = [t for t in doc.timexes if s.start <= t.start < s.end and t.type in ("DATE", "TIME")]
                if not found:
                    continue
                values = {t.value[:10] for t in found}
                if len(values) != 1 or not all(DAY.match(t.value[:10]) for t in found):
                    return None
                value = values.pop()
                days = (dt.date.fromisoformat(doc.dct) - dt.date.fromisoformat(value)).days
                if not 0 <= days <= 7:
                    return None
                here = sentences[k].text
                if violent and not (VIOLENT.search(s.text) and VIOLENT.search(here)):
                    return None
                return (found[0].tid, value)
            return None
        return rule

    return {
        "previous sentence's expression (1 back, any precision)": prev(1, False, False),
        "previous sentence's day (1 back)": prev(1, False, True),
        "previous sentence's day, same paragraph": prev(1, True, True),
        "previous sentence's day, same paragraph, past/perfect event": prev(1, True, True, True),
        "last day within 2 sentences, same paragraph, past/perfect": prev(2, True, True, True),
        "last day within 3 sentences, same paragraph, past/perfect": prev(3, True, True, True),
        "last day within 3 sentences, any paragraph, past/perfect": prev(3, False, True, True),
        "narrated (close to detector rule 2): past occurrence, the one recent day of the sentence before (or 2 before)":
            narrated(False),
        "narrated, and the dating sentence and the event's sentence report violence": narrated(True),
        "publication day, sentences 1-3, past or present perfect": dct(3, PAST),
        "publication day, sentences 1-3, present perfect only": dct(3, {("PRESENT", "PERFECTIVE")}),
        "publication day, any sentence, present perfect only": dct(10 ** 6, {("PRESENT", "PERFECTIVE")}),
        "publication day, any sentence, past": dct(10 ** 6, {("PAST", "NONE")}),
    }


def score_gold(docs) -> dict:
    table = {name: Counter() for name in rules()}
    total = 0
    for doc in docs:
        for event, k, sentences, para in candidates(doc):
            total += 1
            for name, rule in rules().items():
                choice = rule(doc, k, sentences, para, event)
                if choice is None:
                    continue
                table[name]["proposed"] += 1
                table[name][_verdict(doc, event.eid, *choice)] += 1
    return {"events with no expression in their sentence": total, "rules": table}


def format_gold(result: dict) -> str:
    lines = [f"events with no date expression in their sentence: {result['events with no expression in their sentence']}",
             "", "| rule | proposed | agrees | contradicts | no evidence | accuracy (agrees / judged) |",
             "|---|---|---|---|---|---|"]
    for name, c in result["rules"].items():
        judged = c["agrees"] + c["contradicts"]
        acc = f"{100 * c['agrees'] / judged:.1f}" if judged else ""
        lines.append(f"| {name} | {c['proposed']} | {c['agrees']} | {c['contradicts']} | {c['no evidence']} | {acc} |")
    return "\n".join(lines)


def score_pipeline(docs) -> Counter:
    """Mentions the detector dates by narrative anchoring, matched to gold events by trigger offset."""
    from timeline_api.pipeline.events import detect_events
    from timeline_api.pipeline.model import Document
    from timeline_api.pipeline.temporal import find_dates

    import timeline_api.pipeline.events.detect as detect

    anchored: list = []
    original = detect.anchor_undated

    def spy(mentions, *args):
        before = [m.date.start is None and m.date.end is None for m in mentions]
        original(mentions, *args)
        anchored.extend(m for b, m in zip(before, mentions) if b and m.date.start is not None)

    detect.anchor_undated = spy
    out = Counter()
    examples = []
    for doc in docs:
        text_timexes = find_dates(doc.text, doc.dct)
        document = Document(doc.text, dt.date.fromisoformat(doc.dct))
        gold = {e.start: e for e in doc.events}
        anchored.clear()
        detect_events(document, split_sentences(doc.text), text_timexes)
        for mention in list(anchored):
            out["anchored"] += 1
            event = gold.get(mention.trigger_start)
            if event is None:
                out["no gold event at the trigger"] += 1
                continue
            if mention.date.start is None or mention.date.start != mention.date.end:
                out["not a day"] += 1
                continue
            value = mention.date.start.isoformat()
            tid = "t0" if value == doc.dct else next((t.tid for t in doc.timexes if t.value[:10] == value), "")
            verdict = _verdict(doc, event.eid, tid, value)
            out[verdict] += 1
            examples.append((verdict, doc.name, mention.trigger, value, mention.quote[:120]))
    for row in examples:
        print(*row, sep=" | ")
    return out


def compare(old_path: str, new_path: str, show: bool) -> None:
    import sqlite3

    def load(con):
        rows = con.execute(
            "select s.text_hash, c.start, c.trigger_start, c.trigger, c.event_id, c.date_start, c.date_text, "
            "c.quote, s.published from citations c join sources s on s.id = c.source_id").fetchall()
        return {r[:4]: r for r in rows}

    def counts(con):
        c = con.execute("select count(*), sum(date_start is null) from citations").fetchone()
        e = con.execute("select count(*), sum(date_start is null) from events").fetchone()
        return f"citations {c[0]} (undated {c[1]}), events {e[0]} (undated {e[1]})"

    old_db, new_db = sqlite3.connect(old_path), sqlite3.connect(new_path)
    old, new = load(old_db), load(new_db)
    print("old:", counts(old_db))
    print("new:", counts(new_db))
    members: dict[str, list] = {}
    for key, row in new.items():
        members.setdefault(row[4], []).append(row)
    newly = [new[k] for k in new if k in old and old[k][5] is None and new[k][5] is not None]
    joined = [r for r in newly if len(members[r[4]]) > 1]
    print(f"newly dated citations {len(newly)}, of which in an event with other citations {len(joined)}")
    if show:
        for row in newly:
            print(f"## {row[8][:10]} -> {row[5]} ({row[6]!r}) {row[4]}: {row[7][:160]}")
            for other in members[row[4]]:
                if other is not row:
                    print(f"     + {other[5]}: {other[7][:140]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--pipeline", action="store_true", help="also score the detector's anchored mentions")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="two stores of the same articles")
    ap.add_argument("--show", action="store_true", help="with --compare: list the newly dated citations")
    a = ap.parse_args(argv)
    if a.compare:
        compare(*a.compare, a.show)
        return 0
    docs = read_corpus(a.corpus)
    print(format_gold(score_gold(docs)))
    if a.pipeline:
        print(dict(score_pipeline(docs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
