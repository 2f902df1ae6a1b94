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


# ---------------------------------------------------------------- identity blocks

#: What the identity step reads of a citation (with its source's publication date).
IDENTITY_SELECT = (
    "select c.id, c.event_id, c.source_id, s.published, c.start, c.trigger_start, c.trigger, c.type, "
    "c.date_start, c.date_end, c.precision, c.qualifier, c.date_text, c.actors, c.places, c.keywords, "
    "c.family, c.block, c.day, c.title from citations c join sources s on s.id = c.source_id"
)


def block_rows(db: sqlite_utils.Database, block: str) -> list[dict]:
    """Every citation clustered in one identity block."""
    return list(db.query(f"{IDENTITY_SELECT} where c.block = ?", [block]))


#: Bound on the span columns' length (spans are set only for blocks that may join, which
#: are shorter than this), so an overlap look-up is one index range.
LONGEST_SPAN = 400


def rows_within(db: sqlite_utils.Database, family: str, first: int, last: int,
                inside: bool = True) -> list[dict]:
    """Citations of one kind of happening dated inside [first, last] (or, not ``inside``,
    overlapping it): on a day, or over a span (where the span columns are set)."""
    low = first if inside else first - LONGEST_SPAN
    return list(db.query(
        f"{IDENTITY_SELECT} where c.family = ? and c.day between ? and ? union all "
        f"{IDENTITY_SELECT} where c.family = ? and c.span_start between ? and ? and c.span_end "
        + ("<= ?" if inside else ">= ?"),
        [family, first, last, family, low, last, last if inside else first]))


def _blocks_by_span(db: sqlite_utils.Database, family: str, start_from: int, start_to: int,
                    end_from: int) -> set[str]:
    rows = db.execute(
        "select distinct block from citations where family = ? and span_start between ? and ? "
        "and span_end >= ?", [family, start_from, start_to, end_from])
    return {r[0] for r in rows}


def blocks_containing(db: sqlite_utils.Database, family: str, first: int, last: int,
                      max_span: int) -> set[str]:
    """Blocks of one kind of happening whose span (shorter than ``max_span``) holds [first, last]."""
    return _blocks_by_span(db, family, last - max_span, first, last)


def blocks_overlapping(db: sqlite_utils.Database, family: str, first: int, last: int,
                       max_span: int) -> set[str]:
    """Blocks of one kind of happening whose span (shorter than ``max_span``) shares a day with [first, last]."""
    return _blocks_by_span(db, family, first - max_span, last, first)


def blocks_of_source(db: sqlite_utils.Database, source_id: str) -> set[str]:
    return {r[0] for r in db.execute("select distinct block from citations where source_id = ? "
                                     "and block is not null", [source_id])}


def move_citation(db: sqlite_utils.Database, citation_id: int, event_id: str) -> None:
    db.execute("update citations set event_id = ? where id = ?", [event_id, citation_id])
