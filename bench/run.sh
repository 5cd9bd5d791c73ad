#!/usr/bin/env bash
# The benchmarks in one command: bench/run.sh [--data tiny|1x|10x] [--duration 10s] [--warmup 5s]
#   [--connections 8,32] [--export-runs 5] [--pages dashboard,audit] [--log-sql true] [--results DIR]
#   [--serve FILE]: instead of measuring, keep the application running for profiling until FILE is deleted
# Builds Release, starts a private PostgreSQL, migrates, loads the data set, starts the application in Production on
# Kestrel, drives it with wrk and writes bench/results/<timestamp>-<data set>.md and .json. See README, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
fi

# Release, as measured; .ci/run's smoke run sets BENCH_CONFIGURATION=Debug to reuse the build its tests made.
configuration="${BENCH_CONFIGURATION:-Release}"
dotnet build -c "$configuration" -v quiet -nologo src/ActionPlanTracker.Web/ActionPlanTracker.Web.csproj
dotnet build -c "$configuration" -v quiet -nologo bench/ActionPlanTracker.Bench/ActionPlanTracker.Bench.csproj
dotnet build -c "$configuration" -v quiet -nologo bench/ActionPlanTracker.Bench.Baseline/ActionPlanTracker.Bench.Baseline.csproj

exec dotnet "bench/ActionPlanTracker.Bench/bin/$configuration/net10.0/ActionPlanTracker.Bench.dll" run \
    --web "src/ActionPlanTracker.Web/bin/$configuration/net10.0/ActionPlanTracker.Web.dll" \
    --baseline "bench/ActionPlanTracker.Bench.Baseline/bin/$configuration/net10.0/ActionPlanTracker.Bench.Baseline.dll" \
    --results bench/results "$@"
