//! `stipula validate`: check specs against the OpenAPI meta-schema and semantic rules.
//!
//! Exit codes: 0 = no errors (warnings allowed), 1 = errors found, 2 = a spec could not be
//! loaded (unreadable, not YAML/JSON, unresolvable `$ref`, ...) or bad usage.
//!
//! Text output goes to stderr (one block per diagnostic, with the source line) and a
//! one-line summary per spec to stdout. `--format json` prints one JSON array of every
//! diagnostic of every spec to stdout (see `stipula_spec::render` for the fields).

use crate::cmd::{Format, LoadFlags};
use std::io::{IsTerminal, Write};
use stipula_spec::diag::{Diagnostic, Severity};
use stipula_spec::render::{self, Sources, TextOptions};
use stipula_spec::validate;

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  stipula validate specs/petstore-3.1.yaml
  stipula validate api.yaml other.json --format json > report.json
  stipula validate api.yaml --no-warnings

Exit status: 0 no errors, 1 errors found, 2 a spec could not be loaded or bad usage.")]
pub(crate) struct Args {
    /// Spec files to validate (JSON or YAML; OpenAPI 3.0, 3.1 or 3.2).
    #[arg(required = true, value_name = "SPEC")]
    pub(crate) spec: Vec<String>,
    /// Output format: `text` (with source lines) or `json` (machine-readable, on stdout).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    #[command(flatten)]
    pub(crate) load: LoadFlags,
    /// Show errors only (warnings never change the exit status anyway).
    #[arg(long)]
    pub(crate) no_warnings: bool,
}

/// Colour when stderr is a terminal and `NO_COLOR` is unset or empty.
fn use_color() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stderr().is_terminal()
}

pub(crate) fn run(args: Args) -> u8 {
    let opts = args.load.options();
    let text_opts = TextOptions { color: use_color() };
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut load_failed = false;
    let mut errors_found = false;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    for spec in &args.spec {
        let (diags, mut sources, loaded_ok) = match stipula_spec::load(spec, &opts) {
            Ok(loaded) => (
                validate::validate(&loaded),
                Sources::from_loaded(&loaded),
                true,
            ),
            Err(e) => {
                let mut diags = e.diagnostics;
                if diags.is_empty() {
                    diags.push(
                        Diagnostic::error("load", format!("{spec} could not be loaded"))
                            .at(spec, "", 0, 0),
                    );
                }
                let mut s = Sources::new();
                s.read_missing = true;
                (diags, s, false)
            }
        };
        load_failed |= !loaded_ok;
        let (errors, warnings) = validate::counts(&diags);
        errors_found |= errors > 0;
        let shown: Vec<Diagnostic> = diags
            .into_iter()
            .filter(|d| !args.no_warnings || d.severity == Severity::Error)
            .collect();
        match args.format {
            Format::Json => all.extend(shown),
            Format::Text => {
                let mut err = stderr.lock();
                if !shown.is_empty() {
                    let _ = writeln!(err, "{}", render::text(&shown, &mut sources, text_opts));
                }
                let summary = if !loaded_ok {
                    format!(
                        "{spec}: could not be loaded ({errors} error{})",
                        plural(errors)
                    )
                } else if errors == 0 {
                    format!("{spec}: valid ({warnings} warning{})", plural(warnings))
                } else {
                    format!(
                        "{spec}: {errors} error{}, {warnings} warning{}",
                        plural(errors),
                        plural(warnings)
                    )
                };
                let _ = writeln!(stdout.lock(), "{summary}");
            }
        }
    }
    if args.format == Format::Json {
        let _ = writeln!(stdout.lock(), "{}", render::json(&all));
    }
    if load_failed {
        2
    } else if errors_found {
        1
    } else {
        0
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
