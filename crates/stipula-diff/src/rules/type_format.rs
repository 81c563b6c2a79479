//! Types, type lists and formats.

use super::Reg;
use crate::engine::Cx;
use crate::flat::Flat;
use crate::model::Level::*;
use stipula_spec::Type;

pub(crate) fn rules(r: &mut Reg) {
    r.pair(
        "type-changed",
        Breaking,
        Breaking,
        "The schema's type changed to an unrelated one: values valid before are invalid now.",
    )
    .pair(
        "type-narrowed",
        Breaking,
        Info,
        "Fewer types are allowed (e.g. number to integer, or a type removed from a type list): breaks requests that send the removed ones; responses only get more predictable.",
    )
    .pair(
        "type-widened",
        Info,
        Breaking,
        "More types are allowed (e.g. integer to number, a type added to a list, a type constraint removed): requests may send more; responses may return values clients cannot decode.",
    )
    .pair(
        "format-changed",
        Warning,
        Warning,
        "The `format` changed (e.g. int32 to int64, date to date-time): clients that parse or validate the format may behave differently.",
    )
    .pair(
        "format-added",
        Warning,
        Info,
        "A `format` was added: requests with values outside the format may now be rejected.",
    )
    .pair(
        "format-removed",
        Info,
        Warning,
        "A `format` was removed: responses may carry values that clients parsing the format reject.",
    )
    .pair(
        "content-media-type-changed",
        Breaking,
        Breaking,
        "`contentMediaType` of a string changed: the encoded content is of another kind.",
    )
    .pair(
        "content-encoding-changed",
        Breaking,
        Breaking,
        "`contentEncoding` of a string changed (e.g. base64 to base64url).",
    );
}

fn allows(set: &[Type], t: Type) -> bool {
    set.contains(&t) || (t == Type::Integer && set.contains(&Type::Number))
}

fn names(ts: &Option<Vec<Type>>) -> String {
    match ts {
        None => "any type".to_string(),
        Some(v) if v.is_empty() => "null".to_string(),
        Some(v) => v.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" | "),
    }
}

/// Compare types and formats; returns `false` when the types have nothing in common (the
/// caller then stops comparing deeper).
pub(crate) fn check(cx: &mut Cx, o: &Flat, n: &Flat) -> bool {
    let ot = o.effective_types();
    let nt = n.effective_types();
    let mut compatible = true;
    match (&ot, &nt) {
        (Some(a), Some(b)) if a != b => {
            let a_in_b = a.iter().all(|t| allows(b, *t));
            let b_in_a = b.iter().all(|t| allows(a, *t));
            let overlap = a.iter().any(|t| allows(b, *t)) || b.iter().any(|t| allows(a, *t));
            let msg = |what: &str| {
                format!(
                    "type of {} {what} from {} to {}",
                    cx.here(),
                    names(&ot),
                    names(&nt)
                )
            };
            if a_in_b && !b_in_a {
                let m = msg("widened");
                cx.emit_dir("type-widened", m, &names(&nt), o.loc, n.loc);
            } else if b_in_a && !a_in_b {
                let m = msg("narrowed");
                cx.emit_dir("type-narrowed", m, &names(&nt), o.loc, n.loc);
            } else if !a_in_b && !b_in_a {
                let m = msg("changed");
                cx.emit_dir("type-changed", m, &names(&nt), o.loc, n.loc);
                compatible = overlap;
            }
        }
        (Some(_), None) => {
            let m = format!(
                "type of {} widened from {} to any type (the type constraint was removed)",
                cx.here(),
                names(&ot)
            );
            cx.emit_dir("type-widened", m, "any", o.loc, n.loc);
        }
        (None, Some(_)) => {
            let m = format!(
                "type of {} narrowed from any type to {}",
                cx.here(),
                names(&nt)
            );
            cx.emit_dir("type-narrowed", m, &names(&nt), o.loc, n.loc);
        }
        _ => {}
    }
    // `binary` and `password` describe, they do not constrain.
    fn annotation(f: Option<&str>) -> Option<&str> {
        f.filter(|f| !matches!(*f, "binary" | "password"))
    }
    match (annotation(o.format), annotation(n.format)) {
        (Some(a), Some(b)) if a != b => {
            // int32 -> int64 etc. are a change of range; every other change is of meaning.
            let m = format!("format of {} changed from `{a}` to `{b}`", cx.here());
            cx.emit_dir("format-changed", m, b, o.loc, n.loc);
        }
        (None, Some(b)) => {
            let m = format!("format `{b}` added to {}", cx.here());
            cx.emit_dir("format-added", m, b, o.loc, n.loc);
        }
        (Some(a), None) => {
            let m = format!("format `{a}` removed from {}", cx.here());
            cx.emit_dir("format-removed", m, a, o.loc, n.loc);
        }
        _ => {}
    }
    let content = [
        (
            "content-media-type-changed",
            "contentMediaType",
            o.content_media_type.zip(n.content_media_type),
        ),
        (
            "content-encoding-changed",
            "contentEncoding",
            Some((
                o.content_encoding.unwrap_or("none"),
                n.content_encoding.unwrap_or("none"),
            )),
        ),
    ];
    for (id, kw, change) in content {
        if let Some((a, b)) = change.filter(|(a, b)| a != b) {
            let (a, b) = if kw == "contentMediaType" {
                (format!("`{a}`"), format!("`{b}`"))
            } else {
                (a.to_string(), b.to_string())
            };
            let m = format!("{kw} of {} changed from {a} to {b}", cx.here());
            cx.emit_dir(id, m, "", o.loc, n.loc);
        }
    }
    compatible
}
