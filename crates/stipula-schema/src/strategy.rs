//! IR schema → proptest strategy compiler (feature `proptest`): random values for the
//! fuzzer's positive cases.
//!
//! `allOf` and 3.1 `$ref` siblings are merged into one flat schema before generation;
//! `oneOf`/`anyOf` pick a branch merged with the parent; `not`, `if/then/else` and the
//! cross-keyword corners are left to the validator: the runner sends a "positive" value only
//! after the request-direction validator accepted it, so valid-by-construction holds even where
//! the compiler is approximate. Recursion is bounded by depth (past it, only required
//! properties and minimal arrays are generated) and by a node budget per root.

use crate::flat::{flatten, gen_types, int_bounds, merge_into};
use crate::json_number as num_value;
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Just, Union};
use serde_json::{Map as JsonMap, Value};
use std::borrow::Cow;
use std::collections::HashMap;
use stipula_spec::{SchemaId, SchemaKind, SchemaObject, Spec, Type};

/// Depth past which only required properties are generated.
pub const MAX_DEPTH: u32 = 4;
/// Strategy nodes compiled per root before optional parts are dropped.
pub const NODE_BUDGET: usize = 4000;
/// Longest free-text string generated without a `maxLength`/`minLength` asking for more.
pub const FREE_STRING_MAX: u64 = 24;
/// Largest array generated beyond `minItems`.
pub const FREE_ARRAY_EXTRA: u64 = 3;

/// Compiles schemas into strategies; one per root (a request part), with a node budget.
pub struct Compiler<'a> {
    spec: &'a Spec,
    /// Header and cookie values: printable ASCII only.
    pub ascii_only: bool,
    /// Skip `readOnly` properties (requests).
    pub request: bool,
    /// Sometimes write integers as `3.0` (JSON bodies: JSON Schema calls 3.0 an integer).
    pub json_floats: bool,
    nodes: usize,
    regex_cache: HashMap<String, Option<BoxedStrategy<String>>>,
}

fn leaf_chars(ascii_only: bool) -> BoxedStrategy<char> {
    static ALNUM: &[std::ops::RangeInclusive<char>] = &['a'..='z', 'A'..='Z', '0'..='9'];
    static PRINTABLE: &[std::ops::RangeInclusive<char>] = &['!'..='~'];
    static WIDE: &[std::ops::RangeInclusive<char>] = &[
        ' '..='~',
        '\u{a0}'..='\u{2ff}',
        '\u{391}'..='\u{3c9}',
        '\u{4e00}'..='\u{4e2f}',
    ];
    if ascii_only {
        prop_oneof![
            6 => proptest::char::ranges(Cow::Borrowed(ALNUM)),
            1 => proptest::char::ranges(Cow::Borrowed(PRINTABLE)),
        ]
        .boxed()
    } else {
        prop_oneof![
            6 => proptest::char::ranges(Cow::Borrowed(ALNUM)),
            1 => proptest::char::ranges(Cow::Borrowed(WIDE)),
        ]
        .boxed()
    }
}

fn two(n: u32) -> String {
    format!("{n:02}")
}

/// Strategy for a well-known `format`, or `None`.
fn format_strategy(format: &str) -> Option<BoxedStrategy<String>> {
    let date = (1970u32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| format!("{y:04}-{}-{}", two(m), two(d)));
    let time = (0u32..24, 0u32..60, 0u32..60)
        .prop_map(|(h, m, s)| format!("{}:{}:{}", two(h), two(m), two(s)));
    Some(match format {
        "date" => date.boxed(),
        "date-time" => (date, time).prop_map(|(d, t)| format!("{d}T{t}Z")).boxed(),
        "time" => time.prop_map(|t| format!("{t}Z")).boxed(),
        "uuid" => any::<u128>()
            .prop_map(|n| {
                let b = n.to_be_bytes();
                let mut b = b;
                b[6] = (b[6] & 0x0f) | 0x40;
                b[8] = (b[8] & 0x3f) | 0x80;
                let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
                format!(
                    "{}-{}-{}-{}-{}",
                    &h[0..8],
                    &h[8..12],
                    &h[12..16],
                    &h[16..20],
                    &h[20..32]
                )
            })
            .boxed(),
        "email" | "idn-email" => (
            "[a-z]{1,8}",
            "[a-z]{1,8}",
            prop_oneof![Just("com"), Just("org"), Just("net")],
        )
            .prop_map(|(u, d, t)| format!("{u}@{d}.{t}"))
            .boxed(),
        "uri" | "url" | "iri" => ("[a-z]{1,10}", "[a-z0-9]{0,8}")
            .prop_map(|(h, p)| format!("https://{h}.example/{p}"))
            .boxed(),
        "uri-reference" | "iri-reference" => "/[a-z0-9]{0,8}".boxed(),
        "hostname" | "idn-hostname" => ("[a-z]{1,10}", "[a-z]{1,10}")
            .prop_map(|(a, b)| format!("{a}.{b}.example"))
            .boxed(),
        "ipv4" => any::<[u8; 4]>()
            .prop_map(|b| format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]))
            .boxed(),
        "ipv6" => any::<[u16; 8]>()
            .prop_map(|g| {
                g.iter()
                    .map(|x| format!("{x:x}"))
                    .collect::<Vec<_>>()
                    .join(":")
            })
            .boxed(),
        "byte" => proptest::collection::vec(any::<u8>(), 0..12)
            .prop_map(|b| base64(&b))
            .boxed(),
        _ => return None,
    })
}

/// Standard base64 with padding (for `format: byte` and basic auth).
pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            T[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            T[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// Strip the anchors proptest's regex generator does not need (`^…$`).
fn strip_anchors(p: &str) -> &str {
    let p = p.strip_prefix('^').unwrap_or(p);
    if p.ends_with('$') && !p.ends_with("\\$") {
        &p[..p.len() - 1]
    } else {
        p
    }
}

impl<'a> Compiler<'a> {
    /// A compiler over `spec`; `request`: skip `readOnly` properties; `ascii_only`: header
    /// and cookie values.
    pub fn new(spec: &'a Spec, request: bool, ascii_only: bool) -> Self {
        Compiler {
            spec,
            ascii_only,
            request,
            json_floats: false,
            nodes: 0,
            regex_cache: HashMap::new(),
        }
    }

    /// Strategy for schema `id`.
    pub fn schema(&mut self, id: SchemaId, depth: u32) -> BoxedStrategy<Value> {
        self.nodes += 1;
        match flatten(self.spec, id) {
            None => Just(Value::Null).boxed(),
            Some(o) => self.object(&o, depth),
        }
    }

    fn over(&self, depth: u32) -> bool {
        depth >= MAX_DEPTH || self.nodes >= NODE_BUDGET
    }

    /// Strategy for a flat schema object.
    pub fn object(&mut self, o: &SchemaObject, depth: u32) -> BoxedStrategy<Value> {
        if let Some(c) = &o.const_ {
            return Just(c.clone()).boxed();
        }
        if let Some(e) = &o.enum_ {
            if e.is_empty() {
                return Just(Value::Null).boxed();
            }
            return proptest::sample::select(e.clone()).boxed();
        }
        let branches: Vec<SchemaId> = o.one_of.iter().chain(o.any_of.iter()).copied().collect();
        if !branches.is_empty() && depth < MAX_DEPTH + 4 {
            let mut base = o.clone();
            base.one_of.clear();
            base.any_of.clear();
            let mut alts = Vec::new();
            for b in branches {
                if let Some(fb) = flatten(self.spec, b) {
                    let mut m = base.clone();
                    // The branch's own keywords win where the base had none.
                    merge_into(&mut m, &fb);
                    if !fb.one_of.is_empty() || !fb.any_of.is_empty() {
                        m.one_of = fb.one_of.clone();
                        m.any_of = fb.any_of.clone();
                    }
                    self.nodes += 1;
                    alts.push(self.object(&m, depth + 1));
                }
            }
            if !alts.is_empty() {
                return Union::new(alts).boxed();
            }
        }
        let types = gen_types(o);
        let mut alts: Vec<(u32, BoxedStrategy<Value>)> = Vec::new();
        let has_int = types.contains(&Type::Integer);
        for t in &types {
            let s = match t {
                Type::Null => {
                    alts.push((1, Just(Value::Null).boxed()));
                    continue;
                }
                Type::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
                Type::Integer => self.integer(o),
                Type::Number => {
                    if has_int {
                        continue;
                    }
                    self.number(o)
                }
                Type::String => self.string(o),
                Type::Array => self.array(o, depth),
                Type::Object => self.obj(o, depth),
            };
            alts.push((4, s));
        }
        if alts.is_empty() {
            return Just(Value::Null).boxed();
        }
        if alts.len() == 1 {
            return alts
                .pop()
                .map(|(_, s)| s)
                .unwrap_or_else(|| Just(Value::Null).boxed());
        }
        Union::new_weighted(alts).boxed()
    }

    fn integer(&self, o: &SchemaObject) -> BoxedStrategy<Value> {
        let ints = self.integer_values(o);
        if !self.json_floats {
            return ints;
        }
        let as_float = ints.clone().prop_map(|v| match v.as_i64() {
            Some(i) if i.unsigned_abs() < (1 << 53) => serde_json::Number::from_f64(i as f64)
                .map(Value::Number)
                .unwrap_or(v),
            _ => v,
        });
        prop_oneof![9 => ints, 1 => as_float].boxed()
    }

    fn integer_values(&self, o: &SchemaObject) -> BoxedStrategy<Value> {
        let (lo, hi) = int_bounds(o);
        if lo > hi {
            return Just(Value::from(lo)).boxed();
        }
        if let Some(m) = o.multiple_of
            && m >= 1.0
            && m.fract() == 0.0
        {
            let m = m as i128;
            let klo = (lo as i128).div_euclid(m) + i128::from((lo as i128).rem_euclid(m) != 0);
            let khi = (hi as i128).div_euclid(m);
            if klo > khi {
                return Just(Value::from(lo)).boxed();
            }
            let (klo, khi) = (klo.max(-(1 << 40)) as i64, khi.min(1 << 40) as i64);
            let small_hi = klo.saturating_add(20).min(khi);
            return prop_oneof![
                3 => (klo..=small_hi).prop_map(move |k| Value::from((i128::from(k) * m) as i64)),
                1 => (klo..=khi).prop_map(move |k| Value::from((i128::from(k) * m) as i64)),
            ]
            .boxed();
        }
        let (slo, shi) = (lo.max(-100).min(hi), hi.min(1000).max(lo));
        let (slo, shi) = if slo > shi {
            (lo, lo.saturating_add(100).min(hi))
        } else {
            (slo, shi)
        };
        prop_oneof![
            4 => (slo..=shi).prop_map(Value::from),
            1 => (lo..=hi).prop_map(Value::from),
        ]
        .boxed()
    }

    fn number(&self, o: &SchemaObject) -> BoxedStrategy<Value> {
        let lo = o
            .minimum
            .into_iter()
            .chain(o.exclusive_minimum)
            .fold(-1.0e6, f64::max);
        let hi = o
            .maximum
            .into_iter()
            .chain(o.exclusive_maximum)
            .fold(1.0e6, f64::min);
        let (lo, hi) = if lo > hi { (lo, lo) } else { (lo, hi) };
        if let Some(m) = o.multiple_of
            && m > 0.0
        {
            let klo = (lo / m).ceil() as i64;
            let khi = (hi / m).floor() as i64;
            if klo <= khi {
                return (klo..=khi)
                    .prop_map(move |k| num_value(k as f64 * m))
                    .boxed();
            }
        }
        let ilo = lo.ceil() as i64;
        let ihi = hi.floor() as i64;
        let ints = if ilo <= ihi {
            let (a, b) = (ilo.max(-100).min(ihi), ihi.min(1000).max(ilo));
            (a..=b).prop_map(Value::from).boxed()
        } else {
            Just(num_value(lo)).boxed()
        };
        prop_oneof![
            2 => ints,
            1 => (lo..=hi).prop_map(|f| num_value((f * 1000.0).round() / 1000.0)),
        ]
        .boxed()
    }

    fn regex(&mut self, pattern: &str) -> Option<BoxedStrategy<String>> {
        if let Some(s) = self.regex_cache.get(pattern) {
            return s.clone();
        }
        let s = proptest::string::string_regex(strip_anchors(pattern))
            .ok()
            .map(|s| s.boxed());
        self.regex_cache.insert(pattern.to_string(), s.clone());
        s
    }

    fn string(&mut self, o: &SchemaObject) -> BoxedStrategy<Value> {
        if let Some(p) = &o.pattern
            && let Some(s) = self.regex(p)
        {
            return s.prop_map(Value::String).boxed();
        }
        if let Some(f) = &o.format
            && let Some(s) = format_strategy(f)
        {
            return s.prop_map(Value::String).boxed();
        }
        let min = o.min_length.unwrap_or(0);
        let max = o
            .max_length
            .unwrap_or(min + FREE_STRING_MAX)
            .min(min + 64)
            .max(min);
        let (min, max) = (min.min(10_000) as usize, max.min(10_064) as usize);
        proptest::collection::vec(leaf_chars(self.ascii_only), min..=max)
            .prop_map(|cs| Value::String(cs.into_iter().collect()))
            .boxed()
    }

    fn any_leaf(&self) -> BoxedStrategy<Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-100i64..1000).prop_map(Value::from),
            "[a-z]{0,8}".prop_map(Value::String),
        ]
        .boxed()
    }

    fn array(&mut self, o: &SchemaObject, depth: u32) -> BoxedStrategy<Value> {
        let min = o.min_items.unwrap_or(0).min(64) as usize;
        let extra = if self.over(depth) {
            0
        } else {
            FREE_ARRAY_EXTRA as usize
        };
        let max = o
            .max_items
            .map(|m| m as usize)
            .unwrap_or(min + extra)
            .min(min + extra)
            .max(min);
        let prefix: Vec<BoxedStrategy<Value>> = o
            .prefix_items
            .iter()
            .map(|p| self.schema(*p, depth + 1))
            .collect();
        let items_false = o
            .items
            .is_some_and(|i| matches!(self.spec.schema(i).kind, SchemaKind::Bool(false)));
        let item = match o.items {
            Some(i) if !items_false => self.schema(i, depth + 1),
            _ => self.any_leaf(),
        };
        let unique = o.unique_items;
        let rest_min = min.saturating_sub(prefix.len());
        let rest_max = if items_false {
            0
        } else {
            max.saturating_sub(prefix.len()).max(rest_min)
        };
        (prefix, proptest::collection::vec(item, rest_min..=rest_max))
            .prop_map(move |(mut p, rest)| {
                p.extend(rest);
                if unique {
                    let mut seen: Vec<Value> = Vec::new();
                    p.retain(|v| {
                        if seen.contains(v) {
                            false
                        } else {
                            seen.push(v.clone());
                            true
                        }
                    });
                }
                Value::Array(p)
            })
            .boxed()
    }

    fn obj(&mut self, o: &SchemaObject, depth: u32) -> BoxedStrategy<Value> {
        let over = self.over(depth);
        let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
        for (name, pid) in &o.properties {
            let ro = self.spec.schema(*pid).object().is_some_and(|p| {
                if self.request {
                    p.read_only
                } else {
                    p.write_only
                }
            });
            if ro {
                continue;
            }
            let required = o.is_required(name);
            if !required && over {
                continue;
            }
            let n = name.clone();
            let s = self
                .schema(*pid, depth + 1)
                .prop_map(move |v| (n.clone(), v));
            if required {
                fields.push(s.prop_map(Some).boxed());
            } else {
                fields.push(proptest::option::weighted(0.6, s).boxed());
            }
        }
        // Required names without a property schema: any value.
        for r in &o.required {
            if !o.properties.contains_key(r) {
                let n = r.clone();
                fields.push(
                    self.any_leaf()
                        .prop_map(move |v| Some((n.clone(), v)))
                        .boxed(),
                );
            }
        }
        let extra = match o.additional_properties {
            Some(a)
                if o.properties.is_empty()
                    && o.pattern_properties.is_empty()
                    && !over
                    && !matches!(self.spec.schema(a).kind, SchemaKind::Bool(false)) =>
            {
                let lo = o.min_properties.unwrap_or(0).min(4) as usize;
                let v = self.schema(a, depth + 1);
                proptest::collection::vec(("[a-z]{3,8}", v), lo..=lo.max(2)).boxed()
            }
            _ => Just(Vec::new()).boxed(),
        };
        (fields, extra)
            .prop_map(|(fs, extra)| {
                let mut m = JsonMap::new();
                for (k, v) in fs.into_iter().flatten() {
                    m.insert(k, v);
                }
                for (k, v) in extra {
                    m.entry(k).or_insert(v);
                }
                Value::Object(m)
            })
            .boxed()
    }
}
