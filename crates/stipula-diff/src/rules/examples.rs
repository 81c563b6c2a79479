//! Examples: of parameters, headers, media types (`example`/`examples`) and schemas
//! (`examples`, with 3.0 `example` folded in by the loader).
//!
//! No client can notice an example (level **info**, bump **patch**): they matter to
//! people reading the docs, to mock servers and to example-based tests, so a changelog
//! lists them. An example that comes from `components.examples` is compared once, where it
//! is first used, not once per operation that refers to it. Schema examples inside a named
//! schema component are reported once with that component.

use super::Reg;
use crate::engine::Cx;
use crate::model::{Direction::None as NoDir, Level::*};
use serde_json::Value;
use stipula_spec::{Example, Loc};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "example-added",
        Info,
        NoDir,
        "An example was added (parameter, header, media type or schema).",
    )
    .patch()
    .rule(
        "example-removed",
        Info,
        NoDir,
        "An example was removed (parameter, header, media type or schema).",
    )
    .rule(
        "example-changed",
        Info,
        NoDir,
        "The value (or externalValue) of an example changed.",
    );
}

fn label(e: &Example) -> String {
    match (&e.name, &e.component) {
        (Some(n), _) => format!("example `{n}`"),
        (None, Some(c)) => format!("example `{c}`"),
        (None, None) => "the example".to_string(),
    }
}

fn same_value(a: &Example, b: &Example) -> bool {
    a.value == b.value && a.external_value == b.external_value
}

/// Compare the examples of one place (a parameter, header or media type). `what` names the
/// place for messages; `o_loc`/`n_loc` are the place's locations (examples have none).
pub(crate) fn check(
    cx: &mut Cx,
    what: &str,
    o: &[Example],
    n: &[Example],
    o_loc: &Loc,
    n_loc: &Loc,
) {
    if o.is_empty() && n.is_empty() {
        return;
    }
    for oe in o {
        match n.iter().find(|e| e.name == oe.name) {
            None => {
                let m = format!("{} of {what} was removed", label(oe));
                let detail = oe.name.clone().unwrap_or_default();
                cx.emit("example-removed", m, &detail, Some(o_loc), Some(n_loc));
            }
            Some(ne) => {
                if same_value(oe, ne) {
                    continue;
                }
                // The same component on both sides: one finding for the component, at its
                // first use.
                if let (Some(a), Some(b)) = (&oe.component, &ne.component)
                    && a == b
                    && !cx.first_example_component(a)
                {
                    continue;
                }
                let m = match &ne.component {
                    Some(c) if oe.component.as_ref() == Some(c) => format!(
                        "{} of {what} changed (component `{c}`, used elsewhere too)",
                        label(oe)
                    ),
                    _ => format!("{} of {what} changed", label(oe)),
                };
                let detail = oe.name.clone().unwrap_or_default();
                cx.emit("example-changed", m, &detail, Some(o_loc), Some(n_loc));
            }
        }
    }
    for ne in n {
        if !o.iter().any(|e| e.name == ne.name) {
            let m = format!("new {} in {what}", label(ne));
            let detail = ne.name.clone().unwrap_or_default();
            cx.emit("example-added", m, &detail, Some(o_loc), Some(n_loc));
        }
    }
}

/// Compare the `examples` of two flattened schemas (a [`super::SchemaCheck`]).
pub(crate) fn check_flat(cx: &mut Cx, o: &crate::flat::Flat, n: &crate::flat::Flat) {
    check_schema(cx, o.examples, n.examples, o.loc, n.loc);
}

/// Compare schema `examples` (the caller is inside the schema walk).
pub(crate) fn check_schema(
    cx: &mut Cx,
    o: &[Value],
    n: &[Value],
    o_loc: Option<&Loc>,
    n_loc: Option<&Loc>,
) {
    if o == n {
        return;
    }
    let here = cx.here();
    let (id, m) = match (o.is_empty(), n.is_empty()) {
        (true, _) => ("example-added", format!("{here} now has examples")),
        (_, true) => ("example-removed", format!("{here} no longer has examples")),
        _ => ("example-changed", format!("the examples of {here} changed")),
    };
    cx.emit(id, m, "schema", o_loc, n_loc);
}
