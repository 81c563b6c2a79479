//! The finished `types` module: merging identical definitions, breaking recursion with
//! `Box`, and the views templates receive.

use super::*;

impl<'a> TypeGen<'a> {
    /// Definitions that are the same type under another name become aliases of the first
    /// one, so its derives and impls are compiled once. GitHub's webhook payloads repeat the
    /// same inline enums and objects hundreds of times (2,200 of its 2,800 string enums are
    /// copies); each copy cost rustc a derive expansion and a dozen impls to check.
    ///
    /// "The same" is decided by partition refinement (as in DFA minimization): two
    /// definitions are equal when they have the same shape (fields with their wire names,
    /// docs, requiredness; enum values; union variants) and every type they mention is
    /// equal too, so mutually recursive copies merge as well. Type-level docs, notes and
    /// `deprecated` stay on the alias. Returns which definitions became such aliases.
    pub(super) fn dedup(&mut self) -> Vec<bool> {
        let n = self.defs.len();
        let index: HashMap<&str, usize> = self
            .defs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.name.as_str(), i))
            .collect();
        let mut class = vec![0usize; n];
        let mut count = 1;
        loop {
            let mut ids: HashMap<String, usize> = HashMap::new();
            let next: Vec<usize> = (0..n)
                .map(|i| {
                    let key = format!(
                        "{}|{}",
                        class[i],
                        shape_key(i, &self.defs[i].def, &index, &class)
                    );
                    let len = ids.len();
                    *ids.entry(key).or_insert(len)
                })
                .collect();
            class = next;
            if ids.len() == count {
                break;
            }
            count = ids.len();
        }
        let mut first: HashMap<usize, usize> = HashMap::new();
        let mut same = vec![false; n];
        for i in 0..n {
            let c = *first.entry(class[i]).or_insert(i);
            if c != i {
                let target = self.defs[c].name.clone();
                self.defs[i].def = Def::Alias(Ty::Named(target));
                same[i] = true;
            }
        }
        same
    }

    /// Finish: box recursive fields, break alias cycles, render for templates.
    /// Finish and gate each type behind the features (modules) that use it: `uses` maps a
    /// module's feature to the type names its operations mention.
    pub fn finish(mut self, uses: &[(String, Vec<String>)]) -> (Vec<TypeView>, Vec<String>) {
        let same = self.dedup();
        let index: HashMap<String, usize> = self
            .defs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.name.clone(), i))
            .collect();
        // Direct-containment graph (struct fields through Option, enum payloads, aliases).
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); self.defs.len()];
        for (i, d) in self.defs.iter().enumerate() {
            let mut add = |t: &Ty| {
                if let Some(n) = t.direct()
                    && let Some(j) = index.get(n)
                {
                    edges[i].push(*j);
                }
            };
            match &d.def {
                Def::Struct { fields, .. } => fields.iter().for_each(|f| add(&f.ty)),
                Def::Tagged { variants, .. } => variants.iter().for_each(|v| add(&v.1)),
                Def::Untagged { variants } => variants.iter().for_each(|v| add(&v.1)),
                Def::Alias(t) => {
                    // Aliases are transparent: every mention counts (type aliases may not
                    // be recursive at all).
                    let mut m = Vec::new();
                    t.mentions(&mut m);
                    for n in m {
                        if let Some(j) = index.get(&n) {
                            edges[i].push(*j);
                        }
                    }
                }
                Def::StringEnum { .. } => {}
            }
        }
        let scc = tarjan(&edges);
        let cyclic = |i: usize, j: usize| scc[i] == scc[j];
        let mut newtype = vec![false; self.defs.len()];
        for (i, d) in self.defs.iter().enumerate() {
            if let Def::Alias(_) = d.def
                && !same[i]
                && edges[i].iter().any(|j| cyclic(i, *j))
            {
                newtype[i] = true;
            }
        }
        for i in 0..self.defs.len() {
            let box_if = |t: Ty| -> Ty {
                match t.direct().and_then(|n| index.get(n)) {
                    Some(j) if scc[i] == scc[*j] => t.boxed(),
                    _ => t,
                }
            };
            let def = std::mem::replace(&mut self.defs[i].def, Def::Alias(Ty::Value));
            self.defs[i].def = match def {
                Def::Struct { fields, extra } => Def::Struct {
                    fields: fields
                        .into_iter()
                        .map(|mut f| {
                            f.ty = box_if(f.ty);
                            f
                        })
                        .collect(),
                    extra,
                },
                Def::Tagged { property, variants } => Def::Tagged {
                    property,
                    variants: variants
                        .into_iter()
                        .map(|(a, t, c)| (a, box_if(t), c))
                        .collect(),
                },
                Def::Untagged { variants } => Def::Untagged {
                    variants: variants.into_iter().map(|(a, t)| (a, box_if(t))).collect(),
                },
                Def::Alias(t) if newtype[i] => Def::Alias(box_if(t)),
                other => other,
            };
        }
        // Every type each type mentions (through Vec and maps too).
        let mut all_edges: Vec<Vec<usize>> = vec![Vec::new(); self.defs.len()];
        for (i, d) in self.defs.iter().enumerate() {
            let mut m = Vec::new();
            match &d.def {
                Def::Struct { fields, extra } => {
                    fields.iter().for_each(|f| f.ty.mentions(&mut m));
                    if let Some(e) = extra {
                        e.mentions(&mut m);
                    }
                }
                Def::Tagged { variants, .. } => variants.iter().for_each(|v| v.1.mentions(&mut m)),
                Def::Untagged { variants } => variants.iter().for_each(|v| v.1.mentions(&mut m)),
                Def::Alias(t) => t.mentions(&mut m),
                Def::StringEnum { .. } => {}
            }
            all_edges[i] = m.iter().filter_map(|n| index.get(n).copied()).collect();
        }
        let closure = |roots: &mut dyn Iterator<Item = usize>| -> Vec<bool> {
            let mut seen = vec![false; all_edges.len()];
            let mut stack: Vec<usize> = roots.collect();
            while let Some(i) = stack.pop() {
                if std::mem::replace(&mut seen[i], true) {
                    continue;
                }
                stack.extend(all_edges[i].iter().copied());
            }
            seen
        };
        let mut features: Vec<Vec<String>> = vec![Vec::new(); self.defs.len()];
        let mut used = vec![false; self.defs.len()];
        for (feature, names) in uses {
            let reach = closure(&mut names.iter().filter_map(|n| index.get(n).copied()));
            for (i, r) in reach.iter().enumerate() {
                if *r {
                    used[i] = true;
                    features[i].push(feature.clone());
                }
            }
        }
        // Types no operation uses (GitHub's thousands of webhook payloads, unreferenced
        // components) are compiled with the `all-schemas` feature, and so is everything
        // they mention.
        let unused = closure(&mut (0..self.defs.len()).filter(|i| !used[*i]));
        for (i, r) in unused.iter().enumerate() {
            if *r {
                features[i].push(ALL_SCHEMAS.to_string());
            }
        }
        // Types most modules share are always compiled: gating them saves little and a
        // long `cfg(any(...))` on every item bloats the output.
        const MAX_GATES: usize = 6;
        let always = closure(&mut (0..self.defs.len()).filter(|i| features[*i].len() > MAX_GATES));
        let views = self
            .defs
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let mut v = render_def(d, newtype[i]);
                if !always[i] {
                    v.features = std::mem::take(&mut features[i]);
                }
                v
            })
            .collect();
        (views, self.notes)
    }
}

/// The shape of definition `i` for [`TypeGen::dedup`]: everything but its name and its
/// type-level docs, with mentioned definitions replaced by their current class. Aliases
/// never merge (their key names them).
pub(super) fn shape_key(
    i: usize,
    def: &Def,
    index: &HashMap<&str, usize>,
    class: &[usize],
) -> String {
    pub(super) fn ty(t: &Ty, index: &HashMap<&str, usize>, class: &[usize], out: &mut String) {
        match t {
            Ty::Named(n) => match index.get(n.as_str()) {
                Some(j) => out.push_str(&format!("#{}", class[*j])),
                None => out.push_str(&format!("N{n:?}")),
            },
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => {
                out.push_str(match t {
                    Ty::Vec(_) => "Vec(",
                    Ty::Map(_) => "Map(",
                    Ty::Option(_) => "Option(",
                    _ => "Box(",
                });
                ty(inner, index, class, out);
                out.push(')');
            }
            other => out.push_str(&format!("{other:?}")),
        }
    }
    let mut k = String::new();
    match def {
        Def::Alias(_) => k.push_str(&format!("alias {i}")),
        Def::StringEnum { values } => k.push_str(&format!("enum {values:?}")),
        Def::Struct { fields, extra } => {
            k.push_str("struct");
            for f in fields {
                k.push_str(&format!(
                    " {:?} {} {} {} {:?} ",
                    f.wire, f.required, f.nullable, f.deprecated, f.docs
                ));
                ty(&f.ty, index, class, &mut k);
            }
            if let Some(e) = extra {
                k.push_str(" extra ");
                ty(e, index, class, &mut k);
            }
        }
        Def::Tagged { property, variants } => {
            k.push_str(&format!("tagged {property:?}"));
            for (ident, t, tags) in variants {
                k.push_str(&format!(" {ident} {tags:?} "));
                ty(t, index, class, &mut k);
            }
        }
        Def::Untagged { variants } => {
            k.push_str("untagged");
            for (ident, t) in variants {
                k.push_str(&format!(" {ident} "));
                ty(t, index, class, &mut k);
            }
        }
    }
    k
}

/// The namer of a struct's field identifiers (`additional_properties` is taken when the
/// struct keeps unnamed members).
pub(super) fn field_namer(extra: bool) -> Namer {
    if extra {
        Namer::with_reserved(&["additional_properties"])
    } else {
        Namer::default()
    }
}

pub(super) fn render_def(d: DefEntry, newtype: bool) -> TypeView {
    let mut v = TypeView {
        name: d.name,
        kind: "alias",
        docs: d.docs,
        note: d.note,
        deprecated: d.deprecated,
        fields: Vec::new(),
        target: None,
        variants: Vec::new(),
        fallback: None,
        tag_property: None,
        features: Vec::new(),
        cfg: String::new(),
    };
    match d.def {
        Def::Alias(t) => {
            v.kind = if newtype { "newtype" } else { "alias" };
            v.target = Some(t.render(""));
        }
        Def::Struct { fields, extra } => {
            v.kind = "struct";
            let mut fnamer = field_namer(extra.is_some());
            for f in fields {
                let ident = fnamer.unique(&snake_ident(&f.wire));
                let mut serde = Vec::new();
                if names::bare(&ident) != f.wire {
                    serde.push(format!("rename = {}", lit(&f.wire)));
                }
                let inner = f.ty.render("");
                let optional = "skip_serializing_if = \"::std::option::Option::is_none\"";
                let (ty, de) = match (f.required, f.nullable && f.ty != Ty::Value) {
                    (true, false) => (inner, "required"),
                    (true, true) => (format!("::std::option::Option<{inner}>"), "optional"),
                    (false, false) => {
                        serde.push(optional.into());
                        (format!("::std::option::Option<{inner}>"), "optional")
                    }
                    (false, true) => {
                        serde.push(optional.into());
                        (
                            format!("::std::option::Option<::std::option::Option<{inner}>>"),
                            "double",
                        )
                    }
                };
                v.fields.push(FieldView {
                    ident,
                    wire: lit(&f.wire),
                    ty,
                    serde: serde.join(", "),
                    de,
                    docs: f.docs,
                    required: f.required,
                    nullable: f.nullable,
                    deprecated: f.deprecated,
                });
            }
            v.target = extra.map(|t| t.render(""));
        }
        Def::StringEnum { values } => {
            v.kind = "string_enum";
            let mut vn = Namer::default();
            for val in &values {
                let ident = vn.unique(&pascal_ident(val));
                v.variants.push(VariantView {
                    ident,
                    wire: Some(lit(val)),
                    ty: None,
                    tags: Vec::new(),
                });
            }
            v.fallback = Some(vn.unique("Unknown"));
        }
        Def::Tagged { property, variants } => {
            v.kind = "tagged_enum";
            v.tag_property = Some(lit(&property));
            let mut vn = Namer::default();
            for (ident, ty, tags) in variants {
                vn.reserve(&ident);
                v.variants.push(VariantView {
                    ident,
                    wire: None,
                    ty: Some(ty.render("")),
                    tags: tags.iter().map(|t| lit(t)).collect(),
                });
            }
            v.fallback = Some(vn.unique("Unknown"));
        }
        Def::Untagged { variants } => {
            v.kind = "untagged_enum";
            let mut vn = Namer::default();
            for (ident, ty) in variants {
                vn.reserve(&ident);
                v.variants.push(VariantView {
                    ident,
                    wire: None,
                    ty: Some(ty.render("")),
                    tags: Vec::new(),
                });
            }
            v.fallback = Some(vn.unique("Other"));
        }
    }
    v
}

/// Strongly connected components (iterative Tarjan); returns the component id of each node.
pub(super) fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![usize::MAX; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut ncomp = 0;
    for start in 0..n {
        if index[start] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some((v, ei)) = work.pop() {
            if ei == 0 {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if ei < edges[v].len() {
                work.push((v, ei + 1));
                let w = edges[v][ei];
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            // done with v
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = ncomp;
                    if w == v {
                        break;
                    }
                }
                ncomp += 1;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
        }
    }
    comp
}
