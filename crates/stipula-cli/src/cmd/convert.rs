//! `stipula convert`: a spec upgraded to OpenAPI 3.0 or 3.1, as one document.

use crate::cmd::bundle::{OutputArgs, write_document};
use crate::cmd::{LoadFlags, load_spec};
use stipula_spec::Severity;
use stipula_spec::convert::TargetVersion;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum To {
    #[value(name = "3.0")]
    V30,
    #[value(name = "3.1")]
    V31,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  stipula convert swagger.json -o openapi.yaml
  stipula convert swagger.yaml --to 3.1 --format json > openapi.json
  stipula convert openapi-3.0.yaml --to 3.1 -o openapi-3.1.yaml

Swagger 2.0 becomes OpenAPI 3.0 (or 3.1 with --to 3.1); OpenAPI 3.0 becomes 3.1. Names and
order are kept; a spec over several files is bundled into one document. The result loads
into the same IR as the input. What OpenAPI 3 cannot express (e.g. collectionFormat: tsv) is
a warning with its 2.0 location, and kept as an x- extension where possible.

Exit status: 0 written, 2 the spec could not be loaded or bad usage.")]
pub(crate) struct Args {
    /// The spec file (JSON or YAML): Swagger 2.0 or OpenAPI 3.0.
    #[arg(value_name = "SPEC")]
    pub(crate) spec: String,
    /// The OpenAPI version to write.
    #[arg(long, value_enum, default_value = "3.0")]
    pub(crate) to: To,
    #[command(flatten)]
    pub(crate) out: OutputArgs,
    #[command(flatten)]
    pub(crate) load: LoadFlags,
}

pub(crate) fn run(args: Args) -> u8 {
    let mut loaded = match load_spec("convert", &args.spec, &args.load) {
        Ok(l) => l,
        Err(code) => return code,
    };
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    if loaded.has_errors() {
        eprintln!(
            "stipula convert: {} has errors; fix them first (see `stipula validate`)",
            args.spec
        );
        return 2;
    }
    let to = match args.to {
        To::V30 => TargetVersion::V30,
        To::V31 => TargetVersion::V31,
    };
    let value = match stipula_spec::convert::convert(&mut loaded, to) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            eprintln!("stipula convert: could not convert {}", args.spec);
            return 2;
        }
    };
    let written = write_document(&value, &args.out);
    let warnings = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    match written {
        Ok(()) => {
            if warnings > 0 {
                eprintln!("stipula convert: written, with {warnings} warning(s) above");
            }
            0
        }
        Err(e) => {
            eprintln!("stipula convert: {e}");
            2
        }
    }
}
