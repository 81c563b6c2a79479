//! Machine formats: JSON (stable, documented in the README), GitHub workflow annotations,
//! JUnit XML and SARIF 2.1.0.

use super::shown;
use crate::model::{Finding, Level, Report, Versioning};
use crate::rules::all_rules;
use serde::Serialize;
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::io::Write as _;

/// Version of the JSON output schema (bumped on incompatible changes).
pub const JSON_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Summary {
    breaking: usize,
    warning: usize,
    info: usize,
    accepted: usize,
}

/// The JSON document, borrowing from the report (serialized without building a tree).
#[derive(Serialize)]
struct JsonDoc<'a> {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    base: &'a str,
    revision: &'a str,
    summary: Summary,
    versioning: &'a Versioning,
    findings: Vec<&'a Finding>,
}

fn doc(report: &Report, min: Level) -> JsonDoc<'_> {
    let (breaking, warning, info) = report.counts();
    let accepted = report
        .findings
        .iter()
        .filter(|f| f.accepted.is_some())
        .count();
    JsonDoc {
        schema_version: JSON_SCHEMA_VERSION,
        base: &report.base_name,
        revision: &report.revision_name,
        summary: Summary {
            breaking,
            warning,
            info,
            accepted,
        },
        versioning: &report.versioning,
        findings: shown(report, min),
    }
}

/// The JSON document (see the README for the schema).
pub fn json(report: &Report, min: Level) -> Value {
    serde_json::to_value(doc(report, min)).unwrap_or(Value::Null)
}

/// The JSON document, pretty-printed straight into `w` (a big report never exists twice in
/// memory, as a tree and as text).
pub fn write_json(report: &Report, min: Level, w: impl std::io::Write) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::new(w);
    serde_json::to_writer_pretty(&mut w, &doc(report, min)).map_err(std::io::Error::other)?;
    w.write_all(b"\n")?;
    w.flush()
}

fn gh_escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_escape_prop(s: &str) -> String {
    gh_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands (`::error file=...,line=...::message`): one annotation
/// per active finding, on the revision's line (the base's for removals).
pub fn github(report: &Report, min: Level) -> String {
    let mut out = String::new();
    // worst first: GitHub shows a limited number of annotations of each kind per step
    let mut list: Vec<&Finding> = shown(report, min)
        .into_iter()
        .filter(|f| f.accepted.is_none())
        .collect();
    list.sort_by_key(|f| std::cmp::Reverse(f.level));
    for f in list {
        let cmd = match f.level {
            Level::Breaking => "error",
            Level::Warning => "warning",
            Level::Info => "notice",
        };
        let mut props = Vec::new();
        if let Some(l) = f.primary_location() {
            props.push(format!("file={}", gh_escape_prop(&l.file)));
            if l.line > 0 {
                props.push(format!("line={}", l.line));
                props.push(format!("col={}", l.col.max(1)));
            }
        }
        props.push(format!(
            "title={}",
            gh_escape_prop(&format!("{} ({})", f.id, f.level))
        ));
        let mut msg = format!("{}: {}", f.subject(), f.message);
        if !f.section.is_empty() {
            msg = format!("{} [{}]: {}", f.subject(), f.section, f.message);
        }
        if let Some(b) = &f.base
            && f.revision.is_some()
        {
            let _ = write!(msg, "\nbase: {b}");
        }
        let r = super::reach(f, 10);
        if !r.is_empty() {
            let _ = write!(msg, "\n{r}");
        }
        let _ = write!(msg, "\nfingerprint: {}", f.fingerprint);
        let _ = writeln!(out, "::{cmd} {}::{}", props.join(","), gh_escape_data(&msg));
    }
    let (b, w, i) = report.counts();
    let _ = writeln!(
        out,
        "stipula diff: {b} breaking, {w} warning(s), {i} info; {}",
        report.versioning.explanation
    );
    out
}

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

fn describe(f: &Finding) -> String {
    let mut s = String::new();
    if let Some(b) = &f.base {
        let _ = writeln!(s, "base: {b} ({})", b.pointer);
    }
    if let Some(r) = &f.revision {
        let _ = writeln!(s, "revision: {r} ({})", r.pointer);
    }
    for a in &f.affected {
        let _ = writeln!(
            s,
            "reaches: {} {} ({})",
            a.operation,
            a.section,
            a.direction.as_str()
        );
    }
    if let Some(w) = super::text::witness_line(f) {
        let _ = writeln!(s, "{w}");
    }
    let _ = write!(s, "fingerprint: {}", f.fingerprint);
    s
}

/// JUnit XML: one test case per finding; those at or above `fail_on` are failures.
pub fn junit(report: &Report, min: Level, fail_on: Option<Level>) -> String {
    let list = shown(report, min);
    let fails = |f: &Finding| f.accepted.is_none() && fail_on.is_some_and(|t| f.level >= t);
    let failures = list.iter().filter(|f| fails(f)).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"stipula diff\" tests=\"{}\" failures=\"{failures}\">",
        list.len()
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"{} → {}\" tests=\"{}\" failures=\"{failures}\">",
        xml(&report.base_name),
        xml(&report.revision_name),
        list.len()
    );
    for f in &list {
        let name = format!("{}: {}", f.id, f.message);
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\"",
            xml(&f.subject()),
            xml(&name)
        );
        if fails(f) {
            let _ = writeln!(
                out,
                ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                f.level,
                xml(&f.message),
                xml(&describe(f))
            );
        } else if let Some(a) = &f.accepted {
            let _ = writeln!(
                out,
                ">\n      <skipped message=\"accepted: {}\"/>\n    </testcase>",
                xml(&a.reason)
            );
        } else {
            let _ = writeln!(
                out,
                ">\n      <system-out>{} ({})</system-out>\n    </testcase>",
                xml(&describe(f)),
                f.level
            );
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// SARIF 2.1.0, for code-scanning dashboards.
pub fn sarif(report: &Report, min: Level) -> Value {
    let rules: Vec<Value> = all_rules()
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.description },
                "defaultConfiguration": { "level": sarif_level(r.level) },
                "properties": { "family": r.family, "direction": r.direction.as_str(), "stipulaLevel": r.level.as_str() },
            })
        })
        .collect();
    let results: Vec<Value> = shown(report, min)
        .into_iter()
        .map(|f| {
            let mut locations = Vec::new();
            if let Some(l) = f.primary_location() {
                let mut physical = json!({ "artifactLocation": { "uri": uri(&l.file) } });
                if l.line > 0 {
                    physical["region"] =
                        json!({ "startLine": l.line, "startColumn": l.col.max(1) });
                }
                locations.push(json!({
                    "physicalLocation": physical,
                    "logicalLocations": [{ "fullyQualifiedName": f.subject(), "kind": "member" }],
                }));
            }
            let mut related = Vec::new();
            if let (Some(b), Some(_)) = (&f.base, &f.revision) {
                related.push(json!({
                    "id": 1,
                    "message": { "text": "base revision" },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&b.file) },
                        "region": { "startLine": b.line.max(1), "startColumn": b.col.max(1) },
                    },
                }));
            }
            let mut r = json!({
                "ruleId": f.id,
                "level": sarif_level(f.level),
                "message": { "text": format!("{}: {}", f.subject(), f.message) },
                "locations": locations,
                "relatedLocations": related,
                "partialFingerprints": { "stipulaFinding/v1": f.fingerprint },
            });
            if let Some(a) = &f.accepted {
                r["suppressions"] = json!([{ "kind": "external", "justification": a.reason }]);
            }
            r["properties"] = json!({ "witness": f.witness });
            if let Some(n) = &f.witness_note {
                r["properties"]["witnessNote"] = json!(n);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "stipula",
                "informationUri": "https://example.invalid/stipula",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

/// A file name as a URI reference: characters a URI cannot carry are percent-encoded.
fn uri(file: &str) -> String {
    let mut o = String::with_capacity(file.len());
    for b in file.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                o.push(b as char)
            }
            b'\\' => o.push('/'),
            _ => o.push_str(&format!("%{b:02X}")),
        }
    }
    o
}

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Breaking => "error",
        Level::Warning => "warning",
        Level::Info => "note",
    }
}
