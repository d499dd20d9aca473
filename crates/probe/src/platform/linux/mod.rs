//! Linux: netlink sock_diag for listeners, nftables / iptables for the firewall, the
//! socket error queue for ICMP errors and the trace, /proc for limits and counters.

mod errqueue;
mod firewall;
mod listeners;
mod trace;

use std::net::{IpAddr, SocketAddr};
use std::os::fd::AsRawFd;
use std::time::Duration;

use portdoctor_core::facts::{Capability, IcmpReport};
use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::local::{ListenerTable, QueueCounters};
use portdoctor_core::path::{Hop, PingResult};
use socket2::Socket;

use super::{Platform, unix};
use crate::listeners::Query;
use crate::tcp::Meaning;

/// Linux.
#[derive(Debug)]
pub struct Linux;

fn read_number<T: std::str::FromStr>(path: &str) -> Option<T> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

impl Platform for Linux {
    const NOT_ON_THIS_SYSTEM: &'static [Capability] = &[];

    fn listener_table(query: Query) -> ListenerTable {
        listeners::table(query)
    }

    fn adopt_owners(table: &mut ListenerTable, pids: &[u32]) {
        listeners::adopt(table, pids);
    }

    fn firewall() -> FirewallFacts {
        firewall::read()
    }

    fn prepare_probe(socket: &Socket, addr: &SocketAddr) {
        // Without it we still get errno; with it, also the ICMP type and sender.
        let _ = errqueue::enable(socket.as_raw_fd(), addr.is_ipv6());
    }

    fn icmp_error(socket: &Socket) -> Option<IcmpReport> {
        errqueue::read(socket.as_raw_fd())
    }

    fn connect_error(code: i32) -> Option<(Option<&'static str>, Meaning)> {
        unix::connect_error(code)
    }

    fn unprivileged_port_start() -> Option<u16> {
        read_number("/proc/sys/net/ipv4/ip_unprivileged_port_start")
    }

    fn reserved_range(_port: u16) -> Option<(u16, u16)> {
        None
    }

    fn is_privileged() -> bool {
        unix::is_privileged()
    }

    fn queue_counters() -> Option<QueueCounters> {
        let text = std::fs::read_to_string("/proc/net/netstat").ok()?;
        portdoctor_core::local::parse_netstat_counters(&text)
    }

    fn somaxconn() -> Option<u32> {
        read_number("/proc/sys/net/core/somaxconn")
    }

    fn system_ping(_ip: IpAddr, _deadline: Duration) -> Option<PingResult> {
        None
    }

    fn trace_hop(addr: SocketAddr, ttl: u8, deadline: Duration) -> Hop {
        trace::hop(addr, ttl, deadline)
    }

    fn scope_id(zone: &str) -> u32 {
        unix::scope_id(zone)
    }
}
