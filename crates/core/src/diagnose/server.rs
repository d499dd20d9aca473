//! The server side, when the target is this computer: who listens where, whether the
//! expected program runs, the listen queue, whether a server could open the port, and
//! what we could not see without admin rights.

use super::probe::refused_actions;
use super::{Failed, finding, local_listeners};
use std::net::IpAddr;

use crate::evidence::{Evidence, Owner};
use crate::facts::Facts;
use crate::finding::{Action, Cause, Confidence, Finding, Verdict};
use crate::local::{BindOutcome, Listener};
use crate::services;

/// Every listener of this computer (any port), when the table could be read.
fn all_listeners(facts: &Facts) -> &[Listener] {
    facts
        .listeners
        .as_ref()
        .map_or(&[], |t| t.listeners.as_slice())
}

/// Nothing listens on the port (the listener table says so): the finding gets the
/// table's word as evidence and the buttons for a refusal.
fn on_empty_port(ctx: &Failed<'_>, f: Finding) -> Option<Finding> {
    match local_listeners(ctx.facts) {
        Some(on_port) if on_port.is_empty() => Some(
            f.evidence(Evidence::NoListener {
                port: ctx.facts.target.port,
            })
            .actions(refused_actions(ctx)),
        ),
        _ => None,
    }
}

/// A program listens on the port, but only at another address. When `localhost`
/// led to ::1 and the program listens at 127.0.0.1 (most development servers), that
/// is the one thing to say, with the address that works.
pub fn bound_elsewhere(ctx: &Failed<'_>) -> Option<Finding> {
    let on_port = local_listeners(ctx.facts)?;
    let l = on_port.first()?;
    let from_loopback = ctx.all_addresses(|ip| ip.is_loopback());
    let from_v6_loopback = ctx.all_addresses(|ip| ip.is_loopback() && ip.is_ipv6());
    let v4_loopback = on_port.iter().find(|l| {
        l.address
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_ipv4() && ip.is_loopback())
    });
    let (cause, actions): (Cause, &[Action]) = match v4_loopback {
        Some(v4) if from_v6_loopback => (
            Cause::LocalhostIpv6First {
                works_address: Some(v4.address.clone()),
                process: v4.process.clone(),
            },
            &[Action::CheckOtherFamily, Action::CheckAgain],
        ),
        _ => (
            Cause::BoundElsewhere {
                listen_address: l.address.clone(),
                loopback_only: l.is_loopback_only(),
                process: l.process.clone(),
                from_loopback,
            },
            &[Action::CheckAgain, Action::SendReport],
        ),
    };
    let mut f = finding(ctx.facts, cause, Verdict::Cause, Confidence::Certain).actions(actions);
    for l in &on_port {
        f = f.evidence(Evidence::Listening {
            address: l.display_addr(),
            owner: Owner::of(l),
        });
    }
    Some(f)
}

/// Nothing on the port; the expected program runs and listens on another port.
pub fn wrong_port_of_service(ctx: &Failed<'_>) -> Option<Finding> {
    let facts = ctx.facts;
    let s = facts.service.as_ref()?;
    let port = facts.target.port;
    let pids: Vec<u32> = s.running.iter().map(|p| p.pid).collect();
    let elsewhere: Vec<&Listener> = all_listeners(facts)
        .iter()
        .filter(|l| l.port != port && l.pid.is_some_and(|p| pids.contains(&p)))
        .collect();
    let l = elsewhere.first()?;
    let mut f = finding(
        facts,
        Cause::WrongPort {
            service: Some(s.name.clone()),
            other_port: l.port,
            process: Some(l.process.clone().unwrap_or_else(|| s.name.clone())),
        },
        Verdict::Cause,
        Confidence::Certain,
    );
    for l in &elsewhere {
        f = f.evidence(Evidence::ServiceListens {
            service: s.name.clone(),
            address: l.display_addr(),
            owner: Owner::of(l),
        });
    }
    // The program is found on its other port: a test listener would prove nothing.
    on_empty_port(ctx, f).map(|mut f| {
        f.actions = vec![Action::CheckAgain, Action::SendReport];
        f
    })
}

/// Nothing on the port, and the expected program does not run.
pub fn service_not_running(ctx: &Failed<'_>) -> Option<Finding> {
    let s = ctx.facts.service.as_ref()?;
    if !s.running.is_empty() {
        return None;
    }
    let confidence = if s.named_by_user {
        Confidence::Certain
    } else {
        Confidence::Likely
    };
    let f = finding(
        ctx.facts,
        Cause::ServiceNotRunning {
            service: s.name.clone(),
            programs: s.programs.clone(),
        },
        Verdict::Cause,
        confidence,
    )
    .evidence(Evidence::NotRunning {
        programs: s.programs.iter().map(ToString::to_string).collect(),
    });
    on_empty_port(ctx, f)
}

/// Nothing on the port, and the expected program runs but listens nowhere we see.
pub fn service_without_port(ctx: &Failed<'_>) -> Option<Finding> {
    let s = ctx
        .facts
        .service
        .as_ref()
        .filter(|s| !s.running.is_empty())?;
    let running = s
        .running
        .iter()
        .map(|p| Owner {
            process: Some(p.name.clone()),
            pid: Some(p.pid),
            ..Owner::default()
        })
        .collect::<Vec<_>>();
    let f = finding(
        ctx.facts,
        Cause::NoListener {
            ms: Some(ctx.first().elapsed_ms),
            from_outside: false,
        },
        Verdict::Cause,
        Confidence::Certain,
    )
    .evidence(Evidence::RunsWithoutPort {
        service: s.name.clone(),
        running,
    });
    on_empty_port(ctx, f)
}

/// Nothing on the port, no service expected, but a program listens on a port nearby.
pub fn wrong_port_nearby(ctx: &Failed<'_>) -> Option<Finding> {
    let facts = ctx.facts;
    if facts.service.is_some() {
        return None;
    }
    let port = facts.target.port;
    let mut near: Vec<&Listener> = all_listeners(facts)
        .iter()
        .filter(|l| l.port != port)
        .collect();
    near.sort_by_key(|l| l.port.abs_diff(port));
    let l = near.first()?;
    let f = finding(
        facts,
        Cause::WrongPort {
            service: None,
            other_port: l.port,
            process: l.process.clone().filter(|p| !p.is_empty()),
        },
        Verdict::Cause,
        Confidence::Likely,
    )
    .evidence(Evidence::Nearby {
        address: l.display_addr(),
        owner: Owner::of(l),
    });
    on_empty_port(ctx, f)
}

/// Nothing listens on the port, and nothing else does either: sure.
pub fn nothing_on_port(ctx: &Failed<'_>) -> Option<Finding> {
    let f = finding(
        ctx.facts,
        Cause::NoListener {
            ms: Some(ctx.first().elapsed_ms),
            from_outside: false,
        },
        Verdict::Cause,
        Confidence::Certain,
    );
    on_empty_port(ctx, f)
}

/// A timeout on this computer, where the listener's queue is full (certain) or the
/// system counted queue overflows while we probed (likely).
pub fn backlog_overflow(ctx: &Failed<'_>) -> Option<Finding> {
    let facts = ctx.facts;
    let on_port: Vec<&Listener> = local_listeners(facts)?;
    let full = on_port.iter().find(|l| l.queue_full());
    let dropped = facts.queue.as_ref().map_or(0, |q| q.dropped_during_probe());
    let listener = full.or(on_port.first())?;
    if full.is_none() && dropped == 0 {
        return None;
    }
    let confidence = if full.is_some() {
        Confidence::Certain
    } else {
        Confidence::Likely
    };
    let mut f = finding(
        facts,
        Cause::BacklogOverflow {
            process: listener.process.clone(),
            waiting: listener.accept_queue.unwrap_or(0),
            backlog: listener.backlog.unwrap_or(0),
            somaxconn: facts.queue.as_ref().and_then(|q| q.somaxconn),
        },
        Verdict::Cause,
        confidence,
    )
    .evidence(Evidence::Queue {
        address: listener.display_addr(),
        owner: Owner::of(listener),
        waiting: listener.accept_queue,
        backlog: listener.backlog,
    })
    .actions(&[Action::CheckAgain, Action::SendReport]);
    if let Some(q) = &facts.queue {
        f = f.evidence(Evidence::QueueCounters {
            overflows_before: q.before.listen_overflows,
            overflows_after: q.after.listen_overflows,
            added: dropped,
            drops_before: q.before.listen_drops,
            drops_after: q.after.listen_drops,
        });
    }
    Some(f)
}

/// What the bind test adds: the port needs admin rights, is reserved, or is held by
/// something that does not listen.
pub fn bind_test(facts: &Facts) -> Option<Finding> {
    let b = facts.bind.as_ref()?;
    Some(match b.outcome {
        BindOutcome::PermissionDenied => finding(
            facts,
            Cause::PrivilegedPort {
                threshold: b.unprivileged_port_start.unwrap_or(1024),
            },
            Verdict::Cause,
            Confidence::Possible,
        )
        .evidence(Evidence::BindDenied {
            address: b.address.clone(),
            port: b.port,
            error: b.error.clone(),
            unprivileged_from: b.unprivileged_port_start,
        })
        .actions(&[Action::CheckAgain, Action::SendReport]),
        BindOutcome::Reserved => {
            let (start, end) = b.reserved_range.unwrap_or((b.port, b.port));
            finding(
                facts,
                Cause::ReservedPortRange {
                    range_start: start,
                    range_end: end,
                },
                Verdict::Cause,
                Confidence::Likely,
            )
            .evidence(Evidence::ExcludedRange {
                port: b.port,
                start,
                end,
            })
            .actions(&[Action::CopyAdminCommand, Action::SendReport])
        }
        BindOutcome::InUse => finding(
            facts,
            Cause::PortTaken {
                service: facts.service.as_ref().map(|s| s.name.clone()),
                process: None,
                pid: None,
                running: false,
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .evidence(Evidence::BindInUse {
            address: b.address.clone(),
            port: b.port,
            error: b.error.clone(),
        }),
        _ => return None,
    })
}

/// Owners of listeners we could not see without admin rights.
pub fn needs_admin(facts: &Facts) -> Option<Finding> {
    let t = facts.listeners.as_ref()?;
    if t.hidden_owners == 0 || facts.environment.privileged {
        return None;
    }
    let mut f = finding(
        facts,
        Cause::NeedsAdmin {
            count: u32::try_from(t.hidden_owners).unwrap_or(u32::MAX),
        },
        Verdict::CantTell,
        Confidence::Certain,
    );
    for l in t.listeners.iter().filter(|l| l.owner_hidden()) {
        f = f.evidence(Evidence::OwnerHidden {
            address: l.display_addr(),
            owner: Owner::of(l),
        });
    }
    Some(f)
}

/// The expected service's port is held by another program (not a known forwarder).
pub fn port_taken(facts: &Facts) -> Option<Finding> {
    let s = facts.service.as_ref()?;
    let table = facts.listeners.as_ref()?;
    let programs: Vec<&str> = s.programs.iter().map(String::as_str).collect();
    let holder = table.listeners.iter().find(|l| {
        l.port == facts.target.port
            && l.process.as_deref().is_some_and(|p| {
                !services::program_matches(&programs, p)
                    && !services::program_matches(services::FORWARDERS, p)
                    && !l
                        .exe
                        .as_deref()
                        .is_some_and(|e| services::program_matches(&programs, e))
            })
    })?;
    let confidence = if s.named_by_user {
        Confidence::Likely
    } else {
        Confidence::Possible
    };
    Some(
        finding(
            facts,
            Cause::PortTaken {
                service: Some(s.name.clone()),
                process: holder.process.clone(),
                pid: holder.pid,
                running: !s.running.is_empty(),
            },
            Verdict::Cause,
            confidence,
        )
        .evidence(Evidence::Holds {
            owner: Owner::of(holder),
            address: holder.display_addr(),
            service: s.name.clone(),
        })
        .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

#[cfg(test)]
mod tests {
    use crate::diagnose::build::{find, target};
    use crate::facts::ProbeOutcome;
    use crate::finding::{Action, Cause, Confidence, Verdict, codes};
    use crate::local::BindOutcome;

    #[test]
    fn a_listener_on_another_address_only() {
        let f = target("192.0.2.5:8080")
            .probe("192.0.2.5", ProbeOutcome::Refused)
            .listener("127.0.0.1", 8080, Some(("node", 41)))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::BoundElsewhere {
                listen_address: "127.0.0.1".into(),
                loopback_only: true,
                process: Some("node".into()),
                from_loopback: false,
            }
        );
        assert_eq!(f[0].confidence, Confidence::Certain);
    }

    #[test]
    fn localhost_led_to_ipv6_and_the_program_listens_at_127_0_0_1() {
        let f = target("[::1]:5432")
            .probe("::1", ProbeOutcome::Refused)
            .listener("127.0.0.1", 5432, Some(("postgres", 41)))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::LocalhostIpv6First {
                works_address: Some("127.0.0.1".into()),
                process: Some("postgres".into()),
            }
        );
        assert_eq!(f[0].confidence, Confidence::Certain);
        assert_eq!(f[0].actions[0], Action::CheckOtherFamily);
    }

    #[test]
    fn another_loopback_address_is_this_computer_too() {
        let f = target("127.0.0.1:5432")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .listener("::1", 5432, Some(("postgres", 41)))
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::BoundElsewhere {
                listen_address: "::1".into(),
                loopback_only: true,
                process: Some("postgres".into()),
                from_loopback: true,
            }
        );
    }

    #[test]
    fn the_expected_service_on_another_port() {
        let f = target("127.0.0.1:6379")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .listener("127.0.0.1", 6380, Some(("redis-server", 42)))
            .service("Redis", true, &[("redis-server", 42)])
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::WrongPort {
                service: Some("Redis".into()),
                other_port: 6380,
                process: Some("redis-server".into())
            }
        );
        assert_eq!(f[0].confidence, Confidence::Certain);
        assert!(!f[0].actions.contains(&Action::OpenTestListener));
    }

    #[test]
    fn the_expected_service_is_not_running() {
        let f = target("127.0.0.1:5432")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .service("PostgreSQL", true, &[])
            .diagnose();
        assert_eq!(f[0].code(), codes::SERVICE_NOT_RUNNING);
        assert_eq!(f[0].confidence, Confidence::Certain);
        // Guessed from the port only: likely, not sure.
        let f = target("127.0.0.1:5432")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .service("PostgreSQL", false, &[])
            .diagnose();
        assert_eq!(f[0].confidence, Confidence::Likely);
    }

    #[test]
    fn the_service_runs_but_listens_nowhere() {
        let f = target("127.0.0.1:5432")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .service("PostgreSQL", true, &[("postgres", 7)])
            .diagnose();
        assert_eq!(f[0].code(), codes::NO_LISTENER);
        assert!(
            crate::catalog::Catalog::shared("en")
                .evidence(&f[0].evidence[0])
                .contains("(postgres, PID 7)")
        );
    }

    #[test]
    fn a_program_on_a_port_nearby() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .listener("0.0.0.0", 8081, Some(("nginx", 9)))
            .listener("0.0.0.0", 22, None)
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::WrongPort {
                service: None,
                other_port: 8081,
                process: Some("nginx".into())
            }
        );
        assert_eq!(f[0].confidence, Confidence::Likely);
    }

    #[test]
    fn nothing_listens_at_all_is_sure() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .diagnose();
        assert_eq!(f[0].code(), codes::NO_LISTENER);
        assert_eq!(f[0].confidence, Confidence::Certain);
        assert!(
            crate::catalog::Catalog::shared("en")
                .evidence(&f[0].evidence[0])
                .contains("listener table")
        );
    }

    #[test]
    fn a_full_listen_queue() {
        let f = target("127.0.0.1:9000")
            .probe("127.0.0.1", ProbeOutcome::Timeout)
            .listener("0.0.0.0", 9000, Some(("python3", 5)))
            .queue(2, 1)
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::BacklogOverflow {
                waiting: 2,
                backlog: 1,
                ..
            }
        ));
        assert_eq!(f[0].confidence, Confidence::Certain);
        // Only the counters moved: likely.
        let f = target("127.0.0.1:9000")
            .probe("127.0.0.1", ProbeOutcome::Timeout)
            .listener("0.0.0.0", 9000, Some(("python3", 5)))
            .overflows(3)
            .diagnose();
        assert_eq!(f[0].code(), codes::BACKLOG_OVERFLOW);
        assert_eq!(f[0].confidence, Confidence::Likely);
    }

    #[test]
    fn a_port_only_admins_may_open() {
        let f = target("127.0.0.1:80")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .bind(BindOutcome::PermissionDenied)
            .diagnose();
        let p = find(&f, codes::PRIVILEGED_PORT);
        assert_eq!(p.cause, Cause::PrivilegedPort { threshold: 1024 });
        assert_eq!(p.confidence, Confidence::Possible);
    }

    #[test]
    fn a_port_windows_reserved() {
        let f = target("127.0.0.1:50010")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .bind(BindOutcome::Reserved)
            .diagnose();
        assert_eq!(
            find(&f, codes::RESERVED_PORT_RANGE).cause,
            Cause::ReservedPortRange {
                range_start: 50000,
                range_end: 50059
            }
        );
    }

    #[test]
    fn a_port_held_without_listening() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .bind(BindOutcome::InUse)
            .diagnose();
        let p = find(&f, codes::PORT_TAKEN);
        assert!(matches!(p.cause, Cause::PortTaken { process: None, .. }));
    }

    #[test]
    fn another_program_holds_the_expected_service_port() {
        let f = target("127.0.0.1:6379")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .listener("0.0.0.0", 6379, Some(("nginx", 77)))
            .service("Redis", true, &[])
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::PortTaken {
                service: Some("Redis".into()),
                process: Some("nginx".into()),
                pid: Some(77),
                running: false
            }
        );
        // Guessed from the port: the good news first.
        let f = target("127.0.0.1:6379")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .listener("0.0.0.0", 6379, Some(("nginx", 77)))
            .service("Redis", false, &[])
            .diagnose();
        assert_eq!(f[0].code(), codes::REACHABLE);
        assert_eq!(f[1].code(), codes::PORT_TAKEN);
        assert_eq!(f[1].confidence, Confidence::Possible);
    }

    #[test]
    fn hidden_owners_need_admin_rights() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .hidden_owners(2)
            .diagnose();
        let n = find(&f, codes::NEEDS_ADMIN);
        assert_eq!(n.verdict, Verdict::CantTell);
        assert_eq!(n.cause, Cause::NeedsAdmin { count: 2 });
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .hidden_owners(2)
            .privileged()
            .diagnose();
        assert!(f.iter().all(|x| x.code() != codes::NEEDS_ADMIN));
    }
}
