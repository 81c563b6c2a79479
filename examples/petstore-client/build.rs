//! Generates the petstore client and server (from the 3.0 and the 3.1 description), and the
//! client and server of `specs/codegen/features.yaml` (multipart, response headers, body
//! validation), and the server of `specs/checks.yaml` here (`pattern`, `format`,
//! `if`/`then`/`else`, `patternProperties`, `propertyNames`, `contains`, `dependent*`), and
//! the client and server of `specs/wire.yaml` here (problem+json, `float`, empty arrays),
//! into OUT_DIR; `src/lib.rs` includes them. They use the `stipula-runtime` crate of the
//! workspace (`Runtime::Crate`) rather than each embedding a copy.

use stipula_codegen::{Runtime, Target};

/// A builder for `spec` that uses the runtime crate.
fn builder(spec: &str) -> stipula_codegen::Builder {
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
    builder(wire)
        .target(Target::RustClient)
        .file_name("wire_client.rs")
        .generate()?;
    builder(wire)
        .target(Target::RustServer)
        .file_name("wire_server.rs")
        .generate()?;
    builder(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/checks.yaml"))
        .target(Target::RustServer)
        .file_name("checks_server.rs")
        .generate()?;
    Ok(())
}
