//! What an operating system provides to the checks, in one list: the [`Platform`]
//! trait. Linux, Windows and macOS implement it, each in its own folder; any other
//! system gets [`other`], which can do little and says so. The rest of this crate
//! calls only [`This`], the platform it was built for.
//!
//! What a system cannot tell at all is listed in [`Platform::NOT_ON_THIS_SYSTEM`]:
//! it goes into every report (`environment.not_on_this_system`) and the answer's
//! "could not check" rows name it. A new OS is one folder with one `impl Platform`.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use portdoctor_core::facts::{Capability, IcmpReport};
use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::local::{ListenerTable, QueueCounters};
use portdoctor_core::path::{Hop, PingResult};
use socket2::Socket;

use crate::listeners::Query;
use crate::tcp::Meaning;

#[cfg(target_os = "linux")]
pub mod linux;
#[cfg(target_os = "macos")]
pub mod macos;
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
pub mod other;
#[cfg(unix)]
mod unix;
#[cfg(windows)]
pub mod windows;

/// Everything the checks need from the operating system.
pub trait Platform {
    /// What this system cannot tell us at all.
    const NOT_ON_THIS_SYSTEM: &'static [Capability];

    /// The listening TCP sockets, with owners where we may see them.
    fn listener_table(query: Query) -> ListenerTable;

    /// Fills in the owners of these processes' listeners, where the table lacks them.
    fn adopt_owners(table: &mut ListenerTable, pids: &[u32]);

    /// This computer's firewall: its rules and defaults, and what could not be read.
    fn firewall() -> FirewallFacts;

    /// Prepares a probe socket before it connects (ICMP errors, no SYN retries).
    fn prepare_probe(socket: &Socket, addr: &SocketAddr);

    /// Connects the probe socket, giving up after `deadline`. A connection that was
    /// made is made, even if the server ended it before we looked.
    fn connect(socket: &Socket, addr: &SocketAddr, deadline: Duration) -> std::io::Result<()> {
        socket.connect_timeout(&(*addr).into(), deadline)
    }

    /// The ICMP error that answered a failed connection attempt, and who sent it.
    fn icmp_error(socket: &Socket) -> Option<IcmpReport>;

    /// Whether this computer asked its local network for `ip` (ARP) and nothing
    /// answered: the address is on a network of this computer, and no device is
    /// there now. Where the system does not tell, false.
    fn neighbour_unanswered(_ip: std::net::IpAddr) -> bool {
        false
    }

    /// What a `connect` error number means here, with its name.
    fn connect_error(code: i32) -> Option<(Option<&'static str>, Meaning)>;

    /// The first port a user without admin rights may open (None: any port).
    fn unprivileged_port_start() -> Option<u16>;

    /// The range the system reserved that holds `port`, where it reserves ports.
    fn reserved_range(port: u16) -> Option<(u16, u16)>;

    /// Whether we run with admin rights.
    fn is_privileged() -> bool;

    /// The listen-queue overflow counters.
    fn queue_counters() -> Option<QueueCounters>;

    /// The most a listen() backlog may be.
    fn somaxconn() -> Option<u32>;

    /// A ping through the system's own ICMP service, where it has one that needs no
    /// admin rights; None to use an ICMP socket.
    fn system_ping(ip: IpAddr, deadline: Duration) -> Option<PingResult>;

    /// One hop of a TCP trace: a connection attempt with this TTL, and who answered.
    /// Only called where [`Capability::Trace`] is not missing.
    fn trace_hop(addr: SocketAddr, ttl: u8, deadline: Duration) -> Hop;

    /// The interface index of an IPv6 zone given by name, 0 when unknown.
    fn scope_id(zone: &str) -> u32;

    /// The port forwards of containers and what listens in other network namespaces,
    /// for `port` (Linux); None where the system has no such thing to read.
    fn containers(
        _port: u16,
        _deadline: Duration,
    ) -> Option<portdoctor_core::containers::ContainerFacts> {
        None
    }

    /// The addresses of this computer's interfaces, where the system lists them;
    /// None: a test bind tells instead (the kernel refuses an address not its own).
    fn local_addresses() -> Option<Vec<IpAddr>> {
        None
    }
}

/// The platform this crate was built for.
#[cfg(target_os = "linux")]
pub type This = linux::Linux;
#[cfg(target_os = "macos")]
pub type This = macos::MacOs;
#[cfg(windows)]
pub type This = windows::Windows;
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
pub type This = other::Other;

/// Whether this system can tell us `what`.
pub fn can(what: Capability) -> bool {
    !<This as Platform>::NOT_ON_THIS_SYSTEM.contains(&what)
}

/// A silent hop, for a trace hop that could not be tried.
#[cfg(not(target_os = "linux"))]
pub(crate) fn silent_hop(ttl: u8) -> Hop {
    Hop {
        ttl,
        address: None,
        kind: portdoctor_core::path::HopKind::Silent,
        rtt_ms: None,
    }
}
