#!/usr/bin/env bash
# Generation time and peak memory of stipula-codegen on the GitHub and Stripe specs
# (rust-client and rust-server, crate mode, written to a temp folder). Uses a release build of
# the `gen` example of stipula-codegen (loader + codegen only, no CLI dependencies).
# Prints, per spec and target: load time, generate time (view model + templates +
# prettyplease), wall time and peak RSS of the whole process, output size.
#
# Usage: scripts/codegen-bench.sh        Env: STIPULA_CORPUS (default ../shared/corpus)
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || { echo "corpus not found at $corpus (set STIPULA_CORPUS)" >&2; exit 0; }
(cd "$root" && cargo build -q --release -p stipula-codegen --example gen)
gen="${CARGO_TARGET_DIR:-$root/target}/release/examples/gen"
out="$(mktemp -d -t stipula-codegen-bench.XXXXXX)"
printf "%-45s %-12s %s\n" spec target "result"
for spec in github/api.github.com.octokit-22.0.0.json stripe/spec3.2023-09-12.yaml; do
  for t in rust-client rust-server; do
    dir="$out/$(basename "$spec")-$t"
    line=$(/usr/bin/time -f "wall %es peak %MKB" "$gen" "$t" "$corpus/$spec" "$dir" 2>"$dir.time" | tail -1)
    printf "%-45s %-12s %s | %s\n" "$spec" "$t" "$line" "$(tail -1 "$dir.time")"
  done
done
rm -rf "$out"
