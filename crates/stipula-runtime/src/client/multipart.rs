//! Parts of `multipart/form-data` request bodies.

use super::super::serde_support::{scalar, FilePart};
use super::Error;

/// A file part of a multipart body; `default_type` is the API description's content type.
pub fn file_part<E>(
    f: &FilePart,
    default_type: ::std::option::Option<&str>,
) -> ::std::result::Result<::reqwest::multipart::Part, Error<E>> {
    let mut part = ::reqwest::multipart::Part::bytes(f.bytes.clone());
    if let Some(name) = &f.file_name {
        part = part.file_name(name.clone());
    }
    match f.content_type.as_deref().or(default_type) {
        Some(ct) => part.mime_str(ct).map_err(|e| Error::Encode {
            what: "multipart part content type",
            message: e.to_string(),
        }),
        None => Ok(part),
    }
}

/// Add a value as parts: scalars as text, arrays as one part per item, objects as JSON.
pub fn value_parts<E>(
    form: ::reqwest::multipart::Form,
    name: &'static str,
    v: &::serde_json::Value,
    content_type: ::std::option::Option<&str>,
) -> ::std::result::Result<::reqwest::multipart::Form, Error<E>> {
    let json = content_type.is_some_and(|c| c.contains("json"));
    let encode = |e: ::reqwest::Error| Error::Encode {
        what: "multipart part content type",
        message: e.to_string(),
    };
    match v {
        ::serde_json::Value::Null => Ok(form),
        ::serde_json::Value::Array(items) if !json => {
            let mut form = form;
            for item in items {
                form = value_parts(form, name, item, content_type)?;
            }
            Ok(form)
        }
        ::serde_json::Value::Array(_) | ::serde_json::Value::Object(_) => {
            let part = ::reqwest::multipart::Part::text(v.to_string())
                .mime_str(content_type.unwrap_or("application/json"))
                .map_err(encode)?;
            Ok(form.part(name, part))
        }
        other => match content_type {
            Some(ct) => Ok(form.part(
                name,
                ::reqwest::multipart::Part::text(scalar(other))
                    .mime_str(ct)
                    .map_err(encode)?,
            )),
            None => Ok(form.text(name, scalar(other))),
        },
    }
}
