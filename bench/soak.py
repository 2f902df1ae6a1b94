"""Soak test: mixed reads at full speed against gunicorn while ingestion runs beside them.

    python bench/soak.py --seconds 60 --readers 4 --corpus ../shared/corpora/timeline17

Starts `timeline-api serve` (gunicorn, 2 workers) on a fresh store on 127.0.0.1, runs reader
threads with keep-alive connections for the given time (bounded: they stop at the deadline),
ingests the corpus into the same SQLite file with `timeline-api ingest` in a second process,
then reports the error count (anything but 200/304 or a body that is not complete JSON),
latency percentiles and a final integrity check of the store. Exits 1 if anything failed.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READS = [
    "/events?limit=50",
    "/events?from=2011-02&to=2011-02",
    "/events?from=2010&to=2010&type=attack",
    "/events?q=protest",
    "/events?sort=-date&limit=20",
    "/events?dated=false&limit=10",
    "/sources?limit=20",
    "/health",
    "/types",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not come up")


def reader(port: int, deadline: float, latencies: list, errors: list, seed: int) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < deadline:
        path = rng.choice(READS)
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                errors.append((path, response.status))
            else:
                data = json.loads(body)  # a truncated body fails here
                if "data" not in data and data.get("status") != "ok":
                    errors.append((path, "incomplete body"))
            latencies.append(elapsed)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            errors.append((path, repr(exc)))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()


def integrity(db_path: Path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "integrity_check": conn.execute("pragma integrity_check").fetchone()[0],
            "foreign_key_violations": len(conn.execute("pragma foreign_key_check").fetchall()),
            "events_without_citations": conn.execute(
                "select count(*) from events where id not in (select event_id from citations)").fetchone()[0],
            "sources": conn.execute("select count(*) from sources").fetchone()[0],
            "events": conn.execute("select count(*) from events").fetchone()[0],
        }
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "timeline17"))
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="soak-"))
    db_path = tmp / "soak.db"
    port = free_port()
    env = {**os.environ, "TIMELINE_DB": str(db_path)}
    exe = [sys.executable, "-m", "timeline_api.cli"]
    server = subprocess.Popen(exe + ["serve", "--port", str(port), "--workers", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port)
        deadline = time.monotonic() + args.seconds
        ingest = subprocess.Popen(exe + ["ingest", args.corpus, "--db", str(db_path), "--quiet"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        latencies: list[float] = []
        errors: list = []
        threads = [threading.Thread(target=reader, args=(port, deadline, latencies, errors, i))
                   for i in range(args.readers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ingest_state = "finished" if ingest.poll() is not None else "still running (stopped)"
        if ingest.poll() is None:
            ingest.terminate()
        ingest.wait(timeout=60)
    finally:
        server.terminate()
        server.wait(timeout=30)

    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, int(p / 100 * len(ms)))] if ms else float("nan")

    report = {
        "seconds": args.seconds,
        "readers": args.readers,
        "requests": len(ms),
        "requests_per_second": round(len(ms) / args.seconds, 1),
        "errors": len(errors),
        "first_errors": errors[:5],
        "latency_ms": {"p50": round(pct(50), 2), "p90": round(pct(90), 2), "p99": round(pct(99), 2),
                       "max": round(ms[-1], 2) if ms else None,
                       "mean": round(statistics.fmean(ms), 2) if ms else None},
        "ingest": ingest_state,
        "store": integrity(db_path),
    }
    print(json.dumps(report, indent=2))
    store = report["store"]
    ok = (not errors and store["integrity_check"] == "ok" and store["foreign_key_violations"] == 0
          and store["events_without_citations"] == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
