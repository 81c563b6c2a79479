//! Responses: status codes and media types. Their schemas go through the schema rules in the
//! response direction.

use super::Reg;
use crate::model::{Direction::Response, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "response-success-status-added",
        Warning,
        Response,
        "A new success status: clients that expect the old one may not handle it.",
    )
    .rule(
        "response-success-status-removed",
        Breaking,
        Response,
        "A success status was removed: clients that wait for it never get it.",
    )
    .rule(
        "response-error-status-added",
        Info,
        Response,
        "A new error (or default) response was documented.",
    )
    .rule(
        "response-error-status-removed",
        Info,
        Response,
        "An error (or default) response is no longer documented.",
    )
    .rule(
        "response-media-type-added",
        Info,
        Response,
        "A response can be returned in a new media type.",
    )
    .rule(
        "response-media-type-removed",
        Breaking,
        Response,
        "A response media type is no longer produced: clients asking for it fail.",
    )
    .rule(
        "response-media-type-schema-added",
        Info,
        Response,
        "A schema now describes a response that had none.",
    )
    .rule(
        "response-media-type-schema-removed",
        Warning,
        Response,
        "The schema of a response was removed: anything may come back.",
    );
}
