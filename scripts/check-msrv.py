#!/usr/bin/env python3
"""Check the workspace's declared MSRV (`rust-version` in Cargo.toml) against what it needs.

Only one Rust toolchain is available where stipula is built and tested, so the MSRV cannot be
proved by compiling with that older compiler. What this script checks instead, from
`cargo metadata` (no build, no network when Cargo.lock is complete):

* every workspace member declares the workspace's `rust-version`;
* no package in the resolved dependency graph declares a `rust-version` newer than ours
  (a dependency that needs a newer compiler makes our claim false).

Clippy's `incompatible_msrv` lint (on by default; CI runs clippy with -D warnings) covers the
other half: standard-library APIs stabilised after our `rust-version`. Language features are
not checked by either; the floor is set by the newest one we use (let-chains, 1.88).

Exit codes: 0 consistent, 1 a package needs more than we claim, 2 could not run.
"""
import json
import subprocess
import sys


def parse(v):
    return tuple(int(x) for x in v.split(".")) + (0,) * (3 - len(v.split(".")))


def main():
    try:
        out = subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked"],
            check=True, capture_output=True, text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"check-msrv: `cargo metadata` failed: {e}", file=sys.stderr)
        return 2
    meta = json.loads(out)
    members = set(meta["workspace_members"])
    resolved = {n["id"] for n in meta["resolve"]["nodes"]}
    ours = {p.get("rust_version") for p in meta["packages"] if p["id"] in members}
    if len(ours) != 1 or None in ours:
        print(f"check-msrv: workspace members disagree on rust-version: {sorted(map(str, ours))}; "
              "set `rust-version.workspace = true` in every member", file=sys.stderr)
        return 1
    msrv = ours.pop()
    bad = sorted(
        (p["name"], p["version"], p["rust_version"])
        for p in meta["packages"]
        if p["id"] in resolved and p["id"] not in members and p.get("rust_version")
        and parse(p["rust_version"]) > parse(msrv)
    )
    for name, version, rv in bad:
        print(f"check-msrv: {name} {version} needs Rust {rv}, but Cargo.toml claims rust-version = "
              f"\"{msrv}\"; raise the workspace rust-version (and README) or pin an older {name}",
              file=sys.stderr)
    if bad:
        return 1
    newest = max((p.get("rust_version") or "0" for p in meta["packages"] if p["id"] in resolved
                  and p["id"] not in members), key=parse)
    print(f"check-msrv: rust-version {msrv}; newest dependency requirement {newest}: consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
