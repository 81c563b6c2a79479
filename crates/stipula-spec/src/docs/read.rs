//! Reading the files a spec spans: local files (size limit, UTF-8), remote documents
//! (feature `remote-refs`), and the path and URL arithmetic of relative refs.

use crate::LoadOptions;
use crate::diag::{Diagnostic, LoadError};
use std::path::{Component, Path, PathBuf};

pub(super) fn display_path(p: &Path) -> String {
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

pub(super) fn read_file(
    path: &Path,
    display: &str,
    opts: &LoadOptions,
) -> Result<String, LoadError> {
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

pub(super) fn is_remote_str(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

pub(super) fn is_remote(p: &Path) -> bool {
    p.to_str().is_some_and(is_remote_str)
}

/// Resolve a relative reference against a document URL (`../` and `./` segments handled).
pub(super) fn url_join(base: &str, rel: &str) -> String {
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
pub(super) fn fetch(url: &str, limit: u64) -> Result<String, String> {
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
pub(super) fn fetch(_url: &str, _limit: u64) -> Result<String, String> {
    Err("this build of stipula-spec has no HTTP client (feature `remote-refs` is off)".into())
}
