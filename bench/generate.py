"""Build a synthetic store at news scale: 1M events over 1990-2030, ~3 citations each, 200k sources.

Usage::

    python bench/generate.py --db bench/out/bench.db                 # 1,000,000 events, 200,000 sources
    python bench/generate.py --db /tmp/small.db --events 20000 --sources 4000

The rows go through the project's store code: the tables, indexes and FTS come
from ``timeline_api.store.schema`` (``TABLES`` first, then ``schema.create`` adds
the indexes and full-text search once the rows are in, as a bulk load should),
the date columns from ``events.date_columns`` and source ids from
``sources.source_id``. Rows are bulk-inserted (executemany) in the column layout of
``schema.TABLES``; every row has the columns ``create_event``,
``add_citation``, ``refresh_event`` and ``insert_source`` write. Last, ``service.reindex``
stores each event's finished JSON (``event_bodies``), as ingestion does per event. The per-mention
merge path (``service.ingest_extraction``) would take hours for a million events;
``bench/ingest.py`` measures it separately.

The mix follows what real news gives: mostly day-precise dates, some weeks,
months (a third of them early/mid/late), quarters, seasons and years, a few
decades, qualified years ("before 2014", "by 2020" as the pipeline closes them), a few open
intervals (0.3%: "since 2014" with no end), about 5% undated.
Sources are spread over the same years and cite events near their publication
date; each source's text is made of the sentences its citations quote, so the
citation offsets point at the quoted words.
"""
from __future__ import annotations

import argparse
import array
import bisect
import calendar
import datetime as dt
import hashlib
import json
import random
import secrets
import sys
import time
from pathlib import Path

from timeline_api import service
from timeline_api.pipeline.model import DateInterval
from timeline_api.store import db as store_db
from timeline_api.store import schema
from timeline_api.store import sources as source_store
from timeline_api.store.events import date_columns

FIRST = dt.date(1990, 1, 1)
LAST = dt.date(2030, 12, 31)
NOW = "2026-11-23T12:00:00+00:00"

#: (precision, weight in percent). The pipeline closes "before 2014", "by 2020", "since 2016"
#: as the named period with a qualifier (``timeline-api dates``), so "open" (a null end:
#: "ongoing since 2014" with no end in sight) is rare; open-start intervals would lead every
#: window's first page and are left out.
PRECISION_MIX = (
    ("day", 70), ("week", 4), ("month", 10), ("quarter", 2), ("season", 1), ("year", 6.7),
    ("decade", 1), ("open", 0.3), ("unknown", 5),
)
TYPE_MIX = (
    ("statement", 25), ("attack", 12), ("strike", 10), ("conflict", 8), ("agreement", 8),
    ("negotiation", 8), ("deployment", 6), ("withdrawal", 5), ("deadline", 5),
    ("regime_change", 3), ("other", 10),
)
#: Title patterns per type: {a} an actor, {p} a place, {w} a topic word.
TITLES = {
    "statement": ["{a} says {w} talks will go on", "{a} comments on the {w} in {p}", "{a} warns over {w}"],
    "attack": ["Attack on {w} convoy in {p}", "Bombing in {p}", "Gunmen attack {w} office in {p}"],
    "strike": ["Airstrike on {p}", "{a} airstrike near {p}", "Drone strike on {w} depot in {p}"],
    "conflict": ["Fighting in {p}", "Clashes between {a} and rebels in {p}", "Battle for {p}"],
    "agreement": ["Ceasefire agreement in {p}", "{a} signs {w} deal", "Agreement on {w} between {a} and {p}"],
    "negotiation": ["Talks on {w} in {p}", "{a} opens negotiations over {w}", "Peace talks in {p}"],
    "deployment": ["{a} deploys troops to {p}", "Deployment of {w} forces in {p}"],
    "withdrawal": ["{a} withdraws from {p}", "Withdrawal of troops from {p}"],
    "deadline": ["Deadline for {w} in {p}", "Deadline to end the mission in {p}"],
    "regime_change": ["Fall of the government in {p}", "Coup in {p}", "{a} ousted in {p}"],
    "other": ["{w} crisis in {p}", "Election in {p}", "{a} announces {w} plan"],
}
LEADS = ("Officials said", "According to witnesses,", "Reports said", "The agency reported that")
TOPICS = (
    "oil", "border", "nuclear", "refugee", "aid", "security", "election", "budget", "trade",
    "water", "militia", "embassy", "pipeline", "port", "prison", "vaccine", "bank", "power",
    "airport", "sanctions", "ceasefire", "reconstruction", "grain", "gas", "reform",
)


def _weighted(rng: random.Random, mix) -> str:
    names, cum = _MIXES.get(id(mix)) or _MIXES.setdefault(
        id(mix), ([m[0] for m in mix], _cumulative(m[1] for m in mix)))
    return rng.choices(names, cum_weights=cum)[0]


_MIXES: dict = {}


def _vocabulary() -> tuple[list[str], list[str]]:
    """Actors and places from the project's gazetteer, with a long tail of institutions."""
    path = Path(__file__).resolve().parent.parent / "timeline_api/pipeline/events/gazetteer.json"
    gazetteer = json.loads(path.read_text(encoding="utf-8"))
    places = sorted(set(gazetteer["places"].values()) | set(gazetteer["capitals"].values()))
    actors = sorted(set(gazetteer["actors"].values()))
    actors += [f"{p} {kind}" for p in places for kind in
               ("government", "army", "opposition", "parliament", "police", "ministry")]
    return actors, places


def random_date(rng: random.Random, precision: str) -> DateInterval:
    """A date interval of the given precision, with the words a reporter would use."""
    span = (LAST - FIRST).days
    day = FIRST + dt.timedelta(days=rng.randrange(span))
    y, m = day.year, day.month
    month_name = calendar.month_name[m]
    if precision == "day":
        approx = rng.random() < 0.05
        return DateInterval(day, day, "day", "approximate" if approx else "exact",
                            f"{'around ' if approx else ''}{month_name} {day.day}, {y}")
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return DateInterval(monday, monday + dt.timedelta(days=6), "week", "exact", "last week")
    if precision == "month":
        last = calendar.monthrange(y, m)[1]
        part = rng.choice(("exact", "exact", "early", "mid", "late"))
        lo, hi = {"exact": (1, last), "early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
        text = f"{'' if part == 'exact' else part + ' '}{month_name} {y}"
        return DateInterval(dt.date(y, m, lo), dt.date(y, m, hi), "month", part, text)
    if precision == "quarter":
        q = (m - 1) // 3
        start = dt.date(y, 3 * q + 1, 1)
        end_month = 3 * q + 3
        end = dt.date(y, end_month, calendar.monthrange(y, end_month)[1])
        return DateInterval(start, end, "quarter", "exact", f"the {('first', 'second', 'third', 'fourth')[q]} quarter of {y}")
    if precision == "season":
        start = dt.date(y, (6, 9, 3)[m % 3], 1)
        end_month = start.month + 2
        end = dt.date(y, end_month, calendar.monthrange(y, end_month)[1])
        name = {3: "spring", 6: "summer", 9: "autumn"}[start.month]
        return DateInterval(start, end, "season", "exact", f"{name} {y}")
    if precision == "year":
        part = rng.choice(("exact", "exact", "exact", "early", "late", "before", "by", "since", "until"))
        lo, hi = {"early": ((1, 1), (4, 30)), "late": ((9, 1), (12, 31))}.get(part, ((1, 1), (12, 31)))
        return DateInterval(dt.date(y, *lo), dt.date(y, *hi), "year", part,
                            f"{'' if part == 'exact' else part + ' '}{y}")
    if precision == "decade":
        d = y - y % 10
        return DateInterval(dt.date(d, 1, 1), dt.date(d + 9, 12, 31), "decade", "exact", f"the {d}s")
    if precision == "open":
        return DateInterval(dt.date(y, 1, 1), None, "year", "since", f"since {y}")
    return DateInterval(None, None, "unknown", "exact", "")


def _insert(db, table: str, rows) -> None:
    """Bulk insert in the column layout of ``schema.TABLES`` (what insert_all would write, faster)."""
    columns = list(schema.TABLES[table][0])
    if table == "citations":
        columns.remove("id")  # INTEGER PRIMARY KEY: SQLite numbers the rows, as add_citation lets it
    sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
           f"values ({', '.join('?' for _ in columns)})")
    # Columns added since (importance, status, relation, story groups) take the schema's defaults.
    defaults = schema.TABLES[table][1].get("defaults", {})
    db.conn.executemany(sql, ([row.get(c, defaults.get(c)) for c in columns] for row in rows))


class Event:
    """What the generator keeps of an event until its citations are written (slots: 1M of them)."""

    __slots__ = ("id", "type", "title", "date", "actors", "places", "keywords", "n_cites", "day")

    def quote(self, k: int) -> str:
        lead = LEADS[k % len(LEADS)]
        when = f" {self.date.text}" if self.date.text else ""
        actor = self.actors[0]
        return f"{lead} {self.title[0].lower() + self.title[1:]}{when}, {actor} said."


def _cumulative(weights) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def make_events(rng: random.Random, n: int, actors: list[str], places: list[str]) -> list[Event]:
    rng.shuffle(actors)
    rng.shuffle(places)
    actor_cum = _cumulative(1 / (i + 1) for i in range(len(actors)))  # Zipf: a few actors dominate
    place_cum = _cumulative(1 / (i + 1) ** 0.8 for i in range(len(places)))
    out = []
    undated_day = (FIRST + dt.timedelta(days=(LAST - FIRST).days // 2)).toordinal()
    for i in range(n):
        e = Event()
        e.id = "ev_" + hashlib.sha1(f"bench:{i}".encode()).hexdigest()[:16]
        e.type = _weighted(rng, TYPE_MIX)
        e.date = random_date(rng, _weighted(rng, PRECISION_MIX))
        e.actors = list(dict.fromkeys(rng.choices(actors, cum_weights=actor_cum, k=rng.choice((1, 2, 2, 3)))))
        e.places = list(dict.fromkeys(rng.choices(places, cum_weights=place_cum, k=rng.choice((1, 1, 2)))))
        word = rng.choice(TOPICS)
        e.title = rng.choice(TITLES[e.type]).format(a=e.actors[0], p=e.places[0], w=word)
        e.keywords = list(dict.fromkeys([word, e.type.replace("_", " "), rng.choice(TOPICS)]))
        e.n_cites = rng.choice((1, 1, 2, 2, 3, 3, 3, 4, 5, 6))  # mean 3
        if e.date.start is not None:
            e.day = e.date.start.toordinal()
        elif e.date.end is not None:
            e.day = e.date.end.toordinal()
        else:
            e.day = undated_day
        out.append(e)
    return out


def event_row(e: Event) -> dict:
    """The events row as create_event + refresh_event leave it after all citations are in."""
    quotes = [e.quote(k) for k in range(e.n_cites)]
    return {
        "id": e.id, "type": e.type, "title": e.title, "summary": quotes[0],
        **date_columns(e.date),
        "actors": json.dumps(e.actors), "places": json.dumps(e.places),
        "keywords": json.dumps(e.keywords), "conflicts": "[]",
        "quotes": "\n".join(dict.fromkeys(quotes)), "citation_count": e.n_cites, "updated_at": NOW,
    }


def term_rows(e: Event):
    """event_terms rows, as refresh_event writes them (the 'term' rows hold every
    citation's terms; the synthetic citations share the event's)."""
    seen = set()
    for kind, values in (("actor", e.actors), ("place", e.places), ("keyword", e.keywords)):
        for t in values:
            for key in ((kind, t.lower()), ("term", t.lower())):
                if key not in seen:
                    seen.add(key)
                    yield {"event_id": e.id, "kind": key[0], "term": key[1]}


def build(path: str, n_events: int, n_sources: int, seed: int = 5, log=print) -> dict:
    """Write the synthetic store to ``path`` (which must not exist); returns timings."""
    if Path(path).exists():
        raise SystemExit(f"{path} exists; remove it first")
    rng = random.Random(seed)
    timings = {}
    t0 = time.perf_counter()
    db = store_db.connect(path, create=False)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    for name, (columns, options) in schema.TABLES.items():
        db[name].create(columns, **options)

    actors, places = _vocabulary()
    events = make_events(rng, n_events, actors, places)
    log(f"  {n_events:,} events drawn in {time.perf_counter() - t0:.1f}s")

    # Sources spread over the years, sorted by publication; each cites events near its date.
    first, last = FIRST.toordinal(), LAST.toordinal()
    published = sorted(rng.randrange(first, last + 1) for _ in range(n_sources))
    cite_event, cite_source = array.array("i"), array.array("i")
    for index, e in enumerate(events):
        centre = bisect.bisect_left(published, e.day)
        for _ in range(e.n_cites):
            s = min(max(centre + rng.randrange(-40, 41), 0), n_sources - 1)
            cite_event.append(index)
            cite_source.append(s)
    order = sorted(range(len(cite_event)), key=cite_source.__getitem__)
    log(f"  {len(order):,} citations placed in {time.perf_counter() - t0:.1f}s")

    with db.conn:
        _insert(db, "events", (event_row(e) for e in events))
        _insert(db, "event_terms", (t for e in events for t in term_rows(e)))
    timings["events_s"] = time.perf_counter() - t0
    log(f"  events and terms written at {timings['events_s']:.1f}s")

    cite_k: dict[int, int] = {}

    def source_rows_and_citations():
        position = 0
        for s in range(n_sources):
            cites = []
            while position < len(order) and cite_source[order[position]] == s:
                cites.append(cite_event[order[position]])
                position += 1
            parts, offsets, length = [], [], 0
            for index in cites:
                k = cite_k.get(index, 0)
                cite_k[index] = k + 1
                quote = events[index].quote(k)
                offsets.append((index, k, length, length + len(quote), quote))
                parts.append(quote)
                length += len(quote) + 1
            text = " ".join(parts) or f"Synthetic source {s} with no events."
            digest = hashlib.sha256(f"{s}:{text}".encode()).hexdigest()  # texts may repeat: keep ids unique
            sid = source_store.source_id(digest)
            day = dt.date.fromordinal(published[s])
            outlet = ("Wire", "Herald", "Tribune", "Post", "Times")[s % 5]
            source = {
                "id": sid, "text_hash": digest, "url": f"https://news.example/{day.isoformat()}/{s}",
                "title": events[cites[0]].title if cites else f"Synthetic source {s}",
                "outlet": outlet, "published": day.isoformat(), "language": "en",
                "metadata": json.dumps({"file": f"bench_{s:06d}.txt"}, sort_keys=True),
                "text": text, "ingested_at": NOW, "event_count": len(set(cites)),
            }
            rows = []
            for index, k, start, end, quote in offsets:
                e = events[index]
                d = e.date
                rows.append({
                    "event_id": e.id, "source_id": sid, "quote": quote, "start": start, "end": end,
                    "trigger": e.title.split()[0].lower(), "type": e.type,
                    "date_start": d.start.isoformat() if d.start else None,
                    "date_end": d.end.isoformat() if d.end else None,
                    "precision": d.precision, "qualifier": d.qualifier, "date_text": d.text,
                    "title": e.title, "summary": quote, "actors": json.dumps(e.actors),
                    "places": json.dumps(e.places), "keywords": json.dumps(e.keywords),
                })
            yield source, rows

    batch_sources, batch_cites = [], []
    with db.conn:
        for source, rows in source_rows_and_citations():
            batch_sources.append(source)
            batch_cites += rows
            if len(batch_sources) >= 2000:
                _insert(db, "sources", batch_sources)
                _insert(db, "citations", batch_cites)
                batch_sources, batch_cites = [], []
        _insert(db, "sources", batch_sources)
        _insert(db, "citations", batch_cites)
    timings["rows_s"] = time.perf_counter() - t0
    log(f"  sources and citations written at {timings['rows_s']:.1f}s")

    with db.conn:
        schema.create(db)  # the project's indexes, FTS tables and triggers, schema version
        db["meta"].upsert({"key": "cursor_secret", "value": secrets.token_hex(16)}, pk="key")
    timings["indexes_s"] = time.perf_counter() - t0
    log(f"  indexes and FTS at {timings['indexes_s']:.1f}s")
    # Each event's finished JSON, by the service's own code (what ingestion writes per event).
    service.reindex(db, progress=lambda n: n % 200_000 == 0 and log(f"  {n:,} event bodies"))
    timings["bodies_s"] = time.perf_counter() - t0
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    timings["total_s"] = time.perf_counter() - t0
    timings["events"], timings["sources"] = n_events, n_sources
    timings["citations"] = len(order)
    timings["bytes"] = Path(path).stat().st_size
    log(f"  event bodies at {timings['bodies_s']:.1f}s; total {timings['total_s']:.1f}s, "
        f"{timings['bytes'] / 1e9:.2f} GB")
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file to create (must not exist)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--sources", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", help="write the timings here as JSON")
    args = parser.parse_args(argv)
    print(f"generating {args.events:,} events, {args.sources:,} sources into {args.db}", file=sys.stderr)
    timings = build(args.db, args.events, args.sources, args.seed,
                    log=lambda m: print(m, file=sys.stderr))
    if args.json:
        Path(args.json).write_text(json.dumps(timings, indent=2))
    print(json.dumps(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
