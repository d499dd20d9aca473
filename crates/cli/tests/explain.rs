//! `portdoctor explain`: pasted text in, explanation out, no network.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use util::{first_code, json, run, run_with_stdin};

#[test]
fn json_contract_for_a_psql_message() {
    let text = "psql: error: connection to server at \"db1.example.com\" (10.1.2.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?";
    let out = run_with_stdin(&["explain", "--json", "-"], text);
    assert_eq!(out.status.code(), Some(0));
    let r = json(&out);
    let p = &r["parsed"];
    assert_eq!(p["host"], "10.1.2.3");
    assert_eq!(p["port"], 5432);
    assert_eq!(p["port_implied"], false);
    assert_eq!(p["failure"], "refused");
    assert_eq!(p["client"], "postgresql");
    assert_eq!(first_code(&r), "message-refused");
    assert!(
        r["commands"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["command"] == "portdoctor check -- 10.1.2.3:5432")
    );
}

#[test]
fn implied_port_is_marked_in_json() {
    let out = run(&[
        "explain",
        "--json",
        "ssh: Could not resolve hostname bastion.corp: Name or service not known",
    ]);
    let r = json(&out);
    assert_eq!(r["parsed"]["port"], 22);
    assert_eq!(r["parsed"]["port_implied"], true);
    assert_eq!(r["parsed"]["failure"], "dns");
}

#[test]
fn node_localhost_refusal_suggests_the_ipv4_address() {
    let out = run(&["explain", "Error: connect ECONNREFUSED ::1:3000"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Connect to 127.0.0.1 instead of localhost"),
        "{text}"
    );
}

#[test]
fn garbage_and_empty_input() {
    let out = run(&["explain", "--json", "lorem ipsum dolor sit amet"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(first_code(&json(&out)), "message-unrecognized");
    let out = run_with_stdin(&["explain", "-"], "   \n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    let out = run_with_stdin(&["explain", "-"], &"\u{0}\u{1}garbage\u{7f}".repeat(1000));
    assert!(matches!(out.status.code(), Some(0..=2)), "{out:?}");
    let out = run_with_stdin(&["explain", "-"], &"x".repeat(300_000));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_pasted_text_is_kept_without_its_secrets() {
    let port = util::quiet_port();
    let text = format!(
        "Error: connect ECONNREFUSED 127.0.0.1:{port} while opening postgres://app:S3cretPass@127.0.0.1:{port}/app?password=hunter2 (Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig)"
    );
    for args in [
        vec!["explain", "--json", "-"],
        vec!["check", "--json", &text],
        vec!["explain", "-"],
        vec!["check", &text],
    ] {
        let out = run_with_stdin(&args, &text);
        let all = String::from_utf8_lossy(&out.stdout);
        for secret in ["S3cretPass", "hunter2", "eyJhbGciOiJIUzI1NiJ9"] {
            assert!(!all.contains(secret), "{args:?} keeps {secret}:\n{all}");
        }
        if args[1] == "--json" {
            let r = json(&out);
            let kept = r["parsed"]["text"].as_str().unwrap();
            assert!(
                kept.contains(&format!(
                    "postgres://app:***@127.0.0.1:{port}/app?password=***"
                )),
                "{kept}"
            );
            assert!(kept.contains("Bearer ***"), "{kept}");
        }
    }
}

#[test]
fn a_host_that_starts_with_a_dash_never_becomes_an_option() {
    let out = run(&["check", "-o.profile:80"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--", "-o.profile:80"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no part of a name starts with a dash"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = "curl: (7) Failed to connect to -o.profile port 80 after 0 ms: Connection refused";
    let out = run_with_stdin(&["explain", "--json", "-"], text);
    let r = json(&out);
    for c in r["commands"].as_array().unwrap() {
        let c = c["command"].as_str().unwrap();
        assert!(!c.contains(" -o.profile"), "{c}");
    }
}

#[test]
fn every_generated_command_is_one_command_to_a_real_shell() {
    let port = util::quiet_port();
    let mut commands = Vec::new();
    for input in [
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        format!("localhost:{port}"),
        format!("connect ECONNREFUSED ::1:{port}"),
    ] {
        for verb in ["check", "explain"] {
            let out = if verb == "check" {
                run(&[verb, "--json", "--no-path", &input])
            } else {
                run(&[verb, "--json", &input])
            };
            if out.status.code() == Some(2) {
                continue;
            }
            let r = json(&out);
            for c in r["commands"].as_array().unwrap() {
                commands.push(c["command"].as_str().unwrap().to_string());
            }
        }
    }
    assert!(
        commands.iter().any(|c| c.contains("'[::1]:")),
        "{commands:?}"
    );
    for c in &commands {
        // sh parses it as it is: no syntax error, and no glob or option left unquoted.
        let out = std::process::Command::new("sh")
            .args(["-n", "-c", c])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{c}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let unquoted: String = c.split('\'').step_by(2).collect();
        assert!(
            !unquoted.contains(['[', ']', '*', '?']),
            "a glob left unquoted: {c}"
        );
    }
}
