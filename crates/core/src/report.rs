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
/// Version 3 (this one): each line of a finding's `evidence` is typed like a cause,
/// `{"code": "...", "args": {...}}`, and worded by the catalogue.
/// Version 2: finding arguments are typed (numbers are numbers, yes/no are booleans,
/// what is unknown is absent), and the host and port sit in `subject`.
/// Versions 1 and 2 still open: their facts are read and diagnosed again.
pub const SCHEMA_VERSION: u32 = 3;

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

impl ReportMeta {
    /// A new report's ID (from `random`), time (`unix_secs`, from the caller's clock),
    /// this version, the system it runs on (`os`: one of [`OS_NAMES`], else `unknown`)
    /// and the catalogue's language.
    pub fn new(random: u64, unix_secs: u64, os: &str, c: &Catalog) -> ReportMeta {
        ReportMeta {
            id: report_id(random),
            created: crate::time::rfc3339_utc(unix_secs),
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            os: if OS_NAMES.contains(&os) {
                os
            } else {
                "unknown"
            }
            .to_string(),
            lang: c.lang().to_string(),
        }
    }
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
    /// What an opened file holds that this version can't show (a newer Port Doctor's
    /// report); absent when there is nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub unknown: Option<Unknown>,
    /// The presentation model, for the app's screens; never in a saved file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub view: Option<View>,
}

/// What a report file holds that this version does not know: it was made by a newer
/// Port Doctor (a later report format), or names findings or facts that this one
/// can't show. Every text here is a code or a field name, reduced to their
/// characters (see [`Unknown::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Unknown {
    /// The file's report format, when later than ours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub schema_version: Option<u32>,
    /// The version of Port Doctor that made it, as the file says.
    pub tool_version: String,
    /// Codes of findings in the file that this version does not know.
    #[serde(default)]
    pub codes: Vec<String>,
    /// Where the file holds data this version does not read: `listeners[].container`.
    #[serde(default)]
    pub fields: Vec<String>,
}

/// How many unknown codes or fields are named.
const MAX_UNKNOWN: usize = 8;

impl Unknown {
    /// Compares a file (`input`) with what this version read of it (`known`, the
    /// report built from it, as JSON).
    fn read(input: &Value, known: &Value, tool_version: &str) -> Option<Unknown> {
        let schema_version = input
            .get("schema_version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v > SCHEMA_VERSION);
        let mut codes = Vec::new();
        for f in input
            .get("findings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(code) = f.get("code").and_then(Value::as_str) {
                let code = code_text(code);
                if !crate::finding::Cause::CODES.contains(&code.as_str())
                    && !codes.contains(&code)
                    && codes.len() < MAX_UNKNOWN
                {
                    codes.push(code);
                }
            }
        }
        let mut fields = Vec::new();
        // Findings, commands and the view are built again from the data, never read.
        let skip = ["findings", "commands", "view", "unknown"];
        unknown_fields(input, known, "", &skip, &mut fields);
        if schema_version.is_none() && codes.is_empty() && fields.is_empty() {
            return None;
        }
        Some(Unknown {
            schema_version,
            tool_version: tool_version.to_string(),
            codes,
            fields,
        })
    }

    /// The same, with every text reduced to the characters of a code or a field path,
    /// and at most [`MAX_UNKNOWN`] of each (an `unknown` a file brings itself).
    fn valid(self) -> Unknown {
        let clean = |v: Vec<String>, text: fn(&str) -> String| -> Vec<String> {
            v.into_iter()
                .map(|s| text(&s))
                .filter(|s| !s.is_empty())
                .take(MAX_UNKNOWN)
                .collect()
        };
        Unknown {
            schema_version: self.schema_version.filter(|v| *v > SCHEMA_VERSION),
            tool_version: self
                .tool_version
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
                .take(32)
                .collect(),
            codes: clean(self.codes, code_text),
            fields: clean(self.fields, field_text),
        }
    }
}

/// A code from a file: its letters, digits and hyphens, at most 40.
fn code_text(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect()
}

/// A field path from a file: letters, digits, `_`, `-`, `.` and `[]`, at most 60.
fn field_text(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
        .take(60)
        .collect()
}

/// The paths of `input`'s keys that `known` lacks (a null counts as absent); arrays
/// are compared item by item.
fn unknown_fields(input: &Value, known: &Value, path: &str, skip: &[&str], out: &mut Vec<String>) {
    match (input, known) {
        (Value::Object(i), Value::Object(k)) => {
            for (key, value) in i {
                if out.len() >= MAX_UNKNOWN || (path.is_empty() && skip.contains(&key.as_str())) {
                    continue;
                }
                let here = if path.is_empty() {
                    field_text(key)
                } else {
                    format!("{path}.{}", field_text(key))
                };
                match k.get(key) {
                    Some(inner) => unknown_fields(value, inner, &here, skip, out),
                    None if value.is_null() => {}
                    None => {
                        if !out.contains(&here) {
                            out.push(here);
                        }
                    }
                }
            }
        }
        (Value::Array(i), Value::Array(k)) => {
            let here = format!("{path}[]");
            for (a, b) in i.iter().zip(k) {
                unknown_fields(a, b, &here, skip, out);
            }
        }
        _ => {}
    }
}

/// What a report file holds that we read when it is opened, beside its meta and facts
/// (read from the same object, see [`Report::open`]): the message as read. Findings,
/// sentences and commands in the file are not read.
#[derive(Debug, Deserialize)]
struct Stored {
    #[serde(default)]
    parsed: Option<ParsedError>,
    #[serde(default)]
    redacted: Option<RedactionNote>,
    #[serde(default)]
    earlier: Vec<Earlier>,
    #[serde(default)]
    unknown: Option<Unknown>,
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
    if !OS_NAMES.contains(&meta.os.as_str()) {
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

/// The systems a report's `os` may name; any other reads as `unknown`.
pub const OS_NAMES: &[&str] = &[
    "linux", "windows", "macos", "freebsd", "openbsd", "netbsd", "android", "ios",
];

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
            unknown: None,
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
    /// findings, sentences and commands again with `catalog`. Reads schema 1 to 3.
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
        // The meta and the facts stand in the report's own object (flattened). Each is
        // read from it on its own rather than through serde's `flatten`, which buffers
        // the whole object and was most of the web edition's deserializing code. As
        // with `flatten`, facts that do not read are none.
        let unreadable = |e: serde_json::Error| OpenError::Unreadable(e.to_string());
        let stored: Stored = serde_json::from_value(value.clone()).map_err(unreadable)?;
        let meta: ReportMeta = serde_json::from_value(value.clone()).map_err(unreadable)?;
        let facts: Option<Facts> = serde_json::from_value(value.clone()).ok();
        let meta = valid_meta(meta)?;
        let tool_version = meta.tool_version.clone();
        let mut report =
            Report::from_data(meta, facts, stored.parsed, catalog).ok_or(OpenError::Empty)?;
        report.redacted = stored.redacted;
        report.earlier = valid_earlier(stored.earlier);
        // What the file holds beyond what was read: found now, or carried by a file
        // that was opened and saved again before.
        let found = crate::json::to_value(&report)
            .ok()
            .and_then(|known| Unknown::read(&value, &known, &tool_version));
        report.unknown = found.or(stored.unknown.map(Unknown::valid));
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
        r.unknown = self.unknown.clone();
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
        crate::json::to_string_pretty(&copy).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// What was hidden before sharing, in words ("Nothing was hidden…" when nothing).
    pub fn redaction_line(&self, c: &Catalog) -> String {
        crate::redact::describe(self.redacted.as_ref(), c)
    }

    /// Plain text, at most about 25 lines: what a person reads and what helpdesk gets.
    pub fn render_text(&self, c: &Catalog) -> String {
        self.view(c).render_text(c)
    }

    /// Plain text for whoever opens a report someone sent: after the header, where it
    /// comes from (whose computer, when, what they tried, their language), then the rest.
    pub fn render_opened_text(&self, c: &Catalog) -> String {
        self.view(c).render_opened_text(c)
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

    /// A report file as a check writes it, as JSON to change.
    fn file() -> Value {
        let text = include_str!("../tests/fixtures/reports/linux-refused.json");
        serde_json::from_str(text).unwrap_or_default()
    }

    fn opened(v: &Value) -> Result<Report, OpenError> {
        Report::open(&v.to_string(), &Catalog::english())
    }

    #[test]
    fn a_report_id_or_time_that_is_no_such_thing_is_refused() {
        for (key, bad) in [
            ("id", "../../etc/passwd"),
            ("id", "K7F3/QX9M"),
            ("id", "C:\\x"),
            ("created", "yesterday"),
        ] {
            let mut v = file();
            v[key] = Value::from(bad);
            assert!(
                matches!(opened(&v), Err(OpenError::Unreadable(_))),
                "{key} = {bad}"
            );
        }
    }

    #[test]
    fn a_newer_report_says_what_this_version_can_not_show() {
        let mut v = file();
        v["schema_version"] = Value::from(999);
        v["tool_version"] = Value::from("9.1.0");
        v["sandboxes"] = serde_json::json!([{ "name": "web" }]);
        v["addresses"][0]["via_tunnel"] = Value::from(true);
        v["findings"][0]["code"] = Value::from("sandbox-not-listening");
        let r = opened(&v).unwrap_or_else(|e| panic!("{e}"));
        let u = r.unknown.clone().unwrap_or_default();
        assert_eq!(u.schema_version, Some(999));
        assert_eq!(u.codes, ["sandbox-not-listening"]);
        assert_eq!(u.fields, ["addresses[].via_tunnel", "sandboxes"]);
        let c = Catalog::english();
        let view = r.clone().shown(&c).view.unwrap_or_else(|| panic!("a view"));
        let said = view.provenance.unknown.unwrap_or_default();
        assert!(
            said.contains("A newer Port Doctor made this report (9.1.0, report format 999)"),
            "{said}"
        );
        assert!(
            said.contains("\"sandbox-not-listening\", addresses[].via_tunnel, sandboxes"),
            "{said}"
        );
        // Findings are still built by this version, from the facts it knows.
        assert_eq!(r.findings[0].finding.code(), "no-listener");
        // A file of this version with nothing unknown says nothing of the kind.
        assert_eq!(opened(&file()).map(|r| r.unknown).ok(), Some(None));
    }

    #[test]
    fn an_unknown_part_a_file_brings_itself_is_cleaned() {
        let mut v = file();
        v["unknown"] = serde_json::json!({
            "schema_version": 1,
            "tool_version": "x",
            "codes": ["ok-code", "\u{1b}[2Jrm -rf /; `x`"],
            "fields": ["a.b", "<img src=x>"],
        });
        let r = opened(&v).unwrap_or_else(|e| panic!("{e}"));
        let u = r.unknown.unwrap_or_default();
        assert_eq!(u.schema_version, None, "not newer than ours");
        assert_eq!(u.codes, ["ok-code", "2Jrm-rfx"]);
        assert_eq!(u.fields, ["a.b", "imgsrcx"]);
    }
}
