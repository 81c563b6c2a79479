//! The driver thread: turns the plan into jobs (proptest strategies are not `Send`, so they
//! live on this one thread), keeps the request budget and runs the phases in order.

use super::*;

pub(super) struct Driver {
    pub(super) sh: Arc<Shared>,
    pub(super) tx: Option<mpsc::Sender<Job>>,
    pub(super) strategies: HashMap<(usize, Option<usize>), BoxedStrategy<RequestData>>,
    pub(super) edits: HashMap<(usize, Option<usize>), Vec<Edit>>,
    /// Pinned values per operation: (parameter index, value).
    pub(super) pins: HashMap<usize, Vec<(usize, Value)>>,
    pub(super) planned: u64,
}

impl Driver {
    pub(super) fn new(sh: Arc<Shared>, tx: mpsc::Sender<Job>) -> Driver {
        Driver {
            sh,
            tx: Some(tx),
            strategies: HashMap::new(),
            edits: HashMap::new(),
            pins: HashMap::new(),
            planned: 0,
        }
    }

    /// Put the `--param` values into `d`.
    pub(super) fn pin(&mut self, op_idx: usize, d: &mut RequestData) {
        if self.sh.cfg.params.is_empty() {
            return;
        }
        let sh = self.sh.clone();
        let pins = self.pins.entry(op_idx).or_insert_with(|| {
            let op = &sh.spec.operations[op_idx];
            let mut out = Vec::new();
            for (i, p) in op.parameters.iter().enumerate() {
                // The last matching pin wins (the CLI's come after the config file's).
                if let Some(pin) = sh.cfg.params.iter().rev().find(|x| x.applies(op, p)) {
                    // Typed by the schema: the first reading of the text that it accepts.
                    let cands = stipula_schema::wire::scalar_readings(&pin.value);
                    let v = cands
                        .iter()
                        .find(|c| {
                            plan::judge_param(&sh.spec, &sh.validators, p, Some(c))
                                == Verdict::Valid
                        })
                        .cloned()
                        .or_else(|| serde_json::from_str::<Value>(&pin.value).ok())
                        .unwrap_or_else(|| Value::String(pin.value.clone()));
                    out.push((i, v));
                }
            }
            out
        });
        for (i, v) in pins.iter() {
            if let Some(slot) = d.params.get_mut(*i) {
                *slot = Some(v.clone());
            }
        }
    }

    /// Leave out optional parameters the server was found to reject whatever their value.
    pub(super) fn drop_muted(&self, op_idx: usize, d: &mut RequestData) {
        let muted = lock(&self.sh.muted);
        if muted.is_empty() {
            return;
        }
        let op = &self.sh.spec.operations[op_idx];
        for (i, p) in op.parameters.iter().enumerate() {
            if !p.required && muted.contains_key(&param_key(p)) {
                d.params[i] = None;
            }
        }
    }

    pub(super) fn stopped(&self) -> bool {
        self.sh.stop.load(Ordering::Relaxed)
            || self.sh.deadline.is_some_and(|d| Instant::now() >= d)
    }

    pub(super) fn submit(&mut self, job: Job, est: u64) -> bool {
        if self.stopped() {
            return false;
        }
        let Some(tx) = &self.tx else { return false };
        self.sh.pending.fetch_add(1, Ordering::SeqCst);
        if tx.blocking_send(job).is_err() {
            self.sh.pending.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        self.planned += est;
        true
    }

    /// Is the phase's share of the budget (fraction `upto` of the whole) used up?
    pub(super) fn over_share(&self, upto: f64) -> bool {
        if self.stopped() {
            return true;
        }
        if let Some(max) = self.sh.cfg.max_requests
            && self.planned as f64 >= max as f64 * upto
        {
            return true;
        }
        if let (Some(d), Some(dur)) = (self.sh.deadline, self.sh.cfg.duration) {
            let phase_end = d - dur + dur.mul_f64(upto);
            if Instant::now() >= phase_end {
                return true;
            }
        }
        false
    }

    pub(super) fn has(&self, p: Phase) -> bool {
        self.sh.cfg.phases.contains(&p)
    }

    pub(super) fn strategy(
        &mut self,
        op_idx: usize,
        media: Option<usize>,
    ) -> BoxedStrategy<RequestData> {
        if let Some(s) = self.strategies.get(&(op_idx, media)) {
            return s.clone();
        }
        let spec = self.sh.spec.clone();
        let op = &spec.operations[op_idx];
        let mut params: Vec<BoxedStrategy<Option<Value>>> = Vec::new();
        for p in &op.parameters {
            let ascii = matches!(p.location, ParamLocation::Header | ParamLocation::Cookie);
            let mut c = stipula_schema::strategy::Compiler::new(&spec, true, ascii);
            let s = match plan::param_schema(p) {
                Some(id) => {
                    let mut st = c.schema(id, 0);
                    if p.location == ParamLocation::Path {
                        // A path segment cannot be empty: the URL would name another resource.
                        st = st
                            .prop_map(|v| match v {
                                // Nor `.`/`..` (removed by URL normalisation) or a `/`
                                // (decoded before routing): both reach another route.
                                Value::String(s) if s.is_empty() => Value::String("a".into()),
                                Value::String(s) if s == "." || s == ".." => {
                                    Value::String(format!("a{s}"))
                                }
                                Value::String(s) if s.contains('/') => {
                                    Value::String(s.replace('/', "_"))
                                }
                                other => other,
                            })
                            .boxed();
                    }
                    if p.required || p.location == ParamLocation::Path {
                        st.prop_map(Some).boxed()
                    } else {
                        proptest::option::weighted(0.5, st).boxed()
                    }
                }
                None if p.required || p.location == ParamLocation::Path => {
                    Just(Some(Value::String("stipula".into()))).boxed()
                }
                None => Just(None).boxed(),
            };
            params.push(s);
        }
        let body: BoxedStrategy<Option<Value>> = match (&op.request_body, media) {
            (Some(rb), Some(mi)) => {
                let mt = &rb.content[mi];
                let st = match mt.schema {
                    Some(id) => {
                        let mut c = stipula_schema::strategy::Compiler::new(&spec, true, false);
                        c.json_floats = stipula_spec::media::admits_json(&mt.media_type);
                        c.schema(id, 0)
                    }
                    None if stipula_spec::media::admits_json(&mt.media_type) => {
                        Just(serde_json::json!({})).boxed()
                    }
                    None => Just(Value::String("stipula".into())).boxed(),
                };
                if rb.required {
                    st.prop_map(Some).boxed()
                } else {
                    proptest::option::weighted(0.9, st).boxed()
                }
            }
            _ => Just(None).boxed(),
        };
        let s = (params, body)
            .prop_map(move |(params, body)| RequestData {
                params,
                media,
                body,
            })
            .boxed();
        self.strategies.insert((op_idx, media), s.clone());
        s
    }

    pub(super) fn media_for(&self, op: usize, seed: u64) -> Option<usize> {
        let m = plan::supported_media(&self.sh.spec.operations[op]);
        if m.is_empty() {
            None
        } else {
            Some(m[(seed % m.len() as u64) as usize])
        }
    }

    pub(super) fn runner(seed: u64) -> TestRunner {
        let mut bytes = [0u8; 32];
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            chunk.copy_from_slice(&splitmix(seed ^ i as u64).to_le_bytes());
        }
        TestRunner::new_with_rng(
            proptest::test_runner::Config::default(),
            TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
        )
    }

    pub(super) fn tree(
        &mut self,
        op: usize,
        media: Option<usize>,
        seed: u64,
    ) -> Option<Box<dyn ValueTree<Value = RequestData>>> {
        let s = self.strategy(op, media);
        let mut r = Self::runner(seed);
        s.new_tree(&mut r).ok()
    }

    /// Reuse ids of created resources for path parameters (half of the time).
    pub(super) fn use_pool(&self, op_idx: usize, seed: u64, d: &mut RequestData) {
        let spec = &self.sh.spec;
        let op = &spec.operations[op_idx];
        let pool = lock(&self.sh.pool);
        for (i, p) in op.parameters.iter().enumerate() {
            if p.location != ParamLocation::Path {
                continue;
            }
            if let Some(ids) = pool.ids.get(&(op.path.clone(), p.name.clone()))
                && !ids.is_empty()
                && splitmix(seed ^ 0xabcd ^ i as u64).is_multiple_of(2)
            {
                let v = ids[(splitmix(seed ^ i as u64) % ids.len() as u64) as usize].clone();
                if plan::judge_param(spec, &self.sh.validators, p, Some(&v)) == Verdict::Valid {
                    d.params[i] = Some(v);
                }
            }
        }
    }

    /// A valid request for `op` from `phase`/`n`, or the last attempt marked unchecked.
    pub(super) fn positive(
        &mut self,
        op: usize,
        phase: Phase,
        n: u64,
    ) -> Option<(RequestData, CaseKind, Origin)> {
        let mut last = None;
        for attempt in 0..4u64 {
            let seed = case_seed(self.sh.cfg.seed, op, phase, n * 8 + attempt);
            let media = self.media_for(op, seed);
            let Some(t) = self.tree(op, media, seed) else {
                continue;
            };
            let mut d = t.current();
            if phase != Phase::Boundary {
                self.use_pool(op, seed, &mut d);
            }
            self.pin(op, &mut d);
            self.drop_muted(op, &mut d);
            let origin = Origin {
                op,
                media,
                seed,
                edit: None,
            };
            match plan::judge(
                &self.sh.spec,
                &self.sh.validators,
                &self.sh.spec.operations[op],
                &d,
            ) {
                Verdict::Valid => return Some((d, CaseKind::Positive, origin)),
                Verdict::Unknown => return Some((d, CaseKind::Unchecked, origin)),
                Verdict::Invalid => {
                    lock(&self.sh.col).rejected_cases += 1;
                    last = Some((d, CaseKind::Unchecked, origin));
                }
            }
        }
        last
    }

    pub(super) fn edits_of(&mut self, op: usize, media: Option<usize>) -> Vec<Edit> {
        if let Some(e) = self.edits.get(&(op, media)) {
            return e.clone();
        }
        let e = plan::edits(&self.sh.spec, &self.sh.spec.operations[op], media);
        self.edits.insert((op, media), e.clone());
        e
    }

    pub(super) fn negative(&mut self, op: usize, n: u64) -> Option<Case> {
        let (base, kind, origin) = self.positive(op, Phase::Negative, n)?;
        if kind != CaseKind::Positive {
            return None;
        }
        let edits: Vec<Edit> = self
            .edits_of(op, origin.media)
            .into_iter()
            .filter(|e| !e.intends_valid)
            .collect();
        if edits.is_empty() {
            return None;
        }
        let spec = self.sh.spec.clone();
        for k in 0..4u64 {
            let e = &edits[(splitmix(origin.seed ^ k) % edits.len() as u64) as usize];
            if let Some(d) = plan::apply(&base, e)
                && plan::judge_edit(&spec, &self.sh.validators, &spec.operations[op], &d, e)
                    == Verdict::Invalid
            {
                return Some(Case {
                    op,
                    phase: Phase::Negative,
                    kind: CaseKind::Negative {
                        description: e.description.clone(),
                        keyword: e.keyword,
                    },
                    data: d,
                    origin: Some(Origin {
                        edit: Some(e.clone()),
                        ..origin
                    }),
                    probe_auth: false,
                    mangle: None,
                });
            }
        }
        None
    }

    /// Requests a case costs (auth probes are few: at most two pairs per operation).
    pub(super) fn est(&self, _op: usize) -> u64 {
        1
    }

    pub(super) fn drive(mut self) {
        let spec = self.sh.spec.clone();
        let ops: Vec<usize> = (0..spec.operations.len())
            .filter(|i| self.sh.included[*i])
            .collect();
        if self.has(Phase::Examples) {
            self.examples(&ops);
        }
        if self.has(Phase::Boundary) {
            self.method_probes(&ops);
            self.boundary(&ops);
        }
        let chains = plan::chains(&spec, &self.sh.included);
        self.random_rounds(&ops, &chains);
        if self.sh.cfg.shrink {
            self.shrink_all();
        }
        self.tx = None;
    }
}
