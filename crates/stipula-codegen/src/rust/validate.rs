//! The request validation table of the `rust-server` target: the schemas of request bodies
//! and parameters, reduced to the keywords the generated runtime checks, as one JSON array
//! that the server parses once. Subschemas are indexes into the array, so recursive schemas
//! cost one entry each. Each entry is translated from `stipula-schema`'s JSON Schema 2020-12
//! rendering of the schema (the conversion the fuzzer validates with), so the generated
//! server and the fuzzer read a schema the same way.
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
use stipula_schema::render::{self, Direction};
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

/// Formats the generated server checks beyond those every JSON Schema rendering asserts
/// ([`render::ASSERTED_FORMATS`]): a server may refuse `name at example.com` as input
/// hygiene, while the fuzzer, which judges servers it did not write, must not demand it.
const SERVER_FORMATS: &[&str] = &["email"];

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

    /// The table entry of schema `id`: its JSON Schema 2020-12 rendering by `stipula-schema`
    /// (the one IR → JSON Schema conversion diff and fuzz use, with its precision rules:
    /// `readOnly` properties not required in requests, a discriminated `oneOf` as `anyOf`,
    /// only unambiguous formats asserted), translated to the table's shape, plus what only the
    /// generated server does (see the module docs).
    fn node(&mut self, id: SchemaId) -> Value {
        let schema = self.spec.schema(id);
        let o = match &schema.kind {
            SchemaKind::Bool(b) => return json!({ "bool": b }),
            SchemaKind::Object(o) => o,
        };
        let rendered = render::convert_node(self.spec, id, Direction::Request);
        let mut n = match &rendered {
            Value::Object(m) => self.translate(m),
            _ => Map::new(),
        };
        if let Some(values) = n.get_mut("enum").and_then(Value::as_array_mut) {
            let nullable = o.types.as_ref().is_some_and(|t| t.contains(&Type::Null));
            if self.spec.openapi.minor == 0 && nullable && !values.contains(&Value::Null) {
                values.push(Value::Null);
            }
        }
        if let Some(f) = &o.format
            && SERVER_FORMATS.contains(&f.as_str())
        {
            n.insert("format".into(), json!(f));
        }
        // The spec's `pattern` even where the rendering dropped it (its regex engine refused
        // it): the runtime's regex-lite decides, so the table does not depend on whether
        // stipula-schema was built with its `validate` feature (jsonschema's engine) or not.
        if let Some(p) = &o.pattern {
            n.insert("pattern".into(), json!(p));
            self.has_pattern = true;
        }
        // Every pattern of `patternProperties`, also one the validator's regex engine cannot
        // compile (the rendering drops those): the runtime then does not hold the keys such a
        // pattern might take to `additionalProperties`.
        if !o.pattern_properties.is_empty() {
            let list = self.slot_pairs(&o.pattern_properties);
            n.insert("patternProperties".into(), Value::Array(list));
            self.has_pattern = true;
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

    /// A rendered JSON Schema object → a table entry: subschemas (`$ref`s to the rendering's
    /// `$defs`, or inline objects) become indexes, maps of subschemas `[key, index]` pairs,
    /// a `$ref` an `allOf` member; keywords the runtime does not check are left out.
    fn translate(&mut self, m: &Map<String, Value>) -> Map<String, Value> {
        let mut n = Map::new();
        let mut all_of: Vec<usize> = Vec::new();
        if let Some(r) = m.get("$ref") {
            all_of.extend(self.child(&json!({ "$ref": r })));
        }
        for (key, v) in m {
            match key.as_str() {
                "type" => {
                    let mut names: Vec<Value> = match v {
                        Value::Array(a) => a.clone(),
                        other => vec![other.clone()],
                    };
                    names.dedup();
                    n.insert(key.clone(), Value::Array(names));
                }
                "enum" | "const" | "minimum" | "maximum" | "exclusiveMinimum"
                | "exclusiveMaximum" | "multipleOf" | "minLength" | "maxLength" | "minItems"
                | "maxItems" | "minProperties" | "maxProperties" | "minContains"
                | "maxContains" | "uniqueItems" | "required" | "format" => {
                    n.insert(key.clone(), v.clone());
                }
                "pattern" => {
                    n.insert(key.clone(), v.clone());
                    self.has_pattern = true;
                }
                "items"
                | "contains"
                | "additionalProperties"
                | "propertyNames"
                | "not"
                | "if"
                | "then"
                | "else" => {
                    if let Some(i) = self.child(v) {
                        n.insert(key.clone(), json!(i));
                    }
                }
                "prefixItems" | "anyOf" | "oneOf" => {
                    let list: Vec<usize> = v
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|c| self.child(c))
                        .collect();
                    n.insert(key.clone(), json!(list));
                }
                "allOf" => {
                    let list: Vec<usize> = v
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|c| self.child(c))
                        .collect();
                    all_of.extend(list);
                }
                "properties" | "dependentSchemas" => {
                    let list: Vec<Value> = v
                        .as_object()
                        .into_iter()
                        .flatten()
                        .filter_map(|(k, c)| Some(json!([k, self.child(c)?])))
                        .collect();
                    n.insert(key.clone(), Value::Array(list));
                }
                "dependentRequired" => {
                    let list: Vec<Value> = v
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(k, names)| json!([k, names]))
                        .collect();
                    n.insert(key.clone(), Value::Array(list));
                }
                // `$ref` joins `allOf` above; `patternProperties` comes from the IR (see
                // `node`); annotations and keywords the runtime does not check stay out.
                _ => {}
            }
        }
        if !all_of.is_empty() {
            n.insert("allOf".into(), json!(all_of));
        }
        n
    }

    /// The index of a rendered subschema: a `$ref` to the rendering's `$defs` is that
    /// schema's slot, an inline object (the rendering's `anyOf` of a discriminated `oneOf`
    /// next to an `anyOf`) gets an entry of its own.
    fn child(&mut self, v: &Value) -> Option<usize> {
        if let Some(id) = v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|p| render::schema_in_path(p, &self.spec.schemas))
        {
            return Some(self.slot(id));
        }
        let entry = match v {
            Value::Bool(b) => json!({ "bool": b }),
            Value::Object(m) => Value::Object(self.translate(m)),
            _ => return None,
        };
        let i = self.nodes.len();
        self.nodes.push(entry);
        Some(i)
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
    use super::{Direction, Table, render};
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

    /// A pattern goes into the table as the spec wrote it, also one a regex engine refuses
    /// (the rendering drops those, and which it drops depends on stipula-schema's
    /// `validate` feature): the generated code is the same whichever way codegen was built,
    /// and the runtime leaves a pattern regex-lite cannot compile unchecked.
    #[test]
    fn every_pattern_reaches_the_table() {
        for p in ["^a(?=b)", "[unclosed", "^[a-z]+$"] {
            let yaml = format!(
                "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Item: {{type: string, pattern: '{p}'}}\n"
            );
            let (nodes, root) = table(&yaml);
            assert_eq!(nodes[root]["pattern"], json!(p), "{}", nodes[root]);
        }
    }

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

    /// Every keyword of the shared rendering is either in the table or one the runtime is
    /// documented not to check (checked generically over every entry below): a keyword
    /// `stipula-schema` starts to emit cannot be lost here without this test saying so.
    #[test]
    fn the_table_carries_every_checked_keyword_of_the_rendering() {
        let yaml = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Cat: {type: object, properties: {kind: {const: cat}}}
    Dog: {type: object, properties: {kind: {const: dog}}}
    Item:
      type: [object, 'null']
      minProperties: 1
      maxProperties: 9
      required: [n]
      unevaluatedProperties: false
      examples: [{n: 1}]
      properties:
        n: {type: integer, minimum: 1, maximum: 9, exclusiveMaximum: 10, multipleOf: 1}
        s: {type: string, minLength: 1, maxLength: 3, pattern: '^a', format: date, default: a}
        h: {type: string, format: hostname}
        m: {type: string, format: email}
        l: {type: array, prefixItems: [{type: integer}], items: {type: string}, minItems: 1, maxItems: 4, uniqueItems: true}
        pet:
          oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          anyOf: [{type: object}]
          discriminator: {propertyName: kind}
        e: {enum: [1, 2], not: {const: 2}}
        c: {if: {type: string}, then: {minLength: 2}, else: {type: integer}}
"#;
        let loaded = stipula_spec::load_str(yaml, "t.yaml", &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let spec = &loaded.spec;
        let mut t = Table::new(spec);
        let root = t.add(spec.schema_names["Item"]);
        let nodes: Vec<Value> = serde_json::from_str(&t.to_json()).unwrap();
        let item = &nodes[root];
        let at = |v: &Value| &nodes[v.as_u64().unwrap() as usize];
        let prop = |name: &str| {
            let pair = item["properties"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p[0] == json!(name))
                .unwrap_or_else(|| panic!("no {name} in {item}"));
            at(&pair[1])
        };
        assert_eq!(item["type"], json!(["object", "null"]), "{item}");
        assert_eq!(item["required"], json!(["n"]));
        assert_eq!(
            (&item["minProperties"], &item["maxProperties"]),
            (&json!(1), &json!(9))
        );
        assert!(item.get("unevaluatedProperties").is_none() && item.get("examples").is_none());
        let n = prop("n");
        for k in ["minimum", "maximum", "exclusiveMaximum", "multipleOf"] {
            assert!(n.get(k).is_some(), "{k} lost: {n}");
        }
        let s = prop("s");
        assert_eq!(
            (&s["pattern"], &s["format"]),
            (&json!("^a"), &json!("date"))
        );
        assert!(t.has_pattern);
        // The rendering asserts neither `hostname` nor `email`; the server checks `email`.
        assert!(prop("h").get("format").is_none(), "{}", prop("h"));
        assert_eq!(prop("m")["format"], json!("email"));
        let l = prop("l");
        assert_eq!(at(&l["prefixItems"][0])["type"], json!(["integer"]), "{l}");
        assert_eq!(at(&l["items"])["type"], json!(["string"]));
        assert_eq!(l["uniqueItems"], json!(true));
        // The discriminated `oneOf` is checked as `anyOf` (as the fuzzer does), and both it
        // and the sibling `anyOf` are checked; the tag still picks the branch.
        let pet = prop("pet");
        let inline = at(&pet["allOf"][0]);
        assert_eq!(inline["anyOf"].as_array().map(Vec::len), Some(2), "{pet}");
        assert_eq!(pet["anyOf"].as_array().map(Vec::len), Some(1), "{pet}");
        assert_eq!(pet["discriminator"][0], json!("kind"));
        assert_eq!(pet["discriminator"][1].as_array().map(Vec::len), Some(2));
        let e = prop("e");
        assert_eq!(at(&e["not"])["const"], json!(2), "{e}");
        let c = prop("c");
        assert_eq!(at(&c["then"])["minLength"], json!(2), "{c}");
        assert_eq!(at(&c["else"])["type"], json!(["integer"]));
        assert_eq!(at(&c["if"])["type"], json!(["string"]));
        // Generically: what the rendering says of each schema of the table is in its entry
        // (`$ref` as an `allOf` member), except annotations and what the runtime does not
        // check (module docs).
        let not_checked = [
            "$ref",
            "examples",
            "default",
            "unevaluatedProperties",
            "unevaluatedItems",
        ];
        for (id, i) in &t.index {
            let rendered = render::convert_node(spec, *id, Direction::Request);
            for k in rendered.as_object().into_iter().flat_map(|m| m.keys()) {
                assert!(
                    not_checked.contains(&k.as_str()) || nodes[*i].get(k).is_some(),
                    "`{k}` of {rendered} is not in its entry {}",
                    nodes[*i]
                );
            }
        }
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
