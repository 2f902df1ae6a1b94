"""Where a request's CPU above the floor goes, by part, in process (issue 15, session 9).

    python bench/serve_split.py --db STORE.db [--only 'first page,q=ceasefire']

For each query, CPU µs per request (best of ``--repeat`` x ``--requests`` calls through the WSGI
app), hot (the same request over and over) and with the CPU caches flushed before each request
(16 MB written; its own cost measured and subtracted), in four variants:

- the whole request;
- the floor app (``bench/floor_app.py``) sending the same bytes;
- "Flask + our response": a route of a second copy of our app answering the page's bytes
  through ``json_text_response`` (our hooks, blueprints, headers, the ETag line);
- the request with ``service.list_event_page`` answering a page read once ("store stubbed"):
  what is left is our view and page assembly.

The table gives the first two, the third, the view (stubbed minus the third) and the store
(whole minus stubbed). Read-only on the store.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from serve_profile import _environ, call  # noqa: E402

QUERIES = {"first page": "/events", "type=strike": "/events?type=strike", "q=ceasefire": "/events?q=ceasefire",
           "q=european": "/events?q=european", "one-month window": "/events?from=2010-03&to=2010-03"}
_JUNK = bytearray(16 * 1024 * 1024)


def flush() -> None:
    """Write one byte in every 64 of 16 MB: the CPU's caches hold none of a request after it."""
    _JUNK[::64] = b"\1" * (len(_JUNK) // 64)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", help="comma-separated query names")
    args = parser.parse_args(argv)
    from timeline_api import create_app, service
    from timeline_api.api import events as events_api
    from timeline_api.api import http

    config = {"READ_ONLY": True, "DATABASE": str(Path(args.db).resolve()), "SKIP_SEEDING": True}
    app = create_app(config)
    queries = {k: v for k, v in QUERIES.items() if not args.only or k in args.only.split(",")}
    bodies = [call(app, _environ(path)) for path in queries.values()]
    framed = create_app(config)

    @framed.get("/const/<int:index>")
    def const(index: int):
        return http.json_text_response(bodies[index], etag="0" * 32, link='</events?cursor=x>; rel="next"')

    folder = Path(tempfile.mkdtemp(prefix="floor-"))
    for index, body in enumerate(bodies):
        (folder / f"q{index}.json").write_bytes(body)
    os.environ["FLOOR_BODIES"] = str(folder)
    from floor_app import app as floor  # reads FLOOR_BODIES when imported

    start = time.process_time()
    for _ in range(300):
        flush()
    flush_cost = (time.process_time() - start) / 300

    def run(each, environ: dict, cold: bool) -> float:
        for _ in range(30):
            call(each, environ)
        best = None
        for _ in range(args.repeat):
            start = time.process_time()
            for _ in range(args.requests):
                if cold:
                    flush()
                call(each, environ)
            took = (time.process_time() - start) / args.requests - (flush_cost if cold else 0)
            best = took if best is None else min(best, took)
        return best * 1e6

    real = service.list_event_page
    print("| query | caches | whole request | floor app | Flask + our response | view, store stubbed | store |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for index, (name, path) in enumerate(queries.items()):
        environ = _environ(path)
        page = {}

        def once(db, query):
            if "page" not in page:
                page["page"] = real(db, query)
            return page["page"]

        for cold in (False, True):
            events_api.service.list_event_page = real
            whole = run(app, environ, cold)
            events_api.service.list_event_page = once
            stubbed = run(app, environ, cold)
            events_api.service.list_event_page = real
            floor_cost = run(floor, _environ(f"/floor/q{index}"), cold)
            frame = run(framed, _environ(f"/const/{index}"), cold)
            print(f"| {name} | {'flushed' if cold else 'hot'} | {whole:.0f} | {floor_cost:.0f} | {frame:.0f} | "
                  f"{stubbed - frame:.0f} | {whole - stubbed:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
