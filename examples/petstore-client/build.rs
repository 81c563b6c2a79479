//! Generates the petstore client and server (from the 3.0 and the 3.1 description), and the
//! client and server of `specs/codegen/features.yaml` (multipart, response headers, body
//! validation), and the server of `specs/checks.yaml` here (`pattern`, `format`,
//! `if`/`then`/`else`, `patternProperties`, `propertyNames`, `contains`, `dependent*`), and
//! the client and server of `specs/wire.yaml` here (problem+json, `float`, empty arrays),
//! and the client of `specs/streams.yaml` here (pagination, server-sent events, downloads),
//! into OUT_DIR; `src/lib.rs` includes them. They use the `stipula-runtime` crate of the
//! workspace (`Runtime::Crate`) rather than each embedding a copy.
//!
//! When the spec corpus is present (`$STIPULA_CORPUS`, default `../shared/corpus` beside the
//! workspace), it also generates the client and the server of Redocly's Museum
//! (`providers/redocly.museum.yaml`) and sets `cfg(museum)`; `tests/museum_e2e.rs` and
//! `examples/museum_server.rs` use them, and say they skip when it is absent.

use std::path::PathBuf;
use stipula_codegen::{Runtime, Target};

/// A builder for `spec` that uses the runtime crate.
fn builder(spec: impl Into<PathBuf>) -> stipula_codegen::Builder {
    stipula_codegen::Builder::new(spec).runtime(Runtime::Crate)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs");
    for (spec, suffix) in [("petstore-3.0.yaml", "30"), ("petstore-3.1.yaml", "31")] {
        let path = format!("{specs}/{spec}");
        builder(&path)
            .target(Target::RustClient)
            .file_name(format!("client{suffix}.rs"))
            .generate()?;
        builder(&path)
            .target(Target::RustServer)
            .file_name(format!("server{suffix}.rs"))
            .generate()?;
    }
    let features = format!("{specs}/codegen/features.yaml");
    builder(&features)
        .target(Target::RustClient)
        .file_name("features_client.rs")
        .generate()?;
    builder(&features)
        .target(Target::RustServer)
        .file_name("features_server.rs")
        .generate()?;
    let wire = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/wire.yaml");
    // With tracing spans (`tests/tracing_e2e.rs` reads them).
    builder(wire)
        .target(Target::RustClient)
        .file_name("wire_client.rs")
        .tracing(true)
        .generate()?;
    builder(wire)
        .target(Target::RustServer)
        .file_name("wire_server.rs")
        .tracing(true)
        .generate()?;
    builder(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/streams.yaml"))
        .target(Target::RustClient)
        .file_name("streams_client.rs")
        .generate()?;
    builder(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/checks.yaml"))
        .target(Target::RustServer)
        .file_name("checks_server.rs")
        .generate()?;
    museum()?;
    Ok(())
}

/// The Museum's client and server, when the corpus holds the spec.
fn museum() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rustc-check-cfg=cfg(museum)");
    println!("cargo::rerun-if-env-changed=STIPULA_CORPUS");
    let corpus = match std::env::var_os("STIPULA_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus"
        )),
    };
    let spec = corpus.join("providers/redocly.museum.yaml");
    if !spec.is_file() {
        // Not watched: cargo reruns a build script on every build while a watched file is
        // missing. Setting STIPULA_CORPUS reruns it.
        return Ok(());
    }
    builder(&spec)
        .target(Target::RustClient)
        .file_name("museum_client.rs")
        .generate()?;
    builder(&spec)
        .target(Target::RustServer)
        .file_name("museum_server.rs")
        .generate()?;
    println!("cargo::rustc-cfg=museum");
    Ok(())
}
