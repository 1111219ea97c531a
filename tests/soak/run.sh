#!/usr/bin/env bash
# Soak test of the log volume (issue 13): the README's run command (`dotnet run --project src/Api/SolidarityGraph.Api`,
# Production, fresh database in a temporary folder) under mixed traffic for N minutes (default 10). Prints how many
# lines the server logged and fails when that is 100 or more.
#   tests/soak/run.sh [minutes]
set -euo pipefail

minutes="${1:-10}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
log="$work/server.log"
server=""

cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill -INT "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/Api/SolidarityGraph.Api" -nologo -v quiet >/dev/null

# dotnet run keeps the caller's folder as working directory, so data/ is created in the temporary folder.
cd "$work"
ASPNETCORE_ENVIRONMENT=Production dotnet run --no-build --project "$root/src/Api/SolidarityGraph.Api" -- --urls http://127.0.0.1:0 >"$log" 2>&1 &
server=$!

base=""
for _ in $(seq 1 240); do
  base="$(grep -oE 'GraphQL IDE: http://[^ ]+' "$log" | head -1 | sed -E 's#GraphQL IDE: (http://[^/]+)/.*#\1#' || true)"
  [[ -n "$base" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; echo "soak: the server exited before it listened" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$base" ]] || { cat "$log"; echo "soak: the server did not print its URLs within 2 minutes" >&2; exit 1; }
startup=$(wc -l <"$log")

queries=(
  '{ projects(first: 10) { totalCount nodes { id title funding { nodes { amount currency funder { name } } } } } }'
  '{ organisations(first: 20) { nodes { id name } } }'
  '{ search(text: "women") { __typename } }'
  '{ indicators(first: 5) { nodes { code values { kind value citations { quote source { title } } } } } }'
  '{ places(first: 10) { nodes { name } } }'
  '{ __schema { types { name } } }'
  '{ projects { nodes { noSuchField } } }'
  'mutation { deleteProject(input: { id: "x" }) { __typename } }'
)
paths=(/ /health /admin /admin/account/login /admin.css /graphql/ /graphql/bcp-config.json /graphql/schema.graphql /graphql)

bodies=()
for query in "${queries[@]}"; do
  bodies+=("{\"query\":\"${query//\"/\\\"}\"}")
done

requests=0
answered=0
deadline=$(( $(date +%s) + minutes * 60 ))
while (( $(date +%s) < deadline )); do
  for body in "${bodies[@]}"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data "$body" "$base/graphql" || true)"
    [[ "$status" == 200 ]] && answered=$((answered + 1))
    requests=$((requests + 1))
  done
  for path in "${paths[@]}"; do
    curl -s -o /dev/null "$base$path" || true
    requests=$((requests + 1))
  done
  sleep 0.2
done

sleep 2
lines=$(wc -l <"$log")
echo "soak: $minutes min, $requests requests ($answered GraphQL POSTs answered 200), $lines lines logged ($startup at start-up)"
if (( lines >= 100 )); then
  echo "--- server log ---"
  head -50 "$log"
  exit 1
fi
