//! The generator: candidates, samples and seeded random values for one document.

use super::*;

pub(super) struct Gen<'d> {
    pub(super) doc: Doc<'d>,
    /// Samples and candidate lists already built, by schema node address: shared
    /// components are met many times in one document.
    samples: std::cell::RefCell<std::collections::HashMap<usize, Value>>,
    lists: std::cell::RefCell<std::collections::HashMap<(usize, usize), Vec<Value>>>,
    /// Schema nodes samples may still expand: a document whose members nest through many
    /// shared components (a tree of required objects) would otherwise give samples of
    /// millions of nodes. Past it, samples are the plainest value of their type.
    budget: std::cell::Cell<usize>,
    views: std::cell::RefCell<std::collections::HashMap<usize, std::rc::Rc<View<'d>>>>,
}

/// Schema nodes samples expand per document (see `Gen::budget`).
const SAMPLE_BUDGET: usize = 800;

/// Below this depth a member's own candidates vary its parent; deeper, its sample alone.
const VARY_DEPTH: usize = 3;

impl<'d> Gen<'d> {
    pub(super) fn new(root: &'d Value) -> Self {
        Gen {
            doc: Doc { root },
            samples: Default::default(),
            lists: Default::default(),
            budget: std::cell::Cell::new(SAMPLE_BUDGET),
            views: Default::default(),
        }
    }

    /// The merged view of `s` (built once per node).
    fn view(&self, s: &'d Value) -> std::rc::Rc<View<'d>> {
        let key = s as *const Value as usize;
        if let Some(v) = self.views.borrow().get(&key) {
            return v.clone();
        }
        let v = std::rc::Rc::new(self.doc.view(s));
        self.views.borrow_mut().insert(key, v.clone());
        v
    }
}

impl<'d> Gen<'d> {
    fn string_sample(&self, v: &View) -> String {
        let mut s = if let Some(p) = v.pattern.first() {
            matching_string(p, false).unwrap_or_else(|| "a".into())
        } else if let Some(f) = v.format.and_then(format_sample) {
            f.to_string()
        } else {
            "a".to_string()
        };
        let min = v.min_length.unwrap_or(0) as usize;
        while s.chars().count() < min && s.len() < 4096 {
            s.push('a');
        }
        if let Some(max) = v.max_length {
            s = s.chars().take(max as usize).collect();
        }
        s
    }

    fn number_sample(&self, v: &View, integer: bool) -> Value {
        let step = if integer { 1.0 } else { 0.5 };
        let mut x = 0.0f64;
        let lo = v
            .minimum
            .into_iter()
            .chain(v.exclusive_minimum.map(|e| e + step))
            .fold(None, |acc: Option<f64>, b| {
                Some(acc.map_or(b, |a| a.max(b)))
            });
        let hi = v
            .maximum
            .into_iter()
            .chain(v.exclusive_maximum.map(|e| e - step))
            .fold(None, |acc: Option<f64>, b| {
                Some(acc.map_or(b, |a| a.min(b)))
            });
        if let Some(l) = lo {
            x = x.max(l);
        }
        if let Some(h) = hi {
            x = x.min(h);
        }
        if integer {
            x = x.ceil();
        }
        if let Some(m) = v.multiple_of
            && m > 0.0
        {
            x = (x / m).ceil() * m;
        }
        number(x)
    }

    /// One plausible valid value.
    pub(super) fn sample(&self, s: &'d Value, depth: usize) -> Value {
        let key = s as *const Value as usize;
        if let Some(v) = self.samples.borrow().get(&key) {
            return v.clone();
        }
        let v = self.sample_uncached(s, depth);
        self.samples.borrow_mut().insert(key, v.clone());
        v
    }

    fn sample_uncached(&self, s: &'d Value, depth: usize) -> Value {
        let left = self.budget.get();
        if left == 0 {
            return Value::Null;
        }
        self.budget.set(left - 1);
        let v = self.view(s);
        if let Some(c) = v.const_ {
            return c.clone();
        }
        if let Some(e) = v
            .enum_
            .and_then(|e| e.iter().find(|x| !x.is_null()).or(e.first()))
        {
            return e.clone();
        }
        if let Some(x) = v.examples.first() {
            return (*x).clone();
        }
        if let Some(d) = v.default {
            return d.clone();
        }
        let own = self.typed_sample(&v, v.main_type(), depth);
        match v.unions.first().and_then(|u| u.first()) {
            Some(b) if depth < MAX_DEPTH => merge(own, self.sample(b, depth + 1)),
            _ => own,
        }
    }

    fn typed_sample(&self, v: &View<'d>, t: &str, depth: usize) -> Value {
        match t {
            "null" => Value::Null,
            "boolean" => Value::Bool(true),
            "integer" => self.number_sample(v, true),
            "number" => self.number_sample(v, false),
            "string" => Value::String(self.string_sample(v)),
            "array" => {
                if depth >= MAX_DEPTH {
                    return json!([]);
                }
                let mut a: Vec<Value> = v
                    .prefix_items
                    .iter()
                    .map(|p| self.sample(p, depth + 1))
                    .collect();
                if let Some(c) = v.contains
                    && v.prefix_items.is_empty()
                {
                    for _ in 0..v.min_contains.unwrap_or(1).min(8) {
                        a.push(self.sample(c, depth + 1));
                    }
                }
                let want = v.min_items.unwrap_or(0).min(16) as usize;
                if let Some(it) = v.items {
                    let cands = if v.unique_items && want > 1 {
                        self.candidates_of(it, depth + 1, want * 4)
                    } else {
                        vec![self.sample(it, depth + 1)]
                    };
                    let mut i = 0;
                    while a.len() < want && i < cands.len() * 4 {
                        a.push(cands[i % cands.len()].clone());
                        i += 1;
                    }
                }
                while a.len() < want {
                    a.push(Value::String(format!("a{}", a.len())));
                }
                a.into()
            }
            _ => {
                if depth >= MAX_DEPTH {
                    return json!({});
                }
                let mut m = Map::new();
                for r in &v.required {
                    let ps = v.properties.iter().find(|(n, _)| n == r).map(|p| p.1);
                    let val = match ps {
                        Some(ps) => self.sample(ps, depth + 1),
                        None => match v.additional {
                            Some(a) if a.is_object() => self.sample(a, depth + 1),
                            _ => json!("a"),
                        },
                    };
                    m.insert((*r).to_string(), val);
                }
                let mut i = 0;
                while (m.len() as u64) < v.min_properties.unwrap_or(0).min(16) {
                    match v.properties.get(i) {
                        Some((n, ps)) => {
                            if !m.contains_key(*n) {
                                m.insert((*n).to_string(), self.sample(ps, depth + 1));
                            }
                        }
                        None => {
                            m.insert(format!("p{i}"), json!("a"));
                        }
                    }
                    i += 1;
                }
                Value::Object(m)
            }
        }
    }

    fn candidates_of(&self, s: &'d Value, depth: usize, limit: usize) -> Vec<Value> {
        if depth >= VARY_DEPTH {
            return vec![self.sample(s, depth)];
        }
        let key = (s as *const Value as usize, limit);
        if let Some(l) = self.lists.borrow().get(&key) {
            return l.clone();
        }
        let mut out = Out::new(limit);
        self.candidates(s, depth, &mut out);
        self.lists.borrow_mut().insert(key, out.list.clone());
        out.list
    }

    /// Candidates for `s` into `out`.
    pub(super) fn candidates(&self, s: &'d Value, depth: usize, out: &mut Out) {
        let v = self.view(s);
        out.push(self.sample(s, depth));
        if let Some(c) = v.const_ {
            out.push(c.clone());
        }
        if let Some(e) = v.enum_ {
            for x in e {
                out.push(x.clone());
            }
        }
        for x in &v.examples {
            out.push((*x).clone());
        }
        if let Some(d) = v.default {
            out.push(d.clone());
        }
        let all = [
            "string", "integer", "number", "boolean", "null", "object", "array",
        ];
        let declared: Vec<&str> = match &v.types {
            Some(ts) => ts.clone(),
            None => all.to_vec(),
        };
        // one value of each declared type first, then the boundaries of each
        if depth < MAX_DEPTH {
            let own = self.typed_sample(&v, v.main_type(), depth);
            for u in &v.unions {
                // each branch alone, and merged with its parent's own members
                for b in u.iter() {
                    let bs = self.sample(b, depth + 1);
                    out.push(bs.clone());
                    out.push(merge(own.clone(), bs));
                }
            }
            for u in &v.unions {
                let each = (PER_CHILD / u.len().max(1)).max(4);
                for b in u.iter() {
                    for c in self.candidates_of(b, depth + 1, each) {
                        out.push(c);
                    }
                }
            }
            for n in v.nots.iter().chain(v.conditionals.iter()) {
                for c in self.candidates_of(n, depth + 1, PER_CHILD) {
                    out.push(c.clone());
                    out.push(merge(self.sample(s, depth), c));
                }
            }
        }
        for t in &declared {
            out.push(self.typed_sample(&v, t, depth));
        }
        for t in &declared {
            if out.full() {
                return;
            }
            self.typed_candidates(&v, t, depth, out);
        }
        // one value of every JSON type, for a base that accepted any type
        for p in [
            json!("a"),
            json!(0),
            json!(1.5),
            json!(true),
            Value::Null,
            json!({}),
            json!([]),
        ] {
            out.push(p);
        }
    }

    fn typed_candidates(&self, v: &View<'d>, t: &str, depth: usize, out: &mut Out) {
        match t {
            "boolean" => {
                out.push(json!(true));
                out.push(json!(false));
            }
            "null" => out.push(Value::Null),
            "integer" | "number" => {
                let integer = t == "integer";
                let step = if integer { 1.0 } else { 0.5 };
                let mut xs = vec![0.0, 1.0, -1.0, 7.0, 1_000_000.0];
                if !integer {
                    xs.push(1.5);
                    xs.push(-0.5);
                }
                for b in [
                    v.minimum,
                    v.maximum,
                    v.exclusive_minimum,
                    v.exclusive_maximum,
                ]
                .into_iter()
                .flatten()
                {
                    xs.extend([b, b - step, b + step]);
                    if !integer {
                        xs.extend([b - 0.01, b + 0.01]);
                    }
                }
                if let Some(m) = v.multiple_of {
                    xs.extend([m, 2.0 * m, m + step, m / 2.0]);
                }
                for x in xs {
                    if integer && x.fract() != 0.0 {
                        continue;
                    }
                    out.push(number(x));
                }
            }
            "string" => {
                let base = self.string_sample(v);
                out.push(Value::String(base.clone()));
                // the schema's own boundaries first: they make the plainest witnesses
                for n in [v.min_length, v.max_length].into_iter().flatten() {
                    for k in [n.saturating_sub(1), n, n + 1] {
                        if k <= 4096 {
                            out.push(Value::String("a".repeat(k as usize)));
                        }
                    }
                }
                for p in &v.pattern {
                    for longer in [false, true] {
                        if let Some(m) = matching_string(p, longer) {
                            out.push(Value::String(format!("{m}!")));
                            out.push(Value::String(m));
                        }
                    }
                }
                for s in ["", "a", "abc", "5", "1.5", "true", "null", "A-Z_9 !"] {
                    out.push(json!(s));
                }
                for f in [
                    "date-time",
                    "date",
                    "time",
                    "uuid",
                    "email",
                    "ipv4",
                    "ipv6",
                    "uri",
                ] {
                    if let Some(x) = format_sample(f) {
                        out.push(json!(x));
                    }
                }
            }
            "array" => self.array_candidates(v, depth, out),
            "object" => self.object_candidates(v, depth, out),
            _ => {}
        }
    }

    fn array_candidates(&self, v: &View<'d>, depth: usize, out: &mut Out) {
        out.push(json!([]));
        if depth >= MAX_DEPTH {
            return;
        }
        let sample = self.typed_sample(v, "array", depth);
        out.push(sample.clone());
        // one element more than the sample (past `prefixItems`, or a second item)
        if let Value::Array(a) = &sample {
            let mut longer = a.clone();
            let next = a.last().cloned().unwrap_or(json!("a"));
            longer.push(next);
            out.push(Value::Array(longer));
        }
        let item_sample = v.items.map(|i| self.sample(i, depth + 1));
        // an array without `items` takes any element: "a" stands for one, so `maxItems: 1`
        // added to `{type: array}` is still tried with two elements
        let is = item_sample.clone().unwrap_or_else(|| json!("a"));
        out.push(json!([is.clone()]));
        out.push(json!([is.clone(), is.clone()]));
        for n in [v.min_items, v.max_items].into_iter().flatten() {
            for k in [n.saturating_sub(1), n, n + 1] {
                out.push(Value::Array(vec![is.clone(); k.min(64) as usize]));
            }
        }
        if let Some(i) = v.items {
            for c in self.candidates_of(i, depth + 1, PER_CHILD) {
                out.push(json!([c]));
                if let Value::Array(mut a) = sample.clone()
                    && !a.is_empty()
                {
                    let last = a.len() - 1;
                    a[last] = c.clone();
                    out.push(Value::Array(a));
                }
            }
        }
        // each prefixItems position takes each of its candidates
        for (pos, p) in v.prefix_items.iter().enumerate().take(8) {
            for c in self.candidates_of(p, depth + 1, PER_CHILD) {
                let mut a: Vec<Value> = match &sample {
                    Value::Array(a) => a.clone(),
                    _ => Vec::new(),
                };
                while a.len() <= pos {
                    a.push(
                        item_sample
                            .clone()
                            .unwrap_or_else(|| self.sample(p, depth + 1)),
                    );
                }
                a[pos] = c.clone();
                out.push(Value::Array(a.clone()));
                a.truncate(pos + 1);
                out.push(Value::Array(a));
            }
        }
        if let Some(c) = v.contains {
            let cs = self.sample(c, depth + 1);
            out.push(json!([cs.clone()]));
            out.push(json!([cs.clone(), cs.clone()]));
            out.push(json!([cs.clone(), cs.clone(), cs]));
        }
    }

    fn object_candidates(&self, v: &View<'d>, depth: usize, out: &mut Out) {
        out.push(json!({}));
        if depth >= MAX_DEPTH {
            return;
        }
        let minimal = match self.typed_sample(v, "object", depth) {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let mut full = minimal.clone();
        for (n, ps) in &v.properties {
            if !full.contains_key(*n) {
                full.insert((*n).to_string(), self.sample(ps, depth + 1));
            }
        }
        out.push(Value::Object(minimal.clone()));
        out.push(Value::Object(full.clone()));
        for r in &v.required {
            let mut m = full.clone();
            m.remove(*r);
            out.push(Value::Object(m));
        }
        for (n, ps) in &v.properties {
            if out.full() {
                return;
            }
            let mut without = minimal.clone();
            without.remove(*n);
            for (i, c) in self
                .candidates_of(ps, depth + 1, PER_CHILD)
                .into_iter()
                .enumerate()
            {
                // the member's value next to the required ones; next to every member only
                // for its first candidates (full objects are large)
                if i < 2 {
                    let mut a = full.clone();
                    a.insert((*n).to_string(), c.clone());
                    out.push(Value::Object(a));
                }
                let mut b = minimal.clone();
                b.insert((*n).to_string(), c);
                out.push(Value::Object(b));
            }
            // with only this one optional member next to the required ones
            let mut one = minimal.clone();
            one.insert((*n).to_string(), self.sample(ps, depth + 1));
            out.push(Value::Object(one));
        }
        let extra = |k: &str, val: Value| {
            let mut m = full.clone();
            m.insert(k.to_string(), val);
            Value::Object(m)
        };
        out.push(extra("extra", json!("a")));
        out.push(extra("extra", json!(1)));
        if let Some(a) = v.additional
            && a.is_object()
        {
            for c in self.candidates_of(a, depth + 1, PER_CHILD) {
                out.push(extra("extra", c));
            }
        }
        for (p, ps) in &v.pattern_properties {
            let Some(key) = matching_string(p, true) else {
                continue;
            };
            // the key with what the rest of the map holds (a value the pattern may refuse)
            if let Some(a) = v.additional
                && a.is_object()
            {
                out.push(extra(&key, self.sample(a, depth + 1)));
            }
            out.push(extra(&key, json!("a")));
            for c in self.candidates_of(ps, depth + 1, PER_CHILD) {
                out.push(extra(&key, c.clone()));
                let mut m = minimal.clone();
                m.insert(key.clone(), c);
                out.push(Value::Object(m));
            }
        }
        if let Some(pn) = v.property_names {
            for c in self.candidates_of(pn, depth + 1, PER_CHILD) {
                if let Value::String(k) = c {
                    out.push(extra(&k, json!("a")));
                }
            }
            out.push(extra("A-Z_9 !", json!("a")));
        }
        for (k, deps) in &v.dependent_required {
            let mut m = minimal.clone();
            m.insert(
                (*k).to_string(),
                full.get(*k).cloned().unwrap_or(json!("a")),
            );
            out.push(Value::Object(m.clone()));
            for d in deps {
                m.insert(
                    (*d).to_string(),
                    full.get(*d).cloned().unwrap_or(json!("a")),
                );
            }
            out.push(Value::Object(m));
        }
        for (k, ds) in &v.dependent_schemas {
            let mut m = minimal.clone();
            m.insert(
                (*k).to_string(),
                full.get(*k).cloned().unwrap_or(json!("a")),
            );
            out.push(Value::Object(m.clone()));
            if let Value::Object(extra) = self.sample(ds, depth + 1) {
                m.extend(extra);
                out.push(Value::Object(m));
            }
        }
    }
}

impl<'d> Gen<'d> {
    pub(super) fn random(&self, s: &'d Value, depth: usize, rng: &mut Rng) -> Value {
        let v = self.view(s);
        if depth >= MAX_DEPTH {
            return self.sample(s, depth);
        }
        if let Some(u) = v.unions.first()
            && !u.is_empty()
            && rng.below(2) == 0
        {
            let b = &u[rng.below(u.len())];
            let own = self.typed_sample(&v, v.main_type(), depth);
            return merge(own, self.random(b, depth + 1, rng));
        }
        match v.main_type() {
            "object" => {
                let mut m = Map::new();
                for (n, ps) in &v.properties {
                    if v.required.contains(n) || rng.below(2) == 0 {
                        m.insert((*n).to_string(), self.random(ps, depth + 1, rng));
                    }
                }
                for r in &v.required {
                    if !m.contains_key(*r) {
                        m.insert((*r).to_string(), json!("a"));
                    }
                }
                Value::Object(m)
            }
            "array" => {
                let n = rng.below(4);
                let mut a = Vec::new();
                for (i, p) in v.prefix_items.iter().enumerate() {
                    if i < n {
                        a.push(self.random(p, depth + 1, rng));
                    }
                }
                if let Some(it) = v.items {
                    while a.len() < n {
                        a.push(self.random(it, depth + 1, rng));
                    }
                }
                Value::Array(a)
            }
            _ => {
                let c = self.candidates_of(s, depth, 16);
                c.get(rng.below(c.len()))
                    .cloned()
                    .unwrap_or_else(|| self.sample(s, depth))
            }
        }
    }
}
