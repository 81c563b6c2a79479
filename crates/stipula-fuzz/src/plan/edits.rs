//! Edits: changes to a valid request that probe one constraint each (a boundary value, or one
//! broken constraint for a negative case), and the verdicts that decide whether an edited
//! request is still valid, read as a server reads parameters off the wire.

use super::*;

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

pub(crate) fn target_name(op: &Operation, t: &Target) -> String {
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

pub(crate) fn short(v: &Value) -> String {
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
pub(crate) fn schema_edits(
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
        && admits_json(&mt.media_type)
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

/// What servers may read of parameter `p` sent with value `v` (see
/// [`stipula_schema::wire::readings`]): the value is written as [`crate::request::build`]
/// writes it (unescaped), then read back.
pub fn read_param(p: &Parameter, v: &Value, kinds: wire::Kinds) -> wire::Readings {
    if p.location == ParamLocation::QueryString {
        return wire::Readings::Values(vec![v.clone()]);
    }
    let style = effective_style(p, v);
    match param_wire(&p.name, p.location, style, p.explode, false, v, false) {
        Some(w) => wire::readings(&w, &p.name, style, p.explode, kinds, Some(v)),
        None => wire::Readings::Values(vec![v.clone()]),
    }
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
        let allows = |t: Type| types.as_ref().is_none_or(|ts| ts.contains(&t));
        let kinds = wire::Kinds {
            arrays: allows(Type::Array),
            objects: allows(Type::Object),
        };
        match read_param(p, value, kinds) {
            wire::Readings::Absent if p.required => return Verdict::Invalid,
            wire::Readings::Absent => return Verdict::Valid,
            wire::Readings::Values(c) => c,
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
