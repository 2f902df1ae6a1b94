#!/usr/bin/env python3
"""Score the event-mention step (TempEval-3 Task B) and anchoring, cross-validated by document.

The TimeML training corpus (TimeBank + AQUAINT, ``../shared/tempeval/train/``) is cut into
K folds by document (document i goes to fold i mod K, in sorted order); each fold is tagged
by models trained, with ``train.py``'s fixed settings, on the other folds. Event spans are
scored strict and relaxed, the class and the other attributes as accuracy on relaxed
matches x relaxed F1 (TempEval-3's "class F1"). Anchoring is scored on the corpus's
event-timex TLINKs (see ``anchor.py``). Speed: documents per second of the shipped model
over the whole corpus, with and without the temporal tagger's own time.

    python bench/mentions.py                 # 5 folds, table for bench/README.md
    python bench/mentions.py --folds 3 --jobs 2
    python bench/mentions.py --no-cv         # speed and anchoring rules only
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

from timeline_api.pipeline.mentions import anchor
from timeline_api.pipeline.mentions import train as training
from timeline_api.pipeline.mentions.score import Tally
from timeline_api.pipeline.mentions.tagger import EVENT_THRESHOLD, MentionModel, default_model, prepare
from timeline_api.pipeline.mentions.timeml import read_corpus
from timeline_api.pipeline.temporal import find_dates


#: event-probability thresholds scored in the same run (the tagger uses EVENT_THRESHOLD)
THRESHOLDS = tuple(sorted({0.2, 0.25, 0.3, 0.35, 0.4, 0.5, EVENT_THRESHOLD}))


def _run_fold(corpus: str, folds: int, k: int) -> dict:
    """Train on the folds other than ``k``, tag fold ``k``: raw counts of both scorers."""
    docs = read_corpus(corpus)
    prepared = {d.name: training.examples(d) for d in docs}
    held = [d for i, d in enumerate(docs) if i % folds == k]
    rest = [d for i, d in enumerate(docs) if i % folds != k]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        training.train_all([ex for d in rest for ex in prepared[d.name]], Path(tmp))
        anchor_model = anchor.train([d for d in rest], prepared, Path(tmp))
        seconds = time.perf_counter() - t0
        model = MentionModel(Path(tmp))
        tallies = {t: Tally(training.SCORED) for t in THRESHOLDS}
        for doc in held:
            gold = [training._lowered(e) for e in doc.events]
            for t, tally in tallies.items():
                tally.add(gold, model.tag([ex.tagged for ex in prepared[doc.name]], doc.text, t))
        anchoring = anchor.evaluate(held, prepared, anchor_model)
        hand = hand_rules(held, prepared, anchor_model)
    return {"counts": {t: dict(tally.counts) for t, tally in tallies.items()}, "anchoring": anchoring, "hand": hand,
            "train_seconds": seconds}


def hand_rules(docs, prepared, model) -> dict:
    """The event detector's own date attachment against the learned anchoring, on the same links.

    Cases: gold events with a TLINK to an expression of their sentence whose word the
    hand-written detector (events/detect.py) also takes as a trigger and dates from an
    expression of that sentence. Correct when the chosen expression overlaps a linked one.
    """
    import datetime as dt

    from timeline_api.pipeline.events import detect_events
    from timeline_api.pipeline.model import Document
    from timeline_api.pipeline.sentences import split_sentences

    counts = {"cases": 0, "hand": 0, "learned": 0, "nearest": 0}
    for doc in docs:
        timexes = find_dates(doc.text, doc.dct)
        document = Document(doc.text, dt.date.fromisoformat(doc.dct))
        attached = {}
        for mention in detect_events(document, split_sentences(doc.text), timexes):
            # the mention keeps its head trigger and the date's words: the expression is the
            # one of the sentence with those words, the closest to the trigger
            same = [t for t in timexes if mention.start <= t.start < mention.end and t.text == mention.date.text]
            if same:
                attached[mention.trigger_start] = min(same, key=lambda t: abs(t.start - mention.trigger_start))
        for tokens, event, events, gold_timexes, linked in anchor.gold_cases(doc, prepared[doc.name]):
            timex = attached.get(event.start)
            if not linked or timex is None:
                continue
            if not any(g.start <= timex.start and timex.end <= g.end or timex.start <= g.start < timex.end
                       for g in gold_timexes):
                continue  # dated from outside the sentence or from a string the gold does not tag
            counts["cases"] += 1
            counts["hand"] += any(min(g.end, timex.end) > max(g.start, timex.start)
                                  for g in gold_timexes if g.tid in linked)
            choice = model.choose(tokens, event, gold_timexes, events)[0]
            counts["learned"] += choice.tid in linked
            counts["nearest"] += anchor.nearest(tokens, event, gold_timexes, events).tid in linked
    return counts


def cross_validate(corpus: str, folds: int, jobs: int) -> tuple[dict, dict, float]:
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_run_fold, [corpus] * folds, [folds] * folds, range(folds)))
    results = {}
    for t in THRESHOLDS:
        tally = Tally(training.SCORED)
        for part in parts:
            tally.counts.update(part["counts"][t])
        results[t] = tally.result()
    anchoring = anchor.merge([p["anchoring"] for p in parts])
    anchoring["_hand"] = {k: sum(p["hand"][k] for p in parts) for k in parts[0]["hand"]}
    return results, anchoring, sum(p["train_seconds"] for p in parts) / folds


def speed(docs, repeats: int = 2) -> dict:
    """Documents per second of the shipped model: the mention step alone and with find_dates."""
    model = default_model()
    timexes = {d.name: find_dates(d.text, d.dct) for d in docs}
    best_all = best_step = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for d in docs:
            find_dates(d.text, d.dct)
        t1 = time.perf_counter()
        for d in docs:
            model.tag(prepare(d.text, d.dct, timexes[d.name]), d.text)
        t2 = time.perf_counter()
        best_step = min(best_step, t2 - t1)
        best_all = min(best_all, t2 - t0)
    return {"docs": len(docs), "mentions_docs_per_s": len(docs) / best_step,
            "with_dates_docs_per_s": len(docs) / best_all}


def model_size() -> int:
    folder = Path(training.HERE)
    return sum(p.stat().st_size for p in folder.glob("*.crfsuite"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(training.default_corpus()))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1, help="folds trained at once")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    docs = read_corpus(a.corpus)
    out = {"corpus": a.corpus, "docs": len(docs), "events": sum(len(d.events) for d in docs)}
    if not a.no_cv:
        out["cv"], out["anchoring"], out["train_seconds"] = cross_validate(a.corpus, a.folds, a.jobs)
    else:
        prepared = {d.name: training.examples(d) for d in docs}
        out["anchoring"] = anchor.evaluate(docs, prepared, None)
    out["speed"] = speed(docs)
    out["model_bytes"] = model_size()
    if a.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"corpus {a.corpus}: {out['docs']} documents, {out['events']} events")
    if "cv" in out:
        r = out["cv"][EVENT_THRESHOLD]
        print(f"\n{a.folds}-fold cross-validation by document (mean training time per fold "
              f"{out['train_seconds']:.0f} s), event threshold {EVENT_THRESHOLD}:\n")
        print("| measure | P | R | F1 | accuracy on matches |")
        print("|---|---|---|---|---|")
        for span in ("strict", "relaxed"):
            s = r[span]
            print(f"| event span, {span} | {100 * s['p']:.2f} | {100 * s['r']:.2f} | {100 * s['f1']:.2f} | |")
        for name, _ in training.SCORED:
            print(f"| {name} | | | {100 * r[name]['f1']:.2f} | {100 * r[name]['accuracy']:.2f} |")
        print("\nBy event-probability threshold (0.5 = plain decoding):\n")
        print("| threshold | P | R | event F1 (relaxed) | class F1 |")
        print("|---|---|---|---|---|")
        for t, res in out["cv"].items():
            s = res["relaxed"]
            print(f"| {t} | {100 * s['p']:.2f} | {100 * s['r']:.2f} | {100 * s['f1']:.2f} "
                  f"| {100 * res['class']['f1']:.2f} |")
    print("\nAnchoring (event-timex TLINKs whose timex is in the event's sentence):\n")
    hand = out["anchoring"].pop("_hand", None)
    print(anchor.format_table(out["anchoring"]))
    if hand and hand["cases"]:
        n = hand["cases"]
        print(f"\nOn the {n} linked events the hand-written detector (events/detect.py) also dates from "
              f"an expression of the sentence: its attachment {100 * hand['hand'] / n:.2f}%, learned "
              f"{100 * hand['learned'] / n:.2f}%, nearest expression {100 * hand['nearest'] / n:.2f}%")
    s = out["speed"]
    print(f"\nspeed over {s['docs']} documents (fastest of 2 runs): mention step "
          f"{s['mentions_docs_per_s']:.1f} docs/s, with find_dates {s['with_dates_docs_per_s']:.1f} docs/s; "
          f"model files {out['model_bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
