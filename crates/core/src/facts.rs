//! Everything observed about a target, each fact with how it was obtained.
//!
//! Gathering (the probe crate) fills these in; diagnosing reads them and nothing else.
//! They serialize into the report, so field names are part of the JSON contract.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::target::Target;

/// Everything we learned about one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Facts {
    pub target: Target,
    /// How the host name became addresses.
    pub resolution: Resolution,
    /// One TCP probe per resolved address, in the order the system returned them.
    pub addresses: Vec<ProbeResult>,
    /// The deadline each step had, in milliseconds.
    pub timeout_ms: u64,
    /// When the target is this computer: the listeners on the target port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listeners: Option<crate::local::ListenerTable>,
    /// When the target is this computer and we know which service to expect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<crate::local::ServiceFacts>,
    /// When nothing listens on the port of this computer: could a server open it?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind: Option<crate::local::BindTest>,
    /// On this computer: the listen-queue overflow counters around our probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<crate::local::QueueFacts>,
    /// The firewall of this computer, for the target port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall: Option<crate::firewall::FirewallFacts>,
    /// One ping of the first address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ping: Option<crate::path::PingResult>,
    /// The way to an address that timed out, hop by hop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<crate::path::TraceResult>,
    /// The proxies this computer is set to use, and what the one for the target said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<crate::proxy::ProxyFacts>,
    /// On this computer (Linux): the port forwards of containers, and what listens in
    /// other network namespaces that matters for the target port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<crate::containers::ContainerFacts>,
    /// When this computer runs WSL or runs inside it: its network mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wsl: Option<crate::wsl::WslFacts>,
    pub environment: Environment,
}

impl Facts {
    /// Whether the target is this computer: a bare port, an address of this computer
    /// (every address tried is loopback), or a target whose listener table was read
    /// (the probe reads it only for this computer's own addresses).
    pub fn on_this_computer(&self) -> bool {
        self.target.this_computer
            || self.listeners.is_some()
            || (!self.addresses.is_empty()
                && self
                    .addresses
                    .iter()
                    .all(|p| p.ip().is_some_and(|ip| ip.is_loopback())))
    }
}

/// The machine the checks ran on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct Environment {
    /// `linux`, `windows`, `macos`, ...
    pub os: String,
    /// Whether the checks ran with admin (root) rights.
    pub privileged: bool,
    /// What this system cannot tell us at all (not a matter of rights).
    #[serde(default)]
    pub not_on_this_system: Vec<Capability>,
}

/// Something a system may be unable to tell us, whatever our rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Capability {
    /// The listener table (who listens on which port).
    ListenerTable,
    /// How many connections wait in a listener's queue, and its backlog.
    ListenQueue,
    /// The counters of connections a full queue dropped.
    QueueCounters,
    /// Which device sent back the refusal of a connection (ICMP).
    IcmpSender,
    /// Tracing the way to a silent address.
    Trace,
    /// The firewall's rules.
    Firewall,
}

impl Capability {
    pub fn as_str(self) -> &'static str {
        match self {
            Capability::ListenerTable => "listener-table",
            Capability::ListenQueue => "listen-queue",
            Capability::QueueCounters => "queue-counters",
            Capability::IcmpSender => "icmp-sender",
            Capability::Trace => "trace",
            Capability::Firewall => "firewall",
        }
    }
}

/// The result of turning the host into addresses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Resolution {
    /// `literal` when the host was an address already, `system` for the system resolver
    /// (hosts file, DNS, ...: what applications use).
    pub source: ResolutionSource,
    pub outcome: ResolutionOutcome,
    pub elapsed_ms: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ResolutionSource {
    Literal,
    System,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ResolutionOutcome {
    /// Every address, in the order the system returned them.
    Resolved { addresses: Vec<IpAddr> },
    /// The name does not exist (NXDOMAIN, EAI_NONAME).
    NotFound,
    /// The name exists but has no address of a usable kind (EAI_NODATA).
    NoAddress,
    /// The resolver did not answer in time, or said "try again" (EAI_AGAIN).
    NoAnswer { timed_out: bool },
    /// Anything else the resolver said.
    Failed { detail: String },
}

/// The address family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Ipv4,
    Ipv6,
}

impl Family {
    pub fn of(ip: &IpAddr) -> Family {
        match ip {
            IpAddr::V4(_) => Family::Ipv4,
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_some() => Family::Ipv4,
            IpAddr::V6(_) => Family::Ipv6,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Family::Ipv4 => "IPv4",
            Family::Ipv6 => "IPv6",
        }
    }
}

/// One TCP connection attempt to one address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProbeResult {
    /// The address as text (IPv6 with its zone, without brackets).
    pub address: String,
    pub family: Family,
    pub port: u16,
    pub outcome: ProbeOutcome,
    pub elapsed_ms: f64,
    /// Why it failed, in detail, when the OS said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<ProbeDetail>,
}

impl ProbeResult {
    pub fn ip(&self) -> Option<IpAddr> {
        self.address.split('%').next().and_then(|a| a.parse().ok())
    }

    /// `addr:port` with brackets for IPv6.
    pub fn display_addr(&self) -> String {
        address_port(&self.address, self.family, self.port)
    }
}

/// `host:port` for a name or an address of either family, with brackets around an
/// IPv6 address (the host holds a colon): `[::1]:3000`, `proxy.example:8080`.
pub fn host_port(host: &str, port: u16) -> String {
    let family = if host.contains(':') {
        Family::Ipv6
    } else {
        Family::Ipv4
    };
    address_port(host, family, port)
}

/// `addr:port`, with brackets around an IPv6 address: `[::1]:3000`.
pub fn address_port(address: &str, family: Family, port: u16) -> String {
    match family {
        Family::Ipv6 => format!("[{address}]:{port}"),
        Family::Ipv4 => format!("{address}:{port}"),
    }
}

/// What happened to one connection attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProbeOutcome {
    /// The connection was accepted.
    Open,
    /// The host answered that nothing accepts connections there (TCP reset, or an ICMP
    /// port-unreachable; see the detail).
    Refused,
    /// No answer before the deadline.
    Timeout,
    /// The OS or a router said the address can't be reached.
    Unreachable,
    /// The attempt failed on this computer before anything was sent.
    LocalError,
}

impl ProbeOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeOutcome::Open => "open",
            ProbeOutcome::Refused => "refused",
            ProbeOutcome::Timeout => "timeout",
            ProbeOutcome::Unreachable => "unreachable",
            ProbeOutcome::LocalError => "local_error",
        }
    }
}

/// The OS's own account of a failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct ProbeDetail {
    /// The error name (`ECONNREFUSED`, `WSAECONNREFUSED`, ...) and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errno: Option<i32>,
    /// Why the address was unreachable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreachable: Option<UnreachableKind>,
    /// Why the attempt failed locally.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<LocalErrorKind>,
    /// The ICMP message that came back, and who sent it (Linux, IP_RECVERR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icmp: Option<IcmpReport>,
    /// The address we connected from, when the connection opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_address: Option<String>,
    /// The connection opened, and the server ended it at once, before saying
    /// anything (TCP wrappers, sshd's MaxStartups, an overloaded service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hangup: Option<Hangup>,
    /// The address is on a network of this computer and no device answered there
    /// (ARP): nothing is at that address now.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_neighbour: bool,
}

/// How a server ended a connection it had just accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Hangup {
    /// With a reset (rather than a normal close).
    pub reset: bool,
    /// How long after the connection opened, in whole milliseconds.
    pub after_ms: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UnreachableKind {
    Host,
    Network,
    AdminProhibited,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LocalErrorKind {
    /// No free local port (EADDRNOTAVAIL).
    NoFreePort,
    /// Too many open files (EMFILE / ENFILE).
    TooManyOpenFiles,
    /// Not allowed on this computer (EPERM / EACCES).
    Permission,
    Other,
}

/// An ICMP error that answered our connection attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IcmpReport {
    /// The address that sent the ICMP message: the server, or a router on the way.
    pub sender: String,
    pub kind: IcmpKind,
    /// ICMP type and code as received (ICMPv6 numbering for IPv6).
    pub icmp_type: u8,
    pub icmp_code: u8,
    /// True when this computer made the message itself (e.g. no answer to ARP on the
    /// local network): then no device on the way is to blame.
    #[serde(default)]
    pub from_this_computer: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IcmpKind {
    PortUnreachable,
    HostUnreachable,
    NetworkUnreachable,
    AdminProhibited,
    TimeExceeded,
    Other,
}

impl IcmpKind {
    /// Classifies an ICMP (v4) destination-unreachable or time-exceeded message.
    pub fn from_icmpv4(icmp_type: u8, code: u8) -> IcmpKind {
        match (icmp_type, code) {
            (3, 3) => IcmpKind::PortUnreachable,
            (3, 0 | 6 | 11) => IcmpKind::NetworkUnreachable,
            (3, 1 | 7 | 12) => IcmpKind::HostUnreachable,
            (3, 9 | 10 | 13) => IcmpKind::AdminProhibited,
            (11, _) => IcmpKind::TimeExceeded,
            _ => IcmpKind::Other,
        }
    }

    /// Classifies an ICMPv6 destination-unreachable or time-exceeded message.
    pub fn from_icmpv6(icmp_type: u8, code: u8) -> IcmpKind {
        match (icmp_type, code) {
            (1, 4) => IcmpKind::PortUnreachable,
            (1, 0) => IcmpKind::NetworkUnreachable,
            (1, 3) => IcmpKind::HostUnreachable,
            (1, 1 | 5 | 6) => IcmpKind::AdminProhibited,
            (3, _) => IcmpKind::TimeExceeded,
            _ => IcmpKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icmp_classification() {
        assert_eq!(IcmpKind::from_icmpv4(3, 3), IcmpKind::PortUnreachable);
        assert_eq!(IcmpKind::from_icmpv4(3, 13), IcmpKind::AdminProhibited);
        assert_eq!(IcmpKind::from_icmpv4(3, 1), IcmpKind::HostUnreachable);
        assert_eq!(IcmpKind::from_icmpv4(11, 0), IcmpKind::TimeExceeded);
        assert_eq!(IcmpKind::from_icmpv6(1, 1), IcmpKind::AdminProhibited);
        assert_eq!(IcmpKind::from_icmpv6(1, 4), IcmpKind::PortUnreachable);
        assert_eq!(IcmpKind::from_icmpv6(1, 3), IcmpKind::HostUnreachable);
    }

    #[test]
    fn mapped_addresses_count_as_ipv4() {
        let ip: IpAddr = "::ffff:10.0.0.1"
            .parse()
            .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
        assert_eq!(Family::of(&ip), Family::Ipv4);
    }
}
