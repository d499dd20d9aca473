//! Windows Defender Firewall: a pure mapping from what the COM API (`INetFwPolicy2`,
//! `INetFwRule`) returns — profiles and plain rule properties — to rules and defaults.
//!
//! # How Windows decides, and how [`FirewallFacts::decision`] sees it
//!
//! - Each network adapter is in one profile (domain, private or public); several
//!   profiles can be active at once. A profile whose firewall is off filters nothing.
//! - A rule applies when it is enabled and one of its profiles is active (with the
//!   firewall on). Rules for profiles that are not active are listed in
//!   [`Ruleset::unevaluated`], not in the rules.
//! - Block rules take precedence over allow rules, whatever their order ("Allow-bypass
//!   rules take precedence over block rules, and block rules take precedence over allow
//!   rules", MS-FASP 2.2.34 FW_RULE_ACTION,
//!   <https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-fasp/702e3c23-c9d8-43db-8380-b4c670dd7f7d>).
//!   So the emitted list puts every block rule first, then the allow rules: the first
//!   match `decision()` finds is what Windows applies. Allow rules that override block
//!   rules (authenticated IPsec bypass) are not visible through these properties.
//! - With no matching rule the profile's default action decides: one [`ChainPolicy`]
//!   per active profile and direction (table = profile, chain `inbound` / `outbound`,
//!   policy `drop` for block, else `accept`).
//! - "Block all incoming connections, including those in the list of allowed apps"
//!   (`BlockAllInboundTraffic`) is emitted as a first, catch-all inbound block rule.
//! - Windows Defender Firewall drops silently: a block is always [`RuleAction::Drop`]
//!   (a TIMEOUT on the client), never a refusal.
//!
//! A rule's program (`C:\...\postgres.exe`), service, addresses, interface types and
//! a subset of the active profiles are conditions `decision()` cannot check: such a rule
//! is a [`Decision::MaybeRule`](super::Decision::MaybeRule).
//!
//! [`FirewallFacts::decision`]: super::FirewallFacts::decision

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ChainPolicy, FirewallRule, RuleAction, Ruleset};

/// `NET_FW_PROFILE_TYPE2` bits.
pub const PROFILE_DOMAIN: i32 = 1;
pub const PROFILE_PRIVATE: i32 = 2;
pub const PROFILE_PUBLIC: i32 = 4;
/// `NET_FW_PROFILE2_ALL`.
pub const PROFILE_ALL: i32 = 0x7fff_ffff;
/// `NET_FW_RULE_DIRECTION`.
pub const DIRECTION_IN: i32 = 1;
pub const DIRECTION_OUT: i32 = 2;
/// `NET_FW_ACTION`.
pub const ACTION_BLOCK: i32 = 0;
pub const ACTION_ALLOW: i32 = 1;
/// `NET_FW_IP_PROTOCOL`: TCP, and "any protocol".
pub const PROTOCOL_TCP: i32 = 6;
pub const PROTOCOL_ANY: i32 = 256;

/// The three profiles, by bit and by the name used in reports and state keys.
pub const PROFILES: [(i32, &str); 3] = [
    (PROFILE_DOMAIN, "domain"),
    (PROFILE_PRIVATE, "private"),
    (PROFILE_PUBLIC, "public"),
];

/// One profile's settings, as `INetFwPolicy2` returns them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WindowsProfile {
    /// One of [`PROFILE_DOMAIN`], [`PROFILE_PRIVATE`], [`PROFILE_PUBLIC`].
    pub kind: i32,
    /// In `CurrentProfileTypes`: an adapter is in this profile now.
    pub active: bool,
    /// `FirewallEnabled`.
    pub enabled: bool,
    /// `DefaultInboundAction` ([`ACTION_BLOCK`] / [`ACTION_ALLOW`]).
    pub default_inbound: i32,
    /// `DefaultOutboundAction`.
    pub default_outbound: i32,
    /// `BlockAllInboundTraffic`: even allowed apps are blocked.
    pub block_all_inbound: bool,
}

impl WindowsProfile {
    pub fn name(&self) -> &'static str {
        profile_name(self.kind)
    }

    /// Filters traffic now: active and switched on.
    fn in_force(&self) -> bool {
        self.active && self.enabled
    }
}

fn profile_name(kind: i32) -> &'static str {
    PROFILES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("unknown", |(_, n)| n)
}

/// One rule's properties, as `INetFwRule` returns them (empty strings for absent
/// BSTRs).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct WindowsRule {
    pub name: String,
    pub enabled: bool,
    /// [`DIRECTION_IN`] / [`DIRECTION_OUT`].
    pub direction: i32,
    /// [`ACTION_BLOCK`] / [`ACTION_ALLOW`].
    pub action: i32,
    /// IANA protocol number; [`PROTOCOL_ANY`] for any.
    pub protocol: i32,
    /// `LocalPorts`: `80,443,8000-8010`, `*`, `RPC`, `RPC-EPMap`, `IPHTTPS`, ... The
    /// port an inbound connection is made to.
    pub local_ports: String,
    /// `RemotePorts`: the port an outbound connection is made to.
    pub remote_ports: String,
    pub local_addresses: String,
    pub remote_addresses: String,
    /// `ApplicationName`: the program the rule is limited to.
    pub application: String,
    /// `ServiceName`.
    pub service: String,
    /// Bits of `NET_FW_PROFILE_TYPE2`.
    pub profiles: i32,
    /// `InterfaceTypes`: `All`, `LAN`, `Wireless`, `RemoteAccess`.
    pub interface_types: String,
}

/// The firewall as read: profiles and every rule.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct WindowsFirewall {
    pub profiles: Vec<WindowsProfile>,
    pub rules: Vec<WindowsRule>,
}

/// What a `LocalPorts` string means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalPorts {
    /// `*`, `Any` or empty: every port.
    Any,
    Ranges(Vec<(u16, u16)>),
    /// A keyword whose ports Windows decides at run time (`RPC`, `IPHTTPS`, ...), or
    /// text we could not read.
    Unknown(String),
}

/// Parses `LocalPorts` (`80,443,8000-8010`, `*`, `Any`, `RPC-EPMap`, `RPC`, ...);
/// `RemotePorts` has the same syntax.
pub fn parse_local_ports(s: &str) -> LocalPorts {
    let s = s.trim();
    if s.is_empty() || s == "*" || s.eq_ignore_ascii_case("any") {
        return LocalPorts::Any;
    }
    let mut out = Vec::new();
    for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        if item == "*" || item.eq_ignore_ascii_case("any") {
            return LocalPorts::Any;
        }
        // The RPC endpoint mapper always listens on 135.
        if item.eq_ignore_ascii_case("rpc-epmap") {
            out.push((135, 135));
            continue;
        }
        let range = match item.split_once('-') {
            Some((a, b)) => a
                .trim()
                .parse::<u16>()
                .ok()
                .zip(b.trim().parse::<u16>().ok())
                .filter(|(a, b)| a <= b),
            None => item.parse::<u16>().ok().map(|p| (p, p)),
        };
        match range {
            Some(r) => out.push(r),
            None => return LocalPorts::Unknown(item.to_string()),
        }
    }
    if out.is_empty() {
        LocalPorts::Any
    } else {
        LocalPorts::Ranges(out)
    }
}

fn on_off(v: bool) -> String {
    if v { "on" } else { "off" }.to_string()
}

fn is_any(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || s == "*" || s.eq_ignore_ascii_case("any") || s.eq_ignore_ascii_case("all")
}

impl WindowsFirewall {
    /// `profile_domain`, `profile_private`, `profile_public` = `on` / `off` (the
    /// firewall switch of each profile), and `active_profiles` = the active ones,
    /// comma-separated (`private`, `domain,public`; empty when none is reported).
    pub fn state(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for p in &self.profiles {
            out.insert(format!("profile_{}", p.name()), on_off(p.enabled));
        }
        let active: Vec<&str> = self
            .profiles
            .iter()
            .filter(|p| p.active)
            .map(WindowsProfile::name)
            .collect();
        out.insert("active_profiles".into(), active.join(","));
        out
    }

    /// Rules that apply now (block rules first, then allow rules) and one default per
    /// active profile and direction. See the module docs.
    pub fn ruleset(&self) -> Ruleset {
        let mut out = Ruleset::default();
        let in_force: Vec<&WindowsProfile> =
            self.profiles.iter().filter(|p| p.in_force()).collect();
        let in_force_bits = in_force.iter().fold(0, |acc, p| acc | p.kind);
        for p in self.profiles.iter().filter(|p| p.active) {
            for (chain, hook, action) in [
                ("inbound", "input", p.default_inbound),
                ("outbound", "output", p.default_outbound),
            ] {
                out.policies.push(ChainPolicy {
                    source: "windows".into(),
                    table: p.name().into(),
                    chain: chain.into(),
                    hook: hook.into(),
                    policy: if p.enabled && action == ACTION_BLOCK {
                        "drop"
                    } else {
                        "accept"
                    }
                    .into(),
                });
            }
        }
        let mut blocks = Vec::new();
        let mut allows = Vec::new();
        for p in in_force.iter().filter(|p| p.block_all_inbound) {
            let mut conditions = Vec::new();
            if in_force.len() > 1 {
                conditions.push(format!("profile {}", p.name()));
            }
            blocks.push(FirewallRule {
                source: "windows".into(),
                table: p.name().into(),
                chain: "inbound".into(),
                hook: Some("input".into()),
                ports: None,
                interface: None,
                conditions,
                action: RuleAction::Drop,
                text: format!(
                    "{} profile: block all incoming connections, including allowed apps",
                    p.name()
                ),
            });
        }
        for r in &self.rules {
            if !r.enabled || (r.protocol != PROTOCOL_TCP && r.protocol != PROTOCOL_ANY) {
                continue;
            }
            let (chain, hook) = match r.direction {
                DIRECTION_IN => ("inbound", "input"),
                DIRECTION_OUT => ("outbound", "output"),
                _ => continue,
            };
            let rule_profiles = if r.profiles == 0 {
                PROFILE_ALL
            } else {
                r.profiles
            };
            let applies = rule_profiles & in_force_bits;
            let text = describe(r);
            if applies == 0 {
                if !in_force.is_empty() {
                    out.unevaluated
                        .push(format!("windows: {text} (not for the active profile)"));
                }
                continue;
            }
            // The port a connection is made TO: ours for inbound rules (LocalPorts),
            // the remote one for outbound rules (RemotePorts). The other side's port is
            // a condition.
            let (target_ports, other_ports, other_side) = if hook == "input" {
                (&r.local_ports, &r.remote_ports, "remote")
            } else {
                (&r.remote_ports, &r.local_ports, "local")
            };
            let ports = match parse_local_ports(target_ports) {
                LocalPorts::Any => None,
                LocalPorts::Ranges(p) => Some(p),
                LocalPorts::Unknown(k) => {
                    out.unevaluated
                        .push(format!("windows: {text} (ports `{k}` decided at run time)"));
                    continue;
                }
            };
            let mut conditions = Vec::new();
            if applies != in_force_bits {
                let names: Vec<&str> = PROFILES
                    .iter()
                    .filter(|(k, _)| applies & k != 0)
                    .map(|(_, n)| *n)
                    .collect();
                conditions.push(format!("profile {}", names.join(",")));
            }
            if !r.application.trim().is_empty() {
                conditions.push(format!("program {}", r.application.trim()));
            }
            if !r.service.trim().is_empty() && r.service.trim() != "*" {
                conditions.push(format!("service {}", r.service.trim()));
            }
            if !is_any(&r.remote_addresses) {
                conditions.push(format!("remote address {}", r.remote_addresses.trim()));
            }
            if !is_any(other_ports) {
                conditions.push(format!("{other_side} port {}", other_ports.trim()));
            }
            if !is_any(&r.local_addresses) {
                conditions.push(format!("local address {}", r.local_addresses.trim()));
            }
            if !is_any(&r.interface_types) {
                conditions.push(format!("interface type {}", r.interface_types.trim()));
            }
            let rule = FirewallRule {
                source: "windows".into(),
                table: PROFILES
                    .iter()
                    .filter(|(k, _)| applies & k != 0)
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(","),
                chain: chain.into(),
                hook: Some(hook.into()),
                ports,
                interface: None,
                conditions,
                action: if r.action == ACTION_ALLOW {
                    RuleAction::Accept
                } else {
                    RuleAction::Drop
                },
                text,
            };
            if r.action == ACTION_ALLOW {
                allows.push(rule);
            } else {
                blocks.push(rule);
            }
        }
        out.rules = blocks;
        out.rules.extend(allows);
        out
    }
}

/// `"PostgreSQL" block inbound TCP 5432 (profiles public; program C:\...\postgres.exe)`.
fn describe(r: &WindowsRule) -> String {
    let action = if r.action == ACTION_ALLOW {
        "allow"
    } else {
        "block"
    };
    let direction = if r.direction == DIRECTION_OUT {
        "outbound"
    } else {
        "inbound"
    };
    let proto = if r.protocol == PROTOCOL_TCP {
        "TCP"
    } else {
        "any protocol"
    };
    let target = if r.direction == DIRECTION_OUT {
        &r.remote_ports
    } else {
        &r.local_ports
    };
    let ports = if is_any(target) {
        "any port".to_string()
    } else {
        format!("port {}", target.trim())
    };
    let profiles = if r.profiles == 0 || r.profiles & PROFILE_ALL == PROFILE_ALL {
        "all".to_string()
    } else {
        PROFILES
            .iter()
            .filter(|(k, _)| r.profiles & k != 0)
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut text = format!(
        "\"{}\" {action} {direction} {proto} {ports} (profiles {profiles}",
        r.name
    );
    if !r.application.trim().is_empty() {
        text.push_str(&format!("; program {}", r.application.trim()));
    }
    text.push(')');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_ports() {
        assert_eq!(parse_local_ports("*"), LocalPorts::Any);
        assert_eq!(parse_local_ports("Any"), LocalPorts::Any);
        assert_eq!(parse_local_ports(""), LocalPorts::Any);
        assert_eq!(
            parse_local_ports("80,443,8000-8010"),
            LocalPorts::Ranges(vec![(80, 80), (443, 443), (8000, 8010)])
        );
        assert_eq!(
            parse_local_ports("RPC-EPMap"),
            LocalPorts::Ranges(vec![(135, 135)])
        );
        assert_eq!(
            parse_local_ports("RPC"),
            LocalPorts::Unknown("RPC".to_string())
        );
        assert_eq!(
            parse_local_ports("IPHTTPS"),
            LocalPorts::Unknown("IPHTTPS".to_string())
        );
        assert_eq!(
            parse_local_ports("9000-8000"),
            LocalPorts::Unknown("9000-8000".to_string())
        );
        assert_eq!(
            parse_local_ports("70000"),
            LocalPorts::Unknown("70000".to_string())
        );
    }
}
