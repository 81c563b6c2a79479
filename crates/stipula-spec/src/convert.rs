//! `stipula convert`: write a spec as an OpenAPI 3.0 or 3.1 document.
//!
//! Swagger 2.0 is upgraded by the loader (see `swagger2/`); the upgraded tree is the 3.0
//! result. 3.0 → 3.1 rewrites the schema keywords whose meaning changed (`nullable`,
//! boolean `exclusiveMinimum`/`exclusiveMaximum`, `example`, `$ref` siblings, which 3.0
//! ignores) so that the 3.1 document loads into the same IR. A spec over several files is
//! bundled into one document first (see [`crate::bundle`]).

use crate::diag::{Diagnostic, LoadError};
use crate::{Loaded, bundle};
use serde_json::{Map, Value};

/// The OpenAPI version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetVersion {
    /// OpenAPI 3.0.3.
    V30,
    /// OpenAPI 3.1.0.
    V31,
}

/// The document of `loaded` as OpenAPI `to`: names and order kept, one document (external
/// refs bundled). Fails for 3.1/3.2 → 3.0 (not supported: 3.1 schemas have no 3.0 form in
/// general) and when bundling fails.
pub fn convert(loaded: &mut Loaded, to: TargetVersion) -> Result<Value, LoadError> {
    let from = loaded.spec.openapi;
    if from.major == 3 && from.minor >= 1 && to == TargetVersion::V30 {
        return Err(LoadError::one(
            loaded.docs.docs[0]
                .diag(
                    Diagnostic::error(
                        "convert-down",
                        format!("this is OpenAPI {from}; stipula converts up only (2.0 → 3.0/3.1, 3.0 → 3.1)"),
                    ),
                    "/openapi",
                )
                .with_help("use `--to 3.1`"),
        ));
    }
    let mut value = if loaded.docs.docs.len() > 1 {
        bundle::bundle(loaded)?
    } else {
        loaded.docs.docs[0].value.clone()
    };
    if to == TargetVersion::V31 && (from.major == 2 || from.minor == 0) {
        to_31(&mut value);
    }
    Ok(value)
}

/// Rewrite a 3.0 document tree into 3.1 in place.
pub fn to_31(doc: &mut Value) {
    let Value::Object(m) = doc else {
        return;
    };
    if let Some(v) = m.get_mut("openapi") {
        *v = Value::String("3.1.0".into());
    }
    for (k, v) in m.iter_mut() {
        if k == "components" {
            if let Value::Object(c) = v {
                for (kind, entries) in c.iter_mut() {
                    match (kind.as_str(), entries) {
                        ("schemas", Value::Object(s)) => {
                            for sch in s.values_mut() {
                                schema_31(sch, 0);
                            }
                        }
                        (_, other) => walk(other, 0),
                    }
                }
            }
        } else if !k.starts_with("x-") {
            walk(v, 0);
        }
    }
}

/// Keys whose values are data, never OpenAPI objects.
fn is_data_key(k: &str) -> bool {
    matches!(k, "example" | "examples" | "default" | "enum" | "const") || k.starts_with("x-")
}

/// Find the schemas under a non-schema node (the value of every `schema` key).
fn walk(v: &mut Value, depth: usize) {
    if depth > 600 {
        return;
    }
    match v {
        Value::Object(m) => {
            for (k, c) in m.iter_mut() {
                if k == "schema" {
                    schema_31(c, depth + 1);
                } else if !is_data_key(k) {
                    walk(c, depth + 1);
                }
            }
        }
        Value::Array(a) => {
            for c in a {
                walk(c, depth + 1);
            }
        }
        _ => {}
    }
}

/// Rewrite one 3.0 schema (and its subschemas) into 3.1.
fn schema_31(v: &mut Value, depth: usize) {
    if depth > 600 {
        return;
    }
    let Value::Object(m) = v else {
        return;
    };
    if m.contains_key("$ref") {
        // 3.0 ignores a ref's siblings; 3.1 would apply them.
        m.retain(|k, _| k == "$ref");
        return;
    }
    for (k, c) in m.iter_mut() {
        match k.as_str() {
            "properties" | "patternProperties" => {
                if let Value::Object(p) = c {
                    for s in p.values_mut() {
                        schema_31(s, depth + 1);
                    }
                }
            }
            "items" | "additionalItems" | "additionalProperties" | "not" => match c {
                Value::Array(a) => a.iter_mut().for_each(|s| schema_31(s, depth + 1)),
                s => schema_31(s, depth + 1),
            },
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Array(a) = c {
                    a.iter_mut().for_each(|s| schema_31(s, depth + 1));
                }
            }
            _ => {}
        }
    }
    // Draft-4 tuple form (2.0 documents have it; 3.0 forbids it): 3.1 says `prefixItems`,
    // and `additionalItems` becomes `items`.
    if m.get("items").is_some_and(Value::is_array) {
        let old = std::mem::take(m);
        for (k, v) in old {
            match k.as_str() {
                "items" if v.is_array() => {
                    m.insert("prefixItems".into(), v);
                }
                "additionalItems" => {
                    m.insert("items".into(), v);
                }
                _ => {
                    m.insert(k, v);
                }
            }
        }
    }
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match m.get(flag) {
            Some(Value::Bool(true)) => {
                match m.shift_remove(bound) {
                    Some(b) => {
                        m.insert(flag.into(), b);
                    }
                    None => {
                        m.shift_remove(flag);
                    }
                };
            }
            Some(Value::Bool(false)) => {
                m.shift_remove(flag);
            }
            _ => {}
        }
    }
    if let Some(ex) = m.shift_remove("example")
        && !m.contains_key("examples")
    {
        m.insert("examples".into(), Value::Array(vec![ex]));
    }
    if let Some(n) = m.shift_remove("nullable")
        && n == Value::Bool(true)
    {
        if let Some(Value::Array(e)) = m.get_mut("enum")
            && !e.contains(&Value::Null)
        {
            e.push(Value::Null);
        }
        let pinned = m.contains_key("enum") || m.contains_key("const");
        match m.get_mut("type") {
            Some(Value::String(t)) => {
                let t = std::mem::take(t);
                m.insert(
                    "type".into(),
                    Value::Array(vec![Value::String(t), Value::String("null".into())]),
                );
            }
            Some(_) => {}
            None if !pinned => nullable_wrap(m),
            None => {}
        }
    }
}

/// `{nullable: true, ...}` without `type`: annotations stay outside, the rest becomes
/// `anyOf: [rest, {type: "null"}]` (a lone `allOf: [X]` becomes `anyOf: [X, null]`).
fn nullable_wrap(m: &mut Map<String, Value>) {
    let outer_keys = [
        "title",
        "description",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
    ];
    let mut outer = Map::new();
    let mut inner = Map::new();
    for (k, v) in std::mem::take(m) {
        if outer_keys.contains(&k.as_str()) || k.starts_with("x-") {
            outer.insert(k, v);
        } else {
            inner.insert(k, v);
        }
    }
    let inner = if inner.len() == 1
        && let Some(Value::Array(a)) = inner.get("allOf")
        && a.len() == 1
    {
        a[0].clone()
    } else if inner.is_empty() {
        *m = outer;
        return;
    } else {
        Value::Object(inner)
    };
    let mut null = Map::new();
    null.insert("type".into(), Value::String("null".into()));
    outer.insert(
        "anyOf".into(),
        Value::Array(vec![inner, Value::Object(null)]),
    );
    *m = outer;
}
