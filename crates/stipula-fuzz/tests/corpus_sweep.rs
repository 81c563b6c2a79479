//! Generation over the real specs of the corpus, without a server: how many generated
//! requests the validator accepts, how many negative cases, chains and response validators.
//!
//! Slow (every OpenAPI 3.x spec of the corpus), so ignored by default:
//! `cargo test -p stipula-fuzz --release --test corpus_sweep -- --ignored --nocapture`.
//! Reads `$STIPULA_CORPUS` (default `../shared/corpus` beside the workspace); skips if absent.

use std::sync::Arc;

#[test]
#[ignore = "sweeps the whole corpus; run with --ignored --release"]
fn generation_over_the_corpus() {
    let Some(dir) = stipula_testkit::corpus("the generation sweep") else {
        return;
    };
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("read manifest"),
    )
    .expect("manifest json");
    let only = std::env::var("SWEEP_ONLY").ok();
    let mut total = stipula_fuzz::DryRun::default();
    let (mut specs, mut load_failures) = (0, 0);
    for f in manifest["files"].as_array().into_iter().flatten() {
        let kind = f["kind"].as_str().unwrap_or("");
        let fam = f["version_family"].as_str().unwrap_or("");
        let Some(file) = f["file"].as_str() else {
            continue;
        };
        if kind != "openapi" || !(fam.starts_with("3.0") || fam.starts_with("3.1")) {
            continue;
        }
        if only.as_deref().is_some_and(|o| !file.contains(o)) {
            continue;
        }
        let loaded = match stipula_spec::load(dir.join(file), &Default::default()) {
            Ok(l) => l,
            Err(e) => {
                load_failures += 1;
                println!(
                    "{file}: load failed: {}",
                    e.to_string().lines().next().unwrap_or("")
                );
                continue;
            }
        };
        if loaded.spec.operations.is_empty() {
            continue;
        }
        specs += 1;
        let mut cfg = stipula_fuzz::Config::new("http://127.0.0.1:9");
        cfg.cases_per_operation = 10;
        // SWEEP_PER_ROOT=1: one validator per schema (the old way), to compare build times.
        cfg.combined_validators = std::env::var_os("SWEEP_PER_ROOT").is_none();
        let d = match stipula_fuzz::dry_run(Arc::new(loaded.spec), cfg) {
            Ok(d) => d,
            Err(e) => panic!("{file}: {e}"),
        };
        println!(
            "{file}: {} ops, {} cases: {} valid, {} unknown, {} rejected, {} unsendable; {} negative; {} edits; {} chains; {} validators ({} failed, {} combined builds failed) in {:.2}s (request side {:.2}s); generation {:.2}s",
            d.operations,
            d.cases,
            d.valid,
            d.unknown,
            d.invalid,
            d.unsendable,
            d.negative,
            d.edits,
            d.chains,
            d.validators,
            d.validator_failures,
            d.combined_failures,
            d.validator_seconds,
            d.request_validator_seconds,
            d.generation_seconds
        );
        for s in d.samples.iter().take(3) {
            println!("    {s}");
        }
        total.operations += d.operations;
        total.cases += d.cases;
        total.valid += d.valid;
        total.unknown += d.unknown;
        total.invalid += d.invalid;
        total.unsendable += d.unsendable;
        total.negative += d.negative;
        total.edits += d.edits;
        total.chains += d.chains;
        total.validators += d.validators;
        total.validator_failures += d.validator_failures;
        total.combined_failures += d.combined_failures;
        total.validator_seconds += d.validator_seconds;
        total.generation_seconds += d.generation_seconds;
    }
    println!(
        "\nTOTAL {specs} specs ({load_failures} failed to load), {} ops, {} cases: {} valid ({:.1}%), {} unknown, {} rejected, {} unsendable; {} negative; {} chains; {} validators ({} failed, {} combined builds failed) in {:.1}s; generation {:.1}s",
        total.operations,
        total.cases,
        total.valid,
        100.0 * total.valid as f64 / total.cases.max(1) as f64,
        total.unknown,
        total.invalid,
        total.unsendable,
        total.negative,
        total.chains,
        total.validators,
        total.validator_failures,
        total.combined_failures,
        total.validator_seconds,
        total.generation_seconds
    );
    assert!(specs > 0, "no OpenAPI 3.x spec in the corpus loaded");
}
