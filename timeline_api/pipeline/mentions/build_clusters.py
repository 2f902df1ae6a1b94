"""Build the word-cluster table (``clusters.tsv``) the mention features read (not run at run time).

Words that appear in similar contexts in news ("rally", "protest", "march") share a
cluster, so the tagger can treat a word it never saw in TimeML like its neighbours. From
unlabelled news (the Timeline17 articles, without the four topics held out for the
timeline evaluation): counts of each frequent word's left and right neighbours, positive
PMI, a truncated SVD (scipy), and k-means (scipy) at two granularities, fixed seed.

    python -m timeline_api.pipeline.mentions.build_clusters [--corpus DIR] [--out FILE]
"""
from __future__ import annotations

import argparse
import os
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.vq import kmeans2
from scipy.sparse.linalg import svds

HERE = Path(__file__).resolve().parent
#: topics whose gold timelines are held out: their articles are not read here either
HELD_OUT = ("EgyptianProtest", "IraqWar", "MJ", "SyrianCrisis")
WORDS = 30_000  # words that get a cluster (by frequency, at least MIN_COUNT)
CONTEXTS = 5_000  # context words counted
MIN_COUNT = 5
DIMENSIONS = 100
GRANULARITIES = (64, 320)
SEED = 13

_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+")


def default_corpus() -> Path:
    repo = HERE.parents[2]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared" / "corpora" / "timeline17").is_dir():
            return base / "shared" / "corpora" / "timeline17"
    return repo.parent / "shared" / "corpora" / "timeline17"


def read_sentences(corpus: Path):
    for folder in sorted(corpus.iterdir()):
        if not folder.is_dir() or folder.name.startswith(HELD_OUT):
            continue
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.startswith("---"):
                text = text.split("---", 2)[-1]
            for line in text.splitlines():
                words = _WORD.findall(line.lower())
                if words:
                    yield [re.sub(r"\d", "0", w) for w in words]


def build(corpus: Path) -> dict[str, tuple[int, ...]]:
    sentences = list(read_sentences(corpus))
    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common(WORDS) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, (w, _) in enumerate(counts.most_common(CONTEXTS))}
    rows, cols = [], []
    # separate left and right context columns: "the X" and "X the" say different things
    for s in sentences:
        for k, w in enumerate(s):
            i = index.get(w)
            if i is None:
                continue
            for offset, side in ((-1, 0), (-2, 0), (1, 1), (2, 1)):
                j = k + offset
                if 0 <= j < len(s) and s[j] in contexts:
                    rows.append(i)
                    cols.append(side * CONTEXTS + contexts[s[j]])
    matrix = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)),
                               shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    col_sums = np.asarray(matrix.sum(axis=0)).ravel()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    rng = np.random.default_rng(SEED)
    u, sigma, _ = svds(ppmi, k=DIMENSIONS, v0=rng.standard_normal(min(ppmi.shape)))
    vectors = u * np.sqrt(sigma)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = []
    for k in GRANULARITIES:
        _, label = kmeans2(vectors, k, iter=25, minit="++", seed=SEED + k)
        labels.append(label)
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--out", type=Path, default=HERE / "clusters.tsv")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    table = build(a.corpus)
    with open(a.out, "w", encoding="utf-8") as handle:
        handle.write("# word\t" + "\t".join(f"k{k}" for k in GRANULARITIES) + "\n")
        for word, ids in table.items():
            handle.write(word + "\t" + "\t".join(map(str, ids)) + "\n")
    print(f"{len(table)} words -> {a.out} ({os.path.getsize(a.out) / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
