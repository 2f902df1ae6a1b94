"""Use cases shared by the API and the CLI: ingest documents, query the timeline.

Imports flow one way: api/cli -> service -> pipeline and store.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from . import documents
from .errors import DocumentError, NotFound, StorageFull, StoreBusy
from .pipeline import merge
from .pipeline.model import Document, EventMention
from .pipeline.run import Extraction, extract
from .store import citations as citation_store
from .store import db as store_db
from .store import events as event_store
from .store import facets as facet_store
from .store import sources as source_store


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


def new_event_id(source_id: str, mention: EventMention) -> str:
    """A stable id: the same documents ingested in the same order give the same ids."""
    key = f"{source_id}:{mention.start}:{mention.trigger_start}:{mention.type}:{mention.title}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _candidates(db, mention: EventMention) -> list[merge.Candidate]:
    """Stored events that might report the same happening, found through their terms.

    A match needs at least two terms shared with one citation (merge.match_score), so
    only events sharing a term can match: the lookup reads the term postings (each
    capped, store.events.TERM_POSTINGS_CAP) rather than everything in a date window,
    which keeps the cost of a merge flat as the store grows. The merge then checks
    types, dates and the shared terms.
    """
    types = merge.COMPATIBLE_TYPES.get(mention.type, {mention.type})
    terms = merge.mention_terms(mention)
    # Most of the events sharing a term are years away: drop them before reading
    # their terms and citations (merge.may_match is the part of the score that
    # needs neither).
    found = event_store.candidates_by_terms(db, types, terms,
                                            keep=lambda c: merge.may_match(mention, c))
    return _with_citations(db, found)


def _with_citations(db, candidates: list[merge.Candidate]) -> list[merge.Candidate]:
    """Give each candidate its citations one by one (the merge compares against each)."""
    cited = citation_store.cited_mentions(db, [c.id for c in candidates])
    for candidate in candidates:
        candidate.cited = [
            merge.Cited(r["source_id"], r["start"], r["end"], event_store.interval_from_row(r), r["terms"],
                        {p.lower() for p in json.loads(r["places"] or "[]") if p})
            for r in cited.get(candidate.id, [])
        ]
    return candidates


def _absorb_undated(db, event_id: str, now: str) -> None:
    """Fold undated events that report this (dated) event into it."""
    row = event_store.get_event_row(db, event_id)
    if row is None or row["span_class"] < 0:
        return
    probe = EventMention(
        type=row["type"], title=row["title"], summary="", quote="", start=0, end=0,
        date=event_store.interval_from_row(row),
        actors=json.loads(row["actors"]), places=json.loads(row["places"]),
        keywords=json.loads(row["keywords"]),
    )
    terms = merge.mention_terms(probe)
    types = merge.COMPATIBLE_TYPES.get(row["type"], {row["type"]})
    undated = event_store.candidates_by_terms(db, types, terms,
                                              keep=lambda c: not merge.is_dated(c.date))
    for candidate in _with_citations(db, undated):
        if candidate.id == event_id:
            continue
        undated_probe = EventMention(**{**probe.__dict__, "date": candidate.date})
        if merge.match_score(undated_probe, terms, candidate) > 0:
            event_store.move_citations(db, candidate.id, event_id)
    event_store.refresh_event(db, event_id, now, merge.resolve_date)


def ingest_extraction(db: sqlite_utils.Database, extraction: Extraction,
                      origin: str = "document") -> IngestResult:
    """Store one extracted document and merge its mentions, in one transaction.

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
        if previous is not None:
            result.status = "replaced"
            changed = source_store.delete_source_rows(db, previous["id"])
            for event_id in changed:
                event_store.refresh_event(db, event_id, now, merge.resolve_date)
        sid = source_store.insert_source(db, doc, digest, now)
        result.source_id = sid
        touched: list[str] = []
        for mention in extraction.mentions:
            best = merge.best_candidate(mention, _candidates(db, mention), sid)
            if best is None:
                event_id = new_event_id(sid, mention)
                if event_store.get_event_row(db, event_id) is not None:
                    continue  # the same mention twice in one document
                event_store.create_event(db, event_id, mention, now)
                result.events_created += 1
            else:
                event_id = best.id
                result.events_merged += 1
            event_store.add_citation(db, event_id, sid, mention)
            event_store.refresh_event(db, event_id, now, merge.resolve_date)
            result.citations += 1
            touched.append(event_id)
        for event_id in dict.fromkeys(touched):
            _absorb_undated(db, event_id, now)
        store_event_bodies(db, [*changed, *touched])
        source_store.set_event_counts_around(db, sid, [*changed, *touched])
        result.event_ids = source_store.event_ids_of_source(db, sid)
    return result


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
        extractions = [Extraction(x.document, [], [], x.mentions) for x in extractions]
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
        "title": row["title"],
        "summary": row["summary"],
        "date": date,
        "actors": json.loads(row["actors"] or "[]"),
        "places": json.loads(row["places"] or "[]"),
        "keywords": json.loads(row["keywords"] or "[]"),
        "conflicts": json.loads(row["conflicts"] or "[]"),
        "citation_count": row["citation_count"],
        "source_count": len({c["source_id"] for c in cites}),
        "citations": cites,
        "updated_at": row["updated_at"],
    }


def event_resources(db, rows: list[dict]) -> list[dict]:
    """Events built from their rows and citations (what ``event_bodies`` stores)."""
    cites = event_store.citation_rows(db, [r["id"] for r in rows])
    return [event_resource(r, cites.get(r["id"], [])) for r in rows]


def dumps(data) -> str:
    """The JSON text of the API: compact, UTF-8 kept as is."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


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
    event per request; this fills them in, one transaction per batch.
    """
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


def event_bodies(db, ids: list[str]) -> list[str]:
    """The JSON text of these events, in this order; missing bodies are built here."""
    stored = event_store.event_bodies(db, ids)
    missing = [i for i in ids if i not in stored]
    if missing:
        stored.update(_built_bodies(db, missing))
    return [stored[i] for i in ids if i in stored]


def list_event_bodies(db, query: event_store.EventQuery) -> tuple[list[str], tuple | None]:
    """One page of the timeline as JSON texts, and the keyset position after it."""
    rows, next_key = event_store.query_events(db, query, full_rows=False)
    return event_bodies(db, [r["id"] for r in rows]), next_key


def list_events(db, query: event_store.EventQuery) -> tuple[list[dict], tuple | None]:
    bodies, next_key = list_event_bodies(db, query)
    return [json.loads(b) for b in bodies], next_key


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
            "keywords": m.keywords,
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
