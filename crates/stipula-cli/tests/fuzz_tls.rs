//! `stipula fuzz` over HTTPS in the default build: an axum server on 127.0.0.1 behind rustls
//! with a leaf certificate signed by a CA made in the test. With `--ca-cert ca.pem` the run
//! works (and finds nothing on the correct twin); without it, it stops with exit 2 and says
//! how to trust a private CA.

#[path = "../../stipula-fuzz/tests/support/server.rs"]
mod server;

use std::process::Output;
use std::sync::Arc;
use stipula_testkit::{assert_exit, run, runtime, stipula_command, temp_dir, text};
use tokio_rustls::rustls;

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/fuzz/pets.yaml");

/// Accepts TCP connections and completes the TLS handshake; failed handshakes (a client
/// that does not trust the CA) are dropped and the next connection is awaited.
struct TlsListener {
    tcp: tokio::net::TcpListener,
    acceptor: tokio_rustls::TlsAcceptor,
}

impl axum::serve::Listener for TlsListener {
    type Io = tokio_rustls::server::TlsStream<tokio::net::TcpStream>;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            let Ok((tcp, addr)) = self.tcp.accept().await else {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                continue;
            };
            if let Ok(tls) = self.acceptor.accept(tcp).await {
                return (tls, addr);
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}

struct Pki {
    ca_pem: String,
    leaf_der: rustls::pki_types::CertificateDer<'static>,
    leaf_key: rustls::pki_types::PrivateKeyDer<'static>,
}

/// A private CA ("Staging CA") and a leaf for 127.0.0.1 and localhost signed by it.
fn pki() -> Pki {
    let ca_key = rcgen::KeyPair::generate().expect("CA key");
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "stipula test staging CA");
    ca_params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
    ];
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).expect("CA cert");
    let leaf_key = rcgen::KeyPair::generate().expect("leaf key");
    let leaf_params =
        rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
            .expect("leaf params");
    let leaf = leaf_params.signed_by(&leaf_key, &ca).expect("leaf cert");
    Pki {
        ca_pem: ca.pem(),
        leaf_der: leaf.der().clone(),
        leaf_key: rustls::pki_types::PrivateKeyDer::Pkcs8(
            rustls::pki_types::PrivatePkcs8KeyDer::from(leaf_key.serialize_der()),
        ),
    }
}

/// The correct twin of the test server over HTTPS; returns `https://127.0.0.1:PORT`.
fn serve_https(pki: &Pki) -> (String, tokio::runtime::Runtime) {
    let rt = runtime();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(vec![pki.leaf_der.clone()], pki.leaf_key.clone_key())
        .expect("server certificate");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let url = rt.block_on(async move {
        let tcp = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind 127.0.0.1");
        let addr = tcp.local_addr().expect("local addr");
        let (router, _) = server::app(server::Bug::None);
        tokio::spawn(async move {
            let _ = axum::serve(TlsListener { tcp, acceptor }, router).await;
        });
        format!("https://{addr}")
    });
    (url, rt)
}

fn stipula(args: &[&str]) -> Output {
    stipula_testkit::run_stipula(env!("CARGO_BIN_EXE_stipula"), args)
}

/// As [`stipula`], with an empty system trust store: only `--ca-cert` can make the server
/// trusted (as in a minimal container without `ca-certificates`).
fn stipula_no_system_roots(args: &[&str]) -> Output {
    run(stipula_command(env!("CARGO_BIN_EXE_stipula"))
        .args(args)
        .env("SSL_CERT_FILE", "/dev/null")
        .env_remove("SSL_CERT_DIR"))
}

/// `stipula fuzz specs/fuzz/pets.yaml --base-url <url> <extra>...`, run by `with` (one of
/// the two above).
fn fuzz(with: fn(&[&str]) -> Output, url: &str, extra: &[&str]) -> Output {
    let mut args = vec!["fuzz", SPEC, "--base-url", url];
    args.extend_from_slice(extra);
    with(&args)
}

#[test]
fn https_with_private_ca() {
    let pki = pki();
    let (url, _rt) = serve_https(&pki);
    let dir = temp_dir("fuzz-tls");
    let ca = dir.join("staging-ca.pem");
    std::fs::write(&ca, &pki.ca_pem).expect("write CA");
    let ca = ca.to_string_lossy().into_owned();
    let report = dir.join("report.json").to_string_lossy().into_owned();
    let auth = format!("bearer:{}", server::TOKEN);

    // Trusting the CA: the run goes through and the correct twin passes.
    let out = fuzz(
        stipula_no_system_roots,
        &url,
        &[
            "--ca-cert",
            &ca,
            "--auth",
            &auth,
            "--max-requests",
            "300",
            "--report",
            &report,
        ],
    );
    assert_exit(&out, 0);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert!(
        json["totals"]["requests"].as_u64().unwrap_or(0) >= 200,
        "{json}"
    );
    assert_eq!(
        json["totals"]["transport_errors"].as_u64(),
        Some(0),
        "{json}"
    );
    assert!(
        json["base_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://"))
    );

    // Without the CA: exit 2, and the message names the certificate and the way out, both
    // with the machine's trust store (the CA is not in it: "unknown issuer") and with an
    // empty one.
    for stipula_with in [stipula, stipula_no_system_roots] {
        let out = fuzz(stipula_with, &url, &["--max-requests", "20"]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr:\n{stderr}");
        assert!(
            stderr.contains("certificate") && stderr.contains("--ca-cert"),
            "{stderr}"
        );
    }
    let out = fuzz(stipula, &url, &["--max-requests", "20"]);
    eprintln!("without --ca-cert: {}", text(&out.stderr));

    // --insecure: goes through, with a warning on stderr and in the report.
    let out = fuzz(
        stipula,
        &url,
        &[
            "--insecure",
            "--auth",
            &auth,
            "--max-requests",
            "50",
            "--format",
            "json",
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr:\n{stderr}");
    assert!(stderr.contains("WARNING: --insecure"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json on stdout");
    assert!(
        json["warnings"].as_array().is_some_and(|w| w
            .iter()
            .any(|m| m.as_str().is_some_and(|m| m.contains("--insecure")))),
        "{json}"
    );
}

#[test]
fn bad_ca_file_exits_2() {
    let dir = temp_dir("fuzz-tls");
    let key = dir.join("not-a-cert.pem");
    std::fs::write(
        &key,
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    )
    .expect("write");
    let key = key.to_string_lossy().into_owned();
    for (file, expect) in [
        (key.as_str(), "no `-----BEGIN CERTIFICATE-----`"),
        ("/nonexistent/ca.pem", "cannot read the file"),
    ] {
        let out = fuzz(stipula, "https://127.0.0.1:9", &["--ca-cert", file]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("--ca-cert") && stderr.contains(file) && stderr.contains(expect),
            "{stderr}"
        );
    }
}

#[test]
fn http_needs_no_trust_store() {
    // Plain http must not depend on the system's CA certificates (minimal containers).
    let rt = runtime();
    let (url, _) = rt
        .block_on(server::start(server::Bug::None, 0))
        .expect("bind 127.0.0.1");
    let auth = format!("bearer:{}", server::TOKEN);
    let out = fuzz(
        stipula_no_system_roots,
        &url,
        &["--auth", &auth, "--max-requests", "50"],
    );
    assert_exit(&out, 0);
}
