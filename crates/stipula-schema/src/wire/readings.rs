//! What servers read of a parameter's text: every reading some framework makes, so a
//! fuzzed value is negative only if none of them is valid.

use super::*;

/// What servers can see of a parameter (see [`readings`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Readings {
    /// Nothing travels under the parameter's name (an exploded empty array or object).
    Absent,
    /// The values servers may read, the most faithful first; when any one of them is valid,
    /// some server accepts the parameter.
    Values(Vec<Value>),
}

/// Which structured readings [`readings`] builds (what the schema's types allow: a
/// reading no type admits cannot be valid).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kinds {
    /// Arrays (split at the style's delimiter, one item per occurrence, one-item arrays).
    pub arrays: bool,
    /// Objects (`key=value` or `key,value` lists, exploded and deepObject members).
    pub objects: bool,
}

/// The scalar readings of one text, as the common server frameworks read it: the string;
/// an integer or a number; a boolean for `true`/`1`/`yes`/`on` and `false`/`0`/`no`/`off`
/// in any case (pydantic, Spring and ASP.NET); `null` for empty text or `null`.
pub fn scalar_readings(s: &str) -> Vec<Value> {
    let mut out = vec![Value::String(s.to_string())];
    if let Ok(i) = s.parse::<i64>() {
        out.push(Value::from(i));
    } else if let Ok(f) = s.parse::<f64>()
        && f.is_finite()
    {
        out.push(crate::json_number(f));
    }
    match s.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => out.push(Value::Bool(true)),
        "false" | "0" | "no" | "off" => out.push(Value::Bool(false)),
        "" | "null" => out.push(Value::Null),
        _ => {}
    }
    out
}

/// Text → the most specific value it can stand for (`5` → 5, `true` → true).
fn typed(s: &str) -> Value {
    scalar_readings(s)
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

/// One object member as read off the wire: key, text, and whether it was an indexed
/// (`name[key][0]`) member, always a list.
type Member = (String, String, bool);

/// The object readings of `members`: values as strings, and each value typed; a repeated
/// or indexed member is a list (as express `qs` and stipula's servers read it).
fn objects(members: &[Member], out: &mut Vec<Value>) {
    for typed_values in [false, true] {
        let mut m = Map::new();
        for (k, v, indexed) in members {
            let v = if typed_values {
                typed(v)
            } else {
                Value::String(v.clone())
            };
            match m.get_mut(k) {
                Some(Value::Array(a)) => a.push(v),
                Some(prev) => {
                    let first = std::mem::take(prev);
                    *prev = Value::Array(vec![first, v]);
                }
                None => {
                    m.insert(k.clone(), if *indexed { Value::Array(vec![v]) } else { v });
                }
            }
        }
        out.push(Value::Object(m));
    }
}

/// Every value a server may read from `wire` (plain text, as [`encode`] writes it; an
/// escaped item's own delimiter is read as a delimiter too, as servers that decode before
/// they split do): the scalar readings ([`scalar_readings`]) of the first and of the last
/// occurrence (frameworks keep one or the other); arrays split at the style's delimiter,
/// one item per occurrence, and the whole text as one item; objects from `key=value` or
/// `key,value` lists, exploded members (the parameter's own name read as a member too)
/// and deepObject members. Header texts are trimmed (RFC 9110 §5.5). `sent`: the value
/// the client meant, first among the readings unless the wire changed it (trimmed).
pub fn readings(
    wire: &Wire,
    name: &str,
    style: ParamStyle,
    explode: bool,
    kinds: Kinds,
    sent: Option<&Value>,
) -> Readings {
    let deep = style == ParamStyle::DeepObject;
    let (sep, multi) = match (wire.location, style) {
        (ParamLocation::Query, ParamStyle::SpaceDelimited) if !explode => (' ', false),
        (ParamLocation::Query, ParamStyle::PipeDelimited) if !explode => ('|', false),
        (ParamLocation::Query | ParamLocation::QueryString | ParamLocation::Cookie, _) => {
            (',', explode)
        }
        (ParamLocation::Path, ParamStyle::Label) => (if explode { '.' } else { ',' }, false),
        (ParamLocation::Path, ParamStyle::Matrix) => (',', explode),
        _ => (',', false),
    };
    // Occurrences of the parameter's name, and members that travel under their own names.
    let mut occ: Vec<String> = Vec::new();
    let mut members: Vec<Member> = Vec::new();
    match wire.location {
        ParamLocation::Query | ParamLocation::QueryString | ParamLocation::Cookie => {
            let prefix = format!("{name}[");
            for (k, v) in &wire.pairs {
                if k == name {
                    occ.push(v.clone());
                } else if deep {
                    let Some(key) = k.strip_prefix(&prefix).and_then(|r| r.strip_suffix(']'))
                    else {
                        continue;
                    };
                    match key.split_once("][") {
                        Some((k, i)) if i.is_empty() || i.bytes().all(|b| b.is_ascii_digit()) => {
                            members.push((k.to_string(), v.clone(), true));
                        }
                        _ => members.push((key.to_string(), v.clone(), false)),
                    }
                } else {
                    members.push((k.clone(), v.clone(), false));
                }
            }
        }
        ParamLocation::Path | ParamLocation::Header => {
            let Some((_, text)) = wire.pairs.first() else {
                return Readings::Absent;
            };
            match style {
                ParamStyle::Label => occ.push(text.strip_prefix('.').unwrap_or(text).to_string()),
                ParamStyle::Matrix if explode => {
                    for part in text.split(';').filter(|s| !s.is_empty()) {
                        match part.split_once('=') {
                            Some((k, v)) if k == name => occ.push(v.to_string()),
                            Some((k, v)) => members.push((k.to_string(), v.to_string(), false)),
                            None => occ.push(part.to_string()),
                        }
                    }
                }
                ParamStyle::Matrix => {
                    let own = format!(";{name}=");
                    occ.push(text.strip_prefix(&own).unwrap_or(text).to_string());
                }
                _ => occ.push(text.clone()),
            }
        }
    }
    let mut trimmed = false;
    if wire.location == ParamLocation::Header {
        for s in &mut occ {
            let t = s.trim();
            if t.len() != s.len() {
                *s = t.to_string();
                trimmed = true;
            }
        }
    }
    if occ.is_empty() && members.is_empty() && !deep {
        return Readings::Absent;
    }
    let mut out: Vec<Value> = sent.filter(|_| !trimmed).cloned().into_iter().collect();
    for s in [occ.first(), occ.last()].into_iter().flatten() {
        out.extend(scalar_readings(s));
    }
    if kinds.arrays {
        if multi {
            arrays(&occ, &mut out);
        } else if let [s] = occ.as_slice() {
            if s.is_empty() {
                out.push(Value::Array(vec![]));
            }
            let items: Vec<String> = s.split(sep).map(str::to_string).collect();
            arrays(&items, &mut out);
            arrays(std::slice::from_ref(s), &mut out);
        }
    }
    if kinds.objects {
        if !members.is_empty() || deep {
            objects(&members, &mut out);
        }
        if let [s] = occ.as_slice() {
            if multi || deep {
                // `name=x` read as the object's members: the member is the parameter's name
                objects(&[(name.to_string(), s.clone(), false)], &mut out);
            } else {
                let parts: Vec<&str> = s.split(sep).collect();
                let kv: Option<Vec<Member>> = if explode {
                    parts
                        .iter()
                        .map(|x| x.split_once('=').map(|(k, v)| (k.into(), v.into(), false)))
                        .collect()
                } else if parts.len().is_multiple_of(2) {
                    Some(
                        parts
                            .chunks(2)
                            .map(|c| (c[0].to_string(), c[1].to_string(), false))
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
    Readings::Values(out)
}
