//! The walk over two specs: operations matched by method and path shape, then parameters,
//! request bodies, responses, headers, security and callbacks; webhooks; API-wide items.

use crate::engine::{Cx, SinkKind, witness_applies};
use crate::flat::{self, Conj};
use crate::model::Direction;
use crate::rules::deprecation::{self};
use crate::rules::parameters::parameters;
use crate::rules::paths::{match_operations, normalize_path, path_version, without_version};
use crate::rules::request_body::request_body;
use crate::rules::responses::responses;
use crate::rules::security;
use crate::witness::{self, Outcome, WireSide};
use stipula_spec::{Loc, Operation, ParamLocation, ParamStyle, Server, Spec, Type};

pub(crate) fn run(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    match_operations(cx, &old.operations, &new.operations, false);
    match_operations(cx, &old.webhooks, &new.webhooks, true);
    api_wide(cx, old, new);
}

/// Compare two matched operations. `flip` is true for webhooks and callbacks, where the API
/// provider sends the request and the client answers.
pub(crate) fn compare_operation(
    cx: &mut Cx,
    o: &Operation,
    n: &Operation,
    flip: bool,
    prefix: &str,
) {
    cx.section = prefix.trim_end_matches(": ").to_string();
    cx.path.clear();
    let (req_dir, resp_dir) = if flip {
        (Direction::Response, Direction::Request)
    } else {
        (Direction::Request, Direction::Response)
    };
    // deprecation
    if !o.deprecated && n.deprecated {
        cx.emit(
            "endpoint-deprecated",
            "the operation was deprecated".into(),
            "",
            Some(&o.loc),
            Some(&n.loc),
        );
        deprecation::check_new_deprecation(
            cx,
            "the operation",
            n.extensions.get("x-sunset"),
            Some(&n.loc),
        );
    } else if o.deprecated && !n.deprecated {
        cx.emit(
            "endpoint-reactivated",
            "the operation is no longer deprecated".into(),
            "",
            Some(&o.loc),
            Some(&n.loc),
        );
    } else if o.deprecated && n.deprecated {
        deprecation::check_sunset_moved(
            cx,
            "the operation",
            o.extensions.get("x-sunset"),
            n.extensions.get("x-sunset"),
            Some(&o.loc),
            Some(&n.loc),
        );
    }
    deprecation::check_stability(
        cx,
        "the operation",
        o.extensions
            .get("x-stability-level")
            .and_then(|v| v.as_str()),
        n.extensions
            .get("x-stability-level")
            .and_then(|v| v.as_str()),
        Some(&o.loc),
        Some(&n.loc),
    );
    if o.path != n.path && normalize_path(&o.path) == normalize_path(&n.path) {
        cx.emit(
            "path-parameter-renamed",
            format!("path parameters renamed: `{}` is now `{}`", o.path, n.path),
            &n.path,
            Some(&o.loc),
            Some(&n.loc),
        );
    }
    match (&o.operation_id, &n.operation_id) {
        (Some(a), Some(b)) if a != b => cx.emit(
            "operation-id-changed",
            format!("operationId changed from `{a}` to `{b}`"),
            b,
            Some(&o.loc),
            Some(&n.loc),
        ),
        (None, Some(b)) => cx.emit(
            "operation-id-added",
            format!("operationId `{b}` added"),
            b,
            Some(&o.loc),
            Some(&n.loc),
        ),
        (Some(a), None) => cx.emit(
            "operation-id-removed",
            format!("operationId `{a}` removed"),
            a,
            Some(&o.loc),
            Some(&n.loc),
        ),
        _ => {}
    }
    if o.tags != n.tags {
        cx.emit(
            "operation-tags-changed",
            format!(
                "tags changed from [{}] to [{}]",
                o.tags.join(", "),
                n.tags.join(", ")
            ),
            &n.tags.join(","),
            Some(&o.loc),
            Some(&n.loc),
        );
    }
    if !flip {
        security::check_operation(cx, &o.security, &n.security, &o.loc, &n.loc);
        operation_servers(cx, o, n);
    }
    parameters(cx, o, n, req_dir, prefix);
    request_body(
        cx,
        o.request_body.as_ref(),
        n.request_body.as_ref(),
        o,
        n,
        req_dir,
        prefix,
    );
    responses(cx, o, n, resp_dir, prefix);
    callbacks(cx, o, n, flip, prefix);
}

pub(crate) fn schema_conj(spec: &Spec, id: Option<stipula_spec::SchemaId>) -> Conj {
    id.map(|i| flat::conj_of(spec, [i])).unwrap_or_default()
}

pub(crate) fn primitive(spec: &Spec, id: Option<stipula_spec::SchemaId>) -> bool {
    let Some(id) = id else { return false };
    let f = flat::flatten(spec, &flat::conj_of(spec, [id]));
    match f.effective_types() {
        Some(ts) => !ts.iter().any(|t| matches!(t, Type::Array | Type::Object)),
        None => false,
    }
}

pub(crate) fn header_side<'a>(spec: &'a Spec, h: &'a stipula_spec::Header) -> WireSide<'a> {
    WireSide {
        spec,
        schema: h.schema.into_iter().collect(),
        name: h.name.clone(),
        location: ParamLocation::Header,
        style: ParamStyle::Simple,
        explode: h.explode,
        required: h.required,
    }
}

/// Judge the findings of one parameter or header (`before..` in `sink`) by a search on the
/// wire: the sending side writes a value as text, the receiving side reads it back.
pub(crate) fn judge_wire(
    cx: &mut Cx,
    sink: usize,
    before: usize,
    o: &WireSide,
    n: &WireSide,
    dir: Direction,
) {
    cx.path.clear();
    let idx = cx.claim(sink, before, |id| {
        witness_applies(id) || id.contains("-style-changed") || id.contains("-explode-changed")
    });
    let differs = !o.schema.is_empty()
        && !n.schema.is_empty()
        && witness::differs(cx.old, cx.new, &o.schema, &n.schema, dir);
    if idx.is_empty() && !differs {
        return;
    }
    match witness::search_wire(&mut cx.lab, o, n, dir) {
        Outcome::NoneFound(note) | Outcome::Equivalent(note) => cx.lower_on_wire(sink, &idx, &note),
        out => {
            let locs = (
                o.schema.first().map(|i| cx.old.schema(*i).loc.clone()),
                n.schema.first().map(|i| cx.new.schema(*i).loc.clone()),
            );
            cx.apply(sink, &idx, out, |_| true, locs)
        }
    }
}

pub(crate) fn callbacks(cx: &mut Cx, o: &Operation, n: &Operation, flip: bool, prefix: &str) {
    for oc in &o.callbacks {
        match n.callbacks.iter().find(|c| c.name == oc.name) {
            None => {
                cx.section = format!("{prefix}callback {}", oc.name);
                cx.path.clear();
                cx.emit(
                    "callback-removed",
                    format!("callback `{}` was removed", oc.name),
                    &oc.name,
                    Some(&oc.loc),
                    Some(&n.loc),
                );
            }
            Some(nc) => {
                for cop in &oc.operations {
                    let hit = nc.operations.iter().find(|x| {
                        x.method == cop.method
                            && normalize_path(&x.path) == normalize_path(&cop.path)
                    });
                    let p = format!("{prefix}callback {} {} {}: ", oc.name, cop.method, cop.path);
                    match hit {
                        Some(ncop) => compare_operation(cx, cop, ncop, !flip, &p),
                        None => {
                            cx.section = p.trim_end_matches(": ").to_string();
                            cx.path.clear();
                            cx.emit(
                                "callback-removed",
                                format!(
                                    "callback `{}` no longer sends {} {}",
                                    oc.name, cop.method, cop.path
                                ),
                                &format!("{}:{}", oc.name, cop.path),
                                Some(&cop.loc),
                                Some(&nc.loc),
                            );
                        }
                    }
                }
                for ncop in &nc.operations {
                    if !oc.operations.iter().any(|x| {
                        x.method == ncop.method
                            && normalize_path(&x.path) == normalize_path(&ncop.path)
                    }) {
                        cx.section =
                            format!("{prefix}callback {} {} {}", nc.name, ncop.method, ncop.path);
                        cx.path.clear();
                        cx.emit(
                            "callback-added",
                            format!(
                                "callback `{}` now also sends {} {}",
                                nc.name, ncop.method, ncop.path
                            ),
                            &format!("{}:{}", nc.name, ncop.path),
                            Some(&oc.loc),
                            Some(&ncop.loc),
                        );
                    }
                }
            }
        }
    }
    for nc in &n.callbacks {
        if !o.callbacks.iter().any(|c| c.name == nc.name) {
            cx.section = format!("{prefix}callback {}", nc.name);
            cx.path.clear();
            cx.emit(
                "callback-added",
                format!("new callback `{}`", nc.name),
                &nc.name,
                Some(&o.loc),
                Some(&nc.loc),
            );
        }
    }
}

pub(crate) fn api_wide(cx: &mut Cx, old: &Spec, new: &Spec) {
    cx.cur = 0;
    debug_assert!(matches!(cx.sinks[0].kind, SinkKind::Api));
    cx.section.clear();
    cx.path.clear();
    for (name, os) in &old.security_schemes {
        match new.security_schemes.get(name) {
            Some(ns) => security::check_scheme(cx, name, os, ns),
            None => cx.emit(
                "security-scheme-removed",
                format!("security scheme `{name}` was removed"),
                name,
                Some(&os.loc),
                None,
            ),
        }
    }
    for (name, ns) in &new.security_schemes {
        if !old.security_schemes.contains_key(name) {
            cx.emit(
                "security-scheme-added",
                format!("security scheme `{name}` was added"),
                name,
                None,
                Some(&ns.loc),
            );
        }
    }
    if old.json_schema_dialect != new.json_schema_dialect {
        let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "the default".into());
        cx.emit(
            "json-schema-dialect-changed",
            format!(
                "jsonSchemaDialect changed from {} to {}",
                show(&old.json_schema_dialect),
                show(&new.json_schema_dialect)
            ),
            new.json_schema_dialect.as_deref().unwrap_or(""),
            Some(&old.info.loc),
            Some(&new.info.loc),
        );
    }
    for (name, os) in &old.security_schemes {
        if let Some(ns) = new.security_schemes.get(name)
            && !os.deprecated
            && ns.deprecated
        {
            cx.emit(
                "security-scheme-deprecated",
                format!("security scheme `{name}` was deprecated"),
                name,
                Some(&os.loc),
                Some(&ns.loc),
            );
        }
    }
    server_variables(cx, &old.servers, &new.servers);
    // servers; a version segment that moved up is a new major line
    let mut moved_to: Vec<&str> = Vec::new();
    for os in &old.servers {
        if new.servers.iter().any(|s| s.url == os.url) {
            continue;
        }
        let moved = path_version(&os.url).and_then(|(idx, ov)| {
            new.servers.iter().find_map(|s| {
                let (nidx, nv) = path_version(&s.url)?;
                (nidx == idx
                    && nv > ov
                    && without_version(&s.url, nidx) == without_version(&os.url, idx))
                .then_some((s, ov, nv))
            })
        });
        match moved {
            Some((s, ov, nv)) if cx.opts.match_path_version => {
                moved_to.push(&s.url);
                cx.emit(
                "path-version-changed",
                format!(
                    "the server URL moved from the v{ov} line to v{nv} ({} → {}): a new major API version",
                    os.url, s.url
                ),
                &format!("server v{ov}->v{nv}"),
                Some(&os.loc),
                Some(&s.loc),
            );
            }
            _ => cx.emit(
                "server-removed",
                format!("server `{}` was removed", os.url),
                &os.url,
                Some(&os.loc),
                None,
            ),
        }
    }
    for ns in &new.servers {
        if !old.servers.iter().any(|s| s.url == ns.url) && !moved_to.contains(&ns.url.as_str()) {
            cx.emit(
                "server-added",
                format!("server `{}` was added", ns.url),
                &ns.url,
                None,
                Some(&ns.loc),
            );
        }
    }
    for (name, id) in &old.schema_names {
        if !new.schema_names.contains_key(name) {
            cx.emit(
                "schema-component-removed",
                format!("schema `{name}` was removed from components"),
                name,
                Some(&old.schema(*id).loc),
                None,
            );
        }
    }
    for (name, id) in &new.schema_names {
        if !old.schema_names.contains_key(name) {
            cx.emit(
                "schema-component-added",
                format!("schema `{name}` was added to components"),
                name,
                None,
                Some(&new.schema(*id).loc),
            );
        }
    }
}

/// Variables of servers present on both sides (same URL template).
pub(crate) fn server_variables(cx: &mut Cx, olds: &[Server], news: &[Server]) {
    for os in olds {
        let Some(ns) = news.iter().find(|s| s.url == os.url) else {
            continue;
        };
        for (var, ov) in &os.variables {
            let Some(nv) = ns.variables.get(var) else {
                continue;
            };
            for val in &ov.enum_ {
                if !nv.enum_.is_empty() && !nv.enum_.contains(val) {
                    cx.emit(
                        "server-variable-enum-value-removed",
                        format!(
                            "server `{}`: variable `{var}` no longer offers `{val}`",
                            os.url
                        ),
                        &format!("{}:{var}:{val}", os.url),
                        Some(&os.loc),
                        Some(&ns.loc),
                    );
                }
            }
            if ov.default != nv.default {
                cx.emit(
                    "server-variable-default-changed",
                    format!(
                        "server `{}`: the default of `{var}` changed from `{}` to `{}`",
                        os.url, ov.default, nv.default
                    ),
                    &format!("{}:{var}", os.url),
                    Some(&os.loc),
                    Some(&ns.loc),
                );
            }
        }
    }
}

/// The servers an operation is reached on, when it (or its path) declares its own. Root
/// server changes are reported once, API-wide.
pub(crate) fn operation_servers(cx: &mut Cx, o: &Operation, n: &Operation) {
    // The loader fills in the root's servers where an operation has none of its own.
    let own = |op: &Operation, spec: &Spec| {
        !op.servers.is_empty()
            && !op
                .servers
                .iter()
                .map(|s| &s.url)
                .eq(spec.servers.iter().map(|s| &s.url))
    };
    let (oo, no) = (own(o, cx.old), own(n, cx.new));
    if !oo && !no {
        return;
    }
    let eff = |op: &'_ Operation, spec: &'_ Spec| -> Vec<(String, Loc)> {
        let list = if op.servers.is_empty() {
            &spec.servers
        } else {
            &op.servers
        };
        list.iter()
            .map(|s| (s.url.clone(), s.loc.clone()))
            .collect()
    };
    let (a, b) = (eff(o, cx.old), eff(n, cx.new));
    if a.iter().map(|x| &x.0).eq(b.iter().map(|x| &x.0)) {
        if oo && no {
            server_variables(cx, &o.servers, &n.servers);
        }
        return;
    }
    cx.section.clear();
    cx.path.clear();
    for (url, loc) in &a {
        if !b.iter().any(|(u, _)| u == url) {
            cx.emit(
                "operation-server-removed",
                format!("the operation is no longer served from `{url}`"),
                url,
                Some(loc),
                Some(&n.loc),
            );
        }
    }
    for (url, loc) in &b {
        if !a.iter().any(|(u, _)| u == url) {
            cx.emit(
                "operation-server-added",
                format!("the operation is now also served from `{url}`"),
                url,
                Some(&o.loc),
                Some(loc),
            );
        }
    }
    if oo && no {
        server_variables(cx, &o.servers, &n.servers);
    }
}
