//! An IR schema seen as one flat object: `$ref` siblings and `allOf` merged in (the
//! intersection approximated: the tighter bound, the common types, every required
//! property), and what a generator reads off it (types to generate, integer bounds). The
//! fuzzer's generators and one-constraint edits start from it; a validator stays the judge
//! of what the merge approximates.

use stipula_spec::{SchemaId, SchemaKind, SchemaObject, Spec, Type};

/// The larger bound of two, either one when the other is absent.
fn larger<T: PartialOrd + Copy>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y > x { y } else { x }),
        (x, y) => x.or(y),
    }
}

/// The smaller bound of two, either one when the other is absent.
fn smaller<T: PartialOrd + Copy>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y < x { y } else { x }),
        (x, y) => x.or(y),
    }
}

/// `dst`'s value, else `src`'s.
fn first<T: Clone>(dst: &mut Option<T>, src: &Option<T>) {
    if dst.is_none() {
        dst.clone_from(src);
    }
}

/// `dst`'s list, else `src`'s.
fn first_list<T: Clone>(dst: &mut Vec<T>, src: &[T]) {
    if dst.is_empty() {
        *dst = src.to_vec();
    }
}

/// Merge `src` into `dst` (`allOf` semantics, approximated; the validator is the judge).
pub fn merge_into(dst: &mut SchemaObject, src: &SchemaObject) {
    dst.types = match (dst.types.take(), &src.types) {
        (None, s) => s.clone(),
        (d, None) => d,
        (Some(d), Some(s)) => {
            let mut out: Vec<Type> = d
                .iter()
                .copied()
                .filter(|t| s.contains(t) || (*t == Type::Integer && s.contains(&Type::Number)))
                .collect();
            if d.contains(&Type::Number)
                && s.contains(&Type::Integer)
                && !out.contains(&Type::Integer)
            {
                out.push(Type::Integer);
            }
            Some(out)
        }
    };
    if dst.enum_.is_none() {
        dst.enum_ = src.enum_.clone();
    } else if let (Some(d), Some(s)) = (&mut dst.enum_, &src.enum_) {
        d.retain(|v| s.contains(v));
    }
    first(&mut dst.const_, &src.const_);
    first(&mut dst.format, &src.format);
    dst.minimum = larger(dst.minimum, src.minimum);
    dst.exclusive_minimum = larger(dst.exclusive_minimum, src.exclusive_minimum);
    dst.maximum = smaller(dst.maximum, src.maximum);
    dst.exclusive_maximum = smaller(dst.exclusive_maximum, src.exclusive_maximum);
    first(&mut dst.multiple_of, &src.multiple_of);
    dst.min_length = larger(dst.min_length, src.min_length);
    dst.max_length = smaller(dst.max_length, src.max_length);
    first(&mut dst.pattern, &src.pattern);
    first(&mut dst.items, &src.items);
    first_list(&mut dst.prefix_items, &src.prefix_items);
    dst.min_items = larger(dst.min_items, src.min_items);
    dst.max_items = smaller(dst.max_items, src.max_items);
    dst.unique_items |= src.unique_items;
    for (k, v) in &src.properties {
        dst.properties.entry(k.clone()).or_insert(*v);
    }
    for r in &src.required {
        if !dst.required.contains(r) {
            dst.required.push(r.clone());
        }
    }
    first(&mut dst.additional_properties, &src.additional_properties);
    dst.min_properties = larger(dst.min_properties, src.min_properties);
    dst.max_properties = smaller(dst.max_properties, src.max_properties);
    first_list(&mut dst.one_of, &src.one_of);
    first_list(&mut dst.any_of, &src.any_of);
    dst.read_only |= src.read_only;
    dst.write_only |= src.write_only;
    first_list(&mut dst.examples, &src.examples);
    first(&mut dst.default, &src.default);
}

/// The schema with `$ref` siblings and `allOf` merged in. `None` for `false` (nothing valid).
pub fn flatten(spec: &Spec, id: SchemaId) -> Option<SchemaObject> {
    fn go(spec: &Spec, id: SchemaId, depth: u32, out: &mut SchemaObject) -> bool {
        match &spec.schema(id).kind {
            SchemaKind::Bool(b) => *b,
            SchemaKind::Object(o) => {
                let mut own = (**o).clone();
                own.ref_ = None;
                own.all_of.clear();
                merge_into(out, &own);
                if depth < 12 {
                    for c in o.ref_.iter().chain(o.all_of.iter()) {
                        if !go(spec, *c, depth + 1, out) {
                            return false;
                        }
                    }
                }
                true
            }
        }
    }
    let mut out = SchemaObject::default();
    go(spec, id, 0, &mut out).then_some(out)
}

/// Types to generate for a flat schema (explicit, else inferred from its keywords).
pub fn gen_types(o: &SchemaObject) -> Vec<Type> {
    if let Some(ts) = &o.types {
        return ts.clone();
    }
    if !o.properties.is_empty() || !o.required.is_empty() || o.additional_properties.is_some() {
        return vec![Type::Object];
    }
    if o.items.is_some() || !o.prefix_items.is_empty() || o.min_items.is_some() {
        return vec![Type::Array];
    }
    if o.pattern.is_some() || o.min_length.is_some() || o.max_length.is_some() || o.format.is_some()
    {
        return vec![Type::String];
    }
    if o.minimum.is_some() || o.maximum.is_some() || o.multiple_of.is_some() {
        return vec![Type::Number];
    }
    vec![Type::Null, Type::Boolean, Type::Integer, Type::String]
}

/// Integer bounds of a flat schema (format `int32` narrows the default range).
pub fn int_bounds(o: &SchemaObject) -> (i64, i64) {
    let (mut lo, mut hi) = match o.format.as_deref() {
        Some("int32") => (i64::from(i32::MIN), i64::from(i32::MAX)),
        Some("uint32") => (0, i64::from(u32::MAX)),
        Some("int8") => (-128, 127),
        Some("uint8") => (0, 255),
        Some("int16") => (-32768, 32767),
        _ => (i64::MIN / 2, i64::MAX / 2),
    };
    let clamp = |f: f64| f.clamp(i64::MIN as f64 / 2.0, i64::MAX as f64 / 2.0) as i64;
    if let Some(m) = o.minimum {
        lo = lo.max(clamp(m.ceil()));
    }
    if let Some(m) = o.exclusive_minimum {
        lo = lo.max(clamp(m.floor()) + 1);
    }
    if let Some(m) = o.maximum {
        hi = hi.min(clamp(m.floor()));
    }
    if let Some(m) = o.exclusive_maximum {
        hi = hi.min(clamp(m.ceil()) - 1);
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_of_and_ref_siblings_merge_to_the_tighter_schema() {
        let yaml = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: [integer, string], minimum: 1, maximum: 20, required: [a]}
    Item:
      $ref: '#/components/schemas/Base'
      allOf:
        - {type: number, minimum: 5, maxLength: 3, required: [b]}
      maximum: 10
    Never:
      allOf: [{type: string}, false]
"#;
        let loaded = stipula_spec::load_str(yaml, "t.yaml", &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let spec = &loaded.spec;
        let o = flatten(spec, spec.schema_names["Item"]).expect("satisfiable");
        // integer ∩ number is integer; string is not in the allOf branch
        assert_eq!(o.types, Some(vec![Type::Integer]));
        assert_eq!((o.minimum, o.maximum), (Some(5.0), Some(10.0)));
        assert_eq!(o.max_length, Some(3));
        assert_eq!(o.required, ["a", "b"]);
        assert_eq!(int_bounds(&o), (5, 10));
        assert!(flatten(spec, spec.schema_names["Never"]).is_none());
    }
}
