"""Opaque, signed keyset cursors: a forged or mismatched cursor is refused, never trusted."""
from __future__ import annotations

import base64
import hmac
import json

from .errors import QueryError


#: ``json.dumps(..., separators=(",", ":"))`` without building an encoder per cursor.
_JSON = json.JSONEncoder(separators=(",", ":"))


def _sign(secret: bytes, payload: bytes) -> bytes:
    return hmac.digest(secret, payload, "sha256")[:12]


def encode(secret: bytes, position, scope: str) -> str:
    """A cursor for ``position`` (the last row's sort key and id) in a query ``scope``."""
    payload = _JSON.encode({"p": list(position), "s": scope}).encode()
    token = payload + _sign(secret, payload)
    return base64.urlsafe_b64encode(token).decode().rstrip("=")


def decode(secret: bytes, cursor: str, scope: str) -> tuple:
    """The position a cursor stands for; QueryError when it is forged or from another query."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (ValueError, TypeError):
        raise QueryError("cursor: not a cursor this API issued", errors=[
            {"name": "cursor", "reason": "malformed"}]) from None
    payload, signature = raw[:-12], raw[-12:]
    if len(raw) <= 12 or not hmac.compare_digest(signature, _sign(secret, payload)):
        raise QueryError("cursor: not a cursor this API issued (signature does not match)", errors=[
            {"name": "cursor", "reason": "bad signature"}])
    data = json.loads(payload)
    if data.get("s") != scope:
        raise QueryError("cursor: it belongs to a query with other filters or sort order; "
                         "start again without a cursor", errors=[
                             {"name": "cursor", "reason": "filters changed"}])
    return tuple(data["p"])
