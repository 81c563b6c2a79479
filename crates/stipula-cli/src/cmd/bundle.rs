//! `stipula bundle`: one self-contained document from a spec spread over files.

use std::io::Write;
use stipula_spec::LoadOptions;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Yaml,
    Json,
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
pub struct Args {
    /// The root spec file (JSON or YAML).
    #[arg(value_name = "SPEC")]
    pub spec: String,
    /// Write here instead of stdout.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<String>,
    /// Output format (default: from the extension of OUT, else yaml).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Allow `$ref`s to http(s):// documents.
    #[arg(long)]
    pub allow_remote_refs: bool,
    /// Allow file `$ref`s that leave the spec's folder.
    #[arg(long)]
    pub allow_outside_root: bool,
}

pub fn run(args: Args) -> u8 {
    let opts = LoadOptions {
        allow_remote_refs: args.allow_remote_refs,
        allow_outside_root: args.allow_outside_root,
        ..LoadOptions::default()
    };
    let mut loaded = match stipula_spec::load(&args.spec, &opts) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            eprintln!("stipula bundle: could not load {}", args.spec);
            return 2;
        }
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
    let written = write_document(&value, args.format, args.output.as_deref());
    match written {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("stipula bundle: {e}");
            2
        }
    }
}

/// Writes a document as YAML or JSON (`format`, else guessed from the output's extension) to
/// `output`, or to stdout. The error says what could not be written.
pub(crate) fn write_document(
    value: &serde_json::Value,
    format: Option<Format>,
    output: Option<&str>,
) -> Result<(), String> {
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
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}")),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write to stdout: {e}")),
    }
}
