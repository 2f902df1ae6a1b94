"""Routes about the service itself: types, health, the contract, and stateless extraction."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, request

from .. import documents, service
from ..store import schema
from .auth import require_extractor
from .database import get_db
from .http import json_response, parse_query
from .schemas import NoQuery
from .sources import read_document_body

bp = Blueprint("meta", __name__)
_no_query = NoQuery()

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"


@bp.get("/types")
def types():
    parse_query(_no_query)
    # imported here: the event detector behind the vocabulary is ingest's, not a serving worker's
    from ..pipeline.events import EVENT_TYPES

    return json_response({"data": EVENT_TYPES})


@bp.get("/health")
def health():
    parse_query(_no_query)
    db = get_db()
    counts = service.stats(db)
    return json_response({
        "status": "ok",
        "schema_version": schema.version(db),
        "read_only": current_app.config["READ_ONLY"],
        "writes_enabled": bool(current_app.config["API_TOKEN"]) and not current_app.config["READ_ONLY"],
        "counts": counts,
    })


@bp.get("/openapi.yaml")
def openapi():
    parse_query(_no_query)
    body = OPENAPI_PATH.read_text(encoding="utf-8")
    response = Response(body, mimetype="application/yaml")
    response.add_etag()
    return response.make_conditional(request)


@bp.post("/extract")
def extract():
    """Events and dates of a body, nothing stored.

    The costliest request per byte, so it has a token (TIMELINE_EXTRACT_ACCESS) and a size
    limit of its own; the pipeline's work is linear in the text (bench/long_sentences.py).
    """
    require_extractor()
    parse_query(_no_query)
    doc = read_document_body(documents.DocumentLimits(max_bytes=current_app.config["EXTRACT_MAX_BYTES"]))
    return json_response({"data": service.extract_resource(doc)})
