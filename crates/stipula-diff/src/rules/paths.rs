//! Operations, webhooks, callbacks, path-version moves, operation ids, servers, components.

use super::Reg;
use crate::model::{Direction::None as NoDir, Level::*};

use crate::engine::Cx;
use crate::rules::deprecation::{self, Removal};
use crate::walk::compare_operation;
use std::collections::HashMap;
use stipula_spec::{Method, Operation};

pub(crate) fn rules(r: &mut Reg) {
    r.rule("endpoint-added", Info, NoDir, "A new operation.")
        .rule(
            "endpoint-removed",
            Breaking,
            NoDir,
            "An operation that was not deprecated was removed: clients calling it fail.",
        )
        .rule("webhook-added", Info, NoDir, "A new webhook.")
        .rule(
            "webhook-removed",
            Breaking,
            NoDir,
            "A webhook was removed: subscribers stop receiving it.",
        )
        .rule(
            "callback-added",
            Info,
            NoDir,
            "A new callback on an operation.",
        )
        .rule(
            "callback-removed",
            Breaking,
            NoDir,
            "A callback was removed: clients waiting for it never get it.",
        )
        .rule(
            "path-version-changed",
            Breaking,
            NoDir,
            "The operations moved to a new major API line (`/v1/...` to `/v2/...`): a new major version; clients of the old line must migrate. The moved operations are compared with their old selves.",
        )
        .rule(
            "path-parameter-renamed",
            Info,
            NoDir,
            "A path parameter was renamed (`/pets/{id}` to `/pets/{petId}`): the URL is the same.",
        )
        .rule(
            "operation-id-changed",
            Warning,
            NoDir,
            "The operationId changed: generated clients rename the method.",
        )
        .rule(
            "operation-id-added",
            Info,
            NoDir,
            "An operationId was added.",
        )
        .rule(
            "operation-id-removed",
            Warning,
            NoDir,
            "The operationId was removed: generated clients rename the method.",
        )
        .rule(
            "operation-tags-changed",
            Info,
            NoDir,
            "The tags of an operation changed (generated clients may group it differently).",
        )
        .rule(
            "server-removed",
            Warning,
            NoDir,
            "A server URL was removed: clients configured with it may stop working.",
        )
        .rule("server-added", Info, NoDir, "A server URL was added.")
        .rule(
            "operation-server-removed",
            Warning,
            NoDir,
            "A server URL the operation was served from (its own `servers`, else its path's, else the root's) is gone for this operation: clients configured with it may stop working.",
        )
        .rule(
            "operation-server-added",
            Info,
            NoDir,
            "The operation can be reached on a new server URL.",
        )
        .rule(
            "server-variable-enum-value-removed",
            Warning,
            NoDir,
            "A server variable no longer offers a value: clients that substitute it reach a host the API no longer documents.",
        )
        .rule(
            "server-variable-default-changed",
            Warning,
            NoDir,
            "A server variable's default changed: clients that rely on the default now talk to another host.",
        )
        .rule(
            "schema-component-added",
            Info,
            NoDir,
            "A schema was added to components. Only a patch bump: a schema is part of the contract where an operation uses it, and what a new use adds (an operation, a property, a body) is reported and bumped there; a schema moved out of an operation into components (`$ref` extracted) changes nothing a client sends or reads.",
        )
        .patch()
        .rule(
            "schema-component-removed",
            Info,
            NoDir,
            "A schema was removed from components (no operation uses it any more, or changes through it are reported where it was used).",
        );
}

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
pub(crate) fn path_version(p: &str) -> Option<(usize, u64)> {
    p.split('/').enumerate().find_map(|(i, seg)| {
        let n = seg.strip_prefix('v').or_else(|| seg.strip_prefix('V'))?;
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n.parse().ok().map(|v| (i, v))
    })
}

pub(crate) fn without_version(p: &str, idx: usize) -> String {
    p.split('/')
        .enumerate()
        .map(|(i, s)| if i == idx { "{version}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

pub(crate) fn op_key(op: &Operation, webhook: bool) -> String {
    if webhook {
        format!("WEBHOOK {} {}", op.method, op.path)
    } else {
        op.key()
    }
}

pub(crate) fn match_operations(cx: &mut Cx, olds: &[Operation], news: &[Operation], webhook: bool) {
    // The same path first; then the same path up to parameter names (`{id}` -> `{petId}`),
    // each revision operation paired once. Specs that hold two paths differing only in
    // parameter names (invalid, but Xero's has 14: `.../Attachments/{FileName}` beside
    // `.../Attachments/{AttachmentID}`) then pair each with itself, not the first with both.
    let key = |o: &Operation| (o.method.clone(), normalize_path(&o.path));
    let mut exact: HashMap<(Method, &str), usize> = HashMap::new();
    let mut by_key: HashMap<(Method, String), Vec<usize>> = HashMap::new();
    for (i, n) in news.iter().enumerate() {
        exact
            .entry((n.method.clone(), n.path.as_str()))
            .or_insert(i);
        by_key.entry(key(n)).or_default().push(i);
    }
    let mut used = vec![false; news.len()];
    let mut matched: Vec<Option<usize>> = vec![None; olds.len()];
    for (j, o) in olds.iter().enumerate() {
        if let Some(&i) = exact.get(&(o.method.clone(), o.path.as_str()))
            && !used[i]
        {
            used[i] = true;
            matched[j] = Some(i);
        }
    }
    for (j, o) in olds.iter().enumerate() {
        if matched[j].is_some() {
            continue;
        }
        if let Some(&i) = by_key
            .get(&key(o))
            .and_then(|c| c.iter().find(|i| !used[**i]))
        {
            used[i] = true;
            matched[j] = Some(i);
        }
    }
    let mut removed: Vec<&Operation> = Vec::new();
    let mut pairs: Vec<(&Operation, &Operation)> = Vec::new();
    for (o, m) in olds.iter().zip(&matched) {
        match m {
            Some(i) => pairs.push((o, &news[*i])),
            None => removed.push(o),
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
