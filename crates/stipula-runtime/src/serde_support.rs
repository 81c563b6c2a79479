//! Helpers called by the `Serialize`/`Deserialize` impls of generated types, and the
//! scalar/text conversions the parameter styles share.

/// The index of the member `name` in `fields` (a generated struct's member names, in
/// schema order), or `fields.len()` for a member the schema does not name. `expect` (the
/// member after the previous one) is tried first: servers mostly write members in schema
/// order, so most keys cost one comparison of a few word loads, without a call to
/// `memcmp`. The others go to a search from `expect` that wraps around, out of line.
#[inline(always)]
pub fn field_index(fields: &[&str], expect: usize, name: &str) -> usize {
    match fields.get(expect) {
        Some(f) if f.len() == name.len() && same_short(f.as_bytes(), name.as_bytes()) => expect,
        _ => search_field(fields, expect, name),
    }
}

/// Whether two keys of the same length, at most 32 bytes (nearly all keys), are equal:
/// each side loaded as two to four overlapping words. Longer keys are never equal here;
/// [`search_field`] compares those (with `memcmp`).
#[inline(always)]
fn same_short(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    let word = |s: &[u8], at: usize| {
        s.get(at..)
            .and_then(|s| s.first_chunk::<8>())
            .map_or(0, |w| u64::from_ne_bytes(*w))
    };
    let half = |s: &[u8], at: usize| {
        s.get(at..)
            .and_then(|s| s.first_chunk::<4>())
            .map_or(0, |w| u32::from_ne_bytes(*w))
    };
    match n {
        17..=32 => {
            word(a, 0) == word(b, 0)
                && word(a, 8) == word(b, 8)
                && word(a, n - 16) == word(b, n - 16)
                && word(a, n - 8) == word(b, n - 8)
        }
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        // 0 to 3 bytes: the first, middle and last cover them all.
        0..=3 => a.first() == b.first() && a.get(n / 2) == b.get(n / 2) && a.last() == b.last(),
        _ => false,
    }
}

/// [`field_index`] when the expected member is not the one: every member, from `expect`
/// on, wrapping around. Lengths differ for most, so the bytes are seldom compared.
#[inline(never)]
fn search_field(fields: &[&str], expect: usize, name: &str) -> usize {
    let start = expect.min(fields.len());
    let (before, after) = fields.split_at(start);
    let same = |f: &&str| f.len() == name.len() && f.as_bytes() == name.as_bytes();
    if let Some(i) = after.iter().position(same) {
        return start + i;
    }
    before.iter().position(same).unwrap_or(fields.len())
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

/// The member names of a generated struct, in schema order: implemented by the struct's
/// `Deserialize` visitor, for [`FieldIndex`] and [`FieldOrKey`].
pub trait StructFields {
    /// The member names, in schema order.
    const FIELDS: &'static [&'static str];
}

/// Reads an object key straight into its [`field_index`] in `S::FIELDS` (no key string is
/// kept): how the `Deserialize` impls of generated structs without `additionalProperties`
/// read keys.
///
/// `S` (the struct's visitor) makes each struct's key reading its own instance, with its
/// names a constant and only `expect` to pass: serde_json's `next_key_seed` is then inlined
/// into the struct's `visit_map`, as it is for serde's derive (one instance shared by every
/// struct stays out of line, a call and a save of registers on every key). It costs
/// `cargo check` nothing; a build compiles one key reader per struct, as it does for the
/// derive's field visitor.
pub struct FieldIndex<S> {
    /// The index to try first.
    pub expect: usize,
    of: ::std::marker::PhantomData<fn() -> S>,
}

impl<S: StructFields> FieldIndex<S> {
    /// The reader of a key, trying the index `expect` first.
    #[inline]
    pub fn new(expect: usize) -> Self {
        FieldIndex {
            expect,
            of: ::std::marker::PhantomData,
        }
    }
}

impl<'de, S: StructFields> ::serde::de::DeserializeSeed<'de> for FieldIndex<S> {
    type Value = usize;
    #[inline]
    fn deserialize<D: ::serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> ::std::result::Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, S: StructFields> ::serde::de::Visitor<'de> for FieldIndex<S> {
    type Value = usize;
    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("an object key")
    }
    // Out of line, as the derive's field visitor is: with the key's comparison inlined
    // here, `next_key_seed` would grow too big to be inlined into `visit_map`.
    #[inline(never)]
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<usize, E> {
        Ok(field_index(S::FIELDS, self.expect, v))
    }
}

/// Like [`FieldIndex`], for structs that keep unnamed members (`additionalProperties`):
/// `Ok(index)` for a named member, `Err(key)` (the key, owned) for any other.
pub struct FieldOrKey<S> {
    /// The index to try first.
    pub expect: usize,
    of: ::std::marker::PhantomData<fn() -> S>,
}

impl<S: StructFields> FieldOrKey<S> {
    /// The reader of a key, trying the index `expect` first.
    #[inline]
    pub fn new(expect: usize) -> Self {
        FieldOrKey {
            expect,
            of: ::std::marker::PhantomData,
        }
    }
}

impl<'de, S: StructFields> ::serde::de::DeserializeSeed<'de> for FieldOrKey<S> {
    type Value = ::std::result::Result<usize, ::std::string::String>;
    #[inline]
    fn deserialize<D: ::serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> ::std::result::Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, S: StructFields> ::serde::de::Visitor<'de> for FieldOrKey<S> {
    type Value = ::std::result::Result<usize, ::std::string::String>;
    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("an object key")
    }
    #[inline(never)]
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<Self::Value, E> {
        let i = field_index(S::FIELDS, self.expect, v);
        Ok(if i < S::FIELDS.len() {
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
