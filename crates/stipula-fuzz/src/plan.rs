//! What to send for an operation, decided from the IR alone: edits that probe one
//! constraint each (boundary and negative cases), examples, and stateful chains (OpenAPI
//! links plus inferred create → read → update → delete → read sequences).

use crate::request::{RequestData, body_supported, is_json};
use crate::strategy::{flatten, int_bounds, num_value};
use serde_json::Value;
use stipula_schema::render::{Direction, Validators};
use stipula_spec::{Method, Operation, ParamLocation, Parameter, SchemaId, Spec, Type};

/// Where an edit applies.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// Index into `Operation::parameters`.
    Param(usize),
    /// Object keys from the body root (empty = the body itself).
    Body(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum EditOp {
    /// Put this value at the target.
    Set(Value),
    /// Remove the parameter or property.
    Remove,
    /// Add a property to the object at the target.
    Insert(String, Value),
    /// Send no body.
    RemoveBody,
}

/// One change to a valid request, meant to touch exactly one constraint.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub target: Target,
    pub op: EditOp,
    /// The JSON Schema keyword (or `required`) this edit probes.
    pub keyword: &'static str,
    /// Human description, e.g. `body /age = -1 (below minimum 0)`.
    pub description: String,
    /// What the edit is meant to produce; the validator has the last word.
    pub intends_valid: bool,
}

/// Apply an edit to a copy of `data`; `None` when the target is absent from this base.
pub fn apply(data: &RequestData, e: &Edit) -> Option<RequestData> {
    let mut d = data.clone();
    match (&e.target, &e.op) {
        (_, EditOp::RemoveBody) => {
            d.body = None;
        }
        (Target::Param(i), EditOp::Set(v)) => *d.params.get_mut(*i)? = Some(v.clone()),
        (Target::Param(i), EditOp::Remove) => *d.params.get_mut(*i)? = None,
        (Target::Param(_), EditOp::Insert(..)) => return None,
        (Target::Body(path), op) => {
            let body = d.body.as_mut()?;
            match op {
                EditOp::Insert(k, v) => {
                    let mut cur = body;
                    for seg in path {
                        cur = cur.as_object_mut()?.get_mut(seg)?;
                    }
                    cur.as_object_mut()?.insert(k.clone(), v.clone());
                }
                EditOp::Set(v) if path.is_empty() => *body = v.clone(),
                EditOp::Set(v) => {
                    let (last, parents) = path.split_last()?;
                    let mut cur = body;
                    for seg in parents {
                        cur = cur.as_object_mut()?.get_mut(seg)?;
                    }
                    cur.as_object_mut()?.insert(last.clone(), v.clone());
                }
                EditOp::Remove => {
                    let (last, parents) = path.split_last()?;
                    let mut cur = body;
                    for seg in parents {
                        cur = cur.as_object_mut()?.get_mut(seg)?;
                    }
                    cur.as_object_mut()?.remove(last)?;
                }
                _ => return None,
            }
        }
    }
    Some(d)
}

fn target_name(op: &Operation, t: &Target) -> String {
    match t {
        Target::Param(i) => op
            .parameters
            .get(*i)
            .map(|p| format!("{} parameter `{}`", p.location.as_str(), p.name))
            .unwrap_or_else(|| "parameter".into()),
        Target::Body(p) if p.is_empty() => "body".into(),
        Target::Body(p) => format!("body /{}", p.join("/")),
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 40 {
        format!(
            "{}… ({} chars)",
            &s[..crate::report::floor_boundary(&s, 30)],
            s.len()
        )
    } else {
        s
    }
}

/// Edits for one schema at `target`. `wire`: the value travels as text (parameters), so only
/// violations that survive stringification are proposed.
fn schema_edits(
    spec: &Spec,
    op: &Operation,
    id: SchemaId,
    target: Target,
    wire: bool,
    optional: bool,
    out: &mut Vec<Edit>,
) {
    let Some(o) = flatten(spec, id) else { return };
    let name = target_name(op, &target);
    let mut push = |op_: EditOp, keyword: &'static str, why: String, valid: bool| {
        let desc = match &op_ {
            EditOp::Set(v) => format!("{name} = {} ({why})", short(v)),
            EditOp::Remove => format!("{name} removed ({why})"),
            EditOp::Insert(k, _) => format!("{name} gets property `{k}` ({why})"),
            EditOp::RemoveBody => format!("no body ({why})"),
        };
        out.push(Edit {
            target: target.clone(),
            op: op_,
            keyword,
            description: desc,
            intends_valid: valid,
        });
    };
    let allows = |t: Type| {
        o.types
            .as_ref()
            .is_none_or(|ts| ts.contains(&t) || (t == Type::Integer && ts.contains(&Type::Number)))
    };
    // type
    if o.types.is_some() && o.enum_.is_none() && o.const_.is_none() {
        let candidates: Vec<(Value, Type)> = if wire {
            vec![(Value::String("stipula".into()), Type::String)]
        } else {
            vec![
                (Value::String("stipula".into()), Type::String),
                (Value::from(12345), Type::Integer),
                (Value::Bool(true), Type::Boolean),
                (serde_json::json!({}), Type::Object),
                (Value::Array(vec![]), Type::Array),
                (Value::Null, Type::Null),
            ]
        };
        if let Some((v, _)) = candidates
            .into_iter()
            .find(|(_, t)| !(allows(*t) || *t == Type::Integer && allows(Type::Number)))
        {
            push(EditOp::Set(v), "type", "wrong type".into(), false);
        }
    }
    let numeric = allows(Type::Integer) && o.types.is_some();
    if numeric {
        let is_int = !o.types.as_ref().is_some_and(|t| t.contains(&Type::Number));
        let _ = is_int;
        if let Some(m) = o.minimum {
            push(
                EditOp::Set(num_value(m)),
                "minimum",
                format!("minimum {m}"),
                true,
            );
            push(
                EditOp::Set(num_value(m - 1.0)),
                "minimum",
                format!("below minimum {m}"),
                false,
            );
        }
        if let Some(m) = o.exclusive_minimum {
            push(
                EditOp::Set(num_value(m)),
                "exclusiveMinimum",
                format!("not above exclusiveMinimum {m}"),
                false,
            );
            push(
                EditOp::Set(num_value(m + 1.0)),
                "exclusiveMinimum",
                format!("just above exclusiveMinimum {m}"),
                true,
            );
        }
        if let Some(m) = o.maximum {
            push(
                EditOp::Set(num_value(m)),
                "maximum",
                format!("maximum {m}"),
                true,
            );
            push(
                EditOp::Set(num_value(m + 1.0)),
                "maximum",
                format!("above maximum {m}"),
                false,
            );
        }
        if let Some(m) = o.exclusive_maximum {
            push(
                EditOp::Set(num_value(m)),
                "exclusiveMaximum",
                format!("not below exclusiveMaximum {m}"),
                false,
            );
            push(
                EditOp::Set(num_value(m - 1.0)),
                "exclusiveMaximum",
                format!("just below exclusiveMaximum {m}"),
                true,
            );
        }
        if let Some(m) = o.multiple_of
            && m >= 2.0
            && m.fract() == 0.0
        {
            let (lo, _) = int_bounds(&o);
            let base = if lo > i64::MIN / 4 {
                (lo as f64 / m).ceil() * m
            } else {
                m
            };
            push(
                EditOp::Set(num_value(base + 1.0)),
                "multipleOf",
                format!("not a multiple of {m}"),
                false,
            );
        }
    }
    if allows(Type::String) && o.types.is_some() && o.enum_.is_none() && o.const_.is_none() {
        // Valid but unusual text, where handlers that assume "a word" break: blank,
        // punctuation only, non-ASCII, very long. Parameters travel as text, so no blank or
        // non-ASCII there (headers cannot carry them, and the shortest is trimmed away).
        let min = o.min_length.unwrap_or(0) as usize;
        let max = o.max_length.map(|m| m as usize).unwrap_or(usize::MAX);
        let fit = |unit: &str| -> Option<String> {
            let len = unit.chars().count();
            let want = min.max(len).min(max);
            if want == 0 || want < min {
                return None;
            }
            Some(unit.chars().cycle().take(want).collect())
        };
        let long = if wire { 1_000 } else { 10_000 };
        let mut probes: Vec<(String, &str)> = Vec::new();
        if !wire {
            probes.extend(fit("   ").map(|v| (v, "whitespace only")));
            probes.extend(fit("Zoë 日本語 ✓ مرحبا").map(|v| (v, "non-ASCII")));
        }
        probes.extend(fit("!?.,;:-").map(|v| (v, "punctuation only")));
        if max > long {
            probes.push((
                "Ab9 ".chars().cycle().take(long.max(min)).collect(),
                "very long",
            ));
        }
        for (v, why) in probes {
            push(EditOp::Set(Value::String(v)), "type", why.into(), true);
        }
        if let Some(n) = o.min_length
            && n <= 10_000
        {
            push(
                EditOp::Set(Value::String("a".repeat(n as usize))),
                "minLength",
                format!("minLength {n}"),
                true,
            );
            if n >= 1 && !(wire && n == 1) {
                push(
                    EditOp::Set(Value::String("a".repeat(n as usize - 1))),
                    "minLength",
                    format!("shorter than minLength {n}"),
                    false,
                );
            }
        }
        if let Some(n) = o.max_length
            && n < 10_000
        {
            push(
                EditOp::Set(Value::String("a".repeat(n as usize))),
                "maxLength",
                format!("maxLength {n}"),
                true,
            );
            push(
                EditOp::Set(Value::String("a".repeat(n as usize + 1))),
                "maxLength",
                format!("longer than maxLength {n}"),
                false,
            );
        }
        if let Some(p) = &o.pattern {
            for c in ["!", "~~", "stipula", "0", "-"] {
                push(
                    EditOp::Set(Value::String(c.into())),
                    "pattern",
                    format!("does not match pattern {p}"),
                    false,
                );
            }
        }
    }
    if let Some(e) = &o.enum_ {
        for v in e.iter().take(12) {
            push(EditOp::Set(v.clone()), "enum", "enum value".into(), true);
        }
        let outsider = if e.iter().all(|v| v.is_string()) || wire {
            Value::String("stipula-not-in-enum".into())
        } else {
            Value::from(987_654_321)
        };
        if !e.contains(&outsider) {
            push(EditOp::Set(outsider), "enum", "not in enum".into(), false);
        }
    }
    if let Some(c) = &o.const_ {
        let outsider = Value::String("stipula-not-const".into());
        if *c != outsider {
            push(
                EditOp::Set(outsider),
                "const",
                "not the const value".into(),
                false,
            );
        }
    }
    let _ = optional;
    // objects (bodies only)
    if let Target::Body(path) = &target
        && !wire
        && allows(Type::Object)
        && (!o.properties.is_empty() || o.types.as_ref().is_some_and(|t| t == &vec![Type::Object]))
    {
        for r in &o.required {
            let ro = o
                .properties
                .get(r)
                .and_then(|p| spec.schema(*p).object())
                .is_some_and(|p| p.read_only);
            if ro {
                continue;
            }
            let mut p = path.clone();
            p.push(r.clone());
            let t = Target::Body(p);
            let desc = format!("{} removed (required)", target_name(op, &t));
            out.push(Edit {
                target: t,
                op: EditOp::Remove,
                keyword: "required",
                description: desc,
                intends_valid: false,
            });
        }
        let closed = o
            .additional_properties
            .is_some_and(|a| matches!(spec.schema(a).kind, stipula_spec::SchemaKind::Bool(false)));
        if closed && o.pattern_properties.is_empty() {
            let t = Target::Body(path.clone());
            let desc = format!(
                "{} gets undeclared property `stipula_extra` (additionalProperties: false)",
                target_name(op, &t)
            );
            out.push(Edit {
                target: t,
                op: EditOp::Insert("stipula_extra".into(), Value::String("x".into())),
                keyword: "additionalProperties",
                description: desc,
                intends_valid: false,
            });
        }
        if path.len() < 3 {
            for (k, pid) in &o.properties {
                let ro = spec.schema(*pid).object().is_some_and(|p| p.read_only);
                if ro {
                    continue;
                }
                let mut p = path.clone();
                p.push(k.clone());
                schema_edits(
                    spec,
                    op,
                    *pid,
                    Target::Body(p),
                    false,
                    !o.is_required(k),
                    out,
                );
            }
        }
    }
}

/// The schema a parameter's value is checked against.
pub fn param_schema(p: &Parameter) -> Option<SchemaId> {
    p.schema
        .or_else(|| p.content.first().and_then(|m| m.schema))
}

/// All edits for an operation using body media type `media`.
pub fn edits(spec: &Spec, op: &Operation, media: Option<usize>) -> Vec<Edit> {
    let mut out = Vec::new();
    for (i, p) in op.parameters.iter().enumerate() {
        if p.required && p.location != ParamLocation::Path {
            out.push(Edit {
                target: Target::Param(i),
                op: EditOp::Remove,
                keyword: "required",
                description: format!(
                    "required {} parameter `{}` missing",
                    p.location.as_str(),
                    p.name
                ),
                intends_valid: false,
            });
        }
        if let Some(s) = p.schema {
            schema_edits(spec, op, s, Target::Param(i), true, !p.required, &mut out);
        }
    }
    if let (Some(rb), Some(mi)) = (&op.request_body, media)
        && let Some(mt) = rb.content.get(mi)
        && is_json(&mt.media_type)
    {
        if rb.required {
            out.push(Edit {
                target: Target::Body(vec![]),
                op: EditOp::RemoveBody,
                keyword: "required",
                description: "required request body missing".into(),
                intends_valid: false,
            });
        }
        if let Some(s) = mt.schema {
            schema_edits(spec, op, s, Target::Body(vec![]), false, false, &mut out);
        }
    }
    out
}

/// Body media types that can be generated, as indices into `request_body.content`.
pub fn supported_media(op: &Operation) -> Vec<usize> {
    op.request_body
        .as_ref()
        .map(|rb| {
            rb.content
                .iter()
                .enumerate()
                .filter(|(_, m)| body_supported(&m.media_type))
                .map(|(i, _)| i)
                .collect()
        })
        .unwrap_or_default()
}

/// Verdict of the validator on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid,
    /// No schema, or no validator could be built: neither positive nor negative checks apply.
    Unknown,
}

/// The values a server may read from a textual parameter (`"12"` is the string and the number,
/// `"1"` also `true`).
pub fn wire_candidates(s: &str) -> Vec<Value> {
    let mut out = vec![Value::String(s.to_string())];
    if let Ok(i) = s.parse::<i64>() {
        out.push(Value::from(i));
    } else if let Ok(f) = s.parse::<f64>()
        && f.is_finite()
    {
        out.push(num_value(f));
    }
    // Booleans as the common server frameworks read them (pydantic, Spring, ASP.NET).
    match s.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => out.push(Value::Bool(true)),
        "false" | "0" | "no" | "off" => out.push(Value::Bool(false)),
        "" | "null" => out.push(Value::Null),
        _ => {}
    }
    out
}

/// Is this parameter value valid? Primitive values are judged as the text they travel as.
pub fn judge_param(spec: &Spec, v: &Validators, p: &Parameter, value: Option<&Value>) -> Verdict {
    // An optional query/header/cookie `null` is not sent (see `request::build`): absent.
    let value =
        value.filter(|x| !(x.is_null() && !p.required && p.location != ParamLocation::Path));
    let Some(value) = value else {
        return if p.required {
            Verdict::Invalid
        } else {
            Verdict::Valid
        };
    };
    let Some(id) = param_schema(p) else {
        return Verdict::Unknown;
    };
    // What a server decodes from the wire text (a scalar is a one-item exploded array, "5"
    // is an integer): the value is valid if any reading is.
    let candidates = if p.schema.is_some() {
        let types = flatten(spec, id).and_then(|o| o.types);
        match crate::wire::decodings(p, types.as_deref(), value) {
            crate::wire::Seen::Absent if p.required => return Verdict::Invalid,
            crate::wire::Seen::Absent => return Verdict::Valid,
            crate::wire::Seen::Values(c) => c,
        }
    } else {
        vec![value.clone()]
    };
    let mut any_valid = false;
    for c in &candidates {
        match v.is_valid(spec, id, Direction::Request, c) {
            None => return Verdict::Unknown,
            Some(true) => any_valid = true,
            Some(false) => {}
        }
    }
    if any_valid {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// Judge a whole request: `Valid` only if every part is valid.
pub fn judge(spec: &Spec, v: &Validators, op: &Operation, d: &RequestData) -> Verdict {
    let mut unknown = false;
    for (i, p) in op.parameters.iter().enumerate() {
        match judge_param(spec, v, p, d.params.get(i).and_then(|x| x.as_ref())) {
            Verdict::Invalid => return Verdict::Invalid,
            Verdict::Unknown => unknown = true,
            Verdict::Valid => {}
        }
    }
    if let Some(rb) = &op.request_body {
        match (&d.body, d.media.and_then(|m| rb.content.get(m))) {
            (None, _) if rb.required => return Verdict::Invalid,
            (None, _) => {}
            (Some(b), Some(mt)) => match mt.schema {
                Some(s) => match v.is_valid(spec, s, Direction::Request, b) {
                    Some(true) => {}
                    Some(false) => return Verdict::Invalid,
                    None => unknown = true,
                },
                None => unknown = true,
            },
            (Some(_), None) => unknown = true,
        }
    }
    if unknown {
        Verdict::Unknown
    } else {
        Verdict::Valid
    }
}

/// Judge an edited request: `Invalid` only when the edited part is invalid *because of the
/// probed keyword alone* (bodies: every validation error has that keyword).
pub fn judge_edit(
    spec: &Spec,
    v: &Validators,
    op: &Operation,
    d: &RequestData,
    e: &Edit,
) -> Verdict {
    match &e.target {
        _ if e.op == EditOp::RemoveBody => {
            if op.request_body.as_ref().is_some_and(|rb| rb.required) {
                Verdict::Invalid
            } else {
                Verdict::Valid
            }
        }
        Target::Param(i) => match op.parameters.get(*i) {
            Some(p) => judge_param(spec, v, p, d.params.get(*i).and_then(|x| x.as_ref())),
            None => Verdict::Unknown,
        },
        Target::Body(_) => {
            let Some(rb) = &op.request_body else {
                return Verdict::Unknown;
            };
            let (Some(b), Some(mt)) = (&d.body, d.media.and_then(|m| rb.content.get(m))) else {
                return Verdict::Unknown;
            };
            let Some(s) = mt.schema else {
                return Verdict::Unknown;
            };
            match v.errors(spec, s, Direction::Request, b, 16) {
                None => Verdict::Unknown,
                Some(errs) if errs.is_empty() => Verdict::Valid,
                Some(errs) => {
                    let alt = if e.keyword == "additionalProperties" {
                        "unevaluatedProperties"
                    } else {
                        e.keyword
                    };
                    if errs
                        .iter()
                        .all(|x| x.keyword == e.keyword || x.keyword == alt)
                    {
                        Verdict::Invalid
                    } else {
                        Verdict::Unknown
                    }
                }
            }
        }
    }
}

/// A runtime expression of a link (or an inferred binding).
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// `$response.body#/pointer` of the previous step.
    ResponseBody(String),
    /// `$response.header.Name`.
    ResponseHeader(String),
    /// `$request.path.name` / `$request.query.name` / `$request.header.name` of the previous step.
    RequestParam(ParamLocation, String),
    /// `$request.body#/pointer`.
    RequestBody(String),
    Const(Value),
}

impl Expr {
    pub fn parse(v: &Value) -> Option<Expr> {
        let Value::String(s) = v else {
            return Some(Expr::Const(v.clone()));
        };
        let s = s.trim();
        let s = s
            .strip_prefix('{')
            .and_then(|x| x.strip_suffix('}'))
            .unwrap_or(s);
        if !s.starts_with('$') {
            return Some(Expr::Const(Value::String(s.to_string())));
        }
        if let Some(p) = s.strip_prefix("$response.body") {
            return Some(Expr::ResponseBody(
                p.strip_prefix('#').unwrap_or(p).to_string(),
            ));
        }
        if let Some(h) = s.strip_prefix("$response.header.") {
            return Some(Expr::ResponseHeader(h.to_string()));
        }
        if let Some(p) = s.strip_prefix("$request.body") {
            return Some(Expr::RequestBody(
                p.strip_prefix('#').unwrap_or(p).to_string(),
            ));
        }
        for (prefix, loc) in [
            ("$request.path.", ParamLocation::Path),
            ("$request.query.", ParamLocation::Query),
            ("$request.header.", ParamLocation::Header),
        ] {
            if let Some(n) = s.strip_prefix(prefix) {
                return Some(Expr::RequestParam(loc, n.to_string()));
            }
        }
        None
    }
}

/// What a step of a chain is for (drives the stateful checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Create,
    ReadAfterCreate,
    Update,
    Delete,
    ReadAfterDelete,
    /// Target of an OpenAPI link.
    Linked,
}

/// One step: an operation, and bindings of its parameters to the previous steps.
#[derive(Clone, Debug)]
pub struct StepSpec {
    pub op: usize,
    pub role: Role,
    /// (parameter index, expression evaluated against the chain's *first* step).
    pub bindings: Vec<(usize, Expr)>,
}

/// A chain of operations sharing a resource.
#[derive(Clone, Debug)]
pub struct Chain {
    pub steps: Vec<StepSpec>,
}

fn is_success_json(op: &Operation) -> Option<SchemaId> {
    op.responses
        .iter()
        .filter(|r| r.status.is_success())
        .find_map(|r| {
            r.content
                .iter()
                .find(|m| is_json(&m.media_type) && !m.media_type.contains('*'))
                .and_then(|m| m.schema)
        })
}

/// Pointer to the identifier inside a create response for item parameter `param`.
pub fn id_pointer(spec: &Spec, schema: SchemaId, param: &str) -> Option<String> {
    let o = flatten(spec, schema)?;
    let lower = param.to_ascii_lowercase();
    for k in o.properties.keys() {
        if k == param {
            return Some(format!("/{k}"));
        }
    }
    // `{petId}`, `{item_id}`, `{id}` take the created `id`; `{name}` or `{slug}` do not (a
    // guess that binds them to the id reads another resource, and then blames the server).
    if o.properties.contains_key("id") && lower.ends_with("id") {
        return Some("/id".into());
    }
    for k in o.properties.keys() {
        let kl = k.to_ascii_lowercase().replace('_', "");
        if kl == lower.replace('_', "") {
            return Some(format!("/{k}"));
        }
    }
    if let Some(d) = o.properties.get("data")
        && let Some(inner) = id_pointer(spec, *d, param)
    {
        return Some(format!("/data{inner}"));
    }
    None
}

/// Index of the parameter named `name` in `loc`.
fn param_index(op: &Operation, loc: Option<ParamLocation>, name: &str) -> Option<usize> {
    op.parameters
        .iter()
        .position(|p| p.name == name && loc.is_none_or(|l| l == p.location))
}

/// Infer chains: links first, then `POST /things` → `/things/{id}` (GET, PUT/PATCH, DELETE, GET).
/// `included[i]` says whether operation `i` may be sent.
pub fn chains(spec: &Spec, included: &[bool]) -> Vec<Chain> {
    let ops = &spec.operations;
    let mut out = Vec::new();
    let ok = |i: usize| included.get(i).copied().unwrap_or(false);
    for (ci, create) in ops.iter().enumerate() {
        if !ok(ci) {
            continue;
        }
        // Explicit links.
        for r in create.responses.iter().filter(|r| r.status.is_success()) {
            for link in &r.links {
                let target = link
                    .operation_id
                    .as_deref()
                    .and_then(|id| {
                        ops.iter()
                            .position(|o| o.operation_id.as_deref() == Some(id))
                    })
                    .or_else(|| {
                        link.operation_ref
                            .as_deref()
                            .and_then(|r| op_by_ref(spec, r))
                    });
                let Some(ti) = target else { continue };
                if !ok(ti) {
                    continue;
                }
                let top = &ops[ti];
                let mut bindings = Vec::new();
                for (name, expr) in &link.parameters {
                    let (loc, n) = match name.split_once('.') {
                        Some((l, n)) if ["path", "query", "header", "cookie"].contains(&l) => (
                            Some(match l {
                                "path" => ParamLocation::Path,
                                "query" => ParamLocation::Query,
                                "header" => ParamLocation::Header,
                                _ => ParamLocation::Cookie,
                            }),
                            n,
                        ),
                        _ => (None, name.as_str()),
                    };
                    if let (Some(pi), Some(e)) = (param_index(top, loc, n), Expr::parse(expr)) {
                        bindings.push((pi, e));
                    }
                }
                let role = if top.method == Method::Get {
                    Role::ReadAfterCreate
                } else {
                    Role::Linked
                };
                out.push(Chain {
                    steps: vec![
                        StepSpec {
                            op: ci,
                            role: Role::Create,
                            bindings: vec![],
                        },
                        StepSpec {
                            op: ti,
                            role: if create.method == Method::Post {
                                role
                            } else {
                                Role::Linked
                            },
                            bindings,
                        },
                    ],
                });
            }
        }
        // Inferred create → item chains.
        if create.method != Method::Post || create.path.ends_with('}') {
            continue;
        }
        let Some(schema) = is_success_json(create) else {
            continue;
        };
        let prefix = create.path.trim_end_matches('/');
        let item_ops: Vec<usize> = ops
            .iter()
            .enumerate()
            .filter(|(i, o)| {
                ok(*i)
                    && o.path
                        .strip_prefix(prefix)
                        .and_then(|rest| rest.strip_prefix('/'))
                        .is_some_and(|seg| {
                            seg.starts_with('{')
                                && seg.ends_with('}')
                                && !seg[1..].contains(['{', '/'])
                        })
            })
            .map(|(i, _)| i)
            .collect();
        let Some(&first) = item_ops.first() else {
            continue;
        };
        let seg = &ops[first].path[prefix.len() + 1..];
        let param = &seg[1..seg.len() - 1];
        let Some(ptr) = id_pointer(spec, schema, param) else {
            continue;
        };
        let find = |m: &[Method]| {
            item_ops
                .iter()
                .copied()
                .find(|i| m.contains(&ops[*i].method))
        };
        let bind = |i: usize| -> Vec<(usize, Expr)> {
            param_index(&ops[i], Some(ParamLocation::Path), param)
                .map(|pi| vec![(pi, Expr::ResponseBody(ptr.clone()))])
                .unwrap_or_default()
        };
        let mut steps = vec![StepSpec {
            op: ci,
            role: Role::Create,
            bindings: vec![],
        }];
        let get = find(&[Method::Get]);
        if let Some(g) = get {
            steps.push(StepSpec {
                op: g,
                role: Role::ReadAfterCreate,
                bindings: bind(g),
            });
        }
        if let Some(u) = find(&[Method::Put, Method::Patch]) {
            steps.push(StepSpec {
                op: u,
                role: Role::Update,
                bindings: bind(u),
            });
        }
        if let Some(d) = find(&[Method::Delete]) {
            steps.push(StepSpec {
                op: d,
                role: Role::Delete,
                bindings: bind(d),
            });
            if let Some(g) = get {
                steps.push(StepSpec {
                    op: g,
                    role: Role::ReadAfterDelete,
                    bindings: bind(g),
                });
            }
        }
        if steps.len() > 1 {
            out.push(Chain { steps });
        }
    }
    out
}

fn op_by_ref(spec: &Spec, r: &str) -> Option<usize> {
    let ptr = r.split_once('#').map(|(_, p)| p).unwrap_or(r);
    let rest = ptr.strip_prefix("/paths/")?;
    let (path, method) = rest.rsplit_once('/')?;
    let path = path.replace("~1", "/").replace("~0", "~");
    let m = Method::from_path_item_key(method)?;
    spec.operations
        .iter()
        .position(|o| o.path == path && o.method == m)
}

/// Could a request to the concrete `path` (percent-encoded, no query) reach a route with
/// path template `template`? A `{name}` matches one non-empty segment (or part of one).
pub fn path_matches(template: &str, path: &str) -> bool {
    fn seg(t: &str, s: &str) -> bool {
        match t.find('{') {
            None => t == s,
            Some(i) => {
                let (lit, rest) = t.split_at(i);
                let Some(s) = s.strip_prefix(lit) else {
                    return false;
                };
                let after = match rest.find('}') {
                    Some(j) => &rest[j + 1..],
                    None => return t == s,
                };
                // The variable takes at least one character, then the rest must match.
                (1..=s.len())
                    .filter(|k| s.is_char_boundary(*k))
                    .any(|k| seg(after, &s[k..]))
            }
        }
    }
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    t.len() == p.len() && t.iter().zip(&p).all(|(a, b)| seg(a, b))
}

/// Values the spec itself gives for a schema: `examples`/`example`, else `default`, else `const`.
fn own_values(o: &stipula_spec::SchemaObject) -> Vec<Value> {
    let mut out = o.examples.clone();
    if out.is_empty() {
        out.extend(o.default.clone());
    }
    if out.is_empty() {
        out.extend(o.const_.clone());
    }
    out
}

/// The object schema a value of `id` most likely takes: itself when it has properties, else
/// the first `anyOf`/`oneOf` branch that has (FastAPI's `Optional[Model]` is `anyOf: [Model, null]`).
fn object_branch(spec: &Spec, id: SchemaId, depth: u32) -> Option<stipula_spec::SchemaObject> {
    let o = flatten(spec, id)?;
    if !o.properties.is_empty() || depth > 4 {
        return Some(o);
    }
    for b in o.any_of.iter().chain(o.one_of.iter()) {
        if let Some(x) = object_branch(spec, *b, depth + 1)
            && !x.properties.is_empty()
        {
            return Some(x);
        }
    }
    Some(o)
}

/// A small value a schema likely accepts: its own example/default/const or first enum value,
/// else the simplest of its type (objects: required properties only).
pub fn skeleton(spec: &Spec, id: SchemaId, depth: u32) -> Value {
    let Some(o) = object_branch(spec, id, 0) else {
        return Value::Null;
    };
    if let Some(v) = own_values(&o).into_iter().next() {
        return v;
    }
    if let Some(v) = o.enum_.as_ref().and_then(|e| e.first()) {
        return v.clone();
    }
    let types = o.types.clone().unwrap_or_default();
    let has = |t: Type| types.contains(&t);
    if !o.properties.is_empty() || has(Type::Object) {
        let mut m = serde_json::Map::new();
        if depth < 6 {
            for r in &o.required {
                if let Some(p) = o.properties.get(r) {
                    m.insert(r.clone(), skeleton(spec, *p, depth + 1));
                }
            }
        }
        return Value::Object(m);
    }
    if has(Type::Array) {
        let n = o.min_items.unwrap_or(0).min(3) as usize;
        let item = o
            .items
            .map(|i| skeleton(spec, i, depth + 1))
            .unwrap_or(Value::Null);
        return Value::Array(vec![item; n]);
    }
    if has(Type::Integer) || has(Type::Number) {
        let (lo, hi) = int_bounds(&o);
        return Value::from(0i64.clamp(lo, hi.max(lo)));
    }
    if has(Type::Boolean) {
        return Value::Bool(false);
    }
    if has(Type::String) {
        let by_format = match o.format.as_deref() {
            Some("date-time") => Some("2024-01-02T03:04:05Z"),
            Some("date") => Some("2024-01-02"),
            Some("time") => Some("03:04:05Z"),
            Some("uuid") => Some("6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f"),
            Some("email") => Some("user@example.com"),
            Some("uri") | Some("url") => Some("https://example.com/"),
            Some("ipv4") => Some("192.0.2.1"),
            Some("ipv6") => Some("2001:db8::1"),
            Some("hostname") => Some("example.com"),
            _ => None,
        };
        if let Some(v) = by_format {
            return Value::String(v.into());
        }
        return Value::String("a".repeat(o.min_length.unwrap_or(1).clamp(1, 64) as usize));
    }
    Value::Null
}

/// Every example the body schema carries below its root: (property path, object schemas
/// along the path, value), for properties at most 4 levels deep, at most 64 in all.
pub fn property_examples(spec: &Spec, root: SchemaId) -> Vec<(Vec<String>, Vec<SchemaId>, Value)> {
    fn walk(
        spec: &Spec,
        id: SchemaId,
        path: &mut Vec<String>,
        chain: &mut Vec<SchemaId>,
        out: &mut Vec<(Vec<String>, Vec<SchemaId>, Value)>,
    ) {
        if path.len() >= 4 || out.len() >= 64 {
            return;
        }
        let Some(o) = object_branch(spec, id, 0) else {
            return;
        };
        chain.push(id);
        for (k, pid) in &o.properties {
            if spec.schema(*pid).object().is_some_and(|p| p.read_only) {
                continue;
            }
            path.push(k.clone());
            if let Some(po) = flatten(spec, *pid) {
                for v in own_values(&po).into_iter().take(8) {
                    if out.len() < 64 {
                        out.push((path.clone(), chain.clone(), v));
                    }
                }
            }
            walk(spec, *pid, path, chain, out);
            path.pop();
        }
        chain.pop();
    }
    let mut out = Vec::new();
    walk(spec, root, &mut Vec::new(), &mut Vec::new(), &mut out);
    out
}

/// `body` with `v` at `path`; objects missing on the way are made from their schema's
/// skeleton (`chain[i]` is the schema of the object that holds `path[i]`).
pub fn with_property(
    spec: &Spec,
    body: &Value,
    path: &[String],
    chain: &[SchemaId],
    v: Value,
) -> Option<Value> {
    let mut out = if body.is_object() {
        body.clone()
    } else {
        skeleton(spec, *chain.first()?, 0)
    };
    let (last, parents) = path.split_last()?;
    let mut cur = &mut out;
    for (i, seg) in parents.iter().enumerate() {
        let obj = cur.as_object_mut()?;
        if !obj.get(seg).is_some_and(Value::is_object) {
            let sk = chain
                .get(i + 1)
                .map(|s| skeleton(spec, *s, 0))
                .filter(Value::is_object)
                .unwrap_or_else(|| Value::Object(Default::default()));
            obj.insert(seg.clone(), sk);
        }
        cur = obj.get_mut(seg)?;
    }
    cur.as_object_mut()?.insert(last.clone(), v);
    Some(out)
}

/// Example values for a parameter: its own examples, else its schema's, else the default.
pub fn param_examples(spec: &Spec, p: &Parameter) -> Vec<Value> {
    let mut out: Vec<Value> = p
        .examples
        .iter()
        .filter_map(|e| e.value.as_deref().cloned())
        .collect();
    if out.is_empty()
        && let Some(s) = param_schema(p)
        && let Some(o) = flatten(spec, s)
    {
        out.extend(o.examples.iter().cloned());
        if out.is_empty() {
            out.extend(o.default.clone());
        }
    }
    out
}

/// Example bodies for a media type.
pub fn body_examples(spec: &Spec, op: &Operation, media: usize) -> Vec<Value> {
    let Some(mt) = op
        .request_body
        .as_ref()
        .and_then(|rb| rb.content.get(media))
    else {
        return vec![];
    };
    let mut out: Vec<Value> = mt
        .examples
        .iter()
        .filter_map(|e| e.value.as_deref().cloned())
        .collect();
    if out.is_empty()
        && let Some(s) = mt.schema
        && let Some(o) = flatten(spec, s)
    {
        out.extend(o.examples.iter().cloned());
    }
    out
}

/// The operations of shard `k` of `n` (1-based): deterministic and balanced. Operations that
/// share a stateful chain stay together; groups go, largest first, to the least loaded shard
/// (an operation weighs one plus its parameters and body, a rough cost of its cases).
pub fn shard(spec: &Spec, included: &[bool], k: usize, n: usize) -> Vec<bool> {
    let ops = &spec.operations;
    // Union-find over the chains' operations.
    let mut parent: Vec<usize> = (0..ops.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for c in chains(spec, included) {
        if let Some(first) = c.steps.first() {
            for s in &c.steps[1..] {
                let (a, b) = (root(&mut parent, first.op), root(&mut parent, s.op));
                if a != b {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (u64, Vec<usize>)> = Default::default();
    for (i, op) in ops.iter().enumerate() {
        if !included.get(i).copied().unwrap_or(false) {
            continue;
        }
        let w = 1 + op.parameters.len() as u64 + u64::from(op.request_body.is_some());
        let g = groups.entry(root(&mut parent, i)).or_default();
        g.0 += w;
        g.1.push(i);
    }
    let mut groups: Vec<(u64, Vec<usize>)> = groups.into_values().collect();
    groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1[0].cmp(&b.1[0])));
    let n = n.max(1);
    let mut load = vec![0u64; n];
    let mut out = vec![false; ops.len()];
    for (w, members) in groups {
        let s = (0..n).min_by_key(|s| (load[*s], *s)).unwrap_or(0);
        load[s] += w;
        if s + 1 == k {
            for m in members {
                out[m] = true;
            }
        }
    }
    out
}
