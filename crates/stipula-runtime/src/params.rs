//! OpenAPI parameter styles, one implementation each, used by generated clients to encode
//! and by generated servers to decode: query `form` (explode on and off),
//! `spaceDelimited`, `pipeDelimited`, `deepObject`; path and header `simple`; path `label`
//! and `matrix`. Values travel as [`serde_json::Value`]s, so one encoder serves every type.
//!
//! Delimited arrays and objects: the client writes its delimiters literally (`,` between an
//! object's keys and values too: `color=R,100,G,200`, as the OpenAPI style table has it)
//! and percent-encodes each item's, key's and value's own `,` or `|`, so the server splits
//! where the client joined. An empty array is `name=` (delimited styles) and nothing at all
//! (exploded).
//!
//! `spaceDelimited` and `pipeDelimited` with `explode: true` are undefined in OpenAPI (the
//! 3.1/3.2 style table marks them _n/a_); they are written as `form` exploded, one pair per
//! item (`p=a&p=b`) or member (`R=100&G=200`): what `explode` means for every other query
//! style, what stipula-schema's wire encoder (the fuzzer, the diff's witnesses) writes, and
//! what servers that read them at all read (repeated keys; stipula's generated servers also
//! split a lone `p=a|b` from clients that kept the delimiter).

use super::serde_support::{coerce, coerce_value, loose, scalar};

/// Add a query (or form) parameter in the given style.
pub fn push_param(
    out: &mut ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    name: &str,
    v: &::serde_json::Value,
    style: &str,
    explode: bool,
) {
    match v {
        ::serde_json::Value::Null => {}
        ::serde_json::Value::Array(items) => {
            if explode && style != "deepObject" {
                for i in items {
                    out.push((name.to_string(), scalar(i)));
                }
            } else {
                out.push((
                    name.to_string(),
                    items
                        .iter()
                        .map(scalar)
                        .collect::<::std::vec::Vec<_>>()
                        .join(delimiter(style)),
                ));
            }
        }
        ::serde_json::Value::Object(map) => {
            if style == "deepObject" {
                deep(out, name, v);
            } else if explode {
                for (k, v) in map {
                    out.push((k.clone(), scalar(v)));
                }
            } else {
                // `R,100,G,200`: keys and values alternate, joined like an array's items.
                out.push((
                    name.to_string(),
                    map.iter()
                        .flat_map(|(k, v)| [k.clone(), scalar(v)])
                        .collect::<::std::vec::Vec<_>>()
                        .join(delimiter(style)),
                ));
            }
        }
        other => out.push((name.to_string(), scalar(other))),
    }
}

/// The delimiter of a non-exploded query style, as a marker that [`encode`] writes literally
/// (`,`, `|`; a space is `%20` either way), while an item's own `,` or `|` is
/// percent-encoded: the server can split where this side joined.
fn delimiter(style: &str) -> &'static str {
    match style {
        "spaceDelimited" => " ",
        "pipeDelimited" => "\u{e001}",
        _ => "\u{e000}",
    }
}

/// `name[key][sub]=value` encoding (deepObject, and nested form bodies).
pub fn deep(
    out: &mut ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    name: &str,
    v: &::serde_json::Value,
) {
    match v {
        ::serde_json::Value::Null => {}
        ::serde_json::Value::Object(map) => {
            for (k, v) in map {
                deep(out, &format!("{name}[{k}]"), v);
            }
        }
        ::serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                deep(out, &format!("{name}[{i}]"), v);
            }
        }
        other => out.push((name.to_string(), scalar(other))),
    }
}

/// Percent-encode everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> ::std::string::String {
    let mut out = ::std::string::String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Delimiter markers of `push_param`.
            '\u{e000}' => out.push(','),
            '\u{e001}' => out.push('|'),
            c if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

/// `k=v&k=v`, keys and values percent-encoded.
pub fn encode_pairs(
    pairs: &[(::std::string::String, ::std::string::String)],
) -> ::std::string::String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<::std::vec::Vec<_>>()
        .join("&")
}

/// Split `a=1&b=2` into decoded pairs.
pub fn parse_query(
    q: ::std::option::Option<&str>,
) -> ::std::vec::Vec<(::std::string::String, ::std::string::String)> {
    split_query(q, decode)
}

/// [`parse_query`] for a query string whose values may be delimited arrays: a literal `,`
/// or `|` in a value (a delimiter, where an item's own is percent-encoded) becomes the
/// marker `U+E000` / `U+E001`, so `server::Errors::query` splits where the client did.
pub fn parse_query_marked(
    q: ::std::option::Option<&str>,
) -> ::std::vec::Vec<(::std::string::String, ::std::string::String)> {
    split_query(q, |v| {
        decode(&v.replace(',', "%EE%80%80").replace('|', "%EE%80%81"))
    })
}

/// `k=v` pairs of a query string, keys percent-decoded, values through `value`.
fn split_query(
    q: ::std::option::Option<&str>,
    value: impl Fn(&str) -> ::std::string::String,
) -> ::std::vec::Vec<(::std::string::String, ::std::string::String)> {
    let Some(q) = q else {
        return ::std::vec::Vec::new();
    };
    q.split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), value(v))
        })
        .collect()
}

/// The text of a marked value (see [`parse_query_marked`]).
pub fn unmark(s: &str) -> ::std::string::String {
    s.replace('\u{e000}', ",").replace('\u{e001}', "|")
}

/// Percent-decode (`+` is a space, as in forms).
pub fn decode(s: &str) -> ::std::string::String {
    let b = s.as_bytes();
    let mut out = ::std::vec::Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = ::std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    ::std::string::String::from_utf8_lossy(&out).into_owned()
}

/// Form pairs as a nested value: `a[b][c]=1` → `{"a": {"b": {"c": ..}}}`, repeated keys and
/// `a[0]`, `a[1]` → lists. Returns the value with strings kept, and with scalars parsed.
pub fn nest_pairs(
    pairs: &[(::std::string::String, ::std::string::String)],
) -> (::serde_json::Value, ::serde_json::Value) {
    fn insert(root: &mut ::serde_json::Value, path: &[&str], leaf: ::serde_json::Value) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        if !root.is_object() {
            *root = ::serde_json::Value::Object(::serde_json::Map::new());
        }
        let ::serde_json::Value::Object(map) = root else {
            return;
        };
        let key = if first.is_empty() {
            map.len().to_string()
        } else {
            first.to_string()
        };
        if rest.is_empty() {
            match map.get_mut(&key) {
                Some(::serde_json::Value::Array(list)) => list.push(leaf),
                Some(existing) => {
                    let old = ::std::mem::take(existing);
                    *existing = ::serde_json::Value::Array(::std::vec![old, leaf]);
                }
                None => {
                    map.insert(key, leaf);
                }
            }
        } else {
            let slot = map.entry(key).or_insert(::serde_json::Value::Null);
            insert(slot, rest, leaf);
        }
    }
    /// Objects whose keys are 0, 1, 2, ... become lists.
    fn listify(v: &mut ::serde_json::Value) {
        match v {
            ::serde_json::Value::Object(map) => {
                for child in map.values_mut() {
                    listify(child);
                }
                let indexed = !map.is_empty()
                    && map
                        .keys()
                        .enumerate()
                        .all(|(i, k)| k.parse::<usize>().ok() == Some(i));
                if indexed {
                    let items: ::std::vec::Vec<::serde_json::Value> =
                        ::std::mem::take(map).into_iter().map(|(_, v)| v).collect();
                    *v = ::serde_json::Value::Array(items);
                }
            }
            ::serde_json::Value::Array(items) => items.iter_mut().for_each(listify),
            _ => {}
        }
    }
    let mut strings = ::serde_json::Value::Object(::serde_json::Map::new());
    let mut parsed = ::serde_json::Value::Object(::serde_json::Map::new());
    for (k, v) in pairs {
        let mut path: ::std::vec::Vec<&str> = ::std::vec::Vec::new();
        match k.find('[') {
            Some(i) if k.ends_with(']') => {
                path.push(&k[..i]);
                path.extend(k[i + 1..k.len() - 1].split("]["));
            }
            _ => path.push(k),
        }
        insert(&mut strings, &path, ::serde_json::Value::String(v.clone()));
        insert(&mut parsed, &path, loose(v));
    }
    listify(&mut strings);
    listify(&mut parsed);
    (strings, parsed)
}

/// A path parameter in `simple`, `label` or `matrix` style (any other style is `simple`),
/// percent-encoded: `simple` `a,b`; `label` `.a,b` (exploded `.a.b`); `matrix` `;id=a,b`
/// (exploded `;id=a;id=b`, objects `;k=v;k2=v2`). Items are encoded one by one, so an
/// item's own `,`, `.` or `;` never reads as a delimiter.
pub fn path_param(
    name: &str,
    v: &::serde_json::Value,
    style: &str,
    explode: bool,
) -> ::std::string::String {
    // `.` is unreserved, but it is label's delimiter: encoded inside label items only (other
    // styles keep `a.txt` as servers and routers expect it).
    let piece = |s: &str| {
        if style == "label" {
            encode(s).replace('.', "%2E")
        } else {
            encode(s)
        }
    };
    let items: ::std::vec::Vec<(
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    )> = match v {
        ::serde_json::Value::Array(items) => {
            items.iter().map(|i| (None, piece(&scalar(i)))).collect()
        }
        ::serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| (Some(piece(k)), piece(&scalar(v))))
            .collect(),
        other => ::std::vec![(None, piece(&scalar(other)))],
    };
    let is_object = v.is_object();
    let pair = |(k, v): &(
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    ),
                sep: &str| match k {
        Some(k) => format!("{k}{sep}{v}"),
        None => v.clone(),
    };
    let joined = |sep: &str, kv: &str| {
        items
            .iter()
            .map(|i| pair(i, kv))
            .collect::<::std::vec::Vec<_>>()
            .join(sep)
    };
    let name = encode(name);
    match (style, explode) {
        ("label", false) => format!(".{}", joined(",", ",")),
        ("label", true) => format!(".{}", joined(".", "=")),
        ("matrix", true) if is_object => {
            items.iter().map(|i| format!(";{}", pair(i, "="))).collect()
        }
        ("matrix", true) if v.is_array() => {
            items.iter().map(|(_, v)| format!(";{name}={v}")).collect()
        }
        ("matrix", _) if v.is_null() => format!(";{name}"),
        ("matrix", _) => format!(";{name}={}", joined(",", ",")),
        (_, true) => joined(",", "="),
        _ => joined(",", ","),
    }
}

/// The pieces of a path parameter written by [`path_param`], percent-decoded: the scalar
/// text, the items of an array, or `[key, value, key, value, ...]` of an object (exploded
/// objects: `key=value` pieces split at their first `=`). `None` when the segment does not
/// start as the style requires (`.` for label, `;name` for matrix).
pub fn path_pieces(
    raw: &str,
    name: &str,
    style: &str,
    explode: bool,
) -> ::std::option::Option<::std::vec::Vec<::std::string::String>> {
    let split = |s: &str, sep: char| -> ::std::vec::Vec<::std::string::String> {
        if s.is_empty() {
            ::std::vec::Vec::new()
        } else {
            s.split(sep).map(path_decode).collect()
        }
    };
    match (style, explode) {
        ("label", false) => raw.strip_prefix('.').map(|s| split(s, ',')),
        ("label", true) => raw.strip_prefix('.').map(|s| split(s, '.')),
        ("matrix", _) => {
            let body = raw.strip_prefix(';')?;
            let encoded_name = encode(name);
            let mut out = ::std::vec::Vec::new();
            for piece in body.split(';') {
                let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
                if path_decode(k) == name || k == encoded_name {
                    if explode {
                        out.push(path_decode(v));
                    } else {
                        out.extend(split(v, ','));
                    }
                } else if explode {
                    // An exploded object: `;key=value` per member.
                    out.push(format!("{}={}", path_decode(k), path_decode(v)));
                } else {
                    return None;
                }
            }
            Some(out)
        }
        _ => Some(split(raw, ',')),
    }
}

/// Percent-decode a path piece (`+` stays `+`: it is a space only in forms).
fn path_decode(s: &str) -> ::std::string::String {
    decode(&s.replace('+', "%2B"))
}

/// Read a path parameter written by [`path_param`] (`raw`: the segment's text as sent,
/// still percent-encoded) as a `T`: a scalar from the one piece, else a list of the pieces,
/// else an object (`key=value` pieces when exploded, alternating keys and values when not).
/// The error says what the style expects.
pub fn read_path<T: ::serde::de::DeserializeOwned>(
    raw: &str,
    name: &str,
    style: &str,
    explode: bool,
) -> ::std::result::Result<T, ::std::string::String> {
    let Some(pieces) = path_pieces(raw, name, style, explode) else {
        return Err(match style {
            "label" => format!("expected label style (`.` then the value), got {raw:?}"),
            _ => format!("expected matrix style (`;{name}=value`), got {raw:?}"),
        });
    };
    let mut first_error = None;
    // A scalar first, from the whole value: a string's `,` that a client sent literally
    // (`/files/a,b`) is part of it.
    let text = match style {
        "label" => raw.strip_prefix('.'),
        "matrix" => raw
            .strip_prefix(';')
            .map(|r| r.split_once('=').map_or("", |(_, v)| v)),
        _ => Some(raw),
    };
    if let Some(text) = text {
        match coerce::<T>(&path_decode(text)) {
            Ok(v) => return Ok(v),
            Err(e) => first_error = Some(e),
        }
    }
    let whole = match pieces.as_slice() {
        [] => Some(""),
        [one] => Some(one.as_str()),
        _ => None,
    };
    if let Some(whole) = whole {
        if let Ok(v) = coerce::<T>(whole) {
            return Ok(v);
        }
    }
    let strings = |items: &[::std::string::String]| {
        items
            .iter()
            .map(|p| ::serde_json::Value::String(p.clone()))
            .collect::<::std::vec::Vec<_>>()
    };
    match coerce_value::<T>(
        ::serde_json::Value::Array(strings(&pieces)),
        ::serde_json::Value::Array(pieces.iter().map(|p| loose(p)).collect()),
    ) {
        Ok(v) => return Ok(v),
        Err(e) => {
            first_error.get_or_insert(e);
        }
    }
    let pairs: ::std::option::Option<::std::vec::Vec<(&str, &str)>> = if explode {
        pieces.iter().map(|p| p.split_once('=')).collect()
    } else if pieces.len() % 2 == 0 {
        Some(
            pieces
                .chunks(2)
                .map(|kv| (kv[0].as_str(), kv[1].as_str()))
                .collect(),
        )
    } else {
        None
    };
    if let Some(pairs) = pairs {
        let object = |f: &dyn Fn(&str) -> ::serde_json::Value| {
            ::serde_json::Value::Object(pairs.iter().map(|(k, v)| (k.to_string(), f(v))).collect())
        };
        let strings = object(&|v| ::serde_json::Value::String(v.to_string()));
        if let Ok(v) = coerce_value::<T>(strings.clone(), object(&|v| loose(v))) {
            return Ok(v);
        }
        // Members of different types (`x=1,name=0`): each text read as its field asks.
        if let Ok(v) = from_texts(&strings) {
            return Ok(v);
        }
    }
    Err(first_error.unwrap_or_else(|| format!("cannot read {raw:?} as this parameter's type")))
}

/// The raw text (still percent-encoded) of each `{parameter}` of `template` in `path`, in
/// the template's order: segments are matched from the end, so a prefix the router was
/// nested under does not matter. `None` for a parameter that shares its segment with
/// another one, or when `path` does not have the template's shape; the caller then falls
/// back to the router's decoded value (see [`path_values`]).
pub fn raw_path_params(
    template: &str,
    path: &str,
) -> ::std::vec::Vec<::std::option::Option<::std::string::String>> {
    let t_segments: ::std::vec::Vec<&str> = template.split('/').collect();
    let p_segments: ::std::vec::Vec<&str> = path.split('/').collect();
    let mut out = ::std::vec::Vec::new();
    let aligned = p_segments.len() >= t_segments.len();
    let offset = p_segments.len().saturating_sub(t_segments.len());
    for (i, t) in t_segments.iter().enumerate() {
        let count = t.matches('{').count();
        if count == 0 {
            continue;
        }
        let one = if count == 1 && aligned {
            let open = t.find('{').unwrap_or(0);
            let close = t.rfind('}').map_or(t.len(), |c| c + 1);
            p_segments.get(offset + i).and_then(|seg| {
                seg.strip_prefix(&t[..open])
                    .and_then(|s| s.strip_suffix(&t[close..]))
                    .map(str::to_string)
            })
        } else {
            None
        };
        out.push(one);
        for _ in 1..count {
            out.push(None);
        }
    }
    out
}

/// The path parameters of a request as [`read_path`] takes them: the raw text from the
/// request's `path` where [`raw_path_params`] finds it, else the router's percent-decoded
/// value (`decoded`, in template order) with its `%` escaped, so it reads back as it came.
pub fn path_values(
    template: &str,
    path: &str,
    decoded: &[&str],
) -> ::std::vec::Vec<::std::string::String> {
    let raw = raw_path_params(template, path);
    decoded
        .iter()
        .enumerate()
        .map(|(i, d)| match raw.get(i) {
            Some(Some(r)) => r.clone(),
            _ => d.replace('%', "%25"),
        })
        .collect()
}

/// Read a tree of texts (objects and arrays of strings, as a parameter's members arrive)
/// as a `T`, each leaf as its field's type asks: `{"x": "1", "name": "0"}` is a `Point`
/// with `x: 1` and `name: "0"`.
pub fn from_texts<T: ::serde::de::DeserializeOwned>(
    tree: &::serde_json::Value,
) -> ::std::result::Result<T, ::std::string::String> {
    <T as ::serde::Deserialize>::deserialize(Text(tree)).map_err(|e| e.to_string())
}

/// A tree of texts (objects and arrays of strings) that deserializes each leaf as the type
/// asks for it: `"1"` as a number for an integer field, as text for a string field. What
/// a parameter's members are when their types differ.
struct Text<'a>(&'a ::serde_json::Value);

type TextError = ::serde::de::value::Error;

impl<'a> Text<'a> {
    fn leaf(&self) -> ::std::result::Result<&'a str, TextError> {
        match self.0 {
            ::serde_json::Value::String(s) => Ok(s),
            other => Err(::serde::de::Error::custom(format!(
                "expected a single value, got {other}"
            ))),
        }
    }

    fn parse<T: ::std::str::FromStr>(&self, what: &str) -> ::std::result::Result<T, TextError> {
        let s = self.leaf()?;
        s.parse()
            .map_err(|_| ::serde::de::Error::custom(format!("expected {what}, got {s:?}")))
    }
}

macro_rules! text_number {
    ($($method:ident $visit:ident $ty:ty, $what:literal;)*) => {$(
        fn $method<V: ::serde::de::Visitor<'de>>(self, v: V) -> ::std::result::Result<V::Value, TextError> {
            v.$visit(self.parse::<$ty>($what)?)
        }
    )*};
}

impl<'de, 'a> ::serde::Deserializer<'de> for Text<'a> {
    type Error = TextError;

    fn deserialize_any<V: ::serde::de::Visitor<'de>>(
        self,
        v: V,
    ) -> ::std::result::Result<V::Value, TextError> {
        match self.0 {
            ::serde_json::Value::Array(items) => v.visit_seq(
                ::serde::de::value::SeqDeserializer::new(items.iter().map(Text)),
            ),
            ::serde_json::Value::Object(map) => {
                v.visit_map(::serde::de::value::MapDeserializer::new(
                    map.iter().map(|(k, v)| (k.as_str(), Text(v))),
                ))
            }
            ::serde_json::Value::String(s) => v.visit_str(s),
            ::serde_json::Value::Null => v.visit_unit(),
            other => v.visit_string(other.to_string()),
        }
    }

    fn deserialize_option<V: ::serde::de::Visitor<'de>>(
        self,
        v: V,
    ) -> ::std::result::Result<V::Value, TextError> {
        match self.0 {
            ::serde_json::Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    text_number! {
        deserialize_bool visit_bool bool, "true or false";
        deserialize_i8 visit_i8 i8, "an integer";
        deserialize_i16 visit_i16 i16, "an integer";
        deserialize_i32 visit_i32 i32, "an integer";
        deserialize_i64 visit_i64 i64, "an integer";
        deserialize_u8 visit_u8 u8, "a non-negative integer";
        deserialize_u16 visit_u16 u16, "a non-negative integer";
        deserialize_u32 visit_u32 u32, "a non-negative integer";
        deserialize_u64 visit_u64 u64, "a non-negative integer";
        deserialize_f32 visit_f32 f32, "a number";
        deserialize_f64 visit_f64 f64, "a number";
    }

    fn deserialize_enum<V: ::serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> ::std::result::Result<V::Value, TextError> {
        use ::serde::de::IntoDeserializer;
        v.visit_enum(self.leaf()?.into_deserializer())
    }

    ::serde::forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de, 'a> ::serde::de::IntoDeserializer<'de, TextError> for Text<'a> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}
