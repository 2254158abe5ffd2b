#!/usr/bin/env bash
# Creates <repo>/.venv and installs scripts/python-requirements.txt into it.
# Idempotent: a stamp keyed on the requirements and the venv's interpreter makes re-runs a no-op.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
req="$root/scripts/python-requirements.txt"
# Every transitive package pinned too, so two machines never lint or emulate with different code.
constraints="$root/scripts/python-constraints.txt"
stamp="$venv/.requirements.sha256"
python="${PYTHON:-python3}"

# pyvenv.cfg records the interpreter version, so a venv rebuilt on another Python invalidates the stamp.
want() { cat "$req" "$constraints" "$venv/pyvenv.cfg" 2>/dev/null | sha256sum | cut -d' ' -f1; }

# -x follows symlinks, so a venv whose base interpreter vanished (pyenv/toolcache upgrade) is rebuilt.
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(<"$stamp")" == "$(want)" ]]; then
  echo "setup-python: .venv up to date"
  exit 0
fi

if ! "$venv/bin/python" -c '' 2>/dev/null; then
  command -v "$python" >/dev/null || { echo "setup-python: $python not found on PATH" >&2; exit 1; }
  # --clear: a half-created or stale venv directory must not leak into the new one.
  echo "setup-python: creating .venv with $("$python" -V 2>&1)…"
  "$python" -m venv --clear "$venv" || {
    echo "setup-python: '$python -m venv' failed (on Debian/Ubuntu: apt-get install python3-venv)" >&2
    exit 1
  }
fi

rm -f "$stamp"
echo "setup-python: installing cfn-lint, moto and the other pinned test tools into .venv (a minute or two)…"
PIP_ROOT_USER_ACTION=ignore "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$req" -c "$constraints"
want >"$stamp"
echo "setup-python: installed $(grep -cEv '^\s*(#|$)' "$req") requirements into .venv ($("$venv/bin/python" -V))"
