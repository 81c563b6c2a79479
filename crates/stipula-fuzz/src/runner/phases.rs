//! The phases as the driver runs them: the spec's examples, boundary values and method
//! probes, then rounds of random positive, negative and stateful cases.

use super::*;

impl Driver {
    /// Every example of the spec, before any random data: the cases of all operations are
    /// made first, then sent round-robin (each operation's first, then each one's second, ...)
    /// so that a budget too small for all of them still reaches every operation.
    pub(super) fn examples(&mut self, ops: &[usize]) {
        // Round 0 is sent while the cases are made (the first requests go out at once, even
        // on a spec of a thousand operations); later rounds from what was kept.
        let mut per_op: Vec<Vec<Case>> = Vec::new();
        for &oi in ops {
            if self.over_share(0.25) {
                return;
            }
            let cases = self.example_cases(oi);
            if let Some(first) = cases.first().cloned() {
                let est = self.est(first.op);
                self.submit(Job::Case(first), est);
            }
            per_op.push(cases);
        }
        let rounds = per_op.iter().map(Vec::len).max().unwrap_or(0);
        for r in 1..rounds {
            for cases in &per_op {
                if self.over_share(0.25) {
                    return;
                }
                if let Some(case) = cases.get(r).cloned() {
                    let est = self.est(case.op);
                    self.submit(Job::Case(case), est);
                }
            }
        }
    }

    /// The examples phase's cases of one operation.
    pub(super) fn example_cases(&mut self, oi: usize) -> Vec<Case> {
        let spec = self.sh.spec.clone();
        let mut out = Vec::new();
        {
            let op = &spec.operations[oi];
            let Some((base, _, origin)) = self.positive(oi, Phase::Examples, 0) else {
                return out;
            };
            let pex: Vec<Vec<Value>> = op
                .parameters
                .iter()
                .map(|p| plan::param_examples(&spec, p))
                .collect();
            let mut bex = origin
                .media
                .map(|m| plan::body_examples(&spec, op, m))
                .unwrap_or_default();
            // Examples of properties deep inside the body count too (an optional nested
            // `text.query` with `examples` is how a search handler's 500 is reached): each one
            // on top of the body's own example (or the simplest body), all of them together
            // first.
            let body_schema = origin.media.and_then(|m| {
                let mt = op.request_body.as_ref()?.content.get(m)?;
                stipula_spec::media::admits_json(&mt.media_type).then_some(mt.schema?)
            });
            if let Some(root) = body_schema {
                // The body's own example, else the simplest body if the validator takes it,
                // else the generated valid one.
                let start = bex.first().cloned().unwrap_or_else(|| {
                    let sk = plan::skeleton(&spec, root, 0);
                    let ok = self.sh.validators.is_valid(
                        &spec,
                        root,
                        stipula_schema::render::Direction::Request,
                        &sk,
                    ) != Some(false);
                    match (&base.body, ok) {
                        (Some(b), false) => b.clone(),
                        _ => sk,
                    }
                });
                let props = plan::property_examples(&spec, root);
                let mut all = start.clone();
                let mut seen_paths = HashSet::new();
                for (path, chain, v) in &props {
                    if seen_paths.insert(path.clone())
                        && let Some(b) = plan::with_property(&spec, &all, path, chain, v.clone())
                    {
                        all = b;
                    }
                }
                let mut extra = vec![all];
                extra.extend(props.into_iter().filter_map(|(path, chain, v)| {
                    plan::with_property(&spec, &start, &path, &chain, v)
                }));
                for b in extra {
                    if !bex.contains(&b) {
                        bex.push(b);
                    }
                }
            }
            let n = pex
                .iter()
                .map(Vec::len)
                .chain([bex.len()])
                .max()
                .unwrap_or(0)
                // One request even without examples: every operation answers once before
                // any operation gets its many boundary cases (a bug on every request shows
                // at once).
                .clamp(1, 48);
            let mut base = base;
            // Optional parameters without examples stay out: a random optional header that
            // the server rejects would hide what the examples reach.
            for (i, p) in op.parameters.iter().enumerate() {
                if !p.required && p.location != ParamLocation::Path && pex[i].is_empty() {
                    base.params[i] = None;
                }
            }
            for k in 0..n {
                let mut d = base.clone();
                for (i, ex) in pex.iter().enumerate() {
                    if !ex.is_empty() {
                        d.params[i] = Some(ex[k % ex.len()].clone());
                    }
                }
                if !bex.is_empty() {
                    d.body = Some(bex[k % bex.len()].clone());
                }
                self.pin(oi, &mut d);
                let kind = CaseKind::from_verdict(plan::judge(&spec, &self.sh.validators, op, &d));
                out.push(Case {
                    op: oi,
                    phase: Phase::Examples,
                    kind,
                    data: d,
                    origin: None,
                    probe_auth: true,
                    mangle: None,
                });
            }
        }
        out
    }

    pub(super) fn boundary(&mut self, ops: &[usize]) {
        let spec = self.sh.spec.clone();
        for &oi in ops {
            if self.over_share(0.4) {
                return;
            }
            let op = &spec.operations[oi];
            let Some((base, CaseKind::Positive, origin)) = self.positive(oi, Phase::Boundary, 0)
            else {
                continue;
            };
            // Bodies no schema describes: cut JSON, JSON labelled text/plain, an empty body
            // where one is required. A 4xx is right, a 5xx is a failure.
            let json_body = origin.media.and_then(|m| {
                let rb = op.request_body.as_ref()?;
                stipula_spec::media::admits_json(&rb.content.get(m)?.media_type)
                    .then_some(rb.required)
            });
            if let Some(required) = json_body
                && base.body.is_some()
            {
                let mut mangles = vec![Mangle::TruncatedJson, Mangle::WrongContentType];
                if required {
                    mangles.push(Mangle::EmptyBody);
                }
                for m in mangles {
                    let case = Case {
                        op: oi,
                        phase: Phase::Boundary,
                        kind: m.kind(),
                        data: base.clone(),
                        origin: None,
                        probe_auth: false,
                        mangle: Some(m),
                    };
                    if !self.submit(Job::Case(case), 1) {
                        return;
                    }
                }
            }
            let pinned: Vec<usize> = self
                .pins
                .get(&oi)
                .map(|p| p.iter().map(|(i, _)| *i).collect())
                .unwrap_or_default();
            for e in self.edits_of(oi, origin.media).into_iter().take(64) {
                // A pinned parameter keeps its value in valid requests (only negative cases
                // break it on purpose).
                if e.intends_valid
                    && matches!(e.target, plan::Target::Param(i) if pinned.contains(&i))
                {
                    continue;
                }
                let Some(d) = plan::apply(&base, &e) else {
                    continue;
                };
                let kind = if e.intends_valid {
                    if plan::judge(&spec, &self.sh.validators, op, &d) != Verdict::Valid {
                        continue;
                    }
                    CaseKind::Positive
                } else {
                    if plan::judge_edit(&spec, &self.sh.validators, op, &d, &e) != Verdict::Invalid
                    {
                        continue;
                    }
                    CaseKind::Negative {
                        description: e.description.clone(),
                        keyword: e.keyword,
                    }
                };
                let est = self.est(oi);
                if !self.submit(
                    Job::Case(Case {
                        op: oi,
                        phase: Phase::Boundary,
                        kind,
                        data: d,
                        origin: None,
                        probe_auth: false,
                        mangle: None,
                    }),
                    est,
                ) {
                    return;
                }
            }
        }
    }

    pub(super) fn method_probes(&mut self, ops: &[usize]) {
        if !self.sh.checks.contains(&Check::UnsupportedMethod) {
            return;
        }
        let spec = self.sh.spec.clone();
        let mut seen = HashSet::new();
        for &oi in ops {
            let op = &spec.operations[oi];
            if !seen.insert(op.path.clone()) {
                continue;
            }
            let declared: Vec<String> = spec
                .operations
                .iter()
                .filter(|o| o.path == op.path)
                .map(|o| o.method.as_str().to_string())
                .collect();
            let excluded = |m: &str| {
                self.sh
                    .cfg
                    .exclude
                    .iter()
                    .any(|f| matches!(f, Filter::Method(x) if x == m))
            };
            let Some(method) = ["GET", "PATCH", "PUT", "POST", "DELETE"]
                .into_iter()
                .find(|m| !declared.iter().any(|d| d == m) && !excluded(m))
            else {
                continue;
            };
            // Only a URL that no declared route can match: `/pools/filter` may be
            // `GET /pools/{name}` with name=filter, which then rightly answers 404.
            let mut probe = None;
            for n in 1..4 {
                let Some((mut data, _, _)) = self.positive(oi, Phase::Boundary, n) else {
                    break;
                };
                // Nothing optional: a random optional header may be rejected before routing.
                for (i, p) in op.parameters.iter().enumerate() {
                    if !p.required && p.location != ParamLocation::Path {
                        data.params[i] = None;
                    }
                }
                let Ok(req) = request::build(op, &data, &self.sh.base, &self.sh.extra) else {
                    continue;
                };
                let path = req.url[self.sh.base.len()..]
                    .split(['?', '#'])
                    .next()
                    .unwrap_or("")
                    .to_string();
                let other_route = spec
                    .operations
                    .iter()
                    .any(|o| o.path != op.path && plan::path_matches(&o.path, &path));
                if !other_route {
                    probe = Some(data);
                    break;
                }
            }
            let Some(data) = probe else {
                continue;
            };
            self.submit(
                Job::Probe {
                    op: oi,
                    method: method.to_string(),
                    declared,
                    data,
                },
                1,
            );
        }
    }

    pub(super) fn sequence(&mut self, chain: &Chain, n: u64) -> Option<Vec<SeqStep>> {
        let mut steps = Vec::new();
        for (k, s) in chain.steps.iter().enumerate() {
            let (d, _, origin) = self.positive(s.op, Phase::Stateful, n * 16 + k as u64)?;
            steps.push(SeqStep {
                spec: s.clone(),
                data: d,
                origin,
            });
        }
        Some(steps)
    }

    pub(super) fn random_rounds(&mut self, ops: &[usize], chains: &[Chain]) {
        let positive = self.has(Phase::Positive);
        let negative = self.has(Phase::Negative);
        let stateful = self.has(Phase::Stateful);
        let unbounded = self.sh.cfg.max_requests.is_none() && self.sh.cfg.duration.is_none();
        let mut round = 0u64;
        loop {
            if unbounded && round >= self.sh.cfg.cases_per_operation {
                return;
            }
            let mut any = false;
            for &oi in ops {
                if self.over_share(0.9) {
                    return;
                }
                if positive
                    && let Some((d, kind, origin)) = self.positive(oi, Phase::Positive, round)
                {
                    let origin = (kind == CaseKind::Positive).then_some(origin);
                    let est = self.est(oi);
                    any |= self.submit(
                        Job::Case(Case {
                            op: oi,
                            phase: Phase::Positive,
                            kind,
                            data: d,
                            origin,
                            probe_auth: round < 3,
                            mangle: None,
                        }),
                        est,
                    );
                }
                if negative && let Some(c) = self.negative(oi, round) {
                    any |= self.submit(Job::Case(c), 1);
                }
            }
            if stateful {
                for ch in chains {
                    if self.over_share(0.9) {
                        return;
                    }
                    if let Some(steps) = self.sequence(ch, round) {
                        let n = steps.len() as u64;
                        any |= self.submit(Job::Sequence(steps, round < 2), n);
                    }
                }
            }
            if !any {
                return;
            }
            round += 1;
        }
    }

    pub(super) fn wait_idle(&self) {
        while self.sh.pending.load(Ordering::SeqCst) > 0 {
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}
