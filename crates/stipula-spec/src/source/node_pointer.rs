//! The JSON pointer of a pre-order node of a parsed tree (the numbering of [`PosIndex`]).
//!
//! A Swagger 2.0 document is loaded through its 3.0 upgrade, and every location shown to a
//! user (IR locations, diagnostics) names the 2.0 node it came from by its 2.0 pointer:
//! the IR build of Kubernetes's 2.0 document asks for 26,000 of them. [`NodePointers`]
//! spells them by walking down from the root through the tree and its index together,
//! and keeps the path of the last node it reached: the build asks for a schema, then for
//! its members, so most answers start from a node already on the path instead of the root.
//!
//! For a document read by the JSON parser, whose index holds the byte offset of each
//! member's key, [`NodePointers::over_text`] reads the keys from the text instead of the
//! tree: a step is then one look at the index and one at the text, where the tree takes
//! three dependent loads (the map's entries, the key's `String`, its bytes). The IR build
//! asks between its own work, with the caches full of it; on Kubernetes the tree walk took
//! 4-5 ms of a 70 ms load.

use super::PosIndex;
use rustc_hash::FxHashMap;
use serde_json::Value;
use std::borrow::Cow;

/// Objects with at least this many members get their member list made once (reaching
/// member k of a map of 800 definitions then takes one step, not k).
const LISTED_MIN: usize = 16;

/// Spells the JSON pointers of pre-order nodes of one tree.
pub(crate) struct NodePointers<'a> {
    value: &'a Value,
    pos: &'a PosIndex,
    /// The JSON text the index was made from, when keys are read from it (see
    /// [`NodePointers::over_text`]).
    text: Option<&'a str>,
    /// The path from the root to the last node reached (root first).
    path: Vec<Level<'a>>,
    /// The pointer of the last node reached; `Level::len` marks each level's prefix.
    buf: String,
    /// Members of big objects, by pre-order node, with their keys already escaped as pointer
    /// tokens (made only when `list` is set: for one answer, stepping through the members is
    /// cheaper than listing them). The build's questions move back and forth between
    /// operations and shared components, so the same long path keys (`/apis/apps/v1/...`,
    /// every `/` escaped) are spelled again and again: each is escaped once here.
    members: FxHashMap<u32, Vec<(Cow<'a, str>, &'a Value)>>,
    list: bool,
    /// Answers for nodes that were reached by a jump from far away (a path sharing at most
    /// the root's child with the one before): the build asks for a shared component (a
    /// parameter 430 times on Kubernetes) between the questions about each operation, and
    /// answering it again from here leaves the path where the next question continues.
    far: FxHashMap<u32, String>,
}

/// One node of the current path.
#[derive(Clone, Copy)]
struct Level<'a> {
    node: u32,
    /// Pre-order number just after the node's subtree.
    end: u32,
    /// The node's value (when keys are read from the tree).
    v: Option<&'a Value>,
    /// Whether the node is an object (`b'{'`), an array (`b'['`) or neither (0).
    open: u8,
    /// Length of the node's pointer (a prefix of `NodePointers::buf`).
    len: usize,
    /// Its children's pre-order numbers, when it has many (see [`PosIndex::fanout_of`]).
    fan: Option<&'a [u32]>,
}

impl<'a> NodePointers<'a> {
    /// Pointers into `value`, whose position index is `pos`, for many questions.
    pub(crate) fn new(value: &'a Value, pos: &'a PosIndex) -> Self {
        NodePointers {
            value,
            pos,
            text: None,
            path: Vec::new(),
            buf: String::new(),
            members: FxHashMap::default(),
            list: true,
            far: FxHashMap::default(),
        }
    }

    /// Pointers into `value`, parsed from `text`, for many questions: the keys are read
    /// from the text when `pos` was made by the JSON parser (it records where each
    /// member's key starts), else from the tree.
    pub(crate) fn over_text(value: &'a Value, pos: &'a PosIndex, text: &'a str) -> Self {
        NodePointers {
            text: pos.byte_offsets().then_some(text),
            ..NodePointers::new(value, pos)
        }
    }

    /// [`NodePointers::over_text`] for one question or a few.
    pub(crate) fn once_over_text(value: &'a Value, pos: &'a PosIndex, text: &'a str) -> Self {
        NodePointers {
            list: false,
            ..NodePointers::over_text(value, pos, text)
        }
    }

    /// The pointer of pre-order node `node`, or `None` when the tree has no such node.
    pub(crate) fn pointer(&mut self, node: u32) -> Option<String> {
        // How much of the current path `node` shares (levels 0 and 1: a far jump).
        let shared = self
            .path
            .iter()
            .take_while(|l| l.node <= node && node < l.end)
            .count();
        let far = self.list && shared <= 2 && self.path.len() > 2;
        if far && let Some(p) = self.far.get(&node) {
            return Some(p.clone());
        }
        self.seek(node)?;
        if far {
            self.far.insert(node, self.buf.clone());
        }
        Some(self.buf.clone())
    }

    /// Make `node` the end of the current path (`buf` then holds its pointer).
    fn seek(&mut self, node: u32) -> Option<()> {
        if node as usize >= self.pos.len() {
            return None;
        }
        // Back up to the deepest node on the path whose subtree holds `node`.
        while let Some(top) = self.path.last() {
            if top.node <= node && node < top.end {
                break;
            }
            self.path.pop();
        }
        let mut top = match self.path.last() {
            Some(top) => *top,
            None => {
                let root = match self.text {
                    Some(text) => {
                        let at = self.pos.raw(0).1 as usize;
                        let first = text.as_bytes().get(at).copied().unwrap_or(0);
                        self.level(0, None, first, 0)
                    }
                    None => self.level(0, Some(self.value), 0, 0),
                };
                self.path.push(root);
                root
            }
        };
        self.buf.truncate(top.len);
        while top.node != node {
            let (k, child) = self.pos.child_containing(top.node, top.fan, node)?;
            top = match self.text {
                Some(text) => self.text_step(text, top.open, k, child)?,
                None => self.tree_step(top, k, child)?,
            };
            self.path.push(top);
        }
        Some(())
    }

    /// Step from `top` to its child number `k` (pre-order `child`), reading the tree.
    fn tree_step(&mut self, top: Level<'a>, k: usize, child: u32) -> Option<Level<'a>> {
        let v = match top.v? {
            Value::Object(m) if self.list && m.len() >= LISTED_MIN => {
                let list = self.members.entry(top.node).or_insert_with(|| {
                    m.iter()
                        .map(|(k, v)| (crate::pointer::escape(k), v))
                        .collect()
                });
                let (key, v) = list.get(k)?;
                self.buf.push('/');
                self.buf.push_str(key);
                *v
            }
            Value::Object(m) => {
                let (key, v) = m.iter().nth(k)?;
                self.buf.push('/');
                crate::pointer::push_escaped(&mut self.buf, key);
                v
            }
            Value::Array(a) => {
                self.buf.push('/');
                push_index(&mut self.buf, k);
                a.get(k)?
            }
            _ => return None,
        };
        Some(self.level(child, Some(v), 0, self.buf.len()))
    }

    /// Step from a node that opens with `open` to its child number `k` (pre-order
    /// `child`), reading the member's key from the JSON text at the offset the index holds.
    fn text_step(&mut self, text: &'a str, open: u8, k: usize, child: u32) -> Option<Level<'a>> {
        let at = self.pos.raw(child).1 as usize;
        self.buf.push('/');
        let value_at = match open {
            b'{' => {
                let (key, after) = json_key(text, at)?;
                crate::pointer::push_escaped(&mut self.buf, &key);
                after
            }
            b'[' => {
                push_index(&mut self.buf, k);
                at
            }
            _ => return None,
        };
        let first = text.as_bytes().get(value_at).copied().unwrap_or(0);
        Some(self.level(child, None, first, self.buf.len()))
    }

    /// The path entry of node `node` (its value `v`, or the first byte `first` of its
    /// JSON text) whose pointer has length `len`.
    fn level(&self, node: u32, v: Option<&'a Value>, first: u8, len: usize) -> Level<'a> {
        let end = self.pos.end(node);
        let (open, children) = match v {
            Some(Value::Object(m)) => (b'{', m.len()),
            Some(Value::Array(a)) => (b'[', a.len()),
            Some(_) => (0, 0),
            // From the text: the fan-out table is only made for nodes with at least
            // `FANOUT_MIN` children, so a smaller subtree cannot have one.
            None if matches!(first, b'{' | b'[') => (first, (end - node - 1) as usize),
            None => (0, 0),
        };
        Level {
            node,
            end,
            v,
            open,
            len,
            fan: self.pos.fanout_of(node, children),
        }
    }
}

/// The key of the member whose key starts (with its `"`) at byte `at` of a JSON text, and
/// the offset of its value; `None` when there is no string key there.
fn json_key(text: &str, at: usize) -> Option<(Cow<'_, str>, usize)> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b'"') {
        return None;
    }
    let mut j = at + 1;
    let mut escaped = false;
    loop {
        match *b.get(j)? {
            b'"' => break,
            b'\\' => {
                escaped = true;
                j += 2;
            }
            _ => j += 1,
        }
    }
    // The quotes are ASCII, so both ends are char boundaries (`get` checks, in O(1)).
    let key: Cow<'_, str> = if escaped {
        Cow::Owned(serde_json::from_str::<String>(text.get(at..=j)?).ok()?)
    } else {
        Cow::Borrowed(text.get(at + 1..j)?)
    };
    let mut v = j + 1;
    while matches!(b.get(v), Some(b' ' | b'\t' | b'\r' | b'\n')) {
        v += 1;
    }
    if b.get(v) != Some(&b':') {
        return None;
    }
    v += 1;
    while matches!(b.get(v), Some(b' ' | b'\t' | b'\r' | b'\n')) {
        v += 1;
    }
    Some((key, v))
}

/// Append the decimal digits of `k`.
fn push_index(out: &mut String, k: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = k;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Limits, parse_json, parse_yaml};

    /// Every node's pointer, in pre-order, by a plain recursive walk.
    fn all_pointers(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    all_pointers(c, crate::pointer::join(&at, k), out);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    all_pointers(c, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    fn check(text: &str, yaml: bool) {
        let p = if yaml {
            parse_yaml(text, &Limits::default())
        } else {
            parse_json(text, &Limits::default())
        }
        .unwrap_or_else(|e| panic!("test document does not parse: {e}"));
        let mut expected = Vec::new();
        all_pointers(&p.value, String::new(), &mut expected);
        assert_eq!(expected.len(), p.pos.len());
        // In order, backwards, and jumping around: the path is reused in every direction.
        let mut np = NodePointers::new(&p.value, &p.pos);
        let n = expected.len() as u32;
        let order: Vec<u32> = (0..n)
            .chain((0..n).rev())
            .chain((0..n).map(|i| (i * 7919) % n))
            .collect();
        for node in order {
            assert_eq!(
                np.pointer(node).as_deref(),
                Some(expected[node as usize].as_str()),
                "node {node}"
            );
        }
        assert_eq!(np.pointer(n), None);
        assert_eq!(
            NodePointers::new(&p.value, &p.pos).pointer(n - 1),
            expected.last().cloned()
        );
        // Keys read from the JSON text (YAML: from the tree), in the same orders.
        assert_eq!(p.pos.byte_offsets(), !yaml);
        let mut tp = NodePointers::over_text(&p.value, &p.pos, text);
        for node in (0..n)
            .chain((0..n).rev())
            .chain((0..n).map(|i| (i * 7919) % n))
        {
            assert_eq!(
                tp.pointer(node).as_deref(),
                Some(expected[node as usize].as_str()),
                "node {node}, keys from the text"
            );
        }
        assert_eq!(tp.pointer(n), None);
    }

    #[test]
    fn pointers_of_every_node_small_and_big_containers() {
        // Keys that need escaping, empty keys, nested arrays, and containers above the
        // listing and fan-out thresholds (16 children).
        let members: Vec<String> = (0..40)
            .map(|i| format!("\"k{i}/~{i}\": {{\"a\": [1, [2, {{\"b\": {i}}}]], \"\": null}}"))
            .collect();
        let items: Vec<String> = (0..25).map(|i| format!("[{i}, {{\"x\": {i}}}]")).collect();
        let json = format!(
            "{{\"small\": {{\"a/b\": 1, \"c~d\": [true, false]}}, \"big\": {{{}}}, \"list\": [{}], \"s\": \"x\"}}",
            members.join(", "),
            items.join(", ")
        );
        check(&json, false);
        check(
            "paths:\n  /pets:\n    get:\n      parameters:\n        - name: a\n        - {name: b, in: query}\n  ~x: [1, 2]\n",
            true,
        );
        check("42", false);
        // Escaped keys (read through the JSON string decoder), a byte-order mark, spacing
        // around `:`, and keys that need pointer escaping.
        check(
            "\u{feff} {\"a\\\"b\" : {\"\\u00e9/x~\": [ {\"\\\\\": 1} ]},\n \"plain\"\t:\r\n[[], {}, \"s\"]}",
            false,
        );
    }
}
