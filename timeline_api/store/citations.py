"""The citations of candidate events, as the merge compares a new mention against them."""
from __future__ import annotations

import json

import sqlite_utils


def cited_mentions(db: sqlite_utils.Database, event_ids: list[str]) -> dict[str, list[dict]]:
    """Per event, each citation's source, sentence span, date and own terms."""
    if not event_ids:
        return {}
    marks = ",".join("?" for _ in event_ids)
    out: dict[str, list[dict]] = {}
    for row in db.query(
            "select event_id, source_id, start, end, date_start, date_end, precision, qualifier, "
            f"date_text, actors, places, keywords from citations where event_id in ({marks})",
            list(event_ids)):
        terms = set()
        for column in ("actors", "places", "keywords"):
            terms |= {t.lower() for t in json.loads(row[column] or "[]") if t}
        row["terms"] = terms
        out.setdefault(row["event_id"], []).append(row)
    return out
