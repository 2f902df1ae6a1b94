"""Stored event JSON (``event_bodies``): always what the rows and citations give, and optional.

Pages of the timeline are joined from stored JSON texts, so every write that changes an
event must rewrite its body; these tests rebuild every event from its rows and compare.
"""
from __future__ import annotations

import datetime as dt
import shutil

from click.testing import CliRunner

from tests.conftest import make_app
from timeline_api import service
from timeline_api.cli import main
from timeline_api.pipeline.model import DateInterval, Document, EventMention
from timeline_api.pipeline.run import Extraction
from timeline_api.store import db as store_db
from timeline_api.store import events as event_store
from timeline_api.store import schema

D = dt.date


def _rebuilt(db) -> dict[str, str]:
    """Every event's JSON built afresh from its row and citations."""
    rows = list(db.query(f"select {event_store.EVENT_COLUMNS} from events"))
    return {e["id"]: service.dumps(e) for e in service.event_resources(db, rows)}


def _stored(db) -> dict[str, str]:
    return dict(db.execute("select event_id, body from event_bodies").fetchall())


def _mention(quote, date, type_="regime_change", title="Fall of the Assad regime",
             keywords=("fall", "assad", "regime"), actors=("Bashar al-Assad",), places=("Syria",)):
    return EventMention(type=type_, title=title, summary=quote, quote=quote, start=0, end=len(quote),
                        date=date, trigger=keywords[0], actors=list(actors), places=list(places),
                        keywords=list(keywords))


def _ingest(db, text, mentions, url="", published=D(2024, 12, 26), outlet="Wire"):
    doc = Document(text=text, published=published, url=url, title="T", outlet=outlet)
    return service.ingest_extraction(db, Extraction(doc, [], [], mentions))


DAY = DateInterval(D(2024, 12, 8), D(2024, 12, 8), "day", "exact", "December 8, 2024")
MONTH = DateInterval(D(2024, 12, 1), D(2024, 12, 31), "month", "exact", "December")
UNDATED = DateInterval(None, None, "unknown", "exact", "")


def test_bodies_of_the_seeded_store_are_the_events_rebuilt(seeded_db):
    db = store_db.connect(seeded_db, read_only=True)
    try:
        stored, rebuilt = _stored(db), _rebuilt(db)
    finally:
        db.close()
    assert len(rebuilt) >= 10 and stored == rebuilt


def test_bodies_follow_merges_absorptions_conflicts_and_replacement(fresh_db):
    db = fresh_db
    _ingest(db, "The regime collapsed.", [_mention("The regime collapsed.", UNDATED)], url="u1")
    assert _stored(db) == _rebuilt(db) and len(_stored(db)) == 1
    # A dated report absorbs the undated event: the absorbed event's body goes with it.
    _ingest(db, "Assad fell on December 8, 2024.", [_mention("Assad fell on December 8, 2024.", DAY)],
            url="u2", outlet="Other")
    assert _stored(db) == _rebuilt(db)
    assert len(_stored(db)) == 1 and '"citation_count":2' in next(iter(_stored(db).values()))
    # A third source with a coarser date merges; its body lists all three citations.
    _ingest(db, "Assad fell in December.", [_mention("Assad fell in December.", MONTH)], url="u3",
            published=D(2025, 1, 5))
    assert _stored(db) == _rebuilt(db)
    assert '"citation_count":3' in next(iter(_stored(db).values()))
    # New text at a known URL replaces that source's citations: the event's body drops it.
    result = _ingest(db, "Talks began in Doha in December.",
                     [_mention("Talks began in Doha in December.", MONTH, type_="negotiation",
                               title="Talks in Doha", keywords=("talks", "doha"), places=("Doha",),
                               actors=())], url="u2")
    assert result.status == "replaced"
    assert _stored(db) == _rebuilt(db) and len(_stored(db)) == 2
    assert "December 8, 2024" not in "".join(_stored(db).values())


def test_store_without_bodies_serves_the_same_and_reindex_fills_them(seeded_db, tmp_path):
    path = tmp_path / "v1.db"
    shutil.copy(seeded_db, path)
    before = make_app(path, READ_ONLY=True).test_client()
    urls = ["/events?limit=7", "/events?from=2024-12&to=2024-12", "/events?q=agreement"]
    first_id = before.get("/events?limit=1").get_json()["data"][0]["id"]
    urls.append(f"/events/{first_id}")
    expected = {u: before.get(u).data for u in urls}

    db = store_db.connect(path)
    db.execute("drop table event_bodies")
    db.execute("update meta set value = '1' where key = 'schema_version'")
    db.conn.commit()
    db.close()
    old = make_app(path, READ_ONLY=True).test_client()  # a read-only node on a version-1 file
    for url in urls:
        response = old.get(url)
        assert response.status_code == 200 and response.data == expected[url], url

    result = CliRunner().invoke(main, ["reindex", "--db", str(path)])
    assert result.exit_code == 0, result.output
    db = store_db.connect(path, read_only=True)
    try:
        count = db.execute("select count(*) from events").fetchone()[0]
        assert f"stored the JSON of {count} events" in result.output
        assert _stored(db) == _rebuilt(db)
        assert db.execute("select value from meta where key = 'schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)
    finally:
        db.close()
    again = CliRunner().invoke(main, ["reindex", "--db", str(path)])
    assert "stored the JSON of 0 events" in again.output


def test_reindex_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["reindex", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no such store" in result.output
