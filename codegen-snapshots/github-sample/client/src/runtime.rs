//! Support code shared by the generated operations: the `stipula-runtime` crate
//! (embedded below as `stipula_runtime`), re-exported.
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
    pub mod client {
        //! Helpers of generated reqwest clients: the error type, credentials (redacted in
        //! `Debug`), the retry policy and the one `execute` every operation awaits, response
        //! decoding; multipart parts with the `multipart` feature.
        use super::serde_support::from_header_text;
        pub mod stream {
            //! Streams of generated clients (feature `stream`): the items of every page of a paginated
            //! list operation, the events of a `text/event-stream` response, and the chunks of a large
            //! or binary body — each as a [`Stream`] that reads the network as it is polled.
            //!
            //! Read one with [`StreamExt::next`] (re-exported here):
            //!
            //! ```ignore
            //! use my_client::runtime::StreamExt;
            //! let mut pets = client.list_pets_stream(params);
            //! while let Some(pet) = pets.next().await {
            //!     let pet = pet?;
            //! }
            //! ```
            use super::super::params::decode;
            use super::Error;
            pub use ::futures_util::stream::{Stream, StreamExt};
            /// A chunk of a streamed body (cheap to clone; `&chunk[..]` is a `&[u8]`).
            pub use ::bytes::Bytes;
            /// A boxed stream of `T` or the operation's error (`X`: its documented errors). Boxed, so it
            /// is `Unpin` (`.next().await` works on it directly) and one type for every operation.
            pub type ItemStream<'a, T, X> = ::std::pin::Pin<
                ::std::boxed::Box<
                    dyn Stream<Item = ::std::result::Result<T, Error<X>>> + Send + 'a,
                >,
            >;
            /// The most pages one pagination stream fetches; the stream then ends with an error saying
            /// so (a server that never stops must not keep a client busy forever). Stop earlier with
            /// [`StreamExt::take`].
            pub const MAX_PAGES: usize = 100_000;
            /// One page of a paginated list, as a generated `*_stream` method reads it: the page's
            /// items, and where the next page starts (`None`: this was the last page).
            pub struct Page<T, C> {
                /// The items of this page, in order.
                pub items: ::std::vec::Vec<T>,
                /// The cursor, page number, offset or URL of the next page.
                pub next: ::std::option::Option<C>,
                /// The HTTP status of the page (for errors the stream reports).
                pub status: u16,
            }
            /// State of [`paginate`]'s stream between two items.
            struct Pager<T, C, F> {
                fetch: F,
                /// The next page to fetch: `Some(None)` the first (with the caller's own parameters),
                /// `Some(Some(c))` the one at `c`, `None` when there is no more.
                next: ::std::option::Option<::std::option::Option<C>>,
                items: ::std::collections::VecDeque<T>,
                /// Every cursor followed so far: one seen twice is a loop.
                seen: ::std::collections::HashSet<C>,
                /// First item, last item and length of the previous page: a page equal to its
                /// predecessor means the server ignored the page parameter.
                previous: ::std::option::Option<(T, T, usize)>,
                pages: usize,
                /// An error to yield once the buffered items are out.
                failed: ::std::option::Option<::std::string::String>,
                status: u16,
            }
            /// The items of every page, one by one, fetching a page when the previous one is used up.
            ///
            /// `fetch(None)` fetches the first page (the parameters as the caller gave them),
            /// `fetch(Some(c))` the page at `c`. The stream ends after a page without `next` or an empty
            /// page; with an error after a failed fetch, when a cursor comes back that was already
            /// followed, when a page repeats the previous one item for item (both: a server that would
            /// loop forever), or after [`MAX_PAGES`] pages. Items of the pages before are never lost.
            pub fn paginate<'a, T, C, X, F, Fut>(fetch: F) -> ItemStream<'a, T, X>
            where
                T: Clone + PartialEq + Send + 'a,
                C: Clone + Eq + ::std::hash::Hash + ::std::fmt::Debug + Send + 'a,
                X: Send + 'a,
                F: FnMut(::std::option::Option<C>) -> Fut + Send + 'a,
                Fut: ::std::future::Future<
                        Output = ::std::result::Result<Page<T, C>, Error<X>>,
                    > + Send + 'a,
            {
                let pager = Pager {
                    fetch,
                    next: Some(None),
                    items: ::std::collections::VecDeque::new(),
                    seen: ::std::collections::HashSet::new(),
                    previous: None,
                    pages: 0,
                    failed: None,
                    status: 200,
                };
                ::std::boxed::Box::pin(
                    ::futures_util::stream::unfold(
                        pager,
                        |mut p| async move {
                            loop {
                                if let Some(item) = p.items.pop_front() {
                                    return Some((Ok(item), p));
                                }
                                if let Some(message) = p.failed.take() {
                                    p.next = None;
                                    let status = p.status;
                                    return Some((
                                        Err(Error::Decode {
                                            status,
                                            message,
                                            body: ::std::vec::Vec::new(),
                                        }),
                                        p,
                                    ));
                                }
                                let cursor = p.next.take()?;
                                if p.pages == MAX_PAGES {
                                    p.failed = Some(
                                        format!(
                                            "pagination stopped after {MAX_PAGES} pages (the limit of one stream); \
                     the items so far were returned: continue from the last one with a new call"
                                        ),
                                    );
                                    continue;
                                }
                                p.pages += 1;
                                let page = match (p.fetch)(cursor).await {
                                    Ok(page) => page,
                                    Err(e) => return Some((Err(e), p)),
                                };
                                p.status = page.status;
                                if page.items.is_empty() {
                                    continue;
                                }
                                let n = page.items.len();
                                if let (Some((first, last, len)), Some((f, l))) = (
                                    &p.previous,
                                    page.items.first().zip(page.items.last()),
                                ) {
                                    if *len == n && first == f && last == l {
                                        p.failed = Some(
                                            format!(
                                                "pagination stopped at page {}: it repeats page {} item for item (the \
                         server ignores the page parameter, or loops); the items of the pages \
                         before were returned",
                                                p.pages, p.pages - 1
                                            ),
                                        );
                                        continue;
                                    }
                                }
                                p.previous = page
                                    .items
                                    .first()
                                    .zip(page.items.last())
                                    .map(|(f, l)| (f.clone(), l.clone(), n));
                                match page.next {
                                    Some(c) if p.seen.contains(&c) => {
                                        p.failed = Some(
                                            format!(
                                                "pagination stopped after page {}: the server gave the cursor {c:?} \
                         again, which would loop forever; the items of every page before were \
                         returned",
                                                p.pages
                                            ),
                                        );
                                    }
                                    Some(c) => {
                                        p.seen.insert(c.clone());
                                        p.next = Some(Some(c));
                                    }
                                    None => {}
                                }
                                p.items.extend(page.items);
                            }
                        },
                    ),
                )
            }
            /// The URL of the `rel="next"` link of a `Link` header (RFC 8288, as GitHub sends it), or
            /// `None` when there is no next page.
            pub fn next_link(
                headers: &::reqwest::header::HeaderMap,
            ) -> ::std::option::Option<::std::string::String> {
                headers
                    .get_all("link")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .find_map(next_link_in)
            }
            /// The target of the link whose `rel` includes `next` in one `Link` header value.
            pub fn next_link_in(
                value: &str,
            ) -> ::std::option::Option<::std::string::String> {
                let mut rest = value;
                loop {
                    let open = rest.find('<')?;
                    let close = open + rest[open..].find('>')?;
                    let url = &rest[open + 1..close];
                    let after = &rest[close + 1..];
                    let (params, others) = match after.find(',') {
                        Some(c) => {
                            match after[c..].find('<') {
                                Some(o) => (&after[..c], &after[c + o..]),
                                None => (after, ""),
                            }
                        }
                        None => (after, ""),
                    };
                    let is_next = params
                        .split(';')
                        .any(|p| {
                            let Some((k, v)) = p.split_once('=') else {
                                return false;
                            };
                            k.trim().eq_ignore_ascii_case("rel")
                                && v
                                    .trim()
                                    .trim_matches('"')
                                    .split_ascii_whitespace()
                                    .any(|r| r.eq_ignore_ascii_case("next"))
                        });
                    if is_next {
                        return Some(url.to_string());
                    }
                    rest = others;
                }
            }
            /// The value of the query parameter `name` in `url` (percent-decoded), for following a
            /// `Link` header with the operation's own parameters (`page`, `cursor`).
            pub fn query_value(
                url: &str,
                name: &str,
            ) -> ::std::option::Option<::std::string::String> {
                let query = url.split_once('?')?.1;
                let query = query.split('#').next().unwrap_or("");
                query
                    .split('&')
                    .find_map(|pair| {
                        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                        (decode(k) == name).then(|| decode(v))
                    })
            }
            /// One server-sent event (the WHATWG `text/event-stream` format).
            #[derive(Debug, Clone, PartialEq)]
            pub struct Event<T> {
                /// The `event:` field (the event type); `None` for the default type, `message`.
                pub event: ::std::option::Option<::std::string::String>,
                /// The `data:` lines, joined with `\n`, decoded as the API description says (JSON into
                /// its type, or the text itself).
                pub data: T,
                /// The last `id:` the stream sent (it carries over to later events, as in browsers);
                /// send it as `Last-Event-ID` to resume.
                pub id: ::std::option::Option<::std::string::String>,
                /// The `retry:` field: the reconnection time the server asks for, in milliseconds.
                pub retry: ::std::option::Option<u64>,
            }
            /// Reads `text/event-stream` bytes as they arrive (chunks may split lines and characters
            /// anywhere) into events. Comments (`:` lines) and unknown fields are skipped; an event is
            /// dispatched at a blank line when it has data; an unfinished event at the end is dropped,
            /// as the format says.
            #[derive(Debug, Default)]
            pub struct SseParser {
                line: ::std::vec::Vec<u8>,
                /// The previous chunk ended with `\r`: a `\n` starting this one ends no second line.
                after_cr: bool,
                started: bool,
                data: ::std::string::String,
                has_data: bool,
                event: ::std::option::Option<::std::string::String>,
                id: ::std::option::Option<::std::string::String>,
                retry: ::std::option::Option<u64>,
            }
            impl SseParser {
                /// A parser at the start of a stream.
                pub fn new() -> Self {
                    Self::default()
                }
                /// Feed the next bytes; complete events are appended to `out` (data still as text).
                pub fn push(
                    &mut self,
                    mut chunk: &[u8],
                    out: &mut ::std::vec::Vec<Event<::std::string::String>>,
                ) {
                    if self.after_cr && chunk.first() == Some(&b'\n') {
                        chunk = &chunk[1..];
                    }
                    self.after_cr = false;
                    while let Some(end) = chunk
                        .iter()
                        .position(|&b| b == b'\n' || b == b'\r')
                    {
                        self.line.extend_from_slice(&chunk[..end]);
                        let line = ::std::mem::take(&mut self.line);
                        self.line_done(&line, out);
                        self.line = line;
                        self.line.clear();
                        if chunk[end] == b'\r' {
                            if end + 1 == chunk.len() {
                                self.after_cr = true;
                            } else if chunk[end + 1] == b'\n' {
                                chunk = &chunk[end + 2..];
                                continue;
                            }
                        }
                        chunk = &chunk[end + 1..];
                    }
                    self.line.extend_from_slice(chunk);
                }
                fn line_done(
                    &mut self,
                    line: &[u8],
                    out: &mut ::std::vec::Vec<Event<::std::string::String>>,
                ) {
                    let mut line = ::std::string::String::from_utf8_lossy(line);
                    if !self.started {
                        self.started = true;
                        if let Some(rest) = line.strip_prefix('\u{feff}') {
                            line = ::std::borrow::Cow::Owned(rest.to_string());
                        }
                    }
                    if line.is_empty() {
                        if self.has_data {
                            out.push(Event {
                                event: self.event.take(),
                                data: ::std::mem::take(&mut self.data),
                                id: self.id.clone(),
                                retry: self.retry,
                            });
                        }
                        self.has_data = false;
                        self.data.clear();
                        self.event = None;
                        return;
                    }
                    if line.starts_with(':') {
                        return;
                    }
                    let (field, value) = match line.split_once(':') {
                        Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
                        None => (&*line, ""),
                    };
                    match field {
                        "data" => {
                            if self.has_data {
                                self.data.push('\n');
                            }
                            self.data.push_str(value);
                            self.has_data = true;
                        }
                        "event" => {
                            self.event = Some(value.to_string())
                                .filter(|e| !e.is_empty());
                        }
                        "id" if !value.contains('\0') => {
                            self.id = Some(value.to_string()).filter(|i| !i.is_empty());
                        }
                        "retry" if !value.is_empty()
                            && value.bytes().all(|b| b.is_ascii_digit()) => {
                            self.retry = value.parse().ok();
                        }
                        _ => {}
                    }
                }
            }
            /// The events of a `text/event-stream` response, each `data` decoded by `decode` (JSON into
            /// the API description's type, or the text as it is). A `data` that does not decode is an
            /// [`Error::Decode`] item and the stream goes on with the next event; a broken connection
            /// ends it with [`Error::Request`].
            pub fn sse_events<'a, T, X>(
                response: ::reqwest::Response,
                decode: fn(&str) -> ::std::result::Result<T, ::std::string::String>,
            ) -> ItemStream<'a, Event<T>, X>
            where
                T: Send + 'a,
                X: Send + 'a,
            {
                struct St {
                    response: ::std::option::Option<::reqwest::Response>,
                    parser: SseParser,
                    ready: ::std::collections::VecDeque<Event<::std::string::String>>,
                    status: u16,
                }
                let status = response.status().as_u16();
                let st = St {
                    response: Some(response),
                    parser: SseParser::new(),
                    ready: ::std::collections::VecDeque::new(),
                    status,
                };
                ::std::boxed::Box::pin(
                    ::futures_util::stream::unfold(
                        st,
                        move |mut st| async move {
                            loop {
                                if let Some(e) = st.ready.pop_front() {
                                    let item = match decode(&e.data) {
                                        Ok(data) => {
                                            Ok(Event {
                                                event: e.event,
                                                data,
                                                id: e.id,
                                                retry: e.retry,
                                            })
                                        }
                                        Err(message) => {
                                            Err(Error::Decode {
                                                status: st.status,
                                                message: format!(
                                                    "the data of a server-sent event: {message}"
                                                ),
                                                body: e.data.into_bytes(),
                                            })
                                        }
                                    };
                                    return Some((item, st));
                                }
                                let response = st.response.as_mut()?;
                                match response.chunk().await {
                                    Ok(Some(chunk)) => {
                                        let mut out = ::std::vec::Vec::new();
                                        st.parser.push(&chunk, &mut out);
                                        st.ready.extend(out);
                                    }
                                    Ok(None) => st.response = None,
                                    Err(e) => {
                                        st.response = None;
                                        return Some((Err(Error::Request(e)), st));
                                    }
                                }
                            }
                        },
                    ),
                )
            }
            /// `data` of an event as JSON of type `T` (for [`sse_events`]).
            pub fn sse_json<T: ::serde::de::DeserializeOwned>(
                data: &str,
            ) -> ::std::result::Result<T, ::std::string::String> {
                ::serde_json::from_str(data).map_err(|e| e.to_string())
            }
            /// `data` of an event as text (for [`sse_events`]).
            pub fn sse_text(
                data: &str,
            ) -> ::std::result::Result<::std::string::String, ::std::string::String> {
                Ok(data.to_string())
            }
            /// The body of `response` as it arrives, chunk by chunk, never held whole in memory.
            pub fn byte_stream<'a, X: Send + 'a>(
                response: ::reqwest::Response,
            ) -> ItemStream<'a, Bytes, X> {
                ::std::boxed::Box::pin(
                    ::futures_util::stream::unfold(
                        Some(response),
                        |response| async move {
                            let mut response = response?;
                            match response.chunk().await {
                                Ok(Some(chunk)) => Some((Ok(chunk), Some(response))),
                                Ok(None) => None,
                                Err(e) => Some((Err(Error::Request(e)), None)),
                            }
                        },
                    ),
                )
            }
            /// Send a request and return the response as soon as its status and headers are in, its
            /// body unread (for streams). Sent once: a stream's request is not retried.
            pub async fn send_streaming(
                http: &::reqwest::Client,
                req: ::reqwest::RequestBuilder,
            ) -> ::std::result::Result<::reqwest::Response, ::reqwest::Error> {
                let req = req.build()?;
                http.execute(req).await
            }
            /// The rest of a response that is not the stream asked for (an error status): its whole
            /// body, for the operation's documented error types.
            pub async fn read_rest(
                response: ::reqwest::Response,
            ) -> ::std::result::Result<
                (u16, ::reqwest::header::HeaderMap, ::std::vec::Vec<u8>),
                ::reqwest::Error,
            > {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                let bytes = response.bytes().await?;
                Ok((status, headers, bytes.to_vec()))
            }
        }
        /// Errors returned by the client's operations.
        #[derive(Debug)]
        pub enum Error<E> {
            /// The server answered with a documented error status; the typed body is inside.
            Api(E),
            /// The server answered with a status the API description does not document.
            UnexpectedStatus {
                /// The HTTP status.
                status: u16,
                /// The response body as received.
                body: ::std::vec::Vec<u8>,
            },
            /// The body of a documented response did not decode as its schema says.
            Decode {
                /// The HTTP status.
                status: u16,
                /// What did not match (serde_json's message, with its line and column).
                message: ::std::string::String,
                /// The response body as received.
                body: ::std::vec::Vec<u8>,
            },
            /// A parameter or body could not be encoded.
            Encode {
                /// Which parameter or body.
                what: &'static str,
                /// Why it could not be encoded.
                message: ::std::string::String,
            },
            /// The request could not be sent or the response not read (connection, timeout, ...).
            Request(::reqwest::Error),
        }
        impl<E> Error<E> {
            /// The HTTP status of the response, when there was one.
            pub fn status(&self) -> ::std::option::Option<u16> {
                match self {
                    Error::UnexpectedStatus { status, .. }
                    | Error::Decode { status, .. } => Some(*status),
                    Error::Request(e) => e.status().map(|s| s.as_u16()),
                    _ => None,
                }
            }
        }
        impl<E: ::std::fmt::Debug> ::std::fmt::Display for Error<E> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    Error::Api(e) => {
                        write!(f, "the server returned a documented error: {e:?}")
                    }
                    Error::UnexpectedStatus { status, body } => {
                        write!(
                            f,
                            "the server returned status {status}, which the API description does not document ({} body bytes): {}",
                            body.len(), body_excerpt(body)
                        )
                    }
                    Error::Decode { status, message, .. } => {
                        write!(
                            f,
                            "the body of the {status} response does not match the API description: {message}"
                        )
                    }
                    Error::Encode { what, message } => {
                        write!(f, "cannot encode {what}: {message}")
                    }
                    Error::Request(e) => write!(f, "request failed: {e}"),
                }
            }
        }
        impl<E: ::std::fmt::Debug> ::std::error::Error for Error<E> {}
        /// One credential the client holds. `Debug` shows no secret: tokens and passwords print as
        /// `<redacted>` (a logged client or a panic message must not leak them).
        #[derive(Clone)]
        pub enum Credential {
            /// A bearer token, or an API key.
            Token(::std::string::String),
            /// HTTP basic: user name and password.
            Basic(::std::string::String, ::std::option::Option<::std::string::String>),
        }
        impl ::std::fmt::Debug for Credential {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    Credential::Token(_) => f.write_str("Token(<redacted>)"),
                    Credential::Basic(user, _) => {
                        write!(f, "Basic({user:?}, <redacted>)")
                    }
                }
            }
        }
        /// Up to 300 characters of a body as text, for error messages.
        fn body_excerpt(body: &[u8]) -> ::std::string::String {
            let text = ::std::string::String::from_utf8_lossy(body);
            let mut out: ::std::string::String = text.chars().take(300).collect();
            if text.chars().nth(300).is_some() {
                out.push_str("...");
            }
            out
        }
        /// A parameter or body as a JSON value (what the parameter styles encode), or the error
        /// that names it.
        pub fn to_value<T: ::serde::Serialize + ?Sized, E>(
            what: &'static str,
            v: &T,
        ) -> ::std::result::Result<::serde_json::Value, Error<E>> {
            ::serde_json::to_value(v)
                .map_err(|e| Error::Encode {
                    what,
                    message: e.to_string(),
                })
        }
        /// When and how the client retries a request that failed in a way that may pass on a second
        /// try: a `429 Too Many Requests` or `503 Service Unavailable` answer (waiting what its
        /// `Retry-After` asks, when that fits the budget), or a connection that could not be made.
        ///
        /// Only requests that are safe to send twice are retried: idempotent methods (`GET`, `HEAD`,
        /// `PUT`, `DELETE`, `OPTIONS`, `TRACE`), and others when they carry an `Idempotency-Key`
        /// header. A request whose body cannot be replayed (a streamed body) is sent once.
        #[derive(Clone, Debug, PartialEq)]
        pub struct RetryPolicy {
            /// Retries after the first attempt (0: never retry).
            pub max_retries: u32,
            /// Wait before the first retry; doubles on each further one (with jitter: each wait is
            /// drawn between half and all of it).
            pub initial_backoff: ::std::time::Duration,
            /// Longest wait between two attempts, `Retry-After` included.
            pub max_backoff: ::std::time::Duration,
            /// Total time all waits of one call may add up to; a retry that would exceed it is not
            /// made and the last answer is returned.
            pub budget: ::std::time::Duration,
        }
        impl ::std::default::Default for RetryPolicy {
            /// 3 retries, 250 ms doubling up to 10 s, at most 30 s of waiting per call.
            fn default() -> Self {
                RetryPolicy {
                    max_retries: 3,
                    initial_backoff: ::std::time::Duration::from_millis(250),
                    max_backoff: ::std::time::Duration::from_secs(10),
                    budget: ::std::time::Duration::from_secs(30),
                }
            }
        }
        impl RetryPolicy {
            /// Never retry.
            pub fn none() -> Self {
                RetryPolicy {
                    max_retries: 0,
                    ..RetryPolicy::default()
                }
            }
            /// The wait before retry number `attempt` (0-based), jittered, capped at `max_backoff`.
            pub fn backoff(&self, attempt: u32) -> ::std::time::Duration {
                let full = self
                    .initial_backoff
                    .saturating_mul(1u32 << attempt.min(20))
                    .min(self.max_backoff);
                use ::std::hash::{BuildHasher, Hasher};
                let mut h = ::std::collections::hash_map::RandomState::new()
                    .build_hasher();
                h.write_u32(attempt);
                if let Ok(t) = ::std::time::SystemTime::now()
                    .duration_since(::std::time::UNIX_EPOCH)
                {
                    h.write_u128(t.as_nanos());
                }
                let frac = (h.finish() % 1_000) as u32;
                full / 2 + full / 2 * frac / 1_000
            }
        }
        /// Whether a request may be sent again: an idempotent method, or an `Idempotency-Key`.
        fn replay_safe(req: &::reqwest::Request) -> bool {
            use ::reqwest::Method;
            matches!(
                * req.method(), Method::GET | Method::HEAD | Method::PUT | Method::DELETE
                | Method::OPTIONS | Method::TRACE
            ) || req.headers().contains_key("idempotency-key")
        }
        /// `Retry-After` in seconds (the HTTP-date form is not read; the backoff applies then).
        fn retry_after(
            headers: &::reqwest::header::HeaderMap,
        ) -> ::std::option::Option<::std::time::Duration> {
            let v = headers.get("retry-after")?.to_str().ok()?.trim();
            v.parse::<u64>().ok().map(::std::time::Duration::from_secs)
        }
        /// Send a request and read the whole response: status, headers and body, retrying as
        /// `policy` says. Every operation awaits this one non-generic future, so the compiler
        /// checks reqwest's futures once instead of once per operation.
        pub async fn execute(
            http: &::reqwest::Client,
            req: ::reqwest::RequestBuilder,
            policy: &RetryPolicy,
        ) -> ::std::result::Result<
            (u16, ::reqwest::header::HeaderMap, ::std::vec::Vec<u8>),
            ::reqwest::Error,
        > {
            let req = req.build()?;
            let retryable = policy.max_retries > 0 && replay_safe(&req);
            let mut waited = ::std::time::Duration::ZERO;
            let mut attempt = 0u32;
            let mut req = req;
            loop {
                let again = if retryable && attempt < policy.max_retries {
                    req.try_clone()
                } else {
                    None
                };
                let result = http.execute(req).await;
                let wait = match &result {
                    Ok(resp) if matches!(resp.status().as_u16(), 429 | 503) => {
                        Some(
                            retry_after(resp.headers())
                                .unwrap_or_else(|| policy.backoff(attempt)),
                        )
                    }
                    Err(e) if e.is_connect() => Some(policy.backoff(attempt)),
                    _ => None,
                };
                match (wait, again) {
                    (
                        Some(w),
                        Some(again),
                    ) if w <= policy.max_backoff && waited + w <= policy.budget => {
                        ::tokio::time::sleep(w).await;
                        waited += w;
                        attempt += 1;
                        req = again;
                    }
                    _ => {
                        let resp = result?;
                        let status = resp.status().as_u16();
                        let headers = resp.headers().clone();
                        let bytes = resp.bytes().await?;
                        return Ok((status, headers, bytes.to_vec()));
                    }
                }
            }
        }
        /// Decode a JSON body into `T`.
        pub fn decode_json<T: ::serde::de::DeserializeOwned, E>(
            status: u16,
            body: &[u8],
        ) -> ::std::result::Result<T, Error<E>> {
            let body = if body.is_empty() { &b"null"[..] } else { body };
            ::serde_json::from_slice(body)
                .map_err(|e| Error::Decode {
                    status,
                    message: e.to_string(),
                    body: body.to_vec(),
                })
        }
        /// A declared response header that may be absent.
        pub fn optional_header<T: ::serde::de::DeserializeOwned, E>(
            headers: &::reqwest::header::HeaderMap,
            name: &str,
            status: u16,
        ) -> ::std::result::Result<::std::option::Option<T>, Error<E>> {
            let Some(raw) = headers.get(name) else {
                return Ok(None);
            };
            let bad = |message: ::std::string::String| Error::Decode {
                status,
                message: format!("response header {name}: {message}"),
                body: ::std::vec::Vec::new(),
            };
            let raw = raw.to_str().map_err(|e| bad(e.to_string()))?;
            from_header_text(raw).map(Some).map_err(bad)
        }
        /// A response header the API description says is always sent.
        pub fn required_header<T: ::serde::de::DeserializeOwned, E>(
            headers: &::reqwest::header::HeaderMap,
            name: &str,
            status: u16,
        ) -> ::std::result::Result<T, Error<E>> {
            optional_header(headers, name, status)?
                .ok_or_else(|| Error::Decode {
                    status,
                    message: format!("the required response header {name} is missing"),
                    body: ::std::vec::Vec::new(),
                })
        }
    }
}
pub use self::stipula_runtime::body::*;
pub use self::stipula_runtime::client::*;
pub use self::stipula_runtime::params::*;
pub use self::stipula_runtime::serde_support::*;
pub use self::stipula_runtime::client::stream::*;
