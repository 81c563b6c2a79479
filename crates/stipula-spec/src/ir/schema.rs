//! The schema graph: [`SchemaArena`] owns every [`Schema`] of a spec, and everything else
//! refers to schemas by [`SchemaId`]. [`SchemaObject`] holds the common JSON Schema 2020-12
//! keywords inline and the rare ones in a [`SchemaExtra`] allocated on demand.

use super::{ExternalDocs, Loc, Map};
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// A schema of one spec: an index into its [`SchemaArena`].
///
/// Opaque: only the loader makes ids, so an id always names a schema of the spec it came
/// from and [`SchemaArena::get`] cannot miss. To visit every schema use
/// [`SchemaArena::iter`] or [`SchemaArena::ids`]; to turn a stored index back into an id
/// (a `$defs` key such as `s12`), [`SchemaArena::id_at`] checks it against the arena.
/// Ids order by creation (document order, first sight), and serialize as the bare index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SchemaId(u32);

impl SchemaId {
    /// The position of the schema in its arena, from 0 (stable for one load of one spec;
    /// use it to index side tables or to name the schema, e.g. `s12`).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Owner of all schemas of a spec.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SchemaArena {
    pub(crate) items: Vec<Schema>,
}

impl SchemaArena {
    /// The schema with this id. Ids come from this spec's loader, so it is always there
    /// (an id of another spec's arena is a bug of the caller and panics).
    pub fn get(&self, id: SchemaId) -> &Schema {
        &self.items[id.0 as usize]
    }
    /// How many schemas the spec has (inline ones included).
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// True for a spec without any schema.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Every (id, schema), in id order.
    pub fn iter(&self) -> impl Iterator<Item = (SchemaId, &Schema)> {
        self.ids().zip(self.items.iter())
    }
    /// Every id of this arena, in order (`0..len()` as ids).
    pub fn ids(&self) -> impl Iterator<Item = SchemaId> + use<> {
        (0..self.items.len() as u32).map(SchemaId)
    }
    /// The id of the schema at position `index` (see [`SchemaId::index`]), or `None` when
    /// the arena has no such schema: the checked way back from a stored index to an id.
    pub fn id_at(&self, index: usize) -> Option<SchemaId> {
        u32::try_from(index)
            .ok()
            .filter(|_| index < self.items.len())
            .map(SchemaId)
    }
    pub(crate) fn push(&mut self, s: Schema) -> SchemaId {
        self.items.push(s);
        SchemaId((self.items.len() - 1) as u32)
    }
    pub(crate) fn get_mut(&mut self, id: SchemaId) -> &mut Schema {
        &mut self.items[id.0 as usize]
    }
}

/// One schema node.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Schema {
    /// Component name (`Pet` for `#/components/schemas/Pet`); `None` for inline schemas.
    pub name: Option<String>,
    /// A boolean schema or a schema object.
    pub kind: SchemaKind,
    /// Where the schema is (for a `$ref`, the target, not the reference).
    pub loc: Loc,
}

impl Schema {
    /// The object form, or `None` for boolean schemas.
    pub fn object(&self) -> Option<&SchemaObject> {
        match &self.kind {
            SchemaKind::Object(o) => Some(o),
            SchemaKind::Bool(_) => None,
        }
    }
}

/// The two forms a JSON Schema takes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum SchemaKind {
    /// `true` (anything) or `false` (nothing).
    Bool(bool),
    /// A schema object with its keywords (boxed: most schemas are objects, and the
    /// boolean form stays small).
    Object(Box<SchemaObject>),
}

/// A JSON Schema type name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Type {
    /// `null`.
    Null,
    /// `boolean`.
    Boolean,
    /// `object`.
    Object,
    /// `array`.
    Array,
    /// `number` (any JSON number, integers included).
    Number,
    /// `string`.
    String,
    /// `integer`: a number with no fractional part (`1.0` counts).
    Integer,
}

impl Type {
    /// The type named `s` (`"string"` → [`Type::String`]); `None` for anything else.
    pub fn parse(s: &str) -> Option<Type> {
        Some(match s {
            "null" => Type::Null,
            "boolean" => Type::Boolean,
            "object" => Type::Object,
            "array" => Type::Array,
            "number" => Type::Number,
            "string" => Type::String,
            "integer" => Type::Integer,
            _ => return None,
        })
    }
    /// The JSON Schema name (`"integer"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Type::Null => "null",
            Type::Boolean => "boolean",
            Type::Object => "object",
            Type::Array => "array",
            Type::Number => "number",
            Type::String => "string",
            Type::Integer => "integer",
        }
    }
}

/// `discriminator` of a schema.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Discriminator {
    /// The property whose value tells the alternatives apart (`propertyName`).
    pub property_name: String,
    /// Tag value → target schema (resolved), in document order.
    pub mapping: Map<String, SchemaId>,
    /// 3.2 `defaultMapping`, resolved.
    pub default_mapping: Option<SchemaId>,
}

/// A JSON Schema 2020-12 object, all keywords the IR models; the rest in `unknown`.
///
/// Absent keywords are `None` / empty. Numbers are `f64` (bounds) or `u64` (counts).
///
/// The keywords real specs use on most schemas are fields of this struct. The rarer ones
/// live in [`SchemaExtra`], allocated only for a schema that has one of them, and are read
/// and written through `Deref`/`DerefMut` as if they were fields here (`s.defs`,
/// `s.unknown.insert(..)`). Writing through `DerefMut` allocates the extra part. Why: GitHub's
/// spec has ~39,000 schemas; with every keyword inline each took 1,640 bytes, 64 MB of its
/// 124 MB IR, mostly empty maps; most schemas use none of the rare keywords.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SchemaObject {
    /// A 3.1 `$ref` with constraining siblings: the target; siblings here apply too.
    pub ref_: Option<SchemaId>,
    /// `type` as a set (3.0 `nullable: true` adds [`Type::Null`]). `None` = any type.
    pub types: Option<Vec<Type>>,
    /// `enum`: the allowed values, verbatim; `None` = no enumeration.
    pub enum_: Option<Vec<Value>>,
    /// `format` as written (`int64`, `date-time`, `uuid`, ...); an annotation unless a
    /// consumer chooses to assert it.
    pub format: Option<String>,

    // annotations
    /// `title`.
    pub title: Option<String>,
    /// `description`, CommonMark.
    pub description: Option<String>,
    /// `examples`, with a 3.0/3.1 `example` appended.
    pub examples: Vec<Value>,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `readOnly`: sent by servers only; not required in requests.
    pub read_only: bool,
    /// `writeOnly`: sent by clients only; not required in responses.
    pub write_only: bool,

    // numbers
    /// Inclusive lower bound (`minimum`).
    pub minimum: Option<f64>,
    /// Inclusive upper bound (`maximum`).
    pub maximum: Option<f64>,

    // strings
    /// `minLength`, in Unicode code points.
    pub min_length: Option<u64>,
    /// `maxLength`, in Unicode code points.
    pub max_length: Option<u64>,
    /// `pattern`: an ECMA-262 regular expression, unanchored, verbatim (not checked to
    /// compile).
    pub pattern: Option<String>,

    // arrays
    /// `items`: the schema of every element (3.1: of every element after `prefixItems`).
    pub items: Option<SchemaId>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems: true`.
    pub unique_items: bool,

    // objects
    /// `properties`, in document order.
    pub properties: Map<String, SchemaId>,
    /// `additionalProperties`; `None` when absent (any extra property allowed), the id
    /// of a `false` schema when forbidden.
    pub additional_properties: Option<SchemaId>,
    /// `required`: property names that must be present, in document order.
    pub required: Vec<String>,

    // composition
    /// `allOf`: every one applies.
    pub all_of: Vec<SchemaId>,
    /// `anyOf`: at least one applies.
    pub any_of: Vec<SchemaId>,
    /// `oneOf`: exactly one applies.
    pub one_of: Vec<SchemaId>,

    /// The rarer keywords: read and write them through `Deref` (`s.defs`), not here. Public
    /// only so that `SchemaObject { types, ..Default::default() }` can be written.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The rarely used keywords of a [`SchemaObject`], reached through its `Deref`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SchemaExtra {
    /// `$dynamicRef`, verbatim.
    pub dynamic_ref: Option<String>,
    /// `const`: the only allowed value.
    pub const_: Option<Value>,
    /// `default`, verbatim (an annotation: not checked against the schema).
    pub default: Option<Value>,

    /// `multipleOf` (greater than 0 in a valid spec).
    pub multiple_of: Option<f64>,
    /// Numeric exclusive bound (3.0 `exclusiveMinimum: true` + `minimum: n` becomes `Some(n)`
    /// here and `minimum: None`).
    pub exclusive_minimum: Option<f64>,
    /// Numeric exclusive upper bound (normalized like `exclusive_minimum`).
    pub exclusive_maximum: Option<f64>,

    /// `contentMediaType` of a string's content (3.1; e.g. `image/png`).
    pub content_media_type: Option<String>,
    /// `contentEncoding` of a string (e.g. `base64`).
    pub content_encoding: Option<String>,
    /// `contentSchema`: the schema of the decoded content.
    pub content_schema: Option<SchemaId>,

    /// `prefixItems`: one schema per leading position.
    pub prefix_items: Vec<SchemaId>,
    /// `contains`: at least one element (see `min_contains`) must match.
    pub contains: Option<SchemaId>,
    /// `minContains` (default 1 when `contains` is set).
    pub min_contains: Option<u64>,
    /// `maxContains`.
    pub max_contains: Option<u64>,
    /// `unevaluatedItems`.
    pub unevaluated_items: Option<SchemaId>,

    /// `patternProperties`: regular expression → schema, in document order.
    pub pattern_properties: Map<String, SchemaId>,
    /// `unevaluatedProperties`.
    pub unevaluated_properties: Option<SchemaId>,
    /// `propertyNames`: the schema every property name (a string) must match.
    pub property_names: Option<SchemaId>,
    /// `minProperties`.
    pub min_properties: Option<u64>,
    /// `maxProperties`.
    pub max_properties: Option<u64>,
    /// `dependentRequired`: property → the properties that must be present with it.
    pub dependent_required: Map<String, Vec<String>>,
    /// `dependentSchemas`: property → a schema that applies when it is present.
    pub dependent_schemas: Map<String, SchemaId>,

    /// `not`.
    pub not: Option<SchemaId>,
    /// `if`.
    pub if_: Option<SchemaId>,
    /// `then` (applies when `if` matches).
    pub then_: Option<SchemaId>,
    /// `else` (applies when `if` does not match).
    pub else_: Option<SchemaId>,

    // identity
    /// `$id`, verbatim.
    pub id: Option<String>,
    /// `$anchor`, verbatim.
    pub anchor: Option<String>,
    /// `$dynamicAnchor`, verbatim.
    pub dynamic_anchor: Option<String>,
    /// `$schema`, verbatim.
    pub schema_dialect: Option<String>,
    /// `$defs` (and draft-4 `definitions`), resolved.
    pub defs: Map<String, SchemaId>,

    // OpenAPI vocabulary
    /// OpenAPI `discriminator`, with its mapping resolved.
    pub discriminator: Option<Discriminator>,
    /// OpenAPI `xml` object, verbatim.
    pub xml: Option<Value>,
    /// OpenAPI `externalDocs` of the schema.
    pub external_docs: Option<ExternalDocs>,

    /// `x-` extensions.
    pub extensions: Map<String, Value>,
    /// Keywords the IR does not model (kept verbatim, never dropped).
    pub unknown: Map<String, Value>,
}

/// The shared all-absent [`SchemaExtra`] that a schema without one reads.
static NO_EXTRA: std::sync::LazyLock<SchemaExtra> = std::sync::LazyLock::new(SchemaExtra::default);

/// The optional extra part of a [`SchemaObject`] (opaque). Absent and all-default compare
/// equal and serialize the same.
#[derive(Clone, Default)]
pub struct Extra(Option<Box<SchemaExtra>>);

impl Extra {
    fn get(&self) -> &SchemaExtra {
        self.0.as_deref().unwrap_or(&NO_EXTRA)
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (None, None) => true,
            _ => self.get() == other.get(),
        }
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl Serialize for Extra {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(s)
    }
}

impl std::ops::Deref for SchemaObject {
    type Target = SchemaExtra;
    fn deref(&self) -> &SchemaExtra {
        self.extra.get()
    }
}

impl std::ops::DerefMut for SchemaObject {
    /// Allocates the extra part on first write.
    fn deref_mut(&mut self) -> &mut SchemaExtra {
        self.extra.0.get_or_insert_with(Box::default)
    }
}

impl SchemaObject {
    /// Drop the extra part if it holds nothing (after a write through `DerefMut` that left
    /// it empty), so it costs no memory.
    pub fn compact(&mut self) {
        if self.extra.0.as_deref().is_some_and(|e| *e == *NO_EXTRA) {
            self.extra.0 = None;
        }
    }

    /// True when `t` is allowed by `type` (absent `type` allows everything; `number` allows
    /// `integer`).
    pub fn allows_type(&self, t: Type) -> bool {
        match &self.types {
            None => true,
            Some(ts) => ts.contains(&t) || (t == Type::Integer && ts.contains(&Type::Number)),
        }
    }

    /// True when `null` is in the type set.
    pub fn is_nullable(&self) -> bool {
        self.types.as_ref().is_some_and(|t| t.contains(&Type::Null))
    }

    /// Is `name` listed in `required`?
    pub fn is_required(&self, name: &str) -> bool {
        self.required.iter().any(|r| r == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_arena_and_are_checked_against_it() {
        let mut arena = SchemaArena::default();
        let node = Schema {
            name: None,
            kind: SchemaKind::Bool(true),
            loc: Loc::default(),
        };
        let first = arena.push(node.clone());
        let second = arena.push(node);
        assert_eq!(arena.ids().collect::<Vec<_>>(), vec![first, second]);
        assert_eq!((first.index(), second.index()), (0, 1));
        assert!(first < second);
        assert_eq!(arena.id_at(1), Some(second));
        assert_eq!(arena.id_at(2), None, "an index past the arena is no id");
        assert_eq!(arena.iter().map(|(id, _)| id).last(), Some(second));
    }
}
