//! The rule registry: every kind of change stipula reports, with its level and direction.
//!
//! One module per family. Each family module lists its rules (`rules()`) and, where the
//! family is about schemas, holds the check that emits them. Levels follow one principle:
//! breaking = a client that worked will fail; warning = it may fail or behave differently
//! and the spec cannot tell; info = no existing client can notice.
//!
//! Decisions where the principle alone does not settle a level:
//!
//! * **Removal follows the deprecation policy, in both directions.** Removing an operation,
//!   parameter or property that BASE did not deprecate is breaking; removing a deprecated
//!   one is breaking while its `x-sunset` date is ahead and info once it has passed (or when
//!   it has none). This holds for a request property of an open object and an optional
//!   response property too, which the principle alone would call warnings (the server may
//!   just ignore the old property; an optional property may be absent anyway): a property
//!   in the spec is a promise, clients that sent or read it stop getting what they relied
//!   on without any error to tell them, and a deprecation with a date is how an API tells
//!   them first. See [`properties`] and [`deprecation`].
//! * **Links** (`response-link-*`): removing or retargeting a link changes no payload but
//!   withdraws a promise about runtime values that some clients act on: warning. See
//!   [`links`].
//! * **Examples** (`example-*`): info with a patch bump; no client can notice. See
//!   [`examples`].
//! * What the walk does not compare, field by field of the IR (documentation, provenance,
//!   vendor extensions), is listed with the reason in the crate's README ("What is
//!   compared"), and a compile-time check in `coverage.rs` fails when the IR gains a field
//!   nobody classified.

use crate::model::{Bump, Direction, Level};
use std::collections::HashMap;
use std::sync::OnceLock;

pub mod composition;
pub mod constraints;
pub mod deprecation;
pub mod enum_const_default;
pub mod examples;
pub mod headers;
pub mod links;
pub mod parameters;
pub mod paths;
pub mod properties;
pub mod read_write_only;
pub mod request_body;
pub mod required_nullable;
pub mod responses;
pub mod security;
pub mod type_format;
pub mod versioning;

/// One kind of change.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Rule {
    /// The id findings carry (`request-property-added-required`).
    pub id: &'static str,
    /// The level a finding of this kind gets before any witness search.
    pub level: Level,
    /// Whether it is about what clients send or receive.
    pub direction: Direction,
    /// The family (module) the rule belongs to.
    pub family: &'static str,
    /// What the change is and why it has its level.
    pub description: &'static str,
    /// The version bump a change of this kind demands.
    pub bump: Bump,
}

/// Builder used by the family modules.
pub(crate) struct Reg<'a> {
    out: &'a mut Vec<Rule>,
    family: &'static str,
}

pub(crate) fn leak(s: String) -> &'static str {
    // Called a bounded number of times (once per rule, when the registry is first built).
    Box::leak(s.into_boxed_str())
}

/// Breaking changes demand a major bump, warnings a minor one; an info change demands a
/// minor bump when it adds something (a new operation, property, value or accepted type),
/// a patch otherwise.
pub(crate) fn default_bump(id: &str, level: Level) -> Bump {
    match level {
        Level::Breaking => Bump::Major,
        Level::Warning => Bump::Minor,
        Level::Info if id.contains("-added") || id.ends_with("widened") => Bump::Minor,
        Level::Info => Bump::Patch,
    }
}

impl Reg<'_> {
    /// A rule with a fixed id.
    pub(crate) fn rule(
        &mut self,
        id: &'static str,
        level: Level,
        direction: Direction,
        description: &'static str,
    ) -> &mut Self {
        self.out.push(Rule {
            id,
            level,
            direction,
            family: self.family,
            description,
            bump: default_bump(id, level),
        });
        self
    }

    /// The last rule only asks for a patch bump (an info change that adds nothing a client
    /// can use, e.g. a new example).
    pub(crate) fn patch(&mut self) -> &mut Self {
        if let Some(r) = self.out.last_mut() {
            r.bump = Bump::Patch;
        }
        self
    }

    /// `request-<stem>` and `response-<stem>` with their own levels.
    pub(crate) fn pair(
        &mut self,
        stem: &str,
        request: Level,
        response: Level,
        description: &'static str,
    ) -> &mut Self {
        self.rule(
            leak(format!("request-{stem}")),
            request,
            Direction::Request,
            description,
        );
        self.rule(
            leak(format!("response-{stem}")),
            response,
            Direction::Response,
            description,
        )
    }
}

fn build() -> Vec<Rule> {
    let mut out = Vec::new();
    type Family = (&'static str, fn(&mut Reg));
    let fams: [Family; 17] = [
        ("paths", paths::rules),
        ("parameters", parameters::rules),
        ("request_body", request_body::rules),
        ("responses", responses::rules),
        ("headers", headers::rules),
        ("links", links::rules),
        ("properties", properties::rules),
        ("required_nullable", required_nullable::rules),
        ("read_write_only", read_write_only::rules),
        ("type_format", type_format::rules),
        ("enum_const_default", enum_const_default::rules),
        ("constraints", constraints::rules),
        ("composition", composition::rules),
        ("examples", examples::rules),
        ("security", security::rules),
        ("deprecation", deprecation::rules),
        ("versioning", versioning::rules),
    ];
    for (family, f) in fams {
        let mut reg = Reg {
            out: &mut out,
            family,
        };
        f(&mut reg);
    }
    out
}

struct Registry {
    rules: Vec<Rule>,
    by_id: HashMap<&'static str, usize>,
}

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| {
        let rules = build();
        let by_id = rules.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        Registry { rules, by_id }
    })
}

/// A schema rule family's check: compares two flattened schemas at the walk's current node
/// and emits its findings (recursing through `cx.compare` where it pairs subschemas).
pub(crate) type SchemaCheck = fn(&mut crate::engine::Cx, &crate::flat::Flat, &crate::flat::Flat);

/// The schema rule families the walk runs at every node whose types are compatible, in
/// report order. A new family adds its check here (and its rules in `build`); the engine
/// does not name them.
pub(crate) const SCHEMA_CHECKS: [(&str, SchemaCheck); 5] = [
    ("enum_const_default", enum_const_default::check),
    ("examples", examples::check_flat),
    ("constraints", constraints::check),
    ("properties", properties::check),
    ("composition", composition::check),
];

/// Every rule, family by family.
pub fn all_rules() -> &'static [Rule] {
    &registry().rules
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    let r = registry();
    r.by_id.get(id).map(|i| &r.rules[*i])
}

/// The rule with this id; an id that is not registered is a programming error caught by the
/// registry tests, reported (in release builds) under `internal-unknown-rule`.
pub(crate) fn must(id: &str) -> &'static Rule {
    match rule(id) {
        Some(r) => r,
        None => {
            debug_assert!(false, "rule id {id} is not registered");
            static UNKNOWN: Rule = Rule {
                id: "internal-unknown-rule",
                level: Level::Warning,
                direction: Direction::None,
                family: "internal",
                description: "A change stipula detected but has no rule for (a bug: please report it).",
                bump: Bump::Minor,
            };
            &UNKNOWN
        }
    }
}

/// `request-<stem>` or `response-<stem>` for a direction.
pub(crate) fn dir_id(dir: Direction, stem: &str) -> String {
    match dir {
        Direction::Response => format!("response-{stem}"),
        _ => format!("request-{stem}"),
    }
}
