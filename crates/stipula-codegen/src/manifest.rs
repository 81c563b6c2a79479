//! Checking a user's `Cargo.toml` for what generated code needs (`missing_dependencies`),
//! so a build script can warn before the first compile error.

use crate::*;

/// What `manifest` (a Cargo.toml's text) lacks of `deps`, one sentence each with the fix.
///
/// A textual check, made to catch the usual first-build mistakes (no `multipart` feature,
/// no TLS with `default-features = false`): it finds each dependency's declaration under
/// `[dependencies]` (inline, or a `[dependencies.NAME]` table) and looks for the feature
/// names in it. A dependency inherited from the workspace (`workspace = true`) or renamed
/// is not checked.
pub fn missing_dependencies(manifest: &str, deps: &[rust::Dependency]) -> Vec<String> {
    let mut out = Vec::new();
    for dep in deps {
        let Some(decl) = dependency_text(manifest, dep.name) else {
            out.push(format!(
                "the generated code needs `{}` in [dependencies]; add: {}",
                dep.name,
                dep.toml_line()
            ));
            continue;
        };
        if decl.contains("workspace") {
            continue;
        }
        let defaults_off = decl.replace(' ', "").contains("default-features=false");
        for (i, f) in dep.features.iter().enumerate() {
            let quoted = format!("\"{f}\"");
            let tls = *f == "rustls";
            let present = if tls {
                // Any TLS backend will do, and reqwest's default features include one.
                !defaults_off
                    || ["\"rustls", "\"native-tls", "\"default-tls"]
                        .iter()
                        .any(|t| decl.contains(t))
            } else {
                decl.contains(&quoted)
            };
            if !present {
                let why = dep
                    .why
                    .get(i)
                    .copied()
                    .unwrap_or("the generated code uses it");
                out.push(format!(
                    "`{}` needs the feature {quoted} ({why}); use: {}",
                    dep.name,
                    dep.toml_line()
                ));
            }
        }
    }
    out
}

/// The text declaring dependency `name` in a manifest's `[dependencies]`: the value of
/// `name = ...` (an inline table may span lines) or the body of `[dependencies.name]`.
pub(crate) fn dependency_text(manifest: &str, name: &str) -> Option<String> {
    let mut section = String::new();
    let mut dotted = String::new();
    let mut lines = manifest.lines();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if t.starts_with('[') {
            section = t.trim_matches(['[', ']', ' ']).to_string();
            if section == format!("dependencies.{name}") {
                let mut body = String::new();
                for l in lines.by_ref() {
                    if l.trim_start().starts_with('[') {
                        break;
                    }
                    body.push_str(l);
                    body.push('\n');
                }
                return Some(body);
            }
            continue;
        }
        if section != "dependencies" {
            continue;
        }
        let Some(rest) = t.strip_prefix(name) else {
            continue;
        };
        // Dotted keys: `axum.workspace = true`, `reqwest.features = [..]` (all of them).
        if rest.starts_with('.') {
            dotted.push_str(rest);
            dotted.push('\n');
            continue;
        }
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let mut decl = value.to_string();
        let mut depth =
            decl.matches(['{', '[']).count() as i64 - decl.matches(['}', ']']).count() as i64;
        while depth > 0 {
            let Some(l) = lines.next() else { break };
            depth += l.matches(['{', '[']).count() as i64 - l.matches(['}', ']']).count() as i64;
            decl.push(' ');
            decl.push_str(l);
        }
        return Some(decl);
    }
    (!dotted.is_empty()).then_some(dotted)
}
