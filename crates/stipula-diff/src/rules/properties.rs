//! Object properties: added, removed, required-ness, `additionalProperties`,
//! `patternProperties`, `dependentRequired`.
//!
//! Removal follows the deprecation policy (see [`super::deprecation`]) in both directions:
//! a property BASE did not deprecate is a promise, and removing it is breaking whether the
//! object is open or closed, required or optional. The level principle alone would call
//! some of these a warning (an open request object silently ignores the old property; an
//! optional response property may be absent anyway), but "the spec cannot tell" is exactly
//! what a deprecation period exists for: it tells clients, with a date, before anything
//! changes. So:
//!
//! * not deprecated in BASE → breaking (`request-property-removed`,
//!   `request-property-removed-closed`, `response-required-property-removed`,
//!   `response-optional-property-removed`; the ids keep the old distinctions for messages
//!   and `--accept` fingerprints);
//! * deprecated with an `x-sunset` date still ahead → breaking
//!   (`*-property-removed-before-sunset`);
//! * deprecated with the date passed, or with no date → info
//!   (`*-property-removed-after-deprecation`).

use super::Reg;
use super::deprecation::{self, Removal};
use super::read_write_only::{self, hidden};
use crate::engine::Cx;
use crate::flat::{self, Flat};
use crate::model::{Direction, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-property-added-required",
        Breaking,
        Direction::Request,
        "A new required request property: requests without it fail.",
    )
    .rule(
        "request-property-added-optional",
        Info,
        Direction::Request,
        "A new optional request property.",
    )
    .rule(
        "response-property-added",
        Info,
        Direction::Response,
        "A new response property (clients ignore what they do not know).",
    )
    .rule(
        "request-property-removed",
        Breaking,
        Direction::Request,
        "A request property BASE did not deprecate was removed (the object stays open): clients still send it and the server now ignores what they meant by it. Breaking by the deprecation policy: deprecate first, remove after the sunset date.",
    )
    .rule(
        "request-property-removed-closed",
        Breaking,
        Direction::Request,
        "A request property BASE did not deprecate was removed from a closed object (additionalProperties: false): requests that send it fail.",
    )
    .rule(
        "response-required-property-removed",
        Breaking,
        Direction::Response,
        "A required response property was removed: clients reading it fail.",
    )
    .rule(
        "response-optional-property-removed",
        Breaking,
        Direction::Response,
        "An optional response property BASE did not deprecate was removed: clients that read it when present never get it again. Breaking by the deprecation policy: deprecate first, remove after the sunset date.",
    )
    .pair(
        "additional-properties-narrowed",
        Breaking,
        Info,
        "Unknown properties are no longer allowed (additionalProperties: false or unevaluatedProperties: false).",
    )
    .pair(
        "additional-properties-widened",
        Info,
        Warning,
        "Unknown properties are now allowed where they were not: strict response decoders may fail.",
    )
    .pair(
        "pattern-property-added",
        Warning,
        Info,
        "A patternProperties entry was added: matching property names are now constrained.",
    )
    .pair(
        "pattern-property-removed",
        Info,
        Warning,
        "A patternProperties entry was removed: matching properties are no longer constrained.",
    )
    .pair(
        "dependent-required-added",
        Breaking,
        Info,
        "A dependentRequired constraint was added or grew: requests that omit the dependents fail.",
    )
    .pair(
        "dependent-required-removed",
        Info,
        Warning,
        "A dependentRequired constraint was removed or shrank: responses may omit properties clients expect together.",
    );
}

fn effective_required(dir: Direction, parent: &Flat, name: &str, prop: Option<&Flat>) -> bool {
    parent.is_required(name) && !prop.is_some_and(|p| hidden(dir, p))
}

pub(crate) fn check(cx: &mut Cx, o: &Flat, n: &Flat) {
    let dir = cx.dir;
    let (old_spec, new_spec) = (cx.old, cx.new);
    for (name, oc) in &o.properties {
        let of = flat::flatten(old_spec, oc);
        match n.properties.get(name) {
            None => {
                if hidden(dir, &of) {
                    continue;
                }
                removed(cx, o, n, name, &of);
            }
            Some(nc) => {
                let nf = flat::flatten(new_spec, nc);
                read_write_only::check_property(cx, name, &of, &nf);
                let what = format!("property `{name}`");
                if !of.deprecated && nf.deprecated && !hidden(dir, &nf) {
                    let m = format!("{what} of {} was deprecated", cx.here());
                    cx.emit_dir("property-deprecated", m, name, of.loc, nf.loc);
                    deprecation::check_new_deprecation(cx, &what, nf.sunset, nf.loc);
                } else if of.deprecated && !nf.deprecated && !hidden(dir, &nf) {
                    let m = format!("{what} of {} is no longer deprecated", cx.here());
                    cx.emit_dir("property-reactivated", m, name, of.loc, nf.loc);
                } else if of.deprecated && nf.deprecated {
                    deprecation::check_sunset_moved(
                        cx, &what, of.sunset, nf.sunset, of.loc, nf.loc,
                    );
                }
                deprecation::check_stability(cx, &what, of.stability, nf.stability, of.loc, nf.loc);
                let oreq = effective_required(dir, o, name, Some(&of));
                let nreq = effective_required(dir, n, name, Some(&nf));
                if !oreq && nreq {
                    let m = format!("property `{name}` of {} became required", cx.here());
                    cx.emit_dir("property-became-required", m, name, of.loc, nf.loc);
                } else if oreq && !nreq {
                    let m = format!("property `{name}` of {} became optional", cx.here());
                    cx.emit_dir("property-became-optional", m, name, of.loc, nf.loc);
                }
                if hidden(dir, &of) && hidden(dir, &nf) {
                    continue;
                }
                let (a, b) = (oc.clone(), nc.clone());
                // a property of a form body's root is a form field, judged as text
                let depth = cx.depth();
                // (except a multipart part holding an object: that one travels as JSON)
                let json_part = cx.form.as_ref().is_some_and(|f| f.multipart)
                    && [flat::flatten(cx.old, &a), flat::flatten(cx.new, &b)]
                        .iter()
                        .any(|f| {
                            f.types
                                .as_ref()
                                .is_some_and(|t| t.contains(&stipula_spec::Type::Object))
                        });
                let field = cx
                    .form
                    .as_mut()
                    .filter(|f| f.root_depth + 1 == depth && !json_part);
                let saved = field.map(|f| f.field.replace((name.to_string(), depth + 1)));
                cx.at(name, |cx| cx.compare(a, b));
                if let (Some(saved), Some(f)) = (saved, cx.form.as_mut()) {
                    f.field = saved;
                }
            }
        }
    }
    for (name, nc) in &n.properties {
        if o.properties.contains_key(name) {
            continue;
        }
        let nf = flat::flatten(new_spec, nc);
        if hidden(dir, &nf) {
            continue;
        }
        let req = effective_required(dir, n, name, Some(&nf));
        match dir {
            Direction::Request => {
                let was_required = o.is_required(name);
                if req && !was_required {
                    let m = format!("new required property `{name}` in {}", cx.here());
                    cx.emit("request-property-added-required", m, name, o.loc, nf.loc);
                } else {
                    let m = format!("new optional property `{name}` in {}", cx.here());
                    cx.emit("request-property-added-optional", m, name, o.loc, nf.loc);
                }
            }
            _ => {
                let m = format!("new property `{name}` in {}", cx.here());
                cx.emit("response-property-added", m, name, o.loc, nf.loc);
            }
        }
    }
    // `required` names without a property schema on either side.
    for name in &n.required {
        if n.properties.contains_key(*name) || o.properties.contains_key(*name) {
            continue;
        }
        if !o.is_required(name) && dir == Direction::Request {
            let m = format!("property `{name}` of {} became required", cx.here());
            cx.emit_dir("property-became-required", m, name, o.loc, n.loc);
        }
    }
    for name in &o.required {
        if n.properties.contains_key(*name) || o.properties.contains_key(*name) {
            continue;
        }
        if !n.is_required(name) && dir == Direction::Response {
            let m = format!("property `{name}` of {} became optional", cx.here());
            cx.emit_dir("property-became-optional", m, name, o.loc, n.loc);
        }
    }
    // additionalProperties
    if !o.closed && n.closed {
        let m = format!("{} no longer allows additional properties", cx.here());
        cx.emit_dir("additional-properties-narrowed", m, "", o.loc, n.loc);
    } else if o.closed && !n.closed {
        let m = format!("{} now allows additional properties", cx.here());
        cx.emit_dir("additional-properties-widened", m, "", o.loc, n.loc);
    }
    if !o.closed && !n.closed && (!o.additional.is_empty() || !n.additional.is_empty()) {
        let (a, b) = (o.additional.clone(), n.additional.clone());
        cx.at("{*}", |cx| cx.compare(a, b));
    }
    // patternProperties
    for (pat, oc) in &o.pattern_properties {
        match n.pattern_properties.get(pat) {
            Some(nc) => {
                let (a, b) = (oc.clone(), nc.clone());
                cx.at(&format!("{{/{pat}/}}"), |cx| cx.compare(a, b));
            }
            None => {
                let m = format!("patternProperties `{pat}` removed from {}", cx.here());
                cx.emit_dir("pattern-property-removed", m, pat, o.loc, n.loc);
            }
        }
    }
    for pat in n.pattern_properties.keys() {
        if !o.pattern_properties.contains_key(pat) {
            let m = format!("patternProperties `{pat}` added to {}", cx.here());
            cx.emit_dir("pattern-property-added", m, pat, o.loc, n.loc);
        }
    }
    // dependentRequired
    for (k, nv) in &n.dependent_required {
        let ov = o.dependent_required.get(k);
        let grew: Vec<&&str> = nv
            .iter()
            .filter(|x| !ov.is_some_and(|ov| ov.contains(x)))
            .collect();
        if !grew.is_empty() {
            let m = format!(
                "when `{k}` is present in {}, {} must now be present too",
                cx.here(),
                grew.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            cx.emit_dir("dependent-required-added", m, k, o.loc, n.loc);
        }
    }
    for (k, ov) in &o.dependent_required {
        let nv = n.dependent_required.get(k);
        let shrank = ov.iter().any(|x| !nv.is_some_and(|nv| nv.contains(x)));
        if shrank {
            let m = format!(
                "the properties required together with `{k}` in {} were reduced",
                cx.here()
            );
            cx.emit_dir("dependent-required-removed", m, k, o.loc, n.loc);
        }
    }
}

fn removed(cx: &mut Cx, o: &Flat, n: &Flat, name: &str, of: &Flat) {
    let dir = cx.dir;
    match deprecation::removal(cx, of.deprecated, of.sunset) {
        Removal::BeforeSunset(date) => {
            let m = format!(
                "deprecated property `{name}` was removed from {} before its sunset date {date}",
                cx.here()
            );
            cx.emit_dir("property-removed-before-sunset", m, name, of.loc, n.loc);
            return;
        }
        Removal::AfterDeprecation => {
            let m = format!(
                "deprecated property `{name}` was removed from {}",
                cx.here()
            );
            cx.emit_dir("property-removed-after-deprecation", m, name, of.loc, n.loc);
            return;
        }
        Removal::NotDeprecated => {}
    }
    match dir {
        Direction::Request => {
            if n.closed {
                let m = format!(
                    "property `{name}` was removed from {}, which does not allow unknown properties",
                    cx.here()
                );
                cx.emit("request-property-removed-closed", m, name, of.loc, n.loc);
            } else {
                let m = format!("property `{name}` was removed from {}", cx.here());
                cx.emit("request-property-removed", m, name, of.loc, n.loc);
            }
        }
        _ => {
            if effective_required(dir, o, name, Some(of)) {
                let m = format!("required property `{name}` was removed from {}", cx.here());
                cx.emit("response-required-property-removed", m, name, of.loc, n.loc);
            } else {
                let m = format!("optional property `{name}` was removed from {}", cx.here());
                cx.emit("response-optional-property-removed", m, name, of.loc, n.loc);
            }
        }
    }
}
