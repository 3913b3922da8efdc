#!/usr/bin/env bash
# Heavy check, not part of `mvn verify`: ingests the Wikinews sample (../shared, measuring
# data that is never part of the product) into a fresh DuckDB file and into a throw-away
# PostgreSQL cluster, prints the document, event, mention, quote, stance and failure counts
# of each backend and whether they match, then ingests again into both and checks that the
# second run adds nothing. Exit code: 0 parity and idempotence hold, 1 they do not, 2 setup
# failed. Skips (exit 0) when the shared data is absent.
#
#   tools/check/store-parity.sh                  # build first: ./mvnw -q -B -DskipTests package
#   PARLEY_PARITY_PGPORT=55433 PARLEY_PARITY_THREADS=2 tools/check/store-parity.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${PARLEY_PARITY_CORPUS:-$root/../shared/data/corpus/wikinews.jsonl}"
pgport="${PARLEY_PARITY_PGPORT:-55433}"
threads="${PARLEY_PARITY_THREADS:-$(nproc)}"

if [ ! -f "$corpus" ]; then
  echo "store-parity: skipped: $corpus is absent (the shared measuring data is not on this machine)"
  exit 0
fi
pgbin=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ]; then
  echo "store-parity: PostgreSQL is not installed (apt-get install postgresql, as .ci/run does)" >&2
  exit 2
fi
pgbin=$(dirname "$pgbin")

work=$(mktemp -d /tmp/parley-parity.XXXXXX)
pgdata="$work/pg"
chmod 711 "$work"
mkdir "$pgdata"
# initdb refuses to run as root: as root the cluster belongs to the postgres user, as .ci/run does it.
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pgdata"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
stop() {
  as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
as_pg "$pgbin/initdb" -D "$pgdata" -A trust -U parley >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U parley parley_parity

duckdb="$work/parity.duckdb"
postgres="jdbc:postgresql://127.0.0.1:$pgport/parley_parity?user=parley"

# Runs one ingest; prints "<counts> | <progress>" where counts come from the store's summary line
# ("parley: <db>: N documents, E events (M mentions), Q quotes, S stances, F failures").
ingest() {
  local db="$1" log="$2" start end rc=0
  start=$(date +%s)
  "$root/bin/parley" ingest "$corpus" --db "$db" --threads "$threads" --progress-every 60 >"$log.out" 2>"$log" || rc=$?
  end=$(date +%s)
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "store-parity: ingest into $db failed with exit code $rc:" >&2
    tail -n 5 "$log" >&2
    exit 2
  fi
  local summary counts
  summary=$(grep -E '^parley: .*: [0-9]+ documents, ' "$log" | tail -n 1)
  counts=$(echo "$summary" | sed -E 's/.*: ([0-9]+) documents, ([0-9]+) events \(([0-9]+) mentions\), ([0-9]+) quotes, ([0-9]+) stances, ([0-9]+) failures$/documents=\1 events=\2 mentions=\3 quotes=\4 stances=\5 failures=\6/')
  local progress
  progress=$(grep -E '[0-9]+ stored, [0-9]+ already stored' "$log" | tail -n 1 | sed -E 's/^(parley: |\r)//; s/.*\r//')
  echo "$counts | this run: $progress | exit $rc, $((end - start)) s"
}

status=0
declare -A first second
for backend in duckdb postgres; do
  db=$([ "$backend" = duckdb ] && echo "$duckdb" || echo "$postgres")
  first[$backend]=$(ingest "$db" "$work/$backend-1.log")
  echo "first run,  $backend: ${first[$backend]}"
done
for backend in duckdb postgres; do
  db=$([ "$backend" = duckdb ] && echo "$duckdb" || echo "$postgres")
  second[$backend]=$(ingest "$db" "$work/$backend-2.log")
  echo "second run, $backend: ${second[$backend]}"
done

counts() { echo "${1%% |*}"; }
if [ "$(counts "${first[duckdb]}")" = "$(counts "${first[postgres]}")" ]; then
  echo "parity: match ($(counts "${first[duckdb]}"))"
else
  echo "parity: MISMATCH: duckdb $(counts "${first[duckdb]}") vs postgres $(counts "${first[postgres]}")"
  status=1
fi
for backend in duckdb postgres; do
  if [ "$(counts "${first[$backend]}")" != "$(counts "${second[$backend]}")" ]; then
    echo "idempotence, $backend: the second run changed the counts"
    status=1
  elif ! echo "${second[$backend]}" | grep -qE 'this run: 0 stored, [0-9]+ already stored, 0 failed'; then
    echo "idempotence, $backend: the second run stored or failed documents"
    status=1
  else
    echo "idempotence, $backend: the second run added nothing"
  fi
done
exit $status
