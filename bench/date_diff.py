"""What a change to dating does at scale: expressions over the Timeline17 articles, citations of stores.

    # every expression the tagger finds (the code on PYTHONPATH), one file per side
    PYTHONPATH=/tmp/old python bench/date_diff.py dump /tmp/d/old.json
    PYTHONPATH=$PWD python bench/date_diff.py dump /tmp/d/new.json
    python bench/date_diff.py timexes /tmp/d/old.json /tmp/d/new.json [--show REGEX]

    # citations of two stores of the same topics, built from scratch by each side
    python bench/date_diff.py stores /tmp/d/before /tmp/d/after EgyptianProtest SyrianCrisis ...

An expression is (document, offsets); it changes when its value or calendar interval does. A
citation is (source text, quote offsets, trigger); it changes when the multiset of its dates
does, or when it appears or goes (a mention that loses its only date may no longer be kept).
No gold timeline is read.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sqlite3
from pathlib import Path

CORPUS = Path("/work/shared/corpora/timeline17")
DEV = ("bpoil", "H1N1", "Finan", "haiti", "LibyaWar")


def dump(out: str) -> None:
    from timeline_api import documents
    from timeline_api.errors import DocumentError
    from timeline_api.pipeline.temporal import find_dates

    found = {}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            try:
                docs = documents.read_path(path)
            except (DocumentError, OSError):
                continue
            for k, doc in enumerate(docs):
                found[f"{folder.name}/{path.name}#{k}"] = [str(doc.published)] + [
                    (t.start, t.end, t.text, t.value, t.date and str(t.date.start), t.date and str(t.date.end))
                    for t in find_dates(doc.text, doc.published)]
    Path(out).write_text(json.dumps(found))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("out")
    p = sub.add_parser("timexes")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--show", help="Print the changes whose line matches this regular expression.")
    p = sub.add_parser("stores")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("topics", nargs="+")
    p.add_argument("--show", action="store_true", help="Print every changed citation.")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    elif args.command == "timexes":
        timexes(args.old, args.new, args.show)
    else:
        stores(args.before, args.after, args.topics, args.show)


if __name__ == "__main__":
    main()
