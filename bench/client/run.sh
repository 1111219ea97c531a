#!/usr/bin/env bash
# The typed client against a hand-written HttpClient + System.Text.Json ceiling on one live Api process (Release).
# Writes BenchmarkDotNet's report under BenchmarkDotNet.Artifacts/; copy the summary into bench/results/.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Api/SolidarityGraph.Api -c Release -p:SolidarityGraphSkipIde=true
dotnet run -c Release --project bench/SolidarityGraph.Client.Benchmarks -- --filter '*ClientBenchmarks*' "$@"
