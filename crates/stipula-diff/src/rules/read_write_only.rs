//! `readOnly` and `writeOnly` on properties.
//!
//! A read-only property is not sent in requests and a write-only one is not returned in
//! responses, so the diff hides them on those sides (their required-ness and insides do not
//! matter there). Changing the flags moves a property in or out of view.

use super::Reg;
use crate::engine::Cx;
use crate::flat::Flat;
use crate::model::{Direction, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-property-became-read-only",
        Warning,
        Direction::Request,
        "A request property became readOnly: the server may now ignore (or reject) what clients send.",
    )
    .rule(
        "request-property-became-not-read-only",
        Info,
        Direction::Request,
        "A request property is no longer readOnly: clients may now send it.",
    )
    .rule(
        "request-property-became-write-only",
        Info,
        Direction::Request,
        "A request property became writeOnly: it is still sent, no longer returned.",
    )
    .rule(
        "response-property-became-write-only",
        Breaking,
        Direction::Response,
        "A response property became writeOnly: responses no longer carry it.",
    )
    .rule(
        "response-property-became-not-write-only",
        Info,
        Direction::Response,
        "A response property is no longer writeOnly: responses now carry it.",
    )
    .rule(
        "response-property-became-read-only",
        Info,
        Direction::Response,
        "A response property became readOnly: still returned, no longer accepted in requests.",
    );
}

/// Is the property out of view in this direction?
pub(crate) fn hidden(dir: Direction, f: &Flat) -> bool {
    match dir {
        Direction::Request => f.read_only,
        Direction::Response => f.write_only,
        Direction::None => false,
    }
}

pub(crate) fn check_property(cx: &mut Cx, name: &str, o: &Flat, n: &Flat) {
    let emit = |cx: &mut Cx, id: &str, what: &str| {
        let m = format!("property `{name}` of {} {what}", cx.here());
        cx.emit(id, m, name, o.loc, n.loc);
    };
    // the flag whose change matters most in this direction (readOnly for a request,
    // writeOnly for a response), then the other one
    let ((first, fo, fn_), (second, so, sn), side) = match cx.dir {
        Direction::Request => (
            ("read", o.read_only, n.read_only),
            ("write", o.write_only, n.write_only),
            "request",
        ),
        Direction::Response => (
            ("write", o.write_only, n.write_only),
            ("read", o.read_only, n.read_only),
            "response",
        ),
        Direction::None => return,
    };
    if !fo && fn_ {
        let id = format!("{side}-property-became-{first}-only");
        emit(cx, &id, &format!("became {first}Only"));
    } else if fo && !fn_ {
        let id = format!("{side}-property-became-not-{first}-only");
        emit(cx, &id, &format!("is no longer {first}Only"));
    }
    if !so && sn {
        let id = format!("{side}-property-became-{second}-only");
        emit(cx, &id, &format!("became {second}Only"));
    }
}
