//! The report: one versioned JSON document, and its renderings.
//!
//! The JSON keeps the facts and the findings (codes, typed arguments, evidence) and,
//! for readers without Port Doctor, the sentences in the language it was made in.
//! A report is data: [`Report::open`] reads only its facts (or the message as read),
//! validates them, and builds the findings, every sentence and every command again,
//! with the reader's catalogue. Nothing free-form in a file becomes a command, a
//! button or a sentence in our voice. Text and Markdown render the one presentation
//! model ([`crate::view::View`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::catalog::{Catalog, Explanation};
use crate::commands::{self, Command};
use crate::errtext::ParsedError;
use crate::facts::Facts;
use crate::finding::Finding;
use crate::redact::RedactionNote;
use crate::target::{PortSource, Target, validate_host};
use crate::view::View;
use crate::{diagnose, diagnose_error_text};

/// The schema name and version in every report. Extend, don't break.
pub const SCHEMA: &str = "portdoctor-report";
///
/// Version 2 (this one): finding arguments are typed (numbers are numbers, yes/no are
/// booleans, what is unknown is absent), and the host and port sit in `subject`.
/// Version 1 reports still open: their facts are read and diagnosed again.
pub const SCHEMA_VERSION: u32 = 2;

/// Characters for report IDs: easy to read over the phone (no 0/O, 1/I/L).
pub const ID_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Who made the report, where and when. The caller fills this in: core has no clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportMeta {
    /// Short ID to read over the phone, like `K7F3-QX9M`.
    pub id: String,
    /// RFC 3339 UTC.
    pub created: String,
    pub tool_version: String,
    pub os: String,
    pub lang: String,
}

/// A finding with its sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReportFinding {
    #[serde(flatten)]
    pub finding: Finding,
    #[serde(flatten)]
    pub text: Explanation,
}

/// A whole report: a check (facts) or an explained message (parsed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Report {
    pub schema: String,
    pub schema_version: u32,
    #[serde(flatten)]
    pub meta: ReportMeta,
    /// The pasted message as we read it (explain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parsed: Option<ParsedError>,
    /// What the checks observed (check): target, resolution, addresses, ...
    /// (TypeScript can't express an optional flattened struct: the UI types a report
    /// as `Report & Partial<Facts>`.)
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    #[ts(skip)]
    pub facts: Option<Facts>,
    pub findings: Vec<ReportFinding>,
    #[serde(default)]
    pub commands: Vec<Command>,
    /// What was hidden before sharing (see [`crate::redact`]); absent when nothing was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redacted: Option<RedactionNote>,
    /// The presentation model, for the app's screens; never in a saved file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub view: Option<View>,
}

/// What a report file holds that we read when it is opened: facts and the message as
/// read. Findings, sentences and commands in the file are not read.
#[derive(Debug, Deserialize)]
struct Stored {
    #[serde(flatten)]
    meta: ReportMeta,
    #[serde(default)]
    parsed: Option<ParsedError>,
    #[serde(flatten, default)]
    facts: Option<Facts>,
    #[serde(default)]
    redacted: Option<RedactionNote>,
}

/// Why a report file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not a Port Doctor report (schema '{0}')")]
    NotAReport(String),
    #[error("the report holds neither checks nor a message")]
    Empty,
    #[error("{0}")]
    Unreadable(String),
}

/// Makes a report ID from 40 random bits: 8 characters in two groups.
pub fn report_id(random: u64) -> String {
    let mut n = random;
    let mut id = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            id.push('-');
        }
        id.push(ID_ALPHABET[(n % ID_ALPHABET.len() as u64) as usize] as char);
        n /= ID_ALPHABET.len() as u64;
    }
    id
}

impl Report {
    fn with(meta: ReportMeta, findings: Vec<Finding>, catalog: &Catalog) -> Report {
        Report {
            schema: SCHEMA.to_string(),
            schema_version: SCHEMA_VERSION,
            meta,
            parsed: None,
            facts: None,
            findings: findings
                .into_iter()
                .map(|f| ReportFinding {
                    text: catalog.explain(&f),
                    finding: f,
                })
                .collect(),
            commands: Vec::new(),
            redacted: None,
            view: None,
        }
    }

    /// A report of a check: the findings are diagnosed here, from the facts.
    pub fn for_check(meta: ReportMeta, facts: Facts, catalog: &Catalog) -> Report {
        let mut r = Report::with(meta, diagnose(&facts), catalog);
        // Commands only for a host that is a valid name or address.
        if let Ok(target) = validated(&facts.target) {
            r.commands = commands::for_target(&target);
        }
        r.facts = Some(facts);
        r
    }

    /// A report of an explained message: the findings are diagnosed here.
    pub fn for_message(meta: ReportMeta, parsed: ParsedError, catalog: &Catalog) -> Report {
        let mut r = Report::with(meta, diagnose_error_text(&parsed), catalog);
        if let (Some(host), Some(port)) = (&parsed.host, parsed.port)
            && let Ok(target) = Target::from_parts(host, port, PortSource::Given, host)
        {
            r.commands = commands::for_message(&target);
        }
        r.parsed = Some(parsed);
        r
    }

    /// Opens a report file: reads its facts (or the message as read), and builds
    /// findings, sentences and commands again with `catalog`. Reads schema 1 and 2.
    pub fn open(text: &str, catalog: &Catalog) -> Result<Report, OpenError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| OpenError::NotJson(e.to_string()))?;
        let schema = value.get("schema").and_then(Value::as_str).unwrap_or("");
        if schema != SCHEMA {
            return Err(OpenError::NotAReport(schema.chars().take(60).collect()));
        }
        let stored: Stored =
            serde_json::from_value(value).map_err(|e| OpenError::Unreadable(e.to_string()))?;
        let mut report = Report::from_data(stored.meta, stored.facts, stored.parsed, catalog)
            .ok_or(OpenError::Empty)?;
        report.redacted = stored.redacted;
        Ok(report)
    }

    /// A report built from its data alone: the facts of a check (and the message it
    /// came from, if any), or the message as read. Findings, sentences and commands
    /// come from that data. None when there is neither.
    pub fn from_data(
        meta: ReportMeta,
        facts: Option<Facts>,
        parsed: Option<ParsedError>,
        catalog: &Catalog,
    ) -> Option<Report> {
        Some(match (facts, parsed) {
            (Some(facts), parsed) => {
                let mut r = Report::for_check(meta, facts, catalog);
                r.parsed = parsed;
                r
            }
            (None, Some(parsed)) => Report::for_message(meta, parsed, catalog),
            (None, None) => return None,
        })
    }

    /// Reads a report as serde writes it, without building anything again: for our own
    /// reports passing between the app's halves. A file from elsewhere goes through
    /// [`Report::open`].
    pub fn from_json(text: &str) -> Result<Report, OpenError> {
        let report: Report =
            serde_json::from_str(text).map_err(|e| OpenError::Unreadable(e.to_string()))?;
        if report.schema != SCHEMA {
            return Err(OpenError::NotAReport(
                report.schema.chars().take(60).collect(),
            ));
        }
        Ok(report)
    }

    /// The same report said again in another language (findings, sentences and
    /// commands built again from the facts).
    pub fn reexplained(&self, catalog: &Catalog) -> Report {
        let (facts, parsed) = (self.facts.clone(), self.parsed.clone());
        let mut r = Report::from_data(self.meta.clone(), facts, parsed, catalog)
            .unwrap_or_else(|| self.clone());
        r.redacted = self.redacted.clone();
        r.view = None;
        r
    }

    /// The report with its presentation model, for the app's screens.
    pub fn shown(mut self, catalog: &Catalog) -> Report {
        self.view = Some(self.view(catalog));
        self
    }

    /// The answer: the first finding.
    pub fn primary(&self) -> Option<&ReportFinding> {
        self.findings.first()
    }

    /// The report file: the JSON, without the presentation model.
    pub fn to_json(&self) -> String {
        let mut copy = self.clone();
        copy.view = None;
        serde_json::to_string_pretty(&copy).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// What was hidden before sharing, in words ("Nothing was hidden…" when nothing).
    pub fn redaction_line(&self, c: &Catalog) -> String {
        crate::redact::describe(self.redacted.as_ref(), c)
    }

    /// Plain text, at most about 25 lines: what a person reads and what helpdesk gets.
    pub fn render_text(&self, c: &Catalog) -> String {
        self.view(c).render_text(c)
    }

    /// Markdown, for tickets and chat.
    pub fn render_markdown(&self, c: &Catalog) -> String {
        self.view(c).render_markdown(c, &self.meta.id)
    }
}

/// The target of a report, checked again as if typed: a host that is not a valid name
/// or address gets no commands.
fn validated(t: &Target) -> Result<Target, crate::target::TargetError> {
    let (host, host_kind, zone) = validate_host(&t.host)?;
    Ok(Target {
        host,
        host_kind,
        zone,
        ..t.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_use_only_phone_safe_characters() {
        for seed in [0u64, 1, 42, u64::MAX, 0xDEAD_BEEF] {
            let id = report_id(seed);
            assert_eq!(id.len(), 9);
            assert_eq!(&id[4..5], "-");
            assert!(
                id.chars()
                    .filter(|c| *c != '-')
                    .all(|c| ID_ALPHABET.contains(&(c as u8))),
                "{id}"
            );
            assert!(!id.contains(['0', 'O', '1', 'I', 'L']));
        }
        assert_ne!(report_id(1), report_id(2));
    }
}
