#!/usr/bin/env bash
# Benchmark of the search (docs/benchmarks.md, section "Search"):
#
#   bench/search.sh [ROUNDS]        (default 20 measured rounds after 3 warm-up rounds)
#
# Needs Java 17 (JDK), Maven and curl. Measures (1) the index build times the server logs at
# start-up (the ranked search index and the jena-text index of the SPARQL endpoint), median of
# 3 cold starts; (2) the latency of GET /search over HTTP, one request at a time, for the
# queries of the quality set (server/src/test/resources/search/quality.tsv: Japanese and English
# mixed), with bench/SearchBench.java.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
WARMUP=3
WORK=bench/.work
PORT=3133
mkdir -p "$WORK"
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
javac -d "$WORK/classes" bench/SearchBench.java

PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; }
trap cleanup EXIT
start() {
    java -Xmx256m -jar server/target/aigb.jar serve --port "$PORT" >"$WORK/search-serve.log" 2>&1 &
    PID=$!
    # The indexes are built in the background after "aigb: ready"; their line comes when both are done.
    until grep -q "aigb: search index" "$WORK/search-serve.log" 2>/dev/null; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/search-serve.log" >&2; exit 1; }
        sleep 0.05
    done
}

echo "## Index build at start-up (3 cold starts)"
for i in 1 2 3; do
    start
    grep "search index" "$WORK/search-serve.log" | sed 's/^aigb: //'
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done

echo
echo "## GET /search latency (one client, one request at a time; $WARMUP warm-up rounds, $ROUNDS measured)"
start
java -cp "$WORK/classes" SearchBench "http://127.0.0.1:$PORT" server/src/test/resources/search/quality.tsv "$WARMUP" "$ROUNDS"
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
