//! A whole check of one target: resolve, then one probe per address, concurrently,
//! each within the deadline, with progress as it goes and a cancel that stops at once.

use std::net::{IpAddr, SocketAddr, SocketAddrV6};
use std::time::Duration;

use portdoctor_core::facts::{Facts, ProbeOutcome, ProbeResult, ResolutionOutcome};
use portdoctor_core::local::{ListenerTable, QueueFacts, ServiceFacts};
use portdoctor_core::path::TraceResult;
use portdoctor_core::services;
use portdoctor_core::target::{PortSource, Target};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::{bind, dns, env, firewall, listeners, ping, processes, proxy, queue, tcp, trace};

/// How a check runs.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The deadline of each step (the lookup; each connection attempt).
    pub timeout: Duration,
    /// The service the user expects on the port (a name like `postgres`), when given.
    pub service: Option<String>,
    /// Ping the target, and trace the way to an address that times out.
    pub path: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            timeout: Duration::from_secs(5),
            service: None,
            path: true,
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
    Tracing {
        address: String,
    },
    /// The trace is done; `stopped_at` is the last router before silence, if any.
    Traced {
        address: String,
        stopped_at: Option<String>,
    },
    Pinged {
        address: String,
        reply: bool,
    },
    /// Looking at this computer: listeners, programs, firewall, queue counters.
    Inspecting,
    Inspected,
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

    let local = addresses.iter().any(|ip| is_this_computer(*ip));
    // A web client may go through a proxy: its settings, and one look at the proxy
    // that applies, alongside the probes.
    let proxy_task = portdoctor_core::proxy::is_web(target).then(|| {
        let (target, timeout) = (target.clone(), options.timeout);
        tokio::spawn(async move {
            let mut p = tokio::task::spawn_blocking(move || proxy::settings(timeout))
                .await
                .unwrap_or_default();
            proxy::look(&mut p, &target, timeout).await;
            p
        })
    });
    // Read before the probes: did our own attempt overflow a listen queue?
    let counters_before = if local { queue::counters() } else { None };
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
    // One ping alongside the probes: cheap, and it tells "the computer is there".
    let ping_task = match (options.path, addresses.first()) {
        (true, Some(ip)) => {
            let (ip, timeout) = (*ip, options.timeout.min(Duration::from_secs(3)));
            Some(tokio::spawn(async move { ping::ping(ip, timeout).await }))
        }
        _ => None,
    };
    let mut results: Vec<Option<ProbeResult>> = vec![None; addresses.len()];
    // An address still silent after a moment is traced while its probe waits, so the
    // answer comes within the deadline (plus the trace's margin), not after it.
    let may_trace =
        options.path && !local && crate::platform::can(portdoctor_core::facts::Capability::Trace);
    let grace = (options.timeout / 5).min(Duration::from_secs(1));
    let trace_deadline = options
        .timeout
        .saturating_sub(grace)
        .clamp(Duration::from_millis(200), Duration::from_secs(3));
    let trace_at = tokio::time::sleep(grace);
    tokio::pin!(trace_at);
    let mut early_trace: Option<(IpAddr, tokio::task::JoinHandle<TraceResult>)> = None;
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
            () = &mut trace_at, if may_trace && early_trace.is_none() => {
                if let Some(i) = results.iter().position(Option::is_none) {
                    let ip = addresses[i];
                    progress(Progress::Tracing { address: ip.to_string() });
                    let port = target.port;
                    early_trace = Some((
                        ip,
                        tokio::spawn(async move { trace::trace(ip, port, trace_deadline).await }),
                    ));
                }
            }
            () = cancel.cancelled() => {
                set.abort_all();
                if let Some((_, t)) = &early_trace {
                    t.abort();
                }
                return Err(Cancelled);
            }
        }
    }
    // On this computer we can also look at who listens and what runs: the answer
    // without guessing.
    let queue_facts = counters_before
        .zip(queue::counters())
        .map(|(before, after)| QueueFacts {
            before,
            after,
            somaxconn: queue::somaxconn(),
        });
    // Our own firewall matters for every check (it may stop our outgoing attempt);
    // for this computer as the target, it also guards the server.
    progress(Progress::Inspecting);
    let port = target.port;
    let firewall_read = tokio::task::spawn_blocking(move || firewall::read(port));
    let Local {
        listeners,
        service,
        bind_test,
        containers,
        wsl,
    } = if local {
        let expected = expected_service(target, options.service.as_deref());
        let port = target.port;
        let read = tokio::task::spawn_blocking(move || {
            let service = expected.and_then(|(label, named)| processes::service(label, named));
            // Owners only for what the report keeps: near the port, and the expected
            // service's own listeners (found from its processes).
            let mut table = listeners::table(listeners::Query {
                port: None,
                owners: true,
                owner_ports: Some((
                    port.saturating_sub(NEAR_PORTS),
                    port.saturating_add(NEAR_PORTS),
                )),
            });
            if let Some(s) = &service {
                listeners::adopt(
                    &mut table,
                    &s.running.iter().map(|p| p.pid).collect::<Vec<_>>(),
                );
            }
            // Nothing listens on the port: could a server open it, the way most do
            // (every IPv4 address)?
            let bind_test = (table.limitation.is_none()
                && !table.listeners.iter().any(|l| l.port == port))
            .then(|| bind::test(IpAddr::from([0, 0, 0, 0]), port, None));
            // Containers: a forward of the port, or a program on it in a namespace.
            let containers = <crate::platform::This as crate::platform::Platform>::containers(
                port,
                Duration::from_secs(3),
            )
            .filter(|c| {
                !c.forwards.is_empty() || !c.namespaces.is_empty() || !c.limitations.is_empty()
            });
            Local {
                listeners: Some(relevant(table, port, service.as_ref())),
                service,
                bind_test,
                containers,
                wsl: crate::wsl::read(),
            }
        });
        tokio::select! {
            t = read => t.unwrap_or_default(),
            () = cancel.cancelled() => return Err(Cancelled),
        }
    } else {
        Local::default()
    };
    let results: Vec<ProbeResult> = results.into_iter().flatten().collect();
    let ping_result = match ping_task {
        Some(t) => tokio::select! {
            r = t => r.ok(),
            () = cancel.cancelled() => return Err(Cancelled),
        },
        None => None,
    };
    if let Some(p) = &ping_result {
        progress(Progress::Pinged {
            address: p.address.clone(),
            reply: p.outcome == portdoctor_core::path::PingOutcome::Reply,
        });
    }
    // Where do the packets stop? Only for an address that got no answer at all.
    let silent = results.iter().find(|r| {
        r.outcome == ProbeOutcome::Timeout
            || (r.outcome == ProbeOutcome::Unreachable
                && r.detail.as_ref().is_none_or(|d| d.icmp.is_none()))
    });
    let silent_ip = silent.and_then(|r| r.ip());
    let early = match early_trace {
        Some((ip, handle)) if Some(ip) == silent_ip => Some(handle),
        Some((_, handle)) => {
            // The address answered after all: its trace is not needed.
            handle.abort();
            None
        }
        None => None,
    };
    let trace_result = match silent_ip {
        Some(ip) if may_trace => {
            let t = match early {
                Some(handle) => tokio::select! {
                    t = handle => match t {
                        Ok(t) => t,
                        Err(_) => trace::nothing(ip, target.port),
                    },
                    () = cancel.cancelled() => return Err(Cancelled),
                },
                None => {
                    progress(Progress::Tracing {
                        address: ip.to_string(),
                    });
                    tokio::select! {
                        t = trace::trace(ip, target.port, trace_deadline) => t,
                        () = cancel.cancelled() => return Err(Cancelled),
                    }
                }
            };
            let stopped_at = t
                .last_answer_before_silence()
                .and_then(|h| h.address.clone());
            progress(Progress::Traced {
                address: ip.to_string(),
                stopped_at,
            });
            Some(t)
        }
        _ => None,
    };
    let firewall = tokio::select! {
        f = firewall_read => f.ok(),
        () = cancel.cancelled() => return Err(Cancelled),
    };
    let proxy_facts = match proxy_task {
        Some(t) => tokio::select! {
            p = t => p.ok().filter(|p| !p.settings.is_empty() || !p.pac.is_empty() || !p.limitations.is_empty()),
            () = cancel.cancelled() => return Err(Cancelled),
        },
        None => None,
    };
    progress(Progress::Inspected);
    Ok(Facts {
        firewall,
        listeners,
        service,
        bind: bind_test,
        queue: queue_facts,
        target: target.clone(),
        resolution,
        addresses: results,
        ping: ping_result,
        trace: trace_result,
        proxy: proxy_facts,
        containers,
        wsl,
        timeout_ms: options.timeout.as_millis() as u64,
        environment: env::environment(),
    })
}

/// What a check reads of this computer when the target is one of its addresses.
#[derive(Default)]
struct Local {
    listeners: Option<ListenerTable>,
    service: Option<ServiceFacts>,
    bind_test: Option<portdoctor_core::local::BindTest>,
    containers: Option<portdoctor_core::containers::ContainerFacts>,
    wsl: Option<portdoctor_core::wsl::WslFacts>,
}

/// The service to expect: named by the user (option, "db1 postgres", a URL scheme),
/// else guessed from the port. Returns its label and whether the user named it.
fn expected_service(target: &Target, option: Option<&str>) -> Option<(&'static str, bool)> {
    let named = option.or(match &target.port_source {
        PortSource::Service { service } => Some(service.as_str()),
        PortSource::Scheme { scheme } => Some(scheme.as_str()),
        _ => None,
    });
    match named.and_then(services::by_name) {
        Some(s) => Some((s.label, true)),
        None => services::by_port(target.port)
            .filter(|s| !services::GENERIC.contains(&s.label))
            .map(|s| (s.label, false)),
    }
}

/// Keeps what the rules need and no more (a report should not list every program on
/// the machine): the target port, ports near it, and the expected service's ports.
fn relevant(mut table: ListenerTable, port: u16, service: Option<&ServiceFacts>) -> ListenerTable {
    let pids: Vec<u32> = service
        .map(|s| s.running.iter().map(|p| p.pid).collect())
        .unwrap_or_default();
    table.listeners.retain(|l| {
        l.port.abs_diff(port) <= NEAR_PORTS || l.pid.is_some_and(|pid| pids.contains(&pid))
    });
    table.count_hidden_owners();
    table
}

/// How far from the asked port a listener counts as "maybe the one you meant": dev
/// servers move up by one or two when their port is busy (3000 → 3001, 5173 → 5174).
pub const NEAR_PORTS: u16 = 3;

/// Whether `ip` is this computer: loopback, or an address of one of its interfaces.
pub fn is_this_computer(ip: IpAddr) -> bool {
    use crate::platform::{Platform, This};
    ip.is_loopback()
        || ip.is_unspecified()
        || match This::local_addresses() {
            Some(own) => own.contains(&ip),
            None => std::net::UdpSocket::bind(SocketAddr::new(ip, 0)).is_ok(),
        }
}

/// The interface index of an IPv6 zone: a number, or an interface name.
fn zone_index(zone: Option<&str>) -> u32 {
    let Some(zone) = zone else { return 0 };
    zone.parse()
        .unwrap_or_else(|_| <crate::platform::This as crate::platform::Platform>::scope_id(zone))
}
