//! [`Builder`]: generation from `build.rs` into `OUT_DIR`, with `cargo:` directives.

use crate::*;

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
    tracing: bool,
}

impl Builder {
    /// A build for the spec at `spec` (relative paths are relative to the crate being built);
    /// the target defaults to `rust-client`.
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
            tracing: false,
        }
    }

    /// A `tracing` span per call: `stipula.operation` in a client, `stipula.handler` around
    /// each `Api` call in a server (operation id, method, path template, response status;
    /// no parameter values or credentials). Add `tracing = "0.1"` to `[dependencies]`.
    /// Off by default: no code.
    pub fn tracing(mut self, on: bool) -> Builder {
        self.tracing = on;
        self
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

    /// What to generate (default [`Target::RustClient`]).
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
        opts.tracing = self.tracing;
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
