#!/usr/bin/env bash
# Packs the solution and consumes the package the way a user does: a fresh project that references
# PrivacyAnalyzers from the local folder only, built with a SARIF log. Fails unless PRIV001 shows up
# in the build output and in the SARIF log, and the package has the expected layout. Then the Strict preset:
# the violation fails the build, and a justified suppression lets it pass with the justification in the SARIF log.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

echo "== pack"
dotnet pack "$repo/PrivacyAnalyzers.sln" -c Release -o "$work/feed" --nologo -v quiet

package=$(ls "$work"/feed/PrivacyAnalyzers.[0-9]*.nupkg)
annotations=$(ls "$work"/feed/PrivacyAnalyzers.Annotations.[0-9]*.nupkg)
version=$(basename "$package" .nupkg | sed 's/^PrivacyAnalyzers\.//')
echo "packed $(basename "$package") and $(basename "$annotations")"

echo "== package layout"
contents=$(unzip -l "$package")
for entry in analyzers/dotnet/cs/PrivacyAnalyzers.dll analyzers/dotnet/cs/PrivacyAnalyzers.CodeFixes.dll README.md LICENSE \
  buildTransitive/PrivacyAnalyzers.targets buildTransitive/config/PrivacyAnalysisMode.Strict.globalconfig; do
  grep -q " $entry\$" <<<"$contents" || { echo "missing $entry in $(basename "$package")"; exit 1; }
done
if grep -q " lib/" <<<"$contents"; then echo "the analyzer package must not put assemblies under lib/"; exit 1; fi
# Read whole outputs into variables: `unzip | grep -q` fails under pipefail when grep stops reading early.
nuspec=$(unzip -p "$package" PrivacyAnalyzers.nuspec)
grep -q '<developmentDependency>true</developmentDependency>' <<<"$nuspec" \
  || { echo "the package is not a development dependency"; exit 1; }
annotation_contents=$(unzip -l "$annotations")
grep -q " lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll\$" <<<"$annotation_contents" \
  || { echo "the annotations package has no lib/netstandard2.0 assembly"; exit 1; }

echo "== consume from a fresh project"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PrivacyAnalyzers" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/CreatorStats.cs" <<'CS'
using System;
using System.Collections.Generic;

namespace Consumer;

public class CreatorVideoStatsDto
{
    public int Views { get; set; }
    public IReadOnlyList<Guid> ViewerIds { get; set; } = Array.Empty<Guid>();
}
CS
cp "$repo/global.json" "$consumer/"
dotnet build "$consumer/Consumer.csproj" --packages "$work/packages" --nologo \
  "-p:ErrorLog=$work/consumer.sarif%2Cversion=2.1" | tee "$work/build.log"

grep -q "CreatorStats.cs(9,.*warning PRIV001" "$work/build.log" || { echo "PRIV001 missing from the build output"; exit 1; }
grep -q '"ruleId": "PRIV001"' "$work/consumer.sarif" || { echo "PRIV001 missing from the SARIF log"; exit 1; }
grep -q '"version": "2.1.0"' "$work/consumer.sarif" || { echo "the SARIF log is not version 2.1.0"; exit 1; }
echo "PRIV001 in the build output and in the SARIF log"

echo "== PrivacyAnalysisMode=Strict: the violation fails the build"
if dotnet build "$consumer/Consumer.csproj" --packages "$work/packages" --nologo --no-incremental \
    -p:PrivacyAnalysisMode=Strict > "$work/strict.log" 2>&1; then
  cat "$work/strict.log"; echo "the Strict build succeeded despite a violation"; exit 1
fi
grep -q "CreatorStats.cs(9,.*error PRIV001" "$work/strict.log" || { cat "$work/strict.log"; echo "PRIV001 is not an error under Strict"; exit 1; }

echo "== PrivacyAnalysisMode=Strict with a justified suppression: the build passes"
justification="Moderation export: shown to trust and safety staff, never to creators."
cat > "$consumer/CreatorStats.cs" <<CS
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Consumer;

public class CreatorVideoStatsDto
{
    public int Views { get; set; }
    [SuppressMessage("Privacy", "PRIV001", Justification = "$justification")]
    public IReadOnlyList<Guid> ViewerIds { get; set; } = Array.Empty<Guid>();
}
CS
dotnet build "$consumer/Consumer.csproj" --packages "$work/packages" --nologo --no-incremental \
  -p:PrivacyAnalysisMode=Strict "-p:ErrorLog=$work/suppressed.sarif%2Cversion=2.1" > "$work/suppressed.log" 2>&1 \
  || { cat "$work/suppressed.log"; echo "the Strict build failed despite a justified suppression"; exit 1; }
sarif=$(cat "$work/suppressed.sarif")
grep -q '"suppressions"' <<<"$sarif" || { echo "the SARIF log has no suppressions entry"; exit 1; }
grep -qF "\"justification\": \"$justification\"" <<<"$sarif" || { echo "the SARIF log lost the justification"; exit 1; }
echo "package check passed: PRIV001 reported, an error under Strict, and a justified suppression kept in SARIF"
