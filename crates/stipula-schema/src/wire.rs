//! Parameters and headers as the text a client sends: serialize a JSON value per OpenAPI
//! `style`/`explode` ([`encode`]), and parse text back as a server would ([`decode`]),
//! coercing each piece of text to the type the schema declares (`"5"` is the integer 5 where
//! the schema says integer, and stays the string `"5"` where it says string).
//!
//! Styles: `form` (and 3.2 `cookie`), `simple`, `label`, `matrix`, `spaceDelimited`,
//! `pipeDelimited`, `deepObject`. What a style cannot carry (an object nested inside a
//! `form` array, say) does not encode: [`encode`] returns `None`.

use crate::values::{self, Shape};
use serde_json::{Map, Value};
use stipula_spec::{ParamLocation, ParamStyle};

/// A parameter as sent: `name=value` pairs (query, cookie) or one text (path, header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wire {
    /// Where the parameter travels (decides how [`Wire::display`] writes it).
    pub location: ParamLocation,
    /// For query and cookie parameters: the pairs in order. For path and header parameters:
    /// one pair, the parameter's name and its text.
    pub pairs: Vec<(String, String)>,
}

impl Wire {
    /// How a person would write it: `?a=1&a=2`, `/users/.1.2` (the path segment alone),
    /// `X-Rate: 5`, `Cookie: a=1`.
    pub fn display(&self) -> String {
        let enc = |s: &str| percent_encoding::utf8_percent_encode(s, QUERY_SET).to_string();
        match self.location {
            ParamLocation::Query | ParamLocation::QueryString => {
                let q: Vec<String> = self
                    .pairs
                    .iter()
                    .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
                    .collect();
                format!("?{}", q.join("&"))
            }
            ParamLocation::Cookie => {
                let q: Vec<String> = self.pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("Cookie: {}", q.join("; "))
            }
            ParamLocation::Header => match self.pairs.first() {
                Some((k, v)) => format!("{k}: {v}"),
                None => String::new(),
            },
            ParamLocation::Path => match self.pairs.first() {
                Some((k, v)) => format!("{{{k}}} = {}", enc(v)),
                None => String::new(),
            },
        }
    }
}

const QUERY_SET: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'&')
    .add(b'+')
    .add(b'<')
    .add(b'>')
    .add(b'%');

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn scalars(a: &[Value]) -> Option<Vec<String>> {
    a.iter().map(scalar_text).collect()
}

fn object_pairs(m: &Map<String, Value>) -> Option<Vec<(String, String)>> {
    m.iter()
        .map(|(k, v)| scalar_text(v).map(|t| (k.clone(), t)))
        .collect()
}

/// Serialize `value` as parameter `name` with `style`/`explode` (path and header
/// parameters: the text of the value; query and cookie: the pairs). `None` when the style
/// cannot carry the value.
pub fn encode(
    name: &str,
    location: ParamLocation,
    style: ParamStyle,
    explode: bool,
    value: &Value,
) -> Option<Wire> {
    let one = |text: String| Wire {
        location,
        pairs: vec![(name.to_string(), text)],
    };
    let pairs = |pairs: Vec<(String, String)>| Wire { location, pairs };
    match style {
        ParamStyle::Simple => Some(one(match value {
            Value::Array(a) => scalars(a)?.join(","),
            Value::Object(m) => join_object(&object_pairs(m)?, explode, "=", ","),
            v => scalar_text(v)?,
        })),
        ParamStyle::Label => Some(one(match value {
            Value::Array(a) => {
                let s = scalars(a)?;
                format!(".{}", s.join(if explode { "." } else { "," }))
            }
            Value::Object(m) => {
                let sep = if explode { "." } else { "," };
                format!(".{}", join_object(&object_pairs(m)?, explode, "=", sep))
            }
            v => format!(".{}", scalar_text(v)?),
        })),
        ParamStyle::Matrix => Some(one(match value {
            Value::Array(a) => {
                let s = scalars(a)?;
                if explode {
                    s.iter().map(|x| format!(";{name}={x}")).collect()
                } else {
                    format!(";{name}={}", s.join(","))
                }
            }
            Value::Object(m) => {
                let p = object_pairs(m)?;
                if explode {
                    p.iter().map(|(k, v)| format!(";{k}={v}")).collect()
                } else {
                    format!(";{name}={}", join_object(&p, false, "=", ","))
                }
            }
            v => format!(";{name}={}", scalar_text(v)?),
        })),
        ParamStyle::Form | ParamStyle::Cookie => Some(match value {
            Value::Array(a) => {
                let s = scalars(a)?;
                if explode {
                    pairs(s.into_iter().map(|x| (name.to_string(), x)).collect())
                } else {
                    one(s.join(","))
                }
            }
            Value::Object(m) => {
                let p = object_pairs(m)?;
                if explode {
                    pairs(p)
                } else {
                    one(join_object(&p, false, "=", ","))
                }
            }
            v => one(scalar_text(v)?),
        }),
        ParamStyle::SpaceDelimited | ParamStyle::PipeDelimited => {
            let sep = if style == ParamStyle::SpaceDelimited {
                " "
            } else {
                "|"
            };
            Some(match value {
                Value::Array(a) => {
                    let s = scalars(a)?;
                    if explode {
                        pairs(s.into_iter().map(|x| (name.to_string(), x)).collect())
                    } else {
                        one(s.join(sep))
                    }
                }
                Value::Object(m) => {
                    let p = object_pairs(m)?;
                    one(p
                        .iter()
                        .flat_map(|(k, v)| [k.clone(), v.clone()])
                        .collect::<Vec<_>>()
                        .join(sep))
                }
                v => one(scalar_text(v)?),
            })
        }
        ParamStyle::DeepObject => match value {
            Value::Object(m) => {
                let mut out = Vec::new();
                for (k, v) in m {
                    match v {
                        Value::Array(a) => {
                            for x in scalars(a)? {
                                out.push((format!("{name}[{k}]"), x));
                            }
                        }
                        v => out.push((format!("{name}[{k}]"), scalar_text(v)?)),
                    }
                }
                Some(pairs(out))
            }
            v => Some(one(scalar_text(v)?)),
        },
    }
}

fn join_object(p: &[(String, String)], explode: bool, kv: &str, sep: &str) -> String {
    if explode {
        p.iter()
            .map(|(k, v)| format!("{k}{kv}{v}"))
            .collect::<Vec<_>>()
            .join(sep)
    } else {
        p.iter()
            .flat_map(|(k, v)| [k.clone(), v.clone()])
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// What the server makes of the text: `Ok(None)` when it finds no value for the parameter,
/// `Err` when the text has the wrong shape for the style (a matrix parameter without its
/// `;name=` prefix, say).
pub fn decode(
    wire: &Wire,
    name: &str,
    style: ParamStyle,
    explode: bool,
    doc: &Value,
) -> Result<Option<Value>, String> {
    let shape = values::shape(doc);
    let kind = shape.kind();
    match wire.location {
        ParamLocation::Query | ParamLocation::QueryString | ParamLocation::Cookie => {
            decode_pairs(&wire.pairs, name, style, explode, &shape, kind, doc)
        }
        ParamLocation::Path | ParamLocation::Header => {
            let Some((_, text)) = wire.pairs.first() else {
                return Ok(None);
            };
            decode_text(text, name, style, explode, &shape, kind, doc).map(Some)
        }
    }
}

fn decode_pairs(
    pairs: &[(String, String)],
    name: &str,
    style: ParamStyle,
    explode: bool,
    shape: &Shape,
    kind: &str,
    doc: &Value,
) -> Result<Option<Value>, String> {
    let named: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect();
    let sep = match style {
        ParamStyle::SpaceDelimited => " ",
        ParamStyle::PipeDelimited => "|",
        _ => ",",
    };
    match (style, kind) {
        (ParamStyle::DeepObject, _) => {
            let prefix = format!("{name}[");
            let mut m = Map::new();
            for (k, v) in pairs {
                let Some(key) = k.strip_prefix(&prefix).and_then(|r| r.strip_suffix(']')) else {
                    continue;
                };
                let ps = shape.property(key);
                let val = match values::shape_of(doc, ps).kind() {
                    "array" => {
                        let item = values::shape_of(doc, ps).items;
                        let prev = m.remove(key);
                        let mut a = match prev {
                            Some(Value::Array(a)) => a,
                            _ => Vec::new(),
                        };
                        a.push(coerce(v, &values::shape_of(doc, item)));
                        Value::Array(a)
                    }
                    _ => coerce(v, &values::shape_of(doc, ps)),
                };
                m.insert(key.to_string(), val);
            }
            if m.is_empty() {
                // a deepObject parameter whose schema is not an object: plain `name=value`
                return Ok(named
                    .first()
                    .map(|t| coerce(t, shape))
                    .filter(|_| kind != "object"));
            }
            Ok(Some(Value::Object(m)))
        }
        (_, "array") => {
            let item = values::shape_of(doc, shape.items);
            if named.is_empty() {
                return Ok(None);
            }
            let parts: Vec<&str> = if explode {
                named.clone()
            } else {
                named.iter().flat_map(|t| t.split(sep)).collect()
            };
            Ok(Some(Value::Array(
                parts.iter().map(|t| coerce(t, &item)).collect(),
            )))
        }
        (_, "object") => {
            if explode && matches!(style, ParamStyle::Form | ParamStyle::Cookie) {
                let m: Map<String, Value> = pairs
                    .iter()
                    .map(|(k, v)| {
                        let ps = shape.property(k);
                        (k.clone(), coerce(v, &values::shape_of(doc, ps)))
                    })
                    .collect();
                return Ok(if m.is_empty() {
                    None
                } else {
                    Some(Value::Object(m))
                });
            }
            let Some(t) = named.first() else {
                return Ok(None);
            };
            object_from_list(t.split(sep).collect(), shape, doc).map(Some)
        }
        _ => Ok(named.first().map(|t| coerce(t, shape))),
    }
}

fn object_from_list(parts: Vec<&str>, shape: &Shape, doc: &Value) -> Result<Value, String> {
    if !parts.len().is_multiple_of(2) {
        return Err(format!(
            "`{}` is not a list of key,value pairs",
            parts.join(",")
        ));
    }
    let mut m = Map::new();
    for kv in parts.chunks(2) {
        let ps = shape.property(kv[0]);
        m.insert(kv[0].to_string(), coerce(kv[1], &values::shape_of(doc, ps)));
    }
    Ok(Value::Object(m))
}

fn object_from_assignments(parts: &[&str], shape: &Shape, doc: &Value) -> Result<Value, String> {
    let mut m = Map::new();
    for p in parts {
        let Some((k, v)) = p.split_once('=') else {
            return Err(format!("`{p}` is not a key=value pair"));
        };
        let ps = shape.property(k);
        m.insert(k.to_string(), coerce(v, &values::shape_of(doc, ps)));
    }
    Ok(Value::Object(m))
}

fn decode_text(
    text: &str,
    name: &str,
    style: ParamStyle,
    explode: bool,
    shape: &Shape,
    kind: &str,
    doc: &Value,
) -> Result<Value, String> {
    let item = values::shape_of(doc, shape.items);
    let (body, sep): (&str, &str) = match style {
        ParamStyle::Label => {
            let Some(rest) = text.strip_prefix('.') else {
                return Err(format!("`{text}` does not start with `.` (label style)"));
            };
            (rest, if explode { "." } else { "," })
        }
        ParamStyle::Matrix => {
            if explode && kind == "array" {
                let parts: Vec<&str> = text
                    .split(';')
                    .filter(|s| !s.is_empty())
                    .map(|p| p.strip_prefix(&format!("{name}=")).unwrap_or(p))
                    .collect();
                return Ok(Value::Array(
                    parts.iter().map(|t| coerce(t, &item)).collect(),
                ));
            }
            if explode && kind == "object" {
                let parts: Vec<&str> = text.split(';').filter(|s| !s.is_empty()).collect();
                return object_from_assignments(&parts, shape, doc);
            }
            let Some(rest) = text.strip_prefix(&format!(";{name}=")) else {
                return Err(format!(
                    "`{text}` does not start with `;{name}=` (matrix style)"
                ));
            };
            (rest, ",")
        }
        _ => (text, ","),
    };
    match kind {
        "array" => Ok(Value::Array(
            body.split(sep).map(|t| coerce(t, &item)).collect(),
        )),
        "object" => {
            let parts: Vec<&str> = body.split(sep).collect();
            if explode {
                object_from_assignments(&parts, shape, doc)
            } else {
                object_from_list(parts, shape, doc)
            }
        }
        _ => Ok(coerce(body, shape)),
    }
}

/// Text → the JSON value a server would pass on: a number where the schema allows one and
/// the text is one, `true`/`false` where it allows a boolean, `null` for `null` or empty
/// text where it allows null and not string; otherwise the text as a string.
pub fn coerce(text: &str, shape: &Shape) -> Value {
    let allows = |t: &str| shape.allows(t);
    if allows("integer")
        && let Ok(i) = text.parse::<i64>()
    {
        return Value::from(i);
    }
    if allows("number")
        && let Ok(f) = text.parse::<f64>()
        && f.is_finite()
        && let Some(n) = serde_json::Number::from_f64(f)
    {
        return if f.fract() == 0.0 && f.abs() < 9.0e15 {
            Value::from(f as i64)
        } else {
            Value::Number(n)
        };
    }
    if allows("boolean") && (text == "true" || text == "false") {
        return Value::Bool(text == "true");
    }
    if allows("null") && !shape.declares("string") && (text.is_empty() || text == "null") {
        return Value::Null;
    }
    Value::String(text.to_string())
}

#[cfg(test)]
mod tests {
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
            assert_eq!(
                roundtrip(Query, style, false, v_arr.clone(), arr.clone()),
                Some(v_arr.clone())
            );
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
}
