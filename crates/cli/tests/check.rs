//! `portdoctor check` on real sockets: a listener owned by a child process, a closed
//! port, and network namespaces for localhost, DNS, timeouts and unreachable hosts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use std::io::Read;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use util::netns::{self, Netns};
use util::{ChildListener, first_code, json, quiet_port, run};

#[test]
fn open_port_is_reachable() {
    let listener = ChildListener::start("127.0.0.1", None);
    let target = format!("127.0.0.1:{}", listener.port);
    let out = run(&["check", "--json", &target]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = json(&out);
    assert_eq!(r["target"]["host"], "127.0.0.1");
    assert_eq!(r["target"]["port"], listener.port);
    assert_eq!(r["addresses"][0]["outcome"], "open");
    assert_eq!(r["addresses"][0]["family"], "ipv4");
    assert!(r["addresses"][0]["elapsed_ms"].as_f64().is_some());
    assert_eq!(first_code(&r), "reachable");
    assert_eq!(r["findings"][0]["verdict"], "ok");
}

/// A server on loopback that accepts each connection and ends it at once, with a
/// close or (linger 0) a reset, for a few seconds.
fn hang_up_server(reset: bool) -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    l.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            match l.accept() {
                Ok((s, _)) => {
                    if reset {
                        socket2::SockRef::from(&s)
                            .set_linger(Some(Duration::ZERO))
                            .unwrap();
                    }
                    drop(s);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(2)),
            }
        }
    });
    port
}

#[test]
fn a_server_that_ends_the_connection_at_once_is_not_called_reachable() {
    for reset in [false, true] {
        let port = hang_up_server(reset);
        let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
        let r = json(&out);
        assert_eq!(
            r["addresses"][0]["outcome"], "open",
            "the connection was made"
        );
        assert_eq!(r["addresses"][0]["detail"]["hangup"]["reset"], reset);
        assert_eq!(first_code(&r), "closed-at-once", "reset: {reset}");
        assert_eq!(r["findings"][0]["args"]["reset"], reset);
        assert_eq!(out.status.code(), Some(1), "not all clear");
        let text = run(&["check", &format!("127.0.0.1:{port}")]);
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.contains(&format!(
                "The program on port {port} of this computer is running, but it closed the connection as soon as it was opened."
            )),
            "{text}"
        );
        assert!(text.contains("then ended the connection at once"), "{text}");
        assert!(!text.contains("All clear"), "{text}");
    }
}

#[test]
fn localhost_on_ipv6_with_a_program_on_127_0_0_1_says_to_use_127_0_0_1() {
    let listener = ChildListener::start("127.0.0.1", None);
    // What Node 17+ prints for localhost: it tried ::1.
    let pasted = format!("Error: connect ECONNREFUSED ::1:{}", listener.port);
    for input in [format!("[::1]:{}", listener.port), pasted] {
        let out = run(&["check", "--json", &input]);
        let r = json(&out);
        assert_eq!(first_code(&r), "localhost-ipv6-first", "{input}");
        assert_eq!(r["findings"][0]["args"]["works_address"], "127.0.0.1");
        assert_eq!(r["findings"][0]["subject"]["this_computer"], true);
        let text = run(&["check", &input]);
        let text = String::from_utf8_lossy(&text.stdout);
        let top: String = text.lines().take(6).collect::<Vec<_>>().join("\n");
        assert!(
            top.contains(&format!(
                "The program on port {} listens at 127.0.0.1, but the connection went to ::1.",
                listener.port
            )),
            "{text}"
        );
        assert!(
            top.contains("1. Connect to 127.0.0.1 instead of localhost."),
            "{text}"
        );
        assert!(!top.contains("0.0.0.0 or ::"), "{text}");
        assert!(
            !text.contains("Only programs on this same computer"),
            "{text}"
        );
    }
}

#[test]
fn test_listener_greets_and_names_the_port() {
    let listener = ChildListener::start("127.0.0.1", None);
    let mut stream = TcpStream::connect(("127.0.0.1", listener.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut greeting = String::new();
    stream.read_to_string(&mut greeting).unwrap();
    assert!(
        greeting.contains(&listener.port.to_string()),
        "{greeting:?}"
    );
    assert!(greeting.ends_with("\r\n"));
}

#[test]
fn closed_port_is_refused_with_no_listener() {
    let port = quiet_port();
    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    assert_eq!(out.status.code(), Some(1));
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "refused");
    assert_eq!(r["addresses"][0]["detail"]["error"], "ECONNREFUSED");
    assert!(r["addresses"][0]["elapsed_ms"].as_f64().unwrap() < 1000.0);
    assert_eq!(first_code(&r), "no-listener");
    // On this computer the listener table confirms it: no guessing.
    assert_eq!(r["findings"][0]["confidence"], "certain");
    assert!(r["listeners"]["listeners"].as_array().unwrap().is_empty());
    assert!(
        r["findings"][0]["headline"]
            .as_str()
            .unwrap()
            .contains(&port.to_string())
    );
}

/// Regression (issue 10): 127.0.0.1, ::1 and localhost are this computer, not a
/// stranger's: "of this computer", and no "if it is not yours".
#[test]
fn this_computer_by_address_or_name_is_called_this_computer() {
    let port = quiet_port();
    for target in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let out = run(&["check", "--no-path", &target]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains(&format!(
                "No program is answering on port {port} of this computer."
            )),
            "{target}: {text}"
        );
        assert!(
            text.contains("This computer answered at once"),
            "{target}: {text}"
        );
        assert!(!text.contains("is not yours"), "{target}: {text}");
    }
    // The expected service, on this computer's IPv6 address.
    let out = run(&[
        "check",
        "--no-path",
        "--service",
        "mongodb",
        &format!("[::1]:{port}"),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("MongoDB is not running on this computer."),
        "{text}"
    );
}

#[test]
fn text_report_leads_with_the_answer() {
    let port = quiet_port();
    let out = run(&["check", &format!("127.0.0.1:{port}")]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[1].starts_with("✗ Problem found: No program is answering on port"),
        "{text}"
    );
    assert!(
        lines.len() <= 25,
        "text report is {} lines:\n{text}",
        lines.len()
    );
    assert!(text.contains(&format!("nc -vz -w 5 -- 127.0.0.1 {port}")));
}

#[test]
fn reports_save_in_every_format_and_read_back() {
    let dir = std::env::temp_dir().join(format!("pd-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let port = quiet_port();
    for ext in ["json", "md", "txt"] {
        let file = dir.join(format!("report.{ext}"));
        let out = run(&[
            "check",
            &format!("127.0.0.1:{port}"),
            "--save",
            file.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        let saved = std::fs::read_to_string(&file).unwrap();
        match ext {
            "json" => {
                let report = portdoctor_core::Report::from_json(&saved).expect("report reads back");
                assert_eq!(report.findings[0].finding.code(), "no-listener");
            }
            "md" => assert!(saved.starts_with("# Port Doctor report ")),
            _ => assert!(saved.contains("Problem found")),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_targets_exit_2_with_one_clear_line() {
    for (input, expect) in [
        ("db1:0", "Port 0 cannot be used"),
        ("db1:70000", "Port 70000 does not exist"),
        ("172.16.23.277:80", "172.16.23.277 is not a valid address"),
        ("", "Type the address"),
        ("db1", "Add the port number"),
        ("a b c", "An address has no spaces"),
        ("db\u{1}1:80", "invisible control character"),
    ] {
        let out = run(&["check", input]);
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{input:?}: {err}");
        assert!(err.contains(expect), "{input:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    let long = "a".repeat(10_000);
    let out = run(&["check", &long]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--timeout", "soon", "db1:80"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a length of time"));
}

#[test]
fn help_documents_exit_codes() {
    let out = run(&["check", "--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Exit codes:"));
    assert!(help.contains("130"));
}

#[test]
fn localhost_on_both_families_with_ipv4_only_listener_is_a_mismatch() {
    if !netns::available("localhost mismatch") {
        return;
    }
    let ns = Netns::new("lh");
    let listener = ChildListener::start("127.0.0.1", Some(&ns.name));
    let out = ns.portdoctor(&["check", "--json", &format!("localhost:{}", listener.port)]);
    let r = json(&out);
    let addrs: Vec<&str> = r["addresses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["address"].as_str().unwrap())
        .collect();
    assert!(
        addrs.contains(&"::1") && addrs.contains(&"127.0.0.1"),
        "{addrs:?}"
    );
    let outcome = |addr: &str| {
        r["addresses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["address"] == addr)
            .unwrap()["outcome"]
            .clone()
    };
    assert_eq!(outcome("::1"), "refused");
    assert_eq!(outcome("127.0.0.1"), "open");
    assert_eq!(first_code(&r), "ipv6-ipv4-mismatch");
    assert_eq!(r["findings"][0]["args"]["works_address"], "127.0.0.1");
    assert_eq!(r["findings"][0]["args"]["fails_address"], "::1");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn name_that_does_not_exist_is_a_dns_failure() {
    if !netns::available("dns nxdomain") {
        return;
    }
    let ns = Netns::new("nx");
    let _dns = ns.nxdomain_server();
    let out = ns.portdoctor(&["check", "--json", "no-such-host.example.test:443"]);
    let r = json(&out);
    assert_eq!(r["resolution"]["outcome"]["status"], "not_found");
    assert_eq!(first_code(&r), "dns-failure");
    assert_eq!(r["findings"][0]["verdict"], "cause");
    assert_eq!(r["addresses"].as_array().unwrap().len(), 0);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn resolver_not_answering_is_not_called_a_missing_name() {
    if !netns::available("dns no answer") {
        return;
    }
    let ns = Netns::new("na");
    let start = Instant::now();
    let out = ns.portdoctor(&[
        "check",
        "--json",
        "--timeout",
        "3s",
        "db1.example.test:5432",
    ]);
    let r = json(&out);
    assert_eq!(first_code(&r), "dns-no-answer", "{r}");
    assert!(start.elapsed() < Duration::from_secs(6));
}

/// A client and a router namespace: 198.18.1.2 (client) — 198.18.1.1 (router).
fn client_and_router() -> (Netns, Netns) {
    let client = Netns::new("cl");
    let router = Netns::new("rt");
    client.link("pdc0", "198.18.1.2/24", &router, "pdr0", "198.18.1.1/24");
    client.exec_ok(&["ip", "route", "add", "default", "via", "198.18.1.1"]);
    router.exec_ok(&["sysctl", "-qw", "net.ipv4.ip_forward=1"]);
    (client, router)
}

#[test]
fn silent_drop_is_a_timeout_within_the_deadline() {
    if !netns::available("timeout") {
        return;
    }
    let (client, _router) = client_and_router();
    // A neighbour that never answers: packets leave and vanish, like a DROP rule.
    client.exec_ok(&[
        "ip",
        "neigh",
        "add",
        "198.18.1.88",
        "lladdr",
        "02:00:00:00:00:99",
        "dev",
        "pdc0",
        "nud",
        "permanent",
    ]);
    // The whole answer, ping and trace included, comes within the deadline plus one
    // second (the process's start counted).
    for (timeout, secs) in [("1s", 1), ("3s", 3)] {
        let start = Instant::now();
        let out = client.portdoctor(&["check", "--json", "--timeout", timeout, "198.18.1.88:80"]);
        let took = start.elapsed();
        let r = json(&out);
        assert_eq!(r["addresses"][0]["outcome"], "timeout");
        assert_eq!(first_code(&r), "timeout");
        assert!(r["trace"].is_object(), "the way was traced");
        assert!(
            took < Duration::from_secs(secs + 1),
            "{timeout}: took {took:?}"
        );
    }
}

#[test]
fn router_admin_prohibited_names_the_router() {
    if !netns::available("admin prohibited") {
        return;
    }
    let (client, router) = client_and_router();
    router.exec_ok(&["ip", "route", "add", "prohibit", "198.18.2.0/24"]);
    let out = client.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.2.5:80"]);
    let r = json(&out);
    let a = &r["addresses"][0];
    assert_eq!(a["outcome"], "unreachable");
    assert_eq!(a["detail"]["icmp"]["sender"], "198.18.1.1");
    assert_eq!(a["detail"]["icmp"]["kind"], "admin_prohibited");
    assert_eq!(
        (
            a["detail"]["icmp"]["icmp_type"].as_u64(),
            a["detail"]["icmp"]["icmp_code"].as_u64()
        ),
        (Some(3), Some(13))
    );
    assert_eq!(first_code(&r), "firewall-reject");
    assert_eq!(r["findings"][0]["args"]["sender_where"], "path");
    assert!(
        r["findings"][0]["why"]
            .as_str()
            .unwrap()
            .contains("198.18.1.1")
    );
}

#[test]
fn router_host_unreachable_names_the_router() {
    if !netns::available("host unreachable via router") {
        return;
    }
    let (client, router) = client_and_router();
    router.exec_ok(&["ip", "route", "add", "unreachable", "198.18.3.0/24"]);
    let out = client.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.3.5:80"]);
    let r = json(&out);
    assert_eq!(r["addresses"][0]["detail"]["icmp"]["sender"], "198.18.1.1");
    assert_eq!(first_code(&r), "host-unreachable");
    assert!(r["findings"][0]["args"]["sender"].is_string());
}

#[test]
fn neighbour_that_never_answers_is_host_unreachable_from_here() {
    if !netns::available("host unreachable locally") {
        return;
    }
    let (client, _router) = client_and_router();
    // The kernel gives up on the neighbour after about 3 s: with a longer deadline its
    // own "host unreachable" comes; with a shorter one the neighbour table says it.
    for (timeout, address) in [("5s", "198.18.1.77"), ("2s", "198.18.1.78")] {
        let started = Instant::now();
        let out = client.portdoctor(&[
            "check",
            "--json",
            "--no-path",
            "--timeout",
            timeout,
            &format!("{address}:80"),
        ]);
        assert!(started.elapsed() < Duration::from_secs(6), "{timeout}");
        let r = json(&out);
        assert_eq!(r["addresses"][0]["outcome"], "unreachable", "{timeout}");
        assert_eq!(
            r["addresses"][0]["detail"]["no_neighbour"], true,
            "{timeout}"
        );
        assert_eq!(first_code(&r), "host-unreachable");
        assert!(r["findings"][0]["args"]["sender"].is_null());
        assert_eq!(r["findings"][0]["args"]["no_neighbour"], true);
        assert_eq!(
            r["findings"][0]["headline"],
            format!("{address} is not on the network right now: nothing answered at that address.")
        );
    }
}

#[test]
fn no_route_here_is_said_to_be_on_this_computer_at_once() {
    if !netns::available("network unreachable") {
        return;
    }
    let ns = Netns::new("nr");
    let out = ns.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.9.9:80"]);
    let r = json(&out);
    assert_eq!(r["addresses"][0]["detail"]["error"], "ENETUNREACH");
    assert!(r["addresses"][0]["elapsed_ms"].as_f64().unwrap() < 500.0);
    assert_eq!(first_code(&r), "no-route-here");
    // The words say the cause is here, and the command for helpdesk shows the route.
    let text = ns.portdoctor(&["check", "--timeout", "2s", "198.18.9.9:80"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("This computer has no way to send anything to 198.18.9.9.")
            && text.contains("The cause is here"),
        "{text}"
    );
    assert!(!text.contains("switched on"), "{text}");
    let route = r["commands"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "route" && c["os"] == "linux")
        .unwrap_or_else(|| panic!("a route command: {r}"));
    assert_eq!(route["command"], "ip route get 198.18.9.9");
}

#[test]
fn an_unreachable_route_here_is_not_blamed_on_the_server() {
    if !netns::available("unreachable route here") {
        return;
    }
    let (client, _router) = client_and_router();
    client.exec_ok(&["ip", "route", "add", "unreachable", "198.18.7.0/24"]);
    let out = client.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.7.7:443"]);
    let r = json(&out);
    assert_eq!(r["addresses"][0]["detail"]["error"], "EHOSTUNREACH");
    assert_eq!(first_code(&r), "no-route-here");
    assert_eq!(r["findings"][0]["confidence"], "certain");
}

/// A namespace whose own firewall has these nftables rules.
fn with_firewall(tag: &str, rules: &str) -> Netns {
    let ns = Netns::new(tag);
    ns.load_nft(&format!(
        "table inet pdtest {{\n chain input {{\n  type filter hook input priority 0; policy accept;\n  {rules}\n }}\n}}\n"
    ));
    ns
}

#[test]
fn local_reject_rule_is_named_as_the_cause() {
    if !netns::available("local firewall reject") || !netns::has_tool("nft") {
        return;
    }
    let ns = with_firewall("fr", "tcp dport 5432 reject with tcp reset");
    let r = json(&ns.portdoctor(&["check", "--json", "127.0.0.1:5432"]));
    assert_eq!(r["addresses"][0]["outcome"], "refused");
    assert_eq!(first_code(&r), "firewall-reject", "{r}");
    assert_eq!(r["findings"][0]["confidence"], "certain");
    assert_eq!(
        r["findings"][0]["args"]["rule"],
        "tcp dport 5432 reject with tcp reset"
    );
}

#[test]
fn local_drop_rule_is_named_and_the_check_keeps_its_deadline() {
    if !netns::available("local firewall drop") || !netns::has_tool("nft") {
        return;
    }
    let ns = with_firewall("fd", "tcp dport 6000 drop");
    let start = Instant::now();
    let r = json(&ns.portdoctor(&["check", "--json", "--timeout", "1s", "127.0.0.1:6000"]));
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(r["addresses"][0]["outcome"], "timeout");
    assert_eq!(first_code(&r), "firewall-drop", "{r}");
    assert!(
        r["findings"][0]["evidence"][0]["args"]["rule"]
            .as_str()
            .unwrap()
            .contains("tcp dport 6000 drop")
    );
}

#[test]
fn readable_firewall_without_a_matching_rule_is_ruled_out() {
    if !netns::available("firewall ruled out") || !netns::has_tool("nft") {
        return;
    }
    let ns = with_firewall("fo", "tcp dport 6000 drop");
    let r = json(&ns.portdoctor(&["check", "--json", "127.0.0.1:7000"]));
    assert_eq!(first_code(&r), "no-listener");
    assert!(
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "firewall-drop" && f["verdict"] == "ruled_out"),
        "{r}"
    );
}

/// client (198.18.1.2) — router (198.18.1.1 | 198.18.2.1) — server (198.18.2.2).
fn client_router_server() -> (Netns, Netns, Netns) {
    let (client, router) = client_and_router();
    let server = Netns::new("sv");
    router.link("pdr1", "198.18.2.1/24", &server, "pds0", "198.18.2.2/24");
    server.exec_ok(&["ip", "route", "add", "default", "via", "198.18.2.1"]);
    (client, router, server)
}

#[test]
fn drop_on_a_router_is_found_by_the_trace() {
    if !netns::available("router drop trace") || !netns::has_tool("nft") {
        return;
    }
    let (client, router, server) = client_router_server();
    router.load_nft("table inet t {\n chain through {\n  type filter hook forward priority 0;\n  tcp dport 5432 drop\n }\n}\n",
    );
    let _listener = ChildListener::start_program_in(&server.name, "0.0.0.0", 5432);
    let start = Instant::now();
    let r = json(&client.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.2.2:5432"]));
    assert!(
        start.elapsed() < Duration::from_secs(6),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(r["addresses"][0]["outcome"], "timeout");
    assert_eq!(r["ping"]["outcome"], "reply", "the server is on: {r}");
    assert_eq!(r["trace"]["hops"][0]["address"], "198.18.1.1");
    assert_eq!(r["trace"]["hops"][0]["kind"]["kind"], "router");
    assert_eq!(first_code(&r), "firewall-drop", "{r}");
    assert_eq!(r["findings"][0]["args"]["last_hop"], "198.18.1.1");
    assert!(
        r["findings"][0]["why"]
            .as_str()
            .unwrap()
            .contains("get as far as 198.18.1.1 (one step away)"),
        "{r}"
    );
}

#[test]
fn ping_blocked_but_port_open_is_said_to_be_normal() {
    if !netns::available("icmp blocked") || !netns::has_tool("nft") {
        return;
    }
    let (client, _router, server) = client_router_server();
    server.load_nft("table inet t {\n chain input {\n  type filter hook input priority 0;\n  icmp type echo-request drop\n }\n}\n",
    );
    let _listener = ChildListener::start_program_in(&server.name, "0.0.0.0", 8080);
    let r = json(&client.portdoctor(&["check", "--json", "--timeout", "2s", "198.18.2.2:8080"]));
    assert_eq!(first_code(&r), "reachable");
    assert_eq!(r["ping"]["outcome"], "no_reply");
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "icmp-blocked-but-tcp-fine")
        .expect("icmp finding");
    assert_eq!(f["verdict"], "ok");
}

#[test]
fn a_browser_message_without_a_port_is_checked_on_the_port_given() {
    let port = quiet_port();
    let pasted =
        "This site can't be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED";
    // Without the port there is nothing to check, and it says so.
    let out = run(&["check", pasted]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--json", "--port", &port.to_string(), pasted]);
    let r = json(&out);
    assert_eq!(r["target"]["host"], "localhost");
    assert_eq!(r["target"]["port"], port);
    assert_eq!(first_code(&r), "no-listener");
    assert_eq!(r["parsed"]["error_code"], "ERR_CONNECTION_REFUSED");
    assert_eq!(
        r["parsed"]["text"], pasted,
        "the report keeps what was pasted"
    );
}

#[cfg(unix)]
#[test]
fn stand_ins_for_system_tools_earlier_in_path_never_run() {
    use std::os::unix::fs::PermissionsExt;
    // Scripts named like the tools a check runs (as root: the firewall readers),
    // first in PATH: each would leave a mark. None may run.
    let dir = std::env::temp_dir().join(format!("pd-stand-ins-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mark = dir.join("ran");
    for tool in ["nft", "iptables-save", "ip6tables-save", "ping", "ss"] {
        let path = dir.join(tool);
        std::fs::write(
            &path,
            format!("#!/bin/sh\necho {tool} >> '{}'\n", mark.display()),
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let port = quiet_port();
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new(util::bin())
        .args(["check", "--json", &format!("127.0.0.1:{port}")])
        .env("PATH", &path)
        .output()
        .unwrap();
    let ran = std::fs::read_to_string(&mark).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ran.is_empty(), "stand-ins ran: {ran}");
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "refused");
}
