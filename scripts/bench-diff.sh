#!/usr/bin/env bash
# Benchmark `stipula diff` on the real revision pairs of the corpus (GitHub 19.1.0 -> 22.0.0,
# Stripe 2023-03-11 -> 2023-09-12), release build. For each pair, in the same run:
#
#   load both   `stipula diff --load-only`: the same binary loads both sides exactly as a
#               diff does and stops (the baseline), under /usr/bin/time -v;
#   stipula diff  the real binary, `--format json --fail-on never > /dev/null`, under
#               /usr/bin/time -v: what CI pays;
#   diff only   the diff itself inside one process (best of ROUNDS, CPU per round), from
#               the diff_bench example, with the memory the diff adds on top of the loaded
#               specs (that process uses the system allocator, the binary mimalloc).
#
# wall = elapsed, cpu = user + sys, peak = maximum resident set size (whole process).
# Goal (issue 3): each pair under 1 s and 200 MB; with the witness search (issue 10): under
# 1 s and 250 MB. The last line of each pair counts the breaking findings a witness proves.
#
# Usage: scripts/bench-diff.sh [ROUNDS]   (STIPULA_CORPUS overrides ../shared/corpus;
#        SKIP_BUILD=1 reuses the built binaries; RUNS=N processes per row, default 3;
#        OUT=DIR keeps the reports in every format)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
CORPUS="${STIPULA_CORPUS:-../shared/corpus}"
if [ ! -d "$CORPUS" ]; then
  echo "corpus not found at $CORPUS (set STIPULA_CORPUS); nothing to benchmark" >&2
  exit 0
fi
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
  echo "$TIME not found (GNU time, package \`time\`): cannot measure peak memory" >&2
  exit 2
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -q -p stipula-cli
  cargo build --release -q -p stipula-diff --example diff_bench
fi
STIPULA="$CARGO_TARGET_DIR/release/stipula"
BENCH="$CARGO_TARGET_DIR/release/examples/diff_bench"
pairs=(
  "github 19.1.0 -> 22.0.0|$CORPUS/github/api.github.com.octokit-19.1.0.json|$CORPUS/github/api.github.com.octokit-22.0.0.json"
  "stripe 2023-03-11 -> 2023-09-12|$CORPUS/stripe/spec3.2023-03-11.yaml|$CORPUS/stripe/spec3.2023-09-12.yaml"
)

# measure LABEL CMD...: run RUNS times under /usr/bin/time -v; print the least wall and CPU
# time and the largest peak RSS (the machine is shared: the least time is the least noisy);
# keep the last run's stderr in $LAST_ERR
RUNS="${RUNS:-3}"
measure() {
  local label="$1"
  shift
  local tf best_wall="" best_cpu="" max_rss=0 rc=0
  tf=$(mktemp)
  for _ in $(seq "$RUNS"); do
    set +e
    "$TIME" -v -o "$tf" "$@" >/dev/null 2>"$tf.err"
    rc=$?
    set -e
    local e user sys rss secs cpu
    e=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf")
    secs=$(echo "$e" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    user=$(sed -n 's/.*User time (seconds): //p' "$tf")
    sys=$(sed -n 's/.*System time (seconds): //p' "$tf")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
    cpu=$(echo "$user + $sys" | bc)
    if [ -z "$best_wall" ] || [ "$(echo "$secs < $best_wall" | bc)" = 1 ]; then best_wall=$secs; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
    if [ "$rss" -gt "$max_rss" ]; then max_rss=$rss; fi
  done
  printf '  %-14s wall %6.2f s   cpu %6.2f s   peak %5d MiB   (exit %d; best of %d runs)\n' \
    "$label" "$best_wall" "$best_cpu" "$((max_rss / 1024))" "$rc" "$RUNS"
  LAST_ERR=$(cat "$tf.err")
  rm -f "$tf" "$tf.err"
}

for p in "${pairs[@]}"; do
  IFS='|' read -r name base rev <<<"$p"
  echo "== $name"
  measure "load both" "$STIPULA" diff "$base" "$rev" --load-only
  measure "stipula diff" "$STIPULA" diff "$base" "$rev" --format json --fail-on never
  measure "diff_bench" "$BENCH" "$base" "$rev" none "$ROUNDS"
  echo "$LAST_ERR" | sed -n 's/^\(diff: .*\)/  \1/p; s/^\(findings: .*\)/  \1/p'
  # how many breaking findings a witness proves (the rest rest on their rule alone)
  if command -v jq >/dev/null; then
    "$STIPULA" diff "$base" "$rev" --format json --fail-on never 2>/dev/null | jq -r '
      [.findings[] | select(.level == "breaking")] as $b
      | "  breaking findings: \($b | length), with a witness: \([$b[] | select(.witness != null)] | length), no witness found: \([$b[] | select(.witness == null and .witnessNote != null)] | length)"'
  fi
  if [ -n "${OUT:-}" ]; then
    mkdir -p "$OUT"
    tag=${name%% *}
    for f in text markdown json sarif junit github; do
      "$STIPULA" diff "$base" "$rev" --format "$f" --fail-on never >"$OUT/$tag.$f" 2>/dev/null || true
    done
  fi
done
