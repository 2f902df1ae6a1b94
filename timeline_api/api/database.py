"""The per-request store connection and the seeding of an empty database (Flask side)."""
from __future__ import annotations

import fcntl
import threading
from pathlib import Path

from flask import Flask, current_app, g

from .. import service
from ..store import db as store_db

BUNDLED_SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def get_db():
    """The store connection of this worker thread, opened on first use and kept.

    Keeping it (rather than opening one per request) keeps SQLite's page cache warm
    and saves the open; every statement still sees the latest committed data, since
    no transaction stays open between requests (see ``end_request``).
    """
    local = current_app.extensions["timeline_db"]
    db = getattr(local, "db", None)
    if db is None:
        # The schema was made at start-up; a request's connection never writes unless asked to.
        db = local.db = store_db.connect(current_app.config["DATABASE"],
                                         read_only=current_app.config["READ_ONLY"], create=False)
    g.db = db
    return db


def end_request(exc=None) -> None:
    """Leave no transaction open on the kept connection (a failed write is rolled back)."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.rollback()


def seeds_folder(config) -> Path | None:
    if config.get("SEEDS"):
        return Path(config["SEEDS"])
    for candidate in (BUNDLED_SEEDS, Path.cwd() / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def ensure_seeded(config, log=print) -> None:
    """Create the database and fill it from the seeds when it is missing or empty.

    A file lock makes concurrent workers seed once: the first does the work,
    the others wait and then find the sources already there.
    """
    path = config["DATABASE"]
    if config["READ_ONLY"] or str(path) == ":memory:":
        return
    folder = seeds_folder(config)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(str(path) + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        db = store_db.connect(path)
        try:
            if service.is_empty(db) and folder is not None and folder.is_dir():
                results = service.ingest_paths(db, [folder])
                added = sum(r.status == "added" for r in results)
                log(f"seeded {path} with {added} documents from {folder}")
        finally:
            db.close()


def init_app(app: Flask) -> None:
    app.extensions["timeline_db"] = threading.local()
    app.teardown_appcontext(end_request)
