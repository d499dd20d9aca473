//! Durations as people type them: `5s`, `1500ms`, `2m`, `1.5s`, or a bare number of seconds.

use std::time::Duration;

/// Why a duration could not be read. The catalogue holds the sentences.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    #[error("duration is empty")]
    Empty,
    #[error("duration is not a number with a unit")]
    Malformed,
    #[error("duration is zero")]
    Zero,
    #[error("duration is longer than a day")]
    TooLong,
}

/// Parses `5s`, `250ms`, `2m`, `1h`, `1.5s` or `5` (seconds).
pub fn parse_duration(text: &str) -> Result<Duration, DurationError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DurationError::Empty);
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    if num.is_empty() || num.len() > 12 || num.matches('.').count() > 1 {
        return Err(DurationError::Malformed);
    }
    let value: f64 = num.parse().map_err(|_| DurationError::Malformed)?;
    let millis_per = match unit.trim().to_ascii_lowercase().as_str() {
        "ms" => 1.0,
        "" | "s" | "sec" | "secs" | "second" | "seconds" => 1_000.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 60_000.0,
        "h" | "hour" | "hours" => 3_600_000.0,
        _ => return Err(DurationError::Malformed),
    };
    let millis = value * millis_per;
    if millis > 86_400_000.0 {
        return Err(DurationError::TooLong);
    }
    if millis < 1.0 {
        return Err(DurationError::Zero);
    }
    Ok(Duration::from_millis(millis.round() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_common_forms() {
        assert_eq!(parse_duration("5s"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_duration("5"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration(" 1 h "), Ok(Duration::from_secs(3600)));
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(parse_duration(""), Err(DurationError::Empty));
        assert_eq!(parse_duration("fast"), Err(DurationError::Malformed));
        assert_eq!(parse_duration("5 parsecs"), Err(DurationError::Malformed));
        assert_eq!(parse_duration("1.2.3s"), Err(DurationError::Malformed));
        assert_eq!(parse_duration("0s"), Err(DurationError::Zero));
        assert_eq!(parse_duration("2d"), Err(DurationError::Malformed));
        assert_eq!(parse_duration("25h"), Err(DurationError::TooLong));
        assert_eq!(
            parse_duration("99999999999999999999"),
            Err(DurationError::Malformed)
        );
    }
}
