//! Firewall parsers for macOS (pf, the application firewall) and Windows (the COM
//! properties of Windows Defender Firewall), on recorded or documented outputs (each
//! fixture names its source), checked through `FirewallFacts::decision`, and fuzzed.

use std::collections::HashMap;

use portdoctor_core::firewall::pf::{
    parse_etc_services, parse_pf_skipped, parse_pf_status, parse_pfctl_rules, without_skipped,
};
use portdoctor_core::firewall::socketfilterfw::{AppFirewall, parse_socketfilterfw};
use portdoctor_core::firewall::windows::{
    ACTION_ALLOW, ACTION_BLOCK, DIRECTION_IN, LocalPorts, PROFILE_DOMAIN, PROFILE_PRIVATE,
    PROFILE_PUBLIC, PROTOCOL_ANY, PROTOCOL_TCP, WindowsFirewall, WindowsProfile, WindowsRule,
    parse_local_ports,
};
use portdoctor_core::firewall::{Decision, FirewallFacts, RuleAction, Ruleset};
use proptest::prelude::*;

fn facts(rs: Ruleset) -> FirewallFacts {
    FirewallFacts {
        sources: vec!["test".into()],
        rules: rs.rules,
        policies: rs.policies,
        ..FirewallFacts::default()
    }
}

fn decide_at(f: &FirewallFacts, port: u16, hook: &str, loopback: bool) -> String {
    match f.decision(port, hook, loopback) {
        Decision::Rule(r) => format!("rule {}", r.action.label()),
        Decision::MaybeRule(r) => format!("maybe {}", r.action.label()),
        Decision::Policy(p) => format!("policy {}", p.policy),
        Decision::Nothing => "nothing".into(),
    }
}

fn decide(f: &FirewallFacts, port: u16, hook: &str) -> String {
    decide_at(f, port, hook, false)
}

/// The fixture without its leading `# ` comment lines (where the sources are cited).
fn fixture(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("# ") && *l != "#")
        .map(|l| format!("{l}\n"))
        .collect()
}

fn no_services() -> HashMap<String, u16> {
    HashMap::new()
}

// ---------------------------------------------------------------- pf

#[test]
fn pf_last_match_wins_unless_quick() {
    let rs = parse_pfctl_rules(
        include_str!("fixtures/firewall/pfctl-sr-constructed.txt"),
        &no_services(),
    )
    .unwrap();
    assert_eq!(rs.unevaluated.len(), 1, "the anchor: {:?}", rs.unevaluated);
    let f = facts(rs);
    // `block drop in all` comes first, the later `pass ... ssh` wins.
    assert_eq!(decide(&f, 22, "input"), "rule accept");
    // A later `block return` wins over the earlier block-all: a refusal (RST).
    assert_eq!(decide(&f, 8080, "input"), "rule reject with tcp-reset");
    // `port 8000:8010` is inclusive.
    assert_eq!(decide(&f, 8000, "input"), "rule accept");
    assert_eq!(decide(&f, 8010, "input"), "rule accept");
    assert_eq!(decide(&f, 8011, "input"), "rule drop");
    // `quick` decides at once, even though pass rules for any port follow.
    assert_eq!(decide(&f, 5432, "input"), "rule drop");
    // ... also on loopback: the quick block comes before the quick `on lo0` pass.
    assert_eq!(decide_at(&f, 5432, "input", true), "rule drop");
    // Anything else on loopback: the quick `pass in quick on lo0` decides.
    assert_eq!(decide_at(&f, 9000, "input", true), "rule accept");
    // Only from 192.168.1.0/24 and only IPv4; from elsewhere block-all applies.
    assert_eq!(decide(&f, 3306, "input"), "maybe accept");
    // `proto { tcp udp }` with `port { 80 443 }`.
    assert_eq!(decide(&f, 80, "input"), "rule accept");
    assert_eq!(decide(&f, 443, "input"), "rule accept");
    // A UDP-only rule is not ours: block-all decides.
    assert_eq!(decide(&f, 9999, "input"), "rule drop");
    // The `block drop out ... port { 25 465 }` is followed by `pass out all`: pf's
    // classic trap, the later pass wins.
    assert_eq!(decide(&f, 25, "output"), "rule accept");
    let first_out = f
        .rules
        .iter()
        .find(|r| r.hook.as_deref() == Some("output"))
        .unwrap();
    assert_eq!(first_out.text, "pass out all flags S/SA keep state");
    // The emitted order: quick rules first, in their order.
    assert_eq!(
        f.rules[0].text,
        "block drop in quick proto tcp from any to any port = postgresql"
    );
    assert_eq!(f.rules[1].interface.as_deref(), Some("lo"));
    // The default of pf is pass.
    assert!(f.policies.iter().all(|p| p.policy == "accept"));
}

/// pf semantics, written directly: the last matching rule, or the first matching
/// `quick` one; pass when nothing matches.
#[derive(Debug, Clone)]
struct PfRule {
    action: &'static str,
    quick: bool,
    dir: Option<&'static str>,
    ports: Option<(u16, u16)>,
}

impl PfRule {
    fn text(&self) -> String {
        let mut t = self.action.to_string();
        if let Some(d) = self.dir {
            t.push_str(&format!(" {d}"));
        }
        if self.quick {
            t.push_str(" quick");
        }
        match self.ports {
            Some((a, b)) if a == b => t.push_str(&format!(" proto tcp from any to any port = {a}")),
            Some((a, b)) => t.push_str(&format!(" proto tcp from any to any port {a}:{b}")),
            None => t.push_str(" all"),
        }
        t
    }

    fn matches(&self, port: u16, dir: &str) -> bool {
        self.dir.is_none_or(|d| d == dir) && self.ports.is_none_or(|(a, b)| (a..=b).contains(&port))
    }

    fn verdict(&self) -> &'static str {
        match self.action {
            "pass" => "accept",
            "block drop" => "drop",
            _ => "reject with tcp-reset",
        }
    }
}

fn pf_reference(rules: &[PfRule], port: u16, dir: &str) -> &'static str {
    let mut decided = "accept";
    for r in rules.iter().filter(|r| r.matches(port, dir)) {
        decided = r.verdict();
        if r.quick {
            break;
        }
    }
    decided
}

fn pf_rule() -> impl Strategy<Value = PfRule> {
    (
        prop::sample::select(vec!["pass", "block drop", "block return"]),
        any::<bool>(),
        prop::sample::select(vec![None, Some("in"), Some("out")]),
        prop::option::of((0u16..40, 0u16..8)),
    )
        .prop_map(|(action, quick, dir, ports)| PfRule {
            action,
            quick,
            dir,
            ports: ports.map(|(a, len)| (a, a + len)),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// For any rule set, the first match of the emitted list is the rule pf applies.
    #[test]
    fn pf_decision_matches_pf_semantics(rules in prop::collection::vec(pf_rule(), 0..12)) {
        let text: String = rules.iter().map(|r| r.text() + "\n").collect();
        let f = facts(parse_pfctl_rules(&text, &no_services()).unwrap());
        for port in 0u16..50 {
            for (dir, hook) in [("in", "input"), ("out", "output")] {
                let got = match f.decision(port, hook, false) {
                    Decision::Rule(r) => r.action.label(),
                    Decision::Nothing => "accept".to_string(),
                    other => panic!("unexpected {other:?}"),
                };
                prop_assert_eq!(got, pf_reference(&rules, port, dir), "port {} {}\n{}", port, dir, text);
            }
        }
    }
}

#[test]
fn pf_set_skip_on_loopback() {
    // CONSTRUCTED from pfctl's print_iface (name, then " (skip)" with -v): what
    // `pfctl -s Interfaces -v` prints after `set skip on lo0`.
    let skipped = parse_pf_skipped("all\nen0\nlo\nlo0 (skip)\nutun0\n");
    assert_eq!(skipped, vec!["lo0".to_string()]);
    let rs = parse_pfctl_rules(
        include_str!("fixtures/firewall/pfctl-sr-constructed.txt"),
        &no_services(),
    )
    .unwrap();
    let f = facts(without_skipped(rs, &skipped));
    // pf does not see loopback traffic at all now.
    assert_eq!(decide_at(&f, 5432, "input", true), "nothing");
    assert_eq!(decide_at(&f, 9999, "input", true), "nothing");
    // Nothing changes for other interfaces.
    assert_eq!(decide(&f, 5432, "input"), "rule drop");
    assert_eq!(decide(&f, 22, "input"), "rule accept");
    assert!(!f.rules.iter().any(|r| r.interface.as_deref() == Some("lo")));
}

#[test]
fn pf_recorded_freebsd_ruleset() {
    let rs = parse_pfctl_rules(
        include_str!("fixtures/firewall/pfctl-sr-freebsd-nixcraft.txt"),
        &no_services(),
    )
    .unwrap();
    assert!(rs.unevaluated.is_empty(), "{:?}", rs.unevaluated);
    let f = facts(rs);
    // The quick drop of spoofed sources decides first, if the source is spoofed.
    let first = f.decision(80, "input", false);
    match first {
        Decision::MaybeRule(r) => {
            assert_eq!(r.action, RuleAction::Drop);
            assert_eq!(r.interface.as_deref(), Some("! vtnet0"));
            assert!(r.conditions.contains(&"inet".to_string()));
        }
        other => panic!("{other:?}"),
    }
    // Otherwise `block return in log all`: port 80 is refused (RST), nothing passes it.
    let unconditional = |port: u16| {
        f.rules
            .iter()
            .find(|r| {
                r.hook.as_deref() == Some("input") && r.covers_port(port) && r.conditions.is_empty()
            })
            .map(|r| r.action.clone())
    };
    assert_eq!(
        unconditional(80),
        Some(RuleAction::Reject {
            with: "tcp-reset".into()
        })
    );
    // ssh only from one address to one network: a pass with conditions, before the
    // block-all in pf's order.
    let ssh = f
        .rules
        .iter()
        .position(|r| r.hook.as_deref() == Some("input") && r.ports == Some(vec![(22, 22)]))
        .unwrap();
    assert_eq!(f.rules[ssh].action, RuleAction::Accept);
    assert!(
        f.rules[ssh]
            .conditions
            .iter()
            .any(|c| c.contains("139.aaa.ccc.ddd"))
    );
    let block_all = f
        .rules
        .iter()
        .position(|r| r.text == "block return in log all")
        .unwrap();
    assert!(ssh < block_all);
    // Outbound https / domain (53) by service name: quick pass on vtnet0.
    assert_eq!(decide(&f, 443, "output"), "rule accept");
    assert_eq!(decide(&f, 53, "output"), "rule accept");
    let https = f
        .rules
        .iter()
        .find(|r| r.covers_port(443) && r.hook.as_deref() == Some("output") && r.ports.is_some())
        .unwrap();
    assert_eq!(https.interface.as_deref(), Some("vtnet0"));
    // Anything else out: `block drop out all`.
    assert_eq!(decide(&f, 8080, "output"), "rule drop");
    // The ICMP and UDP rules are not TCP rules.
    assert!(
        !f.rules
            .iter()
            .any(|r| r.text.contains("icmp") || r.text.contains("udp"))
    );
}

#[test]
fn pf_macos_default_has_only_the_apple_anchor() {
    let rs = parse_pfctl_rules(
        include_str!("fixtures/firewall/pfctl-sr-macos-default.txt"),
        &no_services(),
    )
    .unwrap();
    assert!(rs.rules.is_empty());
    assert_eq!(rs.unevaluated.len(), 1);
    assert!(rs.unevaluated[0].contains("com.apple/*"));
    assert_eq!(decide(&facts(rs), 5432, "input"), "nothing");
}

#[test]
fn pf_service_names_come_from_etc_services() {
    let rule = "block drop in quick proto tcp from any to any port = hbci\n";
    let rs = parse_pfctl_rules(rule, &no_services()).unwrap();
    assert!(rs.rules.is_empty());
    assert_eq!(rs.unevaluated.len(), 1, "an unknown name is not guessed");
    let services = parse_etc_services("hbci            3000/tcp    # HBCI\nhbci 3000/udp\n");
    let f = facts(parse_pfctl_rules(rule, &services).unwrap());
    assert_eq!(decide(&f, 3000, "input"), "rule drop");
}

#[test]
fn pf_status_and_garbage() {
    assert_eq!(
        parse_pf_status(include_str!(
            "fixtures/firewall/pfctl-s-info-freebsd-nixcraft.txt"
        )),
        Some(true)
    );
    assert_eq!(
        parse_pf_status("Status: Disabled                      Debug: Urgent\n"),
        Some(false)
    );
    assert!(parse_pfctl_rules("hello world\nthis is not pf\n", &no_services()).is_err());
    assert!(parse_pfctl_rules("", &no_services()).is_ok_and(|r| r.rules.is_empty()));
    // pfctl's stderr noise alone is no rule set, but not an error either.
    assert!(
        parse_pfctl_rules(
            "No ALTQ support in kernel\nALTQ related functions disabled\n",
            &no_services()
        )
        .is_ok()
    );
}

#[test]
fn pf_verbose_and_numbered_output() {
    let text = "@0 scrub-anchor \"com.apple/*\" all fragment reassemble\n\
                @1 block return-icmp(port-unr) in proto tcp from any to any port = 7000\n  \
                [ Evaluations: 10        Packets: 0         Bytes: 0           States: 0     ]\n\
                @2 block return-rst(ttl 100) in log (all, to pflog1) proto tcp from any to any port 7001:7003\n\
                @3 pass in on ! lo0 proto tcp from any port = 53 to any port >= 60000 user = 501\n";
    let f = facts(parse_pfctl_rules(text, &no_services()).unwrap());
    assert_eq!(decide(&f, 7000, "input"), "rule reject with icmp-port-unr");
    assert_eq!(decide(&f, 7002, "input"), "rule reject with tcp-reset");
    let r = f
        .rules
        .iter()
        .find(|r| r.covers_port(60001) && r.ports.is_some())
        .unwrap();
    assert_eq!(r.interface.as_deref(), Some("! lo0"));
    assert!(
        r.conditions.contains(&"from port = 53".to_string()),
        "{:?}",
        r.conditions
    );
    assert!(
        r.conditions.contains(&"user = 501".to_string()),
        "{:?}",
        r.conditions
    );
    // `on ! lo0` does not apply to loopback traffic.
    assert_eq!(decide_at(&f, 60001, "input", true), "nothing");
}

// ---------------------------------------------------------------- socketfilterfw

fn app(fixture_text: &str) -> Result<AppFirewall, String> {
    parse_socketfilterfw(&fixture(fixture_text))
}

#[test]
fn socketfilterfw_recorded_and_assembled_outputs() {
    let kolide = app(include_str!(
        "fixtures/firewall/socketfilterfw-kolide-launcher.txt"
    ))
    .unwrap();
    assert_eq!(kolide.enabled, Some(true));
    assert_eq!(kolide.global_state, Some(2));
    assert_eq!(
        kolide.block_all,
        Some(false),
        "the block-all line says disabled"
    );
    assert_eq!(kolide.stealth, Some(true));

    let older = app(include_str!(
        "fixtures/firewall/socketfilterfw-older-macos.txt"
    ))
    .unwrap();
    assert_eq!(
        (older.enabled, older.block_all, older.stealth),
        (Some(true), Some(false), Some(true))
    );

    let off = app(include_str!(
        "fixtures/firewall/socketfilterfw-newer-macos-off.txt"
    ))
    .unwrap();
    assert_eq!(
        (off.enabled, off.block_all, off.stealth),
        (Some(false), Some(false), Some(false))
    );

    let strict = app(include_str!(
        "fixtures/firewall/socketfilterfw-block-all-stealth.txt"
    ))
    .unwrap();
    assert_eq!(
        (strict.enabled, strict.block_all, strict.stealth),
        (Some(true), Some(true), Some(true))
    );
    let state = strict.state();
    assert_eq!(state.get("app_firewall").map(String::as_str), Some("on"));
    assert_eq!(state.get("block_all").map(String::as_str), Some("on"));
    assert_eq!(state.get("stealth_mode").map(String::as_str), Some("on"));
    assert_eq!(state.len(), 3);
}

#[test]
fn socketfilterfw_errors() {
    assert!(parse_socketfilterfw("").is_err());
    assert!(parse_socketfilterfw("zsh: command not found: socketfilterfw").is_err());
}

// ---------------------------------------------------------------- Windows

fn windows_fixture() -> Result<WindowsFirewall, serde_json::Error> {
    serde_json::from_str(include_str!("fixtures/firewall/windows-firewall-com.json"))
}

#[test]
fn windows_profiles_defaults_and_rules() {
    let fw = windows_fixture().unwrap();
    let state = fw.state();
    for key in ["profile_domain", "profile_private", "profile_public"] {
        assert_eq!(state.get(key).map(String::as_str), Some("on"), "{key}");
    }
    assert_eq!(
        state.get("active_profiles").map(String::as_str),
        Some("private,public")
    );
    let rs = fw.ruleset();
    // IPHTTPS and RPC are decided at run time; sshd is for the domain profile only.
    assert_eq!(rs.unevaluated.len(), 3, "{:#?}", rs.unevaluated);
    assert!(
        rs.unevaluated
            .iter()
            .any(|u| u.contains("OpenSSH") && u.contains("not for the active profile"))
    );
    // One default per active profile and direction; inbound block → drop.
    assert_eq!(rs.policies.len(), 4);
    assert!(rs.policies.iter().all(|p| p.source == "windows"));
    let inbound: Vec<_> = rs.policies.iter().filter(|p| p.hook == "input").collect();
    assert!(
        inbound
            .iter()
            .all(|p| p.policy == "drop" && p.chain == "inbound")
    );
    assert_eq!(
        inbound.iter().map(|p| p.table.as_str()).collect::<Vec<_>>(),
        vec!["private", "public"]
    );
    let f = facts(rs);
    // Block rules come first: on the public network PostgreSQL is dropped (a timeout).
    let pg = f.decision(5432, "input", false);
    match pg {
        Decision::MaybeRule(r) => {
            assert_eq!(r.action, RuleAction::Drop);
            assert_eq!(r.conditions, vec!["profile public".to_string()]);
            assert_eq!(r.table, "public");
        }
        other => panic!("{other:?}"),
    }
    // The allow rule for the private profile is there, after the block.
    assert!(f.rules.iter().any(|r| r.covers_port(5432)
        && r.action == RuleAction::Accept
        && r.conditions.iter().any(|c| c.contains("postgres.exe"))));
    // LocalPorts list and range, all profiles.
    assert_eq!(decide(&f, 8005, "input"), "rule accept");
    assert_eq!(decide(&f, 443, "input"), "rule accept");
    // Disabled rule: the default decides.
    assert_eq!(decide(&f, 3389, "input"), "policy drop");
    // Domain-only rule, domain not active.
    assert_eq!(decide(&f, 22, "input"), "policy drop");
    // RPC-EPMap style fixed port 135, only from the local subnet, private only.
    assert_eq!(decide(&f, 135, "input"), "maybe accept");
    // Outbound rules match the remote port.
    assert_eq!(decide(&f, 25, "output"), "rule drop");
    assert_eq!(decide(&f, 443, "output"), "nothing");
    let smtp = f
        .rules
        .iter()
        .find(|r| r.hook.as_deref() == Some("output"))
        .unwrap();
    assert_eq!(smtp.chain, "outbound");
    assert!(
        smtp.text
            .contains("\"Block outbound SMTP\" block outbound TCP port 25")
    );
}

fn profile(kind: i32, active: bool, enabled: bool) -> WindowsProfile {
    WindowsProfile {
        kind,
        active,
        enabled,
        default_inbound: ACTION_BLOCK,
        default_outbound: ACTION_ALLOW,
        block_all_inbound: false,
    }
}

fn tcp_rule(name: &str, action: i32, ports: &str) -> WindowsRule {
    WindowsRule {
        name: name.into(),
        enabled: true,
        direction: DIRECTION_IN,
        action,
        protocol: PROTOCOL_TCP,
        local_ports: ports.into(),
        remote_ports: "*".into(),
        local_addresses: "*".into(),
        remote_addresses: "*".into(),
        profiles: PROFILE_PRIVATE,
        interface_types: "All".into(),
        ..WindowsRule::default()
    }
}

#[test]
fn windows_firewall_off_filters_nothing() {
    let fw = WindowsFirewall {
        profiles: vec![
            profile(PROFILE_DOMAIN, false, true),
            profile(PROFILE_PRIVATE, true, false),
            profile(PROFILE_PUBLIC, false, true),
        ],
        rules: vec![tcp_rule("Block 5432", ACTION_BLOCK, "5432")],
    };
    assert_eq!(
        fw.state().get("profile_private").map(String::as_str),
        Some("off")
    );
    let rs = fw.ruleset();
    assert!(rs.rules.is_empty());
    assert!(rs.policies.iter().all(|p| p.policy == "accept"));
    assert_eq!(decide(&facts(rs), 5432, "input"), "nothing");
}

#[test]
fn windows_block_all_inbound_and_block_before_allow() {
    let mut private = profile(PROFILE_PRIVATE, true, true);
    private.block_all_inbound = true;
    let fw = WindowsFirewall {
        profiles: vec![private],
        rules: vec![tcp_rule("Allow 80", ACTION_ALLOW, "80")],
    };
    let f = facts(fw.ruleset());
    assert_eq!(decide(&f, 80, "input"), "rule drop");
    assert!(f.rules[0].text.contains("block all incoming connections"));

    // Block rules win over allow rules whatever the order they were listed in.
    let fw = WindowsFirewall {
        profiles: vec![profile(PROFILE_PRIVATE, true, true)],
        rules: vec![
            tcp_rule("Allow all", ACTION_ALLOW, "*"),
            tcp_rule("Block 5432", ACTION_BLOCK, "5432"),
            WindowsRule {
                protocol: 17,
                ..tcp_rule("Block UDP 5432", ACTION_BLOCK, "5432")
            },
            WindowsRule {
                protocol: PROTOCOL_ANY,
                local_ports: String::new(),
                application: "C:\\evil.exe".into(),
                ..tcp_rule("Block a program", ACTION_BLOCK, "")
            },
        ],
    };
    let f = facts(fw.ruleset());
    assert_eq!(f.rules.len(), 3, "the UDP rule is not ours");
    assert_eq!(decide(&f, 5432, "input"), "rule drop");
    // The program rule is first among blocks for other ports: maybe.
    assert_eq!(decide(&f, 80, "input"), "maybe drop");
}

#[test]
fn windows_local_ports_strings() {
    assert_eq!(
        parse_local_ports("80, 443 ,8000-8010"),
        LocalPorts::Ranges(vec![(80, 80), (443, 443), (8000, 8010)])
    );
    assert_eq!(parse_local_ports("Any"), LocalPorts::Any);
    assert_eq!(parse_local_ports("*"), LocalPorts::Any);
    assert!(matches!(
        parse_local_ports("80,RPC"),
        LocalPorts::Unknown(_)
    ));
    assert!(matches!(
        parse_local_ports("Teredo"),
        LocalPorts::Unknown(_)
    ));
}

// ---------------------------------------------------------------- fuzzing

fn windows_rule() -> impl Strategy<Value = WindowsRule> {
    (
        any::<bool>(),
        0i32..4,
        0i32..3,
        prop::sample::select(vec![6, 17, 256, 1, -1]),
        "[0-9,*A-Za-z -]{0,16}",
        "[0-9,*A-Za-z -]{0,8}",
        "[\\\\:A-Za-z.]{0,8}",
        any::<i32>(),
    )
        .prop_map(
            |(
                enabled,
                direction,
                action,
                protocol,
                local_ports,
                remote_ports,
                application,
                profiles,
            )| {
                WindowsRule {
                    name: "fuzz".into(),
                    enabled,
                    direction,
                    action,
                    protocol,
                    local_ports,
                    remote_ports,
                    application,
                    profiles,
                    ..WindowsRule::default()
                }
            },
        )
}

fn windows_profile() -> impl Strategy<Value = WindowsProfile> {
    (
        any::<i32>(),
        any::<bool>(),
        any::<bool>(),
        0i32..3,
        0i32..3,
        any::<bool>(),
    )
        .prop_map(
            |(kind, active, enabled, default_inbound, default_outbound, block_all_inbound)| {
                WindowsProfile {
                    kind,
                    active,
                    enabled,
                    default_inbound,
                    default_outbound,
                    block_all_inbound,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn pf_parser_never_panics(input in any::<String>()) {
        let _ = parse_pfctl_rules(&input, &no_services());
        let _ = parse_pf_status(&input);
        let _ = parse_etc_services(&input);
        let _ = parse_pf_skipped(&input);
    }

    #[test]
    fn pf_parser_never_panics_on_pf_shaped_input(input in "((@[0-9]{1,3} )?(pass|block|block drop|block return|block return-icmp\\(port-unr\\)|anchor|scrub|\\}|match)( (in|out|log|\\(all\\)|quick|on|!|lo0|en0|inet|inet6|proto|tcp|udp|\\{ tcp udp \\}|all|from|to|any|port|=|!=|<|<=|>|>=|><|<>|:|[0-9]{1,5}|[0-9]{1,5}:[0-9]{1,5}|\\{ [0-9 ,]{0,12} \\}|ssh|user|\"[a-z ]{0,6}\"|\\{)){0,14}\n){0,10}") {
        let _ = parse_pfctl_rules(&input, &no_services());
    }

    #[test]
    fn socketfilterfw_parser_never_panics(input in any::<String>()) {
        let _ = parse_socketfilterfw(&input);
    }

    #[test]
    fn socketfilterfw_parser_never_panics_on_shaped_input(input in "((Firewall|Block all|Stealth mode|stealth|is|has|set to|enabled|disabled|ENABLED!|DISABLED!|on|off|\\(State = [0-9]{0,4}\\)|blocking all|\\.)( |\n)){0,12}") {
        if let Ok(a) = parse_socketfilterfw(&input) {
            prop_assert!(a.state().values().all(|v| v == "on" || v == "off"));
        }
    }

    #[test]
    fn windows_mapping_never_panics_and_blocks_come_first(
        profiles in prop::collection::vec(windows_profile(), 0..4),
        rules in prop::collection::vec(windows_rule(), 0..8),
        ports in any::<String>(),
    ) {
        let _ = parse_local_ports(&ports);
        let fw = WindowsFirewall { profiles, rules };
        let _ = fw.state();
        let rs = fw.ruleset();
        for hook in ["input", "output"] {
            let actions: Vec<&RuleAction> = rs
                .rules
                .iter()
                .filter(|r| r.hook.as_deref() == Some(hook))
                .map(|r| &r.action)
                .collect();
            let first_accept = actions.iter().position(|a| **a == RuleAction::Accept).unwrap_or(actions.len());
            prop_assert!(actions[first_accept..].iter().all(|a| **a == RuleAction::Accept));
            prop_assert!(actions.iter().all(|a| matches!(a, RuleAction::Accept | RuleAction::Drop)));
        }
    }
}
