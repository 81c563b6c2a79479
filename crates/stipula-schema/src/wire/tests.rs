use super::*;
use serde_json::json;

fn roundtrip(
    loc: ParamLocation,
    style: ParamStyle,
    explode: bool,
    v: Value,
    to: Value,
) -> Option<Value> {
    let w = encode("p", loc, style, explode, &v)?;
    decode(&w, "p", style, explode, &to).ok().flatten()
}

#[test]
fn every_style_round_trips() {
    let obj = json!({"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}});
    let arr = json!({"type": "array", "items": {"type": "integer"}});
    let v_obj = json!({"a": 5, "b": "x"});
    let v_arr = json!([1, 2]);
    use ParamLocation::*;
    use ParamStyle::*;
    for (loc, style) in [
        (Path, Simple),
        (Path, Label),
        (Path, Matrix),
        (Query, Form),
        (Header, Simple),
    ] {
        for explode in [false, true] {
            assert_eq!(
                roundtrip(loc, style, explode, v_obj.clone(), obj.clone()),
                Some(v_obj.clone()),
                "{style:?} {explode}"
            );
            assert_eq!(
                roundtrip(loc, style, explode, v_arr.clone(), arr.clone()),
                Some(v_arr.clone()),
                "{style:?} {explode}"
            );
        }
    }
    for style in [SpaceDelimited, PipeDelimited] {
        for explode in [false, true] {
            for (v, schema) in [(&v_arr, &arr), (&v_obj, &obj)] {
                assert_eq!(
                    roundtrip(Query, style, explode, v.clone(), schema.clone()),
                    Some(v.clone()),
                    "{style:?} {explode} {v}"
                );
            }
        }
    }
    assert_eq!(
        roundtrip(Query, DeepObject, true, v_obj.clone(), obj.clone()),
        Some(v_obj.clone())
    );
}

#[test]
fn text_is_coerced_to_the_declared_type() {
    let w = encode(
        "f",
        ParamLocation::Query,
        ParamStyle::DeepObject,
        true,
        &json!({"groupId": 5}),
    );
    let to = json!({"type": "object", "properties": {"groupId": {"type": "string"}}});
    let w = w.expect("encodes");
    assert_eq!(w.display(), "?f[groupId]=5");
    assert_eq!(
        decode(&w, "f", ParamStyle::DeepObject, true, &to),
        Ok(Some(json!({"groupId": "5"})))
    );
    // a scalar sent where the revision reads a form/explode array: a one-item array
    let w = encode(
        "token",
        ParamLocation::Query,
        ParamStyle::Form,
        true,
        &json!("abc"),
    )
    .expect("encodes");
    let to = json!({"type": "array", "items": {"type": "string"}});
    assert_eq!(
        decode(&w, "token", ParamStyle::Form, true, &to),
        Ok(Some(json!(["abc"])))
    );
    let int = json!({"type": "integer"});
    let w = encode(
        "n",
        ParamLocation::Header,
        ParamStyle::Simple,
        false,
        &json!("abc"),
    )
    .expect("encodes");
    assert_eq!(
        decode(&w, "n", ParamStyle::Simple, false, &int),
        Ok(Some(json!("abc")))
    );
}

fn read(
    loc: ParamLocation,
    style: ParamStyle,
    explode: bool,
    kinds: Kinds,
    v: Value,
) -> Vec<Value> {
    let opts = Options {
        nested_as_json: true,
        ..Options::default()
    };
    let w = encode_with("tags", loc, style, explode, &v, opts).expect("encodes");
    match readings(&w, "tags", style, explode, kinds, Some(&v)) {
        Readings::Values(v) => v,
        Readings::Absent => panic!("absent"),
    }
}

const ARRAYS: Kinds = Kinds {
    arrays: true,
    objects: false,
};
const OBJECTS: Kinds = Kinds {
    arrays: false,
    objects: true,
};
const SCALARS: Kinds = Kinds {
    arrays: false,
    objects: false,
};

#[test]
fn a_scalar_is_a_one_item_array_when_exploded() {
    use ParamLocation::*;
    use ParamStyle::*;
    let v = read(Query, Form, true, ARRAYS, json!("stipula"));
    assert!(v.contains(&json!(["stipula"])), "{v:?}");
    let v = read(Query, Form, false, ARRAYS, json!("a,b"));
    assert!(v.contains(&json!(["a", "b"])), "{v:?}");
    let v = read(Query, PipeDelimited, false, ARRAYS, json!("1|2"));
    assert!(v.contains(&json!([1, 2])), "{v:?}");
}

#[test]
fn text_is_read_as_every_scalar_it_can_be() {
    use ParamLocation::*;
    use ParamStyle::*;
    let v = read(Header, Simple, false, SCALARS, json!("5"));
    assert!(v.contains(&json!(5)) && v.contains(&json!("5")), "{v:?}");
    // servers trim header values (RFC 9110 §5.5): the value as sent is not read back
    let v = read(Header, Simple, false, SCALARS, json!(" 7 "));
    assert!(v.contains(&json!(7)) && !v.contains(&json!(" 7 ")), "{v:?}");
    let v = read(Header, Simple, false, SCALARS, json!("  "));
    assert!(!v.contains(&json!("  ")) && v.contains(&json!("")), "{v:?}");
    let v = read(Query, Form, true, SCALARS, json!("True"));
    assert!(v.contains(&json!(true)), "{v:?}");
    let v = read(Header, Simple, false, SCALARS, json!("stipula"));
    assert!(!v.iter().any(Value::is_number), "{v:?}");
    let v = read(Header, Simple, false, ARRAYS, json!(["1", "2"]));
    assert!(v.contains(&json!([1, 2])), "{v:?}");
}

#[test]
fn objects_and_absence() {
    use ParamLocation::*;
    use ParamStyle::*;
    let w = encode("tags", Query, Form, true, &json!([])).expect("encodes");
    assert_eq!(
        readings(&w, "tags", Form, true, ARRAYS, None),
        Readings::Absent
    );
    let w = encode("tags", Query, Form, true, &json!({})).expect("encodes");
    assert_eq!(
        readings(&w, "tags", Form, true, OBJECTS, None),
        Readings::Absent
    );
    let v = read(Path, Simple, true, OBJECTS, json!("a=1,b=x"));
    assert!(v.contains(&json!({"a": 1, "b": "x"})), "{v:?}");
    let v = read(Query, DeepObject, true, OBJECTS, json!({"n": "3"}));
    assert!(v.contains(&json!({"n": 3})), "{v:?}");
    // an array member of a deepObject is indexed, and read back as a list, one item too
    let v = read(
        Query,
        DeepObject,
        true,
        OBJECTS,
        json!({"n": [1, 2], "m": ["x"]}),
    );
    assert!(v.contains(&json!({"n": [1, 2], "m": ["x"]})), "{v:?}");
    let v = read(Path, Matrix, true, OBJECTS, json!({"a": 1}));
    assert!(v.contains(&json!({"a": 1})), "{v:?}");
}

/// The text on the request line: each item escaped on its own, so an item's own
/// delimiter is `%2C` and the delimiter stays literal (express `qs` with `comma`,
/// serde_qs and stipula's servers split before they decode); a path never gets a
/// dot segment or a `/`; nested values travel as JSON.
#[test]
fn escaped_text_keeps_the_delimiters_apart() {
    use ParamLocation::*;
    use ParamStyle::*;
    let esc = Options {
        escape: true,
        nested_as_json: true,
        ..Options::default()
    };
    let text = |loc, style, explode, v: Value| {
        let w = encode_with("p", loc, style, explode, &v, esc).expect("encodes");
        w.pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    };
    assert_eq!(text(Query, Form, false, json!(["a,b", "c"])), "p=a%2Cb,c");
    assert_eq!(
        text(Query, PipeDelimited, false, json!(["a|b", "c"])),
        "p=a%7Cb|c"
    );
    assert_eq!(
        text(Query, SpaceDelimited, false, json!(["a b", "c"])),
        "p=a%20b%20c"
    );
    assert_eq!(
        text(Query, DeepObject, true, json!({"k": [1, 2], "s": "x y"})),
        "p%5Bk%5D%5B0%5D=1&p%5Bk%5D%5B1%5D=2&p%5Bs%5D=x%20y"
    );
    assert_eq!(
        text(Query, Form, true, json!([{"a": 1}])),
        "p=%7B%22a%22%3A1%7D"
    );
    assert_eq!(text(Path, Simple, false, json!("a/b.txt")), "p=a%2Fb.txt");
    assert_eq!(text(Path, Label, true, json!(["a.b", "c"])), "p=.a%2Eb.c");
    assert_eq!(text(Header, Simple, false, json!(["a b", "c"])), "p=a b,c");
    let reserved = Options {
        allow_reserved: true,
        ..esc
    };
    let w = encode_with("q", Query, Form, true, &json!("a/b:c&d"), reserved);
    assert_eq!(
        w.map(|w| w.pairs),
        Some(vec![("q".into(), "a/b:c%26d".into())])
    );
    // without nested_as_json, what the style cannot carry does not encode
    assert_eq!(encode("p", Query, Form, true, &json!([{"a": 1}])), None);
}

/// `spaceDelimited`/`pipeDelimited` with `explode: true` are undefined in OpenAPI: written as
/// `form` exploded (see the module docs), as stipula-runtime's client writes them.
#[test]
fn exploded_delimited_styles_are_written_as_form_exploded() {
    use ParamStyle::*;
    let pairs =
        |style, v: Value| encode("color", ParamLocation::Query, style, true, &v).map(|w| w.pairs);
    let kv = |list: &[(&str, &str)]| -> Option<Vec<(String, String)>> {
        Some(
            list.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    };
    for style in [SpaceDelimited, PipeDelimited] {
        assert_eq!(
            pairs(style, json!(["blue", "black"])),
            kv(&[("color", "blue"), ("color", "black")])
        );
        assert_eq!(
            pairs(style, json!({"R": 100, "G": 200})),
            kv(&[("R", "100"), ("G", "200")])
        );
    }
    // not exploded: one pair, the style's delimiter between keys and values
    let w = encode(
        "color",
        ParamLocation::Query,
        PipeDelimited,
        false,
        &json!({"R": 100, "G": 200}),
    );
    assert_eq!(w.map(|w| w.pairs), kv(&[("color", "R|100|G|200")]));
}
