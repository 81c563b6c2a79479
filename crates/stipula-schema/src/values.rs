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

fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

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

struct Gen<'d> {
    doc: Doc<'d>,
    /// Samples and candidate lists already built, by schema node address: shared
    /// components are met many times in one document.
    samples: std::cell::RefCell<std::collections::HashMap<usize, Value>>,
    lists: std::cell::RefCell<std::collections::HashMap<(usize, usize), Vec<Value>>>,
    /// Schema nodes samples may still expand: a document whose members nest through many
    /// shared components (a tree of required objects) would otherwise give samples of
    /// millions of nodes. Past it, samples are the plainest value of their type.
    budget: std::cell::Cell<usize>,
    views: std::cell::RefCell<std::collections::HashMap<usize, std::rc::Rc<View<'d>>>>,
}

/// Schema nodes samples expand per document (see `Gen::budget`).
const SAMPLE_BUDGET: usize = 800;

/// Below this depth a member's own candidates vary its parent; deeper, its sample alone.
const VARY_DEPTH: usize = 3;

impl<'d> Gen<'d> {
    fn new(root: &'d Value) -> Self {
        Gen {
            doc: Doc { root },
            samples: Default::default(),
            lists: Default::default(),
            budget: std::cell::Cell::new(SAMPLE_BUDGET),
            views: Default::default(),
        }
    }

    /// The merged view of `s` (built once per node).
    fn view(&self, s: &'d Value) -> std::rc::Rc<View<'d>> {
        let key = s as *const Value as usize;
        if let Some(v) = self.views.borrow().get(&key) {
            return v.clone();
        }
        let v = std::rc::Rc::new(self.doc.view(s));
        self.views.borrow_mut().insert(key, v.clone());
        v
    }
}

impl<'d> Gen<'d> {
    fn string_sample(&self, v: &View) -> String {
        let mut s = if let Some(p) = v.pattern.first() {
            matching_string(p, false).unwrap_or_else(|| "a".into())
        } else if let Some(f) = v.format.and_then(format_sample) {
            f.to_string()
        } else {
            "a".to_string()
        };
        let min = v.min_length.unwrap_or(0) as usize;
        while s.chars().count() < min && s.len() < 4096 {
            s.push('a');
        }
        if let Some(max) = v.max_length {
            s = s.chars().take(max as usize).collect();
        }
        s
    }

    fn number_sample(&self, v: &View, integer: bool) -> Value {
        let step = if integer { 1.0 } else { 0.5 };
        let mut x = 0.0f64;
        let lo = v
            .minimum
            .into_iter()
            .chain(v.exclusive_minimum.map(|e| e + step))
            .fold(None, |acc: Option<f64>, b| {
                Some(acc.map_or(b, |a| a.max(b)))
            });
        let hi = v
            .maximum
            .into_iter()
            .chain(v.exclusive_maximum.map(|e| e - step))
            .fold(None, |acc: Option<f64>, b| {
                Some(acc.map_or(b, |a| a.min(b)))
            });
        if let Some(l) = lo {
            x = x.max(l);
        }
        if let Some(h) = hi {
            x = x.min(h);
        }
        if integer {
            x = x.ceil();
        }
        if let Some(m) = v.multiple_of
            && m > 0.0
        {
            x = (x / m).ceil() * m;
        }
        number(x)
    }

    /// One plausible valid value.
    fn sample(&self, s: &'d Value, depth: usize) -> Value {
        let key = s as *const Value as usize;
        if let Some(v) = self.samples.borrow().get(&key) {
            return v.clone();
        }
        let v = self.sample_uncached(s, depth);
        self.samples.borrow_mut().insert(key, v.clone());
        v
    }

    fn sample_uncached(&self, s: &'d Value, depth: usize) -> Value {
        let left = self.budget.get();
        if left == 0 {
            return Value::Null;
        }
        self.budget.set(left - 1);
        let v = self.view(s);
        if let Some(c) = v.const_ {
            return c.clone();
        }
        if let Some(e) = v
            .enum_
            .and_then(|e| e.iter().find(|x| !x.is_null()).or(e.first()))
        {
            return e.clone();
        }
        if let Some(x) = v.examples.first() {
            return (*x).clone();
        }
        if let Some(d) = v.default {
            return d.clone();
        }
        let own = self.typed_sample(&v, v.main_type(), depth);
        match v.unions.first().and_then(|u| u.first()) {
            Some(b) if depth < MAX_DEPTH => merge(own, self.sample(b, depth + 1)),
            _ => own,
        }
    }

    fn typed_sample(&self, v: &View<'d>, t: &str, depth: usize) -> Value {
        match t {
            "null" => Value::Null,
            "boolean" => Value::Bool(true),
            "integer" => self.number_sample(v, true),
            "number" => self.number_sample(v, false),
            "string" => Value::String(self.string_sample(v)),
            "array" => {
                if depth >= MAX_DEPTH {
                    return json!([]);
                }
                let mut a: Vec<Value> = v
                    .prefix_items
                    .iter()
                    .map(|p| self.sample(p, depth + 1))
                    .collect();
                if let Some(c) = v.contains
                    && v.prefix_items.is_empty()
                {
                    for _ in 0..v.min_contains.unwrap_or(1).min(8) {
                        a.push(self.sample(c, depth + 1));
                    }
                }
                let want = v.min_items.unwrap_or(0).min(16) as usize;
                if let Some(it) = v.items {
                    let cands = if v.unique_items && want > 1 {
                        self.candidates_of(it, depth + 1, want * 4)
                    } else {
                        vec![self.sample(it, depth + 1)]
                    };
                    let mut i = 0;
                    while a.len() < want && i < cands.len() * 4 {
                        a.push(cands[i % cands.len()].clone());
                        i += 1;
                    }
                }
                while a.len() < want {
                    a.push(Value::String(format!("a{}", a.len())));
                }
                a.into()
            }
            _ => {
                if depth >= MAX_DEPTH {
                    return json!({});
                }
                let mut m = Map::new();
                for r in &v.required {
                    let ps = v.properties.iter().find(|(n, _)| n == r).map(|p| p.1);
                    let val = match ps {
                        Some(ps) => self.sample(ps, depth + 1),
                        None => match v.additional {
                            Some(a) if a.is_object() => self.sample(a, depth + 1),
                            _ => json!("a"),
                        },
                    };
                    m.insert((*r).to_string(), val);
                }
                let mut i = 0;
                while (m.len() as u64) < v.min_properties.unwrap_or(0).min(16) {
                    match v.properties.get(i) {
                        Some((n, ps)) => {
                            if !m.contains_key(*n) {
                                m.insert((*n).to_string(), self.sample(ps, depth + 1));
                            }
                        }
                        None => {
                            m.insert(format!("p{i}"), json!("a"));
                        }
                    }
                    i += 1;
                }
                Value::Object(m)
            }
        }
    }

    fn candidates_of(&self, s: &'d Value, depth: usize, limit: usize) -> Vec<Value> {
        if depth >= VARY_DEPTH {
            return vec![self.sample(s, depth)];
        }
        let key = (s as *const Value as usize, limit);
        if let Some(l) = self.lists.borrow().get(&key) {
            return l.clone();
        }
        let mut out = Out::new(limit);
        self.candidates(s, depth, &mut out);
        self.lists.borrow_mut().insert(key, out.list.clone());
        out.list
    }

    /// Candidates for `s` into `out`.
    fn candidates(&self, s: &'d Value, depth: usize, out: &mut Out) {
        let v = self.view(s);
        out.push(self.sample(s, depth));
        if let Some(c) = v.const_ {
            out.push(c.clone());
        }
        if let Some(e) = v.enum_ {
            for x in e {
                out.push(x.clone());
            }
        }
        for x in &v.examples {
            out.push((*x).clone());
        }
        if let Some(d) = v.default {
            out.push(d.clone());
        }
        let all = [
            "string", "integer", "number", "boolean", "null", "object", "array",
        ];
        let declared: Vec<&str> = match &v.types {
            Some(ts) => ts.clone(),
            None => all.to_vec(),
        };
        // one value of each declared type first, then the boundaries of each
        if depth < MAX_DEPTH {
            let own = self.typed_sample(&v, v.main_type(), depth);
            for u in &v.unions {
                // each branch alone, and merged with its parent's own members
                for b in u.iter() {
                    let bs = self.sample(b, depth + 1);
                    out.push(bs.clone());
                    out.push(merge(own.clone(), bs));
                }
            }
            for u in &v.unions {
                let each = (PER_CHILD / u.len().max(1)).max(4);
                for b in u.iter() {
                    for c in self.candidates_of(b, depth + 1, each) {
                        out.push(c);
                    }
                }
            }
            for n in v.nots.iter().chain(v.conditionals.iter()) {
                for c in self.candidates_of(n, depth + 1, PER_CHILD) {
                    out.push(c.clone());
                    out.push(merge(self.sample(s, depth), c));
                }
            }
        }
        for t in &declared {
            out.push(self.typed_sample(&v, t, depth));
        }
        for t in &declared {
            if out.full() {
                return;
            }
            self.typed_candidates(&v, t, depth, out);
        }
        // one value of every JSON type, for a base that accepted any type
        for p in [
            json!("a"),
            json!(0),
            json!(1.5),
            json!(true),
            Value::Null,
            json!({}),
            json!([]),
        ] {
            out.push(p);
        }
    }

    fn typed_candidates(&self, v: &View<'d>, t: &str, depth: usize, out: &mut Out) {
        match t {
            "boolean" => {
                out.push(json!(true));
                out.push(json!(false));
            }
            "null" => out.push(Value::Null),
            "integer" | "number" => {
                let integer = t == "integer";
                let step = if integer { 1.0 } else { 0.5 };
                let mut xs = vec![0.0, 1.0, -1.0, 7.0, 1_000_000.0];
                if !integer {
                    xs.push(1.5);
                    xs.push(-0.5);
                }
                for b in [
                    v.minimum,
                    v.maximum,
                    v.exclusive_minimum,
                    v.exclusive_maximum,
                ]
                .into_iter()
                .flatten()
                {
                    xs.extend([b, b - step, b + step]);
                    if !integer {
                        xs.extend([b - 0.01, b + 0.01]);
                    }
                }
                if let Some(m) = v.multiple_of {
                    xs.extend([m, 2.0 * m, m + step, m / 2.0]);
                }
                for x in xs {
                    if integer && x.fract() != 0.0 {
                        continue;
                    }
                    out.push(number(x));
                }
            }
            "string" => {
                let base = self.string_sample(v);
                out.push(Value::String(base.clone()));
                // the schema's own boundaries first: they make the plainest witnesses
                for n in [v.min_length, v.max_length].into_iter().flatten() {
                    for k in [n.saturating_sub(1), n, n + 1] {
                        if k <= 4096 {
                            out.push(Value::String("a".repeat(k as usize)));
                        }
                    }
                }
                for p in &v.pattern {
                    for longer in [false, true] {
                        if let Some(m) = matching_string(p, longer) {
                            out.push(Value::String(format!("{m}!")));
                            out.push(Value::String(m));
                        }
                    }
                }
                for s in ["", "a", "abc", "5", "1.5", "true", "null", "A-Z_9 !"] {
                    out.push(json!(s));
                }
                for f in [
                    "date-time",
                    "date",
                    "time",
                    "uuid",
                    "email",
                    "ipv4",
                    "ipv6",
                    "uri",
                ] {
                    if let Some(x) = format_sample(f) {
                        out.push(json!(x));
                    }
                }
            }
            "array" => self.array_candidates(v, depth, out),
            "object" => self.object_candidates(v, depth, out),
            _ => {}
        }
    }

    fn array_candidates(&self, v: &View<'d>, depth: usize, out: &mut Out) {
        out.push(json!([]));
        if depth >= MAX_DEPTH {
            return;
        }
        let sample = self.typed_sample(v, "array", depth);
        out.push(sample.clone());
        // one element more than the sample (past `prefixItems`, or a second item)
        if let Value::Array(a) = &sample {
            let mut longer = a.clone();
            let next = a.last().cloned().unwrap_or(json!("a"));
            longer.push(next);
            out.push(Value::Array(longer));
        }
        let item_sample = v.items.map(|i| self.sample(i, depth + 1));
        if let Some(is) = &item_sample {
            out.push(json!([is.clone()]));
            out.push(json!([is.clone(), is.clone()]));
            for n in [v.min_items, v.max_items].into_iter().flatten() {
                for k in [n.saturating_sub(1), n, n + 1] {
                    out.push(Value::Array(vec![is.clone(); k.min(64) as usize]));
                }
            }
        }
        if let Some(i) = v.items {
            for c in self.candidates_of(i, depth + 1, PER_CHILD) {
                out.push(json!([c]));
                if let Value::Array(mut a) = sample.clone()
                    && !a.is_empty()
                {
                    let last = a.len() - 1;
                    a[last] = c.clone();
                    out.push(Value::Array(a));
                }
            }
        }
        // each prefixItems position takes each of its candidates
        for (pos, p) in v.prefix_items.iter().enumerate().take(8) {
            for c in self.candidates_of(p, depth + 1, PER_CHILD) {
                let mut a: Vec<Value> = match &sample {
                    Value::Array(a) => a.clone(),
                    _ => Vec::new(),
                };
                while a.len() <= pos {
                    a.push(
                        item_sample
                            .clone()
                            .unwrap_or_else(|| self.sample(p, depth + 1)),
                    );
                }
                a[pos] = c.clone();
                out.push(Value::Array(a.clone()));
                a.truncate(pos + 1);
                out.push(Value::Array(a));
            }
        }
        if let Some(c) = v.contains {
            let cs = self.sample(c, depth + 1);
            out.push(json!([cs.clone()]));
            out.push(json!([cs.clone(), cs.clone()]));
            out.push(json!([cs.clone(), cs.clone(), cs]));
        }
    }

    fn object_candidates(&self, v: &View<'d>, depth: usize, out: &mut Out) {
        out.push(json!({}));
        if depth >= MAX_DEPTH {
            return;
        }
        let minimal = match self.typed_sample(v, "object", depth) {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let mut full = minimal.clone();
        for (n, ps) in &v.properties {
            if !full.contains_key(*n) {
                full.insert((*n).to_string(), self.sample(ps, depth + 1));
            }
        }
        out.push(Value::Object(minimal.clone()));
        out.push(Value::Object(full.clone()));
        for r in &v.required {
            let mut m = full.clone();
            m.remove(*r);
            out.push(Value::Object(m));
        }
        for (n, ps) in &v.properties {
            if out.full() {
                return;
            }
            let mut without = minimal.clone();
            without.remove(*n);
            for (i, c) in self
                .candidates_of(ps, depth + 1, PER_CHILD)
                .into_iter()
                .enumerate()
            {
                // the member's value next to the required ones; next to every member only
                // for its first candidates (full objects are large)
                if i < 2 {
                    let mut a = full.clone();
                    a.insert((*n).to_string(), c.clone());
                    out.push(Value::Object(a));
                }
                let mut b = minimal.clone();
                b.insert((*n).to_string(), c);
                out.push(Value::Object(b));
            }
            // with only this one optional member next to the required ones
            let mut one = minimal.clone();
            one.insert((*n).to_string(), self.sample(ps, depth + 1));
            out.push(Value::Object(one));
        }
        let extra = |k: &str, val: Value| {
            let mut m = full.clone();
            m.insert(k.to_string(), val);
            Value::Object(m)
        };
        out.push(extra("extra", json!("a")));
        out.push(extra("extra", json!(1)));
        if let Some(a) = v.additional
            && a.is_object()
        {
            for c in self.candidates_of(a, depth + 1, PER_CHILD) {
                out.push(extra("extra", c));
            }
        }
        for (p, ps) in &v.pattern_properties {
            let Some(key) = matching_string(p, true) else {
                continue;
            };
            // the key with what the rest of the map holds (a value the pattern may refuse)
            if let Some(a) = v.additional
                && a.is_object()
            {
                out.push(extra(&key, self.sample(a, depth + 1)));
            }
            out.push(extra(&key, json!("a")));
            for c in self.candidates_of(ps, depth + 1, PER_CHILD) {
                out.push(extra(&key, c.clone()));
                let mut m = minimal.clone();
                m.insert(key.clone(), c);
                out.push(Value::Object(m));
            }
        }
        if let Some(pn) = v.property_names {
            for c in self.candidates_of(pn, depth + 1, PER_CHILD) {
                if let Value::String(k) = c {
                    out.push(extra(&k, json!("a")));
                }
            }
            out.push(extra("A-Z_9 !", json!("a")));
        }
        for (k, deps) in &v.dependent_required {
            let mut m = minimal.clone();
            m.insert(
                (*k).to_string(),
                full.get(*k).cloned().unwrap_or(json!("a")),
            );
            out.push(Value::Object(m.clone()));
            for d in deps {
                m.insert(
                    (*d).to_string(),
                    full.get(*d).cloned().unwrap_or(json!("a")),
                );
            }
            out.push(Value::Object(m));
        }
        for (k, ds) in &v.dependent_schemas {
            let mut m = minimal.clone();
            m.insert(
                (*k).to_string(),
                full.get(*k).cloned().unwrap_or(json!("a")),
            );
            out.push(Value::Object(m.clone()));
            if let Value::Object(extra) = self.sample(ds, depth + 1) {
                m.extend(extra);
                out.push(Value::Object(m));
            }
        }
    }
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

impl<'d> Gen<'d> {
    fn random(&self, s: &'d Value, depth: usize, rng: &mut Rng) -> Value {
        let v = self.view(s);
        if depth >= MAX_DEPTH {
            return self.sample(s, depth);
        }
        if let Some(u) = v.unions.first()
            && !u.is_empty()
            && rng.below(2) == 0
        {
            let b = &u[rng.below(u.len())];
            let own = self.typed_sample(&v, v.main_type(), depth);
            return merge(own, self.random(b, depth + 1, rng));
        }
        match v.main_type() {
            "object" => {
                let mut m = Map::new();
                for (n, ps) in &v.properties {
                    if v.required.contains(n) || rng.below(2) == 0 {
                        m.insert((*n).to_string(), self.random(ps, depth + 1, rng));
                    }
                }
                for r in &v.required {
                    if !m.contains_key(*r) {
                        m.insert((*r).to_string(), json!("a"));
                    }
                }
                Value::Object(m)
            }
            "array" => {
                let n = rng.below(4);
                let mut a = Vec::new();
                for (i, p) in v.prefix_items.iter().enumerate() {
                    if i < n {
                        a.push(self.random(p, depth + 1, rng));
                    }
                }
                if let Some(it) = v.items {
                    while a.len() < n {
                        a.push(self.random(it, depth + 1, rng));
                    }
                }
                Value::Array(a)
            }
            _ => {
                let c = self.candidates_of(s, depth, 16);
                c.get(rng.below(c.len()))
                    .cloned()
                    .unwrap_or_else(|| self.sample(s, depth))
            }
        }
    }
}

/// Does `doc` document every object member in `value`? A member is documented where the
/// schema (through `$ref`, `allOf`, `oneOf`/`anyOf` branches, `if`/`then`/`else` and
/// `dependentSchemas`) names it in `properties`, matches it with `patternProperties`, or
/// gives `additionalProperties` a schema. A client sends (and reads) documented members: a
/// value with an undocumented one proves nothing about the schema.
pub fn documented(doc: &Value, value: &Value) -> bool {
    let d = Doc { root: doc };
    documented_at(&d, d.resolve(doc), value, 0)
}

fn documented_at(d: &Doc, s: &Value, value: &Value, depth: usize) -> bool {
    if depth > MAX_DEPTH * 2 {
        return true;
    }
    match value {
        Value::Object(m) => {
            let mut views = vec![d.view(s)];
            let mut i = 0;
            while i < views.len() && views.len() < 64 {
                let more: Vec<&Value> = views[i]
                    .unions
                    .iter()
                    .flat_map(|u| u.iter())
                    .chain(views[i].conditionals.iter().copied())
                    .chain(views[i].dependent_schemas.iter().map(|x| x.1))
                    .collect();
                for b in more {
                    views.push(d.view(d.resolve(b)));
                }
                i += 1;
            }
            m.iter().all(|(k, v)| {
                let declared = views.iter().find_map(|w| {
                    w.properties
                        .iter()
                        .find(|(n, _)| *n == k)
                        .map(|p| p.1)
                        .or_else(|| {
                            w.pattern_properties
                                .iter()
                                .find(|(p, _)| pattern_matches(p, k))
                                .map(|p| p.1)
                        })
                        .or(w.additional.filter(|a| a.is_object()))
                });
                match declared {
                    Some(ps) => documented_at(d, d.resolve(ps), v, depth + 1),
                    // a map with no named members at all takes any key
                    None => views.iter().all(|w| {
                        w.properties.is_empty()
                            && w.pattern_properties.is_empty()
                            && w.additional != Some(&Value::Bool(false))
                    }),
                }
            })
        }
        Value::Array(a) => {
            let v = d.view(s);
            a.iter()
                .enumerate()
                .all(|(i, x)| match v.prefix_items.get(i).copied().or(v.items) {
                    Some(it) => documented_at(d, d.resolve(it), x, depth + 1),
                    None => true,
                })
        }
        _ => true,
    }
}

fn pattern_matches(p: &str, k: &str) -> bool {
    jsonschema::validator_for(&json!({ "pattern": p }))
        .map(|v| v.is_valid(&json!(k)))
        .unwrap_or(false)
}

/// What a parameter decoder needs to know of a schema: its types, its items and its
/// members' schemas.
pub struct Shape<'d> {
    /// Declared types (through `$ref`, `allOf`, and `oneOf`/`anyOf` branches that all
    /// declare one); `None` = any.
    pub types: Option<Vec<&'d str>>,
    /// The schema of array items, when the schema says one.
    pub items: Option<&'d Value>,
    properties: Vec<(&'d str, &'d Value)>,
    additional: Option<&'d Value>,
}

impl<'d> Shape<'d> {
    /// `array`, `object`, or `scalar`.
    pub fn kind(&self) -> &'static str {
        let Some(ts) = &self.types else {
            return if !self.properties.is_empty() {
                "object"
            } else if self.items.is_some() {
                "array"
            } else {
                "scalar"
            };
        };
        let ts: Vec<&&str> = ts.iter().filter(|t| **t != "null").collect();
        if !ts.is_empty() && ts.iter().all(|t| **t == "array") {
            "array"
        } else if !ts.is_empty() && ts.iter().all(|t| **t == "object") {
            "object"
        } else {
            "scalar"
        }
    }
    /// The type may hold `t` (`number` holds integers; `None` types hold anything).
    pub fn allows(&self, t: &str) -> bool {
        match &self.types {
            None => true,
            Some(ts) => ts.contains(&t) || (t == "integer" && ts.contains(&"number")),
        }
    }
    /// `t` is named by the schema itself.
    pub fn declares(&self, t: &str) -> bool {
        self.types.as_ref().is_none_or(|ts| ts.contains(&t))
    }
    /// The schema of member `k`.
    pub fn property(&self, k: &str) -> Option<&'d Value> {
        self.properties
            .iter()
            .find(|(n, _)| *n == k)
            .map(|p| p.1)
            .or(self.additional.filter(|a| a.is_object()))
    }
}

/// The [`Shape`] of a document's root schema.
pub fn shape(doc: &Value) -> Shape<'_> {
    shape_of(doc, Some(doc))
}

/// The [`Shape`] of schema `s` inside `doc` (`None`: any value).
pub fn shape_of<'d>(doc: &'d Value, s: Option<&'d Value>) -> Shape<'d> {
    let Some(s) = s else {
        return Shape {
            types: None,
            items: None,
            properties: Vec::new(),
            additional: None,
        };
    };
    let d = Doc { root: doc };
    let v = d.view(d.resolve(s));
    let mut types = v.types.clone();
    if types.is_none()
        && let Some(u) = v.unions.first()
    {
        let mut all = Vec::new();
        let mut every = true;
        for b in u.iter() {
            match d.view(d.resolve(b)).types {
                Some(ts) => all.extend(ts),
                None => every = false,
            }
        }
        if every && !all.is_empty() {
            types = Some(all);
        }
    }
    let mut items = v.items;
    let mut properties = v.properties.clone();
    if let Some(u) = v.unions.first() {
        for b in u.iter() {
            let bv = d.view(d.resolve(b));
            items = items.or(bv.items);
            properties.extend(bv.properties);
        }
    }
    Shape {
        types,
        items,
        properties,
        additional: v.additional,
    }
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
