#!/usr/bin/env bash
# Load runs (RELIABILITY.md items 25-28) with Gatling, profile -Pload: starts Liaison on loopback on a
# fresh file-H2 data folder (demo data on), loads ORGS synthetic organizations with SQL in batches
# (bench/relationships-load.sql, as bench/relationships.sh does; no engagements), lets the instance
# rebuild its search index, then runs src/gatling/java/org/liaison/load/LiaisonLoadSimulation three
# times against the same instance:
#   baseline     BASE_BROWSERS browsing + BASE_EDITORS editing (default 20 + 2), same duration
#   full         BROWSERS + EDITORS (default 200 + 20), WARMUP s warm-up then DURATION s, a login burst
#   maintenance  the same users with maintenance mode on (reads served, writes 503 + Retry-After)
# Heap after a forced full GC (jcmd GC.run + GC.heap_info) is taken before, in the middle of and after
# each run; the simulation samples /actuator/prometheus (live data, heap, sessions) every 10 s.
# Writes target/load/summary.md. Fails when a Gatling assertion fails or an update was lost.
# Usage: bench/load.sh [serve|attach]   (env: ORGS, BATCH, BROWSERS, EDITORS, BASE_BROWSERS, BASE_EDITORS,
#                         WARMUP, DURATION, MAINT_DURATION, LOGINS, RUNS="baseline full maintenance")
#   no argument: prepare an instance, run, stop it;  serve: prepare one and keep it running (its address and
#   tokens in target/load-instance.env) until interrupted;  attach: run against the instance "serve" keeps.
# On a loaded 2-core machine one start takes minutes: serve + attach lets the runs be repeated on one instance.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}

ORGS=${ORGS:-100000}
BATCH=${BATCH:-50000}
BROWSERS=${BROWSERS:-200}
EDITORS=${EDITORS:-20}
BASE_BROWSERS=${BASE_BROWSERS:-20}
BASE_EDITORS=${BASE_EDITORS:-2}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-300}
MAINT_DURATION=${MAINT_DURATION:-$DURATION}
LOGINS=${LOGINS:-100}
RUNS=${RUNS:-baseline full maintenance}
OUT=target/load
INSTANCE=target/load-instance.env
if [ "$MODE" = serve ]; then OUT=target/load-serve; fi
rm -rf "$OUT" && mkdir -p "$OUT"

# A JDK 21 or newer (the machine's default java may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for dir in /usr/lib/jvm/*/; do
    if "$dir/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME="${dir%/}"; fi
  done
fi
export JAVA_HOME
log() { echo "$*" | tee -a "$OUT/summary.md"; }
log "# Load runs, $(date -u +%Y-%m-%dT%H:%MZ)"
log ""
log "Measured on a shared machine ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB) with the load generator"
log "(Gatling) on the same machine, over loopback. JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
log "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$MODE" != attach ]; then ./mvnw -B -q compile -Djacoco.skip=true; fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/load-runtime-classpath.txt
./mvnw -B -q -Pload test-compile -Djacoco.skip=true
# The instance runs from a copy of the classes: the Gatling plugin's goal runs the build up to
# test-compile, and a recompilation of target/classes under a running instance removes classes it has
# not loaded yet (found the hard way: a test build during a run).
if [ "$MODE" != attach ]; then rm -rf target/load-app-classes && cp -r target/classes target/load-app-classes; fi
CP="target/load-app-classes:$(cat target/load-runtime-classpath.txt)"
PID=""
DATA=""
if [ "$MODE" = attach ]; then
  # shellcheck disable=SC1090
  source "$INSTANCE"
  kill -0 "$PID" 2>/dev/null || { echo "no instance running (start one with: bench/load.sh serve)"; exit 1; }
  log "Attached to the instance of $INSTANCE ($ORGS organizations, pid $PID)."
else
  DATA=$(mktemp -d)
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$PORT"
  ADMIN_TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
  ADMIN_PASSWORD="load-admin-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
fi

start() {
  local log="$OUT/app-$1.log"
  local t0=$SECONDS
  LIAISON_DATA_DIR="$DATA" LIAISON_ADMIN_TOKEN="$ADMIN_TOKEN" LIAISON_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseG1GC -cp "$CP" \
    -Dserver.address=127.0.0.1 -Dserver.port="$PORT" org.liaison.LiaisonApplication >"$log" 2>&1 &
  PID=$!
  until curl -fs "$BASE/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "the application stopped; see $log"; exit 1; }
    [ $((SECONDS - t0)) -lt 900 ] || { echo "no answer after 900 s; see $log"; exit 1; }
    sleep 2
  done
  # Rows written with SQL are not in the search index: wait for the rebuild the application starts.
  if grep -q "out of step" "$log"; then
    until grep -q "Search index rebuilt\|Rebuilding the search index failed" "$log"; do sleep 2; done
    grep -q "Search index rebuilt" "$log" || { echo "the index rebuild failed; see $log"; exit 1; }
  fi
  log "Instance ($1) ready in $((SECONDS - t0)) s. $(grep -o 'Search index rebuilt in [0-9]* ms' "$log" || true)"
}

stop() {
  if [ -n "$PID" ]; then kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; fi
}
cleanup() { if [ "$MODE" != attach ]; then stop; [ -z "$DATA" ] || rm -rf "$DATA"; rm -f "$INSTANCE"; fi; }
trap cleanup EXIT

# heap after a forced full GC: "<label>: <used> MiB used of <committed> MiB"
heap() {
  "$JAVA_HOME/bin/jcmd" "$PID" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$PID" GC.heap_info | awk -v label="$1" '/garbage-first heap/ {
      for (i = 1; i <= NF; i++) { if ($i == "committed") total = $(i + 1); if ($i == "used") used = $(i + 1) }
      gsub(/[^0-9]/, "", total); gsub(/[^0-9]/, "", used)
      printf "%s: %.0f MiB used after GC (heap %.0f MiB)\n", label, used / 1024, total / 1024 }'
}

if [ "$MODE" != attach ]; then
# 1. schema and demo data, then the organizations with SQL into the stopped instance's database
start empty
stop
rm -rf "$OUT/sql" && python3 bench/relationships_expand.py bench/relationships-load.sql "$ORGS" 0 "$BATCH" "$OUT/sql"
t0=$SECONDS
for script in "$OUT"/sql/*.sql; do
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$DATA/db/liaison;CACHE_SIZE=524288" -user sa -script "$script"
done
log "SQL load of $ORGS organizations (with one relationship each): $((SECONDS - t0)) s"
start loaded

# 2. the manager's bearer token, created from a signed-in session as a user would
MANAGER_TOKEN=$(python3 - "$BASE" <<'PY'
import http.cookiejar, json, re, sys, time, urllib.parse, urllib.request
base = sys.argv[1]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
def fetch(path, data=None, headers=None, method=None):
    with opener.open(urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)) as r:
        return r.read()
page = fetch("/login")
csrf = re.search(rb'name="_csrf"[^>]*value="([^"]+)"', page).group(1).decode()
fetch("/login", urllib.parse.urlencode({"username": "manager", "password": "demo-manager-2012", "_csrf": csrf}).encode())
page = fetch("/directory")
meta = re.search(rb'<meta name="_csrf" content="([^"]+)"', page).group(1).decode()
body = fetch("/api/v1/me/tokens", json.dumps({"name": "load-" + str(time.time_ns())}).encode(),
             {"Content-Type": "application/json", "X-CSRF-TOKEN": meta}, "POST")
print(json.loads(body)["token"])
PY
)
fi

if [ "$MODE" = serve ]; then
  printf 'PID=%s\nBASE=%s\nORGS=%s\nADMIN_TOKEN=%s\nMANAGER_TOKEN=%s\n' "$PID" "$BASE" "$ORGS" "$ADMIN_TOKEN" \
    "$MANAGER_TOKEN" >"$INSTANCE"
  log "Serving at $BASE (pid $PID); run: bench/load.sh attach; interrupt this script to stop the instance."
  wait "$PID"
  exit 0
fi

# 3. the runs
FAILED=""
run() {
  local name=$1 browsers=$2 editors=$3 maintenance=$4 duration=$5 logins=$6
  log ""
  log "## $name: $browsers browsing + $editors editing, ${WARMUP} s warm-up + ${duration} s, $logins sign-ins in a burst$([ "$maintenance" = true ] && echo ', maintenance on')"
  log "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  log "$(heap 'heap at the start')"
  ( sleep $((WARMUP + duration / 2)); kill -0 "$PID" 2>/dev/null && heap 'heap in the middle' >"$OUT/$name-middle.txt" ) &
  local middle=$!
  local status=0
  LOAD_BASE_URL="$BASE" LOAD_BROWSERS="$browsers" LOAD_EDITORS="$editors" LOAD_WARMUP="$WARMUP" \
    LOAD_DURATION="$duration" LOAD_LOGINS="$logins" LOAD_ORGS="$ORGS" LOAD_MAINTENANCE="$maintenance" \
    LOAD_MANAGER_TOKEN="$MANAGER_TOKEN" LOAD_ADMIN_TOKEN="$ADMIN_TOKEN" LOAD_OUT="$OUT/$name" \
    ./mvnw -B -Pload -Djacoco.skip=true gatling:test -Dgatling.simulationClass=org.liaison.load.LiaisonLoadSimulation \
      -Dgatling.runDescription="$name" >"$OUT/$name-gatling.log" 2>&1 || status=$?
  wait "$middle" || true
  log "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  log "$(cat "$OUT/$name-middle.txt" 2>/dev/null || echo 'heap in the middle: not sampled')"
  log "$(heap 'heap at the end')"
  local report
  report=$(ls -td target/gatling/liaisonloadsimulation-* 2>/dev/null | head -1)
  python3 bench/load_summary.py "$report" "$OUT/$name" | tee -a "$OUT/summary.md" || true
  sed -n '/Global Information/,$p' "$OUT/$name-gatling.log" | grep -E "^(Global|Assertion|.*: (true|false))" \
    | sed 's/^/    /' | tee -a "$OUT/summary.md" || true
  grep -q "RESULT: no lost update" "$OUT/$name/writes.csv" || { log "LOST UPDATES in $name (see $OUT/$name/writes.csv)"; status=1; }
  [ "$status" = 0 ] || FAILED="$FAILED $name"
}

for r in $RUNS; do
  case $r in
    baseline) run baseline "$BASE_BROWSERS" "$BASE_EDITORS" false "$DURATION" $((LOGINS / 10)) ;;
    full) run full "$BROWSERS" "$EDITORS" false "$DURATION" "$LOGINS" ;;
    maintenance) run maintenance "$BROWSERS" "$EDITORS" true "$MAINT_DURATION" "$LOGINS" ;;
  esac
done
log ""
log "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$FAILED" ]; then log "FAILED:$FAILED"; exit 1; fi
log "All runs met their targets."
