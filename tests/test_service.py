"""Ingestion use cases on hand-built extractions: idempotence, atomicity, merging, replacement."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_api import service
from timeline_api.pipeline.model import DateInterval, Document, EventMention
from timeline_api.pipeline.run import Extraction
from timeline_api.store import db as store_db
from timeline_api.store import events as event_store

D = dt.date


def _doc(text: str, published=D(2024, 12, 26), url: str = "", title: str = "T") -> Document:
    return Document(text=text, published=published, url=url, title=title, outlet="Wire")


def _mention(quote, date, type_="regime_change", title="Fall of the Assad regime",
             keywords=("fall", "assad", "regime"), actors=("Bashar al-Assad",), places=("Syria",),
             start=0):
    return EventMention(type=type_, title=title, summary=quote, quote=quote, start=start,
                        end=start + len(quote), date=date, trigger=keywords[0],
                        actors=list(actors), places=list(places), keywords=list(keywords))


DAY = DateInterval(D(2024, 12, 8), D(2024, 12, 8), "day", "exact", "December 8, 2024")
MONTH = DateInterval(D(2024, 12, 1), D(2024, 12, 31), "month", "exact", "December")
UNDATED = DateInterval(None, None, "unknown", "exact", "")
OTHER_DAY = DateInterval(D(2024, 12, 5), D(2024, 12, 5), "day", "exact", "December 5")


def _ingest(db, text, mentions, **kw):
    return service.ingest_extraction(db, Extraction(_doc(text, **kw), [], [], mentions))


def _events(db):
    rows, _ = event_store.query_events(db, event_store.EventQuery(limit=500))
    return service.event_resources(db, rows)


def test_service_same_document_twice_changes_nothing(fresh_db):
    text = "Assad fell on December 8, 2024."
    first = _ingest(fresh_db, text, [_mention(text, DAY)])
    snapshot = service.stats(fresh_db), _events(fresh_db)
    second = _ingest(fresh_db, "  Assad fell on\nDecember 8, 2024.  ", [_mention(text, DAY)])
    assert (first.status, second.status) == ("added", "unchanged")
    assert second.source_id == first.source_id
    assert (service.stats(fresh_db), _events(fresh_db)) == snapshot


def test_service_failure_leaves_no_partial_rows(fresh_db, monkeypatch):
    text = "Assad fell on December 8, 2024. Talks began in December."
    calls = {"n": 0}
    original = event_store.add_citation

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return original(*args, **kwargs)

    monkeypatch.setattr(event_store, "add_citation", failing)
    mentions = [_mention(text[:31], DAY),
                _mention(text[32:], MONTH, type_="negotiation", title="Talks", keywords=("talks", "began"),
                         start=32)]
    with pytest.raises(RuntimeError):
        _ingest(fresh_db, text, mentions)
    assert service.stats(fresh_db) == {"sources": 0, "events": 0, "citations": 0}


def test_service_merges_same_event_across_sources(fresh_db):
    _ingest(fresh_db, "Assad fell on December 8, 2024.", [_mention("Assad fell on December 8, 2024.", DAY)])
    result = _ingest(fresh_db, "The regime of Assad fell in December.",
                     [_mention("The regime of Assad fell in December.", MONTH)], published=D(2025, 1, 2))
    assert result.events_merged == 1 and result.events_created == 0
    [event] = _events(fresh_db)
    assert len(event["citations"]) == 2 and event["source_count"] == 2
    assert event["date"]["start"] == "2024-12-08" and event["date"]["precision"] == "day"
    assert event["conflicts"] == []


def test_service_undated_mention_joins_dated_event_in_either_order(fresh_db):
    undated_text = "After the collapse of the Assad regime, groups changed course."
    dated_text = "Assad fell on December 8, 2024."
    _ingest(fresh_db, undated_text, [_mention(undated_text, UNDATED)])
    assert _events(fresh_db)[0]["date"]["precision"] == "unknown"
    _ingest(fresh_db, dated_text, [_mention(dated_text, DAY)])
    [event] = _events(fresh_db)
    assert event["date"]["start"] == "2024-12-08" and len(event["citations"]) == 2


def test_service_a_day_never_joins_an_event_of_another_day(fresh_db):
    a = "Assad fell on December 8, 2024."
    b = "Assad's regime fell on December 5."
    _ingest(fresh_db, a, [_mention(a, DAY)])
    _ingest(fresh_db, b, [_mention(b, OTHER_DAY)], published=D(2024, 12, 20))
    c = "The fall of the Assad regime on December 8 shook the region."
    _ingest(fresh_db, c, [_mention(c, DAY)], published=D(2024, 12, 21))
    by_day = {e["date"]["start"]: e for e in _events(fresh_db)}
    assert sorted(by_day) == ["2024-12-05", "2024-12-08"]
    assert len(by_day["2024-12-08"]["citations"]) == 2 and len(by_day["2024-12-05"]["citations"]) == 1


def test_service_coarse_mention_joins_only_the_one_day_that_fits(fresh_db):
    month = "Assad fell in December."
    _ingest(fresh_db, "Assad fell on December 8, 2024.", [_mention("Assad fell on December 8, 2024.", DAY)])
    _ingest(fresh_db, month, [_mention(month, MONTH)], published=D(2025, 1, 3))
    [event] = _events(fresh_db)
    assert event["date"]["precision"] == "day" and len(event["citations"]) == 2
    # a second day's report of the same kind of happening: the month no longer tells which
    other = "Assad's regime fell on December 5."
    _ingest(fresh_db, other, [_mention(other, OTHER_DAY)], published=D(2024, 12, 20))
    events = _events(fresh_db)
    assert sorted(e["date"]["precision"] for e in events) == ["day", "day", "month"]
    assert all(len(e["citations"]) == 1 for e in events)


def test_service_different_events_stay_apart(fresh_db):
    a = "Assad fell on December 8, 2024."
    strike = "A US airstrike hit Al-Qaim on December 8, 2024."
    _ingest(fresh_db, a, [_mention(a, DAY)])
    _ingest(fresh_db, strike, [_mention(strike, DAY, type_="strike", title="US airstrike on Al-Qaim",
                                        keywords=("airstrike", "al-qaim"), actors=("US",), places=("Al-Qaim",))])
    assert len(_events(fresh_db)) == 2


def test_service_event_ids_are_stable_across_rebuilds(tmp_path):
    from timeline_api.store import db as store_db

    ids = []
    for name in ("a.db", "b.db"):
        db = store_db.connect(tmp_path / name)
        text = "Assad fell on December 8, 2024."
        _ingest(db, text, [_mention(text, DAY)])
        ids.append([e["id"] for e in _events(db)])
        db.close()
    assert ids[0] == ids[1] and ids[0][0].startswith("ev_")


def test_service_changed_text_at_same_url_replaces_citations(fresh_db):
    url = "https://example.org/story"
    old = "Assad fell on December 8, 2024."
    new = "Talks began in Doha in December."
    _ingest(fresh_db, old, [_mention(old, DAY)], url=url)
    result = _ingest(fresh_db, new, [_mention(new, MONTH, type_="negotiation", title="Talks in Doha",
                                               keywords=("talks", "doha"), places=("Doha",))], url=url)
    assert result.status == "replaced"
    events = _events(fresh_db)
    assert [e["type"] for e in events] == ["negotiation"]
    assert service.stats(fresh_db)["sources"] == 1
    orphans = fresh_db.execute(
        "select count(*) from citations where source_id not in (select id from sources) "
        "or event_id not in (select id from events)").fetchone()[0]
    assert orphans == 0
    assert fresh_db.execute("pragma foreign_key_check").fetchall() == []


def test_service_ingest_paths_in_parallel_gives_the_same_store():
    """Extraction in worker processes changes nothing: the merge runs in order, in one writer."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    stores = []
    for jobs in (1, 2):
        db = store_db.connect(None)
        results = service.ingest_paths(db, [str(seeds)], jobs=jobs)
        events = [{k: v for k, v in e.items() if k != "updated_at"} for e in _events(db)]
        stores.append(([(r.origin, r.status, r.event_ids) for r in results], events))
    assert stores[0][1] and stores[0] == stores[1]


def test_service_one_sentence_two_dates_stays_two_events(fresh_db):
    text = "Health officials confirmed cases in Indonesia last week and in Liberia on Monday."
    a = _mention(text, DateInterval(D(2024, 12, 16), D(2024, 12, 22), "week", "exact", "last week"),
                 type_="other", title="Cases confirmed in Indonesia", keywords=("case", "confirm", "health"),
                 actors=("Health officials",), places=("Indonesia",))
    b = _mention(text, DateInterval(D(2024, 12, 23), D(2024, 12, 23), "day", "exact", "Monday"),
                 type_="other", title="Cases confirmed in Liberia", keywords=("case", "confirm", "health"),
                 actors=("Health officials",), places=("Liberia",))
    _ingest(fresh_db, text, [a, b])
    titles = sorted(e["title"] for e in _events(fresh_db))
    assert len(titles) == 2 and "Indonesia" in titles[0] + titles[1] and "Liberia" in titles[0] + titles[1]
    assert not any("Indonesia" in t and "Liberia" in t for t in titles)


def test_service_mention_compared_with_closest_citation(fresh_db):
    """A much-cited event does not absorb a mention whose shared words are spread over its citations."""
    one = "Assad fell on December 8, 2024."
    _ingest(fresh_db, one, [_mention(one, DAY, keywords=("fall", "assad", "regime", "syria"), actors=(),
                                     places=())])
    two = "The Assad regime collapsed as rebels entered Damascus."
    _ingest(fresh_db, two, [_mention(two, DAY, keywords=("collapse", "assad", "regime", "damascus"),
                                     actors=(), places=())], published=D(2024, 12, 9))
    three = "In Syria, fighters seized Damascus airport on December 8."
    _ingest(fresh_db, three, [_mention(three, DAY, keywords=("seize", "airport", "syria", "damascus"),
                                       actors=(), places=())], published=D(2024, 12, 10))
    events = _events(fresh_db)
    assert sorted(len(e["citations"]) for e in events) == [1, 2]


def test_service_one_article_two_places_same_day_stay_two_events(fresh_db):
    # "protests in the capital on Wednesday ... clashes Wednesday night in the port city": two happenings
    text = ("Protesters took to the streets of Cairo on Wednesday against the government.\n"
            "Security forces and protesters clashed Wednesday night in Suez.")
    first, second = text.split("\n")
    keywords = ("protest", "protesters", "security", "forces")
    mentions = [_mention(first, DAY, type_="other", title="Protest in Cairo", keywords=keywords, actors=(),
                         places=("Cairo",)),
                _mention(second, DAY, type_="other", title="Clashes in Suez", keywords=keywords, actors=(),
                         places=("Suez",), start=len(first) + 1)]
    result = _ingest(fresh_db, text, mentions)
    assert result.events_created == 2 and len(_events(fresh_db)) == 2


def test_service_one_article_same_place_same_day_is_one_event(fresh_db):
    text = ("Protesters took to the streets of Cairo on Wednesday.\n"
            "In Cairo, the protesters chanted against the government on Wednesday.")
    first, second = text.split("\n")
    keywords = ("protest", "protesters", "cairo")
    mentions = [_mention(first, DAY, type_="other", title="Protest in Cairo", keywords=keywords, actors=(),
                         places=("Cairo",)),
                _mention(second, DAY, type_="other", title="Protest in Cairo", keywords=keywords, actors=(),
                         places=("Cairo",), start=len(first) + 1)]
    _ingest(fresh_db, text, mentions)
    assert len(_events(fresh_db)) == 1


def test_a_serving_app_leaves_the_extraction_pipeline_unloaded_until_ingest(tmp_path):
    """A read-only worker never extracts: the pipeline (rule tables, tagger, lemminflect)
    is loaded by the first ingest, not by the app, and ingest still works after that."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = (
        "import sys\n"
        "from timeline_api import create_app, service\n"
        f"app = create_app({{'DATABASE': {str(tmp_path / 't.db')!r}, 'SKIP_SEEDING': True}})\n"
        "client = app.test_client()\n"
        "assert client.get('/events').status_code == 200\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('timeline_api.pipeline.'))\n"
        "assert 'timeline_api.pipeline.run' not in loaded and 'timeline_api.pipeline.identity' not in loaded, loaded\n"
        "assert client.get('/types').status_code == 200\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
