//! `stipula fuzz-merge`: combine the JSON reports of `stipula fuzz --shard K/N` runs into
//! one summary, JSON report, JUnit file and exit code.

use crate::cmd::fuzz::{ReportArgs, write_report};

#[derive(clap::Args)]
#[command(after_help = "\
Example (a CI matrix of 4 shards, then one job that merges):
  stipula fuzz api.yaml --base-url $URL --shard 3/4 --report fuzz-3.json
  stipula fuzz-merge fuzz-1.json fuzz-2.json fuzz-3.json fuzz-4.json --junit fuzz.xml

Exit status: 0 no failures in any report, 1 failures found, 2 a report could not be read.")]
pub(crate) struct Args {
    /// JSON reports written by `stipula fuzz --report`.
    #[arg(value_name = "REPORT", required = true)]
    pub(crate) reports: Vec<String>,
    #[command(flatten)]
    pub(crate) out: ReportArgs,
}

fn usage(msg: impl std::fmt::Display) -> u8 {
    eprintln!("stipula fuzz-merge: {msg}");
    2
}

pub(crate) fn run(args: Args) -> u8 {
    let mut reports = Vec::new();
    for path in &args.reports {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                return usage(format!(
                    "cannot read {path}: {e}; pass the files `stipula fuzz --report FILE` wrote"
                ));
            }
        };
        match serde_json::from_str::<stipula_fuzz::Report>(&text) {
            Ok(r) => reports.push(r),
            Err(e) => {
                return usage(format!(
                    "{path}:{}:{}: not a `stipula fuzz --report` JSON document: {e}",
                    e.line(),
                    e.column()
                ));
            }
        }
    }
    let merged = stipula_fuzz::report::merge(reports);
    write_report("fuzz-merge", &merged, &args.out)
}
