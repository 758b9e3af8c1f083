#!/usr/bin/env bash
# Profile-validation benchmark: in-process (ProfileValidationBench.java, a plain timed harness).
# Usage: bench/profile-validation/run.sh [--runs N] [--warmup N] [--systems K]
# Results are recorded by hand in docs/benchmarks.md ("Company profile validation").
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f server/target/aigb.jar ] || mvn -B -q -DskipTests package
exec java -Xmx1g -cp server/target/aigb.jar bench/profile-validation/ProfileValidationBench.java "$@"
