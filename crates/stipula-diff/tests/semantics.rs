//! Cross-cutting behaviour: cross-version pairs, root causes, cycles, fingerprints,
//! acceptances, versioning, output formats, and a test that every registered rule fires.

mod common;
use common::*;
use std::collections::BTreeSet;
use stipula_diff::{AcceptList, Bump, Level};
use stipula_testkit::DIFF_FAMILIES;

#[test]
fn petstore_30_and_its_31_rewrite_differ_in_nothing() {
    let a = load("petstore-3.0.yaml");
    let b = load("petstore-3.1.yaml");
    for (x, y) in [(&a, &b), (&b, &a)] {
        let r = stipula_diff::diff(x, y, &opts());
        assert!(breaking(&r).is_empty(), "{}", dump(&r));
        assert!(
            r.findings.iter().all(|f| f.level == Level::Info),
            "{}",
            dump(&r)
        );
    }
}

#[test]
fn a_spec_against_itself_is_silent() {
    for fam in DIFF_FAMILIES {
        let a = load(&format!("diff/{fam}-base.yaml"));
        let r = stipula_diff::diff(&a, &a, &opts());
        assert!(r.findings.is_empty(), "{fam}:\n{}", dump(&r));
        assert_eq!(r.versioning.required, Bump::None);
    }
}

#[test]
fn a_component_change_is_reported_once_with_every_operation_it_reaches() {
    let r = family("properties", false);
    let hits: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.id == "response-required-property-removed" && f.path.is_empty())
        .collect();
    assert_eq!(hits.len(), 1, "{}", dump(&r));
    let f = hits[0];
    assert_eq!(f.component.as_deref(), Some("schema Thing"));
    let ops: BTreeSet<&str> = f.affected.iter().map(|a| a.operation.as_str()).collect();
    assert!(
        ops.contains("POST /things") && ops.contains("GET /things/{id}"),
        "{ops:?}"
    );
    // both locations are given
    let b = f.base.as_ref().map(|l| l.line).unwrap_or(0);
    let n = f.revision.as_ref().map(|l| l.line).unwrap_or(0);
    assert!(b > 0 && n > 0, "{f:?}");
}

#[test]
fn cycles_terminate_and_changes_inside_them_are_found() {
    let r = family("cycles", false);
    has(&r, "response-type-changed", "schema Node");
    has(&r, "request-property-added-required", "label");
    let once = r
        .findings
        .iter()
        .filter(|f| f.id == "response-type-changed")
        .count();
    assert_eq!(once, 1, "{}", dump(&r));
}

#[test]
fn fingerprints_are_stable_across_reformatting() {
    let base = std::fs::read_to_string(spec_path("diff/properties-base.yaml")).unwrap_or_default();
    let rev =
        std::fs::read_to_string(spec_path("diff/properties-revision.yaml")).unwrap_or_default();
    let a = load_text(&base, "properties-base.yaml");
    let b = load_text(&rev, "properties-revision.yaml");
    let shifted = format!("# a comment\n\n\n{rev}");
    let b2 = load_text(&shifted, "properties-revision.yaml");
    let r1 = stipula_diff::diff(&a, &b, &opts());
    let r2 = stipula_diff::diff(&a, &b2, &opts());
    let f1: BTreeSet<String> = r1.findings.iter().map(|f| f.fingerprint.clone()).collect();
    let f2: BTreeSet<String> = r2.findings.iter().map(|f| f.fingerprint.clone()).collect();
    assert_eq!(f1, f2);
    assert_eq!(f1.len(), r1.findings.len(), "fingerprints are unique");
    // and the lines did move
    let l1 = r1
        .findings
        .iter()
        .filter_map(|f| f.revision.as_ref())
        .map(|l| l.line)
        .max();
    let l2 = r2
        .findings
        .iter()
        .filter_map(|f| f.revision.as_ref())
        .map(|l| l.line)
        .max();
    assert_ne!(l1, l2);
}

#[test]
fn accepted_findings_stop_counting_until_they_expire() {
    let mut r = family("properties", false);
    let target = has(&r, "response-required-property-removed", "gone_req");
    let text = format!(
        "accepted:\n  - fingerprint: {}\n    reason: the only client was migrated\n    expires: '2027-01-31'\n  - fingerprint: '0000000000000000'\n    reason: stale\n",
        target.fingerprint
    );
    let list = match AcceptList::parse(&text, "accept.yaml") {
        Ok(l) => l,
        Err(e) => panic!("{e}"),
    };
    let before = r.counts().0;
    let out = list.apply(&mut r, opts().today);
    assert_eq!(out.silenced, 1);
    assert_eq!(out.unused.len(), 1);
    assert_eq!(r.counts().0, before - 1);
    // after the expiry date the finding counts again
    let mut r = family("properties", false);
    let later = stipula_diff::parse_date("2027-02-01").unwrap_or(0);
    let out = list.apply(&mut r, later);
    assert_eq!(out.silenced, 0);
    assert_eq!(out.expired.len(), 1);
    assert_eq!(r.counts().0, before);
}

#[test]
fn accept_files_without_reasons_are_refused() {
    let e = AcceptList::parse("accepted:\n  - fingerprint: 0123456789abcdef\n", "a.yaml");
    let msg = match e {
        Err(e) => e.to_string(),
        Ok(_) => String::new(),
    };
    assert!(
        msg.contains("reason") && msg.contains("a.yaml#/accepted/0"),
        "{msg}"
    );
    let e = AcceptList::parse("accepted:\n  - fingerprint: xyz\n    reason: r\n", "a.yaml");
    assert!(e.is_err());
}

fn tiny(version: &str, extra_path: bool) -> String {
    let mut s = format!(
        "openapi: 3.1.0\ninfo: {{title: t, version: '{version}'}}\npaths:\n  /a:\n    get: {{responses: {{'200': {{description: ok}}}}}}\n"
    );
    if extra_path {
        s.push_str("  /b:\n    get: {responses: {'200': {description: ok}}}\n");
    }
    s
}

fn version_pair(a: &str, a_extra: bool, b: &str, b_extra: bool) -> stipula_diff::Report {
    let x = load_text(&tiny(a, a_extra), "a.yaml");
    let y = load_text(&tiny(b, b_extra), "b.yaml");
    stipula_diff::diff(&x, &y, &opts())
}

#[test]
fn versioning_semver() {
    // breaking (endpoint removed) with a minor bump
    let r = version_pair("1.2.3", true, "1.3.0", false);
    assert_eq!(r.versioning.required, Bump::Major);
    assert_eq!(r.versioning.next_version.as_deref(), Some("2.0.0"));
    has(&r, "version-bump-too-small", "2.0.0");
    // an addition: a minor bump is enough
    let r = version_pair("1.2.3", false, "1.3.0", true);
    assert_eq!(r.versioning.required, Bump::Minor);
    assert_eq!(r.versioning.next_version.as_deref(), Some("1.3.0"));
    assert!(
        r.findings.iter().all(|f| !f.id.starts_with("version-")),
        "{}",
        dump(&r)
    );
    let r = version_pair("1.2.3", false, "1.2.4", true);
    has(&r, "version-bump-too-small", "1.3.0");
    // backwards
    let r = version_pair("2.0.0", false, "1.9.0", false);
    has(&r, "version-decreased", "1.9.0");
}

#[test]
fn versioning_zero_major_follows_the_0x_rules() {
    let r = version_pair("0.4.1", true, "0.4.2", false);
    assert_eq!(r.versioning.next_version.as_deref(), Some("0.5.0"));
    has(&r, "version-bump-too-small", "0.5.0");
    let r = version_pair("0.4.1", true, "0.5.0", false);
    has_not(&r, "version-bump-too-small", "");
    let r = version_pair("0.4.1", false, "0.4.2", true);
    assert_eq!(r.versioning.next_version.as_deref(), Some("0.4.2"));
    has_not(&r, "version-bump-too-small", "");
}

#[test]
fn versioning_calendar_and_unknown() {
    let r = version_pair("2023-08-16", true, "2023-08-16", false);
    has(&r, "version-date-not-advanced", "2023-08-16");
    assert_eq!(r.versioning.scheme, "calendar");
    assert_eq!(r.versioning.next_version.as_deref(), Some("2026-11-21"));
    let r = version_pair("2023-08-16", true, "2023-10-16", false);
    has_not(&r, "version-date-not-advanced", "");
    assert_eq!(r.versioning.next_version.as_deref(), Some("2023-10-16"));
    let r = version_pair("2023-08-16", true, "2023-01-01", false);
    has(&r, "version-decreased", "2023-01-01");
    let r = version_pair("1.0.0", false, "2024-01-01", false);
    has(&r, "version-scheme-changed", "calendar");
    let r = version_pair("beta-two", true, "beta-three", false);
    assert_eq!(r.versioning.scheme, "none");
    assert_eq!(r.versioning.next_version, None);
    assert_eq!(stipula_diff::format::next_version(&r), "major");
}

#[test]
fn every_registered_rule_is_exercised_by_a_fixture() {
    let mut fired: BTreeSet<String> = BTreeSet::new();
    let mut days = opts();
    days.deprecation_days = Some(30);
    for fam in DIFF_FAMILIES {
        for rev in [false, true] {
            for f in family_with(fam, rev, &days).findings {
                fired.insert(f.id.to_string());
            }
        }
    }
    for (a, ae, b, be) in [
        ("2023-08-16", true, "2023-08-16", false),
        ("1.0.0", false, "2024-01-01", false),
    ] {
        for f in version_pair(a, ae, b, be).findings {
            fired.insert(f.id.to_string());
        }
    }
    // the witness pairs (specs/diff/witness/)
    let dir = spec_path("diff/witness");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let n = e.file_name().to_string_lossy().to_string();
                    n.strip_suffix("-base.yaml").map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    assert!(
        names.len() > 40,
        "witness pairs missing in {}",
        dir.display()
    );
    for name in names {
        let a = load(&format!("diff/witness/{name}-base.yaml"));
        let b = load(&format!("diff/witness/{name}-revision.yaml"));
        for f in stipula_diff::diff(&a, &b, &opts()).findings {
            fired.insert(f.id.to_string());
        }
    }
    let missing: Vec<&str> = stipula_diff::all_rules()
        .iter()
        .map(|r| r.id)
        .filter(|id| !fired.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} rule(s) never fire in specs/diff: {missing:?}",
        missing.len()
    );
    let total = stipula_diff::all_rules().len();
    assert!(total >= 200, "only {total} rules");
}

#[test]
fn rule_ids_are_unique_and_described() {
    let mut seen = BTreeSet::new();
    for r in stipula_diff::all_rules() {
        assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
        assert!(!r.description.is_empty(), "{} has no description", r.id);
        if r.id.starts_with("request-") {
            assert_eq!(r.direction, stipula_diff::Direction::Request, "{}", r.id);
        }
        if r.id.starts_with("response-") {
            assert_eq!(r.direction, stipula_diff::Direction::Response, "{}", r.id);
        }
    }
}

#[test]
fn formats_carry_ids_levels_and_both_locations() {
    let r = family("properties", false);
    let j = stipula_diff::format::json(&r, Level::Info);
    assert_eq!(j["schemaVersion"], 1);
    let findings = j["findings"].as_array().cloned().unwrap_or_default();
    assert!(!findings.is_empty());
    let f = findings
        .iter()
        .find(|f| f["id"] == "response-required-property-removed")
        .cloned()
        .unwrap_or_default();
    assert_eq!(f["level"], "breaking");
    assert_eq!(f["direction"], "response");
    assert!(f["base"]["line"].as_u64().unwrap_or(0) > 0);
    assert!(
        f["revision"]["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("properties-revision.yaml")
    );
    assert_eq!(f["fingerprint"].as_str().map(str::len), Some(16));

    let gh = stipula_diff::format::github(&r, Level::Info);
    assert!(
        gh.lines().any(|l| l.starts_with("::error file=")
            && l.contains(",line=")
            && l.contains("response-required-property-removed")),
        "{gh}"
    );
    assert!(gh.lines().any(|l| l.starts_with("::notice ")));

    let junit = stipula_diff::format::junit(&r, Level::Info, Some(Level::Breaking));
    let failures = junit.matches("<failure ").count();
    assert_eq!(failures, r.counts().0);
    assert!(junit.starts_with("<?xml"));

    let sarif = stipula_diff::format::sarif(&r, Level::Info);
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().map(|a| a.len());
    assert_eq!(results, Some(r.findings.len()));

    let md = stipula_diff::format::markdown(&r, Level::Info);
    assert!(md.contains("### Breaking changes"), "{md}");
    let text = stipula_diff::format::text(&r, Level::Warning, false);
    assert!(
        text.contains("schema Thing") && !text.contains("\x1b["),
        "{text}"
    );
    assert!(
        !text.contains("response-property-added"),
        "info hidden at --level warning"
    );
}

#[test]
fn a_plain_schema_that_became_a_union_is_paired_with_its_branch() {
    // Stripe's pattern: `description: string` became `anyOf: [string, enum ['']]`, and an id
    // field became expandable (`anyOf: [string, $ref Object]`).
    let base = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object, properties: {description: {type: string, maxLength: 5000}}}}}}\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}\ncomponents:\n  schemas:\n    Item: {type: object, properties: {invoice: {type: string, maxLength: 5000, nullable: true}}}\n    Invoice: {type: object, properties: {id: {type: string}}}\n";
    let rev = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object, properties: {description: {anyOf: [{type: string, maxLength: 5000}, {type: string, enum: ['']}]}}}}}}\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}\ncomponents:\n  schemas:\n    Item: {type: object, properties: {invoice: {anyOf: [{type: string, maxLength: 5000}, {$ref: '#/components/schemas/Invoice'}], nullable: true}}}\n    Invoice: {type: object, properties: {id: {type: string}}}\n";
    let a = load_text(base, "base.yaml");
    let b = load_text(rev, "rev.yaml");
    let r = stipula_diff::diff(&a, &b, &opts());
    has(&r, "request-any-of-branch-added", "description");
    // the revision may now send an Invoice object where the base promised a string: proved
    let f = has(&r, "response-any-of-branch-added", "Invoice");
    assert_eq!(f.level, Level::Breaking);
    assert!(
        f.witness.as_ref().is_some_and(|w| w.value.is_object()),
        "{f:?}"
    );
    // not "type widened to any", no maxLength noise, nullability unchanged
    has_not(&r, "response-type-widened", "");
    has_not(&r, "request-type-widened", "");
    has_not(&r, "request-max-length-unset", "");
    has_not(&r, "response-became-not-nullable", "");
    has_not(&r, "response-became-nullable", "");
    let changes = changes(&r);
    assert_eq!(changes, 2, "{}", dump(&r));
}

#[test]
fn untitled_union_branches_are_named_and_paired_by_their_tag() {
    let s = |max: u32, extra: &str| {
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /r:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                oneOf:\n                  - {{type: object, properties: {{type: {{enum: [size]}}, max: {{type: integer, maximum: {max}}}}}}}\n                  - {{type: object, properties: {{type: {{enum: [name]}}, pattern: {{type: string}}}}}}\n{extra}"
        )
    };
    let a = load_text(&s(256, ""), "a.yaml");
    let b = load_text(
        &s(
            32767,
            "                  - {type: object, properties: {type: {enum: [merge]}}}\n",
        ),
        "b.yaml",
    );
    let r = stipula_diff::diff(&a, &b, &opts());
    has(&r, "response-max-increased", "{oneOf:type=size}.max");
    has(&r, "response-one-of-branch-added", "type=merge");
    let changes = changes(&r);
    assert_eq!(changes, 2, "{}", dump(&r));
}

/// GitHub's org rulesets (octokit 19.1 → 22.0): the `merge_queue` rule was dropped from the
/// request's `oneOf` and `copilot_code_review` added. Both are `{type, parameters}` objects,
/// so pairing by members alone matched them and reported `merge_queue` as an enum value
/// removed plus every one of its parameters as a property removed. Branches pinned to
/// different tags are different variants: one removed (breaking, proved), one added.
#[test]
fn union_branches_with_different_tags_are_not_paired_by_their_members() {
    let s = |last: &str| {
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /rulesets:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                rules:\n                  type: array\n                  items:\n                    oneOf:\n                      - $ref: '#/components/schemas/creation'\n                      - $ref: '#/components/schemas/{last}'\n      responses:\n        '204': {{description: ok}}\ncomponents:\n  schemas:\n    creation:\n      type: object\n      required: [type]\n      properties: {{type: {{type: string, enum: [creation]}}}}\n    merge-queue:\n      type: object\n      required: [type]\n      properties:\n        type: {{type: string, enum: [merge_queue]}}\n        parameters: {{type: object, properties: {{grouping_strategy: {{type: string}}, max_entries_to_merge: {{type: integer}}}}}}\n    copilot-code-review:\n      type: object\n      required: [type]\n      properties:\n        type: {{type: string, enum: [copilot_code_review]}}\n        parameters: {{type: object, properties: {{review_on_push: {{type: boolean}}}}}}\n"
        )
    };
    let a = load_text(&s("merge-queue"), "a.yaml");
    let b = load_text(&s("copilot-code-review"), "b.yaml");
    let r = stipula_diff::diff(&a, &b, &opts());
    let removed = has(&r, "request-one-of-branch-removed", "merge-queue");
    assert_eq!(removed.level, Level::Breaking, "{}", dump(&r));
    assert!(
        removed
            .witness
            .as_ref()
            .is_some_and(|w| w.value.to_string().contains("merge_queue")),
        "{removed:?}"
    );
    has(&r, "request-one-of-branch-added", "copilot-code-review");
    has_not(&r, "request-enum-value-removed", "");
    has_not(&r, "request-property-removed", "");
    assert_eq!(changes(&r), 2, "{}", dump(&r));
}

/// A branch whose pinned properties are written in another order is the same variant: the
/// tag check compares each pinned property, not the first one found.
#[test]
fn union_branches_with_reordered_pins_are_still_paired() {
    let s = |first: &str| {
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /r:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                oneOf:\n                  - {first}\n                  - {{type: object, properties: {{type: {{enum: [b]}}}}}}\n"
        )
    };
    let a = load_text(
        &s(
            "{type: object, properties: {type: {enum: [a]}, kind: {enum: [x]}, v: {type: integer, maximum: 5}}}",
        ),
        "a.yaml",
    );
    let b = load_text(
        &s(
            "{type: object, properties: {kind: {enum: [x]}, type: {enum: [a]}, v: {type: integer, maximum: 6}}}",
        ),
        "b.yaml",
    );
    let r = stipula_diff::diff(&a, &b, &opts());
    has(&r, "response-max-increased", ".v");
    has_not(&r, "response-one-of-branch-added", "");
    has_not(&r, "response-one-of-branch-removed", "");
}

/// The real GitHub pair (octokit 19.1 → 22.0), read as a reviewer would (the table in the
/// README's diff section): every breaking finding is of a kind that was read, proved or
/// with the reason it is not. Skips when the corpus is absent.
#[test]
fn github_octokit_19_to_22() {
    let root = stipula_testkit::corpus_dir();
    let (a, b) = (
        root.join("github/api.github.com.octokit-19.1.0.json"),
        root.join("github/api.github.com.octokit-22.0.0.json"),
    );
    if !a.exists() || !b.exists() {
        eprintln!(
            "corpus not found at {}: skipping the GitHub pair",
            root.display()
        );
        return;
    }
    let opts_l = stipula_spec::LoadOptions::default();
    let (Ok(a), Ok(b)) = (
        stipula_spec::load(&a, &opts_l),
        stipula_spec::load(&b, &opts_l),
    ) else {
        panic!("the GitHub specs do not load");
    };
    let r = stipula_diff::diff(&a.spec, &b.spec, &opts());
    // `merge_queue` left the org rulesets' request union: one proved finding, not an enum
    // value and seven parameters of a wrongly paired `copilot_code_review` branch
    let f = has(
        &r,
        "request-one-of-branch-removed",
        "repository-rule-merge-queue",
    );
    assert_eq!(f.level, Level::Breaking);
    assert!(f.witness.is_some(), "{f:?}");
    has_not(&r, "request-enum-value-removed", "merge_queue");
    has_not(
        &r,
        "request-property-removed",
        "{oneOf:repository-rule-copilot-code-review}",
    );
    let kinds = [
        // removed without deprecation: breaking by the deprecation policy, no value proves it
        "endpoint-removed",
        "request-parameter-removed",
        "request-property-removed",
        "response-optional-property-removed",
        // proved by a witness (or too large to search)
        "request-one-of-branch-removed",
        "request-min-items-set",
        "request-property-added-required",
        "response-enum-value-added",
        "response-one-of-branch-added",
        "response-property-became-optional",
        "response-max-length-unset",
        "response-max-increased",
        "response-type-changed",
        "response-became-nullable",
    ];
    let b = breaking(&r);
    assert!(b.iter().all(|f| kinds.contains(&f.id)), "{}", dump(&r));
    for f in &b {
        // removed operations and parameters: no schema pair to search, the rule alone
        let removal = matches!(f.id, "endpoint-removed" | "request-parameter-removed");
        assert!(
            removal || f.witness.is_some() || f.witness_note.is_some(),
            "a breaking finding with neither a witness nor a note: {f:?}"
        );
        // a removal's note says why no value can prove it, whatever the schema's size
        if f.id == "response-optional-property-removed" {
            let note = f.witness_note.as_deref().unwrap_or("");
            assert!(note.starts_with("no value can prove"), "{f:?}");
        }
    }
}

/// The real Stripe pair, read as a reviewer would: the findings that matter are there and
/// the known noise is not. Skips when the corpus is absent.
#[test]
fn stripe_2023_03_to_2023_09() {
    let root = stipula_testkit::corpus_dir();
    let (a, b) = (
        root.join("stripe/spec3.2023-03-11.yaml"),
        root.join("stripe/spec3.2023-09-12.yaml"),
    );
    if !a.exists() || !b.exists() {
        eprintln!(
            "corpus not found at {}: skipping the Stripe pair",
            root.display()
        );
        return;
    }
    let opts_l = stipula_spec::LoadOptions::default();
    let (Ok(a), Ok(b)) = (
        stipula_spec::load(&a, &opts_l),
        stipula_spec::load(&b, &opts_l),
    ) else {
        panic!("the Stripe specs do not load");
    };
    let r = stipula_diff::diff(&a.spec, &b.spec, &opts());
    has(&r, "response-property-became-optional", "success_url");
    has(&r, "response-any-of-branch-added", "invoiceitem");
    has(&r, "request-enum-value-removed", "invoiceitem.updated");
    has_not(&r, "response-type-widened", "invoice_item");
    has_not(&r, "request-max-length-unset", "description");
    assert_eq!(r.versioning.scheme, "calendar");
    // Stripe removed `blik` and `persistent_token` without deprecating them first: breaking
    // in requests (even where the object stays open) and in responses (even optional ones),
    // by the deprecation policy.
    for (id, needle) in [
        ("request-property-removed", "blik"),
        ("request-property-removed", "persistent_token"),
        ("response-optional-property-removed", "blik"),
        ("response-optional-property-removed", "persistent_token"),
    ] {
        assert_eq!(has(&r, id, needle).level, Level::Breaking, "{id} {needle}");
    }
    // Every breaking finding was read and is one of these kinds; anything else is new noise
    // (or a new real change) to read before widening this list.
    let kinds = [
        "request-property-removed",
        "response-optional-property-removed",
        "response-property-became-optional",
        "response-became-nullable",
        "request-enum-value-removed",
        // a value the base's enum did not list may now come back: each one proved by a
        // witness (Stripe's policy calls new enum values compatible; the spec does not)
        "response-enum-value-added",
        // `subscription_item` may now be an expanded object where it was an id string
        "response-any-of-branch-added",
    ];
    let b = breaking(&r);
    assert!(b.iter().all(|f| kinds.contains(&f.id)), "{}", dump(&r));
    // each breaking finding is proved, or says why it is not
    for f in &b {
        assert!(
            f.witness.is_some() || f.witness_note.is_some(),
            "a breaking finding with neither a witness nor a note: {f:?}"
        );
    }
    // the same inline change in the three setup-intent operations is one finding
    let f = has(&r, "request-property-removed", "blik");
    assert_eq!(f.affected.len(), 3, "{:?}", f.affected);
    assert_eq!(f.operation.as_deref(), Some("POST /v1/setup_intents"));
    assert!(b.len() <= 60, "{}", dump(&r));
    // what is breaking only because of a witness carries it
    for f in &b {
        if matches!(
            f.id,
            "response-enum-value-added" | "response-any-of-branch-added"
        ) {
            assert!(f.witness.is_some(), "{f:?}");
        }
    }
}

#[test]
fn a_30_base_against_a_31_revision_reports_only_the_real_change() {
    let base = "openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths:\n  /p:\n    get:\n      parameters: [{name: n, in: query, schema: {type: integer, minimum: 0, exclusiveMinimum: true}}]\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/P'}}}}\ncomponents:\n  schemas:\n    P:\n      type: object\n      properties:\n        a: {type: string, nullable: true, example: x}\n        b: {type: string, nullable: true}\n";
    let rev = "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /p:\n    get:\n      parameters: [{name: n, in: query, schema: {type: integer, exclusiveMinimum: 0}}]\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/P'}}}}\ncomponents:\n  schemas:\n    P:\n      type: object\n      properties:\n        a: {type: [string, 'null'], examples: [x]}\n        b: {type: string}\n";
    let a = load_text(base, "base-3.0.yaml");
    let b = load_text(rev, "rev-3.1.yaml");
    let r = stipula_diff::diff(&a, &b, &opts());
    has(&r, "response-became-not-nullable", "`b`");
    let others: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.id != "response-became-not-nullable")
        .map(|f| f.id)
        .collect();
    assert!(others.is_empty(), "{}", dump(&r));
}

#[test]
fn renaming_every_component_of_a_diamond_graph_stays_linear() {
    // 40 levels, each referring twice to the next: 2^40 paths if pairs were not remembered.
    let spec = |prefix: &str, leaf: &str| {
        let mut s = format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /d:\n    get:\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{prefix}0'}}}}}}}}\ncomponents:\n  schemas:\n"
        );
        for i in 0..40 {
            s.push_str(&format!(
                "    {prefix}{i}: {{type: object, properties: {{x: {{$ref: '#/components/schemas/{prefix}{n}'}}, y: {{$ref: '#/components/schemas/{prefix}{n}'}}}}}}\n",
                n = i + 1
            ));
        }
        s.push_str(&format!("    {prefix}40: {{type: {leaf}}}\n"));
        s
    };
    let a = load_text(&spec("A", "string"), "a.yaml");
    let b = load_text(&spec("B", "integer"), "b.yaml");
    let t = std::time::Instant::now();
    let r = stipula_diff::diff(&a, &b, &opts());
    assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
    has(&r, "response-type-changed", "x.x.x");
}

/// `slim` drops what the diff never reads (source texts, by-name component tables); the
/// report must not change, on every fixture pair.
#[test]
fn slimmed_specs_give_the_same_report() {
    for fam in DIFF_FAMILIES {
        let a = load(&format!("diff/{fam}-base.yaml"));
        let b = load(&format!("diff/{fam}-revision.yaml"));
        let full = stipula_diff::format::json(&stipula_diff::diff(&a, &b, &opts()), Level::Info);
        let (mut sa, mut sb) = (a.clone(), b.clone());
        stipula_diff::slim(&mut sa);
        stipula_diff::slim(&mut sb);
        assert!(sa.files.iter().all(|f| f.text.is_empty()));
        let slim = stipula_diff::format::json(&stipula_diff::diff(&sa, &sb, &opts()), Level::Info);
        assert_eq!(full, slim, "{fam}");
    }
}

/// A 3.0 `nullable: true` enum admits `null` whether or not the enum lists it (see
/// stipula-schema's render docs for the evidence), so listing it is no change, and neither is
/// the faithful 3.1 rewrite (`type: [string, 'null']` with `null` in the enum); a 3.1 enum
/// that does not list `null` rejects it, and a response that starts sending it is breaking.
#[test]
fn nullable_enum_admits_null_in_3_0_and_listing_it_changes_nothing() {
    let doc = |version: &str, color: &str| {
        format!(
            "openapi: {version}\ninfo: {{title: t, version: '1.0.0'}}\npaths:\n  /c:\n    get:\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{type: object, properties: {{color: {color}}}}}}}}}}}\n    post:\n      requestBody: {{content: {{application/json: {{schema: {{type: object, properties: {{color: {color}}}}}}}}}}}\n      responses: {{'204': {{description: ok}}}}\n"
        )
    };
    let base = load_text(
        &doc(
            "3.0.3",
            "{type: string, nullable: true, enum: [red, green]}",
        ),
        "base.yaml",
    );
    for (name, rev) in [
        (
            "null listed",
            doc(
                "3.0.3",
                "{type: string, nullable: true, enum: [red, green, null]}",
            ),
        ),
        (
            "3.1 rewrite",
            doc(
                "3.1.0",
                "{type: [string, 'null'], enum: [red, green, null]}",
            ),
        ),
    ] {
        let rev = load_text(&rev, "rev.yaml");
        for (x, y) in [(&base, &rev), (&rev, &base)] {
            let r = stipula_diff::diff(x, y, &opts());
            assert_eq!(changes(&r), 0, "{name}:\n{}", dump(&r));
        }
    }
    // 3.1 without null in the enum: null is rejected there, so the 3.0 side sends more
    let strict = load_text(
        &doc("3.1.0", "{type: [string, 'null'], enum: [red, green]}"),
        "strict.yaml",
    );
    let r = stipula_diff::diff(&strict, &base, &opts());
    let f = r
        .findings
        .iter()
        .find(|f| f.level == Level::Breaking && f.direction == stipula_diff::Direction::Response)
        .unwrap_or_else(|| panic!("a response that may now be null breaks:\n{}", dump(&r)));
    let w = f
        .witness
        .as_ref()
        .unwrap_or_else(|| panic!("with a witness:\n{}", dump(&r)));
    assert_eq!(w.value, serde_json::json!({"color": null}), "{}", dump(&r));
}
