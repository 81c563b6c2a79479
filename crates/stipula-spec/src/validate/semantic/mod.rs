//! Semantic rules: what the OpenAPI specification requires but a meta-schema cannot say.
//!
//! Each rule is one function with one stable code (see [`CODES`]). Rules read the IR
//! ([`crate::Spec`]) where it holds what they need (operations with their merged
//! parameters, security schemes, the schema arena with locations) and the raw documents
//! where they must (a parameter list as written, response keys, `$ref` strings, keywords the
//! IR normalizes away such as a boolean `required` or a 3.1 `nullable`).

use super::metaschema::OasVersion;
use crate::diag::Diagnostic;
use crate::docs::Miss;
use crate::ir::{Loc, Operation, StatusKey};
use crate::pointer::{join, push_escaped};
use crate::{Document, Loaded};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap, HashSet};

mod paths;
mod schemas;

use paths::{path_ambiguous, path_params};
use schemas::schema_keywords;

/// Every code the semantic rules emit, with a one-line description.
pub const CODES: &[(&str, &str)] = &[
    (
        "ref-unresolved",
        "a `$ref` points at nothing (missing file, or nothing at the JSON pointer)",
    ),
    (
        "operation-id-duplicate",
        "two operations share one `operationId`",
    ),
    (
        "path-template-invalid",
        "a path template has unbalanced or empty `{}`",
    ),
    (
        "path-param-undeclared",
        "a `{name}` of the path template has no `in: path` parameter",
    ),
    (
        "path-param-unused",
        "an `in: path` parameter does not appear in the path template",
    ),
    (
        "path-param-not-required",
        "a path parameter lacks `required: true`",
    ),
    (
        "parameter-duplicate",
        "one parameter list declares the same name and location twice",
    ),
    (
        "status-key-invalid",
        "a response key is not `default`, a status code 100-599 or `1XX`-`5XX`",
    ),
    (
        "schema-required-bool",
        "`required: true|false` inside a Schema object (it must be a list of names)",
    ),
    (
        "schema-type-invalid",
        "a `type` names no JSON Schema type (or, in 3.0, is `null` or a list)",
    ),
    (
        "schema-array-items-missing",
        "OpenAPI 3.0: `type: array` without `items`",
    ),
    (
        "schema-keyword-type-mismatch",
        "a keyword that cannot apply to the declared `type` (e.g. `minimum` on a string)",
    ),
    (
        "schema-nullable-ignored",
        "`nullable` in an OpenAPI 3.1+ document, where it is not a keyword",
    ),
    (
        "security-scheme-undefined",
        "a security requirement names a scheme absent from `components.securitySchemes`",
    ),
    (
        "path-ambiguous",
        "two path templates differ only in parameter names (`/a/{x}` vs `/a/{y}`)",
    ),
];

/// Run every semantic rule.
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    let Some(root) = loaded.docs.docs.first() else {
        return Vec::new();
    };
    let Ok(version) = OasVersion::detect(&root.value) else {
        return Vec::new();
    };
    let cx = Cx::new(loaded, version);
    let mut out = Vec::new();
    refs_unresolved(&cx, &mut out);
    operation_id_duplicate(&cx, &mut out);
    path_params(&cx, &mut out);
    parameter_duplicate(&cx, &mut out);
    status_keys(&cx, &mut out);
    schema_keywords(&cx, &mut out);
    security_undefined(&cx, &mut out);
    path_ambiguous(&cx, &mut out);
    // One node, one finding per code.
    let mut seen = HashSet::new();
    out.retain(|d| seen.insert((d.code, d.file.clone(), d.pointer.clone(), d.message.clone())));
    out
}

// ---------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------

struct Cx<'a> {
    loaded: &'a Loaded,
    version: OasVersion,
    /// `Spec::files` index → `DocSet::docs` index.
    file_doc: Vec<Option<usize>>,
    /// Every operation once (paths, webhooks, callbacks, `components.pathItems`), by
    /// source location.
    ops: Vec<&'a Operation>,
}

impl<'a> Cx<'a> {
    fn new(loaded: &'a Loaded, version: OasVersion) -> Self {
        let docs = &loaded.docs.docs;
        let file_doc = loaded
            .spec
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                docs.iter()
                    .position(|d| {
                        d.path.display().to_string() == f.path || d.display_name == f.display_name
                    })
                    .or_else(|| (i < docs.len()).then_some(i))
            })
            .collect();
        let mut ops = Vec::new();
        let mut seen = HashSet::new();
        let spec = &loaded.spec;
        let mut stack: Vec<(&'a Operation, usize)> = spec
            .operations
            .iter()
            .chain(spec.webhooks.iter())
            .chain(spec.components.path_items.values().flatten())
            .chain(
                spec.components
                    .callbacks
                    .values()
                    .flat_map(|c| c.operations.iter()),
            )
            .map(|o| (o, 0))
            .collect();
        stack.reverse();
        while let Some((op, depth)) = stack.pop() {
            if !seen.insert((
                op.loc.file,
                op.loc.pointer.clone(),
                op.path.clone(),
                op.method.clone(),
            )) {
                continue;
            }
            ops.push(op);
            if depth < 8 {
                for cb in &op.callbacks {
                    for o in cb.operations.iter().rev() {
                        stack.push((o, depth + 1));
                    }
                }
            }
        }
        Cx {
            loaded,
            version,
            file_doc,
            ops,
        }
    }

    fn doc(&self, file: u32) -> Option<&'a Document> {
        let i = (*self.file_doc.get(file as usize)?)?;
        self.loaded.docs.docs.get(i).map(|d| &**d)
    }

    fn doc_index(&self, file: u32) -> Option<usize> {
        *self.file_doc.get(file as usize)?
    }

    /// The raw value an IR node was built from.
    fn raw(&self, loc: &Loc) -> Option<&'a Value> {
        self.doc(loc.file)?.get(&loc.pointer)
    }

    /// A diagnostic at `pointer` inside the file of `loc`.
    fn at(&self, d: Diagnostic, loc: &Loc, pointer: &str) -> Diagnostic {
        match self.doc(loc.file) {
            Some(doc) => {
                let (l, c) = if pointer == loc.pointer && loc.line > 0 {
                    (loc.line, loc.col)
                } else {
                    doc.locate(pointer)
                };
                d.at(&doc.display_name, pointer, l, c)
            }
            None => d.at(&self.file_name(loc.file), pointer, loc.line, loc.col),
        }
    }

    fn file_name(&self, file: u32) -> String {
        self.loaded
            .spec
            .files
            .get(file as usize)
            .map(|f| f.display_name.clone())
            .unwrap_or_default()
    }

    /// `file:line:col` of `pointer` in the file of an IR location (for "also at ..." in
    /// messages).
    fn where_(&self, loc: &Loc, pointer: &str) -> String {
        let (l, c) = if loc.line > 0 && pointer == loc.pointer {
            (loc.line, loc.col)
        } else {
            self.doc(loc.file).map_or((0, 0), |d| d.locate(pointer))
        };
        format!("{}:{}:{}", self.file_name(loc.file), l, c.max(1))
    }

    /// Follow `$ref`s (read-only, among the loaded documents, by the loader's own resolver)
    /// from `v` found in document `doc`. Returns the final (document index, value); stops at
    /// anything unresolvable.
    fn deref(&self, doc: usize, v: &'a Value) -> (usize, &'a Value) {
        let docs = &self.loaded.docs;
        let (mut d, mut cur) = (doc, v);
        for _ in 0..32 {
            let Some(r) = cur.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some((nd, nv)) = docs
                .resolve_loaded(d, "", r)
                .ok()
                .and_then(|t| Some((t.doc, docs.docs.get(t.doc)?.get(&t.pointer)?)))
            else {
                break;
            };
            d = nd;
            cur = nv;
        }
        (d, cur)
    }
}

// ---------------------------------------------------------------------------------------
// ref-unresolved
// ---------------------------------------------------------------------------------------

/// Every `$ref` string in every loaded document must resolve. The loader already fails on
/// the `$ref`s it follows; this also covers the ones it had no reason to follow (unused
/// components), with the loader's resolver and its messages (where both report one `$ref`,
/// the two findings are the same). A `$ref` the load options refuse (remote refs off, a
/// file outside the root folder) is not checked: the loader reports it where it is used.
/// Literal data (`example`, `default`, `enum`, `const`, example `value`s,
/// extensions) is skipped: a `$ref` key there is data, not a reference.
fn refs_unresolved(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    for (i, doc) in cx.loaded.docs.docs.iter().enumerate() {
        let mut ptr = String::new();
        walk_refs(cx, i, &doc.value, &mut ptr, 0, out);
    }
}

const LITERAL_KEYS: &[&str] = &["example", "default", "enum", "const", "value", "dataValue"];

fn walk_refs(
    cx: &Cx<'_>,
    di: usize,
    v: &Value,
    ptr: &mut String,
    depth: usize,
    out: &mut Vec<Diagnostic>,
) {
    if depth > 400 {
        return;
    }
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref")
                && cx.loaded.docs.may_follow(di, r)
                && let Err(Miss::Diag(d)) = cx.loaded.docs.resolve_loaded(di, ptr, r)
            {
                out.push(d);
            }
            for (k, c) in m {
                if k.starts_with("x-") || LITERAL_KEYS.contains(&k.as_str()) {
                    continue;
                }
                // `examples` is literal data in a Schema object (an array) and a map of
                // Example objects elsewhere.
                if k == "examples" && c.is_array() {
                    continue;
                }
                if !(c.is_object() || c.is_array()) {
                    continue;
                }
                let len = ptr.len();
                ptr.push('/');
                push_escaped(ptr, k);
                walk_refs(cx, di, c, ptr, depth + 1, out);
                ptr.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                if !(c.is_object() || c.is_array()) {
                    continue;
                }
                let len = ptr.len();
                ptr.push('/');
                ptr.push_str(&i.to_string());
                walk_refs(cx, di, c, ptr, depth + 1, out);
                ptr.truncate(len);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------
// operation-id-duplicate
// ---------------------------------------------------------------------------------------

fn operation_id_duplicate(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Operation> = HashMap::new();
    for op in &cx.ops {
        let Some(id) = op.operation_id.as_deref() else {
            continue;
        };
        // In 3.1+ `x-webhooks` is only an extension (often a copy of `webhooks` kept for 3.0
        // tools): its operations are not part of the API description.
        if cx.version != OasVersion::V30 && op.loc.pointer.starts_with("/x-") {
            continue;
        }
        match first.get(id) {
            None => {
                first.insert(id, op);
            }
            Some(prev) => {
                // The same definition reached twice (a shared path item) is one operation.
                if prev.loc.file == op.loc.file && prev.loc.pointer == op.loc.pointer {
                    continue;
                }
                let p = format!("{}/operationId", op.loc.pointer);
                out.push(
                    cx.at(
                        Diagnostic::error(
                            "operation-id-duplicate",
                            format!(
                                "operationId `{id}` of {} is also the operationId of {} at {}",
                                op.key(),
                                prev.key(),
                                cx.where_(&prev.loc, &format!("{}/operationId", prev.loc.pointer))
                            ),
                        ),
                        &op.loc,
                        &p,
                    )
                    .with_help("operationIds must be unique across the API: rename one of them"),
                );
            }
        }
    }
}

/// Within one `parameters` list (a path item's or an operation's), a name may appear once
/// per location (header names compare case-insensitively).
fn parameter_duplicate(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let mut lists: Vec<(u32, String)> = Vec::new();
    let mut seen = HashSet::new();
    for op in &cx.ops {
        let p = format!("{}/parameters", op.loc.pointer);
        if seen.insert((op.loc.file, p.clone())) {
            lists.push((op.loc.file, p));
        }
    }
    for info in cx.loaded.spec.paths.values() {
        let p = format!("{}/parameters", info.loc.pointer);
        if seen.insert((info.loc.file, p.clone())) {
            lists.push((info.loc.file, p));
        }
    }
    for (file, pointer) in lists {
        let (Some(doc), Some(di)) = (cx.doc(file), cx.doc_index(file)) else {
            continue;
        };
        let Some(Value::Array(items)) = doc.get(&pointer) else {
            continue;
        };
        let mut first: HashMap<(String, String), usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let (_, p) = cx.deref(di, item);
            let (Some(name), Some(loc)) = (
                p.get("name").and_then(Value::as_str),
                p.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            let key_name = if loc == "header" {
                name.to_ascii_lowercase()
            } else {
                name.to_string()
            };
            if let Some(prev) = first.get(&(loc.to_string(), key_name.clone())) {
                let ip = format!("{pointer}/{i}");
                out.push(
                    doc.diag(
                        Diagnostic::error(
                            "parameter-duplicate",
                            format!(
                                "parameter `{name}` in {loc} is declared twice in this list (first at index {prev})"
                            ),
                        ),
                        &ip,
                    )
                    .with_help("remove one of them; a parameter is identified by its name and location"),
                );
            } else {
                first.insert((loc.to_string(), key_name), i);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// status-key-invalid
// ---------------------------------------------------------------------------------------

fn status_keys(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    for op in &cx.ops {
        let Some(doc) = cx.doc(op.loc.file) else {
            continue;
        };
        let rp = format!("{}/responses", op.loc.pointer);
        let Some(Value::Object(responses)) = doc.get(&rp) else {
            continue;
        };
        for key in responses.keys() {
            if key.starts_with("x-") || StatusKey::parse(key).is_some() {
                continue;
            }
            let kp = join(&rp, key);
            out.push(
                doc.diag(
                    Diagnostic::error(
                        "status-key-invalid",
                        format!("{}: response key `{key}` is not a valid status code", op.key()),
                    ),
                    &kp,
                )
                .with_help(
                    "use `default`, a code from 100 to 599 such as `200` (quoted in YAML is fine), or a range `1XX`..`5XX`",
                ),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// security-scheme-undefined
// ---------------------------------------------------------------------------------------

fn security_undefined(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let defined = &cx.loaded.spec.security_schemes;
    let mut lists: Vec<(u32, String)> = vec![(0, "/security".to_string())];
    for op in &cx.ops {
        lists.push((op.loc.file, format!("{}/security", op.loc.pointer)));
    }
    let mut seen = HashSet::new();
    for (file, pointer) in lists {
        if !seen.insert((file, pointer.clone())) {
            continue;
        }
        let Some(doc) = cx.doc(file) else {
            continue;
        };
        let Some(Value::Array(reqs)) = doc.get(&pointer) else {
            continue;
        };
        for (i, req) in reqs.iter().enumerate() {
            let Some(obj) = req.as_object() else {
                continue;
            };
            for name in obj.keys() {
                if defined.contains_key(name) {
                    continue;
                }
                let p = join(&format!("{pointer}/{i}"), name);
                let known: BTreeSet<&str> = defined.keys().map(String::as_str).collect();
                let help = if known.is_empty() {
                    "define it under `components.securitySchemes`".to_string()
                } else {
                    format!(
                        "define it under `components.securitySchemes` or use one that is defined: {}",
                        known.into_iter().collect::<Vec<_>>().join(", ")
                    )
                };
                out.push(
                    doc.diag(
                        Diagnostic::error(
                            "security-scheme-undefined",
                            format!("security requirement names `{name}`, which is not a defined security scheme"),
                        ),
                        &p,
                    )
                    .with_help(help),
                );
            }
        }
    }
}
