"""Rebuild the event-mention models from TimeML data (never imported at run time).

    python -m timeline_api.pipeline.mentions.train                 # ../shared/tempeval/train -> this package
    python -m timeline_api.pipeline.mentions.train --out /tmp/m    # elsewhere
    python -m timeline_api.pipeline.mentions.train --no-check      # skip the held-out check

Settings are fixed (``CRF_PARAMS``, ``ATTRIBUTE_PARAMS``); L-BFGS training is deterministic,
so the same corpus gives the same model files. Before training on every document it trains
on four fifths and prints the TempEval-3 Task B scores on the fifth it left out (every fifth
document by sorted name), so each rebuild shows what it is worth.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from . import anchor, attributes
from .score import Tally
from .tagger import MODEL_FILE, NO_EVENT, MentionModel, TaggedSentence, prepare
from .timeml import TimeMLDoc, read_corpus

HERE = Path(__file__).resolve().parent


def default_corpus() -> Path:
    """``$TEMPEVAL_TRAIN``, else ``shared/tempeval/train`` beside the checkout or one level up."""
    if os.environ.get("TEMPEVAL_TRAIN"):
        return Path(os.environ["TEMPEVAL_TRAIN"])
    repo = HERE.parents[2]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared" / "tempeval" / "train").is_dir():
            return base / "shared" / "tempeval" / "train"
    return repo.parent / "shared" / "tempeval" / "train"

#: L-BFGS with elastic-net regularisation; c1 keeps the model small (most weights zero).
CRF_PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}
ATTRIBUTE_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 100}


@dataclass
class Example:
    """A prepared sentence with its gold labels: class per token, gold event per token."""

    tagged: TaggedSentence
    labels: list[str]
    events: list  # GoldEvent or None per token


def examples(doc: TimeMLDoc) -> list[Example]:
    """The document's sentences, labelled from its EVENT tags."""
    out = []
    events = sorted(doc.events, key=lambda e: e.start)
    for tagged in prepare(doc.text, doc.dct):
        gold = [None] * len(tagged.tokens)
        for event in events:
            if event.end <= tagged.sentence.start or event.start >= tagged.sentence.end:
                continue
            for i, tok in enumerate(tagged.tokens):
                if tok.start < event.end and tok.end > event.start and gold[i] is None:
                    gold[i] = event
                    break  # one token per event: its first
        out.append(Example(tagged, [e.cls if e else NO_EVENT for e in gold], gold))
    return out


def train_mentions(data: list[Example], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in data:
        trainer.append(ex.tagged.features, ex.labels)
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(path))


def _gold_value(event, name: str) -> str:
    value = getattr(event, name)
    return attributes.label(value.lower() if name == "modality" else value)


def train_attributes(data: list[Example], folder: Path) -> None:
    items = [(attributes.event_features(ex.tagged, i), event) for ex in data
             for i, event in enumerate(ex.events) if event is not None]
    for name in attributes.ATTRIBUTES:
        trainer = pycrfsuite.Trainer(verbose=False)
        for feats, event in items:
            if getattr(event, name) is not None:
                trainer.append([feats], [_gold_value(event, name)])
        trainer.set_params(ATTRIBUTE_PARAMS)
        trainer.train(str(folder / attributes.file_name(name)))


def train_all(data: list[Example], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    train_mentions(data, folder / MODEL_FILE)
    train_attributes(data, folder)


SCORED = (("class", "cls"), ("tense", "tense"), ("aspect", "aspect"), ("polarity", "polarity"),
          ("modality", "modality"))


def score(model: MentionModel, docs: list[TimeMLDoc], prepared: dict[str, list[Example]]) -> dict:
    """TempEval-3 Task B scores of ``model`` on ``docs`` (gold modality lowercased)."""
    tally = Tally(SCORED)
    for doc in docs:
        system = model.tag([ex.tagged for ex in prepared[doc.name]], doc.text)
        gold = [_lowered(e) for e in doc.events]
        tally.add(gold, system)
    return tally.result()


def _lowered(event):
    from dataclasses import replace

    return replace(event, modality=event.modality.lower())


def corpus_digest(folder: Path) -> str:
    """A short digest of the corpus files, to record which data a model came from."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*.tml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def format_scores(result: dict) -> str:
    lines = [f"events: gold {result['gold']}, system {result['sys']}",
             "strict  P {p:.2f} R {r:.2f} F1 {f1:.2f}".format(**{k: 100 * v for k, v in result["strict"].items()}),
             "relaxed P {p:.2f} R {r:.2f} F1 {f1:.2f}".format(**{k: 100 * v for k, v in result["relaxed"].items()})]
    for name, _ in SCORED:
        lines.append(f"{name:8} accuracy {100 * result[name]['accuracy']:.2f}  F1 {100 * result[name]['f1']:.2f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus(), help="folder of TimeML files")
    ap.add_argument("--out", type=Path, default=HERE, help="folder for the model files")
    ap.add_argument("--no-check", action="store_true", help="skip the held-out fifth")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs = read_corpus(str(a.corpus))
    prepared = {d.name: examples(d) for d in docs}
    print(f"corpus {a.corpus} ({len(docs)} documents, {sum(len(d.events) for d in docs)} events, "
          f"digest {corpus_digest(a.corpus)})")
    if not a.no_check:
        import tempfile

        held = [d for i, d in enumerate(docs) if i % 5 == 0]
        rest = [d for i, d in enumerate(docs) if i % 5 != 0]
        with tempfile.TemporaryDirectory() as tmp:
            train_all([ex for d in rest for ex in prepared[d.name]], Path(tmp))
            result = score(MentionModel(Path(tmp)), held, prepared)
            anchoring = anchor.evaluate(held, prepared, anchor.train(rest, prepared, Path(tmp)))
        print(f"held-out fifth ({len(held)} documents), trained on the other {len(rest)}:")
        print(format_scores(result))
        print(anchor.format_table(anchoring))
    train_all([ex for d in docs for ex in prepared[d.name]], a.out)
    anchor.train(docs, prepared, a.out)
    sizes = sum(os.path.getsize(p) for p in a.out.glob("*.crfsuite"))
    print(f"wrote {a.out}/*.crfsuite ({sizes / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
