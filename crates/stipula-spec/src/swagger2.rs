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

    // ---- documents ---------------------------------------------------------------

    fn full(&mut self, root: Src<'a>) -> Value {
        if !root.v.is_object() {
            return self.copy(root);
        }
        let mut o = self.obj(root);
        let version_at = self.get(root, "swagger").unwrap_or(root);
        if let Some(Value::String(s)) = self.get(root, "swagger").map(|s| s.v)
            && s != "2.0"
        {
            self.warn(
                "swagger2-version",
                version_at,
                format!("`swagger: {s}`: only Swagger 2.0 exists; read as 2.0"),
                "write `swagger: \"2.0\"`",
            );
        }
        let v = self.text(version_at, "3.0.3");
        o.m.insert("openapi".into(), v);
        for (k, c) in self.kids(root) {
            match k {
                "swagger" | "consumes" | "produces" | "openapi" => {}
                "host" | "basePath" | "schemes" => {
                    if !o.m.contains_key("servers")
                        && let Some(v) = self.servers(root, c, false)
                    {
                        o.m.insert("servers".into(), v);
                    }
                }
                "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                    if !o.m.contains_key("components") {
                        let v = self.components(root, c);
                        o.m.insert("components".into(), v);
                    }
                }
                "paths" => {
                    let v = self.paths(c);
                    o.m.insert("paths".into(), v);
                }
                "security" => {
                    let v = self.security(c);
                    o.m.insert(k.into(), v);
                }
                "info" | "tags" | "externalDocs" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a Swagger 2.0 field; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        self.done(o)
    }

    /// `servers` from the root's `host`, `basePath` and `schemes` (or an operation's
    /// `schemes` when `schemes_at` is an operation's), placed at `at`.
    fn servers(&mut self, root: Src<'a>, at: Src<'a>, op_schemes: bool) -> Option<Value> {
        let host = root.v.get("host").and_then(Value::as_str);
        let base = root.v.get("basePath").and_then(Value::as_str).unwrap_or("");
        let schemes_of = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let schemes = if op_schemes {
            schemes_of(at.v)
        } else {
            root.v.get("schemes").map(schemes_of).unwrap_or_default()
        };
        let urls: Vec<String> = match host {
            None if base.is_empty() => return None,
            None => vec![base.to_string()],
            Some(h) if schemes.is_empty() => vec![format!("//{h}{base}")],
            Some(h) => schemes.iter().map(|s| format!("{s}://{h}{base}")).collect(),
        };
        if host.is_none() && !schemes.is_empty() {
            self.warn(
                "swagger2-schemes",
                at,
                "`schemes` without `host`: OpenAPI 3 server URLs relative to the document cannot name a scheme; the schemes are dropped".into(),
                "add `host`, or remove `schemes`",
            );
        }
        let arr = self.open(at);
        let mut out = Vec::new();
        for u in urls {
            let mut s = self.obj(at);
            let v = self.text(at, &u);
            s.m.insert("url".into(), v);
            out.push(self.done(s));
        }
        self.close(arr);
        Some(Value::Array(out))
    }

    /// The component key for `name` (warned about when it had to change).
    fn key(&mut self, name: &str, at: Src<'a>, taken: &Map<String, Value>) -> String {
        let (k, collided) = assign_key(name, |k| taken.contains_key(k));
        if collided {
            self.warn(
                "swagger2-component-name",
                at,
                format!("the name `{name}` collides with another component once made a valid OpenAPI 3 name: it becomes `{k}`, and refs to it reach the other one"),
                "rename one of the two in the 2.0 document",
            );
        } else if k != name {
            self.warn(
                "swagger2-component-name",
                at,
                format!("the name `{name}` is not allowed as an OpenAPI 3 component name (letters, digits, `.`, `_`, `-`): it becomes `{k}`"),
                "rename it in the 2.0 document to keep control of the name",
            );
        }
        k
    }

    /// A security requirement list with the scheme names as [`Conv::key`] made them.
    fn security(&mut self, s: Src<'a>) -> Value {
        if self.scheme_keys.is_empty() || !s.v.is_array() {
            return self.copy(s);
        }
        let i = self.open(s);
        let mut out = Vec::new();
        for e in self.elems(s) {
            if !e.v.is_object() {
                out.push(self.copy(e));
                continue;
            }
            let mut o = self.obj(e);
            for (name, scopes) in self.kids(e) {
                let v = self.copy(scopes);
                let k = match self.scheme_keys.get(name) {
                    Some(k) => k.clone(),
                    None => name.to_string(),
                };
                o.m.insert(k, v);
            }
            out.push(self.done(o));
        }
        self.close(i);
        Value::Array(out)
    }

    fn components(&mut self, root: Src<'a>, at: Src<'a>) -> Value {
        let mut o = self.obj(at);
        for (k, c) in self.kids(root) {
            match k {
                "definitions" => {
                    let mut m = self.obj(c);
                    for (name, s) in self.kids(c) {
                        let v = self.schema(s, 0);
                        let k = self.key(name, s, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("schemas".into(), v);
                }
                "parameters" => {
                    let entries: Vec<(&str, Param<'a>)> = self
                        .kids(c)
                        .into_iter()
                        .map(|(name, s)| (name, self.param(s)))
                        .collect();
                    let plain: Vec<&(&str, Param<'a>)> = entries
                        .iter()
                        .filter(|(_, p)| !matches!(p.location(), "body" | "formData"))
                        .collect();
                    if !plain.is_empty() {
                        let mut m = self.obj(c);
                        for (name, p) in plain {
                            let v = self.parameter(p);
                            let k = self.key(name, p.at, &m.m);
                            m.m.insert(k, v);
                        }
                        let v = self.done(m);
                        o.m.insert("parameters".into(), v);
                    }
                    let bodies: Vec<&(&str, Param<'a>)> = entries
                        .iter()
                        .filter(|(_, p)| p.location() == "body")
                        .collect();
                    if !bodies.is_empty() {
                        let mut m = self.obj(c);
                        let consumes = self.g.consumes.clone();
                        for (name, p) in bodies {
                            let v = self.body_ref_or_inline(p, &consumes);
                            let k = self.key(name, p.at, &m.m);
                            m.m.insert(k, v);
                        }
                        let v = self.done(m);
                        o.m.insert("requestBodies".into(), v);
                    }
                    // formData parameters are inlined where they are used (a 3.0 form body
                    // is one schema; there is no component for one of its fields).
                }
                "responses" => {
                    let mut m = self.obj(c);
                    let produces = self.g.produces.clone();
                    for (name, r) in self.kids(c) {
                        let v = self.response(r, &produces);
                        let k = self.key(name, r, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("responses".into(), v);
                }
                "securityDefinitions" => {
                    let mut m = self.obj(c);
                    for (name, s) in self.kids(c) {
                        let v = self.security_scheme(s);
                        let k = self.key(name, s, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("securitySchemes".into(), v);
                }
                _ => {}
            }
        }
        self.done(o)
    }

    /// A fragment document: its layout kept, the nodes refs reach upgraded as what they
    /// are used for.
    fn fragment(&mut self, s: Src<'a>, ptr: &mut String, depth: usize) -> Value {
        if let Some(kind) = self.targets.get(ptr.as_str()).copied() {
            return self.by_kind(s, kind);
        }
        if depth > MAX_DEPTH {
            return self.copy(s);
        }
        match s.v {
            Value::Object(_) => {
                let mut o = self.obj(s);
                for (k, c) in self.kids(s) {
                    let len = ptr.len();
                    ptr.push('/');
                    crate::pointer::push_escaped(ptr, k);
                    let v = self.fragment(c, ptr, depth + 1);
                    ptr.truncate(len);
                    o.m.insert(k.into(), v);
                }
                self.done(o)
            }
            Value::Array(_) => {
                let i = self.open(s);
                let mut out = Vec::new();
                for (k, c) in self.elems(s).into_iter().enumerate() {
                    let len = ptr.len();
                    ptr.push('/');
                    ptr.push_str(&k.to_string());
                    out.push(self.fragment(c, ptr, depth + 1));
                    ptr.truncate(len);
                }
                self.close(i);
                Value::Array(out)
            }
            _ => self.copy(s),
        }
    }

    fn by_kind(&mut self, s: Src<'a>, kind: Kind) -> Value {
        match kind {
            Kind::Schema => self.schema(s, 0),
            Kind::Parameter => {
                let p = Param {
                    at: s,
                    local: Some(s),
                    value: Some(s.v),
                    reference: None,
                };
                self.parameter(&p)
            }
            Kind::RequestBody => {
                let consumes = self.g.consumes.clone();
                self.request_body(s, &consumes)
            }
            Kind::Response => {
                let produces = self.g.produces.clone();
                self.response(s, &produces)
            }
            Kind::PathItem => self.path_item(s),
        }
    }

    // ---- paths and operations ----------------------------------------------------

    fn paths(&mut self, s: Src<'a>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            let v = if k.starts_with("x-") {
                self.copy(c)
            } else {
                self.path_item(c)
            };
            o.m.insert(k.into(), v);
        }
        self.done(o)
    }

    fn path_item(&mut self, s: Src<'a>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let path_params: Vec<Param<'a>> = self
            .get(s, "parameters")
            .map(|p| self.elems(p).into_iter().map(|e| self.param(e)).collect())
            .unwrap_or_default();
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            match k {
                "$ref" => {
                    let v = match c.v.as_str() {
                        Some(r) => {
                            let r = self.rewrite_ref(r, Kind::PathItem);
                            self.text(c, &r)
                        }
                        None => self.copy(c),
                    };
                    o.m.insert(k.into(), v);
                }
                "parameters" => {
                    let plain: Vec<&Param<'a>> = path_params
                        .iter()
                        .filter(|p| !matches!(p.location(), "body" | "formData"))
                        .collect();
                    if !plain.is_empty() || path_params.is_empty() {
                        let i = self.open(c);
                        let mut out = Vec::new();
                        for p in plain {
                            out.push(self.parameter(p));
                        }
                        self.close(i);
                        o.m.insert(k.into(), Value::Array(out));
                    }
                }
                _ if METHODS.contains(&k) => {
                    let v = self.operation(c, &path_params);
                    o.m.insert(k.into(), v);
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 path item; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        self.done(o)
    }

    fn operation(&mut self, s: Src<'a>, path_params: &[Param<'a>]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let strings = |v: &Value| -> std::borrow::Cow<'a, [String]> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect::<Vec<String>>()
                })
                .unwrap_or_default()
                .into()
        };
        // The global media types are borrowed, not copied per operation.
        let g: &'a Globals = self.g;
        let consumes = s.v.get("consumes").map_or_else(
            || std::borrow::Cow::Borrowed(g.consumes.as_slice()),
            strings,
        );
        let produces = s.v.get("produces").map_or_else(
            || std::borrow::Cow::Borrowed(g.produces.as_slice()),
            strings,
        );
        let own: Vec<Param<'a>> = self
            .get(s, "parameters")
            .map(|p| self.elems(p).into_iter().map(|e| self.param(e)).collect())
            .unwrap_or_default();
        // The body and form fields, path-level ones first unless the operation redefines them.
        let own_keys: Vec<(&str, &str)> = own.iter().map(Param::key).collect();
        let mut body: Option<&Param<'a>> = None;
        let mut form: Vec<&Param<'a>> = Vec::new();
        for p in path_params
            .iter()
            .filter(|p| !own_keys.contains(&p.key()))
            .chain(own.iter())
        {
            match p.location() {
                "body" => body = Some(p),
                "formData" => form.push(p),
                _ => {}
            }
        }
        if let (Some(b), false) = (body, form.is_empty()) {
            self.warn(
                "swagger2-body-and-form",
                b.at,
                "an operation with both a body parameter and formData parameters: the form fields are dropped".into(),
                "keep one of the two; Swagger 2.0 allows only one",
            );
            form.clear();
        }
        let needs_body = body.is_some() || !form.is_empty();
        let mut body_done = false;
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            match k {
                "consumes" | "produces" => {}
                "parameters" => {
                    let plain: Vec<&Param<'a>> = own
                        .iter()
                        .filter(|p| !matches!(p.location(), "body" | "formData"))
                        .collect();
                    if !plain.is_empty() {
                        let i = self.open(c);
                        let mut out = Vec::new();
                        for p in plain {
                            out.push(self.parameter(p));
                        }
                        self.close(i);
                        o.m.insert(k.into(), Value::Array(out));
                    }
                    if needs_body && !body_done {
                        body_done = true;
                        let v = self.op_body(body, &form, &consumes);
                        o.m.insert("requestBody".into(), v);
                    }
                }
                "responses" => {
                    if needs_body && !body_done {
                        body_done = true;
                        let v = self.op_body(body, &form, &consumes);
                        o.m.insert("requestBody".into(), v);
                    }
                    let v = self.responses(c, &produces);
                    o.m.insert(k.into(), v);
                }
                "schemes" => {
                    let root = Src {
                        v: &self.d.value,
                        n: 0,
                    };
                    if let Some(v) = self.servers(root, c, true) {
                        o.m.insert("servers".into(), v);
                    }
                }
                "security" => {
                    let v = self.security(c);
                    o.m.insert(k.into(), v);
                }
                "tags" | "summary" | "description" | "externalDocs" | "operationId"
                | "deprecated" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 operation; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        if needs_body && !body_done {
            let v = self.op_body(body, &form, &consumes);
            o.m.insert("requestBody".into(), v);
        }
        self.done(o)
    }

    fn op_body(
        &mut self,
        body: Option<&Param<'a>>,
        form: &[&Param<'a>],
        consumes: &[String],
    ) -> Value {
        match body {
            Some(b) => self.body_ref_or_inline(b, consumes),
            None => self.form_body(form, consumes),
        }
    }

    /// A body parameter as a request body: a ref stays a ref (to `requestBodies`).
    fn body_ref_or_inline(&mut self, p: &Param<'a>, consumes: &[String]) -> Value {
        // A shared body parameter is a `requestBodies` component with the global media
        // types; where the operation consumes others, it is inlined with those.
        let own_types = consumes != self.g.consumes.as_slice();
        if own_types && let Some(local) = p.local {
            return self.request_body(local, consumes);
        }
        if let Some(r) = p.reference {
            let mut o = self.obj(p.at);
            let r = self.rewrite_ref(r, Kind::RequestBody);
            let v = self.text(p.at, &r);
            o.m.insert("$ref".into(), v);
            return self.done(o);
        }
        self.request_body(p.at, consumes)
    }

    fn request_body(&mut self, s: Src<'a>, consumes: &[String]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let mts: Vec<String> = if consumes.is_empty() {
            vec!["application/json".into()]
        } else {
            consumes.to_vec()
        };
        let mut o = self.obj(s);
        let schema = self.get(s, "schema");
        for (k, c) in self.kids(s) {
            match k {
                "description" | "required" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                "schema" => {
                    let mut content = self.obj(c);
                    for mt in &mts {
                        let mut m = self.obj(c);
                        let v = self.schema(c, 0);
                        m.m.insert("schema".into(), v);
                        let v = self.done(m);
                        content.m.insert(mt.clone(), v);
                    }
                    let v = self.done(content);
                    o.m.insert("content".into(), v);
                }
                "name" | "in" => {}
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` has no meaning on a body parameter; it is dropped"),
                    "remove it",
                ),
            }
        }
        if schema.is_none() {
            self.warn(
                "swagger2-body-schema",
                s,
                "a body parameter without `schema`: the request body accepts anything".into(),
                "add `schema` to the body parameter",
            );
            let mut content = self.obj(s);
            for mt in &mts {
                let m = self.obj(s);
                let v = self.done(m);
                content.m.insert(mt.clone(), v);
            }
            let v = self.done(content);
            o.m.insert("content".into(), v);
        }
        self.done(o)
    }

    /// formData parameters as one form request body.
    fn form_body(&mut self, form: &[&Param<'a>], consumes: &[String]) -> Value {
        let at = form[0].at;
        let has_file = form
            .iter()
            .any(|p| p.value.and_then(|v| v.get("type")) == Some(&Value::from("file")));
        let mut mts: Vec<&str> = consumes
            .iter()
            .map(String::as_str)
            .filter(|m| crate::media::is_form_body(m))
            .collect();
        if mts.is_empty() {
            mts.push(if has_file {
                "multipart/form-data"
            } else {
                "application/x-www-form-urlencoded"
            });
        } else if has_file
            && !mts
                .iter()
                .any(|m| crate::media::essence(m) == "multipart/form-data")
        {
            self.warn(
                "swagger2-form-file",
                at,
                "a `type: file` form field, but the operation does not consume `multipart/form-data`: the body is multipart".into(),
                "add `multipart/form-data` to `consumes`",
            );
            mts = vec!["multipart/form-data"];
        }
        // Fields from other files cannot be inlined with their positions: reported.
        let mut fields: Vec<Src<'a>> = Vec::new();
        for p in form {
            match p.local {
                Some(l) => fields.push(l),
                None => self.error(
                    "swagger2-form-ref",
                    p.at,
                    "a formData parameter `$ref` into another file: its field cannot be placed in this operation's form body".into(),
                    "define the formData parameter in this file (or in its `parameters` section)",
                ),
            }
        }
        let required = form
            .iter()
            .any(|p| p.value.and_then(|v| v.get("required")) == Some(&Value::Bool(true)));
        let mut o = self.obj(at);
        let mut content = self.obj(at);
        for mt in mts {
            let mut m = self.obj(at);
            let mut schema = self.obj(at);
            let v = self.text(at, "object");
            schema.m.insert("type".into(), v);
            let mut props = self.obj(at);
            for f in &fields {
                let name = f.v.get("name").and_then(Value::as_str).unwrap_or("");
                if props.m.contains_key(name) {
                    continue;
                }
                let v = self.param_schema(*f, true);
                props.m.insert(name.into(), v);
            }
            let v = self.done(props);
            schema.m.insert("properties".into(), v);
            let req: Vec<Src<'a>> = fields
                .iter()
                .filter(|f| f.v.get("required") == Some(&Value::Bool(true)))
                .copied()
                .collect();
            if !req.is_empty() {
                let i = self.open(at);
                let mut names = Vec::new();
                for f in req {
                    let at = self.get(f, "required").unwrap_or(f);
                    let name = f.v.get("name").and_then(Value::as_str).unwrap_or("");
                    if !names.iter().any(|n: &Value| n.as_str() == Some(name)) {
                        names.push(self.text(at, name));
                    }
                }
                self.close(i);
                schema.m.insert("required".into(), Value::Array(names));
            }
            let v = self.done(schema);
            m.m.insert("schema".into(), v);
            // Array fields: the collection format as the field's encoding.
            let enc_fields: Vec<(Src<'a>, &str, &str)> = fields
                .iter()
                .filter(|f| f.v.get("type").and_then(Value::as_str) == Some("array"))
                .map(|f| {
                    let name = f.v.get("name").and_then(Value::as_str).unwrap_or("");
                    let cf =
                        f.v.get("collectionFormat")
                            .and_then(Value::as_str)
                            .unwrap_or("csv");
                    (*f, name, cf)
                })
                .filter(|(_, _, cf)| *cf != "multi")
                .collect();
            if !enc_fields.is_empty() {
                let mut enc = self.obj(at);
                for (f, name, cf) in enc_fields {
                    if enc.m.contains_key(name) {
                        continue;
                    }
                    let cat = self.get(f, "collectionFormat").unwrap_or(f);
                    let mut e = self.obj(cat);
                    self.style(&mut e, cat, cf, "formData");
                    let v = self.done(e);
                    enc.m.insert(name.into(), v);
                }
                let v = self.done(enc);
                m.m.insert("encoding".into(), v);
            }
            let v = self.done(m);
            content.m.insert(mt.into(), v);
        }
        let v = self.done(content);
        o.m.insert("content".into(), v);
        if required {
            let v = self.leaf(at, Value::Bool(true));
            o.m.insert("required".into(), v);
        }
        for f in &fields {
            if let Some(a) = self.get(*f, "allowEmptyValue") {
                self.warn(
                    "swagger2-allow-empty",
                    a,
                    "`allowEmptyValue` on a form field has no OpenAPI 3 equivalent; it is dropped"
                        .into(),
                    "describe the empty value in the field's schema (e.g. `minLength: 0`)",
                );
            }
        }
        self.done(o)
    }

    /// `style`/`explode` for `collectionFormat` `cf` of an array in `location`, into `o`.
    fn style(&mut self, o: &mut Obj, at: Src<'a>, cf: &str, location: &str) {
        let query_like = matches!(location, "query" | "formData");
        let (style, explode): (Option<&str>, Option<bool>) = match (cf, query_like) {
            ("csv", true) => (Some("form"), Some(false)),
            ("csv", false) => (None, None),
            ("multi", true) => (Some("form"), Some(true)),
            ("ssv", true) => (Some("spaceDelimited"), Some(false)),
            ("pipes", true) => (Some("pipeDelimited"), Some(false)),
            ("tsv", _) => {
                self.warn(
                    "swagger2-tsv",
                    at,
                    "`collectionFormat: tsv` has no OpenAPI 3 style: kept as the extension `x-collectionFormat: tsv`, read as comma-separated by tools that ignore it".into(),
                    "use `csv`, `ssv` or `pipes` if the server accepts it",
                );
                let v = self.text(at, "tsv");
                o.m.insert("x-collectionFormat".into(), v);
                return;
            }
            (other, _) => {
                let known = matches!(other, "csv" | "multi" | "ssv" | "pipes");
                let msg = if known {
                    format!(
                        "`collectionFormat: {other}` is not allowed in {location}: kept as the extension `x-collectionFormat`"
                    )
                } else {
                    format!(
                        "unknown `collectionFormat: {other}`: kept as the extension `x-collectionFormat`, read as comma-separated"
                    )
                };
                self.warn(
                    "swagger2-collection-format",
                    at,
                    msg,
                    "use one of csv, ssv, tsv, pipes (and multi in query or formData)",
                );
                let v = self.text(at, other);
                o.m.insert("x-collectionFormat".into(), v);
                return;
            }
        };
        if let Some(s) = style {
            let v = self.text(at, s);
            o.m.insert("style".into(), v);
        }
        if let Some(e) = explode {
            let v = self.leaf(at, Value::Bool(e));
            o.m.insert("explode".into(), v);
        }
    }

    // ---- parameters, responses, headers ------------------------------------------

    /// A non-body parameter (a ref stays a ref).
    fn parameter(&mut self, p: &Param<'a>) -> Value {
        if let Some(r) = p.reference {
            let mut o = self.obj(p.at);
            let r = self.rewrite_ref(r, Kind::Parameter);
            let v = self.text(p.at, &r);
            o.m.insert("$ref".into(), v);
            return self.done(o);
        }
        let s = p.at;
        if !s.v.is_object() {
            return self.copy(s);
        }
        let location = s.v.get("in").and_then(Value::as_str).unwrap_or("");
        let is_array = s.v.get("type").and_then(Value::as_str) == Some("array");
        let mut o = self.obj(s);
        let mut schema_done = false;
        for (k, c) in self.kids(s) {
            match k {
                "name" | "in" | "description" | "required" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                "allowEmptyValue" => {
                    if location == "query" {
                        let v = self.copy(c);
                        o.m.insert(k.into(), v);
                    } else {
                        self.warn(
                            "swagger2-allow-empty",
                            c,
                            format!("`allowEmptyValue` applies to query parameters only; dropped from this {location} parameter"),
                            "remove it",
                        );
                    }
                }
                "x-example" => {
                    if !o.m.contains_key("example") {
                        let v = self.copy(c);
                        o.m.insert("example".into(), v);
                    }
                }
                "collectionFormat" => {}
                _ if SCHEMA_KEYS.contains(&k) => {
                    if !schema_done {
                        schema_done = true;
                        if is_array {
                            let cf_at = self.get(s, "collectionFormat");
                            let cf = cf_at.and_then(|c| c.v.as_str()).unwrap_or("csv");
                            self.style(&mut o, cf_at.unwrap_or(c), cf, location);
                        }
                        let v = self.param_schema(s, false);
                        o.m.insert("schema".into(), v);
                    }
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 parameter; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        if !schema_done {
            let m = self.obj(s);
            let v = self.done(m);
            o.m.insert("schema".into(), v);
        }
        if s.v.get("type").and_then(Value::as_str) == Some("file") {
            self.warn(
                "swagger2-file",
                s,
                format!("`type: file` is only meaningful for formData parameters; this {location} parameter is read as a binary string"),
                "make it a formData parameter of a multipart/form-data operation",
            );
        }
        self.done(o)
    }

    /// The schema of a parameter, header or items object `s` (its schema keys, in order).
    /// With `with_description`, the description goes into the schema (form fields).
    fn param_schema(&mut self, s: Src<'a>, with_description: bool) -> Value {
        let first = self
            .kids(s)
            .into_iter()
            .find(|(k, _)| SCHEMA_KEYS.contains(k))
            .map_or(s, |(_, c)| c);
        let is_file = s.v.get("type").and_then(Value::as_str) == Some("file");
        let mut o = self.obj(first);
        for (k, c) in self.kids(s) {
            match k {
                "type" if is_file => {
                    let v = self.text(c, "string");
                    o.m.insert("type".into(), v);
                    if s.v.get("format").is_none() {
                        let v = self.text(c, "binary");
                        o.m.insert("format".into(), v);
                    }
                }
                "format" if is_file => {
                    let v = self.text(c, "binary");
                    o.m.insert("format".into(), v);
                }
                "items" => {
                    let v = self.items(c, 0);
                    o.m.insert(k.into(), v);
                }
                "x-nullable" if !o.m.contains_key("nullable") => {
                    let v = self.copy(c);
                    o.m.insert("nullable".into(), v);
                }
                "x-nullable" => {}
                "description" if with_description => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                "x-example" if with_description && !o.m.contains_key("example") => {
                    let v = self.copy(c);
                    o.m.insert("example".into(), v);
                }
                _ if SCHEMA_KEYS.contains(&k) => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => {}
            }
        }
        self.done(o)
    }

    /// A 2.0 items object (of a parameter or header) as a schema.
    fn items(&mut self, s: Src<'a>, depth: usize) -> Value {
        if !s.v.is_object() || s.v.get("$ref").is_some() || depth > MAX_DEPTH {
            return self.schema(s, depth);
        }
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            match k {
                "items" => {
                    let v = self.items(c, depth + 1);
                    o.m.insert(k.into(), v);
                }
                "collectionFormat" => {
                    if c.v.as_str() != Some("csv") {
                        self.warn(
                            "swagger2-collection-format",
                            c,
                            "a nested `collectionFormat` (of an array inside an array) has no OpenAPI 3 style: kept as the extension `x-collectionFormat`".into(),
                            "flatten the parameter, or describe the format in the description",
                        );
                    }
                    let v = self.copy(c);
                    o.m.insert("x-collectionFormat".into(), v);
                }
                "x-nullable" => {
                    if !o.m.contains_key("nullable") {
                        let v = self.copy(c);
                        o.m.insert("nullable".into(), v);
                    }
                }
                "type" if c.v.as_str() == Some("file") => {
                    let v = self.text(c, "string");
                    o.m.insert("type".into(), v);
                    if s.v.get("format").is_none() {
                        let v = self.text(c, "binary");
                        o.m.insert("format".into(), v);
                    }
                }
                _ => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
            }
        }
        self.done(o)
    }

    fn responses(&mut self, s: Src<'a>, produces: &[String]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            let v = if k.starts_with("x-") {
                self.copy(c)
            } else {
                self.response(c, produces)
            };
            o.m.insert(k.into(), v);
        }
        self.done(o)
    }

    fn response(&mut self, s: Src<'a>, produces: &[String]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        if let Some(r) = s.v.get("$ref").and_then(Value::as_str) {
            // A shared response is a component with the global media types; where the
            // operation produces others, it is inlined with those (as shared bodies are).
            if produces != self.g.produces.as_slice()
                && let Some(target) = self.local_response(r)
            {
                return self.response(target, produces);
            }
            let at = self.get(s, "$ref").unwrap_or(s);
            let mut o = self.obj(s);
            let r = self.rewrite_ref(r, Kind::Response);
            let v = self.text(at, &r);
            o.m.insert("$ref".into(), v);
            return self.done(o);
        }
        let schema = self.get(s, "schema");
        let examples = self.get(s, "examples");
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            match k {
                "description" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                "headers" => {
                    let mut h = self.obj(c);
                    for (name, hs) in self.kids(c) {
                        let v = self.header(hs);
                        h.m.insert(name.into(), v);
                    }
                    let v = self.done(h);
                    o.m.insert(k.into(), v);
                }
                "schema" | "examples" => {
                    if !o.m.contains_key("content") {
                        let v = self.response_content(schema, examples, produces, c);
                        o.m.insert("content".into(), v);
                    }
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 response; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        self.done(o)
    }

    /// The response a `$ref` found in this document reaches, when it is in this document,
    /// has content to write (`schema` or `examples`) and is not itself a ref.
    fn local_response(&self, r: &str) -> Option<Src<'a>> {
        let set: &'a DocSet = self.set;
        let t = set.resolve_loaded(self.doc, "", r).ok()?;
        if t.doc != self.doc {
            return None;
        }
        let (n, v) = set.docs[t.doc].find(&t.pointer)?;
        let m = v.as_object()?;
        let has_content = m.contains_key("schema") || m.contains_key("examples");
        (has_content && !m.contains_key("$ref")).then_some(Src { v, n })
    }

    fn response_content(
        &mut self,
        schema: Option<Src<'a>>,
        examples: Option<Src<'a>>,
        produces: &[String],
        at: Src<'a>,
    ) -> Value {
        let examples: Vec<(&'a str, Src<'a>)> = examples.map(|e| self.kids(e)).unwrap_or_default();
        let mut mts: Vec<String> = Vec::new();
        if schema.is_some() {
            if produces.is_empty() {
                mts.push("application/json".into());
            } else {
                mts.extend(produces.iter().cloned());
            }
        }
        for (mt, _) in &examples {
            if !mts.iter().any(|m| m == mt) {
                mts.push((*mt).to_string());
            }
        }
        let mut content = self.obj(at);
        for mt in mts {
            let ex = examples.iter().find(|(m, _)| *m == mt).map(|(_, e)| *e);
            let mut m = self.obj(schema.or(ex).unwrap_or(at));
            if let Some(sc) = schema {
                let v = self.schema(sc, 0);
                m.m.insert("schema".into(), v);
            }
            if let Some(e) = ex {
                let v = self.copy(e);
                m.m.insert("example".into(), v);
            }
            let v = self.done(m);
            content.m.insert(mt, v);
        }
        self.done(content)
    }

    fn header(&mut self, s: Src<'a>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let is_array = s.v.get("type").and_then(Value::as_str) == Some("array");
        let mut o = self.obj(s);
        let mut schema_done = false;
        for (k, c) in self.kids(s) {
            match k {
                "description" => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                "collectionFormat" => {}
                "x-example" => {
                    if !o.m.contains_key("example") {
                        let v = self.copy(c);
                        o.m.insert("example".into(), v);
                    }
                }
                _ if SCHEMA_KEYS.contains(&k) => {
                    if !schema_done {
                        schema_done = true;
                        if is_array && let Some(cf) = self.get(s, "collectionFormat") {
                            let f = cf.v.as_str().unwrap_or("csv");
                            self.style(&mut o, cf, f, "header");
                        }
                        let v = self.param_schema(s, false);
                        o.m.insert("schema".into(), v);
                    }
                }
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 header; it is dropped"),
                    "remove it, or prefix it with `x-` to keep it as an extension",
                ),
            }
        }
        if !schema_done {
            let m = self.obj(s);
            let v = self.done(m);
            o.m.insert("schema".into(), v);
        }
        self.done(o)
    }

    fn security_scheme(&mut self, s: Src<'a>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let ty = s.v.get("type").and_then(Value::as_str).unwrap_or("");
        let flow = s.v.get("flow").and_then(Value::as_str).unwrap_or("");
        let mut o = self.obj(s);
        for (k, c) in self.kids(s) {
            match (k, ty) {
                ("type", "basic") => {
                    let v = self.text(c, "http");
                    o.m.insert("type".into(), v);
                    let v = self.text(c, "basic");
                    o.m.insert("scheme".into(), v);
                }
                ("type" | "description", _) | ("name" | "in", "apiKey") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                ("flow", "oauth2") => {
                    let name = match flow {
                        "implicit" => "implicit",
                        "password" => "password",
                        "application" => "clientCredentials",
                        "accessCode" => "authorizationCode",
                        other => {
                            self.warn(
                                "swagger2-oauth-flow",
                                c,
                                format!("unknown OAuth2 flow `{other}`: the scheme gets no flow"),
                                "use implicit, password, application or accessCode",
                            );
                            continue;
                        }
                    };
                    let mut flows = self.obj(c);
                    let mut f = self.obj(c);
                    for key in ["authorizationUrl", "tokenUrl", "scopes"] {
                        match self.get(s, key) {
                            Some(u) => {
                                let v = self.copy(u);
                                f.m.insert(key.into(), v);
                            }
                            None if key == "scopes" => {
                                let m = self.obj(c);
                                let v = self.done(m);
                                f.m.insert(key.into(), v);
                            }
                            None => {}
                        }
                    }
                    let v = self.done(f);
                    flows.m.insert(name.into(), v);
                    let v = self.done(flows);
                    o.m.insert("flows".into(), v);
                }
                ("authorizationUrl" | "tokenUrl" | "scopes", "oauth2") => {}
                _ if k.starts_with("x-") => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 `{ty}` security scheme; it is dropped"),
                    "remove it",
                ),
            }
        }
        self.done(o)
    }

    // ---- schemas -----------------------------------------------------------------

    fn schema(&mut self, s: Src<'a>, depth: usize) -> Value {
        if !s.v.is_object() || depth > MAX_DEPTH {
            return self.copy(s);
        }
        let is_file = s.v.get("type").and_then(Value::as_str) == Some("file");
        let mut o = self.obj(s);
        if s.v.get("$ref").is_some() && s.v.get("x-nullable") == Some(&Value::Bool(true)) {
            // `$ref` + `x-nullable: true` (go-swagger's "this, or null"): a ref's siblings
            // are ignored, so the ref moves into `allOf` and `nullable` applies to it.
            for (k, c) in self.kids(s) {
                match k {
                    "$ref" => {
                        let i = self.open(c);
                        let mut inner = self.obj(c);
                        let v = match c.v.as_str() {
                            Some(r) => {
                                let r = self.rewrite_ref(r, Kind::Schema);
                                self.text(c, &r)
                            }
                            None => self.copy(c),
                        };
                        inner.m.insert("$ref".into(), v);
                        let v = self.done(inner);
                        self.close(i);
                        o.m.insert("allOf".into(), Value::Array(vec![v]));
                    }
                    "x-nullable" | "nullable" => {
                        if !o.m.contains_key("nullable") {
                            let v = self.copy(c);
                            o.m.insert("nullable".into(), v);
                        }
                    }
                    "allOf" => {}
                    _ => {
                        let v = self.copy(c);
                        o.m.insert(k.into(), v);
                    }
                }
            }
            return self.done(o);
        }
        for (k, c) in self.kids(s) {
            match k {
                "$ref" => {
                    let v = match c.v.as_str() {
                        Some(r) => {
                            let r = self.rewrite_ref(r, Kind::Schema);
                            self.text(c, &r)
                        }
                        None => self.copy(c),
                    };
                    o.m.insert(k.into(), v);
                }
                "type" if is_file => {
                    let v = self.text(c, "string");
                    o.m.insert("type".into(), v);
                    if s.v.get("format").is_none() {
                        let v = self.text(c, "binary");
                        o.m.insert("format".into(), v);
                    }
                }
                "format" if is_file => {
                    let v = self.text(c, "binary");
                    o.m.insert("format".into(), v);
                }
                "x-nullable" => {
                    if s.v.get("nullable").is_none() {
                        let v = self.copy(c);
                        o.m.insert("nullable".into(), v);
                    }
                }
                "discriminator" => {
                    let v = match c.v.as_str() {
                        Some(name) => {
                            let mut d = self.obj(c);
                            let v = self.text(c, name);
                            d.m.insert("propertyName".into(), v);
                            self.done(d)
                        }
                        None => self.copy(c),
                    };
                    o.m.insert(k.into(), v);
                }
                "collectionFormat" => {
                    self.warn(
                        "swagger2-collection-format",
                        c,
                        "`collectionFormat` has no meaning in a schema: kept as the extension `x-collectionFormat`".into(),
                        "remove it",
                    );
                    let v = self.copy(c);
                    o.m.insert("x-collectionFormat".into(), v);
                }
                "properties" | "patternProperties" | "definitions" => {
                    let v = if c.v.is_object() {
                        let mut m = self.obj(c);
                        for (name, p) in self.kids(c) {
                            let v = self.schema(p, depth + 1);
                            m.m.insert(name.into(), v);
                        }
                        self.done(m)
                    } else {
                        self.copy(c)
                    };
                    o.m.insert(k.into(), v);
                }
                "items" | "additionalProperties" | "not" | "additionalItems" => {
                    let v = match c.v {
                        Value::Array(_) => {
                            self.warn(
                                "swagger2-tuple-items",
                                c,
                                "`items` as a list (a tuple, allowed by the 2.0 JSON Schema) has no OpenAPI 3.0 form: it is read as JSON Schema's tuple (3.1 `prefixItems`), and a 3.0 conversion keeps it as written".into(),
                                "use `items: {...}` (one schema), or convert with `--to 3.1`",
                            );
                            self.schema_list(c, depth)
                        }
                        _ => self.schema(c, depth + 1),
                    };
                    o.m.insert(k.into(), v);
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let v = self.schema_list(c, depth);
                    o.m.insert(k.into(), v);
                }
                _ => {
                    let v = self.copy(c);
                    o.m.insert(k.into(), v);
                }
            }
        }
        self.done(o)
    }

    fn schema_list(&mut self, s: Src<'a>, depth: usize) -> Value {
        if !s.v.is_array() {
            return self.copy(s);
        }
        let i = self.open(s);
        let mut out = Vec::new();
        for e in self.elems(s) {
            out.push(self.schema(e, depth + 1));
        }
        self.close(i);
        Value::Array(out)
    }
}

/// The key `name` gets among the keys `taken` says exist: [`component_key`], with a
/// `_2`, `_3`... suffix when that is taken (then `true`).
fn assign_key(name: &str, taken: impl Fn(&str) -> bool) -> (String, bool) {
    let k = component_key(name);
    if !taken(&k) {
        return (k.into_owned(), false);
    }
    let mut i = 2;
    while taken(&format!("{k}_{i}")) {
        i += 1;
    }
    (format!("{k}_{i}"), true)
}

/// The renamed security scheme names of a 2.0 document (2.0 name → component key), as
/// `components` assigns them; empty when every name is a valid key (the common case).
fn scheme_keys(root: &Value) -> HashMap<String, String> {
    let Some(defs) = root.get("securityDefinitions").and_then(Value::as_object) else {
        return HashMap::new();
    };
    if defs
        .keys()
        .all(|n| matches!(component_key(n), std::borrow::Cow::Borrowed(_)))
    {
        return HashMap::new();
    }
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out = HashMap::new();
    for name in defs.keys() {
        let (k, _) = assign_key(name, |k| taken.contains(k));
        taken.insert(k.clone());
        if k != *name {
            out.insert(name.clone(), k);
        }
    }
    out
}

/// A 2.0 component name as an OpenAPI 3 component key (`^[a-zA-Z0-9._-]+$`): other
/// characters become `_` (2.0 allows any name; `trait:paging:limit` is common).
pub(crate) fn component_key(name: &str) -> std::borrow::Cow<'_, str> {
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    // Every allowed character is one ASCII byte, so checking bytes is checking characters.
    if !name.is_empty() && name.bytes().all(|b| ok(char::from(b))) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out: String = name.chars().map(|c| if ok(c) { c } else { '_' }).collect();
    if out.is_empty() {
        out.push('_');
    }
    std::borrow::Cow::Owned(out)
}

/// A pointer into an upgraded 2.0 document, for a ref used as `kind`.
fn map_pointer(frag: &str, kind: Kind) -> String {
    let swap = |prefix: &str, to: &str| {
        frag.strip_prefix(prefix).map(|rest| {
            let (name, tail) = match rest.find('/') {
                Some(i) => (&rest[..i], &rest[i..]),
                None => (rest, ""),
            };
            if prefix == "/securityDefinitions/" {
                return format!("{to}{rest}");
            }
            let name = crate::pointer::unescape(name);
            let key = component_key(&name);
            let mut out = String::with_capacity(to.len() + key.len() + tail.len());
            out.push_str(to);
            out.push_str(&key);
            out.push_str(tail);
            out
        })
    };
    let params_to = if kind == Kind::RequestBody {
        "/components/requestBodies/"
    } else {
        "/components/parameters/"
    };
    swap("/definitions/", "/components/schemas/")
        .or_else(|| swap("/parameters/", params_to))
        .or_else(|| swap("/responses/", "/components/responses/"))
        .or_else(|| swap("/securityDefinitions/", "/components/securitySchemes/"))
        .unwrap_or_else(|| frag.to_string())
}
