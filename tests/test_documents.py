"""The document reader: front matter, JSON, JSON Lines, folders, and every refusal."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline_api import documents
from timeline_api.errors import DocumentError

FRONT = "---\ntitle: \"A title\"\noutlet: Example News\nurl: https://example.org/a\npublished: 2024-12-25\nauthor: Jane\n---\nOn Wednesday, talks began.\n"


def test_documents_front_matter_fields_and_metadata():
    doc = documents.parse_text_document(FRONT)
    assert doc.title == "A title"
    assert doc.outlet == "Example News"
    assert doc.url == "https://example.org/a"
    assert doc.published == dt.date(2024, 12, 25)
    assert doc.text == "On Wednesday, talks began."
    assert doc.metadata == {"author": "Jane"}


def test_documents_plain_text_needs_published():
    with pytest.raises(DocumentError, match="published: the publication date is required"):
        documents.parse_text_document("Just text, no front matter.")
    doc = documents.parse_text_document("Just text.", published="2020-01-03")
    assert doc.published == dt.date(2020, 1, 3)


@pytest.mark.parametrize("value, expected", [
    ("2024-12-25", dt.date(2024, 12, 25)),
    ("2024-12-25T10:30:00Z", dt.date(2024, 12, 25)),
    ("2024-12-25 10:30", dt.date(2024, 12, 25)),
    ("2024-12-25T10:30:00+03:00", dt.date(2024, 12, 25)),
    (dt.date(2001, 9, 11), dt.date(2001, 9, 11)),
])
def test_documents_published_accepts_iso(value, expected):
    assert documents.parse_published(value) == expected


@pytest.mark.parametrize("value, message", [
    ("05/12/2024", "ambiguous"),  # 25/12/2024 is read (25 can only be the day), this one not
    ("2024-13-01", "month must be in 1..12"),
    ("2024-02-30", "day is out of range"),
    ("3000-01-01", "year 3000 is implausible"),
    ("2024-12-25Tnonsense", "not a date with day, month and year"),
    (20241225, "expected a date string"),
])
def test_documents_published_refuses_bad_values(value, message):
    with pytest.raises(DocumentError, match=message):
        documents.parse_published(value)


def test_documents_json_object_and_lines(tmp_path):
    one = {"title": "T", "outlet": "O", "url": "", "published": "2024-01-10", "text": "Body.", "tag": 1}
    docs = documents.parse_bytes(json.dumps(one).encode(), "a.json")
    assert len(docs) == 1 and docs[0].metadata == {"tag": 1}
    lines = "\n".join(json.dumps({**one, "text": f"Body {i}."}) for i in range(3)) + "\n\n"
    docs = documents.parse_bytes(lines.encode(), "b.jsonl")
    assert [d.text for d in docs] == ["Body 0.", "Body 1.", "Body 2."]


@pytest.mark.parametrize("raw, name, message", [
    (b"\xff\xfe\x00bad", "x.txt", "NUL bytes"),
    (b"caf\xe9 au lait", "x.txt", "not valid UTF-8"),
    (b"{not json", "x.json", "not valid JSON"),
    (b"[1, 2]", "x.json", r"x.json\[0\]: expected a JSON object"),
    (b'{"published": "2024-01-01"}', "x.json", "text: a non-empty string is required"),
    (b'{"published": "2024-01-01", "text": "   "}', "x.json", "the document is empty"),
    (b"---\n[unclosed\n---\nbody", "x.txt", "front matter is not valid YAML"),
    (b"---\n- a list\n---\nbody", "x.txt", "front matter must be a mapping"),
    (b'{"text": "x", "published": "2024-01-01"}\nnope\n', "x.jsonl", "x.jsonl:2: not valid JSON"),
])
def test_documents_refusals_name_the_problem(raw, name, message):
    with pytest.raises(DocumentError, match=message):
        documents.parse_bytes(raw, name)


def test_documents_size_limit_is_413():
    with pytest.raises(DocumentError) as info:
        documents.parse_bytes(b"x" * 101, "big.txt", limits=documents.DocumentLimits(max_bytes=100))
    assert info.value.status == 413


def test_documents_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(FRONT)
    (tmp_path / "1.json").write_text(json.dumps({"text": "x", "published": "2024-01-01"}))
    (tmp_path / "README.md").write_text("not a document")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "3.txt").write_text(FRONT)
    names = [p.relative_to(tmp_path).as_posix() for p in documents.iter_paths([tmp_path])]
    assert names == ["1.json", "b/2.txt"]


def test_documents_text_is_normalized():
    doc = documents.parse_text_document("---\npublished: 2024-01-01\n---\r\nLine one.\r\nLine two.  \n\n")
    assert doc.text == "Line one.\nLine two."


def test_documents_seeds_all_read(tmp_path):
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    docs = [d for p in documents.iter_paths([seeds]) for d in documents.read_path(p)]
    assert len(docs) == 5
    assert {d.published.isoformat() for d in docs} == {
        "2024-12-25", "2024-12-27", "2024-01-10", "2025-02-03", "2024-12-26"}
    assert all(d.metadata["file"].endswith(".txt") for d in docs)
