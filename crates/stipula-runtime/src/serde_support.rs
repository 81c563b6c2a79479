//! Helpers called by the `Serialize`/`Deserialize` impls of generated types, and the
//! scalar/text conversions the parameter styles share.

/// The index of the member `name` in `fields` (a generated struct's member names, in
/// schema order), or `fields.len()` for a member the schema does not name. The search
/// starts at `expect` (the member after the previous one) and wraps around: servers mostly
/// write members in schema order, leaving some out, so most members cost one comparison
/// and the others a few.
#[inline]
pub fn field_index(fields: &[&str], expect: usize, name: &str) -> usize {
    let start = expect.min(fields.len());
    let (before, after) = fields.split_at(start);
    if let Some(i) = after.iter().position(|f| *f == name) {
        return start + i;
    }
    before
        .iter()
        .position(|f| *f == name)
        .unwrap_or(fields.len())
}

/// Reads the value of a member into its field's slot; a member that comes twice is an error
/// (`duplicate field`), as with serde's derive. Checking first also spares the drop of a
/// previous value on every member (a quarter of the decoding work, measured).
#[inline]
pub fn read_field<'de, T, A>(
    slot: &mut ::std::option::Option<T>,
    map: &mut A,
    name: &'static str,
) -> ::std::result::Result<(), A::Error>
where
    T: ::serde::Deserialize<'de>,
    A: ::serde::de::MapAccess<'de>,
{
    match slot {
        Some(_) => Err(<A::Error as ::serde::de::Error>::duplicate_field(name)),
        None => {
            *slot = Some(map.next_value()?);
            Ok(())
        }
    }
}

/// Reads an object key straight into its [`field_index`] (no key string is kept): how the
/// `Deserialize` impls of generated structs without `additionalProperties` read keys.
pub struct FieldIndex<'f> {
    /// The struct's member names, in schema order.
    pub fields: &'f [&'static str],
    /// The index to try first.
    pub expect: usize,
}

impl<'de, 'f> ::serde::de::DeserializeSeed<'de> for FieldIndex<'f> {
    type Value = usize;
    fn deserialize<D: ::serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> ::std::result::Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'f> ::serde::de::Visitor<'de> for FieldIndex<'f> {
    type Value = usize;
    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<usize, E> {
        Ok(field_index(self.fields, self.expect, v))
    }
}

/// Like [`FieldIndex`], for structs that keep unnamed members (`additionalProperties`):
/// `Ok(index)` for a named member, `Err(key)` (the key, owned) for any other.
pub struct FieldOrKey<'f> {
    /// The struct's member names, in schema order.
    pub fields: &'f [&'static str],
    /// The index to try first.
    pub expect: usize,
}

impl<'de, 'f> ::serde::de::DeserializeSeed<'de> for FieldOrKey<'f> {
    type Value = ::std::result::Result<usize, ::std::string::String>;
    fn deserialize<D: ::serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> ::std::result::Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'f> ::serde::de::Visitor<'de> for FieldOrKey<'f> {
    type Value = ::std::result::Result<usize, ::std::string::String>;
    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<Self::Value, E> {
        let i = field_index(self.fields, self.expect, v);
        Ok(if i < self.fields.len() {
            Ok(i)
        } else {
            Err(v.to_string())
        })
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
