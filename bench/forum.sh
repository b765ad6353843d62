#!/usr/bin/env bash
# The forum scheduler's benchmark (issue 9): Liaison's scheduler against a greedy baseline, Timefold
# Solver and OR-Tools CP-SAT on seeded generated instances at equal time limits; every schedule is
# validated and compared with the bound U*. Then the peak memory of the `schedule` command alone on
# an XL instance. The peers come from the Maven profile forum-bench (never on the application's
# classpath).
#   bench/forum.sh                                     # M, M-tight, XL, XL-tight; 5 seeds; all four solvers
#   SIZES=M,M-tight SEEDS=2 SOLVERS=liaison,greedy bench/forum.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SIZES=${SIZES:-M,M-tight,XL,XL-tight}
SEEDS=${SEEDS:-5}
SECONDS_PER=${SECONDS_PER:-M=10,L=30,XL=60}
SOLVERS=${SOLVERS:-liaison,greedy,timefold,cpsat}
OUT=target/bench/forum
mkdir -p "$OUT"
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(nproc) processors; $(free -g | awk '/Mem:/ {print $2}') GiB memory"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -Pforum-bench test-compile -Djacoco.skip=true
./mvnw -B -q -Pforum-bench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CP="target/classes:target/test-classes:$(cat "$OUT/classpath.txt")"
JAVA=("$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC --enable-native-access=ALL-UNNAMED -cp "$CP")
"${JAVA[@]}" org.liaison.bench.forum.ForumBenchmark --sizes "$SIZES" --seeds "$SEEDS" --seconds "$SECONDS_PER" \
  --solvers "$SOLVERS" --out "$OUT/report.md" 2>&1 | grep -v -E '^(WARNING|[0-9:. ]+\[|\s+at )' | tee "$OUT/run.log"
echo "load average after the comparison: $(cut -d' ' -f1-3 /proc/loadavg)"
# Peak memory of the command alone at XL (resident set of the whole JVM, heap capped at 1 GiB)
"${JAVA[@]}" org.liaison.bench.forum.WriteInstance XL false 1 "$OUT/xl-1.json"
/usr/bin/time -v "$JAVA_HOME/bin/java" -Xmx1g -cp target/classes:"$(cat "$OUT/classpath.txt")" org.liaison.LiaisonApplication \
  schedule --in "$OUT/xl-1.json" --out "$OUT/xl-1-schedule.json" --seconds 60 --seed 1 2>"$OUT/time.txt"
grep -E "Maximum resident|Elapsed" "$OUT/time.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
