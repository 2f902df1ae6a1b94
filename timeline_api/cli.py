"""The `timeline-api` command: ingest, serve, extract, dates, mentions, reindex, evaluate, export."""
from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

import click

from . import _import_sqlite_utils_without_numpy

_import_sqlite_utils_without_numpy()  # before service and the store import it (see there)
from . import documents, service, settings  # noqa: E402
from .errors import TimelineError  # noqa: E402
from .store import db as store_db  # noqa: E402

DEFAULTS = settings.from_environ()
EXPORT_CHOICES = ("json", "csv", "ndjson", "ics", "timelinejs")
#: Request threads per worker and idle keep-alive seconds of ``serve`` (bench/README.md,
#: "Serving against Datasette and the floor", measures them).
SERVE_THREADS, SERVE_KEEPALIVE_S = 4, 5


def _emit(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fail(message: str, code: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _limits() -> documents.DocumentLimits:
    return documents.DocumentLimits(max_bytes=DEFAULTS["MAX_DOCUMENT_BYTES"])


def _read_one(path: str, published: str | None) -> documents.Document:
    limits = _limits()
    try:
        docs = documents.read_path(Path(path), published, limits)
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
@click.option("--quiet", is_flag=True, help="No progress bar or per-document lines, only the summary.")
@click.option("--json", "as_json", is_flag=True, help="Print every document's result as JSON.")
def ingest(paths, db, published, jobs, quiet, as_json):
    """Ingest documents (files or folders, read recursively) into the store.

    On a terminal a progress bar counts the files on stderr; elsewhere (a log, a
    pipe) each document gets a line there instead. The summary goes to stdout.
    """
    if published:
        try:
            documents.parse_published(published, "--published")
        except TimelineError as exc:
            _fail(exc.detail, 2)
    try:
        files = [str(p) for p in documents.iter_paths(paths)]
    except TimelineError as exc:
        _fail(exc.detail)
    store = store_db.connect(db)
    bar = None
    if not quiet and not as_json and _is_terminal(sys.stderr):
        bar = click.progressbar(length=len(files), label="ingesting", file=sys.stderr,
                                show_pos=True, item_show_func=lambda name: name and Path(name).name)
    done: set[str] = set()

    def progress(result):
        # A JSON Lines file gives several results ("file[0]", "file[1]"): the bar counts files.
        path = result.origin.rsplit("[", 1)[0] if result.origin.endswith("]") else result.origin
        if bar is not None:
            if path not in done:
                done.add(path)
                bar.update(1, path)
        elif not quiet and not as_json:
            extra = f" ({result.error})" if result.error else (
                f": {result.events_created} new, {result.events_merged} merged" if result.status != "unchanged" else "")
            click.echo(f"{result.status:9} {result.origin}{extra}", err=True)

    try:
        if bar is not None:
            with bar:
                results = service.ingest_paths(store, files, published, _limits(), jobs, progress)
        else:
            results = service.ingest_paths(store, files, published, _limits(), jobs, progress)
    except TimelineError as exc:
        _fail(exc.detail)
    finally:
        store.close()
    summary = ingest_summary(results)
    if as_json:
        _emit({"summary": summary, "documents": [r.to_dict() for r in results]})
    else:
        click.echo(format_summary(summary, results))
    if summary["refused"]:
        sys.exit(1)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def ingest_summary(results) -> dict:
    """Counts of what an ingest did (the keys of ``ingest --json``'s summary)."""
    summary = {status: sum(r.status == status for r in results)
               for status in ("added", "replaced", "unchanged", "refused")}
    summary["events_created"] = sum(r.events_created for r in results)
    summary["events_merged"] = sum(r.events_merged for r in results)
    summary["citations"] = sum(r.citations for r in results)
    return summary


def format_summary(summary: dict, results) -> str:
    """The summary for people: documents, events, and each refusal with its reason."""
    documents_line = (f"{len(results)} documents: {summary['added']} added, {summary['replaced']} replaced, "
                      f"{summary['unchanged']} unchanged, {summary['refused']} refused")
    events_line = (f"events: {summary['events_created']} created, {summary['events_merged']} merged "
                   f"into existing events ({summary['citations']} citations)")
    lines = [documents_line, events_line]
    refused = [r for r in results if r.status == "refused"]
    if refused:
        lines.append("refused:")
        for r in refused:
            reason = r.error or "unknown reason"
            reason = reason[len(r.origin) + 2:] if reason.startswith(f"{r.origin}: ") else reason
            lines.append(f"  {r.origin}: {reason}")
    return "\n".join(lines)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (one per core).")
@click.option("--threads", default=SERVE_THREADS, show_default=True, type=click.IntRange(1, 64),
              help="Request threads per worker; connections are kept alive between requests.")
@click.option("--keepalive", default=SERVE_KEEPALIVE_S, show_default=True, type=click.IntRange(0, 3600),
              help="Seconds an idle kept-alive connection is held (raise it above a load balancer's idle timeout).")
@click.option("--dev", is_flag=True, help="Flask's development server instead of gunicorn.")
def serve(db, host, port, workers, threads, keepalive, dev):
    """Serve the API; an empty or missing database is first filled from the seeds.

    gunicorn's threaded workers (gthread) keep connections open between requests, as
    clients and load balancers expect; its sync workers close each one, and a new TCP
    connection per request costs more than most answers (docs/scaling.md, "A serving node").
    """
    os.environ["TIMELINE_DB"] = db
    config = settings.from_environ()
    from .api.database import ensure_seeded

    ensure_seeded(config, log=lambda m: click.echo(m, err=True))
    from . import create_app

    if dev:
        create_app().run(host=host, port=port)
        return
    from gunicorn import util as gunicorn_util
    from gunicorn.app.base import BaseApplication

    from .api.http import MAX_REQUEST_TARGET

    # gunicorn answers what it refuses before the app sees it (a request line or header
    # over its limits, a malformed request) with an HTML page of its own; give those
    # answers the API's problem+json shape. Set before the workers are forked.
    gunicorn_util.write_error = _write_problem

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", threads)
            self.cfg.set("keepalive", keepalive)
            self.cfg.set("accesslog", None)
            # The limits the contract states (openapi.yaml, README "Limits"); gunicorn's
            # defaults, written down so they cannot drift.
            self.cfg.set("limit_request_line", MAX_REQUEST_TARGET)
            self.cfg.set("limit_request_fields", REQUEST_HEADER_COUNT)
            self.cfg.set("limit_request_field_size", REQUEST_HEADER_BYTES)

        def load(self):
            app = create_app()
            # What start-up loaded lives as long as the worker: frozen out of the collector's
            # sight, a collection walks what requests allocate, not the ~39,000 objects of the
            # code and its libraries (a full one paused a worker 27-86 ms every few thousand
            # requests; in all 8.5 -> 2.3 us of collection per page, bench/README.md "Session 5").
            gc.collect()  # start-up's own garbage first, so that none of it is frozen
            gc.freeze()
            return app

    Server().run()


#: Most request headers, and longest header line in bytes, the server reads.
REQUEST_HEADER_COUNT, REQUEST_HEADER_BYTES = 100, 8190


def _write_problem(sock, status: int, reason: str, message: str) -> None:
    """gunicorn's error writer, answering problem+json instead of an HTML page."""
    from gunicorn.util import write_nonblock

    from .api.http import MAX_REQUEST_TARGET
    from .errors import PROBLEM_MEDIA_TYPE, problem

    slug = {414: "uri-too-long", 431: "request-header-fields-too-large"}.get(status)
    detail = {
        414: f"the request line is longer than {MAX_REQUEST_TARGET} bytes; send fewer or shorter parameters",
        431: f"more than {REQUEST_HEADER_COUNT} header fields or one longer than {REQUEST_HEADER_BYTES} bytes",
    }.get(status, message or reason)
    body = json.dumps(problem(status, detail, slug), ensure_ascii=True).encode("ascii")
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: {PROBLEM_MEDIA_TYPE}\r\n"
            f"X-Content-Type-Options: nosniff\r\nContent-Length: {len(body)}\r\n\r\n").encode("latin-1")
    write_nonblock(sock, head + body)


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

    doc = _read_text_document(path, published)
    _emit([t.to_dict() for t in find_dates(doc.text, doc.published)])


@main.command()
@click.argument("path")
@click.option("--published", help="Publication date when the file has none (YYYY-MM-DD).")
def mentions(path, published):
    """Print the event mentions in one document as a JSON array (the learned mention step).

    Each has its offsets, text, TimeML class, tense, aspect, polarity and modality, and the
    date expression of its sentence it is anchored to (``timex``, or null).
    """
    from .pipeline.mentions import anchored_mentions

    doc = _read_text_document(path, published)
    _emit(anchored_mentions(doc.text, doc.published))


def _read_text_document(path: str, published: str | None) -> documents.Document:
    """One plain-text document from a file or stdin ("-"), within the size limits."""
    limits = _limits()
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(limits.max_bytes + 1)
        else:
            raw = documents.read_file_bytes(Path(path), limits)
        text = documents.decode(raw, path, limits)
        return documents.parse_text_document(text, published, path)
    except TimelineError as exc:
        _fail(exc.detail)
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")


@main.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Rewrite every event's JSON and group every source into stories again, not only missing ones.")
def reindex(db, everything):
    """Bring an older store up to date: stored event JSON (schema 2), story groups (schema 3).

    Such a store serves as it is, building every event per request and counting every
    source as its own story; after this its pages are read from the stored JSON and
    copies of one text count once in importance.
    """
    if not Path(db).is_file():
        _fail(f"{db}: no such store")
    store = store_db.connect(db)  # adds the event_bodies table to an older store
    done = service.reindex(store, everything,
                           progress=lambda n: click.echo(f"{n} events", err=True) if n % 100_000 == 0 else None)
    store.close()
    click.echo(f"stored the JSON of {done} events in {db}")


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


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_CHOICES), default="json", show_default=True,
              help="json is an array of events; the others as GET /events?format=...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: stdout).")
@click.option("--from", "from_", metavar="DATE", help="Window start: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", metavar="DATE", help="Window end: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--match", type=click.Choice(("overlaps", "within")), help="How events relate to the window.")
@click.option("--type", "types", multiple=True, help="Event type (repeat it or use commas).")
@click.option("--q", help="Full-text search over titles, summaries and quotes.")
@click.option("--source", help="Only events cited from this source id.")
@click.option("--actor", help="Only events with this actor.")
@click.option("--place", help="Only events at this place.")
@click.option("--precision", multiple=True, help="Date precision (repeat it or use commas).")
@click.option("--dated", type=click.Choice(("true", "false")), help="Dated or undated events only.")
@click.option("--sort", type=click.Choice(("date", "-date", "importance")),
              help="By start day, latest first, or most independent sources first.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events (default: all).")
def export(db, fmt, output, from_, to, match, types, q, source, actor, place, precision, dated,
           sort, limit):
    """Write every event matching the filters, as GET /events would, in one format."""
    from marshmallow import ValidationError

    from .api import formats
    from .api.events import iter_events, to_event_query
    from .api.http import validation_error
    from .api.schemas import EventsQuery

    raw = {"from": from_, "to": to, "match": match, "q": q, "source": source, "actor": actor,
           "place": place, "dated": dated, "sort": sort}
    raw = {k: v for k, v in raw.items() if v is not None}
    for key, values in (("type", types), ("precision", precision)):
        parts = [p.strip() for v in values for p in v.split(",") if p.strip()]
        if parts:
            raw[key] = parts
    try:
        params = EventsQuery().load(raw)
    except ValidationError as exc:
        errors = validation_error(exc).errors
        _fail("; ".join(f"--{e['name'].split('[')[0]}: {e['reason']}" for e in errors), 2)
    if not Path(db).exists():
        _fail(f"no store at {db}: run `timeline-api ingest` or `timeline-api serve` first")
    store = store_db.connect(db, read_only=True)
    events = iter_events(lambda: store, to_event_query(params), limit)
    if fmt == "timelinejs":
        chunks = iter([json.dumps(formats.timelinejs(events), ensure_ascii=False, indent=2) + "\n"])
    else:
        chunks = {"json": formats.json_array_lines, "csv": formats.csv_lines,
                  "ndjson": formats.ndjson_lines, "ics": formats.ics_lines}[fmt](events)
    try:
        if output:
            # Written beside the target and renamed, so a failed export leaves no half file.
            part = Path(output).with_name(Path(output).name + ".part")
            with open(part, "w", encoding="utf-8", newline="") as handle:
                for chunk in chunks:
                    handle.write(chunk)
            os.replace(part, output)
        else:
            for chunk in chunks:
                sys.stdout.write(chunk)
            sys.stdout.flush()
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover
    main()
