//! The rules about Schema objects as written: `schema-required-bool`,
//! `schema-type-invalid`, `schema-array-items-missing`, `schema-keyword-type-mismatch` and
//! `schema-nullable-ignored`.

use super::Cx;
use super::OasVersion;
use crate::diag::Diagnostic;
use serde_json::Value;
use std::collections::HashSet;

// ---------------------------------------------------------------------------------------
// schema keywords
// ---------------------------------------------------------------------------------------

const TYPE_NAMES_30: &[&str] = &["array", "boolean", "integer", "number", "object", "string"];
const TYPE_NAMES_31: &[&str] = &[
    "array", "boolean", "integer", "number", "object", "string", "null",
];

/// Keyword → the types it applies to.
const TYPED_KEYWORDS: &[(&str, &[&str])] = &[
    ("minimum", &["number", "integer"]),
    ("maximum", &["number", "integer"]),
    ("exclusiveMinimum", &["number", "integer"]),
    ("exclusiveMaximum", &["number", "integer"]),
    ("multipleOf", &["number", "integer"]),
    ("minLength", &["string"]),
    ("maxLength", &["string"]),
    ("pattern", &["string"]),
    ("items", &["array"]),
    ("prefixItems", &["array"]),
    ("minItems", &["array"]),
    ("maxItems", &["array"]),
    ("uniqueItems", &["array"]),
    ("contains", &["array"]),
    ("minProperties", &["object"]),
    ("maxProperties", &["object"]),
    ("properties", &["object"]),
    ("patternProperties", &["object"]),
    ("additionalProperties", &["object"]),
];

pub(super) fn schema_keywords(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let v30 = cx.version == OasVersion::V30;
    let mut seen = HashSet::new();
    for (_, schema) in cx.loaded.spec.schemas.iter() {
        let loc = &schema.loc;
        if !seen.insert((loc.file, loc.pointer.clone())) {
            continue;
        }
        let Some(Value::Object(obj)) = cx.raw(loc) else {
            continue;
        };
        // A bare `$ref` (3.0: siblings ignored) is the target's business.
        if obj.contains_key("$ref") && v30 {
            continue;
        }
        let base = &loc.pointer;
        if let Some(Value::Bool(b)) = obj.get("required") {
            let prop = match base.rsplit_once('/') {
                Some((parent, name)) if parent.ends_with("/properties") => {
                    Some(crate::pointer::unescape(name).into_owned())
                }
                _ => None,
            };
            let help = match &prop {
                Some(name) if *b => format!(
                    "remove `required: true` here and list `{name}` in the parent schema's `required: [...]`"
                ),
                _ => "remove it; list required property names in the object schema's `required: [...]`".to_string(),
            };
            out.push(
                cx.at(
                    Diagnostic::error(
                        "schema-required-bool",
                        format!(
                            "`required: {b}` inside a Schema object: `required` is a list of property names of an object schema, not a flag"
                        ),
                    ),
                    loc,
                    &format!("{base}/required"),
                )
                .with_help(help),
            );
        }
        // `type`
        let mut types: Option<Vec<&str>> = None;
        match obj.get("type") {
            Some(Value::String(t)) => {
                let known = if v30 { TYPE_NAMES_30 } else { TYPE_NAMES_31 };
                if !known.contains(&t.as_str()) {
                    let help = if v30 && t == "null" {
                        "OpenAPI 3.0 has no `null` type: use `nullable: true` beside the real type"
                            .to_string()
                    } else {
                        format!("use one of {}", known.join(", "))
                    };
                    out.push(
                        cx.at(
                            Diagnostic::error(
                                "schema-type-invalid",
                                format!("`type: {t}` is not a JSON Schema type"),
                            ),
                            loc,
                            &format!("{base}/type"),
                        )
                        .with_help(help),
                    );
                } else {
                    types = Some(vec![t.as_str()]);
                }
            }
            Some(Value::Array(ts)) => {
                if v30 {
                    out.push(
                        cx.at(
                            Diagnostic::error(
                                "schema-type-invalid",
                                "a list of types is OpenAPI 3.1; in 3.0 `type` is one string",
                            ),
                            loc,
                            &format!("{base}/type"),
                        )
                        .with_help("use one type (and `nullable: true` for null), `oneOf`, or declare `openapi: 3.1.0`"),
                    );
                } else {
                    let mut ok = Vec::new();
                    for (i, t) in ts.iter().enumerate() {
                        match t.as_str() {
                            Some(s) if TYPE_NAMES_31.contains(&s) => ok.push(s),
                            _ => out.push(
                                cx.at(
                                    Diagnostic::error(
                                        "schema-type-invalid",
                                        format!("`{t}` in `type` is not a JSON Schema type"),
                                    ),
                                    loc,
                                    &format!("{base}/type/{i}"),
                                )
                                .with_help(format!("use one of {}", TYPE_NAMES_31.join(", "))),
                            ),
                        }
                    }
                    if ok.len() == ts.len() {
                        types = Some(ok);
                    }
                }
            }
            _ => {}
        }
        if let Some(types) = &types {
            for (kw, applies) in TYPED_KEYWORDS {
                if !obj.contains_key(*kw) {
                    continue;
                }
                if applies.iter().any(|a| types.contains(a)) {
                    continue;
                }
                // `integer` is a `number`: a number keyword on integer is fine (covered above).
                out.push(
                    cx.at(
                        Diagnostic::warning(
                            "schema-keyword-type-mismatch",
                            format!(
                                "`{kw}` applies to {} values, but this schema's type is {}, so it has no effect",
                                applies.join("/"),
                                types.join("/")
                            ),
                        ),
                        loc,
                        &format!("{base}/{}", kw),
                    )
                    .with_help(format!(
                        "remove `{kw}` or fix `type` (did you mean `type: {}`?)",
                        applies[0]
                    )),
                );
            }
            if v30 && types.contains(&"array") && !obj.contains_key("items") {
                out.push(
                    cx.at(
                        Diagnostic::error(
                            "schema-array-items-missing",
                            "`type: array` without `items`: OpenAPI 3.0 requires `items` for arrays",
                        ),
                        loc,
                        base,
                    )
                    .with_help("add `items` (`items: {}` allows any item)"),
                );
            }
        }
        if !v30 && obj.contains_key("nullable") {
            let t = types
                .as_ref()
                .and_then(|t| t.first().copied())
                .unwrap_or("string");
            out.push(
                cx.at(
                    Diagnostic::warning(
                        "schema-nullable-ignored",
                        "`nullable` is an OpenAPI 3.0 keyword, not part of 3.1+: stipula applies it as in 3.0, other tools ignore it",
                    ),
                    loc,
                    &format!("{base}/nullable"),
                )
                .with_help(format!("write `type: [{t}, \"null\"]` instead")),
            );
        }
    }
}
