//! A whole check of one target: resolve, then one probe per address, concurrently,
//! each within the deadline, with progress as it goes and a cancel that stops at once.

use std::net::{IpAddr, SocketAddr, SocketAddrV6};
use std::time::Duration;

use portdoctor_core::facts::{Facts, ProbeResult, ResolutionOutcome};
use portdoctor_core::target::Target;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::{dns, env, listeners, tcp};

/// How a check runs.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The deadline of each step (the lookup; each connection attempt).
    pub timeout: Duration,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            timeout: Duration::from_secs(5),
        }
    }
}

/// What a check reports while it runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    Resolving {
        host: String,
    },
    Resolved {
        host: String,
        addresses: Vec<IpAddr>,
    },
    Probing {
        address: String,
        port: u16,
    },
    Probed {
        result: ProbeResult,
    },
}

/// The check was cancelled before it finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the check was cancelled")]
pub struct Cancelled;

/// Runs a check of `target`. `progress` is called from the check's own task.
pub async fn run(
    target: &Target,
    options: &CheckOptions,
    progress: &(dyn Fn(Progress) + Send + Sync),
    cancel: &CancellationToken,
) -> Result<Facts, Cancelled> {
    progress(Progress::Resolving {
        host: target.host.clone(),
    });
    let resolution = tokio::select! {
        r = dns::resolve(&target.host, options.timeout) => r,
        () = cancel.cancelled() => return Err(Cancelled),
    };
    let addresses = match &resolution.outcome {
        ResolutionOutcome::Resolved { addresses } => addresses.clone(),
        _ => Vec::new(),
    };
    progress(Progress::Resolved {
        host: target.host.clone(),
        addresses: addresses.clone(),
    });

    let scope = zone_index(target.zone.as_deref());
    let mut set = JoinSet::new();
    for (i, ip) in addresses.iter().enumerate() {
        let addr = match ip {
            IpAddr::V6(v6) if scope != 0 => {
                SocketAddr::V6(SocketAddrV6::new(*v6, target.port, 0, scope))
            }
            _ => SocketAddr::new(*ip, target.port),
        };
        progress(Progress::Probing {
            address: ip.to_string(),
            port: target.port,
        });
        let timeout = options.timeout;
        set.spawn(async move { (i, tcp::probe(addr, timeout).await) });
    }
    let mut results: Vec<Option<ProbeResult>> = vec![None; addresses.len()];
    loop {
        tokio::select! {
            next = set.join_next() => match next {
                Some(Ok((i, result))) => {
                    progress(Progress::Probed { result: result.clone() });
                    results[i] = Some(result);
                }
                Some(Err(_)) => {}
                None => break,
            },
            () = cancel.cancelled() => {
                set.abort_all();
                return Err(Cancelled);
            }
        }
    }
    // On this computer we can also look at who listens: the answer without guessing.
    let local = addresses.iter().any(|ip| is_this_computer(*ip));
    let listeners = if local {
        let port = target.port;
        let read = tokio::task::spawn_blocking(move || {
            listeners::table(listeners::Query {
                port: Some(port),
                owners: true,
            })
        });
        tokio::select! {
            t = read => t.ok(),
            () = cancel.cancelled() => return Err(Cancelled),
        }
    } else {
        None
    };
    Ok(Facts {
        listeners,
        target: target.clone(),
        resolution,
        addresses: results.into_iter().flatten().collect(),
        timeout_ms: options.timeout.as_millis() as u64,
        environment: env::environment(),
    })
}

/// Whether `ip` is this computer: loopback, or an address of one of its interfaces.
pub fn is_this_computer(ip: IpAddr) -> bool {
    ip.is_loopback()
        || ip.is_unspecified()
        || std::net::UdpSocket::bind(SocketAddr::new(ip, 0)).is_ok()
}

/// The interface index of an IPv6 zone: a number, or an interface name on Unix.
fn zone_index(zone: Option<&str>) -> u32 {
    let Some(zone) = zone else { return 0 };
    if let Ok(n) = zone.parse() {
        return n;
    }
    #[cfg(unix)]
    {
        let Ok(name) = std::ffi::CString::new(zone) else {
            return 0;
        };
        // SAFETY: name is a valid NUL-terminated string for the duration of the call.
        #[allow(unsafe_code)]
        unsafe {
            libc::if_nametoindex(name.as_ptr())
        }
    }
    #[cfg(not(unix))]
    {
        0
    }
}
