//! `stipula diff` end to end: the real binary on real spec files, exit codes, formats, git
//! revisions, standard input and accept files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use stipula_testkit::{spec_path, stderr, stdout, stipula_command, temp_dir};

fn bin() -> Command {
    stipula_command(env!("CARGO_BIN_EXE_stipula"))
}

fn pair(family: &str) -> (String, String) {
    let d = spec_path("diff");
    (
        d.join(format!("{family}-base.yaml")).display().to_string(),
        d.join(format!("{family}-revision.yaml"))
            .display()
            .to_string(),
    )
}

fn run(args: &[&str]) -> Output {
    stipula_testkit::run(bin().args(args))
}

fn scratch(name: &str) -> PathBuf {
    temp_dir(&format!("diff-cli-{name}"))
}

#[test]
fn exit_codes_follow_fail_on() {
    let (a, b) = pair("paths");
    let o = run(&["diff", &a, &a]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["diff", &a, &b]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("endpoint-removed"), "{}", stdout(&o));
    let o = run(&["diff", &a, &b, "--fail-on", "never"]);
    assert_eq!(o.status.code(), Some(0));
    // the deprecation pair has warnings and info only
    let (a, b) = pair("deprecation");
    assert_eq!(run(&["diff", &a, &b]).status.code(), Some(0));
    assert_eq!(
        run(&["diff", &a, &b, "--fail-on", "info"]).status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["diff", &a, &b, "--deprecation-days", "30"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn unloadable_specs_and_bad_usage_exit_2_with_a_located_message() {
    let (a, _) = pair("paths");
    let o = run(&["diff", &a, "no/such/spec.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("no/such/spec.yaml"), "{e}");
    let o = run(&["diff", &a]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["diff", &a, &a, "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let dir = scratch("broken");
    let broken = dir.join("broken.yaml");
    let _ = std::fs::write(&broken, "openapi: 3.1.0\ninfo: [unclosed\n");
    let o = run(&["diff", &a, &broken.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.yaml:"), "{}", stderr(&o));
}

#[test]
fn list_rules_prints_the_catalogue() {
    let o = run(&["diff", "--list-rules"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains("security-added") && out.contains("breaking"),
        "{out}"
    );
    let o = run(&["diff", "--list-rules", "--format", "json"]);
    let v: serde_json::Value = match serde_json::from_slice(&o.stdout) {
        Ok(v) => v,
        Err(e) => panic!("--list-rules --format json is not JSON: {e}"),
    };
    assert!(v.as_array().map(|a| a.len()).unwrap_or(0) >= 200);
}

#[test]
fn formats_json_github_next_version() {
    let (a, b) = pair("properties");
    let o = run(&["diff", &a, &b, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = match serde_json::from_slice(&o.stdout) {
        Ok(v) => v,
        Err(e) => panic!("not JSON: {e}\n{}", stdout(&o)),
    };
    assert_eq!(v["schemaVersion"], 1);
    assert!(v["summary"]["breaking"].as_u64().unwrap_or(0) > 0);
    let o = run(&["diff", &a, &b, "--format", "github"]);
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=") && l.contains("properties-revision.yaml")),
        "{out}"
    );
    let o = run(&["diff", &a, &b, "--format", "next-version"]);
    assert_eq!(stdout(&o).trim(), "2.0.0");
    for f in ["markdown", "junit", "sarif", "text"] {
        let o = run(&["diff", &a, &b, "--format", f]);
        assert_eq!(o.status.code(), Some(1), "{f}: {}", stderr(&o));
        assert!(!stdout(&o).contains("\x1b["), "{f}: colour with NO_COLOR");
    }
}

#[test]
fn accept_file_silences_exactly_the_listed_findings() {
    let (a, b) = pair("cycles");
    let o = run(&["diff", &a, &b, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_default();
    let breaking: Vec<String> = v["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f["level"] == "breaking")
        .filter_map(|f| f["fingerprint"].as_str().map(str::to_string))
        .collect();
    assert!(!breaking.is_empty());
    let dir = scratch("accept");
    let file = dir.join("accept.yaml");
    let mut text = String::from("accepted:\n");
    for fp in &breaking {
        text.push_str(&format!(
            "  - fingerprint: \"{fp}\"\n    reason: reviewed in the test\n"
        ));
    }
    let _ = std::fs::write(&file, &text);
    let f = file.display().to_string();
    let o = run(&["diff", &a, &b, "--accept", &f]);
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("[accepted]"));
    // one entry fewer: fails again
    let fewer: String = text
        .lines()
        .take(text.lines().count() - 2)
        .collect::<Vec<_>>()
        .join("\n");
    let _ = std::fs::write(&file, fewer + "\n");
    assert_eq!(
        run(&["diff", &a, &b, "--accept", &f]).status.code(),
        Some(1)
    );
    // an entry without a reason is refused
    let _ = std::fs::write(&file, "accepted:\n  - fingerprint: \"0123456789abcdef\"\n");
    let o = run(&["diff", &a, &b, "--accept", &f]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("reason"), "{}", stderr(&o));
}

#[test]
fn stdin_side() {
    let (a, b) = pair("paths");
    let text = std::fs::read_to_string(&b).unwrap_or_default();
    let mut child = match bin()
        .args(["diff", &a, "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    if let Some(mut si) = child.stdin.take() {
        use std::io::Write;
        let _ = si.write_all(text.as_bytes());
    }
    let o = match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("endpoint-removed"));
    let o = run(&["diff", "-", "-"]);
    assert_eq!(o.status.code(), Some(2));
}

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
        .args(args)
        .current_dir(dir)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// A git repository in `dir` whose one commit holds the `paths` base as `file` and whose
/// working tree holds the `paths` revision there; `false` when git cannot run.
fn repo_with_a_change(dir: &Path, file: &str) -> bool {
    if !git(dir, &["init", "-q"]) {
        return false;
    }
    let (a, b) = pair("paths");
    let api = dir.join(file);
    let _ = std::fs::copy(&a, &api);
    assert!(git(dir, &["add", file]));
    assert!(git(dir, &["commit", "-q", "-m", "base"]));
    let _ = std::fs::copy(&b, &api);
    true
}

#[test]
fn git_revision_side() {
    let dir = scratch("git");
    if !repo_with_a_change(&dir, "api.yaml") {
        eprintln!("git is not available; skipping the REV:path test");
        return;
    }
    let o = match bin()
        .args(["diff", "HEAD:api.yaml", "api.yaml", "--format", "github"])
        .current_dir(&dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("::error file=api.yaml"), "{out}");
    // a removal points at the base (the git blob, named by its path)
    let o = match bin()
        .args(["diff", "HEAD~5:api.yaml", "api.yaml"])
        .current_dir(&dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("git show"), "{}", stderr(&o));
}

/// The GitHub Actions job in the README, run as written: its `stipula diff` steps are taken
/// from the README's YAML block, `${{ github.base_ref }}` becomes `main`, and a local
/// `origin/main` ref holds the base revision (as `actions/checkout` with `fetch-depth: 0`
/// leaves it).
#[test]
fn readme_ci_example_runs_as_written() {
    let readme = match std::fs::read_to_string(stipula_testkit::workspace_root().join("README.md"))
    {
        Ok(t) => t,
        Err(e) => panic!("cannot read README.md: {e}"),
    };
    let Some(start) = readme.find("### In CI (GitHub Actions)") else {
        panic!("README.md has no \"### In CI (GitHub Actions)\" section");
    };
    let section = &readme[start..];
    let block = section
        .split("```yaml")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap_or_default();
    // each `run: |` script of the job that calls stipula diff, unindented
    let mut scripts: Vec<String> = Vec::new();
    let lines: Vec<&str> = block.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("run: |") {
            let indent = lines[i].len() - lines[i].trim_start().len() + 2;
            let mut s = String::new();
            i += 1;
            while i < lines.len()
                && (lines[i].trim().is_empty()
                    || lines[i].len() - lines[i].trim_start().len() >= indent)
            {
                s.push_str(lines[i].get(indent..).unwrap_or(""));
                s.push('\n');
                i += 1;
            }
            if s.contains("stipula diff") {
                scripts.push(s.replace("${{ github.base_ref }}", "main"));
            }
        } else {
            i += 1;
        }
    }
    assert_eq!(
        scripts.len(),
        2,
        "expected two stipula diff steps in:\n{block}"
    );
    assert!(scripts[0].contains("--format github") && scripts[0].contains("origin/main:"));

    let dir = scratch("readme-ci");
    if !repo_with_a_change(&dir, "openapi.yaml") {
        eprintln!("git is not available; skipping the README CI example");
        return;
    }
    assert!(git(
        &dir,
        &["update-ref", "refs/remotes/origin/main", "HEAD"]
    ));
    let _ = std::fs::write(dir.join(".stipula-accept.yaml"), "accepted: []\n");
    let summary = dir.join("summary.md");
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_stipula"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let sh = |script: &str| -> Output {
        match Command::new("sh")
            .args(["-e", "-c", script])
            .current_dir(&dir)
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
        {
            Ok(o) => o,
            Err(e) => panic!("cannot run sh: {e}"),
        }
    };
    // the breaking-changes step fails the job, with annotations on the revision's lines
    let o = sh(&scripts[0]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=openapi.yaml,line=")),
        "{out}"
    );
    // the version step succeeds and writes the next version to the step summary
    let o = sh(&scripts[1]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = std::fs::read_to_string(&summary).unwrap_or_default();
    assert!(
        s.starts_with("info.version should be at least 2.0.0"),
        "{s}\n{}",
        stderr(&o)
    );
}

/// `--load-only` (hidden, for benchmarks) loads both sides like a diff and stops.
#[test]
fn load_only_loads_both_sides_and_reports_nothing() {
    let (a, b) = pair("paths");
    let o = run(&["diff", &a, &b, "--load-only"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    assert!(stderr(&o).starts_with("loaded: "), "{}", stderr(&o));
    let o = run(&["diff", &a, "no-such-file.yaml", "--load-only"]);
    assert_eq!(o.status.code(), Some(2));
}
