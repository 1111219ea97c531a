#!/usr/bin/env bash
# The rate-limit load scenario at full length: two normal partner clients and one hammering client for 30 s each
# run, against the Api process, comparing the normal clients' p99 with and without the hammer (must stay within 2×).
# The test command runs the same scenario (30 s, p99, one second comparison when the first is over); this script runs it alone, on an otherwise idle machine.
#   bench/load/run.sh [seconds] [percentile]     defaults: 30 99
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-30}" percentile="${2:-99}"
echo "load scenario: ${seconds} s per run, comparing p${percentile} (build and server start-up first)" >&2
SG_LOAD_SECONDS="$seconds" SG_LOAD_PERCENTILE="$percentile" \
  dotnet test tests/Api/SolidarityGraph.Api.Tests --filter "FullyQualifiedName~RateLimits.LoadTests" \
  --logger "console;verbosity=detailed"
