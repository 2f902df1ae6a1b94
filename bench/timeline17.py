"""Timeline17 Date-F1 through GET /summary, on the development topics (news-tls protocol).

For each topic of ../shared/corpora/timeline17-gold-dev/ one store holds all its outlets'
articles (built once with the service's ingest, kept in --stores and reused unless
--rebuild). For each gold timeline: the window is its first to last date, k its number of
distinct dates; the system's dates are the first k of

    GET /summary?from=FIRST&to=LAST&published_from=FIRST&published_to=LAST&dates=k&events=0

(articles published outside the window are left out, as news-tls does). Precision and
recall per timeline; Date-F1 is the F1 of the precision and recall averaged over all
timelines. Two baselines from the same articles, without the event layer: days ranked by
the number of articles whose own tagger (temporal.find_dates) resolves a day-precise date
to them, and days ranked by articles published on them.

The held-out topics (EgyptianProtest, IraqWar, MJ, SyrianCrisis) have no gold here and are
never read.

    python bench/timeline17.py                     # build missing stores, score, print tables
    python bench/timeline17.py --rebuild --jobs 2  # rebuild every store with this code
    python bench/timeline17.py --explore           # also other ways of ranking days (store level)
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_api import create_app, documents, service  # noqa: E402
from timeline_api.errors import DocumentError  # noqa: E402
from timeline_api.pipeline.temporal import find_dates  # noqa: E402
from timeline_api.store import db as store_db  # noqa: E402
from timeline_api.store import summary as summary_store  # noqa: E402

CORPUS = ROOT.parent.parent / "shared" / "corpora"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpora")
GOLD = CORPUS / "timeline17-gold-dev"
ARTICLES = CORPUS / "timeline17"


def load_gold(topic: str) -> list[tuple[str, list[str]]]:
    """(timeline name, sorted distinct gold dates) for each timeline of a topic."""
    names = (GOLD / topic / "names.txt").read_text().split()
    out = []
    for name, line in zip(names, (GOLD / topic / "timelines.jsonl").read_text().splitlines()):
        out.append((name.split("/")[0], sorted({date for date, _ in json.loads(line)})))
    return out


def topic_folders(topic: str) -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.is_dir() and p.name.startswith(topic + "_"))


def build_store(topic: str, path: Path, jobs: int) -> None:
    """Ingest all the topic's folders into a new store at ``path``."""
    part = path.with_name(path.name + ".part")
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    db = store_db.connect(part)
    results = service.ingest_paths(db, [str(p) for p in topic_folders(topic)], jobs=jobs)
    db.execute("pragma wal_checkpoint(truncate)")
    db.close()
    part.rename(path)
    added = sum(r.status == "added" for r in results)
    print(f"# {topic}: ingested {added} of {len(results)} documents in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)


def upgrade_store(path: Path) -> None:
    """Bring a store made by older code to this schema (story groups, importance, bodies)."""
    db = store_db.connect(path)
    try:
        done = service.reindex(db)
        if done:
            print(f"# {path.name}: stored {done} event bodies", file=sys.stderr)
    finally:
        db.close()


def served(path: Path):
    """A test client of the API over the store, read-only (the same code as a server)."""
    app = create_app({"DATABASE": str(path), "READ_ONLY": True, "SKIP_SEEDING": True, "TESTING": True})
    return app.test_client()


def summary_dates(client, first: str, last: str, k: int) -> list[str]:
    url = (f"/summary?from={first}&to={last}&published_from={first}&published_to={last}"
           f"&dates={k}&events=0")
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.data[:300])
    return [d["date"] for d in response.get_json()["data"]]


def tagger_days(topic: str, cache_dir: Path) -> list[tuple[str, list[str]]]:
    """(published, day-precise dates the tagger resolves) per article; cached next to the stores."""
    cache = cache_dir / f"{topic}.tagger.json"
    if cache.exists():
        return json.loads(cache.read_text())
    out = []
    for folder in topic_folders(topic):
        for path in sorted(folder.iterdir()):
            try:
                docs = documents.read_path(path)
            except (DocumentError, OSError):
                continue
            for doc in docs:
                days = sorted({t.date.start.isoformat() for t in find_dates(doc.text, doc.published)
                               if t.date is not None and t.date.precision == "day" and t.date.start})
                out.append((doc.published.isoformat(), days))
    cache.write_text(json.dumps(out))
    return out


def top_days(counts: collections.Counter, k: int) -> list[str]:
    return [d for d, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:k]]


def tagger_baseline(articles, first: str, last: str, k: int) -> list[str]:
    counts = collections.Counter(d for published, days in articles if first <= published <= last
                                 for d in days if first <= d <= last)
    return top_days(counts, k)


def published_baseline(articles, first: str, last: str, k: int) -> list[str]:
    return top_days(collections.Counter(p for p, _ in articles if first <= p <= last), k)


def store_ranking(path: Path, ranking: summary_store.DateRanking):
    """A ranker straight over the store (for --explore: other ways of scoring days)."""
    db = store_db.connect(path, read_only=True)

    def rank(first: str, last: str, k: int) -> list[str]:
        days = summary_store.rank_days(db, dt.date.fromisoformat(first).toordinal(),
                                       dt.date.fromisoformat(last).toordinal(), k, (first, last), ranking)
        return [d["day"] for d in days]
    return rank


def score(predicted: list[str], gold: list[str]) -> tuple[float, float]:
    hits = len(set(predicted) & set(gold))
    return (hits / len(predicted) if predicted else 0.0), hits / len(gold)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stores", type=Path, default=Path("/work/stores"), help="Where the stores are kept.")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the stores with this code.")
    parser.add_argument("--jobs", type=int, default=1, help="Extraction processes while ingesting.")
    parser.add_argument("--topics", nargs="*", help="Only these development topics.")
    parser.add_argument("--explore", action="store_true", help="Also score other day rankings (store level).")
    args = parser.parse_args()

    topics = args.topics or sorted(p.name for p in GOLD.iterdir() if p.is_dir())
    args.stores.mkdir(parents=True, exist_ok=True)
    systems = {"GET /summary": None, "tagger: articles per resolved day": tagger_baseline,
               "articles published per day": published_baseline}
    variants = {}
    if args.explore:
        for by in ("union", "events", "citations"):
            for own_day in (True, False):
                variants[f"store: by {by}, own day {'counted' if own_day else 'left out'}"] = (
                    summary_store.DateRanking(by=by, own_day=own_day))
    rows = []  # (topic, timeline, k, system, p, r)
    for topic in topics:
        path = args.stores / f"{topic}.db"
        if args.rebuild or not path.exists():
            path.unlink(missing_ok=True)
            build_store(topic, path, args.jobs)
        upgrade_store(path)
        client = served(path)
        articles = tagger_days(topic, args.stores)
        rankers = {name: store_ranking(path, ranking) for name, ranking in variants.items()}
        for name, gold in load_gold(topic):
            first, last, k = gold[0], gold[-1], len(gold)
            predicted = {"GET /summary": summary_dates(client, first, last, k)}
            for system, baseline in systems.items():
                if baseline is not None:
                    predicted[system] = baseline(articles, first, last, k)
            for system, rank in rankers.items():
                predicted[system] = rank(first, last, k)
            for system, dates in predicted.items():
                rows.append((topic, name, k, system, *score(dates, gold)))

    names = list(dict.fromkeys(r[3] for r in rows))
    print("| topic | timeline | k | " + " | ".join(f"{n} P / R" for n in names) + " |")
    print("|---|---|---|" + "---|" * len(names))
    for (topic, name, k), group in _grouped(rows, lambda r: (r[0], r[1], r[2])):
        cells = {r[3]: f"{r[4]:.2f} / {r[5]:.2f}" for r in group}
        print(f"| {topic} | {name} | {k} | " + " | ".join(cells[n] for n in names) + " |")
    print()
    print("Date-F1 (F1 of P and R averaged over the timelines):")
    print()
    print("| system | " + " | ".join(topics) + " | all dev (" + str(len({(r[0], r[1]) for r in rows})) + " timelines) |")
    print("|---|" + "---|" * (len(topics) + 1))
    for system in names:
        cells = []
        for topic in [*topics, None]:
            chosen = [r for r in rows if r[3] == system and (topic is None or r[0] == topic)]
            p = sum(r[4] for r in chosen) / len(chosen)
            rec = sum(r[5] for r in chosen) / len(chosen)
            cells.append(f"{f1(p, rec):.3f}" if topic else f"**{f1(p, rec):.3f}** (P {p:.3f}, R {rec:.3f})")
        print(f"| {system} | " + " | ".join(cells) + " |")


def _grouped(rows, key):
    groups: dict = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups.items()


if __name__ == "__main__":
    sqlite3.enable_callback_tracebacks(True)
    main()
