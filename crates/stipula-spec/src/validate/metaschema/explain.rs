//! Turning the raw errors of a meta-schema into messages people can act on.
//!
//! A meta-schema that uses `oneOf`/`anyOf` reports a failure for every alternative. `explain`
//! walks into the alternatives, keeps the one the document most plausibly meant (see
//! `branch_score`) and reports its most specific errors; where every alternative fails on
//! the same field it merges them into one "must be one of ..." message.

use super::{MetaError, OAS30_ID, OAS31_ID, OAS32_ID, schema_by_id};
use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// How far into nested `oneOf`/`anyOf` alternatives we follow.
const MAX_DEPTH: usize = 32;

/// Append the useful errors behind `err` to `out`.
pub(crate) fn explain(err: &ValidationError<'_>, out: &mut Vec<MetaError>, depth: usize) {
    match err.kind() {
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context }
            if depth < MAX_DEPTH && !context.is_empty() =>
        {
            explain_alternatives(err, context, out, depth);
        }
        _ => out.push(leaf(err)),
    }
}

/// (weak, discriminator mismatches, error count, `usize::MAX - depth`); see `branch_score`.
type Score = (u8, usize, usize, usize);

/// Score of one failed alternative: lower means "more likely what the author meant".
///
/// * an alternative that fails because the value has the wrong JSON type, or because it is
///   not a Reference Object (`$ref` missing), at the very place of the `oneOf`, is the least
///   likely;
/// * then alternatives that fail on `enum`/`const` (a discriminating value like `in: path` or
///   `type: http` says the author meant another alternative), fewer is better;
/// * then fewer errors, then deeper errors (more of the value matched).
fn branch_score(at: &str, leaves: &[MetaError], raw: &[ValidationError<'_>]) -> Score {
    let weak = raw.iter().any(|e| {
        e.instance_path().as_str() == at
            && match e.kind() {
                ValidationErrorKind::Type { .. } => true,
                ValidationErrorKind::Required { property } => property.as_str() == Some("$ref"),
                _ => false,
            }
    });
    let disc = leaves.iter().filter(|l| l.code == "oas-value").count();
    let depth = leaves
        .iter()
        .map(|l| l.pointer.matches('/').count())
        .max()
        .unwrap_or(0);
    (u8::from(weak), disc, leaves.len(), usize::MAX - depth)
}

fn explain_alternatives(
    err: &ValidationError<'_>,
    context: &[Vec<ValidationError<'static>>],
    out: &mut Vec<MetaError>,
    depth: usize,
) {
    let at = err.instance_path().as_str();
    let mut scored: Vec<(Score, Vec<MetaError>)> = context
        .iter()
        .map(|branch| {
            let mut leaves = Vec::new();
            for e in branch {
                explain(e, &mut leaves, depth + 1);
            }
            (branch_score(at, &leaves, branch), leaves)
        })
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if scored.is_empty() {
        out.push(leaf(err));
        return;
    }
    // Alternatives that fail on the value's type or for want of `$ref` (a Reference Object
    // where the author wrote the object itself) are not what the author meant, unless
    // nothing else is left.
    if scored.iter().any(|(s, _)| s.0 == 0) {
        scored.retain(|(s, _)| s.0 == 0);
    }
    // Every alternative failing on the same one place with a type/value mismatch: merge.
    if let Some(m) = merge_alternatives(&scored) {
        out.push(m);
        return;
    }
    scored.sort_by_key(|(s, _)| *s);
    if let Some((_, leaves)) = scored.into_iter().next() {
        out.extend(leaves);
    }
}

/// Merge alternatives that all fail at one place:
///
/// * every alternative has a value/type error at the same pointer (`in: body` against the
///   four parameter kinds): one "unexpected value" message with the union of allowed values;
/// * every alternative misses a required field at the same pointer (`schema` xor `content`):
///   one "needs one of" message.
fn merge_alternatives(scored: &[(Score, Vec<MetaError>)]) -> Option<MetaError> {
    if scored.len() < 2 {
        return None;
    }
    // Pointers where every alternative has a value or type error.
    let first = &scored[0].1;
    let common = first
        .iter()
        .filter(|l| matches!(l.code, "oas-value" | "oas-type"))
        .find(|cand| {
            scored.iter().all(|(_, ls)| {
                ls.iter().any(|l| {
                    l.pointer == cand.pointer && matches!(l.code, "oas-value" | "oas-type")
                })
            })
        });
    if let Some(cand) = common {
        let mut allowed: Vec<String> = Vec::new();
        let mut found = String::new();
        let mut all_type = true;
        for (_, ls) in scored {
            for m in ls
                .iter()
                .filter(|l| l.pointer == cand.pointer && matches!(l.code, "oas-value" | "oas-type"))
            {
                all_type &= m.code == "oas-type";
                for a in m
                    .help
                    .as_deref()
                    .and_then(|h| h.strip_prefix(ALLOWED))
                    .unwrap_or("")
                    .split(", ")
                {
                    let a = if m.code == "oas-type" {
                        format!("{} {a}", article(a))
                    } else {
                        a.to_string()
                    };
                    if !a.trim().is_empty() && !allowed.contains(&a) {
                        allowed.push(a);
                    }
                }
                if found.is_empty()
                    && let Some(f) = m
                        .message
                        .rsplit(", found ")
                        .next()
                        .filter(|_| m.message.contains(", found "))
                {
                    found = f.to_string();
                }
            }
        }
        let what = field_name(&cand.pointer);
        // The object the alternatives share: `Path Parameter` and `Query Parameter` are both
        // a `Parameter`.
        let names: Vec<String> = scored
            .iter()
            .flat_map(|(_, ls)| ls.iter().filter(|l| l.pointer == cand.pointer))
            .map(|l| object_in(&l.message))
            .collect();
        let obj = common_suffix(&names);
        let message = if found.is_empty() {
            format!("{what} does not match any allowed form{obj}")
        } else if all_type {
            format!("{what} has the wrong type{obj}, found {found}")
        } else {
            format!("{what} has an unexpected value{obj}, found {found}")
        };
        return Some(MetaError {
            code: if all_type { "oas-type" } else { "oas-value" },
            pointer: cand.pointer.clone(),
            message,
            help: Some(format!("{ALLOWED}{}", allowed.join(", "))),
        });
    }
    // Every alternative only misses required fields at the same pointer.
    let p = &first.first()?.pointer;
    let only_missing = scored.iter().all(|(_, ls)| {
        !ls.is_empty()
            && ls
                .iter()
                .all(|l| l.code == "oas-missing-field" && &l.pointer == p)
    });
    if only_missing {
        let mut names: Vec<String> = Vec::new();
        for (_, ls) in scored {
            let group: Vec<String> = ls
                .iter()
                .filter_map(|l| l.message.split('`').nth(1).map(|n| format!("`{n}`")))
                .collect();
            let g = group.join(" and ");
            if !names.contains(&g) {
                names.push(g);
            }
        }
        let obj = object_in(&first[0].message);
        return Some(MetaError {
            code: "oas-missing-field",
            pointer: p.clone(),
            message: format!("needs one of {}{obj}", names.join(" or ")),
            help: Some(format!("add {}", names.join(" or "))),
        });
    }
    None
}

const ALLOWED: &str = "allowed: ";

/// The longest run of trailing words all of `names` share (` in Path Parameter object` and
/// ` in Query Parameter object` → ` in Parameter object`); empty when they share only
/// ` object`.
fn common_suffix(names: &[String]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    let words: Vec<&str> = first.split(' ').collect();
    let mut n = 0;
    while n < words.len() {
        let tail = &words[words.len() - n - 1..];
        if names.iter().all(|m| {
            let w: Vec<&str> = m.split(' ').collect();
            w.len() > n && w[w.len() - n - 1..] == *tail
        }) {
            n += 1;
        } else {
            break;
        }
    }
    if n >= words.len().saturating_sub(1) {
        // All equal (` in X object`), or nothing is shared.
        return if names.iter().all(|m| m == first) {
            first.clone()
        } else {
            String::new()
        };
    }
    if n <= 1 {
        return String::new();
    }
    format!(" in {}", words[words.len() - n..].join(" "))
}

/// The ` in X object` part of a message made by [`leaf`], if any.
fn object_in(message: &str) -> String {
    let Some(i) = message.find(" in ") else {
        return String::new();
    };
    let rest = &message[i..];
    match rest.find(" object") {
        Some(j) => rest[..j + " object".len()].to_string(),
        None => String::new(),
    }
}

/// The schema object (in an embedded meta-schema) that holds the failing keyword.
fn keyword_parent(err: &ValidationError<'_>) -> Option<(&'static Value, String)> {
    let uri = err.absolute_keyword_location()?;
    let s = uri.as_str();
    let (id, frag) = s.split_once('#').unwrap_or((s, ""));
    let frag = percent_decode(frag);
    // Drop the keyword itself (and, for `properties/x`-style errors, nothing more).
    let parent = match frag.rfind('/') {
        Some(i) => frag[..i].to_string(),
        None => String::new(),
    };
    let base = schema_by_id(id)?;
    let v = if parent.is_empty() {
        base
    } else {
        base.pointer(&parent)?
    };
    Some((v, frag))
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// A human name for the OpenAPI object a keyword belongs to, from its meta-schema location
/// (`/definitions/PathItem/...` → "Path Item object", `/$defs/security-scheme/...` →
/// "Security Scheme object"), or from the dialect for Schema Objects.
fn object_name(err: &ValidationError<'_>) -> Option<String> {
    let uri = err.absolute_keyword_location()?;
    let s = uri.as_str();
    let (id, frag) = s.split_once('#').unwrap_or((s, ""));
    if id.starts_with("https://json-schema.org/")
        || id.contains("/dialect/")
        || id.contains("/meta/")
    {
        return Some("Schema object".into());
    }
    let frag = percent_decode(frag);
    let segs: Vec<&str> = frag.split('/').collect();
    // The first `definitions`/`$defs` entry is the OpenAPI object; nested `$defs` are
    // helpers of that object (`styles-for-path` of `parameter`).
    let name = segs
        .windows(2)
        .find(|w| (w[0] == "definitions" || w[0] == "$defs") && !w[1].is_empty())
        .map(|w| w[1]);
    let Some(name) = name else {
        if id == OAS30_ID || id == OAS31_ID || id == OAS32_ID {
            return Some("OpenAPI root object".into());
        }
        return None;
    };
    let name = match name {
        // Helper definitions of the 3.0 schema shared by Parameter, Header and Media Type.
        "ExampleXORExamples" | "SchemaXORContent" => return None,
        n => n,
    };
    Some(format!("{} object", humanize(name)))
}

/// `path-item` → `Path Item`, `HTTPSecurityScheme` → `HTTP Security Scheme`,
/// `parameter-or-reference` → `Parameter`.
fn humanize(name: &str) -> String {
    let name = name.strip_suffix("-or-reference").unwrap_or(name);
    let mut out = String::new();
    for part in name.split(['-', '_']) {
        if !out.is_empty() {
            out.push(' ');
        }
        let chars: Vec<char> = part.chars().collect();
        for (i, &ch) in chars.iter().enumerate() {
            if i == 0 {
                out.extend(ch.to_uppercase());
                continue;
            }
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
            // A word starts at an upper-case letter after a lower-case one or a digit
            // (`OAuth2Security`), or at the last capital of an acronym (`HTTPSecurity`).
            if ch.is_uppercase()
                && (prev.is_lowercase()
                    || prev.is_ascii_digit()
                    || (prev.is_uppercase() && next_lower))
            {
                out.push(' ');
            }
            out.push(ch);
        }
    }
    out.replace("O Auth", "OAuth")
}

/// The property names an object schema declares (following `$ref`, `allOf`, `then`, ...
/// within the same meta-schema), for "allowed fields" help.
fn declared_properties(schema: &Value, base: &Value, out: &mut BTreeSet<String>, depth: usize) {
    if depth > 6 {
        return;
    }
    let Some(obj) = schema.as_object() else {
        return;
    };
    if let Some(Value::Object(props)) = obj.get("properties") {
        out.extend(props.keys().cloned());
    }
    if let Some(Value::String(r)) = obj.get("$ref")
        && let Some(frag) = r.strip_prefix('#')
        && let Some(t) = base.pointer(&percent_decode(frag))
    {
        declared_properties(t, base, out, depth + 1);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(a)) = obj.get(key) {
            for s in a {
                declared_properties(s, base, out, depth + 1);
            }
        }
    }
    for key in ["then", "else"] {
        if let Some(s) = obj.get(key) {
            declared_properties(s, base, out, depth + 1);
        }
    }
    if let Some(Value::Object(d)) = obj.get("dependentSchemas") {
        for s in d.values() {
            declared_properties(s, base, out, depth + 1);
        }
    }
}

fn allowed_fields(err: &ValidationError<'_>) -> Option<String> {
    let uri = err.absolute_keyword_location()?;
    let s = uri.as_str();
    let id = s.split_once('#').map_or(s, |(i, _)| i);
    let base = schema_by_id(id)?;
    let (parent, _) = keyword_parent(err)?;
    let mut names = BTreeSet::new();
    declared_properties(parent, base, &mut names, 0);
    let extensible = parent
        .get("patternProperties")
        .and_then(Value::as_object)
        .is_some_and(|p| p.contains_key("^x-"))
        || parent
            .get("$ref")
            .and_then(Value::as_str)
            .is_some_and(|r| r.ends_with("specification-extensions"));
    if names.is_empty() {
        return None;
    }
    let mut s = String::from(ALLOWED);
    s.push_str(
        &names
            .into_iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    if extensible {
        s.push_str(", and `x-` extensions");
    }
    Some(s)
}

/// Last segment of a pointer, as the user wrote it, in backticks; "the document" at the root.
pub(crate) fn field_name(pointer: &str) -> String {
    match pointer.rsplit_once('/') {
        None => "the document".into(),
        Some((_, last)) => format!("`{}`", crate::pointer::unescape(last)),
    }
}

/// A short rendering of a value for messages (never the whole of a big object).
pub(crate) fn short(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            if m.is_empty() {
                "an empty object".into()
            } else {
                "an object".into()
            }
        }
        Value::Array(a) => format!("an array of {}", a.len()),
        Value::String(s) => {
            let mut t: String = s.chars().take(60).collect();
            if t.len() < s.len() {
                t.push('…');
            }
            format!("{t:?}")
        }
        other => other.to_string(),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn list_values(v: &Value) -> String {
    match v {
        Value::Array(a) => a
            .iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

fn in_object(err: &ValidationError<'_>) -> String {
    object_name(err)
        .map(|n| format!(" in {n}"))
        .unwrap_or_default()
}

/// One raw error (not an alternative) → one message.
fn leaf(err: &ValidationError<'_>) -> MetaError {
    let at = err.instance_path().as_str().to_string();
    let inst = err.instance();
    let mk = |code, pointer: String, message: String, help: Option<String>| MetaError {
        code,
        pointer,
        message,
        help,
    };
    match err.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
            let first = unexpected.first().cloned().unwrap_or_default();
            let mut pointer = at.clone();
            pointer.push('/');
            crate::pointer::push_escaped(&mut pointer, &first);
            let names = unexpected
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let (what, help_default) = if object_name(err).as_deref() == Some("Responses object") {
                (
                    format!("{names} is not a valid response status key in Responses object"),
                    "a response key is `default`, a code from 100 to 599 such as `200`, or a range `1XX`..`5XX`".to_string(),
                )
            } else if object_name(err).as_deref() == Some("Paths object") {
                (
                    format!("{names} is not a valid path in Paths object"),
                    "path templates start with `/`, e.g. `/pets/{id}`".to_string(),
                )
            } else {
                (
                    format!(
                        "unknown field{} {names}{}",
                        if unexpected.len() > 1 { "s" } else { "" },
                        in_object(err)
                    ),
                    "remove the field, fix its spelling, or prefix it with `x-` to make it an extension".to_string(),
                )
            };
            let help = match allowed_fields(err) {
                Some(a) if !what.contains("status key") && !what.contains("valid path") => {
                    format!("{a}; {help_default}")
                }
                _ => help_default,
            };
            mk("oas-unknown-field", pointer, what, Some(help))
        }
        ValidationErrorKind::Required { property } => {
            let p = property.as_str().map_or_else(|| property.to_string(), str::to_string);
            mk(
                "oas-missing-field",
                at,
                format!("missing required field `{p}`{}", in_object(err)),
                Some(format!("add `{p}`")),
            )
        }
        ValidationErrorKind::Type { kind } => {
            let key = at.rsplit('/').next().unwrap_or("");
            if matches!(key, "exclusiveMinimum" | "exclusiveMaximum") && inst.is_boolean() {
                let bound = if key == "exclusiveMinimum" {
                    "minimum"
                } else {
                    "maximum"
                };
                return mk(
                    "oas-type",
                    at.clone(),
                    format!(
                        "`{key}` must be a number in an OpenAPI 3.1+ Schema object, found the boolean {inst}"
                    ),
                    Some(format!(
                        "boolean `{key}` is OpenAPI 3.0; in 3.1 write the bound itself: `{key}: <value of {bound}>` and drop `{bound}`"
                    )),
                );
            }
            if matches!(key, "exclusiveMinimum" | "exclusiveMaximum") && inst.is_number() {
                let bound = if key == "exclusiveMinimum" { "minimum" } else { "maximum" };
                return mk(
                    "oas-type",
                    at.clone(),
                    format!(
                        "`{key}` must be a boolean in an OpenAPI 3.0 Schema object, found the number {inst}"
                    ),
                    Some(format!(
                        "numeric `{key}` is OpenAPI 3.1; in 3.0 write `{bound}: {inst}` and `{key}: true` (or declare `openapi: 3.1.0`)"
                    )),
                );
            }
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            mk(
                "oas-type",
                at.clone(),
                format!(
                    "{} must be {} {expected}{}, found {}",
                    field_name(&at),
                    article(&expected),
                    in_object(err),
                    json_type(inst)
                ),
                Some(format!("{ALLOWED}{expected}")),
            )
        }
        ValidationErrorKind::Enum { options } => mk(
            "oas-value",
            at.clone(),
            format!("{} has an unexpected value{}, found {}", field_name(&at), in_object(err), short(inst)),
            Some(format!("{ALLOWED}{}", list_values(options))),
        ),
        ValidationErrorKind::Constant { expected_value } => mk(
            "oas-value",
            at.clone(),
            format!("{} has an unexpected value{}, found {}", field_name(&at), in_object(err), short(inst)),
            Some(format!("{ALLOWED}{}", list_values(expected_value))),
        ),
        ValidationErrorKind::Pattern { pattern } => mk(
            "oas-value",
            at.clone(),
            format!(
                "{} does not match the pattern `{pattern}`{}, found {}",
                field_name(&at),
                in_object(err),
                short(inst)
            ),
            Some(pattern_help(pattern)),
        ),
        ValidationErrorKind::Not { schema } => {
            let both: Vec<String> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| x.as_str().map(|s| format!("`{s}`"))).collect())
                .unwrap_or_default();
            let message = if both.len() > 1 {
                format!("{} are mutually exclusive{}", both.join(" and "), in_object(err))
            } else if both.len() == 1 {
                format!("{} is not allowed here{}", both[0], in_object(err))
            } else {
                format!("{} has a form that is not allowed here{}", field_name(&at), in_object(err))
            };
            mk("oas-structure", at, message, Some("keep only one of them".into()))
        }
        ValidationErrorKind::PropertyNames { error } => {
            let key = error.instance().as_str().map(str::to_string).unwrap_or_else(|| error.instance().to_string());
            let mut pointer = at.clone();
            pointer.push('/');
            crate::pointer::push_escaped(&mut pointer, &key);
            let (rule, help) = match error.kind() {
                ValidationErrorKind::Pattern { pattern } if pattern == "^[a-zA-Z0-9._-]+$" => (
                    format!("must match `{pattern}`"),
                    "rename it using only letters, digits, `.`, `_` and `-` (and update the `$ref`s to it)".to_string(),
                ),
                ValidationErrorKind::Pattern { pattern } => {
                    (format!("must match `{pattern}`"), format!("rename it to match `{pattern}`"))
                }
                other => (format!("fails the `{}` rule", other.keyword()), "rename it".to_string()),
            };
            mk(
                "oas-value",
                pointer,
                format!("the name `{key}` under {} is not allowed: names {rule}", field_name(&at)),
                Some(help),
            )
        }
        ValidationErrorKind::FalseSchema => mk(
            "oas-unknown-field",
            at.clone(),
            format!("{} is not allowed here", field_name(&at)),
            Some("remove it".into()),
        ),
        ValidationErrorKind::OneOfMultipleValid { .. } => mk(
            "oas-structure",
            at.clone(),
            format!(
                "{} matches more than one of the alternatives allowed here{}",
                field_name(&at),
                in_object(err)
            ),
            Some("make the value unambiguous (e.g. a `$ref` object must not also look like the object itself)".into()),
        ),
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::AnyOf { .. } => mk(
            "oas-structure",
            at.clone(),
            format!("{} does not match any allowed form{}", field_name(&at), in_object(err)),
            None,
        ),
        ValidationErrorKind::MinProperties { limit }
        | ValidationErrorKind::MaxProperties { limit } => {
            let bound = match err.kind() {
                ValidationErrorKind::MinProperties { .. } => "at least",
                _ => "at most",
            };
            mk(
                "oas-structure",
                at.clone(),
                format!(
                    "{} must have {bound} {limit} entr{}{}",
                    field_name(&at),
                    if *limit == 1 { "y" } else { "ies" },
                    in_object(err)
                ),
                None,
            )
        }
        ValidationErrorKind::MinItems { limit } => mk(
            "oas-structure",
            at.clone(),
            format!("{} must have at least {limit} item(s){}", field_name(&at), in_object(err)),
            None,
        ),
        ValidationErrorKind::UniqueItems => mk(
            "oas-structure",
            at.clone(),
            format!("{} has duplicate items{}", field_name(&at), in_object(err)),
            Some("remove the repeated entries".into()),
        ),
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::ExclusiveMinimum { limit } => mk(
            "oas-value",
            at.clone(),
            format!("{} is too small (limit {limit}), found {}", field_name(&at), short(inst)),
            None,
        ),
        _ => {
            let mut m = String::new();
            let _ = write!(
                m,
                "{} fails the `{}` rule of the OpenAPI {}",
                field_name(&at),
                err.kind().keyword(),
                object_name(err).unwrap_or_else(|| "meta-schema".into())
            );
            mk("oas-structure", at, m, None)
        }
    }
}

fn article(s: &str) -> &'static str {
    match s.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

fn pattern_help(pattern: &str) -> String {
    if pattern.starts_with("^3\\.") {
        "write the version as a string, e.g. `openapi: 3.1.0`".into()
    } else if pattern == "^\\/" {
        "path templates start with `/`".into()
    } else {
        format!("the value must match `{pattern}`")
    }
}
