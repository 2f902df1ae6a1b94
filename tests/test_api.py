"""The HTTP API over the seeded store: status, headers and bodies (contract-checked)."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest

from timeline_api.store import schema

AUTH = {"Authorization": "Bearer s3cret-token"}
DOC = {
    "title": "Ceasefire agreed",
    "outlet": "Test Wire",
    "url": "https://example.org/ceasefire",
    "published": "2023-03-15",
    "text": "The two governments signed a ceasefire agreement on Monday in Geneva, officials said.",
}


def _problem(response, status, *needles):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    for needle in needles:
        assert needle in body["detail"], body
    return body


# ---------------------------------------------------------------- /events

def test_api_events_december_2024_has_fall_of_assad(client):
    response = client.get("/events?from=2024-12&to=2024-12")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    events = response.get_json()["data"]
    assert events, "no events in December 2024"
    falls = [e for e in events if e["type"] == "regime_change" and e["date"]["start"] == "2024-12-08"]
    assert falls, [(e["title"], e["date"]) for e in events]
    fall = falls[0]
    assert fall["date"]["end"] == "2024-12-08" and fall["date"]["precision"] == "day"
    for cite in fall["citations"]:
        assert cite["quote"] and cite["end"] > cite["start"]
    assert any("December 8, 2024" in c["quote"] for c in fall["citations"])


def test_api_citation_offsets_point_into_stored_text(client):
    events = client.get("/events?limit=500").get_json()["data"]
    texts = {}
    assert events
    for event in events:
        assert event["citations"], event
        for cite in event["citations"]:
            if cite["source_id"] not in texts:
                texts[cite["source_id"]] = client.get(f"/sources/{cite['source_id']}").get_json()["data"]["text"]
            assert texts[cite["source_id"]][cite["start"]:cite["end"]] == cite["quote"]


def test_api_events_window_semantics_overlap_vs_within(client):
    overlap = client.get("/events?from=2025-09-15&to=2025-09-25").get_json()["data"]
    within = client.get("/events?from=2025-09-15&to=2025-09-25&match=within").get_json()["data"]
    for event in overlap:
        assert event["date"]["start"] <= "2025-09-25" and (event["date"]["end"] or "9999") >= "2025-09-15"
    for event in within:
        assert event["date"]["start"] >= "2025-09-15" and event["date"]["end"] <= "2025-09-25"
    assert {e["id"] for e in within} <= {e["id"] for e in overlap}


def test_api_events_sorted_and_paged_with_cursor(client):
    everything = client.get("/events?limit=500").get_json()["data"]
    seen, url = [], "/events?limit=3"
    pages = 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        body = response.get_json()
        seen += [e["id"] for e in body["data"]]
        url = body["links"]["next"]
        if url:
            assert response.headers["Link"] == f'<{url}>; rel="next"'
            parsed = urlparse(url)
            url = parsed.path + "?" + parsed.query
        else:
            assert "Link" not in response.headers
        pages += 1
    assert seen == [e["id"] for e in everything]
    assert pages == -(-len(everything) // 3)
    starts = [e["date"]["start"] for e in everything if e["date"]["start"]]
    assert starts == sorted(starts)
    undated = [i for i, e in enumerate(everything) if e["date"]["start"] is None]
    assert undated == list(range(len(everything) - len(undated), len(everything)))


def test_api_events_descending(client):
    events = client.get("/events?sort=-date&dated=true&limit=500").get_json()["data"]
    starts = [e["date"]["start"] for e in events]
    assert starts == sorted(starts, reverse=True)


def test_api_events_filters(client):
    everything = client.get("/events?limit=500").get_json()["data"]
    for type_ in {e["type"] for e in everything}:
        got = client.get(f"/events?type={type_}&limit=500").get_json()["data"]
        assert {e["type"] for e in got} == {type_}
        assert len(got) == sum(e["type"] == type_ for e in everything)
    both = client.get("/events?type=statement,regime_change&limit=500").get_json()["data"]
    assert {e["type"] for e in both} <= {"statement", "regime_change"}
    undated = client.get("/events?dated=false&limit=500").get_json()["data"]
    assert all(e["date"]["precision"] == "unknown" for e in undated)
    assert all(e["date"]["precision"] == "day" for e in
               client.get("/events?precision=day&limit=500").get_json()["data"])
    source = everything[0]["citations"][0]["source_id"]
    by_source = client.get(f"/events?source={source}&limit=500").get_json()["data"]
    assert by_source and all(any(c["source_id"] == source for c in e["citations"]) for e in by_source)


def test_api_events_full_text(client):
    got = client.get("/events?q=Assad&limit=500").get_json()["data"]
    assert got
    for event in got:
        text = (event["title"] + " " + " ".join(c["quote"] for c in event["citations"])).lower()
        assert "assad" in text
    assert client.get('/events?q="unbalanced AND (').status_code == 200  # never an FTS syntax error


def test_api_events_actor_and_place_filters(client):
    everything = client.get("/events?limit=500").get_json()["data"]
    actors = [a for e in everything for a in e["actors"]]
    places = [p for e in everything for p in e["places"]]
    assert actors and places
    got = client.get("/events", query_string={"actor": actors[0].upper(), "limit": 500}).get_json()["data"]
    assert got and all(actors[0].lower() in [a.lower() for a in e["actors"]] for e in got)
    got = client.get("/events", query_string={"place": places[0], "limit": 500}).get_json()["data"]
    assert got and all(places[0].lower() in [p.lower() for p in e["places"]] for e in got)


def test_api_etag_and_304(client):
    first = client.get("/events?from=2024")
    etag = first.headers["ETag"]
    again = client.get("/events?from=2024", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    other = client.get("/events?from=2024", headers={"If-None-Match": '"nope"'})
    assert other.status_code == 200


def test_api_cors_on_reads(client):
    response = client.get("/types", headers={"Origin": "https://app.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]


def test_api_cors_methods_and_headers_are_told_in_the_preflight(client):
    """A browser reads the allowed methods and request headers from the OPTIONS answer
    only; reads carry the origin and the exposed headers."""
    preflight = client.options("/events", headers={"Origin": "https://app.example",
                                                   "Access-Control-Request-Method": "GET",
                                                   "Access-Control-Request-Headers": "If-None-Match"},
                              validate=False)  # OPTIONS is answered by Flask, not in openapi.yaml
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight.headers["Access-Control-Allow-Headers"]
    for path in ("/events", "/events?limit=1", "/types"):
        read = client.get(path, headers={"Origin": "https://app.example"})
        assert read.headers["Access-Control-Allow-Origin"] == "*", path
        assert "Link" in read.headers["Access-Control-Expose-Headers"], path
        assert "Access-Control-Allow-Methods" not in read.headers, path


def test_api_event_by_id_and_404(client):
    event = client.get("/events?limit=1").get_json()["data"][0]
    response = client.get(f"/events/{event['id']}")
    assert response.status_code == 200
    assert response.get_json()["data"] == event
    _problem(client.get("/events/ev_doesnotexist"), 404, "ev_doesnotexist")


@pytest.mark.parametrize("query, status, needles", [
    ("to=2024-13", 400, ["to: month must be 1..12"]),
    ("from=2024-02-30", 400, ["from: day must be 1..29"]),
    ("from=yesterday", 400, ["from: expected YYYY, YYYY-MM or YYYY-MM-DD"]),
    ("from=2025&to=2024", 400, ["from: from must not be after to"]),
    ("colour=red", 400, ["colour: unknown parameter"]),
    ("limit=0", 400, ["limit:"]),
    ("limit=501", 400, ["limit:"]),
    ("limit=ten", 400, ["limit:"]),
    ("type=picnic", 400, ["type[0]:"]),
    ("sort=size", 400, ["sort:"]),
    ("match=near", 400, ["match:"]),
    ("dated=maybe", 400, ["dated: expected true or false"]),
    ("precision=hour", 400, ["precision[0]:"]),
    ("from=2024&from=2025", 400, ["from: given more than once"]),
    ("cursor=abc", 400, ["cursor:"]),
    ("q=" + "x" * 501, 400, ["q:"]),
])
def test_api_events_bad_queries(client, query, status, needles):
    body = _problem(client.get("/events?" + query), status, *needles)
    assert body["errors"] and all(e["name"] for e in body["errors"])


def test_api_cursor_from_other_query_is_refused(client):
    body = client.get("/events?limit=1").get_json()
    cursor = parse_qs(urlparse(body["links"]["next"]).query)["cursor"][0]
    _problem(client.get(f"/events?limit=1&type=strike&cursor={cursor}"), 400, "cursor:")
    forged = cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB")
    _problem(client.get(f"/events?limit=1&cursor={forged}"), 400, "cursor:")


# ---------------------------------------------------------------- /sources

def test_api_sources_list_and_detail(client):
    body = client.get("/sources").get_json()
    assert len(body["data"]) == 5
    published = [s["published"] for s in body["data"]]
    assert published == sorted(published, reverse=True)
    assert all("text" not in s for s in body["data"])
    source = body["data"][0]
    detail = client.get(f"/sources/{source['id']}").get_json()["data"]
    assert detail["text"] and detail["events"] is not None
    assert detail["event_count"] == len(detail["events"])
    _problem(client.get("/sources/src_nope"), 404, "src_nope")
    assert len(client.get("/sources?q=Pentagon").get_json()["data"]) >= 1
    page = client.get("/sources?limit=2").get_json()
    assert len(page["data"]) == 2 and page["links"]["next"]


def test_api_post_source_requires_token(writable_app):
    client = writable_app.test_client()
    _problem(client.post("/sources", json=DOC), 401, "bearer token is required")
    _problem(client.post("/sources", json=DOC, headers={"Authorization": "Bearer wrong"}), 403, "not valid")


def test_api_writes_off_without_configured_token(client):
    body = _problem(client.post("/sources", json=DOC, headers=AUTH), 403, "TIMELINE_API_TOKEN")
    assert "s3cret" not in json.dumps(body)


def test_api_post_source_creates_then_is_idempotent(writable_app):
    client = writable_app.test_client()
    before = client.get("/health").get_json()["counts"]
    created = client.post("/sources", json=DOC, headers=AUTH)
    assert created.status_code == 201
    body = created.get_json()
    assert body["meta"]["status"] == "added"
    assert created.headers["Location"].endswith(body["data"]["id"])
    assert body["data"]["events"], "the ceasefire agreement should be an event"
    middle = client.get("/health").get_json()["counts"]
    again = client.post("/sources", json=DOC, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["meta"]["status"] == "unchanged"
    after = client.get("/health").get_json()["counts"]
    assert middle == after and middle["sources"] == before["sources"] + 1
    listed = client.get(f"/events?source={body['data']['id']}").get_json()["data"]
    assert {e["id"] for e in listed} == {e["id"] for e in body["data"]["events"]}


def test_api_post_source_as_text_with_front_matter(writable_app):
    client = writable_app.test_client()
    text = "---\ntitle: Talks\n---\nNegotiators met in Doha on Tuesday to discuss a truce."
    response = client.post("/sources?published=2024-05-01", data=text.encode(),
                           content_type="text/plain", headers=AUTH)
    assert response.status_code == 201
    assert response.get_json()["data"]["published"] == "2024-05-01"


@pytest.mark.parametrize("kwargs, status, needle", [
    ({"json": {**DOC, "published": "3000-01-01"}}, 400, "year 3000 is implausible"),
    ({"json": {**DOC, "published": "05/03/2023"}}, 400, "published: '05/03/2023' is ambiguous"),
    ({"json": {k: v for k, v in DOC.items() if k != "published"}}, 400, "published: the publication date is required"),
    ({"json": {**DOC, "text": ""}}, 400, "text:"),
    ({"json": ["not", "an", "object"]}, 400, "expected a JSON object"),
    ({"data": b"{broken", "content_type": "application/json"}, 400, "not valid JSON"),
    ({"data": b"\xff\xfe bad", "content_type": "text/plain"}, 400, "not valid UTF-8"),
    ({"data": b"<xml/>", "content_type": "application/xml"}, 415, "application/xml"),
    ({"data": b"x" * 3000, "content_type": "text/plain"}, 413, "larger than"),
])
def test_api_post_source_bad_documents(writable_app, kwargs, status, needle):
    writable_app.config["MAX_DOCUMENT_BYTES"] = 2000
    client = writable_app.test_client()
    before = client.get("/health").get_json()["counts"]
    _problem(client.post("/sources", headers=AUTH, **kwargs), status, needle)
    assert client.get("/health").get_json()["counts"] == before  # nothing half-written


# ---------------------------------------------------------------- the rest

def test_api_extract_stores_nothing(writable_app):
    client = writable_app.test_client()
    before = client.get("/health").get_json()["counts"]
    response = client.post("/extract", json=DOC, headers=AUTH)
    assert response.status_code == 200
    data = response.get_json()["data"]
    assert any(d["text"] == "on Monday" or d["text"] == "Monday" for d in data["dates"])
    monday = next(d for d in data["dates"] if "Monday" in d["text"])
    assert monday["value"] == "2023-03-13"
    assert client.get("/health").get_json()["counts"] == before


def test_api_types(client):
    data = client.get("/types").get_json()["data"]
    assert [t["type"] for t in data] == ["regime_change", "agreement", "negotiation", "deadline",
                                        "withdrawal", "deployment", "strike", "attack", "conflict",
                                        "statement", "other"]
    assert all(t["definition"] for t in data)


def test_api_health(client):
    body = client.get("/health").get_json()
    assert body["status"] == "ok" and body["schema_version"] == schema.SCHEMA_VERSION == 6
    assert body["counts"]["sources"] == 5 and body["counts"]["events"] > 0
    assert body["writes_enabled"] is False


def test_api_openapi_served(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200 and response.mimetype == "application/yaml"
    assert response.get_data(as_text=True).startswith("openapi: 3.1")


def test_api_unknown_route_and_method_are_problems(client):
    _problem(client.get("/nope", validate=False), 404, "/nope")
    response = client.delete("/events", validate=False)
    _problem(response, 405, "DELETE")
    assert "GET" in response.headers["Allow"]


def test_api_post_changed_text_at_same_url_replaces(writable_app):
    client = writable_app.test_client()
    first = client.post("/sources", json=DOC, headers=AUTH).get_json()
    changed = {**DOC, "text": "Negotiators met in Doha on Tuesday to discuss a truce, officials said."}
    response = client.post("/sources", json=changed, headers=AUTH)
    assert response.status_code == 201 and response.get_json()["meta"]["status"] == "replaced"
    assert client.get(f"/sources/{first['data']['id']}").status_code == 404
    for event in first["data"]["events"]:
        gone = client.get(f"/events/{event['id']}")
        assert gone.status_code == 404 or all(
            c["source_id"] != first["data"]["id"] for c in gone.get_json()["data"]["citations"])
    import sqlite3

    conn = sqlite3.connect(writable_app.config["DATABASE"])
    try:
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert conn.execute("select count(*) from events where id not in "
                            "(select event_id from citations)").fetchone()[0] == 0
        assert conn.execute("select count(*) from event_terms where event_id not in "
                            "(select id from events)").fetchone()[0] == 0
    finally:
        conn.close()
