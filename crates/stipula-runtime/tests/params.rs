//! The parameter styles round-trip: what the client side encodes, the server side decodes
//! back to the same value (random values, every query style, explode on and off, empty
//! arrays, items holding the delimiters, objects), and path styles `simple`/`label`/`matrix`.

use proptest::prelude::*;
use serde_json::{json, Value};
use stipula_runtime::params::{
    encode_pairs, parse_query_marked, path_param, path_pieces, push_param,
};
use stipula_runtime::server::Errors;

fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("([,|&=+%#?/ ;.\\[\\]\"'a-z0-9]|é|日|🐶){0,8}").unwrap()
}

/// Through the wire: client encoding, the query string, server decoding.
fn query_round_trip<T: serde::de::DeserializeOwned>(
    v: &Value,
    style: &str,
    explode: bool,
) -> (Option<T>, Errors) {
    let mut pairs = Vec::new();
    push_param(&mut pairs, "p", v, style, explode);
    let query = encode_pairs(&pairs);
    let decoded = parse_query_marked(Some(&query));
    let mut errors = Errors::new(&[]);
    let out = errors.query::<T>(&decoded, "p", style, explode, false);
    (out, errors)
}

const STYLES: [(&str, bool); 4] = [
    ("form", true),
    ("form", false),
    ("spaceDelimited", false),
    ("pipeDelimited", false),
];

/// [`STYLES`] and the delimited styles exploded (undefined in OpenAPI; written as `form`
/// exploded, see `params`).
const ALL_STYLES: [(&str, bool); 6] = [
    STYLES[0],
    STYLES[1],
    STYLES[2],
    STYLES[3],
    ("spaceDelimited", true),
    ("pipeDelimited", true),
];

/// An object parameter with members of two types.
#[derive(Debug, PartialEq, serde::Deserialize)]
struct Point {
    x: i64,
    name: String,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn string_arrays_round_trip(items in proptest::collection::vec(text(), 1..5), which in 0usize..6) {
        let (style, explode) = ALL_STYLES[which];
        // A space-delimited item must not hold a space, and an exploded form item that is
        // empty is indistinguishable from no item: the styles cannot carry those.
        prop_assume!(style != "spaceDelimited" || items.iter().all(|i| !i.contains(' ') && !i.is_empty()));
        prop_assume!(items.len() > 1 || !items[0].is_empty());
        // One item holding its style's delimiter reads as a client that percent-encoded its
        // delimiters (`a%7Cb`): the server splits it, by design.
        let delimiter = match style { "pipeDelimited" => "|", "spaceDelimited" => " ", _ => "," };
        prop_assume!(explode || items.len() > 1 || !items[0].contains(delimiter));
        let (out, errors) = query_round_trip::<Vec<String>>(&json!(items), style, explode);
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert_eq!(out, Some(items));
    }

    #[test]
    fn integer_arrays_round_trip(items in proptest::collection::vec(any::<i64>(), 0..5), which in 1usize..4) {
        let (style, explode) = STYLES[which];
        let (out, errors) = query_round_trip::<Vec<i64>>(&json!(items), style, explode);
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert_eq!(out, Some(items));
    }

    /// `color=x,3,name,a%2Cb`: the members joined with literal delimiters, a member's own
    /// delimiter percent-encoded, read back member by member as the fields ask.
    #[test]
    fn objects_round_trip(x in any::<i64>(), name in text(), which in 1usize..4) {
        let (style, explode) = STYLES[which];
        // A space-delimited value must not hold a space (the style cannot carry it).
        prop_assume!(style != "spaceDelimited" || !name.contains(' '));
        let v = json!({"x": x, "name": name});
        let (out, errors) = query_round_trip::<Point>(&v, style, explode);
        prop_assert!(errors.is_empty(), "{style}: {errors:?}");
        prop_assert_eq!(out, Some(Point { x, name }));
    }

    #[test]
    fn deep_objects_round_trip(a in text(), b in any::<i32>()) {
        let v = json!({"a": a, "b": b.to_string()});
        let (out, errors) = query_round_trip::<std::collections::BTreeMap<String, String>>(&v, "deepObject", true);
        prop_assert!(errors.is_empty(), "{errors:?}");
        let want: std::collections::BTreeMap<String, String> = [("a".to_string(), a), ("b".to_string(), b.to_string())].into();
        prop_assert_eq!(out, Some(want));
    }

    #[test]
    fn path_styles_round_trip(items in proptest::collection::vec(text(), 1..4), style in prop_oneof!["simple", "label", "matrix"], explode in any::<bool>()) {
        // `[""]` and `[]` are the same empty segment.
        prop_assume!(items.len() > 1 || !items[0].is_empty());
        let raw = path_param("id", &json!(items), &style, explode);
        prop_assert!(!raw.contains('/'), "{raw} would split the path");
        prop_assert_eq!(path_pieces(&raw, "id", &style, explode), Some(items), "{}", raw);
    }
}

#[test]
fn empty_delimited_array_is_an_empty_list_not_one_empty_string() {
    for (style, explode) in &STYLES[1..] {
        let (out, errors) = query_round_trip::<Vec<String>>(&json!([]), style, *explode);
        assert!(errors.is_empty(), "{style}: {errors:?}");
        assert_eq!(out, Some(Vec::new()), "{style}");
    }
}

#[test]
fn query_styles_are_written_as_the_openapi_style_table_says() {
    let arr = json!(["blue", "black"]);
    let obj = json!({"R": 100, "G": 200});
    let cases = [
        ("form", false, &obj, "color=R,100,G,200"),
        ("pipeDelimited", false, &obj, "color=R|100|G|200"),
        ("spaceDelimited", false, &obj, "color=R%20100%20G%20200"),
        ("form", true, &obj, "R=100&G=200"),
        // a member's own comma stays escaped, the delimiters do not
        ("form", false, &json!({"a": "x,y"}), "color=a,x%2Cy"),
        ("pipeDelimited", false, &arr, "color=blue|black"),
        // undefined in OpenAPI, written as `form` exploded (see `params`)
        ("pipeDelimited", true, &arr, "color=blue&color=black"),
        ("spaceDelimited", true, &arr, "color=blue&color=black"),
        ("pipeDelimited", true, &obj, "R=100&G=200"),
    ];
    for (style, explode, v, want) in cases {
        let mut pairs = Vec::new();
        push_param(&mut pairs, "color", v, style, explode);
        assert_eq!(encode_pairs(&pairs), want, "{style} explode={explode} {v}");
    }
}

#[test]
fn an_exploded_delimited_array_sent_with_its_delimiter_is_split_there() {
    // what a client that keeps the delimiter when exploded sends
    let decoded = parse_query_marked(Some("p=a|b%7Cc"));
    let mut errors = Errors::new(&[]);
    let out = errors.query::<Vec<String>>(&decoded, "p", "pipeDelimited", true, false);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(out, Some(vec!["a".to_string(), "b|c".to_string()]));
    // one item holding a `|` the client escaped stays one item
    let decoded = parse_query_marked(Some("p=b%7Cc"));
    let out = errors.query::<Vec<String>>(&decoded, "p", "pipeDelimited", true, false);
    assert_eq!(out, Some(vec!["b|c".to_string()]));
}

#[test]
fn path_styles_are_written_as_rfc_6570_says() {
    let arr = json!(["blue", "black"]);
    let obj = json!({"R": 100, "G": 200});
    let cases = [
        ("simple", false, &arr, "blue,black"),
        ("label", false, &arr, ".blue,black"),
        ("label", true, &arr, ".blue.black"),
        ("matrix", false, &arr, ";color=blue,black"),
        ("matrix", true, &arr, ";color=blue;color=black"),
        ("simple", true, &obj, "R=100,G=200"),
        ("label", false, &obj, ".R,100,G,200"),
        ("label", true, &obj, ".R=100.G=200"),
        ("matrix", false, &obj, ";color=R,100,G,200"),
        ("matrix", true, &obj, ";R=100;G=200"),
        ("matrix", false, &json!(5), ";color=5"),
    ];
    for (style, explode, v, want) in cases {
        assert_eq!(
            path_param("color", v, style, explode),
            want,
            "{style} explode={explode} {v}"
        );
    }
}

#[test]
fn a_segment_without_its_style_prefix_is_refused() {
    assert_eq!(path_pieces("blue", "color", "label", false), None);
    assert_eq!(path_pieces("color=blue", "color", "matrix", false), None);
    assert_eq!(path_pieces(";other=blue", "color", "matrix", false), None);
}

#[test]
fn raw_path_segments_are_found_from_the_end_of_the_path() {
    use stipula_runtime::params::{path_values, raw_path_params};
    assert_eq!(
        raw_path_params("/a/{x}/b.{y}", "/nested/a/%2C,x/b.q%2E"),
        vec![Some("%2C,x".to_string()), Some("q%2E".to_string())]
    );
    // Two parameters in one segment: the router's decoded values are used instead.
    assert_eq!(raw_path_params("/a/{x}-{y}", "/a/1-2"), vec![None, None]);
    assert_eq!(
        path_values("/a/{x}-{y}", "/a/1-2", &["1%", "2"]),
        vec!["1%25".to_string(), "2".to_string()]
    );
}

#[test]
fn path_values_read_back_in_their_style_or_say_what_was_expected() {
    use stipula_runtime::params::read_path;
    let items: Vec<String> = read_path(".a%2Cb,c", "p", "label", false).unwrap();
    assert_eq!(items, vec!["a,b".to_string(), "c".to_string()]);
    let ints: Vec<i64> = read_path(";p=1;p=2", "p", "matrix", true).unwrap();
    assert_eq!(ints, vec![1, 2]);
    let one: String = read_path("a%2Cb", "p", "simple", false).unwrap();
    assert_eq!(one, "a,b");
    // A string's delimiters sent literally by another client stay in it.
    let literal: String = read_path("a,b", "p", "simple", false).unwrap();
    assert_eq!(literal, "a,b");
    let literal: String = read_path(";p=a,b", "p", "matrix", false).unwrap();
    assert_eq!(literal, "a,b");
    let n: i64 = read_path(".7", "p", "label", false).unwrap();
    assert_eq!(n, 7);
    let obj: std::collections::BTreeMap<String, i64> =
        read_path("x=1,y=2", "p", "simple", true).unwrap();
    assert_eq!(obj, [("x".to_string(), 1), ("y".to_string(), 2)].into());
    let err = read_path::<Vec<String>>("a,b", "p", "label", false).unwrap_err();
    assert!(err.contains("expected label style"), "{err}");
    let err = read_path::<i64>("p=1", "p", "matrix", false).unwrap_err();
    assert!(err.contains(";p=value"), "{err}");
    assert!(read_path::<i64>("abc", "p", "simple", false).is_err());
}
