//! `stipula generate`: exit codes, determinism, --module, --print-context, --templates, and
//! `cargo check -D warnings` of generated crates (hostile names, petstore, and a corpus
//! sample sharing one target dir).

use std::path::Path;
use stipula_testkit::{
    cargo_check, code, gencheck_target, read_tree, stderr, stdout, workspace_root as root,
};

fn stipula(args: &[&str]) -> (i32, String, String) {
    let out = stipula_testkit::run_stipula(env!("CARGO_BIN_EXE_stipula"), args);
    (code(&out), stdout(&out), stderr(&out))
}

/// `stipula generate <target> <spec> -o <out> <extra>...`
fn generate(target: &str, spec: &str, out: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["generate", target, spec, "-o", out];
    args.extend_from_slice(extra);
    stipula(&args)
}

#[test]
fn list_targets_and_usage_errors() {
    let (code, out, _) = stipula(&["generate", "--list-targets"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("rust-client") && out.contains("rust-server"),
        "{out}"
    );

    let (code, _, err) = stipula(&["generate", "cobol", "specs/petstore-3.1.yaml", "-o", "x"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown target `cobol`") && err.contains("rust-client"),
        "{err}"
    );

    let tmp = tempfile::tempdir().unwrap();
    let o = tmp.path().join("o");
    let (code, _, err) = generate(
        "rust-client",
        "specs/does-not-exist.yaml",
        o.to_str().unwrap(),
        &[],
    );
    assert_eq!(code, 2);
    assert!(err.contains("does-not-exist.yaml"), "{err}");
    assert!(!o.exists(), "nothing written on failure");
}

#[test]
fn unresolved_refs_stop_generation_unless_allowed() {
    let tmp = tempfile::tempdir().unwrap();
    let spec = tmp.path().join("broken.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Gone'}\n",
    )
    .unwrap();
    let o = tmp.path().join("o");
    let args = [
        "generate",
        "rust-client",
        spec.to_str().unwrap(),
        "-o",
        o.to_str().unwrap(),
    ];
    let (code, _, err) = stipula(&args);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("broken.yaml:11:")
            && err.contains("ref-unresolved")
            && err.contains("--allow-spec-errors"),
        "{err}"
    );
    assert!(err.contains("11 |"), "the spec line is shown: {err}");
    assert!(!o.exists(), "nothing written on failure");

    let mut lenient = args.to_vec();
    lenient.push("--allow-spec-errors");
    let (code, _, err) = stipula(&lenient);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: ")
            && err.contains("broken.yaml:11:")
            && err.contains("serde_json::Value"),
        "{err}"
    );
}

#[test]
fn crate_output_is_deterministic_and_module_mode_is_one_file() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    for d in [&a, &b] {
        let (code, _, err) = generate(
            "rust-client",
            "specs/petstore-3.1.yaml",
            d.to_str().unwrap(),
            &["--crate-name", "pets"],
        );
        assert_eq!(code, 0, "{err}");
    }
    let ta = read_tree(&a);
    assert_eq!(ta, read_tree(&b), "same spec, same bytes");
    let names: Vec<String> = ta.iter().map(|(p, _)| p.display().to_string()).collect();
    for f in [
        "Cargo.toml",
        "src/lib.rs",
        "src/types.rs",
        "src/pets.rs",
        "src/store.rs",
    ] {
        assert!(names.contains(&f.to_string()), "{f} missing from {names:?}");
    }
    let toml = &ta
        .iter()
        .find(|(p, _)| p == Path::new("Cargo.toml"))
        .unwrap()
        .1;
    assert!(toml.contains("name = \"pets\""), "{toml}");
    assert!(
        toml.contains("pets = []") && toml.contains("store = []"),
        "{toml}"
    );

    let m = tmp.path().join("m");
    let (code, _, err) = generate(
        "rust-server",
        "specs/petstore-3.0.yaml",
        m.to_str().unwrap(),
        &["--module"],
    );
    assert_eq!(code, 0, "{err}");
    let files = read_tree(&m);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].1.contains("pub trait Api"));
    assert!(
        !files[0].1.contains("#!["),
        "no inner attributes in include! files"
    );
}

#[test]
fn print_context_and_template_override() {
    let (code, out, err) = stipula(&[
        "generate",
        "rust-client",
        "specs/petstore-3.1.yaml",
        "--print-context",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("context is JSON");
    let types: Vec<&str> = v["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        types.contains(&"Pet") && types.contains(&"PetDetails"),
        "{types:?}"
    );
    assert_eq!(v["modules"][0]["operations"][0]["fn_name"], "list_pets");

    let tmp = tempfile::tempdir().unwrap();
    let tdir = tmp.path().join("templates");
    std::fs::create_dir_all(&tdir).unwrap();
    let original = std::fs::read_to_string(root().join("templates/shared/types.rs.j2")).unwrap();
    std::fs::write(
        tdir.join("types.rs.j2"),
        format!("{original}\n/// Added by an override.\npub const OVERRIDDEN: bool = true;\n"),
    )
    .unwrap();
    let o = tmp.path().join("o");
    let (code, _, err) = generate(
        "rust-client",
        "specs/petstore-3.1.yaml",
        o.to_str().unwrap(),
        &["--templates", tdir.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let types = std::fs::read_to_string(o.join("src/types.rs")).unwrap();
    assert!(types.contains("pub const OVERRIDDEN: bool = true;"));
    let lib = std::fs::read_to_string(o.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("pub struct Client"),
        "other templates stay embedded"
    );

    // A broken override is a clear error (exit 2), naming the template.
    std::fs::write(tdir.join("types.rs.j2"), "{% for %}").unwrap();
    let (code, _, err) = generate(
        "rust-client",
        "specs/petstore-3.1.yaml",
        o.to_str().unwrap(),
        &["--templates", tdir.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(err.contains("types.rs.j2"), "{err}");
}

fn generate_and_check(spec: &Path, target: &str, dir: &Path, cargo_args: &[&str]) {
    generate_with_and_check(spec, target, dir, &[], cargo_args)
}

fn generate_with_and_check(
    spec: &Path,
    target: &str,
    dir: &Path,
    gen_args: &[&str],
    cargo_args: &[&str],
) {
    let mut args = vec![
        "generate",
        target,
        spec.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
        "--crate-name",
        "checked",
    ];
    args.extend_from_slice(gen_args);
    let (code, _, err) = stipula(&args);
    assert_eq!(code, 0, "generate {target} {}: {err}", spec.display());
    cargo_check(dir, cargo_args, &format!("{target} for {}", spec.display()));
}

#[test]
fn generated_code_compiles_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    // specs/codegen/keywords.json and specs/petstore-3.1.yaml with default features are
    // checked as the checked-in codegen-snapshots/ (stipula-codegen's `snapshots` test).
    for spec in ["specs/codegen/hostile.yaml", "specs/petstore-3.0.yaml"] {
        for target in ["rust-client", "rust-server"] {
            let dir = tmp.path().join(format!(
                "{}-{target}",
                Path::new(spec).file_stem().unwrap().to_string_lossy()
            ));
            generate_and_check(&root().join(spec), target, &dir, &[]);
        }
    }
    // A filtered client compiles, holds only what was picked, and a typo is an error.
    let dir = tmp.path().join("petstore-filtered");
    let (code, _, err) = generate(
        "rust-client",
        "specs/petstore-3.1.yaml",
        dir.to_str().unwrap(),
        &[
            "--crate-name",
            "checked",
            "--operations",
            "getInventory",
            "--tags",
            "nosuchtag",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nosuchtag") && err.contains("pets"), "{err}");
    generate_with_and_check(
        &root().join("specs/petstore-3.1.yaml"),
        "rust-client",
        &dir,
        &["--operations", "getInventory,showPetById"],
        &[],
    );
    let lib = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("pub mod store;") && lib.contains("pub mod pets;"),
        "{lib}"
    );
    let pets = std::fs::read_to_string(dir.join("src/pets.rs")).unwrap();
    assert!(
        pets.contains("fn show_pet_by_id(") && !pets.contains("fn list_pets("),
        "only the picked operations: {pets}"
    );
    let types = std::fs::read_to_string(dir.join("src/types.rs")).unwrap();
    assert!(
        types.contains("pub struct Pet ") && !types.contains("pub struct NewPet "),
        "only the types they use: {types}"
    );
    // One client feature alone compiles too (types are gated per tag).
    let dir = tmp.path().join("petstore-store-only");
    generate_and_check(
        &root().join("specs/petstore-3.1.yaml"),
        "rust-client",
        &dir,
        &["--no-default-features", "--features", "store"],
    );
}

/// The corpus specs CI checks (rust-client and rust-server each): three OpenAPI 3.1
/// descriptions, Stripe 2023-09 and GitHub 22.0. `scripts/codegen-corpus.sh` checks every
/// 3.0/3.1 document of the corpus.
const CI_SPECS: &[&str] = &[
    "providers/redocly.museum.yaml",
    "providers/adyen.BinLookupService-v54.json",
    "providers/resend.yaml",
    "stripe/spec3.2023-09-12.yaml",
    "github/api.github.com.octokit-22.0.0.json",
];

/// GitHub's client is checked with these tag features only (its default features are set to
/// them): the biggest modules and every type they use. All features together is what
/// `scripts/codegen-corpus.sh` and `scripts/codegen-bench.sh` check; it takes too long for CI.
const GITHUB_CLIENT_FEATURES: &str = "repos,issues,pulls,users";

/// CI corpus gate: generate the client and the server for each of `CI_SPECS` and
/// `cargo check` them with `RUSTFLAGS=-D warnings` as one workspace in one target dir
/// (dependencies compile once, crates build in parallel). Skips when the corpus is absent.
///
/// Cost measured on the shared 2-core dev machine (load 4-13, `CARGO_BUILD_JOBS=1`), cold
/// target dir: 781 s for the 10 crates; the biggest rustc (GitHub's server) peaks near 6 GB,
/// and with two jobs two such crates can build at once.
#[test]
fn corpus_sample_compiles_without_warnings() {
    let Some(c) = stipula_testkit::corpus("the corpus sample compile check") else {
        return;
    };
    let started = std::time::Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let mut members = Vec::new();
    for spec in CI_SPECS {
        for target in ["rust-client", "rust-server"] {
            let name = format!(
                "ci-{}-{target}",
                Path::new(spec)
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .replace(['.', '_'], "-")
                    .to_ascii_lowercase()
            );
            let dir = tmp.path().join(&name);
            let (code, _, err) = generate(
                target,
                c.join(spec).to_str().unwrap(),
                dir.to_str().unwrap(),
                &["--crate-name", &name],
            );
            assert_eq!(code, 0, "generate {target} {spec}: {err}");
            // Members of the workspace below, not workspaces of their own.
            let toml_path = dir.join("Cargo.toml");
            let mut toml = std::fs::read_to_string(&toml_path).unwrap();
            assert!(toml.contains("\n[workspace]\n"), "{toml}");
            toml = toml.replace("\n[workspace]\n", "\n");
            if spec.starts_with("github/") && target == "rust-client" {
                let start = toml.find("\ndefault = [").expect("a default feature list");
                let end = start + 1 + toml[start + 1..].find('\n').unwrap();
                let subset: Vec<String> = GITHUB_CLIENT_FEATURES
                    .split(',')
                    .map(|f| format!("{f:?}"))
                    .collect();
                for f in GITHUB_CLIENT_FEATURES.split(',') {
                    assert!(toml.contains(&format!("\n{f} = [")), "no feature {f}");
                }
                toml.replace_range(start..end, &format!("\ndefault = [{}]", subset.join(", ")));
            }
            std::fs::write(&toml_path, toml).unwrap();
            members.push(name);
        }
    }
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(
        tmp.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            list.join(", ")
        ),
    )
    .unwrap();
    cargo_check(tmp.path(), &["--workspace"], "the corpus sample");
    eprintln!(
        "corpus sample: {} crates compile clean with -D warnings in {:.0} s (target dir {})",
        members.len(),
        started.elapsed().as_secs_f64(),
        gencheck_target().display()
    );
}

/// No generated file holds a character that changes how the source reads: a lone `\r`
/// (a compile error in a doc comment), NUL and other controls, or a bidirectional override
/// (denied by rustc's `text_direction_codepoint_*` lints and a way to hide code).
fn assert_no_hidden_characters(dir: &Path) {
    for (path, text) in read_tree(dir) {
        for (n, line) in text.lines().enumerate() {
            let bad = line.chars().find(|&c| {
                (c.is_control() && c != '\t')
                    || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            });
            assert!(
                bad.is_none(),
                "{}:{}: raw {:?} in generated code: {line:?}",
                path.display(),
                n + 1,
                bad
            );
        }
    }
}

/// Every Rust keyword, reserved word, primitive type, prelude and helper name in every
/// identifier position (specs/codegen/keywords.json, written by
/// scripts/hostile-keywords.py): one tag alone compiles (its module and feature are
/// usable), the output holds no hidden characters, and both targets in `--module` form
/// compile inside an edition-2024 crate (where `gen` is a keyword).
#[test]
fn keyword_names_work_in_features_and_edition_2024_modules() {
    let tmp = tempfile::tempdir().unwrap();
    let spec = root().join("specs/codegen/keywords.json");
    let client = tmp.path().join("client");
    generate_and_check(
        &spec,
        "rust-client",
        &client,
        &[
            "--no-default-features",
            "--features",
            "match_,self_,gen_,u1f436",
        ],
    );
    assert_no_hidden_characters(&client);
    let toml = std::fs::read_to_string(client.join("Cargo.toml")).unwrap();
    for f in [
        "match_ = []",
        "self_ = []",
        "default2 = []",
        "str2 = []",
        "main2 = []",
    ] {
        assert!(toml.contains(f), "no `{f}` in the features of {toml}");
    }
    let lib = std::fs::read_to_string(client.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("pub mod match_;") && lib.contains("pub mod gen_;") && !lib.contains("mod r#"),
        "keyword tags become `name_` modules"
    );

    let krate = tmp.path().join("modules");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    // The dependency lines `--module` prints are the manifest: they must be enough.
    let mut deps: Vec<String> = Vec::new();
    for target in ["rust-client", "rust-server"] {
        let out = krate.join("gen").join(target);
        let (code, _, err) = generate(
            target,
            spec.to_str().unwrap(),
            out.to_str().unwrap(),
            &["--module"],
        );
        assert_eq!(code, 0, "generate {target} --module: {err}");
        assert_no_hidden_characters(&out);
        let listed = err
            .split("add to [dependencies] of the crate that includes it:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("no dependency lines printed: {err}"));
        for line in listed.lines().take_while(|l| l.starts_with("  ")) {
            let line = line.trim().to_string();
            let name = line.split(' ').next().unwrap_or("").to_string();
            if !deps
                .iter()
                .any(|d| d.split(' ').next() == Some(name.as_str()))
            {
                deps.push(line);
            }
        }
    }
    for d in ["reqwest", "axum", "serde", "serde_json", "tokio"] {
        assert!(
            deps.iter().any(|l| l.starts_with(&format!("{d} ="))),
            "{d} missing from {deps:?}"
        );
    }
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"modules\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{}\n\n[workspace]\n",
            deps.join("\n")
        ),
    )
    .unwrap();
    std::fs::write(
        krate.join("src/lib.rs"),
        "pub mod client {\n    include!(\"../gen/rust-client/rust_client.rs\");\n}\n\
         pub mod server {\n    include!(\"../gen/rust-server/rust_server.rs\");\n}\n",
    )
    .unwrap();
    cargo_check(&krate, &[], "the keyword modules (edition 2024)");
}
