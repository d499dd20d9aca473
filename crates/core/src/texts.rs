//! Which texts of the facts may name someone: declared beside the types, so that
//! redaction needs no list of field names.
//!
//! Every type that a report's facts are made of implements [`Texts`] by taking itself
//! apart field by field (no `..`): a new field does not build until it says what kind
//! of text it holds, or that it holds none (numbers, enums, and fixed words such as
//! error names or tool names are `_`).

use crate::containers::{ContainerFacts, Forward, Namespace};
use crate::errtext::ParsedError;
use crate::facts::{
    Environment, Facts, IcmpReport, ProbeDetail, ProbeResult, Resolution, ResolutionOutcome,
};
use crate::firewall::{ChainPolicy, FirewallFacts, FirewallRule};
use crate::local::{BindTest, Listener, ListenerTable, ProcessInfo, QueueFacts, ServiceFacts};
use crate::path::{Hop, PingResult, TraceResult};
use crate::proxy::{PacSetting, ProxyConnect, ProxyFacts, ProxySetting};
use crate::target::{PortSource, Target};

/// What a text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// A host name (or address) the user typed or a message named: hidden as a name.
    Host,
    /// A user name: hidden unless it is a system account.
    User,
    /// A program, product, interface or firewall table name: names already known are
    /// replaced in it, but it is not searched for new ones.
    Name,
    /// Text the system printed or the user typed: searched for names, user names in
    /// paths and URLs, and public addresses.
    Observed,
}

/// The texts of a value, each with what it holds.
pub trait Texts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String));
}

fn opt(kind: Text, v: &mut Option<String>, f: &mut dyn FnMut(Text, &mut String)) {
    if let Some(s) = v {
        f(kind, s);
    }
}

fn all(kind: Text, v: &mut [String], f: &mut dyn FnMut(Text, &mut String)) {
    for s in v {
        f(kind, s);
    }
}

fn each<T: Texts>(v: &mut [T], f: &mut dyn FnMut(Text, &mut String)) {
    for t in v {
        t.texts(f);
    }
}

fn some<T: Texts>(v: &mut Option<T>, f: &mut dyn FnMut(Text, &mut String)) {
    if let Some(t) = v {
        t.texts(f);
    }
}

impl Texts for Facts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Facts {
            target,
            resolution,
            addresses,
            timeout_ms: _,
            listeners,
            service,
            bind,
            queue,
            firewall,
            ping,
            trace,
            proxy,
            containers,
            wsl,
            environment,
        } = self;
        target.texts(f);
        resolution.texts(f);
        each(addresses, f);
        some(listeners, f);
        some(service, f);
        some(bind, f);
        some(queue, f);
        some(firewall, f);
        some(ping, f);
        some(trace, f);
        some(proxy, f);
        some(containers, f);
        if let Some(w) = wsl {
            let crate::wsl::WslFacts {
                side: _,
                mode: _,
                localhost_forwarding: _,
                config_found: _,
                windows_host,
            } = w;
            opt(Text::Host, windows_host, f);
        }
        environment.texts(f);
    }
}

impl Texts for Target {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Target {
            host,
            port: _,
            host_kind: _,
            zone,
            port_source,
            this_computer: _,
            origin: _,
            input,
        } = self;
        f(Text::Host, host);
        opt(Text::Name, zone, f);
        match port_source {
            PortSource::Given => {}
            PortSource::Scheme { scheme } => f(Text::Name, scheme),
            PortSource::Service { service } => f(Text::Name, service),
            PortSource::Client { client } => f(Text::Name, client),
        }
        f(Text::Observed, input);
    }
}

impl Texts for Resolution {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Resolution {
            source: _,
            outcome,
            elapsed_ms: _,
        } = self;
        // The resolved addresses are typed (IpAddr): redaction writes stand-ins there.
        if let ResolutionOutcome::Failed { detail } = outcome {
            f(Text::Observed, detail);
        }
    }
}

impl Texts for ProbeResult {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ProbeResult {
            address,
            family: _,
            port: _,
            outcome: _,
            elapsed_ms: _,
            detail,
        } = self;
        f(Text::Observed, address);
        some(detail, f);
    }
}

impl Texts for ProbeDetail {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        // `error` is the error's name (ECONNREFUSED): a fixed word.
        let ProbeDetail {
            error: _,
            errno: _,
            unreachable: _,
            local: _,
            icmp,
            local_address,
            hangup: _,
            no_neighbour: _,
        } = self;
        some(icmp, f);
        opt(Text::Observed, local_address, f);
    }
}

impl Texts for IcmpReport {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let IcmpReport {
            sender,
            kind: _,
            icmp_type: _,
            icmp_code: _,
            from_this_computer: _,
        } = self;
        f(Text::Observed, sender);
    }
}

impl Texts for ListenerTable {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        // `source` names the way it was read (sock_diag): a fixed word.
        let ListenerTable {
            listeners,
            source: _,
            hidden_owners: _,
            limitation,
        } = self;
        each(listeners, f);
        opt(Text::Observed, limitation, f);
    }
}

impl Texts for Listener {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Listener {
            address,
            port: _,
            family: _,
            v6only: _,
            accept_queue: _,
            backlog: _,
            uid: _,
            user,
            pid: _,
            process,
            exe,
            inode: _,
        } = self;
        f(Text::Observed, address);
        opt(Text::User, user, f);
        opt(Text::Name, process, f);
        opt(Text::Observed, exe, f);
    }
}

impl Texts for ServiceFacts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ServiceFacts {
            name,
            named_by_user: _,
            programs,
            running,
        } = self;
        f(Text::Name, name);
        all(Text::Name, programs, f);
        each(running, f);
    }
}

impl Texts for ProcessInfo {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ProcessInfo {
            pid: _,
            name,
            exe,
            user,
        } = self;
        f(Text::Name, name);
        opt(Text::Observed, exe, f);
        opt(Text::User, user, f);
    }
}

impl Texts for BindTest {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        // `error` is the system's word for the outcome: fixed.
        let BindTest {
            address,
            port: _,
            outcome: _,
            error: _,
            unprivileged_port_start: _,
            reserved_range: _,
        } = self;
        f(Text::Observed, address);
    }
}

impl Texts for QueueFacts {
    fn texts(&mut self, _f: &mut dyn FnMut(Text, &mut String)) {
        let QueueFacts {
            before: _,
            after: _,
            somaxconn: _,
        } = self;
    }
}

impl Texts for FirewallFacts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        // `sources`, `state` and `admin_command` are our own fixed words.
        let FirewallFacts {
            sources: _,
            limitations,
            unavailable: _,
            admin_command: _,
            managers,
            rules,
            policies,
            state: _,
        } = self;
        all(Text::Observed, limitations, f);
        all(Text::Name, managers, f);
        each(rules, f);
        each(policies, f);
    }
}

impl Texts for FirewallRule {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let FirewallRule {
            source: _,
            table,
            chain,
            hook: _,
            ports: _,
            interface,
            conditions,
            action: _,
            text,
        } = self;
        f(Text::Name, table);
        f(Text::Name, chain);
        opt(Text::Name, interface, f);
        all(Text::Observed, conditions, f);
        f(Text::Observed, text);
    }
}

impl Texts for ChainPolicy {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ChainPolicy {
            source: _,
            table,
            chain,
            hook: _,
            policy: _,
        } = self;
        f(Text::Name, table);
        f(Text::Name, chain);
    }
}

impl Texts for PingResult {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let PingResult {
            address,
            method: _,
            outcome: _,
            rtt_ms: _,
        } = self;
        f(Text::Observed, address);
    }
}

impl Texts for TraceResult {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let TraceResult {
            address,
            port: _,
            hops,
            limitation,
        } = self;
        f(Text::Observed, address);
        each(hops, f);
        opt(Text::Observed, limitation, f);
    }
}

impl Texts for Hop {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Hop {
            ttl: _,
            address,
            kind: _,
            rtt_ms: _,
        } = self;
        opt(Text::Observed, address, f);
    }
}

impl Texts for Environment {
    fn texts(&mut self, _f: &mut dyn FnMut(Text, &mut String)) {
        let Environment {
            os: _,
            privileged: _,
            not_on_this_system: _,
        } = self;
    }
}

impl Texts for ParsedError {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        // `error_code` is the code in the message (ECONNREFUSED, 10061): fixed.
        let ParsedError {
            host,
            host_name,
            port: _,
            port_implied: _,
            failure: _,
            client,
            error_code: _,
            socket_path,
            text,
            through: _,
        } = self;
        opt(Text::Host, host, f);
        opt(Text::Host, host_name, f);
        opt(Text::Name, client, f);
        opt(Text::Observed, socket_path, f);
        opt(Text::Observed, text, f);
    }
}

impl Texts for ProxyFacts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ProxyFacts {
            settings,
            pac,
            applies: _,
            probe,
            connect,
            limitations,
        } = self;
        each(settings, f);
        each(pac, f);
        some(probe, f);
        some(connect, f);
        all(Text::Observed, limitations, f);
    }
}

impl Texts for ProxySetting {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ProxySetting {
            source: _,
            setting: _,
            kind: _,
            host,
            port: _,
            schemes: _,
            bypass,
        } = self;
        f(Text::Host, host);
        all(Text::Host, bypass, f);
    }
}

impl Texts for PacSetting {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let PacSetting {
            source: _,
            setting: _,
            url,
        } = self;
        f(Text::Observed, url);
    }
}

impl Texts for ProxyConnect {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ProxyConnect {
            outcome: _,
            status: _,
            status_line,
            elapsed_ms: _,
        } = self;
        opt(Text::Observed, status_line, f);
    }
}

impl Texts for ContainerFacts {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let ContainerFacts {
            forwards,
            namespaces,
            limitations,
            hidden: _,
        } = self;
        each(forwards, f);
        each(namespaces, f);
        all(Text::Observed, limitations, f);
    }
}

impl Texts for Forward {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Forward {
            source: _,
            ports: _,
            to_address,
            to_port: _,
            text,
        } = self;
        f(Text::Host, to_address);
        f(Text::Observed, text);
    }
}

impl Texts for Namespace {
    fn texts(&mut self, f: &mut dyn FnMut(Text, &mut String)) {
        let Namespace {
            pid: _,
            process,
            container,
            addresses,
            listeners,
        } = self;
        opt(Text::Name, process, f);
        opt(Text::Name, container, f);
        all(Text::Host, addresses, f);
        for (address, _) in listeners {
            f(Text::Host, address);
        }
    }
}
