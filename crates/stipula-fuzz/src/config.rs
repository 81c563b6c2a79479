//! Run configuration and the parsers for its textual forms (CLI flags).

use crate::checks::Check;
use std::time::Duration;
use stipula_spec::{Operation, ParamLocation};

/// Generation phases, in the order they run.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// The spec's own examples and defaults.
    Examples,
    /// Boundary values of each constraint (min/max, lengths, each enum value).
    Boundary,
    /// Random valid requests.
    Positive,
    /// Random requests that break exactly one constraint.
    Negative,
    /// Sequences of operations sharing a resource (links and inferred create → read/delete).
    Stateful,
}

impl Phase {
    /// Every phase, in the order they run.
    pub const ALL: [Phase; 5] = [
        Phase::Examples,
        Phase::Boundary,
        Phase::Positive,
        Phase::Negative,
        Phase::Stateful,
    ];
    /// The lower-case name used by `--phases`.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Examples => "examples",
            Phase::Boundary => "boundary",
            Phase::Positive => "positive",
            Phase::Negative => "negative",
            Phase::Stateful => "stateful",
        }
    }
    /// The phase whose [`Phase::name`] is `s`.
    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.name() == s)
    }
}

/// Credentials added to every request.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    /// `Authorization: Bearer <token>`.
    Bearer(String),
    /// `Authorization: Basic` of user and password.
    Basic(String, String),
}

impl Auth {
    /// `bearer:TOKEN` or `basic:USER:PASS`.
    pub fn parse(s: &str) -> Result<Auth, String> {
        if let Some(t) = s.strip_prefix("bearer:") {
            if t.is_empty() {
                return Err(
                    "`--auth bearer:` needs a token after the colon, e.g. `--auth bearer:$TOKEN`"
                        .into(),
                );
            }
            return Ok(Auth::Bearer(t.to_string()));
        }
        if let Some(rest) = s.strip_prefix("basic:") {
            let (u, p) = rest.split_once(':').ok_or(
                "`--auth basic:` needs `basic:USER:PASS`, e.g. `--auth basic:ci:$PASSWORD`",
            )?;
            return Ok(Auth::Basic(u.to_string(), p.to_string()));
        }
        Err(format!(
            "unknown --auth form `{}`: use `bearer:TOKEN` or `basic:USER:PASS`",
            s.split(':').next().unwrap_or("")
        ))
    }

    /// The `Authorization` header value.
    pub fn header(&self) -> String {
        match self {
            Auth::Bearer(t) => format!("Bearer {t}"),
            Auth::Basic(u, p) => format!(
                "Basic {}",
                stipula_schema::strategy::base64(format!("{u}:{p}").as_bytes())
            ),
        }
    }

    /// Strings that must never appear in a report.
    pub fn secrets(&self) -> Vec<String> {
        match self {
            Auth::Bearer(t) => vec![t.clone()],
            Auth::Basic(u, p) => vec![
                stipula_schema::strategy::base64(format!("{u}:{p}").as_bytes()),
                p.clone(),
            ],
        }
    }
}

/// An operation filter for `--include` / `--exclude`.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    /// An HTTP method, any case (`GET`).
    Method(String),
    /// An operation tag.
    Tag(String),
    /// An operationId.
    OperationId(String),
    /// Path glob: `*` matches within a segment, `**` across segments.
    Path(String),
}

impl Filter {
    /// `GET`, `method:get`, `tag:pets`, `id:getPet`, `/pets/*`, `path:/pets/**`; a bare word is
    /// an operationId (or a tag if no operation has that id: see `Filter::matches`).
    pub fn parse(s: &str) -> Result<Filter, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("empty --include/--exclude value: use e.g. `DELETE`, `tag:admin`, `id:deletePet` or `/admin/**`".into());
        }
        if let Some(m) = s.strip_prefix("method:") {
            return Ok(Filter::Method(m.to_ascii_uppercase()));
        }
        if let Some(t) = s.strip_prefix("tag:") {
            return Ok(Filter::Tag(t.to_string()));
        }
        if let Some(t) = s
            .strip_prefix("id:")
            .or_else(|| s.strip_prefix("operationId:"))
        {
            return Ok(Filter::OperationId(t.to_string()));
        }
        if let Some(p) = s.strip_prefix("path:") {
            return Ok(Filter::Path(p.to_string()));
        }
        if s.starts_with('/') {
            return Ok(Filter::Path(s.to_string()));
        }
        const METHODS: [&str; 9] = [
            "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY",
        ];
        if METHODS.contains(&s)
            || METHODS.contains(&s.to_ascii_uppercase().as_str())
                && s.chars().all(|c| c.is_ascii_uppercase())
        {
            return Ok(Filter::Method(s.to_ascii_uppercase()));
        }
        Ok(Filter::OperationId(s.to_string()))
    }

    pub(crate) fn matches(&self, op: &Operation) -> bool {
        match self {
            Filter::Method(m) => op.method.as_str().eq_ignore_ascii_case(m),
            Filter::Tag(t) => op.tags.iter().any(|x| x == t),
            Filter::OperationId(id) => {
                op.operation_id.as_deref() == Some(id.as_str()) || op.tags.iter().any(|x| x == id)
            }
            Filter::Path(g) => glob(g, &op.path),
        }
    }
}

/// Glob over `/`-separated paths: `*` within a segment, `**` any number of segments.
pub(crate) fn glob(pattern: &str, path: &str) -> bool {
    fn seg(p: &[u8], s: &[u8]) -> bool {
        match (p.first(), s.first()) {
            (None, None) => true,
            (Some(b'*'), _) => seg(&p[1..], s) || (!s.is_empty() && seg(p, &s[1..])),
            (Some(a), Some(b)) if a == b => seg(&p[1..], &s[1..]),
            _ => false,
        }
    }
    fn segs(p: &[&str], s: &[&str]) -> bool {
        match (p.first(), s.first()) {
            (None, None) => true,
            (Some(&"**"), _) => segs(&p[1..], s) || (!s.is_empty() && segs(p, &s[1..])),
            (Some(a), Some(b)) => seg(a.as_bytes(), b.as_bytes()) && segs(&p[1..], &s[1..]),
            _ => false,
        }
    }
    let p: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let s: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    segs(&p, &s)
}

/// `60s`, `5m`, `1h`, `500ms`, or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration: use e.g. `60s`, `5m`, `500ms`"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" | "sec" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("unknown unit `{unit}` in `{s}`: use ms, s, m or h")),
    };
    if !secs.is_finite() || !(0.0..=1.0e7).contains(&secs) {
        return Err(format!("duration `{s}` is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// `100/s`, `600/m`, or a bare number per second.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let (n, per) = s.split_once('/').unwrap_or((s, "s"));
    let n: f64 = n
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a rate: use e.g. `100/s` or `600/m`"))?;
    let r = match per.trim() {
        "s" | "sec" => n,
        "m" | "min" => n / 60.0,
        "h" => n / 3600.0,
        other => {
            return Err(format!(
                "unknown rate unit `/{other}` in `{s}`: use /s, /m or /h"
            ));
        }
    };
    if !(r > 0.0 && r.is_finite()) {
        return Err(format!("rate `{s}` must be positive"));
    }
    Ok(r)
}

/// `Name: value`.
pub fn parse_header(s: &str) -> Result<(String, String), String> {
    let (k, v) = s
        .split_once(':')
        .ok_or_else(|| format!("header `{s}` has no colon: use `-H 'Name: value'`"))?;
    let k = k.trim();
    if k.is_empty()
        || !k
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    {
        return Err(format!("`{k}` is not a valid header name (in `-H {s}`)"));
    }
    let v = v.trim();
    if v.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
        return Err(format!(
            "the value of header `{k}` contains a line break or NUL"
        ));
    }
    Ok((k.to_string(), v.to_string()))
}

/// Header names whose values are secrets.
pub(crate) fn is_secret_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n == "authorization"
        || n == "proxy-authorization"
        || n == "cookie"
        || [
            "token",
            "secret",
            "key",
            "auth",
            "session",
            "password",
            "credential",
        ]
        .iter()
        .any(|w| n.contains(w))
}

/// A pinned parameter value (`--param [OPERATION:][in:]NAME=VALUE`): every request that
/// has this parameter sends this value (negative cases may still break it on purpose).
#[derive(Clone, Debug, PartialEq)]
pub struct ParamPin {
    /// An operationId or `METHOD /path` (`None`: every operation).
    pub operation: Option<String>,
    /// Where the parameter travels (`None`: wherever a parameter of that name is).
    pub location: Option<ParamLocation>,
    /// The parameter's name (headers: any case).
    pub name: String,
    /// The text as given; typed by the parameter's schema (`5` is a number where the schema
    /// says integer, a string where it says string).
    pub value: String,
}

impl ParamPin {
    /// `tenant=default`, `path:tenant=default`, `createCollection:path:tenant=default`,
    /// `GET /pets/{id}:query:limit=5`.
    pub fn parse(s: &str) -> Result<ParamPin, String> {
        let (left, value) = s.split_once('=').ok_or_else(|| {
            format!("`{s}` has no `=`: use `--param NAME=VALUE`, e.g. `--param path:tenant=default_tenant`")
        })?;
        let mut parts: Vec<&str> = left.rsplitn(3, ':').collect();
        parts.reverse();
        let name = parts.pop().unwrap_or("").trim().to_string();
        if name.is_empty() {
            return Err(format!("`{s}`: the parameter name before `=` is empty"));
        }
        let mut location = None;
        if let Some(l) = parts.last() {
            location = match l.trim().to_ascii_lowercase().as_str() {
                "path" => Some(ParamLocation::Path),
                "query" => Some(ParamLocation::Query),
                "header" => Some(ParamLocation::Header),
                "cookie" => Some(ParamLocation::Cookie),
                _ => None,
            };
            if location.is_some() {
                parts.pop();
            }
        }
        let operation = match parts.as_slice() {
            [] => None,
            rest => Some(rest.join(":").trim().to_string()),
        };
        if operation
            .as_deref()
            .is_some_and(|o| o.contains(':') || o.is_empty())
        {
            return Err(format!(
                "`{s}`: expected `[OPERATION:][path|query|header|cookie:]NAME=VALUE`"
            ));
        }
        Ok(ParamPin {
            operation,
            location,
            name,
            value: value.to_string(),
        })
    }

    /// Does this pin apply to parameter `p` of `op`?
    pub fn applies(&self, op: &Operation, p: &stipula_spec::Parameter) -> bool {
        let name_ok = if p.location == ParamLocation::Header {
            p.name.eq_ignore_ascii_case(&self.name)
        } else {
            p.name == self.name
        };
        name_ok
            && self.location.is_none_or(|l| l == p.location)
            && self.operation.as_deref().is_none_or(|o| {
                op.operation_id.as_deref() == Some(o) || op.key().eq_ignore_ascii_case(o)
            })
    }
}

/// Everything a run needs besides the spec.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where requests go; nothing else is contacted.
    pub base_url: String,
    /// Stop after this long (the phases share it).
    pub duration: Option<Duration>,
    /// Stop after this many requests.
    pub max_requests: Option<u64>,
    /// Random cases per operation and phase when neither `duration` nor `max_requests` is set.
    pub cases_per_operation: u64,
    /// Seed of every generated case: the same seed, spec and server give the same requests.
    pub seed: u64,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Requests per second, across all workers.
    pub rate: Option<f64>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Headers added to every request (`-H`).
    pub headers: Vec<(String, String)>,
    /// Credentials added to every request.
    pub auth: Option<Auth>,
    /// Only operations that match one of these (empty: all).
    pub include: Vec<Filter>,
    /// Leave out operations that match one of these.
    pub exclude: Vec<Filter>,
    /// Phases to run, in their fixed order.
    pub phases: Vec<Phase>,
    /// Checks to apply; the others are not evaluated.
    pub checks: Vec<Check>,
    /// Pinned parameter values (`--param`).
    pub params: Vec<ParamPin>,
    /// Run only this share of the operations (`--shard K/N`: `(K, N)`, 1-based).
    pub shard: Option<(usize, usize)>,
    /// Show a progress bar on stderr (hidden anyway when stderr is not a terminal).
    pub progress: bool,
    /// Shrink failing generated cases to a minimal request.
    pub shrink: bool,
    /// PEM (or DER) files of extra CAs to trust for https, besides the system's roots
    /// (`--ca-cert`, e.g. the private CA of a staging environment).
    pub ca_certs: Vec<std::path::PathBuf>,
    /// Accept any server certificate (`--insecure`): the connection is encrypted but the
    /// server is not authenticated.
    pub insecure: bool,
    /// Compile the schemas of all selected operations into one validator per direction
    /// (default). `false`: one validator per schema, each compiled with its whole `$ref`
    /// closure (slow on big specs; kept to measure the difference).
    pub combined_validators: bool,
}

impl Config {
    /// Defaults for fuzzing the API at `base_url`: every phase and check, 25 random cases per
    /// operation and phase, 16 requests in flight, a 10 s timeout.
    pub fn new(base_url: impl Into<String>) -> Config {
        Config {
            base_url: base_url.into(),
            duration: None,
            max_requests: None,
            cases_per_operation: 25,
            seed: 0,
            concurrency: 16,
            rate: None,
            timeout: Duration::from_secs(10),
            headers: Vec::new(),
            auth: None,
            include: Vec::new(),
            exclude: Vec::new(),
            phases: Phase::ALL.to_vec(),
            checks: Check::ALL.to_vec(),
            params: Vec::new(),
            shard: None,
            progress: false,
            shrink: true,
            ca_certs: Vec::new(),
            insecure: false,
            combined_validators: true,
        }
    }

    /// Is operation `op` selected by `--include`/`--exclude`?
    pub fn selects(&self, op: &Operation) -> bool {
        (self.include.is_empty() || self.include.iter().any(|f| f.matches(op)))
            && !self.exclude.iter().any(|f| f.matches(op))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsers() {
        assert_eq!(parse_duration("60s").ok(), Some(Duration::from_secs(60)));
        assert_eq!(parse_duration("2m").ok(), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_duration("250ms").ok(),
            Some(Duration::from_millis(250))
        );
        assert!(parse_duration("5 parsecs").is_err());
        assert_eq!(parse_rate("120/m").ok(), Some(2.0));
        assert!(parse_rate("0/s").is_err());
        assert_eq!(
            parse_header("X-Api-Key: abc").ok(),
            Some(("X-Api-Key".into(), "abc".into()))
        );
        assert!(parse_header("nocolon").is_err());
        assert_eq!(
            Auth::parse("basic:a:b:c").ok(),
            Some(Auth::Basic("a".into(), "b:c".into()))
        );
        assert!(Auth::parse("token:x").is_err());
        assert_eq!(
            Filter::parse("DELETE").ok(),
            Some(Filter::Method("DELETE".into()))
        );
        assert_eq!(
            Filter::parse("/pets/*").ok(),
            Some(Filter::Path("/pets/*".into()))
        );
        assert_eq!(
            Filter::parse("getPet").ok(),
            Some(Filter::OperationId("getPet".into()))
        );
        assert!(glob("/pets/*", "/pets/{petId}"));
        assert!(!glob("/pets/*", "/pets"));
        assert!(glob("/admin/**", "/admin/users/{id}/roles"));
        assert!(is_secret_header("X-API-Key") && !is_secret_header("Accept"));
        let p = ParamPin::parse("path:tenant=default_tenant").expect("pin");
        assert_eq!(
            (p.operation, p.location, p.name.as_str(), p.value.as_str()),
            (None, Some(ParamLocation::Path), "tenant", "default_tenant")
        );
        let p = ParamPin::parse("getPet:query:limit=5=x").expect("pin");
        assert_eq!(p.operation.as_deref(), Some("getPet"));
        assert_eq!(p.value, "5=x");
        let p = ParamPin::parse("limit=5").expect("pin");
        assert_eq!((p.operation, p.location), (None, None));
        let p = ParamPin::parse("getPet:limit=5").expect("pin");
        assert_eq!(p.operation.as_deref(), Some("getPet"));
        assert!(ParamPin::parse("limit").is_err());
    }
}
