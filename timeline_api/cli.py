"""The `timeline-api` command: ingest, serve, extract, dates, evaluate."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import documents, service, settings
from .errors import TimelineError
from .store import db as store_db

DEFAULTS = settings.from_environ()


def _emit(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fail(message: str, code: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _read_one(path: str, published: str | None) -> documents.Document:
    try:
        docs = documents.read_path(Path(path), published)
    except TimelineError as exc:
        _fail(exc.detail)
    except OSError as exc:
        _fail(f"{path}: {exc.strerror}")
    if len(docs) != 1:
        _fail(f"{path}: holds {len(docs)} documents; give a file with one")
    return docs[0]


db_option = click.option("--db", default=DEFAULTS["DATABASE"], show_default=True,
                         envvar="TIMELINE_DB", help="SQLite file of the store.")


@click.group()
@click.version_option(package_name="timeline-api")
def main():
    """Read news articles, find their dated events, serve them as a cited timeline."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for extraction (merging stays in one).")
@click.option("--quiet", is_flag=True, help="No per-document lines, only the summary.")
@click.option("--json", "as_json", is_flag=True, help="Print every document's result as JSON.")
def ingest(paths, db, published, jobs, quiet, as_json):
    """Ingest documents (files or folders, read recursively) into the store."""
    if published:
        try:
            documents.parse_published(published, "--published")
        except TimelineError as exc:
            _fail(exc.detail, 2)
    store = store_db.connect(db)

    def progress(result):
        if not quiet and not as_json:
            extra = f" ({result.error})" if result.error else (
                f": {result.events_created} new, {result.events_merged} merged" if result.status != "unchanged" else "")
            click.echo(f"{result.status:9} {result.origin}{extra}", err=True)

    try:
        results = service.ingest_paths(store, paths, published, jobs=jobs, progress=progress)
    except TimelineError as exc:
        _fail(exc.detail)
    summary = {status: sum(r.status == status for r in results)
               for status in ("added", "replaced", "unchanged", "refused")}
    summary["events_created"] = sum(r.events_created for r in results)
    summary["events_merged"] = sum(r.events_merged for r in results)
    if as_json:
        _emit({"summary": summary, "documents": [r.to_dict() for r in results]})
    else:
        click.echo(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in summary.items()))
    if summary["refused"]:
        sys.exit(1)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--dev", is_flag=True, help="Flask's development server instead of gunicorn.")
def serve(db, host, port, workers, dev):
    """Serve the API; an empty or missing database is first filled from the seeds."""
    os.environ["TIMELINE_DB"] = db
    config = settings.from_environ()
    from .api.database import ensure_seeded

    ensure_seeded(config, log=lambda m: click.echo(m, err=True))
    from . import create_app

    if dev:
        create_app().run(host=host, port=port)
        return
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", None)

        def load(self):
            return create_app()

    Server().run()


@main.command()
@click.argument("path")
@click.option("--published", help="Publication date when the file has none (YYYY-MM-DD).")
def extract(path, published):
    """Print the events found in one document as JSON; nothing is stored."""
    _emit(service.extract_resource(_read_one(path, published)))


@main.command()
@click.argument("path")
@click.option("--published", help="Publication date when the file has none (YYYY-MM-DD).")
def dates(path, published):
    """Print the temporal expressions in one document as a JSON array."""
    from .pipeline.temporal import find_dates

    raw = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    try:
        text = documents.decode(raw, path)
        doc = documents.parse_text_document(text, published, path)
    except TimelineError as exc:
        _fail(exc.detail)
    _emit([t.to_dict() for t in find_dates(doc.text, doc.published)])


@main.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold timeline (see fixtures/gold/README.md).")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold, paths, as_json):
    """Ingest documents into a temporary store and score the timeline against a gold file."""
    import tempfile

    from .pipeline import evaluate as scoring
    from .store.events import EventQuery

    with tempfile.TemporaryDirectory() as tmp:
        store = store_db.connect(Path(tmp) / "evaluate.db")
        service.ingest_paths(store, paths)
        events, after = [], None
        while True:
            page, after = service.list_events(store, EventQuery(limit=500, after=after))
            events += page
            if after is None:
                break
        store.close()
    result = scoring.evaluate(json.loads(Path(gold).read_text(encoding="utf-8")), events)
    if as_json:
        _emit(result)
    else:
        click.echo(scoring.format_report(result))


if __name__ == "__main__":  # pragma: no cover
    main()
