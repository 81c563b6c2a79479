//! Generate code from a spec without the CLI, and report time and sizes:
//! `cargo run -p stipula-codegen --example gen -- rust-client spec.yaml out-dir [--module]`.

use std::time::Instant;

// The `stipula` binary uses mimalloc (its default `mimalloc` feature); so does this bench.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: gen TARGET SPEC OUT_DIR [--module]");
        return std::process::ExitCode::from(2);
    }
    let Some(target) = stipula_codegen::Target::parse(&args[0]) else {
        eprintln!("unknown target {}", args[0]);
        return std::process::ExitCode::from(2);
    };
    let t0 = Instant::now();
    let loaded = match stipula_spec::load(&args[1], &stipula_spec::LoadOptions::default()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let t_load = t0.elapsed();
    let mut opts = stipula_codegen::Options::new(target);
    opts.module = args.iter().any(|a| a == "--module");
    let t1 = Instant::now();
    let out = match stipula_codegen::generate(&loaded.spec, &opts) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            if let stipula_codegen::Error::Format { unformatted, .. } = &e {
                let _ = std::fs::create_dir_all(&args[2]);
                let _ = std::fs::write(format!("{}/unformatted.rs", args[2]), unformatted);
            }
            return std::process::ExitCode::from(1);
        }
    };
    let t_gen = t1.elapsed();
    if let Err(e) = stipula_codegen::write(&out, std::path::Path::new(&args[2])) {
        eprintln!("{e}");
        return std::process::ExitCode::from(2);
    }
    let lines: usize = out.files.iter().map(|f| f.text.lines().count()).sum();
    println!(
        "load {:.3}s generate {:.3}s files {} lines {} notes {}",
        t_load.as_secs_f64(),
        t_gen.as_secs_f64(),
        out.files.len(),
        lines,
        out.notes.len()
    );
    std::process::ExitCode::SUCCESS
}
