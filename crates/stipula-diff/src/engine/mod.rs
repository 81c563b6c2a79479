//! The comparison context and the schema walk: memoized by (old, new, direction), cycle-safe,
//! and attributing every change inside a named component to that component once.

use crate::DiffOptions;
use crate::flat::{self, Conj, Flat};
use crate::model::{Affected, Direction, Finding, Level, Location, RejectedBy, Witness, finding};
use crate::rules::{self, composition};
use crate::rules::{required_nullable, type_format};
use crate::witness::{self, Outcome};
use std::collections::{HashMap, HashSet};
use stipula_spec::{Loc, Spec};

mod judge;
pub(crate) use judge::witness_applies;
pub use judge::{Encodings, Form};
use judge::{is_union_rule, owns};

/// Deepest schema nesting followed (deeper structures are compared no further).
const MAX_DEPTH: usize = 64;

pub(crate) enum SinkKind {
    /// Findings of one operation (`"GET /pets"`).
    Operation(String),
    /// Findings inside one named schema component.
    Component(String),
    /// Findings about the API as a whole.
    Api,
}

pub(crate) struct Sink {
    pub kind: SinkKind,
    pub findings: Vec<Finding>,
    /// Named components reached from here: (node, section, direction).
    pub children: Vec<(usize, String, Direction)>,
}

pub(crate) struct Cx<'a> {
    pub old: &'a Spec,
    pub new: &'a Spec,
    pub opts: &'a DiffOptions,
    pub sinks: Vec<Sink>,
    pub cur: usize,
    pub dir: Direction,
    pub section: String,
    pub path: String,
    memo: HashMap<(Conj, Conj, Direction), usize>,
    /// Pairs of differently named (or half named) schemas already compared: compared once,
    /// so a spec whose components were all renamed cannot make the walk exponential.
    seen_renamed: HashSet<(Conj, Conj, Direction)>,
    stack: HashSet<(Conj, Conj, Direction)>,
    depth: usize,
    /// A pair whose nullability was already judged by its caller (a plain schema compared
    /// with one branch of a nullable union): do not judge it again.
    pub null_mask: Option<(Conj, Conj)>,
    /// `components.examples` names already compared (one finding per example component).
    example_components: HashSet<String>,
    /// Above 0 while a parameter's or header's schema is compared: those are judged as text
    /// on the wire, once for the whole parameter, not node by node.
    pub wire_depth: usize,
    /// Findings (sink, index) already judged by the witness search of a deeper node.
    claimed: HashSet<(usize, usize)>,
    /// Findings emitted so far (all sinks).
    pub emitted: usize,
    /// The schemas of the section being compared (a body or response), for turning a
    /// witness found deep inside into a whole value.
    root: Option<(Conj, Conj)>,
    /// Above 0 while a plain schema is compared with one branch of a union: the findings
    /// there are judged with the whole pair, by the node that holds the union.
    defer: usize,
    /// How many `not`s the walk is inside: an odd count inverts what a change means.
    pub negations: u32,
    /// Named schema pairs met again (compared before, their findings already reported).
    reused: usize,
    /// Witness searches already run, by (base, revision, direction).
    searches: HashMap<(Conj, Conj, Direction), Outcome>,
    /// Compiled sides and search outcomes by content, shared by every search of the diff.
    pub lab: witness::Lab,
    /// Set while a form request body (`application/x-www-form-urlencoded`,
    /// `multipart/form-data`) is compared: its fields are judged as text, like parameters.
    pub form: Option<Form>,
}

impl<'a> Cx<'a> {
    pub fn new(old: &'a Spec, new: &'a Spec, opts: &'a DiffOptions) -> Self {
        Cx {
            old,
            new,
            opts,
            sinks: vec![Sink {
                kind: SinkKind::Api,
                findings: Vec::new(),
                children: Vec::new(),
            }],
            cur: 0,
            dir: Direction::None,
            section: String::new(),
            path: String::new(),
            memo: HashMap::new(),
            seen_renamed: HashSet::new(),
            stack: HashSet::new(),
            depth: 0,
            null_mask: None,
            example_components: HashSet::new(),
            wire_depth: 0,
            form: None,
            claimed: HashSet::new(),
            emitted: 0,
            reused: 0,
            negations: 0,
            defer: 0,
            root: None,
            searches: HashMap::new(),
            lab: witness::Lab::default(),
        }
    }

    /// True the first time an example component name is seen (then compare it; later uses
    /// of the same component are the same root cause).
    pub fn first_example_component(&mut self, name: &str) -> bool {
        if self.example_components.contains(name) {
            return false;
        }
        self.example_components.insert(name.to_string())
    }

    /// Start collecting findings for an operation; returns the previous sink to restore.
    pub fn enter_operation(&mut self, key: String) -> usize {
        self.sinks.push(Sink {
            kind: SinkKind::Operation(key),
            findings: Vec::new(),
            children: Vec::new(),
        });
        std::mem::replace(&mut self.cur, self.sinks.len() - 1)
    }

    /// Record a finding at the current place.
    pub fn emit(
        &mut self,
        id: &str,
        message: String,
        detail: &str,
        old: Option<&Loc>,
        new: Option<&Loc>,
    ) {
        let mut rule = rules::must(id);
        let mut message = message;
        let level = rule.level;
        if self.negations % 2 == 1 {
            // Inside `not` the walk runs in the opposite direction (what widens inside
            // narrows outside): the level is that direction's rule's, but the finding is
            // reported under the direction the data really flows in.
            let swapped = id
                .strip_prefix("response-")
                .map(|r| format!("request-{r}"))
                .or_else(|| id.strip_prefix("request-").map(|r| format!("response-{r}")));
            if let Some(shown) = swapped.as_deref().and_then(rules::rule) {
                rule = shown;
            }
            message.push_str(" (inside `not`: the opposite holds for the value outside it)");
        }
        let mut f = finding(rule, message);
        if self.negations % 2 == 1 {
            f.level = level;
            f.direction = self.dir.flip();
        }
        f.path = self.path.clone();
        if matches!(self.sinks[self.cur].kind, SinkKind::Operation(_)) {
            f.section = self.section.clone();
        }
        f.detail = detail.to_string();
        f.base = old.map(|l| Location::of(self.old, l));
        f.revision = new.map(|l| Location::of(self.new, l));
        self.sinks[self.cur].findings.push(f);
        self.emitted += 1;
    }

    /// Emit the direction-specific variant `request-<stem>` / `response-<stem>`.
    pub fn emit_dir(
        &mut self,
        stem: &str,
        message: String,
        detail: &str,
        old: Option<&Loc>,
        new: Option<&Loc>,
    ) {
        let id = rules::dir_id(self.dir, stem);
        self.emit(&id, message, detail, old, new);
    }

    /// A readable name for the current schema place, for messages.
    pub fn here(&self) -> String {
        if self.path.is_empty() {
            match &self.sinks[self.cur].kind {
                SinkKind::Component(n) => format!("schema `{n}`"),
                SinkKind::Operation(_) if !self.section.is_empty() => self.section.clone(),
                _ => "the schema".to_string(),
            }
        } else {
            format!("`{}`", self.path)
        }
    }

    /// Run `f` with `seg` appended to the schema path.
    pub fn at<R>(&mut self, seg: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = self.path.len();
        if !self.path.is_empty() && !seg.starts_with('[') && !seg.starts_with('{') {
            self.path.push('.');
        }
        self.path.push_str(seg);
        let r = f(self);
        self.path.truncate(saved);
        r
    }

    /// Compare two schemas (as conjunctions) in the current direction.
    pub fn compare(&mut self, old: Conj, new: Conj) {
        if old.is_empty() && new.is_empty() {
            return;
        }
        if self.depth >= MAX_DEPTH {
            return;
        }
        let key = (old, new, self.dir);
        if self.stack.contains(&key) {
            return;
        }
        let oname = single_name(self.old, &key.0);
        let nname = single_name(self.new, &key.1);
        let named = match (oname, nname) {
            (Some(a), Some(b)) if a == b => Some(a.to_string()),
            _ => None,
        };
        if let Some(name) = named {
            if let Some(&node) = self.memo.get(&key) {
                self.link(node);
                self.reused += 1;
                return;
            }
            self.sinks.push(Sink {
                kind: SinkKind::Component(name),
                findings: Vec::new(),
                children: Vec::new(),
            });
            let node = self.sinks.len() - 1;
            self.memo.insert(key.clone(), node);
            self.link(node);
            let saved_cur = std::mem::replace(&mut self.cur, node);
            let saved_path = std::mem::take(&mut self.path);
            self.walk(key);
            self.path = saved_path;
            self.cur = saved_cur;
        } else {
            if (oname.is_some() || nname.is_some()) && !self.seen_renamed.insert(key.clone()) {
                return;
            }
            self.walk(key);
        }
    }

    fn link(&mut self, node: usize) {
        let section = match self.sinks[self.cur].kind {
            SinkKind::Operation(_) => self.section.clone(),
            _ => String::new(),
        };
        let dir = self.dir;
        let cur = self.cur;
        if !self.sinks[cur]
            .children
            .iter()
            .any(|(n, s, d)| *n == node && *s == section && *d == dir)
        {
            self.sinks[cur].children.push((node, section, dir));
        }
    }

    fn walk(&mut self, key: (Conj, Conj, Direction)) {
        self.stack.insert(key.clone());
        self.depth += 1;
        let o = flat::flatten(self.old, &key.0);
        let n = flat::flatten(self.new, &key.1);
        self.compare_flat(&key.0, &key.1, &o, &n);
        self.depth -= 1;
        self.stack.remove(&key);
    }

    /// Compare two flattened schemas, then judge this node's own findings (those no deeper
    /// node judged) by a witness search.
    fn compare_flat(&mut self, oc: &Conj, nc: &Conj, o: &Flat, n: &Flat) {
        let sink = self.cur;
        let before = self.sinks[sink].findings.len();
        self.compare_flat_rules(oc, nc, o, n);
        if self.wire_depth > 0 || self.defer > 0 {
            return;
        }
        let field = self.form.as_ref().and_then(|f| f.field.clone());
        if let Some((name, at)) = field {
            if self.depth > at {
                // inside a form field: judged with the whole field, as text
                return;
            }
            if self.depth == at && self.judge_form_field(sink, before, &name, oc, nc, o, n) {
                return;
            }
        }
        let own: Vec<usize> = (before..self.sinks[sink].findings.len())
            .filter(|i| !self.claimed.contains(&(sink, *i)))
            .collect();
        for i in &own {
            self.claimed.insert((sink, *i));
        }
        let eligible: Vec<usize> = own
            .into_iter()
            .filter(|i| witness_applies(self.sinks[sink].findings[*i].id))
            .collect();
        if eligible.is_empty() {
            return;
        }
        if self.all_unprovable(sink, &eligible) {
            return;
        }
        let outcome = self.search(oc, nc);
        // A union with as many branches on both sides is judged branch by branch, except
        // where a branch was removed or added here: a value the union itself refuses
        // (`oneOf`/`anyOf` at this node) proves that finding.
        let branches_changed = eligible
            .iter()
            .any(|i| is_union_rule(self.sinks[sink].findings[*i].id));
        let owned = |errs: &[(String, String)]| {
            errs.iter().any(|(p, k)| {
                owns(p, k, o, n)
                    || (branches_changed && p.is_empty() && matches!(k.as_str(), "oneOf" | "anyOf"))
            })
        };
        let locs = (o.loc.cloned(), n.loc.cloned());
        self.apply(sink, &eligible, outcome, owned, locs);
    }

    /// How deep the walk is (nodes entered).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Where a witness found here goes, in words.
    pub fn target(&self) -> String {
        let head = match &self.sinks[self.cur].kind {
            SinkKind::Component(n) => format!("schema {n}"),
            _ => self.section.clone(),
        };
        match (head.is_empty(), self.path.is_empty()) {
            (_, true) => head,
            (true, false) => self.path.clone(),
            (false, false) => format!("{head} › {}", self.path),
        }
    }

    /// Compare the schemas of one section (a request or response body): the walk, then,
    /// when the walk found nothing although the schemas differ, a witness search over the
    /// whole value (a change no rule names).
    pub fn compare_root(&mut self, oc: Conj, nc: Conj) {
        let (before, reused) = (self.emitted, self.reused);
        let saved_root = self.root.replace((oc.clone(), nc.clone()));
        self.compare(oc.clone(), nc.clone());
        self.root = saved_root;
        if self.emitted != before
            || self.reused != reused
            || self.wire_depth > 0
            || oc.is_empty()
            || nc.is_empty()
        {
            return;
        }
        if !witness::differs(self.old, self.new, &oc, &nc, self.dir) {
            return;
        }
        if let Outcome::Found(w) = self.search(&oc, &nc) {
            let proof = Witness {
                value: w.value,
                wire: w.wire,
                target: self.target(),
                rejected_by: w.rejected_by,
                reason: w.reason,
            };
            let locs = (
                oc.first().map(|i| self.old.schema(*i).loc.clone()),
                nc.first().map(|i| self.new.schema(*i).loc.clone()),
            );
            self.emit_unnamed(proof, locs);
        }
    }

    fn compare_flat_rules(&mut self, oc: &Conj, nc: &Conj, o: &Flat, n: &Flat) {
        self.defer += 1;
        let paired = composition::union_vs_single(self, oc, nc, o, n);
        self.defer -= 1;
        if paired {
            return;
        }
        let compatible = type_format::check(self, o, n);
        let masked = self
            .null_mask
            .as_ref()
            .is_some_and(|(a, b)| a == oc && b == nc);
        if !masked {
            required_nullable::check_nullable(self, o, n);
        }
        if !compatible {
            // A changed type says it all; comparing the insides would only add noise.
            return;
        }
        for (_, check) in rules::SCHEMA_CHECKS {
            check(self, o, n);
        }
        if !o.items.is_empty() || !n.items.is_empty() {
            let (oi, ni) = (o.items.clone(), n.items.clone());
            self.at("[]", |cx| cx.compare(oi, ni));
        }
    }

    /// Turn the sinks into the final list: component findings once, with every operation
    /// and direction that reaches them.
    pub fn finish(self) -> Vec<Finding> {
        let Cx { mut sinks, .. } = self;
        let mut affected: Vec<Vec<Affected>> = vec![Vec::new(); sinks.len()];
        for (i, s) in sinks.iter().enumerate() {
            let key = match &s.kind {
                SinkKind::Operation(k) => k.clone(),
                _ => continue,
            };
            // Each (component, direction) is reached once per operation (`seen`), so its
            // `affected` gets one entry per operation and direction: no need to look for one
            // already there (that search made this loop quadratic in the operations a shared
            // component reaches: a sixth of Stripe's whole diff). Only components with
            // findings need the list.
            let mut seen: HashSet<(usize, Direction)> = HashSet::new();
            for (child, section, dir) in &s.children {
                let mut stack = vec![*child];
                while let Some(node) = stack.pop() {
                    if !seen.insert((node, *dir)) {
                        continue;
                    }
                    if !sinks[node].findings.is_empty() {
                        affected[node].push(Affected {
                            operation: key.clone(),
                            section: section.clone(),
                            direction: *dir,
                        });
                    }
                    for (c, _, _) in &sinks[node].children {
                        stack.push(*c);
                    }
                }
            }
            let _ = i;
        }
        for a in &mut affected {
            a.sort();
            a.dedup();
        }
        let mut out = Vec::new();
        for (i, s) in sinks.iter_mut().enumerate() {
            let mut findings = std::mem::take(&mut s.findings);
            for f in &mut findings {
                match &s.kind {
                    SinkKind::Operation(k) => f.operation = Some(k.clone()),
                    SinkKind::Component(n) => {
                        f.component = Some(format!("schema {n}"));
                        f.affected = affected[i].clone();
                    }
                    SinkKind::Api => {}
                }
                f.compute_fingerprint();
            }
            out.extend(findings);
        }
        // A direction-free finding inside a component is met once per direction the
        // component is walked in: keep one, with every use it reaches.
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut keep = vec![true; out.len()];
        for i in 0..out.len() {
            match first.get(&out[i].fingerprint) {
                Some(&j) => {
                    keep[i] = false;
                    let extra = std::mem::take(&mut out[i].affected);
                    for a in extra {
                        if !out[j].affected.contains(&a) {
                            out[j].affected.push(a);
                        }
                    }
                    out[j].affected.sort();
                }
                None => {
                    first.insert(out[i].fingerprint.clone(), i);
                }
            }
        }
        let mut k = keep.into_iter();
        out.retain(|_| k.next().unwrap_or(true));
        merge_repeated(out)
    }
}

/// The same change inside several operations (a parameter component, an inline schema
/// copied into each operation) is one finding: the first operation's, with every operation
/// it appears in listed in `affected`. Only changes inside an operation (a parameter, body or
/// response: a non-empty section) are merged; an operation-level change (removed, added,
/// deprecated) is about that operation alone.
fn merge_repeated(out: Vec<Finding>) -> Vec<Finding> {
    type Key = (&'static str, String, String, String, String, Direction);
    let mut first: HashMap<Key, usize> = HashMap::new();
    let mut merged: Vec<Finding> = Vec::with_capacity(out.len());
    for f in out {
        let Some(op) = f.operation.clone() else {
            merged.push(f);
            continue;
        };
        if f.section.is_empty() || !f.affected.is_empty() {
            merged.push(f);
            continue;
        }
        let key: Key = (
            f.id,
            f.section.clone(),
            f.path.clone(),
            f.message.clone(),
            f.detail.clone(),
            f.direction,
        );
        match first.get(&key) {
            Some(&j) => {
                let g = &mut merged[j];
                if g.affected.is_empty() {
                    g.affected.push(Affected {
                        operation: g.operation.clone().unwrap_or_default(),
                        section: g.section.clone(),
                        direction: g.direction,
                    });
                }
                let a = Affected {
                    operation: op,
                    section: f.section.clone(),
                    direction: f.direction,
                };
                if !g.affected.contains(&a) {
                    g.affected.push(a);
                }
            }
            None => {
                first.insert(key, merged.len());
                merged.push(f);
            }
        }
    }
    for f in &mut merged {
        f.affected.sort();
    }
    merged
}

fn single_name<'s>(spec: &'s Spec, c: &Conj) -> Option<&'s str> {
    if c.len() == 1 {
        spec.schema(c[0]).name.as_deref()
    } else {
        None
    }
}

/// Render a JSON value short enough for a message.
pub(crate) fn show(v: &serde_json::Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        let t: String = s.chars().take(57).collect();
        format!("{t}...")
    } else {
        s
    }
}

/// Render a number without a useless `.0`.
pub(crate) fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
