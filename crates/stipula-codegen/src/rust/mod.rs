//! The Rust view model: everything templates of the `rust-client` and `rust-server` targets
//! see. Built here, in Rust, so names are legal and unique and every spec string that ends up
//! in code is a literal; templates only lay the text out.

pub mod types;
pub mod validate;

mod deps;
mod media;
mod operation;
mod streams;
mod view;

pub use deps::Dependency;
use deps::dependencies;
use media::{body_kind, is_json, pick_media};
use operation::{op_view, type_names_in};
pub use view::*;

use crate::names::{Namer, crate_name, doc_lines, lit, pascal_ident, snake_ident, toml_lit};
use indexmap::IndexMap;
use serde::Serialize;
use stipula_spec::{
    MediaType, Operation, ParamLocation, ParamStyle, SecuritySchemeKind, Spec, StatusKey,
};
use types::{Ty, TypeGen, TypeView, wrap_null};

/// Options that shape the view model.
#[derive(Clone, Debug, Default)]
pub struct ModelOptions {
    /// `rust-client` or `rust-server`.
    pub target: String,
    /// Cargo package name (default: from `info.title`).
    pub crate_name: Option<String>,
    /// One `.rs` file (for `include!` from build.rs) instead of a crate.
    pub module_mode: bool,
    /// Only operations with one of these tags (an untagged operation's tag is its module
    /// name, e.g. `customers`) or one of these operationIds; both empty: every operation.
    /// With a filter, types no selected operation uses are left out.
    pub tags: Vec<String>,
    /// OperationIds to select (see `tags`).
    pub operations: Vec<String>,
}

impl ModelOptions {
    /// Whether `op` (whose module key is `tag`) is selected.
    pub fn selects(&self, op: &Operation, tag: &str) -> bool {
        (self.tags.is_empty() && self.operations.is_empty())
            || self.tags.iter().any(|t| t == tag || op.tags.contains(t))
            || op
                .operation_id
                .as_ref()
                .is_some_and(|id| self.operations.contains(id))
    }
}

/// The module key of an operation: its first tag, or a name from its path.
pub fn op_tag(op: &Operation) -> String {
    op.tags
        .first()
        .cloned()
        .unwrap_or_else(|| untagged_module(&op.path))
}

/// Names the client and server define at the top level, so operations never clash.
const RESERVED_FNS: &[&str] = &[
    "new",
    "with_base_url",
    "with_http_client",
    "base_url",
    "http_client",
    "router",
    "clone",
    "fmt",
    "default",
    "authorize",
    "with_header",
    "with_retry_policy",
    "authenticate",
    "with_hook",
    "run_request_hooks",
    "run_response_hooks",
];

/// Local variables and arguments of the operation templates (client method bodies, server
/// handlers): a parameter may not take one of these names, or it would shadow it.
const TEMPLATE_LOCALS: &[&str] = &[
    "body",
    "params",
    "self_",
    "api",
    "req",
    "resp",
    "url",
    "query",
    "headers",
    "cookies",
    "method",
    "b",
    "form",
    "v",
    "pairs",
    "bytes",
    "status",
    "response_headers",
    "response",
    "errors",
    "path_values",
    "raw_path",
    "raw_query",
    "raw_body",
    "fields",
    "e",
    "state",
    "ctx",
    "served",
    "principal",
    "extensions",
    "credentials",
    "alternatives",
    "op_span",
    "sent",
];

const RESERVED_MODULES: &[&str] = &[
    "types",
    "runtime",
    // Functions of the server's root (templates/rust-server/lib.rs.j2).
    "refused",
    "router_with",
    "serde",
    "serde_json",
    "reqwest",
    "axum",
    "std",
    "core",
    "alloc",
    "self",
    "super",
    "crate",
    "client",
    "server",
    "tests",
    "default",
    // `src/main.rs` and `src/lib.rs` are crate roots, not modules.
    "main",
    "lib",
    // Cargo features of the generated client crate.
    "rustls",
    "native_tls",
    "tracing",
    // A module named like a primitive type shadows it in type position (`&str` would name
    // the module).
    "bool",
    "char",
    "str",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "f32",
    "f64",
];

/// A module (and Cargo feature) name for a tag: `snake_case`, and a keyword gets a `_`
/// suffix instead of `r#` (`match` -> `match_`), so the file name, the feature name and the
/// path a user writes are one plain word.
fn module_ident(tag: &str) -> String {
    let m = snake_ident(tag);
    match m.strip_prefix("r#") {
        Some(bare) => format!("{bare}_"),
        None => m,
    }
}

fn status_name(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "SwitchingProtocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritative",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return None,
    })
}

fn semver_or_default(v: &str) -> String {
    let parts: Vec<&str> = v.split('.').collect();
    if parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
    {
        v.to_string()
    } else {
        "0.1.0".to_string()
    }
}

fn server_url(s: &stipula_spec::Server) -> String {
    let mut url = s.url.clone();
    for (k, v) in &s.variables {
        url = url.replace(&format!("{{{k}}}"), &v.default);
    }
    url.trim_end_matches('/').to_string()
}

fn fmt_num(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.1}")
    } else {
        format!("{f:?}")
    }
}

/// Build the view model.
pub fn build(spec: &Spec, opts: &ModelOptions) -> Context {
    let mut tg = TypeGen::new(spec);
    tg.define_components();

    let name = opts
        .crate_name
        .clone()
        .unwrap_or_else(|| crate_name(&spec.info.title));
    let name = crate_name(&name);

    // Security schemes.
    let mut security = Vec::new();
    let mut scheme_index: IndexMap<String, usize> = IndexMap::new();
    let mut setter_namer = Namer::with_reserved(RESERVED_FNS);
    for (sname, scheme) in &spec.security_schemes {
        let (kind, location, param) = match &scheme.kind {
            SecuritySchemeKind::Http { scheme, .. } if scheme == "bearer" => ("bearer", None, None),
            SecuritySchemeKind::Http { scheme, .. } if scheme == "basic" => ("basic", None, None),
            SecuritySchemeKind::ApiKey { name, location } => (
                "api_key",
                Some(match location {
                    ParamLocation::Query => "query",
                    ParamLocation::Cookie => "cookie",
                    _ => "header",
                }),
                Some(lit(name)),
            ),
            SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => {
                ("bearer", None, None)
            }
            _ => ("unsupported", None, None),
        };
        let index = security.len();
        scheme_index.insert(sname.clone(), index);
        security.push(SecurityView {
            index,
            name: lit(sname),
            setter: setter_namer.unique(&format!(
                "with_{}",
                snake_ident(sname).trim_start_matches("r#")
            )),
            kind,
            location,
            param,
            docs: doc_lines(&[scheme.description.as_deref()]),
        });
    }

    // Modules by tag.
    let mut module_namer = Namer::with_reserved(RESERVED_MODULES);
    let mut modules: IndexMap<String, ModuleView> = IndexMap::new();
    for t in &spec.tags {
        let m = module_namer.unique(&module_ident(&t.name));
        modules.insert(
            t.name.clone(),
            ModuleView {
                feature: m.clone(),
                name: m,
                docs: doc_lines(&[t.description.as_deref()]),
                operations: Vec::new(),
            },
        );
    }
    // Operation methods and credential setters are methods of the same `Client`.
    let mut fn_namer = setter_namer.clone();
    let mut stem_namer = Namer::default();
    let mut table = (opts.target == "rust-server").then(|| validate::Table::new(spec));
    let mut needs_multipart = false;
    let mut needs_stream = false;
    for op in &spec.operations {
        let tag = op_tag(op);
        if !opts.selects(op, &tag) {
            continue;
        }
        if !modules.contains_key(&tag) {
            let m = module_namer.unique(&module_ident(&tag));
            modules.insert(
                tag.clone(),
                ModuleView {
                    feature: m.clone(),
                    name: m,
                    docs: Vec::new(),
                    operations: Vec::new(),
                },
            );
        }
        let view = op_view(
            spec,
            op,
            &mut tg,
            &mut fn_namer,
            &mut stem_namer,
            &scheme_index,
            &mut table,
        );
        if view.body.as_ref().is_some_and(|b| b.kind == "multipart") {
            needs_multipart = true;
        }
        needs_stream |= view.stream.is_some();
        if let Some(m) = modules.get_mut(&tag) {
            m.operations.push(view);
        }
    }
    let modules: Vec<ModuleView> = modules
        .into_values()
        .filter(|m| !m.operations.is_empty())
        .collect();

    // Routes for the server: group by axum path.
    let mut routes: IndexMap<String, RouteView> = IndexMap::new();
    let mut notes = Vec::new();
    for m in &modules {
        for o in &m.operations {
            let Some(am) = &o.axum_method else {
                notes.push(format!(
                    "{} {}: method not routable with axum; skipped in the server router",
                    o.method, o.path
                ));
                continue;
            };
            let mut p = String::new();
            let mut i = 0;
            for piece in &o.path_pieces {
                match (&piece.text, &piece.param) {
                    (Some(_), _) => {}
                    (None, Some(_)) => {}
                    _ => {}
                }
                if piece.param.is_some() {
                    p.push_str(&format!("{{p{i}}}"));
                    i += 1;
                } else if let Some(t) = &piece.text {
                    // Recover the raw text from the literal: it is our own `{:?}` output.
                    let raw: String = serde_json::from_str(t).unwrap_or_default();
                    p.push_str(&raw);
                }
            }
            if !p.starts_with('/') {
                p.insert(0, '/');
            }
            let r = routes.entry(p.clone()).or_insert_with(|| RouteView {
                path: lit(&p),
                operations: Vec::new(),
            });
            if r.operations.iter().any(|x| &x.axum_method == am) {
                notes.push(format!(
                    "{} {}: same route as another operation after normalizing parameter names; skipped in the server router",
                    o.method, o.path
                ));
                continue;
            }
            r.operations.push(RouteOp {
                module: m.name.clone(),
                fn_name: o.fn_name.clone(),
                axum_method: am.clone(),
            });
        }
    }

    // Which schema types each module's operations mention (client features gate them).
    let uses: Vec<(String, Vec<String>)> = modules
        .iter()
        .map(|m| {
            let mut names = Vec::new();
            for o in &m.operations {
                let tys = o
                    .path_params
                    .iter()
                    .chain(o.params.iter())
                    .map(|p| p.ty.as_str())
                    .chain(o.body.iter().map(|b| b.ty.as_str()))
                    .chain(
                        o.body
                            .iter()
                            .flat_map(|b| b.parts.iter().map(|p| p.ty.as_str())),
                    )
                    .chain(o.responses.iter().filter_map(|r| r.ty.as_deref()))
                    .chain(
                        o.responses
                            .iter()
                            .flat_map(|r| r.headers.iter().map(|h| h.ty.as_str())),
                    );
                for t in tys {
                    type_names_in(t, &mut names);
                }
            }
            (m.feature.clone(), names)
        })
        .collect();
    let (mut types, mut type_notes) = tg.finish(&uses);
    if opts.target == "rust-client" && !opts.module_mode {
        for t in &mut types {
            if !t.features.is_empty() {
                t.cfg = cfg_any(&t.features);
            }
        }
    }
    if !opts.tags.is_empty() || !opts.operations.is_empty() {
        // Filtered: what no selected operation reaches is not generated at all.
        types.retain(|t| t.features.len() != 1 || t.features[0] != types::ALL_SCHEMAS);
        for t in &mut types {
            if t.cfg.contains(types::ALL_SCHEMAS) {
                t.features.retain(|f| f != types::ALL_SCHEMAS);
                t.cfg = cfg_any(&t.features);
            }
        }
    }
    type_notes.extend(notes);
    let schemas_feature = types
        .iter()
        .any(|t| t.features.iter().any(|f| f == types::ALL_SCHEMAS))
        .then(|| types::ALL_SCHEMAS.to_string());

    let servers: Vec<ServerView> = spec
        .servers
        .iter()
        .map(|s| ServerView {
            url: lit(&server_url(s)),
            docs: doc_lines(&[s.description.as_deref()]),
        })
        .collect();
    let base = spec.servers.first().map(server_url).unwrap_or_default();
    // TLS unless every server is plain http (a relative or missing URL is resolved
    // against wherever the spec is served, most often https).
    let needs_tls = spec.servers.is_empty()
        || spec
            .servers
            .iter()
            .any(|s| !server_url(s).to_ascii_lowercase().starts_with("http://"));
    let needs_regex = table.as_ref().is_some_and(|t| t.has_pattern);
    Context {
        target: opts.target.clone(),
        crate_name_toml: toml_lit(&name),
        crate_name: name,
        crate_version: semver_or_default(&spec.info.version),
        api_version: lit(&spec.info.version),
        title_toml: toml_lit(&spec.info.title),
        docs: doc_lines(&[Some(&spec.info.title), spec.info.description.as_deref()]),
        openapi: spec.openapi.to_string(),
        module_mode: opts.module_mode,
        base_url: lit(&base),
        servers,
        types,
        modules,
        security,
        schemas_feature,
        needs_multipart,
        needs_stream,
        routes: routes.into_values().collect(),
        needs_regex,
        validation_table: lit(&table.map(|t| t.to_json()).unwrap_or_else(|| "[]".into())),
        notes: type_notes,
        dependencies: dependencies(&opts.target, needs_tls, needs_multipart, needs_regex),
    }
}

/// The `#[cfg]` that compiles an item when any of `features` is on.
fn cfg_any(features: &[String]) -> String {
    let list: Vec<String> = features
        .iter()
        .map(|f| format!("feature = {}", lit(f)))
        .collect();
    format!("#[cfg(any({}))]", list.join(", "))
}

/// Module for an operation without tags: the first path segment that is not a version
/// prefix or a parameter (`/v1/customers/{id}` → `customers`), so big untagged specs
/// (Stripe) still split into small modules.
fn untagged_module(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.contains('{'))
        .find(|s| {
            let l = s.to_ascii_lowercase();
            let version = l.starts_with('v')
                && l.len() > 1
                && l[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
            !(version || l == "api" || l == "rest")
        })
        .map(str::to_string)
        .unwrap_or_else(|| "untagged".into())
}
