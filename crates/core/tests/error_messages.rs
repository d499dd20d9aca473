//! The pasted-error parser against real messages from public issue trackers, Q&A pages
//! and documentation (tests/fixtures/error_messages.toml, each with its source).

#![allow(clippy::panic, reason = "a test fails by panicking")]

use portdoctor_core::errtext::parse_error_text;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Fixture {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    source: String,
    text: String,
    client: Option<String>,
    host: Option<String>,
    host_name: Option<String>,
    port: Option<u16>,
    #[serde(default)]
    port_implied: bool,
    failure: String,
}

fn load() -> Vec<Case> {
    let text = include_str!("fixtures/error_messages.toml");
    match toml::from_str::<Fixture>(text) {
        Ok(f) => f.case,
        Err(e) => panic!("fixture does not parse: {e}"),
    }
}

#[test]
fn fixture_has_many_real_messages_from_many_clients() {
    let cases = load();
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    let mut clients: Vec<&str> = cases.iter().filter_map(|c| c.client.as_deref()).collect();
    clients.sort_unstable();
    clients.dedup();
    assert!(
        clients.len() >= 20,
        "only {} clients: {clients:?}",
        clients.len()
    );
    assert!(cases.iter().all(|c| c.source.starts_with("http")));
}

/// Cases the parser still reads wrongly, by index in the fixture, with the reason. The
/// test fails if one of them starts reading correctly (take it off the list) or if any
/// other case reads wrongly, so the list can only shrink.
const KNOWN_MISREADS: &[(usize, &str)] = &[
    (
        107,
        "the host urllib3 tried, '%3chttp', is no valid host name; the parser only returns \
         hosts that pass target validation, so it returns none (and drops the port with it)",
    ),
    (
        176,
        "the name ssh failed to resolve contains colons ('testserver.a7:4a:3f:...'), which no \
         valid host has; the parser returns no host rather than a cut-short one",
    ),
];

/// How one case was misread, or `None` when it was read correctly.
fn misread(case: &Case) -> Option<String> {
    let parsed = match parse_error_text(&case.text) {
        Ok(p) => p,
        Err(e) => return Some(format!("error {e}")),
    };
    let mut diffs = Vec::new();
    if parsed.failure.as_str() != case.failure {
        diffs.push(format!(
            "failure {} != {}",
            parsed.failure.as_str(),
            case.failure
        ));
    }
    if parsed.client != case.client {
        diffs.push(format!("client {:?} != {:?}", parsed.client, case.client));
    }
    let host_ok = parsed.host.as_deref().map(str::to_ascii_lowercase)
        == case.host.as_deref().map(str::to_ascii_lowercase);
    if !host_ok {
        diffs.push(format!("host {:?} != {:?}", parsed.host, case.host));
    }
    if case.host_name.is_some() && parsed.host_name != case.host_name {
        diffs.push(format!(
            "host_name {:?} != {:?}",
            parsed.host_name, case.host_name
        ));
    }
    if parsed.port != case.port || parsed.port_implied != case.port_implied {
        diffs.push(format!(
            "port {:?}/{} != {:?}/{}",
            parsed.port, parsed.port_implied, case.port, case.port_implied
        ));
    }
    (!diffs.is_empty()).then(|| diffs.join("; "))
}

#[test]
fn every_real_message_is_read_correctly() {
    let cases = load();
    for (i, reason) in KNOWN_MISREADS {
        assert!(*i < cases.len(), "known misread #{i} is not in the fixture");
        assert!(
            !reason.trim().is_empty(),
            "known misread #{i} gives no reason"
        );
    }
    let mut wrong = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (i, case) in cases.iter().enumerate() {
        let known = KNOWN_MISREADS.iter().any(|(k, _)| *k == i);
        match (misread(case), known) {
            (None, false) => passed += 1,
            (None, true) => fixed.push(format!("#{i} [{}]", case.source)),
            (Some(_), true) => {}
            (Some(diffs), false) => {
                let first_line = case
                    .text
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                let short: String = first_line.chars().take(110).collect();
                wrong.push(format!("#{i} [{}] {short}\n      {diffs}", case.source));
            }
        }
    }
    println!(
        "{passed} of {} real messages read correctly ({} known misreads)",
        cases.len(),
        KNOWN_MISREADS.len()
    );
    assert!(
        wrong.is_empty(),
        "{} of {} real messages read wrongly:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "known misreads now read correctly; take them off KNOWN_MISREADS:\n{}",
        fixed.join("\n")
    );
}
