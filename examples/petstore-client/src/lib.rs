//! A petstore client and server generated at build time by `stipula_codegen::Builder`
//! (see `build.rs`), from `specs/petstore-3.1.yaml` (and the 3.0 original, for the
//! end-to-end test that both produce working code).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use petstore_client::client::{Client, pets::ListPetsParams};
//! let client = Client::with_base_url("http://127.0.0.1:8080/v1");
//! let pets = client.list_pets(&ListPetsParams { limit: Some(10), ..Default::default() }).await?;
//! println!("{pets:?}");
//! # Ok(()) }
//! ```

/// The client generated from `specs/petstore-3.1.yaml`.
pub mod client {
    include!(concat!(env!("OUT_DIR"), "/client31.rs"));
}

/// The axum server generated from `specs/petstore-3.1.yaml`.
pub mod server {
    include!(concat!(env!("OUT_DIR"), "/server31.rs"));
}

/// The client generated from `specs/petstore-3.0.yaml`.
pub mod client30 {
    include!(concat!(env!("OUT_DIR"), "/client30.rs"));
}

/// The axum server generated from `specs/petstore-3.0.yaml`.
pub mod server30 {
    include!(concat!(env!("OUT_DIR"), "/server30.rs"));
}

/// The client generated from `specs/codegen/features.yaml` (multipart bodies, response
/// headers, nested form bodies).
pub mod features_client {
    include!(concat!(env!("OUT_DIR"), "/features_client.rs"));
}

/// The server generated from `specs/codegen/features.yaml` (it rejects requests that do not
/// match the description with a structured 400 before the `Api` method runs).
pub mod features_server {
    include!(concat!(env!("OUT_DIR"), "/features_server.rs"));
}

/// The server generated from `specs/checks.yaml` (it checks `pattern`, `format` and
/// `if`/`then`/`else` of request bodies).
pub mod checks_server {
    include!(concat!(env!("OUT_DIR"), "/checks_server.rs"));
}

/// The client generated from `specs/wire.yaml` (problem+json errors, `float` values, empty
/// arrays in the query).
pub mod wire_client {
    include!(concat!(env!("OUT_DIR"), "/wire_client.rs"));
}

/// The server generated from `specs/wire.yaml`.
pub mod wire_server {
    include!(concat!(env!("OUT_DIR"), "/wire_server.rs"));
}

/// The client generated from `specs/streams.yaml`: `_stream` methods for paginated lists,
/// server-sent events and a binary download.
pub mod streams_client {
    include!(concat!(env!("OUT_DIR"), "/streams_client.rs"));
}

/// The client generated from Redocly's Museum (`providers/redocly.museum.yaml` of the spec
/// corpus); present when the corpus was there at build time.
#[cfg(museum)]
pub mod museum_client {
    include!(concat!(env!("OUT_DIR"), "/museum_client.rs"));
}

/// The server generated from Redocly's Museum; [`museum::Museum`] implements it.
#[cfg(museum)]
pub mod museum_server {
    include!(concat!(env!("OUT_DIR"), "/museum_server.rs"));
}

#[cfg(museum)]
pub mod museum;
