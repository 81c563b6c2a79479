//! `stipula fuzz` on a Swagger 2.0 spec (`specs/swagger2/fuzz-uploads.yaml`) against a small
//! server started here on 127.0.0.1: a `collectionFormat: multi` query parameter, a
//! urlencoded formData body and a multipart `type: file` upload. The server checks what it
//! receives the 2.0 way (repeated `tags=`, form fields, a `photo` part), counts what it
//! accepted, and in its buggy mode answers uploads with a body the spec forbids.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;
use std::process::Output;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use stipula_testkit::{runtime, stderr, stdout};

const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../specs/swagger2/fuzz-uploads.yaml"
);

#[derive(Default)]
struct Seen {
    /// GET /items with more than one `tags=` (multi: one pair per value).
    multi_tags: AtomicUsize,
    /// Forms accepted (201).
    forms: AtomicUsize,
    /// Uploads with a `photo` part (200).
    uploads: AtomicUsize,
}

struct App {
    seen: Seen,
    buggy: bool,
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn pairs(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn bad(msg: &str) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(json!({"message": msg}))).into_response()
}

async fn list(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> Response {
    let tags: Vec<String> = pairs(q.as_deref().unwrap_or(""))
        .into_iter()
        .filter(|(k, _)| k == "tags")
        .map(|(_, v)| v)
        .collect();
    // The spec: 2 to 4 tags of at most 8 characters (a lone `tags=x` is one tag, too few).
    if !tags.is_empty() && !(2..=4).contains(&tags.len()) {
        return bad("2 to 4 tags");
    }
    if tags.iter().any(|t| t.chars().count() > 8) {
        return bad("a tag is longer than 8 characters");
    }
    if tags.len() > 1 {
        app.seen.multi_tags.fetch_add(1, Ordering::Relaxed);
    }
    // A csv reading (`tags=a,b`) would be one value with a comma; multi never sends that
    // unless a value holds a comma, which the server takes as it is.
    let items: Vec<_> = tags.iter().map(|t| json!({"name": t})).collect();
    axum::Json(json!(items)).into_response()
}

async fn create(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let ct = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct.starts_with("application/x-www-form-urlencoded") {
        return bad("expected a urlencoded form");
    }
    let form = pairs(&String::from_utf8_lossy(&body));
    let Some(name) = form
        .iter()
        .find(|(k, _)| k == "name")
        .map(|(_, v)| v.clone())
    else {
        return bad("name is required");
    };
    if name.is_empty() || name.chars().count() > 20 {
        return bad("name must have 1 to 20 characters");
    }
    let count = match form.iter().find(|(k, _)| k == "count") {
        Some((_, v)) => match v.parse::<i64>() {
            Ok(n) if (0..=100).contains(&n) => json!(n),
            _ => return bad("count is not an integer from 0 to 100"),
        },
        None => json!(null),
    };
    app.seen.forms.fetch_add(1, Ordering::Relaxed);
    (
        StatusCode::CREATED,
        axum::Json(json!({"name": name, "count": count})),
    )
        .into_response()
}

async fn upload(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return bad("id is not an integer");
    };
    if !(1..=1000).contains(&id) {
        return bad("id is out of 1..=1000");
    }
    let ct = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(boundary) = ct
        .strip_prefix("multipart/form-data")
        .and_then(|r| r.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_string())
    else {
        return bad("expected multipart/form-data with a boundary");
    };
    let text = String::from_utf8_lossy(&body);
    let delim = format!("--{boundary}");
    let photo = text
        .split(delim.as_str())
        .find(|part| part.contains("name=\"photo\""))
        .map(|part| {
            part.split_once("\r\n\r\n")
                .map_or(0, |(_, data)| data.len().saturating_sub(2))
        });
    let Some(bytes) = photo else {
        return bad("no photo part");
    };
    let caption = text
        .split(delim.as_str())
        .find(|part| part.contains("name=\"caption\""))
        .and_then(|part| {
            part.split_once("\r\n\r\n")
                .map(|(_, d)| d.trim_end_matches("\r\n").to_string())
        });
    if caption.is_some_and(|c| c.chars().count() > 40) {
        return bad("caption is longer than 40 characters");
    }
    app.seen.uploads.fetch_add(1, Ordering::Relaxed);
    let bytes = if app.buggy { -1 } else { bytes as i64 };
    axum::Json(json!({"id": id, "bytes": bytes})).into_response()
}

fn serve(buggy: bool) -> (String, Arc<App>, tokio::runtime::Runtime) {
    let rt = runtime();
    let app = Arc::new(App {
        seen: Seen::default(),
        buggy,
    });
    let router = Router::new()
        .route("/items", get(list).post(create))
        .route("/items/{id}/photo", post(upload))
        .with_state(app.clone());
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("address");
    rt.spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (format!("http://{addr}"), app, rt)
}

/// `stipula fuzz` of the spec against `url`: 300 requests, seed 7.
fn fuzz(url: &str) -> (Output, String, String) {
    let out = stipula_testkit::run_stipula(
        env!("CARGO_BIN_EXE_stipula"),
        &[
            "fuzz",
            SPEC,
            "--base-url",
            url,
            "--max-requests",
            "300",
            "--seed",
            "7",
        ],
    );
    let (so, se) = (stdout(&out), stderr(&out));
    (out, so, se)
}

#[test]
fn fuzz_sends_multi_queries_forms_and_file_uploads_of_a_2_0_spec() {
    let (url, app, _rt) = serve(false);
    let (out, so, se) = fuzz(&url);
    assert_eq!(out.status.code(), Some(0), "stdout:\n{so}\nstderr:\n{se}");
    for op in ["GET /items", "POST /items", "POST /items/{id}/photo"] {
        assert!(so.contains(op), "{op} was fuzzed: {so}");
    }
    let seen = &app.seen;
    assert!(
        seen.multi_tags.load(Ordering::Relaxed) > 0,
        "tags sent as repeated pairs"
    );
    assert!(seen.forms.load(Ordering::Relaxed) > 0, "valid forms sent");
    assert!(
        seen.uploads.load(Ordering::Relaxed) > 0,
        "multipart uploads with a photo part sent"
    );
}

#[test]
fn fuzz_finds_a_2_0_response_that_breaks_the_spec() {
    let (url, _app, _rt) = serve(true);
    let (out, so, se) = fuzz(&url);
    assert_eq!(out.status.code(), Some(1), "stdout:\n{so}\nstderr:\n{se}");
    assert!(so.contains("POST /items/{id}/photo"), "{so}");
    assert!(so.contains("bytes"), "the failing field is named: {so}");
}
