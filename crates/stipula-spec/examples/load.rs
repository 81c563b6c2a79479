//! Load a spec and print a summary: `cargo run -p stipula-spec --example load -- SPEC`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: load SPEC");
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    match stipula_spec::load(&path, &stipula_spec::LoadOptions::default()) {
        Ok(l) => {
            let s = &l.spec;
            println!(
                "{path}: openapi {} | {} operations, {} webhooks, {} schemas ({} named), {} files, {} diagnostics, {:?}",
                s.openapi,
                s.operations.len(),
                s.webhooks.len(),
                s.schemas.len(),
                s.schema_names.len(),
                s.files.len(),
                l.diagnostics.len(),
                t.elapsed()
            );
            for d in l.diagnostics.iter().take(5) {
                println!("  {d}");
            }
        }
        Err(e) => {
            println!("{path}: FAILED\n{e}");
            std::process::exit(1);
        }
    }
}
