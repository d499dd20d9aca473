//! WSL (Windows Subsystem for Linux): which side of it a check runs on, and how its
//! network is set up. In NAT mode (the default) Linux has a network of its own:
//! Windows reaches a Linux program at `localhost` only while localhost forwarding is
//! on, and Linux reaches a Windows program not at `localhost` but at the Windows
//! host's address (Linux's default gateway). In mirrored mode (`networkingMode=
//! mirrored`, Windows 11 22H2+) both sides share `localhost`. Pure: the probe hands
//! over `.wslconfig`, the kernel's release and `/proc/net/route`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which side of WSL the check ran on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum WslSide {
    /// Inside a WSL Linux distribution.
    Linux,
    /// On the Windows that runs WSL.
    Windows,
}

/// `networkingMode` of `.wslconfig`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum WslMode {
    /// The default: Linux behind a NAT of its own.
    Nat,
    /// Linux shares Windows' interfaces, `localhost` included.
    Mirrored,
    /// Another mode (`bridged`, `virtioproxy`, `none`), named as written.
    Other,
}

/// What a check learnt of WSL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WslFacts {
    pub side: WslSide,
    pub mode: WslMode,
    /// `localhostForwarding` (true unless `.wslconfig` says false; NAT mode only).
    pub localhost_forwarding: bool,
    /// Whether a `.wslconfig` was read (else the defaults).
    pub config_found: bool,
    /// Inside Linux in NAT mode: the Windows host's address (the default gateway).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub windows_host: Option<String>,
}

/// The two settings of `.wslconfig` that decide the network, from its `[wsl2]`
/// section (keys are read case-insensitively, as WSL does).
pub fn parse_wslconfig(text: &str) -> (WslMode, bool) {
    let mut section = String::new();
    let (mut mode, mut forwarding) = (WslMode::Nat, true);
    for line in text.lines().take(2000) {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_ascii_lowercase();
            continue;
        }
        if section != "wsl2" {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value
            .split(['#', ';'])
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        match key.trim().to_ascii_lowercase().as_str() {
            "networkingmode" => {
                mode = match value.to_ascii_lowercase().as_str() {
                    "nat" => WslMode::Nat,
                    "mirrored" => WslMode::Mirrored,
                    _ => WslMode::Other,
                }
            }
            "localhostforwarding" => forwarding = !value.eq_ignore_ascii_case("false"),
            _ => {}
        }
    }
    (mode, forwarding)
}

/// Whether the kernel is WSL's (`/proc/sys/kernel/osrelease`:
/// `5.15.153.1-microsoft-standard-WSL2`).
pub fn is_wsl_kernel(release: &str) -> bool {
    let r = release.to_ascii_lowercase();
    r.contains("microsoft") || r.contains("wsl")
}

/// The default gateway of `/proc/net/route` (the Windows host, in NAT mode).
pub fn default_gateway(route: &str) -> Option<String> {
    route.lines().skip(1).take(10_000).find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.get(1) != Some(&"00000000") {
            return None;
        }
        let gw = u32::from_str_radix(f.get(2)?, 16).ok()?;
        (gw != 0).then(|| std::net::Ipv4Addr::from(gw.to_le_bytes()).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `.wslconfig` as Microsoft's documentation shows it (learn.microsoft.com,
    /// "Advanced settings configuration in WSL").
    const MIRRORED: &str = "# Settings apply across all Linux distros running on WSL 2\n[wsl2]\nmemory=4GB\nnetworkingMode=mirrored\ndnsTunneling=true\n\n[experimental]\nautoMemoryReclaim=gradual\n";

    #[test]
    fn wslconfig_modes_and_forwarding() {
        assert_eq!(parse_wslconfig(MIRRORED), (WslMode::Mirrored, true));
        assert_eq!(parse_wslconfig(""), (WslMode::Nat, true), "the defaults");
        assert_eq!(
            parse_wslconfig("[wsl2]\nlocalhostForwarding=false\n"),
            (WslMode::Nat, false)
        );
        assert_eq!(
            parse_wslconfig("[WSL2]\nNetworkingMode = Bridged # old\n"),
            (WslMode::Other, true)
        );
        // Only [wsl2] counts.
        assert_eq!(
            parse_wslconfig("[experimental]\nnetworkingMode=mirrored\n"),
            (WslMode::Nat, true)
        );
    }

    #[test]
    fn the_wsl_kernel_and_the_windows_host() {
        assert!(is_wsl_kernel("5.15.153.1-microsoft-standard-WSL2"));
        assert!(!is_wsl_kernel("6.1.0-18-amd64"));
        // /proc/net/route in WSL 2's NAT mode: the default route via 172.29.0.1.
        let route = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\neth0\t00000000\t01001DAC\t0003\t0\t0\t0\t00000000\t0\t0\t0\neth0\t00001DAC\t00000000\t0001\t0\t0\t0\t0000F0FF\t0\t0\t0\n";
        assert_eq!(default_gateway(route).as_deref(), Some("172.29.0.1"));
        assert_eq!(default_gateway("Iface\tDestination\n"), None);
    }
}
