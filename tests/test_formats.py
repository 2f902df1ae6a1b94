"""Export formats of GET /events: CSV, NDJSON (streamed), iCalendar and TimelineJS 3."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest

from timeline_api.api import events as events_api
from timeline_api.api import formats
from timeline_api.api.schemas import FORMATS


def _all_json(client, query: str = "") -> list[dict]:
    sep = "&" if query else ""
    return client.get(f"/events?limit=500{sep}{query}").get_json()["data"]


def _event(start, end, precision, qualifier="exact", text="", **extra) -> dict:
    base = {
        "id": "ev_1", "type": "deadline", "title": "A title", "summary": "A summary.",
        "date": {"start": start, "end": end, "precision": precision, "qualifier": qualifier,
                 "text": text, "edtf": None},
        "actors": ["Iraq"], "places": [], "keywords": [], "conflicts": [],
        "citation_count": 1, "source_count": 1, "updated_at": "2026-11-23T13:44:38+00:00",
        "citations": [{"source_id": "src_1", "title": "T", "outlet": "Wire", "url": "https://example.org/a",
                       "published": "2024-12-27", "quote": "The quote.", "start": 0, "end": 10,
                       "trigger": "quote", "date": {}}],
    }
    base.update(extra)
    return base


# ---------------------------------------------------------------- labels

@pytest.mark.parametrize("start, end, precision, qualifier, label", [
    ("2024-12-08", "2024-12-08", "day", "exact", "8 December 2024"),
    ("2025-09-01", "2025-09-30", "month", "exact", "September 2025"),
    ("2025-09-21", "2025-09-30", "month", "by", "by late September 2025"),
    ("2024-09-01", "2024-09-10", "month", "early", "early September 2024"),
    ("2023-10-11", "2023-10-20", "month", "since", "since mid October 2023"),
    ("2024-01-01", "2024-01-07", "week", "exact", "week of 1 January 2024"),
    ("2025-07-01", "2025-09-30", "quarter", "exact", "Q3 2025"),
    ("2024-12-01", "2025-02-28", "season", "exact", "winter 2024–25"),
    ("2014-01-01", "2014-12-31", "year", "exact", "2014"),
    ("2025-09-01", "2025-12-31", "year", "late", "late 2025"),
    ("2010-01-01", "2019-12-31", "decade", "exact", "2010s"),
    ("2024-03-01", "2024-03-31", "month", "approximate", "about March 2024"),
    ("2014-01-01", None, "year", "since", "since 2014"),
    (None, None, "unknown", "exact", "undated"),
])
def test_formats_date_label_says_precision_and_qualifier(start, end, precision, qualifier, label):
    date = {"start": start, "end": end, "precision": precision, "qualifier": qualifier}
    assert formats.date_label(date) == label


def test_formats_names_match_the_query_schema():
    assert FORMATS == formats.FORMATS
    assert set(formats.EXPORT_FORMATS) == set(FORMATS) - {"json"}


# ---------------------------------------------------------------- CSV

def test_formats_csv_one_row_per_event_with_citations_flattened(client):
    everything = _all_json(client)
    response = client.get("/events?format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="timeline.csv"' in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["id"] for r in rows] == [e["id"] for e in everything]
    for row, event in zip(rows, everything):
        assert row["title"] == event["title"] and row["type"] == event["type"]
        assert row["date_start"] == (event["date"]["start"] or "")
        assert int(row["citation_count"]) == event["citation_count"]
        assert (row["status"], row["relation"]) == (event["status"], event["relation"])
        quotes = row["citation_quotes"].split("\n")
        assert len(quotes) == len(event["citations"]) == len(row["citation_outlets"].split("\n"))
        assert quotes[0] == " ".join(event["citations"][0]["quote"].split())
    deadline = next(r for r in rows if r["qualifier"] == "by")
    assert deadline["date_label"] == "by late September 2025"


def test_formats_csv_chosen_by_accept_header_and_keeps_filters(client):
    by_accept = client.get("/events?type=deadline", headers={"Accept": "text/csv"})
    assert by_accept.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(by_accept.get_data(as_text=True))))
    assert rows and {r["type"] for r in rows} == {"deadline"}
    assert client.get("/events", headers={"Accept": "*/*"}).mimetype == "application/json"
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/events", headers={"Accept": browser}).mimetype == "application/json"


def test_formats_csv_neutralises_spreadsheet_formulas():
    row = formats.csv_row(_event("2024-12-08", "2024-12-08", "day", title="=HYPERLINK(\"x\")"))
    assert row[formats.CSV_COLUMNS.index("title")] == "'=HYPERLINK(\"x\")"
    assert row[formats.CSV_COLUMNS.index("citation_count")] == 1


# ---------------------------------------------------------------- NDJSON

def test_formats_ndjson_streams_every_event_in_order(client, monkeypatch):
    monkeypatch.setattr(events_api, "EXPORT_PAGE", 3)  # several store pages for 16 events
    everything = _all_json(client, "sort=-date")
    response = client.get("/events?format=ndjson&sort=-date", validate=False)
    assert response.is_streamed and response.mimetype == "application/x-ndjson"
    lines = response.get_data(as_text=True).splitlines()
    assert [json.loads(line) for line in lines] == everything


def test_formats_export_reads_the_store_one_page_at_a_time(app, monkeypatch):
    calls = []
    real = events_api.service.list_events

    def counting(db, query):
        calls.append(query.limit)
        return real(db, query)

    monkeypatch.setattr(events_api.service, "list_events", counting)
    monkeypatch.setattr(events_api, "EXPORT_PAGE", 4)
    from timeline_api.store.db import connect
    from timeline_api.store.events import EventQuery

    db = connect(app.config["DATABASE"], read_only=True)
    try:
        stream = events_api.iter_events(lambda: db, EventQuery())
        first = next(stream)
        assert first["id"] and calls == [4]  # nothing read beyond the first page
        rest = list(stream)
        stored = db.execute("select count(*) from events").fetchone()[0]
        assert len(rest) == stored - 1 and len(calls) == -(-stored // 4)
        assert len(list(events_api.iter_events(lambda: db, EventQuery(), cap=6))) == 6
    finally:
        db.close()


def test_formats_export_limit_caps_and_cursor_continues(client):
    capped = client.get("/events?format=ndjson&limit=5").get_data(as_text=True).splitlines()
    assert len(capped) == 5
    page = client.get("/events?limit=5").get_json()
    cursor = page["links"]["next"].split("cursor=")[1]
    rest = client.get(f"/events?format=ndjson&cursor={cursor}").get_data(as_text=True).splitlines()
    everything = _all_json(client)
    assert [e["id"] for e in page["data"]] + [json.loads(l)["id"] for l in rest] == [e["id"] for e in everything]


@pytest.mark.parametrize("query, name", [
    ("format=xml", "format"), ("format=csv&colour=red", "colour"), ("format=ics&to=2024-13", "to"),
])
def test_formats_bad_requests_are_refused(client, query, name):
    response = client.get(f"/events?{query}")
    assert response.status_code == 400
    assert response.get_json()["errors"][0]["name"] == name


# ---------------------------------------------------------------- iCalendar

def test_formats_ics_parses_back_with_spans_matching_precision(client):
    everything = _all_json(client)
    response = client.get("/events?format=ics")
    assert response.mimetype == "text/calendar"
    raw = response.get_data()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    vevents = {str(v["UID"]).split("@")[0]: v for v in calendar.walk("VEVENT")}
    dated = [e for e in everything if e["date"]["start"] or e["date"]["end"]]
    assert set(vevents) == {e["id"] for e in dated} and len(dated) < len(everything)
    for event in dated:
        vevent = vevents[event["id"]]
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day, no time
        # a "by" date is due at its end: the calendar shows that one day
        first = event["date"]["end"] if event["relation"] == "by" else event["date"]["start"]
        assert start.isoformat() == first
        assert (end - dt.timedelta(days=1)).isoformat() == event["date"]["end"]
        assert str(vevent["X-TIMELINE-STATUS"]) == event["status"]
        assert str(vevent["X-TIMELINE-PRECISION"]) == event["date"]["precision"]
        assert event["title"] in str(vevent["SUMMARY"])
        assert event["citations"][0]["quote"][:40] in " ".join(str(vevent["DESCRIPTION"]).split())
    by_title = {str(v["SUMMARY"]): v for v in vevents.values()}
    fall = by_title["Fall of Assad"]
    assert (fall.decoded("DTEND") - fall.decoded("DTSTART")).days == 1
    deadline = next(v for t, v in by_title.items() if t.endswith("(by late September 2025)"))
    assert deadline.decoded("DTSTART") == dt.date(2025, 9, 30)
    assert deadline.decoded("DTEND") == dt.date(2025, 10, 1)
    assert str(deadline["STATUS"]) == "CONFIRMED" and "deadline" in deadline["CATEGORIES"].cats


def test_formats_ics_escapes_and_folds_text():
    title = "Talks, then; a \\ split\nline — ünïcödé " * 6
    text = "".join(formats.ics_lines([_event("2024-12-08", "2024-12-08", "day", title=title)]))
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    (vevent,) = parsed.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == title


def test_formats_ics_open_interval_is_one_day_on_its_known_side():
    text = "".join(formats.ics_lines([_event("2014-01-01", None, "year", "since")]))
    (vevent,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.date(2014, 1, 1)
    assert vevent.decoded("DTEND") == dt.date(2014, 1, 2)


# ---------------------------------------------------------------- TimelineJS

def test_formats_timelinejs_dates_only_to_their_precision(client):
    everything = {e["id"]: e for e in _all_json(client)}
    response = client.get("/events?format=timelinejs")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_json()
    slides = {s["unique_id"]: s for s in body["events"]}
    undated = [i for i, e in everything.items() if not e["date"]["start"]]
    assert undated and not set(undated) & set(slides) and len(slides) == len(everything) - len(undated)
    fields = {"day": {"year", "month", "day"}, "week": {"year", "month", "day"},
              "month": {"year", "month"}, "year": {"year"}}
    for event_id, slide in slides.items():
        date = everything[event_id]["date"]
        assert set(slide["start_date"]) == fields[date["precision"]], (date, slide)
        assert slide["start_date"]["year"] == int(date["start"][:4])
        assert slide["group"] == everything[event_id]["type"]
        assert slide["text"]["headline"]
        if date["qualifier"] != "exact":
            assert slide["display_date"] == formats.date_label(date)
    fall = next(s for s in slides.values() if s["text"]["headline"] == "Fall of Assad")
    assert fall["start_date"] == {"year": 2024, "month": 12, "day": 8}
    assert "end_date" not in fall and "display_date" not in fall
    deadline = next(s for s in slides.values() if s.get("display_date") == "by late September 2025")
    assert deadline["start_date"] == {"year": 2025, "month": 9} and "end_date" not in deadline


def test_formats_timelinejs_escapes_html():
    slide = formats.timelinejs_event(_event("2024-12-08", "2024-12-08", "day", title="<script>x</script>",
                                            summary="a & b"))
    assert slide["text"]["headline"] == "&lt;script&gt;x&lt;/script&gt;"
    assert "<p>a &amp; b</p>" in slide["text"]["text"]
    assert 'href="https://example.org/a"' in slide["text"]["text"]


def test_formats_a_century_has_its_own_precision_label_and_edtf():
    from timeline_api.edtf import to_edtf
    from timeline_api.model import DateInterval
    from timeline_api.api.formats import period_label

    century = DateInterval(dt.date(600, 1, 1), dt.date(699, 12, 31), "century", "exact", "the 7th century")
    assert to_edtf(century) == "06XX"
    assert period_label(century.to_dict()) == "the 7th century"
