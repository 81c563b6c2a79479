//! How generated code reaches `stipula-runtime`: embedded as a module (the default while the
//! crate is not on crates.io), or as a dependency by version or path.
//!
//! The embedded copy is the runtime crate's own source (`include_str!` of its files, as
//! progenitor does), its `mod x;` declarations inlined into `mod x { ... }` and its
//! `feature = "..."` conditions resolved for what the API needs, so the generated crate
//! carries no `cfg` of features it does not declare.

use std::path::PathBuf;

use crate::rust::Dependency;

/// Where generated code finds the runtime.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Runtime {
    /// Embed the runtime's source as `runtime::stipula_runtime` (`--standalone`). Builds
    /// on a fresh machine with nothing but crates.io; the default until `stipula-runtime`
    /// is published.
    #[default]
    Embedded,
    /// Depend on `stipula-runtime` by version (this generator's version): for when it is on
    /// crates.io, or patched in through `[patch.crates-io]`.
    Crate,
    /// Depend on `stipula-runtime` at this path (a checkout of stipula).
    Path(PathBuf),
}

/// The runtime crate's files, relative to its `src/`. A file of the crate missing here is
/// caught by the test `every_runtime_file_is_embedded`.
pub const FILES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../../stipula-runtime/src/lib.rs")),
    ("body.rs", include_str!("../../stipula-runtime/src/body.rs")),
    (
        "formats.rs",
        include_str!("../../stipula-runtime/src/formats.rs"),
    ),
    (
        "params.rs",
        include_str!("../../stipula-runtime/src/params.rs"),
    ),
    (
        "serde_support.rs",
        include_str!("../../stipula-runtime/src/serde_support.rs"),
    ),
    (
        "client/mod.rs",
        include_str!("../../stipula-runtime/src/client/mod.rs"),
    ),
    (
        "client/multipart.rs",
        include_str!("../../stipula-runtime/src/client/multipart.rs"),
    ),
    (
        "client/stream.rs",
        include_str!("../../stipula-runtime/src/client/stream.rs"),
    ),
    (
        "server/mod.rs",
        include_str!("../../stipula-runtime/src/server/mod.rs"),
    ),
    (
        "server/multipart.rs",
        include_str!("../../stipula-runtime/src/server/multipart.rs"),
    ),
    (
        "server/validate.rs",
        include_str!("../../stipula-runtime/src/server/validate.rs"),
    ),
];

/// The runtime features generated code of `target` needs.
pub fn features(
    target: &str,
    needs_multipart: bool,
    needs_regex: bool,
    needs_stream: bool,
) -> Vec<&'static str> {
    let mut out = vec![if target == "rust-server" {
        "server"
    } else {
        "client"
    }];
    if needs_multipart {
        out.push("multipart");
    }
    if needs_regex && target == "rust-server" {
        out.push("regex");
    }
    if needs_stream && target == "rust-client" {
        out.push("stream");
    }
    out
}

/// What the templates receive about the runtime (`runtime` in their context).
#[derive(serde::Serialize, Debug, Clone)]
pub struct RuntimeView {
    /// `true` when the runtime is embedded.
    pub embedded: bool,
    /// The path generated code names it by: `self::stipula_runtime` or `::stipula_runtime`.
    pub path: String,
    /// The embedded module (`pub mod stipula_runtime { ... }`), empty otherwise.
    pub module: String,
    /// `[dependencies]` lines the runtime adds to a generated Cargo.toml.
    pub toml: Vec<String>,
}

/// The view for `runtime`, and the dependencies it adds to (or removes from) `deps`.
pub fn view(
    runtime: &Runtime,
    target: &str,
    needs_multipart: bool,
    needs_regex: bool,
    needs_stream: bool,
    deps: &mut Vec<Dependency>,
) -> RuntimeView {
    let features = features(target, needs_multipart, needs_regex, needs_stream);
    match runtime {
        Runtime::Embedded => {
            let mut toml = Vec::new();
            if target == "rust-server" && needs_multipart {
                for dep in [
                    Dependency::plain("multer", "3", true),
                    Dependency::plain("futures-util", "0.3", false),
                ] {
                    toml.push(dep.toml_line());
                    deps.push(dep);
                }
            }
            if target == "rust-client" && needs_stream {
                for dep in [
                    Dependency::plain("futures-util", "0.3", false),
                    Dependency::plain("bytes", "1", true),
                ] {
                    toml.push(dep.toml_line());
                    deps.push(dep);
                }
            }
            RuntimeView {
                embedded: true,
                path: "self::stipula_runtime".into(),
                module: embedded_module(&features),
                toml,
            }
        }
        Runtime::Crate | Runtime::Path(_) => {
            // The runtime brings regex-lite itself.
            deps.retain(|d| d.name != "regex-lite");
            let dep = Dependency {
                name: "stipula-runtime",
                version: env!("CARGO_PKG_VERSION"),
                default_features: false,
                features: features.clone(),
                why: features
                    .iter()
                    .map(|_| "the generated code calls it")
                    .collect(),
            };
            let mut line = dep.toml_line();
            if let Runtime::Path(p) = runtime {
                let path = p.display().to_string().replace('\\', "/");
                line = line.replacen("{ ", &format!("{{ path = {path:?}, "), 1);
            }
            let toml = vec![line];
            deps.push(dep);
            RuntimeView {
                embedded: false,
                path: "::stipula_runtime".into(),
                module: String::new(),
                toml,
            }
        }
    }
}

/// The runtime's source as one `pub mod stipula_runtime { ... }`, with `features` on and
/// every other feature off.
pub fn embedded_module(features: &[&str]) -> String {
    let body = inline("lib.rs", features);
    format!("pub mod stipula_runtime {{\n{body}\n}}\n")
}

/// The text of `file` with its `mod x;` declarations replaced by the modules' text, and
/// feature conditions resolved.
fn inline(file: &str, features: &[&str]) -> String {
    let text = FILES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| *text)
        .unwrap_or_default();
    let dir = match file.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/"),
        None => String::new(),
    };
    let mut out = String::with_capacity(text.len());
    let mut pending_cfg: Option<String> = None;
    for line in text.lines() {
        let resolved = resolve_features(line, features);
        let trimmed = resolved.trim();
        // `#![deny(missing_docs)]` guards the crate, not generated code; and a file for
        // `include!` must hold no inner attributes.
        if trimmed.starts_with("#![") {
            continue;
        }
        if trimmed.starts_with("#[cfg(") && trimmed.ends_with(")]") {
            if let Some(prev) = pending_cfg.take() {
                out.push_str(&prev);
                out.push('\n');
            }
            pending_cfg = Some(resolved);
            continue;
        }
        let decl = trimmed
            .strip_prefix("pub mod ")
            .or_else(|| trimmed.strip_prefix("mod "))
            .and_then(|rest| rest.strip_suffix(';'));
        if let Some(name) = decl {
            let cfg = pending_cfg.take();
            // A module whose feature is off is left out with its condition.
            if cfg.as_deref().is_some_and(|c| c.trim() == "#[cfg(any())]") {
                continue;
            }
            let child = [format!("{dir}{name}.rs"), format!("{dir}{name}/mod.rs")]
                .into_iter()
                .find(|f| FILES.iter().any(|(n, _)| n == f))
                .unwrap_or_default();
            let vis = if trimmed.starts_with("pub ") {
                "pub "
            } else {
                ""
            };
            out.push_str(&format!(
                "{vis}mod {name} {{\n{}\n}}\n",
                inline(&child, features)
            ));
            continue;
        }
        if let Some(prev) = pending_cfg.take() {
            out.push_str(&prev);
            out.push('\n');
        }
        out.push_str(&resolved);
        out.push('\n');
    }
    out
}

/// `feature = "x"` as `all()` (on) or `any()` (off), so the copy compiles the same in a crate
/// that has no such features.
fn resolve_features(line: &str, features: &[&str]) -> String {
    if !line.contains("feature = \"") {
        return line.to_string();
    }
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("feature = \"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "feature = \"".len()..];
        let Some(end) = after.find('"') else {
            out.push_str(&rest[i..]);
            return out;
        };
        out.push_str(if features.contains(&&after[..end]) {
            "all()"
        } else {
            "any()"
        });
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_file_is_embedded() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../stipula-runtime/src");
        let mut stack = vec![src.clone()];
        while let Some(dir) = stack.pop() {
            for entry in
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            {
                let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path
                    .strip_prefix(&src)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                assert!(
                    FILES.iter().any(|(n, _)| *n == rel),
                    "crates/stipula-runtime/src/{rel} is not in stipula_codegen::runtime::FILES: add it, or --standalone crates miss it"
                );
            }
        }
    }

    #[test]
    fn features_resolve_and_disabled_modules_are_left_out() {
        let client = embedded_module(&["client"]);
        assert!(client.contains("pub mod client {"), "{client}");
        assert!(!client.contains("pub mod server {"));
        assert!(
            !client.contains("feature = "),
            "unresolved feature condition"
        );
        assert!(!client.contains("pub mod multipart {"), "multipart is off");
        let server = embedded_module(&["server", "multipart", "regex"]);
        assert!(server.contains("pub mod server {") && server.contains("pub mod multipart {"));
        assert!(server.contains("pub mod validate {"));
        assert!(!server.contains("pub mod client {"));
        // The copy parses as Rust.
        for text in [client, server] {
            if let Err(e) = syn::parse_file(&text) {
                panic!("embedded runtime does not parse: {e}");
            }
        }
    }

    #[test]
    fn resolve_features_rewrites_each_condition() {
        assert_eq!(
            resolve_features("#[cfg(all(feature = \"a\", not(feature = \"b\")))]", &["a"]),
            "#[cfg(all(all(), not(any())))]"
        );
    }
}
