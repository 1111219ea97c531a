#!/usr/bin/env bash
# Language benchmarks side by side: SolidarityGraph (BenchmarkDotNet, in process) and graphql-js 17.1.0 (Node)
# lex, parse and print the same documents; prints ops/s, allocated bytes per operation and the speed ratio by
# wall-clock time and by process CPU time (the latter holds up on a busy machine).
# Usage: bench/run-language.sh [BenchmarkDotNet job: short (default) | medium | long | default]
# Results: artifacts/bench/language/ (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
job="${1:-short}"
out="$repo/artifacts/bench/language"
rm -rf "$out"
mkdir -p "$out"

# PERFORMANCE.md §6: pin to one core when taskset is available.
pin() {
  if command -v taskset >/dev/null 2>&1; then taskset -c 1 "$@"; else "$@"; fi
}

if [ ! -f "$repo/tests/conformance/node_modules/graphql/package.json" ]; then
  (cd "$repo/tests/conformance" && npm ci --no-audit --no-fund)
fi

dotnet build -c Release "$here/SolidarityGraph.Benchmarks/SolidarityGraph.Benchmarks.csproj"
(cd "$here/SolidarityGraph.Benchmarks" &&
  pin dotnet run -c Release --no-build -- --filter '*.Language.*' --job "$job" --artifacts "$out/dotnet")

(cd "$here/SolidarityGraph.Benchmarks" &&
  pin dotnet run -c Release --no-build -- --cpu-time "$out/dotnet-cpu.json")

pin node --expose-gc "$here/node/parse-bench.mjs" --json "$out/node.json"

node "$here/node/language-table.mjs" "$out/dotnet/results" "$out/node.json" "$out/dotnet-cpu.json" | tee "$out/table.md"
