//! A spec diffed against itself reports nothing: every OpenAPI document of the corpus (2.0,
//! 3.0, 3.1) and of `specs/`. Pairing must not depend on which of two look-alikes comes
//! first: Xero's two paths that differ only in a parameter's name, Datadog's
//! `application/json` beside `application/json;simple` and its `AuthZ` alternatives with
//! different scopes each gave findings against themselves before.
//!
//! In CI (a debug build) documents over 3 MB are left out (they cost most of the time and
//! hold no shape the others lack); `STIPULA_SELF_DIFF=full` takes them too.

mod common;
use common::*;
use std::path::PathBuf;

fn documents() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ["petstore-3.0.yaml", "petstore-3.1.yaml"]
        .iter()
        .map(|n| spec_path(n))
        .collect();
    let full = std::env::var("STIPULA_SELF_DIFF").is_ok_and(|v| v == "full");
    if let Some(files) = stipula_testkit::corpus_manifest("self-diff of the corpus") {
        let dir = stipula_testkit::corpus_dir();
        for f in files {
            if f["kind"] != "openapi" {
                continue;
            }
            let small = f["size_bytes"].as_u64().is_some_and(|s| s <= 3_000_000);
            if let Some(p) = f["file"].as_str()
                && (full || small)
            {
                out.push(dir.join(p));
            }
        }
    }
    out
}

#[test]
fn every_spec_diffed_against_itself_reports_nothing() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for path in documents() {
        let spec = match stipula_spec::load(&path, &stipula_spec::LoadOptions::default()) {
            Ok(l) => l.spec,
            // documents the loader refuses are the loader tests' business
            Err(_) => continue,
        };
        n += 1;
        let r = stipula_diff::diff(&spec, &spec, &opts());
        if !r.findings.is_empty() {
            wrong.push(format!("{}:\n{}", path.display(), dump(&r)));
        }
    }
    assert!(n >= 2, "only {n} documents loaded");
    eprintln!("self-diff: {n} documents, {} with findings", wrong.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}
