//! `stipula bundle` (being written).

#[derive(clap::Args)]
pub struct Args {
    /// The spec file.
    pub spec: Vec<String>,
}

pub fn run(_args: Args) -> u8 {
    eprintln!("stipula bundle: not available in this build yet");
    2
}
