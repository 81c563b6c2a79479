//! Helpers called by the `Serialize`/`Deserialize` impls of generated types.
