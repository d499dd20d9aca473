//! The rules: pure functions from facts to findings. No I/O, no clock.
//!
//! Each cause has one small function, in the module of its concern: [`names`] (the
//! lookup), [`probe`] (what a connection attempt said), [`server`] (who listens on
//! this computer, the bind test, the listen queue), [`firewall`] (this computer's
//! rules), [`path`] (ping and trace) and [`message`] (a pasted error). The lists below
//! say which cause wins: for each kind of failure, the first rule that fits is the
//! answer. The first finding is the answer; the rest are other causes seen at the same
//! time, then what was ruled out. Sentences live in the catalogue, keyed by the code.

mod containers;
mod evidence;
mod firewall;
mod message;
mod names;
mod path;
mod probe;
mod proxy;
mod server;
mod wsl;

use crate::evidence::Evidence;
use crate::facts::{Facts, ProbeOutcome, ProbeResult, ResolutionOutcome};
use crate::finding::{Cause, Confidence, FailedAt, Finding, Subject, Verdict};

pub use evidence::ms;
pub use message::diagnose_error_text;
pub use probe::Kind;

/// What the rules for one kind of failure look at: the facts and the addresses that
/// failed that way (the first one first).
#[derive(Debug, Clone, Copy)]
pub struct Failed<'a> {
    pub facts: &'a Facts,
    pub kind: Kind,
    pub probes: &'a [&'a ProbeResult],
}

impl Failed<'_> {
    pub fn first(&self) -> &ProbeResult {
        self.probes[0]
    }

    /// Whether every address that failed this way is an IP address that fits.
    pub fn all_addresses(&self, fits: impl Fn(std::net::IpAddr) -> bool) -> bool {
        self.probes.iter().all(|p| p.ip().is_some_and(&fits))
    }
}

/// A rule for one kind of failure: the finding when it explains it, else None.
type Rule = fn(&Failed<'_>) -> Option<Finding>;

/// Which cause wins, per kind of failure, first match first. Each list ends with a
/// rule that always fits, so every failure gets an answer.
fn rules_for(kind: Kind) -> &'static [Rule] {
    match kind {
        // A matching rule of this computer's firewall is direct evidence: it comes first.
        // Then the listener table says what is there: no guessing.
        Kind::NoListener => &[
            firewall::rule_rejects,
            containers::forwarded,
            server::bound_elsewhere,
            server::wrong_port_of_service,
            server::service_not_running,
            server::service_without_port,
            server::wrong_port_nearby,
            server::nothing_on_port,
            probe::no_listener,
        ],
        Kind::FirewallReject => &[firewall::rule_rejects, probe::firewall_reject],
        Kind::Timeout => &[
            firewall::rule_drops,
            containers::forwarded,
            server::backlog_overflow,
            path::silent_path,
            probe::timeout,
        ],
        Kind::HostUnreachable | Kind::NetworkUnreachable => &[
            containers::forwarded,
            probe::no_route_here,
            probe::unreachable,
        ],
        Kind::LocalError => &[probe::local_error],
    }
}

/// What every finding of a check is about.
pub(crate) fn subject(facts: &Facts) -> Subject {
    Subject {
        host: Some(facts.target.host.clone()),
        port: Some(facts.target.port),
        this_computer: facts.on_this_computer(),
    }
}

/// A finding about the check's target.
pub(crate) fn finding(
    facts: &Facts,
    cause: Cause,
    verdict: Verdict,
    confidence: Confidence,
) -> Finding {
    Finding::new(cause, verdict, confidence, subject(facts))
}

/// Diagnoses a check from its facts. The first finding is the answer.
pub fn diagnose(facts: &Facts) -> Vec<Finding> {
    let addresses = match &facts.resolution.outcome {
        ResolutionOutcome::Resolved { addresses } if !addresses.is_empty() => addresses,
        _ => return names::lookup_failed(facts).into_iter().collect(),
    };
    let probes = &facts.addresses;
    let open: Vec<&ProbeResult> = probes
        .iter()
        .filter(|p| p.outcome == ProbeOutcome::Open)
        .collect();
    let failed: Vec<(&ProbeResult, Kind)> = probes
        .iter()
        .filter_map(|p| Kind::of(p).map(|k| (p, k)))
        .collect();

    let mut findings = Vec::new();
    if failed.is_empty() && !open.is_empty() {
        findings.extend(probe::all_open(facts, &open));
    } else if !open.is_empty() {
        findings.push(probe::some_open(facts, &open, &failed));
    } else {
        // Nothing opened: one finding per kind of failure, the most telling first.
        let mut kinds: Vec<Kind> = failed.iter().map(|(_, k)| *k).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            let these: Vec<&ProbeResult> = failed
                .iter()
                .filter(|(_, k)| *k == kind)
                .map(|(p, _)| *p)
                .collect();
            let ctx = Failed {
                facts,
                kind,
                probes: &these,
            };
            if let Some(f) = rules_for(kind).iter().find_map(|rule| rule(&ctx)) {
                findings.push(with_failed_at(f, &these));
            }
        }
    }

    // The proxy a web client goes through: when it fails, that is the answer (the
    // client never gets past it); when it connects, it is ruled out at the end.
    let proxy = proxy::proxy(facts);
    let proxy_is = |v: Verdict| proxy.as_ref().is_some_and(|f| f.verdict == v);
    let (proxy_failed, proxy_ok) = (proxy_is(Verdict::Cause), proxy_is(Verdict::RuledOut));
    if let Some(f) = proxy.as_ref().filter(|_| proxy_failed) {
        findings.insert(0, f.clone());
    }

    // What else this computer shows, in this order.
    findings.extend(server::bind_test(facts));
    findings.extend(path::ping_ignored(facts));
    findings.extend(firewall::stealth_mode(facts));
    findings.extend(firewall::not_read_or_clear(facts));
    findings.extend(server::needs_admin(facts));
    findings.extend(wsl::localhost(facts));
    findings.extend(containers::not_seen(facts));
    // A PAC script that may choose a proxy we did not look at.
    findings.extend(proxy.clone().filter(|f| f.verdict == Verdict::CantTell));

    // What we ruled out, so people see what is not the problem.
    findings.extend(names::found(facts, addresses));
    findings.extend(proxy.filter(|_| proxy_ok));
    let answered = probes
        .iter()
        .any(|p| matches!(p.outcome, ProbeOutcome::Refused | ProbeOutcome::Open));
    if answered
        && findings
            .first()
            .is_some_and(|f| !matches!(f.cause, Cause::Reachable { .. }))
    {
        findings.push(finding(
            facts,
            Cause::HostUnreachable {
                sender: None,
                no_neighbour: false,
            },
            Verdict::RuledOut,
            Confidence::Certain,
        ));
    }
    findings
}

/// Adds the addresses that failed this way, and one evidence line for each.
fn with_failed_at(mut f: Finding, these: &[&ProbeResult]) -> Finding {
    f.failed_at = Some(FailedAt {
        address: these[0].address.clone(),
        addresses: these.iter().map(|p| p.address.clone()).collect(),
        count: u32::try_from(these.len()).unwrap_or(u32::MAX),
    });
    for p in these {
        f = f.evidence(Evidence::probe(p));
    }
    f
}

/// The listeners on the target port, when the target is this computer and the table
/// could be read; None when we could not look.
pub(crate) fn local_listeners(facts: &Facts) -> Option<Vec<&crate::local::Listener>> {
    let table = facts.listeners.as_ref()?;
    if table.limitation.is_some() {
        return None;
    }
    Some(
        table
            .listeners
            .iter()
            .filter(|l| l.port == facts.target.port)
            .collect(),
    )
}

#[cfg(test)]
pub(crate) mod build;

#[cfg(test)]
mod tests {
    use crate::finding::Cause;

    /// Every cause has a pure test beside its rule: its code appears in a test module
    /// of the rules.
    #[test]
    fn every_code_has_a_test_beside_its_rule() {
        let sources = [
            include_str!("names.rs"),
            include_str!("probe.rs"),
            include_str!("server.rs"),
            include_str!("firewall.rs"),
            include_str!("path.rs"),
            include_str!("message.rs"),
            include_str!("proxy.rs"),
            include_str!("containers.rs"),
            include_str!("wsl.rs"),
        ];
        let tests: String = sources
            .iter()
            .filter_map(|s| s.split("#[cfg(test)]").nth(1))
            .collect();
        let constant =
            |code: &str| format!("codes::{}", code.to_ascii_uppercase().replace('-', "_"));
        let variant = |code: &str| {
            let camel: String = code
                .split('-')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            format!("Cause::{camel}")
        };
        let missing: Vec<&str> = Cause::CODES
            .iter()
            .copied()
            .filter(|c| !tests.contains(&constant(c)) && !tests.contains(&variant(c)))
            .collect();
        assert!(missing.is_empty(), "no rule test for {missing:?}");
    }
}
