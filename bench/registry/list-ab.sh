#!/usr/bin/env bash
# The reviewers' list and start-up on the large store that run.sh made (bench/.work/registry/large),
# side by side: the jar of BASE (a revision, built into bench/.work/base) and the working tree's
# jar, in alternating rounds A B A B. Each round starts the server on the store, waits until it is
# ready and its background start-up is done, then times each list path N times one after another
# (RegistryBench repeat: p50, p90, max ms), and the heap used after a full GC (jcmd).
# Usage: bench/registry/list-ab.sh BASE [N_BASE] [N_CURRENT]   (e.g. BASE=the commit before a change)
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE="${1:?a base revision}"
N_BASE="${2:-3}"
N_CURRENT="${3:-50}"
PORT="${PORT:-3199}"
WORK=bench/.work/registry
STORE="$WORK/large"
[ -d "$STORE" ] || { echo "no $STORE: run bench/registry/run.sh first" >&2; exit 2; }
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
rm -rf bench/.work/base && mkdir -p bench/.work/base
git archive "$BASE" | tar -x -C bench/.work/base
(cd bench/.work/base && mvn -B -q -o -DskipTests package)
javac -nowarn -cp server/target/aigb.jar -d "$WORK/classes" bench/registry/RegistryBench.java
BENCH="java -cp server/target/aigb.jar:$WORK/classes RegistryBench"
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true' EXIT
echo "# base $(git rev-parse --short "$BASE"), current $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
round() {
    local name="$1" jar="$2" n="$3"
    java -Xmx2g -jar "$jar" serve --port "$PORT" --store "$STORE" > "$WORK/serve-$name.log" 2>&1 &
    SERVER=$!
    # ready, the background start-up done, and (with a server that keeps a copy of the list) the list read
    for _ in $(seq 1 6000); do
        grep -q "built in the background" "$WORK/serve-$name.log" && { grep -q "reviewers' list" "$WORK/serve-$name.log" || [ "$name" = base ]; } && break
        sleep 0.1
    done
    echo "$name: $(grep -o 'ready in [0-9]* ms' "$WORK/serve-$name.log"); $(grep -o 'built in the background: .*' "$WORK/serve-$name.log"); $(grep -o "reviewers' list.*" "$WORK/serve-$name.log")"
    for path in "/submissions?limit=50" "/submissions?limit=50&offset=50000" "/submissions?role=AIBusinessUser&limit=50" \
                "/submissions?aitype=ai-agent&gaps=true&limit=50" "/submissions?since=2999-01-01"; do
        printf '%s\tGET %s\tp50 ms\tp90 ms\tmax ms\trequests: ' "$name" "$path"
        $BENCH repeat "http://127.0.0.1:$PORT" "$WORK/reviewer-large.token" "$path" "$n" | tr '\n' ' '
        echo
    done
    jcmd "$SERVER" GC.run > /dev/null
    echo "$name: heap after a full GC: $(jcmd "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
    kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}
for r in 1 2; do
    round base bench/.work/base/server/target/aigb.jar "$N_BASE"
    round current server/target/aigb.jar "$N_CURRENT"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
