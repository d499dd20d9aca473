//! `portdoctor listeners`, and the server-side answers of `check` on this computer:
//! real listeners owned by real child processes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use util::netns::{self, Netns, as_nobody, public_copy};
use util::{ChildListener, first_code, free_port, json, quiet_port, run};

#[test]
fn listener_of_a_child_process_is_found_with_pid_name_and_backlog() {
    let child = ChildListener::start("127.0.0.1", None);
    let out = run(&["listeners", "--json", "--port", &child.port.to_string()]);
    assert_eq!(out.status.code(), Some(0));
    let t = json(&out);
    let list = t["listeners"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{t}");
    let l = &list[0];
    assert_eq!(l["address"], "127.0.0.1");
    assert_eq!(l["port"], child.port);
    assert_eq!(l["pid"], child.pid());
    assert_eq!(l["process"], "portdoctor");
    assert_eq!(l["backlog"], 128);
    // The readiness probe's own connection may not be accepted yet.
    assert!(l["accept_queue"].as_u64().unwrap() <= 1, "{l}");
    assert_eq!(t["source"], "sock_diag");
}

#[test]
fn listeners_text_groups_by_program_and_says_who_can_reach_it() {
    let child = ChildListener::start("127.0.0.1", None);
    let out = run(&["listeners", "--port", &child.port.to_string()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("portdoctor (portdoctor, PID {}", child.pid())),
        "{text}"
    );
    assert!(
        text.contains("reachable from: this computer only"),
        "{text}"
    );
}

#[test]
fn listeners_on_an_unused_port_say_so() {
    let port = quiet_port();
    let out = run(&["listeners", "--port", &port.to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains(&format!("No program is listening on port {port}"))
    );
    let out = run(&["listeners", "--port", "0"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn listener_on_127_0_0_1_checked_at_127_0_0_2_is_bound_elsewhere() {
    let child = ChildListener::start("127.0.0.1", None);
    let out = run(&["check", "--json", &format!("127.0.0.2:{}", child.port)]);
    assert_eq!(out.status.code(), Some(1));
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "refused");
    assert_eq!(first_code(&r), "bound-elsewhere");
    let f = &r["findings"][0];
    assert_eq!(f["confidence"], "certain");
    assert_eq!(f["args"]["listen_address"], "127.0.0.1");
    assert_eq!(f["args"]["process"], "portdoctor");
    assert_eq!(f["evidence"][0]["args"]["owner"]["pid"], child.pid(), "{f}");
    assert!(
        f["headline"]
            .as_str()
            .unwrap()
            .contains("only accepts connections at 127.0.0.1")
    );
}

/// Two free ports next to each other.
fn free_pair() -> u16 {
    for _ in 0..50 {
        let p = free_port();
        if p < 65_000 && std::net::TcpListener::bind(("127.0.0.1", p + 1)).is_ok() {
            return p;
        }
    }
    panic!("no two free ports next to each other");
}

#[test]
fn expected_program_on_the_next_port_is_wrong_port() {
    let port = free_pair();
    let redis = ChildListener::start_named("redis-server", "127.0.0.1", port + 1);
    let out = run(&[
        "check",
        "--json",
        &format!("127.0.0.1:{port}"),
        "--service",
        "redis",
    ]);
    let r = json(&out);
    assert_eq!(first_code(&r), "wrong-port", "{r}");
    let f = &r["findings"][0];
    assert_eq!(f["confidence"], "certain");
    assert_eq!(f["args"]["other_port"], port + 1);
    assert_eq!(f["args"]["service"], "Redis");
    assert!(
        r["service"]["running"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["pid"] == redis.pid())
    );
    assert_eq!(
        f["headline"],
        format!("Redis is running, but on port {}, not {port}.", port + 1)
    );
    // "How we know" shows the program on the port it points to, and no test listener
    // is offered (the program was found).
    let text = run(&["check", &format!("127.0.0.1:{port}"), "--service", "redis"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains(&format!(
            "· redis-server listens on port {} at 127.0.0.1.",
            port + 1
        )),
        "{text}"
    );
    assert!(
        !f["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "open-test-listener")
    );
}

#[test]
fn some_program_on_a_nearby_port_is_a_likely_wrong_port() {
    let port = free_pair();
    let _other = ChildListener::start_program_here(port + 1);
    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    let r = json(&out);
    assert_eq!(first_code(&r), "wrong-port", "{r}");
    assert_eq!(r["findings"][0]["confidence"], "likely");
    assert_eq!(r["findings"][0]["args"]["process"], "portdoctor");
}

#[test]
fn expected_program_not_running_is_service_not_running() {
    let port = quiet_port();
    let out = run(&[
        "check",
        "--json",
        &format!("127.0.0.1:{port}"),
        "--service",
        "mongodb",
    ]);
    let r = json(&out);
    assert_eq!(first_code(&r), "service-not-running", "{r}");
    assert_eq!(r["findings"][0]["confidence"], "certain");
    assert_eq!(r["service"]["name"], "MongoDB");
    assert!(r["service"]["running"].as_array().unwrap().is_empty());
    let out = run(&["check", "127.0.0.1:5432", "--service", "nosuchthing"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn another_program_on_the_expected_port_is_port_taken() {
    let child = ChildListener::start("127.0.0.1", None);
    let out = run(&[
        "check",
        "--json",
        &format!("127.0.0.1:{}", child.port),
        "--service",
        "postgres",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let r = json(&out);
    assert_eq!(first_code(&r), "port-taken", "{r}");
    let f = &r["findings"][0];
    assert_eq!(f["args"]["process"], "portdoctor");
    assert_eq!(f["args"]["pid"], child.pid());
    assert_eq!(
        f["headline"],
        format!(
            "Port {} is used by portdoctor, not by PostgreSQL.",
            child.port
        )
    );
    // The connection itself worked, and the report says so too.
    assert!(
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "reachable")
    );
}

#[test]
fn test_listener_on_a_taken_port_names_the_holder() {
    let child = ChildListener::start("127.0.0.1", None);
    let out = run(&[
        "listen",
        &child.port.to_string(),
        "--address",
        "127.0.0.1",
        "--for",
        "1s",
    ]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "already in use by (portdoctor, PID {}",
            child.pid()
        )),
        "{err}"
    );
}

#[test]
fn port_80_as_an_unprivileged_user_is_privileged_port() {
    if !netns::available("privileged port") {
        return;
    }
    let ns = Netns::new("pp");
    let (dir, bin) = public_copy();
    let out = as_nobody(&ns, &bin, &["check", "--json", "127.0.0.1:80"]);
    let r = json(&out);
    assert_eq!(r["environment"]["privileged"], false);
    assert_eq!(r["bind"]["outcome"], "permission_denied", "{r}");
    assert_eq!(r["bind"]["unprivileged_port_start"], 1024);
    let pp = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "privileged-port")
        .expect("privileged-port");
    assert_eq!(pp["args"]["threshold"], 1024);
    assert!(
        pp["headline"]
            .as_str()
            .unwrap()
            .contains("cannot open port 80")
    );
    // The test listener says the same in its own words.
    let out = as_nobody(&ns, &bin, &["listen", "80", "--for", "1s"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Only admins may open port 80"),
        "{out:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_admin_rights_hidden_owners_are_named_as_such() {
    if !netns::available("needs admin") {
        return;
    }
    let ns = Netns::new("na");
    let root_listener = ChildListener::start("127.0.0.1", Some(&ns.name));
    let (dir, bin) = public_copy();
    let out = as_nobody(
        &ns,
        &bin,
        &[
            "check",
            "--json",
            &format!("127.0.0.2:{}", root_listener.port),
        ],
    );
    let r = json(&out);
    assert_eq!(first_code(&r), "bound-elsewhere", "{r}");
    assert!(r["findings"][0]["args"]["process"].is_null());
    let na = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "needs-admin")
        .expect("needs-admin");
    assert_eq!(na["verdict"], "cant_tell");
    assert_eq!(na["evidence"][0]["args"]["owner"]["user"], "root", "{na}");
    // Every listener is still listed, with its user.
    let l = &r["listeners"]["listeners"].as_array().unwrap()[0];
    assert_eq!(l["user"], "root");
    assert!(l.get("pid").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn full_listen_queue_is_backlog_overflow() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    // A real server that listens with backlog 1 and never accepts.
    let mut child = Command::new("python3")
        .args([
            "-c",
            "import socket,sys,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(1)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 (installed by scripts/setup.sh)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line.trim().parse().unwrap();
    // Fill the queue: Linux keeps backlog + 1 finished handshakes, then drops SYNs.
    let mut held = Vec::new();
    for _ in 0..4 {
        let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        let addr: std::net::SocketAddr = ([127, 0, 0, 1], port).into();
        let _ = s.connect_timeout(&addr.into(), std::time::Duration::from_millis(300));
        held.push(s);
    }
    let out = run(&[
        "check",
        "--json",
        "--timeout",
        "1s",
        &format!("127.0.0.1:{port}"),
    ]);
    let _ = child.kill();
    let _ = child.wait();
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "timeout", "{r}");
    assert_eq!(first_code(&r), "backlog-overflow", "{r}");
    let f = &r["findings"][0];
    assert_eq!(f["confidence"], "certain");
    assert_eq!(f["args"]["backlog"], 1);
    assert_eq!(f["args"]["waiting"], 2);
    assert!(
        f["args"]["process"].as_str().unwrap().starts_with("python"),
        "{f}"
    );
    let q = &r["queue"];
    assert!(
        q["after"]["listen_overflows"].as_u64().unwrap()
            > q["before"]["listen_overflows"].as_u64().unwrap(),
        "{q}"
    );
    drop(held);
}

#[test]
fn a_process_named_with_escape_sequences_can_not_rewrite_the_terminal_or_the_ticket() {
    // A real program whose name clears the screen and sets the window title, and
    // whose path makes a Markdown image.
    let name = "x\u{1b}[2J\u{1b}]0;p\u{7}![i](http:";
    let child = ChildListener::start_named(name, "127.0.0.1", free_port());
    let out = run(&["listeners", "--port", &child.port.to_string()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("x\\u{1b}[2J"), "{text}");
    // The check of that port names the program in its evidence: the text and the
    // Markdown show it as characters.
    let target = format!("127.0.0.2:{}", child.port);
    for (format, file) in [("text", "r.txt"), ("markdown", "r.md")] {
        let path = std::env::temp_dir().join(format!("pd-esc-{}-{file}", std::process::id()));
        let out = run(&["check", "--save", path.to_str().unwrap(), &target]);
        let printed = String::from_utf8(out.stdout).unwrap();
        assert!(!printed.contains('\u{1b}'), "{format}: {printed:?}");
        let saved = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(
            !saved.contains('\u{1b}') && !saved.contains('\u{7}'),
            "{format}: {saved:?}"
        );
        if format == "markdown" {
            // Outside code blocks (which Markdown never renders as markup).
            let mut in_code = false;
            let body: Vec<&str> = saved
                .lines()
                .filter(|l| {
                    if l.starts_with("```") {
                        in_code = !in_code;
                        return false;
                    }
                    !in_code
                })
                .collect();
            let body = body.join("\n");
            assert!(!body.contains("![i]"), "an image in the ticket: {body}");
            assert!(body.contains("!\\[i\\]"), "{body}");
        }
    }
}
