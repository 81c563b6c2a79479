//! The versioning lint: what the changes demand (major / minor / patch) against what
//! `info.version` did. Understands semver (with 0.x rules: while the major is 0, a breaking
//! change bumps the minor and everything else the patch), calendar versions (`2023-08-16`,
//! `2023.08.16`, `2023-08`), and versions it cannot read (then it only advises the bump).

use super::Reg;
use super::deprecation::{format_date, parse_date};
use crate::model::{Bump, Direction::None as NoDir, Finding, Level::*, Versioning, finding};
use std::cmp::Ordering;

pub(crate) fn rules(r: &mut Reg) {
    r.rule(
        "version-bump-too-small",
        Warning,
        NoDir,
        "info.version did not grow as much as the changes demand (e.g. a breaking change without a major bump).",
    )
    .rule(
        "version-decreased",
        Warning,
        NoDir,
        "info.version went backwards.",
    )
    .rule(
        "version-date-not-advanced",
        Warning,
        NoDir,
        "A calendar info.version (a date) did not advance although the API changed.",
    )
    .rule(
        "version-scheme-changed",
        Info,
        NoDir,
        "info.version changed scheme (e.g. from semver to a date).",
    );
}

/// A parsed `info.version`.
#[derive(Clone, Debug, PartialEq)]
pub enum Version {
    /// `1.2.3`, `v1.2.3-rc.1`.
    Semver {
        /// What came before the numbers (`v`), kept to suggest the next version.
        prefix: String,
        /// The major number.
        major: u64,
        /// The minor number.
        minor: u64,
        /// The patch number.
        patch: u64,
        /// The pre-release (`rc.1`), if any.
        pre: Option<String>,
    },
    /// A date, with the separator and the precision it was written with.
    Calendar {
        /// Days since 1970-01-01.
        days: i64,
        /// The separator (`-` or `.`).
        sep: char,
        /// `true` for `YYYY-MM` (month precision).
        month_only: bool,
    },
    /// Anything else, as written.
    Unknown(String),
}

impl Version {
    /// Read `info.version`: semver, a date, or unknown.
    pub fn parse(s: &str) -> Version {
        let t = s.trim();
        // calendar first: 2023-08-16, 2023.08.16, 2023-08, 2023.08
        for sep in ['-', '.'] {
            let parts: Vec<&str> = t.split(sep).collect();
            let is_num = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
            if (parts.len() == 3 || parts.len() == 2)
                && is_num(parts[0], 4)
                && is_num(parts[1], 2)
                && (parts.len() == 2 || is_num(parts[2], 2))
            {
                let day = if parts.len() == 3 { parts[2] } else { "01" };
                if let Some(days) = parse_date(&format!("{}-{}-{}", parts[0], parts[1], day)) {
                    return Version::Calendar {
                        days,
                        sep,
                        month_only: parts.len() == 2,
                    };
                }
            }
        }
        let (prefix, rest) = match t.strip_prefix('v').or_else(|| t.strip_prefix('V')) {
            Some(r) => (t[..1].to_string(), r),
            None => (String::new(), t),
        };
        let rest = rest.split('+').next().unwrap_or(rest);
        let (core, pre) = match rest.split_once('-') {
            Some((c, p)) => (c, Some(p.to_string())),
            None => (rest, None),
        };
        let nums: Vec<&str> = core.split('.').collect();
        if (1..=3).contains(&nums.len())
            && nums
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        {
            let get = |i: usize| nums.get(i).and_then(|n| n.parse::<u64>().ok());
            if let Some(major) = get(0) {
                return Version::Semver {
                    prefix,
                    major,
                    minor: get(1).unwrap_or(0),
                    patch: get(2).unwrap_or(0),
                    pre,
                };
            }
        }
        Version::Unknown(t.to_string())
    }

    /// The versioning scheme's name in reports (`semver`, `calendar`, `none`).
    pub fn scheme(&self) -> &'static str {
        match self {
            Version::Semver { .. } => "semver",
            Version::Calendar { .. } => "calendar",
            Version::Unknown(_) => "none",
        }
    }
}

/// The numbers and pre-release of a semver version.
type Parts<'v> = (u64, u64, u64, Option<&'v str>);

fn parts(v: &Version) -> Option<Parts<'_>> {
    match v {
        Version::Semver {
            major,
            minor,
            patch,
            pre,
            ..
        } => Some((*major, *minor, *patch, pre.as_deref())),
        _ => None,
    }
}

fn semver_cmp(a: &Version, b: &Version) -> Option<Ordering> {
    if let (Some((a1, a2, a3, ap)), Some((b1, b2, b3, bp))) = (parts(a), parts(b)) {
        return Some(
            (a1, a2, a3)
                .cmp(&(b1, b2, b3))
                .then_with(|| match (ap, bp) {
                    (None, None) => Ordering::Equal,
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (Some(x), Some(y)) => prerelease_cmp(x, y),
                }),
        );
    }
    match (a, b) {
        (Version::Calendar { days: x, .. }, Version::Calendar { days: y, .. }) => Some(x.cmp(y)),
        _ => None,
    }
}

/// SemVer 2.0.0 §11: pre-release identifiers compared dot by dot, numeric ones as numbers
/// (`rc.9` < `rc.10`), numeric before alphanumeric, a shorter list first when all else ties.
pub(crate) fn prerelease_cmp(a: &str, b: &str) -> Ordering {
    let mut x = a.split('.');
    let mut y = b.split('.');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let num = |s: &str| {
                    (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
                        .then(|| s.trim_start_matches('0').to_string())
                };
                let o = match (num(p), num(q)) {
                    // numbers of any length: longer digit strings are larger
                    (Some(m), Some(n)) => m.len().cmp(&n.len()).then_with(|| m.cmp(&n)),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => p.cmp(q),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// The bump from `a` to `b` (both semver), read with 0.x rules when `a`'s major is 0.
fn semver_step(a: &Version, b: &Version) -> Bump {
    if let (Some((a1, a2, a3, ap)), Some((b1, b2, b3, bp))) = (parts(a), parts(b)) {
        if a1 == 0 && b1 == 0 {
            // 0.x: the minor is the "major"
            if b2 > a2 {
                return Bump::Major;
            }
            if b3 > a3 {
                return Bump::Minor;
            }
            return if ap != bp { Bump::Patch } else { Bump::None };
        }
        if b1 > a1 {
            Bump::Major
        } else if b2 > a2 && b1 == a1 {
            Bump::Minor
        } else if (b3 > a3 && (b1, b2) == (a1, a2)) || (ap != bp && (b1, b2, b3) == (a1, a2, a3)) {
            Bump::Patch
        } else {
            Bump::None
        }
    } else {
        Bump::None
    }
}

fn next_semver(v: &Version, need: Bump) -> Option<String> {
    if let Version::Semver {
        prefix,
        major,
        minor,
        patch,
        ..
    } = v
    {
        let (ma, mi, pa) = (*major, *minor, *patch);
        let (ma, mi, pa) = if ma == 0 {
            match need {
                Bump::Major => (0, mi + 1, 0),
                Bump::Minor | Bump::Patch => (0, mi, pa + 1),
                Bump::None => (0, mi, pa),
            }
        } else {
            match need {
                Bump::Major => (ma + 1, 0, 0),
                Bump::Minor => (ma, mi + 1, 0),
                Bump::Patch => (ma, mi, pa + 1),
                Bump::None => (ma, mi, pa),
            }
        };
        Some(format!("{prefix}{ma}.{mi}.{pa}"))
    } else {
        None
    }
}

fn format_calendar(days: i64, sep: char, month_only: bool) -> String {
    let s = format_date(days);
    let s = if month_only { s[..7].to_string() } else { s };
    s.replace('-', &sep.to_string())
}

/// Compute the verdict and the lint findings.
pub(crate) fn lint(
    base_version: &str,
    revision_version: &str,
    required: Bump,
    today: i64,
    base_loc: Option<crate::model::Location>,
    rev_loc: Option<crate::model::Location>,
) -> (Versioning, Vec<Finding>) {
    let a = Version::parse(base_version);
    let b = Version::parse(revision_version);
    let mut out = Vec::new();
    let mut push = |id: &str, msg: String| {
        let mut f = finding(super::must(id), msg);
        f.base = base_loc.clone();
        f.revision = rev_loc.clone();
        f.detail = format!("{base_version}->{revision_version}");
        f.compute_fingerprint();
        out.push(f);
    };
    let need_text = match required {
        Bump::Major => "a major bump (there are breaking changes)",
        Bump::Minor => "a minor bump (there are additions or changes clients may notice)",
        Bump::Patch => "a patch bump",
        Bump::None => "no bump (nothing changed)",
    };
    let (next, explanation) = match &a {
        Version::Semver { major, .. } => {
            let next = next_semver(&a, required);
            let zero = if *major == 0 {
                " (0.x: breaking changes bump the minor, the rest the patch)"
            } else {
                ""
            };
            let next_final = match (
                &next,
                semver_cmp(&b, &Version::parse(next.as_deref().unwrap_or(""))),
            ) {
                (Some(_), Some(Ordering::Greater | Ordering::Equal)) => {
                    Some(revision_version.to_string())
                }
                (n, _) => n.clone(),
            };
            (next_final, format!("the changes demand {need_text}{zero}"))
        }
        Version::Calendar {
            days,
            sep,
            month_only,
        } => {
            if required == Bump::None {
                (
                    Some(base_version.to_string()),
                    "nothing changed; the date can stay".into(),
                )
            } else {
                let target = if *month_only {
                    // the first day of the month after the base, or today's month
                    let (y, m, _) = super::deprecation::civil_from_days(*days);
                    let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                    super::deprecation::days_from_civil(y, m, 1).max(today)
                } else {
                    (*days + 1).max(today)
                };
                let b_days = match &b {
                    Version::Calendar { days, .. } => Some(*days),
                    _ => None,
                };
                let next = match b_days {
                    Some(d) if d > *days => revision_version.to_string(),
                    _ => format_calendar(target, *sep, *month_only),
                };
                (
                    Some(next),
                    format!(
                        "calendar versioning: any change needs a later date; the changes amount to {need_text}"
                    ),
                )
            }
        }
        Version::Unknown(s) => (
            None,
            format!(
                "info.version `{s}` is neither semver nor a date, so no next version can be computed; the changes demand {need_text}"
            ),
        ),
    };
    // the lint
    if a.scheme() != b.scheme() && !matches!(a, Version::Unknown(_)) {
        push(
            "version-scheme-changed",
            format!(
                "info.version changed scheme from {} (`{base_version}`) to {} (`{revision_version}`)",
                a.scheme(),
                b.scheme()
            ),
        );
    } else {
        match (&a, &b) {
            (Version::Semver { .. }, Version::Semver { .. }) => {
                if semver_cmp(&b, &a) == Some(Ordering::Less) {
                    push(
                        "version-decreased",
                        format!(
                            "info.version went backwards from {base_version} to {revision_version}"
                        ),
                    );
                } else {
                    let did = semver_step(&a, &b);
                    if did < required && required > Bump::Patch {
                        push(
                            "version-bump-too-small",
                            format!(
                                "info.version went from {base_version} to {revision_version} ({}), but the changes demand {need_text}: use at least {}",
                                match did {
                                    Bump::None => "unchanged".to_string(),
                                    d => format!("a {} bump", d.as_str()),
                                },
                                next.as_deref().unwrap_or("?")
                            ),
                        );
                    }
                }
            }
            (Version::Calendar { days: x, .. }, Version::Calendar { days: y, .. }) => {
                if y < x {
                    push(
                        "version-decreased",
                        format!(
                            "info.version went backwards from {base_version} to {revision_version}"
                        ),
                    );
                } else if y == x && required > Bump::Patch {
                    push(
                        "version-date-not-advanced",
                        format!(
                            "info.version stayed {base_version} although the changes amount to {need_text}: use {}",
                            next.as_deref().unwrap_or("a later date")
                        ),
                    );
                }
            }
            _ => {}
        }
    }
    (
        Versioning {
            required,
            base_version: base_version.to_string(),
            revision_version: revision_version.to_string(),
            scheme: a.scheme(),
            next_version: next,
            explanation,
        },
        out,
    )
}
