//! Consistency by construction: a spec rewritten without changing what it means (key order,
//! `type: [a, b]` ↔ `oneOf` of single types, `allOf` split, `$ref` inlined, 3.0 → 3.1) diffs
//! against the original with nothing breaking, and the same real change applied to both
//! forms gets the same level. Over every 3.x spec of the repo and of the corpus (skipped with a
//! message when it is absent); in CI a deterministic sample of each large spec's operations
//! ([`SAMPLE_ITEMS`]), the whole of every spec under `STIPULA_CONSISTENCY=full`
//! (`scripts/consistency-sweep.sh`, release).

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
    // `STIPULA_CONSISTENCY_DUMP=dir`: every diffed pair of documents, numbered, to rerun by hand
    if let Some(dir) = std::env::var_os("STIPULA_CONSISTENCY_DUMP") {
        let dir = std::path::PathBuf::from(dir);
        let _ = std::fs::create_dir_all(&dir);
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let _ = std::fs::write(dir.join(format!("{n:03}-base.json")), a.to_string());
        let _ = std::fs::write(dir.join(format!("{n:03}-revision.json")), b.to_string());
    }
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
                    // names required but not declared go with the first half
                    let first = parts.is_empty();
                    let r: Vec<Value> = req
                        .iter()
                        .filter(|n| {
                            p.contains_key(n.as_str()) || (first && !props.contains_key(n.as_str()))
                        })
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
            Value::Object(m) if m.contains_key("$ref") => {
                // 3.0 ignores the siblings of `$ref` (3.1 would apply them)
                Value::Object(
                    m.iter()
                        .filter(|(k, _)| matches!(k.as_str(), "$ref" | "description" | "summary"))
                        .map(|(k, x)| (k.clone(), x.clone()))
                        .collect(),
                )
            }
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

/// `oneOf` of single, distinct types (not both `number` and `integer`, which overlap) →
/// `type: [a, b]` (3.1 documents only: 3.0 has no type lists).
fn one_of_to_type_list(doc: &Value) -> Option<Value> {
    if !doc.get("openapi")?.as_str()?.starts_with("3.1") {
        return None;
    }
    fn walk(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let types: Option<Vec<&str>> =
                    m.get("oneOf").and_then(Value::as_array).and_then(|bs| {
                        bs.iter()
                            .map(|b| {
                                let b = b.as_object()?;
                                (b.len() == 1).then_some(())?;
                                b.get("type")?.as_str()
                            })
                            .collect()
                    });
                let only = m
                    .keys()
                    .all(|k| k == "oneOf" || ANNOTATIONS.contains(&k.as_str()));
                if only
                    && let Some(ts) = types
                    && ts.len() >= 2
                    && !(ts.contains(&"number") && ts.contains(&"integer"))
                    && ts.iter().collect::<std::collections::BTreeSet<_>>().len() == ts.len()
                {
                    let mut out: Map<String, Value> = m
                        .iter()
                        .filter(|(k, _)| *k != "oneOf")
                        .map(|(k, x)| (k.clone(), x.clone()))
                        .collect();
                    out.insert("type".into(), json!(ts));
                    return Value::Object(out);
                }
                Value::Object(m.iter().map(|(k, x)| (k.clone(), walk(x))).collect())
            }
            Value::Array(a) => Value::Array(a.iter().map(walk).collect()),
            x => x.clone(),
        }
    }
    Some(walk(doc))
}

/// `allOf` of plain object parts with disjoint properties (and nothing else beside it) →
/// one object schema.
fn merge_all_of(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let parts = m.get("allOf").and_then(Value::as_array);
            let plain = |p: &Value| {
                p.get("type") == Some(&json!("object"))
                    && p.as_object().is_some_and(|o| {
                        o.keys().all(|k| {
                            matches!(k.as_str(), "type" | "properties" | "required")
                                || ANNOTATIONS.contains(&k.as_str())
                        })
                    })
            };
            let beside = m
                .keys()
                .all(|k| k == "allOf" || ANNOTATIONS.contains(&k.as_str()));
            if beside
                && let Some(parts) = parts
                && parts.len() >= 2
                && parts.iter().all(plain)
            {
                let mut props = Map::new();
                let mut req: Vec<Value> = Vec::new();
                let mut disjoint = true;
                for p in parts {
                    if let Some(Value::Object(ps)) = p.get("properties") {
                        for (k, x) in ps {
                            disjoint &= props.insert(k.clone(), merge_all_of(x)).is_none();
                        }
                    }
                    if let Some(Value::Array(r)) = p.get("required") {
                        for n in r {
                            if !req.contains(n) {
                                req.push(n.clone());
                            }
                        }
                    }
                }
                if disjoint {
                    let mut out: Map<String, Value> = m
                        .iter()
                        .filter(|(k, _)| ANNOTATIONS.contains(&k.as_str()))
                        .map(|(k, x)| (k.clone(), x.clone()))
                        .collect();
                    out.insert("type".into(), json!("object"));
                    out.insert("properties".into(), Value::Object(props));
                    if !req.is_empty() {
                        out.insert("required".into(), Value::Array(req));
                    }
                    return Value::Object(out);
                }
            }
            Value::Object(
                m.iter()
                    .map(|(k, x)| (k.clone(), merge_all_of(x)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(merge_all_of).collect()),
        x => x.clone(),
    }
}

/// Each media type's inline object schema moved to `components/schemas/ZzExtractedN` and
/// replaced by a `$ref` to it.
fn extract_refs(doc: &Value) -> Option<Value> {
    fn walk(v: &Value, under_media: bool, found: &mut Vec<Value>) -> Value {
        match v {
            Value::Object(m) => {
                if under_media && m.get("type") == Some(&json!("object")) {
                    found.push(v.clone());
                    return json!({ "$ref": format!("#/components/schemas/ZzExtracted{}", found.len()) });
                }
                Value::Object(
                    m.iter()
                        .map(|(k, x)| (k.clone(), walk(x, k == "schema", found)))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, false, found)).collect()),
            x => x.clone(),
        }
    }
    let mut found = Vec::new();
    let paths = walk(doc.get("paths")?, false, &mut found);
    if found.is_empty() {
        return None;
    }
    let mut out = doc.clone();
    out["paths"] = paths;
    if !out.get("components").is_some_and(Value::is_object) {
        out["components"] = json!({});
    }
    if !out["components"]
        .get("schemas")
        .is_some_and(Value::is_object)
    {
        out["components"]["schemas"] = json!({});
    }
    for (i, s) in found.into_iter().enumerate() {
        out["components"]["schemas"][format!("ZzExtracted{}", i + 1)] = s;
    }
    Some(out)
}

/// A 3.1 document rewritten as 3.0, when it uses nothing 3.0 cannot say: `[T, "null"]` →
/// `nullable`, numeric exclusive bounds → booleans, `examples` → `example` (schemas only).
fn to_3_0(doc: &Value) -> Option<Value> {
    if !doc.get("openapi")?.as_str()?.starts_with("3.1") || doc.get("paths").is_none() {
        return None;
    }
    const ONLY_3_1: [&str; 18] = [
        "const",
        "prefixItems",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "dependentRequired",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "propertyNames",
        "patternProperties",
        "$defs",
        "nullable",
        "webhooks",
        "jsonSchemaDialect",
    ];
    fn walk(v: &Value) -> Option<Value> {
        match v {
            Value::Object(m) => {
                if m.keys()
                    .any(|k| ONLY_3_1.contains(&k.as_str()) || k == "pathItems")
                {
                    return None;
                }
                if m.contains_key("$ref")
                    && m.keys()
                        .any(|k| !matches!(k.as_str(), "$ref" | "description" | "summary"))
                {
                    return None;
                }
                let mut out = Map::new();
                for (k, x) in m {
                    out.insert(k.clone(), walk(x)?);
                }
                if m.contains_key("type") {
                    if let Some(Value::Array(ts)) = m.get("type") {
                        let non_null: Vec<&Value> =
                            ts.iter().filter(|t| *t != &json!("null")).collect();
                        if non_null.len() != 1 {
                            return None;
                        }
                        out.insert("type".into(), non_null[0].clone());
                        if non_null.len() < ts.len() {
                            out.insert("nullable".into(), json!(true));
                        }
                    }
                    for (ex, bound) in [
                        ("exclusiveMinimum", "minimum"),
                        ("exclusiveMaximum", "maximum"),
                    ] {
                        if let Some(b) = m.get(ex) {
                            if m.contains_key(bound) || !b.is_number() {
                                return None;
                            }
                            out.insert(bound.into(), b.clone());
                            out.insert(ex.into(), json!(true));
                        }
                    }
                    if let Some(Value::Array(xs)) = out.remove("examples")
                        && let Some(x) = xs.into_iter().next()
                    {
                        out.insert("example".into(), x);
                    }
                }
                Some(Value::Object(out))
            }
            Value::Array(a) => a
                .iter()
                .map(walk)
                .collect::<Option<Vec<_>>>()
                .map(Value::Array),
            x => Some(x.clone()),
        }
    }
    let mut out = walk(doc)?;
    out["openapi"] = json!("3.0.3");
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

/// Every `.yaml`/`.json` file under `dir`, recursively, sorted.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_under(&p, out);
        } else if p
            .extension()
            .is_some_and(|e| e == "json" || e == "yaml" || e == "yml")
        {
            out.push(p);
        }
    }
}

/// The repo's own 3.x specs (not the deliberately invalid ones), then every 3.x document of
/// the corpus (skipped with a message when it is absent).
fn specs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let root = stipula_testkit::workspace_root().join("specs");
    let mut own = Vec::new();
    files_under(&root, &mut own);
    out.extend(
        own.into_iter().filter(|p| {
            !p.starts_with(root.join("invalid")) && !p.starts_with(root.join("swagger2"))
        }),
    );
    let corpus = stipula_testkit::corpus_dir();
    if !corpus.is_dir() {
        eprintln!(
            "corpus not found at {} (set STIPULA_CORPUS): checking the repo's specs only",
            corpus.display()
        );
        return out;
    }
    for sub in ["github", "stripe", "providers", "oai-examples"] {
        files_under(&corpus.join(sub), &mut out);
    }
    out
}

/// Operations (paths and webhooks) kept per spec in CI; `STIPULA_CONSISTENCY=full` keeps all.
const SAMPLE_ITEMS: usize = 4;
/// How many `$ref`s deep the sample keeps schema components (deeper ones become `{}`).
const SAMPLE_HOPS: usize = 3;

fn full_sweep() -> bool {
    std::env::var("STIPULA_CONSISTENCY").is_ok_and(|v| v == "full")
}

/// A deterministic sample of a large document: every k-th path (and webhook), sorted by name,
/// at most `keep` of each, with only the components they reach through at most
/// [`SAMPLE_HOPS`] `$ref`s (security schemes are kept whole: they are named, not referenced).
fn sample(doc: &Value, keep: usize) -> Value {
    let mut out = doc.clone();
    for key in ["paths", "webhooks", "x-webhooks"] {
        let Some(Value::Object(items)) = doc.get(key) else {
            continue;
        };
        if items.len() <= keep {
            continue;
        }
        let mut names: Vec<&String> = items.keys().collect();
        names.sort();
        let step = names.len().div_ceil(keep);
        let kept: Map<String, Value> = names
            .iter()
            .step_by(step)
            .map(|n| ((*n).clone(), items[n.as_str()].clone()))
            .collect();
        out[key] = Value::Object(kept);
    }
    let Some(Value::Object(comps)) = doc.get("components") else {
        return out;
    };
    // the components reachable from everything but the components themselves
    let mut roots = out.clone();
    if let Some(m) = roots.as_object_mut() {
        m.remove("components");
    }
    let mut reached: std::collections::BTreeSet<(String, String)> = Default::default();
    let mut todo = vec![roots];
    // breadth first, SAMPLE_HOPS references deep; references beyond become `{}` (any value)
    for _ in 0..SAMPLE_HOPS {
        let mut next = Vec::new();
        for v in std::mem::take(&mut todo) {
            let mut refs = Vec::new();
            collect_refs(&v, &mut refs);
            for r in refs {
                let Some(rest) = r.strip_prefix("#/components/") else {
                    continue;
                };
                let mut segs = rest.split('/');
                let (Some(section), Some(name)) = (segs.next(), segs.next()) else {
                    continue;
                };
                let name = name.replace("~1", "/").replace("~0", "~");
                if let Some(target) = comps.get(section).and_then(|s| s.get(&name))
                    && reached.insert((section.to_string(), name))
                {
                    next.push(target.clone());
                }
            }
        }
        todo = next;
    }
    let mut kept = Map::new();
    for (section, members) in comps {
        let Value::Object(members) = members else {
            continue;
        };
        let m: Map<String, Value> = members
            .iter()
            .filter(|(n, _)| {
                section == "securitySchemes" || reached.contains(&(section.clone(), (*n).clone()))
            })
            .map(|(n, x)| (n.clone(), x.clone()))
            .collect();
        kept.insert(section.clone(), Value::Object(m));
    }
    out["components"] = Value::Object(kept);
    cut_refs(&mut out, &reached);
    out
}

/// Schema references to components not kept become `{}` (any value).
fn cut_refs(v: &mut Value, kept: &std::collections::BTreeSet<(String, String)>) {
    match v {
        Value::Object(m) => {
            let dangling = m.get("$ref").and_then(Value::as_str).is_some_and(|r| {
                r.strip_prefix("#/components/schemas/").is_some_and(|rest| {
                    let name = rest.split('/').next().unwrap_or(rest);
                    let name = name.replace("~1", "/").replace("~0", "~");
                    !kept.contains(&("schemas".to_string(), name))
                })
            });
            if dangling {
                m.clear();
                return;
            }
            m.values_mut().for_each(|x| cut_refs(x, kept));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| cut_refs(x, kept)),
        _ => {}
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// The findings at a report's highest level (a few), with their witnesses.
fn top(r: &Report) -> String {
    let lines: Vec<String> = r
        .findings
        .iter()
        .filter(|f| Some(f.level) == r.max_level())
        .map(|f| {
            let w = f
                .witness
                .as_ref()
                .map(|w| format!(" [witness {}]", w.value))
                .unwrap_or_default();
            format!(
                "  {} {} {} {}: {}{w}",
                f.level, f.id, f.section, f.path, f.message
            )
        })
        .collect();
    let more = lines.len().saturating_sub(6);
    let mut out = lines.into_iter().take(6).collect::<Vec<_>>().join("\n");
    if more > 0 {
        out.push_str(&format!("\n  … and {more} more"));
    }
    out
}

type Rewrite = (&'static str, fn(&Value) -> Option<Value>);

const REWRITES: [Rewrite; 9] = [
    ("key order", |v| Some(reorder(v))),
    ("type list → oneOf", |v| Some(type_list_to_one_of(v))),
    ("oneOf → type list", one_of_to_type_list),
    ("allOf split", |v| Some(split_all_of(v))),
    ("allOf merged", |v| Some(merge_all_of(v))),
    ("$ref inlined", |v| Some(inline_refs(v))),
    ("$ref extracted", extract_refs),
    ("3.0 → 3.1", to_3_1),
    ("3.1 → 3.0", to_3_0),
];

#[test]
fn equivalent_rewrites_diff_as_nothing_breaking_and_changes_keep_their_level() {
    let t0 = std::time::Instant::now();
    let full = full_sweep();
    let mut wrong = Vec::new();
    let mut warned = Vec::new();
    let (mut checked, mut n_specs) = (0, 0);
    // `STIPULA_CONSISTENCY_SHARD=k/n`: only every n-th spec from the k-th (0-based), so a
    // full sweep can run as n processes (scripts/consistency-sweep.sh on a many-core machine).
    let shard = std::env::var("STIPULA_CONSISTENCY_SHARD")
        .ok()
        .and_then(|s| {
            let (k, n) = s.split_once('/')?;
            let (k, n) = (k.parse::<usize>().ok()?, n.parse::<usize>().ok()?);
            (n > 0 && k < n).then_some((k, n))
        });
    // `STIPULA_CONSISTENCY_ONLY=text`: only the specs whose path contains it.
    let only = std::env::var("STIPULA_CONSISTENCY_ONLY").ok();
    for (i, path) in specs().into_iter().enumerate() {
        if let Some((k, n)) = shard
            && i % n != k
        {
            continue;
        }
        if let Some(o) = &only
            && !path.to_string_lossy().contains(o.as_str())
        {
            continue;
        }
        let Some(doc) = parse(&path) else {
            continue;
        };
        if !doc
            .get("openapi")
            .and_then(Value::as_str)
            .is_some_and(|v| v.starts_with('3'))
        {
            continue;
        }
        let orig = if full {
            doc
        } else {
            sample(&doc, SAMPLE_ITEMS)
        };
        if load_value(&orig, "orig.json").is_none() {
            continue;
        }
        n_specs += 1;
        let t = std::time::Instant::now();
        let (wrong_before, checked_before) = (wrong.len(), checked);
        for (name, rewrite) in REWRITES {
            let Some(re) = rewrite(&orig) else { continue };
            if re == orig {
                continue;
            }
            let Some(r) = diff_values(&orig, &re) else {
                continue;
            };
            checked += 1;
            if r.max_level() == Some(Level::Warning) {
                warned.push(format!("{} ({name})\n{}", path.display(), top(&r)));
            }
            if r.max_level() == Some(Level::Breaking) {
                wrong.push(format!(
                    "{} ({name}): the rewrite diffs as breaking\n{}",
                    path.display(),
                    top(&r)
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
                        top(&a),
                        top(&b)
                    ));
                }
            }
        }
        if std::env::var_os("STIPULA_CONSISTENCY_VERBOSE").is_some() {
            eprintln!(
                "{:>8.2} s  {} rewrites, {} inconsistencies  {}",
                t.elapsed().as_secs_f64(),
                checked - checked_before,
                wrong.len() - wrong_before,
                path.display()
            );
            for w in &wrong[wrong_before..] {
                eprintln!("{w}");
            }
        }
    }
    eprintln!(
        "consistency ({}): {n_specs} specs, {checked} rewrites, {} inconsistencies, {} rewrites warn, {:.1} s",
        if full { "full" } else { "sampled" },
        wrong.len(),
        warned.len(),
        t0.elapsed().as_secs_f64()
    );
    if std::env::var_os("STIPULA_CONSISTENCY_VERBOSE").is_some() {
        eprintln!("{}", warned.join("\n\n"));
    }
    assert!(checked >= 10, "only {checked} rewrites checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}
