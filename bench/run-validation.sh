#!/usr/bin/env bash
# Validation benchmark side by side: SolidarityGraph's DocumentValidator.Validate (BenchmarkDotNet, in process, all
# specified rules, no cache) and graphql-js 17.1.0 validate() (Node) on the same schema and documents
# (bench/SolidarityGraph.Benchmarks/Validation/: a 71-type schema, the introspection query and a nested query).
# Prints ops/s, allocated bytes per operation and the speed ratio by wall-clock and by process CPU time.
# Usage: bench/run-validation.sh [BenchmarkDotNet job: short (default) | medium | long | default] [--rules]
#   --rules also times each rule alone (ValidationRuleBenchmarks; about 60 cases, slow).
# Results: artifacts/bench/validation/ (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
job="short"
filter='*.Validation.ValidationBenchmarks.*'
for arg in "$@"; do
  case "$arg" in
    --rules) filter='*.Validation.*' ;;
    *) job="$arg" ;;
  esac
done
out="$repo/artifacts/bench/validation"
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
  pin dotnet run -c Release --no-build -- --filter "$filter" --job "$job" --artifacts "$out/dotnet")

(cd "$here/SolidarityGraph.Benchmarks" &&
  pin dotnet run -c Release --no-build -- --cpu-time "$out/dotnet-cpu.json" validation)

pin node --expose-gc "$here/node/validate-bench.mjs" --json "$out/node.json"

node "$here/node/validation-table.mjs" "$out/dotnet/results" "$out/node.json" "$out/dotnet-cpu.json" | tee "$out/table.md"
