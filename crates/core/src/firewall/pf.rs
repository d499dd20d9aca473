//! pf, the packet filter of macOS (and the BSDs), read from `pfctl -sr` (the main
//! ruleset as the kernel holds it) and `pfctl -s info` (whether pf is enabled at all;
//! on macOS it is off unless something turned it on).
//!
//! # How pf decides, and how [`FirewallFacts::decision`] sees it
//!
//! pf evaluates every rule in order and the LAST matching rule decides, unless a
//! matching rule says `quick`: that one decides at once. With no matching rule the
//! packet passes. [`FirewallFacts::decision`] takes the FIRST matching rule instead, so
//! [`parse_pfctl_rules`] emits the rules in the order pf would decide:
//!
//! 1. the `quick` rules, in their order: pf stops at the first matching one, whatever
//!    non-quick rules matched before it (those were only remembered) or come after it;
//! 2. then the other rules, reversed: among them the last match wins, which is the
//!    first match of the reversed list.
//!
//! So "the first rule of the emitted list that matches" is "the rule pf applies", and
//! `decision()` needs no pf-specific code. A rule with conditions we cannot evaluate
//! (a source address, `inet6`, a user) stays where it is and becomes a
//! [`Decision::MaybeRule`](super::Decision::MaybeRule): if its conditions hold it is the
//! one pf applies. The default (no match: pass) is emitted as `accept` policies.
//!
//! A rule without `in` / `out` applies both ways and is emitted once per hook. `on lo0`
//! is recorded as interface `lo`, the loopback name `decision()` knows. Rules inside
//! anchors (`anchor "com.apple/*" all`) are not in `pfctl -sr`'s output: we list the
//! anchor in [`Ruleset::unevaluated`] rather than guess.
//!
//! `set skip on lo0` (pf does not look at loopback at all) is not in `pfctl -sr`: read
//! it from `pfctl -s Interfaces -v` ([`parse_pf_skipped`]) and apply it with
//! [`without_skipped`].
//!
//! `pfctl` prints well-known ports by their service name (`port = ssh`, from
//! `/etc/services`); pass the names you know in `services` ([`parse_etc_services`]), a
//! small built-in table covers the usual ones. An unknown name makes the rule
//! unevaluated, never guessed.
//!
//! [`FirewallFacts::decision`]: super::FirewallFacts::decision

use std::collections::HashMap;

use super::{ChainPolicy, FirewallRule, RuleAction, Ruleset};

/// Statements `pfctl -sr` prints that are not filter rules; recognised and skipped.
const NOT_FILTER: &[&str] = &[
    "scrub",
    "scrub-anchor",
    "nat",
    "nat-anchor",
    "rdr",
    "rdr-anchor",
    "binat",
    "binat-anchor",
    "dummynet",
    "dummynet-anchor",
    "load",
    "match",
    "antispoof",
    "table",
    "set",
    "altq",
    "queue",
];

/// Words that end an address (`from ADDR`, `to ADDR`) in a rule.
const AFTER_ADDRESS: &[&str] = &[
    "port",
    "to",
    "flags",
    "keep",
    "modulate",
    "synproxy",
    "no",
    "label",
    "user",
    "group",
    "icmp-type",
    "icmp6-type",
    "tos",
    "allow-opts",
    "tag",
    "tagged",
    "queue",
    "rtable",
    "probability",
    "fragment",
    "os",
    "max-mss",
    "set",
    "route-to",
    "reply-to",
    "dup-to",
    "divert-to",
    "divert-reply",
    "dnpipe",
    "dnqueue",
    "prio",
    "once",
];

/// Well-known TCP service names as `/etc/services` spells them, for when the system's
/// file was not read. pfctl prints the first name for a port (`http`, not `www`).
const BUILTIN_SERVICES: &[(&str, u16)] = &[
    ("ftp-data", 20),
    ("ftp", 21),
    ("ssh", 22),
    ("telnet", 23),
    ("smtp", 25),
    ("domain", 53),
    ("http", 80),
    ("www", 80),
    ("kerberos", 88),
    ("pop3", 110),
    ("sunrpc", 111),
    ("auth", 113),
    ("ntp", 123),
    ("epmap", 135),
    ("netbios-ssn", 139),
    ("imap", 143),
    ("ldap", 389),
    ("https", 443),
    ("microsoft-ds", 445),
    ("submission", 587),
    ("ldaps", 636),
    ("afpovertcp", 548),
    ("imaps", 993),
    ("pop3s", 995),
    ("ms-sql-s", 1433),
    ("nfsd", 2049),
    ("mysql", 3306),
    ("ms-wbt-server", 3389),
    ("postgresql", 5432),
    ("rfb", 5900),
    ("x11", 6000),
    ("redis", 6379),
    ("http-alt", 8080),
];

/// Parses `/etc/services` into TCP service names (and aliases) → port.
pub fn parse_etc_services(text: &str) -> HashMap<String, u16> {
    let mut out = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let (Some(name), Some(port_proto)) = (words.next(), words.next()) else {
            continue;
        };
        let Some((port, "tcp")) = port_proto.split_once('/') else {
            continue;
        };
        let Ok(port) = port.parse::<u16>() else {
            continue;
        };
        for n in std::iter::once(name).chain(words) {
            out.entry(n.to_string()).or_insert(port);
        }
    }
    out
}

/// Whether pf is enabled, from `pfctl -s info` (`Status: Enabled for 0 days ...`).
pub fn parse_pf_status(text: &str) -> Option<bool> {
    text.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("Status:")?.trim_start();
        if rest.starts_with("Enabled") {
            Some(true)
        } else if rest.starts_with("Disabled") {
            Some(false)
        } else {
            None
        }
    })
}

/// Interfaces pf does not filter at all (`set skip on lo0`), from
/// `pfctl -s Interfaces -v`, which marks them `lo0 (skip)` (pfctl's `print_iface`).
/// `pfctl -sr` does not show `set` options.
pub fn parse_pf_skipped(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_suffix("(skip)"))
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty() && !name.contains(char::is_whitespace))
        .collect()
}

/// Applies `set skip`: rules on a skipped interface never apply, and when loopback
/// (`lo0`, or the group `lo`) is skipped, rules for any interface apply to every
/// interface but loopback (`! lo0`, which `decision()` treats as "not loopback").
pub fn without_skipped(mut rs: Ruleset, skipped: &[String]) -> Ruleset {
    let loopback_skipped = skipped.iter().any(|s| s == "lo0" || s == "lo");
    rs.rules.retain(|r| match r.interface.as_deref() {
        Some("lo") => !loopback_skipped,
        Some(i) => !skipped.iter().any(|s| s == i),
        None => true,
    });
    if loopback_skipped {
        for r in rs.rules.iter_mut().filter(|r| r.interface.is_none()) {
            r.interface = Some("! lo0".into());
        }
    }
    rs
}

/// Parses `pfctl -sr` into rules in the order pf decides (see the module docs).
pub fn parse_pfctl_rules(text: &str, services: &HashMap<String, u16>) -> Result<Ruleset, String> {
    let mut out = Ruleset::default();
    // (quick, rule) in the order pfctl printed them.
    let mut listed: Vec<(bool, FirewallRule)> = Vec::new();
    let mut recognised = false;
    let mut unknown_lines = 0usize;
    // Depth of inline anchors (`anchor "x" all {` ... `}`) printed by `-a '*'`.
    let mut depth = 0usize;
    for raw in text.lines() {
        let line = strip_rule_number(raw.trim());
        if line.is_empty()
            || line.starts_with('[')
            || line.starts_with('#')
            || line.starts_with("No ALTQ support")
            || line.starts_with("ALTQ related functions")
        {
            continue;
        }
        if line == "}" {
            depth = depth.saturating_sub(1);
            recognised = true;
            continue;
        }
        let toks = tokens(line);
        let Some(first) = toks.first().map(String::as_str) else {
            continue;
        };
        if depth > 0 {
            out.unevaluated
                .push(format!("pf: {line} (inside an anchor, not evaluated)"));
            if line.ends_with('{') {
                depth += 1;
            }
            continue;
        }
        match first {
            "pass" | "block" => {
                recognised = true;
                match parse_rule(&toks, line, services) {
                    Parsed::Rules(quick, rules) => {
                        listed.extend(rules.into_iter().map(|r| (quick, r)));
                    }
                    Parsed::NotTcp => {}
                    Parsed::Unknown(why) => out.unevaluated.push(format!("pf: {line} ({why})")),
                }
            }
            "anchor" => {
                recognised = true;
                out.unevaluated
                    .push(format!("pf: {line} (the anchor's rules are not read)"));
                if line.ends_with('{') {
                    depth += 1;
                }
            }
            w if NOT_FILTER.contains(&w) => recognised = true,
            _ => unknown_lines += 1,
        }
    }
    if !recognised && unknown_lines > 0 {
        return Err("not pfctl -sr output".into());
    }
    let (quick, other): (Vec<_>, Vec<_>) = listed.into_iter().partition(|(q, _)| *q);
    out.rules.extend(quick.into_iter().map(|(_, r)| r));
    out.rules.extend(other.into_iter().rev().map(|(_, r)| r));
    for (chain, hook) in [("in", "input"), ("out", "output")] {
        out.policies.push(ChainPolicy {
            source: "pf".into(),
            table: "pf".into(),
            chain: chain.into(),
            hook: hook.into(),
            policy: "accept".into(),
        });
    }
    Ok(out)
}

/// `@12 pass ...` / `@12(1000) pass ...` (rule numbers of `pfctl -vvsr`).
fn strip_rule_number(line: &str) -> &str {
    match line.strip_prefix('@') {
        Some(rest) => rest
            .find(char::is_whitespace)
            .map_or("", |i| rest[i..].trim_start()),
        None => line,
    }
}

/// Splits a rule into words, keeping `"quoted text"`, `( ... )` and `{ ... }` whole.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            '(' | '{' if !quoted => {
                depth += 1;
                cur.push(c);
            }
            ')' | '}' if !quoted => {
                depth = depth.saturating_sub(1);
                cur.push(c);
            }
            c if c.is_whitespace() && !quoted && depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

enum Parsed {
    /// Whether the rule is `quick`, and one rule per hook it applies to.
    Rules(bool, Vec<FirewallRule>),
    /// The rule is for other protocols only.
    NotTcp,
    /// We could not evaluate it; why.
    Unknown(String),
}

fn parse_rule(toks: &[String], line: &str, services: &HashMap<String, u16>) -> Parsed {
    let mut i = 1;
    let word = |i: usize| toks.get(i).map(String::as_str);
    let action = if toks[0] == "pass" {
        RuleAction::Accept
    } else {
        match word(i) {
            Some("drop") => {
                i += 1;
                RuleAction::Drop
            }
            Some(w) if w == "return" || w.starts_with("return-rst") => {
                i += 1;
                RuleAction::Reject {
                    with: "tcp-reset".into(),
                }
            }
            Some(w) if w.starts_with("return-icmp") => {
                i += 1;
                let code = w
                    .split_once('(')
                    .and_then(|(_, c)| c.strip_suffix(')'))
                    .and_then(|c| c.split(',').next())
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .unwrap_or("port-unr");
                RuleAction::Reject {
                    with: format!("icmp-{code}"),
                }
            }
            // Plain `block` follows `set block-policy`, drop unless set otherwise;
            // pfctl itself always prints `drop` or `return`.
            _ => RuleAction::Drop,
        }
    };
    let mut hooks: Vec<&str> = vec!["input", "output"];
    let mut quick = false;
    let mut interface = None;
    let mut conditions = Vec::new();
    let mut ports: Option<Vec<(u16, u16)>> = None;
    let mut tcp = true;
    while let Some(w) = word(i) {
        match w {
            "in" => {
                hooks = vec!["input"];
                i += 1;
            }
            "out" => {
                hooks = vec!["output"];
                i += 1;
            }
            "log" => {
                i += 1;
                if word(i).is_some_and(|w| w.starts_with('(')) {
                    i += 1;
                }
            }
            "quick" => {
                quick = true;
                i += 1;
            }
            "on" => {
                i += 1;
                let mut name = String::new();
                if word(i) == Some("!") {
                    name.push_str("! ");
                    i += 1;
                }
                let Some(ifname) = word(i) else {
                    return Parsed::Unknown("no interface after `on`".into());
                };
                name.push_str(ifname);
                i += 1;
                interface = Some(if name == "lo0" {
                    "lo".to_string()
                } else {
                    name
                });
            }
            "inet" | "inet6" => {
                conditions.push(w.to_string());
                i += 1;
            }
            "proto" => {
                i += 1;
                let list = word(i).unwrap_or("");
                i += 1;
                let protos: Vec<&str> = list
                    .trim_start_matches('{')
                    .trim_end_matches('}')
                    .split([' ', ','])
                    .filter(|p| !p.is_empty())
                    .collect();
                tcp = protos.iter().any(|p| *p == "tcp" || *p == "6");
            }
            "all" => i += 1,
            "from" | "to" => {
                i += 1;
                let start = i;
                while let Some(a) = word(i) {
                    if AFTER_ADDRESS.contains(&a) {
                        break;
                    }
                    i += 1;
                }
                let addr = toks[start..i].join(" ");
                if !addr.is_empty() && addr != "any" {
                    conditions.push(format!("{w} {addr}"));
                }
                if word(i) == Some("port") {
                    let port_at = i;
                    i += 1;
                    match port_spec(toks, &mut i, services) {
                        Ok(r) if w == "to" => ports = Some(r),
                        // A source port: a condition we don't evaluate.
                        Ok(_) => conditions.push(format!(
                            "from {}",
                            toks[port_at..i.min(toks.len())].join(" ")
                        )),
                        Err(e) if w == "to" => return Parsed::Unknown(e),
                        Err(_) => conditions.push(format!(
                            "from {}",
                            toks[port_at..i.min(toks.len())].join(" ")
                        )),
                    }
                }
            }
            "user" | "group" | "tagged" | "os" => {
                // `user = 501`, `user { 501 502 }`, `tagged NAME`.
                let op = word(i + 1).unwrap_or("");
                let n = if matches!(op, "=" | "!=" | "<" | "<=" | ">" | ">=") {
                    3
                } else {
                    2
                };
                let end = (i + n).min(toks.len());
                conditions.push(toks[i..end].join(" "));
                i += n;
            }
            _ => i += 1,
        }
    }
    if !tcp {
        return Parsed::NotTcp;
    }
    let rules = hooks
        .into_iter()
        .map(|hook| FirewallRule {
            source: "pf".into(),
            table: "pf".into(),
            chain: if hook == "input" { "in" } else { "out" }.into(),
            hook: Some(hook.into()),
            ports: ports.clone(),
            interface: interface.clone(),
            conditions: conditions.clone(),
            action: action.clone(),
            text: line.to_string(),
        })
        .collect();
    Parsed::Rules(quick, rules)
}

fn service_port(name: &str, services: &HashMap<String, u16>) -> Result<u16, String> {
    if let Ok(n) = name.parse::<u16>() {
        return Ok(n);
    }
    services
        .get(name)
        .copied()
        .or_else(|| {
            BUILTIN_SERVICES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, p)| *p)
        })
        .ok_or_else(|| format!("unknown port name `{name}`"))
}

/// Parses what follows `port`, advancing `i` past it.
fn port_spec(
    toks: &[String],
    i: &mut usize,
    services: &HashMap<String, u16>,
) -> Result<Vec<(u16, u16)>, String> {
    let Some(first) = toks.get(*i) else {
        return Err("nothing after `port`".into());
    };
    if let Some(inner) = first.strip_prefix('{') {
        *i += 1;
        let inner = inner.trim_end_matches('}');
        let items: Vec<String> = inner
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < items.len() {
            out.extend(port_spec(&items, &mut k, services)?);
        }
        return Ok(out);
    }
    let value = |k: usize| -> Result<u16, String> {
        toks.get(k)
            .ok_or_else(|| "port value missing".to_string())
            .and_then(|v| service_port(v, services))
    };
    let ranges = match first.as_str() {
        "=" => {
            let p = value(*i + 1)?;
            *i += 2;
            vec![(p, p)]
        }
        "!=" => {
            let p = value(*i + 1)?;
            *i += 2;
            except(p, p)
        }
        "<" => {
            let p = value(*i + 1)?;
            *i += 2;
            if p == 0 { vec![] } else { vec![(0, p - 1)] }
        }
        "<=" => {
            let p = value(*i + 1)?;
            *i += 2;
            vec![(0, p)]
        }
        ">" => {
            let p = value(*i + 1)?;
            *i += 2;
            if p == u16::MAX {
                vec![]
            } else {
                vec![(p + 1, u16::MAX)]
            }
        }
        ">=" => {
            let p = value(*i + 1)?;
            *i += 2;
            vec![(p, u16::MAX)]
        }
        v => {
            let op = toks.get(*i + 1).map(String::as_str);
            if matches!(op, Some("><" | "<>")) {
                let a = service_port(v, services)?;
                let b = value(*i + 2)?;
                *i += 3;
                if op == Some("><") {
                    // Exclusive: a < port < b.
                    if b > a.saturating_add(1) {
                        vec![(a + 1, b - 1)]
                    } else {
                        vec![]
                    }
                } else {
                    // Outside a..=b.
                    except(a.min(b), a.max(b))
                }
            } else if let Some((a, b)) = v.split_once(':') {
                *i += 1;
                let (a, b) = (service_port(a, services)?, service_port(b, services)?);
                if a > b {
                    return Err(format!("empty port range {v}"));
                }
                vec![(a, b)]
            } else {
                *i += 1;
                let p = service_port(v, services)?;
                vec![(p, p)]
            }
        }
    };
    Ok(ranges)
}

/// Every port outside `a..=b`.
fn except(a: u16, b: u16) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    if a > 0 {
        out.push((0, a - 1));
    }
    if b < u16::MAX {
        out.push((b + 1, u16::MAX));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_services() -> HashMap<String, u16> {
        HashMap::new()
    }

    #[test]
    fn tokens_keep_groups_whole() {
        assert_eq!(
            tokens(r#"pass in log (all, to pflog1) proto tcp to port { 80 443 } label "a b""#),
            vec![
                "pass",
                "in",
                "log",
                "(all, to pflog1)",
                "proto",
                "tcp",
                "to",
                "port",
                "{ 80 443 }",
                "label",
                "\"a b\""
            ]
        );
    }

    #[test]
    fn port_operators() {
        let s = no_services();
        let spec = |t: &str| {
            let toks = tokens(t);
            let mut i = 0;
            port_spec(&toks, &mut i, &s)
        };
        assert_eq!(spec("= 5432"), Ok(vec![(5432, 5432)]));
        assert_eq!(spec("= ssh"), Ok(vec![(22, 22)]));
        assert_eq!(spec("8000:8010"), Ok(vec![(8000, 8010)]));
        assert_eq!(spec("{ 80 443 }"), Ok(vec![(80, 80), (443, 443)]));
        assert_eq!(spec("{ 80, 8000:8010 }"), Ok(vec![(80, 80), (8000, 8010)]));
        assert_eq!(spec("!= 22"), Ok(vec![(0, 21), (23, 65535)]));
        assert_eq!(spec("< 1024"), Ok(vec![(0, 1023)]));
        assert_eq!(spec(">= 49152"), Ok(vec![(49152, 65535)]));
        assert_eq!(spec("6000 >< 6010"), Ok(vec![(6001, 6009)]));
        assert_eq!(spec("6000 <> 6010"), Ok(vec![(0, 5999), (6011, 65535)]));
        assert!(spec("= no-such-service-name").is_err());
        assert!(spec("").is_err());
    }

    #[test]
    fn etc_services_and_status() {
        let s = parse_etc_services(
            "# comment\nssh 22/tcp # Secure Shell\nhttp 80/tcp www www-http\nhttp 80/udp\n",
        );
        assert_eq!(s.get("www"), Some(&80));
        assert_eq!(s.get("ssh"), Some(&22));
        assert_eq!(
            parse_pf_status("Status: Enabled for 0 days 00:02:18  Debug: Urgent\n"),
            Some(true)
        );
        assert_eq!(parse_pf_status("Status: Disabled\n"), Some(false));
        assert_eq!(parse_pf_status("garbage"), None);
    }
}
