//! The structs of the view model that templates see (`--print-context` prints them as
//! JSON): the crate, its modules, operations, parameters, bodies, responses and routes.

use super::*;

/// Everything a template sees (`--print-context` prints this as JSON).
#[derive(Serialize, Debug)]
pub struct Context {
    /// `rust-client` or `rust-server`.
    pub target: String,
    /// Cargo package name (a TOML string literal) and the bare name.
    pub crate_name: String,
    /// The package name as a TOML string literal.
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
    /// Every server of the description (the first is the default base URL).
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
    /// `true` when some operation has a streaming variant (`OperationView::stream`): the
    /// runtime's `stream` feature.
    pub needs_stream: bool,
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

/// One server of the description.
#[derive(Serialize, Debug)]
pub struct ServerView {
    /// Its URL with variables at their defaults, a Rust literal.
    pub url: String,
    /// Its description as doc lines.
    pub docs: Vec<String>,
}

/// One security scheme of the description, as the client's credential setter and the server's
/// check see it.
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
    /// The api key's parameter name (literal).
    pub param: Option<String>,
    /// The scheme's description as doc lines.
    pub docs: Vec<String>,
}

/// One module of generated code: the operations of one tag.
#[derive(Serialize, Debug)]
pub struct ModuleView {
    /// Module identifier (snake case, unique).
    pub name: String,
    /// Cargo feature name for this module (client).
    pub feature: String,
    /// The tag's description as doc lines.
    pub docs: Vec<String>,
    /// The module's operations, in the description's order.
    pub operations: Vec<OperationView>,
}

/// One operation: the client method and the server handler (and `Api` method) of it.
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
    /// The spec's `operationId` (or `METHOD /path` without one), a literal: what the
    /// client's `tracing` span names the operation.
    pub operation_id: String,
    /// `"METHOD /path"` plus the spec location, for docs.
    pub docs: Vec<String>,
    /// Whether the operation is `deprecated`.
    pub deprecated: bool,
    /// Path parameters (positional arguments), in template order.
    pub path_params: Vec<ParamView>,
    /// Query, header and cookie parameters (fields of the `{stem}Params` struct).
    pub params: Vec<ParamView>,
    /// Name of the params struct, when there are non-path parameters.
    pub params_struct: Option<String>,
    /// `true` when every field of the params struct is optional (it derives `Default`).
    pub params_default: bool,
    /// The request body, when the operation has one.
    pub body: Option<BodyView>,
    /// Responses: success ones first (as in the spec), then the others.
    pub responses: Vec<ResponseView>,
    /// Name of the response enum (`{stem}Response`) and of the client's error enum.
    pub response_enum: String,
    /// Name of the client's error enum (`{stem}Error`).
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
    /// Client: the operation's streaming variant (pages, server-sent events or a byte
    /// stream), laid out by `streams.rs.j2`.
    pub stream: Option<super::streams::StreamView>,
}

/// One piece of an operation's path: literal text or a parameter.
#[derive(Serialize, Debug)]
pub struct PathPiece {
    /// Literal text (a Rust literal), or `None` for a parameter.
    pub text: Option<String>,
    /// Parameter identifier for a parameter piece.
    pub param: Option<String>,
}

/// One parameter of an operation.
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
    /// Whether the parameter is required (path parameters always are).
    pub required: bool,
    /// The value type (without the `Option` of optional parameters).
    pub ty: String,
    /// Type of the struct field / argument (with `Option` when optional).
    pub field_ty: String,
    /// Argument type for client path parameters (`&str` for strings).
    pub arg_ty: String,
    /// OpenAPI `style` (literal) and `explode`.
    pub style: String,
    /// Whether `explode` is on.
    pub explode: bool,
    /// The parameter's description as doc lines.
    pub docs: Vec<String>,
    /// Numeric/string bounds the server checks (`minimum`, `maximum`, `minLength`,
    /// `maxLength`), as Rust literals or `None`.
    pub minimum: Option<String>,
    /// Upper bound (see `minimum`).
    pub maximum: Option<String>,
    /// Minimum length (see `minimum`).
    pub min_length: Option<String>,
    /// Maximum length (see `minimum`).
    pub max_length: Option<String>,
    /// Server: index of the parameter's schema in the validation table.
    pub schema: Option<usize>,
}

/// The request body of an operation.
#[derive(Serialize, Debug)]
pub struct BodyView {
    /// `json`, `form`, `multipart`, `bytes` or `text`.
    pub kind: &'static str,
    /// The media type to send (literal).
    pub media_type: String,
    /// Whether the description marks the body `required`.
    pub required: bool,
    /// The body type (without `Option`). For a typed multipart body, the name of the form
    /// struct in the operation's module.
    pub ty: String,
    /// The body's description as doc lines.
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
    /// Rust identifier of the form struct's field.
    pub ident: String,
    /// Part name, a literal.
    pub wire: String,
    /// Whether the part is required.
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
    /// The part's description as doc lines.
    pub docs: Vec<String>,
    /// Server: index of the part's schema in the validation table (`value` parts).
    pub schema: Option<usize>,
}

/// One response header the spec declares (`Content-Type` is left out, as OpenAPI says).
#[derive(Serialize, Debug)]
pub struct HeaderView {
    /// Rust identifier of the headers struct's field.
    pub ident: String,
    /// Header name, a literal.
    pub wire: String,
    /// Whether the header is required.
    pub required: bool,
    /// Value type (without `Option`).
    pub ty: String,
    /// Field type (with `Option` when not required).
    pub field_ty: String,
    /// The header's description as doc lines.
    pub docs: Vec<String>,
}

/// One documented response of an operation.
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
    /// The response's description as doc lines.
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

/// One path of the server's router, with every method served on it.
#[derive(Serialize, Debug)]
pub struct RouteView {
    /// axum path with positional parameter names (`/pets/{p0}`), a literal.
    pub path: String,
    /// (module, operation index in module) for each operation on the path.
    pub operations: Vec<RouteOp>,
}

/// One method of a route.
#[derive(Serialize, Debug)]
pub struct RouteOp {
    /// The module holding the handler.
    pub module: String,
    /// The handler's name.
    pub fn_name: String,
    /// The axum routing function (`get`, `post`...).
    pub axum_method: String,
}
