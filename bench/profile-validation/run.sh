#!/usr/bin/env bash
# Profile-validation benchmark, recorded by hand in docs/benchmarks.md ("Company profile validation").
#  1. in process (ProfileValidationBench.java, a plain timed harness): the validator against the naive
#     paths (shapes parsed per profile; the whole graph copied per profile), on a ~210-triple profile;
#  2. over HTTP (bench/LoadGen.java, the SPARQL benchmark's closed-loop client, posting the profile):
#     POST /profiles/validate at concurrency 8 on `serve`, when the server has the endpoint.
# Usage: bench/profile-validation/run.sh [HTTP_SECONDS]      (PORT=3197 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_HTTP="${1:-15}"
PORT="${PORT:-3197}"
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
JAR=server/target/aigb.jar
HERE=bench/profile-validation
mkdir -p bench/.work
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx1g -cp "$JAR" "$HERE/ProfileValidationBench.java"

java -cp "$JAR" "$HERE/ProfileValidationBench.java" --print-profile > bench/.work/profile-210.ttl
java -Xmx1g -jar "$JAR" serve --port "$PORT" > bench/.work/serve.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/\$/ping" && break
    sleep 0.2
done
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/turtle' \
    --data-binary @bench/.work/profile-210.ttl "http://127.0.0.1:$PORT/profiles/validate" || true)
if [ "$STATUS" = "200" ]; then
    # bench/LoadGen.java (the SPARQL benchmark's client) POSTs the profile: 8 clients, 20 s warm-up
    printf 'HTTP POST /profiles/validate, concurrency 8: profiles/s\tp50 ms\tp99 ms\trequests\terrors\n'
    java bench/LoadGen.java "http://127.0.0.1:$PORT/profiles/validate" bench/.work/profile-210.ttl \
        application/json 8 20 "$SECONDS_HTTP" text/turtle
else
    echo "# HTTP skipped: POST /profiles/validate answered $STATUS (the server has no profile endpoint yet)"
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
