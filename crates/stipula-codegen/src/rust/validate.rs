//! The request validation table of the `rust-server` target: the schemas of request bodies
//! and parameters, reduced to the keywords the generated runtime checks, as one JSON array
//! that the server parses once. Subschemas are indexes into the array, so recursive schemas
//! cost one entry each.
//!
//! What is checked: `type`, `enum`, `const`, numeric bounds (inclusive and exclusive),
//! `multipleOf`, `minLength`/`maxLength`, `items`/`prefixItems`, `minItems`/`maxItems`,
//! `uniqueItems`, `properties`, `required`, `additionalProperties`,
//! `minProperties`/`maxProperties`, `allOf`, `anyOf`, `oneOf` (as `anyOf`, or by the
//! discriminator's mapping when the tag selects a branch), `not`, `if`/`then`/`else`,
//! `pattern` (with `regex-lite`, a dependency of the generated crate only when a request
//! schema has a pattern; a pattern it cannot compile, e.g. with `\p{..}` classes or
//! look-around, is not checked), `format` for `date-time`, `date`, `time`, `uuid`, `email`,
//! `ipv4` and `ipv6` (other formats are annotations), `patternProperties` (a key that only
//! a pattern regex-lite cannot compile might match is not checked against
//! `additionalProperties` either), `propertyNames`, `contains` with `minContains` and
//! `maxContains`, `dependentRequired`, `dependentSchemas`, and boolean schemas.
//! Not checked: `unevaluatedProperties`, `unevaluatedItems`, `$dynamicRef`.
//!
//! OpenAPI rules applied: `readOnly` properties are not required in requests, and in 3.0
//! documents `nullable: true` admits `null` even next to an `enum` that does not list it.

use serde_json::{Map, Value, json};
use std::collections::HashMap;
use stipula_spec::{SchemaId, SchemaKind, Spec, Type};

/// Builds the table on demand: each schema gets an index the first time it is asked for.
pub struct Table<'a> {
    spec: &'a Spec,
    index: HashMap<SchemaId, usize>,
    nodes: Vec<Value>,
    queue: Vec<SchemaId>,
    /// Whether some schema of the table has a `pattern` (the crate then needs `regex-lite`).
    pub has_pattern: bool,
}

/// The formats the generated server checks.
const CHECKED_FORMATS: &[&str] = &["date-time", "date", "time", "uuid", "email", "ipv4", "ipv6"];

impl<'a> Table<'a> {
    /// An empty table for `spec`.
    pub fn new(spec: &'a Spec) -> Table<'a> {
        Table {
            spec,
            index: HashMap::new(),
            nodes: Vec::new(),
            queue: Vec::new(),
            has_pattern: false,
        }
    }

    /// The index of schema `id` (the schema and everything it refers to join the table).
    pub fn add(&mut self, id: SchemaId) -> usize {
        let i = self.slot(id);
        while let Some(next) = self.queue.pop() {
            let node = self.node(next);
            let at = self.index[&next];
            self.nodes[at] = node;
        }
        i
    }

    fn slot(&mut self, id: SchemaId) -> usize {
        if let Some(i) = self.index.get(&id) {
            return *i;
        }
        let i = self.nodes.len();
        self.index.insert(id, i);
        self.nodes.push(Value::Null);
        self.queue.push(id);
        i
    }

    fn node(&mut self, id: SchemaId) -> Value {
        let schema = self.spec.schema(id);
        let o = match &schema.kind {
            SchemaKind::Bool(b) => return json!({ "bool": b }),
            SchemaKind::Object(o) => o,
        };
        let mut n = Map::new();
        if let Some(types) = &o.types {
            let mut names: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
            names.dedup();
            n.insert("type".into(), json!(names));
        }
        if let Some(values) = &o.enum_ {
            let mut values = values.clone();
            let nullable = o.types.as_ref().is_some_and(|t| t.contains(&Type::Null));
            if self.spec.openapi.minor == 0 && nullable && !values.contains(&Value::Null) {
                values.push(Value::Null);
            }
            n.insert("enum".into(), Value::Array(values));
        }
        if let Some(c) = &o.const_ {
            n.insert("const".into(), c.clone());
        }
        let num =
            |v: Option<f64>| v.and_then(|f| serde_json::Number::from_f64(f).map(Value::Number));
        for (key, v) in [
            ("minimum", o.minimum),
            ("maximum", o.maximum),
            ("exclusiveMinimum", o.exclusive_minimum),
            ("exclusiveMaximum", o.exclusive_maximum),
            ("multipleOf", o.multiple_of),
        ] {
            if let Some(v) = num(v) {
                n.insert(key.into(), v);
            }
        }
        for (key, v) in [
            ("minLength", o.min_length),
            ("maxLength", o.max_length),
            ("minItems", o.min_items),
            ("maxItems", o.max_items),
            ("minProperties", o.min_properties),
            ("maxProperties", o.max_properties),
        ] {
            if let Some(v) = v {
                n.insert(key.into(), json!(v));
            }
        }
        if let Some(p) = &o.pattern {
            n.insert("pattern".into(), json!(p));
            self.has_pattern = true;
        }
        if let Some(f) = &o.format
            && CHECKED_FORMATS.contains(&f.as_str())
        {
            n.insert("format".into(), json!(f));
        }
        if let Some(i) = o.if_ {
            n.insert("if".into(), json!(self.slot(i)));
            if let Some(t) = o.then_ {
                n.insert("then".into(), json!(self.slot(t)));
            }
            if let Some(e) = o.else_ {
                n.insert("else".into(), json!(self.slot(e)));
            }
        }
        if o.unique_items {
            n.insert("uniqueItems".into(), json!(true));
        }
        if let Some(items) = o.items {
            n.insert("items".into(), json!(self.slot(items)));
        }
        if !o.prefix_items.is_empty() {
            let list: Vec<usize> = o.prefix_items.iter().map(|s| self.slot(*s)).collect();
            n.insert("prefixItems".into(), json!(list));
        }
        if !o.properties.is_empty() {
            let list = self.slot_pairs(&o.properties);
            n.insert("properties".into(), Value::Array(list));
        }
        // readOnly properties are sent by servers, never required from clients.
        let required: Vec<&String> = o
            .required
            .iter()
            .filter(|r| {
                !o.properties
                    .get(r.as_str())
                    .is_some_and(|p| self.spec.schema(*p).object().is_some_and(|po| po.read_only))
            })
            .collect();
        if !required.is_empty() {
            n.insert("required".into(), json!(required));
        }
        if let Some(ap) = o.additional_properties {
            n.insert("additionalProperties".into(), json!(self.slot(ap)));
        }
        if !o.pattern_properties.is_empty() {
            let list = self.slot_pairs(&o.pattern_properties);
            n.insert("patternProperties".into(), Value::Array(list));
            self.has_pattern = true;
        }
        if let Some(s) = o.property_names {
            n.insert("propertyNames".into(), json!(self.slot(s)));
        }
        if !o.dependent_required.is_empty() {
            let list: Vec<Value> = o
                .dependent_required
                .iter()
                .map(|(k, names)| json!([k, names]))
                .collect();
            n.insert("dependentRequired".into(), Value::Array(list));
        }
        if !o.dependent_schemas.is_empty() {
            let list = self.slot_pairs(&o.dependent_schemas);
            n.insert("dependentSchemas".into(), Value::Array(list));
        }
        if let Some(c) = o.contains {
            n.insert("contains".into(), json!(self.slot(c)));
            for (key, v) in [
                ("minContains", o.min_contains),
                ("maxContains", o.max_contains),
            ] {
                if let Some(v) = v {
                    n.insert(key.into(), json!(v));
                }
            }
        }
        let mut all_of: Vec<usize> = Vec::new();
        if let Some(r) = o.ref_ {
            all_of.push(self.slot(r));
        }
        all_of.extend(o.all_of.iter().map(|s| self.slot(*s)).collect::<Vec<_>>());
        if !all_of.is_empty() {
            n.insert("allOf".into(), json!(all_of));
        }
        if !o.any_of.is_empty() {
            let list: Vec<usize> = o.any_of.iter().map(|s| self.slot(*s)).collect();
            n.insert("anyOf".into(), json!(list));
        }
        if !o.one_of.is_empty() {
            let list: Vec<usize> = o.one_of.iter().map(|s| self.slot(*s)).collect();
            n.insert("oneOf".into(), json!(list));
        }
        if let Some(not) = o.not {
            n.insert("not".into(), json!(self.slot(not)));
        }
        if let Some(d) = &o.discriminator
            && (!o.one_of.is_empty() || !o.any_of.is_empty())
        {
            let mut mapping: Vec<Value> = d
                .mapping
                .iter()
                .map(|(tag, s)| json!([tag, self.slot(*s)]))
                .collect();
            // Without a mapping entry, a branch's component name is its tag.
            for m in o.one_of.iter().chain(o.any_of.iter()) {
                if let Some(name) = &self.spec.schema(*m).name
                    && !d.mapping.contains_key(name)
                {
                    mapping.push(json!([name, self.slot(*m)]));
                }
            }
            n.insert("discriminator".into(), json!([d.property_name, mapping]));
        }
        Value::Object(n)
    }

    /// `[key, index]` pairs of a keyword that maps names or patterns to subschemas.
    fn slot_pairs(&mut self, map: &stipula_spec::Map<String, SchemaId>) -> Vec<Value> {
        map.iter().map(|(k, s)| json!([k, self.slot(*s)])).collect()
    }

    /// The table as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.nodes).unwrap_or_else(|_| "[]".into())
    }

    /// Whether no schema has been added.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::Table;
    use serde_json::{Value, json};

    fn table(yaml: &str) -> (Vec<Value>, usize) {
        let loaded = stipula_spec::load_str(yaml, "t.yaml", &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let spec = &loaded.spec;
        let mut t = Table::new(spec);
        let root = t.add(spec.schema_names["Item"]);
        let nodes: Vec<Value> = serde_json::from_str(&t.to_json()).unwrap();
        (nodes, root)
    }

    const ITEM: &str = r#"
components:
  schemas:
    Item:
      type: object
      required: [id, color]
      properties:
        id: {type: integer, readOnly: true}
        color: {type: string, nullable: true, enum: [red, green]}
        next: {$ref: '#/components/schemas/Item'}
paths: {}
info: {title: t, version: '1'}
"#;

    #[test]
    fn read_only_is_not_required_and_recursion_is_one_entry() {
        let (nodes, root) = table(&format!("openapi: 3.0.3{ITEM}"));
        let item = &nodes[root];
        assert_eq!(item["required"], json!(["color"]), "{item}");
        let props = item["properties"].as_array().unwrap();
        assert_eq!(props[2], json!(["next", root]), "the cycle points back");
        assert_eq!(nodes.len(), 3, "Item, id, color: `next` is Item itself");
    }

    #[test]
    fn applicator_keywords_of_2020_12_join_the_table() {
        let yaml = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Item:
      type: object
      propertyNames: {maxLength: 3}
      patternProperties: {'^x-': {type: string}}
      additionalProperties: {type: integer}
      dependentRequired: {a: [b]}
      dependentSchemas: {c: {required: [d]}}
      properties:
        tags: {type: array, contains: {const: p}, minContains: 2, maxContains: 3}
"#;
        let (nodes, root) = table(yaml);
        let item = &nodes[root];
        let at = |v: &Value| &nodes[v.as_u64().unwrap() as usize];
        assert_eq!(at(&item["propertyNames"])["maxLength"], json!(3), "{item}");
        assert_eq!(item["patternProperties"][0][0], json!("^x-"));
        assert_eq!(
            at(&item["patternProperties"][0][1])["type"],
            json!(["string"])
        );
        assert_eq!(
            at(&item["additionalProperties"])["type"],
            json!(["integer"])
        );
        assert_eq!(item["dependentRequired"], json!([["a", ["b"]]]));
        assert_eq!(
            at(&item["dependentSchemas"][0][1])["required"],
            json!(["d"])
        );
        let tags = at(&item["properties"][0][1]);
        assert_eq!(at(&tags["contains"])["const"], json!("p"), "{tags}");
        assert_eq!(
            (&tags["minContains"], &tags["maxContains"]),
            (&json!(2), &json!(3))
        );
    }

    #[test]
    fn nullable_enum_admits_null_in_3_0_only() {
        let (nodes, root) = table(&format!("openapi: 3.0.3{ITEM}"));
        let color = nodes[root]["properties"][1][1].as_u64().unwrap() as usize;
        assert_eq!(nodes[color]["enum"], json!(["red", "green", null]));
        // 3.1 has no `nullable`; `type: [string, 'null']` with an enum without null
        // rejects null, as JSON Schema says.
        let yaml31 = format!("openapi: 3.1.0{ITEM}").replace(
            "{type: string, nullable: true, enum: [red, green]}",
            "{type: [string, 'null'], enum: [red, green]}",
        );
        let (nodes, root) = table(&yaml31);
        let color = nodes[root]["properties"][1][1].as_u64().unwrap() as usize;
        assert_eq!(nodes[color]["enum"], json!(["red", "green"]));
    }
}
