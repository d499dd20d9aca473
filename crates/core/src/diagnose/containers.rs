//! Containers on this computer (Linux): a forward to a container where nothing
//! listens, a program inside that listens on its own loopback only, or a program in a
//! container on the port that nothing forwards to.

use std::net::IpAddr;

use crate::containers::Namespace;
use crate::evidence::Evidence;
use crate::facts::{Facts, ProbeOutcome, host_port};
use crate::finding::{Action, Cause, Confidence, Finding, Verdict};

use super::{Failed, finding, local_listeners};

fn is_loopback(address: &str) -> bool {
    address.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

fn inside(ns: &Namespace, address: &str, port: u16) -> Evidence {
    Evidence::ListensInside {
        container: ns.label(),
        address: host_port(address, port),
    }
}

/// A failed connection to a port of this computer that a container stands behind.
pub fn forwarded(failed: &Failed<'_>) -> Option<Finding> {
    let facts = failed.facts;
    let c = facts.containers.as_ref()?;
    let port = facts.target.port;
    if !facts.on_this_computer() {
        return None;
    }
    let Some(fw) = c.forward_for(port) else {
        // Nothing forwards the port: is a container listening on it?
        if local_listeners(facts).is_some_and(|l| !l.is_empty()) {
            return None;
        }
        let (ns, address) = c
            .namespaces
            .iter()
            .find_map(|n| n.listening_on(port).first().map(|a| (n, a.to_string())))?;
        return Some(
            finding(
                facts,
                Cause::PortNotPublished {
                    container: ns.container.clone().or_else(|| ns.process.clone()),
                    listen_address: host_port(&address, port),
                },
                Verdict::Cause,
                Confidence::Likely,
            )
            .evidence(inside(ns, &address, port))
            .actions(&[Action::SendReport]),
        );
    };
    let to_port = fw.destination(port);
    let to_ip: IpAddr = fw.to_address.parse().ok()?;
    let forward_to = host_port(&fw.to_address, to_port);
    let rule = Evidence::Forward {
        rule: fw.text.clone(),
    };
    let Some(ns) = c.namespaces.iter().find(|n| n.owns(&to_ip)) else {
        return Some(
            finding(
                facts,
                Cause::ContainerNotListening {
                    forward_to,
                    container: None,
                    gone: true,
                },
                Verdict::Cause,
                // Without root, another namespace may hold the address unseen.
                if c.limitations.is_empty() {
                    Confidence::Likely
                } else {
                    Confidence::Possible
                },
            )
            .evidence(rule)
            .actions(&[Action::SendReport]),
        );
    };
    let on = ns.listening_on(to_port);
    let container = ns.container.clone().or_else(|| ns.process.clone());
    if on.is_empty() {
        return Some(
            finding(
                facts,
                Cause::ContainerNotListening {
                    forward_to,
                    container,
                    gone: false,
                },
                Verdict::Cause,
                Confidence::Certain,
            )
            .evidence(rule)
            .actions(&[Action::SendReport]),
        );
    }
    if on.iter().all(|a| is_loopback(a)) {
        let address = on[0].to_string();
        return Some(
            finding(
                facts,
                Cause::ContainerLoopbackOnly {
                    forward_to,
                    container,
                    listen_address: host_port(&address, to_port),
                },
                Verdict::Cause,
                Confidence::Certain,
            )
            .evidence(rule)
            .evidence(inside(ns, &address, to_port))
            .actions(&[Action::SendReport]),
        );
    }
    None
}

/// After a failure on this computer, without admin rights: containers could not be
/// looked at, so a forward or a program in one may be what we did not see.
pub fn not_seen(facts: &Facts) -> Option<Finding> {
    let c = facts.containers.as_ref()?;
    let failed = facts
        .addresses
        .iter()
        .any(|p| p.outcome != ProbeOutcome::Open);
    if facts.environment.privileged
        || c.limitations.is_empty()
        || !failed
        || !facts.on_this_computer()
    {
        return None;
    }
    Some(
        finding(
            facts,
            Cause::ContainersNotSeen { hidden: c.hidden },
            Verdict::CantTell,
            Confidence::Certain,
        )
        .actions(&[Action::SendReport]),
    )
}

#[cfg(test)]
mod tests {
    use super::super::build::target;
    use crate::containers::{ContainerFacts, Forward, Namespace};
    use crate::facts::ProbeOutcome;
    use crate::finding::{Cause, Confidence, codes};

    fn forward() -> Forward {
        Forward {
            source: "nftables".into(),
            ports: Some((8080, 8080)),
            to_address: "10.77.0.2".into(),
            to_port: Some(80),
            text: "ip lab out: tcp dport 8080 dnat to 10.77.0.2:80".into(),
        }
    }

    fn ns(listeners: &[(&str, u16)]) -> Namespace {
        Namespace {
            pid: 4242,
            process: Some("python3".into()),
            container: Some("docker 3f2a1b0c9d8e".into()),
            addresses: vec!["10.77.0.2".into()],
            listeners: listeners.iter().map(|(a, p)| (a.to_string(), *p)).collect(),
        }
    }

    fn check(containers: ContainerFacts) -> Vec<crate::finding::Finding> {
        let mut b = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table();
        b.0.containers = Some(containers);
        b.diagnose()
    }

    #[test]
    fn a_forward_to_a_container_where_nothing_listens() {
        let f = check(ContainerFacts {
            forwards: vec![forward()],
            namespaces: vec![ns(&[("0.0.0.0", 9999)])],
            limitations: vec![],
            hidden: 0,
        });
        assert_eq!(f[0].code(), codes::CONTAINER_NOT_LISTENING, "{f:?}");
        assert!(
            matches!(&f[0].cause, Cause::ContainerNotListening { forward_to, gone: false, .. } if forward_to == "10.77.0.2:80")
        );
        // The container has gone: no namespace has the address.
        let f = check(ContainerFacts {
            forwards: vec![forward()],
            namespaces: vec![],
            limitations: vec![],
            hidden: 0,
        });
        assert!(matches!(
            &f[0].cause,
            Cause::ContainerNotListening { gone: true, .. }
        ));
    }

    #[test]
    fn a_container_that_listens_on_its_own_loopback_only() {
        let f = check(ContainerFacts {
            forwards: vec![forward()],
            namespaces: vec![ns(&[("127.0.0.1", 80)])],
            limitations: vec![],
            hidden: 0,
        });
        assert_eq!(f[0].code(), codes::CONTAINER_LOOPBACK_ONLY, "{f:?}");
        assert_eq!(f[0].confidence, Confidence::Certain);
        let en = crate::Catalog::english().explain(&f[0]);
        assert!(en.why.contains("127.0.0.1:80"), "{}", en.why);
        // Listening on every address inside: the forward works, no container finding.
        let f = check(ContainerFacts {
            forwards: vec![forward()],
            namespaces: vec![ns(&[("0.0.0.0", 80)])],
            limitations: vec![],
            hidden: 0,
        });
        assert!(f.iter().all(|x| x.code() != codes::CONTAINER_LOOPBACK_ONLY
            && x.code() != codes::CONTAINER_NOT_LISTENING));
    }

    #[test]
    fn without_admin_rights_containers_are_said_unseen() {
        let mut b = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table();
        b.0.containers = Some(ContainerFacts {
            limitations: vec!["iptables-save -t nat: Permission denied".into()],
            hidden: 12,
            ..ContainerFacts::default()
        });
        let f = b.diagnose();
        let n = f
            .iter()
            .find(|x| x.code() == codes::CONTAINERS_NOT_SEEN)
            .expect("said");
        assert!(matches!(n.cause, Cause::ContainersNotSeen { hidden: 12 }));
        assert_eq!(n.verdict, crate::finding::Verdict::CantTell);
    }

    #[test]
    fn a_container_on_the_port_that_nothing_publishes() {
        let f = check(ContainerFacts {
            forwards: vec![],
            namespaces: vec![ns(&[("0.0.0.0", 8080)])],
            limitations: vec![],
            hidden: 0,
        });
        assert_eq!(f[0].code(), codes::PORT_NOT_PUBLISHED, "{f:?}");
        assert!(
            matches!(&f[0].cause, Cause::PortNotPublished { container: Some(c), .. } if c == "docker 3f2a1b0c9d8e")
        );
    }
}
