"""Reading and writing events, citations and their lookup terms."""
from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import itertools
import json
import operator
import sqlite3
import weakref
from dataclasses import dataclass, field
from typing import Callable, NamedTuple, Sequence

import sqlite_utils

from ..model import Cited, DateInterval, EventMention, EventView
from . import schema
from .schema import (OPEN_END_DAY, OPEN_START_DAY, SPAN_CLASS_MAX_DAYS, UNDATED_SORT_ASC,
                     UNDATED_SORT_DESC)

EVENT_COLUMNS = (
    "id, type, title, summary, date_start, date_end, precision, qualifier, date_text, edtf, "
    "start_day, end_day, span_class, sort_asc, sort_desc, actors, places, keywords, "
    "conflicts, citation_count, updated_at, status, relation"
)
_PREFIXED_COLUMNS = ", ".join("e." + c.strip() for c in EVENT_COLUMNS.split(","))

# ---------------------------------------------------------------- date columns

def day_numbers(date: DateInterval) -> tuple[int | None, int | None]:
    """Day numbers for an interval; open sides become the far past or far future."""
    if date.start is None and date.end is None:
        return None, None
    start = date.start.toordinal() if date.start else OPEN_START_DAY
    end = date.end.toordinal() if date.end else OPEN_END_DAY
    return start, end


def date_columns(date: DateInterval) -> dict:
    """The event-row columns that describe its date."""
    start_day, end_day = day_numbers(date)
    dated = start_day is not None
    return {
        "date_start": date.start.isoformat() if date.start else None,
        "date_end": date.end.isoformat() if date.end else None,
        "precision": date.precision,
        "qualifier": date.qualifier,
        "date_text": date.text,
        "edtf": date.edtf,
        "start_day": start_day,
        "end_day": end_day,
        "span_class": schema.span_class(start_day, end_day),
        "sort_asc": start_day if dated else UNDATED_SORT_ASC,
        "sort_desc": start_day if dated else UNDATED_SORT_DESC,
    }


def interval_from_row(row: dict, prefix: str = "date_") -> DateInterval:
    start, end = row.get(prefix + "start"), row.get(prefix + "end")
    return DateInterval(
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
        row.get("precision") or "unknown",
        row.get("qualifier") or "exact",
        row.get(prefix + "text") or "",
    )


# ---------------------------------------------------------------- writes

def create_event(db: sqlite_utils.Database, event_id: str, mention: EventMention, now: str) -> None:
    db["events"].insert({
        "id": event_id,
        "type": mention.type,
        "title": mention.title,
        "summary": mention.summary,
        **date_columns(mention.date),
        "actors": json.dumps(mention.actors),
        "places": json.dumps(mention.places),
        "keywords": json.dumps(mention.keywords),
        "conflicts": "[]",
        "quotes": mention.quote,
        "citation_count": 0,
        "updated_at": now,
        "status": mention.status,
        "relation": mention.relation,
    })


def add_citation(db: sqlite_utils.Database, event_id: str, source_id: str,
                 mention: EventMention, identity: dict | None = None) -> None:
    """Store one citation; ``identity`` holds its identity columns (schema.IDENTITY_COLUMNS)."""
    date = mention.date
    db["citations"].insert({
        **(identity or {}),
        "trigger_start": mention.trigger_start,
        "event_id": event_id,
        "source_id": source_id,
        "quote": mention.quote,
        "start": mention.start,
        "end": mention.end,
        "trigger": mention.trigger,
        "type": mention.type,
        "title": mention.title,
        "summary": mention.summary,
        "date_start": date.start.isoformat() if date.start else None,
        "date_end": date.end.isoformat() if date.end else None,
        "precision": date.precision,
        "qualifier": date.qualifier,
        "date_text": date.text,
        "actors": json.dumps(mention.actors),
        "places": json.dumps(mention.places),
        "keywords": json.dumps(mention.keywords),
        "status": mention.status,
        "relation": mention.relation,
    })


def citation_rows(db: sqlite_utils.Database, event_ids: list[str]) -> dict[str, list[dict]]:
    """Citations of many events at once, with their source's metadata, in reading order."""
    if not event_ids:
        return {}
    marks = ",".join("?" for _ in event_ids)
    # Sorted here, not by SQL: an ORDER BY over the joined rows makes SQLite copy every
    # (wide) row into a temporary B-tree, which cost more than the query on a page of 50.
    sql = f"""
        select c.*, s.title as source_title, s.outlet, s.url, s.published, s.story_id,
               json_extract(s.metadata, '$.file') as document
        from citations c join sources s on s.id = c.source_id
        where c.event_id in ({marks})
    """
    rows = list(db.query(sql, list(event_ids)))
    rows.sort(key=_citation_order)
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["event_id"], []).append(row)
    return out


def _citation_order(row: dict) -> tuple:
    # Python compares str by code point, as SQLite's BINARY collation compares UTF-8 bytes.
    return row["event_id"], row["published"], row["source_id"], row["start"]


def cited_views(cites: list[dict]) -> list[Cited]:
    return [Cited(c["source_id"], c["published"], c["start"], c["trigger"] or "", c["type"] or "other",
                  c["title"] or "", c["summary"] or "", c["quote"], interval_from_row(c),
                  c.get("status") or "", c.get("relation") or "",
                  c["trigger_start"] - c["start"] if c.get("trigger_start") is not None else -1) for c in cites]


#: how much of an article before a citation describe may read for who a title's "the leader" is
BEFORE_CHARS = 3000


def text_before(db: sqlite_utils.Database, cite: dict) -> str:
    """The article's text before a citation (its last ``BEFORE_CHARS`` characters)."""
    start = cite["start"] or 0
    low = max(0, start - BEFORE_CHARS)
    row = db.execute("select substr(text, ?, ?) from sources where id = ?",
                     [low + 1, start - low, cite["source_id"]]).fetchone()
    return row[0] or "" if row else ""


def refresh_event(db: sqlite_utils.Database, event_id: str, now: str,
                  describe: Callable[..., EventView]) -> bool:
    """Recompute an event's date, conflicts, participants, terms and text from its citations.

    ``describe`` is the pipeline's decision (date, conflicts, naming citation, type) over
    the citations; the store only applies it. An event left without citations is
    deleted; returns whether the event still exists.
    """
    cites = citation_rows(db, [event_id]).get(event_id, [])
    if not cites:
        delete_event(db, event_id)
        return False
    views = cited_views(cites)
    view = describe(views, context=lambda i: text_before(db, cites[i]))
    winner, conflict_indexes = view.date, view.conflicts
    dates = [v.date for v in views]
    conflicts = []
    if conflict_indexes:
        for index in [view.best] + conflict_indexes:
            c = cites[index]
            conflicts.append({
                "source_id": c["source_id"], "outlet": c["outlet"], "quote": c["quote"],
                "date": dates[index].to_dict(),
            })
    best = cites[view.best]
    actors = _participants(cites, best, "actors")
    places = _participants(cites, best, "places")
    keywords = _first_seen(k for c in cites for k in json.loads(c["keywords"] or "[]"))
    values = {
        **date_columns(winner),
        "type": view.type,
        "status": view.status,
        "relation": view.relation,
        "conflicts": json.dumps(conflicts),
        "quotes": "\n".join(dict.fromkeys(c["quote"] for c in cites)),
        "citation_count": len(cites),
        "actors": json.dumps(actors),
        "places": json.dumps(places),
        "keywords": json.dumps(keywords),
        "title": view.title or best["title"],
        "summary": best["summary"] or best["quote"],
        "updated_at": now,
    }
    # Only what changed is written: the full-text index is rewritten only when the
    # title, summary or quotes are set (schema._fts_update_trigger_on), and an index
    # only when one of its columns is.
    stored = db.execute(f"select {', '.join(values)} from events where id = ?", [event_id]).fetchone()
    changed = {k: v for (k, v), old in zip(values.items(), stored) if v != old}
    if changed:
        assignments = ", ".join(f"[{k}] = ?" for k in changed)
        db.execute(f"update events set {assignments} where id = ?", [*changed.values(), event_id])
    db.execute("delete from event_terms where event_id = ?", [event_id])
    rows = [{"event_id": event_id, "kind": kind, "term": t.lower()}
            for kind, values in (("actor", actors), ("place", places), ("keyword", keywords))
            for t in values if t.strip()]
    if rows:
        db.conn.executemany("insert or ignore into event_terms (event_id, kind, term) values (?, ?, ?)",
                            [(r["event_id"], r["kind"], r["term"]) for r in rows])
    return True


def _first_seen(values) -> list[str]:
    """Distinct values (case-insensitively) in first-seen order, as first spelled."""
    seen, out = set(), []
    for value in values:
        if value and value.lower() not in seen:
            seen.add(value.lower())
            out.append(value)
    return out


def _participants(cites, best, column: str) -> list[str]:
    """Who or where an event involves: the best citation's, then any named by two citations.

    A sentence names more than the event's own participants; what recurs across
    citations, or stands in the sentence that dates the event, is what belongs to it.
    """
    counts: dict[str, int] = {}
    for cite in cites:
        for value in {v.lower() for v in json.loads(cite[column] or "[]")}:
            counts[value] = counts.get(value, 0) + 1
    first = json.loads(best[column] or "[]")
    others = (v for c in cites for v in json.loads(c[column] or "[]") if counts[v.lower()] >= 2)
    return _first_seen([*first, *others])


def alias_event(db, from_event: str, to_event: str) -> None:
    """Leave an alias from an event that is gone to the one that holds its citations now."""
    db.execute("update event_aliases set event_id = ? where event_id = ?", [to_event, from_event])
    db["event_aliases"].upsert({"alias": from_event, "event_id": to_event}, pk="alias")


def unalias(db, event_id: str) -> None:
    """An id that names an event again is no longer an alias."""
    db.execute("delete from event_aliases where alias = ?", [event_id])


def move_citations(db, from_event: str, to_event: str) -> None:
    """Absorb one event into another, leaving an alias so old links still resolve."""
    db.execute("update citations set event_id = ? where event_id = ?", [to_event, from_event])
    db.execute("update event_aliases set event_id = ? where event_id = ?", [to_event, from_event])
    db["event_aliases"].upsert({"alias": from_event, "event_id": to_event}, pk="alias")
    delete_event(db, from_event)


def delete_event(db, event_id: str) -> None:
    db.execute("delete from event_bodies where event_id = ?", [event_id])
    db.execute("delete from event_terms where event_id = ?", [event_id])
    db.execute("delete from citations where event_id = ?", [event_id])
    db.execute("delete from events where id = ?", [event_id])


# ---------------------------------------------------------------- stored JSON bodies

def event_bodies(db: sqlite_utils.Database, event_ids: list[str], utf8: bool = False) -> dict:
    """The stored JSON of these events (those that have one), as text or as UTF-8 bytes.

    Bytes (``utf8``) are what a page sends: read as they are stored, they are joined and
    sent without being decoded and encoded again. A store made before schema version 2
    has no ``event_bodies`` table; it still serves, read-only too, with every body missing.
    """
    if not event_ids:
        return {}
    marks = ",".join("?" for _ in event_ids)
    body = "cast(body as blob)" if utf8 else "body"
    try:
        cursor = db.execute(f"select event_id, {body} from event_bodies where event_id in ({marks})",
                            list(event_ids))
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return {}
        raise
    return dict(cursor.fetchall())


#: Connections to stores older than schema 6 (no ``event_bodies.digest``): digests computed.
_without_digests: weakref.WeakSet = weakref.WeakSet()


def event_bodies_digested(db: sqlite_utils.Database, event_ids: list[str]) -> dict[str, tuple[bytes, bytes]]:
    """``event_bodies`` as UTF-8 bytes, each with its ``schema.body_digest``: {id: (body, digest)}.

    The digests are read from the store; a store older than schema 6 (read-only, so not
    migrated) or a body written without one (by older code) gets it computed here.
    """
    if not event_ids:
        return {}
    if db not in _without_digests:
        marks = ",".join("?" for _ in event_ids)
        try:
            rows = db.execute(f"select event_id, cast(body as blob), digest from event_bodies "
                              f"where event_id in ({marks})", list(event_ids)).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such column" not in str(exc) and "no such table" not in str(exc):
                raise
            _without_digests.add(db)
        else:
            return {i: (b, d if d is not None else schema.body_digest(b)) for i, b, d in rows}
    return {i: (b, schema.body_digest(b)) for i, b in event_bodies(db, event_ids, utf8=True).items()}


def save_event_bodies(db: sqlite_utils.Database, bodies: dict[str, str]) -> None:
    rows = []
    for event_id, body in bodies.items():
        rows.append((event_id, body, schema.body_digest(body.encode("utf-8"))))
    db.conn.executemany("insert or replace into event_bodies (event_id, body, digest) values (?, ?, ?)", rows)


def event_rows(db: sqlite_utils.Database, event_ids: list[str]) -> list[dict]:
    """The rows of these events that exist, in no particular order."""
    if not event_ids:
        return []
    marks = ",".join("?" for _ in event_ids)
    return list(db.query(f"select {EVENT_COLUMNS} from events where id in ({marks})", list(event_ids)))


def ids_without_body(db: sqlite_utils.Database, after: str, limit: int) -> list[str]:
    """Event ids past ``after`` (in id order) that have no stored body."""
    sql = ("select id from events where id > ? and id not in (select event_id from event_bodies) "
           "order by id limit ?")
    return [row[0] for row in db.execute(sql, [after, limit])]


def ids_after(db: sqlite_utils.Database, after: str, limit: int) -> list[str]:
    return [row[0] for row in db.execute("select id from events where id > ? order by id limit ?",
                                         [after, limit])]


# ---------------------------------------------------------------- range arms

def _overlap_arms(lo: int | None, hi: int | None) -> tuple[list[str], list[list]]:
    """One bounded range condition per span class for "interval overlaps [lo, hi]".

    ``lo``/``hi`` may be None for an open side. Every arm can be answered by
    the (span_class, sort_asc, id) index as a single range scan.
    """
    arms, params = [], []
    upper = hi if hi is not None else OPEN_END_DAY
    for cls, max_days in enumerate(SPAN_CLASS_MAX_DAYS):
        if lo is None or max_days is None:
            low = OPEN_START_DAY
        else:
            low = lo - max_days + 1
        # the class written into the SQL: each arm's text differs, so its prepared statement
        # is its own while ``_merged_arms`` reads all of them at once
        condition = f"span_class = {cls} and sort_asc between ? and ?"
        arm_params = [low, upper]
        if lo is not None:
            condition += " and end_day >= ?"
            arm_params.append(lo)
        arms.append(condition)
        params.append(arm_params)
    return arms, params


# ---------------------------------------------------------------- queries

@dataclass
class EventQuery:
    """A validated /events query; day bounds are day numbers, inclusive."""

    from_day: int | None = None
    to_day: int | None = None
    match: str = "overlaps"
    types: list[str] = field(default_factory=list)
    q: str | None = None
    source: str | None = None
    actor: str | None = None
    place: str | None = None
    precision: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    dated: bool | None = None
    sort: str = "date"
    limit: int = 50
    after: tuple | None = None  # keyset position: (sort key, id), or IMPORTANCE_KEY's values


#: Up to this many full-text hits, a page is found from the hits (one row lookup each);
#: past it, by walking the sort index and testing each event against the set of hits.
FTS_DRIVEN_MAX_HITS = 2000


def _fts_is_selective(db: sqlite_utils.Database, match: str) -> bool:
    """Whether a full-text query has few enough hits to look each one up."""
    sql = f"select count(*) from (select rowid from events_fts where events_fts match ? limit {FTS_DRIVEN_MAX_HITS + 1})"
    return db.execute(sql, [match]).fetchone()[0] <= FTS_DRIVEN_MAX_HITS


#: Per connection: {full-text query: whether it has few hits (``_fts_is_selective``)}, so
#: that the choice of plan costs one count per query and connection. Only a plan rests on
#: it, never an answer: a word that gains hits keeps its plan until the cache is cleared.
_few_hits_known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _few_hits(db: sqlite_utils.Database, match: str) -> bool:
    known = _few_hits_known.setdefault(db, {})
    few = known.get(match)
    if few is None:
        if len(known) >= _PLANS_KEPT:
            known.clear()
        few = known[match] = _fts_is_selective(db, match)
    return few


#: A word at least this dense among events (``_fts_density``) is tested event by event while
#: walking the sort index, rather than by building the set of its hits first.
FTS_PROBE_MIN_DENSITY = 0.3
#: Events in the sample ``_fts_density`` reads: a range of rowids, which FTS5 seeks to directly.
FTS_DENSITY_SAMPLE = 2000


def _fts_density(db: sqlite_utils.Database, match: str, by_date: bool) -> float:
    """The share of events a full-text query matches, estimated on a sample of events.

    A word that half the events contain ("said") has hundreds of thousands of hits at 1M
    events: building their set costs ~400 ms, while the first page of a walk in date order
    finds its 50 after ~100 events. The sample is a range of index rowids, which FTS5 seeks
    to directly: a range of days (schema 5) or of event rowids (older stores).
    """
    top = db.execute("select max(rowid) from events").fetchone()[0] or 0
    lo = max(0, top // 2 - FTS_DENSITY_SAMPLE // 2)
    if not by_date:
        hi = lo + FTS_DENSITY_SAMPLE - 1
        rows = db.execute("select count(*) from events where rowid between ? and ?", [lo, hi]).fetchone()[0]
        fts_lo, fts_hi = lo, hi
    else:
        first = db.execute("select sort_asc from events where rowid >= ? and span_class >= 0 limit 1",
                           [lo]).fetchone()
        if first is None:
            return 0.0
        last = db.execute("select sort_asc from events where sort_asc >= ? order by sort_asc limit 1 offset ?",
                          [first[0], FTS_DENSITY_SAMPLE - 1]).fetchone()
        last_day = last[0] if last else first[0]
        rows = db.execute("select count(*) from events where sort_asc between ? and ?",
                          [first[0], last_day]).fetchone()[0]
        fts_lo, fts_hi = first[0] << schema.FTS_ROW_BITS, ((last_day + 1) << schema.FTS_ROW_BITS) - 1
    if not rows:
        return 0.0
    hits = db.execute("select count(*) from events_fts where events_fts match ? and rowid between ? and ?",
                      [match, fts_lo, fts_hi]).fetchone()[0]
    return hits / rows


def _query_by_probing(db, query: EventQuery, key: str, direction: str, compare: str,
                      density: float, by_date: bool) -> tuple[list[dict], tuple | None] | None:
    """A page for a dense word without a date window: walk the sort index, test each event.

    The walk is bounded (a few times the events the density says a page needs); when it
    ends short of a page, None tells the caller to use the hit-set plan instead.
    """
    where, args = _filters(dataclasses.replace(query, q=None), by_date)
    if query.after is not None:
        where.append(f"({key}, id) {compare} (?, ?)")
        args += list(query.after)
    n = query.limit + 1
    walk = int(4 * n / density) + 100
    fts_rowid = "rowid"
    if by_date:
        # from the sort index alone: a dated event's sort_desc is its sort_asc
        day = key if key == "sort_asc" else (f"(case when sort_desc = {UNDATED_SORT_DESC} "
                                             f"then {UNDATED_SORT_ASC} else sort_desc end)")
        fts_rowid = f"(({day} << {schema.FTS_ROW_BITS}) | rowid)"
    inner = (f"select {fts_rowid} as fts_rowid, {key}, id from events where {' and '.join(where) or '1'} "
             f"order by {key} {direction}, id {direction} limit {walk}")
    # No ORDER BY outside: the bounded walk is read as a co-routine in its own order, so the
    # probing stops at the n-th hit (an outer ORDER BY would probe the whole walk first).
    sql = (f"select {key}, id from ({inner}) e "
           "where exists (select 1 from events_fts f where events_fts match ? and f.rowid = e.fts_rowid) "
           f"limit {n}")
    rows = list(db.query(sql, args + [query.q]))
    if len(rows) == n:
        return rows[: query.limit], (rows[query.limit - 1][key], rows[query.limit - 1]["id"])
    walked = db.execute(f"select count(*) from ({inner})", args).fetchone()[0]
    return (rows, None) if walked < walk else None  # the walk reached the end: the last page


def _filters(query: EventQuery, by_date: bool, fts_driven: bool = True) -> tuple[list[str], list]:
    """Conditions that do not depend on the date window.

    With ``fts_driven`` false, the full-text condition is written ``+rowid in (...)``, which
    stops SQLite from fetching every hit by rowid and sorting them: for a common word (50k
    hits at 1M events) it walks the sort index instead, 300 -> 20 ms. ``by_date`` says how
    ``events_fts`` is keyed (schema.events_fts_by_date).
    """
    where, args = [], []
    if query.types:
        where.append(f"type in ({','.join('?' for _ in query.types)})")
        args += query.types
    if query.precision:
        where.append(f"precision in ({','.join('?' for _ in query.precision)})")
        args += query.precision
    if query.status:
        where.append(f"status in ({','.join('?' for _ in query.status)})")
        args += query.status
    if query.dated is True:
        where.append("span_class >= 0")
    elif query.dated is False:
        where.append("span_class = -1")
    if query.source:
        where.append("id in (select event_id from citations where source_id = ?)")
        args.append(query.source)
    if query.actor:
        where.append("id in (select event_id from event_terms where kind = 'actor' and term = ?)")
        args.append(query.actor.lower())
    if query.place:
        where.append("id in (select event_id from event_terms where kind = 'place' and term = ?)")
        args.append(query.place.lower())
    if query.q:
        rowid = "rowid" if fts_driven else "+rowid"
        hit = f"rowid & {schema.FTS_ROW_MASK}" if by_date else "rowid"
        where.append(f"{rowid} in (select {hit} from events_fts where events_fts match ?)")
        args.append(query.q)
    return where, args


def _query_in_index_order(db: sqlite_utils.Database, query: EventQuery,
                          bodies: bool) -> tuple[list, tuple | None]:
    """A page of a search with no other filter, read in the order ``events_fts`` holds its hits.

    Its rowids (``schema.events_fts_rowid``) order the hits by sort day, so the page is the
    first n hits from the cursor's day on, except that the last day those reach is taken in
    id order (within a day the index orders by rowid, the page by id): about a page of reads,
    however many events match. In -date order the dated days are read backwards, then the
    undated. With ``bodies`` the rows are tuples (sort key, id, body, digest, index rowid),
    each hit's stored body read with it; else dicts of the sort key and id.
    """
    descending = query.sort == "-date"
    key = "sort_desc" if descending else "sort_asc"
    bits, n = schema.FTS_ROW_BITS, query.limit + 1
    top = (UNDATED_SORT_ASC + 1 << bits) - 1
    if not descending:
        ranges = [((query.after[0] if query.after else 0) << bits, top)]
    elif query.after is not None and query.after[0] == UNDATED_SORT_DESC:
        ranges = [(UNDATED_SORT_ASC << bits, top)]
    else:
        last_day = query.after[0] if query.after else UNDATED_SORT_ASC - 1
        ranges = [(0, (last_day + 1 << bits) - 1), (UNDATED_SORT_ASC << bits, top)]
    order = "desc" if descending else "asc"
    after, after_args = "", []
    if query.after is not None:
        after = f"and (events.{key}, events.id) {'<' if descending else '>'} (?, ?)"
        after_args = list(query.after)
    # the index rowid comes last, so that a row begins (sort key, id[, body, digest]) either way
    columns, join = (f"{_BODY_COLUMNS}, ", _BODY_JOIN) if bodies else ("", "")

    def hits(lo: int, hi: int, limit: int) -> tuple[list[tuple], bool]:
        """Up to ``limit`` hits in index order, then the rest of the last one's day if it has
        at most ``DAY_SPILL`` more; and whether that day was read to its end."""
        sql = (f"select events.{key}, events.id, {columns}f.rowid from events_fts f cross join events "
               f"on events.rowid = (f.rowid & {schema.FTS_ROW_MASK}) {join} "
               f"where events_fts match ? and f.rowid between ? and ? {after} order by f.rowid {order} "
               f"limit {limit + DAY_SPILL}")
        cursor = db.conn.execute(sql, [query.q, lo, hi, *after_args])
        try:
            rows = cursor.fetchmany(limit)
            if len(rows) < limit:
                return rows, True
            day = rows[-1][-1] >> bits
            for row in cursor:
                if row[-1] >> bits != day:
                    return rows, True
                rows.append(row)
            return rows, len(rows) < limit + DAY_SPILL  # the statement ended before its limit
        finally:
            cursor.close()

    def day_in_id_order(day: int, limit: int) -> list[tuple]:
        """The first hits of one day in id order: its (sort_asc, id) index walked, each entry
        tested against the day's hits (a range of index rowids, read without the events)."""
        cursor_day = query.after is not None and day == (
            UNDATED_SORT_ASC if query.after[0] == UNDATED_SORT_DESC else query.after[0])
        sql = (f"select {key}, id, {columns}{schema.events_fts_rowid('events')} from events {join} "
               "where sort_asc = ? "
               + (f"and id {'<' if descending else '>'} ? " if cursor_day else "")
               + f"and +events.rowid in (select rowid & {schema.FTS_ROW_MASK} from events_fts "
               f"where events_fts match ? and rowid between ? and ?) order by id {order} limit {limit}")
        args = [day, *([query.after[1]] if cursor_day else []), query.q, day << bits, (day + 1 << bits) - 1]
        return db.conn.execute(sql, args).fetchall()

    found: list[tuple] = []
    for lo, hi in ranges:
        more, whole_day = hits(lo, hi, n - len(found))
        if len(found) + len(more) >= n:
            if not whole_day:
                # The last day reached holds more hits than were read, and the page takes that
                # day's in id order: walking the day's index entries costs less than reading
                # every hit of a crowded day (the 1st of January holds the year-precise events
                # of the year). A day with few hits was read whole above, in one statement.
                day = more[-1][-1] >> bits
                more = [row for row in more if row[-1] >> bits != day]
                more += day_in_id_order(day, n - len(found) - len(more))
            found += more
            break
        found += more
    found.sort(key=_KEY_AND_ID, reverse=descending)
    rows = found[:n] if bodies else [{key: row[0], "id": row[1]} for row in found[:n]]
    if len(rows) > query.limit:
        rows = rows[: query.limit]
        return rows, (found[query.limit - 1][0], found[query.limit - 1][1])
    return rows, None


#: Hits of a search's last day read past the page in index order (``_query_in_index_order``),
#: so that the day's hits are all in hand to be taken in id order; a day with more is walked
#: in id order by a second statement.
DAY_SPILL = 8
#: A page row's keyset position: it begins (sort key, id).
_KEY_AND_ID = operator.itemgetter(0, 1)


def query_events(db: sqlite_utils.Database, query: EventQuery,
                 full_rows: bool = True) -> tuple[list[dict], tuple | None]:
    """One page of events and the keyset position after it (None on the last page).

    With ``full_rows`` false the rows hold only the sort key and ``id`` (enough to
    look the stored bodies up): the page is then read off the indexes alone.
    """
    rows, next_key, _ = _query_page(db, query, full_rows, bodies=False)
    return rows, next_key


def query_event_bodies(db: sqlite_utils.Database, query: EventQuery) -> BodyPage:
    """One page as its events' ids, stored JSON (UTF-8 bytes) and ``schema.body_digest``s,
    in page order, and the keyset position after it; body and digest are None where none is
    stored.

    What ``query_events`` then ``event_bodies_digested`` give. A page read off index ranges
    (no window, a window's merged arms, a search alone) joins its keys to their bodies in the
    statements that find them: the second statement's ``in (...)`` of 50 ids cost as much
    as finding the page.
    """
    rows, next_key, with_bodies = _query_page(db, query, False, bodies=db not in _without_digests)
    if with_bodies:
        columns = tuple(zip(*rows)) or ((), (), (), ())  # (key, id, body, digest[, ...]) -> columns
        return BodyPage(columns[1], columns[2], columns[3], next_key)
    ids = [r["id"] for r in rows]
    if db not in _without_digests:
        in_order = _bodies_in_order(db, ids)
        if in_order is not None:
            return BodyPage(ids, *in_order, next_key)
    stored = event_bodies_digested(db, ids)
    pairs = [stored.get(i, (None, None)) for i in ids]
    return BodyPage(ids, [b for b, _ in pairs], [d for _, d in pairs], next_key)


def _bodies_in_order(db: sqlite_utils.Database, ids: list[str]) -> tuple[Sequence, Sequence] | None:
    """The stored bodies (UTF-8) and digests of ``ids``, in their order, None for each where
    none is stored; None when the store has no digests (``event_bodies_digested`` answers).

    One lookup per id in turn: ``json_each`` of the ids, left-joined to the bodies, is read in
    the ids' order (the left side of a left join is the outer loop). The ``in (...)`` of
    ``event_bodies_digested`` builds a temporary index of the ids first, and its rows then
    need a dict to be put in order: 69 -> 56 us for the 50 bodies of q=ceasefire at 1M events.
    """
    if not ids:
        return (), ()
    try:
        rows = db.conn.execute("select cast(b.body as blob), b.digest from json_each(?) j "
                               "left join event_bodies b on b.event_id = j.value", [_IDS_JSON.encode(ids)]).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such column" not in str(exc) and "no such table" not in str(exc):
            raise
        if "json_each" not in str(exc):
            _without_digests.add(db)
        return None
    bodies, digests = zip(*rows)
    return bodies, digests


#: The ids of a page as a JSON array (``_bodies_in_order``), without an encoder made per call.
_IDS_JSON = json.JSONEncoder(separators=(",", ":"))


class BodyPage(NamedTuple):
    """A page of stored bodies (``query_event_bodies``): three sequences in page order."""

    ids: Sequence[str]
    bodies: Sequence[bytes | None]
    digests: Sequence[bytes | None]
    next_key: tuple | None


def _query_page(db: sqlite_utils.Database, query: EventQuery, full_rows: bool,
                bodies: bool) -> tuple[list, tuple | None, bool]:
    """``query_events``' page, and whether its rows are tuples that begin (sort key, id,
    body, digest) (asked by ``bodies``, given when the statements that found the page read
    its bodies too) rather than dicts."""
    if query.sort == "importance":
        return (*_query_by_importance(db, query, full_rows), False)
    descending = query.sort == "-date"
    direction = "desc" if descending else "asc"
    compare = "<" if descending else ">"
    has_window = query.from_day is not None or query.to_day is not None
    by_date = bool(query.q) and schema.events_fts_by_date(db)
    if by_date and not full_rows and query == EventQuery(q=query.q, sort=query.sort, limit=query.limit,
                                                         after=query.after, match=query.match):  # a search alone
        # A word with many hits has crowded days (the 1st of January holds the year-precise
        # events of the year: ~200 hits of a common word at 1M events); the hits of a page's
        # crowded last day are read, then dropped for the walk in id order, and reading their
        # bodies with them cost more than reading the page's 50 bodies after (0.67 -> 0.81 ms).
        with_bodies = bodies and _few_hits(db, query.q)
        page = _with_bodies(db, lambda: _query_in_index_order(db, query, bodies=True)) if with_bodies else None
        if page is not None:
            return (*page, True)
        return (*_query_in_index_order(db, query, bodies=False), False)
    selective = not query.q or _fts_is_selective(db, query.q)
    if not selective and not has_window and not full_rows:
        density = _fts_density(db, query.q, by_date)
        if density >= FTS_PROBE_MIN_DENSITY:
            key = "sort_desc" if descending else "sort_asc"
            page = _query_by_probing(db, query, key, direction, compare, density, by_date)
            if page is not None:
                return (*page, False)
    base_where, base_args = _filters(query, by_date, fts_driven=selective)
    n = query.limit + 1

    if has_window:
        key = "sort_asc"
        if query.match == "within":
            arms = ["sort_asc between ? and ? and end_day <= ? and span_class >= 0"]
            arm_args = [[query.from_day if query.from_day is not None else OPEN_START_DAY,
                         query.to_day if query.to_day is not None else OPEN_END_DAY,
                         query.to_day if query.to_day is not None else OPEN_END_DAY]]
        else:
            arms, arm_args = _overlap_arms(query.from_day, query.to_day)
        if query.after is not None:
            # Every arm starts "sort_asc between ? and ?". The cursor's (sort_asc, id) bound
            # does not narrow SQLite's range on the index, so its day does it here: a deep
            # page of a window otherwise walks the arm from the window's start.
            day = query.after[0]
            arm_args = [[p[0], min(p[1], day), *p[2:]] if descending else [max(p[0], day), *p[1:]]
                        for p in arm_args]
    else:
        key = "sort_desc" if descending else "sort_asc"
        arms, arm_args = ["1"], [[]]

    wheres, args = [], []
    for arm, params in zip(arms, arm_args):
        conditions = [arm] + base_where
        cond_args = list(params) + list(base_args)
        if query.after is not None:
            conditions.append(f"({key}, id) {compare} (?, ?)")
            cond_args += list(query.after)
        wheres.append(" and ".join(conditions))
        args.append(cond_args)
    order = f"order by {key} {direction}, id {direction} limit {n}"
    if bodies and not full_rows:
        page = _with_bodies(db, lambda: _arms_with_bodies(db, wheres, args, key, order, query))
        if page is not None:
            return (*page, True)
    # With one arm the page is read straight off the index. With several (one per span
    # class) each arm yields only keys, the first n of their merge are kept, and just those
    # n rows are read: reading whole rows in every arm read up to 8 x n rows per page.
    columns = EVENT_COLUMNS if len(arms) == 1 and full_rows else f"{key}, id"
    selects = [f"select {columns} from events where {where} {order}" for where in wheres]
    if len(selects) > 1 and not full_rows:
        rows = [{key: sort_key, "id": event_id}
                for sort_key, event_id in _merged_arms(db, selects, args, n, descending)]
    elif len(selects) > 1:
        keys = (" union all ".join(f"select * from ({s})" for s in selects)
                + f" order by {key} {direction}, id {direction} limit {n}")
        rows = list(db.query(f"select {_PREFIXED_COLUMNS} from ({keys}) k join events e on e.id = k.id "
                             f"order by k.{key} {direction}, k.id {direction}",
                             [a for arm in args for a in arm]))
    elif full_rows:
        rows = list(db.query(selects[0], args[0]))
    else:
        rows = [{key: sort_key, "id": event_id} for sort_key, event_id in db.execute(selects[0], args[0])]
    next_key = None
    if len(rows) > query.limit:
        rows = rows[: query.limit]
        last = rows[-1]
        next_key = (last[key], last["id"])
    return rows, next_key, False


#: The columns and join that give a page's events their stored bodies, in the statement that
#: finds them (``_arms_with_bodies``, ``_query_in_index_order``).
_BODY_COLUMNS = "cast(b.body as blob), b.digest"
_BODY_JOIN = "left join event_bodies b on b.event_id = events.id"


def _with_bodies(db: sqlite_utils.Database, read: Callable[[], tuple | None]) -> tuple | None:
    """``read()``, or None on a store older than schema 6 (``event_bodies`` or its digest
    missing: the caller then reads keys, and ``event_bodies_digested`` their bodies)."""
    try:
        return read()
    except sqlite3.OperationalError as exc:
        if "no such column" not in str(exc) and "no such table" not in str(exc):
            raise
        _without_digests.add(db)
        return None


def _arms_with_bodies(db: sqlite_utils.Database, wheres: list[str], args: list[list], key: str,
                      order: str, query: EventQuery) -> tuple[list[tuple], tuple | None] | None:
    """A page's (sort key, id, body, digest) rows and its next position, read in one statement
    that finds the keys and joins each to its body as it is read; None when SQLite would sort
    (the ORDER BY not an index's order: a sort reads the body of every matching event before
    keeping a page), or on a search, whose hit-set plans the join is not written for.

    The statement's own ORDER BY gives the page order. One arm is read straight off its
    index; several (a window, one per span class) are a ``union all``, which SQLite answers
    by merging the arms as each reads its index in order (``MERGE (UNION ALL)`` in its plan),
    stopping after the page: the merge of cursors in Python (``_merged_arms``) plus a second
    statement for the bodies cost half as much again. ``_in_index_order`` checks the plan
    once per statement.
    """
    if query.q:
        return None
    sql = " union all ".join(f"select {key}, id, {_BODY_COLUMNS} from events {_BODY_JOIN} where {where}"
                             for where in wheres) + f" {order}"
    values = args[0] if len(args) == 1 else [value for arm in args for value in arm]
    if not _in_index_order(db, sql, values):
        return None
    rows = db.conn.execute(sql, values).fetchall()
    next_key = None
    if len(rows) > query.limit:
        rows = rows[: query.limit]
        next_key = (rows[-1][0], rows[-1][1])
    return rows, next_key


#: Per connection: {statement: whether SQLite reads its rows in its ORDER BY, sorting none}.
_plans_in_order: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: Statements remembered per connection (filters and cursors give a few kinds of statement).
_PLANS_KEPT = 256


def _in_index_order(db: sqlite_utils.Database, sql: str, args: list) -> bool:
    """Whether SQLite answers ``sql`` by walking an index in its ORDER BY (no temporary
    B-tree to sort with), by its query plan, asked once per statement and connection."""
    plans = _plans_in_order.setdefault(db, {})
    ordered = plans.get(sql)
    if ordered is None:
        if len(plans) >= _PLANS_KEPT:
            plans.clear()
        detail = db.conn.execute("explain query plan " + sql, args).fetchall()
        ordered = plans[sql] = not any("TEMP B-TREE" in row[-1] for row in detail)
    return ordered


def _merged_arms(db: sqlite_utils.Database, selects: list[str], args: list[list], n: int,
                 descending: bool) -> list[tuple]:
    """The first ``n`` (sort key, id) of several arms, each already in page order.

    Read as a merge of the arms' cursors, so that about ``n`` rows are read in all, not
    ``n`` from every arm; and no sort (a ``union all ... order by`` sorted each arm's rows
    again, SQLite not knowing a subquery's order): a one-month window's keys went from
    0.28 to 0.06-0.11 ms. The arms' SQL texts differ (``_overlap_arms`` writes each span
    class in its own), so each keeps its prepared statement while all are open.
    """
    cursors = [db.conn.execute(sql, arm_args) for sql, arm_args in zip(selects, args)]
    try:
        return list(itertools.islice(heapq.merge(*cursors, reverse=descending), n))
    finally:
        for cursor in cursors:  # an unfinished statement would hold its read transaction open
            cursor.close()


#: The keyset of sort=importance: most independent sources, then most citations, then id.
IMPORTANCE_KEY = ("importance", "citation_count", "id")


def _query_by_importance(db: sqlite_utils.Database, query: EventQuery,
                         full_rows: bool) -> tuple[list[dict], tuple | None]:
    """A page in importance order (walks the importance index, testing the other filters)."""
    where, args = _filters(query, bool(query.q) and schema.events_fts_by_date(db))
    lo = query.from_day if query.from_day is not None else OPEN_START_DAY
    hi = query.to_day if query.to_day is not None else OPEN_END_DAY
    if query.from_day is not None or query.to_day is not None:
        if query.match == "within":
            where.append("span_class >= 0 and start_day >= ? and end_day <= ?")
        else:
            where.append("span_class >= 0 and start_day <= ? and end_day >= ?")
            lo, hi = hi, lo
        args += [lo, hi]
    if query.after is not None:
        where.append(f"({', '.join(IMPORTANCE_KEY)}) < (?, ?, ?)")
        args += list(query.after)
    columns = f"{EVENT_COLUMNS}, importance" if full_rows else ", ".join(IMPORTANCE_KEY)
    order = ", ".join(f"{k} desc" for k in IMPORTANCE_KEY)
    rows = list(db.query(f"select {columns} from events where {' and '.join(where) or '1'} "
                         f"order by {order} limit {query.limit + 1}", args))
    next_key = None
    if len(rows) > query.limit:
        rows = rows[: query.limit]
        next_key = tuple(rows[-1][k] for k in IMPORTANCE_KEY)
    return rows, next_key


def get_event_row(db: sqlite_utils.Database, event_id: str) -> dict | None:
    rows = event_rows(db, [event_id])
    return rows[0] if rows else None


def resolve_alias(db: sqlite_utils.Database, event_id: str) -> str | None:
    rows = list(db.query("select event_id from event_aliases where alias = ?", [event_id]))
    return rows[0]["event_id"] if rows else None

