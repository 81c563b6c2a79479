//! `enum`, `x-extensible-enum`, `const` and `default`.

use super::Reg;
use crate::engine::{Cx, show};
use crate::flat::Flat;
use crate::model::Level::*;
use serde_json::Value;

pub(crate) fn rules(r: &mut Reg) {
    r.pair(
        "enum-value-removed",
        Breaking,
        Info,
        "An enum value was removed: requests sending it fail; responses no longer return it.",
    )
    .pair(
        "enum-value-added",
        Info,
        Warning,
        "An enum value was added: requests may use it; clients with an exhaustive match on a response value may meet one they do not know.",
    );
    r.pair(
        "enum-added",
        Breaking,
        Info,
        "The value became restricted to an enum: requests sending other values fail.",
    )
    .pair(
        "enum-removed",
        Info,
        Warning,
        "The enum restriction was removed: responses may carry values clients do not expect.",
    )
    .pair(
        "extensible-enum-value-removed",
        Breaking,
        Info,
        "A value of an `x-extensible-enum` was removed: requests sending it fail.",
    )
    .pair(
        "extensible-enum-value-added",
        Info,
        Info,
        "A value was added to an `x-extensible-enum`: clients were told to expect new values.",
    )
    .pair(
        "const-added",
        Breaking,
        Info,
        "The value became a `const`: requests sending any other value fail.",
    )
    .pair(
        "const-removed",
        Info,
        Warning,
        "The `const` was removed: responses may carry other values.",
    )
    .pair(
        "const-changed",
        Breaking,
        Breaking,
        "The `const` value changed: every request (or response) value differs.",
    )
    .pair(
        "default-changed",
        Warning,
        Info,
        "The default changed: requests that leave the value out now get another behaviour.",
    )
    .pair("default-added", Info, Info, "A default was documented.")
    .pair(
        "default-removed",
        Warning,
        Info,
        "The default was removed: requests that leave the value out may get another behaviour.",
    );
}

fn list(vals: &[&Value]) -> String {
    vals.iter().map(|v| show(v)).collect::<Vec<_>>().join(", ")
}

/// (rule stem for removals, rule stem for additions, the keyword's name)
type Stems<'s> = (&'s str, &'s str, &'s str);

fn enum_diff(cx: &mut Cx, o: &Flat, n: &Flat, old: &[&Value], new: &[&Value], stems: Stems) {
    let (stem_removed, stem_added, what) = stems;
    let removed: Vec<&Value> = old.iter().copied().filter(|v| !new.contains(v)).collect();
    let added: Vec<&Value> = new.iter().copied().filter(|v| !old.contains(v)).collect();
    if !removed.is_empty() {
        let m = format!(
            "{what} value{} {} removed from {}",
            if removed.len() > 1 { "s" } else { "" },
            list(&removed),
            cx.here()
        );
        cx.emit_dir(stem_removed, m, &list(&removed), o.loc, n.loc);
    }
    if !added.is_empty() {
        let m = format!(
            "{what} value{} {} added to {}",
            if added.len() > 1 { "s" } else { "" },
            list(&added),
            cx.here()
        );
        cx.emit_dir(stem_added, m, &list(&added), o.loc, n.loc);
    }
}

/// The values a side allows when it lists them: `const` is a one-value enum (intersected with
/// an `enum` beside it).
fn listed<'a>(f: &Flat<'a>) -> Option<Vec<&'a Value>> {
    match (f.const_, &f.enum_) {
        (Some(c), Some(e)) => Some(e.iter().copied().filter(|v| *v == c).collect()),
        (Some(c), None) => Some(vec![c]),
        (None, Some(e)) => Some(e.clone()),
        (None, None) => None,
    }
}

pub(crate) fn check(cx: &mut Cx, o: &Flat, n: &Flat) {
    // One side spells its values with `const`, the other with `enum` (`const: a` is
    // `enum: [a]`): compare the value sets, so `enum: [a, b]` -> `const: a` is the value `b`
    // removed, whichever keyword is used.
    let spelled_differently =
        o.const_.is_some() != n.const_.is_some() && o.enum_.is_some() != n.enum_.is_some();
    let as_values = match (listed(o), listed(n)) {
        (Some(a), Some(b)) if spelled_differently => Some((a, b)),
        _ => None,
    };
    if let Some((a, b)) = &as_values {
        enum_diff(
            cx,
            o,
            n,
            a,
            b,
            ("enum-value-removed", "enum-value-added", "enum"),
        );
    } else {
        match (&o.enum_, &n.enum_) {
            (Some(a), Some(b)) => enum_diff(
                cx,
                o,
                n,
                a,
                b,
                ("enum-value-removed", "enum-value-added", "enum"),
            ),
            (None, Some(b)) => {
                let m = format!("{} is now restricted to the enum [{}]", cx.here(), list(b));
                cx.emit_dir("enum-added", m, "", o.loc, n.loc);
            }
            (Some(_), None) => {
                let m = format!("{} is no longer restricted to an enum", cx.here());
                cx.emit_dir("enum-removed", m, "", o.loc, n.loc);
            }
            (None, None) => {}
        }
    }
    if let (Some(a), Some(b)) = (&o.extensible_enum, &n.extensible_enum) {
        enum_diff(
            cx,
            o,
            n,
            a,
            b,
            (
                "extensible-enum-value-removed",
                "extensible-enum-value-added",
                "x-extensible-enum",
            ),
        );
    }
    if as_values.is_none() {
        match (o.const_, n.const_) {
            (Some(a), Some(b)) if a != b => {
                let m = format!(
                    "const of {} changed from {} to {}",
                    cx.here(),
                    show(a),
                    show(b)
                );
                cx.emit_dir("const-changed", m, &show(b), o.loc, n.loc);
            }
            (None, Some(b)) => {
                let m = format!("{} must now be the constant {}", cx.here(), show(b));
                cx.emit_dir("const-added", m, &show(b), o.loc, n.loc);
            }
            (Some(a), None) => {
                let m = format!("{} is no longer the constant {}", cx.here(), show(a));
                cx.emit_dir("const-removed", m, &show(a), o.loc, n.loc);
            }
            _ => {}
        }
    }
    match (o.default, n.default) {
        (Some(a), Some(b)) if a != b => {
            let m = format!(
                "default of {} changed from {} to {}",
                cx.here(),
                show(a),
                show(b)
            );
            cx.emit_dir("default-changed", m, &show(b), o.loc, n.loc);
        }
        (None, Some(b)) => {
            let m = format!("default {} added to {}", show(b), cx.here());
            cx.emit_dir("default-added", m, &show(b), o.loc, n.loc);
        }
        (Some(a), None) => {
            let m = format!("default {} removed from {}", show(a), cx.here());
            cx.emit_dir("default-removed", m, &show(a), o.loc, n.loc);
        }
        _ => {}
    }
}
