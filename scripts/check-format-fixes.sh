#!/usr/bin/env bash
# Applies the code fixes to a copy of the sample with `dotnet format analyzers`, as a team would on its
# own code, then checks that the fixed sample builds and no fixed diagnostic is left.
# Usage: check-format-fixes.sh PRIV001 [PRIV002 …]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || { echo "usage: $0 PRIVnnn [PRIVnnn …]"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sample references the analyzers by relative path: copy the parts of the repository it builds from.
git -C "$repo" ls-files -z src samples Directory.Build.props Directory.Packages.props global.json .editorconfig \
  | (cd "$repo" && xargs -0 cp --parents -t "$work")
sample="$work/samples/CreatorStudio"

dotnet build "$sample" --nologo -v quiet -clp:NoSummary
dotnet format analyzers "$sample" --diagnostics "$@" --severity info --no-restore -v diag | grep -E "Fixed|fix|Unable" || true

echo "== diff after dotnet format"
git -C "$repo" diff --no-index --stat -- "$repo/samples/CreatorStudio" "$sample" || true

dotnet build "$sample" --no-incremental --nologo -clp:NoSummary | tee "$work/build.log"
left=$(grep -cE "warning ($(IFS='|'; echo "$*"))" "$work/build.log" || true)
if [ "$left" != "0" ]; then
  echo "format check: $left diagnostics of $* remain after dotnet format"
  exit 1
fi
echo "format check: dotnet format fixed every $* in the sample, and the fixed sample builds"
