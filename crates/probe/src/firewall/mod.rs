//! The firewall of this computer, read-only, for one port.
//!
//! Linux: `nft -j list ruleset` for nftables, and `iptables-save` / `ip6tables-save`
//! for iptables rules (nftables shows some of those only as opaque `xt` matches).
//! Reading needs root (CAP_NET_ADMIN); without it we say so and name the command an
//! admin would run. We never guess a rule we could not read.

use std::time::Duration;

use portdoctor_core::firewall::FirewallFacts;

#[cfg(any(target_os = "linux", target_os = "macos"))]
use crate::command::{self, ToolError};

/// The longest any firewall tool or API call may take.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
const DEADLINE: Duration = Duration::from_secs(3);

/// The rules and defaults that concern TCP `port`.
pub fn read(port: u16) -> FirewallFacts {
    let mut facts = platform::read();
    facts.rules.retain(|r| r.covers_port(port));
    facts
}

#[cfg(any(target_os = "linux", target_os = "macos"))]
fn limitation(tool: &str, e: &ToolError) -> Option<String> {
    match e {
        ToolError::Missing => None,
        ToolError::Failed(msg) => Some(format!("{tool}: {msg}")),
        ToolError::TimedOut => Some(format!("{tool}: no answer within {} s", DEADLINE.as_secs())),
    }
}

#[cfg(target_os = "linux")]
mod platform {
    use portdoctor_core::firewall::{Ruleset, parse_iptables_save, parse_nft_json};

    use super::*;

    pub fn read() -> FirewallFacts {
        let mut facts = FirewallFacts::default();
        let mut all = Ruleset::default();
        let mut iptables_nft = false;
        for (tool, source) in [
            ("iptables-save", "iptables"),
            ("ip6tables-save", "ip6tables"),
        ] {
            match command::run(tool, &[], DEADLINE) {
                Ok(text) => {
                    iptables_nft |= text.contains("(nf_tables)");
                    match parse_iptables_save(&text, source) {
                        Ok(rs) => {
                            facts.sources.push(source.to_string());
                            all.merge(rs);
                        }
                        Err(e) => facts.limitations.push(format!("{tool}: {e}")),
                    }
                }
                Err(e) => facts.limitations.extend(limitation(tool, &e)),
            }
        }
        match command::run("nft", &["-j", "list", "ruleset"], DEADLINE) {
            Ok(text) => match parse_nft_json(&text) {
                Ok(rs) => {
                    facts.sources.push("nftables".into());
                    all.merge(if iptables_nft {
                        rs.without_iptables_tables()
                    } else {
                        rs
                    });
                }
                Err(e) => facts.limitations.push(format!("nft: {e}")),
            },
            Err(e) => facts.limitations.extend(limitation("nft", &e)),
        }
        if !facts.limitations.is_empty() {
            facts.admin_command = Some("sudo nft list ruleset; sudo iptables-save".into());
        }
        facts.managers = all.managers;
        facts.rules = all.rules;
        facts.policies = all.policies;
        facts
    }
}

#[cfg(target_os = "windows")]
#[path = "windows.rs"]
mod platform;

#[cfg(target_os = "macos")]
#[path = "macos.rs"]
mod platform;

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
mod platform {
    use portdoctor_core::firewall::FirewallFacts;

    pub fn read() -> FirewallFacts {
        FirewallFacts {
            limitations: vec![format!(
                "reading the firewall is not built for {} yet",
                std::env::consts::OS
            )],
            ..FirewallFacts::default()
        }
    }
}
