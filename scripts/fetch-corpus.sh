#!/usr/bin/env bash
# Fetches the real-world corpus (realworld/repositories.tsv) at its pinned commits into a folder, one
# sub-folder per repository (owner__repo), for `benchmarks … corpus <folder>`. Needs git and access to GitHub.
# Usage: bash scripts/fetch-corpus.sh [folder]   (default: ../corpus next to the repository)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-"$repo/../corpus"}
mkdir -p "$target"

tail -n +2 "$repo/realworld/repositories.tsv" | while IFS=$'\t' read -r name url commit _; do
  folder="$target/$name"
  if [ -d "$folder/.git" ] && [ "$(git -C "$folder" rev-parse HEAD)" = "$commit" ]; then
    echo "$name: already at $commit"
    continue
  fi
  rm -rf "$folder"
  git init -q "$folder"
  git -C "$folder" fetch -q --depth 1 "$url" "$commit"
  git -C "$folder" checkout -q FETCH_HEAD
  echo "$name: $commit"
done
