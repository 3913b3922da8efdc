#!/usr/bin/env bash
# Figures for the Spark job, not a timed test (docs/scale.md quotes them): on the first N White House
# articles of the shared corpus (measuring data, never part of the product), in one run,
#   1. bin/parley-spark --master 'local[2]' (one executor JVM, two task threads), wall time;
#   2. bin/parley ingest --threads 2 into a fresh DuckDB file, wall time;
# and prints the throughput of each, their ratio (Spark / ingest; the target is >= 0.85), the
# pipeline's load time in the executor, the peak heap of the Spark JVM (what an executor of two
# task threads needs), the load average around the runs (the machine may be shared), and whether
# the job's tables, loaded with `parley load`, hold the same counts as the ingested store.
# Skips (exit 0) when the shared corpus is absent.
#
#   tools/check/spark-figures.sh              # build first: ./mvnw -q -B -DskipTests package
#   PARLEY_FIGURES_N=100 PARLEY_FIGURES_PARTITIONS=8 tools/check/spark-figures.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${PARLEY_FIGURES_CORPUS:-$root/../shared/data/corpus/whitehouse.jsonl.gz}"
n="${PARLEY_FIGURES_N:-500}"
partitions="${PARLEY_FIGURES_PARTITIONS:-20}"

if [ ! -f "$corpus" ]; then
  echo "spark-figures: skipped: $corpus is absent (the shared measuring data is not on this machine)"
  exit 0
fi
work=$(mktemp -d /tmp/parley-spark-figures.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [[ "$corpus" == *.gz ]]; then
  (gzip -dc "$corpus" || true) | head -n "$n" > "$work/articles.jsonl"
else
  head -n "$n" "$corpus" > "$work/articles.jsonl"
fi
articles=$(grep -c . "$work/articles.jsonl")
echo "spark-figures: $articles articles from $corpus; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

now() { date +%s.%N; }
t0=$(now)
"$root/bin/parley-spark" --master 'local[2]' --input "$work/articles.jsonl" --output "$work/out" \
  --partitions "$partitions" 2> "$work/spark.log" || { tail -n 30 "$work/spark.log" >&2; exit 1; }
t1=$(now)
echo "spark-figures: load average after the Spark run: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
"$root/bin/parley" ingest --threads 2 --db "$work/ingest.duckdb" "$work/articles.jsonl" 2> "$work/ingest.log"
ingest_exit=$?
set -e
t2=$(now)
echo "spark-figures: load average after the ingest run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$ingest_exit" -gt 1 ]; then
  tail -n 30 "$work/ingest.log" >&2
  exit 1
fi
"$root/bin/parley" load "$work/out" --db "$work/loaded.duckdb" 2> "$work/load.log"

grep '^parley-spark:' "$work/spark.log"
grep -E '^parley: .*documents, .*events' "$work/ingest.log" | tail -n 1
cat "$work/load.log"
awk -v a="$articles" -v s0="$t0" -v s1="$t1" -v s2="$t2" 'BEGIN {
  spark = s1 - s0; ingest = s2 - s1;
  printf "spark-figures: local[2] %.1f s, %.3f articles/s; ingest --threads 2 %.1f s, %.3f articles/s\n", spark, a / spark, ingest, a / ingest;
  printf "spark-figures: throughput ratio spark/ingest = %.2f (target >= 0.85), both end to end with start-up and model load\n", ingest / spark;
}'
ingest_counts=$(grep -oE '[0-9]+ documents, [0-9]+ events \([0-9]+ mentions\), [0-9]+ quotes, [0-9]+ stances' "$work/ingest.log" | tail -n 1)
load_counts=$(grep -oE '[0-9]+ documents, [0-9]+ events, [0-9]+ event_mentions, [0-9]+ quotes, [0-9]+ stances' "$work/load.log")
norm() { tr -cd '0-9 \n' | tr -s ' '; }
if [ "$(echo "$ingest_counts" | norm)" = "$(echo "$load_counts" | norm)" ]; then
  echo "spark-figures: the job's tables hold what ingest stores (documents, events, mentions, quotes, stances)"
else
  echo "spark-figures: COUNTS DIFFER: ingest '$ingest_counts', job '$load_counts'"
fi
