//! Output formats. Detection knows nothing about them; each takes a finished [`Report`].

mod machine;
mod text;

pub use machine::{github, json, junit, sarif, write_json};
pub use text::{markdown, text};

use crate::model::{Affected, Finding, Level, Report};

/// Is this section of an operation an error response (`response 404 ...`,
/// `response 5XX ...`, `response default ...`)?
pub(crate) fn is_error_section(section: &str) -> bool {
    let Some(rest) = section.strip_prefix("response ") else {
        return false;
    };
    rest.starts_with('4') || rest.starts_with('5') || rest.starts_with("default")
}

/// How far a finding reaches, in words: for a component, how many operations use it (and
/// how many of them only through error responses); for a change repeated in several
/// operations, the others. Empty when the finding is about one place only. At most `max`
/// operation names are listed.
pub(crate) fn reach(f: &Finding, max: usize) -> String {
    if f.affected.is_empty() {
        return String::new();
    }
    let mut ops: Vec<&str> = Vec::new();
    for a in &f.affected {
        if !ops.contains(&a.operation.as_str()) {
            ops.push(&a.operation);
        }
    }
    let only_errors = |op: &str| {
        f.affected
            .iter()
            .filter(|a: &&Affected| a.operation == op)
            .all(|a| is_error_section(&a.section))
    };
    // operations that see the change outside error responses first
    ops.sort_by_key(|op| only_errors(op));
    let names = |list: &[&str]| {
        let shown: Vec<&str> = list.iter().copied().take(max).collect();
        let more = list.len().saturating_sub(max);
        if more > 0 {
            format!("{}, and {more} more", shown.join(", "))
        } else {
            shown.join(", ")
        }
    };
    if f.component.is_some() {
        let errors = ops.iter().filter(|op| only_errors(op)).count();
        let mut s = format!("reaches {} operation(s)", ops.len());
        if errors > 0 {
            s.push_str(&format!(", {errors} of them only through error responses"));
        }
        if max > 0 {
            s.push_str(&format!(": {}", names(&ops)));
        }
        s
    } else {
        let others: Vec<&str> = ops
            .iter()
            .copied()
            .filter(|op| Some(*op) != f.operation.as_deref())
            .collect();
        if others.is_empty() {
            return String::new();
        }
        let mut s = format!("the same change in {} more operation(s)", others.len());
        if max > 0 {
            s.push_str(&format!(": {}", names(&others)));
        }
        s
    }
}

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
