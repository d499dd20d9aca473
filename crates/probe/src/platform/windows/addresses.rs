//! Windows: this computer's own addresses, from `GetAdaptersAddresses` (every
//! adapter's unicast addresses, IPv4 and IPv6; no admin rights needed).

#![allow(unsafe_code, reason = "iphlpapi has no safe wrapper in std")]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use windows_sys::Win32::Foundation::{ERROR_BUFFER_OVERFLOW, NO_ERROR};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    GAA_FLAG_SKIP_ANYCAST, GAA_FLAG_SKIP_DNS_SERVER, GAA_FLAG_SKIP_MULTICAST, GetAdaptersAddresses,
    IP_ADAPTER_ADDRESSES_LH,
};
use windows_sys::Win32::Networking::WinSock::{
    AF_INET, AF_INET6, AF_UNSPEC, SOCKADDR_IN, SOCKADDR_IN6,
};

/// The list can grow between the size query and the read: retry a few times.
const TRIES: usize = 4;
/// Enough for a dozen adapters in the first call (Microsoft suggests 15 KB).
const FIRST_BUFFER: u32 = 16 * 1024;
/// More adapters or addresses than any computer has: the walk stops there.
const MAX_ITEMS: usize = 4096;

/// Every unicast address of every adapter; None when the list can't be read.
pub fn local() -> Option<Vec<IpAddr>> {
    let flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;
    let mut size = FIRST_BUFFER;
    for _ in 0..TRIES {
        // u64 words: the structures hold pointers, so keep the buffer 8-byte aligned.
        let mut buf = vec![0u64; (size as usize).div_ceil(8)];
        size = u32::try_from(buf.len() * 8).unwrap_or(u32::MAX);
        // SAFETY: buf is writable for `size` bytes and outlives every use of what the
        // call writes into it; `size` is a valid in/out ULONG.
        let rc = unsafe {
            GetAdaptersAddresses(
                u32::from(AF_UNSPEC),
                flags,
                std::ptr::null(),
                buf.as_mut_ptr().cast(),
                &mut size,
            )
        };
        match rc {
            // SAFETY: on success buf holds the linked list the call wrote.
            NO_ERROR => return Some(unsafe { walk(buf.as_ptr().cast()) }),
            ERROR_BUFFER_OVERFLOW => size = size.saturating_add(size / 4),
            _ => return None,
        }
    }
    None
}

/// # Safety
/// `first` is null or the head of a list `GetAdaptersAddresses` wrote, still alive.
unsafe fn walk(first: *const IP_ADAPTER_ADDRESSES_LH) -> Vec<IpAddr> {
    let mut out = Vec::new();
    let mut adapter = first;
    let mut items = 0;
    while !adapter.is_null() && items < MAX_ITEMS {
        // SAFETY: a non-null adapter of the list the caller vouches for.
        let mut unicast = unsafe { (*adapter).FirstUnicastAddress };
        while !unicast.is_null() && items < MAX_ITEMS {
            items += 1;
            // SAFETY: a non-null entry of the same list; lpSockaddr points at a
            // sockaddr of the family it says, or is null.
            unsafe {
                let sa = (*unicast).Address.lpSockaddr;
                if !sa.is_null() {
                    match (*sa).sa_family {
                        AF_INET => {
                            let v4 = &*sa.cast::<SOCKADDR_IN>();
                            let octets = v4.sin_addr.S_un.S_addr.to_ne_bytes();
                            out.push(IpAddr::V4(Ipv4Addr::from(octets)));
                        }
                        AF_INET6 => {
                            let v6 = &*sa.cast::<SOCKADDR_IN6>();
                            out.push(IpAddr::V6(Ipv6Addr::from(v6.sin6_addr.u.Byte)));
                        }
                        _ => {}
                    }
                }
                unicast = (*unicast).Next;
            }
        }
        // SAFETY: as above.
        adapter = unsafe { (*adapter).Next };
        items += 1;
    }
    out
}
