"""Bearer-token checks: for writes, and for extraction when it is not public.

Constant-time comparison; writes (and token-gated extraction) are off when no token is configured.
"""
from __future__ import annotations

import hmac

from flask import current_app, request

from ..errors import Forbidden, Unauthorized


def require_writer() -> None:
    """Raise unless the request may write; the token never appears in any message."""
    if current_app.config["READ_ONLY"]:
        raise Forbidden("writes are disabled: this node serves the database read-only",
                        field="Authorization", where="header")
    _check_token("writes")


def require_extractor() -> None:
    """Raise unless the request may run POST /extract (TIMELINE_EXTRACT_ACCESS).

    Extraction stores nothing, so a read-only node may run it for a caller with the token;
    but it is the most expensive request there is, so by default only token holders may.
    """
    if current_app.config.get("EXTRACT_ACCESS") == "public":
        return
    _check_token("extraction")


_DISABLED = {
    "writes": "writes are disabled: set TIMELINE_API_TOKEN on the server to enable them",
    "extraction": "extraction is disabled: set TIMELINE_API_TOKEN on the server (callers send it as a "
                  "bearer token), or TIMELINE_EXTRACT_ACCESS=public to open it to anyone",
}


def _check_token(what: str) -> None:
    token = current_app.config.get("API_TOKEN") or ""
    if not token:
        raise Forbidden(_DISABLED[what], field="Authorization", where="header")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("Authorization: a bearer token is required: send 'Authorization: Bearer <token>'",
                           field="Authorization", where="header")
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise Forbidden(f"Authorization: the bearer token is not valid for {what}",
                        field="Authorization", where="header")
