//! Building definitions: objects merged over `allOf`/`$ref`, structs and unions.

use super::*;

impl<'a> TypeGen<'a> {
    /// `collect_object` from scratch for schema `id`.
    pub(super) fn merged_object(&mut self, id: SchemaId) -> MergedObject {
        let mut m = MergedObject {
            props: IndexMap::new(),
            required: Vec::new(),
            extra: None,
            objectish: false,
        };
        let mut seen = HashSet::new();
        self.collect_object(
            id,
            &mut m.props,
            &mut m.required,
            &mut m.extra,
            &mut m.objectish,
            &mut seen,
            0,
        );
        m
    }

    /// Emit the definition of schema `id` under `name`.
    pub(super) fn define(&mut self, id: SchemaId, name: String) {
        let schema = self.schema(id);
        let slot = self.defs.len();
        // Reserve the slot first so definitions come out in a stable order.
        self.defs.push(DefEntry {
            name: name.clone(),
            docs: Vec::new(),
            note: None,
            def: Def::Alias(Ty::Value),
            deprecated: false,
        });
        let (docs, deprecated) = match schema.object() {
            Some(o) => (
                doc_lines(&[o.title.as_deref(), o.description.as_deref()]),
                o.deprecated,
            ),
            None => (Vec::new(), false),
        };
        let mut note = None;
        let def = self.build_def(id, &name, &mut note);
        let e = &mut self.defs[slot];
        e.docs = docs;
        e.deprecated = deprecated;
        e.note = note;
        e.def = def;
    }

    pub(super) fn build_def(&mut self, id: SchemaId, name: &str, note: &mut Option<String>) -> Def {
        let schema = self.schema(id);
        let o = match &schema.kind {
            SchemaKind::Bool(_) => return Def::Alias(Ty::Value),
            SchemaKind::Object(o) => o,
        };
        self.visiting.insert(id);
        let out = self.build_def_object(id, o, name, note);
        self.visiting.remove(&id);
        out
    }

    pub(super) fn build_def_object(
        &mut self,
        id: SchemaId,
        o: &'a SchemaObject,
        name: &str,
        note: &mut Option<String>,
    ) -> Def {
        // Anything expressible inline becomes an alias.
        if let Some(inner) = self.transparent(o) {
            let r = self.resolve(inner, &format!("{name}Inner"));
            return Def::Alias(r.ty);
        }
        if let Some(values) = &o.enum_ {
            let strs: Vec<String> = values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            if !strs.is_empty() && strs.len() == values.iter().filter(|v| !v.is_null()).count() {
                return Def::StringEnum { values: strs };
            }
        }
        let union: &Vec<SchemaId> = if !o.one_of.is_empty() {
            &o.one_of
        } else {
            &o.any_of
        };
        let union_trivial = union
            .iter()
            .all(|m| self.schema(*m).object().is_some_and(is_trivial));
        let has_object_part = !o.properties.is_empty() || !o.all_of.is_empty() || o.ref_.is_some();
        if !union.is_empty() && !union_trivial && !has_object_part {
            return self.union_def(id, o, union, name, note);
        }
        if !union.is_empty() && !union_trivial {
            *note = Some(lit(&self.note(
                id,
                "`oneOf`/`anyOf` next to properties or `allOf`: only the shared properties are typed",
            )));
        }
        if o.const_.is_none() && o.enum_.is_none() {
            let m = self.merged_object(id);
            if m.objectish {
                return self.struct_def(name, m.props, m.required, m.extra);
            }
        }
        match self.inline(id, self.schema(id), name) {
            Some(t) => Def::Alias(t),
            None => {
                *note = Some(lit(
                    &self.note(id, "this schema could not be typed precisely")
                ));
                Def::Alias(Ty::Value)
            }
        }
    }

    /// Merge properties of `id`, its `allOf` members and 3.1 `$ref` target.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn collect_object(
        &mut self,
        id: SchemaId,
        props: &mut IndexMap<String, SchemaId>,
        required: &mut Vec<String>,
        extra: &mut Option<Extra>,
        objectish: &mut bool,
        seen: &mut HashSet<SchemaId>,
        depth: usize,
    ) {
        if depth > 32 || !seen.insert(id) {
            return;
        }
        let Some(o) = self.schema(id).object() else {
            return;
        };
        if let Some(r) = o.ref_ {
            self.collect_object(r, props, required, extra, objectish, seen, depth + 1);
        }
        for m in &o.all_of {
            self.collect_object(*m, props, required, extra, objectish, seen, depth + 1);
        }
        // A member that is a single-branch wrapper contributes its branch.
        if o.all_of.is_empty()
            && o.ref_.is_none()
            && let Some(inner) = self.transparent(o)
        {
            self.collect_object(inner, props, required, extra, objectish, seen, depth + 1);
        }
        if !o.properties.is_empty()
            || o.additional_properties.is_some()
            || o.types.as_ref().is_some_and(|t| t.contains(&Type::Object))
        {
            *objectish = true;
        }
        for (k, v) in &o.properties {
            props.insert(k.clone(), *v);
        }
        for r in &o.required {
            if !required.contains(r) {
                required.push(r.clone());
            }
        }
        if !o.pattern_properties.is_empty() {
            // Members matching a pattern and the others may have different types.
            *extra = Some(Extra::Any);
        } else if let Some(ap) = o.additional_properties
            && !matches!(self.schema(ap).kind, SchemaKind::Bool(false))
            && *extra != Some(Extra::Any)
        {
            *extra = Some(Extra::Schema(ap));
        }
    }

    pub(super) fn struct_def(
        &mut self,
        name: &str,
        props: IndexMap<String, SchemaId>,
        required: Vec<String>,
        extra: Option<Extra>,
    ) -> Def {
        let mut fields = Vec::new();
        for (wire, pid) in props {
            let r = self.resolve(pid, &format!("{name}{}", pascal_ident(&wire)));
            let (docs, deprecated, one_way) = match self.schema(pid).object() {
                Some(po) => (
                    doc_lines(&[po.description.as_deref().or(po.title.as_deref())]),
                    po.deprecated,
                    po.read_only || po.write_only,
                ),
                None => (Vec::new(), false, false),
            };
            // A readOnly (writeOnly) property is required in responses (requests) only, and
            // the type serves both: it is optional.
            fields.push(Field {
                required: required.contains(&wire) && !one_way,
                wire,
                ty: r.ty,
                nullable: r.nullable,
                docs,
                deprecated,
            });
        }
        let extra = extra.map(|e| match e {
            Extra::Schema(ap) => wrap_null(self.resolve(ap, &format!("{name}Value"))),
            Extra::Any => Ty::Value,
        });
        Def::Struct { fields, extra }
    }

    pub(super) fn union_def(
        &mut self,
        id: SchemaId,
        o: &'a SchemaObject,
        union: &[SchemaId],
        name: &str,
        note: &mut Option<String>,
    ) -> Def {
        let members: Vec<SchemaId> = union
            .iter()
            .copied()
            .filter(|m| !is_null_only(self.schema(*m)))
            .collect();
        let mut vnamer = Namer::default();
        if let Some(d) = &o.discriminator {
            let mut variants: Vec<(String, Ty, Vec<String>)> = Vec::new();
            let mut targets: Vec<SchemaId> = members.clone();
            for t in d.mapping.values() {
                if !targets.contains(t) {
                    targets.push(*t);
                }
            }
            for m in targets.iter() {
                let mut tags: Vec<String> = d
                    .mapping
                    .iter()
                    .filter(|(_, t)| *t == m)
                    .map(|(k, _)| k.clone())
                    .collect();
                let sname = self.schema(*m).name.clone();
                if tags.is_empty()
                    && let Some(n) = &sname
                {
                    tags.push(n.clone());
                }
                if tags.is_empty() {
                    continue;
                }
                let vname = sname
                    .as_deref()
                    .map(pascal_ident)
                    .unwrap_or_else(|| pascal_ident(&tags[0]));
                let ident = vnamer.unique(&vname);
                let r = self.resolve(*m, &format!("{name}{ident}"));
                variants.push((ident, wrap_null(r), tags));
            }
            if !variants.is_empty() {
                return Def::Tagged {
                    property: d.property_name.clone(),
                    variants,
                };
            }
            *note = Some(lit(&self.note(
                id,
                "discriminator without usable mapping; decoded by shape instead",
            )));
        }
        let mut variants = Vec::new();
        for m in members {
            let sname = self.schema(m).name.clone();
            let base = match &sname {
                Some(n) => pascal_ident(n),
                None => match self.schema(m).object().and_then(non_null_types).as_deref() {
                    Some([Type::String]) => "String".into(),
                    Some([Type::Integer]) => "Integer".into(),
                    Some([Type::Number]) => "Number".into(),
                    Some([Type::Boolean]) => "Boolean".into(),
                    Some([Type::Array]) => "Array".into(),
                    Some([Type::Object]) => "Object".into(),
                    _ => "Variant".into(),
                },
            };
            let ident = vnamer.unique(&base);
            let r = self.resolve(m, &format!("{name}{ident}"));
            variants.push((ident, wrap_null(r)));
        }
        Def::Untagged { variants }
    }
}
