#!/usr/bin/env bash
# Real-build analyzer cost: generates the Streamly code base (benchmarks/PrivacyAnalyzers.Benchmarks, `generate`
# mode; 100 modules is about 1,200 files and 120,000 lines), builds it with the Release PrivacyAnalyzers.dll and
# -p:ReportAnalyzer=true, and prints the compiler's analyzer performance report for PrivacyAnalyzers next to the
# analyzers the SDK brings (NetAnalyzers, ASP.NET Core, ...), and the share of the whole Csc task.
#
# usage: benchmarks/run.sh [--modules N]
# Output: artifacts/analyzer-perf/ (git-ignored): the generated project in Streamly/ and the detailed build log.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
modules=100
while [ $# -gt 0 ]; do
  case "$1" in
    --modules)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "--modules needs a positive integer" >&2; exit 2; }
      modules=$2
      shift 2
      ;;
    *) echo "usage: $0 [--modules N]" >&2; exit 2 ;;
  esac
done

out="$repo/artifacts/analyzer-perf"
project="$out/Streamly"
log="$out/build.log"
mkdir -p "$out"
rm -f "$log"

echo "== build PrivacyAnalyzers and the benchmark app (Release)"
dotnet build "$repo/src/PrivacyAnalyzers" -c Release --nologo -v quiet -nodeReuse:false
dotnet build "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -c Release --nologo -v quiet -nodeReuse:false
analyzer=$(dotnet msbuild "$repo/src/PrivacyAnalyzers" -p:Configuration=Release -getProperty:TargetPath)
[ -f "$analyzer" ] || { echo "analyzer DLL not found: '$analyzer'" >&2; exit 1; }

echo "== generate $modules modules into $project"
# The generator replaces the directory, so obj/ starts empty and the compiler really runs.
dotnet run --project "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -c Release --no-build -- \
  generate "$project" --analyzer "$analyzer" --modules "$modules"

echo "== build the generated project with -p:ReportAnalyzer=true"
dotnet restore "$project" --nologo -v quiet -nodeReuse:false
# The analyzer report is logged at low importance, so only detailed verbosity shows it. A file logger at detailed
# verbosity captures it (and the PerformanceSummary with the Csc task time) whatever the console does, in one pass
# and without a binlog replay; the console shows errors only (the planted PRIV warnings would flood it), and
# -tl:off keeps the terminal logger, which ignores -clp, out of the way.
# UseSharedCompilation=false: csc runs as its own process, so every run measures a cold compiler the same way
# (no warm VBCSCompiler from an earlier build) and no compiler server is left running afterwards.
# --no-incremental: even an up-to-date project is compiled again.
if ! dotnet build "$project" --no-restore --no-incremental -nodeReuse:false -tl:off --nologo \
  -p:ReportAnalyzer=true -p:UseSharedCompilation=false \
  -clp:ErrorsOnly -fl -flp:"LogFile=$log;Verbosity=detailed;PerformanceSummary"; then
  echo "build of the generated project failed; see $log" >&2
  exit 1
fi

echo "== analyzer performance ($log)"
python3 - "$log" <<'PY'
import re, sys

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
starts = [i for i, line in enumerate(lines) if "Total analyzer execution time:" in line]
if len(starts) != 1:
    sys.exit(f"expected one analyzer performance report in the build log, found {len(starts)}")
total = float(re.search(r"Total analyzer execution time: ([\d.]+) seconds", lines[starts[0]]).group(1))

# Report rows: "<time> <percent> <name>", time possibly "<0.001". An analyzer assembly row names the assembly with
# ", Version=..."; the analyzer rows below it name "Namespace.Type (IDs)". The generator report that follows has
# the same shape, so parsing stops there.
row = re.compile(r"^\s*<?(\d+\.\d+)\s+<?\d+\s+(\S.*?)\s*$")
assemblies = []  # [name, version, seconds, [(analyzer, seconds)]]
generators = None
for line in lines[starts[0] + 1:]:
    if "Total generator execution time:" in line:
        generators = float(re.search(r"([\d.]+) seconds", line).group(1))
        break
    m = row.match(line)
    if not m:
        continue
    seconds, name = float(m.group(1)), m.group(2)
    if ", Version=" in name:
        assembly, version = re.match(r"([^,]+), Version=([^,]+)", name).groups()
        assemblies.append([assembly, version, seconds, []])
    elif assemblies:
        assemblies[-1][3].append((name, seconds))

csc = None
summary = next((i for i, line in enumerate(lines) if line.startswith("Task Performance Summary:")), None)
if summary is not None:
    for line in lines[summary + 1:]:
        m = re.match(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", line)
        if m:
            csc = int(m.group(1)) / 1000
            break

privacy = next((a for a in assemblies if a[0] == "PrivacyAnalyzers"), None)
if privacy is None:
    sys.exit("PrivacyAnalyzers is not in the analyzer report: did the analyzer load? (look for CS8032 in the log)")

def share(seconds, of):
    return f"{100 * seconds / of:5.1f}%" if of else "    -"

def short(analyzer):
    # "PrivacyAnalyzers.Rules.FooAnalyzer (PRIV003)" -> "FooAnalyzer (PRIV003)"
    type_name, _, ids = analyzer.partition(" (")
    return type_name.rsplit(".", 1)[-1] + (" (" + ids if ids and ids != ")" else "")

print(f"Csc task (wall clock)           {csc:8.3f} s" if csc is not None
      else "Csc task (wall clock)           not found in the Task Performance Summary")
print(f"all analyzers                   {total:8.3f} s  {share(total, csc)} of Csc")
if generators is not None:
    print(f"all source generators           {generators:8.3f} s  {share(generators, csc)} of Csc")
print()
print(f"PrivacyAnalyzers {privacy[1]:<14} {privacy[2]:8.3f} s  {share(privacy[2], total)} of all analyzer time"
      f"  {share(privacy[2], csc)} of Csc")
for analyzer, seconds in sorted(privacy[3], key=lambda a: -a[1]):
    print(f"  {short(analyzer):<52} {seconds:8.3f} s  {share(seconds, total)} of all analyzers"
          f"  {share(seconds, privacy[2])} of PrivacyAnalyzers")
print()
print("analyzer assemblies, by time:")
for assembly, version, seconds, _ in sorted(assemblies, key=lambda a: -a[2]):
    print(f"  {seconds:8.3f} s  {share(seconds, total)}  {assembly} {version}")
print()
print("top 5 analyzers outside PrivacyAnalyzers:")
others = sorted(((seconds, analyzer, a[0]) for a in assemblies if a is not privacy for analyzer, seconds in a[3]),
                reverse=True)
for seconds, analyzer, assembly in others[:5]:
    print(f"  {seconds:8.3f} s  {share(seconds, total)}  {short(analyzer)}  [{assembly}]")
print()
print("Analyzer and generator times are summed over the threads that ran them (analyzers run concurrently),")
print("while the Csc time is wall clock: '% of Csc' can overstate their share of the compile's wall time.")
PY
echo "generated project: $project"
