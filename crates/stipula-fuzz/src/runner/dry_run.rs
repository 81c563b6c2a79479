//! `stipula fuzz --dry-run`: generate and judge cases and build every validator without
//! sending anything.

use super::*;

/// What generation does for a spec, without sending anything (`stipula fuzz --dry-run`).
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct DryRun {
    /// Operations selected.
    pub operations: usize,
    /// Positive cases generated.
    pub cases: u64,
    /// ... that the request validator accepted (sent as positive cases).
    pub valid: u64,
    /// ... whose validity could not be decided (no schema, or no validator).
    pub unknown: u64,
    /// ... that the validator rejected (a compiler approximation; never sent as positive).
    pub invalid: u64,
    /// ... that could not be serialized into an HTTP request.
    pub unsendable: u64,
    /// Edits (boundary and negative probes) derived from the spec.
    pub edits: u64,
    /// Negative cases made (one broken constraint, confirmed by the validator).
    pub negative: u64,
    /// Stateful chains (links and inferred).
    pub chains: usize,
    /// Response schemas, how many had no validator, and the seconds it took to make them
    /// all usable (one combined build, or one build per schema without `combined_validators`).
    pub validators: usize,
    /// Response schemas whose validator could not be built.
    pub validator_failures: usize,
    /// Seconds to build the response validators.
    pub validator_seconds: f64,
    /// Seconds to build the request-side validator(s) (during generation).
    pub request_validator_seconds: f64,
    /// Combined validators that could not be built (their schemas fell back to one each).
    pub combined_failures: usize,
    /// Seconds spent generating and judging cases.
    pub generation_seconds: f64,
    /// A few operations with rejected cases, for the curious.
    pub samples: Vec<String>,
}

/// Generate `cfg.cases_per_operation` positive and negative cases per selected operation and
/// build every response validator, without any network traffic.
pub fn dry_run(spec: Arc<Spec>, cfg: Config) -> Result<DryRun, RunError> {
    let mut cfg = cfg;
    if cfg.base_url.is_empty() {
        cfg.base_url = "http://127.0.0.1".into();
    }
    let n = cfg.cases_per_operation.max(1);
    let sh = shared(spec, cfg)?;
    let (tx, _rx) = mpsc::channel::<Job>(1);
    let mut d = Driver::new(sh.clone(), tx);
    let spec = sh.spec.clone();
    let mut out = DryRun::default();
    let tr = Instant::now();
    sh.validators
        .prebuild(&spec, stipula_schema::render::Direction::Request);
    out.request_validator_seconds = tr.elapsed().as_secs_f64();
    let t0 = Instant::now();
    for (oi, op) in spec.operations.iter().enumerate() {
        if !sh.included[oi] {
            continue;
        }
        out.operations += 1;
        let mut rejected = 0;
        for k in 0..n {
            let seed = case_seed(sh.cfg.seed, oi, Phase::Positive, k);
            let media = d.media_for(oi, seed);
            let Some(t) = d.tree(oi, media, seed) else {
                continue;
            };
            let data = t.current();
            out.cases += 1;
            match plan::judge(&spec, &sh.validators, op, &data) {
                Verdict::Valid => out.valid += 1,
                Verdict::Unknown => out.unknown += 1,
                Verdict::Invalid => {
                    out.invalid += 1;
                    rejected += 1;
                }
            }
            if let Err(e) = request::build(op, &data, &sh.base, &sh.extra) {
                out.unsendable += 1;
                if out.samples.len() < 10 {
                    out.samples.push(format!("{}: not sendable: {e}", op.key()));
                }
            }
            if d.negative(oi, k).is_some() {
                out.negative += 1;
            }
        }
        let media = plan::supported_media(op).first().copied();
        out.edits += d.edits_of(oi, media).len() as u64;
        if rejected > 0 && out.samples.len() < 10 {
            out.samples.push(format!(
                "{}: {rejected}/{n} generated cases rejected by the validator",
                op.key()
            ));
        }
    }
    out.generation_seconds = t0.elapsed().as_secs_f64();
    out.chains = plan::chains(&spec, &sh.included).len();
    let t1 = Instant::now();
    let mut seen = HashSet::new();
    for (oi, op) in spec.operations.iter().enumerate() {
        if !sh.included[oi] {
            continue;
        }
        for r in &op.responses {
            for m in &r.content {
                if let Some(s) = m.schema
                    && stipula_spec::media::admits_json(&m.media_type)
                    && seen.insert(s)
                {
                    out.validators += 1;
                    if sh
                        .validators
                        .is_valid(
                            &spec,
                            s,
                            stipula_schema::render::Direction::Response,
                            &Value::Null,
                        )
                        .is_none()
                    {
                        out.validator_failures += 1;
                    }
                }
            }
        }
    }
    out.validator_seconds = t1.elapsed().as_secs_f64();
    out.combined_failures = lock(&sh.validators.combined_errors).len();
    for e in lock(&sh.validators.combined_errors).iter().take(2) {
        out.samples.push(e.clone());
    }
    Ok(out)
}
