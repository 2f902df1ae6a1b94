"""Opening the SQLite store: one function that every caller uses."""
from __future__ import annotations

import contextlib
import sqlite3
import weakref
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
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        conn.execute("PRAGMA synchronous = NORMAL")
        if create:
            with _schema_lock(path):
                if path is not None and str(path) != ":memory:":
                    conn.execute("PRAGMA journal_mode = WAL")  # persistent: set once, when creating
                with conn:
                    schema.create(db)
    return db


@contextlib.contextmanager
def _schema_lock(path):
    """Hold a lock file beside a store file while its schema is checked and created.

    Two writers starting on one new file would both see a table missing and both create
    it ("already exists"), or meet in SQLite's lock upgrade ("database is locked" at once,
    whatever the busy timeout): they take turns here instead. In-memory stores need none.
    """
    if path is None or str(path) == ":memory:":
        yield
        return
    import fcntl

    with open(str(path) + ".schema-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


#: How long a writer waits for another writer's transaction before giving up, in ms.
BUSY_TIMEOUT_MS = 30_000


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database):
    """One write transaction that holds the write lock from its first statement.

    A deferred ``BEGIN`` that reads and then writes cannot wait for the lock in WAL
    mode: when another writer committed in between, SQLite answers "database is
    locked" at once, whatever the busy timeout. ``BEGIN IMMEDIATE`` takes the lock up
    front, waiting up to the busy timeout for it, so two writers queue instead of
    failing, and what the transaction reads (is this text already stored?) cannot
    change before it writes.
    """
    if db.conn.in_transaction:  # nested in a caller's transaction: that one holds the lock
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            db.conn.rollback()
            raise


COUNTED_TABLES = ("sources", "events", "citations")
_counts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Rows in the main tables, counted again only when the data changed.

    ``count(*)`` reads a whole index (50 ms at 1M events), too much for a health check a
    load balancer calls every second. The counts are kept per connection and keyed by
    ``PRAGMA data_version`` (which moves when another connection commits) and the
    connection's own ``total_changes``, so they are never stale.
    """
    key = (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
    cached = _counts.get(db)
    if cached is None or cached[0] != key:
        counts = {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED_TABLES}
        _counts[db] = cached = (key, counts)
    return dict(cached[1])
