#!/bin/sh
# Performance at scale: every benchmark of bench/README.md "Performance at scale", in order.
#
#   sh bench/run.sh            # from the repository root; about 15-20 minutes on 2 cores
#   FRESH=1 sh bench/run.sh    # also rebuild the 1M-event store (another ~15 minutes)
#
# Needs: a venv with `pip install -e '.[bench]'` (PY below) and wrk (apt-get install wrk).
# Results: bench/out/*.json (git-ignored); the tables are printed as each step ends.
set -eu
cd "$(dirname "$0")/.."
PY=${PY:-/tmp/bench-venv/bin/python}
DB=bench/out/bench.db
mkdir -p bench/out

# 1. The synthetic store: 1,000,000 events, 200,000 sources (timings in generate.json).
if [ "${FRESH:-0}" = 1 ] || [ ! -f "$DB" ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    $PY bench/generate.py --db "$DB" --events 1000000 --sources 200000 --json bench/out/generate.json
fi
$PY -c "import json; print('store:', json.load(open('bench/out/generate.json')))"

# 2. HTTP: ours vs Datasette vs the constant-JSON floor, wrk -t1 -c4, 10 s per measurement.
$PY bench/load.py --db "$DB" --duration 10 --out bench/out/load.json

# 2b. Serving speed (issue 15): ours / Datasette / floor in interleaved rounds, same bodies checked;
#     and the store-level cost of a search's first page.
$PY bench/serving.py --db "$DB" --rounds 3 --duration 8 --common ceasefire --rare european
$PY bench/search_cost.py --db "$DB" ceasefire european --json bench/out/search_cost.json

# 3. Ingestion throughput: `timeline-api ingest` on real news, --jobs 1 then --jobs 2.
$PY bench/ingest.py corpus --docs 10000
$PY bench/ingest.py throughput --docs "${INGEST_DOCS:-600}" --jobs 1,2

# 4. Merge cost per document as the store grows (1k, 10k generated; 200k = a copy of $DB).
$PY bench/ingest.py merge --sizes 1000,10000,200000 --sample "${MERGE_SAMPLE:-20}" --variants as-is,terms

# 5. Extraction as a Dask map step, merge in the store; checked against `timeline-api ingest`.
rm -f bench/out/dask.db bench/out/dask.db-wal bench/out/dask.db-shm
$PY bench/dask_extract.py seeds/ --db bench/out/dask.db --workers 2 --check
