//! Request bodies: existence, required-ness, media types.

use super::Reg;
use crate::model::{Direction::Request, Level::*};

use crate::engine::Cx;
use crate::flat;
use crate::model::Direction;
use crate::rules::examples;
use stipula_spec::{MediaType, Operation, RequestBody};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-body-added-required",
        Breaking,
        Request,
        "A required request body was added: requests without one fail.",
    )
    .rule(
        "request-body-added-optional",
        Info,
        Request,
        "An optional request body was added.",
    )
    .rule(
        "request-body-removed",
        Breaking,
        Request,
        "The request body was removed: clients still send one and the server no longer reads it.",
    )
    .rule(
        "request-body-became-required",
        Breaking,
        Request,
        "The request body became required: requests without one fail.",
    )
    .rule(
        "request-body-became-optional",
        Info,
        Request,
        "The request body became optional.",
    )
    .rule(
        "request-media-type-added",
        Info,
        Request,
        "The request body accepts a new media type.",
    )
    .rule(
        "request-media-type-removed",
        Breaking,
        Request,
        "A request media type is no longer accepted: clients sending it fail.",
    )
    .rule(
        "request-media-type-schema-added",
        Warning,
        Request,
        "A schema now constrains a request media type that had none.",
    )
    .rule(
        "request-media-type-schema-removed",
        Info,
        Request,
        "The schema of a request media type was removed (anything is accepted).",
    )
    .rule(
        "request-encoding-changed",
        Warning,
        Request,
        "The `encoding` of a form or multipart part changed (content type, style or explode).",
    );
}

/// `Application/JSON; charset=utf-8` → `application/json`.
pub(crate) fn encodings(m: &MediaType) -> crate::engine::Encodings {
    m.encoding
        .iter()
        .map(|(k, e)| (k.clone(), e.style, e.explode))
        .collect()
}

pub(crate) fn media_norm(m: &str) -> String {
    m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase()
}

pub(crate) fn media_covers(range: &str, m: &str) -> bool {
    let (r, m) = (media_norm(range), media_norm(m));
    if r == "*/*" {
        return true;
    }
    match r.strip_suffix("/*") {
        Some(prefix) => m.split('/').next() == Some(prefix),
        None => r == m,
    }
}

/// Match media types: the same text first, then the same type without its parameters
/// (each revision media type taken once while another is left: Datadog's
/// `application/json` and `application/json;simple` each pair with themselves), then a
/// range on the other side.
pub(crate) fn match_media<'a>(
    old: &'a [MediaType],
    new: &'a [MediaType],
) -> Vec<(Option<&'a MediaType>, Option<&'a MediaType>)> {
    let mut out = Vec::new();
    let mut used = vec![false; new.len()];
    let same_text = |a: &str, b: &str| {
        let squeeze = |m: &str| m.to_ascii_lowercase().replace([' ', '\t'], "");
        squeeze(a) == squeeze(b)
    };
    // the exact pairs first, so a parameterized sibling cannot take an exact match's place
    let mut pre: Vec<Option<usize>> = vec![None; old.len()];
    for (j, o) in old.iter().enumerate() {
        if let Some(i) =
            (0..new.len()).find(|i| !used[*i] && same_text(&new[*i].media_type, &o.media_type))
        {
            used[i] = true;
            pre[j] = Some(i);
        }
    }
    for (j, o) in old.iter().enumerate() {
        let norm = media_norm(&o.media_type);
        let idx = pre[j].or_else(|| {
            (0..new.len())
                .find(|i| !used[*i] && media_norm(&new[*i].media_type) == norm)
                .or_else(|| new.iter().position(|n| media_norm(&n.media_type) == norm))
                .or_else(|| {
                    new.iter()
                        .position(|n| media_covers(&n.media_type, &o.media_type))
                })
        });
        match idx {
            Some(i) => {
                used[i] = true;
                out.push((Some(o), Some(&new[i])));
            }
            None => out.push((Some(o), None)),
        }
    }
    for (i, n) in new.iter().enumerate() {
        if !used[i]
            && !old
                .iter()
                .any(|o| media_covers(&o.media_type, &n.media_type))
        {
            out.push((None, Some(n)));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn request_body(
    cx: &mut Cx,
    o: Option<&RequestBody>,
    n: Option<&RequestBody>,
    oop: &Operation,
    nop: &Operation,
    dir: Direction,
    prefix: &str,
) {
    cx.section = format!("{prefix}request body");
    cx.path.clear();
    let (o, n) = match (o, n) {
        (None, None) => return,
        (None, Some(n)) => {
            let (id, what) = if n.required {
                ("request-body-added-required", "a required")
            } else {
                ("request-body-added-optional", "an optional")
            };
            cx.emit(
                id,
                format!("{what} request body was added"),
                "",
                Some(&oop.loc),
                Some(&n.loc),
            );
            return;
        }
        (Some(o), None) => {
            cx.emit(
                "request-body-removed",
                "the request body was removed".into(),
                "",
                Some(&o.loc),
                Some(&nop.loc),
            );
            return;
        }
        (Some(o), Some(n)) => (o, n),
    };
    if !o.required && n.required {
        cx.emit(
            "request-body-became-required",
            "the request body became required".into(),
            "",
            Some(&o.loc),
            Some(&n.loc),
        );
    } else if o.required && !n.required {
        cx.emit(
            "request-body-became-optional",
            "the request body became optional".into(),
            "",
            Some(&o.loc),
            Some(&n.loc),
        );
    }
    for (om, nm) in match_media(&o.content, &n.content) {
        let mt = nm.or(om).map(|m| m.media_type.as_str()).unwrap_or("");
        cx.section = format!("{prefix}request body {mt}");
        cx.path.clear();
        match (om, nm) {
            (Some(om), None) => cx.emit(
                "request-media-type-removed",
                format!("the request body no longer accepts {}", om.media_type),
                &om.media_type,
                Some(&om.loc),
                Some(&n.loc),
            ),
            (None, Some(nm)) => cx.emit(
                "request-media-type-added",
                format!("the request body now accepts {}", nm.media_type),
                &nm.media_type,
                Some(&o.loc),
                Some(&nm.loc),
            ),
            (Some(om), Some(nm)) => {
                media_schema(cx, om, nm, dir, true);
                encoding(cx, om, nm);
            }
            (None, None) => {}
        }
    }
}

pub(crate) fn encoding(cx: &mut Cx, o: &MediaType, n: &MediaType) {
    for (prop, oe) in &o.encoding {
        let Some(ne) = n.encoding.get(prop) else {
            continue;
        };
        let mut what = Vec::new();
        if oe.content_type != ne.content_type {
            what.push(format!(
                "contentType {} → {}",
                oe.content_type.as_deref().unwrap_or("default"),
                ne.content_type.as_deref().unwrap_or("default")
            ));
        }
        if oe.style != ne.style {
            what.push("style".to_string());
        }
        if oe.explode != ne.explode {
            what.push("explode".to_string());
        }
        if oe.allow_reserved && !ne.allow_reserved {
            what.push("allowReserved removed".to_string());
        }
        for nh in &ne.headers {
            let before = oe
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(&nh.name));
            if nh.required && !before.is_some_and(|h| h.required) {
                what.push(format!("part header `{}` now required", nh.name));
            }
        }
        if !what.is_empty() {
            cx.emit(
                "request-encoding-changed",
                format!("encoding of part `{prop}` changed: {}", what.join(", ")),
                prop,
                Some(&o.loc),
                Some(&n.loc),
            );
        }
    }
}

pub(crate) fn media_schema(
    cx: &mut Cx,
    om: &MediaType,
    nm: &MediaType,
    dir: Direction,
    request: bool,
) {
    examples::check(cx, &cx.here(), &om.examples, &nm.examples, &om.loc, &nm.loc);
    let (a, b) = (om.schema.or(om.item_schema), nm.schema.or(nm.item_schema));
    match (a, b) {
        (None, Some(_)) => {
            let id = if request {
                "request-media-type-schema-added"
            } else {
                "response-media-type-schema-added"
            };
            cx.emit(
                id,
                format!("{} now has a schema", nm.media_type),
                "",
                Some(&om.loc),
                Some(&nm.loc),
            );
        }
        (Some(_), None) => {
            let id = if request {
                "request-media-type-schema-removed"
            } else {
                "response-media-type-schema-removed"
            };
            cx.emit(
                id,
                format!("{} no longer has a schema", nm.media_type),
                "",
                Some(&om.loc),
                Some(&nm.loc),
            );
        }
        (Some(a), Some(b)) => {
            let saved = cx.dir;
            cx.dir = dir;
            let (ca, cb) = (flat::conj_of(cx.old, [a]), flat::conj_of(cx.new, [b]));
            let media = media_norm(&nm.media_type);
            let urlencoded = media == "application/x-www-form-urlencoded";
            let multipart = media == "multipart/form-data";
            let saved_form = if request && dir == Direction::Request && (urlencoded || multipart) {
                cx.form.replace(crate::engine::Form {
                    root_depth: cx.depth(),
                    multipart,
                    old_enc: encodings(om),
                    new_enc: encodings(nm),
                    field: None,
                })
            } else {
                cx.form.take()
            };
            cx.compare_root(ca, cb);
            cx.form = saved_form;
            cx.dir = saved;
        }
        (None, None) => {}
    }
}
