//! JSON Pointers (RFC 6901): escaping, unescaping, array indices and lookup.
//!
//! The one implementation in stipula-spec (the loader, the position index, the `$ref`
//! resolver, the validator and the bundler all go through it), so every part answers the
//! same way:
//!
//! * a pointer is `""` (the whole document) or `/`-separated tokens each starting with `/`;
//!   in a token `~1` stands for `/` and `~0` for `~` (unescaped in that order, so `~01`
//!   is `~1`);
//! * an array index is `0` or digits without a leading zero: `"01"`, `"+1"`, `" 1"` and
//!   `"-"` (RFC 6901's "past the last element", which names no existing element) never
//!   select an element of an array; as object keys they are ordinary names.
//!
//! ```
//! use stipula_spec::pointer;
//! let v = serde_json::json!({"paths": {"/pets": {"get": [10, 20]}}});
//! assert_eq!(pointer::get(&v, "/paths/~1pets/get/1"), Some(&serde_json::json!(20)));
//! assert_eq!(pointer::get(&v, "/paths/~1pets/get/+1"), None);
//! assert_eq!(pointer::join("/paths", "/pets"), "/paths/~1pets");
//! assert_eq!(pointer::array_index("01"), None);
//! ```

use serde_json::Value;
use std::borrow::Cow;

/// Append `token` to `out` escaped as a pointer token (`~` → `~0`, `/` → `~1`).
pub fn push_escaped(out: &mut String, token: &str) {
    // Most tokens need no escaping: copy them whole.
    let mut from = 0;
    for (i, b) in token.bytes().enumerate() {
        let esc = match b {
            b'~' => "~0",
            b'/' => "~1",
            _ => continue,
        };
        // `~` and `/` are ASCII, so `i` is a char boundary.
        out.push_str(&token[from..i]);
        out.push_str(esc);
        from = i + 1;
    }
    out.push_str(&token[from..]);
}

/// `token` escaped as a pointer token (borrowed when it needs no escape).
pub fn escape(token: &str) -> Cow<'_, str> {
    if token.bytes().any(|b| b == b'~' || b == b'/') {
        let mut out = String::with_capacity(token.len() + 2);
        push_escaped(&mut out, token);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(token)
    }
}

/// The key or index a pointer token names (`~1` → `/`, then `~0` → `~`; borrowed when it
/// has no escape).
pub fn unescape(token: &str) -> Cow<'_, str> {
    if token.contains('~') {
        Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(token)
    }
}

/// `base` + `/` + `token` escaped.
pub fn join(base: &str, token: &str) -> String {
    let mut s = String::with_capacity(base.len() + token.len() + 1);
    s.push_str(base);
    s.push('/');
    push_escaped(&mut s, token);
    s
}

/// The unescaped tokens of `pointer`, or `None` when it is not a pointer (not empty and
/// not starting with `/`). `""` has no tokens; `"/"` has one, the empty key.
pub fn tokens(pointer: &str) -> Option<impl Iterator<Item = Cow<'_, str>>> {
    let rest = match pointer {
        "" => None,
        p => Some(p.strip_prefix('/')?),
    };
    Some(rest.into_iter().flat_map(|r| r.split('/')).map(unescape))
}

/// The array index a token names: `0`, or ASCII digits without a leading zero that fit a
/// `usize`. `"01"`, `"+1"`, `"-"`, `""` and anything else: `None`.
pub fn array_index(token: &str) -> Option<usize> {
    let b = token.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) || (b.len() > 1 && b[0] == b'0') {
        return None;
    }
    token.parse().ok()
}

/// The value at `pointer` in `value` (RFC 6901; array indices as [`array_index`] reads
/// them). Allocates only for tokens with a `~` escape (the builder does hundreds of
/// thousands of these lookups; `serde_json::Value::pointer` allocates per token).
pub fn get<'v>(value: &'v Value, pointer: &str) -> Option<&'v Value> {
    let mut v = value;
    for token in tokens(pointer)? {
        v = match v {
            // Small objects: comparing keys beats hashing the token.
            Value::Object(m) if m.len() <= 12 => {
                m.iter().find(|(k, _)| k.as_str() == token.as_ref())?.1
            }
            Value::Object(m) => m.get(token.as_ref())?,
            Value::Array(a) => a.get(array_index(&token)?)?,
            _ => return None,
        };
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn escaping_round_trips_and_unescapes_in_rfc_order() {
        for key in ["plain", "a/b", "~", "~1", "~0/", "", "/pets/{id}", "é/ü"] {
            assert_eq!(unescape(&escape(key)), key, "{key:?}");
        }
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        // `~01` is `~1` (not `/`): `~1` is replaced first.
        assert_eq!(unescape("~01"), "~1");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(join("", "a/b"), "/a~1b");
    }

    #[test]
    fn tokens_of_the_whole_document_the_empty_key_and_non_pointers() {
        let all = |p| tokens(p).map(|t| t.map(Cow::into_owned).collect::<Vec<_>>());
        assert_eq!(all(""), Some(vec![]));
        assert_eq!(all("/"), Some(vec![String::new()]));
        assert_eq!(
            all("/a~1b//c"),
            Some(vec!["a/b".into(), String::new(), "c".into()])
        );
        assert_eq!(all("a/b"), None);
        assert_eq!(all("#/a"), None);
    }

    #[test]
    fn one_answer_for_odd_array_indices() {
        assert_eq!(array_index("0"), Some(0));
        assert_eq!(array_index("17"), Some(17));
        for t in [
            "01",
            "00",
            "+1",
            "-1",
            "-",
            "",
            " 1",
            "1 ",
            "1e2",
            "٣",
            "99999999999999999999999",
        ] {
            assert_eq!(array_index(t), None, "{t:?}");
        }
        let v = json!({"a": [1, 2], "01": "key", "-": "dash", "+1": "plus"});
        assert_eq!(get(&v, "/a/1"), Some(&json!(2)));
        assert_eq!(get(&v, "/a/01"), None);
        assert_eq!(get(&v, "/a/+1"), None);
        assert_eq!(get(&v, "/a/-"), None);
        assert_eq!(get(&v, "/a/2"), None);
        // Not indices, but ordinary keys of an object.
        assert_eq!(get(&v, "/01"), Some(&json!("key")));
        assert_eq!(get(&v, "/-"), Some(&json!("dash")));
        assert_eq!(get(&v, "/+1"), Some(&json!("plus")));
        assert_eq!(get(&v, ""), Some(&v));
        assert_eq!(get(&v, "a"), None);
    }

    #[test]
    fn lookup_in_big_and_small_objects_agrees() {
        let mut big = serde_json::Map::new();
        for i in 0..40 {
            big.insert(format!("k/{i}"), json!(i));
        }
        let v = json!({"big": big, "small": {"k/3": 3}});
        assert_eq!(get(&v, "/big/k~13"), Some(&json!(3)));
        assert_eq!(get(&v, "/small/k~13"), Some(&json!(3)));
        assert_eq!(get(&v, "/big/k~13/x"), None);
    }
}
