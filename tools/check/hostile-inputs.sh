#!/usr/bin/env bash
# Heavy check, not part of `mvn verify` (a few CPU-minutes): builds a folder of bad and
# hostile files beside good ones, then
#   1. ingests each case alone into a fresh DuckDB file and prints one line per case: the
#      messages Parley wrote about it, the exit code, how many documents were stored (and
#      whether text that must or must not be stored was), and the peak memory (RSS);
#   2. ingests the whole folder at once: every bad case must have its line, the good documents
#      beside them must be stored, and the exit code must say that some failed;
#   3. ingests the folder again: nothing new may be stored, and nothing new recorded;
#   4. analyzes the folder with `analyze --input`: one output line per document;
#   5. measures peak memory on one document of 20,000 short sentences.
# Exit code: 0 when every expectation holds, 1 when one does not, 2 when not built.
#
#   ./mvnw -q -B -DskipTests package && tools/check/hostile-inputs.sh
#   PARLEY_HOSTILE_KEEP=1 tools/check/hostile-inputs.sh     # keep the work folder
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
parley="$root/bin/parley"
lib="$root/parley-cli/target/lib"
if [ ! -d "$lib" ]; then
  echo "hostile-inputs: not built yet: run ./mvnw -q -B -DskipTests package" >&2
  exit 2
fi
timer=/usr/bin/time
[ -x "$timer" ] || timer=""
work=$(mktemp -d /tmp/parley-hostile.XXXXXX)
[ -n "${PARLEY_HOSTILE_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
cases="$work/cases"
mkdir -p "$cases"
problems=0
fail() { echo "hostile-inputs: FAILED: $*"; problems=$((problems + 1)); }

# ---------------------------------------------------------------------------------------
# The cases. Each is a file (or a few lines of one) in $cases; all text is our own.
good="Poland urged Russia to withdraw its troops from the border on Tuesday."
printf '' > "$cases/empty.txt"
printf 'Poland urged Russia to withdraw \x81 its troops.\n' > "$cases/invalid-utf8.txt"
printf 'Poland urged \xc3\x28 Russia to withdraw, said the minister \xe2\x82.\n' > "$cases/bad-utf8-sequences.txt"
printf 'Poland urged Russia\x00 to withdraw its troops.\n' > "$cases/nul-bytes.txt"
python3 - "$cases" <<'PY'
import gzip, json, os, sys
d = sys.argv[1]
good = "Poland urged Russia to withdraw its troops from the border on Tuesday."
# Past the 1,000,000-character limit.
open(os.path.join(d, "too-long.txt"), "w").write((good + " ") * 15000)
# A 119 KB run-on sentence: no full stop until the end.
words, n = [], 0
parts = ["Poland urged Russia", "to withdraw its troops", "and Lithuania asked Belarus", "to open the border",
         "while officials in Vilnius said", "that the talks would go on"]
s = "Officials said that"
i = 0
while len(s) < 119_000:
    s += " " + parts[i % len(parts)] + ("," if i % 7 == 6 else "")
    i += 1
open(os.path.join(d, "run-on-sentence.txt"), "w").write(s + ".\n")
# Latin-1 and Windows-1252 files without a declared charset.
open(os.path.join(d, "latin1.txt"), "wb").write(
    "Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 le ministre \u00e0 Gen\u00e8ve. Poland urged Russia to withdraw.\n"
    .encode("latin-1"))
open(os.path.join(d, "cp1252.txt"), "wb").write(
    "The minister said \u201cPoland urges Russia to withdraw\u201d \u2013 a \u20ac5 billion plan.\n".encode("cp1252"))
# Bad JSONL lines beside good ones.
lines = [
    json.dumps({"id": "jsonl-good", "text": "Lithuania urged Belarus to open the border.", "date": "2025-02-18"}),
    "this is not json",
    json.dumps({"id": "no-text"}),
    json.dumps({"id": "feb-30", "text": "France urged Italy to act.", "date": "2025-02-30"}),
    json.dumps({"id": "garbage-date", "text": "Spain urged Portugal to act.", "date": "2025-02-18garbage"}),
    json.dumps({"id": "undated", "text": "Austria urged Hungary to act."}),
]
with open(os.path.join(d, "bad-lines.jsonl"), "wb") as f:
    f.write(("\n".join(lines) + "\n").encode("utf-8"))
    f.write(json.dumps({"id": "latin1-line", "text": "Le pr\u00e9sident a parl\u00e9."}, ensure_ascii=False)
            .encode("latin-1") + b"\n")
# A gzip cut in half.
raw = "\n".join(json.dumps({"id": "gz-%d" % k, "text": "Report %d: Estonia urged Latvia to act, %s." % (k, os.urandom(12).hex())})
                for k in range(600)).encode()
gz = gzip.compress(raw)
open(os.path.join(d, "truncated.jsonl.gz"), "wb").write(gz[: len(gz) // 2])
PY
head -c 4096 /dev/urandom > "$cases/random.bin"
cat > "$cases/xxe.rss" <<EOF
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>Leak</title><description>before &secret; after</description></item>
<item><title>Fine</title><description>Norway urged Sweden to act on Monday.</description></item></channel></rss>
EOF
cat > "$cases/billion-laughs.xml" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;">]>
<rss><channel><item><description>&lol9;</description></item>
<item><description>Denmark urged Iceland to act on Monday.</description></item></channel></rss>
EOF
cat > "$cases/truncated.rss" <<'EOF'
<?xml version="1.0"?>
<rss><channel><item><title>One</title><description>Greece urged Turkey to talk on Monday.</description></item>
<item><title>Two</title><description>Cyprus urged Greece to talk on Tuesday.</description></item>
<item><title>Three</title><description>Malta urged It
EOF
cat > "$cases/entity-broken.rss" <<'EOF'
<rss><channel><item><title>AT&T &nbsp;news</title><description>Croatia&nbsp;urged Serbia to act &amp; Bosnia agreed &bogus; today.</description></item></channel></rss>
EOF
cat > "$cases/feed-with-dtd" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY sep "<hr/>">
  <!-- a comment > with a bracket -->
]>
<rss version="2.0"><channel><item><title>DTD feed</title><description>Finland urged Estonia to act on Monday.</description></item></channel></rss>
EOF
printf 'Kenya urged\0Uganda to act.\n' > "$cases/name with
newline.txt"
cat > "$cases/hidden.html" <<'EOF'
<!doctype html><html><head><title>Hidden text</title><style>.promo { display: none }</style></head>
<body><article><p>Chile urged Peru to settle the dispute on Monday.</p>
<p style="display:none">HIDDENMARKER Argentina invaded Uruguay.</p>
<div class="promo">HIDDENPROMO Brazil invaded Paraguay.</div></article></body></html>
EOF

# name | file | expected: "fail" (no document stored), "store" (stored), "some" (some stored, some failed)
# | text that must be stored | text that must not be stored
table="empty|empty.txt|fail||
invalid-utf8 (0x81, not windows-1252 either)|invalid-utf8.txt|fail||
invalid-utf8 sequences (read as windows-1252)|bad-utf8-sequences.txt|store|Poland urged|
nul-bytes|nul-bytes.txt|fail||
too-long (>1M chars)|too-long.txt|fail||
bad JSONL lines|bad-lines.jsonl|some|Lithuania urged|France urged
truncated gzip|truncated.jsonl.gz|some|Estonia urged|
119 KB run-on sentence|run-on-sentence.txt|store|Lithuania asked|
latin-1 text|latin1.txt|store|Le président|
cp1252 text|cp1252.txt|store|“Poland urges|
binary (/dev/urandom)|random.bin|fail||
XXE feed|xxe.rss|some|Norway urged|root:
entity expansion feed|billion-laughs.xml|some|Denmark urged|lollol
truncated feed|truncated.rss|some|Cyprus urged|Malta
entity-broken feed|entity-broken.rss|store|Croatia urged Serbia to act & Bosnia|
feed with > in its DTD, no extension|feed-with-dtd|store|Finland urged|<rss
file name with a newline (and a NUL inside)|name with
newline.txt|fail||
display:none page|hidden.html|store|Chile urged|HIDDEN"

summary() { # the counts line of an ingest log
  grep -a -E '^parley: DuckDB .*: [0-9]+ documents' "$1" | tail -n 1
}
docs_in() { summary "$1" | sed -E 's/.*: ([0-9]+) documents.*/\1/'; }
failures_in() { summary "$1" | sed -E 's/.*, ([0-9]+) failures.*/\1/'; }
peak() { # peak RSS in MB from /usr/bin/time's %M (KB)
  if [ -s "$1" ]; then tail -n 1 "$1" | awk '{printf "%.0f MB", $1 / 1024}'; else echo "n/a"; fi
}
run() { # run LOG MEM -- command...: stderr+stdout to LOG, peak RSS to MEM, returns the exit code
  local log=$1 mem=$2; shift 3
  if [ -n "$timer" ]; then
    "$timer" -f '%M' -o "$mem" "$@" >"$log" 2>&1
  else
    "$@" >"$log" 2>&1
  fi
}
count_stored() { # how many stored documents hold the text; "?" when the store cannot be read
  local n
  n=$(java -cp "$lib/*" "$root/tools/check/StoredText.java" "$1" "$2" 2>/dev/null | cut -f2)
  [[ "$n" =~ ^[0-9]+$ ]] && echo "$n" || echo "?"
}
messages() { # the lines a log has about a case, without progress and summary lines
  grep -a -v -E '^parley: ([0-9]+ stored|DuckDB |[0-9]+ of the documents)' "$1" | sed 's/^parley: //' | tr '\n' ' ' \
    | sed -E "s#$cases/##g; s/ +$//"
}

echo "== 1. each case alone: case | messages | exit | stored | peak RSS"
IFS=$'\n'
mapfile -t rows < <(printf '%s\n' "$table" | awk 'BEGIN{RS="\n"} {print}' | python3 -c '
import sys
rows, cur = [], ""
for line in sys.stdin.read().split("\n"):
    cur = line if not cur else cur + "\n" + line
    if cur.count("|") >= 4:
        rows.append(cur); cur = ""
for r in rows: print(r.replace("\n", "\\n"))')
unset IFS
k=0
for row in "${rows[@]}"; do
  k=$((k + 1))
  IFS='|' read -r name file expect must mustnot <<<"$row"
  file=$(printf '%b' "$file")
  db="$work/case-$k.duckdb"
  run "$work/case-$k.log" "$work/case-$k.mem" -- "$parley" ingest "$cases/$file" --db "$db" --threads 2 --date 2025-03-01
  code=$?
  n=$(docs_in "$work/case-$k.log"); n=${n:-0}
  extra=""
  if [ -n "$must" ] && [ "$n" -gt 0 ]; then
    c=$(count_stored "$db" "$must")
    [[ "$c" =~ ^[1-9] ]] && extra=" (\"$must\" stored)" || { extra=" (\"$must\" MISSING: $c)"; fail "$name: \"$must\" not stored"; }
  fi
  if [ -n "$mustnot" ] && [ "$n" -gt 0 ]; then
    c=$(count_stored "$db" "$mustnot")
    [ "$c" = 0 ] && extra="$extra (no \"$mustnot\")" || { extra="$extra (\"$mustnot\" LEAKED: $c)"; fail "$name: \"$mustnot\" stored"; }
  fi
  msg=$(messages "$work/case-$k.log")
  printf '%-44s | %s | exit %s | %s stored%s | %s\n' "$name" "${msg:-(no message)}" "$code" "$n" "$extra" "$(peak "$work/case-$k.mem")"
  case "$expect" in
    fail) [ "$code" = 1 ] && [ "$n" = 0 ] || fail "$name: expected a failure and nothing stored (exit $code, $n stored)";;
    store) [ "$n" -ge 1 ] || fail "$name: expected it stored";;
    some) [ "$code" = 1 ] && [ "$n" -ge 1 ] || fail "$name: expected some stored and exit 1 (exit $code, $n stored)";;
  esac
  if [ "$expect" != store ] && [ -z "$msg" ]; then fail "$name: no message"; fi
done

echo "== closed standard input"
bash -c "exec 0<&- && exec \"$parley\" analyze --input -" >"$work/stdin.log" 2>&1
code=$?
printf '%-44s | %s | exit %s\n' "analyze --input - with stdin closed" "$(messages "$work/stdin.log")" "$code"
[ "$code" = 2 ] && [ "$(wc -l <"$work/stdin.log")" = 1 ] || fail "closed stdin: expected one line and exit 2"

echo "== 2. the whole folder at once"
db="$work/all.duckdb"
run "$work/all.log" "$work/all.mem" -- "$parley" ingest "$cases" --db "$db" --threads 2 --date 2025-03-01
code=$?
lines=$(grep -a -c -v -E '^parley: ([0-9]+ stored|DuckDB |[0-9]+ of the documents)' "$work/all.log")
echo "exit $code; $lines message lines; $(summary "$work/all.log" | sed 's/^parley: //'); peak $(peak "$work/all.mem")"
[ "$code" = 1 ] || fail "the folder: exit $code, expected 1"
for row in "${rows[@]}"; do
  IFS='|' read -r name file expect must mustnot <<<"$row"
  file=$(printf '%b' "$file")
  if [ "$expect" != store ]; then
    grep -a -q -F "$(printf '%s' "$cases/$file" | awk 'BEGIN{ORS=""} NR>1{print "\\n"} {print}')" "$work/all.log" \
      || fail "the folder: no line names $file"
  fi
  if [ -n "$must" ]; then
    [[ "$(count_stored "$db" "$must")" =~ ^[1-9] ]] || fail "the folder: \"$must\" ($name) not stored"
  fi
  if [ -n "$mustnot" ]; then
    [ "$(count_stored "$db" "$mustnot")" = 0 ] || fail "the folder: \"$mustnot\" ($name) stored"
  fi
done
lines_per_file=$(grep -a -v -E '^parley: ([0-9]+ stored|DuckDB |[0-9]+ of the documents)' "$work/all.log" | grep -a -c -v '^parley: ')
[ "$lines_per_file" = 0 ] || fail "the folder: $lines_per_file lines do not start with 'parley: ' (a message was split)"

echo "== 3. the folder again"
run "$work/again.log" "$work/again.mem" -- "$parley" ingest "$cases" --db "$db" --threads 2 --date 2025-03-01
code=$?
echo "exit $code; $(grep -a -E '^parley: [0-9]+ stored' "$work/again.log" | tail -n 1 | sed 's/^parley: //'); $(summary "$work/again.log" | sed 's/^parley: //'); peak $(peak "$work/again.mem")"
[ "$(docs_in "$work/again.log")" = "$(docs_in "$work/all.log")" ] || fail "the second run stored new documents"
[ "$(failures_in "$work/again.log")" = "$(failures_in "$work/all.log")" ] \
  || fail "the second run recorded its failures again ($(failures_in "$work/all.log") -> $(failures_in "$work/again.log") failure rows)"

echo "== 4. analyze --input on the folder"
run "$work/analyze.out" "$work/analyze.mem" -- bash -c "\"$parley\" analyze --input \"$cases\" --threads 2 --date 2025-03-01 2>\"$work/analyze.err\""
code=$?
out=$(wc -l <"$work/analyze.out")
errors=$(grep -c '"error"' "$work/analyze.out")
echo "exit $code; $out output lines ($errors errors); $(wc -l <"$work/analyze.err") message lines; peak $(peak "$work/analyze.mem")"
[ "$code" = 1 ] || fail "analyze --input: exit $code, expected 1"

echo "== 5. memory: one document of 20,000 short sentences"
python3 -c "
import random
random.seed(7)
names = ['Poland', 'Russia', 'France', 'Kenya', 'Chile', 'Japan', 'Egypt', 'Norway']
print(' '.join('%s urged %s to act.' % (random.choice(names), random.choice(names)) for _ in range(20000)))" \
  > "$work/short-sentences.txt"
for heap in 3g 1g; do
  run "$work/short.out" "$work/short.mem" -- env PARLEY_JAVA_OPTS="-Xmx$heap -XX:+UseG1GC" bash -c \
    "\"$parley\" analyze \"$work/short-sentences.txt\" --date 2025-03-01 --format jsonl 2>\"$work/short.err\""
  code=$?
  echo "20,000 sentences, $(wc -c <"$work/short-sentences.txt") characters, -Xmx$heap: exit $code; peak $(peak "$work/short.mem"); $(wc -l <"$work/short.out") output line, $(wc -c <"$work/short.out") bytes; $(wc -l <"$work/short.err") progress lines"
  [ "$code" = 0 ] || fail "20,000 sentences with -Xmx$heap: exit $code"
done

if [ "$problems" -gt 0 ]; then
  echo "hostile-inputs: $problems expectation(s) failed"
  exit 1
fi
echo "hostile-inputs: every expectation held"
