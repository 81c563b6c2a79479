//! Snapshots of the full JSON report (`stipula diff --format json --level info`) of every
//! fixture pair in `specs/diff/` and `specs/diff/witness/`, so a reviewer sees every finding a
//! change adds, drops or rewords (the `has()`/`has_not()` tests only look for the findings
//! they name). Snapshots live in `tests/snapshots/`; review changes with `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test -p stipula-diff --test snapshots`, then `git diff`).

mod common;
use common::*;
use std::path::{Path, PathBuf};
use stipula_diff::Level;
use stipula_testkit::{Snap, check_snapshots, relative_to_root};

/// The `<name>` of every `<name>-base.yaml` in `dir` that has a `<name>-revision.yaml`, sorted.
fn pairs(dir: &Path) -> Vec<String> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list the fixture folder {}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix("-base.yaml"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    for n in &names {
        assert!(
            dir.join(format!("{n}-revision.yaml")).is_file(),
            "{}: {n}-base.yaml has no {n}-revision.yaml; add it or remove the base",
            dir.display()
        );
    }
    names
}

/// The JSON report with the checkout's location removed, so the snapshot is the same on
/// every machine (file names become relative to the repository root).
fn report_json(folder: &str, name: &str) -> String {
    let a = load(&format!("{folder}/{name}-base.yaml"));
    let b = load(&format!("{folder}/{name}-revision.yaml"));
    let report = stipula_diff::diff(&a, &b, &opts());
    let mut out = Vec::new();
    if let Err(e) = stipula_diff::format::write_json(&report, Level::Info, &mut out) {
        panic!("{folder}/{name}: cannot write the JSON report: {e}");
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    relative_to_root(&text)
}

/// Snapshot every pair of `specs/<folder>`; every mismatch is reported (and gets its
/// `.snap.new`) before the test fails, not only the first.
fn snapshot_folder(folder: &str) {
    let dir: PathBuf = spec_path(folder);
    let names = pairs(&dir);
    assert!(
        !names.is_empty(),
        "no *-base.yaml/*-revision.yaml pair in {}",
        dir.display()
    );
    let prefix = folder.replace('/', "__");
    let snaps: Vec<Snap> = names
        .iter()
        .map(|name| Snap {
            name: format!("{prefix}__{name}"),
            description: format!(
                "stipula diff specs/{folder}/{name}-base.yaml specs/{folder}/{name}-revision.yaml --format json --level info"
            ),
            shown: name.clone(),
            text: report_json(folder, name),
        })
        .collect();
    check_snapshots(
        &format!("report(s) in specs/{folder}"),
        &snaps,
        |name, text| insta::assert_snapshot!(name, text),
    );
}

#[test]
fn family_pairs() {
    snapshot_folder("diff");
}

#[test]
fn witness_pairs() {
    snapshot_folder("diff/witness");
}
