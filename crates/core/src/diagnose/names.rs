//! Names: the system resolver's answer.

use std::net::IpAddr;

use super::finding;
use crate::evidence::Evidence;
use crate::facts::{Facts, ResolutionOutcome, ResolutionSource};
use crate::finding::{Action, Cause, Confidence, Finding, Verdict};

/// The answer when the name gave no address to try.
pub fn lookup_failed(facts: &Facts) -> Option<Finding> {
    let host = &facts.target.host;
    let took = facts.resolution.elapsed_ms;
    let (cause, confidence, evidence) = match &facts.resolution.outcome {
        ResolutionOutcome::Resolved { addresses } if !addresses.is_empty() => return None,
        ResolutionOutcome::Resolved { .. } | ResolutionOutcome::NoAddress => (
            Cause::DnsNoAddress {},
            Confidence::Certain,
            Evidence::NameNoAddress {
                host: host.clone(),
                ms: took,
            },
        ),
        ResolutionOutcome::NotFound => (
            Cause::DnsFailure {
                addresses: Vec::new(),
            },
            Confidence::Certain,
            Evidence::NameNotFound {
                host: host.clone(),
                ms: took,
            },
        ),
        ResolutionOutcome::NoAnswer { timed_out } => {
            let line = if *timed_out {
                Evidence::NameNoAnswer {
                    host: host.clone(),
                    deadline_ms: facts.timeout_ms,
                }
            } else {
                Evidence::NameTryAgain {
                    host: host.clone(),
                    ms: took,
                }
            };
            (Cause::DnsNoAnswer {}, Confidence::Likely, line)
        }
        ResolutionOutcome::Failed { detail } => (
            Cause::DnsError {
                detail: detail.clone(),
            },
            Confidence::Likely,
            Evidence::NameError {
                host: host.clone(),
                detail: detail.clone(),
            },
        ),
    };
    Some(
        finding(facts, cause, Verdict::Cause, confidence)
            .evidence(evidence)
            .actions(&[Action::CheckAgain, Action::SendReport]),
    )
}

/// Ruled out: the system resolver found the name.
pub fn found(facts: &Facts, addresses: &[IpAddr]) -> Option<Finding> {
    if facts.resolution.source != ResolutionSource::System {
        return None;
    }
    let list: Vec<String> = addresses.iter().map(ToString::to_string).collect();
    let line = Evidence::Resolved {
        host: facts.target.host.clone(),
        addresses: list.clone(),
        ms: facts.resolution.elapsed_ms,
    };
    Some(
        finding(
            facts,
            Cause::DnsFailure { addresses: list },
            Verdict::RuledOut,
            Confidence::Certain,
        )
        .evidence(line),
    )
}

#[cfg(test)]
mod tests {
    use crate::diagnose::build::{find, target};
    use crate::facts::{ProbeOutcome, ResolutionOutcome};
    use crate::finding::{Cause, Confidence, Verdict, codes};

    #[test]
    fn a_name_that_does_not_exist() {
        let f = target("nope.example.test:80")
            .resolved(ResolutionOutcome::NotFound)
            .diagnose();
        assert_eq!(f.len(), 1, "nothing is tried after that");
        let d = find(&f, codes::DNS_FAILURE);
        assert_eq!(
            (d.verdict, d.confidence),
            (Verdict::Cause, Confidence::Certain)
        );
        assert!(
            crate::catalog::Catalog::shared("en")
                .evidence(&d.evidence[0])
                .contains("NXDOMAIN")
        );
    }

    #[test]
    fn a_name_without_an_address() {
        let f = target("v6only.example.test:80")
            .resolved(ResolutionOutcome::NoAddress)
            .diagnose();
        assert_eq!(f[0].code(), codes::DNS_NO_ADDRESS);
        assert_eq!(f[0].confidence, Confidence::Certain);
    }

    #[test]
    fn a_resolver_that_does_not_answer() {
        let f = target("db1.example.test:5432")
            .resolved(ResolutionOutcome::NoAnswer { timed_out: true })
            .diagnose();
        assert_eq!(f[0].code(), codes::DNS_NO_ANSWER);
        assert_eq!(f[0].confidence, Confidence::Likely);
        assert!(
            crate::catalog::Catalog::shared("en")
                .evidence(&f[0].evidence[0])
                .contains("no answer within 5000 ms")
        );
    }

    #[test]
    fn a_resolver_error_names_what_the_system_said() {
        let f = target("db1.example.test:5432")
            .resolved(ResolutionOutcome::Failed {
                detail: "EAI_FAIL".into(),
            })
            .diagnose();
        assert_eq!(
            f[0].cause,
            Cause::DnsError {
                detail: "EAI_FAIL".into()
            }
        );
    }

    #[test]
    fn a_found_name_is_ruled_out_with_its_addresses() {
        let f = target("web.example.test:443")
            .probe("192.0.2.10", ProbeOutcome::Open)
            .diagnose();
        let d = find(&f, codes::DNS_FAILURE);
        assert_eq!(d.verdict, Verdict::RuledOut);
        assert_eq!(
            d.cause,
            Cause::DnsFailure {
                addresses: vec!["192.0.2.10".into()]
            }
        );
    }
}
