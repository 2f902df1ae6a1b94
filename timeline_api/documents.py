"""Read news documents from files, folders and request bodies into `Document` objects.

Accepted shapes: a UTF-8 text file with a YAML front-matter block, a JSON object
``{title, outlet, url, published, text, ...}``, or JSON Lines of such objects.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import yaml

from .errors import DocumentError
from .pipeline.model import Document

#: Front-matter keys with a meaning of their own; every other key is kept as metadata.
KNOWN_KEYS = ("title", "outlet", "url", "published", "id", "language", "text")

#: Files a folder walk reads; anything else in a folder is passed over.
DOCUMENT_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".ndjson")

#: Published dates outside this range are refused as implausible.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class DocumentLimits:
    """How large a document may be; configurable through settings."""

    max_bytes: int = 2 * 1024 * 1024


def parse_published(value, field: str = "published") -> dt.date:
    """Read an ISO date or datetime (string, date or datetime) as the publication day."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        text = value.strip()
        match = _ISO_DATE.match(text)
        if not match:
            raise DocumentError(f"{field}: expected an ISO date (YYYY-MM-DD) or datetime, got {value!r}", field=field)
        rest = text[10:]
        if rest and not re.fullmatch(r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", rest):
            raise DocumentError(f"{field}: expected an ISO date (YYYY-MM-DD) or datetime, got {value!r}", field=field)
        try:
            day = dt.date(*(int(g) for g in match.groups()))
        except ValueError as exc:
            raise DocumentError(f"{field}: {exc} in {value!r}", field=field) from None
    else:
        raise DocumentError(f"{field}: expected an ISO date string, got {type(value).__name__}", field=field)
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise DocumentError(
            f"{field}: year {day.year} is implausible (expected {EARLIEST_YEAR}..{LATEST_YEAR})",
            field=field)
    return day


def normalize_text(text: str) -> str:
    """The text as stored: NFC, Unix newlines, no trailing white space at the end."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip()


def from_mapping(data, published=None, origin: str = "document") -> Document:
    """Build a Document from a mapping (JSON body, JSON line or front matter plus text).

    ``published`` (from ``--published`` or the API) is used when the mapping has none.
    """
    if not isinstance(data, dict):
        raise DocumentError(f"{origin}: expected a JSON object, got {type(data).__name__}", field="body")
    text = data.get("text")
    if not isinstance(text, str):
        raise DocumentError(f"{origin}: text: a non-empty string is required", field="text")
    text = normalize_text(text)
    if not text.strip():
        raise DocumentError(f"{origin}: text: the document is empty", field="text")
    if "\x00" in text:
        raise DocumentError(f"{origin}: text: contains NUL bytes (binary data?)", field="text")
    raw_published = data.get("published")
    if raw_published in (None, ""):
        raw_published = published
    if raw_published in (None, ""):
        raise DocumentError(
            f"{origin}: published: the publication date is required (it anchors relative dates "
            "such as 'last Thursday'); add it to the document or pass --published",
            field="published")
    day = parse_published(raw_published)
    strings = {}
    for key in ("title", "outlet", "url", "id", "language"):
        value = data.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise DocumentError(f"{origin}: {key}: expected a string", field=key)
        strings[key] = "" if value is None else str(value).strip()
    metadata = {
        key: _jsonable(value) for key, value in data.items() if key not in KNOWN_KEYS
    }
    return Document(
        text=text,
        published=day,
        title=strings["title"],
        outlet=strings["outlet"],
        url=strings["url"],
        id=strings["id"] or None,
        language=strings["language"] or "en",
        metadata=metadata,
        published_raw=str(raw_published),
    )


def _jsonable(value):
    """Front-matter YAML can hold dates; keep metadata JSON-serialisable."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def parse_text_document(content: str, published=None, origin: str = "document") -> Document:
    """A text document, with or without a YAML front-matter block."""
    match = _FRONT_MATTER.match(content)
    data: dict = {}
    body = content
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise DocumentError(f"{origin}: front matter is not valid YAML ({exc.__class__.__name__})", field="body") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise DocumentError(f"{origin}: front matter must be a mapping of keys to values", field="body")
        data = dict(loaded)
        body = content[match.end():]
    data["text"] = body
    return from_mapping(data, published=published, origin=origin)


def decode(raw: bytes, origin: str, limits: DocumentLimits = DocumentLimits()) -> str:
    """Bytes to text, refusing oversized, binary and non-UTF-8 input."""
    if len(raw) > limits.max_bytes:
        raise DocumentError(
            f"{origin}: {len(raw)} bytes is larger than the {limits.max_bytes}-byte limit",
            status=413, field="body")
    if b"\x00" in raw:
        raise DocumentError(f"{origin}: contains NUL bytes; expected UTF-8 text, not binary data", field="body")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{origin}: not valid UTF-8 (byte {exc.start})", field="body") from None


def parse_bytes(raw: bytes, name: str, published=None,
                limits: DocumentLimits = DocumentLimits()) -> list[Document]:
    """Every document in one file's content, chosen by its name's suffix and shape."""
    content = decode(raw, name, limits)
    suffix = Path(name).suffix.lower()
    stripped = content.lstrip()
    if suffix in (".jsonl", ".ndjson"):
        return list(_json_lines(content, name, published))
    if suffix == ".json" or (stripped.startswith("{") and suffix not in (".txt", ".md")):
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})", field="body") from None
        if isinstance(data, list):
            return [from_mapping(item, published, f"{name}[{i}]") for i, item in enumerate(data)]
        return [from_mapping(data, published, name)]
    return [parse_text_document(content, published, name)]


def _json_lines(content: str, name: str, published) -> Iterator[Document]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"{name}:{number}: not valid JSON ({exc.msg})", field="body") from None
        yield from_mapping(data, published, f"{name}:{number}")


def iter_paths(paths) -> Iterator[Path]:
    """Files named, and document files found recursively in folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES
                        and child.name.lower() != "readme.md"
                        and not any(part.startswith(".") for part in child.relative_to(path).parts)):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise DocumentError(f"{raw}: no such file or folder", status=404)


def read_path(path: Path, published=None,
              limits: DocumentLimits = DocumentLimits()) -> list[Document]:
    """The documents in one file; the file's name goes into the metadata as ``file``."""
    docs = parse_bytes(path.read_bytes(), str(path), published, limits)
    out = []
    for doc in docs:
        metadata = dict(doc.metadata)
        metadata.setdefault("file", path.name)
        out.append(replace(doc, metadata=metadata))
    return out
