//! Turning spec text into legal, unique Rust identifiers, literals and doc comments.
//!
//! Everything that comes from the spec reaches generated code through one of these
//! functions: identifiers are rebuilt from ASCII letters and digits only (so no spec string
//! can inject tokens), and text goes into string literals with Rust's own escaping.

use heck::{ToPascalCase, ToSnakeCase};
use std::collections::HashSet;

/// Rust keywords (strict, reserved and 2018+ ones) that need `r#` or a suffix.
const KEYWORDS: &[&str] = &[
    "as",
    "break",
    "const",
    "continue",
    "crate",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "async",
    "await",
    "dyn",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "try",
    "gen",
    "union",
    "macro_rules",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Replace every character that is not an ASCII letter or digit by a word break, and every
/// non-ASCII character by a word naming its code point, so `🐶 name` becomes `u1f436 name`.
fn ascii_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_ascii() {
            out.push(' ');
        } else {
            out.push_str(&format!(" u{:x} ", c as u32));
        }
    }
    out
}

/// `snake_case` identifier (not yet unique); never empty, never starts with a digit, keywords
/// made raw (`r#type`) or suffixed (`self_`).
pub fn snake_ident(s: &str) -> String {
    let mut base = ascii_words(s).to_snake_case();
    if base.is_empty() {
        base = "value".into();
    }
    if base.starts_with(|c: char| c.is_ascii_digit()) {
        base = format!("n{base}");
    }
    fix_keyword(base)
}

/// `PascalCase` identifier (not yet unique); never empty, never starts with a digit.
pub fn pascal_ident(s: &str) -> String {
    let mut base = ascii_words(s).to_pascal_case();
    if base.is_empty() {
        base = "Empty".into();
    }
    if base.starts_with(|c: char| c.is_ascii_digit()) {
        base = format!("N{base}");
    }
    fix_keyword(base)
}

fn fix_keyword(base: String) -> String {
    if NOT_RAW.contains(&base.as_str()) {
        format!("{base}_")
    } else if KEYWORDS.contains(&base.as_str()) {
        format!("r#{base}")
    } else {
        base
    }
}

/// The identifier without a leading `r#`.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Hands out unique identifiers within one namespace.
#[derive(Default, Debug, Clone)]
pub struct Namer {
    used: HashSet<String>,
}

impl Namer {
    /// A namer where these names are already taken.
    pub fn with_reserved(names: &[&str]) -> Namer {
        Namer {
            used: names.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// `ident` itself if free, else `ident2`, `ident3`, ... Comparison ignores `r#` and case
    /// (so `Add` and `add` style collisions are caught even across casing rules).
    pub fn unique(&mut self, ident: &str) -> String {
        let key = |s: &str| bare(s).to_ascii_lowercase();
        if self.used.insert(key(ident)) {
            return ident.to_string();
        }
        let b = bare(ident);
        let sep = if b.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        for n in 2.. {
            let cand = format!("{b}{sep}{n}");
            if self.used.insert(key(&cand)) {
                return cand;
            }
        }
        unreachable!("the loop above always returns")
    }

    /// Reserve a name without producing a new one.
    pub fn reserve(&mut self, ident: &str) {
        self.used.insert(bare(ident).to_ascii_lowercase());
    }
}

/// A Rust string literal with the text inside, escaped so nothing can break out of it.
pub fn lit(s: &str) -> String {
    // `str`'s Debug output is a valid Rust string literal: quotes, backslashes and control
    // characters are escaped.
    format!("{s:?}")
}

/// A TOML basic string (JSON escaping is a subset TOML accepts).
pub fn toml_lit(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Doc text → list of string literals, one per line, each to be used as `#[doc = LIT]`.
///
/// Fenced code blocks are marked `text` and indentation is removed, so rustdoc never tries
/// to compile spec prose as a doctest.
pub fn doc_lines(parts: &[Option<&str>]) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for text in parts.iter().flatten() {
        if text.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(lit(""));
        }
        for line in text.trim_end().lines() {
            let t = line.trim();
            let line = if t.starts_with("```") || t.starts_with("~~~") {
                in_fence = !in_fence;
                if in_fence { "```text" } else { "```" }
            } else {
                t
            };
            out.push(lit(&format!(" {line}")));
        }
    }
    if in_fence {
        out.push(lit(" ```"));
    }
    out
}

/// Characters that may not stand raw in a doc comment (the formatter turns `#[doc]` into
/// `///`): a lone `\r` is a compile error there, bidirectional overrides are denied by the
/// `text_direction_codepoint_in_comment` lint, and other control characters garble the
/// source. Each becomes its escape, `\u{202e}`; `\r\n` becomes a line break.
pub fn doc_safe(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n' && c != '\t') || bidi {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Lower-case crate name usable by Cargo (`[a-z0-9_-]`, starting with a letter).
pub fn crate_name(s: &str) -> String {
    let mut n = ascii_words(s).to_snake_case().replace('_', "-");
    if n.is_empty() {
        n = "api".into();
    }
    if !n.starts_with(|c: char| c.is_ascii_lowercase()) {
        n = format!("api-{n}");
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_legal() {
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(pascal_ident("Self"), "Self_");
        assert_eq!(snake_ident("123abc"), "n123abc");
        assert_eq!(pascal_ident("123abc"), "N123abc");
        assert_eq!(snake_ident("🐶"), "u1f436");
        assert_eq!(snake_ident(""), "value");
        assert_eq!(snake_ident("petId"), "pet_id");
        assert_eq!(pascal_ident("+1"), "N1");
        assert_eq!(snake_ident("*/ drop"), "drop");
    }

    #[test]
    fn namer_dedups_across_case() {
        let mut n = Namer::default();
        assert_eq!(n.unique("Add"), "Add");
        assert_eq!(n.unique("Add"), "Add2");
        assert_eq!(n.unique("add"), "add3");
        assert_eq!(n.unique("V1"), "V1");
        assert_eq!(n.unique("V1"), "V1_2");
        assert_eq!(n.unique("r#type"), "r#type");
        assert_eq!(n.unique("r#type"), "type2");
    }

    #[test]
    fn literals_escape() {
        assert_eq!(lit("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
        let d = doc_lines(&[Some("x */ y\n```\ncode\n```")]);
        assert_eq!(d.len(), 4);
        assert!(d[1].contains("```text"));
        assert_eq!(
            doc_safe("a\rb\r\nc\u{0}d\u{202e}e\tf"),
            "a\\u{d}b\nc\\u{0}d\\u{202e}e\tf"
        );
    }

    #[test]
    fn crate_names() {
        assert_eq!(crate_name("Swagger Petstore"), "swagger-petstore");
        assert_eq!(crate_name("3dApi"), "api-3d-api");
    }
}
