"""The SQLite schema: tables, indexes, full-text search and the schema version.

Dates are stored twice: as ISO text for people and as proleptic Gregorian
day numbers (``date.toordinal()``) for range queries. An interval query
("what overlaps this month?") cannot use a B-tree on the start day alone,
since everything that started earlier might still overlap. Events are
therefore filed in *span classes* by the length of their interval; within a
class the length is bounded, so "overlaps [F, T]" becomes the bounded range
``start_day BETWEEN F - max_len + 1 AND T`` on an index per class.
"""
from __future__ import annotations

import hashlib
import re
import weakref

import sqlite_utils

from ..model import RELATION_OF_QUALIFIER

#: 2 added ``event_bodies`` (each event's finished JSON); a version-1 store still serves
#: (bodies are built per request) and ``timeline-api reindex`` fills the table.
#: 3 added story groups (``source_sentences``, ``common_sentences``, ``sources.story_id``,
#: ``sources.fingerprint_count``)
#: and ``events.importance``. Opening an older store for writing adds the columns (importance
#: 0, no story groups) and drops its stored bodies, which lack ``importance``: it serves as a
#: version-1 store did, and ``timeline-api reindex`` fingerprints its sources, groups them,
#: computes every importance and stores the bodies again.
#: 4 added each event's and citation's ``status`` and ``relation`` (model.STATUSES, RELATIONS).
#: Opening an older store for writing adds the columns, fills the events' from their stored
#: date qualifier, type and sources' publication dates (``_backfill_status``), leaves the
#: citations' empty (the describe step derives them the same way) and drops stored bodies.
#: 5 keys the events' full-text index by date (``EVENTS_FTS_ROWID``), so a search reads its hits
#: in timeline order and stops at the page. Opening an older store for writing rebuilds
#: ``events_fts`` (about a minute at 1M events); read-only, an older store still serves, its
#: searches by the hit-set plans (``events_fts_by_date``).
#: 6 stores each event body's digest beside it (``event_bodies.digest``, ``body_digest``), so a
#: page's ETag is a hash over its events' digests rather than over its ~100 KB. Opening an older
#: store for writing adds the column and fills it (``_add_body_digests``); read-only, an older
#: store serves the same ETags, each digest computed as its body is read.
SCHEMA_VERSION = 6

#: Upper bound (days) of the interval length in each span class, shortest first.
#: The last class holds open-ended and very long intervals; it is scanned whole.
SPAN_CLASS_MAX_DAYS = (1, 8, 31, 92, 184, 366, 3653, None)

#: Day numbers standing for an open start ("before 2014") and an open end ("since 2014").
OPEN_START_DAY = 1  # 0001-01-01
OPEN_END_DAY = 3652059  # 9999-12-31
#: Sort keys that put undated events after dated ones in both directions.
UNDATED_SORT_ASC = 10_000_000
UNDATED_SORT_DESC = -1


def span_class(start_day: int | None, end_day: int | None) -> int:
    """The span class of an interval; -1 for an undated event."""
    if start_day is None or end_day is None:
        return -1
    length = end_day - start_day + 1
    for index, limit in enumerate(SPAN_CLASS_MAX_DAYS):
        if limit is None or length <= limit:
            return index
    raise AssertionError("unreachable: the last class is unbounded")


#: Citation columns the identity step reads; added to older stores when a writer connects
#: (their citations, without them, keep their events and take part in no new merge).
IDENTITY_COLUMNS = {"trigger_start": int, "family": str, "block": str, "day": int,
                    "span_start": int, "span_end": int}

TABLES = {
    "meta": ({"key": str, "value": str}, {"pk": "key"}),
    "sources": (
        {
            "id": str, "text_hash": str, "url": str, "title": str, "outlet": str,
            "published": str, "language": str, "metadata": str, "text": str,
            "ingested_at": str, "event_count": int,
            # The smallest source id of this text's story group (copies of one story, see
            # pipeline/stories.py); null until ``fingerprint_count`` is set.
            "story_id": str, "fingerprint_count": int,
        },
        {"pk": "id", "not_null": {"text_hash", "text", "published"}},
    ),
    "events": (
        {
            "id": str, "type": str, "title": str, "summary": str,
            "date_start": str, "date_end": str, "precision": str, "qualifier": str,
            "date_text": str, "edtf": str,
            "start_day": int, "end_day": int, "span_class": int,
            "sort_asc": int, "sort_desc": int,
            "actors": str, "places": str, "keywords": str, "conflicts": str,
            "quotes": str, "citation_count": int, "updated_at": str,
            # Independent sources: distinct story groups among the citations.
            "importance": int,
            # happened / scheduled / deadline, and how the date relates (model.STATUSES, RELATIONS)
            "status": str, "relation": str,
        },
        {"pk": "id", "not_null": {"type", "title", "span_class", "sort_asc", "sort_desc", "importance",
                                  "status", "relation"},
         "defaults": {"importance": 0, "status": "happened", "relation": "on"}},
    ),
    "citations": (
        {
            "id": int, "event_id": str, "source_id": str, "quote": str,
            "start": int, "end": int, "trigger": str, "type": str,
            "date_start": str, "date_end": str, "precision": str, "qualifier": str,
            "date_text": str, "title": str, "summary": str, "actors": str, "places": str, "keywords": str,
            "status": str, "relation": str,
            # event identity (pipeline/identity): the trigger's position and kind of happening, and
            # the block the citation is clustered in, with its day or bounded span as day numbers
            **IDENTITY_COLUMNS,
        },
        {
            "pk": "id",
            "not_null": {"event_id", "source_id", "quote", "start", "end"},
            "foreign_keys": [("event_id", "events", "id"), ("source_id", "sources", "id")],
        },
    ),
    # One row per (event, normalized term): the merge looks candidates up here.
    "event_terms": ({"event_id": str, "kind": str, "term": str}, {"pk": ("event_id", "kind", "term")}),
    # Each event's public JSON (citations included), written whenever the event changes, so
    # a page of the timeline is one lookup per event and a string join, not 50 rebuilds.
    "event_bodies": ({"event_id": str, "body": str, "digest": bytes}, {"pk": "event_id"}),
    # Each source's sentence fingerprints (pipeline/stories.py): copies share most of them.
    "source_sentences": ({"hash": int, "source_id": str}, {"pk": ("hash", "source_id")}),
    # Fingerprints shared by so many sources that they are page furniture (pipeline/stories.py).
    "common_sentences": ({"hash": int}, {"pk": "hash"}),
    # Ids of events absorbed by a merge, so that old links keep working.
    "event_aliases": ({"alias": str, "event_id": str}, {"pk": "alias"}),
}

INDEXES = (
    ("sources", ["text_hash"], True),
    ("sources", ["url"], False),
    ("sources", ["published", "id"], False),
    ("events", ["sort_asc", "id"], False),
    ("events", ["sort_desc", "id"], False),
    # end_day rides along so an arm's "end_day >= from" test is answered from the index:
    # the unbounded class starts with every "before X" event (start 0001-01-01), and reading
    # each of those rows to test its end cost ~100 ms per window at 1M events.
    ("events", ["span_class", "sort_asc", "id", "end_day"], False),
    ("events", ["type", "span_class", "sort_asc", "id", "end_day"], False),
    ("events", ["type", "sort_asc", "id"], False),
    ("events", ["precision", "sort_asc", "id"], False),
    ("events", ["status", "sort_asc", "id"], False),
    # sort=importance: most independent sources first, then most citations (keyset on all three).
    ("events", ["importance", "citation_count", "id"], False),
    ("sources", ["story_id"], False),
    ("source_sentences", ["source_id"], False),
    ("citations", ["event_id"], False),
    ("citations", ["block"], False),
    ("citations", ["family", "day"], False),
    ("citations", ["family", "span_start"], False),
    ("citations", ["source_id", "start", "end"], False),
    # GET /summary: the day-precise citations of a window (store/summary.py).
    ("citations", ["precision", "date_start"], False),
    ("event_terms", ["kind", "term"], False),
    ("event_aliases", ["event_id"], False),
)

FTS = (
    ("sources", ["title", "text"]),
)
EVENTS_FTS_COLUMNS = ("title", "summary", "quotes")

#: Low bits of an ``events_fts`` rowid: the event's own rowid (up to 2**32 events).
FTS_ROW_BITS = 32
FTS_ROW_MASK = (1 << FTS_ROW_BITS) - 1


def events_fts_rowid(alias: str = "") -> str:
    """SQL for the ``events_fts`` rowid of an event row: its sort day, then its rowid.

    FTS5 returns the hits of a query in rowid order (either way) and seeks to a rowid
    range, so with the day in the high bits the first page of a search in date order is
    read off the index and stops after the page, however many events match; with the
    events' own rowids it had to fetch every hit and sort them (11 ms for a common word
    at 1M events). The low bits make the rowid unique and lead back to the event.
    """
    prefix = f"{alias}." if alias else ""
    return f"(({prefix}sort_asc << {FTS_ROW_BITS}) | {prefix}rowid)"


def _events_fts_triggers() -> str:
    cols = ", ".join(EVENTS_FTS_COLUMNS)

    def values(row: str) -> str:
        return ", ".join([events_fts_rowid(row)] + [f"{row}.{c}" for c in EVENTS_FTS_COLUMNS])

    insert = f"insert into events_fts (rowid, {cols}) values ({values('new')});"
    delete = f"insert into events_fts (events_fts, rowid, {cols}) values ('delete', {values('old')});"
    watched = ", ".join(f"[{c}]" for c in (*EVENTS_FTS_COLUMNS, "sort_asc"))
    # Only when an indexed column or the sort day is set: every merge refreshes an event's
    # counts and dates, and re-indexing its text each time would double the merge's writes.
    return (f"create trigger events_ai after insert on events begin {insert} end;\n"
            f"create trigger events_ad after delete on events begin {delete} end;\n"
            f"create trigger events_au after update of {watched} on events begin {delete} {insert} end;")


#: Per connection: (the store's schema_version, whether events_fts is keyed by date) last read.
_fts_by_date: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def events_fts_by_date(db: sqlite_utils.Database) -> bool:
    """Whether ``events_fts`` is keyed by date (schema 5); a read-only older store is not.

    Asked on every search: the answer is kept per connection until the store's schema
    changes (SQLite's ``schema_version``, which a writer's rebuild of the index moves),
    a read of the file header instead of a scan of ``sqlite_master`` (12k against 45k
    instructions).
    """
    version = db.conn.execute("pragma schema_version").fetchone()[0]
    known = _fts_by_date.get(db)
    if known is not None and known[0] == version:
        return known[1]
    row = db.execute("select sql from sqlite_master where name = 'events_fts'").fetchone()
    by_date = row is not None and "content=''" in row[0]
    _fts_by_date[db] = (version, by_date)
    return by_date


def _create_events_fts(db: sqlite_utils.Database) -> None:
    """The events' full-text index, keyed by ``events_fts_rowid`` and filled from the events.

    Contentless (``content=''``): the text is in ``events`` already; the triggers give the
    old values when an event's text or date changes, which is all FTS5 needs to delete.
    An older store's index (keyed by the events' rowids, made by sqlite-utils) is replaced.
    """
    if events_fts_by_date(db):
        return
    for trigger in ("events_ai", "events_ad", "events_au"):
        db.execute(f"drop trigger if exists [{trigger}]")
    db.execute("drop table if exists events_fts")
    db.execute(f"create virtual table events_fts using fts5({', '.join(EVENTS_FTS_COLUMNS)}, "
               "content='', tokenize='porter')")
    for statement in _events_fts_triggers().split("\n"):
        db.execute(statement)
    cols = ", ".join(EVENTS_FTS_COLUMNS)
    db.execute(f"insert into events_fts (rowid, {cols}) select {events_fts_rowid()}, {cols} from events")
    # Filled in bulk, the index is a dozen segments, and every search opens each of them:
    # merged into one, a search's first statement costs about half (issue 15). Writes after
    # this add small segments that FTS5 merges as it goes (its automerge), as before.
    db.execute("insert into events_fts (events_fts) values ('optimize')")


def body_digest(body: bytes) -> bytes:
    """What one event contributes to the ETag of a page: the first 16 bytes of SHA-256 of its
    stored JSON (UTF-8). Stored with the body (schema 6); the same function for a body read
    from an older store, so every node gives the same ETag for the same page."""
    return hashlib.sha256(body).digest()[:16]


def _add_body_digests(db: sqlite_utils.Database) -> None:
    """The version-6 migration: a digest for every stored body of an older store."""
    if not db["event_bodies"].exists() or "digest" in db["event_bodies"].columns_dict:
        return
    db["event_bodies"].add_column("digest", bytes)
    db.conn.create_function("timeline_body_digest", 1, body_digest, deterministic=True)
    db.execute("update event_bodies set digest = timeline_body_digest(cast(body as blob))")


#: Columns added to tables that older stores already have: (table, column, type, default).
ADDED_COLUMNS = (
    ("sources", "story_id", str, None),
    ("sources", "fingerprint_count", int, None),
    ("events", "importance", int, 0),
    ("events", "status", str, "happened"),
    ("events", "relation", str, "on"),
    ("citations", "status", str, None),
    ("citations", "relation", str, None),
)


def create(db: sqlite_utils.Database) -> None:
    """Create every table, index and FTS table that is missing, and record the version."""
    for name, (columns, options) in TABLES.items():
        if not db[name].exists():
            db[name].create(columns, **options)
    _add_columns(db)
    _add_body_digests(db)
    missing = {c: t for c, t in IDENTITY_COLUMNS.items() if c not in db["citations"].columns_dict}
    for column, kind in missing.items():
        db["citations"].add_column(column, kind)
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    _create_events_fts(db)
    for table, columns in FTS:
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
        _fts_update_trigger_on(db, table, columns)
    db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")


def _add_columns(db: sqlite_utils.Database) -> None:
    """Bring an older store's tables up to date (the lazy part of the version-3 migration)."""
    added = set()
    for table, column, kind, default in ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind, not_null_default=default)
            added.add((table, column))
    if ("events", "status") in added:
        _backfill_status(db)
    if added and db["event_bodies"].exists():
        # Stored bodies lack the new fields: built per request until ``reindex`` stores them.
        db.execute("delete from event_bodies")


def _backfill_status(db: sqlite_utils.Database) -> None:
    """Status and relation of events stored before version 4, from what their rows say: the
    qualifier's relation (model.RELATION_OF_QUALIFIER), a ``by`` date or the deadline type is a
    deadline, a start after the latest citing source's publication is scheduled."""
    relation = " ".join(f"when '{q}' then '{r}'" for q, r in RELATION_OF_QUALIFIER.items())
    db.execute(f"""
        update events set relation = case qualifier {relation} else 'on' end,
        status = case
            when qualifier = 'by' or type = 'deadline' then 'deadline'
            when date_start > (select max(s.published) from citations c join sources s on s.id = c.source_id
                               where c.event_id = events.id) then 'scheduled'
            else 'happened' end""")


def _fts_update_trigger_on(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """Make the FTS update trigger fire only when an indexed column is set.

    sqlite-utils creates it as ``AFTER UPDATE ON table``: every merge's refresh of an
    event (its citation count, dates) and every source's event count deleted and
    re-indexed the whole text. Stores created before this are rewritten in place.
    """
    name = f"{table}_au"
    row = db.execute("select sql from sqlite_master where type = 'trigger' and name = ?", [name]).fetchone()
    if row is None:
        return
    sql, count = re.subn(rf'AFTER UPDATE ON ("{table}"|\[{table}\]|{table}) ',
                         f'AFTER UPDATE OF {", ".join(f"[{c}]" for c in columns)} ON [{table}] ',
                         row[0], count=1)
    if count:
        db.execute(f"drop trigger [{name}]")
        db.execute(sql)


def version(db: sqlite_utils.Database) -> int | None:
    """The schema version recorded in the database, or None for an empty file."""
    if not db["meta"].exists():
        return None
    rows = list(db.query("select value from meta where key = 'schema_version'"))
    return int(rows[0]["value"]) if rows else None
