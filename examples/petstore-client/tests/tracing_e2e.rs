//! `Builder::tracing(true)`: the generated client and server open one span per call, named
//! `stipula.operation` / `stipula.handler`, holding the operation id, the method, the path
//! template and the response status, and nothing of the request's values (no URL, no
//! parameter, no credential). A small subscriber records what the spans carry.

use petstore_client::wire_client as c;
use petstore_client::wire_server as s;
use std::sync::{Arc, Mutex};

/// A span's name and its fields as text, recorded values included.
type Span = (String, Vec<(String, String)>);

/// Every span opened.
#[derive(Default)]
struct Recorder {
    spans: Mutex<Vec<Span>>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push((field.name().to_string(), value.to_string()));
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Vec::new();
        span.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push((span.metadata().name().to_string(), fields));
        tracing::span::Id::from_u64(spans.len() as u64)
    }
    fn record(&self, id: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        if let Some((_, fields)) = spans.get_mut(id.into_u64() as usize - 1) {
            values.record(&mut Fields(fields));
        }
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

struct Impl;

impl s::Api for Impl {
    async fn list_prices(
        &self,
        _ctx: s::RequestContext,
        _params: s::prices::ListPricesParams,
    ) -> s::prices::ListPricesResponse {
        s::prices::ListPricesResponse::Ok(Vec::new())
    }
    async fn create_price(
        &self,
        _ctx: s::RequestContext,
        body: s::types::Price,
    ) -> s::prices::CreatePriceResponse {
        s::prices::CreatePriceResponse::Created(body)
    }
    async fn delete_price(
        &self,
        _ctx: s::RequestContext,
        id: i64,
    ) -> s::prices::DeletePriceResponse {
        if id == 1 {
            s::prices::DeletePriceResponse::NoContent
        } else {
            s::prices::DeletePriceResponse::Default { status: 404 }
        }
    }

    async fn quote(
        &self,
        _ctx: s::RequestContext,
        _body: Option<s::types::Price>,
    ) -> s::quotes::QuoteResponse {
        s::quotes::QuoteResponse::Ok(String::new())
    }
    async fn echo(
        &self,
        _ctx: s::RequestContext,
        id: String,
        _params: s::echo::EchoParams,
    ) -> s::echo::EchoResponse {
        s::echo::EchoResponse::Ok(s::types::Echo::new(id))
    }
    async fn search(
        &self,
        _ctx: s::RequestContext,
        _params: s::search::SearchParams,
    ) -> s::search::SearchResponse {
        s::search::SearchResponse::Ok(String::new())
    }
    #[allow(clippy::too_many_arguments)]
    async fn path_styles(
        &self,
        _ctx: s::RequestContext,
        plain: String,
        label: Vec<String>,
        dots: Vec<String>,
        matrix: Vec<i64>,
        coords: s::types::Point,
        point: s::types::Point,
    ) -> s::styles::PathStylesResponse {
        s::styles::PathStylesResponse::Ok(s::types::PathEcho::new(
            plain, label, dots, matrix, coords, point,
        ))
    }
}

#[test]
fn client_and_server_open_one_span_per_call_with_no_request_values() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let recorder = Arc::new(Recorder::default());
    let dispatch = tracing::Dispatch::from(
        Arc::clone(&recorder) as Arc<dyn tracing::Subscriber + Send + Sync>
    );
    // One thread: the server's tasks run where the subscriber is the default.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tracing::dispatcher::with_default(&dispatch, || {
        rt.block_on(async {
            let app = s::router(Arc::new(Impl));
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let base = format!("http://{}", listener.local_addr().unwrap());
            tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
            let client = c::Client::with_base_url(&base);
            let params = c::echo::EchoParams::default().text("secret-value");
            let got = client.echo("id-secret", &params).await.unwrap();
            assert_eq!(got.id, "id-secret");
        })
    });
    let spans = recorder.spans.lock().unwrap();
    let find = |name: &str| {
        spans
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, f)| f.clone())
            .collect::<Vec<_>>()
    };
    for name in ["stipula.operation", "stipula.handler"] {
        let found = find(name);
        assert_eq!(found.len(), 1, "{name}: {spans:?}");
        let fields = &found[0];
        let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("operation"), Some("echo"), "{name}: {fields:?}");
        assert_eq!(get("method"), Some("GET"), "{name}: {fields:?}");
        assert_eq!(get("path"), Some("/echo/{id}"), "{name}: {fields:?}");
        assert_eq!(get("status"), Some("200"), "{name}: {fields:?}");
        let text = format!("{fields:?}");
        assert!(
            !text.contains("secret"),
            "{name} carries a request value: {text}"
        );
    }
}
