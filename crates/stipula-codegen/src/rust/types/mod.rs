//! Schemas → Rust type definitions (structs, enums, aliases) for the `types` module.
//!
//! Rules (see `templates/README.md` for what templates receive):
//! * every component schema gets a type named after it; inline schemas that need a
//!   definition (objects with properties, string enums, unions) get a name from where they
//!   appear (`PetOwner` for property `owner` of `Pet`);
//! * `nullable`/`type: [T, null]` → `Option<T>`; optional (not `required`, or `readOnly` /
//!   `writeOnly`, which are required in one direction only) → `Option<T>`
//!   skipped when `None`; optional *and* nullable → `Option<Option<T>>` so `null` and absent
//!   stay different;
//! * string enums get an `Unknown(String)` fallback variant; `oneOf` with a discriminator
//!   becomes an enum chosen by the tag (the tag field stays in the payload, never doubled),
//!   other `oneOf`/`anyOf` become untagged enums with a final `Other(serde_json::Value)`;
//!   `allOf` is merged into one struct;
//! * recursion is broken with `Box` exactly where a type contains itself without a `Vec`/map;
//! * anything the generator cannot type precisely becomes `serde_json::Value` with a note.

use crate::names::{self, Namer, doc_lines, lit, pascal_ident, snake_ident};
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use stipula_spec::{Schema, SchemaId, SchemaKind, SchemaObject, Spec, Type};

mod define;
mod finish;
#[cfg(test)]
use finish::tarjan;

/// A Rust type expression, before rendering.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// A type defined in the `types` module.
    Named(String),
    /// A path to a std or primitive type, written as is (`i64`, `::std::string::String`).
    Prim(&'static str),
    /// `Vec<T>`: a JSON array.
    Vec(Box<Ty>),
    /// A string-keyed map of `T`: a JSON object used as a dictionary.
    Map(Box<Ty>),
    /// `Option<T>`: nullable or optional.
    Option(Box<Ty>),
    /// `Box<T>`: where a type contains itself without a `Vec` or map between.
    Box(Box<Ty>),
    /// `serde_json::Value`.
    Value,
    /// `serde_json::Map<String, serde_json::Value>`.
    ValueMap,
    /// `()`, for responses without a body.
    Unit,
    /// Raw bytes (`Vec<u8>`).
    Bytes,
}

impl Ty {
    /// Render with `prefix` in front of names of the `types` module (`""` inside it,
    /// `"super::types::"` from a sibling module).
    pub fn render(&self, prefix: &str) -> String {
        match self {
            Ty::Named(n) => format!("{prefix}{n}"),
            Ty::Prim(p) => (*p).to_string(),
            Ty::Vec(t) => format!("::std::vec::Vec<{}>", t.render(prefix)),
            Ty::Map(t) => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                t.render(prefix)
            ),
            Ty::Option(t) => format!("::std::option::Option<{}>", t.render(prefix)),
            Ty::Box(t) => format!("::std::boxed::Box<{}>", t.render(prefix)),
            Ty::Value => "::serde_json::Value".into(),
            Ty::ValueMap => "::serde_json::Map<::std::string::String, ::serde_json::Value>".into(),
            Ty::Unit => "()".into(),
            Ty::Bytes => "::std::vec::Vec<u8>".into(),
        }
    }

    /// The named type this one contains *directly* (through `Option` only), if any: the
    /// edges that make a recursive type infinitely large.
    fn direct(&self) -> Option<&str> {
        match self {
            Ty::Named(n) => Some(n),
            Ty::Option(t) => t.direct(),
            _ => None,
        }
    }

    /// Every named type mentioned anywhere in the expression.
    fn mentions(&self, out: &mut Vec<String>) {
        match self {
            Ty::Named(n) => out.push(n.clone()),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Box(t) => t.mentions(out),
            _ => {}
        }
    }

    /// Wrap the directly-contained named type in a `Box`.
    fn boxed(self) -> Ty {
        match self {
            Ty::Option(t) => Ty::Option(Box::new(t.boxed())),
            Ty::Named(n) => Ty::Box(Box::new(Ty::Named(n))),
            other => other,
        }
    }

    /// Whether this is `String` (decides how a value is written into a URL or a form).
    pub fn is_string(&self) -> bool {
        matches!(self, Ty::Prim("::std::string::String"))
    }
}

const STRING: Ty = Ty::Prim("::std::string::String");

/// A type reference plus whether `null` is allowed.
#[derive(Clone, Debug)]
pub struct TyRef {
    /// The type, without the `Option` that `null` adds.
    pub ty: Ty,
    /// Whether the schema allows `null` (wrapped by [`wrap_null`]).
    pub nullable: bool,
}

/// One definition in the `types` module, before rendering.
#[derive(Debug)]
enum Def {
    Struct {
        fields: Vec<Field>,
        /// `additionalProperties` next to named properties (flattened map).
        extra: Option<Ty>,
    },
    StringEnum {
        values: Vec<String>,
    },
    Tagged {
        property: String,
        variants: Vec<(String, Ty, Vec<String>)>,
    },
    Untagged {
        variants: Vec<(String, Ty)>,
    },
    Alias(Ty),
}

#[derive(Debug)]
struct Field {
    wire: String,
    ty: Ty,
    required: bool,
    nullable: bool,
    docs: Vec<String>,
    deprecated: bool,
}

#[derive(Debug)]
struct DefEntry {
    name: String,
    docs: Vec<String>,
    note: Option<String>,
    def: Def,
    deprecated: bool,
}

/// What templates see for one type definition.
#[derive(Serialize, Debug)]
pub struct TypeView {
    /// Rust name (unique in the `types` module).
    pub name: String,
    /// `struct`, `newtype`, `alias`, `string_enum`, `tagged_enum` or `untagged_enum`.
    pub kind: &'static str,
    /// Doc lines, each a Rust string literal for `#[doc = ...]`.
    pub docs: Vec<String>,
    /// Why this type is less precise than the schema (a literal), if it is.
    pub note: Option<String>,
    /// The schema says `deprecated: true` (becomes `#[deprecated]`).
    pub deprecated: bool,
    /// Struct fields.
    pub fields: Vec<FieldView>,
    /// Alias / newtype target, or the value type of a flattened `additionalProperties` map.
    pub target: Option<String>,
    /// Enum variants.
    pub variants: Vec<VariantView>,
    /// Name of the fallback variant of enums.
    pub fallback: Option<String>,
    /// Tag property (literal) of a discriminated union.
    pub tag_property: Option<String>,
    /// Cargo features (client modules) that need this type; empty = always compiled.
    pub features: Vec<String>,
    /// The `#[cfg(...)]` attribute to put on each item of this type (empty when ungated).
    pub cfg: String,
}

/// What templates see for one struct field.
#[derive(Serialize, Debug)]
pub struct FieldView {
    /// Rust identifier (may be a raw identifier such as `r#type`).
    pub ident: String,
    /// Name on the wire, as a string literal.
    pub wire: String,
    /// Rust type as written in the field.
    pub ty: String,
    /// Contents of `#[serde(...)]` for the derived `Serialize`, already joined (empty when
    /// none is needed).
    pub serde: String,
    /// How the generated struct visitor (`Deserialize`) reads the field: `required` (absent is an error), `optional` (absent or `null` is `None`)
    /// or `double` (absent is `None`, `null` is `Some(None)`).
    pub de: &'static str,
    /// Doc lines of the property, each a Rust string literal.
    pub docs: Vec<String>,
    /// The property is in `required` (for the direction the type is used in).
    pub required: bool,
    /// The property's schema allows `null`.
    pub nullable: bool,
    /// The property is `deprecated: true`.
    pub deprecated: bool,
}

/// What templates see for one enum variant (a string enum value or a union branch).
#[derive(Serialize, Debug)]
pub struct VariantView {
    /// Rust identifier of the variant.
    pub ident: String,
    /// Wire value (string enums) as a literal.
    pub wire: Option<String>,
    /// Payload type (unions).
    pub ty: Option<String>,
    /// Tag values (literals) that select this variant (discriminated unions); the first one
    /// is written when serializing.
    pub tags: Vec<String>,
}

/// The client feature that compiles the types no operation uses.
pub const ALL_SCHEMAS: &str = "all-schemas";

/// Names of types that would shadow std names used unqualified by users of the module.
const RESERVED_TYPES: &[&str] = &[
    "Option", "Some", "None", "Vec", "String", "Box", "Result", "Ok", "Err", "Self",
];

/// Turns the spec's schemas into the definitions of the `types` module: name them
/// ([`TypeGen::define_components`], [`TypeGen::resolve`]), then [`TypeGen::finish`].
pub struct TypeGen<'a> {
    spec: &'a Spec,
    names: HashMap<SchemaId, String>,
    namer: Namer,
    defs: Vec<DefEntry>,
    visiting: HashSet<SchemaId>,
    /// Degradations, for the report and `--print-context`.
    pub notes: Vec<String>,
    depth: usize,
}

/// Whether the bounds of a number schema keep it within `f32`'s finite range.
fn f32_safe(o: &SchemaObject) -> bool {
    let fits = |b: Option<f64>| b.is_some_and(|v| v.is_finite() && v.abs() <= f64::from(f32::MAX));
    (fits(o.minimum) || fits(o.exclusive_minimum)) && (fits(o.maximum) || fits(o.exclusive_maximum))
}

/// Whether a schema object has anything beyond annotations.
fn is_trivial(o: &SchemaObject) -> bool {
    o.types.is_none()
        && o.properties.is_empty()
        && o.enum_.is_none()
        && o.const_.is_none()
        && o.items.is_none()
        && o.prefix_items.is_empty()
        && o.all_of.is_empty()
        && o.any_of.is_empty()
        && o.one_of.is_empty()
        && o.ref_.is_none()
        && o.additional_properties.is_none()
        && o.pattern_properties.is_empty()
}

fn non_null_types(o: &SchemaObject) -> Option<Vec<Type>> {
    o.types
        .as_ref()
        .map(|ts| ts.iter().copied().filter(|t| *t != Type::Null).collect())
}

/// Is this schema exactly `{type: null}` (or `const: null`/`enum: [null]`)?
fn is_null_only(s: &Schema) -> bool {
    match s.object() {
        Some(o) => {
            o.types.as_deref() == Some(&[Type::Null][..])
                || o.const_ == Some(serde_json::Value::Null)
                || o.enum_.as_deref() == Some(&[serde_json::Value::Null][..])
        }
        None => false,
    }
}

impl<'a> TypeGen<'a> {
    /// A generator with no definitions yet.
    pub fn new(spec: &'a Spec) -> TypeGen<'a> {
        TypeGen {
            spec,
            names: HashMap::new(),
            namer: Namer::with_reserved(RESERVED_TYPES),
            defs: Vec::new(),
            visiting: HashSet::new(),
            notes: Vec::new(),
            depth: 0,
        }
    }

    /// Define every component schema, in document order.
    pub fn define_components(&mut self) {
        let mut todo = Vec::new();
        for (name, id) in &self.spec.schema_names {
            let rust = self.namer.unique(&pascal_ident(name));
            if let Some(existing) = self.names.get(id).cloned() {
                // Two component names for one schema: an alias.
                self.defs.push(DefEntry {
                    name: rust,
                    docs: vec![lit(&format!(" Same schema as [`{existing}`]."))],
                    note: None,
                    def: Def::Alias(Ty::Named(existing)),
                    deprecated: false,
                });
                continue;
            }
            self.names.insert(*id, rust.clone());
            todo.push((*id, rust));
        }
        for (id, rust) in todo {
            self.define(id, rust);
        }
    }

    fn schema(&self, id: SchemaId) -> &'a Schema {
        self.spec.schema(id)
    }

    fn loc(&self, id: SchemaId) -> String {
        let s = self.schema(id);
        format!("{} ({})", self.spec.loc(&s.loc), s.loc.pointer)
    }

    fn note(&mut self, id: SchemaId, msg: &str) -> String {
        let text = format!("{msg} at {}", self.loc(id));
        self.notes.push(text.clone());
        text
    }

    /// The type to use where schema `id` appears; `hint` names an inline definition.
    pub fn resolve(&mut self, id: SchemaId, hint: &str) -> TyRef {
        let schema = self.schema(id);
        let nullable = self.nullable(id);
        if let Some(n) = self.names.get(&id) {
            return TyRef {
                ty: Ty::Named(n.clone()),
                nullable,
            };
        }
        if self.depth > 64 || self.visiting.contains(&id) {
            // A cycle through unnamed schemas: give it a name so it can refer to itself.
            let name = self.namer.unique(&pascal_ident(hint));
            self.names.insert(id, name.clone());
            self.define(id, name.clone());
            return TyRef {
                ty: Ty::Named(name),
                nullable,
            };
        }
        self.visiting.insert(id);
        self.depth += 1;
        let ty = match self.inline(id, schema, hint) {
            Some(t) => t,
            None => {
                let name = self.namer.unique(&pascal_ident(hint));
                self.names.insert(id, name.clone());
                self.define(id, name.clone());
                Ty::Named(name)
            }
        };
        self.depth -= 1;
        self.visiting.remove(&id);
        TyRef { ty, nullable }
    }

    /// Whether `null` is a valid value (type set, or a null branch of a union, or a
    /// transparent wrapper around a nullable schema).
    fn nullable(&self, id: SchemaId) -> bool {
        self.nullable_depth(id, 0)
    }

    fn nullable_depth(&self, id: SchemaId, d: usize) -> bool {
        if d > 16 {
            return false;
        }
        let Some(o) = self.schema(id).object() else {
            return false;
        };
        if o.is_nullable() {
            return true;
        }
        if let Some(e) = &o.enum_
            && e.contains(&serde_json::Value::Null)
        {
            return true;
        }
        let union = if !o.one_of.is_empty() {
            &o.one_of
        } else {
            &o.any_of
        };
        if union.iter().any(|m| is_null_only(self.schema(*m))) {
            return true;
        }
        // `allOf: [X]` with only annotations around it is transparent.
        if let Some(inner) = self.transparent(o) {
            return self.nullable_depth(inner, d + 1);
        }
        false
    }

    /// If `o` is only a wrapper around one other schema (`allOf: [X]`, `anyOf: [X]`,
    /// `oneOf: [X, null]`, 3.1 `$ref` with annotation siblings), that schema.
    fn transparent(&self, o: &SchemaObject) -> Option<SchemaId> {
        let own_structure = !o.properties.is_empty()
            || o.enum_.is_some()
            || o.const_.is_some()
            || o.items.is_some()
            || o.additional_properties.is_some();
        if own_structure {
            return None;
        }
        let mut members: Vec<SchemaId> = Vec::new();
        if let Some(r) = o.ref_ {
            members.push(r);
        }
        members.extend(o.all_of.iter().copied());
        let union = if !o.one_of.is_empty() {
            &o.one_of
        } else {
            &o.any_of
        };
        if !o.one_of.is_empty() && !o.any_of.is_empty() {
            return None;
        }
        if !union.is_empty() {
            if !members.is_empty() {
                return None;
            }
            let real: Vec<SchemaId> = union
                .iter()
                .copied()
                .filter(|m| !is_null_only(self.schema(*m)))
                .collect();
            return if real.len() == 1 { Some(real[0]) } else { None };
        }
        let substantive: Vec<SchemaId> = members
            .into_iter()
            .filter(|m| match self.schema(*m).object() {
                Some(mo) => !is_trivial(mo),
                None => false,
            })
            .collect();
        if substantive.len() == 1 {
            // Own `type` must not contradict (e.g. `type: object` around a string enum is
            // still fine to treat as the member).
            Some(substantive[0])
        } else {
            None
        }
    }

    /// The type of schema `id` when it can be written inline, or `None` when it needs a
    /// definition of its own.
    fn inline(&mut self, id: SchemaId, schema: &'a Schema, hint: &str) -> Option<Ty> {
        let o = match &schema.kind {
            SchemaKind::Bool(_) => return Some(Ty::Value),
            SchemaKind::Object(o) => o,
        };
        if let Some(inner) = self.transparent(o) {
            return Some(self.resolve(inner, hint).ty);
        }
        if let Some(c) = &o.const_ {
            return Some(json_kind_ty(c));
        }
        if let Some(values) = &o.enum_ {
            let non_null: Vec<&serde_json::Value> =
                values.iter().filter(|v| !v.is_null()).collect();
            if !non_null.is_empty() && non_null.iter().all(|v| v.is_string()) {
                return None;
            }
            if !non_null.is_empty() && non_null.iter().all(|v| v.is_i64() || v.is_u64()) {
                return Some(Ty::Prim("i64"));
            }
            if !non_null.is_empty() && non_null.iter().all(|v| v.is_number()) {
                return Some(Ty::Prim("f64"));
            }
            if !non_null.is_empty() && non_null.iter().all(|v| v.is_boolean()) {
                return Some(Ty::Prim("bool"));
            }
            return Some(Ty::Value);
        }
        let has_union = !o.one_of.is_empty() || !o.any_of.is_empty();
        let union_trivial = o
            .one_of
            .iter()
            .chain(o.any_of.iter())
            .all(|m| self.schema(*m).object().is_some_and(is_trivial));
        if has_union && !union_trivial {
            if !o.properties.is_empty() || !o.all_of.is_empty() {
                // Properties next to a union: merge everything we can into one struct.
                return None;
            }
            return None;
        }
        if !o.all_of.is_empty() || o.ref_.is_some() {
            return None;
        }
        let types = non_null_types(o);
        let types = match types {
            None => {
                if !o.properties.is_empty() {
                    return None;
                }
                if o.additional_properties.is_some() {
                    vec![Type::Object]
                } else if o.items.is_some() {
                    vec![Type::Array]
                } else {
                    return Some(Ty::Value);
                }
            }
            Some(t) => t,
        };
        let t = match types.as_slice() {
            [t] => *t,
            [Type::Integer, Type::Number] | [Type::Number, Type::Integer] => Type::Number,
            [] => return Some(Ty::Value),
            _ => {
                if types.contains(&Type::Object) && !o.properties.is_empty() {
                    self.note(id, "several types allowed; only the object form is typed");
                    return None;
                }
                return Some(Ty::Value);
            }
        };
        Some(match t {
            Type::Null => Ty::Value,
            Type::Boolean => Ty::Prim("bool"),
            Type::String => STRING,
            Type::Integer => Ty::Prim(match o.format.as_deref() {
                Some("int32") => "i32",
                Some("int8") => "i8",
                Some("int16") => "i16",
                Some("uint8") => "u8",
                Some("uint16") => "u16",
                Some("uint32") => "u32",
                Some("uint64") | Some("uint") => "u64",
                _ => "i64",
            }),
            // `float` is f32 only when the schema's bounds keep every valid value inside
            // f32's range: otherwise a valid `1e39` would become infinity (and be written
            // back as `null`).
            Type::Number => Ty::Prim(match o.format.as_deref() {
                Some("float") if f32_safe(o) => "f32",
                _ => "f64",
            }),
            Type::Array => match o.items {
                Some(items) => {
                    let r = self.resolve(items, &format!("{hint}Item"));
                    Ty::Vec(Box::new(wrap_null(r)))
                }
                None => Ty::Vec(Box::new(Ty::Value)),
            },
            Type::Object => {
                if !o.properties.is_empty() {
                    return None;
                }
                let closed = o
                    .additional_properties
                    .is_some_and(|ap| matches!(self.schema(ap).kind, SchemaKind::Bool(false)));
                if !o.pattern_properties.is_empty() {
                    // Keys matching a pattern take its schema, the others
                    // `additionalProperties`: one value type fits all only when a single
                    // pattern admits every key there is.
                    return Some(match o.pattern_properties.values().next() {
                        Some(p) if closed && o.pattern_properties.len() == 1 => {
                            let r = self.resolve(*p, &format!("{hint}Value"));
                            Ty::Map(Box::new(wrap_null(r)))
                        }
                        _ => Ty::ValueMap,
                    });
                }
                match o.additional_properties {
                    Some(ap) if !matches!(self.schema(ap).kind, SchemaKind::Bool(_)) => {
                        let r = self.resolve(ap, &format!("{hint}Value"));
                        Ty::Map(Box::new(wrap_null(r)))
                    }
                    _ => Ty::ValueMap,
                }
            }
        })
    }

    /// Follow annotation-only wrappers (`allOf: [X]`, `$ref` with description siblings, ...)
    /// to the schema that says what the value is.
    fn unwrap(&self, mut id: SchemaId) -> SchemaId {
        for _ in 0..16 {
            match self.schema(id).object().and_then(|o| self.transparent(o)) {
                Some(inner) => id = inner,
                None => break,
            }
        }
        id
    }

    /// A binary string: `format: binary` (3.0), or 3.1 `contentMediaType` without a
    /// `contentEncoding` (raw bytes, not base64 text).
    pub(crate) fn is_binary(&self, id: SchemaId) -> bool {
        let Some(o) = self.schema(self.unwrap(id)).object() else {
            return false;
        };
        let stringy = o.types.as_ref().is_none_or(|t| t.contains(&Type::String));
        stringy
            && (o.format.as_deref() == Some("binary")
                || (o.content_media_type.is_some() && o.content_encoding.is_none()))
    }

    /// A schema that only allows strings (and perhaps null).
    pub(crate) fn is_string(&self, id: SchemaId) -> bool {
        self.schema(self.unwrap(id))
            .object()
            .and_then(non_null_types)
            .is_some_and(|t| t == [Type::String])
    }

    /// The `items` schema of an array schema.
    pub(crate) fn array_items(&self, id: SchemaId) -> Option<SchemaId> {
        let o = self.schema(self.unwrap(id)).object()?;
        if o.types.as_ref().is_some_and(|t| t.contains(&Type::Array)) {
            o.items
        } else {
            None
        }
    }

    /// Doc lines of a schema (description, else title).
    pub(crate) fn docs_of(&self, id: SchemaId) -> Vec<String> {
        match self.schema(id).object() {
            Some(o) => doc_lines(&[o.description.as_deref().or(o.title.as_deref())]),
            None => Vec::new(),
        }
    }

    /// The fields of the struct the `types` module defines under `name` (through aliases),
    /// as generated code reads them; `None` when `name` is not a struct.
    pub(crate) fn struct_fields(&self, name: &str) -> Option<Vec<FieldInfo>> {
        let mut name = name;
        for _ in 0..16 {
            let entry = self.defs.iter().find(|d| d.name == name)?;
            match &entry.def {
                Def::Alias(Ty::Named(n)) => name = n,
                Def::Struct { fields, extra } => {
                    let mut namer = finish::field_namer(extra.is_some());
                    return Some(
                        fields
                            .iter()
                            .map(|f| FieldInfo {
                                wire: f.wire.clone(),
                                ident: namer.unique(&snake_ident(&f.wire)),
                                ty: f.ty.clone(),
                                options: match (f.required, f.nullable && f.ty != Ty::Value) {
                                    (true, false) => 0,
                                    (false, true) => 2,
                                    _ => 1,
                                },
                            })
                            .collect(),
                    );
                }
                _ => return None,
            }
        }
        None
    }

    /// Properties (merged over `allOf` and `$ref`) and `required` of an object schema, or
    /// `None` when the schema is not object-like.
    pub(crate) fn object_props(
        &mut self,
        id: SchemaId,
    ) -> Option<(IndexMap<String, SchemaId>, Vec<String>)> {
        let m = self.merged_object(id);
        m.objectish.then_some((m.props, m.required))
    }
}

fn json_kind_ty(v: &serde_json::Value) -> Ty {
    match v {
        serde_json::Value::String(_) => STRING,
        serde_json::Value::Bool(_) => Ty::Prim("bool"),
        serde_json::Value::Number(n) if n.is_i64() || n.is_u64() => Ty::Prim("i64"),
        serde_json::Value::Number(_) => Ty::Prim("f64"),
        _ => Ty::Value,
    }
}

/// One field of a generated struct (see [`TypeGen::struct_fields`]).
#[derive(Debug, Clone)]
pub(crate) struct FieldInfo {
    /// The member's name in JSON.
    pub wire: String,
    /// The field's identifier.
    pub ident: String,
    /// The value type, without the `Option`s of `options`.
    pub ty: Ty,
    /// How many `Option`s wrap `ty`: 0 required, 1 optional or nullable, 2 both.
    pub options: u8,
}

/// `Option<T>` when the reference allows null (except for `Value`, which holds null itself).
pub fn wrap_null(r: TyRef) -> Ty {
    if r.nullable && r.ty != Ty::Value {
        Ty::Option(Box::new(r.ty))
    } else {
        r.ty
    }
}

/// What a struct keeps of the members its properties do not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Extra {
    /// The `additionalProperties` schema.
    Schema(SchemaId),
    /// Any JSON value: `patternProperties` give some keys another schema.
    Any,
}

/// The properties of an object schema merged over `allOf` and 3.1 `$ref` (see
/// `TypeGen::collect_object`).
struct MergedObject {
    props: IndexMap<String, SchemaId>,
    required: Vec<String>,
    /// The members no property names: `additionalProperties` and `patternProperties`.
    extra: Option<Extra>,
    /// Does the schema say it is an object (`type: object`, properties or
    /// `additionalProperties`, here or in a merged member)?
    objectish: bool,
}

#[cfg(test)]
mod tests {
    use super::tarjan;

    #[test]
    fn scc() {
        let c = tarjan(&[vec![1], vec![0], vec![2], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_ne!(c[2], c[3]);
    }

    /// Copies of a type under other names become aliases of the first one, mutually
    /// recursive copies too; a difference anywhere (a field's docs, an enum value) keeps
    /// types apart.
    #[test]
    fn copies_become_aliases() {
        let text = r#"
openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        state: {type: string, enum: [open, closed]}
        next: {$ref: '#/components/schemas/B'}
    B:
      type: object
      properties:
        state: {type: string, enum: [open, closed]}
        next: {$ref: '#/components/schemas/A'}
    C:
      type: object
      properties:
        state: {type: string, enum: [open, closed, locked]}
        next: {$ref: '#/components/schemas/A'}
    D:
      type: object
      properties:
        state: {type: string, enum: [open, closed], description: other docs}
        next: {$ref: '#/components/schemas/A'}
"#;
        let loaded = stipula_spec::load_str(text, "t.yaml", &stipula_spec::LoadOptions::default())
            .expect("test spec loads");
        let ctx = crate::context(
            &loaded.spec,
            &crate::Options::new(crate::Target::RustClient),
        );
        let kind = |n: &str| {
            let t = ctx.types.iter().find(|t| t.name == n).expect(n);
            (t.kind, t.target.clone())
        };
        assert_eq!(kind("A").0, "struct");
        assert_eq!(kind("B"), ("alias", Some("A".to_string())));
        assert_eq!(kind("AState").0, "string_enum");
        assert_eq!(kind("BState"), ("alias", Some("AState".to_string())));
        assert_eq!(kind("C").0, "struct");
        assert_eq!(kind("CState").0, "string_enum");
        assert_eq!(kind("D").0, "struct");
        // The recursion through the alias is still boxed.
        let a = ctx.types.iter().find(|t| t.name == "A").expect("A");
        assert!(
            a.fields.iter().any(|f| f.ty.contains("Box<B>")),
            "{:?}",
            a.fields
        );
    }
}
