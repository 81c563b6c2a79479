//! Getting ready to run: a spec read from a URL, the base URL resolved against the spec's
//! `servers`, and the `stipula.toml` configuration file.

use crate::checks::Check;
use crate::config::{
    Auth, Config, Filter, ParamPin, Phase, parse_duration, parse_header, parse_rate,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::Duration;
use stipula_spec::Spec;

/// Is this spec argument a URL rather than a file?
pub fn is_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// Fetch a spec document (`stipula fuzz http://host/openapi.json`). Only the spec itself is
/// fetched: no `$ref` is followed off it.
pub async fn fetch_spec(url: &str, timeout: Duration) -> Result<String, String> {
    let u = reqwest::Url::parse(url).map_err(|e| format!("spec URL `{url}`: {e}"))?;
    let _ = rustls::crypto::ring::default_provider().install_default();
    // The same rule as for the API: redirects are followed on the spec URL's own origin only.
    let home = origin_of(&u);
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::custom(move |a| {
            if a.previous().len() >= 5 || origin_of(a.url()) != home {
                a.stop()
            } else {
                a.follow()
            }
        }))
        .build()
        .map_err(|e| format!("could not set up the HTTP client: {e}"))?;
    let resp = client.get(u.clone()).send().await.map_err(|e| {
        format!(
            "could not fetch the spec from {url}: {e}. Is the server running and the URL right?"
        )
    })?;
    let status = resp.status();
    if status.is_redirection() {
        return Err(format!(
            "the spec URL {url} redirects to another host ({}); pass the final URL (only the \
             spec's own host is contacted)",
            resp.headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .unwrap_or("?")
        ));
    }
    if !status.is_success() {
        return Err(format!(
            "could not fetch the spec from {url}: the server answered {status}; check the URL \
             (FastAPI serves it at /openapi.json, often under the API prefix)"
        ));
    }
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| format!("reading the spec from {url}: {e}"))?;
    String::from_utf8(bytes.to_vec())
        .map_err(|_| format!("the spec at {url} is not UTF-8 text (JSON or YAML expected)"))
}

/// `scheme://host[:port]` of a URL.
fn origin_of(u: &reqwest::Url) -> String {
    let mut o = format!("{}://{}", u.scheme(), u.host_str().unwrap_or(""));
    if let Some(p) = u.port() {
        o.push_str(&format!(":{p}"));
    }
    o
}

/// The first `servers` URL with its variables at their defaults.
fn first_server(spec: &Spec) -> Option<String> {
    let s = spec.servers.first()?;
    let mut url = s.url.clone();
    for (k, v) in &s.variables {
        url = url.replace(&format!("{{{k}}}"), &v.default);
    }
    Some(url)
}

/// Where requests go. `base_url` (`--base-url`) wins; a relative first `servers` entry
/// (`/api`) is joined to it when it has no path of its own, and to the spec URL's origin when
/// there is no `--base-url`. Returns the URL and, when it was derived, a note saying how.
pub fn resolve_base_url(
    spec: &Spec,
    base_url: Option<&str>,
    spec_url: Option<&str>,
) -> Result<(String, Option<String>), String> {
    let server = first_server(spec);
    let relative = server
        .as_deref()
        .filter(|s| s.starts_with('/') && !s.trim_end_matches('/').is_empty());
    if let Some(b) = base_url {
        let parsed = reqwest::Url::parse(b.trim())
            .map_err(|e| format!("--base-url `{b}` is not a URL: {e}"))?;
        if let Some(rel) = relative
            && (parsed.path() == "/" || parsed.path().is_empty())
        {
            let joined = format!("{}{}", origin_of(&parsed), rel.trim_end_matches('/'));
            return Ok((
                joined.clone(),
                Some(format!(
                    "the spec's server is `{rel}`: requests go to {joined} (give --base-url with a path to override)"
                )),
            ));
        }
        return Ok((b.trim().to_string(), None));
    }
    let Some(spec_url) = spec_url else {
        return Err(
            "--base-url is needed: where does the API run? e.g. --base-url http://127.0.0.1:8080"
                .into(),
        );
    };
    let su = reqwest::Url::parse(spec_url).map_err(|e| format!("spec URL `{spec_url}`: {e}"))?;
    let origin = origin_of(&su);
    let derived = match server.as_deref() {
        Some(rel) if rel.starts_with('/') => format!("{origin}{}", rel.trim_end_matches('/')),
        // An absolute server on the spec's own host; any other host needs --base-url (a spec
        // may name production).
        Some(abs) if reqwest::Url::parse(abs).is_ok_and(|a| origin_of(&a) == origin) => {
            abs.trim_end_matches('/').to_string()
        }
        Some(abs) if !abs.is_empty() => {
            return Err(format!(
                "the spec's server `{abs}` is not on the host the spec came from ({origin}): pass \
                 --base-url to say where to send requests"
            ));
        }
        _ => origin.clone(),
    };
    Ok((
        derived.clone(),
        Some(format!(
            "no --base-url: requests go to {derived} (from the spec URL and its servers)"
        )),
    ))
}

/// `stipula.toml`: the same settings as the CLI flags, under `[fuzz]`; flags override it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileConfig {
    /// As `--base-url`.
    pub base_url: Option<String>,
    /// As `--duration` (`30s`, `5m`).
    pub duration: Option<String>,
    /// As `--max-requests`.
    pub max_requests: Option<u64>,
    /// As `--cases`: random cases per operation and phase.
    pub cases: Option<u64>,
    /// As `--seed`.
    pub seed: Option<u64>,
    /// As `--concurrency`.
    pub concurrency: Option<usize>,
    /// As `--rate` (`50/s`, `600/m`).
    pub rate: Option<String>,
    /// As `--timeout`.
    pub timeout: Option<String>,
    /// `bearer:TOKEN` or `basic:USER:PASS`; `$NAME` reads an environment variable.
    pub auth: Option<String>,
    /// Header name → value (`$NAME` reads an environment variable).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// `[OPERATION:][in:]NAME` → value, as `--param`.
    #[serde(default)]
    pub params: BTreeMap<String, toml::Value>,
    /// As `--include`, one filter per entry.
    #[serde(default)]
    pub include: Vec<String>,
    /// As `--exclude`, one filter per entry.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// As `--phases`.
    #[serde(default)]
    pub phases: Vec<String>,
    /// As `--checks`.
    #[serde(default)]
    pub checks: Vec<String>,
    /// As `--exclude-checks`.
    #[serde(default)]
    pub exclude_checks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRoot {
    fuzz: Option<FileConfig>,
}

/// `$NAME` → the environment variable's value (secrets stay out of the file).
fn env_value(v: &str, what: &str) -> Result<String, String> {
    match v.strip_prefix('$') {
        Some(name) if !name.is_empty() => std::env::var(name).map_err(|_| {
            format!("{what} refers to the environment variable `{name}`, which is not set")
        }),
        _ => Ok(v.to_string()),
    }
}

/// The run's scalar settings (target, budget, pace), as a settings file or the command line
/// gives them: one reading for both.
#[derive(Debug, Default, Clone, Copy)]
pub struct Limits<'a> {
    /// `base-url`.
    pub base_url: Option<&'a str>,
    /// `duration` (`30s`, `5m`).
    pub duration: Option<&'a str>,
    /// `max-requests` (at least 1).
    pub max_requests: Option<u64>,
    /// `cases` per operation and phase (0 reads as 1).
    pub cases: Option<u64>,
    /// `seed`.
    pub seed: Option<u64>,
    /// `concurrency` (1 to 4096).
    pub concurrency: Option<usize>,
    /// `rate` (`50/s`, `600/m`).
    pub rate: Option<&'a str>,
    /// `timeout`.
    pub timeout: Option<&'a str>,
}

impl Limits<'_> {
    /// Set what is given on `cfg`; `at(key, problem)` words an error for where the value came
    /// from (`stipula.toml: rate: ...`, `--rate: ...`).
    pub fn apply(
        &self,
        cfg: &mut Config,
        at: impl Fn(&str, String) -> String,
    ) -> Result<(), String> {
        if let Some(b) = self.base_url {
            cfg.base_url = b.to_string();
        }
        if let Some(d) = self.duration {
            cfg.duration = Some(parse_duration(d).map_err(|e| at("duration", e))?);
        }
        if let Some(n) = self.max_requests {
            if n == 0 {
                return Err(at("max-requests", "must be at least 1".into()));
            }
            cfg.max_requests = Some(n);
        }
        if let Some(n) = self.cases {
            cfg.cases_per_operation = n.max(1);
        }
        if let Some(s) = self.seed {
            cfg.seed = s;
        }
        if let Some(c) = self.concurrency {
            if c == 0 || c > 4096 {
                return Err(at(
                    "concurrency",
                    format!("must be within 1..=4096, got {c}"),
                ));
            }
            cfg.concurrency = c;
        }
        if let Some(r) = self.rate {
            cfg.rate = Some(parse_rate(r).map_err(|e| at("rate", e))?);
        }
        if let Some(t) = self.timeout {
            cfg.timeout = parse_duration(t).map_err(|e| at("timeout", e))?;
        }
        Ok(())
    }
}

impl FileConfig {
    /// Parse `stipula.toml` text; `path` names it in messages.
    pub fn parse(text: &str, path: &str) -> Result<FileConfig, String> {
        let root: FileRoot = toml::from_str(text).map_err(|e| {
            format!("{path}: {e}\nexpected a [fuzz] table with keys such as base-url, max-requests, headers, params, include, exclude, checks")
        })?;
        root.fuzz
            .ok_or_else(|| format!("{path}: no [fuzz] table: put the settings under `[fuzz]`"))
    }

    /// Apply the file's settings to `cfg` (before the CLI's own flags).
    pub fn apply(&self, cfg: &mut Config, path: &str) -> Result<(), String> {
        let at = |k: &str, e: String| format!("{path}: {k}: {e}");
        Limits {
            base_url: self.base_url.as_deref(),
            duration: self.duration.as_deref(),
            max_requests: self.max_requests,
            cases: self.cases,
            seed: self.seed,
            concurrency: self.concurrency,
            rate: self.rate.as_deref(),
            timeout: self.timeout.as_deref(),
        }
        .apply(cfg, at)?;
        if let Some(a) = &self.auth {
            let a = env_value(a, &format!("{path}: auth"))?;
            cfg.auth = Some(Auth::parse(&a).map_err(|e| at("auth", e))?);
        }
        for (k, v) in &self.headers {
            let v = env_value(v, &format!("{path}: headers.{k}"))?;
            let h = parse_header(&format!("{k}: {v}")).map_err(|e| at("headers", e))?;
            cfg.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&h.0));
            cfg.headers.push(h);
        }
        for (k, v) in &self.params {
            let text = match v {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                _ => {
                    return Err(at(
                        "params",
                        format!("`{k}`: give the value as a string, number or boolean"),
                    ));
                }
            };
            cfg.params
                .push(ParamPin::parse(&format!("{k}={text}")).map_err(|e| at("params", e))?);
        }
        for f in &self.include {
            cfg.include
                .push(Filter::parse(f).map_err(|e| at("include", e))?);
        }
        for f in &self.exclude {
            cfg.exclude
                .push(Filter::parse(f).map_err(|e| at("exclude", e))?);
        }
        if !self.phases.is_empty() {
            cfg.phases = self
                .phases
                .iter()
                .map(|p| {
                    Phase::parse(p).ok_or_else(|| at("phases", format!("unknown phase `{p}`")))
                })
                .collect::<Result<_, _>>()?;
        }
        if !self.checks.is_empty() {
            cfg.checks = self
                .checks
                .iter()
                .map(|c| {
                    Check::parse(c).ok_or_else(|| at("checks", format!("unknown check `{c}`")))
                })
                .collect::<Result<_, _>>()?;
        }
        for c in &self.exclude_checks {
            let c = Check::parse(c)
                .ok_or_else(|| at("exclude-checks", format!("unknown check `{c}`")))?;
            cfg.checks.retain(|x| *x != c);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_config() {
        let f = FileConfig::parse(
            r#"
[fuzz]
max-requests = 300
headers = { "X-Api-Key" = "abc" }
params = { "path:tenant" = "default_tenant", "getPet:query:limit" = 5 }
exclude = ["DELETE"]
exclude-checks = ["ignored_auth"]
"#,
            "stipula.toml",
        )
        .expect("parses");
        let mut cfg = Config::new("http://127.0.0.1:1");
        f.apply(&mut cfg, "stipula.toml").expect("applies");
        assert_eq!(cfg.max_requests, Some(300));
        assert_eq!(cfg.headers, vec![("X-Api-Key".into(), "abc".into())]);
        assert_eq!(cfg.params.len(), 2);
        assert!(
            cfg.params
                .iter()
                .any(|p| p.name == "limit" && p.value == "5")
        );
        assert!(!cfg.checks.contains(&Check::IgnoredAuth));
        let e = FileConfig::parse("[fuzz]\nmax-request = 3\n", "s.toml").unwrap_err();
        assert!(e.contains("s.toml") && e.contains("max-request"), "{e}");
        assert!(FileConfig::parse("x = 1\n", "s.toml").is_err());
    }
}
