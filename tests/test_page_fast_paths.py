"""The fast paths of a timeline page: the query string parsed without marshmallow, the ETag
made from stored per-event digests. Each must answer exactly what the slow path answers."""
from __future__ import annotations

import hashlib
import hmac
import json
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

from tests.conftest import make_app
from timeline_api import cursor
from timeline_api.api import events as events_api
from timeline_api.api import formats
from timeline_api.api.http import page_etag
from timeline_api.api.schemas import EventsQuery, events_query_fast, single_values
from timeline_api.store import db as store_db
from timeline_api.store import events as event_store
from timeline_api.store import schema

LISTS = ("type", "precision", "status")
SCHEMA = EventsQuery()


def _schema_answer(args: MultiDict):
    """What marshmallow (the authority) makes of a query string: a dict, or None when invalid."""
    data, errors = single_values(args, LISTS)
    if errors:
        return None
    try:
        return SCHEMA.load(data)
    except ValidationError:
        return None


# ---------------------------------------------------------------- the query string

KEYS = ["from", "to", "match", "type", "q", "source", "actor", "place", "precision", "status",
        "dated", "sort", "limit", "cursor", "format", "page", "From", ""]
VALUES = ["", " ", "2024", "2024-02", "2024-02-29", "2023-02-29", "2024-13", "0000", " 2010-03 ", "1990",
          "2031-12-31", "strike", "strike,attack", " strike , ", "picnic", "strike,picnic", "day", "month",
          "hour", "happened", "scheduled", "overlaps", "within", "near", "date", "-date", "importance",
          "size", "true", "False", " yes ", "0", "1", "maybe", "50", "500", "501", "0050", "1_0", "+5",
          "-1", "5.0", "\u0665", "json", "csv", "xml", "x" * 500, "x" * 501, "c" * 1000, "c" * 1001,
          "ceasefire talks", "\x00"]


@given(st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES)), max_size=5))
def test_fast_query_agrees_with_the_schema_wherever_it_answers(pairs):
    args = MultiDict(pairs)
    fast = events_query_fast(args)
    expected = _schema_answer(args)
    if fast is not None:
        assert fast == expected
    if expected is None:
        assert fast is None  # an invalid query always reaches the schema, which words the error


@pytest.mark.parametrize("query", [
    "", "type=strike", "type=strike,attack&type=deployment", "from=2010-03&to=2010-03", "from=2024",
    "q=ceasefire", "limit=7&sort=-date", "dated=true&status=happened", "precision=day,month",
    "match=within&from=2020&to=2021", "format=csv",
])
def test_fast_query_takes_the_common_queries(query):
    args = MultiDict([tuple(p.split("=", 1)) for p in query.split("&") if p])
    assert events_query_fast(args) is not None
    assert events_query_fast(args) == _schema_answer(args)


BAD = ["limit=0", "limit=abc", "limit=501", "limit=5.0", "type=picnic", "type=strike,picnic",
       "from=2024-13", "from=2025&to=2024", "from=2024&from=2025", "q=", "q=" + "x" * 501, "unknown=1",
       "sort=size", "match=near", "dated=maybe", "precision=hour", "cursor=abc", "format=xml",
       "status=sleeping", "to=2023-02-29"]


@pytest.mark.parametrize("query", BAD + ["limit=1_0", "limit=%2B5"])
def test_events_answer_the_same_with_and_without_the_fast_parse(client, monkeypatch, query):
    fast = client.get("/events?" + query)
    monkeypatch.setattr(events_api, "events_query_fast", lambda args: None)
    slow = client.get("/events?" + query)
    assert (fast.status_code, fast.content_type, fast.data) == (slow.status_code, slow.content_type, slow.data)
    if query in BAD:
        assert fast.status_code == 400 and fast.content_type == "application/problem+json"


def test_no_query_routes_still_refuse_unknown_parameters(client):
    event_id = client.get("/events?limit=1").get_json()["data"][0]["id"]
    assert client.get(f"/events/{event_id}").status_code == 200
    answer = client.get(f"/events/{event_id}?x=1")
    assert answer.status_code == 400 and answer.content_type == "application/problem+json"


# ---------------------------------------------------------------- the page's ETag

def _etag_of(body: bytes, tail_from: bytes = b'],"links":') -> str:
    """The ETag a page must carry, from its bytes alone: each event's digest, then the tail."""
    page = json.loads(body)
    items = [json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode() for e in page["data"]]
    assert body == b'{"data":[' + b",".join(items) + body[body.rindex(tail_from):]
    digests = [hashlib.sha256(item).digest()[:16] for item in items]
    return '"' + page_etag(digests, body[body.rindex(tail_from):]) + '"'


def test_page_etag_is_a_function_of_the_page_bytes(client):
    for path in ("/events", "/events?limit=3&type=strike", "/events?from=2024-12&to=2024-12"):
        answer = client.get(path)
        assert answer.headers["ETag"] == _etag_of(answer.data)


@pytest.fixture
def store_copy(seeded_db, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(seeded_db, path)
    return path


def _page(path, url="/events?limit=5"):
    client = make_app(path, READ_ONLY=True, SKIP_SEEDING=True).test_client()
    answer = client.get(url)
    assert answer.status_code == 200
    return answer


def test_page_etag_changes_when_any_event_on_it_changes(store_copy):
    before = _page(store_copy)
    ids = [e["id"] for e in before.get_json()["data"]]
    for event_id in (ids[0], ids[-1]):
        db = store_db.connect(store_copy)
        body = db.execute("select body from event_bodies where event_id = ?", [event_id]).fetchone()[0]
        changed = body.replace('"title":"', '"title":"~', 1)
        assert changed != body
        event_store.save_event_bodies(db, {event_id: changed})
        db.conn.commit()
        db.close()
        after = _page(store_copy)
        assert after.headers["ETag"] != before.headers["ETag"]
        assert after.headers["ETag"] == _etag_of(after.data)
        before = after


def test_a_digest_written_by_older_code_is_computed_on_read(store_copy):
    before = _page(store_copy)
    db = store_db.connect(store_copy)
    db.execute("update event_bodies set digest = null")
    db.conn.commit()
    db.close()
    assert _page(store_copy).headers["ETag"] == before.headers["ETag"]


def test_a_schema_5_store_serves_the_same_etags_and_is_migrated(store_copy):
    current = _page(store_copy)
    db = store_db.connect(store_copy)
    db.execute("alter table event_bodies drop column digest")
    db.execute("update meta set value = '5' where key = 'schema_version'")
    db.conn.commit()
    db.close()
    old = _page(store_copy)  # read-only: not migrated, each digest computed as its body is read
    assert (old.data, old.headers["ETag"]) == (current.data, current.headers["ETag"])
    db = store_db.connect(store_copy)  # a writer migrates
    try:
        assert schema.version(db) == schema.SCHEMA_VERSION == 6
        rows = db.execute("select cast(body as blob), digest from event_bodies").fetchall()
    finally:
        db.close()
    assert rows and all(digest == hashlib.sha256(body).digest()[:16] for body, digest in rows)
    assert _page(store_copy).headers["ETag"] == current.headers["ETag"]


def test_stored_digests_match_the_stored_bodies(seeded_db):
    db = store_db.connect(seeded_db, read_only=True)
    try:
        rows = db.execute("select cast(body as blob), digest from event_bodies").fetchall()
    finally:
        db.close()
    assert len(rows) >= 10 and all(digest == schema.body_digest(body) for body, digest in rows)


# ---------------------------------------------------------------- the Accept header, the cursor's signature

@pytest.mark.parametrize("accept", sorted(formats.JSON_ACCEPTS))
def test_accept_headers_taken_as_they_are_are_json_to_the_parser_too(client, accept):
    """The Accept headers a page takes without parsing are those werkzeug's parser and
    ``negotiate`` answer with JSON; the page is the same with the header as without it."""
    parsed = Request.from_values(headers={"Accept": accept} if accept else {}).accept_mimetypes
    assert formats.negotiate(None, parsed) == "json"
    plain = client.get("/events?limit=3")
    sent = client.get("/events?limit=3", headers={"Accept": accept})
    assert sent.mimetype == "application/json" and sent.get_data() == plain.get_data()
    assert sent.headers["ETag"] == plain.headers["ETag"]


@given(st.binary(max_size=200), st.binary(max_size=300))
def test_cursor_signature_is_hmac_sha256(secret, payload):
    """The cursor's signature from precomputed key states is the HMAC the standard library gives."""
    assert cursor._sign(secret, payload) == hmac.digest(secret, payload, "sha256")[:12]
