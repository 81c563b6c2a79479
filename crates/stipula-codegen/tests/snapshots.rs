//! Generated code kept as files (as progenitor's `tests/output`): the client and the server
//! of a few specs are checked in under `codegen-snapshots/<case>/{client,server}/` at the
//! repository root, exactly as `stipula generate` writes them, with the generator's notes in
//! `<case>/<target>.notes`. (At the root, not in this crate: it is generated code, test data
//! that `duplicates` over `crates/` should not read as copied logic.)
//!
//! - `output_matches_the_generator` regenerates every case and fails on any difference,
//!   naming each file and its first differing line. To accept a change (after reading it in
//!   `git diff`), run the one line it prints:
//!   `STIPULA_BLESS=1 cargo test -p stipula-codegen --test snapshots`
//! - `output_compiles` runs `cargo check` with `-D warnings` on the checked-in crates as one
//!   workspace, in the target dir the CLI's generate tests share (dependencies compile once).
//!
//! Cases: `specs/petstore-3.1.yaml`, the hostile-names spec `specs/codegen/keywords.json`, and
//! a sample of GitHub's operations from the corpus (regenerated only when the corpus is there;
//! its checked-in files are compiled either way).

use std::path::{Path, PathBuf};
use stipula_codegen::{Options, Target};
use stipula_testkit::{corpus, read_tree, relative_to_root, workspace_root, write_file};

/// Where a case's spec is.
enum SpecAt {
    /// A path below the repository root.
    Repo(&'static str),
    /// A path below the corpus of real specs (`$STIPULA_CORPUS`).
    Corpus(&'static str),
}

struct Case {
    name: &'static str,
    spec: SpecAt,
    /// `--operations`: empty for every operation.
    operations: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "petstore",
        spec: SpecAt::Repo("specs/petstore-3.1.yaml"),
        operations: &[],
    },
    Case {
        name: "keywords",
        spec: SpecAt::Repo("specs/codegen/keywords.json"),
        operations: &[],
    },
    // A large real spec trimmed to operations across tags whose types reach much of the
    // schema set (repository, issue, pull request, user, workflow run, search results).
    Case {
        name: "github-sample",
        spec: SpecAt::Corpus("github/api.github.com.octokit-22.0.0.json"),
        operations: &[
            "repos/get",
            "repos/list-for-org",
            "repos/create-or-update-file-contents",
            "issues/list-for-repo",
            "issues/create",
            "pulls/list-files",
            "users/get-authenticated",
            "actions/list-workflow-runs-for-repo",
            "search/code",
        ],
    },
];

const TARGETS: [(Target, &str); 2] = [
    (Target::RustClient, "client"),
    (Target::RustServer, "server"),
];

const BLESS: &str = "STIPULA_BLESS=1 cargo test -p stipula-codegen --test snapshots";

fn output_dir() -> PathBuf {
    workspace_root().join("codegen-snapshots")
}

/// The spec of `case`, or `None` (with a skip message) when it is in an absent corpus.
fn spec_path(case: &Case) -> Option<PathBuf> {
    match case.spec {
        SpecAt::Repo(rel) => Some(workspace_root().join(rel)),
        SpecAt::Corpus(rel) => {
            let dir = corpus(&format!("regenerating codegen-snapshots/{}", case.name))?;
            Some(dir.join(rel))
        }
    }
}

/// Text with the machine's paths made stable: the checkout's root removed, the corpus
/// written as `$STIPULA_CORPUS/`.
fn stable(text: &str) -> String {
    let mut text = relative_to_root(text);
    let dir = stipula_testkit::corpus_dir();
    let mut corpus_roots = vec![format!("{}/", dir.display())];
    if let Ok(canon) = dir.canonicalize() {
        corpus_roots.push(format!("{}/", canon.display()));
    }
    corpus_roots.sort_by_key(|r| std::cmp::Reverse(r.len()));
    for r in &corpus_roots {
        text = text.replace(r.as_str(), "$STIPULA_CORPUS/");
    }
    text
}

/// What the generator writes for `case` and `target`: (path below `codegen-snapshots/<case>/`,
/// text), the crate's files under `<short>/` and the notes as `<short>.notes`.
fn generate(case: &Case, spec: &Path, target: Target, short: &str) -> Vec<(PathBuf, String)> {
    let (loaded, _warnings) = stipula_codegen::load_spec(spec, false)
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    let mut opts = Options::new(target);
    opts.crate_name = Some(format!("{}-{short}", case.name));
    opts.operations = case.operations.iter().map(|s| s.to_string()).collect();
    let out = stipula_codegen::generate(&loaded.spec, &opts)
        .unwrap_or_else(|e| panic!("generating {short} of {}: {e}", spec.display()));
    let mut files: Vec<(PathBuf, String)> = out
        .files
        .iter()
        .map(|f| (Path::new(short).join(&f.path), stable(&f.text)))
        .collect();
    let mut notes = stable(&out.notes.join("\n"));
    if !notes.is_empty() {
        notes.push('\n');
    }
    files.push((PathBuf::from(format!("{short}.notes")), notes));
    files.sort();
    files
}

/// The first line where `a` and `b` differ (1-based) with both versions.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    let mut n = 1;
    loop {
        match (la.next(), lb.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (None, None) => return "line endings differ".to_string(),
            (x, y) => {
                return format!(
                    "line {n}: checked in {:?}, generated {:?}",
                    x.unwrap_or("<end of file>"),
                    y.unwrap_or("<end of file>")
                );
            }
        }
    }
}

/// The differences between the files under `dir` and `expected` (one line each).
fn differences(dir: &Path, expected: &[(PathBuf, String)]) -> Vec<String> {
    let actual = if dir.is_dir() {
        read_tree(dir)
    } else {
        Vec::new()
    };
    let mut out = Vec::new();
    for (path, text) in expected {
        match actual.iter().find(|(p, _)| p == path) {
            None => out.push(format!("{}: not checked in", path.display())),
            Some((_, old)) if old != text => out.push(format!(
                "{}: {}",
                path.display(),
                first_difference(old, text)
            )),
            Some(_) => {}
        }
    }
    for (path, _) in &actual {
        if !expected.iter().any(|(p, _)| p == path) {
            out.push(format!(
                "{}: checked in, no longer generated",
                path.display()
            ));
        }
    }
    out
}

#[test]
fn output_matches_the_generator() {
    let bless = std::env::var_os("STIPULA_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let mut failures = Vec::new();
    for case in CASES {
        let Some(spec) = spec_path(case) else {
            continue;
        };
        let mut expected = Vec::new();
        for (target, short) in TARGETS {
            expected.extend(generate(case, &spec, target, short));
        }
        let dir = output_dir().join(case.name);
        let diffs = differences(&dir, &expected);
        if diffs.is_empty() {
            continue;
        }
        if bless {
            if dir.is_dir()
                && let Err(e) = std::fs::remove_dir_all(&dir)
            {
                panic!("cannot clear {}: {e}", dir.display());
            }
            for (path, text) in &expected {
                write_file(&dir.join(path), text);
            }
            eprintln!(
                "blessed codegen-snapshots/{} ({} difference(s))",
                case.name,
                diffs.len()
            );
        } else {
            failures.extend(
                diffs
                    .iter()
                    .map(|d| format!("codegen-snapshots/{}/{d}", case.name)),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "generated code differs from the checked-in files:\n  {}\n\
         read the change with `git diff` after accepting it with:\n  {BLESS}",
        failures.join("\n  ")
    );
}

/// Every checked-in crate compiles without warnings (one workspace, one `cargo check`), and
/// so do the petstore client generated with `--runtime-path` (this checkout's runtime crate)
/// and the petstore client and server with their `tracing` feature.
#[test]
fn output_compiles() {
    let tmp = stipula_testkit::temp_dir("codegen-output");
    let mut members = Vec::new();
    for case in CASES {
        for (_, short) in TARGETS {
            let src = output_dir().join(case.name).join(short);
            if !src.join("Cargo.toml").is_file() {
                panic!("{} is missing; generate it with:\n  {BLESS}", src.display());
            }
            let member = format!("{}-{short}", case.name);
            for (path, text) in read_tree(&src) {
                // Members of the workspace below, not workspaces of their own.
                let text = if path == Path::new("Cargo.toml") {
                    text.replace("\n[workspace]\n", "\n")
                } else {
                    text
                };
                write_file(&tmp.join(&member).join(path), &text);
            }
            members.push(format!("{member:?}"));
        }
    }
    // `--runtime-path`: the petstore client against this checkout's runtime crate.
    let runtime = workspace_root().join("crates/stipula-runtime");
    let (loaded, _warnings) =
        stipula_codegen::load_spec(&workspace_root().join("specs/petstore-3.1.yaml"), false)
            .unwrap_or_else(|e| panic!("specs/petstore-3.1.yaml: {e}"));
    let mut opts = Options::new(Target::RustClient);
    opts.crate_name = Some("petstore-runtime-path".into());
    opts.runtime = stipula_codegen::Runtime::Path(runtime.clone());
    let out = stipula_codegen::generate(&loaded.spec, &opts)
        .unwrap_or_else(|e| panic!("generating with --runtime-path: {e}"));
    let manifest = out
        .files
        .iter()
        .find(|f| f.path == Path::new("Cargo.toml"))
        .map(|f| f.text.clone())
        .unwrap_or_default();
    assert!(
        manifest.contains("stipula-runtime") && manifest.contains("path = "),
        "the manifest does not name the runtime's path:\n{manifest}"
    );
    assert!(
        !out.files
            .iter()
            .any(|f| f.text.contains("pub mod stipula_runtime")),
        "--runtime-path output still embeds the runtime"
    );
    for f in &out.files {
        let text = if f.path == Path::new("Cargo.toml") {
            f.text.replace("\n[workspace]\n", "\n")
        } else {
            f.text.clone()
        };
        write_file(&tmp.join("petstore-runtime-path").join(&f.path), &text);
    }
    members.push(format!("{:?}", "petstore-runtime-path"));
    write_file(
        &tmp.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
    stipula_testkit::cargo_check(&tmp, &["--workspace"], "codegen-snapshots/");
    // The `tracing` feature (off above): the spans compile too.
    stipula_testkit::cargo_check(
        &tmp,
        &[
            "-p",
            "petstore-client",
            "-p",
            "petstore-server",
            "--features",
            "petstore-client/tracing,petstore-server/tracing",
        ],
        "codegen-snapshots/petstore/{client,server} with the tracing feature",
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
