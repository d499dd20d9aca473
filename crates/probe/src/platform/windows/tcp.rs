//! Windows: the probe socket without SYN retries and with ICMP errors on connect,
//! and what Winsock's error numbers mean.

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
