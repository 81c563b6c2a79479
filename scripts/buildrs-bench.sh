#!/usr/bin/env bash
# What generating a client from build.rs costs on a clean build, against the same client
# generated once by the CLI and checked in as a module, in one run.
#
# Spec: the corpus's Resend spec (3.1.2, 104 operations). Two fresh crates outside the
# workspace, in a temp folder, with the same [dependencies] (the lines `stipula generate
# --module` prints for that spec, as the README's "From build.rs" recipe says):
#   build.rs   README's recipe: stipula-codegen (this checkout, by path) as the build-dependency,
#              `Builder::new(spec).target(Target::RustClient).generate()` and `include!`;
#   module     `stipula generate rust-client --module` run once, the file checked in as
#              src/api.rs; no build-dependency.
# Each is built with `cargo build` (dev profile) in its own fresh CARGO_TARGET_DIR, after a
# `cargo fetch` (downloads are not timed). Prints user+sys CPU seconds, wall seconds and the
# crates compiled (cargo's "Compiling" lines) of each, and the CPU ratio.
#
# OPT=1 adds a third crate: build.rs with the README's `[profile.dev.build-override]
# opt-level = 3` (clean build), and for both build.rs crates a re-generation: the spec
# touched, `cargo build` again (the build script runs, the crate recompiles).
#
# Usage: scripts/buildrs-bench.sh     Env: STIPULA_CORPUS (default ../shared/corpus), OPT=1
set -eu
export CARGO_INCREMENTAL=0
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
spec="$corpus/providers/resend.yaml"
[ -f "$spec" ] || { echo "corpus not found at $corpus (set STIPULA_CORPUS)" >&2; exit 0; }
(cd "$root" && cargo build -q -p stipula-cli)
stipula="${CARGO_TARGET_DIR:-$root/target}/debug/stipula"
unset CARGO_TARGET_DIR
work="$(mktemp -d -t stipula-buildrs-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# The client as a module, and the [dependencies] lines it needs.
"$stipula" generate rust-client "$spec" --module -o "$work/gen" 2>"$work/gen.log" \
  || { cat "$work/gen.log" >&2; exit 2; }
deps=$(sed -n '/^add to \[dependencies\]/,$p' "$work/gen.log" | sed -n 's/^  //p')
[ -n "$deps" ] || { echo "stipula generate --module printed no dependency lines:" >&2; cat "$work/gen.log" >&2; exit 2; }

# new_crate DIR NAME: a crate with the shared [dependencies] and the spec beside it.
new_crate() {
  mkdir -p "$1/src"
  cp "$spec" "$1/openapi.yaml"
  cat > "$1/Cargo.toml" <<TOML
[package]
name = "$2"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$deps

[workspace]
TOML
}

new_crate "$work/module" bench-module
cp "$work/gen/rust_client.rs" "$work/module/src/api.rs"
echo "pub mod api;" > "$work/module/src/lib.rs"

new_crate "$work/buildrs" bench-buildrs
cat >> "$work/buildrs/Cargo.toml" <<TOML

[build-dependencies]
stipula-codegen = { path = "$root/crates/stipula-codegen" }
TOML
cat > "$work/buildrs/build.rs" <<'RS'
use stipula_codegen::{Builder, Target};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    Builder::new("openapi.yaml").target(Target::RustClient).generate()?;
    Ok(())
}
RS
cat > "$work/buildrs/src/lib.rs" <<'RS'
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/rust_client.rs"));
}
RS

if [ -n "${OPT:-}" ]; then
  cp -r "$work/buildrs" "$work/buildrs-opt"
  sed -i 's/^name = "bench-buildrs"/name = "bench-buildrs-opt"/' "$work/buildrs-opt/Cargo.toml"
  printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> "$work/buildrs-opt/Cargo.toml"
fi

# build DIR LABEL: `cargo build` in DIR with its own target dir; prints one line of figures.
build() {
  (cd "$1" && /usr/bin/time -f "cpu %U %S wall %e rss %M" -o "$1.time" \
      cargo build --target-dir "$1.target" --color never >"$1.log" 2>&1) \
    || { echo "$2: cargo build failed:" >&2; tail -30 "$1.log" >&2; exit 1; }
  read -r _ user sys _ wall _ rss < "$1.time"
  local n
  n=$(grep -c '^ *Compiling ' "$1.log" || true)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  printf "  %-34s cpu %7.1f s  wall %6.1f s  %3d crates compiled  peak rss %5.0f MB\n" \
    "$2" "$cpu" "$wall" "$n" "$((rss / 1024))"
}

variants=(module buildrs)
[ -n "${OPT:-}" ] && variants+=(buildrs-opt)
for v in "${variants[@]}"; do
  (cd "$work/$v" && cargo fetch -q)
done
echo "clean cargo build (dev profile), Resend client ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)):"
build "$work/module" "module (checked-in src/api.rs)"; cpu_module=$cpu
build "$work/buildrs" "build.rs (README recipe)"; cpu_buildrs=$cpu
awk -v b="$cpu_buildrs" -v m="$cpu_module" 'BEGIN { printf "  build.rs / module CPU: %.2fx\n", b / m }'
if [ -n "${OPT:-}" ]; then
  build "$work/buildrs-opt" "build.rs + build-override opt 3"; cpu_opt=$cpu
  awk -v b="$cpu_opt" -v m="$cpu_module" 'BEGIN { printf "  build.rs opt 3 / module CPU: %.2fx\n", b / m }'
  echo "re-generation (spec touched, cargo build again):"
  for v in buildrs buildrs-opt; do
    touch "$work/$v/openapi.yaml"
    build "$work/$v" "$v"
  done
fi
