//! `stipula validate`: structural and semantic checks of a loaded spec.
//!
//! [`validate`] returns every finding as a [`Diagnostic`] with a stable code, a severity, a
//! message, the file, JSON pointer, line and column, and (mostly) a `help` saying what to do.
//!
//! Two layers:
//!
//! * **Structure** ([`metaschema`]): the root document against the official OpenAPI
//!   meta-schema of its declared version (3.0, 3.1 or 3.2), embedded in the crate. Codes:
//!   `oas-unknown-field`, `oas-missing-field`, `oas-type`, `oas-value`, `oas-structure`.
//! * **Semantics** ([`semantic`]): rules a meta-schema cannot express (duplicate
//!   `operationId`, path template parameters, ambiguous paths, undefined security schemes,
//!   misused schema keywords, ...). Each rule is its own function with its own code; see
//!   [`semantic::CODES`] for the list.
//!
//! The loader's own findings (`Loaded::diagnostics`: warnings, and errors it could work
//! around such as a dangling `$ref`) are included too, so a caller gets one list. Where a semantic rule and the meta-schema report the same node, only the semantic
//! diagnostic (the more specific one) is kept.

pub mod metaschema;
pub mod semantic;

use crate::diag::{Diagnostic, Severity};
use crate::ir::{Callback, Header, Link, MediaType, Operation, Parameter, RequestBody, Response};
use crate::{Document, Loaded, Spec};
pub use metaschema::{MetaError, OasVersion, ObjectKind};

/// Validate a loaded spec: structure of the root document, then semantic rules. The result
/// is sorted by file (root first), line and column; warnings beyond
/// [`MAX_WARNINGS_PER_CODE`] of one code in one file are replaced by one `more-warnings` info.
pub fn validate(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = loaded.diagnostics.clone();
    let Some(root) = loaded.docs.docs.first() else {
        return out;
    };
    let mut structural = structure(root);
    structural.extend(referenced_documents(loaded));
    let sem = semantic::check(loaded);
    let loader = std::mem::take(&mut out);
    out = one_per_node(sem, structural, loader);
    sort(&mut out, loaded);
    cap_warnings(out)
}

/// Most warnings of one code shown per file; the rest are summed up in one `info`.
pub const MAX_WARNINGS_PER_CODE: usize = 25;

/// A spec that writes `nullable` in 3.1 does it hundreds of times: show the first
/// [`MAX_WARNINGS_PER_CODE`] of each warning code per file and count the rest. Errors are
/// never dropped.
fn cap_warnings(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen: std::collections::HashMap<(String, &'static str), usize> =
        std::collections::HashMap::new();
    let mut out = Vec::with_capacity(diags.len());
    for d in diags {
        if d.severity != Severity::Warning {
            out.push(d);
            continue;
        }
        let n = seen.entry((d.file.clone(), d.code)).or_default();
        *n += 1;
        if *n <= MAX_WARNINGS_PER_CODE {
            out.push(d);
        }
    }
    let mut extra: Vec<((String, &'static str), usize)> = seen
        .into_iter()
        .filter(|(_, n)| *n > MAX_WARNINGS_PER_CODE)
        .collect();
    extra.sort();
    for ((file, code), n) in extra {
        out.push(
            Diagnostic::new(
                "more-warnings",
                Severity::Info,
                format!(
                    "{} more `{code}` warnings in {file} not shown (the first {MAX_WARNINGS_PER_CODE} are)",
                    n - MAX_WARNINGS_PER_CODE
                ),
            )
            .at(&file, "", 0, 0),
        );
    }
    out
}

/// Structure of the other documents a spec pulls in by `$ref`. One that is a whole OpenAPI
/// document (it has `openapi`) is checked like the root; in any other file, every object the
/// spec uses from it (the outermost ones: nested objects are checked with them) is checked
/// against its definition in the meta-schema of the root's OpenAPI version: Schema Objects,
/// and parameters, request bodies, responses, media types, headers, links, callbacks, path
/// items and security schemes (the IR knows what each referenced object is used as).
fn referenced_documents(loaded: &Loaded) -> Vec<Diagnostic> {
    let docs = &loaded.docs.docs;
    let Some(version) = docs.first().and_then(|r| OasVersion::detect(&r.value).ok()) else {
        return Vec::new();
    };
    if docs.len() < 2 {
        return Vec::new();
    }
    let used = used_objects(&loaded.spec);
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate().skip(1) {
        if doc.value.get("openapi").is_some() {
            out.extend(structure(doc));
            continue;
        }
        let file = loaded
            .spec
            .files
            .iter()
            .position(|f| f.path == doc.path.display().to_string())
            .unwrap_or(i) as u32;
        // Outermost objects of this file, by pointer (a parent sorts before its children).
        let mut here: Vec<(&str, Option<ObjectKind>)> = used
            .iter()
            .filter(|(f, _, _)| *f == file)
            .map(|(_, p, k)| (*p, *k))
            .collect();
        here.sort_unstable();
        here.dedup_by(|a, b| a.0 == b.0);
        let mut tops: Vec<(&str, Option<ObjectKind>)> = Vec::new();
        for (p, k) in here {
            let nested = tops
                .last()
                .is_some_and(|(t, _)| t.is_empty() || p.starts_with(&format!("{t}/")));
            if !nested {
                tops.push((p, k));
            }
        }
        for (top, kind) in tops {
            let Some(value) = doc.get(top) else {
                continue;
            };
            let result = match kind {
                None => metaschema::check_schema(value, version),
                Some(k) => metaschema::check_object(value, k, version),
            };
            match result {
                Ok(errs) => out.extend(
                    errs.into_iter()
                        .map(|e| from_meta(e, |d, p| doc.diag(d, &format!("{top}{p}")))),
                ),
                Err(internal) => out.push(unusable(doc, top, internal)),
            }
        }
    }
    out
}

/// Every object of the IR with its location: (file, pointer, kind; `None` = Schema Object).
fn used_objects(spec: &Spec) -> Vec<(u32, &str, Option<ObjectKind>)> {
    let mut out: Vec<(u32, &str, Option<ObjectKind>)> = Vec::new();
    macro_rules! put {
        ($loc:expr, $kind:expr) => {
            out.push(($loc.file, $loc.pointer.as_str(), $kind))
        };
    }
    for (_, s) in spec.schemas.iter() {
        put!(s.loc, None);
    }
    for info in spec.paths.values() {
        put!(info.loc, Some(ObjectKind::PathItem));
    }
    for s in spec.security_schemes.values() {
        put!(s.loc, Some(ObjectKind::SecurityScheme));
    }
    let c = &spec.components;
    let mut ops: Vec<&Operation> = spec.operations.iter().chain(&spec.webhooks).collect();
    ops.extend(c.path_items.values().flatten());
    ops.extend(c.callbacks.values().flat_map(|cb| &cb.operations));
    let mut params: Vec<&Parameter> = c.parameters.values().collect();
    let mut bodies: Vec<&RequestBody> = c.request_bodies.values().collect();
    let mut responses: Vec<&Response> = c.responses.values().collect();
    let mut headers: Vec<&Header> = c.headers.values().collect();
    let mut links: Vec<&Link> = c.links.values().collect();
    let mut callbacks: Vec<&Callback> = c.callbacks.values().collect();
    let mut i = 0;
    while i < ops.len() {
        let op = ops[i];
        params.extend(&op.parameters);
        bodies.extend(&op.request_body);
        responses.extend(&op.responses);
        for cb in &op.callbacks {
            callbacks.push(cb);
            ops.extend(&cb.operations);
        }
        i += 1;
    }
    for r in &responses {
        headers.extend(&r.headers);
        links.extend(&r.links);
    }
    // The objects that hold `content`: each, then its media types.
    let with_content = (params
        .iter()
        .map(|p| (&p.loc, ObjectKind::Parameter, &p.content)))
    .chain(
        bodies
            .iter()
            .map(|b| (&b.loc, ObjectKind::RequestBody, &b.content)),
    )
    .chain(
        responses
            .iter()
            .map(|r| (&r.loc, ObjectKind::Response, &r.content)),
    )
    .chain(
        headers
            .iter()
            .map(|h| (&h.loc, ObjectKind::Header, &h.content)),
    );
    let mut media: Vec<&MediaType> = Vec::new();
    for (loc, kind, content) in with_content {
        put!(loc, Some(kind));
        media.extend(content);
    }
    for m in &media {
        put!(m.loc, Some(ObjectKind::MediaType));
    }
    for l in &links {
        put!(l.loc, Some(ObjectKind::Link));
    }
    for cb in &callbacks {
        put!(cb.loc, Some(ObjectKind::Callback));
    }
    out
}

/// One node, one report. Where several findings point at the same node (file + JSON
/// pointer), keep the most severe; on a tie prefer the semantic rule (most specific), then the
/// meta-schema, then the loader's own diagnostic. Findings without a pointer (a syntax error
/// in a referenced file, reported by the loader and by the `$ref` check alike) are kept once
/// each.
fn one_per_node(
    sem: Vec<Diagnostic>,
    structural: Vec<Diagnostic>,
    loader: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let mut best: Vec<Diagnostic> = Vec::new();
    let mut index: std::collections::HashMap<(String, String), usize> =
        std::collections::HashMap::new();
    let mut pointerless = std::collections::HashSet::new();
    for d in sem.into_iter().chain(structural).chain(loader) {
        if d.pointer.is_empty() {
            if pointerless.insert((d.file.clone(), d.line, d.col, d.code, d.message.clone())) {
                best.push(d);
            }
            continue;
        }
        let key = (d.file.clone(), d.pointer.clone());
        match index.get(&key) {
            Some(&i) => {
                if d.severity > best[i].severity {
                    best[i] = d;
                }
            }
            None => {
                index.insert(key, best.len());
                best.push(d);
            }
        }
    }
    best
}

/// Check one document against the meta-schema of the OpenAPI version it declares.
///
/// A document that declares no version (or Swagger 2.0) gives one `openapi-version` error.
pub fn structure(doc: &Document) -> Vec<Diagnostic> {
    if doc.is_swagger2() {
        return structure_swagger2(doc);
    }
    let version = match OasVersion::detect(&doc.value) {
        Ok(v) => v,
        Err(msg) => {
            return vec![
                doc.diag(Diagnostic::error("openapi-version", msg), "/openapi")
                    .with_help("declare `openapi: 3.0.3`, `3.1.1` or `3.2.0` at the top of the root document"),
            ];
        }
    };
    match metaschema::check(&doc.value, version) {
        Ok(errs) => errs
            .into_iter()
            .map(|e| from_meta(e, |d, p| doc.diag(d, p)))
            .collect(),
        Err(internal) => vec![unusable(
            doc,
            "",
            format!(
                "the OpenAPI {} meta-schema could not be used: {internal}",
                version.as_str()
            ),
        )],
    }
}

/// A Swagger 2.0 document (upgraded by the loader) against the Swagger 2.0 JSON Schema, on
/// the tree as written: pointers and positions are the 2.0 file's.
fn structure_swagger2(doc: &Document) -> Vec<Diagnostic> {
    let original = doc.original_value();
    match metaschema::check_swagger2(original) {
        Ok(errs) => errs
            .into_iter()
            .map(|e| {
                from_meta(e, |d, p| {
                    let (l, c) = doc.original_pos().locate(original, &doc.text, p);
                    d.at(&doc.display_name, p, l, c)
                })
            })
            .collect(),
        Err(internal) => vec![unusable(
            doc,
            "",
            format!("the Swagger 2.0 JSON Schema could not be used: {internal}"),
        )],
    }
}

/// A meta-schema finding as an error diagnostic; `place` locates it given its pointer.
fn from_meta(e: MetaError, place: impl FnOnce(Diagnostic, &str) -> Diagnostic) -> Diagnostic {
    let mut d = place(Diagnostic::error(e.code, e.message), &e.pointer);
    d.help = e.help;
    d
}

/// A meta-schema that could not be compiled or run: they are embedded, so this is a bug.
fn unusable(doc: &Document, pointer: &str, message: String) -> Diagnostic {
    doc.diag(Diagnostic::error("internal", message), pointer)
        .with_help("this is a bug in stipula; please report it")
}

/// Counts by severity: (errors, warnings).
pub fn counts(diags: &[Diagnostic]) -> (usize, usize) {
    let e = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let w = diags
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    (e, w)
}

fn sort(out: &mut [Diagnostic], loaded: &Loaded) {
    let order = |file: &str| {
        loaded
            .docs
            .docs
            .iter()
            .position(|d| d.display_name == file)
            .unwrap_or(usize::MAX)
    };
    out.sort_by(|a, b| {
        (
            order(&a.file),
            a.line,
            a.col,
            &a.pointer,
            a.code,
            &a.message,
        )
            .cmp(&(
                order(&b.file),
                b.line,
                b.col,
                &b.pointer,
                b.code,
                &b.message,
            ))
    });
}
