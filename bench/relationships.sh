#!/usr/bin/env bash
# Relationships benchmark: times the board, the table, the coverage and their APIs on the demo data,
# then loads 100,000 organizations (one relationship each) and 1,000,000 engagements with SQL into
# the same instance's H2 file database and times them again; a baseline (health, "who am I") is
# timed in each run. The load runs in batches of BATCH rows generated in SQL (system_range), one
# commit per statement. Usage: bench/relationships.sh  (env: ORGS, ENGAGEMENTS, BATCH, RUNS, WARMUP)
set -euo pipefail
cd "$(dirname "$0")/.."

ORGS=${ORGS:-100000}
ENGAGEMENTS=${ENGAGEMENTS:-1000000}
BATCH=${BATCH:-100000}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-5}
OUT=target/bench/relationships
mkdir -p "$OUT"
DATA=$(mktemp -d)

# A JDK 21 or newer (the machine's default java may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for dir in /usr/lib/jvm/*/; do
    if "$dir/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME="${dir%/}"; fi
  done
fi
export JAVA_HOME
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(nproc) processors; $(free -g | awk '/Mem:/ {print $2}') GiB memory"
echo "Data folder: $DATA; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

./mvnw -B -q compile -Djacoco.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-runtime-classpath.txt
CP="target/classes:$(cat target/bench-runtime-classpath.txt)"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
PID=""

start() {
  local log="$OUT/app-$1.log"
  local t0=$SECONDS
  LIAISON_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseG1GC -cp "$CP" \
    -Dserver.port="$PORT" -Dliaison.relationships.card-refresh=PT24H org.liaison.LiaisonApplication >"$log" 2>&1 &
  PID=$!
  until curl -fs "$BASE/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "the application stopped; see $log"; exit 1; }
    [ $((SECONDS - t0)) -lt 900 ] || { echo "no answer after 900 s; see $log"; exit 1; }
    sleep 2
  done
  # Rows written with SQL are not in the search index: wait for the rebuild the application starts.
  if grep -q "out of step" "$log"; then
    until grep -q "Search index rebuilt\|Rebuilding the search index failed" "$log"; do sleep 2; done
  fi
  echo "$1: ready in $((SECONDS - t0)) s ($(grep -o 'Relationship cards: [0-9]* filled' "$log" || echo 'no cards to fill'))"
}

stop() {
  if [ -n "$PID" ]; then kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; fi
}
trap stop EXIT

start demo
python3 bench/relationships_measure.py "$BASE" manager demo-manager-2012 demo "$OUT/demo.json" "$RUNS" "$WARMUP"
stop

rm -rf "$OUT/load" && python3 bench/relationships_expand.py bench/relationships-load.sql "$ORGS" "$ENGAGEMENTS" "$BATCH" "$OUT/load"
t0=$SECONDS
echo "load average before the load: $(cut -d' ' -f1-3 /proc/loadavg)"
for script in "$OUT"/load/*.sql; do
  t1=$SECONDS
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$DATA/db/liaison;CACHE_SIZE=524288" -user sa -script "$script"
  echo "  $(basename "$script" .sql): $((SECONDS - t1)) s"
done
echo "SQL load of $ORGS organizations and relationships, $ENGAGEMENTS engagements: $((SECONDS - t0)) s"

start large
python3 bench/relationships_measure.py "$BASE" manager demo-manager-2012 large "$OUT/large.json" "$RUNS" "$WARMUP"
stop
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
demo = {r["name"]: r for r in json.load(open(f"{out}/demo.json"))["results"]}
large = {r["name"]: r for r in json.load(open(f"{out}/large.json"))["results"]}
base_demo = demo["baseline: health"]["p50"]
base_large = large["baseline: health"]["p50"]
lines = ["| endpoint | demo p50 ms | demo p95 ms | large p50 ms | large p95 ms | large p50 / demo p50 | large p50 / health p50 | KiB (large) |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
for name, r in large.items():
    d = demo[name]
    lines.append(f"| {name} | {d['p50']:.1f} | {d['p95']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | "
                 f"{r['p50'] / d['p50']:.1f}× | {r['p50'] / base_large:.1f}× | {r['bytes'] / 1024:.0f} |")
open(f"{out}/report.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
rm -rf "$DATA"
