//! IR schemas → JSON Schema 2020-12 documents, and a lazily built cache of validators.
//!
//! The IR already has 2020-12 meaning (3.0 was normalized by the loader), so conversion is a
//! walk over [`SchemaObject`] fields. Every schema reachable from a root becomes an entry of
//! `$defs` named `s<id>` and every child is a `$ref` to its entry: shared components stay
//! shared and recursive schemas are cycles of `$ref`s, which the validator handles.
//!
//! Precision rules (a check must never fire on a server that honours the spec):
//! * `readOnly` properties are not required in requests, `writeOnly` ones not in responses.
//! * `oneOf` under a `discriminator` is checked as `anyOf`: branches of a discriminated union
//!   often overlap structurally, and the discriminator, not exclusivity, selects the branch.
//! * Only formats with one unambiguous definition are asserted (`date-time`, `date`, `time`,
//!   `uuid`, `ipv4`, `ipv6`); others (`uri`, `email`, `hostname`, ...) are annotations.
//! * A `pattern` the validator's regex engine cannot compile is dropped (never a false
//!   positive, never a failure to start), and so is `$dynamicRef`. [`render`] says so in
//!   [`Rendered::lossy`]: a consumer that needs exact meaning (the diff's witnesses) then
//!   knows the document is looser than the spec.
//! * `examples` and `default` are kept as annotations: value generators start from them.
//! * A 3.0 `nullable: true` beside an `enum` that does not list `null` admits `null` (the
//!   loader adds it to the enum, so this renderer, the fuzzer and the generated server's
//!   validation table, all translated from here, read it alike). OpenAPI 3.0.3's text says
//!   otherwise ("Other Schema Object constraints retain their defined behavior, and therefore
//!   may disallow the use of `null` as a value"; proposal 003 answers `nullable` + `enum:
//!   [1, 2, 3]` with "No"), but the specs people write mean "one of these, or null": in the
//!   corpus 618 `nullable: true` enums, 467 without `null` (Stripe's 132 and 144, GitHub's
//!   57 of 131, Twilio's 41), on fields their servers do send as `null`. A reading that
//!   rejects `null` would make the fuzzer report conforming servers and the diff call
//!   `enum: [a, b]` → `enum: [a, b, null]` a change. 3.1 has no `nullable`: there
//!   `type: [string, "null"], enum: [a, b]` rejects `null`, as JSON Schema says.

use serde_json::{Map as JsonMap, Value, json};
#[cfg(feature = "validate")]
use std::collections::HashMap;
use std::collections::HashSet;
#[cfg(feature = "validate")]
use std::sync::{Arc, Mutex, OnceLock};
use stipula_spec::{SchemaArena, SchemaId, SchemaKind, SchemaObject, Spec, Type};

/// Which side of the exchange a schema is used for (affects `readOnly`/`writeOnly`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// What a client sends: `readOnly` properties are not required.
    Request,
    /// What a server sends: `writeOnly` properties are not required.
    Response,
}

/// Formats the validator asserts (see the module docs).
pub const ASSERTED_FORMATS: &[&str] = &["date-time", "date", "time", "uuid", "ipv4", "ipv6"];

/// The `$defs` key of a schema.
pub fn def_name(id: SchemaId) -> String {
    format!("s{}", id.index())
}

/// Parse a `$defs` key back (`s12` → the id of schema 12 of `schemas`) from a validator
/// schema path like `/$defs/s12/...`; `None` when the path names none of its schemas.
pub fn schema_in_path(path: &str, schemas: &SchemaArena) -> Option<SchemaId> {
    let mut last = None;
    let mut segs = path.split('/');
    while let Some(seg) = segs.next() {
        if seg == "$defs"
            && let Some(name) = segs.next()
            && let Some(n) = name.strip_prefix('s')
            && let Ok(n) = n.parse::<usize>()
        {
            last = schemas.id_at(n);
        }
    }
    last
}

/// Does the validator's regex engine take `pattern`? Without the `validate` feature there is
/// no validator: a pattern is kept when it parses as a regular expression (lookaround and
/// backreferences do not), which is what the generated server's engine (regex-lite) takes.
#[cfg(not(feature = "validate"))]
fn pattern_compiles(pattern: &str) -> bool {
    regex_syntax::Parser::new().parse(pattern).is_ok()
}

#[cfg(feature = "validate")]
fn pattern_compiles(pattern: &str) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<String, bool>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(c) = cache.lock()
        && let Some(ok) = c.get(pattern)
    {
        return *ok;
    }
    let ok = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&json!({ "pattern": pattern }))
        .is_ok();
    if let Ok(mut c) = cache.lock() {
        c.insert(pattern.to_string(), ok);
    }
    ok
}

use crate::json_number as num;

fn reference(id: SchemaId) -> Value {
    json!({ "$ref": format!("#/$defs/{}", def_name(id)) })
}

/// Every schema id reachable from `root` (including `root`).
pub fn closure(spec: &Spec, root: SchemaId) -> Vec<SchemaId> {
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        order.push(id);
        if let Some(o) = spec.schema(id).object() {
            children(o, &mut stack);
        }
    }
    order
}

/// Direct child schema ids of an object schema.
pub fn children(o: &SchemaObject, out: &mut Vec<SchemaId>) {
    out.extend(o.ref_);
    out.extend(o.content_schema);
    out.extend(o.items);
    out.extend(o.prefix_items.iter().copied());
    out.extend(o.contains);
    out.extend(o.unevaluated_items);
    out.extend(o.properties.values().copied());
    out.extend(o.pattern_properties.values().copied());
    out.extend(o.additional_properties);
    out.extend(o.unevaluated_properties);
    out.extend(o.property_names);
    out.extend(o.dependent_schemas.values().copied());
    out.extend(o.all_of.iter().copied());
    out.extend(o.any_of.iter().copied());
    out.extend(o.one_of.iter().copied());
    out.extend(o.not);
    out.extend(o.if_);
    out.extend(o.then_);
    out.extend(o.else_);
}

fn flag(spec: &Spec, id: SchemaId, dir: Direction) -> bool {
    spec.schema(id).object().is_some_and(|o| match dir {
        Direction::Request => o.read_only,
        Direction::Response => o.write_only,
    })
}

/// One schema node as a JSON Schema 2020-12 object whose children are `$ref`s.
pub fn convert_node(spec: &Spec, id: SchemaId, dir: Direction) -> Value {
    convert_node_noting(spec, id, dir, &mut Vec::new())
}

/// [`convert_node`], noting in `lossy` what the document cannot say (an uncompilable
/// `pattern`, a `$dynamicRef`), with the schema's JSON pointer.
pub fn convert_node_noting(
    spec: &Spec,
    id: SchemaId,
    dir: Direction,
    lossy: &mut Vec<String>,
) -> Value {
    let node = spec.schema(id);
    let o = match &node.kind {
        SchemaKind::Bool(b) => return Value::Bool(*b),
        SchemaKind::Object(o) => o,
    };
    let mut m = JsonMap::new();
    if let Some(r) = o.ref_ {
        m.insert(
            "$ref".into(),
            Value::String(format!("#/$defs/{}", def_name(r))),
        );
    }
    if let Some(ts) = &o.types {
        let names: Vec<Value> = ts.iter().map(|t| Value::from(t.as_str())).collect();
        if names.len() == 1 {
            m.insert("type".into(), names[0].clone());
        } else {
            m.insert("type".into(), Value::Array(names));
        }
    }
    if let Some(e) = &o.enum_ {
        m.insert("enum".into(), Value::Array(e.clone()));
    }
    if let Some(c) = &o.const_ {
        m.insert("const".into(), c.clone());
    }
    if let Some(f) = &o.format
        && ASSERTED_FORMATS.contains(&f.as_str())
    {
        m.insert("format".into(), Value::String(f.clone()));
    }
    let nums = [
        ("multipleOf", o.multiple_of),
        ("minimum", o.minimum),
        ("maximum", o.maximum),
        ("exclusiveMinimum", o.exclusive_minimum),
        ("exclusiveMaximum", o.exclusive_maximum),
    ];
    for (k, v) in nums {
        if let Some(v) = v {
            if k == "multipleOf" && v <= 0.0 {
                continue;
            }
            m.insert(k.into(), num(v));
        }
    }
    let counts = [
        ("minLength", o.min_length),
        ("maxLength", o.max_length),
        ("minItems", o.min_items),
        ("maxItems", o.max_items),
        ("minContains", o.min_contains),
        ("maxContains", o.max_contains),
        ("minProperties", o.min_properties),
        ("maxProperties", o.max_properties),
    ];
    for (k, v) in counts {
        if let Some(v) = v {
            m.insert(k.into(), Value::from(v));
        }
    }
    if let Some(p) = &o.pattern {
        if pattern_compiles(p) {
            m.insert("pattern".into(), Value::String(p.clone()));
        } else {
            lossy.push(format!(
                "{}: pattern `{p}` is not supported by the validator's regex engine",
                node.loc.pointer
            ));
        }
    }
    if let Some(d) = &o.dynamic_ref {
        lossy.push(format!(
            "{}: `$dynamicRef: {d}` is not followed",
            node.loc.pointer
        ));
    }
    if !o.examples.is_empty() {
        m.insert("examples".into(), Value::Array(o.examples.clone()));
    }
    if let Some(d) = &o.default {
        m.insert("default".into(), d.clone());
    }
    if let Some(i) = o.items {
        m.insert("items".into(), reference(i));
    }
    if !o.prefix_items.is_empty() {
        m.insert(
            "prefixItems".into(),
            Value::Array(o.prefix_items.iter().map(|i| reference(*i)).collect()),
        );
    }
    if let Some(c) = o.contains {
        m.insert("contains".into(), reference(c));
    }
    if o.unique_items {
        m.insert("uniqueItems".into(), Value::Bool(true));
    }
    if let Some(u) = o.unevaluated_items {
        m.insert("unevaluatedItems".into(), reference(u));
    }
    if !o.properties.is_empty() {
        let props: JsonMap<String, Value> = o
            .properties
            .iter()
            .map(|(k, v)| (k.clone(), reference(*v)))
            .collect();
        m.insert("properties".into(), Value::Object(props));
    }
    if !o.pattern_properties.is_empty() {
        for k in o.pattern_properties.keys() {
            if !pattern_compiles(k) {
                lossy.push(format!(
                    "{}: patternProperties key `{k}` is not supported by the validator's regex engine",
                    node.loc.pointer
                ));
            }
        }
        let props: JsonMap<String, Value> = o
            .pattern_properties
            .iter()
            .filter(|(k, _)| pattern_compiles(k))
            .map(|(k, v)| (k.clone(), reference(*v)))
            .collect();
        m.insert("patternProperties".into(), Value::Object(props));
    }
    if let Some(a) = o.additional_properties {
        m.insert("additionalProperties".into(), reference(a));
    }
    if let Some(u) = o.unevaluated_properties {
        m.insert("unevaluatedProperties".into(), reference(u));
    }
    if let Some(p) = o.property_names {
        m.insert("propertyNames".into(), reference(p));
    }
    let required: Vec<Value> = o
        .required
        .iter()
        .filter(|r| match o.properties.get(r.as_str()) {
            Some(pid) => !flag(spec, *pid, dir),
            None => true,
        })
        .map(|r| Value::String(r.clone()))
        .collect();
    if !required.is_empty() {
        m.insert("required".into(), Value::Array(required));
    }
    if !o.dependent_required.is_empty() {
        let d: JsonMap<String, Value> = o
            .dependent_required
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        m.insert("dependentRequired".into(), Value::Object(d));
    }
    if !o.dependent_schemas.is_empty() {
        let d: JsonMap<String, Value> = o
            .dependent_schemas
            .iter()
            .map(|(k, v)| (k.clone(), reference(*v)))
            .collect();
        m.insert("dependentSchemas".into(), Value::Object(d));
    }
    let list = |ids: &[SchemaId]| Value::Array(ids.iter().map(|i| reference(*i)).collect());
    if !o.all_of.is_empty() {
        m.insert("allOf".into(), list(&o.all_of));
    }
    let mut any_of = o.any_of.clone();
    if !o.one_of.is_empty() {
        if o.discriminator.is_some() {
            if any_of.is_empty() {
                any_of = o.one_of.clone();
            } else {
                m.insert("allOf".into(), {
                    let mut a = m
                        .get("allOf")
                        .and_then(|v| v.as_array().cloned())
                        .unwrap_or_default();
                    a.push(json!({ "anyOf": list(&o.one_of) }));
                    Value::Array(a)
                });
            }
        } else {
            m.insert("oneOf".into(), list(&o.one_of));
        }
    }
    if !any_of.is_empty() {
        m.insert("anyOf".into(), list(&any_of));
    }
    if let Some(n) = o.not {
        m.insert("not".into(), reference(n));
    }
    if let Some(i) = o.if_ {
        m.insert("if".into(), reference(i));
        if let Some(t) = o.then_ {
            m.insert("then".into(), reference(t));
        }
        if let Some(e) = o.else_ {
            m.insert("else".into(), reference(e));
        }
    }
    Value::Object(m)
}

/// A self-contained JSON Schema 2020-12 document for `root`: `$ref` to its `$defs` entry,
/// with one `$defs` entry per reachable schema.
pub fn to_json_schema(spec: &Spec, root: SchemaId, dir: Direction) -> Value {
    let mut defs = JsonMap::new();
    for id in closure(spec, root) {
        defs.insert(def_name(id), convert_node(spec, id, dir));
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{}", def_name(root)),
        "$defs": Value::Object(defs),
    })
}

/// A conjunction of schemas rendered as one document (see [`render`]).
#[derive(Clone, Debug)]
pub struct Rendered {
    /// The JSON Schema 2020-12 document: `allOf` of `$ref`s to its `$defs`.
    pub doc: Value,
    /// How many schema nodes the document holds.
    pub nodes: usize,
    /// What the document could not express (empty: it means exactly what the spec says).
    pub lossy: Vec<String>,
}

/// Render the conjunction of `roots` (one schema, or the parts a `$ref`/`allOf` view joins)
/// as one self-contained document, stopping at `max_nodes` reachable nodes (`None` when the
/// closure is larger).
pub fn render(
    spec: &Spec,
    roots: &[SchemaId],
    dir: Direction,
    max_nodes: usize,
) -> Option<Rendered> {
    let mut defs = JsonMap::new();
    let mut lossy = Vec::new();
    let mut seen = HashSet::new();
    let mut stack: Vec<SchemaId> = roots.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        if seen.len() > max_nodes {
            return None;
        }
        defs.insert(def_name(id), convert_node_noting(spec, id, dir, &mut lossy));
        if let Some(o) = spec.schema(id).object() {
            let mut kids = Vec::new();
            children(o, &mut kids);
            stack.extend(kids.into_iter().rev());
        }
    }
    let mut doc = JsonMap::new();
    doc.insert(
        "$schema".into(),
        Value::from("https://json-schema.org/draft/2020-12/schema"),
    );
    match roots {
        [one] => {
            doc.insert(
                "$ref".into(),
                Value::from(format!("#/$defs/{}", def_name(*one))),
            );
        }
        many => {
            doc.insert(
                "allOf".into(),
                Value::Array(many.iter().map(|i| reference(*i)).collect()),
            );
        }
    }
    let nodes = defs.len();
    doc.insert("$defs".into(), Value::Object(defs));
    Some(Rendered {
        doc: Value::Object(doc),
        nodes,
        lossy,
    })
}

#[cfg(feature = "validate")]
/// Compile a document as JSON Schema 2020-12 with the formats of [`ASSERTED_FORMATS`]
/// asserted.
pub fn compile(doc: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(doc)
        .map_err(|e| e.to_string())
}

#[cfg(feature = "validate")]
/// One validation error, owned.
#[derive(Clone, Debug)]
pub struct SchemaError {
    /// JSON pointer into the instance.
    pub instance_path: String,
    /// JSON pointer into the converted schema (`/$defs/s12/properties/age/type`).
    pub schema_path: String,
    /// The keyword that failed (`type`, `required`, ...).
    pub keyword: String,
    /// The validator's message, for a person.
    pub message: String,
}

#[cfg(feature = "validate")]
type Cell = Arc<OnceLock<Option<jsonschema::Validator>>>;

#[cfg(feature = "validate")]
/// One validator for all `roots` of a direction: the union of their closures compiled once
/// (compiling is proportional to the `$ref` closure, and big specs' closures overlap almost
/// entirely: Stripe's 237 response schemas share most of ~thousands of nodes). The root
/// is `{"properties": {"s<id>": {"$ref": "#/$defs/s<id>"}, ...}}`; an instance `v` for root
/// `id` is checked as `{"s<id>": v}`.
fn build_combined(
    spec: &Spec,
    roots: &[SchemaId],
    dir: Direction,
) -> Result<jsonschema::Validator, String> {
    let mut defs = JsonMap::new();
    let mut seen = HashSet::new();
    let mut stack: Vec<SchemaId> = roots.to_vec();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        defs.insert(def_name(id), convert_node(spec, id, dir));
        if let Some(o) = spec.schema(id).object() {
            children(o, &mut stack);
        }
    }
    let props: JsonMap<String, Value> = roots
        .iter()
        .map(|id| (def_name(*id), reference(*id)))
        .collect();
    let doc = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "properties": Value::Object(props),
        "$defs": Value::Object(defs),
    });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&doc)
        .map_err(|e| e.to_string())
}

#[cfg(feature = "validate")]
/// Validators shared by all workers. For the schemas of the run's operations (see
/// stipula-fuzz's `for_operations`) one combined validator per direction, built on first use
/// (or ahead with [`Validators::prebuild`]); any other schema (and every schema when the
/// combined build fails) gets its own validator, built once, lazily.
#[derive(Default)]
pub struct Validators {
    cells: Mutex<HashMap<(SchemaId, Direction), Cell>>,
    /// Per direction (request, response): the schemas of the combined validator.
    roots: [Vec<SchemaId>; 2],
    root_set: [HashSet<SchemaId>; 2],
    combined: [OnceLock<Option<jsonschema::Validator>>; 2],
    /// Seconds spent building the combined validators (request, response).
    pub combined_seconds: Mutex<[f64; 2]>,
    /// Why a combined validator could not be built (its schemas fall back to one each).
    pub combined_errors: Mutex<Vec<String>>,
    /// Schemas whose validator could not be built: (id, reason).
    pub build_errors: Mutex<Vec<(SchemaId, String)>>,
}

#[cfg(feature = "validate")]
fn dir_index(dir: Direction) -> usize {
    match dir {
        Direction::Request => 0,
        Direction::Response => 1,
    }
}

#[cfg(feature = "validate")]
impl Validators {
    /// One validator per schema, each built lazily on first use (no combined validator).
    pub fn new() -> Self {
        Self::default()
    }

    /// Validators whose `request` and `response` roots share one combined validator per
    /// direction (sorted, deduplicated here).
    pub fn for_roots(mut request: Vec<SchemaId>, mut response: Vec<SchemaId>) -> Self {
        for v in [&mut request, &mut response] {
            v.sort_unstable();
            v.dedup();
        }
        let roots = [request, response];
        let root_set = [
            roots[0].iter().copied().collect(),
            roots[1].iter().copied().collect(),
        ];
        Validators {
            roots,
            root_set,
            ..Self::default()
        }
    }

    /// Build the combined validator of `dir` now (e.g. on a spare thread at start-up).
    pub fn prebuild(&self, spec: &Spec, dir: Direction) {
        let _ = self.combined(spec, dir);
    }

    /// Schemas covered by the combined validator of `dir`.
    pub fn roots(&self, dir: Direction) -> &[SchemaId] {
        &self.roots[dir_index(dir)]
    }

    fn combined(&self, spec: &Spec, dir: Direction) -> Option<&jsonschema::Validator> {
        let i = dir_index(dir);
        if self.roots[i].is_empty() {
            return None;
        }
        self.combined[i]
            .get_or_init(|| {
                let t = std::time::Instant::now();
                let out = match build_combined(spec, &self.roots[i], dir) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        if let Ok(mut errs) = self.combined_errors.lock() {
                            errs.push(format!(
                                "the combined {dir:?} validator could not be built ({e}); each schema gets its own"
                            ));
                        }
                        None
                    }
                };
                if let Ok(mut s) = self.combined_seconds.lock() {
                    s[i] = t.elapsed().as_secs_f64();
                }
                out
            })
            .as_ref()
    }

    fn cell(&self, id: SchemaId, dir: Direction) -> Cell {
        match self.cells.lock() {
            Ok(mut m) => m.entry((id, dir)).or_default().clone(),
            Err(poisoned) => poisoned.into_inner().entry((id, dir)).or_default().clone(),
        }
    }

    /// Run `f` with a validator for `id` and the instance to give it, plus the instance-path
    /// prefix to strip from errors (the combined validator sees `{"s<id>": v}`).
    fn with<R>(
        &self,
        spec: &Spec,
        id: SchemaId,
        dir: Direction,
        v: &Value,
        f: impl FnOnce(&jsonschema::Validator, &Value, &str) -> R,
    ) -> Option<R> {
        if self.root_set[dir_index(dir)].contains(&id)
            && let Some(c) = self.combined(spec, dir)
        {
            let key = def_name(id);
            let prefix = format!("/{key}");
            let mut wrapped = JsonMap::new();
            wrapped.insert(key, v.clone());
            return Some(f(c, &Value::Object(wrapped), &prefix));
        }
        let cell = self.cell(id, dir);
        let val = cell.get_or_init(|| {
            let doc = to_json_schema(spec, id, dir);
            match jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&doc)
            {
                Ok(v) => Some(v),
                Err(e) => {
                    if let Ok(mut errs) = self.build_errors.lock() {
                        errs.push((id, e.to_string()));
                    }
                    None
                }
            }
        });
        val.as_ref().map(|val| f(val, v, ""))
    }

    /// `Some(true/false)`, or `None` when no validator could be built for this schema.
    pub fn is_valid(&self, spec: &Spec, id: SchemaId, dir: Direction, v: &Value) -> Option<bool> {
        self.with(spec, id, dir, v, |val, inst, _| val.is_valid(inst))
    }

    /// Errors (up to `limit`), or `None` when no validator could be built.
    pub fn errors(
        &self,
        spec: &Spec,
        id: SchemaId,
        dir: Direction,
        v: &Value,
        limit: usize,
    ) -> Option<Vec<SchemaError>> {
        self.with(spec, id, dir, v, |val, inst, prefix| {
            val.iter_errors(inst)
                .take(limit)
                .map(|e| {
                    let path = e.instance_path().to_string();
                    SchemaError {
                        instance_path: path
                            .strip_prefix(prefix)
                            .map(str::to_string)
                            .unwrap_or(path),
                        schema_path: e.schema_path().to_string(),
                        keyword: e.kind().keyword().to_string(),
                        message: e.to_string(),
                    }
                })
                .collect()
        })
    }
}

/// Types a schema admits, following `$ref` siblings and `allOf` (intersection); `None` = any.
pub fn effective_types(spec: &Spec, id: SchemaId) -> Option<Vec<Type>> {
    fn walk(spec: &Spec, id: SchemaId, depth: u32, acc: &mut Option<Vec<Type>>) {
        if depth > 16 {
            return;
        }
        let Some(o) = spec.schema(id).object() else {
            return;
        };
        if let Some(ts) = &o.types {
            let mut ts = ts.clone();
            if ts.contains(&Type::Number) && !ts.contains(&Type::Integer) {
                ts.push(Type::Integer);
            }
            *acc = Some(match acc.take() {
                None => ts,
                Some(prev) => prev.into_iter().filter(|t| ts.contains(t)).collect(),
            });
        }
        for c in o.ref_.iter().chain(o.all_of.iter()) {
            walk(spec, *c, depth + 1, acc);
        }
    }
    let mut acc = None;
    walk(spec, id, 0, &mut acc);
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator_of(yaml: &str) -> jsonschema::Validator {
        let loaded = stipula_spec::load_str(yaml, "t.yaml", &Default::default())
            .unwrap_or_else(|e| panic!("the test spec loads: {e}"));
        let spec = loaded.spec;
        let id = spec.schema_names["Color"];
        let r = render(&spec, &[id], Direction::Response, 50).unwrap_or_else(|| panic!("small"));
        compile(&r.doc).unwrap_or_else(|e| panic!("compiles: {e}"))
    }

    /// See the module docs: a 3.0 nullable enum admits null without listing it; a 3.1 type
    /// list with an enum that does not list null rejects it.
    #[test]
    fn nullable_enum_admits_null_in_3_0_only() {
        let doc = |version: &str, color: &str| {
            format!(
                "openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Color: {color}\n"
            )
        };
        let v30 = validator_of(&doc(
            "3.0.3",
            "{type: string, nullable: true, enum: [red, green]}",
        ));
        assert!(v30.is_valid(&json!(null)));
        assert!(v30.is_valid(&json!("red")));
        assert!(!v30.is_valid(&json!("blue")));
        let listed = validator_of(&doc(
            "3.0.3",
            "{type: string, nullable: true, enum: [red, green, null]}",
        ));
        assert!(listed.is_valid(&json!(null)));
        let not_nullable = validator_of(&doc("3.0.3", "{type: string, enum: [red, green]}"));
        assert!(!not_nullable.is_valid(&json!(null)));
        let v31 = validator_of(&doc(
            "3.1.0",
            "{type: [string, 'null'], enum: [red, green]}",
        ));
        assert!(!v31.is_valid(&json!(null)));
        assert!(v31.is_valid(&json!("green")));
    }
}
