//! Linux: the socket error queue (`IP_RECVERR`), which tells which ICMP error answered a
//! connection attempt and who sent it — the difference between "nothing listens" and
//! "a firewall at 10.0.0.1 rejects", which errno alone can't show.

#![allow(
    unsafe_code,
    reason = "setsockopt and recvmsg(MSG_ERRQUEUE) have no safe wrapper"
)]

use std::io;
use std::mem::{size_of, zeroed};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::fd::RawFd;

use portdoctor_core::facts::{IcmpKind, IcmpReport};

/// Asks the kernel to queue ICMP errors on this socket.
pub fn enable(fd: RawFd, ipv6: bool) -> io::Result<()> {
    let one: libc::c_int = 1;
    let (level, name) = if ipv6 {
        (libc::SOL_IPV6, libc::IPV6_RECVERR)
    } else {
        (libc::SOL_IP, libc::IP_RECVERR)
    };
    // SAFETY: fd is an open socket; the option value is a c_int that outlives the call.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (&one as *const libc::c_int).cast(),
            size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Reads the newest ICMP error queued on the socket, if any. Never blocks.
pub fn read(fd: RawFd) -> Option<IcmpReport> {
    let mut last = None;
    // Bounded: the queue holds a handful of entries at most.
    for _ in 0..8 {
        match read_one(fd) {
            Some(r) => last = Some(r),
            None => break,
        }
    }
    last
}

fn read_one(fd: RawFd) -> Option<IcmpReport> {
    let mut data = [0u8; 256];
    let mut control = [0u64; 64]; // 512 bytes, aligned for cmsghdr
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: zeroed msghdr is a valid "empty" value; we set the buffers below.
    let mut msg: libc::msghdr = unsafe { zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = size_of::<[u64; 64]>() as _;
    // SAFETY: msg points at buffers that live until the call returns.
    let n = unsafe { libc::recvmsg(fd, &mut msg, libc::MSG_ERRQUEUE | libc::MSG_DONTWAIT) };
    if n < 0 {
        return None;
    }
    let mut report = None;
    // SAFETY: the CMSG_* macros walk the control buffer the kernel just filled, within
    // msg_controllen; each sock_extended_err is followed by the offender's sockaddr.
    unsafe {
        let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
        while !cmsg.is_null() {
            let c = &*cmsg;
            let is_v4 = c.cmsg_level == libc::SOL_IP && c.cmsg_type == libc::IP_RECVERR;
            let is_v6 = c.cmsg_level == libc::SOL_IPV6 && c.cmsg_type == libc::IPV6_RECVERR;
            if is_v4 || is_v6 {
                let ee = libc::CMSG_DATA(cmsg) as *const libc::sock_extended_err;
                let e = std::ptr::read_unaligned(ee);
                let origin_icmp = e.ee_origin == libc::SO_EE_ORIGIN_ICMP
                    || e.ee_origin == libc::SO_EE_ORIGIN_ICMP6;
                if origin_icmp {
                    let offender = libc::SO_EE_OFFENDER(ee) as *const libc::sockaddr;
                    let sender = sockaddr_ip(offender);
                    let kind = if e.ee_origin == libc::SO_EE_ORIGIN_ICMP6 {
                        IcmpKind::from_icmpv6(e.ee_type, e.ee_code)
                    } else {
                        IcmpKind::from_icmpv4(e.ee_type, e.ee_code)
                    };
                    report = Some(IcmpReport {
                        sender: sender.map_or_else(|| "unknown".to_string(), |ip| ip.to_string()),
                        kind,
                        icmp_type: e.ee_type,
                        icmp_code: e.ee_code,
                        from_this_computer: false,
                    });
                }
            }
            cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
        }
    }
    report
}

/// # Safety
/// `sa` must point at a sockaddr the kernel wrote (family set, or AF_UNSPEC when none).
unsafe fn sockaddr_ip(sa: *const libc::sockaddr) -> Option<IpAddr> {
    // SAFETY: reading the family, then the matching struct, as the caller guarantees.
    unsafe {
        match i32::from(std::ptr::read_unaligned(sa).sa_family) {
            libc::AF_INET => {
                let sin = std::ptr::read_unaligned(sa as *const libc::sockaddr_in);
                Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(
                    sin.sin_addr.s_addr,
                ))))
            }
            libc::AF_INET6 => {
                let sin6 = std::ptr::read_unaligned(sa as *const libc::sockaddr_in6);
                Some(IpAddr::V6(Ipv6Addr::from(sin6.sin6_addr.s6_addr)))
            }
            _ => None,
        }
    }
}
