//! Facts about this computer's side: who listens where.
//!
//! Filled in when the target is this computer (or by `portdoctor listeners`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::Family;

/// One listening TCP socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Listener {
    /// The local address it listens on (`0.0.0.0` and `::` mean every address).
    pub address: String,
    pub port: u16,
    pub family: Family,
    /// For IPv6 sockets: whether it takes IPv6 only (false: also IPv4, dual-stack).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v6only: Option<bool>,
    /// Connections waiting to be accepted now (Linux, macOS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_queue: Option<u32>,
    /// The most that may wait (the backlog given to listen(), capped by the system).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backlog: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The owning process, when we may see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exe: Option<String>,
    /// The socket's inode (Linux), to find its owner later; not part of reports.
    #[serde(skip)]
    pub inode: Option<u64>,
}

impl Listener {
    /// A listener on `address` and `port`, with nothing else known about it yet.
    pub fn new(address: impl Into<String>, port: u16, family: Family) -> Listener {
        Listener {
            address: address.into(),
            port,
            family,
            v6only: None,
            accept_queue: None,
            backlog: None,
            uid: None,
            user: None,
            pid: None,
            process: None,
            exe: None,
            inode: None,
        }
    }

    /// Whether it listens on every address of its family (0.0.0.0, ::).
    pub fn is_wildcard(&self) -> bool {
        self.address == "0.0.0.0" || self.address == "::"
    }

    /// Whether only this computer can reach it (127.0.0.0/8, ::1).
    pub fn is_loopback_only(&self) -> bool {
        self.address
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
    }

    /// Whether the system's table names no owner at all: Windows gives PID 0 for a
    /// socket it does not attribute (and Wine for every socket of a program outside
    /// Wine). PID 0 is no program, and admin rights would not show one either.
    pub fn owner_unknown(&self) -> bool {
        self.pid == Some(0)
    }

    /// Whether a program owns it that we may not name: another user's program
    /// without admin rights (or, as admin, one outside what this system shows).
    pub fn owner_hidden(&self) -> bool {
        self.process.is_none() && !self.owner_unknown()
    }

    /// `addr:port`, IPv6 in brackets.
    pub fn display_addr(&self) -> String {
        crate::facts::address_port(&self.address, self.family, self.port)
    }

    /// Whether a connection to `ip` reaches this listener (address and family match).
    pub fn accepts(&self, ip: &std::net::IpAddr) -> bool {
        let fam = Family::of(ip);
        match (self.family, fam) {
            (Family::Ipv4, Family::Ipv4) => {
                self.address == "0.0.0.0" || self.address == ip.to_string()
            }
            (Family::Ipv6, Family::Ipv6) => self.address == "::" || self.address == ip.to_string(),
            // A dual-stack [::] socket takes IPv4 too.
            (Family::Ipv6, Family::Ipv4) => self.address == "::" && self.v6only == Some(false),
            (Family::Ipv4, Family::Ipv6) => false,
        }
    }
}

/// A running process that may serve the expected service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProcessInfo {
    pub pid: u32,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exe: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

/// The service the user expects on the port, and whether its program runs here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServiceFacts {
    /// The product name, e.g. `PostgreSQL`.
    pub name: String,
    /// True when the user named it (`db1 postgres`, `postgres://`, `--service`);
    /// false when we guessed it from the port number.
    pub named_by_user: bool,
    /// The program names we looked for.
    pub programs: Vec<String>,
    /// The processes found running that match.
    pub running: Vec<ProcessInfo>,
}

/// What happened when we tried to open the port the way a server would (and closed it
/// again at once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BindTest {
    pub address: String,
    pub port: u16,
    pub outcome: BindOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The first port a program without admin rights may open (Linux:
    /// net.ipv4.ip_unprivileged_port_start), where the system has such a limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unprivileged_port_start: Option<u16>,
    /// Windows: the excluded port range that holds this port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_range: Option<(u16, u16)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BindOutcome {
    /// The port could be opened: a server could start there.
    Free,
    /// Another socket holds the port.
    InUse,
    /// Only admins may open this port.
    PermissionDenied,
    /// The system reserved the port (Windows excluded port ranges).
    Reserved,
    /// The address is not one of this computer's.
    NotLocal,
    Other,
}

/// The system's count of connections dropped because a listen queue was full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QueueCounters {
    pub listen_overflows: u64,
    pub listen_drops: u64,
}

/// The listen queue around our probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QueueFacts {
    pub before: QueueCounters,
    pub after: QueueCounters,
    /// The cap on any listen() backlog (net.core.somaxconn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub somaxconn: Option<u32>,
}

impl QueueFacts {
    /// Connections dropped for a full queue while we probed (anyone's, on this system).
    pub fn dropped_during_probe(&self) -> u64 {
        self.after
            .listen_overflows
            .saturating_sub(self.before.listen_overflows)
    }
}

impl Listener {
    /// Linux keeps backlog + 1 connections; a queue at that size takes no more.
    pub fn queue_full(&self) -> bool {
        matches!((self.accept_queue, self.backlog), (Some(q), Some(b)) if q > b || (b == 0 && q > 0))
    }
}

/// Reads TcpExt ListenOverflows and ListenDrops from /proc/net/netstat (a header line
/// of names, then a line of values, per group).
pub fn parse_netstat_counters(text: &str) -> Option<QueueCounters> {
    let mut lines = text.lines();
    while let Some(names) = lines.next() {
        let values = lines.next()?;
        let (Some(group), Some(rest)) = (
            names.strip_prefix("TcpExt:"),
            values.strip_prefix("TcpExt:"),
        ) else {
            continue;
        };
        let pairs: Vec<(&str, u64)> = rest
            .split_whitespace()
            .zip(group.split_whitespace())
            .filter_map(|(v, n)| v.parse().ok().map(|v| (n, v)))
            .collect();
        let get = |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        return Some(QueueCounters {
            listen_overflows: get("ListenOverflows")?,
            listen_drops: get("ListenDrops")?,
        });
    }
    None
}

/// Reads the numeric rows of `netsh int ipv4 show excludedportrange protocol=tcp`:
/// `start end [*]`. Headers are localized, so only the numbers are read.
pub fn parse_excluded_port_ranges(text: &str) -> Vec<(u16, u16)> {
    text.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let start = words.next()?.parse::<u16>().ok()?;
            let end = words.next()?.parse::<u16>().ok()?;
            match words.next() {
                None | Some("*") if start <= end => Some((start, end)),
                _ => None,
            }
        })
        .collect()
}

/// The listening sockets of this computer (or of the part we may see).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct ListenerTable {
    pub listeners: Vec<Listener>,
    /// How the table was read (`sock_diag`, `GetExtendedTcpTable`, `libproc`).
    pub source: String,
    /// How many listeners' owning process we could not see (other users' processes
    /// need admin rights).
    pub hidden_owners: usize,
    /// Why the table is missing or partial, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limitation: Option<String>,
}

impl ListenerTable {
    /// Counts the listeners whose owner is hidden from us, into `hidden_owners`.
    pub fn count_hidden_owners(&mut self) {
        self.hidden_owners = self.listeners.iter().filter(|l| l.owner_hidden()).count();
    }

    /// How many listeners the system names no owner for ([`Listener::owner_unknown`]).
    pub fn unknown_owners(&self) -> usize {
        self.listeners.iter().filter(|l| l.owner_unknown()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(address: &str, family: Family, v6only: Option<bool>) -> Listener {
        Listener {
            v6only,
            ..Listener::new(address, 80, family)
        }
    }

    #[test]
    fn netstat_counters() {
        let text = "TcpExt: SyncookiesSent ListenOverflows ListenDrops\nTcpExt: 0 9 11\nIpExt: InNoRoutes\nIpExt: 0\n";
        assert_eq!(
            parse_netstat_counters(text),
            Some(QueueCounters {
                listen_overflows: 9,
                listen_drops: 11
            })
        );
        assert_eq!(parse_netstat_counters("TcpExt: A B\nTcpExt: 1 2\n"), None);
        assert_eq!(parse_netstat_counters("garbage"), None);
        assert_eq!(parse_netstat_counters(""), None);
    }

    #[test]
    fn windows_excluded_port_ranges() {
        // As printed by Windows (English; other languages change only the words).
        let text = "\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n      5357        5357\r\n     49709       49808\r\n     50000       50059     *\r\n\r\n* - Administered port exclusions.\r\n";
        assert_eq!(
            parse_excluded_port_ranges(text),
            vec![(5357, 5357), (49709, 49808), (50000, 50059)]
        );
        assert!(parse_excluded_port_ranges("garbage\n1 2 3\n70000 70001\n9 3\n").is_empty());
    }

    #[test]
    fn which_addresses_a_listener_accepts() {
        let v4: std::net::IpAddr = [127, 0, 0, 1].into();
        let other: std::net::IpAddr = [127, 0, 0, 2].into();
        let v6: std::net::IpAddr = std::net::Ipv6Addr::LOCALHOST.into();
        assert!(l("0.0.0.0", Family::Ipv4, None).accepts(&v4));
        assert!(l("127.0.0.1", Family::Ipv4, None).accepts(&v4));
        assert!(!l("127.0.0.1", Family::Ipv4, None).accepts(&other));
        assert!(!l("127.0.0.1", Family::Ipv4, None).accepts(&v6));
        assert!(l("::", Family::Ipv6, Some(false)).accepts(&v4));
        assert!(!l("::", Family::Ipv6, Some(true)).accepts(&v4));
        assert!(l("::1", Family::Ipv6, Some(true)).accepts(&v6));
        assert!(l("127.0.0.1", Family::Ipv4, None).is_loopback_only());
        assert!(!l("0.0.0.0", Family::Ipv4, None).is_loopback_only());
    }
}
