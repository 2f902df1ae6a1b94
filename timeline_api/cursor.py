"""Opaque, signed keyset cursors: a forged or mismatched cursor is refused, never trusted."""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json

from .errors import QueryError


#: ``json.dumps(..., separators=(",", ":"))`` without building an encoder per cursor.
_JSON = json.JSONEncoder(separators=(",", ":"))


def _sign(secret: bytes, payload: bytes) -> bytes:
    """HMAC-SHA256 of ``payload`` (RFC 2104), cut to 12 bytes: ``hmac.digest(secret, payload,
    "sha256")[:12]``, from the key's inner and outer hash states made once per key (OpenSSL's
    one-shot HMAC looks the algorithm up and keys it again on every call)."""
    inner, outer = _keyed(secret)
    inner = inner.copy()
    inner.update(payload)
    outer = outer.copy()
    outer.update(inner.digest())
    return outer.digest()[:12]


@functools.lru_cache(maxsize=8)
def _keyed(secret: bytes):
    """SHA-256 states after the key's inner and outer pads (a server signs with one key)."""
    key = hashlib.sha256(secret).digest() if len(secret) > _BLOCK else secret
    key = key.ljust(_BLOCK, b"\0")
    return (hashlib.sha256(bytes(b ^ 0x36 for b in key)), hashlib.sha256(bytes(b ^ 0x5C for b in key)))


_BLOCK = hashlib.sha256().block_size


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
