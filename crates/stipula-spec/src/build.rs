//! Building the IR from parsed documents.
//!
//! Schemas are built from a work queue, never by recursion: a subschema or a `$ref` target
//! gets an id (a placeholder) the first time it is seen and is filled in when its turn
//! comes. So ref cycles terminate, shared schemas are built once, and a hostile chain of a
//! million refs cannot overflow the stack. Ids are handed out in a fixed keyword order, so
//! two documents that mean the same thing get the same ids.

use crate::diag::{Diagnostic, LoadError, Severity};
use crate::docs::{DocSet, Document, Target, external_name, join};
use crate::ir::*;
use crate::{LoadOptions, Loaded};
use serde_json::{Map as JMap, Value};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

pub(crate) fn build(docs: DocSet, _opts: &LoadOptions) -> Result<Loaded, LoadError> {
    let root = docs.docs[0].clone();
    let openapi = detect_version(&root)?;
    let mut b = Builder {
        docs,
        arena: SchemaArena::default(),
        ids: HashMap::new(),
        queue: VecDeque::new(),
        diags: Vec::new(),
        v30: openapi.minor == 0,
        warned: HashMap::new(),
        bad_refs: HashSet::new(),
        pending_alias: Vec::new(),
    };
    let spec = b.spec(&root, openapi);
    Ok(Loaded {
        spec,
        docs: b.docs,
        diagnostics: b.diags,
    })
}

fn detect_version(root: &Document) -> Result<OpenApiVersion, LoadError> {
    let fail = |msg: String, ptr: &str, help: &str| {
        LoadError::one(
            root.diag(Diagnostic::error("openapi-version", msg), ptr)
                .with_help(help.to_string()),
        )
    };
    let Some(obj) = root.value.as_object() else {
        return Err(fail(
            "the document is not an object: an OpenAPI document is a map with `openapi`, `info`, `paths`...".into(),
            "",
            "check that this is the right file",
        ));
    };
    if obj.contains_key("swagger") {
        return Err(fail(
            "Swagger 2.0 is not OpenAPI 3; convert it first".into(),
            "/swagger",
            "convert it with e.g. `npx swagger2openapi in.json -o out.yaml`, then run stipula on the result",
        ));
    }
    let Some(v) = obj.get("openapi") else {
        return Err(fail(
            "no `openapi` field: this does not look like an OpenAPI document".into(),
            "",
            "add `openapi: 3.1.0` (or the version the document follows) at the top",
        ));
    };
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let parts: Vec<u32> = s
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(u32::MAX))
        .collect();
    match parts.as_slice() {
        [3, minor @ 0..=2, patch] if *patch != u32::MAX => Ok(OpenApiVersion {
            major: 3,
            minor: *minor,
            patch: *patch,
        }),
        [3, minor @ 0..=2] => Ok(OpenApiVersion {
            major: 3,
            minor: *minor,
            patch: 0,
        }),
        _ => Err(fail(
            format!("unsupported `openapi: {s}`: stipula reads OpenAPI 3.0.x, 3.1.x and 3.2.x"),
            "/openapi",
            "write the version as a string like \"3.1.0\"",
        )),
    }
}

struct Builder {
    docs: DocSet,
    arena: SchemaArena,
    /// (document, pointer) of a schema → its id.
    ids: HashMap<(usize, String), SchemaId>,
    queue: VecDeque<(SchemaId, usize, String)>,
    diags: Vec<Diagnostic>,
    v30: bool,
    /// How many warnings of each code were emitted (to cap repetitive ones).
    warned: HashMap<&'static str, usize>,
    /// Locations of pure `$ref`s whose chain failed (reported once).
    bad_refs: HashSet<(usize, String)>,
    /// The pure-ref hops of the last chase, to map to the target's id once it has one.
    pending_alias: Vec<(usize, String)>,
}

const MAX_SAME_WARNINGS: usize = 50;

fn s(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}
fn b(v: Option<&Value>) -> bool {
    v.and_then(Value::as_bool).unwrap_or(false)
}
fn extensions(m: &JMap<String, Value>) -> Map<String, Value> {
    m.iter()
        .filter(|(k, _)| k.starts_with("x-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}
/// Name of a component from a pointer `/components/<kind>/<name>`.
fn component_name(pointer: &str, kind: &str) -> Option<String> {
    let rest = pointer
        .strip_prefix("/components/")?
        .strip_prefix(kind)?
        .strip_prefix('/')?;
    if rest.contains('/') {
        return None;
    }
    Some(unescape(rest))
}

impl Builder {
    fn doc(&self, i: usize) -> Arc<Document> {
        self.docs.docs[i].clone()
    }

    fn loc(&self, doc: usize, ptr: &str) -> Loc {
        let (line, col) = self.docs.docs[doc].locate(ptr);
        Loc {
            file: doc as u32,
            pointer: ptr.to_string(),
            line,
            col,
        }
    }

    fn push(&mut self, doc: usize, ptr: &str, d: Diagnostic) {
        if d.severity != Severity::Error {
            let n = self.warned.entry(d.code).or_insert(0);
            *n += 1;
            if *n == MAX_SAME_WARNINGS + 1 {
                let note = Diagnostic::new(
                    d.code,
                    Severity::Info,
                    format!(
                        "more `{}` diagnostics follow; only the first {MAX_SAME_WARNINGS} are shown",
                        d.code
                    ),
                );
                let note = self.docs.docs[doc].diag(note, "");
                self.diags.push(note);
            }
            if *n > MAX_SAME_WARNINGS {
                return;
            }
        }
        let d = self.docs.docs[doc].diag(d, ptr);
        self.diags.push(d);
    }

    /// Follow `$ref`s of a non-schema object until a non-ref object. Returns the final
    /// location and the component name of the first hop (if it named a component of `kind`).
    fn deref(
        &mut self,
        doc: usize,
        ptr: &str,
        kind: &str,
    ) -> Option<(usize, String, Option<String>)> {
        let mut cur = (doc, ptr.to_string());
        let mut seen = HashSet::new();
        let mut name = None;
        loop {
            let d = self.doc(cur.0);
            let v = d.get(&cur.1)?;
            let Some(r) = v
                .as_object()
                .and_then(|m| m.get("$ref"))
                .and_then(Value::as_str)
            else {
                return Some((cur.0, cur.1, name));
            };
            if !seen.insert(cur.clone()) {
                self.push(
                    cur.0,
                    &cur.1,
                    Diagnostic::error(
                        "ref-cycle",
                        format!("`$ref: {r}` leads back to itself through a chain of refs"),
                    )
                    .with_help("point the chain at a real object"),
                );
                return None;
            }
            let r = r.to_string();
            match self.docs.resolve(cur.0, &cur.1, &r) {
                Ok(Target { doc, pointer }) => {
                    if name.is_none() {
                        name = if doc == 0 {
                            component_name(&pointer, kind)
                        } else {
                            Some(external_name(&self.docs.docs[doc].path, &pointer))
                        };
                    }
                    cur = (doc, pointer);
                }
                Err(diag) => {
                    self.diags.push(diag);
                    return None;
                }
            }
        }
    }

    // -------------------------------------------------------------------------------
    // the document
    // -------------------------------------------------------------------------------

    fn spec(&mut self, root: &Arc<Document>, openapi: OpenApiVersion) -> Spec {
        let empty = JMap::new();
        let m = root.value.as_object().unwrap_or(&empty);

        // Named component schemas first, so their ids are stable and come first.
        let mut schema_names = Map::new();
        if let Some(Value::Object(schemas)) = m.get("components").and_then(|c| c.get("schemas")) {
            for name in schemas.keys() {
                let ptr = join("/components/schemas", name);
                let id = self.schema_at(0, &ptr);
                schema_names.insert(name.clone(), id);
            }
        }

        let info = self.info(root, m.get("info"));
        let servers = self.servers(0, "/servers", m.get("servers"));
        let security = self.security(m.get("security"));
        let security_schemes = self.security_schemes(m);

        let mut operations = Vec::new();
        let mut paths = Map::new();
        if let Some(Value::Object(p)) = m.get("paths") {
            for key in p.keys() {
                if key.starts_with("x-") {
                    continue;
                }
                let ptr = join("/paths", key);
                if let Some((info, ops)) = self.path_item(0, &ptr, key, &security, &servers) {
                    paths.insert(key.clone(), info);
                    operations.extend(ops);
                }
            }
        }
        let mut webhooks = Vec::new();
        let mut extensions = extensions(m);
        for (field, is_ext) in [("webhooks", false), ("x-webhooks", true)] {
            // `x-webhooks` is the 3.0 stand-in; when a document has both, `webhooks` wins
            // (svix writes the same hooks under both).
            if is_ext && m.contains_key("webhooks") {
                continue;
            }
            if let Some(Value::Object(w)) = m.get(field) {
                for key in w.keys() {
                    let ptr = join(&format!("/{field}"), key);
                    if let Some((_, ops)) = self.path_item(0, &ptr, key, &security, &servers) {
                        webhooks.extend(ops);
                    }
                }
                if is_ext {
                    extensions.shift_remove(field);
                }
            }
        }
        let components = self.components(m);
        let tags = self.tags(m.get("tags"));
        let external_docs = external_docs(m.get("externalDocs"));

        self.drain_schemas();
        // Schemas named by their place in another file (`pet.yaml`, `common.yaml#/Pet`)
        // join the name table unless the name is taken: bundling gives them these names.
        for (id, sch) in self.arena.iter() {
            if sch.loc.file != 0
                && let Some(n) = &sch.name
                && !schema_names.contains_key(n)
            {
                schema_names.insert(n.clone(), id);
            }
        }

        let files = self
            .docs
            .docs
            .iter()
            .map(|d| SourceFile {
                display_name: d.display_name.clone(),
                path: d.path.display().to_string(),
                text: d.text.clone(),
            })
            .collect();
        Spec {
            openapi,
            info,
            json_schema_dialect: s(m.get("jsonSchemaDialect")),
            servers,
            operations,
            webhooks,
            paths,
            security,
            security_schemes,
            tags,
            external_docs,
            schemas: std::mem::take(&mut self.arena),
            schema_names,
            components,
            extensions,
            files,
        }
    }

    fn info(&mut self, root: &Document, v: Option<&Value>) -> Info {
        let empty = JMap::new();
        let m = v.and_then(Value::as_object).unwrap_or(&empty);
        let version = match m.get("version") {
            Some(Value::String(s)) => s.clone(),
            Some(other @ Value::Number(_)) => {
                // YAML read `version: 1.10` as a number; use the source text so 1.10 stays 1.10.
                let raw = raw_scalar(root, "/info/version").unwrap_or_else(|| other.to_string());
                self.push(
                    0,
                    "/info/version",
                    Diagnostic::warning(
                        "info-version-not-string",
                        format!("`info.version` is the number {raw}, not a string"),
                    )
                    .with_help(format!("quote it: version: \"{raw}\"")),
                );
                raw
            }
            Some(other) => other.to_string(),
            None => String::new(),
        };
        Info {
            title: s(m.get("title")).unwrap_or_default(),
            version,
            summary: s(m.get("summary")),
            description: s(m.get("description")),
            terms_of_service: s(m.get("termsOfService")),
            contact: m.get("contact").cloned(),
            license: m.get("license").cloned(),
            extensions: extensions(m),
            loc: self.loc(0, "/info"),
        }
    }

    fn servers(&mut self, doc: usize, ptr: &str, v: Option<&Value>) -> Vec<Server> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, sv)| {
                let m = sv.as_object()?;
                let variables = m
                    .get("variables")
                    .and_then(Value::as_object)
                    .map(|vars| {
                        vars.iter()
                            .map(|(k, vv)| {
                                (
                                    k.clone(),
                                    ServerVariable {
                                        default: match vv.get("default") {
                                            Some(Value::String(s)) => s.clone(),
                                            Some(o) => o.to_string(),
                                            None => String::new(),
                                        },
                                        enum_: vv
                                            .get("enum")
                                            .and_then(Value::as_array)
                                            .map(|e| {
                                                e.iter()
                                                    .map(|x| {
                                                        x.as_str()
                                                            .map(str::to_string)
                                                            .unwrap_or_else(|| x.to_string())
                                                    })
                                                    .collect()
                                            })
                                            .unwrap_or_default(),
                                        description: s(vv.get("description")),
                                    },
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(Server {
                    url: s(m.get("url")).unwrap_or_default(),
                    description: s(m.get("description")),
                    variables,
                    loc: self.loc(doc, &format!("{ptr}/{i}")),
                })
            })
            .collect()
    }

    fn security(&self, v: Option<&Value>) -> Vec<SecurityRequirement> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .filter_map(Value::as_object)
            .map(|req| {
                SecurityRequirement(
                    req.iter()
                        .map(|(k, scopes)| {
                            let scopes = scopes
                                .as_array()
                                .map(|a| {
                                    a.iter()
                                        .filter_map(|x| x.as_str().map(str::to_string))
                                        .collect()
                                })
                                .unwrap_or_default();
                            (k.clone(), scopes)
                        })
                        .collect(),
                )
            })
            .collect()
    }

    fn security_schemes(&mut self, m: &JMap<String, Value>) -> Map<String, SecurityScheme> {
        let mut out = Map::new();
        let Some(Value::Object(ss)) = m.get("components").and_then(|c| c.get("securitySchemes"))
        else {
            return out;
        };
        for name in ss.keys() {
            let ptr = join("/components/securitySchemes", name);
            let Some((doc, ptr, _)) = self.deref(0, &ptr, "securitySchemes") else {
                continue;
            };
            let d = self.doc(doc);
            let Some(sm) = d.get(&ptr).and_then(Value::as_object) else {
                continue;
            };
            let type_ = s(sm.get("type")).unwrap_or_default();
            let kind = match type_.as_str() {
                "apiKey" => SecuritySchemeKind::ApiKey {
                    name: s(sm.get("name")).unwrap_or_default(),
                    location: match sm.get("in").and_then(Value::as_str) {
                        Some("query") => ParamLocation::Query,
                        Some("cookie") => ParamLocation::Cookie,
                        _ => ParamLocation::Header,
                    },
                },
                "http" => SecuritySchemeKind::Http {
                    scheme: s(sm.get("scheme")).unwrap_or_default().to_ascii_lowercase(),
                    bearer_format: s(sm.get("bearerFormat")),
                },
                "oauth2" => SecuritySchemeKind::OAuth2 {
                    flows: sm.get("flows").cloned().unwrap_or(Value::Null),
                },
                "openIdConnect" => SecuritySchemeKind::OpenIdConnect {
                    url: s(sm.get("openIdConnectUrl")).unwrap_or_default(),
                },
                "mutualTLS" => SecuritySchemeKind::MutualTls,
                _ => SecuritySchemeKind::Other {
                    type_: type_.clone(),
                    raw: Value::Object(sm.clone()),
                },
            };
            out.insert(
                name.clone(),
                SecurityScheme {
                    kind,
                    description: s(sm.get("description")),
                    deprecated: b(sm.get("deprecated")),
                    extensions: extensions(sm),
                    loc: self.loc(doc, &ptr),
                },
            );
        }
        out
    }

    fn tags(&mut self, v: Option<&Value>) -> Vec<Tag> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let m = t.as_object()?;
                Some(Tag {
                    name: s(m.get("name")).unwrap_or_default(),
                    summary: s(m.get("summary")),
                    description: s(m.get("description")),
                    parent: s(m.get("parent")),
                    kind: s(m.get("kind")),
                    external_docs: external_docs(m.get("externalDocs")),
                    extensions: extensions(m),
                    loc: self.loc(0, &format!("/tags/{i}")),
                })
            })
            .collect()
    }

    fn components(&mut self, m: &JMap<String, Value>) -> Components {
        let mut c = Components::default();
        let Some(Value::Object(comp)) = m.get("components") else {
            return c;
        };
        let names = |kind: &str| -> Vec<String> {
            comp.get(kind)
                .and_then(Value::as_object)
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default()
        };
        for n in names("parameters") {
            let ptr = join("/components/parameters", &n);
            if let Some(p) = self.parameter(0, &ptr) {
                c.parameters.insert(n, p);
            }
        }
        for n in names("responses") {
            let ptr = join("/components/responses", &n);
            if let Some(r) = self.response(0, &ptr, StatusKey::Default) {
                c.responses.insert(n, r);
            }
        }
        for n in names("requestBodies") {
            let ptr = join("/components/requestBodies", &n);
            if let Some(r) = self.request_body(0, &ptr) {
                c.request_bodies.insert(n, r);
            }
        }
        for n in names("headers") {
            let ptr = join("/components/headers", &n);
            if let Some(h) = self.header(0, &ptr, &n) {
                c.headers.insert(n, h);
            }
        }
        for n in names("examples") {
            let ptr = join("/components/examples", &n);
            if let Some(e) = self.example(0, &ptr, Some(n.clone())) {
                c.examples.insert(n, e);
            }
        }
        for n in names("links") {
            let ptr = join("/components/links", &n);
            if let Some(l) = self.link(0, &ptr, &n) {
                c.links.insert(n, l);
            }
        }
        for n in names("callbacks") {
            let ptr = join("/components/callbacks", &n);
            if let Some(cb) = self.callback(0, &ptr, &n) {
                c.callbacks.insert(n, cb);
            }
        }
        for n in names("pathItems") {
            let ptr = join("/components/pathItems", &n);
            if let Some((_, ops)) = self.path_item(0, &ptr, &n, &[], &[]) {
                c.path_items.insert(n, ops);
            }
        }
        c
    }

    // -------------------------------------------------------------------------------
    // paths and operations
    // -------------------------------------------------------------------------------

    fn path_item(
        &mut self,
        doc: usize,
        ptr: &str,
        path: &str,
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
    ) -> Option<(PathInfo, Vec<Operation>)> {
        let (doc, ptr, component) = self.deref(doc, ptr, "pathItems")?;
        let d = self.doc(doc);
        let Some(m) = d.get(&ptr).and_then(Value::as_object) else {
            self.push(
                doc,
                &ptr,
                Diagnostic::error("path-item", "a path item must be an object")
                    .with_help("map HTTP methods to operations"),
            );
            return None;
        };
        let path_servers = self.servers(doc, &join(&ptr, "servers"), m.get("servers"));
        let info = PathInfo {
            summary: s(m.get("summary")),
            description: s(m.get("description")),
            servers: path_servers.clone(),
            component,
            extensions: extensions(m),
            loc: self.loc(doc, &ptr),
        };
        let path_params = self.parameter_list(doc, &join(&ptr, "parameters"), m.get("parameters"));
        let mut ops = Vec::new();
        let mut methods: Vec<(Method, String)> = Vec::new();
        for key in m.keys() {
            if let Some(method) = Method::from_path_item_key(key) {
                methods.push((method, join(&ptr, key)));
            }
        }
        if let Some(Value::Object(extra)) = m.get("additionalOperations") {
            for key in extra.keys() {
                methods.push((
                    Method::Other(key.to_ascii_uppercase()),
                    join(&join(&ptr, "additionalOperations"), key),
                ));
            }
        }
        for (method, op_ptr) in methods {
            if let Some(op) = self.operation(
                doc,
                &op_ptr,
                method,
                path,
                &path_params,
                global_security,
                root_servers,
                &path_servers,
            ) {
                ops.push(op);
            }
        }
        Some((info, ops))
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        doc: usize,
        ptr: &str,
        method: Method,
        path: &str,
        path_params: &[Parameter],
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
        path_servers: &[Server],
    ) -> Option<Operation> {
        let d = self.doc(doc);
        let Some(m) = d.get(ptr).and_then(Value::as_object) else {
            self.push(
                doc,
                ptr,
                Diagnostic::error("operation", "an operation must be an object")
                    .with_help("see the Operation Object in the OpenAPI spec"),
            );
            return None;
        };
        let mut parameters: Vec<Parameter> = path_params.to_vec();
        for p in self.parameter_list(doc, &join(ptr, "parameters"), m.get("parameters")) {
            if let Some(existing) = parameters
                .iter_mut()
                .find(|e| e.name == p.name && e.location == p.location)
            {
                *existing = p;
            } else {
                parameters.push(p);
            }
        }
        let request_body = if m.contains_key("requestBody") {
            self.request_body(doc, &join(ptr, "requestBody"))
        } else {
            None
        };
        let mut responses = Vec::new();
        if let Some(Value::Object(rs)) = m.get("responses") {
            let rptr = join(ptr, "responses");
            for key in rs.keys() {
                if key.starts_with("x-") {
                    continue;
                }
                let Some(status) = StatusKey::parse(key) else {
                    self.push(
                        doc,
                        &join(&rptr, key),
                        Diagnostic::error("status-code", format!("`{key}` is not a response status: use a code 100-599, a range like 4XX, or `default`"))
                            .with_help("rename the key; this response is ignored until then"),
                    );
                    continue;
                };
                if let Some(r) = self.response(doc, &join(&rptr, key), status) {
                    responses.push(r);
                }
            }
        }
        let (security, security_overridden) = match m.get("security") {
            Some(v) => (self.security(Some(v)), true),
            None => (global_security.to_vec(), false),
        };
        let mut callbacks = Vec::new();
        if let Some(Value::Object(cbs)) = m.get("callbacks") {
            for name in cbs.keys() {
                if let Some(cb) = self.callback(doc, &join(&join(ptr, "callbacks"), name), name) {
                    callbacks.push(cb);
                }
            }
        }
        let own_servers = self.servers(doc, &join(ptr, "servers"), m.get("servers"));
        let servers = if !own_servers.is_empty() {
            own_servers
        } else if !path_servers.is_empty() {
            path_servers.to_vec()
        } else {
            root_servers.to_vec()
        };
        Some(Operation {
            method,
            path: path.to_string(),
            operation_id: s(m.get("operationId")),
            summary: s(m.get("summary")),
            description: s(m.get("description")),
            tags: m
                .get("tags")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            deprecated: b(m.get("deprecated")),
            parameters,
            request_body,
            responses,
            security,
            security_overridden,
            callbacks,
            servers,
            external_docs: external_docs(m.get("externalDocs")),
            extensions: extensions(m),
            loc: self.loc(doc, ptr),
        })
    }

    fn parameter_list(&mut self, doc: usize, ptr: &str, v: Option<&Value>) -> Vec<Parameter> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        (0..a.len())
            .filter_map(|i| self.parameter(doc, &format!("{ptr}/{i}")))
            .collect()
    }

    fn parameter(&mut self, doc: usize, ptr: &str) -> Option<Parameter> {
        let (doc, ptr, component) = self.deref(doc, ptr, "parameters")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        let location = match m.get("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            Some("querystring") => ParamLocation::QueryString,
            other => {
                self.push(
                    doc,
                    &join(&ptr, "in"),
                    Diagnostic::error(
                        "parameter-in",
                        format!(
                            "parameter `in` must be path, query, header or cookie, found {}",
                            other.map_or("nothing".to_string(), |o| format!("`{o}`"))
                        ),
                    )
                    .with_help("set `in` to where the parameter is sent"),
                );
                return None;
            }
        };
        let (style, explode) = style_explode(m, location);
        let schema = m
            .contains_key("schema")
            .then(|| self.schema_at(doc, &join(&ptr, "schema")));
        let content = self.content(doc, &ptr, m.get("content"));
        Some(Parameter {
            name: s(m.get("name")).unwrap_or_default(),
            location,
            required: b(m.get("required")),
            deprecated: b(m.get("deprecated")),
            description: s(m.get("description")),
            style,
            explode,
            allow_reserved: b(m.get("allowReserved")),
            allow_empty_value: b(m.get("allowEmptyValue")),
            schema,
            content,
            examples: self.examples(doc, &ptr, m),
            component,
            extensions: extensions(m),
            loc: self.loc(doc, &ptr),
        })
    }

    fn examples(&mut self, doc: usize, ptr: &str, m: &JMap<String, Value>) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(v) = m.get("example") {
            out.push(Example {
                name: None,
                summary: None,
                description: None,
                value: Some(v.clone()),
                external_value: None,
                component: None,
            });
        }
        if let Some(Value::Object(ex)) = m.get("examples") {
            for name in ex.keys() {
                let p = join(&join(ptr, "examples"), name);
                if let Some(e) = self.example(doc, &p, Some(name.clone())) {
                    out.push(e);
                }
            }
        }
        out
    }

    fn example(&mut self, doc: usize, ptr: &str, name: Option<String>) -> Option<Example> {
        let (doc, ptr, component) = self.deref(doc, ptr, "examples")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        Some(Example {
            name,
            summary: s(m.get("summary")),
            description: s(m.get("description")),
            value: m.get("value").or_else(|| m.get("dataValue")).cloned(),
            external_value: s(m.get("externalValue")),
            component,
        })
    }

    fn content(&mut self, doc: usize, owner_ptr: &str, v: Option<&Value>) -> Vec<MediaType> {
        let Some(Value::Object(c)) = v else {
            return Vec::new();
        };
        let cptr = join(owner_ptr, "content");
        let mut out = Vec::new();
        for mt in c.keys() {
            let ptr = join(&cptr, mt);
            let d = self.doc(doc);
            let Some(m) = d.get(&ptr).and_then(Value::as_object) else {
                continue;
            };
            let schema = m
                .contains_key("schema")
                .then(|| self.schema_at(doc, &join(&ptr, "schema")));
            let item_schema = m
                .contains_key("itemSchema")
                .then(|| self.schema_at(doc, &join(&ptr, "itemSchema")));
            let mut encoding = Map::new();
            if let Some(Value::Object(enc)) = m.get("encoding") {
                for (prop, e) in enc {
                    let Some(em) = e.as_object() else { continue };
                    let eptr = join(&join(&ptr, "encoding"), prop);
                    let headers = self.headers(doc, &eptr, em.get("headers"));
                    encoding.insert(
                        prop.clone(),
                        Encoding {
                            content_type: s(em.get("contentType")),
                            headers,
                            style: em
                                .get("style")
                                .and_then(Value::as_str)
                                .and_then(parse_style),
                            explode: em.get("explode").and_then(Value::as_bool),
                            allow_reserved: b(em.get("allowReserved")),
                        },
                    );
                }
            }
            out.push(MediaType {
                media_type: mt.clone(),
                schema,
                item_schema,
                examples: self.examples(doc, &ptr, m),
                encoding,
                extensions: extensions(m),
                loc: self.loc(doc, &ptr),
            });
        }
        out
    }

    fn request_body(&mut self, doc: usize, ptr: &str) -> Option<RequestBody> {
        let (doc, ptr, component) = self.deref(doc, ptr, "requestBodies")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        Some(RequestBody {
            description: s(m.get("description")),
            required: b(m.get("required")),
            content: self.content(doc, &ptr, m.get("content")),
            component,
            extensions: extensions(m),
            loc: self.loc(doc, &ptr),
        })
    }

    fn response(&mut self, doc: usize, ptr: &str, status: StatusKey) -> Option<Response> {
        let (doc, ptr, component) = self.deref(doc, ptr, "responses")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        let headers = self.headers(doc, &ptr, m.get("headers"));
        let mut links = Vec::new();
        if let Some(Value::Object(ls)) = m.get("links") {
            for name in ls.keys() {
                if let Some(l) = self.link(doc, &join(&join(&ptr, "links"), name), name) {
                    links.push(l);
                }
            }
        }
        Some(Response {
            status,
            description: s(m.get("description")),
            headers,
            content: self.content(doc, &ptr, m.get("content")),
            links,
            component,
            extensions: extensions(m),
            loc: self.loc(doc, &ptr),
        })
    }

    fn headers(&mut self, doc: usize, owner_ptr: &str, v: Option<&Value>) -> Vec<Header> {
        let Some(Value::Object(hs)) = v else {
            return Vec::new();
        };
        let hptr = join(owner_ptr, "headers");
        hs.keys()
            .cloned()
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|name| self.header(doc, &join(&hptr, &name), &name))
            .collect()
    }

    fn header(&mut self, doc: usize, ptr: &str, name: &str) -> Option<Header> {
        let (doc, ptr, component) = self.deref(doc, ptr, "headers")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        let schema = m
            .contains_key("schema")
            .then(|| self.schema_at(doc, &join(&ptr, "schema")));
        let (style, explode) = style_explode(m, ParamLocation::Header);
        Some(Header {
            name: name.to_string(),
            description: s(m.get("description")),
            required: b(m.get("required")),
            deprecated: b(m.get("deprecated")),
            style,
            explode,
            schema,
            content: self.content(doc, &ptr, m.get("content")),
            examples: self.examples(doc, &ptr, m),
            component,
            extensions: extensions(m),
            loc: self.loc(doc, &ptr),
        })
    }

    fn link(&mut self, doc: usize, ptr: &str, name: &str) -> Option<Link> {
        let (doc, ptr, component) = self.deref(doc, ptr, "links")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        let server = self
            .servers(
                doc,
                &ptr,
                m.get("server")
                    .map(|sv| Value::Array(vec![sv.clone()]))
                    .as_ref(),
            )
            .into_iter()
            .next();
        Some(Link {
            name: name.to_string(),
            operation_ref: s(m.get("operationRef")),
            operation_id: s(m.get("operationId")),
            parameters: m
                .get("parameters")
                .and_then(Value::as_object)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
            request_body: m.get("requestBody").cloned(),
            description: s(m.get("description")),
            server,
            component,
            loc: self.loc(doc, &ptr),
        })
    }

    fn callback(&mut self, doc: usize, ptr: &str, name: &str) -> Option<Callback> {
        let (doc, ptr, component) = self.deref(doc, ptr, "callbacks")?;
        let d = self.doc(doc);
        let m = d.get(&ptr)?.as_object()?;
        let mut operations = Vec::new();
        for expr in m.keys() {
            if expr.starts_with("x-") {
                continue;
            }
            if let Some((_, ops)) = self.path_item(doc, &join(&ptr, expr), expr, &[], &[]) {
                operations.extend(ops);
            }
        }
        Some(Callback {
            name: name.to_string(),
            operations,
            component,
            loc: self.loc(doc, &ptr),
        })
    }

    // -------------------------------------------------------------------------------
    // schemas
    // -------------------------------------------------------------------------------

    /// The id of the schema at (doc, ptr), following pure `$ref`s. Allocates and queues it
    /// on first sight.
    fn schema_at(&mut self, doc: usize, ptr: &str) -> SchemaId {
        let (doc, ptr) = match self.chase_schema_ref(doc, ptr) {
            Some(t) => t,
            None => {
                // Unresolvable: the error is recorded; stand in an "anything" schema.
                return self.arena.push(Schema {
                    name: None,
                    kind: SchemaKind::Bool(true),
                    loc: self.loc(doc, ptr),
                });
            }
        };
        if let Some(id) = self.ids.get(&(doc, ptr.clone())) {
            self.pending_alias.clear();
            return *id;
        }
        let name = self.schema_name(doc, &ptr);
        let id = self.arena.push(Schema {
            name,
            kind: SchemaKind::Bool(true),
            loc: self.loc(doc, &ptr),
        });
        self.ids.insert((doc, ptr.clone()), id);
        for hop in std::mem::take(&mut self.pending_alias) {
            self.ids.insert(hop, id);
        }
        self.queue.push_back((id, doc, ptr));
        id
    }

    fn schema_name(&self, doc: usize, ptr: &str) -> Option<String> {
        if doc == 0 {
            return component_name(ptr, "schemas");
        }
        // In another file: a whole file, a top-level entry, a component or a `$defs` entry
        // is named (bundling puts it under `components.schemas` by that name).
        let tokens: Vec<&str> = if ptr.is_empty() {
            Vec::new()
        } else {
            ptr[1..].split('/').collect()
        };
        match tokens.as_slice() {
            [] | [_] | ["components", "schemas", _] | [.., "$defs" | "definitions", _] => {
                Some(external_name(&self.docs.docs[doc].path, ptr))
            }
            _ => None,
        }
    }

    /// Is this schema object a "pure" reference (no own node)?
    fn is_pure_ref(&self, m: &JMap<String, Value>) -> bool {
        m.contains_key("$ref") && (self.v30 || m.len() == 1)
    }

    /// Follow pure `$ref`s from (doc, ptr) to the schema they name. Every hop is
    /// remembered (in `ids` once the target has an id, in `bad_refs` when the chain fails),
    /// so a long chain is walked once, not once per entry into it.
    fn chase_schema_ref(&mut self, doc: usize, ptr: &str) -> Option<(usize, String)> {
        let mut cur = (doc, ptr.to_string());
        let mut seen: HashSet<(usize, String)> = HashSet::new();
        let mut hops: Vec<(usize, String)> = Vec::new();
        let fail = |this: &mut Self, hops: Vec<(usize, String)>| {
            this.bad_refs.extend(hops);
            None
        };
        loop {
            if self.bad_refs.contains(&cur) {
                return fail(self, hops);
            }
            if let Some(&id) = self.ids.get(&cur) {
                for h in hops {
                    self.ids.insert(h, id);
                }
                return Some(cur);
            }
            let d = self.doc(cur.0);
            let Some(m) = d.get(&cur.1).and_then(Value::as_object) else {
                self.pending_alias = hops;
                return Some(cur);
            };
            if !self.is_pure_ref(m) {
                self.pending_alias = hops;
                return Some(cur);
            }
            let Some(r) = m.get("$ref").and_then(Value::as_str).map(str::to_string) else {
                self.push(
                    cur.0,
                    &join(&cur.1, "$ref"),
                    Diagnostic::error("ref-not-string", "`$ref` must be a string").with_help(
                        "write the reference as a string, e.g. '#/components/schemas/Pet'",
                    ),
                );
                hops.push(cur);
                return fail(self, hops);
            };
            if self.v30 && m.len() > 1 {
                let siblings: Vec<&str> = m
                    .keys()
                    .filter(|k| *k != "$ref")
                    .map(String::as_str)
                    .collect();
                self.push(
                    cur.0,
                    &cur.1,
                    Diagnostic::warning(
                        "ref-siblings-ignored",
                        format!("in OpenAPI 3.0 the siblings of `$ref` are ignored: {}", siblings.join(", ")),
                    )
                    .with_help("wrap the reference in `allOf: [{$ref: ...}]` to add keywords, or move to OpenAPI 3.1"),
                );
            }
            let looped = !seen.insert(cur.clone());
            if looped || seen.len() > 10_000 {
                let msg = if looped {
                    format!(
                        "`$ref: {r}` only refers to itself through a chain of `$ref`s; it never reaches a schema"
                    )
                } else {
                    format!(
                        "`$ref: {r}` starts a chain of more than 10,000 `$ref`s; refusing to follow it"
                    )
                };
                self.push(
                    cur.0,
                    &cur.1,
                    Diagnostic::error("ref-cycle", msg)
                        .with_help("point one of the refs at a real schema"),
                );
                hops.push(cur);
                return fail(self, hops);
            }
            hops.push(cur.clone());
            match self.docs.resolve(cur.0, &cur.1, &r) {
                Ok(t) => cur = (t.doc, t.pointer),
                Err(d) => {
                    self.diags.push(d);
                    return fail(self, hops);
                }
            }
        }
    }

    fn drain_schemas(&mut self) {
        while let Some((id, doc, ptr)) = self.queue.pop_front() {
            let kind = self.schema_kind(doc, &ptr);
            self.arena.get_mut(id).kind = kind;
        }
    }

    fn kw_warning(&mut self, doc: usize, ptr: &str, kw: &str, expected: &str) {
        self.push(
            doc,
            &join(ptr, kw),
            Diagnostic::warning(
                "schema-keyword-type",
                format!("`{kw}` should be {expected}; kept verbatim but not applied"),
            )
            .with_help(format!("write `{kw}` as {expected}")),
        );
    }

    fn schema_kind(&mut self, doc: usize, ptr: &str) -> SchemaKind {
        let d = self.doc(doc);
        let Some(v) = d.get(ptr) else {
            return SchemaKind::Bool(true);
        };
        let m = match v {
            Value::Bool(b) => return SchemaKind::Bool(*b),
            Value::Object(m) => m,
            other => {
                let what = match other {
                    Value::Null => "null",
                    Value::Number(_) => "a number",
                    Value::String(_) => "a string",
                    Value::Array(_) => "an array",
                    _ => "a value",
                };
                self.push(
                    doc,
                    ptr,
                    Diagnostic::error(
                        "schema-type",
                        format!("a schema must be an object or a boolean, found {what}"),
                    )
                    .with_help("write a schema object such as {type: string}"),
                );
                return SchemaKind::Bool(true);
            }
        };
        let mut o = SchemaObject::default();
        // Subschema keywords are collected first and given ids in a fixed order below.
        let mut subs: Vec<(u8, &str)> = Vec::new();
        let mut nullable = false;
        let mut excl_min_flag = false;
        let mut excl_max_flag = false;
        let mut example: Option<Value> = None;
        for (k, val) in m {
            let k = k.as_str();
            match k {
                "$ref" => {
                    if !self.v30 {
                        subs.push((0, k));
                    }
                }
                "type" => match val {
                    Value::String(t) => match Type::parse(t) {
                        Some(t) => o.types = Some(vec![t]),
                        None => {
                            self.bad_type(doc, ptr, t);
                            o.unknown.insert(k.into(), val.clone());
                        }
                    },
                    Value::Array(a) => {
                        let mut ts = Vec::new();
                        for t in a {
                            match t.as_str().and_then(Type::parse) {
                                Some(t) if !ts.contains(&t) => ts.push(t),
                                Some(_) => {}
                                None => self.bad_type(doc, ptr, &t.to_string()),
                            }
                        }
                        o.types = Some(ts);
                    }
                    _ => {
                        self.kw_warning(doc, ptr, k, "a type name or a list of them");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "nullable" => nullable = val.as_bool().unwrap_or(false),
                "enum" => match val {
                    Value::Array(a) => o.enum_ = Some(a.clone()),
                    _ => {
                        self.kw_warning(doc, ptr, k, "a list");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "const" => o.const_ = Some(val.clone()),
                "format" => o.format = val.as_str().map(str::to_string),
                "title" => o.title = val.as_str().map(str::to_string),
                "description" => o.description = val.as_str().map(str::to_string),
                "default" => o.default = Some(val.clone()),
                "examples" => match val {
                    Value::Array(a) => o.examples.extend(a.iter().cloned()),
                    other => o.examples.push(other.clone()),
                },
                "example" => example = Some(val.clone()),
                "deprecated" => o.deprecated = val.as_bool().unwrap_or(false),
                "readOnly" => o.read_only = val.as_bool().unwrap_or(false),
                "writeOnly" => o.write_only = val.as_bool().unwrap_or(false),
                "multipleOf" | "minimum" | "maximum" => {
                    let Some(n) = val.as_f64() else {
                        self.kw_warning(doc, ptr, k, "a number");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    match k {
                        "multipleOf" => o.multiple_of = Some(n),
                        "minimum" => o.minimum = Some(n),
                        _ => o.maximum = Some(n),
                    }
                }
                "exclusiveMinimum" | "exclusiveMaximum" => match val {
                    Value::Bool(flag) => {
                        if k == "exclusiveMinimum" {
                            excl_min_flag = *flag;
                        } else {
                            excl_max_flag = *flag;
                        }
                    }
                    Value::Number(n) => {
                        let n = n.as_f64();
                        if k == "exclusiveMinimum" {
                            o.exclusive_minimum = n;
                        } else {
                            o.exclusive_maximum = n;
                        }
                    }
                    _ => {
                        self.kw_warning(doc, ptr, k, "a number");
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties"
                | "maxProperties" | "minContains" | "maxContains" => {
                    let n = val.as_u64().or_else(|| {
                        val.as_f64()
                            .filter(|f| *f >= 0.0 && f.fract() == 0.0)
                            .map(|f| f as u64)
                    });
                    let Some(n) = n else {
                        self.kw_warning(doc, ptr, k, "a non-negative integer");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let slot = match k {
                        "minLength" => &mut o.min_length,
                        "maxLength" => &mut o.max_length,
                        "minItems" => &mut o.min_items,
                        "maxItems" => &mut o.max_items,
                        "minProperties" => &mut o.min_properties,
                        "maxProperties" => &mut o.max_properties,
                        "minContains" => &mut o.min_contains,
                        _ => &mut o.max_contains,
                    };
                    *slot = Some(n);
                }
                "pattern" => o.pattern = val.as_str().map(str::to_string),
                "contentMediaType" => o.content_media_type = val.as_str().map(str::to_string),
                "contentEncoding" => o.content_encoding = val.as_str().map(str::to_string),
                "uniqueItems" => o.unique_items = val.as_bool().unwrap_or(false),
                "required" => match val {
                    Value::Array(a) => {
                        o.required = a
                            .iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    }
                    _ => {
                        self.push(
                            doc,
                            &join(ptr, k),
                            Diagnostic::warning("schema-required-bool", "`required` in a schema is a list of property names, not a boolean")
                                .with_help("list the property in the parent object's `required: [...]` instead"),
                        );
                        o.unknown.insert(k.into(), val.clone());
                    }
                },
                "dependentRequired" => {
                    if let Value::Object(dr) = val {
                        o.dependent_required = dr
                            .iter()
                            .map(|(p, l)| {
                                (
                                    p.clone(),
                                    l.as_array()
                                        .map(|a| {
                                            a.iter()
                                                .filter_map(|x| x.as_str().map(str::to_string))
                                                .collect()
                                        })
                                        .unwrap_or_default(),
                                )
                            })
                            .collect();
                    }
                }
                "$dynamicRef" => o.dynamic_ref = val.as_str().map(str::to_string),
                "$id" => o.id = val.as_str().map(str::to_string),
                "$anchor" => o.anchor = val.as_str().map(str::to_string),
                "$dynamicAnchor" => o.dynamic_anchor = val.as_str().map(str::to_string),
                "$schema" => o.schema_dialect = val.as_str().map(str::to_string),
                "$comment" => {
                    o.unknown.insert(k.into(), val.clone());
                }
                "discriminator" => {}
                "xml" => o.xml = Some(val.clone()),
                "externalDocs" => o.external_docs = external_docs(Some(val)),
                "items" => subs.push((if val.is_array() { 10 } else { 11 }, k)),
                "additionalItems" => subs.push((12, k)),
                "prefixItems" => subs.push((10, k)),
                "contains" => subs.push((13, k)),
                "unevaluatedItems" => subs.push((14, k)),
                "properties" => subs.push((20, k)),
                "patternProperties" => subs.push((21, k)),
                "additionalProperties" => subs.push((22, k)),
                "unevaluatedProperties" => subs.push((23, k)),
                "propertyNames" => subs.push((24, k)),
                "dependentSchemas" => subs.push((25, k)),
                "allOf" => subs.push((30, k)),
                "anyOf" => subs.push((31, k)),
                "oneOf" => subs.push((32, k)),
                "not" => subs.push((33, k)),
                "if" => subs.push((34, k)),
                "then" => subs.push((35, k)),
                "else" => subs.push((36, k)),
                "contentSchema" => subs.push((40, k)),
                "$defs" | "definitions" => subs.push((50, k)),
                _ if k.starts_with("x-") => {
                    o.extensions.insert(k.into(), val.clone());
                }
                _ => {
                    o.unknown.insert(k.into(), val.clone());
                }
            }
        }
        subs.sort_by_key(|(rank, _)| *rank);
        for (_, k) in subs {
            let kp = join(ptr, k);
            let Some(val) = m.get(k) else { continue };
            match k {
                "$ref" => {
                    // 3.1 `$ref` with siblings: a node of its own that also applies the target.
                    let target = self.schema_at_ref(doc, ptr);
                    o.ref_ = target;
                }
                "items" | "prefixItems" => match val {
                    Value::Array(a) => {
                        o.prefix_items = (0..a.len())
                            .map(|i| self.schema_at(doc, &format!("{kp}/{i}")))
                            .collect()
                    }
                    _ => o.items = Some(self.schema_at(doc, &kp)),
                },
                "additionalItems" => {
                    // draft-4 style: only meaningful with an `items` array (now prefixItems).
                    if m.get("items").is_some_and(Value::is_array) {
                        o.items = Some(self.schema_at(doc, &kp));
                    } else {
                        o.unknown.insert(k.into(), val.clone());
                    }
                }
                "contains" => o.contains = Some(self.schema_at(doc, &kp)),
                "unevaluatedItems" => o.unevaluated_items = Some(self.schema_at(doc, &kp)),
                "properties" | "patternProperties" | "dependentSchemas" | "$defs"
                | "definitions" => {
                    let Value::Object(props) = val else {
                        self.kw_warning(doc, ptr, k, "a map of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let mut out = Map::new();
                    for name in props.keys() {
                        out.insert(name.clone(), self.schema_at(doc, &join(&kp, name)));
                    }
                    match k {
                        "properties" => o.properties = out,
                        "patternProperties" => o.pattern_properties = out,
                        "dependentSchemas" => o.dependent_schemas = out,
                        _ => o.defs.extend(out),
                    }
                }
                "additionalProperties" => o.additional_properties = Some(self.schema_at(doc, &kp)),
                "unevaluatedProperties" => {
                    o.unevaluated_properties = Some(self.schema_at(doc, &kp))
                }
                "propertyNames" => o.property_names = Some(self.schema_at(doc, &kp)),
                "allOf" | "anyOf" | "oneOf" => {
                    let Value::Array(a) = val else {
                        self.kw_warning(doc, ptr, k, "a list of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let ids = (0..a.len())
                        .map(|i| self.schema_at(doc, &format!("{kp}/{i}")))
                        .collect();
                    match k {
                        "allOf" => o.all_of = ids,
                        "anyOf" => o.any_of = ids,
                        _ => o.one_of = ids,
                    }
                }
                "not" => o.not = Some(self.schema_at(doc, &kp)),
                "if" => o.if_ = Some(self.schema_at(doc, &kp)),
                "then" => o.then_ = Some(self.schema_at(doc, &kp)),
                "else" => o.else_ = Some(self.schema_at(doc, &kp)),
                "contentSchema" => o.content_schema = Some(self.schema_at(doc, &kp)),
                _ => {}
            }
        }
        if let Some(Value::Object(dm)) = m.get("discriminator") {
            o.discriminator = Some(self.discriminator(doc, &join(ptr, "discriminator"), dm));
        }

        // --- normalization to 3.1 meaning ---
        if let Some(ex) = example {
            o.examples.push(ex);
        }
        if excl_min_flag {
            if let Some(min) = o.minimum.take() {
                o.exclusive_minimum = Some(min);
            }
        }
        if excl_max_flag {
            if let Some(max) = o.maximum.take() {
                o.exclusive_maximum = Some(max);
            }
        }
        if nullable {
            if !self.v30 {
                self.push(
                    doc,
                    &join(ptr, "nullable"),
                    Diagnostic::warning(
                        "nullable-in-3.1",
                        "`nullable` is not an OpenAPI 3.1 keyword; it is applied as in 3.0",
                    )
                    .with_help("write `type: [T, \"null\"]` instead"),
                );
            }
            if let Some(e) = o.enum_.as_mut()
                && !e.contains(&Value::Null)
            {
                e.push(Value::Null);
            }
            match o.types.as_mut() {
                Some(ts) if !ts.contains(&Type::Null) => ts.push(Type::Null),
                Some(_) => {}
                None if o.enum_.is_none() && o.const_.is_none() => {
                    // `nullable` without `type` (e.g. `{nullable: true, allOf: [$ref]}`):
                    // read as "this, or null": anyOf [this, {type: null}].
                    return SchemaKind::Object(Box::new(self.nullable_wrap(doc, ptr, o)));
                }
                None => {}
            }
        }
        SchemaKind::Object(Box::new(o))
    }

    /// Turn `o` (which had `nullable: true` and no `type`) into `anyOf: [inner, null]`,
    /// keeping annotations on the outer node. A lone `allOf: [X]` becomes `anyOf: [X, null]`.
    fn nullable_wrap(&mut self, doc: usize, ptr: &str, mut o: SchemaObject) -> SchemaObject {
        let mut outer = SchemaObject {
            title: o.title.take(),
            description: o.description.take(),
            default: o.default.take(),
            examples: std::mem::take(&mut o.examples),
            deprecated: std::mem::take(&mut o.deprecated),
            read_only: std::mem::take(&mut o.read_only),
            write_only: std::mem::take(&mut o.write_only),
            extensions: std::mem::take(&mut o.extensions),
            ..Default::default()
        };
        let lone_all_of = o.all_of.len() == 1 && {
            let mut rest = o.clone();
            rest.all_of.clear();
            rest == SchemaObject::default()
        };
        let inner = if lone_all_of {
            o.all_of[0]
        } else if o == SchemaObject::default() {
            // nullable alone: any value (null included).
            return outer;
        } else {
            self.arena.push(Schema {
                name: None,
                kind: SchemaKind::Object(Box::new(o)),
                loc: self.loc(doc, ptr),
            })
        };
        let null = self.arena.push(Schema {
            name: None,
            kind: SchemaKind::Object(Box::new(SchemaObject {
                types: Some(vec![Type::Null]),
                ..Default::default()
            })),
            loc: self.loc(doc, &join(ptr, "nullable")),
        });
        outer.any_of = vec![inner, null];
        outer
    }

    fn schema_at_ref(&mut self, doc: usize, ptr: &str) -> Option<SchemaId> {
        let d = self.doc(doc);
        let r = d.get(ptr)?.get("$ref")?.as_str()?.to_string();
        match self.docs.resolve(doc, ptr, &r) {
            Ok(t) => Some(self.schema_at(t.doc, &t.pointer)),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    fn bad_type(&mut self, doc: usize, ptr: &str, t: &str) {
        self.push(
            doc,
            &join(ptr, "type"),
            Diagnostic::warning(
                "schema-type-name",
                format!("`{t}` is not a JSON Schema type"),
            )
            .with_help("use one of null, boolean, object, array, number, string, integer"),
        );
    }

    fn discriminator(&mut self, doc: usize, ptr: &str, dm: &JMap<String, Value>) -> Discriminator {
        let mut mapping = Map::new();
        if let Some(Value::Object(mp)) = dm.get("mapping") {
            for (tag, target) in mp {
                let Some(t) = target.as_str() else { continue };
                // A mapping value is a ref, or a bare component name.
                let reference = if t.contains('#') || t.contains('/') || t.contains('.') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                let mptr = join(&join(ptr, "mapping"), tag);
                match self.docs.resolve(doc, &mptr, &reference) {
                    Ok(tg) => {
                        let id = self.schema_at(tg.doc, &tg.pointer);
                        mapping.insert(tag.clone(), id);
                    }
                    Err(mut d) => {
                        d.pointer = mptr.clone();
                        d.message = format!("discriminator mapping `{tag}`: {}", d.message);
                        self.diags.push(d);
                    }
                }
            }
        }
        let default_mapping = dm
            .get("defaultMapping")
            .and_then(Value::as_str)
            .and_then(|t| {
                let reference = if t.contains('#') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                self.docs.resolve(doc, ptr, &reference).ok()
            });
        let default_mapping = default_mapping.map(|t| self.schema_at(t.doc, &t.pointer));
        Discriminator {
            property_name: s(dm.get("propertyName")).unwrap_or_default(),
            mapping,
            default_mapping,
        }
    }
}

fn external_docs(v: Option<&Value>) -> Option<ExternalDocs> {
    let m = v?.as_object()?;
    Some(ExternalDocs {
        url: s(m.get("url")).unwrap_or_default(),
        description: s(m.get("description")),
    })
}

fn parse_style(s: &str) -> Option<ParamStyle> {
    Some(match s {
        "matrix" => ParamStyle::Matrix,
        "label" => ParamStyle::Label,
        "simple" => ParamStyle::Simple,
        "form" => ParamStyle::Form,
        "spaceDelimited" => ParamStyle::SpaceDelimited,
        "pipeDelimited" => ParamStyle::PipeDelimited,
        "deepObject" => ParamStyle::DeepObject,
        "cookie" => ParamStyle::Cookie,
        _ => return None,
    })
}

fn style_explode(m: &JMap<String, Value>, location: ParamLocation) -> (ParamStyle, bool) {
    let default_style = match location {
        ParamLocation::Path | ParamLocation::Header => ParamStyle::Simple,
        _ => ParamStyle::Form,
    };
    let style = m
        .get("style")
        .and_then(Value::as_str)
        .and_then(parse_style)
        .unwrap_or(default_style);
    let explode = m
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(matches!(style, ParamStyle::Form | ParamStyle::Cookie));
    (style, explode)
}

/// The source text of a scalar (the rest of the line after `key:`), for YAML numbers
/// whose text matters (`version: 1.10`).
fn raw_scalar(doc: &Document, ptr: &str) -> Option<String> {
    let (line, _) = doc.locate(ptr);
    let text = doc.text.lines().nth(line.checked_sub(1)? as usize)?;
    let (_, rest) = text.split_once(':')?;
    let rest = rest.split(" #").next()?.trim().trim_end_matches(',');
    (!rest.is_empty()).then(|| rest.to_string())
}
