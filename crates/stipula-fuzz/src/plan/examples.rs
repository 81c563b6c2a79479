//! Values the spec itself gives: schema and media-type examples, defaults and consts, and
//! skeletons of required properties to put them in.

use super::*;

/// Values the spec itself gives for a schema: `examples`/`example`, else `default`, else `const`.
pub(crate) fn own_values(o: &stipula_spec::SchemaObject) -> Vec<Value> {
    let mut out = o.examples.clone();
    if out.is_empty() {
        out.extend(o.default.clone());
    }
    if out.is_empty() {
        out.extend(o.const_.clone());
    }
    out
}

/// The object schema a value of `id` most likely takes: itself when it has properties, else
/// the first `anyOf`/`oneOf` branch that has (FastAPI's `Optional[Model]` is `anyOf: [Model, null]`).
pub(crate) fn object_branch(
    spec: &Spec,
    id: SchemaId,
    depth: u32,
) -> Option<stipula_spec::SchemaObject> {
    let o = flatten(spec, id)?;
    if !o.properties.is_empty() || depth > 4 {
        return Some(o);
    }
    for b in o.any_of.iter().chain(o.one_of.iter()) {
        if let Some(x) = object_branch(spec, *b, depth + 1)
            && !x.properties.is_empty()
        {
            return Some(x);
        }
    }
    Some(o)
}

/// A small value a schema likely accepts: its own example/default/const or first enum value,
/// else the simplest of its type (objects: required properties only).
pub fn skeleton(spec: &Spec, id: SchemaId, depth: u32) -> Value {
    let Some(o) = object_branch(spec, id, 0) else {
        return Value::Null;
    };
    if let Some(v) = own_values(&o).into_iter().next() {
        return v;
    }
    if let Some(v) = o.enum_.as_ref().and_then(|e| e.first()) {
        return v.clone();
    }
    let types = o.types.clone().unwrap_or_default();
    let has = |t: Type| types.contains(&t);
    if !o.properties.is_empty() || has(Type::Object) {
        let mut m = serde_json::Map::new();
        if depth < 6 {
            for r in &o.required {
                if let Some(p) = o.properties.get(r) {
                    m.insert(r.clone(), skeleton(spec, *p, depth + 1));
                }
            }
        }
        return Value::Object(m);
    }
    if has(Type::Array) {
        let n = o.min_items.unwrap_or(0).min(3) as usize;
        let item = o
            .items
            .map(|i| skeleton(spec, i, depth + 1))
            .unwrap_or(Value::Null);
        return Value::Array(vec![item; n]);
    }
    if has(Type::Integer) || has(Type::Number) {
        let (lo, hi) = int_bounds(&o);
        return Value::from(0i64.clamp(lo, hi.max(lo)));
    }
    if has(Type::Boolean) {
        return Value::Bool(false);
    }
    if has(Type::String) {
        let by_format = match o.format.as_deref() {
            Some("date-time") => Some("2024-01-02T03:04:05Z"),
            Some("date") => Some("2024-01-02"),
            Some("time") => Some("03:04:05Z"),
            Some("uuid") => Some("6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f"),
            Some("email") => Some("user@example.com"),
            Some("uri") | Some("url") => Some("https://example.com/"),
            Some("ipv4") => Some("192.0.2.1"),
            Some("ipv6") => Some("2001:db8::1"),
            Some("hostname") => Some("example.com"),
            _ => None,
        };
        if let Some(v) = by_format {
            return Value::String(v.into());
        }
        return Value::String("a".repeat(o.min_length.unwrap_or(1).clamp(1, 64) as usize));
    }
    Value::Null
}

/// Every example the body schema carries below its root: (property path, object schemas
/// along the path, value), for properties at most 4 levels deep, at most 64 in all.
pub fn property_examples(spec: &Spec, root: SchemaId) -> Vec<(Vec<String>, Vec<SchemaId>, Value)> {
    fn walk(
        spec: &Spec,
        id: SchemaId,
        path: &mut Vec<String>,
        chain: &mut Vec<SchemaId>,
        out: &mut Vec<(Vec<String>, Vec<SchemaId>, Value)>,
    ) {
        if path.len() >= 4 || out.len() >= 64 {
            return;
        }
        let Some(o) = object_branch(spec, id, 0) else {
            return;
        };
        chain.push(id);
        for (k, pid) in &o.properties {
            if spec.schema(*pid).object().is_some_and(|p| p.read_only) {
                continue;
            }
            path.push(k.clone());
            if let Some(po) = flatten(spec, *pid) {
                for v in own_values(&po).into_iter().take(8) {
                    if out.len() < 64 {
                        out.push((path.clone(), chain.clone(), v));
                    }
                }
            }
            walk(spec, *pid, path, chain, out);
            path.pop();
        }
        chain.pop();
    }
    let mut out = Vec::new();
    walk(spec, root, &mut Vec::new(), &mut Vec::new(), &mut out);
    out
}

/// `body` with `v` at `path`; objects missing on the way are made from their schema's
/// skeleton (`chain[i]` is the schema of the object that holds `path[i]`).
pub fn with_property(
    spec: &Spec,
    body: &Value,
    path: &[String],
    chain: &[SchemaId],
    v: Value,
) -> Option<Value> {
    let mut out = if body.is_object() {
        body.clone()
    } else {
        skeleton(spec, *chain.first()?, 0)
    };
    let (last, parents) = path.split_last()?;
    let mut cur = &mut out;
    for (i, seg) in parents.iter().enumerate() {
        let obj = cur.as_object_mut()?;
        if !obj.get(seg).is_some_and(Value::is_object) {
            let sk = chain
                .get(i + 1)
                .map(|s| skeleton(spec, *s, 0))
                .filter(Value::is_object)
                .unwrap_or_else(|| Value::Object(Default::default()));
            obj.insert(seg.clone(), sk);
        }
        cur = obj.get_mut(seg)?;
    }
    cur.as_object_mut()?.insert(last.clone(), v);
    Some(out)
}

/// Example values for a parameter: its own examples, else its schema's, else the default.
pub fn param_examples(spec: &Spec, p: &Parameter) -> Vec<Value> {
    let mut out: Vec<Value> = p
        .examples
        .iter()
        .filter_map(|e| e.value.as_deref().cloned())
        .collect();
    if out.is_empty()
        && let Some(s) = param_schema(p)
        && let Some(o) = flatten(spec, s)
    {
        out.extend(o.examples.iter().cloned());
        if out.is_empty() {
            out.extend(o.default.clone());
        }
    }
    out
}

/// Example bodies for a media type.
pub fn body_examples(spec: &Spec, op: &Operation, media: usize) -> Vec<Value> {
    let Some(mt) = op
        .request_body
        .as_ref()
        .and_then(|rb| rb.content.get(media))
    else {
        return vec![];
    };
    let mut out: Vec<Value> = mt
        .examples
        .iter()
        .filter_map(|e| e.value.as_deref().cloned())
        .collect();
    if out.is_empty()
        && let Some(s) = mt.schema
        && let Some(o) = flatten(spec, s)
    {
        out.extend(o.examples.iter().cloned());
    }
    out
}
