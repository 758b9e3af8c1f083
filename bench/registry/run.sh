#!/usr/bin/env bash
# Registry benchmark, recorded by hand in docs/benchmarks.md ("Registry of submitted profiles").
#  1. POST /submissions over HTTP at concurrency 8 (validation + derivation + durable commit), each
#     client its own organisation, on the embedded TDB2 store; side by side in the same run with
#     POST /profiles/obligations (the same validation and derivation, nothing stored) and with group
#     commit turned off (-Daigb.registry.maxBatch=1);
#  2. the same on a stock Fuseki with TDB2 (org.apache.jena:jena-fuseki-server:5.6.0) as a shared store;
#  3. reading a history (GET /submissions/{org}, an organisation with hundreds of versions);
#  4. store size per 1,000 submissions (du, before and after `registry compact`);
#  5. a LARGE-organisation store (1,000 real submissions, copied under new identities up to LARGE):
#     server start-up time against it and against an empty store, and the reviewers' list
#     (GET /submissions) p50/p99.
# Usage: bench/registry/run.sh [HTTP_SECONDS] [LARGE]      (LARGE=100000; PORT=3199, FUSEKI_PORT=3299)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_HTTP="${1:-30}"
LARGE="${2:-100000}"
PORT="${PORT:-3199}"
FUSEKI_PORT="${FUSEKI_PORT:-3299}"
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
JAR=server/target/aigb.jar
WORK=bench/.work/registry
PROFILE=data/examples/profiles/company-q.ttl
rm -rf "$WORK" && mkdir -p "$WORK"
javac -nowarn -cp "$JAR" -d "$WORK/classes" bench/registry/RegistryBench.java
[ -f bench/.work/jena-fuseki-server-5.6.0.jar ] || mvn -B -q dependency:copy \
    -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=bench/.work
BENCH="java -Xmx2g -cp $JAR:$WORK/classes RegistryBench"
URL="http://127.0.0.1:$PORT"
SERVER=""; FUSEKI=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true; [ -n "$FUSEKI" ] && kill "$FUSEKI" 2>/dev/null || true; }
trap cleanup EXIT
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# serve STORE [JVM options...]: starts the server and waits until it answers (its log: $WORK/serve.log)
serve() {
    local store="$1"; shift
    java -Xmx2g "$@" -jar "$JAR" serve --port "$PORT" --store "$store" > "$WORK/serve.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 600); do grep -q "aigb: ready" "$WORK/serve.log" && break; sleep 0.1; done
}
ready() { grep -o "ready in [0-9]* ms" "$WORK/serve.log"; }
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
line() { printf '%s: submissions/s\tp50 ms\tp99 ms\trequests\terrors\n' "$1"; }

# 1. embedded TDB2
$BENCH accounts "$WORK/tdb" 16 bench "$WORK/tokens.tsv"
$BENCH reviewer "$WORK/tdb" "$WORK/reviewer.token"
serve "$WORK/tdb"
printf 'POST /profiles/obligations (no storage), concurrency 8: profiles/s\tp50 ms\tp99 ms\trequests\terrors\n'
java bench/LoadGen.java "$URL/profiles/obligations" "$PROFILE" application/json 8 10 "$SECONDS_HTTP" text/turtle
line "POST /submissions on TDB2 (group commit), concurrency 8"
$BENCH post "$URL" "$WORK/tokens.tsv" "$PROFILE" 8 10 "$SECONDS_HTTP"
printf 'GET /submissions/bench-1 (history of %s versions), concurrency 1: requests/s\tp50 ms\tp99 ms\trequests\terrors\n' \
    "$(curl -s -H "Authorization: Bearer $(cut -f2 "$WORK/tokens.tsv" | head -1)" "$URL/submissions/bench-1" | grep -o '"version":' | wc -l)"
$BENCH get "$URL" <(cut -f2 "$WORK/tokens.tsv" | head -1) /submissions/bench-1 1 5 "$SECONDS_HTTP"
stop
serve "$WORK/tdb" -Daigb.registry.maxBatch=1
line "POST /submissions on TDB2, group commit off (one commit per submission), concurrency 8"
tail -n 8 "$WORK/tokens.tsv" > "$WORK/tokens-b.tsv"
$BENCH post "$URL" "$WORK/tokens-b.tsv" "$PROFILE" 8 10 "$SECONDS_HTTP"
stop
echo "# load average after embedded: $(cut -d' ' -f1-3 /proc/loadavg)"

# 2. remote: a stock Fuseki server with a TDB2 database (Fuseki wants the directory to exist)
mkdir -p "$WORK/fuseki-tdb2"
FUSEKI_BASE="$WORK/fuseki-run" java -Xmx2g -Dlog4j2.configurationFile=bench/log4j2-warn.properties -jar bench/.work/jena-fuseki-server-5.6.0.jar \
    --tdb2 --loc="$WORK/fuseki-tdb2" --update --port="$FUSEKI_PORT" --localhost /registry > "$WORK/fuseki.log" 2>&1 &
FUSEKI=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$FUSEKI_PORT/\$/ping" && break; sleep 0.1; done
REMOTE="sparql:http://127.0.0.1:$FUSEKI_PORT/registry"
$BENCH accounts "$REMOTE" 8 remote "$WORK/tokens-remote.tsv"
serve "$REMOTE"
line "POST /submissions on Fuseki/TDB2 (shared store), concurrency 8"
$BENCH post "$URL" "$WORK/tokens-remote.tsv" "$PROFILE" 8 10 "$SECONDS_HTTP"
printf 'GET /submissions/remote-1 on Fuseki/TDB2, concurrency 1: requests/s\tp50 ms\tp99 ms\trequests\terrors\n'
$BENCH get "$URL" <(cut -f2 "$WORK/tokens-remote.tsv" | head -1) /submissions/remote-1 1 5 "$SECONDS_HTTP"
stop
kill "$FUSEKI"; wait "$FUSEKI" 2>/dev/null || true; FUSEKI=""
echo "# load average after remote: $(cut -d' ' -f1-3 /proc/loadavg)"

# 4. size per 1,000 submissions (on disk, and the files' apparent size: TDB2 maps its files in
#    growing chunks, and writes new blocks at every commit until compacted)
size() { printf '%s: %.1f MB on disk (%.1f MB apparent)\n' "$2" "$(du -sk "$1" | awk '{print $1/1024}')" "$(du -sb "$1" | awk '{print $1/1e6}')"; }
$BENCH accounts "$WORK/size" 1000 size "$WORK/tokens-size.tsv"
size "$WORK/size" "store after 1,000 organisations"
$BENCH populate "$WORK/size" "$WORK/tokens-size.tsv" "$PROFILE" 2
size "$WORK/size" "store after 1,000 submissions"
java -jar "$JAR" registry compact --store "$WORK/size" > /dev/null
size "$WORK/size" "store after 1,000 submissions, compacted"

# 5. the large store: 1,000 organisations submit through the real path, then their records are
#    copied under new identities up to LARGE (RegistryBench replicate)
cp -r "$WORK/size" "$WORK/large"
$BENCH replicate "$WORK/large" $(( LARGE / 1000 ))
size "$WORK/large" "store of $LARGE organisations with one version each"
java -jar "$JAR" registry compact --store "$WORK/large" > /dev/null
size "$WORK/large" "store of $LARGE organisations, compacted"
$BENCH reviewer "$WORK/large" "$WORK/reviewer-large.token"
# listed: waits until the server has read the reviewers' list in the background, and says how long it took
listed() { for _ in $(seq 1 6000); do grep -q "reviewers' list" "$WORK/serve.log" && break; sleep 0.1; done; grep -o "reviewers' list.*" "$WORK/serve.log"; }
serve "$WORK/empty"; echo "start-up, empty store: $(ready); $(listed)"; stop
serve "$WORK/large"; echo "start-up, $LARGE-submission store: $(ready); $(listed)"; stop
serve "$WORK/large"; listed > /dev/null
for path in "/submissions?limit=50" "/submissions?limit=50&offset=50000" "/submissions?role=AIBusinessUser&limit=50" \
            "/submissions?aitype=ai-agent&gaps=true&limit=50" "/submissions?since=2999-01-01"; do
    printf 'GET %s (%s organisations), concurrency 1: requests/s\tp50 ms\tp99 ms\trequests\terrors\n' "$path" "$LARGE"
    $BENCH get "$URL" "$WORK/reviewer-large.token" "$path" 1 5 "$SECONDS_HTTP"
done
stop
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
