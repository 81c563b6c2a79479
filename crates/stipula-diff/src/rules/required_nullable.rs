//! Required-ness of properties and nullability of values.

use super::Reg;
use crate::engine::Cx;
use crate::flat::Flat;
use crate::model::Level::*;

pub(crate) fn rules(r: &mut Reg) {
    r.pair(
        "became-nullable",
        Info,
        Breaking,
        "`null` became a valid value: requests may send it; clients reading responses may get a null they do not handle.",
    )
    .pair(
        "became-not-nullable",
        Breaking,
        Info,
        "`null` is no longer a valid value: requests that send null fail; responses only get more predictable.",
    )
    .pair(
        "property-became-required",
        Breaking,
        Info,
        "A property became required: requests without it fail; responses now always carry it.",
    )
    .pair(
        "property-became-optional",
        Info,
        Breaking,
        "A property became optional: requests may leave it out; responses may lack a property clients rely on.",
    );
}

pub(crate) fn check_nullable(cx: &mut Cx, o: &Flat, n: &Flat) {
    if o.effective_types().is_none() || n.effective_types().is_none() {
        // "any type" already includes null on that side.
        return;
    }
    if !o.nullable && n.nullable {
        let m = format!("{} became nullable", cx.here());
        cx.emit_dir("became-nullable", m, "", o.loc, n.loc);
    } else if o.nullable && !n.nullable {
        let m = format!("{} is no longer nullable", cx.here());
        cx.emit_dir("became-not-nullable", m, "", o.loc, n.loc);
    }
}
