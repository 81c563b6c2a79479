//! Loader behaviour on our own specs: multi-file refs, normalization, bundling, and
//! hostile input (remote refs, leaving the root folder, ref cycles, bombs).

use std::path::{Path, PathBuf};
use stipula_spec::{
    LoadOptions, Loaded, Severity, Type, bundle::bundle, load, load_str, semantic_diff,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn spec(rel: &str) -> PathBuf {
    root().join("specs").join(rel)
}

fn load_ok(path: &Path) -> Loaded {
    match load(path, &LoadOptions::default()) {
        Ok(l) => {
            let errors: Vec<_> = l
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "{}: unexpected errors: {errors:#?}",
                path.display()
            );
            l
        }
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn codes(l: &Loaded) -> Vec<&'static str> {
    l.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn a_30_spec_and_its_31_rewrite_build_equal_irs() {
    for (a, b) in [
        ("normalize/api-3.0.yaml", "normalize/api-3.1.yaml"),
        ("petstore-3.0.yaml", "petstore-3.1.yaml"),
    ] {
        let x = load_ok(&spec(a));
        let y = load_ok(&spec(b));
        assert_eq!(semantic_diff(&x.spec, &y.spec), None, "{a} vs {b}");
        // The cheap structural equality agrees as well (ids are handed out in the same order).
        assert!(x.spec == y.spec, "{a} vs {b}: PartialEq");
    }
}

#[test]
fn normalization_reads_30_keywords_with_31_meaning() {
    let l = load_ok(&spec("normalize/api-3.0.yaml"));
    let s = &l.spec;
    let item = s
        .schema(s.schema_names["Item"])
        .object()
        .expect("Item is an object schema");
    let prop = |n: &str| {
        s.schema(item.properties[n])
            .object()
            .expect("object schema")
            .clone()
    };
    assert_eq!(prop("id").exclusive_maximum, Some(100.0));
    assert_eq!(prop("id").maximum, None);
    assert_eq!(prop("name").types, Some(vec![Type::String, Type::Null]));
    assert_eq!(prop("name").examples, vec![serde_json::json!("x")]);
    let color = prop("color");
    assert!(
        color
            .enum_
            .as_ref()
            .is_some_and(|e| e.contains(&serde_json::Value::Null))
    );
    let parent = prop("parent");
    assert_eq!(parent.any_of.len(), 2);
    assert_eq!(
        parent.any_of[0], s.schema_names["Item"],
        "the nullable allOf idiom keeps the ref"
    );
    assert_eq!(prop("price").exclusive_minimum, None);
    assert_eq!(prop("price").minimum, Some(0.0));
    let id_param = &s.operations[0].parameters[0];
    let id_schema = s
        .schema(id_param.schema.expect("schema"))
        .object()
        .expect("object")
        .clone();
    assert_eq!(id_schema.exclusive_minimum, Some(0.0));
    assert_eq!(item.examples.len(), 1);
}

#[test]
fn multi_file_refs_resolve_with_escaping_and_percent_encoding() {
    let l = load_ok(&spec("multi-file/openapi.yaml"));
    let s = &l.spec;
    assert_eq!(
        s.files.len(),
        5,
        "root, paths/books.yaml, paths/parameters.yaml, schemas/book.yaml, schemas/common types.yaml"
    );
    let ids: Vec<_> = s
        .operations
        .iter()
        .filter_map(|o| o.operation_id.as_deref())
        .collect();
    assert_eq!(ids, ["listBooks", "createBook", "getBook", "getShelf"]);
    // Shared: the list's items and the create body are the same schema node.
    let list = &s.operations[0];
    let arr = s
        .schema(list.responses[0].content[0].schema.expect("schema"))
        .object()
        .expect("array")
        .clone();
    let create_body = s.operations[1].request_body.as_ref().expect("body").content[0]
        .schema
        .expect("schema");
    assert_eq!(arr.items, Some(create_body));
    let book = s.schema(create_body);
    assert_eq!(book.name.as_deref(), Some("book"));
    let bo = book.object().expect("object");
    // YAML 1.1 trap: NO stays the string "NO"; an unquoted date stays a string.
    let country = s.schema(bo.properties["country"]).object().expect("object");
    assert_eq!(
        country.enum_.as_ref().map(|e| e[0].clone()),
        Some(serde_json::json!("NO"))
    );
    let published = s
        .schema(bo.properties["published"])
        .object()
        .expect("object");
    assert_eq!(published.examples, vec![serde_json::json!("2024-10-01")]);
    // `~1`/`~0` in a pointer and `%20` in a file name.
    let weird = s.schema(bo.properties["a/b~c"]);
    let weird_target = weird
        .object()
        .and_then(|o| o.ref_)
        .expect("3.1 $ref with a sibling keeps its own node");
    assert_eq!(s.schema(weird_target).name.as_deref(), Some("Weird_Name_x"));
    assert_eq!(
        s.schema(weird_target).object().and_then(|o| o.max_length),
        Some(10)
    );
    // Recursion through a file: Shelf → subShelves → Shelf.
    let shelf_id = s.schema_names["Shelf"];
    let shelf = s.schema(shelf_id).object().expect("object");
    let sub = s
        .schema(shelf.properties["subShelves"])
        .object()
        .expect("array");
    assert_eq!(sub.items, Some(shelf_id));
    // Parameter from a components section of another file keeps its location there.
    let p = &s.operations[2].parameters[0];
    assert_eq!(p.name, "bookId");
    assert_eq!(p.component.as_deref(), Some("BookId"));
    assert!(
        s.files[p.loc.file as usize]
            .display_name
            .ends_with("parameters.yaml")
    );
    assert!(p.loc.line > 0);
    // Every file is reported for rerun-if-changed.
    assert_eq!(l.files().count(), 5);
}

#[test]
fn locations_point_at_the_source_line() {
    let l = load_ok(&spec("multi-file/openapi.yaml"));
    let op = &l.spec.operations[2];
    let text = std::fs::read_to_string(spec("multi-file/openapi.yaml")).expect("read");
    let line = text.lines().nth(op.loc.line as usize - 1).expect("line");
    assert!(line.trim_start().starts_with("get:"), "{line:?}");
    assert_eq!(
        l.spec.loc(&op.loc).split(':').nth(1),
        Some(op.loc.line.to_string().as_str())
    );
}

#[test]
fn bundling_then_loading_gives_the_same_ir() {
    for rel in [
        "multi-file/openapi.yaml",
        "petstore-3.0.yaml",
        "normalize/api-3.1.yaml",
    ] {
        let mut original = load_ok(&spec(rel));
        let bundled = bundle(&mut original).expect("bundle");
        let text = serde_json::to_string(&bundled).expect("serialize");
        assert!(
            !text.contains(".yaml"),
            "{rel}: external refs remain: {text}"
        );
        let again = load_str(
            &text,
            &spec(rel).display().to_string(),
            &LoadOptions::default(),
        )
        .expect("reload");
        assert!(!again.has_errors(), "{rel}: {:#?}", again.diagnostics);
        assert_eq!(semantic_diff(&original.spec, &again.spec), None, "{rel}");
        // Shared targets were copied once.
        if rel.starts_with("multi") {
            let comps = bundled["components"]["schemas"]
                .as_object()
                .expect("schemas");
            assert!(
                comps.contains_key("book")
                    && comps.contains_key("Person")
                    && comps.contains_key("Shelf")
            );
            assert_eq!(
                text.matches("\"title\":{\"minLength\":1").count()
                    + text.matches("\"minLength\":1,\"type\":\"string\"").count()
                    + text.matches("\"type\":\"string\",\"minLength\":1").count(),
                1,
                "book copied once"
            );
        }
    }
}

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, text).expect("write");
    p
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

#[test]
fn remote_refs_are_refused_without_touching_the_network() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: 'https://127.0.0.1:9/schema.yaml#/Pet'}}\n"
    );
    let l = load_str(&text, "remote.yaml", &LoadOptions::default())
        .expect("loads with an error diagnostic");
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.code == "ref-unresolved")
        .expect("a ref diagnostic");
    assert!(d.message.contains("remote"), "{d}");
    assert_eq!(d.line, 11, "{d}");
    assert!(
        d.help
            .as_deref()
            .is_some_and(|h| h.contains("--allow-remote-refs"))
    );
}

#[test]
fn refs_may_not_leave_the_root_folder_unless_allowed() {
    let tmp = tempfile::tempdir().expect("tmp");
    write(tmp.path(), "outside.yaml", "Pet: {type: string}\n");
    let root = write(
        tmp.path(),
        "api/spec.yaml",
        &format!("{HEAD}components:\n  schemas:\n    P: {{$ref: '../outside.yaml#/Pet'}}\n"),
    );
    let l = load(&root, &LoadOptions::default()).expect("loads");
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.code == "ref-unresolved")
        .expect("refused");
    assert!(d.message.contains("leaves the spec's folder"), "{d}");
    let allowed = load(
        &root,
        &LoadOptions {
            allow_outside_root: true,
            ..LoadOptions::default()
        },
    )
    .expect("loads");
    assert!(!allowed.has_errors(), "{:#?}", allowed.diagnostics);
    let p = allowed.spec.schema(allowed.spec.schema_names["P"]);
    assert_eq!(
        p.object().and_then(|o| o.types.clone()),
        Some(vec![Type::String])
    );
}

#[test]
fn ref_cycles_terminate() {
    // A pure ref loop has no schema at all: an error. A recursive schema is fine.
    let text = format!(
        "{HEAD}components:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    B: {{$ref: '#/components/schemas/A'}}\n    Node:\n      type: object\n      properties:\n        next: {{$ref: '#/components/schemas/Node'}}\n"
    );
    let l = load_str(&text, "cycle.yaml", &LoadOptions::default()).expect("loads");
    assert!(codes(&l).contains(&"ref-cycle"), "{:#?}", l.diagnostics);
    let node = l.spec.schema_names["Node"];
    let next = l.spec.schema(node).object().expect("object").properties["next"];
    assert_eq!(next, node);
    // Non-schema ref loops too.
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      parameters: [{{$ref: '#/components/parameters/P'}}]\n      responses: {{'200': {{description: ok}}}}\ncomponents:\n  parameters:\n    P: {{$ref: '#/components/parameters/Q'}}\n    Q: {{$ref: '#/components/parameters/P'}}\n"
    );
    let l = load_str(&text, "cycle2.yaml", &LoadOptions::default()).expect("loads");
    assert!(codes(&l).contains(&"ref-cycle"), "{:#?}", l.diagnostics);
}

#[test]
fn a_long_ref_chain_does_not_overflow_the_stack() {
    // 20,000 schemas each pointing at the next through a property: built from a queue.
    let mut text = format!("{HEAD}components:\n  schemas:\n");
    let n = 20_000;
    for i in 0..n {
        text.push_str(&format!(
            "    S{i}: {{type: object, properties: {{n: {{$ref: '#/components/schemas/S{}'}}}}}}\n",
            (i + 1) % n
        ));
    }
    let l = load_str(&text, "chain.yaml", &LoadOptions::default()).expect("loads");
    assert_eq!(l.spec.schema_names.len(), n);
    // And a pure ref chain that long is refused, not followed forever.
    let mut text = format!("{HEAD}components:\n  schemas:\n");
    for i in 0..n {
        text.push_str(&format!(
            "    S{i}: {{$ref: '#/components/schemas/S{}'}}\n",
            i + 1
        ));
    }
    text.push_str(&format!("    S{n}: {{type: string}}\n"));
    let l = load_str(&text, "chain2.yaml", &LoadOptions::default()).expect("loads");
    assert!(codes(&l).contains(&"ref-cycle"));
}

#[test]
fn swagger_2_loads_and_broken_yaml_in_it_is_a_syntax_error_with_a_line() {
    let l = load_str(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "old.yaml",
        &LoadOptions::default(),
    )
    .expect("Swagger 2.0 loads");
    assert_eq!(l.spec.openapi.major, 2);
    // A flow mapping whose closing line is under-indented (libyaml accepts it, so 2.0-era
    // specs have it) is read; the really broken line after it is an error with its line.
    let e = load_str(
        "swagger: '2.0'\nx: {a: 1,\n b: 2\n}\n  bad: [\n",
        "old2.yaml",
        &LoadOptions::default(),
    )
    .expect_err("refused");
    let d = &e.diagnostics[0];
    assert_eq!(d.code, "yaml-syntax", "{e}");
    assert!(d.line >= 4, "{e}");
}

#[test]
fn broken_and_hostile_documents_are_errors_with_positions() {
    let cases: Vec<(String, &str)> = vec![
        (format!("{HEAD}paths:\n  /a: [\n"), "yaml-syntax"),
        ("{\"openapi\": \"3.1.0\", \"info\": {,}}".to_string(), "json-syntax"),
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\ninfo: {}\n".to_string(), "duplicate-key"),
        (format!("{HEAD}x: {}\n", "[".repeat(100_000)), "nesting-too-deep"),
        ("[".repeat(100_000), "nesting-too-deep"),
        (
            "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]\n".to_string(),
            "yaml-alias-bomb",
        ),
        ("openapi: 4.0.0\ninfo: {title: t, version: '1'}\n".to_string(), "openapi-version"),
        ("just a string".to_string(), "openapi-version"),
    ];
    for (text, code) in cases {
        let e = load_str(&text, "bad.yaml", &LoadOptions::default()).expect_err(code);
        assert_eq!(e.diagnostics[0].code, code, "{e}");
        assert!(
            e.diagnostics[0].line > 0 || code == "openapi-version",
            "{e}"
        );
        assert!(e.diagnostics[0].help.is_some(), "{e}");
    }
}

/// Serve `files` (path → body) over HTTP on 127.0.0.1 until the test ends.
fn serve(files: Vec<(&'static str, &'static str)>) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/");
            let (status, body) = match files.iter().find(|(p, _)| *p == path) {
                Some((_, b)) => ("200 OK", *b),
                None => ("404 Not Found", ""),
            };
            let mut s = &stream;
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{addr}")
}

#[test]
fn remote_refs_are_fetched_when_allowed() {
    let base = serve(vec![
        (
            "/schemas/pet.yaml",
            "Pet:\n  type: object\n  properties:\n    owner: {$ref: 'people/owner.yaml'}\n",
        ),
        (
            "/schemas/people/owner.yaml",
            "type: string\nmaxLength: 20\n",
        ),
    ]);
    let text =
        format!("{HEAD}components:\n  schemas:\n    P: {{$ref: '{base}/schemas/pet.yaml#/Pet'}}\n");
    let opts = LoadOptions {
        allow_remote_refs: true,
        ..LoadOptions::default()
    };
    let l = load_str(&text, "remote-ok.yaml", &opts).expect("loads");
    assert!(!l.has_errors(), "{:#?}", l.diagnostics);
    let p = l
        .spec
        .schema(l.spec.schema_names["P"])
        .object()
        .expect("object")
        .clone();
    let owner = l
        .spec
        .schema(p.properties["owner"])
        .object()
        .expect("object")
        .clone();
    assert_eq!(
        owner.max_length,
        Some(20),
        "relative ref inside a remote document"
    );
    assert_eq!(l.spec.files.len(), 3);
    // A missing remote document is an error with the ref's location, not a hang.
    let text = format!("{HEAD}components:\n  schemas:\n    P: {{$ref: '{base}/nope.yaml'}}\n");
    let l = load_str(&text, "remote-404.yaml", &opts).expect("loads");
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.code == "ref-unresolved")
        .expect("error");
    assert!(d.message.contains("cannot fetch"), "{d}");
    assert_eq!(d.line, 5);
}
