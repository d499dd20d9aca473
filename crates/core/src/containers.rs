//! Containers on Linux: the port forwards Docker, Podman and Kubernetes write as
//! netfilter DNAT rules, and the programs that listen in other network namespaces.
//! Pure: the probe hands over `iptables-save -t nat`, `nft -j list ruleset`,
//! `/proc/PID/net/tcp{,6}` and `/proc/PID/net/fib_trie` of one process per namespace,
//! and its cgroup; these functions read them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// A DNAT rule: connections to `ports` go to `to_address:to_port`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Forward {
    /// `iptables` or `nftables`.
    pub source: String,
    /// The destination ports it matches (first, last); None: every port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<(u16, u16)>,
    pub to_address: String,
    /// The port it sends to; None: the same port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_port: Option<u16>,
    /// The rule as the tool wrote it.
    pub text: String,
}

impl Forward {
    pub fn covers(&self, port: u16) -> bool {
        self.ports.is_none_or(|(a, b)| (a..=b).contains(&port))
    }

    /// Where a connection to `port` goes.
    pub fn destination(&self, port: u16) -> u16 {
        self.to_port.unwrap_or(port)
    }
}

/// A network namespace other than ours, seen through one of its processes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Namespace {
    /// The process we read it through, and its name.
    pub pid: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// The container the cgroup names (`docker 3f2a1b0c9d8e`, `podman …`,
    /// `kubernetes pod …`), when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Its own addresses (loopback left out).
    pub addresses: Vec<String>,
    /// What listens there: (address, port).
    pub listeners: Vec<(String, u16)>,
}

impl Namespace {
    pub fn owns(&self, ip: &IpAddr) -> bool {
        self.addresses
            .iter()
            .any(|a| a.parse::<IpAddr>().ok() == Some(*ip))
    }

    /// The addresses that listen on `port` in this namespace.
    pub fn listening_on(&self, port: u16) -> Vec<&str> {
        self.listeners
            .iter()
            .filter(|(_, p)| *p == port)
            .map(|(a, _)| a.as_str())
            .collect()
    }

    /// A name for people: the container's, else the program's, else the PID.
    pub fn label(&self) -> String {
        self.container
            .clone()
            .or_else(|| self.process.clone())
            .unwrap_or_else(|| format!("PID {}", self.pid))
    }
}

/// What a check of this computer learnt of containers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ContainerFacts {
    /// The DNAT rules of this computer.
    pub forwards: Vec<Forward>,
    /// The other network namespaces and what listens in them.
    pub namespaces: Vec<Namespace>,
    /// What could not be seen (without root: other users' namespaces, the nat table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limitations: Vec<String>,
    /// How many processes' network namespaces could not be looked at.
    #[serde(default)]
    pub hidden: u32,
}

impl ContainerFacts {
    /// The forward that takes connections to `port`, if any.
    pub fn forward_for(&self, port: u16) -> Option<&Forward> {
        self.forwards.iter().find(|f| f.covers(port))
    }
}

/// `host:port` or `[v6]:port` or a bare address, as DNAT targets are written.
fn address_port(s: &str) -> Option<(String, Option<u16>)> {
    let s = s.trim();
    if let Some(rest) = s.strip_prefix('[') {
        let (a, after) = rest.split_once(']')?;
        let port = after
            .strip_prefix(':')
            .and_then(|p| p.split('-').next()?.parse().ok());
        return Some((a.parse::<Ipv6Addr>().ok()?.to_string(), port));
    }
    match s.split_once(':') {
        Some((a, p)) => Some((
            a.parse::<Ipv4Addr>().ok()?.to_string(),
            p.split('-').next()?.parse().ok(),
        )),
        None => Some((s.parse::<IpAddr>().ok()?.to_string(), None)),
    }
}

fn port_range(s: &str) -> Option<(u16, u16)> {
    let (a, b) = s
        .split_once(':')
        .or_else(|| s.split_once('-'))
        .unwrap_or((s, s));
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The DNAT rules of `iptables-save` (its `*nat` table): Docker's
/// `-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80`.
pub fn forwards_from_iptables_save(text: &str, source: &str) -> Vec<Forward> {
    let mut out = Vec::new();
    let mut in_nat = false;
    for line in text.lines().take(100_000) {
        let line = line.trim();
        if let Some(table) = line.strip_prefix('*') {
            in_nat = table == "nat";
            continue;
        }
        if !in_nat || !line.starts_with("-A ") || !line.contains("-j DNAT") {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let after = |flag: &str| {
            words
                .iter()
                .position(|w| *w == flag)
                .and_then(|i| words.get(i + 1))
                .copied()
        };
        if after("-p").is_some_and(|p| p != "tcp") {
            continue;
        }
        let Some((to_address, to_port)) = after("--to-destination").and_then(address_port) else {
            continue;
        };
        // A DNAT without a port of its own is reached by a jump from a rule that has
        // one (kube-proxy's KUBE-SEP chains): jumps are not followed, so it is left out
        // rather than taken for a forward of every port.
        let Some(ports) = after("--dport").and_then(port_range) else {
            continue;
        };
        out.push(Forward {
            source: source.to_string(),
            ports: Some(ports),
            to_address,
            to_port,
            text: line.chars().take(300).collect(),
        });
    }
    out
}

/// The DNAT rules of `nft -j list ruleset`: a rule with `tcp dport N` and `dnat to A:P`.
pub fn forwards_from_nft_json(text: &str) -> Vec<Forward> {
    let Ok(doc) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let Some(items) = doc.get("nftables").and_then(Value::as_array) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for rule in items.iter().filter_map(|i| i.get("rule")).take(100_000) {
        let Some(exprs) = rule.get("expr").and_then(Value::as_array) else {
            continue;
        };
        let mut ports = None;
        let mut tcp = false;
        let mut dnat = None;
        for e in exprs {
            if let Some(m) = e.get("match") {
                let field = &m["left"]["payload"];
                if field["protocol"] == "tcp" && field["field"] == "dport" && m["op"] == "==" {
                    tcp = true;
                    ports = match &m["right"] {
                        Value::Number(n) => n
                            .as_u64()
                            .and_then(|p| u16::try_from(p).ok())
                            .map(|p| (p, p)),
                        Value::Object(o) => {
                            o.get("range").and_then(Value::as_array).and_then(|r| {
                                Some((
                                    u16::try_from(r.first()?.as_u64()?).ok()?,
                                    u16::try_from(r.get(1)?.as_u64()?).ok()?,
                                ))
                            })
                        }
                        _ => None,
                    };
                }
                if m["left"]["meta"]["key"] == "l4proto" && m["right"] == "tcp" {
                    tcp = true;
                }
            }
            if let Some(d) = e.get("dnat") {
                let addr = d["addr"].as_str().and_then(|a| a.parse::<IpAddr>().ok());
                let port = d["port"].as_u64().and_then(|p| u16::try_from(p).ok());
                dnat = addr.map(|a| (a.to_string(), port));
            }
        }
        // Only a rule with its own port (jumps are not followed).
        let (Some((to_address, to_port)), true, Some(_)) = (dnat, tcp, ports) else {
            continue;
        };
        let text = format!(
            "{} {} {}: tcp dport {} dnat to {}{}",
            rule["family"].as_str().unwrap_or(""),
            rule["table"].as_str().unwrap_or(""),
            rule["chain"].as_str().unwrap_or(""),
            ports.map_or_else(
                || "any".to_string(),
                |(a, b): (u16, u16)| if a == b {
                    a.to_string()
                } else {
                    format!("{a}-{b}")
                }
            ),
            to_address,
            to_port.map(|p| format!(":{p}")).unwrap_or_default(),
        );
        out.push(Forward {
            source: "nftables".into(),
            ports,
            to_address,
            to_port,
            text,
        });
    }
    out
}

/// The listening sockets of `/proc/PID/net/tcp` or `tcp6` (state `0A`): (address, port).
pub fn listeners_from_proc_net_tcp(text: &str) -> Vec<(String, u16)> {
    let mut out = Vec::new();
    for line in text.lines().skip(1).take(100_000) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 4 || f[3] != "0A" {
            continue;
        }
        let Some((addr, port)) = f[1].split_once(':') else {
            continue;
        };
        let Ok(port) = u16::from_str_radix(port, 16) else {
            continue;
        };
        let ip = match addr.len() {
            8 => u32::from_str_radix(addr, 16)
                .ok()
                .map(|v| IpAddr::V4(Ipv4Addr::from(v.to_le_bytes()))),
            32 => {
                // Four 32-bit words, each in the kernel's (little-endian) order.
                let mut bytes = [0u8; 16];
                let mut ok = true;
                for i in 0..4 {
                    match u32::from_str_radix(&addr[i * 8..i * 8 + 8], 16) {
                        Ok(w) => bytes[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes()),
                        Err(_) => ok = false,
                    }
                }
                ok.then(|| IpAddr::V6(Ipv6Addr::from(bytes)))
            }
            _ => None,
        };
        if let Some(ip) = ip {
            let entry = (ip.to_string(), port);
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out
}

/// The local addresses in `/proc/PID/net/fib_trie`: each `|-- A` followed by
/// `/32 host LOCAL`. Loopback left out.
pub fn local_addresses_from_fib_trie(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<Ipv4Addr> = None;
    for line in text.lines().take(200_000) {
        let t = line.trim();
        if let Some(a) = t.strip_prefix("|-- ").or_else(|| t.strip_prefix("+-- ")) {
            last = a.split('/').next().and_then(|a| a.parse().ok());
        } else if t.starts_with("/32 host LOCAL")
            && let Some(ip) = last
            && !ip.is_loopback()
            && !out.contains(&ip.to_string())
        {
            out.push(ip.to_string());
        }
    }
    out
}

/// The container a process's `/proc/PID/cgroup` names: Docker's `docker-ID.scope` or
/// `/docker/ID`, Podman's `libpod-ID`, Kubernetes' `kubepods`.
pub fn container_from_cgroup(text: &str) -> Option<String> {
    let short = |id: &str| id.chars().take(12).collect::<String>();
    for line in text.lines().take(100) {
        let path = line.splitn(3, ':').nth(2).unwrap_or(line);
        for part in path.split('/') {
            let part = part.trim_end_matches(".scope");
            if let Some(id) = part.strip_prefix("docker-").or_else(|| {
                path.contains("/docker/")
                    .then_some(part)
                    .filter(|p| p.len() == 64)
            }) && id.len() >= 12
                && id.chars().all(|c| c.is_ascii_hexdigit())
            {
                return Some(format!("docker {}", short(id)));
            }
            if let Some(id) = part.strip_prefix("libpod-")
                && id.len() >= 12
                && id.chars().all(|c| c.is_ascii_hexdigit())
            {
                return Some(format!("podman {}", short(id)));
            }
        }
        if path.contains("kubepods") {
            let pod = path
                .split('/')
                .find_map(|p| {
                    p.trim_end_matches(".slice")
                        .rsplit_once("-pod")
                        .map(|(_, id)| id.to_string())
                })
                .map(|id| short(&id.replace('_', "-")));
            return Some(match pod {
                Some(id) => format!("kubernetes pod {id}"),
                None => "kubernetes pod".to_string(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dockers_dnat_rules_from_iptables_save() {
        let text = "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:DOCKER - [0:0]\n-A DOCKER -i docker0 -j RETURN\n-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\n-A DOCKER ! -i docker0 -p udp -m udp --dport 53 -j DNAT --to-destination 172.17.0.3:53\n-A KUBE-SEP-ABC -p tcp -m tcp -j DNAT --to-destination 10.244.1.5:8080\nCOMMIT\n";
        let f = forwards_from_iptables_save(text, "iptables");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].ports, Some((8080, 8080)));
        assert_eq!(
            (f[0].to_address.as_str(), f[0].to_port),
            ("172.17.0.2", Some(80))
        );
        assert!(f[0].covers(8080) && !f[0].covers(8081));
        assert_eq!(f[0].destination(8080), 80);
    }

    #[test]
    fn dnat_rules_from_nft_json() {
        let text = r#"{"nftables":[{"metainfo":{"version":"1.0.6"}},{"table":{"family":"ip","name":"lab"}},{"rule":{"family":"ip","table":"lab","chain":"out","handle":3,"expr":[{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8080}},{"dnat":{"addr":"10.77.0.2","port":80}}]}},{"rule":{"family":"ip","table":"lab","chain":"out","handle":4,"expr":[{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":{"range":[9000,9010]}}},{"dnat":{"addr":"10.77.0.3"}}]}}]}"#;
        let f = forwards_from_nft_json(text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].to_port, Some(80));
        assert_eq!(f[0].text, "ip lab out: tcp dport 8080 dnat to 10.77.0.2:80");
        assert_eq!(f[1].ports, Some((9000, 9010)));
        assert_eq!(f[1].destination(9005), 9005);
        assert!(forwards_from_nft_json("not json").is_empty());
    }

    #[test]
    fn listening_sockets_of_proc_net_tcp() {
        let v4 = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0\n   2: 0100007F:0050 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0 100 0 0 10 0\n";
        assert_eq!(
            listeners_from_proc_net_tcp(v4),
            vec![("127.0.0.1".to_string(), 80), ("0.0.0.0".to_string(), 8080)]
        );
        let v6 = "  sl  local_address                         remote_address                        st\n   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 0\n";
        assert_eq!(
            listeners_from_proc_net_tcp(v6),
            vec![("::1".to_string(), 8080)]
        );
    }

    #[test]
    fn local_addresses_of_fib_trie() {
        let text = "Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 0.0.0.0\n        /0 universe UNICAST\n     +-- 10.77.0.0/24 2 0 2\n        |-- 10.77.0.0\n           /24 link UNICAST\n        |-- 10.77.0.2\n           /32 host LOCAL\nLocal:\n     |-- 127.0.0.1\n        /32 host LOCAL\n     |-- 10.77.0.2\n        /32 host LOCAL\n";
        assert_eq!(local_addresses_from_fib_trie(text), vec!["10.77.0.2"]);
    }

    #[test]
    fn containers_named_by_their_cgroup() {
        let id = "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a";
        assert_eq!(
            container_from_cgroup(&format!("0::/system.slice/docker-{id}.scope\n")),
            Some("docker 3f2a1b0c9d8e".into())
        );
        assert_eq!(
            container_from_cgroup(&format!("12:pids:/docker/{id}\n")),
            Some("docker 3f2a1b0c9d8e".into())
        );
        assert_eq!(
            container_from_cgroup(&format!(
                "0::/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-{id}.scope/container\n"
            )),
            Some("podman 3f2a1b0c9d8e".into())
        );
        assert_eq!(
            container_from_cgroup(
                "0::/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1b2c3d4e_5f6a_7b8c.slice/cri-containerd-abc.scope\n"
            ),
            Some("kubernetes pod 1b2c3d4e-5f6".into())
        );
        assert_eq!(
            container_from_cgroup("0::/user.slice/user-1000.slice/session-2.scope\n"),
            None
        );
    }
}
