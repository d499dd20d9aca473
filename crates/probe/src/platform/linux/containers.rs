//! Linux: the port forwards of containers (the nat table's DNAT rules, from
//! `iptables-save -t nat` and `nft -j list ruleset`) and what listens in the other
//! network namespaces, each read through one of its processes (`/proc/PID/net/tcp`,
//! `tcp6`, `fib_trie`), named by its cgroup. Seeing other users' namespaces and the
//! nat table needs root; without it we say so.

use std::collections::HashSet;
use std::net::IpAddr;
use std::time::Duration;

use portdoctor_core::containers::{
    self, ContainerFacts, Namespace, forwards_from_iptables_save, forwards_from_nft_json,
};

use crate::command;

/// More namespaces than any host runs containers: the scan stops there.
const MAX_NAMESPACES: usize = 4096;

/// The forwards, and the namespaces that matter for `port`: those that listen on it,
/// or that own the address a forward of it leads to.
pub fn read(port: u16, deadline: Duration) -> ContainerFacts {
    let mut facts = ContainerFacts::default();
    let mut iptables_nft = false;
    match command::run("iptables-save", &["-t", "nat"], deadline) {
        Ok(text) => {
            iptables_nft = text.contains("(nf_tables)");
            facts.forwards = forwards_from_iptables_save(&text, "iptables");
        }
        Err(e) => facts
            .limitations
            .extend(e.limitation("iptables-save -t nat", deadline)),
    }
    match command::run("nft", &["-j", "list", "ruleset"], deadline) {
        Ok(text) => {
            for f in forwards_from_nft_json(&text) {
                // iptables-nft's own tables show in both: keep one.
                let seen = facts.forwards.iter().any(|g| {
                    g.ports == f.ports && g.to_address == f.to_address && g.to_port == f.to_port
                });
                if !(seen || iptables_nft && f.text.starts_with("ip nat ")) {
                    facts.forwards.push(f);
                }
            }
        }
        Err(e) => facts.limitations.extend(e.limitation("nft", deadline)),
    }
    let wanted: Vec<(IpAddr, u16)> = facts
        .forwards
        .iter()
        .filter(|f| f.covers(port))
        .filter_map(|f| Some((f.to_address.parse().ok()?, f.destination(port))))
        .collect();
    let (namespaces, hidden) = scan(|ns| {
        !ns.listening_on(port).is_empty()
            || wanted
                .iter()
                .any(|(ip, to)| ns.owns(ip) || !ns.listening_on(*to).is_empty())
    });
    facts.namespaces = namespaces;
    facts.hidden = u32::try_from(hidden).unwrap_or(u32::MAX);
    if hidden > 0 {
        facts.limitations.push(format!(
            "{hidden} processes' network namespaces could not be read (root needed)"
        ));
    }
    facts
}

/// Every network namespace but ours, through its first process; those `keep` wants.
/// Returns them and how many processes could not be looked at.
fn scan(keep: impl Fn(&Namespace) -> bool) -> (Vec<Namespace>, usize) {
    let own = std::fs::read_link("/proc/self/ns/net").ok();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut hidden = 0;
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return (out, 0);
    };
    for entry in dir.flatten() {
        if seen.len() >= MAX_NAMESPACES {
            break;
        }
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let base = entry.path();
        let Ok(ns) = std::fs::read_link(base.join("ns/net")) else {
            hidden += 1;
            continue;
        };
        if Some(&ns) == own.as_ref() || !seen.insert(ns) {
            continue;
        }
        let read = |name: &str| std::fs::read_to_string(base.join(name)).unwrap_or_default();
        let mut listeners = containers::listeners_from_proc_net_tcp(&read("net/tcp"));
        listeners.extend(containers::listeners_from_proc_net_tcp(&read("net/tcp6")));
        let n = Namespace {
            pid,
            process: Some(read("comm").trim().to_string()).filter(|s| !s.is_empty()),
            container: containers::container_from_cgroup(&read("cgroup")),
            addresses: containers::local_addresses_from_fib_trie(&read("net/fib_trie")),
            listeners,
        };
        if keep(&n) {
            out.push(n);
        }
    }
    (out, hidden)
}
