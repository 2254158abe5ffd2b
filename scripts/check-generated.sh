#!/usr/bin/env bash
# Fails when the committed dist/ bundle, templates/ or schema/ differ from a fresh build: a workflow
# pinned to @v1 runs dist/, and StackSet users deploy templates/ directly, so both must be current.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
npm run --silent bundle
npm run --silent generate >/dev/null 2>&1
if ! git diff --quiet -- dist templates schema || [[ -n "$(git ls-files --others --exclude-standard -- dist templates schema)" ]]; then
  echo "check-generated: dist/, templates/ or schema/ is stale. Run 'npm run bundle && npm run generate' and commit:" >&2
  git status --short -- dist templates schema >&2
  git diff --stat -- dist templates schema >&2
  exit 1
fi
echo "check-generated: dist/, templates/ and schema/ match a fresh build"
