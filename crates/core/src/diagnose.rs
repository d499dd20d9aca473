//! The rules: pure functions from facts to findings. No I/O, no clock.
//!
//! The first finding is the answer; the rest are other causes seen at the same time,
//! then what was ruled out. Sentences live in the catalogue, keyed by the finding code.

use crate::errtext::{Failure, ParsedError};
use crate::facts::{
    Facts, Family, IcmpKind, LocalErrorKind, ProbeOutcome, ProbeResult, ResolutionOutcome,
    ResolutionSource, UnreachableKind,
};
use crate::finding::{Action, Confidence, Finding, Verdict, codes};
use crate::firewall::{Decision, RuleAction};
use crate::local::{BindOutcome, Listener};
use crate::path::PingOutcome;
use crate::services;

/// What one failed address tells us, most telling first (the order ranks causes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    FirewallReject,
    NoListener,
    Timeout,
    HostUnreachable,
    NetworkUnreachable,
    LocalError,
}

fn kind_of(p: &ProbeResult) -> Option<Kind> {
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
            (Some(IcmpKind::AdminProhibited), _) | (_, Some(UnreachableKind::AdminProhibited)) => {
                Kind::FirewallReject
            }
            (Some(IcmpKind::NetworkUnreachable), _) | (_, Some(UnreachableKind::Network)) => {
                Kind::NetworkUnreachable
            }
            _ => Kind::HostUnreachable,
        },
        ProbeOutcome::Timeout => Kind::Timeout,
        ProbeOutcome::LocalError => Kind::LocalError,
    })
}

/// Formats milliseconds the way people read them: `0.3`, `12`, `1500`.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.0}")
    }
}

/// One line of precise evidence for a probe: `10.0.0.5:5432 refused in 0.3 ms (ECONNREFUSED)`.
pub fn probe_evidence(p: &ProbeResult) -> String {
    let mut line = format!(
        "{} {} in {} ms",
        p.display_addr(),
        p.outcome.as_str(),
        ms(p.elapsed_ms)
    );
    if let Some(d) = &p.detail {
        let mut extra = Vec::new();
        if let Some(e) = &d.error {
            extra.push(e.clone());
        }
        if let Some(i) = &d.icmp {
            extra.push(format!(
                "ICMP type {} code {} from {}",
                i.icmp_type, i.icmp_code, i.sender
            ));
        }
        if !extra.is_empty() {
            line.push_str(&format!(" ({})", extra.join("; ")));
        }
    }
    line
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Diagnoses a check from its facts. The first finding is the answer.
pub fn diagnose(facts: &Facts) -> Vec<Finding> {
    let t = &facts.target;
    let service = services::by_port(t.port).map_or(String::new(), |s| s.label.to_string());
    let base = |code: &str, verdict: Verdict, confidence: Confidence| {
        Finding::new(code, verdict, confidence)
            .arg("host", &t.host)
            .arg("port", t.port)
            .arg("this_computer", yes_no(t.this_computer))
            .arg("service", &service)
    };
    let took = ms(facts.resolution.elapsed_ms);

    let addresses = match &facts.resolution.outcome {
        ResolutionOutcome::Resolved { addresses } if !addresses.is_empty() => addresses,
        ResolutionOutcome::Resolved { .. } | ResolutionOutcome::NoAddress => {
            return vec![
                base(codes::DNS_NO_ADDRESS, Verdict::Cause, Confidence::Certain)
                    .evidence(format!(
                        "system resolver: {} has no address (EAI_NODATA) after {took} ms",
                        t.host
                    ))
                    .actions(&[Action::CheckAgain, Action::SendReport]),
            ];
        }
        ResolutionOutcome::NotFound => {
            return vec![
                base(codes::DNS_FAILURE, Verdict::Cause, Confidence::Certain)
                    .evidence(format!("system resolver: {} does not exist (EAI_NONAME / NXDOMAIN) after {took} ms", t.host))
                    .actions(&[Action::CheckAgain, Action::SendReport]),
            ];
        }
        ResolutionOutcome::NoAnswer { timed_out } => {
            let how = if *timed_out {
                format!("no answer within {} ms", facts.timeout_ms)
            } else {
                format!("temporary failure (EAI_AGAIN) after {took} ms")
            };
            return vec![
                base(codes::DNS_NO_ANSWER, Verdict::Cause, Confidence::Likely)
                    .evidence(format!("system resolver: {} — {how}", t.host))
                    .actions(&[Action::CheckAgain, Action::SendReport]),
            ];
        }
        ResolutionOutcome::Failed { detail } => {
            return vec![
                base(codes::DNS_ERROR, Verdict::Cause, Confidence::Likely)
                    .arg("detail", detail)
                    .evidence(format!("system resolver: {}: {detail}", t.host))
                    .actions(&[Action::CheckAgain, Action::SendReport]),
            ];
        }
    };

    let mut findings = Vec::new();
    let probes = &facts.addresses;
    let open: Vec<&ProbeResult> = probes
        .iter()
        .filter(|p| p.outcome == ProbeOutcome::Open)
        .collect();
    let failed: Vec<(&ProbeResult, Kind)> = probes
        .iter()
        .filter_map(|p| kind_of(p).map(|k| (p, k)))
        .collect();
    let all_addresses = addresses
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");

    if failed.is_empty() && !open.is_empty() {
        // Someone answers; but is it the program the user expects? When the user named
        // the service, another program on its port is the answer; when we only guessed
        // the service from the port, it is a possibility after the good news.
        let taken = port_taken(facts, &base);
        let named = facts.service.as_ref().is_some_and(|s| s.named_by_user);
        let mut later = None;
        if let Some(f) = taken {
            if named {
                findings.push(f)
            } else {
                later = Some(f)
            }
        }
        let first = open[0];
        let mut f = base(codes::REACHABLE, Verdict::Ok, Confidence::Certain)
            .arg("address", &first.address)
            .arg("ms", ms(first.elapsed_ms))
            .arg("count", open.len());
        for p in &open {
            f = f.evidence(probe_evidence(p));
        }
        findings.push(f.actions(&[Action::CheckAgain]));
        findings.extend(later);
    } else if !open.is_empty() {
        let open_families: Vec<Family> = open.iter().map(|p| p.family).collect();
        let failed_families: Vec<Family> = failed.iter().map(|(p, _)| p.family).collect();
        let split = open_families.iter().all(|f| *f == open_families[0])
            && failed_families.iter().all(|f| *f == failed_families[0])
            && open_families[0] != failed_families[0];
        let (bad, _) = failed[0];
        let mut f = if split {
            base(
                codes::IPV6_IPV4_MISMATCH,
                Verdict::Cause,
                Confidence::Certain,
            )
            .arg("works_family", open[0].family.label())
            .arg("fails_family", bad.family.label())
            .arg("works_address", &open[0].address)
            .arg("fails_address", &bad.address)
            .arg("fails_outcome", bad.outcome.as_str())
            .arg(
                "fails_first",
                yes_no(
                    probes
                        .first()
                        .is_some_and(|p| p.outcome != ProbeOutcome::Open),
                ),
            )
            .actions(&[
                Action::CheckOtherFamily,
                Action::CheckAgain,
                Action::SendReport,
            ])
        } else {
            base(
                codes::SOME_ADDRESSES_FAIL,
                Verdict::Cause,
                Confidence::Likely,
            )
            .arg("failed", failed.len())
            .arg("total", probes.len())
            .arg("fails_address", &bad.address)
            .arg("fails_outcome", bad.outcome.as_str())
            .actions(&[Action::CheckAgain, Action::SendReport])
        };
        for p in probes {
            f = f.evidence(probe_evidence(p));
        }
        findings.push(f);
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
            findings.push(failure_finding(kind, &these, facts, &base));
        }
    }

    findings.extend(local_side_findings(facts, &base));

    // What we ruled out, so people see what is not the problem.
    if facts.resolution.source == ResolutionSource::System {
        findings.push(
            base(codes::DNS_FAILURE, Verdict::RuledOut, Confidence::Certain)
                .arg("addresses", &all_addresses)
                .evidence(format!(
                    "system resolver: {} → {all_addresses} in {took} ms",
                    t.host
                )),
        );
    }
    let answered = probes
        .iter()
        .any(|p| matches!(p.outcome, ProbeOutcome::Refused | ProbeOutcome::Open));
    if answered && findings.first().is_some_and(|f| f.code != codes::REACHABLE) {
        findings.push(base(
            codes::HOST_UNREACHABLE,
            Verdict::RuledOut,
            Confidence::Certain,
        ));
    }
    findings
}

fn failure_finding(
    kind: Kind,
    these: &[&ProbeResult],
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Finding {
    let first = these[0];
    let icmp = first.detail.as_ref().and_then(|d| d.icmp.as_ref());
    let address_list = these
        .iter()
        .map(|p| p.address.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    // A matching rule of this computer's firewall is direct evidence: it comes first.
    let mut f = match firewall_verdict(kind, first, facts, base) {
        Some(f) => f,
        None => cause_of(kind, first, icmp, facts, base),
    };
    f = f
        .arg("address", &first.address)
        .arg("addresses", address_list)
        .arg("count", these.len());
    for p in these {
        f = f.evidence(probe_evidence(p));
    }
    f
}

/// The finding for a kind of failure when no firewall rule of ours explains it.
fn cause_of(
    kind: Kind,
    first: &ProbeResult,
    icmp: Option<&crate::facts::IcmpReport>,
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Finding {
    match kind {
        Kind::NoListener => {
            let actions: &[Action] =
                if facts.target.this_computer || first.ip().is_some_and(|ip| ip.is_loopback()) {
                    &[
                        Action::CheckAgain,
                        Action::OpenTestListener,
                        Action::SendReport,
                    ]
                } else {
                    &[Action::CheckAgain, Action::SendReport]
                };
            match local_listeners(facts) {
                // The listener table says what is there: no guessing.
                Some(on_port) if on_port.is_empty() => nobody_on_port(facts, base)
                    .arg("ms", ms(first.elapsed_ms))
                    .evidence(format!(
                        "no listener on port {} of this computer (listener table)",
                        facts.target.port
                    ))
                    .actions(actions),
                Some(on_port) => {
                    let l = on_port[0];
                    let mut f = base(codes::BOUND_ELSEWHERE, Verdict::Cause, Confidence::Certain)
                        .arg("listen_address", &l.address)
                        .arg("loopback_only", yes_no(l.is_loopback_only()))
                        .arg("process", l.process.clone().unwrap_or_default())
                        .arg("has_process", yes_no(l.process.is_some()))
                        .actions(&[Action::CheckAgain, Action::SendReport]);
                    for l in &on_port {
                        f = f.evidence(format!(
                            "listening on {} {}",
                            l.display_addr(),
                            owner_text(l)
                        ));
                    }
                    f
                }
                None => base(codes::NO_LISTENER, Verdict::Cause, Confidence::Likely)
                    .arg("ms", ms(first.elapsed_ms))
                    .actions(actions),
            }
        }
        Kind::FirewallReject => {
            let sender = icmp.map_or_else(String::new, |i| i.sender.clone());
            let sender_where = match icmp {
                None => "unknown",
                Some(i) if i.from_this_computer => "this-computer",
                Some(i) if facts.addresses.iter().any(|p| p.address == i.sender) => "target",
                Some(_) => "path",
            };
            base(
                codes::FIREWALL_REJECT,
                Verdict::Cause,
                if icmp.is_some() {
                    Confidence::Certain
                } else {
                    Confidence::Likely
                },
            )
            .arg(
                "sender",
                if sender.is_empty() {
                    "-".to_string()
                } else {
                    sender
                },
            )
            .arg("sender_where", sender_where)
            .actions(&[
                Action::CopyAdminCommand,
                Action::CheckAgain,
                Action::SendReport,
            ])
        }
        Kind::Timeout => backlog_overflow(facts, base)
            .or_else(|| silent_path(facts, base))
            .unwrap_or_else(|| {
                let ping = match facts.ping.as_ref().map(|p| p.outcome) {
                    Some(PingOutcome::Reply) => "replied",
                    Some(PingOutcome::NoReply) => "silent",
                    _ => "unknown",
                };
                base(codes::TIMEOUT, Verdict::Cause, Confidence::Likely)
                    .arg("seconds", ms(facts.timeout_ms as f64 / 1000.0))
                    .arg("ping", ping)
                    .actions(&[Action::CheckAgain, Action::SendReport])
            }),
        Kind::HostUnreachable | Kind::NetworkUnreachable => {
            let code = if kind == Kind::HostUnreachable {
                codes::HOST_UNREACHABLE
            } else {
                codes::NETWORK_UNREACHABLE
            };
            let sender = icmp
                .filter(|i| !i.from_this_computer)
                .map(|i| i.sender.clone());
            base(code, Verdict::Cause, Confidence::Certain)
                .arg("sender", sender.clone().unwrap_or_else(|| "-".to_string()))
                .arg("has_sender", yes_no(sender.is_some()))
                .actions(&[Action::CheckAgain, Action::SendReport])
        }
        Kind::LocalError => {
            let reason = match first.detail.as_ref().and_then(|d| d.local) {
                Some(LocalErrorKind::NoFreePort) => "no-free-port",
                Some(LocalErrorKind::TooManyOpenFiles) => "too-many-files",
                Some(LocalErrorKind::Permission) => "permission",
                _ => "other",
            };
            base(codes::LOCAL_ERROR, Verdict::Cause, Confidence::Certain)
                .arg("reason", reason)
                .actions(&[Action::CheckAgain, Action::SendReport])
        }
    }
}

/// The listeners on the target port, when the target is this computer and the table
/// could be read; None when we could not look.
fn local_listeners(facts: &Facts) -> Option<Vec<&Listener>> {
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

/// Nothing listens on the port of this computer: is the expected program running on
/// another port, not running at all, or does something listen on a port nearby?
fn nobody_on_port(facts: &Facts, base: &dyn Fn(&str, Verdict, Confidence) -> Finding) -> Finding {
    let port = facts.target.port;
    let all: &[Listener] = facts
        .listeners
        .as_ref()
        .map_or(&[], |t| t.listeners.as_slice());
    if let Some(s) = &facts.service {
        let pids: Vec<u32> = s.running.iter().map(|p| p.pid).collect();
        let elsewhere: Vec<&Listener> = all
            .iter()
            .filter(|l| l.port != port && l.pid.is_some_and(|p| pids.contains(&p)))
            .collect();
        if let Some(l) = elsewhere.first() {
            let mut f = base(codes::WRONG_PORT, Verdict::Cause, Confidence::Certain)
                .arg("service", &s.name)
                .arg("service_known", "yes")
                .arg("other_port", l.port)
                .arg("has_process", "yes")
                .arg(
                    "process",
                    l.process.clone().unwrap_or_else(|| s.name.clone()),
                );
            for l in &elsewhere {
                f = f.evidence(format!(
                    "{} listens on {} {}",
                    s.name,
                    l.display_addr(),
                    owner_text(l)
                ));
            }
            return f;
        }
        if s.running.is_empty() {
            let confidence = if s.named_by_user {
                Confidence::Certain
            } else {
                Confidence::Likely
            };
            return base(codes::SERVICE_NOT_RUNNING, Verdict::Cause, confidence)
                .arg("service", &s.name)
                .arg("programs", s.programs.join(", "))
                .evidence(format!(
                    "no process named {} is running",
                    s.programs.join(" / ")
                ));
        }
        let running = s
            .running
            .iter()
            .map(|p| format!("{} (PID {})", p.name, p.pid))
            .collect::<Vec<_>>()
            .join(", ");
        return base(codes::NO_LISTENER, Verdict::Cause, Confidence::Certain).evidence(format!(
            "{} runs ({running}) but listens on no TCP port we can see",
            s.name
        ));
    }
    let mut near: Vec<&Listener> = all.iter().filter(|l| l.port != port).collect();
    near.sort_by_key(|l| l.port.abs_diff(port));
    if let Some(l) = near.first() {
        let process = l.process.clone().unwrap_or_default();
        return base(codes::WRONG_PORT, Verdict::Cause, Confidence::Likely)
            .arg("service_known", "no")
            .arg("service", "")
            .arg("other_port", l.port)
            .arg("has_process", yes_no(!process.is_empty()))
            .arg("process", process)
            .evidence(format!(
                "nearby: listening on {} {}",
                l.display_addr(),
                owner_text(l)
            ));
    }
    base(codes::NO_LISTENER, Verdict::Cause, Confidence::Certain)
}

/// A rule of this computer's firewall that explains a refusal or a timeout: on the
/// way out (our own attempt), or on the way in when the target is this computer.
fn firewall_verdict(
    kind: Kind,
    first: &ProbeResult,
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Option<Finding> {
    let fw = facts.firewall.as_ref()?;
    let wants_reject = matches!(kind, Kind::NoListener | Kind::FirewallReject);
    if !wants_reject && kind != Kind::Timeout {
        return None;
    }
    let port = facts.target.port;
    let loopback = first.ip().is_some_and(|ip| ip.is_loopback());
    let local_target = facts.listeners.is_some();
    let mut hooks = vec![("output", "this-computer")];
    if local_target {
        hooks.insert(0, ("input", "target"));
    }
    for (hook, place) in hooks {
        let (rule_text, action, confidence, by_policy) = match fw.decision(port, hook, loopback) {
            Decision::Rule(r) => (r.text.clone(), r.action.clone(), Confidence::Certain, false),
            Decision::MaybeRule(r) => (r.text.clone(), r.action.clone(), Confidence::Likely, false),
            Decision::Policy(p) if p.policy == "drop" => (
                format!("{} {} {}: policy drop", p.source, p.table, p.chain),
                RuleAction::Drop,
                Confidence::Likely,
                true,
            ),
            _ => continue,
        };
        let matches_outcome = match &action {
            RuleAction::Reject { .. } => wants_reject,
            RuleAction::Drop => kind == Kind::Timeout,
            _ => false,
        };
        if !matches_outcome {
            continue;
        }
        let code = if matches!(action, RuleAction::Drop) {
            codes::FIREWALL_DROP
        } else {
            codes::FIREWALL_REJECT
        };
        let place = if place == "target" && facts.target.this_computer {
            "this-computer"
        } else {
            place
        };
        return Some(
            base(code, Verdict::Cause, confidence)
                .arg(
                    "sender_where",
                    if place == "target" {
                        "rule-target"
                    } else {
                        "rule-here"
                    },
                )
                .arg("place", place)
                .arg("by_policy", yes_no(by_policy))
                .arg("sender", "-")
                .arg("rule", &rule_text)
                .evidence(format!(
                    "firewall ({hook}): {rule_text} [{}]",
                    action.label()
                ))
                .actions(&[
                    Action::CopyAdminCommand,
                    Action::CheckAgain,
                    Action::SendReport,
                ]),
        );
    }
    None
}

/// A timeout where the trace shows routers answering up to a point, then silence:
/// something after the last router that answered drops the packets.
fn silent_path(
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Option<Finding> {
    let trace = facts.trace.as_ref()?;
    let hop = trace.last_answer_before_silence()?;
    let address = hop.address.clone()?;
    let hops = trace
        .hops
        .iter()
        .map(|h| format!("{}:{}", h.ttl, h.address.as_deref().unwrap_or("*")))
        .collect::<Vec<_>>()
        .join(" ");
    Some(
        base(codes::FIREWALL_DROP, Verdict::Cause, Confidence::Likely)
            .arg("place", "path")
            .arg("by_policy", "no")
            .arg("last_hop", &address)
            .arg("last_ttl", hop.ttl)
            .evidence(format!(
                "TCP trace to {}:{}: {hops} (silent after {address})",
                trace.address, trace.port
            ))
            .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// A timeout on this computer, where the listener's queue is full (certain) or the
/// system counted queue overflows while we probed (likely).
fn backlog_overflow(
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Option<Finding> {
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
    let mut f = base(codes::BACKLOG_OVERFLOW, Verdict::Cause, confidence)
        .arg("process", listener.process.clone().unwrap_or_default())
        .arg("has_process", yes_no(listener.process.is_some()))
        .arg("waiting", listener.accept_queue.unwrap_or(0))
        .arg("backlog", listener.backlog.unwrap_or(0))
        .arg(
            "somaxconn",
            facts
                .queue
                .as_ref()
                .and_then(|q| q.somaxconn)
                .map_or_else(|| "?".into(), |s| s.to_string()),
        )
        .evidence(format!(
            "{} {}: {} waiting, backlog {}",
            listener.display_addr(),
            owner_text(listener),
            listener
                .accept_queue
                .map_or_else(|| "?".into(), |q| q.to_string()),
            listener
                .backlog
                .map_or_else(|| "?".into(), |b| b.to_string())
        ))
        .actions(&[Action::CheckAgain, Action::SendReport]);
    if let Some(q) = &facts.queue {
        f = f.evidence(format!(
            "ListenOverflows {} → {} (+{dropped}), ListenDrops {} → {} during the probe",
            q.before.listen_overflows,
            q.after.listen_overflows,
            q.before.listen_drops,
            q.after.listen_drops
        ));
    }
    Some(f)
}

/// What the bind test and the limits of our rights add on this computer.
fn local_side_findings(
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(b) = &facts.bind {
        match b.outcome {
            BindOutcome::PermissionDenied => out.push(
                base(codes::PRIVILEGED_PORT, Verdict::Cause, Confidence::Possible)
                    .arg("threshold", b.unprivileged_port_start.map_or_else(|| "1024".into(), |t| t.to_string()))
                    .evidence(format!(
                        "bind {}:{} as a user without admin rights: {} (unprivileged ports start at {})",
                        b.address,
                        b.port,
                        b.error.as_deref().unwrap_or("permission denied"),
                        b.unprivileged_port_start.map_or_else(|| "?".into(), |t| t.to_string())
                    ))
                    .actions(&[Action::CheckAgain, Action::SendReport]),
            ),
            BindOutcome::Reserved => {
                let (start, end) = b.reserved_range.unwrap_or((b.port, b.port));
                out.push(
                    base(codes::RESERVED_PORT_RANGE, Verdict::Cause, Confidence::Likely)
                        .arg("range_start", start)
                        .arg("range_end", end)
                        .evidence(format!("port {} is in the excluded range {start}-{end}", b.port))
                        .actions(&[Action::CopyAdminCommand, Action::SendReport]),
                );
            }
            BindOutcome::InUse => out.push(
                base(codes::PORT_TAKEN, Verdict::Cause, Confidence::Likely)
                    .arg("service", facts.service.as_ref().map_or_else(String::new, |s| s.name.clone()))
                    .arg("has_service", yes_no(facts.service.is_some()))
                    .arg("has_process", "no")
                    .arg("process", "")
                    .arg("pid", "?")
                    .arg("running", "no")
                    .evidence(format!(
                        "bind {}:{}: {} although nothing listens there",
                        b.address,
                        b.port,
                        b.error.as_deref().unwrap_or("in use")
                    )),
            ),
            _ => {}
        }
    }
    let answered = facts
        .addresses
        .iter()
        .any(|p| matches!(p.outcome, ProbeOutcome::Open | ProbeOutcome::Refused));
    if let Some(ping) = &facts.ping
        && ping.outcome == PingOutcome::NoReply
        && answered
    {
        out.push(
            base(
                codes::ICMP_BLOCKED_BUT_TCP_FINE,
                Verdict::Ok,
                Confidence::Certain,
            )
            .arg("address", &ping.address)
            .evidence(format!(
                "ping {} ({}): no reply; TCP port {} answered",
                ping.address, ping.method, facts.target.port
            )),
        );
    }
    let failed = facts
        .addresses
        .iter()
        .any(|p| p.outcome != ProbeOutcome::Open);
    // macOS stealth mode: other computers get silence instead of a refusal here.
    if let Some(fw) = &facts.firewall
        && facts.listeners.is_some()
        && fw.state.get("app_firewall").map(String::as_str) == Some("on")
        && fw.state.get("stealth_mode").map(String::as_str) == Some("on")
    {
        out.push(
            base(codes::STEALTH_MODE, Verdict::Cause, Confidence::Possible)
                .evidence("macOS application firewall: on, stealth mode: on")
                .actions(&[Action::CopyAdminCommand, Action::SendReport]),
        );
    }
    if let Some(fw) = &facts.firewall
        && failed
    {
        if fw.sources.is_empty() && !fw.limitations.is_empty() {
            out.push(
                base(
                    codes::FIREWALL_NOT_READ,
                    Verdict::CantTell,
                    Confidence::Certain,
                )
                .arg("command", fw.admin_command.clone().unwrap_or_default())
                .evidence(fw.limitations.join("; ")),
            );
        } else if !fw.sources.is_empty() {
            let loopback = facts
                .addresses
                .first()
                .and_then(ProbeResult::ip)
                .is_some_and(|ip| ip.is_loopback());
            let hooks: &[&str] = if facts.listeners.is_some() {
                &["input", "output"]
            } else {
                &["output"]
            };
            let clear = hooks.iter().all(|h| {
                matches!(
                    fw.decision(facts.target.port, h, loopback),
                    Decision::Nothing
                )
            });
            if clear {
                out.push(
                    base(codes::FIREWALL_DROP, Verdict::RuledOut, Confidence::Certain)
                        .arg(
                            "place",
                            if facts.listeners.is_some() {
                                "both"
                            } else {
                                "this-computer"
                            },
                        )
                        .evidence(format!(
                            "{}: no rule blocks TCP port {}",
                            fw.sources.join(", "),
                            facts.target.port
                        )),
                );
            }
        }
    }
    if let Some(t) = &facts.listeners
        && t.hidden_owners > 0
        && !facts.environment.privileged
    {
        let mut f = base(codes::NEEDS_ADMIN, Verdict::CantTell, Confidence::Certain)
            .arg("count", t.hidden_owners);
        for l in t.listeners.iter().filter(|l| l.pid.is_none()) {
            f = f.evidence(format!(
                "owner of {} not visible {}",
                l.display_addr(),
                owner_text(l)
            ));
        }
        out.push(f);
    }
    out
}

/// The expected service's port is held by another program (not a known forwarder).
fn port_taken(
    facts: &Facts,
    base: &dyn Fn(&str, Verdict, Confidence) -> Finding,
) -> Option<Finding> {
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
        base(codes::PORT_TAKEN, Verdict::Cause, confidence)
            .arg("service", &s.name)
            .arg("has_service", "yes")
            .arg("has_process", "yes")
            .arg("process", holder.process.clone().unwrap_or_default())
            .arg(
                "pid",
                holder
                    .pid
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| "?".into()),
            )
            .arg("running", yes_no(!s.running.is_empty()))
            .evidence(format!(
                "{} holds {}, not {}",
                owner_text(holder),
                holder.display_addr(),
                s.name
            ))
            .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// `(postgres, PID 812, user postgres)`, with what we could see.
pub fn owner_text(l: &Listener) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &l.process {
        parts.push(p.clone());
    }
    if let Some(pid) = l.pid {
        parts.push(format!("PID {pid}"));
    }
    if let Some(u) = &l.user {
        parts.push(format!("user {u}"));
    } else if let Some(uid) = l.uid {
        parts.push(format!("uid {uid}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("({})", parts.join(", "))
    }
}

/// Explains a pasted error without touching the network.
pub fn diagnose_error_text(parsed: &ParsedError) -> Vec<Finding> {
    let host = parsed.host_name.clone().or_else(|| parsed.host.clone());
    let code = match parsed.failure {
        Failure::Refused => codes::MESSAGE_REFUSED,
        Failure::Timeout => codes::MESSAGE_TIMEOUT,
        Failure::Unreachable => codes::MESSAGE_UNREACHABLE,
        Failure::Dns => codes::MESSAGE_DNS,
        Failure::Reset => codes::MESSAGE_RESET,
        Failure::Tls => codes::MESSAGE_TLS,
        Failure::UnixSocket => codes::UNIX_SOCKET,
        Failure::Other => codes::MESSAGE_UNRECOGNIZED,
    };
    let (verdict, confidence) = match parsed.failure {
        Failure::Other => (Verdict::CantTell, Confidence::Possible),
        _ => (Verdict::Cause, Confidence::Likely),
    };
    let mut f = Finding::new(code, verdict, confidence)
        .arg("host", host.clone().unwrap_or_default())
        .arg("has_host", yes_no(host.is_some()))
        .arg(
            "port",
            parsed.port.map(|p| p.to_string()).unwrap_or_default(),
        )
        .arg("has_port", yes_no(parsed.port.is_some()))
        .arg("client", parsed.client.clone().unwrap_or_default())
        .arg(
            "socket",
            parsed
                .socket_path
                .clone()
                .unwrap_or_else(|| "none".to_string()),
        );
    let mut line = format!("failure={}", parsed.failure.as_str());
    if let Some(c) = &parsed.client {
        line.push_str(&format!(" client={c}"));
    }
    if let Some(h) = &parsed.host {
        line.push_str(&format!(" host={h}"));
    }
    if let Some(p) = parsed.port {
        line.push_str(&format!(
            " port={p}{}",
            if parsed.port_implied {
                " (implied by the client)"
            } else {
                ""
            }
        ));
    }
    if let Some(e) = &parsed.error_code {
        line.push_str(&format!(" code={e}"));
    }
    if let Some(s) = &parsed.socket_path {
        line.push_str(&format!(" socket={s}"));
    }
    f = f.evidence(line);
    if parsed.host.is_some() && parsed.port.is_some() && parsed.failure != Failure::Other {
        f = f.actions(&[Action::RunCheck, Action::SendReport]);
    }
    let mut findings = vec![f];

    // Node 17+ and others try ::1 first for "localhost"; many dev servers listen on 127.0.0.1 only.
    let v6_loopback = parsed.host.as_deref() == Some("::1");
    if parsed.failure == Failure::Refused && v6_loopback {
        findings.push(
            Finding::new(
                codes::LOCALHOST_IPV6_FIRST,
                Verdict::Cause,
                Confidence::Possible,
            )
            .arg(
                "port",
                parsed.port.map(|p| p.to_string()).unwrap_or_default(),
            )
            .evidence(
                "refused on ::1 (IPv6 loopback); a server on 127.0.0.1 only is not reached there",
            )
            .actions(&[Action::RunCheck]),
        );
    }
    findings
}
