//! `multipart/form-data` request bodies, parsed by `multer` (RFC 7578: quoted and
//! unquoted parameters, any boundary, parts without a file name), then decoded part by part
//! as the operation's schema says.

use super::super::params::nest_pairs;
use super::super::serde_support::{coerce_value, loose, FilePart};
use super::validate::{escape, shape_text};
use super::Errors;

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub struct Part {
    /// The `name` of its Content-Disposition.
    pub name: ::std::string::String,
    /// The `filename` of its Content-Disposition.
    pub file_name: ::std::option::Option<::std::string::String>,
    /// Its Content-Type header.
    pub content_type: ::std::option::Option<::std::string::String>,
    /// Its content.
    pub data: ::std::vec::Vec<u8>,
}

impl Part {
    /// The part as a file (bytes, file name, content type).
    pub fn file(&self) -> FilePart {
        FilePart {
            bytes: self.data.clone(),
            file_name: self.file_name.clone(),
            content_type: self.content_type.clone(),
        }
    }
}

impl Errors {
    /// The parts of a multipart body.
    pub fn multipart(
        &mut self,
        headers: &::axum::http::HeaderMap,
        body: &[u8],
        required: bool,
    ) -> ::std::option::Option<::std::vec::Vec<Part>> {
        if self.no_body(body, required) {
            return None;
        }
        let content_type = headers
            .get(::axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        match parse_multipart(content_type, body) {
            Ok(parts) => Some(parts),
            Err(e) => {
                self.push("body", "", e);
                None
            }
        }
    }

    /// A binary part.
    pub fn file_part(
        &mut self,
        parts: &[Part],
        name: &str,
        required: bool,
    ) -> ::std::option::Option<FilePart> {
        match parts.iter().find(|p| p.name == name) {
            Some(p) => Some(p.file()),
            None => {
                if required {
                    self.push("body", &part_pointer(name), "the required part is missing");
                }
                None
            }
        }
    }

    /// All binary parts of this name.
    pub fn file_parts(
        &mut self,
        parts: &[Part],
        name: &str,
        required: bool,
    ) -> ::std::option::Option<::std::vec::Vec<FilePart>> {
        let files: ::std::vec::Vec<FilePart> = parts
            .iter()
            .filter(|p| p.name == name)
            .map(Part::file)
            .collect();
        if files.is_empty() && required {
            self.push("body", &part_pointer(name), "the required part is missing");
            return None;
        }
        Some(files)
    }

    /// A non-file part (or repeated parts, for lists): JSON parts as JSON, text parts as
    /// strings, numbers or booleans, whatever the type wants; then checked against its schema.
    pub fn value_part<T: ::serde::de::DeserializeOwned>(
        &mut self,
        parts: &[Part],
        name: &str,
        required: bool,
        schema: ::std::option::Option<usize>,
    ) -> ::std::option::Option<T> {
        let pointer = part_pointer(name);
        let found: ::std::vec::Vec<&Part> = parts.iter().filter(|p| p.name == name).collect();
        let prefix = format!("{name}[");
        if found.is_empty() && parts.iter().any(|p| p.name.starts_with(&prefix)) {
            // `name[key]` parts (deepObject style): one nested value.
            let pairs: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = parts
                .iter()
                .filter(|p| p.name.starts_with(&prefix))
                .map(|p| {
                    (
                        p.name.clone(),
                        ::std::string::String::from_utf8_lossy(&p.data).into_owned(),
                    )
                })
                .collect();
            let (strings, parsed) = nest_pairs(&pairs);
            let (strings, parsed) = (
                strings.get(name).cloned().unwrap_or_default(),
                parsed.get(name).cloned().unwrap_or_default(),
            );
            let value = match schema {
                Some(s) => shape_text(self.table(), strings, s, 0),
                None => parsed,
            };
            return self.decode_body(&pointer, value, schema, "invalid value");
        }
        if found.is_empty() {
            if required {
                self.push("body", &pointer, "the required part is missing");
            }
            return None;
        }
        let mut strings = ::std::vec::Vec::new();
        let mut parsed = ::std::vec::Vec::new();
        for p in &found {
            let text = ::std::string::String::from_utf8_lossy(&p.data).into_owned();
            if p.content_type
                .as_deref()
                .is_some_and(|c| c.contains("json"))
            {
                match ::serde_json::from_str::<::serde_json::Value>(&text) {
                    Ok(v) => {
                        strings.push(v.clone());
                        parsed.push(v);
                    }
                    Err(e) => {
                        self.push("body", &pointer, format!("the part is not JSON: {e}"));
                        return None;
                    }
                }
            } else {
                parsed.push(loose(&text));
                strings.push(::serde_json::Value::String(text));
            }
        }
        if let Some(s) = schema {
            // The schema says which text parts are numbers, booleans or lists.
            let raw = if found.len() == 1 {
                strings.remove(0)
            } else {
                ::serde_json::Value::Array(strings)
            };
            let value = shape_text(self.table(), raw, s, 0);
            return self.decode_body(&pointer, value, Some(s), "invalid value");
        }
        let decoded = if found.len() == 1 {
            let (s, p) = (strings.remove(0), parsed.remove(0));
            coerce_value::<T>(s.clone(), p.clone()).or_else(|e| {
                coerce_value::<T>(
                    ::serde_json::Value::Array(::std::vec![s]),
                    ::serde_json::Value::Array(::std::vec![p]),
                )
                .map_err(|_| e)
            })
        } else {
            coerce_value::<T>(
                ::serde_json::Value::Array(strings),
                ::serde_json::Value::Array(parsed),
            )
        };
        self.take("body", &pointer, "invalid value", decoded)
    }
}

/// The JSON pointer of the part (or field) `name` in the body.
fn part_pointer(name: &str) -> ::std::string::String {
    format!("/{}", escape(name))
}

/// Split a `multipart/*` body into its parts. The error says what is wrong with the body.
pub fn parse_multipart(
    content_type: &str,
    body: &[u8],
) -> ::std::result::Result<::std::vec::Vec<Part>, ::std::string::String> {
    use ::futures_util::FutureExt;
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/")
    {
        return Err(format!(
            "expected a multipart body, the Content-Type is {content_type:?}"
        ));
    }
    let boundary = ::multer::parse_boundary(content_type).map_err(|e| {
        format!("the multipart Content-Type {content_type:?} has no usable boundary: {e}")
    })?;
    let chunk: ::std::result::Result<::std::vec::Vec<u8>, ::std::convert::Infallible> =
        Ok(body.to_vec());
    let mut multipart = ::multer::Multipart::new(::futures_util::stream::iter([chunk]), boundary);
    // The whole body is in memory, so every future below is ready at its first poll;
    // `now_or_never` drives it without an executor.
    let stalled = || "the multipart parser waited for more input than the body holds".to_string();
    let mut parts = ::std::vec::Vec::new();
    loop {
        let field = multipart
            .next_field()
            .now_or_never()
            .ok_or_else(stalled)?
            .map_err(|e| format!("the multipart body is malformed: {e}"))?;
        let Some(field) = field else { return Ok(parts) };
        let Some(name) = field.name().map(str::to_string) else {
            return Err(format!(
                "multipart part {} has no name in its Content-Disposition",
                parts.len() + 1
            ));
        };
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = field
            .bytes()
            .now_or_never()
            .ok_or_else(stalled)?
            .map_err(|e| format!("multipart part {name:?}: {e}"))?;
        parts.push(Part {
            name,
            file_name,
            content_type,
            data: data.to_vec(),
        });
    }
}
