//! Snapshots of `stipula validate --format json` for every spec in `specs/invalid/` (and the
//! entry document of each split spec there), so a reviewer sees every diagnostic a change adds,
//! drops or rewords — `validate_invalid.rs` checks only the one each spec is about. Snapshots
//! live in `tests/snapshots/`; review changes with `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test -p stipula-spec --test snapshots`, then `git diff`).

use std::path::{Path, PathBuf};
use stipula_spec::diag::Diagnostic;
use stipula_spec::validate::validate;
use stipula_spec::{LoadOptions, load, render};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every spec of `specs/invalid/` as a path relative to it: the `.yaml`/`.json` files at the
/// top, and `<dir>/openapi.yaml` for each folder (a spec split over several files), sorted.
fn invalid_specs(dir: &Path) -> Vec<String> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list the fixture folder {}: {e}", dir.display()));
    let mut out = Vec::new();
    for e in entries.filter_map(|e| e.ok()) {
        let path = e.path();
        let Some(name) = e.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if path.is_dir() {
            assert!(
                path.join("openapi.yaml").is_file(),
                "{}: a split spec folder needs an openapi.yaml entry document",
                path.display()
            );
            out.push(format!("{name}/openapi.yaml"));
        } else if name.ends_with(".yaml") || name.ends_with(".json") {
            out.push(name);
        }
    }
    out.sort();
    out
}

/// What `stipula validate --format json <spec>` prints, with file names relative to the
/// repository root (the same on every machine).
fn validate_json(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    let diags: Vec<Diagnostic> = match load(&path, &LoadOptions::default()) {
        Ok(loaded) => validate(&loaded),
        Err(e) => e.diagnostics,
    };
    // Every file in specs/invalid/ is wrong in one way: an empty report means the file no
    // longer belongs there (or validation lost a check).
    assert!(
        !diags.is_empty(),
        "{}: no diagnostics; a valid spec does not belong in specs/invalid/",
        path.display()
    );
    relative_to_root(&render::json(&diags))
}

fn relative_to_root(text: &str) -> String {
    let raw = root();
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

/// Every mismatch is reported (and gets its `.snap.new`) before the test fails.
#[test]
fn validate_json_of_every_invalid_spec() {
    let dir = root().join("specs/invalid");
    let names = invalid_specs(&dir);
    assert!(!names.is_empty(), "no spec in {}", dir.display());
    let mut failed = Vec::new();
    for name in &names {
        let json = validate_json(&dir, name);
        let snap = format!(
            "invalid__{}",
            name.trim_end_matches(".yaml")
                .trim_end_matches(".json")
                .replace('/', "__")
        );
        let outcome = std::panic::catch_unwind(|| {
            let mut settings = insta::Settings::clone_current();
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(format!(
                "stipula validate specs/invalid/{name} --format json"
            ));
            settings.bind(|| insta::assert_snapshot!(snap, json));
        });
        if outcome.is_err() {
            failed.push(name.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} validate report(s) differ from their snapshot: {}\n\
         review with `cargo insta review` (or rerun with INSTA_UPDATE=always and read `git diff`)",
        failed.len(),
        names.len(),
        failed.join(", ")
    );
}
