//! The document level of the IR: `Spec` itself, info, servers, security, tags and
//! components.

use super::*;

impl<'a> Builder<'a> {
    // -------------------------------------------------------------------------------
    // the document
    // -------------------------------------------------------------------------------

    pub(super) fn spec(&mut self, openapi: OpenApiVersion) -> Spec {
        let root = self.doc(0);
        let rn = Node {
            doc: 0,
            v: &root.value,
            pos: 0,
        };
        let empty = JMap::new();
        let m = root.value.as_object().unwrap_or(&empty);

        // Named component schemas first, so their ids are stable and come first.
        let mut schema_names = Map::new();
        if let Some(sn) = self
            .member(rn, "components")
            .and_then(|c| self.member(c, "schemas"))
        {
            for (name, n) in self.members(sn) {
                let id = self.schema_node(n, &|| join("/components/schemas", name));
                schema_names.insert(name.clone(), id);
            }
        }

        let info = self.info(root, m.fget("info"));
        let servers = self.servers(0, "/servers", m.fget("servers"));
        let security = self.security(m.fget("security"));
        let security_schemes = self.security_schemes(m);

        let mut operations = Vec::new();
        let mut paths = Map::new();
        if let Some(pn) = self.member(rn, "paths")
            && pn.v.is_object()
        {
            for (key, n) in self.members(pn) {
                if key.starts_with("x-") {
                    continue;
                }
                let ptr = join("/paths", key);
                if let Some((info, ops)) = self.path_item(n, &ptr, key, &security, &servers) {
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
            if is_ext && m.fget("webhooks").is_some() {
                continue;
            }
            if let Some(wn) = self.member(rn, field)
                && wn.v.is_object()
            {
                for (key, n) in self.members(wn) {
                    let ptr = join(&format!("/{field}"), key);
                    if let Some((_, ops)) = self.path_item(n, &ptr, key, &security, &servers) {
                        webhooks.extend(ops);
                    }
                }
                if is_ext {
                    extensions.shift_remove(field);
                }
            }
        }
        let components = self.components(rn);
        let tags = self.tags(m.fget("tags"));
        let external_docs = external_docs(m.fget("externalDocs"));

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
            json_schema_dialect: s(m.fget("jsonSchemaDialect")),
            servers,
            operations,
            webhooks,
            paths,
            security,
            security_schemes,
            tags,
            external_docs,
            schemas: {
                // The arena grew by doubling; give back the unused tail (up to half of it).
                let mut a = std::mem::take(&mut self.arena);
                a.items.shrink_to_fit();
                a
            },
            schema_names,
            components,
            extensions,
            files,
        }
    }

    pub(super) fn info(&mut self, root: &Document, v: Option<&Value>) -> Info {
        let empty = JMap::new();
        let m = v.and_then(Value::as_object).unwrap_or(&empty);
        let version = match m.fget("version") {
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
            title: s(m.fget("title")).unwrap_or_default(),
            version,
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            terms_of_service: s(m.fget("termsOfService")),
            contact: m.fget("contact").cloned(),
            license: m.fget("license").cloned(),
            extensions: extensions(m),
            loc: self.loc(0, "/info"),
        }
    }

    pub(super) fn servers(&mut self, doc: usize, ptr: &str, v: Option<&Value>) -> Vec<Server> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, sv)| {
                let m = sv.as_object()?;
                let variables = m
                    .fget("variables")
                    .and_then(Value::as_object)
                    .map(|vars| {
                        vars.iter()
                            .map(|(k, vv)| {
                                (
                                    k.clone(),
                                    ServerVariable {
                                        default: match vv.fget("default") {
                                            Some(Value::String(s)) => s.clone(),
                                            Some(o) => o.to_string(),
                                            None => String::new(),
                                        },
                                        enum_: vv
                                            .fget("enum")
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
                                        description: s(vv.fget("description")),
                                    },
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(Server {
                    url: s(m.fget("url")).unwrap_or_default(),
                    description: s(m.fget("description")),
                    variables,
                    loc: self.loc(doc, &format!("{ptr}/{i}")),
                })
            })
            .collect()
    }

    pub(super) fn security(&self, v: Option<&Value>) -> Vec<SecurityRequirement> {
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

    pub(super) fn security_schemes(
        &mut self,
        m: &JMap<String, Value>,
    ) -> Map<String, SecurityScheme> {
        let mut out = Map::new();
        let Some(Value::Object(ss)) = m.fget("components").and_then(|c| c.fget("securitySchemes"))
        else {
            return out;
        };
        for name in ss.keys() {
            let ptr = join("/components/securitySchemes", name);
            let Some(n) = self.node_at(0, &ptr) else {
                continue;
            };
            let Some((n, ptr, _)) = self.deref(n, &ptr, "securitySchemes") else {
                continue;
            };
            let Some(sm) = n.v.as_object() else {
                continue;
            };
            let type_ = s(sm.fget("type")).unwrap_or_default();
            let kind = match type_.as_str() {
                "apiKey" => SecuritySchemeKind::ApiKey {
                    name: s(sm.fget("name")).unwrap_or_default(),
                    location: match sm.fget("in").and_then(Value::as_str) {
                        Some("query") => ParamLocation::Query,
                        Some("cookie") => ParamLocation::Cookie,
                        _ => ParamLocation::Header,
                    },
                },
                "http" => SecuritySchemeKind::Http {
                    scheme: s(sm.fget("scheme"))
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    bearer_format: s(sm.fget("bearerFormat")),
                },
                "oauth2" => SecuritySchemeKind::OAuth2 {
                    flows: sm.fget("flows").cloned().unwrap_or(Value::Null),
                },
                "openIdConnect" => SecuritySchemeKind::OpenIdConnect {
                    url: s(sm.fget("openIdConnectUrl")).unwrap_or_default(),
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
                    description: s(sm.fget("description")),
                    deprecated: b(sm.fget("deprecated")),
                    extensions: extensions(sm),
                    loc: self.loc_node(n, ptr),
                },
            );
        }
        out
    }

    pub(super) fn tags(&mut self, v: Option<&Value>) -> Vec<Tag> {
        let Some(Value::Array(a)) = v else {
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let m = t.as_object()?;
                Some(Tag {
                    name: s(m.fget("name")).unwrap_or_default(),
                    summary: s(m.fget("summary")),
                    description: s(m.fget("description")),
                    parent: s(m.fget("parent")),
                    kind: s(m.fget("kind")),
                    external_docs: external_docs(m.fget("externalDocs")),
                    extensions: extensions(m),
                    loc: self.loc(0, &format!("/tags/{i}")),
                })
            })
            .collect()
    }

    pub(super) fn components(&mut self, root: Node<'a>) -> Components {
        let mut c = Components::default();
        let Some(comp) = self.member(root, "components") else {
            return c;
        };
        // A fixed order of kinds (ids of inline schemas follow the visiting order).
        for kind in [
            "parameters",
            "responses",
            "requestBodies",
            "headers",
            "examples",
            "links",
            "callbacks",
            "pathItems",
        ] {
            let Some(kn) = self.member(comp, kind) else {
                continue;
            };
            let base = join("/components", kind);
            for (name, n) in self.members(kn).collect::<Vec<_>>() {
                let ptr = join(&base, name);
                let name = name.clone();
                match kind {
                    "parameters" => {
                        if let Some(p) = self.parameter(n, &ptr) {
                            c.parameters.insert(name, p);
                        }
                    }
                    "responses" => {
                        if let Some(r) = self.response(n, &ptr, StatusKey::Default) {
                            c.responses.insert(name, r);
                        }
                    }
                    "requestBodies" => {
                        if let Some(r) = self.request_body(n, &ptr) {
                            c.request_bodies.insert(name, r);
                        }
                    }
                    "headers" => {
                        if let Some(h) = self.header(n, &ptr, &name) {
                            c.headers.insert(name, h);
                        }
                    }
                    "examples" => {
                        if let Some(e) = self.example(n, &ptr, Some(name.clone())) {
                            c.examples.insert(name, e);
                        }
                    }
                    "links" => {
                        if let Some(l) = self.link(n, &ptr, &name) {
                            c.links.insert(name, l);
                        }
                    }
                    "callbacks" => {
                        if let Some(cb) = self.callback(n, &ptr, &name) {
                            c.callbacks.insert(name, cb);
                        }
                    }
                    "pathItems" => {
                        if let Some((_, ops)) = self.path_item(n, &ptr, &name, &[], &[]) {
                            c.path_items.insert(name, ops);
                        }
                    }
                    _ => {}
                }
            }
        }
        c
    }
}
