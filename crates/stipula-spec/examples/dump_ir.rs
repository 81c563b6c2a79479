//! Print the whole IR of a spec as JSON, then its diagnostics, one per line:
//! `cargo run -p stipula-spec --example dump_ir -- SPEC > ir.json`.
//!
//! For checking that a change to the loader leaves the IR of real specs unchanged (run it
//! before and after over the corpus and compare the outputs).
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_ir SPEC");
        std::process::exit(2);
    };
    match stipula_spec::load(&path, &stipula_spec::LoadOptions::default()) {
        Ok(l) => {
            match serde_json::to_string_pretty(&l.spec) {
                Ok(s) => println!("{s}"),
                Err(e) => {
                    eprintln!("{path}: cannot serialize the IR: {e}");
                    std::process::exit(1);
                }
            }
            for d in &l.diagnostics {
                println!("{d}");
            }
        }
        Err(e) => {
            println!("{path}: FAILED\n{e}");
            std::process::exit(1);
        }
    }
}
