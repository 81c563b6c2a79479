//! Media types: which kind of body (JSON, form, multipart, text, bytes) a media type is,
//! and which of an operation's media types the generated code models.

use super::*;

pub(super) fn is_json(mt: &str) -> bool {
    let base = mt
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    base == "application/json"
        || base.ends_with("+json")
        || base == "*/*"
        || base == "application/*"
        || base.ends_with("/json")
}

pub(super) fn body_kind(mt: &str) -> &'static str {
    let base = mt
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if is_json(&base) {
        "json"
    } else if base == "application/x-www-form-urlencoded" {
        "form"
    } else if base.starts_with("multipart/") {
        "multipart"
    } else if base.starts_with("text/") {
        "text"
    } else {
        "bytes"
    }
}

/// Pick the media type to model: JSON first, then form, multipart, text, anything.
pub(super) fn pick_media(content: &[MediaType]) -> Option<&MediaType> {
    let rank = |m: &MediaType| match body_kind(&m.media_type) {
        "json" => 0,
        "form" => 1,
        "multipart" => 2,
        "text" => 3,
        _ => 4,
    };
    content.iter().min_by_key(|m| rank(m))
}
