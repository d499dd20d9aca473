//! Firewall parsers on rule sets recorded from real nftables and iptables here (a
//! network namespace with the rules of each fixture), and fuzzed.

use portdoctor_core::firewall::{
    Decision, FirewallFacts, RuleAction, Ruleset, parse_iptables_save, parse_nft_json,
};
use proptest::prelude::*;

fn facts(rs: Ruleset) -> FirewallFacts {
    FirewallFacts {
        sources: vec!["test".into()],
        managers: rs.managers.clone(),
        rules: rs.rules,
        policies: rs.policies,
        ..FirewallFacts::default()
    }
}

fn decide(f: &FirewallFacts, port: u16, hook: &str) -> String {
    match f.decision(port, hook, false) {
        Decision::Rule(r) => format!("rule {}", r.action.label()),
        Decision::MaybeRule(r) => format!("maybe {}", r.action.label()),
        Decision::Policy(p) => format!("policy {}", p.policy),
        Decision::Nothing => "nothing".into(),
    }
}

#[test]
fn nftables_ruleset() {
    let rs = parse_nft_json(include_str!("fixtures/firewall/nft-inet-filter.json")).unwrap();
    let f = facts(rs);
    assert_eq!(decide(&f, 22, "input"), "rule accept");
    assert_eq!(decide(&f, 5432, "input"), "rule reject with tcp-reset");
    assert_eq!(
        decide(&f, 8080, "input"),
        "rule reject with port-unreachable"
    );
    assert_eq!(decide(&f, 9003, "input"), "rule drop");
    assert_eq!(
        decide(&f, 3306, "input"),
        "maybe accept",
        "only from 192.0.2.0/24"
    );
    assert_eq!(
        decide(&f, 443, "input"),
        "rule reject with admin-prohibited"
    );
    assert_eq!(decide(&f, 7001, "input"), "rule drop", "named set @blocked");
    assert_eq!(
        decide(&f, 6379, "input"),
        "rule drop",
        "reached by jump extra"
    );
    assert_eq!(
        decide(&f, 11211, "input"),
        "rule reject with port-unreachable"
    );
    assert_eq!(decide(&f, 12345, "input"), "policy drop");
    assert_eq!(decide(&f, 25, "output"), "maybe drop");
    assert_eq!(decide(&f, 80, "output"), "nothing");
    // iifname "lo" accept applies to loopback traffic only.
    assert!(
        matches!(f.decision(5432, "input", true), Decision::Rule(r) if r.action == RuleAction::Accept)
    );
    let r = f
        .rules
        .iter()
        .find(|r| r.covers_port(5432) && r.ports.is_some())
        .unwrap();
    assert_eq!(r.text, "tcp dport 5432 reject with tcp reset");
    assert_eq!(r.hook.as_deref(), Some("input"));
}

#[test]
fn iptables_save_with_ufw_chains() {
    let rs = parse_iptables_save(
        include_str!("fixtures/firewall/iptables-save-ufw.txt"),
        "iptables",
    )
    .unwrap();
    assert_eq!(rs.managers, vec!["ufw"]);
    assert_eq!(
        rs.unevaluated.len(),
        1,
        "the negated --dport: {:?}",
        rs.unevaluated
    );
    let f = facts(rs);
    assert_eq!(decide(&f, 22, "input"), "rule accept");
    assert_eq!(
        decide(&f, 3306, "input"),
        "rule reject with icmp-port-unreachable"
    );
    assert_eq!(decide(&f, 5432, "input"), "rule reject with tcp-reset");
    assert_eq!(decide(&f, 1500, "input"), "rule drop");
    assert_eq!(decide(&f, 8080, "input"), "rule drop");
    assert_eq!(decide(&f, 443, "input"), "maybe drop");
    assert_eq!(decide(&f, 9999, "input"), "policy drop");
    assert_eq!(
        decide(&f, 25, "output"),
        "maybe reject with icmp-admin-prohibited"
    );
    let r = f
        .rules
        .iter()
        .find(|r| r.covers_port(5432) && r.ports.is_some())
        .unwrap();
    assert_eq!(r.chain, "ufw-user-input");
    assert_eq!(r.hook.as_deref(), Some("input"));
}

#[test]
fn ip6tables_save() {
    let rs = parse_iptables_save(
        include_str!("fixtures/firewall/ip6tables-save.txt"),
        "ip6tables",
    )
    .unwrap();
    assert_eq!(
        decide(&facts(rs), 8443, "input"),
        "rule reject with icmp6-adm-prohibited"
    );
}

#[test]
fn iptables_nft_rules_are_left_to_iptables_save() {
    let rs = parse_nft_json(include_str!("fixtures/firewall/nft-with-iptables-nft.json")).unwrap();
    // Simple iptables rules show up natively translated, complex ones as opaque `xt`.
    assert!(rs.rules.iter().any(|r| r.text == "tcp dport 22 accept"));
    assert!(
        !rs.rules.iter().any(|r| r.text.contains("1000")),
        "multiport is opaque in nft"
    );
    let rs = rs.without_iptables_tables();
    assert!(
        rs.rules.is_empty() && rs.policies.is_empty(),
        "{:?}",
        rs.rules
    );
}

#[test]
fn for_port_keeps_only_what_concerns_the_port() {
    let rs = parse_nft_json(include_str!("fixtures/firewall/nft-inet-filter.json")).unwrap();
    let f = facts(rs).for_port(5432);
    assert!(f.rules.iter().all(|r| r.covers_port(5432)));
    assert!(f.rules.iter().any(|r| r.text.contains("5432")));
}

#[test]
fn garbage_is_an_error() {
    assert!(parse_nft_json("").is_err());
    assert!(parse_nft_json("{\"x\": 1}").is_err());
    assert!(parse_iptables_save("hello world\n-A INPUT -j DROP", "iptables").is_err());
    assert!(parse_iptables_save("", "iptables").is_ok_and(|r| r.rules.is_empty()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn nft_parser_never_panics(input in any::<String>()) {
        let _ = parse_nft_json(&input);
    }

    #[test]
    fn nft_parser_never_panics_on_json_shaped_input(input in "\\{\"nftables\": \\[(\\{\"(rule|chain|set)\": \\{(\"[a-z]+\": (\"[a-z@ ]*\"|[0-9]{1,6}|null|\\[\\]|\\{\\}), ?){0,6}\"expr\": \\[\\]\\}\\},? ?){0,4}\\]\\}") {
        let _ = parse_nft_json(&input);
    }

    #[test]
    fn iptables_parser_never_panics(input in "(\\*filter\n|:INPUT DROP \\[0:0\\]\n|-A [A-Za-z-]+( (-p|--dport|--dports|-j|-s|!|-m|--reject-with|--ctstate) [A-Za-z0-9:,./-]*){0,6}\n|COMMIT\n|[^\n]{0,20}\n){0,12}") {
        let _ = parse_iptables_save(&input, "iptables");
    }
}
