//! Each spec in `specs/invalid/` is wrong in one way: `stipula validate` must report exactly
//! that, with the right code, severity and line.

use std::path::PathBuf;
use stipula_spec::validate::validate;
use stipula_spec::{Diagnostic, LoadOptions, Severity, load};

fn spec(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../specs/invalid")
        .join(name)
}

fn diags(name: &str) -> Vec<Diagnostic> {
    let loaded = load(spec(name), &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{name} should load: {e}"));
    validate(&loaded)
}

/// The spec yields exactly one diagnostic of `severity`, with this code, at this line.
fn expect_one(name: &str, code: &str, severity: Severity, line: u32) -> Diagnostic {
    let all = diags(name);
    let matching: Vec<&Diagnostic> = all.iter().filter(|d| d.severity == severity).collect();
    assert_eq!(
        matching.len(),
        1,
        "{name}: expected one {severity:?}, got:\n{}",
        all.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let d = matching[0].clone();
    assert_eq!(d.code, code, "{name}: {d}");
    assert_eq!(d.line, line, "{name}: wrong line: {d}");
    assert!(d.col > 0, "{name}: no column: {d}");
    assert!(d.file.ends_with(name), "{name}: wrong file: {d}");
    assert!(d.help.is_some(), "{name}: no help: {d}");
    d
}

#[test]
fn duplicate_operation_id() {
    let d = expect_one(
        "dup-operation-id.yaml",
        "operation-id-duplicate",
        Severity::Error,
        11,
    );
    assert_eq!(d.pointer, "/paths/~1cats/get/operationId");
    assert!(
        d.message.contains("GET /pets"),
        "names the first operation: {d}"
    );
    assert!(d.message.contains(":6:"), "gives the first location: {d}");
    assert!(d.message.contains("GET /cats"), "names this operation: {d}");
}

#[test]
fn path_param_undeclared() {
    let d = expect_one(
        "path-param-undeclared.yaml",
        "path-param-undeclared",
        Severity::Error,
        5,
    );
    assert!(d.message.contains("{petId}"), "{d}");
}

#[test]
fn path_param_unused() {
    expect_one(
        "path-param-unused.yaml",
        "path-param-unused",
        Severity::Error,
        8,
    );
}

#[test]
fn path_param_not_required() {
    // The meta-schema also misses `required` there; only the specific diagnostic remains.
    expect_one(
        "path-param-not-required.yaml",
        "path-param-not-required",
        Severity::Error,
        8,
    );
}

#[test]
fn status_key_invalid() {
    let d = expect_one(
        "status-key-invalid.yaml",
        "status-key-invalid",
        Severity::Error,
        9,
    );
    assert_eq!(d.pointer, "/paths/~1pets/get/responses/20");
}

#[test]
fn schema_required_bool() {
    let d = expect_one(
        "schema-required-bool.yaml",
        "schema-required-bool",
        Severity::Error,
        11,
    );
    assert!(d.help.as_deref().unwrap_or("").contains("`name`"), "{d}");
}

#[test]
fn schema_keyword_type_mismatch() {
    let all = diags("schema-keyword-mismatch.yaml");
    assert!(all.iter().all(|d| d.severity != Severity::Error), "{all:?}");
    expect_one(
        "schema-keyword-mismatch.yaml",
        "schema-keyword-type-mismatch",
        Severity::Warning,
        8,
    );
}

#[test]
fn schema_array_items_missing() {
    expect_one(
        "schema-array-items-missing.yaml",
        "schema-array-items-missing",
        Severity::Error,
        6,
    );
}

#[test]
fn schema_type_invalid() {
    expect_one(
        "schema-type-invalid.yaml",
        "schema-type-invalid",
        Severity::Error,
        7,
    );
}

#[test]
fn schema_nullable_in_31() {
    expect_one(
        "schema-nullable-31.yaml",
        "schema-nullable-ignored",
        Severity::Warning,
        8,
    );
}

#[test]
fn security_scheme_undefined() {
    let d = expect_one(
        "security-undefined.yaml",
        "security-scheme-undefined",
        Severity::Error,
        11,
    );
    assert!(d.help.as_deref().unwrap_or("").contains("bearer"), "{d}");
}

#[test]
fn path_ambiguous() {
    let d = expect_one("path-ambiguous.yaml", "path-ambiguous", Severity::Error, 11);
    assert!(
        d.message.contains("/pets/{id}") && d.message.contains("GET"),
        "{d}"
    );
}

#[test]
fn parameter_duplicate() {
    expect_one(
        "parameter-duplicate.yaml",
        "parameter-duplicate",
        Severity::Error,
        9,
    );
}

#[test]
fn unknown_field() {
    let d = expect_one(
        "unknown-field.yaml",
        "oas-unknown-field",
        Severity::Error,
        7,
    );
    assert!(
        d.message.contains("`summery`") && d.message.contains("Operation"),
        "{d}"
    );
    assert!(
        d.help.as_deref().unwrap_or("").contains("`summary`"),
        "lists allowed fields: {d}"
    );
}

#[test]
fn missing_field() {
    let d = expect_one(
        "missing-field.yaml",
        "oas-missing-field",
        Severity::Error,
        2,
    );
    assert!(
        d.message.contains("`version`") && d.message.contains("Info"),
        "{d}"
    );
}

#[test]
fn bad_parameter_in() {
    let d = expect_one("bad-parameter-in.yaml", "oas-value", Severity::Error, 9);
    let help = d.help.clone().unwrap_or_default();
    for loc in ["path", "query", "header", "cookie"] {
        assert!(help.contains(loc), "allowed values listed: {d}");
    }
    assert!(d.message.contains("body"), "{d}");
}

#[test]
fn exclusive_minimum_numeric_in_30() {
    let d = expect_one("exclusive-minimum-30.yaml", "oas-type", Severity::Error, 8);
    assert!(d.help.as_deref().unwrap_or("").contains("3.1"), "{d}");
}

#[test]
fn ref_unresolved() {
    // The loader reports the dangling `$ref` (and goes on with an unconstrained schema);
    // validate reports it once, where the `$ref` is.
    let d = expect_one("ref-unresolved.yaml", "ref-unresolved", Severity::Error, 13);
    assert!(d.message.contains("#/components/schemas/Pets"), "{d}");
    assert!(d.pointer.ends_with("/schema/$ref"), "{d}");
}

#[test]
fn ref_unresolved_in_an_unused_component() {
    let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  parameters:\n    Limit:\n      $ref: '#/components/parameters/Nope'\n";
    let loaded = stipula_spec::load_str(text, "unused.yaml", &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let all = validate(&loaded);
    let refs: Vec<_> = all.iter().filter(|d| d.code == "ref-unresolved").collect();
    assert_eq!(refs.len(), 1, "{all:?}");
    assert_eq!(refs[0].line, 7, "{:?}", refs[0]);
}

/// The `$ref` check of `validate` and the loader resolve with one resolver: a ref the loader
/// follows and one only `validate` looks at (an unused component) get the same finding, and a
/// syntax error in a referenced file is reported once.
#[test]
fn refs_to_other_files_are_checked_like_the_loader_checks_them() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let put = |name: &str, text: &str| {
        std::fs::write(tmp.path().join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    put("broken.yaml", "Pet: [unclosed\n");
    put("common.yaml", "Pet: {type: string, $anchor: pet}\n");
    put(
        "api.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'gone.yaml#/Pet'}\ncomponents:\n  schemas:\n    Unused: {$ref: 'missing.yaml#/Pet'}\n    NoAnchor: {$ref: 'common.yaml#nope'}\n    Fine: {$ref: 'common.yaml#pet'}\n    Bad: {$ref: 'broken.yaml#/Pet'}\n",
    );
    let loaded = load(tmp.path().join("api.yaml"), &LoadOptions::default())
        .unwrap_or_else(|e| panic!("loads with error diagnostics: {e}"));
    let all = validate(&loaded);
    let show = || {
        all.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let at_line = |line: u32| -> Vec<&Diagnostic> {
        all.iter()
            .filter(|d| d.code == "ref-unresolved" && d.line == line)
            .collect()
    };
    // Exactly one ref-unresolved at `line`, saying `what`.
    let one_at = |line: u32, what: &str| -> &Diagnostic {
        let here = at_line(line);
        assert_eq!(here.len(), 1, "line {line}: {}", show());
        assert!(here[0].message.contains(what), "{what}: {}", show());
        here[0]
    };
    // Used by an operation (the loader reports it too): one finding.
    one_at(11, "gone.yaml, which does not exist");
    // Only validate looks at an unused component: the same wording.
    let unused = one_at(14, "missing.yaml, which does not exist");
    assert!(unused.pointer.ends_with("/Unused/$ref"), "{}", show());
    one_at(15, "nothing at `#nope`");
    assert!(
        at_line(16).is_empty(),
        "an anchor that exists resolves: {}",
        show()
    );
    // The syntax error of broken.yaml: once, at its own line, whoever found it.
    let syntax: Vec<&Diagnostic> = all
        .iter()
        .filter(|d| d.file.ends_with("broken.yaml"))
        .collect();
    assert_eq!(syntax.len(), 1, "{}", show());
    assert_eq!(
        all.iter().filter(|d| d.severity == Severity::Error).count(),
        4,
        "{}",
        show()
    );
}

#[test]
fn swagger_2_loads_and_validates() {
    let l = load(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../specs/swagger2/minimal.json"),
        &LoadOptions::default(),
    )
    .expect("Swagger 2.0 loads");
    let d = validate(&l);
    assert!(
        d.iter()
            .all(|d| d.severity != stipula_spec::Severity::Error),
        "{d:?}"
    );
}

#[test]
fn valid_petstores_have_no_errors() {
    for name in ["petstore-3.0.yaml", "petstore-3.1.yaml"] {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../specs")
            .join(name);
        let loaded = load(&p, &LoadOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let errs: Vec<_> = validate(&loaded)
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errs.is_empty(), "{name}: {errs:?}");
    }
}

#[test]
fn schemas_in_referenced_files_are_checked_too() {
    let loaded =
        load(spec("split/openapi.yaml"), &LoadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let all = validate(&loaded);
    let errs: Vec<_> = all
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errs.len(), 1, "{all:?}");
    let d = errs[0];
    assert_eq!(d.code, "oas-type", "{d}");
    assert!(d.file.ends_with("schemas.yaml"), "{d}");
    assert_eq!(d.line, 6, "{d}");
    assert_eq!(d.pointer, "/Pet/properties/name/minLength", "{d}");
}

#[test]
fn parameters_and_responses_in_referenced_files_are_checked_too() {
    let loaded = load(spec("split-objects/openapi.yaml"), &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let all = validate(&loaded);
    let errs: Vec<_> = all
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errs.len(), 2, "{all:?}");
    // The misspelled `required` of a parameter kept in parameters.yaml ...
    let p = errs
        .iter()
        .find(|d| d.file.ends_with("parameters.yaml"))
        .unwrap_or_else(|| panic!("no error in parameters.yaml: {all:?}"));
    assert_eq!(p.code, "oas-unknown-field", "{p}");
    assert_eq!((p.line, p.pointer.as_str()), (4, "/limit/requird"), "{p}");
    // ... and the response without a description kept in responses.yaml.
    let r = errs
        .iter()
        .find(|d| d.file.ends_with("responses.yaml"))
        .unwrap_or_else(|| panic!("no error in responses.yaml: {all:?}"));
    assert_eq!(r.code, "oas-missing-field", "{r}");
    assert_eq!(r.pointer, "/NotFound", "{r}");
    assert!(r.message.contains("description"), "{r}");
}
