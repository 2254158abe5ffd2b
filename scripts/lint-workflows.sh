#!/usr/bin/env bash
# Lints the workflows this repository runs (.github/) and the ones it ships for users to copy
# (examples/workflows/): actionlint (syntax, expressions, action inputs, shellcheck on every run:
# script), then zizmor (security audits, also of action.yml and .github/dependabot.yml), and checks
# .github/dependabot.yml against SchemaStore's schema. Installs its tools first (idempotent).
# zizmor runs offline unless GH_TOKEN is set; with it, the online audits also run (impostor
# commits, a SHA whose version comment lies, actions with known advisories).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-python.sh
bash scripts/setup-actionlint.sh

workflows=(.github/workflows/*.yml examples/workflows/*.yml)
.tools/bin/actionlint -shellcheck "$root/.venv/bin/shellcheck" "${workflows[@]}"
echo "lint-workflows: actionlint $(.tools/bin/actionlint -version | head -n1) found nothing in ${#workflows[@]} workflows"

online=(--offline)
[[ -n "${GH_TOKEN:-}" ]] && online=()
# `.` collects .github/workflows/, action.yml and .github/dependabot.yml (honouring .gitignore).
.venv/bin/zizmor "${online[@]}" --strict-collection --no-progress . examples/workflows/*.yml
echo "lint-workflows: $(.venv/bin/zizmor --version) found nothing (${online[*]:-online})"

# GitHub reports a malformed dependabot.yml only once it has landed: check its shape before.
.venv/bin/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
