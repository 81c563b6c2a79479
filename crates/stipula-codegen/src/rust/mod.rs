//! The Rust view model: everything templates of the `rust-client` and `rust-server` targets
//! see. Built here, in Rust, so names are legal and unique and every spec string that ends up
//! in code is a literal; templates only lay the text out.

pub mod types;
pub mod validate;

use crate::names::{Namer, crate_name, doc_lines, lit, pascal_ident, snake_ident, toml_lit};
use indexmap::IndexMap;
use serde::Serialize;
use stipula_spec::{
    MediaType, Operation, ParamLocation, ParamStyle, SecuritySchemeKind, Spec, StatusKey,
};
use types::{Ty, TypeGen, TypeView, wrap_null};

/// Everything a template sees (`--print-context` prints this as JSON).
#[derive(Serialize, Debug)]
pub struct Context {
    /// `rust-client` or `rust-server`.
    pub target: String,
    /// Cargo package name (a TOML string literal) and the bare name.
    pub crate_name: String,
    pub crate_name_toml: String,
    /// Cargo version: `info.version` when it is plain semver, else `0.1.0`.
    pub crate_version: String,
    /// `info.version` verbatim, as a Rust literal.
    pub api_version: String,
    /// `info.title` as a TOML literal (for `description`).
    pub title_toml: String,
    /// Crate-level doc lines (title, description), Rust literals.
    pub docs: Vec<String>,
    /// The OpenAPI version the spec declared.
    pub openapi: String,
    /// `true` when generating a single file for `include!` (no `Cargo.toml`, no inner
    /// attributes).
    pub module_mode: bool,
    /// Default base URL (first server, variables at their defaults), a Rust literal.
    pub base_url: String,
    pub servers: Vec<ServerView>,
    /// Every type definition of the `types` module.
    pub types: Vec<TypeView>,
    /// Operations grouped by tag: one module (and, for the client, one Cargo feature) each.
    pub modules: Vec<ModuleView>,
    /// Security schemes the client can hold credentials for.
    pub security: Vec<SecurityView>,
    /// Client: the name of the Cargo feature (in `default`) that compiles the types no
    /// operation uses (webhook payloads, unreferenced components), when there are any.
    pub schemas_feature: Option<String>,
    /// `true` when some operation uses a multipart body (the client then needs reqwest's
    /// `multipart` feature).
    pub needs_multipart: bool,
    /// Routes for the server: one per distinct path, with the operations on it.
    pub routes: Vec<RouteView>,
    /// Server only: the request validation table (JSON text as a Rust literal; `"[]"` for
    /// the client). `schema` fields of parameters, bodies and parts index into it.
    pub validation_table: String,
    /// Server only: some request schema has a `pattern`, so the crate depends on
    /// `regex-lite` to check it.
    pub needs_regex: bool,
    /// What could not be generated precisely, with locations (plain strings).
    pub notes: Vec<String>,
    /// The dependencies the generated code needs, with the features it uses: what a
    /// `--module` / build.rs user must have in `[dependencies]` (the generated crate's
    /// `Cargo.toml` carries them itself).
    pub dependencies: Vec<Dependency>,
}

/// A dependency of generated code.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    /// Crate name (`reqwest`).
    pub name: &'static str,
    pub version: &'static str,
    /// Whether the generated code is fine with the crate's default features off.
    pub default_features: bool,
    /// Features the generated code needs (`multipart`), plus `rustls` for the client: its
    /// default base URL, or a server of the spec, is `https`, and without a TLS feature
    /// reqwest fails every such call at run time (`scheme is not http`).
    pub features: Vec<&'static str>,
    /// Why each feature is needed, in the order of `features`.
    pub why: Vec<&'static str>,
}

impl Dependency {
    /// The `[dependencies]` line, e.g.
    /// `reqwest = { version = "0.13", default-features = false, features = ["rustls"] }`.
    pub fn toml_line(&self) -> String {
        let mut parts = vec![format!("version = \"{}\"", self.version)];
        if !self.default_features {
            parts.push("default-features = false".into());
        }
        if !self.features.is_empty() {
            let f: Vec<String> = self.features.iter().map(|f| format!("\"{f}\"")).collect();
            parts.push(format!("features = [{}]", f.join(", ")));
        }
        if parts.len() == 1 {
            format!("{} = \"{}\"", self.name, self.version)
        } else {
            format!("{} = {{ {} }}", self.name, parts.join(", "))
        }
    }
}

/// What the generated code of `target` needs in `[dependencies]`.
fn dependencies(
    target: &str,
    needs_tls: bool,
    needs_multipart: bool,
    needs_regex: bool,
) -> Vec<Dependency> {
    let serde = Dependency {
        name: "serde",
        version: "1",
        default_features: true,
        features: vec!["derive"],
        why: vec!["the generated types derive Serialize"],
    };
    let serde_json = Dependency {
        name: "serde_json",
        version: "1",
        default_features: true,
        features: vec!["float_roundtrip"],
        why: vec!["without it a float read from JSON can differ from the one written (last digit)"],
    };
    if target == "rust-server" {
        let mut out = vec![
            Dependency {
                name: "axum",
                version: "0.8",
                default_features: false,
                features: Vec::new(),
                why: Vec::new(),
            },
            serde,
            serde_json,
        ];
        if needs_regex {
            out.push(Dependency {
                name: "regex-lite",
                version: "0.1",
                default_features: true,
                features: Vec::new(),
                why: Vec::new(),
            });
        }
        return out;
    }
    let mut reqwest = Dependency {
        name: "reqwest",
        version: "0.13",
        default_features: false,
        features: Vec::new(),
        why: Vec::new(),
    };
    if needs_tls {
        reqwest.features.push("rustls");
        reqwest
            .why
            .push("the API's base URL is https (or \"native-tls\")");
    }
    if needs_multipart {
        reqwest.features.push("multipart");
        reqwest
            .why
            .push("an operation sends a multipart/form-data body");
    }
    let tokio = Dependency {
        name: "tokio",
        version: "1",
        default_features: false,
        features: vec!["time"],
        why: vec!["the retry policy waits between attempts"],
    };
    vec![reqwest, serde, serde_json, tokio]
}

#[derive(Serialize, Debug)]
pub struct ServerView {
    pub url: String,
    pub docs: Vec<String>,
}

#[derive(Serialize, Debug)]
pub struct SecurityView {
    /// Index in the client's credential table.
    pub index: usize,
    /// Scheme name in the spec, as a literal.
    pub name: String,
    /// Setter method name, e.g. `with_bearer_auth`.
    pub setter: String,
    /// `bearer`, `basic`, `api_key` or `unsupported`.
    pub kind: &'static str,
    /// For api keys: where (`header`, `query`, `cookie`) and the parameter name (literal).
    pub location: Option<&'static str>,
    pub param: Option<String>,
    pub docs: Vec<String>,
}

#[derive(Serialize, Debug)]
pub struct ModuleView {
    /// Module identifier (snake case, unique).
    pub name: String,
    /// Cargo feature name for this module (client).
    pub feature: String,
    /// The tag's description as doc lines.
    pub docs: Vec<String>,
    pub operations: Vec<OperationView>,
}

#[derive(Serialize, Debug)]
pub struct OperationView {
    /// Method name (snake case, unique over the whole client / server trait).
    pub fn_name: String,
    /// PascalCase stem for the operation's types (`ListPets`).
    pub type_stem: String,
    /// HTTP method, upper-case (`GET`), and the reqwest/axum constant name.
    pub method: String,
    /// Method for axum's `MethodFilter` / routing function (`get`, `post`, ...), if axum has one.
    pub axum_method: Option<String>,
    /// Path template as written, a literal.
    pub path: String,
    /// Path split into pieces: literal text or a path parameter.
    pub path_pieces: Vec<PathPiece>,
    /// `"METHOD /path"` plus the spec location, for docs.
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// Path parameters (positional arguments), in template order.
    pub path_params: Vec<ParamView>,
    /// Query, header and cookie parameters (fields of the `{stem}Params` struct).
    pub params: Vec<ParamView>,
    /// Name of the params struct, when there are non-path parameters.
    pub params_struct: Option<String>,
    /// `true` when every field of the params struct is optional (it derives `Default`).
    pub params_default: bool,
    pub body: Option<BodyView>,
    /// Responses: success ones first (as in the spec), then the others.
    pub responses: Vec<ResponseView>,
    /// Name of the response enum (`{stem}Response`) and of the client's error enum.
    pub response_enum: String,
    pub error_enum: String,
    /// Whether a `default` response catches statuses not listed.
    pub has_default: bool,
    /// Server: the media type of the automatic 400 (a literal): the JSON media type the
    /// operation declares for `400` (or `4XX`, or `default`), else `application/json`.
    pub bad_request_media: String,
    /// Client: when the operation has exactly one success response, with a fixed status and
    /// no declared headers, the type its method returns directly (the body type, or `()`
    /// without a body); no `response_enum` is generated then.
    pub single_success: Option<String>,
    /// Identifiers of the inputs that must be present (required parameters, required body),
    /// in argument order.
    pub required_inputs: Vec<String>,
    /// Security alternatives: each a list of indexes into `security` (all needed at once).
    /// Empty means none needed.
    pub security: Vec<Vec<usize>>,
    /// Whether authentication is optional (`{}` among the alternatives).
    pub security_optional: bool,
}

#[derive(Serialize, Debug)]
pub struct PathPiece {
    /// Literal text (a Rust literal), or `None` for a parameter.
    pub text: Option<String>,
    /// Parameter identifier for a parameter piece.
    pub param: Option<String>,
}

#[derive(Serialize, Debug)]
pub struct ParamView {
    /// Rust identifier (struct field, argument).
    pub ident: String,
    /// The identifier of the parameter's value as a local variable or argument in generated
    /// method bodies and handlers: `ident`, unless that is one of the templates' own locals
    /// (`url`, `headers`, `errors`...), then `{ident}_param`.
    pub local: String,
    /// Wire name, a literal.
    pub wire: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: &'static str,
    pub required: bool,
    /// The value type (without the `Option` of optional parameters).
    pub ty: String,
    /// Type of the struct field / argument (with `Option` when optional).
    pub field_ty: String,
    /// Argument type for client path parameters (`&str` for strings).
    pub arg_ty: String,
    /// OpenAPI `style` (literal) and `explode`.
    pub style: String,
    pub explode: bool,
    pub docs: Vec<String>,
    /// Numeric/string bounds the server checks (`minimum`, `maximum`, `minLength`,
    /// `maxLength`), as Rust literals or `None`.
    pub minimum: Option<String>,
    pub maximum: Option<String>,
    pub min_length: Option<String>,
    pub max_length: Option<String>,
    /// Server: index of the parameter's schema in the validation table.
    pub schema: Option<usize>,
}

#[derive(Serialize, Debug)]
pub struct BodyView {
    /// `json`, `form`, `multipart`, `bytes` or `text`.
    pub kind: &'static str,
    /// The media type to send (literal).
    pub media_type: String,
    pub required: bool,
    /// The body type (without `Option`). For a typed multipart body, the name of the form
    /// struct in the operation's module.
    pub ty: String,
    pub docs: Vec<String>,
    /// Server: index of the body schema in the validation table (JSON and form bodies).
    pub schema: Option<usize>,
    /// Multipart with an object schema: the struct (`{stem}Form`, in the operation's module)
    /// holding one field per part. `None` for an untyped multipart body (the client then takes
    /// a `reqwest::multipart::Form`, the server the raw bytes).
    pub form_struct: Option<String>,
    /// The parts of a typed multipart body.
    pub parts: Vec<PartView>,
}

/// One part (property) of a multipart body.
#[derive(Serialize, Debug)]
pub struct PartView {
    pub ident: String,
    /// Part name, a literal.
    pub wire: String,
    pub required: bool,
    /// `file` (one binary part, `runtime::FilePart`), `files` (a list of them) or `value`
    /// (any other schema: strings, numbers and booleans as text parts, arrays as repeated
    /// parts, objects as JSON parts).
    pub kind: &'static str,
    /// The value type (without `Option`).
    pub ty: String,
    /// Field type (with `Option` when optional).
    pub field_ty: String,
    /// `encoding.<part>.contentType` (literal), if the spec gives one.
    pub content_type: Option<String>,
    /// `encoding.<part>.style` is `deepObject`: an object goes as `name[key]` text parts
    /// (as Stripe expects) instead of one JSON part.
    pub deep_object: bool,
    pub docs: Vec<String>,
    /// Server: index of the part's schema in the validation table (`value` parts).
    pub schema: Option<usize>,
}

/// One response header the spec declares (`Content-Type` is left out, as OpenAPI says).
#[derive(Serialize, Debug)]
pub struct HeaderView {
    pub ident: String,
    /// Header name, a literal.
    pub wire: String,
    pub required: bool,
    /// Value type (without `Option`).
    pub ty: String,
    /// Field type (with `Option` when not required).
    pub field_ty: String,
    pub docs: Vec<String>,
}

#[derive(Serialize, Debug)]
pub struct ResponseView {
    /// Variant name (`Ok`, `NotFound`, `Status4xx`, `Default`).
    pub variant: String,
    /// `code`, `range` or `default`.
    pub status_kind: &'static str,
    /// The code (exact) or first digit (range).
    pub status: u16,
    /// Match pattern on a `u16` status (`200`, `400..=499`).
    pub pattern: String,
    /// 2XX responses.
    pub success: bool,
    /// `json`, `text`, `bytes` or `none`.
    pub body_kind: &'static str,
    /// Body type (when `body_kind` is not `none`).
    pub ty: Option<String>,
    /// Content type to send (server), a literal.
    pub media_type: Option<String>,
    pub docs: Vec<String>,
    /// Declared response headers.
    pub headers: Vec<HeaderView>,
    /// Name of the struct holding `headers` (`{stem}{variant}Headers`, in the operation's
    /// module), when there are any.
    pub headers_struct: Option<String>,
    /// Every header is optional (the headers struct derives `Default`).
    pub headers_default: bool,
    /// Variant shape: `unit` (`NoContent`), `tuple` (`Ok(T)`: an exact status, a body, no
    /// headers) or `struct` (`Default { status, body, headers }` with the fields that apply:
    /// `status` for ranges and `default`, `body` when there is one, `headers` when declared).
    pub shape: &'static str,
}

#[derive(Serialize, Debug)]
pub struct RouteView {
    /// axum path with positional parameter names (`/pets/{p0}`), a literal.
    pub path: String,
    /// (module, operation index in module) for each operation on the path.
    pub operations: Vec<RouteOp>,
}

#[derive(Serialize, Debug)]
pub struct RouteOp {
    pub module: String,
    pub fn_name: String,
    pub axum_method: String,
}

/// Options that shape the view model.
#[derive(Clone, Debug, Default)]
pub struct ModelOptions {
    pub target: String,
    pub crate_name: Option<String>,
    pub module_mode: bool,
    /// Only operations with one of these tags (an untagged operation's tag is its module
    /// name, e.g. `customers`) or one of these operationIds; both empty: every operation.
    /// With a filter, types no selected operation uses are left out.
    pub tags: Vec<String>,
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
];

const RESERVED_MODULES: &[&str] = &[
    "types",
    "runtime",
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

fn is_json(mt: &str) -> bool {
    let base = mt
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    base == "application/json"
        || base.ends_with("+json")
        || base == "*/*"
        || base == "application/*"
        || base.ends_with("/json")
}

fn body_kind(mt: &str) -> &'static str {
    let base = mt
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if is_json(&base) {
        "json"
    } else if base == "application/x-www-form-urlencoded" {
        "form"
    } else if base.starts_with("multipart/") {
        "multipart"
    } else if base.starts_with("text/") {
        "text"
    } else {
        "bytes"
    }
}

/// Pick the media type to model: JSON first, then form, multipart, text, anything.
fn pick_media(content: &[MediaType]) -> Option<&MediaType> {
    let rank = |m: &MediaType| match body_kind(&m.media_type) {
        "json" => 0,
        "form" => 1,
        "multipart" => 2,
        "text" => 3,
        _ => 4,
    };
    content.iter().min_by_key(|m| rank(m))
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
                let list: Vec<String> = t
                    .features
                    .iter()
                    .map(|f| format!("feature = {}", lit(f)))
                    .collect();
                t.cfg = format!("#[cfg(any({}))]", list.join(", "));
            }
        }
    }
    if !opts.tags.is_empty() || !opts.operations.is_empty() {
        // Filtered: what no selected operation reaches is not generated at all.
        types.retain(|t| t.features.len() != 1 || t.features[0] != types::ALL_SCHEMAS);
        for t in &mut types {
            if t.cfg.contains(types::ALL_SCHEMAS) {
                t.features.retain(|f| f != types::ALL_SCHEMAS);
                let list: Vec<String> = t
                    .features
                    .iter()
                    .map(|f| format!("feature = {}", lit(f)))
                    .collect();
                t.cfg = format!("#[cfg(any({}))]", list.join(", "));
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
        routes: routes.into_values().collect(),
        needs_regex,
        validation_table: lit(&table.map(|t| t.to_json()).unwrap_or_else(|| "[]".into())),
        notes: type_notes,
        dependencies: dependencies(&opts.target, needs_tls, needs_multipart, needs_regex),
    }
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

fn split_path(path: &str) -> Vec<(bool, String)> {
    // (is_param, text)
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            out.push((false, rest[..start].to_string()));
        }
        out.push((true, rest[start + 1..start + end].to_string()));
        rest = &rest[start + end + 1..];
    }
    if !rest.is_empty() {
        out.push((false, rest.to_string()));
    }
    out
}

fn op_view(
    spec: &Spec,
    op: &Operation,
    tg: &mut TypeGen,
    fn_namer: &mut Namer,
    stem_namer: &mut Namer,
    schemes: &IndexMap<String, usize>,
    table: &mut Option<validate::Table>,
) -> OperationView {
    let raw_name = op
        .operation_id
        .clone()
        .unwrap_or_else(|| format!("{} {}", op.method.as_str().to_ascii_lowercase(), op.path));
    let fn_name = fn_namer.unique(&snake_ident(&raw_name));
    // The stem only ever prefixes a suffix (`SelfParams`), so a keyword needs no escape.
    let stem = stem_namer.unique(&pascal_ident(names_bare(&fn_name)).replace('_', ""));
    let method = op.method.as_str().to_string();
    let axum_method = match method.as_str() {
        "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE" => {
            Some(method.to_ascii_lowercase())
        }
        _ => None,
    };

    let mut pnamer = Namer::with_reserved(&["body", "params", "self_", "api", "req", "resp"]);
    let mut path_params = Vec::new();
    let mut params = Vec::new();
    let mut path_map: IndexMap<String, String> = IndexMap::new();
    for p in &op.parameters {
        let location = match p.location {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::QueryString => {
                tg.notes.push(format!(
                    "{}: `querystring` parameter {} is not supported; skipped",
                    op.key(),
                    p.name
                ));
                continue;
            }
        };
        if p.location == ParamLocation::Header
            && ["accept", "content-type", "authorization"]
                .contains(&p.name.to_ascii_lowercase().as_str())
        {
            // OpenAPI says these are ignored as parameters.
            continue;
        }
        let hint = format!("{stem}{}", pascal_ident(&p.name));
        let schema = p
            .schema
            .or_else(|| p.content.first().and_then(|m| m.schema));
        let ty = match schema {
            Some(s) => wrap_null(tg.resolve(s, &hint)),
            None => Ty::Prim("::std::string::String"),
        };
        let bounds = schema.and_then(|s| spec.schema(s).object().cloned());
        let numeric = matches!(
            ty,
            Ty::Prim("i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64")
        );
        let stringy = ty.is_string();
        let ident = pnamer.unique(&snake_ident(&p.name));
        let required = p.required || p.location == ParamLocation::Path;
        let tys = ty.render("super::types::");
        let field_ty = if required {
            tys.clone()
        } else {
            format!("::std::option::Option<{tys}>")
        };
        let arg_ty = if ty.is_string() {
            "&str".to_string()
        } else {
            tys.clone()
        };
        let v = ParamView {
            local: ident.clone(),
            ident: ident.clone(),
            wire: lit(&p.name),
            location,
            required,
            ty: tys,
            field_ty,
            arg_ty,
            style: lit(match p.style {
                ParamStyle::Form => "form",
                ParamStyle::SpaceDelimited => "spaceDelimited",
                ParamStyle::PipeDelimited => "pipeDelimited",
                ParamStyle::DeepObject => "deepObject",
                ParamStyle::Matrix => "matrix",
                ParamStyle::Label => "label",
                _ => "simple",
            }),
            explode: p.explode,
            docs: doc_lines(&[p.description.as_deref()]),
            minimum: bounds
                .as_ref()
                .and_then(|b| b.minimum)
                .filter(|_| numeric)
                .map(fmt_num),
            maximum: bounds
                .as_ref()
                .and_then(|b| b.maximum)
                .filter(|_| numeric)
                .map(fmt_num),
            min_length: bounds
                .as_ref()
                .and_then(|b| b.min_length)
                .filter(|_| stringy)
                .map(|n| format!("{n}usize")),
            max_length: bounds
                .as_ref()
                .and_then(|b| b.max_length)
                .filter(|_| stringy)
                .map(|n| format!("{n}usize")),
            schema: schema.and_then(|s| table.as_mut().map(|t| t.add(s))),
        };
        if p.location == ParamLocation::Path {
            path_map.insert(p.name.clone(), ident);
            path_params.push(v);
        } else {
            params.push(v);
        }
    }
    // Path pieces; parameters used in the template but not declared become strings.
    let mut path_pieces = Vec::new();
    let mut ordered_path_params = Vec::new();
    for (is_param, text) in split_path(&op.path) {
        if is_param {
            let ident = match path_map.get(&text) {
                Some(i) => i.clone(),
                None => {
                    let ident = pnamer.unique(&snake_ident(&text));
                    tg.notes.push(format!(
                        "{}: path parameter `{text}` is not declared; typed as a string",
                        op.key()
                    ));
                    path_params.push(ParamView {
                        local: ident.clone(),
                        ident: ident.clone(),
                        wire: lit(&text),
                        location: "path",
                        required: true,
                        ty: "::std::string::String".into(),
                        field_ty: "::std::string::String".into(),
                        arg_ty: "&str".into(),
                        style: lit("simple"),
                        explode: false,
                        docs: Vec::new(),
                        minimum: None,
                        maximum: None,
                        min_length: None,
                        max_length: None,
                        schema: None,
                    });
                    path_map.insert(text.clone(), ident.clone());
                    ident
                }
            };
            if !ordered_path_params.contains(&ident) {
                ordered_path_params.push(ident.clone());
            }
            path_pieces.push(PathPiece {
                text: None,
                param: Some(ident),
            });
        } else {
            path_pieces.push(PathPiece {
                text: Some(lit(&text)),
                param: None,
            });
        }
    }
    // Declared path parameters missing from the template are dropped from the signature order
    // but kept (so callers see them); order by template appearance first.
    path_params.sort_by_key(|p| {
        ordered_path_params
            .iter()
            .position(|i| *i == p.ident)
            .unwrap_or(usize::MAX)
    });
    // A parameter named like a local of the templates gets another local name, so it
    // shadows nothing (its field keeps the plain name).
    let clashes = |ident: &str| TEMPLATE_LOCALS.contains(&crate::names::bare(ident));
    let mut lnamer = Namer::with_reserved(TEMPLATE_LOCALS);
    for p in path_params.iter().chain(params.iter()) {
        if !clashes(&p.ident) {
            lnamer.reserve(&p.ident);
        }
    }
    for p in path_params.iter_mut().chain(params.iter_mut()) {
        if clashes(&p.ident) {
            let local = lnamer.unique(&format!("{}_param", crate::names::bare(&p.ident)));
            for piece in &mut path_pieces {
                if piece.param.as_deref() == Some(p.ident.as_str()) {
                    piece.param = Some(local.clone());
                }
            }
            p.local = local;
        }
    }
    let params_default = params.iter().all(|p| !p.required);
    let params_struct = if params.is_empty() {
        None
    } else {
        Some(format!("{stem}Params"))
    };

    let body = op.request_body.as_ref().and_then(|rb| {
        let m = pick_media(&rb.content)?;
        let kind = body_kind(&m.media_type);
        let parts = if kind == "multipart" {
            multipart_parts(tg, table, m, &stem)
        } else {
            None
        };
        if kind == "multipart" && parts.is_none() {
            tg.notes.push(format!(
                "{}: the multipart body has no object schema with properties; the client takes a `reqwest::multipart::Form`, the server the raw bytes",
                op.key()
            ));
        }
        let form_struct = parts.as_ref().map(|_| format!("{stem}Form"));
        let ty = match kind {
            "json" | "form" => match m.schema {
                Some(s) => wrap_null(tg.resolve(s, &format!("{stem}Body"))),
                None => Ty::Value,
            },
            "text" => Ty::Prim("::std::string::String"),
            _ => Ty::Bytes,
        };
        let schema = match kind {
            "json" | "form" => m.schema.and_then(|s| table.as_mut().map(|t| t.add(s))),
            _ => None,
        };
        let media_type = if m.media_type.contains('*') {
            if kind == "json" {
                "application/json".to_string()
            } else {
                "application/octet-stream".to_string()
            }
        } else {
            m.media_type.clone()
        };
        Some(BodyView {
            kind,
            media_type: lit(&media_type),
            required: rb.required,
            ty: match &form_struct {
                Some(f) => f.clone(),
                None => ty.render("super::types::"),
            },
            docs: doc_lines(&[rb.description.as_deref()]),
            schema,
            form_struct,
            parts: parts.unwrap_or_default(),
        })
    });

    let mut vnamer = Namer::default();
    let mut responses = Vec::new();
    let mut ordered: Vec<&stipula_spec::Response> = op.responses.iter().collect();
    // Exact codes first, then ranges, then default: that is also the match order.
    ordered.sort_by_key(|r| match r.status {
        StatusKey::Code(_) => 0,
        StatusKey::Range(_) => 1,
        StatusKey::Default => 2,
    });
    let mut has_default = false;
    for r in ordered {
        let (status_kind, status, pattern, base) = match r.status {
            StatusKey::Code(c) => (
                "code",
                c,
                c.to_string(),
                status_name(c)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("Status{c}")),
            ),
            StatusKey::Range(d) => (
                "range",
                d as u16,
                format!("{}..={}", d as u16 * 100, d as u16 * 100 + 99),
                format!("Status{d}xx"),
            ),
            StatusKey::Default => {
                has_default = true;
                ("default", 0, "_".to_string(), "Default".to_string())
            }
        };
        let variant = vnamer.unique(&base);
        let media = pick_media(&r.content);
        let (body_kind_s, ty, media_type) = match media {
            None => ("none", None, None),
            Some(m) => {
                let k = body_kind(&m.media_type);
                let (k, ty) = match k {
                    "json" => (
                        "json",
                        match m.schema {
                            Some(s) => wrap_null(tg.resolve(s, &format!("{stem}{variant}Body"))),
                            None => Ty::Value,
                        },
                    ),
                    "text" => ("text", Ty::Prim("::std::string::String")),
                    _ => ("bytes", Ty::Bytes),
                };
                let mt = if m.media_type.contains('*') {
                    if k == "json" {
                        "application/json".to_string()
                    } else {
                        "application/octet-stream".to_string()
                    }
                } else {
                    m.media_type.clone()
                };
                (k, Some(ty.render("super::types::")), Some(lit(&mt)))
            }
        };
        let mut hnamer = Namer::default();
        let mut headers = Vec::new();
        for h in &r.headers {
            if h.name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let schema = h
                .schema
                .or_else(|| h.content.first().and_then(|m| m.schema));
            let hty = match schema {
                Some(s) => {
                    wrap_null(tg.resolve(s, &format!("{stem}{variant}{}", pascal_ident(&h.name))))
                }
                None => Ty::Prim("::std::string::String"),
            };
            let hty = hty.render("super::types::");
            headers.push(HeaderView {
                ident: hnamer.unique(&snake_ident(&h.name)),
                wire: lit(&h.name),
                required: h.required,
                field_ty: if h.required {
                    hty.clone()
                } else {
                    format!("::std::option::Option<{hty}>")
                },
                ty: hty,
                docs: doc_lines(&[h.description.as_deref()]),
            });
        }
        let headers_struct = (!headers.is_empty()).then(|| format!("{stem}{variant}Headers"));
        let shape = if status_kind == "code" && headers.is_empty() {
            if ty.is_some() { "tuple" } else { "unit" }
        } else {
            "struct"
        };
        responses.push(ResponseView {
            variant,
            status_kind,
            status,
            pattern,
            success: r.status.is_success(),
            body_kind: body_kind_s,
            ty,
            media_type,
            docs: doc_lines(&[r.description.as_deref()]),
            headers_default: headers.iter().all(|h| !h.required),
            headers,
            headers_struct,
            shape,
        });
    }
    // Success first (stable within each group).
    responses.sort_by_key(|r| !r.success);

    let mut sec = Vec::new();
    let mut security_optional = false;
    for req in &op.security {
        if req.0.is_empty() {
            security_optional = true;
            continue;
        }
        let idx: Option<Vec<usize>> = req.0.keys().map(|k| schemes.get(k).copied()).collect();
        if let Some(idx) = idx {
            sec.push(idx);
        }
    }

    let successes: Vec<&ResponseView> = responses.iter().filter(|r| r.success).collect();
    let single_success = match successes.as_slice() {
        [r] if r.status_kind == "code" && r.shape == "tuple" => r.ty.clone(),
        [r] if r.status_kind == "code" && r.shape == "unit" => Some("()".to_string()),
        _ => None,
    };
    let declared_400 = |key: StatusKey| {
        op.responses
            .iter()
            .find(|r| r.status == key)
            .and_then(|r| pick_media(&r.content))
            .filter(|m| body_kind(&m.media_type) == "json" && !m.media_type.contains('*'))
            .map(|m| m.media_type.clone())
    };
    let bad_request_media = lit(&declared_400(StatusKey::Code(400))
        .or_else(|| declared_400(StatusKey::Range(4)))
        .or_else(|| declared_400(StatusKey::Default))
        .unwrap_or_else(|| "application/json".into()));
    let mut required_inputs: Vec<String> = path_params.iter().map(|p| p.local.clone()).collect();
    required_inputs.extend(
        params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.local.clone()),
    );
    if body
        .as_ref()
        .is_some_and(|b| b.required && (b.kind != "multipart" || b.form_struct.is_some()))
    {
        required_inputs.push("body".into());
    }
    let mut docs = doc_lines(&[op.summary.as_deref(), op.description.as_deref()]);
    if !docs.is_empty() {
        docs.push(lit(""));
    }
    docs.push(lit(&format!(" `{} {}`", op.method, op.path)));
    OperationView {
        fn_name,
        response_enum: format!("{stem}Response"),
        error_enum: format!("{stem}Error"),
        type_stem: stem,
        method,
        axum_method,
        path: lit(&op.path),
        path_pieces,
        docs,
        deprecated: op.deprecated,
        path_params,
        params,
        params_struct,
        params_default,
        body,
        responses,
        has_default,
        bad_request_media,
        single_success,
        required_inputs,
        security: sec,
        security_optional,
    }
}

/// Names following `super::types::` in a rendered type expression.
fn type_names_in(expr: &str, out: &mut Vec<String>) {
    const P: &str = "super::types::";
    let mut rest = expr;
    while let Some(i) = rest.find(P) {
        rest = &rest[i + P.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = &rest[end..];
    }
}

fn names_bare(s: &str) -> &str {
    crate::names::bare(s)
}

/// The parts of a multipart body whose schema is an object with properties.
fn multipart_parts(
    tg: &mut TypeGen,
    table: &mut Option<validate::Table>,
    m: &MediaType,
    stem: &str,
) -> Option<Vec<PartView>> {
    let (props, required) = tg.object_props(m.schema?)?;
    if props.is_empty() {
        return None;
    }
    let mut namer = Namer::default();
    let mut parts = Vec::new();
    for (wire, pid) in props {
        // A single concrete content type from `encoding` (lists and wildcards say nothing
        // about what to send).
        let content_type = m
            .encoding
            .get(&wire)
            .and_then(|e| e.content_type.as_deref())
            .map(str::trim)
            .filter(|c| !c.is_empty() && !c.contains(',') && !c.contains('*'));
        let binary_type = content_type.is_some_and(|c| !c.starts_with("text/") && !is_json(c));
        let kind = if tg.is_binary(pid) || (binary_type && tg.is_string(pid)) {
            "file"
        } else if tg.array_items(pid).is_some_and(|i| tg.is_binary(i)) {
            "files"
        } else {
            "value"
        };
        let ty = match kind {
            "file" => "super::runtime::FilePart".to_string(),
            "files" => "::std::vec::Vec<super::runtime::FilePart>".to_string(),
            _ => wrap_null(tg.resolve(pid, &format!("{stem}Form{}", pascal_ident(&wire))))
                .render("super::types::"),
        };
        let is_required = required.contains(&wire);
        let docs = tg.docs_of(pid);
        parts.push(PartView {
            ident: namer.unique(&snake_ident(&wire)),
            wire: lit(&wire),
            required: is_required,
            kind,
            field_ty: if is_required {
                ty.clone()
            } else {
                format!("::std::option::Option<{ty}>")
            },
            ty,
            content_type: content_type.map(lit),
            deep_object: m
                .encoding
                .get(&wire)
                .is_some_and(|e| e.style == Some(ParamStyle::DeepObject)),
            docs,
            schema: if kind == "value" {
                table.as_mut().map(|t| t.add(pid))
            } else {
                None
            },
        });
    }
    Some(parts)
}
