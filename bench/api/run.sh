#!/usr/bin/env bash
# Latency and server CPU of one Api query (the project list with funders and indicators, a page of 10), measured
# with wrk against the Release Api over a fresh seeded SQLite file, or a fresh PostgreSQL 15 database (--provider
# postgres: a throwaway cluster started here, or the server of PG_CONNECTION). Report only: nothing here is asserted.
# Usage: bench/api/run.sh [--provider sqlite|postgres] [output.md]
#        (env: DURATION=10s CONNECTIONS=8 PORT=5077 QUERY='{ … }' to measure another query, IN_PROCESS=0 to skip the
#        in-process BenchmarkDotNet run that reports allocations per request, WARMUP=5s,
#        PG_CONNECTION='Host=…;Database=…;Username=…' to use an existing PostgreSQL server instead of a throwaway one)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
provider=sqlite
if [ "${1:-}" = "--provider" ]; then provider="${2:?--provider needs sqlite or postgres}"; shift 2; fi
case "$provider" in sqlite|postgres) ;; *) echo "--provider: sqlite or postgres, not '$provider'" >&2; exit 2 ;; esac
out="${1:-api-bench.md}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-8}"
port="${PORT:-5077}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

scratch="$(mktemp -d)"
server=""
pgdata=""
pgbin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$pgdata" ] && as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# The database: a SQLite file, or a PostgreSQL database (docs/deploy.md has the same recipe for a throwaway server).
database_env=(ConnectionStrings__SolidarityGraph="Data Source=$scratch/api.db")
if [ "$provider" = postgres ]; then
  if [ -n "${PG_CONNECTION:-}" ]; then
    connection="$PG_CONNECTION"
  else
    [ -x "$pgbin/pg_ctl" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql" >&2; exit 1; }
    chmod 755 "$scratch"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$scratch"
    pgport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    as_postgres "$pgbin/initdb" -D "$scratch/pg" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    pgdata="$scratch/pg"
    as_postgres "$pgbin/pg_ctl" -D "$pgdata" -l "$scratch/pg.log" -w -t 60 \
      -o "-p $pgport -k $scratch -c listen_addresses=127.0.0.1" start >/dev/null
    connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=sg_bench"
  fi
  mkdir -p "$scratch/keys"
  database_env=(Database__Provider=Postgres ConnectionStrings__SolidarityGraph="$connection" PartnerAccess__KeyFolder="$scratch/keys")
fi

default='{ projects(first: 10) { nodes { id title funding(first: 5) { nodes { amount funder { name } } } indicators(first: 5) { nodes { code title } } } } }'
query="${QUERY:-$default}"
printf '{"query":"%s"}' "$query" > "$scratch/body.json"

dotnet build "$root/src/Api/SolidarityGraph.Api" -c Release -m:1 -v q -nologo >/dev/null
dll="$root/artifacts/bin/SolidarityGraph.Api/release/SolidarityGraph.Api.dll"
env "${database_env[@]}" Urls="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$dll" >"$scratch/server.log" 2>&1 &
server=$!
# A first start migrates and seeds (longer on PostgreSQL, and on a loaded machine): wait up to five minutes.
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "$server" 2>/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/health" || { echo "the Api did not become healthy" >&2; cat "$scratch/server.log" >&2; exit 1; }

url="http://127.0.0.1:$port/graphql"
errors="$(curl -s -H 'Content-Type: application/json' --data @"$scratch/body.json" "$url" | grep -c '"errors"' || true)"
[ "$errors" = 0 ] || { echo "the query answered with errors" >&2; curl -s -H 'Content-Type: application/json' --data @"$scratch/body.json" "$url" >&2; exit 1; }

# utime + stime of the server, in clock ticks (/proc/<pid>/stat fields 14 and 15); on a throwaway PostgreSQL, the
# database's own processes (the postmaster and its backends) are counted separately.
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
db_ticks() {
  [ -n "$pgdata" ] || { echo 0; return; }
  local main; main="$(head -1 "$pgdata/postmaster.pid")"
  { echo "$main"; pgrep -P "$main" || true; } | while read -r pid; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk '{ s += $1 } END { print s + 0 }'
}
load() { BODY_FILE="$scratch/body.json" WRK_OUT="$scratch/$1.json" wrk -t1 -c"$connections" -d"$2" -s "$root/bench/tools/post.lua" "$url" >/dev/null; }

load warmup "${WARMUP:-5s}"
before="$(ticks)"; db_before="$(db_ticks)"
load run "$duration"
after="$(ticks)"; db_after="$(db_ticks)"

hz="$(getconf CLK_TCK)"
python3 - "$scratch/run.json" "$before" "$after" "$hz" "$duration" "$connections" "$query" "$provider" "$db_before" "$db_after" "$pgdata" > "$out" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
before, after, hz = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
n = max(1, run["requests"])
cpu_us = (after - before) * 1_000_000 / hz / n
db_us = (int(sys.argv[10]) - int(sys.argv[9])) * 1_000_000 / hz / n
errors = sum(run[k] for k in ("connect", "read", "write", "status", "timeout"))
print("# Api benchmark\n")
print(f"`{sys.argv[7]}`\n")
engine = "SQLite" if sys.argv[8] == "sqlite" else ("PostgreSQL 15 (throwaway local cluster)" if sys.argv[11] else "PostgreSQL (PG_CONNECTION)")
print(f"Release build, fresh seeded {engine}, wrk -t1 -c{sys.argv[6]} -d{sys.argv[5]} after a warm-up.\n")
print("| provider | requests | req/s | p50 (ms) | p99 (ms) | mean (ms) | server CPU µs/request | database CPU µs/request | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
db = f"{db_us:.0f}" if sys.argv[11] else ("in process" if sys.argv[8] == "sqlite" else "not measured")
print(f"| {sys.argv[8]} | {run['requests']} | {run['requests'] / (run['durationUs'] / 1e6):.0f} | {run['p50Us'] / 1000:.2f} | {run['p99Us'] / 1000:.2f} "
      f"| {run['meanUs'] / 1000:.2f} | {cpu_us:.0f} | {db} | {errors} |")
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
