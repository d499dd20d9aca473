//! What the connection attempts said: open, refused, silent, unreachable, or stopped
//! on this computer.

use super::{Failed, finding, local_listeners, server};
use crate::evidence::Evidence;
use crate::facts::{
    Capability, Facts, Family, IcmpKind, LocalErrorKind, ProbeOutcome, ProbeResult, UnreachableKind,
};
use crate::finding::{
    Action, Cause, Confidence, Finding, LocalReason, PingSeen, SenderWhere, Verdict,
};
use crate::path::PingOutcome;

/// What one failed address tells us, most telling first (the order ranks causes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    FirewallReject,
    NoListener,
    Timeout,
    HostUnreachable,
    NetworkUnreachable,
    LocalError,
}

impl Kind {
    /// The kind of failure of one attempt; None when it opened.
    pub fn of(p: &ProbeResult) -> Option<Kind> {
        let icmp = p
            .detail
            .as_ref()
            .and_then(|d| d.icmp.as_ref())
            .map(|i| i.kind);
        let unreachable = p.detail.as_ref().and_then(|d| d.unreachable);
        Some(match p.outcome {
            ProbeOutcome::Open => return None,
            ProbeOutcome::Refused => match icmp {
                Some(IcmpKind::PortUnreachable | IcmpKind::AdminProhibited) => Kind::FirewallReject,
                _ => Kind::NoListener,
            },
            ProbeOutcome::Unreachable => match (icmp, unreachable) {
                (Some(IcmpKind::AdminProhibited), _)
                | (_, Some(UnreachableKind::AdminProhibited)) => Kind::FirewallReject,
                (Some(IcmpKind::NetworkUnreachable), _) | (_, Some(UnreachableKind::Network)) => {
                    Kind::NetworkUnreachable
                }
                _ => Kind::HostUnreachable,
            },
            ProbeOutcome::Timeout => Kind::Timeout,
            ProbeOutcome::LocalError => Kind::LocalError,
        })
    }
}

/// Every address opened. But is it the program the user expects? When the user named
/// the service, another program on its port is the answer; when we only guessed the
/// service from the port, it is a possibility after the good news.
pub fn all_open(facts: &Facts, open: &[&ProbeResult]) -> Vec<Finding> {
    let mut out = Vec::new();
    let taken = server::port_taken(facts);
    let named = facts.service.as_ref().is_some_and(|s| s.named_by_user);
    let mut later = None;
    if let Some(f) = taken {
        if named { out.push(f) } else { later = Some(f) }
    }
    if let Some(f) = closed_at_once(facts, open) {
        out.push(f);
        out.extend(later);
        return out;
    }
    let first = open[0];
    let mut f = finding(
        facts,
        Cause::Reachable {
            address: first.address.clone(),
            ms: first.elapsed_ms,
            count: u32::try_from(open.len()).unwrap_or(u32::MAX),
        },
        Verdict::Ok,
        Confidence::Certain,
    );
    for p in open {
        f = f.evidence(Evidence::probe(p));
    }
    out.push(f.actions(&[Action::CheckAgain]));
    out.extend(later);
    out
}

/// The connection opened and the server ended it at once, before a word.
fn closed_at_once(facts: &Facts, open: &[&ProbeResult]) -> Option<Finding> {
    let (p, hangup) = open
        .iter()
        .find_map(|p| Some((*p, p.detail.as_ref()?.hangup?)))?;
    let process =
        local_listeners(facts).and_then(|on_port| on_port.first().and_then(|l| l.process.clone()));
    let f = finding(
        facts,
        Cause::ClosedAtOnce {
            address: p.address.clone(),
            reset: hangup.reset,
            process,
        },
        Verdict::Cause,
        Confidence::Certain,
    )
    .evidence(Evidence::probe(p))
    .evidence(Evidence::HungUp {
        ms: hangup.after_ms,
        reset: hangup.reset,
    });
    Some(f.actions(&[Action::CheckAgain, Action::SendReport]))
}

/// Some addresses opened and some failed: one family against the other, or a mix.
pub fn some_open(facts: &Facts, open: &[&ProbeResult], failed: &[(&ProbeResult, Kind)]) -> Finding {
    let probes = &facts.addresses;
    let open_families: Vec<Family> = open.iter().map(|p| p.family).collect();
    let failed_families: Vec<Family> = failed.iter().map(|(p, _)| p.family).collect();
    let split = open_families.iter().all(|f| *f == open_families[0])
        && failed_families.iter().all(|f| *f == failed_families[0])
        && open_families[0] != failed_families[0];
    let (bad, _) = failed[0];
    let mut f = if split {
        finding(
            facts,
            Cause::Ipv6Ipv4Mismatch {
                works_family: open[0].family,
                fails_family: bad.family,
                works_address: open[0].address.clone(),
                fails_address: bad.address.clone(),
                fails_outcome: bad.outcome,
                fails_first: probes
                    .first()
                    .is_some_and(|p| p.outcome != ProbeOutcome::Open),
            },
            Verdict::Cause,
            Confidence::Certain,
        )
        .actions(&[
            Action::CheckOtherFamily,
            Action::CheckAgain,
            Action::SendReport,
        ])
    } else {
        finding(
            facts,
            Cause::SomeAddressesFail {
                failed: u32::try_from(failed.len()).unwrap_or(u32::MAX),
                total: u32::try_from(probes.len()).unwrap_or(u32::MAX),
                fails_address: bad.address.clone(),
                fails_outcome: bad.outcome,
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .actions(&[Action::CheckAgain, Action::SendReport])
    };
    for p in probes {
        f = f.evidence(Evidence::probe(p));
    }
    f
}

/// The buttons for a refusal. A test listener helps only on this computer, reached
/// at an address other computers use: at a loopback address nobody else can reach
/// it, so it would prove nothing.
pub fn refused_actions(ctx: &Failed<'_>) -> &'static [Action] {
    if ctx.facts.on_this_computer() && !ctx.all_addresses(|ip| ip.is_loopback()) {
        &[
            Action::CheckAgain,
            Action::OpenTestListener,
            Action::SendReport,
        ]
    } else {
        &[Action::CheckAgain, Action::SendReport]
    }
}

/// Refused, and we could not look at the listener table: most likely nothing listens.
pub fn no_listener(ctx: &Failed<'_>) -> Option<Finding> {
    if local_listeners(ctx.facts).is_some() {
        return None;
    }
    Some(
        finding(
            ctx.facts,
            Cause::NoListener {
                ms: Some(ctx.first().elapsed_ms),
                from_outside: !ctx.facts.on_this_computer(),
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .actions(refused_actions(ctx)),
    )
}

/// An ICMP message refused the connection: a firewall on the target or on the way.
pub fn firewall_reject(ctx: &Failed<'_>) -> Option<Finding> {
    let icmp = ctx.first().detail.as_ref().and_then(|d| d.icmp.as_ref());
    let sender_where = match icmp {
        None => SenderWhere::Unknown,
        Some(i) if i.from_this_computer => SenderWhere::ThisComputer,
        Some(i) if ctx.facts.addresses.iter().any(|p| p.address == i.sender) => SenderWhere::Target,
        Some(_) => SenderWhere::Path,
    };
    Some(
        finding(
            ctx.facts,
            Cause::FirewallReject {
                sender: icmp.map(|i| i.sender.clone()),
                sender_where,
                rule: None,
            },
            Verdict::Cause,
            if icmp.is_some() {
                Confidence::Certain
            } else {
                Confidence::Likely
            },
        )
        .actions(&[
            Action::CopyAdminCommand,
            Action::CheckAgain,
            Action::SendReport,
        ]),
    )
}

/// No answer in time, and nothing else explains it.
pub fn timeout(ctx: &Failed<'_>) -> Option<Finding> {
    let facts = ctx.facts;
    let ping = match facts.ping.as_ref().map(|p| p.outcome) {
        Some(PingOutcome::Reply) => PingSeen::Replied,
        Some(PingOutcome::NoReply) => PingSeen::Silent,
        _ => PingSeen::Unknown,
    };
    Some(
        finding(
            facts,
            Cause::Timeout {
                seconds: facts.timeout_ms as f64 / 1000.0,
                ping,
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// This computer refused to send at all: no route to the address here (no device on
/// the way said anything, and the system would have told us who did).
pub fn no_route_here(ctx: &Failed<'_>) -> Option<Finding> {
    let sees_senders = !ctx
        .facts
        .environment
        .not_on_this_system
        .contains(&Capability::IcmpSender);
    let here = ctx.probes.iter().all(|p| {
        p.detail
            .as_ref()
            .is_none_or(|d| d.icmp.is_none() && !d.no_neighbour)
            && p.elapsed_ms < 100.0
    });
    (sees_senders && here).then(|| {
        finding(
            ctx.facts,
            Cause::NoRouteHere {},
            Verdict::Cause,
            Confidence::Certain,
        )
        .actions(&[
            Action::CopyAdminCommand,
            Action::CheckAgain,
            Action::SendReport,
        ])
    })
}

/// The host or its network cannot be reached (this computer or a router said so).
pub fn unreachable(ctx: &Failed<'_>) -> Option<Finding> {
    let sender = ctx
        .first()
        .detail
        .as_ref()
        .and_then(|d| d.icmp.as_ref())
        .filter(|i| !i.from_this_computer)
        .map(|i| i.sender.clone());
    let no_neighbour = ctx
        .probes
        .iter()
        .all(|p| p.detail.as_ref().is_some_and(|d| d.no_neighbour));
    let cause = if ctx.kind == Kind::NetworkUnreachable {
        Cause::NetworkUnreachable { sender }
    } else {
        Cause::HostUnreachable {
            sender,
            no_neighbour,
        }
    };
    Some(
        finding(ctx.facts, cause, Verdict::Cause, Confidence::Certain)
            .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// This computer stopped the attempt before anything was sent.
pub fn local_error(ctx: &Failed<'_>) -> Option<Finding> {
    let reason = match ctx.first().detail.as_ref().and_then(|d| d.local) {
        Some(LocalErrorKind::NoFreePort) => LocalReason::NoFreePort,
        Some(LocalErrorKind::TooManyOpenFiles) => LocalReason::TooManyFiles,
        Some(LocalErrorKind::Permission) => LocalReason::Permission,
        _ => LocalReason::Other,
    };
    Some(
        finding(
            ctx.facts,
            Cause::LocalError { reason },
            Verdict::Cause,
            Confidence::Certain,
        )
        .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

#[cfg(test)]
mod tests {
    use crate::diagnose::build::{find, target};
    use crate::facts::{
        Capability, IcmpKind, LocalErrorKind, ProbeDetail, ProbeOutcome, UnreachableKind,
    };
    use crate::finding::{
        Action, Cause, Confidence, LocalReason, PingSeen, SenderWhere, Verdict, codes,
    };
    use crate::path::PingOutcome;

    #[test]
    fn a_neighbour_that_never_answered_is_not_on_the_network() {
        let detail = ProbeDetail {
            unreachable: Some(UnreachableKind::Host),
            no_neighbour: true,
            ..ProbeDetail::default()
        };
        let f = target("192.0.2.9:22")
            .probe_with("192.0.2.9", ProbeOutcome::Unreachable, Some(detail))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::HostUnreachable {
                sender: None,
                no_neighbour: true,
            }
        );
    }

    #[test]
    fn a_connection_ended_at_once_is_not_reachable() {
        let hung_up = |reset| {
            Some(ProbeDetail {
                hangup: Some(crate::facts::Hangup { reset, after_ms: 1 }),
                ..ProbeDetail::default()
            })
        };
        let f = target("192.0.2.2:22")
            .probe_with("192.0.2.2", ProbeOutcome::Open, hung_up(true))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::ClosedAtOnce {
                address: "192.0.2.2".into(),
                reset: true,
                process: None,
            }
        );
        assert_eq!(f[0].verdict, Verdict::Cause);
        assert_eq!(f[0].code(), codes::CLOSED_AT_ONCE);
        // On this computer, the program is named from the listener table.
        let f = target("127.0.0.1:22")
            .probe_with("127.0.0.1", ProbeOutcome::Open, hung_up(false))
            .listener("0.0.0.0", 22, Some(("sshd", 7)))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::ClosedAtOnce {
                address: "127.0.0.1".into(),
                reset: false,
                process: Some("sshd".into()),
            }
        );
    }

    #[test]
    fn an_answer_is_reachable() {
        let f = target("127.0.0.1:80")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .diagnose();
        assert_eq!(f[0].code(), codes::REACHABLE);
        assert_eq!(f[0].verdict, Verdict::Ok);
        assert!(matches!(f[0].cause, Cause::Reachable { count: 1, .. }));
    }

    #[test]
    fn a_refusal_without_the_listener_table_is_likely_no_listener() {
        let f = target("db1.example.test:5432")
            .probe("192.0.2.5", ProbeOutcome::Refused)
            .diagnose();
        assert_eq!(f[0].code(), codes::NO_LISTENER);
        assert_eq!(f[0].confidence, Confidence::Likely);
        assert!(!f[0].actions.contains(&Action::OpenTestListener));
        assert_eq!(f[0].failed_at.as_ref().map(|a| a.count), Some(1));
        // It answered: the host is not unreachable.
        assert_eq!(find(&f, codes::HOST_UNREACHABLE).verdict, Verdict::RuledOut);
    }

    #[test]
    fn a_refusal_seen_from_outside_says_a_firewall_looks_the_same() {
        let f = target("db1.example.test:5432")
            .probe("192.0.2.5", ProbeOutcome::Refused)
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::NoListener {
                from_outside: true,
                ..
            }
        ));
        let text = crate::catalog::Catalog::english().explain(&f[0]);
        assert_eq!(
            text.headline,
            "Nothing accepted the connection on port 5432 of db1.example.test."
        );
        assert!(
            text.why.contains("or a firewall turned you away"),
            "{}",
            text.why
        );
        assert!(text.steps[0].contains("Run Port Doctor on db1.example.test"));
    }

    #[test]
    fn a_port_unreachable_from_the_target_is_its_firewall() {
        let f = target("198.18.2.2:80")
            .icmp(
                "198.18.2.2",
                ProbeOutcome::Refused,
                IcmpKind::PortUnreachable,
                "198.18.2.2",
            )
            .diagnose();
        assert_eq!(f[0].code(), codes::FIREWALL_REJECT);
        assert_eq!(f[0].confidence, Confidence::Certain);
        assert!(matches!(
            f[0].cause,
            Cause::FirewallReject {
                sender_where: SenderWhere::Target,
                ..
            }
        ));
    }

    #[test]
    fn admin_prohibited_from_a_router_names_the_router() {
        let f = target("198.18.2.2:80")
            .icmp(
                "198.18.2.2",
                ProbeOutcome::Unreachable,
                IcmpKind::AdminProhibited,
                "198.18.1.1",
            )
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::FirewallReject {
                sender: Some("198.18.1.1".into()),
                sender_where: SenderWhere::Path,
                rule: None
            }
        );
    }

    #[test]
    fn a_silence_says_what_ping_said() {
        let f = target("198.51.100.2:47811")
            .probe("198.51.100.2", ProbeOutcome::Timeout)
            .ping(PingOutcome::Reply)
            .diagnose();
        assert_eq!(f[0].code(), codes::TIMEOUT);
        assert_eq!(f[0].confidence, Confidence::Likely);
        assert!(matches!(
            f[0].cause,
            Cause::Timeout {
                ping: PingSeen::Replied,
                ..
            }
        ));
    }

    #[test]
    fn host_and_network_unreachable_name_who_said_so() {
        let f = target("198.18.9.9:22")
            .icmp(
                "198.18.9.9",
                ProbeOutcome::Unreachable,
                IcmpKind::HostUnreachable,
                "198.18.1.1",
            )
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::HostUnreachable {
                sender: Some("198.18.1.1".into()),
                no_neighbour: false,
            }
        );
        let f = target("198.18.9.9:22")
            .icmp(
                "198.18.9.9",
                ProbeOutcome::Unreachable,
                IcmpKind::NetworkUnreachable,
                "198.18.1.1",
            )
            .diagnose();
        assert_eq!(f[0].code(), codes::NETWORK_UNREACHABLE);
        assert_eq!(f[0].confidence, Confidence::Certain);
    }

    #[test]
    fn no_route_on_this_computer_says_the_cause_is_here() {
        let detail = |kind| ProbeDetail {
            error: Some("EHOSTUNREACH".into()),
            unreachable: Some(kind),
            ..ProbeDetail::default()
        };
        let f = target("198.18.9.9:22")
            .probe_with(
                "198.18.9.9",
                ProbeOutcome::Unreachable,
                Some(detail(UnreachableKind::Host)),
            )
            .diagnose();
        assert_eq!(f[0].code(), codes::NO_ROUTE_HERE);
        assert_eq!(f[0].cause.place(), Some(crate::finding::Place::Computer));
        // Where the system cannot name the sender, a silent "unreachable" may come
        // from a router: not sure it is here.
        let mut b = target("198.18.9.9:22").probe_with(
            "198.18.9.9",
            ProbeOutcome::Unreachable,
            Some(detail(UnreachableKind::Network)),
        );
        b.0.environment.not_on_this_system = vec![Capability::IcmpSender];
        assert_eq!(b.diagnose()[0].code(), codes::NETWORK_UNREACHABLE);
    }

    #[test]
    fn an_attempt_stopped_here_is_a_local_error() {
        let f = target("192.0.2.5:443")
            .local_error("192.0.2.5", LocalErrorKind::TooManyOpenFiles)
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::LocalError {
                reason: LocalReason::TooManyFiles
            }
        );
    }

    #[test]
    fn one_family_answers_and_the_other_not() {
        let f = target("web.example.test:443")
            .probe("2001:db8::1", ProbeOutcome::Refused)
            .probe("192.0.2.10", ProbeOutcome::Open)
            .diagnose();
        assert_eq!(f[0].code(), codes::IPV6_IPV4_MISMATCH);
        assert!(matches!(
            &f[0].cause,
            Cause::Ipv6Ipv4Mismatch { works_address, fails_first: true, .. } if works_address == "192.0.2.10"
        ));
        assert_eq!(f[0].actions[0], Action::CheckOtherFamily);
    }

    #[test]
    fn some_addresses_of_one_family_fail() {
        let f = target("api.example.test:443")
            .probe("192.0.2.10", ProbeOutcome::Open)
            .probe("192.0.2.11", ProbeOutcome::Timeout)
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::SomeAddressesFail {
                failed: 1,
                total: 2,
                ..
            }
        ));
    }

    #[test]
    fn the_most_telling_failure_comes_first() {
        let f = target("web.example.test:443")
            .probe("2001:db8::1", ProbeOutcome::Timeout)
            .probe("192.0.2.10", ProbeOutcome::Refused)
            .diagnose();
        assert_eq!(f[0].code(), codes::NO_LISTENER);
        assert_eq!(find(&f, codes::TIMEOUT).verdict, Verdict::Cause);
    }
}
