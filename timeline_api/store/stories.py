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


def shared_fingerprints(db: sqlite_utils.Database, source_id: str, prints: Iterable[int],
                        among: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Other fingerprinted sources sharing a fingerprint: id -> (shared, their fingerprint count).

    ``among`` limits the answer to these sources.
    """
    prints = sorted(set(prints))
    out: dict[str, tuple[int, int]] = {}
    for i in range(0, len(prints), _BATCH):
        part = prints[i:i + _BATCH]
        sql = (f"select source_id, count(*) from source_sentences where hash in ({_marks(part)}) "
               "and source_id != ? group by source_id")
        for sid, shared in db.execute(sql, [*part, source_id]):
            out[sid] = (out.get(sid, (0, 0))[0] + shared, 0)
    if among is not None:
        out = {k: v for k, v in out.items() if k in set(among)}
    if out:
        ids = list(out)
        for sid, count in db.execute(f"select id, fingerprint_count from sources where id in ({_marks(ids)})", ids):
            out[sid] = (out[sid][0], count or 0)
    return out


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


def events_citing(db: sqlite_utils.Database, source_ids: list[str]) -> list[str]:
    if not source_ids:
        return []
    return [r[0] for r in db.execute(
        f"select distinct event_id from citations where source_id in ({_marks(source_ids)}) order by event_id",
        list(source_ids))]


_IMPORTANCE = ("(select count(distinct coalesce(s.story_id, s.id)) from citations c "
               "join sources s on s.id = c.source_id where c.event_id = events.id)")


def refresh_importance(db: sqlite_utils.Database, event_ids: Iterable[str]) -> None:
    """Recompute these events' importance: distinct story groups among their citations."""
    ids = sorted(set(event_ids))
    for i in range(0, len(ids), _BATCH):
        part = ids[i:i + _BATCH]
        db.execute(f"update events set importance = {_IMPORTANCE} where id in ({_marks(part)})", part)


def refresh_all_importance(db: sqlite_utils.Database) -> None:
    db.execute(f"update events set importance = {_IMPORTANCE}")
