//! Helpers of generated axum servers: request decoding (parameters through
//! [`super::params`], bodies), security schemes, the structured 400 response, the request
//! validator ([`validate`]) and, with the `multipart` feature, multipart bodies (parsed by
//! `multer`).

pub mod validate;

#[cfg(feature = "multipart")]
pub mod multipart;

use super::body::base64_decode;
use super::params::{decode, from_texts, nest_pairs, parse_query, read_path, unmark};
use super::serde_support::{coerce, coerce_value, from_header_text, loose, simple};
use validate::{shape_text, Node, Validator};

/// Problems found in a request before it reached the `Api` implementation.
///
/// Schemas are checked against `table`, the generated validation table of the API.
#[derive(Debug, Clone)]
pub struct Errors {
    items: ::std::vec::Vec<::serde_json::Value>,
    table: &'static [Node],
}

/// A security scheme of the API description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// Its name under `components.securitySchemes`.
    pub name: &'static str,
    /// `bearer` (also OAuth2 and OpenID Connect), `basic`, `api_key` or `unsupported`
    /// (e.g. mutual TLS: not checked here).
    pub kind: &'static str,
    /// For api keys: `header`, `query` or `cookie`.
    pub location: &'static str,
    /// For api keys: the header, query parameter or cookie name.
    pub param: &'static str,
}

/// The credentials a request carries for one security alternative of its operation.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// `(scheme name, value)`: the bearer token, the api key, or for basic the decoded
    /// `user:password`.
    pub values: ::std::vec::Vec<(&'static str, ::std::string::String)>,
}

impl Credentials {
    /// The value given for the scheme named `scheme`.
    pub fn get(&self, scheme: &str) -> ::std::option::Option<&str> {
        self.values
            .iter()
            .find(|(n, _)| *n == scheme)
            .map(|(_, v)| v.as_str())
    }
}

/// Secrets stay out of logs: only the scheme names print.
impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_list()
            .entries(self.values.iter().map(|(n, _)| format!("{n}: <redacted>")))
            .finish()
    }
}

/// The value a request carries for `scheme`, if any.
fn credential(
    headers: &::axum::http::HeaderMap,
    pairs: &[(::std::string::String, ::std::string::String)],
    scheme: &Scheme,
) -> ::std::option::Option<::std::string::String> {
    let auth = || {
        headers
            .get(::axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    let after = |prefix: &str| -> ::std::option::Option<::std::string::String> {
        let a = auth()?;
        let (word, rest) = a.split_once(' ')?;
        (word.eq_ignore_ascii_case(prefix) && !rest.trim().is_empty())
            .then(|| rest.trim().to_string())
    };
    match (scheme.kind, scheme.location) {
        ("bearer", _) => after("Bearer"),
        ("basic", _) => after("Basic").and_then(|b| base64_decode(&b)),
        ("api_key", "query") => pairs
            .iter()
            .find(|(k, _)| k == scheme.param)
            .map(|(_, v)| unmark(v))
            .filter(|v| !v.is_empty()),
        ("api_key", "cookie") => cookie_value(headers, scheme.param),
        ("api_key", _) => headers
            .get(scheme.param)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .filter(|v| !v.is_empty()),
        _ => Some(::std::string::String::new()),
    }
}

fn cookie_value(
    headers: &::axum::http::HeaderMap,
    name: &str,
) -> ::std::option::Option<::std::string::String> {
    headers
        .get_all(::axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
        .filter(|v| !v.is_empty())
}

/// The credentials of the first alternative (indexes into `schemes`) all of whose
/// credentials the request carries.
pub fn credentials(
    headers: &::axum::http::HeaderMap,
    pairs: &[(::std::string::String, ::std::string::String)],
    schemes: &[Scheme],
    alternatives: &[&[usize]],
) -> ::std::option::Option<Credentials> {
    alternatives.iter().find_map(|alt| {
        let mut c = Credentials::default();
        for i in alt.iter() {
            let s = schemes.get(*i)?;
            c.values.push((s.name, credential(headers, pairs, s)?));
        }
        Some(c)
    })
}

/// 401 for a request without the credentials its operation needs, with a
/// `WWW-Authenticate` challenge per HTTP scheme and a problem body naming what is accepted.
pub fn unauthorized(
    schemes: &[Scheme],
    alternatives: &[&[usize]],
    content_type: &str,
) -> ::axum::response::Response {
    let describe = |s: &Scheme| match s.kind {
        "bearer" => format!("{} (Authorization: Bearer)", s.name),
        "basic" => format!("{} (Authorization: Basic)", s.name),
        "api_key" => format!("{} ({} {:?})", s.name, s.location, s.param),
        _ => s.name.to_string(),
    };
    let options: ::std::vec::Vec<::std::string::String> = alternatives
        .iter()
        .map(|alt| {
            alt.iter()
                .filter_map(|i| schemes.get(*i))
                .map(describe)
                .collect::<::std::vec::Vec<_>>()
                .join(" and ")
        })
        .collect();
    let body = ::serde_json::json!({
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "detail": format!("this operation needs credentials: {}", options.join(", or ")),
        "message": "missing credentials",
        "errors": [],
    });
    let mut resp = json_response_as(401, content_type, &body);
    let mut challenges: ::std::vec::Vec<&str> = ::std::vec::Vec::new();
    for s in alternatives
        .iter()
        .flat_map(|a| a.iter())
        .filter_map(|i| schemes.get(*i))
    {
        let c = match s.kind {
            "bearer" => "Bearer",
            "basic" => "Basic realm=\"api\"",
            _ => continue,
        };
        if !challenges.contains(&c) {
            challenges.push(c);
        }
    }
    if let Ok(v) = ::axum::http::HeaderValue::from_str(&challenges.join(", ")) {
        if !challenges.is_empty() {
            resp.headers_mut()
                .insert(::axum::http::header::WWW_AUTHENTICATE, v);
        }
    }
    resp
}

impl Errors {
    /// No problems yet; schemas are checked against `table`.
    pub fn new(table: &'static [Node]) -> Self {
        Errors {
            items: ::std::vec::Vec::new(),
            table,
        }
    }

    /// The validation table schemas are checked against.
    pub fn table(&self) -> &'static [Node] {
        self.table
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Record a problem: where (`path`, `query`, `header`, `cookie`, `body`), which
    /// parameter (or JSON pointer in the body), and what is wrong.
    pub fn push(&mut self, location: &str, name: &str, message: impl ::std::fmt::Display) {
        self.items.push(
            ::serde_json::json!({ "in": location, "name": name, "message": message.to_string() }),
        );
    }

    fn missing(&mut self, location: &str, name: &str) {
        self.push(
            location,
            name,
            format!("the required {location} parameter is missing"),
        );
    }

    /// Whether `body` is empty (recorded as a problem when it is `required`).
    fn no_body(&mut self, body: &[u8], required: bool) -> bool {
        if body.is_empty() && required {
            self.push("body", "", "the request body is required");
        }
        body.is_empty()
    }

    /// `result`'s value; or `None`, its error recorded at `location`/`name` after `what`.
    fn take<T, E: ::std::fmt::Display>(
        &mut self,
        location: &str,
        name: &str,
        what: impl ::std::fmt::Display,
        result: ::std::result::Result<T, E>,
    ) -> ::std::option::Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(location, name, format!("{what}: {e}"));
                None
            }
        }
    }

    /// A parameter's decoded value; or `None`, with its text `raw` and why it is invalid.
    fn invalid<T, E: ::std::fmt::Display>(
        &mut self,
        location: &str,
        name: &str,
        raw: &str,
        result: ::std::result::Result<T, E>,
    ) -> ::std::option::Option<T> {
        self.take(
            location,
            name,
            format_args!("invalid value {raw:?}"),
            result,
        )
    }

    /// A body value (or part of one, at JSON pointer `at`) checked against its schema when
    /// it has one, then decoded; its problems recorded at their pointers, `what` saying
    /// what did not decode.
    fn decode_body<T: ::serde::de::DeserializeOwned>(
        &mut self,
        at: &str,
        value: ::serde_json::Value,
        schema: ::std::option::Option<usize>,
        what: &str,
    ) -> ::std::option::Option<T> {
        if let Some(s) = schema {
            let mut v = Validator::new(self.table);
            v.check(&value, s, at, 0);
            if !v.errors.is_empty() {
                for (pointer, message) in v.errors {
                    self.push("body", &pointer, message);
                }
                return None;
            }
        }
        self.take("body", at, what, ::serde_json::from_value(value))
    }

    /// The `idx`-th path parameter, in its style (`values`: the raw segments, see
    /// [`super::params::path_values`]).
    pub fn path<T: ::serde::de::DeserializeOwned>(
        &mut self,
        values: &[::std::string::String],
        idx: usize,
        name: &str,
        style: &str,
        explode: bool,
    ) -> ::std::option::Option<T> {
        match values.get(idx) {
            Some(raw) => self.invalid(
                "path",
                name,
                &decode(raw),
                read_path(raw, name, style, explode),
            ),
            None => {
                self.missing("path", name);
                None
            }
        }
    }

    /// A query parameter in the given style.
    pub fn query<T: ::serde::de::DeserializeOwned>(
        &mut self,
        pairs: &[(::std::string::String, ::std::string::String)],
        name: &str,
        style: &str,
        explode: bool,
        required: bool,
    ) -> ::std::option::Option<T> {
        // Values keep their delimiters marked (see `parse_query_marked`); `values` is the
        // plain text.
        let marked: ::std::vec::Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        let plain: ::std::vec::Vec<::std::string::String> =
            marked.iter().map(|v| unmark(v)).collect();
        let values: ::std::vec::Vec<&str> = plain.iter().map(|v| v.as_str()).collect();
        let prefix = format!("{name}[");
        let deep_plain: ::std::vec::Vec<(&str, ::std::string::String)> = pairs
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(prefix.as_str())
                    .and_then(|rest| rest.strip_suffix(']'))
                    .map(|key| (key, unmark(v)))
            })
            .collect();
        let deep: ::std::vec::Vec<(&str, &str)> =
            deep_plain.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if values.is_empty() && deep.is_empty() {
            if required {
                self.missing("query", name);
            }
            return None;
        }
        let result = if !deep.is_empty() {
            let mut strings = ::serde_json::Map::new();
            let mut parsed = ::serde_json::Map::new();
            for (k, v) in &deep {
                strings.insert(k.to_string(), ::serde_json::Value::String(v.to_string()));
                parsed.insert(k.to_string(), loose(v));
            }
            let strings = ::serde_json::Value::Object(strings);
            // Members of different types (`min=0`, `name=0`): each read as its field asks.
            coerce_value(strings.clone(), ::serde_json::Value::Object(parsed))
                .or_else(|e| from_texts(&strings).map_err(|_| e))
        } else if values.len() == 1 {
            match coerce::<T>(values[0]) {
                Ok(v) => Ok(v),
                Err(e) => {
                    let sep = match style {
                        "spaceDelimited" => ' ',
                        "pipeDelimited" => '|',
                        _ => ',',
                    };
                    let mark = match sep {
                        ',' => Some('\u{e000}'),
                        '|' => Some('\u{e001}'),
                        _ => None,
                    };
                    // `name=` is an empty array when delimited (what a client sends for
                    // `[]`), not an array of one empty string.
                    let split: ::std::vec::Vec<::std::string::String> =
                        if explode && style != "deepObject" {
                            // Exploded: one item per pair. The delimited styles are undefined
                            // exploded (see `params`); a client that kept their delimiter
                            // (`p=a|b`) wrote it literally: split there.
                            match mark {
                                Some(m) if style != "form" && marked[0].contains(m) => {
                                    marked[0].split(m).map(unmark).collect()
                                }
                                _ => plain.clone(),
                            }
                        } else if values[0].is_empty() {
                            ::std::vec::Vec::new()
                        } else {
                            // Split where the client put a literal delimiter; an item's own
                            // `,` or `|` came percent-encoded. A client that encoded its
                            // delimiters too sends one piece holding them: split that.
                            let pieces: ::std::vec::Vec<::std::string::String> = match mark {
                                Some(m) => marked[0].split(m).map(unmark).collect(),
                                None => values[0].split(sep).map(|p| p.to_string()).collect(),
                            };
                            if pieces.len() == 1 && values[0].contains(sep) {
                                values[0].split(sep).map(|p| p.to_string()).collect()
                            } else {
                                pieces
                            }
                        };
                    coerce_list(split.iter().map(|p| p.as_str()))
                        .or_else(|_| object_from_pieces(&split, explode))
                        .map_err(|_| e)
                }
            }
        } else {
            coerce_list(values.iter().copied())
        };
        self.take("query", name, "invalid value", result)
    }

    /// A header parameter.
    pub fn header<T: ::serde::de::DeserializeOwned>(
        &mut self,
        headers: &::axum::http::HeaderMap,
        name: &str,
        required: bool,
    ) -> ::std::option::Option<T> {
        let Some(raw) = headers.get(name) else {
            if required {
                self.missing("header", name);
            }
            return None;
        };
        let Ok(raw) = raw.to_str() else {
            self.push("header", name, "the value is not visible ASCII");
            return None;
        };
        self.invalid("header", name, raw, from_header_text(raw))
    }

    /// A cookie parameter.
    pub fn cookie<T: ::serde::de::DeserializeOwned>(
        &mut self,
        headers: &::axum::http::HeaderMap,
        name: &str,
        required: bool,
    ) -> ::std::option::Option<T> {
        let found = headers
            .get_all("cookie")
            .iter()
            .filter_map(|h| h.to_str().ok())
            .flat_map(|h| h.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| decode(v));
        let Some(raw) = found else {
            if required {
                self.missing("cookie", name);
            }
            return None;
        };
        let result = coerce(&raw);
        self.invalid("cookie", name, &raw, result)
    }

    /// Check a value against schema `schema` of the validation table; problems are reported
    /// at `location` with the JSON pointer inside the value (`name` for parameters).
    pub fn check_schema(
        &mut self,
        location: &str,
        name: &str,
        value: &::serde_json::Value,
        schema: usize,
    ) {
        let mut v = Validator::new(self.table);
        v.check(value, schema, "", 0);
        for (pointer, message) in v.errors {
            match (name.is_empty(), pointer.is_empty()) {
                (true, _) => self.push(location, &pointer, message),
                (false, true) => self.push(location, name, message),
                (false, false) => self.push(location, name, format!("at {pointer}: {message}")),
            }
        }
    }

    /// Check a decoded parameter against its schema (bounds, lengths, enums, ...).
    pub fn check_param<T: ::serde::Serialize>(
        &mut self,
        location: &str,
        name: &str,
        value: &T,
        schema: usize,
    ) {
        if let Ok(v) = ::serde_json::to_value(value) {
            self.check_schema(location, name, &v, schema);
        }
    }

    /// A JSON request body: parsed, checked against its schema, then decoded.
    pub fn json_body<T: ::serde::de::DeserializeOwned>(
        &mut self,
        body: &[u8],
        required: bool,
        schema: ::std::option::Option<usize>,
    ) -> ::std::option::Option<T> {
        if self.no_body(body, required) {
            return None;
        }
        let value = ::serde_json::from_slice::<::serde_json::Value>(body);
        let value = self.take("body", "", "the body is not JSON", value)?;
        self.decode_body("", value, schema, "the body does not match the schema")
    }

    /// A form-urlencoded request body (`a[b]=c` keys nest, repeated keys make lists),
    /// decoded, then checked against its schema.
    pub fn form_body<T: ::serde::de::DeserializeOwned>(
        &mut self,
        body: &[u8],
        required: bool,
        schema: ::std::option::Option<usize>,
    ) -> ::std::option::Option<T> {
        if self.no_body(body, required) {
            return None;
        }
        let pairs = parse_query(::std::str::from_utf8(body).ok());
        let (strings, parsed) = nest_pairs(&pairs);
        let what = "the form body does not match the schema";
        let Some(s) = schema else {
            return self.take("body", "", what, coerce_value(strings, parsed));
        };
        // Form values are text: the schema says which are numbers, booleans or lists.
        let value = shape_text(self.table, strings, s, 0);
        self.decode_body("", value, Some(s), what)
    }

    /// A text request body.
    pub fn text_body(
        &mut self,
        body: &[u8],
        required: bool,
    ) -> ::std::option::Option<::std::string::String> {
        if required && self.no_body(body, required) {
            return None;
        }
        let text = ::std::str::from_utf8(body).map(str::to_string);
        self.take("body", "", "the body is not UTF-8", text)
    }

    /// A raw request body.
    pub fn bytes_body(
        &mut self,
        body: &[u8],
        required: bool,
    ) -> ::std::option::Option<::std::vec::Vec<u8>> {
        if required && self.no_body(body, required) {
            return None;
        }
        Some(body.to_vec())
    }

    /// The 400 response: `{"message": ..., "errors": [{"in", "name", "message"}]}`.
    pub fn into_response(self) -> ::axum::response::Response {
        self.into_response_as("application/json")
    }

    /// The 400 response, sent as `content_type` (the media type the operation declares for
    /// its 400, e.g. `application/problem+json`). The body carries the problem list in two
    /// shapes, so a client decoding it as the spec's error schema keeps the details:
    /// `message` and `errors` (`[{in, name, message}]`), and RFC 9457's `type`, `title`,
    /// `status` and `detail` (every problem, one per line).
    pub fn into_response_as(self, content_type: &str) -> ::axum::response::Response {
        let detail: ::std::vec::Vec<::std::string::String> = self
            .items
            .iter()
            .map(|e| {
                let s = |k: &str| e.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
                format!("{} {}: {}", s("in"), s("name"), s("message"))
            })
            .collect();
        let body = ::serde_json::json!({
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": detail.join("\n"),
            "message": "the request does not match the API description",
            "errors": self.items,
        });
        json_response_as(400, content_type, &body)
    }
}

/// A non-exploded object's members as the client joined them, `R,100,G,200` (keys and
/// values alternating): each value read as its field asks. `Err` for an odd count, or
/// when exploded (an exploded object's members travel as pairs of their own).
fn object_from_pieces<T: ::serde::de::DeserializeOwned>(
    pieces: &[::std::string::String],
    explode: bool,
) -> ::std::result::Result<T, ::std::string::String> {
    if explode || !pieces.len().is_multiple_of(2) {
        return Err(::std::string::String::from("not a list of key,value pairs"));
    }
    let strings = ::serde_json::Value::Object(
        pieces
            .chunks(2)
            .map(|kv| (kv[0].clone(), ::serde_json::Value::String(kv[1].clone())))
            .collect(),
    );
    from_texts(&strings)
}

/// A list parameter's items decoded as `T` (each text item, or what it reads as: a number,
/// a boolean...).
fn coerce_list<'a, T: ::serde::de::DeserializeOwned>(
    items: impl ::std::iter::Iterator<Item = &'a str> + Clone,
) -> ::std::result::Result<T, ::std::string::String> {
    coerce_value(
        ::serde_json::Value::Array(
            items
                .clone()
                .map(|p| ::serde_json::Value::String(p.to_string()))
                .collect(),
        ),
        ::serde_json::Value::Array(items.map(loose).collect()),
    )
}

/// The status code (500 for a number that is not one).
pub fn status(code: u16) -> ::axum::http::StatusCode {
    ::axum::http::StatusCode::from_u16(code)
        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// A JSON response with `Content-Type: application/json`.
pub fn json_response<T: ::serde::Serialize>(code: u16, body: &T) -> ::axum::response::Response {
    json_response_as(code, "application/json", body)
}

/// A JSON body sent with the media type the API description declares for it
/// (`application/problem+json`, `application/vnd.api+json`...).
pub fn json_response_as<T: ::serde::Serialize>(
    code: u16,
    content_type: &str,
    body: &T,
) -> ::axum::response::Response {
    match ::serde_json::to_vec(body) {
        Ok(bytes) => bytes_response(code, content_type, bytes),
        Err(e) => bytes_response(
            500,
            "text/plain",
            format!("cannot encode the response body: {e}").into_bytes(),
        ),
    }
}

/// A response with this body and content type.
pub fn bytes_response(
    code: u16,
    content_type: &str,
    body: ::std::vec::Vec<u8>,
) -> ::axum::response::Response {
    let mut resp = ::axum::response::Response::new(::axum::body::Body::from(body));
    *resp.status_mut() = status(code);
    if let Ok(v) = ::axum::http::HeaderValue::from_str(content_type) {
        resp.headers_mut()
            .insert(::axum::http::header::CONTENT_TYPE, v);
    }
    resp
}

/// A response with no body.
pub fn empty_response(code: u16) -> ::axum::response::Response {
    let mut resp = ::axum::response::Response::new(::axum::body::Body::empty());
    *resp.status_mut() = status(code);
    resp
}

/// Set a response header from a typed value (`simple` style); `None` sets nothing.
pub fn set_header<T: ::serde::Serialize>(
    response: &mut ::axum::response::Response,
    name: &str,
    value: &T,
) {
    let Ok(v) = ::serde_json::to_value(value) else {
        return;
    };
    if v.is_null() {
        return;
    }
    if let (Ok(n), Ok(v)) = (
        ::axum::http::HeaderName::from_bytes(name.as_bytes()),
        ::axum::http::HeaderValue::from_str(&simple(&v, false)),
    ) {
        response.headers_mut().insert(n, v);
    }
}
