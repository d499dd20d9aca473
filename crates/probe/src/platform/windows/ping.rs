//! Ping on Windows through the ICMP helper API: `IcmpSendEcho2` (IPv4) and
//! `Icmp6SendEcho2` (IPv6). They need no admin rights, unlike raw sockets, and take
//! their own timeout, so a host that drops ICMP costs at most the deadline.
//!
//! Only a reply from the target itself (status `IP_SUCCESS`) counts: "destination
//! unreachable" from a router, or nothing at all, is no reply.

#![allow(
    unsafe_code,
    reason = "iphlpapi's ICMP functions have no safe wrapper in std"
)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

use portdoctor_core::path::{PingOutcome, PingResult};
use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    ICMP_ECHO_REPLY, ICMPV6_ECHO_REPLY_LH, IP_SUCCESS, Icmp6CreateFile, Icmp6SendEcho2,
    IcmpCloseHandle, IcmpCreateFile, IcmpSendEcho2,
};
use windows_sys::Win32::Networking::WinSock::{AF_INET6, SOCKADDR_IN6};

const PAYLOAD: &[u8] = b"portdoctor-ping";
/// Room for a reply (IPv4 or IPv6), our payload echoed, an ICMP error's 8 bytes and
/// the IO_STATUS_BLOCK the API may place there; u64 words keep it 8-byte aligned.
const REPLY_WORDS: usize = 128;

/// An ICMP handle, closed on drop.
struct IcmpHandle(HANDLE);

impl Drop for IcmpHandle {
    fn drop(&mut self) {
        // SAFETY: the handle came from Icmp(6)CreateFile and is closed once, here.
        unsafe { IcmpCloseHandle(self.0) };
    }
}

/// Pings `ip` once; None when the ICMP API is not usable (so other ways are tried).
pub(crate) fn ping(ip: IpAddr, deadline: Duration) -> Option<PingResult> {
    let timeout = u32::try_from(deadline.as_millis())
        .unwrap_or(u32::MAX)
        .max(1);
    let start = Instant::now();
    let replied = match ip {
        IpAddr::V4(v4) => echo_v4(v4, timeout)?,
        IpAddr::V6(v6) => echo_v6(v6, timeout)?,
    };
    Some(PingResult {
        address: ip.to_string(),
        method: "icmp-send-echo".into(),
        outcome: if replied {
            PingOutcome::Reply
        } else {
            PingOutcome::NoReply
        },
        rtt_ms: replied.then(|| crate::elapsed_ms(start)),
    })
}

fn open(handle: HANDLE) -> Option<IcmpHandle> {
    (!handle.is_null() && handle != INVALID_HANDLE_VALUE).then_some(IcmpHandle(handle))
}

fn echo_v4(ip: Ipv4Addr, timeout: u32) -> Option<bool> {
    // SAFETY: plain call; an invalid handle means failure and is checked.
    let handle = open(unsafe { IcmpCreateFile() })?;
    let mut reply = [0u64; REPLY_WORDS];
    let size = u32::try_from(std::mem::size_of_val(&reply)).unwrap_or(u32::MAX);
    // The address in network byte order, as IPAddr expects it.
    let destination = u32::from_ne_bytes(ip.octets());
    // SAFETY: synchronous call (no event, no APC routine); the payload and reply
    // buffers are valid for the sizes given and outlive the call.
    let count = unsafe {
        IcmpSendEcho2(
            handle.0,
            std::ptr::null_mut(),
            None,
            std::ptr::null(),
            destination,
            PAYLOAD.as_ptr().cast(),
            PAYLOAD.len() as u16,
            std::ptr::null(),
            reply.as_mut_ptr().cast(),
            size,
            timeout,
        )
    };
    if count == 0 {
        return Some(false);
    }
    // SAFETY: with a non-zero count the buffer starts with an ICMP_ECHO_REPLY; the
    // buffer is 8-byte aligned and larger than the struct. read_unaligned copies it.
    let first = unsafe { std::ptr::read_unaligned(reply.as_ptr().cast::<ICMP_ECHO_REPLY>()) };
    Some(first.Status == IP_SUCCESS && first.Address == destination)
}

fn echo_v6(ip: Ipv6Addr, timeout: u32) -> Option<bool> {
    // SAFETY: plain call; an invalid handle means failure and is checked.
    let handle = open(unsafe { Icmp6CreateFile() })?;
    // The unspecified source address lets the system choose, as ping does.
    // SAFETY: SOCKADDR_IN6 is plain data; all zeroes is a valid value.
    let mut source: SOCKADDR_IN6 = unsafe { std::mem::zeroed() };
    source.sin6_family = AF_INET6;
    // SAFETY: as above.
    let mut destination: SOCKADDR_IN6 = unsafe { std::mem::zeroed() };
    destination.sin6_family = AF_INET6;
    destination.sin6_addr.u.Byte = ip.octets();
    let mut reply = [0u64; REPLY_WORDS];
    let size = u32::try_from(std::mem::size_of_val(&reply)).unwrap_or(u32::MAX);
    // SAFETY: synchronous call (no event, no APC routine); both addresses, the payload
    // and the reply buffer are valid for the sizes given and outlive the call.
    let count = unsafe {
        Icmp6SendEcho2(
            handle.0,
            std::ptr::null_mut(),
            None,
            std::ptr::null(),
            &source,
            &destination,
            PAYLOAD.as_ptr().cast(),
            PAYLOAD.len() as u16,
            std::ptr::null(),
            reply.as_mut_ptr().cast(),
            size,
            timeout,
        )
    };
    if count == 0 {
        return Some(false);
    }
    // SAFETY: with a non-zero count the buffer starts with an ICMPV6_ECHO_REPLY; it is
    // larger than the struct, and read_unaligned copies it (the struct is packed).
    let first = unsafe { std::ptr::read_unaligned(reply.as_ptr().cast::<ICMPV6_ECHO_REPLY_LH>()) };
    let from = first.Address.sin6_addr;
    let from: [u16; 8] = from;
    let from = Ipv6Addr::from(from.map(u16::from_be));
    Some(first.Status == IP_SUCCESS && from == ip)
}
