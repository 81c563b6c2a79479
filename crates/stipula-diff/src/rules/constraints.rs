//! Numeric bounds, lengths, item and property counts, `multipleOf`, `pattern`, `uniqueItems`.
//!
//! A bound that narrows what is valid breaks requests (clients sent values that are now
//! rejected) and is harmless in responses; a bound that widens is the reverse. Setting a
//! bound where none was documented is a warning in requests (the server very likely enforced
//! some limit already); removing one from a response is a warning too.

use super::{Reg, leak};
use crate::engine::{Cx, num};
use crate::flat::{Bound, Flat};
use crate::model::Level::{self, *};

/// (keyword stem, is an upper bound, description of the keyword)
const KEYWORDS: [(&str, bool, &str); 10] = [
    ("max", true, "maximum / exclusiveMaximum"),
    ("min", false, "minimum / exclusiveMinimum"),
    ("max-length", true, "maxLength"),
    ("min-length", false, "minLength"),
    ("max-items", true, "maxItems"),
    ("min-items", false, "minItems"),
    ("max-properties", true, "maxProperties"),
    ("min-properties", false, "minProperties"),
    ("max-contains", true, "maxContains"),
    ("min-contains", false, "minContains"),
];

/// Level of a bound change (request, response) for (narrows, was set before / is set after).
fn levels(narrows: bool, both_set: bool) -> (Level, Level) {
    match (narrows, both_set) {
        (true, true) => (Breaking, Info),
        (true, false) => (Warning, Info),
        (false, true) => (Info, Breaking),
        (false, false) => (Info, Warning),
    }
}

pub(crate) fn rules(r: &mut Reg) {
    for (kw, upper, words) in KEYWORDS {
        // (change, narrows?, both sides set?)
        let changes: [(&str, bool, bool); 4] = if upper {
            [
                ("decreased", true, true),
                ("increased", false, true),
                ("set", true, false),
                ("unset", false, false),
            ]
        } else {
            [
                ("increased", true, true),
                ("decreased", false, true),
                ("set", true, false),
                ("unset", false, false),
            ]
        };
        for (change, narrows, both) in changes {
            let (req, resp) = levels(narrows, both);
            let desc = leak(format!(
                "`{words}` {}: the range of valid values {}.",
                match change {
                    "set" => "was added",
                    "unset" => "was removed",
                    c => c,
                },
                if narrows { "narrowed" } else { "widened" }
            ));
            r.pair(&format!("{kw}-{change}"), req, resp, desc);
        }
    }
    r.pair(
        "multiple-of-narrowed",
        Breaking,
        Info,
        "`multipleOf` became stricter (added, or a multiple of the old value).",
    )
    .pair(
        "multiple-of-widened",
        Info,
        Breaking,
        "`multipleOf` became looser (removed, or a divisor of the old value).",
    )
    .pair(
        "multiple-of-changed",
        Breaking,
        Breaking,
        "`multipleOf` changed to an unrelated value.",
    )
    .pair(
        "pattern-added",
        Warning,
        Info,
        "A `pattern` was added: requests with values that do not match are rejected.",
    )
    .pair(
        "pattern-changed",
        Warning,
        Warning,
        "The `pattern` changed: the set of valid strings differs (the spec cannot tell how).",
    )
    .pair(
        "pattern-removed",
        Info,
        Warning,
        "The `pattern` was removed: responses may carry strings clients do not expect.",
    )
    .pair(
        "unique-items-added",
        Breaking,
        Info,
        "`uniqueItems: true` was added: requests with duplicate items are rejected.",
    )
    .pair(
        "unique-items-removed",
        Info,
        Warning,
        "`uniqueItems` was removed: responses may contain duplicates.",
    );
}

fn count(cx: &mut Cx, o: &Flat, n: &Flat, kw: &str, word: &str, a: Option<u64>, b: Option<u64>) {
    let (change, text) = match (a, b) {
        (Some(x), Some(y)) if x == y => return,
        (Some(x), Some(y)) => (
            if y < x { "decreased" } else { "increased" },
            format!("{word} of {} changed from {x} to {y}", cx.here()),
        ),
        (None, Some(y)) => ("set", format!("{word} {y} added to {}", cx.here())),
        (Some(x), None) => ("unset", format!("{word} {x} removed from {}", cx.here())),
        (None, None) => return,
    };
    let detail = format!("{a:?}->{b:?}");
    cx.emit_dir(&format!("{kw}-{change}"), text, &detail, o.loc, n.loc);
}

fn show_bound(b: Bound, upper: bool) -> String {
    match (upper, b.exclusive) {
        (true, false) => format!("maximum {}", num(b.value)),
        (true, true) => format!("exclusiveMaximum {}", num(b.value)),
        (false, false) => format!("minimum {}", num(b.value)),
        (false, true) => format!("exclusiveMinimum {}", num(b.value)),
    }
}

fn bound(cx: &mut Cx, o: &Flat, n: &Flat, upper: bool, a: Option<Bound>, b: Option<Bound>) {
    let kw = if upper { "max" } else { "min" };
    let (change, text) = match (a, b) {
        (Some(x), Some(y)) if x == y => return,
        (Some(x), Some(y)) => {
            // Effective comparison: an exclusive bound is tighter than an inclusive one at the
            // same value.
            let tighter = if upper {
                y.value < x.value || (y.value == x.value && y.exclusive)
            } else {
                y.value > x.value || (y.value == x.value && y.exclusive)
            };
            let change = match (upper, tighter) {
                (true, true) | (false, false) => "decreased",
                (true, false) | (false, true) => "increased",
            };
            (
                change,
                format!(
                    "{} changed from {} to {}",
                    cx.here(),
                    show_bound(x, upper),
                    show_bound(y, upper)
                ),
            )
        }
        (None, Some(y)) => (
            "set",
            format!("{} added to {}", show_bound(y, upper), cx.here()),
        ),
        (Some(x), None) => (
            "unset",
            format!("{} removed from {}", show_bound(x, upper), cx.here()),
        ),
        (None, None) => return,
    };
    let detail = format!("{a:?}->{b:?}");
    cx.emit_dir(&format!("{kw}-{change}"), text, &detail, o.loc, n.loc);
}

pub(crate) fn check(cx: &mut Cx, o: &Flat, n: &Flat) {
    bound(cx, o, n, true, o.upper, n.upper);
    bound(cx, o, n, false, o.lower, n.lower);
    let pairs = [
        ("max-length", "maxLength", true, o.max_length, n.max_length),
        ("min-length", "minLength", false, o.min_length, n.min_length),
        ("max-items", "maxItems", true, o.max_items, n.max_items),
        ("min-items", "minItems", false, o.min_items, n.min_items),
        (
            "max-properties",
            "maxProperties",
            true,
            o.max_properties,
            n.max_properties,
        ),
        (
            "min-properties",
            "minProperties",
            false,
            o.min_properties,
            n.min_properties,
        ),
        (
            "max-contains",
            "maxContains",
            true,
            o.max_contains,
            n.max_contains,
        ),
        (
            "min-contains",
            "minContains",
            false,
            o.min_contains,
            n.min_contains,
        ),
    ];
    for (kw, word, _upper, a, b) in pairs {
        count(cx, o, n, kw, word, a, b);
    }
    match (o.multiple_of, n.multiple_of) {
        (Some(a), Some(b)) if a == b => {}
        (a, b) => {
            let multiple = |big: f64, small: f64| {
                small != 0.0 && {
                    let q = big / small;
                    (q - q.round()).abs() < 1e-9
                }
            };
            let stem = match (a, b) {
                (None, Some(_)) => "multiple-of-narrowed",
                (Some(_), None) => "multiple-of-widened",
                (Some(x), Some(y)) if multiple(y, x) => "multiple-of-narrowed",
                (Some(x), Some(y)) if multiple(x, y) => "multiple-of-widened",
                (Some(_), Some(_)) => "multiple-of-changed",
                (None, None) => "",
            };
            if !stem.is_empty() {
                let show = |v: Option<f64>| v.map(num).unwrap_or_else(|| "none".into());
                let m = format!(
                    "multipleOf of {} changed from {} to {}",
                    cx.here(),
                    show(a),
                    show(b)
                );
                cx.emit_dir(stem, m, &show(b), o.loc, n.loc);
            }
        }
    }
    if o.patterns != n.patterns {
        let (stem, m) = match (o.patterns.is_empty(), n.patterns.is_empty()) {
            (true, false) => (
                "pattern-added",
                format!(
                    "pattern `{}` added to {}",
                    n.patterns.join("` `"),
                    cx.here()
                ),
            ),
            (false, true) => (
                "pattern-removed",
                format!(
                    "pattern `{}` removed from {}",
                    o.patterns.join("` `"),
                    cx.here()
                ),
            ),
            _ => (
                "pattern-changed",
                format!(
                    "pattern of {} changed from `{}` to `{}`",
                    cx.here(),
                    o.patterns.join("` `"),
                    n.patterns.join("` `")
                ),
            ),
        };
        let detail = n.patterns.join("\u{1f}");
        cx.emit_dir(stem, m, &detail, o.loc, n.loc);
    }
    if o.unique_items != n.unique_items {
        let (stem, m) = if n.unique_items {
            (
                "unique-items-added",
                format!("{} must now have unique items", cx.here()),
            )
        } else {
            (
                "unique-items-removed",
                format!("{} no longer requires unique items", cx.here()),
            )
        };
        cx.emit_dir(stem, m, "", o.loc, n.loc);
    }
}
