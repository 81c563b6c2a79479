#!/usr/bin/env bash
# Benchmark: stipula fuzz vs Schemathesis against the same local server, same request budget.
#
#   scripts/bench-fuzz.sh [MAX_EXAMPLES]
#
# 1. builds `stipula` and the test server (crates/stipula-fuzz/examples/fuzz_target.rs) in release;
# 2. installs Schemathesis (pinned, see scripts/bench-fuzz-requirements.txt) into a venv under
#    $CARGO_TARGET_DIR/bench-venv (default target/bench-venv);
# 3. runs Schemathesis on specs/fuzz/pets.yaml with --max-examples MAX_EXAMPLES (default 100),
#    counting the requests the server answered; then runs stipula with --max-requests set to that
#    count, against a fresh server;
# 4. prints requests, wall seconds, CPU seconds (user+sys of each tool's process tree) and
#    requests per CPU-second of each tool, and the ratio.
#
# 5. if the corpus is there ($STIPULA_CORPUS, default ../shared/corpus), start-up on big specs:
#    wall and CPU seconds of `stipula fuzz --phases positive --checks response_schema_conformance`
#    with --max-requests 1 and 1000 on Stripe 2023-09 and GitHub 22.0 against a catch-all server
#    answering `200 {}` (so each response is checked against its operation's 200 schema), with
#    the combined validators and with one validator per schema (the old way, hidden flag
#    --per-schema-validators). SKIP_STARTUP=1 leaves it out; STARTUP_ONLY=1 runs only this.
#
# BASELINE=/path/to/an/older/stipula: the same runs with that binary too, printed beside
# (before/after figures of a change in one run, on the same machine and load).
#
# Everything stays on 127.0.0.1. Environment: PORT (default 18080), SERVER_THREADS (default 2),
# STIPULA_CONCURRENCY (default 16), ST_WORKERS (default 4).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
max_examples="${1:-100}"
port="${PORT:-18080}"
target="${CARGO_TARGET_DIR:-$root/target}"
venv="$target/bench-venv"
spec="$root/specs/fuzz/pets.yaml"
token="secret-token"

echo "== building (release)" >&2
cargo build --release -q -p stipula-cli --bin stipula
cargo build --release -q -p stipula-fuzz --example fuzz_target
stipula="$target/release/stipula"
server_bin="$target/release/examples/fuzz_target"

url="http://127.0.0.1:$port"

if [ ! -x "$venv/bin/st" ] && [ -z "${STARTUP_ONLY:-}" ]; then
  echo "== installing Schemathesis into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$root/scripts/bench-fuzz-requirements.txt"
fi
st_version="$("$venv/bin/st" --version 2>/dev/null | head -n1 || true)"

server_pid=""
server_out=""
start_server() {
  server_out="$(mktemp)"
  FUZZ_TARGET_THREADS="${SERVER_THREADS:-2}" "$server_bin" "$port" none >"$server_out" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    if grep -q '^http://' "$server_out" 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "the test server did not start on 127.0.0.1:$port:" >&2
  cat "$server_out" >&2
  exit 2
}
# Stop the server and print how many requests it answered (runs in $(...): no `wait` there).
stop_server() {
  kill -INT "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    if grep -q '^requests: ' "$server_out" 2>/dev/null; then break; fi
    sleep 0.05
  done
  sed -n 's/^requests: //p' "$server_out"
  rm -f "$server_out"
}
trap 'if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi' EXIT

# measure CMD... → prints "wall cpu" (seconds) of CMD and all its waited-for children.
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t0 = time.perf_counter()
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
wall = time.perf_counter() - t0
cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
print(f"{wall:.3f} {cpu:.3f}")
PY
}

if [ -z "${STARTUP_ONLY:-}" ]; then
echo "== Schemathesis ($st_version), --max-examples $max_examples" >&2
start_server
read -r st_wall st_cpu < <(measure "$venv/bin/st" run "$spec" --url "$url" \
  -H "Authorization: Bearer $token" --max-examples "$max_examples" --workers "${ST_WORKERS:-4}" \
  --checks all --seed 1)
st_requests="$(stop_server)"
wait "$server_pid" 2>/dev/null || true

# run_fuzz BIN → "requests wall cpu" of BIN fuzzing a fresh server with the same budget
run_fuzz() {
  echo "== $1 fuzz, --max-requests $st_requests" >&2
  start_server
  local wall cpu
  read -r wall cpu < <(measure "$1" fuzz "$spec" --base-url "$url" \
    --auth "bearer:$token" --max-requests "$st_requests" --concurrency "${STIPULA_CONCURRENCY:-16}" --seed 1)
  echo "$(stop_server) $wall $cpu"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
read -r sp_requests sp_wall sp_cpu < <(run_fuzz "$stipula")
bl_requests=0 bl_wall=0 bl_cpu=0
if [ -n "${BASELINE:-}" ]; then
  read -r bl_requests bl_wall bl_cpu < <(run_fuzz "$BASELINE")
fi
if [ -z "$st_requests" ] || [ -z "$sp_requests" ]; then
  echo "the test server did not report its request count" >&2
  exit 2
fi

python3 - "$st_requests" "$st_wall" "$st_cpu" "$sp_requests" "$sp_wall" "$sp_cpu" "$st_version" \
  "$bl_requests" "$bl_wall" "$bl_cpu" <<'PY'
import sys
st_req, st_wall, st_cpu, sp_req, sp_wall, sp_cpu = (float(x) for x in sys.argv[1:7])
version = sys.argv[7]
bl_req, bl_wall, bl_cpu = (float(x) for x in sys.argv[8:11])
def rate(r, c): return r / c if c > 0 else float("inf")
rows = [("schemathesis " + version.split()[-1] if version else "schemathesis", st_req, st_wall, st_cpu),
        ("stipula", sp_req, sp_wall, sp_cpu)]
if bl_req > 0:
    rows.append(("stipula (baseline)", bl_req, bl_wall, bl_cpu))
print(f"{'tool':<22} {'requests':>9} {'wall s':>8} {'CPU s':>8} {'req/CPU-s':>10} {'req/wall-s':>10}")
for name, r, w, c in rows:
    print(f"{name:<22} {int(r):>9} {w:>8.2f} {c:>8.2f} {rate(r, c):>10.0f} {rate(r, w):>10.0f}")
ratio = rate(sp_req, sp_cpu) / rate(st_req, st_cpu) if st_cpu > 0 and st_req > 0 else float("nan")
print(f"\nrequests per CPU-second, stipula / schemathesis: {ratio:.1f}x (goal >= 10x)")
if bl_req > 0:
    print(f"requests per CPU-second, stipula / baseline: {rate(sp_req, sp_cpu) / rate(bl_req, bl_cpu):.2f}x")
PY
fi

corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
if [ -n "${SKIP_STARTUP:-}" ] || [ ! -f "$corpus/manifest.json" ]; then
  echo "(start-up figures skipped: no corpus at $corpus, or SKIP_STARTUP set)" >&2
  exit 0
fi
catchall="$(mktemp)"
cat >"$catchall" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        n = int(self.headers.get("content-length") or 0)
        if n:
            self.rfile.read(n)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = answer
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$catchall" "$port" & server_pid=$!
for _ in $(seq 1 100); do
  if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 0.2)" "$port" 2>/dev/null; then break; fi
  sleep 0.05
done
echo
echo "start-up on big specs (catch-all server answering 200 {}; wall / CPU seconds of the whole process, load included)"
printf '%-34s %-14s %18s %18s\n' "spec" "validators" "--max-requests 1" "--max-requests 1000"
for f in stripe/spec3.2023-09-12.yaml github/api.github.com.octokit-22.0.0.json; do
  [ -f "$corpus/$f" ] || continue
  modes=(combined per-schema)
  [ -n "${BASELINE:-}" ] && modes+=(baseline)
  for mode in "${modes[@]}"; do
    extra=()
    bin="$stipula"
    [ "$mode" = per-schema ] && extra=(--per-schema-validators)
    [ "$mode" = baseline ] && bin="$BASELINE"
    read -r w1 c1 < <(measure "$bin" fuzz "$corpus/$f" --base-url "$url" --max-requests 1 \
      --no-shrink --concurrency 8 --phases positive --checks response_schema_conformance "${extra[@]}")
    read -r w2 c2 < <(measure "$bin" fuzz "$corpus/$f" --base-url "$url" --max-requests 1000 \
      --no-shrink --concurrency 8 --phases positive --checks response_schema_conformance "${extra[@]}")
    printf '%-34s %-14s %8s / %7s %8s / %7s\n' "$(basename "$f")" "$mode" "$w1" "$c1" "$w2" "$c2"
  done
done
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""
rm -f "$catchall"
