//! Windows: the port ranges the system excluded (Hyper-V, WSL, WinNAT).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use portdoctor_core::local::parse_excluded_port_ranges;

/// Windows has no API for the excluded ranges (Hyper-V, WinNAT): netsh prints
/// them; we read only the numeric rows. Fixed arguments, a deadline.
pub fn excluded_range(port: u16) -> Option<(u16, u16)> {
    for family in ["ipv4", "ipv6"] {
        let mut child = Command::new(crate::command::system_tool("netsh")?)
            .args(["int", family, "show", "excludedportrange", "protocol=tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if let Ok(None) = child.try_wait() {
            let _ = child.kill();
            return None;
        }
        let out = child.wait_with_output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        if let Some(r) = parse_excluded_port_ranges(&text)
            .into_iter()
            .find(|(a, b)| (*a..=*b).contains(&port))
        {
            return Some(r);
        }
    }
    None
}
