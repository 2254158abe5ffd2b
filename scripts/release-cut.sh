#!/usr/bin/env bash
# Cuts release X.Y.Z in the working tree: CHANGELOG.md's [Unreleased] lines become the version's
# section, dated today (UTC; RELEASE_DATE overrides), its links follow, and package.json and
# package-lock.json take the version. Nothing that dist/ is built from changes. Commit the result
# in a pull request, merge it, then tag the merge commit (RELEASING.md).
set -euo pipefail
version="${1:-}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "usage: scripts/release-cut.sh X.Y.Z" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if git rev-parse -q --verify "refs/tags/v$version" >/dev/null; then
  echo "release-cut: tag v$version exists already" >&2
  exit 1
fi
node scripts/changelog.mjs cut "$version" "${RELEASE_DATE:-$(date -u +%F)}"
npm version "$version" --no-git-tag-version --allow-same-version >/dev/null
echo "release-cut: CHANGELOG.md, package.json and package-lock.json now say $version"
