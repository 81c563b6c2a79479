//! stipula-codegen: OpenAPI 3.0/3.1 → Rust clients (reqwest) and axum server stubs.
//!
//! The pipeline is IR ([`stipula_spec::Spec`]) → a view model built in Rust
//! ([`rust::Context`]: names made legal and unique, types mapped, docs escaped) →
//! minijinja templates (embedded, overridable file by file) → `prettyplease` formatting.
//! Output is deterministic: the same spec gives the same bytes.
//!
//! From `build.rs`:
//!
//! ```no_run
//! stipula_codegen::Builder::new("openapi.yaml")
//!     .target(stipula_codegen::Target::RustClient)
//!     .generate()?;
//! # Ok::<(), stipula_codegen::Error>(())
//! ```
//! and in the crate: `include!(concat!(env!("OUT_DIR"), "/rust_client.rs"));`

#![warn(missing_docs)]

pub mod names;
pub mod runtime;
pub mod rust;

mod builder;
mod manifest;
mod render;

pub use builder::Builder;
pub use manifest::missing_dependencies;
pub use render::format_rust;
use render::{render, run_jobs, template_env};
pub use runtime::Runtime;

use std::fmt;
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An async reqwest client.
    RustClient,
    /// An axum 0.8 router plus a trait to implement.
    RustServer,
}

impl Target {
    /// Every target, in the order `--list-targets` prints them.
    pub const ALL: [Target; 2] = [Target::RustClient, Target::RustServer];

    /// The target's name on the command line (`rust-client`, `rust-server`).
    pub fn name(self) -> &'static str {
        match self {
            Target::RustClient => "rust-client",
            Target::RustServer => "rust-server",
        }
    }

    /// One line on what the target generates, for `--list-targets`.
    pub fn description(self) -> &'static str {
        match self {
            Target::RustClient => {
                "async Rust client on reqwest 0.13: one method per operation, typed parameters, bodies and per-status responses"
            }
            Target::RustServer => {
                "axum 0.8 router plus an `Api` trait with one async method per operation; invalid requests get a structured 400"
            }
        }
    }

    /// The target named `s` on the command line, if there is one.
    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == s)
    }

    /// Template file names of this target (relative to its template folder).
    pub fn template_names(self) -> &'static [&'static str] {
        &[
            "Cargo.toml.j2",
            "lib.rs.j2",
            "types.rs.j2",
            "runtime.rs.j2",
            "operations.rs.j2",
            "streams.rs.j2",
        ]
    }

    fn embedded(self, name: &str) -> Option<&'static str> {
        Some(match (self, name) {
            (_, "types.rs.j2") => include_str!("../../../templates/shared/types.rs.j2"),
            (Target::RustClient, "Cargo.toml.j2") => {
                include_str!("../../../templates/rust-client/Cargo.toml.j2")
            }
            (Target::RustClient, "lib.rs.j2") => {
                include_str!("../../../templates/rust-client/lib.rs.j2")
            }
            (Target::RustClient, "runtime.rs.j2") => {
                include_str!("../../../templates/rust-client/runtime.rs.j2")
            }
            (Target::RustClient, "operations.rs.j2") => {
                include_str!("../../../templates/rust-client/operations.rs.j2")
            }
            (Target::RustClient, "streams.rs.j2") => {
                include_str!("../../../templates/rust-client/streams.rs.j2")
            }
            (Target::RustServer, "Cargo.toml.j2") => {
                include_str!("../../../templates/rust-server/Cargo.toml.j2")
            }
            (Target::RustServer, "lib.rs.j2") => {
                include_str!("../../../templates/rust-server/lib.rs.j2")
            }
            (Target::RustServer, "runtime.rs.j2") => {
                include_str!("../../../templates/rust-server/runtime.rs.j2")
            }
            (Target::RustServer, "operations.rs.j2") => {
                include_str!("../../../templates/rust-server/operations.rs.j2")
            }
            _ => return None,
        })
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Generation options.
#[derive(Clone, Debug)]
pub struct Options {
    /// What to generate.
    pub target: Target,
    /// Cargo package name (default: from `info.title`).
    pub crate_name: Option<String>,
    /// One file for `include!` instead of a crate.
    pub module: bool,
    /// Folder whose files override the embedded templates of the same name.
    pub templates: Option<PathBuf>,
    /// Generate only the operations with one of these tags (an untagged operation's tag is
    /// its module name) ...
    pub tags: Vec<String>,
    /// ... or one of these operationIds. Both empty: everything. With a filter, types no
    /// selected operation uses are left out.
    pub operations: Vec<String>,
    /// How the generated code reaches `stipula-runtime` (default: embedded).
    pub runtime: Runtime,
    /// `tracing` spans in `module` output (a crate has them behind its own `tracing`
    /// feature; a module cannot name a feature of the crate that includes it, so there they
    /// are on when this is set, and the including crate depends on `tracing`).
    pub tracing: bool,
}

impl Options {
    /// Options for `target` with every other setting at its default.
    pub fn new(target: Target) -> Options {
        Options {
            target,
            crate_name: None,
            module: false,
            templates: None,
            tags: Vec::new(),
            operations: Vec::new(),
            runtime: Runtime::default(),
            tracing: false,
        }
    }
}

/// A generation failure, with what to do about it.
///
/// `Debug` prints the same text as `Display`, so a build script's
/// `fn main() -> Result<(), Box<dyn Error>>` shows `file:line:col`, the spec line and the
/// help, not a struct dump.
pub enum Error {
    /// The spec could not be loaded, or loading reported errors (an unresolved `$ref`...)
    /// and [`Builder::allow_spec_errors`] / `--allow-spec-errors` was not given.
    Load(stipula_spec::LoadError),
    /// A template failed to render (a user override, or a bug in an embedded one).
    Template {
        /// The template's file name.
        name: String,
        /// What minijinja reported, with its location in the template.
        message: String,
    },
    /// Generated Rust did not parse (a bug; the unformatted text is kept for inspection).
    Format {
        /// The generated file's path.
        file: String,
        /// What the Rust parser reported.
        message: String,
        /// The rendered text that did not parse.
        unformatted: String,
    },
    /// A file or folder could not be read or written.
    Io {
        /// The path.
        path: PathBuf,
        /// What the operating system reported.
        message: String,
    },
    /// Misuse (e.g. `OUT_DIR` unset outside a build script).
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // As the CLI prints them: `file:line:col: error[code]: message`, the spec line
            // with a caret, and the help (files are read again for the snippet).
            Error::Load(e) => {
                let mut sources = stipula_spec::render::Sources::new();
                sources.read_missing = true;
                let text = stipula_spec::render::text(
                    &e.diagnostics,
                    &mut sources,
                    stipula_spec::render::TextOptions::default(),
                );
                f.write_str(text.trim_end())
            }
            Error::Template { name, message } => write!(
                f,
                "template {name} failed: {message}\n  help: check the template (see templates/README.md for the view model), or remove the override"
            ),
            Error::Format { file, message, .. } => write!(
                f,
                "generated {file} is not valid Rust: {message}\n  help: this is a stipula bug; please report it with the spec (run with --templates to rule out an override)"
            ),
            Error::Io { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Usage(m) => f.write_str(m),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}

/// Load a spec for generation. Errors the loader stepped over (an unresolved `$ref`, whose
/// schema would silently become `serde_json::Value`) fail the load unless `allow_errors`;
/// with it they come back as warnings, each a one-line `file:line:col: ...` text.
pub fn load_spec(
    path: &Path,
    allow_errors: bool,
) -> Result<(stipula_spec::Loaded, Vec<String>), Error> {
    let loaded = stipula_spec::load(path, &stipula_spec::LoadOptions::default())?;
    let errors: Vec<stipula_spec::Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == stipula_spec::Severity::Error)
        .cloned()
        .collect();
    if errors.is_empty() {
        return Ok((loaded, Vec::new()));
    }
    if !allow_errors {
        let mut errors = errors;
        if let Some(last) = errors.last_mut() {
            let more = "or, to generate anyway with each broken part typed as serde_json::Value, pass --allow-spec-errors (Builder::allow_spec_errors(true))";
            last.help = Some(match last.help.take() {
                Some(h) => format!("{h}; {more}"),
                None => format!("fix the spec, {more}"),
            });
        }
        return Err(Error::Load(stipula_spec::LoadError {
            diagnostics: errors,
        }));
    }
    let warnings = errors
        .iter()
        .map(|d| {
            format!(
                "{}: {}[{}]: {}; generated as serde_json::Value",
                d.location(),
                d.severity.as_str(),
                d.code,
                d.message
            )
        })
        .collect();
    Ok((loaded, warnings))
}

impl From<stipula_spec::LoadError> for Error {
    fn from(e: stipula_spec::LoadError) -> Self {
        Error::Load(e)
    }
}

/// One generated file: path relative to the output folder, and its text.
#[derive(Clone, Debug)]
pub struct File {
    /// Path relative to the output folder.
    pub path: PathBuf,
    /// The file's contents.
    pub text: String,
}

/// The result of a generation.
#[derive(Debug)]
pub struct Output {
    /// The generated files (in module mode, one).
    pub files: Vec<File>,
    /// What could not be generated precisely (shapes typed as `serde_json::Value`, skipped
    /// routes), each with its spec location.
    pub notes: Vec<String>,
    /// What the generated code needs in `[dependencies]` (see [`rust::Dependency`]).
    pub dependencies: Vec<rust::Dependency>,
}

/// Build the view model for `spec` (what `--print-context` prints).
pub fn context(spec: &stipula_spec::Spec, opts: &Options) -> rust::Context {
    rust::build(
        spec,
        &rust::ModelOptions {
            target: opts.target.name().to_string(),
            crate_name: opts.crate_name.clone(),
            module_mode: opts.module,
            tags: opts.tags.clone(),
            operations: opts.operations.clone(),
        },
    )
}

/// Every name of `opts.tags` and `opts.operations` must select something: a typo would
/// otherwise generate nothing without a word.
fn check_filter(spec: &stipula_spec::Spec, opts: &Options) -> Result<(), Error> {
    let tags: Vec<String> = {
        let mut t: Vec<String> = spec
            .operations
            .iter()
            .flat_map(|o| {
                let mut v = o.tags.clone();
                v.push(rust::op_tag(o));
                v
            })
            .collect();
        t.sort();
        t.dedup();
        t
    };
    for want in &opts.tags {
        if !tags.contains(want) {
            return Err(Error::Usage(format!(
                "no operation is tagged `{want}`\n  help: pick from the tags of the spec: {}",
                tags.join(", ")
            )));
        }
    }
    for want in &opts.operations {
        if !spec
            .operations
            .iter()
            .any(|o| o.operation_id.as_deref() == Some(want.as_str()))
        {
            let mut ids: Vec<&str> = spec
                .operations
                .iter()
                .filter_map(|o| o.operation_id.as_deref())
                .collect();
            ids.sort();
            let shown = ids.iter().take(30).copied().collect::<Vec<_>>().join(", ");
            return Err(Error::Usage(format!(
                "no operation has the operationId `{want}`\n  help: operationIds of the spec (first 30 of {}): {shown}",
                ids.len()
            )));
        }
    }
    Ok(())
}

/// Generate code for a loaded spec.
pub fn generate(spec: &stipula_spec::Spec, opts: &Options) -> Result<Output, Error> {
    check_filter(spec, opts)?;
    let mut ctx = context(spec, opts);
    let env = template_env(opts)?;
    let runtime = runtime::view(
        &opts.runtime,
        &ctx.target,
        ctx.needs_multipart,
        ctx.needs_regex,
        ctx.needs_stream,
        &mut ctx.dependencies,
    );
    let base = minijinja::Value::from(minijinja::value::Serde(&ctx));
    // Spans: behind the crate's `tracing` feature, or in module output always or never.
    let tracing_spans = match (opts.module, opts.tracing) {
        (false, _) => "feature",
        (true, true) => "always",
        (true, false) => "none",
    };
    let base = minijinja::context! { runtime => minijinja::Value::from(minijinja::value::Serde(&runtime)), tracing_spans => tracing_spans, ..base };
    // One job per Rust file: (file name, template, context). The files are independent, so
    // they are rendered and formatted on all cores (GitHub's client: types.rs is half of the
    // 11 MB, the 45 operation modules the other half); the order of the output is the order
    // of the jobs, whatever thread finishes first.
    // The client's request body types get chained setters (`Type::new(..).field(v)`); only
    // those, so a big API's other types cost `cargo check` nothing more.
    let mut builder_types: std::collections::BTreeMap<String, bool> = Default::default();
    if opts.target == Target::RustClient {
        for o in ctx.modules.iter().flat_map(|m| &m.operations) {
            let ty = o.body.as_ref().map(|b| b.ty.as_str()).unwrap_or_default();
            if let Some(name) = ty.strip_prefix("super::types::")
                && !name.contains(['<', ':'])
            {
                builder_types.insert(name.to_string(), true);
            }
        }
    }
    let types_ctx = minijinja::context! { builder_types => builder_types, ..base.clone() };
    let mut jobs: Vec<(String, &str, minijinja::Value)> = vec![
        ("types.rs".into(), "types.rs.j2", types_ctx),
        ("runtime.rs".into(), "runtime.rs.j2", base.clone()),
    ];
    for m in &ctx.modules {
        let mctx = minijinja::context! { module => minijinja::Value::from(minijinja::value::Serde(m)), ..base.clone() };
        jobs.push((format!("{}.rs", m.name), "operations.rs.j2", mctx));
    }
    // In module mode the files are included into one and formatted there, once.
    let format_each = !opts.module;
    let rust_files: Vec<(String, String)> = run_jobs(jobs.len(), |i| {
        let (name, template, cx) = &jobs[i];
        let text = render(&env, template, cx.clone())?;
        let text = if format_each {
            format_rust(&format!("src/{name}"), &text)?
        } else {
            text
        };
        Ok((name.clone(), text))
    })?;
    let files_map: indexmap::IndexMap<String, String> = if opts.module {
        rust_files.iter().cloned().collect()
    } else {
        indexmap::IndexMap::new()
    };
    let lib = render(
        &env,
        "lib.rs.j2",
        minijinja::context! { files => minijinja::Value::from(minijinja::value::Serde(&files_map)), ..base.clone() },
    )?;
    let mut out = Vec::new();
    if opts.module {
        out.push(File {
            path: PathBuf::from(format!("{}.rs", opts.target.name().replace('-', "_"))),
            text: format_rust("lib.rs", &lib)?,
        });
    } else {
        out.push(File {
            path: PathBuf::from("Cargo.toml"),
            text: render(&env, "Cargo.toml.j2", base.clone())?,
        });
        out.push(File {
            path: PathBuf::from("src/lib.rs"),
            text: format_rust("src/lib.rs", &lib)?,
        });
        for (name, text) in rust_files {
            out.push(File {
                path: PathBuf::from(format!("src/{name}")),
                text,
            });
        }
    }
    Ok(Output {
        files: out,
        notes: ctx.notes,
        dependencies: ctx.dependencies,
    })
}

/// Write generated files under `dir` (creating folders); returns the paths written.
pub fn write(output: &Output, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut written = Vec::new();
    for f in &output.files {
        let p = dir.join(&f.path);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Io {
                path: parent.to_path_buf(),
                message: format!("cannot create the folder: {e}"),
            })?;
        }
        // Leave unchanged files alone so cargo does not rebuild for nothing.
        if std::fs::read_to_string(&p).ok().as_deref() != Some(f.text.as_str()) {
            std::fs::write(&p, &f.text).map_err(|e| Error::Io {
                path: p.clone(),
                message: format!("cannot write: {e}"),
            })?;
        }
        written.push(p);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client_deps(tls: bool, multipart: bool) -> Vec<rust::Dependency> {
        let mut spec = String::from("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n");
        spec.push_str(if tls {
            "servers: [{url: 'https://api.example.com'}]\n"
        } else {
            "servers: [{url: 'http://127.0.0.1:8080'}]\n"
        });
        spec.push_str("paths:\n  /a:\n    post:\n      operationId: a\n");
        if multipart {
            spec.push_str(
                "      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: object, properties: {f: {type: string}}}\n",
            );
        }
        spec.push_str("      responses: {'204': {description: none}}\n");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.yaml");
        std::fs::write(&p, spec).unwrap();
        let (loaded, _) = load_spec(&p, false).unwrap();
        context(&loaded.spec, &Options::new(Target::RustClient)).dependencies
    }

    #[test]
    fn dependency_lines_follow_the_spec() {
        let d = client_deps(true, true);
        assert_eq!(
            d[0].toml_line(),
            r#"reqwest = { version = "0.13", default-features = false, features = ["rustls", "multipart"] }"#
        );
        let d = client_deps(false, false);
        assert_eq!(
            d[0].toml_line(),
            r#"reqwest = { version = "0.13", default-features = false }"#
        );
        assert_eq!(
            d[2].toml_line(),
            r#"serde_json = { version = "1", features = ["float_roundtrip"] }"#
        );
    }

    #[test]
    fn manifest_check_names_what_is_missing() {
        let deps = client_deps(true, true);
        // The README line of old: no features at all, defaults off.
        let m = "[package]\nname = \"x\"\n\n[dependencies]\nreqwest = { version = \"0.13\", default-features = false }\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = { version = \"1\", features = [\"float_roundtrip\"] }\ntokio = { version = \"1\", features = [\"time\"] }\n";
        let w = missing_dependencies(m, &deps);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].contains("\"rustls\"") && w[0].contains("https"),
            "{w:?}"
        );
        assert!(
            w[1].contains("\"multipart\"")
                && w[1].contains("features = [\"rustls\", \"multipart\"]"),
            "{w:?}"
        );
        // Default features bring TLS; a table spanning lines is read whole.
        let m = "[dependencies]\nreqwest = { version = \"0.13\", features = [\n  \"multipart\",\n] }\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = { version = \"1\", features = [\"float_roundtrip\"] }\ntokio = { workspace = true }\n";
        assert!(missing_dependencies(m, &deps).is_empty());
        // A [dependencies.reqwest] table, native TLS; serde_json missing.
        let m = "[dependencies.reqwest]\nversion = \"0.13\"\ndefault-features = false\nfeatures = [\"native-tls\", \"multipart\"]\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ntokio = { version = \"1\", features = [\"rt\", \"time\"] }\n";
        let w = missing_dependencies(m, &deps);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("`serde_json`") && w[0].contains("float_roundtrip"),
            "{w:?}"
        );
        // Dotted keys and workspace inheritance are declarations too (not checked further).
        let m = "[dependencies]\nreqwest.version = \"0.13\"\nreqwest.features = [\"multipart\"]\nserde.workspace = true\nserde_json = { workspace = true }\ntokio.workspace = true\n";
        assert!(
            missing_dependencies(m, &deps).is_empty(),
            "{:?}",
            missing_dependencies(m, &deps)
        );
        // Only [dependencies] counts, not [dev-dependencies].
        let m = "[dev-dependencies]\nreqwest = \"0.13\"\nserde = \"1\"\nserde_json = { version = \"1\", features = [\"float_roundtrip\"] }\ntokio = \"1\"\n";
        assert_eq!(missing_dependencies(m, &deps).len(), 4);
    }

    #[test]
    fn unresolved_refs_fail_unless_allowed_and_errors_print_like_the_cli() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("broken.yaml");
        std::fs::write(
            &p,
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Nope'}\n",
        )
        .unwrap();
        let Err(e) = load_spec(&p, false) else {
            panic!("an unresolved $ref is an error")
        };
        let debug = format!("{e:?}");
        assert_eq!(debug, e.to_string(), "Debug prints what Display prints");
        assert!(debug.contains("broken.yaml:11:"), "{debug}");
        assert!(debug.contains("ref-unresolved"), "{debug}");
        assert!(debug.contains("#/components/schemas/Nope"), "{debug}");
        assert!(debug.contains("--allow-spec-errors"), "{debug}");
        assert!(!debug.contains("Diagnostic {"), "{debug}");

        let (_, warnings) = load_spec(&p, true).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("broken.yaml:11:") && warnings[0].contains("serde_json::Value"),
            "{warnings:?}"
        );
    }

    /// The server's automatic 401/403 body against documented schemas: a problem or a
    /// `{message}` schema fits; one that requires another member, or types `status` as a
    /// string, gets a note naming the operation and why.
    #[test]
    fn automatic_auth_bodies_that_miss_the_documented_schema_are_noted() {
        let spec = r#"openapi: 3.1.0
info: {title: t, version: '1'}
components:
  securitySchemes:
    key: {type: http, scheme: bearer}
  schemas:
    Problem:
      type: object
      required: [title, status]
      properties: {title: {type: string}, status: {type: integer}, detail: {type: string}}
    Msg:
      type: object
      required: [message]
      properties: {message: {type: string}}
    Coded:
      type: object
      required: [code, message]
      properties: {code: {type: string}, message: {type: string}}
    TextStatus:
      type: object
      properties: {status: {type: string}}
security: [{key: []}]
paths:
  /a:
    get:
      operationId: fits
      responses:
        '204': {description: ok}
        '401': {description: no, content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}}
        '403': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/Msg'}}}}
  /b:
    get:
      operationId: misfits
      responses:
        '204': {description: ok}
        '401': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/Coded'}}}}
        '403': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/TextStatus'}}}}
  /c:
    get:
      operationId: open
      security: []
      responses:
        '204': {description: ok}
        '401': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/Coded'}}}}
"#;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.yaml");
        std::fs::write(&p, spec).unwrap();
        let (loaded, _) = load_spec(&p, false).unwrap();
        let out = generate(&loaded.spec, &Options::new(Target::RustServer)).unwrap();
        let notes: Vec<&String> = out
            .notes
            .iter()
            .filter(|n| n.contains("automatic"))
            .collect();
        assert_eq!(notes.len(), 2, "{notes:#?}");
        assert!(
            notes[0].starts_with("GET /b:")
                && notes[0].contains("401")
                && notes[0].contains("requires `code`"),
            "{notes:#?}"
        );
        assert!(
            notes[1].contains("403") && notes[1].contains("`status` is not of type integer"),
            "{notes:#?}"
        );
        // The client has no automatic body: nothing to note.
        let out = generate(&loaded.spec, &Options::new(Target::RustClient)).unwrap();
        assert!(
            !out.notes.iter().any(|n| n.contains("automatic")),
            "{:?}",
            out.notes
        );
    }
}
