//! Helpers called by the `Serialize`/`Deserialize` impls of generated types, and the
//! scalar/text conversions the parameter styles share.

/// The members of a JSON object, taken one by one by the `Deserialize` impls of the
/// generated structs (members no field names are ignored, or kept by `rest`).
pub struct Fields(::serde_json::Map<::std::string::String, ::serde_json::Value>);

impl<'de> ::serde::Deserialize<'de> for Fields {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
        <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(d).map(Fields)
    }
}

impl Fields {
    fn decode<T: ::serde::de::DeserializeOwned>(
        name: &str,
        v: ::serde_json::Value,
    ) -> ::std::result::Result<T, ::std::string::String> {
        ::serde_json::from_value(v).map_err(|e| format!("field `{name}`: {e}"))
    }

    /// A required member: absent is an error.
    pub fn required<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<T, ::std::string::String> {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v),
            None => Err(format!("missing field `{name}`")),
        }
    }

    /// An optional or nullable member: absent and `null` are `None`.
    pub fn optional<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<::std::option::Option<T>, ::std::string::String> {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v),
            None => Ok(None),
        }
    }

    /// An optional and nullable member: absent is `None`, `null` is `Some(None)`.
    pub fn double<T: ::serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> ::std::result::Result<::std::option::Option<::std::option::Option<T>>, ::std::string::String>
    {
        match self.0.remove(name) {
            Some(v) => Self::decode(name, v).map(Some),
            None => Ok(None),
        }
    }

    /// The members no field took (`additionalProperties`).
    pub fn rest<T: ::serde::de::DeserializeOwned>(
        &mut self,
    ) -> ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, T>,
        ::std::string::String,
    > {
        ::std::mem::take(&mut self.0)
            .into_iter()
            .map(|(k, v)| Self::decode(&k, v).map(|v| (k, v)))
            .collect()
    }
}

/// Serialize one variant of a discriminated union: the payload as it is, with the tag
/// property added when the payload does not carry it itself (never written twice).
pub fn serialize_tagged<T, S>(
    v: &T,
    property: &str,
    tag: &str,
    s: S,
) -> ::std::result::Result<S::Ok, S::Error>
where
    T: ::serde::Serialize,
    S: ::serde::Serializer,
{
    let mut value = ::serde_json::to_value(v).map_err(::serde::ser::Error::custom)?;
    if let ::serde_json::Value::Object(map) = &mut value {
        if !map.contains_key(property) {
            map.insert(
                property.to_string(),
                ::serde_json::Value::String(tag.to_string()),
            );
        }
    }
    ::serde::Serialize::serialize(&value, s)
}

/// A file in a multipart body: its bytes, and the file name and content type to declare.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilePart {
    /// The file's content.
    pub bytes: ::std::vec::Vec<u8>,
    /// The file name to declare (`filename=` of the part's Content-Disposition).
    pub file_name: ::std::option::Option<::std::string::String>,
    /// The part's content type (`None`: the API description's, else none).
    pub content_type: ::std::option::Option<::std::string::String>,
}

impl FilePart {
    /// A part with these bytes (no file name, the content type from the API description).
    pub fn new(bytes: impl ::std::convert::Into<::std::vec::Vec<u8>>) -> Self {
        FilePart {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The same part, declaring this file name.
    pub fn with_file_name(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The same part, with this content type.
    pub fn with_content_type(
        mut self,
        content_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl ::std::convert::From<::std::vec::Vec<u8>> for FilePart {
    fn from(bytes: ::std::vec::Vec<u8>) -> Self {
        FilePart::new(bytes)
    }
}

/// A scalar as text (strings unquoted).
pub fn scalar(v: &::serde_json::Value) -> ::std::string::String {
    match v {
        ::serde_json::Value::String(s) => s.clone(),
        ::serde_json::Value::Null => ::std::string::String::new(),
        other => other.to_string(),
    }
}

/// `simple` style (path segments and headers): arrays and objects comma-joined.
pub fn simple(v: &::serde_json::Value, explode: bool) -> ::std::string::String {
    match v {
        ::serde_json::Value::Array(items) => items
            .iter()
            .map(scalar)
            .collect::<::std::vec::Vec<_>>()
            .join(","),
        ::serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                if explode {
                    format!("{k}={}", scalar(v))
                } else {
                    format!("{k},{}", scalar(v))
                }
            })
            .collect::<::std::vec::Vec<_>>()
            .join(","),
        other => scalar(other),
    }
}

/// A JSON number with a fraction or exponent, read with Rust's correctly rounded parser
/// (serde_json's default one can be one unit in the last place off, so `1.2345e299` would
/// not come back as sent). `None` for integers (read exactly anyway) and non-numbers.
fn exact_float(raw: &str) -> ::std::option::Option<::serde_json::Value> {
    if !raw.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        return None;
    }
    // JSON's number syntax only (no `inf`, `NaN`, `+1`, `.5`).
    ::serde_json::from_str::<::serde_json::Number>(raw).ok()?;
    let f: f64 = raw.parse().ok()?;
    ::serde_json::Number::from_f64(f).map(::serde_json::Value::Number)
}

/// Try `raw` as a JSON string, then as a JSON scalar (numbers, booleans, `null`). Text that
/// happens to be a JSON array or object (`[]`, `{"a":1}`) is not parsed: a parameter item
/// `[]` is the string `[]`, not an empty list.
pub fn coerce<T: ::serde::de::DeserializeOwned>(
    raw: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    match ::serde_json::from_value::<T>(::serde_json::Value::String(raw.to_string())) {
        Ok(v) => Ok(v),
        Err(first) => match loose(raw) {
            ::serde_json::Value::String(_) => Err(first.to_string()),
            scalar => ::serde_json::from_value::<T>(scalar).map_err(|_| first.to_string()),
        },
    }
}

/// A scalar from text: JSON numbers and booleans as such, anything else as a string.
pub fn loose(raw: &str) -> ::serde_json::Value {
    if let Some(n) = exact_float(raw) {
        return n;
    }
    ::serde_json::from_str::<::serde_json::Value>(raw)
        .ok()
        .filter(|v| !v.is_object() && !v.is_array())
        .unwrap_or_else(|| ::serde_json::Value::String(raw.to_string()))
}

/// Try a list/object of raw strings as strings, then with scalars parsed.
pub fn coerce_value<T: ::serde::de::DeserializeOwned>(
    strings: ::serde_json::Value,
    parsed: ::serde_json::Value,
) -> ::std::result::Result<T, ::std::string::String> {
    match ::serde_json::from_value::<T>(strings) {
        Ok(v) => Ok(v),
        Err(first) => ::serde_json::from_value::<T>(parsed).map_err(|_| first.to_string()),
    }
}

/// A header value (`simple` style): the whole text, else a comma-separated list.
pub fn from_header_text<T: ::serde::de::DeserializeOwned>(
    raw: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    match coerce(raw) {
        Ok(v) => Ok(v),
        Err(e) => coerce_value::<T>(
            ::serde_json::Value::Array(
                raw.split(',')
                    .map(|p| ::serde_json::Value::String(p.trim().to_string()))
                    .collect(),
            ),
            ::serde_json::Value::Array(raw.split(',').map(|p| loose(p.trim())).collect()),
        )
        .map_err(|_| e),
    }
}
