"""Copies of one story count once: fingerprints, story groups, importance, sort=importance, GET /summary."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil

import pytest
from click.testing import CliRunner

from tests.conftest import make_app
from timeline_api import importance, service
from timeline_api.cli import main
from timeline_api.pipeline import stories
from timeline_api.pipeline.model import DateInterval, Document, EventMention
from timeline_api.pipeline.run import Extraction
from timeline_api.store import db as store_db

D = dt.date
DAY = DateInterval(D(2024, 12, 8), D(2024, 12, 8), "day", "exact", "December 8, 2024")

WIRE = [
    "Rebel forces entered the capital early on Sunday after a lightning advance from the north.",
    "The president left the country on a plane bound for an unknown destination, officials said.",
    "Crowds gathered in the main square to celebrate the end of five decades of family rule.",
    "The prime minister said he was ready to hand over power to any government the people chose.",
    "Foreign governments called for a peaceful transition and the protection of civilians.",
    "Fighting had all but stopped by the evening, according to residents reached by telephone.",
]
#: The wire story as a second outlet printed it: a new headline line, one sentence rewritten.
COPY = ["Assad regime falls as rebels take Damascus"] + WIRE[:5] + [
    "By nightfall the shooting had largely stopped, residents told reporters by telephone."]
OTHER = [
    "Oil prices rose sharply on Monday as traders weighed the risk of wider conflict in the region.",
    "Analysts said the market had not yet priced in a disruption of supplies through the straits.",
    "Brent crude gained four percent in early trading before easing back in the afternoon session.",
    "The rebels entered the capital on Sunday, the news agency reported in a short dispatch.",
]
#: A factbox of three sentences that two different articles both end with.
FACTBOX = [
    "The civil war began in March 2011 with protests against the government in the south.",
    "More than half a million people have been killed in the fighting, monitors estimate.",
    "Millions have fled the country, most of them to neighbouring Turkey, Lebanon and Jordan.",
]


def _doc(lines, url, published=D(2024, 12, 8), outlet="Wire") -> Document:
    return Document(text="\n".join(lines), published=published, url=url, title=url, outlet=outlet)


def _mention(text: str, date=DAY) -> EventMention:
    """The sentence of ``text`` that reports the rebels entering the capital."""
    quote = next(line for line in text.splitlines() if "entered the capital" in line)
    start = text.index(quote)
    return EventMention(type="regime_change", title="Rebels take the capital", summary=quote, quote=quote,
                        start=start, end=start + len(quote), date=date, trigger="take",
                        actors=["Bashar al-Assad"], places=["Damascus"], keywords=["rebels", "capital", "fall"])


def _ingest(db, doc: Document, mentions=None):
    mentions = [_mention(doc.text)] if mentions is None else mentions
    return service.ingest_extraction(db, Extraction(doc, [], [], mentions))


def _stories(db) -> dict[str, str]:
    return {r["url"]: r["story_id"] for r in db.query("select url, story_id from sources")}


# ---------------------------------------------------------------- fingerprints


def test_importance_fingerprints_ignore_case_spacing_punctuation_and_short_lines():
    a = stories.fingerprints("The president left the country on a plane, officials said.\nBy Jane Doe\nShare")
    b = stories.fingerprints("the president  left the country on a plane officials said")
    assert a == b and len(a) == 1


@pytest.mark.parametrize("shared, a, b, copies", [
    (5, 6, 6, True),     # one sentence of six rewritten
    (6, 6, 12, True),    # the same story with as much again added: Dice 0.67
    (3, 3, 12, False),   # a factbox inside a longer article: contained, but not a copy
    (2, 2, 2, False),    # too short to tell
    (3, 6, 6, False),    # half the sentences in common: a follow-up, not a copy
])
def test_importance_are_copies_needs_most_of_both_texts(shared, a, b, copies):
    assert stories.are_copies(shared, a, b) is copies
    assert stories.are_copies(shared, b, a) is copies


# ---------------------------------------------------------------- story groups


def test_importance_copies_share_the_smallest_source_id_whatever_the_order():
    docs = [_doc(WIRE, "u/wire"), _doc(COPY, "u/copy", outlet="Paper"), _doc(OTHER, "u/other")]
    seen = set()
    for order in itertools.permutations(docs):
        db = store_db.connect(":memory:")
        ids = {d.url: _ingest(db, d).source_id for d in order}
        groups = _stories(db)
        assert groups["u/wire"] == groups["u/copy"] == min(ids["u/wire"], ids["u/copy"])
        assert groups["u/other"] == ids["u/other"]
        seen.add(tuple(sorted(groups.items())))
        db.close()
    assert len(seen) == 1


def test_importance_a_shared_factbox_does_not_group_two_articles():
    db = store_db.connect(":memory:")
    box = _ingest(db, _doc(FACTBOX, "u/box"), [])
    first = _ingest(db, _doc(WIRE + FACTBOX, "u/first"))
    more = ["Shipping insurers raised their premiums for tankers passing through the eastern sea.",
            "Two large refiners said they would draw on their reserves if deliveries were delayed.",
            "The central bank governor warned that higher fuel costs would feed through to prices."]
    second = _ingest(db, _doc(OTHER + more + FACTBOX, "u/second"))
    groups = _stories(db)
    assert groups == {"u/box": box.source_id, "u/first": first.source_id, "u/second": second.source_id}


def test_importance_furniture_many_pages_share_links_none_of_them():
    """A registration form on every page of an outlet: found in six sources, it stops counting."""
    form = ["Enter your e-mail address below and we will send you a link to reset your password.",
            "By clicking on sign up you agree with the Terms of Service of this website.",
            "This screen name will be associated with your stories and comments on this site."]
    pages = [_doc(form + [f"Reader report number {n} describes the crowd in the square on that day.",
                          f"Photo set {n} shows the march from the bridge towards the central square."],
                  f"u/page{n}") for n in range(stories.COMMON_MIN_SOURCES)]
    for order in (pages, pages[::-1]):
        db = store_db.connect(":memory:")
        ids = [_ingest(db, page, []).source_id for page in order]
        assert sorted(_stories(db).values()) == sorted(ids)  # each page its own story
        db.close()


def test_importance_counts_stories_not_sources_and_follows_replacement(fresh_db):
    db = fresh_db
    wire, copy, other = _doc(WIRE, "u/wire"), _doc(COPY, "u/copy", outlet="Paper"), _doc(OTHER, "u/other")
    for doc in (wire, copy, other):
        _ingest(db, doc)
    (event,) = [json.loads(b) for b in service.event_bodies(db, [r["id"] for r in db.query("select id from events")])]
    assert (event["source_count"], event["importance"]) == (3, 2)
    assert db.execute("select importance from events").fetchone()[0] == 2
    # The copy's outlet replaces it with a text of its own: now three independent stories.
    own = ["Rebels entered the capital on Sunday morning, a witness said by telephone.",
           "Our correspondent saw armed men in pickup trucks driving towards the presidential palace.",
           "Shops stayed closed and the streets of the old city were almost empty by midday."]
    _ingest(db, _doc(own, "u/copy", outlet="Paper"))
    (event,) = [json.loads(b) for b in service.event_bodies(db, [r["id"] for r in db.query("select id from events")])]
    assert (event["source_count"], event["importance"]) == (3, 3)
    assert len(set(_stories(db).values())) == 3


def test_importance_a_source_that_links_two_groups_merges_them(fresh_db):
    db = fresh_db
    a = _ingest(db, _doc(WIRE, "u/a"))
    b = _ingest(db, _doc(OTHER + FACTBOX, "u/b"))
    assert db.execute("select importance from events").fetchall() == [(2,)]
    # The two texts in one: a copy of each (Dice 0.63 and 0.70), so all three are one story.
    c = _ingest(db, _doc(WIRE + OTHER + FACTBOX, "u/c"))
    assert set(_stories(db).values()) == {min(a.source_id, b.source_id, c.source_id)}
    (event,) = [json.loads(b) for b in service.event_bodies(db, [r[0] for r in db.execute("select id from events")])]
    assert (event["source_count"], event["importance"]) == (3, 1)
    assert db.execute("select importance from events").fetchall() == [(1,)]


# ---------------------------------------------------------------- migration from schema 2


def _as_version_2(path):
    """Make a store look as schema 2 left it: no story columns, no fingerprints, no importance."""
    db = store_db.connect(path)
    db.execute("drop index idx_sources_story_id")
    db.execute("drop index idx_events_importance_citation_count_id")
    for table, column in (("sources", "story_id"), ("sources", "fingerprint_count"), ("events", "importance")):
        db.execute(f"alter table {table} drop column {column}")
    db.execute("drop table source_sentences")
    db.execute("drop table common_sentences")
    db.execute("update meta set value = '2' where key = 'schema_version'")
    db.conn.commit()
    db.close()


def test_importance_a_version_2_store_serves_and_reindex_groups_its_sources(tmp_path):
    path = tmp_path / "v2.db"
    db = store_db.connect(path)
    for doc in (_doc(WIRE, "u/wire"), _doc(COPY, "u/copy", outlet="Paper"), _doc(OTHER, "u/other")):
        _ingest(db, doc)
    expected = {r["url"]: r["story_id"] for r in db.query("select url, story_id from sources")}
    db.close()
    _as_version_2(path)

    client = make_app(path, SKIP_SEEDING=True).test_client()  # opened for writing: columns added
    (event,) = client.get("/events").get_json()["data"]
    assert (event["source_count"], event["importance"]) == (3, 3)  # no story groups yet
    result = CliRunner().invoke(main, ["reindex", "--db", str(path)])
    assert result.exit_code == 0, result.output
    db = store_db.connect(path, read_only=True)
    assert {r["url"]: r["story_id"] for r in db.query("select url, story_id from sources")} == expected
    assert db.execute("select importance from events").fetchone()[0] == 2
    db.close()
    (event,) = client.get("/events?sort=importance").get_json()["data"]
    assert event["importance"] == 2


# ---------------------------------------------------------------- over HTTP


@pytest.fixture
def key_dates_app(tmp_path):
    """A store of three days: the 8th (three stories, one of them twice), the 9th (two), the 10th (one)."""
    path = tmp_path / "days.db"
    db = store_db.connect(path)
    day = lambda d: DateInterval(D(2024, 12, d), D(2024, 12, d), "day", "exact", f"December {d}")  # noqa: E731
    month = DateInterval(D(2024, 12, 1), D(2024, 12, 31), "month", "exact", "December")
    sources = [
        (WIRE, "u/1", 8, [day(8)]), (COPY, "u/2", 8, [day(8)]), (OTHER, "u/3", 9, [day(8), day(9)]),
        (FACTBOX + ["Talks resumed in Geneva on Monday between the two delegations, diplomats said."],
         "u/4", 9, [day(9), day(10)]),
        (["A ceasefire was agreed in Geneva late on Tuesday after three days of talks, the envoy said."]
         + OTHER[:2], "u/5", 11, [day(8), month]),
    ]
    for lines, url, published, dates in sources:
        doc = _doc(lines, url, published=D(2024, 12, published))
        mentions = []
        for n, date in enumerate(dates):
            quote = doc.text.splitlines()[n]
            start = doc.text.index(quote)
            mentions.append(EventMention(
                type="statement", title=f"Event of {date.text}", summary=quote, quote=quote, start=start,
                end=start + len(quote), date=date, trigger="said", actors=["Envoy"], places=["Geneva"],
                keywords=["event", date.text.lower().replace(" ", "-")]))
        _ingest(db, doc, mentions)
    db.close()
    return make_app(path, SKIP_SEEDING=True, API_TOKEN="")


def test_importance_summary_names_the_best_dates_with_their_events(key_dates_app):
    client = key_dates_app.test_client()
    body = client.get("/summary?from=2024-12&to=2024-12&dates=5").get_json()
    days = [(d["date"], d["importance"]) for d in body["data"]]
    assert days[0] == ("2024-12-08", 3)  # four sources, two of them one story
    assert [d for d, _ in days] == ["2024-12-08", "2024-12-09", "2024-12-10"]
    assert [i for _, i in days] == sorted([i for _, i in days], reverse=True)
    for entry in body["data"]:
        assert entry["events"], entry
        for event in entry["events"]:
            assert event["date"]["precision"] == "day" and event["date"]["start"] == entry["date"]
    listed = [e["date"]["precision"] for d in body["data"] for e in d["events"]]
    assert "month" not in listed  # a month names no key date
    assert body["meta"]["count"] == 3


def test_importance_summary_window_limits_and_published_filter(key_dates_app):
    client = key_dates_app.test_client()
    one = client.get("/summary?from=2024-12-09&to=2024-12-31&dates=1&events=0").get_json()["data"]
    assert [(d["date"], d["events"]) for d in one] == [("2024-12-09", [])]
    early = client.get("/summary?published_to=2024-12-08").get_json()["data"]
    assert [(d["date"], d["importance"]) for d in early] == [("2024-12-08", 1)]
    late = client.get("/summary?published_from=2024-12-09").get_json()["data"]
    assert ("2024-12-08", 2) in [(d["date"], d["importance"]) for d in late]


@pytest.mark.parametrize("query, name", [
    ("dates=0", "dates"), ("dates=501", "dates"), ("events=51", "events"), ("from=2024-13", "from"),
    ("from=2025&to=2024", "from"), ("published_from=2025&published_to=2024", "published_from"),
    ("colour=red", "colour"),
])
def test_importance_summary_refuses_bad_parameters(key_dates_app, query, name):
    response = key_dates_app.test_client().get(f"/summary?{query}")
    assert response.status_code == 400
    assert response.get_json()["errors"][0]["name"] == name


def test_importance_sort_pages_through_every_event_in_order(writable_app):
    client = writable_app.test_client()
    everything = client.get("/events?limit=500").get_json()["data"]
    url, seen = "/events?sort=importance&limit=3", []
    while url:
        page = client.get(url).get_json()
        seen += page["data"]
        url = page["links"]["next"]
        url = url and url.replace("http://localhost", "")
    assert sorted(e["id"] for e in seen) == sorted(e["id"] for e in everything)
    keys = [(e["importance"], e["citation_count"], e["id"]) for e in seen]
    assert keys == sorted(keys, reverse=True)
    assert all(1 <= e["importance"] <= e["source_count"] for e in seen)


def test_importance_sort_keeps_the_window_filter(writable_app):
    client = writable_app.test_client()
    windowed = client.get("/events?from=2024-12&to=2024-12&limit=500").get_json()["data"]
    ranked = client.get("/events?from=2024-12&to=2024-12&sort=importance&limit=500").get_json()["data"]
    assert sorted(e["id"] for e in ranked) == sorted(e["id"] for e in windowed) and ranked
    assert client.get("/events?sort=importance&format=csv").status_code == 200


def test_importance_summary_serves_a_read_only_store(seeded_db, tmp_path):
    path = tmp_path / "ro.db"
    shutil.copy(seeded_db, path)
    client = make_app(path, READ_ONLY=True).test_client()
    assert client.get("/summary").status_code == 200
    assert importance.backfill(store_db.connect(path)) == 0  # the seeded store is already grouped


def test_importance_summary_lists_coarse_events_after_the_days_own(key_dates_app):
    """An event a merge dated to a month still holds its sources' days: it counts, listed last."""
    db = store_db.connect(key_dates_app.config["DATABASE"])
    (coarse,) = [r[0] for r in db.execute(
        "select id from events where date_start = '2024-12-10' order by id limit 1")]
    db.execute("update events set precision = 'month', date_start = '2024-12-01', date_end = '2024-12-31', "
               "span_class = 3 where id = ?", [coarse])
    db.execute("delete from event_bodies where event_id = ?", [coarse])  # built again from the row
    db.conn.commit()
    db.close()
    body = key_dates_app.test_client().get("/summary?from=2024-12&to=2024-12&dates=5").get_json()
    tenth = next(d for d in body["data"] if d["date"] == "2024-12-10")
    assert tenth["importance"] == 1 and [e["id"] for e in tenth["events"]] == [coarse]
    assert tenth["events"][0]["date"]["precision"] == "month"
    ninth = next(d for d in body["data"] if d["date"] == "2024-12-09")
    assert all(e["date"]["start"] == "2024-12-09" for e in ninth["events"])


def test_importance_a_sentence_repeated_word_for_word_under_several_stories_counts_once(fresh_db):
    box = "Rebels entered the capital on Sunday, according to the outlet's explainer box."
    first = _doc(["Prices of bread doubled in the northern provinces during the winter months.",
                  "Farmers blamed the drought and the closure of the main border crossing.", box], "u/a")
    second = _doc(["A ferry carrying relief supplies docked at the port after a two-day delay.",
                   "Aid workers unloaded blankets, flour and medicine under heavy rain.", box], "u/b")
    for doc in (first, second):
        _ingest(fresh_db, doc)
    assert len(set(_stories(fresh_db).values())) == 2  # two stories, not copies of one
    assert fresh_db.execute("select importance from events").fetchone()[0] == 1
    own = _doc(["Rebels entered the capital on Sunday morning, a witness said by telephone.",
                "Shops stayed closed and the streets were almost empty by midday."], "u/c")
    _ingest(fresh_db, own)
    assert fresh_db.execute("select importance from events").fetchone()[0] == 2


def test_importance_export_sorts_by_importance_from_the_command_line(seeded_db, tmp_path):
    path = tmp_path / "export.db"
    shutil.copy(seeded_db, path)
    result = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "ndjson", "--sort", "importance"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    keys = [(e["importance"], e["citation_count"], e["id"]) for e in events]
    assert len(keys) > 3 and keys == sorted(keys, reverse=True)
