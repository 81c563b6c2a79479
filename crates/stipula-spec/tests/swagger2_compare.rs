//! stipula's Swagger 2.0 upgrade against an independent converter, `swagger2openapi` (npm,
//! installed by `scripts/install-swagger2openapi.sh` into `.tools/`): for every 2.0 document
//! of the corpus, the IR stipula builds from the 2.0 file equals the IR it builds from
//! swagger2openapi's 3.0 output, up to the deliberate differences listed in
//! `docs/swagger2.md` (each normalized away below by a function named after it). Skips with
//! a message when node, swagger2openapi or the corpus is absent.

use serde_json::Map;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use stipula_spec::convert::{TargetVersion, convert};
use stipula_spec::{LoadOptions, load, load_str, semantic_diff};
use stipula_testkit::{corpus_2_0, corpus_dir, workspace_root};

fn s2o_bin() -> Option<PathBuf> {
    let p = match std::env::var_os("SWAGGER2OPENAPI") {
        Some(p) => PathBuf::from(p),
        None => workspace_root().join(".tools/swagger2openapi/node_modules/.bin/swagger2openapi"),
    };
    p.exists().then_some(p)
}

/// swagger2openapi's 3.0 conversion of `input`, written into `out`. Documents it refuses
/// as invalid 2.0 are converted with its `--patch` (it fixes them up first).
fn s2o(bin: &Path, input: &Path, out: &Path) -> Result<(), String> {
    for extra in [&[][..], &["--patch"][..]] {
        let o = Command::new(bin)
            .args(extra)
            .arg("--warnOnly")
            .arg(input)
            .arg("-o")
            .arg(out)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
        if o.status.success() {
            return Ok(());
        }
    }
    Err(format!("swagger2openapi failed on {}", input.display()))
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// Every operation object of a 3.0 document (`paths.*.<method>`), with its path.
fn operations(doc: &mut Value, f: &mut dyn FnMut(&str, &mut Map<String, Value>)) {
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Value::Object(item) = item else { continue };
        for (m, op) in item.iter_mut() {
            if let (true, Value::Object(op)) = (METHODS.contains(&m.as_str()), op) {
                f(path, op);
            }
        }
    }
}

/// Every response object (of operations and `components.responses`).
fn responses(doc: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>)) {
    operations(doc, &mut |_, op| {
        if let Some(Value::Object(rs)) = op.get_mut("responses") {
            for r in rs.values_mut() {
                if let Value::Object(r) = r {
                    f(r);
                }
            }
        }
    });
    if let Some(Value::Object(rs)) = doc.pointer_mut("/components/responses") {
        for r in rs.values_mut() {
            if let Value::Object(r) = r {
                f(r);
            }
        }
    }
}

/// D1: a 2.0 response's `examples: {mime: value}` is one example per media type; stipula
/// writes it as that media type's `example`, swagger2openapi as
/// `examples: {response: {value}}` (a made-up name).
fn example_names(doc: &mut Value) {
    responses(doc, &mut |r| {
        let Some(Value::Object(content)) = r.get_mut("content") else {
            return;
        };
        for mt in content.values_mut() {
            let Value::Object(mt) = mt else { continue };
            let single = match mt.get("examples") {
                Some(Value::Object(ex)) if ex.len() == 1 && ex.contains_key("response") => {
                    ex["response"].get("value").cloned()
                }
                _ => None,
            };
            if let Some(v) = single {
                mt.shift_remove("examples");
                mt.insert("example".into(), v);
            }
        }
    });
}

/// D2: swagger2openapi turns inline body parameters that several operations share (the
/// same schema) into `requestBodies` components; stipula keeps a body where the 2.0
/// document wrote it (only 2.0's own `parameters` entries become components). Both sides:
/// every request body inlined.
fn body_components(doc: &mut Value) {
    let bodies = doc
        .pointer("/components/requestBodies")
        .cloned()
        .unwrap_or(Value::Null);
    operations(doc, &mut |_, op| {
        let target = op
            .get("requestBody")
            .and_then(|b| b.get("$ref"))
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/requestBodies/"))
            .and_then(|name| bodies.get(name))
            .cloned();
        if let Some(t) = target {
            op.insert("requestBody".into(), t);
        }
    });
    if let Some(Value::Object(c)) = doc.get_mut("components") {
        c.shift_remove("requestBodies");
    }
}

/// D3: a 2.0 response with `examples` for a media type it does not `produce` (Docker's
/// errors: produces a stream, example in application/json): stipula gives that media type
/// the response's schema too, swagger2openapi only the example. Both sides: a media type
/// without a schema gets the response's first schema.
fn example_only_media_types(doc: &mut Value) {
    responses(doc, &mut |r| {
        let Some(Value::Object(content)) = r.get_mut("content") else {
            return;
        };
        let Some(schema) = content.values().find_map(|m| m.get("schema").cloned()) else {
            return;
        };
        for mt in content.values_mut() {
            if let Value::Object(mt) = mt
                && !mt.contains_key("schema")
            {
                mt.insert("schema".into(), schema.clone());
            }
        }
    });
}

/// D4 (swagger2openapi is wrong): a form body with a required field is itself required
/// (the field cannot be sent without it); swagger2openapi leaves `required` false.
fn required_form_bodies(doc: &mut Value) {
    operations(doc, &mut |_, op| {
        let Some(Value::Object(body)) = op.get_mut("requestBody") else {
            return;
        };
        let has_required_field = body
            .get("content")
            .and_then(Value::as_object)
            .is_some_and(|c| {
                c.values().any(|m| {
                    m.pointer("/schema/required")
                        .and_then(Value::as_array)
                        .is_some_and(|r| !r.is_empty())
                })
            });
        if has_required_field {
            body.insert("required".into(), Value::Bool(true));
        }
    });
}

/// D5 (swagger2openapi is wrong): a body (or formData) parameter declared on a 2.0 path
/// item applies to every operation of the path; swagger2openapi drops it (Netlify's
/// `POST /builds/{build_id}/log` loses its body). Both sides: the bodies of those
/// operations are removed. `swagger2.rs` tests stipula's behaviour.
fn path_level_bodies(doc: &mut Value, original: &Value) {
    let paths_with_body: Vec<String> = original
        .get("paths")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .filter(|(_, item)| {
                    item.get("parameters")
                        .and_then(Value::as_array)
                        .is_some_and(|ps| {
                            ps.iter().any(|p| {
                                matches!(
                                    p.get("in").and_then(Value::as_str),
                                    Some("body" | "formData")
                                )
                            })
                        })
                })
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default();
    operations(doc, &mut |path, op| {
        if paths_with_body.iter().any(|p| p == path) {
            op.shift_remove("requestBody");
        }
    });
}

/// D6: `$ref` beside `x-nullable: true` (go-swagger's "this, or null", Docker has it):
/// stipula reads it as nullable (`allOf: [$ref]` + `nullable`), swagger2openapi keeps a
/// `$ref` whose siblings OpenAPI 3.0 ignores. Also D8 (documents that are not valid 2.0:
/// Slack's `type: [null, string]`): swagger2openapi's `--patch` rewrites them to
/// `type: string, nullable: true`, stipula reads the list as JSON Schema does. Both sides:
/// a ref is only its `$ref`, a two-type list with `null` is that type plus `nullable`.
fn schema_forms(v: &mut Value, depth: usize) {
    if depth > 200 {
        return;
    }
    match v {
        Value::Object(m) => {
            let lone_ref = match m.get("allOf") {
                Some(Value::Array(a))
                    if a.len() == 1 && m.get("nullable") == Some(&Value::Bool(true)) =>
                {
                    a[0].get("$ref").cloned()
                }
                _ => None,
            };
            if let Some(r) = lone_ref.or_else(|| m.get("$ref").cloned()) {
                m.clear();
                m.insert("$ref".into(), r);
                return;
            }
            if let Some(Value::Array(ts)) = m.get("type")
                && ts.len() == 2
                && ts.contains(&Value::from("null"))
                && let Some(other) = ts.iter().find(|t| t.as_str() != Some("null")).cloned()
            {
                m.insert("type".into(), other);
                m.insert("nullable".into(), Value::Bool(true));
            }
            // Longer `type` lists (Slack's `[object, null, array]`): swagger2openapi's
            // patch writes `oneOf: [{type: ..}, ..]` + `nullable`; both sides drop the
            // type constraint.
            let type_list = matches!(m.get("type"), Some(Value::Array(_)));
            let patched = m.get("nullable") == Some(&Value::Bool(true))
                && m.get("oneOf")
                    .and_then(Value::as_array)
                    .is_some_and(|alts| {
                        alts.iter().all(|a| {
                            a.as_object().is_some_and(|o| {
                                o.contains_key("type")
                                    && o.keys().all(|k| k == "type" || k == "items")
                            })
                        })
                    });
            // `type: "null"` (SendGrid): the patch writes `nullable: true` without a type.
            if m.get("type") == Some(&Value::from("null")) {
                m.shift_remove("type");
                m.insert("nullable".into(), Value::Bool(true));
            }
            // Tuple `items: [a, b]` (Slack): the patch writes `items: {anyOf: [a, b]}` (what
            // Slack means; stipula reads JSON Schema's tuple, see D8).
            if let Some(Value::Array(alts)) = m.get("items") {
                let any = serde_json::json!({"anyOf": alts});
                m.insert("items".into(), any);
            }
            if type_list || patched {
                m.shift_remove("type");
                m.shift_remove("oneOf");
                m.shift_remove("nullable");
            }
            for (k, c) in m.iter_mut() {
                if !matches!(k.as_str(), "example" | "examples" | "default" | "enum")
                    && !k.starts_with("x-")
                {
                    schema_forms(c, depth + 1);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|c| schema_forms(c, depth + 1)),
        _ => {}
    }
}

/// D7: 2.0 allows any component name; OpenAPI 3 only `[a-zA-Z0-9._-]`. stipula replaces
/// the other characters by `_` (with a warning; SendGrid's `authentication::domain`),
/// swagger2openapi keeps names its output's meta-schema rejects. Both sides: names and
/// refs made valid the same way.
fn component_names(doc: &mut Value) {
    // stipula writes one `_` per character (`authentication__domain`), swagger2openapi
    // one per run (`authentication_domain`): runs of `_` count as one.
    fn key(name: &str) -> String {
        let mut out = String::new();
        for c in name.chars() {
            let c = if c.is_ascii_alphanumeric() || matches!(c, '.' | '-') {
                c
            } else {
                '_'
            };
            if !(c == '_' && out.ends_with('_')) {
                out.push(c);
            }
        }
        out
    }
    fn refs(v: &mut Value, depth: usize) {
        if depth > 200 {
            return;
        }
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get_mut("$ref")
                    && let Some(rest) = r.strip_prefix("#/components/")
                    && let Some((kind, name)) = rest.split_once('/')
                {
                    let name = name.replace("~1", "/").replace("~0", "~");
                    *r = format!("#/components/{kind}/{}", key(&name));
                }
                for c in m.values_mut() {
                    refs(c, depth + 1);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|c| refs(c, depth + 1)),
            _ => {}
        }
    }
    if let Some(Value::Object(c)) = doc.get_mut("components") {
        for (kind, entries) in c.iter_mut() {
            if kind == "securitySchemes" {
                continue;
            }
            if let Value::Object(e) = entries {
                *e = std::mem::take(e)
                    .into_iter()
                    .map(|(k, v)| (key(&k), v))
                    .collect();
            }
        }
    }
    refs(doc, 0);
}

/// D9: swagger2openapi (JavaScript objects) puts integer-like keys first, in numeric order:
/// Harbor's `404, 403` responses come out as `403, 404`. Both sides: responses sorted.
fn response_order(doc: &mut Value) {
    operations(doc, &mut |_, op| {
        if let Some(Value::Object(rs)) = op.get_mut("responses") {
            rs.sort_keys();
        }
    });
}

/// D10 (swagger2openapi is wrong): JavaScript numbers lose integers beyond 2^53 (Docker's
/// example `timeNano: 1629574695515050031` comes out as `...050000`). Both sides: such
/// integers read as the nearest double.
fn big_integers(v: &mut Value) {
    match v {
        Value::Number(n) => {
            let big = n.as_i64().is_some_and(|i| i.unsigned_abs() > 1 << 53)
                || n.as_u64().is_some_and(|u| u > 1 << 53);
            if big && let Some(f) = n.as_f64().and_then(serde_json::Number::from_f64) {
                *n = f;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(big_integers),
        Value::Object(m) => m.values_mut().for_each(big_integers),
        _ => {}
    }
}

/// D11 (swagger2openapi is wrong): a shared response (`$ref: '#/responses/X'`) used by an
/// operation with its own `produces` is, in 2.0, a response of those media types; stipula
/// inlines it with them, swagger2openapi keeps the `$ref` to a component with the global
/// media types (Harbor's `text/plain` scan log). Both sides: those responses are removed.
/// `swagger2.rs` tests stipula's behaviour.
fn own_produces_shared_responses(doc: &mut Value, original: &Value) {
    let global = original.get("produces");
    let mut drop: Vec<String> = Vec::new();
    let paths = original.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (m, op) in item {
            let own = op.get("produces");
            if !METHODS.contains(&m.as_str()) || own.is_none() || own == global {
                continue;
            }
            let rs = op.get("responses").and_then(Value::as_object);
            for (code, r) in rs.into_iter().flatten() {
                if r.get("$ref").is_some() {
                    let path = path.replace('~', "~0").replace('/', "~1");
                    drop.push(format!("/paths/{path}/{m}/responses/{code}"));
                }
            }
        }
    }
    for ptr in drop {
        let Some((parent, code)) = ptr.rsplit_once('/') else {
            continue;
        };
        if let Some(Value::Object(rs)) = doc.pointer_mut(parent) {
            rs.shift_remove(code);
        }
    }
}

fn normalize(doc: &mut Value, original: &Value) {
    big_integers(doc);
    schema_forms(doc, 0);
    component_names(doc);
    response_order(doc);
    example_names(doc);
    body_components(doc);
    example_only_media_types(doc);
    required_form_bodies(doc);
    path_level_bodies(doc, original);
    own_produces_shared_responses(doc, original);
}

#[test]
fn stipula_and_swagger2openapi_agree_on_every_corpus_2_0_document() {
    let Some(bin) = s2o_bin() else {
        eprintln!(
            "SKIPPED: swagger2openapi not installed (run scripts/install-swagger2openapi.sh)"
        );
        return;
    };
    let Some(files) = corpus_2_0("comparing with swagger2openapi") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("stipula-s2o-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    for rel in &files {
        let input = corpus_dir().join(rel);
        let out = dir.join(format!("{}.json", rel.replace('/', "_")));
        if let Err(e) = s2o(&bin, &input, &out) {
            failures.push(e);
            continue;
        }
        let mut loaded = load(&input, &LoadOptions::default()).expect("stipula loads the 2.0 file");
        let original = loaded.docs.docs[0].original_value().clone();
        let mut ours = convert(&mut loaded, TargetVersion::V30).expect("stipula converts");
        let theirs_text = std::fs::read_to_string(&out).expect("swagger2openapi wrote");
        let mut theirs: Value = match serde_json::from_str(&theirs_text) {
            Ok(v) => v,
            Err(_) => match load(&out, &LoadOptions::default()) {
                Ok(l) => l.docs.docs[0].value.clone(),
                Err(e) => {
                    failures.push(format!(
                        "{rel}: swagger2openapi's output does not load: {e}"
                    ));
                    continue;
                }
            },
        };
        normalize(&mut ours, &original);
        normalize(&mut theirs, &original);
        let name = input.display().to_string();
        let ir = |v: &Value| {
            let text = serde_json::to_string(v).expect("serializes");
            load_str(&text, &name, &LoadOptions::default())
        };
        match (ir(&ours), ir(&theirs)) {
            (Ok(a), Ok(b)) => {
                if let Some(d) = semantic_diff(&a.spec, &b.spec) {
                    failures.push(format!("{rel}: {d}"));
                }
            }
            (a, b) => failures.push(format!(
                "{rel}: a side does not load: ours {:?}, theirs {:?}",
                a.err(),
                b.err()
            )),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
