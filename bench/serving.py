"""Serving speed (issue 15): timeline-api vs Datasette 0.65 vs the floor, in interleaved rounds.

    python bench/serving.py --db bench/out/bench.db --rounds 3 --duration 8

Three servers on 127.0.0.1, two worker processes each, read-only on one file:

- ours: ``timeline-api serve --workers 2`` with its defaults (gunicorn gthread workers,
  keep-alive), ``TIMELINE_READ_ONLY=true``; ``--ours-src`` runs another checkout's code
  (``/work/main`` for a before/after);
- Datasette (``bench/datasette_app.py``, immutable, ``uvicorn --workers 2``): canned
  queries returning the same events' stored JSON in the same order;
- the floor (``bench/floor_app.py``) under ours' gunicorn settings: for each query it
  sends our own answer to it, byte for byte (captured first).

``--before-src`` adds a fourth server: another checkout's ``timeline-api serve`` (an export
of main, say) under the same settings on the same file, measured in the same rounds, so a
before/after is taken under the same load rather than minutes apart.

Before measuring, every query is checked: the floor's body is ours byte for byte (and the
before server's too), and Datasette's rows are the same events' JSON in the same order. Then ``--rounds`` rounds:
in each round every query is measured on the three servers back to back (``wrk -t1
-c4``, ``--duration`` seconds each, after a 1 s warm-up), the server order rotating
from round to round, so the load other processes put on the machine weighs on all
three alike. Each ratio is taken within a round; the table gives the median over
rounds and the range. Beside requests/s it reads the workers' CPU time per request
from /proc (user + system), which moves much less with the machine's load than a
rate does, and each worker's peak RSS (VmHWM) at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import urllib.parse
from pathlib import Path

from load import ROOT, Server, get_json, month_days, wrk

sys.path.insert(0, str(ROOT))
from timeline_api.cli import SERVE_KEEPALIVE_S, SERVE_THREADS  # noqa: E402  (the repository's own)

PORTS = {"ours": 8120, "datasette": 8121, "floor": 8122, "before": 8123}
SERVERS = ("ours", "datasette", "floor")  # and "before" with --before-src
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def fetch(port: int, path: str) -> bytes:
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as response:
        return response.read()


def cpu_seconds(server: Server) -> float:
    """User + system CPU time of the server's worker processes so far."""
    total = 0
    for pid in server.workers():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


def plan(db: str, ours_port: int, common: str, rare: str, page: int) -> list[dict]:
    """The issue's seven requests, for us and for Datasette, with the same parameters."""
    conn = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    month = month_days(2010, 3)
    event_id = conn.execute("select id from events where span_class >= 0 and citation_count >= 3 "
                            "order by rowid limit 1 offset ?", [conn.execute(
                                "select count(*) / 2 from events").fetchone()[0]]).fetchone()[0]
    key, after_id = conn.execute("select sort_asc, id from events order by sort_asc, id limit 1 offset ?",
                                 [(page - 1) * 50 - 1]).fetchone()
    conn.close()
    path = "/events"
    for _ in range(page - 1):  # follow links.next, as a client would
        parts = urllib.parse.urlsplit(get_json(ours_port, path)["links"]["next"])
        path = f"{parts.path}?{parts.query}"
    fts = urllib.parse.quote
    return [
        {"name": "one-month window (2010-03)", "ours": "/events?from=2010-03&to=2010-03",
         "datasette": f"month.json?_shape=array&from_day={month[0]}&to_day={month[1]}"},
        {"name": "first page, default list", "ours": "/events", "datasette": "no_filter.json?_shape=array"},
        {"name": f"page {page:,} via links.next", "ours": path,
         "datasette": f"cursor.json?_shape=array&after_key={key}&after_id={after_id}"},
        {"name": f"q={common} (common word)", "ours": f"/events?q={common}",
         "datasette": f"fts.json?_shape=array&q={fts(chr(34) + common + chr(34))}"},
        {"name": f"q={rare} (rare word)", "ours": f"/events?q={rare}",
         "datasette": f"fts.json?_shape=array&q={fts(chr(34) + rare + chr(34))}"},
        {"name": "one event by id", "ours": f"/events/{event_id}",
         "datasette": f"by_id.json?_shape=array&id={event_id}"},
        {"name": "type filter (type=strike)", "ours": "/events?type=strike",
         "datasette": "type.json?_shape=array&type=strike"},
    ]


def check(queries: list[dict], stem: str, floor_dir: Path) -> None:
    """Capture our bodies for the floor, and refuse to measure unless Datasette's events match."""
    for index, q in enumerate(queries):
        ours = fetch(PORTS["ours"], q["ours"])
        (floor_dir / f"q{index}.json").write_bytes(ours)
        q["floor"] = f"/floor/q{index}"
        q["datasette"] = f"/{stem}/{q['datasette']}"
        data = json.loads(ours)["data"]
        events = [data] if isinstance(data, dict) else data
        rows = json.loads(fetch(PORTS["datasette"], q["datasette"]))
        same = [json.loads(r["body"]) for r in rows] == events
        q["bytes"], q["events"] = len(ours), len(events)
        print(f"{q['name']}: {len(events)} events, {len(ours):,} bytes, Datasette same events: {same}",
              file=sys.stderr)
        if not same or not events:
            raise SystemExit(f"{q['name']}: Datasette does not return our events; fix the canned query")


def verify_floor(queries: list[dict], names=("floor",)) -> None:
    for q in queries:
        for name in names:
            if fetch(PORTS[name], q[name]) != fetch(PORTS["ours"], q["ours"]):
                raise SystemExit(f"{q['name']}: the {name} server's body is not ours")


def measure(servers: dict, queries: list[dict], rounds: int, duration: int, connections: int) -> list[dict]:
    runs = []
    names = tuple(servers)
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for q in queries:
            row = {"round": r, "query": q["name"]}
            for name in order:
                path = q[name]
                wrk(PORTS[name], path, 1, connections)  # warm-up
                before = cpu_seconds(servers[name])
                result = wrk(PORTS[name], path, duration, connections)
                result["cpu_ms_per_request"] = ((cpu_seconds(servers[name]) - before) * 1000
                                                / max(result["requests"], 1))
                row[name] = result
            runs.append(row)
            print(f"round {r + 1} {q['name']}: " + ", ".join(
                f"{n} {row[n]['rps']:.0f}/s p99 {row[n]['p99_us'] / 1000:.1f} ms "
                f"cpu {row[n]['cpu_ms_per_request']:.2f} ms" for n in names), file=sys.stderr)
    return runs


def summarize(queries: list[dict], runs: list[dict], rss: dict) -> dict:
    rows = []
    for q in queries:
        mine = [r for r in runs if r["query"] == q["name"]]

        def med(values):
            return statistics.median(values), min(values), max(values)

        rows.append({
            "name": q["name"], "ours_path": q["ours"], "bytes": q["bytes"], "events": q["events"],
            "ours_rps": med([r["ours"]["rps"] for r in mine]),
            "datasette_rps": med([r["datasette"]["rps"] for r in mine]),
            "floor_rps": med([r["floor"]["rps"] for r in mine]),
            "vs_datasette": med([r["ours"]["rps"] / r["datasette"]["rps"] for r in mine]),
            "vs_floor": med([r["ours"]["rps"] / r["floor"]["rps"] for r in mine]),
            "ours_p99_ms": med([r["ours"]["p99_us"] / 1000 for r in mine]),
            "datasette_p99_ms": med([r["datasette"]["p99_us"] / 1000 for r in mine]),
            "ours_cpu_ms": med([r["ours"]["cpu_ms_per_request"] for r in mine]),
            "floor_cpu_ms": med([r["floor"]["cpu_ms_per_request"] for r in mine]),
            "cpu_vs_floor": med([r["floor"]["cpu_ms_per_request"] / r["ours"]["cpu_ms_per_request"]
                                 for r in mine]),
            "errors": sum(r[n]["errors"] for r in mine for n in SERVERS + (("before",) if "before" in r else ())),
        })
        if "before" in mine[0]:
            rows[-1].update({
                "before_rps": med([r["before"]["rps"] for r in mine]),
                "vs_before": med([r["ours"]["rps"] / r["before"]["rps"] for r in mine]),
                "before_vs_floor": med([r["before"]["rps"] / r["floor"]["rps"] for r in mine]),
                "before_vs_datasette": med([r["before"]["rps"] / r["datasette"]["rps"] for r in mine]),
                "before_p99_ms": med([r["before"]["p99_us"] / 1000 for r in mine]),
                "before_cpu_ms": med([r["before"]["cpu_ms_per_request"] for r in mine]),
            })
    return {"rows": rows, "rss": rss}


def _range(values, fmt: str) -> str:
    mid, lo, hi = values
    return f"{mid:{fmt}} ({lo:{fmt}}-{hi:{fmt}})"


def table(summary: dict) -> str:
    lines = [
        "| query | ours req/s | Datasette req/s | floor req/s | ours / Datasette | ours / floor | "
        "ours p99 ms | ours CPU ms/req | floor CPU ms/req | floor CPU / ours CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in summary["rows"]:
        lines.append(
            f"| {row['name']} | {row['ours_rps'][0]:.0f} | {row['datasette_rps'][0]:.0f} | "
            f"{row['floor_rps'][0]:.0f} | {_range(row['vs_datasette'], '.2f')} | {_range(row['vs_floor'], '.2f')} | "
            f"{_range(row['ours_p99_ms'], '.1f')} | {row['ours_cpu_ms'][0]:.2f} | {row['floor_cpu_ms'][0]:.2f} | "
            f"{_range(row['cpu_vs_floor'], '.2f')} |")
    if summary["rows"] and "before_rps" in summary["rows"][0]:
        lines += ["", "Before (``--before-src``), measured in the same rounds:", "",
                  "| query | before req/s | ours / before | before / Datasette | before / floor | "
                  "before p99 ms | before CPU ms/req | ours CPU ms/req |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for row in summary["rows"]:
            lines.append(
                f"| {row['name']} | {row['before_rps'][0]:.0f} | {_range(row['vs_before'], '.2f')} | "
                f"{_range(row['before_vs_datasette'], '.2f')} | {_range(row['before_vs_floor'], '.2f')} | "
                f"{_range(row['before_p99_ms'], '.1f')} | {row['before_cpu_ms'][0]:.2f} | {row['ours_cpu_ms'][0]:.2f} |")
    lines += ["", "| server (2 workers each) | peak RSS per worker, MB |", "|---|---|"]
    for name, workers in summary["rss"].items():
        lines.append(f"| {name} | {', '.join(str(w['peak_rss_mb']) for w in workers)} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench/out/bench.db"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8, help="seconds of wrk per measurement")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--page", type=int, default=1000, help="the page reached through links.next")
    parser.add_argument("--common", default="ceasefire", help="a word many events hold")
    parser.add_argument("--rare", default="kandahar", help="a word few events hold")
    parser.add_argument("--ours-src", default=str(ROOT), help="checkout whose timeline-api serves as ours")
    parser.add_argument("--before-src", help="another checkout served alongside, measured in the same rounds")
    parser.add_argument("--out", default=str(ROOT / "bench/out/serving.json"))
    args = parser.parse_args(argv)
    db = str(Path(args.db).resolve())
    out_dir = Path(args.out).parent
    floor_dir = out_dir / "floor_bodies"
    floor_dir.mkdir(parents=True, exist_ok=True)
    for old in floor_dir.glob("*.json"):
        old.unlink()
    python = sys.executable
    gunicorn_settings = ["-w", "2", "-k", "gthread", "--threads", str(SERVE_THREADS),
                         "--keep-alive", str(SERVE_KEEPALIVE_S), "--log-level", "warning"]
    servers: dict[str, Server] = {}
    try:
        # ours from its own checkout: `python -m` puts that directory first on the path
        servers["ours"] = Server("ours", [python, "-m", "timeline_api.cli", "serve", "--db", db,
                                          "--port", str(PORTS["ours"]), "--workers", "2"],
                                 {"TIMELINE_READ_ONLY": "true"}, PORTS["ours"], out_dir / "serving-ours.log",
                                 cwd=Path(args.ours_src).resolve())
        servers["datasette"] = Server(
            "datasette", [python, "-m", "uvicorn", "--workers", "2", "--host", "127.0.0.1", "--no-access-log",
                          "--log-level", "warning", "--port", str(PORTS["datasette"]), "bench.datasette_app:app"],
            {"BENCH_DB": db, "BENCH_IMMUTABLE": "1"}, PORTS["datasette"], out_dir / "serving-datasette.log")
        servers["ours"].wait_ready("/health")
        servers["datasette"].wait_ready("/-/versions.json")
        queries = plan(db, PORTS["ours"], args.common, args.rare, args.page)
        check(queries, Path(db).stem, floor_dir)
        servers["floor"] = Server("floor", [python, "-m", "gunicorn", *gunicorn_settings, "-b",
                                            f"127.0.0.1:{PORTS['floor']}", "bench.floor_app:app"],
                                  {"FLOOR_BODIES": str(floor_dir)}, PORTS["floor"], out_dir / "serving-floor.log")
        servers["floor"].wait_ready(queries[0]["floor"])
        compared = ("floor",)
        if args.before_src:
            servers["before"] = Server("before", [python, "-m", "timeline_api.cli", "serve", "--db", db,
                                                  "--port", str(PORTS["before"]), "--workers", "2"],
                                       {"TIMELINE_READ_ONLY": "true"}, PORTS["before"],
                                       out_dir / "serving-before.log", cwd=Path(args.before_src).resolve())
            servers["before"].wait_ready("/health")
            for q in queries:
                q["before"] = q["ours"]
            compared += ("before",)
        verify_floor(queries, compared)
        versions = json.loads(fetch(PORTS["datasette"], "/-/versions.json"))
        runs = measure(servers, queries, args.rounds, args.duration, args.connections)
        rss = {name: server.rss() for name, server in servers.items()}
        summary = summarize(queries, runs, rss)
        summary["settings"] = {"rounds": args.rounds, "duration_s": args.duration,
                               "connections": args.connections, "wrk_threads": 1, "db": db,
                               "ours_src": args.ours_src, "before_src": args.before_src,
                               "gunicorn": gunicorn_settings,
                               "datasette": versions.get("datasette", {}).get("version"),
                               "load_average": os.getloadavg()}
        Path(args.out).write_text(json.dumps({"summary": summary, "runs": runs}, indent=2))
        print(table(summary))
    finally:
        for server in servers.values():
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
