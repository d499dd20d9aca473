//! What Linux and macOS share: errno's meanings, root, and interface names.

use std::ffi::CString;

use portdoctor_core::facts::{LocalErrorKind, UnreachableKind};

use crate::tcp::Meaning;

/// What an errno from `connect` means.
pub fn connect_error(code: i32) -> Option<(Option<&'static str>, Meaning)> {
    Some(match code {
        libc::ECONNREFUSED => (Some("ECONNREFUSED"), Meaning::Refused),
        libc::ECONNRESET => (Some("ECONNRESET"), Meaning::Reset),
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

/// Root.
pub fn is_privileged() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    #[allow(unsafe_code)]
    unsafe {
        libc::geteuid() == 0
    }
}

/// The index of an interface by name (an IPv6 zone like `eth0`), 0 when unknown.
pub fn scope_id(zone: &str) -> u32 {
    let Ok(name) = CString::new(zone) else {
        return 0;
    };
    // SAFETY: name is a valid NUL-terminated string for the duration of the call.
    #[allow(unsafe_code)]
    unsafe {
        libc::if_nametoindex(name.as_ptr())
    }
}
