"""HTTP plumbing shared by every blueprint: JSON with ETags, errors, CORS, query parsing."""
from __future__ import annotations

import functools
import hashlib
import json
from urllib.parse import urlencode

from flask import Flask, Response, current_app, request
from marshmallow import Schema, ValidationError
from werkzeug.datastructures import Headers
from werkzeug.exceptions import HTTPException

from .. import cursor
from ..errors import PROBLEM_MEDIA_TYPE, QueryError, TimelineError, problem
from ..service import dumps
from .schemas import NoQuery, single_values


def json_response(data, status: int = 200, headers: dict | None = None) -> Response:
    """A JSON response with a strong ETag; a matching If-None-Match gets 304."""
    return json_text_response(dumps(data), status, headers)


#: Request headers that make a GET conditional (werkzeug's make_conditional reads these).
_CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE",
                "HTTP_RANGE")


class PreparedResponse(Response):
    """A JSON answer whose headers were put together by ``json_text_response`` itself.

    werkzeug checks every header value as it is added and, when the answer is sent, copies
    the headers to fix Location, Content-Location and Content-Length. These answers carry
    none of the first two and get their length with the body; their own headers are
    constants, hex digests and links this module encoded. On a page of /events the checks
    and the copy cost half what reading the 50 events costs, so a 200 is sent as built.
    """

    def get_wsgi_headers(self, environ) -> Headers:
        if self.status_code == 200:
            return self.headers
        return super().get_wsgi_headers(environ)


def json_text_response(body: str | bytes, status: int = 200, headers: dict | None = None,
                       etag: str | None = None, link: str | None = None) -> Response:
    """``json_response`` for a body already serialized (stored event JSON joined into a page).

    The common headers go in with the body (``common_headers``), and werkzeug's conditional
    handling runs only for a conditional request: on a page of /events, setting headers one
    by one and make_conditional cost as much as reading the page from the store. ``etag``
    (a page's, see ``page_etag``) saves hashing the body; ``link`` is a ``Link`` header this
    module built; ``headers``, from elsewhere, are checked as werkzeug checks them.
    """
    data = body.encode("utf-8") if isinstance(body, str) else body
    environ = request.environ  # one lookup through the request proxy, not six
    method = environ["REQUEST_METHOD"]
    # The two headers werkzeug gives a body of this type, then ours, in the Headers' own list:
    # put together without werkzeug's checks, and without its scan of the list per header.
    trusted = [("Content-Type", "application/json"), ("Content-Length", str(len(data))),
               *common_headers(method)]
    if link is not None:
        trusted.append(("Link", link))
    prepared = Headers()
    prepared._list = trusted
    response = PreparedResponse(status=status, headers=prepared)
    response.response = [data]  # what set_data does, the length being given above
    if headers:
        response.headers.extend(headers)
    fresh = method in ("GET", "HEAD") and status == 200
    if fresh:
        trusted.append(("ETag", f'"{etag or hashlib.sha256(data).hexdigest()[:32]}"'))
        for name in _CONDITIONAL:
            if name in environ:
                response.make_conditional(request)
                break
    return response


def common_headers(method: str) -> tuple[tuple[str, str], ...]:
    """The headers every answer carries: CORS on reads, Vary and nosniff (see ``register``).

    Which methods and request headers a cross-origin caller may use is said in the answer
    to its preflight (OPTIONS) only, where browsers read it (Fetch standard, "CORS-preflight
    fetch"); a GET answer carries the origin and the headers it exposes.
    """
    config = current_app.config
    cached = config.get("_COMMON_HEADERS")
    if cached is None:
        reads = [("Access-Control-Allow-Origin", config["CORS_ORIGIN"]),
                 ("Access-Control-Expose-Headers", "ETag, Link")]
        preflight = [("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"),
                     ("Access-Control-Allow-Headers", "If-None-Match, Accept")]
        # every answer is exactly the type it says: no browser may guess it is HTML or script
        always = [("Vary", "Accept"), ("X-Content-Type-Options", "nosniff")]
        cached = config["_COMMON_HEADERS"] = {"GET": tuple(reads + always), "HEAD": tuple(reads + always),
                                              "OPTIONS": tuple(reads + preflight + always), None: tuple(always)}
    return cached.get(method) or cached[None]


#: Characters a query string may carry unescaped (werkzeug's choice for url_for, kept as it was).
_QUERY_SAFE = "!$'()*,/:;?@"


def page_response(data: list, next_key, secret: bytes, scope: str, meta: dict,
                  digests: list[bytes] | None = None) -> Response:
    """One page of a keyset-paged list: ``links.next`` and a ``Link`` header when there is more.

    ``data`` holds the items, or (for events) their JSON texts as UTF-8 bytes, joined as they
    are, with their ``digests`` (``schema.body_digest``, stored with them): the ETag is then
    ``page_etag`` over those and the page's tail rather than a hash of the whole body. The
    next link is this request's own path and parameters with the new cursor.
    """
    req = request._get_current_object()  # one lookup through the proxy, not five
    base = public_url(req.script_root)
    self_link = base + req.full_path.rstrip("?")
    next_link = link = None
    if next_key is not None:
        # a cursor is URL-safe base64: it needs no escaping after the other parameters
        token = cursor.encode(secret, next_key, scope)
        others = _encoded_query(tuple((k, v) for k, v in req.args.items(multi=True) if k != "cursor"))
        next_link = f"{base}{req.path}?{others}{'&' if others else ''}cursor={token}"
        link = f'<{next_link}>; rel="next"'
    if data and not isinstance(data[0], bytes):
        data = [dumps(item).encode("utf-8") for item in data]
    # what dumps({"self": ..., "next": ...}) writes, without an encoder made per call
    links = (f'{{"self":{_json_string(self_link)},'
             f'"next":{"null" if next_link is None else _json_string(next_link)}}}')
    tail = f'],"links":{links},"meta":{_meta_json(tuple(meta.items()))}}}'.encode("utf-8")
    etag = page_etag(digests, tail) if digests is not None else None
    if data:
        # one copy of the page's bytes: the head and tail ride on the first and last items
        data = list(data)
        data[0] = b'{"data":[' + data[0]
        data[-1] += tail
        body = b",".join(data)
    else:
        body = b'{"data":[' + tail
    return json_text_response(body, link=link, etag=etag)


#: A str as ``dumps`` writes it (``ensure_ascii=False``): json's own C string encoder.
_json_string = json.encoder.encode_basestring


@functools.lru_cache(maxsize=256)
def _meta_json(items: tuple) -> str:
    """``dumps`` of a page's meta (a few counts and names: the same few for most pages)."""
    return dumps(dict(items))


@functools.lru_cache(maxsize=256)
def _encoded_query(args: tuple[tuple[str, str], ...]) -> str:
    """A query string's parameters other than the cursor, encoded for a next link (the same
    for every page of one listing: encoded once per listing, not once per page). A request
    target is at most ``MAX_REQUEST_TARGET`` bytes: the cache holds 3 MB at the very most."""
    return urlencode(args, safe=_QUERY_SAFE)


def page_etag(digests: list[bytes], tail: bytes) -> str:
    """The strong ETag of a page ``{"data":[`` + the items joined by commas + ``tail``.

    A function of the page's bytes alone, as a hash of the body is (any byte of any item,
    their order or number, the links or meta changed gives another ETag; every node gives
    the same one), computed from the items' stored digests: hashing ~100 KB was a tenth of
    a page's CPU.
    """
    digest = hashlib.sha256(b"".join(digests))
    digest.update(tail)
    return digest.hexdigest()[:32]


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


#: Schemas whose answer to an empty query string is ``{}`` (no defaults to fill in).
_EMPTY_ANSWERS = (NoQuery,)


def parse_query(schema: Schema, list_fields: tuple[str, ...] = (), fast=None) -> dict:
    """Validate the query string against a schema; unknown or repeated parameters are errors.

    ``fast(args)``, when given, parses the common valid query strings of the route without the
    schema (``schemas.events_query_fast``); whatever it does not accept, every invalid query
    among it, goes to the schema, which alone words the errors. No query string at all is
    what most routes take, and what the schema makes of it is known: its defaults.
    """
    args = request.args
    if fast is not None:
        params = fast(args)
        if params is not None:
            return params
    elif not args and schema.__class__ in _EMPTY_ANSWERS:
        return {}
    data, errors = single_values(args, list_fields)
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
        if isinstance(response, PreparedResponse):  # json_text_response set them all
            return response
        for name, value in common_headers(request.method):
            if name == "Vary":
                response.headers.setdefault(name, value)
            else:
                response.headers[name] = value
        return response
