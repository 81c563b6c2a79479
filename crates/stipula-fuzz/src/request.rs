//! Turning generated values into HTTP requests: parameter styles (path, query, header,
//! cookie; form/explode, deepObject, pipe/space delimited, simple, label, matrix) and body
//! media types (JSON, form-urlencoded, multipart, text, octet-stream).

use serde::Serialize;
use serde_json::Value;
use stipula_schema::wire::{self, Wire};
use stipula_spec::media::{admits_json, essence};
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

/// How the fuzzer writes a parameter: escaped for the request line when `escape`, and
/// nested values as JSON text (what generated clients send). A deepObject parameter whose
/// value is not an object travels as `form` (`name=a&name=b`, which express `qs` reads as
/// a list). `None` only for a value no style can carry.
pub(crate) fn param_wire(
    name: &str,
    location: ParamLocation,
    style: ParamStyle,
    explode: bool,
    allow_reserved: bool,
    v: &Value,
    escape: bool,
) -> Option<Wire> {
    let style = match style {
        ParamStyle::DeepObject if !v.is_object() => ParamStyle::Form,
        s => s,
    };
    let options = wire::Options {
        escape,
        allow_reserved,
        nested_as_json: true,
    };
    wire::encode_with(name, location, style, explode, v, options)
}

/// The style a parameter's value is written in (see [`param_wire`]).
pub(crate) fn effective_style(p: &Parameter, v: &Value) -> ParamStyle {
    match p.style {
        ParamStyle::DeepObject if !v.is_object() => ParamStyle::Form,
        s => s,
    }
}

/// `k=v` pairs of an escaped wire.
fn joined(w: Wire) -> impl Iterator<Item = String> {
    w.pairs.into_iter().map(|(k, v)| format!("{k}={v}"))
}

/// A scalar as text (`null` empty); arrays and objects as JSON.
fn text_of(v: &Value) -> String {
    wire::scalar_text(v).unwrap_or_else(|| v.to_string())
}

/// Can a body of this media type be generated and sent?
pub fn body_supported(media: &str) -> bool {
    let e = essence(media);
    admits_json(&e)
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
    if admits_json(&e) {
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
            // An object field that is not deepObject goes as its JSON text: exploded `form`
            // would scatter its members among the form's own fields.
            let json_text;
            let val = match val {
                Value::Object(_) if style != ParamStyle::DeepObject => {
                    json_text = Value::String(val.to_string());
                    &json_text
                }
                other => other,
            };
            let w = param_wire(k, ParamLocation::Query, style, explode, false, val, true)?;
            pairs.extend(joined(w));
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
                    other => (text_of(other), ct),
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
        return Some((media.to_string(), text_of(v).into_bytes()));
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
        let w = param_wire(
            &p.name,
            p.location,
            p.style,
            p.explode,
            p.allow_reserved,
            &v,
            true,
        );
        match p.location {
            ParamLocation::Path => {
                let s = w.and_then(|w| w.pairs.into_iter().next()).map(|(_, s)| s);
                let s = s.unwrap_or_default();
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
            ParamLocation::Query => query.extend(w.into_iter().flat_map(joined)),
            ParamLocation::QueryString => match &v {
                Value::Object(o) => {
                    for (k, val) in o {
                        let w = param_wire(k, p.location, ParamStyle::Form, true, false, val, true);
                        query.extend(w.into_iter().flat_map(joined));
                    }
                }
                other => {
                    let w = param_wire("", p.location, ParamStyle::Form, false, false, other, true);
                    query.extend(w.into_iter().flat_map(|w| w.pairs).map(|(_, v)| v));
                }
            },
            ParamLocation::Header => {
                if !ignored_header(&p.name)
                    && let Some((_, text)) = w.and_then(|w| w.pairs.into_iter().next())
                {
                    headers.push((p.name.clone(), text));
                }
            }
            ParamLocation::Cookie => cookies.extend(w.into_iter().flat_map(joined)),
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

    fn path_value(name: &str, style: ParamStyle, explode: bool, v: &Value) -> String {
        param_wire(name, ParamLocation::Path, style, explode, false, v, true)
            .and_then(|w| w.pairs.into_iter().next())
            .map(|(_, s)| s)
            .unwrap_or_default()
    }

    fn query_pairs(
        name: &str,
        style: ParamStyle,
        explode: bool,
        allow_reserved: bool,
        v: &Value,
    ) -> Vec<String> {
        let w = param_wire(
            name,
            ParamLocation::Query,
            style,
            explode,
            allow_reserved,
            v,
            true,
        );
        w.into_iter().flat_map(joined).collect()
    }

    fn header_value(explode: bool, v: &Value) -> String {
        let w = param_wire(
            "h",
            ParamLocation::Header,
            ParamStyle::Simple,
            explode,
            false,
            v,
            true,
        );
        w.and_then(|w| w.pairs.into_iter().next())
            .map(|(_, s)| s)
            .unwrap_or_default()
    }

    fn cookie_pairs(name: &str, explode: bool, v: &Value) -> Vec<String> {
        let w = param_wire(
            name,
            ParamLocation::Cookie,
            ParamStyle::Form,
            explode,
            false,
            v,
            true,
        );
        w.into_iter().flat_map(joined).collect()
    }

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
        // `.` is escaped where it is a delimiter (label items); a whole `..` segment is
        // refused by `build` (tests/real_habits.rs).
        assert_eq!(
            path_value("id", Label, true, &json!(["a.b", "c"])),
            ".a%2Eb.c"
        );
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
            ["color=blue|black|brown"]
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
        assert!(admits_json("text/json; charset=utf-8") && admits_json("application/problem+json"));
        assert!(!admits_json("text/jsonl") && !admits_json("application/x-ndjson"));
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
