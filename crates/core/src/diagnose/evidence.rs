//! The number format the evidence and the sentences use for milliseconds.

/// Formats milliseconds the way people read them: `0.3`, `12`, `1500`.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.0}")
    }
}
