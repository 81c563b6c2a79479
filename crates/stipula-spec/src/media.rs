//! What kind of body a media type names: JSON, a form, multipart, text, or other.
//!
//! One answer for every stipula crate (codegen, fuzz and diff each had their own test, and
//! they disagreed on `text/json`). The rules, on the *essence* of the type (RFC 9110: the
//! part before any `;` parameter, trimmed, compared case-insensitively):
//!
//! * JSON: `application/json`, any `+json` structured suffix (`application/problem+json`,
//!   `application/vnd.api+json`), and the unregistered but common `text/json`.
//!   Ranges (`*/*`, `application/*`) are not JSON here: ask [`admits_json`] for that.
//! * form: `application/x-www-form-urlencoded`.
//! * multipart: any `multipart/*` (`multipart/form-data`, `multipart/mixed`, ...).
//! * text: any `text/*` that is not JSON (`text/plain`, `text/csv`, `text/html`...).
//!
//! ```
//! use stipula_spec::media::{self, Kind};
//! assert_eq!(media::kind("application/problem+json; charset=utf-8"), Kind::Json);
//! assert_eq!(media::kind("Text/JSON"), Kind::Json);
//! assert_eq!(media::kind("multipart/form-data; boundary=x"), Kind::Multipart);
//! assert!(media::admits_json("*/*") && !media::is_json("*/*"));
//! ```

use std::borrow::Cow;

/// The kind of body a media type describes (see the module docs for the rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A JSON document.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// A `multipart/*` body.
    Multipart,
    /// A `text/*` body that is not JSON.
    Text,
    /// Anything else (binary, XML, ranges such as `*/*`, malformed values).
    Other,
}

/// The essence of `media`: the type and subtype before any parameter, trimmed and in
/// lower case (borrowed when it already is).
pub fn essence(media: &str) -> Cow<'_, str> {
    let base = media.split(';').next().unwrap_or("").trim();
    if base.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(base.to_ascii_lowercase())
    } else {
        Cow::Borrowed(base)
    }
}

/// The kind of body `media` names.
pub fn kind(media: &str) -> Kind {
    let e = essence(media);
    let e = e.as_ref();
    let Some((ty, sub)) = e.split_once('/') else {
        return Kind::Other;
    };
    if sub.ends_with("+json") || e == "application/json" || e == "text/json" {
        return Kind::Json;
    }
    match ty {
        "multipart" if !sub.is_empty() && sub != "*" => Kind::Multipart,
        "text" if !sub.is_empty() && sub != "*" => Kind::Text,
        "application" if sub == "x-www-form-urlencoded" => Kind::Form,
        _ => Kind::Other,
    }
}

/// Is `media` a JSON media type (`application/json`, `+json`, `text/json`)?
pub fn is_json(media: &str) -> bool {
    kind(media) == Kind::Json
}

/// Could a body of `media` be JSON: a JSON type, or a range that includes
/// `application/json` (`*/*`, `application/*`).
pub fn admits_json(media: &str) -> bool {
    let e = essence(media);
    is_json(&e) || e == "*/*" || e == "application/*"
}

/// Is `media` `application/x-www-form-urlencoded`?
pub fn is_form(media: &str) -> bool {
    kind(media) == Kind::Form
}

/// Is `media` a `multipart/*` type?
pub fn is_multipart(media: &str) -> bool {
    kind(media) == Kind::Multipart
}

/// Is `media` a form body of either encoding (urlencoded or `multipart/form-data`), the
/// bodies whose schema is an object of fields?
pub fn is_form_body(media: &str) -> bool {
    is_form(media) || essence(media) == "multipart/form-data"
}

/// Is `media` a `text/*` type that is not JSON?
pub fn is_text(media: &str) -> bool {
    kind(media) == Kind::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_essence_not_the_parameters_or_case() {
        let cases = [
            ("application/json", Kind::Json),
            ("application/json; charset=utf-8", Kind::Json),
            ("  APPLICATION/JSON ;charset=UTF-8", Kind::Json),
            ("application/problem+json", Kind::Json),
            ("application/vnd.github.v3+json; q=0.9", Kind::Json),
            ("text/json", Kind::Json),
            ("application/jsonl", Kind::Other),
            ("application/json-patch+json", Kind::Json),
            ("application/x-ndjson", Kind::Other),
            ("application/x-www-form-urlencoded", Kind::Form),
            ("multipart/form-data; boundary=abc", Kind::Multipart),
            ("multipart/mixed", Kind::Multipart),
            ("multipart/*", Kind::Other),
            ("text/plain; charset=us-ascii", Kind::Text),
            ("text/csv", Kind::Text),
            ("text/*", Kind::Other),
            ("application/xml", Kind::Other),
            ("application/octet-stream", Kind::Other),
            ("*/*", Kind::Other),
            ("application/*", Kind::Other),
            ("json", Kind::Other),
            ("", Kind::Other),
            (";charset=utf-8", Kind::Other),
        ];
        for (mt, want) in cases {
            assert_eq!(kind(mt), want, "{mt:?}");
        }
    }

    #[test]
    fn ranges_admit_json_without_being_json() {
        for mt in ["*/*", "application/*", "application/json", "text/json; x=y"] {
            assert!(admits_json(mt), "{mt}");
        }
        assert!(!is_json("*/*"));
        assert!(!admits_json("text/*"));
        assert!(!admits_json("application/xml"));
    }

    #[test]
    fn form_bodies_are_urlencoded_or_multipart_form_data() {
        assert!(is_form_body(
            "application/x-www-form-urlencoded; charset=utf-8"
        ));
        assert!(is_form_body("Multipart/Form-Data; boundary=x"));
        assert!(!is_form_body("multipart/mixed"));
        assert!(is_multipart("multipart/mixed"));
        assert!(is_text("text/html") && !is_text("text/json"));
        assert_eq!(essence("Text/Plain ; a=b"), "text/plain");
        assert!(matches!(essence("text/plain"), Cow::Borrowed(_)));
    }
}
