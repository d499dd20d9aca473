//! Exit codes, documented in `--help`.

/// No problem: the target answered (check), or the message was explained (explain).
pub const OK: u8 = 0;
/// A problem was found (check), or no connection error was found in the text (explain).
pub const PROBLEM: u8 = 1;
/// Bad input or usage: nothing was checked.
pub const BAD_INPUT: u8 = 2;
/// Port Doctor could not finish (an internal error, or a port it could not open).
pub const FAILED: u8 = 3;
/// Stopped by Ctrl-C.
pub const CANCELLED: u8 = 130;
