//! One module per subcommand. Each has `Args` (clap) and `run(Args) -> u8` (the exit code).
pub mod bundle;
pub mod convert;
pub mod diff;
pub mod fuzz;
pub mod fuzz_merge;
pub mod generate;
pub mod validate;
