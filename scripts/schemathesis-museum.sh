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
  --max-examples "$max_examples" --seed "${ST_SEED:-1}" --workers 2 --no-color \
  --generation-database none --report junit --report-junit-path "$report/junit.xml" \
  --output-truncate false >"$report/out.txt" 2>&1
st_code=$?
set -e
# The failure details, then the summary, as Schemathesis prints them.
sed -n '/^=* FAILURES =*$/,$p' "$report/out.txt"
if ! grep -q "FAILURES" "$report/out.txt"; then tail -n 25 "$report/out.txt"; fi
python3 - "$report/junit.xml" <<'PY'
import collections, re, sys, xml.etree.ElementTree as ET
try:
    tree = ET.parse(sys.argv[1])
except (OSError, ET.ParseError) as e:
    print(f"no JUnit report ({e})")
    sys.exit(0)
per_check = collections.Counter()
total = 0
for case in tree.iter("testcase"):
    for f in list(case.iter("failure")) + list(case.iter("error")):
        text = (f.get("message") or "") + "\n" + (f.text or "")
        names = re.findall(r"^\d+\. ([^\n]+)$", text, re.M) or [f.get("type") or "failure"]
        for n in names:
            per_check[n.strip()] += 1
            total += 1
print(f"\nfailures by kind ({total} in all):")
for name, n in per_check.most_common():
    print(f"  {n:4}  {name}")
PY
rm -rf "$report"
case $st_code in 0) exit 0 ;; 1) exit 1 ;; *) exit 2 ;; esac
