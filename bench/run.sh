#!/usr/bin/env bash
# Benchmark of `aigb.jar serve` against stock Fuseki serving the same data (docs/benchmarks.md).
#
#   bench/run.sh [MEASURE_SECONDS]        (default 20; warm-up 5 s per run)
#
# Needs Java 17 (JDK) and Maven (nothing else: the load generator is bench/LoadGen.java;
# curl is used to poll for readiness). Stock Fuseki (org.apache.jena:jena-fuseki-server:5.6.0) is
# fetched from Maven Central into bench/.work/ (ignored by git, never committed).
# wrk or hyperfine are not needed; if you want them for your own checks: apt-get install -y wrk hyperfine
#
# Measures: (1) start-up time to the first answered query (median of 3 cold starts);
# (2) heap used with the graph loaded (after a full GC); (3) throughput and p50/p99 latency at
# concurrency 8 for each query in bench/queries/ plus queries/service/items-by-role-and-stage.rq,
# ours and stock alternately in the same run, both with -Xmx256m and request logging off.
set -euo pipefail
cd "$(dirname "$0")/.."
MEASURE="${1:-20}"
WARMUP=5
CONC=8
WORK=bench/.work
OURS_PORT=3131
STOCK_PORT=3132
JAVA_OPTS=(-Xmx256m)
mkdir -p "$WORK"

[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
[ -f "$WORK/jena-fuseki-server-5.6.0.jar" ] || mvn -B -q dependency:copy \
    -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$WORK"
# The same dataset for stock Fuseki: the default graph (the union, as Turtle: TriG reads Turtle
# triples as the default graph) followed by the named graphs, with the same prefixes. Same shape
# matters: DESCRIBE looks into every named graph, and result documents print the prefixes.
java -jar server/target/aigb.jar export --format ttl --with-inferred --out "$WORK/union.ttl"
java -jar server/target/aigb.jar export --format trig --with-inferred --out "$WORK/graphs.trig"
cat "$WORK/union.ttl" "$WORK/graphs.trig" > "$WORK/aigb.trig"

javac -d "$WORK/classes" bench/LoadGen.java

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

ASK='query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D'
wait_ready() { # port -> waits until the SPARQL endpoint answers
    until curl -sf -o /dev/null "http://127.0.0.1:$1/kg/sparql?$ASK"; do sleep 0.02; done
}
start_ours() {
    java "${JAVA_OPTS[@]}" -jar server/target/aigb.jar serve --port "$OURS_PORT" >"$WORK/ours.log" 2>&1 &
    OURS_PID=$!; PIDS+=("$OURS_PID")
}
start_stock() {
    # FUSEKI_BASE: stock Fuseki writes its run area (config, logs, system files) there, not in ./run
    FUSEKI_BASE="$WORK/fuseki-run" java "${JAVA_OPTS[@]}" -Dlog4j2.configurationFile=bench/log4j2-warn.properties -jar "$WORK/jena-fuseki-server-5.6.0.jar" \
        --file="$WORK/aigb.trig" --port="$STOCK_PORT" --localhost --timeout=10000 /kg >"$WORK/stock.log" 2>&1 &
    STOCK_PID=$!; PIDS+=("$STOCK_PID")
}
ms_now() { date +%s%3N; }

echo "## Start-up to first answered query (ms)"
for who in ours stock; do
    times=()
    for i in 1 2 3; do
        t0=$(ms_now)
        if [ "$who" = ours ]; then start_ours; port=$OURS_PORT; pid=$OURS_PID; else start_stock; port=$STOCK_PORT; pid=$STOCK_PID; fi
        wait_ready "$port"
        times+=($(( $(ms_now) - t0 )))
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "$who: ${times[*]} (median ${sorted[1]})"
done

start_ours; start_stock
wait_ready "$OURS_PORT"; wait_ready "$STOCK_PORT"

echo
echo "## Heap used with the graph loaded (after a full GC)"
for who in ours stock; do
    pid=$([ "$who" = ours ] && echo "$OURS_PID" || echo "$STOCK_PID")
    jcmd "$pid" GC.run >/dev/null
    used=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
    echo "$who: $used"
done

echo
echo "## Throughput at concurrency $CONC (${MEASURE} s per run after ${WARMUP} s warm-up)"
echo -e "query\tserver\treq/s\tp50 ms\tp99 ms\trequests\terrors"
run() { # name file accept -- ours, stock, stock, ours (ABBA) so drift in machine load cancels out
    local sum_ours=0 sum_stock=0
    for who in ours stock stock ours; do
        port=$([ "$who" = ours ] && echo "$OURS_PORT" || echo "$STOCK_PORT")
        line=$(java -cp "$WORK/classes" LoadGen "http://127.0.0.1:$port/kg/sparql" "$2" "$3" "$CONC" "$WARMUP" "$MEASURE")
        echo -e "$1\t$who\t$line"
        rps=$(cut -f1 <<<"$line")
        if [ "$who" = ours ]; then sum_ours=$((sum_ours + rps)); else sum_stock=$((sum_stock + rps)); fi
    done
    SUMMARY+=("$1: ours $((sum_ours / 2)) req/s, stock $((sum_stock / 2)) req/s, ratio $((100 * sum_ours / sum_stock)) %")
}
SUMMARY=()
run label-lookup bench/queries/label-lookup.rq application/sparql-results+json
run items-by-role-and-stage queries/service/items-by-role-and-stage.rq application/sparql-results+json
run describe-item bench/queries/describe-item.rq text/turtle
run describe-edition bench/queries/describe-edition.rq text/turtle
echo
echo "## Summary (mean of the two runs each)"
printf '%s\n' "${SUMMARY[@]}"
echo
echo "triples in the default graph: $(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$STOCK_PORT/kg/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D" | tail -1 | tr -d '\r') (stock), \
$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$OURS_PORT/kg/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D" | tail -1 | tr -d '\r') (ours)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
