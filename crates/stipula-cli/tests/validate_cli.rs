//! `stipula validate` as a user runs it: exit codes 0/1/2, the text form with the source line,
//! the JSON form, and the flags.

use std::process::Output;
use stipula_testkit::{code, stderr, stdout, temp_dir, write_file as write};

fn stipula(args: &[&str]) -> Output {
    stipula_testkit::run_stipula(env!("CARGO_BIN_EXE_stipula"), args)
}

#[test]
fn valid_spec_exits_0() {
    let o = stipula(&["validate", "specs/petstore-3.1.yaml"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("specs/petstore-3.1.yaml: valid"),
        "{}",
        stdout(&o)
    );
    assert!(!stderr(&o).contains("error["), "{}", stderr(&o));
}

#[test]
fn errors_exit_1_with_location_snippet_and_help() {
    let o = stipula(&["validate", "specs/invalid/dup-operation-id.yaml"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("specs/invalid/dup-operation-id.yaml:11:7: error[operation-id-duplicate]:"),
        "{err}"
    );
    // The source line, with a caret under the node and its JSON pointer.
    assert!(err.contains("11 |       operationId: listPets"), "{err}");
    assert!(
        err.contains("^^^^^^^^^^^ /paths/~1cats/get/operationId"),
        "{err}"
    );
    assert!(err.contains("help: operationIds must be unique"), "{err}");
    assert!(!err.contains('\u{1b}'), "no colour with NO_COLOR: {err:?}");
    assert!(stdout(&o).contains("1 error"), "{}", stdout(&o));
}

#[test]
fn json_format_is_an_array_on_stdout() {
    let o = stipula(&[
        "validate",
        "specs/petstore-3.0.yaml",
        "specs/invalid/path-param-undeclared.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is JSON");
    let arr = v.as_array().expect("an array");
    let d = arr
        .iter()
        .find(|d| d["code"] == "path-param-undeclared")
        .expect("the diagnostic is there");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["line"], 5);
    assert!(d["col"].as_u64().unwrap_or(0) > 0, "{d}");
    assert_eq!(d["file"], "specs/invalid/path-param-undeclared.yaml");
    assert_eq!(d["pointer"], "/paths/~1pets~1{petId}/get");
    assert!(d["message"].as_str().unwrap_or("").contains("petId"), "{d}");
    assert!(d["help"].is_string(), "{d}");
    assert!(
        arr.iter()
            .all(|d| d["severity"] != "error" || d["file"] != "specs/petstore-3.0.yaml"),
        "{v}"
    );
}

#[test]
fn warnings_alone_exit_0_and_can_be_hidden() {
    let o = stipula(&["validate", "specs/invalid/schema-keyword-mismatch.yaml"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning[schema-keyword-type-mismatch]"),
        "{}",
        stderr(&o)
    );
    let o = stipula(&[
        "validate",
        "specs/invalid/schema-keyword-mismatch.yaml",
        "--no-warnings",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning["), "{}", stderr(&o));
}

#[test]
fn unparseable_spec_exits_2_with_the_loader_diagnostic_and_snippet() {
    let o = stipula(&["validate", "specs/invalid/syntax-error.yaml"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("specs/invalid/syntax-error.yaml:"), "{err}");
    assert!(err.contains(" | "), "the source line is shown: {err}");
    assert!(stdout(&o).contains("could not be loaded"), "{}", stdout(&o));
}

#[test]
fn swagger_2_is_validated_against_the_2_0_schema_with_its_own_lines() {
    let o = stipula(&["validate", "specs/swagger2/minimal.json"]);
    assert_eq!(code(&o), 0, "a valid 2.0 document: {}", stderr(&o));
    let o = stipula(&["validate", "specs/swagger2/invalid.yaml"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    // `in: somewhere` on line 12 of the 2.0 file, reported with the 2.0 pointer.
    assert!(
        err.contains("specs/swagger2/invalid.yaml:12:"),
        "the 2.0 line: {err}"
    );
    assert!(err.contains("/paths/~1a/get/parameters/0"), "{err}");
}

#[test]
fn missing_file_and_bad_usage_exit_2() {
    let o = stipula(&["validate", "specs/no-such-file.yaml"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("no-such-file.yaml"), "{}", stderr(&o));
    let o = stipula(&["validate"]);
    assert_eq!(code(&o), 2, "no spec given: {}", stderr(&o));
    let o = stipula(&["validate", "specs/petstore-3.1.yaml", "--format", "xml"]);
    assert_eq!(code(&o), 2, "bad format: {}", stderr(&o));
}

#[test]
fn load_failure_wins_over_errors() {
    let o = stipula(&[
        "validate",
        "specs/invalid/dup-operation-id.yaml",
        "specs/no-such-file.yaml",
    ]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}

#[test]
fn remote_refs_are_refused_unless_allowed() {
    let dir = temp_dir("remote");
    let spec = dir.join("api.yaml");
    write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'https://example.invalid/schemas.yaml#/B'\n",
    );
    let s = spec.to_string_lossy().into_owned();
    let o = stipula(&["validate", &s]);
    assert_ne!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("remote refs are off"), "{}", stderr(&o));
    let o = stipula(&["validate", &s, "--allow-remote-refs"]);
    assert!(
        !stderr(&o).contains("remote refs are off"),
        "the flag reaches the loader: {}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn refs_outside_the_spec_folder_need_the_flag() {
    let dir = temp_dir("outside");
    write(
        &dir.join("shared.yaml"),
        "components:\n  schemas:\n    Pet: {type: object}\n",
    );
    let spec = dir.join("api/openapi.yaml");
    write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '../shared.yaml#/components/schemas/Pet'}\n",
    );
    let s = spec.to_string_lossy().into_owned();
    let o = stipula(&["validate", &s]);
    assert_ne!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("leaves the spec's folder"),
        "{}",
        stderr(&o)
    );
    let o = stipula(&["validate", &s, "--allow-outside-root"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn help_explains_the_flags() {
    let o = stipula(&["validate", "--help"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    for flag in [
        "--format",
        "--allow-remote-refs",
        "--allow-outside-root",
        "--no-warnings",
        "Exit status",
    ] {
        assert!(out.contains(flag), "{flag} in help: {out}");
    }
}
