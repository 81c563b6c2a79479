//! Reports: the run's JSON document (`--report`), JUnit XML (`--junit`), the summary table,
//! `curl` reproductions, and secret masking.

use crate::case::Origin;
use crate::checks::{CaseKind, Check, Finding, HttpResponse};
use crate::config::{Phase, is_secret_header};
use crate::request::HttpRequest;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

mod output;

/// Replaces secrets (tokens, passwords, sensitive header values) with `***`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Masker {
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
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ShownRequest {
    /// HTTP method, upper case.
    pub method: String,
    /// Full URL, secrets masked.
    pub url: String,
    /// Request headers, secrets masked.
    pub headers: BTreeMap<String, String>,
    /// Body as text (lossy UTF-8), when there is one.
    pub body: Option<String>,
}

/// A response as reports show it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ShownResponse {
    /// HTTP status code.
    pub status: u16,
    /// Response headers.
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
    pub(crate) fn new(m: &Masker, r: &HttpRequest) -> ShownRequest {
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
pub(crate) fn curl(m: &Masker, r: &HttpRequest) -> String {
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
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StepRecord {
    /// `"METHOD /path/template"` of the step.
    pub operation: String,
    /// The request the step sent.
    pub request: ShownRequest,
    /// Status the server answered.
    pub status: u16,
    /// A `curl` line that replays the step.
    pub curl: String,
}

impl StepRecord {
    pub(crate) fn new(m: &Masker, operation: &str, r: &HttpRequest, status: u16) -> StepRecord {
        StepRecord {
            operation: operation.to_string(),
            request: ShownRequest::new(m, r),
            status,
            curl: curl(m, r),
        }
    }
}

/// One distinct failure: (check, operation, cause).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FailureRecord {
    /// The check that failed.
    pub check: Check,
    /// `"METHOD /path/template"`.
    pub operation: String,
    /// The operation's operationId, when it has one.
    pub operation_id: Option<String>,
    /// Where the operation is in the spec (`file:line:col`).
    pub location: String,
    /// What tells this failure from others of the same check and operation (status and
    /// response shape, schema location, probed constraint, ...).
    pub cause: String,
    /// Seconds from the start of the run to the first occurrence.
    pub seconds_since_start: f64,
    /// Requests sent before it was first seen (time to the first finding, in requests).
    #[serde(default)]
    pub requests_before: u64,
    /// What went wrong, for a person.
    pub message: String,
    /// The phase whose request found it.
    pub phase: Phase,
    /// The (shrunk) request that fails.
    pub request: ShownRequest,
    /// What the server answered to it.
    pub response: ShownResponse,
    /// The calls that led here (stateful failures), last one included.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub steps: Vec<StepRecord>,
    /// A `curl` line that replays the request.
    pub curl: String,
    /// How many times this failure was seen.
    pub occurrences: u64,
    /// Simplifications that kept the failure (0 = not shrunk).
    pub shrink_steps: u32,
    /// The cause this failure belongs to (index into `Report::causes`).
    #[serde(default)]
    pub cause_id: usize,
    /// Where the generated case came from, to shrink it.
    #[serde(skip)]
    pub(crate) origin: Option<Origin>,
    /// The steps of a stateful failure, to shrink it.
    #[serde(skip)]
    pub(crate) sequence: Option<crate::case::Sequence>,
    /// Whether the case was valid or broke a constraint, which decides what the checks expect.
    #[serde(skip)]
    pub(crate) kind: CaseKind,
}

impl FailureRecord {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
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
            requests_before: 0,
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
            cause_id: 0,
            origin,
            sequence: None,
            kind,
        }
    }

    /// Replace the exchange with a smaller one that fails the same way.
    pub(crate) fn replace_exchange(&mut self, m: &Masker, req: &HttpRequest, resp: &HttpResponse) {
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
pub(crate) fn floor_boundary(s: &str, n: usize) -> usize {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Per-operation counters.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OpStats {
    /// `"METHOD /path/template"`.
    pub operation: String,
    /// The operation's operationId, when it has one.
    pub operation_id: Option<String>,
    /// Requests sent to it.
    pub requests: u64,
    /// Status code → count.
    pub statuses: BTreeMap<u16, u64>,
    /// Check name → distinct failures.
    pub failures: BTreeMap<String, u64>,
}

/// Run-wide figures.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Totals {
    /// Requests sent.
    pub requests: u64,
    /// Seconds from start to report.
    pub wall_seconds: f64,
    /// CPU seconds used by this process (user + system) during the run.
    pub cpu_seconds: f64,
    /// Requests per CPU second of this process (what the fuzzer itself costs).
    pub requests_per_cpu_second: f64,
    /// Distinct failures: (check, operation, cause).
    pub failures: usize,
    /// Root causes the failures group into.
    #[serde(default)]
    pub causes: usize,
    /// Requests that got no HTTP response (refused, reset, timed out).
    pub transport_errors: u64,
    /// Generated cases not sent (invalid where they had to be valid, or not serializable).
    pub rejected_cases: u64,
}

/// The result of a run. Serializes to the `--report` JSON document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    /// Where requests went.
    pub base_url: String,
    /// The seed: rerun with it to send the same requests.
    pub seed: u64,
    /// Run-wide figures.
    pub totals: Totals,
    /// Per-operation counters, in spec order.
    pub operations: Vec<OpStats>,
    /// Root causes, most operations first; each lists its failures (indices into `failures`).
    #[serde(default)]
    pub causes: Vec<Cause>,
    /// Distinct failures: one per (check, operation, cause).
    pub failures: Vec<FailureRecord>,
    /// What limited the run and what was left out, for the user to act on.
    pub warnings: Vec<String>,
    /// A sample of the transport errors (no HTTP response).
    pub transport_errors: Vec<String>,
    /// Optional parameters the server rejected whatever their value (left out after that).
    #[serde(default)]
    pub rejected_parameters: Vec<RejectedParameter>,
}

/// An optional parameter the server answered `status` to whatever its value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RejectedParameter {
    /// `query`, `header` or `cookie`.
    pub location: String,
    /// The parameter's name.
    pub name: String,
    /// The status it got whatever its value.
    pub status: u16,
}

/// One root cause: failures of one check with the same cause (status and response shape,
/// schema location, probed constraint, ...) on any number of operations.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cause {
    /// Its index in `Report::causes`.
    pub id: usize,
    /// The check that failed.
    pub check: Check,
    /// The shared cause key.
    pub cause: String,
    /// The representative's message.
    pub message: String,
    /// The parameter the server rejects whatever its value, when one was found.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub parameter: Option<String>,
    /// Operations it was seen on.
    pub operations: Vec<String>,
    /// Times seen, over all its failures.
    pub occurrences: u64,
    /// The failure whose request reproduces it (shrunk where possible).
    pub representative: usize,
    /// A `curl` line that reproduces it.
    pub curl: String,
    /// Every failure of this cause (indices into `Report::failures`).
    pub failures: Vec<usize>,
}

/// Group failures into causes (sets `cause_id` of each). `muted`: parameters found to be
/// rejected whatever their value, (location name, parameter name, status): failures whose
/// request sent one and got that status are put under it.
pub(crate) fn group_causes(
    failures: &mut [FailureRecord],
    muted: &[RejectedParameter],
) -> Vec<Cause> {
    let mut order: Vec<(Check, String)> = Vec::new();
    let mut members: BTreeMap<(Check, String), Vec<usize>> = BTreeMap::new();
    let mut params: BTreeMap<(Check, String), String> = BTreeMap::new();
    for (i, f) in failures.iter().enumerate() {
        let offending = muted.iter().find(|m| {
            f.response.status == m.status
                && matches!(
                    f.check,
                    Check::PositiveDataAcceptance | Check::StatusCodeConformance
                )
                && sent_param(&f.request, &m.location, &m.name)
        });
        let key = match offending.map(|m| (&m.location, &m.name, m.status)) {
            Some((loc, name, status)) => {
                let k = (f.check, format!("{status} {loc} parameter `{name}`"));
                params.insert(k.clone(), format!("{loc} parameter `{name}`"));
                k
            }
            // A crash or a 500 is a defect of one handler: the same generic "Internal Server
            // Error" from two handlers is two bugs. 502/503/504 (overload, a locked database,
            // a gateway) are one cause wherever they happen.
            None if f.check == Check::ServerCrash
                || f.check == Check::ServerError
                    && ![502, 503, 504].contains(&f.response.status) =>
            {
                (f.check, format!("{} {}", f.operation, f.cause))
            }
            None => (f.check, f.cause.clone()),
        };
        if !members.contains_key(&key) {
            order.push(key.clone());
        }
        members.entry(key).or_default().push(i);
    }
    let mut causes: Vec<Cause> = order
        .into_iter()
        .map(|key| {
            let idx = members.remove(&key).unwrap_or_default();
            let rep = idx
                .iter()
                .copied()
                .max_by_key(|i| (failures[*i].shrink_steps, std::cmp::Reverse(*i)))
                .unwrap_or(0);
            let mut ops: Vec<String> = Vec::new();
            for i in &idx {
                if !ops.contains(&failures[*i].operation) {
                    ops.push(failures[*i].operation.clone());
                }
            }
            let parameter = params.get(&key).cloned();
            let message = match &parameter {
                Some(p) => format!(
                    "{} (the server rejects {p} whatever its value; the spec states no format for it)",
                    failures[rep].message
                ),
                None => failures[rep].message.clone(),
            };
            Cause {
                id: 0,
                check: key.0,
                cause: key.1,
                message,
                parameter,
                operations: ops,
                occurrences: idx.iter().map(|i| failures[*i].occurrences).sum(),
                representative: rep,
                curl: failures[rep].curl.clone(),
                failures: idx,
            }
        })
        .collect();
    // Crashes and server errors first, then by the number of operations.
    causes.sort_by_key(|c| {
        (
            !matches!(c.check, Check::ServerCrash | Check::ServerError),
            std::cmp::Reverse(c.operations.len()),
            c.failures.first().copied().unwrap_or(0),
        )
    });
    for (id, c) in causes.iter_mut().enumerate() {
        c.id = id + 1;
        for i in &c.failures {
            failures[*i].cause_id = id + 1;
        }
    }
    causes
}

/// Combine the reports of shards (`stipula fuzz-merge`): operations, failures and warnings
/// of all, totals added up (wall time: the longest), causes grouped again over all failures.
pub fn merge(reports: Vec<Report>) -> Report {
    let mut out = Report {
        base_url: String::new(),
        seed: 0,
        totals: Totals {
            requests: 0,
            wall_seconds: 0.0,
            cpu_seconds: 0.0,
            requests_per_cpu_second: 0.0,
            failures: 0,
            causes: 0,
            transport_errors: 0,
            rejected_cases: 0,
        },
        operations: Vec::new(),
        causes: Vec::new(),
        failures: Vec::new(),
        warnings: Vec::new(),
        transport_errors: Vec::new(),
        rejected_parameters: Vec::new(),
    };
    for (i, r) in reports.into_iter().enumerate() {
        if i == 0 {
            out.base_url = r.base_url;
            out.seed = r.seed;
        }
        let t = &mut out.totals;
        t.requests += r.totals.requests;
        t.wall_seconds = t.wall_seconds.max(r.totals.wall_seconds);
        t.cpu_seconds += r.totals.cpu_seconds;
        t.transport_errors += r.totals.transport_errors;
        t.rejected_cases += r.totals.rejected_cases;
        for o in r.operations {
            match out
                .operations
                .iter_mut()
                .find(|x| x.operation == o.operation)
            {
                Some(x) => {
                    x.requests += o.requests;
                    for (s, n) in o.statuses {
                        *x.statuses.entry(s).or_default() += n;
                    }
                    for (c, n) in o.failures {
                        *x.failures.entry(c).or_default() += n;
                    }
                }
                None => out.operations.push(o),
            }
        }
        out.failures.extend(r.failures);
        for w in r.warnings {
            if !out.warnings.contains(&w) {
                out.warnings.push(w);
            }
        }
        for e in r.transport_errors {
            if out.transport_errors.len() < 10 {
                out.transport_errors.push(e);
            }
        }
        for p in r.rejected_parameters {
            if !out.rejected_parameters.contains(&p) {
                out.rejected_parameters.push(p);
            }
        }
    }
    let t = &mut out.totals;
    t.requests_per_cpu_second = if t.cpu_seconds > 0.0 {
        t.requests as f64 / t.cpu_seconds
    } else {
        0.0
    };
    out.causes = group_causes(&mut out.failures, &out.rejected_parameters);
    out.totals.failures = out.failures.len();
    out.totals.causes = out.causes.len();
    out
}

/// Did the shown request send parameter `name` in `loc`?
fn sent_param(r: &ShownRequest, loc: &str, name: &str) -> bool {
    match loc {
        "header" => r.headers.keys().any(|k| k.eq_ignore_ascii_case(name)),
        "query" => {
            reqwest::Url::parse(&r.url).is_ok_and(|u| u.query_pairs().any(|(k, _)| k == name))
        }
        "cookie" => r
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("cookie"))
            .any(|(_, v)| {
                v.split(';')
                    .any(|c| c.trim().starts_with(&format!("{name}=")))
            }),
        _ => false,
    }
}

/// CPU seconds (user + system) this process has used.
pub(crate) fn cpu_seconds() -> f64 {
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
