#!/usr/bin/env bash
# Decoding speed of generated types beside serde derive and serde_json::Value, in one run.
#
# Input: GitHub 22.0's `repos/list-for-org` response (a list of `minimal-repository`, 90
# fields with nested owner/permissions/license objects), built from the spec's own example
# repeated to ~8.7 MB (ids varied so no two items are equal). Three decoders of the same
# bytes:
#   generated   the types `stipula generate rust-server` writes (their hand-written Deserialize);
#   derive      the same types with `#[derive(Deserialize)]` instead (a template override of
#               types.rs.j2: what progenitor-style generators emit);
#   Value       serde_json::from_slice::<serde_json::Value>.
# Prints MB/s (best of 30 decodes: 6 interleaved rounds of a process per decoder, 5 decodes
# each) and each figure as a ratio of the derive's.
# Then, when valgrind is installed, the instructions each decoder executes for one decode
# (callgrind): a figure the machine's load does not move (timings on a busy shared machine
# swing by +-30%).
#
# Usage: scripts/decode-bench.sh     Env: STIPULA_CORPUS (default ../shared/corpus)
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${STIPULA_CORPUS:-$root/../shared/corpus}"
spec="$corpus/github/api.github.com.octokit-22.0.0.json"
[ -f "$spec" ] || { echo "corpus not found at $corpus (set STIPULA_CORPUS)" >&2; exit 0; }
work="${CARGO_TARGET_DIR:-$root/target}/decode-bench"
rm -rf "$work/gen" "$work/derive" "$work/tpl"
mkdir -p "$work/bench/src" "$work/tpl"
(cd "$root" && cargo build -q -p stipula-cli)
stipula="${CARGO_TARGET_DIR:-$root/target}/debug/stipula"
# The derive variant: struct Deserialize derived instead of written by hand.
python3 - "$root/templates/shared/types.rs.j2" "$work/tpl/types.rs.j2" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
start = s.index("{#- Deserialize by hand")
end = s.index('{%- elif t.kind == "string_enum" %}')
s = s[:start] + s[end:]
s = s.replace("::serde::Serialize{% if not required %}, Default{% endif %})]\npub struct {{ t.name }}",
              "::serde::Serialize, ::serde::Deserialize{% if not required %}, Default{% endif %})]\npub struct {{ t.name }}")
assert "::serde::Deserialize{% if not required" in s, "types.rs.j2 changed: update decode-bench.sh"
open(sys.argv[2], "w").write(s)
PY
args=(rust-server "$spec" --operations repos/list-for-org --runtime-path "$root/crates/stipula-runtime")
"$stipula" generate "${args[@]}" -o "$work/gen" >/dev/null
"$stipula" generate "${args[@]}" -o "$work/derive" --templates "$work/tpl" >/dev/null
cp "$work/gen/src/types.rs" "$work/bench/src/gen_types.rs"
cp "$work/derive/src/types.rs" "$work/bench/src/derive_types.rs"
python3 - "$spec" "$work/bench/data.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
items = doc["components"]["examples"]["minimal-repository-items"]["value"]
out, i = [], 0
while len(json.dumps(out)) < 8_700_000:
    for item in items:
        item = json.loads(json.dumps(item))
        i += 1
        item["id"] = i
        item["name"] = f"{item['name']}-{i}"
        out.append(item)
json.dump(out, open(sys.argv[2], "w"), indent=1)
PY
cat > "$work/bench/Cargo.toml" <<TOML
[package]
name = "decode-bench"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["float_roundtrip"] }
stipula-runtime = { path = "$root/crates/stipula-runtime" }

[profile.release]
debug = false

[workspace]
TOML
cat > "$work/bench/src/main.rs" <<'RS'
#![allow(warnings)]
mod runtime {
    pub use stipula_runtime::serde_support::*;
}
#[path = "gen_types.rs"]
mod gen_types;
#[path = "derive_types.rs"]
mod derive_types;

use std::time::Instant;

/// One decode of `data`, in seconds.
fn time(data: &[u8], f: &dyn Fn(&[u8]) -> usize) -> f64 {
    let t = Instant::now();
    std::hint::black_box(f(std::hint::black_box(data)));
    t.elapsed().as_secs_f64()
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: decode-bench DATA.json");
    let data = std::fs::read(&path).expect("read the data");
    let mb = data.len() as f64 / 1e6;
    let decoders: [(&str, &dyn Fn(&[u8]) -> usize); 3] = [
        ("generated types", &|d| serde_json::from_slice::<Vec<gen_types::MinimalRepository>>(d).expect("generated types decode").len()),
        ("serde derive", &|d| serde_json::from_slice::<Vec<derive_types::MinimalRepository>>(d).expect("derived types decode").len()),
        ("serde_json::Value", &|d| match serde_json::from_slice::<serde_json::Value>(d).expect("JSON") {
            serde_json::Value::Array(a) => a.len(),
            _ => 0,
        }),
    ];
    // `decode-bench DATA N`: decode with decoder N once and exit (for callgrind).
    // `decode-bench DATA N time`: decode with decoder N once to warm up, then print the best
    // of 5 timed decodes, in seconds.
    let mut args = std::env::args().skip(2);
    if let Some(i) = args.next().and_then(|n| n.parse::<usize>().ok()) {
        if args.next().as_deref() == Some("time") {
            std::hint::black_box((decoders[i].1)(&data));
            let best = (0..5).map(|_| time(&data, decoders[i].1)).fold(f64::MAX, f64::min);
            println!("{best}");
        } else {
            std::hint::black_box((decoders[i].1)(&data));
        }
        return;
    }
    // Each decoder times itself in a process of its own (a decode allocates and frees some
    // 100 MB, and in one process whichever decoder ran after another inherited its heap: the
    // same binary measured the generated types 0.90x or 1.03x the derive's speed depending
    // on the order alone). Rounds interleave the processes, each round in another order, so
    // load on the machine hits all of them alike; each figure is the decoder's best.
    let rounds = 6;
    let exe = std::env::current_exe().expect("the bench's own path");
    let mut best = [f64::MAX; 3];
    for r in 0..rounds {
        for k in 0..3 {
            let i = (r + k) % 3;
            let out = std::process::Command::new(&exe).arg(&path).arg(i.to_string()).arg("time").output().expect("run a timing process");
            let secs = String::from_utf8_lossy(&out.stdout).trim().parse::<f64>().expect("a timing");
            best[i] = best[i].min(secs);
        }
    }
    let items = serde_json::from_slice::<Vec<serde_json::Value>>(&data).map(|v| v.len()).unwrap_or(0);
    println!("decode {mb:.1} MB (GitHub repos/list-for-org, {items} items), best of {} (a process per decoder and round, {rounds} interleaved rounds, 5 decodes each):", rounds * 5);
    for (i, (name, _)) in decoders.iter().enumerate() {
        println!("  {name:<18} {:>7.1} ms {:>7.0} MB/s  {:.2}x derive's speed", best[i] * 1e3, mb / best[i], best[1] / best[i]);
    }
}
RS
(cd "$work/bench" && cargo build -q --release)
"$work/bench/target/release/decode-bench" "$work/bench/data.json"
if command -v valgrind >/dev/null; then
  ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/bench/target/release/decode-bench" "$work/bench/data.json" "$@" 2>&1 | sed -n 's/.*refs: *//p' | tr -d ','; }
  gen=$(ir 0); der=$(ir 1); val=$(ir 2)
  echo "instructions for one decode (callgrind, includes reading the file):"
  awk -v g="$gen" -v d="$der" -v v="$val" 'BEGIN {
    printf "  generated types    %6.1f M  %.2fx derive'"'"'s instructions\n", g / 1e6, g / d
    printf "  serde derive       %6.1f M  1.00x\n", d / 1e6
    printf "  serde_json::Value  %6.1f M  %.2fx\n", v / 1e6, v / d }'
fi
