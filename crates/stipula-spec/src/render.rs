//! Rendering diagnostics for people (with the source line) and machines (JSON).
