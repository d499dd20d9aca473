//! The proxy a web target goes through: not running, or refusing the target.

use crate::evidence::Evidence;
use crate::facts::{Facts, ProbeOutcome};
use crate::finding::{Action, Cause, Confidence, Finding, Verdict};
use crate::proxy::{ConnectOutcome, ProxyFacts, ProxySetting};

use super::finding;

/// The proxy that applies to the target, judged: refused or silent (the answer,
/// whatever our direct attempt said: the client goes through the proxy), refusing the
/// target, or ruled out when it connected.
pub fn proxy(facts: &Facts) -> Option<Finding> {
    let p = facts.proxy.as_ref()?;
    let Some(setting) = p.applied() else {
        return pac_not_run(facts, p);
    };
    let probe = p.probe.as_ref()?;
    let address = setting.address();
    let set = Evidence::ProxySet {
        source: setting.source,
        setting: setting.setting.clone(),
        proxy: address.clone(),
    };
    match probe.outcome {
        ProbeOutcome::Open => refused_target(facts, p, setting, set),
        outcome => Some(
            finding(
                facts,
                Cause::ProxyNotRunning {
                    proxy: address,
                    source: setting.source,
                    setting: Some(setting.setting.clone()),
                    program: setting
                        .is_local()
                        .then(|| crate::proxy::local_proxy_program(setting.port))
                        .flatten()
                        .map(str::to_string),
                    local: setting.is_local(),
                    silent: outcome != ProbeOutcome::Refused,
                    by_port: false,
                },
                Verdict::Cause,
                if outcome == ProbeOutcome::Refused {
                    Confidence::Certain
                } else {
                    Confidence::Likely
                },
            )
            .evidence(set)
            .evidence(Evidence::probe(probe))
            .actions(&[Action::CopyAdminCommand, Action::SendReport]),
        ),
    }
}

/// A web target with no proxy set but a proxy auto-configuration script: the script
/// may send it through a proxy we did not look at (we never run it).
fn pac_not_run(facts: &Facts, p: &ProxyFacts) -> Option<Finding> {
    if !crate::proxy::is_web(&facts.target) {
        return None;
    }
    let pac = p.pac.first()?;
    Some(
        finding(
            facts,
            Cause::ProxyPacNotRun {
                source: pac.source,
                url: pac.url.clone(),
            },
            Verdict::CantTell,
            Confidence::Certain,
        )
        .evidence(Evidence::ProxyPac {
            source: pac.source,
            url: pac.url.clone(),
        })
        .actions(&[Action::CopyAdminCommand, Action::SendReport]),
    )
}

fn refused_target(
    facts: &Facts,
    p: &ProxyFacts,
    setting: &ProxySetting,
    set: Evidence,
) -> Option<Finding> {
    let connect = p.connect.as_ref()?;
    let address = setting.address();
    let answer = Evidence::ProxyAnswer {
        proxy: address.clone(),
        target: facts.target.display_addr(),
        status_line: connect.status_line.clone(),
    };
    if connect.outcome == ConnectOutcome::Connected {
        return Some(
            finding(
                facts,
                Cause::ProxyNotRunning {
                    proxy: address,
                    source: setting.source,
                    setting: Some(setting.setting.clone()),
                    program: None,
                    local: setting.is_local(),
                    silent: false,
                    by_port: false,
                },
                Verdict::RuledOut,
                Confidence::Certain,
            )
            .evidence(set)
            .evidence(answer),
        );
    }
    Some(
        finding(
            facts,
            Cause::ProxyRefusedTarget {
                proxy: address,
                source: setting.source,
                setting: Some(setting.setting.clone()),
                status: connect.status,
                status_line: connect.status_line.clone(),
                closed: matches!(
                    connect.outcome,
                    ConnectOutcome::Closed | ConnectOutcome::Timeout
                ),
            },
            Verdict::Cause,
            Confidence::Likely,
        )
        .evidence(set)
        .evidence(answer)
        .actions(&[Action::CopyAdminCommand, Action::SendReport]),
    )
}

#[cfg(test)]
mod tests {
    use super::super::build::target;
    use crate::facts::ProbeOutcome;
    use crate::finding::{Cause, Confidence, Verdict, codes};
    use crate::proxy::{ConnectOutcome, ProxySource};

    #[test]
    fn a_proxy_that_refuses_is_the_answer_even_when_the_site_answers() {
        let f = target("https://example.com/")
            .probe("93.184.216.34", ProbeOutcome::Open)
            .proxy("https_proxy", "127.0.0.1:7890", ProbeOutcome::Refused, None)
            .diagnose();
        assert_eq!(f[0].code(), codes::PROXY_NOT_RUNNING, "{f:?}");
        assert_eq!(f[0].verdict, Verdict::Cause);
        assert_eq!(f[0].confidence, Confidence::Certain);
        assert!(matches!(
            &f[0].cause,
            Cause::ProxyNotRunning { source: ProxySource::Environment, program: Some(p), local: true, silent: false, .. } if p == "Clash"
        ));
        let en = crate::Catalog::english().explain(&f[0]);
        assert_eq!(
            en.headline,
            "This computer sends web traffic through a proxy at 127.0.0.1:7890, and nothing answers there."
        );
        assert!(en.why.contains("https_proxy"), "{}", en.why);
    }

    #[test]
    fn a_proxy_that_answers_but_refuses_the_target() {
        let f = target("https://example.com/")
            .probe("93.184.216.34", ProbeOutcome::Timeout)
            .proxy(
                "HTTPS_PROXY",
                "10.0.0.8:3128",
                ProbeOutcome::Open,
                Some((ConnectOutcome::Refused, Some(403), "HTTP/1.1 403 Forbidden")),
            )
            .diagnose();
        assert_eq!(f[0].code(), codes::PROXY_REFUSED_TARGET, "{f:?}");
        assert!(matches!(
            &f[0].cause,
            Cause::ProxyRefusedTarget {
                status: Some(403),
                ..
            }
        ));
        let en = crate::Catalog::english().explain(&f[0]);
        assert!(en.why.contains("HTTP/1.1 403 Forbidden"), "{}", en.why);
    }

    #[test]
    fn a_proxy_that_connects_is_ruled_out() {
        let f = target("https://example.com/")
            .probe("93.184.216.34", ProbeOutcome::Open)
            .proxy(
                "HTTPS_PROXY",
                "127.0.0.1:3128",
                ProbeOutcome::Open,
                Some((
                    ConnectOutcome::Connected,
                    Some(200),
                    "HTTP/1.1 200 Connection established",
                )),
            )
            .diagnose();
        assert_eq!(f[0].code(), codes::REACHABLE);
        let r = f
            .iter()
            .find(|x| x.code() == codes::PROXY_NOT_RUNNING)
            .expect("ruled out");
        assert_eq!(r.verdict, Verdict::RuledOut);
    }

    #[test]
    fn a_pac_script_is_said_and_not_run() {
        let mut b = target("https://example.com/").probe("93.184.216.34", ProbeOutcome::Timeout);
        let (settings, pac) = crate::proxy::from_wininet(
            Some(0),
            None,
            None,
            Some("http://wpad.corp.example/wpad.dat"),
        );
        b.0.proxy = Some(crate::proxy::ProxyFacts {
            settings,
            pac,
            ..crate::proxy::ProxyFacts::default()
        });
        let f = b.diagnose();
        let n = f
            .iter()
            .find(|x| x.code() == codes::PROXY_PAC_NOT_RUN)
            .expect("said");
        assert_eq!(n.verdict, Verdict::CantTell);
        assert!(
            matches!(&n.cause, Cause::ProxyPacNotRun { source: ProxySource::Windows, url } if url.contains("wpad"))
        );
        let en = crate::Catalog::english().explain(n);
        assert!(
            en.why.contains("http://wpad.corp.example/wpad.dat"),
            "{}",
            en.why
        );
    }

    #[test]
    fn no_proxy_for_a_target_that_is_not_web() {
        let f = target("db.example.com:5432")
            .probe("192.0.2.5", ProbeOutcome::Refused)
            .diagnose();
        assert!(f.iter().all(|x| x.code() != codes::PROXY_NOT_RUNNING));
    }
}
