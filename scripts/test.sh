#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need when it is missing, then `dotnet test`.
#   scripts/test.sh                                     every test of the solution
#   scripts/test.sh tests/ActionPlanTracker.Domain.Tests   one project
#   scripts/test.sh --filter "FullyQualifiedName~Dashboard"   any `dotnet test` option, for the solution or a project
# What is installed (Debian packages), and why:
#   postgresql, util-linux   the tests' throwaway PostgreSQL server (initdb, pg_ctl; runuser when run as root)
#   fonts-dejavu-core        the summary's PDF embeds DejaVu Sans
#   poppler-utils            the summary's PDF is read back with pdftotext
#   libreoffice-*-nogui      the summary's DOCX and XLSX are opened in LibreOffice
#   chromium                 the browser journeys (Playwright drives Debian's Chromium; it never downloads one)
#   caddy                    docker-compose.yml's TLS proxy, run from deploy/Caddyfile in front of the application
#   clamav-daemon            clamd, which scans attachments (the tests give it a local EICAR signature; nothing is downloaded)
#   nodejs, npm              the OpenAPI tools the API's tests run (tests/tools/openapi: Redocly CLI, openapi-typescript,
#                            TypeScript), installed there from its package-lock.json with npm ci
# Results are written as TRX files to TestResults/.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

missing=()
if ! command -v initdb >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    missing+=(postgresql)
fi
if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null 2>&1 && [ ! -x /usr/sbin/runuser ] && [ ! -x /sbin/runuser ]; then
    missing+=(util-linux)
fi
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
[ -x "${ACTIONPLANTRACKER_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
[ -x /usr/sbin/clamd ] || missing+=(clamav-daemon)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing what the tests need: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        apt_get=(env DEBIAN_FRONTEND=noninteractive apt-get)
    elif command -v sudo >/dev/null 2>&1; then
        apt_get=(sudo DEBIAN_FRONTEND=noninteractive apt-get)
    else
        echo "Not root and no sudo: install these Debian packages, then run this again: ${missing[*]}" >&2
        exit 1
    fi
    "${apt_get[@]}" update -qq
    "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"
fi

tools=tests/tools/openapi
if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
    echo "Installing the OpenAPI tools in $tools (npm ci)"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

target=ActionPlanTracker.sln
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
    target=$1
    shift
fi

exec dotnet test "$target" "$@"
