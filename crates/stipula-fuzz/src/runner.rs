//! The runner: one driver thread generates cases (proptest strategies are not `Send`, so
//! they live on one thread), a pool of tokio tasks sends them with bounded concurrency and
//! rate, checks every response and records failures. After the phases, the driver shrinks
//! failing generated cases by replaying simpler ones through the same workers.

use crate::checks::{self, CaseKind, Check, Ctx, Finding, HttpResponse};
use crate::config::{Config, Filter, Phase, is_secret_header};
use crate::plan::{self, Chain, Edit, Expr, Role, Verdict};
use crate::report::{FailureRecord, Masker, OpStats, Report, StepRecord, Totals};
use crate::request::{self, HttpRequest, RequestData};
use indexmap::IndexMap;
use proptest::strategy::{BoxedStrategy, Just, Strategy, ValueTree};
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use stipula_schema::render::Validators;
use stipula_spec::{ParamLocation, SecuritySchemeKind, Spec};
use tokio::sync::{mpsc, oneshot};

/// Why a run could not happen (exit code 2).
#[derive(Debug)]
pub enum RunError {
    /// The configuration or the spec cannot be run (no operation selected, bad base URL, ...).
    BadConfig(String),
    /// The server did not answer at all.
    Unreachable(String),
    /// `--shard K/N` selected nothing (more shards than operation groups): not an error
    /// for a CI matrix, the shard has nothing to do.
    EmptyShard(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::BadConfig(m) => f.write_str(m),
            RunError::Unreachable(m) => f.write_str(m),
            RunError::EmptyShard(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RunError {}

/// Where a generated case came from, to regenerate and shrink it.
#[derive(Clone, Debug)]
pub struct Origin {
    pub op: usize,
    pub media: Option<usize>,
    pub seed: u64,
    pub edit: Option<Edit>,
}

#[derive(Clone, Debug)]
struct Case {
    op: usize,
    phase: Phase,
    kind: CaseKind,
    data: RequestData,
    origin: Option<Origin>,
    /// Replay without and with bad credentials if it succeeds (`ignored_auth`). Chosen by
    /// the driver, so the same seed probes the same cases.
    probe_auth: bool,
    /// Break the serialized body on purpose (malformed-body probes).
    mangle: Option<Mangle>,
}

/// A body no schema describes: what a server must reject with a 4xx, never a 5xx.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mangle {
    /// The JSON cut in the middle.
    TruncatedJson,
    /// The JSON sent as `text/plain`.
    WrongContentType,
    /// `Content-Type: application/json` and no bytes.
    EmptyBody,
}

impl Mangle {
    fn apply(self, req: &mut HttpRequest) {
        let set_ct = |req: &mut HttpRequest, ct: &str| {
            req.headers
                .retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
            req.headers.push(("Content-Type".into(), ct.into()));
        };
        match self {
            Mangle::TruncatedJson => {
                let b = req.body.take().unwrap_or_else(|| b"{}".to_vec());
                let cut = (b.len() / 2).max(1).min(b.len());
                req.body = Some(b[..cut].to_vec());
            }
            Mangle::WrongContentType => set_ct(req, "text/plain"),
            Mangle::EmptyBody => {
                req.body = Some(Vec::new());
                set_ct(req, "application/json");
            }
        }
    }

    fn kind(self) -> CaseKind {
        match self {
            Mangle::TruncatedJson => CaseKind::Negative {
                description: "body is truncated JSON (does not parse)".into(),
                keyword: "json",
            },
            Mangle::EmptyBody => CaseKind::Negative {
                description: "required JSON body is empty".into(),
                keyword: "required",
            },
            // A server may read a body whatever its declared type: only a 5xx (or an
            // undocumented status) says something here.
            Mangle::WrongContentType => CaseKind::Unchecked,
        }
    }
}

/// One step of a stateful sequence: what to call, the request data, and where the data came
/// from (to regenerate simpler data when shrinking).
#[derive(Clone, Debug)]
pub struct SeqStep {
    spec: plan::StepSpec,
    data: RequestData,
    origin: Origin,
}

/// The steps of a stateful failure, up to and including the failing one (to shrink it).
#[derive(Clone, Debug)]
pub struct Sequence(Vec<SeqStep>);

/// A failure seen while replaying a sequence (shrinking).
struct SeqFailure {
    /// Index of the step that failed.
    step: usize,
    finding: Finding,
    req: HttpRequest,
    resp: HttpResponse,
    records: Vec<StepRecord>,
}

type Outcome = Option<(HttpRequest, HttpResponse, Vec<Finding>)>;

enum Job {
    Case(Case),
    /// Steps, and whether to probe auth on its successes.
    Sequence(Vec<SeqStep>, bool),
    Probe {
        op: usize,
        method: String,
        declared: Vec<String>,
        data: RequestData,
    },
    Shrink(Case, oneshot::Sender<Outcome>),
    /// Replay a sequence without recording anything; reply with what failed.
    ShrinkSequence(Vec<SeqStep>, oneshot::Sender<Vec<SeqFailure>>),
}

/// A credential location of an operation's security requirement.
#[derive(Clone, Debug)]
enum Cred {
    Header(String, &'static str),
    Query(String),
    Cookie(String),
}

#[derive(Default)]
struct Collector {
    ops: Vec<OpStats>,
    failures: IndexMap<(Check, String, String), FailureRecord>,
    transport_errors: u64,
    transport_samples: Vec<String>,
    ok_exchanges: u64,
    rejected_cases: u64,
    reject_samples: Vec<String>,
}

/// Outcomes of valid requests with and without one optional parameter (all operations).
#[derive(Default)]
struct ParamStat {
    with: u64,
    with_status: HashMap<u16, u64>,
    without: u64,
    without_status: HashMap<u16, u64>,
}

/// An optional parameter, across operations: (location, name; headers lower-cased).
type ParamKey = (ParamLocation, String);

fn param_key(p: &stipula_spec::Parameter) -> ParamKey {
    let name = if p.location == ParamLocation::Header {
        p.name.to_ascii_lowercase()
    } else {
        p.name.clone()
    };
    (p.location, name)
}

#[derive(Default)]
struct Pool {
    ids: HashMap<(String, String), Vec<Value>>,
}

struct Shared {
    spec: Arc<Spec>,
    validators: Validators,
    cfg: Config,
    checks: HashSet<Check>,
    included: Vec<bool>,
    base: String,
    origin: (String, String, Option<u16>),
    extra: Vec<(String, String)>,
    masker: Masker,
    client: reqwest::Client,
    fresh: reqwest::Client,
    col: Mutex<Collector>,
    sent: AtomicU64,
    stop: AtomicBool,
    pending: AtomicU64,
    start: Instant,
    deadline: Option<Instant>,
    next_slot: Mutex<Instant>,
    pool: Mutex<Pool>,
    param_stats: Mutex<HashMap<ParamKey, ParamStat>>,
    /// Optional parameters left out of valid requests from now on, with the status the server
    /// gave them (`learn_rejections`).
    muted: Mutex<HashMap<ParamKey, u16>>,
    notices: Mutex<Vec<String>>,
    creds: Vec<Option<Vec<Cred>>>,
    progress: indicatif::ProgressBar,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn case_seed(seed: u64, op: usize, phase: Phase, n: u64) -> u64 {
    splitmix(splitmix(splitmix(seed ^ (op as u64).wrapping_mul(0x1000_0001)) ^ phase as u64) ^ n)
}

fn url_origin(u: &reqwest::Url) -> (String, String, Option<u16>) {
    (
        u.scheme().to_string(),
        u.host_str().unwrap_or("").to_ascii_lowercase(),
        u.port_or_known_default(),
    )
}

fn creds_for(spec: &Spec, op: &stipula_spec::Operation) -> Option<Vec<Cred>> {
    if op.security.is_empty() || op.security.iter().any(|r| r.0.is_empty()) {
        return None;
    }
    let mut out = Vec::new();
    for req in &op.security {
        for name in req.0.keys() {
            let scheme = spec.security_schemes.get(name)?;
            match &scheme.kind {
                SecuritySchemeKind::ApiKey { name, location } => match location {
                    ParamLocation::Header => out.push(Cred::Header(name.clone(), "apikey")),
                    ParamLocation::Query => out.push(Cred::Query(name.clone())),
                    ParamLocation::Cookie => out.push(Cred::Cookie(name.clone())),
                    _ => return None,
                },
                SecuritySchemeKind::Http { scheme, .. } => out.push(Cred::Header(
                    "Authorization".into(),
                    if scheme == "basic" { "basic" } else { "bearer" },
                )),
                SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => {
                    out.push(Cred::Header("Authorization".into(), "bearer"))
                }
                SecuritySchemeKind::MutualTls | SecuritySchemeKind::Other { .. } => return None,
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// `e` and its sources, `: `-separated (reqwest's own message alone says "error sending
/// request" and hides the cause, e.g. an untrusted certificate).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let m = s.to_string();
        if !msg.contains(&m) {
            msg.push_str(": ");
            msg.push_str(&m);
        }
        src = s.source();
    }
    msg
}

/// The innermost error of `e` (e.g. "connection closed before message completed"), without
/// the URL that reqwest's outer message repeats.
fn root_cause(e: &dyn std::error::Error) -> String {
    let mut last = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        last = s.to_string();
        src = s.source();
    }
    last
}

/// Certificates in a `--ca-cert` file: a PEM bundle, or one DER certificate.
fn read_ca_file(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("--ca-cert {}: cannot read the file: {e}", path.display()))?;
    let is_pem = bytes.windows(11).any(|w| w == b"-----BEGIN ".as_slice());
    let certs = if is_pem {
        reqwest::Certificate::from_pem_bundle(&bytes).map_err(|e| {
            format!(
                "--ca-cert {}: not a PEM certificate bundle: {}",
                path.display(),
                error_chain(&e)
            )
        })?
    } else {
        vec![reqwest::Certificate::from_der(&bytes).map_err(|e| {
            format!(
                "--ca-cert {}: neither PEM (no `-----BEGIN CERTIFICATE-----`) nor a DER certificate: {}",
                path.display(),
                error_chain(&e)
            )
        })?]
    };
    if certs.is_empty() {
        return Err(format!(
            "--ca-cert {}: no `-----BEGIN CERTIFICATE-----` block in the file (a private key or CSR?); \
             pass the CA certificate in PEM form",
            path.display()
        ));
    }
    Ok(certs)
}

/// HTTPS: rustls with the ring provider (pure Rust and asm, no C toolchain), the platform
/// verifier (the system's trust store, which honours `SSL_CERT_FILE`/`SSL_CERT_DIR`, and
/// corporate CAs installed in it) plus `--ca-cert` roots; `--insecure` turns verification off.
fn tls_setup(
    mut builder: reqwest::ClientBuilder,
    cfg: &Config,
) -> Result<reqwest::ClientBuilder, RunError> {
    for path in &cfg.ca_certs {
        for cert in read_ca_file(path).map_err(RunError::BadConfig)? {
            builder = builder.add_root_certificate(cert);
        }
    }
    if cfg.insecure {
        builder = builder.danger_accept_invalid_certs(true);
    }
    Ok(builder)
}

/// A hint for transport errors whose cause is the server's certificate.
fn tls_hint(sample: &str) -> Option<&'static str> {
    let s = sample.to_ascii_lowercase();
    let cert = s.contains("certificate")
        || s.contains("unknownissuer")
        || s.contains("unknown issuer")
        || s.contains("notvalidforname")
        || s.contains("expired");
    cert.then_some(
        "The server's TLS certificate was not accepted. If it is signed by a private CA (common on \
         staging), pass that CA with `--ca-cert ca.pem`; `--insecure` skips verification (the \
         server is then not authenticated: never with real credentials)",
    )
}

/// The HTTP client: `pooled` keeps idle keep-alive connections (the normal client), else
/// every request opens a fresh connection (retries after a reused connection died).
fn http_client(
    cfg: &Config,
    base_url: &reqwest::Url,
    origin: &(String, String, Option<u16>),
    pooled: bool,
) -> Result<reqwest::Client, RunError> {
    let redirect_origin = origin.clone();
    let mut builder = reqwest::Client::builder()
        .timeout(cfg.timeout)
        .pool_max_idle_per_host(if pooled { cfg.concurrency.max(1) } else { 0 })
        .tcp_nodelay(true)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 || url_origin(attempt.url()) != redirect_origin {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }));
    builder = if base_url.scheme() == "https" {
        tls_setup(builder, cfg)?
    } else {
        // Plain http: requests never leave the base URL's origin, so no certificate is ever
        // checked; an empty root store keeps the run independent of the system trust store
        // (which may be absent in a minimal container).
        builder.tls_certs_only(Vec::new())
    };
    builder.build().map_err(|e| {
        let cause = error_chain(&e);
        if cause.contains("No CA certificates were loaded") {
            RunError::BadConfig(format!(
                "cannot verify https servers: {cause}. The system trust store is empty or \
                 unreadable: install the `ca-certificates` package or point SSL_CERT_FILE at a \
                 PEM bundle; for a private CA pass it with `--ca-cert ca.pem`"
            ))
        } else {
            RunError::BadConfig(format!("could not set up the HTTP client: {cause}"))
        }
    })
}

/// Run the fuzzer against `cfg.base_url`. Returns the report, or why it could not run.
pub async fn run(spec: Arc<Spec>, cfg: Config) -> Result<Report, RunError> {
    let sh = shared(spec, cfg)?;
    run_shared(sh).await
}

fn shared(spec: Arc<Spec>, cfg: Config) -> Result<Arc<Shared>, RunError> {
    let base_url = reqwest::Url::parse(cfg.base_url.trim()).map_err(|e| {
        RunError::BadConfig(format!("--base-url `{}` is not a URL: {e}", cfg.base_url))
    })?;
    if !["http", "https"].contains(&base_url.scheme()) || base_url.host_str().is_none() {
        return Err(RunError::BadConfig(format!(
            "--base-url `{}` must be an http:// or https:// URL with a host",
            cfg.base_url
        )));
    }
    if base_url.query().is_some() || base_url.fragment().is_some() {
        return Err(RunError::BadConfig(format!(
            "--base-url `{}` must not have a query or fragment",
            cfg.base_url
        )));
    }
    let origin = url_origin(&base_url);
    let base = base_url.as_str().trim_end_matches('/').to_string();
    // reqwest asks rustls for the process default provider (even for http, where it sets
    // up TLS it will not use); an application may have chosen one already (then
    // `install_default` fails and that one is used).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = http_client(&cfg, &base_url, &origin, true)?;
    // Requests that died on a reused keep-alive connection are sent again on this one, which
    // keeps no idle connection: every request opens its own.
    let fresh = http_client(&cfg, &base_url, &origin, false)?;
    let mut extra = cfg.headers.clone();
    let mut secrets: Vec<String> = cfg
        .headers
        .iter()
        .filter(|(k, _)| is_secret_header(k))
        .map(|(_, v)| v.clone())
        .collect();
    for s in spec.security_schemes.values() {
        if let SecuritySchemeKind::ApiKey { name, .. } = &s.kind {
            secrets.extend(
                cfg.headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.clone()),
            );
        }
    }
    if let Some(a) = &cfg.auth {
        extra.retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
        extra.push(("Authorization".into(), a.header()));
        secrets.extend(a.secrets());
    }
    let mut included: Vec<bool> = spec.operations.iter().map(|o| cfg.selects(o)).collect();
    if let Some((k, n)) = cfg.shard {
        if k == 0 || k > n {
            return Err(RunError::BadConfig(format!(
                "--shard {k}/{n}: K must be within 1..={n}"
            )));
        }
        included = plan::shard(&spec, &included, k, n);
        if !included.iter().any(|b| *b) {
            return Err(RunError::EmptyShard(format!(
                "shard {k}/{n} has no operation: the spec has fewer operation groups than shards"
            )));
        }
    }
    if !included.iter().any(|b| *b) {
        return Err(RunError::BadConfig(format!(
            "no operation left to test: the spec has {} operations and --include/--exclude removed all of them",
            spec.operations.len()
        )));
    }
    let creds = spec
        .operations
        .iter()
        .map(|o| creds_for(&spec, o))
        .collect();
    let progress = if cfg.progress {
        let pb = match cfg.max_requests {
            Some(n) => indicatif::ProgressBar::new(n),
            None => indicatif::ProgressBar::new_spinner(),
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} {elapsed} [{bar:30}] {pos}/{len} requests {msg}",
        ) {
            pb.set_style(style);
        }
        pb
    } else {
        indicatif::ProgressBar::hidden()
    };
    let validators = if cfg.combined_validators {
        crate::schema::validators_for(
            spec.operations
                .iter()
                .zip(&included)
                .filter(|(_, inc)| **inc)
                .map(|(o, _)| o),
        )
    } else {
        Validators::new()
    };
    let start = Instant::now();
    let sh = Arc::new(Shared {
        validators,
        checks: cfg.checks.iter().copied().collect(),
        included,
        base,
        origin,
        extra,
        masker: Masker::new(secrets),
        client,
        fresh,
        col: Mutex::new(Collector {
            ops: vec![OpStats::default(); spec.operations.len()],
            ..Default::default()
        }),
        sent: AtomicU64::new(0),
        stop: AtomicBool::new(false),
        pending: AtomicU64::new(0),
        start,
        deadline: cfg.duration.map(|d| start + d),
        next_slot: Mutex::new(start),
        pool: Mutex::new(Pool::default()),
        param_stats: Mutex::new(HashMap::new()),
        muted: Mutex::new(HashMap::new()),
        notices: Mutex::new(Vec::new()),
        creds,
        progress,
        spec,
        cfg,
    });
    Ok(sh)
}

async fn run_shared(sh: Arc<Shared>) -> Result<Report, RunError> {
    let cpu0 = crate::report::cpu_seconds();
    let (tx, rx) = mpsc::channel::<Job>(sh.cfg.concurrency.max(1) * 4);
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    let mut workers = Vec::new();
    for _ in 0..sh.cfg.concurrency.max(1) {
        let sh = sh.clone();
        let rx = rx.clone();
        workers.push(tokio::spawn(async move {
            loop {
                let job = { rx.lock().await.recv().await };
                let Some(job) = job else { break };
                run_job(&sh, job).await;
                sh.pending.fetch_sub(1, Ordering::SeqCst);
            }
        }));
    }
    // The driver needs the request validator before its first case; the response one is
    // built meanwhile on another thread, so that it is ready when the first answers arrive.
    let vsh = sh.clone();
    let _ = std::thread::Builder::new()
        .name("stipula-fuzz-validators".into())
        .spawn(move || {
            vsh.validators
                .prebuild(&vsh.spec, stipula_schema::render::Direction::Response)
        });
    let dsh = sh.clone();
    let driver = std::thread::Builder::new()
        .name("stipula-fuzz-driver".into())
        .spawn(move || Driver::new(dsh, tx).drive())
        .map_err(|e| RunError::BadConfig(format!("could not start the generator thread: {e}")))?;
    for w in workers {
        let _ = w.await;
    }
    let _ = tokio::task::spawn_blocking(move || driver.join()).await;
    sh.progress.finish_and_clear();
    let wall = sh.start.elapsed().as_secs_f64();
    let cpu = crate::report::cpu_seconds() - cpu0;
    let col = std::mem::take(&mut *lock(&sh.col));
    if col.ok_exchanges == 0 && col.transport_errors > 0 {
        let sample = col.transport_samples.first().cloned().unwrap_or_default();
        let advice = tls_hint(&sample).unwrap_or("Is the server running, and is --base-url right?");
        return Err(RunError::Unreachable(format!(
            "no response from {}: {} requests failed, e.g. {sample}. {advice}",
            sh.base, col.transport_errors,
        )));
    }
    let requests = sh
        .sent
        .load(Ordering::SeqCst)
        .min(sh.cfg.max_requests.unwrap_or(u64::MAX));
    let mut failures: Vec<FailureRecord> = col.failures.into_values().collect();
    failures.sort_by(|a, b| a.seconds_since_start.total_cmp(&b.seconds_since_start));
    let rejected_parameters = muted_list(&sh);
    let causes = crate::report::group_causes(&mut failures, &rejected_parameters);
    let spec = &sh.spec;
    let mut operations = Vec::new();
    for (i, (op, mut st)) in spec.operations.iter().zip(col.ops).enumerate() {
        if !sh.included[i] {
            continue;
        }
        st.operation = op.key();
        st.operation_id = op.operation_id.clone();
        operations.push(st);
    }
    let mut build_errors: Vec<String> = col
        .reject_samples
        .iter()
        .map(|m| format!("a generated case could not be sent: {}", sh.masker.mask(m)))
        .collect();
    build_errors.extend(lock(&sh.validators.combined_errors).iter().cloned());
    build_errors.extend(lock(&sh.validators.build_errors).iter().map(|(id, e)| {
        format!(
            "{}: no validator for this schema ({e}); its responses were not schema-checked",
            spec.loc(&spec.schema(*id).loc)
        )
    }));
    build_errors.extend(lock(&sh.notices).iter().cloned());
    for pin in &sh.cfg.params {
        let used = spec
            .operations
            .iter()
            .enumerate()
            .any(|(i, o)| sh.included[i] && o.parameters.iter().any(|p| pin.applies(o, p)));
        if !used {
            build_errors.push(format!(
                "--param {}{}{}: no parameter of the tested operations has this name{}; check the \
                 spelling (header names ignore case, others do not), the location and the operation",
                pin.operation.as_deref().map(|o| format!("{o}:")).unwrap_or_default(),
                pin.location.map(|l| format!("{}:", l.as_str())).unwrap_or_default(),
                pin.name,
                pin.location.map(|l| format!(" in {}", l.as_str())).unwrap_or_default(),
            ));
        }
    }
    if sh.cfg.insecure && sh.base.starts_with("https:") {
        build_errors.insert(
            0,
            "--insecure: the server's TLS certificate was not verified, so these results may come \
             from any host that answered for it"
                .to_string(),
        );
    }
    Ok(Report {
        base_url: sh.masker.mask(&sh.base),
        seed: sh.cfg.seed,
        totals: Totals {
            requests,
            wall_seconds: wall,
            cpu_seconds: cpu,
            requests_per_cpu_second: if cpu > 0.0 {
                requests as f64 / cpu
            } else {
                0.0
            },
            failures: failures.len(),
            causes: causes.len(),
            transport_errors: col.transport_errors,
            rejected_cases: col.rejected_cases,
        },
        operations,
        causes,
        failures,
        warnings: build_errors,
        transport_errors: col.transport_samples,
        rejected_parameters,
    })
}

/// The muted parameters as reports keep them.
fn muted_list(sh: &Shared) -> Vec<crate::report::RejectedParameter> {
    let mut v: Vec<_> = lock(&sh.muted)
        .iter()
        .map(|((loc, name), status)| crate::report::RejectedParameter {
            location: loc.as_str().to_string(),
            name: name.clone(),
            status: *status,
        })
        .collect();
    v.sort_by(|a, b| (&a.location, &a.name).cmp(&(&b.location, &b.name)));
    v
}

fn record_stats(sh: &Shared, op: usize, status: u16) {
    let mut c = lock(&sh.col);
    c.ok_exchanges += 1;
    if let Some(s) = c.ops.get_mut(op) {
        s.requests += 1;
        *s.statuses.entry(status).or_default() += 1;
    }
}

#[allow(clippy::too_many_arguments)]
fn record_failure(
    sh: &Shared,
    op: usize,
    operation: String,
    f: &Finding,
    req: &HttpRequest,
    resp: &HttpResponse,
    steps: Vec<StepRecord>,
    phase: Phase,
    origin: Option<Origin>,
) {
    if !sh.checks.contains(&f.check) {
        return;
    }
    let spec = &sh.spec;
    let key = (f.check, operation.clone(), f.cause.clone());
    let mut c = lock(&sh.col);
    // Requests of several phases are in flight at once, so a later phase's occurrence can
    // complete first. The earliest phase's occurrence (the spec's own example, say) is the one
    // a person reproduces most easily: it replaces the record, keeping the count and the time
    // the failure was first seen.
    let carried = match c.failures.get(&key) {
        Some(e) if phase < e.phase => c.failures.shift_remove(&key),
        _ => None,
    };
    if let Some(existing) = c.failures.get_mut(&key) {
        existing.occurrences += 1;
        // Keep a generated occurrence around so the failure can be shrunk.
        if existing.origin.is_none()
            && let Some(o) = origin
        {
            existing.kind = match &o.edit {
                Some(e) => CaseKind::Negative {
                    description: e.description.clone(),
                    keyword: e.keyword,
                },
                None => CaseKind::Positive,
            };
            existing.origin = Some(o);
        }
        return;
    }
    if carried.is_none()
        && let Some(s) = c.ops.get_mut(op)
    {
        *s.failures.entry(f.check.name().to_string()).or_default() += 1;
    }
    let opref = &spec.operations[op];
    let mut rec = FailureRecord::new(
        &sh.masker,
        f,
        operation,
        opref.operation_id.clone(),
        spec.loc(&opref.loc),
        sh.start.elapsed().as_secs_f64(),
        req,
        resp,
        steps,
        phase,
        origin,
    );
    rec.requests_before = sh.sent.load(Ordering::Relaxed);
    if let Some(old) = carried {
        rec.occurrences = old.occurrences + 1;
        rec.seconds_since_start = old.seconds_since_start;
        rec.requests_before = old.requests_before;
        if rec.origin.is_none() {
            rec.origin = old.origin;
            rec.kind = old.kind;
        }
    }
    c.failures.insert(key, rec);
}

enum SendError {
    Budget,
    Invalid(String),
    Transport(String),
    /// The server accepted the connection and closed it without a response, twice (the
    /// second time on a fresh connection).
    Dropped(String),
}

/// Did the connection close (or reset) after the request was written, before any response
/// byte? Not a timeout, not a refused connection.
fn connection_dropped(e: &reqwest::Error) -> bool {
    if e.is_timeout() || e.is_connect() || e.is_builder() || e.is_redirect() || e.is_decode() {
        return false;
    }
    let chain = error_chain(e).to_ascii_lowercase();
    [
        "connection closed before message completed",
        "connection reset",
        "broken pipe",
        "incompletemessage",
        "unexpected eof",
        "end of file",
        "connection aborted",
    ]
    .iter()
    .any(|m| chain.contains(m))
}

fn parse_retry_after(v: Option<&str>) -> Duration {
    let secs = v.and_then(|s| s.trim().parse::<f64>().ok()).unwrap_or(1.0);
    Duration::from_secs_f64(secs.clamp(0.0, 30.0))
}

async fn send(sh: &Shared, req: &HttpRequest) -> Result<HttpResponse, SendError> {
    let url = reqwest::Url::parse(&req.url)
        .map_err(|e| SendError::Invalid(format!("bad URL {}: {e}", req.url)))?;
    if url_origin(&url) != sh.origin {
        return Err(SendError::Invalid(format!(
            "refusing to send to {} (not the base URL's host)",
            req.url
        )));
    }
    let method = reqwest::Method::from_bytes(req.method.as_bytes())
        .map_err(|e| SendError::Invalid(e.to_string()))?;
    let mut headers = reqwest::header::HeaderMap::new();
    for (k, v) in &req.headers {
        let name = reqwest::header::HeaderName::from_bytes(k.as_bytes())
            .map_err(|e| SendError::Invalid(format!("header name `{k}`: {e}")))?;
        let value = reqwest::header::HeaderValue::from_str(v)
            .map_err(|e| SendError::Invalid(format!("header `{k}` value: {e}")))?;
        headers.append(name, value);
    }
    for attempt in 0..4 {
        if sh.stop.load(Ordering::Relaxed) {
            return Err(SendError::Budget);
        }
        if let Some(d) = sh.deadline
            && Instant::now() >= d
        {
            sh.stop.store(true, Ordering::SeqCst);
            return Err(SendError::Budget);
        }
        let n = sh.sent.fetch_add(1, Ordering::SeqCst);
        if let Some(max) = sh.cfg.max_requests
            && n >= max
        {
            sh.stop.store(true, Ordering::SeqCst);
            return Err(SendError::Budget);
        }
        if let Some(rate) = sh.cfg.rate {
            let slot = {
                let mut next = lock(&sh.next_slot);
                let now = Instant::now();
                let slot = (*next).max(now);
                *next = slot + Duration::from_secs_f64(1.0 / rate);
                slot
            };
            tokio::time::sleep_until(slot.into()).await;
        }
        let attempt_with = |client: &reqwest::Client| {
            let mut rb = client
                .request(method.clone(), url.clone())
                .headers(headers.clone());
            if let Some(b) = &req.body {
                rb = rb.body(b.clone());
            }
            rb.send()
        };
        let transport = |e: &reqwest::Error| {
            SendError::Transport(format!(
                "{} {}: {}",
                req.method,
                sh.masker.mask(&req.url),
                error_chain(e)
            ))
        };
        let mut resp = match attempt_with(&sh.client).await {
            Ok(r) => r,
            // The connection died before any byte of a response: on a reused keep-alive
            // connection that the server closed meanwhile (uvicorn does after a 5xx) the
            // request was never processed. Send it once more on a fresh connection before
            // concluding anything.
            Err(e) if connection_dropped(&e) => match attempt_with(&sh.fresh).await {
                Ok(r) => r,
                Err(e2) if connection_dropped(&e2) => {
                    return Err(SendError::Dropped(root_cause(&e2)));
                }
                // The process behind the port went away with the request.
                Err(e2) if e2.is_connect() => {
                    return Err(SendError::Dropped(format!(
                        "{}; then new connections were refused: the server process may have exited",
                        root_cause(&e)
                    )));
                }
                Err(e2) => return Err(transport(&e2)),
            },
            Err(e) => return Err(transport(&e)),
        };
        sh.progress.inc(1);
        let status = resp.status().as_u16();
        let hdrs: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        if status == 429 && attempt < 3 {
            let wait = parse_retry_after(
                hdrs.iter()
                    .find(|(k, _)| k == "retry-after")
                    .map(|(_, v)| v.as_str()),
            );
            tokio::time::sleep(wait).await;
            continue;
        }
        const CAP: usize = 8 << 20;
        let mut body = Vec::new();
        let mut truncated = false;
        loop {
            match resp.chunk().await {
                Ok(Some(c)) => {
                    if body.len() + c.len() > CAP {
                        truncated = true;
                        break;
                    }
                    body.extend_from_slice(&c);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(SendError::Transport(format!(
                        "{} {}: reading the body: {e}",
                        req.method,
                        sh.masker.mask(&req.url)
                    )));
                }
            }
        }
        return Ok(HttpResponse {
            status,
            headers: hdrs,
            body,
            truncated,
        });
    }
    Err(SendError::Budget)
}

fn note_send_error(sh: &Shared, e: SendError) {
    let mut c = lock(&sh.col);
    match e {
        SendError::Budget => {}
        SendError::Invalid(m) => {
            c.rejected_cases += 1;
            if c.reject_samples.len() < 5 {
                c.reject_samples.push(m);
            }
        }
        SendError::Transport(m) | SendError::Dropped(m) => {
            c.transport_errors += 1;
            if c.transport_samples.len() < 10 {
                c.transport_samples.push(m);
            }
        }
    }
}

/// The stand-in response of an exchange whose connection was dropped (`server_crash`).
fn no_response() -> HttpResponse {
    HttpResponse::default()
}

fn response_findings(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    req: &HttpRequest,
    resp: &HttpResponse,
) -> Vec<Finding> {
    let cx = Ctx {
        spec: &sh.spec,
        op: &sh.spec.operations[op],
        kind,
        request: req,
        response: resp,
        validators: &sh.validators,
    };
    let mut out: Vec<Finding> = checks::RESPONSE_CHECKS
        .iter()
        .filter(|(c, _)| sh.checks.contains(c))
        .filter_map(|(_, f)| f(&cx))
        .collect();
    with_shape(&mut out, req, resp);
    out
}

/// Add the response's shape to the cause of findings that only name a status.
fn with_shape(findings: &mut [Finding], req: &HttpRequest, resp: &HttpResponse) {
    let mut shapes: [Option<String>; 2] = [None, None];
    for f in findings.iter_mut() {
        if let Some(text) = checks::shape_in_cause(f.check, resp.status) {
            let shape = shapes[usize::from(text)]
                .get_or_insert_with(|| checks::response_shape(req, resp, text));
            if !shape.is_empty() {
                f.cause = format!("{} {shape}", f.cause);
            }
        }
    }
}

async fn exchange(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    data: &RequestData,
) -> Option<(HttpRequest, HttpResponse, Vec<Finding>)> {
    exchange_mangled(sh, op, kind, data, None).await
}

async fn exchange_mangled(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    data: &RequestData,
    mangle: Option<Mangle>,
) -> Option<(HttpRequest, HttpResponse, Vec<Finding>)> {
    let mut req = match request::build(&sh.spec.operations[op], data, &sh.base, &sh.extra) {
        Ok(r) => r,
        Err(e) => {
            note_send_error(sh, SendError::Invalid(e));
            return None;
        }
    };
    if let Some(m) = mangle {
        m.apply(&mut req);
    }
    match send(sh, &req).await {
        Ok(resp) => {
            record_stats(sh, op, resp.status);
            let mut f = response_findings(sh, op, kind, &req, &resp);
            if mangle == Some(Mangle::WrongContentType) {
                // Any 4xx is a right answer to a body of the wrong type (415 is the standard
                // one, and specs rarely list it): only a 5xx says something.
                f.retain(|x| x.check == Check::ServerError);
            }
            Some((req, resp, f))
        }
        Err(SendError::Dropped(detail)) => {
            record_stats(sh, op, 0);
            let f = if sh.checks.contains(&Check::ServerCrash) {
                vec![checks::server_crash(&detail)]
            } else {
                vec![]
            };
            Some((req, no_response(), f))
        }
        Err(e) => {
            note_send_error(sh, e);
            None
        }
    }
}

fn strip_creds(req: &HttpRequest, creds: &[Cred], bad: bool) -> HttpRequest {
    let mut r = req.clone();
    for c in creds {
        match c {
            Cred::Header(name, kind) => {
                r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
                if bad {
                    let v = match (*kind, name.eq_ignore_ascii_case("authorization")) {
                        ("basic", true) => "Basic c3RpcHVsYTppbnZhbGlk".to_string(),
                        (_, true) => "Bearer stipula-invalid-token".to_string(),
                        _ => "stipula-invalid-key".to_string(),
                    };
                    r.headers.push((name.clone(), v));
                }
            }
            Cred::Query(name) => {
                if let Ok(mut u) = reqwest::Url::parse(&r.url) {
                    let pairs: Vec<(String, String)> = u
                        .query_pairs()
                        .filter(|(k, _)| k != name)
                        .map(|(k, v)| (k.into_owned(), v.into_owned()))
                        .collect();
                    u.set_query(None);
                    {
                        let mut q = u.query_pairs_mut();
                        for (k, v) in &pairs {
                            q.append_pair(k, v);
                        }
                        if bad {
                            q.append_pair(name, "stipula-invalid-key");
                        }
                    }
                    if u.query() == Some("") {
                        u.set_query(None);
                    }
                    r.url = u.to_string();
                }
            }
            Cred::Cookie(name) => {
                let prefix = format!("{name}=");
                let mut jar: Vec<String> = r
                    .header("cookie")
                    .map(|c| {
                        c.split(';')
                            .map(|x| x.trim().to_string())
                            .filter(|x| !x.starts_with(&prefix))
                            .collect()
                    })
                    .unwrap_or_default();
                if bad {
                    jar.push(format!("{name}=stipula-invalid-key"));
                }
                r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("cookie"));
                if !jar.is_empty() {
                    r.headers.push(("Cookie".into(), jar.join("; ")));
                }
            }
        }
    }
    r
}

async fn auth_probes(sh: &Shared, op: usize, req: &HttpRequest, resp: &HttpResponse) {
    if !sh.checks.contains(&Check::IgnoredAuth) || !(200..300).contains(&resp.status) {
        return;
    }
    let Some(Some(creds)) = sh.creds.get(op) else {
        return;
    };
    for (bad, variant) in [(false, "no credentials"), (true, "invalid credentials")] {
        let probe = strip_creds(req, creds, bad);
        match send(sh, &probe).await {
            Ok(r) => {
                record_stats(sh, op, r.status);
                if let Some(f) = checks::ignored_auth(variant, &r) {
                    record_failure(
                        sh,
                        op,
                        sh.spec.operations[op].key(),
                        &f,
                        &probe,
                        &r,
                        vec![],
                        Phase::Positive,
                        None,
                    );
                }
            }
            Err(SendError::Dropped(d)) => crash(sh, op, sh.spec.operations[op].key(), &probe, &d),
            Err(e) => note_send_error(sh, e),
        }
    }
}

/// Record a `server_crash` of a request sent outside `exchange` (probes).
fn crash(sh: &Shared, op: usize, operation: String, req: &HttpRequest, detail: &str) {
    record_stats(sh, op, 0);
    let f = checks::server_crash(detail);
    record_failure(
        sh,
        op,
        operation,
        &f,
        req,
        &no_response(),
        vec![],
        Phase::Boundary,
        None,
    );
}

fn eval(
    expr: &Expr,
    first_req: &RequestData,
    first_resp: &HttpResponse,
    op: &stipula_spec::Operation,
) -> Option<Value> {
    match expr {
        Expr::Const(v) => Some(v.clone()),
        Expr::ResponseBody(ptr) => {
            let body: Value = serde_json::from_slice(&first_resp.body).ok()?;
            let v = if ptr.is_empty() {
                body
            } else {
                body.pointer(ptr)?.clone()
            };
            (!v.is_null()).then_some(v)
        }
        Expr::ResponseHeader(h) => first_resp.header(h).map(|v| Value::String(v.to_string())),
        Expr::RequestBody(ptr) => {
            let b = first_req.body.as_ref()?;
            if ptr.is_empty() {
                Some(b.clone())
            } else {
                b.pointer(ptr).cloned()
            }
        }
        Expr::RequestParam(loc, name) => {
            let i = op
                .parameters
                .iter()
                .position(|p| p.location == *loc && &p.name == name)?;
            first_req.params.get(i)?.clone()
        }
    }
}

/// Run a sequence. Recording (a normal run), failures go to the collector, with the steps
/// that led to them for shrinking; replaying (`record` false: shrinking), they are returned.
async fn run_sequence(
    sh: &Shared,
    steps: Vec<SeqStep>,
    probe: bool,
    record: bool,
) -> Vec<SeqFailure> {
    let spec = &sh.spec;
    let mut out = Vec::new();
    let mut records: Vec<StepRecord> = Vec::new();
    let mut first: Option<(RequestData, HttpResponse)> = None;
    let mut create_status = 0;
    let mut delete_status = 0;
    let mut created_ids: Vec<(String, String, Value)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let op = &spec.operations[step.spec.op];
        let mut data = step.data.clone();
        if let Some((freq, fresp)) = &first {
            let first_op = &spec.operations[steps[0].spec.op];
            for (pi, e) in &step.spec.bindings {
                let Some(v) = eval(e, freq, fresp, first_op) else {
                    return out;
                };
                if let Some(slot) = data.params.get_mut(*pi) {
                    *slot = Some(v.clone());
                }
                if let Some(p) = op.parameters.get(*pi)
                    && p.location == ParamLocation::Path
                {
                    created_ids.push((op.path.clone(), p.name.clone(), v));
                }
            }
        }
        let kind = CaseKind::from_verdict(plan::judge(spec, &sh.validators, op, &data));
        let Some((req, resp, mut findings)) = exchange(sh, step.spec.op, &kind, &data).await else {
            return out;
        };
        records.push(StepRecord::new(&sh.masker, &op.key(), &req, resp.status));
        if i == 0 {
            create_status = resp.status;
        }
        if sh.checks.contains(&Check::ResourceAvailability) {
            findings.extend(checks::resource_availability(
                step.spec.role,
                create_status,
                &resp,
            ));
        }
        if step.spec.role == Role::Delete {
            delete_status = resp.status;
        }
        if sh.checks.contains(&Check::UseAfterDelete) {
            findings.extend(checks::use_after_delete(
                step.spec.role,
                delete_status,
                &resp,
            ));
        }
        for f in findings {
            if !record {
                out.push(SeqFailure {
                    step: i,
                    finding: f,
                    req: req.clone(),
                    resp: resp.clone(),
                    records: records.clone(),
                });
                continue;
            }
            record_failure(
                sh,
                step.spec.op,
                op.key(),
                &f,
                &req,
                &resp,
                records.clone(),
                Phase::Stateful,
                None,
            );
            let key = (f.check, op.key(), f.cause.clone());
            // A failure that needs earlier steps (an id they created, a DELETE before) is
            // reported and shrunk as a sequence, even if first seen on a lone request that
            // happened to reuse a created id.
            if i > 0
                && let Some(rec) = lock(&sh.col).failures.get_mut(&key)
                && rec.sequence.is_none()
            {
                rec.sequence = Some(Sequence(steps[..=i].to_vec()));
                if rec.steps.is_empty() {
                    rec.steps = records.clone();
                    rec.replace_exchange(&sh.masker, &req, &resp);
                }
            }
        }
        if probe {
            auth_probes(sh, step.spec.op, &req, &resp).await;
        }
        if i == 0 {
            if !(200..300).contains(&resp.status) {
                return out;
            }
            first = Some((data.clone(), resp.clone()));
        }
        if i == 1 && (200..300).contains(&resp.status) {
            let mut pool = lock(&sh.pool);
            for (path, name, v) in &created_ids {
                let e = pool.ids.entry((path.clone(), name.clone())).or_default();
                if !e.contains(v) {
                    if e.len() >= 64 {
                        e.remove(0);
                    }
                    e.push(v.clone());
                }
            }
        }
        if step.spec.role == Role::Delete && (200..300).contains(&resp.status) {
            let mut pool = lock(&sh.pool);
            for (path, name, v) in &created_ids {
                if let Some(e) = pool.ids.get_mut(&(path.clone(), name.clone())) {
                    e.retain(|x| x != v);
                }
            }
        }
    }
    out
}

/// Learn from a valid request's outcome which optional parameter the server rejects whatever
/// its value: when one makes the server answer the same 4xx to most valid requests that send
/// it, and rarely to those that do not, it is left out of valid requests for the rest of the
/// run (budget otherwise spent on one rejection), with a notice.
fn learn_rejections(sh: &Shared, op_idx: usize, data: &RequestData, status: u16) {
    let op = &sh.spec.operations[op_idx];
    let mut stats = lock(&sh.param_stats);
    let mut newly = Vec::new();
    for (i, p) in op.parameters.iter().enumerate() {
        if p.required || p.location == ParamLocation::Path {
            continue;
        }
        let key = param_key(p);
        let sent = data
            .params
            .get(i)
            .is_some_and(|v| v.as_ref().is_some_and(|v| !v.is_null()));
        let st = stats.entry(key.clone()).or_default();
        if sent {
            st.with += 1;
            *st.with_status.entry(status).or_default() += 1;
        } else {
            st.without += 1;
            *st.without_status.entry(status).or_default() += 1;
        }
        if !sent || st.with < 12 || st.without < 6 {
            continue;
        }
        let Some((&s, &n)) = st.with_status.iter().max_by_key(|(_, n)| **n) else {
            continue;
        };
        let without = st.without_status.get(&s).copied().unwrap_or(0);
        if (400..500).contains(&s)
            && ![401, 403, 404, 409, 410, 429].contains(&s)
            && n * 10 >= st.with * 8
            && without * 10 <= st.without * 3
        {
            newly.push((key, s, n, st.with, without, st.without));
        }
    }
    drop(stats);
    for (key, s, n, with, without, total_without) in newly {
        let mut muted = lock(&sh.muted);
        if muted.contains_key(&key) {
            continue;
        }
        muted.insert(key.clone(), s);
        drop(muted);
        lock(&sh.notices).push(format!(
            "optional {} parameter `{}`: the server answered {s} to {n} of {with} valid requests \
             that sent it and to {without} of {total_without} that did not, so it likely wants a \
             format the spec does not state. Reported once as a cause; after request {} it was \
             left out of valid requests. Pin a value the server accepts with `--param {}:{}=VALUE`, \
             or state the format in the spec",
            key.0.as_str(),
            key.1,
            sh.sent.load(Ordering::Relaxed),
            key.0.as_str(),
            key.1
        ));
    }
}

async fn run_job(sh: &Shared, job: Job) {
    match job {
        Job::Case(case) => {
            let Some((req, resp, findings)) =
                exchange_mangled(sh, case.op, &case.kind, &case.data, case.mangle).await
            else {
                return;
            };
            if case.kind == CaseKind::Positive && resp.status != 0 {
                learn_rejections(sh, case.op, &case.data, resp.status);
            }
            let key = sh.spec.operations[case.op].key();
            for f in &findings {
                record_failure(
                    sh,
                    case.op,
                    key.clone(),
                    f,
                    &req,
                    &resp,
                    vec![],
                    case.phase,
                    case.origin.clone(),
                );
            }
            if case.probe_auth {
                auth_probes(sh, case.op, &req, &resp).await;
            }
        }
        Job::Shrink(case, reply) => {
            let out = exchange_mangled(sh, case.op, &case.kind, &case.data, case.mangle).await;
            let _ = reply.send(out);
        }
        Job::Sequence(steps, probe) => {
            run_sequence(sh, steps, probe, true).await;
        }
        Job::ShrinkSequence(steps, reply) => {
            let out = run_sequence(sh, steps, false, false).await;
            let _ = reply.send(out);
        }
        Job::Probe {
            op,
            method,
            declared,
            data,
        } => {
            let Ok(mut req) = request::build(&sh.spec.operations[op], &data, &sh.base, &sh.extra)
            else {
                return;
            };
            req.method = method.clone();
            req.body = None;
            req.headers
                .retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
            match send(sh, &req).await {
                Ok(resp) => {
                    record_stats(sh, op, resp.status);
                    if let Some(mut f) = checks::unsupported_method(&method, &declared, &resp)
                        .filter(|_| sh.checks.contains(&Check::UnsupportedMethod))
                    {
                        with_shape(std::slice::from_mut(&mut f), &req, &resp);
                        let name = format!("{method} {}", sh.spec.operations[op].path);
                        record_failure(
                            sh,
                            op,
                            name,
                            &f,
                            &req,
                            &resp,
                            vec![],
                            Phase::Boundary,
                            None,
                        );
                    }
                }
                Err(SendError::Dropped(d)) => {
                    let name = format!("{method} {}", sh.spec.operations[op].path);
                    crash(sh, op, name, &req, &d)
                }
                Err(e) => note_send_error(sh, e),
            }
        }
    }
}

/// Which failures share a cause (one shrunk representative each): as `report::group_causes`,
/// crashes and server errors per operation.
fn cause_key(k: &(Check, String, String)) -> (Check, String) {
    match k.0 {
        Check::ServerError | Check::ServerCrash => (k.0, format!("{} {}", k.1, k.2)),
        _ => (k.0, k.2.clone()),
    }
}

struct Driver {
    sh: Arc<Shared>,
    tx: Option<mpsc::Sender<Job>>,
    strategies: HashMap<(usize, Option<usize>), BoxedStrategy<RequestData>>,
    edits: HashMap<(usize, Option<usize>), Vec<Edit>>,
    /// Pinned values per operation: (parameter index, value).
    pins: HashMap<usize, Vec<(usize, Value)>>,
    planned: u64,
}

impl Driver {
    fn new(sh: Arc<Shared>, tx: mpsc::Sender<Job>) -> Driver {
        Driver {
            sh,
            tx: Some(tx),
            strategies: HashMap::new(),
            edits: HashMap::new(),
            pins: HashMap::new(),
            planned: 0,
        }
    }

    /// Put the `--param` values into `d`.
    fn pin(&mut self, op_idx: usize, d: &mut RequestData) {
        if self.sh.cfg.params.is_empty() {
            return;
        }
        let sh = self.sh.clone();
        let pins = self.pins.entry(op_idx).or_insert_with(|| {
            let op = &sh.spec.operations[op_idx];
            let mut out = Vec::new();
            for (i, p) in op.parameters.iter().enumerate() {
                // The last matching pin wins (the CLI's come after the config file's).
                if let Some(pin) = sh.cfg.params.iter().rev().find(|x| x.applies(op, p)) {
                    // Typed by the schema: the first reading of the text that it accepts.
                    let cands = plan::wire_candidates(&pin.value);
                    let v = cands
                        .iter()
                        .find(|c| {
                            plan::judge_param(&sh.spec, &sh.validators, p, Some(c))
                                == Verdict::Valid
                        })
                        .cloned()
                        .or_else(|| serde_json::from_str::<Value>(&pin.value).ok())
                        .unwrap_or_else(|| Value::String(pin.value.clone()));
                    out.push((i, v));
                }
            }
            out
        });
        for (i, v) in pins.iter() {
            if let Some(slot) = d.params.get_mut(*i) {
                *slot = Some(v.clone());
            }
        }
    }

    /// Leave out optional parameters the server was found to reject whatever their value.
    fn drop_muted(&self, op_idx: usize, d: &mut RequestData) {
        let muted = lock(&self.sh.muted);
        if muted.is_empty() {
            return;
        }
        let op = &self.sh.spec.operations[op_idx];
        for (i, p) in op.parameters.iter().enumerate() {
            if !p.required && muted.contains_key(&param_key(p)) {
                d.params[i] = None;
            }
        }
    }

    fn stopped(&self) -> bool {
        self.sh.stop.load(Ordering::Relaxed)
            || self.sh.deadline.is_some_and(|d| Instant::now() >= d)
    }

    fn submit(&mut self, job: Job, est: u64) -> bool {
        if self.stopped() {
            return false;
        }
        let Some(tx) = &self.tx else { return false };
        self.sh.pending.fetch_add(1, Ordering::SeqCst);
        if tx.blocking_send(job).is_err() {
            self.sh.pending.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        self.planned += est;
        true
    }

    /// Is the phase's share of the budget (fraction `upto` of the whole) used up?
    fn over_share(&self, upto: f64) -> bool {
        if self.stopped() {
            return true;
        }
        if let Some(max) = self.sh.cfg.max_requests
            && self.planned as f64 >= max as f64 * upto
        {
            return true;
        }
        if let (Some(d), Some(dur)) = (self.sh.deadline, self.sh.cfg.duration) {
            let phase_end = d - dur + dur.mul_f64(upto);
            if Instant::now() >= phase_end {
                return true;
            }
        }
        false
    }

    fn has(&self, p: Phase) -> bool {
        self.sh.cfg.phases.contains(&p)
    }

    fn strategy(&mut self, op_idx: usize, media: Option<usize>) -> BoxedStrategy<RequestData> {
        if let Some(s) = self.strategies.get(&(op_idx, media)) {
            return s.clone();
        }
        let spec = self.sh.spec.clone();
        let op = &spec.operations[op_idx];
        let mut params: Vec<BoxedStrategy<Option<Value>>> = Vec::new();
        for p in &op.parameters {
            let ascii = matches!(p.location, ParamLocation::Header | ParamLocation::Cookie);
            let mut c = crate::strategy::Compiler::new(&spec, true, ascii);
            let s = match plan::param_schema(p) {
                Some(id) => {
                    let mut st = c.schema(id, 0);
                    if p.location == ParamLocation::Path {
                        // A path segment cannot be empty: the URL would name another resource.
                        st = st
                            .prop_map(|v| match v {
                                // Nor `.`/`..` (removed by URL normalisation) or a `/`
                                // (decoded before routing): both reach another route.
                                Value::String(s) if s.is_empty() => Value::String("a".into()),
                                Value::String(s) if s == "." || s == ".." => {
                                    Value::String(format!("a{s}"))
                                }
                                Value::String(s) if s.contains('/') => {
                                    Value::String(s.replace('/', "_"))
                                }
                                other => other,
                            })
                            .boxed();
                    }
                    if p.required || p.location == ParamLocation::Path {
                        st.prop_map(Some).boxed()
                    } else {
                        proptest::option::weighted(0.5, st).boxed()
                    }
                }
                None if p.required || p.location == ParamLocation::Path => {
                    Just(Some(Value::String("stipula".into()))).boxed()
                }
                None => Just(None).boxed(),
            };
            params.push(s);
        }
        let body: BoxedStrategy<Option<Value>> = match (&op.request_body, media) {
            (Some(rb), Some(mi)) => {
                let mt = &rb.content[mi];
                let st = match mt.schema {
                    Some(id) => {
                        let mut c = crate::strategy::Compiler::new(&spec, true, false);
                        c.json_floats = request::is_json(&mt.media_type);
                        c.schema(id, 0)
                    }
                    None if request::is_json(&mt.media_type) => Just(serde_json::json!({})).boxed(),
                    None => Just(Value::String("stipula".into())).boxed(),
                };
                if rb.required {
                    st.prop_map(Some).boxed()
                } else {
                    proptest::option::weighted(0.9, st).boxed()
                }
            }
            _ => Just(None).boxed(),
        };
        let s = (params, body)
            .prop_map(move |(params, body)| RequestData {
                params,
                media,
                body,
            })
            .boxed();
        self.strategies.insert((op_idx, media), s.clone());
        s
    }

    fn media_for(&self, op: usize, seed: u64) -> Option<usize> {
        let m = plan::supported_media(&self.sh.spec.operations[op]);
        if m.is_empty() {
            None
        } else {
            Some(m[(seed % m.len() as u64) as usize])
        }
    }

    fn runner(seed: u64) -> TestRunner {
        let mut bytes = [0u8; 32];
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            chunk.copy_from_slice(&splitmix(seed ^ i as u64).to_le_bytes());
        }
        TestRunner::new_with_rng(
            proptest::test_runner::Config::default(),
            TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
        )
    }

    fn tree(
        &mut self,
        op: usize,
        media: Option<usize>,
        seed: u64,
    ) -> Option<Box<dyn ValueTree<Value = RequestData>>> {
        let s = self.strategy(op, media);
        let mut r = Self::runner(seed);
        s.new_tree(&mut r).ok()
    }

    /// Reuse ids of created resources for path parameters (half of the time).
    fn use_pool(&self, op_idx: usize, seed: u64, d: &mut RequestData) {
        let spec = &self.sh.spec;
        let op = &spec.operations[op_idx];
        let pool = lock(&self.sh.pool);
        for (i, p) in op.parameters.iter().enumerate() {
            if p.location != ParamLocation::Path {
                continue;
            }
            if let Some(ids) = pool.ids.get(&(op.path.clone(), p.name.clone()))
                && !ids.is_empty()
                && splitmix(seed ^ 0xabcd ^ i as u64).is_multiple_of(2)
            {
                let v = ids[(splitmix(seed ^ i as u64) % ids.len() as u64) as usize].clone();
                if plan::judge_param(spec, &self.sh.validators, p, Some(&v)) == Verdict::Valid {
                    d.params[i] = Some(v);
                }
            }
        }
    }

    /// A valid request for `op` from `phase`/`n`, or the last attempt marked unchecked.
    fn positive(
        &mut self,
        op: usize,
        phase: Phase,
        n: u64,
    ) -> Option<(RequestData, CaseKind, Origin)> {
        let mut last = None;
        for attempt in 0..4u64 {
            let seed = case_seed(self.sh.cfg.seed, op, phase, n * 8 + attempt);
            let media = self.media_for(op, seed);
            let Some(t) = self.tree(op, media, seed) else {
                continue;
            };
            let mut d = t.current();
            if phase != Phase::Boundary {
                self.use_pool(op, seed, &mut d);
            }
            self.pin(op, &mut d);
            self.drop_muted(op, &mut d);
            let origin = Origin {
                op,
                media,
                seed,
                edit: None,
            };
            match plan::judge(
                &self.sh.spec,
                &self.sh.validators,
                &self.sh.spec.operations[op],
                &d,
            ) {
                Verdict::Valid => return Some((d, CaseKind::Positive, origin)),
                Verdict::Unknown => return Some((d, CaseKind::Unchecked, origin)),
                Verdict::Invalid => {
                    lock(&self.sh.col).rejected_cases += 1;
                    last = Some((d, CaseKind::Unchecked, origin));
                }
            }
        }
        last
    }

    fn edits_of(&mut self, op: usize, media: Option<usize>) -> Vec<Edit> {
        if let Some(e) = self.edits.get(&(op, media)) {
            return e.clone();
        }
        let e = plan::edits(&self.sh.spec, &self.sh.spec.operations[op], media);
        self.edits.insert((op, media), e.clone());
        e
    }

    fn negative(&mut self, op: usize, n: u64) -> Option<Case> {
        let (base, kind, origin) = self.positive(op, Phase::Negative, n)?;
        if kind != CaseKind::Positive {
            return None;
        }
        let edits: Vec<Edit> = self
            .edits_of(op, origin.media)
            .into_iter()
            .filter(|e| !e.intends_valid)
            .collect();
        if edits.is_empty() {
            return None;
        }
        let spec = self.sh.spec.clone();
        for k in 0..4u64 {
            let e = &edits[(splitmix(origin.seed ^ k) % edits.len() as u64) as usize];
            if let Some(d) = plan::apply(&base, e)
                && plan::judge_edit(&spec, &self.sh.validators, &spec.operations[op], &d, e)
                    == Verdict::Invalid
            {
                return Some(Case {
                    op,
                    phase: Phase::Negative,
                    kind: CaseKind::Negative {
                        description: e.description.clone(),
                        keyword: e.keyword,
                    },
                    data: d,
                    origin: Some(Origin {
                        edit: Some(e.clone()),
                        ..origin
                    }),
                    probe_auth: false,
                    mangle: None,
                });
            }
        }
        None
    }

    /// Requests a case costs (auth probes are few: at most two pairs per operation).
    fn est(&self, _op: usize) -> u64 {
        1
    }

    /// Every example of the spec, before any random data: the cases of all operations are
    /// made first, then sent round-robin (each operation's first, then each one's second, ...)
    /// so that a budget too small for all of them still reaches every operation.
    fn examples(&mut self, ops: &[usize]) {
        // Round 0 is sent while the cases are made (the first requests go out at once, even
        // on a spec of a thousand operations); later rounds from what was kept.
        let mut per_op: Vec<Vec<Case>> = Vec::new();
        for &oi in ops {
            if self.over_share(0.25) {
                return;
            }
            let cases = self.example_cases(oi);
            if let Some(first) = cases.first().cloned() {
                let est = self.est(first.op);
                self.submit(Job::Case(first), est);
            }
            per_op.push(cases);
        }
        let rounds = per_op.iter().map(Vec::len).max().unwrap_or(0);
        for r in 1..rounds {
            for cases in &per_op {
                if self.over_share(0.25) {
                    return;
                }
                if let Some(case) = cases.get(r).cloned() {
                    let est = self.est(case.op);
                    self.submit(Job::Case(case), est);
                }
            }
        }
    }

    /// The examples phase's cases of one operation.
    fn example_cases(&mut self, oi: usize) -> Vec<Case> {
        let spec = self.sh.spec.clone();
        let mut out = Vec::new();
        {
            let op = &spec.operations[oi];
            let Some((base, _, origin)) = self.positive(oi, Phase::Examples, 0) else {
                return out;
            };
            let pex: Vec<Vec<Value>> = op
                .parameters
                .iter()
                .map(|p| plan::param_examples(&spec, p))
                .collect();
            let mut bex = origin
                .media
                .map(|m| plan::body_examples(&spec, op, m))
                .unwrap_or_default();
            // Examples of properties deep inside the body count too (an optional nested
            // `text.query` with `examples` is how a search handler's 500 is reached): each one
            // on top of the body's own example (or the simplest body), all of them together
            // first.
            let body_schema = origin.media.and_then(|m| {
                let mt = op.request_body.as_ref()?.content.get(m)?;
                request::is_json(&mt.media_type).then_some(mt.schema?)
            });
            if let Some(root) = body_schema {
                // The body's own example, else the simplest body if the validator takes it,
                // else the generated valid one.
                let start = bex.first().cloned().unwrap_or_else(|| {
                    let sk = plan::skeleton(&spec, root, 0);
                    let ok = self.sh.validators.is_valid(
                        &spec,
                        root,
                        stipula_schema::render::Direction::Request,
                        &sk,
                    ) != Some(false);
                    match (&base.body, ok) {
                        (Some(b), false) => b.clone(),
                        _ => sk,
                    }
                });
                let props = plan::property_examples(&spec, root);
                let mut all = start.clone();
                let mut seen_paths = HashSet::new();
                for (path, chain, v) in &props {
                    if seen_paths.insert(path.clone())
                        && let Some(b) = plan::with_property(&spec, &all, path, chain, v.clone())
                    {
                        all = b;
                    }
                }
                let mut extra = vec![all];
                extra.extend(props.into_iter().filter_map(|(path, chain, v)| {
                    plan::with_property(&spec, &start, &path, &chain, v)
                }));
                for b in extra {
                    if !bex.contains(&b) {
                        bex.push(b);
                    }
                }
            }
            let n = pex
                .iter()
                .map(Vec::len)
                .chain([bex.len()])
                .max()
                .unwrap_or(0)
                // One request even without examples: every operation answers once before
                // any operation gets its many boundary cases (a bug on every request shows
                // at once).
                .clamp(1, 48);
            let mut base = base;
            // Optional parameters without examples stay out: a random optional header that
            // the server rejects would hide what the examples reach.
            for (i, p) in op.parameters.iter().enumerate() {
                if !p.required && p.location != ParamLocation::Path && pex[i].is_empty() {
                    base.params[i] = None;
                }
            }
            for k in 0..n {
                let mut d = base.clone();
                for (i, ex) in pex.iter().enumerate() {
                    if !ex.is_empty() {
                        d.params[i] = Some(ex[k % ex.len()].clone());
                    }
                }
                if !bex.is_empty() {
                    d.body = Some(bex[k % bex.len()].clone());
                }
                self.pin(oi, &mut d);
                let kind = CaseKind::from_verdict(plan::judge(&spec, &self.sh.validators, op, &d));
                out.push(Case {
                    op: oi,
                    phase: Phase::Examples,
                    kind,
                    data: d,
                    origin: None,
                    probe_auth: true,
                    mangle: None,
                });
            }
        }
        out
    }

    fn boundary(&mut self, ops: &[usize]) {
        let spec = self.sh.spec.clone();
        for &oi in ops {
            if self.over_share(0.4) {
                return;
            }
            let op = &spec.operations[oi];
            let Some((base, CaseKind::Positive, origin)) = self.positive(oi, Phase::Boundary, 0)
            else {
                continue;
            };
            // Bodies no schema describes: cut JSON, JSON labelled text/plain, an empty body
            // where one is required. A 4xx is right, a 5xx is a failure.
            let json_body = origin.media.and_then(|m| {
                let rb = op.request_body.as_ref()?;
                request::is_json(&rb.content.get(m)?.media_type).then_some(rb.required)
            });
            if let Some(required) = json_body
                && base.body.is_some()
            {
                let mut mangles = vec![Mangle::TruncatedJson, Mangle::WrongContentType];
                if required {
                    mangles.push(Mangle::EmptyBody);
                }
                for m in mangles {
                    let case = Case {
                        op: oi,
                        phase: Phase::Boundary,
                        kind: m.kind(),
                        data: base.clone(),
                        origin: None,
                        probe_auth: false,
                        mangle: Some(m),
                    };
                    if !self.submit(Job::Case(case), 1) {
                        return;
                    }
                }
            }
            let pinned: Vec<usize> = self
                .pins
                .get(&oi)
                .map(|p| p.iter().map(|(i, _)| *i).collect())
                .unwrap_or_default();
            for e in self.edits_of(oi, origin.media).into_iter().take(64) {
                // A pinned parameter keeps its value in valid requests (only negative cases
                // break it on purpose).
                if e.intends_valid
                    && matches!(e.target, plan::Target::Param(i) if pinned.contains(&i))
                {
                    continue;
                }
                let Some(d) = plan::apply(&base, &e) else {
                    continue;
                };
                let kind = if e.intends_valid {
                    if plan::judge(&spec, &self.sh.validators, op, &d) != Verdict::Valid {
                        continue;
                    }
                    CaseKind::Positive
                } else {
                    if plan::judge_edit(&spec, &self.sh.validators, op, &d, &e) != Verdict::Invalid
                    {
                        continue;
                    }
                    CaseKind::Negative {
                        description: e.description.clone(),
                        keyword: e.keyword,
                    }
                };
                let est = self.est(oi);
                if !self.submit(
                    Job::Case(Case {
                        op: oi,
                        phase: Phase::Boundary,
                        kind,
                        data: d,
                        origin: None,
                        probe_auth: false,
                        mangle: None,
                    }),
                    est,
                ) {
                    return;
                }
            }
        }
    }

    fn method_probes(&mut self, ops: &[usize]) {
        if !self.sh.checks.contains(&Check::UnsupportedMethod) {
            return;
        }
        let spec = self.sh.spec.clone();
        let mut seen = HashSet::new();
        for &oi in ops {
            let op = &spec.operations[oi];
            if !seen.insert(op.path.clone()) {
                continue;
            }
            let declared: Vec<String> = spec
                .operations
                .iter()
                .filter(|o| o.path == op.path)
                .map(|o| o.method.as_str().to_string())
                .collect();
            let excluded = |m: &str| {
                self.sh
                    .cfg
                    .exclude
                    .iter()
                    .any(|f| matches!(f, Filter::Method(x) if x == m))
            };
            let Some(method) = ["GET", "PATCH", "PUT", "POST", "DELETE"]
                .into_iter()
                .find(|m| !declared.iter().any(|d| d == m) && !excluded(m))
            else {
                continue;
            };
            // Only a URL that no declared route can match: `/pools/filter` may be
            // `GET /pools/{name}` with name=filter, which then rightly answers 404.
            let mut probe = None;
            for n in 1..4 {
                let Some((mut data, _, _)) = self.positive(oi, Phase::Boundary, n) else {
                    break;
                };
                // Nothing optional: a random optional header may be rejected before routing.
                for (i, p) in op.parameters.iter().enumerate() {
                    if !p.required && p.location != ParamLocation::Path {
                        data.params[i] = None;
                    }
                }
                let Ok(req) = request::build(op, &data, &self.sh.base, &self.sh.extra) else {
                    continue;
                };
                let path = req.url[self.sh.base.len()..]
                    .split(['?', '#'])
                    .next()
                    .unwrap_or("")
                    .to_string();
                let other_route = spec
                    .operations
                    .iter()
                    .any(|o| o.path != op.path && plan::path_matches(&o.path, &path));
                if !other_route {
                    probe = Some(data);
                    break;
                }
            }
            let Some(data) = probe else {
                continue;
            };
            self.submit(
                Job::Probe {
                    op: oi,
                    method: method.to_string(),
                    declared,
                    data,
                },
                1,
            );
        }
    }

    fn sequence(&mut self, chain: &Chain, n: u64) -> Option<Vec<SeqStep>> {
        let mut steps = Vec::new();
        for (k, s) in chain.steps.iter().enumerate() {
            let (d, _, origin) = self.positive(s.op, Phase::Stateful, n * 16 + k as u64)?;
            steps.push(SeqStep {
                spec: s.clone(),
                data: d,
                origin,
            });
        }
        Some(steps)
    }

    fn random_rounds(&mut self, ops: &[usize], chains: &[Chain]) {
        let positive = self.has(Phase::Positive);
        let negative = self.has(Phase::Negative);
        let stateful = self.has(Phase::Stateful);
        let unbounded = self.sh.cfg.max_requests.is_none() && self.sh.cfg.duration.is_none();
        let mut round = 0u64;
        loop {
            if unbounded && round >= self.sh.cfg.cases_per_operation {
                return;
            }
            let mut any = false;
            for &oi in ops {
                if self.over_share(0.9) {
                    return;
                }
                if positive
                    && let Some((d, kind, origin)) = self.positive(oi, Phase::Positive, round)
                {
                    let origin = (kind == CaseKind::Positive).then_some(origin);
                    let est = self.est(oi);
                    any |= self.submit(
                        Job::Case(Case {
                            op: oi,
                            phase: Phase::Positive,
                            kind,
                            data: d,
                            origin,
                            probe_auth: round < 3,
                            mangle: None,
                        }),
                        est,
                    );
                }
                if negative && let Some(c) = self.negative(oi, round) {
                    any |= self.submit(Job::Case(c), 1);
                }
            }
            if stateful {
                for ch in chains {
                    if self.over_share(0.9) {
                        return;
                    }
                    if let Some(steps) = self.sequence(ch, round) {
                        let n = steps.len() as u64;
                        any |= self.submit(Job::Sequence(steps, round < 2), n);
                    }
                }
            }
            if !any {
                return;
            }
            round += 1;
        }
    }

    fn wait_idle(&self) {
        while self.sh.pending.load(Ordering::SeqCst) > 0 {
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    fn shrink_all(&mut self) {
        self.wait_idle();
        // Stateful failures first: dropping steps is what makes them readable.
        // One representative per cause (the same check and cause on any operation): the
        // first failure of it that can be regenerated.
        let mut causes_seen = HashSet::new();
        let seqs: Vec<((Check, String, String), Sequence)> = lock(&self.sh.col)
            .failures
            .iter()
            .filter_map(|(k, f)| f.sequence.clone().map(|s| (k.clone(), s)))
            .filter(|(k, _)| causes_seen.insert(cause_key(k)))
            .take(16)
            .collect();
        for (key, seq) in seqs {
            if let Some((fail, accepted)) = self.shrink_sequence(&key, seq)
                && let Some(rec) = lock(&self.sh.col).failures.get_mut(&key)
            {
                rec.replace_exchange(&self.sh.masker, &fail.req, &fail.resp);
                rec.steps = fail.records;
                rec.shrink_steps = accepted;
            }
        }
        let mut targets: Vec<((Check, String, String), Origin, CaseKind)> = lock(&self.sh.col)
            .failures
            .iter()
            .filter(|(_, f)| f.sequence.is_none())
            .filter_map(|(k, f)| f.origin.clone().map(|o| (k.clone(), o, f.kind.clone())))
            .filter(|(k, _, _)| causes_seen.insert(cause_key(k)))
            .take(64)
            .collect();
        // Crashes and server errors first (the report lists them first), and the budget left
        // shared among all causes rather than spent on the first few.
        targets.sort_by_key(|(k, _, _)| !matches!(k.0, Check::ServerCrash | Check::ServerError));
        let tries = match self.sh.cfg.max_requests {
            Some(max) if !targets.is_empty() => {
                let left = max.saturating_sub(self.sh.sent.load(Ordering::SeqCst));
                (left / targets.len() as u64).clamp(8, 48) as u32
            }
            _ => 48,
        };
        for (key, origin, kind) in targets {
            if let Some((req, resp, steps)) = self.shrink_one(&key, &origin, &kind, tries)
                && let Some(rec) = lock(&self.sh.col).failures.get_mut(&key)
            {
                rec.replace_exchange(&self.sh.masker, &req, &resp);
                rec.shrink_steps = steps;
            }
        }
    }

    /// Replay `steps`; `None` when the budget is spent, else the failure `key` if the last
    /// step failed that way again.
    fn replay(
        &mut self,
        key: &(Check, String, String),
        steps: &[SeqStep],
    ) -> Option<Option<SeqFailure>> {
        let last = steps.len().checked_sub(1)?;
        if self.sh.spec.operations[steps[last].spec.op].key() != key.1 {
            return Some(None);
        }
        let (tx, rx) = oneshot::channel();
        if !self.submit(Job::ShrinkSequence(steps.to_vec(), tx), steps.len() as u64) {
            return None;
        }
        let fails = rx.blocking_recv().ok()?;
        Some(
            fails
                .into_iter()
                .find(|f| f.step == last && f.finding.check == key.0 && f.finding.cause == key.2),
        )
    }

    /// Shrink a stateful failure: drop every step the failure does not need (the first
    /// step stays: later steps take their ids from it), then simplify each remaining
    /// step's generated request. Returns the last reproduction and the accepted changes.
    fn shrink_sequence(
        &mut self,
        key: &(Check, String, String),
        seq: Sequence,
    ) -> Option<(SeqFailure, u32)> {
        let spec = self.sh.spec.clone();
        let mut cur = seq.0;
        let mut best = None;
        let mut accepted = 0u32;
        // 1. Drop steps, from the one before the failing step back to the second.
        let mut i = cur.len().saturating_sub(2);
        while i >= 1 {
            let mut cand = cur.clone();
            cand.remove(i);
            match self.replay(key, &cand) {
                None => return best.map(|b| (b, accepted)),
                Some(Some(f)) => {
                    cur = cand;
                    best = Some(f);
                    accepted += 1;
                }
                Some(None) => {}
            }
            i -= 1;
        }
        // 2. Simplify each step's request (bound parameters are overwritten by the binding).
        for j in 0..cur.len() {
            let o = cur[j].origin.clone();
            let op = &spec.operations[o.op];
            // Nothing to simplify when every parameter is bound to an earlier step and
            // there is no body (e.g. `DELETE /things/{id}`).
            let bound: HashSet<usize> = cur[j].spec.bindings.iter().map(|(i, _)| *i).collect();
            if op.request_body.is_none() && (0..op.parameters.len()).all(|i| bound.contains(&i)) {
                continue;
            }
            // First the simplest value of the generator in one go: a stateful failure rarely
            // depends on the data, and one replay costs a whole sequence.
            if let Some(mut bottom) = self.tree(o.op, o.media, o.seed) {
                let mut n = 0;
                while n < 10_000 && bottom.simplify() {
                    n += 1;
                }
                let data = bottom.current();
                if n > 0 && plan::judge(&spec, &self.sh.validators, op, &data) == Verdict::Valid {
                    let mut cand = cur.clone();
                    cand[j].data = data;
                    match self.replay(key, &cand) {
                        None => return best.map(|b| (b, accepted)),
                        Some(Some(f)) => {
                            cur = cand;
                            best = Some(f);
                            accepted += 1;
                            continue;
                        }
                        Some(None) => {}
                    }
                }
            }
            let Some(mut tree) = self.tree(o.op, o.media, o.seed) else {
                continue;
            };
            if !tree.simplify() {
                continue;
            }
            for _ in 0..24 {
                if self.stopped() {
                    return best.map(|b| (b, accepted));
                }
                let data = tree.current();
                let fails = if plan::judge(&spec, &self.sh.validators, op, &data) == Verdict::Valid
                {
                    let mut cand = cur.clone();
                    cand[j].data = data;
                    match self.replay(key, &cand) {
                        None => return best.map(|b| (b, accepted)),
                        Some(Some(f)) => {
                            cur = cand;
                            best = Some(f);
                            accepted += 1;
                            true
                        }
                        Some(None) => false,
                    }
                } else {
                    false
                };
                let more = if fails {
                    tree.simplify()
                } else {
                    tree.complicate()
                };
                if !more {
                    break;
                }
            }
        }
        best.map(|b| (b, accepted))
    }

    fn shrink_one(
        &mut self,
        key: &(Check, String, String),
        origin: &Origin,
        kind: &CaseKind,
        max_tries: u32,
    ) -> Option<(HttpRequest, HttpResponse, u32)> {
        let spec = self.sh.spec.clone();
        let op = &spec.operations[origin.op];
        let mut tree = self.tree(origin.op, origin.media, origin.seed)?;
        let mut best = None;
        let mut accepted = 0u32;
        let mut tries = 0;
        if !tree.simplify() {
            return None;
        }
        loop {
            tries += 1;
            if tries > max_tries || self.stopped() {
                break;
            }
            let mut cand = tree.current();
            self.pin(origin.op, &mut cand);
            self.drop_muted(origin.op, &mut cand);
            let data = match &origin.edit {
                Some(e) => plan::apply(&cand, e).filter(|d| {
                    plan::judge_edit(&spec, &self.sh.validators, op, d, e) == Verdict::Invalid
                }),
                None => Some(cand)
                    .filter(|d| plan::judge(&spec, &self.sh.validators, op, d) == Verdict::Valid),
            };
            let fails = match data {
                None => false,
                Some(d) => {
                    let (tx, rx) = oneshot::channel();
                    let case = Case {
                        op: origin.op,
                        phase: Phase::Positive,
                        kind: kind.clone(),
                        data: d,
                        origin: None,
                        probe_auth: false,
                        mangle: None,
                    };
                    if !self.submit(Job::Shrink(case, tx), 1) {
                        break;
                    }
                    match rx.blocking_recv() {
                        Ok(Some((req, resp, findings))) => {
                            let same = findings
                                .iter()
                                .any(|f| f.check == key.0 && f.cause == key.2);
                            if same {
                                best = Some((req, resp));
                                accepted += 1;
                            }
                            same
                        }
                        _ => break,
                    }
                }
            };
            let more = if fails {
                tree.simplify()
            } else {
                tree.complicate()
            };
            if !more {
                break;
            }
        }
        best.map(|(q, r)| (q, r, accepted))
    }

    fn drive(mut self) {
        let spec = self.sh.spec.clone();
        let ops: Vec<usize> = (0..spec.operations.len())
            .filter(|i| self.sh.included[*i])
            .collect();
        if self.has(Phase::Examples) {
            self.examples(&ops);
        }
        if self.has(Phase::Boundary) {
            self.method_probes(&ops);
            self.boundary(&ops);
        }
        let chains = plan::chains(&spec, &self.sh.included);
        self.random_rounds(&ops, &chains);
        if self.sh.cfg.shrink {
            self.shrink_all();
        }
        self.tx = None;
    }
}

/// What generation does for a spec, without sending anything (`stipula fuzz --dry-run`).
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct DryRun {
    /// Operations selected.
    pub operations: usize,
    /// Positive cases generated.
    pub cases: u64,
    /// ... that the request validator accepted (sent as positive cases).
    pub valid: u64,
    /// ... whose validity could not be decided (no schema, or no validator).
    pub unknown: u64,
    /// ... that the validator rejected (a compiler approximation; never sent as positive).
    pub invalid: u64,
    /// ... that could not be serialized into an HTTP request.
    pub unsendable: u64,
    /// Edits (boundary and negative probes) derived from the spec.
    pub edits: u64,
    /// Negative cases made (one broken constraint, confirmed by the validator).
    pub negative: u64,
    /// Stateful chains (links and inferred).
    pub chains: usize,
    /// Response schemas, how many had no validator, and the seconds it took to make them
    /// all usable (one combined build, or one build per schema without `combined_validators`).
    pub validators: usize,
    /// Response schemas whose validator could not be built.
    pub validator_failures: usize,
    /// Seconds to build the response validators.
    pub validator_seconds: f64,
    /// Seconds to build the request-side validator(s) (during generation).
    pub request_validator_seconds: f64,
    /// Combined validators that could not be built (their schemas fell back to one each).
    pub combined_failures: usize,
    /// Seconds spent generating and judging cases.
    pub generation_seconds: f64,
    /// A few operations with rejected cases, for the curious.
    pub samples: Vec<String>,
}

/// Generate `cfg.cases_per_operation` positive and negative cases per selected operation and
/// build every response validator, without any network traffic.
pub fn dry_run(spec: Arc<Spec>, cfg: Config) -> Result<DryRun, RunError> {
    let mut cfg = cfg;
    if cfg.base_url.is_empty() {
        cfg.base_url = "http://127.0.0.1".into();
    }
    let n = cfg.cases_per_operation.max(1);
    let sh = shared(spec, cfg)?;
    let (tx, _rx) = mpsc::channel::<Job>(1);
    let mut d = Driver::new(sh.clone(), tx);
    let spec = sh.spec.clone();
    let mut out = DryRun::default();
    let tr = Instant::now();
    sh.validators
        .prebuild(&spec, stipula_schema::render::Direction::Request);
    out.request_validator_seconds = tr.elapsed().as_secs_f64();
    let t0 = Instant::now();
    for (oi, op) in spec.operations.iter().enumerate() {
        if !sh.included[oi] {
            continue;
        }
        out.operations += 1;
        let mut rejected = 0;
        for k in 0..n {
            let seed = case_seed(sh.cfg.seed, oi, Phase::Positive, k);
            let media = d.media_for(oi, seed);
            let Some(t) = d.tree(oi, media, seed) else {
                continue;
            };
            let data = t.current();
            out.cases += 1;
            match plan::judge(&spec, &sh.validators, op, &data) {
                Verdict::Valid => out.valid += 1,
                Verdict::Unknown => out.unknown += 1,
                Verdict::Invalid => {
                    out.invalid += 1;
                    rejected += 1;
                }
            }
            if let Err(e) = request::build(op, &data, &sh.base, &sh.extra) {
                out.unsendable += 1;
                if out.samples.len() < 10 {
                    out.samples.push(format!("{}: not sendable: {e}", op.key()));
                }
            }
            if d.negative(oi, k).is_some() {
                out.negative += 1;
            }
        }
        let media = plan::supported_media(op).first().copied();
        out.edits += d.edits_of(oi, media).len() as u64;
        if rejected > 0 && out.samples.len() < 10 {
            out.samples.push(format!(
                "{}: {rejected}/{n} generated cases rejected by the validator",
                op.key()
            ));
        }
    }
    out.generation_seconds = t0.elapsed().as_secs_f64();
    out.chains = plan::chains(&spec, &sh.included).len();
    let t1 = Instant::now();
    let mut seen = HashSet::new();
    for (oi, op) in spec.operations.iter().enumerate() {
        if !sh.included[oi] {
            continue;
        }
        for r in &op.responses {
            for m in &r.content {
                if let Some(s) = m.schema
                    && request::is_json(&m.media_type)
                    && seen.insert(s)
                {
                    out.validators += 1;
                    if sh
                        .validators
                        .is_valid(
                            &spec,
                            s,
                            stipula_schema::render::Direction::Response,
                            &Value::Null,
                        )
                        .is_none()
                    {
                        out.validator_failures += 1;
                    }
                }
            }
        }
    }
    out.validator_seconds = t1.elapsed().as_secs_f64();
    out.combined_failures = lock(&sh.validators.combined_errors).len();
    for e in lock(&sh.validators.combined_errors).iter().take(2) {
        out.samples.push(e.clone());
    }
    Ok(out)
}
