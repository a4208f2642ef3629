#!/usr/bin/env bash
# Builds samples/CreatorStudio and checks that the PRIV diagnostics are exactly the marked violations:
# a comment "// PRIVnnn: why" stands above each violation, and the rule must be reported on the first
# line below it that is not a comment or an attribute. Any other PRIV diagnostic, or a marker without
# its diagnostic, fails the check.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# --no-incremental: warnings of an up-to-date project are not printed again.
dotnet build "$repo/samples/CreatorStudio" --no-incremental --nologo -clp:NoSummary | tee "$log"

python3 - "$repo/samples/CreatorStudio" "$log" <<'PY'
import os, re, sys

sample, log = sys.argv[1], sys.argv[2]
marker = re.compile(r"^\s*//\s*(PRIV\d{3}):")
reported = set()
for line in open(log, encoding="utf-8"):
    m = re.search(r"([^\s\[\]]+\.cs)\((\d+),\d+\): (?:warning|error) (PRIV\d{3})", line)
    if m:
        reported.add((os.path.realpath(m.group(1)), int(m.group(2)), m.group(3)))

expected = set()
for root, dirs, files in os.walk(sample):
    dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
    for name in files:
        if not name.endswith(".cs"):
            continue
        path = os.path.realpath(os.path.join(root, name))
        lines = open(path, encoding="utf-8").read().splitlines()
        for i, text in enumerate(lines):
            m = marker.match(text)
            if not m:
                continue
            j = i + 1
            while j < len(lines) and re.match(r"^\s*(//|\[)", lines[j]):
                j += 1
            expected.add((path, j + 1, m.group(1)))

missing = sorted(expected - reported)
unexpected = sorted(reported - expected)
for path, line, rule in missing:
    print(f"missing: {rule} expected at {os.path.relpath(path, sample)}:{line}")
for path, line, rule in unexpected:
    print(f"unexpected: {rule} at {os.path.relpath(path, sample)}:{line} has no marker comment")
print(f"sample check: {len(expected)} marked violations, {len(reported)} reported, "
      f"{len(missing)} missing, {len(unexpected)} unexpected")
sys.exit(1 if missing or unexpected or not expected else 0)
PY
