//! Traceroute to the port: TCP connection attempts with growing TTL, so the packets
//! look like the real ones (a firewall that lets ping through may still drop them).
//! Linux reports each router's "time exceeded" on the socket's error queue
//! (IP_RECVERR), which needs no admin rights. All hops are tried at once, each with
//! the deadline, so the whole trace takes one deadline.

use std::net::IpAddr;
#[cfg(target_os = "linux")]
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use portdoctor_core::facts::IcmpKind;
use portdoctor_core::path::TraceResult;
#[cfg(target_os = "linux")]
use portdoctor_core::path::{Hop, HopKind};

/// The most routers we look through.
pub const MAX_HOPS: u8 = 16;

/// Traces the path to `ip:port`.
pub async fn trace(ip: IpAddr, port: u16, deadline: Duration) -> TraceResult {
    #[cfg(target_os = "linux")]
    {
        let mut set = tokio::task::JoinSet::new();
        for ttl in 1..=MAX_HOPS {
            set.spawn_blocking(move || hop(SocketAddr::new(ip, port), ttl, deadline));
        }
        let mut hops: Vec<Hop> = Vec::new();
        let all = tokio::time::timeout(deadline + Duration::from_secs(1), async {
            while let Some(Ok(h)) = set.join_next().await {
                hops.push(h);
            }
        })
        .await;
        if all.is_err() {
            set.abort_all();
        }
        hops.sort_by_key(|h| h.ttl);
        // Past the first hop that reached the target, the rest are copies of it.
        if let Some(pos) = hops
            .iter()
            .position(|h| matches!(h.kind, HopKind::Reached { .. }))
        {
            hops.truncate(pos + 1);
        }
        TraceResult {
            address: ip.to_string(),
            port,
            hops,
            limitation: None,
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (deadline, Instant::now(), IcmpKind::Other);
        TraceResult {
            address: ip.to_string(),
            port,
            hops: Vec::new(),
            limitation: Some(format!(
                "TCP traceroute is not built for {} yet",
                std::env::consts::OS
            )),
        }
    }
}

#[cfg(target_os = "linux")]
fn hop(addr: SocketAddr, ttl: u8, deadline: Duration) -> Hop {
    use std::os::fd::AsRawFd;

    use portdoctor_core::facts::ProbeOutcome;
    use socket2::{Domain, Protocol, Socket, Type};

    let start = Instant::now();
    let silent = Hop {
        ttl,
        address: None,
        kind: HopKind::Silent,
        rtt_ms: None,
    };
    let Ok(socket) = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))
    else {
        return silent;
    };
    let set = if addr.is_ipv6() {
        socket.set_unicast_hops_v6(u32::from(ttl))
    } else {
        socket.set_ttl_v4(u32::from(ttl))
    };
    if set.is_err() || crate::errqueue::enable(socket.as_raw_fd(), addr.is_ipv6()).is_err() {
        return silent;
    }
    let result = socket.connect_timeout(&addr.into(), deadline);
    let rtt = Some(crate::elapsed_ms(start));
    match result {
        Ok(()) => Hop {
            ttl,
            address: Some(addr.ip().to_string()),
            kind: HopKind::Reached {
                outcome: ProbeOutcome::Open,
            },
            rtt_ms: rtt,
        },
        Err(e) => match crate::errqueue::read(socket.as_raw_fd()) {
            Some(icmp) if icmp.kind == IcmpKind::TimeExceeded => Hop {
                ttl,
                address: Some(icmp.sender),
                kind: HopKind::Router,
                rtt_ms: rtt,
            },
            Some(icmp) => Hop {
                ttl,
                address: Some(icmp.sender.clone()),
                kind: HopKind::Unreachable { icmp: icmp.kind },
                rtt_ms: rtt,
            },
            None if e.kind() == std::io::ErrorKind::ConnectionRefused => Hop {
                ttl,
                address: Some(addr.ip().to_string()),
                kind: HopKind::Reached {
                    outcome: ProbeOutcome::Refused,
                },
                rtt_ms: rtt,
            },
            None => silent,
        },
    }
}
