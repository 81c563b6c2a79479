//! `stipula-diff`: every change between two revisions of an OpenAPI spec, classified by a
//! rule registry (breaking / warning / info, request / response), and the version bump the
//! changes demand.
//!
//! ```no_run
//! use stipula_spec::{load, LoadOptions};
//! let base = load("old.yaml", &LoadOptions::default())?.spec;
//! let rev = load("new.yaml", &LoadOptions::default())?.spec;
//! let report = stipula_diff::diff(&base, &rev, &stipula_diff::DiffOptions::default());
//! for f in report.active() {
//!     println!("{} {} {}", f.level, f.id, f.message);
//! }
//! # Ok::<(), stipula_spec::LoadError>(())
//! ```
//!
//! How the comparison works:
//!
//! * Operations are matched by method and path shape (`/pets/{}`), so renaming a path
//!   parameter alone is not a change. A `/v1/...` → `/v2/...` move is one
//!   `path-version-changed` finding, and the moved operations are compared with their old
//!   selves ([`DiffOptions::match_path_version`]).
//! * Schemas are compared through `$ref`s with `allOf` merged first (a refactor into `allOf`
//!   parts is not a change), `oneOf`/`anyOf` branches matched by component name, title,
//!   discriminator value or structure, and the direction data flows: what narrows a request
//!   or widens a response breaks clients.
//! * A change inside a named component schema is reported once, with the list of operations
//!   and directions it reaches (`Finding::affected`). Each (old, new, direction) schema pair
//!   is compared once; cycles terminate.

#![warn(missing_docs)]

pub mod accept;
#[cfg(test)]
mod coverage;
mod engine;
mod flat;
pub mod format;
pub mod model;
pub mod rules;
mod walk;
mod witness;

pub use accept::{AcceptEntry, AcceptError, AcceptList};
pub use model::{
    Acceptance, Affected, Bump, Direction, Finding, Level, Location, RejectedBy, Report,
    Versioning, Witness,
};
pub use rules::deprecation::{format_date, parse_date, today};
pub use rules::versioning::Version;
pub use rules::{Rule, all_rules, rule};

use stipula_spec::Spec;

/// What the diff may assume.
#[derive(Clone, Debug)]
pub struct DiffOptions {
    /// Minimum notice, in days, between a new deprecation and its `x-sunset` date. `None`
    /// (or 0): no policy.
    pub deprecation_days: Option<u32>,
    /// "Today", as days since 1970-01-01 (sunset dates are compared with it).
    pub today: i64,
    /// Pair operations that moved from `/vN/...` to `/vM/...` (M > N) and report one
    /// `path-version-changed` finding instead of every removal and addition. Default: on.
    pub match_path_version: bool,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            deprecation_days: None,
            today: today(),
            match_path_version: true,
        }
    }
}

/// Drop what the diff never reads from a loaded spec: the source texts the loader keeps for
/// diagnostics' snippets (as large as the files), and the by-name tables of non-schema
/// components (operations hold resolved copies of every one they use, and a component no
/// operation uses cannot reach a client). Holding two specs then costs little more than
/// their operations and schemas.
pub fn slim(spec: &mut Spec) {
    for f in &mut spec.files {
        f.text = std::sync::Arc::from("");
    }
    spec.components = Default::default();
}

/// Compare `base` with `revision`.
pub fn diff(base: &Spec, revision: &Spec, opts: &DiffOptions) -> Report {
    let mut cx = engine::Cx::new(base, revision, opts);
    walk::run(&mut cx);
    let findings = cx.finish();
    let required = findings
        .iter()
        .map(|f| {
            // The bump follows the finding's final level: a witness can make a finding
            // breaking whatever its rule says, and a search that proves no client can notice
            // lowers it (then the rule's own bump would demand a major for nothing).
            let rule = rules::must(f.id);
            if f.level == Level::Breaking {
                rule.bump.max(Bump::Major)
            } else if f.level == Level::Info && f.witness_note.is_some() {
                // lowered by a search that proved no value tells the sides apart: only the
                // way the contract is written changed
                Bump::Patch
            } else if f.level < rule.level {
                rule.bump.min(rules::default_bump(f.id, f.level))
            } else {
                rule.bump
            }
        })
        .max()
        .unwrap_or(Bump::None);
    let (versioning, lint) = rules::versioning::lint(
        &base.info.version,
        &revision.info.version,
        required,
        opts.today,
        Some(Location::of(base, &base.info.loc)),
        Some(Location::of(revision, &revision.info.loc)),
    );
    let mut all = findings;
    all.extend(lint);
    Report {
        base_name: base
            .files
            .first()
            .map(|f| f.display_name.clone())
            .unwrap_or_default(),
        revision_name: revision
            .files
            .first()
            .map(|f| f.display_name.clone())
            .unwrap_or_default(),
        findings: all,
        versioning,
    }
}
