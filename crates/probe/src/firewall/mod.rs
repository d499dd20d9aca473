//! The firewall of this computer, read-only, for one port.
//!
//! Linux: `nft -j list ruleset` for nftables, and `iptables-save` / `ip6tables-save`
//! for iptables rules (nftables shows some of those only as opaque `xt` matches).
//! Reading needs root (CAP_NET_ADMIN); without it we say so and name the command an
//! admin would run. We never guess a rule we could not read.

use std::time::Duration;

use portdoctor_core::firewall::FirewallFacts;

#[cfg(any(target_os = "linux", target_os = "macos"))]
use crate::command::ToolError;
use crate::platform::{Platform, This};

/// The longest any firewall tool or API call may take.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
pub(crate) const DEADLINE: Duration = Duration::from_secs(3);

/// The rules and defaults that concern TCP `port`.
pub fn read(port: u16) -> FirewallFacts {
    let mut facts = <This as Platform>::firewall();
    facts.rules.retain(|r| r.covers_port(port));
    facts
}

#[cfg(any(target_os = "linux", target_os = "macos"))]
pub(crate) fn limitation(tool: &str, e: &ToolError) -> Option<String> {
    e.limitation(tool, DEADLINE)
}
