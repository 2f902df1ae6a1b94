"""Use cases of importance: story groups at ingest, importance of events, the key dates of a window.

Part of the service layer (api/cli -> service -> here -> pipeline and store). An event's
importance is the number of independent sources citing it: distinct story groups, where
copies of one story (pipeline/stories.py) form one group whose id is the smallest source
id in it, so the grouping does not depend on the order documents arrive in.
"""
from __future__ import annotations

from typing import Callable

import sqlite_utils

from .pipeline import stories
from .store import stories as story_store


def _copies(db, source_id: str, prints, among: list[str] | None = None) -> list[str]:
    """Stored sources that are copies of the text with these fingerprints (furniture left out)."""
    own = set(prints) - story_store.common_of(db, prints)
    shared = story_store.shared_fingerprints(db, source_id, own, among)
    return sorted(sid for sid, (n, size) in shared.items() if stories.are_copies(n, len(own), size))


def assign_story(db: sqlite_utils.Database, source_id: str, text: str) -> list[str]:
    """Fingerprint a new source and join it to the story groups of its copies.

    A sentence this source makes common (furniture) no longer links anything: the groups
    of the sources holding it are first split again where it was the link.
    Returns the other sources whose story id changed (their events' importance may change).
    """
    prints = stories.fingerprints(text)
    story_store.save_fingerprints(db, source_id, prints)
    moved: list[str] = []
    furniture = story_store.mark_common(db, prints, stories.COMMON_MIN_SOURCES)
    if furniture:
        holders = story_store.sources_with(db, furniture)
        for story in sorted({s for s in story_store.story_of(db, holders).values() if s}):
            moved += regroup(db, story)
    copies = _copies(db, source_id, prints)
    groups = {s for s in story_store.story_of(db, copies).values() if s}
    members = sorted({source_id, *copies, *story_store.story_members(db, groups)})
    changed = story_store.set_story(db, members, members[0])
    return list(dict.fromkeys(s for s in [*moved, *changed] if s != source_id))


def regroup(db: sqlite_utils.Database, story_id: str) -> list[str]:
    """Split a story group again after one of its sources left (replaced by a new text).

    The remaining members are linked by their own copy relations; each connected part
    takes its smallest id. Returns the sources whose story id changed.
    """
    members = story_store.story_members(db, [story_id])
    parent = {m: m for m in members}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for member in members:
        for other in _copies(db, member, story_store.fingerprints_of(db, member), among=members):
            a, b = root(member), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    changed: list[str] = []
    parts: dict[str, list[str]] = {}
    for member in members:
        parts.setdefault(root(member), []).append(member)
    for head, part in parts.items():
        changed += story_store.set_story(db, part, head)
    return changed


def after_ingest(db: sqlite_utils.Database, source_id: str, text: str, replaced: dict | None,
                 event_ids: list[str]) -> list[str]:
    """Story group of a new source and importance of every event that may have changed.

    ``replaced`` is the row of the source this one replaced (same URL), if any; it has been
    deleted. Returns the events whose stored bodies must be rebuilt: ``event_ids`` and the
    events citing a source whose story group changed.
    """
    moved = assign_story(db, source_id, text)
    if replaced is not None and replaced.get("story_id"):
        moved += regroup(db, replaced["story_id"])
    events = list(dict.fromkeys([*event_ids, *story_store.events_citing(db, moved)]))
    story_store.refresh_importance(db, events)
    return events


def backfill(db: sqlite_utils.Database, everything: bool = False, batch: int = 200,
             progress: Callable[[int], None] | None = None) -> int:
    """Fingerprint and group the sources stored before schema version 3; returns how many.

    With ``everything``, every source is fingerprinted and grouped again (after a change of
    the rules in pipeline/stories.py). Each batch is one transaction; when any source was
    done, every event's importance is recomputed and its stored body dropped
    (``service.reindex`` stores it again).
    """
    if everything:
        with db.atomic():
            story_store.forget_groups(db)
    done, after = 0, ""
    while True:
        rows = story_store.unfingerprinted_sources(db, after, batch)
        if not rows:
            break
        with db.atomic():
            for row in rows:
                assign_story(db, row["id"], row["text"])
        done += len(rows)
        after = rows[-1]["id"]
        if progress:
            progress(done)
    if done:
        with db.atomic():
            story_store.refresh_all_importance(db)
            db.execute("delete from event_bodies")
    return done
