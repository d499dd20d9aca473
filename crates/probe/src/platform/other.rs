//! Any other system: TCP probes and DNS work everywhere; the rest is not built here,
//! and every report says so.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use portdoctor_core::facts::{Capability, IcmpReport};
use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::local::{ListenerTable, QueueCounters};
use portdoctor_core::path::{Hop, PingResult};
use socket2::Socket;

use super::Platform;
use crate::listeners::Query;
use crate::tcp::Meaning;

/// A system Port Doctor has no platform code for.
#[derive(Debug)]
pub struct Other;

impl Platform for Other {
    const NOT_ON_THIS_SYSTEM: &'static [Capability] = &[
        Capability::ListenerTable,
        Capability::ListenQueue,
        Capability::QueueCounters,
        Capability::IcmpSender,
        Capability::Trace,
        Capability::Firewall,
    ];

    fn listener_table(_query: Query) -> ListenerTable {
        ListenerTable {
            source: "none".to_string(),
            limitation: Some(format!(
                "reading listeners is not built for {} yet",
                std::env::consts::OS
            )),
            ..ListenerTable::default()
        }
    }

    fn adopt_owners(_table: &mut ListenerTable, _pids: &[u32]) {}

    fn firewall() -> FirewallFacts {
        FirewallFacts {
            limitations: vec![format!(
                "reading the firewall is not built for {} yet",
                std::env::consts::OS
            )],
            ..FirewallFacts::default()
        }
    }

    fn prepare_probe(_socket: &Socket, _addr: &SocketAddr) {}

    fn icmp_error(_socket: &Socket) -> Option<IcmpReport> {
        None
    }

    fn connect_error(_code: i32) -> Option<(Option<&'static str>, Meaning)> {
        None
    }

    fn unprivileged_port_start() -> Option<u16> {
        Some(1024)
    }

    fn reserved_range(_port: u16) -> Option<(u16, u16)> {
        None
    }

    fn is_privileged() -> bool {
        false
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

    fn scope_id(_zone: &str) -> u32 {
        0
    }
}
