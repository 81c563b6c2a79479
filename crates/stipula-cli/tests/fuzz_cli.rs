//! `stipula fuzz` end to end: the binary against the test server on 127.0.0.1.

#[path = "../../stipula-fuzz/tests/support/items.rs"]
mod items;
#[path = "../../stipula-fuzz/tests/support/server.rs"]
mod server;

use server::Bug;
use std::process::Output;
use stipula_testkit::{assert_exit, runtime, temp_dir, text};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/fuzz/pets.yaml");

/// Start the server on a runtime that lives as long as the returned handle.
fn serve(bug: Bug) -> (String, tokio::runtime::Runtime) {
    let rt = runtime();
    let (url, _) = rt.block_on(server::start(bug, 0)).expect("bind 127.0.0.1");
    (url, rt)
}

fn stipula(args: &[&str]) -> Output {
    stipula_testkit::run_stipula(env!("CARGO_BIN_EXE_stipula"), args)
}

/// `stipula fuzz <spec> --base-url <url> --max-requests <max> <extra>...`
fn fuzz(spec: &str, url: &str, max: &str, extra: &[&str]) -> Output {
    let mut args = vec!["fuzz", spec, "--base-url", url, "--max-requests", max];
    args.extend_from_slice(extra);
    stipula(&args)
}

/// `stipula fuzz specs/fuzz/pets.yaml` against `url` with the server's token and 400
/// requests, writing a JSON report and a JUnit file into a fresh folder, plus `extra`.
/// Returns the run and the two files' paths.
fn fuzz_pets_with_reports(url: &str, extra: &[&str]) -> (Output, String, String) {
    let dir = temp_dir("fuzz-cli");
    let report = dir.join("report.json").display().to_string();
    let junit = dir.join("junit.xml").display().to_string();
    let auth = format!("bearer:{}", server::TOKEN);
    let mut args = vec!["--auth", &auth, "--report", &report, "--junit", &junit];
    args.extend_from_slice(extra);
    let out = fuzz(SPEC, url, "400", &args);
    (out, report, junit)
}

#[test]
fn clean_server_exits_0_with_reports() {
    let (url, _rt) = serve(Bug::None);
    let (out, report, junit) = fuzz_pets_with_reports(&url, &["--seed", "3"]);
    assert_exit(&out, 0);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("POST /pets") && stdout.contains("requests per CPU-second"),
        "{stdout}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert!(
        json["totals"]["requests"].as_u64().unwrap_or(0) > 100,
        "{json}"
    );
    assert!(json["totals"]["cpu_seconds"].as_f64().is_some());
    assert_eq!(json["failures"].as_array().map(Vec::len), Some(0));
    let xml = std::fs::read_to_string(&junit).expect("junit");
    assert!(
        xml.contains("<testsuites")
            && xml.contains("name=\"GET /pets/{petId}\"")
            && !xml.contains("<failure"),
        "{xml}"
    );
}

#[test]
fn planted_bug_exits_1_and_reports_it() {
    let (url, _rt) = serve(Bug::NegativeData);
    let (out, report, junit) = fuzz_pets_with_reports(&url, &[]);
    assert_exit(&out, 1);
    let raw = std::fs::read_to_string(&report).expect("report");
    assert!(
        !raw.contains(server::TOKEN),
        "the token leaked into the report"
    );
    let json: serde_json::Value = serde_json::from_str(&raw).expect("json");
    let f = &json["failures"][0];
    assert_eq!(f["check"], "negative_data_rejection", "{json}");
    assert_eq!(f["operation"], "POST /pets");
    assert_eq!(f["operation_id"], "createPet");
    assert!(f["seconds_since_start"].as_f64().is_some());
    assert!(
        f["curl"]
            .as_str()
            .is_some_and(|c| c.starts_with("curl -X POST ") && c.contains("Bearer ***")),
        "{f}"
    );
    assert_eq!(f["request"]["method"], "POST");
    assert!(f["response"]["status"].as_u64() == Some(201), "{f}");
    let xml = std::fs::read_to_string(&junit).expect("junit");
    assert!(
        xml.contains("<failure type=\"negative_data_rejection\""),
        "{xml}"
    );
}

#[test]
fn exclude_delete_sends_no_delete() {
    let (url, _rt) = serve(Bug::None);
    let auth = format!("bearer:{}", server::TOKEN);
    let out = fuzz(
        SPEC,
        &url,
        "300",
        &["--auth", &auth, "--exclude", "DELETE", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json on stdout");
    let ops: Vec<&str> = json["operations"]
        .as_array()
        .expect("ops")
        .iter()
        .filter_map(|o| o["operation"].as_str())
        .collect();
    assert_eq!(ops.len(), 4, "{ops:?}");
    assert!(!ops.iter().any(|o| o.starts_with("DELETE")), "{ops:?}");
}

#[test]
fn unreachable_server_exits_2() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let out = fuzz(SPEC, &url, "20", &["--timeout", "2s"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("no response from"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn bad_usage_exits_2() {
    let cases: [&[&str]; 5] = [
        &[
            "fuzz",
            SPEC,
            "--base-url",
            "http://127.0.0.1:9",
            "--auth",
            "token:x",
        ],
        &["fuzz", SPEC, "--base-url", "ftp://127.0.0.1"],
        &[
            "fuzz",
            SPEC,
            "--base-url",
            "http://127.0.0.1:9",
            "--checks",
            "no_such_check",
        ],
        &[
            "fuzz",
            SPEC,
            "--base-url",
            "http://127.0.0.1:9",
            "--duration",
            "5 fortnights",
        ],
        &[
            "fuzz",
            "/nonexistent/spec.yaml",
            "--base-url",
            "http://127.0.0.1:9",
        ],
    ];
    for args in cases {
        let out = stipula(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains("stipula fuzz:"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// Out-of-range run limits are refused before anything is sent, the message naming the flag
/// (the settings file and the flags share one reading of them).
#[test]
fn bad_limits_name_their_flag() {
    let cases = [
        (
            "--concurrency",
            "0",
            "--concurrency: must be within 1..=4096, got 0",
        ),
        (
            "--concurrency",
            "5000",
            "--concurrency: must be within 1..=4096",
        ),
        ("--max-requests", "0", "--max-requests: must be at least 1"),
        ("--timeout", "soon", "--timeout:"),
        ("--rate", "fast", "--rate:"),
    ];
    for (flag, value, want) in cases {
        let out = stipula(&[
            "fuzz",
            SPEC,
            "--base-url",
            "http://127.0.0.1:9",
            flag,
            value,
        ]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{flag} {value}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains(want),
            "{flag} {value}: want {want:?} in {}",
            text(&out.stderr)
        );
    }
}

const ITEMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/fuzz/items.yaml");

fn serve_items(
    bug: items::ItemsBug,
) -> (
    String,
    std::sync::Arc<items::ItemsState>,
    tokio::runtime::Runtime,
) {
    let rt = runtime();
    let (url, st) = rt.block_on(items::start(bug, 0)).expect("bind 127.0.0.1");
    (url, st, rt)
}

#[test]
fn dropped_connection_exits_1_with_junit_and_json() {
    let (url, _st, _rt) = serve_items(items::ItemsBug::DropConnection);
    let dir = temp_dir("fuzz-cli").display().to_string();
    let report = format!("{dir}/crash.json");
    let junit = format!("{dir}/crash.xml");
    let out = fuzz(
        ITEMS,
        &url,
        "300",
        &["--seed", "2", "--report", &report, "--junit", &junit],
    );
    let stdout = text(&out.stdout);
    assert_exit(&out, 1);
    assert!(
        stdout.contains("server_crash on 1 operation: GET /items/{name}"),
        "{stdout}"
    );
    assert!(
        stdout.contains("reproduce") && stdout.contains("→ no response"),
        "{stdout}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert_eq!(json["causes"][0]["check"], "server_crash", "{json}");
    assert!(
        json["causes"][0]["curl"]
            .as_str()
            .is_some_and(|c| c.starts_with("curl -X GET"))
    );
    let xml = std::fs::read_to_string(&junit).expect("junit");
    assert!(xml.contains("type=\"server_crash\""), "{xml}");
    for case in xml.split("<testcase").skip(1) {
        assert!(case.matches("<failure").count() <= 1, "{xml}");
    }
}

#[test]
fn spec_from_url_with_a_relative_server() {
    let (url, st, _rt) = serve_items(items::ItemsBug::None);
    let out = stipula(&[
        "fuzz",
        &format!("{url}/openapi.json"),
        "--max-requests",
        "200",
    ]);
    assert_exit(&out, 0);
    assert!(
        text(&out.stderr).contains(&format!("{url}/api")),
        "{}",
        text(&out.stderr)
    );
    // Every request went under /api, where the spec's `servers: [/api]` puts the API.
    assert!(
        st.under_api.load(std::sync::atomic::Ordering::Relaxed) >= 150,
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn shards_split_the_operations_and_merge_back() {
    let (url, _st, _rt) = serve_items(items::ItemsBug::DropConnection);
    let dir = temp_dir("fuzz-cli").display().to_string();
    let mut ops: Vec<Vec<String>> = Vec::new();
    let mut files = Vec::new();
    for k in 1..=3 {
        let report = format!("{dir}/shard-{k}.json");
        let out = fuzz(
            ITEMS,
            &url,
            "150",
            &["--shard", &format!("{k}/3"), "--report", &report],
        );
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}\n{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
        ops.push(
            json["operations"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|o| o["operation"].as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
        );
        files.push(report);
    }
    // Disjoint, complete, and none empty (6 operations, 3 shards).
    let mut all: Vec<String> = ops.concat();
    all.sort();
    let n = all.len();
    all.dedup();
    assert_eq!(n, all.len(), "an operation ran in two shards: {ops:?}");
    assert_eq!(n, 6, "{ops:?}");
    assert!(ops.iter().all(|o| !o.is_empty()), "{ops:?}");
    let merged = format!("{dir}/merged.json");
    let junit = format!("{dir}/merged.xml");
    let mut args = vec!["fuzz-merge"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--report", &merged, "--junit", &junit]);
    let out = stipula(&args);
    let stdout = text(&out.stdout);
    assert_exit(&out, 1);
    assert!(stdout.contains("server_crash"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&merged).expect("merged")).expect("json");
    assert_eq!(
        json["operations"].as_array().map(Vec::len),
        Some(6),
        "{json}"
    );
    let requests: u64 = json["totals"]["requests"].as_u64().unwrap_or(0);
    assert!(requests >= 300, "{json}");
    assert!(
        std::fs::read_to_string(&junit)
            .expect("junit")
            .contains("server_crash")
    );
    // A report that is not one: exit 2 with the place.
    let bad = format!("{dir}/bad.json");
    std::fs::write(&bad, "{\"nope\": 1}").expect("write");
    let out = stipula(&["fuzz-merge", &bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.json"),
        "{}",
        text(&out.stderr)
    );
}
