//! Support code shared by the generated operations (encoding parameters, decoding bodies).
/// The members of a JSON object, taken one by one by the `Deserialize` impls of the
/// generated structs (members no field names are ignored, or kept by `rest`).
pub struct Fields(::serde_json::Map<::std::string::String, ::serde_json::Value>);
impl<'de> ::serde::Deserialize<'de> for Fields {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(d)
            .map(Fields)
    }
}
impl Fields {
    fn decode<T: ::serde::de::DeserializeOwned>(
        name: &str,
        v: ::serde_json::Value,
    ) -> ::std::result::Result<T, ::std::string::String> {
        ::serde_json::from_value(v).map_err(|e| format!("field `{name}`: {e}"))
    }
    /// A required member: absent is an error.
    pub fn required<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<T, ::std::string::String> {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v),
            None => Err(format!("missing field `{name}`")),
        }
    }
    /// An optional or nullable member: absent and `null` are `None`.
    pub fn optional<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<::std::option::Option<T>, ::std::string::String> {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v),
            None => Ok(None),
        }
    }
    /// An optional and nullable member: absent is `None`, `null` is `Some(None)`.
    pub fn double<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<
        ::std::option::Option<::std::option::Option<T>>,
        ::std::string::String,
    > {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v).map(Some),
            None => Ok(None),
        }
    }
    /// The members no field took (`additionalProperties`).
    pub fn rest<T: ::serde::de::DeserializeOwned>(
        &mut self,
    ) -> ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, T>,
        ::std::string::String,
    > {
        ::std::mem::take(&mut self.0)
            .into_iter()
            .map(|(k, v)| Self::decode(&k, v).map(|v| (k, v)))
            .collect()
    }
}
/// Serialize one variant of a discriminated union: the payload as it is, with the tag
/// property added when the payload does not carry it itself (never written twice).
pub fn serialize_tagged<T, S>(
    v: &T,
    property: &str,
    tag: &str,
    s: S,
) -> ::std::result::Result<S::Ok, S::Error>
where
    T: ::serde::Serialize,
    S: ::serde::Serializer,
{
    let mut value = ::serde_json::to_value(v).map_err(::serde::ser::Error::custom)?;
    if let ::serde_json::Value::Object(map) = &mut value {
        if !map.contains_key(property) {
            map.insert(
                property.to_string(),
                ::serde_json::Value::String(tag.to_string()),
            );
        }
    }
    ::serde::Serialize::serialize(&value, s)
}
/// A file in a multipart body: its bytes, and the file name and content type to declare.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilePart {
    pub bytes: ::std::vec::Vec<u8>,
    pub file_name: ::std::option::Option<::std::string::String>,
    pub content_type: ::std::option::Option<::std::string::String>,
}
impl FilePart {
    /// A part with these bytes (no file name, the content type from the API description).
    pub fn new(bytes: impl ::std::convert::Into<::std::vec::Vec<u8>>) -> Self {
        FilePart {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }
    pub fn with_file_name(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_name = Some(name.into());
        self
    }
    pub fn with_content_type(
        mut self,
        content_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}
impl ::std::convert::From<::std::vec::Vec<u8>> for FilePart {
    fn from(bytes: ::std::vec::Vec<u8>) -> Self {
        FilePart::new(bytes)
    }
}
/// A scalar as text (strings unquoted).
pub fn scalar(v: &::serde_json::Value) -> ::std::string::String {
    match v {
        ::serde_json::Value::String(s) => s.clone(),
        ::serde_json::Value::Null => ::std::string::String::new(),
        other => other.to_string(),
    }
}
/// `simple` style (path segments and headers): arrays and objects comma-joined.
pub fn simple(v: &::serde_json::Value, explode: bool) -> ::std::string::String {
    match v {
        ::serde_json::Value::Array(items) => {
            items.iter().map(scalar).collect::<::std::vec::Vec<_>>().join(",")
        }
        ::serde_json::Value::Object(map) => {
            map.iter()
                .map(|(k, v)| {
                    if explode {
                        format!("{k}={}", scalar(v))
                    } else {
                        format!("{k},{}", scalar(v))
                    }
                })
                .collect::<::std::vec::Vec<_>>()
                .join(",")
        }
        other => scalar(other),
    }
}
/// A JSON number with a fraction or exponent, read with Rust's correctly rounded parser
/// (serde_json's default one can be one unit in the last place off, so `1.2345e299` would
/// not come back as sent). `None` for integers (read exactly anyway) and non-numbers.
fn exact_float(raw: &str) -> ::std::option::Option<::serde_json::Value> {
    if !raw.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        return None;
    }
    ::serde_json::from_str::<::serde_json::Number>(raw).ok()?;
    let f: f64 = raw.parse().ok()?;
    ::serde_json::Number::from_f64(f).map(::serde_json::Value::Number)
}
/// Try `raw` as a JSON string, then as JSON text (numbers, booleans).
pub fn coerce<T: ::serde::de::DeserializeOwned>(
    raw: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    match ::serde_json::from_value::<T>(::serde_json::Value::String(raw.to_string())) {
        Ok(v) => Ok(v),
        Err(first) => {
            let parsed = match exact_float(raw) {
                Some(n) => ::serde_json::from_value::<T>(n),
                None => ::serde_json::from_str::<T>(raw),
            };
            parsed.map_err(|_| first.to_string())
        }
    }
}
/// A scalar from text: JSON numbers and booleans as such, anything else as a string.
pub fn loose(raw: &str) -> ::serde_json::Value {
    if let Some(n) = exact_float(raw) {
        return n;
    }
    ::serde_json::from_str::<::serde_json::Value>(raw)
        .ok()
        .filter(|v| !v.is_object() && !v.is_array())
        .unwrap_or_else(|| ::serde_json::Value::String(raw.to_string()))
}
/// Try a list/object of raw strings as strings, then with scalars parsed.
pub fn coerce_value<T: ::serde::de::DeserializeOwned>(
    strings: ::serde_json::Value,
    parsed: ::serde_json::Value,
) -> ::std::result::Result<T, ::std::string::String> {
    match ::serde_json::from_value::<T>(strings) {
        Ok(v) => Ok(v),
        Err(first) => {
            ::serde_json::from_value::<T>(parsed).map_err(|_| first.to_string())
        }
    }
}
/// A header value (`simple` style): the whole text, else a comma-separated list.
pub fn from_header_text<T: ::serde::de::DeserializeOwned>(
    raw: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    match coerce(raw) {
        Ok(v) => Ok(v),
        Err(e) => {
            coerce_value::<
                T,
            >(
                    ::serde_json::Value::Array(
                        raw
                            .split(',')
                            .map(|p| ::serde_json::Value::String(p.trim().to_string()))
                            .collect(),
                    ),
                    ::serde_json::Value::Array(
                        raw.split(',').map(|p| loose(p.trim())).collect(),
                    ),
                )
                .map_err(|_| e)
        }
    }
}
/// Errors returned by the client's operations.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with a documented error status; the typed body is inside.
    Api(E),
    /// The server answered with a status the API description does not document.
    UnexpectedStatus { status: u16, body: ::std::vec::Vec<u8> },
    /// The body of a documented response did not decode as its schema says.
    Decode { status: u16, message: ::std::string::String, body: ::std::vec::Vec<u8> },
    /// A parameter or body could not be encoded.
    Encode { what: &'static str, message: ::std::string::String },
    /// The request could not be sent or the response not read (connection, timeout, ...).
    Request(::reqwest::Error),
}
impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> ::std::option::Option<u16> {
        match self {
            Error::UnexpectedStatus { status, .. } | Error::Decode { status, .. } => {
                Some(*status)
            }
            Error::Request(e) => e.status().map(|s| s.as_u16()),
            _ => None,
        }
    }
}
impl<E: ::std::fmt::Debug> ::std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Error::Api(e) => write!(f, "the server returned a documented error: {e:?}"),
            Error::UnexpectedStatus { status, body } => {
                write!(
                    f,
                    "the server returned status {status}, which the API description does not document ({} body bytes): {}",
                    body.len(), body_excerpt(body)
                )
            }
            Error::Decode { status, message, .. } => {
                write!(
                    f,
                    "the body of the {status} response does not match the API description: {message}"
                )
            }
            Error::Encode { what, message } => {
                write!(f, "cannot encode {what}: {message}")
            }
            Error::Request(e) => write!(f, "request failed: {e}"),
        }
    }
}
impl<E: ::std::fmt::Debug> ::std::error::Error for Error<E> {}
/// One credential the client holds. `Debug` shows no secret: tokens and passwords print as
/// `<redacted>` (a logged client or a panic message must not leak them).
#[derive(Clone)]
pub enum Credential {
    Token(::std::string::String),
    Basic(::std::string::String, ::std::option::Option<::std::string::String>),
}
impl ::std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Credential::Token(_) => f.write_str("Token(<redacted>)"),
            Credential::Basic(user, _) => write!(f, "Basic({user:?}, <redacted>)"),
        }
    }
}
/// Up to 300 characters of a body as text, for error messages.
fn body_excerpt(body: &[u8]) -> ::std::string::String {
    let text = ::std::string::String::from_utf8_lossy(body);
    let mut out: ::std::string::String = text.chars().take(300).collect();
    if text.chars().nth(300).is_some() {
        out.push_str("...");
    }
    out
}
pub fn to_value<T: ::serde::Serialize + ?Sized, E>(
    what: &'static str,
    v: &T,
) -> ::std::result::Result<::serde_json::Value, Error<E>> {
    ::serde_json::to_value(v)
        .map_err(|e| Error::Encode {
            what,
            message: e.to_string(),
        })
}
/// Add a query (or form) parameter in the given style.
pub fn push_param(
    out: &mut ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    name: &str,
    v: &::serde_json::Value,
    style: &str,
    explode: bool,
) {
    match v {
        ::serde_json::Value::Null => {}
        ::serde_json::Value::Array(items) => {
            if explode && style == "form" {
                for i in items {
                    out.push((name.to_string(), scalar(i)));
                }
            } else {
                let sep = match style {
                    "spaceDelimited" => " ",
                    "pipeDelimited" => "\u{e001}",
                    _ => "\u{e000}",
                };
                out.push((
                    name.to_string(),
                    items.iter().map(scalar).collect::<::std::vec::Vec<_>>().join(sep),
                ));
            }
        }
        ::serde_json::Value::Object(map) => {
            if style == "deepObject" {
                deep(out, name, v);
            } else if explode {
                for (k, v) in map {
                    out.push((k.clone(), scalar(v)));
                }
            } else {
                out.push((name.to_string(), simple(v, false)));
            }
        }
        other => out.push((name.to_string(), scalar(other))),
    }
}
/// `name[key][sub]=value` encoding (deepObject, and nested form bodies).
pub fn deep(
    out: &mut ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    name: &str,
    v: &::serde_json::Value,
) {
    match v {
        ::serde_json::Value::Null => {}
        ::serde_json::Value::Object(map) => {
            for (k, v) in map {
                deep(out, &format!("{name}[{k}]"), v);
            }
        }
        ::serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                deep(out, &format!("{name}[{i}]"), v);
            }
        }
        other => out.push((name.to_string(), scalar(other))),
    }
}
/// Form-encode a body object (nested objects and arrays with brackets).
pub fn form_body(v: &::serde_json::Value) -> ::std::string::String {
    let mut pairs = ::std::vec::Vec::new();
    if let ::serde_json::Value::Object(map) = v {
        for (k, v) in map {
            deep(&mut pairs, k, v);
        }
    }
    encode_pairs(&pairs)
}
/// Percent-encode everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> ::std::string::String {
    let mut out = ::std::string::String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{e000}' => out.push(','),
            '\u{e001}' => out.push('|'),
            c if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') => {
                out.push(c)
            }
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}
pub fn encode_pairs(
    pairs: &[(::std::string::String, ::std::string::String)],
) -> ::std::string::String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<::std::vec::Vec<_>>()
        .join("&")
}
/// When and how the client retries a request that failed in a way that may pass on a second
/// try: a `429 Too Many Requests` or `503 Service Unavailable` answer (waiting what its
/// `Retry-After` asks, when that fits the budget), or a connection that could not be made.
///
/// Only requests that are safe to send twice are retried: idempotent methods (`GET`, `HEAD`,
/// `PUT`, `DELETE`, `OPTIONS`, `TRACE`), and others when they carry an `Idempotency-Key`
/// header. A request whose body cannot be replayed (a streamed body) is sent once.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0: never retry).
    pub max_retries: u32,
    /// Wait before the first retry; doubles on each further one (with jitter: each wait is
    /// drawn between half and all of it).
    pub initial_backoff: ::std::time::Duration,
    /// Longest wait between two attempts, `Retry-After` included.
    pub max_backoff: ::std::time::Duration,
    /// Total time all waits of one call may add up to; a retry that would exceed it is not
    /// made and the last answer is returned.
    pub budget: ::std::time::Duration,
}
impl ::std::default::Default for RetryPolicy {
    /// 3 retries, 250 ms doubling up to 10 s, at most 30 s of waiting per call.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_backoff: ::std::time::Duration::from_millis(250),
            max_backoff: ::std::time::Duration::from_secs(10),
            budget: ::std::time::Duration::from_secs(30),
        }
    }
}
impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }
    /// The wait before retry number `attempt` (0-based), jittered, capped at `max_backoff`.
    pub fn backoff(&self, attempt: u32) -> ::std::time::Duration {
        let full = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.min(20))
            .min(self.max_backoff);
        use ::std::hash::{BuildHasher, Hasher};
        let mut h = ::std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(attempt);
        if let Ok(t) = ::std::time::SystemTime::now()
            .duration_since(::std::time::UNIX_EPOCH)
        {
            h.write_u128(t.as_nanos());
        }
        let frac = (h.finish() % 1_000) as u32;
        full / 2 + full / 2 * frac / 1_000
    }
}
/// Whether a request may be sent again: an idempotent method, or an `Idempotency-Key`.
fn replay_safe(req: &::reqwest::Request) -> bool {
    use ::reqwest::Method;
    matches!(
        * req.method(), Method::GET | Method::HEAD | Method::PUT | Method::DELETE |
        Method::OPTIONS | Method::TRACE
    ) || req.headers().contains_key("idempotency-key")
}
/// `Retry-After` in seconds (the HTTP-date form is not read; the backoff applies then).
fn retry_after(
    headers: &::reqwest::header::HeaderMap,
) -> ::std::option::Option<::std::time::Duration> {
    let v = headers.get("retry-after")?.to_str().ok()?.trim();
    v.parse::<u64>().ok().map(::std::time::Duration::from_secs)
}
/// Send a request and read the whole response: status, headers and body, retrying as
/// `policy` says. Every operation awaits this one non-generic future, so the compiler
/// checks reqwest's futures once instead of once per operation.
pub async fn execute(
    http: &::reqwest::Client,
    req: ::reqwest::RequestBuilder,
    policy: &RetryPolicy,
) -> ::std::result::Result<
    (u16, ::reqwest::header::HeaderMap, ::std::vec::Vec<u8>),
    ::reqwest::Error,
> {
    let req = req.build()?;
    let retryable = policy.max_retries > 0 && replay_safe(&req);
    let mut waited = ::std::time::Duration::ZERO;
    let mut attempt = 0u32;
    let mut req = req;
    loop {
        let again = if retryable && attempt < policy.max_retries {
            req.try_clone()
        } else {
            None
        };
        let result = http.execute(req).await;
        let wait = match &result {
            Ok(resp) if matches!(resp.status().as_u16(), 429 | 503) => {
                Some(
                    retry_after(resp.headers())
                        .unwrap_or_else(|| policy.backoff(attempt)),
                )
            }
            Err(e) if e.is_connect() => Some(policy.backoff(attempt)),
            _ => None,
        };
        match (wait, again) {
            (
                Some(w),
                Some(again),
            ) if w <= policy.max_backoff && waited + w <= policy.budget => {
                ::tokio::time::sleep(w).await;
                waited += w;
                attempt += 1;
                req = again;
            }
            _ => {
                let resp = result?;
                let status = resp.status().as_u16();
                let headers = resp.headers().clone();
                let bytes = resp.bytes().await?;
                return Ok((status, headers, bytes.to_vec()));
            }
        }
    }
}
/// Decode a JSON body into `T`.
pub fn decode_json<T: ::serde::de::DeserializeOwned, E>(
    status: u16,
    body: &[u8],
) -> ::std::result::Result<T, Error<E>> {
    let body = if body.is_empty() { &b"null"[..] } else { body };
    ::serde_json::from_slice(body)
        .map_err(|e| Error::Decode {
            status,
            message: e.to_string(),
            body: body.to_vec(),
        })
}
pub fn decode_text(body: &[u8]) -> ::std::string::String {
    ::std::string::String::from_utf8_lossy(body).into_owned()
}
/// Standard base64 (for HTTP basic authentication).
pub fn base64(input: &[u8]) -> ::std::string::String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = ::std::string::String::new();
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
/// A declared response header that may be absent.
pub fn optional_header<T: ::serde::de::DeserializeOwned, E>(
    headers: &::reqwest::header::HeaderMap,
    name: &str,
    status: u16,
) -> ::std::result::Result<::std::option::Option<T>, Error<E>> {
    let Some(raw) = headers.get(name) else { return Ok(None) };
    let bad = |message: ::std::string::String| Error::Decode {
        status,
        message: format!("response header {name}: {message}"),
        body: ::std::vec::Vec::new(),
    };
    let raw = raw.to_str().map_err(|e| bad(e.to_string()))?;
    from_header_text(raw).map(Some).map_err(bad)
}
/// A response header the API description says is always sent.
pub fn required_header<T: ::serde::de::DeserializeOwned, E>(
    headers: &::reqwest::header::HeaderMap,
    name: &str,
    status: u16,
) -> ::std::result::Result<T, Error<E>> {
    optional_header(headers, name, status)?
        .ok_or_else(|| Error::Decode {
            status,
            message: format!("the required response header {name} is missing"),
            body: ::std::vec::Vec::new(),
        })
}
