"""Score a system timeline against a gold timeline (fixtures/gold/README.md describes both sides).

Pure functions over plain data: ``gold`` is the parsed gold JSON, ``events`` are
API event resources (``GET /events`` items). Nothing here reads a store.

Matching is by citation: a system event *cites* a gold event when one of its
citations and one of the gold event's citations come from the same document
and quote overlapping text (:func:`quotes_overlap`). Then:

* a gold event is *found* when some system event cites it; recall is over the
  gold events not marked ``optional``;
* a system event is *correct* when it cites a gold event; one that cites only
  optional gold events (or only optional citations) is left out of precision,
  as is an undated system event that cites no gold event at all (the gold
  lists dated happenings; an undated leftover is not on the timeline);
* for each found required gold event, its *best* system event is the one that
  gathers most of its required citations (ties: a dated one, then an exact
  date); the date is *exact* when the best event's start and end equal the
  gold date's, the type is *right* when they are equal;
* merge quality: how many system events a gold event's citations are split
  into, and the share of its required citations gathered by the best one.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

#: Two quotes overlap when this share of the shorter one's words is found in the other.
OVERLAP = 0.6


def normalize_quote(text: str) -> str:
    """Lower case, one kind of quote mark, PTB brackets undone, single spaces."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("``", '"').replace("''", '"')
    text = re.sub(r"[“”«»]", '"', text)
    text = re.sub(r"[‘’`]", "'", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def quotes_overlap(a: str, b: str, threshold: float = OVERLAP) -> bool:
    """True when two quotes report from the same stretch of text.

    Containment settles most cases (a splitter may cut a sentence shorter or
    longer than the annotator); otherwise the shorter quote's words, in order
    of a longest common run, must mostly be found in the other.
    """
    na, nb = normalize_quote(a), normalize_quote(b)
    if not na or not nb:
        return False
    if na in nb or nb in na:
        return True
    wa, wb = _words(na), _words(nb)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    run = _longest_common_run(short, long_)
    return run / len(short) >= threshold


def _longest_common_run(a: list[str], b: list[str]) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _document_keys(name: str, meta: dict) -> set[str]:
    keys = {name, PurePath(name).stem}
    for field in ("url", "title"):
        value = (meta or {}).get(field)
        if value:
            keys.add(str(value).strip())
    return {k for k in keys if k}


def _citation_keys(citation: dict) -> set[str]:
    keys = set()
    document = citation.get("document")
    if document:
        keys.add(PurePath(str(document)).name)
        keys.add(PurePath(str(document)).stem)
    for field in ("url", "title"):
        value = citation.get(field)
        if value:
            keys.add(str(value).strip())
    return keys


def _same_document(gold_doc_keys: set[str], citation: dict) -> bool:
    return bool(gold_doc_keys & _citation_keys(citation))


def _dated(date: dict | None) -> bool:
    return bool(date) and (date.get("start") is not None or date.get("end") is not None)


def evaluate(gold: dict, events: list[dict]) -> dict:
    """Precision, recall, F1, date and type accuracy, and merge quality of ``events`` against ``gold``."""
    documents = gold.get("documents", {})
    doc_keys = {name: _document_keys(name, meta) for name, meta in documents.items()}
    gold_events = gold.get("events", [])

    # cites[g][s] = indices of gold citations of g that system event s cites
    cites: list[dict[int, set[int]]] = []
    cited_by: dict[int, set[int]] = {}
    for g_index, g in enumerate(gold_events):
        links: dict[int, set[int]] = {}
        for c_index, gc in enumerate(g.get("citations", [])):
            keys = doc_keys.get(gc["document"], {gc["document"], PurePath(gc["document"]).stem})
            for s_index, event in enumerate(events):
                for sc in event.get("citations", []):
                    if _same_document(keys, sc) and quotes_overlap(gc["quote"], sc.get("quote", "")):
                        links.setdefault(s_index, set()).add(c_index)
                        cited_by.setdefault(s_index, set()).add(g_index)
                        break
        cites.append(links)

    def required_citations(g: dict) -> set[int]:
        return {k for k, c in enumerate(g.get("citations", [])) if not c.get("optional")}

    # each system event reports one gold event: the one it fits best
    assigned: dict[int, int] = {}
    for s_index in cited_by:
        assigned[s_index] = max(
            cited_by[s_index],
            key=lambda g_index: (_fit(events[s_index], gold_events[g_index], cites[g_index][s_index]), -g_index),
        )

    # ---- precision
    correct, wrong, neutral, undated_leftovers = [], [], [], []
    for s_index, event in enumerate(events):
        if s_index in assigned:
            g = gold_events[assigned[s_index]]
            if not g.get("optional") and cites[assigned[s_index]][s_index] & required_citations(g):
                correct.append(s_index)
            else:
                neutral.append(s_index)
        elif not _dated(event.get("date")):
            undated_leftovers.append(s_index)
        else:
            wrong.append(s_index)

    # ---- recall, dates, types, merge
    per_event = []
    for g_index, g in enumerate(gold_events):
        required = required_citations(g)
        mine = [s for s, a in assigned.items() if a == g_index]
        if required:
            mine = [s for s in mine if cites[g_index][s] & required]
        row = {
            "id": g.get("id"), "title": g.get("title"), "type": g.get("type"),
            "optional": bool(g.get("optional")), "found": bool(mine),
            "documents": sorted({c["document"] for c in g.get("citations", [])}),
            "citations": len(required), "system_events": len(mine),
            "best": None, "date_exact": None, "type_right": None, "gathered": 0.0, "split": 0,
        }
        if mine:
            links = cites[g_index]
            best = max(mine, key=lambda s: (
                len(links[s] & required),
                _dated(events[s].get("date")),
                _date_equal(events[s].get("date"), g.get("date")),
                -s,
            ))
            event = events[best]
            row.update(
                best=event.get("id"), best_title=event.get("title"), best_type=event.get("type"),
                best_date=_date_text(event.get("date")),
                date_exact=_date_equal(event.get("date"), g.get("date")),
                type_right=event.get("type") == g.get("type"),
                gathered=len(links[best] & required) / len(required) if required else 1.0,
                split=len(mine),
            )
        per_event.append(row)

    required_rows = [r for r in per_event if not r["optional"]]
    found_rows = [r for r in required_rows if r["found"]]
    recall = len(found_rows) / len(required_rows) if required_rows else 1.0
    judged = len(correct) + len(wrong)
    precision = len(correct) / judged if judged else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    multi = [r for r in found_rows if len({c["document"] for c in _required(gold_events, r["id"])}) > 1]

    def share(rows, key):
        return sum(1 for r in rows if r[key]) / len(rows) if rows else 1.0

    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "date_exact": share(found_rows, "date_exact"),
        "type_right": share(found_rows, "type_right"),
        "merge": {
            "mean_split": sum(r["split"] for r in found_rows) / len(found_rows) if found_rows else 0.0,
            "one_entry": sum(1 for r in found_rows if r["split"] == 1) / len(found_rows) if found_rows else 1.0,
            "mean_gathered": sum(r["gathered"] for r in found_rows) / len(found_rows) if found_rows else 0.0,
            "multi_source_events": len(multi),
            "multi_source_one_entry": (sum(1 for r in multi if r["split"] == 1) / len(multi)) if multi else 1.0,
        },
        "counts": {
            "gold_events": len(gold_events),
            "gold_required": len(required_rows),
            "gold_found": len(found_rows),
            "system_events": len(events),
            "system_correct": len(correct),
            "system_wrong": len(wrong),
            "system_neutral": len(neutral),
            "system_undated_unmatched": len(undated_leftovers),
        },
        "events": per_event,
        "false_positives": [
            {"id": events[s].get("id"), "type": events[s].get("type"), "title": events[s].get("title"),
             "date": _date_text(events[s].get("date")),
             "quote": (events[s].get("citations") or [{}])[0].get("quote", "")}
            for s in wrong
        ],
    }


def _fit(event: dict, gold_event: dict, shared: set[int]) -> tuple:
    """How well a system event fits a gold event whose citations it shares."""
    date, gold_date = event.get("date") or {}, gold_event.get("date") or {}
    same_type = event.get("type") == gold_event.get("type")
    overlap = _dated(date) and _dated(gold_date) and _overlaps(date, gold_date)
    # the date each shared sentence gives, as the system read it and as the annotator did
    cited_dates = 0
    for k in shared:
        gc = gold_event["citations"][k]
        for sc in event.get("citations", []):
            if quotes_overlap(gc["quote"], sc.get("quote", "")) and _dated(gc.get("date")) \
                    and _dated(sc.get("date")) and _overlaps(sc["date"], gc["date"]):
                cited_dates += 1
                break
    return (overlap + cited_dates + same_type, _date_equal(date, gold_date), len(shared))


def _overlaps(a: dict, b: dict) -> bool:
    a_start, a_end = a.get("start") or "0000-01-01", a.get("end") or "9999-12-31"
    b_start, b_end = b.get("start") or "0000-01-01", b.get("end") or "9999-12-31"
    return a_start <= b_end and b_start <= a_end


def _required(gold_events: list[dict], event_id) -> list[dict]:
    for g in gold_events:
        if g.get("id") == event_id:
            return [c for c in g.get("citations", []) if not c.get("optional")]
    return []


def _date_equal(system: dict | None, gold: dict | None) -> bool:
    if not system or not gold:
        return False
    return system.get("start") == gold.get("start") and system.get("end") == gold.get("end")


def _date_text(date: dict | None) -> str:
    if not _dated(date):
        return "undated"
    start, end = date.get("start"), date.get("end")
    qualifier = date.get("qualifier") or "exact"
    span = start if start == end else f"{start or '..'}/{end or '..'}"
    return span if qualifier == "exact" else f"{span} ({qualifier})"


def format_report(result: dict) -> str:
    """The scores as a short plain-text report, worst news last."""
    c, m = result["counts"], result["merge"]
    lines = [
        f"events      precision {result['precision']:.2f}  recall {result['recall']:.2f}  F1 {result['f1']:.2f}",
        f"            gold {c['gold_required']} required ({c['gold_events']} in all), found {c['gold_found']}; "
        f"system {c['system_events']}: {c['system_correct']} correct, {c['system_wrong']} wrong, "
        f"{c['system_neutral']} neutral (optional gold), {c['system_undated_unmatched']} undated unmatched",
        f"dates       exact {result['date_exact']:.2f} of found events",
        f"types       right {result['type_right']:.2f} of found events",
        f"merge       one entry {m['one_entry']:.2f}  mean split {m['mean_split']:.2f}  "
        f"mean gathered {m['mean_gathered']:.2f}  multi-source in one entry "
        f"{m['multi_source_one_entry']:.2f} ({m['multi_source_events']} events)",
        "",
        "gold events:",
    ]
    for row in result["events"]:
        mark = "opt" if row["optional"] else ("ok " if row["found"] else "MISS")
        detail = ""
        if row["found"]:
            flags = []
            if not row["date_exact"]:
                flags.append(f"date {row.get('best_date')}")
            if not row["type_right"]:
                flags.append(f"type {row.get('best_type')}")
            if row["split"] > 1:
                flags.append(f"split {row['split']}")
            if row["gathered"] < 1:
                flags.append(f"gathered {row['gathered']:.2f}")
            detail = "  [" + ", ".join(flags) + "]" if flags else ""
        lines.append(f"  {mark:4} {row['id']}: {row['title']}{detail}")
    if result["false_positives"]:
        lines.append("")
        lines.append("system events not in the gold:")
        for fp in result["false_positives"]:
            lines.append(f"  - [{fp['type']}] {fp['title']} ({fp['date']})")
    return "\n".join(lines)
