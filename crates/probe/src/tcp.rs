//! One TCP connection attempt, classified: open, refused, timeout, unreachable (and
//! why, and who said so), or a local error. Every attempt has a deadline.
//!
//! The attempt runs on a blocking thread with `connect_timeout`, so the socket stays
//! ours after a failure and we can ask the OS for details (Linux: the ICMP error queue;
//! Windows: the ICMP error info). The caller stops waiting at the deadline or on
//! cancellation; the thread itself never outlives the deadline.

use std::io;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use portdoctor_core::facts::{
    Family, IcmpKind, LocalErrorKind, ProbeDetail, ProbeOutcome, ProbeResult, UnreachableKind,
};
use socket2::{Domain, Protocol, Socket, Type};

/// Tries to connect to `addr` once, giving up at `deadline`.
pub async fn probe(addr: SocketAddr, deadline: Duration) -> ProbeResult {
    let start = Instant::now();
    let attempt = tokio::task::spawn_blocking(move || attempt(addr, deadline));
    // The blocking attempt stops at the deadline by itself; the margin covers scheduling.
    let result = tokio::time::timeout(deadline + Duration::from_millis(500), attempt).await;
    match result {
        Ok(Ok(r)) => r,
        _ => ProbeResult {
            address: addr_text(&addr),
            family: Family::of(&addr.ip()),
            port: addr.port(),
            outcome: ProbeOutcome::Timeout,
            elapsed_ms: crate::elapsed_ms(start),
            detail: None,
        },
    }
}

fn addr_text(addr: &SocketAddr) -> String {
    match addr {
        SocketAddr::V6(v6) if v6.scope_id() != 0 => format!("{}%{}", v6.ip(), v6.scope_id()),
        _ => addr.ip().to_string(),
    }
}

/// The blocking attempt.
pub fn attempt(addr: SocketAddr, deadline: Duration) -> ProbeResult {
    let start = Instant::now();
    let mut result = ProbeResult {
        address: addr_text(&addr),
        family: Family::of(&addr.ip()),
        port: addr.port(),
        outcome: ProbeOutcome::LocalError,
        elapsed_ms: 0.0,
        detail: None,
    };
    let socket = match Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP)) {
        Ok(s) => s,
        Err(e) => {
            let (outcome, detail) = classify(&e);
            result.outcome = outcome;
            result.detail = Some(detail);
            return result;
        }
    };
    platform::prepare(&socket, &addr);
    let connected = socket.connect_timeout(&addr.into(), deadline);
    result.elapsed_ms = crate::elapsed_ms(start);
    match connected {
        Ok(()) => {
            result.outcome = ProbeOutcome::Open;
            let local = socket
                .local_addr()
                .ok()
                .and_then(|a| a.as_socket())
                .map(|a| a.ip().to_string());
            result.detail = local.map(|l| ProbeDetail {
                local_address: Some(l),
                ..ProbeDetail::default()
            });
        }
        Err(e) => {
            let (outcome, mut detail) = classify(&e);
            if let Some(mut icmp) = platform::icmp_error(&socket) {
                icmp.from_this_computer = icmp
                    .sender
                    .parse()
                    .is_ok_and(crate::check::is_this_computer);
                // An ICMP error is more precise than errno (EHOSTUNREACH covers several).
                if outcome == ProbeOutcome::Unreachable {
                    detail.unreachable = Some(match icmp.kind {
                        IcmpKind::AdminProhibited => UnreachableKind::AdminProhibited,
                        IcmpKind::NetworkUnreachable => UnreachableKind::Network,
                        IcmpKind::HostUnreachable => UnreachableKind::Host,
                        _ => detail.unreachable.unwrap_or(UnreachableKind::Unknown),
                    });
                }
                detail.icmp = Some(icmp);
            }
            result.outcome = outcome;
            result.detail = Some(detail);
        }
    }
    drop(socket);
    result
}

/// Maps an OS error to an outcome and its detail.
pub fn classify(e: &io::Error) -> (ProbeOutcome, ProbeDetail) {
    let mut detail = ProbeDetail {
        errno: e.raw_os_error(),
        ..ProbeDetail::default()
    };
    let (name, outcome) = match e.raw_os_error().and_then(platform::errno_meaning) {
        Some(m) => m,
        None if e.kind() == io::ErrorKind::TimedOut => (Some("timeout"), Meaning::Timeout),
        None => (None, Meaning::Local(LocalErrorKind::Other)),
    };
    detail.error = name.map(str::to_string).or_else(|| Some(e.to_string()));
    let outcome = match outcome {
        Meaning::Refused => ProbeOutcome::Refused,
        Meaning::Timeout => ProbeOutcome::Timeout,
        Meaning::Unreachable(kind) => {
            detail.unreachable = Some(kind);
            ProbeOutcome::Unreachable
        }
        Meaning::Local(kind) => {
            detail.local = Some(kind);
            ProbeOutcome::LocalError
        }
    };
    (outcome, detail)
}

/// What an errno means for a connection attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Refused,
    Timeout,
    Unreachable(UnreachableKind),
    Local(LocalErrorKind),
}

#[cfg(unix)]
mod platform {
    use std::os::fd::AsRawFd;

    use super::*;

    pub fn prepare(socket: &Socket, addr: &SocketAddr) {
        #[cfg(target_os = "linux")]
        {
            // Without it we still get errno; with it, also the ICMP type and sender.
            let _ = crate::errqueue::enable(socket.as_raw_fd(), addr.is_ipv6());
        }
        #[cfg(not(target_os = "linux"))]
        let _ = (socket.as_raw_fd(), addr);
    }

    pub fn icmp_error(socket: &Socket) -> Option<portdoctor_core::facts::IcmpReport> {
        #[cfg(target_os = "linux")]
        {
            crate::errqueue::read(socket.as_raw_fd())
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = socket.as_raw_fd();
            None
        }
    }

    pub fn errno_meaning(code: i32) -> Option<(Option<&'static str>, Meaning)> {
        Some(match code {
            libc::ECONNREFUSED => (Some("ECONNREFUSED"), Meaning::Refused),
            libc::ECONNRESET => (Some("ECONNRESET"), Meaning::Refused),
            libc::ETIMEDOUT => (Some("ETIMEDOUT"), Meaning::Timeout),
            libc::EHOSTUNREACH => (
                Some("EHOSTUNREACH"),
                Meaning::Unreachable(UnreachableKind::Host),
            ),
            libc::EHOSTDOWN => (
                Some("EHOSTDOWN"),
                Meaning::Unreachable(UnreachableKind::Host),
            ),
            libc::ENETUNREACH => (
                Some("ENETUNREACH"),
                Meaning::Unreachable(UnreachableKind::Network),
            ),
            libc::ENETDOWN => (
                Some("ENETDOWN"),
                Meaning::Unreachable(UnreachableKind::Network),
            ),
            // Linux reports an ICMPv6 administratively-prohibited, and a `prohibit`
            // route, as EACCES.
            libc::EACCES => (
                Some("EACCES"),
                Meaning::Unreachable(UnreachableKind::AdminProhibited),
            ),
            libc::EPERM => (Some("EPERM"), Meaning::Local(LocalErrorKind::Permission)),
            libc::EADDRNOTAVAIL => (
                Some("EADDRNOTAVAIL"),
                Meaning::Local(LocalErrorKind::NoFreePort),
            ),
            libc::EMFILE => (
                Some("EMFILE"),
                Meaning::Local(LocalErrorKind::TooManyOpenFiles),
            ),
            libc::ENFILE => (
                Some("ENFILE"),
                Meaning::Local(LocalErrorKind::TooManyOpenFiles),
            ),
            libc::ENOBUFS => (Some("ENOBUFS"), Meaning::Local(LocalErrorKind::Other)),
            _ => return None,
        })
    }
}

#[cfg(windows)]
mod platform {
    #![allow(unsafe_code, reason = "WSAIoctl and getsockopt have no safe wrapper")]

    use std::mem::{size_of, zeroed};
    use std::os::windows::io::AsRawSocket;

    use portdoctor_core::facts::IcmpReport;
    use windows_sys::Win32::Networking::WinSock::{
        ICMP_ERROR_INFO, IPPROTO_TCP, SIO_TCP_INITIAL_RTO, SOCKET, TCP_FAIL_CONNECT_ON_ICMP_ERROR,
        TCP_ICMP_ERROR_INFO, TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS, TCP_INITIAL_RTO_PARAMETERS,
        WSAIoctl, getsockopt, setsockopt,
    };

    use std::net::IpAddr;

    use super::*;

    /// Windows answers a reset with more SYNs (about 2 s in all), so a refusal looks
    /// like a timeout; no SYN retransmission makes it fail at once, as elsewhere.
    /// It also ignores ICMP errors during connect unless asked (Windows 10 2004+).
    pub fn prepare(socket: &Socket, _addr: &SocketAddr) {
        let s = socket.as_raw_socket() as SOCKET;
        let params = TCP_INITIAL_RTO_PARAMETERS {
            Rtt: u16::MAX, // TCP_INITIAL_RTO_UNSPECIFIED_RTT: keep the system's
            // The header defines it as ((UCHAR)-2); the metadata widens it to 0xFFFE.
            MaxSynRetransmissions: TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS as u8,
        };
        let mut returned = 0u32;
        // SAFETY: s is an open socket; params outlives the call; no overlapped I/O.
        unsafe {
            WSAIoctl(
                s,
                SIO_TCP_INITIAL_RTO,
                (&params as *const TCP_INITIAL_RTO_PARAMETERS).cast(),
                size_of::<TCP_INITIAL_RTO_PARAMETERS>() as u32,
                std::ptr::null_mut(),
                0,
                &mut returned,
                std::ptr::null_mut(),
                None,
            );
            let on: u32 = 1;
            setsockopt(
                s,
                IPPROTO_TCP,
                TCP_FAIL_CONNECT_ON_ICMP_ERROR,
                (&on as *const u32).cast(),
                size_of::<u32>() as i32,
            );
        }
    }

    pub fn icmp_error(socket: &Socket) -> Option<IcmpReport> {
        let s = socket.as_raw_socket() as SOCKET;
        // SAFETY: info is a plain struct the call fills, len its size.
        let mut info: ICMP_ERROR_INFO = unsafe { zeroed() };
        let mut len = size_of::<ICMP_ERROR_INFO>() as i32;
        let rc = unsafe {
            getsockopt(
                s,
                IPPROTO_TCP,
                TCP_ICMP_ERROR_INFO,
                (&mut info as *mut ICMP_ERROR_INFO).cast(),
                &mut len,
            )
        };
        if rc != 0 || info.r#type == 0 && info.code == 0 {
            return None;
        }
        // SAFETY: srcaddress is a SOCKADDR_INET union; si_family says which member is set.
        let sender = unsafe {
            match info.srcaddress.si_family {
                2 => IpAddr::from(info.srcaddress.Ipv4.sin_addr.S_un.S_addr.to_ne_bytes())
                    .to_string(),
                23 => IpAddr::from(info.srcaddress.Ipv6.sin6_addr.u.Byte).to_string(),
                _ => "unknown".to_string(),
            }
        };
        let v6 = unsafe { info.srcaddress.si_family } == 23;
        let kind = if v6 {
            IcmpKind::from_icmpv6(info.r#type, info.code)
        } else {
            IcmpKind::from_icmpv4(info.r#type, info.code)
        };
        Some(IcmpReport {
            sender,
            kind,
            icmp_type: info.r#type,
            icmp_code: info.code,
            from_this_computer: false,
        })
    }

    pub fn errno_meaning(code: i32) -> Option<(Option<&'static str>, Meaning)> {
        Some(match code {
            10061 => (Some("WSAECONNREFUSED (10061)"), Meaning::Refused),
            10054 => (Some("WSAECONNRESET (10054)"), Meaning::Refused),
            10060 => (Some("WSAETIMEDOUT (10060)"), Meaning::Timeout),
            10065 => (
                Some("WSAEHOSTUNREACH (10065)"),
                Meaning::Unreachable(UnreachableKind::Host),
            ),
            10064 => (
                Some("WSAEHOSTDOWN (10064)"),
                Meaning::Unreachable(UnreachableKind::Host),
            ),
            10051 => (
                Some("WSAENETUNREACH (10051)"),
                Meaning::Unreachable(UnreachableKind::Network),
            ),
            10050 => (
                Some("WSAENETDOWN (10050)"),
                Meaning::Unreachable(UnreachableKind::Network),
            ),
            10013 => (
                Some("WSAEACCES (10013)"),
                Meaning::Local(LocalErrorKind::Permission),
            ),
            10049 => (
                Some("WSAEADDRNOTAVAIL (10049)"),
                Meaning::Local(LocalErrorKind::NoFreePort),
            ),
            10055 => (
                Some("WSAENOBUFS (10055)"),
                Meaning::Local(LocalErrorKind::NoFreePort),
            ),
            10024 => (
                Some("WSAEMFILE (10024)"),
                Meaning::Local(LocalErrorKind::TooManyOpenFiles),
            ),
            _ => return None,
        })
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    use super::*;

    pub fn prepare(_socket: &Socket, _addr: &SocketAddr) {}

    pub fn icmp_error(_socket: &Socket) -> Option<portdoctor_core::facts::IcmpReport> {
        None
    }

    pub fn errno_meaning(_code: i32) -> Option<(Option<&'static str>, Meaning)> {
        None
    }
}
