//! Swagger 2.0 through the CLI: `stipula convert` (formats, versions, warnings, exit codes)
//! and `stipula diff` between a 2.0 document and its 3.x form (an API that migrated).

use std::path::{Path, PathBuf};
use std::process::Output;
use stipula_testkit::{code, corpus_dir, stderr, stdout, temp_dir};

fn stipula(args: &[&str]) -> Output {
    stipula_testkit::run_stipula(env!("CARGO_BIN_EXE_stipula"), args)
}

/// `stipula convert specs/swagger2/constructs.yaml -o <out>`, which must succeed.
fn convert_constructs(out: &Path) -> Output {
    let o = stipula(&[
        "convert",
        "specs/swagger2/constructs.yaml",
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    o
}

#[test]
fn convert_writes_yaml_or_json_3_0_or_3_1_and_says_what_it_could_not_map() {
    let dir = temp_dir("convert");
    let out = dir.join("out.yaml");
    let o = convert_constructs(&out);
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.starts_with("openapi: \"3.0.3\""), "{text}");
    // The tsv warning names the 2.0 line.
    let err = stderr(&o);
    assert!(
        err.contains("specs/swagger2/constructs.yaml:97:11: warning[swagger2-tsv]"),
        "{err}"
    );
    // The written document is valid OpenAPI 3.0 for our own validate.
    let o = stipula(&["validate", &out.display().to_string()]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));

    let o = stipula(&[
        "convert",
        "specs/swagger2/constructs.yaml",
        "--to",
        "3.1",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(v["openapi"], "3.1.0");
    assert_eq!(
        v["components"]["schemas"]["Pet"]["properties"]["tag"]["type"],
        serde_json::json!(["string", "null"])
    );

    // 3.0 → 3.1 too; 3.1 → 3.0 is refused with exit 2.
    let o = stipula(&["convert", "specs/petstore-3.0.yaml", "--to", "3.1"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("openapi: \"3.1.0\""));
    let o = stipula(&["convert", "specs/petstore-3.1.yaml", "--to", "3.0"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("converts up only"), "{}", stderr(&o));
    let o = stipula(&["convert", "specs/no-such.yaml"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn diff_of_a_2_0_spec_against_its_3_x_conversion_finds_nothing() {
    let dir = temp_dir("diff");
    let mut cases = vec![PathBuf::from("specs/swagger2/constructs.yaml")];
    let docker = corpus_dir().join("providers/docker-engine.v1.52.swagger.yaml");
    if docker.exists() {
        cases.push(docker);
    } else {
        eprintln!("corpus absent: checking the project's own 2.0 spec only");
    }
    for (i, base) in cases.iter().enumerate() {
        for to in ["3.0", "3.1"] {
            let out = dir.join(format!("conv-{i}-{to}.yaml"));
            let o = stipula(&[
                "convert",
                &base.display().to_string(),
                "--to",
                to,
                "-o",
                &out.display().to_string(),
            ]);
            assert_eq!(code(&o), 0, "{}", stderr(&o));
            let o = stipula(&[
                "diff",
                &base.display().to_string(),
                &out.display().to_string(),
                "--fail-on",
                "info",
            ]);
            assert_eq!(
                code(&o),
                0,
                "{} → {to}: {}{}",
                base.display(),
                stdout(&o),
                stderr(&o)
            );
            assert!(stdout(&o).contains("No changes."), "{}", stdout(&o));
        }
    }
}

#[test]
fn diff_of_a_2_0_base_and_a_migrated_3_x_revision_reports_only_the_real_change() {
    let dir = temp_dir("migrated");
    let out = dir.join("migrated.yaml");
    convert_constructs(&out);
    // The migrated revision makes `limit` required (breaking) and nothing else.
    let text = std::fs::read_to_string(&out).expect("written");
    let changed = text.replacen(
        "    limit:\n      name: limit\n      in: query\n",
        "    limit:\n      name: limit\n      in: query\n      required: true\n",
        1,
    );
    assert_ne!(changed, text, "the edit applies");
    std::fs::write(&out, changed).expect("written");
    let o = stipula(&[
        "diff",
        "specs/swagger2/constructs.yaml",
        &out.display().to_string(),
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let findings = v["findings"].as_array().expect("findings");
    let rules: Vec<&str> = findings.iter().filter_map(|f| f["id"].as_str()).collect();
    // The change itself, and the version check it implies (info.version did not move).
    assert_eq!(
        rules,
        [
            "request-parameter-became-required",
            "version-bump-too-small"
        ],
        "{}",
        stdout(&o)
    );
    // The base side is located in the 2.0 file (`parameters.limit`, line 47).
    assert_eq!(findings[0]["base"]["line"], 47);
}
