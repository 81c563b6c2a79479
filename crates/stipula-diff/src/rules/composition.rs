//! `oneOf` / `anyOf` (branches matched by component name, title, discriminator value or
//! structure), discriminators, `not`, `if`/`then`/`else`, and the other 2020-12 applicators.
//! `allOf` has no rules of its own: it is merged before comparing (see `flat.rs`), so moving
//! properties into `allOf` parts is not a change.

use super::{Reg, leak};
use crate::engine::Cx;
use crate::flat::{self, Conj, Flat, Union};
use crate::model::Level::*;
use std::fmt::Write as _;
use stipula_spec::{SchemaId, SchemaKind, Spec};

/// Sub-schema keywords compared recursively, with added/removed rules.
const APPLICATORS: [(&str, &str); 8] = [
    ("not", "not"),
    ("if-then-else", "if / then / else"),
    ("contains", "contains"),
    ("property-names", "propertyNames"),
    ("unevaluated-items", "unevaluatedItems"),
    ("unevaluated-properties", "unevaluatedProperties (a schema)"),
    ("dependent-schemas", "dependentSchemas"),
    ("prefix-items", "prefixItems"),
];

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "json-schema-dialect-changed",
        Warning,
        crate::model::Direction::None,
        "`jsonSchemaDialect` changed: every schema without its own `$schema` is read under other rules, which the diff cannot compare.",
    );
    r.rule(
        "request-schema-narrowed",
        Breaking,
        crate::model::Direction::Request,
        "The revision rejects a value the base accepted, through a change no other rule names (any keyword or combination): the finding carries the value as its witness.",
    )
    .rule(
        "response-schema-widened",
        Breaking,
        crate::model::Direction::Response,
        "The revision may send a value the base did not allow, through a change no other rule names (any keyword or combination): the finding carries the value as its witness.",
    );
    r.pair(
        "one-of-branch-added",
        Info,
        Warning,
        "A oneOf variant was added: requests may send it; clients reading responses may meet a variant they do not handle.",
    )
    .pair(
        "one-of-branch-removed",
        Breaking,
        Info,
        "A oneOf variant was removed: requests sending it fail.",
    )
    .pair(
        "any-of-branch-added",
        Info,
        Warning,
        "An anyOf alternative was added: responses may carry a shape clients do not handle.",
    )
    .pair(
        "any-of-branch-removed",
        Breaking,
        Info,
        "An anyOf alternative was removed: requests using it fail.",
    )
    .pair(
        "union-kind-changed",
        Warning,
        Warning,
        "oneOf became anyOf or the reverse: values matching several branches change validity.",
    )
    .pair(
        "discriminator-added",
        Info,
        Info,
        "A discriminator was added to a union.",
    )
    .pair(
        "discriminator-removed",
        Warning,
        Warning,
        "The discriminator was removed: clients that dispatch on it must find another way.",
    )
    .pair(
        "discriminator-property-changed",
        Breaking,
        Breaking,
        "The discriminator's propertyName changed: every tagged value differs.",
    )
    .pair(
        "discriminator-mapping-removed",
        Breaking,
        Info,
        "A discriminator mapping value was removed: requests using it fail.",
    )
    .pair(
        "discriminator-mapping-added",
        Info,
        Warning,
        "A discriminator mapping value was added: responses may carry a tag clients do not know.",
    )
    .pair(
        "discriminator-mapping-changed",
        Breaking,
        Breaking,
        "A discriminator mapping value now points at another schema.",
    );
    for (kw, words) in APPLICATORS {
        r.pair(
            &format!("{kw}-added"),
            Warning,
            Info,
            leak(format!(
                "`{words}` was added: the schema may reject requests it accepted."
            )),
        )
        .pair(
            &format!("{kw}-removed"),
            Info,
            Warning,
            leak(format!(
                "`{words}` was removed: responses may carry values the schema used to exclude."
            )),
        );
    }
}

/// A short structural description of a schema (depth-limited), used to pair union branches
/// that are equal up to locations and to inline-vs-`$ref` moves.
fn shape(spec: &Spec, id: SchemaId, depth: usize, out: &mut String) {
    let s = spec.schema(id);
    if depth > 0
        && let Some(n) = &s.name
    {
        let _ = write!(out, "#{n}");
        return;
    }
    if depth > 6 {
        out.push('…');
        return;
    }
    match &s.kind {
        SchemaKind::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        SchemaKind::Object(o) => {
            out.push('{');
            if let Some(t) = &o.types {
                let _ = write!(out, "t{t:?}");
            }
            if let Some(e) = &o.enum_ {
                let _ = write!(out, "e{}", serde_json::Value::Array(e.clone()));
            }
            if let Some(c) = &o.const_ {
                let _ = write!(out, "c{c}");
            }
            if let Some(f) = &o.format {
                let _ = write!(out, "f{f}");
            }
            let _ = write!(out, "r{:?}", o.required);
            for (k, v) in &o.properties {
                let _ = write!(out, "p{k}:");
                shape(spec, *v, depth + 1, out);
            }
            for (tag, list) in [("a", &o.all_of), ("o", &o.one_of), ("y", &o.any_of)] {
                for v in list {
                    out.push_str(tag);
                    shape(spec, *v, depth + 1, out);
                }
            }
            if let Some(v) = o.ref_ {
                out.push('$');
                shape(spec, v, depth + 1, out);
            }
            if let Some(v) = o.items {
                out.push('i');
                shape(spec, v, depth + 1, out);
            }
            if let Some(v) = o.additional_properties {
                out.push('+');
                shape(spec, v, depth + 1, out);
            }
            out.push('}');
        }
    }
}

fn shape_of(spec: &Spec, id: SchemaId) -> String {
    let mut s = String::new();
    shape(spec, id, 0, &mut s);
    s
}

/// A tag that identifies an untitled branch: its first property that is pinned to one value
/// (`type: {enum: [creation]}` or `const`), as `type=creation`.
fn tag(spec: &Spec, id: SchemaId) -> Option<String> {
    pins(spec, id)
        .into_iter()
        .next()
        .map(|(k, v)| format!("{k}={v}"))
}

/// Every property of a branch pinned to one value (`const`, or an `enum` of one), in order:
/// `[("type", "creation")]`.
fn pins(spec: &Spec, id: SchemaId) -> Vec<(String, String)> {
    let f = flat::flatten(spec, &[id]);
    f.properties
        .iter()
        .filter_map(|(k, c)| {
            let p = flat::flatten(spec, c);
            let v = p
                .const_
                .or_else(|| p.enum_.as_ref().filter(|e| e.len() == 1).map(|e| e[0]))?;
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            Some((k.to_string(), v))
        })
        .collect()
}

fn label(spec: &Spec, id: SchemaId, idx: usize) -> String {
    let s = spec.schema(id);
    if let Some(n) = &s.name {
        return n.clone();
    }
    if let Some(t) = s.object().and_then(|o| o.title.as_deref()) {
        return t.to_string();
    }
    if let Some(t) = tag(spec, id) {
        return t;
    }
    format!("#{}", idx + 1)
}

fn title(spec: &Spec, id: SchemaId) -> Option<&str> {
    spec.schema(id).object().and_then(|o| o.title.as_deref())
}

/// Computes a matching key for a branch (spec, branch, is it the old side).
/// A branch's types, member names and required names after `allOf` is merged: the same
/// for `{properties: {a, b}}` and `allOf: [{properties: {a}}, {properties: {b}}]`.
fn members_of(spec: &Spec, id: SchemaId) -> String {
    let f = flat::flatten(spec, &[id]);
    let mut props: Vec<&str> = f.properties.keys().copied().collect();
    props.sort_unstable();
    let mut req = f.required.clone();
    req.sort_unstable();
    format!("{:?}|{props:?}|{req:?}", f.effective_types())
}

type Keyer<'a> = dyn Fn(&Spec, SchemaId, bool) -> Option<String> + 'a;

/// Pair old and new branches: by component name, by title, by discriminator value, by
/// structure, and finally a single leftover on each side with each other.
fn match_branches(
    cx: &Cx,
    o: &Flat,
    n: &Flat,
    ob: &[SchemaId],
    nb: &[SchemaId],
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    let mut pairs = Vec::new();
    let mut old_left: Vec<usize> = (0..ob.len()).collect();
    let mut new_left: Vec<usize> = (0..nb.len()).collect();
    let keyers: [&Keyer; 6] = [
        &|spec, id, _| spec.schema(id).name.clone(),
        &|spec, id, _| title(spec, id).map(str::to_string),
        &|spec, id, _| tag(spec, id),
        &|spec, id, is_old| {
            let d = if is_old {
                o.discriminator
            } else {
                n.discriminator
            }?;
            d.mapping
                .iter()
                .find(|(_, v)| **v == id || spec.schema(**v).name == spec.schema(id).name)
                .map(|(k, _)| k.clone())
        },
        &|spec, id, _| Some(shape_of(spec, id)),
        // the same members however they are written (one object, or `allOf` of parts)
        &|spec, id, _| Some(members_of(spec, id)),
    ];
    // Two branches that pin one property to different values (`type=merge_queue`,
    // `type=copilot_code_review`) are different variants however alike their members: the
    // structural keys and the leftover pairing do not pair them (one was removed, the other
    // added).
    let tags_agree = |oi: usize, ni: usize| {
        let new_pins = pins(cx.new, nb[ni]);
        pins(cx.old, ob[oi])
            .iter()
            .all(|(k, v)| new_pins.iter().all(|(nk, nv)| nk != k || nv == v))
    };
    for (k, key) in keyers.into_iter().enumerate() {
        let structural = k >= 4;
        let mut i = 0;
        while i < old_left.len() {
            let oi = old_left[i];
            let ok = key(cx.old, ob[oi], true);
            let hit = ok.as_ref().and_then(|key_old| {
                new_left.iter().position(|ni| {
                    key(cx.new, nb[*ni], false).as_ref() == Some(key_old)
                        && (!structural || tags_agree(oi, *ni))
                })
            });
            match hit {
                Some(p) => {
                    pairs.push((oi, new_left.remove(p)));
                    old_left.remove(i);
                }
                None => i += 1,
            }
        }
    }
    let unnamed = |spec: &Spec, id: SchemaId| spec.schema(id).name.is_none();
    if old_left.len() == 1
        && new_left.len() == 1
        && unnamed(cx.old, ob[old_left[0]])
        && unnamed(cx.new, nb[new_left[0]])
        && tags_agree(old_left[0], new_left[0])
    {
        pairs.push((old_left[0], new_left[0]));
        old_left.clear();
        new_left.clear();
    }
    (pairs, old_left, new_left)
}

/// A plain schema on one side and a `oneOf`/`anyOf` on the other (`X` became
/// `anyOf: [X, {enum: ['']}]`, or a field became expandable: `anyOf: [string, Object]`):
/// pair the plain schema with its counterpart branch and report the other branches as
/// added (or removed). Returns `false` when the shapes do not allow it (the caller then
/// compares the two views directly).
pub(crate) fn union_vs_single(cx: &mut Cx, oc: &Conj, nc: &Conj, o: &Flat, n: &Flat) -> bool {
    let grew = o.unions.is_empty() && n.unions.len() == 1;
    let shrank = n.unions.is_empty() && o.unions.len() == 1;
    if !grew && !shrank {
        return false;
    }
    let (uflat, sflat, uspec, sspec, sconj) = if grew {
        (n, o, cx.new, cx.old, oc)
    } else {
        (o, n, cx.old, cx.new, nc)
    };
    // the union side must be only a union (plus annotations)
    if uflat.types.is_some() || !uflat.properties.is_empty() || !uflat.items.is_empty() {
        return false;
    }
    let union = &uflat.unions[0];
    let sname = sflat.name;
    let stypes = sflat.effective_types();
    let sshape = sconj.first().map(|id| shape_of(sspec, *id));
    let pick = union
        .branches
        .iter()
        .position(|b| sname.is_some() && uspec.schema(*b).name.as_deref() == sname)
        .or_else(|| {
            union
                .branches
                .iter()
                .position(|b| sshape.as_deref() == Some(shape_of(uspec, *b).as_str()))
        })
        .or_else(|| {
            let st = stypes.as_ref()?;
            let types_of = |b: &SchemaId| flat::flatten(uspec, &[*b]).effective_types();
            union
                .branches
                .iter()
                .position(|b| types_of(b).as_ref() == Some(st))
                .or_else(|| {
                    union.branches.iter().position(|b| {
                        types_of(b).is_some_and(|bt| bt.iter().any(|t| st.contains(t)))
                    })
                })
        });
    let Some(pick) = pick else { return false };
    let kind = if union.one_of { "oneOf" } else { "anyOf" };
    let stem = if union.one_of { "one-of" } else { "any-of" };
    if o.nullable != n.nullable {
        let (id, what) = if n.nullable {
            ("became-nullable", "became nullable")
        } else {
            ("became-not-nullable", "is no longer nullable")
        };
        let m = format!("{} {what}", cx.here());
        cx.emit_dir(id, m, "", o.loc, n.loc);
    }
    for (i, b) in union.branches.iter().enumerate() {
        if i == pick {
            continue;
        }
        let l = label(uspec, *b, i);
        let loc = &uspec.schema(*b).loc;
        if grew {
            let m = format!("{} can now also be {kind} variant `{l}`", cx.here());
            cx.emit_dir(&format!("{stem}-branch-added"), m, &l, o.loc, Some(loc));
        } else {
            let m = format!("{} can no longer be {kind} variant `{l}`", cx.here());
            cx.emit_dir(&format!("{stem}-branch-removed"), m, &l, Some(loc), n.loc);
        }
    }
    let b = flat::conj_of(uspec, [union.branches[pick]]);
    let pair = if grew {
        (oc.clone(), b)
    } else {
        (b, nc.clone())
    };
    let saved = cx.null_mask.replace(pair.clone());
    cx.compare(pair.0, pair.1);
    cx.null_mask = saved;
    true
}

fn unions(cx: &mut Cx, o: &Flat, n: &Flat) {
    // A union that shrank to (or grew from) a single branch is still compared as a union.
    let groups = |f: &Flat| -> Vec<Union> {
        let mut g = f.unions.clone();
        if g.is_empty() {
            g.extend(f.single_unions.iter().cloned());
        }
        g
    };
    let (og, ng) = (groups(o), groups(n));
    if og.iter().chain(ng.iter()).all(|u| u.branches.len() < 2) {
        // single-branch wrappers on both sides: already merged and compared
        return;
    }
    for (i, (ou, nu)) in og.iter().zip(ng.iter()).enumerate() {
        let kind = if nu.one_of { "oneOf" } else { "anyOf" };
        let stem = if nu.one_of { "one-of" } else { "any-of" };
        if ou.one_of != nu.one_of {
            let m = format!(
                "{} changed from {} to {kind}",
                cx.here(),
                if ou.one_of { "oneOf" } else { "anyOf" }
            );
            cx.emit_dir("union-kind-changed", m, &i.to_string(), o.loc, n.loc);
        }
        let (pairs, gone, new) = match_branches(cx, o, n, &ou.branches, &nu.branches);
        for oi in gone {
            let l = label(cx.old, ou.branches[oi], oi);
            let m = format!("{kind} variant `{l}` was removed from {}", cx.here());
            let loc = &cx.old.schema(ou.branches[oi]).loc;
            cx.emit_dir(&format!("{stem}-branch-removed"), m, &l, Some(loc), n.loc);
        }
        for ni in new {
            let l = label(cx.new, nu.branches[ni], ni);
            let m = format!("{kind} variant `{l}` was added to {}", cx.here());
            let loc = &cx.new.schema(nu.branches[ni]).loc;
            cx.emit_dir(&format!("{stem}-branch-added"), m, &l, o.loc, Some(loc));
        }
        for (oi, ni) in pairs {
            let l = label(cx.new, nu.branches[ni], ni);
            let a = flat::conj_of(cx.old, [ou.branches[oi]]);
            let b = flat::conj_of(cx.new, [nu.branches[ni]]);
            cx.at(&format!("{{{kind}:{l}}}"), |cx| cx.compare(a, b));
        }
    }
}

fn discriminator(cx: &mut Cx, o: &Flat, n: &Flat) {
    match (o.discriminator, n.discriminator) {
        (None, Some(d)) => {
            let m = format!(
                "{} gained a discriminator on `{}`",
                cx.here(),
                d.property_name
            );
            cx.emit_dir("discriminator-added", m, "", o.loc, n.loc);
        }
        (Some(d), None) => {
            let m = format!(
                "{} lost its discriminator on `{}`",
                cx.here(),
                d.property_name
            );
            cx.emit_dir("discriminator-removed", m, "", o.loc, n.loc);
        }
        (Some(a), Some(b)) => {
            if a.property_name != b.property_name {
                let m = format!(
                    "the discriminator of {} changed from `{}` to `{}`",
                    cx.here(),
                    a.property_name,
                    b.property_name
                );
                cx.emit_dir("discriminator-property-changed", m, "", o.loc, n.loc);
            }
            for (k, v) in &a.mapping {
                match b.mapping.get(k) {
                    None => {
                        let m = format!("discriminator value `{k}` was removed from {}", cx.here());
                        cx.emit_dir("discriminator-mapping-removed", m, k, o.loc, n.loc);
                    }
                    Some(w) => {
                        let on = cx.old.schema(*v).name.as_deref();
                        let nn = cx.new.schema(*w).name.as_deref();
                        if on != nn {
                            let m = format!(
                                "discriminator value `{k}` of {} now maps to `{}` instead of `{}`",
                                cx.here(),
                                nn.unwrap_or("an inline schema"),
                                on.unwrap_or("an inline schema")
                            );
                            cx.emit_dir("discriminator-mapping-changed", m, k, o.loc, n.loc);
                        }
                    }
                }
            }
            for k in b.mapping.keys() {
                if !a.mapping.contains_key(k) {
                    let m = format!("discriminator value `{k}` was added to {}", cx.here());
                    cx.emit_dir("discriminator-mapping-added", m, k, o.loc, n.loc);
                }
            }
            // 3.2 `defaultMapping`: the schema for values the mapping does not list.
            let name = |spec: &stipula_spec::Spec, id: SchemaId| {
                spec.schema(id)
                    .name
                    .clone()
                    .unwrap_or_else(|| "an inline schema".into())
            };
            match (a.default_mapping, b.default_mapping) {
                (Some(_), None) => {
                    let m = format!(
                        "the discriminator defaultMapping of {} was removed",
                        cx.here()
                    );
                    cx.emit_dir(
                        "discriminator-mapping-removed",
                        m,
                        "defaultMapping",
                        o.loc,
                        n.loc,
                    );
                }
                (None, Some(_)) => {
                    let m = format!("a discriminator defaultMapping was added to {}", cx.here());
                    cx.emit_dir(
                        "discriminator-mapping-added",
                        m,
                        "defaultMapping",
                        o.loc,
                        n.loc,
                    );
                }
                (Some(v), Some(w)) if name(cx.old, v) != name(cx.new, w) => {
                    let m = format!(
                        "the discriminator defaultMapping of {} now maps to `{}` instead of `{}`",
                        cx.here(),
                        name(cx.new, w),
                        name(cx.old, v)
                    );
                    cx.emit_dir(
                        "discriminator-mapping-changed",
                        m,
                        "defaultMapping",
                        o.loc,
                        n.loc,
                    );
                }
                _ => {}
            }
        }
        (None, None) => {}
    }
}

fn applicator(cx: &mut Cx, o: &Flat, n: &Flat, kw: &str, a: &Conj, b: &Conj, flip: bool) {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => {}
        (true, false) => {
            let m = format!("`{kw}` was added to {}", cx.here());
            cx.emit_dir(&format!("{kw}-added"), m, "", o.loc, n.loc);
        }
        (false, true) => {
            let m = format!("`{kw}` was removed from {}", cx.here());
            cx.emit_dir(&format!("{kw}-removed"), m, "", o.loc, n.loc);
        }
        (false, false) => {
            let (a, b) = (a.clone(), b.clone());
            let saved = cx.dir;
            if flip {
                cx.dir = cx.dir.flip();
                cx.negations += 1;
            }
            cx.at(&format!("{{{kw}}}"), |cx| cx.compare(a, b));
            if flip {
                cx.negations -= 1;
            }
            cx.dir = saved;
        }
    }
}

pub(crate) fn check(cx: &mut Cx, o: &Flat, n: &Flat) {
    unions(cx, o, n);
    discriminator(cx, o, n);
    // `not` inverts: what widens inside narrows outside.
    applicator(cx, o, n, "not", &o.not, &n.not, true);
    let (oi, ni) = (!o.if_.is_empty(), !n.if_.is_empty());
    if oi != ni {
        applicator(
            cx,
            o,
            n,
            "if-then-else",
            &if oi { o.if_.clone() } else { Conj::new() },
            &if ni { n.if_.clone() } else { Conj::new() },
            false,
        );
    } else if oi {
        for (kw, a, b) in [
            ("if", &o.if_, &n.if_),
            ("then", &o.then_, &n.then_),
            ("else", &o.else_, &n.else_),
        ] {
            let (a, b) = (a.clone(), b.clone());
            cx.at(&format!("{{{kw}}}"), |cx| cx.compare(a, b));
        }
    }
    applicator(cx, o, n, "contains", &o.contains, &n.contains, false);
    applicator(
        cx,
        o,
        n,
        "property-names",
        &o.property_names,
        &n.property_names,
        false,
    );
    applicator(
        cx,
        o,
        n,
        "unevaluated-items",
        &o.unevaluated_items,
        &n.unevaluated_items,
        false,
    );
    applicator(
        cx,
        o,
        n,
        "unevaluated-properties",
        &o.unevaluated_properties,
        &n.unevaluated_properties,
        false,
    );
    for (k, a) in &o.dependent_schemas {
        let b = n.dependent_schemas.get(k).cloned().unwrap_or_default();
        applicator(cx, o, n, "dependent-schemas", a, &b, false);
    }
    for (k, b) in &n.dependent_schemas {
        if !o.dependent_schemas.contains_key(k) {
            applicator(cx, o, n, "dependent-schemas", &Conj::new(), b, false);
        }
    }
    if !o.content_schema.is_empty() && !n.content_schema.is_empty() {
        let (a, b) = (o.content_schema.clone(), n.content_schema.clone());
        cx.at("{contentSchema}", |cx| cx.compare(a, b));
    }
    // prefixItems, position by position
    let (op, np) = (o.prefix_items, n.prefix_items);
    if op.is_empty() != np.is_empty() {
        let a: Conj = op.first().map(|x| vec![*x]).unwrap_or_default();
        let b: Conj = np.first().map(|x| vec![*x]).unwrap_or_default();
        applicator(cx, o, n, "prefix-items", &a, &b, false);
    } else {
        for i in 0..op.len().max(np.len()) {
            match (op.get(i), np.get(i)) {
                (Some(a), Some(b)) => {
                    let (a, b) = (flat::conj_of(cx.old, [*a]), flat::conj_of(cx.new, [*b]));
                    cx.at(&format!("[{i}]"), |cx| cx.compare(a, b));
                }
                (None, Some(_)) => {
                    let m = format!("prefixItems position {i} was added to {}", cx.here());
                    cx.emit_dir("prefix-items-added", m, &i.to_string(), o.loc, n.loc);
                }
                (Some(_), None) => {
                    let m = format!("prefixItems position {i} was removed from {}", cx.here());
                    cx.emit_dir("prefix-items-removed", m, &i.to_string(), o.loc, n.loc);
                }
                (None, None) => {}
            }
        }
    }
}
