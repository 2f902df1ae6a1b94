"""Domain exceptions and the one builder of RFC 9457 problem+json bodies.

Every error the API returns goes through `problem()`, so every error body has
the same shape: ``type``, ``title``, ``status``, ``detail`` and, where a
request parameter or body field is at fault, ``errors`` naming each one.
"""
from __future__ import annotations

from http import HTTPStatus

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://timeline-api.example/problems/"


class TimelineError(Exception):
    """Base class: a failure with an HTTP status and a message for the caller."""

    status = 400
    slug = "bad-request"

    def __init__(self, detail: str | None = None, status: int | None = None, errors=None,
                 field: str | None = None, where: str = "body"):
        super().__init__(detail or self.__doc__)
        self.detail = detail or (self.__doc__ or "").strip()
        if status is not None:
            self.status = status
        self.errors = errors or []
        if field is not None and not self.errors:
            # The reason is the detail without its "origin: field:" prefix.
            reason = self.detail.split(f"{field}: ", 1)[-1]
            self.errors = [{"name": field, "reason": reason, "in": where}]


class DocumentError(TimelineError):
    """The document could not be read."""

    slug = "invalid-document"


class QueryError(TimelineError):
    """A query parameter or body field is invalid."""

    slug = "invalid-request"


class NotFound(TimelineError):
    """No such resource."""

    status = 404
    slug = "not-found"


class Unauthorized(TimelineError):
    """A bearer token is required for writes."""

    status = 401
    slug = "unauthorized"


class Forbidden(TimelineError):
    """The token does not allow this operation."""

    status = 403
    slug = "forbidden"


class UnsupportedMediaType(TimelineError):
    """The request body's content type is not accepted here."""

    status = 415
    slug = "unsupported-media-type"


class StorageFull(TimelineError):
    """The store's disk is full; the document was not stored."""

    status = 507
    slug = "insufficient-storage"


class StoreBusy(TimelineError):
    """Another writer held the store for too long; try again."""

    status = 503
    slug = "store-busy"


def problem(status: int, detail: str, slug: str | None = None, errors=None, **extra) -> dict:
    """The body of an ``application/problem+json`` response (RFC 9457)."""
    phrase = HTTPStatus(status).phrase
    body = {
        "type": PROBLEM_TYPE_BASE + (slug or phrase.lower().replace(" ", "-")),
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    return body
