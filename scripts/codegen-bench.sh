#!/usr/bin/env bash
# Generation time and peak memory of stipula-codegen on the GitHub and Stripe specs
# (rust-client and rust-server, crate mode, written to a temp folder). Uses a release build of
# the `gen` example of stipula-codegen (loader + codegen only, no CLI dependencies).
# Prints, per spec and target: load time, generate time (view model + templates +
# prettyplease), wall time and peak RSS of the whole process, output size.
#
# Then `cargo check` (RUSTFLAGS=-D warnings) of GitHub 22.0's generated client: all features
# (every tag), and one typical tag feature alone (`issues`), with wall time and peak RSS of the
# biggest process (rustc). Dependencies are built first, untimed, in the shared target dir,
# so the figures are for the generated crate itself. openapi-generator's GitHub client
# needed 7.0 GB and 5 min 24 s to check (../shared/notes/codegen-peers.md).
#
# Usage: scripts/codegen-bench.sh [gen|check]   (default: both)
# Env:   STIPULA_CORPUS (default ../shared/corpus); GENCHECK_TARGET (target dir for the
#        checks, default target/gencheck); FEATURE (default issues).
set -eu
# One-off checks: incremental caches would only fill the disk (GBs for big specs).
export CARGO_INCREMENTAL=0
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
what="${1:-all}"
[ -d "$corpus" ] || { echo "corpus not found at $corpus (set STIPULA_CORPUS)" >&2; exit 0; }
(cd "$root" && cargo build -q --release -p stipula-codegen --example gen)
gen="${CARGO_TARGET_DIR:-$root/target}/release/examples/gen"
out="$(mktemp -d -t stipula-codegen-bench.XXXXXX)"
trap 'rm -rf "$out"' EXIT
if [ "$what" != check ]; then
  printf "%-45s %-12s %s\n" spec target "result"
  for spec in github/api.github.com.octokit-22.0.0.json stripe/spec3.2023-09-12.yaml; do
    for t in rust-client rust-server; do
      dir="$out/$(basename "$spec")-$t"
      line=$(/usr/bin/time -f "wall %es cpu %Us+%Ss peak %MKB" "$gen" "$t" "$corpus/$spec" "$dir" 2>"$dir.time" | tail -1)
      printf "%-45s %-12s %s | %s\n" "$spec" "$t" "$line" "$(tail -1 "$dir.time")"
    done
  done
fi
if [ "$what" != gen ]; then
  export CARGO_TARGET_DIR="${GENCHECK_TARGET:-$root/target/gencheck}"
  feature="${FEATURE:-issues}"
  dir="$out/github-client"
  "$gen" rust-client "$corpus/github/api.github.com.octokit-22.0.0.json" "$dir" >/dev/null
  # Name the crate for the run so the check is never a no-op on a warm target dir.
  sed -i "0,/^name = .*/s//name = \"gh-bench-$(date +%s)\"/" "$dir/Cargo.toml"
  (cd "$dir" && RUSTFLAGS="-D warnings" cargo check -q --no-default-features >/dev/null 2>&1 || true)
  for mode in "all features" "$feature only"; do
    if [ "$mode" = "all features" ]; then args=(); else args=(--no-default-features --features "$feature"); fi
    touch "$dir/src/lib.rs"
    if (cd "$dir" && RUSTFLAGS="-D warnings" /usr/bin/time -f "wall %es cpu %Us+%Ss peak %MKB" -o "$out/check.time" cargo check -q "${args[@]}" >"$out/check.log" 2>&1); then
      printf "%-45s %-12s cargo check %-16s %s\n" "github 22.0.0" rust-client "($mode)" "$(tail -1 "$out/check.time")"
    else
      printf "%-45s %-12s cargo check %-16s FAILED:\n" "github 22.0.0" rust-client "($mode)"
      head -40 "$out/check.log"
      exit 1
    fi
  done
fi
