//! Turning generated values into HTTP requests: parameter styles (path, query, header,
//! cookie; form/explode, deepObject, pipe/space delimited, simple, label, matrix) and body
//! media types (JSON, form-urlencoded, multipart, text, octet-stream).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;
use stipula_spec::{Encoding, Map, Operation, ParamLocation, ParamStyle, Parameter};

/// Generated request content, before serialization. `params` is indexed like
/// `Operation::parameters` (`None` = not sent).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestData {
    pub params: Vec<Option<Value>>,
    /// Index into the request body's `content` of the media type used.
    pub media: Option<usize>,
    pub body: Option<Value>,
}

/// A concrete HTTP request.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct HttpRequest {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    #[serde(skip)]
    pub body: Option<Vec<u8>>,
}

impl HttpRequest {
    /// Header value by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Everything but RFC 3986 unreserved characters.
const STRICT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');
/// `allowReserved`: keep reserved characters that cannot break the query structure.
const RESERVED_OK: &AsciiSet = &STRICT
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

fn enc(s: &str) -> String {
    let e = utf8_percent_encode(s, STRICT).to_string();
    // A path segment of "." or ".." would be normalized away by URL parsers.
    if e == "." {
        return "%2E".into();
    }
    if e == ".." {
        return "%2E%2E".into();
    }
    e
}

fn enc_q(s: &str, allow_reserved: bool) -> String {
    if allow_reserved {
        utf8_percent_encode(s, RESERVED_OK).to_string()
    } else {
        utf8_percent_encode(s, STRICT).to_string()
    }
}

/// A primitive as text (`null` → empty; nested structures → JSON).
pub fn prim(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

enum Shape {
    Prim(String),
    Array(Vec<String>),
    Object(Vec<(String, String)>),
}

fn shape(v: &Value) -> Shape {
    match v {
        Value::Array(a) => Shape::Array(a.iter().map(prim).collect()),
        Value::Object(o) => Shape::Object(o.iter().map(|(k, v)| (k.clone(), prim(v))).collect()),
        other => Shape::Prim(prim(other)),
    }
}

/// Serialize a path parameter (already percent-encoded).
pub fn path_value(name: &str, style: ParamStyle, explode: bool, v: &Value) -> String {
    match (style, shape(v)) {
        (ParamStyle::Label, Shape::Prim(s)) => format!(".{}", enc(&s)),
        (ParamStyle::Label, Shape::Array(a)) => {
            let sep = if explode { "." } else { "," };
            format!(
                ".{}",
                a.iter().map(|x| enc(x)).collect::<Vec<_>>().join(sep)
            )
        }
        (ParamStyle::Label, Shape::Object(o)) => {
            if explode {
                o.iter()
                    .map(|(k, v)| format!(".{}={}", enc(k), enc(v)))
                    .collect()
            } else {
                let parts: Vec<String> = o.iter().flat_map(|(k, v)| [enc(k), enc(v)]).collect();
                format!(".{}", parts.join(","))
            }
        }
        (ParamStyle::Matrix, Shape::Prim(s)) => format!(";{}={}", enc(name), enc(&s)),
        (ParamStyle::Matrix, Shape::Array(a)) => {
            if explode {
                a.iter()
                    .map(|x| format!(";{}={}", enc(name), enc(x)))
                    .collect()
            } else {
                let items: Vec<String> = a.iter().map(|x| enc(x)).collect();
                format!(";{}={}", enc(name), items.join(","))
            }
        }
        (ParamStyle::Matrix, Shape::Object(o)) => {
            if explode {
                o.iter()
                    .map(|(k, v)| format!(";{}={}", enc(k), enc(v)))
                    .collect()
            } else {
                let parts: Vec<String> = o.iter().flat_map(|(k, v)| [enc(k), enc(v)]).collect();
                format!(";{}={}", enc(name), parts.join(","))
            }
        }
        (_, Shape::Prim(s)) => enc(&s),
        (_, Shape::Array(a)) => a.iter().map(|x| enc(x)).collect::<Vec<_>>().join(","),
        (_, Shape::Object(o)) => {
            if explode {
                o.iter()
                    .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
                    .collect::<Vec<_>>()
                    .join(",")
            } else {
                o.iter()
                    .flat_map(|(k, v)| [enc(k), enc(v)])
                    .collect::<Vec<_>>()
                    .join(",")
            }
        }
    }
}

/// Serialize a query parameter into `name=value` pairs (already percent-encoded).
pub fn query_pairs(
    name: &str,
    style: ParamStyle,
    explode: bool,
    allow_reserved: bool,
    v: &Value,
) -> Vec<String> {
    let n = enc_q(name, false);
    let e = |s: &str| enc_q(s, allow_reserved);
    match (style, shape(v)) {
        (_, Shape::Prim(s)) => vec![format!("{n}={}", e(&s))],
        (ParamStyle::DeepObject, Shape::Object(o)) => o
            .iter()
            .map(|(k, v)| format!("{n}%5B{}%5D={}", enc_q(k, false), e(v)))
            .collect(),
        (ParamStyle::SpaceDelimited | ParamStyle::PipeDelimited, Shape::Array(a)) if !explode => {
            let sep = if style == ParamStyle::SpaceDelimited {
                "%20"
            } else {
                "%7C"
            };
            vec![format!(
                "{n}={}",
                a.iter().map(|x| e(x)).collect::<Vec<_>>().join(sep)
            )]
        }
        (ParamStyle::SpaceDelimited | ParamStyle::PipeDelimited, Shape::Object(o)) if !explode => {
            let sep = if style == ParamStyle::SpaceDelimited {
                "%20"
            } else {
                "%7C"
            };
            let parts: Vec<String> = o.iter().flat_map(|(k, v)| [e(k), e(v)]).collect();
            vec![format!("{n}={}", parts.join(sep))]
        }
        (_, Shape::Array(a)) => {
            if explode {
                a.iter().map(|x| format!("{n}={}", e(x))).collect()
            } else {
                vec![format!(
                    "{n}={}",
                    a.iter().map(|x| e(x)).collect::<Vec<_>>().join(",")
                )]
            }
        }
        (_, Shape::Object(o)) => {
            if explode {
                o.iter()
                    .map(|(k, v)| format!("{}={}", enc_q(k, false), e(v)))
                    .collect()
            } else {
                let parts: Vec<String> = o.iter().flat_map(|(k, v)| [e(k), e(v)]).collect();
                vec![format!("{n}={}", parts.join(","))]
            }
        }
    }
}

/// Serialize a header value (`simple` style; not percent-encoded).
pub fn header_value(explode: bool, v: &Value) -> String {
    match shape(v) {
        Shape::Prim(s) => s,
        Shape::Array(a) => a.join(","),
        Shape::Object(o) => {
            if explode {
                o.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            } else {
                o.iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect::<Vec<_>>()
                    .join(",")
            }
        }
    }
}

/// Serialize a cookie parameter into `name=value` pairs.
pub fn cookie_pairs(name: &str, explode: bool, v: &Value) -> Vec<String> {
    let e = |s: &str| utf8_percent_encode(s, STRICT).to_string();
    match shape(v) {
        Shape::Prim(s) => vec![format!("{name}={}", e(&s))],
        Shape::Array(a) => {
            if explode {
                a.iter().map(|x| format!("{name}={}", e(x))).collect()
            } else {
                vec![format!(
                    "{name}={}",
                    a.iter().map(|x| e(x)).collect::<Vec<_>>().join(",")
                )]
            }
        }
        Shape::Object(o) => {
            if explode {
                o.iter().map(|(k, v)| format!("{k}={}", e(v))).collect()
            } else {
                let parts: Vec<String> = o.iter().flat_map(|(k, v)| [e(k), e(v)]).collect();
                vec![format!("{name}={}", parts.join(","))]
            }
        }
    }
}

/// Lower-cased media type without parameters.
pub fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// JSON: `application/json`, a `+json` suffix, any other `*/json` (`text/json`, which
/// ASP.NET descriptions list next to `application/json`), or a range that admits JSON.
/// Not `text/jsonl` or `application/x-ndjson`: lines of JSON are not one JSON document.
pub fn is_json(media: &str) -> bool {
    let e = essence(media);
    e == "application/json"
        || e.ends_with("+json")
        || e.ends_with("/json")
        || e == "*/*"
        || e == "application/*"
}

/// Can a body of this media type be generated and sent?
pub fn body_supported(media: &str) -> bool {
    let e = essence(media);
    is_json(&e)
        || e == "application/x-www-form-urlencoded"
        || e.starts_with("multipart/")
        || e.starts_with("text/") && !e.contains("xml")
        || e == "application/octet-stream"
}

const BOUNDARY: &str = "stipula-7f3a9c1e5b";

/// Serialize a body. Returns (Content-Type, bytes), or `None` for a shape the media type
/// cannot carry.
pub fn body_bytes(
    media: &str,
    v: &Value,
    encoding: &Map<String, Encoding>,
) -> Option<(String, Vec<u8>)> {
    let e = essence(media);
    if is_json(&e) {
        let ct = if e.contains('*') {
            "application/json".to_string()
        } else {
            media.to_string()
        };
        return serde_json::to_vec(v).ok().map(|b| (ct, b));
    }
    if e == "application/x-www-form-urlencoded" {
        let o = v.as_object()?;
        let mut pairs = Vec::new();
        for (k, val) in o {
            let explode = encoding.get(k).and_then(|x| x.explode).unwrap_or(true);
            let style = encoding
                .get(k)
                .and_then(|x| x.style)
                .unwrap_or(ParamStyle::Form);
            let val = match val {
                Value::Object(_) if style != ParamStyle::DeepObject => {
                    Value::String(val.to_string())
                }
                other => other.clone(),
            };
            pairs.extend(query_pairs(k, style, explode, false, &val));
        }
        return Some((media.to_string(), pairs.join("&").into_bytes()));
    }
    if e.starts_with("multipart/") {
        let o = v.as_object()?;
        let mut out = Vec::new();
        for (k, val) in o {
            let items: Vec<&Value> = match val {
                Value::Array(a) => a.iter().collect(),
                other => vec![other],
            };
            for item in items {
                let ct = encoding.get(k).and_then(|x| x.content_type.clone());
                let (text, ct) = match item {
                    Value::Object(_) | Value::Array(_) => (
                        item.to_string(),
                        Some(ct.unwrap_or_else(|| "application/json".into())),
                    ),
                    other => (prim(other), ct),
                };
                let name = k.replace(['"', '\r', '\n'], "_");
                out.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
                match &ct {
                    Some(c) if c.starts_with("application/octet-stream") || c.starts_with("image/") => {
                        out.extend_from_slice(
                            format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{name}.bin\"\r\nContent-Type: {c}\r\n")
                                .as_bytes(),
                        );
                    }
                    Some(c) => out.extend_from_slice(
                        format!("Content-Disposition: form-data; name=\"{name}\"\r\nContent-Type: {c}\r\n").as_bytes(),
                    ),
                    None => out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n").as_bytes()),
                }
                out.extend_from_slice(b"\r\n");
                out.extend_from_slice(text.as_bytes());
                out.extend_from_slice(b"\r\n");
            }
        }
        out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        return Some((format!("multipart/form-data; boundary={BOUNDARY}"), out));
    }
    if e.starts_with("text/") || e == "application/octet-stream" {
        return Some((media.to_string(), prim(v).into_bytes()));
    }
    None
}

/// Header names the OpenAPI spec says parameters may not define (they are ignored).
fn ignored_header(name: &str) -> bool {
    ["accept", "content-type", "authorization"].contains(&name.to_ascii_lowercase().as_str())
}

/// The value a parameter carries on the wire when it uses `content` (JSON text).
fn param_value(p: &Parameter, v: &Value) -> Value {
    if p.schema.is_none() && !p.content.is_empty() {
        return Value::String(v.to_string());
    }
    v.clone()
}

/// Build the HTTP request for `data` against `base` (no trailing slash).
/// `extra` headers (user `-H`, auth) are added last and replace parameters of the same name.
pub fn build(
    op: &Operation,
    data: &RequestData,
    base: &str,
    extra: &[(String, String)],
) -> Result<HttpRequest, String> {
    let mut path = op.path.clone();
    let mut query: Vec<String> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut cookies: Vec<String> = Vec::new();
    for (i, p) in op.parameters.iter().enumerate() {
        let Some(Some(v)) = data.params.get(i) else {
            if p.location == ParamLocation::Path {
                return Err(format!("path parameter `{}` has no value", p.name));
            }
            continue;
        };
        // `null` has no wire form in a query, header or cookie: an optional parameter whose
        // value is null is left out (what a client library does with `None`).
        if v.is_null() && !p.required && p.location != ParamLocation::Path {
            continue;
        }
        let v = param_value(p, v);
        match p.location {
            ParamLocation::Path => {
                let s = path_value(&p.name, p.style, p.explode, &v);
                if s.is_empty() {
                    return Err(format!(
                        "path parameter `{}` serializes to an empty segment",
                        p.name
                    ));
                }
                let decoded = percent_encoding::percent_decode_str(&s).decode_utf8_lossy();
                if decoded == "." || decoded == ".." || decoded.contains('/') {
                    return Err(format!(
                        "path parameter `{}` of {} would be `{s}`, which changes the URL's path \
                         (dot segments are removed, RFC 3986 §5.2.4, and servers decode `%2F` to \
                         `/`), so the request would reach another route; such values are not \
                         sent. If the schema allows nothing else, pin a value with \
                         `--param path:{}=VALUE`",
                        p.name,
                        op.key(),
                        p.name
                    ));
                }
                path = path.replace(&format!("{{{}}}", p.name), &s);
            }
            ParamLocation::Query => query.extend(query_pairs(
                &p.name,
                p.style,
                p.explode,
                p.allow_reserved,
                &v,
            )),
            ParamLocation::QueryString => match &v {
                Value::Object(o) => {
                    for (k, val) in o {
                        query.extend(query_pairs(k, ParamStyle::Form, true, false, val));
                    }
                }
                other => query.push(enc_q(&prim(other), false)),
            },
            ParamLocation::Header => {
                if !ignored_header(&p.name) {
                    headers.push((p.name.clone(), header_value(p.explode, &v)));
                }
            }
            ParamLocation::Cookie => cookies.extend(cookie_pairs(&p.name, p.explode, &v)),
        }
    }
    let mut body = None;
    if let (Some(rb), Some(mi), Some(v)) = (&op.request_body, data.media, &data.body)
        && let Some(mt) = rb.content.get(mi)
    {
        let (ct, bytes) = body_bytes(&mt.media_type, v, &mt.encoding)
            .ok_or_else(|| format!("a {} body cannot carry this value", mt.media_type))?;
        headers.push(("Content-Type".into(), ct));
        body = Some(bytes);
    }
    if !cookies.is_empty() {
        headers.push(("Cookie".into(), cookies.join("; ")));
    }
    for (k, v) in extra {
        if k.eq_ignore_ascii_case("cookie")
            && let Some(c) = headers
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case("cookie"))
        {
            c.1 = format!("{}; {v}", c.1);
            continue;
        }
        headers.retain(|(n, _)| !n.eq_ignore_ascii_case(k));
        headers.push((k.clone(), v.clone()));
    }
    let mut url = format!("{base}{path}");
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    Ok(HttpRequest {
        method: op.method.as_str().to_string(),
        url,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // The style examples table of the OpenAPI Specification (3.1.1, "Style Examples").
    fn color_prim() -> Value {
        json!("blue")
    }
    fn color_arr() -> Value {
        json!(["blue", "black", "brown"])
    }
    fn color_obj() -> Value {
        json!({"R": 100, "G": 200, "B": 150})
    }

    #[test]
    fn path_styles_match_the_spec_table() {
        use ParamStyle::*;
        assert_eq!(
            path_value("color", Matrix, false, &color_prim()),
            ";color=blue"
        );
        assert_eq!(
            path_value("color", Matrix, false, &color_arr()),
            ";color=blue,black,brown"
        );
        assert_eq!(
            path_value("color", Matrix, true, &color_arr()),
            ";color=blue;color=black;color=brown"
        );
        assert_eq!(
            path_value("color", Matrix, false, &color_obj()),
            ";color=R,100,G,200,B,150"
        );
        assert_eq!(
            path_value("color", Matrix, true, &color_obj()),
            ";R=100;G=200;B=150"
        );
        assert_eq!(path_value("color", Label, false, &color_prim()), ".blue");
        assert_eq!(
            path_value("color", Label, false, &color_arr()),
            ".blue,black,brown"
        );
        assert_eq!(
            path_value("color", Label, true, &color_arr()),
            ".blue.black.brown"
        );
        assert_eq!(
            path_value("color", Label, false, &color_obj()),
            ".R,100,G,200,B,150"
        );
        assert_eq!(
            path_value("color", Label, true, &color_obj()),
            ".R=100.G=200.B=150"
        );
        assert_eq!(
            path_value("color", Simple, false, &color_arr()),
            "blue,black,brown"
        );
        assert_eq!(
            path_value("color", Simple, false, &color_obj()),
            "R,100,G,200,B,150"
        );
        assert_eq!(
            path_value("color", Simple, true, &color_obj()),
            "R=100,G=200,B=150"
        );
        // Values cannot leave their segment.
        assert_eq!(
            path_value("id", Simple, false, &json!("../admin?x#y")),
            "..%2Fadmin%3Fx%23y"
        );
        assert_eq!(path_value("id", Simple, false, &json!("..")), "%2E%2E");
    }

    #[test]
    fn query_styles_match_the_spec_table() {
        use ParamStyle::*;
        assert_eq!(
            query_pairs("color", Form, false, false, &color_prim()),
            ["color=blue"]
        );
        assert_eq!(
            query_pairs("color", Form, false, false, &color_arr()),
            ["color=blue,black,brown"]
        );
        assert_eq!(
            query_pairs("color", Form, true, false, &color_arr()),
            ["color=blue", "color=black", "color=brown"]
        );
        assert_eq!(
            query_pairs("color", Form, false, false, &color_obj()),
            ["color=R,100,G,200,B,150"]
        );
        assert_eq!(
            query_pairs("color", Form, true, false, &color_obj()),
            ["R=100", "G=200", "B=150"]
        );
        assert_eq!(
            query_pairs("color", SpaceDelimited, false, false, &color_arr()),
            ["color=blue%20black%20brown"]
        );
        assert_eq!(
            query_pairs("color", PipeDelimited, false, false, &color_arr()),
            ["color=blue%7Cblack%7Cbrown"]
        );
        assert_eq!(
            query_pairs("color", DeepObject, true, false, &color_obj()),
            ["color%5BR%5D=100", "color%5BG%5D=200", "color%5BB%5D=150"]
        );
        assert_eq!(
            query_pairs("q", Form, true, false, &json!("a b&c=d")),
            ["q=a%20b%26c%3Dd"]
        );
        assert_eq!(
            query_pairs("q", Form, true, true, &json!("a/b:c")),
            ["q=a/b:c"]
        );
    }

    /// `text/json` is JSON, as the codegen reads it: a string body goes quoted (as
    /// `text/plain` it went bare, which no JSON server parses) and a response in it is
    /// checked against its schema.
    #[test]
    fn text_json_is_json() {
        assert!(is_json("text/json; charset=utf-8") && is_json("application/problem+json"));
        assert!(!is_json("text/jsonl") && !is_json("application/x-ndjson"));
        let (ct, body) =
            body_bytes("text/json", &serde_json::json!("abc"), &Map::new()).unwrap_or_default();
        assert_eq!(
            (ct.as_str(), body.as_slice()),
            ("text/json", &b"\"abc\""[..])
        );
    }

    #[test]
    fn header_and_cookie_styles() {
        assert_eq!(header_value(false, &color_arr()), "blue,black,brown");
        assert_eq!(header_value(true, &color_obj()), "R=100,G=200,B=150");
        assert_eq!(header_value(false, &color_obj()), "R,100,G,200,B,150");
        assert_eq!(
            cookie_pairs("color", false, &color_arr()),
            ["color=blue,black,brown"]
        );
        assert_eq!(
            cookie_pairs("color", true, &color_arr()),
            ["color=blue", "color=black", "color=brown"]
        );
    }

    #[test]
    fn bodies_per_media_type() {
        let v = json!({"name": "a b", "tags": ["x", "y"], "meta": {"k": 1}});
        let enc = Map::new();
        let (ct, b) = body_bytes("application/json", &v, &enc).expect("json");
        assert_eq!(ct, "application/json");
        assert_eq!(serde_json::from_slice::<Value>(&b).expect("parse"), v);
        let (_, b) = body_bytes("application/x-www-form-urlencoded", &v, &enc).expect("form");
        assert_eq!(
            String::from_utf8_lossy(&b),
            "name=a%20b&tags=x&tags=y&meta=%7B%22k%22%3A1%7D"
        );
        let (ct, b) = body_bytes("multipart/form-data", &v, &enc).expect("multipart");
        assert!(ct.starts_with("multipart/form-data; boundary="));
        let text = String::from_utf8_lossy(&b);
        assert!(text.contains("name=\"tags\"\r\n\r\nx\r\n"), "{text}");
        assert!(
            text.contains("name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":1}"),
            "{text}"
        );
        assert!(text.ends_with("--\r\n"));
        assert!(body_bytes("application/xml", &v, &enc).is_none());
        assert!(body_bytes("application/x-www-form-urlencoded", &json!(3), &enc).is_none());
    }
}
