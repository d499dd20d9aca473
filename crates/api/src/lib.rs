//! The application API: one set of functions behind both the desktop app (Tauri
//! commands) and the browser mode (`portdoctor serve`'s JSON API), so the two can't
//! drift. Errors that reach the UI are `{code, message}`, the message from the
//! catalogue.

pub mod ops;
pub mod test_listeners;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use portdoctor_core::duration::parse_duration;
use portdoctor_core::report::ReportMeta;
use portdoctor_core::{Catalog, Report};
use portdoctor_probe::{CancellationToken, CheckOptions, Progress};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use portdoctor_core::app::{
    ApiError, Understood, open_report, redact, render, target_error, target_of, understand,
};
pub use test_listeners::{TestListenerInfo, TestListeners};

/// A check as the UI asks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckRequest {
    /// An address, a URL, "host service", or a pasted error message.
    pub input: String,
    /// The deadline of each step, like "5s" (default 5 s).
    #[serde(default)]
    #[ts(optional)]
    pub timeout: Option<String>,
    /// The service expected there (postgres, ssh, ...), when the input doesn't say.
    #[serde(default)]
    #[ts(optional)]
    pub service: Option<String>,
    /// Leave out ping and the trace (the CLI's `--no-path`).
    #[serde(default)]
    #[ts(optional)]
    pub no_path: Option<bool>,
    /// The port, for a pasted message that names the host but no port ("localhost
    /// refused to connect"): the user was asked for it.
    #[serde(default)]
    #[ts(optional)]
    pub port: Option<u16>,
    /// The checks of the same thing before this one ("Check again"), oldest first:
    /// the report keeps them, so whoever opens it sees each attempt.
    #[serde(default)]
    #[ts(optional)]
    pub earlier: Option<Vec<portdoctor_core::report::Earlier>>,
    /// The language of the words in the report (a BCP 47 tag): the language the user
    /// chose. Absent, the run's own.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<String>,
}

/// One step of a running check, for the live list of checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProgressEvent {
    /// Which step: `resolve`, `probe:<address>`, `trace`.
    pub step: String,
    /// `running` or `done`.
    pub state: String,
    /// For a finished step: `ok`, `problem` or `info`.
    #[ts(optional)]
    pub status: Option<String>,
    /// The step in words, from the catalogue.
    pub text: String,
}

/// The catalogue for a language (English when we don't have it).
pub fn catalog(lang: Option<&str>) -> Catalog {
    Catalog::new(&language(lang, |k| std::env::var(k).ok(), system_language))
}

/// The language of the system's own screens where no variable says it: Windows' display
/// language, macOS's first preferred language. (On Linux and the BSDs the variables
/// are the system's setting.)
fn system_language() -> Option<String> {
    if cfg!(any(windows, target_os = "macos")) {
        sys_locale::get_locale()
    } else {
        None
    }
}

/// The one rule that picks the language, for the CLI, the app and the browser alike:
/// an explicit choice (`--lang`, the app's language menu), else `LC_ALL`, `LC_MESSAGES`,
/// `LANG` (the first that is set and not `C` or `POSIX`), else the system's language
/// (Windows, macOS), else English.
pub fn language(
    explicit: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> String {
    let usable = |v: &str| {
        let v = v.trim();
        !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C.")
    };
    if let Some(lang) = explicit.filter(|l| usable(l)) {
        return lang.trim().to_string();
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| env(k))
        .find(|v| usable(v))
        .or_else(|| system().filter(|v| usable(v)))
        .unwrap_or_else(|| "en".to_string())
}

/// A new report's ID, time and versions.
pub fn report_meta(c: &Catalog) -> ReportMeta {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    ReportMeta::new(fastrand::u64(..), now, std::env::consts::OS, c)
}

/// What a probe event means as a step of the live list.
/// A deadline as people read it: `5`, `0.5`, `2.5` (seconds).
fn format_seconds(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        (ms / 1000).to_string()
    } else {
        format!("{:.1}", d.as_secs_f64())
    }
}

/// `limit` is each step's deadline: a running step says how long it waits at most.
pub fn progress_event(p: &Progress, c: &Catalog, limit: Duration) -> ProgressEvent {
    let seconds = format_seconds(limit);
    let (step, state, status, text) = match p {
        Progress::Resolving { host } => (
            "resolve".to_string(),
            "running",
            None,
            c.get(
                "progress-resolving",
                &[("host", host), ("seconds", &seconds)],
            ),
        ),
        Progress::Resolved { host, addresses } => {
            let list = addresses
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            // An address needs no lookup: don't say "Found 192.0.2.5: 192.0.2.5".
            let literal = addresses.len() == 1 && addresses[0].to_string() == *host;
            let (status, key) = if addresses.is_empty() {
                ("problem", "row-not-resolved")
            } else if literal {
                ("ok", "row-literal")
            } else {
                ("ok", "progress-resolved")
            };
            (
                "resolve".to_string(),
                "done",
                Some(status),
                c.get(key, &[("host", host), ("addresses", &list)]),
            )
        }
        Progress::Probing { address, port } => (
            format!("probe:{address}"),
            "running",
            None,
            c.get(
                "progress-probing",
                &[
                    ("address", address),
                    ("port", &port.to_string()),
                    ("seconds", &seconds),
                ],
            ),
        ),
        Progress::Probed { result } => {
            let outcome = c.get(&format!("outcome-{}", result.outcome.as_str()), &[]);
            let status = if result.outcome == portdoctor_core::ProbeOutcome::Open {
                "ok"
            } else {
                "problem"
            };
            (
                format!("probe:{}", result.address),
                "done",
                Some(status),
                c.get(
                    "progress-probed",
                    &[("address", &result.address), ("outcome", &outcome)],
                ),
            )
        }
        Progress::Tracing { address } => (
            "trace".to_string(),
            "running",
            None,
            c.get("progress-tracing", &[("address", address)]),
        ),
        Progress::Traced {
            address,
            stopped_at,
        } => {
            let text = match stopped_at {
                Some(hop) => c.get(
                    "progress-traced-stop",
                    &[("address", address), ("hop", hop)],
                ),
                None => c.get("progress-traced", &[("address", address)]),
            };
            let status = if stopped_at.is_some() {
                "problem"
            } else {
                "info"
            };
            ("trace".to_string(), "done", Some(status), text)
        }
        Progress::Pinged { address, reply } => {
            let (status, key) = if *reply {
                ("ok", "row-ping-reply-short")
            } else {
                ("info", "row-ping-none")
            };
            (
                "ping".to_string(),
                "done",
                Some(status),
                c.get(key, &[("address", address)]),
            )
        }
        Progress::Inspecting => (
            "local".to_string(),
            "running",
            None,
            c.get("progress-inspecting", &[]),
        ),
        Progress::Inspected => (
            "local".to_string(),
            "done",
            Some("info"),
            c.get("progress-inspected", &[]),
        ),
    };
    ProgressEvent {
        step,
        state: state.to_string(),
        status: status.map(str::to_string),
        text,
    }
}

/// Runs a check of what the user typed or pasted.
pub async fn check(
    request: &CheckRequest,
    c: &Catalog,
    on_progress: &(dyn Fn(ProgressEvent) + Send + Sync),
    cancel: &CancellationToken,
) -> Result<Report, ApiError> {
    let timeout = match &request.timeout {
        Some(t) => parse_duration(t)
            .map_err(|_| ApiError::new("bad-duration", c.get("duration-error", &[("value", t)])))?,
        None => Duration::from_secs(5),
    };
    if let Some(s) = &request.service
        && portdoctor_core::services::by_name(s).is_none()
    {
        return Err(ApiError::new(
            "unknown-service",
            c.get("service-error-unknown", &[("service", s)]),
        ));
    }
    let (target, parsed) = match understand(&request.input, c) {
        Understood::Target { target, .. } => (target, None),
        Understood::Message {
            target: Some(target),
            parsed,
            ..
        } => (target, Some(parsed)),
        // The message names the host; the user gave the port.
        Understood::Message {
            target: None,
            mut parsed,
            ..
        } if parsed.host.is_some() && request.port.is_some_and(|p| p > 0) => {
            parsed.port = request.port;
            parsed.port_implied = false;
            match target_of(&parsed, &request.input) {
                Some(target) => (target, Some(parsed)),
                None => {
                    return Err(ApiError::new(
                        "no-target",
                        c.get("understood-no-target", &[]),
                    ));
                }
            }
        }
        Understood::Message { .. } => {
            return Err(ApiError::new(
                "no-target",
                c.get("understood-no-target", &[]),
            ));
        }
        Understood::Empty => {
            return Err(ApiError::new(
                "target-empty",
                c.get("target-error-empty", &[]),
            ));
        }
        Understood::Invalid { code, message } => return Err(ApiError { code, message }),
    };
    let options = CheckOptions {
        timeout,
        service: request.service.clone(),
        path: request.no_path != Some(true),
    };
    let progress = |p: Progress| on_progress(progress_event(&p, c, timeout));
    let facts = portdoctor_probe::run_check(&target, &options, &progress, cancel)
        .await
        .map_err(|_| ApiError::new("cancelled", c.get("cli-cancelled", &[])))?;
    let mut report = Report::for_check_of(report_meta(c), facts, parsed, c);
    report.earlier =
        portdoctor_core::report::valid_earlier(request.earlier.clone().unwrap_or_default());
    Ok(report.shown(c))
}

/// Explains a pasted message without touching the network: a new report with this
/// run's clock, ID and system.
pub fn explain(text: &str, c: &Catalog) -> Result<Report, ApiError> {
    portdoctor_core::app::explain(text, report_meta(c), c)
}

#[cfg(test)]
mod language_tests {
    use super::language;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_choice_then_the_variables_then_the_system_then_english() {
        let none = || None;
        assert_eq!(
            language(Some("fr"), env(&[("LANG", "de_DE.UTF-8")]), none),
            "fr"
        );
        assert_eq!(
            language(
                None,
                env(&[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "de_DE")]),
                none
            ),
            "ru_RU.UTF-8"
        );
        assert_eq!(
            language(
                None,
                env(&[("LC_MESSAGES", "es_ES"), ("LANG", "de_DE")]),
                none
            ),
            "es_ES"
        );
        // C and POSIX say nothing of a language: the next one counts.
        assert_eq!(
            language(None, env(&[("LC_ALL", "C"), ("LANG", "pt_BR.UTF-8")]), none),
            "pt_BR.UTF-8"
        );
        // Windows and macOS set no variables: their own setting counts.
        assert_eq!(
            language(None, env(&[]), || Some("zh-CN".to_string())),
            "zh-CN"
        );
        assert_eq!(
            language(None, env(&[("LANG", "C.UTF-8")]), || Some(
                "POSIX".to_string()
            )),
            "en"
        );
        assert_eq!(language(Some("  "), env(&[]), none), "en");
    }
}
