//! `stipula bundle`: one self-contained document from a spec spread over files.

use crate::cmd::{LoadFlags, load_spec};
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Yaml,
    Json,
}

/// Where and how `stipula bundle` and `stipula convert` write their document.
#[derive(clap::Args)]
pub(crate) struct OutputArgs {
    /// Write here instead of stdout.
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: Option<String>,
    /// Output format (default: from the extension of OUT, else yaml).
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  stipula bundle specs/multi-file/openapi.yaml -o bundled.yaml
  stipula bundle api.yaml --format json > api.json

External `$ref`s are pulled into `components` under their own names (made unique when two
files use the same name); shared targets are copied once. Loading the bundle gives the same
IR as loading the original.

Exit status: 0 written, 2 the spec could not be loaded or bad usage.")]
pub(crate) struct Args {
    /// The root spec file (JSON or YAML).
    #[arg(value_name = "SPEC")]
    pub(crate) spec: String,
    #[command(flatten)]
    pub(crate) out: OutputArgs,
    #[command(flatten)]
    pub(crate) load: LoadFlags,
}

pub(crate) fn run(args: Args) -> u8 {
    let mut loaded = match load_spec("bundle", &args.spec, &args.load) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if loaded.has_errors() {
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == stipula_spec::Severity::Error)
        {
            eprintln!("{d}");
        }
        eprintln!(
            "stipula bundle: {} has errors; fix them first (see `stipula validate`)",
            args.spec
        );
        return 2;
    }
    let value = match stipula_spec::bundle::bundle(&mut loaded) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let written = write_document(&value, &args.out);
    match written {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("stipula bundle: {e}");
            2
        }
    }
}

/// Writes a document as YAML or JSON (`--format`, else guessed from the extension of `-o`) to
/// `-o`, or to stdout. The error says what could not be written.
pub(crate) fn write_document(value: &serde_json::Value, out: &OutputArgs) -> Result<(), String> {
    let (format, output) = (out.format, out.output.as_deref());
    let format = format.unwrap_or_else(|| match output {
        Some(o) if o.ends_with(".json") => Format::Json,
        _ => Format::Yaml,
    });
    let text = match format {
        Format::Json => serde_json::to_string_pretty(value)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| format!("cannot serialize the document: {e}"))?,
        Format::Yaml => stipula_spec::bundle::to_yaml(value),
    };
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            format!("cannot write {path}: {e} (check that its folder exists and is writable)")
        }),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write to stdout: {e}")),
    }
}
