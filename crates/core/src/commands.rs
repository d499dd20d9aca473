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
    pub os: CommandOs,
    pub purpose: Purpose,
    pub command: String,
}

/// The systems a command is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum CommandOs {
    /// Linux and macOS.
    Unix,
    Linux,
    Macos,
    Windows,
    /// Wherever Port Doctor runs.
    Any,
}

impl CommandOs {
    /// Whether a command for this system runs on a machine whose `os` is given
    /// (`linux`, `macos`, `windows`, as Rust names them).
    pub fn fits(self, os: &str) -> bool {
        match self {
            CommandOs::Any => true,
            CommandOs::Unix => os == "linux" || os == "macos",
            CommandOs::Linux => os == "linux",
            CommandOs::Macos => os == "macos",
            CommandOs::Windows => os == "windows",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CommandOs::Unix => "unix",
            CommandOs::Linux => "linux",
            CommandOs::Macos => "macos",
            CommandOs::Windows => "windows",
            CommandOs::Any => "any",
        }
    }
}

/// What a command checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// Port Doctor's own check of the target.
    Check,
    Connect,
    Resolve,
    Listeners,
    Firewall,
    ReservedPorts,
    /// The way this computer would send to an address.
    Route,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Check => "check",
            Purpose::Connect => "connect",
            Purpose::Resolve => "resolve",
            Purpose::Listeners => "listeners",
            Purpose::Firewall => "firewall",
            Purpose::ReservedPorts => "reserved-ports",
            Purpose::Route => "route",
        }
    }
}

/// The read-only command that shows this system's firewall rules, as an admin runs it.
pub fn firewall_read_command(os: &str) -> &'static str {
    match os {
        "windows" => "netsh advfirewall firewall show rule name=all dir=in",
        "macos" => "sudo pfctl -sr",
        _ => "sudo nft list ruleset; sudo iptables-save",
    }
}

/// One word for POSIX sh and for PowerShell alike: left as it is when it holds only
/// characters neither shell treats specially (no glob brackets), else in single
/// quotes (which both read literally; a quote inside is only possible in sh's form).
fn quote(s: &str) -> String {
    if !s.is_empty()
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._:%".contains(c))
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
    let cmd = |os: CommandOs, purpose: Purpose, command: String| Command {
        os,
        purpose,
        command,
    };
    let mut list = vec![
        cmd(
            CommandOs::Unix,
            Purpose::Connect,
            format!("nc -vz -w 5 {host} {port}"),
        ),
        cmd(
            CommandOs::Windows,
            Purpose::Connect,
            format!("Test-NetConnection -ComputerName {host} -Port {port}"),
        ),
    ];
    if target.ip().is_none() {
        list.push(cmd(
            CommandOs::Linux,
            Purpose::Resolve,
            format!("getent ahosts {host}"),
        ));
        list.push(cmd(
            CommandOs::Macos,
            Purpose::Resolve,
            format!("dscacheutil -q host -a name {host}"),
        ));
        list.push(cmd(
            CommandOs::Windows,
            Purpose::Resolve,
            format!("Resolve-DnsName {host}"),
        ));
    }
    list.push(cmd(
        CommandOs::Linux,
        Purpose::Listeners,
        format!("ss -tlnp 'sport = :{port}'"),
    ));
    list.push(cmd(
        CommandOs::Macos,
        Purpose::Listeners,
        format!("lsof -nP -iTCP:{port} -sTCP:LISTEN"),
    ));
    list.push(cmd(
        CommandOs::Windows,
        Purpose::Listeners,
        format!("Get-NetTCPConnection -State Listen -LocalPort {port}"),
    ));
    // The way this computer sends to the address (an address is needed).
    if let Some(ip) = target.ip() {
        let ip = quote(&ip.to_string());
        list.push(cmd(
            CommandOs::Linux,
            Purpose::Route,
            format!("ip route get {ip}"),
        ));
        list.push(cmd(
            CommandOs::Macos,
            Purpose::Route,
            format!("route -n get {ip}"),
        ));
        list.push(cmd(
            CommandOs::Windows,
            Purpose::Route,
            format!("Find-NetRoute -RemoteIPAddress {ip}"),
        ));
    }
    // The firewall, as an admin would read it (read-only commands).
    list.push(cmd(
        CommandOs::Linux,
        Purpose::Firewall,
        "sudo nft list ruleset; sudo iptables-save".to_string(),
    ));
    list.push(cmd(CommandOs::Macos,
        Purpose::Firewall,
        "sudo pfctl -sr; /usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate --getstealthmode".to_string(),
    ));
    list.push(cmd(CommandOs::Windows,
        Purpose::Firewall,
        format!("Get-NetFirewallPortFilter -Protocol TCP | Where-Object LocalPort -eq {port} | Get-NetFirewallRule"),
    ));
    list.push(cmd(
        CommandOs::Windows,
        Purpose::ReservedPorts,
        "netsh int ipv4 show excludedportrange protocol=tcp".to_string(),
    ));
    list
}

/// For an explained message: the Port Doctor check of what it names, then the rest.
pub fn for_message(target: &Target) -> Vec<Command> {
    let mut list = vec![Command {
        os: CommandOs::Any,
        purpose: Purpose::Check,
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
        assert!(!for_target(&t).iter().any(|c| c.purpose == Purpose::Resolve));
    }

    #[test]
    fn odd_characters_are_quoted() {
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), "'it'\\''s'");
        assert_eq!(quote("fe80::1%eth0"), "fe80::1%eth0");
        assert_eq!(quote("[::1]:80"), "'[::1]:80'", "no unquoted glob");
    }
}
