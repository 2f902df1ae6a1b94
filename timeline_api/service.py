"""Use cases shared by the API and the CLI: ingest documents, query the timeline.

Imports flow one way: api/cli -> service -> pipeline and store.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import importlib
import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

import sqlite_utils

from . import documents, importance
from .errors import DocumentError, NotFound, StorageFull, StoreBusy
from .model import Document, EventMention
from .store import citations as citation_store
from .store import db as store_db
from .store import events as event_store
from .store import facets as facet_store
from .store import schema
from .store import sources as source_store
from .store import summary as summary_store

if TYPE_CHECKING:
    from .pipeline.run import Extraction


class _OnFirstUse:
    """A pipeline module imported when ingest first reads from it, not when the service loads.

    A serving worker only reads stored bodies: the extraction pipeline (its rule tables,
    lemminflect, the date tagger) is most of the service's import cost, and it would sit in
    every worker's memory unused (bench/README.md, "Serving speed (issue 15)").
    """

    def __init__(self, name: str):
        self._name, self._module = name, None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


identity = _OnFirstUse("timeline_api.pipeline.identity")
_describe = _OnFirstUse("timeline_api.pipeline.describe")
_run = _OnFirstUse("timeline_api.pipeline.run")


def describe(*args, **kwargs):
    return _describe.describe(*args, **kwargs)


def extract(doc: Document) -> Extraction:
    return _run.extract(doc)


def utc_now() -> str:
    """Wall-clock time for audit columns only; never used to interpret a date."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- ingestion

@dataclass
class IngestResult:
    """What happened to one document."""

    origin: str
    status: str  # added | unchanged | replaced | refused
    source_id: str | None = None
    title: str = ""
    events_created: int = 0
    events_merged: int = 0
    citations: int = 0
    event_ids: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _identity_columns(m: identity.Mention) -> dict:
    """The citation columns identity reads its blocks by (spans only where a block may join)."""
    key = identity.block_key(m)
    joins = identity.may_join(key)
    return {"family": m.family, "block": _block_name(key),
            "day": key[2] if key[1] == "day" else None,
            "span_start": key[2] if joins else None, "span_end": key[3] if joins else None}


def _block_name(key: tuple) -> str:
    return "|".join(str(part) for part in key)


def _block_key(name: str) -> tuple:
    family, kind, first, last, rest = name.split("|", 4)
    return family, kind, int(first), int(last), rest


def _row_mention(row: dict, seen: dict | None = None) -> identity.Mention:
    """A stored citation as identity sees it (``ref`` is the citation row).

    ``seen`` keeps the mentions already built in one settlement by citation id, with the
    row of their latest reading (a citation read again may have moved to another event).
    """
    if seen is not None and row["id"] in seen:
        known = seen[row["id"]]
        known.ref.update(row)
        return known
    m = identity.make(row["published"], row["source_id"], row["start"], row["trigger_start"]
                         if row["trigger_start"] is not None else -1, row["trigger"] or "", row["type"] or "other",
                         event_store.interval_from_row(row), json.loads(row["actors"] or "[]"),
                         json.loads(row["places"] or "[]"), json.loads(row["keywords"] or "[]"), ref=row,
                         title=row["title"] or "")
    if seen is not None:
        seen[row["id"]] = m
    return m


class _Settlement:
    """One document's effect on identity: which citations go to which events.

    New mentions are written with their event; stored citations that change event are
    moved; every event that gained or lost a citation is recorded for refreshing.
    """

    def __init__(self, db, source_id: str, now: str):
        self.db, self.source_id, self.now = db, source_id, now
        self.touched: dict[str, None] = {}
        self.sources: set[str] = {source_id}  # whose event counts may change
        self.moves: dict[str, Counter] = {}
        self.created = self.merged = self.citations = 0

    def place(self, members: list[identity.Mention], event_id: str) -> None:
        for m in members:
            self.assign(m, event_id)

    def assign(self, m: identity.Mention, event_id: str) -> None:
        if not isinstance(m.ref, EventMention) and m.ref["event_id"] == event_id:
            return  # a stored citation that stays where it is
        self._ensure(event_id, m)
        if isinstance(m.ref, EventMention):
            event_store.add_citation(self.db, event_id, self.source_id, m.ref, _identity_columns(m))
            self.citations += 1
            self.touched[event_id] = None
        elif m.ref["event_id"] != event_id:
            old = m.ref["event_id"]
            citation_store.move_citation(self.db, m.ref["id"], event_id)
            self.moves.setdefault(old, Counter())[event_id] += 1
            m.ref["event_id"] = event_id
            self.sources.add(m.ref["source_id"])
            self.touched[old] = None
            self.touched[event_id] = None

    def _ensure(self, event_id: str, m: identity.Mention) -> None:
        if event_id in self.touched or event_store.get_event_row(self.db, event_id) is not None:
            return
        ref = m.ref
        seed = ref if isinstance(ref, EventMention) else EventMention(
            type=ref["type"] or "other", title="", summary="", quote="", start=ref["start"], end=ref["start"],
            date=event_store.interval_from_row(ref))
        event_store.unalias(self.db, event_id)
        event_store.create_event(self.db, event_id, seed, self.now)
        self.touched[event_id] = None

    def finish(self) -> list[str]:
        """Refresh every touched event; alias the ones left empty to where their citations went."""
        alive = []
        for event_id in self.touched:
            if event_store.refresh_event(self.db, event_id, self.now, describe):
                alive.append(event_id)
            elif self.moves.get(event_id):
                event_store.alias_event(self.db, event_id, self.moves[event_id].most_common(1)[0][0])
        return alive


def _settle(db, settlement: _Settlement, new: list[identity.Mention], blocks: set[str]) -> None:
    """Cluster every block the new mentions (or a removed source) touch, finest first.

    Day blocks are clustered from all their mentions. Then every coarser block that a
    touched block lies in, or that a new mention falls in, is decided again, narrowest
    first: each mention that may join (``identity.may_join``) joins the one finer event
    that fits it, the others are clustered among themselves. The outcome depends only on
    the set of stored mentions, not on the order they came in.
    """
    seen: dict = {}  # citation id -> its Mention, built once per settlement
    by_block: dict[str, list[identity.Mention]] = {}
    for m in new:
        by_block.setdefault(_block_name(identity.block_key(m)), []).append(m)
    keys = {_block_key(b) for b in set(blocks) | set(by_block)}
    queue = [k for k in keys if k[1] != "day"]
    for key in sorted(k for k in keys if k[1] == "day"):
        name = _block_name(key)
        stored = [_row_mention(r, seen) for r in citation_store.block_rows(db, name)]
        before: dict[str, list[identity.Mention]] = {}
        for m in sorted(stored, key=lambda x: x.key):
            before.setdefault(m.ref["event_id"], []).append(m)
        clusters = identity.cluster(stored + by_block.get(name, []))
        for c in clusters:
            settlement.place(c.members, c.id)
        if identity.outline(clusters) != identity.outline([identity.Cluster(ms) for ms in before.values()]):
            # the day's events changed in a way a coarser mention's choice can see
            queue += [_block_key(b) for b in citation_store.blocks_containing(
                db, key[0], key[2], key[3], identity.LONGEST_JOINING_SPAN)]
    done: set[tuple] = set()
    while queue:
        queue.sort(key=lambda k: (k[3] - k[2], k))
        key = queue.pop(0)
        if key in done:
            continue
        done.add(key)
        name = _block_name(key)
        family, kind, first, last, rest = key
        members = [_row_mention(r, seen) for r in citation_store.block_rows(db, name)] + by_block.get(name, [])
        pooled = members
        if identity.may_join(key):
            finer = _finer_events(db, key, seen)
            pooled = []
            for m in members:
                joined, _why = identity.pick_one(m, list(finer.values()))
                if joined is None:
                    pooled.append(m)
                else:
                    settlement.assign(m, next(k for k, c in finer.items() if c is joined))
        for c in identity.cluster(pooled, strict=True):
            settlement.place(c.members, c.id)
        if kind == "span":
            queue += [k for b in citation_store.blocks_containing(db, family, first, last,
                                                                  identity.LONGEST_JOINING_SPAN)
                      if (k := _block_key(b)) not in done and k[3] - k[2] > last - first]
            # an undated mention looks at every span its reach shares a day with, not only at those
            # its reach holds whole: it is decided again when such a span's events change
            queue += [k for b in citation_store.blocks_overlapping(db, family, first, last, identity.NEAR_DAYS + 1)
                      if (k := _block_key(b)) not in done and k[1] == "near"]


def _finer_events(db, key: tuple, seen: dict) -> dict[str, identity.Cluster]:
    """The events a mention of this coarse block may join: those of its kind of happening
    dated inside its span, more precisely than it (days, or narrower spans of its class)."""
    family, kind, first, last, qualifier = key
    qualifier = "in" if kind == "near" else qualifier
    by_event: dict[str, list[identity.Mention]] = {}
    for r in citation_store.rows_within(db, family, first, last, inside=kind != "near"):
        k = _block_key(r["block"])
        if k[1] == "day" and qualifier != "in":
            continue
        if k[1] in ("span", "near") and (k[1] == "near" or k[4] != qualifier
                                         or k[3] - k[2] >= last - first):
            continue
        by_event.setdefault(r["event_id"], []).append((k[3] - k[2], _row_mention(r, seen)))
    out = {}
    for event_id in sorted(by_event):
        ranked = sorted(by_event[event_id], key=lambda pair: (pair[0], pair[1].key))
        out[event_id] = identity.Cluster([m for _, m in ranked])
    return out


def ingest_extraction(db: sqlite_utils.Database, extraction: Extraction,
                      origin: str = "document") -> IngestResult:
    """Store one extracted document and settle its mentions' identity, in one transaction.

    The transaction holds the write lock from its start (two writers queue), and the
    look-up of an identical text is inside it, so two writers given the same text
    store it once.
    """
    with _storage_errors(), store_db.write_transaction(db):
        return _ingest_locked(db, extraction, origin)


@contextlib.contextmanager
def _storage_errors():
    """The store's failures a caller can act on, named: a full disk, a writer holding on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "full" in message:
            raise StorageFull("the store's disk is full (SQLite: database or disk is full); "
                              "the document was not stored, free some space and send it again") from None
        if "locked" in message or "busy" in message:
            raise StoreBusy("another writer held the store for longer than "
                            f"{store_db.BUSY_TIMEOUT_MS // 1000} s; the document was not stored, "
                            "send it again") from None
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull("the disk is full; the document was not stored") from None
        raise


def _ingest_locked(db: sqlite_utils.Database, extraction: Extraction, origin: str) -> IngestResult:
    """Store one extracted document and settle its mentions' identity, in one transaction."""
    doc = extraction.document
    digest = source_store.text_hash(doc.text)
    existing = source_store.find_by_hash(db, digest)
    if existing is not None:
        return IngestResult(origin, "unchanged", existing["id"], existing["title"],
                            event_ids=source_store.event_ids_of_source(db, existing["id"]))
    now = utc_now()
    result = IngestResult(origin, "added", title=doc.title)
    with db.atomic():  # a savepoint within ingest_extraction's write transaction
        previous = source_store.find_by_url(db, doc.url)
        changed: list[str] = []
        blocks: set[str] = set()
        if previous is not None:
            result.status = "replaced"
            blocks = citation_store.blocks_of_source(db, previous["id"])
            changed = source_store.delete_source_rows(db, previous["id"])
        sid = source_store.insert_source(db, doc, digest, now)
        result.source_id = sid
        published = doc.published.isoformat()
        new, seen = [], set()
        for mention in extraction.mentions:
            m = identity.mention_of(mention, published, sid, ref=mention)
            if (m.key, identity.block_key(m)) in seen:
                continue  # the same mention twice in one document
            seen.add((m.key, identity.block_key(m)))
            new.append(m)
        settlement = _Settlement(db, sid, now)
        for event_id in changed:
            settlement.touched[event_id] = None
        _settle(db, settlement, new, blocks)
        alive = settlement.finish()
        result.citations = settlement.citations
        mine = set(source_store.event_ids_of_source(db, sid))
        result.events_created = sum(1 for e in mine if _citing_sources(db, e) == 1)
        result.events_merged = len(mine) - result.events_created
        store_event_bodies(db, importance.after_ingest(db, sid, doc.text, previous, alive))
        for source_id in sorted(settlement.sources):
            source_store.set_event_count(db, source_id)
        result.event_ids = sorted(mine)
    return result


def _citing_sources(db, event_id: str) -> int:
    return db.execute("select count(distinct source_id) from citations where event_id = ?",
                      [event_id]).fetchone()[0]


def ingest_document(db: sqlite_utils.Database, doc: Document, origin: str = "document") -> IngestResult:
    """Extract and store one document (idempotent, atomic)."""
    return ingest_extraction(db, extract(doc), origin)


def _read_and_extract(item: tuple[str, object, documents.DocumentLimits]):
    """Worker step for parallel ingestion: read one file and extract its documents."""
    path, published, limits = item
    try:
        docs = documents.read_path(Path(path), published, limits)
    except DocumentError as exc:
        return path, None, exc.detail
    except OSError as exc:
        return path, None, f"{path}: cannot be read ({exc.strerror or exc})"
    try:
        return path, [extract(doc) for doc in docs], None
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a folder's ingest
        return path, None, f"{path}: extraction failed ({type(exc).__name__}); the other files go on"


def _extract_for_merge(item: tuple[str, object, documents.DocumentLimits]):
    """Pool worker step: ``_read_and_extract`` returning only what the merge reads.

    The sentences and dates are half the pickled bytes and nine tenths of the time
    the merging process spends unpickling a result.
    """
    path, extractions, error = _read_and_extract(item)
    if extractions:
        extractions = [_run.Extraction(x.document, [], [], x.mentions) for x in extractions]
    return path, extractions, error


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[str], published=None,
                 limits: documents.DocumentLimits = documents.DocumentLimits(), jobs: int = 1,
                 progress: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Ingest files and folders; extraction may run in ``jobs`` processes, merging stays here.

    A document that cannot be read is refused (reported, not stored); the others go on.
    """
    files = [str(p) for p in documents.iter_paths(paths)]
    items = [(f, published, limits) for f in files]
    results: list[IngestResult] = []

    def outcomes() -> Iterator:
        if jobs > 1 and len(items) > 1:
            import multiprocessing

            # One file per task: a task costs well under a millisecond against tens of
            # milliseconds of extraction, and larger chunks left a worker idle at the end
            # while the other finished its chunk. The workers never wait for the merge
            # here: imap queues every task and buffers results in order.
            with multiprocessing.get_context("spawn").Pool(jobs) as pool:
                yield from pool.imap(_extract_for_merge, items, chunksize=1)
        else:
            yield from map(_read_and_extract, items)

    for path, extractions, error in outcomes():
        if error is not None:
            batch = [IngestResult(path, "refused", error=error)]
        else:
            batch = []
            for index, extraction in enumerate(extractions):
                origin = path if len(extractions) == 1 else f"{path}[{index}]"
                batch.append(ingest_extraction(db, extraction, origin))
        for result in batch:
            results.append(result)
            if progress:
                progress(result)
    return results


# ---------------------------------------------------------------- reading

def _web_url(url: str | None) -> str | None:
    """A stored URL as served: only http(s) (a store from before that rule may hold others)."""
    return url if url and documents.is_web_url(url) else None


def citation_resource(row: dict) -> dict:
    return {
        "source_id": row["source_id"],
        "title": row["source_title"],
        "outlet": row["outlet"],
        "url": _web_url(row["url"]),
        "published": row["published"],
        "document": row.get("document"),
        "quote": row["quote"],
        "start": row["start"],
        "end": row["end"],
        "trigger": row["trigger"],
        "date": event_store.interval_from_row(row).to_dict(),
        # null in citations stored before version 4 (the event's own are filled in)
        "status": row.get("status"),
        "relation": row.get("relation"),
    }


def event_resource(row: dict, citations: list[dict]) -> dict:
    """The public JSON form of an event (the field names are a contract)."""
    date = event_store.interval_from_row(row).to_dict()
    cites = [citation_resource(c) for c in citations]
    # The citations that give the event its date come first, then the others by publication.
    same = ("start", "end", "precision", "qualifier")
    cites.sort(key=lambda c: (any(c["date"][k] != date[k] for k in same), c["published"] or ""))
    return {
        "id": row["id"],
        "type": row["type"],
        "status": row.get("status") or "happened",
        "relation": row.get("relation") or "on",
        "title": row["title"],
        "summary": row["summary"],
        "date": date,
        "actors": json.loads(row["actors"] or "[]"),
        "places": json.loads(row["places"] or "[]"),
        "keywords": json.loads(row["keywords"] or "[]"),
        "conflicts": json.loads(row["conflicts"] or "[]"),
        "citation_count": row["citation_count"],
        "source_count": len({c["source_id"] for c in cites}),
        # Copies of one story (store: sources.story_id) count once.
        "importance": len({c.get("story_id") or c["source_id"] for c in citations}),
        "citations": cites,
        "updated_at": row["updated_at"],
    }


def event_resources(db, rows: list[dict]) -> list[dict]:
    """Events built from their rows and citations (what ``event_bodies`` stores)."""
    cites = event_store.citation_rows(db, [r["id"] for r in rows])
    return [event_resource(r, cites.get(r["id"], [])) for r in rows]


def dumps(data) -> str:
    """The JSON text of the API: compact, UTF-8 kept as is."""
    return _ENCODER.encode(data)


#: What ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` builds on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _built_bodies(db, event_ids: list[str]) -> dict[str, str]:
    """The JSON text of these events (those that exist), built from their rows and citations."""
    return {e["id"]: dumps(e) for e in event_resources(db, event_store.event_rows(db, event_ids))}


def store_event_bodies(db, event_ids: Iterable[str]) -> int:
    """Write the finished JSON of these events (those that still exist); returns how many."""
    bodies = _built_bodies(db, list(dict.fromkeys(event_ids)))
    event_store.save_event_bodies(db, bodies)
    return len(bodies)


def reindex(db, everything: bool = False, batch: int = 500,
            progress: Callable[[int], None] | None = None) -> int:
    """Store the JSON of every event that lacks it (all events with ``everything``).

    A store from before schema version 2 serves without stored bodies, building each
    event per request; this fills them in, one transaction per batch. Sources from
    before version 3 (every source with ``everything``) are first fingerprinted and
    grouped into stories (importance.backfill).
    """
    importance.backfill(db, everything)
    pick = event_store.ids_after if everything else event_store.ids_without_body
    done, after = 0, ""
    while True:
        ids = pick(db, after, batch)
        if not ids:
            return done
        with db.atomic():
            done += store_event_bodies(db, ids)
        after = ids[-1]
        if progress:
            progress(done)


def event_body_map(db, ids: list[str], utf8: bool = False) -> dict:
    """The JSON text (or its UTF-8 bytes) of these events by id (those that exist); missing
    bodies are built here."""
    stored = event_store.event_bodies(db, ids, utf8)
    missing = [i for i in ids if i not in stored]
    if missing:
        built = _built_bodies(db, missing)
        stored.update({i: b.encode("utf-8") for i, b in built.items()} if utf8 else built)
    return stored


def event_bodies(db, ids: list[str], utf8: bool = False) -> list:
    """The JSON text (or its UTF-8 bytes) of these events, in this order."""
    stored = event_body_map(db, ids, utf8)
    return [stored[i] for i in ids if i in stored]


def list_event_bodies(db, query: event_store.EventQuery, utf8: bool = False) -> tuple[list, tuple | None]:
    """One page of the timeline as JSON texts (or their UTF-8 bytes), and the keyset position after it."""
    rows, next_key = event_store.query_events(db, query, full_rows=False)
    return event_bodies(db, [r["id"] for r in rows], utf8), next_key


def list_event_page(db, query: event_store.EventQuery) -> tuple[Sequence[bytes], Sequence[bytes], tuple | None]:
    """One page of the timeline as its events' stored JSON (UTF-8), their digests (what the
    page's ETag is made of, ``schema.body_digest``) and the keyset position after it."""
    ids, bodies, digests, next_key = event_store.query_event_bodies(db, query)
    # a body not stored (an older store) has no digest either: built here, as event_body_map does
    if None in digests:
        missing = [event_id for event_id, body in zip(ids, bodies) if body is None]
        built = {event_id: body.encode("utf-8") for event_id, body in _built_bodies(db, missing).items()}
        page = [(built[i], None) if b is None else (b, d) for i, b, d in zip(ids, bodies, digests)
                if b is not None or i in built]
        bodies = [body for body, _ in page]
        digests = [digest if digest is not None else schema.body_digest(body) for body, digest in page]
    return bodies, digests, next_key


def list_events(db, query: event_store.EventQuery) -> tuple[list[dict], tuple | None]:
    bodies, next_key = list_event_bodies(db, query)
    return [json.loads(b) for b in bodies], next_key


def key_dates(db, from_day: int | None, to_day: int | None, dates: int, per_date: int,
              published: tuple[str | None, str | None] = (None, None)) -> list[str]:
    """The ``dates`` most important days of a window, best first, as JSON texts (GET /summary).

    Each is ``{"date", "importance", "citations", "events"}`` with up to ``per_date`` of the
    day's day-precise events (most important first). A day counts the independent sources
    (story groups) citing day-precise events dated to it; coarser events name no date.
    """
    days = summary_store.rank_days(db, from_day, to_day, dates, published)
    events = summary_store.events_on_days(db, [d["day"] for d in days], per_date)
    bodies = event_body_map(db, [i for d in days for i in events[d["day"]]])
    return [f'{{"date":{dumps(d["day"])},"importance":{d["importance"]},"citations":{d["citations"]},'
            f'"events":[{",".join(bodies[i] for i in events[d["day"]] if i in bodies)}]}}'
            for d in days]


def event_facets(db, query: event_store.EventQuery) -> dict:
    """Counts by type, year and month of the events a query matches (GET /events/facets)."""
    return facet_store.facet_counts(db, query)


def get_event_body(db, event_id: str) -> tuple[str | None, str | None]:
    """The event's JSON text, or (None, new id) when the id was merged into another event."""
    bodies = event_bodies(db, [event_id])
    if bodies:
        return bodies[0], None
    alias = event_store.resolve_alias(db, event_id)
    if alias is not None:
        return None, alias
    raise NotFound(f"no event with id {event_id!r}")


def source_resource(row: dict, with_text: bool = False) -> dict:
    out = {
        "id": row["id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "url": _web_url(row["url"]),
        "published": row["published"],
        "language": row["language"],
        "metadata": json.loads(row["metadata"] or "{}"),
        "text_hash": row["text_hash"],
        "ingested_at": row["ingested_at"],
        "event_count": row["event_count"],
    }
    if with_text:
        out["text"] = row["text"]
    return out


def get_source(db, source_id: str) -> dict:
    row = source_store.get_source(db, source_id)
    if row is None:
        raise NotFound(f"no source with id {source_id!r}")
    out = source_resource(row, with_text=True)
    ids = source_store.event_ids_of_source(db, source_id)
    events = [json.loads(b) for b in event_bodies(db, ids)]
    events.sort(key=lambda e: (e["date"]["start"] is None, e["date"]["start"] or "", e["id"]))
    out["events"] = events
    return out


def list_sources(db, limit: int, after, q=None, outlet=None):
    rows, next_key = source_store.list_sources(db, limit, after, q, outlet)
    return [source_resource(r) for r in rows], next_key


def extract_resource(doc: Document) -> dict:
    """Events and dates of a document, nothing stored (POST /extract, `extract`)."""
    extraction = extract(doc)
    events = []
    for m in extraction.mentions:
        events.append({
            "type": m.type, "title": m.title, "summary": m.summary,
            "date": m.date.to_dict(), "actors": m.actors, "places": m.places,
            "keywords": m.keywords, "status": m.status, "relation": m.relation,
            "citation": {"quote": m.quote, "start": m.start, "end": m.end, "trigger": m.trigger},
        })
    return {
        "published": doc.published.isoformat(),
        "events": events,
        "dates": [t.to_dict() for t in extraction.timexes],
    }


def is_empty(db) -> bool:
    return source_store.count_sources(db) == 0


def stats(db) -> dict:
    """How many sources, events and citations the store holds."""
    return store_db.table_counts(db)
