//! Diagnostics: what went wrong, where, and what to do.

use serde::Serialize;
use std::fmt;

/// How bad a [`Diagnostic`] is. Ordered `Info < Warning < Error`, so `max()` of a list is
/// its worst finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, nothing to fix (e.g. "N more warnings of this code").
    Info,
    /// Probably a mistake or a portability problem; the spec still loads and means something.
    Warning,
    /// The spec is wrong here (`validate` fails, exit code 1).
    Error,
}

impl Severity {
    /// The lower-case name used in text and JSON output (`error`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One finding about a spec, with its location.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable code, e.g. `ref-unresolved`, `yaml-syntax`, `meta-schema`.
    pub code: &'static str,
    /// How bad it is; decides the exit code of `validate`.
    pub severity: Severity,
    /// What went wrong.
    pub message: String,
    /// File as shown to the user (empty when the problem is not in a file).
    pub file: String,
    /// JSON pointer inside `file` (may be empty for syntax errors).
    pub pointer: String,
    /// 1-based line (0 = unknown).
    pub line: u32,
    /// 1-based column (0 = unknown).
    pub col: u32,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with no location yet (see [`Diagnostic::at`]).
    pub fn new(code: &'static str, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            file: String::new(),
            pointer: String::new(),
            line: 0,
            col: 0,
            help: None,
        }
    }
    /// An error-level diagnostic with no location yet.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, message)
    }
    /// A warning-level diagnostic with no location yet.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, message)
    }
    /// The same diagnostic placed at `pointer` in `file`, line and column 1-based.
    pub fn at(mut self, file: &str, pointer: &str, line: u32, col: u32) -> Self {
        self.file = file.to_string();
        self.pointer = pointer.to_string();
        self.line = line;
        self.col = col;
        self
    }
    /// The same diagnostic with advice on what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `file:line:col`, as much of it as is known.
    pub fn location(&self) -> String {
        match (self.file.is_empty(), self.line) {
            (true, _) => String::from("<input>"),
            (false, 0) => self.file.clone(),
            (false, l) => format!("{}:{}:{}", self.file, l, self.col.max(1)),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location(),
            self.severity.as_str(),
            self.code,
            self.message
        )?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", self.pointer)?;
        }
        if let Some(h) = &self.help {
            write!(f, "\n  help: {h}")?;
        }
        Ok(())
    }
}

/// The loader could not build an IR. Holds at least one error diagnostic.
#[derive(Clone, Debug)]
pub struct LoadError {
    /// Why: the errors (and any warnings found before the loader stopped).
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// A load error made of one diagnostic.
    pub fn one(d: Diagnostic) -> Self {
        LoadError {
            diagnostics: vec![d],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}
