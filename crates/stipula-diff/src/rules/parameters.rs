//! Request parameters (path, query, header, cookie): existence, required-ness, location,
//! serialization. Their schemas go through the schema rules in the request direction.

use super::Reg;
use crate::model::{Direction::Request, Level::*};

use crate::engine::Cx;
use crate::model::Direction;
use crate::rules::deprecation::{self, Removal};
use crate::rules::examples;
use crate::rules::request_body::media_norm;
use crate::walk::{judge_wire, primitive, schema_conj};
use crate::witness::WireSide;
use stipula_spec::{Operation, ParamLocation, ParamStyle, Parameter, Spec};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-parameter-added-required",
        Breaking,
        Request,
        "A new required parameter: requests without it fail.",
    )
    .rule(
        "request-parameter-added-optional",
        Info,
        Request,
        "A new optional parameter.",
    )
    .rule(
        "request-parameter-removed",
        Breaking,
        Request,
        "A parameter that was not deprecated was removed: clients still send it and the server no longer understands it.",
    )
    .rule(
        "request-parameter-became-required",
        Breaking,
        Request,
        "A parameter became required: requests without it fail.",
    )
    .rule(
        "request-parameter-became-optional",
        Info,
        Request,
        "A parameter became optional.",
    )
    .rule(
        "request-parameter-moved",
        Breaking,
        Request,
        "A parameter moved to another location (e.g. from query to header): clients send it in the old place.",
    )
    .rule(
        "request-parameter-style-changed",
        Breaking,
        Request,
        "The serialization style of a parameter changed: clients encode it the old way.",
    )
    .rule(
        "request-parameter-explode-changed",
        Breaking,
        Request,
        "`explode` of a parameter changed: arrays and objects are encoded differently.",
    )
    .rule(
        "request-parameter-allow-reserved-removed",
        Warning,
        Request,
        "`allowReserved` was removed: clients sending reserved characters unencoded may fail.",
    )
    .rule(
        "request-parameter-allow-empty-value-removed",
        Warning,
        Request,
        "`allowEmptyValue` was removed: clients sending an empty value may fail.",
    )
    .rule(
        "request-parameter-media-type-changed",
        Breaking,
        Request,
        "The media type of a `content` parameter changed: clients encode it the old way.",
    );
}

pub(crate) fn param_key(op: &Operation, p: &Parameter) -> (ParamLocation, String) {
    match p.location {
        ParamLocation::Path => {
            let needle = format!("{{{}}}", p.name);
            let names: Vec<&str> = op
                .path
                .split('{')
                .skip(1)
                .filter_map(|s| s.split('}').next())
                .collect();
            match names.iter().position(|x| format!("{{{x}}}") == needle) {
                Some(i) => (ParamLocation::Path, format!("#{i}")),
                None => {
                    // A name the template does not use (an invalid spec: `{id}` in the
                    // path, `testId` declared): the n-th path parameter fills the n-th slot.
                    let nth = op
                        .parameters
                        .iter()
                        .filter(|q| q.location == ParamLocation::Path)
                        .position(|q| std::ptr::eq(q, p));
                    match nth {
                        Some(i) if i < names.len() => (ParamLocation::Path, format!("#{i}")),
                        _ => (ParamLocation::Path, p.name.clone()),
                    }
                }
            }
        }
        ParamLocation::Header => (ParamLocation::Header, p.name.to_ascii_lowercase()),
        l => (l, p.name.clone()),
    }
}

pub(crate) fn parameters(cx: &mut Cx, o: &Operation, n: &Operation, dir: Direction, prefix: &str) {
    let nkeys: Vec<(ParamLocation, String)> =
        n.parameters.iter().map(|p| param_key(n, p)).collect();
    let okeys: Vec<(ParamLocation, String)> =
        o.parameters.iter().map(|p| param_key(o, p)).collect();
    for (op, ok) in o.parameters.iter().zip(&okeys) {
        let section = format!("{prefix}parameter {} {}", op.location.as_str(), op.name);
        cx.section = section;
        cx.path.clear();
        match nkeys.iter().position(|k| k == ok) {
            Some(i) => compare_parameter(cx, op, &n.parameters[i], dir),
            None => {
                let moved = n.parameters.iter().find(|np| {
                    np.name.eq_ignore_ascii_case(&op.name) && np.location != op.location
                });
                if let Some(np) = moved {
                    cx.emit(
                        "request-parameter-moved",
                        format!(
                            "parameter `{}` moved from {} to {}",
                            op.name,
                            op.location.as_str(),
                            np.location.as_str()
                        ),
                        np.location.as_str(),
                        Some(&op.loc),
                        Some(&np.loc),
                    );
                    continue;
                }
                match deprecation::removal(cx, op.deprecated, op.extensions.get("x-sunset")) {
                    Removal::BeforeSunset(d) => cx.emit(
                        "request-parameter-removed-before-sunset",
                        format!(
                            "deprecated {} parameter `{}` was removed before its sunset date {d}",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                    Removal::AfterDeprecation => cx.emit(
                        "request-parameter-removed-after-deprecation",
                        format!(
                            "deprecated {} parameter `{}` was removed",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                    Removal::NotDeprecated => cx.emit(
                        "request-parameter-removed",
                        format!(
                            "{} parameter `{}` was removed without being deprecated first",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                }
            }
        }
    }
    for (np, nk) in n.parameters.iter().zip(&nkeys) {
        if okeys.contains(nk)
            || o.parameters
                .iter()
                .any(|op| op.name.eq_ignore_ascii_case(&np.name) && op.location != np.location)
        {
            continue;
        }
        cx.section = format!("{prefix}parameter {} {}", np.location.as_str(), np.name);
        cx.path.clear();
        if np.required {
            cx.emit(
                "request-parameter-added-required",
                format!(
                    "new required {} parameter `{}`",
                    np.location.as_str(),
                    np.name
                ),
                "",
                Some(&o.loc),
                Some(&np.loc),
            );
        } else {
            cx.emit(
                "request-parameter-added-optional",
                format!(
                    "new optional {} parameter `{}`",
                    np.location.as_str(),
                    np.name
                ),
                "",
                Some(&o.loc),
                Some(&np.loc),
            );
        }
    }
}

pub(crate) fn compare_parameter(cx: &mut Cx, o: &Parameter, n: &Parameter, dir: Direction) {
    let sink = cx.cur;
    let before = cx.sinks[sink].findings.len();
    compare_parameter_rules(cx, o, n, dir);
    if o.schema.is_none() || n.schema.is_none() {
        return;
    }
    let saved = cx.dir;
    cx.dir = dir;
    judge_wire(
        cx,
        sink,
        before,
        &param_side(cx.old, o),
        &param_side(cx.new, n),
        dir,
    );
    cx.dir = saved;
}

pub(crate) fn param_side<'a>(spec: &'a Spec, p: &'a Parameter) -> WireSide<'a> {
    WireSide {
        spec,
        schema: p.schema.into_iter().collect(),
        name: p.name.clone(),
        location: p.location,
        style: p.style,
        explode: p.explode,
        required: p.required || p.location == ParamLocation::Path,
    }
}

pub(crate) fn compare_parameter_rules(cx: &mut Cx, o: &Parameter, n: &Parameter, dir: Direction) {
    let name = &n.name;
    let (ol, nl) = (Some(&o.loc), Some(&n.loc));
    if !o.required && n.required {
        cx.emit(
            "request-parameter-became-required",
            format!("parameter `{name}` became required"),
            "",
            ol,
            nl,
        );
    } else if o.required && !n.required {
        cx.emit(
            "request-parameter-became-optional",
            format!("parameter `{name}` became optional"),
            "",
            ol,
            nl,
        );
    }
    if !o.deprecated && n.deprecated {
        cx.emit(
            "request-parameter-deprecated",
            format!("parameter `{name}` was deprecated"),
            "",
            ol,
            nl,
        );
        deprecation::check_new_deprecation(
            cx,
            &format!("parameter `{name}`"),
            n.extensions.get("x-sunset"),
            nl,
        );
    } else if o.deprecated && n.deprecated {
        deprecation::check_sunset_moved(
            cx,
            &format!("parameter `{name}`"),
            o.extensions.get("x-sunset"),
            n.extensions.get("x-sunset"),
            ol,
            nl,
        );
    } else if o.deprecated && !n.deprecated {
        cx.emit(
            "request-parameter-reactivated",
            format!("parameter `{name}` is no longer deprecated"),
            "",
            ol,
            nl,
        );
    }
    let simple_query = matches!(o.location, ParamLocation::Query | ParamLocation::Cookie)
        && primitive(cx.old, o.schema)
        && primitive(cx.new, n.schema);
    if o.style != n.style && !simple_query {
        cx.emit(
            "request-parameter-style-changed",
            format!(
                "style of parameter `{name}` changed from {} to {}",
                o.style.as_str(),
                n.style.as_str()
            ),
            n.style.as_str(),
            ol,
            nl,
        );
    }
    let explode_matters = !primitive(cx.old, o.schema) || o.style == ParamStyle::DeepObject;
    if o.explode != n.explode && explode_matters && o.schema.is_some() {
        cx.emit(
            "request-parameter-explode-changed",
            format!(
                "explode of parameter `{name}` changed from {} to {}",
                o.explode, n.explode
            ),
            "",
            ol,
            nl,
        );
    }
    if o.allow_reserved && !n.allow_reserved {
        cx.emit(
            "request-parameter-allow-reserved-removed",
            format!("parameter `{name}` no longer allows reserved characters unencoded"),
            "",
            ol,
            nl,
        );
    }
    if o.allow_empty_value && !n.allow_empty_value {
        cx.emit(
            "request-parameter-allow-empty-value-removed",
            format!("parameter `{name}` no longer allows an empty value"),
            "",
            ol,
            nl,
        );
    }
    examples::check(
        cx,
        &format!("parameter `{name}`"),
        &o.examples,
        &n.examples,
        &o.loc,
        &n.loc,
    );
    let saved = cx.dir;
    cx.dir = dir;
    cx.wire_depth += 1;
    cx.compare(schema_conj(cx.old, o.schema), schema_conj(cx.new, n.schema));
    cx.wire_depth -= 1;
    if let (Some(om), Some(nm)) = (o.content.first(), n.content.first()) {
        examples::check(
            cx,
            &format!("parameter `{name}`"),
            &om.examples,
            &nm.examples,
            &om.loc,
            &nm.loc,
        );
        if media_norm(&om.media_type) != media_norm(&nm.media_type) {
            cx.emit(
                "request-parameter-media-type-changed",
                format!(
                    "parameter `{name}` is now encoded as {} instead of {}",
                    nm.media_type, om.media_type
                ),
                &nm.media_type,
                ol,
                nl,
            );
        } else {
            cx.compare(
                schema_conj(cx.old, om.schema),
                schema_conj(cx.new, nm.schema),
            );
        }
    }
    cx.dir = saved;
}
