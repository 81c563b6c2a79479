#!/usr/bin/env bash
# stipula fuzz vs Schemathesis on a real third-party server installed from PyPI: Prefect's
# API server (FastAPI/uvicorn + SQLite, ~190 operations). Not part of CI: it installs
# packages and takes a few minutes.
#
#   scripts/bench-fuzz-real.sh [STIPULA_MAX_REQUESTS] [ST_MAX_EXAMPLES]
#
# 1. installs prefect (PREFECT_VERSION, default 3.9.1) and Schemathesis (pinned in
#    scripts/bench-fuzz-requirements.txt) into venvs under $CARGO_TARGET_DIR/real/;
# 2. starts `prefect server start` on 127.0.0.1 with a fresh SQLite database and telemetry off;
# 3. runs `stipula fuzz http://127.0.0.1:$PORT/api/openapi.json` (spec from the URL; its
#    relative `servers: [/api]` gives the base URL) with --max-requests (default 3200);
# 4. restarts the server fresh and runs `st run` with --max-examples (default 2, which lands
#    near the same number of requests), counting its requests with a urllib3 hook;
# 5. prints requests, wall and CPU seconds of each tool, and the causes each one found:
#    stipula's own causes; Schemathesis' failures grouped by (check, normalised message).
#
# Everything stays on 127.0.0.1. PORT (default 4200), SEED (default 1), PROFILE (release).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
max_requests="${1:-3200}"
max_examples="${2:-2}"
port="${PORT:-4200}"
seed="${SEED:-1}"
target="${CARGO_TARGET_DIR:-$root/target}"
real="$target/real"
venv_p="$real/venv-prefect"
venv_st="$real/venv-st"
mkdir -p "$real"

profile="${PROFILE:-release}"
echo "== building stipula ($profile)" >&2
if [ "$profile" = release ]; then
  cargo build --release -q -p stipula-cli --bin stipula
else
  cargo build -q -p stipula-cli --bin stipula
fi
stipula="$target/$profile/stipula"

if [ ! -x "$venv_p/bin/prefect" ]; then
  echo "== installing prefect ${PREFECT_VERSION:-3.9.1} into $venv_p" >&2
  python3 -m venv "$venv_p"
  "$venv_p/bin/pip" install -q --disable-pip-version-check "prefect==${PREFECT_VERSION:-3.9.1}"
fi
if [ ! -x "$venv_st/bin/st" ]; then
  echo "== installing Schemathesis into $venv_st" >&2
  python3 -m venv "$venv_st"
  "$venv_st/bin/pip" install -q --disable-pip-version-check -r "$root/scripts/bench-fuzz-requirements.txt"
fi

work="$(mktemp -d "$real/run.XXXXXX")"
echo "== results in $work" >&2
server_pgid=""
stop_server() {
  if [ -n "$server_pgid" ]; then
    kill -TERM -- "-$server_pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 -- "-$server_pgid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$server_pgid" 2>/dev/null || true
    server_pgid=""
  fi
}
trap stop_server EXIT

start_server() { # name
  local home="$work/prefect-home-$1"
  mkdir -p "$home"
  PREFECT_HOME="$home" PREFECT_SERVER_ANALYTICS_ENABLED=false PREFECT_UI_ENABLED=false \
    PREFECT_SERVER_LOGGING_LEVEL=WARNING PREFECT_API_DATABASE_CONNECTION_URL="sqlite+aiosqlite:///$home/prefect.db" \
    setsid "$venv_p/bin/prefect" server start --host 127.0.0.1 --port "$port" \
    >"$work/server-$1.log" 2>&1 &
  server_pgid=$!
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "prefect did not start on 127.0.0.1:$port; see $work/server-$1.log" >&2
  exit 2
}

# measure OUT CMD... → "wall cpu" of CMD and its children; CMD's stdout/stderr to OUT.*
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
out = sys.argv[1]
t0 = time.perf_counter()
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out + ".out", "w") as o, open(out + ".err", "w") as e:
    subprocess.run(sys.argv[2:], stdout=o, stderr=e)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.perf_counter() - t0:.2f} {(r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime):.2f}")
PY
}

echo "== stipula fuzz --max-requests $max_requests" >&2
start_server stipula
curl -fsS "http://127.0.0.1:$port/api/openapi.json" -o "$work/openapi.json"
read -r sp_wall sp_cpu < <(measure "$work/stipula" "$stipula" fuzz \
  "http://127.0.0.1:$port/api/openapi.json" --max-requests "$max_requests" --seed "$seed" \
  --report "$work/stipula.json" --junit "$work/stipula.xml")
stop_server

if [ -n "${REUSE_ST:-}" ]; then
  # The results of an earlier run's Schemathesis half (it takes minutes).
  echo "== Schemathesis results reused from $REUSE_ST" >&2
  cp -r "$REUSE_ST"/st.* "$REUSE_ST"/st-report "$work"/
  read -r st_wall st_cpu <"$REUSE_ST/st.measure"
else
echo "== Schemathesis --max-examples $max_examples" >&2
start_server st
mkdir -p "$work/count"
cat >"$work/count/sitecustomize.py" <<'PY'
import atexit, os
count = [0]
try:
    import urllib3.connectionpool as cp
    orig = cp.HTTPConnectionPool.urlopen
    def urlopen(self, *a, **k):
        count[0] += 1
        return orig(self, *a, **k)
    cp.HTTPConnectionPool.urlopen = urlopen
except Exception:
    pass
@atexit.register
def _write():
    p = os.environ.get("COUNT_REQUESTS_FILE")
    if p:
        open(p, "w").write(str(count[0]))
PY
read -r st_wall st_cpu < <(COUNT_REQUESTS_FILE="$work/st.count" PYTHONPATH="$work/count" \
  measure "$work/st" "$venv_st/bin/st" run "$work/openapi.json" \
  --url "http://127.0.0.1:$port/api" --checks all --max-examples "$max_examples" \
  --seed "$seed" --no-color --generation-database none --report junit --report-dir "$work/st-report")
echo "$st_wall $st_cpu" >"$work/st.measure"
stop_server
fi

python3 - "$work" "$sp_wall" "$sp_cpu" "$st_wall" "$st_cpu" <<'PY'
import glob, json, re, sys, xml.etree.ElementTree as ET
work, sp_wall, sp_cpu, st_wall, st_cpu = sys.argv[1], *map(float, sys.argv[2:6])
sp = json.load(open(f"{work}/stipula.json"))
sp_req = sp["totals"]["requests"]
try:
    st_req = int(open(f"{work}/st.count").read())
except Exception:
    st_req = 0
if st_req == 0:
    # Schemathesis' own count: "N generated" (one request each, bar a few stateful extras).
    m = re.search(r"(\d+) generated", open(f"{work}/st.out").read())
    st_req = int(m.group(1)) if m else 0
def mask(s):
    s = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "#", s)
    return " ".join("#" if re.search(r"\d|[^\x00-\x7f]", w) else w for w in s.split())
# A Schemathesis cause: (check code, status, the response body's text masked), the closest
# to stipula's grouping that its JUnit allows.
st_causes = {}
for f in glob.glob(f"{work}/st-report/*.xml"):
    for tc in ET.parse(f).getroot().iter("testcase"):
        for fl in tc.iter("failure"):
            text = fl.text or ""
            code = fl.get("message") or "?"
            m = re.search(r"^\[(\d{3})\]", text, re.M)
            status = m.group(1) if m else "-"
            b = re.search(r"^\s+`(.*)`\s*$", text, re.M)
            body = mask(b.group(1))[:70] if b else ""
            st_causes.setdefault((code, status, body), set()).add(tc.get("name"))
            if "Network Error" in text or "Connection" in text and status == "-":
                st_causes.setdefault((code, "no response", ""), set()).add(tc.get("name"))
print(f"{'tool':<14} {'requests':>9} {'wall s':>8} {'CPU s':>7} {'req/CPU-s':>10} {'causes':>7} {'distinct failures':>18}")
print(f"{'stipula':<14} {sp_req:>9} {sp_wall:>8.1f} {sp_cpu:>7.2f} {sp_req / max(sp_cpu, 1e-9):>10.0f} {len(sp['causes']):>7} {len(sp['failures']):>18}")
print(f"{'schemathesis':<14} {st_req:>9} {st_wall:>8.1f} {st_cpu:>7.2f} {st_req / max(st_cpu, 1e-9):>10.0f} {len(st_causes):>7} {'':>18}")
print(f"\nstipula: {sp['totals']['transport_errors']} requests without a response; warnings:")
for w in sp["warnings"]:
    print("  -", w[:240])
print("\nstipula causes (check, operations, message):")
for c in sp["causes"]:
    print(f"  {c['id']:>3}. {c['check']:<28} {len(c['operations']):>3} ops  {c['message'][:150]}")
    print(f"       e.g. {c['operations'][0]}: {sp['failures'][c['representative']]['response']['body'][:150]!r}")
print("\nSchemathesis causes (check, status, masked response body, operations):")
for (code, status, body), ops in sorted(st_causes.items(), key=lambda x: -len(x[1])):
    print(f"  {code:<6} {status:<11} {len(ops):>3} ops  {body}")
PY
