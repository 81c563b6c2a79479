//! The intermediate representation every stipula job works on.
//!
//! One [`Spec`] is built from one root document plus every file its `$ref`s pull in.
//! The IR has a single dialect: OpenAPI 3.1 / JSON Schema 2020-12 meaning. A 3.0
//! document is normalized on the way in (`nullable` becomes a `"null"` member of the
//! type set, boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds,
//! `example` joins `examples`), so a 3.0 spec and its faithful 3.1 rewrite build
//! equal IRs (locations aside: see [`Loc`]'s `PartialEq`).
//!
//! Rules consumers can rely on:
//!
//! * **Schemas are a graph in an arena.** [`Spec::schemas`] owns every schema; everything
//!   else refers to schemas by [`SchemaId`]. A `$ref` to a schema is resolved to the id of
//!   its target, so shared components stay shared and recursive schemas are cycles of ids.
//!   A schema that is only a `$ref` (or, in 3.0, a `$ref` with ignored siblings) is *not* a
//!   node of its own: the referring place holds the target's id directly. A 3.1 `$ref` with
//!   constraining siblings becomes a node whose [`SchemaObject::ref_`] points at the target
//!   (the siblings apply in addition, like an `allOf`).
//! * **Named components keep their names**: [`Schema::name`] is `Some("Pet")` for
//!   `#/components/schemas/Pet`, and the other component kinds carry `component` names too.
//! * **Every node knows where it came from**: a [`Loc`] with file, JSON pointer, line and column.
//! * **Nothing is dropped silently**: keywords the IR does not model are kept in
//!   `unknown` maps, `x-` extensions in `extensions` maps. Where the loader had to ignore
//!   something (3.0 `$ref` siblings, say), it says so in a warning diagnostic.
//! * **Non-schema `$ref`s** (parameters, responses, request bodies, headers, links,
//!   examples, callbacks, path items, security schemes) are resolved by value: the
//!   operation holds the resolved object, and `component` names the component it came from.

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;
use std::fmt;
use std::sync::Arc;

mod schema;

pub use schema::*;

/// Map type used throughout the IR: insertion order = document order.
pub type Map<K, V> = IndexMap<K, V>;

/// Index of a source file in [`Spec::files`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FileId(pub u32);

/// Where an IR node came from.
///
/// `PartialEq` on `Loc` is always `true`: a location is provenance, not meaning, so two IRs
/// built from differently formatted (or 3.0 vs 3.1) documents compare equal when they mean
/// the same thing. Compare the fields yourself when you need positional equality.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Loc {
    /// The file, as an index into [`Spec::files`].
    pub file: u32,
    /// JSON pointer (RFC 6901) of the node inside that file, e.g. `/paths/~1pets/get`.
    pub pointer: String,
    /// 1-based line of the node's first character (0 when unknown).
    pub line: u32,
    /// 1-based column of the node's first character (0 when unknown).
    pub col: u32,
}

impl PartialEq for Loc {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Loc {
    /// Render as `path:line:col` using the file table of `spec`.
    pub fn display<'a>(&'a self, files: &'a [SourceFile]) -> LocDisplay<'a> {
        LocDisplay { loc: self, files }
    }
}

/// Helper returned by [`Loc::display`].
pub struct LocDisplay<'a> {
    loc: &'a Loc,
    files: &'a [SourceFile],
}

impl fmt::Display for LocDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self
            .files
            .get(self.loc.file as usize)
            .map(|s| s.display_name.as_str())
            .unwrap_or("<unknown>");
        write!(f, "{}:{}:{}", name, self.loc.line, self.loc.col)
    }
}

/// A file that took part in building the IR.
#[derive(Clone, Debug, Serialize)]
pub struct SourceFile {
    /// Path as the user should see it (relative to the working directory when possible).
    pub display_name: String,
    /// Canonical absolute path (or the URL for remote documents).
    pub path: String,
    /// Full text, kept for diagnostics that show the source line.
    #[serde(skip)]
    pub text: Arc<str>,
}

/// The OpenAPI version a document declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct OpenApiVersion {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl fmt::Display for OpenApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A whole API description.
///
/// Equality ignores locations, the declared OpenAPI version and the file table, so a 3.0
/// document and its faithful 3.1 rewrite compare equal.
#[derive(Clone, Debug, Serialize)]
pub struct Spec {
    /// Declared `openapi` version of the root document (3.0.x, 3.1.x or 3.2.x).
    pub openapi: OpenApiVersion,
    pub info: Info,
    /// `jsonSchemaDialect` (3.1+), if set.
    pub json_schema_dialect: Option<String>,
    pub servers: Vec<Server>,
    /// Every operation under `paths`, in document order (path order, then method order as written).
    pub operations: Vec<Operation>,
    /// Every operation under `webhooks` (3.1+) or the `x-webhooks` extension (3.0).
    /// For webhooks, [`Operation::path`] holds the webhook's name.
    pub webhooks: Vec<Operation>,
    /// Path-level data (summary, description, servers, extensions) by path template.
    pub paths: Map<String, PathInfo>,
    /// Global security requirements (`security` at the root). Operations already have the
    /// effective requirements in [`Operation::security`].
    pub security: Vec<SecurityRequirement>,
    pub security_schemes: Map<String, SecurityScheme>,
    pub tags: Vec<Tag>,
    pub external_docs: Option<ExternalDocs>,
    /// Every schema, indexed by [`SchemaId`].
    pub schemas: SchemaArena,
    /// `components.schemas` (and any other named schema, e.g. `$defs` of a component) by name.
    pub schema_names: Map<String, SchemaId>,
    /// The other kinds of components, resolved (parameters, responses, ...), for consumers
    /// that want to report on them by name. Operations hold resolved copies already.
    pub components: Components,
    /// `x-` extensions of the root object.
    pub extensions: Map<String, Value>,
    /// Every file that took part, index = [`Loc::file`]. File 0 is the root document.
    pub files: Vec<SourceFile>,
}

impl PartialEq for Spec {
    fn eq(&self, o: &Self) -> bool {
        self.info == o.info
            && self.json_schema_dialect == o.json_schema_dialect
            && self.servers == o.servers
            && self.operations == o.operations
            && self.webhooks == o.webhooks
            && self.paths == o.paths
            && self.security == o.security
            && self.security_schemes == o.security_schemes
            && self.tags == o.tags
            && self.external_docs == o.external_docs
            && self.schemas == o.schemas
            && self.schema_names == o.schema_names
            && self.components == o.components
            && self.extensions == o.extensions
    }
}

impl Spec {
    /// The schema with this id.
    pub fn schema(&self, id: SchemaId) -> &Schema {
        self.schemas.get(id)
    }

    /// Render a location as `file:line:col`.
    pub fn loc(&self, loc: &Loc) -> String {
        loc.display(&self.files).to_string()
    }

    /// All operations: paths first, then webhooks.
    pub fn all_operations(&self) -> impl Iterator<Item = &Operation> {
        self.operations.iter().chain(self.webhooks.iter())
    }

    /// Find an operation by `operationId`.
    pub fn operation_by_id(&self, id: &str) -> Option<&Operation> {
        self.all_operations()
            .find(|o| o.operation_id.as_deref() == Some(id))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Info {
    pub title: String,
    /// `info.version` verbatim (a string even when YAML wrote `1.0` or `2024-10-01` unquoted).
    pub version: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub terms_of_service: Option<String>,
    pub contact: Option<Value>,
    pub license: Option<Value>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ExternalDocs {
    pub url: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Server {
    /// URL template, e.g. `https://{region}.example.com/v1`.
    pub url: String,
    pub description: Option<String>,
    pub variables: Map<String, ServerVariable>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServerVariable {
    pub default: String,
    pub enum_: Vec<String>,
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tag {
    pub name: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub parent: Option<String>,
    pub kind: Option<String>,
    pub external_docs: Option<ExternalDocs>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

/// Path-level data that is not an operation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PathInfo {
    pub summary: Option<String>,
    pub description: Option<String>,
    pub servers: Vec<Server>,
    /// Name of `components.pathItems` entry when the path item was a `$ref` to one.
    pub component: Option<String>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

/// HTTP method of an operation. 3.2's `query` and `additionalOperations` are [`Method::Other`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
    /// Any other method (3.2 `query`, `additionalOperations` keys), upper-case.
    Other(String),
}

impl Method {
    /// Upper-case name as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
            Method::Other(s) => s,
        }
    }

    /// Parse a lower-case path item key (`get`, `post`, ...). Returns `None` for non-method keys.
    pub fn from_path_item_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            "query" => Method::Other("QUERY".into()),
            _ => return None,
        })
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One operation: a method on a path template (or a webhook).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Operation {
    pub method: Method,
    /// Path template as written, e.g. `/pets/{petId}`; for webhooks, the webhook name.
    pub path: String,
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub deprecated: bool,
    /// Effective parameters: path-level ones merged with the operation's (operation wins on
    /// the same name + location), in that order.
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    /// Responses in document order.
    pub responses: Vec<Response>,
    /// Effective security: the operation's own `security` if present, else the global one.
    /// An empty list means no authentication; a requirement with no schemes (`{}`) means
    /// authentication is optional.
    pub security: Vec<SecurityRequirement>,
    /// `true` when the operation declared its own `security` (even an empty one).
    pub security_overridden: bool,
    pub callbacks: Vec<Callback>,
    /// Effective servers (operation, else path, else root); empty means the root's.
    pub servers: Vec<Server>,
    pub external_docs: Option<ExternalDocs>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

impl Operation {
    /// `"METHOD /path/template"`, the name reports use.
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// Parameters in one location.
    pub fn params_in(&self, location: ParamLocation) -> impl Iterator<Item = &Parameter> {
        self.parameters
            .iter()
            .filter(move |p| p.location == location)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
    /// 3.2 `querystring`: the whole query string as one value (use `content`).
    QueryString,
}

impl ParamLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::QueryString => "querystring",
        }
    }
}

/// Serialization style (`style`) of a parameter or header. Always filled in: when the spec
/// leaves it out, the default for the location is used (form for query/cookie, simple for
/// path/header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum ParamStyle {
    Matrix,
    Label,
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Cookie,
}

impl ParamStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamStyle::Matrix => "matrix",
            ParamStyle::Label => "label",
            ParamStyle::Simple => "simple",
            ParamStyle::Form => "form",
            ParamStyle::SpaceDelimited => "spaceDelimited",
            ParamStyle::PipeDelimited => "pipeDelimited",
            ParamStyle::DeepObject => "deepObject",
            ParamStyle::Cookie => "cookie",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parameter {
    pub name: String,
    pub location: ParamLocation,
    /// As written (default false). Path parameters must say `true`; `validate` reports those
    /// that do not, and consumers should treat every path parameter as required.
    pub required: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    pub style: ParamStyle,
    /// Effective `explode` (default: true for form/cookie style, false otherwise).
    pub explode: bool,
    pub allow_reserved: bool,
    pub allow_empty_value: bool,
    /// `schema`, when the parameter uses one (exclusive with `content`).
    pub schema: Option<SchemaId>,
    /// `content` (one media type) when the parameter uses it instead of `schema`.
    pub content: Vec<MediaType>,
    /// Examples (`example` normalized into this list, named `examples` values included).
    pub examples: Vec<Example>,
    /// Name under `components.parameters` when this came from a `$ref`.
    pub component: Option<String>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Example {
    /// Key under `examples` (None for a lone `example`).
    pub name: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The literal value (`value`, or 3.2 `dataValue`), if given inline. Shared: the same
    /// example reached from many operations is one value.
    pub value: Option<Arc<Value>>,
    /// `externalValue` URL, if given.
    pub external_value: Option<String>,
    pub component: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RequestBody {
    pub description: Option<String>,
    pub required: bool,
    /// Media types in document order (e.g. `application/json`, `multipart/form-data`).
    pub content: Vec<MediaType>,
    pub component: Option<String>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MediaType {
    /// The media type or range as written (`application/json`, `image/*`, `*/*`).
    pub media_type: String,
    pub schema: Option<SchemaId>,
    /// 3.2 `itemSchema` (for streamed sequences), if present.
    pub item_schema: Option<SchemaId>,
    pub examples: Vec<Example>,
    /// `encoding` per property (form and multipart bodies).
    pub encoding: Map<String, Encoding>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Encoding {
    pub content_type: Option<String>,
    pub headers: Vec<Header>,
    pub style: Option<ParamStyle>,
    pub explode: Option<bool>,
    pub allow_reserved: bool,
}

/// A response key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum StatusKey {
    /// An exact code, e.g. 200.
    Code(u16),
    /// A range `1XX`..`5XX`; holds the first digit.
    Range(u8),
    /// `default`.
    Default,
}

impl StatusKey {
    /// Parse a response key (`200`, `2XX`/`2xx`, `default`).
    pub fn parse(key: &str) -> Option<StatusKey> {
        if key == "default" {
            return Some(StatusKey::Default);
        }
        let b = key.as_bytes();
        if b.len() != 3 || !(b'1'..=b'5').contains(&b[0]) {
            return None;
        }
        if b[1..].iter().all(|c| *c == b'X' || *c == b'x') {
            return Some(StatusKey::Range(b[0] - b'0'));
        }
        if b[1..].iter().all(u8::is_ascii_digit) {
            return key.parse().ok().map(StatusKey::Code);
        }
        None
    }

    /// Does a concrete status code fall under this key?
    pub fn matches(self, status: u16) -> bool {
        match self {
            StatusKey::Code(c) => c == status,
            StatusKey::Range(d) => status / 100 == d as u16,
            StatusKey::Default => true,
        }
    }

    /// True for 2XX codes and the 2XX range.
    pub fn is_success(self) -> bool {
        match self {
            StatusKey::Code(c) => (200..300).contains(&c),
            StatusKey::Range(d) => d == 2,
            StatusKey::Default => false,
        }
    }
}

impl fmt::Display for StatusKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusKey::Code(c) => write!(f, "{c}"),
            StatusKey::Range(d) => write!(f, "{d}XX"),
            StatusKey::Default => f.write_str("default"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Response {
    pub status: StatusKey,
    pub description: Option<String>,
    pub headers: Vec<Header>,
    pub content: Vec<MediaType>,
    pub links: Vec<Link>,
    pub component: Option<String>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

impl Operation {
    /// The response that documents `status`: exact code, else range, else `default`.
    pub fn response_for(&self, status: u16) -> Option<&Response> {
        self.responses
            .iter()
            .find(|r| r.status == StatusKey::Code(status))
            .or_else(|| {
                self.responses
                    .iter()
                    .find(|r| matches!(r.status, StatusKey::Range(_)) && r.status.matches(status))
            })
            .or_else(|| {
                self.responses
                    .iter()
                    .find(|r| r.status == StatusKey::Default)
            })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Header {
    pub name: String,
    pub description: Option<String>,
    pub required: bool,
    pub deprecated: bool,
    pub style: ParamStyle,
    pub explode: bool,
    pub schema: Option<SchemaId>,
    pub content: Vec<MediaType>,
    pub examples: Vec<Example>,
    pub component: Option<String>,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub name: String,
    pub operation_ref: Option<String>,
    pub operation_id: Option<String>,
    /// Parameter name (optionally `in.name`) → runtime expression or constant.
    pub parameters: Map<String, Value>,
    pub request_body: Option<Value>,
    pub description: Option<String>,
    pub server: Option<Server>,
    pub component: Option<String>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Callback {
    pub name: String,
    /// One operation per (expression, method); [`Operation::path`] holds the runtime expression.
    pub operations: Vec<Operation>,
    pub component: Option<String>,
    pub loc: Loc,
}

/// One alternative of a `security` list: all of these schemes at once.
/// Scheme name → scopes (or roles).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SecurityRequirement(pub Map<String, Vec<String>>);

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SecurityScheme {
    pub kind: SecuritySchemeKind,
    pub description: Option<String>,
    pub deprecated: bool,
    pub extensions: Map<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum SecuritySchemeKind {
    ApiKey {
        name: String,
        location: ParamLocation,
    },
    Http {
        /// Lower-cased scheme, e.g. `bearer`, `basic`.
        scheme: String,
        bearer_format: Option<String>,
    },
    OAuth2 {
        flows: Value,
    },
    OpenIdConnect {
        url: String,
    },
    MutualTls,
    /// A `type` the IR does not know, kept verbatim.
    Other {
        type_: String,
        raw: Value,
    },
}

/// Components other than schemas, resolved, by name.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Components {
    pub parameters: Map<String, Parameter>,
    pub responses: Map<String, Response>,
    pub request_bodies: Map<String, RequestBody>,
    pub headers: Map<String, Header>,
    pub examples: Map<String, Example>,
    pub links: Map<String, Link>,
    pub callbacks: Map<String, Callback>,
    /// `components.pathItems`: the operations of each, with `path` set to the component name.
    pub path_items: Map<String, Vec<Operation>>,
}
