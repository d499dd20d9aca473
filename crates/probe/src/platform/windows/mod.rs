//! Windows: GetExtendedTcpTable for listeners, the firewall's COM API, Winsock's
//! ICMP error info and no SYN retries for probes, IcmpSendEcho2 for ping, netsh for
//! the excluded port ranges.

mod addresses;
mod firewall;
mod internet;
mod listeners;
mod ping;
mod reserved;
mod tcp;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use portdoctor_core::facts::{Capability, IcmpReport};
use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::local::{ListenerTable, QueueCounters};
use portdoctor_core::path::{Hop, PingResult};
use socket2::Socket;

pub use internet::{internet_settings, winhttp_proxy};

use super::Platform;
use crate::listeners::Query;
use crate::tcp::Meaning;

/// Windows.
#[derive(Debug)]
pub struct Windows;

impl Platform for Windows {
    /// No accept-queue figures in the table, no overflow counters we read, and no
    /// TCP trace yet.
    const NOT_ON_THIS_SYSTEM: &'static [Capability] = &[
        Capability::ListenQueue,
        Capability::QueueCounters,
        Capability::Trace,
    ];

    fn listener_table(query: Query) -> ListenerTable {
        listeners::table(query)
    }

    /// The table has every owner already.
    fn adopt_owners(_table: &mut ListenerTable, _pids: &[u32]) {}

    fn firewall() -> FirewallFacts {
        firewall::read()
    }

    fn prepare_probe(socket: &Socket, addr: &SocketAddr) {
        tcp::prepare(socket, addr);
    }

    /// Not `connect_timeout`: over `WSAPoll` it takes a server's close right after
    /// the connection was made for a failure ("no error set after POLLHUP").
    fn connect(socket: &Socket, addr: &SocketAddr, deadline: Duration) -> std::io::Result<()> {
        tcp::connect(socket, addr, deadline)
    }

    fn icmp_error(socket: &Socket) -> Option<IcmpReport> {
        tcp::icmp_error(socket)
    }

    fn connect_error(code: i32) -> Option<(Option<&'static str>, Meaning)> {
        tcp::errno_meaning(code)
    }

    /// Any user may open any port (reserved ranges aside).
    fn unprivileged_port_start() -> Option<u16> {
        None
    }

    fn reserved_range(port: u16) -> Option<(u16, u16)> {
        reserved::excluded_range(port)
    }

    /// Elevation is not checked yet: "not admin" only makes us more careful.
    fn is_privileged() -> bool {
        false
    }

    fn queue_counters() -> Option<QueueCounters> {
        None
    }

    fn somaxconn() -> Option<u32> {
        None
    }

    fn system_ping(ip: IpAddr, deadline: Duration) -> Option<PingResult> {
        ping::ping(ip, deadline)
    }

    fn trace_hop(_addr: SocketAddr, ttl: u8, _deadline: Duration) -> Hop {
        super::silent_hop(ttl)
    }

    fn scope_id(_zone: &str) -> u32 {
        0
    }

    /// From the adapters' list: a test bind proves nothing under Wine, which binds
    /// a UDP socket to any IPv4 address (tests/windows/README.md).
    fn local_addresses() -> Option<Vec<IpAddr>> {
        addresses::local()
    }
}
