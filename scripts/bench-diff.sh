#!/usr/bin/env bash
# Benchmark `stipula diff` on the real revision pairs of the corpus (GitHub 19.1.0 -> 22.0.0,
# Stripe 2023-03-11 -> 2023-09-12), in release mode.
#
# For each pair it prints, from one run of the diff_bench example:
#   * the time to load both sides alone (wall) and the peak RSS after loading,
#   * the diff itself: best wall time of N rounds, CPU time per round, peak RSS after diffing,
#   * the whole process under /usr/bin/time -v: wall, user+sys CPU, maximum resident set.
# Goal (issue 3): the diff under 1 s and the whole run under 200 MB per pair.
#
# Usage: scripts/bench-diff.sh [ROUNDS]     (STIPULA_CORPUS overrides ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
CORPUS="${STIPULA_CORPUS:-../shared/corpus}"
if [ ! -d "$CORPUS" ]; then
  echo "corpus not found at $CORPUS (set STIPULA_CORPUS); nothing to benchmark" >&2
  exit 0
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release -q -p stipula-diff --example diff_bench
BIN="$CARGO_TARGET_DIR/release/examples/diff_bench"
TIME=/usr/bin/time
pairs=(
  "github 19.1.0 -> 22.0.0|$CORPUS/github/api.github.com.octokit-19.1.0.json|$CORPUS/github/api.github.com.octokit-22.0.0.json"
  "stripe 2023-03-11 -> 2023-09-12|$CORPUS/stripe/spec3.2023-03-11.yaml|$CORPUS/stripe/spec3.2023-09-12.yaml"
)
for p in "${pairs[@]}"; do
  IFS='|' read -r name base rev <<<"$p"
  echo "== $name"
  if [ -x "$TIME" ]; then
    out=$("$TIME" -v "$BIN" "$base" "$rev" none "$ROUNDS" 2>&1)
    echo "$out" | grep -E '^(load|diff|findings)'
    wall=$(echo "$out" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p')
    user=$(echo "$out" | sed -n 's/.*User time (seconds): //p')
    sys=$(echo "$out" | sed -n 's/.*System time (seconds): //p')
    rss=$(echo "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')
    echo "whole process ($ROUNDS diff rounds): wall $wall, cpu ${user}s user + ${sys}s sys, max RSS $((rss / 1024)) MiB"
  else
    "$BIN" "$base" "$rev" none "$ROUNDS"
  fi
done
