//! One module per subcommand. Each has `Args` (clap) and `run(Args) -> u8` (the exit code);
//! what several commands share (the `text`/`json` format choice, the loader's flags and
//! loading one spec) is here.

pub(crate) mod bundle;
pub(crate) mod convert;
pub(crate) mod diff;
pub(crate) mod fuzz;
pub(crate) mod fuzz_merge;
pub(crate) mod generate;
pub(crate) mod validate;

use stipula_spec::{LoadOptions, Loaded};

/// `--format` of the commands that print either text for people or one JSON document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// For people: the command's text form (see its help).
    Text,
    /// For programs: one JSON document on stdout.
    Json,
}

/// The loader's permissions, shared by the commands that read a spec from files.
#[derive(clap::Args)]
pub(crate) struct LoadFlags {
    /// Allow `$ref`s to http(s):// documents (off: loading never touches the network).
    #[arg(long)]
    pub(crate) allow_remote_refs: bool,
    /// Allow file `$ref`s that leave the spec's folder.
    #[arg(long)]
    pub(crate) allow_outside_root: bool,
}

impl LoadFlags {
    /// The loader options these flags ask for.
    pub(crate) fn options(&self) -> LoadOptions {
        LoadOptions {
            allow_remote_refs: self.allow_remote_refs,
            allow_outside_root: self.allow_outside_root,
            ..LoadOptions::default()
        }
    }
}

/// Loads `spec` for `stipula <command>`; when it cannot be loaded, prints the loader's
/// located diagnostics and which spec failed, and returns exit code 2.
pub(crate) fn load_spec(command: &str, spec: &str, flags: &LoadFlags) -> Result<Loaded, u8> {
    stipula_spec::load(spec, &flags.options()).map_err(|e| {
        eprintln!("{e}");
        eprintln!("stipula {command}: could not load {spec}");
        2
    })
}
