#!/usr/bin/env bash
# Schemathesis against the generated server of Redocly's Museum (providers/redocly.museum.yaml
# of the spec corpus), served with the trivial in-memory implementation of
# examples/petstore-client/src/museum.rs. Prints every failure Schemathesis reports and a
# count per check; README.md ("Schemathesis against a generated server") says which remain
# and why.
#
# Usage: scripts/schemathesis-museum.sh [MAX_EXAMPLES]   (default 50 per operation)
# Env:   STIPULA_CORPUS (default ../shared/corpus), PORT (default a free one),
#        ST_SEED (default 1), ST_AUTH (default curator:s3cret; empty for no credentials).
# Exit:  0 no failure, 1 Schemathesis found failures, 2 could not run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
spec="$corpus/providers/redocly.museum.yaml"
if [ ! -f "$spec" ]; then
  echo "error: $spec not found; set STIPULA_CORPUS to the spec corpus directory" >&2
  exit 2
fi
export STIPULA_CORPUS="$corpus"
max_examples="${1:-50}"
scripts/install-schemathesis.sh >&2 || { echo "error: could not install Schemathesis (see above)" >&2; exit 2; }
st="$root/.tools/schemathesis/bin/st"

echo "== building the Museum server (cargo build -p petstore-client --example museum_server)" >&2
cargo build -q -p petstore-client --example museum_server >&2 || exit 2
target="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
server="$target/debug/examples/museum_server"
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
log="$(mktemp)"
"$server" "$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  kill -0 "$pid" 2>/dev/null || { echo "error: the server exited:" >&2; cat "$log" >&2; exit 2; }
  sleep 0.1
done
grep -q "listening on" "$log" || { echo "error: the server did not start within 10 s" >&2; exit 2; }

report="$(mktemp -d)"
auth=()
if [ -n "${ST_AUTH-curator:s3cret}" ]; then auth=(--auth "${ST_AUTH-curator:s3cret}"); fi
echo "== Schemathesis $("$st" --version | head -n1 | awk '{print $NF}'): --checks all --max-examples $max_examples --seed ${ST_SEED:-1}" >&2
set +e
"$st" run "$spec" --url "http://127.0.0.1:$port" "${auth[@]}" --checks all \
  --max-examples "$max_examples" --seed "${ST_SEED:-1}" --workers 1 --no-color \
  --generation-database none --output-truncate false >"$report/out.txt" 2>&1
st_code=$?
set -e
# The errors and failures in detail, then the summary, as Schemathesis prints them.
if grep -qE "^=+ (ERRORS|FAILURES) =+$" "$report/out.txt"; then
  sed -n '/^=* \(ERRORS\|FAILURES\) =*$/,$p' "$report/out.txt" | grep -v "^[[:space:]]*$" | cut -c1-600
else
  tail -n 25 "$report/out.txt"
fi
python3 - "$report/out.txt" <<'PY'
import collections, re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
failures = text.split("=== FAILURES ===", 1)[-1].split("=== WARNINGS ===", 1)[0]
failures = failures.split("=== SUMMARY ===", 1)[0] if "FAILURES" in text else ""
per_check = collections.Counter()
operation = "?"
for line in failures.splitlines():
    m = re.match(r"^_+ (.+?) _+$", line)
    if m:
        operation = m.group(1)
    m = re.match(r"^- (ST\d+ .+)$", line)
    if m:
        per_check[(m.group(1).strip(), operation)] += 1
print(f"\nfailures by check and operation ({sum(per_check.values())} in all):")
for (check, op), n in sorted(per_check.items()):
    print(f"  {n:3}  {check:<55} {op}")
PY
rm -rf "$report"
case $st_code in 0) exit 0 ;; 1) exit 1 ;; *) exit 2 ;; esac
