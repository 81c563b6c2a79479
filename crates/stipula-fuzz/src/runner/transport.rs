//! Sending requests: the HTTP client (TLS roots, `--ca-cert`), one request with retries on a
//! dropped connection and `Retry-After`, and what a transport error says to the user.

use super::*;

/// `e` and its sources, `: `-separated (reqwest's own message alone says "error sending
/// request" and hides the cause, e.g. an untrusted certificate).
pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let m = s.to_string();
        if !msg.contains(&m) {
            msg.push_str(": ");
            msg.push_str(&m);
        }
        src = s.source();
    }
    msg
}

/// The innermost error of `e` (e.g. "connection closed before message completed"), without
/// the URL that reqwest's outer message repeats.
pub(super) fn root_cause(e: &dyn std::error::Error) -> String {
    let mut last = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        last = s.to_string();
        src = s.source();
    }
    last
}

/// Certificates in a `--ca-cert` file: a PEM bundle, or one DER certificate.
pub(super) fn read_ca_file(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("--ca-cert {}: cannot read the file: {e}", path.display()))?;
    let is_pem = bytes.windows(11).any(|w| w == b"-----BEGIN ".as_slice());
    let certs = if is_pem {
        reqwest::Certificate::from_pem_bundle(&bytes).map_err(|e| {
            format!(
                "--ca-cert {}: not a PEM certificate bundle: {}",
                path.display(),
                error_chain(&e)
            )
        })?
    } else {
        vec![reqwest::Certificate::from_der(&bytes).map_err(|e| {
            format!(
                "--ca-cert {}: neither PEM (no `-----BEGIN CERTIFICATE-----`) nor a DER certificate: {}",
                path.display(),
                error_chain(&e)
            )
        })?]
    };
    if certs.is_empty() {
        return Err(format!(
            "--ca-cert {}: no `-----BEGIN CERTIFICATE-----` block in the file (a private key or CSR?); \
             pass the CA certificate in PEM form",
            path.display()
        ));
    }
    Ok(certs)
}

/// HTTPS: rustls with the ring provider (pure Rust and asm, no C toolchain), the platform
/// verifier (the system's trust store, which honours `SSL_CERT_FILE`/`SSL_CERT_DIR`, and
/// corporate CAs installed in it) plus `--ca-cert` roots; `--insecure` turns verification off.
pub(super) fn tls_setup(
    mut builder: reqwest::ClientBuilder,
    cfg: &Config,
) -> Result<reqwest::ClientBuilder, RunError> {
    for path in &cfg.ca_certs {
        for cert in read_ca_file(path).map_err(RunError::BadConfig)? {
            builder = builder.add_root_certificate(cert);
        }
    }
    if cfg.insecure {
        builder = builder.danger_accept_invalid_certs(true);
    }
    Ok(builder)
}

/// A hint for transport errors whose cause is the server's certificate.
pub(super) fn tls_hint(sample: &str) -> Option<&'static str> {
    let s = sample.to_ascii_lowercase();
    let cert = s.contains("certificate")
        || s.contains("unknownissuer")
        || s.contains("unknown issuer")
        || s.contains("notvalidforname")
        || s.contains("expired");
    cert.then_some(
        "The server's TLS certificate was not accepted. If it is signed by a private CA (common on \
         staging), pass that CA with `--ca-cert ca.pem`; `--insecure` skips verification (the \
         server is then not authenticated: never with real credentials)",
    )
}

/// The HTTP client: `pooled` keeps idle keep-alive connections (the normal client), else
/// every request opens a fresh connection (retries after a reused connection died).
pub(super) fn http_client(
    cfg: &Config,
    base_url: &reqwest::Url,
    origin: &(String, String, Option<u16>),
    pooled: bool,
) -> Result<reqwest::Client, RunError> {
    let redirect_origin = origin.clone();
    let mut builder = reqwest::Client::builder()
        .timeout(cfg.timeout)
        .pool_max_idle_per_host(if pooled { cfg.concurrency.max(1) } else { 0 })
        .tcp_nodelay(true)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 || url_origin(attempt.url()) != redirect_origin {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }));
    builder = if base_url.scheme() == "https" {
        tls_setup(builder, cfg)?
    } else {
        // Plain http: requests never leave the base URL's origin, so no certificate is ever
        // checked; an empty root store keeps the run independent of the system trust store
        // (which may be absent in a minimal container).
        builder.tls_certs_only(Vec::new())
    };
    builder.build().map_err(|e| {
        let cause = error_chain(&e);
        if cause.contains("No CA certificates were loaded") {
            RunError::BadConfig(format!(
                "cannot verify https servers: {cause}. The system trust store is empty or \
                 unreadable: install the `ca-certificates` package or point SSL_CERT_FILE at a \
                 PEM bundle; for a private CA pass it with `--ca-cert ca.pem`"
            ))
        } else {
            RunError::BadConfig(format!("could not set up the HTTP client: {cause}"))
        }
    })
}

pub(super) enum SendError {
    Budget,
    Invalid(String),
    Transport(String),
    /// The server accepted the connection and closed it without a response, twice (the
    /// second time on a fresh connection).
    Dropped(String),
}

/// Did the connection close (or reset) after the request was written, before any response
/// byte? Not a timeout, not a refused connection.
pub(super) fn connection_dropped(e: &reqwest::Error) -> bool {
    if e.is_timeout() || e.is_connect() || e.is_builder() || e.is_redirect() || e.is_decode() {
        return false;
    }
    let chain = error_chain(e).to_ascii_lowercase();
    [
        "connection closed before message completed",
        "connection reset",
        "broken pipe",
        "incompletemessage",
        "unexpected eof",
        "end of file",
        "connection aborted",
    ]
    .iter()
    .any(|m| chain.contains(m))
}

pub(super) fn parse_retry_after(v: Option<&str>) -> Duration {
    let secs = v.and_then(|s| s.trim().parse::<f64>().ok()).unwrap_or(1.0);
    Duration::from_secs_f64(secs.clamp(0.0, 30.0))
}

pub(super) async fn send(sh: &Shared, req: &HttpRequest) -> Result<HttpResponse, SendError> {
    let url = reqwest::Url::parse(&req.url)
        .map_err(|e| SendError::Invalid(format!("bad URL {}: {e}", req.url)))?;
    if url_origin(&url) != sh.origin {
        return Err(SendError::Invalid(format!(
            "refusing to send to {} (not the base URL's host)",
            req.url
        )));
    }
    let method = reqwest::Method::from_bytes(req.method.as_bytes())
        .map_err(|e| SendError::Invalid(e.to_string()))?;
    let mut headers = reqwest::header::HeaderMap::new();
    for (k, v) in &req.headers {
        let name = reqwest::header::HeaderName::from_bytes(k.as_bytes())
            .map_err(|e| SendError::Invalid(format!("header name `{k}`: {e}")))?;
        let value = reqwest::header::HeaderValue::from_str(v)
            .map_err(|e| SendError::Invalid(format!("header `{k}` value: {e}")))?;
        headers.append(name, value);
    }
    for attempt in 0..4 {
        if sh.stop.load(Ordering::Relaxed) {
            return Err(SendError::Budget);
        }
        if let Some(d) = sh.deadline
            && Instant::now() >= d
        {
            sh.stop.store(true, Ordering::SeqCst);
            return Err(SendError::Budget);
        }
        let n = sh.sent.fetch_add(1, Ordering::SeqCst);
        if let Some(max) = sh.cfg.max_requests
            && n >= max
        {
            sh.stop.store(true, Ordering::SeqCst);
            return Err(SendError::Budget);
        }
        if let Some(rate) = sh.cfg.rate {
            let slot = {
                let mut next = lock(&sh.next_slot);
                let now = Instant::now();
                let slot = (*next).max(now);
                *next = slot + Duration::from_secs_f64(1.0 / rate);
                slot
            };
            tokio::time::sleep_until(slot.into()).await;
        }
        let attempt_with = |client: &reqwest::Client| {
            let mut rb = client
                .request(method.clone(), url.clone())
                .headers(headers.clone());
            if let Some(b) = &req.body {
                rb = rb.body(b.clone());
            }
            rb.send()
        };
        let transport = |e: &reqwest::Error| {
            SendError::Transport(format!(
                "{} {}: {}",
                req.method,
                sh.masker.mask(&req.url),
                error_chain(e)
            ))
        };
        let mut resp = match attempt_with(&sh.client).await {
            Ok(r) => r,
            // The connection died before any byte of a response: on a reused keep-alive
            // connection that the server closed meanwhile (uvicorn does after a 5xx) the
            // request was never processed. Send it once more on a fresh connection before
            // concluding anything.
            Err(e) if connection_dropped(&e) => match attempt_with(&sh.fresh).await {
                Ok(r) => r,
                Err(e2) if connection_dropped(&e2) => {
                    return Err(SendError::Dropped(root_cause(&e2)));
                }
                // The process behind the port went away with the request.
                Err(e2) if e2.is_connect() => {
                    return Err(SendError::Dropped(format!(
                        "{}; then new connections were refused: the server process may have exited",
                        root_cause(&e)
                    )));
                }
                Err(e2) => return Err(transport(&e2)),
            },
            Err(e) => return Err(transport(&e)),
        };
        sh.progress.inc(1);
        let status = resp.status().as_u16();
        let hdrs: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        if status == 429 && attempt < 3 {
            let wait = parse_retry_after(
                hdrs.iter()
                    .find(|(k, _)| k == "retry-after")
                    .map(|(_, v)| v.as_str()),
            );
            tokio::time::sleep(wait).await;
            continue;
        }
        const CAP: usize = 8 << 20;
        let mut body = Vec::new();
        let mut truncated = false;
        loop {
            match resp.chunk().await {
                Ok(Some(c)) => {
                    if body.len() + c.len() > CAP {
                        truncated = true;
                        break;
                    }
                    body.extend_from_slice(&c);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(SendError::Transport(format!(
                        "{} {}: reading the body: {e}",
                        req.method,
                        sh.masker.mask(&req.url)
                    )));
                }
            }
        }
        return Ok(HttpResponse {
            status,
            headers: hdrs,
            body,
            truncated,
        });
    }
    Err(SendError::Budget)
}

pub(super) fn note_send_error(sh: &Shared, e: SendError) {
    let mut c = lock(&sh.col);
    match e {
        SendError::Budget => {}
        SendError::Invalid(m) => {
            c.rejected_cases += 1;
            if c.reject_samples.len() < 5 {
                c.reject_samples.push(m);
            }
        }
        SendError::Transport(m) | SendError::Dropped(m) => {
            c.transport_errors += 1;
            if c.transport_samples.len() < 10 {
                c.transport_samples.push(m);
            }
        }
    }
}
