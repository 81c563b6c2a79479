//! Parsing JSON and YAML text into a `serde_json::Value` plus a position index.
//!
//! Both parsers are our own drivers and are **non-recursive**: containers being built live on
//! an explicit stack, so hostile nesting ends in a [`SyntaxError`] (`nesting-too-deep`), never
//! in a stack overflow. The depth limit also keeps the finished `Value` shallow enough that the
//! (recursive) `Drop`, `Clone` and `Serialize` of `serde_json::Value` stay safe.
//!
//! # Position index
//!
//! [`PosIndex`] is a compact pre-order table parallel to the `Value`: one entry per node
//! (objects, arrays and scalars; object members in document order) holding the node's position
//! and the pre-order number just after its subtree, so [`PosIndex::locate`] walks a JSON
//! pointer through the `Value` and the table together, skipping sibling subtrees. 12 bytes per
//! node. The position of an object member is the position of its **key** (`petId:`), the
//! position of an array element or of the root is the start of the node. For JSON the entry
//! stores the line and the byte offset; the character column is computed from the text when
//! asked. For YAML the entry stores line and character column as reported by `saphyr-parser`.
//!
//! # JSON
//!
//! RFC 8259, strict: no comments, no trailing commas, no trailing garbage, no lone surrogates in
//! `\u` escapes, no non-finite numbers. Numbers without fraction or exponent become `u64`/`i64`
//! when they fit (like `serde_json`, `-0` becomes the float `-0.0`), everything else `f64`.
//! Duplicate keys are an error (`duplicate-key`).
//!
//! # YAML
//!
//! Events come from `saphyr-parser` (YAML 1.2). Resolution of **plain** scalars follows the
//! YAML 1.2 core schema:
//!
//! * null: empty, `~`, `null`, `Null`, `NULL`
//! * bool: `true`, `True`, `TRUE`, `false`, `False`, `FALSE` — and nothing else: `yes`, `no`,
//!   `on`, `off`, `y`, `n`, `NO` stay strings (YAML 1.1 booleans are not booleans here)
//! * int: `[-+]?[0-9]+` (except with a leading zero: `017` stays the string "017", as YAML 1.1 tools read it), `0o[0-7]+`, `0x[0-9a-fA-F]+`; out of the `i64`/`u64`
//!   range they become `f64`
//! * float: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`. The core schema's
//!   `.inf`, `-.inf`, `.nan` (and a float literal that overflows to infinity) have no JSON
//!   representation: they are **kept as strings** (e.g. `".inf"`).
//! * everything else is a string (`2024-10-01`, `1.0.0`, `NO`).
//!
//! Quoted and block scalars are always strings. The core tags force a type: `!!str`, `!!int`,
//! `!!float`, `!!bool`, `!!null` (an error when the text does not fit; `!!float .inf` is an
//! error). Any other tag is ignored.
//!
//! Mapping keys must be scalars; a key is the scalar's text as written (`200` → `"200"`,
//! `true` → `"true"`, an empty key → `""`), tags on keys are ignored. Duplicate keys are an
//! error. The merge key `<<` is an ordinary key (YAML 1.2 has no merge keys). A stream must
//! hold exactly one document.
//!
//! Aliases are expanded (the anchored node is cloned). Every expansion adds the node count of
//! its anchor (stored per anchor, no traversal) to a running total; when the total exceeds
//! [`Limits::max_alias_nodes`] parsing stops with `yaml-alias-bomb`. All nodes created by an
//! expansion get the alias's position (the expanded member itself: its key's position).
//! `saphyr-parser` limits flow collections (`[`/`{`) to 255 nested levels; that error is
//! reported as `nesting-too-deep` too.
//!
//! # Error codes
//!
//! `json-syntax`, `yaml-syntax`, `duplicate-key`, `nesting-too-deep`, `yaml-alias-bomb`,
//! `yaml-multiple-documents`, `empty-document`.

use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use serde_json::map::Entry as MapEntry;
use serde_json::{Map, Number, Value};
use std::collections::HashMap;
use std::fmt;

const BOM: &str = "\u{feff}";

/// Resource limits for parsing.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Maximum nesting depth of arrays/objects (default 500).
    pub max_depth: usize,
    /// Maximum number of nodes that YAML alias expansion may add (default 1 000 000).
    pub max_alias_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 500,
            max_alias_nodes: 1_000_000,
        }
    }
}

/// A syntax (or resource-limit) error with its position (1-based line, 1-based column in
/// characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Stable diagnostic code (`json-syntax`, `yaml-syntax`, `duplicate-key`, ...).
    pub code: &'static str,
    /// What is wrong, in words (the token found, what was expected).
    pub message: String,
    /// 1-based line of the offending character.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {} [{}]",
            self.message, self.line, self.col, self.code
        )
    }
}

impl std::error::Error for SyntaxError {}

/// What the second field of an [`Entry`] holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ColKind {
    /// A 1-based column in characters (YAML).
    #[default]
    Chars,
    /// A byte offset into the text (JSON); the column is computed on lookup.
    ByteOffset,
}

/// One node of the pre-order index.
#[derive(Clone, Copy, Debug)]
struct Entry {
    line: u32,
    /// Column (1-based, characters) or byte offset, see [`ColKind`].
    col: u32,
    /// Pre-order number just after this node's subtree.
    end: u32,
}

/// Pre-order position index parallel to a parsed `Value`.
#[derive(Clone, Debug, Default)]
pub struct PosIndex {
    entries: Vec<Entry>,
    kind: ColKind,
    /// For containers with many children: the pre-order number of each child, so that
    /// `locate` reaches member k in O(1) instead of skipping k subtrees (GitHub's spec has
    /// maps of 900 schemas and 700 paths; a 20,000-entry map made lookups quadratic).
    fanout: std::collections::HashMap<u32, Box<[u32]>>,
}

/// Memo for [`PosIndex::locate_cached`] (one per document).
#[derive(Debug, Default)]
pub struct LocateCache {
    keymaps: std::collections::HashMap<u32, std::collections::HashMap<String, u32>>,
}

/// Containers with at least this many children get a `fanout` table.
const FANOUT_MIN: usize = 16;

impl PosIndex {
    fn new(entries: Vec<Entry>, kind: ColKind) -> PosIndex {
        let mut fanout = std::collections::HashMap::new();
        let n = entries.len();
        let mut children = Vec::new();
        for i in 0..n {
            let end = entries[i].end as usize;
            if end <= i + 1 + FANOUT_MIN {
                continue;
            }
            children.clear();
            let mut c = i + 1;
            while c < end && c < n {
                children.push(c as u32);
                let next = entries[c].end as usize;
                if next <= c {
                    break;
                }
                c = next;
            }
            if children.len() >= FANOUT_MIN {
                fanout.insert(i as u32, children.clone().into_boxed_slice());
            }
        }
        PosIndex {
            entries,
            kind,
            fanout,
        }
    }

    /// The raw (line, col-or-offset) of `node`, to copy into another index over the same
    /// text (the Swagger 2.0 upgrade builds the 3.x tree's index from the 2.0 tree's).
    pub(crate) fn raw(&self, node: u32) -> (u32, u32) {
        self.entries
            .get(node as usize)
            .map_or((0, 0), |e| (e.line, e.col))
    }

    /// An index over the same text as `like`, from pre-order (line, col-or-offset, end)
    /// triples taken from `like` by [`PosIndex::raw`].
    pub(crate) fn from_raw(raw: Vec<(u32, u32, u32)>, like: &PosIndex) -> PosIndex {
        let entries = raw
            .into_iter()
            .map(|(line, col, end)| Entry { line, col, end })
            .collect();
        PosIndex::new(entries, like.kind)
    }

    /// The JSON pointer of pre-order node `node` of `value` (the parsed value this index
    /// was built for), or `None` when `node` is out of range.
    pub(crate) fn pointer_of(&self, value: &Value, node: u32) -> Option<String> {
        let target = node as usize;
        if target >= self.entries.len() {
            return None;
        }
        let (mut at, mut v) = (0usize, value);
        let mut out = String::new();
        while at != target {
            let mut child = at + 1;
            let mut found = None;
            match v {
                Value::Object(map) => {
                    for (k, cv) in map {
                        let end = self.entries.get(child)?.end as usize;
                        if target < end {
                            found = Some((child, cv, Some(k.as_str()), 0));
                            break;
                        }
                        child = end;
                    }
                }
                Value::Array(items) => {
                    for (i, cv) in items.iter().enumerate() {
                        let end = self.entries.get(child)?.end as usize;
                        if target < end {
                            found = Some((child, cv, None, i));
                            break;
                        }
                        child = end;
                    }
                }
                _ => return None,
            }
            let (c, cv, key, i) = found?;
            out.push('/');
            match key {
                Some(k) => crate::pointer::push_escaped(&mut out, k),
                None => out.push_str(&i.to_string()),
            }
            at = c;
            v = cv;
        }
        Some(out)
    }

    /// Pre-order number just after `node`'s subtree (its next sibling, if it has one).
    pub(crate) fn end(&self, node: u32) -> u32 {
        self.entries.get(node as usize).map_or(node + 1, |e| e.end)
    }

    /// Index (in document order) of member `key` of the object `map` at `node`, through
    /// the cache's key table for that object.
    pub(crate) fn member_index(
        node: u32,
        map: &Map<String, Value>,
        key: &str,
        cache: &mut LocateCache,
    ) -> Option<usize> {
        let keys = cache.keymaps.entry(node).or_insert_with(|| {
            map.keys()
                .enumerate()
                .map(|(i, k)| (k.clone(), i as u32))
                .collect()
        });
        keys.get(key).map(|&i| i as usize)
    }

    /// Pre-order number of the `k`-th child of container `node`.
    pub(crate) fn child(&self, node: usize, k: usize) -> Option<usize> {
        if let Some(f) = self.fanout.get(&(node as u32)) {
            return f.get(k).map(|c| *c as usize);
        }
        let mut child = node + 1;
        for _ in 0..k {
            child = self.entries.get(child)?.end as usize;
        }
        (child < self.entries.len()).then_some(child)
    }

    /// Number of indexed nodes (equals the number of nodes of the parsed `Value`).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index is empty (only for `PosIndex::default()`).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// (line, col) of the node at `pointer` (both 1-based, col in characters), or of its
    /// deepest existing ancestor when the pointer does not fully exist. `value` and `text`
    /// must be the parsed value and the text it was parsed from. `(0, 0)` only for an empty
    /// index.
    pub fn locate(&self, value: &Value, text: &str, pointer: &str) -> (u32, u32) {
        let (node, _, _) = self.walk(value, pointer, None);
        self.position(node, text)
    }

    /// Like [`PosIndex::locate`], with a cache that makes repeated lookups in one document
    /// cheap: a key → position table for each big object, so reaching member k of a
    /// 10,000-entry map does not scan its keys.
    pub fn locate_cached(
        &self,
        value: &Value,
        text: &str,
        pointer: &str,
        cache: &mut LocateCache,
    ) -> (u32, u32) {
        let (node, _, _) = self.walk(value, pointer, Some(cache));
        self.position(node, text)
    }

    /// The node at `pointer` exactly: its pre-order number and value.
    pub(crate) fn find<'v>(
        &self,
        value: &'v Value,
        pointer: &str,
        cache: Option<&mut LocateCache>,
    ) -> Option<(u32, &'v Value)> {
        if self.entries.is_empty() {
            return None;
        }
        match self.walk(value, pointer, cache) {
            (node, v, true) => Some((node as u32, v)),
            _ => None,
        }
    }

    /// Follow `pointer` as far as it exists: (deepest node reached, its value, whether the
    /// whole pointer was followed).
    fn walk<'v>(
        &self,
        value: &'v Value,
        pointer: &str,
        mut cache: Option<&mut LocateCache>,
    ) -> (usize, &'v Value, bool) {
        if self.entries.is_empty() {
            return (0, value, pointer.is_empty());
        }
        let (mut node, mut v) = (0usize, value);
        if let Some(rest) = pointer.strip_prefix('/') {
            for raw in rest.split('/') {
                let token = crate::pointer::unescape(raw);
                let next = match (v, cache.as_deref_mut()) {
                    (Value::Object(map), Some(cache)) if map.len() >= FANOUT_MIN => {
                        Self::member_index(node as u32, map, &token, cache)
                            .and_then(|k| map.get(token.as_ref()).map(|cv| (k, cv)))
                            .and_then(|(k, cv)| self.child(node, k).map(|c| (c, cv)))
                    }
                    (Value::Object(map), _) => map
                        .iter()
                        .enumerate()
                        .find(|(_, (k, _))| **k == *token)
                        .and_then(|(k, (_, cv))| self.child(node, k).map(|c| (c, cv))),
                    (Value::Array(items), _) => match crate::pointer::array_index(&token) {
                        Some(i) if i < items.len() => self.child(node, i).map(|c| (c, &items[i])),
                        _ => None,
                    },
                    _ => None,
                };
                match next {
                    Some((n, cv)) => {
                        node = n;
                        v = cv;
                    }
                    None => return (node, v, false),
                }
            }
        } else if !pointer.is_empty() {
            return (node, v, false);
        }
        (node, v, true)
    }

    /// (line, col) of pre-order node `node`; `text` is the parsed text.
    pub(crate) fn position(&self, node: usize, text: &str) -> (u32, u32) {
        let Some(e) = self.entries.get(node) else {
            return (0, 0);
        };
        match self.kind {
            ColKind::Chars => (e.line, e.col),
            ColKind::ByteOffset => (e.line, char_col(text, e.col as usize)),
        }
    }
}

/// 1-based character column of byte offset `off` in `text` (a leading BOM does not count).
fn char_col(text: &str, off: usize) -> u32 {
    let bytes = text.as_bytes();
    let off = off.min(bytes.len());
    let (line_start, chars) = match text.get(..off) {
        Some(before) => {
            let ls = before.rfind('\n').map_or(0, |p| p + 1);
            (ls, before.get(ls..).map_or(0, |s| s.chars().count()))
        }
        None => {
            // Not a char boundary (only if `text` is not the parsed text): count lead bytes.
            let head = bytes.get(..off).unwrap_or_default();
            let ls = head.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let line = head.get(ls..).unwrap_or_default();
            (ls, line.iter().filter(|&&b| (b & 0xC0) != 0x80).count())
        }
    };
    let bom = usize::from(line_start == 0 && off >= BOM.len() && text.starts_with(BOM));
    u32::try_from(chars - bom + 1).unwrap_or(u32::MAX)
}

/// The result of parsing one document.
#[derive(Debug)]
pub struct Parsed {
    /// The document as a JSON value (YAML scalars resolved by the YAML 1.2 core schema).
    pub value: Value,
    /// Where each node of `value` starts, by pre-order number.
    pub pos: PosIndex,
}

fn strip_bom(text: &str) -> (&str, usize) {
    match text.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (text, 0),
    }
}

/// Parse JSON when the first character (after a UTF-8 BOM and whitespace) is `{` or `[`,
/// YAML otherwise.
pub fn parse_auto(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    let (body, _) = strip_bom(text);
    let first = body
        .bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    if matches!(first, Some(b'{' | b'[')) {
        // A YAML flow mapping also starts with `{`: when the JSON reading fails, try YAML
        // and keep the JSON error if that fails too.
        parse_json(text, limits).or_else(|json_err| {
            if json_err.code == "json-syntax" {
                parse_yaml(text, limits).map_err(|_| json_err)
            } else {
                Err(json_err)
            }
        })
    } else {
        parse_yaml(text, limits)
    }
}

/// Describe the character at byte offset `at` for "found …" messages.
fn describe_at(text: &str, at: usize) -> String {
    match text.get(at..).and_then(|s| s.chars().next()) {
        None => "end of input".to_owned(),
        Some(c) if c.is_control() || c == '\u{feff}' => format!("'{}'", c.escape_unicode()),
        Some(c) => format!("'{c}'"),
    }
}

// ------------------------------------------------------------------------------------------
// JSON
// ------------------------------------------------------------------------------------------

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

enum JFrame {
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

struct JsonParser<'a> {
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

const JSON_SYNTAX: &str = "json-syntax";

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
            j += 1;
            if !matches!(b.get(j), Some(b'0'..=b'9')) {
                return Err(self.err_at(
                    JSON_SYNTAX,
                    j,
                    format!(
                        "invalid number: expected a digit after the decimal point, found {}",
                        describe_at(self.text, j)
                    ),
                ));
            }
            while matches!(b.get(j), Some(b'0'..=b'9')) {
                j += 1;
            }
            float = true;
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            j += 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if !matches!(b.get(j), Some(b'0'..=b'9')) {
                return Err(self.err_at(
                    JSON_SYNTAX,
                    j,
                    format!(
                        "invalid number: expected a digit in the exponent, found {}",
                        describe_at(self.text, j)
                    ),
                ));
            }
            while matches!(b.get(j), Some(b'0'..=b'9')) {
                j += 1;
            }
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
fn skip_plain(b: &[u8], mut j: usize) -> usize {
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
fn first_member_line(entries: &[Entry], map: &Map<String, Value>, node: u32, key: &str) -> u32 {
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

fn duplicate_message(key: &str, first_line: u32) -> String {
    if first_line > 0 {
        format!("duplicate key `{key}` (first at line {first_line})")
    } else {
        format!("duplicate key `{key}`")
    }
}

// ------------------------------------------------------------------------------------------
// YAML
// ------------------------------------------------------------------------------------------

const YAML_SYNTAX: &str = "yaml-syntax";

/// Parse a YAML document (exactly one per stream; a leading UTF-8 BOM is skipped).
pub fn parse_yaml(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    let first = parse_yaml_strict(text, limits);
    match &first {
        Err(e) if e.message == UNDER_INDENTED => {}
        _ => return first,
    }
    // A line inside a multi-line flow collection (`example: {` ... `}`) indented less than
    // its block: YAML 1.2 forbids it, libyaml (and so most 2.0-era tools) accepts it, and
    // real specs have it (the Docker Engine API). Such a line is re-read indented like the
    // line before it; line numbers do not change. Up to 256 such lines.
    let mut fixed = text.to_string();
    let mut err = first;
    for _ in 0..256 {
        let Err(e) = &err else {
            return err;
        };
        if e.message != UNDER_INDENTED || e.line < 2 {
            return err;
        }
        let lines: Vec<&str> = fixed.split('\n').collect();
        let idx = e.line as usize - 1;
        let Some(line) = lines.get(idx) else {
            return err;
        };
        let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
        let prev = lines[..idx]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map_or(0, |l| indent(l));
        let own = indent(line);
        if prev <= own {
            return err;
        }
        let mut out = String::with_capacity(fixed.len() + prev - own);
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if i == idx {
                out.push_str(&" ".repeat(prev - own));
            }
            out.push_str(l);
        }
        fixed = out;
        err = parse_yaml_strict(&fixed, limits);
    }
    err
}

/// saphyr-parser's message for a line of a flow collection indented less than its block.
const UNDER_INDENTED: &str = "invalid indentation";

fn parse_yaml_strict(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    let (body, _) = strip_bom(text);
    // saphyr-parser is non-recursive and its known limits report errors, but it is a
    // dependency: a panic inside it must not take the caller down with it.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        YamlBuilder::new(limits).run(body)
    }))
    .unwrap_or_else(|_| {
        Err(SyntaxError {
            code: YAML_SYNTAX,
            message: "the YAML parser failed on this input (internal error in saphyr-parser)"
                .to_owned(),
            line: 1,
            col: 1,
        })
    })
}

/// Where an anchored container ended up: slot `slot` of the container `parent`.
#[derive(Clone, Debug)]
enum Slot {
    Index(usize),
    Key(String),
}

/// A frame that contains (transitively) an anchored node: its parent frame and its slot.
struct FrameRec {
    parent: u32,
    slot: Slot,
    depth: usize,
}

enum AnchorKind {
    /// A scalar: its resolved value and its text (for use as a key).
    Scalar { value: Value, raw: String },
    /// A container, found again through the frame records: slot `slot` of frame `parent`.
    Node {
        parent: Option<u32>,
        slot: Slot,
        idx: u32,
    },
}

struct Anchor {
    kind: AnchorKind,
    /// Nodes in the anchored subtree (what an expansion adds).
    count: u32,
    /// Container nesting height of the subtree (0 for a scalar).
    height: u32,
}

enum YKind {
    Seq(Vec<Value>),
    Map {
        map: Map<String, Value>,
        /// The key whose value comes next (None: the next node is a key).
        key: Option<(String, u32, u32)>,
    },
}

struct YFrame {
    uid: u32,
    node: u32,
    anchor: usize,
    /// Largest container height among the children so far.
    height: u32,
    kind: YKind,
}

impl YFrame {
    /// The slot the next child will occupy.
    fn next_slot(&self) -> Slot {
        match &self.kind {
            YKind::Seq(items) => Slot::Index(items.len()),
            YKind::Map { key, .. } => {
                Slot::Key(key.as_ref().map(|k| k.0.clone()).unwrap_or_default())
            }
        }
    }

    fn expects_key(&self) -> bool {
        matches!(self.kind, YKind::Map { key: None, .. })
    }
}

struct YamlBuilder<'l> {
    limits: &'l Limits,
    entries: Vec<Entry>,
    stack: Vec<YFrame>,
    anchors: HashMap<usize, Anchor>,
    frames: HashMap<u32, FrameRec>,
    next_uid: u32,
    alias_nodes: u64,
    root: Option<Value>,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn yerr(code: &'static str, line: u32, col: u32, message: String) -> SyntaxError {
    SyntaxError {
        code,
        message,
        line,
        col,
    }
}

impl<'l> YamlBuilder<'l> {
    fn new(limits: &'l Limits) -> Self {
        YamlBuilder {
            limits,
            entries: Vec::new(),
            stack: Vec::new(),
            anchors: HashMap::new(),
            frames: HashMap::new(),
            next_uid: 0,
            alias_nodes: 0,
            root: None,
        }
    }

    fn run(mut self, body: &str) -> Result<Parsed, SyntaxError> {
        let mut parser = Parser::new_from_str(body);
        let mut documents = 0u32;
        while let Some(next) = parser.next_event() {
            let (event, span) = next.map_err(|e| {
                let m = e.marker();
                let (line, col) = (to_u32(m.line()), to_u32(m.col() + 1));
                if e.info() == "recursion limit exceeded" {
                    yerr(
                        "nesting-too-deep",
                        line,
                        col,
                        "YAML flow collections nested deeper than 255 levels".to_owned(),
                    )
                } else {
                    yerr(YAML_SYNTAX, line, col, e.info().to_owned())
                }
            })?;
            let line = to_u32(span.start.line());
            let col = to_u32(span.start.col() + 1);
            match event {
                Event::StreamEnd => break,
                Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
                Event::DocumentStart(_) => {
                    if documents > 0 {
                        return Err(yerr(
                            "yaml-multiple-documents",
                            line,
                            col,
                            format!(
                                "a spec file must hold one YAML document; found a second at line {line}"
                            ),
                        ));
                    }
                    documents += 1;
                }
                Event::Scalar(text, style, anchor, tag) => {
                    self.scalar(text.as_ref(), style, anchor, tag.as_deref(), line, col)?;
                }
                Event::SequenceStart(anchor, _) => {
                    self.open(YKind::Seq(Vec::new()), anchor, "sequence", line, col)?;
                }
                Event::MappingStart(anchor, _) => {
                    let kind = YKind::Map {
                        map: Map::new(),
                        key: None,
                    };
                    self.open(kind, anchor, "mapping", line, col)?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.close(line, col)?,
                Event::Alias(id) => self.alias(id, line, col)?,
            }
        }
        match self.root {
            Some(value) => Ok(Parsed {
                value,
                pos: PosIndex::new(self.entries, ColKind::Chars),
            }),
            None => Err(yerr("empty-document", 1, 1, "empty document".to_owned())),
        }
    }

    /// The position to record for the next value node: its key's, inside a mapping.
    fn node_pos(&self, line: u32, col: u32) -> (u32, u32) {
        match self.stack.last() {
            Some(YFrame {
                kind:
                    YKind::Map {
                        key: Some((_, kl, kc)),
                        ..
                    },
                ..
            }) => (*kl, *kc),
            _ => (line, col),
        }
    }

    fn push_entry(&mut self, line: u32, col: u32) -> Result<u32, SyntaxError> {
        let idx = u32::try_from(self.entries.len())
            .ok()
            .filter(|&i| i < u32::MAX - 1)
            .ok_or_else(|| {
                yerr(
                    YAML_SYNTAX,
                    line,
                    col,
                    "document too large (too many nodes)".to_owned(),
                )
            })?;
        self.entries.push(Entry {
            line,
            col,
            end: idx + 1,
        });
        Ok(idx)
    }

    fn expects_key(&self) -> bool {
        self.stack.last().is_some_and(YFrame::expects_key)
    }

    fn set_key(&mut self, key: String, line: u32, col: u32) {
        if let Some(YFrame {
            kind: YKind::Map { key: slot, .. },
            ..
        }) = self.stack.last_mut()
        {
            *slot = Some((key, line, col));
        }
    }

    fn scalar(
        &mut self,
        text: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        line: u32,
        col: u32,
    ) -> Result<(), SyntaxError> {
        if self.expects_key() {
            if anchor > 0 {
                let value = resolve_scalar(text, style, None, line, col)?;
                self.anchors.insert(
                    anchor,
                    Anchor {
                        kind: AnchorKind::Scalar {
                            value,
                            raw: text.to_owned(),
                        },
                        count: 1,
                        height: 0,
                    },
                );
            }
            self.set_key(text.to_owned(), line, col);
            return Ok(());
        }
        if self.stack.is_empty()
            && text.is_empty()
            && style == ScalarStyle::Plain
            && tag.is_none()
            && anchor == 0
        {
            return Err(yerr(
                "empty-document",
                line,
                col,
                "empty document".to_owned(),
            ));
        }
        let value = resolve_scalar(text, style, tag, line, col)?;
        let (pl, pc) = self.node_pos(line, col);
        self.push_entry(pl, pc)?;
        if anchor > 0 {
            self.anchors.insert(
                anchor,
                Anchor {
                    kind: AnchorKind::Scalar {
                        value: value.clone(),
                        raw: text.to_owned(),
                    },
                    count: 1,
                    height: 0,
                },
            );
        }
        self.attach(value, 0)
    }

    fn open(
        &mut self,
        kind: YKind,
        anchor: usize,
        what: &str,
        line: u32,
        col: u32,
    ) -> Result<(), SyntaxError> {
        if self.expects_key() {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                format!("a mapping key must be a scalar, found a {what}"),
            ));
        }
        if self.stack.len() >= self.limits.max_depth {
            return Err(yerr(
                "nesting-too-deep",
                line,
                col,
                format!(
                    "sequences/mappings nested deeper than {} levels",
                    self.limits.max_depth
                ),
            ));
        }
        let (pl, pc) = self.node_pos(line, col);
        let node = self.push_entry(pl, pc)?;
        let uid = self.next_uid;
        self.next_uid = self.next_uid.wrapping_add(1);
        self.stack.push(YFrame {
            uid,
            node,
            anchor,
            height: 0,
            kind,
        });
        Ok(())
    }

    fn close(&mut self, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(frame) = self.stack.pop() else {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "unexpected end of a collection".to_owned(),
            ));
        };
        let end = to_u32(self.entries.len());
        if let Some(e) = self.entries.get_mut(frame.node as usize) {
            e.end = end;
        }
        let height = frame.height.saturating_add(1);
        if frame.anchor > 0 {
            self.record_container_anchor(frame.anchor, frame.node, end, height);
        }
        let value = match frame.kind {
            YKind::Seq(items) => Value::Array(items),
            YKind::Map { map, .. } => Value::Object(map),
        };
        self.attach(value, height)
    }

    /// Record an anchor on the container that just closed (already popped), and make sure
    /// every open frame above it can be found again by uid.
    fn record_container_anchor(&mut self, anchor: usize, node: u32, end: u32, height: u32) {
        let (parent, slot) = match self.stack.last() {
            Some(p) => (Some(p.uid), p.next_slot()),
            None => (None, Slot::Index(0)),
        };
        for d in (0..self.stack.len()).rev() {
            let uid = self.stack[d].uid;
            if self.frames.contains_key(&uid) {
                break;
            }
            let (parent, slot) = match d.checked_sub(1).and_then(|p| self.stack.get(p)) {
                Some(p) => (p.uid, p.next_slot()),
                None => (u32::MAX, Slot::Index(0)),
            };
            self.frames.insert(
                uid,
                FrameRec {
                    parent,
                    slot,
                    depth: d,
                },
            );
        }
        self.anchors.insert(
            anchor,
            Anchor {
                kind: AnchorKind::Node {
                    parent,
                    slot,
                    idx: node,
                },
                count: end.saturating_sub(node),
                height,
            },
        );
    }

    /// Find an anchored container again: walk up the frame records to an open frame, then
    /// down through the finished values.
    fn find_anchored(&self, parent: u32, slot: &Slot) -> Option<&Value> {
        let mut path: Vec<&Slot> = vec![slot];
        let mut cur = parent;
        loop {
            let rec = self.frames.get(&cur)?;
            if let Some(frame) = self.stack.get(rec.depth).filter(|f| f.uid == cur) {
                let mut v = match (&frame.kind, path.pop()?) {
                    (YKind::Seq(items), Slot::Index(i)) => items.get(*i)?,
                    (YKind::Map { map, .. }, Slot::Key(k)) => map.get(k)?,
                    _ => return None,
                };
                while let Some(s) = path.pop() {
                    v = match (v, s) {
                        (Value::Array(items), Slot::Index(i)) => items.get(*i)?,
                        (Value::Object(map), Slot::Key(k)) => map.get(k)?,
                        _ => return None,
                    };
                }
                return Some(v);
            }
            // Each step goes one level up (records form a tree); this only guards the loop.
            if path.len() > self.limits.max_depth.saturating_add(2) {
                return None;
            }
            path.push(&rec.slot);
            cur = rec.parent;
        }
    }

    fn alias(&mut self, id: usize, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(anchor) = self.anchors.get(&id) else {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "alias refers to a node that is not complete yet (a recursive alias)".to_owned(),
            ));
        };
        if self.expects_key() {
            let AnchorKind::Scalar { raw, .. } = &anchor.kind else {
                return Err(yerr(
                    YAML_SYNTAX,
                    line,
                    col,
                    "a mapping key must be a scalar, found an alias of a collection".to_owned(),
                ));
            };
            let key = raw.clone();
            self.set_key(key, line, col);
            return Ok(());
        }
        let (count, height) = (anchor.count, anchor.height);
        self.alias_nodes += u64::from(count);
        if self.alias_nodes > self.limits.max_alias_nodes as u64 {
            return Err(yerr(
                "yaml-alias-bomb",
                line,
                col,
                format!(
                    "YAML aliases expand to more than {} nodes (at line {line}): refusing a possible alias bomb",
                    self.limits.max_alias_nodes
                ),
            ));
        }
        if self.stack.len() + height as usize > self.limits.max_depth {
            return Err(yerr(
                "nesting-too-deep",
                line,
                col,
                format!(
                    "sequences/mappings nested deeper than {} levels (through an alias)",
                    self.limits.max_depth
                ),
            ));
        }
        let lost = || {
            yerr(
                YAML_SYNTAX,
                line,
                col,
                "internal error: the anchored node of this alias was not found".to_owned(),
            )
        };
        let (value, src) = match &anchor.kind {
            AnchorKind::Scalar { value, .. } => (value.clone(), None),
            AnchorKind::Node { parent, slot, idx } => {
                let parent = parent.ok_or_else(lost)?;
                let v = self.find_anchored(parent, slot).ok_or_else(lost)?;
                (v.clone(), Some(*idx))
            }
        };
        let (pl, pc) = self.node_pos(line, col);
        let base = self.entries.len();
        let total = base + count as usize;
        if total >= u32::MAX as usize {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "document too large (too many nodes)".to_owned(),
            ));
        }
        match src {
            None => {
                self.push_entry(pl, pc)?;
            }
            Some(idx) => {
                let from = idx as usize;
                let to = from + count as usize;
                if to > base {
                    return Err(lost());
                }
                self.entries.extend_from_within(from..to);
                let shift = base as u32;
                for (k, e) in self.entries[base..].iter_mut().enumerate() {
                    e.end = e.end - idx + shift;
                    if k == 0 {
                        (e.line, e.col) = (pl, pc);
                    } else {
                        (e.line, e.col) = (line, col);
                    }
                }
            }
        }
        self.attach(value, height)
    }

    /// Attach a finished node to the open container (or make it the root).
    fn attach(&mut self, value: Value, height: u32) -> Result<(), SyntaxError> {
        let Some(top) = self.stack.last_mut() else {
            if self.root.is_some() {
                return Err(yerr(
                    YAML_SYNTAX,
                    1,
                    1,
                    "internal error: two roots".to_owned(),
                ));
            }
            self.root = Some(value);
            return Ok(());
        };
        top.height = top.height.max(height);
        match &mut top.kind {
            YKind::Seq(items) => items.push(value),
            YKind::Map { map, key } => {
                let Some((k, kl, kc)) = key.take() else {
                    return Err(yerr(
                        YAML_SYNTAX,
                        1,
                        1,
                        "internal error: mapping value without a key".to_owned(),
                    ));
                };
                match map.entry(k) {
                    MapEntry::Vacant(e) => {
                        e.insert(value);
                    }
                    MapEntry::Occupied(e) => {
                        let k = e.key().clone();
                        let first = first_member_line(&self.entries, map, top.node, &k);
                        return Err(yerr("duplicate-key", kl, kc, duplicate_message(&k, first)));
                    }
                }
            }
        }
        Ok(())
    }
}

/// Resolve a scalar to a JSON value (see the module docs).
fn resolve_scalar(
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
fn resolve_plain(text: &str) -> Value {
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

fn core_null(t: &str) -> bool {
    matches!(t, "" | "~" | "null" | "Null" | "NULL")
}

fn core_bool(t: &str) -> Option<bool> {
    match t {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Digits in `radix` as an integer value (u64, or f64 when too large).
fn radix_value(digits: &str, radix: u32) -> Option<Value> {
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
fn core_int(t: &str) -> Option<Value> {
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
fn core_float(t: &str) -> Option<f64> {
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

fn is_core_special_float(t: &str) -> bool {
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    matches!(t, ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN")
}

// ------------------------------------------------------------------------------------------
// Tests
// ------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;
    use std::time::{Duration, Instant};

    fn lim() -> Limits {
        Limits::default()
    }

    fn json_ok(text: &str) -> Parsed {
        match parse_json(text, &lim()) {
            Ok(p) => p,
            Err(e) => panic!("{text:?}: {e}"),
        }
    }

    fn yaml_ok(text: &str) -> Parsed {
        match parse_yaml(text, &lim()) {
            Ok(p) => p,
            Err(e) => panic!("{text:?}: {e}"),
        }
    }

    fn json_err(text: &str) -> SyntaxError {
        match parse_json(text, &lim()) {
            Ok(p) => panic!("{text:?} parsed: {}", p.value),
            Err(e) => e,
        }
    }

    fn yaml_err(text: &str) -> SyntaxError {
        match parse_yaml(text, &lim()) {
            Ok(p) => panic!("{text:?} parsed: {}", p.value),
            Err(e) => e,
        }
    }

    /// Count the nodes of a value (iteratively).
    fn count_nodes(v: &Value) -> usize {
        let mut n = 0;
        let mut todo = vec![v];
        while let Some(v) = todo.pop() {
            n += 1;
            match v {
                Value::Array(a) => todo.extend(a.iter()),
                Value::Object(m) => todo.extend(m.values()),
                _ => {}
            }
        }
        n
    }

    /// Every node is indexed, ends are consistent, and every pointer resolves to itself.
    fn check_index(p: &Parsed, text: &str) {
        assert_eq!(p.pos.len(), count_nodes(&p.value));
        // Walk all pointers (iteratively) and check the index walk visits consistent nodes.
        let mut todo: Vec<(String, &Value)> = vec![(String::new(), &p.value)];
        let mut seen = 0;
        while let Some((ptr, v)) = todo.pop() {
            seen += 1;
            let (l, c) = p.pos.locate(&p.value, text, &ptr);
            assert!(l >= 1 && c >= 1, "{ptr}: ({l},{c})");
            if seen > 2000 {
                break;
            }
            match v {
                Value::Array(a) => {
                    for (i, x) in a.iter().enumerate() {
                        todo.push((format!("{ptr}/{i}"), x));
                    }
                }
                Value::Object(m) => {
                    for (k, x) in m {
                        let k = k.replace('~', "~0").replace('/', "~1");
                        todo.push((format!("{ptr}/{k}"), x));
                    }
                }
                _ => {}
            }
        }
        for (i, e) in p.pos.entries.iter().enumerate() {
            assert!(e.end as usize > i && e.end as usize <= p.pos.len());
        }
    }

    // ---- JSON -------------------------------------------------------------------------

    #[test]
    fn json_matches_serde_json() {
        let docs = [
            r#"{"a": 1, "b": [true, false, null], "c": {"d": "e\n\u00e9\ud83d\ude00"}, "e": -0, "f": 1.5e3}"#,
            r#"[1, -1, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809, 0.1, 1E-7, 123.456e+2]"#,
            r#"{"z": 1, "y": 2, "x": {"k3": 0, "k1": 0, "k2": 0}, "w": []}"#,
            r#"  {"esc": "\"\\\/\b\f\n\r\t", "ünï": "cödé ✓", "e": {}, "a": [[], [{}]]}  "#,
            "[\"a\\u0041b\", \"long string without escapes but with üñíçødé characters in it\"]",
            "\u{feff}{\"bom\": true}",
            "[0, 1e308, -1e-308, 5e-324, 2.2250738585072014e-308]",
        ];
        for d in docs {
            let p = json_ok(d);
            let expect: Value = serde_json::from_str(d.trim_start_matches('\u{feff}')).unwrap();
            assert_eq!(p.value, expect, "{d}");
            // Same key order.
            assert_eq!(p.value.to_string(), expect.to_string());
            check_index(&p, d);
        }
    }

    #[test]
    fn json_corpus_matches_serde_json() {
        let dir = std::path::Path::new("/work/shared/corpus/oai-examples");
        let mut files = Vec::new();
        let mut todo = vec![dir.to_path_buf()];
        while let Some(d) = todo.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    todo.push(p);
                } else if p.extension().is_some_and(|x| x == "json") {
                    files.push(p);
                }
            }
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let Ok(expect) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            let p = json_ok(&text);
            assert_eq!(p.value.to_string(), expect.to_string(), "{}", f.display());
            check_index(&p, &text);
        }
    }

    #[test]
    fn json_locate() {
        let text = "{\n  \"paths\": {\n    \"/pets/{petId}\": {\n      \"get\": {\"parameters\": [\n        {\"name\": \"petId\"},\n        {\"name\": \"x\", \"in\": \"query\"}\n      ]}\n    }\n  },\n  \"a~b\": [10, 20, [30, 40]],\n  \"ü\": {\"ä\": 1}\n}";
        let p = json_ok(text);
        let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
        assert_eq!(at(""), (1, 1));
        assert_eq!(at("/paths"), (2, 3));
        assert_eq!(at("/paths/~1pets~1{petId}"), (3, 5));
        assert_eq!(at("/paths/~1pets~1{petId}/get"), (4, 7));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters"), (4, 15));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0"), (5, 9));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/in"), (6, 23));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/name"), (6, 10));
        // Missing tails: deepest existing ancestor.
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/7"), (4, 15));
        assert_eq!(at("/paths/~1pets~1{petId}/post/x"), (3, 5));
        assert_eq!(at("/nope"), (1, 1));
        assert_eq!(at("/a~0b"), (10, 3));
        assert_eq!(at("/a~0b/2/1"), (10, 24));
        assert_eq!(at("/a~0b/01"), (10, 3));
        // Columns count characters, not bytes.
        assert_eq!(at("/ü/ä"), (11, 9));
        assert_eq!(PosIndex::default().locate(&Value::Null, "", ""), (0, 0));
    }

    #[test]
    fn json_locate_with_bom() {
        let text = "\u{feff}{\"a\": 1}";
        let p = json_ok(text);
        assert_eq!(p.pos.locate(&p.value, text, ""), (1, 1));
        assert_eq!(p.pos.locate(&p.value, text, "/a"), (1, 2));
    }

    #[test]
    fn json_errors() {
        let e = json_err("{\"a\": 1 x}");
        assert_eq!(e.code, "json-syntax");
        assert_eq!(
            e.message,
            "expected ',' or '}' after object member, found 'x'"
        );
        assert_eq!((e.line, e.col), (1, 9));
        let e = json_err("[1,\n 2\n 3]");
        assert_eq!(
            e.message,
            "expected ',' or ']' after array element, found '3'"
        );
        assert_eq!((e.line, e.col), (3, 2));
        let e = json_err("{\"a\" 1}");
        assert!(
            e.message.starts_with("expected ':' after object key `a`"),
            "{}",
            e.message
        );
        assert!(json_err("[1,]").message.contains("trailing comma"));
        assert!(json_err("{\"a\":1,}").message.contains("trailing comma"));
        assert!(json_err("{\"a\":1} x").message.contains("after the end"));
        assert!(json_err("[01]").message.contains("leading zeros"));
        assert!(json_err("[1.]").message.contains("decimal point"));
        assert!(json_err("[1e+]").message.contains("exponent"));
        assert!(json_err("[-]").message.contains("digit after '-'"));
        assert!(json_err("[1e999]").message.contains("out of range"));
        assert!(json_err("[\"a\\x\"]").message.contains("invalid escape"));
        assert!(
            json_err("[\"\\ud800\"]")
                .message
                .contains("lone leading surrogate")
        );
        assert!(
            json_err("[\"\\udc00\"]")
                .message
                .contains("lone trailing surrogate")
        );
        assert!(json_err("[\"\\u12\"]").message.contains("4 hex digits"));
        assert!(json_err("[\"a\nb\"]").message.contains("control character"));
        assert!(json_err("[tru]").message.contains("expected `true`"));
        assert!(
            json_err("{1: 2}")
                .message
                .contains("expected an object key")
        );
        assert!(json_err("[NaN]").message.contains("expected a value"));
        let e = json_err("  \n ");
        assert_eq!(e.code, "empty-document");
        let e = json_err("[\"ü\", ?]");
        assert_eq!((e.line, e.col), (1, 7));
    }

    #[test]
    fn json_truncated_inputs_error() {
        let text = r#"{"a": [1, 2.5e3, "x\u00e9y\n", {"b": null, "c": true}], "d": false}"#;
        for n in 0..text.len() {
            let Some(prefix) = text.get(..n) else {
                continue;
            };
            let e = json_err(prefix);
            assert!(e.line >= 1 && e.col >= 1, "{prefix:?}: {e:?}");
        }
        json_ok(text);
    }

    #[test]
    fn json_duplicate_keys() {
        let text = "{\n  \"x\": 1,\n  \"y\": {\"z\": [1]},\n  \"x\": 2\n}";
        let e = json_err(text);
        assert_eq!(e.code, "duplicate-key");
        assert_eq!(e.message, "duplicate key `x` (first at line 2)");
        assert_eq!((e.line, e.col), (4, 3));
    }

    #[test]
    fn json_depth_bombs_error() {
        let e = json_err(&"[".repeat(100_000));
        assert_eq!(e.code, "nesting-too-deep");
        let e = json_err(&"{\"a\":".repeat(100_000));
        assert_eq!(e.code, "nesting-too-deep");
        let ok = format!("{}{}", "[".repeat(500), "]".repeat(500));
        json_ok(&ok);
        let e = json_err(&format!("{}{}", "[".repeat(501), "]".repeat(501)));
        assert_eq!(e.code, "nesting-too-deep");
        let small = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        assert!(parse_json("[[[1]]]", &small).is_ok());
        assert!(parse_json("[[[[1]]]]", &small).is_err());
    }

    // ---- YAML -------------------------------------------------------------------------

    #[test]
    fn yaml_scalar_resolution() {
        let text = "\
a: NO
b: yes
c: 2024-10-01
d: 1.0.0
e: 0x1F
f: \"017\"
g: 017
h: ~
i:
j: True
k: on
l: -12
m: 1.5
n: .5
o: 1e3
p: .inf
q: -.nan
r: 0o17
s: 99999999999999999999
t: 'true'
u: |
  block
v: !!str 12
w: !!int \"12\"
x: !!float 1
y: !custom 12
z: +7
aa: 1.
ab: n
ac: Null
ad: 12:30
";
        let p = yaml_ok(text);
        let expect = json!({
            "a": "NO", "b": "yes", "c": "2024-10-01", "d": "1.0.0", "e": 31, "f": "017",
            "g": "017", "h": null, "i": null, "j": true, "k": "on", "l": -12, "m": 1.5, "n": 0.5,
            "o": 1000.0, "p": ".inf", "q": "-.nan", "r": 15, "s": 1e20, "t": "true",
            "u": "block\n", "v": "12", "w": 12, "x": 1.0, "y": 12, "z": 7, "aa": 1.0,
            "ab": "n", "ac": null, "ad": "12:30"
        });
        assert_eq!(p.value, expect);
        assert_eq!(p.value.to_string(), expect.to_string());
        check_index(&p, text);
    }

    #[test]
    fn yaml_bad_tags_error() {
        assert!(yaml_err("a: !!int abc").message.contains("!!int"));
        assert!(yaml_err("a: !!bool yes").message.contains("!!bool"));
        assert!(yaml_err("a: !!float .inf").message.contains("finite"));
        assert!(yaml_err("a: !!null x").message.contains("!!null"));
    }

    #[test]
    fn yaml_keys() {
        let p = yaml_ok("200: ok\ntrue: t\n~: n\n1.50: f\n\"q\": 1\n<<: {a: 1}\n");
        assert_eq!(
            p.value.to_string(),
            r#"{"200":"ok","true":"t","~":"n","1.50":"f","q":1,"<<":{"a":1}}"#
        );
        let e = yaml_err("? [a, b]\n: c\n");
        assert_eq!(e.code, "yaml-syntax");
        assert!(e.message.contains("key must be a scalar"));
        let e = yaml_err("{[a]: 1}");
        assert!(e.message.contains("key must be a scalar"));
        let e = yaml_err("a: &x [1]\n*x : 2\n");
        assert!(e.message.contains("key must be a scalar"), "{}", e.message);
        let p = yaml_ok("k: &x key\n*x : 2\n");
        assert_eq!(p.value, json!({"k": "key", "key": 2}));
    }

    #[test]
    fn yaml_key_order_and_structure_vs_yaml_serde() {
        let text = "\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /pets/{petId}:
    get:
      parameters:
        - name: petId
          in: path
          required: true
          schema: {type: integer, format: int64, minimum: 1}
      responses:
        '200':
          description: ok
        default:
          description: err
zeta: [c, b, a]
alpha: {z: 1, y: 2}
";
        let p = yaml_ok(text);
        let expect: Value = yaml_serde::from_str(text).unwrap();
        assert_eq!(p.value, expect);
        assert_eq!(p.value.to_string(), expect.to_string());
        check_index(&p, text);
    }

    #[test]
    fn yaml_corpus_matches_yaml_serde() {
        let dir = std::path::Path::new("/work/shared/corpus/oai-examples");
        let mut files = Vec::new();
        let mut todo = vec![dir.to_path_buf()];
        while let Some(d) = todo.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    todo.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                    files.push(p);
                }
            }
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let Ok(expect) = yaml_serde::from_str::<Value>(&text) else {
                continue;
            };
            let p = yaml_ok(&text);
            assert_eq!(p.value.to_string(), expect.to_string(), "{}", f.display());
            check_index(&p, &text);
        }
    }

    #[test]
    fn yaml_locate() {
        let text = "\
paths:
  /pets/{petId}:
    get:
      parameters:
        - name: petId
          in: path
        - {name: x, in: query}
  \"a/b~c\": [10, 20]
über: {ä: 1}
";
        let p = yaml_ok(text);
        let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
        assert_eq!(at(""), (1, 1));
        assert_eq!(at("/paths"), (1, 1));
        assert_eq!(at("/paths/~1pets~1{petId}"), (2, 3));
        assert_eq!(at("/paths/~1pets~1{petId}/get"), (3, 5));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters"), (4, 7));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0"), (5, 11));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/0/in"), (6, 11));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1"), (7, 11));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/1/in"), (7, 21));
        assert_eq!(at("/paths/~1pets~1{petId}/get/parameters/2"), (4, 7));
        assert_eq!(at("/paths/a~1b~0c"), (8, 3));
        assert_eq!(at("/paths/a~1b~0c/1"), (8, 17));
        assert_eq!(at("/über/ä"), (9, 8));
    }

    #[test]
    fn yaml_duplicate_keys() {
        let text = "a: 1\nb:\n  c: 2\na: 3\n";
        let e = yaml_err(text);
        assert_eq!(e.code, "duplicate-key");
        assert_eq!(e.message, "duplicate key `a` (first at line 1)");
        assert_eq!((e.line, e.col), (4, 1));
        let e = yaml_err("x: {k: 1, k: 2}");
        assert_eq!(e.code, "duplicate-key");
    }

    #[test]
    fn yaml_documents() {
        let e = yaml_err("a: 1\n---\nb: 2\n");
        assert_eq!(e.code, "yaml-multiple-documents");
        assert_eq!(
            e.message,
            "a spec file must hold one YAML document; found a second at line 2"
        );
        assert_eq!(yaml_err("").code, "empty-document");
        assert_eq!(yaml_err("# only a comment\n").code, "empty-document");
        assert_eq!(yaml_err("---\n...\n").code, "empty-document");
        yaml_ok("---\na: 1\n...\n");
        assert_eq!(yaml_ok("null").value, Value::Null);
        assert_eq!(yaml_ok("''").value, json!(""));
    }

    #[test]
    fn yaml_aliases() {
        let text = "\
defs:
  pet: &pet
    type: object
    properties: {id: {type: integer}}
  name: &n hello
a: *pet
b: [*n, *pet]
";
        let p = yaml_ok(text);
        let pet = json!({"type": "object", "properties": {"id": {"type": "integer"}}});
        assert_eq!(p.value["a"], pet);
        assert_eq!(p.value["b"], json!(["hello", pet]));
        check_index(&p, text);
        let at = |ptr: &str| p.pos.locate(&p.value, text, ptr);
        assert_eq!(at("/a"), (6, 1));
        assert_eq!(at("/a/properties/id/type"), (6, 4));
        assert_eq!(at("/b/1/type"), (7, 9));
        assert_eq!(at("/b/0"), (7, 5));
        // Anchor defined deeper than where it is used, and inside a closed sibling.
        let p = yaml_ok("x:\n  y:\n    - &a {k: [1, 2]}\n  z: *a\nw: *a\n");
        assert_eq!(
            p.value,
            json!({"x": {"y": [{"k": [1, 2]}], "z": {"k": [1, 2]}}, "w": {"k": [1, 2]}})
        );
        check_index(&p, "");
        // A deep anchor used from a shallow place.
        let text =
            "root:\n  a:\n    b:\n      c:\n        - x: &deep {k: [v]}\nw: *deep\nz: [[*deep]]\n";
        let p = yaml_ok(text);
        assert_eq!(p.value["w"], json!({"k": ["v"]}));
        assert_eq!(p.value["z"], json!([[{"k": ["v"]}]]));
        check_index(&p, text);
        assert_eq!(p.pos.locate(&p.value, text, "/w/k/0"), (6, 4));
        assert_eq!(p.pos.locate(&p.value, text, "/z/0/0/k"), (7, 6));
        // Recursive alias.
        let e = yaml_err("a: &a [1, *a]");
        assert!(e.message.contains("recursive"), "{}", e.message);
        // Anchor names may be reused: the latest wins.
        let p = yaml_ok("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
        assert_eq!(p.value, json!({"a": 1, "b": 1, "c": 2, "d": 2}));
        // Alias expansion respects the depth limit.
        let small = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        let e = parse_yaml("a: &a [[1]]\nb: [*a]\n", &small).unwrap_err();
        assert_eq!(e.code, "nesting-too-deep");
        assert!(parse_yaml("a: &a [[1]]\nb: *a\n", &small).is_ok());
    }

    #[test]
    fn yaml_billion_laughs_refused_fast() {
        let mut text = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for w in names.windows(2) {
            let refs = vec![format!("*{}", w[0]); 9].join(",");
            text.push_str(&format!("{}: &{} [{}]\n", w[1], w[1], refs));
        }
        let t = Instant::now();
        let e = yaml_err(&text);
        let took = t.elapsed();
        assert_eq!(e.code, "yaml-alias-bomb");
        assert!(
            e.message
                .starts_with("YAML aliases expand to more than 1000000 nodes (at line "),
            "{}",
            e.message
        );
        assert!(took < Duration::from_secs(2), "{took:?}");
        // With a small budget it stops even earlier.
        let small = Limits {
            max_alias_nodes: 1000,
            ..Limits::default()
        };
        let e = parse_yaml(&text, &small).unwrap_err();
        assert_eq!(e.code, "yaml-alias-bomb");
        assert_eq!(e.line, 4);
    }

    #[test]
    fn yaml_depth_bombs_error() {
        let e = yaml_err(&"[".repeat(100_000));
        assert_eq!(e.code, "nesting-too-deep");
        let e = yaml_err(&"{a: ".repeat(100_000));
        assert_eq!(e.code, "nesting-too-deep");
        // Block sequences nested 100k deep on one line.
        let e = yaml_err(&format!("{}x\n", "- ".repeat(100_000)));
        assert_eq!(e.code, "nesting-too-deep");
        // Block mappings nested by indentation.
        let mut deep = String::new();
        for i in 0..1500 {
            deep.push_str(&" ".repeat(i));
            deep.push_str("a:\n");
        }
        let e = yaml_err(&deep);
        assert_eq!(e.code, "nesting-too-deep");
        let ok = format!("{}x{}", "[".repeat(200), "]".repeat(200));
        yaml_ok(&ok);
    }

    #[test]
    fn yaml_truncated_inputs_never_panic() {
        let text = "a: [1, {b: \"x\\u00e9\"}]\nc:\n  - d: &z 'e'\n    f: *z\n  - |\n    g\n";
        for n in 0..text.len() {
            if let Some(prefix) = text.get(..n) {
                let _ = parse_yaml(prefix, &lim());
            }
        }
        yaml_ok(text);
        let e = yaml_err("a: [1, 2");
        assert_eq!(e.code, "yaml-syntax");
        assert!(e.line >= 1);
    }

    #[test]
    fn auto_detection() {
        assert_eq!(
            parse_auto(" \n{\"a\": 1}", &lim()).unwrap().pos.kind,
            ColKind::ByteOffset
        );
        assert_eq!(parse_auto("\u{feff}[1]", &lim()).unwrap().value, json!([1]));
        assert_eq!(parse_auto("a: 1", &lim()).unwrap().pos.kind, ColKind::Chars);
        assert_eq!(
            parse_auto("\u{feff}a: yes", &lim()).unwrap().value,
            json!({"a": "yes"})
        );
        assert_eq!(
            parse_auto("# c\n{\"a\": 1}", &lim()).unwrap().value,
            json!({"a": 1})
        );
        assert_eq!(
            parse_auto("{\"a\": 1", &lim()).unwrap_err().code,
            "json-syntax"
        );
    }

    // ---- robustness ---------------------------------------------------------------------

    const SEED_JSON: &str = r#"{"openapi": "3.1.0", "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "schema": {"type": "integer", "minimum": -1.5e2}}], "responses": {"200": {"description": "\u00e9\n"}}}}}, "x": [true, false, null, "", {}]}"#;
    const SEED_YAML: &str = "openapi: 3.1.0\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - &p {name: id, in: path}\n        - *p\n      responses:\n        '200': {description: \"\\u00e9\"}\nx: [yes, no, ~, 0x1F, !!str 5, |\n    lit\n  ]\n";

    fn mutate(seed: &str, edits: &[(usize, u8, u8)]) -> String {
        let mut b = seed.as_bytes().to_vec();
        for &(pos, op, byte) in edits {
            if b.is_empty() {
                break;
            }
            let i = pos % b.len();
            match op % 3 {
                0 => b[i] = byte,
                1 => {
                    b.remove(i);
                }
                _ => b.insert(i, byte),
            }
        }
        String::from_utf8_lossy(&b).into_owned()
    }

    proptest! {
        // 300 cases by default; PROPTEST_CASES=n runs more.
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
        ))]

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = parse_auto(&s, &lim());
            let _ = parse_json(&s, &lim());
            let _ = parse_yaml(&s, &lim());
        }

        #[test]
        fn structural_noise_never_panics(s in "[\\[\\]{}:,\"'&*!|>\\-? \n\\\\a0-9.#~]{0,120}") {
            for r in [parse_json(&s, &lim()), parse_yaml(&s, &lim())] {
                if let Err(e) = r {
                    prop_assert!(e.line >= 1 && e.col >= 1, "{:?}", e);
                }
            }
        }

        #[test]
        fn mutated_json_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..128), 1..6)) {
            let s = mutate(SEED_JSON, &edits);
            match parse_json(&s, &lim()) {
                Ok(p) => {
                    // Whatever we accept, serde_json accepts identically.
                    let expect: Value = serde_json::from_str(&s).unwrap();
                    prop_assert_eq!(p.value.to_string(), expect.to_string());
                    check_index(&p, &s);
                }
                Err(e) => prop_assert!(e.line >= 1 && e.col >= 1),
            }
        }

        #[test]
        fn mutated_yaml_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..128), 1..6)) {
            let s = mutate(SEED_YAML, &edits);
            if let Ok(p) = parse_yaml(&s, &lim()) {
                check_index(&p, &s);
            }
        }
    }

    // ---- performance (release: cargo test --release -p stipula-spec --lib source::tests::perf -- --ignored --nocapture)

    fn best_of<T>(rounds: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
        let mut best = Duration::MAX;
        let mut out = None;
        for _ in 0..rounds {
            let t = Instant::now();
            let v = f();
            best = best.min(t.elapsed());
            out = Some(v);
        }
        (best, out.unwrap())
    }

    #[test]
    #[ignore]
    fn perf_json_github() {
        let path = "/work/shared/corpus/github/api.github.com.octokit-22.0.0.json";
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        for _ in 0..2 {
            let (ours, p) = best_of(5, || parse_json(&text, &lim()).unwrap());
            let (theirs, v) = best_of(5, || serde_json::from_str::<Value>(&text).unwrap());
            assert!(p.value == v);
            let mb = text.len() as f64 / 1e6;
            println!(
                "JSON {mb:.1} MB, {} nodes: ours {:?} ({:.0} MB/s), serde_json {:?} ({:.0} MB/s), ratio {:.2}",
                p.pos.len(),
                ours,
                mb / ours.as_secs_f64(),
                theirs,
                mb / theirs.as_secs_f64(),
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        }
    }

    #[test]
    #[ignore]
    fn perf_yaml_stripe() {
        let path = "/work/shared/corpus/stripe/spec3.2023-09-12.yaml";
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        for _ in 0..2 {
            let (ours, p) = best_of(3, || parse_yaml(&text, &lim()).unwrap());
            let (theirs, v) = best_of(3, || yaml_serde::from_str::<Value>(&text).unwrap());
            let same = p.value == v;
            let mb = text.len() as f64 / 1e6;
            println!(
                "YAML {mb:.1} MB, {} nodes: ours {:?} ({:.1} MB/s), yaml_serde {:?} ({:.1} MB/s), ratio {:.2}, equal values: {same}",
                p.pos.len(),
                ours,
                mb / ours.as_secs_f64(),
                theirs,
                mb / theirs.as_secs_f64(),
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        }
    }
}
