//! Swagger 2.0 → OpenAPI 3.0 upgrade of parsed documents, before the IR build.
//!
//! The 2.0 tree of each document is rewritten into a 3.0 tree (`openapi: 3.0.3`), and the
//! build then runs unchanged on it (3.0 is normalized to 3.1 meaning there). Provenance
//! stays the 2.0 file's: every node of the 3.0 tree is emitted from a node of the 2.0 tree,
//! and the 3.0 tree's position index is made of that node's line and column. The upgraded
//! [`Document`] keeps the 2.0 tree and, per 3.0 node, the 2.0 node it came from, so
//! diagnostics and IR locations show 2.0 pointers (`/definitions/Pet`, not
//! `/components/schemas/Pet`).
//!
//! The emitter writes the 3.0 tree in pre-order: a container is opened, its children are
//! built one after the other and inserted in that order, then it is closed. Every function
//! here keeps that discipline (a map's members are never built out of order).
//!
//! Multi-file specs: a document with `swagger: "2.0"` at its top is upgraded as a whole and
//! refs into its `#/definitions`, `#/parameters` and `#/responses` are rewritten to the
//! matching `components` pointers. A fragment file (no `swagger` key) keeps its layout: the
//! nodes that refs reach are upgraded in place as what the ref uses them for (a schema, a
//! parameter, a response, a path item).
//!
//! Constructs with no 3.x meaning (`collectionFormat: tsv`, nested collection formats,
//! `allowEmptyValue` on form fields, unknown keys) are warnings with the 2.0 location; where
//! the value can be kept it is kept as an `x-` extension.

use crate::diag::Diagnostic;
use crate::docs::{DocSet, Document};
use crate::source::PosIndex;
use rustc_hash::FxHashMap;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashMap;

mod document;
mod objects;
mod operations;

use document::{map_pointer, scheme_keys};

/// What the upgraded document keeps of its 2.0 form.
#[derive(Debug)]
pub(crate) struct Origin {
    /// The 2.0 tree as parsed.
    pub value: Value,
    /// Its position index.
    pub pos: PosIndex,
    /// Per pre-order node of the 3.0 tree: the pre-order node of the 2.0 tree it came from.
    pub origin: Vec<u32>,
    /// Parent and key of each 2.0 node, built on the first pointer asked for.
    pub steps: std::sync::OnceLock<Steps>,
}

/// Parent and key of every node of the 2.0 tree, by pre-order number: a node's pointer is a
/// walk up (IR locations ask for tens of thousands of them). The keys, already escaped as
/// pointer tokens, are slices of one string, so building the table allocates three
/// buffers, not one string per key.
#[derive(Debug, Default)]
pub(crate) struct Steps {
    nodes: Vec<Step>,
    keys: String,
}

/// One node: its parent (`u32::MAX` for the root) and, as a member, the span of its escaped
/// key in [`Steps::keys`], or, as an array element (`len == u32::MAX`), its index in `start`.
#[derive(Debug, Clone, Copy)]
struct Step {
    parent: u32,
    start: u32,
    len: u32,
}

impl Steps {
    /// The table of `root` (numbered as its `PosIndex`).
    fn of(root: &Value) -> Steps {
        let mut out = Steps::default();
        let root_step = Step {
            parent: u32::MAX,
            start: 0,
            len: 0,
        };
        let mut stack: Vec<(&Value, Step)> = vec![(root, root_step)];
        while let Some((v, step)) = stack.pop() {
            let me = out.nodes.len() as u32;
            out.nodes.push(step);
            match v {
                Value::Object(m) => {
                    for (k, c) in m.iter().rev() {
                        let start = out.keys.len();
                        crate::pointer::push_escaped(&mut out.keys, k);
                        let step = Step {
                            parent: me,
                            start: u32::try_from(start).unwrap_or(u32::MAX),
                            len: u32::try_from(out.keys.len() - start).unwrap_or(0),
                        };
                        stack.push((c, step));
                    }
                }
                Value::Array(a) => {
                    for (i, c) in a.iter().enumerate().rev() {
                        let step = Step {
                            parent: me,
                            start: i as u32,
                            len: u32::MAX,
                        };
                        stack.push((c, step));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The pointer token of `step`: its key, or its index written in `digits`.
    fn token<'s>(&'s self, step: &Step, digits: &'s mut [u8; 10]) -> &'s [u8] {
        if step.len == u32::MAX {
            let mut i = digits.len();
            let mut n = step.start;
            loop {
                i -= 1;
                digits[i] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            return &digits[i..];
        }
        let (a, b) = (step.start as usize, step.start as usize + step.len as usize);
        self.keys.as_bytes().get(a..b).unwrap_or_default()
    }

    /// The pointer of node `at`: its length is summed on a first walk up, then the tokens
    /// are written from the end on a second (one allocation, no list of steps).
    fn pointer(&self, at: u32) -> Option<String> {
        let mut digits = [0u8; 10];
        let mut len = 0usize;
        let mut n = at;
        loop {
            let step = self.nodes.get(n as usize)?;
            if step.parent == u32::MAX {
                break;
            }
            len += 1 + self.token(step, &mut digits).len();
            n = step.parent;
        }
        let mut out = vec![0u8; len];
        let mut end = len;
        let mut n = at;
        while let Some(step) = self.nodes.get(n as usize)
            && step.parent != u32::MAX
        {
            let tok = self.token(step, &mut digits);
            let begin = end - tok.len();
            out[begin..end].copy_from_slice(tok);
            out[begin - 1] = b'/';
            end = begin - 1;
            n = step.parent;
        }
        String::from_utf8(out).ok()
    }
}

impl Origin {
    /// The 2.0 pointer of the 2.0 node that 3.0 node `node` came from.
    pub(crate) fn source_pointer(&self, node: u32) -> Option<String> {
        let at = *self.origin.get(node as usize)?;
        self.steps
            .get_or_init(|| Steps::of(&self.value))
            .pointer(at)
    }
}

/// What a node reached by a ref is used as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Schema,
    Parameter,
    RequestBody,
    Response,
    PathItem,
}

/// A node of the 2.0 tree: its value and pre-order number.
#[derive(Clone, Copy)]
struct Src<'a> {
    v: &'a Value,
    n: u32,
}

/// Media types that apply when an operation declares none.
struct Globals {
    consumes: Vec<String>,
    produces: Vec<String>,
}

/// Keys of a 2.0 parameter, header or items object that go into its 3.0 `schema`.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// Deeper than this, subtrees are copied as they are (the parser's depth limit is lower).
const MAX_DEPTH: usize = 600;

/// Whether the root document is Swagger 2.0.
pub(crate) fn is_swagger2(v: &Value) -> bool {
    v.as_object().is_some_and(|m| m.contains_key("swagger"))
}

/// Upgrade every Swagger 2.0 document of `set` (and the fragments they reach) in place.
/// Returns the warnings; does nothing when the root is not Swagger 2.0.
pub(crate) fn upgrade(set: &mut DocSet) -> Vec<Diagnostic> {
    let n = set.docs.len();
    if n == 0 || !is_swagger2(&set.docs[0].value) || set.docs[0].swagger2.is_some() {
        return Vec::new();
    }
    let full: Vec<bool> = set.docs.iter().map(|d| is_swagger2(&d.value)).collect();
    let strings = |key: &str| -> Vec<String> {
        set.docs[0]
            .value
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let globals = Globals {
        consumes: strings("consumes"),
        produces: strings("produces"),
    };
    let mut wants: Vec<HashMap<String, Kind>> = vec![HashMap::new(); n];
    type Done = (Value, Vec<(u32, u32, u32)>, Vec<u32>);
    let mut results: Vec<Option<Done>> = (0..n).map(|_| None).collect();
    let mut diags: Vec<Vec<Diagnostic>> = vec![Vec::new(); n];
    let mut dirty: Vec<bool> = full.clone();
    for _round in 0..32 {
        if !dirty.iter().any(|d| *d) {
            break;
        }
        for i in 0..n {
            if !dirty[i] || set.docs[i].swagger2.is_some() {
                dirty[i] = false;
                continue;
            }
            dirty[i] = false;
            let (value, raw, origin, d, out_wants) = {
                let mut c = Conv::new(set, i, &globals, &full, &wants[i]);
                let root = Src {
                    v: &set.docs[i].value,
                    n: 0,
                };
                let value = if full[i] {
                    c.full(root)
                } else {
                    c.fragment(root, &mut String::new(), 0)
                };
                (value, c.raw, c.origin, c.diags, c.wants)
            };
            results[i] = Some((value, raw, origin));
            diags[i] = d;
            for (doc, ptr, kind) in out_wants {
                if full[doc] {
                    continue;
                }
                let known = wants[doc].get(&ptr).copied();
                match known {
                    None => {
                        wants[doc].insert(ptr, kind);
                        dirty[doc] = true;
                    }
                    Some(k) if k != kind => {
                        let d = set.docs[doc].diag(
                            Diagnostic::warning(
                                "swagger2-ref-kind",
                                format!("this node is used both as a {k:?} and as a {kind:?}; it is upgraded as a {k:?}"),
                            ),
                            &ptr,
                        )
                        .with_help("give each use its own definition");
                        diags[doc].push(d);
                    }
                    Some(_) => {}
                }
            }
        }
    }
    for (i, r) in results.into_iter().enumerate() {
        if let Some((value, raw, origin)) = r {
            let pos = PosIndex::from_raw(raw, &set.docs[i].pos);
            set.install_upgrade(i, value, pos, origin);
        }
    }
    diags.into_iter().flatten().collect()
}

/// Where a parameter ref leads: document, pre-order node there, value.
type ParamTarget<'a> = (usize, u32, &'a Value);

struct Conv<'a> {
    set: &'a DocSet,
    doc: usize,
    d: &'a Document,
    pos: &'a PosIndex,
    g: &'a Globals,
    full: &'a [bool],
    /// Pointers of this (fragment) document to upgrade, and as what.
    targets: &'a HashMap<String, Kind>,
    raw: Vec<(u32, u32, u32)>,
    origin: Vec<u32>,
    diags: Vec<Diagnostic>,
    /// Nodes of fragment documents that refs from here reach: (document, pointer, kind).
    wants: Vec<(usize, String, Kind)>,
    /// Parameter refs already followed: (document of the ref, ref) → (target document, its
    /// node there, its value), or `None` when it does not resolve. Big specs refer to the
    /// same shared parameters from thousands of operations.
    param_refs: RefCell<FxHashMap<(usize, &'a str), Option<ParamTarget<'a>>>>,
    /// Security scheme names that are not valid component keys, and their keys.
    scheme_keys: HashMap<String, String>,
    /// Local refs already rewritten, with what they were used as.
    local_refs: FxHashMap<(&'a str, Kind), String>,
}

/// An object under construction: its index entry and its members so far.
struct Obj {
    at: usize,
    m: Map<String, Value>,
}

/// A parameter of a 2.0 operation, after following `$ref`s.
struct Param<'a> {
    /// The parameter list entry as written.
    at: Src<'a>,
    /// The parameter object, when it is in this document.
    local: Option<Src<'a>>,
    /// Its value (possibly in another document).
    value: Option<&'a Value>,
    /// The `$ref` string, when the entry is a ref.
    reference: Option<&'a str>,
}

impl<'a> Param<'a> {
    fn field(&self, key: &str) -> Option<&'a str> {
        self.value.and_then(|v| v.get(key)).and_then(Value::as_str)
    }
    fn location(&self) -> &'a str {
        self.field("in").unwrap_or("")
    }
    fn key(&self) -> (&'a str, &'a str) {
        (self.field("name").unwrap_or(""), self.location())
    }
}

impl<'a> Conv<'a> {
    fn new(
        set: &'a DocSet,
        doc: usize,
        g: &'a Globals,
        full: &'a [bool],
        targets: &'a HashMap<String, Kind>,
    ) -> Self {
        let d: &'a Document = &set.docs[doc];
        Conv {
            set,
            doc,
            d,
            pos: &d.pos,
            g,
            full,
            targets,
            raw: Vec::new(),
            origin: Vec::new(),
            diags: Vec::new(),
            wants: Vec::new(),
            param_refs: RefCell::new(FxHashMap::default()),
            local_refs: FxHashMap::default(),
            scheme_keys: if full.get(doc).copied().unwrap_or(false) {
                scheme_keys(&d.value)
            } else {
                HashMap::new()
            },
        }
    }

    // ---- 2.0 tree navigation -------------------------------------------------------

    fn kids(&self, s: Src<'a>) -> Vec<(&'a str, Src<'a>)> {
        let Value::Object(m) = s.v else {
            return Vec::new();
        };
        let mut c = s.n + 1;
        let mut out = Vec::with_capacity(m.len());
        for (k, v) in m {
            out.push((k.as_str(), Src { v, n: c }));
            c = self.pos.end(c);
        }
        out
    }

    fn elems(&self, s: Src<'a>) -> Vec<Src<'a>> {
        let Value::Array(a) = s.v else {
            return Vec::new();
        };
        let mut c = s.n + 1;
        let mut out = Vec::with_capacity(a.len());
        for v in a {
            out.push(Src { v, n: c });
            c = self.pos.end(c);
        }
        out
    }

    fn get(&self, s: Src<'a>, key: &str) -> Option<Src<'a>> {
        let Value::Object(m) = s.v else {
            return None;
        };
        if !m.contains_key(key) {
            return None;
        }
        // Walk the members in order (the node number of a member is the end of the one
        // before it), without collecting them.
        let mut c = s.n + 1;
        for (k, v) in m {
            if k == key {
                return Some(Src { v, n: c });
            }
            c = self.pos.end(c);
        }
        None
    }

    fn pointer(&self, s: Src<'a>) -> String {
        self.pos.pointer_of(&self.d.value, s.n).unwrap_or_default()
    }

    fn warn(&mut self, code: &'static str, at: Src<'a>, msg: String, help: &str) {
        let ptr = self.pointer(at);
        let d = self
            .d
            .diag(Diagnostic::warning(code, msg), &ptr)
            .with_help(help.to_string());
        self.diags.push(d);
    }

    fn error(&mut self, code: &'static str, at: Src<'a>, msg: String, help: &str) {
        let ptr = self.pointer(at);
        let d = self
            .d
            .diag(Diagnostic::error(code, msg), &ptr)
            .with_help(help.to_string());
        self.diags.push(d);
    }

    // ---- 3.0 tree emission ---------------------------------------------------------

    fn open(&mut self, at: Src<'a>) -> usize {
        let (line, col) = self.pos.raw(at.n);
        self.raw.push((line, col, 0));
        self.origin.push(at.n);
        self.raw.len() - 1
    }

    fn close(&mut self, i: usize) {
        let end = self.raw.len() as u32;
        if let Some(e) = self.raw.get_mut(i) {
            e.2 = end;
        }
    }

    /// A scalar (or any value without children) placed at `at`.
    fn leaf(&mut self, at: Src<'a>, v: Value) -> Value {
        let i = self.open(at);
        self.close(i);
        debug_assert!(match &v {
            Value::Object(m) => m.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => true,
        });
        v
    }

    fn text(&mut self, at: Src<'a>, s: &str) -> Value {
        self.leaf(at, Value::String(s.to_string()))
    }

    /// `s`'s subtree as it is (its index entries are contiguous, so they are copied).
    fn copy(&mut self, s: Src<'a>) -> Value {
        let start = s.n;
        let end = self.pos.end(s.n).max(start + 1);
        let base = self.raw.len() as i64 - i64::from(start);
        for node in start..end {
            let (line, col) = self.pos.raw(node);
            let e = i64::from(self.pos.end(node)) + base;
            self.raw
                .push((line, col, u32::try_from(e).unwrap_or(u32::MAX)));
            self.origin.push(node);
        }
        s.v.clone()
    }

    fn obj(&mut self, at: Src<'a>) -> Obj {
        Obj {
            at: self.open(at),
            m: Map::new(),
        }
    }

    fn done(&mut self, o: Obj) -> Value {
        self.close(o.at);
        Value::Object(o.m)
    }

    // ---- refs ----------------------------------------------------------------------

    /// The ref string `r` (found in this document) rewritten for the upgraded documents,
    /// recording fragment nodes it reaches as `kind`.
    fn rewrite_ref(&mut self, r: &'a str, kind: Kind) -> String {
        let (file, frag) = r.split_once('#').unwrap_or((r, ""));
        if file.is_empty() && self.full.get(self.doc).copied().unwrap_or(false) {
            // A local ref in a whole 2.0 document (the common case; big specs write the
            // same few hundred refs thousands of times, so each is mapped once).
            if let Some(done) = self.local_refs.get(&(r, kind)) {
                return done.clone();
            }
            let mut out = String::with_capacity(r.len() + 16);
            out.push('#');
            out.push_str(&map_pointer(frag, kind));
            self.local_refs.insert((r, kind), out.clone());
            return out;
        }
        let target = if file.is_empty() {
            Some((self.doc, frag.to_string()))
        } else {
            self.set
                .resolve_loaded(self.doc, "", r)
                .ok()
                .map(|t| (t.doc, t.pointer))
        };
        let Some((tdoc, tptr)) = target else {
            return r.to_string(); // the build reports the broken ref with its location
        };
        if self.full.get(tdoc).copied().unwrap_or(false) {
            let mapped = map_pointer(frag, kind);
            return format!("{file}#{mapped}");
        }
        self.wants.push((tdoc, tptr, kind));
        r.to_string()
    }

    /// Follow a parameter list entry's `$ref`s (up to a few hops).
    fn param(&self, at: Src<'a>) -> Param<'a> {
        let mut p = Param {
            at,
            local: Some(at),
            value: Some(at.v),
            reference: None,
        };
        let (mut doc, mut v) = (self.doc, at.v);
        for _ in 0..8 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else {
                break;
            };
            if p.reference.is_none() {
                p.reference = Some(r);
            }
            let known = self.param_refs.borrow().get(&(doc, r)).copied();
            let hit = match known {
                Some(hit) => hit,
                None => {
                    let set: &'a DocSet = self.set;
                    let hit = set.resolve_loaded(doc, "", r).ok().and_then(|t| {
                        let (node, tv) = set.docs[t.doc].find(&t.pointer)?;
                        Some((t.doc, node, tv))
                    });
                    self.param_refs.borrow_mut().insert((doc, r), hit);
                    hit
                }
            };
            let Some((tdoc, node, tv)) = hit else {
                p.local = None;
                p.value = None;
                break;
            };
            p.value = Some(tv);
            p.local = (tdoc == self.doc).then_some(Src { v: tv, n: node });
            doc = tdoc;
            v = tv;
        }
        p
    }
}
