//! Linux: iptables-save and ip6tables-save (legacy and nft-backed), and nft's JSON;
//! reading needs root or CAP_NET_ADMIN, and without it we say so.

use portdoctor_core::firewall::FirewallFacts;
use portdoctor_core::firewall::{Ruleset, parse_iptables_save, parse_nft_json};

use crate::command;
use crate::firewall::{DEADLINE, limitation};

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
        facts.admin_command =
            Some(portdoctor_core::commands::firewall_read_command("linux").into());
    }
    facts.managers = all.managers;
    facts.rules = all.rules;
    facts.policies = all.policies;
    facts
}
