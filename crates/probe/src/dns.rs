//! Name resolution through the system resolver, with a deadline.
//!
//! `getaddrinfo` is what applications really use: hosts file, nsswitch, the order of
//! gai.conf. It has no timeout of its own, so it runs on a blocking thread and we stop
//! waiting at the deadline (the thread ends when the resolver gives up).

use std::net::IpAddr;
use std::time::{Duration, Instant};

use dns_lookup::{AddrInfoHints, LookupErrorKind, SockType};
use portdoctor_core::facts::{Resolution, ResolutionOutcome, ResolutionSource};

/// Resolves `host` (a name, or an address literal with an optional `%zone`).
pub async fn resolve(host: &str, deadline: Duration) -> Resolution {
    let start = Instant::now();
    let bare = host.split('%').next().unwrap_or(host);
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Resolution {
            source: ResolutionSource::Literal,
            outcome: ResolutionOutcome::Resolved {
                addresses: vec![ip],
            },
            elapsed_ms: 0.0,
        };
    }
    let name = host.to_string();
    let lookup = tokio::task::spawn_blocking(move || lookup(&name));
    let outcome = match tokio::time::timeout(deadline, lookup).await {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(join)) => ResolutionOutcome::Failed {
            detail: format!("resolver thread failed: {join}"),
        },
        Err(_) => ResolutionOutcome::NoAnswer { timed_out: true },
    };
    Resolution {
        source: ResolutionSource::System,
        outcome,
        elapsed_ms: crate::elapsed_ms(start),
    }
}

fn lookup(name: &str) -> ResolutionOutcome {
    let hints = AddrInfoHints {
        socktype: SockType::Stream.into(),
        ..AddrInfoHints::default()
    };
    match dns_lookup::getaddrinfo(Some(name), None, Some(hints)) {
        Ok(iter) => {
            let mut addresses: Vec<IpAddr> = Vec::new();
            for info in iter.flatten() {
                let ip = info.sockaddr.ip();
                if !addresses.contains(&ip) {
                    addresses.push(ip);
                }
            }
            ResolutionOutcome::Resolved { addresses }
        }
        Err(e) => classify(e.kind(), &e.to_string()),
    }
}

/// Maps getaddrinfo's error to what it means for the user.
pub fn classify(kind: LookupErrorKind, text: &str) -> ResolutionOutcome {
    match kind {
        LookupErrorKind::NoName => ResolutionOutcome::NotFound,
        LookupErrorKind::NoData => ResolutionOutcome::NoAddress,
        LookupErrorKind::Again => ResolutionOutcome::NoAnswer { timed_out: false },
        _ => ResolutionOutcome::Failed {
            detail: text.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn literals_need_no_lookup() {
        let r = resolve("127.0.0.1", Duration::from_secs(1)).await;
        assert_eq!(r.source, ResolutionSource::Literal);
        assert_eq!(
            r.outcome,
            ResolutionOutcome::Resolved {
                addresses: vec![IpAddr::from([127, 0, 0, 1])]
            }
        );
        let r = resolve("fe80::1%lo", Duration::from_secs(1)).await;
        assert!(
            matches!(r.outcome, ResolutionOutcome::Resolved { ref addresses } if addresses.len() == 1)
        );
    }

    #[tokio::test]
    async fn localhost_resolves_through_the_system() {
        let r = resolve("localhost", Duration::from_secs(5)).await;
        assert_eq!(r.source, ResolutionSource::System);
        match r.outcome {
            ResolutionOutcome::Resolved { addresses } => {
                assert!(addresses.iter().all(IpAddr::is_loopback))
            }
            other => panic!("localhost did not resolve: {other:?}"),
        }
    }
}
