//! The server's multipart parser (multer underneath): parts with and without file names,
//! quoted and bare boundaries, and malformed bodies as errors that say what is wrong.

use stipula_runtime::server::multipart::parse_multipart;

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
