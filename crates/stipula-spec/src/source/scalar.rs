//! YAML 1.2 core-schema resolution of plain scalars (null, booleans, integers in
//! decimal, octal and hex, floats, `.inf`/`.nan`).

use super::*;

/// Resolve a scalar to a JSON value (see the module docs).
pub(super) fn resolve_scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&Tag>,
    line: u32,
    col: u32,
) -> Result<Value, SyntaxError> {
    if let Some(tag) = tag.filter(|t| t.is_yaml_core_schema()) {
        let bad = |what: &str| {
            yerr(
                YAML_SYNTAX,
                line,
                col,
                format!("`{text}` is not a valid !!{what}"),
            )
        };
        match tag.suffix.as_str() {
            "str" => return Ok(Value::String(text.to_owned())),
            "null" => {
                return core_null(text)
                    .then_some(Value::Null)
                    .ok_or_else(|| bad("null"));
            }
            "bool" => return core_bool(text).map(Value::Bool).ok_or_else(|| bad("bool")),
            "int" => return core_int(text).ok_or_else(|| bad("int")),
            "float" => {
                if let Some(f) = core_float(text) {
                    return Number::from_f64(f).map(Value::Number).ok_or_else(|| {
                        yerr(
                            YAML_SYNTAX,
                            line,
                            col,
                            format!("`{text}` (!!float) is not a finite number: JSON cannot represent it"),
                        )
                    });
                }
                if is_core_special_float(text) {
                    return Err(yerr(
                        YAML_SYNTAX,
                        line,
                        col,
                        format!(
                            "`{text}` (!!float) is not a finite number: JSON cannot represent it"
                        ),
                    ));
                }
                return Err(bad("float"));
            }
            _ => {}
        }
    }
    if style != ScalarStyle::Plain {
        return Ok(Value::String(text.to_owned()));
    }
    Ok(resolve_plain(text))
}

/// YAML 1.2 core schema resolution of a plain scalar.
pub(super) fn resolve_plain(text: &str) -> Value {
    if core_null(text) {
        return Value::Null;
    }
    if let Some(b) = core_bool(text) {
        return Value::Bool(b);
    }
    // Only text starting like a number can be one.
    let numeric_start = text
        .as_bytes()
        .first()
        .is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.'));
    if numeric_start {
        if let Some(v) = core_int(text) {
            return v;
        }
        if let Some(n) = core_float(text).and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(text.to_owned())
}

pub(super) fn core_null(t: &str) -> bool {
    matches!(t, "" | "~" | "null" | "Null" | "NULL")
}

pub(super) fn core_bool(t: &str) -> Option<bool> {
    match t {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Digits in `radix` as an integer value (u64, or f64 when too large).
pub(super) fn radix_value(digits: &str, radix: u32) -> Option<Value> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    match u64::from_str_radix(digits, radix) {
        Ok(n) => Some(Value::from(n)),
        Err(_) => {
            let f = digits
                .chars()
                .filter_map(|c| c.to_digit(radix))
                .fold(0f64, |acc, d| acc * f64::from(radix) + f64::from(d));
            Number::from_f64(f).map(Value::Number)
        }
    }
}

/// Core-schema int: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
pub(super) fn core_int(t: &str) -> Option<Value> {
    if let Some(h) = t.strip_prefix("0x") {
        return radix_value(h, 16);
    }
    if let Some(o) = t.strip_prefix("0o") {
        return radix_value(o, 8);
    }
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // `090`, `007`: YAML 1.2 reads an int, YAML 1.1 (libyaml, PyYAML) a string. Authors who
    // write a leading zero mean a code, not a number (Xero's `AccountCode: 090`), and JSON
    // has no such numbers: keep the text.
    if digits.len() > 1 && digits.starts_with('0') {
        return None;
    }
    if let Ok(n) = t.parse::<i64>() {
        return Some(Value::from(n));
    }
    if let Ok(n) = t.parse::<u64>() {
        return Some(Value::from(n));
    }
    t.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
}

/// Core-schema float `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` (also matches
/// ints, for `!!float 1`). `None` when the syntax does not match; may be infinite.
pub(super) fn core_float(t: &str) -> Option<f64> {
    // See `core_int`: `017` stays a string.
    let d = t.strip_prefix(['-', '+']).unwrap_or(t);
    if d.len() > 1 && d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    let digits = |i: &mut usize| {
        let s = *i;
        while matches!(b.get(*i), Some(b'0'..=b'9')) {
            *i += 1;
        }
        *i - s
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return None;
        }
    } else {
        if digits(&mut i) == 0 {
            return None;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    t.parse::<f64>().ok()
}

pub(super) fn is_core_special_float(t: &str) -> bool {
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    matches!(t, ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN")
}
