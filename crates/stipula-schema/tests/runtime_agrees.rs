//! The generated client's parameter encoder (stipula-runtime's `params`, embedded in
//! generated crates, so it cannot use this crate) and `stipula_schema::wire::encode_with`
//! (what the fuzzer sends, and the diff's wire text) write the same text for random values,
//! for every style and explode of each location.
//!
//! Compared up to RFC 3986 §6.2.2.2 (a percent-encoded unreserved character, `%2E`, is the
//! same URI as the character) outside `label` paths, where `.` is the delimiter.
//! Covered since the two sides were made to agree: objects in a query in every style
//! (`color=R,100,G,200`: the delimiters between members literal, a member's own `,` as
//! `%2C`), and `spaceDelimited`/`pipeDelimited` with `explode: true` (undefined in OpenAPI;
//! both write `form` exploded, `p=a&p=b`, see `stipula_schema::wire`).
//!
//! Not compared: `null` (the client leaves a `None` parameter out before encoding), values
//! nested two levels deep (the client writes deepObject members' members as `a[b][c]`,
//! the schema side as JSON text), and cookies (the client's cookie line is template code,
//! not `params`).

#![cfg(feature = "validate")]

use proptest::prelude::*;
use serde_json::{Map, Value};
use stipula_runtime::params;
use stipula_runtime::serde_support::simple;
use stipula_schema::wire::{Options, encode_with};
use stipula_spec::{ParamLocation, ParamStyle};

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        // delimiters, reserved characters, a space, non-ASCII
        "[a-c0-9 ,|.;=&/%+?#é]{0,6}".prop_map(Value::String),
        any::<i32>().prop_map(Value::from),
        any::<bool>().prop_map(Value::Bool),
    ]
}

fn object(member: BoxedStrategy<Value>) -> impl Strategy<Value = Value> {
    proptest::collection::btree_map("[a-c]{1,3}", member, 0..4)
        .prop_map(|m| Value::Object(m.into_iter().collect::<Map<String, Value>>()))
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        scalar(),
        proptest::collection::vec(scalar(), 0..4).prop_map(Value::Array),
        object(scalar().boxed()),
    ]
}

/// deepObject: an object whose members are scalars or lists of scalars.
fn deep_value() -> impl Strategy<Value = Value> {
    object(
        prop_oneof![
            scalar(),
            proptest::collection::vec(scalar(), 1..3).prop_map(Value::Array),
        ]
        .boxed(),
    )
}

fn escaped() -> Options {
    Options {
        escape: true,
        nested_as_json: true,
        ..Options::default()
    }
}

fn schema_query(name: &str, style: ParamStyle, explode: bool, v: &Value) -> Option<String> {
    let w = encode_with(name, ParamLocation::Query, style, explode, v, escaped())?;
    Some(
        w.pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&"),
    )
}

fn runtime_query(name: &str, style: ParamStyle, explode: bool, v: &Value) -> String {
    let mut pairs = Vec::new();
    params::push_param(&mut pairs, name, v, style.as_str(), explode);
    params::encode_pairs(&pairs)
}

fn schema_text(loc: ParamLocation, style: ParamStyle, explode: bool, v: &Value) -> String {
    encode_with("id", loc, style, explode, v, escaped())
        .and_then(|w| w.pairs.into_iter().next())
        .map(|(_, t)| t)
        .unwrap_or_default()
}

/// `%2E` → `.` outside label paths (see the module docs).
fn unreserved(style: ParamStyle, s: String) -> String {
    if style == ParamStyle::Label {
        s
    } else {
        s.replace("%2E", ".")
    }
}

const QUERY: [ParamStyle; 3] = [
    ParamStyle::Form,
    ParamStyle::SpaceDelimited,
    ParamStyle::PipeDelimited,
];
const PATH: [ParamStyle; 3] = [ParamStyle::Simple, ParamStyle::Label, ParamStyle::Matrix];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn query_styles_agree(v in value(), explode in any::<bool>(), i in 0usize..3) {
        let style = QUERY[i];
        let ours = schema_query("p", style, explode, &v);
        prop_assert_eq!(
            ours,
            Some(runtime_query("p", style, explode, &v)),
            "{} explode={} {}", style.as_str(), explode, v
        );
    }

    #[test]
    fn deep_object_agrees(v in deep_value()) {
        let ours = schema_query("p", ParamStyle::DeepObject, true, &v);
        prop_assert_eq!(
            ours,
            Some(runtime_query("p", ParamStyle::DeepObject, true, &v)),
            "{}", v
        );
    }

    #[test]
    fn path_styles_agree(v in value(), explode in any::<bool>(), i in 0usize..3) {
        let style = PATH[i];
        let ours = unreserved(style, schema_text(ParamLocation::Path, style, explode, &v));
        let theirs = unreserved(style, params::path_param("id", &v, style.as_str(), explode));
        prop_assert_eq!(ours, theirs, "{} explode={} {}", style.as_str(), explode, v);
    }

    #[test]
    fn headers_agree(v in value(), explode in any::<bool>()) {
        let ours = schema_text(ParamLocation::Header, ParamStyle::Simple, explode, &v);
        prop_assert_eq!(ours, simple(&v, explode), "explode={} {}", explode, v);
    }
}
