//! Streams of generated clients (feature `stream`): the items of every page of a paginated
//! list operation, the events of a `text/event-stream` response, and the chunks of a large
//! or binary body — each as a [`Stream`] that reads the network as it is polled.
//!
//! Read one with [`StreamExt::next`] (re-exported here):
//!
//! ```ignore
//! use my_client::runtime::StreamExt;
//! let mut pets = client.list_pets_stream(params);
//! while let Some(pet) = pets.next().await {
//!     let pet = pet?;
//! }
//! ```

use super::super::params::decode;
use super::Error;

pub use ::futures_util::stream::{Stream, StreamExt};

/// A chunk of a streamed body (cheap to clone; `&chunk[..]` is a `&[u8]`).
pub use ::bytes::Bytes;

/// A boxed stream of `T` or the operation's error (`X`: its documented errors). Boxed, so it
/// is `Unpin` (`.next().await` works on it directly) and one type for every operation.
pub type ItemStream<'a, T, X> = ::std::pin::Pin<
    ::std::boxed::Box<dyn Stream<Item = ::std::result::Result<T, Error<X>>> + Send + 'a>,
>;

/// The most pages one pagination stream fetches; the stream then ends with an error saying
/// so (a server that never stops must not keep a client busy forever). Stop earlier with
/// [`StreamExt::take`].
pub const MAX_PAGES: usize = 100_000;

/// One page of a paginated list, as a generated `*_stream` method reads it: the page's
/// items, and where the next page starts (`None`: this was the last page).
pub struct Page<T, C> {
    /// The items of this page, in order.
    pub items: ::std::vec::Vec<T>,
    /// The cursor, page number, offset or URL of the next page.
    pub next: ::std::option::Option<C>,
    /// The HTTP status of the page (for errors the stream reports).
    pub status: u16,
}

/// State of [`paginate`]'s stream between two items.
struct Pager<T, C, F> {
    fetch: F,
    /// The next page to fetch: `Some(None)` the first (with the caller's own parameters),
    /// `Some(Some(c))` the one at `c`, `None` when there is no more.
    next: ::std::option::Option<::std::option::Option<C>>,
    items: ::std::collections::VecDeque<T>,
    /// Every cursor followed so far: one seen twice is a loop.
    seen: ::std::collections::HashSet<C>,
    /// First item, last item and length of the previous page: a page equal to its
    /// predecessor means the server ignored the page parameter.
    previous: ::std::option::Option<(T, T, usize)>,
    pages: usize,
    /// An error to yield once the buffered items are out.
    failed: ::std::option::Option<::std::string::String>,
    status: u16,
}

/// The items of every page, one by one, fetching a page when the previous one is used up.
///
/// `fetch(None)` fetches the first page (the parameters as the caller gave them),
/// `fetch(Some(c))` the page at `c`. The stream ends after a page without `next` or an empty
/// page; with an error after a failed fetch, when a cursor comes back that was already
/// followed, when a page repeats the previous one item for item (both: a server that would
/// loop forever), or after [`MAX_PAGES`] pages. Items of the pages before are never lost.
pub fn paginate<'a, T, C, X, F, Fut>(fetch: F) -> ItemStream<'a, T, X>
where
    T: Clone + PartialEq + Send + 'a,
    C: Clone + Eq + ::std::hash::Hash + ::std::fmt::Debug + Send + 'a,
    X: Send + 'a,
    F: FnMut(::std::option::Option<C>) -> Fut + Send + 'a,
    Fut: ::std::future::Future<Output = ::std::result::Result<Page<T, C>, Error<X>>> + Send + 'a,
{
    let pager = Pager {
        fetch,
        next: Some(None),
        items: ::std::collections::VecDeque::new(),
        seen: ::std::collections::HashSet::new(),
        previous: None,
        pages: 0,
        failed: None,
        status: 200,
    };
    ::std::boxed::Box::pin(::futures_util::stream::unfold(pager, |mut p| async move {
        loop {
            if let Some(item) = p.items.pop_front() {
                return Some((Ok(item), p));
            }
            if let Some(message) = p.failed.take() {
                p.next = None;
                let status = p.status;
                return Some((
                    Err(Error::Decode {
                        status,
                        message,
                        body: ::std::vec::Vec::new(),
                    }),
                    p,
                ));
            }
            let cursor = p.next.take()?;
            if p.pages == MAX_PAGES {
                p.failed = Some(format!(
                    "pagination stopped after {MAX_PAGES} pages (the limit of one stream); \
                     the items so far were returned: continue from the last one with a new call"
                ));
                continue;
            }
            p.pages += 1;
            let page = match (p.fetch)(cursor).await {
                Ok(page) => page,
                // `next` is `None` now: the stream ends after the error.
                Err(e) => return Some((Err(e), p)),
            };
            p.status = page.status;
            if page.items.is_empty() {
                continue;
            }
            let n = page.items.len();
            if let (Some((first, last, len)), Some((f, l))) =
                (&p.previous, page.items.first().zip(page.items.last()))
            {
                if *len == n && first == f && last == l {
                    p.failed = Some(format!(
                        "pagination stopped at page {}: it repeats page {} item for item (the \
                         server ignores the page parameter, or loops); the items of the pages \
                         before were returned",
                        p.pages,
                        p.pages - 1
                    ));
                    continue;
                }
            }
            p.previous = page
                .items
                .first()
                .zip(page.items.last())
                .map(|(f, l)| (f.clone(), l.clone(), n));
            match page.next {
                Some(c) if p.seen.contains(&c) => {
                    p.failed = Some(format!(
                        "pagination stopped after page {}: the server gave the cursor {c:?} \
                         again, which would loop forever; the items of every page before were \
                         returned",
                        p.pages
                    ));
                }
                Some(c) => {
                    p.seen.insert(c.clone());
                    p.next = Some(Some(c));
                }
                None => {}
            }
            p.items.extend(page.items);
        }
    }))
}

/// The URL of the `rel="next"` link of a `Link` header (RFC 8288, as GitHub sends it), or
/// `None` when there is no next page.
pub fn next_link(
    headers: &::reqwest::header::HeaderMap,
) -> ::std::option::Option<::std::string::String> {
    headers
        .get_all("link")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(next_link_in)
}

/// The target of the link whose `rel` includes `next` in one `Link` header value.
pub fn next_link_in(value: &str) -> ::std::option::Option<::std::string::String> {
    let mut rest = value;
    loop {
        let open = rest.find('<')?;
        let close = open + rest[open..].find('>')?;
        let url = &rest[open + 1..close];
        let after = &rest[close + 1..];
        // This link's parameters run up to the comma before the next `<`.
        let (params, others) = match after.find(',') {
            Some(c) => match after[c..].find('<') {
                Some(o) => (&after[..c], &after[c + o..]),
                None => (after, ""),
            },
            None => (after, ""),
        };
        let is_next = params.split(';').any(|p| {
            let Some((k, v)) = p.split_once('=') else {
                return false;
            };
            k.trim().eq_ignore_ascii_case("rel")
                && v.trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(url.to_string());
        }
        rest = others;
    }
}

/// The value of the query parameter `name` in `url` (percent-decoded), for following a
/// `Link` header with the operation's own parameters (`page`, `cursor`).
pub fn query_value(url: &str, name: &str) -> ::std::option::Option<::std::string::String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or("");
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k) == name).then(|| decode(v))
    })
}

/// One server-sent event (the WHATWG `text/event-stream` format).
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The `event:` field (the event type); `None` for the default type, `message`.
    pub event: ::std::option::Option<::std::string::String>,
    /// The `data:` lines, joined with `\n`, decoded as the API description says (JSON into
    /// its type, or the text itself).
    pub data: T,
    /// The last `id:` the stream sent (it carries over to later events, as in browsers);
    /// send it as `Last-Event-ID` to resume.
    pub id: ::std::option::Option<::std::string::String>,
    /// The `retry:` field: the reconnection time the server asks for, in milliseconds.
    pub retry: ::std::option::Option<u64>,
}

/// Reads `text/event-stream` bytes as they arrive (chunks may split lines and characters
/// anywhere) into events. Comments (`:` lines) and unknown fields are skipped; an event is
/// dispatched at a blank line when it has data; an unfinished event at the end is dropped,
/// as the format says.
#[derive(Debug, Default)]
pub struct SseParser {
    line: ::std::vec::Vec<u8>,
    /// The previous chunk ended with `\r`: a `\n` starting this one ends no second line.
    after_cr: bool,
    started: bool,
    data: ::std::string::String,
    has_data: bool,
    event: ::std::option::Option<::std::string::String>,
    id: ::std::option::Option<::std::string::String>,
    retry: ::std::option::Option<u64>,
}

impl SseParser {
    /// A parser at the start of a stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feed the next bytes; complete events are appended to `out` (data still as text).
    pub fn push(
        &mut self,
        mut chunk: &[u8],
        out: &mut ::std::vec::Vec<Event<::std::string::String>>,
    ) {
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(end) = chunk.iter().position(|&b| b == b'\n' || b == b'\r') {
            self.line.extend_from_slice(&chunk[..end]);
            let line = ::std::mem::take(&mut self.line);
            self.line_done(&line, out);
            self.line = line;
            self.line.clear();
            if chunk[end] == b'\r' {
                if end + 1 == chunk.len() {
                    self.after_cr = true;
                } else if chunk[end + 1] == b'\n' {
                    chunk = &chunk[end + 2..];
                    continue;
                }
            }
            chunk = &chunk[end + 1..];
        }
        self.line.extend_from_slice(chunk);
    }

    fn line_done(&mut self, line: &[u8], out: &mut ::std::vec::Vec<Event<::std::string::String>>) {
        let mut line = ::std::string::String::from_utf8_lossy(line);
        if !self.started {
            self.started = true;
            if let Some(rest) = line.strip_prefix('\u{feff}') {
                line = ::std::borrow::Cow::Owned(rest.to_string());
            }
        }
        if line.is_empty() {
            if self.has_data {
                out.push(Event {
                    event: self.event.take(),
                    data: ::std::mem::take(&mut self.data),
                    id: self.id.clone(),
                    retry: self.retry,
                });
            }
            self.has_data = false;
            self.data.clear();
            self.event = None;
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (&*line, ""),
        };
        match field {
            "data" => {
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.event = Some(value.to_string()).filter(|e| !e.is_empty()),
            "id" if !value.contains('\0') => {
                self.id = Some(value.to_string()).filter(|i| !i.is_empty())
            }
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                self.retry = value.parse().ok()
            }
            _ => {}
        }
    }
}

/// The events of a `text/event-stream` response, each `data` decoded by `decode` (JSON into
/// the API description's type, or the text as it is). A `data` that does not decode is an
/// [`Error::Decode`] item and the stream goes on with the next event; a broken connection
/// ends it with [`Error::Request`].
pub fn sse_events<'a, T, X>(
    response: ::reqwest::Response,
    decode: fn(&str) -> ::std::result::Result<T, ::std::string::String>,
) -> ItemStream<'a, Event<T>, X>
where
    T: Send + 'a,
    X: Send + 'a,
{
    struct St {
        response: ::std::option::Option<::reqwest::Response>,
        parser: SseParser,
        ready: ::std::collections::VecDeque<Event<::std::string::String>>,
        status: u16,
    }
    let status = response.status().as_u16();
    let st = St {
        response: Some(response),
        parser: SseParser::new(),
        ready: ::std::collections::VecDeque::new(),
        status,
    };
    ::std::boxed::Box::pin(::futures_util::stream::unfold(
        st,
        move |mut st| async move {
            loop {
                if let Some(e) = st.ready.pop_front() {
                    let item = match decode(&e.data) {
                        Ok(data) => Ok(Event {
                            event: e.event,
                            data,
                            id: e.id,
                            retry: e.retry,
                        }),
                        Err(message) => Err(Error::Decode {
                            status: st.status,
                            message: format!("the data of a server-sent event: {message}"),
                            body: e.data.into_bytes(),
                        }),
                    };
                    return Some((item, st));
                }
                let response = st.response.as_mut()?;
                match response.chunk().await {
                    Ok(Some(chunk)) => {
                        let mut out = ::std::vec::Vec::new();
                        st.parser.push(&chunk, &mut out);
                        st.ready.extend(out);
                    }
                    Ok(None) => st.response = None,
                    Err(e) => {
                        st.response = None;
                        return Some((Err(Error::Request(e)), st));
                    }
                }
            }
        },
    ))
}

/// `data` of an event as JSON of type `T` (for [`sse_events`]).
pub fn sse_json<T: ::serde::de::DeserializeOwned>(
    data: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    ::serde_json::from_str(data).map_err(|e| e.to_string())
}

/// `data` of an event as text (for [`sse_events`]).
pub fn sse_text(data: &str) -> ::std::result::Result<::std::string::String, ::std::string::String> {
    Ok(data.to_string())
}

/// The body of `response` as it arrives, chunk by chunk, never held whole in memory.
pub fn byte_stream<'a, X: Send + 'a>(response: ::reqwest::Response) -> ItemStream<'a, Bytes, X> {
    ::std::boxed::Box::pin(::futures_util::stream::unfold(
        Some(response),
        |response| async move {
            let mut response = response?;
            match response.chunk().await {
                Ok(Some(chunk)) => Some((Ok(chunk), Some(response))),
                Ok(None) => None,
                Err(e) => Some((Err(Error::Request(e)), None)),
            }
        },
    ))
}

/// Send a request and return the response as soon as its status and headers are in, its
/// body unread (for streams). Sent once: a stream's request is not retried.
pub async fn send_streaming(
    http: &::reqwest::Client,
    req: ::reqwest::RequestBuilder,
) -> ::std::result::Result<::reqwest::Response, ::reqwest::Error> {
    let req = req.build()?;
    http.execute(req).await
}

/// The rest of a response that is not the stream asked for (an error status): its whole
/// body, for the operation's documented error types.
pub async fn read_rest(
    response: ::reqwest::Response,
) -> ::std::result::Result<(u16, ::reqwest::header::HeaderMap, ::std::vec::Vec<u8>), ::reqwest::Error>
{
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await?;
    Ok((status, headers, bytes.to_vec()))
}
