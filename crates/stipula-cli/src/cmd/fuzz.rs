//! `stipula fuzz`: send generated requests to a live server and check every response against
//! the spec.
//!
//! Exit codes: 0 = no failures, 1 = failures found, 2 = could not run (unreadable spec, bad
//! usage, unreachable server). The summary table and failures go to stdout (or JSON with
//! `--format json`); progress and diagnostics to stderr.

use crate::cmd::Format;
use std::io::IsTerminal;
use std::sync::Arc;
use stipula_fuzz::{Auth, Check, Config, Filter, Phase, config};

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  stipula fuzz api.yaml --base-url http://127.0.0.1:8080 --max-requests 2000
  stipula fuzz http://127.0.0.1:8000/openapi.json --max-requests 3000
  stipula fuzz api.yaml --base-url https://staging.example.com/v1 --auth \"bearer:$API_TOKEN\" \\
      --exclude DELETE --duration 2m --junit fuzz.xml --report fuzz.json
  stipula fuzz api.yaml --base-url http://127.0.0.1:8000 --param path:tenant=default_tenant \\
      --param createCollection:query:limit=5 --config stipula.toml
  stipula fuzz api.yaml --base-url http://127.0.0.1:8080 --shard 2/4 --report shard-2.json
  stipula fuzz-merge shard-*.json --junit fuzz.xml

Phases: examples, boundary, positive, negative, stateful.
Checks: server_error, server_crash, status_code_conformance, content_type_conformance,
  response_schema_conformance, response_headers_conformance, negative_data_rejection,
  positive_data_acceptance, ignored_auth, use_after_delete, resource_availability,
  unsupported_method.

stipula.toml (--config; flags given on the command line win):
  [fuzz]
  base-url = \"http://127.0.0.1:8000\"
  max-requests = 3000
  auth = \"$API_AUTH\"                  # bearer:TOKEN / basic:USER:PASS; $NAME reads the environment
  headers = { \"X-Api-Key\" = \"$API_KEY\" }
  params = { \"path:tenant\" = \"default_tenant\", \"listItems:query:limit\" = 5 }
  exclude = [\"DELETE\"]
  exclude-checks = [\"ignored_auth\"]

Exit status: 0 no failures, 1 failures found, 2 could not run (spec, usage, server unreachable).")]
pub(crate) struct Opts {
    /// The spec: a file (JSON or YAML; OpenAPI 3.0, 3.1 or 3.2) or an http(s) URL.
    #[arg(value_name = "SPEC")]
    pub(crate) spec: String,
    /// Where the API runs. Requests go to this host only; redirects off it are not followed.
    /// A relative `servers` entry of the spec (`/api`) is joined to it when it has no path.
    /// Default with a spec URL: the spec's host (and its relative server path).
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// Settings file (see below); command-line flags override it.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<String>,
    /// Pin a parameter: `[OPERATION:][path|query|header|cookie:]NAME=VALUE`, OPERATION an
    /// operationId or `METHOD /path` (repeatable), e.g. `--param path:tenant=default_tenant`.
    #[arg(long = "param", value_name = "[OP:][IN:]NAME=VALUE")]
    pub(crate) params: Vec<String>,
    /// Run shard K of N (1-based): a deterministic, balanced share of the operations, the
    /// operations of one stateful chain together. Combine the reports with `stipula fuzz-merge`.
    #[arg(long, value_name = "K/N")]
    pub(crate) shard: Option<String>,
    /// Stop after this long, e.g. `60s`, `5m` (default: a fixed number of cases per operation).
    #[arg(long, value_name = "DURATION")]
    pub(crate) duration: Option<String>,
    /// Stop after this many requests (auth probes and shrinking included).
    #[arg(long, value_name = "N")]
    pub(crate) max_requests: Option<u64>,
    /// Random cases per operation and phase when neither --duration nor --max-requests is set
    /// [default: 25].
    #[arg(long, value_name = "N")]
    pub(crate) cases: Option<u64>,
    /// Seed of the generators: the same seed against the same server sends the same requests
    /// [default: 0].
    #[arg(long, value_name = "N")]
    pub(crate) seed: Option<u64>,
    /// Requests in flight at once [default: 16]. Against a single-process server with SQLite
    /// (many Python servers), `--concurrency 1` avoids reports of lock contention.
    #[arg(long, value_name = "N")]
    pub(crate) concurrency: Option<usize>,
    /// Most requests per second (or per minute: `600/m`) over all connections.
    #[arg(long, value_name = "N/s")]
    pub(crate) rate: Option<String>,
    /// Per-request timeout, e.g. `10s` [default: 10s].
    #[arg(long, value_name = "DURATION")]
    pub(crate) timeout: Option<String>,
    /// Extra header on every request, e.g. -H 'X-Api-Key: $KEY' (repeatable; values masked in reports when they look secret).
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub(crate) headers: Vec<String>,
    /// Credentials: `bearer:TOKEN` or `basic:USER:PASS` (masked in every report).
    #[arg(long, value_name = "SCHEME:SECRET")]
    pub(crate) auth: Option<String>,
    /// Only these operations: `GET`, `tag:pets`, `id:getPet`, `/pets/*`, `/admin/**` (repeatable).
    #[arg(long, value_name = "FILTER")]
    pub(crate) include: Vec<String>,
    /// Leave these operations out (same forms as --include), e.g. `--exclude DELETE`.
    #[arg(long, value_name = "FILTER")]
    pub(crate) exclude: Vec<String>,
    /// Phases to run, comma-separated (default: all).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub(crate) phases: Vec<String>,
    /// Checks to run, comma-separated (default: all).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub(crate) checks: Vec<String>,
    /// Checks to leave out, comma-separated.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub(crate) exclude_checks: Vec<String>,
    /// Also trust the CA certificate(s) in this PEM (or DER) file for https, e.g. a staging
    /// environment's private CA (repeatable; the system's trust store stays in use).
    #[arg(long = "ca-cert", value_name = "FILE")]
    pub(crate) ca_cert: Vec<String>,
    /// Do not verify the server's TLS certificate. DANGEROUS: anyone on the path can answer
    /// in the server's name and read the credentials sent; prefer --ca-cert.
    #[arg(long)]
    pub(crate) insecure: bool,
    /// Build one response validator per schema instead of one for all (slower start on big
    /// specs; for measuring the difference).
    #[arg(long, hide = true)]
    pub(crate) per_schema_validators: bool,
    /// Do not shrink failing cases (faster; the first failing request is reported).
    #[arg(long)]
    pub(crate) no_shrink: bool,
    #[command(flatten)]
    pub(crate) out: ReportArgs,
}

/// Where `stipula fuzz` and `stipula fuzz-merge` put their report.
#[derive(clap::Args)]
pub(crate) struct ReportArgs {
    /// Write the JSON report (failures with request, response, steps, curl; totals) here.
    #[arg(long, value_name = "FILE")]
    pub(crate) report: Option<String>,
    /// Write a JUnit XML report here (one test case per operation).
    #[arg(long, value_name = "FILE")]
    pub(crate) junit: Option<String>,
    /// Output on stdout.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
}

/// The options, boxed: `stipula fuzz` has many flags and the CLI's command enum should stay small.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) opts: Boxed,
}

/// `Box<Opts>` with clap's traits forwarded.
pub(crate) struct Boxed(pub(crate) Box<Opts>);

impl clap::FromArgMatches for Boxed {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        Opts::from_arg_matches(m).map(|o| Boxed(Box::new(o)))
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
}

impl clap::Args for Boxed {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        Opts::augment_args(cmd)
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Opts::augment_args_for_update(cmd)
    }
}

fn usage(msg: impl std::fmt::Display) -> u8 {
    eprintln!("stipula fuzz: {msg}");
    2
}

fn parse_list<T>(
    items: &[String],
    what: &str,
    all: &[&str],
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Vec<T>, String> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| parse(s).ok_or_else(|| format!("unknown {what} `{s}`; known: {}", all.join(", "))))
        .collect()
}

fn build_config(args: &Opts) -> Result<Config, String> {
    let mut cfg = Config::new(String::new());
    if let Some(path) = &args.config {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("--config {path}: cannot read the file: {e}"))?;
        let file = stipula_fuzz::setup::FileConfig::parse(&text, path)?;
        file.apply(&mut cfg, path)?;
    }
    stipula_fuzz::setup::Limits {
        base_url: args.base_url.as_deref(),
        duration: args.duration.as_deref(),
        max_requests: args.max_requests,
        cases: args.cases,
        seed: args.seed,
        concurrency: args.concurrency,
        rate: args.rate.as_deref(),
        timeout: args.timeout.as_deref(),
    }
    .apply(&mut cfg, |key, e| format!("--{key}: {e}"))?;
    for h in &args.headers {
        let h = config::parse_header(h).map_err(|e| format!("-H: {e}"))?;
        cfg.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&h.0));
        cfg.headers.push(h);
    }
    if let Some(a) = &args.auth {
        cfg.auth = Some(Auth::parse(a).map_err(|e| format!("--auth: {e}"))?);
    }
    for p in &args.params {
        cfg.params
            .push(config::ParamPin::parse(p).map_err(|e| format!("--param: {e}"))?);
    }
    for f in &args.include {
        cfg.include
            .push(Filter::parse(f).map_err(|e| format!("--include: {e}"))?);
    }
    for f in &args.exclude {
        cfg.exclude
            .push(Filter::parse(f).map_err(|e| format!("--exclude: {e}"))?);
    }
    let phase_names: Vec<&str> = Phase::ALL.iter().map(|p| p.name()).collect();
    let check_names: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
    if !args.phases.is_empty() {
        cfg.phases = parse_list(&args.phases, "phase", &phase_names, Phase::parse)
            .map_err(|e| format!("--phases: {e}"))?;
    }
    if !args.checks.is_empty() {
        cfg.checks = parse_list(&args.checks, "check", &check_names, Check::parse)
            .map_err(|e| format!("--checks: {e}"))?;
    }
    let excluded = parse_list(&args.exclude_checks, "check", &check_names, Check::parse)
        .map_err(|e| format!("--exclude-checks: {e}"))?;
    cfg.checks.retain(|c| !excluded.contains(c));
    if cfg.checks.is_empty() {
        return Err("no check left to run: --checks/--exclude-checks removed all of them".into());
    }
    if let Some(s) = &args.shard {
        let parsed = s
            .split_once('/')
            .and_then(|(k, n)| {
                Some((
                    k.trim().parse::<usize>().ok()?,
                    n.trim().parse::<usize>().ok()?,
                ))
            })
            .filter(|(k, n)| *n >= 1 && (1..=*n).contains(k));
        cfg.shard = Some(parsed.ok_or_else(|| {
            format!("--shard `{s}`: expected K/N with 1 <= K <= N, e.g. `--shard 2/4`")
        })?);
    }
    cfg.ca_certs = args.ca_cert.iter().map(std::path::PathBuf::from).collect();
    cfg.insecure = args.insecure;
    cfg.combined_validators = !args.per_schema_validators;
    cfg.progress = std::io::stderr().is_terminal();
    Ok(cfg)
}

pub(crate) fn run(args: Args) -> u8 {
    let args = *args.opts.0;
    let cfg = match build_config(&args) {
        Ok(c) => c,
        Err(e) => return usage(e),
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return usage(format!("cannot start the async runtime: {e}")),
    };
    let spec_url = stipula_fuzz::setup::is_url(&args.spec).then_some(args.spec.as_str());
    let loaded = match spec_url {
        Some(url) => {
            let text = match rt.block_on(stipula_fuzz::setup::fetch_spec(url, cfg.timeout)) {
                Ok(t) => t,
                Err(e) => return usage(e),
            };
            stipula_spec::load_str(&text, url, &stipula_spec::LoadOptions::default())
        }
        None => stipula_spec::load(&args.spec, &stipula_spec::LoadOptions::default()),
    };
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return usage(format!(
                "{} could not be loaded (see above); run `stipula validate {}` for details",
                args.spec, args.spec
            ));
        }
    };
    let mut cfg = cfg;
    let given = (!cfg.base_url.is_empty()).then(|| cfg.base_url.clone());
    match stipula_fuzz::setup::resolve_base_url(&loaded.spec, given.as_deref(), spec_url) {
        Ok((url, note)) => {
            if let Some(n) = note {
                eprintln!("stipula fuzz: {n}");
            }
            cfg.base_url = url;
        }
        Err(e) => return usage(e),
    }
    if loaded.spec.operations.is_empty() {
        return usage(format!(
            "{} has no operations under `paths`: nothing to fuzz",
            args.spec
        ));
    }
    if args.insecure {
        eprintln!(
            "stipula fuzz: WARNING: --insecure: the server's TLS certificate is not verified; \
             credentials sent with -H/--auth may reach an impostor. Use --ca-cert FILE to trust \
             a private CA instead."
        );
    }
    let report = match rt.block_on(stipula_fuzz::run(Arc::new(loaded.spec), cfg)) {
        Ok(r) => r,
        Err(stipula_fuzz::RunError::EmptyShard(m)) => {
            // A CI matrix with more shards than operation groups: nothing to do here; an
            // empty report keeps `stipula fuzz-merge` simple.
            eprintln!("stipula fuzz: {m}; nothing to do");
            stipula_fuzz::report::merge(Vec::new())
        }
        Err(e) => return usage(e),
    };
    write_report("fuzz", &report, &args.out)
}

/// Writes `report` where `stipula <command>` was asked to (`--report` JSON, `--junit` XML) and
/// prints it on stdout in `--format`; returns the exit code: 1 when a check failed, 0 when none
/// did, 2 when a file could not be written (the message names the flag and the file).
pub(crate) fn write_report(command: &str, report: &stipula_fuzz::Report, out: &ReportArgs) -> u8 {
    type Render = fn(&stipula_fuzz::Report) -> String;
    let writers: [(&str, Option<&str>, Render); 2] = [
        (
            "--report",
            out.report.as_deref(),
            stipula_fuzz::Report::to_json,
        ),
        (
            "--junit",
            out.junit.as_deref(),
            stipula_fuzz::Report::to_junit,
        ),
    ];
    for (flag, path, render) in writers {
        if let Some(path) = path
            && let Err(e) = std::fs::write(path, render(report))
        {
            eprintln!(
                "stipula {command}: cannot write {flag} {path}: {e} (check that its folder \
                 exists and is writable)"
            );
            return 2;
        }
    }
    match out.format {
        Format::Text => print!("{}", report.to_text()),
        Format::Json => println!("{}", report.to_json()),
    }
    if report.failed() { 1 } else { 0 }
}
