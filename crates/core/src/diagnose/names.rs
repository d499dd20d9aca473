//! Names: the system resolver's answer.

use std::net::IpAddr;

use super::{finding, ms};
use crate::facts::{Facts, ResolutionOutcome, ResolutionSource};
use crate::finding::{Action, Cause, Confidence, Finding, Verdict};

/// The answer when the name gave no address to try.
pub fn lookup_failed(facts: &Facts) -> Option<Finding> {
    let host = &facts.target.host;
    let took = ms(facts.resolution.elapsed_ms);
    let (cause, confidence, evidence) = match &facts.resolution.outcome {
        ResolutionOutcome::Resolved { addresses } if !addresses.is_empty() => return None,
        ResolutionOutcome::Resolved { .. } | ResolutionOutcome::NoAddress => (
            Cause::DnsNoAddress {},
            Confidence::Certain,
            format!("system resolver: {host} has no address (EAI_NODATA) after {took} ms"),
        ),
        ResolutionOutcome::NotFound => (
            Cause::DnsFailure {
                addresses: Vec::new(),
            },
            Confidence::Certain,
            format!(
                "system resolver: {host} does not exist (EAI_NONAME / NXDOMAIN) after {took} ms"
            ),
        ),
        ResolutionOutcome::NoAnswer { timed_out } => {
            let how = if *timed_out {
                format!("no answer within {} ms", facts.timeout_ms)
            } else {
                format!("temporary failure (EAI_AGAIN) after {took} ms")
            };
            (
                Cause::DnsNoAnswer {},
                Confidence::Likely,
                format!("system resolver: {host} — {how}"),
            )
        }
        ResolutionOutcome::Failed { detail } => (
            Cause::DnsError {
                detail: detail.clone(),
            },
            Confidence::Likely,
            format!("system resolver: {host}: {detail}"),
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
    let line = format!(
        "system resolver: {} → {} in {} ms",
        facts.target.host,
        list.join(", "),
        ms(facts.resolution.elapsed_ms)
    );
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
