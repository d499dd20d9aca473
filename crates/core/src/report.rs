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
use crate::texts::Texts;
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
    /// The checks of the same thing before this one, oldest first ("Check again").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<Earlier>>", optional)]
    pub earlier: Vec<Earlier>,
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
    #[serde(default)]
    earlier: Vec<Earlier>,
}

/// An earlier check of the same target: when, and what it found (its code and
/// status only: no sentence of it is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Earlier {
    /// RFC 3339 UTC, like `2026-12-02T00:14:54Z`.
    pub created: String,
    /// The answer's finding code.
    pub code: String,
    pub status: crate::view::Status,
}

/// How many earlier checks a report keeps.
pub const MAX_EARLIER: usize = 20;

/// The largest report file that is opened (a real one is a few kilobytes).
pub const MAX_REPORT_BYTES: usize = 4 * 1024 * 1024;

/// The earlier checks that are what they say: a known code and a time written as
/// `YYYY-MM-DDTHH:MM:SSZ`; at most [`MAX_EARLIER`], the latest.
pub fn valid_earlier(earlier: Vec<Earlier>) -> Vec<Earlier> {
    let mut kept: Vec<Earlier> = earlier
        .into_iter()
        .filter(|e| {
            crate::finding::Cause::CODES.contains(&e.code.as_str()) && is_utc_time(&e.created)
        })
        .collect();
    let extra = kept.len().saturating_sub(MAX_EARLIER);
    kept.drain(..extra);
    kept
}

/// A report file's header as we show it: its ID and time must be what they say;
/// a system we don't know reads as `unknown`, a version or language tag keeps only
/// the characters such a tag has. Nothing else of it is shown.
fn valid_meta(mut meta: ReportMeta) -> Result<ReportMeta, OpenError> {
    let short = |s: &str| s.chars().take(40).collect::<String>();
    let id_ok = meta.id.len() == 9
        && meta.id.bytes().enumerate().all(|(i, b)| {
            if i == 4 {
                b == b'-'
            } else {
                ID_ALPHABET.contains(&b)
            }
        });
    if !id_ok {
        return Err(OpenError::Unreadable(format!(
            "'{}' is not a report ID",
            short(&meta.id)
        )));
    }
    if !is_utc_time(&meta.created) {
        return Err(OpenError::Unreadable(format!(
            "'{}' is not a time",
            short(&meta.created)
        )));
    }
    if ![
        "linux", "windows", "macos", "freebsd", "openbsd", "netbsd", "android", "ios",
    ]
    .contains(&meta.os.as_str())
    {
        meta.os = "unknown".into();
    }
    let tag = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_'))
            .take(32)
            .collect()
    };
    meta.tool_version = tag(&meta.tool_version);
    meta.lang = tag(&meta.lang);
    Ok(meta)
}

/// `YYYY-MM-DDTHH:MM:SSZ`, digit for digit.
pub fn is_utc_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 20
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// Why a report file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("neither a report file (JSON) nor a ticket file with the report's data in it")]
    NoData,
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
            earlier: Vec::new(),
            view: None,
        }
    }

    /// A report of a check: the findings are diagnosed here, from the facts.
    pub fn for_check(meta: ReportMeta, mut facts: Facts, catalog: &Catalog) -> Report {
        // No secret is ever kept, whatever is hidden later.
        facts.texts(&mut |_, t| mask_in_place(t));
        let mut r = Report::with(meta, diagnose(&facts), catalog);
        // Commands only for a host that is a valid name or address.
        if let Ok(target) = validated(&facts.target) {
            r.commands = commands::for_target(&target);
        }
        r.facts = Some(facts);
        r
    }

    /// A report of a check, with the pasted message it started from, if any.
    pub fn for_check_of(
        meta: ReportMeta,
        facts: Facts,
        parsed: Option<ParsedError>,
        catalog: &Catalog,
    ) -> Report {
        let mut r = Report::for_check(meta, facts, catalog);
        r.parsed = parsed.map(|mut p| {
            p.texts(&mut |_, t| mask_in_place(t));
            p
        });
        r
    }

    /// A report of an explained message: the findings are diagnosed here.
    pub fn for_message(meta: ReportMeta, mut parsed: ParsedError, catalog: &Catalog) -> Report {
        parsed.texts(&mut |_, t| mask_in_place(t));
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
        // A ticket file (Markdown) carries the data at its end.
        let data = match text.trim_start().starts_with('{') {
            true => text,
            false => ticket_data(text).ok_or(OpenError::NoData)?,
        };
        let value: Value =
            serde_json::from_str(data).map_err(|e| OpenError::NotJson(e.to_string()))?;
        let schema = value.get("schema").and_then(Value::as_str).unwrap_or("");
        if schema != SCHEMA {
            return Err(OpenError::NotAReport(schema.chars().take(60).collect()));
        }
        let stored: Stored =
            serde_json::from_value(value).map_err(|e| OpenError::Unreadable(e.to_string()))?;
        let meta = valid_meta(stored.meta)?;
        let mut report = Report::from_data(meta, stored.facts, stored.parsed, catalog)
            .ok_or(OpenError::Empty)?;
        report.redacted = stored.redacted;
        report.earlier = valid_earlier(stored.earlier);
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
            (Some(facts), parsed) => Report::for_check_of(meta, facts, parsed, catalog),
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
        r.earlier = self.earlier.clone();
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

    /// The ticket file: the report in Markdown for people, and its data at the end in
    /// a fenced block, so that Port Doctor opens the file too ([`Report::open`]).
    pub fn render_markdown(&self, c: &Catalog) -> String {
        let mut out = self.view(c).render_markdown(c, &self.meta.id);
        let json = self.to_json();
        let fence = "`".repeat(longest_run(&json, '`').max(2) + 1);
        out.push_str(&format!(
            "\n### {}\n\n_{}_\n\n{fence}{DATA_INFO}\n{json}\n{fence}\n",
            c.get("section-data", &[]),
            c.get("report-data-note", &[])
        ));
        out
    }
}

/// The info string of the fenced block that carries a ticket file's data.
pub const DATA_INFO: &str = "portdoctor-report";

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in s.chars() {
        run = if c == ch { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// The report data in a ticket file: the text of the last fenced block whose info
/// string is [`DATA_INFO`], up to the closing fence of the same length.
pub fn ticket_data(text: &str) -> Option<&str> {
    let mut found = None;
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = offset;
            offset += l.len();
            (at, l)
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].1.trim_end();
        let ticks = line.len() - line.trim_start_matches('`').len();
        if ticks >= 3 && line[ticks..].trim() == DATA_INFO {
            let fence = &line[..ticks];
            let start = lines.get(i + 1).map_or(text.len(), |l| l.0);
            if let Some(j) = (i + 1..lines.len()).find(|&j| lines[j].1.trim_end() == fence) {
                found = Some(&text[start..lines[j].0]);
                i = j;
            }
        }
        i += 1;
    }
    found
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

/// Masks the secrets of one text of a report's data.
fn mask_in_place(text: &mut String) {
    *text = crate::secrets::mask(text);
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
