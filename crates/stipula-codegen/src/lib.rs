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
pub mod rust;

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
            "serde_support.rs.j2",
        ]
    }

    fn embedded(self, name: &str) -> Option<&'static str> {
        Some(match (self, name) {
            (_, "types.rs.j2") => include_str!("../../../templates/shared/types.rs.j2"),
            (_, "serde_support.rs.j2") => {
                include_str!("../../../templates/shared/serde_support.rs.j2")
            }
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
}

impl Options {
    pub fn new(target: Target) -> Options {
        Options {
            target,
            crate_name: None,
            module: false,
            templates: None,
        }
    }
}

/// A generation failure, with what to do about it.
#[derive(Debug)]
pub enum Error {
    /// The spec could not be loaded.
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
            Error::Load(e) => write!(f, "{e}"),
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

impl std::error::Error for Error {}

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
}

/// Build the view model for `spec` (what `--print-context` prints).
pub fn context(spec: &stipula_spec::Spec, opts: &Options) -> rust::Context {
    rust::build(
        spec,
        &rust::ModelOptions {
            target: opts.target.name().to_string(),
            crate_name: opts.crate_name.clone(),
            module_mode: opts.module,
        },
    )
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

/// Format Rust source with prettyplease (deterministic, no external tools).
pub fn format_rust(file: &str, text: &str) -> Result<String, Error> {
    match syn::parse_file(text) {
        Ok(f) => Ok(prettyplease::unparse(&f)),
        Err(e) => Err(Error::Format {
            file: file.to_string(),
            message: e.to_string(),
            unformatted: text.to_string(),
        }),
    }
}

/// Generate code for a loaded spec.
pub fn generate(spec: &stipula_spec::Spec, opts: &Options) -> Result<Output, Error> {
    let ctx = context(spec, opts);
    let env = template_env(opts)?;
    let base = minijinja::Value::from(minijinja::value::Serde(&ctx));
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
    })
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
}

impl Builder {
    pub fn new(spec: impl Into<PathBuf>) -> Builder {
        Builder {
            spec: spec.into(),
            target: Target::RustClient,
            out_dir: None,
            file_name: None,
            templates: None,
        }
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
        let loaded = stipula_spec::load(&self.spec, &stipula_spec::LoadOptions::default())?;
        if in_build_script {
            for p in loaded.docs.paths() {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            if let Some(t) = &self.templates {
                println!("cargo:rerun-if-changed={}", t.display());
            }
        }
        let mut opts = Options::new(self.target);
        opts.module = true;
        opts.templates = self.templates.clone();
        let mut output = generate(&loaded.spec, &opts)?;
        if let Some(name) = &self.file_name
            && let Some(f) = output.files.first_mut()
        {
            f.path = PathBuf::from(name);
        }
        if in_build_script {
            for n in &output.notes {
                println!("cargo:warning=stipula: {n}");
            }
        }
        let written = write(&output, &out_dir)?;
        written
            .into_iter()
            .next()
            .ok_or_else(|| Error::Usage("nothing was generated".into()))
    }
}
