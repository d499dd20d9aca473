//! macOS: libproc. There is no system-wide socket table for unprivileged users, so every
//! process's descriptors are listed (`PROC_PIDLISTFDS`) and each socket is described
//! (`PROC_PIDFDSOCKETINFO`, a `struct socket_fdinfo`). Without root only our own
//! processes may be read: other users' listeners are then missing, which the table's
//! `limitation` says. Decoding and assembly live in [`crate::listeners::parse`].
//!
//! Plain FFI through libc (no C compiler, no SDK needed to build).

#![allow(unsafe_code, reason = "libproc has no safe wrapper in std")]

use std::ffi::{CStr, c_int, c_void};
use std::io;

use portdoctor_core::local::ListenerTable;

use crate::listeners::Query;
use crate::listeners::parse::{
    self, FdsError, LibprocApi, Owner, PROC_FDINFO_SIZE, SOCKET_FDINFO_SIZE,
};

/// `PROC_PIDFDSOCKETINFO` (<sys/proc_info.h>; libc does not define it).
const PROC_PIDFDSOCKETINFO: c_int = 3;
/// `proc_name` copies `2 * MAXCOMLEN` (32) bytes whatever the name's length; room for
/// them and a NUL.
const NAME_BYTES: usize = 64;
/// A larger buffer is accepted: the kernel copies `sizeof(struct socket_fdinfo)`.
const SOCKET_BUFFER: usize = SOCKET_FDINFO_SIZE + 256;
/// The PID and descriptor lists can grow between the size query and the read.
const TRIES: usize = 4;

const _: () = assert!(size_of::<libc::proc_fdinfo>() == PROC_FDINFO_SIZE);
const _: () = assert!(libc::PROC_PIDLISTFD_SIZE as usize == PROC_FDINFO_SIZE);
const _: () = assert!(libc::PROX_FDTYPE_SOCKET as u32 == parse::PROX_FDTYPE_SOCKET);
// soi_stat's size places every later socket_info field (see parse::socket_fdinfo).
const _: () = assert!(size_of::<libc::vinfo_stat>() == 136);

pub fn table(query: Query) -> ListenerTable {
    parse::macos_table(&mut Api, query)
}

struct Api;

fn errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl LibprocApi for Api {
    fn pids(&mut self) -> Result<Vec<i32>, i32> {
        // SAFETY: a null buffer asks for the count only.
        let n = unsafe { libc::proc_listallpids(std::ptr::null_mut(), 0) };
        if n <= 0 {
            return Err(errno());
        }
        let mut room = n as usize + 64;
        for _ in 0..TRIES {
            let mut pids = vec![0 as libc::pid_t; room];
            let bytes = c_int::try_from(room * size_of::<libc::pid_t>()).unwrap_or(c_int::MAX);
            // SAFETY: pids is writable for `bytes` bytes.
            let got = unsafe { libc::proc_listallpids(pids.as_mut_ptr().cast::<c_void>(), bytes) };
            if got <= 0 {
                return Err(errno());
            }
            // It returns a count of PIDs; a full buffer may have been cut short.
            if (got as usize) < room {
                pids.truncate(got as usize);
                return Ok(pids);
            }
            room *= 2;
        }
        Err(libc::ENOMEM)
    }

    fn fds(&mut self, pid: i32) -> Result<Vec<u8>, FdsError> {
        let fail = || match errno() {
            libc::EPERM | libc::EACCES => FdsError::Denied,
            _ => FdsError::Gone,
        };
        // SAFETY: a null buffer asks for the size needed only.
        let need =
            unsafe { libc::proc_pidinfo(pid, libc::PROC_PIDLISTFDS, 0, std::ptr::null_mut(), 0) };
        if need <= 0 {
            return Err(fail());
        }
        let mut room = need as usize + 32 * PROC_FDINFO_SIZE;
        for _ in 0..TRIES {
            let mut buf = vec![0u8; room];
            let bytes = c_int::try_from(room).unwrap_or(c_int::MAX);
            // SAFETY: buf is writable for `bytes` bytes.
            let got = unsafe {
                libc::proc_pidinfo(
                    pid,
                    libc::PROC_PIDLISTFDS,
                    0,
                    buf.as_mut_ptr().cast(),
                    bytes,
                )
            };
            if got <= 0 {
                return Err(fail());
            }
            // It returns bytes written; a full buffer may mean more descriptors appeared.
            if (got as usize) < room {
                buf.truncate(got as usize);
                return Ok(buf);
            }
            room *= 2;
        }
        Err(FdsError::Gone)
    }

    fn socket_info(&mut self, pid: i32, fd: i32) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; SOCKET_BUFFER];
        // SAFETY: buf is writable for SOCKET_BUFFER bytes.
        let got = unsafe {
            libc::proc_pidfdinfo(
                pid,
                fd,
                PROC_PIDFDSOCKETINFO,
                buf.as_mut_ptr().cast(),
                SOCKET_BUFFER as c_int,
            )
        };
        if got <= 0 {
            return None;
        }
        buf.truncate(got as usize);
        Some(buf)
    }

    fn uid(&mut self, pid: i32) -> Option<u32> {
        // SAFETY: a plain-data struct that may be all zeroes.
        let mut info: libc::proc_bsdshortinfo = unsafe { std::mem::zeroed() };
        let size = size_of::<libc::proc_bsdshortinfo>() as c_int;
        // SAFETY: info is writable for `size` bytes.
        let got = unsafe {
            libc::proc_pidinfo(
                pid,
                libc::PROC_PIDT_SHORTBSDINFO,
                0,
                (&mut info as *mut libc::proc_bsdshortinfo).cast(),
                size,
            )
        };
        (got == size).then_some(info.pbsi_uid)
    }

    fn owner(&mut self, pid: i32) -> Owner {
        let mut path = vec![0u8; libc::PROC_PIDPATHINFO_MAXSIZE as usize];
        // SAFETY: path is writable for its length.
        let n = unsafe { libc::proc_pidpath(pid, path.as_mut_ptr().cast(), path.len() as u32) };
        let mut owner = if n > 0 {
            path.truncate(n as usize);
            Owner::from_path(&String::from_utf8_lossy(&path))
        } else {
            Owner::default()
        };
        let mut name = [0u8; NAME_BYTES];
        // SAFETY: name is writable for NAME_BYTES bytes; proc_name NUL-terminates.
        let n = unsafe { libc::proc_name(pid, name.as_mut_ptr().cast(), NAME_BYTES as u32) };
        if n > 0
            && let Ok(s) = CStr::from_bytes_until_nul(&name)
            && !s.is_empty()
        {
            owner.name = Some(s.to_string_lossy().into_owned());
        }
        owner
    }

    fn user_name(&mut self, uid: u32) -> Option<String> {
        let mut buf = vec![0 as libc::c_char; 4096];
        // SAFETY: pwd and buf outlive the call; result points into them or is null.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: as above.
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc != 0 || result.is_null() {
            return None;
        }
        // SAFETY: pw_name is a NUL-terminated string inside buf.
        let name = unsafe { CStr::from_ptr(pwd.pw_name) };
        Some(name.to_string_lossy().into_owned())
    }
}
