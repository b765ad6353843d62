#!/usr/bin/env bash
# Import under kill -9: generates a ROWS-row CSV (organizations with a person each; every 10th row
# repeats the previous organization, every 97th has a bad country), starts the application as its
# own JVM on a file H2 database, starts the import through the API, and KILLS times kills the JVM
# with SIGKILL at random points of the import, restarting it each time (the import resumes by
# itself after its last committed batch). At the end it stops the application and checks in the
# database that the records equal the ledger: organizations created = ledger rows "new" = distinct
# organizations of the file; people = the job's people count; ledger rows = file rows = rows in
# committed batches; no ledger row outside a committed batch.
# Usage: bench/import-kill.sh   (env: ROWS=200000 KILLS=10 BATCH=200; output in OUT=target/bench/import-kill-h2;
# JAVA_OPTS adds JVM options to the application, e.g. a JFR recording; CLASSES another build's classes)
# DB=postgres runs the application on PostgreSQL (a fresh database PGDATABASE=liaison_killbench
# of the local cluster PGCLUSTER="15 main", owned by the role liaison/liaison; run as root, it uses
# `su postgres` to create it) and then KILL=db (default there) kills the PostgreSQL server, its
# postmaster, with SIGKILL at each kill point and starts it again at once, while the application
# keeps running and has to recover by itself; KILL=both alternates (odd kills the server, even the
# application). The server is shared with everything else on the machine: each kill is an outage of
# a few seconds for every user of the cluster. BEFORE_DB_KILL, when set, is a command run before
# each server kill: it may wait (for a window, for other users to finish) and a non-zero exit skips
# that kill.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-200000}
KILLS=${KILLS:-10}
BATCH=${BATCH:-200}
DB=${DB:-h2}
KILL=${KILL:-$([ "$DB" = postgres ] && echo db || echo app)}
PGDATABASE=${PGDATABASE:-liaison_killbench}
PGCLUSTER=${PGCLUSTER:-15 main}
OUT=${OUT:-target/bench/import-kill-$DB}
mkdir -p "$OUT"
DATA=$(mktemp -d)
TOKEN="import-kill-$(od -An -tx8 -N16 /dev/urandom | tr -d ' \n')"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for dir in /usr/lib/jvm/*/; do
    if "$dir/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME="${dir%/}"; fi
  done
fi
export JAVA_HOME
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(nproc) processors; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Data folder: $DATA; rows: $ROWS; kills: $KILLS; batch: $BATCH; database: $DB; killed: $KILL"

[ -f target/bench-runtime-classpath.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/bench-runtime-classpath.txt
[ -d target/classes/org/liaison/operations/imports ] || ./mvnw -B -q compile -Djacoco.skip=true
# The application runs from a copy of the classes, so a build in this folder during the run cannot
# change them under it.
# CLASSES names another build's classes (to compare two versions on the same machine).
rm -rf "$OUT/classes" && cp -r "${CLASSES:-target/classes}" "$OUT/classes"
CP="$OUT/classes:$(cat target/bench-runtime-classpath.txt)"
H2=$(tr ':' '\n' < target/bench-runtime-classpath.txt | grep '/h2-' | head -1)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
PID=""
DB_ARGS=()
if [ "$DB" = postgres ]; then
  su postgres -c "dropdb --if-exists $PGDATABASE && createdb -O liaison $PGDATABASE"
  DB_ARGS=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://localhost:5432/$PGDATABASE"
    --spring.datasource.username=liaison --spring.datasource.password=liaison)
  PGDATA_DIR=$(pg_lsclusters -h | awk -v v="${PGCLUSTER% *}" -v c="${PGCLUSTER#* }" '$1 == v && $2 == c {print $6}')
fi
# kill -9 of the PostgreSQL postmaster, then start the cluster again at once (retried while the old
# server processes still hold its shared memory); prints the outage in seconds.
kill_db() {
  local postmaster t0
  postmaster=$(head -1 "$PGDATA_DIR/postmaster.pid")
  t0=$(date +%s.%N)
  kill -9 "$postmaster"
  until pg_ctlcluster $PGCLUSTER start >/dev/null 2>&1; do sleep 0.2; done
  until su postgres -c "psql -Atqc 'select 1' $PGDATABASE" >/dev/null 2>&1; do sleep 0.2; done
  python3 -c "import time; print(round(time.time() - $t0, 1))"
}

python3 - "$ROWS" "$OUT/import.csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8") as f:
    f.write("Organization,Country,Person,Role,Website\n")
    for i in range(1, rows + 1):
        if i % 97 == 0:
            f.write(f"Kill Org {i},Atlantis,,,\n")
        elif i % 10 == 0:
            f.write(f"Kill Org {i-1},JP,Kill Person {i},Adviser,\n")
        else:
            f.write(f"Kill Org {i},JP,Kill Person {i},Director,kill-{i}.example\n")
PY
# the names good rows carry (a 10th row names the row before it, which creates it unless that row is
# bad, as rows 679 and 1649 are: then the 10th row creates it)
EXPECTED_ORGS=$(python3 -c "r=$ROWS; print(len({(i - 1 if i % 10 == 0 else i) for i in range(1, r + 1) if i % 97}))")
EXPECTED_PEOPLE=$(python3 -c "r=$ROWS; print(sum(1 for i in range(1,r+1) if i%97))")
echo "File: $(du -h "$OUT/import.csv" | cut -f1); expected organizations $EXPECTED_ORGS, people $EXPECTED_PEOPLE"

start() {
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -Xmx1500m -XX:+UseG1GC ${JAVA_OPTS:-} -cp "$CP" org.liaison.LiaisonApplication --server.port="$PORT" \
    "${DB_ARGS[@]}" \
    --liaison.data-dir="$DATA" --liaison.demo.enabled=false --liaison.imports.batch-size="$BATCH" \
    --liaison.imports.stale-after=PT1S --liaison.imports.resume-interval=PT5S --liaison.access.admin-token="$TOKEN" \
    --liaison.access.admin-password="Kill-bench-$TOKEN" --logging.level.root=WARN \
    --logging.level.org.liaison.operations.imports=INFO >>"$OUT/app.log" 2>&1 &
  PID=$!
  local t0=$SECONDS
  until curl -sf "$BASE/actuator/health" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { echo "the application died, see $OUT/app.log"; exit 1; }
    sleep 0.5
  done
  echo "  started in $((SECONDS - t0)) s"
}
job() { curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/imports/$JOB"; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

: >"$OUT/app.log"
T0=$SECONDS
start
JOB=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$OUT/import.csv;type=text/csv" "$BASE/api/v1/imports" \
  | field "['job']['id']")
curl -sf -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/imports/$JOB/start" >/dev/null
echo "Import $JOB started"
for k in $(seq 1 "$KILLS"); do
  # a random point in the k-th slice of the file
  TARGET=$(python3 -c "import random; r=$ROWS; n=$KILLS+1; print(int(r*($k-1)/n + random.random()*r/n))")
  while :; do
    DONE=$(job | field "['rowsDone']" || echo 0)
    STATUS=$(job | field "['status']" || echo unknown)
    [ "$STATUS" = done ] && break
    [ "$DONE" -ge "$TARGET" ] && break
    sleep 0.2
  done
  [ "$STATUS" = done ] && { echo "finished before kill $k"; break; }
  if [ "$KILL" = db ] || { [ "$KILL" = both ] && [ $((k % 2)) = 1 ]; }; then
    if [ -n "${BEFORE_DB_KILL:-}" ] && ! bash -c "$BEFORE_DB_KILL"; then
      echo "kill $k skipped: $BEFORE_DB_KILL said no"; continue
    fi
    OUTAGE=$(kill_db)
    echo "kill -9 number $k (PostgreSQL server) at $DONE rows committed ($((SECONDS - T0)) s); server back after $OUTAGE s"
  else
    kill -9 "$PID"; wait "$PID" 2>/dev/null || true
    echo "kill -9 number $k (application) at $DONE rows committed ($((SECONDS - T0)) s)"
    start
  fi
done
until [ "$(job | field "['status']" || echo unknown)" = done ]; do
  [ "$(job | field "['status']" || echo unknown)" = failed ] && { echo "import failed: $(job)"; exit 1; }
  sleep 1
done
ELAPSED=$((SECONDS - T0))
echo "Import done after $ELAPSED s ($(python3 -c "print(round($ROWS / max($ELAPSED, 1), 1))") rows/s overall, restarts included; load average: $(cut -d' ' -f1-3 /proc/loadavg)): $(job | field "['counts']")"
# The import's own rate: rows over the time from its start to its end as the job records them
# (with KILLS=0 the time of the import alone, without the JVM's start).
echo "Import rate (job started to finished): $(job | python3 -c "
import json, re, sys, datetime
d = json.load(sys.stdin)
t = lambda s: datetime.datetime.fromisoformat(re.sub(r'(\\.[0-9]{6})[0-9]*', r'\\1', s).replace('Z', '+00:00'))
secs = (t(d['finishedAt']) - t(d['startedAt'])).total_seconds()
print(f'{d[\"rowsDone\"]} rows in {secs:.1f} s = {d[\"rowsDone\"] / max(secs, 0.001):.1f} rows/s')"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$PID"; wait "$PID" 2>/dev/null || true

Q="select 'RESULT ' || (select count(*) from import_row where job_id = '$JOB')
  || ' ' || (select coalesce(sum(row_count), 0) from import_batch where job_id = '$JOB')
  || ' ' || (select count(*) from import_row r where job_id = '$JOB' and not exists (select 1 from import_batch b
       where b.job_id = r.job_id and b.batch_no = r.batch_no and r.row_no between b.first_row and b.last_row))
  || ' ' || (select count(*) from import_row where job_id = '$JOB' and outcome = 'new')
  || ' ' || (select count(*) from organization_name where text like 'Kill Org %' and is_alias = false)
  || ' ' || (select count(distinct text) from organization_name where text like 'Kill Org %')
  || ' ' || (select count(*) from person_name where text like 'Kill Person %')
  || ' ' || (select people_count from import_job where id = '$JOB')
  || ' ' || (select count(*) from affiliation) as r"
if [ "$DB" = postgres ]; then
  PGPASSWORD=liaison psql -h localhost -U liaison -d "$PGDATABASE" -Atc "$Q" | grep -o 'RESULT [0-9 ]*' | tee "$OUT/check.txt"
else
  "$JAVA_HOME/bin/java" -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/liaison;MODE=Regular" -user sa \
    -password "" -sql "$Q" | grep -o 'RESULT [0-9 ]*' | tee "$OUT/check.txt"
fi
read -r _ LEDGER IN_BATCHES OUTSIDE LEDGER_NEW ORGS DISTINCT PEOPLE JOB_PEOPLE AFFILIATIONS < "$OUT/check.txt"
echo "ledger rows $LEDGER (file $ROWS), rows in committed batches $IN_BATCHES, ledger rows outside a batch $OUTSIDE"
echo "organizations $ORGS = ledger new $LEDGER_NEW = distinct names $DISTINCT (expected $EXPECTED_ORGS)"
echo "people $PEOPLE = job people $JOB_PEOPLE (expected $EXPECTED_PEOPLE); affiliations $AFFILIATIONS"
if [ "$LEDGER" = "$ROWS" ] && [ "$IN_BATCHES" = "$ROWS" ] && [ "$OUTSIDE" = 0 ] && [ "$ORGS" = "$LEDGER_NEW" ] \
  && [ "$ORGS" = "$DISTINCT" ] && [ "$ORGS" = "$EXPECTED_ORGS" ] && [ "$PEOPLE" = "$JOB_PEOPLE" ] \
  && [ "$PEOPLE" = "$EXPECTED_PEOPLE" ] && [ "$AFFILIATIONS" = "$EXPECTED_PEOPLE" ]; then
  echo "RESULT: rows equal the ledger"
else
  echo "RESULT: MISMATCH"; exit 1
fi
rm -rf "$DATA"
