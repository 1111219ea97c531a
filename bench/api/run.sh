#!/usr/bin/env bash
# Latency and server CPU of one Api query (the project list with funders and indicators, a page of 10), measured
# with wrk against the Release Api over a fresh seeded SQLite file. Report only: nothing here is asserted.
# Usage: bench/api/run.sh [output.md]   (env: DURATION=10s CONNECTIONS=8 PORT=5077 QUERY='{ … }' to measure another query,
#        IN_PROCESS=0 to skip the in-process BenchmarkDotNet run that reports allocations per request)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-api-bench.md}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-8}"
port="${PORT:-5077}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

scratch="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT

default='{ projects(first: 10) { nodes { id title funding(first: 5) { nodes { amount funder { name } } } indicators(first: 5) { nodes { code title } } } } }'
query="${QUERY:-$default}"
printf '{"query":"%s"}' "$query" > "$scratch/body.json"

dotnet build "$root/src/Api/SolidarityGraph.Api" -c Release -m:1 -v q -nologo >/dev/null
dll="$root/artifacts/bin/SolidarityGraph.Api/release/SolidarityGraph.Api.dll"
ConnectionStrings__SolidarityGraph="Data Source=$scratch/api.db" Urls="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$dll" >"$scratch/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "$server" 2>/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
  sleep 0.5
done

url="http://127.0.0.1:$port/graphql"
errors="$(curl -s -H 'Content-Type: application/json' --data @"$scratch/body.json" "$url" | grep -c '"errors"' || true)"
[ "$errors" = 0 ] || { echo "the query answered with errors" >&2; curl -s -H 'Content-Type: application/json' --data @"$scratch/body.json" "$url" >&2; exit 1; }

# utime + stime of the server, in clock ticks (/proc/<pid>/stat fields 14 and 15).
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
load() { BODY_FILE="$scratch/body.json" WRK_OUT="$scratch/$1.json" wrk -t1 -c"$connections" -d"$2" -s "$root/bench/tools/post.lua" "$url" >/dev/null; }

load warmup 5s
before="$(ticks)"
load run "$duration"
after="$(ticks)"

hz="$(getconf CLK_TCK)"
python3 - "$scratch/run.json" "$before" "$after" "$hz" "$duration" "$connections" "$query" > "$out" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
before, after, hz = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
n = max(1, run["requests"])
cpu_us = (after - before) * 1_000_000 / hz / n
errors = sum(run[k] for k in ("connect", "read", "write", "status", "timeout"))
print("# Api benchmark\n")
print(f"`{sys.argv[7]}`\n")
print(f"Release build, fresh seeded SQLite, wrk -t1 -c{sys.argv[6]} -d{sys.argv[5]} after a 5 s warm-up.\n")
print("| requests | req/s | p50 (ms) | p99 (ms) | mean (ms) | server CPU µs/request | errors |")
print("|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {run['requests']} | {run['requests'] / (run['durationUs'] / 1e6):.0f} | {run['p50Us'] / 1000:.2f} | {run['p99Us'] / 1000:.2f} "
      f"| {run['meanUs'] / 1000:.2f} | {cpu_us:.0f} | {errors} |")
print("\nServer CPU time is read from /proc; allocations per request come from the in-process run below.")
PY

# Allocated bytes per request: BenchmarkDotNet in process (TestServer, the same queries, a fresh seeded file), plus
# the three-level query with 1,000 participations per organisation (LargeRelationBenchmarks).
if [ "${IN_PROCESS:-1}" = 1 ]; then
  echo "in-process run (BenchmarkDotNet, about a minute)…" >&2
  ( cd "$root/bench/SolidarityGraph.Api.Benchmarks" && dotnet run -c Release -m:1 -- --filter '*' --job short --artifacts "$scratch/bdn" ) > "$scratch/bdn.log" 2>&1 \
    || { cat "$scratch/bdn.log" >&2; exit 1; }
  { printf '\n## In process (BenchmarkDotNet, TestServer; allocations of every thread, the client included)\n\n'
    grep -E '^\|' "$scratch/bdn.log"; } >> "$out"
fi
cat "$out"
