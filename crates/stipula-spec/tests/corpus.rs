//! Walk the corpus manifest (`$STIPULA_CORPUS/manifest.json`, default `../shared/corpus`
//! beside the workspace): every document (Swagger 2.0, OpenAPI 3.0/3.1/3.2) must load and
//! validate without a panic, and a 2.0 document must load without loader errors (its
//! upgrade to 3.0 resolves every ref).
//! Prints errors/warnings per document. Skips (with a message) when the corpus is absent.
//!
//! `STIPULA_CORPUS_VERBOSE=1` prints every diagnostic (for checking them by hand).

use std::collections::BTreeMap;
use std::time::Instant;
use stipula_spec::validate::{counts, validate};
use stipula_spec::{LoadOptions, load};

#[test]
fn every_corpus_document_loads_and_validates() {
    let Some(files) = stipula_testkit::corpus_manifest("loading every corpus document") else {
        return;
    };
    let dir = stipula_testkit::corpus_dir();
    let verbose = std::env::var_os("STIPULA_CORPUS_VERBOSE").is_some();
    let (mut n3, mut n2, mut failures) = (0, 0, Vec::new());
    let (mut total_e, mut total_w) = (0, 0);
    let started = Instant::now();
    for f in files {
        if f["kind"] != "openapi" {
            continue;
        }
        let rel = f["file"].as_str().unwrap_or_default();
        let version = f["openapi_version"].as_str().unwrap_or_default();
        let path = dir.join(rel);
        let t = Instant::now();
        let result = load(&path, &LoadOptions::default());
        if version.starts_with("2.") {
            n2 += 1;
            if let Ok(l) = &result
                && l.has_errors()
            {
                let errs: Vec<String> = l
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == stipula_spec::Severity::Error)
                    .take(5)
                    .map(|d| d.to_string())
                    .collect();
                failures.push(format!(
                    "{rel}: Swagger 2.0 upgrade left loader errors:\n{}",
                    errs.join("\n")
                ));
            }
        } else {
            n3 += 1;
        }
        let loaded = match result {
            Ok(l) => l,
            Err(e) => {
                failures.push(format!("{rel} ({version}) did not load: {e}"));
                continue;
            }
        };
        let load_time = t.elapsed();
        let t = Instant::now();
        let diags = validate(&loaded);
        let (e, w) = counts(&diags);
        total_e += e;
        total_w += w;
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &diags {
            *by_code.entry(d.code).or_default() += 1;
            assert!(
                !d.file.is_empty() || d.severity == stipula_spec::Severity::Info,
                "{rel}: a warning or error without a file: {d}"
            );
        }
        println!(
            "{rel} ({version}): {e} errors, {w} warnings (load {:.0?}, validate {:.0?}) {by_code:?}",
            load_time,
            t.elapsed()
        );
        if verbose {
            for d in &diags {
                println!("    {d}");
            }
        }
    }
    println!(
        "corpus: {n3} OpenAPI 3.x and {n2} Swagger 2.0 documents validated ({total_e} errors, {total_w} warnings), in {:.1?}",
        started.elapsed()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        n2 >= 15,
        "expected the 15 Swagger 2.0 documents of the manifest, found {n2}"
    );
    assert!(
        n3 >= 58,
        "expected the 58 OpenAPI 3.x documents of the manifest, found {n3}"
    );
}
