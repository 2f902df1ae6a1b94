"""Nothing lost, nothing half-written: SIGKILL mid-ingest, readers during a writer, property tests."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS, make_app
from timeline_api import documents
from timeline_api.api.schemas import partial_date_bounds
from timeline_api.errors import DocumentError
from timeline_api.store import db as store_db

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _corpus(folder, count: int):
    """``count`` distinct documents: the seeds with a dated report sentence added to each copy."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        text = seeds[i % len(seeds)].read_text()
        # A URL of its own: a known URL with new text would replace the earlier version.
        lines = [line for line in text.splitlines() if not line.startswith("url:")]
        lines.insert(1, f'url: "https://example.org/doc/{i}"')
        text = "\n".join(lines)
        extra = (f"\nOfficials said negotiators met in Geneva on {MONTHS[i % 12]} {1 + i % 28}, "
                 f"{2000 + i // 12} to discuss report {i}.\n")
        (folder / f"doc_{i:04d}.txt").write_text(text + extra)
    return folder


def _ingest_cmd(folder, db):
    return [sys.executable, "-m", "timeline_api.cli", "ingest", str(folder), "--db", str(db), "--quiet"]


def _state(db_path):
    db = store_db.connect(db_path)
    try:
        state = {
            "sources": db.execute("select count(*) from sources").fetchone()[0],
            "hashes": db.execute("select count(distinct text_hash) from sources").fetchone()[0],
            "events": sorted(r[0] for r in db.execute("select id from events")),
            "citations": db.execute("select count(*) from citations").fetchone()[0],
            "integrity": db.execute("pragma integrity_check").fetchone()[0],
            "fk": db.execute("pragma foreign_key_check").fetchall(),
            "orphan_events": db.execute(
                "select count(*) from events where id not in (select event_id from citations)").fetchone()[0],
            "bad_counts": db.execute(
                "select count(*) from sources s where event_count != "
                "(select count(distinct event_id) from citations c where c.source_id = s.id)").fetchone()[0],
        }
    finally:
        db.close()
    return state


def _consistent(state):
    assert state["integrity"] == "ok"
    assert state["fk"] == []
    assert state["orphan_events"] == 0
    assert state["bad_counts"] == 0
    assert state["sources"] == state["hashes"]


def test_robustness_sigkill_mid_ingest_then_resume(tmp_path):
    folder = _corpus(tmp_path / "docs", 40)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run(_ingest_cmd(folder, clean_db), check=True, capture_output=True, timeout=600)
    clean = _state(clean_db)
    assert clean["sources"] == 40

    process = subprocess.Popen(_ingest_cmd(folder, killed_db), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(killed_db, timeout=1) as conn:
                stored = conn.execute("select count(*) from sources").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 5:
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)

    partial = _state(killed_db)
    _consistent(partial)
    assert 5 <= partial["sources"] < 40

    subprocess.run(_ingest_cmd(folder, killed_db), check=True, capture_output=True, timeout=600)
    resumed = _state(killed_db)
    _consistent(resumed)
    assert resumed["sources"] == 40
    assert resumed["events"] == clean["events"]  # same ids, no duplicates
    assert resumed["citations"] == clean["citations"]


def test_robustness_readers_served_during_ingest(seeded_db, tmp_path):
    db_path = tmp_path / "live.db"
    shutil.copy(seeded_db, db_path)
    folder = _corpus(tmp_path / "docs", 30)
    app = make_app(db_path)
    log = tmp_path / "ingest.log"
    with open(log, "w") as err:
        writer = subprocess.Popen(_ingest_cmd(folder, db_path), stdout=subprocess.DEVNULL, stderr=err)
    failures, served = [], [0]
    stop = threading.Event()

    def read_loop():
        client = app.test_client()
        urls = ["/events?limit=20", "/events?from=2000&to=2003", "/sources?limit=5", "/health",
                "/events?q=Geneva"]
        i = 0
        while not stop.is_set():
            url = urls[i % len(urls)]
            i += 1
            try:
                response = client.get(url)  # contract-checked by the client
                body = json.loads(response.get_data())
                if response.status_code != 200 or "data" not in body and "status" not in body:
                    failures.append((url, response.status_code))
                served[0] += 1
            except Exception as exc:  # noqa: BLE001 - any failure is a test failure
                failures.append((url, repr(exc)))

    threads = [threading.Thread(target=read_loop) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        writer.wait(timeout=600)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert writer.returncode == 0, log.read_text()
    assert failures == []
    assert served[0] >= 20
    assert _state(db_path)["sources"] == 35


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_robustness_partial_dates_parse_or_refuse(text):
    try:
        first, last = partial_date_bounds(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert first <= last


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_robustness_partial_dates_round_trip(day):
    assert partial_date_bounds(day.isoformat()) == (day, day)
    first, last = partial_date_bounds(day.isoformat()[:7])
    assert first.day == 1 and first <= day <= last and (last + dt.timedelta(days=1)).day == 1
    first, last = partial_date_bounds(day.isoformat()[:4])
    assert (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)


front_matter = st.dictionaries(
    st.sampled_from(["title", "outlet", "url", "published", "id", "language", "extra", "tags"]),
    st.one_of(st.text(max_size=20), st.integers(), st.dates(), st.none(), st.lists(st.text(max_size=5))),
    max_size=6)


@settings(max_examples=300, deadline=None)
@given(front_matter, st.text(max_size=200))
def test_robustness_document_reader_never_crashes(meta, body):
    import yaml

    content = "---\n" + yaml.safe_dump(meta) + "---\n" + body
    try:
        doc = documents.parse_text_document(content)
    except DocumentError as exc:
        assert exc.detail and exc.status in (400, 413)
    else:
        assert doc.text == documents.normalize_text(body) and doc.text.strip()
        assert 1800 <= doc.published.year <= 2200


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.md"]))
def test_robustness_reader_on_arbitrary_bytes(raw, name):
    try:
        docs = documents.parse_bytes(raw, name, published="2024-01-01")
    except DocumentError as exc:
        assert exc.detail
    else:
        assert all(d.text.strip() for d in docs)


@pytest.fixture(scope="module")
def query_client(seeded_db):
    return make_app(seeded_db).test_client()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(
    st.sampled_from(["from", "to", "match", "type", "q", "limit", "sort", "dated", "precision", "cursor",
                     "actor", "zzz"]),
    st.text(max_size=30), max_size=5))
def test_robustness_events_query_never_500(query_client, params):
    response = query_client.get("/events", query_string=params)
    assert response.status_code in (200, 400)
