//! The request validator: JSON values checked against a table of schemas (JSON Schema
//! keywords, subschemas as indexes), which the generator writes for each API description.

use super::super::formats::format_problem;

/// One schema of the request-body validation table (JSON Schema keywords; subschemas are
/// indexes into the table).
#[derive(Debug, Default, ::serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Node {
    /// A boolean schema (`true`: anything, `false`: nothing).
    pub bool: ::std::option::Option<bool>,
    /// JSON Schema's `type`.
    #[serde(rename = "type")]
    pub types: ::std::vec::Vec<::std::string::String>,
    /// JSON Schema's `enum`.
    #[serde(rename = "enum")]
    pub enum_: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// JSON Schema's `const`.
    #[serde(rename = "const")]
    pub const_: ::std::option::Option<::serde_json::Value>,
    /// JSON Schema's `minimum`.
    pub minimum: ::std::option::Option<f64>,
    /// JSON Schema's `maximum`.
    pub maximum: ::std::option::Option<f64>,
    /// JSON Schema's `exclusiveMinimum`.
    pub exclusive_minimum: ::std::option::Option<f64>,
    /// JSON Schema's `exclusiveMaximum`.
    pub exclusive_maximum: ::std::option::Option<f64>,
    /// JSON Schema's `multipleOf`.
    pub multiple_of: ::std::option::Option<f64>,
    /// JSON Schema's `minLength`.
    pub min_length: ::std::option::Option<u64>,
    /// JSON Schema's `maxLength`.
    pub max_length: ::std::option::Option<u64>,
    /// JSON Schema's `items`.
    pub items: ::std::option::Option<usize>,
    /// JSON Schema's `prefixItems`.
    pub prefix_items: ::std::vec::Vec<usize>,
    /// JSON Schema's `minItems`.
    pub min_items: ::std::option::Option<u64>,
    /// JSON Schema's `maxItems`.
    pub max_items: ::std::option::Option<u64>,
    /// JSON Schema's `uniqueItems`.
    pub unique_items: bool,
    /// JSON Schema's `properties`.
    pub properties: ::std::vec::Vec<(::std::string::String, usize)>,
    /// JSON Schema's `required`.
    pub required: ::std::vec::Vec<::std::string::String>,
    /// JSON Schema's `additionalProperties`.
    pub additional_properties: ::std::option::Option<usize>,
    /// `(pattern, schema)` pairs of `patternProperties`.
    pub pattern_properties: ::std::vec::Vec<(::std::string::String, usize)>,
    /// JSON Schema's `propertyNames`.
    pub property_names: ::std::option::Option<usize>,
    /// `(property, properties it requires)` pairs of `dependentRequired`.
    pub dependent_required: ::std::vec::Vec<(
        ::std::string::String,
        ::std::vec::Vec<::std::string::String>,
    )>,
    /// `(property, schema the whole object must then match)` pairs of `dependentSchemas`.
    pub dependent_schemas: ::std::vec::Vec<(::std::string::String, usize)>,
    /// JSON Schema's `contains`.
    pub contains: ::std::option::Option<usize>,
    /// JSON Schema's `minContains`.
    pub min_contains: ::std::option::Option<u64>,
    /// JSON Schema's `maxContains`.
    pub max_contains: ::std::option::Option<u64>,
    /// JSON Schema's `minProperties`.
    pub min_properties: ::std::option::Option<u64>,
    /// JSON Schema's `maxProperties`.
    pub max_properties: ::std::option::Option<u64>,
    /// JSON Schema's `allOf`.
    pub all_of: ::std::vec::Vec<usize>,
    /// JSON Schema's `anyOf`.
    pub any_of: ::std::vec::Vec<usize>,
    /// JSON Schema's `oneOf`.
    pub one_of: ::std::vec::Vec<usize>,
    /// JSON Schema's `not`.
    pub not: ::std::option::Option<usize>,
    /// `(property, [(tag, schema)])` of a discriminated `oneOf`/`anyOf`.
    pub discriminator: ::std::option::Option<(
        ::std::string::String,
        ::std::vec::Vec<(::std::string::String, usize)>,
    )>,
    /// JSON Schema's `pattern`.
    pub pattern: ::std::option::Option<::std::string::String>,
    /// One of the formats `format_problem` knows.
    pub format: ::std::option::Option<::std::string::String>,
    /// JSON Schema's `if`.
    #[serde(rename = "if")]
    pub if_: ::std::option::Option<usize>,
    /// JSON Schema's `then`.
    pub then: ::std::option::Option<usize>,
    /// JSON Schema's `else`.
    #[serde(rename = "else")]
    pub else_: ::std::option::Option<usize>,
    /// `pattern`, compiled when the table is parsed.
    #[cfg(feature = "regex")]
    #[serde(skip)]
    pub regex: ::std::option::Option<::regex_lite::Regex>,
    /// The patterns of `patternProperties`, compiled when the table is parsed (`None`: one
    /// regex-lite cannot compile).
    #[cfg(feature = "regex")]
    #[serde(skip)]
    pub pattern_regexes: ::std::vec::Vec<::std::option::Option<::regex_lite::Regex>>,
}

impl Node {
    /// Whether `s` matches `pattern`: `None` when there is none, or it is not checked
    /// (built without the `regex` feature, or a pattern regex-lite cannot compile).
    #[cfg(feature = "regex")]
    fn pattern_match(&self, s: &str) -> ::std::option::Option<bool> {
        self.regex.as_ref().map(|re| re.is_match(s))
    }

    #[cfg(not(feature = "regex"))]
    fn pattern_match(&self, _s: &str) -> ::std::option::Option<bool> {
        None
    }

    /// Whether key `k` matches the `i`-th pattern of `patternProperties` (`None`: unknown).
    #[cfg(feature = "regex")]
    fn pattern_property_match(&self, i: usize, k: &str) -> ::std::option::Option<bool> {
        self.pattern_regexes
            .get(i)
            .and_then(|r| r.as_ref())
            .map(|re| re.is_match(k))
    }

    #[cfg(not(feature = "regex"))]
    fn pattern_property_match(&self, _i: usize, _k: &str) -> ::std::option::Option<bool> {
        None
    }
}

/// Parse a validation table (the JSON the generator writes), compiling its patterns when
/// built with the `regex` feature. A table that does not parse checks nothing: the table is
/// generated with the code, so that only happens to a hand-edited one.
pub fn parse_table(json: &str) -> ::std::vec::Vec<Node> {
    #[allow(unused_mut)]
    let mut nodes: ::std::vec::Vec<Node> = ::serde_json::from_str(json).unwrap_or_default();
    #[cfg(feature = "regex")]
    for n in &mut nodes {
        // A pattern regex-lite cannot compile (Unicode classes, look-around) is not checked.
        n.regex = n
            .pattern
            .as_deref()
            .and_then(|p| ::regex_lite::Regex::new(p).ok());
        n.pattern_regexes = n
            .pattern_properties
            .iter()
            .map(|(p, _)| ::regex_lite::Regex::new(p).ok())
            .collect();
    }
    nodes
}

/// At most this many problems are reported for one body.
pub const MAX_ERRORS: usize = 20;

/// Checks JSON values against the table. Problems are `(JSON pointer, message)` pairs.
pub struct Validator<'a> {
    /// The validation table.
    pub nodes: &'a [Node],
    /// The problems found so far: `(JSON pointer, message)`.
    pub errors: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}

fn type_name(v: &::serde_json::Value) -> &'static str {
    match v {
        ::serde_json::Value::Null => "null",
        ::serde_json::Value::Bool(_) => "boolean",
        ::serde_json::Value::Number(_) => "number",
        ::serde_json::Value::String(_) => "string",
        ::serde_json::Value::Array(_) => "array",
        ::serde_json::Value::Object(_) => "object",
    }
}

fn is_type(v: &::serde_json::Value, t: &str) -> bool {
    match (t, v) {
        ("null", ::serde_json::Value::Null)
        | ("boolean", ::serde_json::Value::Bool(_))
        | ("number", ::serde_json::Value::Number(_))
        | ("string", ::serde_json::Value::String(_))
        | ("array", ::serde_json::Value::Array(_))
        | ("object", ::serde_json::Value::Object(_)) => true,
        ("integer", ::serde_json::Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

/// JSON equality with numbers compared by value (`1` equals `1.0`).
fn same(a: &::serde_json::Value, b: &::serde_json::Value) -> bool {
    match (a, b) {
        (::serde_json::Value::Number(x), ::serde_json::Value::Number(y)) => {
            x.as_f64() == y.as_f64()
        }
        (::serde_json::Value::Array(x), ::serde_json::Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (::serde_json::Value::Object(x), ::serde_json::Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, a)| y.get(k).is_some_and(|b| same(a, b)))
        }
        _ => a == b,
    }
}

/// `key` as a JSON pointer token (`~` → `~0`, `/` → `~1`): the runtime's one escaper (the
/// runtime is embedded in generated crates, so it cannot use stipula-spec's `pointer`).
pub(super) fn escape(key: &str) -> ::std::string::String {
    key.replace('~', "~0").replace('/', "~1")
}

impl<'a> Validator<'a> {
    /// A validator over this table, with no problems yet.
    pub fn new(nodes: &'a [Node]) -> Self {
        Validator {
            nodes,
            errors: ::std::vec::Vec::new(),
        }
    }

    /// A count (a string's length, an array's items, an object's properties) against its
    /// lower and upper bound keywords, each violation worded by `few` or `many`.
    fn count_within(
        &mut self,
        path: &str,
        len: u64,
        (min, max): (::std::option::Option<u64>, ::std::option::Option<u64>),
        few: impl Fn(u64) -> ::std::string::String,
        many: impl Fn(u64) -> ::std::string::String,
    ) {
        if let Some(m) = min.filter(|m| len < *m) {
            self.fail(path, few(m));
        }
        if let Some(m) = max.filter(|m| len > *m) {
            self.fail(path, many(m));
        }
    }

    fn fail(&mut self, path: &str, message: ::std::string::String) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push((path.to_string(), message));
        }
    }

    /// Whether `v` is valid against schema `idx` (no problems recorded).
    fn matches(&self, v: &::serde_json::Value, idx: usize, depth: usize) -> bool {
        let mut probe = Validator::new(self.nodes);
        probe.check(v, idx, "", depth);
        probe.errors.is_empty()
    }

    /// Check `v` (at `path`, a JSON pointer) against schema `idx`.
    pub fn check(&mut self, v: &::serde_json::Value, idx: usize, path: &str, depth: usize) {
        let nodes = self.nodes;
        let Some(n) = nodes.get(idx) else { return };
        // Deeper than any JSON serde_json accepts: a schema cycle that does not descend.
        if depth > 256 || self.errors.len() >= MAX_ERRORS {
            return;
        }
        match n.bool {
            Some(true) => return,
            Some(false) => {
                self.fail(path, "no value is allowed here".into());
                return;
            }
            None => {}
        }
        if !n.types.is_empty() && !n.types.iter().any(|t| is_type(v, t)) {
            self.fail(
                path,
                format!("expected {}, found {}", n.types.join(" or "), type_name(v)),
            );
            return;
        }
        if let Some(values) = &n.enum_ {
            if !values.iter().any(|e| same(e, v)) {
                let list: ::std::vec::Vec<::std::string::String> =
                    values.iter().take(10).map(|e| e.to_string()).collect();
                self.fail(
                    path,
                    format!(
                        "{v} is not one of the allowed values: {}{}",
                        list.join(", "),
                        if values.len() > 10 { ", ..." } else { "" }
                    ),
                );
            }
        }
        if let Some(c) = &n.const_ {
            if !same(c, v) {
                self.fail(path, format!("expected the constant {c}, found {v}"));
            }
        }
        match v {
            ::serde_json::Value::Number(num) => {
                let x = num.as_f64().unwrap_or(0.0);
                if let Some(m) = n.minimum {
                    if x < m {
                        self.fail(path, format!("{x} is less than the minimum {m}"));
                    }
                }
                if let Some(m) = n.maximum {
                    if x > m {
                        self.fail(path, format!("{x} is greater than the maximum {m}"));
                    }
                }
                if let Some(m) = n.exclusive_minimum {
                    if x <= m {
                        self.fail(
                            path,
                            format!("{x} is not greater than the exclusive minimum {m}"),
                        );
                    }
                }
                if let Some(m) = n.exclusive_maximum {
                    if x >= m {
                        self.fail(
                            path,
                            format!("{x} is not less than the exclusive maximum {m}"),
                        );
                    }
                }
                if let Some(m) = n.multiple_of {
                    let q = x / m;
                    if m > 0.0 && (q - q.round()).abs() > 1e-9 {
                        self.fail(path, format!("{x} is not a multiple of {m}"));
                    }
                }
            }
            ::serde_json::Value::String(s) => {
                if n.pattern_match(s) == Some(false) {
                    self.fail(
                        path,
                        format!(
                            "{s:?} does not match the pattern {:?}",
                            n.pattern.as_deref().unwrap_or_default()
                        ),
                    );
                }
                if let Some(f) = &n.format {
                    if let Some(why) = format_problem(f, s) {
                        self.fail(path, format!("{s:?} is not a valid {f}: {why}"));
                    }
                }
                if n.min_length.is_some() || n.max_length.is_some() {
                    let len = s.chars().count() as u64;
                    self.count_within(
                        path,
                        len,
                        (n.min_length, n.max_length),
                        |m| format!("length {len} is less than minLength {m}"),
                        |m| format!("length {len} is greater than maxLength {m}"),
                    );
                }
            }
            ::serde_json::Value::Array(items) => {
                let len = items.len() as u64;
                self.count_within(
                    path,
                    len,
                    (n.min_items, n.max_items),
                    |m| format!("{len} items, fewer than minItems {m}"),
                    |m| format!("{len} items, more than maxItems {m}"),
                );
                if n.unique_items {
                    'outer: for (i, a) in items.iter().enumerate() {
                        for b in &items[..i] {
                            if same(a, b) {
                                self.fail(
                                    &format!("{path}/{i}"),
                                    "duplicate item (uniqueItems)".into(),
                                );
                                break 'outer;
                            }
                        }
                    }
                }
                if let Some(c) = n.contains {
                    let found = items
                        .iter()
                        .filter(|item| self.matches(item, c, depth + 1))
                        .count() as u64;
                    let min = n.min_contains.unwrap_or(1);
                    if found < min {
                        self.fail(
                            path,
                            format!("{found} items match the `contains` schema, fewer than {min}"),
                        );
                    }
                    if let Some(max) = n.max_contains {
                        if found > max {
                            self.fail(path, format!("{found} items match the `contains` schema, more than maxContains {max}"));
                        }
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let sub = match n.prefix_items.get(i) {
                        Some(s) => Some(*s),
                        None => n.items,
                    };
                    if let Some(s) = sub {
                        self.check(item, s, &format!("{path}/{i}"), depth + 1);
                    }
                }
            }
            ::serde_json::Value::Object(map) => {
                for r in &n.required {
                    if !map.contains_key(r) {
                        self.fail(path, format!("the required property {r:?} is missing"));
                    }
                }
                let len = map.len() as u64;
                self.count_within(
                    path,
                    len,
                    (n.min_properties, n.max_properties),
                    |m| format!("{len} properties, fewer than minProperties {m}"),
                    |m| format!("{len} properties, more than maxProperties {m}"),
                );
                for (name, needs) in &n.dependent_required {
                    if map.contains_key(name) {
                        for r in needs {
                            if !map.contains_key(r) {
                                self.fail(path, format!("the property {r:?} is missing: it is required when {name:?} is present (dependentRequired)"));
                            }
                        }
                    }
                }
                for (name, s) in &n.dependent_schemas {
                    if map.contains_key(name) {
                        self.check(v, *s, path, depth + 1);
                    }
                }
                for (k, val) in map {
                    let at = format!("{path}/{}", escape(k));
                    if let Some(s) = n.property_names {
                        let mut names = Validator::new(nodes);
                        names.check(&::serde_json::Value::String(k.clone()), s, &at, depth + 1);
                        for (_, message) in names.errors {
                            self.fail(&at, format!("property name {k:?}: {message}"));
                        }
                    }
                    // A key goes to `additionalProperties` when neither `properties` nor a
                    // pattern of `patternProperties` takes it.
                    let mut taken = false;
                    if let Some((_, s)) = n.properties.iter().find(|(name, _)| name == k) {
                        self.check(val, *s, &at, depth + 1);
                        taken = true;
                    }
                    for (i, (_, s)) in n.pattern_properties.iter().enumerate() {
                        match n.pattern_property_match(i, k) {
                            Some(true) => {
                                self.check(val, *s, &at, depth + 1);
                                taken = true;
                            }
                            Some(false) => {}
                            // Unknown whether the pattern takes this key: do not hold it
                            // to `additionalProperties`.
                            None => taken = true,
                        }
                    }
                    if !taken {
                        if let Some(s) = n.additional_properties {
                            self.check(val, s, &at, depth + 1);
                        }
                    }
                }
            }
            _ => {}
        }
        for s in &n.all_of {
            self.check(v, *s, path, depth + 1);
        }
        if !n.any_of.is_empty() || !n.one_of.is_empty() {
            let (word, branches) = if n.one_of.is_empty() {
                ("anyOf", &n.any_of)
            } else {
                ("oneOf", &n.one_of)
            };
            let chosen = n.discriminator.as_ref().and_then(|(prop, mapping)| {
                let tag = v.get(prop.as_str())?.as_str()?;
                mapping.iter().find(|(t, _)| t == tag).map(|(_, s)| *s)
            });
            match chosen {
                Some(s) => self.check(v, s, path, depth + 1),
                None => {
                    // `oneOf` is checked like `anyOf`: real descriptions often have branches
                    // that overlap, and rejecting a value that fits two of them helps no one.
                    if !branches.iter().any(|s| self.matches(v, *s, depth + 1)) {
                        self.fail(
                            path,
                            format!("the value matches none of the {word} alternatives"),
                        );
                    }
                }
            }
        }
        if let Some(s) = n.not {
            if self.matches(v, s, depth + 1) {
                self.fail(
                    path,
                    "the value matches a schema it must not match (`not`)".into(),
                );
            }
        }
        if let Some(s) = n.if_ {
            let branch = if self.matches(v, s, depth + 1) {
                n.then
            } else {
                n.else_
            };
            if let Some(b) = branch {
                self.check(v, b, path, depth + 1);
            }
        }
    }
}

/// The types schema `idx` allows, looking through `allOf`/`anyOf`/`oneOf` when it says none
/// itself (empty: any type).
fn kinds(nodes: &[Node], idx: usize, depth: usize) -> ::std::vec::Vec<&str> {
    let Some(n) = nodes.get(idx) else {
        return ::std::vec::Vec::new();
    };
    if !n.types.is_empty() || depth > 16 {
        return n.types.iter().map(|t| t.as_str()).collect();
    }
    let mut out = ::std::vec::Vec::new();
    for m in n.all_of.iter().chain(&n.any_of).chain(&n.one_of) {
        out.extend(kinds(nodes, *m, depth + 1));
    }
    out
}

/// The schema of property `key` (`None`: the item schema) of schema `idx`, looking through
/// `allOf`/`anyOf`/`oneOf`.
fn child(
    nodes: &[Node],
    idx: usize,
    key: ::std::option::Option<&str>,
    depth: usize,
) -> ::std::option::Option<usize> {
    let n = nodes.get(idx)?;
    if depth > 16 {
        return None;
    }
    let own = match key {
        Some(k) => n
            .properties
            .iter()
            .find(|(name, _)| name == k)
            .map(|(_, s)| *s),
        None => n.items,
    };
    own.or_else(|| {
        n.all_of
            .iter()
            .chain(&n.any_of)
            .chain(&n.one_of)
            .find_map(|m| child(nodes, *m, key, depth + 1))
    })
    .or(if key.is_some() {
        n.additional_properties
    } else {
        None
    })
}

/// Text values (form fields, parts) made into the numbers, booleans and lists schema `idx`
/// asks for; anything else is left as it is for the validator to judge.
pub fn shape_text(
    nodes: &[Node],
    v: ::serde_json::Value,
    idx: usize,
    depth: usize,
) -> ::serde_json::Value {
    if depth > 64 {
        return v;
    }
    match v {
        ::serde_json::Value::String(s) => {
            let k = kinds(nodes, idx, 0);
            if k.is_empty() || k.contains(&"string") {
                return ::serde_json::Value::String(s);
            }
            if k.contains(&"integer") || k.contains(&"number") {
                if let Ok(i) = s.trim().parse::<i64>() {
                    return ::serde_json::Value::from(i);
                }
                if let Some(n) = s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(::serde_json::Number::from_f64)
                {
                    return ::serde_json::Value::Number(n);
                }
            }
            if k.contains(&"boolean") && (s == "true" || s == "false") {
                return ::serde_json::Value::Bool(s == "true");
            }
            if (k.contains(&"object") || k.contains(&"array"))
                && (s.starts_with('{') || s.starts_with('['))
            {
                if let Ok(v) = ::serde_json::from_str::<::serde_json::Value>(&s) {
                    return shape_text(nodes, v, idx, depth + 1);
                }
            }
            if k.contains(&"null") && s.is_empty() {
                return ::serde_json::Value::Null;
            }
            if k.contains(&"array") {
                let item = match child(nodes, idx, None, 0) {
                    Some(i) => shape_text(nodes, ::serde_json::Value::String(s), i, depth + 1),
                    None => ::serde_json::Value::String(s),
                };
                return ::serde_json::Value::Array(::std::vec![item]);
            }
            ::serde_json::Value::String(s)
        }
        ::serde_json::Value::Array(items) => ::serde_json::Value::Array(
            items
                .into_iter()
                .map(|item| match child(nodes, idx, None, 0) {
                    Some(i) => shape_text(nodes, item, i, depth + 1),
                    None => item,
                })
                .collect(),
        ),
        ::serde_json::Value::Object(map) => ::serde_json::Value::Object(
            map.into_iter()
                .map(|(k, item)| {
                    let item = match child(nodes, idx, Some(&k), 0) {
                        Some(i) => shape_text(nodes, item, i, depth + 1),
                        None => item,
                    };
                    (k, item)
                })
                .collect(),
        ),
        other => other,
    }
}
