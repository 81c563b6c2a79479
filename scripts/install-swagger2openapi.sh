#!/usr/bin/env bash
# Installs the independent converter `swagger2openapi` (npm) into .tools/swagger2openapi
# (project-local, gitignored). The comparison test
# (crates/stipula-spec/tests/swagger2_compare.rs) uses it when present and skips otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tools/swagger2openapi
mkdir -p "$dir"
if [ ! -f "$dir/package.json" ]; then
  echo '{"name":"stipula-tools","private":true}' > "$dir/package.json"
fi
npm install --prefix "$dir" --no-audit --no-fund --silent swagger2openapi@7
echo "installed: $("$dir/node_modules/.bin/swagger2openapi" --version 2>/dev/null || echo '?') at $dir/node_modules/.bin/swagger2openapi"
