//! The set of parsed documents a spec spans, and `$ref` resolution between them.

use crate::LoadOptions;
use crate::diag::{Diagnostic, LoadError};
use crate::source::{self, Parsed, PosIndex};
use percent_encoding::percent_decode_str;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

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
        self.swagger2.as_ref().map_or(&self.value, |o| &o.value)
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

fn display_path(p: &Path) -> String {
    if let Ok(cwd) = std::env::current_dir()
        && let Ok(rel) = p.strip_prefix(&cwd)
    {
        return rel.display().to_string();
    }
    p.display().to_string()
}

/// Lexically normalize `a/./b/../c` → `a/c` (no filesystem access).
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
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
                pos: orig_pos,
                origin,
            })),
        };
        self.docs[i] = Arc::new(doc);
    }

    /// Every file path read, for `cargo:rerun-if-changed`.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.docs.iter().map(|d| d.path.as_path())
    }

    /// Resolve `reference` (the string of a `$ref`) found at `from_pointer` in document
    /// `from`. Loads the target file on first use. Errors carry the location of the `$ref`.
    #[allow(clippy::result_large_err)] // errors are rare and go straight into a report
    pub fn resolve(
        &mut self,
        from: usize,
        from_pointer: &str,
        reference: &str,
    ) -> Result<Target, Diagnostic> {
        if let Ok(FileRef::Unloaded { key, display, url }) = self.file_ref(from, reference) {
            self.load_file(key, display, url);
        }
        match self.resolve_loaded(from, from_pointer, reference) {
            Ok(t) => Ok(t),
            Err(Miss::Diag(d)) => Err(d),
            // `load_file` either added the file or recorded why it could not.
            Err(Miss::NotLoaded) => Err(self.here(
                from,
                from_pointer,
                format!("`$ref: {reference}`: the target could not be loaded"),
                "check the path",
            )),
        }
    }

    /// Load every file that the `$ref`s of the loaded documents name (transitively), so
    /// that [`DocSet::resolve_loaded`] can answer without loading. Failures are remembered
    /// and reported when a ref to the file is resolved.
    pub(crate) fn preload(&mut self) {
        let mut i = 0;
        while i < self.docs.len() {
            let refs = std::mem::take(&mut self.pending_refs[i]);
            for r in refs {
                if let Ok(FileRef::Unloaded { key, display, url }) = self.file_ref(i, &r) {
                    self.load_file(key, display, url);
                }
            }
            i += 1;
        }
    }

    /// Like [`DocSet::resolve`] but never loads: a ref to a file not loaded yet (nor known
    /// to fail) is [`Miss::NotLoaded`].
    #[allow(clippy::result_large_err)] // errors are rare and go straight into a report
    pub(crate) fn resolve_loaded(
        &self,
        from: usize,
        from_pointer: &str,
        reference: &str,
    ) -> Result<Target, Miss> {
        let (file_part, frag) = match reference.split_once('#') {
            Some((f, p)) => (f, p),
            None => (reference, ""),
        };
        // A `$id` declared somewhere in this document set.
        if !file_part.is_empty() {
            for (i, d) in self.docs.iter().enumerate() {
                if let Some(base) = d.ids.get(file_part) {
                    return self.fragment(i, base, frag).ok_or_else(|| {
                        Miss::Diag(self.here(from, from_pointer, format!("`$ref: {reference}`: fragment `#{frag}` not found under `$id` {file_part}"), "check the pointer"))
                    });
                }
            }
        }
        let doc = if file_part.is_empty() {
            from
        } else {
            match self.file_ref(from, reference) {
                Ok(FileRef::Loaded(i)) => i,
                Ok(FileRef::Unloaded { key, url, .. }) => {
                    return Err(match self.failed.get(&key) {
                        Some(LoadFailure::Read(detail)) => Miss::Diag(self.here(
                            from,
                            from_pointer,
                            format!(
                                "`$ref: {reference}`: cannot read {}: {detail}",
                                key.display()
                            ),
                            "check the path",
                        )),
                        Some(LoadFailure::Fetch(detail)) => Miss::Diag(self.here(
                            from,
                            from_pointer,
                            format!("`$ref: {reference}`: cannot fetch {}: {detail}", url.as_deref().unwrap_or_default()),
                            "check the URL, or download the document and refer to it by a relative path",
                        )),
                        Some(LoadFailure::Parse(d)) => Miss::Diag(d.clone()),
                        None => Miss::NotLoaded,
                    });
                }
                Err((msg, help)) => {
                    return Err(Miss::Diag(self.here(from, from_pointer, msg, help)));
                }
            }
        };
        self.fragment(doc, "", frag).ok_or_else(|| {
            Miss::Diag(self.here(
                from,
                from_pointer,
                format!("`$ref: {reference}`: nothing at `#{frag}` in {}", self.docs[doc].display_name),
                "check the JSON pointer (remember `/` is written `~1` and `~` is `~0` inside a key)",
            ))
        })
    }

    /// An unresolved-ref error at the `$ref` under `from_pointer` in document `from`.
    fn here(&self, from: usize, from_pointer: &str, msg: String, help: &str) -> Diagnostic {
        self.docs[from]
            .diag(
                Diagnostic::error("ref-unresolved", msg),
                &format!("{from_pointer}/$ref"),
            )
            .with_help(help.to_string())
    }

    /// Which file a ref with a non-empty file part names, and whether it is loaded; or why
    /// it may not be read (remote refs off, outside the root folder, unsupported scheme).
    fn file_ref(&self, from: usize, reference: &str) -> Result<FileRef, (String, &'static str)> {
        let file_part = reference.split('#').next().unwrap_or_default();
        if file_part.is_empty() {
            return Ok(FileRef::Loaded(from));
        }
        if self.docs.iter().any(|d| d.ids.contains_key(file_part)) {
            // A `$id` of a loaded document: nothing to load (resolve_loaded finds it).
            return Ok(FileRef::Loaded(from));
        }
        let from_remote = is_remote(&self.docs[from].path);
        if is_remote_str(file_part) || from_remote {
            if !self.opts.allow_remote_refs {
                return Err((
                    format!(
                        "`$ref: {reference}` points to a remote document, and remote refs are off"
                    ),
                    "download the document next to the spec and refer to it by a relative path, or pass --allow-remote-refs",
                ));
            }
            let url = if is_remote_str(file_part) {
                file_part.to_string()
            } else {
                url_join(&self.docs[from].path.display().to_string(), file_part)
            };
            let key = PathBuf::from(&url);
            return Ok(match self.by_path.get(&key) {
                Some(i) => FileRef::Loaded(*i),
                None => FileRef::Unloaded {
                    key,
                    display: url.clone(),
                    url: Some(url),
                },
            });
        }
        if file_part.contains("://") || file_part.starts_with("urn:") {
            return Err((
                format!("`$ref: {reference}`: unsupported URI scheme"),
                "use a relative file path",
            ));
        }
        let decoded = percent_decode_str(file_part)
            .decode_utf8_lossy()
            .to_string();
        let base = self.docs[from]
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let target = normalize(&base.join(&decoded));
        if !self.opts.allow_outside_root && !target.starts_with(&self.root_dir) {
            return Err((
                format!(
                    "`$ref: {reference}` leaves the spec's folder {} (resolves to {})",
                    self.root_dir.display(),
                    target.display()
                ),
                "move the file under the spec's folder, or allow it (--allow-outside-root)",
            ));
        }
        Ok(match self.by_path.get(&target) {
            Some(i) => FileRef::Loaded(*i),
            None => FileRef::Unloaded {
                display: display_path(&target),
                key: target,
                url: None,
            },
        })
    }

    /// Read (or fetch) and parse a file named by a ref; on failure remember why.
    fn load_file(&mut self, key: PathBuf, display: String, url: Option<String>) {
        if self.by_path.contains_key(&key) || self.failed.contains_key(&key) {
            return;
        }
        let text = match &url {
            Some(u) => fetch(u, self.opts.max_file_bytes).map_err(LoadFailure::Fetch),
            None => read_file(&key, &display, &self.opts).map_err(|e| {
                LoadFailure::Read(
                    e.diagnostics
                        .first()
                        .map(|d| d.message.clone())
                        .unwrap_or_default(),
                )
            }),
        };
        let failure = match text {
            Ok(text) => match self.add(text, key.clone(), display) {
                Ok(_) => return,
                Err(e) => match e.diagnostics.into_iter().next() {
                    Some(d) => LoadFailure::Parse(d),
                    None => LoadFailure::Read("cannot parse the file".into()),
                },
            },
            Err(f) => f,
        };
        self.failed.insert(key, failure);
    }

    /// Resolve a fragment (`/a/b`, `anchor`, or empty) inside `doc`, relative to `base`.
    fn fragment(&self, doc: usize, base: &str, frag: &str) -> Option<Target> {
        let frag = percent_decode_str(frag).decode_utf8_lossy();
        let d = &self.docs[doc];
        let pointer = if frag.is_empty() {
            base.to_string()
        } else if frag.starts_with('/') {
            format!("{base}{frag}")
        } else {
            d.anchors.get(frag.as_ref())?.clone()
        };
        d.get(&pointer)?;
        Some(Target { doc, pointer })
    }
}

fn read_file(path: &Path, display: &str, opts: &LoadOptions) -> Result<String, LoadError> {
    let fail = |msg: String, help: &str| {
        LoadError::one(
            Diagnostic::error("io", msg)
                .at(display, "", 0, 0)
                .with_help(help.to_string()),
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        fail(
            format!("cannot read {display}: {e}"),
            "check that the file exists and is readable",
        )
    })?;
    if meta.is_dir() {
        return Err(fail(
            format!("{display} is a directory, not a spec file"),
            "pass the path of the OpenAPI document",
        ));
    }
    if meta.len() > opts.max_file_bytes {
        return Err(fail(
            format!(
                "{display} is {} bytes, more than the {} byte limit",
                meta.len(),
                opts.max_file_bytes
            ),
            "split the spec into files or raise the limit",
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| fail(format!("cannot read {display}: {e}"), "check permissions"))?;
    String::from_utf8(bytes).map_err(|e| {
        fail(
            format!(
                "{display} is not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            "save the file as UTF-8",
        )
    })
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

fn is_remote_str(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

fn is_remote(p: &Path) -> bool {
    p.to_str().is_some_and(is_remote_str)
}

/// Resolve a relative reference against a document URL (`../` and `./` segments handled).
fn url_join(base: &str, rel: &str) -> String {
    let (origin, path) = match base
        .find("://")
        .and_then(|i| base[i + 3..].find('/').map(|j| i + 3 + j))
    {
        Some(k) => (&base[..k], &base[k..]),
        None => (base, "/"),
    };
    let mut segs: Vec<&str> = if rel.starts_with('/') {
        Vec::new()
    } else {
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    format!("{origin}/{}", segs.join("/"))
}

#[cfg(feature = "remote-refs")]
fn fetch(url: &str, limit: u64) -> Result<String, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .max_redirects(5)
        .build()
        .into();
    let mut resp = agent.get(url).call().map_err(|e| e.to_string())?;
    resp.body_mut()
        .with_config()
        .limit(limit)
        .read_to_string()
        .map_err(|e| e.to_string())
}

#[cfg(not(feature = "remote-refs"))]
fn fetch(_url: &str, _limit: u64) -> Result<String, String> {
    Err("this build of stipula-spec has no HTTP client (feature `remote-refs` is off)".into())
}
