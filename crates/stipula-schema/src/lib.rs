//! `stipula-schema`: what an OpenAPI schema *means*, shared by the jobs that need it.
//!
//! * [`render`]: IR schemas → JSON Schema 2020-12 documents and compiled validators (the IR
//!   already has 2020-12 meaning; the document says exactly what the spec says, or lists
//!   what it could not say in [`render::Rendered::lossy`]).
//! * [`values`]: values a schema document talks about: deterministic candidates (examples,
//!   defaults, enum/const, boundaries ±1, a value per type, strings that match and miss each
//!   `pattern`, each `oneOf`/`anyOf` branch, empty/minimal/full objects and arrays,
//!   `prefixItems` positions, `contains`), then seeded random values.
//! * [`wire`]: parameters and headers as text: encoding per `style`/`explode` and decoding
//!   as a server would, with text coerced to the schema's type.
//!
//! Features: `validate` (default) brings jsonschema: compiled validators
//! ([`render::Validators`]), [`values`] and [`wire`] (both match strings against patterns).
//! Without it only the conversion is left, which is all stipula-codegen needs: a user's
//! `build.rs` does not compile jsonschema.
//!
//! Dependencies point one way: the jobs (diff, fuzz, codegen) → this crate → `stipula-spec`.

#![warn(missing_docs)]

pub mod render;
#[cfg(feature = "validate")]
pub mod values;
#[cfg(feature = "validate")]
pub mod wire;

#[cfg(feature = "validate")]
pub use render::compile;
pub use render::{Direction, Rendered, render as render_schemas, to_json_schema};
