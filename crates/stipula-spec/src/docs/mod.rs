//! The set of parsed documents a spec spans (`mod.rs`: [`Document`], [`DocSet`], opening and
//! indexing files), `$ref` resolution between them (`resolve.rs`), and reading files and
//! remote documents (`read.rs`).

use crate::LoadOptions;
use crate::diag::{Diagnostic, LoadError};
use crate::source::{self, Parsed, PosIndex};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod read;
mod resolve;

use read::{normalize, read_file};

/// One parsed file.
#[derive(Debug)]
pub struct Document {
    /// Path as shown to users.
    pub display_name: String,
    /// Canonical path (used to de-duplicate and to resolve relative refs).
    pub path: PathBuf,
    /// The file's text as read (for source snippets in messages and line/column lookups).
    pub text: Arc<str>,
    /// The parsed tree; for a Swagger 2.0 document, its 3.0 upgrade (see
    /// [`Document::original_value`] for the tree as written).
    pub value: Value,
    /// Position of every node of `value` (pre-order numbering), for locations.
    pub pos: PosIndex,
    /// `$anchor` name → pointer, and `$id` → pointer, found in this document.
    pub(crate) anchors: HashMap<String, String>,
    pub(crate) ids: HashMap<String, String>,
    /// Memo that keeps `locate` cheap when the builder asks for thousands of positions.
    locate_cache: std::sync::Mutex<source::LocateCache>,
    /// For a Swagger 2.0 document upgraded to 3.0 (`value` is then the 3.0 tree): the 2.0
    /// tree and where each 3.0 node came from.
    pub(crate) swagger2: Option<Box<crate::swagger2::Origin>>,
}

impl Document {
    /// 1-based (line, col) of the node at `pointer` (or its nearest ancestor).
    pub fn locate(&self, pointer: &str) -> (u32, u32) {
        match self.locate_cache.lock() {
            Ok(mut cache) => self
                .pos
                .locate_cached(&self.value, &self.text, pointer, &mut cache),
            Err(_) => self.pos.locate(&self.value, &self.text, pointer),
        }
    }

    /// The node at a JSON pointer: its pre-order number in [`Document::pos`] and its value.
    pub(crate) fn find(&self, pointer: &str) -> Option<(u32, &Value)> {
        match self.locate_cache.lock() {
            Ok(mut cache) => self.pos.find(&self.value, pointer, Some(&mut cache)),
            Err(_) => self.pos.find(&self.value, pointer, None),
        }
    }

    /// Index (in document order) of member `key` of the object `map` at pre-order node
    /// `node` (for big objects: a key table is built once per object).
    pub(crate) fn member_index(
        &self,
        node: u32,
        map: &serde_json::Map<String, Value>,
        key: &str,
    ) -> Option<usize> {
        match self.locate_cache.lock() {
            Ok(mut cache) => PosIndex::member_index(node, map, key, &mut cache),
            Err(_) => map.keys().position(|k| k == key),
        }
    }

    /// (line, col) of pre-order node `node`.
    pub(crate) fn position(&self, node: u32) -> (u32, u32) {
        self.pos.position(node as usize, &self.text)
    }

    /// The value at a JSON pointer.
    pub fn get(&self, pointer: &str) -> Option<&Value> {
        crate::pointer::get(&self.value, pointer)
    }

    /// An error diagnostic located at `pointer` in this document.
    pub fn diag(&self, d: Diagnostic, pointer: &str) -> Diagnostic {
        let (l, c) = self.locate(pointer);
        d.at(&self.display_name, &self.source_pointer(pointer), l, c)
    }

    /// The pointer to show users for `pointer`: itself, or for a Swagger 2.0 document the
    /// pointer in the 2.0 file of the node it came from (`/definitions/Pet` for
    /// `/components/schemas/Pet`).
    pub fn source_pointer<'p>(&self, pointer: &'p str) -> std::borrow::Cow<'p, str> {
        let Some(o) = &self.swagger2 else {
            return std::borrow::Cow::Borrowed(pointer);
        };
        // The deepest existing node on the way (a diagnostic may name a missing member).
        let mut p = pointer;
        loop {
            if let Some((node, _)) = self.find(p)
                && let Some(src) = o.source_pointer(node)
            {
                return std::borrow::Cow::Owned(if p.len() == pointer.len() {
                    src
                } else {
                    format!("{src}{}", &pointer[p.len()..])
                });
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return std::borrow::Cow::Borrowed(pointer),
            }
        }
    }

    /// Whether this document was upgraded from Swagger 2.0.
    pub fn is_swagger2(&self) -> bool {
        self.swagger2.is_some()
    }

    /// The document as written: the Swagger 2.0 tree for an upgraded document, else
    /// [`Document::value`].
    pub fn original_value(&self) -> &Value {
        self.swagger2.as_ref().map_or(&self.value, |o| o.original())
    }

    /// The position index of [`Document::original_value`].
    pub fn original_pos(&self) -> &PosIndex {
        self.swagger2.as_ref().map_or(&self.pos, |o| &o.pos)
    }
}

/// All documents of one spec. Index 0 is the root.
#[derive(Debug)]
pub struct DocSet {
    /// The documents, root first, then in the order their first `$ref` was followed.
    pub docs: Vec<Arc<Document>>,
    by_path: HashMap<PathBuf, usize>,
    root_dir: PathBuf,
    opts: LoadOptions,
    /// Files named by refs that could not be loaded, and why.
    failed: HashMap<PathBuf, LoadFailure>,
    /// Per document: the refs to other files it contains, not yet loaded by `preload`.
    pending_refs: Vec<Vec<String>>,
}

/// Why a file named by a ref could not be loaded.
#[derive(Debug)]
enum LoadFailure {
    /// Nothing at that path.
    Missing,
    /// The file is there but could not be read (a directory, too large, not UTF-8, ...).
    Read(String),
    Fetch(String),
    Parse(Diagnostic),
}

/// The file a ref names.
enum FileRef {
    Loaded(usize),
    Unloaded {
        key: PathBuf,
        display: String,
        url: Option<String>,
    },
}

/// Why [`DocSet::resolve_loaded`] found no target.
pub(crate) enum Miss {
    /// The ref is wrong (or its file failed to load): report this.
    Diag(Diagnostic),
    /// The ref names a file that was not loaded yet; call [`DocSet::resolve`] first.
    NotLoaded,
}

/// A resolved reference target.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    pub doc: usize,
    pub pointer: String,
}

impl DocSet {
    pub(crate) fn open(path: &Path, opts: &LoadOptions) -> Result<DocSet, LoadError> {
        let abs =
            std::path::absolute(path).map_err(|e| {
                LoadError::one(
                    Diagnostic::error("io", format!("cannot resolve path {}: {e}", path.display()))
                        .at(&path.display().to_string(), "", 0, 0),
                )
            })?;
        let abs = normalize(&abs);
        let text = read_file(&abs, &path.display().to_string(), opts)?;
        Self::with_root(text, abs, path.display().to_string(), opts)
    }

    pub(crate) fn from_text(
        text: &str,
        name: &str,
        opts: &LoadOptions,
    ) -> Result<DocSet, LoadError> {
        let abs = normalize(&std::path::absolute(name).unwrap_or_else(|_| PathBuf::from(name)));
        Self::with_root(text.to_string(), abs, name.to_string(), opts)
    }

    fn with_root(
        text: String,
        abs: PathBuf,
        display: String,
        opts: &LoadOptions,
    ) -> Result<DocSet, LoadError> {
        let root_dir = match &opts.root_dir {
            Some(d) => normalize(&std::path::absolute(d).unwrap_or_else(|_| d.clone())),
            None => abs.parent().map(Path::to_path_buf).unwrap_or_default(),
        };
        let mut set = DocSet {
            docs: Vec::new(),
            by_path: HashMap::new(),
            root_dir,
            opts: opts.clone(),
            failed: HashMap::new(),
            pending_refs: Vec::new(),
        };
        set.add(text, abs, display)?;
        Ok(set)
    }

    fn add(&mut self, text: String, abs: PathBuf, display: String) -> Result<usize, LoadError> {
        let Parsed { value, pos } = source::parse_auto(&text, &self.opts.limits).map_err(|e| {
            LoadError::one(
                Diagnostic::error(e.code, e.message.clone())
                    .at(&display, "", e.line, e.col)
                    .with_help("fix the syntax at this position; stipula reads JSON and YAML 1.2"),
            )
        })?;
        let mut doc = Document {
            display_name: display,
            path: abs.clone(),
            text: Arc::from(text),
            value,
            pos,
            anchors: HashMap::new(),
            ids: HashMap::new(),
            locate_cache: Default::default(),
            swagger2: None,
        };
        let mut refs = Vec::new();
        index_ids(
            &doc.value,
            &mut Vec::new(),
            &mut doc.anchors,
            &mut doc.ids,
            &mut refs,
        );
        self.docs.push(Arc::new(doc));
        self.pending_refs.push(refs);
        let idx = self.docs.len() - 1;
        self.by_path.insert(abs, idx);
        Ok(idx)
    }

    /// Replace document `i`'s tree by its Swagger 2.0 upgrade (see [`crate::swagger2`]).
    pub(crate) fn install_upgrade(
        &mut self,
        i: usize,
        value: Value,
        pos: PosIndex,
        origin: Vec<u32>,
        moved: bool,
        direct: Option<crate::swagger2::Direct>,
    ) {
        if i >= self.docs.len() {
            return;
        }
        let mut anchors = HashMap::new();
        let mut ids = HashMap::new();
        // The upgrade keeps `$id`/`$anchor` where they were (inside schemas); a 2.0 tree
        // without any (they are not 2.0 keywords) needs no second walk.
        if !self.docs[i].anchors.is_empty() || !self.docs[i].ids.is_empty() {
            index_ids(
                &value,
                &mut Vec::new(),
                &mut anchors,
                &mut ids,
                &mut Vec::new(),
            );
        }
        let (orig_value, orig_pos) = match Arc::get_mut(&mut self.docs[i]) {
            Some(d) => (std::mem::take(&mut d.value), std::mem::take(&mut d.pos)),
            None => (self.docs[i].value.clone(), self.docs[i].pos.clone()),
        };
        let old = &self.docs[i];
        let doc = Document {
            display_name: old.display_name.clone(),
            path: old.path.clone(),
            text: old.text.clone(),
            value,
            pos,
            anchors,
            ids,
            locate_cache: Default::default(),
            swagger2: Some(Box::new(crate::swagger2::Origin {
                value: orig_value,
                moved,
                whole: Default::default(),
                limits: self.opts.limits.clone(),
                pos: orig_pos,
                origin,
                text: old.text.clone(),
                direct,
            })),
        };
        self.docs[i] = Arc::new(doc);
    }

    /// Every file path read, for `cargo:rerun-if-changed`.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.docs.iter().map(|d| d.path.as_path())
    }
}

/// One step of the path from the root to a node, for building its pointer on demand.
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// The JSON pointer of the path `steps`.
fn pointer_of(steps: &[Step<'_>]) -> String {
    use std::fmt::Write as _;
    let mut p = String::new();
    for st in steps {
        match st {
            Step::Key(k) => {
                p.push('/');
                crate::pointer::push_escaped(&mut p, k);
            }
            Step::Index(i) => {
                let _ = write!(p, "/{i}");
            }
        }
    }
    p
}

/// Record `$anchor`/`$id` declarations, and the refs to other files (`$ref` values and
/// discriminator mappings that name a file) that `DocSet::preload` should load. The walk
/// keeps the path as borrowed steps and spells a pointer only for a declaration. Recursion
/// is bounded by the parser's depth limit (500).
fn index_ids<'v>(
    v: &'v Value,
    path: &mut Vec<Step<'v>>,
    anchors: &mut HashMap<String, String>,
    ids: &mut HashMap<String, String>,
    refs: &mut Vec<String>,
) {
    if path.len() > 600 {
        return;
    }
    let external = |r: &str| !r.is_empty() && !r.starts_with('#');
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                if k.starts_with('$') {
                    match (k.as_str(), c) {
                        ("$anchor" | "$dynamicAnchor", Value::String(a)) => {
                            anchors.entry(a.clone()).or_insert_with(|| pointer_of(path));
                        }
                        ("$id", Value::String(id)) => {
                            ids.entry(id.split('#').next().unwrap_or("").to_string())
                                .or_insert_with(|| pointer_of(path));
                        }
                        ("$ref", Value::String(r)) if external(r) => refs.push(r.clone()),
                        _ => {}
                    }
                } else if k == "discriminator"
                    && let Value::Object(d) = c
                {
                    let mapped = d
                        .get("mapping")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flat_map(|mp| mp.values())
                        .chain(d.get("defaultMapping"));
                    for t in mapped.filter_map(Value::as_str) {
                        if external(t) && (t.contains('#') || t.contains('/') || t.contains('.')) {
                            refs.push(t.to_string());
                        }
                    }
                }
                if !(c.is_object() || c.is_array()) {
                    continue;
                }
                path.push(Step::Key(k));
                index_ids(c, path, anchors, ids, refs);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                if !(c.is_object() || c.is_array()) {
                    continue;
                }
                path.push(Step::Index(i));
                index_ids(c, path, anchors, ids, refs);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The name a component from another file gets (in the IR and when bundled): the file stem
/// for a whole file (`pet.yaml` → `pet`), else the last pointer token (`common.yaml#/Pet` →
/// `Pet`), with characters outside `[A-Za-z0-9._-]` (not allowed in component keys) as `_`.
pub fn external_name(path: &Path, pointer: &str) -> String {
    let raw = if pointer.is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().trim_end_matches(".schema").to_string())
            .unwrap_or_default()
    } else {
        let last = pointer.rsplit('/').next().unwrap_or("");
        crate::pointer::unescape(last).into_owned()
    };
    let clean: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "Unnamed".into()
    } else {
        clean
    }
}
