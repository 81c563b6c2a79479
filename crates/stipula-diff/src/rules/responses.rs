//! Responses: status codes and media types. Their schemas go through the schema rules in the
//! response direction.

use super::Reg;
use crate::model::{Direction::Response as ResponseDir, Level::*};

use crate::engine::Cx;
use crate::model::Direction;
use crate::rules::request_body::{match_media, media_schema};
use crate::rules::{headers, links};
use stipula_spec::{Operation, Response, StatusKey};

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "response-success-status-added",
        Warning,
        ResponseDir,
        "A new success status: clients that expect the old one may not handle it.",
    )
    .rule(
        "response-success-status-removed",
        Breaking,
        ResponseDir,
        "A success status was removed: clients that wait for it never get it.",
    )
    .rule(
        "response-error-status-added",
        Info,
        ResponseDir,
        "A new error (or default) response was documented.",
    )
    .rule(
        "response-error-status-removed",
        Info,
        ResponseDir,
        "An error (or default) response is no longer documented.",
    )
    .rule(
        "response-media-type-added",
        Info,
        ResponseDir,
        "A response can be returned in a new media type.",
    )
    .rule(
        "response-media-type-removed",
        Breaking,
        ResponseDir,
        "A response media type is no longer produced: clients asking for it fail.",
    )
    .rule(
        "response-media-type-schema-added",
        Info,
        ResponseDir,
        "A schema now describes a response that had none.",
    )
    .rule(
        "response-media-type-schema-removed",
        Warning,
        ResponseDir,
        "The schema of a response was removed: anything may come back.",
    );
}

pub(crate) fn find_response(rs: &[Response], key: StatusKey) -> Option<&Response> {
    rs.iter().find(|r| r.status == key).or_else(|| match key {
        StatusKey::Code(c) => rs
            .iter()
            .find(|r| matches!(r.status, StatusKey::Range(_)) && r.status.matches(c)),
        _ => None,
    })
}

pub(crate) fn responses(cx: &mut Cx, o: &Operation, n: &Operation, dir: Direction, prefix: &str) {
    for or in &o.responses {
        cx.section = format!("{prefix}response {}", or.status);
        cx.path.clear();
        match find_response(&n.responses, or.status) {
            Some(nr) => compare_response(cx, or, nr, dir, prefix),
            None => {
                // an exact code replaced by a range that covers it is the same response
                let covered = match or.status {
                    StatusKey::Range(d) => n.responses.iter().find(
                        |r| matches!(r.status, StatusKey::Code(c) if c / 100 == u16::from(d)),
                    ),
                    _ => None,
                };
                if let Some(nr) = covered {
                    compare_response(cx, or, nr, dir, prefix);
                    continue;
                }
                let (id, what) = if or.status.is_success() {
                    ("response-success-status-removed", "success")
                } else {
                    ("response-error-status-removed", "error")
                };
                cx.emit(
                    id,
                    format!("{what} response {} was removed", or.status),
                    &or.status.to_string(),
                    Some(&or.loc),
                    Some(&n.loc),
                );
            }
        }
    }
    for nr in &n.responses {
        let existed = o.responses.iter().any(|r| r.status == nr.status)
            || match nr.status {
                StatusKey::Range(d) => o
                    .responses
                    .iter()
                    .any(|r| matches!(r.status, StatusKey::Code(c) if c / 100 == u16::from(d))),
                StatusKey::Code(c) => o
                    .responses
                    .iter()
                    .any(|r| matches!(r.status, StatusKey::Range(_)) && r.status.matches(c)),
                StatusKey::Default => false,
            };
        if existed {
            continue;
        }
        cx.section = format!("{prefix}response {}", nr.status);
        cx.path.clear();
        let (id, what) = if nr.status.is_success() {
            ("response-success-status-added", "success")
        } else {
            ("response-error-status-added", "error")
        };
        cx.emit(
            id,
            format!("new {what} response {}", nr.status),
            &nr.status.to_string(),
            Some(&o.loc),
            Some(&nr.loc),
        );
    }
}

pub(crate) fn compare_response(
    cx: &mut Cx,
    o: &Response,
    n: &Response,
    dir: Direction,
    prefix: &str,
) {
    let status = n.status;
    headers::check(cx, o, n, dir, prefix);
    cx.section = format!("{prefix}response {status}");
    cx.path.clear();
    links::check(cx, &o.links, &n.links, &o.loc, &n.loc);
    for (om, nm) in match_media(&o.content, &n.content) {
        let mt = nm.or(om).map(|m| m.media_type.as_str()).unwrap_or("");
        cx.section = format!("{prefix}response {status} {mt}");
        cx.path.clear();
        match (om, nm) {
            (Some(om), None) => cx.emit(
                "response-media-type-removed",
                format!(
                    "response {status} is no longer returned as {}",
                    om.media_type
                ),
                &om.media_type,
                Some(&om.loc),
                Some(&n.loc),
            ),
            (None, Some(nm)) => cx.emit(
                "response-media-type-added",
                format!("response {status} can now be returned as {}", nm.media_type),
                &nm.media_type,
                Some(&o.loc),
                Some(&nm.loc),
            ),
            (Some(om), Some(nm)) => media_schema(cx, om, nm, dir, false),
            (None, None) => {}
        }
    }
}
