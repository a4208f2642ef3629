#!/usr/bin/env bash
# Follows the README's install steps as written, the way a new user does: packs a clean copy of the repository into a
# folder feed, then, in a fresh `dotnet new webapi` project, adds that feed and the package and builds. Fails if a step
# fails or packing warns, if the package's layout, metadata or README (which must read well outside the repository) is
# wrong, or
# unless a violation then shows up as PRIV001 in the build output and in a SARIF log. Then the Strict preset: the
# violation fails the build, and a justified suppression lets it pass with the justification in the SARIF log. Then
# the privacy baseline, as a team adopting the rules uses it: baseline, edit, add, fix, corrupt.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# The README's install steps, as written: each block follows an "<!-- install: … -->" marker. They run with HOME in
# the work folder, so "~/.privacy-analyzers/feed" is a fresh feed, and with their own package folder; the repository's
# steps run in a copy of its tracked files, so that restoring there leaves this checkout's obj/ folders alone.
install_block() {
  awk -v marker="$1" '
    index($0, "<!-- install: " marker " -->") { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' "$repo/README.md"
}
repo_steps=$(install_block "in a clone of this repository")
project_steps=$(install_block "in your project's folder")
[ -n "$repo_steps" ] && [ -n "$project_steps" ] || { echo "the README's install steps are missing"; exit 1; }
export HOME="$work/home" NUGET_PACKAGES="$work/packages"
mkdir -p "$HOME"

echo "== pack, as the README says (in a clone of the repository)"
clone="$work/clone"
mkdir -p "$clone"
git -C "$repo" ls-files -z | (cd "$repo" && xargs -0 cp --parents -t "$clone")
(cd "$clone" && bash -euxo pipefail -c "$repo_steps") 2>&1 | tee "$work/pack.log"
if grep -i "warning" "$work/pack.log"; then echo "dotnet pack warns"; exit 1; fi
feed="$HOME/.privacy-analyzers/feed"
package=$(ls "$feed"/PrivacyAnalyzers.[0-9]*.nupkg)
annotations=$(ls "$feed"/PrivacyAnalyzers.Annotations.[0-9]*.nupkg)
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
grep -q '<projectUrl>https://' <<<"$nuspec" || { echo "the package has no project URL"; exit 1; }
annotation_contents=$(unzip -l "$annotations")
grep -q " lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll\$" <<<"$annotation_contents" \
  || { echo "the annotations package has no lib/netstandard2.0 assembly"; exit 1; }
for nupkg in "$package" "$annotations"; do
  readme=$(unzip -p "$nupkg" README.md)
  # The package page shows this README outside the repository: links must be absolute, and no contributor commands.
  if grep -nE '\]\((\.\.?/|docs/|samples/|src/)' <<<"$readme"; then echo "$(basename "$nupkg"): the README has relative links"; exit 1; fi
  if grep -n 'PrivacyAnalyzers.sln' <<<"$readme"; then echo "$(basename "$nupkg"): the README has contributor commands"; exit 1; fi
  grep -q '^## Install' <<<"$readme" || { echo "$(basename "$nupkg"): the README does not say how to install"; exit 1; }
done

echo "== install into a fresh webapi project, as the README says (in the project's folder)"
consumer="$work/consumer"
dotnet new webapi -o "$consumer" --no-restore > /dev/null
cp "$repo/global.json" "$consumer/"
(cd "$consumer" && bash -euxo pipefail -c "$project_steps") 2>&1 | tee "$work/install.log"
grep -q '<PrivateAssets>all</PrivateAssets>' "$consumer/consumer.csproj" \
  || { cat "$consumer/consumer.csproj"; echo "the package reference is not private: it would flow to the app's consumers"; exit 1; }
if grep -q "warning PRIV" "$work/install.log"; then echo "the template project has privacy warnings"; exit 1; fi

echo "== a violation in the project: reported in the build output and in SARIF"
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
dotnet build "$consumer/consumer.csproj" --nologo "-p:ErrorLog=$work/consumer.sarif%2Cversion=2.1" | tee "$work/build.log"

grep -q "CreatorStats.cs(9,.*warning PRIV001" "$work/build.log" || { echo "PRIV001 missing from the build output"; exit 1; }
grep -q '"ruleId": "PRIV001"' "$work/consumer.sarif" || { echo "PRIV001 missing from the SARIF log"; exit 1; }
grep -q '"version": "2.1.0"' "$work/consumer.sarif" || { echo "the SARIF log is not version 2.1.0"; exit 1; }
grep -q '"DataCategory": "user.unique_id"' "$work/consumer.sarif" || { echo "the SARIF log does not carry the finding's data category"; exit 1; }
echo "PRIV001 in the build output and in the SARIF log"

echo "== PrivacyAnalysisMode=Strict: the violation fails the build"
if dotnet build "$consumer/consumer.csproj" --nologo --no-incremental \
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
dotnet build "$consumer/consumer.csproj" --nologo --no-incremental \
  -p:PrivacyAnalysisMode=Strict "-p:ErrorLog=$work/suppressed.sarif%2Cversion=2.1" > "$work/suppressed.log" 2>&1 \
  || { cat "$work/suppressed.log"; echo "the Strict build failed despite a justified suppression"; exit 1; }
sarif=$(cat "$work/suppressed.sarif")
grep -q '"suppressions"' <<<"$sarif" || { echo "the SARIF log has no suppressions entry"; exit 1; }
grep -qF "\"justification\": \"$justification\"" <<<"$sarif" || { echo "the SARIF log lost the justification"; exit 1; }
echo "== a misspelt policy key: PRIV000 points at its line in .globalconfig"
printf 'is_global = true\nprivacy.audiance_words = Patron\n' > "$consumer/.globalconfig"
dotnet build "$consumer/consumer.csproj" --nologo --no-incremental > "$work/policy.log" 2>&1 \
  || { cat "$work/policy.log"; echo "the build with a misspelt policy key failed"; exit 1; }
grep -q "\.globalconfig(2,1): warning PRIV000: Unknown privacy policy key 'privacy.audiance_words'" "$work/policy.log" \
  || { cat "$work/policy.log"; echo "PRIV000 does not point at the line of the misspelt key"; exit 1; }

echo "== the privacy baseline (docs/baseline.md): adopt on existing findings, fail only on new ones"
rm "$consumer/.globalconfig"
stats() {
  # $1: lines above the type; $2: the members of CreatorAudienceReport.
  printf 'namespace Consumer;\n%b\npublic class CreatorAudienceReport\n{\n    public int Views { get; set; }\n%b}\n' "$1" "$2" > "$consumer/CreatorStats.cs"
}
viewers='    public System.Collections.Generic.List<System.Guid> ViewerIds { get; set; } = new();\n'
emails='    public System.Collections.Generic.List<string> SubscriberEmails { get; set; } = new();\n'
handle='    public string? TopFanHandle { get; set; }\n'
strict() { dotnet build "$consumer/consumer.csproj" --nologo -p:PrivacyAnalysisMode=Strict "$@"; }
stats "" "$viewers$emails"
if strict > "$work/baseline-before.log" 2>&1; then echo "the two violations did not fail the Strict build"; exit 1; fi
(cd "$consumer" && dotnet build -p:PrivacyBaseline=update --nologo) > "$work/baseline-update.log" 2>&1 \
  || { cat "$work/baseline-update.log"; echo "dotnet build -p:PrivacyBaseline=update failed"; exit 1; }
grep -q '"anchor": "ViewerIds"' "$consumer/privacy-baseline.json" && grep -q '"anchor": "SubscriberEmails"' "$consumer/privacy-baseline.json" \
  || { cat "$consumer/privacy-baseline.json"; echo "the baseline does not hold the two findings"; exit 1; }
strict > "$work/baseline-strict.log" 2>&1 || { cat "$work/baseline-strict.log"; echo "the Strict build failed on baselined findings"; exit 1; }
echo "two findings baselined: the Strict build passes"

stats "// moved down by a comment\n\n" "$viewers$emails"
strict > "$work/baseline-moved.log" 2>&1 || { cat "$work/baseline-moved.log"; echo "lines added above re-opened baselined findings"; exit 1; }
echo "lines added above: still passes"

stats "// moved down by a comment\n\n" "$viewers$emails$handle"
if strict > "$work/baseline-new.log" 2>&1; then echo "a new violation did not fail the Strict build"; exit 1; fi
[ "$(grep -o 'CreatorStats.cs([0-9]*,[0-9]*): error PRIV[0-9]*' "$work/baseline-new.log" | sort -u)" = "CreatorStats.cs(10,20): error PRIV001" ] \
  || { cat "$work/baseline-new.log"; echo "the Strict build did not fail on the new violation alone"; exit 1; }
echo "a third violation: the build fails on it alone"

stats "// moved down by a comment\n\n" "$viewers"
strict "-p:ErrorLog=$work/baseline.sarif%2Cversion=2.1" > "$work/baseline-fixed.log" 2>&1 \
  || { cat "$work/baseline-fixed.log"; echo "the Strict build failed after a baselined violation was fixed"; exit 1; }
[ "$(grep -o 'warning PRIV102: .*' "$work/baseline-fixed.log" | sort -u | wc -l)" = 1 ] \
  && grep -q "privacy-baseline.json : warning PRIV102: .*SubscriberEmails.*dotnet build -p:PrivacyBaseline=update" "$work/baseline-fixed.log" \
  || { cat "$work/baseline-fixed.log"; echo "the stale baseline entry is not named, alone"; exit 1; }
if grep -qE "(error|warning) PRIV001" "$work/baseline-fixed.log"; then cat "$work/baseline-fixed.log"; echo "the baselined ViewerIds is reported"; exit 1; fi
grep -q 'Suppression Justification: in the privacy baseline' "$work/baseline.sarif" \
  || { echo "the SARIF log does not show the baselined finding as suppressed by the baseline"; exit 1; }
echo "a baselined violation fixed: passes, names the stale entry; SARIF shows the baselined finding suppressed"

printf '{ "version": 1, "findings": [ { "rule": "PRIV001",\n  oops } ] }\n' > "$consumer/privacy-baseline.json"
if strict > "$work/baseline-corrupt.log" 2>&1; then echo "a corrupt baseline did not fail the build"; exit 1; fi
grep -q "privacy-baseline.json(2,3): error PRIV101: The privacy baseline cannot be read" "$work/baseline-corrupt.log" \
  || { cat "$work/baseline-corrupt.log"; echo "a corrupt baseline is not a clear error at its line"; exit 1; }
echo "a corrupt baseline: a clear error at its line"

echo "package check passed: PRIV001 reported, an error under Strict, a justified suppression kept in SARIF, PRIV000 at its line, the privacy baseline end to end"
