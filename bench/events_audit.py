"""Over-merging in a store: coarse events holding day-precise citations, event sizes, the largest events.

Prints, per store (markdown):
- the share of day-precise citations that sit in events dated to something coarser;
- events by distinct sources (1, 2-9, 10+) and by importance (stories, copies counted once);
- the 20 largest events with their titles;
and, with --sample N, writes a reproducible random sample of N events per store,
stratified by distinct sources (1 / 2-9 / 10+, a third each where the stratum allows), with
every quote (a seeded random 15 of larger events) as a markdown file for people to judge:
purity (share of quotes about the title's happening), real event, title, type, date.

    python bench/events_audit.py /work/stores/bpoil.db /work/stores/LibyaWar.db
    python bench/events_audit.py /work/stores/*.db --sample 20 --seed 12 --out bench/audit-sample.md
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
from pathlib import Path

STRATA = (("1 source", 1, 1), ("2-9 sources", 2, 9), ("10+ sources", 10, None))
QUOTES_CAP = 15


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def event_sizes(conn) -> list[sqlite3.Row]:
    """Every event with its distinct sources and stories (copies of one story once)."""
    stories = "count(distinct coalesce(s.story_id, s.id))"
    return conn.execute(f"""
        select e.id, e.title, e.type, e.date_start, e.date_end, e.precision, e.citation_count,
               count(distinct c.source_id) as sources, {stories} as stories
        from events e join citations c on c.event_id = e.id join sources s on s.id = c.source_id
        group by e.id order by e.id""").fetchall()


def coarse_share(conn) -> tuple[int, int]:
    """(day-precise citations in events of coarser date, all day-precise citations)."""
    row = conn.execute("""
        select sum(e.precision != 'day'), count(*) from citations c join events e on e.id = c.event_id
        where c.precision = 'day'""").fetchone()
    return row[0] or 0, row[1]


def stratum(sources: int) -> str:
    for name, low, high in STRATA:
        if sources >= low and (high is None or sources <= high):
            return name
    raise AssertionError(sources)


def report(path: Path) -> list[sqlite3.Row]:
    conn = connect(path)
    events = event_sizes(conn)
    coarse, days = coarse_share(conn)
    citations = conn.execute("select count(*) from citations").fetchone()[0]
    print(f"## {path.stem}\n")
    print(f"{len(events)} events, {citations} citations. Day-precise citations in events of coarser date: "
          f"**{coarse} of {days} ({coarse / days:.1%})**.\n" if days else "no day-precise citations\n")
    print("| events by | 1 | 2-9 | 10+ |\n|---|---|---|---|")
    for column in ("sources", "stories"):
        counts = {name: 0 for name, _, _ in STRATA}
        for e in events:
            counts[stratum(e[column])] += 1
        print(f"| {column} | " + " | ".join(f"{n} ({n / len(events):.1%})" for n in counts.values()) + " |")
    print("\nThe 20 largest events (by distinct sources):\n")
    print("| sources | stories | citations | date | precision | type | title |\n|---|---|---|---|---|---|---|")
    for e in sorted(events, key=lambda e: (-e["sources"], -e["citation_count"], e["id"]))[:20]:
        date = e["date_start"] if e["date_start"] == e["date_end"] else f"{e['date_start']}..{e['date_end']}"
        print(f"| {e['sources']} | {e['stories']} | {e['citation_count']} | {date} | {e['precision']} | "
              f"{e['type']} | {e['title'].replace('|', '/')} |")
    print()
    conn.close()
    return events


def sample(path: Path, events: list[sqlite3.Row], n: int, rng: random.Random) -> list[str]:
    """Markdown for a stratified random sample of ``n`` events of one store."""
    conn = connect(path)
    by_stratum: dict[str, list] = {name: [] for name, _, _ in STRATA}
    for e in events:
        by_stratum[stratum(e["sources"])].append(e)
    share, extra = divmod(n, len(STRATA))
    chosen = []
    for index, (name, members) in enumerate(by_stratum.items()):
        want = share + (1 if index < extra else 0)
        chosen += [(name, e) for e in rng.sample(members, min(want, len(members)))]
    lines = [f"## {path.stem}\n"]
    for number, (name, e) in enumerate(chosen, 1):
        cites = conn.execute("""
            select c.quote, c.date_start, c.date_end, c.precision, c.date_text, s.outlet, s.published,
                   json_extract(s.metadata, '$.file') as file
            from citations c join sources s on s.id = c.source_id where c.event_id = ?
            order by s.published, c.source_id, c.start""", [e["id"]]).fetchall()
        shown = cites if len(cites) <= QUOTES_CAP else sorted(rng.sample(cites, QUOTES_CAP),
                                                                 key=lambda c: (c["published"], c["quote"]))
        date = e["date_start"] if e["date_start"] == e["date_end"] else f"{e['date_start']}..{e['date_end']}"
        lines.append(f"### {path.stem} {number}. {e['title']}\n")
        lines.append(f"`{e['id']}` · {name} ({e['sources']} sources, {e['stories']} stories, "
                     f"{e['citation_count']} citations) · type **{e['type']}** · date **{date}** ({e['precision']})"
                     + (f" · {len(shown)} of {len(cites)} quotes, drawn at random" if len(shown) < len(cites) else "")
                     + "\n")
        for c in shown:
            cdate = c["date_start"] if c["date_start"] == c["date_end"] else f"{c['date_start']}..{c['date_end']}"
            lines.append(f"- {c['outlet']} {c['published']} ({c['file']}) [{cdate}, {c['precision']}: "
                         f"\"{c['date_text']}\"]: {c['quote']}")
        lines.append("\nJudgement: purity __ / real event y n / title ok y n / type ok y n / date ok y n\n")
    conn.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="Events to sample per store (0: none).")
    parser.add_argument("--seed", type=int, default=12, help="Seed of the sample (the same seed, the same sample).")
    parser.add_argument("--out", type=Path, default=Path("audit-sample.md"), help="Where the sample is written.")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = [f"# Events sampled for an audit by reading (seed {args.seed}, {args.sample} per store)\n",
             "Stratified by distinct sources (1 / 2-9 / 10+); every quote, or a random "
             f"{QUOTES_CAP} of larger events. Each quote: outlet, published, file, [the date it gives].\n"]
    for path in args.stores:
        events = report(path)
        if args.sample:
            lines += sample(path, events, args.sample, rng)
    if args.sample:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"sample written to {args.out}")


if __name__ == "__main__":
    main()
