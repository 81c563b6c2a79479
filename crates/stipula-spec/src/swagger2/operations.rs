//! Paths and operations: path items, request bodies (body and formData parameters) and
//! `collectionFormat` styles.

use super::*;

impl<'a> Conv<'a> {
    // ---- paths and operations ----------------------------------------------------

    pub(super) fn paths(&mut self, s: Src<'_>) -> Value {
        self.entries(s, Self::path_item)
    }

    /// The root's `paths` (2.0 node `n`), taken out of the 2.0 tree: as [`Conv::paths`], each
    /// path item freed once it is upgraded.
    pub(super) fn paths_taken(&mut self, n: u32) -> Value {
        let pos: &'a PosIndex = self.pos;
        let Some(Value::Object(paths)) = self.paths.take() else {
            self.copy_index(n);
            return Value::Null;
        };
        let i = self.open_n(n);
        let mut out = Map::with_capacity(paths.len());
        for (p_n, (k, item)) in pos.numbered(n, paths.into_iter()) {
            let v = if k.starts_with("x-") {
                self.copy_index(p_n);
                item
            } else {
                self.path_item(Src { v: &item, n: p_n })
            };
            out.insert(k, v);
        }
        self.close(i);
        Value::Object(out)
    }

    /// A map whose members are all converted by `each` (paths, responses), `x-` extensions
    /// copied as they are; anything but an object is copied for validation to report.
    pub(super) fn entries<'s>(
        &mut self,
        s: Src<'s>,
        mut each: impl FnMut(&mut Self, Src<'s>) -> Value,
    ) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            let v = if k.starts_with("x-") {
                self.copy(c)
            } else {
                each(self, c)
            };
            o.m.insert(k.into(), v);
        }
        self.done(o)
    }

    pub(super) fn path_item<'s>(&mut self, s: Src<'s>) -> Value
    where
        'a: 's,
    {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let path_params: Vec<Param<'s>> = self
            .get(s, "parameters")
            .map(|p| self.elems(p).map(|e| self.param(e)).collect())
            .unwrap_or_default();
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            match k {
                "$ref" => {
                    let v = self.ref_value(c, Kind::PathItem);
                    o.m.insert(k.into(), v);
                }
                "parameters" => {
                    if let Some(v) = self.plain_parameters(c, &path_params, true) {
                        o.m.insert(k.into(), v);
                    }
                }
                _ if METHODS.contains(&k) => {
                    let v = self.operation(c, &path_params);
                    o.m.insert(k.into(), v);
                }
                _ => self.extension_or_unknown(&mut o, k, c, "a field of a Swagger 2.0 path item"),
            }
        }
        self.done(o)
    }

    /// The `parameters` list of a path item or an operation without its `body` and
    /// `formData` members (they become the request body), written at `at`; `None` when
    /// nothing is left, unless `keep_empty` and the 2.0 list itself was empty.
    fn plain_parameters(
        &mut self,
        at: Src<'_>,
        params: &[Param<'_>],
        keep_empty: bool,
    ) -> Option<Value> {
        let plain: Vec<&Param<'_>> = params
            .iter()
            .filter(|p| !matches!(p.location(), "body" | "formData"))
            .collect();
        if plain.is_empty() && !(keep_empty && params.is_empty()) {
            return None;
        }
        let i = self.open(at);
        let out = plain.into_iter().map(|p| self.parameter(p)).collect();
        self.close(i);
        Some(Value::Array(out))
    }

    pub(super) fn operation<'s>(&mut self, s: Src<'s>, path_params: &[Param<'s>]) -> Value
    where
        'a: 's,
    {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let strings = |v: &Value| -> std::borrow::Cow<'a, [String]> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect::<Vec<String>>()
                })
                .unwrap_or_default()
                .into()
        };
        // The global media types are borrowed, not copied per operation.
        let g: &'a Globals = self.g;
        let consumes = field(s.v, "consumes").map_or_else(
            || std::borrow::Cow::Borrowed(g.consumes.as_slice()),
            strings,
        );
        let produces = field(s.v, "produces").map_or_else(
            || std::borrow::Cow::Borrowed(g.produces.as_slice()),
            strings,
        );
        let own: Vec<Param<'s>> = self
            .get(s, "parameters")
            .map(|p| self.elems(p).map(|e| self.param(e)).collect())
            .unwrap_or_default();
        // The body and form fields, path-level ones first unless the operation redefines them.
        let own_keys: Vec<(&str, &str)> = own.iter().map(Param::key).collect();
        let mut body: Option<&Param<'s>> = None;
        let mut form: Vec<&Param<'s>> = Vec::new();
        for p in path_params
            .iter()
            .filter(|p| !own_keys.contains(&p.key()))
            .chain(own.iter())
        {
            match p.location() {
                "body" => body = Some(p),
                "formData" => form.push(p),
                _ => {}
            }
        }
        if let (Some(b), false) = (body, form.is_empty()) {
            self.warn(
                "swagger2-body-and-form",
                b.at,
                "an operation with both a body parameter and formData parameters: the form fields are dropped".into(),
                "keep one of the two; Swagger 2.0 allows only one",
            );
            form.clear();
        }
        let needs_body = body.is_some() || !form.is_empty();
        let mut body_done = false;
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            match k {
                "consumes" | "produces" => {}
                "parameters" => {
                    if let Some(v) = self.plain_parameters(c, &own, false) {
                        o.m.insert(k.into(), v);
                    }
                    if needs_body && !body_done {
                        body_done = true;
                        let v = self.op_body(body, &form, &consumes);
                        o.m.insert("requestBody".into(), v);
                    }
                }
                "responses" => {
                    if needs_body && !body_done {
                        body_done = true;
                        let v = self.op_body(body, &form, &consumes);
                        o.m.insert("requestBody".into(), v);
                    }
                    let v = self.responses(c, &produces);
                    o.m.insert(k.into(), v);
                }
                "schemes" => {
                    let root = Src {
                        v: &self.d.value,
                        n: 0,
                    };
                    if let Some(v) = self.servers(root, c, true) {
                        o.m.insert("servers".into(), v);
                    }
                }
                "security" => {
                    let v = self.security(c);
                    o.m.insert(k.into(), v);
                }
                "tags" | "summary" | "description" | "externalDocs" | "operationId"
                | "deprecated" => {
                    self.keep(&mut o, k, c);
                }
                _ => self.extension_or_unknown(&mut o, k, c, "a field of a Swagger 2.0 operation"),
            }
        }
        if needs_body && !body_done {
            let v = self.op_body(body, &form, &consumes);
            o.m.insert("requestBody".into(), v);
        }
        self.done(o)
    }

    pub(super) fn op_body(
        &mut self,
        body: Option<&Param<'_>>,
        form: &[&Param<'_>],
        consumes: &[String],
    ) -> Value {
        match body {
            Some(b) => self.body_ref_or_inline(b, consumes),
            None => self.form_body(form, consumes),
        }
    }

    /// A body parameter as a request body: a ref stays a ref (to `requestBodies`).
    pub(super) fn body_ref_or_inline(&mut self, p: &Param<'_>, consumes: &[String]) -> Value {
        // A shared body parameter is a `requestBodies` component with the global media
        // types; where the operation consumes others, it is inlined with those.
        let own_types = consumes != self.g.consumes.as_slice();
        if own_types && let Some(local) = p.local {
            return self.request_body(local, consumes);
        }
        if let Some(r) = p.reference {
            return self.ref_object(p.at, p.at, r, Kind::RequestBody);
        }
        self.request_body(p.at, consumes)
    }

    pub(super) fn request_body(&mut self, s: Src<'_>, consumes: &[String]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let mts: Vec<String> = if consumes.is_empty() {
            vec!["application/json".into()]
        } else {
            consumes.to_vec()
        };
        let mut o = self.obj_like(s);
        let schema = self.get(s, "schema");
        for (k, c) in self.kids(s) {
            match k {
                "description" | "required" => {
                    self.keep(&mut o, k, c);
                }
                "schema" => {
                    let mut content = self.obj_sized(c, mts.len());
                    let mut first = None;
                    for (i, mt) in mts.iter().enumerate() {
                        let mut m = self.obj_sized(c, 1);
                        let v = self.schema_per_media_type(c, &mut first, i + 1 == mts.len());
                        m.m.insert("schema".into(), v);
                        let v = self.done(m);
                        content.m.insert(mt.clone(), v);
                    }
                    let v = self.done(content);
                    o.m.insert("content".into(), v);
                }
                "name" | "in" => {}
                _ if k.starts_with("x-") => {
                    self.keep(&mut o, k, c);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` has no meaning on a body parameter; it is dropped"),
                    "remove it",
                ),
            }
        }
        if schema.is_none() {
            self.warn(
                "swagger2-body-schema",
                s,
                "a body parameter without `schema`: the request body accepts anything".into(),
                "add `schema` to the body parameter",
            );
            let mut content = self.obj(s);
            for mt in &mts {
                let m = self.obj(s);
                let v = self.done(m);
                content.m.insert(mt.clone(), v);
            }
            let v = self.done(content);
            o.m.insert("content".into(), v);
        }
        self.done(o)
    }

    /// formData parameters as one form request body.
    pub(super) fn form_body<'s>(&mut self, form: &[&Param<'s>], consumes: &[String]) -> Value {
        let at = form[0].at;
        let has_file = form
            .iter()
            .any(|p| p.value.and_then(|v| field(v, "type")) == Some(&Value::from("file")));
        let mut mts: Vec<&str> = consumes
            .iter()
            .map(String::as_str)
            .filter(|m| crate::media::is_form_body(m))
            .collect();
        if mts.is_empty() {
            mts.push(if has_file {
                "multipart/form-data"
            } else {
                "application/x-www-form-urlencoded"
            });
        } else if has_file
            && !mts
                .iter()
                .any(|m| crate::media::essence(m) == "multipart/form-data")
        {
            self.warn(
                "swagger2-form-file",
                at,
                "a `type: file` form field, but the operation does not consume `multipart/form-data`: the body is multipart".into(),
                "add `multipart/form-data` to `consumes`",
            );
            mts = vec!["multipart/form-data"];
        }
        // Fields from other files cannot be inlined with their positions: reported.
        let mut fields: Vec<Src<'s>> = Vec::new();
        for p in form {
            match p.local {
                Some(l) => fields.push(l),
                None => self.error(
                    "swagger2-form-ref",
                    p.at,
                    "a formData parameter `$ref` into another file: its field cannot be placed in this operation's form body".into(),
                    "define the formData parameter in this file (or in its `parameters` section)",
                ),
            }
        }
        let required = form
            .iter()
            .any(|p| p.value.and_then(|v| field(v, "required")) == Some(&Value::Bool(true)));
        let mut o = self.obj(at);
        let mut content = self.obj(at);
        for mt in mts {
            let mut m = self.obj(at);
            let mut schema = self.obj(at);
            let v = self.text(at, "object");
            schema.m.insert("type".into(), v);
            let mut props = self.obj(at);
            for f in &fields {
                let name = field(f.v, "name").and_then(Value::as_str).unwrap_or("");
                if props.m.contains_key(name) {
                    continue;
                }
                let v = self.param_schema(*f, true);
                props.m.insert(name.into(), v);
            }
            let v = self.done(props);
            schema.m.insert("properties".into(), v);
            let req: Vec<Src<'s>> = fields
                .iter()
                .filter(|f| field(f.v, "required") == Some(&Value::Bool(true)))
                .copied()
                .collect();
            if !req.is_empty() {
                let i = self.open(at);
                let mut names = Vec::new();
                for f in req {
                    let at = self.get(f, "required").unwrap_or(f);
                    let name = field(f.v, "name").and_then(Value::as_str).unwrap_or("");
                    if !names.iter().any(|n: &Value| n.as_str() == Some(name)) {
                        names.push(self.text(at, name));
                    }
                }
                self.close(i);
                schema.m.insert("required".into(), Value::Array(names));
            }
            let v = self.done(schema);
            m.m.insert("schema".into(), v);
            // Array fields: the collection format as the field's encoding.
            let enc_fields: Vec<(Src<'s>, &str, &str)> = fields
                .iter()
                .filter(|f| field(f.v, "type").and_then(Value::as_str) == Some("array"))
                .map(|f| {
                    let name = field(f.v, "name").and_then(Value::as_str).unwrap_or("");
                    let cf = field(f.v, "collectionFormat")
                        .and_then(Value::as_str)
                        .unwrap_or("csv");
                    (*f, name, cf)
                })
                .filter(|(_, _, cf)| *cf != "multi")
                .collect();
            if !enc_fields.is_empty() {
                let mut enc = self.obj(at);
                for (f, name, cf) in enc_fields {
                    if enc.m.contains_key(name) {
                        continue;
                    }
                    let cat = self.get(f, "collectionFormat").unwrap_or(f);
                    let mut e = self.obj(cat);
                    self.style(&mut e, cat, cf, "formData");
                    let v = self.done(e);
                    enc.m.insert(name.into(), v);
                }
                let v = self.done(enc);
                m.m.insert("encoding".into(), v);
            }
            let v = self.done(m);
            content.m.insert(mt.into(), v);
        }
        let v = self.done(content);
        o.m.insert("content".into(), v);
        if required {
            let v = self.leaf(at, Value::Bool(true));
            o.m.insert("required".into(), v);
        }
        for f in &fields {
            if let Some(a) = self.get(*f, "allowEmptyValue") {
                self.warn(
                    "swagger2-allow-empty",
                    a,
                    "`allowEmptyValue` on a form field has no OpenAPI 3 equivalent; it is dropped"
                        .into(),
                    "describe the empty value in the field's schema (e.g. `minLength: 0`)",
                );
            }
        }
        self.done(o)
    }

    /// `style`/`explode` for `collectionFormat` `cf` of an array in `location`, into `o`.
    pub(super) fn style(&mut self, o: &mut Obj, at: Src<'_>, cf: &str, location: &str) {
        let query_like = matches!(location, "query" | "formData");
        let (style, explode): (Option<&str>, Option<bool>) = match (cf, query_like) {
            ("csv", true) => (Some("form"), Some(false)),
            ("csv", false) => (None, None),
            ("multi", true) => (Some("form"), Some(true)),
            ("ssv", true) => (Some("spaceDelimited"), Some(false)),
            ("pipes", true) => (Some("pipeDelimited"), Some(false)),
            ("tsv", _) => {
                self.warn(
                    "swagger2-tsv",
                    at,
                    "`collectionFormat: tsv` has no OpenAPI 3 style: kept as the extension `x-collectionFormat: tsv`, read as comma-separated by tools that ignore it".into(),
                    "use `csv`, `ssv` or `pipes` if the server accepts it",
                );
                let v = self.text(at, "tsv");
                o.m.insert("x-collectionFormat".into(), v);
                return;
            }
            (other, _) => {
                let known = matches!(other, "csv" | "multi" | "ssv" | "pipes");
                let msg = if known {
                    format!(
                        "`collectionFormat: {other}` is not allowed in {location}: kept as the extension `x-collectionFormat`"
                    )
                } else {
                    format!(
                        "unknown `collectionFormat: {other}`: kept as the extension `x-collectionFormat`, read as comma-separated"
                    )
                };
                self.warn(
                    "swagger2-collection-format",
                    at,
                    msg,
                    "use one of csv, ssv, tsv, pipes (and multi in query or formData)",
                );
                let v = self.text(at, other);
                o.m.insert("x-collectionFormat".into(), v);
                return;
            }
        };
        if let Some(s) = style {
            let v = self.text(at, s);
            o.m.insert("style".into(), v);
        }
        if let Some(e) = explode {
            let v = self.leaf(at, Value::Bool(e));
            o.m.insert("explode".into(), v);
        }
    }
}
