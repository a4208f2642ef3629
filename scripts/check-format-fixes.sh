#!/usr/bin/env bash
# Applies the code fixes to a copy of a consumer (the sample app, or the fix shapes: a solution of two projects
# written the ways real code fills creator-facing types) with `dotnet format analyzers`, as a team would on its own
# code, then checks that the fixed code builds and no fixed diagnostic is left.
# Usage: check-format-fixes.sh <project or solution, relative to the repository> PRIV001 [PRIV002 …]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 1 ] || { echo "usage: $0 samples/CreatorStudio PRIVnnn [PRIVnnn …]"; exit 2; }
target=$1
shift
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# The consumers reference the analyzers by relative path: copy the parts of the repository they build from.
git -C "$repo" ls-files -z src samples Directory.Build.props Directory.Packages.props global.json .editorconfig \
  | (cd "$repo" && xargs -0 cp --parents -t "$work")
consumer="$work/$target"
folder=$(dirname "$target"); [ -d "$repo/$target" ] && folder=$target

dotnet build "$consumer" --nologo -clp:NoSummary > "$work/before.log" 2>&1 || { cat "$work/before.log"; exit 1; }
# MSBuild may print a warning more than once: count distinct ones.
found=$( (grep -E "warning ($(IFS='|'; echo "$*"))" "$work/before.log" || true) | sort -u | wc -l)
if [ "$found" = "0" ]; then
  cat "$work/before.log"
  echo "format check: $target reports none of $* before dotnet format: nothing would be checked"
  exit 1
fi
dotnet format analyzers "$consumer" --diagnostics "$@" --severity info --no-restore -v diag > "$work/format.log" 2>&1 \
  || { cat "$work/format.log"; echo "format check: dotnet format failed on $target"; exit 1; }
grep -E "Fixed|fix|Unable" "$work/format.log" || true

echo "== diff after dotnet format"
git -C "$repo" diff --no-index --stat -- "$repo/$folder" "$work/$folder" || true

dotnet build "$consumer" --no-incremental --nologo -clp:NoSummary | tee "$work/build.log"
left=$(grep -cE "warning ($(IFS='|'; echo "$*"))" "$work/build.log" || true)
if [ "$left" != "0" ]; then
  echo "format check: $left diagnostics of $* remain in $target after dotnet format"
  exit 1
fi
echo "format check: dotnet format fixed all $found diagnostics of $* in $target, and the fixed code builds"
