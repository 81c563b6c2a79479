//! `stipula generate`: Rust clients and axum servers from a spec.

use std::path::PathBuf;
use stipula_codegen::{Options, Target};

/// Generate code from an OpenAPI 3.0/3.1 spec.
///
/// Examples:
///   stipula generate rust-client specs/petstore-3.1.yaml -o petstore-client
///   stipula generate rust-server openapi.yaml -o server --crate-name my-server
///   stipula generate rust-client openapi.yaml -o src/generated --module
///   stipula generate rust-client openapi.yaml -o client --tags pets,store
///   stipula generate rust-client openapi.yaml --print-context > context.json
///   stipula generate --list-targets
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// What to generate: rust-client or rust-server (see --list-targets).
    #[arg(required_unless_present = "list_targets")]
    pub(crate) target: Option<String>,
    /// The spec file (JSON or YAML; `$ref`s to other files are followed).
    #[arg(required_unless_present = "list_targets")]
    pub(crate) spec: Option<PathBuf>,
    /// Output folder: a complete crate (Cargo.toml + src/), or with --module a single file.
    #[arg(short = 'o', long = "output", required_unless_present_any = ["list_targets", "print_context"])]
    pub(crate) output: Option<PathBuf>,
    /// Cargo package name of the generated crate (default: from info.title).
    #[arg(long)]
    pub(crate) crate_name: Option<String>,
    /// Folder of template overrides: a file there replaces the embedded template of the same
    /// name (e.g. types.rs.j2). See templates/README.md for what templates receive.
    #[arg(long)]
    pub(crate) templates: Option<PathBuf>,
    /// Write one file (rust_client.rs / rust_server.rs) for `include!` instead of a crate.
    #[arg(long)]
    pub(crate) module: bool,
    /// List the targets and exit.
    #[arg(long)]
    pub(crate) list_targets: bool,
    /// Print the view model templates receive, as JSON, instead of generating.
    #[arg(long)]
    pub(crate) print_context: bool,
    /// Generate even when loading the spec reported errors (e.g. a `$ref` that resolves to
    /// nothing): each broken part is typed as serde_json::Value and printed as a warning.
    #[arg(long)]
    pub(crate) allow_spec_errors: bool,
    /// Only the operations with these tags (comma-separated; an untagged operation's tag is
    /// its module name), and the types they use.
    #[arg(long, value_delimiter = ',')]
    pub(crate) tags: Vec<String>,
    /// Only the operations with these operationIds (comma-separated), and the types they use.
    #[arg(long, value_delimiter = ',')]
    pub(crate) operations: Vec<String>,
    /// Embed the runtime's source (stipula-runtime) in src/runtime.rs: the output needs
    /// nothing but crates.io. The default while stipula-runtime is not published.
    #[arg(long, conflicts_with_all = ["runtime_crate", "runtime_path"])]
    pub(crate) standalone: bool,
    /// Depend on the stipula-runtime crate (this version) instead of embedding it.
    #[arg(long, conflicts_with = "runtime_path")]
    pub(crate) runtime_crate: bool,
    /// Depend on the stipula-runtime crate at this path (a stipula checkout's
    /// crates/stipula-runtime) instead of embedding it.
    #[arg(long, value_name = "DIR")]
    pub(crate) runtime_path: Option<PathBuf>,
}

pub(crate) fn run(args: Args) -> u8 {
    if args.list_targets {
        for t in Target::ALL {
            println!("{:<12} {}", t.name(), t.description());
        }
        return 0;
    }
    let (Some(target), Some(spec)) = (args.target.as_deref(), args.spec.as_ref()) else {
        eprintln!(
            "error: stipula generate needs TARGET and SPEC\n  help: stipula generate rust-client openapi.yaml -o out"
        );
        return 2;
    };
    let Some(target) = Target::parse(target) else {
        let names: Vec<&str> = Target::ALL.iter().map(|t| t.name()).collect();
        eprintln!(
            "error: unknown target `{target}`\n  help: pick one of: {}",
            names.join(", ")
        );
        return 2;
    };
    if let Some(t) = &args.templates
        && !t.is_dir()
    {
        eprintln!(
            "error: --templates {}: not a folder\n  help: pass a folder holding template files named like the embedded ones (e.g. types.rs.j2)",
            t.display()
        );
        return 2;
    }
    let loaded = match stipula_codegen::load_spec(spec, args.allow_spec_errors) {
        Ok((l, warnings)) => {
            for w in warnings {
                eprintln!("warning: {w}");
            }
            l
        }
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let mut opts = Options::new(target);
    opts.crate_name = args.crate_name.clone();
    opts.module = args.module;
    opts.templates = args.templates.clone();
    opts.tags = args.tags.clone();
    opts.operations = args.operations.clone();
    opts.runtime = match (&args.runtime_path, args.runtime_crate) {
        (Some(dir), _) => stipula_codegen::Runtime::Path(dir.clone()),
        (None, true) => stipula_codegen::Runtime::Crate,
        (None, false) => stipula_codegen::Runtime::Embedded,
    };
    if args.print_context {
        let ctx = stipula_codegen::context(&loaded.spec, &opts);
        match serde_json::to_string_pretty(&ctx) {
            Ok(s) => {
                println!("{s}");
                return 0;
            }
            Err(e) => {
                eprintln!("error: cannot print the context: {e}");
                return 2;
            }
        }
    }
    let Some(out_dir) = args.output.as_ref() else {
        eprintln!("error: -o/--output is required\n  help: stipula generate {target} SPEC -o DIR");
        return 2;
    };
    let output = match stipula_codegen::generate(&loaded.spec, &opts) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            if let stipula_codegen::Error::Format { unformatted, .. } = &e {
                let p = out_dir.join("unformatted.rs");
                if std::fs::create_dir_all(out_dir).is_ok()
                    && std::fs::write(&p, unformatted).is_ok()
                {
                    eprintln!("  note: the unformatted output is in {}", p.display());
                }
            }
            return 2;
        }
    };
    for n in &output.notes {
        eprintln!("note: {n}");
    }
    match stipula_codegen::write(&output, out_dir) {
        Ok(paths) => {
            eprintln!(
                "generated {} ({} files) in {}",
                target,
                paths.len(),
                out_dir.display()
            );
            if args.module {
                eprintln!("add to [dependencies] of the crate that includes it:");
                for d in &output.dependencies {
                    eprintln!("  {}", d.toml_line());
                }
            } else if target == stipula_codegen::Target::RustClient {
                eprintln!(
                    "TLS: the crate's default feature `rustls` (or `native-tls`) enables reqwest's; with neither, only http:// URLs work"
                );
            }
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}
