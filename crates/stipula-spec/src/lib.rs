//! `stipula-spec`: load OpenAPI documents into one IR.
//!
//! This is the only stipula crate that knows file formats. It reads JSON and YAML (one file
//! or many, joined by relative `$ref`s), OpenAPI 3.0.x, 3.1.x and 3.2.x, and builds a
//! [`Spec`]: operations, webhooks, security, servers, tags and a schema graph in an arena,
//! every node with its source location, 3.0 normalized to 3.1 meaning.
//!
//! ```no_run
//! let loaded = stipula_spec::load("specs/petstore-3.1.yaml", &stipula_spec::LoadOptions::default())?;
//! for op in &loaded.spec.operations {
//!     println!("{} {}", op.key(), loaded.spec.loc(&op.loc));
//! }
//! # Ok::<(), stipula_spec::LoadError>(())
//! ```
//!
//! Why not a typed OpenAPI crate: every one measured drops or rejects JSON Schema keywords
//! (`openapiv3` rejects 3.1 type arrays and silently drops `const`, `$defs`, `if/then/else`,
//! `webhooks`; `oas3` drops `not`, `$defs`, `if/then/else`; `openapiv3_1` rejects `$defs`
//! and schema extensions). So documents are read as raw JSON values by our own parsers
//! (see [`source`]) and the IR is built by our own code (see `lower/` in this crate).

#![warn(missing_docs)]

pub mod bundle;
pub mod convert;
pub mod diag;
mod docs;
mod equal;
pub mod ir;
mod lower;
pub mod media;
pub mod pointer;
pub mod render;
pub mod source;
mod swagger2;
#[cfg(feature = "validate")]
pub mod validate;

pub use diag::{Diagnostic, LoadError, Severity};
pub use docs::{DocSet, Document};
pub use equal::{semantic_diff, semantically_equal};
pub use ir::*;

use std::path::{Path, PathBuf};

/// What the loader may do.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Follow `http://` and `https://` `$ref`s (fetched once each, 30 s timeout, at most
    /// `max_file_bytes`, relative refs inside them resolved against their URL). Off by
    /// default: loading a spec never touches the network unless asked.
    pub allow_remote_refs: bool,
    /// Folder that file `$ref`s may not leave. Default: the root document's folder.
    pub root_dir: Option<PathBuf>,
    /// Allow file `$ref`s anywhere on disk.
    pub allow_outside_root: bool,
    /// Parser resource limits.
    pub limits: source::Limits,
    /// Largest file accepted, in bytes (default 256 MiB).
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            allow_remote_refs: false,
            root_dir: None,
            allow_outside_root: false,
            limits: source::Limits::default(),
            max_file_bytes: 256 * 1024 * 1024,
        }
    }
}

/// A loaded spec: the IR, the raw documents it was built from, and non-fatal diagnostics.
#[derive(Debug)]
pub struct Loaded {
    /// The IR: operations, schemas, security and the rest, each with its source location.
    pub spec: Spec,
    /// The parsed documents (raw JSON values with positions), root first.
    pub docs: DocSet,
    /// What the loader found on the way. Problems it could step over are here, errors
    /// included: an unresolved `$ref` is an error diagnostic, and the IR holds an
    /// "anything" (`true`) schema in its place. Problems it could not step over (syntax,
    /// not an OpenAPI 3 document, unreadable root file) make [`load`] fail instead.
    /// Tools should print these; see [`Loaded::has_errors`].
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Did loading record any error-level diagnostic (e.g. an unresolved `$ref`)?
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Every file the spec pulled in (for `cargo:rerun-if-changed`).
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.docs.paths()
    }
}

/// Load a spec from a file, following its `$ref`s.
pub fn load(path: impl AsRef<Path>, opts: &LoadOptions) -> Result<Loaded, LoadError> {
    let docs = DocSet::open(path.as_ref(), opts)?;
    lower::build(docs, opts)
}

/// Load a spec from text (stdin, a git blob). `name` is used in messages and to resolve
/// relative `$ref`s (as if the text were the file `name`).
pub fn load_str(text: &str, name: &str, opts: &LoadOptions) -> Result<Loaded, LoadError> {
    let docs = DocSet::from_text(text, name, opts)?;
    lower::build(docs, opts)
}
