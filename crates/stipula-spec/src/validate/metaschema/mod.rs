//! Structural validation of one OpenAPI document against the official OAI meta-schema of its
//! declared version, with the raw `jsonschema` errors turned into messages people can act on.
//!
//! The meta-schemas are embedded (see `schemas/README.md` in this crate) and registered in a
//! [`jsonschema::Registry`] by their `$id`s, so validation never touches the network. Each
//! validator is compiled once per process.
//!
//! * 3.0.x: `oas/3.0/schema/2024-10-18` (JSON Schema draft 4). It describes Schema Objects
//!   too.
//! * 3.1.x / 3.2.x: `oas/3.1/schema/2025-09-15` / `oas/3.2/schema/2025-09-17` (draft
//!   2020-12). Those leave Schema Objects open (`$dynamicRef: "#meta"`, default
//!   `{"type": ["object", "boolean"]}`); the official `schema-base` documents bind `#meta` to
//!   the OAS dialect. We use our own equivalent of `schema-base` (see `with_dialect`) that
//!   binds `#meta` the same way but drops two `const`s of `schema-base` that are not rules of
//!   the specification (`jsonSchemaDialect` must be the OAS dialect; a Schema Object's
//!   `$schema` must be the OAS dialect). When a document declares another
//!   `jsonSchemaDialect`, its Schema Objects are not validated against the OAS dialect.
//!
//! The raw errors of a meta-schema are many and cryptic where the schema uses `oneOf`/`anyOf`
//! (every alternative reports its own failure). `explain` walks into those alternatives,
//! keeps the one the document most plausibly meant (see `branch_score`) and reports its
//! most specific errors; where every alternative fails on the same field it merges them into
//! one "must be one of ..." message.

use jsonschema::{Draft, Validator};
use serde_json::{Value, json};
use std::sync::OnceLock;

mod explain;

use explain::{explain, short};

/// The OpenAPI version family of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OasVersion {
    /// `openapi: 3.0.x` (checked against the embedded OAS 3.0 schema).
    V30,
    /// `openapi: 3.1.x` (the 3.1 schema with its JSON Schema 2020-12 dialect).
    V31,
    /// `openapi: 3.2.x`.
    V32,
}

impl OasVersion {
    /// Read the declared version of a root document. `Err` carries a message saying what is
    /// wrong (Swagger 2.0, missing or unsupported `openapi`).
    pub fn detect(root: &Value) -> Result<OasVersion, String> {
        let Some(obj) = root.as_object() else {
            return Err(
                "the document is not a JSON/YAML object, so it is not an OpenAPI document".into(),
            );
        };
        if obj.contains_key("swagger") {
            return Err("Swagger 2.0 is not OpenAPI 3; convert it first".into());
        }
        match obj.get("openapi") {
            None => Err(
                "no `openapi` field: this is not an OpenAPI 3 document (or it is a file \
                         meant to be referenced from one)"
                    .into(),
            ),
            Some(Value::String(s)) => {
                if s.starts_with("3.0.") || s == "3.0" {
                    Ok(OasVersion::V30)
                } else if s.starts_with("3.1.") || s == "3.1" {
                    Ok(OasVersion::V31)
                } else if s.starts_with("3.2.") || s == "3.2" {
                    Ok(OasVersion::V32)
                } else {
                    Err(format!(
                        "`openapi: {s}` is not a version stipula knows (3.0.x, 3.1.x or 3.2.x)"
                    ))
                }
            }
            Some(other) => Err(format!(
                "`openapi` must be a string such as \"3.1.0\", found {}",
                short(other)
            )),
        }
    }

    /// The family as written in messages: `3.0`, `3.1`, `3.2`.
    pub fn as_str(self) -> &'static str {
        match self {
            OasVersion::V30 => "3.0",
            OasVersion::V31 => "3.1",
            OasVersion::V32 => "3.2",
        }
    }
}

/// One structural problem found by the meta-schema.
#[derive(Clone, Debug, PartialEq)]
pub struct MetaError {
    /// Stable code (`oas-unknown-field`, `oas-missing-field`, `oas-type`, `oas-value`,
    /// `oas-structure`).
    pub code: &'static str,
    /// JSON pointer of the offending node in the document.
    pub pointer: String,
    /// What is wrong, naming the field or value.
    pub message: String,
    /// What to do about it, when there is a clear fix (a near-miss field name, say).
    pub help: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Embedded meta-schemas
// ---------------------------------------------------------------------------------------

const OAS30_ID: &str = "https://spec.openapis.org/oas/3.0/schema/2024-10-18";
const OAS31_ID: &str = "https://spec.openapis.org/oas/3.1/schema/2025-09-15";
const OAS31_DIALECT_ID: &str = "https://spec.openapis.org/oas/3.1/dialect/2024-11-10";
const OAS32_ID: &str = "https://spec.openapis.org/oas/3.2/schema/2025-09-17";
const OAS32_DIALECT_ID: &str = "https://spec.openapis.org/oas/3.2/dialect/2025-09-17";

/// (`$id`, text) of every embedded schema.
const EMBEDDED: &[(&str, &str)] = &[
    (
        OAS30_ID,
        include_str!("../../../schemas/oas-3.0-schema-2024-10-18.json"),
    ),
    (
        OAS31_ID,
        include_str!("../../../schemas/oas-3.1-schema-2025-09-15.json"),
    ),
    (
        OAS31_DIALECT_ID,
        include_str!("../../../schemas/oas-3.1-dialect-2024-11-10.json"),
    ),
    (
        "https://spec.openapis.org/oas/3.1/meta/2024-11-10",
        include_str!("../../../schemas/oas-3.1-meta-2024-11-10.json"),
    ),
    (
        OAS32_ID,
        include_str!("../../../schemas/oas-3.2-schema-2025-09-17.json"),
    ),
    (
        OAS32_DIALECT_ID,
        include_str!("../../../schemas/oas-3.2-dialect-2025-09-17.json"),
    ),
    (
        "https://spec.openapis.org/oas/3.2/meta/2025-09-17",
        include_str!("../../../schemas/oas-3.2-meta-2025-09-17.json"),
    ),
];

/// `$id` of our `schema-base` equivalent for 3.1 / 3.2.
fn with_dialect_id(v: OasVersion) -> &'static str {
    match v {
        OasVersion::V32 => "urn:stipula:oas-3.2-with-dialect",
        _ => "urn:stipula:oas-3.1-with-dialect",
    }
}

/// Our equivalent of the official `schema-base`: the document schema, with `#meta` (the
/// Schema Object) bound to the OAS dialect.
fn with_dialect(v: OasVersion) -> Value {
    let (doc, dialect) = match v {
        OasVersion::V32 => (OAS32_ID, OAS32_DIALECT_ID),
        _ => (OAS31_ID, OAS31_DIALECT_ID),
    };
    json!({
        "$id": with_dialect_id(v),
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": doc,
        "$defs": {
            "schema": {
                "$dynamicAnchor": "meta",
                "$ref": dialect
            }
        }
    })
}

/// Every embedded schema parsed, plus our two wrappers, by `$id`.
fn schemas() -> &'static Result<Vec<(String, Value)>, String> {
    static S: OnceLock<Result<Vec<(String, Value)>, String>> = OnceLock::new();
    S.get_or_init(|| {
        let mut out = Vec::new();
        for (id, text) in EMBEDDED {
            let v: Value = serde_json::from_str(text)
                .map_err(|e| format!("embedded meta-schema {id} is not JSON: {e}"))?;
            out.push((id.to_string(), v));
        }
        for v in [OasVersion::V31, OasVersion::V32] {
            out.push((with_dialect_id(v).to_string(), with_dialect(v)));
        }
        Ok(out)
    })
}

/// The embedded schema with this `$id` (URI without fragment).
fn schema_by_id(id: &str) -> Option<&'static Value> {
    let all = schemas().as_ref().ok()?;
    all.iter().find(|(i, _)| i == id).map(|(_, v)| v)
}

/// Which compiled validator to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    V30,
    V31,
    V31Dialect,
    V32,
    V32Dialect,
    /// One Schema Object (of a referenced file), per version.
    Schema30,
    Schema31,
    Schema32,
}

fn build(which: Which) -> Result<Validator, String> {
    let (root_id, draft) = match which {
        Which::V30 | Which::Schema30 => (OAS30_ID, Draft::Draft4),
        Which::V31 => (OAS31_ID, Draft::Draft202012),
        Which::V32 => (OAS32_ID, Draft::Draft202012),
        Which::V31Dialect => (with_dialect_id(OasVersion::V31), Draft::Draft202012),
        Which::V32Dialect => (with_dialect_id(OasVersion::V32), Draft::Draft202012),
        Which::Schema31 => (OAS31_DIALECT_ID, Draft::Draft202012),
        Which::Schema32 => (OAS32_DIALECT_ID, Draft::Draft202012),
    };
    let schema_root;
    let root = match which {
        Which::Schema30 => {
            schema_root = json!({"$ref": format!("{OAS30_ID}#/definitions/Schema")});
            &schema_root
        }
        _ => schema_by_id(root_id).ok_or_else(|| format!("no embedded schema {root_id}"))?,
    };
    compile(root, draft, root_id)
}

/// Compile `root` with every embedded meta-schema of its draft registered.
fn compile(root: &Value, draft: Draft, what: &str) -> Result<Validator, String> {
    let all = schemas().as_ref().map_err(Clone::clone)?;
    let mut builder = jsonschema::Registry::new().draft(draft);
    for (id, v) in all {
        // The 3.0 schema is draft 4; the others are 2020-12 and say so in `$schema`.
        if draft == Draft::Draft4 && id != OAS30_ID {
            continue;
        }
        if draft != Draft::Draft4 && id == OAS30_ID {
            continue;
        }
        builder = builder
            .add(id, v)
            .map_err(|e| format!("cannot register meta-schema {id}: {e}"))?;
    }
    let registry = builder
        .prepare()
        .map_err(|e| format!("cannot prepare the meta-schema registry: {e}"))?;
    jsonschema::options()
        .with_draft(draft)
        .with_registry(&registry)
        .should_validate_formats(false)
        .offline()
        .build(root)
        .map_err(|e| format!("cannot compile meta-schema {what}: {e}"))
}

/// An OpenAPI object (other than a Schema Object) that a spec may keep in another file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectKind {
    /// A Parameter Object.
    Parameter,
    /// A Request Body Object.
    RequestBody,
    /// A Response Object.
    Response,
    /// A Media Type Object (a value of `content`).
    MediaType,
    /// A Header Object.
    Header,
    /// A Link Object.
    Link,
    /// A Callback Object.
    Callback,
    /// A Path Item Object.
    PathItem,
    /// A Security Scheme Object.
    SecurityScheme,
}

impl ObjectKind {
    const ALL: usize = 9;

    /// Its definition's name in the meta-schema of `v`.
    fn def(self, v: OasVersion) -> &'static str {
        let (v30, v31) = match self {
            ObjectKind::Parameter => ("Parameter", "parameter"),
            ObjectKind::RequestBody => ("RequestBody", "request-body"),
            ObjectKind::Response => ("Response", "response"),
            ObjectKind::MediaType => ("MediaType", "media-type"),
            ObjectKind::Header => ("Header", "header"),
            ObjectKind::Link => ("Link", "link"),
            ObjectKind::Callback => ("Callback", "callbacks"),
            ObjectKind::PathItem => ("PathItem", "path-item"),
            ObjectKind::SecurityScheme => ("SecurityScheme", "security-scheme"),
        };
        if v == OasVersion::V30 { v30 } else { v31 }
    }
}

/// The validator of one object definition of `v` (Schema Objects inside it are checked
/// against the OAS dialect in 3.1/3.2, as in [`check_schema`]).
fn object_validator(v: OasVersion, kind: ObjectKind) -> Result<&'static Validator, String> {
    static V: [OnceLock<Result<Validator, String>>; 3 * ObjectKind::ALL] =
        [const { OnceLock::new() }; 3 * ObjectKind::ALL];
    let i = (v as usize) * ObjectKind::ALL + kind as usize;
    V[i].get_or_init(|| {
        let def = kind.def(v);
        match v {
            OasVersion::V30 => compile(
                &json!({"$ref": format!("{OAS30_ID}#/definitions/{def}")}),
                Draft::Draft4,
                def,
            ),
            _ => {
                let (doc, dialect) = if v == OasVersion::V32 {
                    (OAS32_ID, OAS32_DIALECT_ID)
                } else {
                    (OAS31_ID, OAS31_DIALECT_ID)
                };
                let root = json!({
                    "$id": format!("urn:stipula:oas-{}-{def}", v.as_str()),
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "$ref": format!("{doc}#/$defs/{def}"),
                    "$defs": {"schema": {"$dynamicAnchor": "meta", "$ref": dialect}}
                });
                compile(&root, Draft::Draft202012, def)
            }
        }
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Validate one object of `kind` (found in a referenced file, outside the root document)
/// against its definition in the meta-schema of `version`. Pointers in the result are
/// relative to the object.
pub fn check_object(
    object: &Value,
    kind: ObjectKind,
    version: OasVersion,
) -> Result<Vec<MetaError>, String> {
    run(object_validator(version, kind)?, object)
}

fn validator(which: Which) -> Result<&'static Validator, String> {
    static V: [OnceLock<Result<Validator, String>>; 8] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = which as usize;
    V[i].get_or_init(|| build(which))
        .as_ref()
        .map_err(Clone::clone)
}

/// Does this document's `jsonSchemaDialect` let us check its Schema Objects against the
/// OAS dialect? (Absent, the OAS dialect itself, or plain 2020-12, which it extends.)
fn uses_oas_dialect(root: &Value) -> bool {
    match root.get("jsonSchemaDialect") {
        None => true,
        Some(Value::String(s)) => {
            let s = s.trim_end_matches('#');
            s.starts_with("https://spec.openapis.org/oas/3.")
                || s == "https://json-schema.org/draft/2020-12/schema"
        }
        Some(_) => false,
    }
}

/// Most errors reported for one document; past this, one summary error says how many more.
pub const MAX_ERRORS: usize = 200;

/// Validate a root document against the meta-schema of `version`.
///
/// `Err` only when the embedded meta-schema itself cannot be compiled (a bug in stipula).
pub fn check(root: &Value, version: OasVersion) -> Result<Vec<MetaError>, String> {
    let which = match version {
        OasVersion::V30 => Which::V30,
        OasVersion::V31 if uses_oas_dialect(root) => Which::V31Dialect,
        OasVersion::V31 => Which::V31,
        OasVersion::V32 if uses_oas_dialect(root) => Which::V32Dialect,
        OasVersion::V32 => Which::V32,
    };
    run(validator(which)?, root)
}

/// `id` of the official Swagger 2.0 JSON Schema (draft 4), embedded from the corpus's
/// `oai-schemas/oas-2.0-schema.json` (OAI/OpenAPI-Specification `schemas/v2.0/schema.json`,
/// Apache-2.0; see `schemas/README.md`).
const SWAGGER20_ID: &str = "http://swagger.io/v2/schema.json";
const SWAGGER20_TEXT: &str = include_str!("../../../schemas/oas-2.0-schema.json");

/// Validate a Swagger 2.0 document (the 2.0 tree as written) against the official Swagger
/// 2.0 JSON Schema. Pointers in the result are into the 2.0 tree.
///
/// `Err` only when the embedded schema cannot be compiled (a bug in stipula).
pub fn check_swagger2(root: &Value) -> Result<Vec<MetaError>, String> {
    static V: OnceLock<Result<Validator, String>> = OnceLock::new();
    let v = V
        .get_or_init(|| {
            let schema: Value = serde_json::from_str(SWAGGER20_TEXT)
                .map_err(|e| format!("embedded Swagger 2.0 schema is not JSON: {e}"))?;
            // Its refs into the draft-04 meta-schema resolve to the copy built into
            // `jsonschema` (no network: `offline`).
            let registry = jsonschema::Registry::new()
                .draft(Draft::Draft4)
                .add(SWAGGER20_ID, &schema)
                .map_err(|e| format!("cannot register the Swagger 2.0 schema: {e}"))?
                .prepare()
                .map_err(|e| format!("cannot prepare the Swagger 2.0 schema: {e}"))?;
            jsonschema::options()
                .with_draft(Draft::Draft4)
                .with_registry(&registry)
                .should_validate_formats(false)
                .offline()
                .build(&schema)
                .map_err(|e| format!("cannot compile the Swagger 2.0 schema: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)?;
    run(v, root)
}

/// Validate one Schema Object (found in a referenced file, outside the root document)
/// against the Schema Object definition of `version`: the 3.0 `Schema` definition, or the
/// OAS dialect for 3.1/3.2. Pointers in the result are relative to the schema.
pub fn check_schema(schema: &Value, version: OasVersion) -> Result<Vec<MetaError>, String> {
    let which = match version {
        OasVersion::V30 => Which::Schema30,
        OasVersion::V31 => Which::Schema31,
        OasVersion::V32 => Which::Schema32,
    };
    run(validator(which)?, schema)
}

fn run(v: &Validator, instance: &Value) -> Result<Vec<MetaError>, String> {
    let mut out = Vec::new();
    let mut total = 0usize;
    for err in v.iter_errors(instance) {
        let mut leaves = Vec::new();
        explain(&err, &mut leaves, 0);
        for l in leaves {
            if out
                .iter()
                .any(|o: &MetaError| o.pointer == l.pointer && o.message == l.message)
            {
                continue;
            }
            total += 1;
            if out.len() < MAX_ERRORS {
                out.push(l);
            }
        }
    }
    // "matches more than one alternative" is noise when the same object has a real error
    // (a missing field makes two alternatives of a oneOf match at once).
    let noisy: Vec<String> = out
        .iter()
        .filter(|e| e.code != "oas-structure" || !e.message.contains("matches more than one"))
        .map(|e| e.pointer.clone())
        .collect();
    let before = out.len();
    out.retain(|e| !(e.message.contains("matches more than one") && noisy.contains(&e.pointer)));
    total -= before - out.len();
    if total > out.len() {
        out.push(MetaError {
            code: "oas-structure",
            pointer: String::new(),
            message: format!(
                "{} more structural errors not shown (only the first {MAX_ERRORS} are listed)",
                total - out.len()
            ),
            help: Some("fix the errors above and run validate again".into()),
        });
    }
    Ok(out)
}
