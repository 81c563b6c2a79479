//! Deprecation, `x-sunset` dates and the removal policy.
//!
//! Removing an operation, parameter or property that BASE did not deprecate is breaking.
//! Removing one that BASE deprecated is info, unless its `x-sunset` date (YYYY-MM-DD or an
//! RFC 3339 date-time) is still in the future: then it is breaking. With
//! `--deprecation-days N`, a new deprecation must carry an `x-sunset` at least N days out.

use super::Reg;
use crate::engine::Cx;
use crate::model::{Direction, Level::*};
use serde_json::Value;
use stipula_spec::Loc;

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "endpoint-deprecated",
        Info,
        Direction::None,
        "An operation was deprecated.",
    )
    .rule(
        "endpoint-reactivated",
        Info,
        Direction::None,
        "A deprecated operation is no longer deprecated.",
    )
    .rule(
        "endpoint-removed-before-sunset",
        Breaking,
        Direction::None,
        "A deprecated operation was removed before its `x-sunset` date.",
    )
    .rule(
        "endpoint-removed-after-deprecation",
        Info,
        Direction::None,
        "A deprecated operation was removed (no sunset date, or the date has passed).",
    )
    .rule(
        "request-parameter-deprecated",
        Info,
        Direction::Request,
        "A parameter was deprecated.",
    )
    .rule(
        "request-parameter-reactivated",
        Info,
        Direction::Request,
        "A deprecated parameter is no longer deprecated.",
    )
    .rule(
        "request-parameter-removed-before-sunset",
        Breaking,
        Direction::Request,
        "A deprecated parameter was removed before its `x-sunset` date.",
    )
    .rule(
        "request-parameter-removed-after-deprecation",
        Info,
        Direction::Request,
        "A deprecated parameter was removed (no sunset date, or the date has passed).",
    )
    .pair(
        "property-deprecated",
        Info,
        Info,
        "A property was deprecated.",
    )
    .pair(
        "property-reactivated",
        Info,
        Info,
        "A deprecated property is no longer deprecated.",
    )
    .pair(
        "property-removed-before-sunset",
        Breaking,
        Breaking,
        "A deprecated property was removed before its `x-sunset` date.",
    )
    .pair(
        "property-removed-after-deprecation",
        Info,
        Info,
        "A deprecated property was removed (no sunset date, or the date has passed).",
    )
    .rule(
        "deprecation-sunset-missing",
        Breaking,
        Direction::None,
        "With --deprecation-days N: something was deprecated without an `x-sunset` date.",
    )
    .rule(
        "deprecation-sunset-too-early",
        Breaking,
        Direction::None,
        "With --deprecation-days N: the `x-sunset` date of a new deprecation is less than N days away.",
    )
    .rule(
        "deprecation-sunset-invalid",
        Warning,
        Direction::None,
        "An `x-sunset` value is not a date (YYYY-MM-DD or an RFC 3339 date-time).",
    )
    .rule(
        "sunset-date-moved-earlier",
        Warning,
        Direction::None,
        "The `x-sunset` date of a deprecated item moved earlier: clients have less time to migrate.",
    )
    .rule(
        "stability-decreased",
        Warning,
        Direction::None,
        "`x-stability-level` went down (stable > beta > alpha > draft).",
    );
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let d = i64::from(d);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parse `YYYY-MM-DD` (optionally followed by `T...`, as in RFC 3339) into a day count.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    let date = s.get(..10)?;
    if s.len() > 10 && !s[10..].starts_with(['T', 't', ' ']) {
        return None;
    }
    let b = date.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = date[..4].parse().ok()?;
    let m: u32 = date[5..7].parse().ok()?;
    let d: u32 = date[8..10].parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > 31 {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // reject 2023-02-30 and the like
    (civil_from_days(days) == (y, m, d)).then_some(days)
}

/// `YYYY-MM-DD` of a day count.
pub fn format_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today (UTC) as a day count.
pub fn today() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    secs.div_euclid(86_400)
}

/// How a removal of something is classified by the deprecation policy.
pub(crate) enum Removal {
    NotDeprecated,
    /// Deprecated, but its sunset date (here) is still in the future.
    BeforeSunset(String),
    AfterDeprecation,
}

pub(crate) fn sunset_of(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
}

pub(crate) fn removal(cx: &Cx, deprecated: bool, sunset: Option<&Value>) -> Removal {
    if !deprecated {
        return Removal::NotDeprecated;
    }
    match sunset {
        None => Removal::AfterDeprecation,
        Some(v) => match sunset_of(Some(v)).and_then(parse_date) {
            Some(d) if d > cx.opts.today => Removal::BeforeSunset(format_date(d)),
            Some(_) => Removal::AfterDeprecation,
            // a sunset nobody can read may still be ahead: do not let the removal through
            None => Removal::BeforeSunset(format!("{v} (not a date, so it may not have passed)")),
        },
    }
}

/// Checks for something that BASE did not deprecate and the revision does.
pub(crate) fn check_new_deprecation(
    cx: &mut Cx,
    what: &str,
    sunset: Option<&Value>,
    loc: Option<&Loc>,
) {
    let days = cx.opts.deprecation_days.unwrap_or(0);
    match sunset {
        None => {
            if days > 0 {
                let m = format!(
                    "{what} was deprecated without an `x-sunset` date; the policy (--deprecation-days {days}) demands one at least {days} days out"
                );
                cx.emit("deprecation-sunset-missing", m, what, None, loc);
            }
        }
        Some(v) => match sunset_of(Some(v)).and_then(parse_date) {
            None => {
                let m = format!(
                    "{what} has `x-sunset: {v}`, which is not a date; write it as YYYY-MM-DD"
                );
                cx.emit("deprecation-sunset-invalid", m, what, None, loc);
            }
            Some(d) => {
                let earliest = cx.opts.today + i64::from(days);
                if days > 0 && d < earliest {
                    let m = format!(
                        "{what} was deprecated with sunset {}, less than the {days} days of notice the policy demands (earliest allowed: {})",
                        format_date(d),
                        format_date(earliest)
                    );
                    cx.emit("deprecation-sunset-too-early", m, what, None, loc);
                }
            }
        },
    }
}

/// Both sides deprecated: did the sunset move earlier?
pub(crate) fn check_sunset_moved(
    cx: &mut Cx,
    what: &str,
    old: Option<&Value>,
    new: Option<&Value>,
    old_loc: Option<&Loc>,
    new_loc: Option<&Loc>,
) {
    let o = sunset_of(old).and_then(parse_date);
    let n = sunset_of(new).and_then(parse_date);
    if let Some(v) = new
        && n.is_none()
        && old != new
    {
        let m = format!(
            "the sunset date of {what} changed to `x-sunset: {v}`, which is not a date; write it as YYYY-MM-DD"
        );
        cx.emit("deprecation-sunset-invalid", m, what, old_loc, new_loc);
        return;
    }
    if let (Some(o), Some(n)) = (o, n)
        && n < o
    {
        let m = format!(
            "the sunset date of {what} moved earlier, from {} to {}",
            format_date(o),
            format_date(n)
        );
        cx.emit("sunset-date-moved-earlier", m, what, old_loc, new_loc);
    }
}

fn stability_rank(s: &str) -> Option<u8> {
    Some(match s {
        "draft" => 0,
        "alpha" => 1,
        "beta" => 2,
        "stable" => 3,
        _ => return None,
    })
}

pub(crate) fn check_stability(
    cx: &mut Cx,
    what: &str,
    old: Option<&str>,
    new: Option<&str>,
    old_loc: Option<&Loc>,
    new_loc: Option<&Loc>,
) {
    if let (Some(a), Some(b)) = (old, new)
        && let (Some(x), Some(y)) = (stability_rank(a), stability_rank(b))
        && y < x
    {
        let m = format!("x-stability-level of {what} went down from {a} to {b}");
        cx.emit("stability-decreased", m, what, old_loc, new_loc);
    }
}
