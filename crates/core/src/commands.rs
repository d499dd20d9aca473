//! The equivalent commands a helpdesk person can run by hand, per OS.
//!
//! These are shown, never run. Hosts are validated before they get here, and are
//! quoted anyway so a copied command does what it says.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::target::Target;

/// A command to copy, and the system it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Command {
    /// `linux`, `macos`, `windows` or `unix` (Linux and macOS).
    pub os: String,
    /// What it checks: `connect`, `resolve`, `listeners`, `firewall`, `reserved-ports`.
    pub purpose: String,
    pub command: String,
}

fn quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._:%[]".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The commands that repeat a check of `target` by hand.
pub fn for_target(target: &Target) -> Vec<Command> {
    let host = quote(&target.host);
    let port = target.port;
    let cmd = |os: &str, purpose: &str, command: String| Command {
        os: os.to_string(),
        purpose: purpose.to_string(),
        command,
    };
    let mut list = vec![
        cmd("unix", "connect", format!("nc -vz -w 5 {host} {port}")),
        cmd(
            "windows",
            "connect",
            format!("Test-NetConnection -ComputerName {host} -Port {port}"),
        ),
    ];
    if target.ip().is_none() {
        list.push(cmd("linux", "resolve", format!("getent ahosts {host}")));
        list.push(cmd(
            "macos",
            "resolve",
            format!("dscacheutil -q host -a name {host}"),
        ));
        list.push(cmd("windows", "resolve", format!("Resolve-DnsName {host}")));
    }
    list.push(cmd(
        "linux",
        "listeners",
        format!("ss -tlnp 'sport = :{port}'"),
    ));
    list.push(cmd(
        "macos",
        "listeners",
        format!("lsof -nP -iTCP:{port} -sTCP:LISTEN"),
    ));
    list.push(cmd(
        "windows",
        "listeners",
        format!("Get-NetTCPConnection -State Listen -LocalPort {port}"),
    ));
    // The firewall, as an admin would read it (read-only commands).
    list.push(cmd(
        "linux",
        "firewall",
        "sudo nft list ruleset; sudo iptables-save".to_string(),
    ));
    list.push(cmd(
        "macos",
        "firewall",
        "sudo pfctl -sr; /usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate --getstealthmode".to_string(),
    ));
    list.push(cmd(
        "windows",
        "firewall",
        format!("Get-NetFirewallPortFilter -Protocol TCP | Where-Object LocalPort -eq {port} | Get-NetFirewallRule"),
    ));
    list.push(cmd(
        "windows",
        "reserved-ports",
        "netsh int ipv4 show excludedportrange protocol=tcp".to_string(),
    ));
    list
}

/// For an explained message: the Port Doctor check of what it names, then the rest.
pub fn for_message(target: &Target) -> Vec<Command> {
    let mut list = vec![Command {
        os: "any".to_string(),
        purpose: "check".to_string(),
        command: format!("portdoctor check {}", quote(&target.display_addr())),
    }];
    list.extend(for_target(target));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::parse_target;

    #[test]
    fn commands_name_the_target() {
        let Ok(t) = parse_target("db1.example.com:5432") else {
            panic!("parses")
        };
        let list = for_target(&t);
        assert!(
            list.iter()
                .any(|c| c.command == "nc -vz -w 5 db1.example.com 5432")
        );
        assert!(list.iter().any(|c| c.command == "Test-NetConnection -ComputerName db1.example.com -Port 5432"));
        assert!(
            list.iter()
                .any(|c| c.command == "getent ahosts db1.example.com")
        );
        let Ok(t) = parse_target("[::1]:80") else {
            panic!("parses")
        };
        assert!(!for_target(&t).iter().any(|c| c.purpose == "resolve"));
    }

    #[test]
    fn odd_characters_are_quoted() {
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), "'it'\\''s'");
        assert_eq!(quote("fe80::1%eth0"), "fe80::1%eth0");
    }
}
