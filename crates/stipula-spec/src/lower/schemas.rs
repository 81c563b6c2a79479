//! Schemas: the work queue that builds each schema once (ref cycles, shared schemas),
//! `$ref` chasing and every JSON Schema keyword.

use super::*;

impl<'a> Builder<'a> {
    // -------------------------------------------------------------------------------
    // schemas
    // -------------------------------------------------------------------------------

    /// The id of the schema at (doc, ptr), following pure `$ref`s. Allocates and queues it
    /// on first sight.
    pub(super) fn schema_at(&mut self, doc: usize, ptr: &str) -> SchemaId {
        match self.node_at(doc, ptr) {
            Some(n) => self.schema_node(n, &|| ptr.to_string()),
            None => {
                // Nothing there (callers check first): an "anything" schema.
                let name = self.schema_name(doc, ptr);
                let loc = self.loc(doc, ptr);
                self.arena.push(Schema {
                    name,
                    kind: SchemaKind::Bool(true),
                    loc,
                })
            }
        }
    }

    /// The id of the schema at node `n`, whose pointer `ptr` makes (only built when
    /// needed: most nodes are refs to schemas that already have an id).
    pub(super) fn schema_node(&mut self, n: Node<'a>, ptr: &dyn Fn() -> String) -> SchemaId {
        let (t, tptr) = match self.chase(n, ptr) {
            Chase::Found(t, tptr) => (t, tptr),
            Chase::Known(id) => return id,
            Chase::Failed => {
                // Unresolvable: the error is recorded; stand in an "anything" schema.
                let loc = self.loc_node(n, ptr());
                return self.arena.push(Schema {
                    name: None,
                    kind: SchemaKind::Bool(true),
                    loc,
                });
            }
        };
        let tptr = match tptr {
            Some(p) => p.to_string(),
            None => ptr(),
        };
        let name = self.schema_name(t.doc, &tptr);
        // The Loc of a node of an upgraded 2.0 document holds its 2.0 pointer; building the
        // schema needs its pointer in the tree being read.
        let ptr3 = self.doc(t.doc).is_swagger2().then(|| tptr.clone());
        let loc = self.loc_node(t, tptr);
        let id = self.arena.push(Schema {
            name,
            kind: SchemaKind::Bool(true),
            loc,
        });
        self.ids.insert(addr(t.v), id);
        for hop in std::mem::take(&mut self.pending_alias) {
            self.ids.insert(hop, id);
        }
        self.queue.push_back((id, t, ptr3));
        id
    }

    pub(super) fn schema_name(&self, doc: usize, ptr: &str) -> Option<String> {
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
    pub(super) fn is_pure_ref(&self, m: &JMap<String, Value>) -> bool {
        if self.v30 {
            m.fget("$ref").is_some()
        } else {
            m.len() == 1 && m.keys().next().is_some_and(|k| k == "$ref")
        }
    }

    /// Resolve the ref `r` (to a schema or any other object) found in the object at
    /// `from_ptr` of document `doc`, to the target's node and pointer (memoized: GitHub's
    /// spec refers to some schemas and parameters thousands of times).
    pub(super) fn resolve_ref_node(
        &mut self,
        doc: usize,
        from_ptr: &dyn Fn() -> String,
        r: &'a str,
    ) -> Option<(Node<'a>, Rc<str>)> {
        if let Some((n, p)) = self.ref_memo.get(&(doc, r)) {
            return Some((*n, p.clone()));
        }
        match self.resolve(doc, &from_ptr(), r) {
            Ok(t) => {
                let n = self.node_at(t.doc, &t.pointer)?;
                let p: Rc<str> = Rc::from(t.pointer);
                self.ref_memo.insert((doc, r), (n, p.clone()));
                Some((n, p))
            }
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    /// Follow pure `$ref`s from node `n` (at `ptr`) to the schema they name. Every hop is
    /// remembered (in `ids` once the target has an id, in `bad_refs` when the chain fails),
    /// so a long chain is walked once, not once per entry into it.
    pub(super) fn chase(&mut self, n: Node<'a>, ptr: &dyn Fn() -> String) -> Chase<'a> {
        let mut cur = n;
        let mut cur_ptr: Option<Rc<str>> = None;
        let mut hops: Vec<usize> = Vec::new();
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        loop {
            let a = addr(cur.v);
            if self.bad_refs.contains(&a) {
                self.bad_refs.extend(hops);
                return Chase::Failed;
            }
            if let Some(&id) = self.ids.get(&a) {
                for h in hops {
                    self.ids.insert(h, id);
                }
                return Chase::Known(id);
            }
            let m = match cur.v {
                Value::Object(m) if self.is_pure_ref(m) => m,
                _ => {
                    self.pending_alias = hops;
                    return Chase::Found(cur, cur_ptr);
                }
            };
            let here_rc = cur_ptr.clone();
            let here = || match &here_rc {
                Some(p) => p.to_string(),
                None => ptr(),
            };
            let Some(r) = m.fget("$ref").and_then(Value::as_str) else {
                self.push(
                    cur.doc,
                    &join(&here(), "$ref"),
                    Diagnostic::error("ref-not-string", "`$ref` must be a string").with_help(
                        "write the reference as a string, e.g. '#/components/schemas/Pet'",
                    ),
                );
                hops.push(a);
                self.bad_refs.extend(hops);
                return Chase::Failed;
            };
            if self.v30 && m.len() > 1 {
                let siblings: Vec<&str> = m
                    .keys()
                    .filter(|k| *k != "$ref")
                    .map(String::as_str)
                    .collect();
                self.push(
                    cur.doc,
                    &here(),
                    Diagnostic::warning(
                        "ref-siblings-ignored",
                        format!("in OpenAPI 3.0 the siblings of `$ref` are ignored: {}", siblings.join(", ")),
                    )
                    .with_help("wrap the reference in `allOf: [{$ref: ...}]` to add keywords, or move to OpenAPI 3.1"),
                );
            }
            // Short chains (the rule) are checked by scanning; long ones get a set.
            let looped = if hops.len() < 32 {
                hops.contains(&a)
            } else {
                if seen.is_empty() {
                    seen.extend(hops.iter().copied());
                }
                !seen.insert(a)
            };
            if looped || hops.len() >= 10_000 {
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
                    cur.doc,
                    &here(),
                    Diagnostic::error("ref-cycle", msg)
                        .with_help("point one of the refs at a real schema"),
                );
                hops.push(a);
                self.bad_refs.extend(hops);
                return Chase::Failed;
            }
            hops.push(a);
            match self.resolve_ref_node(cur.doc, &here, r) {
                Some((t, tptr)) => {
                    cur = t;
                    cur_ptr = Some(tptr);
                }
                None => {
                    self.bad_refs.extend(hops);
                    return Chase::Failed;
                }
            }
        }
    }

    pub(super) fn drain_schemas(&mut self) {
        while let Some((id, n, ptr3)) = self.queue.pop_front() {
            let ptr = match ptr3 {
                Some(p) => p,
                None => self.arena.get(id).loc.pointer.clone(),
            };
            let mut kind = self.schema_kind(n, &ptr);
            if let SchemaKind::Object(o) = &mut kind {
                o.compact();
            }
            self.arena.get_mut(id).kind = kind;
        }
    }

    pub(super) fn kw_warning(&mut self, doc: usize, ptr: &str, kw: &str, expected: &str) {
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

    pub(super) fn schema_kind(&mut self, n: Node<'a>, ptr: &str) -> SchemaKind {
        let doc = n.doc;
        let m = match n.v {
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
        let mut o: Box<SchemaObject> = Box::default();
        // Subschema keywords are collected first and given ids in a fixed order below:
        // (rank, keyword, its node).
        let mut subs: Vec<(u8, &'a str, Node<'a>)> = Vec::new();
        let mut nullable = false;
        let mut excl_min_flag = false;
        let mut excl_max_flag = false;
        let mut example: Option<Value> = None;
        for (ki, (k, val)) in m.iter().enumerate() {
            let k = k.as_str();
            let sub = |rank: u8| (rank, k, self.child(n, ki, val));
            match k {
                "$ref" => {
                    if !self.v30 {
                        subs.push(sub(0));
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
                "items" => subs.push(sub(if val.is_array() { 10 } else { 11 })),
                "additionalItems" => subs.push(sub(12)),
                "prefixItems" => subs.push(sub(10)),
                "contains" => subs.push(sub(13)),
                "unevaluatedItems" => subs.push(sub(14)),
                "properties" => subs.push(sub(20)),
                "patternProperties" => subs.push(sub(21)),
                "additionalProperties" => subs.push(sub(22)),
                "unevaluatedProperties" => subs.push(sub(23)),
                "propertyNames" => subs.push(sub(24)),
                "dependentSchemas" => subs.push(sub(25)),
                "allOf" => subs.push(sub(30)),
                "anyOf" => subs.push(sub(31)),
                "oneOf" => subs.push(sub(32)),
                "not" => subs.push(sub(33)),
                "if" => subs.push(sub(34)),
                "then" => subs.push(sub(35)),
                "else" => subs.push(sub(36)),
                "contentSchema" => subs.push(sub(40)),
                "$defs" | "definitions" => subs.push(sub(50)),
                _ if k.starts_with("x-") => {
                    o.extensions.insert(k.into(), val.clone());
                }
                _ => {
                    o.unknown.insert(k.into(), val.clone());
                }
            }
        }
        subs.sort_by_key(|(rank, _, _)| *rank);
        for (_, k, kn) in subs {
            let kp = join(ptr, k);
            let val = kn.v;
            // The schema at element/member `i` of this keyword's value.
            let at = |this: &mut Self, i: usize, cv: &'a Value, token: &str| {
                let c = this.child(kn, i, cv);
                this.schema_node(c, &|| join(&kp, token))
            };
            match k {
                "$ref" => {
                    // 3.1 `$ref` with siblings: a node of its own that also applies the target.
                    o.ref_ = self.schema_at_ref(n, ptr);
                }
                "items" | "prefixItems" => match val {
                    Value::Array(a) => {
                        o.prefix_items = a
                            .iter()
                            .enumerate()
                            .map(|(i, cv)| at(self, i, cv, &i.to_string()))
                            .collect()
                    }
                    _ => o.items = Some(self.schema_node(kn, &|| kp.clone())),
                },
                "additionalItems" => {
                    // draft-4 style: only meaningful with an `items` array (now prefixItems).
                    if m.fget("items").is_some_and(Value::is_array) {
                        o.items = Some(self.schema_node(kn, &|| kp.clone()));
                    } else {
                        o.unknown.insert(k.into(), val.clone());
                    }
                }
                "contains" => o.contains = Some(self.schema_node(kn, &|| kp.clone())),
                "unevaluatedItems" => {
                    o.unevaluated_items = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "properties" | "patternProperties" | "dependentSchemas" | "$defs"
                | "definitions" => {
                    let Value::Object(props) = val else {
                        self.kw_warning(doc, ptr, k, "a map of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let mut out = Map::with_capacity(props.len());
                    for (i, (name, pv)) in props.iter().enumerate() {
                        out.insert(name.clone(), at(self, i, pv, name));
                    }
                    match k {
                        "properties" => o.properties = out,
                        "patternProperties" => o.pattern_properties = out,
                        "dependentSchemas" => o.dependent_schemas = out,
                        _ => o.defs.extend(out),
                    }
                }
                "additionalProperties" => {
                    o.additional_properties = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "unevaluatedProperties" => {
                    o.unevaluated_properties = Some(self.schema_node(kn, &|| kp.clone()))
                }
                "propertyNames" => o.property_names = Some(self.schema_node(kn, &|| kp.clone())),
                "allOf" | "anyOf" | "oneOf" => {
                    let Value::Array(a) = val else {
                        self.kw_warning(doc, ptr, k, "a list of schemas");
                        o.unknown.insert(k.into(), val.clone());
                        continue;
                    };
                    let ids = a
                        .iter()
                        .enumerate()
                        .map(|(i, cv)| at(self, i, cv, &i.to_string()))
                        .collect();
                    match k {
                        "allOf" => o.all_of = ids,
                        "anyOf" => o.any_of = ids,
                        _ => o.one_of = ids,
                    }
                }
                "not" => o.not = Some(self.schema_node(kn, &|| kp.clone())),
                "if" => o.if_ = Some(self.schema_node(kn, &|| kp.clone())),
                "then" => o.then_ = Some(self.schema_node(kn, &|| kp.clone())),
                "else" => o.else_ = Some(self.schema_node(kn, &|| kp.clone())),
                "contentSchema" => o.content_schema = Some(self.schema_node(kn, &|| kp.clone())),
                _ => {}
            }
        }
        if let Some(Value::Object(dm)) = m.fget("discriminator") {
            o.discriminator = Some(self.discriminator(doc, &join(ptr, "discriminator"), dm));
        }

        // --- normalization to 3.1 meaning ---
        if let Some(ex) = example {
            o.examples.push(ex);
        }
        if excl_min_flag && let Some(min) = o.minimum.take() {
            o.exclusive_minimum = Some(min);
        }
        if excl_max_flag && let Some(max) = o.maximum.take() {
            o.exclusive_maximum = Some(max);
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
            let pinned = o.enum_.is_some() || o.const_.is_some();
            match o.types.as_mut() {
                Some(ts) if !ts.contains(&Type::Null) => ts.push(Type::Null),
                Some(_) => {}
                None if !pinned => {
                    // `nullable` without `type` (e.g. `{nullable: true, allOf: [$ref]}`):
                    // read as "this, or null": anyOf [this, {type: null}].
                    return SchemaKind::Object(Box::new(self.nullable_wrap(doc, ptr, *o)));
                }
                None => {}
            }
        }
        SchemaKind::Object(o)
    }

    /// Turn `o` (which had `nullable: true` and no `type`) into `anyOf: [inner, null]`,
    /// keeping annotations on the outer node. A lone `allOf: [X]` becomes `anyOf: [X, null]`.
    pub(super) fn nullable_wrap(
        &mut self,
        doc: usize,
        ptr: &str,
        mut o: SchemaObject,
    ) -> SchemaObject {
        let mut outer = SchemaObject {
            title: o.title.take(),
            description: o.description.take(),
            examples: std::mem::take(&mut o.examples),
            deprecated: std::mem::take(&mut o.deprecated),
            read_only: std::mem::take(&mut o.read_only),
            write_only: std::mem::take(&mut o.write_only),
            ..Default::default()
        };
        if o.default.is_some() {
            outer.default = o.default.take();
        }
        if !o.extensions.is_empty() {
            outer.extensions = std::mem::take(&mut o.extensions);
        }
        o.compact();
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

    /// The schema a 3.1 `$ref` with siblings (at node `n`, pointer `ptr`) applies.
    pub(super) fn schema_at_ref(&mut self, n: Node<'a>, ptr: &str) -> Option<SchemaId> {
        let r = n.v.fget("$ref")?.as_str()?;
        let (t, tptr) = self.resolve_ref_node(n.doc, &|| ptr.to_string(), r)?;
        Some(self.schema_node(t, &|| tptr.to_string()))
    }

    pub(super) fn bad_type(&mut self, doc: usize, ptr: &str, t: &str) {
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

    pub(super) fn discriminator(
        &mut self,
        doc: usize,
        ptr: &str,
        dm: &JMap<String, Value>,
    ) -> Discriminator {
        let mut mapping = Map::new();
        if let Some(Value::Object(mp)) = dm.fget("mapping") {
            for (tag, target) in mp {
                let Some(t) = target.as_str() else { continue };
                // A mapping value is a ref, or a bare component name.
                let reference = if t.contains('#') || t.contains('/') || t.contains('.') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                let mptr = join(&join(ptr, "mapping"), tag);
                match self.resolve(doc, &mptr, &reference) {
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
            .fget("defaultMapping")
            .and_then(Value::as_str)
            .and_then(|t| {
                let reference = if t.contains('#') {
                    t.to_string()
                } else {
                    format!("#/components/schemas/{t}")
                };
                self.resolve(doc, ptr, &reference).ok()
            });
        let default_mapping = default_mapping.map(|t| self.schema_at(t.doc, &t.pointer));
        Discriminator {
            property_name: s(dm.fget("propertyName")).unwrap_or_default(),
            mapping,
            default_mapping,
        }
    }
}
