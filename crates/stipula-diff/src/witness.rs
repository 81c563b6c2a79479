//! The witness search: a value that proves a schema change breaks clients.
//!
//! For a pair of schemas compared in the request direction, a witness is a value the base
//! accepts and the revision rejects (a request that worked now fails); in the response
//! direction (responses, webhook and callback requests) it is a value the revision may send
//! that the base did not allow (a client written against the base meets data it was told it
//! would never see). Candidates come from both schemas (`stipula_schema::values`: examples,
//! defaults, enum/const values, boundaries ±1, a value per type, strings that match and miss
//! each pattern, each `oneOf`/`anyOf` branch, structure variants), then seeded random
//! values; each is checked against JSON Schema 2020-12 validators of both sides.
//!
//! Parameters and headers are compared as text ([`search_wire`]): the value is serialized
//! with the sending side's `style`/`explode`, parsed as the receiving side would (text
//! coerced to its schema's type), then validated.
//!
//! The search is bounded (candidates per side, nodes per schema, time per pair) and seeded
//! with a constant: the same inputs give the same report.

use crate::flat::Conj;
use crate::model::{Direction, RejectedBy};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::time::{Duration, Instant};
use stipula_schema::{render, values, wire};
use stipula_spec::{ParamLocation, ParamStyle, SchemaId, Spec};

/// Schemas with more reachable nodes than this are not searched (their validators cost more
/// to build than a diff may spend on one pair).
pub(crate) const MAX_NODES: usize = 160;
/// Deterministic candidates generated from each side.
const CANDIDATES_PER_SIDE: usize = 200;
/// Seeded random values generated from each side.
const RANDOM_PER_SIDE: usize = 16;
/// Time one pair's search may take; reached only by pathological schemas (a candidate
/// costs microseconds).
const TIME_PER_PAIR: Duration = Duration::from_millis(60);
/// The seed of the random values: a constant, so reports are reproducible.
const SEED: u64 = 0x5717_a1a5_0000_0010;

/// A value that separates the two sides.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub value: Value,
    pub wire: Option<String>,
    pub rejected_by: RejectedBy,
    pub reason: String,
    /// The rejecting side's errors: instance location (JSON pointer) and keyword.
    pub error_paths: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub(crate) enum Outcome {
    Found(Found),
    /// The search ran and found nothing: the note says within which budget.
    NoneFound(String),
    /// The search was exhaustive and found nothing: no value separates the schemas in this
    /// direction (both sides look at a value's JSON type only, and a value of every type was
    /// tried). The note says so.
    Equivalent(String),
    /// The search could not run: the note says why.
    Skipped(String),
}

fn side(dir: Direction) -> render::Direction {
    match dir {
        Direction::Response => render::Direction::Response,
        _ => render::Direction::Request,
    }
}

/// One side of a search: its rendered document (with `$defs` renamed by order of
/// appearance, so copies of one schema are one document), the validator compiled from it and
/// the candidates generated from it.
struct Side {
    /// The canonical text of `doc`: the key of the caches.
    key: Rc<str>,
    doc: Value,
    validator: jsonschema::Validator,
    /// Deterministic candidates, then random values with each seed of [`pool`].
    candidates: Vec<Value>,
    random: [Vec<Value>; 2],
}

/// What the searches of one diff share, by content: the sides already compiled and the
/// outcomes already found. Big specs repeat the same schema in many places (Stripe copies a
/// form field's inline schema into every operation that takes it, GitHub its parameters), and
/// compiling a validator and generating its candidates is most of a search's cost.
#[derive(Default)]
pub(crate) struct Lab {
    /// By canonical text (which holds what the direction changes: `required` lists).
    sides: HashMap<Rc<str>, Rc<Side>>,
    outcomes: HashMap<OutcomeKey, Outcome>,
}

/// A search's inputs: both sides' canonical documents, the direction, and for a search on the
/// wire how each side writes and reads the text.
type OutcomeKey = (Rc<str>, Rc<str>, Direction, String);

impl Lab {
    /// The side for `ids` of `spec`, compiled once per canonical document and direction.
    fn side(
        &mut self,
        spec: &Spec,
        ids: &[SchemaId],
        dir: Direction,
        which: &str,
    ) -> Result<Rc<Side>, String> {
        let r = render::render(spec, ids, side(dir), MAX_NODES).ok_or_else(|| {
            format!("the {which} schema has more than {MAX_NODES} nodes; not searched")
        })?;
        if !r.lossy.is_empty() {
            return Err(format!(
                "the {which} schema cannot be checked exactly: {}",
                r.lossy.join("; ")
            ));
        }
        let doc = renamed(&r.doc);
        let key: Rc<str> = Rc::from(doc.to_string());
        if let Some(s) = self.sides.get(&key) {
            return Ok(s.clone());
        }
        let validator = stipula_schema::compile(&doc)
            .map_err(|e| format!("the {which} schema's validator could not be built: {e}"))?;
        let s = Rc::new(Side {
            candidates: values::candidates(&doc, CANDIDATES_PER_SIDE),
            random: [
                values::random(&doc, SEED, RANDOM_PER_SIDE),
                values::random(&doc, SEED ^ 0xff, RANDOM_PER_SIDE),
            ],
            key: key.clone(),
            doc,
            validator,
        });
        self.sides.insert(key, s.clone());
        Ok(s)
    }

    /// The side of a place with no schema: `true`, every value.
    fn anything(&mut self) -> Result<Rc<Side>, String> {
        let doc = Value::Bool(true);
        let key: Rc<str> = Rc::from(doc.to_string());
        if let Some(s) = self.sides.get(&key) {
            return Ok(s.clone());
        }
        let validator = stipula_schema::compile(&doc)
            .map_err(|e| format!("the `true` schema's validator could not be built: {e}"))?;
        let s = Rc::new(Side {
            candidates: one_of_each_type(),
            random: [Vec::new(), Vec::new()],
            key: key.clone(),
            doc,
            validator,
        });
        self.sides.insert(key, s.clone());
        Ok(s)
    }
}

/// `doc` with its `$defs` entries renamed `d0`, `d1`, ... in the order `render` wrote them
/// (the walk order from the roots), so the same schema written twice (two copies of an inline
/// schema, with different ids) renders as the same text.
fn renamed(doc: &Value) -> Value {
    let mut names = HashMap::new();
    if let Some(Value::Object(defs)) = doc.get("$defs") {
        for (i, k) in defs.keys().enumerate() {
            names.insert(
                format!("#/$defs/{k}"),
                (format!("d{i}"), format!("#/$defs/d{i}")),
            );
        }
    }
    // a schema object: `$ref`s renamed; maps of schemas and lists of schemas walked; data
    // (examples, defaults, enum and const values, `required`...) copied as it is
    fn schema(v: &Value, names: &HashMap<String, (String, String)>) -> Value {
        let Value::Object(m) = v else {
            return v.clone();
        };
        let mut out = serde_json::Map::with_capacity(m.len());
        for (k, x) in m {
            let val = match (k.as_str(), x) {
                ("$ref", Value::String(r)) => Value::String(
                    names
                        .get(r)
                        .map(|(_, p)| p.clone())
                        .unwrap_or_else(|| r.clone()),
                ),
                ("$defs", Value::Object(d)) => Value::Object(
                    d.iter()
                        .map(|(n, x)| {
                            let n = names
                                .get(&format!("#/$defs/{n}"))
                                .map(|(n, _)| n.clone())
                                .unwrap_or_else(|| n.clone());
                            (n, schema(x, names))
                        })
                        .collect(),
                ),
                ("properties" | "patternProperties" | "dependentSchemas", Value::Object(d)) => {
                    Value::Object(
                        d.iter()
                            .map(|(n, x)| (n.clone(), schema(x, names)))
                            .collect(),
                    )
                }
                ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(a)) => {
                    Value::Array(a.iter().map(|x| schema(x, names)).collect())
                }
                (
                    "items"
                    | "contains"
                    | "additionalProperties"
                    | "unevaluatedProperties"
                    | "unevaluatedItems"
                    | "propertyNames"
                    | "not"
                    | "if"
                    | "then"
                    | "else"
                    | "contentSchema",
                    _,
                ) => schema(x, names),
                _ => x.clone(),
            };
            out.insert(k.clone(), val);
        }
        Value::Object(out)
    }
    schema(doc, &names)
}

/// The candidates of a search: both sides' deterministic ones, then their random ones, each
/// value once.
fn pool(a: &Side, b: &Side) -> Vec<Value> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let lists = [&a.candidates, &b.candidates, &a.random[0], &b.random[1]];
    for l in lists {
        for v in l {
            if seen.insert(v.to_string()) {
                out.push(v.clone());
            }
        }
    }
    out
}

fn rejection(v: &jsonschema::Validator, value: &Value) -> (String, Vec<(String, String)>) {
    let mut reason = String::new();
    let mut paths = Vec::new();
    for e in v.iter_errors(value).take(8) {
        let at = e.instance_path().to_string();
        if reason.is_empty() {
            let place = if at.is_empty() {
                String::new()
            } else {
                format!(" (at {at})")
            };
            reason = format!("{e}{place}");
        }
        paths.push((at, e.kind().keyword().to_string()));
    }
    if reason.is_empty() {
        reason = "the value is not valid".into();
    }
    (reason, paths)
}

/// Search for a value that separates the schemas `old` (in the base) and `new` (in the
/// revision), compared in direction `dir`.
pub(crate) fn search_schema(
    lab: &mut Lab,
    old: &Spec,
    new: &Spec,
    oc: &Conj,
    nc: &Conj,
    dir: Direction,
) -> Outcome {
    if oc.is_empty() && nc.is_empty() {
        return Outcome::Skipped("neither side has a schema".into());
    }
    // A side without a schema takes any value (`items` dropped from a response array: the
    // revision may send `[0]` where the base promised strings).
    let a = match if oc.is_empty() {
        lab.anything()
    } else {
        lab.side(old, oc, dir, "base")
    } {
        Ok(s) => s,
        Err(e) => return Outcome::Skipped(e),
    };
    let b = match if nc.is_empty() {
        lab.anything()
    } else {
        lab.side(new, nc, dir, "revision")
    } {
        Ok(s) => s,
        Err(e) => return Outcome::Skipped(e),
    };
    let key = (a.key.clone(), b.key.clone(), dir, String::new());
    if let Some(o) = lab.outcomes.get(&key) {
        return o.clone();
    }
    let out = search_sides(&a, &b, dir);
    lab.outcomes.insert(key, out.clone());
    out
}

fn search_sides(a: &Side, b: &Side, dir: Direction) -> Outcome {
    let exhaustive = type_only(&a.doc) && type_only(&b.doc);
    let mut cands = pool(a, b);
    if exhaustive {
        cands.extend(one_of_each_type());
    }
    let start = Instant::now();
    for (i, v) in cands.iter().enumerate() {
        if i % 32 == 31 && start.elapsed() > TIME_PER_PAIR {
            return Outcome::NoneFound(format!(
                "no value among the first {i} candidates separates the schemas (time budget of {} ms reached)",
                TIME_PER_PAIR.as_millis()
            ));
        }
        let (sender, receiver, rejected_by) = match dir {
            Direction::Response => (b, a, RejectedBy::Base),
            _ => (a, b, RejectedBy::Revision),
        };
        if sender.validator.is_valid(v)
            && !receiver.validator.is_valid(v)
            && values::documented(&sender.doc, v)
        {
            let (reason, error_paths) = rejection(&receiver.validator, v);
            return Outcome::Found(Found {
                value: v.clone(),
                wire: None,
                rejected_by,
                reason,
                error_paths,
            });
        }
    }
    if exhaustive {
        // the other direction too: only then are the two sides the same set of values
        let (sender, receiver) = match dir {
            Direction::Response => (b, a),
            _ => (a, b),
        };
        if cands
            .iter()
            .any(|v| receiver.validator.is_valid(v) && !sender.validator.is_valid(v))
        {
            return Outcome::NoneFound(
                "no value of any JSON type separates the schemas in this direction".into(),
            );
        }
        return Outcome::Equivalent(
            "both sides look only at a value's JSON type, and a value of every type was tried: none separates them".into(),
        );
    }
    Outcome::NoneFound(format!(
        "no value among {} candidates separates the schemas",
        cands.len()
    ))
}

/// Does this rendered schema (and everything it refers to) decide validity by a value's JSON
/// type alone (`type`, `oneOf`/`anyOf`/`allOf`/`not` of such schemas, annotations)? Then a
/// value of each JSON type decides every question about it.
fn type_only(v: &Value) -> bool {
    match v {
        Value::Bool(_) => true,
        Value::Object(m) => m.iter().all(|(k, x)| match k.as_str() {
            "type" => true,
            "oneOf" | "anyOf" | "allOf" => x.as_array().is_some_and(|a| a.iter().all(type_only)),
            "not" => type_only(x),
            "$defs" => x.as_object().is_some_and(|d| d.values().all(type_only)),
            "$ref" | "$schema" | "$id" | "$comment" | "title" | "description" | "examples"
            | "default" | "deprecated" | "readOnly" | "writeOnly" => true,
            _ => false,
        }),
        _ => false,
    }
}

/// A value of every JSON type (an integer and a number that is not one).
fn one_of_each_type() -> Vec<Value> {
    vec![
        Value::Null,
        Value::Bool(true),
        serde_json::json!(0),
        serde_json::json!(1.5),
        serde_json::json!(""),
        serde_json::json!([]),
        serde_json::json!({}),
    ]
}

/// One side of a parameter or header, as its server or client reads and writes it.
pub(crate) struct WireSide<'a> {
    pub spec: &'a Spec,
    /// The schema (a conjunction: all of them apply); empty when there is none.
    pub schema: Conj,
    pub name: String,
    pub location: ParamLocation,
    pub style: ParamStyle,
    pub explode: bool,
    pub required: bool,
}

/// Search for a value whose text, written by the sending side and read by the receiving
/// one, the receiving side rejects. `dir` Request: base sends, revision receives (a
/// parameter); Response: revision sends, base receives (a response header).
pub(crate) fn search_wire(
    lab: &mut Lab,
    base: &WireSide,
    rev: &WireSide,
    dir: Direction,
) -> Outcome {
    if base.schema.is_empty() || rev.schema.is_empty() {
        return Outcome::Skipped("one side has no schema".into());
    }
    let a = match lab.side(base.spec, &base.schema, dir, "base") {
        Ok(s) => s,
        Err(e) => return Outcome::Skipped(e),
    };
    let b = match lab.side(rev.spec, &rev.schema, dir, "revision") {
        Ok(s) => s,
        Err(e) => return Outcome::Skipped(e),
    };
    let how = |w: &WireSide| {
        format!(
            "{:?}",
            (&w.name, w.location, w.style.as_str(), w.explode, w.required)
        )
    };
    let key = (a.key.clone(), b.key.clone(), dir, how(base) + &how(rev));
    if let Some(o) = lab.outcomes.get(&key) {
        return o.clone();
    }
    let out = search_wire_sides(&a, &b, base, rev, dir);
    lab.outcomes.insert(key, out.clone());
    out
}

fn search_wire_sides(
    a: &Side,
    b: &Side,
    base: &WireSide,
    rev: &WireSide,
    dir: Direction,
) -> Outcome {
    let ((sender, sside), (receiver, rside), rejected_by) = match dir {
        Direction::Response => ((b, rev), (a, base), RejectedBy::Base),
        _ => ((a, base), (b, rev), RejectedBy::Revision),
    };
    let cands = pool(a, b);
    let start = Instant::now();
    let mut tried = 0usize;
    for (i, v) in cands.iter().enumerate() {
        if i % 32 == 31 && start.elapsed() > TIME_PER_PAIR {
            break;
        }
        // a value the sender's schema allows and documents (no member it never names)
        if !sender.validator.is_valid(v) || !values::documented(&sender.doc, v) {
            continue;
        }
        let Some(w) = wire::encode(&sside.name, sside.location, sside.style, sside.explode, v)
        else {
            continue;
        };
        // the text must mean this value to the sending side too: what the style cannot
        // carry faithfully (an array inside a deepObject member, say) proves nothing
        let own = wire::decode(&w, &sside.name, sside.style, sside.explode, &sender.doc);
        if !matches!(&own, Ok(Some(x)) if sender.validator.is_valid(x)) {
            continue;
        }
        tried += 1;
        let read = wire::decode(&w, &rside.name, rside.style, rside.explode, &receiver.doc);
        let found = |value: &Value, reason: String, error_paths: Vec<(String, String)>| {
            Outcome::Found(Found {
                value: value.clone(),
                wire: Some(w.display()),
                rejected_by,
                reason,
                error_paths,
            })
        };
        match read {
            Err(e) => return found(v, e, Vec::new()),
            Ok(None) if rside.required => {
                return found(
                    v,
                    format!(
                        "the receiving side finds no value for `{}` in this text (style {}, explode {})",
                        rside.name,
                        rside.style.as_str(),
                        rside.explode
                    ),
                    Vec::new(),
                );
            }
            Ok(None) => {}
            Ok(Some(x)) => {
                if !receiver.validator.is_valid(&x) {
                    let (reason, paths) = rejection(&receiver.validator, &x);
                    let reason = format!("read as {}: {reason}", stipula_schema::values::short(&x));
                    return found(v, reason, paths);
                }
            }
        }
    }
    if tried == 0 {
        return Outcome::Skipped(format!(
            "no value the sending side allows can be written as text with style {} (explode {}) and read back as itself (nested objects or arrays, say): not searched",
            sside.style.as_str(),
            sside.explode
        ));
    }
    Outcome::NoneFound(format!(
        "every one of {tried} values the sending side allows reads back as a valid value on the wire"
    ))
}

/// Do the two schemas say different things about values? (Small schemas only: at most
/// [`DIFFERS_NODES`] nodes a side; annotations ignored; node numbering ignored.)
pub(crate) fn differs(
    old: &Spec,
    new: &Spec,
    oc: &[SchemaId],
    nc: &[SchemaId],
    dir: Direction,
) -> bool {
    let (Some(a), Some(b)) = (
        render::render(old, oc, side(dir), DIFFERS_NODES),
        render::render(new, nc, side(dir), DIFFERS_NODES),
    ) else {
        return false;
    };
    canonical(&a.doc) != canonical(&b.doc)
}

/// Larger schemas are left to the rules (the walk already compared them node by node).
const DIFFERS_NODES: usize = 60;

/// A document with its `$defs` renamed by order of appearance and annotations dropped.
fn canonical(doc: &Value) -> Value {
    let mut names = std::collections::HashMap::new();
    if let Some(Value::Object(defs)) = doc.get("$defs") {
        for (i, k) in defs.keys().enumerate() {
            names.insert(format!("#/$defs/{k}"), format!("#/$defs/d{i}"));
        }
    }
    fn walk(v: &Value, names: &std::collections::HashMap<String, String>) -> Value {
        match v {
            Value::Object(m) => {
                let mut out = serde_json::Map::new();
                for (k, x) in m {
                    if matches!(k.as_str(), "examples" | "default") {
                        continue;
                    }
                    let key = names
                        .get(&format!("#/$defs/{k}"))
                        .map(|n| n.trim_start_matches("#/$defs/").to_string())
                        .unwrap_or_else(|| k.clone());
                    let val = match (k.as_str(), x) {
                        ("$ref", Value::String(r)) => {
                            Value::String(names.get(r).cloned().unwrap_or_else(|| r.clone()))
                        }
                        _ => walk(x, names),
                    };
                    out.insert(key, val);
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, names)).collect()),
            x => x.clone(),
        }
    }
    walk(doc, &names)
}

/// A whole value for the section (`root_o`/`root_n`) that carries `local` at `path`
/// (`owner.tags[].name`) and is itself a witness, or `None` (a path through `not` or a
/// union, a schema too large, or no whole value that separates the sides).
#[allow(clippy::too_many_arguments)]
pub(crate) fn embed(
    lab: &mut Lab,
    old: &Spec,
    new: &Spec,
    root_o: &Conj,
    root_n: &Conj,
    dir: Direction,
    path: &str,
    local: &Value,
) -> Option<Value> {
    if path.contains('{') {
        return None;
    }
    let a = lab.side(old, root_o, dir, "base").ok()?;
    let b = lab.side(new, root_n, dir, "revision").ok()?;
    let (sender, receiver) = match dir {
        Direction::Response => (&b, &a),
        _ => (&a, &b),
    };
    let mut whole = values::sample(&sender.doc);
    let mut at = &mut whole;
    let segs: Vec<&str> = path.split('.').collect();
    for (i, seg) in segs.iter().enumerate() {
        let (name, items) = match seg.find('[') {
            Some(k) => (&seg[..k], seg[k..].matches("[]").count()),
            None => (*seg, 0),
        };
        let last = i + 1 == segs.len();
        let mut slot = if name.is_empty() {
            at
        } else {
            if !at.is_object() {
                *at = Value::Object(serde_json::Map::new());
            }
            at.as_object_mut()?
                .entry(name.to_string())
                .or_insert(Value::Null)
        };
        for _ in 0..items {
            if !slot.is_array() || slot.as_array().is_some_and(|a| a.is_empty()) {
                *slot = Value::Array(vec![Value::Null]);
            }
            slot = slot.as_array_mut()?.get_mut(0)?;
        }
        if last {
            *slot = local.clone();
        }
        at = slot;
    }
    (sender.validator.is_valid(&whole)
        && !receiver.validator.is_valid(&whole)
        && values::documented(&sender.doc, &whole))
    .then_some(whole)
}
