//! Rendering diagnostics for people (with the source line) and machines (JSON).
//!
//! Text form, one block per diagnostic:
//!
//! ```text
//! specs/invalid/dup-operation-id.yaml:14:20: error[operation-id-duplicate]: operationId `listPets` of POST /pets is also ...
//!    |
//! 14 |       operationId: listPets
//!    |                    ^^^^^^^^ /paths/~1pets/post/operationId
//!   help: operationIds must be unique across the API: rename one of them
//! ```
//!
//! The snippet is drawn by `annotate-snippets`; colour (ANSI) only when asked for
//! ([`TextOptions::color`]; the CLI turns it on for a terminal without `NO_COLOR`).
//!
//! JSON form ([`json`]): an array of objects, one per diagnostic, in the same order:
//!
//! ```json
//! [{"code": "path-param-undeclared", "severity": "error", "message": "...",
//!   "file": "api.yaml", "pointer": "/paths/~1pets~1{id}/get", "line": 12, "col": 5,
//!   "help": "..."}]
//! ```
//!
//! Fields: `code` (stable identifier), `severity` (`error`, `warning` or `info`), `message`,
//! `file` (as given on the command line or reached by `$ref`; empty when not in a file),
//! `pointer` (JSON pointer in that file, may be empty), `line` and `col` (1-based; 0 when
//! unknown), `help` (absent when there is none). New fields may be added; these keep their
//! meaning.

use crate::diag::{Diagnostic, Severity};
use crate::{DocSet, Loaded};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

/// How to render text.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// ANSI colours.
    pub color: bool,
}

/// Source texts by file name as shown in diagnostics.
#[derive(Default, Debug)]
pub struct Sources {
    texts: HashMap<String, Option<Arc<str>>>,
    /// Read files not registered (by their display name) from disk when needed. Used for
    /// load errors, where no parsed document exists.
    pub read_missing: bool,
}

/// Largest file read from disk just to show a snippet.
const MAX_SNIPPET_FILE: u64 = 256 * 1024 * 1024;

impl Sources {
    /// No texts yet: snippets are left out until [`Sources::add`] supplies them.
    pub fn new() -> Self {
        Sources::default()
    }

    /// Every document of a loaded spec.
    pub fn from_docs(docs: &DocSet) -> Self {
        let mut s = Sources::new();
        for d in &docs.docs {
            s.add(&d.display_name, d.text.clone());
        }
        s
    }

    /// Every document of `loaded` (as [`Sources::from_docs`]).
    pub fn from_loaded(loaded: &Loaded) -> Self {
        Self::from_docs(&loaded.docs)
    }

    /// The text of the file that diagnostics call `name`.
    pub fn add(&mut self, name: &str, text: Arc<str>) {
        self.texts.insert(name.to_string(), Some(text));
    }

    fn get(&mut self, name: &str) -> Option<Arc<str>> {
        if let Some(t) = self.texts.get(name) {
            return t.clone();
        }
        if !self.read_missing || name.is_empty() {
            return None;
        }
        let text = std::fs::metadata(name)
            .ok()
            .filter(|m| m.is_file() && m.len() <= MAX_SNIPPET_FILE)
            .and_then(|_| std::fs::read(name).ok())
            .map(|b| Arc::<str>::from(String::from_utf8_lossy(&b).as_ref()));
        self.texts.insert(name.to_string(), text.clone());
        text
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

fn sev_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;91m",
        Severity::Warning => "\x1b[1;93m",
        Severity::Info => "\x1b[1;94m",
    }
}

/// Render diagnostics as text, one block each, separated by blank lines.
pub fn text(diags: &[Diagnostic], sources: &mut Sources, opts: TextOptions) -> String {
    let mut out = String::new();
    for (i, d) in diags.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&text_one(d, sources, opts));
    }
    out
}

/// One diagnostic: the `file:line:col: severity[code]: message` line, the source line with
/// a caret under the node, and `help:`.
pub fn text_one(d: &Diagnostic, sources: &mut Sources, opts: TextOptions) -> String {
    let mut out = String::new();
    let sev = d.severity.as_str();
    if opts.color {
        let _ = write!(
            out,
            "{BOLD}{}{RESET}: {}{sev}[{}]{RESET}: {BOLD}{}{RESET}",
            d.location(),
            sev_color(d.severity),
            d.code,
            d.message
        );
    } else {
        let _ = write!(out, "{}: {sev}[{}]: {}", d.location(), d.code, d.message);
    }
    out.push('\n');
    if d.line > 0
        && let Some(text) = sources.get(&d.file)
        && let Some(snippet) = snippet(d, &text, opts)
    {
        out.push_str(&snippet);
        if !snippet.ends_with('\n') {
            out.push('\n');
        }
    } else if !d.pointer.is_empty() {
        let _ = writeln!(out, "  at {}", d.pointer);
    }
    if let Some(h) = &d.help {
        if opts.color {
            let _ = writeln!(out, "  \x1b[1;96mhelp{RESET}: {h}");
        } else {
            let _ = writeln!(out, "  help: {h}");
        }
    }
    out
}

/// Longest part of a source line shown; longer lines (minified JSON) are cut around the
/// column.
const MAX_LINE: usize = 160;

fn snippet(d: &Diagnostic, text: &str, opts: TextOptions) -> Option<String> {
    let line_no = d.line as usize;
    let line = text.lines().nth(line_no.checked_sub(1)?)?;
    let line = line.strip_suffix('\r').unwrap_or(line);
    // Column (1-based, in characters) → byte offset in the line.
    let col = (d.col.max(1) - 1) as usize;
    let start = line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
    // Cut very long lines to a window around the column.
    let (shown, offset, cut_left) = if line.len() > MAX_LINE {
        let from = floor_char(line, start.saturating_sub(MAX_LINE / 3));
        let to = floor_char(line, (from + MAX_LINE).min(line.len()));
        (&line[from..to], from, from > 0)
    } else {
        (line, 0, false)
    };
    let prefix = if cut_left { "…" } else { "" };
    let shown_line = format!("{prefix}{shown}");
    let s = start.saturating_sub(offset) + prefix.len();
    let s = s.min(shown_line.len());
    let e = token_end(&shown_line, s);
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let label = if d.pointer.is_empty() {
        String::new()
    } else {
        d.pointer.clone()
    };
    let mut ann = AnnotationKind::Primary.span(s..e);
    if !label.is_empty() {
        ann = ann.label(label);
    }
    let report = &[Group::with_level(level).element(
        Snippet::source(shown_line.as_str())
            .line_start(line_no)
            .annotation(ann),
    )];
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    Some(renderer.render(report))
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// End of the token starting at byte `s`: a quoted string, or up to a delimiter. At least
/// one character (or zero at the end of the line).
fn token_end(line: &str, s: usize) -> usize {
    let rest = &line[s..];
    let mut chars = rest.char_indices();
    let Some((_, first)) = chars.next() else {
        return s;
    };
    if first == '"' || first == '\'' {
        let mut escaped = false;
        for (i, c) in chars {
            if escaped {
                escaped = false;
            } else if c == '\\' && first == '"' {
                escaped = true;
            } else if c == first {
                return s + i + c.len_utf8();
            }
        }
        return line.len();
    }
    if first == '{' || first == '[' {
        return s + first.len_utf8();
    }
    let end = rest
        .char_indices()
        .find(|(_, c)| matches!(c, ',' | '}' | ']' | ':' | '#') || c.is_whitespace())
        .map_or(rest.len(), |(i, _)| i);
    s + end.max(first.len_utf8())
}

/// The JSON form: a pretty-printed array of diagnostic objects (see the module docs).
pub fn json(diags: &[Diagnostic]) -> String {
    // Serializing plain strings and numbers cannot fail; fall back to an empty array anyway.
    serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(line: u32, col: u32) -> Diagnostic {
        Diagnostic::error("oas-unknown-field", "unknown field `summery`")
            .at("api.yaml", "/paths/~1a/get/summery", line, col)
            .with_help("fix the spelling")
    }

    fn sources(text: &str) -> Sources {
        let mut s = Sources::new();
        s.add("api.yaml", Arc::from(text));
        s
    }

    #[test]
    fn plain_text_has_location_snippet_caret_and_help() {
        let text = "paths:\n  /a:\n    get:\n      summery: x\n";
        let out = text_one(&diag(4, 7), &mut sources(text), TextOptions::default());
        assert!(
            out.starts_with("api.yaml:4:7: error[oas-unknown-field]: unknown field `summery`\n"),
            "{out}"
        );
        assert!(out.contains("4 |       summery: x"), "{out}");
        assert!(out.contains("^^^^^^^ /paths/~1a/get/summery"), "{out}");
        assert!(out.contains("  help: fix the spelling"), "{out}");
        assert!(!out.contains('\u{1b}'), "{out:?}");
    }

    #[test]
    fn colour_only_when_asked() {
        let text = "a: 1\n";
        let out = text_one(&diag(1, 1), &mut sources(text), TextOptions { color: true });
        assert!(out.contains("\u{1b}["), "{out:?}");
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let mut line = "x".repeat(5000);
        line.push_str("\"needle\"");
        line.push_str(&"y".repeat(5000));
        let out = text_one(&diag(1, 5001), &mut sources(&line), TextOptions::default());
        assert!(out.contains("\"needle\""), "{out}");
        assert!(out.len() < 1000, "{} bytes", out.len());
        assert!(out.contains("^^^^^^^^"), "{out}");
    }

    #[test]
    fn unknown_position_shows_the_pointer() {
        let out = text_one(&diag(0, 0), &mut Sources::new(), TextOptions::default());
        assert!(
            out.starts_with("api.yaml: error[oas-unknown-field]"),
            "{out}"
        );
        assert!(out.contains("at /paths/~1a/get/summery"), "{out}");
    }

    #[test]
    fn json_is_an_array_of_objects() {
        let v: serde_json::Value = serde_json::from_str(&json(&[diag(4, 7)])).unwrap();
        assert_eq!(v[0]["code"], "oas-unknown-field");
        assert_eq!(v[0]["severity"], "error");
        assert_eq!(v[0]["line"], 4);
        assert_eq!(v[0]["col"], 7);
        assert_eq!(v[0]["file"], "api.yaml");
        assert_eq!(v[0]["help"], "fix the spelling");
    }

    #[test]
    fn token_ends() {
        assert_eq!(token_end("  name: \"a b\", x", 8), 13);
        assert_eq!(token_end("  operationId: listPets", 15), 23);
        assert_eq!(token_end("  in: body", 6), 10);
        assert_eq!(token_end("{", 0), 1);
        assert_eq!(token_end("", 0), 0);
    }
}
