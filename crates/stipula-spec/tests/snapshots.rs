//! Snapshots of `stipula validate --format json` for every spec in `specs/invalid/` (and the
//! entry document of each split spec there), so a reviewer sees every diagnostic a change adds,
//! drops or rewords — `validate_invalid.rs` checks only the one each spec is about. Snapshots
//! live in `tests/snapshots/`; review changes with `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test -p stipula-spec --test snapshots`, then `git diff`).

use std::path::Path;
use stipula_spec::diag::Diagnostic;
use stipula_spec::validate::validate;
use stipula_spec::{LoadOptions, load, render};
use stipula_testkit::{Snap, check_snapshots, relative_to_root, workspace_root as root};

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

/// Every mismatch is reported (and gets its `.snap.new`) before the test fails.
#[test]
fn validate_json_of_every_invalid_spec() {
    let dir = root().join("specs/invalid");
    let names = invalid_specs(&dir);
    assert!(!names.is_empty(), "no spec in {}", dir.display());
    let snaps: Vec<Snap> = names
        .iter()
        .map(|name| Snap {
            name: format!(
                "invalid__{}",
                name.trim_end_matches(".yaml")
                    .trim_end_matches(".json")
                    .replace('/', "__")
            ),
            description: format!("stipula validate specs/invalid/{name} --format json"),
            shown: name.clone(),
            text: validate_json(&dir, name),
        })
        .collect();
    check_snapshots("validate report(s)", &snaps, |name, text| {
        insta::assert_snapshot!(name, text)
    });
}
