#!/usr/bin/env bash
# Where one rule's time goes: runs the ratio run for one rule under `perf` (CPU samples with call stacks) and prints,
# per measured iteration, the time of each PrivacyAnalyzers method (inclusive) and what its time goes to outside
# PrivacyAnalyzers. The warm-up iteration is left out. See docs/performance.md, "Profiling".
#
# usage: benchmarks/profile.sh [--rule PRIV003|all] [--iterations 5] [--modules 100] [--frequency 2999]
# Needs perf and python3. Output: artifacts/profile/ (git-ignored): perf.data and the decoded stacks.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rule=PRIV003
iterations=5
modules=100
frequency=2999
positive() { [[ "$2" =~ ^[1-9][0-9]*$ ]] && echo "$2" || { echo "$1 needs a positive integer" >&2; exit 2; }; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rule) rule=${2:?--rule needs a rule id}; shift 2 ;;
    --iterations) iterations=$(positive "$1" "${2:-}"); shift 2 ;;
    --modules) modules=$(positive "$1" "${2:-}"); shift 2 ;;
    --frequency) frequency=$(positive "$1" "${2:-}"); shift 2 ;;
    *) echo "usage: $0 [--rule PRIV003|all] [--iterations N] [--modules N] [--frequency HZ]" >&2; exit 2 ;;
  esac
done
command -v perf >/dev/null || { echo "perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 1; }

# `--rule all` profiles every analyzer together, as the budget run measures them.
rule_args=(--rule "$rule")
[ "$rule" = all ] && rule_args=()

out="$repo/artifacts/profile"
mkdir -p "$out"
rm -f "$out"/perf.data "$out"/stacks.txt

echo "== build the benchmark app (Release)"
dotnet build "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -c Release --nologo -v quiet -nodeReuse:false
app=$(dotnet msbuild "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -p:Configuration=Release -getProperty:TargetPath)

echo "== ratio run of $rule under perf ($iterations iterations after a warm-up, $frequency Hz)"
# The perf map names JIT-compiled methods; with W^X on, JIT code runs from a double mapping the map does not cover.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -F "$frequency" -g -e cpu-clock -o "$out/perf.data" -- \
  dotnet "$app" ratio "${rule_args[@]}" --iterations "$iterations" --modules "$modules" \
  || echo "(the ratio run exited non-zero, as it does when the budget is missed; the profile is still read)"
perf script -i "$out/perf.data" -F time,ip,sym 2>/dev/null > "$out/stacks.txt"

echo "== $rule, per measured iteration"
python3 - "$out/stacks.txt" "$iterations" "$frequency" <<'PY'
import collections, re, sys

stacks_path, iterations, frequency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ours = re.compile(r'PrivacyAnalyzers\.(Model|Rules)\.')
header = re.compile(r'^\s*(\d+\.\d+):\s*$')

def method(frame):
    # "[PrivacyAnalyzers] PrivacyAnalyzers.Model.EventContexts::Find(...)[OptimizedTier1]" -> "EventContexts::Find"
    match = re.search(r'([\w.`+<>]+(?:\[[^\]]*\])?::[^(\s]+)', frame)
    return match.group(1).replace('PrivacyAnalyzers.Model.', '').replace('PrivacyAnalyzers.Rules.', '') if match else frame[:100]

samples, time, frames = [], None, []
with open(stacks_path, errors='replace') as stacks:
    for line in stacks:
        if not line.strip():
            if time is not None and any(ours.search(f) for f in frames):
                samples.append((time, frames))
            time, frames = None, []
        elif header.match(line):
            # A sample's header is its timestamp, indented by some versions of perf; its frames follow, one per line.
            time = float(header.match(line).group(1))
        else:
            frames.append(line.strip().split(' ', 1)[-1])

# Analyzer runs are a second or more apart (binding and the baseline run come between them), while a run's own
# callbacks come every few microseconds: a pause of half a second ends a run. The first run is the warm-up.
runs, current = [], []
for sample in sorted(samples, key=lambda s: s[0]):
    if current and sample[0] - current[-1][0] > 0.5:
        runs.append(current)
        current = []
    current.append(sample)
runs.append(current)
measured_runs = runs[1:][-iterations:]
measured = [sample for run in measured_runs for sample in run]
per_run = 1000.0 / frequency / max(1, len(measured_runs))

inclusive, outside = collections.Counter(), collections.Counter()
for _, stack in measured:  # leaf first
    for name in {method(f) for f in stack if ours.search(f)}:
        inclusive[name] += 1
    deepest = next(i for i, f in enumerate(stack) if ours.search(f))
    if deepest > 0:
        outside[(method(stack[deepest]), method(stack[deepest - 1]))] += 1

print(f'analyzer runs found: {len(runs)}, of which {len(measured_runs)} measured')
print(f'sampled per iteration: {len(measured) * per_run:.1f} ms')
print('\ninclusive, ms per iteration')
for name, count in inclusive.most_common(40):
    print(f'{count * per_run:8.2f}  {name}')
print('\ncalls out of PrivacyAnalyzers, ms per iteration')
for (caller, callee), count in outside.most_common(25):
    print(f'{count * per_run:8.2f}  {caller} -> {callee}')
PY
