//! Runtime of the Rust clients and servers that `stipula` generates.
//!
//! Generated code holds what is particular to one API description (types, operations, the
//! validation table); everything else lives here, written and tested once:
//!
//! - [`params`]: OpenAPI parameter styles (form, spaceDelimited, pipeDelimited, deepObject,
//!   simple, label, matrix; explode on and off) — one implementation, used by the client to
//!   encode and by the server to decode, so the two sides agree by construction.
//! - [`body`]: JSON, text and form bodies.
//! - [`formats`]: string formats (`date`, `date-time`, `uuid`, `email`, ...).
//! - [`serde_support`]: helpers the generated types' `Serialize`/`Deserialize` impls call.
//! - `client` (feature `client`): sending with retries, decoding responses, multipart parts;
//!   with feature `stream`, `client::stream`: paginated lists, server-sent events and byte
//!   bodies as `Stream`s.
//! - `server` (feature `server`): decoding requests, the request validator, responses,
//!   multipart (parsed by `multer`).
//!
//! A generated crate depends on this crate (by version or path) or embeds its source
//! (`stipula generate --standalone`, `Builder::runtime(Runtime::Embedded)`). Every path
//! inside the crate is therefore relative (`super::`), never `crate::`.
#![deny(missing_docs)]

pub mod body;
pub mod formats;
pub mod params;
pub mod serde_support;

#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "server")]
pub mod server;
