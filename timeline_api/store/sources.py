"""Reading and writing sources: the stored articles every citation points into."""
from __future__ import annotations

import hashlib
import json

import sqlite_utils

from ..model import Document

SOURCE_COLUMNS = ("id, text_hash, url, title, outlet, published, language, metadata, ingested_at, event_count, "
                  "story_id")


def text_hash(text: str) -> str:
    """Identity of a text: SHA-256 of its words, so re-wrapped copies are the same source."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def source_id(digest: str) -> str:
    return "src_" + digest[:16]


def find_by_hash(db: sqlite_utils.Database, digest: str) -> dict | None:
    rows = list(db.query(f"select {SOURCE_COLUMNS} from sources where text_hash = ?", [digest]))
    return rows[0] if rows else None


def find_by_url(db: sqlite_utils.Database, url: str) -> dict | None:
    if not url:
        return None
    rows = list(db.query(
        f"select {SOURCE_COLUMNS} from sources where url = ? order by ingested_at desc limit 1", [url]))
    return rows[0] if rows else None


def insert_source(db: sqlite_utils.Database, doc: Document, digest: str, now: str) -> str:
    sid = source_id(digest)
    db["sources"].insert({
        "id": sid,
        "text_hash": digest,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published.isoformat(),
        "language": doc.language,
        "metadata": json.dumps({**doc.metadata, **({"id": doc.id} if doc.id else {})}, sort_keys=True),
        "text": doc.text,
        "ingested_at": now,
        "event_count": 0,
    })
    return sid


def set_event_count(db: sqlite_utils.Database, sid: str) -> None:
    db.execute(
        "update sources set event_count = "
        "(select count(distinct event_id) from citations where source_id = ?) where id = ?",
        [sid, sid])


def get_source(db: sqlite_utils.Database, sid: str, with_text: bool = True) -> dict | None:
    columns = SOURCE_COLUMNS + (", text" if with_text else "")
    rows = list(db.query(f"select {columns} from sources where id = ?", [sid]))
    return rows[0] if rows else None


def list_sources(db: sqlite_utils.Database, limit: int, after: tuple[str, str] | None,
                 q: str | None = None, outlet: str | None = None) -> tuple[list[dict], tuple | None]:
    """One page of sources, newest first, and the keyset position after it."""
    where, args = [], []
    if after is not None:
        where.append("(published, id) < (?, ?)")
        args += list(after)
    if q:
        where.append("rowid in (select rowid from sources_fts where sources_fts match ?)")
        args.append(q)
    if outlet:
        where.append("outlet = ?")
        args.append(outlet)
    clause = ("where " + " and ".join(where)) if where else ""
    rows = list(db.query(
        f"select {SOURCE_COLUMNS} from sources {clause} order by published desc, id desc "
        f"limit {int(limit) + 1}", args))
    next_key = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_key = (rows[-1]["published"], rows[-1]["id"])
    return rows, next_key


def event_ids_of_source(db: sqlite_utils.Database, sid: str) -> list[str]:
    return [r["event_id"] for r in db.query(
        "select distinct event_id from citations where source_id = ? order by event_id", [sid])]


def delete_source_rows(db: sqlite_utils.Database, sid: str) -> list[str]:
    """Remove a source and its citations; returns the events that must be refreshed."""
    affected = event_ids_of_source(db, sid)
    db.execute("delete from citations where source_id = ?", [sid])
    db.execute("delete from source_sentences where source_id = ?", [sid])
    db.execute("delete from sources where id = ?", [sid])
    return affected


def count_sources(db: sqlite_utils.Database) -> int:
    return db.execute("select count(*) from sources").fetchone()[0]
