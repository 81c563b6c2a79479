//! The loader's fuzz target: random and mutated documents through `load_str`, `validate`
//! and `bundle`. Whatever the input, the result is a value or an error with a location,
//! never a panic or a hang.
//!
//! CI runs the default number of cases; a longer run: `PROPTEST_CASES=20000 cargo test
//! --release -p stipula-spec --test fuzz_loader`.

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use std::path::Path;
use stipula_spec::{LoadOptions, bundle::bundle, load_str, semantic_diff, validate};

fn seed(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../specs")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_default()
}

fn seeds() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    [
        "petstore-3.1.yaml",
        "petstore-3.0.yaml",
        "normalize/api-3.0.yaml",
        "multi-file/openapi.yaml",
    ]
    .iter()
    .map(|r| (root.join(r).display().to_string(), seed(r)))
    .collect()
}

/// Everything a loaded document can go through must hold up.
fn exercise(text: &str, name: &str) {
    let opts = LoadOptions::default();
    match load_str(text, name, &opts) {
        Ok(mut loaded) => {
            for d in &loaded.diagnostics {
                assert!(!d.message.is_empty());
            }
            let _ = validate::validate(&loaded);
            assert_eq!(semantic_diff(&loaded.spec, &loaded.spec), None);
            if !loaded.has_errors() {
                let _ = bundle(&mut loaded);
            }
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty());
            for d in &e.diagnostics {
                assert!(!d.message.is_empty(), "{d:?}");
            }
        }
    }
}

const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "-",
    "'",
    "\"",
    "&a",
    "*a",
    "!!str",
    "|",
    ">",
    "#",
    "\n",
    "  ",
    "~",
    "$ref: '#/components/schemas/Pet'",
    "$ref: '#'",
    "$ref: 'missing.yaml'",
    "$ref: 'http://x/y'",
    "nullable: true",
    "type: [string, 'null']",
    "type: [",
    "allOf: [",
    "exclusiveMinimum: true",
    "required: true",
    "in: path",
    "'200':",
    "default:",
    "2XX:",
    "%",
    "~1",
    "~0",
    "\u{feff}",
    "é",
    "🦀",
    "<<: *a",
    "? [a]: b",
    "--- \n",
    "...\n",
    "\t",
    "\0",
    "1e999",
    "-0",
    "0x1F",
    "090",
];

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, usize),
    Delete(usize, usize),
    DuplicateLine(usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 0..SNIPPETS.len()).prop_map(|(at, s)| Mutation::Insert(at, s)),
        3 => (any::<usize>(), 1usize..40).prop_map(|(at, n)| Mutation::Delete(at, n)),
        1 => any::<usize>().prop_map(Mutation::DuplicateLine),
        1 => any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut t = text.to_string();
    let boundary = |t: &str, at: usize| {
        if t.is_empty() {
            return 0;
        }
        let mut i = at % (t.len() + 1);
        while !t.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for m in muts {
        match m {
            Mutation::Insert(at, s) => {
                let i = boundary(&t, *at);
                t.insert_str(i, SNIPPETS[*s]);
            }
            Mutation::Delete(at, n) => {
                let i = boundary(&t, *at);
                let j = boundary(&t, i + n);
                if j > i {
                    t.replace_range(i..j, "");
                }
            }
            Mutation::DuplicateLine(at) => {
                let lines: Vec<&str> = t.lines().collect();
                if !lines.is_empty() {
                    let k = at % lines.len();
                    let mut out: Vec<&str> = lines[..=k].to_vec();
                    out.extend_from_slice(&lines[k..]);
                    t = out.join("\n");
                }
            }
            Mutation::Truncate(at) => {
                let i = boundary(&t, *at);
                t.truncate(i);
            }
        }
    }
    t
}

/// Random OpenAPI-shaped JSON: keys from the OpenAPI and JSON Schema vocabularies.
fn openapi_ish() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e6f64..1e6).prop_map(|f| json!(f)),
        prop::sample::select(vec![
            "string",
            "integer",
            "object",
            "array",
            "null",
            "#/components/schemas/A",
            "#/components/schemas/B",
            "#/components/parameters/P",
            "#",
            "#/paths/~1a/get",
            "path",
            "query",
            "header",
            "cookie",
            "form",
            "deepObject",
            "int64",
            "date-time",
            "3.0.3",
            "3.1.0",
            "a",
            "",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(6, 120, 6, |inner| {
        let keys = prop::sample::select(vec![
            "type",
            "$ref",
            "properties",
            "items",
            "allOf",
            "oneOf",
            "anyOf",
            "not",
            "nullable",
            "enum",
            "required",
            "additionalProperties",
            "discriminator",
            "propertyName",
            "mapping",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "prefixItems",
            "$defs",
            "$id",
            "$anchor",
            "parameters",
            "name",
            "in",
            "schema",
            "content",
            "application/json",
            "responses",
            "200",
            "default",
            "requestBody",
            "paths",
            "/a",
            "/a/{id}",
            "get",
            "post",
            "components",
            "schemas",
            "A",
            "B",
            "P",
            "webhooks",
            "callbacks",
            "links",
            "security",
            "securitySchemes",
            "example",
            "examples",
            "x-webhooks",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys, inner), 0..6).prop_map(|kv| {
                let mut m = Map::new();
                for (k, v) in kv {
                    m.insert(k.to_string(), v);
                }
                Value::Object(m)
            }),
        ]
    })
}

proptest! {
    // 256 cases in CI; PROPTEST_CASES sets more for a long run (an explicit `cases` here
    // would override the variable).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_real_documents_never_panic(which in 0usize..4, muts in prop::collection::vec(mutation(), 1..8)) {
        let seeds = seeds();
        let (name, text) = &seeds[which % seeds.len()];
        let t = apply(text, &muts);
        exercise(&t, name);
    }

    #[test]
    fn random_openapi_shaped_documents_never_panic(body in openapi_ish(), v in prop::sample::select(vec!["3.0.3", "3.1.0", "3.2.0"])) {
        let mut doc = match body {
            Value::Object(m) => m,
            other => { let mut m = Map::new(); m.insert("paths".into(), other); m }
        };
        doc.insert("openapi".into(), json!(v));
        doc.entry("info").or_insert(json!({"title": "t", "version": "1"}));
        let text = serde_json::to_string(&Value::Object(doc)).unwrap_or_default();
        exercise(&text, "random.json");
    }
}
