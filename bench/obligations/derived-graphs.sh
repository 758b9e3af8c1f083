#!/usr/bin/env bash
# Writes the reference graphs of DerivedGraphsTest (server/src/test/resources/derivations/derived/):
# what the engine derives for every conforming example profile, every obligation fixture and the
# benchmark's profiles (server/src/test/resources/derivations/profiles/).
#   bench/obligations/derived-graphs.sh          with the code of the working tree (after a change of
#                                                what the rules derive: review the diff, then commit it)
#   bench/obligations/derived-graphs.sh REV      with the code of commit REV (e.g. main, before a change
#                                                meant only to make the derivation faster), built in a
#                                                temporary worktree; the profiles are the working tree's
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=bench/.work/derived-graphs
OUT=server/src/test/resources/derivations/derived
rm -rf "$WORK" && mkdir -p "$WORK"
if [ $# -ge 1 ]; then
    TREE=$(mktemp -d)
    trap 'git -C "$ROOT" worktree remove --force "$TREE" >/dev/null 2>&1 || true' EXIT
    git worktree add --detach "$TREE" "$1" >/dev/null
    (cd "$TREE" && mvn -B -q -o -DskipTests package)
    JAR="$TREE/server/target/aigb.jar"
else
    mvn -B -q -o -DskipTests package
    JAR=server/target/aigb.jar
fi
javac -nowarn -cp "$JAR" -d "$WORK/classes" bench/obligations/DerivedGraphs.java
run() {
    java -Dlog4j2.configurationFile=bench/log4j2-warn.properties -cp "$JAR:$WORK/classes" DerivedGraphs "$@"
}
rm -rf "$OUT"
run "$OUT/examples" $(ls data/examples/profiles/*.ttl | grep -v -e '/invalid-' -e '\.expected\.ttl$')
run "$OUT/fixtures" $(ls server/src/test/resources/obligation/*.ttl | grep -v '\.expected\.ttl$')
run "$OUT/profiles" server/src/test/resources/derivations/profiles/*.ttl
echo "wrote $(find "$OUT" -name '*.ttl' | wc -l) reference graphs in $OUT"
