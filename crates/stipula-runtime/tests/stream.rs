//! The client's streams: the server-sent-event parser (split anywhere), `Link` headers,
//! the pagination loop and its guards, and SSE / byte bodies read from a real server on
//! 127.0.0.1 as they arrive.

use std::sync::{Arc, Mutex};

use std::io::{Read, Write};
use stipula_runtime::client::stream::{
    byte_stream, next_link, paginate, query_value, sse_events, sse_json, sse_text, Event, Page,
    SseParser, StreamExt,
};
use stipula_runtime::client::Error;

fn parse_in_chunks(text: &[u8], size: usize) -> Vec<Event<String>> {
    let mut p = SseParser::new();
    let mut out = Vec::new();
    for chunk in text.chunks(size.max(1)) {
        p.push(chunk, &mut out);
    }
    out
}

fn ev(event: Option<&str>, data: &str, id: Option<&str>, retry: Option<u64>) -> Event<String> {
    Event {
        event: event.map(str::to_string),
        data: data.to_string(),
        id: id.map(str::to_string),
        retry,
    }
}

#[test]
fn sse_fields_comments_multiline_data_and_every_line_ending() {
    let text = "\u{feff}: a comment\n\
                data: first\n\n\
                event: update\r\ndata: line one\r\ndata:line two\r\nid: 7\r\n\r\n\
                retry: 1500\rdata: {\"n\": 1}\r\r\
                : no data, so no event\nevent: ignored\n\n\
                unknown: field\ndata\n\n\
                data: é unfinished at the end";
    let want = vec![
        ev(None, "first", None, None),
        ev(Some("update"), "line one\nline two", Some("7"), None),
        ev(None, "{\"n\": 1}", Some("7"), Some(1500)),
        ev(None, "", Some("7"), Some(1500)),
    ];
    // Chunks of every size: lines, CRLF pairs and UTF-8 characters split anywhere.
    for size in 1..=text.len() {
        assert_eq!(
            parse_in_chunks(text.as_bytes(), size),
            want,
            "chunk size {size}"
        );
    }
}

#[test]
fn sse_retry_must_be_digits_and_id_keeps_until_reset() {
    let text = "retry: 10x\nid: a\ndata: 1\n\nid\ndata: 2\n\n";
    assert_eq!(
        parse_in_chunks(text.as_bytes(), 3),
        vec![ev(None, "1", Some("a"), None), ev(None, "2", None, None)]
    );
}

#[test]
fn link_headers_as_github_sends_them() {
    let mut h = reqwest::header::HeaderMap::new();
    h.insert(
        "link",
        "<https://api.github.com/repositories/1/issues?page=2&per_page=3>; rel=\"next\", \
         <https://api.github.com/repositories/1/issues?page=9>; rel=\"last\""
            .parse()
            .expect("header"),
    );
    let next = next_link(&h).expect("a next link");
    assert_eq!(
        next,
        "https://api.github.com/repositories/1/issues?page=2&per_page=3"
    );
    assert_eq!(query_value(&next, "page").as_deref(), Some("2"));
    assert_eq!(query_value(&next, "per_page").as_deref(), Some("3"));
    assert_eq!(query_value(&next, "cursor"), None);
    h.insert(
        "link",
        "<https://x.test/a?cursor=a%2Bb+c>; rel=\"prev first\", <https://x.test/b?c=1>; rel=\"last\""
            .parse()
            .expect("header"),
    );
    assert_eq!(next_link(&h), None, "no rel=next: the last page");
    assert_eq!(
        query_value("https://x.test/a?cursor=a%2Bb+c#f", "cursor").as_deref(),
        Some("a+b c")
    );
    h.insert(
        "link",
        "<https://x.test/n>; rel=\"prev next\""
            .parse()
            .expect("header"),
    );
    assert_eq!(next_link(&h).as_deref(), Some("https://x.test/n"));
}

type Cursor = Option<&'static str>;
type Fetched = std::future::Ready<Result<Page<u32, &'static str>, Error<()>>>;

/// A fake server of `pages` (cursor → items, next cursor), counting fetches.
fn pages_of(
    pages: Vec<(Cursor, Vec<u32>, Cursor)>,
) -> (
    impl FnMut(Cursor) -> Fetched + Send,
    Arc<Mutex<Vec<Cursor>>>,
) {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let fetch = move |cursor: Option<&'static str>| {
        log.lock().expect("log").push(cursor);
        let page = pages
            .iter()
            .find(|(c, _, _)| *c == cursor)
            .map(|(_, items, next)| Page {
                items: items.clone(),
                next: *next,
                status: 200,
            });
        std::future::ready(page.ok_or(Error::UnexpectedStatus {
            status: 404,
            body: Vec::new(),
        }))
    };
    (fetch, asked)
}

async fn collect(
    s: stipula_runtime::client::stream::ItemStream<'_, u32, ()>,
) -> (Vec<u32>, Vec<String>) {
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut s = s;
    while let Some(r) = s.next().await {
        match r {
            Ok(i) => items.push(i),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (items, errors)
}

#[tokio::test]
async fn pages_are_followed_until_the_last_one() {
    let (fetch, asked) = pages_of(vec![
        (None, vec![1, 2], Some("b")),
        (Some("b"), vec![3], Some("c")),
        (Some("c"), vec![4, 5], None),
    ]);
    let (items, errors) = collect(paginate(fetch)).await;
    assert_eq!(items, [1, 2, 3, 4, 5]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(*asked.lock().expect("log"), [None, Some("b"), Some("c")]);
}

#[tokio::test]
async fn an_empty_page_ends_the_stream() {
    let (fetch, asked) = pages_of(vec![
        (None, vec![1], Some("b")),
        (Some("b"), vec![], Some("c")),
    ]);
    let (items, errors) = collect(paginate(fetch)).await;
    assert_eq!((items, errors.len()), (vec![1], 0));
    assert_eq!(asked.lock().expect("log").len(), 2);
}

#[tokio::test]
async fn a_repeated_cursor_stops_with_an_error_after_the_items_before() {
    let (fetch, asked) = pages_of(vec![
        (None, vec![1], Some("b")),
        (Some("b"), vec![2], Some("c")),
        (Some("c"), vec![3], Some("b")),
    ]);
    let (items, errors) = collect(paginate(fetch)).await;
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("cursor \"b\" again") && errors[0].contains("after page 3"),
        "{errors:?}"
    );
    assert_eq!(
        asked.lock().expect("log").len(),
        3,
        "no fetch after the loop"
    );
}

#[tokio::test]
async fn a_page_equal_to_the_previous_one_stops_the_stream() {
    // A server that ignores the page parameter: every page is the first.
    let calls = Arc::new(Mutex::new(0u32));
    let c = calls.clone();
    let fetch = move |page: Option<u32>| {
        *c.lock().expect("count") += 1;
        std::future::ready(Ok::<_, Error<()>>(Page {
            items: vec![10, 11],
            next: Some(page.unwrap_or(1) + 1),
            status: 200,
        }))
    };
    let (items, errors) = collect(paginate(fetch)).await;
    assert_eq!(items, [10, 11]);
    assert!(errors[0].contains("repeats page 1"), "{errors:?}");
    assert_eq!(*calls.lock().expect("count"), 2);
}

#[tokio::test]
async fn a_failed_page_is_an_error_item_and_the_end() {
    let (fetch, _) = pages_of(vec![(None, vec![1], Some("missing"))]);
    let (items, errors) = collect(paginate(fetch)).await;
    assert_eq!(items, [1]);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("status 404"), "{errors:?}");
}

/// A one-shot HTTP/1.1 server on 127.0.0.1 that writes `parts` with a pause between them
/// (so the client sees them arrive one by one), then closes.
async fn slow_server(content_type: &'static str, parts: Vec<&'static [u8]>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        let Ok((mut sock, _)) = listener.accept() else {
            return;
        };
        let mut buf = [0u8; 4096];
        let _ = sock.read(&mut buf);
        let head =
            format!("HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nconnection: close\r\n\r\n");
        let _ = sock.write_all(head.as_bytes());
        for p in parts {
            let _ = sock.write_all(p);
            let _ = sock.flush();
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    });
    format!("http://{addr}/")
}

#[tokio::test]
async fn sse_events_arrive_typed_from_a_live_response() {
    let url = slow_server(
        "text/event-stream",
        vec![
            b"data: {\"n\":",
            b" 1}\n\nevent: tick\ndata: {\"n\": 2}\n",
            b"\ndata: not json\n\ndata: {\"n\": 3}\n\n",
        ],
    )
    .await;
    let resp = get(&url).await.expect("response");
    let mut events = sse_events::<serde_json::Value, ()>(resp, sse_json::<serde_json::Value>);
    let first = events.next().await.expect("an event").expect("decodes");
    assert_eq!(first.data, serde_json::json!({"n": 1}));
    let second = events.next().await.expect("an event").expect("decodes");
    assert_eq!(
        (second.event.as_deref(), second.data),
        (Some("tick"), serde_json::json!({"n": 2}))
    );
    match events.next().await {
        Some(Err(Error::Decode { message, body, .. })) => {
            assert!(message.contains("server-sent event"), "{message}");
            assert_eq!(body, b"not json");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    let fourth = events
        .next()
        .await
        .expect("the stream goes on")
        .expect("decodes");
    assert_eq!(fourth.data, serde_json::json!({"n": 3}));
    assert!(events.next().await.is_none());

    let url = slow_server("text/event-stream", vec![b"data: a\n\n", b"data: b\n\n"]).await;
    let resp = get(&url).await.expect("response");
    let texts: Vec<String> = sse_events::<String, ()>(resp, sse_text)
        .map(|e| e.map(|e| e.data).unwrap_or_else(|e| e.to_string()))
        .collect()
        .await;
    assert_eq!(texts, ["a", "b"]);
}

#[tokio::test]
async fn a_byte_body_arrives_in_chunks() {
    let url = slow_server(
        "application/octet-stream",
        vec![b"\x00\x01", b"\x02\x03\x04", b"\xff"],
    )
    .await;
    let resp = get(&url).await.expect("response");
    let mut chunks = byte_stream::<()>(resp);
    let mut all = Vec::new();
    let mut n = 0;
    while let Some(c) = chunks.next().await {
        all.extend_from_slice(&c.expect("a chunk"));
        n += 1;
    }
    assert_eq!(all, [0, 1, 2, 3, 4, 0xff]);
    assert!(
        n >= 2,
        "the body came in {n} chunk(s), not as it was written"
    );
}

/// `reqwest::get`, with a TLS crypto provider installed first: under `cargo test
/// --workspace` reqwest is built with stipula-fuzz's `rustls-no-provider`, and making a
/// client without a provider panics (even for `http://`).
async fn get(url: &str) -> reqwest::Result<reqwest::Response> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::get(url).await
}
