"""Story groups and importance: which sources are copies of one story, how many stories cite an event."""
from __future__ import annotations

from typing import Iterable

import sqlite_utils

#: Events whose importance one statement recomputes (SQLite allows 999 parameters in old builds).
_BATCH = 500


def _marks(values) -> str:
    return ",".join("?" for _ in values)


def save_fingerprints(db: sqlite_utils.Database, source_id: str, prints: Iterable[int]) -> None:
    prints = sorted(set(prints))
    db.conn.executemany("insert or ignore into source_sentences (hash, source_id) values (?, ?)",
                        [(h, source_id) for h in prints])
    db.execute("update sources set fingerprint_count = ? where id = ?", [len(prints), source_id])


def mark_common(db: sqlite_utils.Database, prints: Iterable[int], min_sources: int) -> list[int]:
    """Record which of these fingerprints are now in ``min_sources`` sources; returns the new ones."""
    prints = sorted(set(prints))
    found: list[int] = []
    for i in range(0, len(prints), _BATCH):
        part = prints[i:i + _BATCH]
        found += [r[0] for r in db.execute(
            f"select hash from source_sentences where hash in ({_marks(part)}) "
            "and hash not in (select hash from common_sentences) group by hash having count(*) >= ?",
            [*part, min_sources])]
    db.conn.executemany("insert or ignore into common_sentences (hash) values (?)", [(h,) for h in found])
    return found


def common_of(db: sqlite_utils.Database, prints: Iterable[int]) -> set[int]:
    prints = sorted(set(prints))
    out: set[int] = set()
    for i in range(0, len(prints), _BATCH):
        part = prints[i:i + _BATCH]
        out |= {r[0] for r in db.execute(f"select hash from common_sentences where hash in ({_marks(part)})", part)}
    return out


def sources_with(db: sqlite_utils.Database, prints: list[int]) -> list[str]:
    if not prints:
        return []
    return [r[0] for r in db.execute(
        f"select distinct source_id from source_sentences where hash in ({_marks(prints)})", prints)]


def shared_fingerprints(db: sqlite_utils.Database, source_id: str, prints: Iterable[int],
                        among: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Other sources sharing one of these (not common) fingerprints: id -> (shared, their count).

    Their count leaves their common fingerprints out. ``among`` limits the answer to these sources.
    """
    prints = sorted(set(prints))
    shared: dict[str, int] = {}
    for i in range(0, len(prints), _BATCH):
        part = prints[i:i + _BATCH]
        sql = (f"select source_id, count(*) from source_sentences where hash in ({_marks(part)}) "
               "and source_id != ? group by source_id")
        for sid, n in db.execute(sql, [*part, source_id]):
            shared[sid] = shared.get(sid, 0) + n
    if among is not None:
        shared = {k: v for k, v in shared.items() if k in set(among)}
    if not shared:
        return {}
    ids = list(shared)
    counts = dict(db.execute(f"select id, fingerprint_count from sources where id in ({_marks(ids)})", ids).fetchall())
    common = dict(db.execute(
        f"select s.source_id, count(*) from source_sentences s join common_sentences c on c.hash = s.hash "
        f"where s.source_id in ({_marks(ids)}) group by s.source_id", ids).fetchall())
    return {sid: (n, (counts.get(sid) or 0) - common.get(sid, 0)) for sid, n in shared.items()}


def fingerprints_of(db: sqlite_utils.Database, source_id: str) -> list[int]:
    return [r[0] for r in db.execute("select hash from source_sentences where source_id = ?", [source_id])]


def story_of(db: sqlite_utils.Database, source_ids: list[str]) -> dict[str, str | None]:
    if not source_ids:
        return {}
    return dict(db.execute(f"select id, story_id from sources where id in ({_marks(source_ids)})",
                           list(source_ids)).fetchall())


def story_members(db: sqlite_utils.Database, story_ids: Iterable[str]) -> list[str]:
    story_ids = sorted(set(story_ids))
    if not story_ids:
        return []
    return [r[0] for r in db.execute(
        f"select id from sources where story_id in ({_marks(story_ids)}) order by id", story_ids)]


def set_story(db: sqlite_utils.Database, source_ids: list[str], story_id: str) -> list[str]:
    """Put these sources in one story; returns those whose story changed."""
    if not source_ids:
        return []
    changed = [r[0] for r in db.execute(
        f"select id from sources where id in ({_marks(source_ids)}) and story_id is not ?",
        [*source_ids, story_id])]
    if changed:
        db.execute(f"update sources set story_id = ? where id in ({_marks(changed)})", [story_id, *changed])
    return changed


def unfingerprinted_sources(db: sqlite_utils.Database, after: str, limit: int) -> list[dict]:
    """Sources stored before story groups existed (schema < 3), in id order, with their text."""
    return list(db.query("select id, text from sources where fingerprint_count is null and id > ? "
                         "order by id limit ?", [after, limit]))


def forget_groups(db: sqlite_utils.Database) -> None:
    """Drop every fingerprint and story group (they are then built again, source by source)."""
    db.execute("delete from source_sentences")
    db.execute("delete from common_sentences")
    db.execute("update sources set story_id = null, fingerprint_count = null")


def events_citing(db: sqlite_utils.Database, source_ids: list[str]) -> list[str]:
    if not source_ids:
        return []
    return [r[0] for r in db.execute(
        f"select distinct event_id from citations where source_id in ({_marks(source_ids)}) order by event_id",
        list(source_ids))]


#: Distinct stories among an event's citations, one sentence word for word counting once: a
#: factbox or explainer paragraph that an outlet repeats under many stories ("This was
#: completed at 1930 CDT on 1 June" in 13 articles) is one voice, not thirteen.
_IMPORTANCE = ("(select count(distinct story) from (select min(coalesce(s.story_id, s.id)) as story "
               "from citations c join sources s on s.id = c.source_id where c.event_id = events.id "
               "group by c.quote))")


def refresh_importance(db: sqlite_utils.Database, event_ids: Iterable[str]) -> None:
    """Recompute these events' importance: distinct story groups among their citations,
    a quote repeated word for word in several stories counting once."""
    ids = sorted(set(event_ids))
    for i in range(0, len(ids), _BATCH):
        part = ids[i:i + _BATCH]
        db.execute(f"update events set importance = {_IMPORTANCE} where id in ({_marks(part)})", part)


def refresh_all_importance(db: sqlite_utils.Database) -> None:
    db.execute(f"update events set importance = {_IMPORTANCE}")
