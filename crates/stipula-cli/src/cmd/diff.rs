//! `stipula diff BASE REVISION`: breaking changes between two revisions of a spec.

use clap::ValueEnum;
use std::io::{IsTerminal, Read, Write};
use stipula_diff::{AcceptList, DiffOptions, Level};
use stipula_spec::render::{self, Sources, TextOptions};
use stipula_spec::{LoadOptions, Loaded, Severity, Spec};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum FailOn {
    Breaking,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum ShowLevel {
    Breaking,
    Warning,
    Info,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
    Markdown,
    Github,
    Junit,
    Sarif,
    NextVersion,
}

/// Report every change between two revisions of a spec, classified as breaking, warning or
/// info, and the version bump they demand.
///
/// Each side is a file path, `REV:path` (read with `git show REV:path`, e.g.
/// `origin/main:specs/api.yaml`; the path is relative to the repository root, as in git), or
/// `-` for standard input (one side only).
///
/// Exit codes: 0 = nothing at or above --fail-on, 1 = found, 2 = could not load / bad usage.
///
/// Examples:
///   stipula diff old.yaml new.yaml
///   stipula diff origin/main:openapi.yaml openapi.yaml --format github
///   stipula diff v1.json v2.json --format next-version
///   stipula diff --list-rules
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct Args {
    /// The base spec (the older revision): PATH, REV:PATH or `-`.
    #[arg(required_unless_present = "list_rules")]
    pub(crate) base: Option<String>,
    /// The revision to check against the base: PATH, REV:PATH or `-`.
    #[arg(required_unless_present = "list_rules")]
    pub(crate) revision: Option<String>,
    /// Exit 1 when a finding is at or above this level.
    #[arg(long, value_enum, default_value = "breaking")]
    pub(crate) fail_on: FailOn,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub(crate) format: Format,
    /// Only show findings at or above this level (does not change --fail-on).
    #[arg(long, value_enum, default_value = "info")]
    pub(crate) level: ShowLevel,
    /// A reviewed list of accepted findings (YAML or JSON: `accepted: [{fingerprint, reason, expires?}]`).
    #[arg(long, value_name = "FILE")]
    pub(crate) accept: Option<String>,
    /// Demand at least N days between a new deprecation and its `x-sunset` date.
    #[arg(long, value_name = "N")]
    pub(crate) deprecation_days: Option<u32>,
    /// Do not pair `/v1/...` operations with `/v2/...` ones (report removals and additions instead).
    #[arg(long)]
    pub(crate) no_match_path_version: bool,
    /// Use this date (YYYY-MM-DD) as today for sunset and expiry checks.
    #[arg(long, value_name = "DATE", hide = true)]
    pub(crate) today: Option<String>,
    /// Load both sides exactly as a diff does, then stop without comparing (exit 0): the
    /// baseline `scripts/bench-diff.sh` measures the diff against.
    #[arg(long, hide = true)]
    pub(crate) load_only: bool,
    /// Print the rule catalogue (id, level, direction, description) and exit.
    #[arg(long)]
    pub(crate) list_rules: bool,
}

fn list_rules(format: Format) -> u8 {
    let rules = stipula_diff::all_rules();
    let mut out = String::new();
    match format {
        Format::Json => {
            out = serde_json::to_string_pretty(rules).unwrap_or_default();
            out.push('\n');
        }
        _ => {
            let mut family = "";
            for r in rules {
                if r.family != family {
                    family = r.family;
                    out.push_str(&format!("\n{family}\n"));
                }
                out.push_str(&format!(
                    "  {:<48} {:<8} {:<8} {}\n",
                    r.id,
                    r.level.as_str(),
                    r.direction.as_str(),
                    r.description
                ));
            }
            out.push_str(&format!("\n{} rules\n", rules.len()));
        }
    }
    print_out(&out)
}

fn print_out(s: &str) -> u8 {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => 0,
        // a closed pipe (`| head`) is not an error worth a message
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("stipula diff: cannot write the report: {e}");
            2
        }
    }
}

/// Where one side of the diff comes from.
enum Side {
    File(String),
    Git { rev: String, path: String },
    Stdin,
}

fn parse_side(arg: &str) -> Side {
    if arg == "-" {
        return Side::Stdin;
    }
    if std::path::Path::new(arg).exists() {
        return Side::File(arg.to_string());
    }
    // REV:path (but not a Windows drive letter like C:\x)
    if let Some((rev, path)) = arg.split_once(':')
        && !rev.is_empty()
        && !path.is_empty()
        && !(rev.len() == 1 && path.starts_with(['\\', '/']))
    {
        return Side::Git {
            rev: rev.to_string(),
            path: path.to_string(),
        };
    }
    Side::File(arg.to_string())
}

/// Load one side and keep only its IR: the raw documents and source texts are dropped
/// here, before the other side is loaded, so at most one raw document is alive at a time.
/// Error diagnostics the loader could step over (an unresolved `$ref`, say) are printed:
/// the diff still runs, but the places they name compare as "anything".
fn load_spec(arg: &str, stdin_used: &mut bool) -> Result<Spec, String> {
    let loaded = load_side(arg, stdin_used)?;
    if loaded.has_errors() {
        let errors: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect();
        let mut sources = Sources::from_loaded(&loaded);
        eprintln!(
            "{}\nnote: `{arg}` has {} error(s) the loader stepped over; the diff treats the places they name as \"anything\" (run `stipula validate` on it for details)",
            render::text(&errors, &mut sources, TextOptions::default()).trim_end(),
            errors.len()
        );
    }
    let Loaded { mut spec, .. } = loaded;
    stipula_diff::slim(&mut spec);
    Ok(spec)
}

fn load_side(arg: &str, stdin_used: &mut bool) -> Result<Loaded, String> {
    let opts = LoadOptions::default();
    match parse_side(arg) {
        Side::File(p) => stipula_spec::load(&p, &opts).map_err(|e| e.to_string()),
        Side::Stdin => {
            if *stdin_used {
                return Err(
                    "both sides are `-`: only one side can be read from standard input".into(),
                );
            }
            *stdin_used = true;
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("<stdin>: cannot read standard input: {e}"))?;
            stipula_spec::load_str(&text, "<stdin>", &opts).map_err(|e| e.to_string())
        }
        Side::Git { rev, path } => {
            let spec = format!("{rev}:{path}");
            let out = std::process::Command::new("git")
                .args(["show", &spec])
                .output()
                .map_err(|e| {
                    format!(
                        "{arg}: cannot run `git show {spec}`: {e} (is git installed and on PATH?)"
                    )
                })?;
            if !out.status.success() {
                let err = String::from_utf8_lossy(&out.stderr);
                return Err(format!(
                    "{arg}: `git show {spec}` failed: {} (is `{rev}` a commit and `{path}` a path from the repository root? `{arg}` is also not an existing file)",
                    err.trim()
                ));
            }
            let text = String::from_utf8(out.stdout)
                .map_err(|_| format!("{arg}: the file at {rev} is not UTF-8 text"))?;
            stipula_spec::load_str(&text, &path, &opts).map_err(|e| e.to_string())
        }
    }
}

const AFTER_HELP: &str = "\
Each side is a file, REV:PATH (read with `git show REV:PATH`, PATH from the repository root),
or `-` for standard input (one side only).

Exit codes: 0 = nothing at or above --fail-on, 1 = found, 2 = could not load / bad usage.

Examples:
  stipula diff old.yaml new.yaml
  stipula diff origin/main:openapi.yaml openapi.yaml --format github
  stipula diff v1.json v2.json --format next-version --fail-on never
  stipula diff old.yaml new.yaml --accept .stipula-accept.yaml --fail-on warning
  stipula diff --list-rules";

pub(crate) fn run(args: Args) -> u8 {
    if args.list_rules {
        return list_rules(args.format);
    }
    let (Some(base_arg), Some(rev_arg)) = (args.base.as_deref(), args.revision.as_deref()) else {
        eprintln!("stipula diff: give two specs: stipula diff BASE REVISION (see --help)");
        return 2;
    };
    let today = match &args.today {
        Some(s) => match stipula_diff::parse_date(s) {
            Some(d) => d,
            None => {
                eprintln!("stipula diff: --today {s}: not a date; write YYYY-MM-DD");
                return 2;
            }
        },
        None => stipula_diff::today(),
    };
    let accept = match &args.accept {
        None => None,
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{path}: error: cannot read the accept file: {e}");
                    return 2;
                }
            };
            match AcceptList::parse(&text, path) {
                Ok(a) => Some(a),
                Err(e) => {
                    eprintln!("{e}");
                    return 2;
                }
            }
        }
    };
    let mut stdin_used = false;
    // Keep only the IR of each side (see load_spec): the peak memory of a big pair is one
    // IR plus the other side's parse tree and IR.
    let base = match load_spec(base_arg, &mut stdin_used) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}\nstipula diff: could not load the base spec `{base_arg}`");
            return 2;
        }
    };
    let rev = match load_spec(rev_arg, &mut stdin_used) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}\nstipula diff: could not load the revision `{rev_arg}`");
            return 2;
        }
    };
    if args.load_only {
        eprintln!(
            "loaded: {} operations, {} schemas; {} operations, {} schemas",
            base.operations.len(),
            base.schemas.len(),
            rev.operations.len(),
            rev.schemas.len()
        );
        return 0;
    }
    let opts = DiffOptions {
        deprecation_days: args.deprecation_days,
        today,
        match_path_version: !args.no_match_path_version,
    };
    let mut report = stipula_diff::diff(&base, &rev, &opts);
    if let Some(a) = &accept {
        let outcome = a.apply(&mut report, today);
        for e in &outcome.expired {
            eprintln!(
                "note: the acceptance of {} expired on {}; the finding counts again",
                e.fingerprint,
                e.expires.as_deref().unwrap_or("?")
            );
        }
        for e in &outcome.unused {
            eprintln!(
                "note: accepted fingerprint {} matches no finding any more; remove it from {}",
                e.fingerprint,
                args.accept.as_deref().unwrap_or("the accept file")
            );
        }
    }
    let min = match args.level {
        ShowLevel::Breaking => Level::Breaking,
        ShowLevel::Warning => Level::Warning,
        ShowLevel::Info => Level::Info,
    };
    let fail_on = match args.fail_on {
        FailOn::Breaking => Some(Level::Breaking),
        FailOn::Warning => Some(Level::Warning),
        FailOn::Info => Some(Level::Info),
        FailOn::Never => None,
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if let Format::Json = args.format {
        // streamed: Stripe's report is ~9 MB of JSON, not worth a tree and a copy
        match stipula_diff::format::write_json(&report, min, std::io::stdout().lock()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => {
                eprintln!("stipula diff: cannot write the report: {e}");
                return 2;
            }
        }
        return if report.fails(fail_on) { 1 } else { 0 };
    }
    let out = match args.format {
        Format::Text => stipula_diff::format::text(&report, min, color),
        Format::Json => String::new(), // streamed above
        Format::Markdown => stipula_diff::format::markdown(&report, min),
        Format::Github => stipula_diff::format::github(&report, min),
        Format::Junit => stipula_diff::format::junit(&report, min, fail_on),
        Format::Sarif => pretty(&stipula_diff::format::sarif(&report, min)),
        Format::NextVersion => {
            eprintln!("{}", report.versioning.explanation);
            format!("{}\n", stipula_diff::format::next_version(&report))
        }
    };
    let code = print_out(&out);
    if code != 0 {
        return code;
    }
    if report.fails(fail_on) { 1 } else { 0 }
}

fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
