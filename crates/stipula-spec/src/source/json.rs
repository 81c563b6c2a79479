//! The JSON reader: a byte-level parser that builds the value and its position index in
//! one pass, with duplicate-key and depth checks.

use super::*;

/// Parse a JSON document (a leading UTF-8 BOM is skipped).
pub fn parse_json(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    if text.len() >= u32::MAX as usize {
        return Err(SyntaxError {
            code: "json-syntax",
            message: "document too large (4 GiB or more)".to_owned(),
            line: 1,
            col: 1,
        });
    }
    let (_, skip) = strip_bom(text);
    let parser = JsonParser {
        text,
        b: text.as_bytes(),
        i: skip,
        line: 1,
        entries: Vec::new(),
        max_depth: limits.max_depth,
        members: Vec::new(),
    };
    parser.parse()
}

pub(super) enum JFrame {
    Arr {
        items: Vec<Value>,
        node: u32,
    },
    Obj {
        /// Where this object's finished members start in `JsonParser::members`.
        start: usize,
        /// The key of the member whose value is being parsed.
        key: String,
        key_line: u32,
        key_off: u32,
        node: u32,
    },
}

pub(super) struct JsonParser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    line: u32,
    entries: Vec<Entry>,
    max_depth: usize,
    /// Finished members of the open objects, innermost last: (key, value, key line, key
    /// offset). An object's map is built when it closes, with exactly the capacity it needs:
    /// growing it member by member left most small maps with room for 3-7 entries, about
    /// 12 MB of the 43 MB tree of GitHub's spec.
    members: Vec<(String, Value, u32, u32)>,
}

pub(super) const JSON_SYNTAX: &str = "json-syntax";

impl JsonParser<'_> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b' ' | b'\t' | b'\r' => self.i += 1,
                b'\n' => {
                    self.i += 1;
                    self.line += 1;
                }
                _ => break,
            }
        }
    }

    /// An error at byte offset `at` on the current line.
    fn err_at(&self, code: &'static str, at: usize, message: String) -> SyntaxError {
        SyntaxError {
            code,
            message,
            line: self.line,
            col: char_col(self.text, at),
        }
    }

    fn err(&self, message: String) -> SyntaxError {
        self.err_at(JSON_SYNTAX, self.i, message)
    }

    fn found(&self) -> String {
        describe_at(self.text, self.i)
    }

    /// Push an index entry for a node (end preset for a leaf). Offsets fit in u32: the text
    /// length was checked, and there are fewer nodes than bytes.
    #[inline]
    fn push_entry(&mut self, line: u32, off: usize) -> u32 {
        let idx = self.entries.len() as u32;
        self.entries.push(Entry {
            line,
            col: off as u32,
            end: idx + 1,
        });
        idx
    }

    fn close_entry(&mut self, node: u32) {
        let end = self.entries.len() as u32;
        if let Some(e) = self.entries.get_mut(node as usize) {
            e.end = end;
        }
    }

    fn parse(mut self) -> Result<Parsed, SyntaxError> {
        self.skip_ws();
        if self.i >= self.b.len() {
            return Err(self.err_at("empty-document", self.i, "empty document".to_owned()));
        }
        let mut stack: Vec<JFrame> = Vec::new();
        let mut node_line = self.line;
        let mut node_off = self.i;
        'value: loop {
            // At the start of a value (whitespace skipped); (node_line, node_off) is the
            // position to record for it (its key's position when it is a member).
            let node = self.push_entry(node_line, node_off);
            let mut v = match self.peek() {
                Some(b'{') => {
                    if stack.len() >= self.max_depth {
                        return Err(self.depth_error());
                    }
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                        Value::Object(Map::new())
                    } else {
                        let (key, kl, ko) = self.key(false)?;
                        stack.push(JFrame::Obj {
                            start: self.members.len(),
                            key,
                            key_line: kl,
                            key_off: ko as u32,
                            node,
                        });
                        node_line = kl;
                        node_off = ko;
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    if stack.len() >= self.max_depth {
                        return Err(self.depth_error());
                    }
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        Value::Array(Vec::new())
                    } else {
                        stack.push(JFrame::Arr {
                            items: Vec::new(),
                            node,
                        });
                        node_line = self.line;
                        node_off = self.i;
                        continue 'value;
                    }
                }
                Some(b'"') => Value::String(self.string()?),
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't') => self.literal("true", Value::Bool(true))?,
                Some(b'f') => self.literal("false", Value::Bool(false))?,
                Some(b'n') => self.literal("null", Value::Null)?,
                Some(b']') if matches!(stack.last(), Some(JFrame::Arr { .. })) => {
                    return Err(self.err("trailing comma before ']' is not allowed in JSON".into()));
                }
                _ => return Err(self.err(format!("expected a value, found {}", self.found()))),
            };
            // `v` is complete: attach it to its parent, closing containers as they end.
            loop {
                let Some(top) = stack.last_mut() else {
                    self.skip_ws();
                    if self.i < self.b.len() {
                        return Err(self.err(format!(
                            "unexpected {} after the end of the JSON document",
                            self.found()
                        )));
                    }
                    let pos = PosIndex::new(self.entries, ColKind::ByteOffset);
                    return Ok(Parsed { value: v, pos });
                };
                match top {
                    JFrame::Arr { items, .. } => {
                        items.push(v);
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                node_line = self.line;
                                node_off = self.i;
                                continue 'value;
                            }
                            Some(b']') => self.i += 1,
                            _ => {
                                return Err(self.err(format!(
                                    "expected ',' or ']' after array element, found {}",
                                    self.found()
                                )));
                            }
                        }
                    }
                    JFrame::Obj {
                        key,
                        key_line,
                        key_off,
                        ..
                    } => {
                        self.members
                            .push((std::mem::take(key), v, *key_line, *key_off));
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                let (k, kl, ko) = self.key(true)?;
                                *key = k;
                                *key_line = kl;
                                *key_off = ko as u32;
                                node_line = kl;
                                node_off = ko;
                                continue 'value;
                            }
                            Some(b'}') => self.i += 1,
                            _ => {
                                return Err(self.err(format!(
                                    "expected ',' or '}}' after object member, found {}",
                                    self.found()
                                )));
                            }
                        }
                    }
                }
                // The top container just ended.
                match stack.pop() {
                    Some(JFrame::Arr { items, node }) => {
                        self.close_entry(node);
                        v = Value::Array(items);
                    }
                    Some(JFrame::Obj { start, node, .. }) => {
                        self.close_entry(node);
                        v = Value::Object(self.object_from(start, node)?);
                    }
                    None => return Err(self.err("internal error: parser stack empty".into())),
                }
            }
        }
    }

    /// The map of the object at `node` whose members are `members[start..]` (taken).
    fn object_from(&mut self, start: usize, node: u32) -> Result<Map<String, Value>, SyntaxError> {
        let mut map = Map::with_capacity(self.members.len().saturating_sub(start));
        let mut dup = None;
        for (k, v, kl, ko) in self.members.drain(start..) {
            match map.entry(k) {
                MapEntry::Vacant(e) => {
                    e.insert(v);
                }
                MapEntry::Occupied(e) => {
                    dup = Some((e.key().clone(), kl, ko));
                    break;
                }
            }
        }
        if let Some((k, key_line, key_off)) = dup {
            let first = first_member_line(&self.entries, &map, node, &k);
            return Err(SyntaxError {
                code: "duplicate-key",
                message: duplicate_message(&k, first),
                line: key_line,
                col: char_col(self.text, key_off as usize),
            });
        }
        Ok(map)
    }

    fn depth_error(&self) -> SyntaxError {
        self.err_at(
            "nesting-too-deep",
            self.i,
            format!(
                "arrays/objects nested deeper than {} levels",
                self.max_depth
            ),
        )
    }

    /// Parse an object key and the following ':' (and whitespace). Returns the key and the
    /// position of its opening quote.
    fn key(&mut self, after_comma: bool) -> Result<(String, u32, usize), SyntaxError> {
        match self.peek() {
            Some(b'"') => {}
            Some(b'}') if after_comma => {
                return Err(self.err("trailing comma before '}' is not allowed in JSON".into()));
            }
            _ => {
                return Err(self.err(format!(
                    "expected an object key (a string in double quotes), found {}",
                    self.found()
                )));
            }
        }
        let (kl, ko) = (self.line, self.i);
        let k = self.string()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.err(format!(
                "expected ':' after object key `{k}`, found {}",
                self.found()
            )));
        }
        self.i += 1;
        self.skip_ws();
        Ok((k, kl, ko))
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, SyntaxError> {
        if self.b.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err(format!(
                "invalid literal starting with {} (expected `{word}`)",
                self.found()
            )))
        }
    }

    /// Parse a string at the opening quote.
    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.i + 1;
        let j = skip_plain(self.b, start);
        match self.b.get(j) {
            Some(b'"') => {
                self.i = j + 1;
                Ok(self.text.get(start..j).unwrap_or_default().to_owned())
            }
            Some(b'\\') => self.string_slow(start, j),
            Some(&c) => Err(self.control_char_error(j, c)),
            None => Err(self.err("unterminated string".into())),
        }
    }

    fn control_char_error(&self, at: usize, c: u8) -> SyntaxError {
        self.err_at(
            JSON_SYNTAX,
            at,
            format!("control character U+{c:04X} must be escaped in a string"),
        )
    }

    /// Continue a string that has escapes: `start` is the first content byte, `j` the first
    /// backslash.
    fn string_slow(&mut self, start: usize, mut j: usize) -> Result<String, SyntaxError> {
        let b = self.b;
        let mut s = String::with_capacity(j - start + 16);
        s.push_str(self.text.get(start..j).unwrap_or_default());
        loop {
            match b.get(j) {
                Some(b'"') => {
                    self.i = j + 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    let c = match b.get(j + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let (c, len) = self.unicode_escape(j)?;
                            s.push(c);
                            j += len;
                            continue;
                        }
                        None => {
                            return Err(self.err_at(JSON_SYNTAX, j, "unterminated string".into()));
                        }
                        Some(_) => {
                            return Err(self.err_at(
                                JSON_SYNTAX,
                                j,
                                format!(
                                    "invalid escape sequence '\\{}'",
                                    describe_at(self.text, j + 1).trim_matches('\'')
                                ),
                            ));
                        }
                    };
                    s.push(c);
                    j += 2;
                }
                Some(&c) if c < 0x20 => return Err(self.control_char_error(j, c)),
                None => return Err(self.err_at(JSON_SYNTAX, j, "unterminated string".into())),
                Some(_) => {
                    let k = skip_plain(b, j);
                    s.push_str(self.text.get(j..k).unwrap_or_default());
                    j = k;
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> Result<u32, SyntaxError> {
        let mut n = 0u32;
        for k in 0..4 {
            let d = self
                .b
                .get(at + k)
                .and_then(|&c| (c as char).to_digit(16))
                .ok_or_else(|| {
                    self.err_at(
                        JSON_SYNTAX,
                        at.saturating_sub(2),
                        "invalid \\u escape: expected 4 hex digits".into(),
                    )
                })?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    /// Decode `\uXXXX` (with a surrogate pair) at the backslash `j`: (char, bytes consumed).
    fn unicode_escape(&self, j: usize) -> Result<(char, usize), SyntaxError> {
        let hi = self.hex4(j + 2)?;
        let (cp, len) = match hi {
            0xD800..=0xDBFF => {
                let lo = if self.b.get(j + 6..j + 8) == Some(b"\\u") {
                    Some(self.hex4(j + 8)?)
                } else {
                    None
                };
                match lo {
                    Some(lo @ 0xDC00..=0xDFFF) => {
                        (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), 12)
                    }
                    _ => {
                        return Err(self.err_at(
                            JSON_SYNTAX,
                            j,
                            format!("lone leading surrogate \\u{hi:04X} in string"),
                        ));
                    }
                }
            }
            0xDC00..=0xDFFF => {
                return Err(self.err_at(
                    JSON_SYNTAX,
                    j,
                    format!("lone trailing surrogate \\u{hi:04X} in string"),
                ));
            }
            _ => (hi, 6),
        };
        char::from_u32(cp)
            .map(|c| (c, len))
            .ok_or_else(|| self.err_at(JSON_SYNTAX, j, "invalid \\u escape".into()))
    }

    /// The offset after the digits starting at `j`: at least one, else an error saying the
    /// number needs a digit `place` ("after the decimal point", "in the exponent").
    fn digits(&self, mut j: usize, place: &str) -> Result<usize, SyntaxError> {
        let b = self.b;
        if !matches!(b.get(j), Some(b'0'..=b'9')) {
            return Err(self.err_at(
                JSON_SYNTAX,
                j,
                format!(
                    "invalid number: expected a digit {place}, found {}",
                    describe_at(self.text, j)
                ),
            ));
        }
        while matches!(b.get(j), Some(b'0'..=b'9')) {
            j += 1;
        }
        Ok(j)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let b = self.b;
        let start = self.i;
        let mut j = start;
        let neg = b.get(j) == Some(&b'-');
        if neg {
            j += 1;
        }
        let mut mant: u64 = 0;
        let mut overflow = false;
        match b.get(j) {
            Some(b'0') => {
                j += 1;
                if matches!(b.get(j), Some(b'0'..=b'9')) {
                    return Err(self.err_at(
                        JSON_SYNTAX,
                        start,
                        "invalid number: leading zeros are not allowed".into(),
                    ));
                }
            }
            Some(&c @ b'1'..=b'9') => {
                mant = u64::from(c - b'0');
                j += 1;
                while let Some(&c @ b'0'..=b'9') = b.get(j) {
                    match mant
                        .checked_mul(10)
                        .and_then(|m| m.checked_add(u64::from(c - b'0')))
                    {
                        Some(m) => mant = m,
                        None => overflow = true,
                    }
                    j += 1;
                }
            }
            _ => {
                return Err(self.err_at(
                    JSON_SYNTAX,
                    j,
                    format!(
                        "invalid number: expected a digit after '-', found {}",
                        describe_at(self.text, j)
                    ),
                ));
            }
        }
        let mut float = false;
        if b.get(j) == Some(&b'.') {
            j = self.digits(j + 1, "after the decimal point")?;
            float = true;
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            j += 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            j = self.digits(j, "in the exponent")?;
            float = true;
        }
        self.i = j;
        if !float && !overflow {
            if !neg {
                return Ok(Value::from(mant));
            }
            if mant == 0 {
                // Like serde_json: `-0` is the float -0.0.
                return Ok(Number::from_f64(-0.0).map_or(Value::from(0), Value::Number));
            }
            if mant <= 1u64 << 63 {
                return Ok(Value::from((mant as i64).wrapping_neg()));
            }
        }
        let f: f64 = self
            .text
            .get(start..j)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| self.err_at(JSON_SYNTAX, start, "invalid number".into()))?;
        match Number::from_f64(f) {
            Some(n) if f.is_finite() => Ok(Value::Number(n)),
            _ => Err(self.err_at(
                JSON_SYNTAX,
                start,
                "number out of range (not a finite 64-bit float)".into(),
            )),
        }
    }
}

/// Index of the first byte at or after `j` that is `"`, `\` or a control character
/// (or `b.len()`). Eight bytes at a time.
#[inline]
pub(super) fn skip_plain(b: &[u8], mut j: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(j..j + 8) {
        let Ok(arr) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(arr);
        let q = w ^ (LO * u64::from(b'"'));
        let bs = w ^ (LO * u64::from(b'\\'));
        let t = (q.wrapping_sub(LO) & !q)
            | (bs.wrapping_sub(LO) & !bs)
            | (w.wrapping_sub(LO * 0x20) & !w);
        let t = t & HI;
        if t != 0 {
            return j + (t.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while let Some(&c) = b.get(j) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            break;
        }
        j += 1;
    }
    j
}

/// Line of the first member named `key` of the object whose index entry is `node`.
pub(super) fn first_member_line(
    entries: &[Entry],
    map: &Map<String, Value>,
    node: u32,
    key: &str,
) -> u32 {
    let mut child = node as usize + 1;
    for k in map.keys() {
        let Some(e) = entries.get(child) else { break };
        if k == key {
            return e.line;
        }
        child = e.end as usize;
    }
    0
}

pub(super) fn duplicate_message(key: &str, first_line: u32) -> String {
    if first_line > 0 {
        format!("duplicate key `{key}` (first at line {first_line})")
    } else {
        format!("duplicate key `{key}`")
    }
}
