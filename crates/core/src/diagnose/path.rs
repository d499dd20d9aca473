//! The way to the target: ping and the trace.

use super::{Failed, finding};
use crate::evidence::Evidence;
use crate::facts::{Facts, ProbeOutcome};
use crate::finding::{Action, Cause, Confidence, DropPlace, Finding, Verdict};
use crate::path::PingOutcome;

/// A timeout where the trace shows routers answering up to a point, then silence:
/// something after the last router that answered drops the packets.
pub fn silent_path(ctx: &Failed<'_>) -> Option<Finding> {
    let trace = ctx.facts.trace.as_ref()?;
    let hop = trace.last_answer_before_silence()?;
    let address = hop.address.clone()?;
    let hops = trace
        .hops
        .iter()
        .map(|h| format!("{}:{}", h.ttl, h.address.as_deref().unwrap_or("*")))
        .collect::<Vec<_>>()
        .join(" ");
    Some(
        finding(
            ctx.facts,
            Cause::FirewallDrop {
                place: DropPlace::Path,
                by_policy: false,
                rule: None,
                last_hop: Some(address.clone()),
                last_ttl: Some(hop.ttl),
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .evidence(Evidence::Trace {
            address: trace.address.clone(),
            port: trace.port,
            hops,
            last: address,
        })
        .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// Ping got no reply, but the port answered: ping is blocked, which is fine.
pub fn ping_ignored(facts: &Facts) -> Option<Finding> {
    let ping = facts.ping.as_ref()?;
    let answered = facts
        .addresses
        .iter()
        .any(|p| matches!(p.outcome, ProbeOutcome::Open | ProbeOutcome::Refused));
    if ping.outcome != PingOutcome::NoReply || !answered {
        return None;
    }
    Some(
        finding(
            facts,
            Cause::IcmpBlockedButTcpFine {
                address: ping.address.clone(),
            },
            Verdict::Ok,
            Confidence::Certain,
        )
        .evidence(Evidence::PingSilent {
            address: ping.address.clone(),
            method: ping.method.clone(),
            port: facts.target.port,
        }),
    )
}

#[cfg(test)]
mod tests {
    use crate::diagnose::build::{find, target};
    use crate::facts::ProbeOutcome;
    use crate::finding::{Cause, Confidence, DropPlace, Verdict, codes};
    use crate::path::PingOutcome;

    #[test]
    fn silence_after_a_router_is_a_drop_on_the_way() {
        let f = target("198.18.2.2:80")
            .probe("198.18.2.2", ProbeOutcome::Timeout)
            .ping(PingOutcome::NoReply)
            .trace_silent_after(&["198.18.1.1"])
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::FirewallDrop {
                place: DropPlace::Path,
                by_policy: false,
                rule: None,
                last_hop: Some("198.18.1.1".into()),
                last_ttl: Some(1)
            }
        );
        assert_eq!(f[0].confidence, Confidence::Likely);
    }

    #[test]
    fn ignoring_ping_is_fine_when_the_port_answers() {
        let f = target("192.0.2.7:22")
            .probe("192.0.2.7", ProbeOutcome::Refused)
            .ping(PingOutcome::NoReply)
            .diagnose();
        let ok = find(&f, codes::ICMP_BLOCKED_BUT_TCP_FINE);
        assert_eq!(ok.verdict, Verdict::Ok);
        // A silent port tells nothing about ping.
        let f = target("192.0.2.7:22")
            .probe("192.0.2.7", ProbeOutcome::Timeout)
            .ping(PingOutcome::NoReply)
            .diagnose();
        assert!(
            f.iter()
                .all(|x| x.code() != codes::ICMP_BLOCKED_BUT_TCP_FINE)
        );
    }
}
