//! macOS: libproc for listeners, socketfilterfw and pf for the firewall.

mod firewall;
mod listeners;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use portdoctor_core::facts::{Capability, IcmpReport};
use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::local::{ListenerTable, QueueCounters};
use portdoctor_core::path::{Hop, PingResult};
use socket2::Socket;

use super::{Platform, unix};
use crate::listeners::Query;
use crate::tcp::Meaning;

/// macOS.
#[derive(Debug)]
pub struct MacOs;

impl Platform for MacOs {
    /// No error queue (so no ICMP sender and no unprivileged trace), and the
    /// overflow counters (`netstat -s`) are not read yet.
    const NOT_ON_THIS_SYSTEM: &'static [Capability] = &[
        Capability::IcmpSender,
        Capability::QueueCounters,
        Capability::Trace,
    ];

    fn listener_table(query: Query) -> ListenerTable {
        listeners::table(query)
    }

    /// The table has every owner we may see already.
    fn adopt_owners(_table: &mut ListenerTable, _pids: &[u32]) {}

    fn firewall() -> FirewallFacts {
        firewall::read()
    }

    fn prepare_probe(_socket: &Socket, _addr: &SocketAddr) {}

    fn icmp_error(_socket: &Socket) -> Option<IcmpReport> {
        None
    }

    fn connect_error(code: i32) -> Option<(Option<&'static str>, Meaning)> {
        unix::connect_error(code)
    }

    /// macOS (10.14+) lets anyone open low ports.
    fn unprivileged_port_start() -> Option<u16> {
        None
    }

    fn reserved_range(_port: u16) -> Option<(u16, u16)> {
        None
    }

    fn is_privileged() -> bool {
        unix::is_privileged()
    }

    fn queue_counters() -> Option<QueueCounters> {
        None
    }

    fn somaxconn() -> Option<u32> {
        None
    }

    fn system_ping(_ip: IpAddr, _deadline: Duration) -> Option<PingResult> {
        None
    }

    fn trace_hop(_addr: SocketAddr, ttl: u8, _deadline: Duration) -> Hop {
        super::silent_hop(ttl)
    }

    fn scope_id(zone: &str) -> u32 {
        unix::scope_id(zone)
    }
}
