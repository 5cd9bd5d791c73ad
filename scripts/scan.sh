#!/usr/bin/env bash
# A dynamic scan with wapiti, signed in as each role, of the application in Development (its private database and
# demo data, on a free port, in a data folder of its own). Reports go to scan-results/<role>.json; the summary at the
# end counts the high and medium findings. README "Security scan" explains the findings that remain.
#   scripts/scan.sh                 every role, a few minutes each; exit status 1 when anything high or medium is found
#   SCAN_MINUTES=2 scripts/scan.sh  a shorter scan
#   SCAN_ROLES="auditor" scripts/scan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/scan-results"
minutes=${SCAN_MINUTES:-3}
roles=${SCAN_ROLES:-"focal-point secretariat auditor administrator"}
password="rlg-demo-passphrase"

if ! command -v wapiti >/dev/null 2>&1; then
    echo "Installing wapiti"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wapiti
fi

# The interpreter wapiti was installed for (another python3 may come first on PATH).
wapiti_python=$(head -n 1 "$(command -v wapiti)" | sed 's/^#! *//')

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
data=$(mktemp -d /tmp/actionplantracker-scan.XXXXXX)
chmod 755 "$data"
mkdir -p "$results"
log="$results/app.log"

echo "Building and starting the application on $base (data in $data)"
# A build of its own, so a later build in the working tree does not replace the files under the running application.
dotnet build src/ActionPlanTracker.Web -v quiet -nologo -o "$data/app" >/dev/null
# Generous limits: the scanner sends hundreds of requests a minute from one address and would meet 429 otherwise.
ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ActionPlan= LocalDatabase__DataDirectory="$data/pgdata" \
    ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=ActionPlanTracker.DevelopmentMail \
    RateLimiting__SignInPerClient=100000 RateLimiting__SignInPerAccount=100000 RateLimiting__ExportsPerUser=100000 \
    bash -c 'cd src/ActionPlanTracker.Web && exec dotnet "$0/app/ActionPlanTracker.Web.dll" --urls "$1"' "$data" "$base" >"$log" 2>&1 &
app=$!
cleanup() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "The application did not start; see $log"; exit 1; fi
    sleep 1
done
curl -fsS "$base/health" >/dev/null

declare -A accounts=(
    [focal-point]="fp-fr@demo.rlg.example"
    [secretariat]="secretariat@demo.rlg.example"
    [auditor]="auditor@demo.rlg.example"
    [administrator]="admin@demo.rlg.example"
)

for role in $roles; do
    email=${accounts[$role]}
    echo "Scanning as $role ($email), at most $minutes minutes"
    python3 scripts/scan_session.py "$base" "$email" "$password" "$data/$role.cookies.json"
    # Wapiti does not follow a redirect that has no body (as / and /dashboard answer), so it starts from each section.
    # Signing out or renewing the authenticator key would end the scanner's own session.
    seeds=()
    for page in reports review cycles plan account audit audit/verify audit/export.csv admin/users admin/users/invite cycles/new; do
        seeds+=(-s "$base/$page")
    done
    "$wapiti_python" scripts/wapiti_run.py -u "$base/" --scope folder "${seeds[@]}" \
        -m "xss,permanentxss,sql,exec,file,redirect,csrf,http_headers,cookieflags,csp" \
        -c "$data/$role.cookies.json" \
        -x "$base/account/sign-out" -x "$base/account/two-factor" -x "$base/account/change-password" \
        -d 4 --max-links-per-page 15 --max-files-per-dir 30 --max-parameters 12 \
        --max-scan-time $((minutes * 60)) --max-attack-time 30 -t 15 \
        --flush-session --store-session "$data/$role.session" \
        -f json -o "$results/$role.json" --no-bugreport >"$results/$role.log" 2>&1 || {
            echo "wapiti failed for $role; see $results/$role.log"; exit 1; }
done

python3 - "$results" $roles <<'PY'
import json, sys
folder, roles = sys.argv[1], sys.argv[2:]
names = {"4": "critical", "3": "high", "2": "medium", "1": "low", "0": "info"}
total = 0
for role in roles:
    report = json.load(open(f"{folder}/{role}.json", encoding="utf-8"))
    counts = {}
    lines = []
    for section in ("vulnerabilities", "anomalies"):
        for category, findings in report.get(section, {}).items():
            for finding in findings:
                level = names.get(str(finding.get("level")), str(finding.get("level")))
                counts[level] = counts.get(level, 0) + 1
                if level in ("critical", "high", "medium"):
                    lines.append(f"    {level}: {category}: {finding.get('method')} {finding.get('path')} {finding.get('info')}")
                elif level == "low":
                    lines.append(f"    low: {category}: {finding.get('info')}")
    serious = sum(counts.get(level, 0) for level in ("critical", "high", "medium"))
    total += serious
    print(f"{role}: {serious} high or medium finding(s); " + ", ".join(f"{n} {level}" for level, n in sorted(counts.items())) )
    for line in sorted(set(lines)):
        print(line)
print(f"High or medium findings in all: {total}")
sys.exit(1 if total else 0)
PY
