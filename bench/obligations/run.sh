#!/usr/bin/env bash
# Obligations benchmark, A/B: the code of BASE (default main: the code before the change measured)
# against the working tree's, in the same run, recorded by hand in docs/benchmarks.md ("Obligations:
# which items apply"). The machine is shared: only ratios taken in the same run mean something.
#  1. in process (ObligationAB.java): both engines in one JVM, each in a class loader of its own,
#     checking the same profile in alternating blocks; per derivation, wall time and the thread's CPU
#     time; for the 214-triple, 7-system stress profile (bench/profile-validation's generator) and the
#     case example company-z.ttl; check, then check+json;
#  2. over HTTP (bench/LoadGen.java): both servers up, POST /profiles/obligations (JSON) with the
#     stress profile at concurrency 8, in alternating blocks (A B A B ...);
#  3. a batch of COUNT generated profiles through the command line (obligations DIR --format json),
#     A B A B, with throughput and peak memory (/usr/bin/time -v).
# Usage: BASE=main bench/obligations/run.sh [HTTP_SECONDS_PER_BLOCK] [COUNT]   (PORT=3198, PORT+1 by default)
# Smaller runs on a busy machine: WARMUP=1000 ROUNDS=12 BLOCK=50 VARIANTS="check check+json" BATCH_ROUNDS=2 (the defaults).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_HTTP="${1:-15}"
COUNT="${2:-10000}"
PORT="${PORT:-3198}"
BASE="${BASE:-main}"
HERE=bench/obligations
WORK=bench/.work/obligations-ab
rm -rf "$WORK" && mkdir -p "$WORK/a" "$WORK/b"
echo "# A = $BASE ($(git rev-parse --short "$BASE")), B = working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- server queries ontology data shapes || echo ', modified'))"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# the two jars: A built in a temporary worktree, B from the working tree
TREE=$(mktemp -d)
cleanup() {
    for pid in ${SERVERS:-}; do kill "$pid" 2>/dev/null || true; done
    git -C "$ROOT" worktree remove --force "$TREE" >/dev/null 2>&1 || true
}
trap cleanup EXIT
git worktree add --detach "$TREE" "$BASE" >/dev/null
(cd "$TREE" && mvn -B -q -o -DskipTests package)
cp "$TREE/server/target/aigb.jar" "$WORK/a/aigb.jar"
mvn -B -q -o -DskipTests package
cp server/target/aigb.jar "$WORK/b/aigb.jar"
for x in a b; do
    javac -nowarn -cp "$WORK/$x/aigb.jar" -d "$WORK/$x/classes" "$HERE/ObligationTask.java"
done
javac -nowarn -cp "$WORK/b/aigb.jar" -d "$WORK/bench-classes" bench/profile-validation/ProfileValidationBench.java "$HERE/ObligationBench.java"
java -cp "$WORK/b/aigb.jar:$WORK/bench-classes" ProfileValidationBench --print-profile > "$WORK/profile-210.ttl"
LOG="-Dlog4j2.configurationFile=bench/log4j2-warn.properties"

# 1. in process
for variant in ${VARIANTS:-check check+json}; do
    java -Xmx2g $LOG "$HERE/ObligationAB.java" --a "A=$WORK/a/aigb.jar:$WORK/a/classes" --b "B=$WORK/b/aigb.jar:$WORK/b/classes" \
        --variant "$variant" --warmup "${WARMUP:-1000}" --rounds "${ROUNDS:-12}" --block "${BLOCK:-50}" "$WORK/profile-210.ttl" data/examples/profiles/company-z.ttl
done
echo "# load average after in-process: $(cut -d' ' -f1-3 /proc/loadavg)"

# 2. over HTTP: both servers up, measured in alternating blocks
java -Xmx1g -jar "$WORK/a/aigb.jar" serve --port "$PORT" > "$WORK/serve-a.log" 2>&1 &
SERVERS="$!"
java -Xmx1g -jar "$WORK/b/aigb.jar" serve --port "$((PORT + 1))" > "$WORK/serve-b.log" 2>&1 &
SERVERS="$SERVERS $!"
for p in "$PORT" "$((PORT + 1))"; do
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$p/\$/ping" && break
        sleep 0.2
    done
done
URL_A="http://127.0.0.1:$PORT/profiles/obligations" URL_B="http://127.0.0.1:$((PORT + 1))/profiles/obligations"
echo "HTTP POST /profiles/obligations profile-210.ttl, concurrency 8, warm-up 20 s each; then blocks of $SECONDS_HTTP s"
java bench/LoadGen.java "$URL_A" "$WORK/profile-210.ttl" application/json 8 20 1 text/turtle > /dev/null
java bench/LoadGen.java "$URL_B" "$WORK/profile-210.ttl" application/json 8 20 1 text/turtle > /dev/null
printf 'block\tprofiles/s\tp50 ms\tp99 ms\trequests\terrors\n'
for round in 1 2 3; do
    for x in A B; do
        url=URL_$x
        printf '%s%s\t%s\n' "$x" "$round" "$(java bench/LoadGen.java "${!url}" "$WORK/profile-210.ttl" application/json 8 2 "$SECONDS_HTTP" text/turtle)"
    done
done
for pid in $SERVERS; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
SERVERS=""
echo "# load average after HTTP: $(cut -d' ' -f1-3 /proc/loadavg)"

# 3. batch through the command line, A B A B
java -cp "$WORK/b/aigb.jar:$WORK/bench-classes" ObligationBench --generate "$WORK/batch" "$COUNT"
for round in $(seq 1 "${BATCH_ROUNDS:-2}"); do
    for x in a b; do
        START=$(date +%s%N)
        /usr/bin/time -v java -Xmx512m -jar "$WORK/$x/aigb.jar" obligations "$WORK/batch" --format json > "$WORK/batch-$x.json" 2> "$WORK/batch-$x.time" || true
        END=$(date +%s%N)
        ELAPSED_MS=$(( (END - START) / 1000000 ))
        echo "batch ${x^^}$round: $COUNT profiles in $ELAPSED_MS ms: $(( COUNT * 1000 / ELAPSED_MS )) profiles/s (JVM start and graph load included);" \
            "$(grep -E 'Maximum resident set size' "$WORK/batch-$x.time" | sed 's/.*: /max RSS kB /'); exit $(grep -E 'Exit status' "$WORK/batch-$x.time" | sed 's/.*: //');" \
            "$(grep -cE '"conforms" ?: ?true' "$WORK/batch-$x.json") conforming"
    done
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
