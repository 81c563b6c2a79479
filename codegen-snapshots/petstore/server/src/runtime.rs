//! Support code for the generated handlers: the `stipula-runtime` crate
//! (embedded below as `stipula_runtime`), re-exported, and this API's
//! validation table.
pub mod stipula_runtime {
    //! Runtime of the Rust clients and servers that `stipula` generates.
    //!
    //! Generated code holds what is particular to one API description (types, operations, the
    //! validation table); everything else lives here, written and tested once:
    //!
    //! - [`params`]: OpenAPI parameter styles (form, spaceDelimited, pipeDelimited, deepObject,
    //!   simple, label, matrix; explode on and off) — one implementation, used by the client to
    //!   encode and by the server to decode, so the two sides agree by construction.
    //! - [`body`]: JSON, text and form bodies.
    //! - [`formats`]: string formats (`date`, `date-time`, `uuid`, `email`, ...).
    //! - [`serde_support`]: helpers the generated types' `Serialize`/`Deserialize` impls call.
    //! - `client` (feature `client`): sending with retries, decoding responses, multipart parts;
    //!   with feature `stream`, `client::stream`: paginated lists, server-sent events and byte
    //!   bodies as `Stream`s.
    //! - `server` (feature `server`): decoding requests, the request validator, responses,
    //!   multipart (parsed by `multer`).
    //!
    //! A generated crate depends on this crate (by version or path) or embeds its source
    //! (`stipula generate --standalone`, `Builder::runtime(Runtime::Embedded)`). Every path
    //! inside the crate is therefore relative (`super::`), never `crate::`.
    pub mod body {
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
                let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8)
                    | u32::from(b[2]);
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
    }
    pub mod formats {
        //! Checks of the string formats OpenAPI names (`date`, `date-time`, `time`, `uuid`,
        //! `email`, `ipv4`, `ipv6`): what the server's validator holds a `format` to.
        /// Why `s` is not valid for `format` (`None`: valid, or a format not checked).
        pub fn format_problem(
            format: &str,
            s: &str,
        ) -> ::std::option::Option<&'static str> {
            let ok = match format {
                "date-time" => {
                    match s.find(['T', 't']) {
                        Some(i) => date_ok(&s[..i]) && time_ok(&s[i + 1..]),
                        None => false,
                    }
                }
                "date" => date_ok(s),
                "time" => time_ok(s),
                "uuid" => uuid_ok(s),
                "email" => email_ok(s),
                "ipv4" => s.parse::<::std::net::Ipv4Addr>().is_ok(),
                "ipv6" => s.parse::<::std::net::Ipv6Addr>().is_ok(),
                _ => true,
            };
            if ok {
                return None;
            }
            Some(
                match format {
                    "date-time" => {
                        "expected an RFC 3339 date-time such as 2024-02-29T13:45:00Z"
                    }
                    "date" => "expected an RFC 3339 full-date such as 2024-02-29",
                    "time" => "expected an RFC 3339 full-time such as 13:45:00+02:00",
                    "uuid" => {
                        "expected a UUID such as 123e4567-e89b-12d3-a456-426614174000"
                    }
                    "email" => "expected an e-mail address such as name@example.com",
                    "ipv4" => "expected a dotted-quad IPv4 address such as 192.0.2.1",
                    _ => "expected an IPv6 address such as 2001:db8::1",
                },
            )
        }
        /// `n` ASCII digits as a number.
        fn digits(s: &str, n: usize) -> ::std::option::Option<u32> {
            if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        }
        /// RFC 3339 `full-date`, with the days of the month (and leap years) checked.
        fn date_ok(s: &str) -> bool {
            let b = s.as_bytes();
            if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
                return false;
            }
            let (Some(y), Some(m), Some(d)) = (
                digits(&s[0..4], 4),
                digits(&s[5..7], 2),
                digits(&s[8..10], 2),
            ) else {
                return false;
            };
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        /// RFC 3339 `full-time`: `HH:MM:SS[.frac]` and `Z` or a `+HH:MM`/`-HH:MM` offset.
        fn time_ok(s: &str) -> bool {
            let b = s.as_bytes();
            if !s.is_ascii() || b.len() < 9 || b[2] != b':' || b[5] != b':' {
                return false;
            }
            let (Some(h), Some(m), Some(sec)) = (
                digits(&s[0..2], 2),
                digits(&s[3..5], 2),
                digits(&s[6..8], 2),
            ) else {
                return false;
            };
            if h > 23 || m > 59 || sec > 60 {
                return false;
            }
            let mut rest = &s[8..];
            if let Some(r) = rest.strip_prefix('.') {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                if n == 0 {
                    return false;
                }
                rest = &r[n..];
            }
            let o = rest.as_bytes();
            matches!(rest, "Z" | "z")
                || (o.len() == 6 && (o[0] == b'+' || o[0] == b'-') && o[3] == b':'
                    && digits(&rest[1..3], 2).is_some_and(|h| h < 24)
                    && digits(&rest[4..6], 2).is_some_and(|m| m < 60))
        }
        /// `8-4-4-4-12` hexadecimal digits.
        fn uuid_ok(s: &str) -> bool {
            s.len() == 36
                && s
                    .bytes()
                    .enumerate()
                    .all(|(i, b)| match i {
                        8 | 13 | 18 | 23 => b == b'-',
                        _ => b.is_ascii_hexdigit(),
                    })
        }
        /// `local@domain` as RFC 5321 (section 4.1.2) writes a mailbox: the local part a dot-string
        /// (`first.last`, atoms of letters, digits and ``!#$%&'*+-/=?^_`{|}~``) or a quoted string
        /// (`"a b"`, `"a\"b"`: any printable ASCII, `"` and `\` escaped), at most 64 octets; the
        /// domain letter/digit/hyphen labels, or an address literal in brackets.
        fn email_ok(s: &str) -> bool {
            let Some((local, domain)) = s.rsplit_once('@') else {
                return false;
            };
            if local.is_empty() || local.len() > 64
                || !(dot_string(local) || quoted_string(local))
            {
                return false;
            }
            if let Some(lit) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']'))
            {
                return lit.parse::<::std::net::Ipv4Addr>().is_ok()
                    || lit
                        .strip_prefix("IPv6:")
                        .is_some_and(|a| a.parse::<::std::net::Ipv6Addr>().is_ok());
            }
            !domain.is_empty()
                && domain
                    .split('.')
                    .all(|l| {
                        !l.is_empty() && !l.starts_with('-') && !l.ends_with('-')
                            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    })
        }
        /// RFC 5321 `Dot-string`: atoms separated by single dots.
        fn dot_string(s: &str) -> bool {
            s.split('.')
                .all(|atom| {
                    !atom.is_empty()
                        && atom
                            .bytes()
                            .all(|b| {
                                b.is_ascii_alphanumeric()
                                    || b"!#$%&'*+-/=?^_`{|}~".contains(&b)
                            })
                })
        }
        /// RFC 5321 `Quoted-string`: `"` (printable ASCII or space but `"` and `\`, or a `\` pair)
        /// `"`.
        fn quoted_string(s: &str) -> bool {
            let Some(inner) = s
                .strip_prefix('"')
                .and_then(|r| r.strip_suffix('"'))
                .filter(|_| s.len() >= 2) else {
                return false;
            };
            let mut bytes = inner.bytes();
            while let Some(b) = bytes.next() {
                match b {
                    b'\\' => {
                        if !bytes.next().is_some_and(|n| (32..=126).contains(&n)) {
                            return false;
                        }
                    }
                    b'"' => return false,
                    32..=126 => {}
                    _ => return false,
                }
            }
            true
        }
    }
    pub mod params {
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
                        out.push((
                            name.to_string(),
                            map
                                .iter()
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
                    '\u{e000}' => out.push(','),
                    '\u{e001}' => out.push('|'),
                    c if c.is_ascii_alphanumeric()
                        || matches!(c, '-' | '.' | '_' | '~') => out.push(c),
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
            split_query(
                q,
                |v| { decode(&v.replace(',', "%EE%80%80").replace('|', "%EE%80%81")) },
            )
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
            fn insert(
                root: &mut ::serde_json::Value,
                path: &[&str],
                leaf: ::serde_json::Value,
            ) {
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
                            *existing = ::serde_json::Value::Array(
                                ::std::vec![old, leaf],
                            );
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
                            let items: ::std::vec::Vec<::serde_json::Value> = ::std::mem::take(
                                    map,
                                )
                                .into_iter()
                                .map(|(_, v)| v)
                                .collect();
                            *v = ::serde_json::Value::Array(items);
                        }
                    }
                    ::serde_json::Value::Array(items) => {
                        items.iter_mut().for_each(listify)
                    }
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
            let piece = |s: &str| {
                if style == "label" { encode(s).replace('.', "%2E") } else { encode(s) }
            };
            let items: ::std::vec::Vec<
                (::std::option::Option<::std::string::String>, ::std::string::String),
            > = match v {
                ::serde_json::Value::Array(items) => {
                    items.iter().map(|i| (None, piece(&scalar(i)))).collect()
                }
                ::serde_json::Value::Object(map) => {
                    map.iter()
                        .map(|(k, v)| (Some(piece(k)), piece(&scalar(v))))
                        .collect()
                }
                other => ::std::vec![(None, piece(& scalar(other)))],
            };
            let is_object = v.is_object();
            let pair = |
                (
                    k,
                    v,
                ): &(
                    ::std::option::Option<::std::string::String>,
                    ::std::string::String,
                ),
                sep: &str|
            match k {
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
                return Err(
                    match style {
                        "label" => {
                            format!(
                                "expected label style (`.` then the value), got {raw:?}"
                            )
                        }
                        _ => {
                            format!(
                                "expected matrix style (`;{name}=value`), got {raw:?}"
                            )
                        }
                    },
                );
            };
            let mut first_error = None;
            let text = match style {
                "label" => raw.strip_prefix('.'),
                "matrix" => {
                    raw.strip_prefix(';')
                        .map(|r| r.split_once('=').map_or("", |(_, v)| v))
                }
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
            match coerce_value::<
                T,
            >(
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
                    pieces.chunks(2).map(|kv| (kv[0].as_str(), kv[1].as_str())).collect(),
                )
            } else {
                None
            };
            if let Some(pairs) = pairs {
                let object = |f: &dyn Fn(&str) -> ::serde_json::Value| {
                    ::serde_json::Value::Object(
                        pairs.iter().map(|(k, v)| (k.to_string(), f(v))).collect(),
                    )
                };
                let strings = object(&|v| ::serde_json::Value::String(v.to_string()));
                if let Ok(v) = coerce_value::<
                    T,
                >(strings.clone(), object(&|v| loose(v))) {
                    return Ok(v);
                }
                if let Ok(v) = from_texts(&strings) {
                    return Ok(v);
                }
            }
            Err(
                first_error
                    .unwrap_or_else(|| {
                        format!("cannot read {raw:?} as this parameter's type")
                    }),
            )
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
                    p_segments
                        .get(offset + i)
                        .and_then(|seg| {
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
            <T as ::serde::Deserialize>::deserialize(Text(tree))
                .map_err(|e| e.to_string())
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
                    other => {
                        Err(
                            ::serde::de::Error::custom(
                                format!("expected a single value, got {other}"),
                            ),
                        )
                    }
                }
            }
            fn parse<T: ::std::str::FromStr>(
                &self,
                what: &str,
            ) -> ::std::result::Result<T, TextError> {
                let s = self.leaf()?;
                s.parse()
                    .map_err(|_| ::serde::de::Error::custom(
                        format!("expected {what}, got {s:?}"),
                    ))
            }
        }
        macro_rules! text_number {
            ($($method:ident $visit:ident $ty:ty, $what:literal;)*) => {
                $(fn $method < V : ::serde::de::Visitor <'de >> (self, v : V) ->
                ::std::result::Result < V::Value, TextError > { v.$visit (self
                .parse::<$ty > ($what) ?) })*
            };
        }
        impl<'de, 'a> ::serde::Deserializer<'de> for Text<'a> {
            type Error = TextError;
            fn deserialize_any<V: ::serde::de::Visitor<'de>>(
                self,
                v: V,
            ) -> ::std::result::Result<V::Value, TextError> {
                match self.0 {
                    ::serde_json::Value::Array(items) => {
                        v.visit_seq(
                            ::serde::de::value::SeqDeserializer::new(
                                items.iter().map(Text),
                            ),
                        )
                    }
                    ::serde_json::Value::Object(map) => {
                        v.visit_map(
                            ::serde::de::value::MapDeserializer::new(
                                map.iter().map(|(k, v)| (k.as_str(), Text(v))),
                            ),
                        )
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
                deserialize_bool visit_bool bool, "true or false"; deserialize_i8
                visit_i8 i8, "an integer"; deserialize_i16 visit_i16 i16, "an integer";
                deserialize_i32 visit_i32 i32, "an integer"; deserialize_i64 visit_i64
                i64, "an integer"; deserialize_u8 visit_u8 u8, "a non-negative integer";
                deserialize_u16 visit_u16 u16, "a non-negative integer"; deserialize_u32
                visit_u32 u32, "a non-negative integer"; deserialize_u64 visit_u64 u64,
                "a non-negative integer"; deserialize_f32 visit_f32 f32, "a number";
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
                i128 u128 char str string bytes byte_buf unit unit_struct newtype_struct
                seq tuple tuple_struct map struct identifier ignored_any
            }
        }
        impl<'de, 'a> ::serde::de::IntoDeserializer<'de, TextError> for Text<'a> {
            type Deserializer = Self;
            fn into_deserializer(self) -> Self {
                self
            }
        }
    }
    pub mod serde_support {
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
                Some(
                    f,
                ) if f.len() == name.len()
                    && same_short(f.as_bytes(), name.as_bytes()) => expect,
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
                    word(a, 0) == word(b, 0) && word(a, 8) == word(b, 8)
                        && word(a, n - 16) == word(b, n - 16)
                        && word(a, n - 8) == word(b, n - 8)
                }
                8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
                4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
                0..=3 => {
                    a.first() == b.first() && a.get(n / 2) == b.get(n / 2)
                        && a.last() == b.last()
                }
                _ => false,
            }
        }
        /// [`field_index`] when the expected member is not the one: every member, from `expect`
        /// on, wrapping around. Lengths differ for most, so the bytes are seldom compared.
        #[inline(never)]
        fn search_field(fields: &[&str], expect: usize, name: &str) -> usize {
            let start = expect.min(fields.len());
            let (before, after) = fields.split_at(start);
            let same = |f: &&str| {
                f.len() == name.len() && f.as_bytes() == name.as_bytes()
            };
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
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("an object key")
            }
            #[inline(never)]
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> ::std::result::Result<usize, E> {
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
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("an object key")
            }
            #[inline(never)]
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> ::std::result::Result<Self::Value, E> {
                let i = field_index(S::FIELDS, self.expect, v);
                Ok(if i < S::FIELDS.len() { Ok(i) } else { Err(v.to_string()) })
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
            let mut value = ::serde_json::to_value(v)
                .map_err(::serde::ser::Error::custom)?;
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
                ::serde_json::Value::Array(items) => {
                    items.iter().map(scalar).collect::<::std::vec::Vec<_>>().join(",")
                }
                ::serde_json::Value::Object(map) => {
                    map.iter()
                        .map(|(k, v)| {
                            if explode {
                                format!("{k}={}", scalar(v))
                            } else {
                                format!("{k},{}", scalar(v))
                            }
                        })
                        .collect::<::std::vec::Vec<_>>()
                        .join(",")
                }
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
            match ::serde_json::from_value::<
                T,
            >(::serde_json::Value::String(raw.to_string())) {
                Ok(v) => Ok(v),
                Err(first) => {
                    match loose(raw) {
                        ::serde_json::Value::String(_) => Err(first.to_string()),
                        scalar => {
                            ::serde_json::from_value::<T>(scalar)
                                .map_err(|_| first.to_string())
                        }
                    }
                }
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
                Err(first) => {
                    ::serde_json::from_value::<T>(parsed).map_err(|_| first.to_string())
                }
            }
        }
        /// A header value (`simple` style): the whole text, else a comma-separated list.
        pub fn from_header_text<T: ::serde::de::DeserializeOwned>(
            raw: &str,
        ) -> ::std::result::Result<T, ::std::string::String> {
            match coerce(raw) {
                Ok(v) => Ok(v),
                Err(e) => {
                    coerce_value::<
                        T,
                    >(
                            ::serde_json::Value::Array(
                                raw
                                    .split(',')
                                    .map(|p| ::serde_json::Value::String(p.trim().to_string()))
                                    .collect(),
                            ),
                            ::serde_json::Value::Array(
                                raw.split(',').map(|p| loose(p.trim())).collect(),
                            ),
                        )
                        .map_err(|_| e)
                }
            }
        }
    }
    pub mod server {
        //! Helpers of generated axum servers: request decoding (parameters through
        //! [`super::params`], bodies), security schemes, the structured 400 response, the request
        //! validator ([`validate`]) and, with the `multipart` feature, multipart bodies (parsed by
        //! `multer`).
        pub mod validate {
            //! The request validator: JSON values checked against a table of schemas (JSON Schema
            //! keywords, subschemas as indexes), which the generator writes for each API description.
            use super::super::formats::format_problem;
            /// One schema of the request-body validation table (JSON Schema keywords; subschemas are
            /// indexes into the table).
            #[derive(Debug, Default, ::serde::Deserialize)]
            #[serde(default, rename_all = "camelCase")]
            pub struct Node {
                /// A boolean schema (`true`: anything, `false`: nothing).
                pub bool: ::std::option::Option<bool>,
                /// JSON Schema's `type`.
                #[serde(rename = "type")]
                pub types: ::std::vec::Vec<::std::string::String>,
                /// JSON Schema's `enum`.
                #[serde(rename = "enum")]
                pub enum_: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                /// JSON Schema's `const`.
                #[serde(rename = "const")]
                pub const_: ::std::option::Option<::serde_json::Value>,
                /// JSON Schema's `minimum`.
                pub minimum: ::std::option::Option<f64>,
                /// JSON Schema's `maximum`.
                pub maximum: ::std::option::Option<f64>,
                /// JSON Schema's `exclusiveMinimum`.
                pub exclusive_minimum: ::std::option::Option<f64>,
                /// JSON Schema's `exclusiveMaximum`.
                pub exclusive_maximum: ::std::option::Option<f64>,
                /// JSON Schema's `multipleOf`.
                pub multiple_of: ::std::option::Option<f64>,
                /// JSON Schema's `minLength`.
                pub min_length: ::std::option::Option<u64>,
                /// JSON Schema's `maxLength`.
                pub max_length: ::std::option::Option<u64>,
                /// JSON Schema's `items`.
                pub items: ::std::option::Option<usize>,
                /// JSON Schema's `prefixItems`.
                pub prefix_items: ::std::vec::Vec<usize>,
                /// JSON Schema's `minItems`.
                pub min_items: ::std::option::Option<u64>,
                /// JSON Schema's `maxItems`.
                pub max_items: ::std::option::Option<u64>,
                /// JSON Schema's `uniqueItems`.
                pub unique_items: bool,
                /// JSON Schema's `properties`.
                pub properties: ::std::vec::Vec<(::std::string::String, usize)>,
                /// JSON Schema's `required`.
                pub required: ::std::vec::Vec<::std::string::String>,
                /// JSON Schema's `additionalProperties`.
                pub additional_properties: ::std::option::Option<usize>,
                /// `(pattern, schema)` pairs of `patternProperties`.
                pub pattern_properties: ::std::vec::Vec<(::std::string::String, usize)>,
                /// JSON Schema's `propertyNames`.
                pub property_names: ::std::option::Option<usize>,
                /// `(property, properties it requires)` pairs of `dependentRequired`.
                pub dependent_required: ::std::vec::Vec<
                    (::std::string::String, ::std::vec::Vec<::std::string::String>),
                >,
                /// `(property, schema the whole object must then match)` pairs of `dependentSchemas`.
                pub dependent_schemas: ::std::vec::Vec<(::std::string::String, usize)>,
                /// JSON Schema's `contains`.
                pub contains: ::std::option::Option<usize>,
                /// JSON Schema's `minContains`.
                pub min_contains: ::std::option::Option<u64>,
                /// JSON Schema's `maxContains`.
                pub max_contains: ::std::option::Option<u64>,
                /// JSON Schema's `minProperties`.
                pub min_properties: ::std::option::Option<u64>,
                /// JSON Schema's `maxProperties`.
                pub max_properties: ::std::option::Option<u64>,
                /// JSON Schema's `allOf`.
                pub all_of: ::std::vec::Vec<usize>,
                /// JSON Schema's `anyOf`.
                pub any_of: ::std::vec::Vec<usize>,
                /// JSON Schema's `oneOf`.
                pub one_of: ::std::vec::Vec<usize>,
                /// JSON Schema's `not`.
                pub not: ::std::option::Option<usize>,
                /// `(property, [(tag, schema)])` of a discriminated `oneOf`/`anyOf`.
                pub discriminator: ::std::option::Option<
                    (
                        ::std::string::String,
                        ::std::vec::Vec<(::std::string::String, usize)>,
                    ),
                >,
                /// JSON Schema's `pattern`.
                pub pattern: ::std::option::Option<::std::string::String>,
                /// One of the formats `format_problem` knows.
                pub format: ::std::option::Option<::std::string::String>,
                /// JSON Schema's `if`.
                #[serde(rename = "if")]
                pub if_: ::std::option::Option<usize>,
                /// JSON Schema's `then`.
                pub then: ::std::option::Option<usize>,
                /// JSON Schema's `else`.
                #[serde(rename = "else")]
                pub else_: ::std::option::Option<usize>,
                /// `pattern`, compiled when the table is parsed.
                #[cfg(any())]
                #[serde(skip)]
                pub regex: ::std::option::Option<::regex_lite::Regex>,
                /// The patterns of `patternProperties`, compiled when the table is parsed (`None`: one
                /// regex-lite cannot compile).
                #[cfg(any())]
                #[serde(skip)]
                pub pattern_regexes: ::std::vec::Vec<
                    ::std::option::Option<::regex_lite::Regex>,
                >,
            }
            impl Node {
                /// Whether `s` matches `pattern`: `None` when there is none, or it is not checked
                /// (built without the `regex` feature, or a pattern regex-lite cannot compile).
                #[cfg(any())]
                fn pattern_match(&self, s: &str) -> ::std::option::Option<bool> {
                    self.regex.as_ref().map(|re| re.is_match(s))
                }
                #[cfg(not(any()))]
                fn pattern_match(&self, _s: &str) -> ::std::option::Option<bool> {
                    None
                }
                /// Whether key `k` matches the `i`-th pattern of `patternProperties` (`None`: unknown).
                #[cfg(any())]
                fn pattern_property_match(
                    &self,
                    i: usize,
                    k: &str,
                ) -> ::std::option::Option<bool> {
                    self.pattern_regexes
                        .get(i)
                        .and_then(|r| r.as_ref())
                        .map(|re| re.is_match(k))
                }
                #[cfg(not(any()))]
                fn pattern_property_match(
                    &self,
                    _i: usize,
                    _k: &str,
                ) -> ::std::option::Option<bool> {
                    None
                }
            }
            /// Parse a validation table (the JSON the generator writes), compiling its patterns when
            /// built with the `regex` feature. A table that does not parse checks nothing: the table is
            /// generated with the code, so that only happens to a hand-edited one.
            pub fn parse_table(json: &str) -> ::std::vec::Vec<Node> {
                #[allow(unused_mut)]
                let mut nodes: ::std::vec::Vec<Node> = ::serde_json::from_str(json)
                    .unwrap_or_default();
                #[cfg(any())]
                for n in &mut nodes {
                    n.regex = n
                        .pattern
                        .as_deref()
                        .and_then(|p| ::regex_lite::Regex::new(p).ok());
                    n.pattern_regexes = n
                        .pattern_properties
                        .iter()
                        .map(|(p, _)| ::regex_lite::Regex::new(p).ok())
                        .collect();
                }
                nodes
            }
            /// At most this many problems are reported for one body.
            pub const MAX_ERRORS: usize = 20;
            /// Checks JSON values against the table. Problems are `(JSON pointer, message)` pairs.
            pub struct Validator<'a> {
                /// The validation table.
                pub nodes: &'a [Node],
                /// The problems found so far: `(JSON pointer, message)`.
                pub errors: ::std::vec::Vec<
                    (::std::string::String, ::std::string::String),
                >,
            }
            fn type_name(v: &::serde_json::Value) -> &'static str {
                match v {
                    ::serde_json::Value::Null => "null",
                    ::serde_json::Value::Bool(_) => "boolean",
                    ::serde_json::Value::Number(_) => "number",
                    ::serde_json::Value::String(_) => "string",
                    ::serde_json::Value::Array(_) => "array",
                    ::serde_json::Value::Object(_) => "object",
                }
            }
            fn is_type(v: &::serde_json::Value, t: &str) -> bool {
                match (t, v) {
                    ("null", ::serde_json::Value::Null)
                    | ("boolean", ::serde_json::Value::Bool(_))
                    | ("number", ::serde_json::Value::Number(_))
                    | ("string", ::serde_json::Value::String(_))
                    | ("array", ::serde_json::Value::Array(_))
                    | ("object", ::serde_json::Value::Object(_)) => true,
                    ("integer", ::serde_json::Value::Number(n)) => {
                        n.is_i64() || n.is_u64()
                            || n.as_f64().is_some_and(|f| f.fract() == 0.0)
                    }
                    _ => false,
                }
            }
            /// JSON equality with numbers compared by value (`1` equals `1.0`).
            fn same(a: &::serde_json::Value, b: &::serde_json::Value) -> bool {
                match (a, b) {
                    (::serde_json::Value::Number(x), ::serde_json::Value::Number(y)) => {
                        x.as_f64() == y.as_f64()
                    }
                    (::serde_json::Value::Array(x), ::serde_json::Value::Array(y)) => {
                        x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
                    }
                    (::serde_json::Value::Object(x), ::serde_json::Value::Object(y)) => {
                        x.len() == y.len()
                            && x
                                .iter()
                                .all(|(k, a)| y.get(k).is_some_and(|b| same(a, b)))
                    }
                    _ => a == b,
                }
            }
            /// `key` as a JSON pointer token (`~` → `~0`, `/` → `~1`): the runtime's one escaper (the
            /// runtime is embedded in generated crates, so it cannot use stipula-spec's `pointer`).
            pub(super) fn escape(key: &str) -> ::std::string::String {
                key.replace('~', "~0").replace('/', "~1")
            }
            impl<'a> Validator<'a> {
                /// A validator over this table, with no problems yet.
                pub fn new(nodes: &'a [Node]) -> Self {
                    Validator {
                        nodes,
                        errors: ::std::vec::Vec::new(),
                    }
                }
                /// A count (a string's length, an array's items, an object's properties) against its
                /// lower and upper bound keywords, each violation worded by `few` or `many`.
                fn count_within(
                    &mut self,
                    path: &str,
                    len: u64,
                    (min, max): (::std::option::Option<u64>, ::std::option::Option<u64>),
                    few: impl Fn(u64) -> ::std::string::String,
                    many: impl Fn(u64) -> ::std::string::String,
                ) {
                    if let Some(m) = min.filter(|m| len < *m) {
                        self.fail(path, few(m));
                    }
                    if let Some(m) = max.filter(|m| len > *m) {
                        self.fail(path, many(m));
                    }
                }
                fn fail(&mut self, path: &str, message: ::std::string::String) {
                    if self.errors.len() < MAX_ERRORS {
                        self.errors.push((path.to_string(), message));
                    }
                }
                /// Whether `v` is valid against schema `idx` (no problems recorded).
                fn matches(
                    &self,
                    v: &::serde_json::Value,
                    idx: usize,
                    depth: usize,
                ) -> bool {
                    let mut probe = Validator::new(self.nodes);
                    probe.check(v, idx, "", depth);
                    probe.errors.is_empty()
                }
                /// Check `v` (at `path`, a JSON pointer) against schema `idx`.
                pub fn check(
                    &mut self,
                    v: &::serde_json::Value,
                    idx: usize,
                    path: &str,
                    depth: usize,
                ) {
                    let nodes = self.nodes;
                    let Some(n) = nodes.get(idx) else { return };
                    if depth > 256 || self.errors.len() >= MAX_ERRORS {
                        return;
                    }
                    match n.bool {
                        Some(true) => return,
                        Some(false) => {
                            self.fail(path, "no value is allowed here".into());
                            return;
                        }
                        None => {}
                    }
                    if !n.types.is_empty() && !n.types.iter().any(|t| is_type(v, t)) {
                        self.fail(
                            path,
                            format!(
                                "expected {}, found {}", n.types.join(" or "), type_name(v)
                            ),
                        );
                        return;
                    }
                    if let Some(values) = &n.enum_ {
                        if !values.iter().any(|e| same(e, v)) {
                            let list: ::std::vec::Vec<::std::string::String> = values
                                .iter()
                                .take(10)
                                .map(|e| e.to_string())
                                .collect();
                            self.fail(
                                path,
                                format!(
                                    "{v} is not one of the allowed values: {}{}", list
                                    .join(", "), if values.len() > 10 { ", ..." } else { "" }
                                ),
                            );
                        }
                    }
                    if let Some(c) = &n.const_ {
                        if !same(c, v) {
                            self.fail(
                                path,
                                format!("expected the constant {c}, found {v}"),
                            );
                        }
                    }
                    match v {
                        ::serde_json::Value::Number(num) => {
                            let x = num.as_f64().unwrap_or(0.0);
                            if let Some(m) = n.minimum {
                                if x < m {
                                    self.fail(
                                        path,
                                        format!("{x} is less than the minimum {m}"),
                                    );
                                }
                            }
                            if let Some(m) = n.maximum {
                                if x > m {
                                    self.fail(
                                        path,
                                        format!("{x} is greater than the maximum {m}"),
                                    );
                                }
                            }
                            if let Some(m) = n.exclusive_minimum {
                                if x <= m {
                                    self.fail(
                                        path,
                                        format!("{x} is not greater than the exclusive minimum {m}"),
                                    );
                                }
                            }
                            if let Some(m) = n.exclusive_maximum {
                                if x >= m {
                                    self.fail(
                                        path,
                                        format!("{x} is not less than the exclusive maximum {m}"),
                                    );
                                }
                            }
                            if let Some(m) = n.multiple_of {
                                let q = x / m;
                                if m > 0.0 && (q - q.round()).abs() > 1e-9 {
                                    self.fail(path, format!("{x} is not a multiple of {m}"));
                                }
                            }
                        }
                        ::serde_json::Value::String(s) => {
                            if n.pattern_match(s) == Some(false) {
                                self.fail(
                                    path,
                                    format!(
                                        "{s:?} does not match the pattern {:?}", n.pattern
                                        .as_deref().unwrap_or_default()
                                    ),
                                );
                            }
                            if let Some(f) = &n.format {
                                if let Some(why) = format_problem(f, s) {
                                    self.fail(path, format!("{s:?} is not a valid {f}: {why}"));
                                }
                            }
                            if n.min_length.is_some() || n.max_length.is_some() {
                                let len = s.chars().count() as u64;
                                self.count_within(
                                    path,
                                    len,
                                    (n.min_length, n.max_length),
                                    |m| format!("length {len} is less than minLength {m}"),
                                    |m| format!("length {len} is greater than maxLength {m}"),
                                );
                            }
                        }
                        ::serde_json::Value::Array(items) => {
                            let len = items.len() as u64;
                            self.count_within(
                                path,
                                len,
                                (n.min_items, n.max_items),
                                |m| format!("{len} items, fewer than minItems {m}"),
                                |m| format!("{len} items, more than maxItems {m}"),
                            );
                            if n.unique_items {
                                'outer: for (i, a) in items.iter().enumerate() {
                                    for b in &items[..i] {
                                        if same(a, b) {
                                            self.fail(
                                                &format!("{path}/{i}"),
                                                "duplicate item (uniqueItems)".into(),
                                            );
                                            break 'outer;
                                        }
                                    }
                                }
                            }
                            if let Some(c) = n.contains {
                                let found = items
                                    .iter()
                                    .filter(|item| self.matches(item, c, depth + 1))
                                    .count() as u64;
                                let min = n.min_contains.unwrap_or(1);
                                if found < min {
                                    self.fail(
                                        path,
                                        format!(
                                            "{found} items match the `contains` schema, fewer than {min}"
                                        ),
                                    );
                                }
                                if let Some(max) = n.max_contains {
                                    if found > max {
                                        self.fail(
                                            path,
                                            format!(
                                                "{found} items match the `contains` schema, more than maxContains {max}"
                                            ),
                                        );
                                    }
                                }
                            }
                            for (i, item) in items.iter().enumerate() {
                                let sub = match n.prefix_items.get(i) {
                                    Some(s) => Some(*s),
                                    None => n.items,
                                };
                                if let Some(s) = sub {
                                    self.check(item, s, &format!("{path}/{i}"), depth + 1);
                                }
                            }
                        }
                        ::serde_json::Value::Object(map) => {
                            for r in &n.required {
                                if !map.contains_key(r) {
                                    self.fail(
                                        path,
                                        format!("the required property {r:?} is missing"),
                                    );
                                }
                            }
                            let len = map.len() as u64;
                            self.count_within(
                                path,
                                len,
                                (n.min_properties, n.max_properties),
                                |m| {
                                    format!("{len} properties, fewer than minProperties {m}")
                                },
                                |m| format!("{len} properties, more than maxProperties {m}"),
                            );
                            for (name, needs) in &n.dependent_required {
                                if map.contains_key(name) {
                                    for r in needs {
                                        if !map.contains_key(r) {
                                            self.fail(
                                                path,
                                                format!(
                                                    "the property {r:?} is missing: it is required when {name:?} is present (dependentRequired)"
                                                ),
                                            );
                                        }
                                    }
                                }
                            }
                            for (name, s) in &n.dependent_schemas {
                                if map.contains_key(name) {
                                    self.check(v, *s, path, depth + 1);
                                }
                            }
                            for (k, val) in map {
                                let at = format!("{path}/{}", escape(k));
                                if let Some(s) = n.property_names {
                                    let mut names = Validator::new(nodes);
                                    names
                                        .check(
                                            &::serde_json::Value::String(k.clone()),
                                            s,
                                            &at,
                                            depth + 1,
                                        );
                                    for (_, message) in names.errors {
                                        self.fail(&at, format!("property name {k:?}: {message}"));
                                    }
                                }
                                let mut taken = false;
                                if let Some((_, s)) = n
                                    .properties
                                    .iter()
                                    .find(|(name, _)| name == k)
                                {
                                    self.check(val, *s, &at, depth + 1);
                                    taken = true;
                                }
                                for (i, (_, s)) in n.pattern_properties.iter().enumerate() {
                                    match n.pattern_property_match(i, k) {
                                        Some(true) => {
                                            self.check(val, *s, &at, depth + 1);
                                            taken = true;
                                        }
                                        Some(false) => {}
                                        None => taken = true,
                                    }
                                }
                                if !taken {
                                    if let Some(s) = n.additional_properties {
                                        self.check(val, s, &at, depth + 1);
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                    for s in &n.all_of {
                        self.check(v, *s, path, depth + 1);
                    }
                    if !n.any_of.is_empty() || !n.one_of.is_empty() {
                        let (word, branches) = if n.one_of.is_empty() {
                            ("anyOf", &n.any_of)
                        } else {
                            ("oneOf", &n.one_of)
                        };
                        let chosen = n
                            .discriminator
                            .as_ref()
                            .and_then(|(prop, mapping)| {
                                let tag = v.get(prop.as_str())?.as_str()?;
                                mapping.iter().find(|(t, _)| t == tag).map(|(_, s)| *s)
                            });
                        match chosen {
                            Some(s) => self.check(v, s, path, depth + 1),
                            None => {
                                if !branches.iter().any(|s| self.matches(v, *s, depth + 1))
                                {
                                    self.fail(
                                        path,
                                        format!("the value matches none of the {word} alternatives"),
                                    );
                                }
                            }
                        }
                    }
                    if let Some(s) = n.not {
                        if self.matches(v, s, depth + 1) {
                            self.fail(
                                path,
                                "the value matches a schema it must not match (`not`)"
                                    .into(),
                            );
                        }
                    }
                    if let Some(s) = n.if_ {
                        let branch = if self.matches(v, s, depth + 1) {
                            n.then
                        } else {
                            n.else_
                        };
                        if let Some(b) = branch {
                            self.check(v, b, path, depth + 1);
                        }
                    }
                }
            }
            /// The types schema `idx` allows, looking through `allOf`/`anyOf`/`oneOf` when it says none
            /// itself (empty: any type).
            fn kinds(nodes: &[Node], idx: usize, depth: usize) -> ::std::vec::Vec<&str> {
                let Some(n) = nodes.get(idx) else {
                    return ::std::vec::Vec::new();
                };
                if !n.types.is_empty() || depth > 16 {
                    return n.types.iter().map(|t| t.as_str()).collect();
                }
                let mut out = ::std::vec::Vec::new();
                for m in n.all_of.iter().chain(&n.any_of).chain(&n.one_of) {
                    out.extend(kinds(nodes, *m, depth + 1));
                }
                out
            }
            /// The schema of property `key` (`None`: the item schema) of schema `idx`, looking through
            /// `allOf`/`anyOf`/`oneOf`.
            fn child(
                nodes: &[Node],
                idx: usize,
                key: ::std::option::Option<&str>,
                depth: usize,
            ) -> ::std::option::Option<usize> {
                let n = nodes.get(idx)?;
                if depth > 16 {
                    return None;
                }
                let own = match key {
                    Some(k) => {
                        n.properties.iter().find(|(name, _)| name == k).map(|(_, s)| *s)
                    }
                    None => n.items,
                };
                own.or_else(|| {
                        n.all_of
                            .iter()
                            .chain(&n.any_of)
                            .chain(&n.one_of)
                            .find_map(|m| child(nodes, *m, key, depth + 1))
                    })
                    .or(if key.is_some() { n.additional_properties } else { None })
            }
            /// Text values (form fields, parts) made into the numbers, booleans and lists schema `idx`
            /// asks for; anything else is left as it is for the validator to judge.
            pub fn shape_text(
                nodes: &[Node],
                v: ::serde_json::Value,
                idx: usize,
                depth: usize,
            ) -> ::serde_json::Value {
                if depth > 64 {
                    return v;
                }
                match v {
                    ::serde_json::Value::String(s) => {
                        let k = kinds(nodes, idx, 0);
                        if k.is_empty() || k.contains(&"string") {
                            return ::serde_json::Value::String(s);
                        }
                        if k.contains(&"integer") || k.contains(&"number") {
                            if let Ok(i) = s.trim().parse::<i64>() {
                                return ::serde_json::Value::from(i);
                            }
                            if let Some(n) = s
                                .trim()
                                .parse::<f64>()
                                .ok()
                                .and_then(::serde_json::Number::from_f64)
                            {
                                return ::serde_json::Value::Number(n);
                            }
                        }
                        if k.contains(&"boolean") && (s == "true" || s == "false") {
                            return ::serde_json::Value::Bool(s == "true");
                        }
                        if (k.contains(&"object") || k.contains(&"array"))
                            && (s.starts_with('{') || s.starts_with('['))
                        {
                            if let Ok(v) = ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(&s) {
                                return shape_text(nodes, v, idx, depth + 1);
                            }
                        }
                        if k.contains(&"null") && s.is_empty() {
                            return ::serde_json::Value::Null;
                        }
                        if k.contains(&"array") {
                            let item = match child(nodes, idx, None, 0) {
                                Some(i) => {
                                    shape_text(
                                        nodes,
                                        ::serde_json::Value::String(s),
                                        i,
                                        depth + 1,
                                    )
                                }
                                None => ::serde_json::Value::String(s),
                            };
                            return ::serde_json::Value::Array(::std::vec![item]);
                        }
                        ::serde_json::Value::String(s)
                    }
                    ::serde_json::Value::Array(items) => {
                        ::serde_json::Value::Array(
                            items
                                .into_iter()
                                .map(|item| match child(nodes, idx, None, 0) {
                                    Some(i) => shape_text(nodes, item, i, depth + 1),
                                    None => item,
                                })
                                .collect(),
                        )
                    }
                    ::serde_json::Value::Object(map) => {
                        ::serde_json::Value::Object(
                            map
                                .into_iter()
                                .map(|(k, item)| {
                                    let item = match child(nodes, idx, Some(&k), 0) {
                                        Some(i) => shape_text(nodes, item, i, depth + 1),
                                        None => item,
                                    };
                                    (k, item)
                                })
                                .collect(),
                        )
                    }
                    other => other,
                }
            }
        }
        use super::body::base64_decode;
        use super::params::{
            decode, from_texts, nest_pairs, parse_query, read_path, unmark,
        };
        use super::serde_support::{
            coerce, coerce_value, from_header_text, loose, simple,
        };
        use validate::{shape_text, Node, Validator};
        /// Problems found in a request before it reached the `Api` implementation.
        ///
        /// Schemas are checked against `table`, the generated validation table of the API.
        #[derive(Debug, Clone)]
        pub struct Errors {
            items: ::std::vec::Vec<::serde_json::Value>,
            table: &'static [Node],
        }
        /// A security scheme of the API description.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Scheme {
            /// Its name under `components.securitySchemes`.
            pub name: &'static str,
            /// `bearer` (also OAuth2 and OpenID Connect), `basic`, `api_key` or `unsupported`
            /// (e.g. mutual TLS: not checked here).
            pub kind: &'static str,
            /// For api keys: `header`, `query` or `cookie`.
            pub location: &'static str,
            /// For api keys: the header, query parameter or cookie name.
            pub param: &'static str,
        }
        /// The credentials a request carries for one security alternative of its operation.
        #[derive(Clone, Default, PartialEq, Eq)]
        pub struct Credentials {
            /// `(scheme name, value)`: the bearer token, the api key, or for basic the decoded
            /// `user:password`.
            pub values: ::std::vec::Vec<(&'static str, ::std::string::String)>,
        }
        impl Credentials {
            /// The value given for the scheme named `scheme`.
            pub fn get(&self, scheme: &str) -> ::std::option::Option<&str> {
                self.values.iter().find(|(n, _)| *n == scheme).map(|(_, v)| v.as_str())
            }
        }
        /// Secrets stay out of logs: only the scheme names print.
        impl ::std::fmt::Debug for Credentials {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_list()
                    .entries(self.values.iter().map(|(n, _)| format!("{n}: <redacted>")))
                    .finish()
            }
        }
        /// The value a request carries for `scheme`, if any.
        fn credential(
            headers: &::axum::http::HeaderMap,
            pairs: &[(::std::string::String, ::std::string::String)],
            scheme: &Scheme,
        ) -> ::std::option::Option<::std::string::String> {
            let auth = || {
                headers
                    .get(::axum::http::header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::trim)
            };
            let after = |prefix: &str| -> ::std::option::Option<::std::string::String> {
                let a = auth()?;
                let (word, rest) = a.split_once(' ')?;
                (word.eq_ignore_ascii_case(prefix) && !rest.trim().is_empty())
                    .then(|| rest.trim().to_string())
            };
            match (scheme.kind, scheme.location) {
                ("bearer", _) => after("Bearer"),
                ("basic", _) => after("Basic").and_then(|b| base64_decode(&b)),
                ("api_key", "query") => {
                    pairs
                        .iter()
                        .find(|(k, _)| k == scheme.param)
                        .map(|(_, v)| unmark(v))
                        .filter(|v| !v.is_empty())
                }
                ("api_key", "cookie") => cookie_value(headers, scheme.param),
                ("api_key", _) => {
                    headers
                        .get(scheme.param)
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_string)
                        .filter(|v| !v.is_empty())
                }
                _ => Some(::std::string::String::new()),
            }
        }
        fn cookie_value(
            headers: &::axum::http::HeaderMap,
            name: &str,
        ) -> ::std::option::Option<::std::string::String> {
            headers
                .get_all(::axum::http::header::COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(';'))
                .filter_map(|kv| kv.trim().split_once('='))
                .find(|(k, _)| *k == name)
                .map(|(_, v)| decode(v))
                .filter(|v| !v.is_empty())
        }
        /// The credentials of the first alternative (indexes into `schemes`) all of whose
        /// credentials the request carries.
        pub fn credentials(
            headers: &::axum::http::HeaderMap,
            pairs: &[(::std::string::String, ::std::string::String)],
            schemes: &[Scheme],
            alternatives: &[&[usize]],
        ) -> ::std::option::Option<Credentials> {
            alternatives
                .iter()
                .find_map(|alt| {
                    let mut c = Credentials::default();
                    for i in alt.iter() {
                        let s = schemes.get(*i)?;
                        c.values.push((s.name, credential(headers, pairs, s)?));
                    }
                    Some(c)
                })
        }
        /// 401 for a request without the credentials its operation needs, with a
        /// `WWW-Authenticate` challenge per HTTP scheme and a problem body naming what is accepted.
        pub fn unauthorized(
            schemes: &[Scheme],
            alternatives: &[&[usize]],
            content_type: &str,
        ) -> ::axum::response::Response {
            let describe = |s: &Scheme| match s.kind {
                "bearer" => format!("{} (Authorization: Bearer)", s.name),
                "basic" => format!("{} (Authorization: Basic)", s.name),
                "api_key" => format!("{} ({} {:?})", s.name, s.location, s.param),
                _ => s.name.to_string(),
            };
            let options: ::std::vec::Vec<::std::string::String> = alternatives
                .iter()
                .map(|alt| {
                    alt.iter()
                        .filter_map(|i| schemes.get(*i))
                        .map(describe)
                        .collect::<::std::vec::Vec<_>>()
                        .join(" and ")
                })
                .collect();
            let body = ::serde_json::json!(
                { "type" : "about:blank", "title" : "Unauthorized", "status" : 401,
                "detail" : format!("this operation needs credentials: {}", options
                .join(", or ")), "message" : "missing credentials", "errors" : [], }
            );
            let mut resp = json_response_as(401, content_type, &body);
            let mut challenges: ::std::vec::Vec<&str> = ::std::vec::Vec::new();
            for s in alternatives
                .iter()
                .flat_map(|a| a.iter())
                .filter_map(|i| schemes.get(*i))
            {
                let c = match s.kind {
                    "bearer" => "Bearer",
                    "basic" => "Basic realm=\"api\"",
                    _ => continue,
                };
                if !challenges.contains(&c) {
                    challenges.push(c);
                }
            }
            if let Ok(v) = ::axum::http::HeaderValue::from_str(&challenges.join(", ")) {
                if !challenges.is_empty() {
                    resp.headers_mut().insert(::axum::http::header::WWW_AUTHENTICATE, v);
                }
            }
            resp
        }
        impl Errors {
            /// No problems yet; schemas are checked against `table`.
            pub fn new(table: &'static [Node]) -> Self {
                Errors {
                    items: ::std::vec::Vec::new(),
                    table,
                }
            }
            /// The validation table schemas are checked against.
            pub fn table(&self) -> &'static [Node] {
                self.table
            }
            /// Whether no problem was found.
            pub fn is_empty(&self) -> bool {
                self.items.is_empty()
            }
            /// Record a problem: where (`path`, `query`, `header`, `cookie`, `body`), which
            /// parameter (or JSON pointer in the body), and what is wrong.
            pub fn push(
                &mut self,
                location: &str,
                name: &str,
                message: impl ::std::fmt::Display,
            ) {
                self.items
                    .push(
                        ::serde_json::json!(
                            { "in" : location, "name" : name, "message" : message
                            .to_string() }
                        ),
                    );
            }
            fn missing(&mut self, location: &str, name: &str) {
                self.push(
                    location,
                    name,
                    format!("the required {location} parameter is missing"),
                );
            }
            /// Whether `body` is empty (recorded as a problem when it is `required`).
            fn no_body(&mut self, body: &[u8], required: bool) -> bool {
                if body.is_empty() && required {
                    self.push("body", "", "the request body is required");
                }
                body.is_empty()
            }
            /// `result`'s value; or `None`, its error recorded at `location`/`name` after `what`.
            fn take<T, E: ::std::fmt::Display>(
                &mut self,
                location: &str,
                name: &str,
                what: impl ::std::fmt::Display,
                result: ::std::result::Result<T, E>,
            ) -> ::std::option::Option<T> {
                match result {
                    Ok(v) => Some(v),
                    Err(e) => {
                        self.push(location, name, format!("{what}: {e}"));
                        None
                    }
                }
            }
            /// A parameter's decoded value; or `None`, with its text `raw` and why it is invalid.
            fn invalid<T, E: ::std::fmt::Display>(
                &mut self,
                location: &str,
                name: &str,
                raw: &str,
                result: ::std::result::Result<T, E>,
            ) -> ::std::option::Option<T> {
                self.take(location, name, format_args!("invalid value {raw:?}"), result)
            }
            /// A body value (or part of one, at JSON pointer `at`) checked against its schema when
            /// it has one, then decoded; its problems recorded at their pointers, `what` saying
            /// what did not decode.
            fn decode_body<T: ::serde::de::DeserializeOwned>(
                &mut self,
                at: &str,
                value: ::serde_json::Value,
                schema: ::std::option::Option<usize>,
                what: &str,
            ) -> ::std::option::Option<T> {
                if let Some(s) = schema {
                    let mut v = Validator::new(self.table);
                    v.check(&value, s, at, 0);
                    if !v.errors.is_empty() {
                        for (pointer, message) in v.errors {
                            self.push("body", &pointer, message);
                        }
                        return None;
                    }
                }
                self.take("body", at, what, ::serde_json::from_value(value))
            }
            /// The `idx`-th path parameter, in its style (`values`: the raw segments, see
            /// [`super::params::path_values`]).
            pub fn path<T: ::serde::de::DeserializeOwned>(
                &mut self,
                values: &[::std::string::String],
                idx: usize,
                name: &str,
                style: &str,
                explode: bool,
            ) -> ::std::option::Option<T> {
                match values.get(idx) {
                    Some(raw) => {
                        self.invalid(
                            "path",
                            name,
                            &decode(raw),
                            read_path(raw, name, style, explode),
                        )
                    }
                    None => {
                        self.missing("path", name);
                        None
                    }
                }
            }
            /// A query parameter in the given style.
            pub fn query<T: ::serde::de::DeserializeOwned>(
                &mut self,
                pairs: &[(::std::string::String, ::std::string::String)],
                name: &str,
                style: &str,
                explode: bool,
                required: bool,
            ) -> ::std::option::Option<T> {
                let marked: ::std::vec::Vec<&str> = pairs
                    .iter()
                    .filter(|(k, _)| k == name)
                    .map(|(_, v)| v.as_str())
                    .collect();
                let plain: ::std::vec::Vec<::std::string::String> = marked
                    .iter()
                    .map(|v| unmark(v))
                    .collect();
                let values: ::std::vec::Vec<&str> = plain
                    .iter()
                    .map(|v| v.as_str())
                    .collect();
                let prefix = format!("{name}[");
                let deep_plain: ::std::vec::Vec<(&str, ::std::string::String)> = pairs
                    .iter()
                    .filter_map(|(k, v)| {
                        k.strip_prefix(prefix.as_str())
                            .and_then(|rest| rest.strip_suffix(']'))
                            .map(|key| (key, unmark(v)))
                    })
                    .collect();
                let deep: ::std::vec::Vec<(&str, &str)> = deep_plain
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect();
                if values.is_empty() && deep.is_empty() {
                    if required {
                        self.missing("query", name);
                    }
                    return None;
                }
                let result = if !deep.is_empty() {
                    let mut strings = ::serde_json::Map::new();
                    let mut parsed = ::serde_json::Map::new();
                    for (k, v) in &deep {
                        strings
                            .insert(
                                k.to_string(),
                                ::serde_json::Value::String(v.to_string()),
                            );
                        parsed.insert(k.to_string(), loose(v));
                    }
                    let strings = ::serde_json::Value::Object(strings);
                    coerce_value(strings.clone(), ::serde_json::Value::Object(parsed))
                        .or_else(|e| from_texts(&strings).map_err(|_| e))
                } else if values.len() == 1 {
                    match coerce::<T>(values[0]) {
                        Ok(v) => Ok(v),
                        Err(e) => {
                            let sep = match style {
                                "spaceDelimited" => ' ',
                                "pipeDelimited" => '|',
                                _ => ',',
                            };
                            let mark = match sep {
                                ',' => Some('\u{e000}'),
                                '|' => Some('\u{e001}'),
                                _ => None,
                            };
                            let split: ::std::vec::Vec<::std::string::String> = if explode
                                && style != "deepObject"
                            {
                                match mark {
                                    Some(m) if style != "form" && marked[0].contains(m) => {
                                        marked[0].split(m).map(unmark).collect()
                                    }
                                    _ => plain.clone(),
                                }
                            } else if values[0].is_empty() {
                                ::std::vec::Vec::new()
                            } else {
                                let pieces: ::std::vec::Vec<::std::string::String> = match mark {
                                    Some(m) => marked[0].split(m).map(unmark).collect(),
                                    None => {
                                        values[0].split(sep).map(|p| p.to_string()).collect()
                                    }
                                };
                                if pieces.len() == 1 && values[0].contains(sep) {
                                    values[0].split(sep).map(|p| p.to_string()).collect()
                                } else {
                                    pieces
                                }
                            };
                            coerce_list(split.iter().map(|p| p.as_str()))
                                .or_else(|_| object_from_pieces(&split, explode))
                                .map_err(|_| e)
                        }
                    }
                } else {
                    coerce_list(values.iter().copied())
                };
                self.take("query", name, "invalid value", result)
            }
            /// A header parameter.
            pub fn header<T: ::serde::de::DeserializeOwned>(
                &mut self,
                headers: &::axum::http::HeaderMap,
                name: &str,
                required: bool,
            ) -> ::std::option::Option<T> {
                let Some(raw) = headers.get(name) else {
                    if required {
                        self.missing("header", name);
                    }
                    return None;
                };
                let Ok(raw) = raw.to_str() else {
                    self.push("header", name, "the value is not visible ASCII");
                    return None;
                };
                self.invalid("header", name, raw, from_header_text(raw))
            }
            /// A cookie parameter.
            pub fn cookie<T: ::serde::de::DeserializeOwned>(
                &mut self,
                headers: &::axum::http::HeaderMap,
                name: &str,
                required: bool,
            ) -> ::std::option::Option<T> {
                let found = headers
                    .get_all("cookie")
                    .iter()
                    .filter_map(|h| h.to_str().ok())
                    .flat_map(|h| h.split(';'))
                    .filter_map(|kv| kv.trim().split_once('='))
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| decode(v));
                let Some(raw) = found else {
                    if required {
                        self.missing("cookie", name);
                    }
                    return None;
                };
                let result = coerce(&raw);
                self.invalid("cookie", name, &raw, result)
            }
            /// Check a value against schema `schema` of the validation table; problems are reported
            /// at `location` with the JSON pointer inside the value (`name` for parameters).
            pub fn check_schema(
                &mut self,
                location: &str,
                name: &str,
                value: &::serde_json::Value,
                schema: usize,
            ) {
                let mut v = Validator::new(self.table);
                v.check(value, schema, "", 0);
                for (pointer, message) in v.errors {
                    match (name.is_empty(), pointer.is_empty()) {
                        (true, _) => self.push(location, &pointer, message),
                        (false, true) => self.push(location, name, message),
                        (false, false) => {
                            self.push(location, name, format!("at {pointer}: {message}"))
                        }
                    }
                }
            }
            /// Check a decoded parameter against its schema (bounds, lengths, enums, ...).
            pub fn check_param<T: ::serde::Serialize>(
                &mut self,
                location: &str,
                name: &str,
                value: &T,
                schema: usize,
            ) {
                if let Ok(v) = ::serde_json::to_value(value) {
                    self.check_schema(location, name, &v, schema);
                }
            }
            /// A JSON request body: parsed, checked against its schema, then decoded.
            pub fn json_body<T: ::serde::de::DeserializeOwned>(
                &mut self,
                body: &[u8],
                required: bool,
                schema: ::std::option::Option<usize>,
            ) -> ::std::option::Option<T> {
                if self.no_body(body, required) {
                    return None;
                }
                let value = ::serde_json::from_slice::<::serde_json::Value>(body);
                let value = self.take("body", "", "the body is not JSON", value)?;
                self.decode_body("", value, schema, "the body does not match the schema")
            }
            /// A form-urlencoded request body (`a[b]=c` keys nest, repeated keys make lists),
            /// decoded, then checked against its schema.
            pub fn form_body<T: ::serde::de::DeserializeOwned>(
                &mut self,
                body: &[u8],
                required: bool,
                schema: ::std::option::Option<usize>,
            ) -> ::std::option::Option<T> {
                if self.no_body(body, required) {
                    return None;
                }
                let pairs = parse_query(::std::str::from_utf8(body).ok());
                let (strings, parsed) = nest_pairs(&pairs);
                let what = "the form body does not match the schema";
                let Some(s) = schema else {
                    return self.take("body", "", what, coerce_value(strings, parsed));
                };
                let value = shape_text(self.table, strings, s, 0);
                self.decode_body("", value, Some(s), what)
            }
            /// A text request body.
            pub fn text_body(
                &mut self,
                body: &[u8],
                required: bool,
            ) -> ::std::option::Option<::std::string::String> {
                if required && self.no_body(body, required) {
                    return None;
                }
                let text = ::std::str::from_utf8(body).map(str::to_string);
                self.take("body", "", "the body is not UTF-8", text)
            }
            /// A raw request body.
            pub fn bytes_body(
                &mut self,
                body: &[u8],
                required: bool,
            ) -> ::std::option::Option<::std::vec::Vec<u8>> {
                if required && self.no_body(body, required) {
                    return None;
                }
                Some(body.to_vec())
            }
            /// The 400 response: `{"message": ..., "errors": [{"in", "name", "message"}]}`.
            pub fn into_response(self) -> ::axum::response::Response {
                self.into_response_as("application/json")
            }
            /// The 400 response, sent as `content_type` (the media type the operation declares for
            /// its 400, e.g. `application/problem+json`). The body carries the problem list in two
            /// shapes, so a client decoding it as the spec's error schema keeps the details:
            /// `message` and `errors` (`[{in, name, message}]`), and RFC 9457's `type`, `title`,
            /// `status` and `detail` (every problem, one per line).
            pub fn into_response_as(
                self,
                content_type: &str,
            ) -> ::axum::response::Response {
                let detail: ::std::vec::Vec<::std::string::String> = self
                    .items
                    .iter()
                    .map(|e| {
                        let s = |k: &str| {
                            e.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string()
                        };
                        format!("{} {}: {}", s("in"), s("name"), s("message"))
                    })
                    .collect();
                let body = ::serde_json::json!(
                    { "type" : "about:blank", "title" : "Bad Request", "status" : 400,
                    "detail" : detail.join("\n"), "message" :
                    "the request does not match the API description", "errors" : self
                    .items, }
                );
                json_response_as(400, content_type, &body)
            }
        }
        /// A non-exploded object's members as the client joined them, `R,100,G,200` (keys and
        /// values alternating): each value read as its field asks. `Err` for an odd count, or
        /// when exploded (an exploded object's members travel as pairs of their own).
        fn object_from_pieces<T: ::serde::de::DeserializeOwned>(
            pieces: &[::std::string::String],
            explode: bool,
        ) -> ::std::result::Result<T, ::std::string::String> {
            if explode || !pieces.len().is_multiple_of(2) {
                return Err(::std::string::String::from("not a list of key,value pairs"));
            }
            let strings = ::serde_json::Value::Object(
                pieces
                    .chunks(2)
                    .map(|kv| (
                        kv[0].clone(),
                        ::serde_json::Value::String(kv[1].clone()),
                    ))
                    .collect(),
            );
            from_texts(&strings)
        }
        /// A list parameter's items decoded as `T` (each text item, or what it reads as: a number,
        /// a boolean...).
        fn coerce_list<'a, T: ::serde::de::DeserializeOwned>(
            items: impl ::std::iter::Iterator<Item = &'a str> + Clone,
        ) -> ::std::result::Result<T, ::std::string::String> {
            coerce_value(
                ::serde_json::Value::Array(
                    items
                        .clone()
                        .map(|p| ::serde_json::Value::String(p.to_string()))
                        .collect(),
                ),
                ::serde_json::Value::Array(items.map(loose).collect()),
            )
        }
        /// The status code (500 for a number that is not one).
        pub fn status(code: u16) -> ::axum::http::StatusCode {
            ::axum::http::StatusCode::from_u16(code)
                .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
        }
        /// A JSON response with `Content-Type: application/json`.
        pub fn json_response<T: ::serde::Serialize>(
            code: u16,
            body: &T,
        ) -> ::axum::response::Response {
            json_response_as(code, "application/json", body)
        }
        /// A JSON body sent with the media type the API description declares for it
        /// (`application/problem+json`, `application/vnd.api+json`...).
        pub fn json_response_as<T: ::serde::Serialize>(
            code: u16,
            content_type: &str,
            body: &T,
        ) -> ::axum::response::Response {
            match ::serde_json::to_vec(body) {
                Ok(bytes) => bytes_response(code, content_type, bytes),
                Err(e) => {
                    bytes_response(
                        500,
                        "text/plain",
                        format!("cannot encode the response body: {e}").into_bytes(),
                    )
                }
            }
        }
        /// A response with this body and content type.
        pub fn bytes_response(
            code: u16,
            content_type: &str,
            body: ::std::vec::Vec<u8>,
        ) -> ::axum::response::Response {
            let mut resp = ::axum::response::Response::new(
                ::axum::body::Body::from(body),
            );
            *resp.status_mut() = status(code);
            if let Ok(v) = ::axum::http::HeaderValue::from_str(content_type) {
                resp.headers_mut().insert(::axum::http::header::CONTENT_TYPE, v);
            }
            resp
        }
        /// A response with no body.
        pub fn empty_response(code: u16) -> ::axum::response::Response {
            let mut resp = ::axum::response::Response::new(::axum::body::Body::empty());
            *resp.status_mut() = status(code);
            resp
        }
        /// Set a response header from a typed value (`simple` style); `None` sets nothing.
        pub fn set_header<T: ::serde::Serialize>(
            response: &mut ::axum::response::Response,
            name: &str,
            value: &T,
        ) {
            let Ok(v) = ::serde_json::to_value(value) else {
                return;
            };
            if v.is_null() {
                return;
            }
            if let (Ok(n), Ok(v)) = (
                ::axum::http::HeaderName::from_bytes(name.as_bytes()),
                ::axum::http::HeaderValue::from_str(&simple(&v, false)),
            ) {
                response.headers_mut().insert(n, v);
            }
        }
    }
}
pub use self::stipula_runtime::body::*;
pub use self::stipula_runtime::params::*;
pub use self::stipula_runtime::serde_support::*;
pub use self::stipula_runtime::server::*;
pub use self::stipula_runtime::server::validate::*;
/// Problems found in a request before it reached the `Api` implementation, checked against
/// this API's validation table.
#[derive(Debug, Clone)]
pub struct Errors(pub self::stipula_runtime::server::Errors);
impl ::std::default::Default for Errors {
    fn default() -> Self {
        Errors(self::stipula_runtime::server::Errors::new(validation_table()))
    }
}
impl ::std::ops::Deref for Errors {
    type Target = self::stipula_runtime::server::Errors;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
impl ::std::ops::DerefMut for Errors {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}
impl Errors {
    /// The 400 response (`application/json`).
    pub fn into_response(self) -> ::axum::response::Response {
        self.0.into_response()
    }
    /// The 400 response, sent as the media type the operation declares for its 400.
    pub fn into_response_as(self, content_type: &str) -> ::axum::response::Response {
        self.0.into_response_as(content_type)
    }
}
/// The request validation table (see `Validator`): schemas of parameters and bodies.
pub const VALIDATION_TABLE: &str = "[{\"type\":[\"integer\"],\"minimum\":1,\"maximum\":100},{\"type\":[\"string\"],\"enum\":[\"available\",\"pending\",\"sold\"]},{\"type\":[\"string\"]},{\"type\":[\"object\"],\"properties\":[[\"name\",4],[\"tag\",5],[\"status\",1],[\"details\",6]],\"required\":[\"name\"]},{\"type\":[\"string\"],\"minLength\":1},{\"type\":[\"string\",\"null\"]},{\"anyOf\":[7,8],\"discriminator\":[\"petType\",[[\"cat\",7],[\"dog\",8],[\"Cat\",7],[\"Dog\",8]]]},{\"type\":[\"object\"],\"properties\":[[\"petType\",12],[\"lives\",13],[\"indoor\",14]],\"required\":[\"petType\",\"lives\"]},{\"type\":[\"object\"],\"properties\":[[\"petType\",9],[\"packSize\",10],[\"nickname\",11]],\"required\":[\"petType\"]},{\"type\":[\"string\"]},{\"type\":[\"integer\"],\"minimum\":0},{\"type\":[\"string\",\"null\"]},{\"type\":[\"string\"]},{\"type\":[\"integer\"]},{\"type\":[\"boolean\"]},{\"type\":[\"integer\"]}]";
/// The table, parsed on first use.
pub fn validation_table() -> &'static [Node] {
    static TABLE: ::std::sync::OnceLock<::std::vec::Vec<Node>> = ::std::sync::OnceLock::new();
    TABLE.get_or_init(|| parse_table(VALIDATION_TABLE))
}
