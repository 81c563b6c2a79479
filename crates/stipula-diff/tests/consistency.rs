//! Consistency by construction: a spec rewritten without changing what it means (key order,
//! `type: [a, b]` ↔ `oneOf` of single types, `allOf` split, `$ref` inlined, 3.0 → 3.1) diffs
//! against the original with nothing breaking, and the same real change applied to both
//! forms gets the same level. Over the repo's own specs, and the corpus's smaller 3.x specs
//! (skipped with a message when the corpus is absent).

mod common;
use common::*;
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};
use stipula_diff::{Level, Report};
use stipula_spec::source::{Limits, parse_auto};

fn parse(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    parse_auto(&text, &Limits::default()).ok().map(|p| p.value)
}

fn load_value(v: &Value, name: &str) -> Option<stipula_spec::Spec> {
    let text = serde_json::to_string(v).ok()?;
    stipula_spec::load_str(&text, name, &stipula_spec::LoadOptions::default())
        .ok()
        .map(|l| l.spec)
}

fn diff_values(a: &Value, b: &Value) -> Option<Report> {
    let x = load_value(a, "base.json")?;
    let y = load_value(b, "revision.json")?;
    Some(stipula_diff::diff(&x, &y, &opts()))
}

/// Every object's keys in reverse order.
fn reorder(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m.iter().rev() {
                out.insert(k.clone(), reorder(x));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(reorder).collect()),
        x => x.clone(),
    }
}

const ANNOTATIONS: [&str; 4] = ["description", "title", "example", "examples"];

/// `type: [a, b]` with nothing else that depends on the type → `oneOf` of single types.
fn type_list_to_one_of(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let only_type = m
                .keys()
                .all(|k| k == "type" || ANNOTATIONS.contains(&k.as_str()));
            if only_type
                && let Some(Value::Array(ts)) = m.get("type")
                && ts.len() >= 2
                && ts.iter().all(Value::is_string)
            {
                let mut out: Map<String, Value> = m
                    .iter()
                    .filter(|(k, _)| *k != "type")
                    .map(|(k, x)| (k.clone(), x.clone()))
                    .collect();
                let branches: Vec<Value> = ts.iter().map(|t| json!({ "type": t })).collect();
                out.insert("oneOf".into(), Value::Array(branches));
                return Value::Object(out);
            }
            Value::Object(
                m.iter()
                    .map(|(k, x)| (k.clone(), type_list_to_one_of(x)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(type_list_to_one_of).collect()),
        x => x.clone(),
    }
}

/// An object schema with two or more properties (and nothing that looks at all of them at
/// once) → `allOf` of two halves.
fn split_all_of(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let plain = m.get("type") == Some(&json!("object"))
                && m.get("properties")
                    .and_then(Value::as_object)
                    .is_some_and(|p| p.len() >= 2)
                && m.keys().all(|k| {
                    matches!(k.as_str(), "type" | "properties" | "required")
                        || ANNOTATIONS.contains(&k.as_str())
                });
            if plain && let Some(Value::Object(props)) = m.get("properties") {
                let req: Vec<String> = m
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                let half = props.len() / 2;
                let mut parts = Vec::new();
                for chunk in [
                    props.iter().take(half).collect::<Vec<_>>(),
                    props.iter().skip(half).collect(),
                ] {
                    let p: Map<String, Value> = chunk
                        .iter()
                        .map(|(k, x)| ((*k).clone(), split_all_of(x)))
                        .collect();
                    let r: Vec<Value> = req
                        .iter()
                        .filter(|n| p.contains_key(n.as_str()))
                        .map(|n| json!(n))
                        .collect();
                    let mut part = json!({ "type": "object", "properties": p });
                    if !r.is_empty() {
                        part["required"] = Value::Array(r);
                    }
                    parts.push(part);
                }
                let mut out: Map<String, Value> = m
                    .iter()
                    .filter(|(k, _)| ANNOTATIONS.contains(&k.as_str()))
                    .map(|(k, x)| (k.clone(), x.clone()))
                    .collect();
                out.insert("allOf".into(), Value::Array(parts));
                return Value::Object(out);
            }
            Value::Object(
                m.iter()
                    .map(|(k, x)| (k.clone(), split_all_of(x)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(split_all_of).collect()),
        x => x.clone(),
    }
}

/// Each media type's `schema: {$ref: '#/components/schemas/X'}` replaced by a copy of X
/// (one level: refs inside X stay refs).
fn inline_refs(doc: &Value) -> Value {
    let comps = doc
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or(Value::Null);
    fn walk(v: &Value, comps: &Value, under_media: bool) -> Value {
        match v {
            Value::Object(m) => {
                if under_media
                    && m.len() == 1
                    && let Some(Value::String(r)) = m.get("$ref")
                    && let Some(name) = r.strip_prefix("#/components/schemas/")
                    && let Some(t) = comps.get(name)
                {
                    return t.clone();
                }
                Value::Object(
                    m.iter()
                        .map(|(k, x)| {
                            let media = k == "schema";
                            (k.clone(), walk(x, comps, media))
                        })
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, comps, false)).collect()),
            x => x.clone(),
        }
    }
    let mut out = doc.clone();
    if let Some(Value::Object(paths)) = doc.get("paths") {
        out["paths"] = walk(&Value::Object(paths.clone()), &comps, false);
    }
    out
}

/// A 3.0 document rewritten as 3.1: `nullable` into the type list, boolean exclusive bounds
/// into numbers, `example` into `examples` (schemas only: objects whose `type` is a string).
fn to_3_1(doc: &Value) -> Option<Value> {
    if !doc.get("openapi")?.as_str()?.starts_with("3.0") {
        return None;
    }
    fn walk(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut out: Map<String, Value> =
                    m.iter().map(|(k, x)| (k.clone(), walk(x))).collect();
                if let Some(Value::String(t)) = m.get("type") {
                    if out.get("nullable") == Some(&Value::Bool(true)) {
                        out.insert("type".into(), json!([t, "null"]));
                        if let Some(Value::Array(e)) = out.get_mut("enum")
                            && !e.contains(&Value::Null)
                        {
                            e.push(Value::Null);
                        }
                    }
                    out.remove("nullable");
                    for (ex, bound) in [
                        ("exclusiveMinimum", "minimum"),
                        ("exclusiveMaximum", "maximum"),
                    ] {
                        match out.get(ex) {
                            Some(Value::Bool(true)) => {
                                let b = out.remove(bound).unwrap_or(Value::Null);
                                out.insert(ex.into(), b);
                            }
                            Some(Value::Bool(false)) => {
                                out.remove(ex);
                            }
                            _ => {}
                        }
                    }
                    if let Some(x) = out.remove("example") {
                        out.insert("examples".into(), json!([x]));
                    }
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(walk).collect()),
            x => x.clone(),
        }
    }
    let mut out = walk(doc);
    out["openapi"] = json!("3.1.0");
    Some(out)
}

/// A real change: every request body (or every response body) must now carry a new
/// required member.
fn add_required_member(doc: &Value, request: bool) -> Value {
    fn wrap(s: &Value) -> Value {
        json!({ "allOf": [s, {
            "type": "object",
            "required": ["zz_new"],
            "properties": { "zz_new": { "type": "string" } },
        }] })
    }
    let mut out = doc.clone();
    if let Some(Value::Object(paths)) = out.get_mut("paths") {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for op in item.values_mut() {
                let Some(op) = op.as_object_mut() else {
                    continue;
                };
                let mut targets: Vec<&mut Value> = Vec::new();
                if request {
                    if let Some(Value::Object(c)) =
                        op.get_mut("requestBody").and_then(|b| b.get_mut("content"))
                    {
                        targets.extend(c.values_mut());
                    }
                } else if let Some(Value::Object(rs)) = op.get_mut("responses") {
                    for r in rs.values_mut() {
                        if let Some(Value::Object(c)) = r.get_mut("content") {
                            targets.extend(c.values_mut());
                        }
                    }
                }
                for m in targets {
                    if let Some(s) = m.get_mut("schema") {
                        *s = wrap(s);
                    }
                }
            }
        }
    }
    out
}

fn specs() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ["petstore-3.0.yaml", "petstore-3.1.yaml"]
        .iter()
        .map(|n| spec_path(n))
        .collect();
    for fam in ["properties", "composition", "type_format", "constraints"] {
        out.push(spec_path(&format!("diff/{fam}-base.yaml")));
    }
    let corpus = stipula_testkit::corpus_dir();
    if !corpus.is_dir() {
        eprintln!(
            "corpus not found at {} (set STIPULA_CORPUS): checking the repo's specs only",
            corpus.display()
        );
        return out;
    }
    let mut found = Vec::new();
    for sub in ["providers", "oai-examples"] {
        let Ok(rd) = std::fs::read_dir(corpus.join(sub)) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let small = e.metadata().map(|m| m.len() < 60_000).unwrap_or(false);
            let name = p.to_string_lossy().to_string();
            if small && (name.ends_with(".json") || name.ends_with(".yaml")) {
                found.push(p);
            }
        }
    }
    found.sort();
    // 3.x only, a handful (the test runs on every CI build)
    let mut n = 0;
    for p in found {
        if n >= 6 {
            break;
        }
        if parse(&p)
            .and_then(|v| v.get("openapi").and_then(Value::as_str).map(str::to_string))
            .is_some_and(|v| v.starts_with('3'))
        {
            out.push(p);
            n += 1;
        }
    }
    out
}

type Rewrite = (&'static str, fn(&Value) -> Option<Value>);

const REWRITES: [Rewrite; 5] = [
    ("key order", |v| Some(reorder(v))),
    ("type list → oneOf", |v| Some(type_list_to_one_of(v))),
    ("allOf split", |v| Some(split_all_of(v))),
    ("$ref inlined", |v| Some(inline_refs(v))),
    ("3.0 → 3.1", to_3_1),
];

#[test]
fn equivalent_rewrites_diff_as_nothing_breaking_and_changes_keep_their_level() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for path in specs() {
        let Some(orig) = parse(&path) else {
            continue;
        };
        if load_value(&orig, "orig.json").is_none() {
            continue;
        }
        for (name, rewrite) in REWRITES {
            let Some(re) = rewrite(&orig) else { continue };
            if re == orig {
                continue;
            }
            let Some(r) = diff_values(&orig, &re) else {
                continue;
            };
            checked += 1;
            if r.max_level() == Some(Level::Breaking) {
                wrong.push(format!(
                    "{} ({name}): the rewrite diffs as breaking\n{}",
                    path.display(),
                    dump(&r)
                ));
            }
            for request in [true, false] {
                let a = diff_values(&orig, &add_required_member(&orig, request));
                let b = diff_values(&re, &add_required_member(&re, request));
                if let (Some(a), Some(b)) = (a, b)
                    && a.max_level() != b.max_level()
                {
                    wrong.push(format!(
                        "{} ({name}): a new required {} member is {:?} in the original, {:?} in the rewrite\n{}\n--\n{}",
                        path.display(),
                        if request { "request" } else { "response" },
                        a.max_level(),
                        b.max_level(),
                        dump(&a),
                        dump(&b)
                    ));
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} rewrites checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}
