"""Several writers on one store: they queue for the write lock, and the end state is a serial run's.

Also: a source's event count stays true when citations move between events.
"""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading

from conftest import SEEDS, make_app
from timeline_api import service
from timeline_api.model import Document
from timeline_api.store import db as store_db

import datetime as dt


def _corpus(folder, count: int):
    """``count`` distinct documents: seed texts, each copy with its own URL and a dated line."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        lines = [line for line in seeds[i % len(seeds)].read_text().splitlines() if not line.startswith("url:")]
        lines.insert(1, f'url: "https://example.org/copy/{i}"')
        lines.append(f"Mediators met the delegations in Doha on March {1 + i % 28}, 2019 for round {i}.")
        (folder / f"copy_{i:03d}.txt").write_text("\n".join(lines) + "\n")
    return folder


def _ingest(folder, db):
    return subprocess.Popen([sys.executable, "-m", "timeline_api.cli", "ingest", str(folder), "--db", str(db),
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _content(db_path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "sources": sorted(r[0] for r in conn.execute("select id from sources")),
            "citations": sorted(conn.execute(
                "select source_id, start, end, quote from citations").fetchall()),
            "bad_counts": conn.execute(
                "select count(*) from sources s where event_count != "
                "(select count(distinct event_id) from citations c where c.source_id = s.id)").fetchone()[0],
            "integrity": conn.execute("pragma integrity_check").fetchone()[0],
        }
    finally:
        conn.close()


def test_writers_two_ingests_at_once_equal_a_serial_run(tmp_path):
    folder = _corpus(tmp_path / "docs", 16)
    serial, shared = tmp_path / "serial.db", tmp_path / "shared.db"
    first = _ingest(folder, serial)
    assert first.wait(timeout=600) == 0, first.stderr.read()
    first.stdout.close(), first.stderr.close()
    # the two start on an empty store, the same files in the same order: they contend for every document
    runs = [_ingest(folder, shared), _ingest(folder, shared)]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        assert "locked" not in err + out
    added = [int(out.split(" added")[0].split(": ")[-1]) for out, _ in outputs]
    assert sum(added) == 16  # each document stored once, by one of the two
    assert _content(shared) == _content(serial)
    assert _content(shared)["bad_counts"] == 0 and _content(shared)["integrity"] == "ok"


def test_writers_api_posts_during_a_cli_ingest_all_succeed(seeded_db, tmp_path):
    db_path = tmp_path / "live.db"
    shutil.copy(seeded_db, db_path)
    folder = _corpus(tmp_path / "docs", 12)
    app = make_app(db_path, API_TOKEN="s3cret-token")
    ingest = _ingest(folder, db_path)
    statuses: list[int] = []

    def post_all():
        client = app.test_client()
        for i in range(10):
            body = {"title": f"Report {i}", "outlet": "Wire", "url": f"https://example.org/post/{i}",
                    "published": "2024-05-01",
                    "text": f"Negotiators signed a prisoner exchange agreement in Doha on Monday, round {i}."}
            statuses.append(client.post("/sources", json=body,
                                        headers={"Authorization": "Bearer s3cret-token"}).status_code)

    poster = threading.Thread(target=post_all)
    poster.start()
    poster.join(timeout=600)
    out, err = ingest.communicate(timeout=600)
    assert ingest.returncode == 0, err
    assert statuses == [201] * 10
    content = _content(db_path)
    assert len(content["sources"]) == 5 + 12 + 10 and content["bad_counts"] == 0


def test_writers_same_text_from_two_threads_is_stored_once(tmp_path):
    """The duplicate look-up is inside the write transaction: no second copy, no error."""
    path = tmp_path / "t.db"
    store_db.connect(path).close()
    doc = Document(text="Rebels seized the airport on Tuesday, witnesses said.", published=dt.date(2024, 5, 1),
                   title="Airport", url="https://example.org/airport")
    results, errors = [], []
    barrier = threading.Barrier(4)

    def worker():
        db = store_db.connect(path, create=False)
        try:
            barrier.wait()
            results.append(service.ingest_document(db, doc).status)
        except Exception as exc:  # noqa: BLE001 - any failure fails the test
            errors.append(repr(exc))
        finally:
            db.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert sorted(results) == ["added", "unchanged", "unchanged", "unchanged"]
    assert len(_content(path)["sources"]) == 1


def test_writers_event_counts_stay_true_as_citations_move(fresh_db):
    """Later documents move citations between events; every source's count stays its distinct events."""
    from pathlib import Path

    from timeline_api import documents

    root = Path(__file__).resolve().parent.parent
    files = sorted(SEEDS.glob("*.txt")) + sorted((root / "fixtures" / "heldout" / "docs").glob("*.txt"))
    moved = 0
    for path in files:
        for doc in documents.read_path(path):
            before = dict(fresh_db.execute("select id, event_count from sources").fetchall())
            service.ingest_document(fresh_db, doc)
            counts = dict(fresh_db.execute("select id, event_count from sources").fetchall())
            true = dict(fresh_db.execute(
                "select s.id, count(distinct c.event_id) from sources s left join citations c "
                "on c.source_id = s.id group by s.id").fetchall())
            assert counts == true, path.name
            moved += sum(1 for sid, n in before.items() if counts[sid] != n)
    assert fresh_db.execute("select count(*) from sources").fetchone()[0] == len(files)
    assert moved >= 1  # some earlier source's count did change: the moves happened
