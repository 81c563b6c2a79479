//! Verdicts by meaning: each pair in `specs/diff/witness/` (the examples of issue 10 and our
//! own) with the level it must get and, for breaking ones, the witness that proves it.

mod common;
use common::*;
use serde_json::{Value, json};
use stipula_diff::{Bump, Finding, Level, RejectedBy, Report};

fn pair(name: &str) -> Report {
    let a = load(&format!("diff/witness/{name}-base.yaml"));
    let b = load(&format!("diff/witness/{name}-revision.yaml"));
    stipula_diff::diff(&a, &b, &opts())
}

/// What a pair must give.
enum Want {
    /// Nothing breaking.
    Fine,
    /// A breaking finding with a witness: (rule id or "" for any, rejected by, the witness
    /// value or wire text must contain this).
    Proved(&'static str, RejectedBy, &'static str),
}
use Want::*;

const REV: RejectedBy = RejectedBy::Revision;
const BASE: RejectedBy = RejectedBy::Base;

const CASES: &[(&str, Want)] = &[
    // issue 10: constraints added to a request (or dropped from a response) break it
    (
        "query-pattern-added",
        Proved("request-pattern-added", REV, "?code="),
    ),
    ("request-contains-added", Proved("", REV, "[]")),
    ("request-dependent-schemas-added", Proved("", REV, "\"a\"")),
    ("request-if-then-added", Proved("", REV, "\"big\"")),
    ("request-pattern-properties-added", Proved("", REV, "n_")),
    ("request-property-names-added", Proved("", REV, "")),
    ("request-unevaluated-properties-added", Proved("", REV, "")),
    ("request-unevaluated-items-added", Proved("", REV, "")),
    (
        "response-dependent-required-removed",
        Proved("", BASE, "\"a\""),
    ),
    // the same change, however it is written
    ("response-one-of-widened", Proved("", BASE, "\"id\"")),
    ("response-type-list-widened", Proved("", BASE, "\"id\"")),
    // every old request matches both branches now
    ("request-one-of-wrapping", Proved("", REV, "\"bar\"")),
    ("request-prefix-items-added", Proved("", REV, "")),
    ("response-prefix-items-added", Proved("", BASE, "")),
    // values carried as text: `filters[groupId]=5` is still a valid string, ...
    ("deep-object-number-to-string", Fine),
    // ... but `filters[groupId]=a` is not a number
    (
        "deep-object-string-to-number",
        Proved("", REV, "filters[groupId]="),
    ),
    // `?token=abc` is a one-item array
    ("query-scalar-to-form-array", Fine),
    ("query-string-to-integer", Proved("", REV, "?n=")),
    // headers are text: `X-Rate: 5` reads as the string "5"
    ("response-header-string-to-integer", Fine),
    (
        "response-header-integer-to-string",
        Proved("", BASE, "X-Rate: "),
    ),
    ("path-integer-to-string", Fine),
    ("path-string-to-integer", Proved("", REV, "")),
    ("header-param-number-to-string", Fine),
    ("query-integer-to-number", Fine),
    ("query-number-to-integer", Proved("", REV, "?n=")),
    ("query-array-items-narrowed", Proved("", REV, "?ids=")),
    // `pattern: ''` matches everything
    ("empty-pattern-added", Fine),
    // inside `not`, a wider inner enum narrows the body
    ("request-not-narrowed", Proved("", REV, "\"y\"")),
    // our own
    (
        "request-max-length-decreased",
        Proved("request-max-length-decreased", REV, "aaaaaa"),
    ),
    ("request-max-length-increased", Fine),
    (
        "response-max-length-increased",
        Proved("response-max-length-increased", BASE, "aaaaaa"),
    ),
    ("request-enum-value-added", Fine),
    (
        "request-required-property-added",
        Proved("request-property-added-required", REV, ""),
    ),
    ("request-optional-property-added", Fine),
    ("response-required-became-optional", Proved("", BASE, "{}")),
    ("request-multiple-of-added", Proved("", REV, "")),
    ("response-enum-value-removed", Fine),
    ("request-minimum-raised", Proved("", REV, "?page=0")),
    ("request-type-widened-to-list", Fine),
    ("request-type-narrowed-from-list", Proved("", REV, "\"v\"")),
    // form fields are text too: `count=5` is still a valid string, ...
    ("form-integer-to-string", Fine),
    ("multipart-integer-to-string", Fine),
    // ... `count=a` is no integer
    ("form-string-to-integer", Proved("", REV, "count=")),
    (
        "multipart-string-to-integer",
        Proved("", REV, "part count: "),
    ),
    // the encoding object's style/explode: `ids=1,2` read as strings; `ids=a|b` as integers
    ("form-csv-items-integer-to-string", Fine),
    ("form-pipe-items-string-to-integer", Proved("", REV, "ids=")),
    // Stripe writes arrays with deepObject, which the style cannot carry as text: the JSON
    // witness still proves a value the revision no longer lists
    (
        "form-deep-object-array-enum-removed",
        Proved("request-enum-value-removed", REV, "updated"),
    ),
    // a multipart part holding an object travels as JSON: 5 is no string there
    (
        "multipart-json-part-integer-to-string",
        Proved("", REV, "\"n\""),
    ),
    // equivalent rewrites: nothing a client can notice
    ("rewrite-type-list-to-one-of", Fine),
    ("rewrite-all-of-split", Fine),
    ("rewrite-ref-extracted", Fine),
    ("rewrite-3.0-to-3.1", Fine),
    ("rewrite-key-order", Fine),
    ("rewrite-branch-all-of-split", Fine),
    // `const: card` is `enum: [card]`: from `enum: [card, bank]`, "bank" was removed
    (
        "enum-became-const",
        Proved("request-enum-value-removed", REV, "bank"),
    ),
    // an array without `items`: any two elements prove `maxItems: 1`
    (
        "request-untyped-array-max-items-added",
        Proved("request-max-items-set", REV, "[\"a\",\"a\"]"),
    ),
    // a response array's items lost their schema: anything may come, [0] too
    ("response-items-schema-dropped", Proved("", BASE, "0")),
    // `multipleOf: 1` on a number: 1.5 is refused now
    (
        "request-number-became-whole",
        Proved("request-type-narrowed", REV, "1.5"),
    ),
];

/// Constraints that accept everything they apply to (`minItems: 0`, `pattern: '.*'`,
/// `contains` with `minContains: 0`, `number` + `multipleOf: 1` for `integer`) are no change
/// at all, either way round: not even a warning a reviewer would have to read.
#[test]
fn vacuous_constraints_are_no_change() {
    for name in [
        "rewrite-vacuous-constraints",
        "rewrite-const-as-enum",
        "rewrite-null-branch-under-all-of",
        "paths-differing-in-parameter-names",
    ] {
        let a = load(&format!("diff/witness/{name}-base.yaml"));
        let b = load(&format!("diff/witness/{name}-revision.yaml"));
        for (x, y, way) in [(&a, &b, "base -> revision"), (&b, &a, "revision -> base")] {
            let r = stipula_diff::diff(x, y, &opts());
            assert_eq!(
                changes(&r),
                0,
                "{name}, {way}: expected no findings\n{}",
                dump(&r)
            );
        }
    }
}

/// `enum: [open, closed]` -> `const: open` in a response is a value removed (info), not
/// "no longer restricted to an enum" (a warning) beside "must now be the constant".
#[test]
fn enum_to_const_in_a_response_is_a_removed_value() {
    let r = pair("enum-became-const");
    let ids: Vec<(String, Level)> = r
        .findings
        .iter()
        .filter(|f| f.id.starts_with("response-"))
        .map(|f| (f.id.to_string(), f.level))
        .collect();
    assert_eq!(
        ids,
        vec![("response-enum-value-removed".to_string(), Level::Info)],
        "{}",
        dump(&r)
    );
}

fn shown(f: &Finding) -> String {
    f.witness
        .as_ref()
        .map(|w| format!("{} {}", w.wire.clone().unwrap_or_default(), w.value))
        .unwrap_or_default()
}

#[test]
fn every_pair_gets_its_verdict_and_witness() {
    let mut wrong = Vec::new();
    for (name, want) in CASES {
        let r = pair(name);
        let breaking: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| f.level == Level::Breaking)
            .collect();
        match want {
            Fine => {
                if !breaking.is_empty() {
                    wrong.push(format!("{name}: expected nothing breaking\n{}", dump(&r)));
                }
                // the version bump follows the final levels, not the rules' declared ones
                if r.versioning.required == Bump::Major {
                    wrong.push(format!(
                        "{name}: nothing breaking, yet the changes demand a major bump\n{}",
                        dump(&r)
                    ));
                }
            }
            Proved(id, by, needle) => {
                let ok = breaking.iter().any(|f| {
                    (id.is_empty() || f.id == *id)
                        && f.witness
                            .as_ref()
                            .is_some_and(|w| w.rejected_by == *by && shown(f).contains(needle))
                });
                if r.versioning.required != Bump::Major {
                    wrong.push(format!(
                        "{name}: a proved breaking change must demand a major bump, got {:?}",
                        r.versioning.required
                    ));
                }
                if !ok {
                    let ws: Vec<String> = r
                        .findings
                        .iter()
                        .map(|f| {
                            format!("{} {} [{}] {:?}", f.level, f.id, shown(f), f.witness_note)
                        })
                        .collect();
                    wrong.push(format!(
                        "{name}: expected a breaking {id} proved by a witness containing {needle:?} rejected by {by:?}\n{}\n{}",
                        dump(&r),
                        ws.join("\n")
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn the_same_change_gets_the_same_level_however_it_is_written() {
    let level = |name: &str| pair(name).max_level();
    assert_eq!(
        level("response-one-of-widened"),
        level("response-type-list-widened")
    );
}

/// An exhaustive search (both sides look only at a value's type) that finds nothing lowers
/// every finding, the warnings too: `type: [string, integer]` written as `oneOf` of the two
/// types adds no variant a client could meet.
#[test]
fn a_type_list_written_as_one_of_is_only_info() {
    let r = pair("rewrite-type-list-to-one-of");
    let loud: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.level > Level::Info)
        .collect();
    assert!(loud.is_empty(), "expected nothing above info\n{}", dump(&r));
    // a union's branches written as `allOf` of parts are the same branches
    let split = pair("rewrite-branch-all-of-split");
    assert!(
        split.findings.iter().all(|f| f.level == Level::Info),
        "expected nothing above info\n{}",
        dump(&split)
    );
    let one_of = r
        .findings
        .iter()
        .find(|f| f.id.contains("one-of-branch-added"))
        .unwrap_or_else(|| panic!("expected a one-of-branch-added finding\n{}", dump(&r)));
    assert!(
        one_of.witness_note.is_some() && one_of.message.contains("no value can tell"),
        "the lowered finding says why: {one_of:?}"
    );
}

#[test]
fn witnesses_are_reproducible() {
    for (name, _) in CASES {
        let a = pair(name);
        let b = pair(name);
        let wa: Vec<Option<Value>> = a
            .findings
            .iter()
            .map(|f| f.witness.as_ref().map(|w| w.value.clone()))
            .collect();
        let wb: Vec<Option<Value>> = b
            .findings
            .iter()
            .map(|f| f.witness.as_ref().map(|w| w.value.clone()))
            .collect();
        assert_eq!(wa, wb, "{name}");
    }
}

#[test]
fn findings_inside_not_carry_the_direction_of_the_body() {
    let r = pair("request-not-narrowed");
    for f in &r.findings {
        assert!(!f.id.starts_with("response-"), "{}", dump(&r));
    }
}

#[test]
fn smaller_items() {
    // a parameter's sunset moving earlier is reported, like an operation's
    let r = pair("parameter-sunset-earlier");
    has(&r, "sunset-date-moved-earlier", "parameter `q`");
    // a sunset changed to something that is not a date
    let r = pair("sunset-becomes-unparseable");
    has(&r, "deprecation-sunset-invalid", "soon");
    // an unreadable sunset does not let a removal through as info
    let r = pair("unparseable-sunset-removal");
    let f = has(&r, "endpoint-removed-before-sunset", "next spring");
    assert_eq!(f.level, Level::Breaking);
    // `{id}` in the template, `testId` declared: the same parameter on both sides
    let r = pair("path-template-name-mismatch");
    has_not(&r, "request-parameter-removed", "");
    has_not(&r, "request-parameter-added-required", "");
    // 1.0.0-rc.9 → 1.0.0-rc.10 goes up
    let r = pair("semver-prerelease-numeric");
    assert!(
        !r.findings.iter().any(|f| f.id.contains("decreased")),
        "{}",
        dump(&r)
    );
    // the JSON says `"witness": null` for an unproved finding and an object for a proved one
    let r = pair("query-string-to-integer");
    let j = stipula_diff::format::json(&r, Level::Info);
    let fs = j["findings"].as_array().cloned().unwrap_or_default();
    assert!(
        fs.iter()
            .any(|f| f["witness"]["rejectedBy"] == json!("revision")
                && f["witness"]["wire"]
                    .as_str()
                    .is_some_and(|w| w.starts_with("?n="))
                && f["witness"]["where"]
                    .as_str()
                    .is_some_and(|w| w.contains("parameter query n"))),
        "{j:#}"
    );
    let r = pair("request-optional-property-added");
    let j = stipula_diff::format::json(&r, Level::Info);
    assert!(
        j["findings"]
            .as_array()
            .is_some_and(|a| a.iter().all(|f| f["witness"].is_null())),
        "{j:#}"
    );
    // the text shows one `witness:` line
    let r = pair("request-max-length-decreased");
    let t = stipula_diff::format::text(&r, Level::Info, false);
    assert!(
        t.lines()
            .any(|l| l.trim_start().starts_with("witness: {\"name\":\"aaaaaa")),
        "{t}"
    );
}

#[test]
fn a_schema_the_validator_cannot_represent_keeps_the_rule_level_with_a_note() {
    let r = pair("unsupported-regex");
    let f = has(&r, "request-max-length-decreased", "code");
    assert_eq!(f.level, Level::Breaking);
    assert!(f.witness.is_none(), "{f:?}");
    let note = f.witness_note.clone().unwrap_or_default();
    assert!(note.contains("pattern `[a-`"), "{note}");
    let t = stipula_diff::format::text(&r, Level::Info, false);
    assert!(
        t.contains("witness: none found (the base schema cannot be checked exactly"),
        "{t}"
    );
}
