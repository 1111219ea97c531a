#!/usr/bin/env bash
# Execution benchmarks (BenchmarkDotNet, in process): Executor.ExecuteAsync on parsed and validated documents, with
# and without ResultWriter, and the full pipeline (request bytes → RequestExecutor → response bytes), plus the same
# cases by process CPU time. Cases and targets: bench/SolidarityGraph.Benchmarks/Execution/, PERFORMANCE.md §6.
# Usage: bench/run-execution.sh [BenchmarkDotNet job: short (default) | medium | long | default]
# Results: artifacts/bench/execution/ (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
job="${1:-short}"
out="$repo/artifacts/bench/execution"
rm -rf "$out"
mkdir -p "$out"

pin() {
  if command -v taskset >/dev/null 2>&1; then taskset -c 1 "$@"; else "$@"; fi
}

dotnet build -c Release "$here/SolidarityGraph.Benchmarks/SolidarityGraph.Benchmarks.csproj"
(cd "$here/SolidarityGraph.Benchmarks" &&
  pin dotnet run -c Release --no-build -- --filter '*.Execution.*' --job "$job" --artifacts "$out/dotnet")
(cd "$here/SolidarityGraph.Benchmarks" &&
  pin dotnet run -c Release --no-build -- --cpu-time "$out/dotnet-cpu.json" execution)

cat "$out"/dotnet/results/*-report-github.md | tee "$out/table.md"
