//! `$ref` resolution among the documents of a [`DocSet`]: the one resolver of the crate.
//! The loader uses [`DocSet::resolve`] (loads on first use) and `resolve_loaded`; `validate`
//! checks every `$ref` with `resolve_loaded` too, so both report a broken ref alike.

use super::read::{display_path, fetch, is_remote, is_remote_str, normalize, read_file, url_join};
use super::{DocSet, FileRef, LoadFailure, Miss, Target};
use crate::diag::Diagnostic;
use percent_encoding::percent_decode_str;
use std::path::{Path, PathBuf};

impl DocSet {
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
                    return self
                        .fragment(i, base, frag)
                        .map_err(|what| self.no_target(from, from_pointer, reference, i, &what));
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
                        Some(LoadFailure::Missing) => Miss::Diag(self.here(
                            from,
                            from_pointer,
                            format!(
                                "`$ref: {reference}` points to {}, which does not exist",
                                key.display()
                            ),
                            "check the file name: a relative path is resolved against the folder of the document that holds the `$ref`",
                        )),
                        Some(LoadFailure::Read(detail)) => Miss::Diag(self.here(
                            from,
                            from_pointer,
                            format!("`$ref: {reference}`: {detail}"),
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
        self.fragment(doc, "", frag)
            .map_err(|what| self.no_target(from, from_pointer, reference, doc, &what))
    }

    /// The miss of a ref whose document is there but holds nothing at `what` (the pointer
    /// looked for, or `#anchor`).
    fn no_target(
        &self,
        from: usize,
        from_pointer: &str,
        reference: &str,
        doc: usize,
        what: &str,
    ) -> Miss {
        Miss::Diag(self.here(
            from,
            from_pointer,
            format!(
                "`$ref: {reference}`: nothing at `{what}` in {}",
                self.docs[doc].display_name
            ),
            "check the file name and the JSON pointer (inside a key, `/` is written `~1` and `~` is `~0`)",
        ))
    }

    /// May a ref to `reference` from document `from` be followed under the load options?
    /// `false` for what the options refuse (a remote document with remote refs off, a file
    /// outside the root folder, an unsupported URI scheme); the loader reports such a ref
    /// where it needs one.
    #[cfg(feature = "validate")]
    pub(crate) fn may_follow(&self, from: usize, reference: &str) -> bool {
        self.file_ref(from, reference).is_ok()
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
                if !key.exists() {
                    return LoadFailure::Missing;
                }
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

    /// Resolve a fragment (`/a/b`, `anchor`, or empty) inside `doc`, relative to `base`. On a
    /// miss, what was looked for: the pointer, or `#anchor`.
    fn fragment(&self, doc: usize, base: &str, frag: &str) -> Result<Target, String> {
        let frag = percent_decode_str(frag).decode_utf8_lossy();
        let d = &self.docs[doc];
        let pointer = if frag.is_empty() {
            base.to_string()
        } else if frag.starts_with('/') {
            format!("{base}{frag}")
        } else {
            match d.anchors.get(frag.as_ref()) {
                Some(p) => p.clone(),
                None => return Err(format!("#{frag}")),
            }
        };
        match d.get(&pointer) {
            Some(_) => Ok(Target { doc, pointer }),
            None => Err(pointer),
        }
    }
}
