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

pub mod names;
pub mod runtime;
pub mod rust;

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
    pub const ALL: [Target; 2] = [Target::RustClient, Target::RustServer];

    pub fn name(self) -> &'static str {
        match self {
            Target::RustClient => "rust-client",
            Target::RustServer => "rust-server",
        }
    }

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
}

impl Options {
    pub fn new(target: Target) -> Options {
        Options {
            target,
            crate_name: None,
            module: false,
            templates: None,
            tags: Vec::new(),
            operations: Vec::new(),
            runtime: Runtime::default(),
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
        name: String,
        message: String,
    },
    /// Generated Rust did not parse (a bug; the unformatted text is kept for inspection).
    Format {
        file: String,
        message: String,
        unformatted: String,
    },
    Io {
        path: PathBuf,
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
    pub path: PathBuf,
    pub text: String,
}

/// The result of a generation.
#[derive(Debug)]
pub struct Output {
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

fn template_env(opts: &Options) -> Result<minijinja::Environment<'static>, Error> {
    let mut env = minijinja::Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::Template {
            name: "<syntax>".into(),
            message: e.to_string(),
        })?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_filter("bare", |s: String| names::bare(&s).to_string());
    // Type expressions are written for sibling modules of `types`; this rewrites one for
    // use at the root of the generated code.
    env.add_filter("from_root", |s: String| {
        s.replace("super::types::", "self::types::")
    });
    for name in opts.target.template_names() {
        let over = opts.templates.as_ref().map(|d| d.join(name));
        let source = match over {
            Some(p) if p.is_file() => std::fs::read_to_string(&p).map_err(|e| Error::Io {
                path: p.clone(),
                message: format!("cannot read the template override: {e}"),
            })?,
            _ => match opts.target.embedded(name) {
                Some(s) => s.to_string(),
                None => continue,
            },
        };
        env.add_template_owned(name.to_string(), source)
            .map_err(|e| Error::Template {
                name: name.to_string(),
                message: format!("{e:#}"),
            })?;
    }
    Ok(env)
}

fn render(
    env: &minijinja::Environment,
    name: &str,
    ctx: minijinja::Value,
) -> Result<String, Error> {
    let t = env.get_template(name).map_err(|e| Error::Template {
        name: name.to_string(),
        message: format!("{e:#}"),
    })?;
    t.render(ctx).map_err(|e| Error::Template {
        name: name.to_string(),
        message: format!("{e:#}"),
    })
}

/// Rewrites the text of every `#[doc = "..."]` so that, printed as a `///` comment, it
/// holds no lone `\r`, control character or bidirectional override (see
/// [`names::doc_safe`]). Done here, on the parsed file, so every template (overrides
/// included) is covered.
struct DocSafe;

impl syn::visit_mut::VisitMut for DocSafe {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if attr.path().is_ident("doc")
            && let syn::Meta::NameValue(nv) = &mut attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &mut nv.value
        {
            let text = s.value();
            let safe = names::doc_safe(&text);
            if safe != text {
                *s = syn::LitStr::new(&safe, s.span());
            }
        }
    }
}

/// Format Rust source with prettyplease (deterministic, no external tools).
pub fn format_rust(file: &str, text: &str) -> Result<String, Error> {
    match syn::parse_file(text) {
        Ok(mut f) => {
            syn::visit_mut::VisitMut::visit_file_mut(&mut DocSafe, &mut f);
            Ok(prettyplease::unparse(&f))
        }
        Err(e) => Err(Error::Format {
            file: file.to_string(),
            message: e.to_string(),
            unformatted: text.to_string(),
        }),
    }
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
        &mut ctx.dependencies,
    );
    let base = minijinja::Value::from(minijinja::value::Serde(&ctx));
    let base = minijinja::context! { runtime => minijinja::Value::from(minijinja::value::Serde(&runtime)), ..base };
    // One job per Rust file: (file name, template, context). The files are independent, so
    // they are rendered and formatted on all cores (GitHub's client: types.rs is half of the
    // 11 MB, the 45 operation modules the other half); the order of the output is the order
    // of the jobs, whatever thread finishes first.
    let mut jobs: Vec<(String, &str, minijinja::Value)> = vec![
        ("types.rs".into(), "types.rs.j2", base.clone()),
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

/// What `manifest` (a Cargo.toml's text) lacks of `deps`, one sentence each with the fix.
///
/// A textual check, made to catch the usual first-build mistakes (no `multipart` feature,
/// no TLS with `default-features = false`): it finds each dependency's declaration under
/// `[dependencies]` (inline, or a `[dependencies.NAME]` table) and looks for the feature
/// names in it. A dependency inherited from the workspace (`workspace = true`) or renamed
/// is not checked.
pub fn missing_dependencies(manifest: &str, deps: &[rust::Dependency]) -> Vec<String> {
    let mut out = Vec::new();
    for dep in deps {
        let Some(decl) = dependency_text(manifest, dep.name) else {
            out.push(format!(
                "the generated code needs `{}` in [dependencies]; add: {}",
                dep.name,
                dep.toml_line()
            ));
            continue;
        };
        if decl.contains("workspace") {
            continue;
        }
        let defaults_off = decl.replace(' ', "").contains("default-features=false");
        for (i, f) in dep.features.iter().enumerate() {
            let quoted = format!("\"{f}\"");
            let tls = *f == "rustls";
            let present = if tls {
                // Any TLS backend will do, and reqwest's default features include one.
                !defaults_off
                    || ["\"rustls", "\"native-tls", "\"default-tls"]
                        .iter()
                        .any(|t| decl.contains(t))
            } else {
                decl.contains(&quoted)
            };
            if !present {
                let why = dep
                    .why
                    .get(i)
                    .copied()
                    .unwrap_or("the generated code uses it");
                out.push(format!(
                    "`{}` needs the feature {quoted} ({why}); use: {}",
                    dep.name,
                    dep.toml_line()
                ));
            }
        }
    }
    out
}

/// The text declaring dependency `name` in a manifest's `[dependencies]`: the value of
/// `name = ...` (an inline table may span lines) or the body of `[dependencies.name]`.
fn dependency_text(manifest: &str, name: &str) -> Option<String> {
    let mut section = String::new();
    let mut dotted = String::new();
    let mut lines = manifest.lines();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if t.starts_with('[') {
            section = t.trim_matches(['[', ']', ' ']).to_string();
            if section == format!("dependencies.{name}") {
                let mut body = String::new();
                for l in lines.by_ref() {
                    if l.trim_start().starts_with('[') {
                        break;
                    }
                    body.push_str(l);
                    body.push('\n');
                }
                return Some(body);
            }
            continue;
        }
        if section != "dependencies" {
            continue;
        }
        let Some(rest) = t.strip_prefix(name) else {
            continue;
        };
        // Dotted keys: `axum.workspace = true`, `reqwest.features = [..]` (all of them).
        if rest.starts_with('.') {
            dotted.push_str(rest);
            dotted.push('\n');
            continue;
        }
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let mut decl = value.to_string();
        let mut depth =
            decl.matches(['{', '[']).count() as i64 - decl.matches(['}', ']']).count() as i64;
        while depth > 0 {
            let Some(l) = lines.next() else { break };
            depth += l.matches(['{', '[']).count() as i64 - l.matches(['}', ']']).count() as i64;
            decl.push(' ');
            decl.push_str(l);
        }
        return Some(decl);
    }
    (!dotted.is_empty()).then_some(dotted)
}

/// `f(0..n)` on up to as many threads as the machine has cores; results in index order. The
/// first error (by index) wins, so the outcome does not depend on scheduling.
fn run_jobs<T: Send>(
    n: usize,
    f: impl Fn(usize) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(n);
    if threads <= 1 {
        return (0..n).map(&f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<T, Error>>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= n {
                            break done;
                        }
                        done.push((i, f(i)));
                    }
                })
            })
            .collect();
        for w in workers {
            match w.join() {
                Ok(done) => {
                    for (i, r) in done {
                        results[i] = Some(r);
                    }
                }
                // A panic in a worker is a bug in the generator: re-raise it as it was.
                Err(p) => std::panic::resume_unwind(p),
            }
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| unreachable!("every job index is taken exactly once")))
        .collect()
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

/// Generate from `build.rs`: load the spec, write one file into `OUT_DIR`, print
/// `cargo:rerun-if-changed` for every file the spec pulls in.
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), Box<dyn std::error::Error>> {
///     stipula_codegen::Builder::new("openapi.yaml")
///         .target(stipula_codegen::Target::RustClient)
///         .generate()?;
///     Ok(())
/// }
/// // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/rust_client.rs"));
/// ```
#[derive(Clone, Debug)]
pub struct Builder {
    spec: PathBuf,
    target: Target,
    out_dir: Option<PathBuf>,
    file_name: Option<String>,
    templates: Option<PathBuf>,
    allow_spec_errors: bool,
    tags: Vec<String>,
    operations: Vec<String>,
    runtime: Runtime,
}

impl Builder {
    pub fn new(spec: impl Into<PathBuf>) -> Builder {
        Builder {
            spec: spec.into(),
            target: Target::RustClient,
            out_dir: None,
            file_name: None,
            templates: None,
            allow_spec_errors: false,
            tags: Vec::new(),
            operations: Vec::new(),
            runtime: Runtime::default(),
        }
    }

    /// How the generated code reaches `stipula-runtime`: [`Runtime::Embedded`] (the default:
    /// its source inside the generated module, needing nothing but crates.io),
    /// [`Runtime::Crate`] (a `stipula-runtime` dependency by version) or [`Runtime::Path`].
    /// With a dependency, add it to `[dependencies]` with the features the build script's
    /// `cargo:warning` names.
    pub fn runtime(mut self, runtime: Runtime) -> Builder {
        self.runtime = runtime;
        self
    }

    /// Generate only the operations with these tags (and the types they use), to compile
    /// less; an untagged operation's tag is its module name. Combines with
    /// [`Builder::operations`]: an operation either selects is generated. A name that
    /// selects nothing is an error.
    pub fn tags<S: Into<String>>(mut self, tags: impl IntoIterator<Item = S>) -> Builder {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// Generate only the operations with these operationIds (and the types they use).
    pub fn operations<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Builder {
        self.operations = ids.into_iter().map(Into::into).collect();
        self
    }

    /// Generate even when loading reported errors, such as a `$ref` that resolves to
    /// nothing: each broken part is typed as `serde_json::Value` and printed as a
    /// `cargo:warning` with its location. Off by default: such a spec fails the build.
    pub fn allow_spec_errors(mut self, allow: bool) -> Builder {
        self.allow_spec_errors = allow;
        self
    }

    pub fn target(mut self, target: Target) -> Builder {
        self.target = target;
        self
    }

    /// Write here instead of `OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.out_dir = Some(dir.into());
        self
    }

    /// File name inside the output folder (default: `rust_client.rs` / `rust_server.rs`).
    pub fn file_name(mut self, name: impl Into<String>) -> Builder {
        self.file_name = Some(name.into());
        self
    }

    /// Folder of template overrides.
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.templates = Some(dir.into());
        self
    }

    /// Generate; returns the path of the written file.
    pub fn generate(self) -> Result<PathBuf, Error> {
        let out_dir = match self.out_dir.clone() {
            Some(d) => d,
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
                Error::Usage(
                    "OUT_DIR is not set: call Builder::generate from build.rs, or set Builder::out_dir"
                        .into(),
                )
            })?,
        };
        let in_build_script = std::env::var_os("OUT_DIR").is_some();
        if in_build_script {
            println!("cargo:rerun-if-changed={}", self.spec.display());
        }
        let (loaded, spec_warnings) = load_spec(&self.spec, self.allow_spec_errors)?;
        if in_build_script {
            for p in loaded.docs.paths() {
                if p != self.spec {
                    println!("cargo:rerun-if-changed={}", p.display());
                }
            }
            if let Some(t) = &self.templates {
                println!("cargo:rerun-if-changed={}", t.display());
            }
        }
        let mut opts = Options::new(self.target);
        opts.module = true;
        opts.templates = self.templates.clone();
        opts.tags = self.tags.clone();
        opts.operations = self.operations.clone();
        opts.runtime = self.runtime.clone();
        let mut output = generate(&loaded.spec, &opts)?;
        if let Some(name) = &self.file_name
            && let Some(f) = output.files.first_mut()
        {
            f.path = PathBuf::from(name);
        }
        if in_build_script {
            for n in spec_warnings.iter().chain(&output.notes) {
                println!("cargo:warning=stipula: {}", n.replace(['\n', '\r'], " "));
            }
            if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
                let manifest = Path::new(&dir).join("Cargo.toml");
                if let Ok(text) = std::fs::read_to_string(&manifest) {
                    for w in missing_dependencies(&text, &output.dependencies) {
                        println!("cargo:warning=stipula: {}: {w}", manifest.display());
                    }
                }
            }
        }
        let written = write(&output, &out_dir)?;
        written
            .into_iter()
            .next()
            .ok_or_else(|| Error::Usage("nothing was generated".into()))
    }
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
}
