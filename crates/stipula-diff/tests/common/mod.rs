#![allow(dead_code)]
//! Helpers shared by the diff tests: load real spec files through the real loader.

use std::path::PathBuf;
use stipula_diff::{DiffOptions, Finding, Level, Report};
use stipula_spec::{LoadOptions, Spec};

pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn spec_path(name: &str) -> PathBuf {
    workspace().join("specs").join(name)
}

pub fn load(name: &str) -> Spec {
    let p = spec_path(name);
    match stipula_spec::load(&p, &LoadOptions::default()) {
        Ok(l) => l.spec,
        Err(e) => panic!("cannot load {}: {e}", p.display()),
    }
}

pub fn load_text(text: &str, name: &str) -> Spec {
    match stipula_spec::load_str(text, name, &LoadOptions::default()) {
        Ok(l) => l.spec,
        Err(e) => panic!("cannot load {name}: {e}"),
    }
}

/// How many findings are about the change itself, not the `version-*` checks it implies.
pub fn changes(r: &Report) -> usize {
    r.findings
        .iter()
        .filter(|f| !f.id.starts_with("version-"))
        .count()
}

/// A fixed "today" (2026-11-21) so sunset dates in fixtures do not age.
pub fn opts() -> DiffOptions {
    DiffOptions {
        deprecation_days: None,
        today: stipula_diff::parse_date("2026-11-21").unwrap_or(0),
        match_path_version: true,
    }
}

/// Diff `specs/diff/<family>-base.yaml` → `-revision.yaml` (or the reverse).
pub fn family(family: &str, reverse: bool) -> Report {
    family_with(family, reverse, &opts())
}

pub fn family_with(family: &str, reverse: bool, o: &DiffOptions) -> Report {
    let a = load(&format!("diff/{family}-base.yaml"));
    let b = load(&format!("diff/{family}-revision.yaml"));
    if reverse {
        stipula_diff::diff(&b, &a, o)
    } else {
        stipula_diff::diff(&a, &b, o)
    }
}

fn haystack(f: &Finding) -> String {
    format!(
        "{} | {} | {} | {} | {}",
        f.subject(),
        f.section,
        f.path,
        f.message,
        f.affected
            .iter()
            .map(|a| a.operation.clone())
            .collect::<Vec<_>>()
            .join(",")
    )
}

pub fn dump(r: &Report) -> String {
    r.findings
        .iter()
        .map(|f| format!("  {} {} :: {}", f.level, f.id, haystack(f)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Assert a finding with this rule id whose text contains `needle` exists.
#[track_caller]
pub fn has(r: &Report, id: &str, needle: &str) -> Finding {
    match r
        .findings
        .iter()
        .find(|f| f.id == id && haystack(f).contains(needle))
    {
        Some(f) => f.clone(),
        None => panic!(
            "expected a finding {id} mentioning {needle:?}; got:\n{}",
            dump(r)
        ),
    }
}

#[track_caller]
pub fn has_not(r: &Report, id: &str, needle: &str) {
    if let Some(f) = r
        .findings
        .iter()
        .find(|f| f.id == id && haystack(f).contains(needle))
    {
        panic!(
            "unexpected finding {id}: {}\nall:\n{}",
            haystack(f),
            dump(r)
        );
    }
}

/// No finding at all mentions `needle`.
#[track_caller]
pub fn silent_about(r: &Report, needle: &str) {
    let hits: Vec<String> = r
        .findings
        .iter()
        .filter(|f| haystack(f).contains(needle))
        .map(|f| format!("{} {}", f.id, haystack(f)))
        .collect();
    assert!(
        hits.is_empty(),
        "expected nothing about {needle:?}, got:\n{}",
        hits.join("\n")
    );
}

pub fn breaking(r: &Report) -> Vec<&Finding> {
    r.findings
        .iter()
        .filter(|f| f.level == Level::Breaking)
        .collect()
}
