"""Build occurrences.json: how often each word is a happening in TimeML data (issue 13).

For every word form of the TempEval-3 training data (TimeBank and AQUAINT, ``../shared/tempeval/
train``), the number of times it appears and the number of times it is annotated an EVENT of class
OCCURRENCE (a happening: "bought", "killing", "crash"), and the same summed by verb lemma, and by verb lemma
the times it is annotated ASPECTUAL (a phase of another happening: "began", "ended")
(lemminflect), so that "beheaded" counts with "behead", "beheads". Detection reads the table to
tell a happening word from a state, a report or an intention ("remained", "said", "hoped")
without hand lists. Not imported at run time.

    python -m timeline_api.pipeline.events.build_occurrences [TRAIN_DIR]   # default: as mentions.train
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lemminflect import getAllLemmas

from ..mentions.timeml import read_corpus
from ..mentions.train import default_corpus

OUT = Path(__file__).with_name("occurrences.json")
#: A form seen fewer times than this says nothing (and would only make the table large).
MIN_SEEN = 2
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def count(folder: Path) -> tuple[Counter, Counter, str, Counter]:
    seen, occurrence, aspectual = Counter(), Counter(), Counter()
    digest = hashlib.sha256()
    for doc in read_corpus(str(folder)):
        digest.update(doc.text.encode("utf-8"))
        happening = {(e.start, e.end) for e in doc.events if e.cls == "OCCURRENCE"}
        phase = {(e.start, e.end) for e in doc.events if e.cls == "ASPECTUAL"}
        for m in _WORD.finditer(doc.text):
            form = m.group(0).lower()
            seen[form] += 1
            if (m.start(), m.end()) in happening:
                occurrence[form] += 1
            elif (m.start(), m.end()) in phase:
                aspectual[form] += 1
    return seen, occurrence, digest.hexdigest()[:16], aspectual


def build(folder: Path) -> dict:
    seen, occurrence, digest, aspectual = count(folder)
    forms = {f: [occurrence[f], n] for f, n in sorted(seen.items()) if n >= MIN_SEEN and occurrence[f]}
    lemmas: dict[str, list[int]] = {}
    for form, n in seen.items():
        for lemma in getAllLemmas(form, upos="VERB").get("VERB", ()):
            row = lemmas.setdefault(lemma, [0, 0])
            row[0] += occurrence[form]
            row[1] += n
    verbs = {lemma: row for lemma, row in sorted(lemmas.items()) if row[1] >= MIN_SEEN}
    phases: dict[str, int] = {}
    for form, n in aspectual.items():
        for lemma in getAllLemmas(form, upos="VERB").get("VERB", ()):
            phases[lemma] = phases.get(lemma, 0) + n
    return {"_doc": "Word forms and verb lemmas of the TempEval-3 training data (TimeBank + AQUAINT): "
                    "[times annotated an OCCURRENCE event, times seen]. Forms never an OCCURRENCE are left out; "
                    "verb lemmas are kept with their zeros (a verb seen but never a happening is a state or a "
                    "report). Built by build_occurrences.py; corpus digest below.",
            "corpus_sha256_16": digest, "forms": forms, "verb_lemmas": verbs,
            "_aspectual_doc": "Verb lemmas annotated ASPECTUAL (the start, end or going on of another event: "
                              "'began', 'ended', 'resumed'): times so annotated, out of the lemma's times seen above.",
            "aspectual_lemmas": {lemma: n for lemma, n in sorted(phases.items()) if lemma in verbs}}


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else default_corpus()
    table = build(folder)
    OUT.write_text(json.dumps(table, indent=0, sort_keys=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(OUT.name, len(table["forms"]), "forms,", len(table["verb_lemmas"]), "verb lemmas, corpus", table["corpus_sha256_16"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
