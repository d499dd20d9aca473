//! The listening-socket table, per OS behind one function: who listens on which
//! address and port (process, user, queue and backlog where the OS tells).
//!
//! Linux reads netlink sock_diag; Windows `GetExtendedTcpTable`; macOS libproc. The
//! Windows and macOS bytes are decoded in [`parse`], which builds on every OS so its
//! tests run anywhere.

use portdoctor_core::local::ListenerTable;

pub mod parse;

use crate::platform::{Platform, This};

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
    This::adopt_owners(table, pids);
}

/// Reads the listening TCP sockets.
pub fn table(query: Query) -> ListenerTable {
    This::listener_table(query)
}
