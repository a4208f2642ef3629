#!/usr/bin/env bash
# Writes the privacy map of samples/CreatorStudio with the command docs/privacy-map.md gives, and checks it:
# its findings are exactly the violations the sample marks (tests/Shared/ViolationMarkers.cs), and the
# Markdown page has every section a reviewer reads. The map's content is tested in
# tests/PrivacyAnalyzers.Tests/Map; this checks that the documented command works on a real project.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cd "$repo"
# The map reads the project as the build evaluates it: restored, as docs/privacy-map.md says.
dotnet restore samples/CreatorStudio/CreatorStudio.csproj --nologo -v q
dotnet run --project tools/PrivacyMap -- samples/CreatorStudio/CreatorStudio.csproj --out "$out"

dotnet run --project benchmarks/PrivacyAnalyzers.Benchmarks -c Release -- check-map samples/CreatorStudio "$out/privacy-map.json"

for section in "## CreatorStudio" "### Findings" "### Creator-facing and response types" "### Endpoints" "### Notification sinks" "### Event contexts"; do
  if ! grep -qxF "$section" "$out/privacy-map.md"; then
    echo "privacy-map.md has no '$section' section"
    exit 1
  fi
done
echo "privacy map: $(grep -c '' "$out/privacy-map.md") lines of Markdown, every section present"
