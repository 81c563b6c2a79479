//! Response headers. Their schemas go through the schema rules in the response direction.

use super::Reg;
use crate::engine::Cx;
use crate::model::{Direction, Level::*};
use crate::rules::examples;
use crate::rules::request_body::media_norm;
use crate::walk::{header_side, judge_wire, primitive, schema_conj};
use stipula_spec::Response;

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "response-header-added",
        Info,
        Direction::Response,
        "A new response header.",
    )
    .rule(
        "response-required-header-removed",
        Breaking,
        Direction::Response,
        "A required response header was removed: clients reading it fail.",
    )
    .rule(
        "response-optional-header-removed",
        Warning,
        Direction::Response,
        "An optional response header was removed.",
    )
    .rule(
        "response-header-became-optional",
        Breaking,
        Direction::Response,
        "A response header is no longer always sent.",
    )
    .rule(
        "response-header-deprecated",
        Info,
        Direction::Response,
        "A response header was deprecated.",
    )
    .rule(
        "response-header-serialization-changed",
        Warning,
        Direction::Response,
        "How a response header is serialized changed (`explode`, or the media type of its `content`): clients that parse array or object headers may read them wrongly.",
    )
    .rule(
        "response-header-became-required",
        Info,
        Direction::Response,
        "A response header is now always sent.",
    );
}

/// Compare the headers of a response (`o` in the base, `n` in the revision): existence,
/// required-ness, deprecation, serialization, examples, and the schema, judged as text on
/// the wire.
pub(crate) fn check(cx: &mut Cx, o: &Response, n: &Response, dir: Direction, prefix: &str) {
    let status = n.status;
    for oh in &o.headers {
        cx.section = format!("{prefix}response {status} header {}", oh.name);
        cx.path.clear();
        match n
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(&oh.name))
        {
            None => {
                let id = if oh.required {
                    "response-required-header-removed"
                } else {
                    "response-optional-header-removed"
                };
                cx.emit(
                    id,
                    format!("response header `{}` was removed", oh.name),
                    "",
                    Some(&oh.loc),
                    Some(&n.loc),
                );
            }
            Some(nh) => {
                if oh.required && !nh.required {
                    cx.emit(
                        "response-header-became-optional",
                        format!("response header `{}` is no longer always sent", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                } else if !oh.required && nh.required {
                    cx.emit(
                        "response-header-became-required",
                        format!("response header `{}` is now always sent", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                if !oh.deprecated && nh.deprecated {
                    cx.emit(
                        "response-header-deprecated",
                        format!("response header `{}` was deprecated", oh.name),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                let omt = oh.content.first().map(|m| media_norm(&m.media_type));
                let nmt = nh.content.first().map(|m| media_norm(&m.media_type));
                let mut how = Vec::new();
                if oh.explode != nh.explode && !primitive(cx.old, oh.schema) && oh.schema.is_some()
                {
                    how.push(format!("explode {} → {}", oh.explode, nh.explode));
                }
                if let (Some(a), Some(b)) = (&omt, &nmt)
                    && a != b
                {
                    how.push(format!("content {a} → {b}"));
                }
                if !how.is_empty() {
                    cx.emit(
                        "response-header-serialization-changed",
                        format!(
                            "response header `{}` is serialized differently: {}",
                            oh.name,
                            how.join(", ")
                        ),
                        "",
                        Some(&oh.loc),
                        Some(&nh.loc),
                    );
                }
                examples::check(
                    cx,
                    &format!("response header `{}`", oh.name),
                    &oh.examples,
                    &nh.examples,
                    &oh.loc,
                    &nh.loc,
                );
                let saved = cx.dir;
                cx.dir = dir;
                let sa = oh
                    .schema
                    .or_else(|| oh.content.first().and_then(|m| m.schema));
                let sb = nh
                    .schema
                    .or_else(|| nh.content.first().and_then(|m| m.schema));
                let sink = cx.cur;
                let before = cx.sinks[sink].findings.len();
                let as_text = oh.schema.is_some() && nh.schema.is_some();
                if as_text {
                    cx.wire_depth += 1;
                }
                cx.compare(schema_conj(cx.old, sa), schema_conj(cx.new, sb));
                if as_text {
                    cx.wire_depth -= 1;
                    let (a, b) = (header_side(cx.old, oh), header_side(cx.new, nh));
                    judge_wire(cx, sink, before, &a, &b, dir);
                }
                cx.dir = saved;
            }
        }
    }
    for nh in &n.headers {
        if !o
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case(&nh.name))
        {
            cx.section = format!("{prefix}response {status} header {}", nh.name);
            cx.path.clear();
            cx.emit(
                "response-header-added",
                format!("new response header `{}`", nh.name),
                "",
                Some(&o.loc),
                Some(&nh.loc),
            );
        }
    }
}
