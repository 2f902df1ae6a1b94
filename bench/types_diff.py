"""What a change to event typing does at scale: citation and event types re-extracted from topic stores.

    # every mention the pipeline finds in the stores' source texts (the code on PYTHONPATH), one file per side
    PYTHONPATH=/work/main python bench/types_diff.py dump /tmp/ty/old.json /tmp/nonevents/base-*.db
    PYTHONPATH=$PWD python bench/types_diff.py dump /tmp/ty/new.json /tmp/nonevents/base-*.db
    python bench/types_diff.py diff /tmp/ty/old.json /tmp/ty/new.json [--sample 40 --seed 3 --out F.md --only RULE]
    # and a blind A/B reading of 40 changed events (no sign of which side is new; the key apart)
    python bench/types_diff.py diff /tmp/ty/old.json /tmp/ty/new.json --blind DIR --blind-n 40 --seed 7
    # one rule of events/senses.py alone (--rules with no name: none of them)
    PYTHONPATH=$PWD python bench/types_diff.py dump /tmp/ty/one.json /tmp/nonevents/base-*.db --rules conference

A citation is (store, source, quote offset, date); it changes type when both sides find it and
give it different types (citations that appear or go are not counted). An event is a
stored event of the store: its type is the type most of its citations give (describe.py), each
stored citation taking its re-extracted type from the side; it changes when that majority does.
No gold is read.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import sqlite3
from pathlib import Path


def dump(out: str, stores: list[str], rules: list[str] | None = None) -> None:
    from timeline_api.model import Document
    from timeline_api.pipeline.run import extract

    if rules is not None:  # measure some rules of events/senses.py alone (code without them: no --rules)
        from timeline_api.pipeline.events import senses
        senses.active = set(rules)

    found = {}
    for store in stores:
        topic = Path(store).stem.split("-", 1)[-1]
        conn = sqlite3.connect(f"{Path(store).resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute("select id, text, published, title, outlet, url from sources order by id").fetchall()
        cites = conn.execute("select source_id, start, trigger_start, event_id, type from citations").fetchall()
        found[topic] = {"mentions": [], "citations": [list(c) for c in cites]}
        for sid, text, published, title, outlet, url in rows:
            doc = Document(text=text, published=dt.date.fromisoformat(published[:10]), title=title or "",
                           outlet=outlet or "", url=url or "", id=sid)
            for m in extract(doc).mentions:
                found[topic]["mentions"].append([sid, m.start, m.trigger_start, m.type, m.trigger, m.quote,
                                                 m.date.text or "", str(m.date.start)])
    Path(out).write_text(json.dumps(found))


def _majority(types: list[str]) -> str:
    counts = collections.Counter(types)
    top = max(counts.values())
    return sorted(t for t, k in counts.items() if k == top)[0]


def rule_of(old: list, new: list) -> str:
    """The change's kind, by its move and its trigger (each rule of events/senses.py moves one
    kind of word one way; a trigger that moved is a statement frame giving its date away)."""
    x, y, word = old[3], new[3], old[4].lower()
    if old[4] != new[4]:
        if new[4].lower().startswith(word) or word.startswith(new[4].lower()):
            return f"vocabulary: {new[4].lower()}"  # a longer row took the words ("ruled" -> "ruled out")
        if word in ("dubbed", "called", "described", "branded", "named"):
            return "naming/what-said"
        if x == "statement" and word in ("said", "says", "told", "reported", "added", "claimed", "confirmed"):
            return "reported-happening"
        return f"trigger {old[4]!r} -> {new[4]!r}"
    if x == "statement" and word in ("said", "says", "told", "reported", "confirmed"):
        return "frame-reports"
    if x == "other" and y == "conflict" and word in ("entered", "overran", "moved", "swept", "pushed", "rolled",
                                                     "marched", "poured", "went", "advanced", "stormed", "drove"):
        return "armed-entry"
    if x == "negotiation" and y == "other" and word in ("meeting", "meetings"):
        return "body-meeting"
    if x == "other" and y == "regime_change" and word == "collapse":
        return "collapse-of-rule"
    if word == "fell" and y == "strike":
        return "physical-fall"
    if x == "regime_change" and y in ("other", "strike"):
        return "physical-fall"
    if x == "conflict" and y == "other" and word in ("clashes", "clashed", "fighting", "scuffles"):
        return "crowd-clashes"
    if x == "negotiation" and y == "agreement":
        return "concluded-at-talks"
    if x == "negotiation" and word.startswith("discuss"):
        return "discussed-aloud"
    if x == "negotiation" and y == "statement" and word in (
            "talks", "dialogue", "negotiations", "negotiation", "meeting", "peace talks", "consultations"):
        return "proposed-talks"
    if word.startswith("opening statement"):
        return "opening-statement"
    if x == "conflict" and y == "other" and old[4] == new[4] and word in (
            "began", "begun", "started", "opened", "kicked off", "got under way", "got underway"):
        return "civil-operation"
    if x == "other" and y in ("attack", "strike"):
        return "facility-violence"
    if x == "negotiation":
        return "conference" if word.startswith("conference") else "acquaintance" if word.startswith("me") \
            else "talks-about" if word == "talks" else "negotiation: other"
    if word in ("assault", "assaults"):
        return "assault-on-territory"
    if word in ("attack", "attacks"):
        return "attack-modifier"
    if word.startswith("blast"):
        return "weather-blast"
    if word.startswith("raid"):
        return "search-raid"
    if word.startswith("coup"):
        return "coup-attempt"
    if x == "withdrawal":
        return "ended-other"
    if y == "deployment" and word.startswith("arriv"):
        return "force-arrives"
    if word.startswith("interview"):
        return "police-interview"
    if word.startswith("spoke") or word.startswith("speaks"):
        return "spoke-with" if y == "negotiation" else "vocabulary: spoke"
    return f"vocabulary: {word}"


def _blind(changed: list[dict], folder: str, n: int, seed: int) -> None:
    """A random n of the events whose type changes, for a reader who must not know which side is
    new: each event's quotes and its two types in a random order as A and B (changes.md), and the
    key to them apart (key.json)."""
    rng = random.Random(seed)
    picked = rng.sample(changed, min(n, len(changed)))
    lines = [f"# {len(picked)} events whose type differs between two versions (of {len(changed)}; seed {seed})", "",
             "For each event: read its quotes and say which type fits the happening they report, A or B "
             "(or neither).", ""]
    key = {}
    for k, event in enumerate(picked, 1):
        pair = [event["old"], event["new"]]
        rng.shuffle(pair)
        key[str(k)] = {"topic": event["topic"], "event": event["event"], "A": pair[0], "B": pair[1],
                       "new": "A" if pair[0] == event["new"] else "B", "rules": event["rules"]}
        lines += [f"## {k}. [{event['topic']}] `{event['event']}`", "", f"A: **{pair[0]}** / B: **{pair[1]}**", ""]
        lines += [f"- {q[:500]}" for q in event["quotes"][:6]]
        if len(event["quotes"]) > 6:
            lines.append(f"- ... and {len(event['quotes']) - 6} more quotes")
        lines += ["", "Judgement: A / B / neither", ""]
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / "changes.md").write_text("\n".join(lines) + "\n")
    (Path(folder) / "key.json").write_text(json.dumps(key, indent=1) + "\n")


def diff(old: str, new: str, sample: int, seed: int, out: str | None, only: list[str] | None = None,
         blind: str | None = None, blind_n: int = 40) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    changes = []
    moves: collections.Counter = collections.Counter()
    rules: collections.Counter = collections.Counter()
    total = {"citations": 0, "changed": 0, "events": 0, "events changed": 0}
    changed_events: list[dict] = []
    for topic in sorted(a):
        # a mention is its sentence and its date (a re-dated trigger such as the happening a
        # statement frame reports, "On Thursday rockets pounded X, activists said", is the same mention)
        ma = {(m[0], m[1], m[7], m[6]): m for m in a[topic]["mentions"]}
        mb = {(m[0], m[1], m[7], m[6]): m for m in b[topic]["mentions"]}
        by_trigger = {(m[0], m[1], m[2]): (m[0], m[1], m[7], m[6]) for m in a[topic]["mentions"]}
        total["citations"] += len(ma)
        total["gone"] = total.get("gone", 0) + len(ma.keys() - mb.keys())
        total["new"] = total.get("new", 0) + len(mb.keys() - ma.keys())
        for key in ma.keys() & mb.keys():
            if ma[key][3] != mb[key][3]:
                total["changed"] += 1
                moves[(ma[key][3], mb[key][3])] += 1
                rules[rule_of(ma[key], mb[key])] += 1
                changes.append((topic, ma[key], mb[key]))
        events = collections.defaultdict(list)
        for sid, start, trigger_start, event_id, stored in a[topic]["citations"]:
            events[event_id].append((by_trigger.get((sid, start, trigger_start)), stored))
        for event_id, cites in events.items():
            total["events"] += 1
            side = [_majority([(m.get(key) or [0, 0, 0, stored])[3] for key, stored in cites]) for m in (ma, mb)]
            total["events changed"] += side[0] != side[1]
            if side[0] != side[1]:
                quotes = [ma[key][5] for key, _ in cites if key in ma]
                moved = [rule_of(ma[key], mb[key]) for key, _ in cites
                         if key in ma and key in mb and ma[key][3] != mb[key][3]]
                changed_events.append({"topic": topic, "event": event_id, "old": side[0], "new": side[1],
                                       "rules": sorted(set(moved)), "quotes": quotes})
        print(f"{topic}: {sum(1 for c in changes if c[0] == topic)} of {len(ma)} citations change type")
    print(f"all: {total['changed']} of {total['citations']} citations change type; "
          f"{total['events changed']} of {total['events']} stored events change majority type")
    print(f"  mentions gone {total['gone']}, new {total['new']} (sentence and date not found on the other side)")
    for (x, y), n in moves.most_common():
        print(f"  {x} -> {y}: {n}")
    print("by rule:")
    for name, n in rules.most_common():
        print(f"  {name}: {n}")
    events_by_rule: collections.Counter = collections.Counter(r for e in changed_events for r in e["rules"])
    print("events by rule (an event moved by two rules counts under both):")
    for name, n in events_by_rule.most_common():
        print(f"  {name}: {n}")
    if blind:
        _blind(changed_events, blind, blind_n, seed)
    if sample and out:
        pool = [c for c in changes if not only or rule_of(c[1], c[2]) in only]
        picked = random.Random(seed).sample(pool, min(sample, len(pool)))
        lines = [f"# {len(picked)} of {len(pool)} type changes {only or ''} (seed {seed})", ""]
        for k, (topic, m, n) in enumerate(picked, 1):
            trigger = m[4] if m[4] == n[4] else f"{m[4]} -> {n[4]}"
            lines.append(f"{k}. [{topic}] {rule_of(m, n)}: {m[3]} -> **{n[3]}** (trigger {trigger!r}, date {m[6]!r}): "
                         f"{m[5][:400]}")
        Path(out).write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("out")
    p.add_argument("stores", nargs="+")
    p.add_argument("--rules", nargs="*", help="Keep only these rules of events/senses.py active (default: all).")
    p = sub.add_parser("diff")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--sample", type=int, default=0)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--out")
    p.add_argument("--only", nargs="*", help="Sample only the changes of these kinds (names as printed 'by rule').")
    p.add_argument("--blind", help="Folder for a blind A/B reading of changed events (changes.md, key.json).")
    p.add_argument("--blind-n", type=int, default=40)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.stores, args.rules)
    else:
        diff(args.old, args.new, args.sample, args.seed, args.out, args.only, args.blind, args.blind_n)


if __name__ == "__main__":
    main()
