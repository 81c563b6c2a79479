//! End to end over `specs/codegen/features.yaml` (client and server generated in build.rs):
//! typed multipart bodies, typed response headers (written by the server, read by the
//! client), nested form bodies, and the server's check of request bodies and parameters
//! against their schemas: a violating request gets a structured 400 and never reaches the
//! `Api` implementation.

use petstore_client::features_client as c;
use petstore_client::features_server as s;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Default)]
struct Impl {
    /// How many requests reached the `Api` methods.
    calls: AtomicUsize,
    items: Mutex<Vec<s::types::Item>>,
}

impl s::Api for Impl {
    async fn list_items(
        &self,
        _ctx: s::RequestContext,
        params: s::items::ListItemsParams,
    ) -> s::items::ListItemsResponse {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let items: Vec<s::types::Item> = self
            .items
            .lock()
            .unwrap()
            .iter()
            .filter(|i| params.color.as_ref().is_none_or(|c| *c == i.color))
            .cloned()
            .collect();
        if items.is_empty() {
            return s::items::ListItemsResponse::NotFound {
                body: s::types::Problem {
                    message: "nothing here".into(),
                },
                headers: s::items::ListItemsNotFoundHeaders {
                    x_reason: format!("no {:?} items", params.color),
                },
            };
        }
        s::items::ListItemsResponse::Ok {
            headers: s::items::ListItemsOkHeaders {
                x_total_count: items.len() as i64,
                x_page_tags: Some(vec!["a".into(), "b c".into()]),
                x_rate_limit_reset: Some(1_700_000_000_000),
                link: None,
            },
            body: items,
        }
    }

    async fn create_item(
        &self,
        _ctx: s::RequestContext,
        body: s::types::Item,
    ) -> s::items::CreateItemResponse {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut items = self.items.lock().unwrap();
        let item = s::types::Item {
            id: Some(items.len() as i64 + 1),
            ..body
        };
        items.push(item.clone());
        s::items::CreateItemResponse::Created {
            headers: s::items::CreateItemCreatedHeaders {
                location: format!("/items/{}", items.len()),
            },
            body: item,
        }
    }

    async fn upload_file(
        &self,
        _ctx: s::RequestContext,
        body: s::uploads::UploadFileForm,
    ) -> s::uploads::UploadFileResponse {
        self.calls.fetch_add(1, Ordering::SeqCst);
        s::uploads::UploadFileResponse::Created(s::types::UploadReceipt {
            title: body.title,
            size: body.file.bytes.len() as i64,
            file_name: body.file.file_name,
            content_type: body.file.content_type,
            thumbnail_sizes: body
                .thumbnails
                .unwrap_or_default()
                .iter()
                .map(|t| t.bytes.len() as i64)
                .collect(),
            count: body.count,
            labels: body.labels.unwrap_or_default(),
            meta: body.meta,
            options: body.options,
        })
    }

    async fn submit_form(
        &self,
        _ctx: s::RequestContext,
        body: s::types::Person,
    ) -> s::forms::SubmitFormResponse {
        self.calls.fetch_add(1, Ordering::SeqCst);
        s::forms::SubmitFormResponse::Ok(body)
    }
}

/// Under `cargo test --workspace`, reqwest is built with the TLS features stipula-fuzz asks
/// for (rustls without a built-in crypto provider), and building a client then needs a
/// provider installed in the process. Built alone (`cargo test -p petstore-client`) it does
/// not; installing one is harmless either way.
fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The server on 127.0.0.1 (an ephemeral port) and its base URL.
async fn serve() -> (std::sync::Arc<Impl>, String) {
    tls_provider();
    let api = std::sync::Arc::new(Impl::default());
    let app = s::router(api.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (api, format!("http://{addr}"))
}

fn item(name: &str, price: f64) -> c::types::Item {
    c::types::Item {
        id: None,
        name: name.into(),
        price,
        color: c::types::Color::Green,
        tags: Some(vec!["x".into(), "y".into()]),
        dimensions: Some(c::types::ItemDimensions { w: 2, h: 3 }),
        shape: Some(c::types::Shape::Circle(c::types::Circle {
            kind: "circle".into(),
            radius: 1.5,
        })),
    }
}

/// The `errors` of a 400 body as `(in, name)` pairs.
fn problems(v: &serde_json::Value) -> Vec<(String, String)> {
    v["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors list in {v}"))
        .iter()
        .map(|e| {
            (
                e["in"].as_str().unwrap_or_default().to_string(),
                e["name"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn response_headers_are_typed_both_ways() {
    let (api, base) = serve().await;
    let client = c::Client::with_base_url(&base);

    // 404 with its required header.
    match client.list_items(&Default::default()).await {
        Err(c::Error::Api(c::items::ListItemsError::NotFound { body, headers })) => {
            assert_eq!(body.message, "nothing here");
            assert_eq!(headers.x_reason, "no None items");
        }
        other => panic!("listItems on an empty store: {other:?}"),
    }

    let created = match client.create_item(&item("lamp", 19.99)).await {
        Ok(c::items::CreateItemResponse::Created { body, headers }) => {
            assert_eq!(headers.location, "/items/1");
            body
        }
        other => panic!("createItem: {other:?}"),
    };
    assert_eq!(created.id, Some(1), "readOnly id filled in by the server");
    assert_eq!(created.name, "lamp");
    assert_eq!(created.shape, item("lamp", 19.99).shape);

    let params = c::items::ListItemsParams {
        color: Some(c::types::Color::Green),
        code: Some("ab".into()),
    };
    match client.list_items(&params).await {
        Ok(c::items::ListItemsResponse::Ok { body, headers }) => {
            assert_eq!(body, vec![created.clone()]);
            assert_eq!(headers.x_total_count, 1);
            assert_eq!(
                headers.x_page_tags,
                Some(vec!["a".to_string(), "b c".to_string()]),
                "an array header, simple style"
            );
            assert_eq!(headers.x_rate_limit_reset, Some(1_700_000_000_000));
            assert_eq!(headers.link, None);
        }
        other => panic!("listItems: {other:?}"),
    }
    assert_eq!(api.calls.load(Ordering::SeqCst), 3);

    // A required response header that is missing is a decode error, not a silent default.
    let raw = axum::Router::new().route(
        "/items",
        axum::routing::get(|| async {
            (
                [("content-type", "application/json"), ("x-page-tags", "a")],
                "[]",
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, raw).await.unwrap() });
    let bare = c::Client::with_base_url(format!("http://{addr}"));
    match bare.list_items(&Default::default()).await {
        Err(e @ c::Error::Decode { status: 200, .. }) => {
            assert!(e.to_string().contains("X-Total-Count"), "{e}");
        }
        other => panic!("listItems without X-Total-Count: {other:?}"),
    }
}

#[tokio::test]
async fn invalid_bodies_and_parameters_get_400_before_the_api() {
    let (api, base) = serve().await;
    let http = reqwest::Client::new();

    // Every constraint of Item broken at once; each problem names its JSON pointer.
    let bad = serde_json::json!({
        "name": "far too long a name",
        "price": 0,
        "color": "purple",
        "tags": ["ok", "ok", "waytoolong"],
        "dimensions": {"w": 0},
        "shape": {"kind": "circle", "radius": -1},
        "extra": true
    });
    let resp = http
        .post(format!("{base}/items"))
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let v: serde_json::Value = resp.json().await.unwrap();
    let got = problems(&v);
    for pointer in [
        "/name",
        "/price",
        "/color",
        "/tags/1",
        "/tags/2",
        "/dimensions",
        "/dimensions/w",
        "/shape/radius",
        "/extra",
    ] {
        assert!(
            got.contains(&("body".to_string(), pointer.to_string())),
            "{pointer} not reported: {v}"
        );
    }
    // Missing required properties are reported at the object; readOnly `id` is not required.
    let resp = http
        .post(format!("{base}/items"))
        .json(&serde_json::json!({"name": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let v: serde_json::Value = resp.json().await.unwrap();
    let messages = v["errors"].to_string();
    assert!(messages.contains("\\\"price\\\""), "{v}");
    assert!(messages.contains("\\\"color\\\""), "{v}");
    assert!(
        !messages.contains("\\\"id\\\""),
        "readOnly id is not required: {v}"
    );
    // Not JSON at all.
    let resp = http
        .post(format!("{base}/items"))
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    // An unknown enum value and a too-short string in the query.
    let resp = http
        .get(format!("{base}/items?color=purple&code=a"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(
        problems(&v),
        vec![
            ("query".to_string(), "color".to_string()),
            ("query".to_string(), "code".to_string())
        ],
        "{v}"
    );
    assert_eq!(
        api.calls.load(Ordering::SeqCst),
        0,
        "no request reached the Api"
    );

    // The same through the generated client: the documented 400 comes back typed.
    let client = c::Client::with_base_url(&base);
    match client.create_item(&item("ok", 0.001)).await {
        Err(c::Error::Api(c::items::CreateItemError::BadRequest(p))) => {
            assert_eq!(p.errors.len(), 1, "{p:?}");
            assert_eq!(p.errors[0].r#in, "body");
            assert_eq!(p.errors[0].name, "/price");
            assert!(p.errors[0].message.contains("multiple of 0.01"), "{p:?}");
        }
        other => panic!("createItem with price 0.001: {other:?}"),
    }
    // A square is checked against Square (the discriminator picks the branch).
    let mut square = item("box", 5.0);
    square.shape = Some(c::types::Shape::Square(c::types::Square {
        kind: "square".into(),
        side: 0.0,
    }));
    match client.create_item(&square).await {
        Err(c::Error::Api(c::items::CreateItemError::BadRequest(p))) => {
            assert_eq!(p.errors[0].name, "/shape/side", "{p:?}");
        }
        other => panic!("createItem with side 0: {other:?}"),
    }
    assert_eq!(api.calls.load(Ordering::SeqCst), 0);
    square.shape = Some(c::types::Shape::Square(c::types::Square {
        kind: "square".into(),
        side: 2.0,
    }));
    assert!(matches!(
        client.create_item(&square).await,
        Ok(c::items::CreateItemResponse::Created { .. })
    ));
    assert_eq!(api.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn multipart_bodies_are_typed() {
    let (api, base) = serve().await;
    let client = c::Client::with_base_url(&base);
    let png = vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255];
    let form = c::uploads::UploadFileForm {
        file: c::runtime::FilePart::new(png.clone()).with_file_name("cat.png"),
        thumbnails: Some(vec![
            c::runtime::FilePart::new(vec![1, 2, 3]),
            c::runtime::FilePart::new(vec![4; 10]).with_content_type("image/jpeg"),
        ]),
        title: "A cat".into(),
        count: Some(3),
        labels: Some(vec!["pet".into(), "cute".into()]),
        meta: Some(c::types::Meta {
            source: "camera".into(),
            rating: Some(5),
        }),
        options: Some(c::types::Options {
            resize: Some(true),
            width: Some(640),
        }),
    };
    match client.upload_file(&form).await {
        Ok(r) => {
            assert_eq!(r.title, "A cat");
            assert_eq!(r.size, png.len() as i64);
            assert_eq!(r.file_name.as_deref(), Some("cat.png"));
            assert_eq!(
                r.content_type.as_deref(),
                Some("image/png"),
                "the content type from `encoding`"
            );
            assert_eq!(r.thumbnail_sizes, vec![3, 10]);
            assert_eq!(r.count, Some(3));
            assert_eq!(r.labels, vec!["pet".to_string(), "cute".to_string()]);
            assert_eq!(r.meta, form.meta.clone(), "a JSON part");
            assert_eq!(r.options, form.options.clone(), "options[key] parts");
        }
        other => panic!("uploadFile: {other:?}"),
    }

    // One label only: still a list on the server.
    let one = c::uploads::UploadFileForm {
        labels: Some(vec!["solo".into()]),
        thumbnails: None,
        meta: None,
        count: None,
        ..form.clone()
    };
    match client.upload_file(&one).await {
        Ok(r) => {
            assert_eq!(r.labels, vec!["solo".to_string()]);
            assert_eq!(r.thumbnail_sizes, Vec::<i64>::new());
        }
        other => panic!("uploadFile with one label: {other:?}"),
    }
    assert_eq!(api.calls.load(Ordering::SeqCst), 2);

    // Constraints on text and JSON parts are checked; a missing file part is reported.
    let bad = c::uploads::UploadFileForm {
        title: "a title longer than twenty characters".into(),
        count: Some(0),
        meta: Some(c::types::Meta {
            source: "x".into(),
            rating: Some(6),
        }),
        options: Some(c::types::Options {
            resize: None,
            width: Some(5000),
        }),
        ..form.clone()
    };
    match client.upload_file(&bad).await {
        Err(c::Error::Api(c::uploads::UploadFileError::BadRequest(p))) => {
            let names: Vec<&str> = p.errors.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(
                names,
                vec!["/title", "/count", "/meta/rating", "/options/width"],
                "{p:?}"
            );
        }
        other => panic!("uploadFile with bad parts: {other:?}"),
    }
    let no_file = reqwest::multipart::Form::new().text("title", "t");
    let resp = reqwest::Client::new()
        .post(format!("{base}/uploads"))
        .multipart(no_file)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(
        problems(&v),
        vec![("body".to_string(), "/file".to_string())],
        "{v}"
    );
    let resp = reqwest::Client::new()
        .post(format!("{base}/uploads"))
        .header("content-type", "multipart/form-data")
        .body("no boundary")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert_eq!(
        api.calls.load(Ordering::SeqCst),
        2,
        "rejected before the Api"
    );
}

#[tokio::test]
async fn nested_form_bodies_round_trip() {
    let (api, base) = serve().await;
    let client = c::Client::with_base_url(&base);
    let person = c::types::Person {
        name: "Ada".into(),
        age: Some(36),
        address: Some(c::types::PersonAddress {
            city: Some("London".into()),
            zip: Some("N1".into()),
        }),
        nicknames: Some(vec!["countess".into(), "enchantress".into()]),
    };
    match client.submit_form(&person).await {
        Ok(p) => assert_eq!(p, person),
        other => panic!("submitForm: {other:?}"),
    }
    let old = c::types::Person {
        age: Some(200),
        address: Some(c::types::PersonAddress {
            city: None,
            zip: Some("123456".into()),
        }),
        ..person.clone()
    };
    match client.submit_form(&old).await {
        Err(c::Error::Api(c::forms::SubmitFormError::BadRequest(p))) => {
            let names: Vec<&str> = p.errors.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(names, vec!["/age", "/address/zip"], "{p:?}");
        }
        other => panic!("submitForm with age 200: {other:?}"),
    }
    assert_eq!(api.calls.load(Ordering::SeqCst), 1);
}
