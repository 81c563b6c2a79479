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
use crate::source::{NodePointers, PosIndex};
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
    /// The 2.0 tree as parsed, but for the subtrees the upgrade moved into the 3.0 tree
    /// (`definitions` of a JSON document, see [`Conv::schema_mut`]): those are `null`.
    pub value: Value,
    /// Whether subtrees were moved out of `value`.
    pub moved: bool,
    /// The whole 2.0 tree, parsed again from `text` (with the load's `limits`) the first
    /// time it is asked for when `moved` (only `validate` asks, for the Swagger 2.0
    /// meta-schema).
    pub whole: std::sync::OnceLock<Value>,
    pub limits: crate::source::Limits,
    /// Its position index.
    pub pos: PosIndex,
    /// Per pre-order node of the 3.0 tree: the pre-order node of the 2.0 tree it came from.
    pub origin: Vec<u32>,
    /// The 2.0 file's text (the document's), where 2.0 pointers read their keys.
    pub text: std::sync::Arc<str>,
    /// The part of the 3.0 tree whose paths are the 2.0 paths (see [`Direct`]).
    pub direct: Option<Direct>,
}

/// The definitions upgraded in place ([`Conv::schema_mut`]) kept their keys: below
/// `/components/schemas`, a 3.0 node's path is its 2.0 node's below `/definitions`, except
/// in the objects that were rebuilt. The IR build asks for the 2.0 pointer of most schema
/// nodes; these need no walk.
#[derive(Debug)]
pub(crate) struct Direct {
    /// The 3.0 nodes of `components/schemas` (pre-order numbers, end excluded).
    pub range: (u32, u32),
    /// Subtrees in it that were rebuilt, in order.
    pub rebuilt: Vec<(u32, u32)>,
}

impl Origin {
    /// The 2.0 tree as written.
    pub(crate) fn original(&self) -> &Value {
        if !self.moved {
            return &self.value;
        }
        self.whole.get_or_init(|| {
            // It parsed with these limits once; a failure now would be a bug, and leaves
            // `validate` only the moved subtrees missing (reported by the meta-schema).
            crate::source::parse_auto(&self.text, &self.limits)
                .map_or_else(|_| self.value.clone(), |p| p.value)
        })
    }

    /// The 2.0 node that 3.0 node `node` came from.
    pub(crate) fn source_node(&self, node: u32) -> Option<u32> {
        self.origin.get(node as usize).copied()
    }

    /// The 2.0 pointer of the 2.0 node that 3.0 node `node` came from. For many nodes,
    /// use [`Origin::pointers`].
    pub(crate) fn source_pointer(&self, node: u32) -> Option<String> {
        let node = self.source_node(node)?;
        NodePointers::once_over_text(&self.value, &self.pos, &self.text).pointer(node)
    }

    /// The 2.0 pointer of 3.0 node `node`, whose pointer is `pointer`, when it follows from
    /// that pointer (see [`Direct`]).
    pub(crate) fn direct_pointer(&self, node: u32, pointer: &str) -> Option<String> {
        let d = self.direct.as_ref()?;
        if node < d.range.0 || node >= d.range.1 {
            return None;
        }
        let k = d.rebuilt.partition_point(|r| r.0 <= node);
        if k > 0 && node < d.rebuilt[k - 1].1 {
            return None;
        }
        let rest = pointer.strip_prefix("/components/schemas")?;
        (rest.is_empty() || rest.starts_with('/')).then(|| format!("/definitions{rest}"))
    }

    /// Pointers of 2.0 nodes, for a run of questions (see [`NodePointers`]).
    pub(crate) fn pointers(&self) -> NodePointers<'_> {
        NodePointers::over_text(&self.value, &self.pos, &self.text)
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

/// Objects up to this size are searched by comparing keys, not by hashing (SipHash of the
/// key costs more than comparing a handful of short keys).
const SMALL: usize = 12;

/// Member `key` of `v` when it is an object (see [`SMALL`]).
fn field<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    let m = v.as_object()?;
    if m.len() <= SMALL {
        m.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        m.get(key)
    }
}

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
    let (mut defs, mut paths) = take_members(set);
    let moved = defs.is_some() || paths.is_some();
    let mut wants: Vec<HashMap<String, Kind>> = vec![HashMap::new(); n];
    type Done = (Value, Vec<(u32, u32, u32)>, Vec<u32>, Option<Direct>);
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
            let (value, raw, origin, d, out_wants, direct) = {
                let mut c = Conv::new(set, i, &globals, &full, &wants[i]);
                if i == 0 {
                    c.defs = defs.take();
                    c.paths = paths.take();
                }
                let root = Src {
                    v: &set.docs[i].value,
                    n: 0,
                };
                let value = if full[i] {
                    c.full(root)
                } else {
                    c.fragment(root, &mut String::new(), 0)
                };
                (value, c.raw, c.origin, c.diags, c.wants, c.direct)
            };
            results[i] = Some((value, raw, origin, direct));
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
        if let Some((value, raw, origin, direct)) = r {
            let pos = PosIndex::from_raw(raw, &set.docs[i].pos);
            set.install_upgrade(i, value, pos, origin, moved && i == 0, direct);
        }
    }
    diags.into_iter().flatten().collect()
}

/// The root's `definitions` and `paths`, taken out of its 2.0 tree: the definitions are
/// upgraded in place (moved into the 3.0 tree instead of rebuilt: on Kubernetes, 17,000 of
/// the 86,700 nodes the upgrade makes), each path item is freed once it is upgraded (its
/// memory is then reused by the next ones' 3.0 nodes instead of new pages). Only when
/// nothing will look for them in the 2.0 tree: a JSON document (its 2.0 pointers are read
/// from the text), alone (no other file's refs resolve into it), not shared. `None`
/// otherwise, and the upgrade copies them as it does everything else.
fn take_members(set: &mut DocSet) -> (Option<Value>, Option<Value>) {
    if set.docs.len() != 1 || !set.docs[0].pos.byte_offsets() {
        return (None, None);
    }
    let Some(root) =
        std::sync::Arc::get_mut(&mut set.docs[0]).and_then(|d| d.value.as_object_mut())
    else {
        return (None, None);
    };
    let mut take = |key: &str| {
        let v = root.get_mut(key)?;
        v.is_object().then(|| std::mem::take(v))
    };
    (take("definitions"), take("paths"))
}

/// Where a parameter ref leads: document, pre-order node there, value.
type ParamTarget<'a> = (usize, u32, &'a Value);

/// A parameter ref followed from a document: that document, and where it led (`None`:
/// nowhere).
type ParamHit<'a> = (usize, Option<ParamTarget<'a>>);

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
    /// Parameter refs already followed: ref → per document it was followed from, (target
    /// document, its node there, its value), or `None` when it does not resolve. Big specs
    /// refer to the same shared parameters from thousands of operations.
    param_refs: RefCell<FxHashMap<String, Vec<ParamHit<'a>>>>,
    /// Security scheme names that are not valid component keys, and their keys.
    scheme_keys: HashMap<String, String>,
    /// Local refs already rewritten, by ref and by what they were used as ([`Kind`]).
    local_refs: FxHashMap<String, [Option<String>; 5]>,
    /// `{$ref}` objects made for local refs, by the same keys: Kubernetes's operations
    /// refer to a few dozen shared parameters 6,800 times, and a copy of a made map
    /// keeps its hash table.
    ref_objects: FxHashMap<String, [Option<Value>; 5]>,
    /// The root's `definitions`, taken out of the 2.0 tree to be upgraded in place.
    defs: Option<Value>,
    /// The root's `paths`, taken out of the 2.0 tree (see `take_members`).
    paths: Option<Value>,
    /// Where they went in the 3.0 tree, when their paths stayed the 2.0 ones.
    direct: Option<Direct>,
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
        self.value
            .and_then(|v| field(v, key))
            .and_then(Value::as_str)
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
            raw: Vec::with_capacity(d.pos.len() + d.pos.len() / 4),
            origin: Vec::with_capacity(d.pos.len() + d.pos.len() / 4),
            diags: Vec::new(),
            wants: Vec::new(),
            param_refs: RefCell::new(FxHashMap::default()),
            local_refs: FxHashMap::default(),
            ref_objects: FxHashMap::default(),
            defs: None,
            paths: None,
            direct: None,
            scheme_keys: if full.get(doc).copied().unwrap_or(false) {
                scheme_keys(&d.value)
            } else {
                HashMap::new()
            },
        }
    }

    // ---- 2.0 tree navigation -------------------------------------------------------

    /// The members of object `s` with their node numbers, in order (none for a
    /// non-object). Borrows only the 2.0 tree, so the loop body may emit.
    fn kids<'s>(&self, s: Src<'s>) -> impl Iterator<Item = (&'s str, Src<'s>)> + use<'a, 's> {
        let members = s.v.as_object().into_iter().flat_map(|m| m.iter());
        let pos: &'a PosIndex = self.pos;
        pos.numbered(s.n, members)
            .map(|(n, (k, v))| (k.as_str(), Src { v, n }))
    }

    /// The elements of array `s` with their node numbers (none for a non-array).
    fn elems<'s>(&self, s: Src<'s>) -> impl Iterator<Item = Src<'s>> + use<'a, 's> {
        let items = s.v.as_array().into_iter().flat_map(|a| a.iter());
        let pos: &'a PosIndex = self.pos;
        pos.numbered(s.n, items).map(|(n, v)| Src { v, n })
    }

    /// Member `key` of object `s`.
    fn get<'s>(&self, s: Src<'s>, key: &str) -> Option<Src<'s>> {
        let m = s.v.as_object()?;
        let (i, v) = if m.len() <= SMALL {
            m.iter()
                .enumerate()
                .find(|(_, (k, _))| k.as_str() == key)
                .map(|(i, (_, v))| (i, v))?
        } else {
            let v = m.get(key)?;
            (m.keys().position(|k| k == key)?, v)
        };
        let n = self.pos.child(s.n as usize, i)?;
        Some(Src { v, n: n as u32 })
    }

    /// The 2.0 pointer of node `n` (from the text: the tree may lack moved subtrees).
    fn pointer(&self, n: u32) -> String {
        NodePointers::once_over_text(&self.d.value, self.pos, &self.d.text)
            .pointer(n)
            .unwrap_or_default()
    }

    fn warn(&mut self, code: &'static str, at: Src<'_>, msg: String, help: &str) {
        self.report(Diagnostic::warning(code, msg), at.n, help);
    }

    fn error(&mut self, code: &'static str, at: Src<'_>, msg: String, help: &str) {
        self.report(Diagnostic::error(code, msg), at.n, help);
    }

    /// `d` located at 2.0 node `n` (its line and column from the index, which holds every
    /// node, moved or not).
    fn report(&mut self, d: Diagnostic, n: u32, help: &str) {
        let (line, col) = self.d.position(n);
        let ptr = self.pointer(n);
        let d = d
            .at(&self.d.display_name, &ptr, line, col)
            .with_help(help.to_string());
        self.diags.push(d);
    }

    // ---- 3.0 tree emission ---------------------------------------------------------

    fn open(&mut self, at: Src<'_>) -> usize {
        self.open_n(at.n)
    }

    /// Open a node emitted from 2.0 node `n`.
    fn open_n(&mut self, n: u32) -> usize {
        let (line, col) = self.pos.raw(n);
        self.raw.push((line, col, 0));
        self.origin.push(n);
        self.raw.len() - 1
    }

    fn close(&mut self, i: usize) {
        let end = self.raw.len() as u32;
        if let Some(e) = self.raw.get_mut(i) {
            e.2 = end;
        }
    }

    /// A scalar (or any value without children) placed at `at`.
    fn leaf(&mut self, at: Src<'_>, v: Value) -> Value {
        let i = self.open(at);
        self.close(i);
        debug_assert!(match &v {
            Value::Object(m) => m.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => true,
        });
        v
    }

    fn text(&mut self, at: Src<'_>, s: &str) -> Value {
        self.leaf(at, Value::String(s.to_string()))
    }

    /// `s`'s subtree as it is (its index entries are contiguous, so they are copied).
    fn copy(&mut self, s: Src<'_>) -> Value {
        self.copy_index(s.n);
        s.v.clone()
    }

    /// The index entries of 2.0 node `n`'s subtree, for that subtree kept as it is.
    fn copy_index(&mut self, n: u32) {
        let end = self.pos.end(n).max(n + 1);
        let base = self.raw.len() as i64 - i64::from(n);
        for node in n..end {
            let (line, col) = self.pos.raw(node);
            let e = i64::from(self.pos.end(node)) + base;
            self.raw
                .push((line, col, u32::try_from(e).unwrap_or(u32::MAX)));
            self.origin.push(node);
        }
    }

    /// Schema `sc` for one of the media types it is written under: converted for the
    /// first (kept in `first` unless `last`), copied for the others (the same value,
    /// positions and origins; a cloned map keeps its hash table, so a copy skips the
    /// conversion and the key hashing). The caller emits nothing else in between.
    fn schema_per_media_type(
        &mut self,
        sc: Src<'_>,
        first: &mut Option<((usize, usize), Value)>,
        last: bool,
    ) -> Value {
        match first {
            None => {
                let from = self.raw.len();
                let v = self.schema(sc, 0);
                if !last {
                    *first = Some(((from, self.raw.len()), v.clone()));
                }
                v
            }
            Some((range, v)) => {
                self.copy_entries(*range);
                if last { std::mem::take(v) } else { v.clone() }
            }
        }
    }

    /// Append a copy of index entries `from..to` (a subtree emitted earlier).
    fn copy_entries(&mut self, (from, to): (usize, usize)) {
        let to = to.min(self.raw.len());
        let from = from.min(to);
        let shift = i64::try_from(self.raw.len()).unwrap_or(i64::MAX) - from as i64;
        self.raw.reserve(to - from);
        self.origin.reserve(to - from);
        for i in from..to {
            let (line, col, end) = self.raw[i];
            let end = u32::try_from(i64::from(end) + shift).unwrap_or(u32::MAX);
            self.raw.push((line, col, end));
            self.origin.push(self.origin[i]);
        }
    }

    fn obj(&mut self, at: Src<'_>) -> Obj {
        Obj {
            at: self.open(at),
            m: Map::new(),
        }
    }

    /// An object that will have `n` members. Sized up front: a map grown from empty keeps
    /// room for three members, and the upgrade of a big spec makes tens of thousands of
    /// one-member objects (`{$ref}`, a media type's `{schema}`): Kubernetes's 3.0 tree
    /// took 4 MB more than its members need.
    fn obj_sized(&mut self, at: Src<'_>, n: usize) -> Obj {
        Obj {
            at: self.open(at),
            m: Map::with_capacity(n),
        }
    }

    /// An object with room for as many members as `at` has (most 3.0 objects have the
    /// members of the 2.0 object they come from; growing the map step by step rehashes).
    fn obj_like(&mut self, at: Src<'_>) -> Obj {
        let n = at.v.as_object().map_or(0, |m| m.len());
        Obj {
            at: self.open(at),
            m: Map::with_capacity(n),
        }
    }

    fn done(&mut self, o: Obj) -> Value {
        self.close(o.at);
        Value::Object(o.m)
    }

    /// Member `k` of `o`: node `c` as it is.
    fn keep(&mut self, o: &mut Obj, k: &str, c: Src<'_>) {
        let v = self.copy(c);
        o.m.insert(k.into(), v);
    }

    /// A member no rule of the object took: an extension (`x-`) is kept as it is, anything
    /// else is dropped with a warning that it is not `what` ("a field of a Swagger 2.0
    /// operation").
    fn extension_or_unknown(&mut self, o: &mut Obj, k: &str, c: Src<'_>, what: &str) {
        if k.starts_with("x-") {
            self.keep(o, k, c);
        } else {
            self.warn(
                "swagger2-unknown",
                c,
                format!("`{k}` is not {what}; it is dropped"),
                "remove it, or prefix it with `x-` to keep it as an extension",
            );
        }
    }

    // ---- refs ----------------------------------------------------------------------

    /// The value of a `$ref` member `c`: the ref rewritten (what it reaches is used as
    /// `kind`), or, when it is not a string, `c` as it is (the build reports it).
    fn ref_value(&mut self, c: Src<'_>, kind: Kind) -> Value {
        match c.v.as_str() {
            Some(r) => {
                let r = self.rewrite_ref(r, kind);
                self.leaf(c, Value::String(r))
            }
            None => self.copy(c),
        }
    }

    /// The ref string `r` (found in this document) rewritten for the upgraded documents,
    /// recording fragment nodes it reaches as `kind`.
    fn rewrite_ref(&mut self, r: &str, kind: Kind) -> String {
        let (file, frag) = r.split_once('#').unwrap_or((r, ""));
        if file.is_empty() && self.full.get(self.doc).copied().unwrap_or(false) {
            // A local ref in a whole 2.0 document (the common case; big specs write the
            // same few hundred refs thousands of times, so each is mapped once).
            if let Some(Some(done)) = self.local_refs.get(r).map(|k| &k[kind as usize]) {
                return done.clone();
            }
            let mut out = String::with_capacity(r.len() + 16);
            out.push('#');
            out.push_str(&map_pointer(frag, kind));
            self.local_refs.entry(r.to_string()).or_default()[kind as usize] = Some(out.clone());
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

    /// The object `{$ref: r}` at `at` (its string at `str_at`), `r` rewritten (what it
    /// reaches is used as `kind`).
    fn ref_object(&mut self, at: Src<'_>, str_at: Src<'_>, r: &str, kind: Kind) -> Value {
        let i = self.open(at);
        let j = self.open(str_at);
        self.close(j);
        self.close(i);
        let local = r.starts_with('#') && self.full.get(self.doc).copied().unwrap_or(false);
        if local && let Some(Some(v)) = self.ref_objects.get(r).map(|k| &k[kind as usize]) {
            return v.clone();
        }
        let mut m = Map::with_capacity(1);
        m.insert("$ref".into(), Value::String(self.rewrite_ref(r, kind)));
        let v = Value::Object(m);
        if local {
            self.ref_objects.entry(r.to_string()).or_default()[kind as usize] = Some(v.clone());
        }
        v
    }

    /// Follow a parameter list entry's `$ref`s (up to a few hops).
    fn param<'s>(&self, at: Src<'s>) -> Param<'s>
    where
        'a: 's,
    {
        let mut p = Param {
            at,
            local: Some(at),
            value: Some(at.v),
            reference: None,
        };
        let (mut doc, mut v) = (self.doc, at.v);
        for _ in 0..8 {
            let Some(r) = field(v, "$ref").and_then(Value::as_str) else {
                break;
            };
            if p.reference.is_none() {
                p.reference = Some(r);
            }
            let known = self
                .param_refs
                .borrow()
                .get(r)
                .and_then(|t| t.iter().find(|(d, _)| *d == doc).map(|(_, hit)| *hit));
            let hit = match known {
                Some(hit) => hit,
                None => {
                    let set: &'a DocSet = self.set;
                    let hit = set.resolve_loaded(doc, "", r).ok().and_then(|t| {
                        let (node, tv) = set.docs[t.doc].find(&t.pointer)?;
                        Some((t.doc, node, tv))
                    });
                    self.param_refs
                        .borrow_mut()
                        .entry(r.to_string())
                        .or_default()
                        .push((doc, hit));
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
