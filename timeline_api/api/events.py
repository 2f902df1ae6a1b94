"""/events: the timeline, one event, its paging, its export formats and its facets."""
from __future__ import annotations

import dataclasses
import hashlib
import re
from typing import Callable, Iterator

from flask import Blueprint, Response, current_app, redirect, request, stream_with_context, url_for

from .. import cursor, service
from ..store.events import EventQuery
from . import formats
from .database import get_db
from .http import json_response, json_text_response, page_response, parse_query
from .schemas import EventsQuery, FacetsQuery, NoQuery, events_query_fast

bp = Blueprint("events", __name__)

_events_query = EventsQuery()
_no_query = NoQuery()
_facets_query = FacetsQuery()


def cursor_secret() -> bytes:
    config = current_app.config
    secret = config.get("CURSOR_SECRET") or config["_CURSOR_SECRET"]
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def _scope(params: dict) -> str:
    """Everything but cursor, limit and format: a cursor is only valid for the same filters."""
    parts = sorted((k, str(v)) for k, v in params.items() if k not in ("cursor", "limit", "format"))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def to_event_query(params: dict) -> EventQuery:
    query = EventQuery(
        match=params["match"], types=params["type"], q=params.get("q"),
        source=params.get("source"), actor=params.get("actor"), place=params.get("place"),
        precision=params["precision"], status=params["status"], dated=params.get("dated"), sort=params["sort"],
        limit=params["limit"],
    )
    if "from_" in params:
        query.from_day = params["from_"][0].toordinal()
    if "to" in params:
        query.to_day = params["to"][1].toordinal()
    if params.get("q"):
        query.q = fts_query(params["q"])
    return query


def fts_query(text: str) -> str:
    """Plain words as an FTS5 query: each word quoted, so no input is an FTS syntax error.

    Only letters and digits are kept (the index's tokenizer splits on everything else);
    a NUL or other control character would otherwise cut SQLite's string short.
    """
    words = re.findall(r"[^\W_]+", text)
    return " ".join(f'"{w}"' for w in words) or '""'


@bp.get("/events")
def list_events():
    params = parse_query(_events_query, ("type", "precision", "status"), fast=events_query_fast)
    query = to_event_query(params)
    scope = _scope(params)
    if params.get("cursor"):
        position = cursor.decode(cursor_secret(), params["cursor"], scope)
        if query.sort == "importance":  # (importance, citation_count, id)
            query.after = (int(position[0]), int(position[1]), str(position[2]))
        else:
            query.after = (int(position[0]), str(position[1]))
    answer = params.get("format") or (
        "json" if request.environ.get("HTTP_ACCEPT", "") in formats.JSON_ACCEPTS
        else formats.negotiate(None, request.accept_mimetypes))
    if answer != "json":
        return export(answer, query, capped="limit" in request.args)
    events, digests, next_key = service.list_event_page(get_db(), query)
    meta = {"count": len(events), "limit": query.limit, "sort": query.sort, "match": query.match}
    return page_response(events, next_key, cursor_secret(), scope, meta, digests)


#: Rows read per store query while an export streams.
EXPORT_PAGE = 200


def iter_events(store: Callable, query: EventQuery, cap: int | None = None) -> Iterator[dict]:
    """Every event matching ``query`` from its position on, one keyset page at a time.

    At most ``cap`` events when given; only one page is held in memory.
    ``store()`` gives the connection for each page: a streamed response runs
    after its view's teardown closed the request's connection, and get_db()
    then opens one for the rest of the stream.
    """
    left = cap
    page = dataclasses.replace(query, limit=min(EXPORT_PAGE, cap or EXPORT_PAGE))
    while left is None or left > 0:
        events, next_key = service.list_events(store(), page)
        if left is not None:
            events = events[:left]
            left -= len(events)
        yield from events
        if next_key is None:
            return
        page = dataclasses.replace(page, after=next_key)


def export(name: str, query: EventQuery, capped: bool) -> Response:
    """Every matching event in one body (``limit``, when given, caps it; no pages)."""
    events = iter_events(get_db, query, query.limit if capped else None)
    if name == "timelinejs":
        return json_response(formats.timelinejs(events))
    chunks = {"csv": formats.csv_lines, "ndjson": formats.ndjson_lines,
              "ics": formats.ics_lines}[name](events)
    headers = {}
    if name in ("csv", "ics"):
        headers["Content-Disposition"] = f'attachment; filename="timeline.{name}"'
    mimetype = formats.MEDIA_TYPES[name]
    return Response(stream_with_context(chunks), mimetype=mimetype, headers=headers)


@bp.get("/events/facets")
def event_facets():
    """Counts by type, year and month of the events GET /events would list (all pages)."""
    params = parse_query(_facets_query, ("type", "precision", "status"))
    query = to_event_query({**params, "sort": "date", "limit": 1})
    return json_response({"data": service.event_facets(get_db(), query)})


@bp.get("/events/<event_id>")
def get_event(event_id: str):
    parse_query(_no_query)
    body, moved_to = service.get_event_body(get_db(), event_id)
    if moved_to is not None:
        return redirect(url_for("events.get_event", event_id=moved_to), code=301)
    return json_text_response(f'{{"data":{body}}}')
