//! The `_stream` methods of the client generated from `specs/streams.yaml`, against a server
//! on 127.0.0.1 that pages, streams events and serves a download: every pagination shape the
//! generator detects (and one declared with `x-stipula-pagination`) yields every item once,
//! in order; servers that loop end the stream with an error instead of hanging; an endless
//! event stream delivers its events as they come; a download arrives in chunks.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::{Path, Query, Request};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use petstore_client::streams_client as c;
use serde_json::{Value, json};
use stipula_runtime::client::stream::{Bytes, Stream, StreamExt};

/// Under `cargo test --workspace`, reqwest is built with stipula-fuzz's TLS features (rustls
/// without a built-in crypto provider), and building a client then needs one installed.
fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

type Q = Query<std::collections::HashMap<String, String>>;

fn json_response(v: Value) -> Response {
    ([("content-type", "application/json")], v.to_string()).into_response()
}

fn num(q: &Q, k: &str, default: usize) -> usize {
    q.get(k).and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A response body fed from a channel: what the handler sends arrives as it is sent, and
/// the body never ends while the sender lives.
struct Channel(tokio::sync::mpsc::UnboundedReceiver<Bytes>);

impl Stream for Channel {
    type Item = Result<Bytes, Infallible>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx).map(|b| b.map(Ok))
    }
}

/// The server; `seen` logs each request's path and query.
async fn server(seen: Arc<Mutex<Vec<String>>>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let log = move |r: &Request| {
        seen.lock().expect("log").push(
            r.uri()
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_default(),
        )
    };
    let link_base = base.clone();
    let app = axum::Router::new()
        // Resend / Stripe: `after` the last id, `has_more`.
        .route(
            "/emails",
            get(|q: Q| async move {
                let all: Vec<String> = (1..=7).map(|i| format!("e{i}")).collect();
                let start = match q.get("after") {
                    Some(a) => all.iter().position(|e| e == a).map_or(all.len(), |p| p + 1),
                    None => 0,
                };
                let end = (start + num(&q, "limit", 3)).min(all.len());
                let data: Vec<Value> = all[start..end]
                    .iter()
                    .map(|id| json!({"id": id, "subject": format!("about {id}")}))
                    .collect();
                json_response(json!({"object": "list", "data": data, "has_more": end < all.len()}))
            }),
        )
        // A cursor in `response_metadata`, empty on the last page.
        .route(
            "/events",
            get(|q: Q| async move {
                let at = q
                    .get("cursor")
                    .and_then(|c| c.strip_prefix('c'))
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(0usize);
                let events: Vec<usize> = (at + 1..=(at + 2).min(5)).collect();
                let next = if at + 2 < 5 {
                    format!("c{}", at + 2)
                } else {
                    String::new()
                };
                json_response(json!({"events": events, "response_metadata": {"next_cursor": next}}))
            }),
        )
        // GitHub: `page`, `per_page` and a Link header.
        .route(
            "/repos/{owner}/issues",
            get(move |Path(owner): Path<String>, q: Q| {
                let link_base = link_base.clone();
                async move {
                    let (page, per) = (num(&q, "page", 1), num(&q, "per_page", 30));
                    let total = 5;
                    let items: Vec<Value> = ((page - 1) * per + 1..=(page * per).min(total))
                        .map(|n| json!({"number": n, "title": format!("{owner} #{n}")}))
                        .collect();
                    let mut headers = HeaderMap::new();
                    let last = total.div_ceil(per);
                    let url = |p: usize| {
                        format!("<{link_base}/repos/{owner}/issues?per_page={per}&page={p}>")
                    };
                    let mut link = format!("{}; rel=\"last\"", url(last));
                    if page < last {
                        link = format!("{}; rel=\"next\", {link}", url(page + 1));
                    }
                    headers.insert("link", link.parse().expect("a header value"));
                    headers.insert(
                        "content-type",
                        "application/json".parse().expect("a header value"),
                    );
                    (headers, Value::Array(items).to_string()).into_response()
                }
            }),
        )
        // Page numbers until an empty page; `broken=true` ignores `page`.
        .route(
            "/numbers",
            get(|q: Q| async move {
                let page = if q.get("broken").is_some_and(|b| b == "true") {
                    1
                } else {
                    num(&q, "page", 1)
                };
                let results: Vec<usize> = ((page - 1) * 4 + 1..=(page * 4).min(10)).collect();
                json_response(json!({"results": results}))
            }),
        )
        // Offset and limit.
        .route(
            "/items",
            get(|q: Q| async move {
                let all: Vec<String> = (0..10).map(|i| format!("item-{i}")).collect();
                let off = num(&q, "offset", 0).min(all.len());
                let end = (off + num(&q, "limit", 4)).min(all.len());
                json_response(json!({"total": all.len(), "items": all[off..end]}))
            }),
        )
        // Declared with x-stipula-pagination; `loop=true` always says "from 0 next".
        .route(
            "/logs",
            get(|q: Q| async move {
                let from = num(&q, "from", 0);
                let looping = q.get("loop").is_some_and(|l| l == "true");
                let lines: Vec<String> = (from..(from + 3).min(8))
                    .map(|i| format!("line {i}"))
                    .collect();
                let following = if looping {
                    Some(0)
                } else if from + 3 < 8 {
                    Some(from + 3)
                } else {
                    None
                };
                json_response(json!({"lines": lines, "position": {"following": following}}))
            }),
        )
        // Server-sent events that never end (three ticks, then silence), or a 404.
        .route(
            "/feed",
            get(|q: Q| async move {
                if q.get("topic").is_some_and(|t| t == "none") {
                    let body = json!({"message": "no such topic"}).to_string();
                    return (
                        axum::http::StatusCode::NOT_FOUND,
                        [("content-type", "application/json")],
                        body,
                    )
                        .into_response();
                }
                let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                tokio::spawn(async move {
                    for (i, part) in [
                        ": hello\n\n",
                        "data: {\"n\": 1}\n\n",
                        "event: tick\nid: 2\ndata: {\"n\":",
                        " 2}\n\n",
                        "data: {\"n\": 3}\n\n",
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        if tx.send(Bytes::from(part)).is_err() {
                            return;
                        }
                        tokio::time::sleep(Duration::from_millis(if i == 0 { 0 } else { 10 }))
                            .await;
                    }
                    // Keep the stream open, as a live feed does, until the client goes.
                    tx.closed().await;
                });
                (
                    [("content-type", "text/event-stream")],
                    axum::body::Body::from_stream(Channel(rx)),
                )
                    .into_response()
            }),
        )
        .route(
            "/chat",
            post(|body: axum::Json<Value>| async move {
                let prompt = body.0["prompt"].as_str().unwrap_or_default().to_string();
                let events: String = prompt
                    .split(' ')
                    .map(|w| format!("data: {w}\n\n"))
                    .collect();
                ([("content-type", "text/event-stream")], events).into_response()
            }),
        )
        .route(
            "/files/{name}",
            get(|Path(name): Path<String>| async move {
                if name == "missing" {
                    return axum::http::StatusCode::NOT_FOUND.into_response();
                }
                let data: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
                ([("content-type", "application/octet-stream")], data).into_response()
            }),
        )
        .layer(axum::middleware::from_fn(
            move |req: Request, next: axum::middleware::Next| {
                log(&req);
                next.run(req)
            },
        ));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    base
}

async fn setup() -> (c::Client, Arc<Mutex<Vec<String>>>) {
    tls_provider();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let base = server(seen.clone()).await;
    (c::Client::with_base_url(base), seen)
}

/// Every item of a stream, or the first error's text after the items before it.
async fn drain<T, X: std::fmt::Debug>(
    mut s: stipula_runtime::client::stream::ItemStream<'_, T, X>,
) -> (Vec<T>, Option<String>) {
    let mut items = Vec::new();
    while let Some(r) = s.next().await {
        match r {
            Ok(i) => items.push(i),
            Err(e) => return (items, Some(e.to_string())),
        }
    }
    (items, None)
}

#[tokio::test]
async fn cursor_pages_with_has_more_and_the_last_id() {
    let (client, seen) = setup().await;
    let params = c::emails::ListEmailsParams {
        limit: Some(3),
        ..Default::default()
    };
    let (emails, err) = drain(client.list_emails_stream(params)).await;
    assert_eq!(err, None);
    let ids: Vec<&str> = emails.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]);
    assert_eq!(
        *seen.lock().expect("log"),
        [
            "/emails?limit=3",
            "/emails?after=e3&limit=3",
            "/emails?after=e6&limit=3"
        ]
    );
}

#[tokio::test]
async fn a_cursor_in_response_metadata_until_it_is_empty() {
    let (client, seen) = setup().await;
    let (events, err) = drain(client.list_events_stream(Default::default())).await;
    assert_eq!((events, err), (vec![1, 2, 3, 4, 5], None));
    assert_eq!(seen.lock().expect("log").len(), 3);
}

#[tokio::test]
async fn link_headers_are_followed_to_the_last_page() {
    let (client, seen) = setup().await;
    let params = c::repos::ListIssuesParams {
        per_page: Some(2),
        ..Default::default()
    };
    let (issues, err) = drain(client.list_issues_stream("octo", params)).await;
    assert_eq!(err, None);
    let numbers: Vec<i64> = issues.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    assert_eq!(issues[4].title.as_deref(), Some("octo #5"));
    // No request after the page without rel="next".
    assert_eq!(seen.lock().expect("log").len(), 3);
}

#[tokio::test]
async fn page_numbers_and_offsets_until_an_empty_page() {
    let (client, seen) = setup().await;
    let (numbers, err) = drain(client.list_numbers_stream(Default::default())).await;
    assert_eq!((numbers, err), ((1..=10).collect::<Vec<i64>>(), None));
    assert_eq!(
        seen.lock().expect("log").last().map(String::as_str),
        Some("/numbers?page=4"),
        "pages 1-3 and the empty 4th"
    );
    let params = c::items::ListItemsParams {
        limit: Some(4),
        ..Default::default()
    };
    let (items, err) = drain(client.list_items_stream(params)).await;
    assert_eq!(err, None);
    assert_eq!(
        items,
        (0..10).map(|i| format!("item-{i}")).collect::<Vec<_>>()
    );
    assert!(
        seen.lock()
            .expect("log")
            .iter()
            .any(|p| p == "/items?offset=8&limit=4")
    );
}

#[tokio::test]
async fn a_declared_pagination_is_followed() {
    let (client, _) = setup().await;
    let (lines, err) = drain(client.list_logs_stream(Default::default())).await;
    assert_eq!(err, None);
    assert_eq!(
        lines,
        (0..8).map(|i| format!("line {i}")).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn servers_that_loop_end_the_stream_with_an_error() {
    let (client, seen) = setup().await;
    // `page` ignored: page 2 is page 1 again.
    let params = c::numbers::ListNumbersParams {
        broken: Some(true),
        ..Default::default()
    };
    let stream = client.list_numbers_stream(params);
    let (numbers, err) = tokio::time::timeout(Duration::from_secs(10), drain(stream))
        .await
        .expect("the stream ends");
    assert_eq!(numbers, [1, 2, 3, 4]);
    let err = err.expect("an error at the end");
    assert!(err.contains("repeats page 1"), "{err}");
    assert_eq!(seen.lock().expect("log").len(), 2);
    // The cursor never moves.
    let params = c::logs::ListLogsParams {
        r#loop: Some(true),
        ..Default::default()
    };
    let (lines, err) = tokio::time::timeout(
        Duration::from_secs(10),
        drain(client.list_logs_stream(params)),
    )
    .await
    .expect("the stream ends");
    assert_eq!(lines, ["line 0", "line 1", "line 2"]);
    assert!(err.expect("an error").contains("pagination stopped"));
}

#[tokio::test]
async fn an_endless_event_stream_delivers_each_event_as_it_comes() {
    let (client, _) = setup().await;
    let params = c::feed::FeedParams {
        topic: Some("news".into()),
    };
    let mut events = client
        .feed_stream(&params)
        .await
        .expect("the stream starts");
    let mut got = Vec::new();
    // The server never closes the stream: the three events must come before any end.
    for _ in 0..3 {
        let e = tokio::time::timeout(Duration::from_secs(10), events.next())
            .await
            .expect("an event within 10 s")
            .expect("the stream goes on")
            .expect("the event decodes");
        got.push((e.event, e.id, e.data.n));
    }
    assert_eq!(
        got,
        [
            (None, None, 1),
            (Some("tick".to_string()), Some("2".to_string()), 2),
            (None, Some("2".to_string()), 3),
        ]
    );
    drop(events);
    // A documented error status comes back typed, before any stream.
    let params = c::feed::FeedParams {
        topic: Some("none".into()),
    };
    match client.feed_stream(&params).await {
        Err(c::Error::Api(c::feed::FeedError::NotFound(p))) => {
            assert_eq!(p.message.as_deref(), Some("no such topic"))
        }
        Err(e) => panic!("expected the typed 404, got {e}"),
        Ok(_) => panic!("expected the typed 404, got a stream"),
    }
}

#[tokio::test]
async fn text_events_for_a_json_request() {
    let (client, _) = setup().await;
    let body = c::types::ChatBody {
        prompt: "to be or not".into(),
    };
    let events = client.chat_stream(&body).await.expect("the stream starts");
    let words: Vec<String> = events
        .map(|e| e.map(|e| e.data).unwrap_or_else(|e| e.to_string()))
        .collect()
        .await;
    assert_eq!(words, ["to", "be", "or", "not"]);
}

#[tokio::test]
async fn a_download_arrives_in_chunks() {
    let (client, _) = setup().await;
    let mut chunks = client
        .download_stream("big.bin")
        .await
        .expect("the download starts");
    let mut data = Vec::new();
    let mut n = 0;
    while let Some(chunk) = chunks.next().await {
        data.extend_from_slice(&chunk.expect("a chunk"));
        n += 1;
    }
    assert_eq!(data.len(), 1_000_000);
    assert!(data.iter().enumerate().all(|(i, b)| *b == (i % 251) as u8));
    assert!(n > 1, "1 MB in {n} chunk: not streamed");
    match client.download_stream("missing").await {
        Err(c::Error::Api(c::files::DownloadError::NotFound)) => {}
        Err(e) => panic!("expected the documented 404, got {e}"),
        Ok(_) => panic!("a 404 is an error, not a stream"),
    }
}
