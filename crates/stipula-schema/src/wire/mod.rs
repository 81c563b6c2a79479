//! Parameters and headers as the text a client sends: serialize a JSON value per OpenAPI
//! `style`/`explode` ([`encode`]), and parse text back as a server would ([`decode`]),
//! coercing each piece of text to the type the schema declares (`"5"` is the integer 5 where
//! the schema says integer, and stays the string `"5"` where it says string).
//!
//! Styles: `form` (and 3.2 `cookie`), `simple`, `label`, `matrix`, `spaceDelimited`,
//! `pipeDelimited`, `deepObject`. What a style cannot carry (an object nested inside a
//! `form` array, say) does not encode: [`encode`] returns `None`.
//!
//! `spaceDelimited` and `pipeDelimited` with `explode: true` are undefined in OpenAPI (3.1
//! and 3.2's style examples mark them _n/a_, "the behavior of combinations marked n/a is
//! undefined"). They are written as `form` exploded, `p=a&p=b` (`R=100&G=200` for an
//! object): `explode` means "separate parameters for each value" for every query style,
//! Stoplight Prism serializes them so, and servers read repeated keys as a list where they
//! would not split `a|b` (express `qs`, serde_qs); stipula's generated servers read both.
//! stipula-runtime's client writes the same (it used to keep the delimiter, `p=a|b`).
//!
//! Shared by the jobs: the diff writes a witness with [`encode`] and reads it as the other
//! side's server with [`decode`] (one reading: the schema's type); the fuzzer sends requests
//! written by [`encode_with`] (escaped for the request line, nested values as JSON, as
//! generated clients do) and judges them by [`readings`] (every reading some server
//! framework makes: a value is negative only if none is valid). stipula-runtime's client
//! encoder writes the same text (`tests/runtime_agrees.rs`).

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

/// Everything but RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const STRICT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');
/// `allowReserved`: [`STRICT`] but the reserved characters that cannot end a query pair
/// (`&`, `=`, `#`, `+` and `%` stay escaped).
const RESERVED_OK: &percent_encoding::AsciiSet = &STRICT
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b',')
    .remove(b';');

/// How [`encode_with`] writes the text. The default is [`encode`]'s: plain text, and `None`
/// for a value the style cannot carry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Percent-escape for the request line, each name, key and item on its own before the
    /// style joins them, so that an item's own `,` is `%2C` and never reads as a delimiter
    /// (express `qs`, serde_qs and stipula's generated servers split before decoding).
    /// Path texts escape `/` and, in `label` items, `.` (label's delimiter; other styles
    /// keep `a.txt` as routers expect it); query texts keep a literal `,`
    /// and `|` delimiter and write `spaceDelimited`'s as `%20`; cookie values are escaped,
    /// the cookie's name is not; header texts are never escaped.
    pub escape: bool,
    /// With `escape`: a query parameter's `allowReserved` (`/`, `:`, `?`, ... stay literal
    /// in values).
    pub allow_reserved: bool,
    /// A value nested inside an array item or an object member travels as its JSON text
    /// (what generated clients do with what a style cannot say) instead of making the
    /// encoding `None`.
    pub nested_as_json: bool,
}

struct Writer {
    location: ParamLocation,
    style: ParamStyle,
    o: Options,
}

impl Writer {
    /// An item or member value (escaped for its place).
    fn item(&self, v: &Value) -> Option<String> {
        let text = match scalar_text(v) {
            Some(t) => t,
            None if self.o.nested_as_json => v.to_string(),
            None => return None,
        };
        Some(self.text(&text))
    }

    /// A member name or item text.
    fn text(&self, s: &str) -> String {
        if !self.o.escape {
            return s.to_string();
        }
        match self.location {
            ParamLocation::Path => {
                let e = percent_encoding::utf8_percent_encode(s, STRICT).to_string();
                if self.style == ParamStyle::Label {
                    e.replace('.', "%2E")
                } else {
                    e
                }
            }
            ParamLocation::Query | ParamLocation::QueryString => {
                let set = if self.o.allow_reserved {
                    RESERVED_OK
                } else {
                    STRICT
                };
                percent_encoding::utf8_percent_encode(s, set).to_string()
            }
            ParamLocation::Cookie => percent_encoding::utf8_percent_encode(s, STRICT).to_string(),
            ParamLocation::Header => s.to_string(),
        }
    }

    /// The parameter's own name where it appears inside the text or as a query pair's key.
    fn name(&self, s: &str) -> String {
        if !self.o.escape {
            return s.to_string();
        }
        match self.location {
            ParamLocation::Cookie | ParamLocation::Header => s.to_string(),
            ParamLocation::Path | ParamLocation::Query | ParamLocation::QueryString => {
                percent_encoding::utf8_percent_encode(s, STRICT).to_string()
            }
        }
    }

    /// A delimiter the style writes between items.
    fn sep<'a>(&self, sep: &'a str) -> &'a str {
        if self.o.escape && sep == " " && self.location != ParamLocation::Header {
            "%20"
        } else {
            sep
        }
    }

    /// `name[key][key2]...` of deepObject (brackets escaped in a query).
    fn member(&self, name: &str, keys: &[&str]) -> String {
        let (open, close) = if self.o.escape {
            ("%5B", "%5D")
        } else {
            ("[", "]")
        };
        let mut out = self.name(name);
        for k in keys {
            out.push_str(open);
            out.push_str(&self.name(k));
            out.push_str(close);
        }
        out
    }

    fn items(&self, a: &[Value]) -> Option<Vec<String>> {
        a.iter().map(|v| self.item(v)).collect()
    }

    fn members(&self, m: &Map<String, Value>) -> Option<Vec<(String, String)>> {
        m.iter()
            .map(|(k, v)| self.item(v).map(|t| (self.text(k), t)))
            .collect()
    }
}

/// A scalar's text (`null` is empty); `None` for arrays and objects.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// Serialize `value` as parameter `name` with `style`/`explode` (path and header
/// parameters: the text of the value; query and cookie: the pairs). `None` when the style
/// cannot carry the value. Plain text: [`encode_with`] escapes it for a request.
pub fn encode(
    name: &str,
    location: ParamLocation,
    style: ParamStyle,
    explode: bool,
    value: &Value,
) -> Option<Wire> {
    encode_with(name, location, style, explode, value, Options::default())
}

/// [`encode`] with [`Options`]: escaped for the request line, nested values as JSON. An
/// array inside a deepObject member is indexed, `name[key][0]=a&name[key][1]=b`, which
/// express `qs`, serde_qs, Spring's binder and stipula's generated servers read as a list
/// (a repeated `name[key]` is read by `qs` only, serde_qs refuses it).
pub fn encode_with(
    name: &str,
    location: ParamLocation,
    style: ParamStyle,
    explode: bool,
    value: &Value,
    options: Options,
) -> Option<Wire> {
    let w = Writer {
        location,
        style,
        o: options,
    };
    // the pair's name: a query or cookie pair's key; a path or header parameter's own name
    let key = match location {
        ParamLocation::Path | ParamLocation::Header => name.to_string(),
        _ => w.name(name),
    };
    let one = |text: String| Wire {
        location,
        pairs: vec![(key.clone(), text)],
    };
    let pairs = |pairs: Vec<(String, String)>| Wire { location, pairs };
    let n = w.name(name);
    match style {
        ParamStyle::Simple => Some(one(match value {
            Value::Array(a) => w.items(a)?.join(","),
            Value::Object(m) => join_object(&w.members(m)?, explode, "=", ","),
            v => w.item(v)?,
        })),
        ParamStyle::Label => Some(one(match value {
            Value::Array(a) => {
                let s = w.items(a)?;
                format!(".{}", s.join(if explode { "." } else { "," }))
            }
            Value::Object(m) => {
                let sep = if explode { "." } else { "," };
                format!(".{}", join_object(&w.members(m)?, explode, "=", sep))
            }
            v => format!(".{}", w.item(v)?),
        })),
        ParamStyle::Matrix => Some(one(match value {
            Value::Array(a) => {
                let s = w.items(a)?;
                if explode {
                    s.iter().map(|x| format!(";{n}={x}")).collect()
                } else {
                    format!(";{n}={}", s.join(","))
                }
            }
            Value::Object(m) => {
                let p = w.members(m)?;
                if explode {
                    p.iter().map(|(k, v)| format!(";{k}={v}")).collect()
                } else {
                    format!(";{n}={}", join_object(&p, false, "=", ","))
                }
            }
            v => format!(";{n}={}", w.item(v)?),
        })),
        ParamStyle::Form | ParamStyle::Cookie => Some(match value {
            Value::Array(a) => {
                let s = w.items(a)?;
                if explode {
                    pairs(s.into_iter().map(|x| (n.clone(), x)).collect())
                } else {
                    one(s.join(","))
                }
            }
            Value::Object(m) => {
                let p = w.members(m)?;
                if explode {
                    pairs(p)
                } else {
                    one(join_object(&p, false, "=", ","))
                }
            }
            v => one(w.item(v)?),
        }),
        ParamStyle::SpaceDelimited | ParamStyle::PipeDelimited => {
            let sep = w.sep(if style == ParamStyle::SpaceDelimited {
                " "
            } else {
                "|"
            });
            Some(match value {
                Value::Array(a) => {
                    let s = w.items(a)?;
                    if explode {
                        pairs(s.into_iter().map(|x| (n.clone(), x)).collect())
                    } else {
                        one(s.join(sep))
                    }
                }
                Value::Object(m) => {
                    let p = w.members(m)?;
                    if explode {
                        pairs(p)
                    } else {
                        one(join_object(&p, false, "=", sep))
                    }
                }
                v => one(w.item(v)?),
            })
        }
        ParamStyle::DeepObject => match value {
            Value::Object(m) => {
                let mut out = Vec::new();
                for (k, v) in m {
                    match v {
                        Value::Array(a) => {
                            for (i, x) in w.items(a)?.into_iter().enumerate() {
                                out.push((w.member(name, &[k, &i.to_string()]), x));
                            }
                        }
                        v => out.push((w.member(name, &[k]), w.item(v)?)),
                    }
                }
                Some(pairs(out))
            }
            v => Some(one(w.item(v)?)),
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
                // `name[key][0]` (indexed, as encoded) or `name[key][]`: an array item
                let key = match key.split_once("][") {
                    Some((k, i)) if i.is_empty() || i.bytes().all(|b| b.is_ascii_digit()) => k,
                    _ => key,
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
            if explode && style != ParamStyle::DeepObject {
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
    {
        return crate::json_number(f);
    }
    if allows("boolean") && (text == "true" || text == "false") {
        return Value::Bool(text == "true");
    }
    if allows("null") && !shape.declares("string") && (text.is_empty() || text == "null") {
        return Value::Null;
    }
    Value::String(text.to_string())
}

mod readings;
pub use readings::{Kinds, Readings, readings, scalar_readings};

#[cfg(test)]
mod tests;
