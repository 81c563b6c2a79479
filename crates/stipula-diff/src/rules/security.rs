//! Security requirements of operations and security schemes.
//!
//! An operation's `security` is a list of alternatives; a client satisfies one of them.
//! Requiring authentication where none was needed breaks every anonymous client (oasdiff
//! reports this as info; it is breaking). A client holding the credentials of an old
//! alternative keeps working when some new alternative asks for a subset of them.

use super::Reg;
use crate::engine::Cx;
use crate::model::{Direction::None as NoDir, Level::*};
use stipula_spec::{Loc, SecurityRequirement, SecurityScheme, SecuritySchemeKind};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "security-scheme-deprecated",
        Info,
        NoDir,
        "A security scheme was deprecated (clients should move to another one).",
    );
    r.rule(
        "security-added",
        Breaking,
        NoDir,
        "An operation that allowed anonymous calls now requires authentication.",
    )
    .rule(
        "security-removed",
        Info,
        NoDir,
        "An operation now allows anonymous calls.",
    )
    .rule(
        "security-requirement-added",
        Info,
        NoDir,
        "A new way to authenticate an operation.",
    )
    .rule(
        "security-requirement-removed",
        Breaking,
        NoDir,
        "A way to authenticate an operation was removed and no remaining one asks for less.",
    )
    .rule(
        "security-scope-added",
        Breaking,
        NoDir,
        "An operation needs more scopes: tokens without them fail.",
    )
    .rule(
        "security-scope-removed",
        Info,
        NoDir,
        "An operation needs fewer scopes.",
    )
    .rule(
        "security-scheme-added",
        Info,
        NoDir,
        "A security scheme was added to components.",
    )
    .rule(
        "security-scheme-removed",
        Info,
        NoDir,
        "A security scheme was removed from components (operations that used it are reported on their own).",
    )
    .rule(
        "security-scheme-changed",
        Breaking,
        NoDir,
        "A security scheme changed how credentials are sent (type, header or parameter name, HTTP scheme).",
    )
    .rule(
        "security-scheme-url-changed",
        Warning,
        NoDir,
        "An OAuth2 or OpenID Connect URL of a security scheme changed.",
    )
    .rule(
        "security-scheme-scope-removed",
        Warning,
        NoDir,
        "An OAuth2 flow no longer offers a scope.",
    );
}

fn anonymous(reqs: &[SecurityRequirement]) -> bool {
    reqs.is_empty() || reqs.iter().any(|r| r.0.is_empty())
}

fn show(r: &SecurityRequirement) -> String {
    r.0.iter()
        .map(|(k, v)| {
            if v.is_empty() {
                k.clone()
            } else {
                format!("{k}[{}]", v.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Can a client holding `held` satisfy `asked`? (every scheme present, every scope held)
fn satisfies(held: &SecurityRequirement, asked: &SecurityRequirement) -> bool {
    asked.0.iter().all(|(k, scopes)| {
        held.0
            .get(k)
            .is_some_and(|h| scopes.iter().all(|s| h.contains(s)))
    })
}

/// The same schemes with the same scopes (in any order).
fn same_requirement(a: &SecurityRequirement, b: &SecurityRequirement) -> bool {
    same_schemes(a, b)
        && a.0.iter().all(|(k, sa)| {
            b.0.get(k).is_some_and(|sb| {
                sa.iter().all(|x| sb.contains(x)) && sb.iter().all(|x| sa.contains(x))
            })
        })
}

fn same_schemes(a: &SecurityRequirement, b: &SecurityRequirement) -> bool {
    a.0.len() == b.0.len() && a.0.keys().all(|k| b.0.contains_key(k))
}

pub(crate) fn check_operation(
    cx: &mut Cx,
    old: &[SecurityRequirement],
    new: &[SecurityRequirement],
    old_loc: &Loc,
    new_loc: &Loc,
) {
    let (oa, na) = (anonymous(old), anonymous(new));
    if oa && !na {
        let m = format!(
            "the operation now requires authentication ({}); anonymous calls fail",
            new.iter().map(show).collect::<Vec<_>>().join(" or ")
        );
        cx.emit("security-added", m, "", Some(old_loc), Some(new_loc));
        return;
    }
    if !oa && na {
        cx.emit(
            "security-removed",
            "the operation no longer requires authentication".into(),
            "",
            Some(old_loc),
            Some(new_loc),
        );
        return;
    }
    for o in old.iter().filter(|r| !r.0.is_empty()) {
        // An alternative kept as it was is no change, even where siblings name the same
        // scheme with other scopes (Datadog: `AuthZ: [a]`, `AuthZ: [b]`, `AuthZ: [c]`); the
        // others pair with an alternative of the same schemes that no old one kept.
        if new.iter().any(|n| same_requirement(o, n)) {
            continue;
        }
        let counterpart = new
            .iter()
            .filter(|n| !old.iter().any(|x| same_requirement(x, n)))
            .find(|n| same_schemes(o, n))
            .or_else(|| new.iter().find(|n| same_schemes(o, n)));
        if let Some(n) = counterpart {
            for (k, scopes) in &n.0 {
                let held = o.0.get(k).cloned().unwrap_or_default();
                let added: Vec<&String> = scopes.iter().filter(|s| !held.contains(s)).collect();
                let removed: Vec<&String> = held.iter().filter(|s| !scopes.contains(s)).collect();
                if !added.is_empty() && !new.iter().any(|alt| satisfies(o, alt)) {
                    let list = added
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let m = format!("scheme `{k}` now also requires scope(s) {list}");
                    cx.emit(
                        "security-scope-added",
                        m,
                        &format!("{k}:{list}"),
                        Some(old_loc),
                        Some(new_loc),
                    );
                }
                if !removed.is_empty() {
                    let list = removed
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let m = format!("scheme `{k}` no longer requires scope(s) {list}");
                    cx.emit(
                        "security-scope-removed",
                        m,
                        &format!("{k}:{list}"),
                        Some(old_loc),
                        Some(new_loc),
                    );
                }
            }
        } else if !new.iter().any(|n| satisfies(o, n)) {
            let m = format!(
                "clients authenticating with {} can no longer call the operation",
                show(o)
            );
            cx.emit(
                "security-requirement-removed",
                m,
                &show(o),
                Some(old_loc),
                Some(new_loc),
            );
        }
    }
    for n in new.iter().filter(|r| !r.0.is_empty()) {
        if !old.iter().any(|o| same_schemes(o, n)) {
            let m = format!("the operation can now be called with {}", show(n));
            cx.emit(
                "security-requirement-added",
                m,
                &show(n),
                Some(old_loc),
                Some(new_loc),
            );
        }
    }
}

fn flows_urls(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(m) = v.as_object() {
        for (flow, body) in m {
            for key in ["authorizationUrl", "tokenUrl", "refreshUrl"] {
                if let Some(u) = body.get(key).and_then(|u| u.as_str()) {
                    out.push((format!("{flow}.{key}"), u.to_string()));
                }
            }
        }
    }
    out
}

fn flows_scopes(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(m) = v.as_object() {
        for (flow, body) in m {
            if let Some(s) = body.get("scopes").and_then(|s| s.as_object()) {
                for k in s.keys() {
                    out.push((flow.clone(), k.clone()));
                }
            }
        }
    }
    out
}

pub(crate) fn check_scheme(cx: &mut Cx, name: &str, o: &SecurityScheme, n: &SecurityScheme) {
    use SecuritySchemeKind as K;
    let changed = match (&o.kind, &n.kind) {
        (
            K::ApiKey {
                name: a,
                location: la,
            },
            K::ApiKey {
                name: b,
                location: lb,
            },
        ) => (a != b || la != lb).then(|| {
            format!(
                "API key moved from {} `{a}` to {} `{b}`",
                la.as_str(),
                lb.as_str()
            )
        }),
        (K::Http { scheme: a, .. }, K::Http { scheme: b, .. }) => {
            (a != b).then(|| format!("HTTP scheme changed from `{a}` to `{b}`"))
        }
        (K::OAuth2 { flows: a }, K::OAuth2 { flows: b }) => {
            let (ua, ub) = (flows_urls(a), flows_urls(b));
            for (k, u) in &ua {
                if let Some((_, v)) = ub.iter().find(|(kk, _)| kk == k)
                    && v != u
                {
                    let m = format!("`{name}`: {k} changed from {u} to {v}");
                    cx.emit(
                        "security-scheme-url-changed",
                        m,
                        k,
                        Some(&o.loc),
                        Some(&n.loc),
                    );
                }
            }
            let sb = flows_scopes(b);
            for (flow, s) in flows_scopes(a) {
                if !sb.iter().any(|(f, x)| *f == flow && *x == s) {
                    let m = format!("`{name}`: flow {flow} no longer offers scope `{s}`");
                    cx.emit(
                        "security-scheme-scope-removed",
                        m,
                        &format!("{flow}:{s}"),
                        Some(&o.loc),
                        Some(&n.loc),
                    );
                }
            }
            None
        }
        (K::OpenIdConnect { url: a }, K::OpenIdConnect { url: b }) => {
            if a != b {
                let m = format!("`{name}`: openIdConnectUrl changed from {a} to {b}");
                cx.emit(
                    "security-scheme-url-changed",
                    m,
                    "oidc",
                    Some(&o.loc),
                    Some(&n.loc),
                );
            }
            None
        }
        (K::MutualTls, K::MutualTls) => None,
        (K::Other { type_: a, .. }, K::Other { type_: b, .. }) => {
            (a != b).then(|| format!("type changed from `{a}` to `{b}`"))
        }
        (a, b) => Some(format!("type changed from {} to {}", kind(a), kind(b))),
    };
    if let Some(what) = changed {
        let m = format!("security scheme `{name}`: {what}");
        cx.emit(
            "security-scheme-changed",
            m,
            name,
            Some(&o.loc),
            Some(&n.loc),
        );
    }
}

fn kind(k: &SecuritySchemeKind) -> &str {
    match k {
        SecuritySchemeKind::ApiKey { .. } => "apiKey",
        SecuritySchemeKind::Http { .. } => "http",
        SecuritySchemeKind::OAuth2 { .. } => "oauth2",
        SecuritySchemeKind::OpenIdConnect { .. } => "openIdConnect",
        SecuritySchemeKind::MutualTls => "mutualTLS",
        SecuritySchemeKind::Other { type_, .. } => type_,
    }
}
