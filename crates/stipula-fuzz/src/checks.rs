//! Checks: small independent functions over (operation, request, response).
//!
//! Names are stable (reports, `--checks`, `--exclude-checks`). Every message says what was
//! expected and what came back. A check must never fire on a server that honours the spec,
//! so each one bails out (`None`) whenever the spec leaves the answer open.

use crate::plan::{Role, Verdict};
use crate::request::HttpRequest;
use serde::Serialize;
use serde_json::Value;
use stipula_schema::render::{Direction, Validators, schema_in_path};
use stipula_spec::media::{admits_json, essence};
use stipula_spec::{Operation, ParamStyle, Response, Spec, Type};

/// Every check, by its stable name.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// A 5xx response.
    ServerError,
    /// The server dropped the connection or stopped answering.
    ServerCrash,
    /// A status code the operation does not document (and no `default` response covers).
    StatusCodeConformance,
    /// A `Content-Type` the documented response does not list.
    ContentTypeConformance,
    /// A response body its schema rejects.
    ResponseSchemaConformance,
    /// A documented response header missing or not valid for its schema.
    ResponseHeadersConformance,
    /// An invalid request (one broken constraint) answered with a 2xx.
    NegativeDataRejection,
    /// A valid request answered with a 4xx that is about the data (not 401, 403, 404, 409, 410
    /// or 429, which depend on state or credentials).
    PositiveDataAcceptance,
    /// A request without (or with bad) credentials answered with a 2xx where the operation
    /// requires auth.
    IgnoredAuth,
    /// A resource answers with a 2xx after a successful DELETE of it (404 or 410 expected).
    UseAfterDelete,
    /// A resource just created answers with a 404.
    ResourceAvailability,
    /// A method the path does not declare answered without 405 and an `Allow` header listing the
    /// declared methods.
    UnsupportedMethod,
}

impl Check {
    /// Every check, in the order reports list them.
    pub const ALL: [Check; 12] = [
        Check::ServerError,
        Check::ServerCrash,
        Check::StatusCodeConformance,
        Check::ContentTypeConformance,
        Check::ResponseSchemaConformance,
        Check::ResponseHeadersConformance,
        Check::NegativeDataRejection,
        Check::PositiveDataAcceptance,
        Check::IgnoredAuth,
        Check::UseAfterDelete,
        Check::ResourceAvailability,
        Check::UnsupportedMethod,
    ];

    /// The snake_case name used by `--checks`, reports and JUnit output.
    pub fn name(self) -> &'static str {
        match self {
            Check::ServerError => "server_error",
            Check::ServerCrash => "server_crash",
            Check::StatusCodeConformance => "status_code_conformance",
            Check::ContentTypeConformance => "content_type_conformance",
            Check::ResponseSchemaConformance => "response_schema_conformance",
            Check::ResponseHeadersConformance => "response_headers_conformance",
            Check::NegativeDataRejection => "negative_data_rejection",
            Check::PositiveDataAcceptance => "positive_data_acceptance",
            Check::IgnoredAuth => "ignored_auth",
            Check::UseAfterDelete => "use_after_delete",
            Check::ResourceAvailability => "resource_availability",
            Check::UnsupportedMethod => "unsupported_method",
        }
    }

    /// The check whose [`Check::name`] is `s`.
    pub fn parse(s: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// A received response (body capped by the runner).
#[derive(Clone, Debug, Default)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The body was longer than the cap and is cut.
    pub truncated: bool,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn status_text(&self) -> String {
        match reqwest::StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
        {
            Some(r) => format!("{} {r}", self.status),
            None => self.status.to_string(),
        }
    }
}

/// A check's verdict on one exchange.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub check: Check,
    /// What distinguishes this failure from others of the same check on the same operation.
    pub cause: String,
    pub message: String,
}

/// What kind of request was sent.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum CaseKind {
    /// Valid by the validator's verdict.
    Positive,
    /// Violates exactly one constraint (described).
    Negative {
        description: String,
        keyword: &'static str,
    },
    /// Validity unknown (an invalid spec example, a schema-less part): only response checks.
    #[default]
    Unchecked,
}

impl CaseKind {
    pub fn from_verdict(v: Verdict) -> CaseKind {
        match v {
            Verdict::Valid => CaseKind::Positive,
            _ => CaseKind::Unchecked,
        }
    }
}

/// Everything a response check may look at.
pub struct Ctx<'a> {
    pub spec: &'a Spec,
    pub op: &'a Operation,
    pub kind: &'a CaseKind,
    pub request: &'a HttpRequest,
    pub response: &'a HttpResponse,
    pub validators: &'a Validators,
}

fn find(check: Check, cause: impl Into<String>, message: String) -> Option<Finding> {
    Some(Finding {
        check,
        cause: cause.into(),
        message,
    })
}

fn documented(op: &Operation) -> String {
    op.responses
        .iter()
        .map(|r| r.status.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `server_error`: any 5xx.
pub fn server_error(cx: &Ctx) -> Option<Finding> {
    let s = cx.response.status;
    if s >= 500 {
        return find(
            Check::ServerError,
            s.to_string(),
            format!(
                "expected a status below 500, got {}",
                cx.response.status_text()
            ),
        );
    }
    None
}

/// Text the request carried (query and path values, header values, body leaves), so that a
/// response that echoes it can be compared with another that echoes something else.
fn sent_texts(req: &HttpRequest) -> (Vec<String>, Vec<Value>) {
    let mut texts = Vec::new();
    let mut values = Vec::new();
    if let Ok(u) = reqwest::Url::parse(&req.url) {
        texts.extend(u.query_pairs().map(|(_, v)| v.into_owned()));
        if let Some(segs) = u.path_segments() {
            texts.extend(segs.map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            }));
        }
    }
    texts.extend(req.headers.iter().map(|(_, v)| v.clone()));
    if let Some(b) = &req.body
        && let Ok(v) = serde_json::from_slice::<Value>(b)
    {
        fn leaves(v: &Value, texts: &mut Vec<String>, values: &mut Vec<Value>) {
            match v {
                Value::String(s) => texts.push(s.clone()),
                Value::Number(n) => texts.push(n.to_string()),
                Value::Array(a) => {
                    values.push(v.clone());
                    a.iter().for_each(|x| leaves(x, texts, values));
                }
                Value::Object(o) => {
                    values.push(v.clone());
                    o.values().for_each(|x| leaves(x, texts, values));
                }
                _ => {}
            }
        }
        leaves(&v, &mut texts, &mut values);
    } else if let Some(b) = &req.body {
        texts.push(String::from_utf8_lossy(b).into_owned());
    }
    texts.retain(|t| t.chars().count() >= 2);
    // Longest first, so a value is masked before a part of it.
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.dedup();
    (texts, values)
}

fn normalize_text(s: &str, sent: &[String], cap: usize) -> String {
    let mut t = s.to_string();
    for x in sent {
        if t.contains(x.as_str()) {
            t = t.replace(x.as_str(), "…");
        }
    }
    // Words with a digit (numbers, ids, UUID parts, timestamps) become `#`.
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let hex_after_id =
            out.ends_with("#-") && !word.is_empty() && word.chars().all(|c| c.is_ascii_hexdigit());
        if word.chars().any(|c| c.is_ascii_digit()) || hex_after_id {
            // `12f3-aa` (a UUID, a request id) is one `#`.
            if out.ends_with("#-") {
                out.pop();
            } else {
                out.push('#');
            }
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in t.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
        if out.chars().count() >= cap {
            break;
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The shape of a response: its body with the values the request sent, numbers and ids
/// masked, so that the same server message on different operations or inputs compares
/// equal (`{"detail":"Invalid header format, received …"}`), and different messages do not.
/// `text`: keep the (masked) text of strings; else only the structure (keys and types).
pub fn response_shape(req: &HttpRequest, resp: &HttpResponse, text: bool) -> String {
    if resp.body.is_empty() {
        return String::new();
    }
    let (texts, values) = sent_texts(req);
    fn norm(v: &Value, texts: &[String], values: &[Value], depth: u32, text: bool) -> Value {
        if depth > 0 && (v.is_object() || v.is_array()) && values.contains(v) {
            return Value::String("<sent>".into());
        }
        if depth >= 5 {
            return Value::String("…".into());
        }
        match v {
            Value::String(s) if text => Value::String(normalize_text(s, texts, 80)),
            Value::String(_) => Value::String("<string>".into()),
            Value::Number(_) => Value::String("#".into()),
            // A list of names (FastAPI's `loc: ["body", "limit"]`) is kept whole; of
            // objects, the first stands for all.
            Value::Array(a) => Value::Array(
                a.iter()
                    .take(
                        if text && a.iter().all(|x| !x.is_object() && !x.is_array()) {
                            4
                        } else {
                            1
                        },
                    )
                    .map(|x| norm(x, texts, values, depth + 1, text))
                    .collect(),
            ),
            Value::Object(o) => {
                let mut keys: Vec<&String> = o.keys().collect();
                keys.sort();
                Value::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), norm(&o[k], texts, values, depth + 1, text)))
                        .collect(),
                )
            }
            other => other.clone(),
        }
    }
    let shape = match serde_json::from_slice::<Value>(&resp.body) {
        Ok(v) => norm(&v, &texts, &values, 0, text).to_string(),
        Err(_) if text => normalize_text(&String::from_utf8_lossy(&resp.body), &texts, 120),
        Err(_) => "<text>".into(),
    };
    let mut out = shape;
    if out.len() > 240 {
        out.truncate(crate::report::floor_boundary(&out, 240));
        out.push('…');
    }
    out
}

/// How much of the response goes into the cause of a check whose cause is only a status:
/// `Some(true)` its masked text (two rejections of a valid request, a bad header and a bad
/// body field, stay two causes), `Some(false)` its structure (an undocumented 404 is one cause
/// whichever resource was missing), `None` nothing (an undocumented success status).
pub fn shape_in_cause(c: Check, status: u16) -> Option<bool> {
    match c {
        Check::ServerError | Check::PositiveDataAcceptance => Some(true),
        Check::StatusCodeConformance | Check::UnsupportedMethod if status >= 400 => Some(false),
        _ => None,
    }
}

/// `server_crash`: the server closed the connection without any response, also when the
/// request was sent again on a fresh connection (`detail`: what the client saw).
pub fn server_crash(detail: &str) -> Finding {
    Finding {
        check: Check::ServerCrash,
        cause: "no-response".into(),
        message: format!(
            "expected an HTTP response, got none: the server closed the connection without \
             answering ({detail}), again when the request was retried on a fresh connection; \
             a handler that panics or aborts does this"
        ),
    }
}

/// `status_code_conformance`: a status the operation does not document (`2XX` ranges and
/// `default` count). 5xx is left to `server_error`, 429 to the rate limiter.
pub fn status_code_conformance(cx: &Ctx) -> Option<Finding> {
    let s = cx.response.status;
    if s >= 500 || s == 429 || cx.op.responses.is_empty() || cx.op.response_for(s).is_some() {
        return None;
    }
    find(
        Check::StatusCodeConformance,
        s.to_string(),
        format!(
            "expected one of the documented statuses ({}), got {}",
            documented(cx.op),
            cx.response.status_text()
        ),
    )
}

fn media_matches(documented: &str, got: &str) -> bool {
    let d = essence(documented);
    let g = essence(got);
    if d == g || d == "*/*" {
        return true;
    }
    match d.strip_suffix("/*") {
        Some(t) => g.split('/').next() == Some(t),
        None => false,
    }
}

fn documented_response<'a>(cx: &Ctx<'a>) -> Option<&'a Response> {
    cx.op.response_for(cx.response.status)
}

fn has_body(cx: &Ctx) -> bool {
    !cx.response.body.is_empty()
        && cx.request.method != "HEAD"
        && cx.response.status != 204
        && cx.response.status != 304
}

/// `content_type_conformance`: a body whose `Content-Type` is missing or not documented.
pub fn content_type_conformance(cx: &Ctx) -> Option<Finding> {
    let r = documented_response(cx)?;
    if r.content.is_empty() || !has_body(cx) {
        return None;
    }
    let list = r
        .content
        .iter()
        .map(|m| m.media_type.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    match cx.response.header("content-type") {
        None => find(
            Check::ContentTypeConformance,
            "missing",
            format!(
                "expected a Content-Type header ({list}) on a {} response with a body, got none",
                cx.response.status
            ),
        ),
        Some(ct) => {
            if r.content.iter().any(|m| media_matches(&m.media_type, ct)) {
                None
            } else {
                find(
                    Check::ContentTypeConformance,
                    format!("{}:{}", cx.response.status, essence(ct)),
                    format!(
                        "expected Content-Type {list} for status {}, got {ct}",
                        cx.response.status
                    ),
                )
            }
        }
    }
}

/// `response_schema_conformance`: a JSON body that is not JSON or does not match its schema.
pub fn response_schema_conformance(cx: &Ctx) -> Option<Finding> {
    let r = documented_response(cx)?;
    if !has_body(cx) && cx.request.method == "HEAD"
        || cx.response.status == 204
        || cx.response.truncated
    {
        return None;
    }
    let ct = cx.response.header("content-type")?;
    let mt = r
        .content
        .iter()
        .find(|m| media_matches(&m.media_type, ct))?;
    if !admits_json(ct) {
        return None;
    }
    let schema = mt.schema?;
    let body: Value = match serde_json::from_slice(&cx.response.body) {
        Ok(v) => v,
        Err(e) => {
            return find(
                Check::ResponseSchemaConformance,
                format!("{}:invalid-json", cx.response.status),
                format!(
                    "expected a JSON body ({ct}) for status {}, got text that does not parse: {e}",
                    cx.response.status
                ),
            );
        }
    };
    let errs = cx
        .validators
        .errors(cx.spec, schema, Direction::Response, &body, 4)?;
    let first = errs.first()?;
    let where_ = schema_in_path(&first.schema_path, &cx.spec.schemas)
        .map(|id| {
            let s = cx.spec.schema(id);
            let name = s
                .name
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            format!("{}{name}", cx.spec.loc(&s.loc))
        })
        .unwrap_or_else(|| cx.spec.loc(&cx.spec.schema(schema).loc));
    let more = if errs.len() > 1 {
        format!(" (+{} more)", errs.len() - 1)
    } else {
        String::new()
    };
    let at = if first.instance_path.is_empty() {
        "/".to_string()
    } else {
        first.instance_path.clone()
    };
    find(
        Check::ResponseSchemaConformance,
        // The schema's place in the spec, not the validator's internal `$defs` name.
        format!(
            "{}:{}{}:{}",
            cx.response.status,
            where_,
            first
                .schema_path
                .rsplit_once("/$defs/")
                .and_then(|(_, rest)| rest.split_once('/'))
                .map(|(_, tail)| format!("/{tail}"))
                .unwrap_or_default(),
            first.keyword
        ),
        format!(
            "expected the {} body to match the schema at {where_}, got at {at}: {}{more}",
            cx.response.status, first.message
        ),
    )
}

/// Coerce a header text to the JSON value its schema describes.
fn coerce_header(
    spec: &Spec,
    schema: stipula_spec::SchemaId,
    style_explode: bool,
    text: &str,
) -> Value {
    let types = stipula_schema::render::effective_types(spec, schema).unwrap_or_default();
    let t = text.trim();
    let prim = |s: &str| -> Value {
        if types.contains(&Type::Integer)
            && let Ok(i) = s.parse::<i64>()
        {
            return Value::from(i);
        }
        if types.contains(&Type::Number)
            && let Ok(f) = s.parse::<f64>()
        {
            return stipula_schema::json_number(f);
        }
        if types.contains(&Type::Boolean) && (s == "true" || s == "false") {
            return Value::Bool(s == "true");
        }
        Value::String(s.to_string())
    };
    if types.contains(&Type::Array) && !types.contains(&Type::String) {
        return Value::Array(t.split(',').map(|x| prim(x.trim())).collect());
    }
    let _ = style_explode;
    prim(t)
}

/// `response_headers_conformance`: a required response header missing, or a value that
/// violates its schema (values are coerced from text to the schema's type first).
pub fn response_headers_conformance(cx: &Ctx) -> Option<Finding> {
    let r = documented_response(cx)?;
    for h in &r.headers {
        if h.name.eq_ignore_ascii_case("content-type") {
            continue;
        }
        match cx.response.header(&h.name) {
            None if h.required => {
                return find(
                    Check::ResponseHeadersConformance,
                    format!(
                        "{}:{}:missing",
                        cx.response.status,
                        h.name.to_ascii_lowercase()
                    ),
                    format!(
                        "expected required header `{}` in the {} response, got no such header",
                        h.name, cx.response.status
                    ),
                );
            }
            None => {}
            Some(text) => {
                let Some(schema) = h.schema else { continue };
                if h.style != ParamStyle::Simple {
                    continue;
                }
                let v = coerce_header(cx.spec, schema, h.explode, text);
                if let Some(errs) =
                    cx.validators
                        .errors(cx.spec, schema, Direction::Response, &v, 1)
                    && let Some(e) = errs.first()
                {
                    return find(
                        Check::ResponseHeadersConformance,
                        format!(
                            "{}:{}:{}",
                            cx.response.status,
                            h.name.to_ascii_lowercase(),
                            e.keyword
                        ),
                        format!(
                            "expected header `{}` to match its schema ({}), got `{text}`: {}",
                            h.name,
                            cx.spec.loc(&h.loc),
                            e.message
                        ),
                    );
                }
            }
        }
    }
    None
}

/// `negative_data_rejection`: a request that violates the schema accepted with 2xx.
pub fn negative_data_rejection(cx: &Ctx) -> Option<Finding> {
    let CaseKind::Negative {
        description,
        keyword,
    } = cx.kind
    else {
        return None;
    };
    if !(200..300).contains(&cx.response.status) {
        return None;
    }
    find(
        Check::NegativeDataRejection,
        format!("{keyword}:{description}"),
        format!(
            "expected a 4xx rejection of an invalid request ({description}; violates `{keyword}`), got {}",
            cx.response.status_text()
        ),
    )
}

/// `positive_data_acceptance`: a valid request rejected with a 4xx other than 401, 403,
/// 404, 409, 410 or 429 (which depend on state or credentials, not on the data).
pub fn positive_data_acceptance(cx: &Ctx) -> Option<Finding> {
    if *cx.kind != CaseKind::Positive {
        return None;
    }
    let s = cx.response.status;
    if !(400..500).contains(&s) || [401, 403, 404, 409, 410, 429].contains(&s) {
        return None;
    }
    find(
        Check::PositiveDataAcceptance,
        s.to_string(),
        format!(
            "expected a valid request (every part matches the spec) to be accepted, got {}",
            cx.response.status_text()
        ),
    )
}

/// A response check function.
pub type CheckFn = fn(&Ctx) -> Option<Finding>;

/// The response checks, in report order.
pub const RESPONSE_CHECKS: [(Check, CheckFn); 7] = [
    (Check::ServerError, server_error),
    (Check::StatusCodeConformance, status_code_conformance),
    (Check::ContentTypeConformance, content_type_conformance),
    (
        Check::ResponseSchemaConformance,
        response_schema_conformance,
    ),
    (
        Check::ResponseHeadersConformance,
        response_headers_conformance,
    ),
    (Check::NegativeDataRejection, negative_data_rejection),
    (Check::PositiveDataAcceptance, positive_data_acceptance),
];

/// `ignored_auth`: an operation that declares security answered 2xx to a request without
/// credentials (`variant` = "no credentials") or with invalid ones.
pub fn ignored_auth(variant: &str, resp: &HttpResponse) -> Option<Finding> {
    if !(200..300).contains(&resp.status) {
        return None;
    }
    find(
        Check::IgnoredAuth,
        variant.to_string(),
        format!(
            "expected 401 or 403 for a request with {variant} to an operation that declares security, got {}",
            resp.status_text()
        ),
    )
}

/// `use_after_delete`: the resource is still served after a successful DELETE.
pub fn use_after_delete(role: Role, delete_status: u16, resp: &HttpResponse) -> Option<Finding> {
    if role != Role::ReadAfterDelete
        || !(200..300).contains(&delete_status)
        || !(200..300).contains(&resp.status)
    {
        return None;
    }
    find(
        Check::UseAfterDelete,
        "still-served",
        format!(
            "expected 404 or 410 for a resource after DELETE answered {delete_status}, got {}",
            resp.status_text()
        ),
    )
}

/// `resource_availability`: 404 for a resource a successful create just returned.
pub fn resource_availability(
    role: Role,
    create_status: u16,
    resp: &HttpResponse,
) -> Option<Finding> {
    if role != Role::ReadAfterCreate || !(200..300).contains(&create_status) || resp.status != 404 {
        return None;
    }
    find(
        Check::ResourceAvailability,
        "404-after-create",
        format!(
            "expected the resource created with status {create_status} to be readable, got {}",
            resp.status_text()
        ),
    )
}

/// `unsupported_method`: an undeclared method must get 405 with an `Allow` header that lists
/// the declared methods and not the one sent.
pub fn unsupported_method(sent: &str, declared: &[String], resp: &HttpResponse) -> Option<Finding> {
    if resp.status != 405 {
        return find(
            Check::UnsupportedMethod,
            "status",
            format!(
                "expected 405 Method Not Allowed for undeclared method {sent}, got {}",
                resp.status_text()
            ),
        );
    }
    let Some(allow) = resp.header("allow") else {
        return find(
            Check::UnsupportedMethod,
            "no-allow",
            format!(
                "expected an Allow header ({}) with 405 for {sent}, got none",
                declared.join(", ")
            ),
        );
    };
    let listed: Vec<String> = allow
        .split(',')
        .map(|m| m.trim().to_ascii_uppercase())
        .filter(|m| !m.is_empty())
        .collect();
    let missing: Vec<&String> = declared.iter().filter(|d| !listed.contains(d)).collect();
    if listed.iter().any(|m| m == sent) || !missing.is_empty() {
        return find(
            Check::UnsupportedMethod,
            "wrong-allow",
            format!(
                "expected Allow to list {} and not {sent}, got `Allow: {allow}`",
                declared.join(", ")
            ),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(url: &str, header: &str) -> HttpRequest {
        HttpRequest {
            method: "GET".into(),
            url: url.into(),
            headers: vec![("X-Api-Version".into(), header.into())],
            body: None,
        }
    }

    fn resp(status: u16, body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: vec![],
            body: body.as_bytes().to_vec(),
            truncated: false,
        }
    }

    #[test]
    fn shape_masks_what_the_request_sent() {
        let a = response_shape(
            &req("http://h/items?x=1", "abc"),
            &resp(400, r#"{"detail":"bad version 'abc' (request 12f3-aa)"}"#),
            true,
        );
        let b = response_shape(
            &req("http://h/other/7", "zzzz"),
            &resp(400, r#"{"detail":"bad version 'zzzz' (request 99c1-bb)"}"#),
            true,
        );
        assert_eq!(a, b);
        let c = response_shape(
            &req("http://h/items", "abc"),
            &resp(400, r#"{"detail":"limit must be at most 50"}"#),
            true,
        );
        assert_ne!(a, c);
        // Structure only: the same for both messages.
        assert_eq!(
            response_shape(
                &req("http://h/items", "abc"),
                &resp(404, r#"{"detail":"Flow not found"}"#),
                false
            ),
            response_shape(
                &req("http://h/items", "abc"),
                &resp(404, r#"{"detail":"Work pool not found"}"#),
                false
            )
        );
        // An echoed request body is one `<sent>` whatever it held.
        let mut r1 = req("http://h/items", "v");
        r1.body = Some(br#"{"name":"x1","age":3}"#.to_vec());
        let mut r2 = req("http://h/items", "v");
        r2.body = Some(br#"{"name":"other","tag":"dog"}"#.to_vec());
        let e1 = response_shape(
            &r1,
            &resp(
                422,
                r#"{"detail":[{"msg":"bad","input":{"name":"x1","age":3}}]}"#,
            ),
            true,
        );
        let e2 = response_shape(
            &r2,
            &resp(
                422,
                r#"{"detail":[{"msg":"bad","input":{"name":"other","tag":"dog"}}]}"#,
            ),
            true,
        );
        assert_eq!(e1, e2);
    }
}
