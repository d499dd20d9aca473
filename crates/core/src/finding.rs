//! Findings: what the rules concluded, as typed causes with a stable code, the
//! evidence and next steps.
//!
//! Every cause is one variant of [`Cause`], declared once in [`causes!`] below with its
//! stable code, its typed fields (its catalogue arguments), its place on the way
//! ([`Cause::place`]) and the command it offers a helpdesk ([`Cause::offer`]). The
//! compiler keeps the rules, the catalogue arguments, the picture of the way and the
//! commands in step: a new variant does not build until each of those says what it
//! does with it.
//!
//! The code is an API (reports and helpdesk scripts depend on it). The sentences are
//! not here: the catalogue turns the code and the arguments into words.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::commands::Purpose;
use crate::evidence::Evidence;
use crate::facts::{Family, ProbeOutcome};
use crate::proxy::ProxySource;
use crate::wsl::WslSide;

/// What a finding says about the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// This is (or is probably) why the connection fails.
    Cause,
    /// Nothing is wrong with this part: it works.
    Ok,
    /// We checked this possible cause and it is not it.
    RuledOut,
    /// We could not check this.
    CantTell,
}

/// How sure we are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Only one of several explanations fits what we saw.
    Possible,
    /// The evidence points here, but another cause would look the same from here.
    Likely,
    /// Direct evidence (the listener table, a matching rule, the ICMP sender).
    Certain,
}

/// Something the user can do, which an app may offer as a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    CheckAgain,
    CheckOtherFamily,
    OpenTestListener,
    CopyAdminCommand,
    SendReport,
    /// Run a full check of the host and port found in a pasted error.
    RunCheck,
}

/// Where on the way from this computer to the program a cause sits: the picture of
/// the way marks this link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Computer,
    Network,
    Firewall,
    Server,
    Program,
}

impl Place {
    /// The links of the way, in order.
    pub const ALL: [Place; 5] = [
        Place::Computer,
        Place::Network,
        Place::Firewall,
        Place::Server,
        Place::Program,
    ];
}

/// Where a command has to run to show what a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RunsOn {
    /// The computer the check ran on.
    ThisComputer,
    /// The computer the target is (the same as this one for a local target).
    Server,
}

/// The command a finding offers to helpdesk ("copy the command for an admin").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Offer {
    pub purpose: Purpose,
    pub runs_on: RunsOn,
}

const fn offer(purpose: Purpose, runs_on: RunsOn) -> Option<Offer> {
    Some(Offer { purpose, runs_on })
}

/// Who sent the refusal of a connection, or which rule explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SenderWhere {
    /// No ICMP message said who refused.
    Unknown,
    /// This computer made the message itself.
    ThisComputer,
    /// The target itself.
    Target,
    /// A router on the way.
    Path,
    /// A rule of this computer's firewall, on the way out.
    RuleHere,
    /// A rule of this computer's firewall, on the way in (the target is this computer).
    RuleTarget,
}

/// Where a firewall drops the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DropPlace {
    /// After the last router that answered the trace.
    Path,
    /// The target's own firewall (the target is this computer, read on the way in).
    Target,
    /// This computer's firewall, on the way out.
    ThisComputer,
    /// Ruled out both ways on this computer.
    Both,
}

/// What ping said of a server that did not answer on its port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PingSeen {
    Replied,
    Silent,
    Unknown,
}

/// Why this computer could not start a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LocalReason {
    NoFreePort,
    TooManyFiles,
    Permission,
    Other,
}

/// Declares every cause once: its stable code, then its typed fields.
macro_rules! causes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $code:literal { $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)? }
    )*) => {
        /// A cause, or a part of the way that was checked, with what the sentences need.
        /// The JSON is `{"code": "...", "args": {...}}`.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "code", content = "args")]
        pub enum Cause {
            $(
                $(#[doc = $doc])*
                #[serde(rename = $code)]
                $variant { $( $(#[$fmeta])* $field: $ty ),* },
            )*
        }

        impl Cause {
            /// Every stable code, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// The stable kebab-case code.
            pub fn code(&self) -> &'static str {
                match self {
                    $(Cause::$variant { .. } => $code,)*
                }
            }
        }
    };
}

causes! {
    /// A program accepted the connection.
    Reachable = "reachable" { address: String, ms: f64, count: u32 }
    /// The connection opened, and the program there ended it at once, before it said
    /// anything: it runs, but turns connections away itself.
    ClosedAtOnce = "closed-at-once" {
        address: String,
        /// Ended with a reset rather than a normal close.
        reset: bool,
        /// The program that listens there, when this computer's table shows it.
        #[serde(default)] process: Option<String>,
    }
    /// The name does not exist (or, ruled out, it was found at `addresses`).
    DnsFailure = "dns-failure" { #[serde(default)] addresses: Vec<String> }
    /// The name exists but has no address.
    DnsNoAddress = "dns-no-address" {}
    /// The resolver did not answer.
    DnsNoAnswer = "dns-no-answer" {}
    /// The resolver failed otherwise.
    DnsError = "dns-error" { detail: String }
    /// Refused, and nothing listens (or the listener table could not be read).
    NoListener = "no-listener" {
        #[serde(default)] ms: Option<f64>,
        /// Seen from outside only (no listener table): a firewall's reset looks the
        /// same as an empty port from here.
        #[serde(default)] from_outside: bool,
    }
    /// A program listens on the port, but at another address only.
    BoundElsewhere = "bound-elsewhere" {
        listen_address: String,
        loopback_only: bool,
        #[serde(default)] process: Option<String>,
        /// The address tried is a loopback address too: both are this computer.
        #[serde(default)] from_loopback: bool,
    }
    /// Nothing on the port; the expected program, or another, listens on another port.
    WrongPort = "wrong-port" {
        /// The expected service, when known.
        #[serde(default)] service: Option<String>,
        other_port: u16,
        #[serde(default)] process: Option<String>,
    }
    /// Nothing on the port and the expected program does not run.
    ServiceNotRunning = "service-not-running" { service: String, programs: Vec<String> }
    /// Another program holds the port.
    PortTaken = "port-taken" {
        #[serde(default)] service: Option<String>,
        #[serde(default)] process: Option<String>,
        #[serde(default)] pid: Option<u32>,
        running: bool,
    }
    /// Ports below `threshold` need admin rights.
    PrivilegedPort = "privileged-port" { threshold: u16 }
    /// The port is in a range Windows reserved.
    ReservedPortRange = "reserved-port-range" { range_start: u16, range_end: u16 }
    /// Owners of `count` listeners are hidden without admin rights.
    NeedsAdmin = "needs-admin" { count: u32 }
    /// The listen queue is full.
    BacklogOverflow = "backlog-overflow" {
        #[serde(default)] process: Option<String>,
        waiting: u32,
        backlog: u32,
        #[serde(default)] somaxconn: Option<u32>,
    }
    /// One address family answers, the other does not.
    Ipv6Ipv4Mismatch = "ipv6-ipv4-mismatch" {
        works_family: Family,
        fails_family: Family,
        works_address: String,
        fails_address: String,
        fails_outcome: ProbeOutcome,
        fails_first: bool,
    }
    /// Some addresses answer, some do not.
    SomeAddressesFail = "some-addresses-fail" {
        failed: u32,
        total: u32,
        fails_address: String,
        fails_outcome: ProbeOutcome,
    }
    /// No answer before the deadline.
    Timeout = "timeout" { seconds: f64, ping: PingSeen }
    /// A firewall sent a refusal (ICMP), or a rule of this computer's firewall rejects.
    FirewallReject = "firewall-reject" {
        #[serde(default)] sender: Option<String>,
        sender_where: SenderWhere,
        #[serde(default)] rule: Option<String>,
    }
    /// A firewall drops silently: a rule, a policy, or the trace's silence.
    FirewallDrop = "firewall-drop" {
        place: DropPlace,
        #[serde(default)] by_policy: bool,
        #[serde(default)] rule: Option<String>,
        #[serde(default)] last_hop: Option<String>,
        #[serde(default)] last_ttl: Option<u8>,
    }
    /// The firewall could not be read: no admin rights, or (`unavailable`) its
    /// interface gave no answer, which admin rights would not change.
    FirewallNotRead = "firewall-not-read" {
        command: String,
        #[serde(default)] unavailable: bool,
    }
    /// Ping gets no answer, but the port does.
    IcmpBlockedButTcpFine = "icmp-blocked-but-tcp-fine" { address: String }
    /// macOS stealth mode turns refusals into silence for other computers.
    StealthMode = "stealth-mode" {}
    /// The host cannot be reached.
    HostUnreachable = "host-unreachable" {
        #[serde(default)] sender: Option<String>,
        /// On this computer's own network, nothing answered at the address (ARP).
        #[serde(default)] no_neighbour: bool,
    }
    /// The host's network cannot be reached.
    NetworkUnreachable = "network-unreachable" { #[serde(default)] sender: Option<String> }
    /// This computer itself has no route to the address: nothing left it.
    NoRouteHere = "no-route-here" {}
    /// This computer could not start the connection.
    LocalError = "local-error" { reason: LocalReason }
    /// A pasted message about a Unix socket file.
    UnixSocket = "unix-socket" {
        #[serde(default)] client: Option<String>,
        #[serde(default)] socket: Option<String>,
    }
    /// A refusal on ::1 for "localhost": the server may be on 127.0.0.1 only.
    LocalhostIpv6First = "localhost-ipv6-first" {
        /// The IPv4 loopback address the program listens at, when the listener table
        /// shows it (a pasted message alone cannot).
        #[serde(default)] works_address: Option<String>,
        #[serde(default)] process: Option<String>,
    }
    /// A pasted refusal.
    MessageRefused = "message-refused" { #[serde(default)] client: Option<String> }
    /// A pasted timeout.
    MessageTimeout = "message-timeout" { #[serde(default)] client: Option<String> }
    /// A pasted "unreachable".
    MessageUnreachable = "message-unreachable" { #[serde(default)] client: Option<String> }
    /// A pasted name-lookup failure.
    MessageDns = "message-dns" { #[serde(default)] client: Option<String> }
    /// A pasted reset.
    MessageReset = "message-reset" { #[serde(default)] client: Option<String> }
    /// A pasted TLS failure.
    MessageTls = "message-tls" { #[serde(default)] client: Option<String> }
    /// A pasted text with no connection error we know.
    MessageUnrecognized = "message-unrecognized" { #[serde(default)] client: Option<String> }
    /// A pasted error whose host is the word a program writes for a setting with no
    /// value (`undefined`, `null`, `None`, `nil`), as the message writes it.
    MessageHostUnset = "message-host-unset" {
        #[serde(default)] client: Option<String>,
        word: String,
    }
    /// Web traffic goes through a proxy (set in `source`), and nothing answers there:
    /// refused, or (`silent`) no answer at all. `program` is the one that usually runs
    /// a proxy on that port of this computer (Clash on 7890).
    ProxyNotRunning = "proxy-not-running" {
        proxy: String,
        source: ProxySource,
        #[serde(default)] setting: Option<String>,
        #[serde(default)] program: Option<String>,
        #[serde(default)] local: bool,
        #[serde(default)] silent: bool,
        /// Only the port says it is a proxy: nothing said a proxy was set or used.
        #[serde(default)] by_port: bool,
    }
    /// The proxy answers, but would not or could not connect to the target: its
    /// status line, or (`closed`) it hung up without one.
    ProxyRefusedTarget = "proxy-refused-target" {
        proxy: String,
        source: ProxySource,
        #[serde(default)] setting: Option<String>,
        #[serde(default)] status: Option<u16>,
        #[serde(default)] status_line: Option<String>,
        #[serde(default)] closed: bool,
    }
    /// This computer forwards the port (DNAT, as Docker, Podman and Kubernetes do) to
    /// an address where nothing listens on that port; `gone`: no namespace here has
    /// that address any more (the container has gone).
    ContainerNotListening = "container-not-listening" {
        forward_to: String,
        #[serde(default)] container: Option<String>,
        #[serde(default)] gone: bool,
    }
    /// The port is forwarded into a container whose program listens only on its own
    /// loopback (127.0.0.1 of its namespace), which the forward can't reach.
    ContainerLoopbackOnly = "container-loopback-only" {
        forward_to: String,
        #[serde(default)] container: Option<String>,
        listen_address: String,
    }
    /// Without admin rights, containers' forwards and other users' network namespaces
    /// could not be looked at (`hidden`: processes whose namespace we may not see).
    ContainersNotSeen = "containers-not-seen" {
        #[serde(default)] hidden: u32,
    }
    /// A program in a container listens on the port, but nothing forwards this
    /// computer's port to it (not published: `-p 8080:8080`).
    PortNotPublished = "port-not-published" {
        #[serde(default)] container: Option<String>,
        listen_address: String,
    }
    /// A refused localhost on either side of WSL in NAT mode: inside Linux, localhost
    /// is not Windows' (Windows is `windows_host`); on Windows, localhost forwarding
    /// into WSL is off.
    WslLocalhost = "wsl-localhost" {
        side: WslSide,
        #[serde(default)] windows_host: Option<String>,
    }
    /// No proxy is set for a web target, but a proxy auto-configuration script is: it
    /// may pick a proxy, which we did not look at (the script is never run).
    ProxyPacNotRun = "proxy-pac-not-run" {
        source: ProxySource,
        url: String,
    }
    /// kubectl port-forward reached the pod, but nothing listens on the port inside it.
    PortForwardNoListener = "port-forward-no-listener" {
        #[serde(default)] pod_port: Option<u16>,
    }
}

impl Cause {
    /// Where on the way this cause sits; None for what is not a break of the way.
    pub fn place(&self) -> Option<Place> {
        use Cause::*;
        match self {
            Reachable { .. } | NeedsAdmin { .. } | IcmpBlockedButTcpFine { .. } => None,
            MessageReset { .. } | MessageTls { .. } | MessageUnrecognized { .. } => None,
            ProxyNotRunning { local: true, .. } => Some(Place::Computer),
            ProxyNotRunning { .. } | ProxyRefusedTarget { .. } => Some(Place::Network),
            PortForwardNoListener { .. }
            | ContainerNotListening { .. }
            | ContainerLoopbackOnly { .. }
            | PortNotPublished { .. } => Some(Place::Program),
            WslLocalhost { .. } => Some(Place::Network),
            ProxyPacNotRun { .. } | ContainersNotSeen { .. } => None,
            DnsFailure { .. } | DnsNoAddress { .. } | DnsNoAnswer { .. } | DnsError { .. } => {
                Some(Place::Network)
            }
            HostUnreachable { .. }
            | NetworkUnreachable { .. }
            | MessageUnreachable { .. }
            | MessageDns { .. } => Some(Place::Network),
            NoListener { .. }
            | BoundElsewhere { .. }
            | WrongPort { .. }
            | ServiceNotRunning { .. }
            | PortTaken { .. }
            | PrivilegedPort { .. }
            | ReservedPortRange { .. }
            | BacklogOverflow { .. }
            | Ipv6Ipv4Mismatch { .. }
            | LocalhostIpv6First { .. }
            | ClosedAtOnce { .. }
            | UnixSocket { .. }
            | MessageHostUnset { .. }
            | MessageRefused { .. } => Some(Place::Program),
            Timeout { .. }
            | MessageTimeout { .. }
            | FirewallReject { .. }
            | FirewallDrop { .. }
            | FirewallNotRead { .. }
            | StealthMode { .. } => Some(Place::Firewall),
            SomeAddressesFail { .. } => Some(Place::Server),
            LocalError { .. } | NoRouteHere { .. } => Some(Place::Computer),
        }
    }

    /// Whether this cause can never be sure from the outside (a silence has many
    /// reasons): the picture then says "probably here" at most.
    pub fn never_sure(&self) -> bool {
        matches!(self, Cause::Timeout { .. } | Cause::MessageTimeout { .. })
    }

    /// The command this cause offers helpdesk, and where it must run.
    pub fn offer(&self) -> Option<Offer> {
        use Cause::*;
        use Purpose as P;
        use RunsOn::*;
        match self {
            Reachable { .. } | IcmpBlockedButTcpFine { .. } => offer(P::Connect, ThisComputer),
            DnsFailure { .. } | DnsNoAddress { .. } | DnsNoAnswer { .. } | DnsError { .. } => {
                offer(P::Resolve, ThisComputer)
            }
            MessageDns { .. } => offer(P::Resolve, ThisComputer),
            NoListener { .. }
            | BoundElsewhere { .. }
            | WrongPort { .. }
            | ServiceNotRunning { .. }
            | PortTaken { .. }
            | PrivilegedPort { .. }
            | BacklogOverflow { .. }
            | NeedsAdmin { .. }
            | LocalhostIpv6First { .. }
            | ClosedAtOnce { .. }
            | MessageRefused { .. } => offer(P::Listeners, Server),
            ReservedPortRange { .. } => offer(P::ReservedPorts, Server),
            Ipv6Ipv4Mismatch { .. } | SomeAddressesFail { .. } => offer(P::Connect, ThisComputer),
            Timeout { .. } | MessageTimeout { .. } | StealthMode { .. } => {
                offer(P::Firewall, Server)
            }
            FirewallReject { sender_where, .. } => match sender_where {
                SenderWhere::RuleHere | SenderWhere::ThisComputer => {
                    offer(P::Firewall, ThisComputer)
                }
                _ => offer(P::Firewall, Server),
            },
            FirewallDrop { place, .. } => match place {
                DropPlace::ThisComputer | DropPlace::Both => offer(P::Firewall, ThisComputer),
                DropPlace::Target => offer(P::Firewall, Server),
                DropPlace::Path => offer(P::Connect, ThisComputer),
            },
            FirewallNotRead { .. } => offer(P::Firewall, ThisComputer),
            HostUnreachable { .. } | NetworkUnreachable { .. } | MessageUnreachable { .. } => {
                offer(P::Connect, ThisComputer)
            }
            NoRouteHere { .. } => offer(P::Route, ThisComputer),
            LocalError { .. } => None,
            UnixSocket { .. } | MessageReset { .. } | MessageTls { .. } => None,
            MessageUnrecognized { .. } | MessageHostUnset { .. } => None,
            ProxyNotRunning { .. } | ProxyRefusedTarget { .. } | ProxyPacNotRun { .. } => {
                offer(P::Proxy, ThisComputer)
            }
            PortForwardNoListener { .. }
            | ContainerNotListening { .. }
            | ContainerLoopbackOnly { .. }
            | PortNotPublished { .. }
            | ContainersNotSeen { .. }
            | WslLocalhost { .. } => None,
        }
    }

    /// The arguments of this cause, as JSON (the `args` of the report).
    fn args_json(&self) -> Map<String, Value> {
        match crate::json::to_value(self) {
            Ok(Value::Object(mut m)) => match m.remove("args") {
                Some(Value::Object(args)) => args,
                _ => Map::new(),
            },
            _ => Map::new(),
        }
    }
}

/// What a finding is about: the host and port checked or named in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Subject {
    /// The host as typed (or named in a message), when there is one.
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub port: Option<u16>,
    /// Whether the host is this computer: sentences then say "this computer".
    #[serde(default)]
    pub this_computer: bool,
}

/// The addresses a failure was seen at (every address that failed the same way).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FailedAt {
    /// The first of them.
    pub address: String,
    pub addresses: Vec<String>,
    pub count: u32,
}

/// One conclusion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Finding {
    /// The cause: its stable code and typed arguments (`code`, `args`).
    #[serde(flatten)]
    pub cause: Cause,
    pub verdict: Verdict,
    pub confidence: Confidence,
    /// The host and port this is about.
    pub subject: Subject,
    /// For a failed connection: the addresses that failed this way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<FailedAt>,
    /// The facts this rests on, typed (one line each, for helpdesk).
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Actions an app can offer as buttons, first one first.
    #[serde(default)]
    pub actions: Vec<Action>,
}

impl Finding {
    pub fn new(
        cause: Cause,
        verdict: Verdict,
        confidence: Confidence,
        subject: Subject,
    ) -> Finding {
        Finding {
            cause,
            verdict,
            confidence,
            subject,
            failed_at: None,
            evidence: Vec::new(),
            actions: Vec::new(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.cause.code()
    }

    pub fn evidence(mut self, line: Evidence) -> Finding {
        self.evidence.push(line);
        self
    }

    pub fn actions(mut self, actions: &[Action]) -> Finding {
        self.actions.extend_from_slice(actions);
        self
    }

    /// Every argument the sentences may use: the subject, the failed addresses and the
    /// cause's own fields, as JSON values (see [`crate::catalog`] for how they become
    /// catalogue arguments).
    pub fn args(&self) -> Map<String, Value> {
        let mut all = Map::new();
        for part in [
            crate::json::to_value(&self.subject).ok(),
            self.failed_at
                .as_ref()
                .and_then(|f| crate::json::to_value(f).ok()),
        ]
        .into_iter()
        .flatten()
        {
            if let Value::Object(m) = part {
                all.extend(m);
            }
        }
        all.extend(self.cause.args_json());
        all
    }
}

/// The stable finding codes, for tests and scripts that match on them.
pub mod codes {
    pub const REACHABLE: &str = "reachable";
    pub const CLOSED_AT_ONCE: &str = "closed-at-once";
    pub const DNS_FAILURE: &str = "dns-failure";
    pub const DNS_NO_ADDRESS: &str = "dns-no-address";
    pub const DNS_NO_ANSWER: &str = "dns-no-answer";
    pub const DNS_ERROR: &str = "dns-error";
    pub const NO_LISTENER: &str = "no-listener";
    pub const BOUND_ELSEWHERE: &str = "bound-elsewhere";
    pub const WRONG_PORT: &str = "wrong-port";
    pub const SERVICE_NOT_RUNNING: &str = "service-not-running";
    pub const PORT_TAKEN: &str = "port-taken";
    pub const PRIVILEGED_PORT: &str = "privileged-port";
    pub const RESERVED_PORT_RANGE: &str = "reserved-port-range";
    pub const NEEDS_ADMIN: &str = "needs-admin";
    pub const BACKLOG_OVERFLOW: &str = "backlog-overflow";
    pub const IPV6_IPV4_MISMATCH: &str = "ipv6-ipv4-mismatch";
    pub const SOME_ADDRESSES_FAIL: &str = "some-addresses-fail";
    pub const TIMEOUT: &str = "timeout";
    pub const FIREWALL_REJECT: &str = "firewall-reject";
    pub const FIREWALL_DROP: &str = "firewall-drop";
    pub const FIREWALL_NOT_READ: &str = "firewall-not-read";
    pub const ICMP_BLOCKED_BUT_TCP_FINE: &str = "icmp-blocked-but-tcp-fine";
    pub const STEALTH_MODE: &str = "stealth-mode";
    pub const HOST_UNREACHABLE: &str = "host-unreachable";
    pub const NETWORK_UNREACHABLE: &str = "network-unreachable";
    pub const NO_ROUTE_HERE: &str = "no-route-here";
    pub const LOCAL_ERROR: &str = "local-error";
    pub const UNIX_SOCKET: &str = "unix-socket";
    pub const LOCALHOST_IPV6_FIRST: &str = "localhost-ipv6-first";
    pub const MESSAGE_REFUSED: &str = "message-refused";
    pub const MESSAGE_TIMEOUT: &str = "message-timeout";
    pub const MESSAGE_UNREACHABLE: &str = "message-unreachable";
    pub const MESSAGE_DNS: &str = "message-dns";
    pub const MESSAGE_RESET: &str = "message-reset";
    pub const MESSAGE_TLS: &str = "message-tls";
    pub const MESSAGE_UNRECOGNIZED: &str = "message-unrecognized";
    pub const MESSAGE_HOST_UNSET: &str = "message-host-unset";
    pub const PROXY_NOT_RUNNING: &str = "proxy-not-running";
    pub const PROXY_REFUSED_TARGET: &str = "proxy-refused-target";
    pub const PORT_FORWARD_NO_LISTENER: &str = "port-forward-no-listener";
    pub const CONTAINER_NOT_LISTENING: &str = "container-not-listening";
    pub const CONTAINER_LOOPBACK_ONLY: &str = "container-loopback-only";
    pub const PORT_NOT_PUBLISHED: &str = "port-not-published";
    pub const WSL_LOCALHOST: &str = "wsl-localhost";
    pub const PROXY_PAC_NOT_RUN: &str = "proxy-pac-not-run";
    pub const CONTAINERS_NOT_SEEN: &str = "containers-not-seen";

    /// Every code, from the one declaration of the causes.
    pub const ALL: &[&str] = super::Cause::CODES;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_the_code_and_typed_args() {
        let f = Finding::new(
            Cause::WrongPort {
                service: None,
                other_port: 8081,
                process: Some("nginx".into()),
            },
            Verdict::Cause,
            Confidence::Likely,
            Subject {
                host: Some("127.0.0.1".into()),
                port: Some(8080),
                this_computer: true,
            },
        );
        let v = crate::json::to_value(&f).unwrap_or_default();
        assert_eq!(v["code"], "wrong-port");
        assert_eq!(v["args"]["other_port"], 8081);
        assert_eq!(v["args"]["process"], "nginx");
        assert_eq!(v["subject"]["port"], 8080);
        let back: Finding = serde_json::from_value(v).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, f);
        assert_eq!(f.args()["host"], "127.0.0.1");
        assert_eq!(f.args()["other_port"], 8081);
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for code in codes::ALL {
            assert!(seen.insert(*code), "{code} twice");
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{code}"
            );
        }
    }
}
