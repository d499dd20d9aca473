//! Port Doctor's gathering side: talks to the OS and the network, never decides.
//!
//! [`dns::resolve`] asks the system resolver (what applications use) with a deadline;
//! [`tcp::probe`] makes one connection attempt and classifies what happened, reading
//! the ICMP error and its sender where the OS tells (Linux `IP_RECVERR`);
//! [`check::run`] does both for a target, concurrently per address, with progress and
//! cancellation, and returns [`portdoctor_core::Facts`].

pub mod bind;
pub mod check;
pub mod command;
pub mod dns;
pub mod env;
pub mod firewall;
pub mod listeners;
pub mod ping;
pub mod platform;
pub mod processes;
pub mod proxy;
pub mod queue;
pub mod tcp;
pub mod test_listener;
pub mod trace;
pub mod wsl;

pub use check::{CheckOptions, Progress, run as run_check};
pub use tokio_util::sync::CancellationToken;

/// Milliseconds since `start`, to the microsecond (what a report needs, no float noise).
/// A settings file of the user's, read only when it is small (no settings file is a
/// megabyte); None when it is missing or unreadable.
#[allow(dead_code, reason = "not every system has settings files to read")]
pub(crate) fn read_small(path: &std::path::Path) -> Option<String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(1 << 20)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

pub(crate) fn elapsed_ms(start: std::time::Instant) -> f64 {
    (start.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0
}
