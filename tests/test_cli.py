"""The `timeline-api` command: ingest, dates, extract, evaluate; exit codes and JSON output."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from timeline_api.cli import main
from timeline_api.store import db as store_db


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_cli_ingest_is_idempotent(tmp_path):
    db = str(tmp_path / "t.db")
    first = _run("ingest", str(SEEDS), "--db", db, "--json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)["summary"]
    assert summary["added"] == 5 and summary["refused"] == 0 and summary["events_created"] > 0
    second = _run("ingest", str(SEEDS), "--db", db, "--json")
    assert json.loads(second.stdout)["summary"]["unchanged"] == 5
    store = store_db.connect(db)
    assert store.execute("select count(*) from sources").fetchone()[0] == 5
    store.close()


def test_cli_ingest_refuses_document_without_date(tmp_path):
    doc = tmp_path / "undated.txt"
    doc.write_text("The ministers met on Tuesday.")
    result = _run("ingest", str(doc), "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert "publication date is required" in result.stderr
    ok = _run("ingest", str(doc), "--db", str(tmp_path / "t.db"), "--published", "2024-03-07")
    assert ok.exit_code == 0 and "1 added" in ok.stdout


def test_cli_ingest_bad_published_option(tmp_path):
    result = _run("ingest", str(SEEDS), "--db", str(tmp_path / "t.db"), "--published", "2024-13-01")
    assert result.exit_code == 2 and "--published" in result.stderr


def test_cli_dates_prints_timexes(tmp_path):
    doc = tmp_path / "plain.txt"
    doc.write_text("Assad fell on December 8, 2024, and talks resumed last Thursday.")
    result = _run("dates", str(doc), "--published", "2024-12-20")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    by_text = {t["text"]: t for t in found}
    assert by_text["December 8, 2024"]["value"] == "2024-12-08"
    assert by_text["December 8, 2024"]["date"] == {
        "start": "2024-12-08", "end": "2024-12-08", "precision": "day", "qualifier": "exact"}
    assert by_text["last Thursday"]["value"] == "2024-12-19"
    text = doc.read_text()
    assert all(text[t["start"]:t["end"]] == t["text"] for t in found)


def test_cli_extract_reads_front_matter():
    result = _run("extract", str(SEEDS / "003_225e48690cc79cb5.txt"))
    assert result.exit_code == 0
    body = json.loads(result.stdout)
    assert body["published"] == "2025-02-03"
    assert any(e["date"]["start"] == "2024-12-08" for e in body["events"])


def test_cli_missing_file_is_an_error(tmp_path):
    result = _run("ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 1 and "no such file" in result.stderr
