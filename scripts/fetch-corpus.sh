#!/usr/bin/env bash
# Fetches the real-world corpus (realworld/repositories.tsv) at its pinned commits into a folder, one
# sub-folder per repository (owner__repo), for `benchmarks … corpus <folder>`. Needs git and access to GitHub.
# Usage: bash scripts/fetch-corpus.sh [folder]   (default: ../corpus next to the repository)
# Offline: CORPUS_MIRROR=<dir> reads bare clones laid out as <dir>/<owner>+<repo>/repo instead of GitHub, and
# extracts only the C# sources and project files at the pinned commit (what the scan reads); a mirror may lack
# large blobs.
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
  if [ -n "${CORPUS_MIRROR:-}" ]; then
    slug=${url#https://github.com/}
    mirror="$CORPUS_MIRROR/${slug%%/*}+${slug#*/}/repo"
    git --git-dir="$mirror" ls-tree -r --name-only "$commit" | grep -E '\.(cs|csproj|props|targets|sln|slnx|globalconfig)$|\.editorconfig$' | while read -r path; do
      mkdir -p "$folder/$(dirname "$path")"
      git --git-dir="$mirror" show "$commit:$path" > "$folder/$path" 2>/dev/null || rm -f "$folder/$path"
    done
  else
    git init -q "$folder"
    git -C "$folder" fetch -q --depth 1 "$url" "$commit"
    git -C "$folder" checkout -q FETCH_HEAD
  fi
  echo "$name: $commit"
done
