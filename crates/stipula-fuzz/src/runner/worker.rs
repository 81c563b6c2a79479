//! What a worker does with a job: send a case, apply the response checks, probe auth and
//! malformed bodies, run stateful sequences, learn which optional parameters the server
//! rejects whatever their value.

use super::*;

/// The stand-in response of an exchange whose connection was dropped (`server_crash`).
pub(super) fn no_response() -> HttpResponse {
    HttpResponse::default()
}

pub(super) fn response_findings(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    req: &HttpRequest,
    resp: &HttpResponse,
) -> Vec<Finding> {
    let cx = Ctx {
        spec: &sh.spec,
        op: &sh.spec.operations[op],
        kind,
        request: req,
        response: resp,
        validators: &sh.validators,
    };
    let mut out: Vec<Finding> = checks::RESPONSE_CHECKS
        .iter()
        .filter(|(c, _)| sh.checks.contains(c))
        .filter_map(|(_, f)| f(&cx))
        .collect();
    with_shape(&mut out, req, resp);
    out
}

/// Add the response's shape to the cause of findings that only name a status.
pub(super) fn with_shape(findings: &mut [Finding], req: &HttpRequest, resp: &HttpResponse) {
    let mut shapes: [Option<String>; 2] = [None, None];
    for f in findings.iter_mut() {
        if let Some(text) = checks::shape_in_cause(f.check, resp.status) {
            let shape = shapes[usize::from(text)]
                .get_or_insert_with(|| checks::response_shape(req, resp, text));
            if !shape.is_empty() {
                f.cause = format!("{} {shape}", f.cause);
            }
        }
    }
}

pub(super) async fn exchange(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    data: &RequestData,
) -> Option<(HttpRequest, HttpResponse, Vec<Finding>)> {
    exchange_mangled(sh, op, kind, data, None).await
}

pub(super) async fn exchange_mangled(
    sh: &Shared,
    op: usize,
    kind: &CaseKind,
    data: &RequestData,
    mangle: Option<Mangle>,
) -> Option<(HttpRequest, HttpResponse, Vec<Finding>)> {
    let mut req = match request::build(&sh.spec.operations[op], data, &sh.base, &sh.extra) {
        Ok(r) => r,
        Err(e) => {
            note_send_error(sh, SendError::Invalid(e));
            return None;
        }
    };
    if let Some(m) = mangle {
        m.apply(&mut req);
    }
    match send(sh, &req).await {
        Ok(resp) => {
            record_stats(sh, op, resp.status);
            let mut f = response_findings(sh, op, kind, &req, &resp);
            if mangle == Some(Mangle::WrongContentType) {
                // Any 4xx is a right answer to a body of the wrong type (415 is the standard
                // one, and specs rarely list it): only a 5xx says something.
                f.retain(|x| x.check == Check::ServerError);
            }
            Some((req, resp, f))
        }
        Err(SendError::Dropped(detail)) => {
            record_stats(sh, op, 0);
            let f = if sh.checks.contains(&Check::ServerCrash) {
                vec![checks::server_crash(&detail)]
            } else {
                vec![]
            };
            Some((req, no_response(), f))
        }
        Err(e) => {
            note_send_error(sh, e);
            None
        }
    }
}

pub(super) fn strip_creds(req: &HttpRequest, creds: &[Cred], bad: bool) -> HttpRequest {
    let mut r = req.clone();
    for c in creds {
        match c {
            Cred::Header(name, kind) => {
                r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
                if bad {
                    let v = match (*kind, name.eq_ignore_ascii_case("authorization")) {
                        ("basic", true) => "Basic c3RpcHVsYTppbnZhbGlk".to_string(),
                        (_, true) => "Bearer stipula-invalid-token".to_string(),
                        _ => "stipula-invalid-key".to_string(),
                    };
                    r.headers.push((name.clone(), v));
                }
            }
            Cred::Query(name) => {
                if let Ok(mut u) = reqwest::Url::parse(&r.url) {
                    let pairs: Vec<(String, String)> = u
                        .query_pairs()
                        .filter(|(k, _)| k != name)
                        .map(|(k, v)| (k.into_owned(), v.into_owned()))
                        .collect();
                    u.set_query(None);
                    {
                        let mut q = u.query_pairs_mut();
                        for (k, v) in &pairs {
                            q.append_pair(k, v);
                        }
                        if bad {
                            q.append_pair(name, "stipula-invalid-key");
                        }
                    }
                    if u.query() == Some("") {
                        u.set_query(None);
                    }
                    r.url = u.to_string();
                }
            }
            Cred::Cookie(name) => {
                let prefix = format!("{name}=");
                let mut jar: Vec<String> = r
                    .header("cookie")
                    .map(|c| {
                        c.split(';')
                            .map(|x| x.trim().to_string())
                            .filter(|x| !x.starts_with(&prefix))
                            .collect()
                    })
                    .unwrap_or_default();
                if bad {
                    jar.push(format!("{name}=stipula-invalid-key"));
                }
                r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("cookie"));
                if !jar.is_empty() {
                    r.headers.push(("Cookie".into(), jar.join("; ")));
                }
            }
        }
    }
    r
}

pub(super) async fn auth_probes(sh: &Shared, op: usize, req: &HttpRequest, resp: &HttpResponse) {
    if !sh.checks.contains(&Check::IgnoredAuth) || !(200..300).contains(&resp.status) {
        return;
    }
    let Some(Some(creds)) = sh.creds.get(op) else {
        return;
    };
    for (bad, variant) in [(false, "no credentials"), (true, "invalid credentials")] {
        let probe = strip_creds(req, creds, bad);
        match send(sh, &probe).await {
            Ok(r) => {
                record_stats(sh, op, r.status);
                if let Some(f) = checks::ignored_auth(variant, &r) {
                    record_failure(
                        sh,
                        op,
                        sh.spec.operations[op].key(),
                        &f,
                        &probe,
                        &r,
                        vec![],
                        Phase::Positive,
                        None,
                    );
                }
            }
            Err(SendError::Dropped(d)) => crash(sh, op, sh.spec.operations[op].key(), &probe, &d),
            Err(e) => note_send_error(sh, e),
        }
    }
}

/// Record a `server_crash` of a request sent outside `exchange` (probes).
pub(super) fn crash(sh: &Shared, op: usize, operation: String, req: &HttpRequest, detail: &str) {
    record_stats(sh, op, 0);
    let f = checks::server_crash(detail);
    record_failure(
        sh,
        op,
        operation,
        &f,
        req,
        &no_response(),
        vec![],
        Phase::Boundary,
        None,
    );
}

pub(super) fn eval(
    expr: &Expr,
    first_req: &RequestData,
    first_resp: &HttpResponse,
    op: &stipula_spec::Operation,
) -> Option<Value> {
    match expr {
        Expr::Const(v) => Some(v.clone()),
        Expr::ResponseBody(ptr) => {
            let body: Value = serde_json::from_slice(&first_resp.body).ok()?;
            let v = if ptr.is_empty() {
                body
            } else {
                body.pointer(ptr)?.clone()
            };
            (!v.is_null()).then_some(v)
        }
        Expr::ResponseHeader(h) => first_resp.header(h).map(|v| Value::String(v.to_string())),
        Expr::RequestBody(ptr) => {
            let b = first_req.body.as_ref()?;
            if ptr.is_empty() {
                Some(b.clone())
            } else {
                b.pointer(ptr).cloned()
            }
        }
        Expr::RequestParam(loc, name) => {
            let i = op
                .parameters
                .iter()
                .position(|p| p.location == *loc && &p.name == name)?;
            first_req.params.get(i)?.clone()
        }
    }
}

/// Run a sequence. Recording (a normal run), failures go to the collector, with the steps
/// that led to them for shrinking; replaying (`record` false: shrinking), they are returned.
pub(super) async fn run_sequence(
    sh: &Shared,
    steps: Vec<SeqStep>,
    probe: bool,
    record: bool,
) -> Vec<SeqFailure> {
    let spec = &sh.spec;
    let mut out = Vec::new();
    let mut records: Vec<StepRecord> = Vec::new();
    let mut first: Option<(RequestData, HttpResponse)> = None;
    let mut create_status = 0;
    let mut delete_status = 0;
    let mut created_ids: Vec<(String, String, Value)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let op = &spec.operations[step.spec.op];
        let mut data = step.data.clone();
        if let Some((freq, fresp)) = &first {
            let first_op = &spec.operations[steps[0].spec.op];
            for (pi, e) in &step.spec.bindings {
                let Some(v) = eval(e, freq, fresp, first_op) else {
                    return out;
                };
                if let Some(slot) = data.params.get_mut(*pi) {
                    *slot = Some(v.clone());
                }
                if let Some(p) = op.parameters.get(*pi)
                    && p.location == ParamLocation::Path
                {
                    created_ids.push((op.path.clone(), p.name.clone(), v));
                }
            }
        }
        let kind = CaseKind::from_verdict(plan::judge(spec, &sh.validators, op, &data));
        let Some((req, resp, mut findings)) = exchange(sh, step.spec.op, &kind, &data).await else {
            return out;
        };
        records.push(StepRecord::new(&sh.masker, &op.key(), &req, resp.status));
        if i == 0 {
            create_status = resp.status;
        }
        if sh.checks.contains(&Check::ResourceAvailability) {
            findings.extend(checks::resource_availability(
                step.spec.role,
                create_status,
                &resp,
            ));
        }
        if step.spec.role == Role::Delete {
            delete_status = resp.status;
        }
        if sh.checks.contains(&Check::UseAfterDelete) {
            findings.extend(checks::use_after_delete(
                step.spec.role,
                delete_status,
                &resp,
            ));
        }
        for f in findings {
            if !record {
                out.push(SeqFailure {
                    step: i,
                    finding: f,
                    req: req.clone(),
                    resp: resp.clone(),
                    records: records.clone(),
                });
                continue;
            }
            record_failure(
                sh,
                step.spec.op,
                op.key(),
                &f,
                &req,
                &resp,
                records.clone(),
                Phase::Stateful,
                None,
            );
            let key = (f.check, op.key(), f.cause.clone());
            // A failure that needs earlier steps (an id they created, a DELETE before) is
            // reported and shrunk as a sequence, even if first seen on a lone request that
            // happened to reuse a created id.
            if i > 0
                && let Some(rec) = lock(&sh.col).failures.get_mut(&key)
                && rec.sequence.is_none()
            {
                rec.sequence = Some(Sequence(steps[..=i].to_vec()));
                if rec.steps.is_empty() {
                    rec.steps = records.clone();
                    rec.replace_exchange(&sh.masker, &req, &resp);
                }
            }
        }
        if probe {
            auth_probes(sh, step.spec.op, &req, &resp).await;
        }
        if i == 0 {
            if !(200..300).contains(&resp.status) {
                return out;
            }
            first = Some((data.clone(), resp.clone()));
        }
        if i == 1 && (200..300).contains(&resp.status) {
            let mut pool = lock(&sh.pool);
            for (path, name, v) in &created_ids {
                let e = pool.ids.entry((path.clone(), name.clone())).or_default();
                if !e.contains(v) {
                    if e.len() >= 64 {
                        e.remove(0);
                    }
                    e.push(v.clone());
                }
            }
        }
        if step.spec.role == Role::Delete && (200..300).contains(&resp.status) {
            let mut pool = lock(&sh.pool);
            for (path, name, v) in &created_ids {
                if let Some(e) = pool.ids.get_mut(&(path.clone(), name.clone())) {
                    e.retain(|x| x != v);
                }
            }
        }
    }
    out
}

/// Learn from a valid request's outcome which optional parameter the server rejects whatever
/// its value: when one makes the server answer the same 4xx to most valid requests that send
/// it, and rarely to those that do not, it is left out of valid requests for the rest of the
/// run (budget otherwise spent on one rejection), with a notice.
pub(super) fn learn_rejections(sh: &Shared, op_idx: usize, data: &RequestData, status: u16) {
    let op = &sh.spec.operations[op_idx];
    let mut stats = lock(&sh.param_stats);
    let mut newly = Vec::new();
    for (i, p) in op.parameters.iter().enumerate() {
        if p.required || p.location == ParamLocation::Path {
            continue;
        }
        let key = param_key(p);
        let sent = data
            .params
            .get(i)
            .is_some_and(|v| v.as_ref().is_some_and(|v| !v.is_null()));
        let st = stats.entry(key.clone()).or_default();
        if sent {
            st.with += 1;
            *st.with_status.entry(status).or_default() += 1;
        } else {
            st.without += 1;
            *st.without_status.entry(status).or_default() += 1;
        }
        if !sent || st.with < 12 || st.without < 6 {
            continue;
        }
        let Some((&s, &n)) = st.with_status.iter().max_by_key(|(_, n)| **n) else {
            continue;
        };
        let without = st.without_status.get(&s).copied().unwrap_or(0);
        if (400..500).contains(&s)
            && ![401, 403, 404, 409, 410, 429].contains(&s)
            && n * 10 >= st.with * 8
            && without * 10 <= st.without * 3
        {
            newly.push((key, s, n, st.with, without, st.without));
        }
    }
    drop(stats);
    for (key, s, n, with, without, total_without) in newly {
        let mut muted = lock(&sh.muted);
        if muted.contains_key(&key) {
            continue;
        }
        muted.insert(key.clone(), s);
        drop(muted);
        lock(&sh.notices).push(format!(
            "optional {} parameter `{}`: the server answered {s} to {n} of {with} valid requests \
             that sent it and to {without} of {total_without} that did not, so it likely wants a \
             format the spec does not state. Reported once as a cause; after request {} it was \
             left out of valid requests. Pin a value the server accepts with `--param {}:{}=VALUE`, \
             or state the format in the spec",
            key.0.as_str(),
            key.1,
            sh.sent.load(Ordering::Relaxed),
            key.0.as_str(),
            key.1
        ));
    }
}

pub(super) async fn run_job(sh: &Shared, job: Job) {
    match job {
        Job::Case(case) => {
            let Some((req, resp, findings)) =
                exchange_mangled(sh, case.op, &case.kind, &case.data, case.mangle).await
            else {
                return;
            };
            if case.kind == CaseKind::Positive && resp.status != 0 {
                learn_rejections(sh, case.op, &case.data, resp.status);
            }
            let key = sh.spec.operations[case.op].key();
            for f in &findings {
                record_failure(
                    sh,
                    case.op,
                    key.clone(),
                    f,
                    &req,
                    &resp,
                    vec![],
                    case.phase,
                    case.origin.clone(),
                );
            }
            if case.probe_auth {
                auth_probes(sh, case.op, &req, &resp).await;
            }
        }
        Job::Shrink(case, reply) => {
            let out = exchange_mangled(sh, case.op, &case.kind, &case.data, case.mangle).await;
            let _ = reply.send(out);
        }
        Job::Sequence(steps, probe) => {
            run_sequence(sh, steps, probe, true).await;
        }
        Job::ShrinkSequence(steps, reply) => {
            let out = run_sequence(sh, steps, false, false).await;
            let _ = reply.send(out);
        }
        Job::Probe {
            op,
            method,
            declared,
            data,
        } => {
            let Ok(mut req) = request::build(&sh.spec.operations[op], &data, &sh.base, &sh.extra)
            else {
                return;
            };
            req.method = method.clone();
            req.body = None;
            req.headers
                .retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
            match send(sh, &req).await {
                Ok(resp) => {
                    record_stats(sh, op, resp.status);
                    if let Some(mut f) = checks::unsupported_method(&method, &declared, &resp)
                        .filter(|_| sh.checks.contains(&Check::UnsupportedMethod))
                    {
                        with_shape(std::slice::from_mut(&mut f), &req, &resp);
                        let name = format!("{method} {}", sh.spec.operations[op].path);
                        record_failure(
                            sh,
                            op,
                            name,
                            &f,
                            &req,
                            &resp,
                            vec![],
                            Phase::Boundary,
                            None,
                        );
                    }
                }
                Err(SendError::Dropped(d)) => {
                    let name = format!("{method} {}", sh.spec.operations[op].path);
                    crash(sh, op, name, &req, &d)
                }
                Err(e) => note_send_error(sh, e),
            }
        }
    }
}

/// Which failures share a cause (one shrunk representative each): as `report::group_causes`,
/// crashes and server errors per operation.
pub(super) fn cause_key(k: &(Check, String, String)) -> (Check, String) {
    match k.0 {
        Check::ServerError | Check::ServerCrash => (k.0, format!("{} {}", k.1, k.2)),
        _ => (k.0, k.2.clone()),
    }
}
