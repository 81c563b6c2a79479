//! A schema seen through its `$ref`s and `allOf`s: the conjunction of several schema nodes
//! merged into one view, so that refactoring a schema into `allOf` parts changes nothing.

use indexmap::IndexMap;
use serde_json::Value;
use stipula_spec::{Discriminator, Loc, SchemaId, SchemaKind, Spec, Type};

/// A conjunction of schema nodes (sorted, deduplicated): the unit the diff compares.
pub(crate) type Conj = Vec<SchemaId>;

/// A `oneOf` or `anyOf` group.
#[derive(Clone, Debug)]
pub(crate) struct Union {
    pub one_of: bool,
    pub branches: Vec<SchemaId>,
}

/// An inclusive or exclusive numeric bound.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Flat<'a> {
    /// `false` somewhere in the conjunction: nothing is valid.
    pub never: bool,
    /// Allowed types without `null`; `None` = any type.
    pub types: Option<Vec<Type>>,
    pub nullable: bool,
    pub enum_: Option<Vec<&'a Value>>,
    pub extensible_enum: Option<Vec<&'a Value>>,
    pub const_: Option<&'a Value>,
    pub format: Option<&'a str>,
    pub title: Option<&'a str>,
    pub default: Option<&'a Value>,
    /// `examples` of the first node that has some.
    pub examples: &'a [Value],
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub multiple_of: Option<f64>,
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub patterns: Vec<&'a str>,
    pub content_media_type: Option<&'a str>,
    pub content_encoding: Option<&'a str>,
    pub content_schema: Conj,
    pub items: Conj,
    pub prefix_items: &'a [SchemaId],
    pub contains: Conj,
    pub min_contains: Option<u64>,
    pub max_contains: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub unevaluated_items: Conj,
    pub properties: IndexMap<&'a str, Conj>,
    pub pattern_properties: IndexMap<&'a str, Conj>,
    /// `additionalProperties` subschemas; empty = anything allowed.
    pub additional: Conj,
    /// `additionalProperties: false` (or a `false` subschema) somewhere.
    pub closed: bool,
    pub unevaluated_properties: Conj,
    pub property_names: Conj,
    pub required: Vec<&'a str>,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    pub dependent_required: IndexMap<&'a str, Vec<&'a str>>,
    pub dependent_schemas: IndexMap<&'a str, Conj>,
    pub unions: Vec<Union>,
    /// `oneOf`/`anyOf` with a single (non-null) branch: merged into the view like `allOf`,
    /// and kept here so that a union that shrank to one branch is still seen as a union.
    pub single_unions: Vec<Union>,
    pub not: Conj,
    pub if_: Conj,
    pub then_: Conj,
    pub else_: Conj,
    pub discriminator: Option<&'a Discriminator>,
    pub sunset: Option<&'a Value>,
    pub stability: Option<&'a str>,
    /// Location of the first object node.
    pub loc: Option<&'a Loc>,
    /// Component name when the conjunction is one named schema.
    pub name: Option<&'a str>,
}

impl Flat<'_> {
    pub fn is_required(&self, name: &str) -> bool {
        self.required.contains(&name)
    }

    /// Types for comparison: the declared set, else inferred from the keywords in use
    /// (`properties` means object, `items` means array, enum values their types).
    pub fn effective_types(&self) -> Option<Vec<Type>> {
        if let Some(t) = &self.types {
            return Some(t.clone());
        }
        if !self.properties.is_empty() || !self.additional.is_empty() || self.closed {
            return Some(vec![Type::Object]);
        }
        if !self.items.is_empty() || !self.prefix_items.is_empty() {
            return Some(vec![Type::Array]);
        }
        if let Some(vals) = self.enum_.as_ref() {
            let mut ts: Vec<Type> = vals.iter().filter_map(|v| value_type(v)).collect();
            ts.sort();
            ts.dedup();
            if !ts.is_empty() {
                return Some(ts);
            }
        }
        None
    }
}

pub(crate) fn value_type(v: &Value) -> Option<Type> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => Type::Boolean,
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() {
                Type::Integer
            } else {
                Type::Number
            }
        }
        Value::String(_) => Type::String,
        Value::Array(_) => Type::Array,
        Value::Object(_) => Type::Object,
    })
}

fn push_conj(c: &mut Conj, id: SchemaId) {
    if let Err(pos) = c.binary_search(&id) {
        c.insert(pos, id);
    }
}

/// Is this schema node `true` (or an empty object schema)?
pub(crate) fn is_trivially_true(spec: &Spec, id: SchemaId) -> bool {
    match &spec.schema(id).kind {
        SchemaKind::Bool(b) => *b,
        SchemaKind::Object(o) => **o == stipula_spec::SchemaObject::default(),
    }
}

fn is_false(spec: &Spec, id: SchemaId) -> bool {
    matches!(spec.schema(id).kind, SchemaKind::Bool(false))
}

/// Is this branch only `{type: null}` (the "nullable wrapper" idiom)?
fn is_null_only(spec: &Spec, id: SchemaId) -> bool {
    match &spec.schema(id).kind {
        SchemaKind::Object(o) => {
            o.types.as_deref() == Some(&[Type::Null][..])
                && o.properties.is_empty()
                && o.all_of.is_empty()
                && o.one_of.is_empty()
                && o.any_of.is_empty()
                && o.ref_.is_none()
        }
        SchemaKind::Bool(_) => false,
    }
}

/// Normalize a list of schema ids into a conjunction.
pub(crate) fn conj_of(spec: &Spec, ids: impl IntoIterator<Item = SchemaId>) -> Conj {
    let mut c = Conj::new();
    for id in ids {
        if !is_trivially_true(spec, id) || matches!(spec.schema(id).kind, SchemaKind::Bool(_)) {
            push_conj(&mut c, id);
        }
    }
    c
}

fn tighter_lower(a: Option<Bound>, b: Bound) -> Option<Bound> {
    match a {
        None => Some(b),
        Some(a) => {
            if b.value > a.value || (b.value == a.value && b.exclusive) {
                Some(b)
            } else {
                Some(a)
            }
        }
    }
}

fn tighter_upper(a: Option<Bound>, b: Bound) -> Option<Bound> {
    match a {
        None => Some(b),
        Some(a) => {
            if b.value < a.value || (b.value == a.value && b.exclusive) {
                Some(b)
            } else {
                Some(a)
            }
        }
    }
}

fn max_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn min_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Merge a conjunction (following `$ref` siblings and `allOf`) into one view.
pub(crate) fn flatten<'a>(spec: &'a Spec, conj: &[SchemaId]) -> Flat<'a> {
    let mut f = Flat::default();
    if conj.len() == 1 {
        f.name = spec.schema(conj[0]).name.as_deref();
    }
    // (schema, reached through the one non-null branch of a `oneOf`/`anyOf` that also
    // allows `null`): such a conjunct's types take `null` too, since
    // (A or null) and (B or null) = (A and B) or null
    let mut work: Vec<(SchemaId, bool)> = conj.iter().rev().map(|id| (*id, false)).collect();
    let mut seen: Vec<SchemaId> = Vec::new();
    let mut types: Option<Vec<Type>> = None;
    // 3.0 `nullable: true` beside allOf/oneOf: null is allowed whatever the members say
    let mut null_marker = false;
    // `null` named by a union branch or an enum value: allowed only where no conjunct's
    // types exclude it
    let mut soft_null = false;
    let mut enum_sets: Vec<&'a [Value]> = Vec::new();
    while let Some((id, or_null)) = work.pop() {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let s = spec.schema(id);
        let o = match &s.kind {
            SchemaKind::Bool(true) => continue,
            SchemaKind::Bool(false) => {
                f.never = true;
                continue;
            }
            SchemaKind::Object(o) => o,
        };
        if f.loc.is_none() {
            f.loc = Some(&s.loc);
        }
        // children to merge: $ref target and allOf members, in order
        let mut kids: Vec<(SchemaId, bool)> = Vec::new();
        if let Some(r) = o.ref_ {
            kids.push((r, or_null));
        }
        kids.extend(o.all_of.iter().map(|k| (*k, or_null)));
        // oneOf/anyOf: peel a `null` branch off (the nullable-wrapper idiom).
        let mut union_nullable = false;
        for (one_of, branches) in [(true, &o.one_of), (false, &o.any_of)] {
            if branches.is_empty() {
                continue;
            }
            let (nulls, rest): (Vec<SchemaId>, Vec<SchemaId>) =
                branches.iter().partition(|b| is_null_only(spec, **b));
            if !nulls.is_empty() {
                union_nullable = true;
            }
            if rest.len() == 1 {
                kids.push((rest[0], or_null || !nulls.is_empty()));
                f.single_unions.push(Union {
                    one_of,
                    branches: rest,
                });
            } else if !rest.is_empty() {
                f.unions.push(Union {
                    one_of,
                    branches: rest,
                });
            }
        }
        for k in kids.iter().rev() {
            work.push(*k);
        }
        if let Some(ts) = &o.types {
            let only_null = ts.as_slice() == [Type::Null];
            let composite = !kids.is_empty() || !f.unions.is_empty();
            if only_null && composite {
                // 3.0 `nullable: true` beside allOf/oneOf: a marker, not a type constraint.
                null_marker = true;
            } else {
                let mut ts = ts.clone();
                if or_null && !ts.contains(&Type::Null) {
                    ts.push(Type::Null);
                }
                types = Some(match types {
                    None => ts,
                    Some(prev) => intersect_types(&prev, &ts),
                });
            }
        }
        if union_nullable {
            soft_null = true;
        }
        if let Some(e) = &o.enum_ {
            enum_sets.push(e.as_slice());
        }
        if let Some(Value::Array(vals)) = o.extensions.get("x-extensible-enum") {
            f.extensible_enum = Some(vals.iter().collect());
        }
        if f.const_.is_none() {
            f.const_ = o.const_.as_ref();
        }
        if f.format.is_none() {
            f.format = o.format.as_deref();
        }
        if f.title.is_none() {
            f.title = o.title.as_deref();
        }
        if f.default.is_none() {
            f.default = o.default.as_ref();
        }
        if f.examples.is_empty() {
            f.examples = &o.examples;
        }
        f.deprecated |= o.deprecated;
        f.read_only |= o.read_only;
        f.write_only |= o.write_only;
        if let Some(m) = o.multiple_of {
            f.multiple_of = Some(m);
        }
        if let Some(v) = o.minimum {
            f.lower = tighter_lower(
                f.lower,
                Bound {
                    value: v,
                    exclusive: false,
                },
            );
        }
        if let Some(v) = o.exclusive_minimum {
            f.lower = tighter_lower(
                f.lower,
                Bound {
                    value: v,
                    exclusive: true,
                },
            );
        }
        if let Some(v) = o.maximum {
            f.upper = tighter_upper(
                f.upper,
                Bound {
                    value: v,
                    exclusive: false,
                },
            );
        }
        if let Some(v) = o.exclusive_maximum {
            f.upper = tighter_upper(
                f.upper,
                Bound {
                    value: v,
                    exclusive: true,
                },
            );
        }
        f.min_length = max_opt(f.min_length, o.min_length);
        f.max_length = min_opt(f.max_length, o.max_length);
        // `pattern: ''` matches every string: no constraint at all
        if let Some(p) = &o.pattern
            && !p.is_empty()
            && !f.patterns.contains(&p.as_str())
        {
            f.patterns.push(p);
        }
        if f.content_media_type.is_none() {
            f.content_media_type = o.content_media_type.as_deref();
        }
        if f.content_encoding.is_none() {
            f.content_encoding = o.content_encoding.as_deref();
        }
        if let Some(c) = o.content_schema {
            add(spec, &mut f.content_schema, c);
        }
        if let Some(c) = o.items {
            add(spec, &mut f.items, c);
        }
        if f.prefix_items.is_empty() {
            f.prefix_items = &o.prefix_items;
        }
        if let Some(c) = o.contains {
            add(spec, &mut f.contains, c);
        }
        f.min_contains = max_opt(f.min_contains, o.min_contains);
        f.max_contains = min_opt(f.max_contains, o.max_contains);
        f.min_items = max_opt(f.min_items, o.min_items);
        f.max_items = min_opt(f.max_items, o.max_items);
        f.unique_items |= o.unique_items;
        if let Some(c) = o.unevaluated_items {
            add(spec, &mut f.unevaluated_items, c);
        }
        for (k, v) in &o.properties {
            let e = f.properties.entry(k.as_str()).or_default();
            add(spec, e, *v);
        }
        for (k, v) in &o.pattern_properties {
            let e = f.pattern_properties.entry(k.as_str()).or_default();
            add(spec, e, *v);
        }
        if let Some(a) = o.additional_properties {
            if is_false(spec, a) {
                f.closed = true;
            } else {
                add(spec, &mut f.additional, a);
            }
        }
        if let Some(a) = o.unevaluated_properties {
            if is_false(spec, a) {
                f.closed = true;
            } else {
                add(spec, &mut f.unevaluated_properties, a);
            }
        }
        if let Some(c) = o.property_names {
            add(spec, &mut f.property_names, c);
        }
        for r in &o.required {
            if !f.required.contains(&r.as_str()) {
                f.required.push(r);
            }
        }
        f.min_properties = max_opt(f.min_properties, o.min_properties);
        f.max_properties = min_opt(f.max_properties, o.max_properties);
        for (k, v) in &o.dependent_required {
            let e = f.dependent_required.entry(k.as_str()).or_default();
            for x in v {
                if !e.contains(&x.as_str()) {
                    e.push(x);
                }
            }
        }
        for (k, v) in &o.dependent_schemas {
            let e = f.dependent_schemas.entry(k.as_str()).or_default();
            add(spec, e, *v);
        }
        if let Some(n) = o.not {
            add(spec, &mut f.not, n);
        }
        if let Some(n) = o.if_ {
            add(spec, &mut f.if_, n);
        }
        if let Some(n) = o.then_ {
            add(spec, &mut f.then_, n);
        }
        if let Some(n) = o.else_ {
            add(spec, &mut f.else_, n);
        }
        if f.discriminator.is_none() {
            f.discriminator = o.discriminator.as_ref();
        }
        if f.sunset.is_none() {
            f.sunset = o.extensions.get("x-sunset");
        }
        if f.stability.is_none() {
            f.stability = o
                .extensions
                .get("x-stability-level")
                .and_then(Value::as_str);
        }
    }
    // enum: intersection of every set
    if let Some((first, rest)) = enum_sets.split_first() {
        let mut vals: Vec<&Value> = first
            .iter()
            .filter(|v| rest.iter().all(|s| s.contains(v)))
            .collect();
        if vals.iter().any(|v| v.is_null()) {
            soft_null = true;
            vals.retain(|v| !v.is_null());
        }
        f.enum_ = Some(vals);
    }
    match types {
        Some(mut ts) => {
            let had_null = ts.contains(&Type::Null);
            ts.retain(|t| *t != Type::Null);
            ts.sort();
            ts.dedup();
            // a union's or an enum's `null` (`soft_null`) does not survive a conjunct whose
            // types lack it: the intersection above already decided
            f.nullable = had_null || null_marker;
            // `type: [null]` alone: only null.
            f.types = Some(ts);
        }
        None => {
            f.nullable = null_marker || soft_null;
            f.types = None;
        }
    }
    drop_vacuous(&mut f);
    f
}

/// Constraints that accept every value they apply to are dropped, and `number` whose
/// `multipleOf` is a whole number is read as `integer` (2020-12 counts `1.0` as an
/// integer), so a rewrite that only spells the same set of values differently compares
/// equal: `minItems: 0`, `minLength: 0`, `minProperties: 0`, a `pattern` that can match the
/// empty string anywhere (`.*`: patterns are searched, not anchored), `contains` with
/// `minContains: 0` and no `maxContains`, `minContains`/`maxContains` without `contains`,
/// `{type: number, multipleOf: 1}` (= `{type: integer}`), `{type: integer, multipleOf: 1}`.
fn drop_vacuous(f: &mut Flat) {
    if f.min_length == Some(0) {
        f.min_length = None;
    }
    if f.min_items == Some(0) {
        f.min_items = None;
    }
    if f.min_properties == Some(0) {
        f.min_properties = None;
    }
    f.patterns.retain(|p| !matches_everything(p));
    if f.contains.is_empty() {
        f.min_contains = None;
        f.max_contains = None;
    } else if f.min_contains == Some(0) && f.max_contains.is_none() {
        f.contains = Conj::default();
        f.min_contains = None;
    }
    let whole = |x: f64| x.is_finite() && x >= 1.0 && x.fract() == 0.0;
    if let (Some(m), Some(ts)) = (f.multiple_of, f.types.as_mut()) {
        if whole(m) && ts.contains(&Type::Number) {
            // only whole numbers are multiples of a whole number
            for t in ts.iter_mut() {
                if *t == Type::Number {
                    *t = Type::Integer;
                }
            }
            ts.sort();
            ts.dedup();
        }
        // every integer is a multiple of 1, 0.5, 0.25...
        let divides_one = m > 0.0 && whole(1.0 / m);
        if divides_one && ts.contains(&Type::Integer) && !ts.contains(&Type::Number) {
            f.multiple_of = None;
        }
    }
}

/// A `pattern` every string matches: patterns are searched for anywhere in the string
/// (ECMA-262 `test`), so one that can match the empty string at the start always matches.
/// Only spellings that are plainly that are recognised.
fn matches_everything(p: &str) -> bool {
    matches!(
        p,
        "" | ".*"
            | "^.*"
            | ".*$"
            | "(.*)"
            | "^(.*)"
            | "(?:.*)"
            | "^(?:.*)"
            | "[\\s\\S]*"
            | "^[\\s\\S]*$"
            | "^[\\s\\S]*"
    )
}

/// Intersection of two type sets (`integer` is a subset of `number`).
fn intersect_types(a: &[Type], b: &[Type]) -> Vec<Type> {
    let allows = |set: &[Type], t: Type| {
        set.contains(&t) || (t == Type::Integer && set.contains(&Type::Number))
    };
    let mut out: Vec<Type> = a
        .iter()
        .chain(b.iter())
        .copied()
        .filter(|t| allows(a, *t) && allows(b, *t))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn add(spec: &Spec, c: &mut Conj, id: SchemaId) {
    if matches!(spec.schema(id).kind, SchemaKind::Bool(true)) {
        return;
    }
    push_conj(c, id);
}
