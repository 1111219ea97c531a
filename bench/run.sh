#!/usr/bin/env bash
# The side-by-side HTTP benchmark in one command (PERFORMANCE.md §5): installs wrk if needed, installs the Node
# peers from the pinned lock, builds the .NET servers, then gates, warms up, measures and writes
# bench/results/<date>.md. Options: bench/run.sh --help. --selftest proves the correctness gate rejects a broken peer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

step "prerequisites"
for tool in node npm dotnet taskset getconf; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is missing (see bench/README.md)."
done
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "wrk is missing: run 'sudo apt-get install -y wrk' (Debian) and retry."
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ "$(nproc)" -ge 2 ] || fail "needs at least 2 CPUs: the server runs on CPU 1, the load generator on CPU 0."
echo "node $(node -v), .NET SDK $(dotnet --version), $(wrk -v 2>&1 | head -n1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

step "Node peers (npm ci from bench/peers/package-lock.json)"
peers="$here/peers"
if [ ! -f "$peers/node_modules/.package-lock.json" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "up to date"
fi

step ".NET servers (Release)"
dotnet build -c Release --nologo -v q "$here/calibration/SolidarityGraph.Bench.Calibration/SolidarityGraph.Bench.Calibration.csproj"
server="$here/SolidarityGraph.Bench.Server/SolidarityGraph.Bench.Server.csproj"
if [ -f "$server" ]; then
  dotnet build -c Release --nologo -v q "$server"
fi
dotnet build -c Release --nologo -v q "$here/peers/graphql-dotnet/SolidarityGraph.Bench.GraphQLDotNet.csproj"

cd "$repo"
if [ "${1:-}" = "--selftest" ]; then
  step "gate self-test"
  exec taskset -c 0 node "$here/tools/selftest.mjs"
fi
step "benchmark"
exec taskset -c 0 node "$here/tools/bench.mjs" "$@"
