#!/usr/bin/env bash
# Builds the pinned actionlint into .tools/bin from the Go module proxy (go install verifies the
# module against the checksum database). Needs Go 1.25 or later on PATH, or GOTOOLCHAIN=auto to let
# an older go fetch one. Idempotent: a binary that reports the pinned version is kept.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="1.7.12"
bin="$root/.tools/bin/actionlint"
if [[ -x "$bin" && "$("$bin" -version 2>/dev/null | head -n1)" == "v$version" ]]; then
  echo "setup-actionlint: actionlint v$version already in .tools/bin"
  exit 0
fi
command -v go >/dev/null || {
  echo "setup-actionlint: go not found on PATH; install Go 1.25 or later (CI: actions/setup-go)" >&2
  exit 1
}
mkdir -p "$root/.tools/bin"
# With @version, go install builds the module's own go.mod and ignores any in the working directory.
GOBIN="$root/.tools/bin" go install "github.com/rhysd/actionlint/cmd/actionlint@v$version"
echo "setup-actionlint: installed actionlint $("$bin" -version | head -n1) into .tools/bin"
