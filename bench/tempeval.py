#!/usr/bin/env python3
"""Score the temporal tagger on the TempEval-3 training corpus (TimeBank + AQUAINT).

Runs ``find_dates`` over every document of ``../shared/tempeval/train/``,
scores it with the corpus's own ``score.py`` (TempEval-3 Task A timex
metric: strict, relaxed, value and type F1) and, in the same run, times a
plain ``dateparser.search.search_dates`` pass on the same documents (or a
subset: ``--baseline-docs``) for the speed comparison.

    python bench/tempeval.py                      # table + speed
    python bench/tempeval.py --errors             # also list misses
    python bench/tempeval.py --baseline-docs 0    # skip the dateparser baseline
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "tempeval"))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

from timeline_api.pipeline.temporal import find_dates


def load_scorer(corpus_dir: str):
    """Import the corpus's score.py by path (it is standard library only)."""
    path = os.path.join(corpus_dir, "score.py")
    spec = importlib.util.spec_from_file_location("tempeval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(text: str, dct: str):
    return [(t.start, t.end, t.type, t.value) for t in find_dates(text, dct)]


def baseline_predict(text: str, dct: str):
    """A plain dateparser search_dates pass: every hit a DATE valued at its day."""
    import datetime as dt

    from dateparser.search import search_dates

    anchor = dt.datetime.fromisoformat(dct[:10])
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": anchor}) or []
    out, pos = [], 0
    for surface, when in found:
        i = text.find(surface, pos)
        if i < 0:
            continue
        pos = i + len(surface)
        out.append((i, pos, "DATE", when.date().isoformat()))
    return out


def interleaved_timing(docs, repeats: int) -> tuple[float, float]:
    """Seconds for find_dates and for search_dates over the documents.

    The two run one after the other on each document, ``repeats`` times, and
    each document counts its fastest run of each: the machine's load then
    weighs on both alike (other jobs share the cores this runs on).
    """
    ours = base = 0.0
    for doc in docs:
        best_ours = best_base = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            predict(doc.text, doc.dct)
            t1 = time.perf_counter()
            baseline_predict(doc.text, doc.dct)
            t2 = time.perf_counter()
            best_ours, best_base = min(best_ours, t1 - t0), min(best_base, t2 - t1)
        ours += best_ours
        base += best_base
    return ours, base


def per_type_scores(scorer, docs, predictions) -> dict:
    """Strict, relaxed and value F1 per TimeML type, the TempEval-3 alignment reused.

    For type T a pair counts when gold and system both say T (so a type
    error costs both sides); P = pairs / system timexes of type T, R = pairs
    / gold timexes of type T.
    """
    out = {}
    for doc, preds in zip(docs, predictions):
        gold = [t for t in doc.timexes if t.type in scorer.SCORED_TYPES]
        sys_ = [scorer.Timex(s, e, ty, v) for s, e, ty, v in preds]
        for t in gold:
            out.setdefault(t.type, Counter())["gold"] += 1
        for t in sys_:
            out.setdefault(t.type, Counter())["sys"] += 1
        for i, j in scorer.align(gold, sys_):
            g, p = gold[i], sys_[j]
            if g.type != p.type:
                continue
            c = out[g.type]
            c["relaxed"] += 1
            c["strict"] += g.span() == p.span()
            c["value"] += (g.value or "").strip() == (p.value or "").strip()
    return out


def _f1(tp: int, n_sys: int, n_gold: int) -> float:
    return 200 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0


def per_type_table(per_type: dict) -> list[str]:
    lines = ["| type | gold | sys | strict F1 | relaxed F1 | value F1 |", "|---|---|---|---|---|---|"]
    for ty in ("DATE", "TIME", "DURATION", "SET"):
        c = per_type.get(ty, Counter())
        lines.append(f"| {ty} | {c['gold']} | {c['sys']} | {_f1(c['strict'], c['sys'], c['gold']):.2f} "
                     f"| {_f1(c['relaxed'], c['sys'], c['gold']):.2f} | {_f1(c['value'], c['sys'], c['gold']):.2f} |")
    return lines


def run(corpus: str, folders: list[str], scorer, fn, docs_by_folder):
    out = {}
    for folder in folders:
        out[folder] = scorer.score_docs(docs_by_folder[folder], fn, keep_errors=True)
    out["all"] = scorer.score_docs(docs_by_folder["all"], fn, keep_errors=True)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="folder with score.py and train/")
    ap.add_argument("--errors", action="store_true", help="list misses and mismatches")
    ap.add_argument("--error-kind", choices=["FN", "FP", "mismatch"], help="only this kind of error")
    ap.add_argument("--baseline-docs", type=int, default=256,
                    help="documents for the dateparser search_dates baseline (0: skip)")
    ap.add_argument("--repeats", type=int, default=2,
                    help="timing runs per document and tool (the fastest counts)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    scorer = load_scorer(a.corpus)
    train = os.path.join(a.corpus, "train")
    folders = sorted(d for d in os.listdir(train) if os.path.isdir(os.path.join(train, d)))
    docs = {f: scorer.load_corpus(os.path.join(train, f)) for f in folders}
    docs["all"] = [d for f in folders for d in docs[f]]

    find_dates("warm up on Friday, May 5, 2020", "2020-05-06")
    results = {}
    for name in folders + ["all"]:
        results[name] = scorer.score_docs(docs[name], predict, keep_errors=a.errors)

    res = results["all"]
    n_docs = len(docs["all"])
    ours_dps = n_docs / res["seconds_total"] if res["seconds_total"] else float("inf")

    base = None
    if a.baseline_docs:
        subset = docs["all"][:: max(1, n_docs // a.baseline_docs)][: a.baseline_docs]
        baseline_predict("warm up on Friday, May 5, 2020", "2020-05-06")
        ours_sub = scorer.score_docs(subset, predict)
        base = scorer.score_docs(subset, baseline_predict)
        ours_s, base_s = interleaved_timing(subset, a.repeats)
        base["docs_per_s"] = len(subset) / base_s
        base["ours_docs_per_s"] = len(subset) / ours_s
        base["ours_on_subset"] = ours_sub

    if a.json:
        print(json.dumps({"results": results, "baseline": base}, indent=1, default=str))
        return 0

    print("| corpus | docs | gold | sys | strict F1 | relaxed F1 | value F1 | type F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in folders + ["all"]:
        r = results[name]
        print(f"| {name} | {r['n_docs']} | {r['n_gold']} | {r['n_sys']} | {100 * r['strict']['f1']:.2f} "
              f"| {100 * r['relaxed']['f1']:.2f} | {100 * r['value']['f1']:.2f} | {100 * r['type']['f1']:.2f} |")
    print()
    print("Per type (all training documents; a pair counts for a type when gold and system agree on it):")
    print()
    predictions = [predict(d.text, d.dct) for d in docs["all"]]
    print("\n".join(per_type_table(per_type_scores(scorer, docs["all"], predictions))))
    print()
    print(f"strict P/R {100 * res['strict']['p']:.2f}/{100 * res['strict']['r']:.2f}, "
          f"relaxed P/R {100 * res['relaxed']['p']:.2f}/{100 * res['relaxed']['r']:.2f}, "
          f"value accuracy on matches {100 * res['value']['accuracy']:.2f}")
    print()
    print(f"speed: find_dates {ours_dps:.1f} docs/s over all {n_docs} documents (first pass, while scoring)")
    if base:
        ratio = base["ours_docs_per_s"] / base["docs_per_s"]
        print(f"speed on {base['n_docs']} documents, the two interleaved per document, fastest of "
              f"{a.repeats} runs each: find_dates {base['ours_docs_per_s']:.1f} docs/s, "
              f"search_dates {base['docs_per_s']:.1f} docs/s -> {ratio:.1f}x")
        print(f"search_dates baseline on that subset: strict {100 * base['strict']['f1']:.2f}, relaxed "
              f"{100 * base['relaxed']['f1']:.2f}, value {100 * base['value']['f1']:.2f} "
              f"(ours there: strict {100 * base['ours_on_subset']['strict']['f1']:.2f}, relaxed "
              f"{100 * base['ours_on_subset']['relaxed']['f1']:.2f}, value {100 * base['ours_on_subset']['value']['f1']:.2f})")
    if a.errors:
        kinds = Counter(e["kind"] for e in res["errors"])
        print()
        print("errors:", dict(kinds))
        for e in res["errors"]:
            if a.error_kind and e["kind"] != a.error_kind:
                continue
            print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
