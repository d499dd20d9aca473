//! Redaction: on every recorded report (the core's and the UI's), on reports built to
//! hold user names, host names and public IPv4 and IPv6 addresses in every place they
//! can be, and on random text: the same stand-in everywhere, nothing left behind, the
//! ID and codes kept, idempotent, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use portdoctor_core::evidence::{Evidence, Owner};
use portdoctor_core::facts::{
    Environment, Facts, ProbeDetail, Resolution, ResolutionOutcome, ResolutionSource,
};
use portdoctor_core::firewall::{FirewallFacts, FirewallRule, RuleAction};
use portdoctor_core::local::{Listener, ListenerTable, ProcessInfo, ServiceFacts};
use portdoctor_core::path::{Hop, HopKind, PingOutcome, PingResult, TraceResult};
use portdoctor_core::redact::{Redaction, RedactionNote, is_public, redact};
use portdoctor_core::report::{Report, ReportMeta};
use portdoctor_core::{Catalog, Family, ProbeOutcome, ProbeResult, parse_error_text, parse_target};
use proptest::prelude::*;
use serde_json::Value;

const RECORDED: &[(&str, &str)] = &[
    (
        "linux-dns-no-answer",
        include_str!("fixtures/reports/linux-dns-no-answer.json"),
    ),
    (
        "linux-localhost-mismatch",
        include_str!("fixtures/reports/linux-localhost-mismatch.json"),
    ),
    (
        "linux-neighbour-unreachable",
        include_str!("fixtures/reports/linux-neighbour-unreachable.json"),
    ),
    (
        "linux-network-unreachable",
        include_str!("fixtures/reports/linux-network-unreachable.json"),
    ),
    (
        "linux-open",
        include_str!("fixtures/reports/linux-open.json"),
    ),
    (
        "linux-refused",
        include_str!("fixtures/reports/linux-refused.json"),
    ),
    (
        "linux-router-admin-prohibited",
        include_str!("fixtures/reports/linux-router-admin-prohibited.json"),
    ),
    (
        "linux-router-host-unreachable",
        include_str!("fixtures/reports/linux-router-host-unreachable.json"),
    ),
    (
        "linux-timeout",
        include_str!("fixtures/reports/linux-timeout.json"),
    ),
    (
        "ui check-bound-elsewhere",
        include_str!("../../../ui/src/fixtures/check-bound-elsewhere.json"),
    ),
    (
        "ui check-dns-failure",
        include_str!("../../../ui/src/fixtures/check-dns-failure.json"),
    ),
    (
        "ui check-no-listener",
        include_str!("../../../ui/src/fixtures/check-no-listener.json"),
    ),
    (
        "ui check-reachable",
        include_str!("../../../ui/src/fixtures/check-reachable.json"),
    ),
    (
        "ui check-timeout",
        include_str!("../../../ui/src/fixtures/check-timeout.json"),
    ),
    (
        "ui check-wrong-port",
        include_str!("../../../ui/src/fixtures/check-wrong-port.json"),
    ),
    (
        "ui explain-refused",
        include_str!("../../../ui/src/fixtures/explain-refused.json"),
    ),
];

fn recorded(name: &str) -> Report {
    let (_, text) = RECORDED.iter().find(|(n, _)| *n == name).expect(name);
    Report::open(text, &Catalog::english()).unwrap()
}

fn meta(os: &str) -> ReportMeta {
    ReportMeta {
        id: "K7F3-QX9M".into(),
        created: "2026-11-22T01:08:14Z".into(),
        tool_version: "0.1.0".into(),
        os: os.into(),
        lang: "en".into(),
    }
}

fn json(r: &Report) -> Value {
    serde_json::to_value(r).unwrap()
}

/// Every string in the report's JSON, with the key it sits under.
fn strings(v: &Value) -> Vec<(String, String)> {
    fn go(v: &Value, key: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::String(s) => out.push((key.to_string(), s.clone())),
            Value::Array(a) => a.iter().for_each(|i| go(i, key, out)),
            Value::Object(m) => m.iter().for_each(|(k, i)| go(i, k, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(v, "", &mut out);
    out
}

/// Whether `needle` occurs in `hay` as a whole address (no address characters around).
fn has_address(hay: &str, needle: &str) -> bool {
    let addr = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
    hay.match_indices(needle).any(|(i, _)| {
        !hay[..i].chars().next_back().is_some_and(addr)
            && !hay[i + needle.len()..]
                .trim_start_matches('.')
                .chars()
                .next()
                .is_some_and(addr)
    })
}

/// Whether `needle` occurs in `hay` as a whole word, in any case.
fn has_word(hay: &str, needle: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let hay = hay.to_lowercase();
    let needle = needle.to_lowercase();
    hay.match_indices(&needle).any(|(i, _)| {
        !hay[..i].chars().next_back().is_some_and(word)
            && !hay[i + needle.len()..].chars().next().is_some_and(word)
    })
}

/// The addresses written anywhere in the report, by a plain split on address
/// characters (ports after IPv4 and brackets around IPv6 are common).
fn addresses_in(r: &Report) -> Vec<IpAddr> {
    let mut out = Vec::new();
    for (_, s) in strings(&json(r)) {
        for word in s.split(|c: char| !(c.is_ascii_hexdigit() || c == ':' || c == '.')) {
            let word = word.trim_matches('.');
            let v4 = word.split(':').next().unwrap_or("");
            if let Ok(ip) = word.trim_end_matches(':').parse::<IpAddr>() {
                out.push(ip);
            } else if let Ok(ip) = v4.parse::<Ipv4Addr>() {
                out.push(IpAddr::V4(ip));
            }
        }
    }
    out
}

fn codes(r: &Report) -> Vec<(String, String)> {
    r.findings
        .iter()
        .map(|f| {
            (
                f.finding.code().to_string(),
                format!("{:?}", f.finding.verdict),
            )
        })
        .collect()
}

fn check_invariants(name: &str, before: &Report, after: &Report, what: &Redaction) {
    assert_eq!(after.meta.id, before.meta.id, "{name}: the ID stays");
    // The findings are built again from the redacted facts: the same codes as the
    // facts give (a finding a test wrote into the report by hand is not kept).
    let c = Catalog::english();
    assert_eq!(
        codes(after),
        codes(&before.reexplained(&c)),
        "{name}: the codes stay"
    );
    assert_eq!(after.schema, before.schema);
    assert_eq!(
        &redact(after, what),
        after,
        "{name}: redacting again changes nothing"
    );
    let read = Report::from_json(&after.to_json()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&read, after, "{name}: the redacted report reads back");
    if what.public_addresses {
        let left: Vec<IpAddr> = addresses_in(after)
            .into_iter()
            .filter(|ip| is_public(*ip))
            .collect();
        assert!(left.is_empty(), "{name}: public addresses left: {left:?}");
    }
    let c = Catalog::english();
    let text = after.render_text(&c);
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l == after.redaction_line(&c)),
        "{name}: the text ends with what was hidden\n{text}"
    );
    assert!(
        after
            .render_markdown(&c)
            .contains(&after.redaction_line(&c))
    );
}

#[test]
fn recorded_reports_keep_their_id_codes_and_special_addresses() {
    for (name, text) in RECORDED {
        let report =
            Report::open(text, &Catalog::english()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.redacted, None, "{name}: an old report has no note");
        let red = redact(&report, &Redaction::ALL);
        check_invariants(name, &report, &red, &Redaction::ALL);
        let note = red.redacted.clone().expect("a note");
        // The recorded runs use loopback, documentation and benchmarking addresses,
        // and root's processes: none of it names anyone.
        assert_eq!(note.public_addresses, Some(0), "{name}");
        assert_eq!(note.user_names, Some(0), "{name}");
        assert_eq!(addresses_in(&red), addresses_in(&report), "{name}");
        // Nothing to hide, nothing hidden: only the host names change.
        let hosts = note.host_names.unwrap_or(0);
        if hosts == 0 {
            let mut same = red.clone();
            same.redacted = None;
            assert_eq!(same, report, "{name}");
        }
        // Hiding nothing is the report itself.
        assert_eq!(redact(&report, &Redaction::NONE), report, "{name}");
    }
}

#[test]
fn recorded_host_names_are_hidden_and_localhost_stays() {
    let c = Catalog::english();
    for (name, host) in [
        ("linux-dns-no-answer", Some("db1.example.test")),
        ("ui check-dns-failure", Some("nosuchhost.invalid")),
        ("linux-localhost-mismatch", None),
        ("ui check-wrong-port", None),
    ] {
        let report = recorded(name);
        let red = redact(&report, &Redaction::ALL);
        let f = red.facts.as_ref().unwrap();
        match host {
            Some(h) => {
                assert_eq!(f.target.host, "host-1", "{name}");
                assert_eq!(red.redacted.as_ref().unwrap().host_names, Some(1));
                let all = red.to_json() + &red.render_text(&c) + &red.render_markdown(&c);
                assert!(!all.contains(h), "{name}: {h} is left\n{all}");
                assert!(
                    red.findings[0].text.headline.contains("host-1"),
                    "{name}: {}",
                    red.findings[0].text.headline
                );
                assert!(red.commands.iter().any(|c| c.command.contains("host-1")));
                assert!(
                    red.render_text(&c).contains(
                        "Hidden before sharing: one host name. Whoever gets this report sees a stand-in"
                    ),
                    "{}",
                    red.render_text(&c)
                );
            }
            None => {
                assert_eq!(f.target.host, report.facts.as_ref().unwrap().target.host);
                assert_eq!(red.redacted.as_ref().unwrap().host_names, Some(0));
                assert!(
                    red.render_text(&c).ends_with(
                        "There were no user names, host names or public addresses to hide.\n"
                    ),
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn an_unredacted_report_says_nothing_was_hidden() {
    let report = recorded("linux-refused");
    let c = Catalog::english();
    assert!(
        report
            .render_text(&c)
            .ends_with("Nothing was hidden from this report.\n")
    );
    assert!(
        report
            .render_markdown(&c)
            .contains("_Nothing was hidden from this report._\n")
    );
}

// ---------------------------------------------------------------------------------
// Reports built to hold names and public addresses everywhere.

fn listener(
    address: &str,
    port: u16,
    uid: Option<u32>,
    user: Option<&str>,
    process: &str,
    exe: &str,
) -> Listener {
    let family = if address.contains(':') {
        Family::Ipv6
    } else {
        Family::Ipv4
    };
    Listener {
        backlog: Some(128),
        uid,
        user: user.map(Into::into),
        pid: Some(4242 + u32::from(port)),
        process: Some(process.into()),
        exe: Some(exe.into()),
        ..Listener::new(address, port, family)
    }
}

fn probe(address: &str, port: u16, outcome: ProbeOutcome, local: Option<&str>) -> ProbeResult {
    let ip: IpAddr = address.parse().unwrap();
    ProbeResult {
        address: address.into(),
        family: Family::of(&ip),
        port,
        outcome,
        elapsed_ms: 12.5,
        detail: local.map(|l| ProbeDetail {
            local_address: Some(l.into()),
            ..ProbeDetail::default()
        }),
    }
}

/// A check of this computer, port 5432: PostgreSQL runs from alice's home, other
/// programs of alice, bob (macOS) and carol (Windows) listen nearby, and root's sshd.
fn local_report() -> Report {
    let target = parse_target("localhost:5432").unwrap();
    let listeners = vec![
        listener(
            "127.0.0.1",
            5433,
            Some(1000),
            Some("alice"),
            "postgres",
            "/home/alice/pg/bin/postgres",
        ),
        listener("::", 22, Some(0), Some("root"), "sshd", "/usr/sbin/sshd"),
        listener(
            "0.0.0.0",
            8080,
            None,
            Some(r"DESKTOP-7\carol"),
            "node.exe",
            r"C:\Users\carol\AppData\Roaming\nvm\node.exe",
        ),
        listener(
            "::1",
            3000,
            Some(1001),
            Some("bob"),
            "devserver",
            "/Users/bob/code/api/target/debug/devserver",
        ),
        listener(
            "127.0.0.1",
            5434,
            Some(114),
            Some("postgres"),
            "postgres",
            "/usr/lib/postgresql/16/bin/postgres",
        ),
    ];
    let facts = Facts {
        resolution: Resolution {
            source: ResolutionSource::System,
            outcome: ResolutionOutcome::Resolved {
                addresses: vec![
                    IpAddr::V6(Ipv6Addr::LOCALHOST),
                    IpAddr::V4(Ipv4Addr::LOCALHOST),
                ],
            },
            elapsed_ms: 0.4,
        },
        addresses: vec![
            probe("::1", 5432, ProbeOutcome::Refused, None),
            probe("127.0.0.1", 5432, ProbeOutcome::Refused, None),
        ],
        target,
        timeout_ms: 5000,
        listeners: Some(ListenerTable {
            listeners,
            source: "sock_diag".into(),
            hidden_owners: 0,
            limitation: None,
        }),
        service: Some(ServiceFacts {
            name: "PostgreSQL".into(),
            named_by_user: false,
            programs: vec!["postgres".into()],
            running: vec![
                ProcessInfo {
                    pid: 5675,
                    name: "postgres".into(),
                    exe: Some("/home/alice/pg/bin/postgres".into()),
                    user: Some("alice".into()),
                },
                ProcessInfo {
                    pid: 900,
                    name: "postgres".into(),
                    exe: Some("/usr/lib/postgresql/16/bin/postgres".into()),
                    user: Some("postgres".into()),
                },
            ],
        }),
        bind: None,
        queue: None,
        firewall: None,
        ping: None,
        trace: None,
        proxy: None,
        containers: None,
        wsl: None,
        environment: Environment {
            os: "linux".into(),
            privileged: false,
            not_on_this_system: Vec::new(),
        },
    };
    let c = Catalog::english();
    let mut facts = facts;
    // alice's PostgreSQL is the one that listens on 5433: the rules say so, with her
    // name in the evidence.
    if let Some(t) = facts.listeners.as_mut() {
        t.listeners[0].pid = Some(5675);
    }
    let mut r = Report::for_check(meta("linux"), facts.clone(), &c);
    // The listener lines diagnosing writes when it names the programs nearby.
    for l in &facts.listeners.as_ref().unwrap().listeners {
        r.findings[0].finding.evidence.push(Evidence::Nearby {
            address: l.display_addr(),
            owner: Owner::of(l),
        });
    }
    r
}

const API_V4: &str = "93.184.216.34";
const API_V6: &str = "2606:2800:220:1:248:1893:25c8:1946";
const OUR_V4: &str = "81.2.69.142";
const ROUTER: &str = "62.115.42.1";

/// A check of a public name that resolves to a public IPv4, a public IPv6 and a
/// private address; ping, trace and a firewall rule name the public ones.
fn public_report() -> Report {
    let mut target = parse_target("api.acme-corp.com:443").unwrap();
    target.input = "https://alice:hunter2@api.acme-corp.com/login".into();
    let facts = Facts {
        resolution: Resolution {
            source: ResolutionSource::System,
            outcome: ResolutionOutcome::Resolved {
                addresses: vec![
                    API_V4.parse().unwrap(),
                    API_V6.parse().unwrap(),
                    "10.20.30.40".parse().unwrap(),
                ],
            },
            elapsed_ms: 23.0,
        },
        addresses: vec![
            probe(API_V4, 443, ProbeOutcome::Timeout, None),
            probe(API_V6, 443, ProbeOutcome::Timeout, None),
            probe("10.20.30.40", 443, ProbeOutcome::Open, Some(OUR_V4)),
        ],
        target,
        timeout_ms: 5000,
        listeners: None,
        service: None,
        bind: None,
        queue: None,
        firewall: Some(FirewallFacts {
            sources: vec!["nftables".into()],
            limitations: vec![],
            unavailable: false,
            admin_command: Some("sudo nft list ruleset".into()),
            managers: vec![],
            rules: vec![FirewallRule {
                source: "nftables".into(),
                table: "inet filter".into(),
                chain: "output".into(),
                hook: Some("output".into()),
                ports: Some(vec![(443, 443)]),
                interface: None,
                conditions: vec![format!("ip daddr {API_V4}")],
                action: RuleAction::Drop,
                text: format!(
                    "ip daddr {API_V4} tcp dport 443 drop comment \"block api.acme-corp.com\""
                ),
            }],
            policies: vec![],
            state: Default::default(),
        }),
        ping: Some(PingResult {
            address: API_V4.into(),
            method: "icmp-socket".into(),
            outcome: PingOutcome::NoReply,
            rtt_ms: None,
        }),
        trace: Some(TraceResult {
            address: API_V4.into(),
            port: 443,
            hops: vec![
                Hop {
                    ttl: 1,
                    address: Some("192.168.1.1".into()),
                    kind: HopKind::Router,
                    rtt_ms: Some(1.0),
                },
                Hop {
                    ttl: 2,
                    address: Some("100.64.0.1".into()),
                    kind: HopKind::Router,
                    rtt_ms: Some(5.0),
                },
                Hop {
                    ttl: 3,
                    address: Some(ROUTER.into()),
                    kind: HopKind::Router,
                    rtt_ms: Some(9.0),
                },
                Hop {
                    ttl: 4,
                    address: None,
                    kind: HopKind::Silent,
                    rtt_ms: None,
                },
            ],
            limitation: None,
        }),
        proxy: None,
        containers: None,
        wsl: None,
        environment: Environment {
            os: "linux".into(),
            privileged: true,
            not_on_this_system: Vec::new(),
        },
    };
    let c = Catalog::english();
    let mut r = Report::for_check(meta("linux"), facts.clone(), &c);
    // What a pasted message adds: the name and address it gave, in IPv6 too.
    r.findings[0].finding.evidence.push(Evidence::NameError {
        host: "api.acme-corp.com".into(),
        detail: format!(
            "curl: (28) Failed to connect to api.acme-corp.com port 443 after 5001 ms: [{API_V6}]:443 and {API_V4}:443 timed out"
        ),
    });
    r
}

fn user_label(r: &Report, exe_of_port: u16) -> String {
    let l = r
        .facts
        .as_ref()
        .unwrap()
        .listeners
        .as_ref()
        .unwrap()
        .listeners
        .iter()
        .find(|l| l.port == exe_of_port)
        .unwrap();
    l.user.clone().unwrap()
}

#[test]
fn user_names_in_listeners_processes_and_paths() {
    let report = local_report();
    let red = redact(&report, &Redaction::ALL);
    let c = Catalog::english();
    check_invariants("local", &report, &red, &Redaction::ALL);
    let all = red.to_json();
    for name in ["alice", "bob", "carol", "DESKTOP-7"] {
        assert!(!has_word(&all, name), "{name} is left:\n{all}");
    }
    let f = red.facts.as_ref().unwrap();
    let table = &f.listeners.as_ref().unwrap().listeners;
    // The same person, the same stand-in: in the table, the path and the process list.
    let alice = user_label(&red, 5433);
    assert!(alice.starts_with("user-"), "{alice}");
    assert_eq!(
        table[0].exe.as_deref(),
        Some(format!("/home/{alice}/pg/bin/postgres").as_str())
    );
    let running = &f.service.as_ref().unwrap().running;
    assert_eq!(running[0].user.as_deref(), Some(alice.as_str()));
    assert_eq!(
        running[0].exe.as_deref(),
        Some(format!("/home/{alice}/pg/bin/postgres").as_str())
    );
    let carol = user_label(&red, 8080);
    assert_eq!(
        table[2].exe.as_deref(),
        Some(format!(r"C:\Users\{carol}\AppData\Roaming\nvm\node.exe").as_str()),
        "DESKTOP-7\\carol and C:\\Users\\carol are one person"
    );
    let bob = user_label(&red, 3000);
    assert_eq!(
        table[3].exe.as_deref(),
        Some(format!("/Users/{bob}/code/api/target/debug/devserver").as_str())
    );
    let labels: BTreeSet<&str> = [alice.as_str(), bob.as_str(), carol.as_str()].into();
    assert_eq!(labels, ["user-1", "user-2", "user-3"].into());
    // System accounts stay: root, and postgres with a system uid.
    assert_eq!(user_label(&red, 22), "root");
    assert_eq!(user_label(&red, 5434), "postgres");
    assert_eq!(running[1].user.as_deref(), Some("postgres"));
    // Evidence that named alice names her stand-in.
    let evidence = red
        .findings
        .iter()
        .flat_map(|f| &f.finding.evidence)
        .map(|e| c.evidence(e))
        .collect::<Vec<_>>()
        .join("\n");
    let original = report
        .findings
        .iter()
        .flat_map(|f| &f.finding.evidence)
        .map(|e| c.evidence(e))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(original.contains("alice"), "{original}");
    assert!(evidence.contains(&format!("user {alice}")), "{evidence}");
    let note = red.redacted.as_ref().unwrap();
    assert_eq!(note.user_names, Some(3));
    assert_eq!(note.public_addresses, Some(0));
    let text = red.render_text(&Catalog::english());
    assert!(
        text.contains("Hidden before sharing: 3 user names."),
        "{text}"
    );
    assert!(text.contains("There were no public addresses to hide."));
}

#[test]
fn a_public_name_and_its_public_addresses() {
    let report = public_report();
    let red = redact(&report, &Redaction::ALL);
    check_invariants("public", &report, &red, &Redaction::ALL);
    let all = red.to_json();
    for secret in ["acme-corp", API_V4, API_V6, OUR_V4, ROUTER, "alice"] {
        assert!(!all.contains(secret), "{secret} is left:\n{all}");
    }
    let f = red.facts.as_ref().unwrap();
    assert_eq!(f.target.host, "host-1");
    assert_eq!(f.addresses[0].address, "public-1");
    assert_eq!(f.addresses[1].address, "public-2");
    assert_eq!(f.addresses[1].family, Family::Ipv6, "the family stays");
    assert_eq!(f.addresses[2].address, "10.20.30.40", "private stays");
    assert_eq!(
        f.addresses[2]
            .detail
            .as_ref()
            .unwrap()
            .local_address
            .as_deref(),
        Some("public-3")
    );
    assert_eq!(f.ping.as_ref().unwrap().address, "public-1");
    let trace = f.trace.as_ref().unwrap();
    assert_eq!(trace.address, "public-1");
    let hops: Vec<Option<&str>> = trace.hops.iter().map(|h| h.address.as_deref()).collect();
    assert_eq!(
        hops,
        [
            Some("192.168.1.1"),
            Some("100.64.0.1"),
            Some("public-4"),
            None
        ]
    );
    let rule = &f.firewall.as_ref().unwrap().rules[0];
    assert_eq!(rule.conditions, ["ip daddr public-1"]);
    assert!(rule.text.contains("ip daddr public-1 ") && rule.text.contains("block host-1"));
    assert_eq!(
        f.target.input, "https://user-1:***@host-1/login",
        "the URL's user is a user name; its password is never kept"
    );
    // The resolved list holds addresses only: documentation stand-ins, with labels.
    let ResolutionOutcome::Resolved { addresses } = &f.resolution.outcome else {
        panic!("resolved");
    };
    let note = red.redacted.as_ref().unwrap();
    assert_eq!(addresses.len(), 3);
    assert!(addresses.iter().all(|a| !is_public(*a)), "{addresses:?}");
    assert_eq!(addresses[2].to_string(), "10.20.30.40");
    let shown: Vec<String> = addresses
        .iter()
        .map(|a| RedactionNote::show_address(Some(note), &a.to_string()))
        .collect();
    assert_eq!(shown, ["public-1", "public-2", "10.20.30.40"]);
    assert!(addresses[0].is_ipv4() && addresses[1].is_ipv6());
    let c = Catalog::english();
    let text = red.render_text(&c);
    assert!(
        text.contains("host-1 was found: public-1, public-2, 10.20.30.40"),
        "{text}"
    );
    assert!(
        text.contains(
            "Hidden before sharing: one user name, one host name, 4 public addresses. Whoever gets this report sees a stand-in, like host-1, in their place, the same one everywhere, and not the name itself."
        ),
        "{text}"
    );
    assert_eq!(note.public_addresses, Some(4));
    assert_eq!(note.host_names, Some(1));
    assert_eq!(note.user_names, Some(1));
    // The sentences are said again with the stand-ins, from the catalogue.
    let first = &red.findings[0];
    assert!(
        first.text.headline.contains("host-1") || first.text.why.contains("host-1"),
        "{:?}",
        first.text
    );
    assert_eq!(
        first.text,
        c.explain(&first.finding),
        "sentences match the hidden arguments"
    );
    assert!(red.commands.iter().all(|c| !c.command.contains("acme")));
}

#[test]
fn sharing_keeps_the_server_that_was_checked_and_hides_the_rest() {
    let report = public_report();
    let what = Redaction::default();
    assert_eq!(what, Redaction::SHARE);
    let red = redact(&report, &what);
    assert_eq!(
        &redact(&red, &what),
        &red,
        "redacting again changes nothing"
    );
    let all = red.to_json();
    // This computer's own public address, a router on the way and the user: hidden.
    for secret in [OUR_V4, ROUTER, "alice"] {
        assert!(!all.contains(secret), "{secret} is left:\n{all}");
    }
    let f = red.facts.as_ref().unwrap();
    assert_eq!(
        f.target.host, "api.acme-corp.com",
        "the helper needs the server"
    );
    assert_eq!(f.addresses[0].address, API_V4);
    assert_eq!(f.addresses[1].address, API_V6);
    assert!(
        red.commands
            .iter()
            .any(|c| c.command.contains("api.acme-corp.com")),
        "{:?}",
        red.commands
    );
    let note = red.redacted.as_ref().unwrap();
    assert_eq!(note.kept_target.as_deref(), Some("api.acme-corp.com"));
    assert_eq!(note.host_names, Some(0));
    assert_eq!(note.public_addresses, Some(2));
    let text = red.render_text(&Catalog::english());
    assert!(
        text.contains(
            "Hidden before sharing: one user name, 2 public addresses. Whoever gets this report sees a stand-in, like host-1, in their place, the same one everywhere, and not the name itself. Kept: the server you checked, api.acme-corp.com, and its addresses, so whoever helps you knows which one you tried."
        ),
        "{text}"
    );
    // Hiding the server too, later: it becomes host-1 and the note no longer keeps it.
    let more = redact(&red, &Redaction::ALL);
    assert_eq!(more.facts.as_ref().unwrap().target.host, "host-1");
    assert_eq!(more.redacted.as_ref().unwrap().kept_target, None);
    assert!(!more.to_json().contains("acme-corp"));
}

#[test]
fn only_what_was_asked_is_hidden_and_later_labels_continue() {
    let report = public_report();
    let hosts_only = Redaction {
        user_names: false,
        host_names: true,
        public_addresses: false,
        target: true,
    };
    let red = redact(&report, &hosts_only);
    check_invariants("hosts only", &report, &red, &hosts_only);
    let all = red.to_json();
    assert!(!all.contains("acme-corp"));
    assert!(all.contains(API_V4) && all.contains(API_V6) && all.contains("alice"));
    let note = red.redacted.clone().unwrap();
    assert_eq!(
        (note.user_names, note.host_names, note.public_addresses),
        (None, Some(1), None)
    );
    let text = red.render_text(&Catalog::english());
    assert!(
        text.contains(
            "Hidden before sharing: one host name. Whoever gets this report sees a stand-in, like host-1, in their place, the same one everywhere, and not the name itself. User names were not hidden. Public addresses were not hidden."
        ),
        "{text}"
    );
    // Hiding more later: the host keeps its label, the rest are counted on top.
    let more = redact(&red, &Redaction::ALL);
    check_invariants("then all", &red, &more, &Redaction::ALL);
    assert_eq!(more.facts.as_ref().unwrap().target.host, "host-1");
    let note = more.redacted.unwrap();
    assert_eq!(
        (note.user_names, note.host_names, note.public_addresses),
        (Some(1), Some(1), Some(4))
    );
    // Here the labels come out as if all had been hidden at once.
    assert_eq!(
        redact(&red, &Redaction::ALL),
        redact(&report, &Redaction::ALL)
    );
}

#[test]
fn a_pasted_message_is_hidden_too() {
    let c = Catalog::english();
    let text = "psql: error: connection to server at \"db.internal.acme-corp.com\" (2a00:1450:4001:82b::200e), port 5432 failed: Connection refused";
    let parsed = parse_error_text(text).unwrap();
    assert_eq!(
        parsed.host_name.as_deref(),
        Some("db.internal.acme-corp.com")
    );
    let report = Report::for_message(meta("macos"), parsed.clone(), &c);
    let red = redact(&report, &Redaction::ALL);
    check_invariants("message", &report, &red, &Redaction::ALL);
    let all = red.to_json() + &red.render_text(&c) + &red.render_markdown(&c);
    assert!(
        !all.contains("acme-corp") && !all.contains("2a00:1450"),
        "{all}"
    );
    let p = red.parsed.as_ref().unwrap();
    assert_eq!(p.host_name.as_deref(), Some("host-1"));
    assert_eq!(p.host.as_deref(), Some("public-1"));
    assert_eq!(p.port, Some(5432));
    assert_eq!(
        red.findings[0].finding.code(),
        report.findings[0].finding.code()
    );

    // A Unix socket under a home directory.
    let text = "psql: error: connection to server on socket \"/home/alice/pg/.s.PGSQL.5432\" failed: No such file or directory";
    let parsed = parse_error_text(text).unwrap();
    let report = Report::for_message(meta("linux"), parsed.clone(), &c);
    let red = redact(&report, &Redaction::ALL);
    check_invariants("socket", &report, &red, &Redaction::ALL);
    assert!(!red.to_json().contains("alice"));
    if let Some(path) = red.parsed.as_ref().and_then(|p| p.socket_path.as_deref()) {
        assert_eq!(path, "/home/user-1/pg/.s.PGSQL.5432");
    }
}

#[test]
fn an_explained_loopback_message_keeps_everything() {
    let report = recorded("ui explain-refused");
    let red = redact(&report, &Redaction::ALL);
    assert_eq!(red.parsed, report.parsed);
    assert_eq!(red.findings, report.findings);
    assert_eq!(red.commands, report.commands);
}

#[test]
fn broken_and_strange_reports_do_not_panic() {
    let mut r = public_report();
    r.findings[0].text.headline = "8.8.8.8 at api.acme-corp.com".into();
    r.findings[0].finding.subject.host = Some("ünïcödé.example".into());
    r.findings[0].finding.cause = portdoctor_core::finding::Cause::PortTaken {
        service: Some("  ".into()),
        process: Some("ünïcödé.example".into()),
        pid: None,
        running: false,
    };
    r.meta.lang = "xx".into();
    let red = redact(&r, &Redaction::ALL);
    check_invariants("strange", &r, &red, &Redaction::ALL);
    // Findings and sentences written into the file by hand are not kept: they are
    // built again from the redacted facts, in our words.
    assert_ne!(red.findings[0].finding.code(), "port-taken");
    let all = red.to_json();
    assert!(
        !all.contains("ünïcödé") && !all.contains("8.8.8.8"),
        "{all}"
    );
}

// ---------------------------------------------------------------------------------
// Random text in every place.

fn public_v4() -> impl Strategy<Value = String> {
    any::<[u8; 4]>().prop_map(|o| Ipv4Addr::from(o).to_string())
}

fn any_v6() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u128>().prop_map(|n| Ipv6Addr::from(n).to_string()),
        // Global unicast, where the public ones are.
        any::<u128>().prop_map(|n| Ipv6Addr::from((n >> 3) | (1 << 125)).to_string()),
        any::<[u8; 4]>().prop_map(|o| Ipv4Addr::from(o).to_ipv6_mapped().to_string()),
    ]
}

/// A word of the kinds reports hold.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        public_v4(),
        public_v4().prop_map(|a| format!("{a}:443")),
        any_v6(),
        any_v6().prop_map(|a| format!("[{a}]:8080")),
        Just("fe80::1%eth0".to_string()),
        Just("10.0.0.1".to_string()),
        Just("db1".to_string()),
        Just("api.acme-corp.com".to_string()),
        Just("NAS.home.arpa.".to_string()),
        Just("localhost".to_string()),
        Just("/home/alice/bin/x".to_string()),
        Just("/Users/bob/x".to_string()),
        Just(r"C:\Users\Carol Ann\x.exe".to_string()),
        Just("postgres://dave:pw@db.example.org/x".to_string()),
        Just("user-1".to_string()),
        Just("host-7".to_string()),
        Just("public-3".to_string()),
        Just("root".to_string()),
        Just("alice".to_string()),
        Just("java.net.ConnectException".to_string()),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(" "),
        Just(", "),
        Just(" ("),
        Just(") "),
        Just("/"),
        Just("="),
        Just(": "),
        Just("\n"),
        Just("\""),
        Just(". "),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), separator()), 0..6)
        .prop_map(|parts| parts.into_iter().map(|(w, s)| w + s).collect())
}

/// Anything at all, and text made of address and name characters.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-fA-F0-9:.%\\[\\]/@ _-]{0,24}",
        "[a-zA-Z0-9.:_@\\\\/ -]{0,24}",
        sentence(),
    ]
}

/// Whether host names are looked for in this field (program names and the
/// catalogue's sentences are not searched, only replaced).
fn searched(key: &str) -> bool {
    !["headline", "why", "steps", "process", "name", "programs"].contains(&key)
}

fn redaction() -> impl Strategy<Value = Redaction> {
    any::<(bool, bool, bool)>().prop_map(|(u, h, p)| Redaction {
        user_names: u,
        host_names: h,
        public_addresses: p,
        target: true,
    })
}

/// The public report with `texts` put into every kind of place.
fn filled(base: Report, texts: &[String]) -> Report {
    let mut r = base;
    let t = |i: usize| {
        texts
            .get(i % texts.len().max(1))
            .cloned()
            .unwrap_or_default()
    };
    let f = r.facts.as_mut().unwrap();
    f.target.input = t(0);
    f.target.host = t(1);
    f.addresses[0].address = t(2);
    f.trace.as_mut().unwrap().hops[0].address = Some(t(3));
    f.firewall.as_mut().unwrap().rules[0].text = t(4);
    f.listeners = Some(ListenerTable {
        listeners: vec![listener("0.0.0.0", 80, None, Some(&t(5)), &t(6), &t(7))],
        source: "sock_diag".into(),
        hidden_owners: 0,
        limitation: Some(t(8)),
    });
    f.resolution.outcome = ResolutionOutcome::Failed { detail: t(9) };
    r.findings[0].finding.evidence.push(Evidence::NameError {
        host: t(10),
        detail: t(10),
    });
    r.findings[0].finding.subject.host = Some(t(11));
    r.findings[0].finding.cause = portdoctor_core::finding::Cause::PortTaken {
        service: None,
        process: Some(t(12)),
        pid: None,
        running: false,
    };
    r.findings[0].text.why = t(13);
    r.commands[0].command = t(14);
    r.parsed = parse_error_text(&format!("connect ECONNREFUSED {}", t(15))).ok();
    if let Some(p) = r.parsed.as_mut() {
        p.host_name = Some(t(16));
        p.socket_path = Some(t(17));
    }
    r
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_is_idempotent(
        texts in prop::collection::vec(noise(), 1..20),
        what in redaction(),
    ) {
        let r = filled(public_report(), &texts);
        let once = redact(&r, &what);
        let twice = redact(&once, &what);
        prop_assert_eq!(&twice, &once);
        prop_assert!(once.facts.is_some(), "scrubbed");
        prop_assert_eq!(&once.meta.id, &r.meta.id);
        prop_assert_eq!(codes(&once), codes(&r.reexplained(&Catalog::english())));
        let read = Report::from_json(&once.to_json());
        prop_assert!(read.is_ok());
        let c = Catalog::english();
        let _ = once.render_text(&c);
        let _ = once.render_markdown(&c);
    }

    #[test]
    fn nothing_public_or_named_is_left(
        texts in prop::collection::vec(sentence(), 1..=18),
        what in redaction(),
    ) {
        // What the report says from its data: text written into its findings by hand
        // is not kept, so it is not what must be hidden.
        let r = filled(public_report(), &texts).reexplained(&Catalog::english());
        let once = redact(&r, &what);
        prop_assert_eq!(&redact(&once, &what), &once);
        let after = strings(&json(&once));
        let joined: String = strings(&json(&r)).into_iter().map(|(_, s)| s + "\n").collect();
        if what.public_addresses {
            for (_, s) in strings(&json(&r)) {
                for ip in s.split([' ', ',', '(', ')', '/', '=', '\n', '"', '[', ']', '%'])
                    .map(|w| w.trim_matches('.').trim_end_matches(':'))
                {
                    let bare = ip.split(':').next().unwrap_or("");
                    let found = ip.parse::<IpAddr>().ok().map(|_| ip)
                        .or_else(|| bare.parse::<Ipv4Addr>().ok().map(|_| bare));
                    if let Some(a) = found.filter(|a| a.parse().is_ok_and(is_public)) {
                        for (k, s) in &after {
                            prop_assert!(!has_address(s, a), "{} left in {}: {}", a, k, s);
                        }
                    }
                }
            }
        }
        if what.host_names {
            // A name found where names are looked for is gone from everywhere.
            let before = strings(&json(&r));
            for name in ["acme-corp", "home.arpa", "example.org"] {
                if before.iter().any(|(k, s)| searched(k) && s.to_lowercase().contains(name)) {
                    for (k, s) in &after {
                        prop_assert!(!s.to_lowercase().contains(name), "{} left in {}: {}", name, k, s);
                    }
                }
            }
        }
        if what.user_names {
            for (source, name) in [
                ("/home/alice/", "alice"),
                ("/Users/bob/", "bob"),
                ("Carol Ann", "carol ann"),
                ("://dave:", "dave"),
            ] {
                if joined.contains(source) {
                    for (k, s) in &after {
                        prop_assert!(!has_word(s, name), "{} left in {}: {}", name, k, s);
                    }
                }
            }
        }
    }
}

/// A report of this computer whose listener table names `n` Windows domain users,
/// each running a program from their home.
fn many_users(n: u16) -> Report {
    let mut r = local_report();
    let facts = r.facts.as_mut().unwrap();
    let table = facts.listeners.as_mut().unwrap();
    table.listeners = (0..n)
        .map(|i| {
            listener(
                "0.0.0.0",
                20_000 + i,
                None,
                Some(&format!("CORP\\user{i}")),
                &format!("app{i}.exe"),
                &format!("C:\\Users\\user{i}\\AppData\\app{i}.exe"),
            )
        })
        .collect();
    let facts = r.facts.clone().unwrap();
    Report::for_check(meta("windows"), facts, &Catalog::english())
}

#[test]
fn thousands_of_names_redact_in_linear_time_not_minutes() {
    // 3,000 names once froze the desktop app for 50 s (every name was looked for in
    // every text, one after another). Now all are found in one pass per text: the
    // same work per name at 3,000 as at 300, with a wide margin for a loaded machine.
    let time = |n| {
        let r = many_users(n);
        let start = std::time::Instant::now();
        let hidden = redact(&r, &Redaction::SHARE);
        let took = start.elapsed();
        // And alice, whose PostgreSQL the service facts name.
        assert_eq!(
            hidden.redacted.as_ref().and_then(|x| x.user_names),
            Some(u32::from(n) + 1)
        );
        let text = serde_json::to_string(&hidden).unwrap();
        assert!(
            !text.contains("user12") && !text.contains("CORP\\\\user"),
            "a name is left"
        );
        took
    };
    let small = time(300);
    let large = time(3000);
    assert!(
        large < std::time::Duration::from_secs(20),
        "3,000 names took {large:?}"
    );
    // Quadratic work would be about 100 times the small report's; linear, 10.
    assert!(
        large < small * 40 + std::time::Duration::from_millis(500),
        "{small:?} → {large:?}"
    );
}

#[test]
fn gaps_closed_low_uid_people_ranges_and_file_like_country_codes() {
    // A person's account with a uid below 1000 (made so on some systems), running
    // from /home: a person, not a system account.
    let mut r = local_report();
    let facts = r.facts.as_mut().unwrap();
    facts.listeners.as_mut().unwrap().listeners.push(listener(
        "0.0.0.0",
        8443,
        Some(999),
        Some("dave"),
        "app",
        "/home/dave/bin/app --mirror https://mirror.allegro.pl:8443/x",
    ));
    facts.target.input = "https://mirror.allegro.pl/x and 81.2.69.10-81.2.69.200".into();
    let facts = facts.clone();
    let r = Report::for_check(meta("linux"), facts, &Catalog::english());
    let all = Redaction {
        target: true,
        ..Redaction::SHARE
    };
    let hidden = serde_json::to_string(&redact(&r, &all)).unwrap();
    // Both ends of the range of public addresses are hidden.
    for gone in ["dave", "allegro", "81.2.69.10", "81.2.69.200"] {
        assert!(!hidden.contains(gone), "{gone} is still in the report");
    }
}
