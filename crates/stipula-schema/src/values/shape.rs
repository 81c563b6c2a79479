//! What a document documents ([`documented`]) and the types it allows ([`Shape`]).

use super::*;

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
