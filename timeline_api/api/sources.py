"""/sources: the stored articles, and POST to ingest one."""
from __future__ import annotations

from flask import Blueprint, current_app, request, url_for
from marshmallow import ValidationError

from .. import cursor, documents, service
from ..errors import DocumentError, QueryError, UnsupportedMediaType
from .auth import require_writer
from .database import get_db
from .events import cursor_secret, fts_query
from .http import json_response, page_response, parse_query, validation_error
from .schemas import DocumentBody, NoQuery, SourcesQuery

bp = Blueprint("sources", __name__)

_sources_query = SourcesQuery()
_no_query = NoQuery()
_document_body = DocumentBody()
TEXT_TYPES = ("text/plain", "text/markdown")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _limits() -> documents.DocumentLimits:
    return documents.DocumentLimits(max_bytes=current_app.config["MAX_DOCUMENT_BYTES"])


def read_document_body(limits: documents.DocumentLimits | None = None) -> documents.Document:
    """The request body as a Document: a JSON object, or text with YAML front matter.

    A body announced larger than ``limits.max_bytes`` is refused before it is read.
    """
    limits = limits or _limits()
    if (request.content_length or 0) > limits.max_bytes:
        raise DocumentError(f"body: {request.content_length} bytes is larger than the "
                            f"{limits.max_bytes}-byte limit", status=413, field="body")
    mimetype = request.mimetype
    raw = request.get_data()
    if not raw:
        raise DocumentError("body: the request body is empty; send a JSON object with text and published",
                            field="body")
    if mimetype == "application/json":
        data = documents.load_json(documents.decode(raw, "body", limits), "body")
        if not isinstance(data, dict):
            raise DocumentError(f"body: expected a JSON object, got {type(data).__name__}", field="body")
        try:
            _document_body.load(data)
        except ValidationError as exc:
            raise validation_error(exc, where="body") from None
        return documents.from_mapping(data, origin="body")
    if mimetype in TEXT_TYPES:
        text = documents.decode(raw, "body", limits)
        if documents.looks_like_html(text):
            return documents.parse_html_document(text, request.args.get("published"), origin="body")
        return documents.parse_text_document(text, request.args.get("published"), origin="body")
    if mimetype in HTML_TYPES:
        text = documents.decode(raw, "body", limits)
        return documents.parse_html_document(text, request.args.get("published"), origin="body")
    raise UnsupportedMediaType(
        f"Content-Type: {mimetype or '(none)'} is not accepted; send application/json, "
        "text/plain with YAML front matter, or text/html (a web page)", field="Content-Type", where="header")


@bp.get("/sources")
def list_sources():
    params = parse_query(_sources_query)
    scope = "sources:" + params.get("q", "") + ":" + params.get("outlet", "")
    after = None
    if params.get("cursor"):
        after = tuple(cursor.decode(cursor_secret(), params["cursor"], scope))
    sources, next_key = service.list_sources(get_db(), params["limit"], after,
                                             params.get("q") and fts_query(params["q"]), params.get("outlet"))
    return page_response(sources, next_key, cursor_secret(), scope,
                         {"count": len(sources)})


@bp.get("/sources/<source_id>")
def get_source(source_id: str):
    parse_query(_no_query)
    return json_response({"data": service.get_source(get_db(), source_id)})


@bp.post("/sources")
def post_source():
    require_writer()
    allowed = {"published"} if request.mimetype in TEXT_TYPES + HTML_TYPES else set()
    unknown = [k for k in request.args if k not in allowed]
    if unknown:
        raise QueryError("; ".join(f"{k}: unknown parameter" for k in unknown),
                         errors=[{"name": k, "reason": "unknown parameter", "in": "query"} for k in unknown])
    doc = read_document_body()
    db = get_db()
    result = service.ingest_document(db, doc, origin="body")
    source = service.get_source(db, result.source_id)
    meta = {"status": result.status, "events_created": result.events_created,
            "events_merged": result.events_merged, "citations": result.citations}
    status = 200 if result.status == "unchanged" else 201
    headers = {"Location": url_for("sources.get_source", source_id=result.source_id)}
    return json_response({"data": source, "meta": meta}, status=status, headers=headers)
