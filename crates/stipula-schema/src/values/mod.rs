//! Values a schema document talks about: deterministic candidates (the schema's own examples,
//! defaults, enum and const values, boundaries of every bound ±1, one value per type, strings
//! that match and miss each `pattern`, each `oneOf`/`anyOf` branch, empty and minimal and full
//! objects and arrays, `prefixItems` positions, `contains`), then seeded random values.
//!
//! The generators read a JSON Schema document as [`crate::render`] writes it (children are
//! `$ref`s into `$defs`) or any 2020-12 document with local `$ref`s. They do not promise that
//! a value is valid: a consumer checks every candidate with a validator. What they promise is
//! coverage of the places where two schemas can disagree, with a bounded count.

use serde_json::{Map, Value, json};
use std::collections::HashSet;

mod generate;
mod shape;
use generate::Gen;
pub use shape::{Shape, documented, shape, shape_of};

/// How deep generation descends into nested objects and arrays.
const MAX_DEPTH: usize = 6;
/// Candidates kept per nested schema when building variants of its parent.
const PER_CHILD: usize = 14;

/// A document and the `$defs` its `$ref`s point into.
struct Doc<'d> {
    root: &'d Value,
}

/// A schema node seen through its `$ref` and `allOf` parts (merged, first one wins for
/// single-valued keywords).
#[derive(Default)]
struct View<'d> {
    types: Option<Vec<&'d str>>,
    const_: Option<&'d Value>,
    enum_: Option<&'d Vec<Value>>,
    examples: Vec<&'d Value>,
    default: Option<&'d Value>,
    format: Option<&'d str>,
    pattern: Vec<&'d str>,
    min_length: Option<u64>,
    max_length: Option<u64>,
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: Option<f64>,
    exclusive_maximum: Option<f64>,
    multiple_of: Option<f64>,
    properties: Vec<(&'d str, &'d Value)>,
    required: Vec<&'d str>,
    pattern_properties: Vec<(&'d str, &'d Value)>,
    additional: Option<&'d Value>,
    property_names: Option<&'d Value>,
    min_properties: Option<u64>,
    dependent_required: Vec<(&'d str, Vec<&'d str>)>,
    dependent_schemas: Vec<(&'d str, &'d Value)>,
    items: Option<&'d Value>,
    prefix_items: Vec<&'d Value>,
    contains: Option<&'d Value>,
    min_contains: Option<u64>,
    min_items: Option<u64>,
    max_items: Option<u64>,
    unique_items: bool,
    unions: Vec<&'d Vec<Value>>,
    nots: Vec<&'d Value>,
    conditionals: Vec<&'d Value>,
    never: bool,
}

impl<'d> Doc<'d> {
    fn resolve(&self, mut s: &'d Value) -> &'d Value {
        for _ in 0..32 {
            let Some(r) = s.get("$ref").and_then(Value::as_str) else {
                return s;
            };
            if s.as_object().is_some_and(|m| m.len() > 1) {
                return s;
            }
            match self.pointer(r) {
                Some(t) => s = t,
                None => return s,
            }
        }
        s
    }

    fn pointer(&self, r: &str) -> Option<&'d Value> {
        let p = r.strip_prefix('#')?;
        if p.is_empty() {
            return Some(self.root);
        }
        self.root.pointer(p)
    }

    fn view(&self, s: &'d Value) -> View<'d> {
        let mut v = View::default();
        self.gather(s, &mut v, 0);
        v
    }

    fn gather(&self, s: &'d Value, v: &mut View<'d>, depth: usize) {
        if depth > 24 {
            return;
        }
        let m = match s {
            Value::Bool(false) => {
                v.never = true;
                return;
            }
            Value::Object(m) => m,
            _ => return,
        };
        if let Some(t) = m.get("type") {
            let ts: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            v.types = Some(match v.types.take() {
                None => ts,
                Some(prev) => prev
                    .into_iter()
                    .filter(|p| ts.contains(p) || (*p == "integer" && ts.contains(&"number")))
                    .collect(),
            });
        }
        let num = |k: &str| m.get(k).and_then(Value::as_f64);
        let count = |k: &str| m.get(k).and_then(Value::as_u64);
        v.const_ = v.const_.or(m.get("const"));
        if v.enum_.is_none() {
            v.enum_ = m.get("enum").and_then(Value::as_array);
        }
        if let Some(Value::Array(ex)) = m.get("examples") {
            v.examples.extend(ex.iter());
        }
        v.default = v.default.or(m.get("default"));
        v.format = v.format.or(m.get("format").and_then(Value::as_str));
        if let Some(p) = m.get("pattern").and_then(Value::as_str) {
            v.pattern.push(p);
        }
        let max_of = |a: Option<u64>, b: Option<u64>| a.max(b);
        let min_of = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        v.min_length = max_of(v.min_length, count("minLength"));
        v.max_length = min_of(v.max_length, count("maxLength"));
        v.min_items = max_of(v.min_items, count("minItems"));
        v.max_items = min_of(v.max_items, count("maxItems"));
        v.min_properties = max_of(v.min_properties, count("minProperties"));
        v.min_contains = v.min_contains.or(count("minContains"));
        v.minimum = v.minimum.or(num("minimum"));
        v.maximum = v.maximum.or(num("maximum"));
        v.exclusive_minimum = v.exclusive_minimum.or(num("exclusiveMinimum"));
        v.exclusive_maximum = v.exclusive_maximum.or(num("exclusiveMaximum"));
        v.multiple_of = v.multiple_of.or(num("multipleOf"));
        v.unique_items |= m.get("uniqueItems") == Some(&Value::Bool(true));
        if let Some(Value::Object(ps)) = m.get("properties") {
            for (k, ps) in ps {
                if !v.properties.iter().any(|(n, _)| n == k) {
                    v.properties.push((k.as_str(), ps));
                }
            }
        }
        if let Some(Value::Array(r)) = m.get("required") {
            for r in r.iter().filter_map(Value::as_str) {
                if !v.required.contains(&r) {
                    v.required.push(r);
                }
            }
        }
        if let Some(Value::Object(ps)) = m.get("patternProperties") {
            v.pattern_properties
                .extend(ps.iter().map(|(k, s)| (k.as_str(), s)));
        }
        v.additional = v.additional.or(m.get("additionalProperties"));
        v.property_names = v.property_names.or(m.get("propertyNames"));
        if let Some(Value::Object(d)) = m.get("dependentRequired") {
            for (k, list) in d {
                let deps = list
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                v.dependent_required.push((k.as_str(), deps));
            }
        }
        if let Some(Value::Object(d)) = m.get("dependentSchemas") {
            v.dependent_schemas
                .extend(d.iter().map(|(k, s)| (k.as_str(), s)));
        }
        v.items = v.items.or(m.get("items"));
        if v.prefix_items.is_empty()
            && let Some(Value::Array(p)) = m.get("prefixItems")
        {
            v.prefix_items = p.iter().collect();
        }
        v.contains = v.contains.or(m.get("contains"));
        for k in ["oneOf", "anyOf"] {
            if let Some(Value::Array(a)) = m.get(k) {
                v.unions.push(a);
            }
        }
        if let Some(n) = m.get("not") {
            v.nots.push(n);
        }
        for k in ["if", "then", "else"] {
            if let Some(c) = m.get(k) {
                v.conditionals.push(c);
            }
        }
        if let Some(r) = m.get("$ref").and_then(Value::as_str)
            && let Some(t) = self.pointer(r)
        {
            self.gather(t, v, depth + 1);
        }
        if let Some(Value::Array(parts)) = m.get("allOf") {
            for p in parts {
                self.gather(p, v, depth + 1);
            }
        }
    }
}

impl View<'_> {
    /// The type a sample takes: the first declared non-null type, else what the keywords
    /// suggest.
    fn main_type(&self) -> &str {
        if let Some(ts) = &self.types {
            if let Some(t) = ts.iter().find(|t| **t != "null") {
                return t;
            }
            if let Some(t) = ts.first() {
                return t;
            }
        }
        if !self.properties.is_empty() || !self.required.is_empty() {
            "object"
        } else if self.items.is_some() || !self.prefix_items.is_empty() || self.contains.is_some() {
            "array"
        } else if self.minimum.is_some()
            || self.maximum.is_some()
            || self.exclusive_minimum.is_some()
            || self.exclusive_maximum.is_some()
        {
            "number"
        } else {
            "string"
        }
    }
}

/// Deduplicating, bounded collector.
struct Out {
    seen: HashSet<u64>,
    list: Vec<Value>,
    limit: usize,
}

impl Out {
    fn new(limit: usize) -> Self {
        Out {
            seen: HashSet::new(),
            list: Vec::new(),
            limit,
        }
    }
    fn push(&mut self, v: Value) {
        if self.list.len() < self.limit && self.seen.insert(value_hash(&v)) {
            self.list.push(v);
        }
    }
    fn full(&self) -> bool {
        self.list.len() >= self.limit
    }
}

/// A structural hash of a JSON value (FNV-1a over a walk; object members in order).
pub fn value_hash(v: &Value) -> u64 {
    fn mix(h: &mut u64, bytes: &[u8]) {
        for b in bytes {
            *h ^= u64::from(*b);
            *h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn walk(v: &Value, h: &mut u64) {
        match v {
            Value::Null => mix(h, b"n"),
            Value::Bool(b) => mix(h, if *b { b"t" } else { b"f" }),
            Value::Number(n) => {
                mix(h, b"#");
                mix(h, n.to_string().as_bytes());
            }
            Value::String(s) => {
                mix(h, b"s");
                mix(h, &(s.len() as u64).to_le_bytes());
                mix(h, s.as_bytes());
            }
            Value::Array(a) => {
                mix(h, b"[");
                mix(h, &(a.len() as u64).to_le_bytes());
                for x in a {
                    walk(x, h);
                }
            }
            Value::Object(m) => {
                mix(h, b"{");
                mix(h, &(m.len() as u64).to_le_bytes());
                for (k, x) in m {
                    mix(h, &(k.len() as u64).to_le_bytes());
                    mix(h, k.as_bytes());
                    walk(x, h);
                }
            }
        }
    }
    let mut h = 0xcbf2_9ce4_8422_2325;
    walk(v, &mut h);
    h
}

use crate::json_number as number;

/// A string that matches `pattern` (best effort: the shortest path through the regex, then
/// one repetition more), or `None` when the pattern does not parse.
pub fn matching_string(pattern: &str, longer: bool) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let mut out = String::new();
    emit_hir(&hir, longer, &mut out, 0);
    Some(out)
}

fn emit_hir(h: &regex_syntax::hir::Hir, longer: bool, out: &mut String, depth: usize) {
    use regex_syntax::hir::{Class, HirKind};
    if depth > 64 || out.len() > 256 {
        return;
    }
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(l) => out.push_str(&String::from_utf8_lossy(&l.0)),
        HirKind::Class(Class::Unicode(c)) => {
            // prefer a plain letter or digit when the class has one
            let pick = ['a', 'A', '0', 'x']
                .into_iter()
                .find(|ch| {
                    c.ranges()
                        .iter()
                        .any(|r| r.start() <= *ch && *ch <= r.end())
                })
                .or_else(|| c.ranges().first().map(|r| r.start()));
            if let Some(ch) = pick {
                out.push(ch);
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            if let Some(r) = c.ranges().first() {
                out.push(char::from(r.start()));
            }
        }
        HirKind::Repetition(r) => {
            let mut n = r.min;
            if longer && r.max.is_none_or(|m| m > n) {
                n += 1;
            }
            for _ in 0..n.min(64) {
                emit_hir(&r.sub, longer, out, depth + 1);
            }
        }
        HirKind::Capture(c) => emit_hir(&c.sub, longer, out, depth + 1),
        HirKind::Concat(parts) => {
            for p in parts {
                emit_hir(p, longer, out, depth + 1);
            }
        }
        HirKind::Alternation(alts) => {
            let pick = if longer { alts.last() } else { alts.first() };
            if let Some(a) = pick {
                emit_hir(a, longer, out, depth + 1);
            }
        }
    }
}

fn format_sample(f: &str) -> Option<&'static str> {
    Some(match f {
        "date-time" => "2024-01-31T12:00:00Z",
        "date" => "2024-01-31",
        "time" => "12:00:00Z",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" => "user@example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "uri" | "url" => "https://example.com/a",
        "hostname" => "example.com",
        "byte" => "YWJj",
        "duration" => "P1D",
        _ => return None,
    })
}

/// A JSON value short enough for one line of a report (at most 80 characters).
pub fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        let t: String = s.chars().take(77).collect();
        format!("{t}...")
    } else {
        s
    }
}

/// Objects merge (`b`'s members win); anything else: `b`.
fn merge(a: Value, b: Value) -> Value {
    match (a, b) {
        (Value::Object(mut a), Value::Object(b)) => {
            a.extend(b);
            Value::Object(a)
        }
        (_, b) => b,
    }
}

/// Deterministic candidates for the document `doc` (its root schema), at most `limit`, in a
/// stable order: the schema's own values first, then boundaries, then structure variants.
pub fn candidates(doc: &Value, limit: usize) -> Vec<Value> {
    let g = Gen::new(doc);
    let root = g.doc.resolve(doc);
    let mut out = Out::new(limit);
    g.candidates(root, 0, &mut out);
    out.list
}

/// One plausible valid value for `doc` (examples, defaults, then minimal structure).
pub fn sample(doc: &Value) -> Value {
    let g = Gen::new(doc);
    g.sample(g.doc.resolve(doc), 0)
}

/// A small, seeded pseudo-random generator (xorshift64*): the same seed gives the same
/// values on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (0 is taken as 1: xorshift never leaves 0).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// `count` seeded random values for `doc`: each picks, at every level, a random candidate
/// of that level (so random combinations of the deterministic boundaries, branches and
/// optional members).
pub fn random(doc: &Value, seed: u64, count: usize) -> Vec<Value> {
    let g = Gen::new(doc);
    let root = g.doc.resolve(doc);
    let mut rng = Rng::new(seed);
    let mut out = Out::new(count);
    for _ in 0..count * 3 {
        if out.full() {
            break;
        }
        out.push(g.random(root, 0, &mut rng));
    }
    out.list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_strings_match() {
        for p in ["^[a-z]+$", "^\\d{3}-\\d{4}$", "^(foo|bar)_[0-9]*$", "abc"] {
            let re = regex_syntax::ParserBuilder::new().build().parse(p);
            assert!(re.is_ok());
            let s = matching_string(p, false).unwrap_or_default();
            let v = jsonschema::validator_for(&json!({"pattern": p})).expect("compiles");
            assert!(v.is_valid(&json!(s)), "{p}: {s}");
            let s = matching_string(p, true).unwrap_or_default();
            assert!(v.is_valid(&json!(s)), "{p}: {s}");
        }
    }

    #[test]
    fn candidates_cover_bounds_branches_and_prefix_items() {
        let doc = json!({
            "$defs": {"n": {"type": "integer", "minimum": 3, "maximum": 9}},
            "type": "object",
            "required": ["a"],
            "properties": {
                "a": {"$ref": "#/$defs/n"},
                "b": {"type": "array", "items": {"type": "string"},
                      "prefixItems": [{"type": "integer"}]},
                "c": {"oneOf": [{"type": "string"}, {"type": "boolean"}]}
            }
        });
        let c = candidates(&doc, 2000);
        for want in [
            json!({"a": 2}),
            json!({"a": 10}),
            json!({"a": 3, "b": [0]}),
            json!({"a": 3, "c": false}),
            json!({}),
        ] {
            assert!(c.contains(&want), "missing {want}");
        }
        // same input, same output
        assert_eq!(c, candidates(&doc, 2000));
        assert_eq!(random(&doc, 7, 20), random(&doc, 7, 20));
    }
}
