"""CPU per request of list pages, in process through the WSGI app (issue 15).

    python bench/serve_profile.py --db STORE.db                       # CPU ms per request, per query
    python bench/serve_profile.py --db STORE.db --profile 'type=strike'  # and cProfile of one query

No server and no socket: each request's WSGI environ is built once and the app is
called with a copy of it, the body iterated to the end as a server would; ``time.process_time``
(CPU, not wall clock) over ``--requests`` calls after a warm-up, best of ``--repeat`` runs,
so another process's load weighs less than it does on a rate. The floor app
(``bench/floor_app.py``) is timed the same way on our own bodies: what Flask and WSGI cost
before the store does anything. Read-only on the store, as a serving node runs.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sqlite3
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _environ(path: str) -> dict:
    from werkzeug.test import EnvironBuilder

    parts = urllib.parse.urlsplit(path)
    builder = EnvironBuilder(path=parts.path, query_string=parts.query)
    environ = builder.get_environ()
    builder.close()
    return environ


def call(app, environ: dict) -> bytes:
    status = []

    def start_response(s, headers, exc_info=None):
        status.append(s)

    result = app(dict(environ), start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    if not status[0].startswith(("200", "301")):
        raise SystemExit(f"{environ['PATH_INFO']}?{environ['QUERY_STRING']}: {status[0]}")
    return body


def cpu_ms(app, environ: dict, requests: int, repeat: int) -> float:
    for _ in range(50):
        call(app, environ)
    best = None
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(requests):
            call(app, environ)
        took = (time.process_time() - start) * 1000 / requests
        best = took if best is None else min(best, took)
    return best


def queries(app, db: str, page: int) -> list[tuple[str, str]]:
    """The requests of bench/serving.py, reached the same way (page N through links.next)."""
    conn = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    event_id = conn.execute("select id from events where span_class >= 0 and citation_count >= 3 "
                            "order by rowid limit 1 offset ?", [conn.execute(
                                "select count(*) / 2 from events").fetchone()[0]]).fetchone()[0]
    conn.close()
    path = "/events"
    for _ in range(page - 1):
        parts = urllib.parse.urlsplit(json.loads(call(app, _environ(path)))["links"]["next"])
        path = f"{parts.path}?{parts.query}"
    return [("one-month window", "/events?from=2010-03&to=2010-03"), ("first page", "/events"),
            (f"page {page} via links.next", path), ("q=ceasefire", "/events?q=ceasefire"),
            ("q=european", "/events?q=european"),
            ("type=strike", "/events?type=strike"), ("one event by id", f"/events/{event_id}")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument("--profile", help="a substring of one query's path: cProfile it")
    parser.add_argument("--no-floor", action="store_true")
    args = parser.parse_args(argv)
    os.environ["TIMELINE_READ_ONLY"] = "true"
    os.environ["TIMELINE_DATABASE"] = str(Path(args.db).resolve())
    from timeline_api import create_app

    app = create_app({"READ_ONLY": True, "DATABASE": str(Path(args.db).resolve()), "SKIP_SEEDING": True})
    plan = queries(app, args.db, args.page)
    floor = None
    if not args.no_floor:
        bodies = Path(tempfile.mkdtemp(prefix="floor-"))
        for index, (_, path) in enumerate(plan):
            (bodies / f"q{index}.json").write_bytes(call(app, _environ(path)))
        os.environ["FLOOR_BODIES"] = str(bodies)
        from floor_app import app as floor  # noqa: E402 (reads FLOOR_BODIES when imported)
    print("| query | ours CPU ms/req | floor CPU ms/req |\n|---|---:|---:|")
    for index, (name, path) in enumerate(plan):
        ours = cpu_ms(app, _environ(path), args.requests, args.repeat)
        line = f"| {name} | {ours:.3f} |"
        if floor is not None:
            line += f" {cpu_ms(floor, _environ(f'/floor/q{index}'), args.requests, args.repeat):.3f} |"
        print(line, flush=True)
    if args.profile:
        path = next(p for _, p in plan if args.profile in p)
        environ = _environ(path)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(args.requests):
            call(app, environ)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(os.environ.get("SORT", "tottime")).print_stats(35)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
