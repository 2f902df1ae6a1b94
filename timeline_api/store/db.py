"""Opening the SQLite store: one function that every caller uses."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from . import schema


def connect(path: str | Path | None = None, *, read_only: bool = False,
            create: bool = True) -> sqlite_utils.Database:
    """Open (and, unless read-only, create or upgrade) the store at ``path``.

    ``None`` or ``":memory:"`` gives an in-memory store, used by tests.
    Writers get WAL mode so readers keep being served during an ingest.
    """
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    elif read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if not read_only:
        if create and path is not None and str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")  # persistent: set once, when creating
        conn.execute("PRAGMA synchronous = NORMAL")
        if create:
            with conn:
                schema.create(db)
    return db
