//! Serves the generated Museum server with the trivial implementation of
//! `petstore_client::museum::Museum` on 127.0.0.1 (port from the first argument, default
//! 8081), for `scripts/schemathesis-museum.sh`. Prints `listening on http://ADDR` once ready.

#[cfg(museum)]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let port = match std::env::args().nth(1).as_deref().map(str::parse::<u16>) {
        None => 8081,
        Some(Ok(p)) => p,
        Some(Err(e)) => {
            eprintln!(
                "error: the port must be a number from 0 to 65535 ({e}); usage: museum_server [PORT]"
            );
            return std::process::ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{port}: {e}; pick another port");
            return std::process::ExitCode::from(2);
        }
    };
    match listener.local_addr() {
        Ok(addr) => println!("listening on http://{addr}"),
        Err(e) => eprintln!("warning: bound, but the address is unknown: {e}"),
    }
    let app = petstore_client::museum::app();
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("error: the server stopped: {e}");
        return std::process::ExitCode::from(2);
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(not(museum))]
fn main() -> std::process::ExitCode {
    eprintln!(
        "error: built without the Museum server: the spec corpus was not found when \
         petstore-client was built; set STIPULA_CORPUS to the corpus directory and rebuild"
    );
    std::process::ExitCode::from(2)
}
