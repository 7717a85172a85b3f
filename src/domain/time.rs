//! Timestamps: UTC seconds since the epoch, shown and stored as RFC 3339 (`2026-11-28T16:50:55Z`).

use crate::error::{Error, Result};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// Seconds since the Unix epoch, UTC. Every time-dependent rule takes one as `now`.
pub type Timestamp = i64;

/// RFC 3339 in UTC with a `Z`: fixed width, so it also sorts correctly as text in SQLite.
pub fn format_ts(ts: Timestamp) -> String {
    let t = OffsetDateTime::from_unix_timestamp(ts).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    t.to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Accepts RFC 3339 (`2026-11-28T10:00:00Z`, any offset), a date (`2026-11-28`, midnight UTC),
/// or a duration back from `now` (`90s`, `15m`, `2h`, `7d`).
pub fn parse_ts(text: &str, now: Timestamp) -> Result<Timestamp> {
    if let Ok(t) = OffsetDateTime::parse(text, &Rfc3339) {
        return Ok(t.unix_timestamp());
    }
    if let Ok(d) = time::Date::parse(
        text,
        &time::macros::format_description!("[year]-[month]-[day]"),
    ) {
        return Ok(d.midnight().assume_utc().unix_timestamp());
    }
    // The unit is the last character, which need not be one byte (`--since 5µ`, an import).
    let unit = text.chars().last().unwrap_or(' ');
    let num = &text[..text.len() - unit.len_utf8().min(text.len())];
    let scale: i64 = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86400,
        _ => 0,
    };
    let ago = num
        .parse::<i64>()
        .ok()
        .filter(|n| scale > 0 && *n >= 0)
        .and_then(|n| n.checked_mul(scale))
        .and_then(|secs| now.checked_sub(secs));
    match ago {
        Some(t) => Ok(t),
        None => Err(
            Error::usage(format!("'{}' is not a time", crate::error::escape(text))).hint(
                "use RFC 3339 (2026-11-28T10:00:00Z), a date (2026-11-28) or an age (30m, 2h, 7d)",
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_rfc3339() {
        let s = format_ts(1_795_000_000);
        assert_eq!(s, "2026-11-18T11:06:40Z");
        assert_eq!(parse_ts(&s, 0).unwrap(), 1_795_000_000);
    }

    #[test]
    fn parses_dates_ages_and_offsets() {
        assert_eq!(parse_ts("1970-01-02", 0).unwrap(), 86400);
        assert_eq!(parse_ts("2h", 10_000).unwrap(), 10_000 - 7200);
        assert_eq!(parse_ts("1970-01-01T01:00:00+01:00", 0).unwrap(), 0);
        assert_eq!(parse_ts("soon", 0).unwrap_err().code(), 2);
    }

    /// Found by the import property tests: these panicked (a multi-byte last character; an
    /// age that overflows).
    #[test]
    fn odd_text_is_an_error_not_a_panic() {
        for text in ["", "5µ", "࿄", "2:࿄", "9223372036854775807d", "-1h"] {
            assert_eq!(parse_ts(text, 0).unwrap_err().code(), 2, "{text}");
        }
    }
}
