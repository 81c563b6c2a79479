//! Helpers shared by the tests of the stipula crates: where the repository and the corpus of
//! real specs are (and the "skip with a message" when the corpus is absent), running a binary
//! and reading its output, scratch folders, a one-worker tokio runtime for test servers, and
//! a snapshot loop that reports every mismatch before failing.
//!
//! A dev-dependency only (`publish = false`): nothing here is part of a stipula API. Helpers
//! panic with a message that names what failed, as test code does.

#![warn(missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The root of the stipula checkout (the folder holding `specs/` and `crates/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `specs/<rel>` of the checkout.
pub fn spec_path(rel: &str) -> PathBuf {
    workspace_root().join("specs").join(rel)
}

/// The diff fixture families: `specs/diff/<family>-base.yaml` and `-revision.yaml` each.
pub const DIFF_FAMILIES: [&str; 16] = [
    "paths",
    "version-lines",
    "parameters",
    "request_body",
    "responses",
    "properties",
    "required_nullable",
    "read_write_only",
    "type_format",
    "enum_const_default",
    "constraints",
    "composition",
    "security",
    "deprecation",
    "cycles",
    "links_examples",
];

/// Where the corpus of real specs is: `$STIPULA_CORPUS`, else `../shared/corpus` beside the
/// checkout. It may not exist; see [`corpus`].
pub fn corpus_dir() -> PathBuf {
    match std::env::var_os("STIPULA_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => workspace_root().join("../shared/corpus"),
    }
}

/// The corpus folder when it holds a `manifest.json`; otherwise prints
/// `SKIPPED: <what>: no corpus at ... (set STIPULA_CORPUS to run it)` and returns `None`, so a
/// test can `let Some(dir) = corpus("...") else { return };`.
pub fn corpus(what: &str) -> Option<PathBuf> {
    let dir = corpus_dir();
    if dir.join("manifest.json").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: {what}: no corpus at {} (set STIPULA_CORPUS to run it)",
            dir.display()
        );
        None
    }
}

/// The entries of the corpus manifest (`manifest.json`'s `files`), or `None` (with the skip
/// message of [`corpus`]) when there is no corpus.
pub fn corpus_manifest(what: &str) -> Option<Vec<serde_json::Value>> {
    let dir = corpus(what)?;
    let path = dir.join("manifest.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let manifest: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    match manifest["files"].as_array() {
        Some(files) => Some(files.clone()),
        None => panic!("{}: no `files` array", path.display()),
    }
}

/// The Swagger 2.0 documents of the corpus (paths relative to it), or `None` (with the skip
/// message) when there is no corpus.
pub fn corpus_2_0(what: &str) -> Option<Vec<String>> {
    let files = corpus_manifest(what)?;
    Some(
        files
            .iter()
            .filter(|f| f["kind"] == "openapi")
            .filter(|f| {
                f["openapi_version"]
                    .as_str()
                    .is_some_and(|v| v.starts_with("2."))
            })
            .filter_map(|f| f["file"].as_str().map(str::to_string))
            .collect(),
    )
}

/// `text` with the checkout's location removed, so file names read relative to the
/// repository root and a snapshot is the same on every machine. The root is recognised as
/// written and canonical, and as each crate's `CARGO_MANIFEST_DIR/../..` (how tests name it).
pub fn relative_to_root(text: &str) -> String {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bases: Vec<PathBuf> = manifest
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .into_iter()
        .collect();
    if let Ok(canon) = workspace_root().canonicalize() {
        bases.push(canon);
    }
    let crates: Vec<String> = std::fs::read_dir(workspace_root().join("crates"))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let mut roots: Vec<String> = Vec::new();
    for base in &bases {
        roots.push(format!("{}/", base.display()));
        for name in &crates {
            roots.push(format!("{}/crates/{name}/../../", base.display()));
        }
    }
    // Longest first: one root may be a prefix of another.
    roots.sort_by_key(|r| std::cmp::Reverse(r.len()));
    roots.dedup();
    let mut text = text.to_string();
    for r in &roots {
        text = text.replace(r.as_str(), "");
    }
    text
}

/// One snapshot of a batch checked by [`check_snapshots`].
pub struct Snap {
    /// The snapshot's name (its file is `tests/snapshots/<name>.snap`).
    pub name: String,
    /// The command a user would run to see this output (stored in the snapshot header).
    pub description: String,
    /// What the failure message calls this snapshot.
    pub shown: String,
    /// The text to compare.
    pub text: String,
}

/// Compares every snapshot of a batch with `assert` (a closure calling
/// `insta::assert_snapshot!(name, text)`, so the snapshot is stored beside the calling test)
/// and fails once at the end, naming each mismatch: every one gets its `.snap.new`, not only
/// the first. `what` names the batch in the failure ("generated file(s)").
pub fn check_snapshots(what: &str, snaps: &[Snap], assert: impl Fn(&str, &str)) {
    let mut failed = Vec::new();
    for snap in snaps {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut settings = insta::Settings::clone_current();
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(snap.description.clone());
            settings.bind(|| assert(&snap.name, &snap.text));
        }));
        if outcome.is_err() {
            failed.push(snap.shown.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} {what} differ from their snapshot: {}\n\
         review with `cargo insta review` (or rerun with INSTA_UPDATE=always and read `git diff`)",
        failed.len(),
        snaps.len(),
        failed.join(", ")
    );
}

/// Runs `cmd` to completion; panics with the program's name if it cannot start.
pub fn run(cmd: &mut Command) -> Output {
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run {:?}: {e}", cmd.get_program()),
    }
}

/// The `stipula` binary at `exe` (pass `env!("CARGO_BIN_EXE_stipula")`) as a command run from
/// the repository root with `NO_COLOR=1`, so relative spec paths and messages are stable.
pub fn stipula_command(exe: &str) -> Command {
    let mut cmd = Command::new(exe);
    cmd.current_dir(workspace_root()).env("NO_COLOR", "1");
    cmd
}

/// Runs the `stipula` binary at `exe` with `args` (see [`stipula_command`]).
pub fn run_stipula(exe: &str, args: &[&str]) -> Output {
    run(stipula_command(exe).args(args))
}

/// Asserts the exit code is `expected`; the failure shows both output streams.
#[track_caller]
pub fn assert_exit(o: &Output, expected: i32) {
    assert_eq!(
        code(o),
        expected,
        "exit code\nstdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

/// The exit code (-1 when killed by a signal).
pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// Standard output as text (invalid UTF-8 replaced).
pub fn stdout(o: &Output) -> String {
    text(&o.stdout)
}

/// Standard error as text (invalid UTF-8 replaced).
pub fn stderr(o: &Output) -> String {
    text(&o.stderr)
}

/// Bytes as text (invalid UTF-8 replaced).
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh, empty folder `stipula-<tag>-<pid>-<nanos>` under the system temp dir (left
/// behind for reading after a failure).
pub fn temp_dir(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let d = std::env::temp_dir().join(format!("stipula-{tag}-{}-{nanos}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&d) {
        panic!("cannot create {}: {e}", d.display());
    }
    d
}

/// The target dir shared by every `cargo check` of generated code, so its dependencies
/// (reqwest, axum, tokio, serde) compile once per target dir: `$STIPULA_GENCHECK_TARGET`, else
/// `gencheck/` inside the target dir of the running test (found from the test binary's path,
/// `<target>/<profile>/deps/<test>-<hash>`).
pub fn gencheck_target() -> PathBuf {
    if let Some(p) = std::env::var_os("STIPULA_GENCHECK_TARGET") {
        return PathBuf::from(p);
    }
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(Path::to_path_buf))
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("gencheck")
}

/// `cargo check <args>` in `dir` with `RUSTFLAGS=-D warnings`, in the [`gencheck_target`];
/// fails with the compiler's output, naming `what` was checked.
pub fn cargo_check(dir: &Path, args: &[&str], what: &str) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = run(Command::new(cargo)
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", gencheck_target())
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_INCREMENTAL", "0"));
    assert!(
        out.status.success(),
        "cargo check of {what} failed:\n{}",
        stderr(&out)
    );
}

/// Every file below `dir` as (path relative to `dir`, text), sorted by path.
pub fn read_tree(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()));
        for e in entries {
            let p = e
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()))
                .path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let text = std::fs::read_to_string(&p)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
                let rel = p.strip_prefix(dir).unwrap_or(&p).to_path_buf();
                out.push((rel, text));
            }
        }
    }
    out.sort();
    out
}

/// Writes `text` to `path`, creating its folder first.
pub fn write_file(path: &Path, text: &str) {
    if let Some(dir) = path.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        panic!("cannot create {}: {e}", dir.display());
    }
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// A multi-thread tokio runtime with one worker, for a test server that must keep running
/// while the test blocks on a child process; the server lives as long as the runtime.
pub fn runtime() -> tokio::runtime::Runtime {
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => panic!("cannot start a tokio runtime: {e}"),
    }
}
