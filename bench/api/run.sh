#!/usr/bin/env bash
# The domain Api against its ceiling, side by side in one run: both Release servers (Api in the Production
# environment; the ceiling answering the fixed queries of bench/api/queries.json with hand-written SQL) over one fresh
# seeded database, pinned to CPU 1; a gate compares their JSON; then interleaved wrk rounds on CPU 0 and a Markdown
# report with each query's req/s, p50/p99, server CPU per request and the Api ÷ ceiling ratios. Report only: nothing
# here is asserted (the agreement of the two servers is also a test: CeilingAgreementTests).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

usage() {
  cat <<'EOF'
Usage: bench/api/run.sh [--provider sqlite|postgres] [--runs N] [--duration S] [--warmup S] [--connections C]
                        [--queries projectList,organisationFunding,projectCitations,search] [--in-process]
                        [--out FILE] [OUTPUT.md]

  --provider     sqlite (default: a fresh seeded file) or postgres (a throwaway PostgreSQL 15 cluster started here,
                 or the server of PG_CONNECTION='Host=…;Database=…;Username=…')
  --runs         measured rounds, each query on both servers in turn (default 5)
  --duration     seconds per measured wrk run (default 5)
  --warmup       seconds of discarded warm-up per server and query (default 3)
  --connections  wrk connections (default 32)
  --queries      a subset of bench/api/queries.json (default: all four)
  --in-process   also run the in-process BenchmarkDotNet cases (allocations per request; about 3 more minutes)
  --out FILE     the report (default: api-bench.md; a positional OUTPUT.md works too)

Duration: build and seed about 1–2 minutes, then the gate, 8 × warm-up and 8 × runs × (duration + ~1 s):
about 6 minutes with the defaults on an idle 2-core machine. Needs wrk, taskset, node (and PostgreSQL 15 for postgres).
EOF
}

provider=sqlite runs=5 duration=5 warmup=3 connections=32 queries="" in_process=0 out=api-bench.md
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="${2:?--provider needs sqlite or postgres}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --duration) duration="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --connections) connections="${2:?}"; shift 2 ;;
    --queries) queries="${2:?}"; shift 2 ;;
    --in-process) in_process=1; shift ;;
    --out) out="${2:?}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out="$1"; shift ;;
  esac
done
case "$provider" in sqlite|postgres) ;; *) echo "--provider: sqlite or postgres, not '$provider'" >&2; exit 2 ;; esac
for tool in wrk taskset node dotnet curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
[ "$(nproc)" -ge 2 ] || { echo "needs at least 2 CPUs: the servers run on CPU 1, wrk on CPU 0" >&2; exit 1; }
started=$(date +%s)

scratch="$(mktemp -d)"
api="" ceiling="" pgdata=""
pgbin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "$api" ] && kill "$api" 2>/dev/null || true
  [ -n "$ceiling" ] && kill "$ceiling" 2>/dev/null || true
  [ -n "$pgdata" ] && as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The database: a SQLite file, or a PostgreSQL database (docs/deploy.md has the same recipe for a throwaway server).
connection="Data Source=$scratch/api.db"
database_env=(ConnectionStrings__SolidarityGraph="$connection")
if [ "$provider" = postgres ]; then
  if [ -n "${PG_CONNECTION:-}" ]; then
    connection="$PG_CONNECTION"
  else
    [ -x "$pgbin/pg_ctl" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql" >&2; exit 1; }
    chmod 755 "$scratch"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$scratch"
    pgport="$(free_port)"
    as_postgres "$pgbin/initdb" -D "$scratch/pg" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    pgdata="$scratch/pg"
    as_postgres "$pgbin/pg_ctl" -D "$pgdata" -l "$scratch/pg.log" -w -t 60 \
      -o "-p $pgport -k $scratch -c listen_addresses=127.0.0.1" start >/dev/null
    connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=sg_bench"
  fi
  mkdir -p "$scratch/keys"
  database_env=(Database__Provider=Postgres ConnectionStrings__SolidarityGraph="$connection" PartnerAccess__KeyFolder="$scratch/keys")
fi

echo "building the Api and the ceiling (Release)…" >&2
dotnet build "$root/src/Api/SolidarityGraph.Api" -c Release -m:1 -v q -nologo >/dev/null
dotnet build "$root/bench/SolidarityGraph.Bench.Ceiling" -c Release -m:1 -v q -nologo >/dev/null
bin="$root/artifacts/bin"

# Both servers on CPU 1. The Api's per-caller request and points limits would refuse a load generator within the first
# minute: they are raised (the limiter still runs on every request), everything else is the Production default.
api_port="$(free_port)"
env "${database_env[@]}" Urls="http://127.0.0.1:$api_port" ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=0 \
  Logging__LogLevel__Default=Warning RateLimits__RequestsPerWindow=1000000000 RateLimits__PointsPerHour=2000000000 \
  taskset -c 1 dotnet "$bin/SolidarityGraph.Api/release/SolidarityGraph.Api.dll" >"$scratch/api.log" 2>&1 &
api=$!
wait_healthy() { # pid url log
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$2" && return 0
    kill -0 "$1" 2>/dev/null || { cat "$3" >&2; return 1; }
    sleep 0.5
  done
  echo "no answer from $2 within five minutes" >&2; cat "$3" >&2; return 1
}
# A first start migrates and seeds (longer on PostgreSQL, and on a loaded machine): up to five minutes.
echo "starting the Api (migrates and seeds the database)…" >&2
wait_healthy "$api" "http://127.0.0.1:$api_port/health" "$scratch/api.log"

ceiling_port="$(free_port)"
DOTNET_gcServer=0 taskset -c 1 dotnet "$bin/SolidarityGraph.Bench.Ceiling/release/SolidarityGraph.Bench.Ceiling.dll" \
  --provider "$provider" --connection "$connection" --urls "http://127.0.0.1:$ceiling_port" >"$scratch/ceiling.log" 2>&1 &
ceiling=$!
wait_healthy "$ceiling" "http://127.0.0.1:$ceiling_port/health" "$scratch/ceiling.log"

harness=(--api "$api_port:$api" --ceiling "$ceiling_port:$ceiling" --out "$out" --provider "$provider"
  --runs "$runs" --duration "$duration" --warmup "$warmup" --connections "$connections" --scratch "$scratch")
[ -n "$queries" ] && harness+=(--queries "$queries")
[ -n "$pgdata" ] && harness+=(--postmaster-pid "$pgdata/postmaster.pid")
status=0
taskset -c 0 node "$root/bench/tools/api-ceiling.mjs" "${harness[@]}" || status=$?
[ "$status" = 1 ] && exit 1 # the gate failed: nothing was measured
kill "$api" "$ceiling" 2>/dev/null || true
wait "$api" "$ceiling" 2>/dev/null || true
api="" ceiling=""

# Allocated bytes per request: BenchmarkDotNet in process (TestServer, a fresh seeded file), plus the three-level
# query with 1,000 participations per organisation (LargeRelationBenchmarks). Optional: about three minutes more.
if [ "$in_process" = 1 ]; then
  echo "in-process run (BenchmarkDotNet, about three minutes)…" >&2
  ( cd "$root/bench/SolidarityGraph.Api.Benchmarks" && dotnet run -c Release -m:1 -- --filter '*' --job short --artifacts "$scratch/bdn" ) > "$scratch/bdn.log" 2>&1 \
    || { cat "$scratch/bdn.log" >&2; exit 1; }
  { printf '\n## In process (BenchmarkDotNet, TestServer; allocations of every thread, the client included)\n\n'
    grep -E '^\|' "$scratch/bdn.log"; } >> "$out"
fi
printf '\nWhole run (build, seed, gate, warm-up, rounds%s): %d s.\n' "$([ "$in_process" = 1 ] && echo ', in process')" $(( $(date +%s) - started )) >> "$out"
cat "$out"
exit "$status"
