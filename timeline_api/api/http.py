"""HTTP plumbing shared by every blueprint: JSON with ETags, errors, CORS, query parsing."""
from __future__ import annotations

import hashlib

from flask import Flask, Response, current_app, request, url_for
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import HTTPException

from ..errors import PROBLEM_MEDIA_TYPE, QueryError, TimelineError, problem
from ..service import dumps
from .schemas import single_values


def json_response(data, status: int = 200, headers: dict | None = None) -> Response:
    """A JSON response with a strong ETag; a matching If-None-Match gets 304."""
    return json_text_response(dumps(data), status, headers)


def json_text_response(body: str, status: int = 200, headers: dict | None = None) -> Response:
    """``json_response`` for a body already serialized (stored event JSON joined into a page)."""
    response = Response(body, status=status, mimetype="application/json", headers=headers or {})
    if request.method in ("GET", "HEAD") and status == 200:
        response.set_etag(hashlib.sha256(body.encode("utf-8")).hexdigest()[:32])
        response.make_conditional(request)
    return response


def page_response(endpoint: str, data: list, next_key, secret: bytes, scope: str, meta: dict) -> Response:
    """One page of a keyset-paged list: ``links.next`` and a ``Link`` header when there is more.

    ``data`` holds the items, or (for events) their JSON texts, which are joined as they are.
    """
    from .. import cursor

    links = {"self": public_url(request.script_root + request.full_path.rstrip("?")), "next": None}
    headers = {}
    if next_key is not None:
        args = request.args.to_dict(flat=False)
        args["cursor"] = [cursor.encode(secret, next_key, scope)]
        links["next"] = public_url(url_for(endpoint, **args))
        headers["Link"] = f'<{links["next"]}>; rel="next"'
    items = ",".join(item if isinstance(item, str) else dumps(item) for item in data)
    body = f'{{"data":[{items}],"links":{dumps(links)},"meta":{dumps(meta)}}}'
    return json_text_response(body, headers=headers)


def public_url(path: str) -> str:
    """A link to ``path`` (which starts with ``/``) as clients are given it.

    Under the configured public base URL when there is one, else the path alone (a
    relative reference, RFC 3986): never the request's ``Host`` header, which any client
    sets and a shared cache would then serve to everyone.
    """
    return current_app.config.get("PUBLIC_URL", "").rstrip("/") + path


def problem_response(status: int, detail: str, slug: str | None = None, errors=None,
                     headers: dict | None = None) -> Response:
    body = problem(status, detail, slug, errors)
    return Response(dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE, headers=headers or {})


def _flatten(messages, prefix: str = "") -> list[dict]:
    """marshmallow's nested error messages as a flat list of {name, reason}."""
    out = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            name = key if not prefix else (f"{prefix}[{key}]" if isinstance(key, int) else f"{prefix}.{key}")
            if key == "_schema":
                name = prefix or "request"
            out += _flatten(value, name)
    elif isinstance(messages, list):
        for message in messages:
            out += _flatten(message, prefix) if isinstance(message, (dict, list)) else [
                {"name": prefix, "reason": _reason(str(message))}]
    else:
        out.append({"name": prefix, "reason": _reason(str(messages))})
    return out


def _reason(message: str) -> str:
    return "unknown parameter" if message == "Unknown field." else message


def validation_error(exc: ValidationError, where: str = "query") -> QueryError:
    errors = _flatten(exc.messages)
    errors = [{**e, "in": where} for e in errors]
    detail = "; ".join(f"{e['name']}: {e['reason']}" for e in errors)
    return QueryError(detail, errors=errors)


def parse_query(schema: Schema, list_fields: tuple[str, ...] = ()) -> dict:
    """Validate the query string against a schema; unknown or repeated parameters are errors."""
    data, errors = single_values(request.args, list_fields)
    if errors:
        errors = [{**e, "in": "query"} for e in errors]
        raise QueryError("; ".join(f"{e['name']}: {e['reason']}" for e in errors), errors=errors)
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise validation_error(exc) from None


#: Longest request target (path and query string, as sent) the API reads, in bytes: the
#: request-line limit gunicorn applies (``cli.serve``), enforced here too so that every
#: server answers it alike.
MAX_REQUEST_TARGET = 4094


def register(app: Flask) -> None:
    """Error handlers, limits, CORS and common headers for the whole app."""

    @app.before_request
    def _target_length():
        environ = request.environ
        # RAW_URI is what gunicorn read; other servers (and test clients) give the parts only
        length = max(len(environ.get("RAW_URI") or ""),
                     len(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")) + 1
                     + len(environ.get("QUERY_STRING", "")))
        if length > MAX_REQUEST_TARGET:
            return problem_response(414, f"the request target is {length} bytes, longer than the "
                                         f"{MAX_REQUEST_TARGET}-byte limit; send fewer or shorter parameters",
                                    "uri-too-long")

    @app.errorhandler(TimelineError)
    def _domain_error(exc: TimelineError):
        return problem_response(exc.status, exc.detail, exc.slug, exc.errors)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        headers = {}
        if exc.code == 405 and exc.valid_methods:
            headers["Allow"] = ", ".join(exc.valid_methods)
        detail = {
            404: f"no route for {request.path}",
            405: f"{request.method} is not allowed on {request.path}",
            413: f"request body larger than {current_app.config['MAX_DOCUMENT_BYTES']} bytes",
        }.get(exc.code, exc.description or exc.name)
        errors = [{"name": "body", "reason": "too large", "in": "body"}] if exc.code == 413 else None
        return problem_response(exc.code or 500, detail, errors=errors, headers=headers)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
        return problem_response(500, "internal error; the request was not applied")

    @app.after_request
    def _cors(response: Response) -> Response:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            response.headers["Access-Control-Allow-Origin"] = current_app.config["CORS_ORIGIN"]
            response.headers["Access-Control-Expose-Headers"] = "ETag, Link"
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "If-None-Match, Accept"
        response.headers.setdefault("Vary", "Accept")
        # every answer is exactly the type it says: no browser may guess it is HTML or script
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
