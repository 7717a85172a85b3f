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
    let (num, unit) = text.split_at(text.len().saturating_sub(1));
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86400,
        _ => 0,
    };
    match num.parse::<i64>() {
        Ok(n) if scale > 0 && n >= 0 => Ok(now - n * scale),
        _ => Err(
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
}
