"""The blind sets (fixtures/blind2, fixtures/blind3): each gold file agrees with its documents and
with the contract's vocabularies, and is the one its build script writes. Nothing here runs the
detector: the sets' scores are measured, not asserted (fixtures/blind*/README.md)."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from timeline_api.documents import read_path

ROOT = Path(__file__).resolve().parent.parent
# set -> (fewest documents, fewest required events) its README promises
SETS = {"blind2": (10, 30), "blind3": (6, 20)}
GOLDS = {name: json.loads((ROOT / "fixtures" / name / "gold.json").read_text(encoding="utf-8")) for name in SETS}
DOCS = {name: {p.name: p for p in (ROOT / "fixtures" / name / "docs").glob("*.txt")} for name in SETS}
TYPES = {t["type"] for t in json.loads(
    (ROOT / "timeline_api" / "pipeline" / "events" / "types.json").read_text(encoding="utf-8"))}
SCHEMAS = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["components"]["schemas"]

CITATIONS = [(s, event["id"], k, citation) for s in SETS for event in GOLDS[s]["events"]
             for k, citation in enumerate(event["citations"])]
EVENTS = [(s, event) for s in SETS for event in GOLDS[s]["events"]]


def _text(s, name):
    """The document's text as the service ingests it: the offsets must point into this."""
    (document,) = read_path(DOCS[s][name])
    return document


@pytest.mark.parametrize("s", SETS)
def test_every_document_is_annotated_and_every_annotated_document_exists(s):
    assert set(GOLDS[s]["documents"]) == set(DOCS[s])
    assert len(DOCS[s]) >= SETS[s][0]


@pytest.mark.parametrize("s,name", [(s, n) for s in SETS for n in sorted(DOCS[s])])
def test_document_metadata_matches_the_file(s, name):
    document, meta = _text(s, name), GOLDS[s]["documents"][name]
    assert meta["published"] == document.published.isoformat()
    assert (meta["title"], meta["outlet"], meta["url"]) == (document.title, document.outlet, document.url)


@pytest.mark.parametrize("s,event_id,k,citation", CITATIONS, ids=[f"{s}:{e}#{k}" for s, e, k, _ in CITATIONS])
def test_quote_is_at_its_offsets_in_the_ingested_text(s, event_id, k, citation):
    text = _text(s, citation["document"]).text
    assert text[citation["start"]:citation["end"]] == citation["quote"]
    assert text.count(citation["quote"]) == 1, "a quote must name one place in its document"


def _check_date(date):
    assert date["precision"] in SCHEMAS["Precision"]["enum"]
    assert date["qualifier"] in SCHEMAS["Qualifier"]["enum"]
    if date["start"] and date["end"]:
        assert dt.date.fromisoformat(date["start"]) <= dt.date.fromisoformat(date["end"])
    for bound in (date["start"], date["end"]):
        if bound is not None:
            dt.date.fromisoformat(bound)


@pytest.mark.parametrize("s,event", EVENTS, ids=[f"{s}:{e['id']}" for s, e in EVENTS])
def test_event_is_well_formed(s, event):
    assert event["type"] in TYPES
    assert event["status"] in SCHEMAS["Status"]["enum"]
    assert event["relation"] in SCHEMAS["Relation"]["enum"]
    assert event["date"]["start"] or event["date"]["end"], "the gold lists dated happenings"
    _check_date(event["date"])
    for citation in event["citations"]:
        _check_date(citation["date"])
    required = [c for c in event["citations"] if not c.get("optional")]
    assert required, "an event is reported by at least one sentence that is not optional"
    # the canonical date is the one some citation gives, or lies within a span one gives
    dated = [c["date"] for c in event["citations"] if c["date"]["start"] or c["date"]["end"]]
    if dated and not event["optional"]:
        assert any(c["start"] <= event["date"]["start"] and event["date"]["end"] <= c["end"]
                   for c in dated if c["start"] and c["end"]), event["id"]


@pytest.mark.parametrize("s", SETS)
def test_event_ids_are_unique_and_the_set_has_enough_required_events(s):
    ids = [e["id"] for e in GOLDS[s]["events"]]
    assert len(ids) == len(set(ids))
    assert sum(not e["optional"] for e in GOLDS[s]["events"]) >= SETS[s][1]


@pytest.mark.parametrize("s", SETS)
def test_gold_file_is_what_the_build_script_writes(s):
    run = subprocess.run([sys.executable, str(ROOT / "fixtures" / s / f"build_{s}_gold.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
