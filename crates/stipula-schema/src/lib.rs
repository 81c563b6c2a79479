//! `stipula-schema`: what an OpenAPI schema *means*, shared by the jobs that need it.
//!
//! * [`render`]: IR schemas → JSON Schema 2020-12 documents and compiled validators (the IR
//!   already has 2020-12 meaning; the document says exactly what the spec says, or lists
//!   what it could not say in [`render::Rendered::lossy`]).
//! * [`values`]: values a schema document talks about: deterministic candidates (examples,
//!   defaults, enum/const, boundaries ±1, a value per type, strings that match and miss each
//!   `pattern`, each `oneOf`/`anyOf` branch, empty/minimal/full objects and arrays,
//!   `prefixItems` positions, `contains`), then seeded random values.
//! * [`flat`]: an IR schema with `$ref` siblings and `allOf` merged into one object, what
//!   generators and one-constraint edits read.
//! * `strategy` (feature `proptest`): IR schema → proptest strategy, the fuzzer's random
//!   values.
//! * [`wire`]: parameters and headers as text: encoding per `style`/`explode` and decoding
//!   as a server would, with text coerced to the schema's type.
//!
//! Features: `validate` (default) brings jsonschema: compiled validators
//! ([`render::Validators`]), [`values`] and [`wire`] (both match strings against patterns);
//! `proptest` (off) the `strategy` module, for the fuzzer only.
//! Without it only the conversion is left, which is all stipula-codegen needs: a user's
//! `build.rs` does not compile jsonschema.
//!
//! Dependencies point one way: the jobs (diff, fuzz, codegen) → this crate → `stipula-spec`.

#![warn(missing_docs)]

pub mod flat;
pub mod render;
#[cfg(feature = "proptest")]
pub mod strategy;
#[cfg(feature = "validate")]
pub mod values;
#[cfg(feature = "validate")]
pub mod wire;

#[cfg(feature = "validate")]
pub use render::compile;

/// A JSON number from an `f64`: integral values (below 2^53) as integers, `5.0` → `5`;
/// `null` for what JSON cannot write (NaN, infinities).
pub fn json_number(f: f64) -> serde_json::Value {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        serde_json::Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}
pub use render::{Direction, Rendered, render as render_schemas, to_json_schema};
