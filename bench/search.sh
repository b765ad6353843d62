#!/usr/bin/env bash
# Search benchmark: generates synthetic organizations in four scripts, indexes them with the
# application's mass indexer and measures search latency per query class against a baseline.
# Usage: bench/search.sh [--organizations=100000] [--seed=42] [--iterations=1000] [--warmup=300]
#                        [--queries=200] [--out=target/bench/search.md]
set -euo pipefail
cd "$(dirname "$0")/.."

# A JDK 21 or newer (the machine's default java may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for dir in /usr/lib/jvm/*/; do
    if "$dir/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME="${dir%/}"; fi
  done
fi
export JAVA_HOME
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(nproc) processors; $(free -g | awk '/Mem:/ {print $2}') GiB memory"

./mvnw -B -q test-compile -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms2g -Xmx2g -XX:+UseG1GC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.liaison.bench.SearchBenchmark "$@"
