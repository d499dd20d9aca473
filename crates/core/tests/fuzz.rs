//! Property tests: no input makes a parser panic, and what parses is consistent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use portdoctor_core::duration::parse_duration;
use portdoctor_core::errtext::parse_error_text;
use portdoctor_core::report::Report;
use portdoctor_core::target::{HostKind, parse_target};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn target_parser_never_panics(input in any::<String>()) {
        let _ = parse_target(&input);
    }

    #[test]
    fn target_parser_never_panics_on_address_like_text(input in "[\\[\\]a-zA-Z0-9:.%/@ _-]{0,80}") {
        if let Ok(t) = parse_target(&input) {
            prop_assert!(t.port >= 1);
            prop_assert!(!t.host.is_empty());
        }
    }

    #[test]
    fn host_and_port_round_trip(
        host in "[a-z][a-z0-9-]{0,20}(\\.[a-z][a-z0-9-]{0,20}){0,3}",
        port in 1u16..=65535,
    ) {
        let t = parse_target(&format!("{host}:{port}")).unwrap();
        prop_assert_eq!(t.host, host);
        prop_assert_eq!(t.port, port);
        prop_assert_eq!(t.host_kind, HostKind::Name);
    }

    #[test]
    fn ipv6_round_trip(addr in any::<std::net::Ipv6Addr>(), port in 1u16..=65535) {
        let t = parse_target(&format!("[{addr}]:{port}")).unwrap();
        prop_assert_eq!(t.host, addr.to_string());
        prop_assert_eq!(t.port, port);
    }

    #[test]
    fn error_text_parser_never_panics(input in any::<String>()) {
        let _ = parse_error_text(&input);
    }

    #[test]
    fn error_text_parser_never_panics_on_message_like_text(
        input in "(connect|ECONNREFUSED|dial tcp|Failed to connect to|port|refused|timed out|\\[|\\]|:|::1|127\\.0\\.0\\.1|localhost|[0-9]{1,6}|\"|'|\\(|\\)| |\n|/|\\.|@|%)*",
    ) {
        if let Ok(p) = parse_error_text(&input)
            && let Some(port) = p.port
        {
            prop_assert!(port >= 1);
        }
    }

    #[test]
    fn proxy_settings_readers_never_panic(input in any::<String>(), shaped in "[a-zA-Z0-9:._/=\\[\\]{}'<>;, \n-]{0,200}") {
        use portdoctor_core::proxy::*;
        for text in [&input, &shaped] {
            let _ = parse_proxy_url(text);
            let _ = from_scutil(text);
            let _ = from_gsettings(text);
            let _ = from_kioslaverc(text);
            let _ = from_wininet(Some(1), Some(text), Some(text), Some(text));
            let _ = from_env([("https_proxy", text.as_str()), ("NO_PROXY", text.as_str())]);
            let _ = bypassed(std::slice::from_ref(text), "example.com");
            let _ = parse_status_line(text.as_bytes());
        }
    }

    #[test]
    fn container_readers_never_panic(input in any::<String>(), shaped in "[0-9A-Fa-f: |+/.-]{0,200}\n[ 0-9A-F:]{0,120}") {
        use portdoctor_core::containers::*;
        for text in [&input, &shaped] {
            let _ = forwards_from_iptables_save(&format!("*nat\n{text}"), "iptables");
            let _ = forwards_from_nft_json(text);
            let _ = listeners_from_proc_net_tcp(&format!("header\n{text}"));
            let _ = local_addresses_from_fib_trie(text);
            let _ = container_from_cgroup(text);
            let _ = portdoctor_core::wsl::parse_wslconfig(&format!("[wsl2]\n{text}"));
            let _ = portdoctor_core::wsl::default_gateway(&format!("h\n{text}"));
        }
    }

    #[test]
    fn duration_parser_never_panics(input in any::<String>()) {
        let _ = parse_duration(&input);
    }

    #[test]
    fn report_reader_never_panics(input in any::<String>()) {
        let _ = Report::from_json(&input);
    }
}

/// Found by the fuzzing campaign (bench/fuzz.sh, target `message`): a PostgreSQL socket
/// named `.s.PGSQL.0` gave port 0, which is no port.
#[test]
fn a_socket_file_named_for_port_zero_names_no_port() {
    let text = "psql: could not connect to server: No such file or directory socket \"/var/run/postgresql/.s.PGSQL.0\"";
    let parsed = parse_error_text(text).unwrap();
    assert_eq!(parsed.port, None);
    let text = "psql: could not connect to server: No such file or directory socket \"/var/run/postgresql/.s.PGSQL.5433\"";
    assert_eq!(parse_error_text(text).unwrap().port, Some(5433));
}
