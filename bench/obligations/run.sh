#!/usr/bin/env bash
# Obligations benchmark, recorded by hand in docs/benchmarks.md ("Obligations: which items apply").
#  1. in process (ObligationBench.java, a plain timed harness, compiled with bench/profile-validation's): validation alone, validation +
#     classification + applicability (ObligationEngine.check), and that plus the JSON, for a generated
#     214-triple profile (7 systems that do everything: bench/profile-validation's generator) and for
#     the case example company-z.ttl; then check from all cores;
#  2. over HTTP (bench/LoadGen.java posting the profile): POST /profiles/obligations at concurrency 8;
#  3. a batch of COUNT generated profiles through the command line (obligations DIR --format json),
#     with its throughput and peak memory (/usr/bin/time -v).
# Usage: bench/obligations/run.sh [HTTP_SECONDS] [COUNT]      (PORT=3198 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_HTTP="${1:-20}"
COUNT="${2:-10000}"
PORT="${PORT:-3198}"
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
JAR=server/target/aigb.jar
HERE=bench/obligations
WORK=bench/.work
mkdir -p "$WORK"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# the harness uses ProfileValidationBench's timing helpers and generator: compile the two together
rm -rf "$WORK/obligation-classes" && javac -nowarn -cp "$JAR" -d "$WORK/obligation-classes" \
    bench/profile-validation/ProfileValidationBench.java "$HERE/ObligationBench.java"
BENCH_CP="$JAR:$WORK/obligation-classes"
java -cp "$BENCH_CP" ProfileValidationBench --print-profile > "$WORK/profile-210.ttl"
java -Xmx1g -cp "$BENCH_CP" ObligationBench "$WORK/profile-210.ttl" data/examples/profiles/company-z.ttl
echo "# load average after in-process: $(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx1g -jar "$JAR" serve --port "$PORT" > "$WORK/serve-obligations.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/\$/ping" && break
    sleep 0.2
done
for profile in "$WORK/profile-210.ttl" data/examples/profiles/company-z.ttl; do
    printf 'HTTP POST /profiles/obligations %s, concurrency 8: profiles/s\tp50 ms\tp99 ms\trequests\terrors\n' "$(basename "$profile")"
    java bench/LoadGen.java "http://127.0.0.1:$PORT/profiles/obligations" "$profile" application/json 8 20 "$SECONDS_HTTP" text/turtle
done
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
echo "# load average after HTTP: $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$WORK/batch" && java -cp "$BENCH_CP" ObligationBench --generate "$WORK/batch" "$COUNT"
START=$(date +%s%N)
/usr/bin/time -v java -Xmx512m -jar "$JAR" obligations "$WORK/batch" --format json > "$WORK/batch.json" 2> "$WORK/batch.time" || true
END=$(date +%s%N)
ELAPSED_MS=$(( (END - START) / 1000000 ))
echo "batch: $COUNT profiles in $ELAPSED_MS ms: $(( COUNT * 1000 / ELAPSED_MS )) profiles/s (including JVM start and graph load)"
grep -E "Maximum resident set size|Elapsed \(wall clock\)|Exit status" "$WORK/batch.time"
echo "output: $(wc -c < "$WORK/batch.json") bytes; conforming: $(grep -cE '"conforms" ?: ?true' "$WORK/batch.json")"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
