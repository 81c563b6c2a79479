//! Reports: the run's JSON document (`--report`), JUnit XML (`--junit`), the summary table,
//! `curl` reproductions, and secret masking.

use crate::checks::{CaseKind, Check, Finding, HttpResponse};
use crate::config::{Phase, is_secret_header};
use crate::request::HttpRequest;
use crate::runner::Origin;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Replaces secrets (tokens, passwords, sensitive header values) with `***`.
#[derive(Clone, Debug, Default)]
pub struct Masker {
    secrets: Vec<String>,
}

impl Masker {
    pub fn new(mut secrets: Vec<String>) -> Masker {
        secrets.retain(|s| s.len() >= 3);
        // Longest first, so a token is masked before a substring of it.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        let encoded: Vec<String> = secrets
            .iter()
            .map(|s| {
                percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC)
                    .to_string()
            })
            .filter(|e| !secrets.contains(e))
            .collect();
        secrets.extend(encoded);
        Masker { secrets }
    }

    pub fn mask(&self, s: &str) -> String {
        let mut out = s.to_string();
        for secret in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), "***");
            }
        }
        out
    }

    fn header(&self, k: &str, v: &str) -> (String, String) {
        if is_secret_header(k)
            && !v.starts_with("stipula-invalid")
            && !v.contains("stipula-invalid")
            && v != "Basic c3RpcHVsYTppbnZhbGlk"
        {
            // Keep the scheme word of Authorization (`Bearer ***`) so the reader sees the shape.
            let shown = match v.split_once(' ') {
                Some((scheme, _)) if k.eq_ignore_ascii_case("authorization") => {
                    format!("{scheme} ***")
                }
                _ => "***".to_string(),
            };
            return (k.to_string(), shown);
        }
        (k.to_string(), self.mask(v))
    }
}

/// A request as reports show it.
#[derive(Clone, Debug, Serialize)]
pub struct ShownRequest {
    pub method: String,
    pub url: String,
    pub headers: BTreeMap<String, String>,
    pub body: Option<String>,
}

/// A response as reports show it.
#[derive(Clone, Debug, Serialize)]
pub struct ShownResponse {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    /// The first 2,000 characters of the body.
    pub body: String,
}

const EXCERPT: usize = 2000;

fn excerpt(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    if s.len() > EXCERPT {
        format!(
            "{}… ({} bytes)",
            &s[..floor_boundary(&s, EXCERPT)],
            bytes.len()
        )
    } else {
        s.into_owned()
    }
}

impl ShownRequest {
    pub fn new(m: &Masker, r: &HttpRequest) -> ShownRequest {
        ShownRequest {
            method: r.method.clone(),
            url: m.mask(&r.url),
            headers: r.headers.iter().map(|(k, v)| m.header(k, v)).collect(),
            body: r.body.as_ref().map(|b| m.mask(&excerpt(b))),
        }
    }
}

fn shell_quote(s: &str) -> String {
    if s.chars().all(|c| !c.is_control() || c == '\n') {
        format!("'{}'", s.replace('\'', "'\\''"))
    } else {
        let mut out = String::from("$'");
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\'' => out.push_str("\\'"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    }
}

/// A `curl` command that sends `r` again (secrets masked).
pub fn curl(m: &Masker, r: &HttpRequest) -> String {
    let mut out = format!("curl -X {} {}", r.method, shell_quote(&m.mask(&r.url)));
    for (k, v) in &r.headers {
        let (k, v) = m.header(k, v);
        let _ = write!(out, " -H {}", shell_quote(&format!("{k}: {v}")));
    }
    if let Some(b) = &r.body {
        let _ = write!(
            out,
            " --data-binary {}",
            shell_quote(&m.mask(&String::from_utf8_lossy(b)))
        );
    }
    out
}

/// One step of a stateful sequence.
#[derive(Clone, Debug, Serialize)]
pub struct StepRecord {
    pub operation: String,
    pub request: ShownRequest,
    pub status: u16,
    pub curl: String,
}

impl StepRecord {
    pub fn new(m: &Masker, operation: &str, r: &HttpRequest, status: u16) -> StepRecord {
        StepRecord {
            operation: operation.to_string(),
            request: ShownRequest::new(m, r),
            status,
            curl: curl(m, r),
        }
    }
}

/// One distinct failure: (check, operation, cause).
#[derive(Clone, Debug, Serialize)]
pub struct FailureRecord {
    pub check: Check,
    /// `"METHOD /path/template"`.
    pub operation: String,
    pub operation_id: Option<String>,
    /// Where the operation is in the spec (`file:line:col`).
    pub location: String,
    pub cause: String,
    pub seconds_since_start: f64,
    pub message: String,
    pub phase: Phase,
    pub request: ShownRequest,
    pub response: ShownResponse,
    /// The calls that led here (stateful failures), last one included.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepRecord>,
    pub curl: String,
    /// How many times this failure was seen.
    pub occurrences: u64,
    /// Simplifications that kept the failure (0 = not shrunk).
    pub shrink_steps: u32,
    #[serde(skip)]
    pub origin: Option<Origin>,
    /// The steps of a stateful failure, to shrink it.
    #[serde(skip)]
    pub sequence: Option<crate::runner::Sequence>,
    #[serde(skip)]
    pub kind: CaseKind,
}

impl FailureRecord {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        m: &Masker,
        f: &Finding,
        operation: String,
        operation_id: Option<String>,
        location: String,
        seconds: f64,
        req: &HttpRequest,
        resp: &HttpResponse,
        steps: Vec<StepRecord>,
        phase: Phase,
        origin: Option<Origin>,
    ) -> FailureRecord {
        let kind = match &origin {
            Some(o) => match &o.edit {
                Some(e) => CaseKind::Negative {
                    description: e.description.clone(),
                    keyword: e.keyword,
                },
                None => CaseKind::Positive,
            },
            None => CaseKind::Unchecked,
        };
        let steps = if steps.len() > 1 { steps } else { Vec::new() };
        FailureRecord {
            check: f.check,
            operation,
            operation_id,
            location,
            cause: m.mask(&f.cause),
            seconds_since_start: (seconds * 1000.0).round() / 1000.0,
            message: m.mask(&f.message),
            phase,
            request: ShownRequest::new(m, req),
            response: ShownResponse {
                status: resp.status,
                headers: resp.headers.iter().map(|(k, v)| m.header(k, v)).collect(),
                body: m.mask(&excerpt(&resp.body)),
            },
            steps,
            curl: curl(m, req),
            occurrences: 1,
            shrink_steps: 0,
            origin,
            sequence: None,
            kind,
        }
    }

    /// Replace the exchange with a smaller one that fails the same way.
    pub fn replace_exchange(&mut self, m: &Masker, req: &HttpRequest, resp: &HttpResponse) {
        self.request = ShownRequest::new(m, req);
        self.response = ShownResponse {
            status: resp.status,
            headers: resp.headers.iter().map(|(k, v)| m.header(k, v)).collect(),
            body: m.mask(&excerpt(&resp.body)),
        };
        self.curl = curl(m, req);
    }
}

/// The largest char boundary of `s` at or below `n`.
pub fn floor_boundary(s: &str, n: usize) -> usize {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Per-operation counters.
#[derive(Clone, Debug, Default, Serialize)]
pub struct OpStats {
    pub operation: String,
    pub operation_id: Option<String>,
    pub requests: u64,
    /// Status code → count.
    pub statuses: BTreeMap<u16, u64>,
    /// Check name → distinct failures.
    pub failures: BTreeMap<String, u64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Totals {
    pub requests: u64,
    pub wall_seconds: f64,
    /// CPU seconds used by this process (user + system) during the run.
    pub cpu_seconds: f64,
    pub requests_per_cpu_second: f64,
    /// Distinct failures.
    pub failures: usize,
    pub transport_errors: u64,
    /// Generated cases not sent (invalid where they had to be valid, or not serializable).
    pub rejected_cases: u64,
}

/// The result of a run. Serializes to the `--report` JSON document.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub base_url: String,
    pub seed: u64,
    pub totals: Totals,
    pub operations: Vec<OpStats>,
    pub failures: Vec<FailureRecord>,
    pub warnings: Vec<String>,
    pub transport_errors: Vec<String>,
}

impl Report {
    /// Did any check fail?
    pub fn failed(&self) -> bool {
        !self.failures.is_empty()
    }

    /// Distinct failures of one check.
    pub fn of(&self, check: Check) -> impl Iterator<Item = &FailureRecord> {
        self.failures.iter().filter(move |f| f.check == check)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The summary table and failure details, for people.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
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
                .map(|(s, n)| format!("{s}×{n}"))
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
        for (i, f) in self.failures.iter().enumerate() {
            let _ = writeln!(
                out,
                "\n{}. {} — {} ({})",
                i + 1,
                f.check.name(),
                f.operation,
                f.location
            );
            let _ = writeln!(out, "   {}", f.message);
            if !f.steps.is_empty() {
                let _ = writeln!(out, "   sequence:");
                for s in &f.steps {
                    let _ = writeln!(out, "     {} → {}", s.curl, s.status);
                }
            }
            let _ = writeln!(out, "   reproduce: {}", f.curl);
            if f.occurrences > 1 {
                let _ = writeln!(out, "   seen {} times", f.occurrences);
            }
        }
        for w in &self.warnings {
            let _ = writeln!(out, "\nwarning: {w}");
        }
        let t = &self.totals;
        let _ = writeln!(
            out,
            "\n{} requests in {:.2}s wall, {:.2}s CPU ({:.0} requests per CPU-second); {} distinct failures; seed {}",
            t.requests,
            t.wall_seconds,
            t.cpu_seconds,
            t.requests_per_cpu_second,
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

    /// JUnit XML: one test case per operation, one `<failure>` per distinct failure.
    pub fn to_junit(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"stipula fuzz\" tests=\"{}\" failures=\"{}\" time=\"{:.3}\">",
            self.operations.len(),
            self.failures.len(),
            self.totals.wall_seconds
        );
        let failing_ops = self
            .failures
            .iter()
            .map(|f| f.operation.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let _ = writeln!(
            out,
            "  <testsuite name=\"stipula fuzz {}\" tests=\"{}\" failures=\"{}\" time=\"{:.3}\">",
            xml(&self.base_url),
            self.operations.len(),
            failing_ops,
            self.totals.wall_seconds
        );
        for o in &self.operations {
            let _ = write!(
                out,
                "    <testcase classname=\"stipula.fuzz\" name=\"{}\"",
                xml(&o.operation)
            );
            let fs: Vec<&FailureRecord> = self
                .failures
                .iter()
                .filter(|f| f.operation == o.operation)
                .collect();
            if fs.is_empty() {
                let _ = writeln!(out, "/>");
                continue;
            }
            let _ = writeln!(out, ">");
            for f in fs {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}\nreproduce: {}</failure>",
                    f.check.name(),
                    xml(&f.message),
                    xml(&format!("{} ({})", f.message, f.location)),
                    xml(&f.curl)
                );
            }
            let _ = writeln!(out, "    </testcase>");
        }
        // Failures on undeclared methods name an operation that is not in the list.
        for f in self
            .failures
            .iter()
            .filter(|f| !self.operations.iter().any(|o| o.operation == f.operation))
        {
            let _ = writeln!(
                out,
                "    <testcase classname=\"stipula.fuzz\" name=\"{}\">\n      <failure type=\"{}\" message=\"{}\">reproduce: {}</failure>\n    </testcase>",
                xml(&f.operation),
                f.check.name(),
                xml(&f.message),
                xml(&f.curl)
            );
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}

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

/// CPU seconds (user + system) this process has used.
pub fn cpu_seconds() -> f64 {
    #[cfg(unix)]
    {
        let mut u = std::mem::MaybeUninit::<libc::rusage>::zeroed();
        // SAFETY: getrusage writes a plain C struct into the buffer we own.
        let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, u.as_mut_ptr()) };
        if rc == 0 {
            // SAFETY: rc == 0 means the struct was filled in.
            let u = unsafe { u.assume_init() };
            let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            return tv(u.ru_utime) + tv(u.ru_stime);
        }
        0.0
    }
    #[cfg(not(unix))]
    {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_and_curl() {
        let m = Masker::new(vec!["s3cr3t-token".into()]);
        let r = HttpRequest {
            method: "POST".into(),
            url: "http://127.0.0.1:1/pets?key=s3cr3t-token".into(),
            headers: vec![
                ("Authorization".into(), "Bearer s3cr3t-token".into()),
                ("X-Api-Key".into(), "abc123".into()),
                ("Content-Type".into(), "application/json".into()),
            ],
            body: Some(b"{\"name\":\"it's\"}".to_vec()),
        };
        let c = curl(&m, &r);
        assert!(!c.contains("s3cr3t"), "{c}");
        assert!(!c.contains("abc123"), "{c}");
        assert!(c.contains("-H 'Authorization: Bearer ***'"), "{c}");
        assert!(c.contains("--data-binary '{\"name\":\"it'\\''s\"}'"), "{c}");
        assert_eq!(shell_quote("a\r\nb"), "$'a\\r\\nb'");
    }
}
