//! Cases as the runner builds them and reports keep them: a generated case, where it came
//! from (to regenerate and shrink it), the steps of a stateful sequence. Shared by the runner
//! and `report` (which keeps a failure's origin and sequence), so `report` does not reach
//! into the runner.

use crate::checks::CaseKind;
use crate::config::Phase;
use crate::plan::{self, Edit};
use crate::request::{HttpRequest, RequestData};

/// Where a generated case came from, to regenerate and shrink it.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    pub op: usize,
    pub media: Option<usize>,
    pub seed: u64,
    pub edit: Option<Edit>,
}

#[derive(Clone, Debug)]
pub(crate) struct Case {
    pub(crate) op: usize,
    pub(crate) phase: Phase,
    pub(crate) kind: CaseKind,
    pub(crate) data: RequestData,
    pub(crate) origin: Option<Origin>,
    /// Replay without and with bad credentials if it succeeds (`ignored_auth`). Chosen by
    /// the driver, so the same seed probes the same cases.
    pub(crate) probe_auth: bool,
    /// Break the serialized body on purpose (malformed-body probes).
    pub(crate) mangle: Option<Mangle>,
}

/// A body no schema describes: what a server must reject with a 4xx, never a 5xx.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mangle {
    /// The JSON cut in the middle.
    TruncatedJson,
    /// The JSON sent as `text/plain`.
    WrongContentType,
    /// `Content-Type: application/json` and no bytes.
    EmptyBody,
}

impl Mangle {
    pub(crate) fn apply(self, req: &mut HttpRequest) {
        let set_ct = |req: &mut HttpRequest, ct: &str| {
            req.headers
                .retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
            req.headers.push(("Content-Type".into(), ct.into()));
        };
        match self {
            Mangle::TruncatedJson => {
                let b = req.body.take().unwrap_or_else(|| b"{}".to_vec());
                let cut = (b.len() / 2).max(1).min(b.len());
                req.body = Some(b[..cut].to_vec());
            }
            Mangle::WrongContentType => set_ct(req, "text/plain"),
            Mangle::EmptyBody => {
                req.body = Some(Vec::new());
                set_ct(req, "application/json");
            }
        }
    }

    pub(crate) fn kind(self) -> CaseKind {
        match self {
            Mangle::TruncatedJson => CaseKind::Negative {
                description: "body is truncated JSON (does not parse)".into(),
                keyword: "json",
            },
            Mangle::EmptyBody => CaseKind::Negative {
                description: "required JSON body is empty".into(),
                keyword: "required",
            },
            // A server may read a body whatever its declared type: only a 5xx (or an
            // undocumented status) says something here.
            Mangle::WrongContentType => CaseKind::Unchecked,
        }
    }
}

/// One step of a stateful sequence: what to call, the request data, and where the data came
/// from (to regenerate simpler data when shrinking).
#[derive(Clone, Debug)]
pub(crate) struct SeqStep {
    pub(crate) spec: plan::StepSpec,
    pub(crate) data: RequestData,
    pub(crate) origin: Origin,
}

/// The steps of a stateful failure, up to and including the failing one (to shrink it).
#[derive(Clone, Debug)]
pub(crate) struct Sequence(pub(crate) Vec<SeqStep>);
