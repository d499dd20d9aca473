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
    /// The proxy settings of this computer.
    Proxy,
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
            Purpose::Proxy => "proxy",
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

/// The characters a word may hold and stay bare in both shells: no glob brackets, no
/// separators, no quotes, no variables.
fn plain(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._:%".contains(c))
}

/// One word for POSIX sh: bare when [`plain`], else in single quotes (read
/// literally), a quote inside written `'\''`.
fn quote_sh(s: &str) -> String {
    if plain(s) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// One word for PowerShell: bare when [`plain`], else in single quotes (read
/// literally), every quote inside doubled: PowerShell ends a single-quoted string at
/// the typographic quotes too (‘ ’ ‚ ‛).
fn quote_ps(s: &str) -> String {
    if plain(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// The commands that repeat a check of `target` by hand.
pub fn for_target(target: &Target) -> Vec<Command> {
    // `--` ends the options where the tool reads it: whatever the host is, it is no
    // option (hosts that start with "-" are refused before they get here anyway).
    let host = quote_sh(&target.host);
    let host_ps = quote_ps(&target.host);
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
            format!("nc -vz -w 5 -- {host} {port}"),
        ),
        cmd(
            CommandOs::Windows,
            Purpose::Connect,
            format!("Test-NetConnection -ComputerName {host_ps} -Port {port}"),
        ),
    ];
    if target.ip().is_none() {
        list.push(cmd(
            CommandOs::Linux,
            Purpose::Resolve,
            format!("getent ahosts -- {host}"),
        ));
        list.push(cmd(
            CommandOs::Macos,
            Purpose::Resolve,
            format!("dscacheutil -q host -a name {host}"),
        ));
        list.push(cmd(
            CommandOs::Windows,
            Purpose::Resolve,
            format!("Resolve-DnsName -Name {host_ps}"),
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
    // Web clients may go through a proxy: where each system keeps its settings.
    if crate::proxy::is_web(target) {
        list.push(cmd(
            CommandOs::Unix,
            Purpose::Proxy,
            "env | grep -i '_proxy='".to_string(),
        ));
        list.push(cmd(
            CommandOs::Macos,
            Purpose::Proxy,
            "scutil --proxy".to_string(),
        ));
        list.push(cmd(
            CommandOs::Windows,
            Purpose::Proxy,
            "Get-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' | Select-Object ProxyEnable, ProxyServer, ProxyOverride, AutoConfigURL".to_string(),
        ));
    }
    // The way this computer sends to the address (an address is needed).
    if let Some(ip) = target.ip() {
        let (ip, ip_ps) = (quote_sh(&ip.to_string()), quote_ps(&ip.to_string()));
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
            format!("Find-NetRoute -RemoteIPAddress {ip_ps}"),
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
        command: format!("portdoctor check -- {}", quote_sh(&target.display_addr())),
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
                .any(|c| c.command == "nc -vz -w 5 -- db1.example.com 5432")
        );
        assert!(list.iter().any(|c| c.command == "Test-NetConnection -ComputerName db1.example.com -Port 5432"));
        assert!(
            list.iter()
                .any(|c| c.command == "getent ahosts -- db1.example.com")
        );
        let Ok(t) = parse_target("[::1]:80") else {
            panic!("parses")
        };
        assert!(!for_target(&t).iter().any(|c| c.purpose == Purpose::Resolve));
    }

    #[test]
    fn odd_characters_are_quoted() {
        assert_eq!(quote_sh("a b"), "'a b'");
        assert_eq!(quote_sh("it's"), "'it'\\''s'");
        assert_eq!(quote_sh("fe80::1%eth0"), "fe80::1%eth0");
        assert_eq!(quote_sh("[::1]:80"), "'[::1]:80'", "no unquoted glob");
        assert_eq!(quote_ps("it's"), "'it''s'");
        assert_eq!(quote_ps("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
        assert_eq!(quote_ps("-x"), "'-x'");
    }

    /// Hosts no parser lets through, to show that quoting holds on its own.
    const HOSTILE: &[&str] = &[
        "db1.example.com",
        "fe80::1%eth0",
        "a b",
        "it's",
        "x;calc",
        "$(calc)",
        "`whoami`",
        "a|b&c",
        "@x",
        "-o.profile",
        "\u{2013}ComputerName",
        "[::1]",
        "*",
        "a,b",
        "#x",
        "x\u{2019};calc;\u{2018}",
        "--%",
        "a\"b",
        "{x}",
        "<x>",
    ];

    fn with_host(host: &str) -> Target {
        let Ok(mut t) = parse_target("db1.example.com:5432") else {
            panic!("parses")
        };
        t.host = host.to_string();
        t
    }

    /// PowerShell's tokenizer in argument mode, for what we generate: words split at
    /// whitespace; a single-quoted string (any of ' ‘ ’ ‚ ‛ opens and closes it, a
    /// doubled one is one quote) is literal. Anything else that PowerShell would read
    /// as more than text — a variable, a subexpression, a separator, a redirection,
    /// an array, a comment, a splat, an escape, a double-quoted string, stop-parsing —
    /// is an error here.
    fn powershell_words(line: &str) -> Result<Vec<String>, String> {
        let quote = |c: char| matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}');
        let mut words = Vec::new();
        let mut chars = line.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                chars.next();
                continue;
            }
            let mut word = String::new();
            let mut quoted = false;
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                chars.next();
                if quote(c) {
                    quoted = true;
                    loop {
                        match chars.next() {
                            Some(q) if quote(q) => {
                                if chars.peek().is_some_and(|n| quote(*n)) {
                                    chars.next();
                                    word.push(q);
                                } else {
                                    break;
                                }
                            }
                            Some(x) => word.push(x),
                            None => return Err(format!("unclosed quote in {line}")),
                        }
                    }
                } else if "$`\";|&(){}<>,@#".contains(c) {
                    return Err(format!("{c:?} would act in {line}"));
                } else {
                    word.push(c);
                }
            }
            if word == "--%" && !quoted {
                return Err(format!("stop-parsing in {line}"));
            }
            words.push(word);
        }
        Ok(words)
    }

    #[test]
    fn every_windows_command_passes_the_host_as_one_literal_word() {
        for host in HOSTILE {
            let t = with_host(host);
            for c in for_target(&t)
                .into_iter()
                .filter(|c| c.os == CommandOs::Windows && c.purpose != Purpose::Firewall)
            {
                // The way to an address names the address, without its zone.
                let host = &match (c.purpose, t.ip()) {
                    (Purpose::Route, Some(ip)) => ip.to_string(),
                    _ => host.to_string(),
                };
                let words = powershell_words(&c.command).unwrap_or_else(|e| panic!("{e}"));
                let (Some(cmdlet), rest) = (words.first(), &words[1..]) else {
                    panic!("empty")
                };
                // A parameter is a bare word that starts with a dash (PowerShell
                // reads the typographic dashes as dashes too); the host is never one.
                if let Some(i) = rest.iter().position(|w| w == host) {
                    let raw = c.command.split_whitespace().nth(i + 1).unwrap_or("");
                    assert!(
                        raw.starts_with('\'') || !raw.starts_with(['-', '\u{2013}', '\u{2014}']),
                        "{}",
                        c.command
                    );
                } else {
                    assert!(
                        ["Get-NetTCPConnection", "netsh", "Get-ItemProperty"]
                            .contains(&cmdlet.as_str()),
                        "{host}: not one word in {}",
                        c.command
                    );
                }
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn every_unix_command_passes_the_host_as_one_literal_word_to_a_real_sh() {
        for host in HOSTILE {
            let t = with_host(host);
            let mut list = for_target(&t);
            list.extend(for_message(&t));
            for c in list.into_iter().filter(|c| {
                matches!(
                    c.os,
                    CommandOs::Unix | CommandOs::Linux | CommandOs::Macos | CommandOs::Any
                ) && c.purpose != Purpose::Firewall
            }) {
                // sh itself splits the command into words (quotes, globs and all),
                // and prints them; nothing runs.
                let script = format!("set -- {}; printf '%s\\0' \"$@\"", c.command);
                let out = std::process::Command::new("sh")
                    .args(["-c", &script])
                    .current_dir(std::env::temp_dir())
                    .output()
                    .unwrap_or_else(|e| panic!("sh: {e}"));
                let words: Vec<String> = String::from_utf8_lossy(&out.stdout)
                    .split('\0')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                let wanted = match c.purpose {
                    Purpose::Check => t.display_addr(),
                    _ => host.to_string(),
                };
                if matches!(
                    c.purpose,
                    Purpose::Connect | Purpose::Resolve | Purpose::Check
                ) {
                    assert!(
                        words.contains(&wanted),
                        "{host}: {:?} from {}",
                        words,
                        c.command
                    );
                    // After "--" where the tool takes it: never an option.
                    let at = words.iter().position(|w| *w == wanted).unwrap_or(0);
                    if c.command.contains(" -- ") {
                        assert_eq!(
                            words.get(at - 1).map(String::as_str),
                            Some("--"),
                            "{}",
                            c.command
                        );
                    }
                }
            }
        }
    }
}
