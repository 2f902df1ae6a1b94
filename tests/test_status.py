"""Scheduled events and deadlines: each event says whether it happened, is scheduled or is a
deadline (``status``) and how its date relates to it (``relation``), from detection to the
store, the API, its filter and the calendar feed."""
from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from timeline_api import service
from timeline_api.api import formats
from timeline_api.model import RELATIONS, STATUSES, Cited, DateInterval, Document
from timeline_api.pipeline.describe import describe
from timeline_api.pipeline.events.status import Context, relation_of, status_of
from timeline_api.pipeline.run import extract
from timeline_api.store import db as store_db

AUTH = {"Authorization": "Bearer s3cret-token"}
#: A Wednesday: "Saturday" ahead of it is the 8th.
PUBLISHED = dt.date(2025, 3, 5)


def _mentions(text: str, published: dt.date = PUBLISHED):
    return extract(Document(text=text, published=published)).mentions


# Our own sentences, one per class the issue names, and the plain past for contrast.
CASES = [
    ("scheduled on a weekday",
     "The two governments will sign the trade agreement on Saturday in Geneva.",
     "scheduled", "on", ("2025-03-08", "2025-03-08")),
    ("set for a day",
     "Peace talks between the two sides are set for June 14 in Oslo.",
     "scheduled", "on", ("2025-06-14", "2025-06-14")),
    ("scheduled for a weekday",
     "A second round of talks is scheduled for Friday in Doha.",
     "scheduled", "on", ("2025-03-07", "2025-03-07")),
    ("until ends an interval",
     "The ceasefire will last until April, the mediators said.",
     "scheduled", "until", ("2025-04-01", "2025-04-30")),
    ("from starts one",
     "The new sanctions take effect from early 2026 under the deal.",
     "scheduled", "from", ("2026-01-01", "2026-04-30")),
    ("by is a deadline at its end",
     "Under the deal, the coalition will withdraw all of its troops from the country by 2030.",
     "deadline", "by", ("2030-01-01", "2030-12-31")),
    ("an extended deadline",
     "The deadline for the withdrawal of the peacekeepers was extended until June.",
     "deadline", "until", ("2025-06-01", "2025-06-30")),
    ("a postponement names the thing moved, on its new date",
     "The agency delayed the signing of the agreement until April 2025.",
     "scheduled", "on", ("2025-04-01", "2025-04-30")),
    ("the past happened",
     "Rebels attacked the town of Marib on Tuesday, killing 12 people.",
     "happened", "on", ("2025-03-04", "2025-03-04")),
    ("what took effect happened",
     "The new sanctions took effect on January 2.",
     "happened", "on", ("2025-01-02", "2025-01-02")),
]


@pytest.mark.parametrize("name, text, status, relation, span", CASES, ids=[c[0] for c in CASES])
def test_status_of_each_class_in_detection(name, text, status, relation, span):
    (mention,) = _mentions(text)
    assert (mention.status, mention.relation) == (status, relation)
    assert (mention.date.start.isoformat(), mention.date.end.isoformat()) == span


def test_status_values_are_the_closed_sets():
    seen = {(m.status, m.relation) for _, text, *_ in CASES for m in _mentions(text)}
    assert {s for s, _ in seen} == set(STATUSES)
    assert {r for _, r in seen} <= set(RELATIONS)


def test_status_the_same_words_read_after_the_date_happened():
    # "will sign on Saturday" a week later is still a scheduled signing, but the date
    # is then in the past: a report published after the date says it as done.
    (later,) = _mentions("The two governments signed the trade agreement on Saturday in Geneva.",
                         dt.date(2025, 3, 12))
    assert later.status == "happened"


def test_status_from_is_not_a_span_start():
    context = Context(lead="The talks ran ", trigger="ran", between=" ", before_date="ran from ",
                      after_date=" to July, officials")
    date = DateInterval(dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month", "exact", "May")
    assert status_of(date, context, "negotiation", PUBLISHED) == ("happened", "on")
    opening = Context(lead="The levy applies ", trigger="applies", between=" from ", before_date="applies from ",
                      after_date=" under the rule")
    assert status_of(date, opening, "other", dt.date(2024, 1, 1)) == ("scheduled", "from")


def _cited(published: str, status: str, relation: str = "on", date: DateInterval | None = None) -> Cited:
    date = date or DateInterval(dt.date(2025, 4, 10), dt.date(2025, 4, 10), "day", "exact", "April 10")
    return Cited(f"src_{published}", published, 0, "launch", "other", "Probe launches", "", "The probe ...",
                 date, status, relation)


def test_status_of_an_event_is_what_its_latest_sources_say():
    # announced in March, reported done in April: the launch happened
    view = describe([_cited("2025-03-01", "scheduled"), _cited("2025-03-20", "scheduled"),
                     _cited("2025-04-11", "happened")])
    assert view.status == "happened"
    view = describe([_cited("2025-03-01", "scheduled"), _cited("2025-02-01", "happened")])
    assert view.status == "scheduled"


def test_status_of_citations_stored_without_one_comes_from_their_date():
    by = DateInterval(dt.date(2030, 1, 1), dt.date(2030, 12, 31), "year", "by", "2030")
    assert (describe([_cited("2025-03-01", "", "", by)]).status,
            describe([_cited("2025-03-01", "", "", by)]).relation) == ("deadline", "by")
    assert describe([_cited("2025-03-01", "", "")]).status == "scheduled"  # April 10 is ahead
    assert describe([_cited("2025-05-01", "", "")]).status == "happened"


# ---------------------------------------------------------------- over HTTP

SCHEDULE = {
    "title": "Talks and a deadline",
    "outlet": "Test Wire",
    "url": "https://example.org/talks",
    "published": "2025-03-05",
    "text": ("Peace talks between the two sides are set for June 14 in Oslo. "
             "Under the deal, the coalition will withdraw all of its troops from the country by 2030. "
             "Rebels attacked the town of Marib on Tuesday, killing 12 people."),
}


@pytest.fixture
def scheduled_client(empty_app):
    client = empty_app.test_client()
    assert client.post("/sources", json=SCHEDULE, headers=AUTH).status_code == 201
    return client


def test_status_filter_and_contract_over_http(scheduled_client):
    client = scheduled_client
    everything = client.get("/events").get_json()["data"]
    assert {(e["status"], e["relation"]) for e in everything} == {
        ("scheduled", "on"), ("deadline", "by"), ("happened", "on")}
    for event in everything:
        assert event["citations"][0]["status"] == event["status"]
    (talks,) = client.get("/events?status=scheduled").get_json()["data"]
    assert talks["date"]["start"] == "2025-06-14" and "talks" in talks["title"].lower()
    upcoming = client.get("/events?status=scheduled,deadline").get_json()["data"]
    assert {e["status"] for e in upcoming} == {"scheduled", "deadline"}
    both = client.get("/events?status=scheduled&status=deadline").get_json()["data"]
    assert [e["id"] for e in both] == [e["id"] for e in upcoming]
    facets = client.get("/events/facets?status=happened").get_json()["data"]
    assert facets["by_status"] == {"happened": 1} and facets["total"] == 1


@pytest.mark.parametrize("value", ["planned", "Scheduled", "happened,tentative"])
def test_status_filter_rejects_values_outside_the_set(scheduled_client, value):
    response = scheduled_client.get(f"/events?status={value}")
    assert response.status_code == 400
    assert "status" in {e["name"].split("[")[0] for e in response.get_json()["errors"]}


def test_status_in_the_calendar_feed(scheduled_client):
    raw = scheduled_client.get("/events?format=ics").get_data()
    vevents = {str(v["X-TIMELINE-STATUS"]): v for v in icalendar.Calendar.from_ical(raw).walk("VEVENT")}
    assert set(vevents) == {"scheduled", "deadline", "happened"}
    assert str(vevents["scheduled"]["STATUS"]) == "TENTATIVE"
    assert str(vevents["happened"]["STATUS"]) == "CONFIRMED"
    deadline = vevents["deadline"]
    assert str(deadline["SUMMARY"]).startswith("Deadline: ")
    assert "deadline" in deadline["CATEGORIES"].cats
    # "by 2030": due on the last day of 2030, not all year
    assert (deadline.decoded("DTSTART"), deadline.decoded("DTEND")) == (dt.date(2030, 12, 31), dt.date(2031, 1, 1))
    assert str(deadline["X-TIMELINE-RELATION"]) == "by"


def test_status_ics_of_an_event_without_one_reads_as_happened():
    event = {"id": "ev_1", "type": "other", "title": "T", "summary": "", "updated_at": None, "citations": [],
             "date": {"start": "2024-01-02", "end": "2024-01-02", "precision": "day", "qualifier": "exact",
                      "text": "", "edtf": None}}
    text = formats.ics_event(event)
    assert "STATUS:CONFIRMED" in text and "X-TIMELINE-STATUS:happened" in text


def test_status_an_older_store_gets_its_columns_and_values(tmp_path):
    path = tmp_path / "v3.db"
    db = store_db.connect(path)
    service.ingest_document(db, Document(text=SCHEDULE["text"], published=PUBLISHED, title="t", url="u"))
    expected = {r["title"]: (r["status"], r["relation"]) for r in db.query("select title, status, relation from events")}
    db.execute("drop index idx_events_status_sort_asc_id")
    for table, column in (("events", "status"), ("events", "relation"), ("citations", "status"),
                          ("citations", "relation")):
        db.execute(f"alter table {table} drop column {column}")
    db.execute("update meta set value = '3' where key = 'schema_version'")
    db.conn.commit()
    db.close()
    db = store_db.connect(path)  # a writer: columns added and filled
    try:
        got = {r["title"]: (r["status"], r["relation"]) for r in db.query("select title, status, relation from events")}
        assert got == expected
        assert {r["status"] for r in db.query("select status from citations")} == {None}
    finally:
        db.close()


def test_status_by_a_day_already_reached_is_no_deadline():
    # "By Monday evening, 3,000 volunteers had registered": a count reached, published that day
    monday = DateInterval(dt.date(2025, 3, 3), dt.date(2025, 3, 3), "day", "by", "Monday evening")
    told = Context(lead="By Monday evening 3,000 volunteers had ", trigger="registered",
                   between=" 3,000 volunteers had ", before_date="By ", after_date=" evening, 3,000")
    assert status_of(monday, told, "other", dt.date(2025, 3, 3)) == ("happened", "by")
    assert status_of(monday, told, "other", dt.date(2025, 2, 20)) == ("deadline", "by")


def test_status_a_date_before_a_noun_after_from_is_no_start():
    # "the claims arise from the March collapse": where they come from, not when they start
    march = DateInterval(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month", "exact", "March")
    source = Context(lead="The claims arise from the ", trigger="collapse", between=" ",
                     before_date="claims arise from the ", after_date=" collapse of the")
    assert relation_of(march, source) == "on"
    origin = Context(lead="The claims ", trigger="arise", between=" from ", before_date="claims arise from ",
                     after_date=" and the")
    assert relation_of(march, origin) == "on"
