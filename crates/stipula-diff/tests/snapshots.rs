//! Snapshots of the full JSON report (`stipula diff --format json --level info`) of every
//! fixture pair in `specs/diff/` and `specs/diff/witness/`, so a reviewer sees every finding a
//! change adds, drops or rewords (the `has()`/`has_not()` tests only look for the findings
//! they name). Snapshots live in `tests/snapshots/`; review changes with `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test -p stipula-diff --test snapshots`, then `git diff`).

mod common;
use common::*;
use std::path::{Path, PathBuf};
use stipula_diff::Level;

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

fn relative_to_root(text: &str) -> String {
    let raw = workspace();
    let mut roots: Vec<String> = vec![format!("{}/", raw.display())];
    if let Ok(canon) = raw.canonicalize() {
        roots.push(format!("{}/", canon.display()));
    }
    // Longest first: one root may be a prefix of the other.
    roots.sort_by_key(|r| std::cmp::Reverse(r.len()));
    let mut text = text.to_string();
    for r in &roots {
        text = text.replace(r.as_str(), "");
    }
    text
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
    let mut failed = Vec::new();
    for name in &names {
        let json = report_json(folder, name);
        let snap = format!("{prefix}__{name}");
        let outcome = std::panic::catch_unwind(|| {
            let mut settings = insta::Settings::clone_current();
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(format!(
                "stipula diff specs/{folder}/{name}-base.yaml specs/{folder}/{name}-revision.yaml --format json --level info"
            ));
            settings.bind(|| insta::assert_snapshot!(snap, json));
        });
        if outcome.is_err() {
            failed.push(name.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} report(s) in specs/{folder} differ from their snapshot: {}\n\
         review with `cargo insta review` (or rerun with INSTA_UPDATE=always and read `git diff`)",
        failed.len(),
        names.len(),
        failed.join(", ")
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
