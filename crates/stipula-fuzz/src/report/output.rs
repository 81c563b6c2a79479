//! A report as people and tools read it: the text summary (causes first), the `--report`
//! JSON document and JUnit XML (one failure per test case).

use super::*;

impl Report {
    /// Did any check fail?
    pub fn failed(&self) -> bool {
        !self.failures.is_empty()
    }

    /// Distinct failures of one check.
    pub fn of(&self, check: Check) -> impl Iterator<Item = &FailureRecord> {
        self.failures.iter().filter(move |f| f.check == check)
    }

    /// The `--report` JSON document.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// Causes first (each with its operations and one reproduction), then the table per
    /// operation, warnings and totals, for people.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if !self.causes.is_empty() {
            let ops = self
                .failures
                .iter()
                .map(|f| f.operation.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let s = |n: usize| if n == 1 { "" } else { "s" };
            let _ = writeln!(
                out,
                "{} cause{} ({} distinct failure{} on {ops} operation{}):",
                self.causes.len(),
                s(self.causes.len()),
                self.failures.len(),
                s(self.failures.len()),
                s(ops)
            );
        }
        for c in &self.causes {
            let rep = self.failures.get(c.representative);
            let n = c.operations.len();
            let ops = if n <= 3 {
                c.operations.join(", ")
            } else {
                format!("{}, … (+{} more)", c.operations[..3].join(", "), n - 3)
            };
            let _ = writeln!(
                out,
                "\n{}. {} on {n} operation{}: {ops}",
                c.id,
                c.check.name(),
                if n == 1 { "" } else { "s" }
            );
            let _ = writeln!(out, "   {}", c.message);
            if let Some(f) = rep {
                let _ = writeln!(out, "   at {} ({})", f.operation, f.location);
                if !f.steps.is_empty() {
                    let _ = writeln!(out, "   sequence:");
                    for s in &f.steps {
                        let _ = writeln!(out, "     {} → {}", s.curl, s.status);
                    }
                }
                let shrunk = if f.shrink_steps > 0 {
                    format!(" (shrunk in {} steps)", f.shrink_steps)
                } else {
                    String::new()
                };
                let got = if f.response.status == 0 {
                    "no response".to_string()
                } else {
                    f.response.status.to_string()
                };
                let _ = writeln!(out, "   reproduce{shrunk}: {} → {got}", f.curl);
            }
            if c.occurrences > 1 {
                let _ = writeln!(out, "   seen {} times", c.occurrences);
            }
        }
        if !self.causes.is_empty() {
            out.push('\n');
        }
        let w = self
            .operations
            .iter()
            .map(|o| o.operation.len())
            .max()
            .unwrap_or(9)
            .max(9);
        let _ = writeln!(
            out,
            "{:<w$}  {:>8}  {:<28}  failures",
            "operation", "requests", "statuses"
        );
        for o in &self.operations {
            let statuses = o
                .statuses
                .iter()
                .map(|(s, n)| {
                    if *s == 0 {
                        format!("dropped×{n}")
                    } else {
                        format!("{s}×{n}")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let fails = if o.failures.is_empty() {
                "-".to_string()
            } else {
                o.failures
                    .iter()
                    .map(|(c, n)| format!("{c}×{n}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let _ = writeln!(
                out,
                "{:<w$}  {:>8}  {:<28}  {}",
                o.operation, o.requests, statuses, fails
            );
        }
        for w in &self.warnings {
            let _ = writeln!(out, "\nwarning: {w}");
        }
        let t = &self.totals;
        let _ = writeln!(
            out,
            "\n{} requests in {:.2}s wall, {:.2}s CPU ({:.0} requests per CPU-second); {} causes, {} distinct failures; seed {}",
            t.requests,
            t.wall_seconds,
            t.cpu_seconds,
            t.requests_per_cpu_second,
            self.causes.len(),
            t.failures,
            self.seed
        );
        if t.transport_errors > 0 {
            let _ = writeln!(
                out,
                "{} requests got no response (timeouts or connection errors), e.g. {}",
                t.transport_errors,
                self.transport_errors
                    .first()
                    .map(String::as_str)
                    .unwrap_or("")
            );
        }
        out
    }

    /// JUnit XML: a passing test case per operation without failures, and one test case
    /// with exactly one `<failure>` per (operation, cause).
    pub fn to_junit(&self) -> String {
        let mut cases: Vec<(String, Option<CauseOnOp>)> = Vec::new();
        let mut failing_ops = std::collections::BTreeSet::new();
        for c in &self.causes {
            let mut by_op: Vec<(&str, Vec<&FailureRecord>)> = Vec::new();
            for i in &c.failures {
                let Some(f) = self.failures.get(*i) else {
                    continue;
                };
                match by_op.iter_mut().find(|(o, _)| *o == f.operation) {
                    Some((_, v)) => v.push(f),
                    None => by_op.push((f.operation.as_str(), vec![f])),
                }
            }
            for (op, fs) in by_op {
                failing_ops.insert(op.to_string());
                cases.push((op.to_string(), Some((c, fs))));
            }
        }
        for o in &self.operations {
            if !failing_ops.contains(&o.operation) {
                cases.push((o.operation.clone(), None));
            }
        }
        let failed = cases.iter().filter(|(_, f)| f.is_some()).count();
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"stipula fuzz\" tests=\"{}\" failures=\"{failed}\" time=\"{:.3}\">",
            cases.len(),
            self.totals.wall_seconds
        );
        let _ = writeln!(
            out,
            "  <testsuite name=\"stipula fuzz {}\" tests=\"{}\" failures=\"{failed}\" time=\"{:.3}\">",
            xml(&self.base_url),
            cases.len(),
            self.totals.wall_seconds
        );
        for (op, fail) in &cases {
            match fail {
                None => {
                    let _ = writeln!(
                        out,
                        "    <testcase classname=\"stipula.fuzz\" name=\"{}\"/>",
                        xml(op)
                    );
                }
                Some((c, fs)) => {
                    let f = fs
                        .iter()
                        .copied()
                        .max_by_key(|f| f.shrink_steps)
                        .unwrap_or(fs[0]);
                    let seen: u64 = fs.iter().map(|f| f.occurrences).sum();
                    let _ = writeln!(
                        out,
                        "    <testcase classname=\"stipula.fuzz\" name=\"{} [{} #{}]\">\n      <failure type=\"{}\" message=\"{}\">{}\ncause #{} on {} operation(s), seen {seen} time(s) here\nreproduce: {}</failure>\n    </testcase>",
                        xml(op),
                        c.check.name(),
                        c.id,
                        c.check.name(),
                        xml(&f.message),
                        xml(&format!("{} ({})", c.message, f.location)),
                        c.id,
                        c.operations.len(),
                        xml(&f.curl)
                    );
                }
            }
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}

/// A cause and its failures on one operation (one JUnit test case).
type CauseOnOp<'a> = (&'a Cause, Vec<&'a FailureRecord>);

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' && c != '\r' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}
