"""Mixed events by a proxy: multi-source events whose citations fall into pieces that share nothing.

Read from each citation's quote alone (not from identity's own fields, so the proxy does not
grade identity by its own evidence):

- *names*: capitalised words inside the sentence (a person, group, town), countries and their
  adjectives left out ("Egypt", "Egyptian", "U.S." are named by every report from there), and
  titles of office ("President", "Minister");
- *numbers*: figures that are not years, days of a month or clock times ("55 dead", "90 people");
- *rare words*: lemmas of four letters or more that fewer than ``--rare`` of the store's distinct
  quotes hold, not the event's own kind of happening (its family's words) and not date words.

Two citations are linked when they share a clue (or are the same sentence: a wire copy). An event
whose citations form more than one linked piece is *flagged*; the citations outside its largest
piece (by sources) are its *strays*. A stray shares no participant, place, number or uncommon word
with the rest: only the day (or interval) and the kind of happening tie it there. The proxy counts,
it does not judge: read a sample (``--sample N --seed S``) before trusting a figure. With
``--why`` each stray's join is replayed through identity (``identity.cluster`` on its block) and
the evidence that let it in is counted.

    python bench/purity.py /work/base/*.db
    python bench/purity.py /work/base/EgyptianProtest.db --sample 20 --seed 7 --why
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_api.pipeline import identity  # noqa: E402

STRATA = (("2-9", 2, 9), ("10+", 10, 10 ** 9))
DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today yesterday tomorrow
tonight morning evening afternoon night week weeks weekend month months year years earlier later
last next ago update cairo gmt bst est et pm am p.m. a.m.""".split())
OFFICES = frozenset("""president minister prime secretary vice mr mrs ms dr sir gen general
chairman spokesman spokeswoman chief king queen prince sheikh leader foreign state interior
defense defence ambassador envoy senator sen rep representative governor mayor director head
deputy official officials update lrb rrb lsb rsb cnn bbc reuters ap afp""".split())
STOP = frozenset("""that this with from have been were which their there they about would could
should after before into over than them when what will more also said says told just only some
such other these those while where being does made make many much most very because against
among between during under since until upon within without around across through people""".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-\.]*[A-Za-z]|\d[\d,\.:]*")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _countryish(word: str) -> bool:
    t = identity.tables()
    return word in t["countries"] or word in t["country_words"] or any(
        len(c) >= 4 and word.startswith(c[:max(4, len(c) - 1)]) for c in t["country_words"]) \
        or word in ("u.s", "u.s.", "us", "u.n", "u.n.", "american", "americans", "arab", "western")


def _lemma(word: str) -> str:
    return identity._lemma(word, "")


def clues(quote: str, family: str, rare: set[str], common: set[str]) -> frozenset[str]:
    """What a quote names that could tie it to another report of one happening."""
    tokens = _TOKEN.findall(quote)
    out = set()
    own = identity.tables()["family_words"].get(family, frozenset()) | {family}
    for i, tok in enumerate(tokens):
        low = tok.lower().strip(".")
        if tok[0].isdigit():
            number = tok.replace(",", "").rstrip(".")
            if ":" in number or not number.replace(".", "").isdigit():
                continue
            value = float(number) if number.count(".") <= 1 else -1
            if value < 0 or 1900 <= value <= 2100 or (value <= 31 and i and tokens[i - 1].lower() in DATE_WORDS) \
                    or (value <= 31 and i + 1 < len(tokens) and tokens[i + 1].lower() in DATE_WORDS):
                continue
            out.add("#" + number)
            continue
        if low in DATE_WORDS or low in OFFICES or low in STOP or _countryish(low):
            continue
        if tok[0].isupper() and i > 0 and len(low) >= 3 and not tokens[i - 1].endswith(".") \
                and low not in common:
            out.add("@" + low)
            continue
        lemma = _lemma(low)
        if len(low) >= 4 and lemma in rare and lemma not in own and low not in own:
            out.add(lemma)
    return frozenset(out)


def _pieces(members: list[dict]) -> list[list[dict]]:
    """The linked pieces of an event's citations (linked: a shared clue or the same sentence)."""
    parent = list(range(len(members)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, m in enumerate(members):
        for key in m["clues"] | {"=" + m["norm"]}:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups = defaultdict(list)
    for i, m in enumerate(members):
        groups[find(i)].append(m)
    return sorted(groups.values(), key=lambda g: (-len({m["source_id"] for m in g}),
                                                  min(m["published"] + m["source_id"] for m in g)))


def load(path: Path, rare_share: float) -> dict[str, list[dict]]:
    conn = connect(path)
    rows = [dict(r) for r in conn.execute(
        "select c.id, c.event_id, c.source_id, c.quote, c.family, c.block, c.title, s.published "
        "from citations c join sources s on s.id = c.source_id")]
    for r in rows:
        r["norm"] = " ".join(_TOKEN.findall(r["quote"].lower()))
    df = Counter()
    for norm in {r["norm"] for r in rows}:
        df.update({_lemma(w) for w in norm.split() if len(w) >= 4})
    cap = max(2, rare_share * len({r["norm"] for r in rows}))
    rare = {w for w, k in df.items() if k <= cap and w not in STOP}
    # a capitalised word the store also writes in lower case ("The", "Square", "Protesters")
    # is a headline's capital, not a name
    lower = Counter(w for r in rows for w in _TOKEN.findall(r["quote"]) if w.islower())
    common = {w for w, k in lower.items() if k >= 3}
    for r in conn.execute("select places from citations"):
        PLACES.update(p.lower() for p in json.loads(r[0] or "[]"))
    events = defaultdict(list)
    for r in rows:
        r["clues"] = clues(r["quote"], r["family"] or "", rare, common)
        events[r["event_id"]].append(r)
    return events


def flag(events: dict[str, list[dict]]) -> dict[str, tuple[int, list[dict]]]:
    """Per multi-source event: (sources, strays); strays empty when all of it is linked."""
    out = {}
    for event_id, members in events.items():
        sources = len({m["source_id"] for m in members})
        if sources < 2:
            continue
        pieces = _pieces(members)
        out[event_id] = (sources, [m for piece in pieces[1:] for m in piece])
    return out


PLACES: set[str] = set()  # the towns of the stores read (``load``), for ``kind_of``


def why_joined(path: Path, members: list[dict]) -> dict[int, str]:
    """Identity's evidence for each citation's place, replayed with the code at hand: the
    evidence it joined its block's cluster with, or, for a coarse or undated mention that
    sits in a finer event, why ``pick_one`` chose that event."""
    import sqlite_utils

    from timeline_api import service
    from timeline_api.store import citations as citation_store

    conn = connect(path)
    db = sqlite_utils.Database(conn)
    out, seen = {}, {}
    for block in sorted({s["block"] for s in members if s["block"]}):
        key = service._block_key(block)
        ms = [service._row_mention(r, seen) for r in citation_store.block_rows(db, block)]
        for c in identity.cluster(ms, strict=key[1] != "day"):
            events = {m.ref["event_id"] for m in c.members}
            for m, why in zip(c.members, c.evidence):
                out[m.ref["id"]] = why
                if why == "seed" and identity.may_join(key) and len(events) == 1:
                    finer = service._finer_events(db, key, seen)
                    joined, reason = identity.pick_one(m, list(finer.values()))
                    if joined is not None:
                        out[m.ref["id"]] = "picked as the one finer event: " + reason.split(": ", 1)[-1]
    return out


def cut(members: list[dict], strays: list[dict], whys: dict[int, str]) -> list[str]:
    """The joins that tied a flagged event's pieces: the strays' own evidence, or, where a stray
    is the event's seed, the evidence of the rest (they joined it)."""
    seed = min(members, key=lambda m: (m["published"], m["source_id"], m["id"]))
    stray_ids = {m["id"] for m in strays}
    side = [m for m in members if m["id"] not in stray_ids] if seed["id"] in stray_ids else strays
    return [kind_of(whys.get(m["id"], "?")) for m in side]


def kind_of(why: str) -> str:
    """An evidence string's kind; a shared participant says whether it is a country or a town."""
    head, _, what = why.partition(": ")
    if head == "shared participant":
        t = identity.tables()
        kind = "a country" if what in t["countries"] or what in t["country_words"] else \
            "a place" if what in PLACES else "a person or group"
        return f"{head} ({kind})"
    if head.startswith("picked"):
        return "picked as the one finer event, by " + kind_of(what)
    return head


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", nargs="+", type=Path)
    ap.add_argument("--rare", type=float, default=0.01, help="share of distinct quotes under which a word is rare")
    ap.add_argument("--sample", type=int, default=0, help="flagged events to print per store")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--why", action="store_true", help="replay identity on each stray's block")
    args = ap.parse_args(argv)
    print("| store | events 2-9 / 10+ | flagged 2-9 | flagged 10+ | strays (citations) |")
    print("|---|---|---|---|---|")
    samples, reasons = [], Counter()
    for path in args.stores:
        events = load(path, args.rare)
        flagged = flag(events)
        count = {name: [0, 0] for name, _, _ in STRATA}
        strays = 0
        for event_id, (sources, stray) in flagged.items():
            name = next(n for n, lo, hi in STRATA if lo <= sources <= hi)
            count[name][0] += 1
            count[name][1] += bool(stray)
            strays += len(stray)
        print(f"| {path.stem} | {count['2-9'][0]} / {count['10+'][0]} | {count['2-9'][1]} "
              f"({count['2-9'][1] / max(1, count['2-9'][0]):.1%}) | {count['10+'][1]} | {strays} |")
        if args.why:
            involved = [m for e, (_, stray) in flagged.items() if stray for m in events[e]]
            whys = why_joined(path, involved)
            for e, (_, stray) in flagged.items():
                if stray:
                    reasons.update(set(cut(events[e], stray, whys)))
        if args.sample:
            rng = random.Random(args.seed)
            ids = sorted(e for e, (_, stray) in flagged.items() if stray)
            for e in rng.sample(ids, min(args.sample, len(ids))):
                samples.append((path, e, events[e], flagged[e][1]))
    if args.why:
        print("\nIdentity\'s evidence for the joins that tied flagged events (events per kind of evidence):\n")
        for why, k in reasons.most_common():
            print(f"- {k}: {why}")
    for path, event_id, members, stray in samples:
        whys = why_joined(path, members) if args.why else {}
        print(f"\n### {path.stem} {event_id} ({len({m['source_id'] for m in members})} sources)\n")
        ids = {m["id"] for m in stray}
        for m in sorted(members, key=lambda m: (m["published"], m["source_id"])):
            mark = "STRAY " if m["id"] in ids else ""
            why = f" [{whys.get(m['id'], '')}]" if args.why else ""
            print(f"- {mark}{m['published']} {m['quote'][:260]!r}{why} clues={sorted(m['clues'])[:8]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
