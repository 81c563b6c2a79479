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

mod json;
mod node_pointer;
mod scalar;
mod yaml;

pub use json::parse_json;
use json::*;
pub(crate) use node_pointer::NodePointers;
use scalar::*;
pub use yaml::parse_yaml;
use yaml::*;

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
    fanout: rustc_hash::FxHashMap<u32, Box<[u32]>>,
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
        let mut fanout = rustc_hash::FxHashMap::default();
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

    /// Whether the index holds byte offsets (the JSON parser's, where a member's offset is
    /// its key's) rather than columns.
    pub(crate) fn byte_offsets(&self) -> bool {
        matches!(self.kind, ColKind::ByteOffset)
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

    /// The child of container `node` whose subtree holds `target` (a node of `node`'s
    /// subtree other than `node`): its index among the children and its pre-order number.
    /// `fan` is `node`'s [`PosIndex::fanout_of`] (looked up by the caller, who may keep it).
    pub(crate) fn child_containing(
        &self,
        node: u32,
        fan: Option<&[u32]>,
        target: u32,
    ) -> Option<(usize, u32)> {
        if let Some(f) = fan {
            let k = f.partition_point(|&c| c <= target).checked_sub(1)?;
            return f.get(k).map(|&c| (k, c));
        }
        let (mut k, mut c) = (0usize, node.checked_add(1)?);
        loop {
            let end = self.entries.get(c as usize)?.end;
            if target < end {
                return Some((k, c));
            }
            if end <= c {
                return None;
            }
            c = end;
            k += 1;
        }
    }

    /// The pre-order numbers of the children of container `node`, when it has
    /// [`FANOUT_MIN`] children or more (`children`: how many it has; smaller containers
    /// are not looked up).
    pub(crate) fn fanout_of(&self, node: u32, children: usize) -> Option<&[u32]> {
        if children < FANOUT_MIN {
            return None;
        }
        self.fanout.get(&node).map(|f| &f[..])
    }

    /// `items` (the members or elements of container `node`, in order) with the pre-order
    /// number of each: the first follows `node`, each next one follows the subtree before.
    pub(crate) fn numbered<I: Iterator>(
        &self,
        node: u32,
        items: I,
    ) -> impl Iterator<Item = (u32, I::Item)> + use<'_, I> {
        let mut next = node + 1;
        items.map(move |item| {
            let here = next;
            next = self.end(here);
            (here, item)
        })
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

#[cfg(test)]
mod tests;
