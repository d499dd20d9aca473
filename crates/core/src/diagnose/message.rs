//! A pasted error message, explained without touching the network.

use crate::errtext::{Failure, ParsedError};
use crate::evidence::Evidence;
use crate::finding::{Action, Cause, Confidence, Finding, Subject, Verdict};

/// Explains a pasted error without touching the network.
pub fn diagnose_error_text(parsed: &ParsedError) -> Vec<Finding> {
    let host = parsed.host_name.clone().or_else(|| parsed.host.clone());
    let client = parsed.client.clone();
    let cause = match parsed.failure {
        Failure::Refused => Cause::MessageRefused { client },
        Failure::Timeout => Cause::MessageTimeout { client },
        Failure::Unreachable => Cause::MessageUnreachable { client },
        Failure::Dns => Cause::MessageDns { client },
        Failure::Reset => Cause::MessageReset { client },
        Failure::Tls => Cause::MessageTls { client },
        Failure::UnixSocket => Cause::UnixSocket {
            client,
            socket: parsed.socket_path.clone(),
        },
        Failure::Other => Cause::MessageUnrecognized { client },
    };
    let (verdict, confidence) = match parsed.failure {
        Failure::Other => (Verdict::CantTell, Confidence::Possible),
        _ => (Verdict::Cause, Confidence::Likely),
    };
    let subject = Subject {
        host,
        port: parsed.port,
        this_computer: false,
    };
    let mut f =
        Finding::new(cause, verdict, confidence, subject.clone()).evidence(read_line(parsed));
    if parsed.host.is_some() && parsed.port.is_some() && parsed.failure != Failure::Other {
        f = f.actions(&[Action::RunCheck, Action::SendReport]);
    }
    let mut findings = vec![f];

    // Node 17+ and others try ::1 first for "localhost"; many dev servers listen on 127.0.0.1 only.
    if parsed.failure == Failure::Refused && parsed.host.as_deref() == Some("::1") {
        findings.push(
            Finding::new(
                Cause::LocalhostIpv6First {
                    works_address: None,
                    process: None,
                },
                Verdict::Cause,
                Confidence::Possible,
                Subject {
                    host: None,
                    ..subject
                },
            )
            .evidence(Evidence::RefusedOnIpv6Loopback {})
            .actions(&[Action::RunCheck]),
        );
    }
    findings
}

/// What we read, as one precise line for helpdesk.
fn read_line(parsed: &ParsedError) -> Evidence {
    Evidence::Read {
        failure: parsed.failure.as_str().to_string(),
        client: parsed.client.clone(),
        host: parsed.host.clone(),
        port: parsed.port,
        implied: parsed.port_implied,
        error_code: parsed.error_code.clone(),
        socket: parsed.socket_path.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::diagnose_error_text;
    use crate::catalog::Catalog;
    use crate::errtext::parse_error_text;
    use crate::finding::{Action, Finding, Verdict, codes};

    fn explain(text: &str) -> Vec<Finding> {
        let parsed = parse_error_text(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        let findings = diagnose_error_text(&parsed);
        for lang in crate::catalog::languages() {
            let c = Catalog::shared(lang);
            for f in &findings {
                c.explains_fully(f)
                    .unwrap_or_else(|e| panic!("{lang}: {text}: {e}"));
            }
        }
        findings
    }

    #[test]
    fn each_kind_of_pasted_error_has_its_code() {
        for (text, code) in [
            (
                "curl: (7) Failed to connect to db1.example.test port 5432: Connection refused",
                codes::MESSAGE_REFUSED,
            ),
            (
                "dial tcp 192.0.2.5:443: i/o timeout",
                codes::MESSAGE_TIMEOUT,
            ),
            (
                "ssh: connect to host 192.0.2.5 port 22: No route to host",
                codes::MESSAGE_UNREACHABLE,
            ),
            (
                "curl: (6) Could not resolve host: nope.example.test",
                codes::MESSAGE_DNS,
            ),
            ("read ECONNRESET", codes::MESSAGE_RESET),
            (
                "curl: (60) SSL certificate problem: certificate has expired",
                codes::MESSAGE_TLS,
            ),
            (
                "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
                codes::UNIX_SOCKET,
            ),
            ("everything is fine here", codes::MESSAGE_UNRECOGNIZED),
        ] {
            assert_eq!(explain(text)[0].code(), code, "{text}");
        }
    }

    #[test]
    fn a_named_host_and_port_offer_a_full_check() {
        let f = explain("connect ECONNREFUSED 127.0.0.1:3000");
        assert_eq!(f[0].subject.port, Some(3000));
        assert_eq!(f[0].actions[0], Action::RunCheck);
        let f = explain("everything is fine here");
        assert_eq!(f[0].verdict, Verdict::CantTell);
        assert!(f[0].actions.is_empty());
    }

    #[test]
    fn refused_on_ipv6_loopback_may_be_localhost_order() {
        let f = explain("Error: connect ECONNREFUSED ::1:5173");
        assert_eq!(f[1].code(), codes::LOCALHOST_IPV6_FIRST);
    }
}
