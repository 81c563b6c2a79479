//! The `stipula` binary: argument parsing, calling library functions, printing.
fn main() {}
