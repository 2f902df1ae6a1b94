"""Event detection: trigger tables per type, date attachment, titles, actors and places.

``EVENT_TYPES`` is the type vocabulary (served by ``GET /types``), each type
with a one-line definition and its cross-walk to ACLED event/sub-event types
and PLOVER categories. ``COMPATIBLE_TYPES`` says which types may describe the
same happening in two sources (one writer's "US attack" is another's
"airstrike"), for the merger.
"""
from __future__ import annotations

from .detect import detect_events
from .vocabulary import TYPE_PRIORITY, event_types

EVENT_TYPES: list[dict] = event_types()

#: Types that two sources may use for one happening.
COMPATIBLE_TYPES: dict[str, frozenset[str]] = {
    "regime_change": frozenset({"regime_change", "conflict"}),
    "agreement": frozenset({"agreement", "negotiation", "statement"}),
    "negotiation": frozenset({"negotiation", "agreement"}),
    "deadline": frozenset({"deadline", "withdrawal", "agreement"}),
    "withdrawal": frozenset({"withdrawal", "deadline"}),
    "deployment": frozenset({"deployment"}),
    "strike": frozenset({"strike", "attack"}),
    "attack": frozenset({"attack", "strike", "conflict"}),
    "conflict": frozenset({"conflict", "attack", "regime_change"}),
    "statement": frozenset({"statement", "agreement"}),
    "other": frozenset({"other"}),
}

__all__ = ["EVENT_TYPES", "COMPATIBLE_TYPES", "TYPE_PRIORITY", "detect_events"]
