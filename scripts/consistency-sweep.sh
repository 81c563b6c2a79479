#!/usr/bin/env bash
# The full consistency sweep of the diff (issue 10), release build: every 3.x spec of the repo
# (specs/) and of the corpus, whole (CI checks a deterministic sample of each large spec's
# operations). Each spec is rewritten without changing what it means (key order, `type: [a, b]`
# <-> `oneOf` of single types, `allOf` split/merge, `$ref` inlined/extracted, 3.0 <-> 3.1) and
# diffed against the original: nothing may be `breaking`; a real change (a new required request
# or response member) applied to both forms must get the same level in both.
#
# Prints one line per spec (seconds, path) and a summary: specs, rewrites, inconsistencies,
# rewrites whose report warns, wall time. Exit 0: consistent; 1: inconsistencies (listed);
# 2: could not run.
#
# Usage: scripts/consistency-sweep.sh   (STIPULA_CORPUS overrides ../shared/corpus)
#        STIPULA_CONSISTENCY_SHARD=k/n scripts/consistency-sweep.sh   (every n-th spec from the
#        k-th, 0-based: run n of them side by side on n cores; each prints its specs with their
#        rewrites and inconsistencies as it goes)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${STIPULA_CORPUS:-../shared/corpus}"
if [ ! -d "$CORPUS" ]; then
  echo "corpus not found at $CORPUS (set STIPULA_CORPUS): the sweep would cover the repo's specs only" >&2
fi
export STIPULA_CONSISTENCY=full STIPULA_CONSISTENCY_VERBOSE=1
start=$(date +%s)
if cargo test --release -q -p stipula-diff --test consistency -- --nocapture; then
  rc=0
else
  rc=$?
  [ "$rc" -eq 101 ] && rc=1
fi
echo "wall (build + sweep): $(( $(date +%s) - start )) s"
exit "$rc"
