//! Tests of the readers and the position index (JSON, YAML, robustness, performance).

use super::*;
use proptest::prelude::*;
use serde_json::json;
use std::time::{Duration, Instant};

fn lim() -> Limits {
    Limits::default()
}

fn json_ok(text: &str) -> Parsed {
    match parse_json(text, &lim()) {
        Ok(p) => p,
        Err(e) => panic!("{text:?}: {e}"),
    }
}

fn yaml_ok(text: &str) -> Parsed {
    match parse_yaml(text, &lim()) {
        Ok(p) => p,
        Err(e) => panic!("{text:?}: {e}"),
    }
}

fn json_err(text: &str) -> SyntaxError {
    match parse_json(text, &lim()) {
        Ok(p) => panic!("{text:?} parsed: {}", p.value),
        Err(e) => e,
    }
}

fn yaml_err(text: &str) -> SyntaxError {
    match parse_yaml(text, &lim()) {
        Ok(p) => panic!("{text:?} parsed: {}", p.value),
        Err(e) => e,
    }
}

/// Count the nodes of a value (iteratively).
fn count_nodes(v: &Value) -> usize {
    let mut n = 0;
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        n += 1;
        match v {
            Value::Array(a) => todo.extend(a.iter()),
            Value::Object(m) => todo.extend(m.values()),
            _ => {}
        }
    }
    n
}

/// Every node is indexed, ends are consistent, and every pointer resolves to itself.
fn check_index(p: &Parsed, text: &str) {
    assert_eq!(p.pos.len(), count_nodes(&p.value));
    // Walk all pointers (iteratively) and check the index walk visits consistent nodes.
    let mut todo: Vec<(String, &Value)> = vec![(String::new(), &p.value)];
    let mut seen = 0;
    while let Some((ptr, v)) = todo.pop() {
        seen += 1;
        let (l, c) = p.pos.locate(&p.value, text, &ptr);
        assert!(l >= 1 && c >= 1, "{ptr}: ({l},{c})");
        if seen > 2000 {
            break;
        }
        match v {
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    todo.push((format!("{ptr}/{i}"), x));
                }
            }
            Value::Object(m) => {
                for (k, x) in m {
                    let k = k.replace('~', "~0").replace('/', "~1");
                    todo.push((format!("{ptr}/{k}"), x));
                }
            }
            _ => {}
        }
    }
    for (i, e) in p.pos.entries.iter().enumerate() {
        assert!(e.end as usize > i && e.end as usize <= p.pos.len());
    }
}

// ---- JSON -------------------------------------------------------------------------

#[test]
fn json_matches_serde_json() {
    let docs = [
        r#"{"a": 1, "b": [true, false, null], "c": {"d": "e\n\u00e9\ud83d\ude00"}, "e": -0, "f": 1.5e3}"#,
        r#"[1, -1, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809, 0.1, 1E-7, 123.456e+2]"#,
        r#"{"z": 1, "y": 2, "x": {"k3": 0, "k1": 0, "k2": 0}, "w": []}"#,
        r#"  {"esc": "\"\\\/\b\f\n\r\t", "ünï": "cödé ✓", "e": {}, "a": [[], [{}]]}  "#,
        "[\"a\\u0041b\", \"long string without escapes but with üñíçødé characters in it\"]",
        "\u{feff}{\"bom\": true}",
        "[0, 1e308, -1e-308, 5e-324, 2.2250738585072014e-308]",
    ];
    for d in docs {
        let p = json_ok(d);
        let expect: Value = serde_json::from_str(d.trim_start_matches('\u{feff}')).unwrap();
        assert_eq!(p.value, expect, "{d}");
        // Same key order.
        assert_eq!(p.value.to_string(), expect.to_string());
        check_index(&p, d);
    }
}

#[test]
fn json_corpus_matches_serde_json() {
    let dir = std::path::Path::new("/work/shared/corpus/oai-examples");
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let Ok(expect) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let p = json_ok(&text);
        assert_eq!(p.value.to_string(), expect.to_string(), "{}", f.display());
        check_index(&p, &text);
    }
}

#[test]
fn json_locate() {
    let text = "{\n  \"paths\": {\n    \"/pets/{petId}\": {\n      \"get\": {\"parameters\": [\n        {\"name\": \"petId\"},\n        {\"name\": \"x\", \"in\": \"query\"}\n      ]}\n    }\n  },\n  \"a~b\": [10, 20, [30, 40]],\n  \"ü\": {\"ä\": 1}\n}";
    let p = json_ok(text);
    let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
    assert_eq!(at(""), (1, 1));
    assert_eq!(at("/paths"), (2, 3));
    assert_eq!(at("/paths/~1pets~1{petId}"), (3, 5));
    assert_eq!(at("/paths/~1pets~1{petId}/get"), (4, 7));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters"), (4, 15));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0"), (5, 9));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/in"), (6, 23));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/name"), (6, 10));
    // Missing tails: deepest existing ancestor.
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/7"), (4, 15));
    assert_eq!(at("/paths/~1pets~1{petId}/post/x"), (3, 5));
    assert_eq!(at("/nope"), (1, 1));
    assert_eq!(at("/a~0b"), (10, 3));
    assert_eq!(at("/a~0b/2/1"), (10, 24));
    assert_eq!(at("/a~0b/01"), (10, 3));
    // Columns count characters, not bytes.
    assert_eq!(at("/ü/ä"), (11, 9));
    assert_eq!(PosIndex::default().locate(&Value::Null, "", ""), (0, 0));
}

#[test]
fn json_locate_with_bom() {
    let text = "\u{feff}{\"a\": 1}";
    let p = json_ok(text);
    assert_eq!(p.pos.locate(&p.value, text, ""), (1, 1));
    assert_eq!(p.pos.locate(&p.value, text, "/a"), (1, 2));
}

#[test]
fn json_errors() {
    let e = json_err("{\"a\": 1 x}");
    assert_eq!(e.code, "json-syntax");
    assert_eq!(
        e.message,
        "expected ',' or '}' after object member, found 'x'"
    );
    assert_eq!((e.line, e.col), (1, 9));
    let e = json_err("[1,\n 2\n 3]");
    assert_eq!(
        e.message,
        "expected ',' or ']' after array element, found '3'"
    );
    assert_eq!((e.line, e.col), (3, 2));
    let e = json_err("{\"a\" 1}");
    assert!(
        e.message.starts_with("expected ':' after object key `a`"),
        "{}",
        e.message
    );
    assert!(json_err("[1,]").message.contains("trailing comma"));
    assert!(json_err("{\"a\":1,}").message.contains("trailing comma"));
    assert!(json_err("{\"a\":1} x").message.contains("after the end"));
    assert!(json_err("[01]").message.contains("leading zeros"));
    assert!(json_err("[1.]").message.contains("decimal point"));
    assert!(json_err("[1e+]").message.contains("exponent"));
    assert!(json_err("[-]").message.contains("digit after '-'"));
    assert!(json_err("[1e999]").message.contains("out of range"));
    assert!(json_err("[\"a\\x\"]").message.contains("invalid escape"));
    assert!(
        json_err("[\"\\ud800\"]")
            .message
            .contains("lone leading surrogate")
    );
    assert!(
        json_err("[\"\\udc00\"]")
            .message
            .contains("lone trailing surrogate")
    );
    assert!(json_err("[\"\\u12\"]").message.contains("4 hex digits"));
    assert!(json_err("[\"a\nb\"]").message.contains("control character"));
    assert!(json_err("[tru]").message.contains("expected `true`"));
    assert!(
        json_err("{1: 2}")
            .message
            .contains("expected an object key")
    );
    assert!(json_err("[NaN]").message.contains("expected a value"));
    let e = json_err("  \n ");
    assert_eq!(e.code, "empty-document");
    let e = json_err("[\"ü\", ?]");
    assert_eq!((e.line, e.col), (1, 7));
}

#[test]
fn json_truncated_inputs_error() {
    let text = r#"{"a": [1, 2.5e3, "x\u00e9y\n", {"b": null, "c": true}], "d": false}"#;
    for n in 0..text.len() {
        let Some(prefix) = text.get(..n) else {
            continue;
        };
        let e = json_err(prefix);
        assert!(e.line >= 1 && e.col >= 1, "{prefix:?}: {e:?}");
    }
    json_ok(text);
}

#[test]
fn json_duplicate_keys() {
    let text = "{\n  \"x\": 1,\n  \"y\": {\"z\": [1]},\n  \"x\": 2\n}";
    let e = json_err(text);
    assert_eq!(e.code, "duplicate-key");
    assert_eq!(e.message, "duplicate key `x` (first at line 2)");
    assert_eq!((e.line, e.col), (4, 3));
}

#[test]
fn json_depth_bombs_error() {
    let e = json_err(&"[".repeat(100_000));
    assert_eq!(e.code, "nesting-too-deep");
    let e = json_err(&"{\"a\":".repeat(100_000));
    assert_eq!(e.code, "nesting-too-deep");
    let ok = format!("{}{}", "[".repeat(500), "]".repeat(500));
    json_ok(&ok);
    let e = json_err(&format!("{}{}", "[".repeat(501), "]".repeat(501)));
    assert_eq!(e.code, "nesting-too-deep");
    let small = Limits {
        max_depth: 3,
        ..Limits::default()
    };
    assert!(parse_json("[[[1]]]", &small).is_ok());
    assert!(parse_json("[[[[1]]]]", &small).is_err());
}

// ---- YAML -------------------------------------------------------------------------

#[test]
fn yaml_scalar_resolution() {
    let text = "\
a: NO
b: yes
c: 2024-10-01
d: 1.0.0
e: 0x1F
f: \"017\"
g: 017
h: ~
i:
j: True
k: on
l: -12
m: 1.5
n: .5
o: 1e3
p: .inf
q: -.nan
r: 0o17
s: 99999999999999999999
t: 'true'
u: |
  block
v: !!str 12
w: !!int \"12\"
x: !!float 1
y: !custom 12
z: +7
aa: 1.
ab: n
ac: Null
ad: 12:30
";
    let p = yaml_ok(text);
    let expect = json!({
        "a": "NO", "b": "yes", "c": "2024-10-01", "d": "1.0.0", "e": 31, "f": "017",
        "g": "017", "h": null, "i": null, "j": true, "k": "on", "l": -12, "m": 1.5, "n": 0.5,
        "o": 1000.0, "p": ".inf", "q": "-.nan", "r": 15, "s": 1e20, "t": "true",
        "u": "block\n", "v": "12", "w": 12, "x": 1.0, "y": 12, "z": 7, "aa": 1.0,
        "ab": "n", "ac": null, "ad": "12:30"
    });
    assert_eq!(p.value, expect);
    assert_eq!(p.value.to_string(), expect.to_string());
    check_index(&p, text);
}

#[test]
fn yaml_bad_tags_error() {
    assert!(yaml_err("a: !!int abc").message.contains("!!int"));
    assert!(yaml_err("a: !!bool yes").message.contains("!!bool"));
    assert!(yaml_err("a: !!float .inf").message.contains("finite"));
    assert!(yaml_err("a: !!null x").message.contains("!!null"));
}

#[test]
fn yaml_keys() {
    let p = yaml_ok("200: ok\ntrue: t\n~: n\n1.50: f\n\"q\": 1\n<<: {a: 1}\n");
    assert_eq!(
        p.value.to_string(),
        r#"{"200":"ok","true":"t","~":"n","1.50":"f","q":1,"<<":{"a":1}}"#
    );
    let e = yaml_err("? [a, b]\n: c\n");
    assert_eq!(e.code, "yaml-syntax");
    assert!(e.message.contains("key must be a scalar"));
    let e = yaml_err("{[a]: 1}");
    assert!(e.message.contains("key must be a scalar"));
    let e = yaml_err("a: &x [1]\n*x : 2\n");
    assert!(e.message.contains("key must be a scalar"), "{}", e.message);
    let p = yaml_ok("k: &x key\n*x : 2\n");
    assert_eq!(p.value, json!({"k": "key", "key": 2}));
}

#[test]
fn yaml_key_order_and_structure_vs_yaml_serde() {
    let text = "\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /pets/{petId}:
    get:
      parameters:
        - name: petId
          in: path
          required: true
          schema: {type: integer, format: int64, minimum: 1}
      responses:
        '200':
          description: ok
        default:
          description: err
zeta: [c, b, a]
alpha: {z: 1, y: 2}
";
    let p = yaml_ok(text);
    let expect: Value = yaml_serde::from_str(text).unwrap();
    assert_eq!(p.value, expect);
    assert_eq!(p.value.to_string(), expect.to_string());
    check_index(&p, text);
}

#[test]
fn yaml_corpus_matches_yaml_serde() {
    let dir = std::path::Path::new("/work/shared/corpus/oai-examples");
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                files.push(p);
            }
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let Ok(expect) = yaml_serde::from_str::<Value>(&text) else {
            continue;
        };
        let p = yaml_ok(&text);
        assert_eq!(p.value.to_string(), expect.to_string(), "{}", f.display());
        check_index(&p, &text);
    }
}

#[test]
fn yaml_locate() {
    let text = "\
paths:
  /pets/{petId}:
    get:
      parameters:
        - name: petId
          in: path
        - {name: x, in: query}
  \"a/b~c\": [10, 20]
über: {ä: 1}
";
    let p = yaml_ok(text);
    let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
    assert_eq!(at(""), (1, 1));
    assert_eq!(at("/paths"), (1, 1));
    assert_eq!(at("/paths/~1pets~1{petId}"), (2, 3));
    assert_eq!(at("/paths/~1pets~1{petId}/get"), (3, 5));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters"), (4, 7));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0"), (5, 11));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0/in"), (6, 11));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1"), (7, 11));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/in"), (7, 21));
    assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/2"), (4, 7));
    assert_eq!(at("/paths/a~1b~0c"), (8, 3));
    assert_eq!(at("/paths/a~1b~0c/1"), (8, 17));
    assert_eq!(at("/über/ä"), (9, 8));
}

#[test]
fn yaml_duplicate_keys() {
    let text = "a: 1\nb:\n  c: 2\na: 3\n";
    let e = yaml_err(text);
    assert_eq!(e.code, "duplicate-key");
    assert_eq!(e.message, "duplicate key `a` (first at line 1)");
    assert_eq!((e.line, e.col), (4, 1));
    let e = yaml_err("x: {k: 1, k: 2}");
    assert_eq!(e.code, "duplicate-key");
}

#[test]
fn yaml_documents() {
    let e = yaml_err("a: 1\n---\nb: 2\n");
    assert_eq!(e.code, "yaml-multiple-documents");
    assert_eq!(
        e.message,
        "a spec file must hold one YAML document; found a second at line 2"
    );
    assert_eq!(yaml_err("").code, "empty-document");
    assert_eq!(yaml_err("# only a comment\n").code, "empty-document");
    assert_eq!(yaml_err("---\n...\n").code, "empty-document");
    yaml_ok("---\na: 1\n...\n");
    assert_eq!(yaml_ok("null").value, Value::Null);
    assert_eq!(yaml_ok("''").value, json!(""));
}

#[test]
fn yaml_aliases() {
    let text = "\
defs:
  pet: &pet
    type: object
    properties: {id: {type: integer}}
  name: &n hello
a: *pet
b: [*n, *pet]
";
    let p = yaml_ok(text);
    let pet = json!({"type": "object", "properties": {"id": {"type": "integer"}}});
    assert_eq!(p.value["a"], pet);
    assert_eq!(p.value["b"], json!(["hello", pet]));
    check_index(&p, text);
    let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
    assert_eq!(at("/a"), (6, 1));
    assert_eq!(at("/a/properties/id/type"), (6, 4));
    assert_eq!(at("/b/1/type"), (7, 9));
    assert_eq!(at("/b/0"), (7, 5));
    // Anchor defined deeper than where it is used, and inside a closed sibling.
    let p = yaml_ok("x:\n  y:\n    - &a {k: [1, 2]}\n  z: *a\nw: *a\n");
    assert_eq!(
        p.value,
        json!({"x": {"y": [{"k": [1, 2]}], "z": {"k": [1, 2]}}, "w": {"k": [1, 2]}})
    );
    check_index(&p, "");
    // A deep anchor used from a shallow place.
    let text =
        "root:\n  a:\n    b:\n      c:\n        - x: &deep {k: [v]}\nw: *deep\nz: [[*deep]]\n";
    let p = yaml_ok(text);
    assert_eq!(p.value["w"], json!({"k": ["v"]}));
    assert_eq!(p.value["z"], json!([[{"k": ["v"]}]]));
    check_index(&p, text);
    assert_eq!(p.pos.locate(&p.value, text, "/w/k/0"), (6, 4));
    assert_eq!(p.pos.locate(&p.value, text, "/z/0/0/k"), (7, 6));
    // Recursive alias.
    let e = yaml_err("a: &a [1, *a]");
    assert!(e.message.contains("recursive"), "{}", e.message);
    // Anchor names may be reused: the latest wins.
    let p = yaml_ok("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
    assert_eq!(p.value, json!({"a": 1, "b": 1, "c": 2, "d": 2}));
    // Alias expansion respects the depth limit.
    let small = Limits {
        max_depth: 3,
        ..Limits::default()
    };
    let e = parse_yaml("a: &a [[1]]\nb: [*a]\n", &small).unwrap_err();
    assert_eq!(e.code, "nesting-too-deep");
    assert!(parse_yaml("a: &a [[1]]\nb: *a\n", &small).is_ok());
}

#[test]
fn yaml_billion_laughs_refused_fast() {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for w in names.windows(2) {
        let refs = vec![format!("*{}", w[0]); 9].join(",");
        text.push_str(&format!("{}: &{} [{}]\n", w[1], w[1], refs));
    }
    let t = Instant::now();
    let e = yaml_err(&text);
    let took = t.elapsed();
    assert_eq!(e.code, "yaml-alias-bomb");
    assert!(
        e.message
            .starts_with("YAML aliases expand to more than 1000000 nodes (at line "),
        "{}",
        e.message
    );
    assert!(took < Duration::from_secs(2), "{took:?}");
    // With a small budget it stops even earlier.
    let small = Limits {
        max_alias_nodes: 1000,
        ..Limits::default()
    };
    let e = parse_yaml(&text, &small).unwrap_err();
    assert_eq!(e.code, "yaml-alias-bomb");
    assert_eq!(e.line, 4);
}

#[test]
fn yaml_depth_bombs_error() {
    let e = yaml_err(&"[".repeat(100_000));
    assert_eq!(e.code, "nesting-too-deep");
    let e = yaml_err(&"{a: ".repeat(100_000));
    assert_eq!(e.code, "nesting-too-deep");
    // Block sequences nested 100k deep on one line.
    let e = yaml_err(&format!("{}x\n", "- ".repeat(100_000)));
    assert_eq!(e.code, "nesting-too-deep");
    // Block mappings nested by indentation.
    let mut deep = String::new();
    for i in 0..1500 {
        deep.push_str(&" ".repeat(i));
        deep.push_str("a:\n");
    }
    let e = yaml_err(&deep);
    assert_eq!(e.code, "nesting-too-deep");
    let ok = format!("{}x{}", "[".repeat(200), "]".repeat(200));
    yaml_ok(&ok);
}

#[test]
fn yaml_truncated_inputs_never_panic() {
    let text = "a: [1, {b: \"x\\u00e9\"}]\nc:\n  - d: &z 'e'\n    f: *z\n  - |\n    g\n";
    for n in 0..text.len() {
        if let Some(prefix) = text.get(..n) {
            let _ = parse_yaml(prefix, &lim());
        }
    }
    yaml_ok(text);
    let e = yaml_err("a: [1, 2");
    assert_eq!(e.code, "yaml-syntax");
    assert!(e.line >= 1);
}

#[test]
fn auto_detection() {
    assert_eq!(
        parse_auto(" \n{\"a\": 1}", &lim()).unwrap().pos.kind,
        ColKind::ByteOffset
    );
    assert_eq!(parse_auto("\u{feff}[1]", &lim()).unwrap().value, json!([1]));
    assert_eq!(parse_auto("a: 1", &lim()).unwrap().pos.kind, ColKind::Chars);
    assert_eq!(
        parse_auto("\u{feff}a: yes", &lim()).unwrap().value,
        json!({"a": "yes"})
    );
    assert_eq!(
        parse_auto("# c\n{\"a\": 1}", &lim()).unwrap().value,
        json!({"a": 1})
    );
    assert_eq!(
        parse_auto("{\"a\": 1", &lim()).unwrap_err().code,
        "json-syntax"
    );
}

// ---- robustness ---------------------------------------------------------------------

const SEED_JSON: &str = r#"{"openapi": "3.1.0", "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "schema": {"type": "integer", "minimum": -1.5e2}}], "responses": {"200": {"description": "\u00e9\n"}}}}}, "x": [true, false, null, "", {}]}"#;
const SEED_YAML: &str = "openapi: 3.1.0\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - &p {name: id, in: path}\n        - *p\n      responses:\n        '200': {description: \"\\u00e9\"}\nx: [yes, no, ~, 0x1F, !!str 5, |\n    lit\n  ]\n";

fn mutate(seed: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut b = seed.as_bytes().to_vec();
    for &(pos, op, byte) in edits {
        if b.is_empty() {
            break;
        }
        let i = pos % b.len();
        match op % 3 {
            0 => b[i] = byte,
            1 => {
                b.remove(i);
            }
            _ => b.insert(i, byte),
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

proptest! {
    // 300 cases by default; PROPTEST_CASES=n runs more.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = parse_auto(&s, &lim());
        let _ = parse_json(&s, &lim());
        let _ = parse_yaml(&s, &lim());
    }

    #[test]
    fn structural_noise_never_panics(s in "[\\[\\]{}:,\"'&*!|>\\-? \n\\\\a0-9.#~]{0,120}") {
        for r in [parse_json(&s, &lim()), parse_yaml(&s, &lim())] {
            if let Err(e) = r {
                prop_assert!(e.line >= 1 && e.col >= 1, "{:?}", e);
            }
        }
    }

    #[test]
    fn mutated_json_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..128), 1..6)) {
        let s = mutate(SEED_JSON, &edits);
        match parse_json(&s, &lim()) {
            Ok(p) => {
                // Whatever we accept, serde_json accepts identically.
                let expect: Value = serde_json::from_str(&s).unwrap();
                prop_assert_eq!(p.value.to_string(), expect.to_string());
                check_index(&p, &s);
            }
            Err(e) => prop_assert!(e.line >= 1 && e.col >= 1),
        }
    }

    #[test]
    fn mutated_yaml_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..128), 1..6)) {
        let s = mutate(SEED_YAML, &edits);
        if let Ok(p) = parse_yaml(&s, &lim()) {
            check_index(&p, &s);
        }
    }
}

// ---- performance (release: cargo test --release -p stipula-spec --lib source::tests::perf -- --ignored --nocapture)

fn best_of<T>(rounds: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..rounds {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.unwrap())
}

#[test]
#[ignore]
fn perf_json_github() {
    let path = "/work/shared/corpus/github/api.github.com.octokit-22.0.0.json";
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    for _ in 0..2 {
        let (ours, p) = best_of(5, || parse_json(&text, &lim()).unwrap());
        let (theirs, v) = best_of(5, || serde_json::from_str::<Value>(&text).unwrap());
        assert!(p.value == v);
        let mb = text.len() as f64 / 1e6;
        println!(
            "JSON {mb:.1} MB, {} nodes: ours {:?} ({:.0} MB/s), serde_json {:?} ({:.0} MB/s), ratio {:.2}",
            p.pos.len(),
            ours,
            mb / ours.as_secs_f64(),
            theirs,
            mb / theirs.as_secs_f64(),
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
}

#[test]
#[ignore]
fn perf_yaml_stripe() {
    let path = "/work/shared/corpus/stripe/spec3.2023-09-12.yaml";
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    for _ in 0..2 {
        let (ours, p) = best_of(3, || parse_yaml(&text, &lim()).unwrap());
        let (theirs, v) = best_of(3, || yaml_serde::from_str::<Value>(&text).unwrap());
        let same = p.value == v;
        let mb = text.len() as f64 / 1e6;
        println!(
            "YAML {mb:.1} MB, {} nodes: ours {:?} ({:.1} MB/s), yaml_serde {:?} ({:.1} MB/s), ratio {:.2}, equal values: {same}",
            p.pos.len(),
            ours,
            mb / ours.as_secs_f64(),
            theirs,
            mb / theirs.as_secs_f64(),
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
}
