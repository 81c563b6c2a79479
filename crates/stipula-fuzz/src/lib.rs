//! `stipula-fuzz`: contract tests of a live HTTP API against its OpenAPI spec.
//!
//! IR schemas become proptest strategies; requests are serialized per parameter style and
//! media type; an async runner ([`run`]) sends
//! examples, boundary values, random valid and invalid requests and stateful sequences with
//! bounded concurrency, rate and time; independent checks ([`Check`]) judge each response
//! against JSON Schema 2020-12 renderings of the spec's schemas (`stipula-schema`); failures are
//! de-duplicated, shrunk and reported with a `curl` line ([`report`]).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let loaded = stipula_spec::load("specs/petstore-3.1.yaml", &Default::default())?;
//! let mut cfg = stipula_fuzz::Config::new("http://127.0.0.1:8080");
//! cfg.max_requests = Some(500);
//! let report = stipula_fuzz::run(std::sync::Arc::new(loaded.spec), cfg).await?;
//! assert!(!report.failed(), "{}", report.to_text());
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod case;
mod checks;
pub mod config;
mod plan;
pub mod report;
mod request;
mod runner;
mod schema;
pub mod setup;

pub use checks::Check;
pub use config::{Auth, Config, Filter, Phase};
pub use report::Report;
pub use runner::{DryRun, RunError, dry_run, run};
