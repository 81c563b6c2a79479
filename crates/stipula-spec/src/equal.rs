//! Meaning-level equality of two IRs, independent of schema numbering.
//!
//! Two specs are equal when they describe the same API: same operations, parameters,
//! bodies, responses, security, and schema graphs that are isomorphic (schema ids may be
//! numbered differently, e.g. after bundling pulled external schemas into `components`).
//! Locations, the declared `openapi` version and the file table are provenance and are
//! ignored.

use crate::ir::Spec;
use serde_json::Value;
use std::collections::HashMap;

/// Keys (in the serialized IR) whose values are schema ids, alone, in lists or in maps.
const ID_KEYS: &[&str] = &[
    "schema",
    "item_schema",
    "ref_",
    "content_schema",
    "items",
    "prefix_items",
    "contains",
    "unevaluated_items",
    "properties",
    "pattern_properties",
    "additional_properties",
    "unevaluated_properties",
    "property_names",
    "dependent_schemas",
    "all_of",
    "any_of",
    "one_of",
    "not",
    "if_",
    "then_",
    "else_",
    "defs",
    "mapping",
    "default_mapping",
    "schema_names",
];

/// Keys whose values are raw JSON from the document (extensions, unknown keywords, examples,
/// defaults, enums...): compared as plain JSON. A number in there is data, never a schema
/// id, even under a key such as `properties` or `schema` (found by the loader fuzz target).
const RAW_KEYS: &[&str] = &[
    "extensions",
    "unknown",
    "examples",
    "value",
    "default",
    "enum_",
    "const_",
    "xml",
    "flows",
    "raw",
];

/// Raw keys of a Link (recognized by its `operation_ref` key); elsewhere these name IR
/// structures (`Operation::parameters`, `Operation::request_body`).
const LINK_RAW_KEYS: &[&str] = &["parameters", "request_body"];

/// Top-level keys that are provenance, not meaning. `components` (other than schemas) is an
/// index by name: what operations use is compared where they use it, and bundling adds the
/// components it pulled in from other files.
const SKIP_KEYS: &[&str] = &["loc", "files", "openapi", "schemas", "components"];

/// `None` when `a` and `b` mean the same; otherwise a description of the first difference
/// found (a path into the serialized IR).
pub fn semantic_diff(a: &Spec, b: &Spec) -> Option<String> {
    let (Ok(ja), Ok(jb)) = (serde_json::to_value(a), serde_json::to_value(b)) else {
        return Some("could not serialize the IR".into());
    };
    let sa = ja
        .get("schemas")
        .and_then(|s| s.get("items"))
        .cloned()
        .unwrap_or(Value::Null);
    let sb = jb
        .get("schemas")
        .and_then(|s| s.get("items"))
        .cloned()
        .unwrap_or(Value::Null);
    let mut cx = Cx {
        sa: sa.as_array().cloned().unwrap_or_default(),
        sb: sb.as_array().cloned().unwrap_or_default(),
        fwd: HashMap::new(),
        back: HashMap::new(),
        pending: Vec::new(),
    };
    if let Err(e) = cx.value(&ja, &jb, "", false) {
        return Some(e);
    }
    while let Some((x, y, path)) = cx.pending.pop() {
        let (Some(va), Some(vb)) = (
            cx.sa.get(x as usize).cloned(),
            cx.sb.get(y as usize).cloned(),
        ) else {
            return Some(format!("{path}: schema id out of range"));
        };
        if let Err(e) = cx.value(&va, &vb, &format!("{path}→schema"), false) {
            return Some(e);
        }
    }
    None
}

/// Convenience: are they equal in meaning?
pub fn semantically_equal(a: &Spec, b: &Spec) -> bool {
    semantic_diff(a, b).is_none()
}

struct Cx {
    sa: Vec<Value>,
    sb: Vec<Value>,
    fwd: HashMap<u64, u64>,
    back: HashMap<u64, u64>,
    pending: Vec<(u64, u64, String)>,
}

impl Cx {
    fn id(&mut self, x: &Value, y: &Value, path: &str) -> Result<(), String> {
        let (Some(x), Some(y)) = (x.as_u64(), y.as_u64()) else {
            return if x == y {
                Ok(())
            } else {
                Err(format!("{path}: {x} vs {y}"))
            };
        };
        match (self.fwd.get(&x), self.back.get(&y)) {
            (Some(&fy), _) if fy != y => Err(format!("{path}: schemas are shared differently")),
            (_, Some(&bx)) if bx != x => Err(format!("{path}: schemas are shared differently")),
            (Some(_), Some(_)) => Ok(()),
            _ => {
                self.fwd.insert(x, y);
                self.back.insert(y, x);
                self.pending.push((x, y, path.to_string()));
                Ok(())
            }
        }
    }

    fn value(&mut self, a: &Value, b: &Value, path: &str, ids: bool) -> Result<(), String> {
        if ids {
            return match (a, b) {
                (Value::Array(x), Value::Array(y)) => {
                    if x.len() != y.len() {
                        return Err(format!("{path}: {} vs {} entries", x.len(), y.len()));
                    }
                    for (i, (p, q)) in x.iter().zip(y).enumerate() {
                        self.id(p, q, &format!("{path}/{i}"))?;
                    }
                    Ok(())
                }
                (Value::Object(x), Value::Object(y)) => {
                    if x.len() != y.len() {
                        return Err(format!("{path}: {} vs {} entries", x.len(), y.len()));
                    }
                    for (k, p) in x {
                        let Some(q) = y.get(k) else {
                            return Err(format!("{path}/{k}: missing on the right"));
                        };
                        self.id(p, q, &format!("{path}/{k}"))?;
                    }
                    Ok(())
                }
                _ => self.id(a, b, path),
            };
        }
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let link = x.contains_key("operation_ref");
                for (k, p) in x {
                    if SKIP_KEYS.contains(&k.as_str()) && path.is_empty() || k == "loc" {
                        continue;
                    }
                    let q = y.get(k).unwrap_or(&Value::Null);
                    if RAW_KEYS.contains(&k.as_str())
                        || (link && LINK_RAW_KEYS.contains(&k.as_str()))
                    {
                        if p != q {
                            return Err(format!("{path}/{k}: {p} vs {q}"));
                        }
                        continue;
                    }
                    self.value(p, q, &format!("{path}/{k}"), ID_KEYS.contains(&k.as_str()))?;
                }
                for k in y.keys() {
                    let skipped = SKIP_KEYS.contains(&k.as_str()) && path.is_empty() || k == "loc";
                    if !(x.contains_key(k) || skipped) {
                        return Err(format!("{path}/{k}: missing on the left"));
                    }
                }
                Ok(())
            }
            (Value::Array(x), Value::Array(y)) => {
                if x.len() != y.len() {
                    return Err(format!("{path}: {} vs {} entries", x.len(), y.len()));
                }
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    self.value(p, q, &format!("{path}/{i}"), false)?;
                }
                Ok(())
            }
            _ if a == b => Ok(()),
            _ => Err(format!("{path}: {a} vs {b}")),
        }
    }
}
