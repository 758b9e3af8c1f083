#!/usr/bin/env bash
# What `obligations --changes` costs against a single derivation (the target: at most 2x), in one JVM
# with one engine, single and changes in alternating blocks (bench/obligations/ChangesBench.java);
# recorded by hand in docs/benchmarks.md ("What the update changed: the cost of --changes").
# Profiles: the 214-triple, 7-system stress profile (bench/profile-validation's generator), and the case
# examples company-z (agent developer and provider), consumer-rag-assistant (RAG provider, roles open
# under v1.1) and company-e (fine-tunes and provides: a role settled by the update).
# Usage: bench/obligations/changes.sh   (WARMUP=300 ROUNDS=10 BLOCK=30 VARIANTS=engine,md,json by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=bench/.work/obligations-changes
rm -rf "$WORK" && mkdir -p "$WORK"
echo "# code: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- server queries ontology data shapes || echo ', modified'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -o -DskipTests package
JAR=server/target/aigb.jar
javac -nowarn -cp "$JAR" -d "$WORK/classes" bench/profile-validation/ProfileValidationBench.java bench/obligations/ChangesBench.java
java -cp "$JAR:$WORK/classes" ProfileValidationBench --print-profile > "$WORK/profile-210.ttl"
java -Xmx2g -Dlog4j2.configurationFile=bench/log4j2-warn.properties -cp "$JAR:$WORK/classes" ChangesBench \
    --warmup "${WARMUP:-300}" --rounds "${ROUNDS:-10}" --block "${BLOCK:-30}" --variants "${VARIANTS:-engine,md,json}" \
    "$WORK/profile-210.ttl" data/examples/profiles/company-z.ttl data/examples/profiles/consumer-rag-assistant.ttl data/examples/profiles/company-e.ttl
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
