//! Parameters, responses, headers, security schemes and schemas.

use super::*;

impl<'a> Conv<'a> {
    // ---- parameters, responses, headers ------------------------------------------

    /// A non-body parameter (a ref stays a ref).
    pub(super) fn parameter(&mut self, p: &Param<'_>) -> Value {
        if let Some(r) = p.reference {
            return self.ref_object(p.at, p.at, r, Kind::Parameter);
        }
        let s = p.at;
        if !s.v.is_object() {
            return self.copy(s);
        }
        self.typed_object(s, true)
    }

    /// A non-body parameter (`param`) or a header object `s`: its type keywords
    /// ([`SCHEMA_KEYS`]) become its `schema`, `collectionFormat` its style.
    fn typed_object(&mut self, s: Src<'_>, param: bool) -> Value {
        let location = if param {
            field(s.v, "in").and_then(Value::as_str).unwrap_or("")
        } else {
            "header"
        };
        let is_array = field(s.v, "type").and_then(Value::as_str) == Some("array");
        let mut o = self.obj_like(s);
        let mut schema_done = false;
        for (k, c) in self.kids(s) {
            match k {
                "description" => self.keep(&mut o, k, c),
                "name" | "in" | "required" if param => self.keep(&mut o, k, c),
                "allowEmptyValue" if param => {
                    if location == "query" {
                        self.keep(&mut o, k, c);
                    } else {
                        self.warn(
                            "swagger2-allow-empty",
                            c,
                            format!("`allowEmptyValue` applies to query parameters only; dropped from this {location} parameter"),
                            "remove it",
                        );
                    }
                }
                "x-example" => {
                    if !o.m.contains_key("example") {
                        let v = self.copy(c);
                        o.m.insert("example".into(), v);
                    }
                }
                "collectionFormat" => {}
                _ if SCHEMA_KEYS.contains(&k) => {
                    if !schema_done {
                        schema_done = true;
                        if is_array {
                            // No `collectionFormat` is csv, which only query parameters spell.
                            let cf_at = self.get(s, "collectionFormat");
                            let cf = cf_at.and_then(|c| c.v.as_str()).unwrap_or("csv");
                            self.style(&mut o, cf_at.unwrap_or(c), cf, location);
                        }
                        let v = self.param_schema(s, false);
                        o.m.insert("schema".into(), v);
                    }
                }
                _ if param => {
                    self.extension_or_unknown(&mut o, k, c, "a field of a Swagger 2.0 parameter")
                }
                _ => self.extension_or_unknown(&mut o, k, c, "a field of a Swagger 2.0 header"),
            }
        }
        if !schema_done {
            let m = self.obj(s);
            let v = self.done(m);
            o.m.insert("schema".into(), v);
        }
        if param && field(s.v, "type").and_then(Value::as_str) == Some("file") {
            self.warn(
                "swagger2-file",
                s,
                format!("`type: file` is only meaningful for formData parameters; this {location} parameter is read as a binary string"),
                "make it a formData parameter of a multipart/form-data operation",
            );
        }
        self.done(o)
    }

    /// The schema of a parameter, header or items object `s` (its schema keys, in order).
    /// With `with_description`, the description goes into the schema (form fields).
    pub(super) fn param_schema(&mut self, s: Src<'_>, with_description: bool) -> Value {
        let first = self
            .kids(s)
            .find(|(k, _)| SCHEMA_KEYS.contains(k))
            .map_or(s, |(_, c)| c);
        let is_file = field(s.v, "type").and_then(Value::as_str) == Some("file");
        let n = self
            .kids(s)
            .filter(|(k, _)| SCHEMA_KEYS.contains(k))
            .count();
        let mut o = self.obj_sized(first, n + usize::from(with_description));
        for (k, c) in self.kids(s) {
            match k {
                "type" if is_file => {
                    self.file_type(&mut o, s, c);
                }
                "format" if is_file => {
                    let v = self.text(c, "binary");
                    o.m.insert("format".into(), v);
                }
                "items" => {
                    let v = self.items(c, 0);
                    o.m.insert(k.into(), v);
                }
                "x-nullable" if !o.m.contains_key("nullable") => {
                    let v = self.copy(c);
                    o.m.insert("nullable".into(), v);
                }
                "x-nullable" => {}
                "description" if with_description => {
                    self.keep(&mut o, k, c);
                }
                "x-example" if with_description && !o.m.contains_key("example") => {
                    let v = self.copy(c);
                    o.m.insert("example".into(), v);
                }
                _ if SCHEMA_KEYS.contains(&k) => {
                    self.keep(&mut o, k, c);
                }
                _ => {}
            }
        }
        self.done(o)
    }

    /// A 2.0 items object (of a parameter or header) as a schema.
    pub(super) fn items(&mut self, s: Src<'_>, depth: usize) -> Value {
        if !s.v.is_object() || field(s.v, "$ref").is_some() || depth > MAX_DEPTH {
            return self.schema(s, depth);
        }
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            match k {
                "items" => {
                    let v = self.items(c, depth + 1);
                    o.m.insert(k.into(), v);
                }
                "collectionFormat" => {
                    if c.v.as_str() != Some("csv") {
                        self.warn(
                            "swagger2-collection-format",
                            c,
                            "a nested `collectionFormat` (of an array inside an array) has no OpenAPI 3 style: kept as the extension `x-collectionFormat`".into(),
                            "flatten the parameter, or describe the format in the description",
                        );
                    }
                    let v = self.copy(c);
                    o.m.insert("x-collectionFormat".into(), v);
                }
                "x-nullable" => {
                    if !o.m.contains_key("nullable") {
                        let v = self.copy(c);
                        o.m.insert("nullable".into(), v);
                    }
                }
                "type" if c.v.as_str() == Some("file") => self.file_type(&mut o, s, c),
                _ => {
                    self.keep(&mut o, k, c);
                }
            }
        }
        self.done(o)
    }

    pub(super) fn responses(&mut self, s: Src<'_>, produces: &[String]) -> Value {
        self.entries(s, |this, c| this.response(c, produces))
    }

    pub(super) fn response(&mut self, s: Src<'_>, produces: &[String]) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        if let Some(r) = field(s.v, "$ref").and_then(Value::as_str) {
            // A shared response is a component with the global media types; where the
            // operation produces others, it is inlined with those (as shared bodies are).
            if produces != self.g.produces.as_slice()
                && let Some(target) = self.local_response(r)
            {
                return self.response(target, produces);
            }
            let at = self.get(s, "$ref").unwrap_or(s);
            return self.ref_object(s, at, r, Kind::Response);
        }
        let schema = self.get(s, "schema");
        let examples = self.get(s, "examples");
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            match k {
                "description" => {
                    self.keep(&mut o, k, c);
                }
                "headers" => {
                    let mut h = self.obj_like(c);
                    for (name, hs) in self.kids(c) {
                        let v = self.header(hs);
                        h.m.insert(name.into(), v);
                    }
                    let v = self.done(h);
                    o.m.insert(k.into(), v);
                }
                "schema" | "examples" => {
                    if !o.m.contains_key("content") {
                        let v = self.response_content(schema, examples, produces, c);
                        o.m.insert("content".into(), v);
                    }
                }
                _ => self.extension_or_unknown(&mut o, k, c, "a field of a Swagger 2.0 response"),
            }
        }
        self.done(o)
    }

    /// The response a `$ref` found in this document reaches, when it is in this document,
    /// has content to write (`schema` or `examples`) and is not itself a ref.
    pub(super) fn local_response(&self, r: &str) -> Option<Src<'a>> {
        let set: &'a DocSet = self.set;
        let t = set.resolve_loaded(self.doc, "", r).ok()?;
        if t.doc != self.doc {
            return None;
        }
        let (n, v) = set.docs[t.doc].find(&t.pointer)?;
        let m = v.as_object()?;
        let has_content = m.contains_key("schema") || m.contains_key("examples");
        (has_content && !m.contains_key("$ref")).then_some(Src { v, n })
    }

    pub(super) fn response_content<'s>(
        &mut self,
        schema: Option<Src<'_>>,
        examples: Option<Src<'s>>,
        produces: &[String],
        at: Src<'_>,
    ) -> Value {
        let examples: Vec<(&'s str, Src<'s>)> =
            examples.map(|e| self.kids(e).collect()).unwrap_or_default();
        let mut mts: Vec<String> = Vec::new();
        if schema.is_some() {
            if produces.is_empty() {
                mts.push("application/json".into());
            } else {
                mts.extend(produces.iter().cloned());
            }
        }
        for (mt, _) in &examples {
            if !mts.iter().any(|m| m == mt) {
                mts.push((*mt).to_string());
            }
        }
        let mut content = self.obj_sized(at, mts.len());
        let count = mts.len();
        let mut first = None;
        for (k, mt) in mts.into_iter().enumerate() {
            let ex = examples.iter().find(|(m, _)| *m == mt).map(|(_, e)| *e);
            let mut m = self.obj_sized(
                schema.or(ex).unwrap_or(at),
                usize::from(schema.is_some()) + usize::from(ex.is_some()),
            );
            if let Some(sc) = schema {
                let v = self.schema_per_media_type(sc, &mut first, k + 1 == count);
                m.m.insert("schema".into(), v);
            }
            if let Some(e) = ex {
                let v = self.copy(e);
                m.m.insert("example".into(), v);
            }
            let v = self.done(m);
            content.m.insert(mt, v);
        }
        self.done(content)
    }

    pub(super) fn header(&mut self, s: Src<'_>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        self.typed_object(s, false)
    }

    pub(super) fn security_scheme(&mut self, s: Src<'a>) -> Value {
        if !s.v.is_object() {
            return self.copy(s);
        }
        let ty = field(s.v, "type").and_then(Value::as_str).unwrap_or("");
        let flow = field(s.v, "flow").and_then(Value::as_str).unwrap_or("");
        let mut o = self.obj_like(s);
        for (k, c) in self.kids(s) {
            match (k, ty) {
                ("type", "basic") => {
                    let v = self.text(c, "http");
                    o.m.insert("type".into(), v);
                    let v = self.text(c, "basic");
                    o.m.insert("scheme".into(), v);
                }
                ("type" | "description", _) | ("name" | "in", "apiKey") => {
                    self.keep(&mut o, k, c);
                }
                ("flow", "oauth2") => {
                    let name = match flow {
                        "implicit" => "implicit",
                        "password" => "password",
                        "application" => "clientCredentials",
                        "accessCode" => "authorizationCode",
                        other => {
                            self.warn(
                                "swagger2-oauth-flow",
                                c,
                                format!("unknown OAuth2 flow `{other}`: the scheme gets no flow"),
                                "use implicit, password, application or accessCode",
                            );
                            continue;
                        }
                    };
                    let mut flows = self.obj(c);
                    let mut f = self.obj(c);
                    for key in ["authorizationUrl", "tokenUrl", "scopes"] {
                        match self.get(s, key) {
                            Some(u) => {
                                let v = self.copy(u);
                                f.m.insert(key.into(), v);
                            }
                            None if key == "scopes" => {
                                let m = self.obj(c);
                                let v = self.done(m);
                                f.m.insert(key.into(), v);
                            }
                            None => {}
                        }
                    }
                    let v = self.done(f);
                    flows.m.insert(name.into(), v);
                    let v = self.done(flows);
                    o.m.insert("flows".into(), v);
                }
                ("authorizationUrl" | "tokenUrl" | "scopes", "oauth2") => {}
                _ if k.starts_with("x-") => {
                    self.keep(&mut o, k, c);
                }
                _ => self.warn(
                    "swagger2-unknown",
                    c,
                    format!("`{k}` is not a field of a Swagger 2.0 `{ty}` security scheme; it is dropped"),
                    "remove it",
                ),
            }
        }
        self.done(o)
    }

    /// `type: file` (member `c` of `s`) as a binary string: `type: string`, and
    /// `format: binary` unless `s` has a `format` (then that member becomes it).
    fn file_type(&mut self, o: &mut Obj, s: Src<'_>, c: Src<'_>) {
        let v = self.text(c, "string");
        o.m.insert("type".into(), v);
        if field(s.v, "format").is_none() {
            let v = self.text(c, "binary");
            o.m.insert("format".into(), v);
        }
    }

    // ---- schemas -----------------------------------------------------------------

    pub(super) fn schema(&mut self, s: Src<'_>, depth: usize) -> Value {
        if !s.v.is_object() || depth > MAX_DEPTH {
            return self.copy(s);
        }
        let is_file = field(s.v, "type").and_then(Value::as_str) == Some("file");
        let mut o = self.obj_like(s);
        if field(s.v, "$ref").is_some() && field(s.v, "x-nullable") == Some(&Value::Bool(true)) {
            // `$ref` + `x-nullable: true` (go-swagger's "this, or null"): a ref's siblings
            // are ignored, so the ref moves into `allOf` and `nullable` applies to it.
            for (k, c) in self.kids(s) {
                match k {
                    "$ref" => {
                        let i = self.open(c);
                        let mut inner = self.obj_sized(c, 1);
                        let v = self.ref_value(c, Kind::Schema);
                        inner.m.insert("$ref".into(), v);
                        let v = self.done(inner);
                        self.close(i);
                        o.m.insert("allOf".into(), Value::Array(vec![v]));
                    }
                    "x-nullable" | "nullable" => {
                        if !o.m.contains_key("nullable") {
                            let v = self.copy(c);
                            o.m.insert("nullable".into(), v);
                        }
                    }
                    "allOf" => {}
                    _ => {
                        self.keep(&mut o, k, c);
                    }
                }
            }
            return self.done(o);
        }
        for (k, c) in self.kids(s) {
            match k {
                "$ref" => {
                    let v = self.ref_value(c, Kind::Schema);
                    o.m.insert(k.into(), v);
                }
                "type" if is_file => {
                    self.file_type(&mut o, s, c);
                }
                "format" if is_file => {
                    let v = self.text(c, "binary");
                    o.m.insert("format".into(), v);
                }
                "x-nullable" => {
                    if field(s.v, "nullable").is_none() {
                        let v = self.copy(c);
                        o.m.insert("nullable".into(), v);
                    }
                }
                "discriminator" => {
                    let v = match c.v.as_str() {
                        Some(name) => {
                            let mut d = self.obj_sized(c, 1);
                            let v = self.text(c, name);
                            d.m.insert("propertyName".into(), v);
                            self.done(d)
                        }
                        None => self.copy(c),
                    };
                    o.m.insert(k.into(), v);
                }
                "collectionFormat" => {
                    self.warn(
                        "swagger2-collection-format",
                        c,
                        "`collectionFormat` has no meaning in a schema: kept as the extension `x-collectionFormat`".into(),
                        "remove it",
                    );
                    let v = self.copy(c);
                    o.m.insert("x-collectionFormat".into(), v);
                }
                "properties" | "patternProperties" | "definitions" => {
                    let v = if c.v.is_object() {
                        let mut m = self.obj_like(c);
                        for (name, p) in self.kids(c) {
                            let v = self.schema(p, depth + 1);
                            m.m.insert(name.into(), v);
                        }
                        self.done(m)
                    } else {
                        self.copy(c)
                    };
                    o.m.insert(k.into(), v);
                }
                "items" | "additionalProperties" | "not" | "additionalItems" => {
                    let v = match c.v {
                        Value::Array(_) => {
                            self.warn_tuple(c);
                            self.schema_list(c, depth)
                        }
                        _ => self.schema(c, depth + 1),
                    };
                    o.m.insert(k.into(), v);
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let v = self.schema_list(c, depth);
                    o.m.insert(k.into(), v);
                }
                _ => {
                    self.keep(&mut o, k, c);
                }
            }
        }
        self.done(o)
    }

    /// Upgrade schema `v`, which is 2.0 node `n` (an owned subtree: the root's
    /// `definitions`, see `take_members`), in place: only what changes is touched (a
    /// `$ref` rewritten, the schemas below), everything else stays where the parser put it.
    /// An object with a member whose 3.0 form has another shape (`x-nullable`, `type:
    /// file`, a `discriminator` name, `collectionFormat`) is rebuilt by [`Conv::schema`],
    /// as is everything the upgrade does not own; the two agree member for member (the
    /// corpus's 2.0 documents convert to the same bytes either way).
    pub(super) fn schema_mut(&mut self, v: &mut Value, n: u32, depth: usize) {
        let pos: &'a PosIndex = self.pos;
        let Value::Object(m) = v else {
            self.copy_index(n);
            return;
        };
        let reshaped = m.iter().any(|(k, c)| match k.as_str() {
            "x-nullable" | "collectionFormat" => true,
            "type" => c.as_str() == Some("file"),
            "discriminator" => c.is_string(),
            _ => false,
        });
        if reshaped || depth > MAX_DEPTH {
            let src = std::mem::take(v);
            let start = self.raw.len();
            *v = self.schema(Src { v: &src, n }, depth);
            if let Some(d) = &mut self.direct {
                let end = u32::try_from(self.raw.len()).unwrap_or(u32::MAX);
                d.rebuilt
                    .push((u32::try_from(start).unwrap_or(u32::MAX), end));
            }
            return;
        }
        let i = self.open_n(n);
        for (c_n, (k, c)) in pos.numbered(n, m.iter_mut()) {
            match (k.as_str(), c) {
                ("$ref", Value::String(r)) => {
                    *r = self.rewrite_ref(r, Kind::Schema);
                    let j = self.open_n(c_n);
                    self.close(j);
                }
                ("properties" | "patternProperties" | "definitions", Value::Object(props)) => {
                    let j = self.open_n(c_n);
                    for (p_n, p) in pos.numbered(c_n, props.values_mut()) {
                        self.schema_mut(p, p_n, depth + 1);
                    }
                    self.close(j);
                }
                ("items" | "additionalProperties" | "not" | "additionalItems", c) => {
                    if c.is_array() {
                        self.warn_tuple(Src { v: c, n: c_n });
                        self.schema_list_mut(c, c_n, depth);
                    } else {
                        self.schema_mut(c, c_n, depth + 1);
                    }
                }
                ("allOf" | "anyOf" | "oneOf", c) => self.schema_list_mut(c, c_n, depth),
                _ => self.copy_index(c_n),
            }
        }
        self.close(i);
    }

    /// [`Conv::schema_list`] in place (see [`Conv::schema_mut`]).
    fn schema_list_mut(&mut self, v: &mut Value, n: u32, depth: usize) {
        let pos: &'a PosIndex = self.pos;
        let Value::Array(items) = v else {
            self.copy_index(n);
            return;
        };
        let i = self.open_n(n);
        for (e_n, e) in pos.numbered(n, items.iter_mut()) {
            self.schema_mut(e, e_n, depth + 1);
        }
        self.close(i);
    }

    /// The warning for `items` (or `additionalProperties`...) written as a list.
    fn warn_tuple(&mut self, c: Src<'_>) {
        self.warn(
            "swagger2-tuple-items",
            c,
            "`items` as a list (a tuple, allowed by the 2.0 JSON Schema) has no OpenAPI 3.0 form: it is read as JSON Schema's tuple (3.1 `prefixItems`), and a 3.0 conversion keeps it as written".into(),
            "use `items: {...}` (one schema), or convert with `--to 3.1`",
        );
    }

    pub(super) fn schema_list(&mut self, s: Src<'_>, depth: usize) -> Value {
        if !s.v.is_array() {
            return self.copy(s);
        }
        let i = self.open(s);
        let mut out = Vec::new();
        for e in self.elems(s) {
            out.push(self.schema(e, depth + 1));
        }
        self.close(i);
        Value::Array(out)
    }
}
