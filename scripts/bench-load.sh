#!/usr/bin/env bash
# Load benchmark for issue 2: stipula's loader (read + parse + IR build) beside the time to merely
# parse the same bytes into a serde_json::Value, and beside peer tools, on GitHub's 11.8 MB
# octokit-22.0.0 JSON spec and Stripe's 4 MB 2023-09-12 YAML spec.
#
#   scripts/bench-load.sh            # RUNS=5 PEER_RUNS=3 OSV_RUNS=1 by default
#   RUNS=9 PEER_RUNS=5 OSV_RUNS=3 scripts/bench-load.sh
#   SKIP_OSV=1 scripts/bench-load.sh # openapi-spec-validator takes minutes on GitHub
#   SKIP_BUILD=1 scripts/bench-load.sh # use the release binaries already in $CARGO_TARGET_DIR
#
# Every measurement runs in its own process: time is the wall time of the work inside the process
# (file read included, process start-up excluded); peak memory is that process's RSS high-water
# mark (VmHWM / maxRSS). Figures are medians over the runs (the number of runs is printed).
# Installs its peers itself: npm packages pinned in scripts/bench-load/package.json (+ lock) into
# scripts/bench-load/node_modules, PyPI packages pinned in scripts/bench-load/requirements.txt into
# a venv at target/bench-venv. Run by hand; not part of CI.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/scripts/bench-load"
CORPUS="${STIPULA_CORPUS:-$ROOT/../shared/corpus}"
RUNS="${RUNS:-5}"
PEER_RUNS="${PEER_RUNS:-3}"
OSV_RUNS="${OSV_RUNS:-1}"
SKIP_OSV="${SKIP_OSV:-0}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

SPECS=(
  "github-22.0|$CORPUS/github/api.github.com.octokit-22.0.0.json"
  "stripe-2023-09|$CORPUS/stripe/spec3.2023-09-12.yaml"
)
for s in "${SPECS[@]}"; do
  f="${s#*|}"
  if [[ ! -f "$f" ]]; then
    echo "bench-load: spec $f not found; set STIPULA_CORPUS to the corpus folder" >&2
    exit 2
  fi
done
for tool in cargo node npm python3 awk; do
  command -v "$tool" >/dev/null || { echo "bench-load: '$tool' is needed and not on PATH" >&2; exit 2; }
done

log() { echo "bench-load: $*" >&2; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building release binaries (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
  (cd "$ROOT" && cargo build --release -q -p stipula-spec --example bench_load && cargo build --release -q -p stipula-cli)
fi
BENCH="$CARGO_TARGET_DIR/release/examples/bench_load"
STIPULA="$CARGO_TARGET_DIR/release/stipula"

if [[ ! -d "$HERE/node_modules/@apidevtools/swagger-parser" ]]; then
  log "installing npm peers (package-lock.json)"
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
SP_VERSION="$(node -p "require('$HERE/node_modules/@apidevtools/swagger-parser/package.json').version")"
VENV="$ROOT/target/bench-venv"
if [[ "$SKIP_OSV" != 1 ]]; then
  if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c "import openapi_spec_validator" 2>/dev/null; then
    log "installing PyPI peers into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r "$HERE/requirements.txt" >&2
  fi
  OSV_VERSION="$("$VENV/bin/python" -c "import importlib.metadata as m; print(m.version('openapi-spec-validator'))")"
fi

# field NAME LINE -> the value of NAME=... in a "k=v k=v" line
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure KEY RUNS CMD... : runs CMD (which prints "ms=... hwm_kb=..." and maybe "cpu_ms=...")
# RUNS times, stores the median and minimum time, median CPU time and median peak memory
declare -A MS MIN CPU HWM NOTE
measure_once() {
  local key="$1"; shift
  local out
  if ! out="$("$@" 2>/tmp/bench-load.$$.err)"; then
    NOTE[$key]="failed: $(head -c 200 /tmp/bench-load.$$.err | tr '\n' ' ')"
    log "$key: run failed: $(head -c 400 /tmp/bench-load.$$.err)"
    return 1
  fi
  T[$key]+="$(field ms "$out") "; M[$key]+="$(field hwm_kb "$out") "
  C[$key]+="$(field cpu_ms "$out") "
  log "$key: $out"
}
declare -A T M C
summarize() {
  local key="$1" runs="$2"
  if [[ -z "${T[$key]:-}" ]]; then MS[$key]=nan; MIN[$key]=nan; CPU[$key]=nan; HWM[$key]=nan; return; fi
  MS[$key]="$(tr ' ' '\n' <<<"${T[$key]}" | { grep . || true; } | median)"
  MIN[$key]="$(tr ' ' '\n' <<<"${T[$key]}" | { grep . || true; } | sort -g | head -1)"
  CPU[$key]="$(tr ' ' '\n' <<<"${C[$key]}" | { grep . || true; } | median)"
  HWM[$key]="$(tr ' ' '\n' <<<"${M[$key]}" | { grep . || true; } | median)"
  NOTE[$key]="${NOTE[$key]:-$runs runs}"
}
measure() {
  local key="$1" runs="$2" i; shift 2
  for ((i = 1; i <= runs; i++)); do measure_once "$key" "$@" || break; done
  summarize "$key" "$runs"
}
# parse and load alternate, so that both see the same machine load
measure_pair() {
  local name="$1" f="$2" runs="$3" i
  for ((i = 1; i <= runs; i++)); do
    measure_once "$name/parse" "$BENCH" parse "$f" || true
    measure_once "$name/load" "$BENCH" load "$f" || true
  done
  summarize "$name/parse" "$runs"; summarize "$name/load" "$runs"
}

# stipula validate: wall time and max RSS of the whole process from /usr/bin/time (exit 1 =
# diagnostics found, still a measurement; exit 2 = could not load).
stipula_validate() {
  local f="$1" tf rc=0
  tf="$(mktemp)"
  /usr/bin/time -f "%e %M" -o "$tf" "$STIPULA" validate "$f" >/dev/null 2>&1 || rc=$?
  if [[ $rc -ge 2 ]]; then echo "stipula validate exited $rc" >&2; rm -f "$tf"; return 1; fi
  read -r secs kb <"$tf"; rm -f "$tf"
  awk -v s="$secs" -v k="$kb" -v rc="$rc" 'BEGIN { printf "ms=%.1f hwm_kb=%s exit=%s\n", s * 1000, k, rc }'
}

for s in "${SPECS[@]}"; do
  name="${s%%|*}"; f="${s#*|}"
  log "== $name ($f)"
  measure_pair "$name" "$f" "$RUNS"
  measure "$name/validate" "$RUNS" stipula_validate "$f"
  measure "$name/sp" "$PEER_RUNS" node "$HERE/swagger_parser_load.mjs" dereference "$f"
  if [[ "$SKIP_OSV" != 1 ]]; then
    measure "$name/osv" "$OSV_RUNS" "$VENV/bin/python" "$HERE/osv_validate.py" "$f"
  fi
done
rm -f /tmp/bench-load.$$.err

mb() { awk -v k="$1" 'BEGIN { if (k == "nan") print "-"; else printf "%.0f MB", k / 1024 }'; }
ms() { awk -v m="$1" 'BEGIN { if (m == "nan" || m == "") print "-"; else printf "%.0f ms", m }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "nan" || b == "nan" || a == "" || b == "" || b == 0) print "-"; else printf "%.2fx", a / b }'; }

echo
echo "stipula load benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "NOTE: shared, busy machine (other builds running); absolute times are noisy, ratios within one run are the figure."
echo "time = median wall time of the work inside the process (read included, start-up excluded); min = fastest run;"
echo "cpu = median CPU time of that work (parse/load only: the thread CPU clock); memory = process RSS high-water mark."
echo "Both modes of bench_load (and the stipula binary) use mimalloc as the allocator."
echo
for s in "${SPECS[@]}"; do
  name="${s%%|*}"; f="${s#*|}"
  size="$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.1f MB", b / 1048576 }')"
  if [[ "$f" == *.json ]]; then base="serde_json::from_str::<Value>"; else base="yaml_serde::from_str::<serde_json::Value>"; fi
  echo "$name  ($(basename "$f"), $size)"
  printf '  %-60s %9s %7s %9s %7s %9s %7s %9s %7s  %s\n' "what" "time" "x" "min" "x" "cpu" "x" "peak RSS" "x" "runs"
  row() {
    printf '  %-60s %9s %7s %9s %7s %9s %7s %9s %7s  %s\n' "$1" \
      "$(ms "${MS[$2]}")" "$(ratio "${MS[$2]}" "${MS[$name/parse]}")" \
      "$(ms "${MIN[$2]}")" "$(ratio "${MIN[$2]}" "${MIN[$name/parse]}")" \
      "$(ms "${CPU[$2]}")" "$(ratio "${CPU[$2]}" "${CPU[$name/parse]}")" \
      "$(mb "${HWM[$2]}")" "$(ratio "${HWM[$2]}" "${HWM[$name/parse]}")" "${NOTE[$2]}"
  }
  row "baseline: parse into Value ($base)" "$name/parse"
  row "stipula_spec::load (parse + IR build)" "$name/load"
  row "stipula validate (whole process)" "$name/validate"
  row "swagger-parser $SP_VERSION dereference(circular: ignore)" "$name/sp"
  if [[ "$SKIP_OSV" != 1 ]]; then
    row "openapi-spec-validator $OSV_VERSION validate (py)" "$name/osv"
  fi
  echo
done
echo "goal: stipula_spec::load <= 3x parse time. swagger-parser: read + parse + resolve every \$ref"
echo "(circular refs left in place), no validation; compare it with load. openapi-spec-validator:"
echo "parse (PyYAML CSafeLoader / json) + meta-schema and semantic validation; compare it with stipula validate."
