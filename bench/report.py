"""Markdown tables from the JSON that bench/run.sh leaves in bench/out/ (pasted into bench/README.md).

    python bench/report.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def _load(name: str):
    path = OUT / name
    return json.loads(path.read_text()) if path.exists() else None


def store_table(gen: dict) -> str:
    return "\n".join([
        "| events | sources | citations | rows written | indexes + FTS | total | file |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {gen['events']:,} | {gen['sources']:,} | {gen['citations']:,} | {gen['rows_s']:.0f} s | "
        f"{gen['indexes_s'] - gen['rows_s']:.0f} s | {gen['total_s']:.0f} s | {gen['bytes'] / 1e9:.2f} GB |",
    ])


def load_table(load: dict) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import load as load_module

    return load_module.table(load)


def throughput_table(result: dict) -> str:
    lines = ["| command | documents | seconds | docs/s | peak RSS main, MB | peak RSS workers, MB |",
             "|---|---:|---:|---:|---:|---|"]
    for run in result["runs"]:
        lines.append(f"| `timeline-api ingest ... --jobs {run['jobs']}` | {run['documents']:,} | "
                     f"{run['seconds']:.0f} | {run['docs_per_s']:.2f} | {run['peak_rss_mb']['main']} | "
                     f"{', '.join(str(w) for w in run['peak_rss_mb']['workers']) or '-'} |")
    if "speedup" in result:
        lines.append(f"\n`--jobs 2` / `--jobs 1`: **{result['speedup']:.2f}x**")
    return "\n".join(lines)


def merge_table(result: dict) -> str:
    lines = [f"{result['sample_documents']} real documents ({result['mentions']} event mentions), "
             "merge only (extraction done beforehand):", "",
             "| variant | sources stored | events stored | store | merge ms/doc mean | median | p90 |",
             "|---|---:|---:|---|---:|---:|---:|"]
    for row in result["stores"]:
        lines.append(f"| {row['variant']} | {row['stored_sources']:,} | {row['stored_events']:,} | "
                     f"{row['store']} | {row['merge_ms_per_doc_mean']:.0f} | "
                     f"{row['merge_ms_per_doc_median']:.0f} | {row['merge_ms_per_doc_p90']:.0f} |")
    return "\n".join(lines)


def main() -> int:
    parts = []
    for name, render in (("generate.json", store_table), ("load.json", load_table),
                         ("throughput.json", throughput_table), ("merge.json", merge_table)):
        data = _load(name)
        if data is not None:
            parts.append(f"<!-- {name} -->\n" + render(data))
    print("\n\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
