//! Stateful chains: OpenAPI links, and inferred create → read → update → delete → read
//! sequences, with the runtime expressions that carry an id from one step to the next.

use super::*;

/// A runtime expression of a link (or an inferred binding).
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// `$response.body#/pointer` of the previous step.
    ResponseBody(String),
    /// `$response.header.Name`.
    ResponseHeader(String),
    /// `$request.path.name` / `$request.query.name` / `$request.header.name` of the previous step.
    RequestParam(ParamLocation, String),
    /// `$request.body#/pointer`.
    RequestBody(String),
    Const(Value),
}

impl Expr {
    pub fn parse(v: &Value) -> Option<Expr> {
        let Value::String(s) = v else {
            return Some(Expr::Const(v.clone()));
        };
        let s = s.trim();
        let s = s
            .strip_prefix('{')
            .and_then(|x| x.strip_suffix('}'))
            .unwrap_or(s);
        if !s.starts_with('$') {
            return Some(Expr::Const(Value::String(s.to_string())));
        }
        if let Some(p) = s.strip_prefix("$response.body") {
            return Some(Expr::ResponseBody(
                p.strip_prefix('#').unwrap_or(p).to_string(),
            ));
        }
        if let Some(h) = s.strip_prefix("$response.header.") {
            return Some(Expr::ResponseHeader(h.to_string()));
        }
        if let Some(p) = s.strip_prefix("$request.body") {
            return Some(Expr::RequestBody(
                p.strip_prefix('#').unwrap_or(p).to_string(),
            ));
        }
        for (prefix, loc) in [
            ("$request.path.", ParamLocation::Path),
            ("$request.query.", ParamLocation::Query),
            ("$request.header.", ParamLocation::Header),
        ] {
            if let Some(n) = s.strip_prefix(prefix) {
                return Some(Expr::RequestParam(loc, n.to_string()));
            }
        }
        None
    }
}

/// What a step of a chain is for (drives the stateful checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Create,
    ReadAfterCreate,
    Update,
    Delete,
    ReadAfterDelete,
    /// Target of an OpenAPI link.
    Linked,
}

/// One step: an operation, and bindings of its parameters to the previous steps.
#[derive(Clone, Debug)]
pub struct StepSpec {
    pub op: usize,
    pub role: Role,
    /// (parameter index, expression evaluated against the chain's *first* step).
    pub bindings: Vec<(usize, Expr)>,
}

/// A chain of operations sharing a resource.
#[derive(Clone, Debug)]
pub struct Chain {
    pub steps: Vec<StepSpec>,
}

pub(crate) fn is_success_json(op: &Operation) -> Option<SchemaId> {
    op.responses
        .iter()
        .filter(|r| r.status.is_success())
        .find_map(|r| {
            r.content
                .iter()
                .find(|m| admits_json(&m.media_type) && !m.media_type.contains('*'))
                .and_then(|m| m.schema)
        })
}

/// Pointer to the identifier inside a create response for item parameter `param`.
pub fn id_pointer(spec: &Spec, schema: SchemaId, param: &str) -> Option<String> {
    let o = flatten(spec, schema)?;
    let lower = param.to_ascii_lowercase();
    for k in o.properties.keys() {
        if k == param {
            return Some(format!("/{k}"));
        }
    }
    // `{petId}`, `{item_id}`, `{id}` take the created `id`; `{name}` or `{slug}` do not (a
    // guess that binds them to the id reads another resource, and then blames the server).
    if o.properties.contains_key("id") && lower.ends_with("id") {
        return Some("/id".into());
    }
    for k in o.properties.keys() {
        let kl = k.to_ascii_lowercase().replace('_', "");
        if kl == lower.replace('_', "") {
            return Some(format!("/{k}"));
        }
    }
    if let Some(d) = o.properties.get("data")
        && let Some(inner) = id_pointer(spec, *d, param)
    {
        return Some(format!("/data{inner}"));
    }
    None
}

/// Index of the parameter named `name` in `loc`.
pub(crate) fn param_index(op: &Operation, loc: Option<ParamLocation>, name: &str) -> Option<usize> {
    op.parameters
        .iter()
        .position(|p| p.name == name && loc.is_none_or(|l| l == p.location))
}

/// Infer chains: links first, then `POST /things` → `/things/{id}` (GET, PUT/PATCH, DELETE, GET).
/// `included[i]` says whether operation `i` may be sent.
pub fn chains(spec: &Spec, included: &[bool]) -> Vec<Chain> {
    let ops = &spec.operations;
    let mut out = Vec::new();
    let ok = |i: usize| included.get(i).copied().unwrap_or(false);
    for (ci, create) in ops.iter().enumerate() {
        if !ok(ci) {
            continue;
        }
        // Explicit links.
        for r in create.responses.iter().filter(|r| r.status.is_success()) {
            for link in &r.links {
                let target = link
                    .operation_id
                    .as_deref()
                    .and_then(|id| {
                        ops.iter()
                            .position(|o| o.operation_id.as_deref() == Some(id))
                    })
                    .or_else(|| {
                        link.operation_ref
                            .as_deref()
                            .and_then(|r| op_by_ref(spec, r))
                    });
                let Some(ti) = target else { continue };
                if !ok(ti) {
                    continue;
                }
                let top = &ops[ti];
                let mut bindings = Vec::new();
                for (name, expr) in &link.parameters {
                    let (loc, n) = match name.split_once('.') {
                        Some((l, n)) if ["path", "query", "header", "cookie"].contains(&l) => (
                            Some(match l {
                                "path" => ParamLocation::Path,
                                "query" => ParamLocation::Query,
                                "header" => ParamLocation::Header,
                                _ => ParamLocation::Cookie,
                            }),
                            n,
                        ),
                        _ => (None, name.as_str()),
                    };
                    if let (Some(pi), Some(e)) = (param_index(top, loc, n), Expr::parse(expr)) {
                        bindings.push((pi, e));
                    }
                }
                let role = if top.method == Method::Get {
                    Role::ReadAfterCreate
                } else {
                    Role::Linked
                };
                out.push(Chain {
                    steps: vec![
                        StepSpec {
                            op: ci,
                            role: Role::Create,
                            bindings: vec![],
                        },
                        StepSpec {
                            op: ti,
                            role: if create.method == Method::Post {
                                role
                            } else {
                                Role::Linked
                            },
                            bindings,
                        },
                    ],
                });
            }
        }
        // Inferred create → item chains.
        if create.method != Method::Post || create.path.ends_with('}') {
            continue;
        }
        let Some(schema) = is_success_json(create) else {
            continue;
        };
        let prefix = create.path.trim_end_matches('/');
        let item_ops: Vec<usize> = ops
            .iter()
            .enumerate()
            .filter(|(i, o)| {
                ok(*i)
                    && o.path
                        .strip_prefix(prefix)
                        .and_then(|rest| rest.strip_prefix('/'))
                        .is_some_and(|seg| {
                            seg.starts_with('{')
                                && seg.ends_with('}')
                                && !seg[1..].contains(['{', '/'])
                        })
            })
            .map(|(i, _)| i)
            .collect();
        let Some(&first) = item_ops.first() else {
            continue;
        };
        let seg = &ops[first].path[prefix.len() + 1..];
        let param = &seg[1..seg.len() - 1];
        let Some(ptr) = id_pointer(spec, schema, param) else {
            continue;
        };
        let find = |m: &[Method]| {
            item_ops
                .iter()
                .copied()
                .find(|i| m.contains(&ops[*i].method))
        };
        let bind = |i: usize| -> Vec<(usize, Expr)> {
            param_index(&ops[i], Some(ParamLocation::Path), param)
                .map(|pi| vec![(pi, Expr::ResponseBody(ptr.clone()))])
                .unwrap_or_default()
        };
        let mut steps = vec![StepSpec {
            op: ci,
            role: Role::Create,
            bindings: vec![],
        }];
        let get = find(&[Method::Get]);
        if let Some(g) = get {
            steps.push(StepSpec {
                op: g,
                role: Role::ReadAfterCreate,
                bindings: bind(g),
            });
        }
        if let Some(u) = find(&[Method::Put, Method::Patch]) {
            steps.push(StepSpec {
                op: u,
                role: Role::Update,
                bindings: bind(u),
            });
        }
        if let Some(d) = find(&[Method::Delete]) {
            steps.push(StepSpec {
                op: d,
                role: Role::Delete,
                bindings: bind(d),
            });
            if let Some(g) = get {
                steps.push(StepSpec {
                    op: g,
                    role: Role::ReadAfterDelete,
                    bindings: bind(g),
                });
            }
        }
        if steps.len() > 1 {
            out.push(Chain { steps });
        }
    }
    out
}

pub(crate) fn op_by_ref(spec: &Spec, r: &str) -> Option<usize> {
    let ptr = r.split_once('#').map(|(_, p)| p).unwrap_or(r);
    let rest = ptr.strip_prefix("/paths/")?;
    let (path, method) = rest.rsplit_once('/')?;
    let path = stipula_spec::pointer::unescape(path);
    let m = Method::from_path_item_key(method)?;
    spec.operations
        .iter()
        .position(|o| o.path == path && o.method == m)
}

/// Could a request to the concrete `path` (percent-encoded, no query) reach a route with
/// path template `template`? A `{name}` matches one non-empty segment (or part of one).
pub fn path_matches(template: &str, path: &str) -> bool {
    fn seg(t: &str, s: &str) -> bool {
        match t.find('{') {
            None => t == s,
            Some(i) => {
                let (lit, rest) = t.split_at(i);
                let Some(s) = s.strip_prefix(lit) else {
                    return false;
                };
                let after = match rest.find('}') {
                    Some(j) => &rest[j + 1..],
                    None => return t == s,
                };
                // The variable takes at least one character, then the rest must match.
                (1..=s.len())
                    .filter(|k| s.is_char_boundary(*k))
                    .any(|k| seg(after, &s[k..]))
            }
        }
    }
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    t.len() == p.len() && t.iter().zip(&p).all(|(a, b)| seg(a, b))
}
