//! The dependencies generated code needs (`[dependencies]` of the generated crate, and
//! what a `--module`/build.rs user is told to add), with the features each target uses.

use super::*;

/// A dependency of generated code.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    /// Crate name (`reqwest`).
    pub name: &'static str,
    /// Version requirement (`0.13`).
    pub version: &'static str,
    /// Whether the generated code is fine with the crate's default features off.
    pub default_features: bool,
    /// Features the generated code needs (`multipart`), plus `rustls` for the client: its
    /// default base URL, or a server of the spec, is `https`, and without a TLS feature
    /// reqwest fails every such call at run time (`scheme is not http`).
    pub features: Vec<&'static str>,
    /// Why each feature is needed, in the order of `features`.
    pub why: Vec<&'static str>,
}

impl Dependency {
    /// A dependency with no features of its own to ask for (`default_features`: whether the
    /// crate's default features stay on).
    pub fn plain(name: &'static str, version: &'static str, default_features: bool) -> Self {
        Dependency {
            name,
            version,
            default_features,
            features: Vec::new(),
            why: Vec::new(),
        }
    }

    /// The `[dependencies]` line, e.g.
    /// `reqwest = { version = "0.13", default-features = false, features = ["rustls"] }`.
    pub fn toml_line(&self) -> String {
        let mut parts = vec![format!("version = \"{}\"", self.version)];
        if !self.default_features {
            parts.push("default-features = false".into());
        }
        if !self.features.is_empty() {
            let f: Vec<String> = self.features.iter().map(|f| format!("\"{f}\"")).collect();
            parts.push(format!("features = [{}]", f.join(", ")));
        }
        if parts.len() == 1 {
            format!("{} = \"{}\"", self.name, self.version)
        } else {
            format!("{} = {{ {} }}", self.name, parts.join(", "))
        }
    }
}

/// What the generated code of `target` needs in `[dependencies]`.
pub(super) fn dependencies(
    target: &str,
    needs_tls: bool,
    needs_multipart: bool,
    needs_regex: bool,
) -> Vec<Dependency> {
    let serde = Dependency {
        name: "serde",
        version: "1",
        default_features: true,
        features: vec!["derive"],
        why: vec!["the generated types derive Serialize"],
    };
    let serde_json = Dependency {
        name: "serde_json",
        version: "1",
        default_features: true,
        features: vec!["float_roundtrip"],
        why: vec!["without it a float read from JSON can differ from the one written (last digit)"],
    };
    if target == "rust-server" {
        let mut out = vec![Dependency::plain("axum", "0.8", false), serde, serde_json];
        if needs_regex {
            out.push(Dependency::plain("regex-lite", "0.1", true));
        }
        return out;
    }
    let mut reqwest = Dependency::plain("reqwest", "0.13", false);
    if needs_tls {
        reqwest.features.push("rustls");
        reqwest
            .why
            .push("the API's base URL is https (or \"native-tls\")");
    }
    if needs_multipart {
        reqwest.features.push("multipart");
        reqwest
            .why
            .push("an operation sends a multipart/form-data body");
    }
    let tokio = Dependency {
        name: "tokio",
        version: "1",
        default_features: false,
        features: vec!["time"],
        why: vec!["the retry policy waits between attempts"],
    };
    vec![reqwest, serde, serde_json, tokio]
}
