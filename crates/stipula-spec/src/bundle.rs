//! Bundling: one self-contained document from a spec spread over files.
//!
//! Every `$ref` that leaves the root document is replaced by a local ref into
//! `components`: the target is copied there once (shared targets stay shared), under the
//! name the loader gives it (`pet.yaml` → `Pet`'s file stem `pet`, `common.yaml#/Pet` →
//! `Pet`), made unique when two files use the same name. The component kind comes from
//! where the ref is used (a parameter list, a response, a request body, a schema...). In
//! OpenAPI 3.0, which has no `components.pathItems`, an external path item is inlined.
//! Loading the bundle gives the same IR as loading the original (see
//! [`crate::semantically_equal`]), except for inline schemas deep inside other files, which
//! gain a component name.

use crate::diag::Diagnostic;
use crate::docs::{DocSet, Target, external_name};
use crate::pointer::push_escaped;
use crate::{LoadError, Loaded};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet, VecDeque};

/// Bundle a loaded spec into one document (a JSON value; serialize it as JSON or YAML).
pub fn bundle(loaded: &mut Loaded) -> Result<Value, LoadError> {
    let is_30 = loaded.spec.openapi.minor == 0;
    let docs = &mut loaded.docs;
    let mut root = docs.docs[0].value.clone();
    let mut taken: HashSet<(String, String)> = HashSet::new();
    if let Some(Value::Object(comp)) = root.get("components") {
        for (kind, entries) in comp {
            if let Value::Object(e) = entries {
                for name in e.keys() {
                    taken.insert((kind.clone(), name.clone()));
                }
            }
        }
    }
    let mut b = Bundler {
        docs,
        is_30,
        placed: HashMap::new(),
        taken,
        queue: VecDeque::new(),
        errors: Vec::new(),
        added: Vec::new(),
    };
    b.rewrite(&mut root, 0, &mut String::new(), &mut String::new(), 0);
    while let Some((kind, name, target)) = b.queue.pop_front() {
        let Some(mut v) = b.docs.docs[target.doc].get(&target.pointer).cloned() else {
            continue;
        };
        let mut out_ptr = String::from("/components/");
        push_escaped(&mut out_ptr, &kind);
        out_ptr.push('/');
        push_escaped(&mut out_ptr, &name);
        let mut src_ptr = target.pointer.clone();
        b.rewrite(&mut v, target.doc, &mut src_ptr, &mut out_ptr, 0);
        b.added.push((kind, name, v));
    }
    if !b.errors.is_empty() {
        return Err(LoadError {
            diagnostics: b.errors,
        });
    }
    if !b.added.is_empty() {
        let Value::Object(rm) = &mut root else {
            return Ok(root);
        };
        let comp = rm
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(cm) = comp {
            for (kind, name, v) in std::mem::take(&mut b.added) {
                let k = cm.entry(kind).or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(km) = k {
                    km.insert(name, v);
                }
            }
        }
    }
    Ok(root)
}

struct Bundler<'a> {
    docs: &'a mut DocSet,
    is_30: bool,
    /// Target → local ref it was placed under.
    placed: HashMap<Target, String>,
    taken: HashSet<(String, String)>,
    queue: VecDeque<(String, String, Target)>,
    errors: Vec<Diagnostic>,
    added: Vec<(String, String, Value)>,
}

const MAX_DEPTH: usize = 2000;

impl Bundler<'_> {
    /// Rewrite refs inside `v`, which sits at `src` in document `doc` and will sit at `out`
    /// in the bundle.
    fn rewrite(
        &mut self,
        v: &mut Value,
        doc: usize,
        src: &mut String,
        out: &mut String,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    let r = r.clone();
                    if let Some(replacement) = self.local_ref(doc, src, out, &r) {
                        match replacement {
                            Replacement::Ref(new_ref) => {
                                m.insert("$ref".into(), Value::String(new_ref));
                            }
                            Replacement::Inline(mut content) => {
                                // 3.0 path item: inline the target (siblings of $ref are dropped in 3.0).
                                m.clear();
                                if let Value::Object(cm) = &mut content {
                                    for (k, val) in std::mem::take(cm) {
                                        m.insert(k, val);
                                    }
                                }
                            }
                        }
                    }
                }
                for (k, c) in m.iter_mut() {
                    if k == "$ref" || !(c.is_object() || c.is_array()) {
                        continue;
                    }
                    let (sl, ol) = (src.len(), out.len());
                    src.push('/');
                    push_escaped(src, k);
                    out.push('/');
                    push_escaped(out, k);
                    self.rewrite(c, doc, src, out, depth + 1);
                    src.truncate(sl);
                    out.truncate(ol);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter_mut().enumerate() {
                    if !(c.is_object() || c.is_array()) {
                        continue;
                    }
                    let (sl, ol) = (src.len(), out.len());
                    let t = i.to_string();
                    src.push('/');
                    src.push_str(&t);
                    out.push('/');
                    out.push_str(&t);
                    self.rewrite(c, doc, src, out, depth + 1);
                    src.truncate(sl);
                    out.truncate(ol);
                }
            }
            _ => {}
        }
    }

    fn local_ref(&mut self, doc: usize, src: &str, out: &str, r: &str) -> Option<Replacement> {
        if doc == 0 && r.starts_with('#') {
            return None;
        }
        let target = match self.docs.resolve(doc, src, r) {
            Ok(t) => t,
            Err(d) => {
                self.errors.push(d);
                return None;
            }
        };
        if target.doc == 0 {
            return Some(Replacement::Ref(format!("#{}", target.pointer)));
        }
        if let Some(local) = self.placed.get(&target) {
            return Some(Replacement::Ref(local.clone()));
        }
        let kind = kind_at(out);
        if kind == "pathItems" && self.is_30 {
            let mut content = self.docs.docs[target.doc].get(&target.pointer)?.clone();
            let mut s = target.pointer.clone();
            let mut o = out.to_string();
            self.rewrite(&mut content, target.doc, &mut s, &mut o, 0);
            return Some(Replacement::Inline(content));
        }
        let base = self.natural_name(&target);
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&(kind.to_string(), name.clone())) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert((kind.to_string(), name.clone()));
        let mut local = String::from("#/components/");
        local.push_str(kind);
        local.push('/');
        push_escaped(&mut local, &name);
        self.placed.insert(target.clone(), local.clone());
        self.queue.push_back((kind.to_string(), name, target));
        Some(Replacement::Ref(local))
    }

    fn natural_name(&self, t: &Target) -> String {
        external_name(&self.docs.docs[t.doc].path, &t.pointer)
    }
}

enum Replacement {
    Ref(String),
    Inline(Value),
}

/// Which kind of component a `$ref` at `out` (a pointer in the bundle) names.
fn kind_at(out: &str) -> &'static str {
    let tokens: Vec<&str> = out.split('/').skip(1).collect();
    let n = tokens.len();
    let last = tokens.last().copied().unwrap_or("");
    let prev = if n >= 2 { tokens[n - 2] } else { "" };
    let prev2 = if n >= 3 { tokens[n - 3] } else { "" };
    // Inside a schema, keys like `properties/parameters` are property names, not fields.
    let in_schema_map = matches!(
        prev2,
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas"
    );
    if n >= 3 && tokens[0] == "components" && n == 3 {
        return match prev {
            "parameters" => "parameters",
            "responses" => "responses",
            "requestBodies" => "requestBodies",
            "headers" => "headers",
            "examples" => "examples",
            "links" => "links",
            "callbacks" => "callbacks",
            "pathItems" => "pathItems",
            "securitySchemes" => "securitySchemes",
            _ => "schemas",
        };
    }
    if matches!(
        prev,
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas"
    ) {
        return "schemas";
    }
    if in_schema_map {
        return "schemas";
    }
    if prev == "parameters" && crate::pointer::array_index(last).is_some() {
        return "parameters";
    }
    if last == "requestBody" {
        return "requestBodies";
    }
    match prev {
        "responses" => "responses",
        "headers" => "headers",
        "examples" => "examples",
        "links" => "links",
        "callbacks" => "callbacks",
        "paths" | "webhooks" | "x-webhooks" => "pathItems",
        _ => {
            if prev2 == "callbacks" {
                "pathItems"
            } else {
                "schemas"
            }
        }
    }
}

/// Write a JSON value as block YAML that every YAML reader (1.1 or 1.2) reads back the same:
/// a string is written plain only when it cannot be mistaken for anything else (`NO`, `on`,
/// `2024-10-01`, `1.10`, `090`, `~` are quoted).
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    yaml_node(v, 0, &mut out, false);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn yaml_scalar(v: &Value) -> Option<String> {
    Some(match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => yaml_string(s),
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Object(m) if m.is_empty() => "{}".into(),
        _ => return None,
    })
}

fn yaml_string(s: &str) -> String {
    let plain_safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./ ()".contains(c))
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '/')
        && !s.ends_with(' ')
        && !s.contains(" #")
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "nan" | "inf"
        );
    if plain_safe {
        s.to_string()
    } else {
        // JSON string syntax is valid YAML double-quoted syntax.
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

fn yaml_node(v: &Value, indent: usize, out: &mut String, in_seq: bool) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (i, (k, val)) in m.iter().enumerate() {
                if !(in_seq && i == 0) {
                    out.push_str(&pad);
                }
                out.push_str(&yaml_string(k));
                out.push(':');
                match yaml_scalar(val) {
                    Some(s) => {
                        out.push(' ');
                        out.push_str(&s);
                        out.push('\n');
                    }
                    None => {
                        out.push('\n');
                        yaml_node(val, indent + 2, out, false);
                    }
                }
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, item) in a.iter().enumerate() {
                // A list inside a list starts on its parent's `- ` line.
                if !(in_seq && i == 0) {
                    out.push_str(&pad);
                }
                out.push_str("- ");
                match yaml_scalar(item) {
                    Some(s) => {
                        out.push_str(&s);
                        out.push('\n');
                    }
                    None => yaml_node(item, indent + 2, out, true),
                }
            }
        }
        other => {
            if let Some(s) = yaml_scalar(other) {
                out.push_str(&pad);
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_output_reads_back_the_same_and_quotes_traps() {
        let v = json!({
            "enum": ["NO", "on", "yes", "2024-10-01", "1.10", "090", "~", "", "a: b", "x #y", "plain text", "é"],
            "n": [1, 1.5, -2, null, true],
            "nested": {"list": [{"a": 1, "b": [[]]}, {}], "empty": {}},
            "lists": [[["gpu", "nvidia"], ["x"]], [{"a": [1, [2, 3]]}]],
            "weird key: #": "multi\nline \"quoted\""
        });
        let y = to_yaml(&v);
        assert!(
            y.contains("- \"NO\"") && y.contains("- \"2024-10-01\"") && y.contains("- \"090\""),
            "{y}"
        );
        let back =
            crate::source::parse_yaml(&y, &crate::source::Limits::default()).expect("parses");
        assert_eq!(back.value, v, "{y}");
    }
}
