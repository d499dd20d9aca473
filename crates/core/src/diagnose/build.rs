//! A small builder of [`Facts`] for the rules' tests: a target, then what each check
//! saw, in a line each.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::IpAddr;

use crate::catalog::Catalog;
use crate::facts::{
    Environment, Facts, Family, IcmpKind, IcmpReport, LocalErrorKind, ProbeDetail, ProbeOutcome,
    ProbeResult, Resolution, ResolutionOutcome, ResolutionSource, UnreachableKind,
};
use crate::finding::Finding;
use crate::firewall::{ChainPolicy, FirewallFacts, FirewallRule, RuleAction};
use crate::local::{
    BindOutcome, BindTest, Listener, ListenerTable, ProcessInfo, QueueCounters, QueueFacts,
    ServiceFacts,
};
use crate::path::{Hop, HopKind, PingOutcome, PingResult, TraceResult};
use crate::proxy::{ConnectOutcome, ProxyConnect, ProxyFacts};
use crate::target::parse_target;

/// Facts under construction.
pub struct Build(pub Facts);

/// Starts with the target as typed; the name resolves to nothing yet.
pub fn target(input: &str) -> Build {
    let target = parse_target(input).expect("a valid target");
    let literal = target.ip().is_some();
    Build(Facts {
        resolution: Resolution {
            source: if literal {
                ResolutionSource::Literal
            } else {
                ResolutionSource::System
            },
            outcome: ResolutionOutcome::Resolved {
                addresses: target.ip().into_iter().collect(),
            },
            elapsed_ms: 2.0,
        },
        addresses: Vec::new(),
        target,
        timeout_ms: 5000,
        listeners: None,
        service: None,
        bind: None,
        queue: None,
        firewall: None,
        ping: None,
        trace: None,
        proxy: None,
        containers: None,
        wsl: None,
        environment: Environment {
            os: "linux".into(),
            privileged: false,
            not_on_this_system: Vec::new(),
        },
    })
}

impl Build {
    /// The lookup's outcome.
    pub fn resolved(mut self, outcome: ResolutionOutcome) -> Build {
        self.0.resolution.source = ResolutionSource::System;
        self.0.resolution.outcome = outcome;
        self
    }

    /// One connection attempt; a name resolves to every address tried.
    pub fn probe(self, address: &str, outcome: ProbeOutcome) -> Build {
        self.probe_with(address, outcome, None)
    }

    pub fn probe_with(
        mut self,
        address: &str,
        outcome: ProbeOutcome,
        detail: Option<ProbeDetail>,
    ) -> Build {
        let ip: IpAddr = address.parse().expect("an address");
        if let ResolutionOutcome::Resolved { addresses } = &mut self.0.resolution.outcome
            && !addresses.contains(&ip)
        {
            addresses.push(ip);
        }
        self.0.addresses.push(ProbeResult {
            address: address.to_string(),
            family: Family::of(&ip),
            port: self.0.target.port,
            outcome,
            elapsed_ms: if outcome == ProbeOutcome::Timeout {
                5000.0
            } else {
                0.3
            },
            detail,
        });
        self
    }

    /// A refusal by an ICMP message from `sender`.
    pub fn icmp(self, address: &str, outcome: ProbeOutcome, kind: IcmpKind, sender: &str) -> Build {
        let (t, c) = match kind {
            IcmpKind::PortUnreachable => (3, 3),
            IcmpKind::AdminProhibited => (3, 13),
            IcmpKind::HostUnreachable => (3, 1),
            IcmpKind::NetworkUnreachable => (3, 0),
            _ => (11, 0),
        };
        let detail = ProbeDetail {
            icmp: Some(IcmpReport {
                sender: sender.into(),
                kind,
                icmp_type: t,
                icmp_code: c,
                from_this_computer: false,
            }),
            unreachable: (outcome == ProbeOutcome::Unreachable).then_some(UnreachableKind::Unknown),
            ..ProbeDetail::default()
        };
        self.probe_with(address, outcome, Some(detail))
    }

    /// An attempt this computer stopped before it left.
    pub fn local_error(self, address: &str, kind: LocalErrorKind) -> Build {
        let detail = ProbeDetail {
            local: Some(kind),
            ..ProbeDetail::default()
        };
        self.probe_with(address, ProbeOutcome::LocalError, Some(detail))
    }

    /// The listener table was read (this computer), empty so far.
    pub fn table(mut self) -> Build {
        self.0.listeners.get_or_insert_with(|| ListenerTable {
            source: "sock_diag".into(),
            ..ListenerTable::default()
        });
        self
    }

    /// A listener in the table, with its owner when given.
    pub fn listener(mut self, address: &str, port: u16, owner: Option<(&str, u32)>) -> Build {
        self = self.table();
        let ip: IpAddr = address.parse().expect("an address");
        let mut l = Listener::new(address, port, Family::of(&ip));
        if let Some((process, pid)) = owner {
            l.process = Some(process.into());
            l.pid = Some(pid);
        }
        if let Some(t) = self.0.listeners.as_mut() {
            t.listeners.push(l);
        }
        self
    }

    /// The last listener's queue: `waiting` of `backlog`.
    pub fn queue(mut self, waiting: u32, backlog: u32) -> Build {
        if let Some(l) = self
            .0
            .listeners
            .as_mut()
            .and_then(|t| t.listeners.last_mut())
        {
            l.accept_queue = Some(waiting);
            l.backlog = Some(backlog);
        }
        self
    }

    /// Listen-queue overflows counted while we probed.
    pub fn overflows(mut self, dropped: u64) -> Build {
        self.0.queue = Some(QueueFacts {
            before: QueueCounters {
                listen_overflows: 10,
                listen_drops: 10,
            },
            after: QueueCounters {
                listen_overflows: 10 + dropped,
                listen_drops: 10 + dropped,
            },
            somaxconn: Some(4096),
        });
        self
    }

    /// Owners of `n` listeners were hidden from us.
    pub fn hidden_owners(mut self, n: usize) -> Build {
        self = self.table();
        if let Some(t) = self.0.listeners.as_mut() {
            t.hidden_owners = n;
        }
        self
    }

    /// The expected service, and which of its programs run.
    pub fn service(mut self, name: &str, named_by_user: bool, running: &[(&str, u32)]) -> Build {
        self.0.service = Some(ServiceFacts {
            name: name.into(),
            named_by_user,
            programs: vec![name.to_ascii_lowercase()],
            running: running
                .iter()
                .map(|(n, pid)| ProcessInfo {
                    pid: *pid,
                    name: (*n).into(),
                    exe: None,
                    user: None,
                })
                .collect(),
        });
        self
    }

    /// The bind test's outcome.
    pub fn bind(mut self, outcome: BindOutcome) -> Build {
        self.0.bind = Some(BindTest {
            address: "0.0.0.0".into(),
            port: self.0.target.port,
            outcome,
            error: None,
            unprivileged_port_start: Some(1024),
            reserved_range: (outcome == BindOutcome::Reserved).then_some((50000, 50059)),
        });
        self
    }

    /// This computer's firewall, read, with these rules (hook, action) for the port.
    pub fn firewall(mut self, rules: &[(&str, RuleAction)]) -> Build {
        let port = self.0.target.port;
        self.0.firewall = Some(FirewallFacts {
            sources: vec!["nftables".into()],
            rules: rules
                .iter()
                .map(|(hook, action)| FirewallRule {
                    source: "nftables".into(),
                    table: "inet filter".into(),
                    chain: (*hook).into(),
                    hook: Some((*hook).into()),
                    ports: Some(vec![(port, port)]),
                    interface: None,
                    conditions: Vec::new(),
                    action: action.clone(),
                    text: format!("tcp dport {port} {}", action.label()),
                })
                .collect(),
            ..FirewallFacts::default()
        });
        self
    }

    /// A drop policy on a hook of this computer's firewall.
    pub fn drop_policy(mut self, hook: &str) -> Build {
        self = self.firewall(&[]);
        if let Some(fw) = self.0.firewall.as_mut() {
            fw.policies.push(ChainPolicy {
                source: "nftables".into(),
                table: "inet filter".into(),
                chain: hook.into(),
                hook: hook.into(),
                policy: "drop".into(),
            });
        }
        self
    }

    /// The firewall could not be read.
    pub fn firewall_unreadable(mut self) -> Build {
        self.0.firewall = Some(FirewallFacts {
            limitations: vec!["nft: Operation not permitted".into()],
            ..FirewallFacts::default()
        });
        self
    }

    /// An environment proxy (`variable` = `address`) that applies to the target, what
    /// one attempt to it said, and what it answered to CONNECT.
    pub fn proxy(
        mut self,
        variable: &str,
        address: &str,
        outcome: ProbeOutcome,
        connect: Option<(ConnectOutcome, Option<u16>, &str)>,
    ) -> Build {
        let url = format!("http://{address}");
        let settings = crate::proxy::from_env([(variable, url.as_str())]);
        let applies = crate::proxy::applies(&settings, &self.0.target);
        let setting = settings.first().expect("a proxy");
        self.0.proxy = Some(ProxyFacts {
            probe: Some(ProbeResult {
                address: setting.host.clone(),
                family: Family::Ipv4,
                port: setting.port,
                outcome,
                elapsed_ms: 0.4,
                detail: None,
            }),
            connect: connect.map(|(outcome, status, line)| ProxyConnect {
                outcome,
                status,
                status_line: Some(line.to_string()),
                elapsed_ms: 3.0,
            }),
            settings,
            applies,
            ..ProxyFacts::default()
        });
        self
    }

    /// A firewall whose interface gives no answer here (Wine's COM firewall).
    pub fn firewall_unavailable(mut self) -> Build {
        self.0.firewall = Some(FirewallFacts {
            limitations: vec!["Windows Firewall: profiles: Not implemented. (0x80004001)".into()],
            unavailable: true,
            ..FirewallFacts::default()
        });
        self
    }

    /// Ping of the first address.
    pub fn ping(mut self, outcome: PingOutcome) -> Build {
        let address = self
            .0
            .addresses
            .first()
            .map_or_else(|| self.0.target.host.clone(), |p| p.address.clone());
        self.0.ping = Some(PingResult {
            address,
            method: "icmp".into(),
            outcome,
            rtt_ms: (outcome == PingOutcome::Reply).then_some(1.5),
        });
        self
    }

    /// A trace that got answers from these routers, then silence.
    pub fn trace_silent_after(mut self, routers: &[&str]) -> Build {
        let address = self
            .0
            .addresses
            .first()
            .map(|p| p.address.clone())
            .unwrap_or_default();
        let mut hops: Vec<Hop> = routers
            .iter()
            .enumerate()
            .map(|(i, r)| Hop {
                ttl: u8::try_from(i + 1).unwrap_or(u8::MAX),
                address: Some((*r).into()),
                kind: HopKind::Router,
                rtt_ms: Some(1.0),
            })
            .collect();
        for ttl in routers.len() + 1..routers.len() + 4 {
            hops.push(Hop {
                ttl: u8::try_from(ttl).unwrap_or(u8::MAX),
                address: None,
                kind: HopKind::Silent,
                rtt_ms: None,
            });
        }
        self.0.trace = Some(TraceResult {
            address,
            port: self.0.target.port,
            hops,
            limitation: None,
        });
        self
    }

    pub fn privileged(mut self) -> Build {
        self.0.environment.privileged = true;
        self
    }

    /// Diagnoses, and proves every sentence of every finding formats, in every language.
    pub fn diagnose(self) -> Vec<Finding> {
        let findings = super::diagnose(&self.0);
        assert!(!findings.is_empty(), "no finding at all");
        for lang in crate::catalog::languages() {
            let c = Catalog::shared(lang);
            for f in &findings {
                c.explains_fully(f)
                    .unwrap_or_else(|e| panic!("{lang}: {e}"));
            }
        }
        findings
    }
}

/// The finding with this code, or a panic that lists what there was.
pub fn find<'a>(findings: &'a [Finding], code: &str) -> &'a Finding {
    findings
        .iter()
        .find(|f| f.code() == code)
        .unwrap_or_else(|| {
            panic!(
                "no {code} in {:?}",
                findings.iter().map(Finding::code).collect::<Vec<_>>()
            )
        })
}
