//! Object keys as generated structs read them: straight to the index of their field (the
//! expected one first), escaped keys included, and unnamed keys kept where the struct has
//! `additionalProperties`.

use serde::de::{DeserializeSeed, MapAccess, Visitor};
use stipula_runtime::serde_support::{field_index, FieldIndex, FieldOrKey, StructFields};

const FIELDS: &[&str] = &["id", "name", "é"];

/// The names of the struct the keys belong to, as a generated visitor declares them.
struct Names;
impl StructFields for Names {
    const FIELDS: &'static [&'static str] = FIELDS;
}

#[test]
fn the_expected_field_first_then_any_then_none() {
    assert_eq!(field_index(FIELDS, 1, "name"), 1);
    assert_eq!(field_index(FIELDS, 0, "name"), 1, "out of order");
    assert_eq!(field_index(FIELDS, 3, "id"), 0, "expect past the end");
    assert_eq!(
        field_index(FIELDS, 2, "name"),
        1,
        "before the expected one: wraps"
    );
    assert_eq!(field_index(FIELDS, 0, "é"), 2, "after the expected one");
    assert_eq!(
        field_index(FIELDS, 0, "nam"),
        3,
        "unknown: the table's length"
    );
    assert_eq!(field_index(&[], 0, "x"), 0);
}

/// Keys of every length the comparison treats apart (0-3, 4-7, 8-16, 17-32 and longer
/// bytes), against names that differ from them in one byte only, first, middle or last.
#[test]
fn keys_of_every_length_match_only_themselves() {
    let names: Vec<String> = (0..=40)
        .map(|n| (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect())
        .collect();
    let fields: Vec<&str> = names.iter().map(String::as_str).collect();
    for (i, name) in names.iter().enumerate() {
        // Found where expected, and found from anywhere else.
        assert_eq!(field_index(&fields, i, name), i, "{name:?} expected");
        assert_eq!(
            field_index(&fields, (i + 7) % fields.len(), name),
            i,
            "{name:?} searched"
        );
        for at in [0, name.len() / 2, name.len().saturating_sub(1)] {
            let mut other = name.clone().into_bytes();
            let Some(b) = other.get_mut(at) else { continue };
            *b = b'Z';
            let other = String::from_utf8(other).unwrap_or_default();
            assert_eq!(
                field_index(&fields, i, &other),
                fields.len(),
                "{other:?} is not {name:?}"
            );
        }
    }
}

/// The keys of a JSON object, read with `FieldIndex` or `FieldOrKey` as a generated
/// `visit_map` does (each key's successor expected next).
fn keys(json: &str, keep: bool) -> Vec<Result<usize, String>> {
    struct V(bool);
    impl<'de> Visitor<'de> for V {
        type Value = Vec<Result<usize, String>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            let mut expect = 0;
            loop {
                let k = if self.0 {
                    map.next_key_seed(FieldOrKey::<Names>::new(expect))?
                } else {
                    map.next_key_seed(FieldIndex::<Names>::new(expect))?.map(Ok)
                };
                let Some(k) = k else { break };
                map.next_value::<serde::de::IgnoredAny>()?;
                if let Ok(i) = k {
                    expect = i + 1;
                }
                out.push(k);
            }
            Ok(out)
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    serde::Deserializer::deserialize_map(&mut de, V(keep)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn escaped_and_unknown_keys() {
    let json = r#"{"id": 1, "n\u0061me": 2, "\u00e9": 3, "other": 4, "na\"me": 5}"#;
    assert_eq!(keys(json, false), [Ok(0), Ok(1), Ok(2), Ok(3), Ok(3)]);
    assert_eq!(
        keys(json, true),
        [
            Ok(0),
            Ok(1),
            Ok(2),
            Err("other".into()),
            Err("na\"me".into())
        ]
    );
    // A key that is not a string is an error that says what was expected.
    let mut de = serde_json::Deserializer::from_str("12");
    let err = FieldIndex::<Names>::new(0)
        .deserialize(&mut de)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("an object key"), "{err}");
}
