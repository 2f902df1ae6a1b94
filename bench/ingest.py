"""Ingestion at scale: docs/s of `timeline-api ingest` (--jobs 1 vs 2) and merge cost as the store grows.

    python bench/ingest.py corpus --docs 10000            # bench/out/corpus/: real news, replicated
    python bench/ingest.py throughput --docs 1500         # timeline-api ingest, --jobs 1 then 2
    python bench/ingest.py merge --sizes 1000,10000,200000 --sample 30

**corpus** writes one JSON document per file from real news text: the five seeds, the
TimeML training texts (``/work/shared/tempeval/train/*/*.tml``: the ``<TEXT>`` with its tags
removed, the creation time as ``published``) and the Timeline17 articles
(``/work/shared/corpora/timeline17``, already in our input format). It replicates them
in rounds up to ``--docs``; a copy gets its own URL and a last line naming the copy, so it is a
new source whose events merge into the ones the original created.

**throughput** runs the real command, ``timeline-api ingest CORPUS --db NEW.db --jobs N
--quiet``, on the first ``--docs`` files (a folder of symlinks), into a fresh store for each
``N``, and samples the resident memory of the command and its worker processes.

**merge** measures ``service.ingest_extraction`` alone (extraction done beforehand) for the
same sample of real documents into stores that already hold 1k, 10k (built by
``bench/generate.py`` with 5 events per source, the ratio of the 1M-event store) and 200k
sources (a copy of the 1M-event store itself), and reports the time per document: it should
not grow with the store. Variant ``terms`` measures the same with the mention's terms passed
to ``candidates_by_date`` (``service._candidates`` is patched for that run only).
"""
from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent
TEMPEVAL = Path("/work/shared/tempeval/train")
TIMELINE17 = Path("/work/shared/corpora/timeline17")


# ---------------------------------------------------------------- corpus

def tml_document(path: Path) -> dict | None:
    """A TimeML file as one of our JSON documents: the TEXT without tags, the DCT as published."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not dct or not body:
        return None
    text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()
    return {"title": path.stem, "outlet": path.parent.name, "url": "", "published": dct.group(1),
            "text": text}


def originals() -> list[dict]:
    from timeline_api import documents
    from timeline_api.errors import DocumentError

    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for doc in documents.read_path(path):
            out.append({"title": doc.title, "outlet": doc.outlet, "url": doc.url,
                        "published": doc.published.isoformat(), "text": doc.text})
    for path in sorted(TEMPEVAL.glob("*/*.tml")):
        doc = tml_document(path)
        if doc:
            out.append(doc)
    for path in sorted(TIMELINE17.glob("*/*.txt")):
        try:
            docs = documents.read_path(path)
        except DocumentError:
            continue  # a few Timeline17 files are empty
        for doc in docs:
            out.append({"title": doc.title, "outlet": doc.outlet, "url": doc.url,
                        "published": doc.published.isoformat(), "text": doc.text})
    return out


def make_corpus(folder: Path, n: int) -> dict:
    base = originals()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for i in range(n):
        doc = dict(base[i % len(base)])
        copy = i // len(base)
        if copy:
            doc["url"] = f"{doc['url'] or 'https://bench.example/doc'}#copy-{copy}-{i}"
            doc["text"] = doc["text"] + f"\n\n(Republished copy {copy}.)"
        (folder / f"{i:05d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    counts = {"documents": n, "originals": len(base), "folder": str(folder),
              "bytes": sum(p.stat().st_size for p in folder.iterdir())}
    return counts


# ---------------------------------------------------------------- throughput

class MemorySampler(threading.Thread):
    """Peak VmHWM of a process and its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peaks, self.stop = pid, {}, threading.Event()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(stat.parent.name))
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo += children.get(pid, [])
        return out

    def run(self):
        while not self.stop.is_set():
            for pid in self._tree():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]
                except OSError:
                    continue
                hwm = re.search(r"VmHWM:\s+(\d+)", status)
                if hwm and "resource_tracker" not in cmd:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), int(hwm.group(1)) / 1024)
            time.sleep(0.2)


def run_ingest(corpus: Path, n: int, jobs: int, db: Path) -> dict:
    subset = OUT / f"corpus_first_{n}"
    if subset.exists():
        shutil.rmtree(subset)
    subset.mkdir(parents=True)
    for path in sorted(corpus.iterdir())[:n]:
        (subset / path.name).symlink_to(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    argv = [str(BIN / "timeline-api"), "ingest", str(subset), "--db", str(db), "--jobs", str(jobs), "--quiet"]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    peaks = sorted(sampler.peaks.items())
    return {"jobs": jobs, "documents": n, "seconds": seconds, "docs_per_s": n / seconds,
            "summary": stdout.strip().splitlines()[-1] if stdout.strip() else stderr[-300:],
            "returncode": proc.returncode, "command": " ".join(argv),
            "peak_rss_mb": {"main": round(peaks[0][1], 1) if peaks else None,
                            "workers": [round(v, 1) for _, v in peaks[1:]]}}


# ---------------------------------------------------------------- merge cost

def _extract_file(path: str):
    from timeline_api import documents
    from timeline_api.pipeline.run import extract

    return [extract(doc) for doc in documents.read_path(Path(path))]


def _store_of_size(size: int, reuse: Path | None) -> tuple[Path, float]:
    """A store holding ``size`` sources: generated, or a copy of the 1M-event benchmark store."""
    sys.path.insert(0, str(HERE))
    import generate

    path = OUT / f"merge_{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    if reuse is not None:
        subprocess.run(["cp", "--reflink=auto", str(reuse), str(path)], check=True)
    else:
        generate.build(str(path), n_events=5 * size, n_sources=size, seed=size,
                       log=lambda m: print(m, file=sys.stderr))
    return path, time.perf_counter() - started


def merge_cost(sizes: list[int], sample: int, corpus: Path, jobs: int, variants: list[str],
               big_store: Path | None) -> dict:
    from timeline_api import service
    from timeline_api.store import db as store_db

    files = sorted(corpus.iterdir())
    # Originals only, spread over the corpus (seeds, TimeML, Timeline17 topics).
    step = max(1, min(len(files), 4911) // sample)
    picked = [str(p) for p in files[::step][:sample]]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        extractions = [x for batch in pool.map(_extract_file, picked) for x in batch]
    extract_s = time.perf_counter() - started
    out = {"sample_documents": len(extractions),
           "mentions": sum(len(x.mentions) for x in extractions),
           "extract_ms_per_doc_parallel": 1000 * extract_s / len(extractions), "stores": []}
    for size in sizes:
        reuse = None
        if big_store is not None and size >= 200_000:
            import sqlite3

            conn = sqlite3.connect(big_store.resolve().as_uri() + "?mode=ro", uri=True)
            if conn.execute("select count(*) from sources").fetchone()[0] == size:
                reuse = big_store
            conn.close()
        for variant in variants:
            path, build_s = _store_of_size(size, reuse)
            if variant != "as-is":
                raise SystemExit(f"unknown variant {variant!r}: the identity step has one lookup")
            db = store_db.connect(path)
            events = db.execute("select count(*) from events").fetchone()[0]
            times = []
            try:
                for index, extraction in enumerate(extractions):
                    t0 = time.perf_counter()
                    service.ingest_extraction(db, extraction, f"sample[{index}]")
                    times.append(time.perf_counter() - t0)
            finally:
                db.close()
            times_ms = sorted(1000 * t for t in times)
            row = {"variant": variant, "stored_sources": size, "stored_events": events,
                   "store": "copy of bench store" if reuse else "generated", "build_s": build_s,
                   "merge_ms_per_doc_mean": statistics.fmean(times_ms),
                   "merge_ms_per_doc_median": statistics.median(times_ms),
                   "merge_ms_per_doc_p90": times_ms[int(0.9 * (len(times_ms) - 1))]}
            out["stores"].append(row)
            print(json.dumps(row), file=sys.stderr)
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("corpus", "throughput", "merge"))
    parser.add_argument("--corpus", default=str(OUT / "corpus"))
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", default="1,2", help="throughput: --jobs values to compare")
    parser.add_argument("--sizes", default="1000,10000,200000", help="merge: stored sources")
    parser.add_argument("--sample", type=int, default=30, help="merge: documents ingested per store")
    parser.add_argument("--variants", default="as-is",
                        help="merge: 'as-is' is the code; 'terms' also passes the mention's terms "
                             "(kept for the saved tables; the identity step has one lookup)")
    parser.add_argument("--big-store", default=str(OUT / "bench.db"),
                        help="merge: a size of 200000 reuses (a copy of) this generated store")
    parser.add_argument("--out", help="JSON results file (default bench/out/<what>.json)")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    corpus = Path(args.corpus)
    if args.what == "corpus":
        result = make_corpus(corpus, args.docs)
    elif args.what == "throughput":
        if not corpus.is_dir() or len(list(corpus.iterdir())) < args.docs:
            make_corpus(corpus, max(args.docs, 10_000))
        result = {"runs": [run_ingest(corpus, args.docs, int(j), OUT / f"ingest_jobs{j}.db")
                           for j in args.jobs.split(",")], "cpus": os.cpu_count()}
        runs = result["runs"]
        if len(runs) == 2:
            result["speedup"] = runs[1]["docs_per_s"] / runs[0]["docs_per_s"]
    else:
        big = Path(args.big_store) if args.big_store and Path(args.big_store).exists() else None
        result = merge_cost([int(s) for s in args.sizes.split(",")], args.sample, corpus,
                            os.cpu_count() or 1, args.variants.split(","), big)
    Path(args.out or OUT / f"{args.what}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
