//! Text (for people in a terminal) and Markdown (a PR comment or changelog).

use super::{groups, shown};
use crate::model::{Finding, Level, Report};
use std::fmt::Write as _;

fn paint(s: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn level_tag(l: Level, color: bool) -> String {
    match l {
        Level::Breaking => paint("breaking", "1;31", color),
        Level::Warning => paint("warning ", "33", color),
        Level::Info => paint("info    ", "36", color),
    }
}

fn summary(report: &Report) -> String {
    let (b, w, i) = report.counts();
    let accepted = report
        .findings
        .iter()
        .filter(|f| f.accepted.is_some())
        .count();
    let v = &report.versioning;
    let mut s = format!("{b} breaking, {w} warning(s), {i} info");
    if accepted > 0 {
        let _ = write!(s, " ({accepted} accepted)");
    }
    let _ = write!(
        s,
        ". Version {} → {}: {}",
        if v.base_version.is_empty() {
            "(none)"
        } else {
            &v.base_version
        },
        if v.revision_version.is_empty() {
            "(none)"
        } else {
            &v.revision_version
        },
        v.explanation
    );
    if let Some(n) = &v.next_version {
        let _ = write!(s, "; next version: {n}");
    }
    s.push('.');
    s
}

fn where_(f: &Finding) -> String {
    // the message already names the schema place: do not say it twice
    let path_said = !f.path.is_empty() && f.message.contains(&format!("`{}`", f.path));
    let path_empty = f.path.is_empty() || path_said;
    match (f.section.is_empty(), path_empty) {
        (true, true) => String::new(),
        (false, true) => format!("{}: ", f.section),
        (true, false) => format!("{}: ", f.path),
        (false, false) => format!("{} › {}: ", f.section, f.path),
    }
}

/// `witness: {"id": 7}  (the revision rejects it: ...)`, `witness: none found (...)` for a
/// breaking finding the search could not prove, nothing otherwise.
pub(crate) fn witness_line(f: &Finding) -> Option<String> {
    match &f.witness {
        Some(w) => {
            let shown = w
                .wire
                .clone()
                .unwrap_or_else(|| stipula_schema::values::short(&w.value));
            let who = match w.rejected_by {
                crate::model::RejectedBy::Revision => "the revision rejects it",
                crate::model::RejectedBy::Base => "the base did not allow it",
            };
            Some(format!(
                "witness: {shown}  ({who}: {})",
                one_line(&w.reason)
            ))
        }
        None if f.level == Level::Breaking => Some(match &f.witness_note {
            Some(n) => format!("witness: none found ({})", one_line(n)),
            None => "witness: none found".to_string(),
        }),
        None => None,
    }
}

fn one_line(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 160 {
        let t: String = s.chars().take(157).collect();
        format!("{t}...")
    } else {
        s
    }
}

/// Text grouped by operation (or component), worst first.
pub fn text(report: &Report, min: Level, color: bool) -> String {
    let list = shown(report, min);
    let mut out = String::new();
    if list.is_empty() {
        out.push_str("No changes");
        if min > Level::Info {
            let _ = write!(out, " at level {min} or above");
        }
        out.push_str(".\n");
    }
    for (subject, idx) in groups(&list) {
        let _ = writeln!(out, "{}", paint(&subject, "1", color));
        // a component's reach, once for the group
        if let Some(f) = idx.iter().map(|i| list[*i]).find(|f| f.component.is_some()) {
            let mut all = f.clone();
            for i in &idx {
                for a in &list[*i].affected {
                    if !all.affected.contains(a) {
                        all.affected.push(a.clone());
                    }
                }
            }
            let r = super::reach(&all, 6);
            if !r.is_empty() {
                let _ = writeln!(out, "  {r}");
            }
        }
        for i in idx {
            let f = list[i];
            let accepted = if f.accepted.is_some() {
                " [accepted]"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {} {}{}{}  ({})",
                level_tag(f.level, color),
                where_(f),
                f.message,
                accepted,
                f.id
            );
            let mut locs = Vec::new();
            if let Some(b) = &f.base {
                locs.push(format!("base {b}"));
            }
            if let Some(r) = &f.revision {
                locs.push(format!("revision {r}"));
            }
            let _ = writeln!(
                out,
                "           {}  fingerprint {}",
                paint(&locs.join("  "), "2", color),
                f.fingerprint
            );
            if let Some(w) = witness_line(f) {
                let _ = writeln!(out, "           {w}");
            }
            if f.component.is_none() {
                let r = super::reach(f, 6);
                if !r.is_empty() {
                    let _ = writeln!(out, "           {r}");
                }
            }
        }
    }
    let _ = writeln!(out, "\n{}", summary(report));
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown for a pull-request comment or a changelog.
pub fn markdown(report: &Report, min: Level) -> String {
    let list = shown(report, min);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## API changes: `{}` → `{}`\n",
        report.base_name, report.revision_name
    );
    let _ = writeln!(out, "{}\n", summary(report));
    for (level, title) in [
        (Level::Breaking, "Breaking changes"),
        (Level::Warning, "Warnings"),
        (Level::Info, "Other changes"),
    ] {
        let of_level: Vec<&Finding> = list
            .iter()
            .copied()
            .filter(|f| f.level == level && f.accepted.is_none())
            .collect();
        if of_level.is_empty() {
            continue;
        }
        let collapse = level == Level::Info;
        if collapse {
            let _ = writeln!(
                out,
                "<details><summary>{title} ({})</summary>\n",
                of_level.len()
            );
        } else {
            let _ = writeln!(out, "### {title} ({})\n", of_level.len());
        }
        let _ = writeln!(
            out,
            "| Where | Change | Rule | Location |\n|---|---|---|---|"
        );
        for f in of_level {
            let mut w = f.subject();
            let extra = where_(f);
            if !extra.is_empty() {
                let _ = write!(w, " › {}", extra.trim_end_matches(": "));
            }
            let r = super::reach(f, 3);
            if !r.is_empty() {
                let _ = write!(w, " ({r})");
            }
            let loc = match (&f.base, &f.revision) {
                (Some(b), Some(r)) => format!("{b} → {r}"),
                (Some(b), None) => format!("{b} (base)"),
                (None, Some(r)) => r.to_string(),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | `{}` | `{}` |",
                md_escape(&w),
                md_escape(&f.message),
                f.id,
                md_escape(&loc)
            );
        }
        if collapse {
            out.push_str("\n</details>\n");
        }
        out.push('\n');
    }
    let accepted: Vec<&Finding> = list
        .iter()
        .copied()
        .filter(|f| f.accepted.is_some())
        .collect();
    if !accepted.is_empty() {
        let _ = writeln!(out, "### Accepted ({})\n", accepted.len());
        for f in accepted {
            let reason = f.accepted.as_ref().map(|a| a.reason.as_str()).unwrap_or("");
            let _ = writeln!(
                out,
                "- `{}` {}: {} — _{}_",
                f.id,
                md_escape(&f.subject()),
                md_escape(&f.message),
                md_escape(reason)
            );
        }
    }
    out
}
