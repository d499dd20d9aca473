//! The command line in the user's language, and reports in the reader's: a real check
//! of a closed loopback port, a Chinese Windows message, a report saved in Spanish and
//! opened in French.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use std::process::Command;

use util::{bin, free_port, json, run};

fn text(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn explain_reads_a_chinese_windows_message_and_answers_in_chinese() {
    let out = run(&[
        "explain",
        "--lang",
        "zh-CN",
        "--json",
        "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890",
    ]);
    let r = json(&out);
    assert_eq!(r["parsed"]["host"], "127.0.0.1");
    assert_eq!(r["parsed"]["port"], 7890);
    assert_eq!(r["parsed"]["failure"], "refused");
    assert_eq!(r["lang"], "zh-CN");
    // 7890 of this computer is Clash's port: the proxy program, probably not running.
    assert_eq!(r["findings"][0]["code"], "proxy-not-running");
    assert_eq!(r["findings"][1]["code"], "message-refused");
    let words = run(&[
        "explain",
        "--lang",
        "zh-CN",
        "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890",
    ]);
    let words = text(&words);
    let headline = words.lines().nth(1).unwrap();
    assert!(
        headline.contains("7890") && headline.contains("Clash") && headline.contains("代理"),
        "{headline}"
    );
}

#[test]
fn check_answers_in_german_and_the_language_variable_counts_too() {
    let port = free_port().to_string();
    let target = format!("127.0.0.1:{port}");
    let out = run(&["check", "--lang", "de", &target]);
    let words = text(&out);
    assert!(words.starts_with("Bericht "), "{words}");
    assert!(
        words.contains("Problem gefunden") && words.contains(&port),
        "{words}"
    );
    // LC_ALL, as a German desktop sets it, with no --lang.
    let out = Command::new(bin())
        .args(["check", &target])
        .env("LC_ALL", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert!(text(&out).starts_with("Bericht "), "{}", text(&out));
}

#[test]
fn a_report_saved_in_spanish_opens_in_french_and_says_what_the_user_saw() {
    let dir = std::env::temp_dir().join(format!("pd-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("r.json");
    let target = format!("127.0.0.1:{}", free_port());
    let saved = run(&[
        "check",
        "--lang",
        "es",
        &target,
        "--save",
        file.to_str().unwrap(),
    ]);
    assert!(text(&saved).starts_with("Informe "), "{}", text(&saved));
    let opened = run(&["show", "--lang", "fr", file.to_str().unwrap()]);
    let words = text(&opened);
    assert!(words.starts_with("Rapport "), "{words}");
    assert!(words.contains("Problème détecté"), "{words}");
    assert!(
        words.contains("Español (es)"),
        "the reader learns the user's language: {words}"
    );
    // And the other way round, into the markdown ticket in Chinese.
    let md = run(&[
        "show",
        "--lang",
        "zh-CN",
        "--format",
        "markdown",
        file.to_str().unwrap(),
    ]);
    assert!(text(&md).contains("发现问题"), "{}", text(&md));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_is_not_there_is_said_in_the_users_language() {
    let out = run(&[
        "show",
        "--lang",
        "de",
        "/nonexistent/portdoctor/report.json",
    ]);
    assert!(!out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("die Datei oder der Ordner existiert nicht"),
        "{said}"
    );
    assert!(!said.contains("No such file"), "{said}");
}
