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
use crate::{LoadOptions, Loaded};
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{Map as JMap, Value};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

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
    queue: VecDeque<(SchemaId, Node<'a>)>,
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
        let pos = &self.doc(n.doc).pos;
        let doc = n.doc;
        let mut next = n.pos + 1;
        n.v.as_object()
            .into_iter()
            .flat_map(|m| m.iter())
            .map(move |(k, v)| {
                let here = next;
                next = pos.end(here);
                (k, Node { doc, v, pos: here })
            })
    }

    /// The elements of array node `n` (none if it is not an array).
    fn elements(&self, n: Node<'a>) -> impl Iterator<Item = (usize, Node<'a>)> + use<'a> {
        let pos = &self.doc(n.doc).pos;
        let doc = n.doc;
        let mut next = n.pos + 1;
        n.v.as_array()
            .into_iter()
            .flat_map(|a| a.iter())
            .enumerate()
            .map(move |(i, v)| {
                let here = next;
                next = pos.end(here);
                (i, Node { doc, v, pos: here })
            })
    }

    fn loc_node(&self, n: Node<'a>, pointer: String) -> Loc {
        let d = self.doc(n.doc);
        let (line, col) = d.position(n.pos);
        // An upgraded Swagger 2.0 document: the pointer of the 2.0 node.
        let pointer = match d.swagger2.as_ref().and_then(|o| o.source_pointer(n.pos)) {
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

    // -------------------------------------------------------------------------------
    // the document
    // -------------------------------------------------------------------------------

    fn spec(&mut self, openapi: OpenApiVersion) -> Spec {
        let root = self.doc(0);
        let rn = Node {
            doc: 0,
            v: &root.value,
            pos: 0,
        };
        let empty = JMap::new();
        let m = root.value.as_object().unwrap_or(&empty);

        // Named component schemas first, so their ids are stable and come first.
        let mut schema_names = Map::new();
        if let Some(sn) = self
            .member(rn, "components")
            .and_then(|c| self.member(c, "schemas"))
        {
            for (name, n) in self.members(sn) {
                let id = self.schema_node(n, &|| join("/components/schemas", name));
                schema_names.insert(name.clone(), id);
            }
        }

        let info = self.info(root, m.fget("info"));
        let servers = self.servers(0, "/servers", m.fget("servers"));
        let security = self.security(m.fget("security"));
        let security_schemes = self.security_schemes(m);

        let mut operations = Vec::new();
        let mut paths = Map::new();
        if let Some(pn) = self.member(rn, "paths")
            && pn.v.is_object()
        {
            for (key, n) in self.members(pn) {
                if key.starts_with("x-") {
                    continue;
                }
                let ptr = join("/paths", key);
                if let Some((info, ops)) = self.path_item(n, &ptr, key, &security, &servers) {
                    paths.insert(key.clone(), info);
                    operations.extend(ops);
                }
            }
        }
        let mut webhooks = Vec::new();
        let mut extensions = extensions(m);
        for (field, is_ext) in [("webhooks", false), ("x-webhooks", true)] {
            // `x-webhooks` is the 3.0 stand-in; when a document has both, `webhooks` wins
            // (svix writes the same hooks under both).
            if is_ext && m.fget("webhooks").is_some() {
                continue;
            }
            if let Some(wn) = self.member(rn, field)
                && wn.v.is_object()
            {
                for (key, n) in self.members(wn) {
                    let ptr = join(&format!("/{field}"), key);
                    if let Some((_, ops)) = self.path_item(n, &ptr, key, &security, &servers) {
                        webhooks.extend(ops);
                    }
                }
                if is_ext {
                    extensions.shift_remove(field);
                }
            }
        }
        let components = self.components(rn);
        let tags = self.tags(m.fget("tags"));
        let external_docs = external_docs(m.fget("externalDocs"));

        self.drain_schemas();
        // Schemas named by their place in another file (`pet.yaml`, `common.yaml#/Pet`)
        // join the name table unless the name is taken: bundling gives them these names.
        for (id, sch) in self.arena.iter() {
            if sch.loc.file != 0
                && let Some(n) = &sch.name
                && !schema_names.contains_key(n)
            {
                schema_names.insert(n.clone(), id);
            }
        }

        let files = self
            .docs
            .docs
            .iter()
            .map(|d| SourceFile {
                display_name: d.display_name.clone(),
                path: d.path.display().to_string(),
                text: d.text.clone(),
            })
            .collect();
        Spec {
            openapi,
            info,
            json_schema_dialect: s(m.fget("jsonSchemaDialect")),
            servers,
            operations,
            webhooks,
            paths,
            security,
            security_schemes,
            tags,
            external_docs,
            schemas: {
                // The arena grew by doubling; give back the unused tail (up to half of it).
                let mut a = std::mem::take(&mut self.arena);
                a.items.shrink_to_fit();
                a
            },
            schema_names,
            components,
            extensions,
            files,
        }
    }

    fn info(&mut self, root: &Document, v: Option<&Value>) -> Info {
        let empty = JMap::new();
        let m = v.and_then(Value::as_object).unwrap_or(&empty);
        let version = match m.fget("version") {
            Some(Value::String(s)) => s.clone(),
            Some(other @ Value::Number(_)) => {
                // YAML read `version: 1.10` as a number; use the source text so 1.10 stays 1.10.
                let raw = raw_scalar(root, "/info/version").unwrap_or_else(|| other.to_string());
                self.push(
                    0,
                    "/info/version",
                    Diagnostic::warning(
                        "info-version-not-string",
                        format!("`info.version` is the number {raw}, not a string"),
                    )
                    .with_help(format!("quote it: version: \"{raw}\"")),
                );
                raw
            }
            Some(other) => other.to_string(),
            None => String::new(),
        };
        Info {
            title: s(m.fget("title")).unwrap_or_default(),
            version,
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            terms_of_service: s(m.fget("termsOfService")),
            contact: m.fget("contact").cloned(),
            license: m.fget("license").cloned(),
            extensions: extensions(m),
            loc: self.loc(0, "/info"),
        }
    }

    fn servers(&mut self, doc: usize, ptr: &str, v: Option<&Value>) -> Vec<Server> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, sv)| {
                let m = sv.as_object()?;
                let variables = m
                    .fget("variables")
                    .and_then(Value::as_object)
                    .map(|vars| {
                        vars.iter()
                            .map(|(k, vv)| {
                                (
                                    k.clone(),
                                    ServerVariable {
                                        default: match vv.fget("default") {
                                            Some(Value::String(s)) => s.clone(),
                                            Some(o) => o.to_string(),
                                            None => String::new(),
                                        },
                                        enum_: vv
                                            .fget("enum")
                                            .and_then(Value::as_array)
                                            .map(|e| {
                                                e.iter()
                                                    .map(|x| {
                                                        x.as_str()
                                                            .map(str::to_string)
                                                            .unwrap_or_else(|| x.to_string())
                                                    })
                                                    .collect()
                                            })
                                            .unwrap_or_default(),
                                        description: s(vv.fget("description")),
                                    },
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(Server {
                    url: s(m.fget("url")).unwrap_or_default(),
                    description: s(m.fget("description")),
                    variables,
                    loc: self.loc(doc, &format!("{ptr}/{i}")),
                })
            })
            .collect()
    }

    fn security(&self, v: Option<&Value>) -> Vec<SecurityRequirement> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .filter_map(Value::as_object)
            .map(|req| {
                SecurityRequirement(
                    req.iter()
                        .map(|(k, scopes)| {
                            let scopes = scopes
                                .as_array()
                                .map(|a| {
                                    a.iter()
                                        .filter_map(|x| x.as_str().map(str::to_string))
                                        .collect()
                                })
                                .unwrap_or_default();
                            (k.clone(), scopes)
                        })
                        .collect(),
                )
            })
            .collect()
    }

    fn security_schemes(&mut self, m: &JMap<String, Value>) -> Map<String, SecurityScheme> {
        let mut out = Map::new();
        let Some(Value::Object(ss)) = m.fget("components").and_then(|c| c.fget("securitySchemes"))
        else {
            return out;
        };
        for name in ss.keys() {
            let ptr = join("/components/securitySchemes", name);
            let Some(n) = self.node_at(0, &ptr) else {
                continue;
            };
            let Some((n, ptr, _)) = self.deref(n, &ptr, "securitySchemes") else {
                continue;
            };
            let Some(sm) = n.v.as_object() else {
                continue;
            };
            let type_ = s(sm.fget("type")).unwrap_or_default();
            let kind = match type_.as_str() {
                "apiKey" => SecuritySchemeKind::ApiKey {
                    name: s(sm.fget("name")).unwrap_or_default(),
                    location: match sm.fget("in").and_then(Value::as_str) {
                        Some("query") => ParamLocation::Query,
                        Some("cookie") => ParamLocation::Cookie,
                        _ => ParamLocation::Header,
                    },
                },
                "http" => SecuritySchemeKind::Http {
                    scheme: s(sm.fget("scheme"))
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    bearer_format: s(sm.fget("bearerFormat")),
                },
                "oauth2" => SecuritySchemeKind::OAuth2 {
                    flows: sm.fget("flows").cloned().unwrap_or(Value::Null),
                },
                "openIdConnect" => SecuritySchemeKind::OpenIdConnect {
                    url: s(sm.fget("openIdConnectUrl")).unwrap_or_default(),
                },
                "mutualTLS" => SecuritySchemeKind::MutualTls,
                _ => SecuritySchemeKind::Other {
                    type_: type_.clone(),
                    raw: Value::Object(sm.clone()),
                },
            };
            out.insert(
                name.clone(),
                SecurityScheme {
                    kind,
                    description: s(sm.fget("description")),
                    deprecated: b(sm.fget("deprecated")),
                    extensions: extensions(sm),
                    loc: self.loc_node(n, ptr),
                },
            );
        }
        out
    }

    fn tags(&mut self, v: Option<&Value>) -> Vec<Tag> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let m = t.as_object()?;
                Some(Tag {
                    name: s(m.fget("name")).unwrap_or_default(),
                    summary: s(m.fget("summary")),
                    description: s(m.fget("description")),
                    parent: s(m.fget("parent")),
                    kind: s(m.fget("kind")),
                    external_docs: external_docs(m.fget("externalDocs")),
                    extensions: extensions(m),
                    loc: self.loc(0, &format!("/tags/{i}")),
                })
            })
            .collect()
    }

    fn components(&mut self, root: Node<'a>) -> Components {
        let mut c = Components::default();
        let Some(comp) = self.member(root, "components") else {
            return c;
        };
        // A fixed order of kinds (ids of inline schemas follow the visiting order).
        for kind in [
            "parameters",
            "responses",
            "requestBodies",
            "headers",
            "examples",
            "links",
            "callbacks",
            "pathItems",
        ] {
            let Some(kn) = self.member(comp, kind) else {
                continue;
            };
            let base = join("/components", kind);
            for (name, n) in self.members(kn).collect::<Vec<_>>() {
                let ptr = join(&base, name);
                let name = name.clone();
                match kind {
                    "parameters" => {
                        if let Some(p) = self.parameter(n, &ptr) {
                            c.parameters.insert(name, p);
                        }
                    }
                    "responses" => {
                        if let Some(r) = self.response(n, &ptr, StatusKey::Default) {
                            c.responses.insert(name, r);
                        }
                    }
                    "requestBodies" => {
                        if let Some(r) = self.request_body(n, &ptr) {
                            c.request_bodies.insert(name, r);
                        }
                    }
                    "headers" => {
                        if let Some(h) = self.header(n, &ptr, &name) {
                            c.headers.insert(name, h);
                        }
                    }
                    "examples" => {
                        if let Some(e) = self.example(n, &ptr, Some(name.clone())) {
                            c.examples.insert(name, e);
                        }
                    }
                    "links" => {
                        if let Some(l) = self.link(n, &ptr, &name) {
                            c.links.insert(name, l);
                        }
                    }
                    "callbacks" => {
                        if let Some(cb) = self.callback(n, &ptr, &name) {
                            c.callbacks.insert(name, cb);
                        }
                    }
                    "pathItems" => {
                        if let Some((_, ops)) = self.path_item(n, &ptr, &name, &[], &[]) {
                            c.path_items.insert(name, ops);
                        }
                    }
                    _ => {}
                }
            }
        }
        c
    }

    // -------------------------------------------------------------------------------
    // paths and operations
    // -------------------------------------------------------------------------------

    fn path_item(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        path: &str,
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
    ) -> Option<(PathInfo, Vec<Operation>)> {
        let (n, ptr, component) = self.deref(n, ptr, "pathItems")?;
        let doc = n.doc;
        let Some(m) = n.v.as_object() else {
            self.push(
                doc,
                &ptr,
                Diagnostic::error("path-item", "a path item must be an object")
                    .with_help("map HTTP methods to operations"),
            );
            return None;
        };
        let path_servers = self.servers(doc, &join(&ptr, "servers"), m.fget("servers"));
        let path_params = match self.member(n, "parameters") {
            Some(pn) => self.parameter_list(pn, &join(&ptr, "parameters")),
            None => Vec::new(),
        };
        // Declared methods in document order, then `additionalOperations`.
        let mut methods: Vec<(Method, String, Node<'a>)> = Vec::new();
        let mut extra: Vec<(Method, String, Node<'a>)> = Vec::new();
        for (key, on) in self.members(n) {
            if let Some(method) = Method::from_path_item_key(key) {
                methods.push((method, join(&ptr, key), on));
            } else if key == "additionalOperations" {
                let base = join(&ptr, "additionalOperations");
                for (k, on2) in self.members(on) {
                    extra.push((Method::Other(k.to_ascii_uppercase()), join(&base, k), on2));
                }
            }
        }
        methods.extend(extra);
        let mut ops = Vec::new();
        for (method, op_ptr, on) in methods {
            if let Some(op) = self.operation(
                on,
                &op_ptr,
                method,
                path,
                &path_params,
                global_security,
                root_servers,
                &path_servers,
            ) {
                ops.push(op);
            }
        }
        let info = PathInfo {
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            servers: path_servers,
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        };
        Some((info, ops))
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        method: Method,
        path: &str,
        path_params: &[Parameter],
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
        path_servers: &[Server],
    ) -> Option<Operation> {
        let doc = n.doc;
        let Some(m) = n.v.as_object() else {
            self.push(
                doc,
                ptr,
                Diagnostic::error("operation", "an operation must be an object")
                    .with_help("see the Operation Object in the OpenAPI spec"),
            );
            return None;
        };
        let mut parameters: Vec<Parameter> = path_params.to_vec();
        let own = match self.member(n, "parameters") {
            Some(pn) => self.parameter_list(pn, &join(ptr, "parameters")),
            None => Vec::new(),
        };
        for p in own {
            if let Some(existing) = parameters
                .iter_mut()
                .find(|e| e.name == p.name && e.location == p.location)
            {
                *existing = p;
            } else {
                parameters.push(p);
            }
        }
        let request_body = match self.member(n, "requestBody") {
            Some(rb) => self.request_body(rb, &join(ptr, "requestBody")),
            None => None,
        };
        let mut responses = Vec::new();
        if let Some(rsn) = self.member(n, "responses")
            && rsn.v.is_object()
        {
            let rptr = join(ptr, "responses");
            for (key, rn) in self.members(rsn) {
                if key.starts_with("x-") {
                    continue;
                }
                let Some(status) = StatusKey::parse(key) else {
                    self.push(
                        doc,
                        &join(&rptr, key),
                        Diagnostic::error("status-code", format!("`{key}` is not a response status: use a code 100-599, a range like 4XX, or `default`"))
                            .with_help("rename the key; this response is ignored until then"),
                    );
                    continue;
                };
                if let Some(r) = self.response(rn, &join(&rptr, key), status) {
                    responses.push(r);
                }
            }
        }
        let (security, security_overridden) = match m.fget("security") {
            Some(v) => (self.security(Some(v)), true),
            None => (global_security.to_vec(), false),
        };
        let mut callbacks = Vec::new();
        if let Some(cbn) = self.member(n, "callbacks")
            && cbn.v.is_object()
        {
            let cptr = join(ptr, "callbacks");
            for (name, cn) in self.members(cbn) {
                if let Some(cb) = self.callback(cn, &join(&cptr, name), name) {
                    callbacks.push(cb);
                }
            }
        }
        let own_servers = self.servers(doc, &join(ptr, "servers"), m.fget("servers"));
        let servers = if !own_servers.is_empty() {
            own_servers
        } else if !path_servers.is_empty() {
            path_servers.to_vec()
        } else {
            root_servers.to_vec()
        };
        Some(Operation {
            method,
            path: path.to_string(),
            operation_id: s(m.fget("operationId")),
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            tags: m
                .fget("tags")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            deprecated: b(m.fget("deprecated")),
            parameters,
            request_body,
            responses,
            security,
            security_overridden,
            callbacks,
            servers,
            external_docs: external_docs(m.fget("externalDocs")),
            extensions: extensions(m),
            loc: self.loc_node(n, ptr.to_string()),
        })
    }

    /// The parameters of a `parameters` list node at `ptr`.
    fn parameter_list(&mut self, n: Node<'a>, ptr: &str) -> Vec<Parameter> {
        self.elements(n)
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|(i, pn)| self.parameter(pn, &format!("{ptr}/{i}")))
            .collect()
    }

    fn parameter(&mut self, n: Node<'a>, ptr: &str) -> Option<Parameter> {
        let (n, ptr, component) = self.deref(n, ptr, "parameters")?;
        let doc = n.doc;
        let m = n.v.as_object()?;
        let location = match m.fget("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            Some("querystring") => ParamLocation::QueryString,
            other => {
                self.push(
                    doc,
                    &join(&ptr, "in"),
                    Diagnostic::error(
                        "parameter-in",
                        format!(
                            "parameter `in` must be path, query, header or cookie, found {}",
                            other.map_or("nothing".to_string(), |o| format!("`{o}`"))
                        ),
                    )
                    .with_help("set `in` to where the parameter is sent"),
                );
                return None;
            }
        };
        let (style, explode) = style_explode(m, location);
        let schema = self
            .member(n, "schema")
            .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
        let content = self.content(n, &ptr);
        Some(Parameter {
            name: s(m.fget("name")).unwrap_or_default(),
            location,
            required: b(m.fget("required")),
            deprecated: b(m.fget("deprecated")),
            description: s(m.fget("description")),
            style,
            explode,
            allow_reserved: b(m.fget("allowReserved")),
            allow_empty_value: b(m.fget("allowEmptyValue")),
            schema,
            content,
            examples: self.examples(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    /// The `example` and `examples` of the object node `n` (at `ptr`).
    fn examples(&mut self, n: Node<'a>, ptr: &str) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(v) = n.v.fget("example") {
            out.push(Example {
                name: None,
                summary: None,
                description: None,
                value: Some(self.example_value(v)),
                external_value: None,
                component: None,
            });
        }
        if let Some(exn) = self.member(n, "examples")
            && exn.v.is_object()
        {
            let base = join(ptr, "examples");
            for (name, en) in self.members(exn) {
                if let Some(e) = self.example(en, &join(&base, name), Some(name.clone())) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The shared copy of the example value `v` (see `example_memo`).
    fn example_value(&mut self, v: &'a Value) -> Arc<Value> {
        self.example_memo
            .entry(v as *const Value as usize)
            .or_insert_with(|| Arc::new(v.clone()))
            .clone()
    }

    fn example(&mut self, n: Node<'a>, ptr: &str, name: Option<String>) -> Option<Example> {
        let (n, _, component) = self.deref(n, ptr, "examples")?;
        let m = n.v.as_object()?;
        Some(Example {
            name,
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            value: m
                .fget("value")
                .or_else(|| m.fget("dataValue"))
                .map(|v| self.example_value(v)),
            external_value: s(m.fget("externalValue")),
            component,
        })
    }

    /// The `content` map of the object node `owner` (at `owner_ptr`).
    fn content(&mut self, owner: Node<'a>, owner_ptr: &str) -> Vec<MediaType> {
        let Some(cn) = self.member(owner, "content") else {
            return Vec::new();
        };
        let doc = owner.doc;
        let cptr = join(owner_ptr, "content");
        let mut out = Vec::new();
        for (mt, n) in self.members(cn) {
            let Some(m) = n.v.as_object() else {
                continue;
            };
            let ptr = join(&cptr, mt);
            let schema = self
                .member(n, "schema")
                .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
            let item_schema = self
                .member(n, "itemSchema")
                .map(|sn| self.schema_node(sn, &|| join(&ptr, "itemSchema")));
            let mut encoding = Map::new();
            if let Some(Value::Object(enc)) = m.fget("encoding") {
                for (prop, e) in enc {
                    let Some(em) = e.as_object() else { continue };
                    let eptr = join(&join(&ptr, "encoding"), prop);
                    let headers = self.headers(doc, &eptr, em.fget("headers"));
                    encoding.insert(
                        prop.clone(),
                        Encoding {
                            content_type: s(em.fget("contentType")),
                            headers,
                            style: em
                                .fget("style")
                                .and_then(Value::as_str)
                                .and_then(parse_style),
                            explode: em.fget("explode").and_then(Value::as_bool),
                            allow_reserved: b(em.fget("allowReserved")),
                        },
                    );
                }
            }
            out.push(MediaType {
                media_type: mt.clone(),
                schema,
                item_schema,
                examples: self.examples(n, &ptr),
                encoding,
                extensions: extensions(m),
                loc: self.loc_node(n, ptr),
            });
        }
        out
    }

    fn request_body(&mut self, n: Node<'a>, ptr: &str) -> Option<RequestBody> {
        let (n, ptr, component) = self.deref(n, ptr, "requestBodies")?;
        let m = n.v.as_object()?;
        Some(RequestBody {
            description: s(m.fget("description")),
            required: b(m.fget("required")),
            content: self.content(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    fn response(&mut self, n: Node<'a>, ptr: &str, status: StatusKey) -> Option<Response> {
        let (n, ptr, component) = self.deref(n, ptr, "responses")?;
        let m = n.v.as_object()?;
        let headers = self.headers_of(n, &ptr);
        let mut links = Vec::new();
        if let Some(ln) = self.member(n, "links")
            && ln.v.is_object()
        {
            let base = join(&ptr, "links");
            for (name, l) in self.members(ln) {
                if let Some(l) = self.link(l, &join(&base, name), name) {
                    links.push(l);
                }
            }
        }
        Some(Response {
            status,
            description: s(m.fget("description")),
            headers,
            content: self.content(n, &ptr),
            links,
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    /// The `headers` map of the object node `owner` (at `owner_ptr`).
    fn headers_of(&mut self, owner: Node<'a>, owner_ptr: &str) -> Vec<Header> {
        let Some(hn) = self.member(owner, "headers") else {
            return Vec::new();
        };
        let hptr = join(owner_ptr, "headers");
        self.members(hn)
            .filter_map(|(name, n)| self.header(n, &join(&hptr, name), name))
            .collect()
    }

    /// The `headers` of an encoding object (located by pointer: encodings are rare).
    fn headers(&mut self, doc: usize, owner_ptr: &str, v: Option<&Value>) -> Vec<Header> {
        if !matches!(v, Some(Value::Object(_))) {
            return Vec::new();
        }
        match self.node_at(doc, owner_ptr) {
            Some(n) => self.headers_of(n, owner_ptr),
            None => Vec::new(),
        }
    }

    fn header(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Header> {
        let (n, ptr, component) = self.deref(n, ptr, "headers")?;
        let m = n.v.as_object()?;
        let schema = self
            .member(n, "schema")
            .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
        let (style, explode) = style_explode(m, ParamLocation::Header);
        Some(Header {
            name: name.to_string(),
            description: s(m.fget("description")),
            required: b(m.fget("required")),
            deprecated: b(m.fget("deprecated")),
            style,
            explode,
            schema,
            content: self.content(n, &ptr),
            examples: self.examples(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    fn link(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Link> {
        let (n, ptr, component) = self.deref(n, ptr, "links")?;
        let doc = n.doc;
        let m = n.v.as_object()?;
        let server = self
            .servers(
                doc,
                &ptr,
                m.fget("server")
                    .map(|sv| Value::Array(vec![sv.clone()]))
                    .as_ref(),
            )
            .into_iter()
            .next();
        Some(Link {
            name: name.to_string(),
            operation_ref: s(m.fget("operationRef")),
            operation_id: s(m.fget("operationId")),
            parameters: m
                .fget("parameters")
                .and_then(Value::as_object)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
            request_body: m.fget("requestBody").cloned(),
            description: s(m.fget("description")),
            server,
            component,
            loc: self.loc_node(n, ptr),
        })
    }

    fn callback(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Callback> {
        let (n, ptr, component) = self.deref(n, ptr, "callbacks")?;
        n.v.as_object()?;
        let mut operations = Vec::new();
        for (expr, en) in self.members(n) {
            if expr.starts_with("x-") {
                continue;
            }
            if let Some((_, ops)) = self.path_item(en, &join(&ptr, expr), expr, &[], &[]) {
                operations.extend(ops);
            }
        }
        Some(Callback {
            name: name.to_string(),
            operations,
            component,
            loc: self.loc_node(n, ptr),
        })
    }

    // -------------------------------------------------------------------------------
    // schemas
    // -------------------------------------------------------------------------------

    /// The id of the schema at (doc, ptr), following pure `$ref`s. Allocates and queues it
    /// on first sight.
    fn schema_at(&mut self, doc: usize, ptr: &str) -> SchemaId {
        match self.node_at(doc, ptr) {
            Some(n) => self.schema_node(n, &|| ptr.to_string()),
            None => {
                // Nothing there (callers check first): an "anything" schema.
                let name = self.schema_name(doc, ptr);
                let loc = self.loc(doc, ptr);
                self.arena.push(Schema {
                    name,
                    kind: SchemaKind::Bool(true),
                    loc,
                })
            }
        }
    }

    /// The id of the schema at node `n`, whose pointer `ptr` makes (only built when
    /// needed: most nodes are refs to schemas that already have an id).
    fn schema_node(&mut self, n: Node<'a>, ptr: &dyn Fn() -> String) -> SchemaId {
        let (t, tptr) = match self.chase(n, ptr) {
            Chase::Found(t, tptr) => (t, tptr),
            Chase::Known(id) => return id,
            Chase::Failed => {
                // Unresolvable: the error is recorded; stand in an "anything" schema.
                let loc = self.loc_node(n, ptr());
                return self.arena.push(Schema {
                    name: None,
                    kind: SchemaKind::Bool(true),
                    loc,
                });
            }
        };
        let tptr = match tptr {
            Some(p) => p.to_string(),
            None => ptr(),
        };
        let name = self.schema_name(t.doc, &tptr);
        let loc = self.loc_node(t, tptr);
        let id = self.arena.push(Schema {
            name,
            kind: SchemaKind::Bool(true),
            loc,
        });
        self.ids.insert(addr(t.v), id);
        for hop in std::mem::take(&mut self.pending_alias) {
            self.ids.insert(hop, id);
        }
        self.queue.push_back((id, t));
        id
    }

    fn schema_name(&self, doc: usize, ptr: &str) -> Option<String> {
        if doc == 0 {
            return component_name(ptr, "schemas");
        }
        // In another file: a whole file, a top-level entry, a component or a `$defs` entry
        // is named (bundling puts it under `components.schemas` by that name).
        let tokens: Vec<&str> = if ptr.is_empty() {
            Vec::new()
        } else {
            ptr[1..].split('/').collect()
        };
        match tokens.as_slice() {
            [] | [_] | ["components", "schemas", _] | [.., "$defs" | "definitions", _] => {
                Some(external_name(&self.docs.docs[doc].path, ptr))
            }
            _ => None,
        }
    }

    /// Is this schema object a "pure" reference (no own node)?
    fn is_pure_ref(&self, m: &JMap<String, Value>) -> bool {
        if self.v30 {
            m.fget("$ref").is_some()
        } else {
            m.len() == 1 && m.keys().next().is_some_and(|k| k == "$ref")
        }
    }

    /// Resolve the ref `r` (to a schema or any other object) found in the object at
    /// `from_ptr` of document `doc`, to the target's node and pointer (memoized: GitHub's
    /// spec refers to some schemas and parameters thousands of times).
    fn resolve_ref_node(
        &mut self,
        doc: usize,
        from_ptr: &dyn Fn() -> String,
        r: &'a str,
    ) -> Option<(Node<'a>, Rc<str>)> {
        if let Some((n, p)) = self.ref_memo.get(&(doc, r)) {
            return Some((*n, p.clone()));
        }
        match self.resolve(doc, &from_ptr(), r) {
            Ok(t) => {
                let n = self.node_at(t.doc, &t.pointer)?;
                let p: Rc<str> = Rc::from(t.pointer);
                self.ref_memo.insert((doc, r), (n, p.clone()));
                Some((n, p))
            }
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    /// Follow pure `$ref`s from node `n` (at `ptr`) to the schema they name. Every hop is
    /// remembered (in `ids` once the target has an id, in `bad_refs` when the chain fails),
    /// so a long chain is walked once, not once per entry into it.
    fn chase(&mut self, n: Node<'a>, ptr: &dyn Fn() -> String) -> Chase<'a> {
        let mut cur = n;
        let mut cur_ptr: Option<Rc<str>> = None;
        let mut hops: Vec<usize> = Vec::new();
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        loop {
            let a = addr(cur.v);
            if self.bad_refs.contains(&a) {
                self.bad_refs.extend(hops);
                return Chase::Failed;
            }
            if let Some(&id) = self.ids.get(&a) {
                for h in hops {
                    self.ids.insert(h, id);
                }
                return Chase::Known(id);
            }
            let m = match cur.v {
                Value::Object(m) if self.is_pure_ref(m) => m,
                _ => {
                    self.pending_alias = hops;
                    return Chase::Found(cur, cur_ptr);
                }
            };
            let here_rc = cur_ptr.clone();
            let here = || match &here_rc {
                Some(p) => p.to_string(),
                None => ptr(),
            };
            let Some(r) = m.fget("$ref").and_then(Value::as_str) else {
                self.push(
                    cur.doc,
                    &join(&here(), "$ref"),
                    Diagnostic::error("ref-not-string", "`$ref` must be a string").with_help(
                        "write the reference as a string, e.g. '#/components/schemas/Pet'",
                    ),
                );
                hops.push(a);
                self.bad_refs.extend(hops);
                return Chase::Failed;
            };
            if self.v30 && m.len() > 1 {
                let siblings: Vec<&str> = m
                    .keys()
                    .filter(|k| *k != "$ref")
                    .map(String::as_str)
                    .collect();
                self.push(
                    cur.doc,
                    &here(),
                    Diagnostic::warning(
                        "ref-siblings-ignored",
                        format!("in OpenAPI 3.0 the siblings of `$ref` are ignored: {}", siblings.join(", ")),
                    )
                    .with_help("wrap the reference in `allOf: [{$ref: ...}]` to add keywords, or move to OpenAPI 3.1"),
                );
            }
            // Short chains (the rule) are checked by scanning; long ones get a set.
            let looped = if hops.len() < 32 {
                hops.contains(&a)
            } else {
                if seen.is_empty() {
                    seen.extend(hops.iter().copied());
                }
                !seen.insert(a)
            };
            if looped || hops.len() >= 10_000 {
                let msg = if looped {
                    format!(
                        "`$ref: {r}` only refers to itself through a chain of `$ref`s; it never reaches a schema"
                    )
                } else {
                    format!(
                        "`$ref: {r}` starts a chain of more than 10,000 `$ref`s; refusing to follow it"
                    )
                };
                self.push(
                    cur.doc,
                    &here(),
                    Diagnostic::error("ref-cycle", msg)
                        .with_help("point one of the refs at a real schema"),
                );
                hops.push(a);
                self.bad_refs.extend(hops);
                return Chase::Failed;
            }
            hops.push(a);
            match self.resolve_ref_node(cur.doc, &here, r) {
                Some((t, tptr)) => {
                    cur = t;
                    cur_ptr = Some(tptr);
                }
                None => {
                    self.bad_refs.extend(hops);
                    return Chase::Failed;
                }
            }
        }
    }

    fn drain_schemas(&mut self) {
        while let Some((id, n)) = self.queue.pop_front() {
            let ptr = self.arena.get(id).loc.pointer.clone();
            let mut kind = self.schema_kind(n, &ptr);
            if let SchemaKind::Object(o) = &mut kind {
                o.compact();
            }
            self.arena.get_mut(id).kind = kind;
        }
    }

    fn kw_warning(&mut self, doc: usize, ptr: &str, kw: &str, expected: &str) {
        self.push(
            doc,
            &join(ptr, kw),
            Diagnostic::warning(
                "schema-keyword-type",
                format!("`{kw}` should be {expected}; kept verbatim but not applied"),
            )
            .with_help(format!("write `{kw}` as {expected}")),
        );
    }

    fn schema_kind(&mut self, n: Node<'a>, ptr: &str) -> SchemaKind {
        let doc = n.doc;
        let m = match n.v {
            Value::Bool(b) => return SchemaKind::Bool(*b),
            Value::Object(m) => m,
            other => {
                let what = match other {
                    Value::Null => "null",
                    Value::Number(_) => "a number",
                    Value::String(_) => "a string",
                    Value::Array(_) => "an array",
                    _ => "a value",
                };
                self.push(
                    doc,
                    ptr,
                    Diagnostic::error(
                        "schema-type",
                        format!("a schema must be an object or a boolean, found {what}"),
                    )
                    .with_help("write a schema object such as {type: string}"),
                );
                return SchemaKind::Bool(true);
            }
        };
        let mut o: Box<SchemaObject> = Box::default();
        // Subschema keywords are collected first and given ids in a fixed order below:
        // (rank, keyword, its node).
        let mut subs: Vec<(u8, &'a str, Node<'a>)> = Vec::new();
        let mut nullable = false;
        let mut excl_min_flag = false;
        let mut excl_max_flag = false;
        let mut example: Option<Value> = None;
        for (ki, (k, val)) in m.iter().enumerate() {
            let k = k.as_str();
            let sub = |rank: u8| (rank, k, self.child(n, ki, val));
            match k {
                "$ref" => {
                    if !self.v30 {
                        subs.push(sub(0));
                    }
                }
                "type" => match val {
                    Value::String(t) => match Type::parse(t) {
                        Some(t) => o.types = Some(vec![t]),
                        None => {
                            self.bad_type(doc, ptr, t);
                            o.unknown.insert(k.into(), val.clone());
                        }
                    },
                    Value::Array(a) => {
                        let mut ts = Vec::new();
                        for t in a {
                            match t.as_str().and_then(Type::parse) {
                                Some(t) if !ts.contains(&t) => ts.push(t),
                                Some(_) => {}
                                None => self.bad_type(doc, ptr, &t.to_string()),
                            }
                        }
                        o.types = Some(ts);
                    }
                    _ => {
                        self.kw_warning(doc, ptr, k, "a type name or a list of them");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "nullable" => nullable = val.as_bool().unwrap_or(false),
                "enum" => match val {
                    Value::Array(a) => o.enum_ = Some(a.clone()),
                    _ => {
                        self.kw_warning(doc, ptr, k, "a list");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "const" => o.const_ = Some(val.clone()),
                "format" => o.format = val.as_str().map(str::to_string),
                "title" => o.title = val.as_str().map(str::to_string),
                "description" => o.description = val.as_str().map(str::to_string),
                "default" => o.default = Some(val.clone()),
                "examples" => match val {
                    Value::Array(a) => o.examples.extend(a.iter().cloned()),
                    other => o.examples.push(other.clone()),
                },
                "example" => example = Some(val.clone()),
                "deprecated" => o.deprecated = val.as_bool().unwrap_or(false),
                "readOnly" => o.read_only = val.as_bool().unwrap_or(false),
                "writeOnly" => o.write_only = val.as_bool().unwrap_or(false),
                "multipleOf" | "minimum" | "maximum" => {
                    let Some(n) = val.as_f64() else {
                        self.kw_warning(doc, ptr, k, "a number");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    match k {
                        "multipleOf" => o.multiple_of = Some(n),
                        "minimum" => o.minimum = Some(n),
                        _ => o.maximum = Some(n),
                    }
                }
                "exclusiveMinimum" | "exclusiveMaximum" => match val {
                    Value::Bool(flag) => {
                        if k == "exclusiveMinimum" {
                            excl_min_flag = *flag;
                        } else {
                            excl_max_flag = *flag;
                        }
                    }
                    Value::Number(n) => {
                        let n = n.as_f64();
                        if k == "exclusiveMinimum" {
                            o.exclusive_minimum = n;
                        } else {
                            o.exclusive_maximum = n;
                        }
                    }
                    _ => {
                        self.kw_warning(doc, ptr, k, "a number");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties"
                | "maxProperties" | "minContains" | "maxContains" => {
                    let n = val.as_u64().or_else(|| {
                        val.as_f64()
                            .filter(|f| *f >= 0.0 && f.fract() == 0.0)
                            .map(|f| f as u64)
                    });
                    let Some(n) = n else {
                        self.kw_warning(doc, ptr, k, "a non-negative integer");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let slot = match k {
                        "minLength" => &mut o.min_length,
                        "maxLength" => &mut o.max_length,
                        "minItems" => &mut o.min_items,
                        "maxItems" => &mut o.max_items,
                        "minProperties" => &mut o.min_properties,
                        "maxProperties" => &mut o.max_properties,
                        "minContains" => &mut o.min_contains,
                        _ => &mut o.max_contains,
                    };
                    *slot = Some(n);
                }
                "pattern" => o.pattern = val.as_str().map(str::to_string),
                "contentMediaType" => o.content_media_type = val.as_str().map(str::to_string),
                "contentEncoding" => o.content_encoding = val.as_str().map(str::to_string),
                "uniqueItems" => o.unique_items = val.as_bool().unwrap_or(false),
                "required" => match val {
                    Value::Array(a) => {
                        o.required = a
                            .iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    }
                    _ => {
                        self.push(
                            doc,
                            &join(ptr, k),
                            Diagnostic::warning("schema-required-bool", "`required` in a schema is a list of property names, not a boolean")
                                .with_help("list the property in the parent object's `required: [...]` instead"),
                        );
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "dependentRequired" => {
                    if let Value::Object(dr) = val {
                        o.dependent_required = dr
                            .iter()
                            .map(|(p, l)| {
                                (
                                    p.clone(),
                                    l.as_array()
                                        .map(|a| {
                                            a.iter()
                                                .filter_map(|x| x.as_str().map(str::to_string))
                                                .collect()
                                        })
                                        .unwrap_or_default(),
                                )
                            })
                            .collect();
                    }
                }
                "$dynamicRef" => o.dynamic_ref = val.as_str().map(str::to_string),
                "$id" => o.id = val.as_str().map(str::to_string),
                "$anchor" => o.anchor = val.as_str().map(str::to_string),
                "$dynamicAnchor" => o.dynamic_anchor = val.as_str().map(str::to_string),
                "$schema" => o.schema_dialect = val.as_str().map(str::to_string),
                "$comment" => {
                    o.unknown.insert(k.into(), val.clone());
                }
                "discriminator" => {}
                "xml" => o.xml = Some(val.clone()),
                "externalDocs" => o.external_docs = external_docs(Some(val)),
                "items" => subs.push(sub(if val.is_array() { 10 } else { 11 })),
                "additionalItems" => subs.push(sub(12)),
                "prefixItems" => subs.push(sub(10)),
                "contains" => subs.push(sub(13)),
                "unevaluatedItems" => subs.push(sub(14)),
                "properties" => subs.push(sub(20)),
                "patternProperties" => subs.push(sub(21)),
                "additionalProperties" => subs.push(sub(22)),
                "unevaluatedProperties" => subs.push(sub(23)),
                "propertyNames" => subs.push(sub(24)),
                "dependentSchemas" => subs.push(sub(25)),
                "allOf" => subs.push(sub(30)),
                "anyOf" => subs.push(sub(31)),
                "oneOf" => subs.push(sub(32)),
                "not" => subs.push(sub(33)),
                "if" => subs.push(sub(34)),
                "then" => subs.push(sub(35)),
                "else" => subs.push(sub(36)),
                "contentSchema" => subs.push(sub(40)),
                "$defs" | "definitions" => subs.push(sub(50)),
                _ if k.starts_with("x-") => {
                    o.extensions.insert(k.into(), val.clone());
                }
                _ => {
                    o.unknown.insert(k.into(), val.clone());
                }
            }
        }
        subs.sort_by_key(|(rank, _, _)| *rank);
        for (_, k, kn) in subs {
            let kp = join(ptr, k);
            let val = kn.v;
            // The schema at element/member `i` of this keyword's value.
            let at = |this: &mut Self, i: usize, cv: &'a Value, token: &str| {
                let c = this.child(kn, i, cv);
                this.schema_node(c, &|| join(&kp, token))
            };
            match k {
                "$ref" => {
                    // 3.1 `$ref` with siblings: a node of its own that also applies the target.
                    o.ref_ = self.schema_at_ref(n, ptr);
                }
                "items" | "prefixItems" => match val {
                    Value::Array(a) => {
                        o.prefix_items = a
                            .iter()
                            .enumerate()
                            .map(|(i, cv)| at(self, i, cv, &i.to_string()))
                            .collect()
                    }
                    _ => o.items = Some(self.schema_node(kn, &|| kp.clone())),
                },
                "additionalItems" => {
                    // draft-4 style: only meaningful with an `items` array (now prefixItems).
                    if m.fget("items").is_some_and(Value::is_array) {
                        o.items = Some(self.schema_node(kn, &|| kp.clone()));
                    } else {
                        o.unknown.insert(k.into(), val.clone());
                    }
                }
                "contains" => o.contains = Some(self.schema_node(kn, &|| kp.clone())),
                "unevaluatedItems" => {
                    o.unevaluated_items = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "properties" | "patternProperties" | "dependentSchemas" | "$defs"
                | "definitions" => {
                    let Value::Object(props) = val else {
                        self.kw_warning(doc, ptr, k, "a map of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let mut out = Map::with_capacity(props.len());
                    for (i, (name, pv)) in props.iter().enumerate() {
                        out.insert(name.clone(), at(self, i, pv, name));
                    }
                    match k {
                        "properties" => o.properties = out,
                        "patternProperties" => o.pattern_properties = out,
                        "dependentSchemas" => o.dependent_schemas = out,
                        _ => o.defs.extend(out),
                    }
                }
                "additionalProperties" => {
                    o.additional_properties = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "unevaluatedProperties" => {
                    o.unevaluated_properties = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "propertyNames" => o.property_names = Some(self.schema_node(kn, &|| kp.clone())),
                "allOf" | "anyOf" | "oneOf" => {
                    let Value::Array(a) = val else {
                        self.kw_warning(doc, ptr, k, "a list of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let ids = a
                        .iter()
                        .enumerate()
                        .map(|(i, cv)| at(self, i, cv, &i.to_string()))
                        .collect();
                    match k {
                        "allOf" => o.all_of = ids,
                        "anyOf" => o.any_of = ids,
                        _ => o.one_of = ids,
                    }
                }
                "not" => o.not = Some(self.schema_node(kn, &|| kp.clone())),
                "if" => o.if_ = Some(self.schema_node(kn, &|| kp.clone())),
                "then" => o.then_ = Some(self.schema_node(kn, &|| kp.clone())),
                "else" => o.else_ = Some(self.schema_node(kn, &|| kp.clone())),
                "contentSchema" => o.content_schema = Some(self.schema_node(kn, &|| kp.clone())),
                _ => {}
            }
        }
        if let Some(Value::Object(dm)) = m.fget("discriminator") {
            o.discriminator = Some(self.discriminator(doc, &join(ptr, "discriminator"), dm));
        }

        // --- normalization to 3.1 meaning ---
        if let Some(ex) = example {
            o.examples.push(ex);
        }
        if excl_min_flag && let Some(min) = o.minimum.take() {
            o.exclusive_minimum = Some(min);
        }
        if excl_max_flag && let Some(max) = o.maximum.take() {
            o.exclusive_maximum = Some(max);
        }
        if nullable {
            if !self.v30 {
                self.push(
                    doc,
                    &join(ptr, "nullable"),
                    Diagnostic::warning(
                        "nullable-in-3.1",
                        "`nullable` is not an OpenAPI 3.1 keyword; it is applied as in 3.0",
                    )
                    .with_help("write `type: [T, \"null\"]` instead"),
                );
            }
            if let Some(e) = o.enum_.as_mut()
                && !e.contains(&Value::Null)
            {
                e.push(Value::Null);
            }
            let pinned = o.enum_.is_some() || o.const_.is_some();
            match o.types.as_mut() {
                Some(ts) if !ts.contains(&Type::Null) => ts.push(Type::Null),
                Some(_) => {}
                None if !pinned => {
                    // `nullable` without `type` (e.g. `{nullable: true, allOf: [$ref]}`):
                    // read as "this, or null": anyOf [this, {type: null}].
                    return SchemaKind::Object(Box::new(self.nullable_wrap(doc, ptr, *o)));
                }
                None => {}
            }
        }
        SchemaKind::Object(o)
    }

    /// Turn `o` (which had `nullable: true` and no `type`) into `anyOf: [inner, null]`,
    /// keeping annotations on the outer node. A lone `allOf: [X]` becomes `anyOf: [X, null]`.
    fn nullable_wrap(&mut self, doc: usize, ptr: &str, mut o: SchemaObject) -> SchemaObject {
        let mut outer = SchemaObject {
            title: o.title.take(),
            description: o.description.take(),
            examples: std::mem::take(&mut o.examples),
            deprecated: std::mem::take(&mut o.deprecated),
            read_only: std::mem::take(&mut o.read_only),
            write_only: std::mem::take(&mut o.write_only),
            ..Default::default()
        };
        if o.default.is_some() {
            outer.default = o.default.take();
        }
        if !o.extensions.is_empty() {
            outer.extensions = std::mem::take(&mut o.extensions);
        }
        o.compact();
        let lone_all_of = o.all_of.len() == 1 && {
            let mut rest = o.clone();
            rest.all_of.clear();
            rest == SchemaObject::default()
        };
        let inner = if lone_all_of {
            o.all_of[0]
        } else if o == SchemaObject::default() {
            // nullable alone: any value (null included).
            return outer;
        } else {
            self.arena.push(Schema {
                name: None,
                kind: SchemaKind::Object(Box::new(o)),
                loc: self.loc(doc, ptr),
            })
        };
        let null = self.arena.push(Schema {
            name: None,
            kind: SchemaKind::Object(Box::new(SchemaObject {
                types: Some(vec![Type::Null]),
                ..Default::default()
            })),
            loc: self.loc(doc, &join(ptr, "nullable")),
        });
        outer.any_of = vec![inner, null];
        outer
    }

    /// The schema a 3.1 `$ref` with siblings (at node `n`, pointer `ptr`) applies.
    fn schema_at_ref(&mut self, n: Node<'a>, ptr: &str) -> Option<SchemaId> {
        let r = n.v.fget("$ref")?.as_str()?;
        let (t, tptr) = self.resolve_ref_node(n.doc, &|| ptr.to_string(), r)?;
        Some(self.schema_node(t, &|| tptr.to_string()))
    }

    fn bad_type(&mut self, doc: usize, ptr: &str, t: &str) {
        self.push(
            doc,
            &join(ptr, "type"),
            Diagnostic::warning(
                "schema-type-name",
                format!("`{t}` is not a JSON Schema type"),
            )
            .with_help("use one of null, boolean, object, array, number, string, integer"),
        );
    }

    fn discriminator(&mut self, doc: usize, ptr: &str, dm: &JMap<String, Value>) -> Discriminator {
        let mut mapping = Map::new();
        if let Some(Value::Object(mp)) = dm.fget("mapping") {
            for (tag, target) in mp {
                let Some(t) = target.as_str() else { continue };
                // A mapping value is a ref, or a bare component name.
                let reference = if t.contains('#') || t.contains('/') || t.contains('.') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                let mptr = join(&join(ptr, "mapping"), tag);
                match self.resolve(doc, &mptr, &reference) {
                    Ok(tg) => {
                        let id = self.schema_at(tg.doc, &tg.pointer);
                        mapping.insert(tag.clone(), id);
                    }
                    Err(mut d) => {
                        d.pointer = mptr.clone();
                        d.message = format!("discriminator mapping `{tag}`: {}", d.message);
                        self.diags.push(d);
                    }
                }
            }
        }
        let default_mapping = dm
            .fget("defaultMapping")
            .and_then(Value::as_str)
            .and_then(|t| {
                let reference = if t.contains('#') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                self.resolve(doc, ptr, &reference).ok()
            });
        let default_mapping = default_mapping.map(|t| self.schema_at(t.doc, &t.pointer));
        Discriminator {
            property_name: s(dm.fget("propertyName")).unwrap_or_default(),
            mapping,
            default_mapping,
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
