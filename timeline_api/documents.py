"""Read news documents from files, folders and request bodies into `Document` objects.

Accepted shapes: a UTF-8 text file with a YAML front-matter block, a JSON object
``{title, outlet, url, published, text, ...}``, or JSON Lines of such objects.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import yaml

from .errors import DocumentError
from .pipeline.model import Document

#: Front-matter keys with a meaning of their own; every other key is kept as metadata.
KNOWN_KEYS = ("title", "outlet", "url", "published", "id", "language", "text")

#: Web pages: their article text, title, date and URL are taken out of the markup.
HTML_SUFFIXES = (".html", ".htm")

#: Files a folder walk reads; anything else in a folder is passed over.
DOCUMENT_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".ndjson", *HTML_SUFFIXES)

#: Published dates outside this range are refused as implausible.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200

#: Longest value of each string field, in characters.
FIELD_LIMITS = {"title": 1000, "outlet": 500, "url": 2000, "id": 200, "language": 20}

#: The other keys (kept as metadata): at most this large as JSON, and this deeply nested.
MAX_METADATA_BYTES = 16 * 1024
MAX_NESTING = 16

#: A JSON integer longer than this is no count, date or id a news document carries
#: (and past 4300 digits Python refuses to read it at all).
MAX_INTEGER_DIGITS = 18

#: Schemes a source URL may have: the page shows it as a link, and a ``javascript:``
#: link there would run in the reader's browser.
URL_SCHEMES = ("http", "https")

#: Control characters no field may hold (tab, line feed and carriage return are text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class DocumentLimits:
    """How large a document may be; configurable through settings."""

    max_bytes: int = 2 * 1024 * 1024


def parse_published(value, field: str = "published", language: str = "en") -> dt.date:
    """The publication day of a date or datetime, in the time zone it was written in.

    ISO dates and datetimes are read directly; other written dates ("Dec 8, 2024 10:00 GMT",
    "Sunday 8 December 2024", "08.12.2024 14:05") through dateparser. A numeric date whose
    day and month could be either way round is refused unless the document's language
    (``en-GB``, ``de`` ...) or the ``TIMELINE_DATE_ORDER`` setting says which.
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        day = _written_day(value.strip(), field, language)
    else:
        raise DocumentError(f"{field}: expected a date string, got {type(value).__name__}", field=field)
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise DocumentError(
            f"{field}: year {day.year} is implausible (expected {EARLIEST_YEAR}..{LATEST_YEAR})",
            field=field)
    return day


_ISO_TIME = re.compile(r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

#: Day/month order by language tag (a prefix matches: "de-AT" is "de"); English is
#: written both ways, so plain "en" decides nothing.
DATE_ORDERS = {
    "en-us": "MDY", "en-ca": "MDY", "en-ph": "MDY",
    "en-gb": "DMY", "en-ie": "DMY", "en-au": "DMY", "en-nz": "DMY", "en-in": "DMY", "en-za": "DMY",
    "de": "DMY", "fr": "DMY", "es": "DMY", "it": "DMY", "pt": "DMY", "nl": "DMY", "ru": "DMY",
    "pl": "DMY", "tr": "DMY", "ar": "DMY",
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _date_order(language: str) -> str:
    tag = (language or "").strip().lower().replace("_", "-")
    for key in (tag, tag.split("-")[0]):
        if key in DATE_ORDERS:
            return DATE_ORDERS[key]
    return os.environ.get("TIMELINE_DATE_ORDER", "").strip().upper()


def _written_day(text: str, field: str, language: str) -> dt.date:
    """The day a written publication date names (see ``parse_published``)."""
    match = _ISO_DATE.match(text)
    if match and (not text[10:] or _ISO_TIME.fullmatch(text[10:])):
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError as exc:
            raise DocumentError(f"{field}: {exc} in {text!r}", field=field) from None
    if not _YEAR.search(text) or len(text) > 100:
        raise DocumentError(f"{field}: expected a date with its year, such as 2024-12-08 or "
                            f"'8 December 2024 10:00 GMT', got {text[:100]!r}", field=field)
    order = _date_order(language)
    numeric = _NUMERIC_DATE.search(text)
    if numeric and not order:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first <= 12 and second <= 12 and first != second:
            raise DocumentError(
                f"{field}: {numeric.group(0)!r} is ambiguous (day/month or month/day?): write it as "
                "YYYY-MM-DD, give the document's language (en-GB, en-US, de ...) or set "
                "TIMELINE_DATE_ORDER=DMY or MDY", field=field)
        order = "DMY" if first > 12 else "MDY"
    import dateparser  # only for dates not written in ISO form: it loads its tables on first use

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "DATE_ORDER": order or "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        raise DocumentError(f"{field}: {text!r} is not a date with day, month and year", field=field)
    # the day as written, in the time zone it was written in (no conversion to UTC or local time)
    day = parsed.date()
    named = [w for w in WEEKDAYS if re.search(rf"\b{w[:3]}(?:{w[3:]})?\b", text, re.I)]
    if named and WEEKDAYS[day.weekday()] not in named:
        raise DocumentError(f"{field}: {text!r} names a {named[0].capitalize()}, but {day.isoformat()} is a "
                            f"{WEEKDAYS[day.weekday()].capitalize()}", field=field)
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
    language = data.get("language") if isinstance(data.get("language"), str) else "en"
    day = parse_published(raw_published, language=language)
    strings = {}
    for key, longest in FIELD_LIMITS.items():
        value = data.get(key)
        if value is not None and not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise DocumentError(f"{origin}: {key}: expected a string", field=key)
        strings[key] = "" if value is None else str(value).strip()
        _check_string(strings[key], f"{origin}: {key}", key)
        if len(strings[key]) > longest:
            raise DocumentError(f"{origin}: {key}: longer than {longest} characters", field=key)
    if strings["url"]:
        check_url(strings["url"], origin)
    metadata = {
        key: _jsonable(value) for key, value in data.items() if key not in KNOWN_KEYS
    }
    _check_metadata(metadata, origin)
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


def _check_string(value: str, where: str, field: str) -> None:
    if _CONTROL.search(value):
        raise DocumentError(f"{where}: contains a control character such as NUL; expected plain text",
                            field=field)


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host and no white space."""
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in URL_SCHEMES and bool(parts.hostname) and not any(c.isspace() for c in url)
    except ValueError:  # "http://[::1": a broken IPv6 host
        return False


def check_url(url: str, origin: str = "document") -> str:
    """Refuse a source URL that is not an absolute http(s) URL with a host."""
    if not is_web_url(url):
        raise DocumentError(
            f"{origin}: url: expected an absolute http:// or https:// URL with a host, got {url[:100]!r}",
            field="url")
    return url


def _check_metadata(metadata: dict, origin: str) -> None:
    """Metadata must be plain JSON of bounded size and depth, with no control characters."""
    stack = [(metadata, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_NESTING:
            raise DocumentError(f"{origin}: metadata nests deeper than {MAX_NESTING} levels", field="metadata")
        if isinstance(value, dict):
            for key, item in value.items():
                _check_string(str(key), f"{origin}: metadata key", "metadata")
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            _check_string(value, f"{origin}: metadata", "metadata")
        elif isinstance(value, float) and not math.isfinite(value):
            raise DocumentError(f"{origin}: metadata: {value} is not a JSON number", field="metadata")
        elif isinstance(value, int) and len(str(abs(value))) > MAX_INTEGER_DIGITS:
            raise DocumentError(f"{origin}: metadata: a number of more than {MAX_INTEGER_DIGITS} digits "
                                "is out of range", field="metadata")
    size = len(json.dumps(metadata, ensure_ascii=False).encode("utf-8"))
    if size > MAX_METADATA_BYTES:
        raise DocumentError(f"{origin}: metadata (the keys other than text, title, outlet, url, published, "
                            f"id and language) is {size} bytes as JSON, more than the {MAX_METADATA_BYTES}-byte "
                            "limit", status=413, field="metadata")


def load_json(text: str, origin: str):
    """Parse JSON text, refusing what JSON or the store cannot hold.

    ``NaN`` and ``Infinity`` (not JSON, though Python reads them), numbers too large to
    be anything but an attack, and nesting deeper than ``MAX_NESTING``: each a clear
    refusal rather than a RecursionError or ValueError deep in the parser.
    """
    def constant(name):
        raise DocumentError(f"{origin}: not valid JSON ({name} is not a JSON value)", field="body")

    def integer(digits):
        if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
            raise DocumentError(f"{origin}: a number of {len(digits.lstrip('-'))} digits is out of range "
                                f"(at most {MAX_INTEGER_DIGITS})", field="body")
        return int(digits)

    def real(digits):
        value = float(digits)
        if not math.isfinite(value):
            raise DocumentError(f"{origin}: the number {digits[:40]} is out of range", field="body")
        return value

    try:
        data = json.loads(text, parse_constant=constant, parse_int=integer, parse_float=real)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno})", field="body") from None
    except RecursionError:
        raise DocumentError(f"{origin}: JSON nested deeper than {MAX_NESTING} levels", field="body") from None
    _check_depth(data, origin)
    return data


def _check_depth(data, origin: str) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_NESTING + 1:  # the document object itself is one level
            raise DocumentError(f"{origin}: JSON nested deeper than {MAX_NESTING} levels", field="body")
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _jsonable(value):
    """Front-matter YAML can hold dates; keep metadata JSON-serialisable."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


class _Refused(Exception):
    """Front matter that is valid YAML but not accepted here."""


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without anchors and aliases, and with bounded nesting.

    An alias repeats a whole subtree, so a few hundred bytes of nested aliases expand
    to megabytes ("billion laughs"); front matter is a handful of keys and never needs one.
    """

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused("YAML anchors and aliases (&name, *name) are not accepted")
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_NESTING:
                raise _Refused(f"nested deeper than {MAX_NESTING} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def parse_text_document(content: str, published=None, origin: str = "document") -> Document:
    """A text document, with or without a YAML front-matter block."""
    match = _FRONT_MATTER.match(content)
    data: dict = {}
    body = content
    if match:
        try:
            loaded = yaml.load(match.group(1), Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader
        except _Refused as exc:
            raise DocumentError(f"{origin}: front matter: {exc}", field="body") from None
        except ValueError as exc:
            # YAML reads "2024-02-30" as a date and a 5000-digit number as an int, and fails there
            raise DocumentError(f"{origin}: front matter: a value cannot be read ({exc})", field="body") from None
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


_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def looks_like_html(content: str) -> bool:
    """True for a whole HTML page (a doctype or an <html> element first)."""
    return bool(_HTML_START.match(content[:4096]))


def parse_html_document(content: str, published=None, origin: str = "document") -> Document:
    """A news web page as a Document: the article text without the page's furniture.

    trafilatura finds the article body (dropping navigation, scripts, comments and
    footers) and the page's own metadata: title, site name, canonical URL, publication
    date. A date given with the request (``published``) wins; else the page's date, which
    trafilatura reads through htmldate, and htmldate's fuller search when that found none.
    Each paragraph becomes a paragraph of the stored text, so citations quote clean sentences.
    """
    import trafilatura  # heavy imports (lxml), needed for HTML documents only
    from htmldate import find_date

    try:
        page = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise DocumentError(f"{origin}: the HTML page could not be read ({type(exc).__name__})",
                            field="body") from None
    text = getattr(page, "text", None) or ""
    if not text.strip():
        raise DocumentError(f"{origin}: no article text found in the HTML page", field="text")
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    data = {"text": "\n\n".join(paragraphs), "format": "html"}
    for key, value in (("title", page.title), ("outlet", page.sitename), ("language", page.language)):
        if value:
            data[key] = " ".join(str(value).split())
    if page.url and is_web_url(page.url):
        data["url"] = page.url
    day = published or page.date or find_date(content, original_date=True, extensive_search=True)
    if day:
        data["published"] = day
    return from_mapping(data, origin=origin)


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
    if suffix in HTML_SUFFIXES or looks_like_html(content):
        return [parse_html_document(content, published, name)]
    if suffix == ".json" or (stripped.startswith("{") and suffix not in (".txt", ".md")):
        data = load_json(content, name)
        if isinstance(data, list):
            return [from_mapping(item, published, f"{name}[{i}]") for i, item in enumerate(data)]
        return [from_mapping(data, published, name)]
    return [parse_text_document(content, published, name)]


def _json_lines(content: str, name: str, published) -> Iterator[Document]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        data = load_json(line, f"{name}:{number}")
        yield from_mapping(data, published, f"{name}:{number}")


def iter_paths(paths) -> Iterator[Path]:
    """Files named, and document files found recursively in folders named, in a stable order.

    A sub-folder that cannot be listed is yielded itself (reading it then fails with the
    reason), so an ingest reports it instead of passing over it in silence.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            for folder, subfolders, files in os.walk(path, onerror=lambda exc: found.append(Path(exc.filename))):
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                for name in files:
                    child = Path(folder) / name
                    if (child.suffix.lower() in DOCUMENT_SUFFIXES and name.lower() != "readme.md"
                            and not name.startswith(".")):
                        found.append(child)
            yield from sorted(found)
        elif path.exists() or path.is_symlink():
            yield path  # a file, or something that is not one: reading it says which
        else:
            raise DocumentError(f"{raw}: no such file or folder", status=404)


def read_file_bytes(path: Path, limits: DocumentLimits = DocumentLimits()) -> bytes:
    """A regular file's bytes, refused before reading when it is larger than the limit.

    A FIFO, socket or device would block or never end: only regular files are read.
    """
    info = os.stat(path)  # follows symlinks, like open()
    if stat.S_ISDIR(info.st_mode):
        os.listdir(path)  # raises the reason the folder could not be walked (e.g. permission)
        raise DocumentError(f"{path}: is a folder", field="body")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(f"{path}: not a regular file (a FIFO, socket or device); give a file", field="body")
    if info.st_size > limits.max_bytes:
        raise DocumentError(f"{path}: {info.st_size} bytes is larger than the {limits.max_bytes}-byte limit",
                            status=413, field="body")
    with open(path, "rb") as handle:
        return handle.read(limits.max_bytes + 1)  # decode() refuses it if it grew meanwhile


def read_path(path: Path, published=None,
              limits: DocumentLimits = DocumentLimits()) -> list[Document]:
    """The documents in one file; the file's name goes into the metadata as ``file``."""
    docs = parse_bytes(read_file_bytes(path, limits), str(path), published, limits)
    out = []
    for doc in docs:
        metadata = dict(doc.metadata)
        metadata.setdefault("file", path.name)
        out.append(replace(doc, metadata=metadata))
    return out
