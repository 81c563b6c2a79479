//! `--accept FILE`: a reviewed list of findings that may pass, keyed by fingerprint.
//!
//! ```yaml
//! accepted:
//!   - fingerprint: 3f2a9c0d1b2e4f56     # from the json/text output
//!     reason: "Only our own mobile app used it; released 2026-10-01"
//!     expires: 2027-01-31               # optional: after this date the finding counts again
//!     rule: response-property-removed   # optional, for the reader
//! ```

use crate::model::{Acceptance, Report};
use crate::rules::deprecation::parse_date;
use serde_json::Value;
use std::fmt;

/// One accepted finding: its fingerprint, why it is accepted, and until when.
#[derive(Clone, Debug)]
pub struct AcceptEntry {
    /// The finding's fingerprint (16 hex digits, from `stipula diff --format json`).
    pub fingerprint: String,
    /// Why the change is accepted, as written.
    pub reason: String,
    /// `YYYY-MM-DD`, as written.
    pub expires: Option<String>,
    expires_days: Option<i64>,
}

/// An accept file: the findings a team decided to live with.
#[derive(Clone, Debug, Default)]
pub struct AcceptList {
    /// The entries, in file order.
    pub entries: Vec<AcceptEntry>,
}

/// A problem in an accept file.
#[derive(Clone, Debug)]
pub struct AcceptError {
    /// `file:line:col` or the file name.
    pub location: String,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl fmt::Display for AcceptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.location, self.message)
    }
}

impl std::error::Error for AcceptError {}

/// What applying an accept list did.
#[derive(Clone, Debug, Default)]
pub struct AcceptOutcome {
    /// Findings silenced.
    pub silenced: usize,
    /// Entries whose expiry date has passed (their findings count again).
    pub expired: Vec<AcceptEntry>,
    /// Entries that matched no finding (the change they accepted is gone: remove them).
    pub unused: Vec<AcceptEntry>,
}

impl AcceptList {
    /// Parse an accept file (YAML or JSON). `name` is used in messages.
    pub fn parse(text: &str, name: &str) -> Result<AcceptList, AcceptError> {
        let parsed =
            stipula_spec::source::parse_auto(text, &stipula_spec::source::Limits::default())
                .map_err(|e| AcceptError {
                    location: format!("{name}:{}:{}", e.line, e.col),
                    message: format!("cannot parse the accept file: {}", e.message),
                })?;
        let err = |pointer: &str, message: String| AcceptError {
            location: format!("{name}#{pointer}"),
            message,
        };
        let list = match &parsed.value {
            Value::Object(m) => m.get("accepted").cloned().unwrap_or(Value::Null),
            Value::Array(_) => parsed.value.clone(),
            _ => Value::Null,
        };
        let Value::Array(items) = list else {
            return Err(err(
                "",
                "expected a top-level `accepted:` list of {fingerprint, reason, expires?} entries"
                    .into(),
            ));
        };
        let mut entries = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let ptr = format!("/accepted/{i}");
            let get = |k: &str| item.get(k).and_then(Value::as_str).map(str::trim);
            // YAML reads an all-digit fingerprint as a number: take it back when it survived.
            let numeric = item
                .get("fingerprint")
                .filter(|v| v.is_number())
                .map(|v| v.to_string());
            if let Some(n) = &numeric
                && n.len() != 16
            {
                return Err(err(
                    &ptr,
                    format!(
                        "fingerprint {n} was read as a number and lost digits; quote it: fingerprint: \"...\""
                    ),
                ));
            }
            let fingerprint = match get("fingerprint").or(numeric.as_deref()) {
                Some(f) if f.len() == 16 && f.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    f.to_ascii_lowercase()
                }
                Some(f) => {
                    return Err(err(
                        &ptr,
                        format!(
                            "fingerprint `{f}` is not 16 hex digits; copy it from `stipula diff --format json`"
                        ),
                    ));
                }
                None => return Err(err(&ptr, "entry has no `fingerprint`".into())),
            };
            let reason = match get("reason") {
                Some(r) if !r.is_empty() => r.to_string(),
                _ => {
                    return Err(err(
                        &ptr,
                        format!(
                            "entry {fingerprint} has no `reason`: say why the change is acceptable"
                        ),
                    ));
                }
            };
            let (expires, expires_days) = match item.get("expires") {
                None | Some(Value::Null) => (None, None),
                Some(Value::String(s)) => match parse_date(s) {
                    Some(d) => (Some(s.clone()), Some(d)),
                    None => {
                        return Err(err(
                            &ptr,
                            format!("`expires: {s}` is not a date; write YYYY-MM-DD"),
                        ));
                    }
                },
                Some(v) => {
                    return Err(err(
                        &ptr,
                        format!("`expires: {v}` is not a date; write YYYY-MM-DD (quoted in YAML)"),
                    ));
                }
            };
            entries.push(AcceptEntry {
                fingerprint,
                reason,
                expires,
                expires_days,
            });
        }
        Ok(AcceptList { entries })
    }

    /// Mark the findings this list accepts (an entry that expired before `today` accepts nothing).
    pub fn apply(&self, report: &mut Report, today: i64) -> AcceptOutcome {
        let mut out = AcceptOutcome::default();
        for e in &self.entries {
            let expired = e.expires_days.is_some_and(|d| d < today);
            let mut hit = false;
            for f in report
                .findings
                .iter_mut()
                .filter(|f| f.fingerprint == e.fingerprint)
            {
                hit = true;
                if !expired {
                    f.accepted = Some(Acceptance {
                        reason: e.reason.clone(),
                        expires: e.expires.clone(),
                    });
                    out.silenced += 1;
                }
            }
            if expired && hit {
                out.expired.push(e.clone());
            } else if !hit {
                out.unused.push(e.clone());
            }
        }
        out
    }
}
