//! Request parameters (path, query, header, cookie): existence, required-ness, location,
//! serialization. Their schemas go through the schema rules in the request direction.

use super::Reg;
use crate::model::{Direction::Request, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "request-parameter-added-required",
        Breaking,
        Request,
        "A new required parameter: requests without it fail.",
    )
    .rule(
        "request-parameter-added-optional",
        Info,
        Request,
        "A new optional parameter.",
    )
    .rule(
        "request-parameter-removed",
        Breaking,
        Request,
        "A parameter that was not deprecated was removed: clients still send it and the server no longer understands it.",
    )
    .rule(
        "request-parameter-became-required",
        Breaking,
        Request,
        "A parameter became required: requests without it fail.",
    )
    .rule(
        "request-parameter-became-optional",
        Info,
        Request,
        "A parameter became optional.",
    )
    .rule(
        "request-parameter-moved",
        Breaking,
        Request,
        "A parameter moved to another location (e.g. from query to header): clients send it in the old place.",
    )
    .rule(
        "request-parameter-style-changed",
        Breaking,
        Request,
        "The serialization style of a parameter changed: clients encode it the old way.",
    )
    .rule(
        "request-parameter-explode-changed",
        Breaking,
        Request,
        "`explode` of a parameter changed: arrays and objects are encoded differently.",
    )
    .rule(
        "request-parameter-allow-reserved-removed",
        Warning,
        Request,
        "`allowReserved` was removed: clients sending reserved characters unencoded may fail.",
    )
    .rule(
        "request-parameter-allow-empty-value-removed",
        Warning,
        Request,
        "`allowEmptyValue` was removed: clients sending an empty value may fail.",
    )
    .rule(
        "request-parameter-media-type-changed",
        Breaking,
        Request,
        "The media type of a `content` parameter changed: clients encode it the old way.",
    );
}
