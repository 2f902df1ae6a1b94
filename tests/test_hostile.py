"""Hostile and odd input from the outside review (issue 14): each case gets a clear answer.

Denial of service (extraction work, YAML aliases, Host-header links), input that must be a
4xx and never a 500 or a traceback, and what the command line does with bad files.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_app
from timeline_api import cli, documents
from timeline_api.errors import DocumentError
from timeline_api.pipeline.sentences import MAX_SENTENCE_CHARS, split_sentences

AUTH = {"Authorization": "Bearer s3cret-token"}
BODY = {"title": "Truce", "outlet": "Wire", "url": "https://example.org/truce", "published": "2024-05-01",
        "text": "The two sides signed a truce in Geneva on Monday, officials said."}


def _problem(response, status: int, needle: str = "", field: str | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status and "Traceback" not in body["detail"]
    assert needle.lower() in body["detail"].lower(), body["detail"]
    if field is not None:
        assert field in [e["name"] for e in body.get("errors", [])], body
    return body


# ---------------------------------------------------------------- 1. POST /extract

def test_hostile_extract_needs_the_token_by_default(writable_app):
    client = writable_app.test_client()
    _problem(client.post("/extract", json=BODY), 401, "bearer token", "Authorization")
    _problem(client.post("/extract", json=BODY, headers={"Authorization": "Bearer guess"}), 403,
             "not valid for extraction")
    assert client.post("/extract", json=BODY, headers=AUTH).status_code == 200


def test_hostile_extract_off_without_a_token_read_only_nodes_included(seeded_db):
    client = make_app(seeded_db, READ_ONLY=True, API_TOKEN="").test_client()
    _problem(client.post("/extract", json=BODY), 403, "TIMELINE_EXTRACT_ACCESS")


def test_hostile_extract_public_when_configured(seeded_db):
    client = make_app(seeded_db, READ_ONLY=True, API_TOKEN="", EXTRACT_ACCESS="public").test_client()
    data = client.post("/extract", json=BODY).get_json()["data"]
    assert [e["type"] for e in data["events"]] == ["agreement"]


def test_hostile_extract_has_its_own_smaller_limit(writable_app):
    writable_app.config.update(EXTRACT_MAX_BYTES=3000, MAX_DOCUMENT_BYTES=20000)
    client = writable_app.test_client()
    text = "Officials said the talks went on. " * 150  # about 5 KB: a source, not an extraction
    body = {**BODY, "text": text, "url": "https://example.org/long"}
    _problem(client.post("/extract", json=body, headers=AUTH), 413, "3000-byte limit", "body")
    _problem(client.post("/extract", data=text.encode(), content_type="text/plain", headers=AUTH), 413,
             "3000-byte limit")
    assert client.post("/sources", json=body, headers=AUTH).status_code == 201


def test_hostile_extract_one_endless_sentence_is_cut_and_answered(seeded_db):
    client = make_app(seeded_db, EXTRACT_ACCESS="public").test_client()
    text = "".join(f"March {i} and " for i in range(1500))  # 16 KB, no full stop
    response = client.post("/extract", json={"published": "2024-12-27", "text": text})
    assert response.status_code == 200
    dates = response.get_json()["data"]["dates"]
    assert len(dates) > 100  # still read, not refused


@pytest.mark.parametrize("clause", ["March and ", "troops withdrew in May, ", "Gen. Sen. U.S. ", "x" * 50])
def test_hostile_sentences_never_longer_than_the_cap(clause):
    # numbered, since a piece repeating an earlier one is skipped as furniture
    text = "".join(f"{clause}{i} " for i in range(200_000 // len(clause)))
    pieces = split_sentences(text)
    assert pieces and all(len(s.text) <= MAX_SENTENCE_CHARS for s in pieces)
    assert all(text[s.start:s.end] == s.text for s in pieces)
    # nothing dropped but white space at the cuts: the pieces cover the text in order
    assert "".join(s.text for s in pieces).replace(" ", "") == text.replace(" ", "")[:sum(
        len(s.text.replace(" ", "")) for s in pieces)]
    assert sum(len(s.text.replace(" ", "")) for s in pieces) >= 0.99 * len(text.replace(" ", ""))


def test_hostile_long_sentence_is_cut_at_a_clause_mark():
    clause = "the army shelled the northern districts of the city for hours"
    text = ", ".join([clause] * 20) + "."
    pieces = [s.text for s in split_sentences(text)]
    assert len(pieces) > 1
    assert all(p.endswith(",") or p.endswith(".") for p in pieces)


def test_hostile_ordinary_sentences_are_not_cut():
    sentence = ("Negotiators for the government and the rebel front, who had not met since the "
                "bombing in the port city in January, resumed talks in Geneva on Thursday under a "
                "United Nations envoy, officials said, after a week in which both sides traded "
                "accusations over the release of prisoners and the opening of aid corridors.")
    assert [s.text for s in split_sentences(sentence)] == [sentence]


# ---------------------------------------------------------------- 2. YAML front matter

LAUGHS = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
         "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" \
         "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\npublished: 2024-05-01\n---\nTalks began on Monday."


@pytest.mark.parametrize("front", [
    LAUGHS,
    "---\ntitle: &t Truce\noutlet: *t\npublished: 2024-05-01\n---\nTalks began on Monday.",
    "---\nbase: &b {x: 1}\nmore:\n  <<: *b\npublished: 2024-05-01\n---\nTalks began on Monday.",
])
def test_hostile_yaml_anchors_and_aliases_refused(writable_app, front):
    with pytest.raises(DocumentError, match="anchors and aliases"):
        documents.parse_text_document(front)
    client = writable_app.test_client()
    for url in ("/sources", "/extract"):
        _problem(client.post(url, data=front.encode(), content_type="text/plain", headers=AUTH), 400,
                 "anchors and aliases", "body")


def test_hostile_metadata_bounded_after_parsing(writable_app):
    big = "---\npublished: 2024-05-01\nnotes: [" + ", ".join(["word"] * 5000) + "]\n---\nTalks began."
    with pytest.raises(DocumentError, match="metadata") as caught:
        documents.parse_text_document(big)
    assert caught.value.status == 413
    deep = "---\npublished: 2024-05-01\nx: " + "[" * 40 + "]" * 40 + "\n---\nTalks began."
    with pytest.raises(DocumentError, match="deeper"):
        documents.parse_text_document(deep)
    client = writable_app.test_client()
    _problem(client.post("/sources", json={**BODY, "notes": ["word"] * 5000}, headers=AUTH), 413, "metadata")


@pytest.mark.parametrize("value, needle", [
    ("published: 2024-02-30", "cannot be read"),
    ("published: 2024-05-01\ncount: " + "9" * 5000, "cannot be read"),
    ("published: 2024-05-01\ncount: " + "9" * 30, "out of range"),
    ("published: 2024-05-01\nratio: .nan", "not a JSON number"),
])
def test_hostile_front_matter_values_refused_not_crashed(value, needle):
    with pytest.raises(DocumentError, match=needle):
        documents.parse_text_document(f"---\n{value}\n---\nTalks began on Monday.")


# ---------------------------------------------------------------- 3. links and the Host header

def test_hostile_host_header_never_reaches_links(client):
    response = client.get("/events?limit=1", headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"})
    body = response.get_json()
    assert body["links"]["self"] == "/events?limit=1"
    assert body["links"]["next"].startswith("/events?limit=1&cursor=")
    assert response.headers["Link"] == f'<{body["links"]["next"]}>; rel="next"'
    assert "evil" not in response.get_data(as_text=True)


def test_hostile_links_under_the_configured_public_url(seeded_db):
    client = make_app(seeded_db, PUBLIC_URL="https://timeline.example.org/").test_client()
    body = client.get("/sources?limit=1", headers={"Host": "evil.example"}).get_json()
    assert body["links"]["self"] == "https://timeline.example.org/sources?limit=1"
    assert body["links"]["next"].startswith("https://timeline.example.org/sources?limit=1&cursor=")


# ---------------------------------------------------------------- 4. JSON the parser chokes on

NASTY_JSON = [
    ("deep-900", '{"text": "Talks began.", "published": "2024-05-01", "x": ' + "[" * 900 + "]" * 900 + "}",
     "nested deeper"),
    ("deep-30000", "[" * 30_000 + "]" * 30_000, "nested deeper"),
    ("digits-5000", '{"text": "Talks began.", "published": "2024-05-01", "n": ' + "7" * 5000 + "}",
     "out of range"),
    ("nan", '{"text": "Talks began.", "published": "2024-05-01", "n": NaN}', "NaN"),
    ("infinity", '{"text": "Talks began.", "published": "2024-05-01", "n": -Infinity}', "Infinity"),
    ("float-overflow", '{"text": "Talks began.", "published": "2024-05-01", "n": 1e999}', "out of range"),
]


@pytest.mark.parametrize("name, raw, needle", NASTY_JSON, ids=[n[0] for n in NASTY_JSON])
def test_hostile_json_refused_over_http(writable_app, name, raw, needle):
    client = writable_app.test_client()
    before = client.get("/health").get_json()["counts"]
    for url in ("/sources", "/extract"):
        _problem(client.post(url, data=raw.encode(), content_type="application/json", headers=AUTH), 400,
                 needle, "body")
    assert client.get("/health").get_json()["counts"] == before


def test_hostile_json_files_refused_by_the_cli_and_the_rest_go_on(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, raw, _ in NASTY_JSON:
        (folder / f"{name}.json").write_text(raw)
    (folder / "good.json").write_text(json.dumps(BODY))
    db = tmp_path / "t.db"
    result = subprocess.run([sys.executable, "-m", "timeline_api.cli", "ingest", str(folder), "--db", str(db),
                             "--quiet"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert f"{len(NASTY_JSON) + 1} documents: 1 added" in result.stdout
    for name, _, needle in NASTY_JSON:
        line = next(l for l in result.stdout.splitlines() if f"{name}.json:" in l)
        assert needle.lower() in line.lower(), line


# ---------------------------------------------------------------- 5. and 6. URLs and control characters

@pytest.mark.parametrize("url", [
    "javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
    "vbscript:msgbox", "ftp://example.org/a", "/relative/path", "//example.org/x", "http://",
    "https:///nohost", "http://exa mple.org/", "http://[::1", "example.org/page",
])
def test_hostile_only_absolute_http_urls(writable_app, url):
    client = writable_app.test_client()
    _problem(client.post("/sources", json={**BODY, "url": url}, headers=AUTH), 400, "http", "url")
    front = f"---\nurl: {json.dumps(url)}\npublished: 2024-05-01\n---\nTalks began on Monday in Geneva."
    _problem(client.post("/sources", data=front.encode(), content_type="text/plain", headers=AUTH), 400,
             "http", "url")


@pytest.mark.parametrize("url", ["https://example.org/a?b=1#c", "HTTP://EXAMPLE.ORG/", "http://127.0.0.1:8080/x"])
def test_hostile_http_urls_accepted(writable_app, url):
    response = writable_app.test_client().post("/sources", json={**BODY, "url": url}, headers=AUTH)
    assert response.status_code == 201 and response.get_json()["data"]["url"] == url


def test_hostile_stored_script_urls_are_never_served_as_links(writable_app):
    """A store written before the rule may hold a javascript: URL: no output links it."""
    client = writable_app.test_client()
    sid = client.post("/sources", json=BODY, headers=AUTH).get_json()["data"]["id"]
    db = sqlite3.connect(writable_app.config["DATABASE"])
    with db:
        db.execute("update sources set url = 'javascript:alert(1)' where id = ?", [sid])
        db.execute("delete from event_bodies")
    db.close()
    assert client.get(f"/sources/{sid}").get_json()["data"]["url"] is None
    for fmt in ("json", "timelinejs", "ics", "csv"):
        text = client.get(f"/events?source={sid}&format={fmt}").get_data(as_text=True)
        assert "javascript:" not in text, fmt


@pytest.mark.parametrize("field", ["title", "outlet", "id", "language", "extra"])
@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "\x7f"])
def test_hostile_control_characters_refused_in_every_field(writable_app, field, bad):
    client = writable_app.test_client()
    _problem(client.post("/sources", json={**BODY, field: bad}, headers=AUTH), 400, "control character")


# ---------------------------------------------------------------- 7. the command line and files

def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "timeline_api.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def test_hostile_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in ("extract", "dates"):
        result = _cli(command, fifo, "--published", "2024-05-01")
        assert result.returncode == 1 and "not a regular file" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_hostile_huge_file_refused_before_it_is_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(512 * 1024 * 1024)  # sparse: no disk used

    def never(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(documents, "open", never, raising=False)
    with pytest.raises(DocumentError, match="larger than") as caught:
        documents.read_path(huge)
    assert caught.value.status == 413


def test_hostile_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text("---\npublished: 2024-05-01\n---\nTroops withdrew on Monday, officials said.")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for here, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if Path(here).name == "locked":  # as if listing it were denied (tests may run as root)
                onerror(PermissionError(13, "Permission denied", here))
                continue
            yield here, dirs, files

    monkeypatch.setattr(documents.os, "walk", walk)
    monkeypatch.setattr(documents.os, "listdir", lambda p: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied", str(p))))
    from click.testing import CliRunner

    result = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 1, result.output
    assert "1 added" in result.output and "locked: cannot be read (Permission denied)" in result.output


def test_hostile_one_bad_file_does_not_stop_a_folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("---\npublished: 2024-05-01\n---\nTroops withdrew from the base on Monday.")
    (folder / "b.txt").write_bytes(b"\xff\xfe not text")
    (folder / "c.txt").write_text("---\npublished: 2024-05-01\ntitle: &x T\nx: *x\n---\nTalks began.")
    (folder / "d.json").write_text(json.dumps({**BODY, "url": "javascript:alert(1)"}))
    (folder / "e.txt").write_text("---\npublished: 2024-05-02\n---\nRebels seized the airport on Tuesday.")
    result = _cli("ingest", folder, "--db", tmp_path / "t.db", "--quiet", timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "5 documents: 2 added, 0 replaced, 0 unchanged, 3 refused" in result.stdout


# ---------------------------------------------------------------- 8. a full disk

def _fill_up(db) -> None:
    """Let the store grow by no page: SQLite then answers 'database or disk is full'."""
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages}")


def test_hostile_disk_full_is_a_507(writable_app):
    from timeline_api.api.database import get_db

    client = writable_app.test_client()
    before = client.get("/health").get_json()["counts"]
    with writable_app.app_context():
        _fill_up(get_db())
    text = "Negotiators signed a broad agreement in Geneva on Monday. " * 200
    body = _problem(client.post("/sources", json={**BODY, "text": text}, headers=AUTH), 507, "disk is full")
    assert body["type"].endswith("/insufficient-storage")
    with writable_app.app_context():
        get_db().execute("pragma max_page_count = 1073741823")
    assert client.get("/health").get_json()["counts"] == before


def test_hostile_disk_full_cli_names_the_cause(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from timeline_api.store import db as store_db

    folder = tmp_path / "docs"
    folder.mkdir()
    text = "Negotiators signed a broad agreement in Geneva on Monday. " * 200
    (folder / "a.txt").write_text("---\npublished: 2024-05-01\n---\n" + text)
    real_connect = store_db.connect

    def full_connect(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        _fill_up(db)
        return db

    monkeypatch.setattr(store_db, "connect", full_connect)
    result = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 1
    assert "error: the store's disk is full" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ---------------------------------------------------------------- 9. request limits

def test_hostile_long_request_target_is_a_414_problem(client):
    response = client.get("/events?q=" + "a" * 5000)
    body = _problem(response, 414, "4094-byte limit")
    assert body["type"].endswith("/uri-too-long")


def test_hostile_gunicorn_limits_answer_problem_json(seeded_db, tmp_path):
    """The real server: what gunicorn refuses before the app is problem+json too, and it keeps
    connections alive."""
    import shutil
    import socket
    import time

    db = tmp_path / "served.db"
    shutil.copy(seeded_db, db)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "timeline_api.cli", "serve", "--db", str(db),
                               "--port", str(port), "--workers", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def send(raw: bytes) -> tuple[str, dict, bytes]:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(raw)
            data = b""
            while chunk := conn.recv(65536):
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        return lines[0], headers, body

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.2)
        cases = [
            # 3 KB: the app's own answer (q is at most 500 characters)
            (b"GET /events?q=" + b"a" * 3000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400),
            (b"GET /events?q=" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 414),
            (b"GET /events?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 414),
            (b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\nConnection: close\r\n\r\n", 431),
        ]
        for raw, status in cases:
            line, headers, body = send(raw)
            assert line.split()[1] == str(status), line
            assert headers["content-type"] == "application/problem+json"
            assert json.loads(body)["status"] == status
            assert headers["x-content-type-options"] == "nosniff"
        # serving nodes keep a client's connection open between requests (docs/scaling.md)
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            for path in ("/health", "/events?limit=2"):
                conn.request("GET", path)
                response = conn.getresponse()
                assert response.status == 200 and json.loads(response.read())
                assert not response.will_close, path
        finally:
            conn.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


# ---------------------------------------------------------------- 12. and 15. clients

def test_hostile_ics_years_before_1000_have_eight_digits():
    import re

    import icalendar

    from timeline_api.api import formats

    def event(eid, start, end, precision):
        return {"id": eid, "type": "other", "title": "Old", "summary": "", "actors": [], "places": [],
                "keywords": [], "conflicts": [], "citation_count": 0, "source_count": 0, "citations": [],
                "updated_at": "2026-11-23T13:44:38+00:00",
                "date": {"start": start, "end": end, "precision": precision, "qualifier": "exact",
                         "text": "the 7th century", "edtf": None}}

    feed = "".join(formats.ics_lines([event("ev_a", "0600-01-01", "0699-12-31", "decade"),
                                      event("ev_b", "0031-03-05", "0031-03-05", "day"),
                                      event("ev_c", "9999-12-31", "9999-12-31", "day")]))
    dates = re.findall(r"^DT(?:START|END);VALUE=DATE:(.*?)\r?$", feed, re.M)
    assert len(dates) == 6 and all(re.fullmatch(r"\d{8}", d.strip()) for d in dates), dates
    assert dates[:2] == ["06000101", "07000101"]
    parsed = {c["UID"]: (c.decoded("dtstart"), c.decoded("dtend")) for c in
              icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert parsed["ev_a@timeline-api"][0].year == 600 and parsed["ev_b@timeline-api"][0].day == 5


@pytest.mark.parametrize("path, kwargs", [
    ("/events", {}), ("/events?format=csv", {}), ("/events?to=2024-13", {}), ("/sources", {}),
    ("/health", {}), ("/types", {}), ("/openapi.yaml", {}), ("/", {}), ("/docs", {}), ("/nope", {}),
    ("/events/ev_nope", {}),
])
def test_hostile_nosniff_on_every_response(client, path, kwargs):
    response = client.get(path, validate=path != "/nope", **kwargs)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    etag = response.headers.get("ETag")
    if etag and response.status_code == 200:
        again = client.get(path, headers={"If-None-Match": etag}, validate=False)
        assert again.status_code == 304 and again.headers["X-Content-Type-Options"] == "nosniff"


# ---------------------------------------------------------------- 17. published as pages write it

@pytest.mark.parametrize("written, language, day", [
    ("Dec 8, 2024 10:00 GMT", "en", "2024-12-08"),
    ("Sunday 8 December 2024", "en", "2024-12-08"),
    ("08.12.2024 14:05", "de", "2024-12-08"),
    ("08.12.2024 14:05", "en-GB", "2024-12-08"),
    ("12/08/2024", "en-US", "2024-12-08"),
    ("13.12.2024", "en", "2024-12-13"),  # 13 can only be the day
    ("Mon, 09 Dec 2024 23:30:00 -0500", "en", "2024-12-09"),  # the day where it was written, not UTC's
    ("2024-12-08T23:30:00-05:00", "en", "2024-12-08"),
])
def test_hostile_published_as_written(writable_app, written, language, day):
    assert documents.parse_published(written, language=language).isoformat() == day
    body = {**BODY, "published": written, "language": language, "url": f"https://example.org/{day}/{language}"}
    response = writable_app.test_client().post("/sources", json=body, headers=AUTH)
    assert response.status_code == 201 and response.get_json()["data"]["published"] == day


@pytest.mark.parametrize("written, needle", [
    ("08.12.2024 14:05", "ambiguous"),
    ("05/01/2024", "ambiguous"),
    ("yesterday", "with its year"),
    ("Sunday 9 December 2024", "is a Monday"),
    ("2024-02-30", "day is out of range"),
    ("the 8th of Smarch 2024", "not a date"),
])
def test_hostile_published_refused_with_the_reason(written, needle):
    with pytest.raises(DocumentError, match=needle):
        documents.parse_published(written)


def test_hostile_published_order_from_the_setting(monkeypatch):
    monkeypatch.setenv("TIMELINE_DATE_ORDER", "MDY")
    assert documents.parse_published("08.12.2024").isoformat() == "2024-08-12"
    assert documents.parse_published("08.12.2024", language="de").isoformat() == "2024-12-08"


# ---------------------------------------------------------------- 18. hard-wrapped text

WRAPPED = """Velmar truce talks resume

GENEVA - Negotiators for the government of Velmar and the rebel Eastern Front
resumed ceasefire talks in Geneva on Thursday, a week after a bombing in the
port city of Sarnak threatened to end a fragile truce, officials said.

The rebels withdrew their fighters from the hills above the port on
Monday, a spokesman for the front told reporters.
"""


def test_hostile_hard_wrapped_sentences_are_one_sentence():
    sentences = [" ".join(s.text.split()) for s in split_sentences(WRAPPED)]
    assert sentences == [
        "Velmar truce talks resume",
        "GENEVA - Negotiators for the government of Velmar and the rebel Eastern Front resumed ceasefire "
        "talks in Geneva on Thursday, a week after a bombing in the port city of Sarnak threatened to end "
        "a fragile truce, officials said.",
        "The rebels withdrew their fighters from the hills above the port on Monday, a spokesman for the "
        "front told reporters.",
    ]


def test_hostile_hard_wrapped_text_gives_the_events_of_unwrapped_text():
    import datetime as dt

    from timeline_api.pipeline.model import Document
    from timeline_api.pipeline.run import extract

    unwrapped = "\n\n".join(" ".join(p.split()) for p in WRAPPED.split("\n\n"))

    def found(text):
        return [(m.type, m.date.start, m.title) for m in
                extract(Document(text=text, published=dt.date(2025, 3, 14))).mentions]

    assert found(WRAPPED) == found(unwrapped)
    assert all(start is not None for _, start, _ in found(WRAPPED))  # no extra undated event


# ---------------------------------------------------------------- 16. news arrives as HTML pages

PAGE = """<!doctype html><html lang="en"><head><title>Protesters storm the embassy | Meridian Wire</title>
<meta property="og:site_name" content="Meridian Wire">
<link rel="canonical" href="https://example.org/2024/12/08/embassy">
<meta property="article:published_time" content="2024-12-08T10:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/alerts">Alert</a></nav>
<article><h1>Protesters storm the embassy</h1>
<p>Hundreds of protesters stormed the embassy in the capital on Sunday, witnesses said, after a week of
rallies. The crowd had gathered since dawn and chanted slogans against the government.</p>
<p>Police fired tear gas at the crowd on Monday morning. The ambassador left the country on Tuesday,
the foreign ministry said in a statement.</p>
<p>The government said on Wednesday it would review security at all foreign missions in the capital.</p>
<script>document.write('<p>Alert"> injected</p>')</script></article>
<footer>Share this article. Copyright 2024 Meridian Wire.</footer></body></html>"""


def test_hostile_html_page_keeps_title_date_url_and_clean_text(writable_app):
    client = writable_app.test_client()
    response = client.post("/sources", data=PAGE.encode(), content_type="text/html", headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    data = response.get_json()["data"]
    assert (data["title"], data["outlet"], data["url"], data["published"]) == (
        "Protesters storm the embassy", "Meridian Wire", "https://example.org/2024/12/08/embassy", "2024-12-08")
    assert "<" not in data["text"] and "Home" not in data["text"] and "Copyright" not in data["text"]
    assert "stormed the embassy in the capital on Sunday" in data["text"]
    titles = [e["title"] for e in data["events"]]
    assert titles and not any("<" in t or '"' in t for t in titles)
    for event in data["events"]:  # citations point into the stored text
        for cite in event["citations"]:
            assert data["text"][cite["start"]:cite["end"]] == cite["quote"]


def test_hostile_html_date_from_the_request_or_htmldate(writable_app):
    client = writable_app.test_client()
    undated = PAGE.replace('<meta property="article:published_time" content="2024-12-08T10:00:00+01:00">', "")
    undated = undated.replace("2024/12/08/", "news/")
    response = client.post("/sources?published=2024-12-09", data=undated.encode(), content_type="text/html",
                           headers=AUTH)
    assert response.get_json()["data"]["published"] == "2024-12-09"
    footer_dated = undated.replace("<article>", "<article><time datetime=\"2024-11-30\">30 November 2024</time>")
    footer_dated = footer_dated.replace("https://example.org/news/embassy", "https://example.org/news/embassy-2")
    doc = documents.parse_html_document(footer_dated)
    assert doc.published.isoformat() == "2024-11-30"


def test_hostile_html_files_and_plain_text_side_by_side(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE)
    (folder / "note.txt").write_text("---\npublished: 2024-12-08\n---\nRebels seized the airport on Sunday.")
    docs = {p.name: documents.read_path(p) for p in documents.iter_paths([folder])}
    assert docs["page.html"][0].title == "Protesters storm the embassy"
    assert docs["page.html"][0].metadata["format"] == "html"
    assert docs["note.txt"][0].text == "Rebels seized the airport on Sunday."


def test_hostile_html_without_article_is_a_clear_400(writable_app):
    empty = "<!doctype html><html><head><title>x</title></head><body><script>go()</script></body></html>"
    _problem(writable_app.test_client().post("/sources?published=2024-12-08", data=empty.encode(),
                                             content_type="text/html", headers=AUTH), 400, "no article text")


# ---------------------------------------------------------------- 13. centuries and spans of years

@pytest.mark.parametrize("start, end, precision, label", [
    ("0600-01-01", "0699-12-31", "decade", "the 7th century"),
    ("1900-01-01", "1999-12-31", "decade", "the 20th century"),
    ("2000-01-01", "2099-12-31", "year", "the 21st century"),
    ("1951-01-01", "1954-12-31", "year", "1951–1954"),
    ("1990-01-01", "1999-12-31", "decade", "1990s"),  # a decade keeps its own label
])
def test_hostile_centuries_and_year_spans_have_labels(start, end, precision, label):
    from timeline_api.api import formats

    date = {"start": start, "end": end, "precision": precision, "qualifier": "exact", "text": "", "edtf": None}
    assert formats.period_label(date) == label
    event = {"id": "ev_x", "type": "other", "title": "T", "summary": "", "actors": [], "places": [],
             "keywords": [], "conflicts": [], "citation_count": 0, "source_count": 0, "citations": [],
             "updated_at": "2026-11-23T13:44:38+00:00", "date": date}
    assert formats.csv_row(event)[formats.CSV_COLUMNS.index("date_label")] == label
    assert label in "".join(formats.ics_lines([event])).replace("\r\n ", "")
