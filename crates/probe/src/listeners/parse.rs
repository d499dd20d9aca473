//! Pure decoders of what Windows and macOS hand back, and the assembly of the table
//! from them: compiled on every OS, so the layouts are tested on Linux.
//!
//! The OS modules only fill byte buffers (through [`WindowsApi`] and [`LibprocApi`]);
//! everything from bytes to [`ListenerTable`] happens here. Both targets are
//! little-endian (x86_64, aarch64), so every field is read as little-endian, except
//! ports, which the OS stores in network byte order.
//!
//! Nothing here panics on bad input: a short or garbled buffer is a [`ParseError`].

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use portdoctor_core::facts::Family;
use portdoctor_core::local::{Listener, ListenerTable};

use super::Query;

/// Why a buffer could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("{what}: needs {need} bytes, got {have}")]
    Truncated {
        what: &'static str,
        need: usize,
        have: usize,
    },
    #[error("{what}: {len} bytes is not a whole number of {unit}-byte entries")]
    Ragged {
        what: &'static str,
        len: usize,
        unit: usize,
    },
}

fn bytes<const N: usize>(buf: &[u8], at: usize, what: &'static str) -> Result<[u8; N], ParseError> {
    at.checked_add(N)
        .and_then(|end| buf.get(at..end))
        .and_then(|b| b.try_into().ok())
        .ok_or(ParseError::Truncated {
            what,
            need: at.saturating_add(N),
            have: buf.len(),
        })
}

fn u32_le(buf: &[u8], at: usize, what: &'static str) -> Result<u32, ParseError> {
    bytes::<4>(buf, at, what).map(u32::from_le_bytes)
}

fn i32_le(buf: &[u8], at: usize, what: &'static str) -> Result<i32, ParseError> {
    bytes::<4>(buf, at, what).map(i32::from_le_bytes)
}

fn i16_le(buf: &[u8], at: usize, what: &'static str) -> Result<i16, ParseError> {
    bytes::<2>(buf, at, what).map(i16::from_le_bytes)
}

fn u64_le(buf: &[u8], at: usize, what: &'static str) -> Result<u64, ParseError> {
    bytes::<8>(buf, at, what).map(u64::from_le_bytes)
}

/// A port the OS keeps in network byte order in the first two bytes of a wider field
/// (Windows `dwLocalPort`, macOS `insi_lport`); the rest of the field is ignored.
fn net_port(buf: &[u8], at: usize, what: &'static str) -> Result<u16, ParseError> {
    bytes::<2>(buf, at, what).map(u16::from_be_bytes)
}

/// Sorts like the Linux backend: by port, family, address.
pub fn sort_listeners(listeners: &mut [Listener]) {
    listeners.sort_by(|a, b| (a.port, a.family, &a.address).cmp(&(b.port, b.family, &b.address)));
}

/// The last step of a table read from sockets and processes: sorted, and when owners
/// were asked for, how many listeners' programs could not be named.
fn finish(table: &mut ListenerTable, owners: bool) {
    sort_listeners(&mut table.listeners);
    if owners {
        table.count_hidden_owners();
    }
}

fn listener(ip: IpAddr, port: u16) -> Listener {
    Listener::new(ip.to_string(), port, Family::of(&ip))
}

/// An owning process as the OS names it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Owner {
    pub name: Option<String>,
    pub exe: Option<String>,
}

impl Owner {
    /// From a full image path: the name is its last component (either separator).
    pub fn from_path(path: &str) -> Owner {
        let name = path
            .rsplit(['\\', '/'])
            .next()
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        Owner {
            name,
            exe: Some(path.to_string()),
        }
    }
}

// ---------------------------------------------------------------------------------
// Windows: GetExtendedTcpTable(TCP_TABLE_OWNER_PID_LISTENER)
// ---------------------------------------------------------------------------------

/// `MIB_TCP_STATE_LISTEN`.
pub const MIB_TCP_STATE_LISTEN: u32 = 2;
/// PID 4 is the kernel ("System"): ports served by http.sys show it.
pub const WINDOWS_SYSTEM_PID: u32 = 4;

/// `sizeof(MIB_TCPROW_OWNER_PID)`: dwState, dwLocalAddr, dwLocalPort, dwRemoteAddr,
/// dwRemotePort, dwOwningPid.
pub const MIB_TCPROW_OWNER_PID_SIZE: usize = 24;
/// `sizeof(MIB_TCP6ROW_OWNER_PID)`: ucLocalAddr[16], dwLocalScopeId, dwLocalPort,
/// ucRemoteAddr[16], dwRemoteScopeId, dwRemotePort, dwState, dwOwningPid.
pub const MIB_TCP6ROW_OWNER_PID_SIZE: usize = 56;
/// The rows follow `DWORD dwNumEntries` (4-byte aligned, so no padding).
const TABLE_HEADER: usize = 4;

/// One row of either table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TcpRow {
    pub state: u32,
    pub local: IpAddr,
    /// `dwLocalScopeId` (IPv6 only; 0 for IPv4).
    pub scope_id: u32,
    pub port: u16,
    pub pid: u32,
}

fn rows<'a>(
    buf: &'a [u8],
    row_size: usize,
    what: &'static str,
) -> Result<impl Iterator<Item = &'a [u8]>, ParseError> {
    let n = u32_le(buf, 0, what)? as usize;
    let need = n
        .checked_mul(row_size)
        .and_then(|b| b.checked_add(TABLE_HEADER))
        .unwrap_or(usize::MAX);
    // The caller's buffer may be longer than the table; shorter is an error.
    let table = buf.get(TABLE_HEADER..need).ok_or(ParseError::Truncated {
        what,
        need,
        have: buf.len(),
    })?;
    Ok(table.chunks_exact(row_size))
}

/// Decodes a `MIB_TCPTABLE_OWNER_PID` (AF_INET).
pub fn parse_tcp_table_v4(buf: &[u8]) -> Result<Vec<TcpRow>, ParseError> {
    const WHAT: &str = "MIB_TCPTABLE_OWNER_PID";
    rows(buf, MIB_TCPROW_OWNER_PID_SIZE, WHAT)?
        .map(|r| {
            Ok(TcpRow {
                state: u32_le(r, 0, WHAT)?,
                // in_addr in network byte order: the bytes are the octets in order.
                local: IpAddr::V4(Ipv4Addr::from(bytes::<4>(r, 4, WHAT)?)),
                scope_id: 0,
                port: net_port(r, 8, WHAT)?,
                pid: u32_le(r, 20, WHAT)?,
            })
        })
        .collect()
}

/// Decodes a `MIB_TCP6TABLE_OWNER_PID` (AF_INET6).
pub fn parse_tcp_table_v6(buf: &[u8]) -> Result<Vec<TcpRow>, ParseError> {
    const WHAT: &str = "MIB_TCP6TABLE_OWNER_PID";
    rows(buf, MIB_TCP6ROW_OWNER_PID_SIZE, WHAT)?
        .map(|r| {
            Ok(TcpRow {
                local: IpAddr::V6(Ipv6Addr::from(bytes::<16>(r, 0, WHAT)?)),
                scope_id: u32_le(r, 16, WHAT)?,
                port: net_port(r, 20, WHAT)?,
                state: u32_le(r, 48, WHAT)?,
                pid: u32_le(r, 52, WHAT)?,
            })
        })
        .collect()
}

/// What Windows is asked for; the real implementation calls iphlpapi and kernel32.
pub trait WindowsApi {
    /// The raw table `GetExtendedTcpTable` filled for this family, or its error code.
    fn tcp_table(&mut self, family: Family) -> Result<Vec<u8>, u32>;
    /// The full image path of a process (`QueryFullProcessImageNameW`); None when the
    /// process may not be opened (system processes without admin rights) or is gone.
    fn image_path(&mut self, pid: u32) -> Option<String>;
}

/// Reads the listeners through `api`: both families, the port filter, owners by PID.
pub fn windows_table(api: &mut impl WindowsApi, query: Query) -> ListenerTable {
    let mut table = ListenerTable {
        source: "GetExtendedTcpTable".to_string(),
        ..ListenerTable::default()
    };
    let mut rows = Vec::new();
    for family in [Family::Ipv4, Family::Ipv6] {
        let label = match family {
            Family::Ipv4 => "AF_INET",
            Family::Ipv6 => "AF_INET6",
        };
        let parsed = api
            .tcp_table(family)
            .map_err(|code| format!("GetExtendedTcpTable({label}): error {code}"))
            .and_then(|buf| {
                match family {
                    Family::Ipv4 => parse_tcp_table_v4(&buf),
                    Family::Ipv6 => parse_tcp_table_v6(&buf),
                }
                .map_err(|e| format!("GetExtendedTcpTable({label}): {e}"))
            });
        match parsed {
            Ok(mut r) => rows.append(&mut r),
            Err(why) => table.limitation = Some(why),
        }
    }
    let mut owners: HashMap<u32, Option<Owner>> = HashMap::new();
    for row in rows {
        if row.state != MIB_TCP_STATE_LISTEN || query.port.is_some_and(|p| p != row.port) {
            continue;
        }
        let mut l = listener(row.local, row.port);
        if query.owners {
            l.pid = Some(row.pid);
            let owner = owners.entry(row.pid).or_insert_with(|| {
                if row.pid == 0 {
                    // The table does not say who owns it ("System Idle Process" is
                    // no owner); Wine gives 0 for every socket of a program outside Wine.
                    None
                } else if row.pid == WINDOWS_SYSTEM_PID {
                    // The kernel has no image to open; it is always called System.
                    Some(Owner {
                        name: Some("System".to_string()),
                        exe: None,
                    })
                } else {
                    api.image_path(row.pid).map(|p| Owner::from_path(&p))
                }
            });
            if let Some(o) = owner {
                l.process = o.name.clone();
                l.exe = o.exe.clone();
            }
        }
        table.listeners.push(l);
    }
    finish(&mut table, query.owners);
    table
}

// ---------------------------------------------------------------------------------
// macOS: libproc, <sys/proc_info.h>
// ---------------------------------------------------------------------------------

/// `sizeof(struct proc_fdinfo)`: `int32_t proc_fd; uint32_t proc_fdtype;`.
pub const PROC_FDINFO_SIZE: usize = 8;
/// `PROX_FDTYPE_SOCKET`.
pub const PROX_FDTYPE_SOCKET: u32 = 2;
/// `sizeof(struct socket_fdinfo)` on LP64: `proc_fileinfo` (24) + `socket_info` (768).
pub const SOCKET_FDINFO_SIZE: usize = 792;
/// `SOCKINFO_TCP` (`soi_kind`).
pub const SOCKINFO_TCP: i32 = 2;
/// `TSI_S_LISTEN` (`tcpsi_state`).
pub const TSI_S_LISTEN: i32 = 1;
/// `INI_IPV4` / `INI_IPV6` (`insi_vflag`); a dual-stack `[::]` socket has both.
pub const INI_IPV4: u8 = 0x1;
pub const INI_IPV6: u8 = 0x2;

/// Offsets in `struct socket_fdinfo { proc_fileinfo pfi; socket_info psi; }`.
/// psi starts at 24; socket_info: soi_stat (vinfo_stat, 136 bytes), soi_so at 136, ...,
/// soi_proto (a union whose tcp_sockinfo starts with in_sockinfo) at 240.
///
/// `soi_stat` is not used: xnu's `pid_socketinfo()` zeroes the struct and
/// `fill_socketinfo()` never fills it, so `vst_uid` is always 0. The uid comes from the
/// owning process instead ([`LibprocApi::uid`]).
pub mod socket_fdinfo {
    /// `psi.soi_so`: the kernel's (permuted) socket address, the same for every
    /// descriptor of one socket.
    pub const SOI_SO: usize = 24 + 136;
    pub const SOI_QLEN: usize = 24 + 170;
    pub const SOI_INCQLEN: usize = 24 + 172;
    pub const SOI_QLIMIT: usize = 24 + 174;
    pub const SOI_KIND: usize = 24 + 232;
    const PROTO: usize = 24 + 240;
    /// `psi.soi_proto.pri_tcp.tcpsi_ini.insi_lport`.
    pub const INSI_LPORT: usize = PROTO + 4;
    /// `...insi_vflag`.
    pub const INSI_VFLAG: usize = PROTO + 24;
    /// `...insi_laddr` (16 bytes: in6_addr, or in4in6_addr with the IPv4 address last).
    pub const INSI_LADDR: usize = PROTO + 48;
    /// `psi.soi_proto.pri_tcp.tcpsi_state`.
    pub const TCPSI_STATE: usize = PROTO + 80;
}

/// The socket descriptors in a `PROC_PIDLISTFDS` answer.
pub fn parse_fd_list(buf: &[u8]) -> Result<Vec<i32>, ParseError> {
    const WHAT: &str = "proc_fdinfo list";
    if !buf.len().is_multiple_of(PROC_FDINFO_SIZE) {
        return Err(ParseError::Ragged {
            what: WHAT,
            len: buf.len(),
            unit: PROC_FDINFO_SIZE,
        });
    }
    let mut fds = Vec::new();
    for entry in buf.chunks_exact(PROC_FDINFO_SIZE) {
        if u32_le(entry, 4, WHAT)? == PROX_FDTYPE_SOCKET {
            fds.push(i32_le(entry, 0, WHAT)?);
        }
    }
    Ok(fds)
}

/// A listening TCP socket as `PROC_PIDFDSOCKETINFO` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MacSocket {
    /// `soi_so`: identifies the socket across descriptors and processes.
    pub so: u64,
    pub local: IpAddr,
    pub port: u16,
    /// For `::`: whether it takes IPv6 only (no INI_IPV4 in `insi_vflag`).
    pub v6only: Option<bool>,
    /// `soi_qlen`: completed connections waiting for accept().
    pub accept_queue: Option<u32>,
    /// `soi_incqlen`: handshakes still in progress.
    pub incomplete: Option<u32>,
    /// `soi_qlimit`: the backlog.
    pub backlog: Option<u32>,
}

fn count(v: i16) -> Option<u32> {
    u32::try_from(v).ok()
}

/// Decodes a `struct socket_fdinfo`; `Ok(None)` for anything but a listening TCP socket.
pub fn parse_socket_fdinfo(buf: &[u8]) -> Result<Option<MacSocket>, ParseError> {
    use socket_fdinfo as at;
    const WHAT: &str = "socket_fdinfo";
    if buf.len() < SOCKET_FDINFO_SIZE {
        return Err(ParseError::Truncated {
            what: WHAT,
            need: SOCKET_FDINFO_SIZE,
            have: buf.len(),
        });
    }
    if i32_le(buf, at::SOI_KIND, WHAT)? != SOCKINFO_TCP
        || i32_le(buf, at::TCPSI_STATE, WHAT)? != TSI_S_LISTEN
    {
        return Ok(None);
    }
    let vflag = bytes::<1>(buf, at::INSI_VFLAG, WHAT)?[0];
    let laddr = bytes::<16>(buf, at::INSI_LADDR, WHAT)?;
    let (local, v6only) = if vflag & INI_IPV6 != 0 {
        let ip = Ipv6Addr::from(laddr);
        // V6ONLY only matters (and can only be told from vflag) on the wildcard.
        let v6only = ip.is_unspecified().then_some(vflag & INI_IPV4 == 0);
        (IpAddr::V6(ip), v6only)
    } else if vflag & INI_IPV4 != 0 {
        let [.., a, b, c, d] = laddr;
        (IpAddr::V4(Ipv4Addr::new(a, b, c, d)), None)
    } else {
        return Ok(None);
    };
    Ok(Some(MacSocket {
        so: u64_le(buf, at::SOI_SO, WHAT)?,
        local,
        port: net_port(buf, at::INSI_LPORT, WHAT)?,
        v6only,
        accept_queue: count(i16_le(buf, at::SOI_QLEN, WHAT)?),
        incomplete: count(i16_le(buf, at::SOI_INCQLEN, WHAT)?),
        backlog: count(i16_le(buf, at::SOI_QLIMIT, WHAT)?),
    }))
}

/// Why a process's descriptors could not be listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdsError {
    /// EPERM: another user's process, and we are not root.
    Denied,
    /// ESRCH and the like: it exited meanwhile.
    Gone,
}

/// What macOS is asked for; the real implementation calls libproc.
pub trait LibprocApi {
    /// Every PID (`proc_listallpids`), or the errno.
    fn pids(&mut self) -> Result<Vec<i32>, i32>;
    /// The raw `PROC_PIDLISTFDS` answer for a process.
    fn fds(&mut self, pid: i32) -> Result<Vec<u8>, FdsError>;
    /// The raw `PROC_PIDFDSOCKETINFO` answer for a descriptor; None if it failed.
    fn socket_info(&mut self, pid: i32, fd: i32) -> Option<Vec<u8>>;
    /// The effective uid of a process (`PROC_PIDT_SHORTBSDINFO`).
    fn uid(&mut self, pid: i32) -> Option<u32>;
    /// Name and path of a process (`proc_name`, `proc_pidpath`).
    fn owner(&mut self, pid: i32) -> Owner;
    /// The name of a user id.
    fn user_name(&mut self, uid: u32) -> Option<String>;
}

/// Reads the listeners through `api`: every process we may inspect, each socket once.
///
/// macOS has no system-wide socket table for unprivileged users: a listener is found
/// through a process that holds it, so other users' listeners are missing entirely
/// unless we run as root. That is a `limitation`, not `hidden_owners`.
pub fn macos_table(api: &mut impl LibprocApi, query: Query) -> ListenerTable {
    let mut table = ListenerTable {
        source: "libproc".to_string(),
        ..ListenerTable::default()
    };
    let mut pids = match api.pids() {
        Ok(p) => p,
        Err(errno) => {
            table.limitation = Some(format!("libproc: proc_listallpids: errno {errno}"));
            return table;
        }
    };
    // Lowest PID first: a socket shared after fork() is credited to the parent.
    pids.sort_unstable();
    pids.dedup();
    let mut seen = HashSet::new();
    let mut users: HashMap<u32, Option<String>> = HashMap::new();
    let (mut readable, mut denied, mut bad) = (0usize, 0usize, None);
    for pid in pids.into_iter().filter(|p| *p > 0) {
        let fds = match api.fds(pid).map(|b| parse_fd_list(&b)) {
            Ok(Ok(fds)) => fds,
            Ok(Err(e)) => {
                bad = Some(e);
                continue;
            }
            Err(FdsError::Denied) => {
                denied += 1;
                continue;
            }
            Err(FdsError::Gone) => continue,
        };
        readable += 1;
        let (mut uid, mut owner) = (None, None);
        for fd in fds {
            let Some(info) = api.socket_info(pid, fd) else {
                continue;
            };
            let s = match parse_socket_fdinfo(&info) {
                Ok(Some(s)) => s,
                Ok(None) => continue,
                Err(e) => {
                    bad = Some(e);
                    continue;
                }
            };
            // One socket may sit in several processes (fork): keep the first. Should a
            // kernel ever hide soi_so (0), fall back to the address.
            let key = match s.so {
                0 => (0, s.local, s.port),
                so => (so, IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0),
            };
            if query.port.is_some_and(|p| p != s.port) || !seen.insert(key) {
                continue;
            }
            let mut l = listener(s.local, s.port);
            l.v6only = s.v6only;
            l.accept_queue = s.accept_queue;
            l.backlog = s.backlog;
            // The process's uid: a socket has no owner of its own in libproc.
            l.uid = *uid.get_or_insert_with(|| api.uid(pid));
            if let Some(u) = l.uid {
                l.user = users.entry(u).or_insert_with(|| api.user_name(u)).clone();
            }
            if query.owners {
                let o: &Owner = owner.get_or_insert_with(|| api.owner(pid));
                l.pid = u32::try_from(pid).ok();
                l.process = o.name.clone();
                l.exe = o.exe.clone();
            }
            table.listeners.push(l);
        }
    }
    finish(&mut table, query.owners);
    if denied > 0 {
        table.limitation = Some(format!(
            "libproc: {denied} of {} processes not readable (other users' processes need \
             root); listeners held only by them are missing",
            denied + readable
        ));
    } else if let Some(e) = bad {
        table.limitation = Some(format!("libproc: {e}"));
    }
    table
}

#[cfg(test)]
mod tests {
    //! The fixtures in tests/fixtures/listeners/ follow the documented layouts (built by
    //! generate.py there); they were not recorded on a real Windows or macOS machine.

    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/tests/fixtures/listeners/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut out = Vec::new();
        for line in text.lines() {
            let data = line.split('#').next().unwrap_or("");
            for token in data.split_whitespace() {
                if let Some(n) = token.strip_prefix("00*") {
                    out.resize(out.len() + n.parse::<usize>().unwrap(), 0);
                } else {
                    out.push(
                        u8::from_str_radix(token, 16).unwrap_or_else(|e| panic!("{token}: {e}")),
                    );
                }
            }
        }
        out
    }

    fn row(state: u32, local: &str, scope_id: u32, port: u16, pid: u32) -> TcpRow {
        TcpRow {
            state,
            local: local.parse().unwrap(),
            scope_id,
            port,
            pid,
        }
    }

    #[test]
    fn decodes_the_documented_ipv4_table() {
        let buf = fixture("windows_tcp4.hex");
        assert_eq!(buf.len(), 4 + 4 * 24 + 12);
        assert_eq!(
            parse_tcp_table_v4(&buf).unwrap(),
            vec![
                row(2, "0.0.0.0", 0, 135, 1100),
                row(2, "127.0.0.1", 0, 5432, 2345),
                row(2, "0.0.0.0", 0, 80, 4),
                row(5, "192.168.1.10", 0, 50000, 2345),
            ]
        );
    }

    #[test]
    fn decodes_the_documented_ipv6_table() {
        let buf = fixture("windows_tcp6.hex");
        assert_eq!(buf.len(), 4 + 3 * 56);
        assert_eq!(
            parse_tcp_table_v6(&buf).unwrap(),
            vec![
                row(2, "::", 0, 135, 1100),
                row(2, "::1", 0, 5432, 2345),
                row(2, "fe80::1", 12, 8080, 777),
            ]
        );
    }

    #[test]
    fn an_empty_table_is_just_the_count() {
        assert_eq!(parse_tcp_table_v4(&[0, 0, 0, 0]).unwrap(), vec![]);
        assert_eq!(parse_tcp_table_v6(&[0; 8]).unwrap(), vec![]);
    }

    #[test]
    fn short_windows_tables_are_errors() {
        let buf = fixture("windows_tcp4.hex");
        for cut in [0, 3, 4, 27, 4 + 4 * 24 - 1] {
            assert!(
                matches!(
                    parse_tcp_table_v4(&buf[..cut]),
                    Err(ParseError::Truncated { .. })
                ),
                "cut at {cut}"
            );
        }
        // A count far beyond the buffer (garbage, or a table that grew).
        assert!(parse_tcp_table_v4(&[0xff, 0xff, 0xff, 0xff, 0, 0]).is_err());
        assert!(parse_tcp_table_v6(&[0xff; 60]).is_err());
    }

    struct FakeWindows {
        v4: Result<Vec<u8>, u32>,
        v6: Result<Vec<u8>, u32>,
        opened: Vec<u32>,
    }

    impl WindowsApi for FakeWindows {
        fn tcp_table(&mut self, family: Family) -> Result<Vec<u8>, u32> {
            match family {
                Family::Ipv4 => self.v4.clone(),
                Family::Ipv6 => self.v6.clone(),
            }
        }
        fn image_path(&mut self, pid: u32) -> Option<String> {
            self.opened.push(pid);
            match pid {
                2345 => Some(r"C:\Program Files\PostgreSQL\16\bin\postgres.exe".to_string()),
                777 => Some(r"C:\Tools\dev server.exe".to_string()),
                _ => None, // 1100: a svchost we may not open without admin
            }
        }
    }

    fn fake_windows() -> FakeWindows {
        FakeWindows {
            v4: Ok(fixture("windows_tcp4.hex")),
            v6: Ok(fixture("windows_tcp6.hex")),
            opened: Vec::new(),
        }
    }

    #[test]
    fn windows_table_names_owners_and_counts_the_hidden() {
        let mut api = fake_windows();
        let t = windows_table(
            &mut api,
            Query {
                port: None,
                owners: true,
                owner_ports: None,
            },
        );
        assert_eq!(t.source, "GetExtendedTcpTable");
        assert_eq!(t.limitation, None);
        let got: Vec<_> = t
            .listeners
            .iter()
            .map(|l| (l.display_addr(), l.pid, l.process.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("0.0.0.0:80".to_string(), Some(4), Some("System")),
                ("0.0.0.0:135".to_string(), Some(1100), None),
                ("[::]:135".to_string(), Some(1100), None),
                (
                    "127.0.0.1:5432".to_string(),
                    Some(2345),
                    Some("postgres.exe")
                ),
                ("[::1]:5432".to_string(), Some(2345), Some("postgres.exe")),
                (
                    "[fe80::1]:8080".to_string(),
                    Some(777),
                    Some("dev server.exe")
                ),
            ],
            "the ESTABLISHED row is skipped"
        );
        let pg = &t.listeners[3];
        assert_eq!(
            pg.exe.as_deref(),
            Some(r"C:\Program Files\PostgreSQL\16\bin\postgres.exe")
        );
        assert_eq!(
            (pg.accept_queue, pg.backlog, pg.uid, pg.v6only),
            (None, None, None, None)
        );
        assert_eq!(t.hidden_owners, 2, "both svchost sockets");
        // One lookup per PID; System is never opened.
        api.opened.sort_unstable();
        assert_eq!(api.opened, vec![777, 1100, 2345]);
    }

    /// A `MIB_TCPTABLE_OWNER_PID` of listening rows (address, port, PID), as Windows
    /// lays it out.
    fn v4_listeners(rows: &[([u8; 4], u16, u32)]) -> Vec<u8> {
        let mut buf = u32::try_from(rows.len()).unwrap().to_le_bytes().to_vec();
        for (addr, port, pid) in rows {
            buf.extend(MIB_TCP_STATE_LISTEN.to_le_bytes());
            buf.extend(addr);
            buf.extend(port.to_be_bytes());
            buf.extend([0u8; 2 + 4 + 4]); // the port's high half, the remote end
            buf.extend(pid.to_le_bytes());
        }
        buf
    }

    #[test]
    fn windows_pid_0_is_an_unknown_owner_not_a_hidden_one() {
        // Wine's table gives 0 for every socket of a program outside Wine; Windows
        // for a socket it does not attribute. No process is opened for it.
        let mut api = FakeWindows {
            v4: Ok(v4_listeners(&[
                ([127, 0, 0, 1], 47001, 0),
                ([0, 0, 0, 0], 5432, 2345),
            ])),
            v6: Ok(0u32.to_le_bytes().to_vec()),
            opened: Vec::new(),
        };
        let owners = Query {
            port: None,
            owners: true,
            owner_ports: None,
        };
        let t = windows_table(&mut api, owners);
        let unknown = t.listeners.iter().find(|l| l.port == 47001).unwrap();
        assert!(unknown.owner_unknown() && !unknown.owner_hidden());
        assert_eq!(unknown.process, None);
        assert_eq!(t.hidden_owners, 0, "nobody is hidden from us");
        assert_eq!(t.unknown_owners(), 1);
        assert_eq!(api.opened, vec![2345], "PID 0 is never opened");
    }

    #[test]
    fn windows_table_filters_by_port_and_skips_owners_when_not_asked() {
        let mut api = fake_windows();
        let t = windows_table(
            &mut api,
            Query {
                port: Some(5432),
                owners: false,
                owner_ports: None,
            },
        );
        assert_eq!(t.listeners.len(), 2);
        assert!(
            t.listeners
                .iter()
                .all(|l| l.port == 5432 && l.pid.is_none())
        );
        assert_eq!(t.hidden_owners, 0);
        assert!(api.opened.is_empty());
    }

    #[test]
    fn windows_table_reports_a_failed_family_and_keeps_the_other() {
        let mut api = fake_windows();
        api.v6 = Err(87);
        let t = windows_table(&mut api, Query::default());
        assert_eq!(t.listeners.len(), 3);
        assert_eq!(
            t.limitation.as_deref(),
            Some("GetExtendedTcpTable(AF_INET6): error 87")
        );
        api.v6 = Ok(vec![1, 0, 0, 0, 0]);
        let t = windows_table(&mut api, Query::default());
        assert!(
            t.limitation
                .as_deref()
                .is_some_and(|l| l.starts_with("GetExtendedTcpTable(AF_INET6): MIB_TCP6TABLE")),
            "{t:?}"
        );
    }

    #[test]
    fn decodes_a_listening_ipv4_socket() {
        let s = parse_socket_fdinfo(&fixture("macos_listen4.hex")).unwrap();
        assert_eq!(
            s,
            Some(MacSocket {
                so: 0xffff_ff80_1234_5678,
                local: "127.0.0.1".parse().unwrap(),
                port: 5432,
                v6only: None,
                accept_queue: Some(2),
                incomplete: Some(1),
                backlog: Some(128),
            })
        );
    }

    #[test]
    fn decodes_dual_stack_and_v6only_wildcards() {
        let s = parse_socket_fdinfo(&fixture("macos_listen46.hex"))
            .unwrap()
            .unwrap();
        assert_eq!(
            (s.local, s.port, s.v6only, s.backlog),
            ("::".parse().unwrap(), 8080, Some(false), Some(511))
        );
        let s = parse_socket_fdinfo(&fixture("macos_listen6only.hex"))
            .unwrap()
            .unwrap();
        assert_eq!(
            (s.local, s.port, s.v6only, s.accept_queue, s.backlog),
            ("::1".parse().unwrap(), 9000, None, Some(5), Some(5))
        );
    }

    #[test]
    fn other_sockets_are_not_listeners() {
        assert_eq!(
            parse_socket_fdinfo(&fixture("macos_established.hex")),
            Ok(None)
        );
        assert_eq!(parse_socket_fdinfo(&fixture("macos_udp.hex")), Ok(None));
    }

    #[test]
    fn a_short_socket_fdinfo_is_an_error_and_a_longer_buffer_is_fine() {
        let mut buf = fixture("macos_listen4.hex");
        assert!(matches!(
            parse_socket_fdinfo(&buf[..SOCKET_FDINFO_SIZE - 1]),
            Err(ParseError::Truncated { need: 792, .. })
        ));
        buf.extend_from_slice(&[0xee; 100]);
        assert!(parse_socket_fdinfo(&buf).unwrap().is_some());
    }

    #[test]
    fn picks_the_socket_descriptors() {
        assert_eq!(
            parse_fd_list(&fixture("macos_fds.hex")).unwrap(),
            vec![3, 7]
        );
        assert_eq!(parse_fd_list(&[]).unwrap(), Vec::<i32>::new());
        assert!(matches!(
            parse_fd_list(&[0; 12]),
            Err(ParseError::Ragged { .. })
        ));
    }

    /// The byte offsets above, checked against the compiler's layout of the C
    /// declarations (<sys/proc_info.h>, tcpmib.h) transcribed as repr(C) structs.
    /// x86_64 Linux lays these out like LP64 macOS and 64-bit Windows.
    #[allow(dead_code, reason = "layout mirrors: only their offsets are read")]
    mod layout {
        #[repr(C)]
        pub struct MibTcpRowOwnerPid {
            pub dw_state: u32,
            pub dw_local_addr: u32,
            pub dw_local_port: u32,
            pub dw_remote_addr: u32,
            pub dw_remote_port: u32,
            pub dw_owning_pid: u32,
        }
        #[repr(C)]
        pub struct MibTcp6RowOwnerPid {
            pub uc_local_addr: [u8; 16],
            pub dw_local_scope_id: u32,
            pub dw_local_port: u32,
            pub uc_remote_addr: [u8; 16],
            pub dw_remote_scope_id: u32,
            pub dw_remote_port: u32,
            pub dw_state: u32,
            pub dw_owning_pid: u32,
        }
        #[repr(C)]
        pub struct ProcFileinfo {
            pub fi_openflags: u32,
            pub fi_status: u32,
            pub fi_offset: i64,
            pub fi_type: i32,
            pub fi_guardflags: u32,
        }
        #[repr(C)]
        pub struct VinfoStat {
            pub vst_dev: u32,
            pub vst_mode: u16,
            pub vst_nlink: u16,
            pub vst_ino: u64,
            pub vst_uid: u32,
            pub vst_gid: u32,
            pub times: [i64; 8],
            pub vst_size: i64,
            pub vst_blocks: i64,
            pub vst_blksize: i32,
            pub vst_flags: u32,
            pub vst_gen: u32,
            pub vst_rdev: u32,
            pub vst_qspare: [i64; 2],
        }
        #[repr(C)]
        pub struct SockbufInfo {
            pub sbi_cc: u32,
            pub sbi_hiwat: u32,
            pub sbi_mbcnt: u32,
            pub sbi_mbmax: u32,
            pub sbi_lowat: u32,
            pub sbi_flags: i16,
            pub sbi_timeo: i16,
        }
        #[repr(C)]
        pub struct InSockinfo {
            pub insi_fport: i32,
            pub insi_lport: i32,
            pub insi_gencnt: u64,
            pub insi_flags: u32,
            pub insi_flow: u32,
            pub insi_vflag: u8,
            pub insi_ip_ttl: u8,
            pub rfu_1: u32,
            pub insi_faddr: [u32; 4],
            pub insi_laddr: [u32; 4],
            pub insi_v4: u8,
            pub insi_v6: (u8, i32, u16, i16),
        }
        #[repr(C)]
        pub struct TcpSockinfo {
            pub tcpsi_ini: InSockinfo,
            pub tcpsi_state: i32,
            pub tcpsi_timer: [i32; 4],
            pub tcpsi_mss: i32,
            pub tcpsi_flags: u32,
            pub rfu_1: u32,
            pub tcpsi_tp: u64,
        }
        #[repr(C)]
        pub struct UnSockinfo {
            pub unsi_conn_so: u64,
            pub unsi_conn_pcb: u64,
            pub unsi_addr: [u8; 256],
            pub unsi_caddr: [u8; 256],
        }
        #[repr(C)]
        pub union SoiProto {
            pub pri_tcp: std::mem::ManuallyDrop<TcpSockinfo>,
            pub pri_un: std::mem::ManuallyDrop<UnSockinfo>,
        }
        #[repr(C)]
        pub struct SocketInfo {
            pub soi_stat: VinfoStat,
            pub soi_so: u64,
            pub soi_pcb: u64,
            pub soi_type: i32,
            pub soi_protocol: i32,
            pub soi_family: i32,
            pub soi_options: i16,
            pub soi_linger: i16,
            pub soi_state: i16,
            pub soi_qlen: i16,
            pub soi_incqlen: i16,
            pub soi_qlimit: i16,
            pub soi_timeo: i16,
            pub soi_error: u16,
            pub soi_oobmark: u32,
            pub soi_rcv: SockbufInfo,
            pub soi_snd: SockbufInfo,
            pub soi_kind: i32,
            pub rfu_1: u32,
            pub soi_proto: SoiProto,
        }
        #[repr(C)]
        pub struct SocketFdinfo {
            pub pfi: ProcFileinfo,
            pub psi: SocketInfo,
        }
    }

    #[test]
    fn offsets_match_the_c_layouts() {
        use layout::*;
        use std::mem::{offset_of, size_of};
        assert_eq!(size_of::<MibTcpRowOwnerPid>(), MIB_TCPROW_OWNER_PID_SIZE);
        assert_eq!(size_of::<MibTcp6RowOwnerPid>(), MIB_TCP6ROW_OWNER_PID_SIZE);
        assert_eq!(offset_of!(MibTcpRowOwnerPid, dw_local_addr), 4);
        assert_eq!(offset_of!(MibTcpRowOwnerPid, dw_local_port), 8);
        assert_eq!(offset_of!(MibTcpRowOwnerPid, dw_owning_pid), 20);
        assert_eq!(offset_of!(MibTcp6RowOwnerPid, dw_local_scope_id), 16);
        assert_eq!(offset_of!(MibTcp6RowOwnerPid, dw_local_port), 20);
        assert_eq!(offset_of!(MibTcp6RowOwnerPid, dw_state), 48);
        assert_eq!(offset_of!(MibTcp6RowOwnerPid, dw_owning_pid), 52);

        use socket_fdinfo as at;
        let psi = offset_of!(SocketFdinfo, psi);
        let proto = psi + offset_of!(SocketInfo, soi_proto);
        assert_eq!(size_of::<SocketFdinfo>(), SOCKET_FDINFO_SIZE);
        assert_eq!(size_of::<SocketInfo>(), 768);
        assert_eq!(size_of::<VinfoStat>(), 136);
        assert_eq!(size_of::<InSockinfo>(), 80);
        assert_eq!(size_of::<TcpSockinfo>(), 120);
        assert_eq!(psi + offset_of!(SocketInfo, soi_so), at::SOI_SO);
        assert_eq!(psi + offset_of!(SocketInfo, soi_qlen), at::SOI_QLEN);
        assert_eq!(psi + offset_of!(SocketInfo, soi_incqlen), at::SOI_INCQLEN);
        assert_eq!(psi + offset_of!(SocketInfo, soi_qlimit), at::SOI_QLIMIT);
        assert_eq!(psi + offset_of!(SocketInfo, soi_kind), at::SOI_KIND);
        assert_eq!(proto + offset_of!(InSockinfo, insi_lport), at::INSI_LPORT);
        assert_eq!(proto + offset_of!(InSockinfo, insi_vflag), at::INSI_VFLAG);
        assert_eq!(proto + offset_of!(InSockinfo, insi_laddr), at::INSI_LADDR);
        assert_eq!(
            proto + offset_of!(TcpSockinfo, tcpsi_state),
            at::TCPSI_STATE
        );
    }

    #[derive(Default)]
    struct FakeMac {
        denied: Vec<i32>,
        fds: HashMap<i32, Vec<u8>>,
        sockets: HashMap<(i32, i32), Vec<u8>>,
        owners_asked: Vec<i32>,
        uids_asked: Vec<i32>,
    }

    fn fd_list(fds: &[i32]) -> Vec<u8> {
        fds.iter()
            .flat_map(|fd| {
                let mut e = fd.to_le_bytes().to_vec();
                e.extend_from_slice(&PROX_FDTYPE_SOCKET.to_le_bytes());
                e
            })
            .collect()
    }

    impl LibprocApi for FakeMac {
        fn pids(&mut self) -> Result<Vec<i32>, i32> {
            let mut p: Vec<i32> = self.fds.keys().copied().collect();
            p.extend(&self.denied);
            p.push(0); // kernel_task
            p.push(4242); // exits before we look
            Ok(p)
        }
        fn fds(&mut self, pid: i32) -> Result<Vec<u8>, FdsError> {
            if self.denied.contains(&pid) {
                return Err(FdsError::Denied);
            }
            self.fds.get(&pid).cloned().ok_or(FdsError::Gone)
        }
        fn socket_info(&mut self, pid: i32, fd: i32) -> Option<Vec<u8>> {
            self.sockets.get(&(pid, fd)).cloned()
        }
        fn uid(&mut self, pid: i32) -> Option<u32> {
            self.uids_asked.push(pid);
            (pid == 500).then_some(501) // 600 exits before we ask
        }
        fn owner(&mut self, pid: i32) -> Owner {
            self.owners_asked.push(pid);
            match pid {
                500 => Owner::from_path("/opt/homebrew/opt/postgresql@16/bin/postgres"),
                _ => Owner::default(),
            }
        }
        fn user_name(&mut self, uid: u32) -> Option<String> {
            (uid == 501).then(|| "alice".to_string())
        }
    }

    fn fake_mac() -> FakeMac {
        let mut m = FakeMac {
            denied: vec![1, 88],
            ..FakeMac::default()
        };
        // postgres (500) and a forked worker (510) share one listening socket; 500 also
        // holds an established connection and a UDP socket. 600 listens on [::1]:9000.
        m.fds.insert(500, fd_list(&[3, 4, 5]));
        m.fds.insert(510, fd_list(&[3]));
        m.fds.insert(600, fd_list(&[7, 8]));
        m.sockets.insert((500, 3), fixture("macos_listen4.hex"));
        m.sockets.insert((500, 4), fixture("macos_established.hex"));
        m.sockets.insert((500, 5), fixture("macos_udp.hex"));
        m.sockets.insert((510, 3), fixture("macos_listen4.hex"));
        m.sockets.insert((600, 7), fixture("macos_listen6only.hex"));
        m
    }

    #[test]
    fn macos_table_reads_each_socket_once_and_says_what_it_could_not_see() {
        let mut api = fake_mac();
        let t = macos_table(
            &mut api,
            Query {
                port: None,
                owners: true,
                owner_ports: None,
            },
        );
        assert_eq!(t.source, "libproc");
        let got: Vec<_> = t
            .listeners
            .iter()
            .map(|l| {
                (
                    l.display_addr(),
                    l.pid,
                    l.process.as_deref(),
                    l.user.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "127.0.0.1:5432".to_string(),
                    Some(500),
                    Some("postgres"),
                    Some("alice")
                ),
                ("[::1]:9000".to_string(), Some(600), None, None),
            ]
        );
        let pg = &t.listeners[0];
        assert_eq!(
            (pg.accept_queue, pg.backlog, pg.uid),
            (Some(2), Some(128), Some(501))
        );
        assert_eq!(
            pg.exe.as_deref(),
            Some("/opt/homebrew/opt/postgresql@16/bin/postgres")
        );
        assert_eq!(t.hidden_owners, 1, "600's name could not be read");
        assert_eq!(
            t.limitation.as_deref(),
            Some(
                "libproc: 2 of 5 processes not readable (other users' processes need root); \
                 listeners held only by them are missing"
            )
        );
        api.owners_asked.sort_unstable();
        assert_eq!(
            api.owners_asked,
            vec![500, 600],
            "once per process with a listener"
        );
        api.uids_asked.sort_unstable();
        assert_eq!(api.uids_asked, vec![500, 600]);
    }

    #[test]
    fn macos_table_filters_by_port_and_skips_owners_when_not_asked() {
        let mut api = fake_mac();
        api.denied.clear();
        let t = macos_table(
            &mut api,
            Query {
                port: Some(9000),
                owners: false,
                owner_ports: None,
            },
        );
        assert_eq!(t.listeners.len(), 1);
        assert_eq!((t.listeners[0].port, t.listeners[0].pid), (9000, None));
        assert_eq!(t.listeners[0].uid, None, "600's uid could not be read");
        assert_eq!(t.limitation, None);
        assert!(api.owners_asked.is_empty());
    }

    #[test]
    fn macos_table_dedups_by_address_when_the_socket_handle_is_hidden() {
        let mut api = fake_mac();
        for key in [(500, 3), (510, 3)] {
            if let Some(b) = api.sockets.get_mut(&key) {
                b[socket_fdinfo::SOI_SO..socket_fdinfo::SOI_SO + 8].fill(0);
            }
        }
        let t = macos_table(&mut api, Query::default());
        assert_eq!(t.listeners.iter().filter(|l| l.port == 5432).count(), 1);
    }

    #[test]
    fn macos_table_reports_bad_buffers() {
        let mut api = fake_mac();
        api.denied.clear();
        api.sockets.insert((600, 8), vec![0; 100]);
        let t = macos_table(&mut api, Query::default());
        assert_eq!(t.listeners.len(), 2);
        assert_eq!(
            t.limitation.as_deref(),
            Some("libproc: socket_fdinfo: needs 792 bytes, got 100")
        );
    }

    mod fuzz {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn garbage_never_panics(buf in proptest::collection::vec(any::<u8>(), 0..1200)) {
                let _ = parse_tcp_table_v4(&buf);
                let _ = parse_tcp_table_v6(&buf);
                let _ = parse_fd_list(&buf);
                let _ = parse_socket_fdinfo(&buf);
            }

            #[test]
            fn damaged_fixtures_never_panic(
                which in 0usize..6,
                cut in any::<proptest::sample::Index>(),
                flips in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..8),
            ) {
                let name = ["windows_tcp4.hex", "windows_tcp6.hex", "macos_listen4.hex",
                    "macos_listen46.hex", "macos_udp.hex", "macos_fds.hex"][which];
                let mut buf = super::fixture(name);
                for (at, byte) in flips {
                    let i = at.index(buf.len());
                    buf[i] = byte;
                }
                buf.truncate(cut.index(buf.len() + 1));
                let _ = parse_tcp_table_v4(&buf);
                let _ = parse_tcp_table_v6(&buf);
                let _ = parse_fd_list(&buf);
                let _ = parse_socket_fdinfo(&buf);
            }

            #[test]
            fn a_plausible_count_with_too_few_rows_is_an_error(
                n in 1u32..1000,
                rows in 0usize..4,
                v6 in any::<bool>(),
            ) {
                let size = if v6 { MIB_TCP6ROW_OWNER_PID_SIZE } else { MIB_TCPROW_OWNER_PID_SIZE };
                prop_assume!((rows as u32) < n);
                let mut buf = n.to_le_bytes().to_vec();
                buf.resize(4 + rows * size, 0x5a);
                let r = if v6 { parse_tcp_table_v6(&buf) } else { parse_tcp_table_v4(&buf) };
                let is_truncated = matches!(r, Err(ParseError::Truncated { .. }));
                prop_assert!(is_truncated);
            }

            #[test]
            fn every_row_that_fits_is_read(
                entries in proptest::collection::vec((any::<[u8; 4]>(), any::<u16>(), any::<u32>()), 0..50),
                slack in 0usize..64,
            ) {
                let mut buf = (entries.len() as u32).to_le_bytes().to_vec();
                for (addr, port, pid) in &entries {
                    buf.extend_from_slice(&MIB_TCP_STATE_LISTEN.to_le_bytes());
                    buf.extend_from_slice(addr);
                    buf.extend_from_slice(&port.to_be_bytes());
                    buf.extend_from_slice(&[0xab, 0xcd]);
                    buf.extend_from_slice(&[0; 8]);
                    buf.extend_from_slice(&pid.to_le_bytes());
                }
                buf.resize(buf.len() + slack, 0xcc);
                let rows = parse_tcp_table_v4(&buf).unwrap();
                prop_assert_eq!(rows.len(), entries.len());
                for (r, (addr, port, pid)) in rows.iter().zip(&entries) {
                    prop_assert_eq!(r.local, IpAddr::V4(Ipv4Addr::from(*addr)));
                    prop_assert_eq!((r.port, r.pid), (*port, *pid));
                }
            }
        }
    }
}
