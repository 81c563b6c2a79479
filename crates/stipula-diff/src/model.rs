//! The data a diff produces: levels, directions, findings, the report.

use crate::rules::Rule;
use serde::Serialize;
use std::fmt;

/// How bad a change is for existing clients.
///
/// * `Breaking`: a client that worked will fail.
/// * `Warning`: a client that worked may fail or behave differently; the spec cannot tell.
/// * `Info`: no existing client can notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing a client can notice, or an addition.
    Info,
    /// A client may notice; review it.
    Warning,
    /// A client written against the base can fail.
    Breaking,
}

impl Level {
    /// The level as written in reports (`info`, `warning`, `breaking`).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Breaking => "breaking",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way data flows where a change happened.
///
/// `Request`: the client writes (request parameters and bodies, webhook responses).
/// `Response`: the client reads (responses, webhook and callback requests).
/// `None`: not about data (operations, security, versions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Data a client sends (request bodies, parameters).
    Request,
    /// Data a client receives (responses, and webhook/callback requests).
    Response,
    /// Neither (paths, security, versioning).
    None,
}

impl Direction {
    /// The direction as written in reports (`request`, `response`, `none`).
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
            Direction::None => "none",
        }
    }
    /// Request ↔ response (for webhooks and callbacks, where the API provider is the client).
    pub fn flip(self) -> Direction {
        match self {
            Direction::Request => Direction::Response,
            Direction::Response => Direction::Request,
            Direction::None => Direction::None,
        }
    }
}

/// A place in one of the two specs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file, as given on the command line (or its name in a multi-file spec).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// JSON pointer inside `file`.
    pub pointer: String,
}

impl Location {
    pub(crate) fn of(spec: &stipula_spec::Spec, loc: &stipula_spec::Loc) -> Location {
        let file = spec
            .files
            .get(loc.file as usize)
            .map(|f| f.display_name.clone())
            .unwrap_or_else(|| "<unknown>".to_string());
        Location {
            file,
            line: loc.line,
            col: loc.col,
            pointer: loc.pointer.clone(),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}#{}", self.file, self.pointer)
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.col.max(1))
        }
    }
}

/// One operation (and direction) that a change in a shared component reaches.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Affected {
    /// `"METHOD /path"` (or `"WEBHOOK name"`).
    pub operation: String,
    /// Where in the operation, e.g. `response 200 application/json`.
    pub section: String,
    /// Whether the change is in what the client sends or receives there.
    pub direction: Direction,
}

/// An acceptance that silenced a finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Acceptance {
    /// The accept file's reason.
    pub reason: String,
    /// The accept file's expiry date (`YYYY-MM-DD`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

/// Which side of a schema pair turns a witness down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RejectedBy {
    /// The revision rejects a value the base accepted (a request a client sent).
    Revision,
    /// The base did not allow a value the revision may send (a response a client reads).
    Base,
}

/// A value that proves a finding breaks clients: for a request, the base accepts it and the
/// revision rejects it; for a response (and webhook or callback requests), the revision may
/// send it and the base did not allow it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Witness {
    /// The value, as JSON (for a parameter or header: the value the text carries).
    pub value: serde_json::Value,
    /// For parameters and headers: the text on the wire (`?token=abc`, `X-Rate: 5`),
    /// serialized with the sending side's `style`/`explode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wire: Option<String>,
    /// Where the value goes: the section (`request body application/json`, `parameter
    /// query limit`) and, inside it, the schema path of the finding (`owner.name`).
    #[serde(rename = "where")]
    pub target: String,
    /// Which side rejects it.
    #[serde(rename = "rejectedBy")]
    pub rejected_by: RejectedBy,
    /// Why that side rejects it (its validator's first error, with the instance location).
    pub reason: String,
}

/// One change between the two specs, classified by a rule.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// Rule id (see `stipula diff --list-rules`).
    pub id: &'static str,
    /// The final level: the rule's, raised by a witness or lowered by a search that proved
    /// no client can notice.
    pub level: Level,
    /// Request or response side of the change.
    pub direction: Direction,
    /// What changed, in words.
    pub message: String,
    /// The operation the change is in (`"GET /pets/{petId}"`), when it is in one operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The named component the change is in (`"schema Pet"`), when it is in a shared component.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Where inside the operation (`parameter query limit`, `response 200 application/json`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub section: String,
    /// Path inside the schema (`owner.tags[].name`), empty at the root.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// For component findings: every operation and direction the change reaches.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub affected: Vec<Affected>,
    /// Location in the base spec (absent for additions).
    pub base: Option<Location>,
    /// Location in the revision (absent for removals).
    pub revision: Option<Location>,
    /// Stable identity of the finding (see `--accept`): 16 hex digits.
    pub fingerprint: String,
    /// Set when an `--accept` entry silenced this finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Acceptance>,
    /// The value that proves the change breaks clients, when the search found one (`null`
    /// otherwise: for a `breaking` finding, the rule alone says so).
    pub witness: Option<Witness>,
    /// Why a schema finding has no witness, when it was searched for (`no value found within
    /// the budget`, or what kept the search from running).
    #[serde(rename = "witnessNote", skip_serializing_if = "Option::is_none")]
    pub witness_note: Option<String>,
    /// Extra text that makes the fingerprint specific (a value, a name); not shown.
    #[serde(skip)]
    pub(crate) detail: String,
}

impl Finding {
    /// `operation`, else `component`, else `"API"`: the heading findings are grouped by.
    pub fn subject(&self) -> String {
        if let Some(o) = &self.operation {
            o.clone()
        } else if let Some(c) = &self.component {
            c.clone()
        } else {
            "API".to_string()
        }
    }

    /// The most useful single location: the revision's, else the base's.
    pub fn primary_location(&self) -> Option<&Location> {
        self.revision.as_ref().or(self.base.as_ref())
    }

    pub(crate) fn compute_fingerprint(&mut self) {
        let key = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            self.id,
            self.operation.as_deref().unwrap_or(""),
            self.component.as_deref().unwrap_or(""),
            self.section,
            self.path,
            self.direction.as_str(),
            self.detail
        );
        self.fingerprint = format!("{:016x}", fnv1a64(key.as_bytes()));
    }
}

/// FNV-1a, 64 bit: stable across platforms, versions and runs (unlike `DefaultHasher`).
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The semantic-version consequence of a set of changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// No change worth a new version.
    None,
    /// A fix or a change of how the contract is written.
    Patch,
    /// An addition, or a change clients may notice.
    Minor,
    /// A breaking change.
    Major,
}

impl Bump {
    /// The bump as written in reports (`none`, `patch`, `minor`, `major`).
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// The versioning verdict.
#[derive(Clone, Debug, Serialize)]
pub struct Versioning {
    /// What the changes demand.
    pub required: Bump,
    /// `info.version` of the base.
    pub base_version: String,
    /// `info.version` of the revision.
    pub revision_version: String,
    /// The scheme recognised in the base version: `semver`, `calendar` or `none`.
    pub scheme: &'static str,
    /// The version the revision should carry at least (None when the scheme is unknown).
    pub next_version: Option<String>,
    /// Why `next_version` is what it is.
    pub explanation: String,
}

/// Everything a diff found.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The base spec's file name.
    pub base_name: String,
    /// The revision spec's file name.
    pub revision_name: String,
    /// Every finding, in report order.
    pub findings: Vec<Finding>,
    /// The version bump the findings demand and what `info.version` did.
    pub versioning: Versioning,
}

impl Report {
    /// Findings not silenced by an acceptance.
    pub fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.accepted.is_none())
    }

    /// Count of active findings at each level: (breaking, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for f in self.active() {
            match f.level {
                Level::Breaking => c.0 += 1,
                Level::Warning => c.1 += 1,
                Level::Info => c.2 += 1,
            }
        }
        c
    }

    /// The highest level among active findings.
    pub fn max_level(&self) -> Option<Level> {
        self.active().map(|f| f.level).max()
    }

    /// Is there an active finding at or above `level`?
    pub fn fails(&self, threshold: Option<Level>) -> bool {
        match threshold {
            None => false,
            Some(t) => self.active().any(|f| f.level >= t),
        }
    }
}

/// Used by rules to say which `Rule` a finding comes from.
pub(crate) fn finding(rule: &'static Rule, message: String) -> Finding {
    Finding {
        id: rule.id,
        level: rule.level,
        direction: rule.direction,
        message,
        operation: None,
        component: None,
        section: String::new(),
        path: String::new(),
        affected: Vec::new(),
        base: None,
        revision: None,
        fingerprint: String::new(),
        accepted: None,
        witness: None,
        witness_note: None,
        detail: String::new(),
    }
}
