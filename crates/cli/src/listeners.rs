//! `portdoctor listeners`: the ss/netstat view, grouped by program, in plain words.

use std::collections::BTreeMap;
use std::io::Write;

use portdoctor_core::evidence::Owner;
use portdoctor_core::local::{Listener, ListenerTable};
use portdoctor_core::target::parse_port_number;
use portdoctor_probe::listeners::{self, Query};

use crate::app::{Outcome, catalog, target_error};
use crate::cli::ListenersArgs;
use crate::exit;

pub fn run(args: ListenersArgs) -> Outcome {
    let c = catalog(args.lang.as_deref());
    let port = match &args.port {
        Some(p) => Some(parse_port_number(p.trim()).map_err(|e| target_error(&c, &e))?),
        None => None,
    };
    let table = listeners::table(Query {
        port,
        owners: true,
        owner_ports: None,
    });
    let text = if args.json {
        serde_json::to_string_pretty(&table).unwrap_or_default() + "\n"
    } else {
        // A process name or path may hold escape sequences: shown, never obeyed.
        portdoctor_core::escape::visible(&render(&table, port, &c)).into_owned()
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    Ok(if table.listeners.is_empty() {
        exit::PROBLEM
    } else {
        exit::OK
    })
}

fn render(table: &ListenerTable, port: Option<u16>, c: &portdoctor_core::Catalog) -> String {
    let mut out = String::new();
    if let Some(why) = &table.limitation {
        out.push_str(&c.get("listeners-limited", &[("detail", why)]));
        out.push('\n');
    }
    if table.listeners.is_empty() {
        let line = match port {
            Some(p) => c.get("listeners-none-on-port", &[("port", &p.to_string())]),
            None => c.get("listeners-none", &[]),
        };
        return out + &line + "\n";
    }
    // Group by program (PID), then list its addresses.
    let mut groups: BTreeMap<(String, u32), Vec<&Listener>> = BTreeMap::new();
    for l in &table.listeners {
        let name = l.process.clone().unwrap_or_else(|| {
            let user = l.user.clone().or(l.uid.map(|u| u.to_string()));
            match (user, l.pid) {
                _ if l.owner_unknown() => c.get("listeners-owner-unknown", &[]),
                (Some(user), _) => c.get("listeners-unknown-program", &[("user", &user)]),
                (None, Some(pid)) => c.get("listeners-program-pid", &[("pid", &pid.to_string())]),
                (None, None) => c.get("listeners-owner-hidden", &[]),
            }
        });
        groups
            .entry((name, l.pid.unwrap_or(0)))
            .or_default()
            .push(l);
    }
    for ((name, _), list) in &groups {
        let first = list[0];
        let owner = if first.process.is_some() {
            c.owner(&Owner::of(first))
        } else {
            String::new()
        };
        let exe = first
            .exe
            .as_deref()
            .map(|e| format!(" — {e}"))
            .unwrap_or_default();
        let owner = if owner.is_empty() {
            owner
        } else {
            format!(" {owner}")
        };
        out.push_str(&format!("{name}{owner}{exe}\n"));
        for l in list {
            let reach = if l.is_loopback_only() {
                c.get("listeners-reach-local", &[])
            } else if l.is_wildcard() {
                c.get("listeners-reach-network", &[])
            } else {
                c.get("listeners-reach-address", &[("address", &l.address)])
            };
            let queue = match (l.accept_queue, l.backlog) {
                (Some(q), Some(b)) => c.get(
                    "listeners-queue",
                    &[("waiting", &q.to_string()), ("backlog", &b.to_string())],
                ),
                _ => String::new(),
            };
            out.push_str(&format!(
                "  {:<28} {:<36} {queue}\n",
                l.display_addr(),
                reach
            ));
        }
    }
    if table.hidden_owners > 0 {
        // As admin, a hidden owner lives outside what this system shows us (another
        // container's processes); otherwise admin rights would show it.
        let key = if portdoctor_probe::env::is_privileged() {
            "listeners-hidden-admin"
        } else {
            "listeners-hidden"
        };
        out.push_str(&c.get(key, &[("count", &table.hidden_owners.to_string())]));
        out.push('\n');
    }
    let unknown = table.unknown_owners();
    if unknown > 0 {
        out.push_str(&c.get("listeners-unknown", &[("count", &unknown.to_string())]));
        out.push('\n');
    }
    out
}
