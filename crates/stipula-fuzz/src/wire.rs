//! What a server reads back from a parameter: the value is serialized with the parameter's
//! style and explode (as [`crate::request::build`] sends it), then decoded as a server
//! would, text to the schema's type. A negative case is only negative if no decoding of its
//! wire text is valid: `tags=stipula` is a one-item array for an exploded form array, `5`
//! is a string, an integer and a number, `a,b` is one string or two items.

use crate::plan::wire_candidates;
use crate::request::prim;
use serde_json::{Map, Value};
use stipula_spec::{ParamLocation, ParamStyle, Parameter, Type};

/// What a server can see of a parameter value.
#[derive(Debug, PartialEq)]
pub enum Seen {
    /// Nothing travels under the parameter's name (an exploded empty array or object).
    Absent,
    /// The values a server may decode; any valid one makes the parameter valid.
    Values(Vec<Value>),
}

/// Text → the most specific JSON value it can stand for (`5` → 5, `true` → true).
fn typed(s: &str) -> Value {
    wire_candidates(s)
        .into_iter()
        .find(|v| !v.is_string() && !v.is_null())
        .unwrap_or_else(|| Value::String(s.to_string()))
}

/// The array readings of `items`: all strings, and each item typed.
fn arrays(items: &[String], out: &mut Vec<Value>) {
    out.push(Value::Array(
        items.iter().map(|s| Value::String(s.clone())).collect(),
    ));
    out.push(Value::Array(items.iter().map(|s| typed(s)).collect()));
}

/// The object readings of `pairs`: values as strings, and each value typed.
fn objects(pairs: &[(String, String)], out: &mut Vec<Value>) {
    let plain: Map<String, Value> = pairs
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    let typed_: Map<String, Value> = pairs.iter().map(|(k, v)| (k.clone(), typed(v))).collect();
    out.push(Value::Object(plain));
    out.push(Value::Object(typed_));
}

/// Decode `v` as a server would after it travelled as parameter `p`. `types`: the types the
/// parameter's schema allows (`None`: any), to try only readings that can be valid.
pub fn decodings(p: &Parameter, types: Option<&[Type]>, v: &Value) -> Seen {
    if p.location == ParamLocation::QueryString {
        return Seen::Values(vec![v.clone()]);
    }
    let allows = |t: Type| types.is_none_or(|ts| ts.contains(&t));
    let (sep, multi) = match (p.location, p.style) {
        (ParamLocation::Query, ParamStyle::SpaceDelimited) if !p.explode => (' ', false),
        (ParamLocation::Query, ParamStyle::PipeDelimited) if !p.explode => ('|', false),
        (ParamLocation::Query | ParamLocation::Cookie, _) => (',', p.explode),
        (ParamLocation::Path, ParamStyle::Label) => (if p.explode { '.' } else { ',' }, false),
        (ParamLocation::Path, ParamStyle::Matrix) => (',', p.explode),
        _ => (',', false),
    };
    let deep = p.style == ParamStyle::DeepObject;
    // Occurrences of the parameter's name (several when exploded), and pairs that travel
    // under their own names (exploded objects in a query, cookie or matrix path).
    let (mut occ, pairs): (Vec<String>, Vec<(String, String)>) = match v {
        Value::Array(a) => {
            let items: Vec<String> = a.iter().map(prim).collect();
            if multi {
                (items, vec![])
            } else {
                (vec![items.join(&sep.to_string())], vec![])
            }
        }
        Value::Object(o) => {
            let kv: Vec<(String, String)> = o.iter().map(|(k, v)| (k.clone(), prim(v))).collect();
            if deep || multi {
                (vec![], kv)
            } else if p.explode {
                let s: Vec<String> = kv.iter().map(|(k, v)| format!("{k}={v}")).collect();
                (vec![s.join(&sep.to_string())], vec![])
            } else {
                let s: Vec<String> = kv
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect();
                (vec![s.join(&sep.to_string())], vec![])
            }
        }
        other => (vec![prim(other)], vec![]),
    };
    // Servers strip a header value's surrounding whitespace (RFC 9110 §5.5): the value as
    // generated is then never what the server reads.
    let mut trimmed = false;
    if p.location == ParamLocation::Header {
        for s in &mut occ {
            let t = s.trim();
            if t.len() != s.len() {
                *s = t.to_string();
                trimmed = true;
            }
        }
    }
    if occ.is_empty() && pairs.is_empty() && !deep {
        return Seen::Absent;
    }
    let mut out = if trimmed { vec![] } else { vec![v.clone()] };
    // Scalars: a server that reads one value takes the first or the last occurrence.
    for s in [occ.first(), occ.last()].into_iter().flatten() {
        out.extend(wire_candidates(s));
    }
    if allows(Type::Array) {
        if multi {
            arrays(&occ, &mut out);
        } else if let [s] = occ.as_slice() {
            if s.is_empty() {
                out.push(Value::Array(vec![]));
            }
            let items: Vec<String> = s.split(sep).map(str::to_string).collect();
            arrays(&items, &mut out);
            // The separator may have been percent-encoded inside one item.
            arrays(std::slice::from_ref(s), &mut out);
        }
    }
    if allows(Type::Object) {
        if !pairs.is_empty() || deep {
            objects(&pairs, &mut out);
        }
        if let [s] = occ.as_slice() {
            if multi || deep {
                // `name=x` read as the object's keys: the key is the parameter's name.
                objects(&[(p.name.clone(), s.clone())], &mut out);
            } else {
                let parts: Vec<&str> = s.split(sep).collect();
                let kv: Option<Vec<(String, String)>> = if p.explode {
                    parts
                        .iter()
                        .map(|x| x.split_once('=').map(|(k, v)| (k.into(), v.into())))
                        .collect()
                } else if parts.len().is_multiple_of(2) {
                    Some(
                        parts
                            .chunks(2)
                            .map(|c| (c[0].to_string(), c[1].to_string()))
                            .collect(),
                    )
                } else {
                    None
                };
                if let Some(kv) = kv {
                    objects(&kv, &mut out);
                }
            }
        }
    }
    Seen::Values(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn param(location: ParamLocation, style: ParamStyle, explode: bool) -> Parameter {
        Parameter {
            name: "tags".into(),
            location,
            required: false,
            deprecated: false,
            description: None,
            style,
            explode,
            allow_reserved: false,
            allow_empty_value: false,
            schema: None,
            content: vec![],
            examples: vec![],
            component: None,
            extensions: Default::default(),
            loc: Default::default(),
        }
    }

    fn values(s: Seen) -> Vec<Value> {
        match s {
            Seen::Values(v) => v,
            Seen::Absent => panic!("absent"),
        }
    }

    #[test]
    fn scalar_is_a_one_item_array_when_exploded() {
        let p = param(ParamLocation::Query, ParamStyle::Form, true);
        let v = values(decodings(&p, Some(&[Type::Array]), &json!("stipula")));
        assert!(v.contains(&json!(["stipula"])), "{v:?}");
        let p = param(ParamLocation::Query, ParamStyle::Form, false);
        let v = values(decodings(&p, Some(&[Type::Array]), &json!("a,b")));
        assert!(v.contains(&json!(["a", "b"])), "{v:?}");
        let p = param(ParamLocation::Query, ParamStyle::PipeDelimited, false);
        let v = values(decodings(&p, Some(&[Type::Array]), &json!("1|2")));
        assert!(v.contains(&json!([1, 2])), "{v:?}");
    }

    #[test]
    fn text_is_read_as_the_schema_type() {
        let p = param(ParamLocation::Header, ParamStyle::Simple, false);
        let v = values(decodings(&p, Some(&[Type::Integer]), &json!("5")));
        assert!(v.contains(&json!(5)), "{v:?}");
        let v = values(decodings(&p, Some(&[Type::Integer]), &json!(" 7 ")));
        assert!(v.contains(&json!(7)), "{v:?}");
        let p = param(ParamLocation::Query, ParamStyle::Form, true);
        let v = values(decodings(&p, Some(&[Type::Boolean]), &json!("True")));
        assert!(v.contains(&json!(true)), "{v:?}");
        let p = param(ParamLocation::Header, ParamStyle::Simple, false);
        // A blank header is read as empty.
        let v = values(decodings(&p, Some(&[Type::String]), &json!("  ")));
        assert!(!v.contains(&json!("  ")) && v.contains(&json!("")), "{v:?}");
        // Truly wrong text has no integer reading.
        let v = values(decodings(&p, Some(&[Type::Integer]), &json!("stipula")));
        assert!(!v.iter().any(Value::is_number), "{v:?}");
        // Array items of the header text are typed too.
        let v = values(decodings(&p, Some(&[Type::Array]), &json!(["1", "2"])));
        assert!(v.contains(&json!([1, 2])), "{v:?}");
    }

    #[test]
    fn objects_and_absence() {
        let p = param(ParamLocation::Query, ParamStyle::Form, true);
        assert_eq!(decodings(&p, None, &json!([])), Seen::Absent);
        assert_eq!(decodings(&p, None, &json!({})), Seen::Absent);
        let p = param(ParamLocation::Path, ParamStyle::Simple, true);
        let v = values(decodings(&p, Some(&[Type::Object]), &json!("a=1,b=x")));
        assert!(v.contains(&json!({"a": 1, "b": "x"})), "{v:?}");
        let p = param(ParamLocation::Query, ParamStyle::DeepObject, true);
        let v = values(decodings(&p, Some(&[Type::Object]), &json!({"n": "3"})));
        assert!(v.contains(&json!({"n": 3})), "{v:?}");
    }
}
