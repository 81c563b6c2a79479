//! Snapshots of the client generated for `specs/petstore-3.1.yaml` (every file of
//! `stipula generate --target rust-client`, plus its notes), so a reviewer sees every line a
//! change to the view model or a template changes in generated code, not only whether it still
//! compiles. Snapshots live in `tests/snapshots/`; review changes with `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test -p stipula-codegen --test snapshots`, then `git diff`).

use std::path::PathBuf;
use stipula_codegen::{Options, Target, generate};
use stipula_spec::{LoadOptions, load};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
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
fn petstore_client() {
    let spec = root().join("specs/petstore-3.1.yaml");
    let loaded = load(&spec, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{} should load: {e}", spec.display()));
    let out = generate(&loaded.spec, &Options::new(Target::RustClient))
        .unwrap_or_else(|e| panic!("generating the petstore client failed: {e}"));
    assert!(
        out.files.iter().any(|f| f.path.ends_with("lib.rs")),
        "no lib.rs among the generated files: {:?}",
        out.files.iter().map(|f| &f.path).collect::<Vec<_>>()
    );
    let mut snaps: Vec<(String, String, String)> = out
        .files
        .iter()
        .map(|f| {
            let shown = f.path.display().to_string().replace('\\', "/");
            let name = format!("petstore_client__{}", shown.replace('/', "__"));
            (name, shown, relative_to_root(&f.text))
        })
        .collect();
    snaps.push((
        "petstore_client__notes".to_string(),
        "notes".to_string(),
        relative_to_root(&out.notes.join("\n")),
    ));
    let mut failed = Vec::new();
    for (name, shown, text) in &snaps {
        let outcome = std::panic::catch_unwind(|| {
            let mut settings = insta::Settings::clone_current();
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(format!(
                "stipula generate specs/petstore-3.1.yaml --target rust-client: {shown}"
            ));
            settings.bind(|| insta::assert_snapshot!(name.as_str(), text));
        });
        if outcome.is_err() {
            failed.push(shown.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} generated file(s) differ from their snapshot: {}\n\
         review with `cargo insta review` (or rerun with INSTA_UPDATE=always and read `git diff`)",
        failed.len(),
        snaps.len(),
        failed.join(", ")
    );
}
