#!/usr/bin/env bash
# Rewrites the committed generated files (templates/, schema/) with the committed CLI, under the
# Node 24 the repository installs (the CLI needs 22 or later; the machine's own Node may be older).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-node24.sh >/dev/null
node24=.tools/node24/bin/node
NO_COLOR=1 "$node24" dist/cli.js templates --out templates 2>/dev/null
NO_COLOR=1 "$node24" dist/cli.js schema --out schema 2>/dev/null
