"""HTTP load: timeline-api vs Datasette vs a constant-JSON floor, with wrk on loopback.

    python bench/load.py --db bench/out/bench.db --duration 10

Starts three servers on 127.0.0.1, each as two worker processes sharing one
listening socket:

- ``timeline-api serve --workers 2`` (gunicorn gthread workers, its defaults) with
  ``TIMELINE_READ_ONLY=true``, the configuration docs/scaling.md gives serving nodes;
- Datasette (``bench/datasette_app.py``) under ``uvicorn --workers 2``, serving the
  same file with canned queries that return the same rows;
- the floor (``bench/floor_app.py``), under the same gunicorn settings as ours,
  answering with a constant body: our own first /events page, byte for byte.

For every query it runs wrk (``-t1 -c4``, separate process) against the floor,
then ours, then Datasette, checks that ours and Datasette return the same event ids, and
records requests/s, p50 and p99; "ours / floor" divides by the floor measured just before. Peak RSS (VmHWM) of every worker is read from /proc
after the load. Results go to ``--out`` (JSON) and a Markdown table on stdout.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
PORTS = {"ours": 8100, "floor": 8101, "datasette": 8102, "datasette_span": 8103}


def month_days(year: int, month: int) -> tuple[int, int]:
    first = dt.date(year, month, 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return first.toordinal(), last.toordinal()


class Server:
    """A server process group started here and stopped by its own pid."""

    def __init__(self, name: str, argv: list[str], env: dict, port: int, log: Path, cwd: Path = ROOT):
        self.name, self.port = name, port
        self.log = open(log, "w")
        self.proc = subprocess.Popen(argv, env={**os.environ, **env}, cwd=cwd, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, path: str, timeout: float = 120) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"{self.name} exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=60) as r:
                    r.read()
                    return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"{self.name} not ready after {timeout}s")

    def workers(self) -> list[int]:
        """Pids of the worker processes (children of the supervisor)."""
        out = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                cmdline = (stat.parent / "cmdline").read_bytes()
                if b"resource_tracker" not in cmdline:  # multiprocessing's helper, not a worker
                    out.append(int(stat.parent.name))
        return sorted(out)

    def rss(self) -> list[dict]:
        """Current and peak resident memory of each worker, in MB."""
        out = []
        for pid in self.workers():
            status = Path(f"/proc/{pid}/status").read_text()
            values = {k: int(re.search(rf"{k}:\s+(\d+)", status).group(1)) / 1024
                      for k in ("VmRSS", "VmHWM")}
            out.append({"pid": pid, "rss_mb": round(values["VmRSS"], 1),
                        "peak_rss_mb": round(values["VmHWM"], 1)})
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def get_json(port: int, path: str) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as response:
        return json.loads(response.read())


def wrk(port: int, path: str, duration: int, connections: int) -> dict:
    argv = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "60s",
            "-s", str(HERE / "wrk_report.lua"), f"http://127.0.0.1:{port}{path}"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("WRK_JSON "))
    data = json.loads(line[len("WRK_JSON "):])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["errors"] = sum(data[k] for k in ("connect", "read", "write", "status", "timeouts"))
    return data


def ids_of(payload) -> list[str]:
    """Event ids of an API answer (ours: {"data": ...}) or a Datasette array of rows."""
    if isinstance(payload, dict):
        data = payload["data"]
        return [data["id"]] if isinstance(data, dict) else [e["id"] for e in data]
    return [row["id"] for row in payload]


def plan_queries(db_path: str, ours_port: int, cursor_page: int = 1000) -> list[dict]:
    """The six requests, for us and for Datasette, with the same parameters."""
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    month = month_days(2010, 3)
    year = (dt.date(2010, 1, 1).toordinal(), dt.date(2010, 12, 31).toordinal())
    event_id = conn.execute("select id from events where span_class >= 0 and citation_count >= 3 "
                            "order by rowid limit 1 offset ?", [conn.execute(
                                "select count(*) / 2 from events").fetchone()[0]]).fetchone()[0]
    # Page 1000 of /events: follow 999 next links, as a client would.
    path, pages = "/events", 1
    while pages < cursor_page:
        path = urllib.parse.urlsplit(get_json(ours_port, path)["links"]["next"])
        path = f"{path.path}?{path.query}"
        pages += 1
    key, after_id = conn.execute("select sort_asc, id from events order by sort_asc, id "
                                 "limit 1 offset ?", [(cursor_page - 1) * 50 - 1]).fetchone()
    conn.close()
    fts = '"ceasefire"'
    return [
        {"name": "one-month window (2010-03), first page of 50",
         "ours": "/events?from=2010-03&to=2010-03",
         "datasette": f"month.json?_shape=array&from_day={month[0]}&to_day={month[1]}"},
        {"name": "one-year window (2010), type=strike",
         "ours": "/events?from=2010&to=2010&type=strike",
         "datasette": f"year_type.json?_shape=array&type=strike&from_day={year[0]}&to_day={year[1]}"},
        {"name": "full text q=ceasefire",
         "ours": "/events?q=ceasefire",
         "datasette": "fts.json?_shape=array&q=" + urllib.parse.quote(fts)},
        {"name": "one event by id", "ours": f"/events/{event_id}",
         "datasette": f"by_id.json?_shape=array&id={event_id}"},
        {"name": f"{cursor_page:,}th page through the cursor", "ours": path,
         "datasette": f"cursor.json?_shape=array&after_key={key}&after_id={after_id}"},
        {"name": "/events, no filter", "ours": "/events", "datasette": "no_filter.json?_shape=array"},
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench/out/bench.db"))
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per measurement")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--out", default=str(ROOT / "bench/out/load.json"))
    parser.add_argument("--cursor-page", type=int, default=1000)
    parser.add_argument("--no-span-sql", action="store_true",
                        help="skip Datasette running the store's span-class SQL for the month window")
    args = parser.parse_args(argv)
    db = str(Path(args.db).resolve())
    out_dir = Path(args.out).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    servers: dict[str, Server] = {}
    try:
        servers["ours"] = Server("ours", [str(BIN / "timeline-api"), "serve", "--db", db, "--port",
                                          str(PORTS["ours"]), "--workers", "2"],
                                 {"TIMELINE_READ_ONLY": "true"}, PORTS["ours"], out_dir / "serve.log")
        servers["ours"].wait_ready("/health")
        floor_body = out_dir / "floor_body.json"
        with urllib.request.urlopen(f"http://127.0.0.1:{PORTS['ours']}/events") as response:
            floor_body.write_bytes(response.read())
        from timeline_api.cli import SERVE_KEEPALIVE_S, SERVE_THREADS  # ours' gunicorn settings

        servers["floor"] = Server("floor", [str(BIN / "gunicorn"), "-w", "2", "-k", "gthread", "--threads",
                                            str(SERVE_THREADS), "--keep-alive", str(SERVE_KEEPALIVE_S), "-b",
                                            f"127.0.0.1:{PORTS['floor']}", "bench.floor_app:app"],
                                  {"FLOOR_BODY": str(floor_body)}, PORTS["floor"], out_dir / "floor.log")
        uvicorn = [str(BIN / "uvicorn"), "--workers", "2", "--host", "127.0.0.1", "--no-access-log",
                   "--log-level", "warning"]
        servers["datasette"] = Server("datasette", uvicorn + ["--port", str(PORTS["datasette"]),
                                                            "bench.datasette_app:app"],
                                      {"BENCH_DB": db}, PORTS["datasette"], out_dir / "datasette.log")
        if not args.no_span_sql:
            servers["datasette_span"] = Server(
                "datasette_span", uvicorn + ["--port", str(PORTS["datasette_span"]), "bench.datasette_app:app"],
                {"BENCH_DB": db, "BENCH_SPAN_SQL": "1"}, PORTS["datasette_span"],
                out_dir / "datasette_span.log")
        for name in ("floor", "datasette", "datasette_span"):
            if name in servers:
                servers[name].wait_ready("/events" if name == "floor" else "/-/versions.json")
        stem = Path(db).stem
        queries = plan_queries(db, PORTS["ours"], args.cursor_page)

        results = {"floor": {}, "queries": [], "rss": {}}
        print(f"floor: {PORTS['floor']}", file=sys.stderr)
        wrk(PORTS["floor"], "/events", 2, args.connections)  # warm-up
        results["floor"] = wrk(PORTS["floor"], "/events", args.duration, args.connections)
        floor_rps = results["floor"]["rps"]
        for q in queries:
            ds_path = f"/{stem}/{q['datasette']}"
            ours_payload = get_json(PORTS["ours"], q["ours"])
            ds_payload = get_json(PORTS["datasette"], ds_path)
            same = ids_of(ours_payload) == ids_of(ds_payload)
            print(f"{q['name']}: same ids {same}", file=sys.stderr)
            # The floor again right before each query: the machine's load drifts during a run,
            # and "ours / floor" compares two measurements taken under the same conditions.
            floor_now = wrk(PORTS["floor"], "/events", args.duration, args.connections)
            wrk(PORTS["ours"], q["ours"], 2, args.connections)
            ours = wrk(PORTS["ours"], q["ours"], args.duration, args.connections)
            wrk(PORTS["datasette"], ds_path, 2, args.connections)
            ds = wrk(PORTS["datasette"], ds_path, args.duration, args.connections)
            row = {**q, "same_ids": same, "page_size": len(ids_of(ours_payload)),
                   "ours": {**ours, "path": q["ours"]}, "datasette": {**ds, "path": ds_path},
                   "vs_datasette": ours["rps"] / ds["rps"] if ds["rps"] else None,
                   "floor_adjacent": floor_now, "vs_floor": ours["rps"] / floor_now["rps"],
                   "vs_floor_first": ours["rps"] / floor_rps}
            if q["name"].startswith("one-month") and "datasette_span" in servers:
                span = wrk(PORTS["datasette_span"], ds_path, args.duration, args.connections)
                row["datasette_span_sql"] = {
                    **span, "same_ids": ids_of(get_json(PORTS["datasette_span"], ds_path)) == ids_of(ours_payload)}
            results["queries"].append(row)
            print(f"  ours {ours['rps']:.0f}/s p99 {ours['p99_us'] / 1000:.1f} ms, datasette "
                  f"{ds['rps']:.1f}/s", file=sys.stderr)
        for name, server in servers.items():
            results["rss"][name] = server.rss()
        results["settings"] = {"duration_s": args.duration, "connections": args.connections,
                               "threads": 1, "db": db, "db_bytes": Path(db).stat().st_size}
        Path(args.out).write_text(json.dumps(results, indent=2))
        print(table(results))
    finally:
        for server in servers.values():
            server.stop()
    return 0


def _ratio(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}x" if value >= 10 else f"{value:.2f}x"


def table(results: dict) -> str:
    floor = results["floor"]
    lines = [
        "| query | ours req/s | ours p50 ms | ours p99 ms | Datasette req/s | Datasette p50 ms | "
        "Datasette p99 ms | ours / Datasette | floor req/s (just before) | ours / floor | same ids |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        "| floor: constant JSON (our first /events page, same bytes), first measurement | "
        f"{floor['rps']:.0f} | {floor['p50_us'] / 1000:.2f} | {floor['p99_us'] / 1000:.2f} | | | | | | 1.00 | |",
    ]
    for row in results["queries"]:
        o, d = row["ours"], row["datasette"]
        errors = f" ({o['errors']} errors)" if o["errors"] else ""
        derrors = f" ({d['errors']} errors)" if d["errors"] else ""
        lines.append(
            f"| {row['name']} | {o['rps']:.0f}{errors} | {o['p50_us'] / 1000:.2f} | {o['p99_us'] / 1000:.2f} | "
            f"{d['rps']:.1f}{derrors} | {d['p50_us'] / 1000:.1f} | {d['p99_us'] / 1000:.1f} | "
            f"{_ratio(row['vs_datasette'])} | {row.get('floor_adjacent', floor)['rps']:.0f} | "
            f"{row['vs_floor']:.2f} | {'yes' if row['same_ids'] else 'NO'} |")
        if "datasette_span_sql" in row:
            s = row["datasette_span_sql"]
            lines.append(
                f"| ... Datasette given our span-class SQL | | | | {s['rps']:.1f} | {s['p50_us'] / 1000:.1f} | "
                f"{s['p99_us'] / 1000:.1f} | {_ratio(o['rps'] / s['rps'])} | | | "
                f"{'yes' if s['same_ids'] else 'NO'} |")
    lines.append("")
    lines.append("| server (2 workers each) | peak RSS per worker, MB | RSS after load, MB |")
    lines.append("|---|---|---|")
    for name, workers in results["rss"].items():
        lines.append(f"| {name} | {', '.join(str(w['peak_rss_mb']) for w in workers)} | "
                     f"{', '.join(str(w['rss_mb']) for w in workers)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
