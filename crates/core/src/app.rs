//! What the app's surfaces ask of the core that needs neither the network nor the
//! computer: read what was typed, explain a pasted message, open, render and redact a
//! report. The desktop app, `portdoctor serve` (through `portdoctor-api`) and the web
//! edition (`portdoctor-web`, WebAssembly) call these same functions, so they can't
//! drift. Errors are `{code, message}`, the message from the catalogue.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::errtext::{ErrorTextError, Failure, ParsedError, parse_error_text};
use crate::report::ReportMeta;
use crate::target::{PortSource, Target, TargetError, parse_target};
use crate::{Catalog, Report};

/// An error for the UI: a stable code and one sentence from the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}

impl ApiError {
    pub fn new(code: &str, message: String) -> ApiError {
        ApiError {
            code: code.to_string(),
            message,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

/// What the text in the one input box is, as the user types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Understood {
    /// Nothing typed yet.
    Empty,
    /// An address to check.
    Target { target: Target, summary: String },
    /// A pasted error message; `target` when it names a host and port to check.
    Message {
        parsed: ParsedError,
        target: Option<Target>,
        summary: String,
    },
    /// Neither: why, in a sentence.
    Invalid { code: String, message: String },
}

/// The sentence for a target error.
pub fn target_error(c: &Catalog, e: &TargetError) -> ApiError {
    let args = e.args();
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    ApiError::new(
        &format!("target-{}", e.code()),
        c.get(&format!("target-error-{}", e.code()), &args),
    )
}

fn text_error(c: &Catalog, e: &ErrorTextError) -> ApiError {
    ApiError::new(
        &format!("text-{}", e.code()),
        c.get(&format!("text-error-{}", e.code()), &[]),
    )
}

/// The target a parsed message names, if it names a host and port.
pub fn target_of(parsed: &ParsedError, input: &str) -> Option<Target> {
    let host = parsed.host.as_deref()?;
    let port = parsed.port?;
    let source = match (&parsed.client, parsed.port_implied) {
        (Some(client), true) => PortSource::Client {
            client: client.clone(),
        },
        _ => PortSource::Given,
    };
    Target::from_parts(host, port, source, input).ok()
}

/// Reads the input box: an address first, else a pasted error message.
pub fn understand(text: &str, c: &Catalog) -> Understood {
    if text.trim().is_empty() {
        return Understood::Empty;
    }
    let as_target = parse_target(text);
    if let Ok(target) = as_target {
        let summary = c.get(
            "understood-target",
            &[("host", &target.host), ("port", &target.port.to_string())],
        );
        return Understood::Target { target, summary };
    }
    match parse_error_text(text) {
        Ok(parsed) if parsed.failure != Failure::Other || parsed.host.is_some() => {
            let target = target_of(&parsed, text);
            let failure = c.get(&format!("failure-{}", parsed.failure.as_str()), &[]);
            let summary = match &target {
                Some(t) => c.get(
                    "understood-message-target",
                    &[
                        ("failure", &failure),
                        ("host", &t.host),
                        ("port", &t.port.to_string()),
                    ],
                ),
                None => c.get("understood-message", &[("failure", &failure)]),
            };
            Understood::Message {
                parsed,
                target,
                summary,
            }
        }
        Ok(_) | Err(_) => {
            // Say why it is not an address when it looks like one; else that we found
            // no error in it.
            // (A few words may be "host service", like "db1 postgres".)
            let looks_like_address = !text.trim().contains(char::is_whitespace)
                || text.contains(':')
                || text.split_whitespace().count() <= 3;
            match as_target {
                Err(e) if looks_like_address => {
                    let err = target_error(c, &e);
                    Understood::Invalid {
                        code: err.code,
                        message: err.message,
                    }
                }
                _ => Understood::Invalid {
                    code: "unrecognized".into(),
                    message: c.get("understood-nothing", &[]),
                },
            }
        }
    }
}

/// Explains a pasted message without touching the network.
/// `meta` is the new report's ID, time and versions: the caller's clock and randomness.
pub fn explain(text: &str, meta: ReportMeta, c: &Catalog) -> Result<Report, ApiError> {
    let parsed = parse_error_text(text).map_err(|e| text_error(c, &e))?;
    Ok(Report::for_message(meta, parsed, c).shown(c))
}

/// A report as plain text, Markdown or the JSON file. The findings, sentences and
/// commands are built again from the report's facts first: what is rendered is ours.
pub fn render(report: &Report, format: &str, c: &Catalog) -> Result<String, ApiError> {
    written(&report.reexplained(c), format, c)
}

/// A report file someone sent, rendered as [`render`] does: reading it builds its
/// findings, sentences and commands from its facts already.
pub fn render_file(text: &str, format: &str, c: &Catalog) -> Result<String, ApiError> {
    written(&read_report(text, c)?, format, c)
}

fn written(report: &Report, format: &str, c: &Catalog) -> Result<String, ApiError> {
    match format {
        "text" => Ok(report.render_text(c)),
        "markdown" => Ok(report.render_markdown(c)),
        "json" => Ok(report.to_json()),
        other => Err(ApiError::new(
            "bad-format",
            c.get("report-error-format", &[("format", other)]),
        )),
    }
}

/// Reads a report file someone sent: data only, validated, never run. With its
/// presentation model, for a screen.
pub fn open_report(text: &str, c: &Catalog) -> Result<Report, ApiError> {
    read_report(text, c).map(|r| r.shown(c))
}

/// [`open_report`] without the presentation model, for what renders or redacts it.
pub fn read_report(text: &str, c: &Catalog) -> Result<Report, ApiError> {
    if text.len() > crate::report::MAX_REPORT_BYTES {
        return Err(ApiError::new(
            "report-too-large",
            c.get("report-error-too-large", &[]),
        ));
    }
    Report::open(text, c).map_err(|e| {
        ApiError::new(
            "report-unreadable",
            c.get("report-error-unreadable", &[("detail", &e.to_string())]),
        )
    })
}

/// A copy of the report with user names, host names and public addresses replaced by
/// stand-ins (`user-1`, `host-1`, `public-1`), as `what` asks, for sharing. Never fails.
pub fn redact(report: &Report, what: &crate::redact::Redaction, c: &Catalog) -> Report {
    crate::redact::redact_in(report, what, c).shown(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::panic, reason = "a test fails by panicking")]
    fn ok<T>(r: Result<T, ApiError>) -> T {
        r.unwrap_or_else(|e| panic!("{}: {}", e.code, e.message))
    }

    /// A file rendered as it is read says what the report, opened and rendered, says:
    /// reading it built its sentences from its facts already.
    #[test]
    fn a_file_renders_as_its_opened_report_does() {
        let en = Catalog::shared("en");
        let meta = ReportMeta::new(7, 1_764_000_000, "windows", en);
        let made = ok(explain(
            "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890",
            meta,
            Catalog::shared("zh-CN"),
        ));
        for file in [
            made.to_json(),
            made.render_markdown(Catalog::shared("zh-CN")),
        ] {
            for lang in ["en", "zh-CN"] {
                let c = Catalog::shared(lang);
                let opened = ok(open_report(&file, c));
                for format in ["text", "markdown", "json"] {
                    assert_eq!(
                        ok(render_file(&file, format, c)),
                        ok(render(&opened, format, c)),
                        "{format} in {lang}"
                    );
                }
            }
        }
        assert_eq!(
            render_file("{}", "text", en).map_err(|e| e.code),
            Err("report-unreadable".to_string())
        );
    }
}
