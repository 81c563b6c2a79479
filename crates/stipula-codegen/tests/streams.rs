//! Which operations get a `_stream` method (pagination, server-sent events, byte streams):
//! every shape of `examples/petstore-client/specs/streams.yaml` and none of its look-alikes,
//! and on real specs of the corpus the operations their documentation says are paginated
//! (Resend's 24 `after`/`has_more` lists, Stripe's `starting_after` lists, GitHub's `Link`
//! pages) — with no false detection on operations that are not lists.

use std::collections::BTreeMap;
use stipula_codegen::{Options, Target};

/// operationId (or method name) → (stream kind, its first doc line).
fn streams(path: &std::path::Path) -> BTreeMap<String, (String, String)> {
    let (loaded, _) = stipula_codegen::load_spec(path, false).unwrap_or_else(|e| panic!("{e}"));
    let ctx = stipula_codegen::context(&loaded.spec, &Options::new(Target::RustClient));
    let ctx = serde_json::to_value(&ctx).unwrap_or_else(|e| panic!("{e}"));
    let mut out = BTreeMap::new();
    for m in ctx["modules"].as_array().into_iter().flatten() {
        for op in m["operations"].as_array().into_iter().flatten() {
            let s = &op["stream"];
            if s.is_null() {
                continue;
            }
            let doc = s["docs"][0].as_str().unwrap_or("").to_string();
            out.insert(
                op["fn_name"].as_str().unwrap_or("").to_string(),
                (s["kind"].as_str().unwrap_or("").to_string(), doc),
            );
        }
    }
    out
}

fn has(s: &BTreeMap<String, (String, String)>, op: &str, kind: &str, doc: &str) {
    let Some((k, d)) = s.get(op) else {
        panic!("{op}: no stream method; found {s:#?}");
    };
    assert_eq!(k, kind, "{op}");
    assert!(d.contains(doc), "{op}: {d}");
}

#[test]
fn each_shape_is_detected_and_look_alikes_are_not() {
    let s = streams(
        &stipula_testkit::workspace_root().join("examples/petstore-client/specs/streams.yaml"),
    );
    has(&s, "list_emails", "pages", "setting `after`");
    has(&s, "list_events", "pages", "setting `cursor`");
    has(&s, "list_issues", "pages", "`Link` header");
    has(&s, "list_numbers", "pages", "by `page` number");
    has(&s, "list_items", "pages", "moving `offset`");
    has(&s, "list_logs", "pages", "setting `from`");
    has(&s, "feed", "events", "server-sent events");
    has(&s, "chat", "events", "server-sent events");
    has(&s, "download", "bytes", "chunk by chunk");
    assert!(!s.contains_key("search"), "a POST is not a list read");
    assert!(!s.contains_key("list_tags"), "nothing names the next page");
    assert_eq!(s.len(), 9, "{s:#?}");
}

#[test]
fn a_declaration_that_cannot_work_is_a_note_not_a_method() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("bad.yaml");
    std::fs::write(
        &path,
        r#"openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: listA
      x-stipula-pagination: {kind: cursor, param: nope}
      parameters:
        - {name: after, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: string}}
                  next_cursor: {type: string}
  /b:
    get:
      operationId: listB
      x-stipula-pagination: false
      parameters:
        - {name: after, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: string}}
                  next_cursor: {type: string}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (loaded, _) = stipula_codegen::load_spec(&path, false).unwrap_or_else(|e| panic!("{e}"));
    let ctx = stipula_codegen::context(&loaded.spec, &Options::new(Target::RustClient));
    let notes = ctx.notes.join("\n");
    assert!(
        notes.contains("x-stipula-pagination of GET /a")
            && notes.contains("no list_a_stream method"),
        "{notes}"
    );
    assert!(
        streams(&path).is_empty(),
        "a wrong declaration and `false` give no method"
    );
}

#[test]
fn real_specs_paginated_as_their_documentation_says() {
    let Some(corpus) = stipula_testkit::corpus("stream detection on real specs") else {
        return;
    };
    // Resend: 24 lists take `after`; 23 answer with `has_more` (the last item's id is the
    // next cursor). `contacts/list`'s response documents no `has_more`: nothing says when
    // it ends, so no guess.
    let s = streams(&corpus.join("providers/resend.yaml"));
    let pages: Vec<&String> = s
        .iter()
        .filter(|(_, (k, _))| k == "pages")
        .map(|(n, _)| n)
        .collect();
    assert_eq!(pages.len(), 23, "{pages:#?}");
    assert!(!s.contains_key("contacts_list"));
    assert!(
        s.values().all(|(_, d)| d.contains("setting `after`")),
        "{s:#?}"
    );
    // Stripe: 100 GET lists take `starting_after`; 98 get a stream. The other two list
    // `anyOf` unions (bank account | card | source), which have no `id` to continue from.
    let s = streams(&corpus.join("stripe/spec3.2023-09-12.yaml"));
    let pages = s.values().filter(|(k, _)| k == "pages").count();
    assert_eq!(pages, 98, "{s:#?}");
    assert!(
        s.values()
            .filter(|(k, _)| k == "pages")
            .all(|(_, d)| d.contains("setting `starting_after`")),
        "{s:#?}"
    );
    assert!(!s.contains_key("get_customers_customer_sources"));
    // OpenAI: `after` lists, and the streaming endpoints' server-sent events.
    let s = streams(&corpus.join("providers/openai.openapi.yaml"));
    let count = |kind: &str| s.values().filter(|(k, _)| k == kind).count();
    assert_eq!((count("pages"), count("events")), (45, 6), "{s:#?}");
    // Museum: the PNG download is a byte stream, nothing is paginated.
    let s = streams(&corpus.join("providers/redocly.museum.yaml"));
    assert!(s.values().all(|(k, _)| k == "bytes"), "{s:#?}");
    assert!(!s.is_empty());
}
