//! Request bodies: existence, required-ness, media types.

use super::Reg;
use crate::model::{Direction::Request, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-body-added-required",
        Breaking,
        Request,
        "A required request body was added: requests without one fail.",
    )
    .rule(
        "request-body-added-optional",
        Info,
        Request,
        "An optional request body was added.",
    )
    .rule(
        "request-body-removed",
        Breaking,
        Request,
        "The request body was removed: clients still send one and the server no longer reads it.",
    )
    .rule(
        "request-body-became-required",
        Breaking,
        Request,
        "The request body became required: requests without one fail.",
    )
    .rule(
        "request-body-became-optional",
        Info,
        Request,
        "The request body became optional.",
    )
    .rule(
        "request-media-type-added",
        Info,
        Request,
        "The request body accepts a new media type.",
    )
    .rule(
        "request-media-type-removed",
        Breaking,
        Request,
        "A request media type is no longer accepted: clients sending it fail.",
    )
    .rule(
        "request-media-type-schema-added",
        Warning,
        Request,
        "A schema now constrains a request media type that had none.",
    )
    .rule(
        "request-media-type-schema-removed",
        Info,
        Request,
        "The schema of a request media type was removed (anything is accepted).",
    )
    .rule(
        "request-encoding-changed",
        Warning,
        Request,
        "The `encoding` of a form or multipart part changed (content type, style or explode).",
    );
}
