//! Linux: netlink sock_diag with the kernel's LISTEN filter (and a port filter in
//! bytecode), then owners from /proc/*/fd, scanned only until every socket is found.
//!
//! sock_diag sees every listener of this network namespace and its uid without root;
//! the owning PID only for processes we may inspect (our own, or all as root).

#![allow(unsafe_code, reason = "netlink sockets have no safe wrapper in std")]

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::net::{Ipv4Addr, Ipv6Addr};

use portdoctor_core::facts::Family;
use portdoctor_core::local::{Listener, ListenerTable};

use crate::listeners::Query;

const SOCK_DIAG_BY_FAMILY: u16 = 20;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_DUMP: u16 = 0x300;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const TCP_LISTEN: u32 = 10;
const INET_DIAG_REQ_BYTECODE: u16 = 1;
const INET_DIAG_SKV6ONLY: u16 = 11;
const INET_DIAG_BC_S_GE: u8 = 2;
const INET_DIAG_BC_S_LE: u8 = 3;
const NLMSG_HDR: usize = 16;
const DIAG_MSG: usize = 72;

pub fn table(query: Query) -> ListenerTable {
    let mut table = ListenerTable {
        source: "sock_diag".to_string(),
        ..ListenerTable::default()
    };
    let mut raw = Vec::new();
    for family in [libc::AF_INET as u8, libc::AF_INET6 as u8] {
        match dump(family, query.port) {
            Ok(mut found) => raw.append(&mut found),
            Err(e) => {
                table.limitation = Some(format!("sock_diag: {e}"));
            }
        }
    }
    raw.sort_by(|a, b| {
        (a.listener.port, a.listener.family, &a.listener.address).cmp(&(
            b.listener.port,
            b.listener.family,
            &b.listener.address,
        ))
    });
    if query.owners {
        let in_scope = |port: u16| {
            query
                .owner_ports
                .is_none_or(|(lo, hi)| (lo..=hi).contains(&port))
        };
        let wanted: HashSet<u64> = raw
            .iter()
            .filter(|r| r.inode != 0 && in_scope(r.listener.port))
            .map(|r| r.inode)
            .collect();
        let owners = owners_of(&wanted);
        for r in &mut raw {
            if let Some(o) = owners.get(&r.inode) {
                r.listener.pid = Some(o.pid);
                r.listener.process = o.name.clone();
                r.listener.exe = o.exe.clone();
            }
        }
        table.hidden_owners = raw
            .iter()
            .filter(|r| r.listener.pid.is_none() && in_scope(r.listener.port))
            .count();
    }
    let mut users: HashMap<u32, Option<String>> = HashMap::new();
    for r in &mut raw {
        if let Some(uid) = r.listener.uid {
            r.listener.user = users.entry(uid).or_insert_with(|| user_name(uid)).clone();
        }
    }
    table.listeners = raw.into_iter().map(|r| r.listener).collect();
    table
}

struct Raw {
    listener: Listener,
    inode: u64,
}

/// An owned netlink socket, closed on drop.
struct Netlink(libc::c_int);

impl Drop for Netlink {
    fn drop(&mut self) {
        // SAFETY: we own the descriptor.
        unsafe { libc::close(self.0) };
    }
}

fn request(family: u8, port: Option<u16>) -> Vec<u8> {
    let mut bytecode = Vec::new();
    if let Some(p) = port {
        // Two ops, each followed by a word whose `no` holds the port: sport >= p, sport <= p.
        // Jumping exactly to the end accepts; past it (len + 4) rejects.
        for (code, yes, no) in [(INET_DIAG_BC_S_GE, 8u8, 20u16), (INET_DIAG_BC_S_LE, 8, 12)] {
            bytecode.extend_from_slice(&[code, yes]);
            bytecode.extend_from_slice(&no.to_ne_bytes());
            bytecode.extend_from_slice(&[0, 0]);
            bytecode.extend_from_slice(&p.to_ne_bytes());
        }
    }
    let attr_len = if bytecode.is_empty() {
        0
    } else {
        4 + bytecode.len()
    };
    let total = NLMSG_HDR + 56 + attr_len;
    let mut buf = Vec::with_capacity(total);
    buf.extend_from_slice(&(total as u32).to_ne_bytes());
    buf.extend_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
    buf.extend_from_slice(&(NLM_F_REQUEST | NLM_F_DUMP).to_ne_bytes());
    buf.extend_from_slice(&1u32.to_ne_bytes()); // seq
    buf.extend_from_slice(&0u32.to_ne_bytes()); // pid: the kernel
    // inet_diag_req_v2
    buf.extend_from_slice(&[family, libc::IPPROTO_TCP as u8, 0, 0]);
    buf.extend_from_slice(&(1u32 << TCP_LISTEN).to_ne_bytes());
    buf.extend_from_slice(&[0u8; 48]); // inet_diag_sockid: any
    if attr_len > 0 {
        buf.extend_from_slice(&(attr_len as u16).to_ne_bytes());
        buf.extend_from_slice(&INET_DIAG_REQ_BYTECODE.to_ne_bytes());
        buf.extend_from_slice(&bytecode);
    }
    buf
}

fn dump(family: u8, port: Option<u16>) -> io::Result<Vec<Raw>> {
    // SAFETY: plain socket(2) call.
    let fd = unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_DGRAM | libc::SOCK_CLOEXEC,
            libc::NETLINK_SOCK_DIAG,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    let sock = Netlink(fd);
    // A deadline on every receive: the kernel answers at once, but nothing may hang.
    let tv = libc::timeval {
        tv_sec: 2,
        tv_usec: 0,
    };
    // SAFETY: tv outlives the call.
    unsafe {
        libc::setsockopt(
            sock.0,
            libc::SOL_SOCKET,
            libc::SO_RCVTIMEO,
            (&tv as *const libc::timeval).cast(),
            size_of::<libc::timeval>() as u32,
        );
    }
    let req = request(family, port);
    // SAFETY: req is a valid buffer of req.len() bytes; the kernel is the destination.
    let mut sa: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
    sa.nl_family = libc::AF_NETLINK as u16;
    let sent = unsafe {
        libc::sendto(
            sock.0,
            req.as_ptr().cast(),
            req.len(),
            0,
            (&sa as *const libc::sockaddr_nl).cast(),
            size_of::<libc::sockaddr_nl>() as u32,
        )
    };
    if sent < 0 {
        return Err(io::Error::last_os_error());
    }
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        // SAFETY: buf is writable for its length.
        let n = unsafe { libc::recv(sock.0, buf.as_mut_ptr().cast(), buf.len(), 0) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        if parse_messages(&buf[..n as usize], &mut out)? {
            return Ok(out);
        }
    }
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_ne_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The listeners one datagram of a sock_diag dump holds, and whether the dump is
/// done: the decoder the listener table uses, for the fuzzing campaign (`fuzz/`).
pub fn decode_datagram(data: &[u8]) -> io::Result<(Vec<Listener>, bool)> {
    let mut raw = Vec::new();
    let done = parse_messages(data, &mut raw)?;
    Ok((raw.into_iter().map(|r| r.listener).collect(), done))
}

/// Parses one datagram of netlink messages; true when the dump is done.
fn parse_messages(data: &[u8], out: &mut Vec<Raw>) -> io::Result<bool> {
    let mut off = 0;
    while off + NLMSG_HDR <= data.len() {
        let len = u32_at(data, off) as usize;
        let kind = u16_at(data, off + 4);
        if len < NLMSG_HDR || off + len > data.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "truncated netlink message",
            ));
        }
        match kind {
            NLMSG_DONE => return Ok(true),
            NLMSG_ERROR => {
                let errno = if len >= NLMSG_HDR + 4 {
                    -(u32_at(data, off + NLMSG_HDR) as i32)
                } else {
                    0
                };
                if errno == 0 {
                    return Ok(true);
                }
                return Err(io::Error::from_raw_os_error(errno));
            }
            SOCK_DIAG_BY_FAMILY => {
                if let Some(r) = parse_diag(&data[off + NLMSG_HDR..off + len]) {
                    out.push(r);
                }
            }
            _ => {}
        }
        off += (len + 3) & !3;
    }
    Ok(false)
}

fn parse_diag(m: &[u8]) -> Option<Raw> {
    if m.len() < DIAG_MSG {
        return None;
    }
    let family = m[0];
    let port = u16::from_be_bytes([m[4], m[5]]);
    let src = &m[8..24];
    let (address, fam) = if family == libc::AF_INET as u8 {
        (
            Ipv4Addr::new(src[0], src[1], src[2], src[3]).to_string(),
            Family::Ipv4,
        )
    } else {
        let mut a = [0u8; 16];
        a.copy_from_slice(src);
        (Ipv6Addr::from(a).to_string(), Family::Ipv6)
    };
    let rqueue = u32_at(m, 56);
    let wqueue = u32_at(m, 60);
    let uid = u32_at(m, 64);
    let inode = u32_at(m, 68) as u64;
    let mut v6only = None;
    let mut off = DIAG_MSG;
    while off + 4 <= m.len() {
        let alen = u16_at(m, off) as usize;
        let atype = u16_at(m, off + 2);
        if alen < 4 || off + alen > m.len() {
            break;
        }
        if atype == INET_DIAG_SKV6ONLY && alen >= 5 {
            v6only = Some(m[off + 4] != 0);
        }
        off += (alen + 3) & !3;
    }
    Some(Raw {
        listener: Listener {
            v6only: if fam == Family::Ipv6 { v6only } else { None },
            accept_queue: Some(rqueue),
            backlog: Some(wqueue),
            uid: Some(uid),
            inode: Some(inode),
            ..Listener::new(address, port, fam)
        },
        inode,
    })
}

/// Fills in the owner of every listener that belongs to one of `pids`, reading only
/// those processes' descriptors.
pub fn adopt(table: &mut ListenerTable, pids: &[u32]) {
    for &pid in pids {
        let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        let inodes: HashSet<u64> = fds
            .flatten()
            .filter_map(|fd| socket_inode(&fd.path()))
            .collect();
        if inodes.is_empty() {
            continue;
        }
        let owner = owner(pid);
        for l in table
            .listeners
            .iter_mut()
            .filter(|l| l.inode.is_some_and(|i| inodes.contains(&i)))
        {
            l.pid = Some(pid);
            l.process = owner.name.clone();
            l.exe = owner.exe.clone();
        }
    }
}

/// The socket inode a descriptor link points at (`socket:[12345]`).
fn socket_inode(fd: &std::path::Path) -> Option<u64> {
    let target = fs::read_link(fd).ok()?;
    target
        .to_str()?
        .strip_prefix("socket:[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}

fn owner(pid: u32) -> Owner {
    Owner {
        pid,
        name: fs::read_to_string(format!("/proc/{pid}/comm"))
            .ok()
            .map(|s| s.trim_end().to_string()),
        exe: fs::read_link(format!("/proc/{pid}/exe"))
            .ok()
            .map(|p| p.display().to_string()),
    }
}

struct Owner {
    pid: u32,
    name: Option<String>,
    exe: Option<String>,
}

/// Finds the processes holding these socket inodes, stopping once all are found.
fn owners_of(inodes: &HashSet<u64>) -> HashMap<u64, Owner> {
    let mut found = HashMap::new();
    if inodes.is_empty() {
        return found;
    }
    let Ok(procs) = fs::read_dir("/proc") else {
        return found;
    };
    for entry in procs.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Some(inode) = socket_inode(&fd.path())
                && inodes.contains(&inode)
                && !found.contains_key(&inode)
            {
                found.insert(inode, owner(pid));
            }
        }
        if found.len() == inodes.len() {
            break;
        }
    }
    found
}

fn user_name(uid: u32) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 4096];
    // SAFETY: pwd and buf outlive the call; result points into them or is null.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return None;
    }
    // SAFETY: pw_name is a NUL-terminated string inside buf.
    let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
    Some(name.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_its_own_listener_with_backlog_and_owner() {
        let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
            .unwrap_or_else(|e| panic!("{e}"));
        socket
            .bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into())
            .unwrap_or_else(|e| panic!("{e}"));
        socket.listen(7).unwrap_or_else(|e| panic!("{e}"));
        let port = socket
            .local_addr()
            .ok()
            .and_then(|a| a.as_socket())
            .map(|a| a.port())
            .unwrap_or(0);
        let t = table(Query {
            port: Some(port),
            owners: true,
            owner_ports: None,
        });
        assert_eq!(t.listeners.len(), 1, "{t:?}");
        let l = &t.listeners[0];
        assert_eq!(
            (l.address.as_str(), l.port, l.family),
            ("127.0.0.1", port, Family::Ipv4)
        );
        assert_eq!(l.backlog, Some(7));
        assert_eq!(l.accept_queue, Some(0));
        assert_eq!(l.pid, Some(std::process::id()));
        assert!(l.user.is_some());
    }

    #[test]
    fn port_filter_returns_only_that_port() {
        let a = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let b = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let pa = a.local_addr().map(|x| x.port()).unwrap_or(0);
        let pb = b.local_addr().map(|x| x.port()).unwrap_or(0);
        let t = table(Query {
            port: Some(pa),
            owners: false,
            owner_ports: None,
        });
        assert!(t.listeners.iter().all(|l| l.port == pa));
        assert!(!t.listeners.iter().any(|l| l.port == pb));
        let all = table(Query {
            port: None,
            owners: false,
            owner_ports: None,
        });
        assert!(
            all.listeners.iter().any(|l| l.port == pa)
                && all.listeners.iter().any(|l| l.port == pb)
        );
    }

    #[test]
    fn truncated_or_garbage_netlink_data_is_an_error_not_a_panic() {
        let mut out = Vec::new();
        assert!(parse_messages(&[0xff; 40], &mut out).is_err());
        assert!(parse_messages(&[], &mut out).is_ok_and(|done| !done));
        let mut msg = vec![0u8; 16 + 10];
        msg[0..4].copy_from_slice(&26u32.to_ne_bytes());
        msg[4..6].copy_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
        assert!(parse_messages(&msg, &mut out).is_ok());
        assert!(out.is_empty(), "a short diag message is skipped");
    }
}
