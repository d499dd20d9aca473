//! Port Doctor's pure core.
//!
//! Facts in, findings out: this crate turns what the user typed or pasted into a
//! [`Target`] or a [`ParsedError`], turns gathered [`Facts`] into [`Finding`]s with
//! [`diagnose`], explains them in plain words from the message catalogue
//! ([`Catalog`]) and renders a [`Report`]. It does no I/O, has no clock and no
//! sockets, and builds for `wasm32-unknown-unknown`.

pub mod app;
pub mod catalog;
pub mod commands;
pub mod containers;
pub mod diagnose;
pub mod duration;
pub mod errtext;
pub mod escape;
pub mod evidence;
pub mod facts;
pub mod finding;
pub mod firewall;
pub mod json;
pub mod local;
pub mod path;
pub mod pattern;
pub mod proxy;
pub mod redact;
pub mod report;
pub mod secrets;
pub mod services;
pub mod target;
pub mod texts;
pub mod time;
pub mod view;
pub mod wsl;

pub use catalog::Catalog;
pub use diagnose::{diagnose, diagnose_error_text};
pub use errtext::{Failure, ParsedError, parse_error_text};
pub use facts::{Facts, Family, ProbeOutcome, ProbeResult, Resolution};
pub use finding::{Confidence, Finding, Verdict};
pub use report::Report;
pub use target::{Target, TargetError, parse_target};
pub use view::View;
