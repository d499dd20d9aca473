//! Linux: netlink sock_diag for listeners, nftables / iptables for the firewall, the
//! socket error queue for ICMP errors and the trace, /proc for limits and counters.

mod containers;
mod errqueue;
mod firewall;
pub mod listeners;
mod trace;

use std::net::{IpAddr, SocketAddr};
use std::os::fd::AsRawFd;
use std::time::Duration;

use portdoctor_core::containers::ContainerFacts;
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

    fn neighbour_unanswered(ip: std::net::IpAddr) -> bool {
        std::fs::read_to_string("/proc/net/arp").is_ok_and(|t| arp_unanswered(&t, ip))
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

    fn containers(port: u16, deadline: Duration) -> Option<ContainerFacts> {
        Some(containers::read(port, deadline))
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

/// In `/proc/net/arp`: an entry for `ip` that is not complete (flags without
/// ATF_COM, 0x2, and no hardware address): asked for, never answered.
pub fn arp_unanswered(table: &str, ip: std::net::IpAddr) -> bool {
    let want = ip.to_string();
    table.lines().skip(1).any(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        f.len() >= 4
            && f[0] == want
            && u32::from_str_radix(f[2].trim_start_matches("0x"), 16)
                .is_ok_and(|flags| flags & 0x2 == 0)
            && f[3] == "00:00:00:00:00:00"
    })
}

#[cfg(test)]
mod arp_tests {
    use super::arp_unanswered;

    #[test]
    fn an_incomplete_entry_is_unanswered_and_a_complete_one_is_not() {
        // Recorded from a namespace here: a neighbour that never answers, and one that did.
        let table = "IP address       HW type     Flags       HW address            Mask     Device\n\
198.18.9.77      0x1         0x0         00:00:00:00:00:00     *        n0\n\
198.18.9.1       0x1         0x2         02:42:ac:11:00:02     *        n0\n";
        assert!(arp_unanswered(table, "198.18.9.77".parse().unwrap()));
        assert!(!arp_unanswered(table, "198.18.9.1".parse().unwrap()));
        assert!(!arp_unanswered(table, "198.18.9.2".parse().unwrap()));
        assert!(!arp_unanswered("", "198.18.9.77".parse().unwrap()));
    }
}
