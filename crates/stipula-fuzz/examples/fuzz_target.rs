//! Run the fuzz test server (for the benchmark and for trying `stipula fuzz` by hand).
//!
//! `cargo run -p stipula-fuzz --example fuzz_target -- [PORT] [BUG]`, BUG one of `none`
//! (default), `server_error`, `status_code`, `content_type`, `response_schema`,
//! `stateful_schema`, `response_headers`, `negative_data`, `positive_data`, `ignored_auth`,
//! `use_after_delete`, `resource_availability`, `unsupported_method`. Token: `secret-token`.
//! On Ctrl-C (SIGINT) it prints `requests: N`, the number of API requests it answered.

#[path = "../tests/support/server.rs"]
mod server;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port: u16 = match args.first().map(|p| p.parse()) {
        None => 8080,
        Some(Ok(p)) => p,
        Some(Err(_)) => {
            eprintln!(
                "fuzz_target: PORT must be a number 0-65535, got `{}`",
                args[0]
            );
            return std::process::ExitCode::from(2);
        }
    };
    let bug = match args.get(1) {
        None => server::Bug::None,
        Some(b) => match server::Bug::parse(b) {
            Some(b) => b,
            None => {
                eprintln!(
                    "fuzz_target: unknown bug `{b}` (see the doc comment of examples/fuzz_target.rs)"
                );
                return std::process::ExitCode::from(2);
            }
        },
    };
    let workers: usize = std::env::var("FUZZ_TARGET_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(1);
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers.max(1))
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("fuzz_target: cannot start tokio: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    rt.block_on(async {
        match server::start(bug, port).await {
            Ok((url, st)) => {
                println!("{url}");
                let _ = tokio::signal::ctrl_c().await;
                // The benchmark reads this line to count what each tool really sent.
                println!(
                    "requests: {}",
                    st.requests.load(std::sync::atomic::Ordering::Relaxed)
                );
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("fuzz_target: cannot listen on 127.0.0.1:{port}: {e}");
                std::process::ExitCode::from(2)
            }
        }
    })
}
