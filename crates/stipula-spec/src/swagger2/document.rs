//! The upgraded document's top level: the root object, `servers`, `components`, the
//! names of components, and fragment documents (upgraded where refs reach them).

use super::*;

impl<'a> Conv<'a> {
    // ---- documents ---------------------------------------------------------------

    pub(super) fn full(&mut self, root: Src<'a>) -> Value {
        if !root.v.is_object() {
            return self.copy(root);
        }
        let mut o = self.obj_like(root);
        let version_at = self.get(root, "swagger").unwrap_or(root);
        if let Some(Value::String(s)) = self.get(root, "swagger").map(|s| s.v)
            && s != "2.0"
        {
            self.warn(
                "swagger2-version",
                version_at,
                format!("`swagger: {s}`: only Swagger 2.0 exists; read as 2.0"),
                "write `swagger: \"2.0\"`",
            );
        }
        let v = self.text(version_at, "3.0.3");
        o.m.insert("openapi".into(), v);
        for (k, c) in self.kids(root) {
            match k {
                "swagger" | "consumes" | "produces" | "openapi" => {}
                "host" | "basePath" | "schemes" => {
                    if !o.m.contains_key("servers")
                        && let Some(v) = self.servers(root, c, false)
                    {
                        o.m.insert("servers".into(), v);
                    }
                }
                "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                    if !o.m.contains_key("components") {
                        let v = self.components(root, c);
                        o.m.insert("components".into(), v);
                    }
                }
                "paths" if self.paths.is_some() => {
                    let v = self.paths_taken(c.n);
                    o.m.insert("paths".into(), v);
                }
                "paths" => {
                    let v = self.paths(c);
                    o.m.insert("paths".into(), v);
                }
                "security" => {
                    let v = self.security(c);
                    o.m.insert(k.into(), v);
                }
                "info" | "tags" | "externalDocs" => {
                    self.keep(&mut o, k, c);
                }
                _ => self.extension_or_unknown(&mut o, k, c, "a Swagger 2.0 field"),
            }
        }
        self.done(o)
    }

    /// `servers` from the root's `host`, `basePath` and `schemes` (or an operation's
    /// `schemes` when `schemes_at` is an operation's), placed at `at`.
    pub(super) fn servers(
        &mut self,
        root: Src<'_>,
        at: Src<'_>,
        op_schemes: bool,
    ) -> Option<Value> {
        let host = field(root.v, "host").and_then(Value::as_str);
        let base = field(root.v, "basePath")
            .and_then(Value::as_str)
            .unwrap_or("");
        let schemes_of = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let schemes = if op_schemes {
            schemes_of(at.v)
        } else {
            field(root.v, "schemes").map(schemes_of).unwrap_or_default()
        };
        let urls: Vec<String> = match host {
            None if base.is_empty() => return None,
            None => vec![base.to_string()],
            Some(h) if schemes.is_empty() => vec![format!("//{h}{base}")],
            Some(h) => schemes.iter().map(|s| format!("{s}://{h}{base}")).collect(),
        };
        if host.is_none() && !schemes.is_empty() {
            self.warn(
                "swagger2-schemes",
                at,
                "`schemes` without `host`: OpenAPI 3 server URLs relative to the document cannot name a scheme; the schemes are dropped".into(),
                "add `host`, or remove `schemes`",
            );
        }
        let arr = self.open(at);
        let mut out = Vec::new();
        for u in urls {
            let mut s = self.obj(at);
            let v = self.leaf(at, Value::String(u));
            s.m.insert("url".into(), v);
            out.push(self.done(s));
        }
        self.close(arr);
        Some(Value::Array(out))
    }

    /// The component key for `name` (warned about when it had to change).
    pub(super) fn key(&mut self, name: &str, at: Src<'a>, taken: &Map<String, Value>) -> String {
        self.assign_key_at(name, at.n, |k| taken.contains_key(k))
    }

    /// [`Conv::key`] with the keys taken so far asked through `taken`; warnings at node `n`.
    fn assign_key_at(&mut self, name: &str, n: u32, taken: impl Fn(&str) -> bool) -> String {
        let (k, collided) = assign_key(name, taken);
        if collided {
            self.report(
                Diagnostic::warning(
                    "swagger2-component-name",
                    format!("the name `{name}` collides with another component once made a valid OpenAPI 3 name: it becomes `{k}`, and refs to it reach the other one"),
                ),
                n,
                "rename one of the two in the 2.0 document",
            );
        } else if k != name {
            self.report(
                Diagnostic::warning(
                    "swagger2-component-name",
                    format!("the name `{name}` is not allowed as an OpenAPI 3 component name (letters, digits, `.`, `_`, `-`): it becomes `{k}`"),
                ),
                n,
                "rename it in the 2.0 document to keep control of the name",
            );
        }
        k
    }

    /// A security requirement list with the scheme names as [`Conv::key`] made them.
    pub(super) fn security(&mut self, s: Src<'_>) -> Value {
        if self.scheme_keys.is_empty() || !s.v.is_array() {
            return self.copy(s);
        }
        let i = self.open(s);
        let mut out = Vec::new();
        for e in self.elems(s) {
            if !e.v.is_object() {
                out.push(self.copy(e));
                continue;
            }
            let mut o = self.obj(e);
            for (name, scopes) in self.kids(e) {
                let v = self.copy(scopes);
                let k = match self.scheme_keys.get(name) {
                    Some(k) => k.clone(),
                    None => name.to_string(),
                };
                o.m.insert(k, v);
            }
            out.push(self.done(o));
        }
        self.close(i);
        Value::Array(out)
    }

    pub(super) fn components(&mut self, root: Src<'a>, at: Src<'a>) -> Value {
        let mut o = self.obj(at);
        for (k, c) in self.kids(root) {
            match k {
                "definitions" if self.defs.is_some() => {
                    let v = self.definitions_in_place(c.n);
                    o.m.insert("schemas".into(), v);
                }
                "definitions" => {
                    let mut m = self.obj_like(c);
                    for (name, s) in self.kids(c) {
                        let v = self.schema(s, 0);
                        let k = self.key(name, s, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("schemas".into(), v);
                }
                "parameters" => {
                    let entries: Vec<(&str, Param<'a>)> = self
                        .kids(c)
                        .map(|(name, s)| (name, self.param(s)))
                        .collect();
                    let plain: Vec<&(&str, Param<'a>)> = entries
                        .iter()
                        .filter(|(_, p)| !matches!(p.location(), "body" | "formData"))
                        .collect();
                    if !plain.is_empty() {
                        let mut m = self.obj_like(c);
                        for (name, p) in plain {
                            let v = self.parameter(p);
                            let k = self.key(name, p.at, &m.m);
                            m.m.insert(k, v);
                        }
                        let v = self.done(m);
                        o.m.insert("parameters".into(), v);
                    }
                    let bodies: Vec<&(&str, Param<'a>)> = entries
                        .iter()
                        .filter(|(_, p)| p.location() == "body")
                        .collect();
                    if !bodies.is_empty() {
                        let mut m = self.obj_like(c);
                        let consumes = self.g.consumes.clone();
                        for (name, p) in bodies {
                            let v = self.body_ref_or_inline(p, &consumes);
                            let k = self.key(name, p.at, &m.m);
                            m.m.insert(k, v);
                        }
                        let v = self.done(m);
                        o.m.insert("requestBodies".into(), v);
                    }
                    // formData parameters are inlined where they are used (a 3.0 form body
                    // is one schema; there is no component for one of its fields).
                }
                "responses" => {
                    let mut m = self.obj_like(c);
                    let produces = self.g.produces.clone();
                    for (name, r) in self.kids(c) {
                        let v = self.response(r, &produces);
                        let k = self.key(name, r, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("responses".into(), v);
                }
                "securityDefinitions" => {
                    let mut m = self.obj_like(c);
                    for (name, s) in self.kids(c) {
                        let v = self.security_scheme(s);
                        let k = self.key(name, s, &m.m);
                        m.m.insert(k, v);
                    }
                    let v = self.done(m);
                    o.m.insert("securitySchemes".into(), v);
                }
                _ => {}
            }
        }
        self.done(o)
    }

    /// The root's `definitions` (2.0 node `n`), taken out of the 2.0 tree, upgraded in place
    /// into `components/schemas` (see [`Conv::schema_mut`]); names as [`Conv::key`] makes them.
    fn definitions_in_place(&mut self, n: u32) -> Value {
        let pos: &'a PosIndex = self.pos;
        let Some(Value::Object(mut defs)) = self.defs.take() else {
            self.copy_index(n);
            return Value::Null;
        };
        let i = self.open_n(n);
        // The 2.0 names are distinct: when each is a valid component key as it is, the map
        // keeps its keys; else it is made again, each name as `Conv::key` assigns it.
        if defs.keys().all(|k| component_key(k) == k.as_str()) {
            let start = u32::try_from(i).unwrap_or(u32::MAX);
            self.direct = Some(Direct {
                range: (start, start),
                rebuilt: Vec::new(),
            });
            for (s_n, v) in pos.numbered(n, defs.values_mut()) {
                self.schema_mut(v, s_n, 0);
            }
            self.close(i);
            if let Some(d) = &mut self.direct {
                d.range.1 = u32::try_from(self.raw.len()).unwrap_or(u32::MAX);
            }
            return Value::Object(defs);
        }
        let mut out = Map::with_capacity(defs.len());
        for (s_n, (name, mut v)) in pos.numbered(n, defs.into_iter()) {
            self.schema_mut(&mut v, s_n, 0);
            let k = self.assign_key_at(&name, s_n, |k| out.contains_key(k));
            out.insert(k, v);
        }
        self.close(i);
        Value::Object(out)
    }

    /// A fragment document: its layout kept, the nodes refs reach upgraded as what they
    /// are used for.
    pub(super) fn fragment(&mut self, s: Src<'a>, ptr: &mut String, depth: usize) -> Value {
        if let Some(kind) = self.targets.get(ptr.as_str()).copied() {
            return self.by_kind(s, kind);
        }
        if depth > MAX_DEPTH {
            return self.copy(s);
        }
        match s.v {
            Value::Object(_) => {
                let mut o = self.obj_like(s);
                for (k, c) in self.kids(s) {
                    let len = ptr.len();
                    ptr.push('/');
                    crate::pointer::push_escaped(ptr, k);
                    let v = self.fragment(c, ptr, depth + 1);
                    ptr.truncate(len);
                    o.m.insert(k.into(), v);
                }
                self.done(o)
            }
            Value::Array(_) => {
                let i = self.open(s);
                let mut out = Vec::new();
                for (k, c) in self.elems(s).enumerate() {
                    let len = ptr.len();
                    ptr.push('/');
                    ptr.push_str(&k.to_string());
                    out.push(self.fragment(c, ptr, depth + 1));
                    ptr.truncate(len);
                }
                self.close(i);
                Value::Array(out)
            }
            _ => self.copy(s),
        }
    }

    pub(super) fn by_kind(&mut self, s: Src<'a>, kind: Kind) -> Value {
        match kind {
            Kind::Schema => self.schema(s, 0),
            Kind::Parameter => {
                let p = Param {
                    at: s,
                    local: Some(s),
                    value: Some(s.v),
                    reference: None,
                };
                self.parameter(&p)
            }
            Kind::RequestBody => {
                let consumes = self.g.consumes.clone();
                self.request_body(s, &consumes)
            }
            Kind::Response => {
                let produces = self.g.produces.clone();
                self.response(s, &produces)
            }
            Kind::PathItem => self.path_item(s),
        }
    }
}

/// The key `name` gets among the keys `taken` says exist: [`component_key`], with a
/// `_2`, `_3`... suffix when that is taken (then `true`).
pub(super) fn assign_key(name: &str, taken: impl Fn(&str) -> bool) -> (String, bool) {
    let k = component_key(name);
    if !taken(&k) {
        return (k.into_owned(), false);
    }
    let mut i = 2;
    while taken(&format!("{k}_{i}")) {
        i += 1;
    }
    (format!("{k}_{i}"), true)
}

/// The renamed security scheme names of a 2.0 document (2.0 name → component key), as
/// `components` assigns them; empty when every name is a valid key (the common case).
pub(super) fn scheme_keys(root: &Value) -> HashMap<String, String> {
    let Some(defs) = root.get("securityDefinitions").and_then(Value::as_object) else {
        return HashMap::new();
    };
    if defs
        .keys()
        .all(|n| matches!(component_key(n), std::borrow::Cow::Borrowed(_)))
    {
        return HashMap::new();
    }
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out = HashMap::new();
    for name in defs.keys() {
        let (k, _) = assign_key(name, |k| taken.contains(k));
        taken.insert(k.clone());
        if k != *name {
            out.insert(name.clone(), k);
        }
    }
    out
}

/// A 2.0 component name as an OpenAPI 3 component key (`^[a-zA-Z0-9._-]+$`): other
/// characters become `_` (2.0 allows any name; `trait:paging:limit` is common).
pub(crate) fn component_key(name: &str) -> std::borrow::Cow<'_, str> {
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    // Every allowed character is one ASCII byte, so checking bytes is checking characters.
    if !name.is_empty() && name.bytes().all(|b| ok(char::from(b))) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out: String = name.chars().map(|c| if ok(c) { c } else { '_' }).collect();
    if out.is_empty() {
        out.push('_');
    }
    std::borrow::Cow::Owned(out)
}

/// A pointer into an upgraded 2.0 document, for a ref used as `kind`.
pub(super) fn map_pointer(frag: &str, kind: Kind) -> String {
    let swap = |prefix: &str, to: &str| {
        frag.strip_prefix(prefix).map(|rest| {
            let (name, tail) = match rest.find('/') {
                Some(i) => (&rest[..i], &rest[i..]),
                None => (rest, ""),
            };
            if prefix == "/securityDefinitions/" {
                return format!("{to}{rest}");
            }
            let name = crate::pointer::unescape(name);
            let key = component_key(&name);
            let mut out = String::with_capacity(to.len() + key.len() + tail.len());
            out.push_str(to);
            out.push_str(&key);
            out.push_str(tail);
            out
        })
    };
    let params_to = if kind == Kind::RequestBody {
        "/components/requestBodies/"
    } else {
        "/components/parameters/"
    };
    swap("/definitions/", "/components/schemas/")
        .or_else(|| swap("/parameters/", params_to))
        .or_else(|| swap("/responses/", "/components/responses/"))
        .or_else(|| swap("/securityDefinitions/", "/components/securitySchemes/"))
        .unwrap_or_else(|| frag.to_string())
}
