"""`timeline-api export` and the comforts of `timeline-api ingest` (progress, summary)."""
from __future__ import annotations

import csv
import io
import json

import click._termui_impl as click_termui
import icalendar
import pytest
from click.testing import CliRunner

from conftest import SEEDS
from timeline_api import cli
from timeline_api.cli import main


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _api_ids(client, query: str = "") -> list[str]:
    return [e["id"] for e in client.get(f"/events?limit=500&{query}").get_json()["data"]]


# ---------------------------------------------------------------- export

def test_export_cli_json_is_every_event_as_the_api_lists_them(seeded_db, client):
    result = _run("export", "--db", seeded_db)
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert [e["id"] for e in events] == _api_ids(client)
    assert events == client.get("/events?limit=500").get_json()["data"]


@pytest.mark.parametrize("args, query", [
    (["--type", "deadline"], "type=deadline"),
    (["--type", "statement,strike", "--sort", "-date"], "type=statement,strike&sort=-date"),
    (["--from", "2024-12", "--to", "2024-12"], "from=2024-12&to=2024-12"),
    (["--from", "2024", "--to", "2025", "--match", "within", "--precision", "day"],
     "from=2024&to=2025&match=within&precision=day"),
    (["--q", "agreement"], "q=agreement"),
    (["--actor", "Pentagon"], "actor=Pentagon"),
    (["--dated", "false"], "dated=false"),
])
def test_export_cli_filters_match_the_api(seeded_db, client, args, query):
    result = _run("export", "--db", seeded_db, "--format", "ndjson", *args)
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == _api_ids(client, query) and ids


def test_export_cli_csv_to_a_file(seeded_db, client, tmp_path):
    target = tmp_path / "out" / "timeline.csv"
    target.parent.mkdir()
    result = _run("export", "--db", seeded_db, "--format", "csv", "-o", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert [p.name for p in target.parent.iterdir()] == ["timeline.csv"]  # no .part left behind
    assert target.read_bytes() == client.get("/events?format=csv").get_data()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == _api_ids(client)


def test_export_cli_ics_and_timelinejs(seeded_db):
    ics = _run("export", "--db", seeded_db, "--format", "ics", "--type", "deadline")
    calendar = icalendar.Calendar.from_ical(ics.stdout)
    assert len(calendar.walk("VEVENT")) == 2
    tl = _run("export", "--db", seeded_db, "--format", "timelinejs", "--limit", "3")
    assert len(json.loads(tl.stdout)["events"]) == 3


@pytest.mark.parametrize("args, message", [
    (["--from", "2024-13"], "--from: month must be 1..12"),
    (["--type", "picnic"], "type"),
    (["--from", "2025", "--to", "2024"], "from must not be after to"),
])
def test_export_cli_refuses_bad_filters(seeded_db, args, message):
    result = _run("export", "--db", seeded_db, *args)
    assert result.exit_code == 2 and message in result.stderr


def test_export_cli_needs_a_store(tmp_path):
    result = _run("export", "--db", tmp_path / "missing.db")
    assert result.exit_code == 1 and "no store at" in result.stderr
    assert not (tmp_path / "missing.db").exists()


# ---------------------------------------------------------------- ingest comfort

def test_export_cli_ingest_summary_names_refusals(tmp_path):
    undated = tmp_path / "docs" / "undated.txt"
    undated.parent.mkdir()
    undated.write_text("The ministers met on Tuesday.")
    result = _run("ingest", SEEDS, undated.parent, "--db", tmp_path / "t.db")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "6 documents: 5 added, 0 replaced, 0 unchanged, 1 refused"
    assert lines[1].startswith("events: ") and " created, " in lines[1] and "citations)" in lines[1]
    assert lines[2] == "refused:"
    assert lines[3].startswith(f"  {undated}: ") and "publication date is required" in lines[3]
    assert lines[3].count(str(undated)) == 1
    assert "added" in result.stderr  # per-document lines where there is no terminal

    again = _run("ingest", SEEDS, "--db", tmp_path / "t.db", "--quiet")
    assert again.exit_code == 0 and again.stderr == ""
    assert again.stdout.splitlines()[0] == "5 documents: 0 added, 0 replaced, 5 unchanged, 0 refused"
    assert again.stdout.splitlines()[1] == "events: 0 created, 0 merged into existing events (0 citations)"


def test_export_cli_ingest_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: True)
    monkeypatch.setattr(click_termui, "isatty", lambda stream: True)  # draw in the runner
    result = _run("ingest", SEEDS, "--db", tmp_path / "t.db")
    assert result.exit_code == 0
    assert "ingesting" in result.stderr and "5/5" in result.stderr
    assert "added    " not in result.stderr  # the bar replaces the per-document lines
    assert result.stdout.startswith("5 documents: 5 added")

    quiet = _run("ingest", SEEDS, "--db", tmp_path / "t.db", "--quiet")
    assert "ingesting" not in quiet.stderr
