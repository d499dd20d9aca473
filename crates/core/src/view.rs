//! The presentation model: everything a person reads about a report, computed once,
//! in the catalogue's words.
//!
//! The app's result screen, the copied summary, the plain text, the Markdown and the
//! web edition all render this one [`View`], so what the screen shows is what is
//! copied and saved. It is built from the report's typed findings and facts only: no
//! sentence in it comes from the report file as text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::Catalog;
use crate::commands::{Command, CommandOs, Purpose};
use crate::diagnose::ms;
use crate::facts::{Capability, Facts, ProbeOutcome, ResolutionOutcome, ResolutionSource};
use crate::finding::{Action, Cause, Confidence, Place, RunsOn, Verdict};
use crate::local::BindOutcome;
use crate::path::PingOutcome;
use crate::redact::{self, RedactionNote};
use crate::report::{Report, ReportFinding};

/// The status of a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A cause was found.
    Problem,
    /// It works.
    Ok,
    /// We could not check.
    CantTell,
    /// No clear answer.
    Unclear,
}

impl Status {
    /// The catalogue id of the status word.
    pub fn key(self) -> &'static str {
        match self {
            Status::Problem => "status-problem",
            Status::Ok => "status-ok",
            Status::CantTell => "status-cant-tell",
            Status::Unclear => "status-unclear",
        }
    }

    /// The symbol beside the word (never colour alone).
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Problem => "✗",
            Status::Ok => "✓",
            Status::CantTell | Status::Unclear => "?",
        }
    }
}

/// The mark of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    Ok,
    Problem,
    Info,
    /// Could not be checked.
    Cant,
    RuledOut,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Ok => "✓",
            Mark::Problem => "✗",
            Mark::Info => "·",
            Mark::Cant => "–",
            // Not a minus: what was ruled out is a check that came out fine.
            Mark::RuledOut => "✓",
        }
    }
}

/// One row of "How we know".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Row {
    pub mark: Mark,
    pub text: String,
}

impl Row {
    fn new(mark: Mark, text: String) -> Row {
        Row { mark, text }
    }
}

/// A command to show, with the system it is for in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommandView {
    pub os: CommandOs,
    /// The system in words ("Linux and macOS").
    pub os_label: String,
    pub purpose: Purpose,
    pub command: String,
}

/// The answer: the first finding, in words, with what its buttons need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Answer {
    pub code: String,
    pub verdict: Verdict,
    pub confidence: Confidence,
    /// The confidence in words ("sure", "likely").
    pub confidence_word: String,
    /// How sure, and how we know it, in a sentence ("Sure: we saw it directly.").
    pub how_sure: String,
    pub headline: String,
    pub why: String,
    pub steps: Vec<String>,
    pub actions: Vec<Action>,
    /// The commands behind "Copy the command for an admin", for the computer they
    /// must run on: one for this computer's system, or one per system, each labelled,
    /// for a server whose system we don't know.
    pub admin_commands: Vec<CommandView>,
    /// The port a test listener opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub listener_port: Option<u16>,
    /// For "try the other kind of address": the address that works, ready to paste.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub works_address: Option<String>,
}

/// Another cause seen at the same time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Also {
    pub code: String,
    pub headline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub first_step: Option<String>,
}

/// The state of one link of the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NodeState {
    Ok,
    Problem,
    Probable,
    Unknown,
    NotReached,
}

/// One link of the way, this computer → network → firewall → server → program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PathNode {
    pub place: Place,
    pub state: NodeState,
}

/// The picture of the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PathView {
    pub nodes: Vec<PathNode>,
    /// Where the way breaks, when the answer says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub broken: Option<Place>,
}

/// Everything a person reads about a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct View {
    /// The language of these words.
    pub lang: String,
    /// `Report K7F3-QX9M · time · Port Doctor 0.1.0 on linux`.
    pub header: String,
    pub status: Status,
    /// The status in words.
    pub status_word: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub answer: Option<Answer>,
    pub path: PathView,
    /// What we read in a pasted message.
    pub understood: Vec<String>,
    /// One row per check that ran, then good news seen on the way.
    pub how_we_know: Vec<Row>,
    pub ruled_out: Vec<Row>,
    /// What could not be checked, and why.
    pub could_not_check: Vec<Row>,
    /// Other causes seen at the same time.
    pub also: Vec<Also>,
    /// The precise lines for helpdesk.
    pub helpdesk: Vec<String>,
    /// The same checks by hand, for the computers they concern.
    pub commands: Vec<CommandView>,
    /// What was hidden before sharing.
    pub redaction: String,
    /// What the report contains, in sentences.
    pub contents: Vec<String>,
    /// Where the report comes from, for whoever opens it.
    pub provenance: Provenance,
}

/// Where a report comes from: the computer it was made on, when, what the user tried,
/// and the checks before it. The helpdesk side of an opened report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Provenance {
    /// The system of that computer, as Rust names it (`linux`, `windows`, `macos`).
    pub os: String,
    /// The same in words ("Linux").
    pub os_label: String,
    /// When it was made: RFC 3339, UTC (the app shows it in the reader's time too).
    pub created: String,
    /// The same as people read it: `2026-12-02 00:14 UTC`.
    pub created_utc: String,
    /// Whether the checks ran as admin; absent for a message that was only read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub admin: Option<bool>,
    /// What the user typed, or the message they pasted (its secrets masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub tried: Option<String>,
    /// Whether `tried` is a pasted message.
    pub pasted: bool,
    /// The checks before this one, oldest first.
    pub earlier: Vec<EarlierView>,
    /// What the file holds that this version can't show, in a sentence; absent when
    /// it holds nothing of the kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub unknown: Option<String>,
    /// The language the user saw Port Doctor in (a BCP 47 tag, as the file says it).
    pub language: String,
    /// The same in words: that language's own name for itself ("Deutsch"), or the
    /// tag when Port Doctor has no catalogue in it.
    pub language_label: String,
    /// All of it in sentences, for text and Markdown.
    pub lines: Vec<String>,
}

/// An earlier check, as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EarlierView {
    pub created: String,
    /// As people read it: `2026-12-02 00:14 UTC`.
    pub created_utc: String,
    pub status: Status,
    pub status_word: String,
    pub code: String,
}

/// A system in words ("Linux", "macOS").
fn os_label(os: &str, c: &Catalog) -> String {
    match os {
        "linux" | "windows" | "macos" => c.get(&format!("os-{os}"), &[]),
        _ => c.get("os-other", &[]),
    }
}

/// The machine the checks ran on, as Rust names it (`linux`, `windows`, `macos`).
fn machine_os(report: &Report) -> &str {
    report
        .facts
        .as_ref()
        .map_or(report.meta.os.as_str(), |f| f.environment.os.as_str())
}

/// `2026-12-02T00:14:54Z` → `2026-12-02 00:14 UTC`; anything else as it is.
fn readable_utc(t: &str) -> String {
    if crate::report::is_utc_time(t) {
        format!("{} {} UTC", &t[..10], &t[11..16])
    } else {
        t.to_string()
    }
}

fn command_view(c: &Catalog, cmd: &Command) -> CommandView {
    CommandView {
        os: cmd.os,
        os_label: c.get(&format!("os-{}", cmd.os.as_str()), &[]),
        purpose: cmd.purpose,
        command: cmd.command.clone(),
    }
}

impl Report {
    /// The status, from the answer's verdict.
    pub fn status(&self) -> Status {
        match self.primary().map(|f| f.finding.verdict) {
            Some(Verdict::Ok) => Status::Ok,
            Some(Verdict::Cause) => Status::Problem,
            Some(Verdict::CantTell) => Status::CantTell,
            _ => Status::Unclear,
        }
    }

    /// The presentation model, in the catalogue's language.
    pub fn view(&self, c: &Catalog) -> View {
        let status = self.status();
        View {
            lang: c.lang().to_string(),
            header: self.header(c),
            status,
            status_word: c.get(status.key(), &[]),
            answer: self.answer(c),
            path: self.path_view(),
            understood: self.understood(c),
            how_we_know: self.check_rows(c),
            ruled_out: self.ruled_out_rows(),
            could_not_check: self.cant_check_rows(c),
            also: self
                .findings
                .iter()
                .skip(1)
                .filter(|f| f.finding.verdict == Verdict::Cause)
                .map(|f| Also {
                    code: f.finding.code().to_string(),
                    headline: f.text.headline.clone(),
                    first_step: f.text.steps.first().cloned(),
                })
                .collect(),
            helpdesk: self.helpdesk_lines(c),
            commands: self.commands_own_system_first(c),
            redaction: redact::describe(self.redacted.as_ref(), c),
            contents: self.contents(c),
            provenance: self.provenance(c),
        }
    }

    /// The same checks by hand, those for the report's own system first (the others
    /// are for the server, whose system may differ).
    fn commands_own_system_first(&self, c: &Catalog) -> Vec<CommandView> {
        let os = machine_os(self);
        let rank = |cmd: &Command| match cmd.os {
            CommandOs::Any => 0,
            o if o.fits(os) => 1,
            _ => 2,
        };
        let mut all: Vec<&Command> = self.commands.iter().collect();
        all.sort_by_key(|cmd| rank(cmd));
        all.into_iter().map(|cmd| command_view(c, cmd)).collect()
    }

    /// Where the report comes from.
    fn provenance(&self, c: &Catalog) -> Provenance {
        let os = machine_os(self).to_string();
        let os_label = os_label(&os, c);
        let admin = self.facts.as_ref().map(|f| f.environment.privileged);
        let pasted = self.parsed.is_some();
        let tried = match (&self.parsed, &self.facts) {
            (Some(p), _) if p.text.is_some() => p.text.clone(),
            (_, Some(f)) => Some(f.target.input.clone()),
            _ => None,
        }
        .filter(|t| !t.trim().is_empty());
        let when = readable_utc(&self.meta.created);
        let mut lines = vec![match admin {
            Some(admin) => c.get(
                "origin-checked",
                &[
                    ("os", &os_label),
                    ("time", &when),
                    ("admin", if admin { "yes" } else { "no" }),
                ],
            ),
            None => c.get("origin-read", &[("os", &os_label), ("time", &when)]),
        }];
        if let Some(t) = &tried {
            let key = if pasted {
                "origin-tried-pasted"
            } else {
                "origin-tried-typed"
            };
            lines.push(c.get(key, &[("tried", t)]));
        }
        let earlier: Vec<EarlierView> = self
            .earlier
            .iter()
            .map(|e| EarlierView {
                created: e.created.clone(),
                created_utc: readable_utc(&e.created),
                status: e.status,
                status_word: c.get(e.status.key(), &[]),
                code: e.code.clone(),
            })
            .collect();
        for e in &earlier {
            lines.push(c.get(
                "origin-earlier",
                &[
                    ("time", &e.created_utc),
                    ("status", &e.status_word),
                    ("code", &e.code),
                ],
            ));
        }
        let unknown = self.unknown.as_ref().map(|u| {
            let mut what: Vec<String> = u.codes.iter().map(|code| format!("\"{code}\"")).collect();
            what.extend(u.fields.iter().cloned());
            let version = if u.tool_version.is_empty() {
                "?"
            } else {
                &u.tool_version
            };
            let ours = env!("CARGO_PKG_VERSION");
            match (u.schema_version, what.is_empty()) {
                (Some(format), true) => c.get(
                    "origin-newer",
                    &[
                        ("version", version),
                        ("format", &format.to_string()),
                        ("ours", ours),
                    ],
                ),
                (Some(format), false) => c.get(
                    "origin-newer-holds",
                    &[
                        ("version", version),
                        ("format", &format.to_string()),
                        ("ours", ours),
                        ("what", &what.join(", ")),
                    ],
                ),
                (None, _) => c.get(
                    "origin-unknown-holds",
                    &[("ours", ours), ("what", &what.join(", "))],
                ),
            }
        });
        lines.extend(unknown.clone());
        let language = self.meta.lang.clone();
        let language_label = language_label(&language);
        lines.push(c.get("origin-language", &[("language", &language_label)]));
        Provenance {
            os,
            os_label,
            created: self.meta.created.clone(),
            created_utc: when,
            admin,
            tried,
            pasted,
            earlier,
            unknown,
            language,
            language_label,
            lines,
        }
    }

    pub(crate) fn header(&self, c: &Catalog) -> String {
        let m = &self.meta;
        c.get(
            "report-header",
            &[
                ("id", &m.id),
                ("time", &m.created),
                ("version", &m.tool_version),
                ("os", &os_label(&m.os, c)),
            ],
        )
    }

    fn answer(&self, c: &Catalog) -> Option<Answer> {
        let p = self.primary()?;
        let f = &p.finding;
        Some(Answer {
            code: f.code().to_string(),
            verdict: f.verdict,
            confidence: f.confidence,
            confidence_word: c.confidence(f.confidence),
            how_sure: c.how_sure(f.confidence),
            headline: p.text.headline.clone(),
            why: p.text.why.clone(),
            steps: p.text.steps.clone(),
            actions: f.actions.clone(),
            admin_commands: self
                .admin_commands(p)
                .into_iter()
                .map(|cmd| command_view(c, cmd))
                .collect(),
            listener_port: self
                .facts
                .as_ref()
                .map(|x| x.target.port)
                .or(f.subject.port),
            works_address: match &f.cause {
                Cause::Ipv6Ipv4Mismatch { works_address, .. } => Some(works_address.clone()),
                Cause::LocalhostIpv6First { works_address, .. } => works_address.clone(),
                _ => None,
            },
        })
    }

    /// What was ruled out, without what a row of the check already says: the name
    /// was found (its lookup row), the host answered (its connection rows), no rule
    /// of this computer's firewall concerns the port (the firewall's row).
    fn ruled_out_rows(&self) -> Vec<Row> {
        let checked = self.facts.as_ref().is_some_and(|f| !f.addresses.is_empty());
        let firewall_clear = self
            .facts
            .as_ref()
            .and_then(|f| f.firewall.as_ref())
            .is_some_and(|fw| !fw.sources.is_empty() && fw.rules.is_empty());
        self.findings
            .iter()
            .filter(|f| f.finding.verdict == Verdict::RuledOut)
            .filter(|f| match f.finding.cause {
                Cause::DnsFailure { .. } | Cause::HostUnreachable { .. } => !checked,
                Cause::FirewallDrop { .. } | Cause::FirewallReject { .. } => !firewall_clear,
                _ => true,
            })
            .map(|f| Row::new(Mark::RuledOut, f.text.headline.clone()))
            .collect()
    }

    /// The commands behind "Copy the command for an admin": those the cause offers,
    /// for the system they must run on. This computer's system is known; another
    /// computer's is not, so a server elsewhere gets one per system. A cause with no
    /// command of its own falls back to trying the connection from here.
    fn admin_commands(&self, p: &ReportFinding) -> Vec<&Command> {
        let Some(offer) = p.finding.cause.offer() else {
            return Vec::new();
        };
        let os = machine_os(self);
        let local = self.facts.as_ref().is_some_and(Facts::on_this_computer);
        let here = |cmd: &&Command| cmd.os.fits(os);
        let of = |purpose: Purpose, fits: &dyn Fn(&&Command) -> bool| -> Vec<&Command> {
            self.commands
                .iter()
                .filter(|c| c.purpose == purpose)
                .filter(|c| fits(c))
                .collect()
        };
        let found = match offer.runs_on {
            RunsOn::ThisComputer => of(offer.purpose, &here),
            RunsOn::Server if local => of(offer.purpose, &here),
            RunsOn::Server => of(offer.purpose, &|_| true),
        };
        if found.is_empty() {
            of(Purpose::Connect, &here).into_iter().take(1).collect()
        } else {
            found
        }
    }

    /// The picture of the way, from the answer and the evidence for each link.
    fn path_view(&self) -> PathView {
        let all = |state: NodeState| PathView {
            nodes: Place::ALL
                .iter()
                .map(|&place| PathNode { place, state })
                .collect(),
            broken: None,
        };
        let Some(primary) = self.primary().map(|p| &p.finding) else {
            return all(NodeState::Unknown);
        };
        match primary.verdict {
            Verdict::Ok => return all(NodeState::Ok),
            Verdict::Cause => {}
            _ => return all(NodeState::Unknown),
        }
        let Some(broken) = primary.cause.place() else {
            return all(NodeState::Unknown);
        };
        let facts = self.facts.as_ref();
        let checked = facts.is_some();
        let sure =
            checked && primary.confidence == Confidence::Certain && !primary.cause.never_sure();
        let probes = facts.map_or(&[][..], |f| f.addresses.as_slice());
        let answered = probes
            .iter()
            .any(|p| matches!(p.outcome, ProbeOutcome::Open | ProbeOutcome::Refused));
        let opened = probes.iter().any(|p| p.outcome == ProbeOutcome::Open);
        // The listener table is read only when the target is this computer: then this
        // computer's firewall is the only one on the way.
        let local = facts.is_some_and(|f| f.listeners.is_some());
        let firewall_clear = self.findings.iter().any(|f| {
            f.finding.verdict == Verdict::RuledOut
                && matches!(
                    f.finding.cause,
                    Cause::FirewallDrop { .. } | Cause::FirewallReject { .. }
                )
        });
        // A server that answers ping is switched on and reached.
        let pinged = facts
            .and_then(|f| f.ping.as_ref())
            .is_some_and(|p| p.outcome == PingOutcome::Reply);
        let evidence = |place: Place| match place {
            Place::Computer => checked,
            Place::Network => answered || pinged,
            Place::Firewall => local && firewall_clear,
            Place::Server => opened || (answered && local) || pinged,
            Place::Program => false,
        };
        let nodes = Place::ALL
            .iter()
            .map(|&place| {
                let state = if place == broken {
                    if sure {
                        NodeState::Problem
                    } else {
                        NodeState::Probable
                    }
                } else if place > broken && !(place == Place::Server && pinged) {
                    NodeState::NotReached
                } else if place > broken || sure || evidence(place) {
                    NodeState::Ok
                } else {
                    NodeState::Unknown
                };
                PathNode { place, state }
            })
            .collect();
        PathView {
            nodes,
            broken: Some(broken),
        }
    }

    /// What we read in a pasted message.
    fn understood(&self, c: &Catalog) -> Vec<String> {
        let Some(p) = &self.parsed else {
            return Vec::new();
        };
        let mut rows = Vec::new();
        if let Some(client) = &p.client {
            rows.push(c.get("read-client", &[("client", client)]));
        }
        let failure = c.get(&format!("failure-{}", p.failure.as_str()), &[]);
        rows.push(c.get("read-failure", &[("failure", &failure)]));
        let host = match (&p.host_name, &p.host) {
            (Some(name), Some(ip)) if name != ip => Some(format!("{name} ({ip})")),
            (_, Some(ip)) => Some(ip.clone()),
            _ => None,
        };
        if let Some(host) = host {
            rows.push(c.get("read-host", &[("host", &host)]));
        }
        if let Some(port) = p.port {
            let key = if p.port_implied {
                "read-port-implied"
            } else {
                "read-port"
            };
            rows.push(c.get(key, &[("port", &port.to_string())]));
        }
        if let Some(code) = &p.error_code {
            rows.push(c.get("read-code", &[("code", code)]));
        }
        if let Some(path) = &p.socket_path {
            rows.push(c.get("read-socket", &[("path", path)]));
        }
        rows
    }

    /// One row per check that ran, then good news seen on the way.
    fn check_rows(&self, c: &Catalog) -> Vec<Row> {
        let mut rows = Vec::new();
        let Some(facts) = &self.facts else {
            return rows;
        };
        let host = facts.target.host.as_str();
        let port = facts.target.port.to_string();
        match (&facts.resolution.source, &facts.resolution.outcome) {
            (ResolutionSource::Literal, _) => {
                rows.push(Row::new(Mark::Ok, c.get("row-literal", &[("host", host)])))
            }
            (_, ResolutionOutcome::Resolved { addresses }) => {
                // A hidden address is written as a stand-in: show its label.
                let list = addresses
                    .iter()
                    .map(|a| RedactionNote::show_address(self.redacted.as_ref(), &a.to_string()))
                    .collect::<Vec<_>>()
                    .join(", ");
                let took = ms(facts.resolution.elapsed_ms);
                rows.push(Row::new(
                    Mark::Ok,
                    c.get(
                        "row-resolved",
                        &[("host", host), ("addresses", &list), ("ms", &took)],
                    ),
                ));
            }
            _ => rows.push(Row::new(
                Mark::Problem,
                c.get("row-not-resolved", &[("host", host)]),
            )),
        }
        for p in &facts.addresses {
            let hung_up = p.detail.as_ref().and_then(|d| d.hangup).is_some();
            let (mark, key) = match p.outcome {
                ProbeOutcome::Open if hung_up => (Mark::Problem, "row-open-hung-up"),
                ProbeOutcome::Open => (Mark::Ok, "row-open"),
                ProbeOutcome::Refused => (Mark::Problem, "row-refused"),
                ProbeOutcome::Timeout => (Mark::Problem, "row-timeout"),
                ProbeOutcome::Unreachable => (Mark::Problem, "row-unreachable"),
                ProbeOutcome::LocalError => (Mark::Problem, "row-local-error"),
            };
            let args = [
                ("address", p.address.as_str()),
                ("port", &p.port.to_string()),
                ("ms", &ms(p.elapsed_ms)),
            ];
            rows.push(Row::new(mark, c.get(key, &args)));
        }
        if let Some(p) = &facts.ping {
            match p.outcome {
                PingOutcome::Reply => rows.push(Row::new(
                    Mark::Ok,
                    c.get(
                        "row-ping-reply",
                        &[
                            ("address", &p.address),
                            ("ms", &ms(p.rtt_ms.unwrap_or(0.0))),
                        ],
                    ),
                )),
                PingOutcome::NoReply => rows.push(Row::new(
                    Mark::Info,
                    c.get("row-ping-none", &[("address", &p.address)]),
                )),
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
            rows.push(Row::new(
                Mark::Info,
                c.get(
                    "row-trace",
                    &[("address", &t.address), ("hops", &list.join(" → "))],
                ),
            ));
        }
        if let Some(table) = &facts.listeners {
            // The port checked, and the one the answer points to (wrong-port).
            let other = self.findings.first().and_then(|f| match &f.finding.cause {
                Cause::WrongPort { other_port, .. } => Some(*other_port),
                _ => None,
            });
            let on_port = |p: u16| table.listeners.iter().filter(move |l| l.port == p);
            let mine: Vec<_> = on_port(facts.target.port).collect();
            let elsewhere: Vec<_> = other.map(|p| on_port(p).collect()).unwrap_or_default();
            if mine.is_empty() {
                rows.push(Row::new(
                    Mark::Info,
                    c.get("listeners-none-on-port", &[("port", &port)]),
                ));
            }
            for l in mine.into_iter().chain(elsewhere) {
                let port = l.port.to_string();
                let text = match &l.process {
                    Some(process) => c.get(
                        "row-listener",
                        &[
                            ("port", &port),
                            ("address", &l.address),
                            ("process", process),
                        ],
                    ),
                    None => c.get(
                        "row-listener-unknown",
                        &[("port", &port), ("address", &l.address)],
                    ),
                };
                rows.push(Row::new(Mark::Info, text));
            }
        }
        if let Some(s) = &facts.service {
            if s.running.is_empty() {
                rows.push(Row::new(
                    Mark::Info,
                    c.get("row-service-stopped", &[("service", &s.name)]),
                ));
            } else {
                let programs = s
                    .running
                    .iter()
                    .map(|p| format!("{} (PID {})", p.name, p.pid))
                    .collect::<Vec<_>>()
                    .join(", ");
                rows.push(Row::new(
                    Mark::Ok,
                    c.get(
                        "row-service-running",
                        &[("service", &s.name), ("programs", &programs)],
                    ),
                ));
            }
        }
        if let Some(b) = &facts.bind {
            let key = match b.outcome {
                BindOutcome::Free => Some("row-bind-free"),
                BindOutcome::InUse => Some("row-bind-in-use"),
                BindOutcome::PermissionDenied => Some("row-bind-denied"),
                BindOutcome::Reserved => Some("row-bind-reserved"),
                _ => None,
            };
            if let Some(key) = key {
                rows.push(Row::new(
                    Mark::Info,
                    c.get(key, &[("port", &b.port.to_string())]),
                ));
            }
        }
        if let Some(q) = &facts.queue {
            let dropped = q
                .after
                .listen_overflows
                .saturating_sub(q.before.listen_overflows);
            if dropped > 0 {
                rows.push(Row::new(
                    Mark::Problem,
                    c.get("row-queue-dropped", &[("count", &dropped.to_string())]),
                ));
            }
        }
        if let Some(fw) = &facts.firewall
            && !fw.sources.is_empty()
        {
            let text = if fw.rules.is_empty() {
                c.get("row-firewall-clear", &[("port", &port)])
            } else {
                c.get(
                    "row-firewall-rules",
                    &[("port", &port), ("count", &fw.rules.len().to_string())],
                )
            };
            rows.push(Row::new(Mark::Info, text));
        }
        // Good news seen on the way ("ignores ping, but its port answers").
        for f in self
            .findings
            .iter()
            .skip(1)
            .filter(|f| f.finding.verdict == Verdict::Ok)
        {
            rows.push(Row::new(Mark::Ok, joined(&f.text.headline, &f.text.why)));
        }
        rows
    }

    /// What could not be checked: findings that can't tell, and parts the system
    /// didn't show.
    fn cant_check_rows(&self, c: &Catalog) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .findings
            .iter()
            .filter(|f| f.finding.verdict == Verdict::CantTell)
            .map(|f| Row::new(Mark::Cant, joined(&f.text.headline, &f.text.why)))
            .collect();
        let Some(facts) = &self.facts else {
            return rows;
        };
        if let Some(detail) = facts.listeners.as_ref().and_then(|t| t.limitation.as_ref()) {
            rows.push(Row::new(
                Mark::Cant,
                c.get("listeners-limited", &[("detail", detail)]),
            ));
        }
        // When nothing of the firewall could be read, a finding says so already.
        if let Some(fw) = &facts.firewall
            && !fw.limitations.is_empty()
            && !fw.sources.is_empty()
        {
            rows.push(Row::new(
                Mark::Cant,
                c.get(
                    "row-firewall-limited",
                    &[("detail", &fw.limitations.join("; "))],
                ),
            ));
        }
        if facts
            .ping
            .as_ref()
            .is_some_and(|p| p.outcome == PingOutcome::NotPossible)
        {
            rows.push(Row::new(Mark::Cant, c.get("row-ping-not-possible", &[])));
        }
        // What this kind of system cannot tell at all, where it would have mattered.
        let local = facts.listeners.is_some();
        let failed = facts
            .addresses
            .iter()
            .any(|p| p.outcome != ProbeOutcome::Open);
        let silent = facts
            .addresses
            .iter()
            .any(|p| p.outcome == ProbeOutcome::Timeout);
        for what in &facts.environment.not_on_this_system {
            let matters = match what {
                Capability::ListenQueue | Capability::QueueCounters => local && silent,
                Capability::IcmpSender => failed,
                Capability::Trace => silent && !local,
                // These say why in their own rows (the table's or the firewall's).
                Capability::ListenerTable | Capability::Firewall => false,
            };
            if matters {
                let what = c.get(&format!("capability-{}", what.as_str()), &[]);
                rows.push(Row::new(
                    Mark::Cant,
                    c.get("row-not-here", &[("what", &what)]),
                ));
            }
        }
        if let Some(detail) = facts.trace.as_ref().and_then(|t| t.limitation.as_ref()) {
            rows.push(Row::new(
                Mark::Cant,
                c.get("row-trace-limited", &[("detail", detail)]),
            ));
        }
        rows
    }

    /// The precise lines for helpdesk: codes, confidence and evidence, then the run.
    pub fn helpdesk_lines(&self, c: &Catalog) -> Vec<String> {
        let mut lines: Vec<String> = self
            .findings
            .iter()
            .filter(|f| f.finding.verdict != Verdict::RuledOut)
            .map(|f| {
                let evidence = f
                    .finding
                    .evidence
                    .iter()
                    .map(|e| c.evidence(e))
                    .collect::<Vec<_>>()
                    .join("; ");
                format!(
                    "{} ({}): {}",
                    f.finding.code(),
                    c.confidence(f.finding.confidence),
                    if evidence.is_empty() { "-" } else { &evidence }
                )
            })
            .collect();
        if let Some(facts) = &self.facts {
            let t = &facts.target;
            lines.push(c.get(
                "report-target",
                &[
                    ("input", &t.input),
                    ("host", &t.host),
                    ("port", &t.port.to_string()),
                ],
            ));
            lines.push(c.get(
                "helpdesk-run",
                &[
                    ("os", &os_label(&facts.environment.os, c)),
                    (
                        "admin",
                        if facts.environment.privileged {
                            "yes"
                        } else {
                            "no"
                        },
                    ),
                    ("seconds", &seconds(facts.timeout_ms)),
                ],
            ));
        }
        lines
    }

    /// What the report contains, in sentences, for the share section.
    fn contents(&self, c: &Catalog) -> Vec<String> {
        let mut ids = Vec::new();
        let facts = self.facts.as_ref();
        if facts.is_some() {
            ids.push("contains-target");
        }
        if self.parsed.is_some() {
            ids.push("contains-message");
        }
        if facts.is_some() {
            ids.push("contains-checks");
        }
        if facts
            .and_then(|f| f.listeners.as_ref())
            .is_some_and(|t| !t.listeners.is_empty())
        {
            let hidden = self
                .redacted
                .as_ref()
                .is_some_and(|r| r.user_names.is_some());
            ids.push(if hidden {
                "contains-listeners-hidden"
            } else {
                "contains-listeners"
            });
        }
        if facts
            .and_then(|f| f.firewall.as_ref())
            .is_some_and(|fw| !fw.rules.is_empty())
        {
            ids.push("contains-firewall");
        }
        ids.extend(["contains-answer", "contains-system"]);
        if facts.is_some() {
            ids.push("contains-rights");
        }
        ids.into_iter().map(|id| c.get(id, &[])).collect()
    }
}

/// A deadline in seconds as people read it: `5`, `0.5`.
fn seconds(ms: u64) -> String {
    if ms.is_multiple_of(1000) {
        (ms / 1000).to_string()
    } else {
        format!("{:.1}", ms as f64 / 1000.0)
    }
}

/// A headline and its explanation as one row.
fn joined(headline: &str, why: &str) -> String {
    if why.is_empty() {
        headline.to_string()
    } else {
        format!("{headline} {why}")
    }
}

impl View {
    /// Plain text, at most about 25 lines: what a person reads and what helpdesk gets
    /// (the copied summary).
    pub fn render_text(&self, c: &Catalog) -> String {
        self.text(c, false)
    }

    /// [`View::render_text`] with the provenance after the header: a report someone sent.
    pub fn render_opened_text(&self, c: &Catalog) -> String {
        self.text(c, true)
    }

    fn text(&self, c: &Catalog, opened: bool) -> String {
        let mut out = vec![self.header.clone()];
        let section = |out: &mut Vec<String>, title: &str, rows: Vec<String>| {
            if !rows.is_empty() {
                out.push(c.get("text-heading", &[("label", title)]));
                out.extend(rows.into_iter().map(|r| format!("  {r}")));
            }
        };
        if opened {
            section(
                &mut out,
                &c.get("section-origin", &[]),
                self.provenance.lines.clone(),
            );
        }
        if let Some(a) = &self.answer {
            let label =
                |label: &str, text: &str| c.get("text-label", &[("label", label), ("text", text)]);
            out.push(format!(
                "{} {}",
                self.status.symbol(),
                label(&self.status_word, &a.headline)
            ));
            if !a.why.is_empty() {
                out.push(label(&c.get("section-why", &[]), &a.why));
            }
            if !a.steps.is_empty() {
                out.push(c.get("text-heading", &[("label", &c.get("section-steps", &[]))]));
                for (i, s) in a.steps.iter().enumerate() {
                    out.push(format!("  {}. {s}", i + 1));
                }
            }
        }
        let mut section = |title: &str, rows: Vec<String>| section(&mut out, title, rows);
        let rows = |rows: &[Row]| -> Vec<String> {
            rows.iter()
                .map(|r| format!("{} {}", r.mark.symbol(), r.text))
                .collect()
        };
        // A check's rows say what was checked; a message's, what we read in it.
        if self.how_we_know.is_empty() {
            section(
                &c.get("section-understood", &[]),
                self.understood.iter().map(|r| format!("· {r}")).collect(),
            );
        }
        // The same rows as the screen's "How we know": the checks, what they ruled
        // out, and what could not be checked, each with its mark.
        let mut how = rows(&self.how_we_know);
        how.extend(rows(&self.ruled_out));
        how.extend(rows(&self.could_not_check));
        section(&c.get("section-how", &[]), how);
        section(
            &c.get("section-also", &[]),
            self.also
                .iter()
                .flat_map(|a| {
                    let mut v = vec![format!("! {}", a.headline)];
                    v.extend(a.first_step.iter().map(|s| format!("  → {s}")));
                    v
                })
                .collect(),
        );
        section(&c.get("section-helpdesk", &[]), self.helpdesk.clone());
        let by_hand: Vec<String> = self
            .commands
            .iter()
            .filter(|cmd| matches!(cmd.purpose, Purpose::Connect | Purpose::Check))
            .map(|cmd| format!("{} ({})", cmd.command, cmd.os_label))
            .collect();
        section(&c.get("section-commands", &[]), by_hand);
        out.push(self.redaction.clone());
        // What came from outside (a process name, a path) can't act on a terminal.
        crate::escape::visible(&(out.join("\n") + "\n")).into_owned()
    }

    /// Markdown, for tickets and chat. Every text is escaped ([`crate::escape`]): a
    /// process called `![x](http://…)` shows as those characters, not as an image.
    pub fn render_markdown(&self, c: &Catalog, id: &str) -> String {
        use crate::escape::{code_span, fence, markdown as md};
        let mut out = vec![
            format!("# {}", md(&c.get("report-title", &[("id", id)]))),
            String::new(),
            format!("_{}_", md(&self.header)),
            String::new(),
        ];
        if let Some(a) = &self.answer {
            out.push(format!(
                "## {}",
                c.get(
                    "text-label",
                    &[
                        ("label", &md(&self.status_word)),
                        ("text", &md(&a.headline))
                    ]
                )
            ));
            out.push(String::new());
            out.push(md(&a.how_sure));
            out.push(String::new());
            if !a.why.is_empty() {
                out.push(format!(
                    "**{}:** {}",
                    md(&c.get("section-why", &[])),
                    md(&a.why)
                ));
                out.push(String::new());
            }
            if !a.steps.is_empty() {
                out.push(format!("### {}", md(&c.get("section-steps", &[]))));
                out.push(String::new());
                for (i, s) in a.steps.iter().enumerate() {
                    out.push(format!("{}. {}", i + 1, md(s)));
                }
                out.push(String::new());
            }
        }
        let mut section = |title: String, rows: Vec<String>| {
            if !rows.is_empty() {
                out.push(format!("### {}", md(&title)));
                out.push(String::new());
                out.extend(rows);
                out.push(String::new());
            }
        };
        let rows = |rows: &[Row]| -> Vec<String> {
            rows.iter()
                .map(|r| format!("- {} {}", r.mark.symbol(), md(&r.text)))
                .collect()
        };
        section(
            c.get("section-origin", &[]),
            self.provenance
                .lines
                .iter()
                .map(|l| format!("- {}", md(l)))
                .collect(),
        );
        section(
            c.get("section-understood", &[]),
            self.understood
                .iter()
                .map(|r| format!("- {}", md(r)))
                .collect(),
        );
        section(c.get("section-how", &[]), rows(&self.how_we_know));
        section(c.get("section-ruled-out", &[]), rows(&self.ruled_out));
        section(c.get("section-couldnt", &[]), rows(&self.could_not_check));
        section(
            c.get("section-also", &[]),
            self.also
                .iter()
                .map(|a| format!("- ! {}", md(&a.headline)))
                .collect(),
        );
        // A code block shows its lines as written; its fence is longer than any run
        // of backticks in them, and control characters are made visible.
        let lines: Vec<String> = self
            .helpdesk
            .iter()
            .map(|l| crate::escape::visible(l).into_owned())
            .collect();
        let mut helpdesk = vec![fence(&lines)];
        helpdesk.extend(lines);
        helpdesk.push(helpdesk[0].clone());
        section(c.get("section-helpdesk", &[]), helpdesk);
        section(
            c.get("section-commands", &[]),
            self.commands
                .iter()
                .map(|cmd| {
                    format!(
                        "- {} ({}): {}",
                        md(cmd.purpose.as_str()),
                        md(&cmd.os_label),
                        code_span(&cmd.command)
                    )
                })
                .collect(),
        );
        out.push(format!("_{}_", md(&self.redaction)));
        out.join("\n") + "\n"
    }
}

/// A language as its own speakers name it ("Deutsch", "简体中文"), as that language's
/// catalogue names it; a tag Port Doctor has no catalogue for is shown as the tag.
fn language_label(tag: &str) -> String {
    let ours = crate::catalog::pick_language(tag);
    let primary = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    if tag.is_empty() || primary(ours) != primary(tag) {
        return if tag.is_empty() {
            "?".to_string()
        } else {
            tag.to_string()
        };
    }
    format!(
        "{} ({tag})",
        crate::catalog::language_name(ours).unwrap_or(ours)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::build::target;
    use crate::report::ReportMeta;

    fn view_of(facts: crate::facts::Facts) -> View {
        let c = Catalog::english();
        let meta = ReportMeta {
            id: "K7F3-QX9M".into(),
            created: "2026-12-01T00:00:00Z".into(),
            tool_version: "0".into(),
            os: facts.environment.os.clone(),
            lang: "en".into(),
        };
        Report::for_check(meta, facts, &c).view(&c)
    }

    #[test]
    fn what_the_system_cannot_tell_is_said_where_it_matters() {
        let mut b = target("198.51.100.2:443").probe("198.51.100.2", ProbeOutcome::Timeout);
        b.0.environment.os = "windows".into();
        b.0.environment.not_on_this_system = vec![Capability::Trace, Capability::ListenQueue];
        let v = view_of(b.0);
        let cant: Vec<&str> = v.could_not_check.iter().map(|r| r.text.as_str()).collect();
        assert!(
            cant.contains(
                &"This kind of computer does not show where on the way the packets stop."
            ),
            "{cant:?}"
        );
        // The queue matters only for a listener on this computer.
        assert_eq!(cant.len(), 1, "{cant:?}");
    }

    #[test]
    fn a_silent_port_on_a_server_that_answers_ping_talks_about_the_port() {
        let v = view_of(
            target("198.51.100.2:47811")
                .probe("198.51.100.2", ProbeOutcome::Timeout)
                .ping(PingOutcome::Reply)
                .0,
        );
        let a = v.answer.unwrap_or_else(|| panic!("an answer"));
        assert!(
            !a.steps.iter().any(|s| s.contains("switched on")),
            "{:?}",
            a.steps
        );
        assert!(
            a.steps[0].contains("firewall blocks port 47811"),
            "{:?}",
            a.steps
        );
        let server = v.path.nodes.iter().find(|n| n.place == Place::Server);
        assert_eq!(server.map(|n| n.state), Some(NodeState::Ok));
    }

    #[test]
    fn the_admin_command_fits_the_computer_it_runs_on() {
        let mut b = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table();
        b.0.environment.os = "windows".into();
        let v = view_of(b.0);
        let a = v.answer.unwrap_or_else(|| panic!("an answer"));
        assert_eq!(a.code, "no-listener");
        assert_eq!(a.admin_commands.len(), 1, "{:?}", a.admin_commands);
        let cmd = &a.admin_commands[0];
        assert_eq!(cmd.os, CommandOs::Windows);
        assert!(
            cmd.command.starts_with("Get-NetTCPConnection"),
            "{}",
            cmd.command
        );
        assert_eq!(v.path.broken, Some(Place::Program));
    }

    #[test]
    fn a_remote_firewall_gets_its_admin_commands_for_every_system() {
        let v = view_of(
            target("198.18.2.2:80")
                .icmp(
                    "198.18.2.2",
                    ProbeOutcome::Refused,
                    crate::facts::IcmpKind::PortUnreachable,
                    "198.18.2.2",
                )
                .firewall(&[])
                .0,
        );
        let a = v.answer.unwrap_or_else(|| panic!("an answer"));
        assert_eq!(a.code, "firewall-reject");
        let systems: Vec<CommandOs> = a.admin_commands.iter().map(|c| c.os).collect();
        assert_eq!(
            systems,
            [CommandOs::Linux, CommandOs::Macos, CommandOs::Windows],
            "the server's system is not known: one per system"
        );
        assert!(
            a.admin_commands
                .iter()
                .all(|c| c.purpose == Purpose::Firewall)
        );
        // The report's own system first in the commands by hand.
        assert_eq!(v.commands[0].os, CommandOs::Unix);
    }

    #[test]
    fn the_text_has_the_same_rows_as_how_we_know() {
        let b = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .firewall(&[]);
        let c = Catalog::english();
        let v = view_of(b.0);
        let text = v.render_text(&c);
        for row in v
            .how_we_know
            .iter()
            .chain(&v.ruled_out)
            .chain(&v.could_not_check)
        {
            assert!(
                text.contains(&format!("{} {}", row.mark.symbol(), row.text)),
                "{}\n{text}",
                row.text
            );
        }
        assert!(text.lines().count() <= 25, "{text}");
    }
}
