#!/usr/bin/env bash
# Time to the first finding: a baseline `stipula` against this checkout's, on every planted
# bug of the in-repo test servers (specs/fuzz/pets.yaml and specs/fuzz/items.yaml), same
# flags, same seeds, same run. Also counts what each reports on the correct twins.
#
#   BASELINE=/path/to/old/stipula scripts/bench-fuzz-first.sh [SEEDS]
#
# Make a baseline from an older commit in your own checkout, e.g.
#   git worktree add ../stipula-base <commit> && (cd ../stipula-base && cargo build -p stipula-cli)
# PROFILE=release builds and runs release binaries (default: debug, like the tests).
# Prints, per bug and binary: found in how many runs, median seconds and (this checkout only:
# the baseline did not record it) requests sent before the first failure of the expected
# check. Everything stays on 127.0.0.1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seeds="${1:-1 2 3}"
profile="${PROFILE:-debug}"
target="${CARGO_TARGET_DIR:-$root/target}"
flag=""
[ "$profile" = release ] && flag="--release"
cargo build -q $flag -p stipula-cli --bin stipula
cargo build -q $flag -p stipula-fuzz --example fuzz_target
new="$target/$profile/stipula"
server_bin="$target/$profile/examples/fuzz_target"
base="${BASELINE:?set BASELINE to the old stipula binary}"
work="$(mktemp -d)"
port="${PORT:-18181}"
trap 'rm -rf "$work"' EXIT

# bug spec check extra-flags...
cases=(
  "server_error pets server_error"
  "status_code pets status_code_conformance"
  "content_type pets content_type_conformance"
  "response_schema pets response_schema_conformance"
  "stateful_schema pets response_schema_conformance"
  "response_headers pets response_headers_conformance"
  "negative_data pets negative_data_rejection"
  "positive_data pets positive_data_acceptance"
  "ignored_auth pets ignored_auth"
  "use_after_delete pets use_after_delete"
  "resource_availability pets resource_availability"
  "unsupported_method pets unsupported_method"
  "none pets -"
  "items:drop_connection items server_crash"
  "items:non_ascii_title items server_error"
  "items:punctuation_title items server_error"
  "items:example_only items server_error"
  "items:malformed_json_400 items status_code_conformance"
  "items:strict_header items positive_data_acceptance"
  "items:lax_page_size items negative_data_rejection"
  "items:none items -"
)

run_one() { # bin bug spec seed out
  local bin="$1" bug="$2" spec="$3" seed="$4" out="$5"
  "$server_bin" "$port" "$bug" >"$work/server.out" 2>&1 &
  local spid=$!
  for _ in $(seq 1 100); do
    grep -q '^http://' "$work/server.out" 2>/dev/null && break
    sleep 0.05
  done
  local url
  url="$(head -n1 "$work/server.out")"
  if [ "$spec" = pets ]; then
    "$bin" fuzz specs/fuzz/pets.yaml --base-url "$url" --auth bearer:secret-token \
      --max-requests 800 --seed "$seed" --concurrency 8 --report "$out" >/dev/null 2>&1 || true
  else
    "$bin" fuzz specs/fuzz/items.yaml --base-url "$url" \
      --max-requests 600 --seed "$seed" --concurrency 8 --report "$out" >/dev/null 2>&1 || true
  fi
  kill -INT "$spid" 2>/dev/null || true
  wait "$spid" 2>/dev/null || true
}

cat >"$work/sum.py" <<'PY'
import json, statistics, sys
work, check, seeds, which = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4]
found, secs, reqs, fps = 0, [], [], []
for s in seeds:
    try:
        r = json.load(open(f"{work}/{which}-{s}.json"))
    except Exception:
        continue
    fs = r.get("failures", [])
    if check == "-":
        fps.append(len(fs))
        continue
    hits = [f for f in fs if f["check"] == check]
    if hits:
        found += 1
        secs.append(min(f["seconds_since_start"] for f in hits))
        if all("requests_before" in f for f in hits):
            reqs.append(min(f["requests_before"] for f in hits))
if check == "-":
    print(f"false alarms {fps}")
else:
    med = f"{statistics.median(secs):.3f}s" if secs else "-"
    rq = f", {int(statistics.median(reqs))} req" if reqs else ""
    print(f"{found}/{len(seeds)}, {med}{rq}")
PY

printf '%-26s %-28s | %-22s | %-30s\n' bug check "baseline: found, median" "this: found, median, requests"
for c in "${cases[@]}"; do
  read -r bug spec check <<<"$c"
  for which in base new; do
    bin="$base"
    [ "$which" = new ] && bin="$new"
    for seed in $seeds; do
      run_one "$bin" "$bug" "$spec" "$seed" "$work/$which-$seed.json"
    done
  done
  b="$(python3 "$work/sum.py" "$work" "$check" "$seeds" base)"
  n="$(python3 "$work/sum.py" "$work" "$check" "$seeds" new)"
  printf '%-26s %-28s | %-22s | %-30s\n' "$bug" "$check" "$b" "$n"
done
