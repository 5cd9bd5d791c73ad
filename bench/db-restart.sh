#!/usr/bin/env bash
# Restarts PostgreSQL under load and shows what the application made of it:
#   how long until it served 200 again (without being restarted), the errors during the outage, and whether every
#   report save answered as a success is stored exactly once.
# The application runs in Development on its private PostgreSQL, in a data folder and on a port of its own.
#
#   bench/db-restart.sh                       # Release build, port 5190, data in /tmp/apt-bench-pgdata
#   CONFIGURATION=Debug PORT=5191 DATA=/tmp/other bench/db-restart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CONFIGURATION=${CONFIGURATION:-Release}
PORT=${PORT:-5190}
DATA=${DATA:-/tmp/apt-bench-pgdata}
WARMUP=${WARMUP:-5}      # seconds of load before the restart
AFTER=${AFTER:-20}       # seconds of load after it
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/apt-bench.XXXXXX)
APP_PID=""

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "Installing wrk"; apt-get install -y -qq wrk >/dev/null; }
bin() { command -v "$1" 2>/dev/null || ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1; }
PG_CTL=$(bin pg_ctl)
PSQL=$(bin psql)
as_server_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now() { date +%s.%N; }

echo "Building ($CONFIGURATION)"
dotnet build -c "$CONFIGURATION" -v q -nologo src/ActionPlanTracker.Web >/dev/null

echo "Starting the application on $BASE (data in $DATA)"
ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ActionPlan= LocalDatabase__DataDirectory="$DATA" \
    dotnet "src/ActionPlanTracker.Web/bin/$CONFIGURATION/net10.0/ActionPlanTracker.Web.dll" --urls "$BASE" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE/health" && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 1
done
PGPORT=$(sed -n 4p "$DATA/postmaster.pid")
sql() { "$PSQL" -h 127.0.0.1 -p "$PGPORT" -U postgres -d actionplantracker -Atq -c "$1"; }

# The French focal point of the demo data, signed in through the form; one of its editable reports.
JAR="$WORK/cookies"
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/account/sign-in" | token_of)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.Email=fp-fr@demo.rlg.example" \
    --data-urlencode "Input.Password=rlg-demo-passphrase" --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/account/sign-in"
REPORT=$(sql "SELECT r.id FROM progress_reports r JOIN members m ON m.id = r.member_id JOIN reporting_cycles y ON y.id = r.cycle_id
              WHERE m.code = 'FR' AND y.state = 'Open' AND r.state IN ('Draft', 'Returned') ORDER BY r.id LIMIT 1")
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/reports/$REPORT" | token_of)
COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")
RUN_ID="bench-$(date +%s)"
echo "Load: wrk reading /reports/$REPORT (2 threads, 8 connections) and one writer saving it (wrk, 1 connection)"

# A probe: one request after another, each logged with when it started, when it ended and its status.
probe() {
    while [ ! -f "$WORK/stop" ]; do
        local start; start=$(now)
        local status; status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -b "$COOKIE" "$BASE/reports/$REPORT" || true)
        echo "$start $(now) $status" >>"$WORK/probe"
        sleep 0.1
    done
}
probe &
PROBE_PID=$!
DURATION=$((WARMUP + AFTER))
wrk -t2 -c8 -d"${DURATION}s" --timeout 30s -H "Cookie: $COOKIE" "$BASE/reports/$REPORT" >"$WORK/wrk-read" 2>&1 &
READ_PID=$!
REPORT_PATH="/reports/$REPORT" COOKIE="$COOKIE" TOKEN="$TOKEN" RUN_ID="$RUN_ID" SAVE_LOG="$WORK/saves" \
    wrk -t1 -c1 -d"${DURATION}s" --timeout 30s -s bench/save-report.lua "$BASE" >"$WORK/wrk-save" 2>&1 &
SAVE_PID=$!

sleep "$WARMUP"
echo "Restarting PostgreSQL (pg_ctl restart -m fast)"
DOWN=$(now)
as_server_owner "$PG_CTL" restart -D "$DATA" -m fast -w -s >/dev/null
UP=$(now)
wait "$READ_PID" "$SAVE_PID"
touch "$WORK/stop"
wait "$PROBE_PID"

echo
echo "== What happened =="
awk -v down="$DOWN" -v up="$UP" '
    { if ($1 >= up && $3 == 200 && !back) back = $2 - up
      if ($2 >= down && $1 <= up + 15 && $3 != 200) errors++
      if ($2 - $1 > longest) longest = $2 - $1 }
    END { printf "PostgreSQL was down for %.1f s (pg_ctl restart -m fast).\n", up - down
          printf "Served 200 again %.1f s after PostgreSQL was back (the application was not restarted).\n", back
          printf "Probe: %d requests, %d errors during the outage; the longest request took %.1f s (held while the retries waited).\n", NR, errors, longest }' "$WORK/probe"
echo "Readers (wrk):"
grep -E "requests in|Latency" "$WORK/wrk-read" | sed 's/^/  /'
echo "  $(grep -E "Non-2xx" "$WORK/wrk-read" || echo "Non-2xx or 3xx responses: 0")"
echo "  $(grep -E "Socket errors" "$WORK/wrk-read" || echo "Socket errors: 0")"

STORED="$WORK/stored"
sql "SELECT narrative, count(*) FROM report_revisions WHERE progress_report_id = $REPORT AND narrative LIKE '$RUN_ID-save-%' GROUP BY narrative" \
    | tr '|' '\t' >"$STORED"
awk -F '\t' -v stored="$STORED" '
    BEGIN { while ((getline line < stored) > 0) { split(line, f, "\t"); count[f[1]] = f[2] } }
    $2 == "sent" { sent++; next }
    { answered[$1] = $2; if ($2 == 302) ok++; else if ($2 == 409) conflicts++; else other++ }
    END {
        for (n in answered) if (answered[n] == 302 && count[n] != 1) { bad++; print "  NOT STORED EXACTLY ONCE: " n " (" count[n] + 0 " times)" }
        for (n in count) { rows += count[n]; if (count[n] > 1) doubled++; if (!(n in answered) || answered[n] != 302) unconfirmed++ }
        printf "Writer: %d saves sent, %d confirmed (302), %d conflicts (409), %d other answers, %d without an answer (cut off when the run ended).\n", sent, ok, conflicts, other, sent - ok - conflicts - other
        printf "Stored: %d revisions of this run; every confirmed save stored exactly once: %s; stored twice: %d; stored without a confirmation: %d.\n",
            rows, bad ? "NO" : "yes", doubled, unconfirmed
    }' "$WORK/saves"
echo "Application log: $(grep -c ' ERR\] ' "$WORK/app.log" || true) error lines (failed commands the retries then repeated), $(grep -c 'Unhandled\|HTTP [A-Z]* .* responded 500' "$WORK/app.log" || true) requests answered 500."
