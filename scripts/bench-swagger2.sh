#!/usr/bin/env bash
# Swagger 2.0 load cost: `stipula_spec::load` of Kubernetes's 4.1 MB Swagger 2.0 document
# (parse + upgrade to 3.0 + IR build) beside the same load of its 3.0 conversion (written by
# `stipula convert`, JSON, in this run), and of the 3.1 conversion. Target (issue 11): the
# 2.0 load costs at most 1.3x the 3.x load.
#
#   scripts/bench-swagger2.sh          # RUNS=7 by default, runs interleaved
#   SPEC=path/to/other.swagger.json scripts/bench-swagger2.sh
#
# One process per measurement (bench_load example, mimalloc, as scripts/bench-load.sh);
# with valgrind installed, also instructions of the load and of a whole `stipula validate`
# (CALLGRIND=0 skips them);
# figures are medians of wall ms, thread CPU ms and peak RSS. Run by hand; not part of CI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${STIPULA_CORPUS:-$ROOT/../shared/corpus}"
SPEC="${SPEC:-$CORPUS/providers/kubernetes.swagger.json}"
RUNS="${RUNS:-7}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
[[ -f "$SPEC" ]] || { echo "bench-swagger2: $SPEC not found; set STIPULA_CORPUS or SPEC" >&2; exit 2; }
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$ROOT" && cargo build --release -q -p stipula-spec --example bench_load && cargo build --release -q -p stipula-cli)
fi
BENCH="$CARGO_TARGET_DIR/release/examples/bench_load"
STIPULA="$CARGO_TARGET_DIR/release/stipula"
TMP="$(mktemp -d -t stipula-bench-swagger2.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
"$STIPULA" convert "$SPEC" --format json -o "$TMP/v30.json" 2>/dev/null
"$STIPULA" convert "$SPEC" --to 3.1 --format json -o "$TMP/v31.json" 2>/dev/null
declare -A FILES=([swagger2.0]="$SPEC" [openapi3.0]="$TMP/v30.json" [openapi3.1]="$TMP/v31.json")
for i in $(seq "$RUNS"); do
  for k in swagger2.0 openapi3.0 openapi3.1; do
    echo "$k $("$BENCH" load "${FILES[$k]}")" >> "$TMP/results"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
field() { grep "^$1 " "$TMP/results" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p" | median; }
echo "load of $(basename "$SPEC") ($(du -k "$SPEC" | cut -f1) KB) and of its conversions, median of $RUNS interleaved runs"
printf "%-12s %10s %10s %12s %10s\n" input wall_ms cpu_ms peak_rss_kb size_kb
for k in swagger2.0 openapi3.0 openapi3.1; do
  printf "%-12s %10s %10s %12s %10s\n" "$k" "$(field "$k" ms)" "$(field "$k" cpu_ms)" "$(field "$k" hwm_kb)" "$(du -k "${FILES[$k]}" | cut -f1)"
done
for base in openapi3.0 openapi3.1; do
  awk -v a="$(field swagger2.0 cpu_ms)" -v b="$(field "$base" cpu_ms)" -v w1="$(field swagger2.0 ms)" -v w2="$(field "$base" ms)" -v n="$base" \
    'BEGIN { printf "swagger2.0 / %s: %.2fx CPU, %.2fx wall (target <= 1.3x)\n", n, a / b, w1 / w2 }'
done
# Instructions (callgrind), which the machine's load does not move: the load alone
# (`DocSet::open` + the IR build, as timed above) and the whole `stipula validate` process
# (parse, upgrade, IR, meta-schema and semantic checks), 2.0 against each conversion.
if command -v valgrind >/dev/null 2>&1 && [[ "${CALLGRIND:-1}" == 1 ]]; then
  # (`validate` exits 1 when it finds problems: only the count matters here)
  instr() { { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,; }
  declare -A LOADI VALI
  for k in swagger2.0 openapi3.0 openapi3.1; do
    LOADI[$k]=$(instr --toggle-collect='stipula_spec::docs::DocSet::open' --toggle-collect='stipula_spec::lower::build' "$BENCH" load "${FILES[$k]}")
    VALI[$k]=$(instr "$STIPULA" validate "${FILES[$k]}")
  done
  printf "%-12s %16s %20s\n" input load_instr validate_instr
  for k in swagger2.0 openapi3.0 openapi3.1; do printf "%-12s %16s %20s\n" "$k" "${LOADI[$k]}" "${VALI[$k]}"; done
  for base in openapi3.0 openapi3.1; do
    awk -v a="${LOADI[swagger2.0]}" -v b="${LOADI[$base]}" -v c="${VALI[swagger2.0]}" -v d="${VALI[$base]}" -v n="$base" \
      'BEGIN { printf "swagger2.0 / %s: %.2fx load instructions, %.2fx `stipula validate` instructions\n", n, a / b, c / d }'
  done
fi
