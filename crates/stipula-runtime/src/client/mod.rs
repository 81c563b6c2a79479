//! Helpers of generated reqwest clients: the error type, credentials (redacted in
//! `Debug`), the retry policy and the one `execute` every operation awaits, response
//! decoding; multipart parts with the `multipart` feature.

use super::serde_support::from_header_text;

#[cfg(feature = "multipart")]
pub mod multipart;
#[cfg(feature = "stream")]
pub mod stream;

/// Errors returned by the client's operations.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with a documented error status; the typed body is inside.
    Api(E),
    /// The server answered with a status the API description does not document.
    UnexpectedStatus {
        /// The HTTP status.
        status: u16,
        /// The response body as received.
        body: ::std::vec::Vec<u8>,
    },
    /// The body of a documented response did not decode as its schema says.
    Decode {
        /// The HTTP status.
        status: u16,
        /// What did not match (serde_json's message, with its line and column).
        message: ::std::string::String,
        /// The response body as received.
        body: ::std::vec::Vec<u8>,
    },
    /// A parameter or body could not be encoded.
    Encode {
        /// Which parameter or body.
        what: &'static str,
        /// Why it could not be encoded.
        message: ::std::string::String,
    },
    /// The request could not be sent or the response not read (connection, timeout, ...).
    Request(::reqwest::Error),
}

impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> ::std::option::Option<u16> {
        match self {
            Error::UnexpectedStatus { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Request(e) => e.status().map(|s| s.as_u16()),
            _ => None,
        }
    }
}

impl<E: ::std::fmt::Debug> ::std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Error::Api(e) => write!(f, "the server returned a documented error: {e:?}"),
            Error::UnexpectedStatus { status, body } => write!(
                f,
                "the server returned status {status}, which the API description does not document ({} body bytes): {}",
                body.len(),
                body_excerpt(body)
            ),
            Error::Decode { status, message, .. } => write!(
                f,
                "the body of the {status} response does not match the API description: {message}"
            ),
            Error::Encode { what, message } => write!(f, "cannot encode {what}: {message}"),
            Error::Request(e) => write!(f, "request failed: {e}"),
        }
    }
}

impl<E: ::std::fmt::Debug> ::std::error::Error for Error<E> {}

/// One credential the client holds. `Debug` shows no secret: tokens and passwords print as
/// `<redacted>` (a logged client or a panic message must not leak them).
#[derive(Clone)]
pub enum Credential {
    /// A bearer token, or an API key.
    Token(::std::string::String),
    /// HTTP basic: user name and password.
    Basic(
        ::std::string::String,
        ::std::option::Option<::std::string::String>,
    ),
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

/// A parameter or body as a JSON value (what the parameter styles encode), or the error
/// that names it.
pub fn to_value<T: ::serde::Serialize + ?Sized, E>(
    what: &'static str,
    v: &T,
) -> ::std::result::Result<::serde_json::Value, Error<E>> {
    ::serde_json::to_value(v).map_err(|e| Error::Encode {
        what,
        message: e.to_string(),
    })
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
        // Jitter without a random-number dependency: the std hasher is seeded randomly per
        // process, and the clock varies per call.
        use ::std::hash::{BuildHasher, Hasher};
        let mut h = ::std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(attempt);
        if let Ok(t) = ::std::time::SystemTime::now().duration_since(::std::time::UNIX_EPOCH) {
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
        *req.method(),
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
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
) -> ::std::result::Result<(u16, ::reqwest::header::HeaderMap, ::std::vec::Vec<u8>), ::reqwest::Error>
{
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
                Some(retry_after(resp.headers()).unwrap_or_else(|| policy.backoff(attempt)))
            }
            Err(e) if e.is_connect() => Some(policy.backoff(attempt)),
            _ => None,
        };
        match (wait, again) {
            (Some(w), Some(again)) if w <= policy.max_backoff && waited + w <= policy.budget => {
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
    ::serde_json::from_slice(body).map_err(|e| Error::Decode {
        status,
        message: e.to_string(),
        body: body.to_vec(),
    })
}

/// A declared response header that may be absent.
pub fn optional_header<T: ::serde::de::DeserializeOwned, E>(
    headers: &::reqwest::header::HeaderMap,
    name: &str,
    status: u16,
) -> ::std::result::Result<::std::option::Option<T>, Error<E>> {
    let Some(raw) = headers.get(name) else {
        return Ok(None);
    };
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
    optional_header(headers, name, status)?.ok_or_else(|| Error::Decode {
        status,
        message: format!("the required response header {name} is missing"),
        body: ::std::vec::Vec::new(),
    })
}
