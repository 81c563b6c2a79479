//! Swagger 2.0 loading: each 2.0 construct's meaning in the IR, provenance (2.0 lines and
//! pointers), warnings for what OpenAPI 3 cannot say, multi-file refs, and `convert`.
//! Fixtures: `specs/swagger2/`.

use serde_json::{Value, json};
use std::path::PathBuf;
use stipula_spec::convert::{TargetVersion, convert};
use stipula_spec::{
    Diagnostic, LoadOptions, Loaded, Operation, ParamStyle, Schema, SchemaId, Severity, Type, load,
    load_str, semantic_diff,
};
use stipula_testkit::{corpus_2_0, corpus_dir};

fn spec(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../specs/swagger2")
        .join(rel)
}

fn constructs() -> Loaded {
    load(spec("constructs.yaml"), &LoadOptions::default()).expect("constructs.yaml loads")
}

fn op<'a>(l: &'a Loaded, id: &str) -> &'a Operation {
    l.spec
        .operations
        .iter()
        .find(|o| o.operation_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn schema(l: &Loaded, id: SchemaId) -> &Schema {
    // A pure `$ref` is its target's id already.
    l.spec.schemas.get(id)
}

fn named(l: &Loaded, name: &str) -> SchemaId {
    *l.spec
        .schema_names
        .get(name)
        .unwrap_or_else(|| panic!("no schema {name}"))
}

fn json_of(l: &Loaded, id: SchemaId) -> Value {
    serde_json::to_value(schema(l, id).object().expect("an object schema")).expect("serializes")
}

fn warnings<'a>(l: &'a Loaded, code: &str) -> Vec<&'a Diagnostic> {
    l.diagnostics.iter().filter(|d| d.code == code).collect()
}

#[test]
fn servers_come_from_host_base_path_and_schemes() {
    let l = constructs();
    let urls: Vec<&str> = l.spec.servers.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(
        urls,
        ["https://api.example.com/v1", "http://api.example.com/v1"]
    );
    // No host: a server relative to the document (the base path).
    let l = load(spec("multi/api.yaml"), &LoadOptions::default()).expect("loads");
    let urls: Vec<&str> = l.spec.servers.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(urls, ["/api"]);
    // Neither: no servers (OpenAPI 3's default `/`).
    let l = load_str(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "bare.yaml",
        &LoadOptions::default(),
    )
    .expect("loads");
    assert!(l.spec.servers.is_empty());
    assert_eq!(l.spec.openapi.major, 2);
}

#[test]
fn body_parameter_becomes_a_request_body_per_consumed_media_type() {
    let l = constructs();
    let body = op(&l, "createPet").request_body.as_ref().expect("a body");
    assert!(body.required);
    let mts: Vec<&str> = body.content.iter().map(|m| m.media_type.as_str()).collect();
    assert_eq!(mts, ["application/json", "application/xml"]);
    let pet = named(&l, "Pet");
    for m in &body.content {
        let id = m.schema.expect("schema");
        assert_eq!(id, pet, "the body is the Pet definition");
    }
    // The shared body parameter is kept as a named component.
    assert!(l.spec.components.request_bodies.contains_key("petBody"));
    assert!(!l.spec.components.parameters.contains_key("petBody"));
}

#[test]
fn form_data_becomes_a_form_body_and_a_file_makes_it_multipart() {
    let l = constructs();
    let upload = op(&l, "uploadPhoto").request_body.as_ref().expect("a body");
    assert!(upload.required);
    assert_eq!(upload.content.len(), 1);
    assert_eq!(upload.content[0].media_type, "multipart/form-data");
    let s = json_of(&l, upload.content[0].schema.expect("schema"));
    assert_eq!(s["required"], json!(["file"]));
    let props = schema(&l, upload.content[0].schema.expect("schema"))
        .object()
        .expect("object")
        .properties
        .clone();
    let file = json_of(&l, props["file"]);
    assert_eq!(file["types"], json!(["String"]), "{file}");
    assert_eq!(file["format"], json!("binary"));
    assert_eq!(file["description"], json!("the photo"));
    // Only the form fields are in the body; the path parameter stays a parameter.
    assert_eq!(op(&l, "uploadPhoto").parameters.len(), 1);

    let vote = op(&l, "vote").request_body.as_ref().expect("a body");
    assert_eq!(
        vote.content[0].media_type,
        "application/x-www-form-urlencoded"
    );
    let s = json_of(&l, vote.content[0].schema.expect("schema"));
    assert_eq!(s["required"], json!(["score"]));
    // `collectionFormat: multi` is the form default (explode): no encoding needed.
    assert!(vote.content[0].encoding.get("labels").is_none());
    // `allowEmptyValue` on a form field cannot be said in 3.x: a warning at its 2.0 line.
    let w = warnings(&l, "swagger2-allow-empty");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].line, 212);
}

#[test]
fn collection_formats_become_styles_and_tsv_is_kept_with_a_warning() {
    let l = constructs();
    let list = op(&l, "listPets");
    let p = |name: &str| {
        list.parameters
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no parameter {name}"))
    };
    assert_eq!(
        (p("tags").style, p("tags").explode),
        (ParamStyle::Form, true)
    );
    assert_eq!(
        (p("ids").style, p("ids").explode),
        (ParamStyle::PipeDelimited, false)
    );
    assert_eq!(
        (p("words").style, p("words").explode),
        (ParamStyle::SpaceDelimited, false)
    );
    // csv, the 2.0 default, is form without explode (`a,b`), not OpenAPI 3's default.
    assert_eq!(p("cols").extensions["x-collectionFormat"], json!("tsv"));
    assert_eq!(
        (p("X-Trace").style, p("X-Trace").explode),
        (ParamStyle::Simple, false)
    );
    let w = warnings(&l, "swagger2-tsv");
    assert_eq!(w.len(), 1);
    assert_eq!(
        (w[0].line, w[0].file.ends_with("constructs.yaml")),
        (97, true)
    );
    assert_eq!(
        w[0].pointer,
        "/paths/~1pets/get/parameters/4/collectionFormat"
    );
    // allowEmptyValue and x-example on a query parameter.
    assert!(p("q").allow_empty_value);
    assert_eq!(
        p("q").examples[0].value.as_deref(),
        Some(&json!("fido")),
        "x-example is the parameter's example"
    );
    // A csv array query parameter without collectionFormat: form, not exploded.
    let l = load_str(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: ids, in: query, type: array, items: {type: string}}\n        - {name: odd, in: query, type: array, items: {type: string}, collectionFormat: commas}\n      responses: {'200': {description: ok}}\n",
        "csv.yaml",
        &LoadOptions::default(),
    )
    .expect("loads");
    let ps = &l.spec.operations[0].parameters;
    assert_eq!((ps[0].style, ps[0].explode), (ParamStyle::Form, false));
    let w = warnings(&l, "swagger2-collection-format");
    assert_eq!(w.len(), 1, "an unknown collectionFormat is a warning");
    assert_eq!(w[0].line, 8);
    assert_eq!(ps[1].extensions["x-collectionFormat"], json!("commas"));
}

#[test]
fn definitions_parameters_responses_become_named_components() {
    let l = constructs();
    for name in ["Pet", "Dog", "Error"] {
        assert!(l.spec.schema_names.contains_key(name), "{name}");
    }
    assert!(l.spec.components.parameters.contains_key("limit"));
    assert!(l.spec.components.responses.contains_key("NotFound"));
    let limit = &op(&l, "listPets").parameters[0];
    assert_eq!(limit.name, "limit");
    assert_eq!(limit.component.as_deref(), Some("limit"));
    let s = json_of(&l, limit.schema.expect("schema"));
    // exclusiveMaximum: true (2.0/3.0 boolean) is the 3.1 number.
    assert_eq!(s["exclusive_maximum"], json!(100.0), "{s}");
    assert_eq!(s["maximum"], Value::Null);
    assert_eq!(s["default"], json!(20));
    let nf = op(&l, "getPet")
        .responses
        .iter()
        .find(|r| r.component.as_deref() == Some("NotFound"))
        .expect("the shared response");
    assert_eq!(nf.content[0].schema.expect("schema"), named(&l, "Error"));
}

#[test]
fn security_definitions_become_security_schemes() {
    let l = constructs();
    let ss = serde_json::to_value(&l.spec.security_schemes).expect("serializes");
    assert_eq!(
        ss["basicAuth"]["kind"],
        json!({"Http": {"scheme": "basic", "bearer_format": null}})
    );
    assert_eq!(
        ss["apiKey"]["kind"],
        json!({"ApiKey": {"name": "X-API-Key", "location": "Header"}})
    );
    let flows = |n: &str| ss[n]["kind"]["OAuth2"]["flows"].clone();
    assert_eq!(
        flows("implicitAuth")["implicit"]["scopes"],
        json!({"read": "read things"})
    );
    assert!(flows("passwordAuth")["password"]["tokenUrl"].is_string());
    assert_eq!(
        flows("appAuth")["clientCredentials"]["scopes"],
        json!({"admin": "everything"})
    );
    let code = flows("codeAuth")["authorizationCode"].clone();
    assert!(code["authorizationUrl"].is_string() && code["tokenUrl"].is_string());
}

#[test]
fn responses_get_content_per_produced_type_with_examples_and_headers() {
    let l = constructs();
    let ok = &op(&l, "listPets").responses[0];
    let mts: Vec<&str> = ok.content.iter().map(|m| m.media_type.as_str()).collect();
    assert_eq!(mts, ["application/json"]);
    assert_eq!(
        ok.content[0].examples[0].value.as_deref(),
        Some(&json!([{"id": 1, "name": "fido"}]))
    );
    let links = ok
        .headers
        .iter()
        .find(|h| h.name == "X-Links")
        .expect("header");
    assert_eq!(links.style, ParamStyle::Simple);
    let rate = ok
        .headers
        .iter()
        .find(|h| h.name == "X-Rate-Limit")
        .expect("header");
    assert_eq!(rate.description.as_deref(), Some("calls left"));
    // Operation-level produces win over the global list.
    let created = &op(&l, "createPet").responses[0];
    assert_eq!(created.content.len(), 2);
    // A `type: file` response is a binary string.
    let photo = &op(&l, "uploadPhoto").responses[0];
    let s = json_of(&l, photo.content[0].schema.expect("schema"));
    assert_eq!(
        (s["types"].clone(), s["format"].clone()),
        (json!(["String"]), json!("binary"))
    );
}

#[test]
fn schema_vendor_keywords_and_discriminator() {
    let l = constructs();
    let pet = schema(&l, named(&l, "Pet"))
        .object()
        .expect("object")
        .clone();
    let d = pet.discriminator.as_ref().expect("discriminator");
    assert_eq!(d.property_name, "petType");
    let tag = json_of(&l, pet.properties["tag"]);
    assert_eq!(tag["types"], json!(["String", "Null"]), "x-nullable: {tag}");
    assert!(
        schema(&l, pet.properties["tag"])
            .object()
            .is_some_and(|o| o.extensions.get("x-nullable").is_none())
    );
    let name = json_of(&l, pet.properties["name"]);
    assert_eq!(name["examples"], json!(["fido"]));
    let dog = schema(&l, named(&l, "Dog"))
        .object()
        .expect("object")
        .clone();
    let extra = schema(&l, dog.all_of[1]).object().expect("object").clone();
    let pack = json_of(&l, extra.properties["packSize"]);
    assert_eq!(pack["exclusive_minimum"], json!(0.0));
    assert_eq!(
        Type::parse("string").map(|t| t.as_str()),
        Some("string"),
        "sanity"
    );
}

#[test]
fn provenance_is_the_2_0_file_lines_and_pointers() {
    let l = constructs();
    let pet = l.spec.schemas.get(named(&l, "Pet"));
    assert_eq!(pet.loc.pointer, "/definitions/Pet");
    assert_eq!(pet.loc.line, 217);
    let create = op(&l, "createPet");
    assert_eq!(create.loc.pointer, "/paths/~1pets/post");
    let body = create.request_body.as_ref().expect("body");
    // Inlined from the shared parameter (the operation consumes other types): its place.
    assert_eq!(body.loc.pointer, "/parameters/petBody");
    let upload = op(&l, "uploadPhoto").request_body.as_ref().expect("body");
    // The form body sits where its first field is written.
    assert_eq!(
        upload.loc.pointer,
        "/paths/~1pets~1{petId}~1photo/post/parameters/1"
    );
    assert_eq!(upload.loc.line, 175);
    let limit = &l.spec.components.parameters["limit"];
    assert_eq!(
        (limit.loc.pointer.as_str(), limit.loc.line),
        ("/parameters/limit", 47)
    );
    let basic = &l.spec.security_schemes["basicAuth"];
    assert_eq!(
        (basic.loc.pointer.as_str(), basic.loc.line),
        ("/securityDefinitions/basicAuth", 14)
    );
}

#[test]
fn diagnostics_inside_schemas_are_at_their_2_0_lines() {
    // The build reads the upgraded tree; a warning about a schema's member must still name
    // that member's 2.0 line and pointer (it once fell back to the document's first line).
    let text = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n  A:\n    type: object\n    properties:\n      b:\n        $ref: '#/definitions/B'\n        description: the b\n  B:\n    type: string\n";
    let l = load_str(text, "siblings.yaml", &LoadOptions::default()).expect("loads");
    let w = warnings(&l, "ref-siblings-ignored");
    assert_eq!(w.len(), 1, "{:?}", l.diagnostics);
    assert_eq!(
        (w[0].pointer.as_str(), w[0].line, w[0].col),
        ("/definitions/A/properties/b", 8, 7)
    );
}

#[test]
fn refs_across_files_resolve_fragments_are_upgraded_and_bad_refs_have_a_location() {
    let l = load(spec("multi/api.yaml"), &LoadOptions::default()).expect("loads");
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let get = &l.spec.operations[0];
    assert_eq!(get.parameters[0].name, "page");
    let thing = get.responses[0].content[0].schema.expect("schema");
    let thing_json = serde_json::to_value(l.spec.schemas.get(thing)).expect("serializes");
    let items = thing_json["kind"]["Object"]["items"]
        .as_u64()
        .expect("items") as usize;
    let thing = schema(&l, l.spec.schemas.id_at(items).expect("an id of this spec"))
        .object()
        .expect("object")
        .clone();
    // models.yaml is a fragment: its `type: file` and `x-nullable` are upgraded too.
    let photo = json_of(&l, thing.properties["photo"]);
    assert_eq!(photo["format"], json!("binary"));
    let owner = json_of(&l, thing.properties["owner"]);
    assert_eq!(owner["types"], json!(["Object", "Null"]));
    let owner_schema = l.spec.schemas.get(thing.properties["owner"]);
    assert!(
        l.spec.files[owner_schema.loc.file as usize]
            .display_name
            .ends_with("models.yaml")
    );
    assert_eq!(owner_schema.loc.line, 11);
    // The body's schema is common.yaml's definition (a whole 2.0 document).
    let post = &l.spec.operations[1];
    let body = post.request_body.as_ref().expect("body");
    let nt = l.spec.schemas.get(body.content[0].schema.expect("schema"));
    assert_eq!(nt.loc.pointer, "/definitions/NewThing");
    assert!(
        l.spec.files[nt.loc.file as usize]
            .display_name
            .ends_with("common.yaml")
    );

    let l = load(spec("broken-ref.yaml"), &LoadOptions::default()).expect("loads");
    let e: Vec<&Diagnostic> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].code, "ref-unresolved");
    assert_eq!(e[0].line, 12);
    assert!(
        e[0].message.contains("/definitions/Nope"),
        "{}",
        e[0].message
    );
}

#[test]
fn not_2_0_input_gives_diagnostics_never_a_panic() {
    let cases = [
        "swagger: '2.0'\n",
        "swagger: '2.0'\npaths: []\n",
        "swagger: '2.0'\npaths:\n  /a: 3\n",
        "swagger: '2.0'\npaths:\n  /a:\n    get:\n      parameters: {a: 1}\n      responses: []\n",
        "swagger: '2.0'\npaths:\n  /a:\n    get:\n      parameters:\n        - {in: formData}\n        - {in: body}\n        - {$ref: '#/nope'}\n        - 7\n      responses: {'200': 5}\n",
        "swagger: '2.0'\ndefinitions: {A: {$ref: '#/definitions/A'}, B: {discriminator: 3, x-nullable: 1, type: file}}\npaths: {}\n",
        "swagger: '2.0'\nsecurityDefinitions: {a: {type: oauth2, flow: weird}, b: 1, c: {type: basic, extra: 1}}\npaths: {}\n",
        "swagger: 3\nhost: 5\nbasePath: [1]\nschemes: x\nparameters: {p: {in: body}}\nresponses: {r: {$ref: 4}}\npaths: {}\n",
    ];
    for text in cases {
        match load_str(text, "bad.yaml", &LoadOptions::default()) {
            Ok(l) => {
                let d = stipula_spec::validate::validate(&l);
                assert!(
                    d.iter().any(|d| d.severity == Severity::Error),
                    "invalid 2.0 must give an error: {text}\n{d:?}"
                );
                for d in &d {
                    assert!(d.line > 0 || d.severity == Severity::Info, "{text}: {d}");
                }
            }
            Err(e) => assert!(!e.diagnostics.is_empty()),
        }
    }
}

#[test]
fn convert_writes_documents_that_load_into_the_same_ir() {
    for f in ["constructs.yaml", "multi/api.yaml"] {
        let original = load(spec(f), &LoadOptions::default()).expect("loads");
        for to in [TargetVersion::V30, TargetVersion::V31] {
            let mut l = load(spec(f), &LoadOptions::default()).expect("loads");
            let doc = convert(&mut l, to).expect("converts");
            let text = serde_json::to_string(&doc).expect("serializes");
            let back = load_str(
                &text,
                &spec(f).display().to_string(),
                &LoadOptions::default(),
            )
            .expect("the conversion loads");
            let meta = stipula_spec::validate::structure(&back.docs.docs[0]);
            assert!(meta.is_empty(), "{f} {to:?}: {meta:?}");
            let diff = semantic_diff(&original.spec, &back.spec);
            assert!(diff.is_none(), "{f} {to:?}: {diff:?}");
        }
    }
}

#[test]
fn every_corpus_2_0_document_converts_to_valid_3_0_and_3_1_with_the_same_ir() {
    let Some(files) = corpus_2_0("converting the corpus 2.0 documents") else {
        return;
    };
    assert!(files.len() >= 15, "{files:?}");
    let mut failures = Vec::new();
    for rel in &files {
        let path = corpus_dir().join(rel);
        let mut original = load(&path, &LoadOptions::default()).expect("loads");
        for to in [TargetVersion::V30, TargetVersion::V31] {
            let doc = match convert(&mut original, to) {
                Ok(d) => d,
                Err(e) => {
                    failures.push(format!("{rel} {to:?}: {e}"));
                    continue;
                }
            };
            let text = serde_json::to_string(&doc).expect("serializes");
            let back = load_str(&text, &path.display().to_string(), &LoadOptions::default())
                .expect("the conversion loads");
            let meta = stipula_spec::validate::structure(&back.docs.docs[0]);
            // A document that is not valid 2.0 (Slack's and SendGrid's put `items: [..]`
            // and `type: [..]` in schemas) stays as invalid after the upgrade.
            let invalid_2_0 = stipula_spec::validate::structure(&original.docs.docs[0]).len();
            let tuples = original
                .diagnostics
                .iter()
                .any(|d| d.code == "swagger2-tuple-items");
            if tuples && to == TargetVersion::V30 {
                println!(
                    "{rel} {to:?}: tuple `items` (warned) keep {} 3.0 meta-schema errors",
                    meta.len()
                );
            } else if invalid_2_0 > 0 {
                println!(
                    "{rel} {to:?}: {invalid_2_0} 2.0 schema errors; {} 3.x meta-schema errors after the upgrade",
                    meta.len()
                );
            } else if !meta.is_empty() {
                failures.push(format!(
                    "{rel} {to:?}: {} meta-schema errors, first: {}",
                    meta.len(),
                    meta[0]
                ));
            }
            if let Some(d) = semantic_diff(&original.spec, &back.spec) {
                failures.push(format!("{rel} {to:?}: IR differs: {d}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Where swagger2openapi is wrong (docs/swagger2.md, D4, D5, D10), stipula's behaviour.
#[test]
fn path_level_bodies_required_forms_and_big_integers_are_kept() {
    let text = r#"{
  "swagger": "2.0",
  "info": {"title": "t", "version": "1"},
  "paths": {
    "/log": {
      "parameters": [{"name": "msg", "in": "body", "required": true, "schema": {"type": "string"}}],
      "post": {"responses": {"204": {"description": "ok"}}},
      "put": {
        "parameters": [{"name": "msg", "in": "body", "schema": {"type": "integer"}}],
        "responses": {"204": {"description": "ok"}}
      }
    },
    "/form": {
      "post": {
        "parameters": [{"name": "a", "in": "formData", "type": "string", "required": true}],
        "responses": {"200": {"description": "ok", "schema": {"type": "integer", "example": 1629574695515050031}}}
      }
    }
  }
}"#;
    let l = load_str(text, "quirks.json", &LoadOptions::default()).expect("loads");
    let post = l
        .spec
        .operations
        .iter()
        .find(|o| o.path == "/log" && o.method.as_str() == "POST")
        .expect("POST /log");
    // D5: a body declared on the path item applies to the operation.
    let body = post.request_body.as_ref().expect("the path-level body");
    assert!(body.required);
    let s = json_of(&l, body.content[0].schema.expect("schema"));
    assert_eq!(s["types"], json!(["String"]));
    // ... unless the operation declares its own.
    let put = l
        .spec
        .operations
        .iter()
        .find(|o| o.path == "/log" && o.method.as_str() == "PUT")
        .expect("PUT /log");
    let s = json_of(
        &l,
        put.request_body.as_ref().expect("body").content[0]
            .schema
            .expect("schema"),
    );
    assert_eq!(s["types"], json!(["Integer"]));
    // D4: a form with a required field is a required body.
    let form = l
        .spec
        .operations
        .iter()
        .find(|o| o.path == "/form")
        .expect("op");
    assert!(form.request_body.as_ref().expect("body").required);
    // D10: integers beyond 2^53 are kept exactly.
    let s = json_of(&l, form.responses[0].content[0].schema.expect("schema"));
    assert_eq!(s["examples"][0].to_string(), "1629574695515050031", "{s}");
}

fn media_types(r: &stipula_spec::Response) -> Vec<&str> {
    r.content.iter().map(|m| m.media_type.as_str()).collect()
}

#[test]
fn a_shared_response_gets_the_media_types_of_the_operation_that_uses_it() {
    let doc = r#"
swagger: '2.0'
info: {title: t, version: '1'}
produces: [application/json]
paths:
  /own:
    get:
      operationId: own
      produces: [application/xml, text/plain]
      responses:
        '200': {$ref: '#/responses/Thing'}
        '404': {$ref: '#/responses/Gone'}
  /global:
    get:
      operationId: global
      responses:
        '200': {$ref: '#/responses/Thing'}
responses:
  Thing:
    description: a thing
    schema: {type: string}
  Gone:
    description: no content to write, so it stays a ref
"#;
    let l = load_str(doc, "shared.yaml", &LoadOptions::default()).expect("loads");
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let own = op(&l, "own");
    assert_eq!(
        media_types(&own.responses[0]),
        ["application/xml", "text/plain"]
    );
    assert_eq!(own.responses[0].description.as_deref(), Some("a thing"));
    // Inlined: its provenance is still the shared response's 2.0 lines.
    assert_eq!(own.responses[0].loc.pointer, "/responses/Thing");
    assert_eq!(own.responses[1].component.as_deref(), Some("Gone"));
    let global = op(&l, "global");
    assert_eq!(media_types(&global.responses[0]), ["application/json"]);
    assert_eq!(global.responses[0].component.as_deref(), Some("Thing"));
}

#[test]
fn a_form_data_parameter_ref_into_another_file_is_an_error_at_the_ref() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("params.yaml"),
        "Upload:\n  name: file\n  in: formData\n  type: file\n",
    )
    .expect("write");
    let api = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /up:\n    post:\n      consumes: [multipart/form-data]\n      parameters:\n        - $ref: 'params.yaml#/Upload'\n        - {name: note, in: formData, type: string}\n      responses:\n        '204': {description: done}\n";
    std::fs::write(dir.path().join("api.yaml"), api).expect("write");
    let l = load(dir.path().join("api.yaml"), &LoadOptions::default()).expect("loads");
    let e: Vec<&Diagnostic> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(e.len(), 1, "{:?}", l.diagnostics);
    assert_eq!(e[0].code, "swagger2-form-ref");
    assert!(e[0].file.ends_with("api.yaml"), "{}", e[0].file);
    assert_eq!(
        (e[0].line, e[0].pointer.as_str()),
        (8, "/paths/~1up/post/parameters/0")
    );
    assert!(e[0].help.as_deref().is_some_and(|h| h.contains("define")));
    // The field of this file is kept.
    let body = l.spec.operations[0]
        .request_body
        .as_ref()
        .expect("a form body");
    assert_eq!(body.content[0].media_type, "multipart/form-data");
}

#[test]
fn security_scheme_names_that_are_not_component_keys_are_renamed_with_their_uses() {
    let doc = r#"
swagger: '2.0'
info: {title: t, version: '1'}
securityDefinitions:
  'api key':
    type: apiKey
    name: X-Key
    in: header
  oauth:
    type: oauth2
    flow: implicit
    authorizationUrl: https://example.com/auth
    scopes: {read: read things}
security:
  - 'api key': []
paths:
  /a:
    get:
      operationId: a
      security:
        - 'api key': []
          oauth: [read]
      responses:
        '204': {description: done}
"#;
    let l = load_str(doc, "sec.yaml", &LoadOptions::default()).expect("loads");
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let names: Vec<&str> = l.spec.security_schemes.keys().map(String::as_str).collect();
    assert_eq!(names, ["api_key", "oauth"]);
    let w = warnings(&l, "swagger2-component-name");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].pointer, "/securityDefinitions/api key");
    assert_eq!(w[0].line, 5);
    assert!(w[0].message.contains("`api_key`"), "{}", w[0].message);
    let root: Vec<&str> = l.spec.security[0].0.keys().map(String::as_str).collect();
    assert_eq!(root, ["api_key"]);
    let a = op(&l, "a");
    let req: Vec<&str> = a.security[0].0.keys().map(String::as_str).collect();
    assert_eq!(req, ["api_key", "oauth"]);
    assert_eq!(a.security[0].0["oauth"], ["read"]);
    // Every requirement names a scheme that exists: no `undefined security scheme` finding.
    let v = stipula_spec::validate::validate(&l);
    assert!(
        !v.iter().any(|d| d.code.contains("security")),
        "{:?}",
        v.iter().map(|d| d.code).collect::<Vec<_>>()
    );
}

/// `value` without the line and column of its locations (the twins' texts differ by a line).
fn without_positions(value: &mut Value) {
    match value {
        Value::Object(m) => {
            m.remove("line");
            m.remove("col");
            m.values_mut().for_each(without_positions);
        }
        Value::Array(a) => a.iter_mut().for_each(without_positions),
        _ => {}
    }
}

#[test]
fn definitions_upgraded_in_place_mean_what_the_rebuilt_ones_mean() {
    // The `definitions` of a lone JSON document are upgraded in place (moved into the 3.0
    // tree, only what changes touched); any other document's are rebuilt. The same text read
    // as JSON and, after a comment line, by the YAML parser takes one path each: the IR
    // (locations' pointers included), the warnings and the conversion must be the same.
    // Twice: with names that are valid component keys (the 2.0 pointers of the schemas then
    // follow from the 3.0 ones), and with one that is not (the map is made again).
    let base = constructs();
    for rename in [false, true] {
        let mut tree = base.docs.docs[0].original_value().clone();
        let defs = tree["definitions"]
            .as_object_mut()
            .expect("constructs.yaml has definitions");
        let mut extra = vec![
            ("Upload", json!({"type": "file"})),
            (
                "Bytes",
                json!({"type": "file", "format": "byte", "description": "kept"}),
            ),
            (
                "Csv",
                json!({"type": "array", "items": {"type": "string"}, "collectionFormat": "csv"}),
            ),
            (
                "Tuple",
                json!({"type": "array", "items": [{"$ref": "#/definitions/Error"}, {"type": "integer"}]}),
            ),
            (
                "MaybePet",
                json!({"$ref": "#/definitions/Pet", "x-nullable": true, "description": "or null"}),
            ),
            (
                "Both",
                json!({"type": "string", "nullable": true, "x-nullable": false}),
            ),
            (
                "Mapped",
                json!({"discriminator": {"propertyName": "kind"}, "properties": {"kind": {"type": "string"}}}),
            ),
            (
                "Nested",
                json!({"properties": {"deep": {"additionalProperties": {"$ref": "#/definitions/Pet", "x-nullable": true}}, "after": {"$ref": "#/definitions/Error"}}}),
            ),
        ];
        if rename {
            extra.push(("bad name", json!({"type": "string"})));
            extra.push(("bad_name", json!({"type": "integer"})));
        }
        for (name, schema) in extra {
            defs.insert(name.into(), schema);
        }
        twins_agree(&tree, rename);
    }
}

/// `tree` loaded from JSON text and from the same text read as YAML agree (see above).
fn twins_agree(tree: &Value, renamed: bool) {
    let json_text = serde_json::to_string_pretty(tree).expect("serializes");
    let yaml_text = format!("# the same document, for the YAML parser\n{json_text}");
    let in_place = load_str(&json_text, "twin.json", &LoadOptions::default()).expect("loads");
    let rebuilt = load_str(&yaml_text, "twin.json", &LoadOptions::default()).expect("loads");
    let ir = |l: &Loaded| {
        let mut v = serde_json::to_value(&l.spec).expect("serializes");
        without_positions(&mut v);
        v
    };
    assert_eq!(ir(&in_place), ir(&rebuilt), "renamed: {renamed}");
    let said = |l: &Loaded| -> Vec<(String, String, String, u32)> {
        l.diagnostics
            .iter()
            .map(|d| {
                (
                    d.code.to_string(),
                    d.message.clone(),
                    d.pointer.clone(),
                    d.line,
                )
            })
            .collect()
    };
    let (a, b) = (said(&in_place), said(&rebuilt));
    assert_eq!(a.len(), b.len(), "{a:#?}\n{b:#?}");
    for (x, y) in a.iter().zip(&b) {
        // The YAML twin has one more line, before everything.
        assert_eq!((&x.0, &x.1, &x.2, x.3 + 1), (&y.0, &y.1, &y.2, y.3));
    }
    for code in ["swagger2-tuple-items", "swagger2-collection-format"] {
        assert!(a.iter().any(|d| d.0 == code), "{code}: {a:#?}");
    }
    assert_eq!(
        a.iter().any(|d| d.0 == "swagger2-component-name"),
        renamed,
        "{a:#?}"
    );
    // The 2.0 tree is still there for `validate` (parsed again from the text).
    assert_eq!(in_place.docs.docs[0].original_value(), tree);
    for to in [TargetVersion::V30, TargetVersion::V31] {
        let mut x = load_str(&json_text, "twin.json", &LoadOptions::default()).expect("loads");
        let mut y = load_str(&yaml_text, "twin.json", &LoadOptions::default()).expect("loads");
        assert_eq!(
            convert(&mut x, to).expect("converts"),
            convert(&mut y, to).expect("converts"),
            "{to:?}"
        );
    }
}
