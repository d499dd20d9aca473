//! A pasted error message, explained without touching the network.

use crate::errtext::{Failure, ParsedError, Through};
use crate::evidence::Evidence;
use crate::finding::{Action, Cause, Confidence, Finding, Subject, Verdict};

/// The word a program wrote for a host setting that has no value: JavaScript's
/// `undefined` and `null`, Python's `None`, Go's and Ruby's `nil` ("getaddrinfo
/// ENOTFOUND undefined"). As the message writes it.
fn unset_word(host: Option<&str>) -> Option<&str> {
    host.filter(|h| {
        ["undefined", "null", "none", "nil"]
            .iter()
            .any(|w| h.eq_ignore_ascii_case(w))
    })
}

/// Explains a pasted error without touching the network.
pub fn diagnose_error_text(parsed: &ParsedError) -> Vec<Finding> {
    let host = parsed.host_name.clone().or_else(|| parsed.host.clone());
    let client = parsed.client.clone();
    let unset = unset_word(parsed.host.as_deref());
    let cause = match parsed.failure {
        _ if let Some(word) = unset => Cause::MessageHostUnset {
            client,
            word: word.to_string(),
        },
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
        _ if unset.is_some() => (Verdict::Cause, Confidence::Likely),
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
    if parsed.host.is_some()
        && parsed.port.is_some()
        && parsed.failure != Failure::Other
        && unset.is_none()
    {
        f = f.actions(&[Action::RunCheck, Action::SendReport]);
    }
    let mut findings = vec![f];

    // What stood in between comes first: it is where the connection failed.
    if let Some(first) = in_between(parsed, &subject) {
        findings.insert(0, first);
    }

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

/// A proxy the message names as failed, or a refused proxy port of this computer
/// (Clash's 7890: the program that runs it is not running); a kubectl port-forward
/// that found nothing listening inside the pod.
fn in_between(parsed: &ParsedError, subject: &Subject) -> Option<Finding> {
    let failed = matches!(
        parsed.failure,
        Failure::Refused | Failure::Timeout | Failure::Reset | Failure::Unreachable
    );
    if parsed.through == Some(Through::PortForward) && parsed.failure == Failure::Refused {
        return Some(
            Finding::new(
                Cause::PortForwardNoListener {
                    pod_port: parsed
                        .text
                        .as_deref()
                        .and_then(crate::errtext::port_forward_pod_port)
                        .or(parsed.port),
                },
                Verdict::Cause,
                Confidence::Likely,
                subject.clone(),
            )
            .evidence(read_line(parsed)),
        );
    }
    let said = parsed.through == Some(Through::Proxy);
    // Python's "Cannot connect to proxy" names no address: the proxy is still the answer.
    let (host, port) = match (parsed.host.as_deref(), parsed.port) {
        (Some(h), Some(p)) => (h, Some(p)),
        _ if said => ("", None),
        _ => return None,
    };
    let local = crate::target::is_loopback_host(host);
    let program = port
        .filter(|_| local)
        .and_then(crate::proxy::local_proxy_program);
    let guessed = parsed.failure == Failure::Refused && program.is_some();
    if !failed || !(said || guessed) {
        return None;
    }
    let proxy = port
        .map(|port| crate::facts::host_port(host, port))
        .unwrap_or_default();
    Some(
        Finding::new(
            Cause::ProxyNotRunning {
                proxy,
                source: crate::proxy::ProxySource::Message,
                setting: None,
                program: program.map(str::to_string),
                local,
                silent: parsed.failure == Failure::Timeout,
                by_port: !said,
            },
            Verdict::Cause,
            if said {
                Confidence::Likely
            } else {
                Confidence::Possible
            },
            subject.clone(),
        )
        .evidence(read_line(parsed))
        .actions(&[Action::SendReport]),
    )
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
            (
                "Error: getaddrinfo ENOTFOUND undefined",
                codes::MESSAGE_HOST_UNSET,
            ),
            (
                "Error: connect ECONNREFUSED undefined:5432",
                codes::MESSAGE_HOST_UNSET,
            ),
        ] {
            assert_eq!(explain(text)[0].code(), code, "{text}");
        }
    }

    #[test]
    fn a_failed_proxy_is_the_answer_and_a_refused_proxy_port_probably_is() {
        use crate::finding::Cause;
        // The message says a proxy failed.
        let f = explain(
            "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('Failed to establish a new connection: [WinError 10061] 由于目标计算机积极拒绝，无法连接。')))",
        );
        assert_eq!(f[0].code(), codes::PROXY_NOT_RUNNING, "{f:?}");
        let en = Catalog::english().explain(&f[0]);
        assert_eq!(
            en.headline,
            "The connection went through a proxy, and nothing answered there."
        );
        // A refused 127.0.0.1:7890 is Clash's port: probably the proxy program.
        let f = explain("由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890");
        assert_eq!(f[0].code(), codes::PROXY_NOT_RUNNING);
        assert_eq!(f[0].confidence, crate::finding::Confidence::Possible);
        assert!(matches!(
            &f[0].cause,
            Cause::ProxyNotRunning { proxy, program: Some(p), local: true, .. }
                if proxy == "127.0.0.1:7890" && p == "Clash"
        ));
        let en = Catalog::english().explain(&f[0]);
        assert!(en.headline.contains("127.0.0.1:7890"), "{}", en.headline);
        assert!(en.why.contains("Clash"), "{}", en.why);
        // Another local port is just a refusal.
        let f = explain("connect ECONNREFUSED 127.0.0.1:3000");
        assert_eq!(f[0].code(), codes::MESSAGE_REFUSED);
    }

    #[test]
    fn kubectl_port_forward_into_a_pod_where_nothing_listens() {
        use crate::finding::Cause;
        // Real messages: kubernetes-sigs/kind#869 (5010 -> 6000, socat in the pod's
        // namespace), Azure/AKS#1471 (a Windows node), olric-data/olric#262 (newer
        // kubectl, no socat).
        for (text, pod_port) in [
            (
                "E0926 10:48:40.346646   76692 portforward.go:331] an error occurred forwarding 5010 -> 6000: error forwarding port 6000 to pod 972bb77690ac0b73273e3fb10b8ee0d6f723737f58e4157c48eccfbfd1bdb8bf, uid : failed to execute portforward in network namespace \"/var/run/netns/cni-ae95d4df-5e26-da3c-10b5-621ed7c56627\": socat command returns error: exit status 1, stderr: \"2019/09/26 05:18:40 socat[96552] E connect(5, AF=2 127.0.0.1:6000, 16): Connection refused\\n\"",
                6000,
            ),
            (
                "E0304 11:50:05.697242   43964 portforward.go:400] an error occurred forwarding 9999 -> 3142: error forwarding port 3142 to pod c4723a7cc9184412ffdea1366bf0887d8be067df58278815fea252448c6de209, uid : Error executing in Docker Container: 1: 2020/03/04 06:20:05 Failed to connect to localhost:3142 because dial tcp [::1]:3142: connectex: No connection could be made because the target machine actively refused it.",
                3142,
            ),
            (
                "E1105 19:11:16.188662  401772 portforward.go:413] an error occurred forwarding 3320 -> 3320: error forwarding port 3320 to pod x, uid : failed to execute portforward in network namespace \"/var/run/netns/x\": failed to connect to localhost:3320 inside namespace \"x\", IPv4: dial tcp4 127.0.0.1:3320: connect: connection refused IPv6 dial tcp6: address localhost: no suitable address found",
                3320,
            ),
        ] {
            let f = explain(text);
            assert_eq!(
                f[0].code(),
                codes::PORT_FORWARD_NO_LISTENER,
                "{text}: {f:?}"
            );
            assert!(
                matches!(f[0].cause, Cause::PortForwardNoListener { pod_port: Some(p) } if p == pod_port),
                "{text}: {:?}",
                f[0].cause
            );
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
