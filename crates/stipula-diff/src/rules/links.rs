//! Response links (`links` of a response): added, removed, changed.
//!
//! A link is a promise about runtime values: "the `id` in this response is a valid `petId`
//! for `getPet`". Removing or changing one changes no payload, so no client is *sure* to
//! fail (not breaking). But clients that chain calls on the promise, generated SDK helpers
//! that follow links and stateful test tools may now behave differently, and the spec
//! cannot tell whether the relationship itself ended or only its documentation: by the
//! level principle that is a **warning**. A new link promises more: info. A link's
//! `description` is documentation and its component name provenance; neither is compared.

use super::Reg;
use crate::engine::Cx;
use crate::model::{Direction::Response, Level::*};
use stipula_spec::{Link, Loc};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "response-link-added",
        Info,
        Response,
        "A response link was added: a new documented way to use a value of this response in another operation.",
    )
    .rule(
        "response-link-removed",
        Warning,
        Response,
        "A response link was removed: clients that follow it (SDK helpers, chained calls) lose a promise about runtime values; the spec cannot tell whether the relationship still holds.",
    )
    .rule(
        "response-link-changed",
        Warning,
        Response,
        "A response link now targets another operation, or maps other runtime values to its parameters, request body or server: clients that follow it send something else.",
    );
}

/// What differs between two links of the same name (empty when nothing that matters).
fn link_changes(o: &Link, n: &Link) -> Vec<String> {
    let mut what = Vec::new();
    let target = |l: &Link| {
        l.operation_id
            .clone()
            .map(|id| format!("operationId `{id}`"))
            .or_else(|| {
                l.operation_ref
                    .clone()
                    .map(|r| format!("operationRef `{r}`"))
            })
            .unwrap_or_else(|| "nothing".to_string())
    };
    if o.operation_id != n.operation_id || o.operation_ref != n.operation_ref {
        what.push(format!("target {} → {}", target(o), target(n)));
    }
    for (k, v) in &o.parameters {
        match n.parameters.get(k) {
            None => what.push(format!("parameter `{k}` no longer set")),
            Some(w) if w != v => what.push(format!("parameter `{k}`: {v} → {w}")),
            Some(_) => {}
        }
    }
    for k in n.parameters.keys() {
        if !o.parameters.contains_key(k) {
            what.push(format!("parameter `{k}` now set"));
        }
    }
    if o.request_body != n.request_body {
        what.push("requestBody".to_string());
    }
    let url = |l: &Link| l.server.as_ref().map(|s| s.url.clone());
    if url(o) != url(n)
        || o.server.as_ref().map(|s| &s.variables) != n.server.as_ref().map(|s| &s.variables)
    {
        what.push(format!(
            "server {} → {}",
            url(o).unwrap_or_else(|| "(the operation's)".into()),
            url(n).unwrap_or_else(|| "(the operation's)".into())
        ));
    }
    what
}

/// Compare the links of two matched responses (the caller sets the section).
pub(crate) fn check(cx: &mut Cx, o: &[Link], n: &[Link], o_resp: &Loc, n_resp: &Loc) {
    for ol in o {
        match n.iter().find(|l| l.name == ol.name) {
            None => {
                let m = format!("link `{}` was removed from {}", ol.name, cx.here());
                cx.emit(
                    "response-link-removed",
                    m,
                    &ol.name,
                    Some(&ol.loc),
                    Some(n_resp),
                );
            }
            Some(nl) => {
                let what = link_changes(ol, nl);
                if !what.is_empty() {
                    let m = format!(
                        "link `{}` of {} changed: {}",
                        ol.name,
                        cx.here(),
                        what.join("; ")
                    );
                    cx.emit(
                        "response-link-changed",
                        m,
                        &ol.name,
                        Some(&ol.loc),
                        Some(&nl.loc),
                    );
                }
            }
        }
    }
    for nl in n {
        if !o.iter().any(|l| l.name == nl.name) {
            let m = format!("new link `{}` in {}", nl.name, cx.here());
            cx.emit(
                "response-link-added",
                m,
                &nl.name,
                Some(o_resp),
                Some(&nl.loc),
            );
        }
    }
}
