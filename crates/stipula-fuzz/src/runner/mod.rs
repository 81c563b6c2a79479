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

mod driver;
mod dry_run;
mod phases;
mod shrink;
mod transport;
mod worker;

use crate::case::{Case, Mangle, Origin, SeqStep, Sequence};
use driver::Driver;
pub use dry_run::{DryRun, dry_run};
use transport::*;
use worker::*;

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
