//! One spec pair per rule family (specs/diff/), diffed in both directions.

mod common;
use common::*;
use stipula_diff::{Direction, Level};

#[test]
fn paths_forward() {
    let r = family("paths", false);
    has(&r, "endpoint-removed", "GET /toys");
    has(
        &r,
        "endpoint-removed-after-deprecation",
        "GET /old-deprecated",
    );
    has(
        &r,
        "endpoint-removed-before-sunset",
        "GET /deprecated-with-future-sunset",
    );
    has(&r, "endpoint-deprecated", "GET /deprecate-me");
    has(&r, "endpoint-reactivated", "GET /undeprecate-me");
    has(&r, "sunset-date-moved-earlier", "GET /sunsetting");
    has(&r, "stability-decreased", "GET /stable");
    has(&r, "path-parameter-renamed", "GET /pets/{id}");
    has(&r, "operation-id-changed", "getPetById");
    has(&r, "operation-tags-changed", "animals");
    has(&r, "operation-id-removed", "GET /stores");
    has(&r, "operation-id-added", "GET /owners");
    has(&r, "endpoint-added", "GET /new-thing");
    has(&r, "callback-removed", "onCancelled");
    has(&r, "callback-added", "onRefunded");
    // a callback request is sent by the API: the client reads it (response direction)
    let f = has(&r, "response-type-changed", "callback onShipped");
    assert_eq!(f.direction, Direction::Response);
    has(&r, "webhook-removed", "petLost");
    has(&r, "webhook-added", "petFound");
    // a webhook request body is read by the subscriber: an added property is harmless
    has(&r, "response-property-added", "petAdopted");
    has(&r, "path-version-changed", "v1");
    has(&r, "server-removed", "old.example.com");
    has(&r, "server-added", "new.example.com");
    // the v2 server is the moved v1 one, not an addition
    has_not(&r, "server-added", "api.example.com/v2");
    has(&r, "schema-component-removed", "Unused");
    has(&r, "schema-component-added", "NewOne");
    // a path parameter rename alone is not breaking: nothing breaking about GET /pets/{id}
    assert!(
        r.findings
            .iter()
            .filter(|f| f.subject() == "GET /pets/{id}")
            .all(|f| f.level < Level::Breaking),
        "{}",
        dump(&r)
    );
}

#[test]
fn paths_reverse() {
    let r = family("paths", true);
    has(&r, "endpoint-added", "GET /toys");
    has(&r, "endpoint-removed", "GET /new-thing");
    has(&r, "webhook-added", "petLost");
    has(&r, "webhook-removed", "petFound");
    has(&r, "callback-removed", "onRefunded");
    // the webhook body lost a property the subscriber read
    has(&r, "response-optional-property-removed", "adopter");
}

#[test]
fn version_lines_are_one_major_move() {
    let r = family("version-lines", false);
    let f = has(&r, "path-version-changed", "/v1 line to /v2");
    assert!(f.message.starts_with("3 operation(s)"), "{}", f.message);
    // the moved operations are compared with their old selves
    has(&r, "response-property-became-optional", "name");
    // /v1/stores has no /v2 twin: a plain removal
    has(&r, "endpoint-removed", "GET /v1/stores");
    has_not(&r, "endpoint-removed", "GET /v1/pets");
    has_not(&r, "endpoint-added", "/v2/pets");
    assert_eq!(r.versioning.required, stipula_diff::Bump::Major);
}

#[test]
fn version_lines_can_be_turned_off() {
    let mut o = opts();
    o.match_path_version = false;
    let r = family_with("version-lines", false, &o);
    has(&r, "endpoint-removed", "GET /v1/pets");
    has(&r, "endpoint-added", "GET /v2/pets");
    has_not(&r, "path-version-changed", "");
}

#[test]
fn parameters_forward() {
    let r = family("parameters", false);
    has(&r, "request-parameter-removed", "oldParam");
    has(
        &r,
        "request-parameter-removed-after-deprecation",
        "deprecatedParam",
    );
    has(&r, "request-parameter-removed-before-sunset", "sunsetParam");
    has(&r, "request-parameter-moved", "moveMe");
    has(&r, "request-parameter-explode-changed", "tags");
    has(&r, "request-parameter-style-changed", "filter");
    has(&r, "request-parameter-allow-reserved-removed", "reserved");
    has(&r, "request-parameter-allow-empty-value-removed", "empty");
    has(&r, "request-parameter-media-type-changed", "structured");
    has(&r, "request-parameter-became-required", "becomeRequired");
    has(&r, "request-parameter-became-optional", "becomeOptional");
    has(&r, "request-parameter-deprecated", "depMe");
    has(&r, "request-parameter-reactivated", "reactivate");
    has(&r, "request-max-decreased", "parameter query limit");
    has(&r, "request-default-changed", "parameter query limit");
    has(&r, "request-parameter-added-required", "region");
    has(&r, "request-parameter-added-optional", "page");
    // header names are case-insensitive
    silent_about(&r, "X-Trace-Id");
    // a breaking change without a major bump (1.0.0 -> 1.1.0)
    has(&r, "version-bump-too-small", "2.0.0");
}

#[test]
fn parameters_reverse() {
    let r = family("parameters", true);
    has(&r, "request-parameter-removed", "region");
    has(&r, "request-parameter-added-optional", "oldParam");
    has(&r, "request-parameter-became-required", "becomeOptional");
    has(&r, "request-max-increased", "limit");
}

#[test]
fn request_body_both_ways() {
    let r = family("request_body", false);
    has(&r, "request-body-added-required", "POST /a");
    has(&r, "request-body-added-optional", "POST /b");
    has(&r, "request-body-removed", "POST /c");
    has(&r, "request-body-became-required", "POST /d");
    has(&r, "request-body-became-optional", "POST /e");
    has(&r, "request-media-type-removed", "application/xml");
    has(&r, "request-media-type-added", "text/plain");
    has(&r, "request-media-type-schema-added", "POST /g");
    has(&r, "request-media-type-schema-removed", "POST /h");
    has(&r, "request-encoding-changed", "file");
    let r = family("request_body", true);
    has(&r, "request-body-removed", "POST /a");
    has(&r, "request-body-added-optional", "POST /c");
    has(&r, "request-media-type-removed", "text/plain");
}

#[test]
fn responses_and_headers_both_ways() {
    let r = family("responses", false);
    has(&r, "response-success-status-added", "202");
    has(&r, "response-success-status-removed", "201");
    has(&r, "response-error-status-added", "404");
    has(&r, "response-error-status-removed", "GET /d");
    has(&r, "response-media-type-removed", "application/xml");
    has(&r, "response-media-type-added", "text/csv");
    has(&r, "response-media-type-schema-added", "GET /f");
    has(&r, "response-media-type-schema-removed", "GET /g");
    has(&r, "response-required-header-removed", "X-Rate");
    has(&r, "response-optional-header-removed", "X-Opt");
    has(&r, "response-header-became-optional", "X-Req");
    has(&r, "response-header-became-required", "X-Later");
    has(&r, "response-type-changed", "header X-Num");
    has(&r, "response-header-added", "X-New");
    let r = family("responses", true);
    has(&r, "response-success-status-removed", "202");
    has(&r, "response-optional-header-removed", "X-New");
    has(&r, "response-header-added", "X-Rate");
}

#[test]
fn properties_both_ways() {
    let r = family("properties", false);
    // The deprecation policy, in both directions: removing a property BASE did not
    // deprecate is breaking (open or closed object, required or optional); a deprecated one
    // whose sunset date is still ahead is breaking; one whose date passed is info.
    for dir in ["request", "response"] {
        let not_deprecated = if dir == "request" {
            has(&r, "request-property-removed", "gone_opt")
        } else {
            has(&r, "response-optional-property-removed", "gone_opt")
        };
        assert_eq!(not_deprecated.level, Level::Breaking, "{dir}: gone_opt");
        let future = has(
            &r,
            &format!("{dir}-property-removed-before-sunset"),
            "gone_sun",
        );
        assert_eq!(future.level, Level::Breaking, "{dir}: gone_sun");
        assert!(future.message.contains("2999-01-01"), "{}", future.message);
        let past = has(
            &r,
            &format!("{dir}-property-removed-after-deprecation"),
            "gone_past",
        );
        assert_eq!(past.level, Level::Info, "{dir}: gone_past");
        let no_date = has(
            &r,
            &format!("{dir}-property-removed-after-deprecation"),
            "gone_dep",
        );
        assert_eq!(no_date.level, Level::Info, "{dir}: gone_dep");
    }
    let required = has(&r, "response-required-property-removed", "gone_req");
    assert_eq!(required.level, Level::Breaking);
    // the past-sunset removal is the only thing said about gone_past
    assert!(
        r.findings
            .iter()
            .filter(|f| f.message.contains("gone_past"))
            .all(|f| f.level == Level::Info),
        "{}",
        dump(&r)
    );
    has(&r, "request-property-removed", "gone_opt");
    has(&r, "response-required-property-removed", "gone_req");
    has(&r, "response-optional-property-removed", "gone_opt");
    has(&r, "request-property-removed-after-deprecation", "gone_dep");
    has(
        &r,
        "response-property-removed-after-deprecation",
        "gone_dep",
    );
    has(&r, "response-property-removed-before-sunset", "gone_sun");
    has(&r, "request-property-removed-closed", "drop");
    has(&r, "request-property-added-required", "new_req");
    has(&r, "request-property-added-optional", "new_opt");
    has(&r, "response-property-added", "new_req");
    has(&r, "request-additional-properties-narrowed", "closing");
    has(&r, "response-additional-properties-widened", "Opening");
    has(&r, "response-type-changed", "map{*}");
    has(&r, "request-pattern-property-added", "pat_new");
    has(&r, "response-pattern-property-removed", "pat_gone");
    has(&r, "request-dependent-required-added", "dep_new");
    has(&r, "response-dependent-required-removed", "dep_gone");
    let r = family("properties", true);
    has(&r, "request-property-added-required", "gone_req");
    has(&r, "response-required-property-removed", "new_req");
    has(&r, "request-additional-properties-widened", "closing");
    has(&r, "request-additional-properties-narrowed", "Opening");
}

#[test]
fn required_nullable_both_ways() {
    let r = family("required_nullable", false);
    has(&r, "request-became-nullable", "`a`");
    has(&r, "response-became-nullable", "`a`");
    has(&r, "request-became-not-nullable", "`b`");
    has(&r, "response-became-not-nullable", "`b`");
    has(&r, "request-property-became-required", "`c`");
    has(&r, "response-property-became-required", "`c`");
    has(&r, "request-property-became-optional", "`d`");
    has(&r, "response-property-became-optional", "`d`");
    let r = family("required_nullable", true);
    has(&r, "response-became-nullable", "`b`");
    has(&r, "request-property-became-required", "`d`");
}

#[test]
fn read_write_only_both_ways() {
    let r = family("read_write_only", false);
    has(&r, "request-property-became-read-only", "p1");
    has(&r, "response-property-became-read-only", "p1");
    has(&r, "request-property-became-not-read-only", "p2");
    has(&r, "request-property-became-write-only", "p3");
    has(&r, "response-property-became-write-only", "p3");
    has(&r, "response-property-became-not-write-only", "p4");
    // a required readOnly property is never sent in requests: adding one is not breaking
    has_not(&r, "request-property-added-required", "new_ro");
    has_not(&r, "request-property-added-optional", "new_ro");
    has(&r, "response-property-added", "new_ro");
    let r = family("read_write_only", true);
    has(&r, "request-property-became-read-only", "p2");
    has(&r, "response-property-became-write-only", "p4");
}

#[test]
fn type_format_both_ways() {
    let r = family("type_format", false);
    has(&r, "request-type-widened", "`a`");
    has(&r, "response-type-widened", "`a`");
    has(&r, "request-type-narrowed", "`b`");
    has(&r, "request-type-changed", "`c`");
    has(&r, "request-format-changed", "int64");
    has(&r, "request-format-added", "date");
    has(&r, "response-format-removed", "uuid");
    has(&r, "request-content-media-type-changed", "image/jpeg");
    has(&r, "request-content-encoding-changed", "base64url");
    has(&r, "request-type-narrowed", "`i`");
    has(&r, "response-type-widened", "`j`");
    has(&r, "request-type-narrowed", "`k`");
    has(&r, "response-type-widened", "`l`");
    let r = family("type_format", true);
    has(&r, "response-type-widened", "`b`");
    has(&r, "request-format-removed", "date");
}

#[test]
fn enum_const_default_both_ways() {
    let r = family("enum_const_default", false);
    has(&r, "request-enum-value-removed", "\"y\"");
    has(&r, "response-enum-value-removed", "\"y\"");
    has(&r, "request-enum-value-added", "\"z\"");
    // the revision may send "z", which the base never allowed: proved, so breaking
    let f = has(&r, "response-enum-value-added", "\"z\"");
    assert_eq!(f.level, Level::Breaking);
    let w = f.witness.as_ref().expect("a witness");
    assert_eq!(w.value, serde_json::json!("z"));
    has(&r, "request-enum-added", "`b`");
    has(&r, "response-enum-removed", "`c`");
    has(&r, "request-extensible-enum-value-removed", "\"b\"");
    has(&r, "response-extensible-enum-value-added", "\"c\"");
    has(&r, "request-const-added", "`e`");
    has(&r, "response-const-removed", "`f`");
    has(&r, "response-const-changed", "`g`");
    let f = has(&r, "request-default-changed", "`h`");
    assert_eq!(f.level, Level::Warning);
    has(&r, "request-default-added", "`i`");
    has(&r, "request-default-removed", "`j`");
    let r = family("enum_const_default", true);
    has(&r, "request-enum-value-removed", "\"z\"");
    has(&r, "response-enum-added", "`c`");
}

#[test]
fn constraints_both_ways() {
    let r = family("constraints", false);
    for (kw, _upper) in [
        ("max", true),
        ("min", false),
        ("max-length", true),
        ("min-length", false),
        ("max-items", true),
        ("min-items", false),
        ("max-properties", true),
        ("min-properties", false),
        ("max-contains", true),
        ("min-contains", false),
    ] {
        let prop = kw;
        for change in ["decreased", "increased", "set", "unset"] {
            for dir in ["request", "response"] {
                has(
                    &r,
                    &format!("{dir}-{kw}-{change}"),
                    &format!("`{prop}_{change}`"),
                );
            }
        }
    }
    // maximum 10 -> exclusiveMaximum 10 is tighter
    has(&r, "request-max-decreased", "excl_max");
    has(&r, "request-multiple-of-narrowed", "mult_narrow");
    has(&r, "request-multiple-of-widened", "mult_widen");
    has(&r, "request-multiple-of-changed", "mult_change");
    has(&r, "request-pattern-added", "pat_add");
    has(&r, "response-pattern-changed", "pat_change");
    has(&r, "response-pattern-removed", "pat_remove");
    has(&r, "request-unique-items-added", "uniq_add");
    has(&r, "response-unique-items-removed", "uniq_remove");
    // the levels follow the direction
    let f = has(&r, "request-max-length-decreased", "max-length_decreased");
    assert_eq!(f.level, Level::Breaking);
    let f = has(&r, "response-max-length-decreased", "max-length_decreased");
    assert_eq!(f.level, Level::Info);
    let r = family("constraints", true);
    has(&r, "request-max-increased", "excl_max");
}

#[test]
fn composition_both_ways() {
    let r = family("composition", false);
    has(&r, "request-one-of-branch-removed", "Dog");
    let f = has(&r, "response-one-of-branch-added", "Bird");
    assert_eq!(f.level, Level::Warning);
    has(&r, "request-any-of-branch-removed", "any_less");
    has(&r, "response-any-of-branch-added", "any_more");
    has(&r, "request-union-kind-changed", "kind");
    // inline branches are paired by structure and compared inside
    has(&r, "request-max-length-decreased", "inline{oneOf:#1}");
    has(&r, "request-discriminator-property-changed", "disc1");
    has(&r, "request-discriminator-mapping-removed", "hound");
    has(&r, "response-discriminator-mapping-added", "pup");
    has(&r, "request-discriminator-mapping-changed", "cat");
    has(&r, "request-discriminator-added", "disc3");
    has(&r, "response-discriminator-removed", "disc4");
    has(&r, "request-not-added", "not_add");
    has(&r, "response-not-removed", "not_remove");
    has(&r, "request-if-then-else-added", "cond_add");
    has(&r, "response-if-then-else-removed", "cond_remove");
    has(&r, "request-contains-added", "contains_add");
    has(&r, "response-contains-removed", "contains_remove");
    has(&r, "request-property-names-added", "pn_add");
    has(&r, "response-property-names-removed", "pn_remove");
    has(&r, "request-unevaluated-items-added", "ui_add");
    has(&r, "response-unevaluated-items-removed", "ui_remove");
    has(&r, "request-unevaluated-properties-added", "up_add");
    has(&r, "response-unevaluated-properties-removed", "up_remove");
    has(&r, "request-dependent-schemas-added", "ds_add");
    has(&r, "response-dependent-schemas-removed", "ds_remove");
    has(&r, "request-prefix-items-added", "pi_add");
    has(&r, "response-prefix-items-removed", "pi_remove");
    has(&r, "response-prefix-items-removed", "pi_pos");
    // moving properties into allOf parts is not a change (oasdiff reports one without
    // --flatten-allof)
    silent_about(&r, "refactor");
    let r = family("composition", true);
    has(&r, "request-one-of-branch-removed", "Bird");
    has(&r, "response-one-of-branch-added", "Dog");
    silent_about(&r, "refactor");
}

#[test]
fn security_both_ways() {
    let r = family("security", false);
    // adding security to an anonymous operation breaks every anonymous client (oasdiff: info)
    let f = has(&r, "security-added", "GET /public");
    assert_eq!(f.level, Level::Breaking);
    // optional auth (`{}`) made mandatory is the same
    has(&r, "security-added", "GET /optional-auth");
    has(&r, "security-removed", "GET /private");
    has(&r, "security-scope-added", "GET /scoped");
    has(&r, "security-scope-removed", "GET /scoped2");
    has(&r, "security-requirement-added", "GET /alt");
    has(&r, "security-requirement-removed", "GET /alt2");
    has(&r, "security-scheme-changed", "X-Api-Key");
    has(&r, "security-scheme-url-changed", "tokenUrl");
    has(&r, "security-scheme-scope-removed", "admin");
    has(&r, "security-scheme-removed", "basic");
    has(&r, "security-scheme-added", "bearer");
    has_not(&r, "security-requirement-removed", "GET /alt ");
    let r = family("security", true);
    has(&r, "security-added", "GET /private");
    has(&r, "security-requirement-removed", "GET /alt");
}

#[test]
fn deprecation_policy() {
    let mut o = opts();
    o.deprecation_days = Some(30);
    let r = family_with("deprecation", false, &o);
    has(&r, "endpoint-deprecated", "GET /a");
    has(&r, "deprecation-sunset-missing", "GET /a");
    has(&r, "deprecation-sunset-too-early", "GET /b");
    has(&r, "deprecation-sunset-invalid", "GET /c");
    has_not(&r, "deprecation-sunset-too-early", "GET /d");
    has_not(&r, "deprecation-sunset-missing", "GET /d");
    has(&r, "request-property-deprecated", "old");
    has(&r, "response-property-deprecated", "old");
    has(&r, "response-property-reactivated", "back");
    // without the policy, deprecating without a sunset is just info
    let r = family("deprecation", false);
    has_not(&r, "deprecation-sunset-missing", "");
    assert!(breaking(&r).is_empty(), "{}", dump(&r));
    // backwards: what was deprecated is active again, and the reverse
    let r = family("deprecation", true);
    has(&r, "endpoint-reactivated", "GET /a");
    has(&r, "request-property-reactivated", "old");
    has(&r, "response-property-deprecated", "back");
    has_not(&r, "endpoint-deprecated", "GET /a");
    assert!(breaking(&r).is_empty(), "{}", dump(&r));
}

#[test]
fn links_examples_servers_both_ways() {
    let r = family("links_examples", false);
    // links: a removed or retargeted link is a warning (a promise about runtime values is
    // withdrawn, no payload changed), a new one is info
    let f = has(&r, "response-link-removed", "DeletePet");
    assert_eq!(f.level, Level::Warning);
    assert_eq!(f.direction, Direction::Response);
    let f = has(&r, "response-link-changed", "$response.body#/uuid");
    assert_eq!(f.level, Level::Warning);
    assert!(f.message.contains("GetPet"), "{}", f.message);
    has(&r, "response-link-added", "UpdatePet");
    // examples: info, one finding per example, a shared example component once
    let f = has(&r, "example-changed", "`cat`");
    assert_eq!(f.level, Level::Info);
    assert_eq!(
        stipula_diff::rule("example-added").map(|r| r.bump),
        Some(stipula_diff::Bump::Patch)
    );
    has(&r, "example-removed", "`dog`");
    has(&r, "example-added", "`bird`");
    // a path-level parameter's example: the same change in GET and DELETE, one finding
    let f = has(&r, "example-changed", "parameter `petId`");
    let ops: Vec<&str> = f.affected.iter().map(|a| a.operation.as_str()).collect();
    assert_eq!(
        ops,
        ["DELETE /pets/{petId}", "GET /pets/{petId}"],
        "{}",
        dump(&r)
    );
    let shared: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.id == "example-changed" && f.message.contains("PetExample"))
        .collect();
    assert_eq!(shared.len(), 1, "{}", dump(&r));
    let f = has(&r, "example-changed", "`name`");
    assert_eq!(f.component.as_deref(), Some("schema Pet"));
    // servers
    has(&r, "operation-server-removed", "replica.example.com");
    has(&r, "operation-server-added", "mirror.example.com");
    has(&r, "server-variable-enum-value-removed", "`ap`");
    has(&r, "server-variable-default-changed", "from `eu` to `us`");
    // headers, security scheme, dialect
    has(&r, "response-header-serialization-changed", "X-Ids");
    has(&r, "response-header-deprecated", "X-Old");
    has(&r, "security-scheme-deprecated", "key");
    has(&r, "json-schema-dialect-changed", "dialect/base");
    // nothing here breaks a client
    assert!(breaking(&r).is_empty(), "{}", dump(&r));

    let r = family("links_examples", true);
    has(&r, "response-link-added", "DeletePet");
    has(&r, "response-link-removed", "UpdatePet");
    has(&r, "example-added", "`dog`");
    has(&r, "example-removed", "`bird`");
    has_not(&r, "server-variable-enum-value-removed", "");
    has_not(&r, "response-header-deprecated", "");
    has(&r, "operation-server-removed", "mirror.example.com");
}
