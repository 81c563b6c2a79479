//! The server behind `specs/fuzz/items.yaml`: a hand-written HTTP/1.1 server on 127.0.0.1
//! that behaves like the real servers stipula met (uvicorn/FastAPI, axum), so that the
//! fuzzer's handling of their habits is tested end to end:
//!
//! - after every 5xx it closes the keep-alive connection a moment later, without
//!   `Connection: close` (uvicorn does): a request already written on it dies unanswered;
//! - dot segments (`.`, `..`, `%2E`) are removed and `%2F` decoded before routing;
//! - `/items/filter` with a method other than POST is `/items/{name}` with name `filter`;
//! - parameters are read from their text: every `tags=` of the query is one item of the
//!   array, `X-Page-Size` is parsed as an integer;
//! - anything the contract forbids gets 422 (FastAPI's habit), unparsable JSON included.
//!
//! `ItemsBug::None` is the correct twin; every other variant plants one defect.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemsBug {
    /// The correct twin.
    None,
    /// `GET /items/{name}` with a `:` in the name (the spec's own example `acme:shelf:item`)
    /// kills the handler: the connection is closed without a response.
    DropConnection,
    /// `POST /items` answers 500 for a title with a non-ASCII character.
    NonAsciiTitle,
    /// `POST /items` answers 500 for a title without a letter or digit.
    PunctuationTitle,
    /// `POST /items` answers 500 when `meta.search.query` is the spec's example
    /// `+required -excluded` (only the example reaches it).
    ExampleOnly,
    /// Unparsable JSON gets an undocumented 400 instead of the documented 422.
    MalformedJson400,
    /// Every operation rejects an `X-Api-Version` header that is not `x.y.z` with an
    /// undocumented 400 (the spec says: any string).
    StrictHeader,
    /// `GET /items` takes any `X-Page-Size` text (the spec says: an integer in 1..=100).
    LaxPageSize,
}

impl ItemsBug {
    pub const ALL: [ItemsBug; 7] = [
        ItemsBug::DropConnection,
        ItemsBug::NonAsciiTitle,
        ItemsBug::PunctuationTitle,
        ItemsBug::ExampleOnly,
        ItemsBug::MalformedJson400,
        ItemsBug::StrictHeader,
        ItemsBug::LaxPageSize,
    ];

    pub fn parse(s: &str) -> Option<ItemsBug> {
        Some(match s {
            "none" => ItemsBug::None,
            "drop_connection" => ItemsBug::DropConnection,
            "non_ascii_title" => ItemsBug::NonAsciiTitle,
            "punctuation_title" => ItemsBug::PunctuationTitle,
            "example_only" => ItemsBug::ExampleOnly,
            "malformed_json_400" => ItemsBug::MalformedJson400,
            "strict_header" => ItemsBug::StrictHeader,
            "lax_page_size" => ItemsBug::LaxPageSize,
            _ => return None,
        })
    }
}

pub struct ItemsState {
    pub bug: ItemsBug,
    items: Mutex<BTreeMap<String, i64>>,
    next: AtomicU64,
    /// Requests read (including those answered by closing the connection).
    pub requests: AtomicU64,
    /// Connections closed after a 5xx, and requests dropped on purpose.
    pub closed_after_5xx: AtomicU64,
    pub dropped: AtomicU64,
    /// Requests under `/api` (the spec at `/openapi.json` says `servers: [{url: /api}]`).
    pub under_api: AtomicU64,
}

/// The spec the server serves at `GET /openapi.json`: items.yaml with a relative server.
const SPEC: &str = include_str!("../../../../specs/fuzz/items.yaml");

struct Request {
    method: String,
    /// Decoded path segments, dot segments removed.
    segments: Vec<String>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

enum Reply {
    Send(u16, Vec<(String, String)>, Vec<u8>),
    /// Close the connection without a response (a handler panic).
    Drop,
}

fn json_reply(status: u16, v: Value) -> Reply {
    Reply::Send(
        status,
        vec![("content-type".into(), "application/json".into())],
        v.to_string().into_bytes(),
    )
}

fn invalid(msg: &str) -> Reply {
    json_reply(422, json!({ "detail": msg }))
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Split the target, decode each segment (`%2F` becomes a separator, as Starlette does) and
/// remove dot segments (RFC 3986 §5.2.4).
fn route_segments(path: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in decode(path).split('/').skip(1) {
        match raw {
            "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s.to_string()),
        }
    }
    out
}

/// Method, target and headers (names lower-cased) of a request head.
type Head = (String, String, Vec<(String, String)>);

fn parse_head(head: &str) -> Option<Head> {
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let target = first.next()?.to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((method, target, headers))
}

fn version_ok(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A JSON body the contract allows, or the 422 (or planted 400) for it.
fn json_body(st: &ItemsState, req: &Request) -> Result<Value, Reply> {
    let ct = req.header("content-type").unwrap_or("");
    if !ct.starts_with("application/json") {
        return Err(invalid(
            "expected a JSON body (Content-Type: application/json)",
        ));
    }
    serde_json::from_slice(&req.body).map_err(|e| {
        if st.bug == ItemsBug::MalformedJson400 {
            json_reply(
                400,
                json!({ "detail": "There was an error parsing the body" }),
            )
        } else {
            invalid(&format!("body is not JSON: {e}"))
        }
    })
}

fn new_item(v: &Value) -> Result<String, &'static str> {
    let o = v.as_object().ok_or("body must be an object")?;
    let title = o
        .get("title")
        .and_then(Value::as_str)
        .ok_or("title must be a string")?;
    let n = title.chars().count();
    if !(1..=200).contains(&n) {
        return Err("title must have 1 to 200 characters");
    }
    if let Some(t) = o.get("tags") {
        let a = t.as_array().ok_or("tags must be an array")?;
        if a.len() > 5 || !a.iter().all(Value::is_string) {
            return Err("tags must be at most 5 strings");
        }
    }
    if let Some(m) = o.get("meta") {
        let m = m.as_object().ok_or("meta must be an object")?;
        if let Some(s) = m.get("search") {
            let s = s.as_object().ok_or("meta.search must be an object")?;
            if let Some(q) = s.get("query")
                && !q.is_string()
            {
                return Err("meta.search.query must be a string");
            }
        }
    }
    Ok(title.to_string())
}

fn handle(st: &ItemsState, req: &Request) -> Reply {
    if st.bug == ItemsBug::StrictHeader
        && let Some(v) = req.header("x-api-version")
        && !version_ok(v)
    {
        return json_reply(
            400,
            json!({ "detail": format!("Invalid X-Api-Version header format, expected x.y.z, got '{v}'") }),
        );
    }
    let mut segs: Vec<&str> = req.segments.iter().map(String::as_str).collect();
    let method = req.method.as_str();
    if segs == ["openapi.json"] && method == "GET" {
        let text = SPEC.replacen("paths:\n", "servers:\n  - url: /api\npaths:\n", 1);
        return Reply::Send(
            200,
            vec![("content-type".into(), "application/yaml".into())],
            text.into_bytes(),
        );
    }
    if segs.first() == Some(&"api") {
        segs.remove(0);
        st.under_api.fetch_add(1, Ordering::Relaxed);
    }
    let not_allowed = |allow: &str| {
        Reply::Send(
            405,
            vec![
                ("allow".into(), allow.into()),
                ("content-type".into(), "application/json".into()),
            ],
            br#"{"detail":"Method Not Allowed"}"#.to_vec(),
        )
    };
    match (segs.as_slice(), method) {
        (["items"], "GET") => {
            for (k, v) in &req.query {
                if k == "category" && !["books", "games"].contains(&v.as_str()) {
                    return invalid("category must be books or games");
                }
            }
            // `tags` is form-exploded: each occurrence is one item.
            if req.query.iter().filter(|(k, _)| k == "tags").count() > 3 {
                return invalid("tags must have at most 3 items");
            }
            if st.bug != ItemsBug::LaxPageSize
                && let Some(v) = req.header("x-page-size")
                && !v
                    .trim()
                    .parse::<i64>()
                    .is_ok_and(|n| (1..=100).contains(&n))
            {
                return invalid("X-Page-Size must be an integer in 1..=100");
            }
            let items: Vec<Value> = st
                .items
                .lock()
                .map(|m| {
                    m.iter()
                        .map(|(t, id)| json!({ "id": id, "title": t }))
                        .collect()
                })
                .unwrap_or_default();
            json_reply(200, Value::Array(items))
        }
        (["items"], "POST") => {
            let v = match json_body(st, req) {
                Ok(v) => v,
                Err(r) => return r,
            };
            let title = match new_item(&v) {
                Ok(t) => t,
                Err(m) => return invalid(m),
            };
            let boom = match st.bug {
                ItemsBug::NonAsciiTitle => !title.is_ascii(),
                ItemsBug::PunctuationTitle => !title.chars().any(char::is_alphanumeric),
                ItemsBug::ExampleOnly => {
                    v.pointer("/meta/search/query").and_then(Value::as_str)
                        == Some("+required -excluded")
                }
                _ => false,
            };
            if boom {
                return Reply::Send(
                    500,
                    vec![("content-type".into(), "text/plain".into())],
                    b"Internal Server Error".to_vec(),
                );
            }
            let id = st.next.fetch_add(1, Ordering::SeqCst) as i64 + 1;
            if let Ok(mut m) = st.items.lock() {
                m.insert(title.clone(), id);
            }
            json_reply(201, json!({ "id": id, "title": title }))
        }
        (["items"], _) => not_allowed("GET, POST"),
        (["items", "filter"], "POST") => {
            let v = match json_body(st, req) {
                Ok(v) => v,
                Err(r) => return r,
            };
            let limit = v.get("limit").and_then(|l| {
                l.as_i64()
                    .or_else(|| l.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
            });
            match (v.as_object(), limit) {
                (Some(_), Some(l)) if (1..=50).contains(&l) => json_reply(200, json!([])),
                _ => invalid("limit must be an integer in 1..=50"),
            }
        }
        (["items", name], "GET" | "DELETE") => {
            if st.bug == ItemsBug::DropConnection && method == "GET" && name.contains(':') {
                return Reply::Drop;
            }
            let found = st.items.lock().ok().and_then(|mut m| {
                if method == "DELETE" {
                    m.remove(*name)
                } else {
                    m.get(*name).copied()
                }
            });
            match (found, method) {
                (Some(_), "DELETE") => Reply::Send(204, vec![], vec![]),
                (Some(id), _) => json_reply(200, json!({ "id": id, "title": name })),
                (None, _) => json_reply(404, json!({ "detail": "Item not found" })),
            }
        }
        (["items", _], _) => not_allowed("GET, DELETE"),
        (["refs", r], "GET") => {
            if *r == "main" {
                json_reply(200, json!({ "ref": "main" }))
            } else {
                json_reply(404, json!({ "detail": "No such ref" }))
            }
        }
        (["refs", _], _) => not_allowed("GET"),
        _ => json_reply(404, json!({ "detail": "Not Found" })),
    }
}

async fn read_request(sock: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Request> {
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 8192];
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let (method, target, headers) = parse_head(&head)?;
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + 4 + len {
        let mut chunk = [0u8; 8192];
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[head_end + 4..head_end + 4 + len].to_vec();
    buf.drain(..head_end + 4 + len);
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect();
    Some(Request {
        method,
        segments: route_segments(path),
        query,
        headers,
        body,
    })
}

async fn connection(st: Arc<ItemsState>, mut sock: TcpStream) {
    let mut buf = Vec::new();
    while let Some(req) = read_request(&mut sock, &mut buf).await {
        st.requests.fetch_add(1, Ordering::Relaxed);
        let (status, headers, body) = match handle(&st, &req) {
            Reply::Drop => {
                st.dropped.fetch_add(1, Ordering::Relaxed);
                return;
            }
            Reply::Send(s, h, b) => (s, h, b),
        };
        let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
        for (k, v) in headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(&body);
        if sock.write_all(&bytes).await.is_err() {
            return;
        }
        if status >= 500 {
            // uvicorn's habit: the connection is closed after a 5xx, without saying so in
            // the response; the client may already have written its next request on it.
            tokio::time::sleep(Duration::from_millis(20)).await;
            st.closed_after_5xx.fetch_add(1, Ordering::Relaxed);
            return;
        }
    }
}

/// Start the server on 127.0.0.1 (port 0 = any free port) in the current tokio runtime.
pub async fn start(bug: ItemsBug, port: u16) -> std::io::Result<(String, Arc<ItemsState>)> {
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let st = Arc::new(ItemsState {
        bug,
        items: Mutex::new(BTreeMap::new()),
        next: AtomicU64::new(0),
        requests: AtomicU64::new(0),
        closed_after_5xx: AtomicU64::new(0),
        dropped: AtomicU64::new(0),
        under_api: AtomicU64::new(0),
    });
    let s2 = st.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let _ = sock.set_nodelay(true);
            tokio::spawn(connection(s2.clone(), sock));
        }
    });
    Ok((format!("http://{addr}"), st))
}
