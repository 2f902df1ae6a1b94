"""timeline-api: news articles in, a cited timeline of dated events out."""
from __future__ import annotations

import secrets

from flask import Flask

from . import settings

__version__ = "0.1.0"


def create_app(test_config: dict | None = None) -> Flask:
    """The application factory: settings from the environment, overridden by ``test_config``."""
    app = Flask(__name__)
    app.config.update(settings.from_environ())
    if test_config:
        app.config.update(test_config)
    # Leave room for JSON quoting around a document of the maximum size.
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_DOCUMENT_BYTES"] * 2 + 4096
    app.json.sort_keys = False

    from .api import database, events, http, meta, pages, sources, summary

    database.init_app(app)
    http.register(app)
    for module in (events, summary, sources, meta, pages):
        app.register_blueprint(module.bp)

    if not app.config.get("SKIP_SEEDING"):
        database.ensure_seeded(app.config, log=app.logger.info)
    app.config["_CURSOR_SECRET"] = app.config.get("CURSOR_SECRET") or _stored_secret(app.config)
    return app


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
