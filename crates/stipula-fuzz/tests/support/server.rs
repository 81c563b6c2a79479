//! The server behind `specs/fuzz/pets.yaml`, on 127.0.0.1, for tests and the benchmark.
//!
//! `Bug::None` is the correct twin: it honours the contract exactly. Every other variant
//! plants one contract violation that exactly one check should find.
#![allow(dead_code)]

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub const TOKEN: &str = "secret-token";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bug {
    /// The correct twin.
    None,
    /// POST /pets answers 500 for ages above 25 (still valid: maximum is 30).
    ServerError,
    /// GET /pets/{id} answers 410 (undocumented) for unknown ids instead of 404.
    StatusCode,
    /// GET /pets says `text/plain` for its JSON.
    ContentType,
    /// POST /pets returns the new id as a string.
    ResponseSchema,
    /// GET /pets/{id} of an existing pet returns `age: null` (reachable only via a created id).
    StatefulSchema,
    /// GET /pets omits the required `X-Total` header.
    ResponseHeaders,
    /// POST /pets accepts negative ages.
    NegativeData,
    /// POST /pets rejects names longer than 10 characters (the spec allows 20).
    PositiveData,
    /// GET /pets answers without checking the token.
    IgnoredAuth,
    /// DELETE /pets/{id} answers 204 but keeps the pet (reachable only after DELETE).
    UseAfterDelete,
    /// POST /pets answers 201 with an id but stores nothing.
    ResourceAvailability,
    /// PATCH /pets/{id} answers 404 instead of 405.
    UnsupportedMethod,
}

impl Bug {
    pub const ALL: [Bug; 12] = [
        Bug::ServerError,
        Bug::StatusCode,
        Bug::ContentType,
        Bug::ResponseSchema,
        Bug::StatefulSchema,
        Bug::ResponseHeaders,
        Bug::NegativeData,
        Bug::PositiveData,
        Bug::IgnoredAuth,
        Bug::UseAfterDelete,
        Bug::ResourceAvailability,
        Bug::UnsupportedMethod,
    ];

    pub fn parse(s: &str) -> Option<Bug> {
        Some(match s {
            "none" => Bug::None,
            "server_error" => Bug::ServerError,
            "status_code" => Bug::StatusCode,
            "content_type" => Bug::ContentType,
            "response_schema" => Bug::ResponseSchema,
            "stateful_schema" => Bug::StatefulSchema,
            "response_headers" => Bug::ResponseHeaders,
            "negative_data" => Bug::NegativeData,
            "positive_data" => Bug::PositiveData,
            "ignored_auth" => Bug::IgnoredAuth,
            "use_after_delete" => Bug::UseAfterDelete,
            "resource_availability" => Bug::ResourceAvailability,
            "unsupported_method" => Bug::UnsupportedMethod,
            _ => return None,
        })
    }
}

pub struct AppState {
    pub bug: Bug,
    pets: Mutex<BTreeMap<i64, Value>>,
    next: AtomicI64,
    /// Requests answered (every route, 405s included).
    pub requests: AtomicU64,
    /// `METHOD uri body` of every request, when logging is on.
    pub log: Mutex<Option<Vec<String>>>,
}

/// Record every request in `AppState::log` (tests of determinism).
async fn log_requests(
    State(st): State<Arc<AppState>>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    st.requests.fetch_add(1, Ordering::Relaxed);
    let logging = st.log.lock().map(|l| l.is_some()).unwrap_or(false);
    if !logging {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    let line = format!(
        "{} {} {}",
        parts.method,
        parts.uri,
        String::from_utf8_lossy(&bytes)
    );
    if let Ok(mut l) = st.log.lock()
        && let Some(l) = l.as_mut()
    {
        l.push(line);
    }
    next.run(axum::extract::Request::from_parts(
        parts,
        axum::body::Body::from(bytes),
    ))
    .await
}

fn json_resp(status: StatusCode, v: Value) -> Response {
    let mut r = (status, v.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

fn error(status: StatusCode, msg: &str) -> Response {
    json_resp(status, json!({ "message": msg }))
}

fn authorized(h: &HeaderMap) -> bool {
    h.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) == Some(&format!("Bearer {TOKEN}"))
}

fn lock(s: &AppState) -> std::sync::MutexGuard<'_, BTreeMap<i64, Value>> {
    s.pets.lock().unwrap_or_else(|p| p.into_inner())
}

fn query_pairs(q: &Option<String>) -> Vec<(String, String)> {
    let dec = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    q.as_deref()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (dec(k), dec(v)),
            None => (dec(p), String::new()),
        })
        .collect()
}

const TAGS: [&str; 3] = ["cat", "dog", "bird"];

/// Validate a NewPet body; `Err(message)` when it breaks the schema.
fn new_pet(st: &AppState, h: &HeaderMap, body: &Bytes) -> Result<Value, String> {
    let ct = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct.starts_with("application/json") {
        return Err(format!("expected application/json, got `{ct}`"));
    }
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("bad JSON: {e}"))?;
    let o = v.as_object().ok_or("body must be an object")?;
    for k in o.keys() {
        if !["name", "age", "tag"].contains(&k.as_str()) {
            return Err(format!("unknown property {k}"));
        }
    }
    let name = o
        .get("name")
        .and_then(Value::as_str)
        .ok_or("name must be a string")?;
    let n = name.chars().count();
    if !(1..=20).contains(&n) {
        return Err("name must have 1 to 20 characters".into());
    }
    if st.bug == Bug::PositiveData && n > 10 {
        return Err("name too long".into());
    }
    let age = o
        .get("age")
        // JSON Schema: 3.0 is an integer too.
        .and_then(|v| {
            v.as_i64().or_else(|| {
                v.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                    .map(|f| f as i64)
            })
        })
        .ok_or("age must be an integer")?;
    let min_age = if st.bug == Bug::NegativeData {
        i64::MIN
    } else {
        0
    };
    if age < min_age || age > 30 {
        return Err("age must be within 0..=30".into());
    }
    if let Some(t) = o.get("tag")
        && !t.as_str().is_some_and(|t| TAGS.contains(&t))
    {
        return Err("unknown tag".into());
    }
    Ok(v)
}

fn pet_id(raw: &str) -> Option<i64> {
    raw.parse::<i64>().ok().filter(|i| *i >= 1)
}

/// The pet id of an authorized request to `/pets/{petId}`, or the error to answer.
/// The pet id of a `/pets/{id}` request whose token is good: 401 without one, 400 for an
/// id that is not an integer ≥ 1 (the handlers of one pet start from it).
struct AuthorizedPet(i64);

impl<S: Send + Sync> FromRequestParts<S> for AuthorizedPet {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !authorized(&parts.headers) {
            return Err(error(StatusCode::UNAUTHORIZED, "missing or bad token"));
        }
        pet_id(&raw)
            .map(AuthorizedPet)
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, "petId must be an integer ≥ 1"))
    }
}

async fn list(State(st): State<Arc<AppState>>, h: HeaderMap, RawQuery(q): RawQuery) -> Response {
    if st.bug != Bug::IgnoredAuth && !authorized(&h) {
        return error(StatusCode::UNAUTHORIZED, "missing or bad token");
    }
    let mut limit = 50usize;
    let mut tags = Vec::new();
    for (k, v) in query_pairs(&q) {
        match k.as_str() {
            "limit" => match v.parse::<i64>() {
                Ok(l) if (1..=50).contains(&l) => limit = l as usize,
                _ => {
                    return error(
                        StatusCode::BAD_REQUEST,
                        "limit must be an integer in 1..=50",
                    );
                }
            },
            "tags" => {
                if !TAGS.contains(&v.as_str()) {
                    return error(StatusCode::BAD_REQUEST, "unknown tag");
                }
                tags.push(v);
            }
            _ => {}
        }
    }
    if tags.len() > 3 {
        return error(StatusCode::BAD_REQUEST, "at most 3 tags");
    }
    if let Some(t) = h.get("x-trace")
        && t.as_bytes().len() > 16
    {
        return error(StatusCode::BAD_REQUEST, "X-Trace is at most 16 characters");
    }
    let pets: Vec<Value> = lock(&st)
        .values()
        .filter(|p| {
            tags.is_empty()
                || p.get("tag")
                    .and_then(Value::as_str)
                    .is_some_and(|t| tags.iter().any(|x| x == t))
        })
        .take(limit)
        .cloned()
        .collect();
    let total = pets.len();
    let mut r = json_resp(StatusCode::OK, Value::Array(pets));
    if st.bug == Bug::ContentType {
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    }
    if st.bug != Bug::ResponseHeaders {
        r.headers_mut().insert("x-total", HeaderValue::from(total));
    }
    r
}

async fn create(State(st): State<Arc<AppState>>, h: HeaderMap, body: Bytes) -> Response {
    if !authorized(&h) {
        return error(StatusCode::UNAUTHORIZED, "missing or bad token");
    }
    let mut pet = match new_pet(&st, &h, &body) {
        Ok(p) => p,
        Err(m) => return error(StatusCode::BAD_REQUEST, &m),
    };
    if st.bug == Bug::ServerError
        && pet
            .get("age")
            .and_then(Value::as_i64)
            .is_some_and(|a| a > 25)
    {
        return (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response();
    }
    let id = st.next.fetch_add(1, Ordering::SeqCst);
    pet["id"] = json!(id);
    if st.bug != Bug::ResourceAvailability {
        lock(&st).insert(id, pet.clone());
    }
    if st.bug == Bug::ResponseSchema {
        pet["id"] = json!(id.to_string());
    }
    json_resp(StatusCode::CREATED, pet)
}

async fn get_pet(State(st): State<Arc<AppState>>, AuthorizedPet(id): AuthorizedPet) -> Response {
    match lock(&st).get(&id) {
        Some(p) => {
            let mut p = p.clone();
            if st.bug == Bug::StatefulSchema {
                p["age"] = Value::Null;
            }
            json_resp(StatusCode::OK, p)
        }
        None if st.bug == Bug::StatusCode => error(StatusCode::GONE, "no such pet"),
        None => error(StatusCode::NOT_FOUND, "no such pet"),
    }
}

async fn put_pet(
    State(st): State<Arc<AppState>>,
    AuthorizedPet(id): AuthorizedPet,
    h: HeaderMap,
    body: Bytes,
) -> Response {
    let mut pet = match new_pet(&st, &h, &body) {
        Ok(p) => p,
        Err(m) => return error(StatusCode::BAD_REQUEST, &m),
    };
    let mut pets = lock(&st);
    match pets.get_mut(&id) {
        Some(slot) => {
            pet["id"] = json!(id);
            *slot = pet.clone();
            json_resp(StatusCode::OK, pet)
        }
        None => error(StatusCode::NOT_FOUND, "no such pet"),
    }
}

async fn delete_pet(State(st): State<Arc<AppState>>, AuthorizedPet(id): AuthorizedPet) -> Response {
    let mut pets = lock(&st);
    let found = if st.bug == Bug::UseAfterDelete {
        pets.contains_key(&id)
    } else {
        pets.remove(&id).is_some()
    };
    if found {
        StatusCode::NO_CONTENT.into_response()
    } else {
        error(StatusCode::NOT_FOUND, "no such pet")
    }
}

async fn patch_pet() -> Response {
    error(StatusCode::NOT_FOUND, "no such route")
}

pub fn app(bug: Bug) -> (Router, Arc<AppState>) {
    let st = Arc::new(AppState {
        bug,
        pets: Mutex::new(BTreeMap::new()),
        next: AtomicI64::new(1),
        requests: AtomicU64::new(0),
        log: Mutex::new(None),
    });
    let mut item = get(get_pet).put(put_pet).delete(delete_pet);
    if bug == Bug::UnsupportedMethod {
        item = item.patch(patch_pet);
    }
    let r = Router::new()
        .route("/pets", get(list).post(create))
        .route("/pets/{petId}", item)
        .layer(axum::middleware::from_fn_with_state(
            st.clone(),
            log_requests,
        ))
        .with_state(st.clone());
    (r, st)
}

/// Start the server on 127.0.0.1 (port 0 = any free port) in the current tokio runtime.
pub async fn start(bug: Bug, port: u16) -> std::io::Result<(String, Arc<AppState>)> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let (router, st) = app(bug);
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok((format!("http://{addr}"), st))
}
