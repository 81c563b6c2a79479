//! The habits of real servers (uvicorn/FastAPI, axum) that made the fuzzer report false
//! alarms or miss defects, reproduced by `support/items.rs`: each planted defect is found,
//! by the right check only, and the correct twin stays silent.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use stipula_fuzz::{Check, Config, Report};
use support::items::{self, ItemsBug, ItemsState};

fn spec() -> Arc<stipula_spec::Spec> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/fuzz/items.yaml");
    match stipula_spec::load(path, &Default::default()) {
        Ok(l) => Arc::new(l.spec),
        Err(e) => panic!("cannot load {path}: {e:?}"),
    }
}

fn config(base: &str) -> Config {
    let mut cfg = Config::new(base);
    cfg.seed = 5;
    cfg.max_requests = Some(600);
    cfg.concurrency = 8;
    cfg
}

async fn fuzz_with(bug: ItemsBug, f: impl FnOnce(&mut Config)) -> (Report, Arc<ItemsState>) {
    let (base, st) = items::start(bug, 0).await.expect("bind 127.0.0.1");
    let mut cfg = config(&base);
    f(&mut cfg);
    match stipula_fuzz::run(spec(), cfg).await {
        Ok(r) => (r, st),
        Err(e) => panic!("run failed on {bug:?}: {e}"),
    }
}

async fn fuzz(bug: ItemsBug) -> (Report, Arc<ItemsState>) {
    fuzz_with(bug, |_| {}).await
}

fn fired(r: &Report) -> BTreeSet<Check> {
    r.failures.iter().map(|f| f.check).collect()
}

/// Exactly these checks fired; every failure has a reproduction; no request was blamed for
/// a connection the server closed after an earlier 5xx.
fn only(r: &Report, checks: &[Check]) {
    assert_eq!(
        fired(r),
        checks.iter().copied().collect::<BTreeSet<_>>(),
        "{}",
        r.to_text()
    );
    assert_eq!(r.totals.transport_errors, 0, "{}", r.to_text());
    for f in &r.failures {
        assert!(f.curl.starts_with("curl -X "), "{}", f.curl);
    }
    // JUnit: never two failures in one test case.
    let junit = r.to_junit();
    for case in junit.split("<testcase").skip(1) {
        assert!(case.matches("<failure").count() <= 1, "{junit}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twin_is_silent() {
    // Templated sibling (`GET /items/filter` is `GET /items/{name}`), dot-segment values,
    // a nullable optional enum in the query, uvicorn-like keep-alive: no false alarm.
    let (r, st) = fuzz(ItemsBug::None).await;
    assert!(
        r.failures.is_empty(),
        "false positives on the correct server:\n{}",
        r.to_text()
    );
    assert_eq!(r.totals.transport_errors, 0, "{}", r.to_text());
    assert!(r.totals.requests >= 500, "budget not used: {}", r.to_text());
    assert!(st.requests.load(Ordering::Relaxed) >= 500);
    // `ref` may only be `.`/`..` besides `main`: those are not sent, and the report says so.
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("`ref`") && w.contains("changes the URL's path")),
        "{:?}",
        r.warnings
    );
    for o in &r.operations {
        assert!(
            o.statuses.keys().any(|s| (200..300).contains(s)),
            "{} never succeeded: {:?}",
            o.operation,
            o.statuses
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connection_is_a_failure() {
    let (r, st) = fuzz(ItemsBug::DropConnection).await;
    assert!(st.dropped.load(Ordering::Relaxed) > 0);
    only(&r, &[Check::ServerCrash]);
    assert!(r.failed());
    let c = &r.causes[0];
    assert_eq!(c.operations, ["GET /items/{name}"], "{}", r.to_text());
    let f = &r.failures[c.representative];
    assert_eq!(f.response.status, 0);
    assert!(
        f.curl.contains("/items/") && f.curl.contains("%3A"),
        "{}",
        f.curl
    );
    assert!(r.to_junit().contains("type=\"server_crash\""));
    // The spec's own example reaches it, in the first phase.
    assert_eq!(
        r.failures[0].phase,
        stipula_fuzz::Phase::Examples,
        "{}",
        r.to_text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keep_alive_closed_after_5xx_blames_nobody() {
    let (r, st) = fuzz(ItemsBug::NonAsciiTitle).await;
    assert!(st.closed_after_5xx.load(Ordering::Relaxed) > 0);
    only(&r, &[Check::ServerError]);
    assert_eq!(r.causes.len(), 1, "{}", r.to_text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn punctuation_only_title() {
    let (r, _) = fuzz(ItemsBug::PunctuationTitle).await;
    only(&r, &[Check::ServerError]);
    let f = &r.failures[r.causes[0].representative];
    let body: serde_json::Value =
        serde_json::from_str(f.request.body.as_deref().unwrap_or("null")).expect("json body");
    let title = body["title"].as_str().unwrap_or("");
    assert!(!title.chars().any(char::is_alphanumeric), "{}", r.to_text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn example_of_a_nested_property_reaches_the_500() {
    let (r, _) = fuzz(ItemsBug::ExampleOnly).await;
    only(&r, &[Check::ServerError]);
    assert_eq!(r.failures[0].phase, stipula_fuzz::Phase::Examples);
    assert!(
        r.failures[0]
            .request
            .body
            .as_deref()
            .is_some_and(|b| b.contains("+required -excluded")),
        "{}",
        r.to_text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_json_gets_an_undocumented_400() {
    let (r, _) = fuzz(ItemsBug::MalformedJson400).await;
    only(&r, &[Check::StatusCodeConformance]);
    // One cause (the same message) on both operations that take JSON.
    assert_eq!(r.causes.len(), 1, "{}", r.to_text());
    assert_eq!(r.causes[0].operations.len(), 2, "{}", r.to_text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn header_rejected_everywhere_is_one_cause_and_left_out() {
    let (r, _) = fuzz(ItemsBug::StrictHeader).await;
    only(
        &r,
        &[Check::PositiveDataAcceptance, Check::StatusCodeConformance],
    );
    // Two causes (one per check), each on most operations, named after the header.
    assert_eq!(r.causes.len(), 2, "{}", r.to_text());
    for c in &r.causes {
        assert!(c.operations.len() >= 4, "{}", r.to_text());
        assert_eq!(
            c.parameter.as_deref(),
            Some("header parameter `x-api-version`"),
            "{}",
            r.to_text()
        );
    }
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("x-api-version") && w.contains("left out")),
        "{:?}",
        r.warnings
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pinned_header_value_avoids_the_rejections() {
    let (r, _) = fuzz_with(ItemsBug::StrictHeader, |cfg| {
        cfg.params = vec![
            stipula_fuzz::config::ParamPin::parse("header:X-Api-Version=1.2.3").expect("pin"),
            stipula_fuzz::config::ParamPin::parse("query:tenant=x").expect("pin"),
        ];
    })
    .await;
    // A pin that matches nothing is reported, not ignored.
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("--param query:tenant") && w.contains("no parameter")),
        "{:?}",
        r.warnings
    );
    // Negative cases still send other values, but valid ones carry the pinned version.
    assert!(
        !fired(&r).contains(&Check::PositiveDataAcceptance),
        "{}",
        r.to_text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wire_text_decides_what_is_negative() {
    // `?tags=stipula` is a one-item array on the wire (form, exploded), `X-Page-Size: 5` an
    // integer: the correct twin accepts what the contract allows (checked by
    // `twin_is_silent`); a server that takes any page-size text is still caught.
    let (r, _) = fuzz(ItemsBug::LaxPageSize).await;
    only(&r, &[Check::NegativeDataRejection]);
    let text = r.to_text();
    for c in &r.causes {
        let f = &r.failures[c.representative];
        assert!(f.message.contains("`X-Page-Size`"), "{text}");
        assert!(!f.message.contains("`tags`"), "{text}");
    }
    // The truly wrong text is among them (not only the out-of-range integers).
    assert!(
        r.causes
            .iter()
            .any(|c| r.failures[c.representative].message.contains("wrong type")),
        "{text}"
    );
}
