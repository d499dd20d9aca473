//! Windows: `GetExtendedTcpTable(TCP_TABLE_OWNER_PID_LISTENER)` for IPv4 and IPv6 (no
//! admin rights needed), owners by PID through `OpenProcess` +
//! `QueryFullProcessImageNameW`. Decoding and assembly live in [`crate::listeners::parse`].
//!
//! Windows gives no accept-queue or backlog figures. Some system processes may not be
//! opened without admin rights: their PID is known, their name is not (`hidden_owners`).

#![allow(
    unsafe_code,
    reason = "iphlpapi and kernel32 have no safe wrapper in std"
)]

use portdoctor_core::facts::Family;
use portdoctor_core::local::ListenerTable;
use windows_sys::Win32::Foundation::{CloseHandle, ERROR_INSUFFICIENT_BUFFER, FALSE, NO_ERROR};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    GetExtendedTcpTable, TCP_TABLE_OWNER_PID_LISTENER,
};
use windows_sys::Win32::Networking::WinSock::{AF_INET, AF_INET6};
use windows_sys::Win32::System::Threading::{
    OpenProcess, PROCESS_NAME_WIN32, PROCESS_QUERY_LIMITED_INFORMATION, QueryFullProcessImageNameW,
};

use crate::listeners::Query;
use crate::listeners::parse::{self, WindowsApi};

/// The table can grow between the size query and the read: retry a few times.
const TRIES: usize = 4;
/// Enough for about 650 IPv4 or 290 IPv6 listeners in the first call.
const FIRST_BUFFER: usize = 16 * 1024;
/// The longest path QueryFullProcessImageNameW may return (long-path aware).
const MAX_PATH_CHARS: usize = 32 * 1024;

pub fn table(query: Query) -> ListenerTable {
    parse::windows_table(&mut Api { path: Vec::new() }, query)
}

struct Api {
    /// Reused for every image path.
    path: Vec<u16>,
}

impl WindowsApi for Api {
    fn tcp_table(&mut self, family: Family) -> Result<Vec<u8>, u32> {
        let af = match family {
            Family::Ipv4 => AF_INET,
            Family::Ipv6 => AF_INET6,
        };
        let mut bytes = FIRST_BUFFER;
        let mut rc = ERROR_INSUFFICIENT_BUFFER;
        for _ in 0..TRIES {
            // u32 words: the table is a DWORD array in effect, so keep it 4-byte aligned.
            let mut buf = vec![0u32; bytes.div_ceil(4)];
            let mut size = u32::try_from(buf.len() * 4).unwrap_or(u32::MAX);
            // SAFETY: buf is writable for `size` bytes and outlives the call; size is a
            // valid in/out DWORD.
            rc = unsafe {
                GetExtendedTcpTable(
                    buf.as_mut_ptr().cast(),
                    &mut size,
                    FALSE,
                    u32::from(af),
                    TCP_TABLE_OWNER_PID_LISTENER,
                    0,
                )
            };
            match rc {
                NO_ERROR => return Ok(buf.iter().flat_map(|w| w.to_ne_bytes()).collect()),
                // `size` now holds what it needs; leave room for sockets opened meanwhile.
                ERROR_INSUFFICIENT_BUFFER => bytes = size as usize + size as usize / 4 + 1024,
                _ => return Err(rc),
            }
        }
        Err(rc)
    }

    fn image_path(&mut self, pid: u32) -> Option<String> {
        // SAFETY: plain call; a null handle means failure.
        let handle = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid) };
        if handle.is_null() {
            return None;
        }
        self.path.resize(MAX_PATH_CHARS, 0);
        let mut len = u32::try_from(self.path.len()).unwrap_or(u32::MAX);
        // SAFETY: handle is open; path is writable for `len` UTF-16 units.
        let ok = unsafe {
            QueryFullProcessImageNameW(handle, PROCESS_NAME_WIN32, self.path.as_mut_ptr(), &mut len)
        };
        // SAFETY: we opened the handle and close it once.
        unsafe { CloseHandle(handle) };
        if ok == FALSE {
            return None;
        }
        let chars = self.path.get(..len as usize)?;
        Some(String::from_utf16_lossy(chars))
    }
}
