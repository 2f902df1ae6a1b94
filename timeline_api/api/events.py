"""/events: the timeline, one event, and its paging."""
from __future__ import annotations

import hashlib

from flask import Blueprint, current_app, redirect, request, url_for

from .. import cursor, service
from ..store.events import EventQuery
from .database import get_db
from .http import json_response, parse_query
from .schemas import EventsQuery, NoQuery

bp = Blueprint("events", __name__)

_events_query = EventsQuery()
_no_query = NoQuery()


def cursor_secret() -> bytes:
    secret = current_app.config.get("CURSOR_SECRET") or current_app.config["_CURSOR_SECRET"]
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def _scope(params: dict) -> str:
    """Everything but the cursor and limit: a cursor is only valid for the same query."""
    parts = sorted((k, str(v)) for k, v in params.items() if k not in ("cursor", "limit"))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def to_event_query(params: dict) -> EventQuery:
    query = EventQuery(
        match=params["match"], types=params["type"], q=params.get("q"),
        source=params.get("source"), actor=params.get("actor"), place=params.get("place"),
        precision=params["precision"], dated=params.get("dated"), sort=params["sort"],
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
    """Plain words as an FTS5 query: each word quoted, so no input is an FTS syntax error."""
    words = [w.replace('"', "") for w in text.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"' for w in words) or '""'


@bp.get("/events")
def list_events():
    params = parse_query(_events_query, ("type", "precision"))
    query = to_event_query(params)
    scope = _scope(params)
    if params.get("cursor"):
        position = cursor.decode(cursor_secret(), params["cursor"], scope)
        query.after = (int(position[0]), str(position[1]))
    events, next_key = service.list_events(get_db(), query)
    links = {"self": request.url, "next": None}
    headers = {}
    if next_key is not None:
        args = request.args.to_dict(flat=False)
        args["cursor"] = [cursor.encode(cursor_secret(), next_key, scope)]
        links["next"] = url_for("events.list_events", _external=True, **args)
        headers["Link"] = f'<{links["next"]}>; rel="next"'
    meta = {"count": len(events), "limit": query.limit, "sort": query.sort, "match": query.match}
    return json_response({"data": events, "links": links, "meta": meta}, headers=headers)


@bp.get("/events/<event_id>")
def get_event(event_id: str):
    parse_query(_no_query)
    event, moved_to = service.get_event(get_db(), event_id)
    if moved_to is not None:
        return redirect(url_for("events.get_event", event_id=moved_to), code=301)
    return json_response({"data": event})
