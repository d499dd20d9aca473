//! Whether this computer is WSL's Linux or the Windows that runs WSL, and its
//! network mode from `.wslconfig` (read, never written). Parsing is in
//! [`portdoctor_core::wsl`].

use portdoctor_core::wsl::WslFacts;

/// Inside a WSL distribution: the kernel says so; `.wslconfig` is the Windows user's,
/// under `/mnt/c/Users/*/` (read when exactly one user has one).
#[cfg(target_os = "linux")]
pub fn read() -> Option<WslFacts> {
    use portdoctor_core::wsl::{WslSide, default_gateway, is_wsl_kernel, parse_wslconfig};
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").ok()?;
    if !is_wsl_kernel(&release) {
        return None;
    }
    let configs: Vec<String> = std::fs::read_dir("/mnt/c/Users")
        .map(|d| {
            d.flatten()
                .take(500)
                .filter_map(|u| crate::read_small(&u.path().join(".wslconfig")))
                .collect()
        })
        .unwrap_or_default();
    let config = (configs.len() == 1).then(|| configs[0].clone());
    let (mode, localhost_forwarding) = parse_wslconfig(config.as_deref().unwrap_or(""));
    let route = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    Some(WslFacts {
        side: WslSide::Linux,
        mode,
        localhost_forwarding,
        config_found: config.is_some(),
        windows_host: default_gateway(&route),
    })
}

/// On Windows: only where WSL is installed (`System32\wsl.exe`); `.wslconfig` is in
/// the user's profile.
#[cfg(windows)]
pub fn read() -> Option<WslFacts> {
    use portdoctor_core::wsl::{WslSide, parse_wslconfig};
    let root = std::env::var_os("SystemRoot")?;
    if !std::path::Path::new(&root)
        .join(r"System32\wsl.exe")
        .is_file()
    {
        return None;
    }
    let config = std::env::var_os("USERPROFILE")
        .and_then(|p| crate::read_small(&std::path::Path::new(&p).join(".wslconfig")));
    let (mode, localhost_forwarding) = parse_wslconfig(config.as_deref().unwrap_or(""));
    Some(WslFacts {
        side: WslSide::Windows,
        mode,
        localhost_forwarding,
        config_found: config.is_some(),
        windows_host: None,
    })
}

#[cfg(not(any(target_os = "linux", windows)))]
pub fn read() -> Option<WslFacts> {
    None
}
