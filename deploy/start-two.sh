#!/usr/bin/env bash
# Two SolidarityGraph instances and PostgreSQL 15 on one machine, behind nginx when it is installed (docs/deploy.md).
# Usage: deploy/start-two.sh [run-folder]    (Ctrl-C stops everything; the folder keeps the database, keys and logs)
# env: HTTP_PORT=8080 PORT_A=5001 PORT_B=5002 PG_PORT=54329 READY_SECONDS=300 ADMIN_EMAIL=admin@example.org SG_ADMIN_PASSWORD=…
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="$(mkdir -p "${1:-$root/deploy/run}" && cd "${1:-$root/deploy/run}" && pwd)"
http_port="${HTTP_PORT:-8080}" port_a="${PORT_A:-5001}" port_b="${PORT_B:-5002}" pg_port="${PG_PORT:-54329}"
pgbin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ -x "$pgbin/pg_ctl" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql" >&2; exit 1; }

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
  as_postgres "$pgbin/pg_ctl" -D "$run/pg" -m fast -w stop >/dev/null 2>&1 || true
}
trap stop EXIT INT TERM

# 1. PostgreSQL: a cluster in the run folder (C locale: byte-wise text order, as the application expects).
if [ ! -d "$run/pg" ]; then
  chmod 755 "$run"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$run"
  as_postgres "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 --locale=C >/dev/null
fi
as_postgres "$pgbin/pg_ctl" -D "$run/pg" -l "$run/postgres.log" -w -t 60 -o "-p $pg_port -k $run -c listen_addresses=127.0.0.1" start >/dev/null

# 2. One configuration for every instance: same database, same key folder, one public issuer (the proxy's address).
dotnet build "$root/src/Api/SolidarityGraph.Api" -c Release -v q -nologo >/dev/null
dll="$root/artifacts/bin/SolidarityGraph.Api/release/SolidarityGraph.Api.dll"
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Postgres
export ConnectionStrings__SolidarityGraph="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=solidaritygraph"
export PartnerAccess__KeyFolder="$run/keys"
export PartnerAccess__Issuer="http://localhost:$http_port/"
export ReverseProxy__KnownProxies__0=127.0.0.1

# 3. The migrate step, once, before any instance starts (instances would also migrate under a lock on their own).
dotnet "$dll" migrate
if [ -n "${SG_ADMIN_PASSWORD:-}" ]; then
  dotnet "$dll" create-admin --email "${ADMIN_EMAIL:-admin@example.org}" || true
fi

# 4. Two instances.
for port in "$port_a" "$port_b"; do
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$run/instance-$port.log" 2>&1 &
  pids+=("$!")
done
ready_seconds="${READY_SECONDS:-300}"
for port in "$port_a" "$port_b"; do
  echo "waiting for http://127.0.0.1:$port/health/ready (up to $ready_seconds s)"
  deadline=$((SECONDS + ready_seconds))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "instance on port $port not ready after $ready_seconds s; its log ($run/instance-$port.log):" >&2
      cat "$run/instance-$port.log" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "instance ready: http://127.0.0.1:$port/"
done

# 5. The reverse proxy in front, if nginx is installed.
if command -v nginx >/dev/null; then
  sed -e "s|__RUN__|$run|g" -e "s|__PORT_A__|$port_a|g" -e "s|__PORT_B__|$port_b|g" -e "s|__HTTP_PORT__|$http_port|g" \
    "$root/deploy/nginx.conf" > "$run/nginx.conf"
  nginx -c "$run/nginx.conf" -p "$run"
  echo "proxy: http://localhost:$http_port/ (both instances behind it)"
else
  echo "nginx is not installed (apt-get install -y nginx): use the instances directly"
fi
wait
