"""timeline-api: news articles in, a cited timeline of dated events out."""
from __future__ import annotations

import secrets
import sys
from types import FunctionType

from flask import Flask

from . import settings

__version__ = "0.1.0"


class _Flask(Flask):
    """Flask, asking once per function whether a view or hook is a coroutine function.

    Flask asks ``inspect.iscoroutinefunction`` for the view and for every before-request,
    after-request and teardown hook on every request; the answer never changes.
    """

    def ensure_sync(self, func):
        if type(func) is not FunctionType:
            return super().ensure_sync(func)
        sync = self._sync_functions.get(func)
        if sync is None:
            sync = self._sync_functions[func] = super().ensure_sync(func)
        return sync

    @property
    def _sync_functions(self) -> dict:
        return self.__dict__.setdefault("_sync_cache", {})


def create_app(test_config: dict | None = None) -> Flask:
    """The application factory: settings from the environment, overridden by ``test_config``."""
    app = _Flask(__name__)
    app.config.update(settings.from_environ())
    if test_config:
        app.config.update(test_config)
    # Leave room for JSON quoting around a document of the maximum size.
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_DOCUMENT_BYTES"] * 2 + 4096
    app.json.sort_keys = False

    _import_sqlite_utils_without_numpy()
    from .api import database, events, http, meta, pages, sources, summary

    database.init_app(app)
    http.register(app)
    for module in (events, summary, sources, meta, pages):
        app.register_blueprint(module.bp)

    if not app.config.get("SKIP_SEEDING"):
        database.ensure_seeded(app.config, log=app.logger.info)
    app.config["_CURSOR_SECRET"] = app.config.get("CURSOR_SECRET") or _stored_secret(app.config)
    return app


def _import_sqlite_utils_without_numpy() -> None:
    """Load sqlite-utils with numpy and pandas hidden, when neither is loaded yet.

    sqlite-utils imports them when installed only to accept their values on insert, which
    this service never passes; numpy alone is 14 MB of every serving worker's 58. Hidden
    only while sqlite-utils loads: whatever needs numpy later (lemminflect, when a document
    is extracted) imports it as usual. Called by ``create_app`` and, before it imports the
    service, by the command line (``timeline-api serve`` imports sqlite-utils first).
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    if "sqlite_utils" in sys.modules or len(hidden) < 2:
        return
    for name in hidden:
        sys.modules[name] = None  # an import of it raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


def _stored_secret(config) -> str:
    """A random cursor key kept in the database, so every worker signs alike."""
    from .store import db as store_db

    if str(config["DATABASE"]) == ":memory:":
        return secrets.token_hex(16)
    db = store_db.connect(config["DATABASE"], read_only=config["READ_ONLY"])
    try:
        rows = list(db.query("select value from meta where key = 'cursor_secret'"))
        if rows:
            return rows[0]["value"]
        if config["READ_ONLY"]:
            return "read-only:" + str(config["DATABASE"])
        value = secrets.token_hex(16)
        db.execute("insert or ignore into meta (key, value) values ('cursor_secret', ?)", [value])
        db.conn.commit()
        return list(db.query("select value from meta where key = 'cursor_secret'"))[0]["value"]
    finally:
        db.close()
