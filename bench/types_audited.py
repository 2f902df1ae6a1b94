"""The audited events whose type readers judged wrong, re-extracted: the types their citations get now.

    PYTHONPATH=/tmp/ty/old python bench/types_audited.py /tmp/ty/audit_old.json
    PYTHONPATH=$PWD python bench/types_audited.py /tmp/ty/audit_new.json
    python bench/types_audited.py --compare /tmp/ty/audit_old.json /tmp/ty/audit_new.json

Reads every judgement with "type_ok": false in bench/audit/*judgements*.jsonl and
/work/audit8/judgements*.jsonl, finds the event in the stores it may have come from, runs the
pipeline (the code on PYTHONPATH) over each citation's source and keeps the mentions that start
where the citation does.
"""
from __future__ import annotations

import datetime as dt
import glob
import json
import sqlite3
import sys
from pathlib import Path

JUDGEMENTS = sorted(glob.glob(str(Path(__file__).parent / "audit" / "*judgements*.jsonl"))
                    + glob.glob("/work/audit8/judgements*.jsonl"))
STORES = glob.glob("/work/audit8/*.db") + glob.glob("/tmp/nonevents/*.db")


def wrong_types() -> dict[str, dict]:
    seen: dict[str, dict] = {}
    for name in JUDGEMENTS:
        for line in Path(name).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("type_ok") is False:
                    seen.setdefault(row["id"], row)
    return seen


def dump(out: str) -> None:
    from timeline_api.model import Document
    from timeline_api.pipeline.run import extract

    found = {}
    for event_id in wrong_types():
        for store in STORES:
            conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
            rows = conn.execute("select s.id, s.text, s.published, c.start from citations c join sources s "
                                "on s.id = c.source_id where c.event_id = ?", (event_id,)).fetchall()
            if rows:
                found[event_id] = [[m.type, m.trigger] for sid, text, published, start in rows
                                   for m in extract(Document(text=text, published=dt.date.fromisoformat(published[:10]),
                                                             id=sid)).mentions if m.start == start]
                break
    Path(out).write_text(json.dumps(found))


def compare(old: str, new: str) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    notes = wrong_types()
    changed = [k for k in a if a[k] != b.get(k)]
    print(f"{len(notes)} events judged wrongly typed, {len(a)} found in a store, {len(changed)} change:")
    for k in changed:
        print(f"  {k}: {a[k]} -> {b.get(k)}\n      reader: {notes[k]['note'][:160]}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1])
