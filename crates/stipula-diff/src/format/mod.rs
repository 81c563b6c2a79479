//! Output formats. Detection knows nothing about them; each takes a finished [`Report`].

mod machine;
mod text;

pub use machine::{github, json, junit, sarif};
pub use text::{markdown, text};

use crate::model::{Finding, Level, Report};

/// Findings grouped by subject (operation, component, or the API), the groups with the worst
/// findings first, findings inside a group worst first; document order otherwise.
pub(crate) fn groups(findings: &[&Finding]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let s = f.subject();
        match out.iter_mut().find(|(k, _)| *k == s) {
            Some(g) => g.1.push(i),
            None => out.push((s, vec![i])),
        }
    }
    for g in &mut out {
        g.1.sort_by_key(|i| std::cmp::Reverse(findings[*i].level));
    }
    out.sort_by_key(|g| {
        std::cmp::Reverse(
            g.1.iter()
                .map(|i| findings[*i].level)
                .max()
                .unwrap_or(Level::Info),
        )
    });
    out
}

/// The findings to show: active ones at or above `min`, then accepted ones.
pub(crate) fn shown(report: &Report, min: Level) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.level >= min).collect()
}

/// `--format next-version`: the version the revision should carry (or the bump, when the
/// base version is neither semver nor a date).
pub fn next_version(report: &Report) -> String {
    match &report.versioning.next_version {
        Some(v) => v.clone(),
        None => report.versioning.required.as_str().to_string(),
    }
}
