//! One measurement per process, for `scripts/bench-load.sh`:
//!
//! `bench_load load SPEC`  — `stipula_spec::load` (read + parse + IR build), or
//! `bench_load parse SPEC` — read the same bytes and parse them into a `serde_json::Value`
//! (serde_json for `.json`, `yaml_serde::from_str::<serde_json::Value>` otherwise).
//!
//! Prints one line `mode=... ms=... hwm_kb=...`: wall time of the work (file read included in
//! both modes, freeing the result excluded in both) and the process's RSS high-water mark (VmHWM from /proc/self/status) at the end.
//! Run each mode in its own process so the high-water marks do not mix.
use std::time::Instant;

// The same allocator as the `stipula` binary, for both modes.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time of this thread so far, nanoseconds: the thread CPU clock, which counts the
/// running slice up to now. (`/proc/thread-self/schedstat`, read before, is only brought up
/// to date at scheduler ticks: on a 250 Hz kernel its figures moved in 4 ms steps, 44.0,
/// 47.9, 60.0, and one run's ratio swung by 0.05-0.1.)
#[cfg(unix)]
fn cpu_ns() -> Option<u64> {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec; the call only writes it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    if rc != 0 {
        return None;
    }
    Some(u64::try_from(t.tv_sec).ok()? * 1_000_000_000 + u64::try_from(t.tv_nsec).ok()?)
}

#[cfg(not(unix))]
fn cpu_ns() -> Option<u64> {
    None
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, path) = match args.as_slice() {
        [m, p] if m == "load" || m == "parse" => (m.as_str(), p.as_str()),
        _ => {
            eprintln!("usage: bench_load load|parse SPEC");
            std::process::exit(2);
        }
    };
    // The clock stops once the result exists; dropping it (freeing the tree) is not timed, in
    // either mode.
    let cpu0 = cpu_ns();
    let t = Instant::now();
    let (size, elapsed) = match mode {
        "load" => match stipula_spec::load(path, &stipula_spec::LoadOptions::default()) {
            Ok(l) => {
                let elapsed = (t.elapsed(), cpu_ns());
                let n = l.spec.schemas.len() + l.spec.operations.len();
                std::hint::black_box(&l);
                (n, elapsed)
            }
            Err(e) => {
                eprintln!("{path}: load failed:\n{e}");
                std::process::exit(1);
            }
        },
        _ => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{path}: cannot read: {e}");
                    std::process::exit(1);
                }
            };
            let v: Result<serde_json::Value, String> = if path.ends_with(".json") {
                serde_json::from_str(&text).map_err(|e| e.to_string())
            } else {
                yaml_serde::from_str(&text).map_err(|e| e.to_string())
            };
            match v {
                Ok(v) => {
                    let elapsed = (t.elapsed(), cpu_ns());
                    let n = v.as_object().map_or(0, |o| o.len());
                    std::hint::black_box(&v);
                    (n, elapsed)
                }
                Err(e) => {
                    eprintln!("{path}: parse failed: {e}");
                    std::process::exit(1);
                }
            }
        }
    };
    let (elapsed, cpu1) = elapsed;
    let cpu_ms = match (cpu0, cpu1) {
        (Some(a), Some(b)) => format!("{:.1}", (b.saturating_sub(a)) as f64 / 1e6),
        _ => "?".into(),
    };
    let ms = elapsed.as_secs_f64() * 1000.0;
    let hwm = vm_hwm_kb().map_or_else(|| "?".to_string(), |k| k.to_string());
    println!("mode={mode} ms={ms:.1} cpu_ms={cpu_ms} hwm_kb={hwm} items={size}");
}
