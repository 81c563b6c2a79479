//! Media types: which kind of body (JSON, form, multipart, text, bytes) the generated code
//! models for a media type, and which of an operation's media types it models.
//!
//! The kind of a concrete media type is `stipula_spec::media`'s answer, the one every
//! stipula crate gives. Ranges are codegen's own call, since the generated code must pick
//! something to send: `*/*` and `application/*` admit JSON and are modelled as JSON (sent
//! as `application/json`); `text/*` and `multipart/*` are modelled as their family.

use super::*;
use stipula_spec::media::{self as mt, Kind};

pub(super) use stipula_spec::media::is_json;

pub(super) fn body_kind(media_type: &str) -> &'static str {
    if mt::admits_json(media_type) {
        return "json";
    }
    match mt::kind(media_type) {
        Kind::Json => "json",
        Kind::Form => "form",
        Kind::Multipart => "multipart",
        Kind::Text => "text",
        Kind::Other => match mt::essence(media_type).as_ref() {
            "text/*" => "text",
            "multipart/*" => "multipart",
            _ => "bytes",
        },
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

#[cfg(test)]
mod tests {
    use super::body_kind;

    #[test]
    fn concrete_types_take_the_spec_crates_kind_and_ranges_their_family() {
        let cases = [
            ("application/json; charset=utf-8", "json"),
            ("Application/Problem+JSON", "json"),
            ("text/json", "json"),
            ("*/*", "json"),
            ("application/*", "json"),
            // a `json` subtype outside `application/` and `text/` is not JSON
            // (stipula_spec::media's rule; codegen once modelled it as JSON)
            ("image/json", "bytes"),
            ("application/jsonl", "bytes"),
            ("application/x-ndjson", "bytes"),
            ("application/x-www-form-urlencoded", "form"),
            ("multipart/form-data; boundary=x", "multipart"),
            ("multipart/*", "multipart"),
            ("text/plain", "text"),
            ("TEXT/*", "text"),
            ("application/octet-stream", "bytes"),
            ("image/*", "bytes"),
            ("", "bytes"),
        ];
        for (media_type, want) in cases {
            assert_eq!(body_kind(media_type), want, "{media_type:?}");
        }
    }
}
