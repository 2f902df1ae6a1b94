"""Bearer-token check for writes: constant-time, and writes off when no token is configured."""
from __future__ import annotations

import hmac

from flask import current_app, request

from ..errors import Forbidden, Unauthorized


def require_writer() -> None:
    """Raise unless the request may write; the token never appears in any message."""
    if current_app.config["READ_ONLY"]:
        raise Forbidden("writes are disabled: this node serves the database read-only",
                        field="Authorization", where="header")
    token = current_app.config.get("API_TOKEN") or ""
    if not token:
        raise Forbidden("writes are disabled: set TIMELINE_API_TOKEN on the server to enable them",
                        field="Authorization", where="header")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("Authorization: a bearer token is required: send 'Authorization: Bearer <token>'",
                           field="Authorization", where="header")
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise Forbidden("Authorization: the bearer token is not valid for writes",
                        field="Authorization", where="header")
