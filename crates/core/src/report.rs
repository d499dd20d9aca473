//! The report: one versioned JSON document, and its plain-text and Markdown renderings.
//!
//! The JSON keeps the facts and the findings (codes, args, evidence) and, for readers
//! without Port Doctor, the sentences in the language it was made in. Opening a report
//! never runs anything it contains: it is data, rendered again from the catalogue.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::{Catalog, Explanation};
use crate::commands::{self, Command};
use crate::diagnose::ms;
use crate::errtext::ParsedError;
use crate::facts::{Facts, ProbeOutcome, ResolutionOutcome, ResolutionSource};
use crate::finding::{Finding, Verdict};
use crate::redact::{self, RedactionNote};
use crate::target::{PortSource, Target};

/// The schema name and version in every report. Extend, don't break.
pub const SCHEMA: &str = "portdoctor-report";
pub const SCHEMA_VERSION: u32 = 1;

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    fn with(meta: ReportMeta, findings: &[Finding], catalog: &Catalog) -> Report {
        Report {
            schema: SCHEMA.to_string(),
            schema_version: SCHEMA_VERSION,
            meta,
            parsed: None,
            facts: None,
            findings: findings
                .iter()
                .map(|f| ReportFinding {
                    finding: f.clone(),
                    text: catalog.explain(f),
                })
                .collect(),
            commands: Vec::new(),
            redacted: None,
        }
    }

    /// A report of a check.
    pub fn for_check(
        meta: ReportMeta,
        facts: Facts,
        findings: &[Finding],
        catalog: &Catalog,
    ) -> Report {
        let mut r = Report::with(meta, findings, catalog);
        r.commands = commands::for_target(&facts.target);
        r.facts = Some(facts);
        r
    }

    /// A report of an explained message.
    pub fn for_message(
        meta: ReportMeta,
        parsed: ParsedError,
        findings: &[Finding],
        catalog: &Catalog,
    ) -> Report {
        let mut r = Report::with(meta, findings, catalog);
        if let (Some(host), Some(port)) = (&parsed.host, parsed.port)
            && let Ok(target) = Target::from_parts(host, port, PortSource::Given, host)
        {
            r.commands = commands::for_message(&target);
        }
        r.parsed = Some(parsed);
        r
    }

    /// The answer: the first finding.
    pub fn primary(&self) -> Option<&ReportFinding> {
        self.findings.first()
    }

    /// The status word key for the answer.
    pub fn status_key(&self) -> &'static str {
        match self.primary().map(|f| f.finding.verdict) {
            Some(Verdict::Ok) => "status-ok",
            Some(Verdict::Cause) => "status-problem",
            Some(Verdict::CantTell) => "status-cant-tell",
            _ => "status-unclear",
        }
    }

    /// Reads a report file. Unknown fields are ignored; the schema name must match.
    pub fn from_json(text: &str) -> Result<Report, String> {
        let report: Report = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if report.schema != SCHEMA {
            return Err(format!(
                "not a Port Doctor report (schema '{}')",
                report.schema
            ));
        }
        Ok(report)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The rows of "How we know", as (mark, sentence).
    pub fn how_we_know(&self, c: &Catalog) -> Vec<(char, String)> {
        let mut rows = Vec::new();
        let Some(facts) = &self.facts else {
            return rows;
        };
        let host = facts.target.host.as_str();
        let took = ms(facts.resolution.elapsed_ms);
        match (&facts.resolution.source, &facts.resolution.outcome) {
            (ResolutionSource::Literal, _) => {
                rows.push(('✓', c.get("row-literal", &[("host", host)])))
            }
            (_, ResolutionOutcome::Resolved { addresses }) => {
                // A hidden address is written as a stand-in: show its label.
                let list = addresses
                    .iter()
                    .map(|a| RedactionNote::show_address(self.redacted.as_ref(), &a.to_string()))
                    .collect::<Vec<_>>()
                    .join(", ");
                rows.push((
                    '✓',
                    c.get(
                        "row-resolved",
                        &[("host", host), ("addresses", &list), ("ms", &took)],
                    ),
                ));
            }
            _ => rows.push(('✗', c.get("row-not-resolved", &[("host", host)]))),
        }
        if let Some(p) = &facts.ping {
            match (p.outcome, p.rtt_ms) {
                (crate::path::PingOutcome::Reply, Some(rtt)) => rows.push((
                    '✓',
                    c.get(
                        "row-ping-reply",
                        &[("address", &p.address), ("ms", &ms(rtt))],
                    ),
                )),
                (crate::path::PingOutcome::NoReply, _) => {
                    rows.push(('·', c.get("row-ping-none", &[("address", &p.address)])))
                }
                _ => {}
            }
        }
        if let Some(t) = &facts.trace
            && !t.hops.is_empty()
        {
            // Hops up to the last that answered, then one "*" for the silence after it.
            let answered = t
                .hops
                .iter()
                .rposition(|h| h.address.is_some())
                .map_or(0, |i| i + 1);
            let mut list: Vec<String> = t.hops[..answered]
                .iter()
                .map(|h| h.address.clone().unwrap_or_else(|| "*".into()))
                .collect();
            if answered < t.hops.len() {
                list.push("* …".into());
            }
            let hops = list.join(" → ");
            rows.push((
                '·',
                c.get("row-trace", &[("address", &t.address), ("hops", &hops)]),
            ));
        }
        for p in &facts.addresses {
            let (mark, key) = match p.outcome {
                ProbeOutcome::Open => ('✓', "row-open"),
                ProbeOutcome::Refused => ('✗', "row-refused"),
                ProbeOutcome::Timeout => ('✗', "row-timeout"),
                ProbeOutcome::Unreachable => ('✗', "row-unreachable"),
                ProbeOutcome::LocalError => ('✗', "row-local-error"),
            };
            let port = p.port.to_string();
            rows.push((
                mark,
                c.get(
                    key,
                    &[
                        ("address", &p.address),
                        ("port", &port),
                        ("ms", &ms(p.elapsed_ms)),
                    ],
                ),
            ));
        }
        rows
    }

    fn header(&self, c: &Catalog) -> String {
        let m = &self.meta;
        c.get(
            "report-header",
            &[
                ("id", &m.id),
                ("time", &m.created),
                ("version", &m.tool_version),
                ("os", &m.os),
            ],
        )
    }

    /// What was hidden before sharing, in words ("Nothing was hidden…" when nothing).
    pub fn redaction_line(&self, c: &Catalog) -> String {
        redact::describe(self.redacted.as_ref(), c)
    }

    /// Plain text, at most about 25 lines: what a person reads and what helpdesk gets.
    pub fn render_text(&self, c: &Catalog) -> String {
        let mut out = Vec::new();
        out.push(self.header(c));
        if let Some(p) = self.primary() {
            let mark = if p.finding.verdict == Verdict::Ok {
                '✓'
            } else {
                '✗'
            };
            out.push(format!(
                "{mark} {}: {}",
                c.get(self.status_key(), &[]),
                p.text.headline
            ));
            out.push(String::new());
            if !p.text.why.is_empty() {
                out.push(format!("{}: {}", c.get("section-why", &[]), p.text.why));
            }
            if !p.text.steps.is_empty() {
                out.push(format!("{}:", c.get("section-steps", &[])));
                for (i, s) in p.text.steps.iter().enumerate() {
                    out.push(format!("  {}. {s}", i + 1));
                }
            }
        }
        let rows = self.how_we_know(c);
        if !rows.is_empty() {
            out.push(format!("{}:", c.get("section-how", &[])));
            for (mark, row) in rows {
                out.push(format!("  {mark} {row}"));
            }
        }
        let others: Vec<&ReportFinding> = self
            .findings
            .iter()
            .skip(1)
            .filter(|f| f.finding.verdict == Verdict::Cause)
            .collect();
        if !others.is_empty() {
            out.push(format!("{}:", c.get("section-also", &[])));
            for f in others {
                out.push(format!("  ! {}", f.text.headline));
                if let Some(step) = f.text.steps.first() {
                    out.push(format!("    → {step}"));
                }
            }
        }
        let ruled: Vec<&ReportFinding> = self
            .findings
            .iter()
            .filter(|f| f.finding.verdict == Verdict::RuledOut)
            .collect();
        if !ruled.is_empty() {
            out.push(format!("{}:", c.get("section-ruled-out", &[])));
            for f in ruled {
                out.push(format!("  - {}", f.text.headline));
            }
        }
        out.push(format!("{}:", c.get("section-helpdesk", &[])));
        for line in self.helpdesk_lines(c) {
            out.push(format!("  {line}"));
        }
        let cmds = self
            .commands
            .iter()
            .filter(|cmd| cmd.purpose == "connect" || cmd.purpose == "check")
            .collect::<Vec<_>>();
        if !cmds.is_empty() {
            out.push(format!("{}:", c.get("section-commands", &[])));
            for cmd in cmds {
                out.push(format!("  {} ({})", cmd.command, cmd.os));
            }
        }
        out.push(self.redaction_line(c));
        out.join("\n") + "\n"
    }

    /// The precise lines for helpdesk: codes, confidence, and the evidence.
    pub fn helpdesk_lines(&self, c: &Catalog) -> Vec<String> {
        let mut lines = Vec::new();
        for f in self
            .findings
            .iter()
            .filter(|f| f.finding.verdict != Verdict::RuledOut)
        {
            let evidence = f.finding.evidence.join("; ");
            lines.push(format!(
                "{} ({}): {}",
                f.finding.code,
                c.confidence(f.finding.confidence),
                if evidence.is_empty() {
                    "-".to_string()
                } else {
                    evidence
                }
            ));
        }
        if let Some(facts) = &self.facts {
            lines.push(format!(
                "target {} (typed: {:?}); deadline {} ms; {} {}",
                facts.target.display_addr(),
                facts.target.input,
                facts.timeout_ms,
                facts.environment.os,
                if facts.environment.privileged {
                    "as admin"
                } else {
                    "without admin rights"
                }
            ));
        }
        lines
    }

    /// Markdown, for tickets and chat.
    pub fn render_markdown(&self, c: &Catalog) -> String {
        let mut out = Vec::new();
        out.push(format!(
            "# {}",
            c.get("report-title", &[("id", &self.meta.id)])
        ));
        out.push(String::new());
        out.push(format!("_{}_", self.header(c)));
        out.push(String::new());
        if let Some(p) = self.primary() {
            out.push(format!(
                "## {}: {}",
                c.get(self.status_key(), &[]),
                p.text.headline
            ));
            out.push(String::new());
            out.push(c.get(
                "report-confidence",
                &[("confidence", &c.confidence(p.finding.confidence))],
            ));
            out.push(String::new());
            if !p.text.why.is_empty() {
                out.push(format!("**{}:** {}", c.get("section-why", &[]), p.text.why));
                out.push(String::new());
            }
            if !p.text.steps.is_empty() {
                out.push(format!("### {}", c.get("section-steps", &[])));
                out.push(String::new());
                for (i, s) in p.text.steps.iter().enumerate() {
                    out.push(format!("{}. {s}", i + 1));
                }
                out.push(String::new());
            }
        }
        let rows = self.how_we_know(c);
        if !rows.is_empty() {
            out.push(format!("### {}", c.get("section-how", &[])));
            out.push(String::new());
            for (mark, row) in rows {
                out.push(format!("- {mark} {row}"));
            }
            for f in self.findings.iter().skip(1) {
                let mark = if f.finding.verdict == Verdict::RuledOut {
                    "−"
                } else {
                    "!"
                };
                out.push(format!("- {mark} {}", f.text.headline));
            }
            out.push(String::new());
        }
        out.push(format!("### {}", c.get("section-helpdesk", &[])));
        out.push(String::new());
        out.push("```".to_string());
        out.extend(self.helpdesk_lines(c));
        out.push("```".to_string());
        if !self.commands.is_empty() {
            out.push(String::new());
            out.push(format!("### {}", c.get("section-commands", &[])));
            out.push(String::new());
            for cmd in &self.commands {
                out.push(format!("- {} ({}): `{}`", cmd.purpose, cmd.os, cmd.command));
            }
        }
        out.push(String::new());
        out.push(format!("_{}_", self.redaction_line(c)));
        out.join("\n") + "\n"
    }
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
