//! Firewall rule sets, read-only: parsers for what the systems print (nftables JSON,
//! iptables-save), and which rules decide a new TCP connection to a port.
//!
//! We report only what we can read; a rule we can't evaluate (a named set we don't
//! have, a negated port) is said to be unknown, never guessed.

pub mod pf;
pub mod socketfilterfw;
pub mod windows;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// What a rule does with a packet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleAction {
    Accept,
    Drop,
    /// Rejected, and with what (`tcp-reset`, `icmp-port-unreachable`, `admin-prohibited`, ...).
    Reject {
        with: String,
    },
    /// Anything else (log, jump to a chain we followed, ...): not a decision.
    Other {
        name: String,
    },
}

impl RuleAction {
    pub fn is_terminal(&self) -> bool {
        !matches!(self, RuleAction::Other { .. })
    }

    pub fn label(&self) -> String {
        match self {
            RuleAction::Accept => "accept".into(),
            RuleAction::Drop => "drop".into(),
            RuleAction::Reject { with } => format!("reject with {with}"),
            RuleAction::Other { name } => name.clone(),
        }
    }
}

/// One rule that concerns TCP ports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FirewallRule {
    /// `nftables`, `iptables`, `ip6tables`, `windows`, `pf`.
    pub source: String,
    pub table: String,
    pub chain: String,
    /// The hook the chain is reached from: `input`, `output`, `forward`; None if unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook: Option<String>,
    /// Destination port ranges; None means any port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<(u16, u16)>>,
    /// The interface the rule is limited to (`lo`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface: Option<String>,
    /// Other conditions we did not evaluate (source address, ...), as text.
    #[serde(default)]
    pub conditions: Vec<String>,
    pub action: RuleAction,
    /// The rule as the tool writes it, for helpdesk.
    pub text: String,
}

impl FirewallRule {
    /// Whether the rule's ports include `port` (None: no port condition, so yes).
    pub fn covers_port(&self, port: u16) -> bool {
        self.ports
            .as_ref()
            .is_none_or(|r| r.iter().any(|(a, b)| (*a..=*b).contains(&port)))
    }
}

/// A base chain's default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChainPolicy {
    pub source: String,
    pub table: String,
    pub chain: String,
    pub hook: String,
    pub policy: String,
}

/// A parsed rule set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct Ruleset {
    pub rules: Vec<FirewallRule>,
    pub policies: Vec<ChainPolicy>,
    /// Firewall managers recognised by their tables or chains (`ufw`, `firewalld`).
    pub managers: Vec<String>,
    /// Rules we saw but could not evaluate, as text (named sets we lack, negations).
    pub unevaluated: Vec<String>,
}

/// What the firewall of this computer says about a port, as gathered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct FirewallFacts {
    /// What we read (`nftables`, `iptables`, ...). Empty when nothing could be read.
    pub sources: Vec<String>,
    /// Why we could not read (all or part), e.g. "nft: Operation not permitted".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limitations: Vec<String>,
    /// The firewall's interface gives no answer here at all (not implemented, not
    /// installed, no answer in time): admin rights would not help. False when the
    /// system refused us for want of rights, as without admin rights on Linux.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unavailable: bool,
    /// The command an admin would run to see the rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_command: Option<String>,
    pub managers: Vec<String>,
    /// The rules that concern the target port, in evaluation order.
    pub rules: Vec<FirewallRule>,
    pub policies: Vec<ChainPolicy>,
    /// Application-firewall state where the OS has one (macOS stealth mode, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub state: BTreeMap<String, String>,
}

/// What decides a new connection to a port at one hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision<'a> {
    /// This rule decides, with no condition we could not check.
    Rule(&'a FirewallRule),
    /// This rule decides if its extra conditions (source address, ...) hold.
    MaybeRule(&'a FirewallRule),
    /// No rule matches; the chain's default does.
    Policy(&'a ChainPolicy),
    /// Nothing in the rules we read stops it.
    Nothing,
}

impl FirewallFacts {
    /// What decides a new TCP connection to `port` at `hook` (`input` for a server
    /// on this computer, `output` for our own connection attempts).
    pub fn decision(&self, port: u16, hook: &str, via_loopback: bool) -> Decision<'_> {
        // Windows Firewall does not filter loopback traffic.
        let applies = |source: &str| !(via_loopback && source == "windows");
        for r in self
            .rules
            .iter()
            .filter(|r| r.hook.as_deref() == Some(hook) && applies(&r.source))
        {
            if !r.covers_port(port) || !r.action.is_terminal() {
                continue;
            }
            match &r.interface {
                Some(i) if (i == "lo") != via_loopback => continue,
                _ => {}
            }
            return if r.conditions.is_empty() {
                Decision::Rule(r)
            } else {
                Decision::MaybeRule(r)
            };
        }
        match self
            .policies
            .iter()
            .find(|p| p.hook == hook && p.policy != "accept" && applies(&p.source))
        {
            Some(p) => Decision::Policy(p),
            None => Decision::Nothing,
        }
    }

    /// Keeps only the rules that can concern `port` (and unconditional catch-alls).
    pub fn for_port(mut self, port: u16) -> FirewallFacts {
        self.rules.retain(|r| r.covers_port(port));
        self
    }
}

/// The tables iptables-nft makes in nftables; `iptables-save` shows them better.
const IPTABLES_TABLES: &[&str] = &[
    "ip filter",
    "ip6 filter",
    "ip nat",
    "ip6 nat",
    "ip mangle",
    "ip6 mangle",
    "ip raw",
    "ip6 raw",
    "ip security",
    "ip6 security",
];

impl Ruleset {
    /// Drops the tables iptables-nft manages, when iptables-save is read as well.
    pub fn without_iptables_tables(mut self) -> Ruleset {
        self.rules
            .retain(|r| !IPTABLES_TABLES.contains(&r.table.as_str()));
        self.policies
            .retain(|p| !IPTABLES_TABLES.contains(&p.table.as_str()));
        self
    }

    pub fn merge(&mut self, other: Ruleset) {
        self.rules.extend(other.rules);
        self.policies.extend(other.policies);
        for m in other.managers {
            if !self.managers.contains(&m) {
                self.managers.push(m);
            }
        }
        self.unevaluated.extend(other.unevaluated);
    }
}

fn manager_of(table: &str, chain: &str) -> Option<&'static str> {
    if chain.starts_with("ufw") || table.starts_with("ufw") {
        Some("ufw")
    } else if table == "firewalld" || chain.starts_with("filter_IN_") {
        Some("firewalld")
    } else {
        None
    }
}

/// Records the firewall manager a table or chain belongs to, once.
fn note_manager(managers: &mut Vec<String>, table: &str, chain: &str) {
    if let Some(m) = manager_of(table, chain)
        && !managers.iter().any(|x| x == m)
    {
        managers.push(m.to_string());
    }
}

/// Follows jumps from base chains so every chain knows the hook it is reached from.
fn hooks_by_chain(
    base: &HashMap<(String, String), String>,
    jumps: &[((String, String), String)],
) -> HashMap<(String, String), String> {
    let mut hooks = base.clone();
    // Bounded: each pass can only add chains; a chain graph has fewer than 10,000.
    for _ in 0..64 {
        let mut changed = false;
        for ((table, from), to) in jumps {
            if let Some(h) = hooks.get(&(table.clone(), from.clone())).cloned()
                && !hooks.contains_key(&(table.clone(), to.clone()))
            {
                hooks.insert((table.clone(), to.clone()), h);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    hooks
}

/// Parses `nft -j list ruleset`. Rules added by iptables-nft (with `xt` expressions)
/// are skipped here: `iptables-save` shows them in full.
pub fn parse_nft_json(text: &str) -> Result<Ruleset, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not nftables JSON: {e}"))?;
    let items = doc
        .get("nftables")
        .and_then(Value::as_array)
        .ok_or("no \"nftables\" array")?;
    let mut set_ports: HashMap<(String, String), Vec<(u16, u16)>> = HashMap::new();
    let mut base: HashMap<(String, String), String> = HashMap::new();
    let mut out = Ruleset::default();
    let key = |o: &Value| {
        (
            format!(
                "{} {}",
                o["family"].as_str().unwrap_or(""),
                o["table"].as_str().unwrap_or("")
            ),
            o["name"]
                .as_str()
                .or(o["chain"].as_str())
                .unwrap_or("")
                .to_string(),
        )
    };
    for item in items {
        if let Some(set) = item.get("set") {
            let k = (
                format!(
                    "{} {}",
                    set["family"].as_str().unwrap_or(""),
                    set["table"].as_str().unwrap_or("")
                ),
                set["name"].as_str().unwrap_or("").to_string(),
            );
            if let Some(elems) = set.get("elem").and_then(Value::as_array) {
                set_ports.insert(k, elems.iter().filter_map(port_range).collect());
            }
        }
        if let Some(chain) = item.get("chain") {
            let (table, name) = key(chain);
            note_manager(
                &mut out.managers,
                chain["table"].as_str().unwrap_or(""),
                &name,
            );
            if let Some(hook) = chain.get("hook").and_then(Value::as_str) {
                base.insert((table.clone(), name.clone()), hook.to_string());
                out.policies.push(ChainPolicy {
                    source: "nftables".into(),
                    table,
                    chain: name,
                    hook: hook.to_string(),
                    policy: chain["policy"].as_str().unwrap_or("accept").to_string(),
                });
            }
        }
    }
    let mut jumps = Vec::new();
    let mut pending = Vec::new();
    for item in items {
        let Some(rule) = item.get("rule") else {
            continue;
        };
        let table = format!(
            "{} {}",
            rule["family"].as_str().unwrap_or(""),
            rule["table"].as_str().unwrap_or("")
        );
        let chain = rule["chain"].as_str().unwrap_or("").to_string();
        let exprs = rule
            .get("expr")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if exprs.iter().any(|e| e.get("xt").is_some()) {
            continue;
        }
        let mut ports: Option<Vec<(u16, u16)>> = None;
        let mut interface = None;
        let mut conditions = Vec::new();
        let mut action = None;
        let mut skip = false;
        let mut unknown = false;
        let mut tcp_only = true;
        for e in &exprs {
            if let Some(m) = e.get("match") {
                let left = &m["left"];
                let right = &m["right"];
                let op = m["op"].as_str().unwrap_or("==");
                let field = left.pointer("/payload/field").and_then(Value::as_str);
                let proto = left.pointer("/payload/protocol").and_then(Value::as_str);
                let meta = left.pointer("/meta/key").and_then(Value::as_str);
                if left.pointer("/ct/key").and_then(Value::as_str) == Some("state") {
                    // Rules for established connections don't see a new connection's SYN.
                    let states = right
                        .as_array()
                        .cloned()
                        .unwrap_or_else(|| vec![right.clone()]);
                    if !states.iter().any(|s| s.as_str() == Some("new")) {
                        skip = true;
                    }
                } else if field == Some("dport") && matches!(proto, Some("tcp" | "th")) {
                    if op != "==" && op != "in" {
                        unknown = true;
                    }
                    match right.as_str().and_then(|s| s.strip_prefix('@')) {
                        Some(name) => match set_ports.get(&(table.clone(), name.to_string())) {
                            Some(p) => ports = Some(p.clone()),
                            None => unknown = true,
                        },
                        None => ports = Some(port_ranges(right)),
                    }
                    if proto == Some("tcp") {
                        tcp_only = true;
                    }
                } else if proto == Some("udp")
                    || (meta == Some("l4proto") && right.as_str() == Some("udp"))
                {
                    tcp_only = false;
                } else if matches!(meta, Some("iifname" | "oifname" | "iif" | "oif")) {
                    interface = right.as_str().map(str::to_string);
                } else if meta == Some("l4proto") {
                    // tcp: fine; anything else is not ours.
                    if right.as_str() != Some("tcp") {
                        tcp_only = false;
                    }
                } else {
                    conditions.push(describe_match(left, op, right));
                }
            } else if e.get("accept").is_some() {
                action = Some(RuleAction::Accept);
            } else if e.get("drop").is_some() {
                action = Some(RuleAction::Drop);
            } else if let Some(r) = e.get("reject") {
                let with = match (
                    r.get("type").and_then(Value::as_str),
                    r.get("expr").and_then(Value::as_str),
                ) {
                    (Some("tcp reset"), _) => "tcp-reset".to_string(),
                    (_, Some(code)) => code.to_string(),
                    _ => "port-unreachable".to_string(),
                };
                action = Some(RuleAction::Reject { with });
            } else if let Some(j) = e.get("jump").or(e.get("goto")) {
                let to = j["target"].as_str().unwrap_or("").to_string();
                jumps.push(((table.clone(), chain.clone()), to.clone()));
                action = Some(RuleAction::Other {
                    name: format!("jump {to}"),
                });
            }
        }
        if skip || !tcp_only {
            continue;
        }
        let text = nft_text(&exprs);
        if unknown {
            out.unevaluated.push(format!("{table} {chain}: {text}"));
            continue;
        }
        let Some(action) = action.filter(RuleAction::is_terminal) else {
            continue;
        };
        pending.push(FirewallRule {
            source: "nftables".into(),
            table: table.clone(),
            chain,
            hook: None,
            ports,
            interface,
            conditions,
            action,
            text,
        });
    }
    let hooks = hooks_by_chain(&base, &jumps);
    for mut r in pending {
        r.hook = hooks.get(&(r.table.clone(), r.chain.clone())).cloned();
        out.rules.push(r);
    }
    Ok(out)
}

fn port_range(v: &Value) -> Option<(u16, u16)> {
    if let Some(n) = v.as_u64() {
        let p = u16::try_from(n).ok()?;
        return Some((p, p));
    }
    let r = v.get("range").and_then(Value::as_array)?;
    let a = u16::try_from(r.first()?.as_u64()?).ok()?;
    let b = u16::try_from(r.get(1)?.as_u64()?).ok()?;
    (a <= b).then_some((a, b))
}

fn port_ranges(v: &Value) -> Vec<(u16, u16)> {
    if let Some(set) = v.get("set").and_then(Value::as_array) {
        return set.iter().filter_map(port_range).collect();
    }
    port_range(v).into_iter().collect()
}

fn describe_match(left: &Value, op: &str, right: &Value) -> String {
    let l = match (
        left.pointer("/payload/protocol"),
        left.pointer("/payload/field"),
    ) {
        (Some(p), Some(f)) => format!(
            "{} {}",
            p.as_str().unwrap_or("?"),
            f.as_str().unwrap_or("?")
        ),
        _ => left.to_string(),
    };
    let r = match right.get("prefix") {
        Some(p) => format!("{}/{}", p["addr"].as_str().unwrap_or("?"), p["len"]),
        None => right
            .as_str()
            .map_or_else(|| right.to_string(), str::to_string),
    };
    if op == "==" {
        format!("{l} {r}")
    } else {
        format!("{l} {op} {r}")
    }
}

/// A readable reconstruction of an nft rule from its JSON (close to `nft list`).
fn nft_text(exprs: &[Value]) -> String {
    let mut parts = Vec::new();
    for e in exprs {
        if let Some(m) = e.get("match") {
            let right = &m["right"];
            let r = if right.get("set").is_some() || right.get("range").is_some() {
                let list: Vec<String> = port_ranges(right)
                    .iter()
                    .map(|(a, b)| {
                        if a == b {
                            a.to_string()
                        } else {
                            format!("{a}-{b}")
                        }
                    })
                    .collect();
                format!("{{ {} }}", list.join(", "))
            } else if let Some(p) = right.get("prefix") {
                format!("{}/{}", p["addr"].as_str().unwrap_or("?"), p["len"])
            } else if let Some(a) = right.as_array() {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(",")
            } else {
                right
                    .as_str()
                    .map_or_else(|| right.to_string(), str::to_string)
            };
            let left = &m["left"];
            let l = if let (Some(p), Some(f)) = (
                left.pointer("/payload/protocol"),
                left.pointer("/payload/field"),
            ) {
                format!("{} {}", p.as_str().unwrap_or(""), f.as_str().unwrap_or(""))
            } else if let Some(k) = left.pointer("/meta/key") {
                k.as_str().unwrap_or("").to_string()
            } else if let Some(k) = left.pointer("/ct/key") {
                format!("ct {}", k.as_str().unwrap_or(""))
            } else {
                left.to_string()
            };
            let op = m["op"].as_str().unwrap_or("==");
            parts.push(if op == "==" || op == "in" {
                format!("{l} {r}")
            } else {
                format!("{l} {op} {r}")
            });
        } else if e.get("accept").is_some() {
            parts.push("accept".into());
        } else if e.get("drop").is_some() {
            parts.push("drop".into());
        } else if let Some(r) = e.get("reject") {
            let mut t = "reject".to_string();
            if r.get("type").and_then(Value::as_str) == Some("tcp reset") {
                t.push_str(" with tcp reset");
            } else if let Some(code) = r.get("expr").and_then(Value::as_str) {
                t.push_str(&format!(
                    " with {} type {code}",
                    r["type"].as_str().unwrap_or("icmp")
                ));
            }
            parts.push(t);
        } else if let Some(j) = e.get("jump") {
            parts.push(format!("jump {}", j["target"].as_str().unwrap_or("")));
        }
    }
    parts.join(" ")
}

/// Parses `iptables-save` / `ip6tables-save` (`source` names which).
pub fn parse_iptables_save(text: &str, source: &str) -> Result<Ruleset, String> {
    let mut out = Ruleset::default();
    let mut table = String::new();
    let mut base: HashMap<(String, String), String> = HashMap::new();
    let mut jumps = Vec::new();
    let mut pending = Vec::new();
    let mut saw_table = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line == "COMMIT" {
            continue;
        }
        if let Some(t) = line.strip_prefix('*') {
            table = t.to_string();
            saw_table = true;
            continue;
        }
        if let Some(decl) = line.strip_prefix(':') {
            let mut w = decl.split_whitespace();
            let chain = w.next().unwrap_or("").to_string();
            let policy = w.next().unwrap_or("-");
            note_manager(&mut out.managers, &table, &chain);
            let hook = match chain.as_str() {
                "INPUT" => Some("input"),
                "OUTPUT" => Some("output"),
                "FORWARD" => Some("forward"),
                _ => None,
            };
            if let (Some(h), true) = (hook, table == "filter") {
                base.insert((table.clone(), chain.clone()), h.to_string());
                if policy != "-" {
                    out.policies.push(ChainPolicy {
                        source: source.into(),
                        table: table.clone(),
                        chain: chain.clone(),
                        hook: h.into(),
                        policy: policy.to_ascii_lowercase(),
                    });
                }
            }
            continue;
        }
        let Some(rest) = line.strip_prefix("-A ") else {
            if !saw_table {
                return Err("not iptables-save output".into());
            }
            continue;
        };
        if table != "filter" {
            continue;
        }
        let words = shell_words(rest);
        let chain = words.first().cloned().unwrap_or_default();
        let mut ports = None;
        let mut interface = None;
        let mut conditions = Vec::new();
        let mut action = None;
        let mut reject_with = "icmp-port-unreachable".to_string();
        let mut proto_ok = true;
        let mut skip = false;
        let mut unknown = false;
        let mut negate = false;
        let mut i = 1;
        while i < words.len() {
            let w = words[i].as_str();
            let arg = words.get(i + 1).map(String::as_str).unwrap_or("");
            match w {
                "!" => {
                    negate = true;
                    i += 1;
                    continue;
                }
                "-p" | "--protocol" => {
                    if arg != "tcp" && arg != "6" {
                        proto_ok = negate && arg != "tcp";
                    }
                    i += 2;
                }
                "--dport" | "--destination-port" | "--dports" | "--destination-ports" => {
                    if negate {
                        unknown = true;
                    }
                    ports = Some(
                        arg.split(',')
                            .filter_map(|p| match p.split_once(':') {
                                Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
                                None => p.parse().ok().map(|n| (n, n)),
                            })
                            .collect(),
                    );
                    i += 2;
                }
                "--ctstate" | "--state" => {
                    if !arg.split(',').any(|s| s == "NEW") {
                        skip = true;
                    }
                    i += 2;
                }
                "-i" | "--in-interface" | "-o" | "--out-interface" => {
                    interface = Some(arg.to_string());
                    i += 2;
                }
                "-s" | "--source" | "-d" | "--destination" => {
                    conditions.push(format!("{}{} {arg}", if negate { "! " } else { "" }, w));
                    i += 2;
                }
                "-j" | "--jump" | "-g" | "--goto" => {
                    action = Some(match arg {
                        "ACCEPT" => RuleAction::Accept,
                        "DROP" => RuleAction::Drop,
                        "REJECT" => RuleAction::Reject {
                            with: String::new(),
                        },
                        other => {
                            if !other.is_empty()
                                && other.chars().any(|c| c.is_ascii_lowercase() || c == '-')
                            {
                                jumps.push(((table.clone(), chain.clone()), other.to_string()));
                            }
                            RuleAction::Other {
                                name: format!("jump {other}"),
                            }
                        }
                    });
                    i += 2;
                }
                "--reject-with" => {
                    reject_with = arg.to_string();
                    i += 2;
                }
                "-m" | "--match" | "--comment" => i += 2,
                _ => i += 1,
            }
            negate = false;
        }
        if skip || !proto_ok {
            continue;
        }
        if unknown {
            out.unevaluated.push(format!("{source} {chain}: {rest}"));
            continue;
        }
        let Some(mut action) = action.filter(RuleAction::is_terminal) else {
            continue;
        };
        if let RuleAction::Reject { with } = &mut action {
            *with = reject_with;
        }
        pending.push(FirewallRule {
            source: source.into(),
            table: table.clone(),
            chain,
            hook: None,
            ports,
            interface,
            conditions,
            action,
            text: format!("-A {rest}"),
        });
    }
    if !saw_table && !text.trim().is_empty() {
        return Err("not iptables-save output".into());
    }
    let hooks = hooks_by_chain(&base, &jumps);
    for mut r in pending {
        r.hook = hooks.get(&(r.table.clone(), r.chain.clone())).cloned();
        out.rules.push(r);
    }
    Ok(out)
}

/// Splits iptables-save arguments, keeping "quoted words" together.
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}
