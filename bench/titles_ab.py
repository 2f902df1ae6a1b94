"""Titles, old rule against new, for people to judge blind.

For a stratified random sample of events (``events_audit.sample``'s strata: 1 / 2-9 / 10+
distinct sources), the title each rule gives from the same stored citations:

- ``built``: the title built at detection from the naming citation, or the old extractive
  fallback (``headline.extract``) where that title looks cut or garbled (main before the
  clause cutter);
- ``cut``: what ``describe`` gives now (``headline.cut``, the sentence's own clause cut down).

Writes a markdown file with, per event, the naming quotes and the distinct titles in a seeded
random order (identical titles shown once), and a JSON key saying which rule gave which title.
The judges read only the markdown (RUBRIC.md's "title ok"); ``--score JUDGED.jsonl`` then
prints the share of acceptable titles per rule.

    python bench/titles_ab.py /work/audit2/H1N1.db /work/audit2/haiti.db --sample 40 --seed 7 \
        --out bench/audit/titles-ab.md
    python bench/titles_ab.py --score bench/audit/titles-ab-judged.jsonl --key bench/audit/titles-ab-key.json

The automatic proxy (describe's titles over stored citations, judged by ``headline.ill_formed``),
once per version of the code, scored with one checker, and the two dumps blinded for readers:

    PYTHONPATH=OLD python bench/titles_ab.py A.db B.db --proxy old.jsonl --sample 300 --seed 1
    PYTHONPATH=NEW python bench/titles_ab.py A.db B.db --proxy new.jsonl --sample 300 --seed 1
    PYTHONPATH=NEW python bench/titles_ab.py --proxy-score old.jsonl new.jsonl --show 40
    python bench/titles_ab.py A.db B.db --dumps old.jsonl:new.jsonl --sample 12 --differing 12 --out F.md

``--context N`` with ``--dumps`` shows readers the N sentences of the article before each quote (for
titles that name whom an earlier sentence named: "The leader agrees" -> "Hosni Mubarak agrees").
"""
from __future__ import annotations

import argparse
from collections import Counter
import json
import random
import sys
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_audit import STRATA, connect, event_sizes, stratum  # noqa: E402

from timeline_api.pipeline import describe, headline  # noqa: E402
from timeline_api.store.events import cited_views, citation_rows  # noqa: E402

try:  # the article's text before a citation, for describe's referents (titles, tenth pass)
    from timeline_api.store.events import text_before  # noqa: E402
except ImportError:
    text_before = None


def titles(db: sqlite_utils.Database, event_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """{rule: title} and {rule: the quote that names it} for one stored event."""
    rows = citation_rows(db, [event_id])[event_id]
    cites = cited_views(rows)
    view = describe.describe(cites)
    old_best = _old_best(cites)
    c = cites[old_best]
    old = None
    if headline.suspect(c.title) or headline.garbled(c.title, c.quote):
        old = headline.extract(c.quote, c.trigger, keep=c.title)
    return ({"built": old or c.title, "cut": view.title or cites[view.best].title},
            {"built": c.quote, "cut": cites[view.best].quote})


def _old_best(cites) -> int:
    """The naming citation before the clause cutter (describe's ranking alone)."""
    saved = headline.cut
    try:
        headline.cut = lambda *a, **k: None  # the old rule: no cut clause
        return describe.describe(cites).best
    finally:
        headline.cut = saved


def build(paths: list[Path], n: int, seed: int, out: Path) -> None:
    rng = random.Random(seed)
    lines = _header(seed, n, "store")
    key: list[dict] = []
    for path in paths:
        conn = connect(path)
        db = sqlite_utils.Database(conn)
        for e in _stratified(rng, event_sizes(conn), n):
            got, quotes = titles(db, e["id"])
            _item(lines, key, seed, e, got, quotes, {"store": path.stem})
    _write(out, lines, key)


def _header(seed: int, n: int, unit: str) -> list[str]:
    return [f"# Titles to judge (seed {seed}, {n} events per {unit})", "",
            "For each item: the quote(s) the titles come from, then one or two titles in random order. "
            "Judge each title by RUBRIC.md's 'title ok' alone.", ""]


def _stratified(rng: random.Random, events: list[dict], n: int) -> list[dict]:
    """``n`` events drawn evenly from the strata of ``events_audit`` (1 / 2-9 / 10+ sources)."""
    by_stratum: dict[str, list] = {name: [] for name, _, _ in STRATA}
    for e in events:
        by_stratum[stratum(e["sources"])].append(e)
    share = [n // 3 + (1 if k < n % 3 else 0) for k in range(3)]
    chosen = []
    for members, want in zip(by_stratum.values(), share):
        chosen += rng.sample(members, min(want, len(members)))
    return chosen


def _item(lines: list[str], key: list[dict], seed: int, e, got: dict, quotes: dict, extra: dict,
          before=None) -> None:
    """One blinded item: the quotes (each after the article's sentences before it, where ``before(quote)``
    gives them), the distinct titles in a seeded order, and its key entry."""
    item = len(key) + 1
    distinct = sorted(set(got.values()))
    random.Random(f"{seed}-{e['id']}").shuffle(distinct)  # the sample must not hang on the titles
    labels = {t: "AB"[k] for k, t in enumerate(distinct)}
    lines += [f"## item {item}", ""]
    for q in dict.fromkeys(quotes.values()):
        earlier = before(q) if before else ""
        if earlier:
            lines += [f"Before it in the article: {earlier}", ""]
        lines += [f"Quote: {q}", ""]
    lines += [f"- title {labels[t]}: {t}" for t in distinct] + [""]
    key.append({"item": item, **extra, "event": e["id"], "sources": e["sources"],
                "rules": {rule: labels[t] for rule, t in got.items()}, "titles": got})


def _write(out: Path, lines: list[str], key: list[dict]) -> None:
    out.write_text("\n".join(lines))
    out.with_name(out.stem + "-key.json").write_text(json.dumps(key, indent=1))


def build_pairs(pairs: list[tuple[Path, Path]], n: int, seed: int, out: Path, differing: int = 0) -> None:
    """The same sample drawn from stores built by two versions of the code (``before`` and
    ``after``), events matched by id (identity is the same code in both): each store's own stored
    title and naming sentence, blinded as ``build`` does. Where few titles differ, a random sample
    tells little about the change: ``differing`` more events per topic are drawn among those whose
    titles differ (marked ``part: differing`` in the key, so the random part's shares stay
    unbiased)."""
    rng = random.Random(seed)
    lines = _header(seed, n, "topic")
    key: list[dict] = []
    for before_path, after_path in pairs:
        stored = {}
        for rule, path in (("before", before_path), ("after", after_path)):
            conn = connect(path)
            stored[rule] = {r[0]: (r[1], r[2]) for r in conn.execute("select id, title, summary from events")}
        events = [e for e in event_sizes(connect(after_path)) if e["id"] in stored["before"]]
        _blind_pairs(lines, key, rng, seed, events, lambda e, rule: stored[rule][e["id"]], n, differing,
                     after_path.stem)
    _write(out, lines, key)


def _blind_pairs(lines: list[str], key: list[dict], rng: random.Random, seed: int, events: list[dict],
                 got, n: int, differing: int, store: str, before=None) -> None:
    """One topic's items for ``build_pairs`` and ``build_dumps``: ``n`` events stratified by
    sources, then ``differing`` more among those whose titles differ; ``got(event, rule)`` gives
    (title, naming quote) for rule "before" or "after"."""
    chosen = [(e, "random") for e in _stratified(rng, events, n)]
    taken = {e["id"] for e, _ in chosen}
    changed = [e for e in events if e["id"] not in taken and got(e, "before")[0] != got(e, "after")[0]]
    chosen += [(e, "differing") for e in rng.sample(changed, min(differing, len(changed)))]
    rng.shuffle(chosen)
    for e, part in chosen:
        titles = {rule: got(e, rule)[0] for rule in ("before", "after")}
        quotes = {rule: got(e, rule)[1] for rule in ("before", "after")}
        _item(lines, key, seed, e, titles, quotes, {"store": store, "part": part},
              (lambda q, e=e: before(e["id"], q)) if before else None)


def build_dumps(before: Path, after: Path, paths: list[Path], n: int, seed: int, out: Path,
                differing: int = 0, context: int = 0) -> None:
    """``build_pairs`` for two versions of ``describe`` over the same stores: the titles and naming
    quotes come from two ``--proxy`` dumps (``--sample`` large enough to hold every event), so a
    change to the step after identity is judged without building the stores twice."""
    dumped = {}
    for rule, dump in (("before", before), ("after", after)):
        dumped[rule] = {}
        for line in dump.read_text().splitlines():
            row = json.loads(line)
            dumped[rule][(row["store"], row["event"])] = (row["title"], row["quote"])
    rng = random.Random(seed)
    lines = _header(seed, n, "topic")
    if context:
        lines += [f"Where an item shows 'Before it in the article', those are the {context} sentences before the "
                  "quote: a title that names someone or somewhere the quote does not is right only if they do.", ""]
    key: list[dict] = []
    for path in paths:
        events = [e for e in event_sizes(connect(path))
                  if (path.stem, e["id"]) in dumped["before"] and (path.stem, e["id"]) in dumped["after"]]
        db = sqlite_utils.Database(connect(path))
        _blind_pairs(lines, key, rng, seed, events, lambda e, rule: dumped[rule][(path.stem, e["id"])], n,
                     differing, path.stem, (lambda event, quote, db=db: _sentences_before(db, event, quote, context))
                     if context else None)
    _write(out, lines, key)


def _sentences_before(db: sqlite_utils.Database, event_id: str, quote: str, n: int) -> str:
    """The last ``n`` sentences of the article before the citation of ``event_id`` that reads ``quote``
    (one per line in the stored text), so a reader can tell whom "the leader" of a title is."""
    row = next(db.query("select c.start, s.text from citations c join sources s on s.id = c.source_id "
                        "where c.event_id = ? and c.quote = ? limit 1", [event_id, quote]), None)
    if not row:
        return ""
    lines = [line.strip() for line in row["text"][:row["start"]].splitlines() if line.strip()]
    return " ".join(lines[-n:])


def proxy_dump(paths: list[Path], n: int, seed: int, out: Path) -> None:
    """The automatic proxy, first half: ``describe``'s title for ``n`` random events per store,
    with the code on the path, as JSON lines (store, event, title, the quote it names). Run once
    with each version of the code (``PYTHONPATH``), then ``--proxy-score`` both files with one
    checker, so a stricter checker does not flatter either side."""
    with out.open("w") as f:
        for path in paths:
            conn = connect(path)
            db = sqlite_utils.Database(conn)
            ids = sorted(r[0] for r in conn.execute("select id from events"))
            for event_id in random.Random(seed).sample(ids, min(n, len(ids))):
                rows = citation_rows(db, [event_id])[event_id]
                cites = cited_views(rows)
                view = _describe(db, rows, cites)
                f.write(json.dumps({"store": path.stem, "event": event_id,
                                    "title": view.title or cites[view.best].title,
                                    "quote": cites[view.best].quote}) + "\n")


def _describe(db: sqlite_utils.Database, rows: list[dict], cites: list):
    """``describe`` as the store calls it: with the article's text before each citation, where the
    code on the path reads it (main before the titles' tenth pass did not)."""
    if text_before is None:
        return describe.describe(cites)
    return describe.describe(cites, context=lambda i: text_before(db, rows[i]))


def form_class(title: str) -> str:
    """The kind of fault a title shows, for counting the faults readers reject most (the checker's
    reading, so an estimate): ``verb-first`` (no subject: "Saying ...", "Having closes ...", also a
    gerund noun opening it, "Meeting of ..."), ``bare-noun`` (no verb, at most four words:
    "Meeting", "Coup", "Preliminary hearing"), ``noun-phrase`` (no verb, longer), ``cut`` (cut
    mid-phrase or a verb of speech with nothing said), ``other-bad`` (any other ``ill_formed``
    reason) or ``ok``."""
    words = title.split()
    why = headline.ill_formed(title)
    first = headline._word(words[0]) if words else ""
    if words and (first.endswith("ing") and "VERB" in headline._readings(first) and not words[0][1:2].isupper()
                  or why == "no subject before the verb"):
        return "verb-first"
    if not headline.has_verb(title) and not headline._verb_after_subject(words):
        return "bare-noun" if len(words) <= 4 else "noun-phrase"
    if why and ("cut" in why or "nothing said" in why):
        return "cut"
    return "other-bad" if why else "ok"


def proxy_score(dumps: list[Path], show: int = 0) -> None:
    """The automatic proxy, second half: the share of titles ``headline.ill_formed`` accepts in
    each dump (the checker judging outcomes, an upper bound on what a reader accepts); with two
    dumps, how many titles differ and, with ``show``, that many of them side by side."""
    rows = [[json.loads(line) for line in d.read_text().splitlines()] for d in dumps]
    for d, dump in zip(dumps, rows):
        good = sum(not headline.ill_formed(r["title"]) for r in dump)
        stores = sorted({r["store"] for r in dump})
        per = ", ".join(f"{s} {sum(not headline.ill_formed(r['title']) for r in dump if r['store'] == s)}/"
                        f"{sum(r['store'] == s for r in dump)}" for s in stores)
        print(f"{d}: well formed {good}/{len(dump)} ({good / max(len(dump), 1):.1%}; {per})")
        forms = Counter(form_class(r["title"]) for r in dump)
        print("  forms: " + ", ".join(f"{k} {v}" for k, v in forms.most_common()))
    if len(rows) == 2:
        before = {(r["store"], r["event"]): r for r in rows[0]}
        differ = [(before[(r["store"], r["event"])], r) for r in rows[1]
                  if (r["store"], r["event"]) in before and before[(r["store"], r["event"])]["title"] != r["title"]]
        print(f"titles that differ: {len(differ)}/{len(rows[1])}")
        for old, new in random.Random(5).sample(differ, min(show, len(differ))):
            print(f"\n{new['store']} {new['event']}\n  quote:  {new['quote'][:300]}\n"
                  f"  before: {old['title']}  [{headline.ill_formed(old['title']) or 'ok'}]\n"
                  f"  after:  {new['title']}  [{headline.ill_formed(new['title']) or 'ok'}]")


def score(judged: Path, key_path: Path) -> None:
    key = {k["item"]: k for k in json.loads(key_path.read_text())}
    rules = list(next(iter(key.values()))["rules"])
    ok = dict.fromkeys(rules, 0)
    changed = dict.fromkeys(rules, 0)
    n = n_changed = 0
    for line in judged.read_text().splitlines():
        j = json.loads(line)
        k = key[j["item"]]
        n += 1
        diff = len(set(k["rules"].values())) > 1
        n_changed += diff
        for rule, label in k["rules"].items():
            ok[rule] += bool(j.get(label))
            changed[rule] += diff and bool(j.get(label))
    print(f"{n} events judged, {n_changed} with two different titles")
    random_part = [k for k in key.values() if k.get("part") == "random"]
    if random_part:
        judged_items = {json.loads(line)["item"]: json.loads(line) for line in judged.read_text().splitlines()}
        for rule in rules:
            good = sum(bool(judged_items[k["item"]].get(k["rules"][rule])) for k in random_part
                       if k["item"] in judged_items)
            print(f"  random part only, {rule}: {good}/{len(random_part)} acceptable")
    for rule in ok:
        print(f"  {rule}: {ok[rule]}/{n} acceptable ({ok[rule] / max(n, 1):.0%}); "
              f"where the titles differ {changed[rule]}/{n_changed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stores", nargs="*", type=Path)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/audit/titles-ab.md"))
    parser.add_argument("--pair", action="append", default=[], metavar="BEFORE.db:AFTER.db",
                        help="stores of one topic built by two versions of the code (repeatable)")
    parser.add_argument("--dumps", metavar="BEFORE.jsonl:AFTER.jsonl",
                        help="blind pairs from two --proxy dumps of the same stores (build_dumps)")
    parser.add_argument("--differing", type=int, default=0,
                        help="with --pair: this many more events per topic among those whose titles differ")
    parser.add_argument("--score", type=Path)
    parser.add_argument("--context", type=int, default=0, metavar="N",
                        help="with --dumps: show readers the N sentences of the article before each quote")
    parser.add_argument("--proxy", type=Path, metavar="OUT.jsonl",
                        help="dump describe's titles for --sample random events per store (seed --seed)")
    parser.add_argument("--proxy-score", type=Path, nargs="+", metavar="DUMP.jsonl",
                        help="share of well-formed titles per dump; with two, the titles that differ")
    parser.add_argument("--show", type=int, default=0, help="with --proxy-score: print this many differing titles")
    parser.add_argument("--key", type=Path)
    args = parser.parse_args()
    if args.proxy:
        proxy_dump(args.stores, args.sample, args.seed, args.proxy)
    elif args.proxy_score:
        proxy_score(args.proxy_score, args.show)
    elif args.score:
        score(args.score, args.key or args.out.with_name(args.out.stem + "-key.json"))
    elif args.dumps:
        before, after = (Path(p) for p in args.dumps.split(":"))
        build_dumps(before, after, args.stores, args.sample, args.seed, args.out, args.differing, args.context)
    elif args.pair:
        build_pairs([tuple(Path(p) for p in pair.split(":")) for pair in args.pair], args.sample, args.seed, args.out,
                    args.differing)
    else:
        build(args.stores, args.sample, args.seed, args.out)


if __name__ == "__main__":
    main()
