//! The server's multipart parser (multer underneath): parts with and without file names,
//! quoted and bare boundaries, and malformed bodies as errors that say what is wrong.

use stipula_runtime::server::multipart::{parse_multipart, Part};

fn body(boundary: &str) -> Vec<u8> {
    format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{{\"a\":1}}\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.png\"\r\nContent-Type: image/png\r\n\r\n\x01\x02\r\n\x03\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--{b}--\r\n",
        b = boundary
    )
    .into_bytes()
}

#[test]
fn parts_come_back_with_names_files_and_types() {
    for ct in [
        "multipart/form-data; boundary=XyZ",
        "multipart/form-data; boundary=\"XyZ\"",
    ] {
        let parts = parse_multipart(ct, &body("XyZ")).unwrap_or_else(|e| panic!("{ct}: {e}"));
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["meta", "file", "note"]);
        assert_eq!(parts[0].content_type.as_deref(), Some("application/json"));
        assert_eq!(parts[0].data, b"{\"a\":1}");
        assert_eq!(parts[1].file_name.as_deref(), Some("a b.png"));
        assert_eq!(
            parts[1].data, b"\x01\x02\r\n\x03",
            "a CRLF inside a part is data"
        );
        assert_eq!(parts[2].file_name, None);
        assert_eq!(parts[2].data, b"hello");
    }
}

#[test]
fn malformed_bodies_are_errors_that_say_why() {
    let err = parse_multipart("application/json", b"{}").unwrap_err();
    assert!(err.contains("expected a multipart body"), "{err}");
    let err = parse_multipart("multipart/form-data", &body("XyZ")).unwrap_err();
    assert!(err.contains("boundary"), "{err}");
    let mut truncated = body("XyZ");
    truncated.truncate(60);
    let err = parse_multipart("multipart/form-data; boundary=XyZ", &truncated).unwrap_err();
    assert!(err.contains("multipart"), "{err}");
    let nameless = b"--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--\r\n";
    let err = parse_multipart("multipart/form-data; boundary=B", nameless).unwrap_err();
    assert!(err.contains("no name"), "{err}");
}

/// The 400 body's `errors` for the problems recorded in `errors`.
fn problems(errors: stipula_runtime::server::Errors) -> Vec<serde_json::Value> {
    let resp = errors.into_response();
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let bytes = rt
        .block_on(axum::body::to_bytes(resp.into_body(), usize::MAX))
        .expect("the body of an in-memory response");
    let v: serde_json::Value = serde_json::from_slice(&bytes).expect("the 400 body is JSON");
    v["errors"].as_array().cloned().unwrap_or_default()
}

/// Part names are JSON-pointer tokens in the problems, escaped the same way for every kind
/// of part (`/` → `~1`, `~` → `~0`), missing or malformed.
#[test]
fn problems_name_parts_by_escaped_pointers() {
    let part = |name: &str, data: &str| Part {
        name: name.to_string(),
        file_name: None,
        content_type: None,
        data: data.as_bytes().to_vec(),
    };
    let parts = [part("a/b", "not a number")];
    let mut errors = stipula_runtime::server::Errors::new(&[]);
    assert_eq!(errors.value_part::<i64>(&parts, "a/b", true, None), None);
    assert!(errors.file_part(&parts, "c~d", true).is_none());
    assert!(errors.file_parts(&parts, "e/f", true).is_none());
    assert_eq!(errors.value_part::<i64>(&parts, "g~/h", true, None), None);
    let names: Vec<String> = problems(errors)
        .iter()
        .map(|e| format!("{} {}", e["name"].as_str().unwrap_or(""), e["message"]))
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names[0].starts_with("/a~1b \"invalid value: "), "{names:?}");
    assert_eq!(
        names[1..],
        [
            "/c~0d \"the required part is missing\"",
            "/e~1f \"the required part is missing\"",
            "/g~0~1h \"the required part is missing\"",
        ],
        "{names:?}"
    );
}

/// An empty body: a problem when the operation requires one, nothing (and no value) when
/// it does not; a body that is not JSON says so.
#[test]
fn absent_and_malformed_bodies() {
    let mut errors = stipula_runtime::server::Errors::new(&[]);
    assert_eq!(errors.json_body::<i64>(b"", false, None), None);
    assert_eq!(errors.text_body(b"", false).as_deref(), Some(""));
    assert!(errors.is_empty());
    assert_eq!(errors.json_body::<i64>(b"", true, None), None);
    assert_eq!(errors.text_body(b"", true), None);
    assert_eq!(errors.json_body::<i64>(b"{", true, None), None);
    assert_eq!(errors.json_body::<i64>(b"\"x\"", true, None), None);
    let messages: Vec<String> = problems(errors)
        .iter()
        .map(|e| e["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert_eq!(messages[..2], ["the request body is required"; 2]);
    assert!(
        messages[2].starts_with("the body is not JSON: "),
        "{messages:?}"
    );
    assert!(
        messages[3].starts_with("the body does not match the schema: "),
        "{messages:?}"
    );
}
