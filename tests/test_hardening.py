"""Bad input gets a clear answer: a table of bad requests, each with its exact status and field.

Every error body must come from the one builder, errors.problem(); a spy checks it.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest

from timeline_api import errors
from timeline_api.api import http

AUTH = {"Authorization": "Bearer s3cret-token"}
GOOD = {"title": "T", "outlet": "O", "url": "https://example.org/x", "published": "2024-05-01",
        "text": "Troops withdrew from the base on Monday, officials said."}
LONG = "x" * 501


def _json(**changes):
    body = {**GOOD, **changes}
    return {"json": {k: v for k, v in body.items() if v is not ...}}


#: (id, method, url, request kwargs, status, field named in errors[].name or None)
BAD = [
    # GET /events: dates
    ("to-month-13", "GET", "/events?to=2024-13", {}, 400, "to"),
    ("to-month-00", "GET", "/events?to=2024-00", {}, 400, "to"),
    ("from-5-digits", "GET", "/events?from=20241", {}, 400, "from"),
    ("from-unpadded", "GET", "/events?from=2024-1-1", {}, 400, "from"),
    ("from-slashes", "GET", "/events?from=2024/01/01", {}, 400, "from"),
    ("to-feb-29-2023", "GET", "/events?to=2023-02-29", {}, 400, "to"),
    ("from-year-0", "GET", "/events?from=0000", {}, 400, "from"),
    ("from-empty", "GET", "/events?from=", {}, 400, "from"),
    ("from-words", "GET", "/events?from=last%20week", {}, 400, "from"),
    ("from-after-to", "GET", "/events?from=2025&to=2024", {}, 400, "from"),
    ("from-repeated", "GET", "/events?from=2024&from=2025", {}, 400, "from"),
    # GET /events: enumerations and flags
    ("match-near", "GET", "/events?match=near", {}, 400, "match"),
    ("match-empty", "GET", "/events?match=", {}, 400, "match"),
    ("type-unknown", "GET", "/events?type=picnic", {}, 400, "type[0]"),
    ("type-second-unknown", "GET", "/events?type=strike,picnic", {}, 400, "type[1]"),
    ("precision-hour", "GET", "/events?precision=hour", {}, 400, "precision[0]"),
    ("dated-maybe", "GET", "/events?dated=maybe", {}, 400, "dated"),
    ("sort-asc", "GET", "/events?sort=asc", {}, 400, "sort"),
    ("sort-repeated", "GET", "/events?sort=date&sort=-date", {}, 400, "sort"),
    # GET /events: limit and cursor
    ("limit-0", "GET", "/events?limit=0", {}, 400, "limit"),
    ("limit-negative", "GET", "/events?limit=-1", {}, 400, "limit"),
    ("limit-501", "GET", "/events?limit=501", {}, 400, "limit"),
    ("limit-fraction", "GET", "/events?limit=1.5", {}, 400, "limit"),
    ("limit-word", "GET", "/events?limit=ten", {}, 400, "limit"),
    ("limit-empty", "GET", "/events?limit=", {}, 400, "limit"),
    ("limit-huge", "GET", "/events?limit=" + "9" * 40, {}, 400, "limit"),
    ("cursor-garbage", "GET", "/events?cursor=abc", {}, 400, "cursor"),
    ("cursor-not-base64", "GET", "/events?cursor=%25%25%25", {}, 400, "cursor"),
    ("cursor-too-long", "GET", "/events?cursor=" + "A" * 1001, {}, 400, "cursor"),
    ("cursor-empty", "GET", "/events?cursor=", {}, 400, "cursor"),
    # GET /events: text filters
    ("q-too-long", "GET", "/events?q=" + LONG, {}, 400, "q"),
    ("q-empty", "GET", "/events?q=", {}, 400, "q"),
    ("source-empty", "GET", "/events?source=", {}, 400, "source"),
    ("actor-too-long", "GET", "/events?actor=" + LONG, {}, 400, "actor"),
    ("place-empty", "GET", "/events?place=", {}, 400, "place"),
    # GET /events: unknown parameters
    ("unknown-param", "GET", "/events?colour=red", {}, 400, "colour"),
    ("param-case", "GET", "/events?FROM=2024", {}, 400, "FROM"),
    ("param-page", "GET", "/events?page=2", {}, 400, "page"),
    ("param-long-name", "GET", "/events?" + "k" * 300 + "=1", {}, 400, "k" * 300),
    # GET /events/{id}
    ("event-unknown", "GET", "/events/ev_nope", {}, 404, None),
    ("event-param", "GET", "/events/ev_nope?verbose=1", {}, 400, "verbose"),
    # GET /sources
    ("sources-limit-0", "GET", "/sources?limit=0", {}, 400, "limit"),
    ("sources-cursor", "GET", "/sources?cursor=zzz", {}, 400, "cursor"),
    ("sources-q-empty", "GET", "/sources?q=", {}, 400, "q"),
    ("sources-outlet-long", "GET", "/sources?outlet=" + LONG, {}, 400, "outlet"),
    ("sources-unknown", "GET", "/sources?page=2", {}, 400, "page"),
    ("source-unknown", "GET", "/sources/src_nope", {}, 404, None),
    ("source-param", "GET", "/sources/src_nope?full=1", {}, 400, "full"),
    # other GETs refuse parameters too
    ("types-param", "GET", "/types?lang=fr", {}, 400, "lang"),
    ("health-param", "GET", "/health?deep=1", {}, 400, "deep"),
    ("openapi-param", "GET", "/openapi.yaml?v=2", {}, 400, "v"),
    # POST /sources: auth
    ("post-no-auth", "POST", "/sources", {**_json(), "headers": {}}, 401, "Authorization"),
    ("post-wrong-token", "POST", "/sources", {**_json(), "headers": {"Authorization": "Bearer no"}}, 403,
     "Authorization"),
    ("post-basic-auth", "POST", "/sources", {**_json(), "headers": {"Authorization": "Basic czNjcmV0"}}, 401,
     "Authorization"),
    ("post-empty-bearer", "POST", "/sources", {**_json(), "headers": {"Authorization": "Bearer "}}, 401,
     "Authorization"),
    # POST /sources: JSON bodies
    ("body-array", "POST", "/sources", {"json": [GOOD]}, 400, "body"),
    ("body-string", "POST", "/sources", {"json": "text"}, 400, "body"),
    ("body-broken-json", "POST", "/sources", {"data": b"{nope", "content_type": "application/json"}, 400, "body"),
    ("body-empty", "POST", "/sources", {"data": b"", "content_type": "application/json"}, 400, "body"),
    ("text-missing", "POST", "/sources", _json(text=...), 400, "text"),
    ("text-number", "POST", "/sources", _json(text=42), 400, "text"),
    ("text-empty", "POST", "/sources", _json(text=""), 400, "text"),
    ("text-blank", "POST", "/sources", _json(text="   \n "), 400, "text"),
    ("text-nul", "POST", "/sources", _json(text="a\x00b"), 400, "text"),
    ("published-missing", "POST", "/sources", _json(published=...), 400, "published"),
    ("published-format", "POST", "/sources", _json(published="05/01/2024"), 400, "published"),
    ("published-year-3000", "POST", "/sources", _json(published="3000-01-01"), 400, "published"),
    ("published-feb-30", "POST", "/sources", _json(published="2024-02-30"), 400, "published"),
    ("published-number", "POST", "/sources", _json(published=20240501), 400, "published"),
    ("title-list", "POST", "/sources", _json(title=["a"]), 400, "title"),
    ("url-too-long", "POST", "/sources", _json(url="https://x.org/" + "a" * 2000), 400, "url"),
    ("language-object", "POST", "/sources", _json(language={"a": 1}), 400, "language"),
    # POST /sources: other bodies
    ("content-type-xml", "POST", "/sources", {"data": b"<a/>", "content_type": "application/xml"}, 415,
     "Content-Type"),
    ("content-type-none", "POST", "/sources", {"data": b"text"}, 415, "Content-Type"),
    ("form-body", "POST", "/sources", {"data": {"text": "x"}}, 415, "Content-Type"),
    ("too-large", "POST", "/sources", {"data": b"x" * 5000, "content_type": "text/plain"}, 413, "body"),
    ("too-large-json", "POST", "/sources", _json(text="x" * 5000), 413, "body"),
    ("text-not-utf8", "POST", "/sources?published=2024-01-01",
     {"data": b"caf\xe9", "content_type": "text/plain"}, 400, "body"),
    ("text-binary", "POST", "/sources?published=2024-01-01",
     {"data": b"\x89PNG\x00\x00", "content_type": "text/plain"}, 400, "body"),
    ("text-no-published", "POST", "/sources", {"data": b"Talks began.", "content_type": "text/plain"}, 400,
     "published"),
    ("text-bad-published", "POST", "/sources?published=soon",
     {"data": b"Talks began.", "content_type": "text/plain"}, 400, "published"),
    ("text-bad-front-matter", "POST", "/sources?published=2024-01-01",
     {"data": b"---\n[a\n---\nTalks.", "content_type": "text/plain"}, 400, "body"),
    ("post-unknown-param", "POST", "/sources?dry=1", _json(), 400, "dry"),
    # POST /extract
    ("extract-array", "POST", "/extract", {"json": []}, 400, "body"),
    ("extract-no-published", "POST", "/extract", _json(published=...), 400, "published"),
    ("extract-xml", "POST", "/extract", {"data": b"<a/>", "content_type": "application/xml"}, 415, "Content-Type"),
    ("extract-param", "POST", "/extract?x=1", _json(), 400, "x"),
    # methods and routes
    ("delete-events", "DELETE", "/events", {}, 405, None),
    ("put-source", "PUT", "/sources/src_x", {}, 405, None),
    ("unknown-route", "GET", "/eventz", {}, 404, None),
]


@pytest.fixture
def spied(writable_app, monkeypatch):
    """The app with errors.problem() wrapped, to see that it built each error body."""
    writable_app.config["MAX_DOCUMENT_BYTES"] = 4000
    built = []
    original = errors.problem

    def spy(*args, **kwargs):
        body = original(*args, **kwargs)
        built.append(body)
        return body

    monkeypatch.setattr(http, "problem", spy)
    return writable_app, built


def test_hardening_table_is_large_enough():
    assert len(BAD) >= 60
    assert len({row[0] for row in BAD}) == len(BAD)


@pytest.mark.parametrize("name, method, url, kwargs, status, field", BAD, ids=[row[0] for row in BAD])
def test_hardening_bad_request(spied, name, method, url, kwargs, status, field):
    app, built = spied
    client = app.test_client()
    kwargs = dict(kwargs)
    kwargs.setdefault("headers", AUTH if method == "POST" else {})
    before = client.get("/health").get_json()["counts"]
    built.clear()
    documented = not (status in (404, 405) and field is None and "/eventz" in url or method in ("DELETE", "PUT"))
    response = client.open(url, method=method, validate=documented, **kwargs)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert built == [body], "the error body did not come from errors.problem()"
    assert set(body) >= {"type", "title", "status", "detail"} and body["status"] == status
    assert body["detail"] and "Traceback" not in body["detail"]
    if field is not None:
        assert field in [e["name"] for e in body.get("errors", [])], body
        assert field in body["detail"]
    assert "s3cret-token" not in response.get_data(as_text=True)
    assert client.get("/health").get_json()["counts"] == before, "a refused request changed the store"


def test_hardening_forged_and_foreign_cursors(client):
    first = client.get("/events?limit=1").get_json()
    cursor = parse_qs(urlparse(first["links"]["next"]).query)["cursor"][0]
    assert client.get(f"/events?limit=1&cursor={cursor}").status_code == 200
    for bad in (cursor[:-1], cursor[::-1], cursor + "A", "A" + cursor[1:]):
        assert client.get(f"/events?limit=1&cursor={bad}").status_code == 400
    assert client.get(f"/events?limit=1&type=strike&cursor={cursor}").status_code == 400
    assert client.get(f"/sources?cursor={cursor}").status_code == 400


@pytest.mark.parametrize("q", ['"', "AND", "a OR", "NEAR(", "*", "col:umn", "-x", "^", "'", "a\x00b", "\x00'", "_"])
def test_hardening_fts_syntax_never_fails(client, q):
    assert client.get("/events", query_string={"q": q}).status_code == 200
    assert client.get("/sources", query_string={"q": q}).status_code == 200


def test_hardening_token_never_logged(writable_app, caplog):
    client = writable_app.test_client()
    with caplog.at_level("DEBUG"):
        client.post("/sources", json=GOOD, headers={"Authorization": "Bearer guess-s3cret"})
        client.post("/sources", json=GOOD, headers=AUTH)
    assert "s3cret-token" not in caplog.text and "guess-s3cret" not in caplog.text


def test_hardening_unexpected_error_is_a_problem_not_a_trace(writable_app, monkeypatch):
    from timeline_api import service

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "list_event_page", boom)
    writable_app.config["PROPAGATE_EXCEPTIONS"] = False
    writable_app.testing = False
    response = writable_app.test_client().get("/events", validate=False)
    assert response.status_code == 500 and response.mimetype == "application/problem+json"
    assert "secret internals" not in response.get_data(as_text=True)
    assert json.loads(response.get_data())["detail"].startswith("internal error")
