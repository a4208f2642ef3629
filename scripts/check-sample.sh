#!/usr/bin/env bash
# Builds samples/CreatorStudio and checks that the PRIV diagnostics are exactly the marked violations:
# a comment "// PRIVnnn: why" stands above each violation, and the rule must be reported on the first
# line below it that is not a comment or an attribute (tests/Shared/ViolationMarkers.cs). Any other PRIV
# diagnostic, or a marker without its diagnostic, fails the check.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# --no-incremental: warnings of an up-to-date project are not printed again.
dotnet build "$repo/samples/CreatorStudio" --no-incremental --nologo -clp:NoSummary | tee "$log"

dotnet run --project "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -c Release -- check-build "$repo/samples/CreatorStudio" "$log"
