//! The facts a finding rests on, typed. Each line of evidence is a code and its
//! arguments, like a cause; the catalogue words it (`evidence-<code>`), so the helpdesk
//! reads it in their own language and a report opened elsewhere says it again from
//! the same facts. What a system said in its own words (an error's text, a rule of
//! the firewall, a tool's complaint) is quoted as it came.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::facts::{ProbeOutcome, ProbeResult};
use crate::local::Listener;

/// Who owns a listening socket, as far as we could see. PID 0 is no program: a table
/// that gives it does not know the owner.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Owner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
}

impl Owner {
    /// The owner of a listener; a user name wins over the bare uid.
    pub fn of(l: &Listener) -> Owner {
        Owner {
            process: l.process.clone(),
            pid: l.pid.filter(|pid| *pid != 0),
            user: l.user.clone(),
            uid: if l.user.is_some() { None } else { l.uid },
        }
    }

    /// Whether nothing at all is known of the owner.
    pub fn is_empty(&self) -> bool {
        self.process.is_none() && self.pid.is_none() && self.user.is_none() && self.uid.is_none()
    }
}

/// One line of evidence. The JSON is `{"code": "...", "args": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "code", content = "args", rename_all = "kebab-case")]
pub enum Evidence {
    /// One connection attempt: `10.0.0.5:5432 refused in 0.3 ms (ECONNREFUSED)`.
    Probe {
        address: String,
        outcome: ProbeOutcome,
        ms: f64,
        /// The system's name for the error (`ECONNREFUSED`, `WSAECONNREFUSED`).
        #[serde(default)]
        error: Option<String>,
        /// The ICMP message that came back: its type, code and sender.
        #[serde(default)]
        icmp_type: Option<u8>,
        #[serde(default)]
        icmp_code: Option<u8>,
        #[serde(default)]
        icmp_from: Option<String>,
    },
    /// The server ended an open connection before it sent anything.
    HungUp {
        ms: u32,
        reset: bool,
    },
    /// The listener table has nothing on the port.
    NoListener {
        port: u16,
    },
    /// A program listens at an address of the port.
    Listening {
        address: String,
        owner: Owner,
    },
    /// The expected service listens elsewhere.
    ServiceListens {
        service: String,
        address: String,
        owner: Owner,
    },
    /// A program listens on a port near the one asked for.
    Nearby {
        address: String,
        owner: Owner,
    },
    /// None of the expected programs runs.
    NotRunning {
        programs: Vec<String>,
    },
    /// The expected program runs but listens on no TCP port we see.
    RunsWithoutPort {
        service: String,
        /// Each program of the service that runs.
        running: Vec<Owner>,
    },
    /// A listener's accept queue, as the table gives it.
    Queue {
        address: String,
        owner: Owner,
        #[serde(default)]
        waiting: Option<u32>,
        #[serde(default)]
        backlog: Option<u32>,
    },
    /// The system's queue counters before and after the probe.
    QueueCounters {
        overflows_before: u64,
        overflows_after: u64,
        added: u64,
        drops_before: u64,
        drops_after: u64,
    },
    /// Binding the port as a user without admin rights failed.
    BindDenied {
        address: String,
        port: u16,
        #[serde(default)]
        error: Option<String>,
        #[serde(default)]
        unprivileged_from: Option<u16>,
    },
    /// The port is in a range the system keeps for itself.
    ExcludedRange {
        port: u16,
        start: u16,
        end: u16,
    },
    /// Binding the port failed as in use, though nothing listens there.
    BindInUse {
        address: String,
        port: u16,
        #[serde(default)]
        error: Option<String>,
    },
    /// A listener whose owner we could not see.
    OwnerHidden {
        address: String,
        owner: Owner,
    },
    /// Another program holds the address the service wants.
    Holds {
        owner: Owner,
        address: String,
        service: String,
    },
    /// The trace: routers that answered, then silence.
    Trace {
        address: String,
        port: u16,
        /// `ttl:address` of each hop, `*` for silence.
        hops: String,
        last: String,
    },
    /// Ping got no reply while the TCP port answered.
    PingSilent {
        address: String,
        method: String,
        port: u16,
    },
    /// A rule of this computer's firewall that matches, quoted.
    Rule {
        hook: String,
        rule: String,
        action: String,
    },
    /// The macOS application firewall in stealth mode.
    Stealth {},
    /// A proxy setting and where it is set: `HTTPS_PROXY` (environment) = 127.0.0.1:7890.
    ProxySet {
        source: crate::proxy::ProxySource,
        setting: String,
        proxy: String,
    },
    /// What the proxy answered when asked to connect to the target, as it said it.
    ProxyAnswer {
        proxy: String,
        target: String,
        #[serde(default)]
        status_line: Option<String>,
    },
    /// A port forward of this computer (a DNAT rule), as the tool wrote it.
    Forward {
        rule: String,
    },
    /// What listens on a port in another network namespace (a container).
    ListensInside {
        container: String,
        address: String,
    },
    /// A proxy auto-configuration script is set; it was not run.
    ProxyPac {
        source: crate::proxy::ProxySource,
        url: String,
    },
    /// What kept us from reading the firewall, as the tools said it.
    FirewallUnread {
        limits: Vec<String>,
    },
    /// The firewall was read and no rule blocks the port.
    FirewallClear {
        sources: Vec<String>,
        port: u16,
    },
    /// The system resolver's answer for a name.
    Resolved {
        host: String,
        addresses: Vec<String>,
        ms: f64,
    },
    NameNoAddress {
        host: String,
        ms: f64,
    },
    NameNotFound {
        host: String,
        ms: f64,
    },
    /// No answer from the resolver within the deadline.
    NameNoAnswer {
        host: String,
        deadline_ms: u64,
    },
    NameTryAgain {
        host: String,
        ms: f64,
    },
    NameError {
        host: String,
        detail: String,
    },
    /// What we read in a pasted message.
    Read {
        failure: String,
        #[serde(default)]
        client: Option<String>,
        #[serde(default)]
        host: Option<String>,
        #[serde(default)]
        port: Option<u16>,
        /// The port is the client's default, not written in the message.
        implied: bool,
        #[serde(default)]
        error_code: Option<String>,
        #[serde(default)]
        socket: Option<String>,
    },
    /// Refused on ::1, where a server on 127.0.0.1 only is not reached.
    RefusedOnIpv6Loopback {},
}

impl Evidence {
    /// One probe's line.
    pub fn probe(p: &ProbeResult) -> Evidence {
        let detail = p.detail.as_ref();
        let icmp = detail.and_then(|d| d.icmp.as_ref());
        Evidence::Probe {
            address: p.display_addr(),
            outcome: p.outcome,
            ms: p.elapsed_ms,
            error: detail.and_then(|d| d.error.clone()),
            icmp_type: icmp.map(|i| i.icmp_type),
            icmp_code: icmp.map(|i| i.icmp_code),
            icmp_from: icmp.map(|i| i.sender.clone()),
        }
    }

    /// The catalogue's code: `evidence-<code>`.
    pub fn code(&self) -> String {
        match crate::json::to_value(self) {
            Ok(Value::Object(m)) => m
                .get("code")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            _ => String::new(),
        }
    }

    /// The arguments as JSON values, for the catalogue.
    pub fn args(&self) -> Map<String, Value> {
        match crate::json::to_value(self) {
            Ok(Value::Object(mut m)) => match m.remove("args") {
                Some(Value::Object(args)) => args,
                _ => Map::new(),
            },
            _ => Map::new(),
        }
    }

    /// Every text this line quotes or names (not its codes, `outcome` and `failure`,
    /// which the catalogue words), for tests and for redaction checks.
    pub fn texts(&self) -> Vec<String> {
        fn walk(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::String(s) => out.push(s.clone()),
                Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                Value::Object(m) => m.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for (key, value) in self.args() {
            if key != "outcome" && key != "failure" && key != "source" {
                walk(&value, &mut out);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Evidence, Owner};
    use crate::catalog::{Catalog, languages};
    use crate::facts::ProbeOutcome;

    /// Every kind of line, with what is optional both present and absent.
    fn every_line() -> Vec<Evidence> {
        let owner = Owner {
            process: Some("postgres".into()),
            pid: Some(812),
            user: Some("postgres".into()),
            uid: None,
        };
        let mut all = Vec::new();
        for (full, outcome) in [
            (true, ProbeOutcome::Refused),
            (false, ProbeOutcome::Open),
            (true, ProbeOutcome::Timeout),
            (false, ProbeOutcome::Unreachable),
            (true, ProbeOutcome::LocalError),
        ] {
            let some = |s: &str| full.then(|| s.to_string());
            let who = if full {
                owner.clone()
            } else {
                Owner::default()
            };
            all.extend([
                Evidence::Probe {
                    address: "10.0.0.5:5432".into(),
                    outcome,
                    ms: 0.3,
                    error: some("ECONNREFUSED"),
                    icmp_type: full.then_some(3),
                    icmp_code: full.then_some(13),
                    icmp_from: some("198.18.1.1"),
                },
                Evidence::HungUp { ms: 2, reset: full },
                Evidence::NoListener { port: 5432 },
                Evidence::Listening {
                    address: "127.0.0.1:5432".into(),
                    owner: who.clone(),
                },
                Evidence::ServiceListens {
                    service: "PostgreSQL".into(),
                    address: "127.0.0.1:5433".into(),
                    owner: who.clone(),
                },
                Evidence::Nearby {
                    address: "127.0.0.1:5433".into(),
                    owner: who.clone(),
                },
                Evidence::NotRunning {
                    programs: vec!["postgres".into(), "postmaster".into()],
                },
                Evidence::RunsWithoutPort {
                    service: "PostgreSQL".into(),
                    running: vec![owner.clone(); if full { 2 } else { 1 }],
                },
                Evidence::Queue {
                    address: "0.0.0.0:8080".into(),
                    owner: who.clone(),
                    waiting: full.then_some(129),
                    backlog: full.then_some(128),
                },
                Evidence::QueueCounters {
                    overflows_before: 1,
                    overflows_after: 5,
                    added: 4,
                    drops_before: 1,
                    drops_after: 5,
                },
                Evidence::BindDenied {
                    address: "0.0.0.0".into(),
                    port: 80,
                    error: some("Permission denied (os error 13)"),
                    unprivileged_from: full.then_some(1024),
                },
                Evidence::ExcludedRange {
                    port: 50000,
                    start: 49900,
                    end: 50099,
                },
                Evidence::BindInUse {
                    address: "0.0.0.0".into(),
                    port: 80,
                    error: some("Address in use (os error 98)"),
                },
                Evidence::OwnerHidden {
                    address: "0.0.0.0:80".into(),
                    owner: who.clone(),
                },
                Evidence::Holds {
                    owner: who,
                    address: "0.0.0.0:5432".into(),
                    service: "PostgreSQL".into(),
                },
                Evidence::Trace {
                    address: "192.0.2.5".into(),
                    port: 443,
                    hops: "1:10.0.0.1 2:*".into(),
                    last: "10.0.0.1".into(),
                },
                Evidence::PingSilent {
                    address: "192.0.2.5".into(),
                    method: "icmp".into(),
                    port: 443,
                },
                Evidence::Rule {
                    hook: "input".into(),
                    rule: "tcp dport 5432 reject".into(),
                    action: "reject with tcp reset".into(),
                },
                Evidence::Stealth {},
                Evidence::ProxySet {
                    source: crate::proxy::ProxySource::Environment,
                    setting: "HTTPS_PROXY".into(),
                    proxy: "127.0.0.1:7890".into(),
                },
                Evidence::ProxyAnswer {
                    proxy: "127.0.0.1:3128".into(),
                    target: "example.com:443".into(),
                    status_line: Some("HTTP/1.1 403 Forbidden".into()),
                },
                Evidence::Forward {
                    rule: "ip nat output: tcp dport 8080 dnat to 10.77.0.2:80".into(),
                },
                Evidence::ListensInside {
                    container: "docker 3f2a1b0c9d8e".into(),
                    address: "127.0.0.1:80".into(),
                },
                Evidence::ProxyPac {
                    source: crate::proxy::ProxySource::Windows,
                    url: "http://wpad/wpad.dat".into(),
                },
                Evidence::FirewallUnread {
                    limits: vec!["nft: permission denied".into()],
                },
                Evidence::FirewallClear {
                    sources: vec!["nft".into()],
                    port: 5432,
                },
                Evidence::Resolved {
                    host: "db.example".into(),
                    addresses: vec!["10.0.0.5".into()],
                    ms: 12.0,
                },
                Evidence::NameNoAddress {
                    host: "db.example".into(),
                    ms: 1.5,
                },
                Evidence::NameNotFound {
                    host: "db.example".into(),
                    ms: 1.5,
                },
                Evidence::NameNoAnswer {
                    host: "db.example".into(),
                    deadline_ms: 5000,
                },
                Evidence::NameTryAgain {
                    host: "db.example".into(),
                    ms: 1.5,
                },
                Evidence::NameError {
                    host: "db.example".into(),
                    detail: "EAI_FAIL".into(),
                },
                Evidence::Read {
                    failure: "refused".into(),
                    client: some("curl"),
                    host: some("db.example"),
                    port: full.then_some(5432),
                    implied: full,
                    error_code: some("ECONNREFUSED"),
                    socket: some("/run/postgresql/.s.PGSQL.5432"),
                },
                Evidence::RefusedOnIpv6Loopback {},
            ]);
        }
        all
    }

    #[test]
    fn every_line_is_worded_in_every_language() {
        for lang in languages() {
            let c = Catalog::shared(lang);
            for e in every_line() {
                let line = c.evidence(&e);
                assert!(!line.starts_with("evidence-"), "{lang}: {e:?} has no words");
                assert!(
                    !line.contains('{') && !line.contains("  "),
                    "{lang}: {line}"
                );
                assert_eq!(line.trim(), line, "{lang}: {line}");
                // Lines are joined with "; " for helpdesk: none ends a sentence.
                assert!(!line.ends_with(['.', '。']), "{lang}: {line}");
                for text in e.texts() {
                    assert!(line.contains(&text), "{lang}: {line} lacks {text}");
                }
            }
        }
    }

    #[test]
    fn a_line_reads_as_helpdesk_expects_it() {
        let c = Catalog::english();
        let lines: Vec<String> = every_line().iter().take(4).map(|e| c.evidence(e)).collect();
        assert_eq!(
            lines[0],
            "10.0.0.5:5432 refused in 0.3 ms (ECONNREFUSED) (ICMP type 3 code 13 from 198.18.1.1)"
        );
        assert_eq!(
            lines[1],
            "The server ended the connection 2 ms after it opened, with a reset (RST), before sending anything"
        );
        assert_eq!(
            lines[3],
            "Listening on 127.0.0.1:5432 (postgres, PID 812, user postgres)"
        );
        let de = Catalog::shared("de");
        assert_eq!(
            de.evidence(&every_line()[0]),
            "10.0.0.5:5432 abgelehnt nach 0,3 ms (ECONNREFUSED) (ICMP-Typ 3, Code 13, von 198.18.1.1)"
        );
        // PID 0 is no program: the table did not know the owner.
        let mut l = crate::local::Listener::new("0.0.0.0", 80, crate::facts::Family::Ipv4);
        l.pid = Some(0);
        assert!(Owner::of(&l).is_empty());
        assert_eq!(c.owner(&Owner::of(&l)), "");
    }
}
