//! macOS has two firewalls, both read here with fixed arguments:
//!
//! - the application firewall: `socketfilterfw --getglobalstate --getblockall
//!   --getstealthmode`, no admin rights needed. It filters per application, not per
//!   port, so it gives no rules: its switches go into `FirewallFacts::state`
//!   (`app_firewall`, `block_all`, `stealth_mode`).
//! - pf: `pfctl -s info` (enabled or not: key `pf`), `pfctl -sr` (the rules) and
//!   `pfctl -s Interfaces -v` (interfaces pf skips, usually `lo0`), all root only. Without root we say so and name `sudo pfctl -sr`. `sources` lists `pf`
//!   only when its rules (or its being off) could be read: the application firewall's
//!   switches alone say nothing about port rules.
//!
//! pfctl prints ports by service name, so `/etc/services` is read to turn them back
//! into numbers.

use portdoctor_core::firewall::pf::{
    parse_etc_services, parse_pf_skipped, parse_pf_status, parse_pfctl_rules, without_skipped,
};
use portdoctor_core::firewall::socketfilterfw::parse_socketfilterfw;

use portdoctor_core::commands::firewall_read_command;
use portdoctor_core::firewall::FirewallFacts;

use crate::command::{self, ToolError};
use crate::firewall::{DEADLINE, limitation};

const SOCKETFILTERFW: &str = "/usr/libexec/ApplicationFirewall/socketfilterfw";
const PFCTL: &str = "/sbin/pfctl";
/// At most this many rules we could not evaluate are named in `limitations`.
const MAX_UNEVALUATED: usize = 8;

pub fn read() -> FirewallFacts {
    let mut facts = FirewallFacts::default();
    match command::run(
        SOCKETFILTERFW,
        &["--getglobalstate", "--getblockall", "--getstealthmode"],
        DEADLINE,
    ) {
        Ok(text) => match parse_socketfilterfw(&text) {
            Ok(app) => facts.state.extend(app.state()),
            Err(e) => facts.limitations.push(format!("socketfilterfw: {e}")),
        },
        Err(ToolError::Missing) => facts
            .limitations
            .push(format!("socketfilterfw: {SOCKETFILTERFW} not found")),
        Err(e) => facts.limitations.extend(limitation("socketfilterfw", &e)),
    }
    read_pf(&mut facts);
    if facts.limitations.iter().any(|l| l.starts_with("pfctl")) {
        facts.admin_command = Some(firewall_read_command("macos").into());
    }
    facts
}

/// pfctl's stderr starts with ALTQ notices on macOS; they are not the error.
fn pfctl_error(e: ToolError) -> ToolError {
    match e {
        ToolError::Failed(msg) if msg.starts_with("No ALTQ") || msg.starts_with("ALTQ") => {
            ToolError::Failed("failed (admin rights needed?)".into())
        }
        other => other,
    }
}

fn read_pf(facts: &mut FirewallFacts) {
    let enabled = match command::run(PFCTL, &["-s", "info"], DEADLINE).map_err(pfctl_error) {
        Ok(text) => parse_pf_status(&text),
        Err(e) => {
            facts.limitations.extend(limitation("pfctl -s info", &e));
            return;
        }
    };
    if let Some(on) = enabled {
        facts
            .state
            .insert("pf".into(), if on { "on" } else { "off" }.into());
    }
    if enabled == Some(false) {
        // pf filters nothing while it is disabled, whatever rules are loaded.
        facts.sources.push("pf".into());
        return;
    }
    let text = match command::run(PFCTL, &["-sr"], DEADLINE).map_err(pfctl_error) {
        Ok(text) => text,
        Err(e) => {
            facts.limitations.extend(limitation("pfctl -sr", &e));
            return;
        }
    };
    let services = std::fs::read_to_string("/etc/services")
        .map(|t| parse_etc_services(&t))
        .unwrap_or_default();
    // `set skip on lo0` is not in `pfctl -sr`; without it we would wrongly let pf
    // rules judge loopback traffic.
    let skipped = match command::run(PFCTL, &["-s", "Interfaces", "-v"], DEADLINE) {
        Ok(text) => parse_pf_skipped(&text),
        Err(e) => {
            facts
                .limitations
                .extend(limitation("pfctl -s Interfaces", &pfctl_error(e)));
            Vec::new()
        }
    };
    match parse_pfctl_rules(&text, &services) {
        Ok(rs) => {
            let rs = without_skipped(rs, &skipped);
            facts.sources.push("pf".into());
            let more = rs.unevaluated.len().saturating_sub(MAX_UNEVALUATED);
            facts.limitations.extend(
                rs.unevaluated
                    .iter()
                    .take(MAX_UNEVALUATED)
                    .map(|u| format!("not evaluated: {u}")),
            );
            if more > 0 {
                facts
                    .limitations
                    .push(format!("not evaluated: {more} more pf rules"));
            }
            facts.rules = rs.rules;
            facts.policies = rs.policies;
        }
        Err(e) => facts.limitations.push(format!("pfctl -sr: {e}")),
    }
}
