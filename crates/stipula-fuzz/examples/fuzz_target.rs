//! Run the fuzz test server (for the benchmark and for trying `stipula fuzz` by hand).
//!
//! `cargo run -p stipula-fuzz --example fuzz_target -- [PORT] [BUG]`, BUG one of `none`
//! (default), `server_error`, `status_code`, `content_type`, `response_schema`,
//! `stateful_schema`, `response_headers`, `negative_data`, `positive_data`, `ignored_auth`,
//! `use_after_delete`, `resource_availability`, `unsupported_method`. Token: `secret-token`.
//! `items:BUG` serves `specs/fuzz/items.yaml` instead (the real-server habits), BUG one of
//! `none`, `drop_connection`, `non_ascii_title`, `punctuation_title`, `example_only`,
//! `malformed_json_400`, `strict_header`, `lax_page_size`.
//! On Ctrl-C (SIGINT) it prints `requests: N`, the number of API requests it answered.

#[path = "../tests/support/items.rs"]
mod items;
#[path = "../tests/support/server.rs"]
mod server;

enum Target {
    Pets(server::Bug),
    Items(items::ItemsBug),
}

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
    let bug = match args.get(1).map(String::as_str) {
        None => Some(Target::Pets(server::Bug::None)),
        Some(b) => match b.strip_prefix("items:") {
            Some(i) => items::ItemsBug::parse(i).map(Target::Items),
            None => server::Bug::parse(b).map(Target::Pets),
        },
    };
    let Some(bug) = bug else {
        eprintln!(
            "fuzz_target: unknown bug `{}` (see the doc comment of examples/fuzz_target.rs)",
            args[1]
        );
        return std::process::ExitCode::from(2);
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
        let started = match bug {
            Target::Pets(b) => server::start(b, port).await.map(|(url, st)| {
                let count: Box<dyn Fn() -> u64> =
                    Box::new(move || st.requests.load(std::sync::atomic::Ordering::Relaxed));
                (url, count)
            }),
            Target::Items(b) => items::start(b, port).await.map(|(url, st)| {
                let count: Box<dyn Fn() -> u64> =
                    Box::new(move || st.requests.load(std::sync::atomic::Ordering::Relaxed));
                (url, count)
            }),
        };
        match started {
            Ok((url, count)) => {
                println!("{url}");
                let _ = tokio::signal::ctrl_c().await;
                // The benchmark reads this line to count what each tool really sent.
                println!("requests: {}", count());
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("fuzz_target: cannot listen on 127.0.0.1:{port}: {e}");
                std::process::ExitCode::from(2)
            }
        }
    })
}
