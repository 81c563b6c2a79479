//! Response headers. Their schemas go through the schema rules in the response direction.

use super::Reg;
use crate::model::{Direction::Response, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "response-header-added",
        Info,
        Response,
        "A new response header.",
    )
    .rule(
        "response-required-header-removed",
        Breaking,
        Response,
        "A required response header was removed: clients reading it fail.",
    )
    .rule(
        "response-optional-header-removed",
        Warning,
        Response,
        "An optional response header was removed.",
    )
    .rule(
        "response-header-became-optional",
        Breaking,
        Response,
        "A response header is no longer always sent.",
    )
    .rule(
        "response-header-deprecated",
        Info,
        Response,
        "A response header was deprecated.",
    )
    .rule(
        "response-header-serialization-changed",
        Warning,
        Response,
        "How a response header is serialized changed (`explode`, or the media type of its `content`): clients that parse array or object headers may read them wrongly.",
    )
    .rule(
        "response-header-became-required",
        Info,
        Response,
        "A response header is now always sent.",
    );
}
