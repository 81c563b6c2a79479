//! Checks of the string formats OpenAPI names (`date`, `date-time`, `time`, `uuid`,
//! `email`, `ipv4`, `ipv6`): what the server's validator holds a `format` to.

/// Why `s` is not valid for `format` (`None`: valid, or a format not checked).
pub fn format_problem(format: &str, s: &str) -> ::std::option::Option<&'static str> {
    let ok = match format {
        "date-time" => match s.find(['T', 't']) {
            Some(i) => date_ok(&s[..i]) && time_ok(&s[i + 1..]),
            None => false,
        },
        "date" => date_ok(s),
        "time" => time_ok(s),
        "uuid" => uuid_ok(s),
        "email" => email_ok(s),
        "ipv4" => s.parse::<::std::net::Ipv4Addr>().is_ok(),
        "ipv6" => s.parse::<::std::net::Ipv6Addr>().is_ok(),
        _ => true,
    };
    if ok {
        return None;
    }
    Some(match format {
        "date-time" => "expected an RFC 3339 date-time such as 2024-02-29T13:45:00Z",
        "date" => "expected an RFC 3339 full-date such as 2024-02-29",
        "time" => "expected an RFC 3339 full-time such as 13:45:00+02:00",
        "uuid" => "expected a UUID such as 123e4567-e89b-12d3-a456-426614174000",
        "email" => "expected an e-mail address such as name@example.com",
        "ipv4" => "expected a dotted-quad IPv4 address such as 192.0.2.1",
        _ => "expected an IPv6 address such as 2001:db8::1",
    })
}

/// `n` ASCII digits as a number.
fn digits(s: &str, n: usize) -> ::std::option::Option<u32> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// RFC 3339 `full-date`, with the days of the month (and leap years) checked.
fn date_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (
        digits(&s[0..4], 4),
        digits(&s[5..7], 2),
        digits(&s[8..10], 2),
    ) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// RFC 3339 `full-time`: `HH:MM:SS[.frac]` and `Z` or a `+HH:MM`/`-HH:MM` offset.
fn time_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if !s.is_ascii() || b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let (Some(h), Some(m), Some(sec)) = (
        digits(&s[0..2], 2),
        digits(&s[3..5], 2),
        digits(&s[6..8], 2),
    ) else {
        return false;
    };
    if h > 23 || m > 59 || sec > 60 {
        return false;
    }
    let mut rest = &s[8..];
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &r[n..];
    }
    let o = rest.as_bytes();
    matches!(rest, "Z" | "z")
        || (o.len() == 6
            && (o[0] == b'+' || o[0] == b'-')
            && o[3] == b':'
            && digits(&rest[1..3], 2).is_some_and(|h| h < 24)
            && digits(&rest[4..6], 2).is_some_and(|m| m < 60))
}

/// `8-4-4-4-12` hexadecimal digits.
fn uuid_ok(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// `local@domain` as RFC 5321 (section 4.1.2) writes a mailbox: the local part a dot-string
/// (`first.last`, atoms of letters, digits and ``!#$%&'*+-/=?^_`{|}~``) or a quoted string
/// (`"a b"`, `"a\"b"`: any printable ASCII, `"` and `\` escaped), at most 64 octets; the
/// domain letter/digit/hyphen labels, or an address literal in brackets.
fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || !(dot_string(local) || quoted_string(local)) {
        return false;
    }
    if let Some(lit) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
        return lit.parse::<::std::net::Ipv4Addr>().is_ok()
            || lit
                .strip_prefix("IPv6:")
                .is_some_and(|a| a.parse::<::std::net::Ipv6Addr>().is_ok());
    }
    !domain.is_empty()
        && domain.split('.').all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// RFC 5321 `Dot-string`: atoms separated by single dots.
fn dot_string(s: &str) -> bool {
    s.split('.').all(|atom| {
        !atom.is_empty()
            && atom
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b))
    })
}

/// RFC 5321 `Quoted-string`: `"` (printable ASCII or space but `"` and `\`, or a `\` pair)
/// `"`.
fn quoted_string(s: &str) -> bool {
    let Some(inner) = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
    else {
        return false;
    };
    let mut bytes = inner.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'\\' => {
                if !bytes.next().is_some_and(|n| (32..=126).contains(&n)) {
                    return false;
                }
            }
            b'"' => return false,
            32..=126 => {}
            _ => return false,
        }
    }
    true
}
