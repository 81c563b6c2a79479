//! Operations and what they are made of: methods, parameters (location and style), request
//! bodies, media types and encodings, responses (status keys), headers, links, callbacks
//! and examples.

use super::{ExternalDocs, Loc, Map, SchemaId, SecurityRequirement, Server};
use serde::Serialize;
use serde_json::Value;
use std::fmt;
use std::sync::Arc;

/// HTTP method of an operation. 3.2's `query` and `additionalOperations` are [`Method::Other`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Method {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
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
    /// The HTTP method (for a callback, the method the API will call back with).
    pub method: Method,
    /// Path template as written, e.g. `/pets/{petId}`; for webhooks, the webhook name.
    pub path: String,
    /// `operationId` as written; `None` when absent (generators then derive a name from
    /// method and path). Unique across the API when the spec is valid.
    pub operation_id: Option<String>,
    /// One-line `summary`.
    pub summary: Option<String>,
    /// `description`, CommonMark.
    pub description: Option<String>,
    /// The `tags` it is listed under, in document order.
    pub tags: Vec<String>,
    /// `deprecated: true` as written (default false).
    pub deprecated: bool,
    /// Effective parameters: path-level ones merged with the operation's (operation wins on
    /// the same name + location), in that order.
    pub parameters: Vec<Parameter>,
    /// The request body, resolved; `None` when the operation takes none.
    pub request_body: Option<RequestBody>,
    /// Responses in document order.
    pub responses: Vec<Response>,
    /// Effective security: the operation's own `security` if present, else the global one.
    /// An empty list means no authentication; a requirement with no schemes (`{}`) means
    /// authentication is optional.
    pub security: Vec<SecurityRequirement>,
    /// `true` when the operation declared its own `security` (even an empty one).
    pub security_overridden: bool,
    /// Callbacks the API may make after this operation, resolved, in document order.
    pub callbacks: Vec<Callback>,
    /// Effective servers (operation, else path, else root); empty means the root's.
    pub servers: Vec<Server>,
    /// The operation's `externalDocs`, if any.
    pub external_docs: Option<ExternalDocs>,
    /// `x-` extensions of the operation.
    pub extensions: Map<String, Value>,
    /// Where the operation object is (e.g. `/paths/~1pets/get`).
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

/// Where a parameter travels (`in`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ParamLocation {
    /// `in: path`: a `{name}` segment of the path template (always required).
    Path,
    /// `in: query`: a query-string parameter.
    Query,
    /// `in: header`: a request header (names compare case-insensitively).
    Header,
    /// `in: cookie`: a cookie in the `Cookie` header.
    Cookie,
    /// 3.2 `querystring`: the whole query string as one value (use `content`).
    QueryString,
}

impl ParamLocation {
    /// The `in` value as OpenAPI spells it (`path`, `query`, ..., `querystring`).
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
    /// `;name=value` path segments (RFC 6570 `{;name}`).
    Matrix,
    /// `.value` path segments (RFC 6570 `{.name}`).
    Label,
    /// Comma-separated values (RFC 6570 `{name}`): the default for path and header.
    Simple,
    /// `name=value` pairs joined with `&` (RFC 6570 `{?name}`): the default for query and cookie.
    Form,
    /// Array values joined by a space (`%20`), query only.
    SpaceDelimited,
    /// Array values joined by `|`, query only.
    PipeDelimited,
    /// Object members as `name[key]=value`, query only.
    DeepObject,
    /// 3.2 `cookie` style: `name=value` pairs as a `Cookie` header writes them.
    Cookie,
}

impl ParamStyle {
    /// The `style` value as OpenAPI spells it (`form`, `deepObject`, ...).
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

/// One parameter of an operation (or of `components.parameters`), resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parameter {
    /// The parameter name as sent (case as written; header names compare
    /// case-insensitively on the wire).
    pub name: String,
    /// Where it travels (`in`).
    pub location: ParamLocation,
    /// As written (default false). Path parameters must say `true`; `validate` reports those
    /// that do not, and consumers should treat every path parameter as required.
    pub required: bool,
    /// `deprecated: true` as written.
    pub deprecated: bool,
    /// What the parameter means, CommonMark.
    pub description: Option<String>,
    /// Effective `style` (filled in from the location when absent; see [`ParamStyle`]).
    pub style: ParamStyle,
    /// Effective `explode` (default: true for form/cookie style, false otherwise).
    pub explode: bool,
    /// `allowReserved`: reserved characters (`:/?#[]@!$&'()*+,;=`) are sent without
    /// percent-encoding (query only; default false).
    pub allow_reserved: bool,
    /// `allowEmptyValue` (deprecated in OpenAPI): `?name` with no value is allowed.
    pub allow_empty_value: bool,
    /// `schema`, when the parameter uses one (exclusive with `content`).
    pub schema: Option<SchemaId>,
    /// `content` (one media type) when the parameter uses it instead of `schema`.
    pub content: Vec<MediaType>,
    /// Examples (`example` normalized into this list, named `examples` values included).
    pub examples: Vec<Example>,
    /// Name under `components.parameters` when this came from a `$ref`.
    pub component: Option<String>,
    /// `x-` extensions of the parameter.
    pub extensions: Map<String, Value>,
    /// Where the parameter object is (the `$ref` target when it was a reference).
    pub loc: Loc,
}

/// One example of a parameter, header, media type (or `components.examples`), resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Example {
    /// Key under `examples` (None for a lone `example`).
    pub name: Option<String>,
    /// Short `summary` of the example.
    pub summary: Option<String>,
    /// Long `description`, CommonMark.
    pub description: Option<String>,
    /// The literal value (`value`, or 3.2 `dataValue`), if given inline. Shared: the same
    /// example reached from many operations is one value.
    pub value: Option<Arc<Value>>,
    /// `externalValue` URL, if given.
    pub external_value: Option<String>,
    /// Name under `components.examples` when it came from a `$ref`.
    pub component: Option<String>,
}

/// The request body of an operation, resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RequestBody {
    /// What the body is, CommonMark.
    pub description: Option<String>,
    /// `required` as written (default false: the body may be omitted).
    pub required: bool,
    /// Media types in document order (e.g. `application/json`, `multipart/form-data`).
    pub content: Vec<MediaType>,
    /// Name under `components.requestBodies` when it came from a `$ref`.
    pub component: Option<String>,
    /// `x-` extensions of the request body.
    pub extensions: Map<String, Value>,
    /// Where the request body object is.
    pub loc: Loc,
}

/// One entry of a `content` map: a media type (or range) and what it carries.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MediaType {
    /// The media type or range as written (`application/json`, `image/*`, `*/*`).
    pub media_type: String,
    /// The body's schema; `None` when the spec gives none (any bytes of that type).
    pub schema: Option<SchemaId>,
    /// 3.2 `itemSchema` (for streamed sequences), if present.
    pub item_schema: Option<SchemaId>,
    /// Examples (`example` normalized into this list, named `examples` included).
    pub examples: Vec<Example>,
    /// `encoding` per property (form and multipart bodies).
    pub encoding: Map<String, Encoding>,
    /// `x-` extensions of the media type object.
    pub extensions: Map<String, Value>,
    /// Where the media type object is (e.g. `.../content/application~1json`).
    pub loc: Loc,
}

/// How one property of a form or multipart body is encoded (`encoding`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Encoding {
    /// `contentType` of the part, as written (may be a list such as
    /// `image/png, image/jpeg`); `None` = the default for the property's type.
    pub content_type: Option<String>,
    /// Headers of a multipart part (not `Content-Type`, which is `content_type`).
    pub headers: Vec<Header>,
    /// `style` of the part in an `application/x-www-form-urlencoded` body; `None` when absent
    /// (OpenAPI's default is `form`).
    pub style: Option<ParamStyle>,
    /// `explode` as written; `None` = the default for `style`.
    pub explode: Option<bool>,
    /// `allowReserved` for form bodies (default false).
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

/// One response of an operation (or of `components.responses`), resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Response {
    /// The response key: a code, a range or `default`.
    pub status: StatusKey,
    /// `description`, CommonMark; `None` when absent (required before 3.2).
    pub description: Option<String>,
    /// Response headers in document order.
    pub headers: Vec<Header>,
    /// Media types of the body in document order; empty = no body.
    pub content: Vec<MediaType>,
    /// Design-time links to other operations, in document order.
    pub links: Vec<Link>,
    /// Name under `components.responses` when it came from a `$ref`.
    pub component: Option<String>,
    /// `x-` extensions of the response.
    pub extensions: Map<String, Value>,
    /// Where the response object is (e.g. `.../responses/200`).
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

/// A response header, a multipart part header, or a `components.headers` entry, resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Header {
    /// The header name as written (compare case-insensitively).
    pub name: String,
    /// What the header carries, CommonMark.
    pub description: Option<String>,
    /// `required` as written (default false).
    pub required: bool,
    /// `deprecated: true` as written.
    pub deprecated: bool,
    /// Effective `style`: `simple` when absent (the only style OpenAPI allows for headers).
    pub style: ParamStyle,
    /// `explode` as written (default false).
    pub explode: bool,
    /// `schema`, when the header uses one (exclusive with `content`).
    pub schema: Option<SchemaId>,
    /// `content` (one media type) when the header uses it instead of `schema`.
    pub content: Vec<MediaType>,
    /// Examples (`example` normalized into this list).
    pub examples: Vec<Example>,
    /// Name under `components.headers` when it came from a `$ref`.
    pub component: Option<String>,
    /// `x-` extensions of the header.
    pub extensions: Map<String, Value>,
    /// Where the header object is.
    pub loc: Loc,
}

/// A design-time link from a response to another operation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    /// The key of the link in the response's `links`.
    pub name: String,
    /// `operationRef`: a URI reference to the target operation, verbatim.
    pub operation_ref: Option<String>,
    /// `operationId` of the target operation (not checked to exist).
    pub operation_id: Option<String>,
    /// Parameter name (optionally `in.name`) → runtime expression or constant.
    pub parameters: Map<String, Value>,
    /// `requestBody`: a runtime expression or a constant for the target's body.
    pub request_body: Option<Value>,
    /// What the link is for, CommonMark.
    pub description: Option<String>,
    /// A server to use for the target instead of its own.
    pub server: Option<Server>,
    /// Name under `components.links` when it came from a `$ref`.
    pub component: Option<String>,
    /// Where the link object is.
    pub loc: Loc,
}

/// A callback: requests the API makes to the client after an operation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Callback {
    /// The key of the callback in the operation's `callbacks`.
    pub name: String,
    /// One operation per (expression, method); [`Operation::path`] holds the runtime expression.
    pub operations: Vec<Operation>,
    /// Name under `components.callbacks` when it came from a `$ref`.
    pub component: Option<String>,
    /// Where the callback object is.
    pub loc: Loc,
}
