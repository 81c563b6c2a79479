#!/usr/bin/env bash
# Installs Schemathesis (the version pinned in scripts/bench-fuzz-requirements.txt) into a
# project-local venv, .tools/schemathesis (gitignored), and prints where its `st` is.
# scripts/schemathesis-museum.sh uses it; so can anyone who wants to run Schemathesis against
# a generated server by hand. Needs python3 (3.9+) with the venv module and access to PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/schemathesis
if [ ! -x "$venv/bin/st" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/bench-fuzz-requirements.txt
fi
echo "installed: $("$venv/bin/st" --version 2>/dev/null | head -n1 || echo '?') at $venv/bin/st"
