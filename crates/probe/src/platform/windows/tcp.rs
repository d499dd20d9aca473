//! Windows: the probe socket without SYN retries and with ICMP errors on connect,
//! and what Winsock's error numbers mean.

#![allow(
    unsafe_code,
    reason = "WSAIoctl, getsockopt and select have no safe wrapper"
)]

use std::io;
use std::mem::{size_of, zeroed};
use std::os::windows::io::AsRawSocket;
use std::time::{Duration, Instant};

use portdoctor_core::facts::IcmpReport;
use windows_sys::Win32::Networking::WinSock::{
    FD_SET, ICMP_ERROR_INFO, IPPROTO_TCP, SIO_TCP_INITIAL_RTO, SOCKET, SOCKET_ERROR,
    TCP_FAIL_CONNECT_ON_ICMP_ERROR, TCP_ICMP_ERROR_INFO, TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS,
    TCP_INITIAL_RTO_PARAMETERS, TIMEVAL, WSAEINTR, WSAEWOULDBLOCK, WSAIoctl, getsockopt, select,
    setsockopt,
};

use std::net::IpAddr;

use portdoctor_core::facts::{IcmpKind, LocalErrorKind, UnreachableKind};
use socket2::Socket;
use std::net::SocketAddr;

use crate::tcp::Meaning;

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

/// Connects without blocking and waits with `select`: writable means connected,
/// "exceptional" means the attempt failed, and `SO_ERROR` says why. A connection the
/// server closed or reset right after it was made is still a connection made; the
/// probe watches for that hang-up next. (socket2's `connect_timeout` waits with
/// `WSAPoll` and takes any POLLHUP for a failure, even with no error set.)
pub fn connect(socket: &Socket, addr: &SocketAddr, deadline: Duration) -> io::Result<()> {
    let start = Instant::now();
    socket.set_nonblocking(true)?;
    let result = match socket.connect(&(*addr).into()) {
        Ok(()) => Ok(()),
        Err(e) if e.raw_os_error() == Some(WSAEWOULDBLOCK) => {
            wait_connected(socket, start, deadline)
        }
        Err(e) => Err(e),
    };
    socket.set_nonblocking(false)?;
    result
}

fn wait_connected(socket: &Socket, start: Instant, deadline: Duration) -> io::Result<()> {
    let s = socket.as_raw_socket() as SOCKET;
    loop {
        let left = deadline.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        let one = || {
            // SAFETY: FD_SET is plain data; zeroed is an empty set.
            let mut set: FD_SET = unsafe { zeroed() };
            set.fd_count = 1;
            set.fd_array[0] = s;
            set
        };
        let (mut writable, mut failed) = (one(), one());
        let wait = TIMEVAL {
            tv_sec: i32::try_from(left.as_secs()).unwrap_or(i32::MAX),
            tv_usec: i32::try_from(left.subsec_micros()).unwrap_or(0),
        };
        // SAFETY: both sets and the timeout live across the call; nfds is ignored.
        let n = unsafe { select(0, std::ptr::null_mut(), &mut writable, &mut failed, &wait) };
        if n == SOCKET_ERROR {
            let e = io::Error::last_os_error();
            if e.raw_os_error() == Some(WSAEINTR) {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            continue; // the loop's own clock says when the deadline has passed
        }
        if failed.fd_count > 0 {
            return Err(socket
                .take_error()?
                .unwrap_or_else(|| io::Error::other("the connection attempt failed")));
        }
        return match socket.take_error()? {
            Some(e) => Err(e),
            None => Ok(()),
        };
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
            2 => IpAddr::from(info.srcaddress.Ipv4.sin_addr.S_un.S_addr.to_ne_bytes()).to_string(),
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
        10054 => (Some("WSAECONNRESET (10054)"), Meaning::Reset),
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
