//! Generated client against generated server (`specs/wire.yaml`), on 127.0.0.1: what is
//! sent is what the spec declares, and what the client sends the server takes back.
//! - problem+json responses go out as `application/problem+json`, and the automatic 400
//!   decodes as the spec's problem type with the details kept;
//! - `format: float` without bounds is `f64` (a valid `1e39` survives the round trip),
//!   with bounds inside f32's range it stays `f32`;
//! - an empty delimited array (`dimensions=`) comes back empty;
//! - path parameters in every style (simple, label, matrix; explode on and off; strings,
//!   arrays, objects) come back as sent;
//! - request structs: `new(required..)`, `Default` and a chained setter per optional field
//!   (named `with_<field>` where the field's name is `new` or a trait method's);
//! - a body the description does not require is passed as `&T`, `Some(&T)` or `None`.

use petstore_client::wire_client as c;
use petstore_client::wire_server as s;

/// Under `cargo test --workspace`, reqwest is built with stipula-fuzz's TLS features (rustls
/// without a built-in crypto provider), and building a client then needs one installed.
fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

struct Impl;

impl s::Api for Impl {
    async fn list_prices(
        &self,
        _ctx: s::RequestContext,
        params: s::prices::ListPricesParams,
    ) -> s::prices::ListPricesResponse {
        let mut out = params.dimensions.unwrap_or_else(|| vec!["<absent>".into()]);
        if let Some(tags) = params.tags {
            out.push("--".into());
            out.extend(tags);
        }
        s::prices::ListPricesResponse::Ok(out)
    }

    async fn create_price(
        &self,
        _ctx: s::RequestContext,
        body: s::types::Price,
    ) -> s::prices::CreatePriceResponse {
        if body.currency == "XXX" {
            return s::prices::CreatePriceResponse::NotFound(s::types::Problem {
                title: Some("no such currency".into()),
                status: Some(404),
                ..Default::default()
            });
        }
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
        body: Option<s::types::Price>,
    ) -> s::quotes::QuoteResponse {
        s::quotes::QuoteResponse::Ok(match body {
            Some(p) => format!("{} {}", p.amount, p.currency),
            None => "no body".into(),
        })
    }

    async fn echo(
        &self,
        _ctx: s::RequestContext,
        id: String,
        params: s::echo::EchoParams,
    ) -> s::echo::EchoResponse {
        s::echo::EchoResponse::Ok(s::types::Echo {
            id,
            ints: params.ints,
            words: params.words,
            pipes: params.pipes,
            spaces: params.spaces,
            filter: params.filter,
            color: params.color,
            bars: params.bars,
            text: params.text,
            flag: params.flag,
            ratio: params.ratio,
            tag: params.x_tag,
            session: params.session,
        })
    }

    async fn search(
        &self,
        _ctx: s::RequestContext,
        params: s::search::SearchParams,
    ) -> s::search::SearchResponse {
        s::search::SearchResponse::Ok(format!("{params:?}"))
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
        s::styles::PathStylesResponse::Ok(s::types::PathEcho {
            plain,
            label,
            dots,
            matrix,
            coords,
            point,
        })
    }
}

async fn serve() -> String {
    let app = s::router(std::sync::Arc::new(Impl));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test]
async fn float_beyond_f32_round_trips_and_bounded_float_stays_f32() {
    tls_provider();
    let base = serve().await;
    let client = c::Client::with_base_url(&base);
    let mut price = c::types::Price::new(1e39, "EUR".into());
    let bounded: Option<f32> = price.discount;
    assert_eq!(bounded, None);
    price.discount = Some(0.25);
    let back: c::types::Price = client.create_price(&price).await.unwrap();
    let amount: f64 = back.amount;
    assert_eq!(amount, 1e39);
    assert_eq!(back, price);
}

#[tokio::test]
async fn empty_delimited_array_round_trips() {
    tls_provider();
    let base = serve().await;
    let client = c::Client::with_base_url(&base);
    let got = client
        .list_prices(&c::prices::ListPricesParams {
            dimensions: Some(vec![]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(got, Vec::<String>::new());
    let got = client
        .list_prices(&c::prices::ListPricesParams {
            dimensions: Some(vec!["a".into(), "b c".into()]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(got, vec!["a".to_string(), "b c".to_string()]);
    let got = client.list_prices(&Default::default()).await.unwrap();
    assert_eq!(got, vec!["<absent>".to_string()]);

    // Items holding their own delimiter (and other reserved characters) stay whole: the
    // client writes delimiters literally and percent-encodes the items.
    let odd: Vec<String> = ["a,b", "c|d", "", "e f", "%2C", "ü,"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let got = client
        .list_prices(&c::prices::ListPricesParams {
            dimensions: Some(odd.clone()),
            tags: Some(odd.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    let mut want = odd.clone();
    want.push("--".into());
    want.extend(odd);
    assert_eq!(got, want);

    // A client that percent-encodes its delimiters too is still understood.
    let raw: Vec<String> = reqwest::get(format!("{base}/prices?dimensions=x%2Cy"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(raw, vec!["x".to_string(), "y".to_string()]);
}

#[tokio::test]
async fn problems_go_out_as_declared_and_the_400_keeps_its_details() {
    tls_provider();
    let base = serve().await;
    let client = c::Client::with_base_url(&base);

    // The automatic 400 (limit above its maximum), decoded as the spec's Problem.
    let params = c::prices::ListPricesParams {
        limit: Some(99),
        ..Default::default()
    };
    match client.list_prices(&params).await {
        Err(c::Error::Api(c::prices::ListPricesError::BadRequest(p))) => {
            assert_eq!(p.status, Some(400));
            assert_eq!(p.title.as_deref(), Some("Bad Request"));
            let detail = p.detail.unwrap_or_default();
            assert!(detail.contains("limit"), "{detail}");
        }
        other => panic!("expected a typed 400: {other:?}"),
    }

    // The handler's 404 and the automatic 400 carry the declared media type.
    let http = reqwest::Client::new();
    let resp = http
        .post(format!("{base}/prices"))
        .json(&serde_json::json!({"amount": 1, "currency": "XXX"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
    assert_eq!(resp.headers()["content-type"], "application/problem+json");
    let resp = http
        .post(format!("{base}/prices"))
        .json(&serde_json::json!({"amount": "one", "currency": "EURO"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(resp.headers()["content-type"], "application/problem+json");
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["status"], 400);
    assert!(
        body["errors"].as_array().is_some_and(|e| e.len() == 2),
        "{body}"
    );

    match client
        .create_price(&c::types::Price::new(1.0, "XXX".into()))
        .await
    {
        Err(c::Error::Api(c::prices::CreatePriceError::NotFound(p))) => {
            assert_eq!(p.title.as_deref(), Some("no such currency"));
        }
        other => panic!("expected a typed 404: {other:?}"),
    }
}

/// Strings for a parameter: any text, with a bias to the characters encodings trip on and to
/// texts that read as numbers or booleans (a string member beside an integer one).
fn text() -> impl proptest::strategy::Strategy<Value = String> {
    proptest::string::string_regex("([,|&=+%#?/ ;\\[\\]\"'a-z0-9]|é|日|🐶){0,8}|-?[0-9]{1,3}|true")
        .unwrap()
}

/// Header values: visible ASCII without surrounding spaces (what HTTP carries as text).
fn header_text() -> impl proptest::strategy::Strategy<Value = String> {
    proptest::string::string_regex("[!-~]([ -~]{0,10}[!-~])?").unwrap()
}

fn echo_params() -> impl proptest::strategy::Strategy<Value = (String, c::echo::EchoParams)> {
    use proptest::collection::vec;
    use proptest::option::of;
    use proptest::prelude::*;
    let path = proptest::string::string_regex("([,|&=+%#?/ ;a-z0-9]|é|🐶){1,8}").unwrap();
    (
        path,
        (
            of(vec(any::<i64>(), 0..4)),
            of(vec(text(), 0..4)),
            of(vec(text(), 0..4)),
            of(vec(any::<i64>(), 0..4)),
        ),
        (
            of((of(any::<i64>()), of(text()))),
            of(point()),
            of(vec(text(), 0..4)),
            of(text()),
            of(any::<bool>()),
            of(-1e300f64..1e300),
            of(header_text()),
            of(text()),
        ),
    )
        .prop_map(
            |(
                id,
                (ints, words, pipes, spaces),
                (filter, color, bars, text, flag, ratio, x_tag, session),
            )| {
                let params = c::echo::EchoParams {
                    ints,
                    words,
                    pipes,
                    spaces,
                    filter: filter.map(|(min, name)| c::types::EchoFilter { min, name }),
                    color,
                    bars,
                    text,
                    flag,
                    ratio,
                    x_tag,
                    session,
                };
                (id, params)
            },
        )
}

/// Every parameter style, with random values: what the generated client encodes, the
/// generated server decodes to the same values.
///
/// Known ambiguities are spelled out in the expected values, not hidden: an explode=true
/// `ints` or `bars` of `[]` is sent as nothing (so it comes back absent); an explode=false array of
/// one empty string is sent exactly as an empty array (`words=`), so both come back as
/// `[]`; and an array of one item holding the delimiter (`["a,b"]`, sent `words=a%2Cb`)
/// is split, because that is also how clients that percent-encode their delimiters
/// (JavaScript's `URLSearchParams`) send `["a", "b"]`.
#[test]
fn every_parameter_style_round_trips() {
    tls_provider();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let base = rt.block_on(serve());
    let client = c::Client::with_base_url(&base);
    let config = proptest::test_runner::Config {
        cases: 96,
        ..Default::default()
    };
    proptest::proptest!(config, |((id, params) in echo_params())| {
        let got = rt.block_on(client.echo(&id, &params));
        let got = match got {
            Ok(v) => v,
            Err(e) => return Err(proptest::test_runner::TestCaseError::fail(format!("{e}"))),
        };
        let normal = |v: &Option<Vec<String>>, sep: char| match v {
            Some(items) if items.len() == 1 && items[0].is_empty() => Some(Vec::new()),
            Some(items) if items.len() == 1 && items[0].contains(sep) => {
                Some(items[0].split(sep).map(str::to_string).collect())
            }
            other => other.clone(),
        };
        proptest::prop_assert_eq!(&got.id, &id);
        proptest::prop_assert_eq!(&got.ints, &params.ints.clone().filter(|v| !v.is_empty()));
        proptest::prop_assert_eq!(&got.words, &normal(&params.words, ','));
        proptest::prop_assert_eq!(&got.pipes, &normal(&params.pipes, '|'));
        proptest::prop_assert_eq!(&got.spaces, &params.spaces);
        let filter = params.filter.clone().filter(|f| f.min.is_some() || f.name.is_some());
        proptest::prop_assert_eq!(&got.filter, &filter);
        proptest::prop_assert_eq!(&got.color, &params.color);
        // exploded: `[]` is sent as nothing, so it comes back absent
        proptest::prop_assert_eq!(&got.bars, &params.bars.clone().filter(|v| !v.is_empty()));
        proptest::prop_assert_eq!(&got.text, &params.text);
        proptest::prop_assert_eq!(&got.flag, &params.flag);
        proptest::prop_assert_eq!(&got.ratio, &params.ratio);
        proptest::prop_assert_eq!(&got.tag, &params.x_tag);
        proptest::prop_assert_eq!(&got.session, &params.session);
    });
}

/// Path items: any text but a lone empty item (`[""]` and `[]` are the same segment) and
/// the dot segments `.`/`..`, which URLs resolve away before anything is sent.
fn path_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::string::string_regex("([,|&=+%#?/ ;.\\[\\]a-z0-9]|é|🐶){1,8}")
        .unwrap()
        .prop_filter("a dot segment", |s| s != "." && s != "..")
}

fn point() -> impl proptest::strategy::Strategy<Value = c::types::Point> {
    use proptest::prelude::*;
    (any::<i64>(), text()).prop_map(|(x, name)| c::types::Point::new(x, name))
}

/// Every path style with random values: what the generated client writes in the path,
/// the generated server reads back as the same values (raw segments, so an item's own `,`,
/// `.`, `;` or `=` is never taken for a delimiter).
#[test]
fn every_path_style_round_trips() {
    use proptest::collection::vec;
    use proptest::prelude::*;
    tls_provider();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let base = rt.block_on(serve());
    let client = c::Client::with_base_url(&base);
    let config = proptest::test_runner::Config {
        cases: 64,
        ..Default::default()
    };
    let values = (
        path_text(),
        vec(path_text(), 1..4),
        vec(path_text(), 1..4),
        vec(any::<i64>(), 1..4),
        point(),
        point(),
    );
    proptest::proptest!(config, |((plain, label, dots, matrix, coords, point) in values)| {
        let got = rt.block_on(client.path_styles(
            &plain,
            label.clone(),
            dots.clone(),
            matrix.clone(),
            coords.clone(),
            point.clone(),
        ));
        let got = match got {
            Ok(v) => v,
            Err(e) => return Err(proptest::test_runner::TestCaseError::fail(format!("{e}"))),
        };
        let want = c::types::PathEcho::new(plain, label, dots, matrix, coords, point);
        proptest::prop_assert_eq!(got, want);
    });
}

/// What the styles look like on the wire (RFC 6570), and that a segment without its
/// style's prefix is a 400 naming the parameter.
#[tokio::test]
async fn path_styles_are_written_as_the_spec_says() {
    tls_provider();
    let base = serve().await;
    let client = c::Client::with_base_url(&base);
    let pt = |x: i64, n: &str| c::types::Point::new(x, n.into());
    let got = client
        .path_styles(
            "a.txt",
            vec!["x.y".into(), "z".into()],
            vec!["p".into(), "q".into()],
            vec![1, 2],
            pt(3, "c"),
            pt(4, "d"),
        )
        .await
        .unwrap();
    assert_eq!(got.plain, "a.txt");
    assert_eq!(got.label, vec!["x.y".to_string(), "z".to_string()]);
    let raw = reqwest::get(format!(
        "{base}/styles/a.txt/.x%2Ey,z/.p.q/;matrix=1;matrix=2/;coords=x,3,name,c/x=4,name=d"
    ))
    .await
    .unwrap();
    assert_eq!(raw.status(), 200);
    let echoed: serde_json::Value = raw.json().await.unwrap();
    assert_eq!(echoed["label"], serde_json::json!(["x.y", "z"]));
    assert_eq!(echoed["matrix"], serde_json::json!([1, 2]));
    assert_eq!(echoed["coords"], serde_json::json!({"x": 3, "name": "c"}));
    assert_eq!(echoed["point"], serde_json::json!({"x": 4, "name": "d"}));

    // A label segment without its `.`: refused, the parameter named.
    let raw = reqwest::get(format!(
        "{base}/styles/a/x,z/.p/;matrix=1/;coords=x,3,name,c/x=4,name=d"
    ))
    .await
    .unwrap();
    assert_eq!(raw.status(), 400);
    let body = raw.text().await.unwrap();
    assert!(
        body.contains("label") && body.contains("expected label style"),
        "{body}"
    );
}

#[tokio::test]
async fn request_structs_build_with_new_and_chained_setters() {
    tls_provider();
    let client = c::Client::with_base_url(serve().await);
    // Required parameters in `new`, optional ones by setters taking `impl Into<T>`.
    let params = c::search::SearchParams::new("cats".into())
        .limit(10)
        .r#type("fur")
        .with_new(true)
        .with_clone("twin");
    let got = client.search(&params).await.unwrap();
    assert_eq!(
        got,
        r#"SearchParams { q: "cats", limit: Some(10), type: Some("fur"), new: Some(true), clone: Some("twin") }"#
    );
    // The derived traits the setters must not shadow still work.
    assert_eq!(params.clone(), params);
    let plain = c::search::SearchParams::new("x".into());
    assert_eq!(plain.limit, None);

    // A request body type: `new(required..)` then setters.
    let price = c::types::Price::new(2.5, "EUR".into())
        .discount(0.5f32)
        .note("gift");
    assert_eq!(price.note.as_deref(), Some("gift"));
    let back = client.create_price(&price).await.unwrap();
    assert_eq!(back, price);

    // Every parameter style's struct built the same way.
    let echo = client
        .echo(
            "id",
            &c::echo::EchoParams::default()
                .ints(vec![1, 2])
                .text("hi")
                .flag(true)
                .x_tag("t"),
        )
        .await
        .unwrap();
    assert_eq!(echo.ints, Some(vec![1, 2]));
    assert_eq!(echo.text.as_deref(), Some("hi"));
    assert_eq!(echo.flag, Some(true));
    assert_eq!(echo.tag.as_deref(), Some("t"));
}

#[tokio::test]
async fn an_operation_without_bodies_and_a_default_response() {
    tls_provider();
    let client = c::Client::with_base_url(serve().await);
    client.delete_price(1).await.unwrap();
    match client.delete_price(2).await {
        Err(c::Error::Api(c::prices::DeletePriceError::Default { status })) => {
            assert_eq!(status, 404)
        }
        other => panic!("expected the default response: {other:?}"),
    }
}

#[tokio::test]
async fn an_optional_body_takes_a_reference_some_or_none() {
    tls_provider();
    let client = c::Client::with_base_url(serve().await);
    let price = c::types::Price::new(2.5, "EUR".into());
    assert_eq!(client.quote(&price).await.unwrap(), "2.5 EUR");
    assert_eq!(client.quote(Some(&price)).await.unwrap(), "2.5 EUR");
    assert_eq!(client.quote(None).await.unwrap(), "no body");
}
