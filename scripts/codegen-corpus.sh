#!/usr/bin/env bash
# Generate rust-client and rust-server for every OpenAPI 3.0/3.1 document of the corpus and
# `cargo check` each generated crate with RUSTFLAGS="-D warnings". Prints one line per crate
# and finally "N/M compile clean".
#
# Usage: scripts/codegen-corpus.sh [FILTER]      (FILTER: a Python regex searched in corpus
#                                                 paths, optional; e.g. 'github|stripe')
# Env:   STIPULA_CORPUS   corpus folder (default: ../shared/corpus from the workspace root)
#        STIPULA_BIN      a built `stipula` binary (default: built here with cargo, debug)
#        GENCHECK_TARGET  CARGO_TARGET_DIR shared by all checks (default: target/gencheck)
#        OUT              where generated crates go (default: a temp folder, kept)
#        TARGETS          targets to generate (default: "rust-client rust-server")
#        FAMILIES         version families to take (default: "3.0.x 3.1.x"; e.g. "2.0" for
#                         the Swagger 2.0 documents)
set -u
# One-off checks: incremental caches would only fill the disk (GBs for big specs).
export CARGO_INCREMENTAL=0
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
filter="${1:-}"
targets="${TARGETS:-rust-client rust-server}"
if [ ! -f "$corpus/manifest.json" ]; then
  echo "corpus not found at $corpus (set STIPULA_CORPUS); nothing to check" >&2
  exit 0
fi
if [ -z "${STIPULA_BIN:-}" ]; then
  (cd "$root" && cargo build -q -p stipula-cli) || { echo "cannot build stipula" >&2; exit 2; }
  STIPULA_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/stipula"
fi
export CARGO_TARGET_DIR="${GENCHECK_TARGET:-$root/target/gencheck}"
out="${OUT:-$(mktemp -d -t stipula-codegen-corpus.XXXXXX)}"
mkdir -p "$out"
specs=$(python3 - "$corpus" "$filter" "${FAMILIES:-3.0.x 3.1.x}" <<'PY'
import json, re, sys
corpus, flt, families = sys.argv[1], sys.argv[2], sys.argv[3].split()
m = json.load(open(f"{corpus}/manifest.json"))
# Smallest first: a partial run still covers the most documents.
for f in sorted(m["files"], key=lambda f: f.get("size_bytes", 0)):
    if f.get("kind") == "openapi" and f.get("version_family") in families and re.search(flt, f["file"]):
        print(f["file"])
PY
)
total=0; clean=0; failed=()
for spec in $specs; do
  name=$(echo "$spec" | tr '/.' '__')
  for t in $targets; do
    total=$((total+1))
    dir="$out/$name-$t"
    gen_start=$(date +%s.%N)
    # --allow-spec-errors: a few published specs have $refs to nothing (Intercom 2.11,
    # Square); generation types those parts as JSON and says where (see $dir.gen.log).
    if ! "$STIPULA_BIN" generate "$t" "$corpus/$spec" -o "$dir" --crate-name "c-$name-$t" --allow-spec-errors >"$dir.gen.log" 2>&1; then
      echo "GENERATE-FAIL $spec $t (see $dir.gen.log)"; failed+=("$spec $t"); continue
    fi
    gen_s=$(echo "$(date +%s.%N) - $gen_start" | bc)
    chk_start=$(date +%s.%N)
    if (cd "$dir" && RUSTFLAGS="-D warnings" /usr/bin/time -f "peak %MKB" -o "$dir.check.time" cargo check -q >"$dir.check.log" 2>&1); then
      clean=$((clean+1))
      printf "clean  %-70s %-12s gen %5.2fs check %6.1fs %s\n" "$spec" "$t" "$gen_s" "$(echo "$(date +%s.%N) - $chk_start" | bc)" "$(tail -1 "$dir.check.time")"
    else
      errs=$(grep -c '^error' "$dir.check.log")
      printf "ERRORS %-70s %-12s %s errors (see %s)\n" "$spec" "$t" "$errs" "$dir.check.log"
      failed+=("$spec $t")
    fi
  done
done
echo "generated crates are in $out"
echo "$clean/$total compile clean"
[ "$clean" -eq "$total" ]
