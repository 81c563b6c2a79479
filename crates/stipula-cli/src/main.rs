//! The `stipula` binary: argument parsing, calling library functions, printing.
//!
//! Exit codes (every command): 0 = the check passed, 1 = the check found problems,
//! 2 = could not run (unreadable spec, bad usage, unreachable server).

// Items are `pub(crate)` at most: this is a binary, nothing is used from outside.
#![warn(unreachable_pub)]

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// See the `mimalloc` feature in Cargo.toml for why.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// stipula: an OpenAPI contract toolkit (validate, bundle, generate, diff, fuzz).
#[derive(Parser)]
#[command(name = "stipula", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check specs against the OpenAPI meta-schema and semantic rules.
    Validate(cmd::validate::Args),
    /// Write one self-contained document from a spec split over files.
    Bundle(cmd::bundle::Args),
    /// Upgrade a spec (Swagger 2.0 → OpenAPI 3.0/3.1, 3.0 → 3.1) into one document.
    Convert(cmd::convert::Args),
    /// Generate code (Rust client, axum server) from a spec.
    Generate(cmd::generate::Args),
    /// Report breaking changes between two revisions of a spec.
    Diff(cmd::diff::Args),
    /// Send generated requests to a live server and check every response against the spec.
    Fuzz(cmd::fuzz::Args),
    /// Combine the JSON reports of `stipula fuzz --shard K/N` runs into one summary and exit code.
    FuzzMerge(cmd::fuzz_merge::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Validate(a) => cmd::validate::run(a),
        Command::Bundle(a) => cmd::bundle::run(a),
        Command::Convert(a) => cmd::convert::run(a),
        Command::Generate(a) => cmd::generate::run(a),
        Command::Diff(a) => cmd::diff::run(a),
        Command::Fuzz(a) => cmd::fuzz::run(a),
        Command::FuzzMerge(a) => cmd::fuzz_merge::run(a),
    };
    ExitCode::from(code)
}
