//! Linux: one hop of the TCP trace. The router's "time exceeded" arrives on the
//! socket's error queue (IP_RECVERR), which needs no admin rights; a time-exceeded
//! makes connect fail with EHOSTUNREACH, so the ICMP type decides.

use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use portdoctor_core::facts::{IcmpKind, ProbeOutcome};
use portdoctor_core::path::{Hop, HopKind};
use socket2::{Domain, Protocol, Socket, Type};

pub fn hop(addr: SocketAddr, ttl: u8, deadline: Duration) -> Hop {
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
    if set.is_err() || super::errqueue::enable(socket.as_raw_fd(), addr.is_ipv6()).is_err() {
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
        Err(e) => match super::errqueue::read(socket.as_raw_fd()) {
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
