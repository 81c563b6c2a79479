//! The generated client's own behaviour against a scripted server on 127.0.0.1: retries
//! (idempotent methods and `Idempotency-Key` only, `Retry-After` honoured, a wait longer
//! than the policy allows not made), headers added for one call, request hooks, and no
//! credential in the client's `Debug` output.

use petstore_client::client as c;
use std::sync::{Arc, Mutex};

/// Under `cargo test --workspace`, reqwest is built with stipula-fuzz's TLS features (rustls
/// without a built-in crypto provider), and building a client then needs one installed.
fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// What the scripted server saw: one entry per request (method, path, headers).
type Seen = Arc<Mutex<Vec<(String, String, axum::http::HeaderMap)>>>;

/// A server that answers each request with the next of `script` (status, `Retry-After`,
/// body), the last one repeating.
async fn scripted(script: Vec<(u16, Option<&'static str>, &'static str)>) -> (String, Seen) {
    let seen: Seen = Arc::default();
    let log = seen.clone();
    let app = axum::Router::new().fallback(move |req: axum::extract::Request| {
        let log = log.clone();
        let script = script.clone();
        async move {
            let n = {
                let mut l = log.lock().unwrap();
                l.push((
                    req.method().to_string(),
                    req.uri().path().to_string(),
                    req.headers().clone(),
                ));
                l.len() - 1
            };
            let (status, retry_after, body) = script[n.min(script.len() - 1)];
            let mut resp = axum::response::Response::builder()
                .status(status)
                .header("content-type", "application/json");
            if let Some(r) = retry_after {
                resp = resp.header("retry-after", r);
            }
            resp.body(axum::body::Body::from(body)).unwrap()
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), seen)
}

fn new_pet() -> c::types::NewPet {
    serde_json::from_value(serde_json::json!({"name": "Rex"})).unwrap()
}

#[tokio::test]
async fn get_is_retried_after_503_and_429_as_retry_after_says() {
    tls_provider();
    let (base, seen) = scripted(vec![
        (503, Some("0"), r#"{"message": "busy"}"#),
        (429, Some("0"), r#"{"message": "slow down"}"#),
        (200, None, r#"{"available": 3}"#),
    ])
    .await;
    let client = c::Client::with_base_url(&base).with_api_key("key-123");
    let counts = client.get_inventory().await.unwrap();
    assert_eq!(counts.get("available"), Some(&3));
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3, "two retries, then the answer");
    assert!(
        seen.iter()
            .all(|(_, _, h)| h.get("x-api-key").is_some_and(|v| v == "key-123")),
        "credentials go with every attempt"
    );
}

#[tokio::test]
async fn retries_stop_at_the_policy_limits() {
    tls_provider();
    // Retry-After beyond max_backoff: the answer is returned at once, with its status.
    let (base, seen) = scripted(vec![(503, Some("120"), "{}")]).await;
    let client = c::Client::with_base_url(&base).with_api_key("k");
    let started = std::time::Instant::now();
    let err = client.get_inventory().await.unwrap_err();
    assert_eq!(err.status(), Some(503), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(seen.lock().unwrap().len(), 1);

    // Always 503 with a short backoff: 1 + max_retries attempts.
    let (base, seen) = scripted(vec![(503, None, "{}")]).await;
    let policy = c::RetryPolicy {
        max_retries: 2,
        initial_backoff: std::time::Duration::from_millis(10),
        ..c::RetryPolicy::default()
    };
    let client = c::Client::with_base_url(&base)
        .with_api_key("k")
        .with_retry_policy(policy);
    assert_eq!(
        client.get_inventory().await.unwrap_err().status(),
        Some(503)
    );
    assert_eq!(seen.lock().unwrap().len(), 3);

    // RetryPolicy::none(): one attempt.
    let (base, seen) = scripted(vec![(503, Some("0"), "{}")]).await;
    let client = c::Client::with_base_url(&base)
        .with_api_key("k")
        .with_retry_policy(c::RetryPolicy::none());
    assert!(client.get_inventory().await.is_err());
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn post_is_retried_only_with_an_idempotency_key() {
    tls_provider();
    let (base, seen) = scripted(vec![
        (503, Some("0"), r#"{"code": 503, "message": "busy"}"#),
        (201, None, r#"{"id": 1, "name": "Rex"}"#),
    ])
    .await;
    let client = c::Client::with_base_url(&base).with_bearer_auth("secret-token");
    match client.create_pet(&new_pet()).await {
        Err(c::Error::Api(c::pets::CreatePetError::Default { status: 503, .. })) => {}
        other => panic!("a POST without Idempotency-Key is sent once: {other:?}"),
    }
    assert_eq!(seen.lock().unwrap().len(), 1);

    seen.lock().unwrap().clear();
    // The header is added on a clone, for this call only.
    let once = client.clone().with_header("Idempotency-Key", "k-1");
    let created = once.create_pet(&new_pet()).await;
    assert!(created.is_ok(), "{created:?}");
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 2, "retried: the key makes it safe");
        assert!(seen.iter().all(|(m, p, h)| m == "POST"
            && p == "/pets"
            && h.get("idempotency-key").is_some_and(|v| v == "k-1")));
    }
    seen.lock().unwrap().clear();
    let _ = client.create_pet(&new_pet()).await;
    let seen = seen.lock().unwrap();
    assert!(
        seen.iter()
            .all(|(_, _, h)| h.get("idempotency-key").is_none()),
        "the original client does not send the clone's header"
    );
}

#[test]
fn debug_shows_no_credentials() {
    tls_provider();
    let client = c::Client::with_base_url("http://127.0.0.1:1")
        .with_bearer_auth("secret-token")
        .with_api_key("key-123")
        .with_header("x-trace", "t-1");
    let debug = format!("{client:?}");
    assert!(!debug.contains("secret-token"), "{debug}");
    assert!(!debug.contains("key-123"), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
    assert!(debug.contains("127.0.0.1:1"), "{debug}");
    let pretty = format!("{client:#?}");
    assert!(!pretty.contains("secret-token") && !pretty.contains("key-123"));
}

/// A hook that stamps a request id on each request and records what it saw.
#[derive(Clone, Default)]
struct Stamp {
    log: Arc<Mutex<Vec<String>>>,
}

impl c::RequestHook for Stamp {
    fn on_request(&self, operation: &'static str, request: &mut reqwest::Request) {
        let n = self.log.lock().unwrap().len();
        let id = reqwest::header::HeaderValue::from_str(&format!("req-{n}")).unwrap();
        request.headers_mut().insert("x-request-id", id);
        self.log.lock().unwrap().push(format!(
            "{operation} {} {}",
            request.method(),
            request.url().path()
        ));
    }
    fn on_response(
        &self,
        operation: &'static str,
        status: u16,
        headers: &reqwest::header::HeaderMap,
    ) {
        let ct = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("-");
        self.log
            .lock()
            .unwrap()
            .push(format!("{operation} -> {status} {ct}"));
    }
}

#[tokio::test]
async fn hooks_see_every_request_and_its_final_response() {
    tls_provider();
    let (base, seen) = scripted(vec![
        (503, Some("0"), r#"{"message": "busy"}"#),
        (200, None, r#"{"available": 3}"#),
    ])
    .await;
    let stamp = Stamp::default();
    let client = c::Client::with_base_url(&base)
        .with_api_key("key-1")
        .with_hook(stamp.clone());
    let counts = client.get_inventory().await.unwrap();
    assert_eq!(counts.get("available"), Some(&3));
    // The hook ran once for the call; the retry sent the request as the hook left it, and
    // the hook saw the response the call ended with.
    assert_eq!(
        *stamp.log.lock().unwrap(),
        [
            "get_inventory GET /store/inventory",
            "get_inventory -> 200 application/json"
        ]
    );
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    for (_, _, headers) in seen.iter() {
        assert_eq!(headers["x-request-id"], "req-0");
    }
    // `Debug` counts hooks, it does not print them.
    assert!(format!("{client:?}").contains("hooks: 1"), "{client:?}");
}
