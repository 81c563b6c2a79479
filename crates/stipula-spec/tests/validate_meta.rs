//! The meta-schema layer on raw JSON values: one broken document per OpenAPI version, and
//! the messages it must produce (specific field, allowed values, no oneOf noise).

use serde_json::{Value, json};
use stipula_spec::validate::metaschema::{MetaError, OasVersion, check};

fn broken(version: &str) -> Value {
    json!({
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pets/{id}": {"get": {
                "operationId": "x",
                "parameters": [
                    {"name": "id", "in": "path", "schema": {"type": "string"}},
                    {"name": "q", "in": "body", "schema": {"type": "string"}},
                    {"name": "r", "in": "query", "schema": {"type": "strin"}},
                    {"name": "s", "in": "query", "style": "matrix", "schema": {"type": "string"}},
                    {"name": "t", "in": "query"}
                ],
                "responses": {"20": {"description": "x"}, "200": {"descripton": "ok"}},
                "summery": "x"
            }},
            "pets": {}
        },
        "components": {"securitySchemes": {"a": {"type": "http"}, "b": {"type": "oauth3"}}}
    })
}

fn find<'a>(errs: &'a [MetaError], pointer: &str) -> &'a MetaError {
    let hits: Vec<&MetaError> = errs.iter().filter(|e| e.pointer == pointer).collect();
    assert_eq!(hits.len(), 1, "one error at {pointer}, got {errs:#?}");
    hits[0]
}

fn check_common(errs: &[MetaError], v30: bool, v32: bool) {
    let p = "/paths/~1pets~1{id}/get";
    let e = find(errs, &format!("{p}/parameters/0"));
    assert_eq!(e.code, "oas-missing-field");
    assert!(
        e.message.contains("`required`") && !e.message.contains("$ref"),
        "{e:?}"
    );

    let e = find(errs, &format!("{p}/parameters/1/in"));
    assert_eq!(e.code, "oas-value");
    let help = e.help.clone().unwrap_or_default();
    for loc in ["path", "query", "header", "cookie"] {
        assert!(help.contains(loc), "{e:?}");
    }

    let e = find(errs, &format!("{p}/parameters/2/schema/type"));
    assert_eq!(e.code, "oas-value");
    assert!(
        e.message.contains("strin") && e.help.as_deref().unwrap_or("").contains("\"string\""),
        "{e:?}"
    );

    let e = find(errs, &format!("{p}/parameters/3/style"));
    assert!(
        e.help.as_deref().unwrap_or("").contains("deepObject"),
        "{e:?}"
    );

    let e = find(errs, &format!("{p}/parameters/4"));
    assert_eq!(e.code, "oas-missing-field");
    if !v30 {
        assert!(e.message.contains("`schema` or `content`"), "{e:?}");
    }

    let e = find(errs, &format!("{p}/responses/20"));
    assert!(e.message.contains("status key"), "{e:?}");
    let e = find(errs, &format!("{p}/responses/200/descripton"));
    assert!(
        e.message.contains("Response object")
            && e.help.as_deref().unwrap_or("").contains("`description`"),
        "{e:?}"
    );
    if !v32 {
        // 3.2 made a response's `description` optional.
        find(errs, &format!("{p}/responses/200"));
    }
    let e = find(errs, &format!("{p}/summery"));
    assert!(e.message.contains("Operation object"), "{e:?}");
    let e = find(errs, "/paths/pets");
    assert!(e.message.contains("not a valid path"), "{e:?}");
    let e = find(errs, "/components/securitySchemes/a");
    assert!(e.message.contains("`scheme`"), "{e:?}");
    let e = find(errs, "/components/securitySchemes/b/type");
    assert!(e.help.as_deref().unwrap_or("").contains("oauth2"), "{e:?}");
    assert!(
        errs.iter().all(|e| !e.message.contains("more than one")),
        "{errs:#?}"
    );
}

#[test]
fn openapi_30() {
    let errs = check(&broken("3.0.3"), OasVersion::V30).unwrap();
    check_common(&errs, true, false);
    assert_eq!(errs.len(), 12, "{errs:#?}");
}

#[test]
fn openapi_31_validates_schema_objects_through_the_dialect() {
    let mut doc = broken("3.1.0");
    doc["components"]["schemas"] =
        json!({"A": {"type": "object", "properties": {"a": {"type": "integer", "maximum": "x"}}}});
    let errs = check(&doc, OasVersion::V31).unwrap();
    check_common(&errs, false, false);
    let e = find(&errs, "/components/schemas/A/properties/a/maximum");
    assert_eq!(e.code, "oas-type");
    // A document with a dialect of its own: schema objects are not checked by ours.
    doc["jsonSchemaDialect"] = json!("https://example.com/my-dialect");
    let errs = check(&doc, OasVersion::V31).unwrap();
    assert!(
        errs.iter()
            .all(|e| !e.pointer.starts_with("/components/schemas")),
        "{errs:#?}"
    );
}

#[test]
fn openapi_32() {
    let errs = check(&broken("3.2.0"), OasVersion::V32).unwrap();
    check_common(&errs, false, true);
    let e = find(&errs, "/paths/~1pets~1{id}/get/parameters/1/in");
    assert!(
        e.help.as_deref().unwrap_or("").contains("querystring"),
        "3.2 adds querystring: {e:?}"
    );
}

#[test]
fn valid_documents_pass() {
    let ok = json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/pets/{id}": {"get": {
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": ["string", "null"], "const": "a"}}],
            "responses": {"200": {"description": "ok"}, "4XX": {"description": "bad"}}
        }}}
    });
    assert_eq!(check(&ok, OasVersion::V31).unwrap(), vec![]);
}

#[test]
fn version_detection() {
    assert_eq!(
        OasVersion::detect(&json!({"openapi": "3.0.0"})),
        Ok(OasVersion::V30)
    );
    assert_eq!(
        OasVersion::detect(&json!({"openapi": "3.1.2"})),
        Ok(OasVersion::V31)
    );
    assert_eq!(
        OasVersion::detect(&json!({"openapi": "3.2.0"})),
        Ok(OasVersion::V32)
    );
    let e = OasVersion::detect(&json!({"swagger": "2.0"})).unwrap_err();
    assert!(e.contains("Swagger 2.0 is not OpenAPI 3"), "{e}");
    assert!(OasVersion::detect(&json!({"openapi": 3.1})).is_err());
    assert!(OasVersion::detect(&json!({"openapi": "4.0.0"})).is_err());
}

#[test]
fn many_errors_are_capped() {
    let mut paths = serde_json::Map::new();
    for i in 0..500 {
        paths.insert(format!("/p{i}"), json!({"get": {"responses": {"200": {}}}}));
    }
    let doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths});
    let errs = check(&doc, OasVersion::V30).unwrap();
    assert_eq!(
        errs.len(),
        stipula_spec::validate::metaschema::MAX_ERRORS + 1
    );
    assert!(
        errs.last()
            .unwrap()
            .message
            .contains("more structural errors"),
        "{:?}",
        errs.last()
    );
}
