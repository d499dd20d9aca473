//! The listening-socket table, per OS behind one function: who listens on which
//! address and port (process, user, queue and backlog where the OS tells).
//!
//! Linux reads netlink sock_diag; Windows `GetExtendedTcpTable`; macOS libproc. The
//! Windows and macOS bytes are decoded in [`parse`], which builds on every OS so its
//! tests run anywhere.

use portdoctor_core::local::ListenerTable;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
pub mod parse;
#[cfg(windows)]
mod windows;

/// What to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query {
    /// Only this port (on Linux the kernel filters and the owner scan stops early;
    /// Windows and macOS read everything and filter afterwards).
    pub port: Option<u16>,
    /// Look up owning processes (PID, name, path).
    pub owners: bool,
    /// With `owners`: look them up only for listeners on these ports (inclusive).
    /// Linux scans /proc for owners, so a narrow scope is much cheaper.
    pub owner_ports: Option<(u16, u16)>,
}

/// Finds the listeners of these processes and fills in their owner (Linux: reads only
/// these processes' descriptors; elsewhere the table has every owner already).
pub fn adopt(table: &mut ListenerTable, pids: &[u32]) {
    #[cfg(target_os = "linux")]
    linux::adopt(table, pids);
    #[cfg(not(target_os = "linux"))]
    let _ = (table, pids);
}

/// Reads the listening TCP sockets.
pub fn table(query: Query) -> ListenerTable {
    #[cfg(target_os = "linux")]
    {
        linux::table(query)
    }
    #[cfg(windows)]
    {
        windows::table(query)
    }
    #[cfg(target_os = "macos")]
    {
        macos::table(query)
    }
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    {
        let _ = query;
        ListenerTable {
            source: "none".to_string(),
            limitation: Some(format!(
                "reading listeners is not built for {} yet",
                std::env::consts::OS
            )),
            ..ListenerTable::default()
        }
    }
}
