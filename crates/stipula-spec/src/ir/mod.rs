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

mod operation;
mod schema;

pub use operation::*;
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
    /// Major version: 3, or 2 for a Swagger 2.0 document (`2.0.0`: the IR was built from
    /// its 3.0 upgrade, so it has 3.0 meaning).
    pub major: u32,
    /// Minor version: 0, 1 or 2 (0 for Swagger 2.0). Consumers that must honour a 3.0 rule
    /// the IR cannot normalize test `minor == 0`.
    pub minor: u32,
    /// Patch version as written (`3.1.1` → 1); it never changes meaning.
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
    /// The `info` object: title, version, contact, licence.
    pub info: Info,
    /// `jsonSchemaDialect` (3.1+), if set.
    pub json_schema_dialect: Option<String>,
    /// Root `servers`, in document order. Empty when the document declares none (OpenAPI
    /// then means a single server at `/`).
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
    /// `components.securitySchemes` by name, resolved (a `$ref` to a scheme holds the scheme).
    pub security_schemes: Map<String, SecurityScheme>,
    /// Root `tags` in document order (a tag an operation uses without declaring it here
    /// has no entry).
    pub tags: Vec<Tag>,
    /// Root `externalDocs`, if any.
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

/// The `info` object of the root document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Info {
    /// `info.title` (empty when the document omits it; `validate` reports that).
    pub title: String,
    /// `info.version` verbatim (a string even when YAML wrote `1.0` or `2024-10-01` unquoted).
    pub version: String,
    /// `info.summary` (3.1+).
    pub summary: Option<String>,
    /// `info.description`, CommonMark as written.
    pub description: Option<String>,
    /// `info.termsOfService` URL as written.
    pub terms_of_service: Option<String>,
    /// `info.contact` verbatim (`name`, `url`, `email`); the IR does not interpret it.
    pub contact: Option<Value>,
    /// `info.license` verbatim (`name`, `identifier` or `url`).
    pub license: Option<Value>,
    /// `x-` extensions of `info`.
    pub extensions: Map<String, Value>,
    /// Where `info` is.
    pub loc: Loc,
}

/// An `externalDocs` object (root, tag, operation or schema).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ExternalDocs {
    /// The link target, as written (not checked to be a URL).
    pub url: String,
    /// What the link is about, CommonMark; `None` when absent.
    pub description: Option<String>,
}

/// One entry of a `servers` list (root, path item, operation or link).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Server {
    /// URL template, e.g. `https://{region}.example.com/v1`.
    pub url: String,
    /// What this server is for (e.g. `production`), `None` when absent.
    pub description: Option<String>,
    /// The `{name}` variables of `url` with their defaults, in document order.
    pub variables: Map<String, ServerVariable>,
    /// Where this server entry is.
    pub loc: Loc,
}

/// One variable of a server URL template.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServerVariable {
    /// The value used when the user picks none (required by OpenAPI).
    pub default: String,
    /// The allowed values (`enum`); empty = any string.
    pub enum_: Vec<String>,
    /// What the variable selects, `None` when absent.
    pub description: Option<String>,
}

/// One entry of the root `tags` list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tag {
    /// The tag as operations name it in their `tags`.
    pub name: String,
    /// 3.2 `summary`: a short title for the tag.
    pub summary: Option<String>,
    /// What the operations of this tag have in common, CommonMark.
    pub description: Option<String>,
    /// 3.2 `parent`: the name of the tag this one nests under.
    pub parent: Option<String>,
    /// 3.2 `kind` (e.g. `nav`, `badge`), verbatim.
    pub kind: Option<String>,
    /// The tag's `externalDocs`, if any.
    pub external_docs: Option<ExternalDocs>,
    /// `x-` extensions of the tag (e.g. `x-displayName`).
    pub extensions: Map<String, Value>,
    /// Where the tag is declared.
    pub loc: Loc,
}

/// Path-level data that is not an operation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PathInfo {
    /// The path item's `summary`, shared by its operations.
    pub summary: Option<String>,
    /// The path item's `description`, CommonMark.
    pub description: Option<String>,
    /// The path item's own `servers` (operations already carry the effective list).
    pub servers: Vec<Server>,
    /// Name of `components.pathItems` entry when the path item was a `$ref` to one.
    pub component: Option<String>,
    /// `x-` extensions of the path item.
    pub extensions: Map<String, Value>,
    /// Where the path item is (the `$ref` target when it was a reference).
    pub loc: Loc,
}

/// One alternative of a `security` list: all of these schemes at once.
/// Scheme name → scopes (or roles).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SecurityRequirement(pub Map<String, Vec<String>>);

/// One security scheme (`components.securitySchemes` entry), resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SecurityScheme {
    /// The scheme type with its type-specific fields.
    pub kind: SecuritySchemeKind,
    /// What the scheme is, CommonMark.
    pub description: Option<String>,
    /// 3.2 `deprecated: true`.
    pub deprecated: bool,
    /// `x-` extensions of the scheme.
    pub extensions: Map<String, Value>,
    /// Where the scheme is declared.
    pub loc: Loc,
}

/// The `type` of a security scheme and what that type adds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum SecuritySchemeKind {
    /// `apiKey`: a key sent in a header, query parameter or cookie.
    ApiKey {
        /// Name of the header, query parameter or cookie that carries the key.
        name: String,
        /// Where the key travels (`in`: header, query or cookie).
        location: ParamLocation,
    },
    /// `http`: an `Authorization` header scheme (RFC 7235).
    Http {
        /// Lower-cased scheme, e.g. `bearer`, `basic`.
        scheme: String,
        /// `bearerFormat`: a hint for the token format (e.g. `JWT`); documentation only.
        bearer_format: Option<String>,
    },
    /// `oauth2`.
    OAuth2 {
        /// The `flows` object verbatim (authorization URLs, token URLs, scopes).
        flows: Value,
    },
    /// `openIdConnect`.
    OpenIdConnect {
        /// `openIdConnectUrl`: the discovery document.
        url: String,
    },
    /// `mutualTLS` (3.1+): a client certificate.
    MutualTls,
    /// A `type` the IR does not know, kept verbatim.
    Other {
        /// The `type` as written.
        type_: String,
        /// The whole scheme object verbatim.
        raw: Value,
    },
}

/// Components other than schemas, resolved, by name.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Components {
    /// `components.parameters` by name.
    pub parameters: Map<String, Parameter>,
    /// `components.responses` by name.
    pub responses: Map<String, Response>,
    /// `components.requestBodies` by name.
    pub request_bodies: Map<String, RequestBody>,
    /// `components.headers` by name.
    pub headers: Map<String, Header>,
    /// `components.examples` by name.
    pub examples: Map<String, Example>,
    /// `components.links` by name.
    pub links: Map<String, Link>,
    /// `components.callbacks` by name.
    pub callbacks: Map<String, Callback>,
    /// `components.pathItems`: the operations of each, with `path` set to the component name.
    pub path_items: Map<String, Vec<Operation>>,
}
