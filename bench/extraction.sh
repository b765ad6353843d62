#!/usr/bin/env bash
# Scores the extractor against bench/extraction (dev and held-out halves) and measures throughput.
#   bench/extraction.sh                 # scores and 10 s of throughput per thread count
#   bench/extraction.sh --verbose       # also every missed and extra fact
#   bench/extraction.sh --seconds=3     # shorter throughput run
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile -Djacoco.skip=true
CP="target/classes:target/test-classes:$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
exec "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -cp "$CP" org.liaison.bench.ExtractionBenchmark --dir=bench/extraction "$@"
