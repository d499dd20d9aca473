//! The held-out checks of the pasted-error parser: real messages, most of them
//! localised, collected from public threads by someone who did not read the parser
//! (tests/heldout/*.toml, each with its source). This test measures the parser on them
//! and keeps it from getting worse.
//!
//! `messages.toml` was measured blind once (2026-12-02: host 78.4%, port 89.5%, failure
//! kind 93.0%); its misses were then read and general rules written for them, so it is
//! a tuning set now. `messages-2.toml`, collected the same way, was measured blind
//! (2026-12-02: 82.2%, 85.5%, 94.7%) and became a tuning set the same way on
//! 2026-12-03. `messages-3.toml` the same: blind 83.8%, 89.2%, 83.8%, then a tuning
//! set the same day. `messages-4.toml` the same (only 30 cases: the public threads the
//! search reaches were nearly all taken): blind 90.0%, 96.7%, 80.0%, then a tuning set
//! on 2026-12-03. `messages-5.toml` is the held-out set whose score the notes report:
//! 74 messages of real clients run on this machine in 18 locales against failures
//! made in network namespaces, and 14 from public threads. `messages-6.toml` (59
//! messages of public threads, most in English) was collected the same way on
//! 2026-12-03 and split the same way: its even half is held out. `messages-7.toml` (47
//! messages of public threads and pages, 19 localised) was collected on 2026-12-04
//! and is held out whole. `messages-8.toml` (109 messages, 107 localised, most of them
//! Windows and .NET socket errors in logs committed to public repositories) was
//! collected on 2026-12-08 and split as sets 5 and 6 were.
//!
//! `cargo test -p portdoctor-core --test heldout -- --nocapture` prints the score per
//! field and language, and every miss.

#![allow(clippy::panic, reason = "a test fails by panicking")]

use std::collections::BTreeMap;

use portdoctor_core::errtext::parse_error_text;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Set {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    source: String,
    lang: String,
    text: String,
    host: Option<String>,
    host_name: Option<String>,
    port: Option<u16>,
    failure: String,
}

/// The share of cases of each tuning set read right for host, port and failure kind
/// (measured after the rules each led to); the test fails below.
const FLOOR_1: [f64; 3] = [0.90, 0.94, 0.97];
const FLOOR_2: [f64; 3] = [0.91, 0.94, 0.98];
const FLOOR_3: [f64; 3] = [0.93, 0.96, 0.92];

const FLOOR_4: [f64; 3] = [0.96, 1.0, 1.0];

/// Per language: how many cases, and how many read fully right.
type ByLanguage = BTreeMap<String, (usize, usize)>;

/// The shares of host, port and failure kind read right, and the misses in words.
fn score(cases: &[Case]) -> ([f64; 3], ByLanguage, Vec<String>) {
    let n = cases.len();
    let (mut host_ok, mut port_ok, mut failure_ok) = (0usize, 0usize, 0usize);
    let mut by_lang = ByLanguage::new();
    let mut misses = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let Ok(p) = parse_error_text(&c.text) else {
            misses.push(format!("#{i} [{}] unreadable", c.source));
            continue;
        };
        // An IPv4 address and the same address mapped into IPv6 (`::ffff:10.0.0.5`,
        // which the parser reads as `10.0.0.5`) are one host.
        let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b) || same_address(a, b),
            (None, None) => true,
            _ => false,
        };
        // Two things a set may label as the host that are none: an address the poster
        // masked (`116.xxx.xxx.xxx`: no host is as right as the mask), and a Unix
        // socket's path (the parser gives it as the socket, not the host).
        let masked = c.host.as_deref().is_some_and(is_masked) && p.host.is_none();
        let socket = c.host.as_deref().is_some_and(|h| h.starts_with('/'))
            && p.host.is_none()
            && same(&p.socket_path, &c.host);
        // The name or the address the message gave both count, when it gave both.
        let host = masked
            || socket
            || same(&p.host, &c.host)
            || (c.host.is_some() && same(&p.host_name, &c.host))
            || (c.host_name.is_some()
                && same(&p.host_name, &c.host_name)
                && same(&p.host, &c.host));
        // A port the parser implies (a client's default) is no port the message said.
        let said_port = if p.port_implied { None } else { p.port };
        let port = said_port == c.port || (c.port.is_none() && p.port_implied);
        let failure = p.failure.as_str() == c.failure;
        host_ok += usize::from(host);
        port_ok += usize::from(port);
        failure_ok += usize::from(failure);
        let entry = by_lang.entry(c.lang.clone()).or_default();
        entry.0 += 1;
        entry.1 += usize::from(host && port && failure);
        if !(host && port && failure) {
            let first = c.text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            misses.push(format!(
                "#{i} {} [{}] {}\n      got host {:?} port {:?} {} / want host {:?} port {:?} {}",
                c.lang,
                c.source,
                first.chars().take(100).collect::<String>(),
                p.host,
                said_port,
                p.failure.as_str(),
                c.host,
                c.port,
                c.failure
            ));
        }
    }
    let share = |k: usize| k as f64 / n.max(1) as f64;
    (
        [share(host_ok), share(port_ok), share(failure_ok)],
        by_lang,
        misses,
    )
}

/// Whether two hosts are the same IP address, written in two forms.
fn same_address(a: &str, b: &str) -> bool {
    let ip = |h: &str| {
        h.trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .ok()
            .map(|ip| ip.to_canonical())
    };
    ip(a).is_some() && ip(a) == ip(b)
}

/// `52.x.x.x`, `116.xxx.xxx.xxx`, `23.***.22.30`: an IPv4 address with parts hidden.
fn is_masked(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() == 4
        && labels
            .iter()
            .any(|l| l.chars().all(|c| c == 'x' || c == '*'))
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_digit() || c == 'x' || c == '*')
        })
}

fn load(text: &str, name: &str) -> Vec<Case> {
    match toml::from_str::<Set>(text) {
        Ok(s) => s.case,
        Err(e) => panic!("{name} does not parse: {e}"),
    }
}

fn report(name: &str, n: usize, shares: [f64; 3], by_lang: &ByLanguage) {
    println!(
        "{name}: {n} messages; host {:.1}%, port {:.1}%, failure kind {:.1}%",
        100.0 * shares[0],
        100.0 * shares[1],
        100.0 * shares[2]
    );
    for (lang, (total, right)) in by_lang {
        println!("  {lang}: {right} of {total} fully right");
    }
}

/// Fails when a share of host, port or failure kind fell below its floor.
fn at_least(shares: [f64; 3], floors: [f64; 3]) {
    for ((what, share), floor) in ["host", "port", "failure kind"]
        .iter()
        .zip(shares)
        .zip(floors)
    {
        assert!(share >= floor, "{what}: {share:.3} is below {floor:.3}");
    }
}

/// A tuning set: its score and every miss are printed.
fn tuning_set(text: &str, name: &str, floors: [f64; 3]) {
    let cases = load(text, name);
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    tune(&cases, name, floors);
}

/// Scores cases, prints the score and, with `misses`, every miss; fails below the floors.
fn measure(cases: &[Case], name: &str, floors: [f64; 3], misses: bool) {
    let (shares, by_lang, missed) = score(cases);
    report(name, cases.len(), shares, &by_lang);
    if misses {
        for m in &missed {
            println!("  {m}");
        }
    }
    at_least(shares, floors);
}

fn tune(cases: &[Case], name: &str, floors: [f64; 3]) {
    measure(cases, name, floors, true);
}

#[test]
fn the_first_set_now_a_tuning_set_keeps_its_score() {
    tuning_set(
        include_str!("heldout/messages.toml"),
        "messages.toml",
        FLOOR_1,
    );
}

#[test]
fn the_second_set_now_a_tuning_set_keeps_its_score() {
    tuning_set(
        include_str!("heldout/messages-2.toml"),
        "messages-2.toml",
        FLOOR_2,
    );
}

#[test]
fn the_third_set_now_a_tuning_set_keeps_its_score() {
    tuning_set(
        include_str!("heldout/messages-3.toml"),
        "messages-3.toml",
        FLOOR_3,
    );
}

#[test]
fn the_fourth_set_now_a_tuning_set_keeps_its_score() {
    tuning_set(
        include_str!("heldout/messages-4.toml"),
        "messages-4.toml",
        FLOOR_4,
    );
}

/// `messages-5.toml` as first measured blind, all 88 cases (2026-12-03: host 92.0%,
/// port 95.5%, failure kind 96.6%; 74 of them from real clients run here in 18 locales
/// against failures made in namespaces, 14 from public threads). Then it was split: its
/// odd-numbered cases became a tuning set, its even-numbered ones stay held out. Now
/// 100.0%, 97.7%, 97.7%.
const SET_5_FLOOR: [f64; 3] = [0.99, 0.97, 0.97];

/// The held-out half of `messages-5.toml` (its even-numbered cases): measured blind
/// before its other half was looked at, host 93.2%, port 97.7%, failure kind 95.5% (44
/// cases); after the rules the other half led to, 100.0%, 97.7%, 95.5% (the halves
/// share clients: a rule for one client's format helps both). The test fails below.
const HELD_OUT_FLOOR: [f64; 3] = [0.99, 0.97, 0.95];

const SET_5: Split = Split {
    name: "messages-5.toml",
    text: include_str!("heldout/messages-5.toml"),
    min: 80,
    all: SET_5_FLOOR,
    tuning: SET_5_FLOOR,
    held_out: HELD_OUT_FLOOR,
};

/// A set split in two: its odd-numbered cases a tuning set, its even-numbered ones
/// held out.
struct Split {
    name: &'static str,
    text: &'static str,
    /// The fewest cases it has.
    min: usize,
    /// The floors of all its cases, of the tuning half and of the held-out half.
    all: [f64; 3],
    tuning: [f64; 3],
    held_out: [f64; 3],
}

impl Split {
    /// (tuning: odd-numbered cases, held out: even-numbered ones).
    fn halves(&self) -> (Vec<Case>, Vec<Case>) {
        let (odd, even): (Vec<_>, Vec<_>) = load(self.text, self.name)
            .into_iter()
            .enumerate()
            .partition(|(i, _)| i % 2 == 1);
        (
            odd.into_iter().map(|(_, c)| c).collect(),
            even.into_iter().map(|(_, c)| c).collect(),
        )
    }

    fn measure_all(&self) {
        let cases = load(self.text, self.name);
        assert!(cases.len() >= self.min, "only {} cases", cases.len());
        measure(&cases, &format!("{} (all)", self.name), self.all, false);
    }

    /// Every miss of the tuning half is printed.
    fn tune_half(&self) {
        let name = format!("{} (odd cases, tuning)", self.name);
        tune(&self.halves().0, &name, self.tuning);
    }

    /// Only the held-out half's score is printed, never its misses, so that reading
    /// the test's output does not tune the parser to it.
    fn measure_held_out(&self) {
        let name = format!("{} (even cases, held out)", self.name);
        measure(&self.halves().1, &name, self.held_out, false);
    }
}

#[test]
fn the_fifth_set_keeps_its_blind_score() {
    SET_5.measure_all();
}

/// Its odd-numbered cases: a tuning set, every miss printed.
#[test]
fn the_tuning_half_of_the_fifth_set() {
    SET_5.tune_half();
}

/// The held-out half: only its score is printed.
#[test]
fn the_held_out_set_score() {
    SET_5.measure_held_out();
}

/// `messages-6.toml`: 59 messages from public threads and files of public
/// repositories (52 in English, 7 in Chinese, Russian, Italian and Spanish), collected
/// on 2026-12-03 by a helper who did not read or run the parser. Measured blind, all
/// 59: host 91.5%, port 96.6%, failure kind 89.8%. Then split as set 5 was: its odd
/// cases (blind 89.7%, 93.1%, 89.7%) became a tuning set, now 96.6%, 100%, 100%; all
/// 59 now 94.9%, 100%, 94.9%.
const SET_6_FLOOR: [f64; 3] = [0.94, 0.99, 0.94];

/// The held-out half of `messages-6.toml` (its even-numbered cases), blind: host 93.3%,
/// port 100%, failure kind 90.0% (30 cases); the rules the other half led to changed
/// nothing in it.
const SET_6_HELD_OUT_FLOOR: [f64; 3] = [0.93, 0.99, 0.89];

const SET_6: Split = Split {
    name: "messages-6.toml",
    text: include_str!("heldout/messages-6.toml"),
    min: 50,
    all: SET_6_FLOOR,
    tuning: SET_6_FLOOR,
    held_out: SET_6_HELD_OUT_FLOOR,
};

#[test]
fn the_sixth_set_keeps_its_blind_score() {
    SET_6.measure_all();
}

/// Its odd-numbered cases: a tuning set, every miss printed.
#[test]
fn the_tuning_half_of_the_sixth_set() {
    SET_6.tune_half();
}

/// The held-out half: only its score is printed.
#[test]
fn the_sixth_held_out_score() {
    SET_6.measure_held_out();
}

/// `messages-7.toml`: 47 messages (19 of them localised: French, Russian, Spanish,
/// Italian, Chinese, Korean) from public threads and pages, collected on 2026-12-04 by
/// a helper who did not read or run the parser. Measured blind, all 47: host 95.7%,
/// port 97.9%, failure kind 97.9% (18 of the 19 localised ones fully right). Nothing
/// was tuned on it: the whole set is held out, and only its score is printed.
const SET_7_FLOOR: [f64; 3] = [0.95, 0.97, 0.97];

#[test]
fn the_seventh_set_held_out_keeps_its_blind_score() {
    let cases = load(include_str!("heldout/messages-7.toml"), "messages-7.toml");
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    measure(&cases, "messages-7.toml (held out)", SET_7_FLOOR, false);
}

/// Every message held out (the even halves of sets 5 and 6, all of set 7), and the
/// localised ones among them (52), the figure issue 12 asks for. Measured 2026-12-04:
/// all 121 host 96.7%, port 98.3%, failure kind 95.0%; the localised ones 98.1%,
/// 100%, 92.3% (the kind is short of the 95% asked).
#[test]
fn every_held_out_message_pooled() {
    let pooled = held_out(false);
    measure(&pooled, "held out, pooled", [0.95, 0.97, 0.95], false);
    let localised: Vec<Case> = pooled.into_iter().filter(|c| c.lang != "en").collect();
    measure(
        &localised,
        "held out, pooled, localised",
        [0.98, 0.99, 0.92],
        false,
    );
}

/// The same with the held-out half of set 8, and the localised ones among them: on
/// 2026-12-08 all 176 host 93.2%, port 96.0%, failure kind 95.5%; the 106 localised
/// ones 91.5%, 95.3%, 94.3% (host and kind short of the 95% asked).
#[test]
fn every_held_out_message_pooled_with_the_eighth_set() {
    let pooled = held_out(true);
    measure(
        &pooled,
        "held out with set 8, pooled",
        [0.93, 0.96, 0.95],
        false,
    );
    let localised: Vec<Case> = pooled.into_iter().filter(|c| c.lang != "en").collect();
    measure(
        &localised,
        "held out with set 8, pooled, localised",
        [0.91, 0.95, 0.94],
        false,
    );
}

/// Every message held out: the even halves of sets 5 and 6, all of set 7, and with
/// `eighth` the even half of set 8.
fn held_out(eighth: bool) -> Vec<Case> {
    let mut pooled = SET_5.halves().1;
    pooled.extend(SET_6.halves().1);
    pooled.extend(load(
        include_str!("heldout/messages-7.toml"),
        "messages-7.toml",
    ));
    if eighth {
        pooled.extend(SET_8.halves().1);
    }
    pooled
}

/// `messages-8.toml`: 109 messages (107 localised: Chinese, German, Japanese, French,
/// Spanish, Korean, Portuguese, Russian and five more), most of them Windows and .NET
/// socket errors in logs and notes committed to public repositories, collected on
/// 2026-12-08 by a helper who did not read or run the parser. Measured blind, all 109:
/// host 87.2%, port 93.6%, failure kind 97.2%. Then split as sets 5 and 6 were: its
/// odd cases (blind 88.9%, 96.3%, 98.1%) became a tuning set, now 98.1%, 98.1%, 100%;
/// all 109 now 91.7%, 94.5%, 98.2%.
const SET_8_FLOOR: [f64; 3] = [0.91, 0.94, 0.98];

const SET_8_TUNING_FLOOR: [f64; 3] = [0.98, 0.98, 1.0];

/// The held-out half of `messages-8.toml` (its even-numbered cases), blind: host 85.5%,
/// port 90.9%, failure kind 96.4% (55 cases); the rules the other half led to changed
/// none of it.
const SET_8_HELD_OUT_FLOOR: [f64; 3] = [0.85, 0.90, 0.96];

const SET_8: Split = Split {
    name: "messages-8.toml",
    text: include_str!("heldout/messages-8.toml"),
    min: 100,
    all: SET_8_FLOOR,
    tuning: SET_8_TUNING_FLOOR,
    held_out: SET_8_HELD_OUT_FLOOR,
};

#[test]
fn the_eighth_set_keeps_its_blind_score() {
    SET_8.measure_all();
}

/// Its odd-numbered cases: a tuning set, every miss printed.
#[test]
fn the_tuning_half_of_the_eighth_set() {
    SET_8.tune_half();
}

/// The held-out half: only its score is printed.
#[test]
fn the_eighth_held_out_score() {
    SET_8.measure_held_out();
}
