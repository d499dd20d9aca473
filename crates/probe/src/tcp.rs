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
    Family, Hangup, IcmpKind, LocalErrorKind, ProbeDetail, ProbeOutcome, ProbeResult,
    UnreachableKind,
};
use socket2::{Domain, Protocol, Socket, Type};

use crate::platform::{Platform, This};

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
    This::prepare_probe(&socket, &addr);
    let connected = This::connect(&socket, &addr, deadline);
    result.elapsed_ms = crate::elapsed_ms(start);
    match connected {
        Ok(()) => {
            result.outcome = ProbeOutcome::Open;
            let local = socket
                .local_addr()
                .ok()
                .and_then(|a| a.as_socket())
                .map(|a| a.ip().to_string());
            let window = HANGUP_WINDOW.min(deadline.saturating_sub(start.elapsed()));
            let hangup = hangup_within(&socket, window);
            if local.is_some() || hangup.is_some() {
                result.detail = Some(ProbeDetail {
                    local_address: local,
                    hangup,
                    ..ProbeDetail::default()
                });
            }
        }
        Err(e) => {
            let (mut outcome, mut detail) = classify(&e);
            if let Some(mut icmp) = This::icmp_error(&socket) {
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
                // The kernel's own "host unreachable" after its ARP asked in vain.
                detail.no_neighbour = icmp.from_this_computer
                    && icmp.kind == IcmpKind::HostUnreachable
                    && This::neighbour_unanswered(addr.ip());
                detail.icmp = Some(icmp);
            }
            // Silent, because the neighbour never answered on this computer's own
            // network (the kernel gives up after 3 s, often after our deadline).
            if outcome == ProbeOutcome::Timeout && This::neighbour_unanswered(addr.ip()) {
                outcome = ProbeOutcome::Unreachable;
                detail.unreachable = Some(UnreachableKind::Host);
                detail.no_neighbour = true;
                detail.error = Some("no ARP reply".into());
            }
            result.outcome = outcome;
            result.detail = Some(detail);
        }
    }
    drop(socket);
    result
}

/// How long an opened connection is watched for the server ending it at once. A
/// server that closes what it has just accepted (TCP wrappers, sshd's MaxStartups, a
/// service with no room) does so within milliseconds; a server that speaks first
/// ends the wait with its first byte.
pub const HANGUP_WINDOW: Duration = Duration::from_millis(200);

/// Waits up to `window` on an opened connection: the server's close or reset before
/// it said anything, if it came. Data, silence or any other error: no hangup.
pub fn hangup_within(socket: &Socket, window: Duration) -> Option<Hangup> {
    if window.is_zero() {
        return None;
    }
    let opened = Instant::now();
    let mut buf = [std::mem::MaybeUninit::<u8>::uninit(); 1];
    loop {
        let left = window.saturating_sub(opened.elapsed());
        if left.is_zero() || socket.set_read_timeout(Some(left)).is_err() {
            return None;
        }
        let reset = match socket.peek(&mut buf) {
            Ok(0) => false,
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => true,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            // A byte (the server spoke first), silence until the end, or another error.
            _ => return None,
        };
        let after_ms = u32::try_from(opened.elapsed().as_millis()).unwrap_or(u32::MAX);
        return Some(Hangup { reset, after_ms });
    }
}

/// Maps an OS error to an outcome and its detail.
pub fn classify(e: &io::Error) -> (ProbeOutcome, ProbeDetail) {
    let mut detail = ProbeDetail {
        errno: e.raw_os_error(),
        ..ProbeDetail::default()
    };
    let (name, outcome) = match e.raw_os_error().and_then(This::connect_error) {
        Some(m) => m,
        None if e.kind() == io::ErrorKind::TimedOut => (Some("timeout"), Meaning::Timeout),
        None => (None, Meaning::Local(LocalErrorKind::Other)),
    };
    detail.error = name.map(str::to_string).or_else(|| Some(e.to_string()));
    let outcome = match outcome {
        Meaning::Refused => ProbeOutcome::Refused,
        Meaning::Reset => {
            detail.hangup = Some(Hangup {
                reset: true,
                after_ms: 0,
            });
            ProbeOutcome::Open
        }
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
    /// The connection was made and then reset before `connect` returned: the server
    /// accepted it and ended it at once (a refusal is a reset of the SYN, which reads
    /// as refused).
    Reset,
    Timeout,
    Unreachable(UnreachableKind),
    Local(LocalErrorKind),
}
