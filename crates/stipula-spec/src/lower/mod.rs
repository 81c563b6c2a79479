//! Building the IR from parsed documents.
//!
//! Schemas are built from a work queue, never by recursion: a subschema or a `$ref` target
//! gets an id (a placeholder) the first time it is seen and is filled in when its turn
//! comes. So ref cycles terminate, shared schemas are built once, and a hostile chain of a
//! million refs cannot overflow the stack. Ids are handed out in a fixed keyword order, so
//! two documents that mean the same thing get the same ids.

use crate::diag::{Diagnostic, LoadError, Severity};
use crate::docs::{DocSet, Document, Miss, Target, external_name};
use crate::ir::*;
use crate::pointer::join;
use crate::source::NodePointers;
use crate::{LoadOptions, Loaded};
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{Map as JMap, Value};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

mod document;
mod operations;
mod schemas;

/// How many times the build may be re-run to load files that only the build found refs to
/// (`DocSet::preload` finds refs by a syntactic walk first, so one run is the rule).
const MAX_BUILD_ROUNDS: usize = 16;

pub(crate) fn build(mut docs: DocSet, _opts: &LoadOptions) -> Result<Loaded, LoadError> {
    // Every file a ref names is loaded before the build starts, so the builder can borrow
    // the documents and keep references into their trees instead of re-walking pointers.
    docs.preload();
    // Swagger 2.0 documents are upgraded to 3.0 trees (2.0 positions kept) first.
    let upgrade_diags = crate::swagger2::upgrade(&mut docs);
    let openapi = detect_version(&docs.docs[0])?;
    let mut round = 0;
    loop {
        round += 1;
        let (spec, diagnostics, missing) = {
            let mut b = Builder::new(&docs, openapi.minor == 0, round == MAX_BUILD_ROUNDS);
            let spec = b.spec(openapi);
            (spec, b.diags, b.missing)
        };
        if missing.is_empty() {
            let mut all = upgrade_diags;
            all.extend(diagnostics);
            return Ok(Loaded {
                spec,
                docs,
                diagnostics: all,
            });
        }
        for (from, ptr, reference) in missing {
            // Loads the file or records why it cannot be loaded; the next round reports it.
            let _ = docs.resolve(from, &ptr, &reference);
        }
        docs.preload();
    }
}

/// A node of a parsed document: its value and its pre-order number in the document's
/// position index (for line/column).
#[derive(Clone, Copy)]
struct Node<'a> {
    doc: usize,
    v: &'a Value,
    pos: u32,
}

/// Identity of a JSON node: its address (the documents are not mutated while building).
fn addr(v: &Value) -> usize {
    std::ptr::from_ref(v) as usize
}

/// The outcome of following pure `$ref`s from a schema node.
enum Chase<'a> {
    /// A schema node without an id yet; its pointer when it differs from the start's.
    Found(Node<'a>, Option<Rc<str>>),
    /// The chain ends at a schema that already has an id.
    Known(SchemaId),
    /// The chain is broken (reported).
    Failed,
}

fn detect_version(root: &Document) -> Result<OpenApiVersion, LoadError> {
    let fail = |msg: String, ptr: &str, help: &str| {
        LoadError::one(
            root.diag(Diagnostic::error("openapi-version", msg), ptr)
                .with_help(help.to_string()),
        )
    };
    let Some(obj) = root.value.as_object() else {
        return Err(fail(
            "the document is not an object: an OpenAPI document is a map with `openapi`, `info`, `paths`...".into(),
            "",
            "check that this is the right file",
        ));
    };
    if root.is_swagger2() {
        // Upgraded to a 3.0 tree by `swagger2::upgrade`; the IR says where it came from.
        return Ok(OpenApiVersion {
            major: 2,
            minor: 0,
            patch: 0,
        });
    }
    let Some(v) = obj.fget("openapi") else {
        return Err(fail(
            "no `openapi` field: this does not look like an OpenAPI document".into(),
            "",
            "add `openapi: 3.1.0` (or the version the document follows) at the top",
        ));
    };
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let parts: Vec<u32> = s
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(u32::MAX))
        .collect();
    match parts.as_slice() {
        [3, minor @ 0..=2, patch] if *patch != u32::MAX => Ok(OpenApiVersion {
            major: 3,
            minor: *minor,
            patch: *patch,
        }),
        [3, minor @ 0..=2] => Ok(OpenApiVersion {
            major: 3,
            minor: *minor,
            patch: 0,
        }),
        _ => Err(fail(
            format!("unsupported `openapi: {s}`: stipula reads OpenAPI 3.0.x, 3.1.x and 3.2.x"),
            "/openapi",
            "write the version as a string like \"3.1.0\"",
        )),
    }
}

struct Builder<'a> {
    docs: &'a DocSet,
    arena: SchemaArena,
    /// Schema node (by address, see [`addr`]) → its id; pure `$ref` nodes map to their
    /// target's id.
    ids: FxHashMap<usize, SchemaId>,
    /// Schemas to build: id, node, and for an upgraded Swagger 2.0 document the node's 3.0
    /// pointer (its `Loc` holds the 2.0 one; in other documents the two are the same).
    queue: VecDeque<(SchemaId, Node<'a>, Option<String>)>,
    /// 2.0 pointers of the nodes of upgraded Swagger 2.0 documents, by document.
    source_pointers: RefCell<FxHashMap<usize, NodePointers<'a>>>,
    diags: Vec<Diagnostic>,
    v30: bool,
    /// How many warnings of each code were emitted (to cap repetitive ones).
    warned: HashMap<&'static str, usize>,
    /// Pure `$ref` nodes whose chain failed (reported once).
    bad_refs: FxHashSet<usize>,
    /// The pure-ref hops of the last chase, to map to the target's id once it has one.
    pending_alias: Vec<usize>,
    /// Schema refs resolved so far: (document, ref string) → target node and pointer.
    ref_memo: FxHashMap<(usize, &'a str), (Node<'a>, Rc<str>)>,
    /// Example values by node address: an example component (or a response holding one)
    /// referenced from many operations is one shared value in the IR, not a copy per use.
    example_memo: FxHashMap<usize, Arc<Value>>,
    /// Refs to files that are not loaded yet: the build is run again once they are.
    missing: Vec<(usize, String, String)>,
    /// Last allowed round: report refs to files not loaded instead of asking for a rerun.
    last_round: bool,
}

const MAX_SAME_WARNINGS: usize = 50;

/// Member lookup by key that scans small objects instead of hashing: OpenAPI objects have
/// a handful of members, and the builder asks each for a dozen keywords, so SipHash over
/// the key (what `serde_json::Map::get` does) cost more than comparing a few short strings.
trait Fget {
    fn fget(&self, key: &str) -> Option<&Value>;
}

impl Fget for JMap<String, Value> {
    #[inline]
    fn fget(&self, key: &str) -> Option<&Value> {
        if self.len() <= 12 {
            self.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
        } else {
            self.get(key)
        }
    }
}

impl Fget for Value {
    #[inline]
    fn fget(&self, key: &str) -> Option<&Value> {
        self.as_object()?.fget(key)
    }
}

fn s(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}
fn b(v: Option<&Value>) -> bool {
    v.and_then(Value::as_bool).unwrap_or(false)
}
fn extensions(m: &JMap<String, Value>) -> Map<String, Value> {
    m.iter()
        .filter(|(k, _)| k.starts_with("x-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}
/// Name of a component from a pointer `/components/<kind>/<name>`.
fn component_name(pointer: &str, kind: &str) -> Option<String> {
    let rest = pointer
        .strip_prefix("/components/")?
        .strip_prefix(kind)?
        .strip_prefix('/')?;
    if rest.contains('/') {
        return None;
    }
    Some(crate::pointer::unescape(rest).into_owned())
}

impl<'a> Builder<'a> {
    fn new(docs: &'a DocSet, v30: bool, last_round: bool) -> Self {
        Builder {
            docs,
            arena: SchemaArena::default(),
            ids: FxHashMap::default(),
            queue: VecDeque::new(),
            source_pointers: RefCell::default(),
            diags: Vec::new(),
            v30,
            warned: HashMap::new(),
            bad_refs: FxHashSet::default(),
            pending_alias: Vec::new(),
            ref_memo: FxHashMap::default(),
            example_memo: FxHashMap::default(),
            missing: Vec::new(),
            last_round,
        }
    }

    fn doc(&self, i: usize) -> &'a Document {
        let docs: &'a DocSet = self.docs;
        &docs.docs[i]
    }

    /// Resolve a `$ref` among the loaded documents. A ref to a file that is not loaded yet
    /// is remembered in `missing` (the build runs again once it is loaded).
    #[allow(clippy::result_large_err)]
    fn resolve(
        &mut self,
        from: usize,
        from_pointer: &str,
        reference: &str,
    ) -> Result<Target, Diagnostic> {
        match self.docs.resolve_loaded(from, from_pointer, reference) {
            Ok(t) => Ok(t),
            Err(Miss::Diag(d)) => Err(d),
            Err(Miss::NotLoaded) => {
                if !self.last_round {
                    self.missing
                        .push((from, from_pointer.to_string(), reference.to_string()));
                }
                Err(self
                    .doc(from)
                    .diag(
                        Diagnostic::error(
                            "ref-unresolved",
                            format!("`$ref: {reference}`: the target file could not be loaded"),
                        ),
                        &format!("{from_pointer}/$ref"),
                    )
                    .with_help("check the path"))
            }
        }
    }

    /// The node at (doc, ptr), if it exists.
    fn node_at(&self, doc: usize, ptr: &str) -> Option<Node<'a>> {
        let (pos, v) = self.doc(doc).find(ptr)?;
        Some(Node { doc, v, pos })
    }

    /// Child `k` (member or element, in document order) of `n`, whose value is `v`.
    fn child(&self, n: Node<'a>, k: usize, v: &'a Value) -> Node<'a> {
        let pos = self.doc(n.doc).pos.child(n.pos as usize, k);
        Node {
            doc: n.doc,
            v,
            pos: pos.map_or(n.pos, |p| p as u32),
        }
    }

    /// Member `key` of object node `n`.
    fn member(&self, n: Node<'a>, key: &str) -> Option<Node<'a>> {
        let m = n.v.as_object()?;
        if m.len() <= 32 {
            let (i, (_, v)) = m.iter().enumerate().find(|(_, (k, _))| k.as_str() == key)?;
            return Some(self.child(n, i, v));
        }
        let v = m.get(key)?;
        let i = self.doc(n.doc).member_index(n.pos, m, key)?;
        Some(self.child(n, i, v))
    }

    /// The members of object node `n` (none if it is not an object), in document order.
    fn members(&self, n: Node<'a>) -> impl Iterator<Item = (&'a String, Node<'a>)> + use<'a> {
        let doc = n.doc;
        let members = n.v.as_object().into_iter().flat_map(|m| m.iter());
        self.doc(doc)
            .pos
            .numbered(n.pos, members)
            .map(move |(pos, (k, v))| (k, Node { doc, v, pos }))
    }

    /// The elements of array node `n` (none if it is not an array).
    fn elements(&self, n: Node<'a>) -> impl Iterator<Item = (usize, Node<'a>)> + use<'a> {
        let doc = n.doc;
        let items = n.v.as_array().into_iter().flat_map(|a| a.iter());
        self.doc(doc)
            .pos
            .numbered(n.pos, items.enumerate())
            .map(move |(pos, (i, v))| (i, Node { doc, v, pos }))
    }

    fn loc_node(&self, n: Node<'a>, pointer: String) -> Loc {
        let d = self.doc(n.doc);
        let (line, col) = d.position(n.pos);
        // An upgraded Swagger 2.0 document: the pointer of the 2.0 node.
        let pointer = match self.source_pointer(n, &pointer) {
            Some(p) => p,
            None => pointer,
        };
        Loc {
            file: n.doc as u32,
            pointer,
            line,
            col,
        }
    }

    /// For a node of an upgraded Swagger 2.0 document, whose 3.0 pointer is `pointer`, the
    /// pointer of the 2.0 node it came from (`None` in other documents).
    fn source_pointer(&self, n: Node<'a>, pointer: &str) -> Option<String> {
        let origin = self.doc(n.doc).swagger2.as_deref()?;
        if let Some(p) = origin.direct_pointer(n.pos, pointer) {
            return Some(p);
        }
        let node = origin.source_node(n.pos)?;
        let mut all = self.source_pointers.borrow_mut();
        all.entry(n.doc)
            .or_insert_with(|| origin.pointers())
            .pointer(node)
    }

    fn loc(&self, doc: usize, ptr: &str) -> Loc {
        let d = &self.docs.docs[doc];
        let (line, col) = d.locate(ptr);
        Loc {
            file: doc as u32,
            pointer: d.source_pointer(ptr).into_owned(),
            line,
            col,
        }
    }

    fn push(&mut self, doc: usize, ptr: &str, d: Diagnostic) {
        if d.severity != Severity::Error {
            let n = self.warned.entry(d.code).or_insert(0);
            *n += 1;
            if *n == MAX_SAME_WARNINGS + 1 {
                let note = Diagnostic::new(
                    d.code,
                    Severity::Info,
                    format!(
                        "more `{}` diagnostics follow; only the first {MAX_SAME_WARNINGS} are shown",
                        d.code
                    ),
                );
                let note = self.docs.docs[doc].diag(note, "");
                self.diags.push(note);
            }
            if *n > MAX_SAME_WARNINGS {
                return;
            }
        }
        let d = self.docs.docs[doc].diag(d, ptr);
        self.diags.push(d);
    }

    /// Follow `$ref`s of a non-schema object (node `n` at `ptr`) until a non-ref object.
    /// Returns that node, its pointer, and the component name of the first hop (if it
    /// named a component of `kind`).
    fn deref(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        kind: &str,
    ) -> Option<(Node<'a>, String, Option<String>)> {
        let mut cur = n;
        let mut cur_ptr = ptr.to_string();
        let mut seen: Vec<usize> = Vec::new();
        let mut name = None;
        loop {
            let Some(r) = cur.v.fget("$ref").and_then(Value::as_str) else {
                return Some((cur, cur_ptr, name));
            };
            let a = addr(cur.v);
            if seen.contains(&a) || seen.len() > 10_000 {
                self.push(
                    cur.doc,
                    &cur_ptr,
                    Diagnostic::error(
                        "ref-cycle",
                        format!("`$ref: {r}` leads back to itself through a chain of refs"),
                    )
                    .with_help("point the chain at a real object"),
                );
                return None;
            }
            seen.push(a);
            let (t, tptr) = self.resolve_ref_node(cur.doc, &|| cur_ptr.clone(), r)?;
            if name.is_none() {
                name = if t.doc == 0 {
                    component_name(&tptr, kind)
                } else {
                    Some(external_name(&self.docs.docs[t.doc].path, &tptr))
                };
            }
            cur = t;
            cur_ptr = tptr.to_string();
        }
    }
}

fn external_docs(v: Option<&Value>) -> Option<ExternalDocs> {
    let m = v?.as_object()?;
    Some(ExternalDocs {
        url: s(m.fget("url")).unwrap_or_default(),
        description: s(m.fget("description")),
    })
}

fn parse_style(s: &str) -> Option<ParamStyle> {
    Some(match s {
        "matrix" => ParamStyle::Matrix,
        "label" => ParamStyle::Label,
        "simple" => ParamStyle::Simple,
        "form" => ParamStyle::Form,
        "spaceDelimited" => ParamStyle::SpaceDelimited,
        "pipeDelimited" => ParamStyle::PipeDelimited,
        "deepObject" => ParamStyle::DeepObject,
        "cookie" => ParamStyle::Cookie,
        _ => return None,
    })
}

fn style_explode(m: &JMap<String, Value>, location: ParamLocation) -> (ParamStyle, bool) {
    let default_style = match location {
        ParamLocation::Path | ParamLocation::Header => ParamStyle::Simple,
        _ => ParamStyle::Form,
    };
    let style = m
        .fget("style")
        .and_then(Value::as_str)
        .and_then(parse_style)
        .unwrap_or(default_style);
    let explode = m
        .fget("explode")
        .and_then(Value::as_bool)
        .unwrap_or(matches!(style, ParamStyle::Form | ParamStyle::Cookie));
    (style, explode)
}

/// The source text of a scalar (the rest of the line after `key:`), for YAML numbers
/// whose text matters (`version: 1.10`).
fn raw_scalar(doc: &Document, ptr: &str) -> Option<String> {
    let (line, _) = doc.locate(ptr);
    let text = doc.text.lines().nth(line.checked_sub(1)? as usize)?;
    let (_, rest) = text.split_once(':')?;
    let rest = rest.split(" #").next()?.trim().trim_end_matches(',');
    (!rest.is_empty()).then(|| rest.to_string())
}
