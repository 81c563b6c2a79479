//! Load two specs, diff them, and print where the time and memory went.
//!
//! `cargo run --release -p stipula-diff --example diff_bench -- BASE REVISION [text|json|markdown|none|load] [ROUNDS]`
//!
//! `load` loads both sides exactly as `stipula diff` does (raw documents and source texts
//! dropped after each side) and exits: the baseline `scripts/bench-diff.sh` runs under
//! `/usr/bin/time` beside the real `stipula diff`.
//!
//! Prints (to stderr) the load time of each side, the diff time (best of ROUNDS, default 5),
//! CPU time, and the peak RSS after loading and after diffing (VmHWM from /proc); the report
//! goes to stdout in the chosen format. `scripts/bench-diff.sh` runs it on the corpus pairs.

use std::time::{Duration, Instant};
use stipula_diff::{DiffOptions, Level};
use stipula_spec::LoadOptions;

fn peak_rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
}

fn cpu_time() -> Option<Duration> {
    // utime + stime of this process, in clock ticks (100 Hz on Linux)
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = s.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// What `stipula diff` keeps of a loaded side.
fn slimmed(l: stipula_spec::Loaded) -> stipula_spec::Spec {
    let mut s = l.spec;
    stipula_diff::slim(&mut s);
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: diff_bench BASE REVISION [text|json|markdown|none] [ROUNDS]");
        std::process::exit(2);
    }
    let format = args.get(2).map(String::as_str).unwrap_or("none");
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5).max(1);
    let opts = LoadOptions::default();
    let t = Instant::now();
    let base = match stipula_spec::load(&args[0], &opts) {
        Ok(l) => slimmed(l),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let t_base = t.elapsed();
    let t = Instant::now();
    let rev = match stipula_spec::load(&args[1], &opts) {
        Ok(l) => slimmed(l),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let t_rev = t.elapsed();
    let rss_loaded = peak_rss_kib().unwrap_or(0);
    let cpu_loaded = cpu_time().unwrap_or_default();
    if format == "load" {
        eprintln!(
            "load base {:.3}s, load revision {:.3}s (both: {:.3}s, cpu {:.3}s, peak RSS {} MiB; {} + {} schemas)",
            t_base.as_secs_f64(),
            t_rev.as_secs_f64(),
            (t_base + t_rev).as_secs_f64(),
            cpu_loaded.as_secs_f64(),
            rss_loaded / 1024,
            base.schemas.len(),
            rev.schemas.len()
        );
        return;
    }
    let dopts = DiffOptions::default();
    let mut best = Duration::MAX;
    let mut report = None;
    for _ in 0..rounds {
        let t = Instant::now();
        let r = stipula_diff::diff(&base, &rev, &dopts);
        best = best.min(t.elapsed());
        report = Some(r);
    }
    let cpu_all = cpu_time().unwrap_or_default();
    let rss_diffed = peak_rss_kib().unwrap_or(0);
    let Some(report) = report else { return };
    let (b, w, i) = report.counts();
    eprintln!(
        "load base {:.3}s, load revision {:.3}s (both: {:.3}s, cpu {:.3}s, peak RSS {} MiB)",
        t_base.as_secs_f64(),
        t_rev.as_secs_f64(),
        (t_base + t_rev).as_secs_f64(),
        cpu_loaded.as_secs_f64(),
        rss_loaded / 1024
    );
    eprintln!(
        "diff: best of {rounds} {:.3}s wall, cpu {:.3}s per round; peak RSS after diff {} MiB (+{} MiB over loading)",
        best.as_secs_f64(),
        (cpu_all.saturating_sub(cpu_loaded)).as_secs_f64() / rounds as f64,
        rss_diffed / 1024,
        rss_diffed.saturating_sub(rss_loaded) / 1024
    );
    eprintln!(
        "findings: {b} breaking, {w} warning, {i} info; {}",
        report.versioning.explanation
    );
    match format {
        "text" => print!(
            "{}",
            stipula_diff::format::text(&report, Level::Info, false)
        ),
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&stipula_diff::format::json(&report, Level::Info))
                .unwrap_or_default()
        ),
        "markdown" => print!("{}", stipula_diff::format::markdown(&report, Level::Info)),
        _ => {}
    }
}
