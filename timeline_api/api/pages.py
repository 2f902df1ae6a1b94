"""Pages for people: the timeline at / and the interactive API docs at /docs (static files)."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, request

from .http import parse_query
from .schemas import NoQuery

bp = Blueprint("pages", __name__)
_no_query = NoQuery()

#: The pages load scripts, styles and data from this server only (no CDN); Swagger UI
#: sets inline styles, hence 'unsafe-inline' for styles alone.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)


def _page(name: str) -> Response:
    # Read whole (they are small), so no open file outlives the response.
    body = (Path(current_app.static_folder) / name).read_bytes()
    response = Response(body, mimetype="text/html")
    response.add_etag()
    response.make_conditional(request)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


@bp.get("/")
def timeline():
    parse_query(_no_query)
    return _page("index.html")


@bp.get("/docs")
def docs():
    parse_query(_no_query)
    return _page("docs.html")
