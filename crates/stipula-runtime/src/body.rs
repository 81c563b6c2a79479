//! Request and response bodies: `application/x-www-form-urlencoded`, text, and the base64
//! of HTTP basic credentials.

use super::params::{deep, encode_pairs};

/// Form-encode a body object (nested objects and arrays with brackets).
pub fn form_body(v: &::serde_json::Value) -> ::std::string::String {
    let mut pairs = ::std::vec::Vec::new();
    if let ::serde_json::Value::Object(map) = v {
        for (k, v) in map {
            deep(&mut pairs, k, v);
        }
    }
    encode_pairs(&pairs)
}

/// A body as text (invalid UTF-8 replaced, never an error: a text body is shown as it came).
pub fn decode_text(body: &[u8]) -> ::std::string::String {
    ::std::string::String::from_utf8_lossy(body).into_owned()
}

/// Standard base64 (for HTTP basic authentication).
pub fn base64(input: &[u8]) -> ::std::string::String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = ::std::string::String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 to text (basic credentials); `None` when malformed.
pub fn base64_decode(s: &str) -> ::std::option::Option<::std::string::String> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = ::std::vec::Vec::new();
    for c in s.bytes().filter(|c| *c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    ::std::string::String::from_utf8(out).ok()
}
