//! The generated server checks `pattern`, `format` (date-time, date, uuid, email, ipv4,
//! ipv6), `if`/`then`/`else`, `patternProperties`, `propertyNames`, `contains` and
//! `dependent*` of request bodies (specs/checks.yaml): a violating body gets a 400 naming
//! each problem's JSON pointer and never reaches the `Api` implementation.

use petstore_client::checks_server as s;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Default)]
struct Impl {
    calls: AtomicUsize,
}

impl s::Api for Impl {
    async fn submit_check(
        &self,
        _ctx: s::RequestContext,
        _body: s::types::Check,
    ) -> s::checks::SubmitCheckResponse {
        self.calls.fetch_add(1, Ordering::SeqCst);
        s::checks::SubmitCheckResponse::NoContent
    }
}

async fn post(base: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    let resp = reqwest::Client::new()
        .post(format!("{base}/checks"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

fn pointers(v: &serde_json::Value) -> Vec<String> {
    v["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors list in {v}"))
        .iter()
        .map(|e| e["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Serve the generated checks server on 127.0.0.1: the implementation and the base URL.
async fn serve() -> (std::sync::Arc<Impl>, String) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let api = std::sync::Arc::new(Impl::default());
    let app = s::router(api.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (api, base)
}

#[tokio::test]
async fn pattern_format_and_if_then_else_are_checked() {
    let (api, base) = serve().await;

    let good = serde_json::json!({
        "code": "ABC-42",
        "at": "2024-02-29T13:45:00.5+02:00",
        "day": "2024-02-29",
        "id": "123e4567-e89b-12d3-a456-426614174000",
        "mail": "name@example.com",
        "v4": "192.0.2.1",
        "v6": "2001:db8::1",
        "kind": "card",
        "card": "4111"
    });
    let (status, v) = post(&base, good.clone()).await;
    assert_eq!(status, 204, "{v}");
    assert_eq!(api.calls.load(Ordering::SeqCst), 1);

    // Every format and the pattern broken at once; `kind: card` without `card`.
    let bad = serde_json::json!({
        "code": "abc-42",
        "at": "2024-02-30T13:45:00Z",
        "day": "2023-02-29",
        "id": "123e4567-e89b-12d3-a456-42661417400g",
        "mail": "name at example.com",
        "v4": "192.0.2.256",
        "v6": "2001:db8:::1",
        "kind": "card"
    });
    let (status, v) = post(&base, bad).await;
    assert_eq!(status, 400, "{v}");
    let got = pointers(&v);
    for p in ["/code", "/at", "/day", "/id", "/mail", "/v4", "/v6", ""] {
        assert!(got.iter().any(|g| g == p), "{p:?} not reported: {v}");
    }
    let text = v.to_string();
    assert!(text.contains("does not match the pattern"), "{v}");
    assert!(text.contains("is not a valid date-time"), "{v}");
    assert!(
        text.contains("\\\"card\\\""),
        "the `then` branch asks for card: {v}"
    );

    // The `else` branch: anything but a card needs an IBAN.
    let (status, v) = post(&base, serde_json::json!({"kind": "transfer"})).await;
    assert_eq!(status, 400, "{v}");
    assert!(v.to_string().contains("\\\"iban\\\""), "{v}");
    let (status, v) = post(
        &base,
        serde_json::json!({"kind": "transfer", "iban": "DE02"}),
    )
    .await;
    assert_eq!(status, 204, "{v}");

    // Time zones, lower-case separators and leap seconds are valid RFC 3339.
    let mut edge = good.clone();
    edge["at"] = "1990-12-31t23:59:60z".into();
    let (status, v) = post(&base, edge).await;
    assert_eq!(status, 204, "{v}");

    // RFC 5321 mailboxes: quoted local parts (spaces, `@`, escaped quotes), dot-strings
    // with the rarer atom characters, address literals; and what the grammar refuses.
    let mut accepted = 0;
    for mail in [
        r#""a b"@x.org"#,
        r#""a@b"@x.org"#,
        r#""a\"b"@x.org"#,
        "first.last+tag@sub.example.com",
        "!#$%&'*+-/=?^_`{|}~@x.org",
        "name@[192.0.2.1]",
    ] {
        let mut body = good.clone();
        body["mail"] = mail.into();
        let (status, v) = post(&base, body).await;
        assert_eq!(status, 204, "{mail} is valid: {v}");
        accepted += 1;
    }
    for mail in [
        "a b@x.org",
        "a..b@x.org",
        ".a@x.org",
        r#""a"b"@x.org"#,
        "\"unclosed@x.org",
        "a@",
        "@x.org",
        "a@-x.org",
    ] {
        let mut body = good.clone();
        body["mail"] = mail.into();
        let (status, v) = post(&base, body).await;
        assert_eq!(status, 400, "{mail} is not valid: {v}");
        assert!(pointers(&v).iter().any(|p| p == "/mail"), "{mail}: {v}");
    }
    assert_eq!(
        api.calls.load(Ordering::SeqCst),
        3 + accepted,
        "only valid bodies reached the Api"
    );
}

#[tokio::test]
async fn pattern_properties_property_names_contains_and_dependent_are_checked() {
    let (api, base) = serve().await;

    // `x-` keys carry text, the others counts; one `primary` tag; a street comes with a
    // city, a VAT number with a country.
    let good = serde_json::json!({
        "kind": "transfer",
        "iban": "DE02",
        "labels": {"x-note": "fragile", "boxes": 3},
        "tags": ["primary", "blue"],
        "billing": {"street": "Main St 1", "city": "Springfield", "vat": "DE1", "country": "DE"}
    });
    let (status, v) = post(&base, good.clone()).await;
    assert_eq!(status, 204, "{v}");
    // The typed body keeps both kinds of label (a map of one value type would not).
    assert_eq!(api.calls.load(Ordering::SeqCst), 1);

    let bad = serde_json::json!({
        "kind": "transfer",
        "iban": "DE02",
        // `x-count` must be text (pattern), `boxes` a count (additionalProperties), and
        // `a-very-long-key` is longer than propertyNames allows.
        "labels": {"x-count": 3, "boxes": "three", "a-very-long-key": 1},
        "tags": ["primary", "primary"],
        "billing": {"street": "Main St 1", "vat": "DE1"}
    });
    let (status, v) = post(&base, bad).await;
    assert_eq!(status, 400, "{v}");
    let got = pointers(&v);
    for p in [
        "/labels/x-count",
        "/labels/boxes",
        "/labels/a-very-long-key",
        "/tags",
        "/billing",
    ] {
        assert!(got.iter().any(|g| g == p), "{p:?} not reported: {v}");
    }
    let text = v.to_string();
    assert!(
        text.contains("property name \\\"a-very-long-key\\\""),
        "{v}"
    );
    assert!(text.contains("more than maxContains 1"), "{v}");
    assert!(
        text.contains("required when \\\"street\\\" is present"),
        "{v}"
    );
    assert!(
        text.contains("\\\"country\\\""),
        "dependentSchemas asks for it: {v}"
    );

    // No primary tag at all: `contains` needs one.
    let mut none = good.clone();
    none["tags"] = serde_json::json!(["blue"]);
    let (status, v) = post(&base, none).await;
    assert_eq!(status, 400, "{v}");
    assert!(v.to_string().contains("fewer than 1"), "{v}");
    assert_eq!(
        api.calls.load(Ordering::SeqCst),
        1,
        "only the valid body reached the Api"
    );
}
