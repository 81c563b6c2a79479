//! Path items and operations, with their parameters, bodies, content, responses,
//! headers, links and callbacks.

use super::*;

impl<'a> Builder<'a> {
    // -------------------------------------------------------------------------------
    // paths and operations
    // -------------------------------------------------------------------------------

    pub(super) fn path_item(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        path: &str,
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
    ) -> Option<(PathInfo, Vec<Operation>)> {
        let (n, ptr, component) = self.deref(n, ptr, "pathItems")?;
        let doc = n.doc;
        let Some(m) = n.v.as_object() else {
            self.push(
                doc,
                &ptr,
                Diagnostic::error("path-item", "a path item must be an object")
                    .with_help("map HTTP methods to operations"),
            );
            return None;
        };
        let path_servers = self.servers(doc, &join(&ptr, "servers"), m.fget("servers"));
        let path_params = match self.member(n, "parameters") {
            Some(pn) => self.parameter_list(pn, &join(&ptr, "parameters")),
            None => Vec::new(),
        };
        // Declared methods in document order, then `additionalOperations`.
        let mut methods: Vec<(Method, String, Node<'a>)> = Vec::new();
        let mut extra: Vec<(Method, String, Node<'a>)> = Vec::new();
        for (key, on) in self.members(n) {
            if let Some(method) = Method::from_path_item_key(key) {
                methods.push((method, join(&ptr, key), on));
            } else if key == "additionalOperations" {
                let base = join(&ptr, "additionalOperations");
                for (k, on2) in self.members(on) {
                    extra.push((Method::Other(k.to_ascii_uppercase()), join(&base, k), on2));
                }
            }
        }
        methods.extend(extra);
        let mut ops = Vec::new();
        for (method, op_ptr, on) in methods {
            if let Some(op) = self.operation(
                on,
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
        let info = PathInfo {
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            servers: path_servers,
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        };
        Some((info, ops))
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn operation(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        method: Method,
        path: &str,
        path_params: &[Parameter],
        global_security: &[SecurityRequirement],
        root_servers: &[Server],
        path_servers: &[Server],
    ) -> Option<Operation> {
        let doc = n.doc;
        let Some(m) = n.v.as_object() else {
            self.push(
                doc,
                ptr,
                Diagnostic::error("operation", "an operation must be an object")
                    .with_help("see the Operation Object in the OpenAPI spec"),
            );
            return None;
        };
        let mut parameters: Vec<Parameter> = path_params.to_vec();
        let own = match self.member(n, "parameters") {
            Some(pn) => self.parameter_list(pn, &join(ptr, "parameters")),
            None => Vec::new(),
        };
        for p in own {
            if let Some(existing) = parameters
                .iter_mut()
                .find(|e| e.name == p.name && e.location == p.location)
            {
                *existing = p;
            } else {
                parameters.push(p);
            }
        }
        let request_body = match self.member(n, "requestBody") {
            Some(rb) => self.request_body(rb, &join(ptr, "requestBody")),
            None => None,
        };
        let mut responses = Vec::new();
        if let Some(rsn) = self.member(n, "responses")
            && rsn.v.is_object()
        {
            let rptr = join(ptr, "responses");
            for (key, rn) in self.members(rsn) {
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
                if let Some(r) = self.response(rn, &join(&rptr, key), status) {
                    responses.push(r);
                }
            }
        }
        let (security, security_overridden) = match m.fget("security") {
            Some(v) => (self.security(Some(v)), true),
            None => (global_security.to_vec(), false),
        };
        let mut callbacks = Vec::new();
        if let Some(cbn) = self.member(n, "callbacks")
            && cbn.v.is_object()
        {
            let cptr = join(ptr, "callbacks");
            for (name, cn) in self.members(cbn) {
                if let Some(cb) = self.callback(cn, &join(&cptr, name), name) {
                    callbacks.push(cb);
                }
            }
        }
        let own_servers = self.servers(doc, &join(ptr, "servers"), m.fget("servers"));
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
            operation_id: s(m.fget("operationId")),
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            tags: m
                .fget("tags")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            deprecated: b(m.fget("deprecated")),
            parameters,
            request_body,
            responses,
            security,
            security_overridden,
            callbacks,
            servers,
            external_docs: external_docs(m.fget("externalDocs")),
            extensions: extensions(m),
            loc: self.loc_node(n, ptr.to_string()),
        })
    }

    /// The parameters of a `parameters` list node at `ptr`.
    pub(super) fn parameter_list(&mut self, n: Node<'a>, ptr: &str) -> Vec<Parameter> {
        self.elements(n)
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|(i, pn)| self.parameter(pn, &format!("{ptr}/{i}")))
            .collect()
    }

    pub(super) fn parameter(&mut self, n: Node<'a>, ptr: &str) -> Option<Parameter> {
        let (n, ptr, component) = self.deref(n, ptr, "parameters")?;
        let doc = n.doc;
        let m = n.v.as_object()?;
        let location = match m.fget("in").and_then(Value::as_str) {
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
        let schema = self
            .member(n, "schema")
            .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
        let content = self.content(n, &ptr);
        Some(Parameter {
            name: s(m.fget("name")).unwrap_or_default(),
            location,
            required: b(m.fget("required")),
            deprecated: b(m.fget("deprecated")),
            description: s(m.fget("description")),
            style,
            explode,
            allow_reserved: b(m.fget("allowReserved")),
            allow_empty_value: b(m.fget("allowEmptyValue")),
            schema,
            content,
            examples: self.examples(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    /// The `example` and `examples` of the object node `n` (at `ptr`).
    pub(super) fn examples(&mut self, n: Node<'a>, ptr: &str) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(v) = n.v.fget("example") {
            out.push(Example {
                name: None,
                summary: None,
                description: None,
                value: Some(self.example_value(v)),
                external_value: None,
                component: None,
            });
        }
        if let Some(exn) = self.member(n, "examples")
            && exn.v.is_object()
        {
            let base = join(ptr, "examples");
            for (name, en) in self.members(exn) {
                if let Some(e) = self.example(en, &join(&base, name), Some(name.clone())) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The shared copy of the example value `v` (see `example_memo`).
    pub(super) fn example_value(&mut self, v: &'a Value) -> Arc<Value> {
        self.example_memo
            .entry(v as *const Value as usize)
            .or_insert_with(|| Arc::new(v.clone()))
            .clone()
    }

    pub(super) fn example(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        name: Option<String>,
    ) -> Option<Example> {
        let (n, _, component) = self.deref(n, ptr, "examples")?;
        let m = n.v.as_object()?;
        Some(Example {
            name,
            summary: s(m.fget("summary")),
            description: s(m.fget("description")),
            value: m
                .fget("value")
                .or_else(|| m.fget("dataValue"))
                .map(|v| self.example_value(v)),
            external_value: s(m.fget("externalValue")),
            component,
        })
    }

    /// The `content` map of the object node `owner` (at `owner_ptr`).
    pub(super) fn content(&mut self, owner: Node<'a>, owner_ptr: &str) -> Vec<MediaType> {
        let Some(cn) = self.member(owner, "content") else {
            return Vec::new();
        };
        let doc = owner.doc;
        let cptr = join(owner_ptr, "content");
        let mut out = Vec::new();
        for (mt, n) in self.members(cn) {
            let Some(m) = n.v.as_object() else {
                continue;
            };
            let ptr = join(&cptr, mt);
            let schema = self
                .member(n, "schema")
                .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
            let item_schema = self
                .member(n, "itemSchema")
                .map(|sn| self.schema_node(sn, &|| join(&ptr, "itemSchema")));
            let mut encoding = Map::new();
            if let Some(Value::Object(enc)) = m.fget("encoding") {
                for (prop, e) in enc {
                    let Some(em) = e.as_object() else { continue };
                    let eptr = join(&join(&ptr, "encoding"), prop);
                    let headers = self.headers(doc, &eptr, em.fget("headers"));
                    encoding.insert(
                        prop.clone(),
                        Encoding {
                            content_type: s(em.fget("contentType")),
                            headers,
                            style: em
                                .fget("style")
                                .and_then(Value::as_str)
                                .and_then(parse_style),
                            explode: em.fget("explode").and_then(Value::as_bool),
                            allow_reserved: b(em.fget("allowReserved")),
                        },
                    );
                }
            }
            out.push(MediaType {
                media_type: mt.clone(),
                schema,
                item_schema,
                examples: self.examples(n, &ptr),
                encoding,
                extensions: extensions(m),
                loc: self.loc_node(n, ptr),
            });
        }
        out
    }

    pub(super) fn request_body(&mut self, n: Node<'a>, ptr: &str) -> Option<RequestBody> {
        let (n, ptr, component) = self.deref(n, ptr, "requestBodies")?;
        let m = n.v.as_object()?;
        Some(RequestBody {
            description: s(m.fget("description")),
            required: b(m.fget("required")),
            content: self.content(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    pub(super) fn response(
        &mut self,
        n: Node<'a>,
        ptr: &str,
        status: StatusKey,
    ) -> Option<Response> {
        let (n, ptr, component) = self.deref(n, ptr, "responses")?;
        let m = n.v.as_object()?;
        let headers = self.headers_of(n, &ptr);
        let mut links = Vec::new();
        if let Some(ln) = self.member(n, "links")
            && ln.v.is_object()
        {
            let base = join(&ptr, "links");
            for (name, l) in self.members(ln) {
                if let Some(l) = self.link(l, &join(&base, name), name) {
                    links.push(l);
                }
            }
        }
        Some(Response {
            status,
            description: s(m.fget("description")),
            headers,
            content: self.content(n, &ptr),
            links,
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    /// The `headers` map of the object node `owner` (at `owner_ptr`).
    pub(super) fn headers_of(&mut self, owner: Node<'a>, owner_ptr: &str) -> Vec<Header> {
        let Some(hn) = self.member(owner, "headers") else {
            return Vec::new();
        };
        let hptr = join(owner_ptr, "headers");
        self.members(hn)
            .filter_map(|(name, n)| self.header(n, &join(&hptr, name), name))
            .collect()
    }

    /// The `headers` of an encoding object (located by pointer: encodings are rare).
    pub(super) fn headers(
        &mut self,
        doc: usize,
        owner_ptr: &str,
        v: Option<&Value>,
    ) -> Vec<Header> {
        if !matches!(v, Some(Value::Object(_))) {
            return Vec::new();
        }
        match self.node_at(doc, owner_ptr) {
            Some(n) => self.headers_of(n, owner_ptr),
            None => Vec::new(),
        }
    }

    pub(super) fn header(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Header> {
        let (n, ptr, component) = self.deref(n, ptr, "headers")?;
        let m = n.v.as_object()?;
        let schema = self
            .member(n, "schema")
            .map(|sn| self.schema_node(sn, &|| join(&ptr, "schema")));
        let (style, explode) = style_explode(m, ParamLocation::Header);
        Some(Header {
            name: name.to_string(),
            description: s(m.fget("description")),
            required: b(m.fget("required")),
            deprecated: b(m.fget("deprecated")),
            style,
            explode,
            schema,
            content: self.content(n, &ptr),
            examples: self.examples(n, &ptr),
            component,
            extensions: extensions(m),
            loc: self.loc_node(n, ptr),
        })
    }

    pub(super) fn link(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Link> {
        let (n, ptr, component) = self.deref(n, ptr, "links")?;
        let doc = n.doc;
        let m = n.v.as_object()?;
        let server = self
            .servers(
                doc,
                &ptr,
                m.fget("server")
                    .map(|sv| Value::Array(vec![sv.clone()]))
                    .as_ref(),
            )
            .into_iter()
            .next();
        Some(Link {
            name: name.to_string(),
            operation_ref: s(m.fget("operationRef")),
            operation_id: s(m.fget("operationId")),
            parameters: m
                .fget("parameters")
                .and_then(Value::as_object)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
            request_body: m.fget("requestBody").cloned(),
            description: s(m.fget("description")),
            server,
            component,
            loc: self.loc_node(n, ptr),
        })
    }

    pub(super) fn callback(&mut self, n: Node<'a>, ptr: &str, name: &str) -> Option<Callback> {
        let (n, ptr, component) = self.deref(n, ptr, "callbacks")?;
        n.v.as_object()?;
        let mut operations = Vec::new();
        for (expr, en) in self.members(n) {
            if expr.starts_with("x-") {
                continue;
            }
            if let Some((_, ops)) = self.path_item(en, &join(&ptr, expr), expr, &[], &[]) {
                operations.extend(ops);
            }
        }
        Some(Callback {
            name: name.to_string(),
            operations,
            component,
            loc: self.loc_node(n, ptr),
        })
    }
}
