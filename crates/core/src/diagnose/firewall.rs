//! This computer's firewall: a rule that explains a refusal or a silence, stealth
//! mode, and what we could or could not read.

use super::{Failed, finding};
use crate::commands::firewall_read_command;
use crate::evidence::Evidence;
use crate::facts::{Facts, ProbeOutcome, ProbeResult};
use crate::finding::{Action, Cause, Confidence, DropPlace, Finding, SenderWhere, Verdict};
use crate::firewall::{Decision, RuleAction};

/// A rule that matches the failure, and where it sits.
struct Matched {
    rule_text: String,
    action: RuleAction,
    confidence: Confidence,
    by_policy: bool,
    /// True for the way in (the target is this computer), false for the way out.
    inbound: bool,
    hook: &'static str,
}

/// The first rule of this computer's firewall that decides a connection to the
/// target port: on the way in when the target is this computer, then on the way out.
fn matching_rule(ctx: &Failed<'_>, wants: impl Fn(&RuleAction) -> bool) -> Option<Matched> {
    let facts = ctx.facts;
    let fw = facts.firewall.as_ref()?;
    let port = facts.target.port;
    let loopback = ctx.first().ip().is_some_and(|ip| ip.is_loopback());
    let mut hooks = vec![("output", false)];
    if facts.listeners.is_some() {
        hooks.insert(0, ("input", true));
    }
    for (hook, inbound) in hooks {
        let matched = |rule_text, action, confidence, by_policy| Matched {
            rule_text,
            action,
            confidence,
            by_policy,
            inbound,
            hook,
        };
        let m = match fw.decision(port, hook, loopback) {
            Decision::Rule(r) => {
                matched(r.text.clone(), r.action.clone(), Confidence::Certain, false)
            }
            Decision::MaybeRule(r) => {
                matched(r.text.clone(), r.action.clone(), Confidence::Likely, false)
            }
            Decision::Policy(p) if p.policy == "drop" => matched(
                format!("{} {} {}: policy drop", p.source, p.table, p.chain),
                RuleAction::Drop,
                Confidence::Likely,
                true,
            ),
            _ => continue,
        };
        if wants(&m.action) {
            return Some(m);
        }
    }
    None
}

fn rule_evidence(m: &Matched) -> Evidence {
    Evidence::Rule {
        hook: m.hook.to_string(),
        rule: m.rule_text.clone(),
        action: m.action.label(),
    }
}

const RULE_ACTIONS: &[Action] = &[
    Action::CopyAdminCommand,
    Action::CheckAgain,
    Action::SendReport,
];

/// A refusal explained by a reject rule of this computer's firewall.
pub fn rule_rejects(ctx: &Failed<'_>) -> Option<Finding> {
    let m = matching_rule(ctx, |a| matches!(a, RuleAction::Reject { .. }))?;
    // On the way in, the rule guards the server (this computer, the target).
    let sender_where = if m.inbound {
        SenderWhere::RuleTarget
    } else {
        SenderWhere::RuleHere
    };
    Some(
        finding(
            ctx.facts,
            Cause::FirewallReject {
                sender: None,
                sender_where,
                rule: Some(m.rule_text.clone()),
            },
            Verdict::Cause,
            m.confidence,
        )
        .evidence(rule_evidence(&m))
        .actions(RULE_ACTIONS),
    )
}

/// A silence explained by a drop rule or a drop policy of this computer's firewall.
pub fn rule_drops(ctx: &Failed<'_>) -> Option<Finding> {
    let m = matching_rule(ctx, |a| matches!(a, RuleAction::Drop))?;
    let place = if m.inbound {
        DropPlace::Target
    } else {
        DropPlace::ThisComputer
    };
    Some(
        finding(
            ctx.facts,
            Cause::FirewallDrop {
                place,
                by_policy: m.by_policy,
                rule: Some(m.rule_text.clone()),
                last_hop: None,
                last_ttl: None,
            },
            Verdict::Cause,
            m.confidence,
        )
        .evidence(rule_evidence(&m))
        .actions(RULE_ACTIONS),
    )
}

/// macOS stealth mode: other computers get silence instead of a refusal here.
pub fn stealth_mode(facts: &Facts) -> Option<Finding> {
    let fw = facts.firewall.as_ref()?;
    let on = |key: &str| fw.state.get(key).map(String::as_str) == Some("on");
    if facts.listeners.is_none() || !on("app_firewall") || !on("stealth_mode") {
        return None;
    }
    Some(
        finding(
            facts,
            Cause::StealthMode {},
            Verdict::Cause,
            Confidence::Possible,
        )
        .evidence(Evidence::Stealth {})
        .actions(&[Action::CopyAdminCommand, Action::SendReport]),
    )
}

/// After a failure: the firewall could not be read at all (can't tell), or no rule
/// we read blocks the port (ruled out).
pub fn not_read_or_clear(facts: &Facts) -> Option<Finding> {
    let fw = facts.firewall.as_ref()?;
    if facts
        .addresses
        .iter()
        .all(|p| p.outcome == ProbeOutcome::Open)
    {
        return None;
    }
    if fw.sources.is_empty() {
        if fw.limitations.is_empty() {
            return None;
        }
        return Some(
            finding(
                facts,
                Cause::FirewallNotRead {
                    command: firewall_read_command(&facts.environment.os).to_string(),
                    unavailable: fw.unavailable,
                },
                Verdict::CantTell,
                Confidence::Certain,
            )
            .evidence(Evidence::FirewallUnread {
                limits: fw.limitations.clone(),
            }),
        );
    }
    let loopback = facts
        .addresses
        .first()
        .and_then(ProbeResult::ip)
        .is_some_and(|ip| ip.is_loopback());
    let local = facts.listeners.is_some();
    let hooks: &[&str] = if local {
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
    clear.then(|| {
        finding(
            facts,
            Cause::FirewallDrop {
                place: if local {
                    DropPlace::Both
                } else {
                    DropPlace::ThisComputer
                },
                by_policy: false,
                rule: None,
                last_hop: None,
                last_ttl: None,
            },
            Verdict::RuledOut,
            Confidence::Certain,
        )
        .evidence(Evidence::FirewallClear {
            sources: fw.sources.clone(),
            port: facts.target.port,
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::diagnose::build::{find, target};
    use crate::facts::ProbeOutcome;
    use crate::finding::{Cause, Confidence, DropPlace, SenderWhere, Verdict, codes};
    use crate::firewall::RuleAction;

    fn reset() -> RuleAction {
        RuleAction::Reject {
            with: "tcp reset".into(),
        }
    }

    #[test]
    fn a_reject_rule_on_the_way_in_beats_no_listener() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .firewall(&[("input", reset())])
            .diagnose();
        assert!(matches!(
            &f[0].cause,
            Cause::FirewallReject { sender_where: SenderWhere::RuleTarget, rule: Some(r), .. } if r.contains("reset")
        ));
        assert_eq!(f[0].confidence, Confidence::Certain);
        // On the way out, the rule stops our own attempt.
        let f = target("192.0.2.5:8080")
            .probe("192.0.2.5", ProbeOutcome::Refused)
            .firewall(&[("output", reset())])
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::FirewallReject {
                sender_where: SenderWhere::RuleHere,
                ..
            }
        ));
    }

    #[test]
    fn a_drop_rule_on_the_way_out_explains_a_silence() {
        let f = target("198.51.100.2:443")
            .probe("198.51.100.2", ProbeOutcome::Timeout)
            .firewall(&[("output", RuleAction::Drop)])
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::FirewallDrop {
                place: DropPlace::ThisComputer,
                by_policy: false,
                ..
            }
        ));
        assert_eq!(f[0].confidence, Confidence::Certain);
        // A reject rule does not explain a silence.
        let f = target("198.51.100.2:443")
            .probe("198.51.100.2", ProbeOutcome::Timeout)
            .firewall(&[("output", reset())])
            .diagnose();
        assert_eq!(f[0].code(), codes::TIMEOUT);
    }

    #[test]
    fn a_drop_policy_is_likely() {
        let f = target("127.0.0.1:9000")
            .probe("127.0.0.1", ProbeOutcome::Timeout)
            .table()
            .drop_policy("input")
            .diagnose();
        assert!(matches!(
            f[0].cause,
            Cause::FirewallDrop {
                place: DropPlace::Target,
                by_policy: true,
                ..
            }
        ));
        assert_eq!(f[0].confidence, Confidence::Likely);
    }

    #[test]
    fn a_firewall_we_could_not_read_is_said() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .firewall_unreadable()
            .diagnose();
        let n = find(&f, codes::FIREWALL_NOT_READ);
        assert_eq!(n.verdict, Verdict::CantTell);
        assert!(
            matches!(&n.cause, Cause::FirewallNotRead { command, unavailable: false } if command.contains("nft"))
        );
        let en = crate::Catalog::english();
        let why = en.explain(n).why;
        assert!(why.contains("needs admin rights"), "{why}");
    }

    #[test]
    fn a_firewall_that_gives_no_answer_is_not_blamed_on_rights() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .firewall_unavailable()
            .diagnose();
        let n = find(&f, codes::FIREWALL_NOT_READ);
        assert_eq!(n.verdict, Verdict::CantTell);
        assert!(matches!(
            &n.cause,
            Cause::FirewallNotRead {
                unavailable: true,
                ..
            }
        ));
        let en = crate::Catalog::english();
        let why = en.explain(n).why;
        assert!(!why.contains("needs admin"), "{why}");
        assert!(why.contains("did not answer"), "{why}");
    }

    #[test]
    fn no_rule_for_the_port_rules_the_firewall_out() {
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .firewall(&[])
            .diagnose();
        let r = find(&f, codes::FIREWALL_DROP);
        assert_eq!(r.verdict, Verdict::RuledOut);
        assert!(matches!(
            r.cause,
            Cause::FirewallDrop {
                place: DropPlace::Both,
                ..
            }
        ));
        // Nothing to rule out when the port answers.
        let f = target("127.0.0.1:8080")
            .probe("127.0.0.1", ProbeOutcome::Open)
            .firewall(&[])
            .diagnose();
        assert!(f.iter().all(|x| x.code() != codes::FIREWALL_DROP));
    }

    #[test]
    fn stealth_mode_on_this_mac() {
        let mut b = target("127.0.0.1:5432")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table()
            .firewall(&[]);
        if let Some(fw) = b.0.firewall.as_mut() {
            fw.state.insert("app_firewall".into(), "on".into());
            fw.state.insert("stealth_mode".into(), "on".into());
        }
        let f = b.diagnose();
        assert_eq!(
            find(&f, codes::STEALTH_MODE).confidence,
            Confidence::Possible
        );
    }
}
