//! Shrinking: replay simpler versions of each failing case (and of each failing sequence)
//! through the workers and keep the simplest that still fails the same way.

use super::*;

impl Driver {
    pub(super) fn shrink_all(&mut self) {
        self.wait_idle();
        // Stateful failures first: dropping steps is what makes them readable.
        // One representative per cause (the same check and cause on any operation): the
        // first failure of it that can be regenerated.
        let mut causes_seen = HashSet::new();
        let seqs: Vec<((Check, String, String), Sequence)> = lock(&self.sh.col)
            .failures
            .iter()
            .filter_map(|(k, f)| f.sequence.clone().map(|s| (k.clone(), s)))
            .filter(|(k, _)| causes_seen.insert(cause_key(k)))
            .take(16)
            .collect();
        for (key, seq) in seqs {
            if let Some((fail, accepted)) = self.shrink_sequence(&key, seq)
                && let Some(rec) = lock(&self.sh.col).failures.get_mut(&key)
            {
                rec.replace_exchange(&self.sh.masker, &fail.req, &fail.resp);
                rec.steps = fail.records;
                rec.shrink_steps = accepted;
            }
        }
        let mut targets: Vec<((Check, String, String), Origin, CaseKind)> = lock(&self.sh.col)
            .failures
            .iter()
            .filter(|(_, f)| f.sequence.is_none())
            .filter_map(|(k, f)| f.origin.clone().map(|o| (k.clone(), o, f.kind.clone())))
            .filter(|(k, _, _)| causes_seen.insert(cause_key(k)))
            .take(64)
            .collect();
        // Crashes and server errors first (the report lists them first), and the budget left
        // shared among all causes rather than spent on the first few.
        targets.sort_by_key(|(k, _, _)| !matches!(k.0, Check::ServerCrash | Check::ServerError));
        let tries = match self.sh.cfg.max_requests {
            Some(max) if !targets.is_empty() => {
                let left = max.saturating_sub(self.sh.sent.load(Ordering::SeqCst));
                (left / targets.len() as u64).clamp(8, 48) as u32
            }
            _ => 48,
        };
        for (key, origin, kind) in targets {
            if let Some((req, resp, steps)) = self.shrink_one(&key, &origin, &kind, tries)
                && let Some(rec) = lock(&self.sh.col).failures.get_mut(&key)
            {
                rec.replace_exchange(&self.sh.masker, &req, &resp);
                rec.shrink_steps = steps;
            }
        }
    }

    /// Replay `steps`; `None` when the budget is spent, else the failure `key` if the last
    /// step failed that way again.
    pub(super) fn replay(
        &mut self,
        key: &(Check, String, String),
        steps: &[SeqStep],
    ) -> Option<Option<SeqFailure>> {
        let last = steps.len().checked_sub(1)?;
        if self.sh.spec.operations[steps[last].spec.op].key() != key.1 {
            return Some(None);
        }
        let (tx, rx) = oneshot::channel();
        if !self.submit(Job::ShrinkSequence(steps.to_vec(), tx), steps.len() as u64) {
            return None;
        }
        let fails = rx.blocking_recv().ok()?;
        Some(
            fails
                .into_iter()
                .find(|f| f.step == last && f.finding.check == key.0 && f.finding.cause == key.2),
        )
    }

    /// Replay `cand` and keep it (as the current steps, with its reproduction) when the
    /// failure persists: `Some(true)` then, `Some(false)` when it does not, `None` when the
    /// run stopped.
    fn keep_if_fails(
        &mut self,
        key: &(Check, String, String),
        cur: &mut Vec<SeqStep>,
        best: &mut Option<SeqFailure>,
        accepted: &mut u32,
        cand: Vec<SeqStep>,
    ) -> Option<bool> {
        match self.replay(key, &cand)? {
            Some(f) => {
                *cur = cand;
                *best = Some(f);
                *accepted += 1;
                Some(true)
            }
            None => Some(false),
        }
    }

    /// Shrink a stateful failure: drop every step the failure does not need (the first
    /// step stays: later steps take their ids from it), then simplify each remaining
    /// step's generated request. Returns the last reproduction and the accepted changes.
    pub(super) fn shrink_sequence(
        &mut self,
        key: &(Check, String, String),
        seq: Sequence,
    ) -> Option<(SeqFailure, u32)> {
        let spec = self.sh.spec.clone();
        let mut cur = seq.0;
        let mut best = None;
        let mut accepted = 0u32;
        // 1. Drop steps, from the one before the failing step back to the second.
        let mut i = cur.len().saturating_sub(2);
        while i >= 1 {
            let mut cand = cur.clone();
            cand.remove(i);
            if self
                .keep_if_fails(key, &mut cur, &mut best, &mut accepted, cand)
                .is_none()
            {
                return best.map(|b| (b, accepted));
            }
            i -= 1;
        }
        // 2. Simplify each step's request (bound parameters are overwritten by the binding).
        for j in 0..cur.len() {
            let o = cur[j].origin.clone();
            let op = &spec.operations[o.op];
            // Nothing to simplify when every parameter is bound to an earlier step and
            // there is no body (e.g. `DELETE /things/{id}`).
            let bound: HashSet<usize> = cur[j].spec.bindings.iter().map(|(i, _)| *i).collect();
            if op.request_body.is_none() && (0..op.parameters.len()).all(|i| bound.contains(&i)) {
                continue;
            }
            // First the simplest value of the generator in one go: a stateful failure rarely
            // depends on the data, and one replay costs a whole sequence.
            if let Some(mut bottom) = self.tree(o.op, o.media, o.seed) {
                let mut n = 0;
                while n < 10_000 && bottom.simplify() {
                    n += 1;
                }
                let data = bottom.current();
                if n > 0 && plan::judge(&spec, &self.sh.validators, op, &data) == Verdict::Valid {
                    let mut cand = cur.clone();
                    cand[j].data = data;
                    match self.keep_if_fails(key, &mut cur, &mut best, &mut accepted, cand) {
                        None => return best.map(|b| (b, accepted)),
                        Some(true) => continue,
                        Some(false) => {}
                    }
                }
            }
            let Some(mut tree) = self.tree(o.op, o.media, o.seed) else {
                continue;
            };
            if !tree.simplify() {
                continue;
            }
            for _ in 0..24 {
                if self.stopped() {
                    return best.map(|b| (b, accepted));
                }
                let data = tree.current();
                let fails = if plan::judge(&spec, &self.sh.validators, op, &data) == Verdict::Valid
                {
                    let mut cand = cur.clone();
                    cand[j].data = data;
                    match self.keep_if_fails(key, &mut cur, &mut best, &mut accepted, cand) {
                        None => return best.map(|b| (b, accepted)),
                        Some(kept) => kept,
                    }
                } else {
                    false
                };
                if !advance(&mut tree, fails) {
                    break;
                }
            }
        }
        best.map(|b| (b, accepted))
    }

    pub(super) fn shrink_one(
        &mut self,
        key: &(Check, String, String),
        origin: &Origin,
        kind: &CaseKind,
        max_tries: u32,
    ) -> Option<(HttpRequest, HttpResponse, u32)> {
        let spec = self.sh.spec.clone();
        let op = &spec.operations[origin.op];
        let mut tree = self.tree(origin.op, origin.media, origin.seed)?;
        let mut best = None;
        let mut accepted = 0u32;
        let mut tries = 0;
        if !tree.simplify() {
            return None;
        }
        loop {
            tries += 1;
            if tries > max_tries || self.stopped() {
                break;
            }
            let mut cand = tree.current();
            self.pin(origin.op, &mut cand);
            self.drop_muted(origin.op, &mut cand);
            let data = match &origin.edit {
                Some(e) => plan::apply(&cand, e).filter(|d| {
                    plan::judge_edit(&spec, &self.sh.validators, op, d, e) == Verdict::Invalid
                }),
                None => Some(cand)
                    .filter(|d| plan::judge(&spec, &self.sh.validators, op, d) == Verdict::Valid),
            };
            let fails = match data {
                None => false,
                Some(d) => {
                    let (tx, rx) = oneshot::channel();
                    let case = Case {
                        op: origin.op,
                        phase: Phase::Positive,
                        kind: kind.clone(),
                        data: d,
                        origin: None,
                        probe_auth: false,
                        mangle: None,
                    };
                    if !self.submit(Job::Shrink(case, tx), 1) {
                        break;
                    }
                    match rx.blocking_recv() {
                        Ok(Some((req, resp, findings))) => {
                            let same = findings
                                .iter()
                                .any(|f| f.check == key.0 && f.cause == key.2);
                            if same {
                                best = Some((req, resp));
                                accepted += 1;
                            }
                            same
                        }
                        _ => break,
                    }
                }
            };
            if !advance(&mut tree, fails) {
                break;
            }
        }
        best.map(|(q, r)| (q, r, accepted))
    }
}

/// One proptest shrink step: simpler when the candidate still fails, back towards the
/// failing value when it does not; `false` when there is nowhere left to go.
fn advance<T: ValueTree>(tree: &mut T, fails: bool) -> bool {
    if fails {
        tree.simplify()
    } else {
        tree.complicate()
    }
}
