//! The walk over two specs: operations matched by method and path shape, then parameters,
//! request bodies, responses, headers, security and callbacks; webhooks; API-wide items.

use crate::engine::{Cx, SinkKind, witness_applies};
use crate::flat::{self, Conj};
use crate::model::Direction;
use crate::rules::deprecation::{self, Removal};
use crate::rules::{examples, links, security};
use crate::witness::{self, Outcome, WireSide};
use std::collections::HashMap;
use stipula_spec::{
    Loc, MediaType, Method, Operation, ParamLocation, ParamStyle, Parameter, RequestBody, Response,
    Server, Spec, StatusKey, Type,
};

/// `/pets/{petId}` → `/pets/{}`: parameter names do not matter for matching.
pub(crate) fn normalize_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut in_brace = false;
    for c in p.chars() {
        match c {
            '{' => {
                in_brace = true;
                out.push('{');
            }
            '}' => {
                in_brace = false;
                out.push('}');
            }
            _ if in_brace => {}
            _ => out.push(c),
        }
    }
    out
}

/// The `vN` segment of a path: (segment index, N).
fn path_version(p: &str) -> Option<(usize, u64)> {
    p.split('/').enumerate().find_map(|(i, seg)| {
        let n = seg.strip_prefix('v').or_else(|| seg.strip_prefix('V'))?;
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n.parse().ok().map(|v| (i, v))
    })
}

fn without_version(p: &str, idx: usize) -> String {
    p.split('/')
        .enumerate()
        .map(|(i, s)| if i == idx { "{version}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

fn op_key(op: &Operation, webhook: bool) -> String {
    if webhook {
        format!("WEBHOOK {} {}", op.method, op.path)
    } else {
        op.key()
    }
}

pub(crate) fn run(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    match_operations(cx, &old.operations, &new.operations, false);
    match_operations(cx, &old.webhooks, &new.webhooks, true);
    api_wide(cx, old, new);
}

fn match_operations(cx: &mut Cx, olds: &[Operation], news: &[Operation], webhook: bool) {
    let key = |o: &Operation| (o.method.clone(), normalize_path(&o.path));
    let mut by_key: HashMap<(Method, String), usize> = HashMap::new();
    for (i, n) in news.iter().enumerate() {
        by_key.entry(key(n)).or_insert(i);
    }
    let mut used = vec![false; news.len()];
    let mut removed: Vec<&Operation> = Vec::new();
    let mut pairs: Vec<(&Operation, &Operation)> = Vec::new();
    for o in olds {
        match by_key.get(&key(o)) {
            Some(&i) if !used[i] => {
                used[i] = true;
                pairs.push((o, &news[i]));
            }
            _ => removed.push(o),
        }
    }
    // `/v1/...` → `/v2/...`: pair what moved to a new major line.
    let mut moves: Vec<(u64, u64, usize, &Operation)> = Vec::new();
    if cx.opts.match_path_version && !webhook {
        let mut added_by_shape: HashMap<(Method, String), Vec<(usize, u64)>> = HashMap::new();
        for (i, n) in news.iter().enumerate() {
            if used[i] {
                continue;
            }
            if let Some((idx, v)) = path_version(&n.path) {
                added_by_shape
                    .entry((
                        n.method.clone(),
                        without_version(&normalize_path(&n.path), idx),
                    ))
                    .or_default()
                    .push((i, v));
            }
        }
        let mut still_removed = Vec::new();
        for o in removed {
            let hit = path_version(&o.path).and_then(|(idx, ov)| {
                let k = (
                    o.method.clone(),
                    without_version(&normalize_path(&o.path), idx),
                );
                let cands = added_by_shape.get(&k)?;
                cands
                    .iter()
                    .filter(|(i, nv)| *nv > ov && !used[*i])
                    .min_by_key(|(_, nv)| *nv)
                    .map(|(i, nv)| (*i, ov, *nv))
            });
            match hit {
                Some((i, ov, nv)) => {
                    used[i] = true;
                    pairs.push((o, &news[i]));
                    moves.push((ov, nv, i, o));
                }
                None => still_removed.push(o),
            }
        }
        removed = still_removed;
    }
    let mut lines: Vec<(u64, u64, usize)> = Vec::new();
    for (ov, nv, _, _) in &moves {
        match lines.iter_mut().find(|(a, b, _)| a == ov && b == nv) {
            Some(l) => l.2 += 1,
            None => lines.push((*ov, *nv, 1)),
        }
    }
    for (ov, nv, count) in lines {
        let first = moves
            .iter()
            .find(|(a, b, _, _)| *a == ov && *b == nv)
            .map(|(_, _, i, o)| (&news[*i].loc, &o.loc));
        let m = format!(
            "{count} operation(s) moved from the /v{ov} line to /v{nv}: a new major API version; clients of /v{ov} must migrate (the moved operations are compared below)"
        );
        let saved = std::mem::replace(&mut cx.cur, 0);
        cx.section.clear();
        cx.path.clear();
        cx.emit(
            "path-version-changed",
            m,
            &format!("v{ov}->v{nv}"),
            first.map(|f| f.1),
            first.map(|f| f.0),
        );
        cx.cur = saved;
    }
    for (o, n) in pairs {
        let prev = cx.enter_operation(op_key(n, webhook));
        compare_operation(cx, o, n, webhook, "");
        cx.cur = prev;
    }
    for o in removed {
        let prev = cx.enter_operation(op_key(o, webhook));
        cx.section.clear();
        cx.path.clear();
        let what = if webhook { "webhook" } else { "operation" };
        // where it would have been in the revision: its path item, if the path is still there
        let there = cx.new.paths.get(&o.path).map(|p| &p.loc);
        match deprecation::removal(cx, o.deprecated, o.extensions.get("x-sunset")) {
            Removal::BeforeSunset(d) => cx.emit(
                "endpoint-removed-before-sunset",
                format!("the deprecated {what} was removed before its sunset date {d}"),
                "",
                Some(&o.loc),
                there,
            ),
            Removal::AfterDeprecation => cx.emit(
                "endpoint-removed-after-deprecation",
                format!("the deprecated {what} was removed"),
                "",
                Some(&o.loc),
                there,
            ),
            Removal::NotDeprecated => {
                let id = if webhook {
                    "webhook-removed"
                } else {
                    "endpoint-removed"
                };
                cx.emit(
                    id,
                    format!("the {what} was removed without being deprecated first"),
                    "",
                    Some(&o.loc),
                    there,
                );
            }
        }
        cx.cur = prev;
    }
    for (i, n) in news.iter().enumerate() {
        if used[i] {
            continue;
        }
        let prev = cx.enter_operation(op_key(n, webhook));
        cx.section.clear();
        cx.path.clear();
        let (id, what) = if webhook {
            ("webhook-added", "webhook")
        } else {
            ("endpoint-added", "operation")
        };
        let was = cx.old.paths.get(&n.path).map(|p| &p.loc);
        cx.emit(id, format!("new {what}"), "", was, Some(&n.loc));
        cx.cur = prev;
    }
}

/// Compare two matched operations. `flip` is true for webhooks and callbacks, where the API
/// provider sends the request and the client answers.
fn compare_operation(cx: &mut Cx, o: &Operation, n: &Operation, flip: bool, prefix: &str) {
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

fn param_key(op: &Operation, p: &Parameter) -> (ParamLocation, String) {
    match p.location {
        ParamLocation::Path => {
            let needle = format!("{{{}}}", p.name);
            let names: Vec<&str> = op
                .path
                .split('{')
                .skip(1)
                .filter_map(|s| s.split('}').next())
                .collect();
            match names.iter().position(|x| format!("{{{x}}}") == needle) {
                Some(i) => (ParamLocation::Path, format!("#{i}")),
                None => {
                    // A name the template does not use (an invalid spec: `{id}` in the
                    // path, `testId` declared): the n-th path parameter fills the n-th slot.
                    let nth = op
                        .parameters
                        .iter()
                        .filter(|q| q.location == ParamLocation::Path)
                        .position(|q| std::ptr::eq(q, p));
                    match nth {
                        Some(i) if i < names.len() => (ParamLocation::Path, format!("#{i}")),
                        _ => (ParamLocation::Path, p.name.clone()),
                    }
                }
            }
        }
        ParamLocation::Header => (ParamLocation::Header, p.name.to_ascii_lowercase()),
        l => (l, p.name.clone()),
    }
}

fn schema_conj(spec: &Spec, id: Option<stipula_spec::SchemaId>) -> Conj {
    id.map(|i| flat::conj_of(spec, [i])).unwrap_or_default()
}

fn primitive(spec: &Spec, id: Option<stipula_spec::SchemaId>) -> bool {
    let Some(id) = id else { return false };
    let f = flat::flatten(spec, &flat::conj_of(spec, [id]));
    match f.effective_types() {
        Some(ts) => !ts.iter().any(|t| matches!(t, Type::Array | Type::Object)),
        None => false,
    }
}

fn parameters(cx: &mut Cx, o: &Operation, n: &Operation, dir: Direction, prefix: &str) {
    let nkeys: Vec<(ParamLocation, String)> =
        n.parameters.iter().map(|p| param_key(n, p)).collect();
    let okeys: Vec<(ParamLocation, String)> =
        o.parameters.iter().map(|p| param_key(o, p)).collect();
    for (op, ok) in o.parameters.iter().zip(&okeys) {
        let section = format!("{prefix}parameter {} {}", op.location.as_str(), op.name);
        cx.section = section;
        cx.path.clear();
        match nkeys.iter().position(|k| k == ok) {
            Some(i) => compare_parameter(cx, op, &n.parameters[i], dir),
            None => {
                let moved = n.parameters.iter().find(|np| {
                    np.name.eq_ignore_ascii_case(&op.name) && np.location != op.location
                });
                if let Some(np) = moved {
                    cx.emit(
                        "request-parameter-moved",
                        format!(
                            "parameter `{}` moved from {} to {}",
                            op.name,
                            op.location.as_str(),
                            np.location.as_str()
                        ),
                        np.location.as_str(),
                        Some(&op.loc),
                        Some(&np.loc),
                    );
                    continue;
                }
                match deprecation::removal(cx, op.deprecated, op.extensions.get("x-sunset")) {
                    Removal::BeforeSunset(d) => cx.emit(
                        "request-parameter-removed-before-sunset",
                        format!(
                            "deprecated {} parameter `{}` was removed before its sunset date {d}",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                    Removal::AfterDeprecation => cx.emit(
                        "request-parameter-removed-after-deprecation",
                        format!(
                            "deprecated {} parameter `{}` was removed",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                    Removal::NotDeprecated => cx.emit(
                        "request-parameter-removed",
                        format!(
                            "{} parameter `{}` was removed without being deprecated first",
                            op.location.as_str(),
                            op.name
                        ),
                        "",
                        Some(&op.loc),
                        Some(&n.loc),
                    ),
                }
            }
        }
    }
    for (np, nk) in n.parameters.iter().zip(&nkeys) {
        if okeys.contains(nk)
            || o.parameters
                .iter()
                .any(|op| op.name.eq_ignore_ascii_case(&np.name) && op.location != np.location)
        {
            continue;
        }
        cx.section = format!("{prefix}parameter {} {}", np.location.as_str(), np.name);
        cx.path.clear();
        if np.required {
            cx.emit(
                "request-parameter-added-required",
                format!(
                    "new required {} parameter `{}`",
                    np.location.as_str(),
                    np.name
                ),
                "",
                Some(&o.loc),
                Some(&np.loc),
            );
        } else {
            cx.emit(
                "request-parameter-added-optional",
                format!(
                    "new optional {} parameter `{}`",
                    np.location.as_str(),
                    np.name
                ),
                "",
                Some(&o.loc),
                Some(&np.loc),
            );
        }
    }
}

fn compare_parameter(cx: &mut Cx, o: &Parameter, n: &Parameter, dir: Direction) {
    let sink = cx.cur;
    let before = cx.sinks[sink].findings.len();
    compare_parameter_rules(cx, o, n, dir);
    if o.schema.is_none() || n.schema.is_none() {
        return;
    }
    let saved = cx.dir;
    cx.dir = dir;
    judge_wire(
        cx,
        sink,
        before,
        &param_side(cx.old, o),
        &param_side(cx.new, n),
        dir,
    );
    cx.dir = saved;
}

fn param_side<'a>(spec: &'a Spec, p: &'a Parameter) -> WireSide<'a> {
    WireSide {
        spec,
        schema: p.schema.into_iter().collect(),
        name: p.name.clone(),
        location: p.location,
        style: p.style,
        explode: p.explode,
        required: p.required || p.location == ParamLocation::Path,
    }
}

fn header_side<'a>(spec: &'a Spec, h: &'a stipula_spec::Header) -> WireSide<'a> {
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
fn judge_wire(cx: &mut Cx, sink: usize, before: usize, o: &WireSide, n: &WireSide, dir: Direction) {
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
    match witness::search_wire(o, n, dir) {
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

fn compare_parameter_rules(cx: &mut Cx, o: &Parameter, n: &Parameter, dir: Direction) {
    let name = &n.name;
    let (ol, nl) = (Some(&o.loc), Some(&n.loc));
    if !o.required && n.required {
        cx.emit(
            "request-parameter-became-required",
            format!("parameter `{name}` became required"),
            "",
            ol,
            nl,
        );
    } else if o.required && !n.required {
        cx.emit(
            "request-parameter-became-optional",
            format!("parameter `{name}` became optional"),
            "",
            ol,
            nl,
        );
    }
    if !o.deprecated && n.deprecated {
        cx.emit(
            "request-parameter-deprecated",
            format!("parameter `{name}` was deprecated"),
            "",
            ol,
            nl,
        );
        deprecation::check_new_deprecation(
            cx,
            &format!("parameter `{name}`"),
            n.extensions.get("x-sunset"),
            nl,
        );
    } else if o.deprecated && n.deprecated {
        deprecation::check_sunset_moved(
            cx,
            &format!("parameter `{name}`"),
            o.extensions.get("x-sunset"),
            n.extensions.get("x-sunset"),
            ol,
            nl,
        );
    } else if o.deprecated && !n.deprecated {
        cx.emit(
            "request-parameter-reactivated",
            format!("parameter `{name}` is no longer deprecated"),
            "",
            ol,
            nl,
        );
    }
    let simple_query = matches!(o.location, ParamLocation::Query | ParamLocation::Cookie)
        && primitive(cx.old, o.schema)
        && primitive(cx.new, n.schema);
    if o.style != n.style && !simple_query {
        cx.emit(
            "request-parameter-style-changed",
            format!(
                "style of parameter `{name}` changed from {} to {}",
                o.style.as_str(),
                n.style.as_str()
            ),
            n.style.as_str(),
            ol,
            nl,
        );
    }
    let explode_matters = !primitive(cx.old, o.schema) || o.style == ParamStyle::DeepObject;
    if o.explode != n.explode && explode_matters && o.schema.is_some() {
        cx.emit(
            "request-parameter-explode-changed",
            format!(
                "explode of parameter `{name}` changed from {} to {}",
                o.explode, n.explode
            ),
            "",
            ol,
            nl,
        );
    }
    if o.allow_reserved && !n.allow_reserved {
        cx.emit(
            "request-parameter-allow-reserved-removed",
            format!("parameter `{name}` no longer allows reserved characters unencoded"),
            "",
            ol,
            nl,
        );
    }
    if o.allow_empty_value && !n.allow_empty_value {
        cx.emit(
            "request-parameter-allow-empty-value-removed",
            format!("parameter `{name}` no longer allows an empty value"),
            "",
            ol,
            nl,
        );
    }
    examples::check(
        cx,
        &format!("parameter `{name}`"),
        &o.examples,
        &n.examples,
        &o.loc,
        &n.loc,
    );
    let saved = cx.dir;
    cx.dir = dir;
    cx.wire_depth += 1;
    cx.compare(schema_conj(cx.old, o.schema), schema_conj(cx.new, n.schema));
    cx.wire_depth -= 1;
    if let (Some(om), Some(nm)) = (o.content.first(), n.content.first()) {
        examples::check(
            cx,
            &format!("parameter `{name}`"),
            &om.examples,
            &nm.examples,
            &om.loc,
            &nm.loc,
        );
        if media_norm(&om.media_type) != media_norm(&nm.media_type) {
            cx.emit(
                "request-parameter-media-type-changed",
                format!(
                    "parameter `{name}` is now encoded as {} instead of {}",
                    nm.media_type, om.media_type
                ),
                &nm.media_type,
                ol,
                nl,
            );
        } else {
            cx.compare(
                schema_conj(cx.old, om.schema),
                schema_conj(cx.new, nm.schema),
            );
        }
    }
    cx.dir = saved;
}

/// `Application/JSON; charset=utf-8` → `application/json`.
fn encodings(m: &MediaType) -> crate::engine::Encodings {
    m.encoding
        .iter()
        .map(|(k, e)| (k.clone(), e.style, e.explode))
        .collect()
}

fn media_norm(m: &str) -> String {
    m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase()
}

fn media_covers(range: &str, m: &str) -> bool {
    let (r, m) = (media_norm(range), media_norm(m));
    if r == "*/*" {
        return true;
    }
    match r.strip_suffix("/*") {
        Some(prefix) => m.split('/').next() == Some(prefix),
        None => r == m,
    }
}

/// Match media types: exact (normalized) first, then a range on the other side.
fn match_media<'a>(
    old: &'a [MediaType],
    new: &'a [MediaType],
) -> Vec<(Option<&'a MediaType>, Option<&'a MediaType>)> {
    let mut out = Vec::new();
    let mut used = vec![false; new.len()];
    for o in old {
        let exact = new
            .iter()
            .position(|n| media_norm(&n.media_type) == media_norm(&o.media_type));
        let idx = exact.or_else(|| {
            new.iter()
                .position(|n| media_covers(&n.media_type, &o.media_type))
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
fn request_body(
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

fn encoding(cx: &mut Cx, o: &MediaType, n: &MediaType) {
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

fn media_schema(cx: &mut Cx, om: &MediaType, nm: &MediaType, dir: Direction, request: bool) {
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

fn find_response(rs: &[Response], key: StatusKey) -> Option<&Response> {
    rs.iter().find(|r| r.status == key).or_else(|| match key {
        StatusKey::Code(c) => rs
            .iter()
            .find(|r| matches!(r.status, StatusKey::Range(_)) && r.status.matches(c)),
        _ => None,
    })
}

fn responses(cx: &mut Cx, o: &Operation, n: &Operation, dir: Direction, prefix: &str) {
    for or in &o.responses {
        cx.section = format!("{prefix}response {}", or.status);
        cx.path.clear();
        match find_response(&n.responses, or.status) {
            Some(nr) => compare_response(cx, or, nr, dir, prefix),
            None => {
                // an exact code replaced by a range that covers it is the same response
                let covered = match or.status {
                    StatusKey::Range(d) => n.responses.iter().find(
                        |r| matches!(r.status, StatusKey::Code(c) if c / 100 == u16::from(d)),
                    ),
                    _ => None,
                };
                if let Some(nr) = covered {
                    compare_response(cx, or, nr, dir, prefix);
                    continue;
                }
                let (id, what) = if or.status.is_success() {
                    ("response-success-status-removed", "success")
                } else {
                    ("response-error-status-removed", "error")
                };
                cx.emit(
                    id,
                    format!("{what} response {} was removed", or.status),
                    &or.status.to_string(),
                    Some(&or.loc),
                    Some(&n.loc),
                );
            }
        }
    }
    for nr in &n.responses {
        let existed = o.responses.iter().any(|r| r.status == nr.status)
            || match nr.status {
                StatusKey::Range(d) => o
                    .responses
                    .iter()
                    .any(|r| matches!(r.status, StatusKey::Code(c) if c / 100 == u16::from(d))),
                StatusKey::Code(c) => o
                    .responses
                    .iter()
                    .any(|r| matches!(r.status, StatusKey::Range(_)) && r.status.matches(c)),
                StatusKey::Default => false,
            };
        if existed {
            continue;
        }
        cx.section = format!("{prefix}response {}", nr.status);
        cx.path.clear();
        let (id, what) = if nr.status.is_success() {
            ("response-success-status-added", "success")
        } else {
            ("response-error-status-added", "error")
        };
        cx.emit(
            id,
            format!("new {what} response {}", nr.status),
            &nr.status.to_string(),
            Some(&o.loc),
            Some(&nr.loc),
        );
    }
}

fn compare_response(cx: &mut Cx, o: &Response, n: &Response, dir: Direction, prefix: &str) {
    let status = n.status;
    // headers
    for oh in &o.headers {
        cx.section = format!("{prefix}response {status} header {}", oh.name);
        cx.path.clear();
        match n
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(&oh.name))
        {
            None => {
                let id = if oh.required {
                    "response-required-header-removed"
                } else {
                    "response-optional-header-removed"
                };
                cx.emit(
                    id,
                    format!("response header `{}` was removed", oh.name),
                    "",
                    Some(&oh.loc),
                    Some(&n.loc),
                );
            }
            Some(nh) => {
                if oh.required && !nh.required {
                    cx.emit(
                        "response-header-became-optional",
                        format!("response header `{}` is no longer always sent", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                } else if !oh.required && nh.required {
                    cx.emit(
                        "response-header-became-required",
                        format!("response header `{}` is now always sent", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                if !oh.deprecated && nh.deprecated {
                    cx.emit(
                        "response-header-deprecated",
                        format!("response header `{}` was deprecated", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                let omt = oh.content.first().map(|m| media_norm(&m.media_type));
                let nmt = nh.content.first().map(|m| media_norm(&m.media_type));
                let mut how = Vec::new();
                if oh.explode != nh.explode && !primitive(cx.old, oh.schema) && oh.schema.is_some()
                {
                    how.push(format!("explode {} → {}", oh.explode, nh.explode));
                }
                if let (Some(a), Some(b)) = (&omt, &nmt)
                    && a != b
                {
                    how.push(format!("content {a} → {b}"));
                }
                if !how.is_empty() {
                    cx.emit(
                        "response-header-serialization-changed",
                        format!(
                            "response header `{}` is serialized differently: {}",
                            oh.name,
                            how.join(", ")
                        ),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                examples::check(
                    cx,
                    &format!("response header `{}`", oh.name),
                    &oh.examples,
                    &nh.examples,
                    &oh.loc,
                    &nh.loc,
                );
                let saved = cx.dir;
                cx.dir = dir;
                let sa = oh
                    .schema
                    .or_else(|| oh.content.first().and_then(|m| m.schema));
                let sb = nh
                    .schema
                    .or_else(|| nh.content.first().and_then(|m| m.schema));
                let sink = cx.cur;
                let before = cx.sinks[sink].findings.len();
                let as_text = oh.schema.is_some() && nh.schema.is_some();
                if as_text {
                    cx.wire_depth += 1;
                }
                cx.compare(schema_conj(cx.old, sa), schema_conj(cx.new, sb));
                if as_text {
                    cx.wire_depth -= 1;
                    let (a, b) = (header_side(cx.old, oh), header_side(cx.new, nh));
                    judge_wire(cx, sink, before, &a, &b, dir);
                }
                cx.dir = saved;
            }
        }
    }
    for nh in &n.headers {
        if !o
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case(&nh.name))
        {
            cx.section = format!("{prefix}response {status} header {}", nh.name);
            cx.path.clear();
            cx.emit(
                "response-header-added",
                format!("new response header `{}`", nh.name),
                "",
                Some(&o.loc),
                Some(&nh.loc),
            );
        }
    }
    cx.section = format!("{prefix}response {status}");
    cx.path.clear();
    links::check(cx, &o.links, &n.links, &o.loc, &n.loc);
    for (om, nm) in match_media(&o.content, &n.content) {
        let mt = nm.or(om).map(|m| m.media_type.as_str()).unwrap_or("");
        cx.section = format!("{prefix}response {status} {mt}");
        cx.path.clear();
        match (om, nm) {
            (Some(om), None) => cx.emit(
                "response-media-type-removed",
                format!(
                    "response {status} is no longer returned as {}",
                    om.media_type
                ),
                &om.media_type,
                Some(&om.loc),
                Some(&n.loc),
            ),
            (None, Some(nm)) => cx.emit(
                "response-media-type-added",
                format!("response {status} can now be returned as {}", nm.media_type),
                &nm.media_type,
                Some(&o.loc),
                Some(&nm.loc),
            ),
            (Some(om), Some(nm)) => media_schema(cx, om, nm, dir, false),
            (None, None) => {}
        }
    }
}

fn callbacks(cx: &mut Cx, o: &Operation, n: &Operation, flip: bool, prefix: &str) {
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

fn api_wide(cx: &mut Cx, old: &Spec, new: &Spec) {
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
fn server_variables(cx: &mut Cx, olds: &[Server], news: &[Server]) {
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
fn operation_servers(cx: &mut Cx, o: &Operation, n: &Operation) {
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
